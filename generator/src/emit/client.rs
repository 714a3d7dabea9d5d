//! A provider's client: environments, credentials, and one async method per operation.

use super::operation::{expand_operation, path_literals};
use super::types::ident;
use super::{doc, Ctx};
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
