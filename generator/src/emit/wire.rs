//! `Serialize` and `Deserialize` of a struct, written out rather than derived.
//!
//! The derive made up most of the generated crate's compile time (an identifier enum with
//! three visitors, a sequence visitor and a wrapper type per field; serde's buffered `Content`
//! for every key of a struct with a flattened map). Here a struct says only what is its own:
//! a `Shape` (its names in one constant, a slot per field, one line per field to read a value into its slot,
//! one pattern to build the struct from the slots) and one line per field to write it. The visitor,
//! the loop over keys, arrays and errors are in `runtime/wire.rs`, type-checked once for the
//! crate rather than once per struct: the same documents are accepted, with the same values
//! and the same errors, and the same JSON is written.

use super::structs::Member;
use crate::ir::*;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

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
    // `rest` takes the writer by value: a struct with no documented field needs no `mut`.
    let mutable = (!members.is_empty()).then(|| quote!(mut));
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

/// Slot types nested so that no tuple is longer than `TUPLE`, and the path to each slot. Slots
/// go in groups of `TUPLE`, and the groups are nested the same way in turn, so a struct of more
/// than `TUPLE * TUPLE` fields nests three deep or more: a slot's path is its group's path, then
/// its place in the group.
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
    let mut groups = Vec::new();
    let mut inner = Vec::new();
    let mut types = types.into_iter().peekable();
    while types.peek().is_some() {
        let (ty, paths) = nest(types.by_ref().take(TUPLE).collect());
        groups.push(ty);
        inner.push(paths);
    }
    let (ty, outer) = nest(groups);
    let paths = outer
        .iter()
        .zip(inner)
        .flat_map(|(group, paths)| paths.into_iter().map(move |p| quote!(#group #p)))
        .collect();
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
    // Required fields are read into an `Option` of their type; the others are `Option`s
    // already, read in place.
    let required = |m: &Member<'_>| m.field.presence == Presence::Required;
    let mut types: Vec<TokenStream> = members
        .iter()
        .map(|m| {
            let ty = m.ty();
            if required(m) {
                quote!(Option<#ty>)
            } else {
                ty
            }
        })
        .collect();
    if let Some((_, value)) = extra {
        types.push(quote!(std::collections::BTreeMap<String, #value>));
    }
    let (slots, paths) = nest(types);

    let arms: Vec<TokenStream> = members
        .iter()
        .zip(&paths)
        .enumerate()
        .map(|(i, (m, path))| {
            let i = Literal::usize_unsuffixed(i);
            let read = match m.field.presence {
                Presence::Required if matches!(m.field.ty, TypeRef::List(_) | TypeRef::Map(_)) => {
                    quote!(value_or_empty)
                }
                Presence::Required => quote!(value),
                Presence::RequiredNullable => quote!(nullable),
                Presence::Optional => quote!(optional),
            };
            quote!(#i => source.#read(&mut slots #path),)
        })
        .collect();
    // Without a field (a struct with no documented field), no index is ever read.
    let (slots_param, index_param, read) = if arms.is_empty() {
        (quote!(_slots), quote!(_index), quote!(source.skip()))
    } else {
        (
            quote!(slots),
            quote!(index),
            quote! {
                match index {
                    #(#arms)*
                    _ => source.skip(),
                }
            },
        )
    };
    let other = extra.map(|_| {
        let path = &paths[members.len()];
        quote! {
            fn other<'de, S: crate::runtime::wire::Source<'de>>(
                slots: &mut Self::Slots,
                key: String,
                source: &mut S,
            ) -> Result<bool, S::Error> {
                source.other(&mut slots #path, key)
            }
        }
    });

    // One pattern takes the slots apart: no `?` per field. A required field that is missing
    // makes it fail; the runtime then names the first such field, as serde does.
    let bindings: Vec<Ident> = (0..paths.len()).map(|i| format_ident!("v{i}")).collect();
    let mut patterns: Vec<TokenStream> = members
        .iter()
        .zip(&bindings)
        .map(|(m, v)| {
            if required(m) {
                quote!(Some(#v))
            } else {
                quote!(#v)
            }
        })
        .collect();
    if extra.is_some() {
        let v = &bindings[members.len()];
        patterns.push(quote!(#v));
    }
    let (pattern, _) = nest(patterns);
    let required_indices: Vec<Literal> = members
        .iter()
        .enumerate()
        .filter(|(_, m)| required(m))
        .map(|(i, _)| Literal::usize_unsuffixed(i))
        .collect();
    let (slots_in, take_apart) = if paths.is_empty() {
        (quote!(_slots), quote!())
    } else if required_indices.is_empty() {
        (quote!(slots), quote!(let #pattern = slots;))
    } else {
        let take_apart = quote! {
            let #pattern = slots else {
                return Err(&[#(#required_indices),*]);
            };
        };
        (quote!(slots), take_apart)
    };
    let mut fields: Vec<&Ident> = members.iter().map(|m| &m.name).collect();
    if let Some((extra, _)) = extra {
        fields.push(extra);
    }
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
                #index_param: usize,
                source: &mut S,
            ) -> Result<bool, S::Error> {
                #read
            }

            #other

            fn finish(#slots_in: Self::Slots) -> Result<Self, &'static [usize]> {
                #take_apart
                Ok(#name { #(#fields: #bindings,)* })
            }
        }
    }
}
