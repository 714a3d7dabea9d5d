//! The generated test that `Debug` shows no secret: every struct with a secret text field is
//! built with a known secret in each such field and plain values elsewhere, and its `Debug`
//! output must not contain the secret.

use super::types::ident;
use super::{secrets, Ctx, Place};
use crate::ir::*;
use crate::naming::CATCH_ALL;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// What the test puts in each secret field; no model's plain sample contains it.
const SECRET: &str = "sekrit-7f3a9c";

/// Nested models are built at most this deep (required fields of required fields ...).
const MAX_DEPTH: usize = 8;

/// The test, when the provider has a struct whose secret fields the test can fill.
pub fn expand_test(ctx: &Ctx<'_>) -> Option<TokenStream> {
    let mut cases = Vec::new();
    for id in ctx.provider.type_ids() {
        let TypeKind::Struct(s) = &ctx.provider.ty(id).kind else {
            continue;
        };
        let fillable = s.fields.iter().enumerate().any(|(i, f)| {
            s.tag != Some(i) && secrets::is_secret(ctx, id, i) && secret_value(&f.ty).is_some()
        });
        if !fillable {
            continue;
        }
        let Some(value) = sample_struct(ctx, id, true, &mut vec![id]) else {
            continue;
        };
        let model = ctx.names.ty(id);
        cases.push(quote!(check(#model, &#value);));
    }
    if cases.is_empty() {
        return None;
    }
    let name = format_ident!("debug_shows_no_secret");
    Some(quote! {
        #[test]
        fn #name() {
            fn check(model: &str, value: &dyn std::fmt::Debug) {
                let debug = format!("{value:?}");
                assert!(!debug.contains(#SECRET), "Debug of {model} shows a secret: {debug}");
                assert!(debug.contains("<redacted>"), "Debug of {model} redacts nothing: {debug}");
            }
            #(#cases)*
        }
    })
}

/// A secret field's value holding [`SECRET`], for text fields and lists of them.
fn secret_value(ty: &TypeRef) -> Option<TokenStream> {
    match ty {
        TypeRef::Primitive(Primitive::String) => Some(quote!(String::from(#SECRET))),
        TypeRef::List(inner) => {
            let inner = secret_value(inner)?;
            Some(quote!(vec![#inner]))
        }
        _ => None,
    }
}

/// A value of struct `id` built by struct literal (the test is in the crate), with secrets in
/// its secret text fields when `secrets` holds; `None` when it cannot be built (a required
/// cycle, or too deep).
fn sample_struct(
    ctx: &Ctx<'_>,
    id: TypeId,
    with_secrets: bool,
    stack: &mut Vec<TypeId>,
) -> Option<TokenStream> {
    let TypeKind::Struct(s) = &ctx.provider.ty(id).kind else {
        return None;
    };
    let mut inits = Vec::new();
    for (index, field) in s.fields.iter().enumerate() {
        if s.tag == Some(index) {
            continue;
        }
        let name = ident(ctx.names.field(id, index));
        let secret = (with_secrets && secrets::is_secret(ctx, id, index))
            .then(|| secret_value(&field.ty))
            .flatten();
        let value = match (field.presence, secret) {
            (Presence::Required, Some(secret)) => secret,
            (_, Some(secret)) => quote!(Some(#secret)),
            (Presence::Required, None) => {
                let value = sample(ctx, &field.ty, stack)?;
                if field.boxed {
                    quote!(Box::new(#value))
                } else {
                    value
                }
            }
            (_, None) => quote!(None),
        };
        inits.push(quote!(#name: #value));
    }
    if let Some(extra) = &ctx.names.additional[id.0 as usize] {
        let extra = ident(extra);
        inits.push(quote!(#extra: Default::default()));
    }
    let ty = ctx.rust_type(&TypeRef::Named(id), Place::Provider);
    Some(quote!(#ty { #(#inits),* }))
}

/// A plain value of `ty`.
fn sample(ctx: &Ctx<'_>, ty: &TypeRef, stack: &mut Vec<TypeId>) -> Option<TokenStream> {
    Some(match ty {
        TypeRef::Primitive(p) => match p {
            Primitive::String => quote!(String::from("plain")),
            Primitive::Integer => quote!(0),
            Primitive::Number => quote!(0.0),
            Primitive::Boolean => quote!(false),
            Primitive::Date | Primitive::DateTime => quote!(Default::default()),
            Primitive::Bytes => quote!(crate::Bytes::default()),
            Primitive::Any => quote!(::serde_json::Value::Null),
        },
        TypeRef::List(_) | TypeRef::Map(_) | TypeRef::Literal(_) => quote!(Default::default()),
        TypeRef::Named(id) => {
            if stack.contains(id) || stack.len() >= MAX_DEPTH {
                return None;
            }
            let path = ctx.rust_type(ty, Place::Provider);
            match &ctx.provider.ty(*id).kind {
                TypeKind::Enum(e) => {
                    let catch_all = format_ident!("{}", CATCH_ALL);
                    if e.integer {
                        quote!(#path::#catch_all(0))
                    } else {
                        quote!(#path::#catch_all(String::new()))
                    }
                }
                TypeKind::Union(u) => {
                    let variants = &ctx.names.variants[id.0 as usize];
                    let (member, variant) = u.members.iter().zip(variants).next()?;
                    stack.push(*id);
                    let value = sample(ctx, &member.ty, stack);
                    stack.pop();
                    let value = value?;
                    let value = if member.boxed {
                        quote!(Box::new(#value))
                    } else {
                        value
                    };
                    let variant = ident(variant);
                    quote!(#path::#variant(#value))
                }
                TypeKind::Struct(_) => {
                    stack.push(*id);
                    let value = sample_struct(ctx, *id, false, stack);
                    stack.pop();
                    value?
                }
            }
        }
    })
}
