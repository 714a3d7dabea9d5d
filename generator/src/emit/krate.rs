//! The crate around the models and clients: `Cargo.toml`, `lib.rs`, module files, runtime.

use super::types::ident;
use super::{doc, Ctx, Job};
use crate::ir::Api;
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

/// Settings for the generated crate.
#[derive(Clone, Debug)]
pub struct CrateOptions {
    /// The package name in `Cargo.toml`.
    pub name: String,
}

impl Default for CrateOptions {
    fn default() -> Self {
        CrateOptions {
            name: "generated".to_string(),
        }
    }
}

/// The runtime shared by all clients, copied as written.
const RUNTIME: &str = include_str!("../../runtime/runtime.rs");

pub fn crate_files(api: &Api, options: &CrateOptions, files: &mut BTreeMap<String, Job>) {
    files.insert("Cargo.toml".into(), Job::Text(cargo_toml(api, options)));
    files.insert(
        "src/runtime.rs".into(),
        Job::Text(format!(
            "// @generated: copied from the generator's runtime/runtime.rs. Do not edit.\n\n{RUNTIME}"
        )),
    );
    files.insert("src/lib.rs".into(), Job::Lib);
}

fn cargo_toml(api: &Api, options: &CrateOptions) -> String {
    let providers: Vec<&str> = api.providers.iter().map(|p| p.name.as_str()).collect();
    let titles: Vec<&str> = api.providers.iter().map(|p| p.title.as_str()).collect();
    let default = providers
        .iter()
        .map(|p| format!("\"{p}\""))
        .collect::<Vec<_>>()
        .join(", ");
    let features: String = providers.iter().map(|p| format!("{p} = []\n")).collect();
    format!(
        r#"# @generated from specs/. Do not edit: run `cargo run -p generator -- generate`.
[package]
name = "{name}"
version = "0.1.0"
edition = "2021"
rust-version = "1.85"
description = "Typed clients for the {titles} APIs, generated from their documentation"
publish = false

[features]
default = [{default}]
{features}
[dependencies]
chrono = {{ version = "0.4.40", default-features = false, features = ["serde", "std"] }}
monostate = "1"
reqwest = {{ version = "0.13", default-features = false, features = ["rustls", "form", "query", "multipart", "http2", "charset"] }}
serde = {{ version = "1.0.200", features = ["derive"] }}
serde_json = "1"
tokio = {{ version = "1", default-features = false, features = ["sync"] }}

[dev-dependencies]
tokio = {{ version = "1", features = ["macros", "rt-multi-thread"] }}
"#,
        name = options.name,
        titles = titles.join(" and "),
    )
}

pub fn lib_rs(api: &Api) -> TokenStream {
    let titles: Vec<String> = api
        .providers
        .iter()
        .map(|p| format!("- [`{}`]: the {} API", p.name, p.title))
        .collect();
    let docs = doc::inner_attrs(&format!(
        "Typed clients for HTTP APIs, generated from their documentation.\n\n{}\n\nEach provider \
         sits behind a Cargo feature of its name (all on by default).\n",
        titles.join("\n")
    ));
    let features: Vec<&str> = api.providers.iter().map(|p| p.name.as_str()).collect();
    let any = match features.as_slice() {
        [one] => quote!(#[cfg(feature = #one)]),
        many => quote!(#[cfg(any(#(feature = #many),*))]),
    };
    let modules = api.providers.iter().map(|p| {
        let feature = &p.name;
        let module = ident(&p.name);
        quote! {
            #[cfg(feature = #feature)]
            pub mod #module;
        }
    });
    quote! {
        #docs
        #any
        mod runtime;
        #any
        pub use runtime::{ApiError, DecodeError, Error, Location};
        /// URLs, as environments and created resources give them.
        #any
        pub use reqwest::Url;

        /// A model's builder was asked to build without one of the model's required fields.
        #any
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct BuildError {
            /// The model's name.
            pub model: &'static str,
            /// The field that was not set.
            pub field: &'static str,
        }

        #any
        impl std::fmt::Display for BuildError {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, "`{}` needs `{}`, which was not set", self.model, self.field)
            }
        }

        #any
        impl std::error::Error for BuildError {}
        #(#modules)*
    }
}

pub fn provider_mod(ctx: &Ctx<'_>, has_tests: bool) -> TokenStream {
    let provider = ctx.provider;
    let environments: Vec<String> = provider
        .service
        .environments
        .iter()
        .map(|e| format!("`{}`", e.url))
        .collect();
    let mut text = format!(
        "The {} API: {} and {}.\n",
        provider.title,
        plural(provider.types.len(), "model"),
        plural(provider.operations.len(), "operation")
    );
    if !environments.is_empty() {
        text.push_str(&format!("\nServed at {}.\n", environments.join(", ")));
    }
    let docs = doc::inner_attrs(&text);
    let tests = has_tests.then(|| {
        quote! {
            #[cfg(test)]
            mod tests;
        }
    });
    let credentials = (!matches!(provider.service.auth, crate::ir::Auth::None)).then(|| {
        quote!(
            pub use client::Credentials;
        )
    });
    quote! {
        #docs
        mod client;
        pub mod models;
        #tests

        pub use client::{Client, Environment, Error};
        #credentials
    }
}

pub fn models_mod(ctx: &Ctx<'_>) -> TokenStream {
    let docs = doc::inner_attrs(&format!("Models of the {} API.\n", ctx.provider.title));
    let items = ctx.names.members.iter().map(|(group, ids)| {
        let mut names: Vec<&str> = Vec::new();
        for id in ids {
            names.push(ctx.names.ty(*id));
            let builder = ctx.names.builder(*id);
            if !builder.is_empty() && super::structs::has_builder(ctx, *id) {
                names.push(builder);
            }
        }
        names.sort_unstable();
        let module = ident(group);
        let names = names.into_iter().map(ident);
        let deprecated = ids
            .iter()
            .any(|id| ctx.provider.ty(*id).deprecated)
            .then(|| quote!(#[allow(deprecated)]));
        quote! {
            mod #module;
            #deprecated
            pub use self::#module::{#(#names),*};
        }
    });
    let redacted = super::secrets::any(ctx).then(|| {
        quote! {
            /// Shown by `Debug` in place of a secret.
            struct Redacted;

            impl std::fmt::Debug for Redacted {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str("<redacted>")
                }
            }
        }
    });
    // Unions hold their members by value, as the docs define them.
    quote! {
        #docs
        #![allow(clippy::too_many_arguments, clippy::large_enum_variant)]
        #(#items)*
        #redacted
    }
}

/// `1 model`, `2 models`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
