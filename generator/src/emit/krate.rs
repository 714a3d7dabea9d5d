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

impl CrateOptions {
    /// Options for a crate named `name`, if Cargo accepts it as a package name and the
    /// library it names can be used from Rust; otherwise why not.
    pub fn new(name: impl Into<String>) -> Result<Self, String> {
        let name = name.into();
        check_crate_name(&name)?;
        Ok(CrateOptions { name })
    }
}

/// Why `name` cannot name the generated crate, if it cannot.
///
/// Cargo's rules for a package name (`cargo new` and crates.io): ASCII letters, digits, `-`
/// and `_`, starting with a letter, at most 64 characters; not a Rust keyword (the library is
/// `use`d by that name, `-` read as `_`), not a crate every build already has (`std`, `core`,
/// `alloc`, `proc_macro`, `test`) and not a name Windows reserves for devices.
fn check_crate_name(name: &str) -> Result<(), String> {
    const RESERVED: &[&str] = &[
        "std",
        "core",
        "alloc",
        "proc_macro",
        "test",
        "gen",
        "con",
        "prn",
        "aux",
        "nul",
        "com1",
        "com2",
        "com3",
        "com4",
        "com5",
        "com6",
        "com7",
        "com8",
        "com9",
        "lpt1",
        "lpt2",
        "lpt3",
        "lpt4",
        "lpt5",
        "lpt6",
        "lpt7",
        "lpt8",
        "lpt9",
    ];
    let Some(first) = name.chars().next() else {
        return Err("a crate name cannot be empty".into());
    };
    if !first.is_ascii_alphabetic() {
        return Err(format!(
            "`{}` does not start with an ASCII letter",
            name.escape_debug()
        ));
    }
    if let Some(bad) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(format!(
            "`{}` holds `{}`; only ASCII letters, digits, `-` and `_` are allowed",
            name.escape_debug(),
            bad.escape_debug()
        ));
    }
    if name.len() > 64 {
        return Err(format!("`{name}` is longer than 64 characters"));
    }
    let library = name.replace('-', "_");
    if syn::parse_str::<syn::Ident>(&library).is_err() || library == "_" {
        return Err(format!("`{name}` is a Rust keyword"));
    }
    if RESERVED.contains(&library.to_ascii_lowercase().as_str()) {
        return Err(format!("`{name}` is a reserved name"));
    }
    Ok(())
}

/// The runtime shared by all clients, copied as written: (path in the crate, text).
const RUNTIME: &[(&str, &str)] = &[
    ("src/runtime.rs", include_str!("../../runtime/runtime.rs")),
    (
        "src/runtime/auth.rs",
        include_str!("../../runtime/runtime/auth.rs"),
    ),
    (
        "src/runtime/bytes.rs",
        include_str!("../../runtime/runtime/bytes.rs"),
    ),
    (
        "src/runtime/error.rs",
        include_str!("../../runtime/runtime/error.rs"),
    ),
    (
        "src/runtime/paging.rs",
        include_str!("../../runtime/runtime/paging.rs"),
    ),
    (
        "src/runtime/params.rs",
        include_str!("../../runtime/runtime/params.rs"),
    ),
    (
        "src/runtime/retry.rs",
        include_str!("../../runtime/runtime/retry.rs"),
    ),
    (
        "src/runtime/wire.rs",
        include_str!("../../runtime/runtime/wire.rs"),
    ),
    (
        "src/runtime/testing.rs",
        include_str!("../../runtime/runtime/testing.rs"),
    ),
];

pub fn crate_files(api: &Api, options: &CrateOptions, files: &mut BTreeMap<String, Job>) {
    files.insert("Cargo.toml".into(), Job::Text(cargo_toml(api, options)));
    for (path, text) in RUNTIME {
        let from = path.replacen("src/", "runtime/", 1);
        files.insert(
            (*path).into(),
            Job::Text(format!(
                "// @generated: copied from the generator's {from}. Do not edit.\n\n{text}"
            )),
        );
    }
    files.insert("src/lib.rs".into(), Job::Lib);
}

/// What the generated `Cargo.toml` depends on: fixed by the generator, never from the specs.
const DEPENDENCIES: &str = r#"
[dependencies]
base64 = "0.22"
chrono = { version = "0.4.40", default-features = false, features = ["serde", "std"] }
fastrand = "2"
futures-util = { version = "0.3.31", default-features = false }
httpdate = "1"
monostate = "1"
reqwest = { version = "0.13", default-features = false, features = ["rustls", "form", "query", "multipart", "http2", "charset"] }
serde = { version = "1.0.200", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", default-features = false, features = ["sync", "time"] }
tracing = { version = "0.1.40", default-features = false, features = ["std"] }
uuid = { version = "1", features = ["v4"] }

[dev-dependencies]
tokio = { version = "1", features = ["macros", "rt-multi-thread"] }
"#;

/// The `[package]` and `[features]` tables: everything in `Cargo.toml` that depends on the
/// specs or the options, so everything the `toml` serializer quotes.
#[derive(serde::Serialize)]
struct Manifest<'a> {
    package: Package<'a>,
    features: Features<'a>,
}

#[derive(serde::Serialize)]
struct Package<'a> {
    name: &'a str,
    version: &'static str,
    edition: &'static str,
    #[serde(rename = "rust-version")]
    rust_version: &'static str,
    description: String,
    publish: bool,
}

/// `default` first, then one empty feature per provider.
struct Features<'a>(&'a [&'a str]);

impl serde::Serialize for Features<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let none: [&str; 0] = [];
        let mut map = serializer.serialize_map(Some(self.0.len() + 1))?;
        map.serialize_entry("default", self.0)?;
        for provider in self.0 {
            map.serialize_entry(provider, &none)?;
        }
        map.end()
    }
}

/// `Cargo.toml`, written by the `toml` serializer: a title holding a quote, a newline or a
/// `[section]` stays inside its string and cannot add a key (a `build` script, say).
fn cargo_toml(api: &Api, options: &CrateOptions) -> String {
    let providers: Vec<&str> = api.providers.iter().map(|p| p.name.as_str()).collect();
    let titles: Vec<&str> = api.providers.iter().map(|p| p.title.as_str()).collect();
    let manifest = Manifest {
        package: Package {
            name: &options.name,
            version: "0.1.0",
            edition: "2021",
            rust_version: "1.85",
            description: format!(
                "Typed clients for the {} APIs, generated from their documentation",
                titles.join(" and ")
            ),
            publish: false,
        },
        features: Features(&providers),
    };
    let tables = toml::to_string(&manifest)
        .expect("TOML represents any string, so strings, bools and arrays always serialize");
    format!(
        "# @generated from specs/. Do not edit: run `cargo run -p generator -- generate`.\n\
         {tables}{DEPENDENCIES}"
    )
}

pub fn lib_rs(api: &Api) -> TokenStream {
    let titles: Vec<String> = api
        .providers
        .iter()
        .map(|p| format!("- [`{}`]: the {} API", p.name, doc::prose(&p.title)))
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
        pub use runtime::{
            ApiError, Bytes, Call, DecodeError, DecodeProblem, Endpoint, EnvError, ErrorModel, InvalidRequest,
            Location, ParseEnvironmentError, Response, RetryPolicy, TransportError, TransportKind,
            DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
        };
        /// URLs, as environments and created resources give them.
        #any
        pub use reqwest::Url;
        /// The streams list operations return (their pages, their items), and the methods that
        /// read them (`next`, `try_collect`).
        #any
        pub use futures_util::{Stream, StreamExt, TryStreamExt};

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
        .map(|e| doc::code(&e.url))
        .collect();
    let mut text = format!(
        "The {} API: {} and {}.\n",
        doc::prose(&provider.title),
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

        pub use client::{Call, Client, Environment, Error, ErrorBody};
        #credentials
    }
}

pub fn models_mod(ctx: &Ctx<'_>) -> TokenStream {
    let docs = doc::inner_attrs(&format!(
        "Models of the {} API.\n",
        doc::prose(&ctx.provider.title)
    ));
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
