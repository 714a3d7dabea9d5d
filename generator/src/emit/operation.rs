//! One async method per operation: its path, parameters, body and answer.

use super::types::ident;
use super::{doc, Ctx, Place};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// The literal segments of a path without placeholders.
pub(super) fn path_literals(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

pub(super) fn expand_operation(
    ctx: &Ctx<'_>,
    method_name: &str,
    op: &Operation,
    errors: &TokenStream,
) -> TokenStream {
    let name = ident(method_name);
    let request_struct = op.request.and_then(|id| match &ctx.provider.ty(id).kind {
        TypeKind::Struct(s) => Some((id, s)),
        _ => None,
    });

    // The URL, segment by segment; placeholders come from the request's path parameters.
    let segments = op.path.split('/').filter(|s| !s.is_empty()).map(|segment| {
        if !segment.contains('{') {
            return quote!(#segment);
        }
        let mut format = String::new();
        let mut args = Vec::new();
        for (i, part) in segment.split(['{', '}']).enumerate() {
            if i % 2 == 0 {
                format.push_str(&part.replace('{', "{{").replace('}', "}}"));
            } else {
                format.push_str("{}");
                let (field, ty) = path_field(ctx, op, part);
                args.push(param_value(ctx, &ty, quote!(&request.#field)));
            }
        }
        if format == "{}" {
            let arg = &args[0];
            quote!(&#arg)
        } else {
            quote!(&format!(#format, #(#args),*))
        }
    });

    let method = format_ident!("{}", op.method.as_str());
    let is_token_endpoint = matches!(&ctx.provider.service.auth, Auth::OAuth2ClientCredentials { token_path } if *token_path == op.path);

    let mut steps = Vec::new();
    if let Some((id, s)) = request_struct {
        for parameter in op
            .parameters
            .iter()
            .filter(|p| p.location != ParamLocation::Path)
        {
            let field = &s.fields[parameter.field];
            let field_ident = ident(ctx.names.field(id, parameter.field));
            let wire = &parameter.wire_name;
            let value = param_value(ctx, &field.ty, quote!(value));
            let apply = match parameter.location {
                ParamLocation::Query => quote!(builder = builder.query(&[(#wire, #value)]);),
                ParamLocation::Header => {
                    quote!(builder = crate::runtime::header(builder, #wire, &#value)?;)
                }
                ParamLocation::Path => unreachable!("path parameters are placed in the URL"),
            };
            if field.presence == Presence::Required {
                steps.push(quote! {
                    let value = &request.#field_ident;
                    #apply
                });
            } else {
                steps.push(quote! {
                    if let Some(value) = &request.#field_ident {
                        #apply
                    }
                });
            }
        }
    }
    if let Some(body) = &op.body {
        // An optional body that is not set is left out: no body, not a `null` one.
        let (value, optional) = match (body.field, request_struct) {
            (Some(index), Some((id, s))) => {
                let field = ident(ctx.names.field(id, index));
                if s.fields[index].presence == Presence::Optional {
                    (quote!(body), Some(quote!(&request.#field)))
                } else {
                    (quote!(&request.#field), None)
                }
            }
            _ => (quote!(request), None),
        };
        let send = match &body.encoding {
            BodyEncoding::Json { content_type } => {
                quote!(builder = crate::runtime::json_body(builder, #content_type, #value)?;)
            }
            BodyEncoding::Form => quote!(builder = crate::runtime::form_body(builder, #value);),
            BodyEncoding::Binary { content_type } => {
                quote!(builder = crate::runtime::bytes_body(builder, #content_type, #value);)
            }
            BodyEncoding::Multipart => multipart(ctx, &body.ty, value),
        };
        steps.push(match optional {
            Some(field) => quote! {
                if let Some(body) = #field {
                    #send
                }
            },
            None => send,
        });
    }

    let (output, decode) = match &op.response {
        Response::Body(ty) => (ctx.rust_type(ty, Place::Provider), quote!(json)),
        Response::Created => (quote!(crate::Location), quote!(created)),
        Response::Binary => (quote!(Vec<u8>), quote!(bytes)),
        Response::Empty => (quote!(()), quote!(empty)),
    };
    let param = match (op.request, &op.body) {
        (Some(id), _) => {
            let ty = ctx.rust_type(&TypeRef::Named(id), Place::Provider);
            Some(quote!(, request: &'a #ty))
        }
        (
            None,
            Some(Body {
                ty: TypeRef::Primitive(Primitive::Bytes),
                ..
            }),
        ) => Some(quote!(, request: &'a [u8])),
        (None, Some(body)) => {
            let ty = ctx.rust_type(&body.ty, Place::Provider);
            Some(quote!(, request: &'a #ty))
        }
        (None, None) => None,
    };
    let docs = operation_docs(ctx, op);
    let deprecated = op.deprecated.then(|| quote!(#[deprecated]));
    let mutable = (!steps.is_empty()).then(|| quote!(mut));
    let path = &op.path;
    quote! {
        #docs
        #deprecated
        pub fn #name<'a>(&'a self #param) -> Call<'a, #output> {
            let op = crate::runtime::Op {
                method: ::reqwest::Method::#method,
                path: #path,
                credentials: #is_token_endpoint,
                errors: #errors,
            };
            self.http.call(
                op,
                move |http| {
                    let #mutable builder = http.start(::reqwest::Method::#method, &[#(#segments),*])?;
                    #(#steps)*
                    Ok(builder)
                },
                crate::runtime::#decode,
            )
        }
    }
}

/// Builds a `multipart/form-data` body from the body struct `value`: one part per field, file
/// parts for raw bytes and for file objects (a struct with a bytes field, and optionally a
/// file name and a content type), text parts for the rest.
fn multipart(ctx: &Ctx<'_>, ty: &TypeRef, value: TokenStream) -> TokenStream {
    let TypeRef::Named(id) = ty else {
        return quote!(compile_error!("a multipart body is an object"););
    };
    let TypeKind::Struct(body) = &ctx.provider.ty(*id).kind else {
        return quote!(compile_error!("a multipart body is an object"););
    };
    let parts = body.fields.iter().enumerate().map(|(index, field)| {
        let field_ident = ident(ctx.names.field(*id, index));
        let wire = &field.wire_name;
        let part = match &field.ty {
            TypeRef::Primitive(Primitive::Bytes) => {
                quote!(form = crate::runtime::file_part(form, #wire, value, None, None)?;)
            }
            TypeRef::Named(file_id) => match file_fields(ctx, *file_id) {
                Some((content, file_name, content_type)) => quote! {
                    form = crate::runtime::file_part(form, #wire, &value.#content, #file_name, #content_type)?;
                },
                None => {
                    let text = param_value(ctx, &field.ty, quote!(value));
                    quote!(form = form.text(#wire, #text);)
                }
            },
            other => {
                let text = param_value(ctx, other, quote!(value));
                quote!(form = form.text(#wire, #text);)
            }
        };
        if field.presence == Presence::Required {
            quote! {
                let value = &body.#field_ident;
                #part
            }
        } else {
            quote! {
                if let Some(value) = &body.#field_ident {
                    #part
                }
            }
        }
    });
    quote! {
        let body = #value;
        let mut form = ::reqwest::multipart::Form::new();
        #(#parts)*
        builder = builder.multipart(form);
    }
}

/// The content field of a file object, and expressions for its file name and content type
/// (`Option<&str>`), when `id` is one.
fn file_fields(ctx: &Ctx<'_>, id: TypeId) -> Option<(TokenStream, TokenStream, TokenStream)> {
    let TypeKind::Struct(file) = &ctx.provider.ty(id).kind else {
        return None;
    };
    let field = |index: usize| ident(ctx.names.field(id, index));
    let content = file.file_content()?;
    let text = |names: &[&str]| {
        let index = file.fields.iter().position(|f| {
            f.ty == TypeRef::Primitive(Primitive::String)
                && names.contains(&f.name.to_ascii_lowercase().replace('_', "").as_str())
        });
        match index {
            Some(i) if file.fields[i].presence == Presence::Required => {
                let f = field(i);
                quote!(Some(value.#f.as_str()))
            }
            Some(i) => {
                let f = field(i);
                quote!(value.#f.as_deref())
            }
            None => quote!(None),
        }
    };
    let content = field(content);
    Some((
        quote!(#content),
        text(&["filename", "name"]),
        text(&["contenttype", "mimetype"]),
    ))
}

/// The request field that fills a path placeholder, and its type. Lowering guarantees one.
fn path_field(ctx: &Ctx<'_>, op: &Operation, placeholder: &str) -> (TokenStream, TypeRef) {
    let found = op.request.and_then(|id| {
        let parameter = op
            .parameters
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.wire_name == placeholder)?;
        let TypeKind::Struct(s) = &ctx.provider.ty(id).kind else {
            return None;
        };
        let field = ident(ctx.names.field(id, parameter.field));
        Some((quote!(#field), s.fields[parameter.field].ty.clone()))
    });
    // Unreachable after lowering; a compile error in the output beats a panic here.
    found.unwrap_or_else(|| {
        let message = format!("nothing fills `{{{placeholder}}}`");
        (
            quote!(compile_error!(#message)),
            TypeRef::Primitive(Primitive::String),
        )
    })
}

/// The text of a path, query or header parameter; `value` is a reference to the field's value.
/// Scalars, enums and lists of them have a text form (`ToParam`); anything else (an object, a
/// literal) is sent as its JSON.
fn param_value(ctx: &Ctx<'_>, ty: &TypeRef, value: TokenStream) -> TokenStream {
    if has_text_form(ctx, ty) {
        quote!(crate::runtime::ToParam::to_param(#value))
    } else {
        quote!(crate::runtime::ToParam::to_param(&::serde_json::to_value(#value).unwrap_or_default()))
    }
}

fn has_text_form(ctx: &Ctx<'_>, ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Primitive(Primitive::Bytes) => false,
        TypeRef::Primitive(_) => true,
        TypeRef::Named(id) => matches!(ctx.provider.ty(*id).kind, TypeKind::Enum(_)),
        TypeRef::List(inner) => !matches!(**inner, TypeRef::List(_)) && has_text_form(ctx, inner),
        TypeRef::Map(_) | TypeRef::Literal(_) => false,
    }
}

fn operation_docs(ctx: &Ctx<'_>, op: &Operation) -> TokenStream {
    let mut text = String::new();
    if !op.summary.is_empty() {
        text.push_str(&doc::clean(&op.summary, &|id| ctx.doc_link(id)));
        text.push('\n');
    }
    let body = doc::clean(&op.docs, &|id| ctx.doc_link(id));
    if !body.trim().is_empty() && body.trim() != op.summary.trim() {
        text.push_str(&body);
        text.push('\n');
    }
    text.push_str(&doc::code(&format!("{} {}", op.method.as_str(), op.path)));
    text.push('\n');
    doc::lines_to_attrs(&text)
}
