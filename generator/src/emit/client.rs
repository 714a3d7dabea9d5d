//! A provider's client: environments, credentials, and one async method per operation.

use super::types::ident;
use super::{doc, Ctx, Place};
use crate::ir::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub fn expand_client(ctx: &Ctx<'_>) -> TokenStream {
    let provider = ctx.provider;
    let service = &provider.service;
    let title = doc::prose(&provider.title);
    let environment = expand_environment(ctx);
    let (credentials, auth) = expand_credentials(ctx);
    let errors = super::errors::expand_errors(ctx);
    let option = |value: &Option<String>| match value {
        Some(text) => quote!(Some(#text)),
        None => quote!(None),
    };
    let lower = |value: &Option<String>| value.as_ref().map(|v| v.to_ascii_lowercase());
    let accept = option(&service.accept);
    let idempotency_header = option(&lower(&service.idempotency_header));
    let request_id_header = option(&lower(&service.request_id_header));
    let request_id_field = option(&service.request_id_field);
    let token_decoder = &errors.token_decoder;
    let methods =
        provider.operations.iter().enumerate().map(|(i, op)| {
            expand_operation(ctx, &ctx.names.operations[i], op, &errors.decoders[i])
        });
    let streams = (0..provider.operations.len())
        .map(|i| super::paging::expand_streams(ctx, i, &errors.decoders[i]));
    let oauth = matches!(service.auth, Auth::OAuth2ClientCredentials { .. });
    let client_docs = doc::lines_to_attrs(&format!(
        "A client for the {title} API.\n\nEach call has a time limit (by default \
         [`crate::DEFAULT_CONNECT_TIMEOUT`] to connect, [`crate::DEFAULT_TIMEOUT`] per attempt) \
         and is retried as [`crate::RetryPolicy::standard`] says; both can be set here and per \
         call ([`crate::Call::timeout`], [`crate::Call::retry`]).{}\n\nCheap to clone: clones \
         share the connection pool{}.\n",
        if service.idempotency_header.is_some() {
            " Unsafe requests carry an idempotency key, the same on every attempt."
        } else {
            ""
        },
        if oauth { " and the access token" } else { "" }
    ));
    let (new_params, new_credentials) = if matches!(service.auth, Auth::None) {
        (quote!(environment: Environment), quote!())
    } else {
        (
            quote!(environment: Environment, credentials: Credentials),
            quote!(let auth = #auth;),
        )
    };
    let auth_value = if matches!(service.auth, Auth::None) {
        quote!(crate::runtime::Auth::None)
    } else {
        quote!(auth)
    };
    let from_env = expand_from_env(ctx);
    let error_items = &errors.items;
    let deprecated = provider.operations.iter().any(|op| op.deprecated)
        || provider.types.iter().any(|t| t.deprecated);
    // Deprecated operations still take and return their (deprecated) models.
    let allow = deprecated.then(|| quote!(#![allow(deprecated)]));
    quote! {
        #allow

        #environment
        #credentials

        #error_items

        static SETTINGS: crate::runtime::Settings<ErrorBody> = crate::runtime::Settings {
            accept: #accept,
            idempotency_header: #idempotency_header,
            request_id_header: #request_id_header,
            request_id_field: #request_id_field,
            token_errors: #token_decoder,
        };

        /// A call of one operation: `.await` it, or set this call's time limit, retry policy
        /// or idempotency key first, or get the status and headers with
        /// [`Call::send_with_response`].
        pub type Call<'a, T> = crate::Call<'a, T, ErrorBody, Error>;

        #client_docs
        #[derive(Clone)]
        pub struct Client {
            http: crate::runtime::Http<ErrorBody>,
        }

        impl std::fmt::Debug for Client {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct("Client").field("base_url", &self.http.base_url().as_str()).finish_non_exhaustive()
            }
        }

        impl Client {
            /// A client for `environment`.
            pub fn new(#new_params) -> Self {
                #new_credentials
                Client {
                    http: crate::runtime::Http::new(environment.base_url(), #auth_value, &SETTINGS),
                }
            }

            #from_env

            /// The time limit of each attempt of a call, from sending the request to the end of
            /// the answer.
            pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
                self.http = self.http.with_timeout(timeout);
                self
            }

            /// The time limit for connecting. Replaces a client given to
            /// [`Client::with_http_client`].
            pub fn with_connect_timeout(mut self, timeout: std::time::Duration) -> Self {
                self.http = self.http.with_connect_timeout(timeout);
                self
            }

            /// How calls are retried; [`crate::RetryPolicy::none`] turns retries off.
            pub fn with_retry(mut self, policy: crate::RetryPolicy) -> Self {
                self.http = self.http.with_retry(policy);
                self
            }

            /// Sends requests through `http` (for proxies or a shared pool). Its own connect
            /// timeout and redirect policy apply: give it one that follows no redirect to
            /// another host, since requests carry credentials.
            pub fn with_http_client(mut self, http: ::reqwest::Client) -> Self {
                self.http = self.http.with_client(http);
                self
            }

            /// The URL every operation's path is appended to.
            pub fn base_url(&self) -> &crate::Url {
                self.http.base_url()
            }

            #(#methods)*

            #(#streams)*
        }
    }
}

/// `Client::from_env()`, when `provider.toml` names a variable for every required credential.
fn expand_from_env(ctx: &Ctx<'_>) -> TokenStream {
    let service = &ctx.provider.service;
    let env = &service.env;
    let names: Vec<(&str, bool)> = match &service.auth {
        Auth::None => vec![],
        Auth::ApiKeyHeaders(headers) => headers
            .iter()
            .map(|h| (h.credential.as_str(), h.default.is_none()))
            .collect(),
        Auth::OAuth2ClientCredentials { .. } => vec![("client_id", true), ("client_secret", true)],
    };
    let all_required = names
        .iter()
        .all(|(name, required)| !required || env.credentials.contains_key(*name));
    if !all_required || (env.environment.is_none() && env.credentials.is_empty()) {
        return quote!();
    }
    let mut lines = vec!["A client configured from environment variables:\n".to_string()];
    if let Some(variable) = &env.environment {
        lines.push(format!(
            "- `{variable}`: the environment, by name (`{}`) or as a base URL; the default \
             environment when unset.",
            service
                .environments
                .iter()
                .map(|e| e.name.to_ascii_lowercase())
                .collect::<Vec<_>>()
                .join("`, `")
        ));
    }
    let mut required = Vec::new();
    let mut optional = Vec::new();
    for (name, is_required) in &names {
        let Some(variable) = env.credentials.get(*name) else {
            continue;
        };
        let field = ident(&crate::naming::field_name(name));
        if *is_required {
            lines.push(format!(
                "- `{variable}` (required): the `{name}` credential."
            ));
            required.push(quote!(crate::runtime::required_env_var(#variable)?));
        } else {
            lines.push(format!(
                "- `{variable}` (optional): the `{name}` credential."
            ));
            optional.push(quote! {
                if let Some(value) = crate::runtime::env_var(#variable)? {
                    credentials.#field = Some(value);
                }
            });
        }
    }
    let docs = doc::lines_to_attrs(&(lines.join("\n") + "\n"));
    let environment = match &env.environment {
        Some(variable) => quote! {
            let environment = match crate::runtime::env_var(#variable)? {
                Some(text) => text.parse().map_err(|e: crate::ParseEnvironmentError| crate::EnvError {
                    variable: #variable,
                    problem: e.to_string(),
                })?,
                None => Environment::default(),
            };
        },
        None => quote!(let environment = Environment::default();),
    };
    let environment = match (&env.environment, service.environments.is_empty()) {
        (Some(variable), true) => quote! {
            let environment = crate::runtime::required_env_var(#variable)?
                .parse()
                .map_err(|e: crate::ParseEnvironmentError| crate::EnvError {
                    variable: #variable,
                    problem: e.to_string(),
                })?;
        },
        _ => environment,
    };
    let build = if matches!(service.auth, Auth::None) {
        quote!(Ok(Client::new(environment)))
    } else {
        let mutable = (!optional.is_empty()).then(|| quote!(mut));
        quote! {
            let #mutable credentials = Credentials::new(#(#required),*);
            #(#optional)*
            Ok(Client::new(environment, credentials))
        }
    };
    quote! {
        #docs
        pub fn from_env() -> Result<Self, crate::EnvError> {
            #environment
            #build
        }
    }
}

fn expand_environment(ctx: &Ctx<'_>) -> TokenStream {
    let environments = &ctx.provider.service.environments;
    let variants: Vec<_> = environments
        .iter()
        .map(|e| format_ident!("{}", crate::naming::type_name(&e.name)))
        .collect();
    let urls: Vec<_> = environments.iter().map(|e| e.url.as_str()).collect();
    let names: Vec<String> = environments
        .iter()
        .map(|e| e.name.to_ascii_lowercase())
        .collect();
    let docs = environments.iter().enumerate().map(|(i, e)| {
        let line = format!(" {}", doc::code(&e.url));
        // The first environment the config lists is the default.
        let default = (i == 0).then(|| quote!(#[default]));
        quote!(#[doc = #line] #default)
    });
    let derive_default = (!environments.is_empty()).then(|| quote!(Default,));
    let variants = &variants;
    let title = doc::prose(&ctx.provider.title);
    let enum_docs = doc::lines_to_attrs(&format!("Where the {title} API is served.\n"));
    quote! {
        #enum_docs
        #[derive(Clone, Debug, #derive_default PartialEq, Eq)]
        pub enum Environment {
            #( #docs #variants, )*
            /// Any other base URL: a proxy, a mock, a local test server.
            Custom(crate::Url),
        }

        impl std::str::FromStr for Environment {
            type Err = crate::ParseEnvironmentError;

            /// An environment by name, in any case (`sandbox`), or any other base URL.
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                crate::runtime::parse_environment(
                    text,
                    &[#( (#names, Environment::#variants) ),*],
                    &[#(#names),*],
                    Environment::Custom,
                )
            }
        }

        impl Environment {
            /// The URL operations' paths are appended to.
            pub fn base_url(&self) -> crate::Url {
                match self {
                    #( Environment::#variants => crate::Url::parse(#urls).expect("documented base URLs are valid"), )*
                    Environment::Custom(url) => url.clone(),
                }
            }
        }
    }
}

/// The `Credentials` type and the expression that turns it into `runtime::Auth`.
fn expand_credentials(ctx: &Ctx<'_>) -> (TokenStream, TokenStream) {
    match &ctx.provider.service.auth {
        Auth::None => (quote!(), quote!()),
        Auth::ApiKeyHeaders(headers) => {
            let required: Vec<_> = headers.iter().filter(|h| h.default.is_none()).collect();
            let optional: Vec<_> = headers.iter().filter(|h| h.default.is_some()).collect();
            let field = |h: &ApiKeyHeader| ident(&crate::naming::field_name(&h.credential));
            let field_docs = |h: &ApiKeyHeader| {
                let header = doc::code(&h.header);
                let text = if h.docs.is_empty() {
                    format!("Sent as the {header} header.")
                } else {
                    let docs = doc::clean(&h.docs, &|_| None);
                    // After more than one line (a code block, say), a paragraph of its own.
                    let gap = if docs.trim_end().contains('\n') {
                        "\n\n"
                    } else {
                        " "
                    };
                    format!("{}{gap}Sent as the {header} header.", docs.trim_end())
                };
                doc::lines_to_attrs(&text)
            };
            let req_fields = required.iter().map(|h| {
                let (name, docs) = (field(h), field_docs(h));
                quote!(#docs pub #name: String,)
            });
            let opt_fields = optional.iter().map(|h| {
                let (name, docs) = (field(h), field_docs(h));
                let default = h.default.as_deref().unwrap_or_default();
                let note = format!(" When `None`, {} is sent.", doc::code(default));
                quote!(#docs #[doc = ""] #[doc = #note] pub #name: Option<String>,)
            });
            let params = required.iter().map(|h| {
                let name = field(h);
                quote!(#name: impl Into<String>)
            });
            let inits = required
                .iter()
                .map(|h| {
                    let name = field(h);
                    quote!(#name: #name.into())
                })
                .chain(optional.iter().map(|h| {
                    let name = field(h);
                    quote!(#name: None)
                }));
            let pushes = headers.iter().map(|h| {
                let name = field(h);
                let header = h.header.to_ascii_lowercase();
                match &h.default {
                    None => quote!((#header, credentials.#name.clone())),
                    Some(default) => {
                        quote!((#header, credentials.#name.clone().unwrap_or_else(|| #default.to_owned())))
                    }
                }
            });
            let redacted = headers.iter().map(|h| {
                let name = field(h);
                let label = name.to_string();
                quote!(.field(#label, &"<redacted>"))
            });
            let with_methods = optional.iter().map(|h| {
                let name = field(h);
                let method = format_ident!("with_{}", name.to_string().trim_start_matches("r#"));
                let doc = format!(" Sends {} with this value.", doc::code(&h.header));
                quote! {
                    #[doc = #doc]
                    pub fn #method(mut self, value: impl Into<String>) -> Self {
                        self.#name = Some(value.into());
                        self
                    }
                }
            });
            let title = doc::prose(&ctx.provider.title);
            let docs =
                doc::lines_to_attrs(&format!("The credentials {title} issues to API clients.\n"));
            (
                quote! {
                    #docs
                    #[derive(Clone)]
                    pub struct Credentials {
                        #(#req_fields)*
                        #(#opt_fields)*
                    }

                    impl Credentials {
                        /// Credentials with the required values; the optional ones use their defaults.
                        pub fn new(#(#params),*) -> Self {
                            Credentials { #(#inits,)* }
                        }
                        #(#with_methods)*
                    }

                    impl std::fmt::Debug for Credentials {
                        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                            f.debug_struct("Credentials") #(#redacted)* .finish()
                        }
                    }
                },
                quote!(crate::runtime::Auth::headers(vec![#(#pushes),*])),
            )
        }
        Auth::OAuth2ClientCredentials { token_path } => {
            let segments = path_literals(token_path);
            let title = doc::prose(&ctx.provider.title);
            let token_request = doc::code(&format!("POST {token_path}"));
            let docs = doc::lines_to_attrs(&format!(
                "The application key and secret {title} issues. The client exchanges them for an \
                 access token (OAuth 2.0 client credentials, {token_request}) and reuses it \
                 until shortly before it expires.\n"
            ));
            (
                quote! {
                    #docs
                    #[derive(Clone)]
                    pub struct Credentials {
                        pub client_id: String,
                        pub client_secret: String,
                    }

                    impl Credentials {
                        pub fn new(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
                            Credentials { client_id: client_id.into(), client_secret: client_secret.into() }
                        }
                    }

                    impl std::fmt::Debug for Credentials {
                        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                            f.debug_struct("Credentials").field("client_id", &self.client_id).field("client_secret", &"<redacted>").finish()
                        }
                    }
                },
                quote!(crate::runtime::Auth::OAuth2(std::sync::Arc::new(
                    crate::runtime::auth::TokenSource::new(credentials.client_id, credentials.client_secret, &[#(#segments),*], #token_path)
                ))),
            )
        }
    }
}

/// The literal segments of a path without placeholders.
fn path_literals(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

fn expand_operation(
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
        let value = match (body.field, request_struct) {
            (Some(index), Some((id, _))) => {
                let field = ident(ctx.names.field(id, index));
                quote!(&request.#field)
            }
            _ => quote!(request),
        };
        steps.push(match &body.encoding {
            BodyEncoding::Json { content_type } => {
                quote!(builder = crate::runtime::json_body(builder, #content_type, #value)?;)
            }
            BodyEncoding::Form => quote!(builder = crate::runtime::form_body(builder, #value);),
            BodyEncoding::Binary { content_type } => {
                quote!(builder = crate::runtime::bytes_body(builder, #content_type, #value);)
            }
            BodyEncoding::Multipart => multipart(ctx, &body.ty, value),
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
