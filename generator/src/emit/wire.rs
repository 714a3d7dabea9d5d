//! `Serialize` and `Deserialize` of a struct, written out rather than derived.
//!
//! The derive made up most of the generated crate's compile time (an identifier enum with
//! three visitors, a sequence visitor and a wrapper type per field; serde's buffered `Content`
//! for every key of a struct with a flattened map). Here a struct says only what is its own:
//! a `Shape` (its names in one constant, a slot per field, one line per field to read a value into its slot,
//! one to build the struct from the slots) and one line per field to write it. The visitor,
//! the loop over keys, arrays and errors are in `runtime/wire.rs`, type-checked once for the
//! crate rather than once per struct: the same documents are accepted, with the same values
//! and the same errors, and the same JSON is written.

use super::structs::Member;
use crate::ir::*;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::quote;

/// Tuples implement `Default` up to this length; longer slot lists are nested.
const TUPLE: usize = 12;

/// The impls of struct `name`; `extra` is the map of additional properties (its field and the
/// type of its values), kept from and written into the same object as the documented fields.
pub fn expand_serde(
    name: &Ident,
    members: &[Member<'_>],
    extra: Option<&(Ident, TokenStream)>,
    allow: &Option<TokenStream>,
) -> TokenStream {
    let serialize = serialize(name, members, extra.map(|(e, _)| e));
    let shape = shape(name, members, extra);
    quote! {
        #allow
        #serialize
        #allow
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::runtime::wire::read(deserializer)
            }
        }
        #allow
        #shape
    }
}

fn title(name: &Ident) -> String {
    name.to_string().trim_start_matches("r#").to_string()
}

/// A struct object with its fields in order (optional ones left out when `None`), then the
/// additional properties. Like the derive, a struct with additional properties is written as a
/// map (its keys are not all `'static`).
fn serialize(name: &Ident, members: &[Member<'_>], extra: Option<&Ident>) -> TokenStream {
    let title = title(name);
    let mutable = (!members.is_empty() || extra.is_some()).then(|| quote!(mut));
    let start = match extra {
        None => {
            let len = Literal::usize_unsuffixed(members.len());
            quote!(crate::runtime::wire::Fields::new(serializer, #title, #len))
        }
        Some(_) => quote!(crate::runtime::wire::Entries::new(serializer)),
    };
    let fields = members.iter().map(|m| {
        let (field, wire) = (&m.name, &m.field.wire_name);
        if m.field.presence == Presence::Optional {
            quote!(out.optional(#wire, &self.#field);)
        } else {
            quote!(out.field(#wire, &self.#field);)
        }
    });
    let end = match extra {
        None => quote!(out.end()),
        Some(extra) => quote!(out.rest(&self.#extra)),
    };
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let #mutable out = #start;
                #(#fields)*
                #end
            }
        }
    }
}

/// Slot types nested so that no tuple is longer than `TUPLE`, and the path to each slot.
fn nest(types: Vec<TokenStream>) -> (TokenStream, Vec<TokenStream>) {
    if types.len() <= TUPLE {
        let paths = (0..types.len())
            .map(|i| {
                let i = Literal::usize_unsuffixed(i);
                quote!(.#i)
            })
            .collect();
        return (quote!((#(#types,)*)), paths);
    }
    let mut outer = Vec::new();
    let mut paths = Vec::new();
    let mut types = types.into_iter();
    let mut chunk = 0;
    loop {
        let group: Vec<TokenStream> = types.by_ref().take(TUPLE).collect();
        if group.is_empty() {
            break;
        }
        let (ty, inner) = nest(group);
        let i = Literal::usize_unsuffixed(chunk);
        paths.extend(inner.into_iter().map(|p| quote!(.#i #p)));
        outer.push(ty);
        chunk += 1;
    }
    let (ty, _) = nest(outer);
    (ty, paths)
}

/// The struct's `Shape`: the derive's reading of it (an object by wire names, unknown keys
/// skipped or kept in `extra`, a required field missing an error, a nullable or optional one
/// `None`, a required list or map `null` empty; without `extra`, an array read field by field).
fn shape(
    name: &Ident,
    members: &[Member<'_>],
    extra: Option<&(Ident, TokenStream)>,
) -> TokenStream {
    let title = title(name);
    let wire_names = members.iter().map(|m| m.field.wire_name.as_str());
    let mut types: Vec<TokenStream> = members
        .iter()
        .map(|m| {
            let ty = m.ty();
            quote!(Option<#ty>)
        })
        .collect();
    if let Some((_, value)) = extra {
        types.push(quote!(std::collections::BTreeMap<String, #value>));
    }
    let (slots, paths) = nest(types);

    let mut arms: Vec<TokenStream> = members
        .iter()
        .zip(&paths)
        .enumerate()
        .map(|(i, (m, path))| {
            let (i, wire) = (Literal::usize_unsuffixed(i), &m.field.wire_name);
            let empty_when_null = m.field.presence == Presence::Required
                && matches!(m.field.ty, TypeRef::List(_) | TypeRef::Map(_));
            let read = if empty_when_null {
                quote!(value_or_empty)
            } else if m.field.presence == Presence::Optional {
                quote!(optional)
            } else {
                quote!(value)
            };
            quote!(crate::runtime::wire::Key::Field(#i) => source.#read(&mut slots #path, #wire),)
        })
        .collect();
    if extra.is_some() {
        let path = &paths[members.len()];
        arms.push(quote! {
            crate::runtime::wire::Key::Other(key) => source.other(&mut slots #path, key),
        });
    }
    // Without a key to read (a struct with no documented field), every value is skipped.
    let (slots_param, key_param, read) = if arms.is_empty() {
        (quote!(_slots), quote!(_key), quote!(source.skip()))
    } else {
        (
            quote!(slots),
            quote!(key),
            quote! {
                match key {
                    #(#arms)*
                    _ => source.skip(),
                }
            },
        )
    };

    let finals = members.iter().zip(&paths).map(|(m, path)| {
        let (field, wire) = (&m.name, &m.field.wire_name);
        match m.field.presence {
            Presence::Required => quote!(#field: slots #path.ok_or(#wire)?,),
            // Optional fields default to `None`; so do nullable ones (serde reads a missing
            // `Option` as `None`).
            Presence::RequiredNullable | Presence::Optional => {
                quote!(#field: slots #path.unwrap_or_default(),)
            }
        }
    });
    let extra_final = extra.map(|(extra, _)| {
        let path = &paths[members.len()];
        quote!(#extra: slots #path,)
    });
    let finish_param = if paths.is_empty() {
        quote!(_slots)
    } else {
        quote!(slots)
    };
    let keep = extra.is_some();

    quote! {
        impl crate::runtime::wire::Shape for #name {
            const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
                name: #title,
                fields: &[#(#wire_names),*],
                keep: #keep,
            };
            type Slots = #slots;

            fn read<'de, S: crate::runtime::wire::Source<'de>>(
                #slots_param: &mut Self::Slots,
                #key_param: crate::runtime::wire::Key,
                source: &mut S,
            ) -> Result<bool, S::Error> {
                #read
            }

            fn finish(#finish_param: Self::Slots) -> Result<Self, &'static str> {
                Ok(#name { #(#finals)* #extra_final })
            }
        }
    }
}
