//! Models: string and integer enums with a catch-all, and unions (structs are in `structs`).

use super::{doc, Ctx};
use crate::ir::*;
use crate::naming::CATCH_ALL;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

/// The items of one type's file.
pub fn expand_type(ctx: &Ctx<'_>, id: TypeId) -> TokenStream {
    let def = ctx.provider.ty(id);
    let docs = ctx.type_docs(id);
    let deprecated = def.deprecated.then(|| quote!(#[deprecated]));
    let body = match &def.kind {
        TypeKind::Struct(s) => super::structs::expand_struct(ctx, id, s),
        TypeKind::Enum(e) => expand_enum(ctx, id, e),
        TypeKind::Union(u) => expand_union(ctx, id, u),
    };
    quote! {
        #docs
        #deprecated
        #body
    }
}

/// Whether the code of `def` names something deprecated (itself, a field, or a type), and so
/// needs `#[allow(deprecated)]`; nothing else gets it.
pub fn touches_deprecated(provider: &Provider, def: &TypeDef) -> bool {
    fn names_deprecated(provider: &Provider, ty: &TypeRef) -> bool {
        match ty {
            TypeRef::Named(id) => provider.ty(*id).deprecated,
            TypeRef::List(inner) | TypeRef::Map(inner) => names_deprecated(provider, inner),
            TypeRef::Primitive(_) | TypeRef::Literal(_) => false,
        }
    }
    def.deprecated
        || match &def.kind {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .any(|f| f.deprecated || names_deprecated(provider, &f.ty)),
            TypeKind::Union(u) => u.members.iter().any(|m| names_deprecated(provider, &m.ty)),
            TypeKind::Enum(_) => false,
        }
}

/// A Rust identifier from a name that the naming module made valid.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// Enums keep values they do not know in a catch-all variant, so a value the vendor adds
/// tomorrow still deserializes (and serializes back unchanged).
fn expand_enum(ctx: &Ctx<'_>, id: TypeId, e: &Enum) -> TokenStream {
    let allow =
        touches_deprecated(ctx.provider, ctx.provider.ty(id)).then(|| quote!(#[allow(deprecated)]));
    if e.integer {
        return expand_integer_enum(ctx, id, e);
    }
    let name = ident(ctx.names.ty(id));
    let catch_all = format_ident!("{}", CATCH_ALL);
    let variants: Vec<Ident> = ctx.names.variants[id.0 as usize]
        .iter()
        .map(|v| ident(v))
        .collect();
    let values: Vec<Literal> = e.values.iter().map(|v| Literal::string(&v.value)).collect();
    let docs = e.values.iter().map(|v| {
        let line = format!(" {}", doc::code(&v.value));
        quote!(#[doc = #line])
    });
    quote! {
        #allow
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #docs #variants, )*
            /// A value the docs did not list, kept as received.
            #catch_all(String),
        }

        #allow
        impl #name {
            /// The value on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::#catch_all(value) => value,
                }
            }
        }

        #allow
        impl From<String> for #name {
            fn from(value: String) -> Self {
                match value.as_str() {
                    #( #values => Self::#variants, )*
                    _ => Self::#catch_all(value),
                }
            }
        }

        #allow
        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                Self::from(value.to_owned())
            }
        }

        #allow
        impl std::str::FromStr for #name {
            type Err = std::convert::Infallible;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        #allow
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #allow
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        #allow
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }

        #allow
        impl crate::runtime::ToParam for #name {
            fn to_param(&self) -> String {
                self.as_str().to_owned()
            }
        }
    }
}

/// An enum whose wire values are integers: written and read as JSON numbers.
fn expand_integer_enum(ctx: &Ctx<'_>, id: TypeId, e: &Enum) -> TokenStream {
    let allow =
        touches_deprecated(ctx.provider, ctx.provider.ty(id)).then(|| quote!(#[allow(deprecated)]));
    let name = ident(ctx.names.ty(id));
    let catch_all = format_ident!("{}", CATCH_ALL);
    let variants: Vec<Ident> = ctx.names.variants[id.0 as usize]
        .iter()
        .map(|v| ident(v))
        .collect();
    // The readers only mark an enum integer when every value parses.
    let values: Vec<Literal> = e
        .values
        .iter()
        .map(|v| Literal::i64_unsuffixed(v.value.parse().unwrap_or_default()))
        .collect();
    let docs = e.values.iter().map(|v| {
        let line = format!(" `{}`", v.value);
        quote!(#[doc = #line])
    });
    quote! {
        #allow
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum #name {
            #( #docs #variants, )*
            /// A value the docs did not list, kept as received.
            #catch_all(i64),
        }

        #allow
        impl #name {
            /// The value on the wire.
            pub fn value(&self) -> i64 {
                match self {
                    #( Self::#variants => #values, )*
                    Self::#catch_all(value) => *value,
                }
            }
        }

        #allow
        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #( #values => Self::#variants, )*
                    _ => Self::#catch_all(value),
                }
            }
        }

        #allow
        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "{}", self.value())
            }
        }

        #allow
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_i64(self.value())
            }
        }

        #allow
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                <i64 as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
            }
        }

        #allow
        impl crate::runtime::ToParam for #name {
            fn to_param(&self) -> String {
                self.value().to_string()
            }
        }
    }
}

/// A union is tagged by its discriminator when it has one; otherwise untagged, with members
/// that demand more fields tried first (serde picks the first member that fits).
fn expand_union(ctx: &Ctx<'_>, id: TypeId, u: &Union) -> TokenStream {
    let allow =
        touches_deprecated(ctx.provider, ctx.provider.ty(id)).then(|| quote!(#[allow(deprecated)]));
    let name = ident(ctx.names.ty(id));
    let names = &ctx.names.variants[id.0 as usize];
    let mut order: Vec<usize> = (0..u.members.len()).collect();
    if u.discriminator.is_none() {
        order.sort_by_key(|&i| untagged_rank(ctx.provider, &u.members[i].ty));
    }
    let mut variants = Vec::new();
    let mut froms = Vec::new();
    for i in order {
        let member = &u.members[i];
        let variant = ident(&names[i]);
        let ty = ctx.field_type(&member.ty, member.boxed, super::Place::Models);
        let rename = member
            .tag
            .as_ref()
            .map(|tag| quote!(#[serde(rename = #tag)]));
        variants.push(quote! {
            #rename
            #variant(#ty),
        });
        let distinct = u.members.iter().filter(|m| m.ty == member.ty).count() == 1;
        if distinct {
            froms.push(quote! {
                #allow
                impl From<#ty> for #name {
                    fn from(value: #ty) -> Self {
                        Self::#variant(value)
                    }
                }
            });
        }
    }
    let tagging = match &u.discriminator {
        Some(tag) => quote!(#[serde(tag = #tag)]),
        None => quote!(#[serde(untagged)]),
    };
    // Tried last, an untagged union's catch-all keeps a shape the vendor adds later.
    let other = names.get(u.members.len()).map(|other| {
        let other = ident(other);
        quote! {
            /// A shape the docs did not describe, kept as received.
            #other(::serde_json::Value),
        }
    });
    quote! {
        #allow
        #[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
        #tagging
        pub enum #name {
            #(#variants)*
            #other
        }

        #(#froms)*
    }
}

/// The order in which serde should try untagged members: the pickiest first, so that a member
/// that accepts more (a `String`, any JSON value) never hides one that accepts less.
fn untagged_rank(provider: &Provider, ty: &TypeRef) -> (u8, std::cmp::Reverse<usize>) {
    match ty {
        TypeRef::Literal(_) => (0, std::cmp::Reverse(0)),
        TypeRef::Named(id) => match &provider.ty(*id).kind {
            // Structs demanding more fields first.
            TypeKind::Struct(s) => (
                1,
                std::cmp::Reverse(
                    s.fields.iter().filter(|f| f.presence.is_required()).count()
                        + s.fields
                            .iter()
                            .filter(|f| matches!(f.ty, TypeRef::Literal(_)))
                            .count(),
                ),
            ),
            TypeKind::Union(_) => (2, std::cmp::Reverse(0)),
            // An open enum takes any string.
            TypeKind::Enum(_) => (4, std::cmp::Reverse(0)),
        },
        TypeRef::List(_) | TypeRef::Map(_) => (3, std::cmp::Reverse(0)),
        TypeRef::Primitive(Primitive::Any) => (6, std::cmp::Reverse(0)),
        TypeRef::Primitive(Primitive::String) => (5, std::cmp::Reverse(0)),
        TypeRef::Primitive(_) => (4, std::cmp::Reverse(0)),
    }
}
