//! Tests generated from the docs themselves, compiled into the generated crate under
//! `#[cfg(test)]`: each documented example must deserialize into its model and round-trip;
//! each Example-column value must fit its field's type; each enum must map its wire values
//! both ways and keep an unknown one.

use super::types::ident;
use super::{Ctx, Place};
use crate::ir::*;
use crate::naming::CATCH_ALL;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Whether the docs give anything to test: an example, an Example cell, an enum, or a field
/// holding a secret.
pub fn has_tests(ctx: &Ctx<'_>) -> bool {
    super::secrets::any(ctx)
        || ctx.provider.types.iter().any(|def| match &def.kind {
            TypeKind::Struct(s) => {
                s.role == StructRole::Wire
                    && (s.example.is_some() || s.fields.iter().any(|f| !f.examples.is_empty()))
            }
            TypeKind::Enum(e) => !e.values.is_empty(),
            TypeKind::Union(_) => false,
        })
}

pub fn expand_tests(ctx: &Ctx<'_>) -> TokenStream {
    // A member of a tagged union leaves the tag to the union, so its example (which has the
    // tag) is read through the union.
    let mut tagged_union_of = std::collections::BTreeMap::new();
    for union_id in ctx.provider.type_ids() {
        if let TypeKind::Union(u) = &ctx.provider.ty(union_id).kind {
            if u.discriminator.is_some() {
                for member in &u.members {
                    if let TypeRef::Named(member_id) = member.ty {
                        tagged_union_of.insert(member_id, union_id);
                    }
                }
            }
        }
    }
    let catch_all = format_ident!("{}", CATCH_ALL);
    let mut tests = Vec::new();
    for id in ctx.provider.type_ids() {
        let def = ctx.provider.ty(id);
        let module = ctx.names.snake(id);
        let ty = ctx.rust_type(&TypeRef::Named(id), Place::Provider);
        match &def.kind {
            TypeKind::Struct(s) if s.role == StructRole::Wire => {
                if let Some(example) = &s.example {
                    let json = example.to_string();
                    let name = format_ident!("{module}_example_round_trips");
                    let read_as = match tagged_union_of.get(&id) {
                        Some(union) => ctx.rust_type(&TypeRef::Named(*union), Place::Provider),
                        None => ty.clone(),
                    };
                    tests.push(quote! {
                        #[test]
                        fn #name() {
                            crate::runtime::testing::assert_round_trip::<#read_as>(#json);
                        }
                    });
                }
                let checks: Vec<TokenStream> = s
                    .fields
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| s.tag != Some(*i))
                    .flat_map(|(_, field)| {
                        checked_examples(ctx.provider, field).into_iter().map(move |json| (field, json.to_string()))
                    })
                    .map(|(field, json)| {
                        let field_ty = ctx.field_type(&field.ty, field.boxed, Place::Provider);
                        let label = format!("{}.{}", def.name, field.name);
                        match &field.ty {
                            // An open enum takes any string: the example must be a documented one.
                            TypeRef::Named(enum_id) if matches!(ctx.provider.ty(*enum_id).kind, TypeKind::Enum(_)) => {
                                quote! {
                                    crate::runtime::testing::assert_documented::<#field_ty>(#label, #json, |value| {
                                        matches!(value, #field_ty::#catch_all(_))
                                    });
                                }
                            }
                            _ => quote!(crate::runtime::testing::assert_fits::<#field_ty>(#label, #json);),
                        }
                    })
                    .collect();
                if !checks.is_empty() {
                    let name = format_ident!("{module}_field_examples_fit_their_types");
                    tests.push(quote! {
                        #[test]
                        fn #name() {
                            #(#checks)*
                        }
                    });
                }
            }
            TypeKind::Enum(e) if !e.values.is_empty() && e.integer => {
                let variants = ctx.names.variants[id.0 as usize].iter().map(|v| ident(v));
                let values = e.values.iter().map(|v| {
                    proc_macro2::Literal::i64_unsuffixed(v.value.parse().unwrap_or_default())
                });
                let name = format_ident!("{module}_wire_values");
                tests.push(quote! {
                    #[test]
                    fn #name() {
                        crate::runtime::testing::assert_integer_wire_values(&[#((#values, #ty::#variants)),*], #ty::#catch_all);
                    }
                });
            }
            TypeKind::Enum(e) if !e.values.is_empty() => {
                let variants = ctx.names.variants[id.0 as usize].iter().map(|v| ident(v));
                let values = e.values.iter().map(|v| v.value.as_str());
                let name = format_ident!("{module}_wire_values");
                tests.push(quote! {
                    #[test]
                    fn #name() {
                        crate::runtime::testing::assert_wire_values(&[#((#values, #ty::#variants)),*], #ty::#catch_all);
                    }
                });
            }
            _ => {}
        }
    }
    tests.extend(super::redaction::expand_test(ctx));
    if tests.is_empty() {
        return TokenStream::new();
    }
    // Deprecated models are still tested: their wire format matters while the API has them.
    let deprecated = ctx
        .provider
        .types
        .iter()
        .any(|def| super::types::touches_deprecated(ctx.provider, def))
        .then(|| quote!(#![allow(deprecated)]));
    quote! {
        #deprecated

        #(#tests)*
    }
}

/// A field's examples as JSON, when the field's type could reject a wrong example: a
/// `String` or any-JSON field takes every example, so checking it would prove nothing. A
/// `null` example is left out: it is about the field's presence, which the type (without its
/// `Option`) does not hold.
fn checked_examples(provider: &Provider, field: &Field) -> Vec<serde_json::Value> {
    if let TypeRef::Primitive(Primitive::String | Primitive::Any | Primitive::Bytes) = &field.ty {
        return Vec::new();
    }
    field
        .examples
        .iter()
        .filter(|example| example.trim() != "null")
        .filter_map(|example| example_json(provider, &field.ty, example))
        .collect()
}

/// An Example cell as JSON for a field of type `ty`: text for text-like types, the cell
/// itself (when it is JSON) for the others.
fn example_json(provider: &Provider, ty: &TypeRef, cell: &str) -> Option<serde_json::Value> {
    let text = cell.trim().trim_matches('`');
    let string = || Some(serde_json::Value::String(text.to_string()));
    match ty {
        TypeRef::Primitive(Primitive::String | Primitive::Date | Primitive::DateTime) => string(),
        TypeRef::Primitive(Primitive::Bytes) => None,
        TypeRef::Named(id) => match &provider.ty(*id).kind {
            TypeKind::Enum(e) if e.integer => serde_json::from_str(text).ok(),
            TypeKind::Enum(_) => string(),
            _ => serde_json::from_str(text).ok(),
        },
        TypeRef::Literal(serde_json::Value::String(_)) => string(),
        _ => serde_json::from_str(text).ok(),
    }
}
