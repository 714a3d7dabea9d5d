//! A provider's error types: the body of each error answer, decoded as the model the
//! operation's `### Errors` table gives for its status (the provider's `error_model`
//! otherwise), and an `Error` enum with only the variants that can occur for the provider.

use super::types::ident;
use super::{Ctx, Place};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use std::collections::{BTreeMap, BTreeSet};

/// Wire names of an error body's code and message fields, most specific first; the same
/// conventions the runtime reads untyped error bodies by (`runtime/error.rs`).
const CODE_FIELDS: &[&str] = &["error_code", "code", "error", "title"];
const MESSAGE_FIELDS: &[&str] = &["error_message", "message", "error_description", "detail"];

/// Which model an operation's error answers are decoded as: per status (most specific
/// first), then the operation's default.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Plan {
    statuses: Vec<(StatusMatch, TypeId)>,
    default: Option<TypeId>,
}

/// What the client emitter needs from the error types.
pub struct Errors {
    /// The error body type, its decoder functions and `Error`.
    pub items: TokenStream,
    /// The decoder of each operation's error answers (by index in `provider.operations`).
    pub decoders: Vec<TokenStream>,
    /// The decoder of the OAuth token endpoint's error answers.
    pub token_decoder: TokenStream,
}

pub fn expand_errors(ctx: &Ctx<'_>) -> Errors {
    let provider = ctx.provider;
    let default = provider.service.error_model;
    let plans: Vec<Plan> = provider
        .operations
        .iter()
        .map(|op| plan(&op.errors, default))
        .collect();
    // Every model an error answer can be decoded as, in a stable order.
    let mut models: Vec<TypeId> = default.into_iter().collect();
    for plan in &plans {
        for id in plan.statuses.iter().map(|(_, id)| *id).chain(plan.default) {
            if !models.contains(&id) {
                models.push(id);
            }
        }
    }
    let (body, decode) = body_type(ctx, &models);

    let mut distinct: BTreeMap<&Plan, usize> = BTreeMap::new();
    let base = Plan {
        statuses: vec![],
        default,
    };
    distinct.insert(&base, 0);
    for plan in &plans {
        let next = distinct.len();
        distinct.entry(plan).or_insert(next);
    }
    let decoder_name = |index: usize| match index {
        0 => format_ident!("decode_errors"),
        n => format_ident!("decode_errors_{n}"),
    };
    let token_index = match &provider.service.auth {
        Auth::OAuth2ClientCredentials { token_path } => provider
            .operations
            .iter()
            .position(|op| op.path == *token_path && op.method == Method::Post)
            .map(|i| distinct[&plans[i]]),
        _ => None,
    };
    // Only decoders something calls: when every operation has its own table, the
    // provider-wide one would be dead code.
    let used: BTreeSet<usize> = plans
        .iter()
        .map(|plan| distinct[plan])
        .chain([token_index.unwrap_or(0)])
        .collect();
    let mut by_index: Vec<(&Plan, usize)> = distinct
        .iter()
        .map(|(p, i)| (*p, *i))
        .filter(|(_, i)| used.contains(i))
        .collect();
    by_index.sort_by_key(|(_, i)| *i);
    let functions = by_index.iter().map(|(plan, index)| {
        let name = decoder_name(*index);
        let arms = plan.statuses.iter().map(|(status, id)| {
            let pattern = match status {
                StatusMatch::Code(code) => {
                    let code = proc_macro2::Literal::u16_unsuffixed(*code);
                    quote!(#code)
                }
                StatusMatch::Class(class) => {
                    let low = proc_macro2::Literal::u16_unsuffixed(*class as u16 * 100);
                    let high = proc_macro2::Literal::u16_unsuffixed(*class as u16 * 100 + 99);
                    quote!(#low..=#high)
                }
                StatusMatch::Default => quote!(_),
            };
            let value = decode(*id);
            quote!(#pattern => #value,)
        });
        let fallback = match plan.default {
            Some(id) => decode(id),
            None if models.is_empty() => quote!(crate::runtime::error_json(raw)),
            None => quote!(None),
        };
        let doc = if *index == 0 {
            " Decodes the error answers of operations whose docs name no other error model."
        } else {
            " Decodes error answers as the operations' `### Errors` tables say."
        };
        if plan.statuses.is_empty() {
            // A decoder that decodes nothing does not read the body.
            let raw = if plan.default.is_none() && !models.is_empty() {
                quote!(_raw)
            } else {
                quote!(raw)
            };
            quote! {
                #[doc = #doc]
                fn #name(_status: ::reqwest::StatusCode, #raw: &[u8]) -> Option<ErrorBody> {
                    #fallback
                }
            }
        } else {
            quote! {
                #[doc = #doc]
                fn #name(status: ::reqwest::StatusCode, raw: &[u8]) -> Option<ErrorBody> {
                    match status.as_u16() {
                        #(#arms)*
                        _ => #fallback,
                    }
                }
            }
        }
    });
    let decoders = plans
        .iter()
        .map(|plan| {
            let name = decoder_name(distinct[plan]);
            quote!(#name)
        })
        .collect();
    let token_decoder = decoder_name(token_index.unwrap_or(0));
    let model_impls = models.iter().map(|id| error_model_impl(ctx, *id));
    let error = error_enum(ctx);
    Errors {
        items: quote! {
            #body
            #(#model_impls)*
            #(#functions)*
            #error
        },
        decoders,
        token_decoder: quote!(#token_decoder),
    }
}

/// An operation's table as a plan: rows without a model (an SDK's generic exception class)
/// leave their statuses to the default, and rows that say what the default says are dropped,
/// so that operations documented alike share one decoder.
fn plan(errors: &[ErrorResponse], provider_default: Option<TypeId>) -> Plan {
    let model = |e: &ErrorResponse| match e.ty {
        Some(TypeRef::Named(id)) => Some(id),
        _ => None,
    };
    let default = errors
        .iter()
        .find(|e| e.status == StatusMatch::Default)
        .and_then(model)
        .or(provider_default);
    let class_model = |class: u8| {
        errors
            .iter()
            .find(|e| e.status == StatusMatch::Class(class))
            .and_then(model)
    };
    let statuses = errors
        .iter()
        .filter_map(|e| {
            let id = model(e)?;
            let fallback = match e.status {
                StatusMatch::Code(code) => class_model((code / 100) as u8).or(default),
                StatusMatch::Class(_) => default,
                StatusMatch::Default => return None,
            };
            (fallback != Some(id)).then_some((e.status, id))
        })
        .collect();
    Plan { statuses, default }
}

/// `ErrorBody`: the one error model, an enum of several, or any JSON when the docs name none;
/// and how to decode `raw` as a given model into it.
fn body_type<'c>(
    ctx: &'c Ctx<'_>,
    models: &[TypeId],
) -> (TokenStream, Box<dyn Fn(TypeId) -> TokenStream + 'c>) {
    let title = &ctx.provider.title;
    match models {
        [] => {
            let doc =
                format!(" The body of an error answer: the {title} docs name no model for it.");
            (
                quote!(#[doc = #doc] pub type ErrorBody = ::serde_json::Value;),
                Box::new(|_| quote!(crate::runtime::error_json(raw))),
            )
        }
        [one] => {
            let ty = ctx.rust_type(&TypeRef::Named(*one), Place::Provider);
            let doc = format!(" The body of an error answer from the {title} API.");
            (
                quote!(#[doc = #doc] pub type ErrorBody = #ty;),
                Box::new(|_| quote!(crate::runtime::error_json(raw))),
            )
        }
        many => {
            let variants = many.iter().map(|id| {
                let name = ident(ctx.names.ty(*id));
                let ty = ctx.rust_type(&TypeRef::Named(*id), Place::Provider);
                let doc = format!(
                    " An error answer documented as [`{}`]({}).",
                    ctx.names.ty(*id),
                    ctx.doc_link(id.0).unwrap_or_default()
                );
                quote!(#[doc = #doc] #name(#ty),)
            });
            let names: Vec<_> = many.iter().map(|id| ident(ctx.names.ty(*id))).collect();
            let doc = format!(
                " The body of an error answer from the {title} API: the model the docs give for \
                 the operation and status."
            );
            (
                quote! {
                    #[doc = #doc]
                    #[derive(Clone, Debug, PartialEq)]
                    pub enum ErrorBody {
                        #(#variants)*
                    }

                    impl crate::ErrorModel for ErrorBody {
                        fn code(&self) -> Option<&str> {
                            match self { #(ErrorBody::#names(body) => body.code(),)* }
                        }
                        fn message(&self) -> Option<&str> {
                            match self { #(ErrorBody::#names(body) => body.message(),)* }
                        }
                    }
                },
                Box::new(move |id| {
                    let name = ident(ctx.names.ty(id));
                    quote!(crate::runtime::error_json(raw).map(ErrorBody::#name))
                }),
            )
        }
    }
}

/// `ErrorModel` for one error model: its code and message fields, found by the conventional
/// wire names among its text fields.
fn error_model_impl(ctx: &Ctx<'_>, id: TypeId) -> TokenStream {
    let ty = ctx.rust_type(&TypeRef::Named(id), Place::Provider);
    let accessor = |names: &[&str]| {
        let TypeKind::Struct(s) = &ctx.provider.ty(id).kind else {
            return quote!(None);
        };
        let found = names.iter().find_map(|name| {
            s.fields.iter().enumerate().find(|(_, f)| {
                f.wire_name == *name && f.ty == TypeRef::Primitive(Primitive::String)
            })
        });
        match found {
            Some((index, field)) => {
                let field_ident = ident(ctx.names.field(id, index));
                if field.presence == Presence::Required {
                    quote!(Some(self.#field_ident.as_str()))
                } else {
                    quote!(self.#field_ident.as_deref())
                }
            }
            None => quote!(None),
        }
    };
    let code = accessor(CODE_FIELDS);
    let message = accessor(MESSAGE_FIELDS);
    quote! {
        impl crate::ErrorModel for #ty {
            fn code(&self) -> Option<&str> { #code }
            fn message(&self) -> Option<&str> { #message }
        }
    }
}

/// The provider's `Error`: a `Token` variant only with OAuth.
fn error_enum(ctx: &Ctx<'_>) -> TokenStream {
    let title = &ctx.provider.title;
    let oauth = matches!(
        ctx.provider.service.auth,
        Auth::OAuth2ClientCredentials { .. }
    );
    let doc = format!(" What a call to the {title} API can fail with.");
    let (token_variant, token_arms, token_from) = if oauth {
        (
            quote! {
                /// The token endpoint refused the client credentials or answered something
                /// unexpected; the API itself was not called.
                Token(Box<crate::ApiError<ErrorBody>>),
            },
            quote!(Error::Token(e) => write!(f, "could not obtain an access token: {e}"),),
            quote!(crate::runtime::Failure::Token(e) => Error::Token(e),),
        )
    } else {
        // Without OAuth there is no token endpoint; the runtime never reports one.
        (
            quote!(),
            quote!(),
            quote!(crate::runtime::Failure::Token(e) => Error::Api(e),),
        )
    };
    let token_pattern = oauth.then(|| quote!(| Error::Token(e)));
    quote! {
        #[doc = #doc]
        ///
        /// `Display` says which call failed and how; `source()` leads to the cause reqwest
        /// reported (refused, unknown host, timeout, TLS) for transport failures.
        #[derive(Debug)]
        #[non_exhaustive]
        pub enum Error {
            /// The API answered with a status outside 2xx; the body is decoded as the model the
            /// docs give for the operation and status.
            Api(Box<crate::ApiError<ErrorBody>>),
            #token_variant
            /// No answer within the time limit.
            Timeout(crate::TransportError),
            /// No connection could be made: refused, unknown host, TLS handshake.
            Connect(crate::TransportError),
            /// The request or its answer broke off, or a redirect to another host was refused.
            Transport(crate::TransportError),
            /// A 2xx answer that is not what the docs describe.
            Decode(Box<crate::DecodeError>),
            /// A request that cannot be sent as given; nothing was sent.
            InvalidRequest(crate::InvalidRequest),
        }

        impl Error {
            /// The call that failed.
            pub fn endpoint(&self) -> crate::Endpoint {
                match self {
                    Error::Api(e) #token_pattern => e.endpoint,
                    Error::Timeout(e) | Error::Connect(e) | Error::Transport(e) => e.endpoint,
                    Error::Decode(e) => e.endpoint,
                    Error::InvalidRequest(e) => e.endpoint,
                }
            }

            /// The HTTP status of the answer, when there was one.
            pub fn status(&self) -> Option<::reqwest::StatusCode> {
                match self {
                    Error::Api(e) #token_pattern => Some(e.status),
                    Error::Decode(e) => Some(e.status),
                    _ => None,
                }
            }

            /// The answer's request id, when there was an answer that carried one.
            pub fn request_id(&self) -> Option<&str> {
                match self {
                    Error::Api(e) #token_pattern => e.request_id.as_deref(),
                    Error::Decode(e) => e.request_id.as_deref(),
                    _ => None,
                }
            }

            /// The decoded error body of an [`Error::Api`].
            pub fn api_body(&self) -> Option<&ErrorBody> {
                match self {
                    Error::Api(e) => e.body.as_ref(),
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for Error {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self {
                    Error::Api(e) => std::fmt::Display::fmt(e, f),
                    #token_arms
                    Error::Timeout(e) | Error::Connect(e) | Error::Transport(e) => std::fmt::Display::fmt(e, f),
                    Error::Decode(e) => std::fmt::Display::fmt(e, f),
                    Error::InvalidRequest(e) => std::fmt::Display::fmt(e, f),
                }
            }
        }

        impl std::error::Error for Error {
            fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
                match self {
                    Error::Timeout(e) | Error::Connect(e) | Error::Transport(e) => Some(&e.source),
                    Error::Decode(e) => std::error::Error::source(&**e),
                    _ => None,
                }
            }
        }

        impl From<crate::runtime::Failure<ErrorBody>> for Error {
            fn from(failure: crate::runtime::Failure<ErrorBody>) -> Self {
                match failure {
                    crate::runtime::Failure::Api(e) => Error::Api(e),
                    #token_from
                    crate::runtime::Failure::Transport(e) => match e.kind {
                        crate::TransportKind::Timeout => Error::Timeout(e),
                        crate::TransportKind::Connect => Error::Connect(e),
                        crate::TransportKind::Other => Error::Transport(e),
                    },
                    crate::runtime::Failure::Decode(e) => Error::Decode(e),
                    crate::runtime::Failure::Invalid(e) => Error::InvalidRequest(e),
                }
            }
        }
    }
}
