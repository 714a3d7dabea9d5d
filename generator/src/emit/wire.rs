//! `Serialize` and `Deserialize` of a struct, written out rather than derived.
//!
//! The derive made up most of the generated crate's compile time (an identifier enum with
//! three visitors, a sequence visitor and a wrapper type per field; serde's buffered `Content`
//! for every key of a struct with a flattened map). These impls do what the derive did, one
//! line per field, with the generic work in `runtime/wire.rs`: the same documents are accepted,
//! with the same values and the same errors, and the same JSON is written.

use super::structs::Member;
use crate::ir::*;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote};

/// The two impls of struct `name`; `extra` is the map of additional properties, kept from and
/// written into the same object as the documented fields.
pub fn expand_serde(
    name: &Ident,
    members: &[Member<'_>],
    extra: Option<&Ident>,
    allow: &Option<TokenStream>,
) -> TokenStream {
    let serialize = serialize(name, members, extra);
    let deserialize = deserialize(name, members, extra);
    quote! {
        #allow
        #serialize
        #allow
        #deserialize
    }
}

/// A struct object with its fields in order (optional ones left out when `None`), then the
/// additional properties. Like the derive, a struct with additional properties is written as a
/// map (its keys are not all `'static`). The length is only a hint; a document with no
/// field written is `{}` either way.
fn serialize(name: &Ident, members: &[Member<'_>], extra: Option<&Ident>) -> TokenStream {
    let title = name.to_string().trim_start_matches("r#").to_string();
    let mutable = (!members.is_empty() || extra.is_some()).then(|| quote!(mut));
    let (start, put) = match extra {
        None => {
            let len = Literal::usize_unsuffixed(members.len());
            (
                quote! {
                    use ::serde::ser::SerializeStruct as _;
                    let #mutable state = serializer.serialize_struct(#title, #len)?;
                },
                quote!(serialize_field),
            )
        }
        Some(_) => (
            quote! {
                use ::serde::ser::SerializeMap as _;
                let mut state = serializer.serialize_map(None)?;
            },
            quote!(serialize_entry),
        ),
    };
    let fields = members.iter().map(|m| {
        let (field, wire) = (&m.name, &m.field.wire_name);
        if m.field.presence == Presence::Optional {
            quote! {
                if self.#field.is_some() {
                    state.#put(#wire, &self.#field)?;
                }
            }
        } else {
            quote!(state.#put(#wire, &self.#field)?;)
        }
    });
    let rest = extra.map(|extra| {
        quote! {
            for (key, value) in &self.#extra {
                state.serialize_entry(key, value)?;
            }
        }
    });
    quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #start
                #(#fields)*
                #rest
                state.end()
            }
        }
    }
}

/// The derive's reading of a struct: an object by wire names (unknown keys skipped, or kept
/// in `extra`), a field given twice an error, a required field missing an error, a nullable
/// or optional one `None`, a required list or map `null` empty; without `extra`, an array
/// read field by field as well.
fn deserialize(name: &Ident, members: &[Member<'_>], extra: Option<&Ident>) -> TokenStream {
    let title = name.to_string().trim_start_matches("r#").to_string();
    let wire_names = members.iter().map(|m| m.field.wire_name.as_str());
    let slots: Vec<Ident> = (0..members.len()).map(|i| format_ident!("v{i}")).collect();
    let empty_when_null = |m: &Member<'_>| {
        m.field.presence == Presence::Required
            && matches!(m.field.ty, TypeRef::List(_) | TypeRef::Map(_))
    };

    // Typed, except literal slots, whose macro type clippy finds too complex to spell out.
    let declarations = members.iter().zip(&slots).map(|(m, slot)| {
        if m.is_literal() {
            quote!(let mut #slot = None;)
        } else {
            let ty = m.ty();
            quote!(let mut #slot: Option<#ty> = None;)
        }
    });
    let arms = members.iter().zip(&slots).enumerate().map(|(i, (m, slot))| {
        let (i, wire) = (Literal::usize_unsuffixed(i), &m.field.wire_name);
        let read = if empty_when_null(m) {
            quote!(value_or_empty)
        } else {
            quote!(value)
        };
        quote! {
            crate::runtime::wire::Key::Field(#i) => crate::runtime::wire::#read(&mut map, &mut #slot, #wire)?,
        }
    });
    let finals = members.iter().zip(&slots).map(|(m, slot)| {
        let (field, wire) = (&m.name, &m.field.wire_name);
        match m.field.presence {
            Presence::Required => quote!(#field: crate::runtime::wire::required(#slot, #wire)?,),
            // Optional fields default to `None`; so do nullable ones (serde reads a missing
            // `Option` as `None`).
            Presence::RequiredNullable | Presence::Optional => {
                quote!(#field: #slot.unwrap_or_default(),)
            }
        }
    });
    let keep = extra.is_some();
    let (extra_slot, extra_arm, extra_final) = match extra {
        Some(extra) => (
            quote!(let mut #extra = std::collections::BTreeMap::new();),
            quote! {
                crate::runtime::wire::Key::Other(key) => crate::runtime::wire::other(&mut map, &mut #extra, key)?,
            },
            quote!(#extra,),
        ),
        None => (quote!(), quote!(), quote!()),
    };

    // A flattened map made the derive read objects only.
    let (visit_seq, call) = match extra {
        Some(_) => (quote!(), quote!(deserializer.deserialize_map(__Visitor))),
        None => {
            let count = members.len();
            let expecting = match count {
                1 => format!("struct {title} with 1 element"),
                n => format!("struct {title} with {n} elements"),
            };
            let elements = members.iter().enumerate().map(|(i, m)| {
                let (i, field) = (Literal::usize_unsuffixed(i), &m.name);
                if m.field.presence == Presence::Optional {
                    quote!(#field: crate::runtime::wire::element_or_default(&mut seq)?,)
                } else if empty_when_null(m) {
                    quote!(#field: crate::runtime::wire::element_or_empty(&mut seq, #i, #expecting)?,)
                } else {
                    quote!(#field: crate::runtime::wire::element(&mut seq, #i, #expecting)?,)
                }
            });
            let seq = if members.is_empty() {
                quote!(_seq)
            } else {
                quote!(mut seq)
            };
            (
                quote! {
                    fn visit_seq<A: ::serde::de::SeqAccess<'de>>(self, #seq: A) -> Result<#name, A::Error> {
                        Ok(#name { #(#elements)* })
                    }
                },
                quote!(deserializer.deserialize_struct(#title, FIELDS, __Visitor)),
            )
        }
    };
    // Without a key to read (a struct with no documented field), every value is skipped.
    let body = if members.is_empty() && !keep {
        quote! {
            while crate::runtime::wire::key(&mut map, FIELDS, false)?.is_some() {
                crate::runtime::wire::skip(&mut map)?;
            }
        }
    } else {
        quote! {
            while let Some(key) = crate::runtime::wire::key(&mut map, FIELDS, #keep)? {
                match key {
                    #(#arms)*
                    #extra_arm
                    _ => crate::runtime::wire::skip(&mut map)?,
                }
            }
        }
    };

    quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                const FIELDS: &[&str] = &[#(#wire_names),*];
                struct __Visitor;
                impl<'de> ::serde::de::Visitor<'de> for __Visitor {
                    type Value = #name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        crate::runtime::wire::expecting(f, #title)
                    }

                    #visit_seq

                    fn visit_map<A: ::serde::de::MapAccess<'de>>(self, mut map: A) -> Result<#name, A::Error> {
                        #(#declarations)*
                        #extra_slot
                        #body
                        Ok(#name { #(#finals)* #extra_final })
                    }
                }
                #call
            }
        }
    }
}
