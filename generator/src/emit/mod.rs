//! IR to Rust: one `quote!` function per construct, collected per output file.
//!
//! Generated code names std and dependency items by absolute path (`String`,
//! `::serde::Serialize`) so that a model called `Option` or `String` cannot shadow them, and
//! refers to sibling models through `super::`.

mod client;
pub mod doc;
mod errors;
mod krate;
mod operation;
mod paging;
mod redaction;
mod secrets;
mod structs;
mod tests;
mod types;
mod wire;

use crate::ir::*;
use crate::naming::{self, Names};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::BTreeMap;

pub use krate::CrateOptions;

/// How to produce one file of the generated crate.
///
/// Token streams cannot cross threads, so the plan lists files as jobs; whoever formats a
/// file expands its tokens first ([`Plan::expand`]).
#[derive(Clone, Debug)]
pub enum Job {
    /// Text written as it is.
    Text(String),
    Lib,
    ProviderMod {
        provider: usize,
    },
    ModelsMod {
        provider: usize,
    },
    Client {
        provider: usize,
    },
    Tests {
        provider: usize,
    },
    /// One file of `models/`: the types of one group, in documented order.
    Models {
        provider: usize,
        group: String,
    },
}

/// Every file of the generated crate, by path relative to the crate root, in path order.
pub struct Plan<'a> {
    pub api: &'a Api,
    pub files: BTreeMap<String, Job>,
    ctxs: Vec<Ctx<'a>>,
}

/// Plans the whole crate.
pub fn emit<'a>(api: &'a Api, options: &CrateOptions) -> Plan<'a> {
    let mut files = BTreeMap::new();
    krate::crate_files(api, options, &mut files);
    let ctxs: Vec<Ctx<'a>> = api.providers.iter().map(Ctx::new).collect();
    for (index, ctx) in ctxs.iter().enumerate() {
        let dir = format!("src/{}", ctx.provider.name);
        for group in ctx.names.members.keys() {
            files.insert(
                format!("{dir}/models/{group}.rs"),
                Job::Models {
                    provider: index,
                    group: group.to_string(),
                },
            );
        }
        files.insert(
            format!("{dir}/models/mod.rs"),
            Job::ModelsMod { provider: index },
        );
        files.insert(format!("{dir}/client.rs"), Job::Client { provider: index });
        if tests::has_tests(ctx) {
            files.insert(format!("{dir}/tests.rs"), Job::Tests { provider: index });
        }
        files.insert(
            format!("{dir}/mod.rs"),
            Job::ProviderMod { provider: index },
        );
    }
    Plan { api, files, ctxs }
}

/// What a job expands to.
pub enum Item {
    Text(String),
    /// Rust items, with the comment that goes above them, in parts (a models file has one per
    /// type) that are each parsed and printed on their own, so a large file never has all its
    /// syntax in memory at once.
    Rust {
        header: String,
        parts: Vec<TokenStream>,
    },
}

const REGENERATE: &str = "Do not edit: run `cargo run -p generator -- generate`.";

impl Plan<'_> {
    /// A rough measure of how much code a job expands to, for scheduling.
    pub fn size(&self, job: &Job) -> usize {
        match job {
            Job::Models { provider, group } => {
                let ctx = &self.ctxs[*provider];
                ctx.names.members[group]
                    .iter()
                    .map(|id| match &ctx.provider.ty(*id).kind {
                        TypeKind::Struct(s) => 2 + s.fields.len(),
                        TypeKind::Enum(e) => 2 + e.values.len(),
                        TypeKind::Union(u) => 2 + u.members.len(),
                    })
                    .sum()
            }
            Job::Client { provider } => 4 * self.ctxs[*provider].provider.operations.len(),
            Job::Tests { provider } => self.ctxs[*provider].provider.types.len(),
            Job::ModelsMod { provider } => self.ctxs[*provider].provider.types.len() / 4,
            Job::Text(_) | Job::Lib | Job::ProviderMod { .. } => 0,
        }
    }

    pub fn expand(&self, job: &Job) -> Item {
        let header = |from: &str| format!("// @generated from specs/{from}. {REGENERATE}");
        match job {
            Job::Text(text) => Item::Text(text.clone()),
            Job::Lib => Item::Rust {
                header: header(""),
                parts: vec![krate::lib_rs(self.api)],
            },
            Job::ProviderMod { provider } => {
                let ctx = &self.ctxs[*provider];
                Item::Rust {
                    header: header(&format!("{}/", ctx.provider.name)),
                    parts: vec![krate::provider_mod(ctx, tests::has_tests(ctx))],
                }
            }
            Job::ModelsMod { provider } => {
                let ctx = &self.ctxs[*provider];
                Item::Rust {
                    header: header(&format!("{}/", ctx.provider.name)),
                    parts: vec![krate::models_mod(ctx)],
                }
            }
            Job::Client { provider } => {
                let ctx = &self.ctxs[*provider];
                Item::Rust {
                    header: header(&format!("{}/", ctx.provider.name)),
                    parts: vec![client::expand_client(ctx)],
                }
            }
            Job::Tests { provider } => {
                let ctx = &self.ctxs[*provider];
                Item::Rust {
                    header: format!(
                        "// @generated from the examples in specs/{}/. {REGENERATE}",
                        ctx.provider.name
                    ),
                    parts: vec![tests::expand_tests(ctx)],
                }
            }
            Job::Models { provider, group } => {
                let ctx = &self.ctxs[*provider];
                let parts = ctx.names.members[group]
                    .iter()
                    .map(|id| types::expand_type(ctx, *id))
                    .collect();
                Item::Rust {
                    header: if group == naming::SHARED_GROUP {
                        format!(
                            "// @generated from specs/{}/: the models that several resources, or no operation, use. {REGENERATE}",
                            ctx.provider.name
                        )
                    } else {
                        format!(
                            "// @generated from specs/{}/: the models of the `{}` operations. {REGENERATE}",
                            ctx.provider.name,
                            group.trim_end_matches('_')
                        )
                    },
                    parts,
                }
            }
        }
    }
}

/// Where generated code sits, for the path it uses to name models.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In `models/<type>.rs`: siblings are `super::X`.
    Models,
    /// In `<provider>/client.rs` or `tests.rs`: `super::models::X`.
    Provider,
}

/// What every emitter of one provider needs.
pub struct Ctx<'a> {
    pub provider: &'a Provider,
    pub names: Names,
    /// Which struct fields hold secrets.
    pub secrets: secrets::Secrets,
    /// Per type, the first operation that takes, sends, returns or fails with it.
    uses: Vec<[Option<usize>; 4]>,
}

/// The places an operation uses a type, in the order [`Ctx::type_docs`] prefers them.
const TAKES: usize = 0;
const SENDS: usize = 1;
const RETURNS: usize = 2;
const FAILS_WITH: usize = 3;

/// [`Ctx::uses`], found in one pass over the operations (not one per type).
fn first_uses(provider: &Provider) -> Vec<[Option<usize>; 4]> {
    let mut uses = vec![[None; 4]; provider.types.len()];
    let mut note = |ty: Option<&TypeRef>, place: usize, op: usize| {
        if let Some(TypeRef::Named(id)) = ty {
            uses[id.0 as usize][place].get_or_insert(op);
        }
    };
    for (op, operation) in provider.operations.iter().enumerate() {
        note(operation.request.map(TypeRef::Named).as_ref(), TAKES, op);
        note(operation.body.as_ref().map(|b| &b.ty), SENDS, op);
        if let Response::Body(ty) = &operation.response {
            note(Some(ty), RETURNS, op);
        }
        for error in &operation.errors {
            note(error.ty.as_ref(), FAILS_WITH, op);
        }
    }
    uses
}

impl<'a> Ctx<'a> {
    pub fn new(provider: &'a Provider) -> Self {
        Ctx {
            provider,
            names: naming::assign(provider),
            secrets: secrets::Secrets::new(provider),
            uses: first_uses(provider),
        }
    }

    /// The Rust type of an IR type.
    pub fn rust_type(&self, ty: &TypeRef, place: Place) -> TokenStream {
        match ty {
            TypeRef::Primitive(p) => match p {
                Primitive::String => quote!(String),
                Primitive::Integer => quote!(i64),
                Primitive::Number => quote!(f64),
                Primitive::Boolean => quote!(bool),
                Primitive::Date => quote!(::chrono::NaiveDate),
                Primitive::DateTime => quote!(::chrono::DateTime<::chrono::Utc>),
                Primitive::Bytes => quote!(crate::Bytes),
                Primitive::Any => quote!(::serde_json::Value),
            },
            TypeRef::List(inner) => {
                let inner = self.rust_type(inner, place);
                quote!(Vec<#inner>)
            }
            TypeRef::Map(inner) => {
                let inner = self.rust_type(inner, place);
                quote!(std::collections::BTreeMap<String, #inner>)
            }
            TypeRef::Named(id) => {
                let name = types::ident(self.names.ty(*id));
                match place {
                    Place::Models => quote!(super::#name),
                    Place::Provider => quote!(super::models::#name),
                }
            }
            TypeRef::Literal(value) => {
                let literal: TokenStream = match value {
                    serde_json::Value::String(s) => quote!(#s),
                    other => other.to_string().parse().unwrap_or_else(|_| quote!(())),
                };
                quote!(::monostate::MustBe!(#literal))
            }
        }
    }

    /// The type of a struct field or union member, boxed when it closes a cycle.
    pub fn field_type(&self, ty: &TypeRef, boxed: bool, place: Place) -> TokenStream {
        let inner = self.rust_type(ty, place);
        if boxed {
            quote!(Box<#inner>)
        } else {
            inner
        }
    }

    /// The intra-doc path of a type, for links in docs.
    pub fn doc_link(&self, id: u32) -> Option<String> {
        let name = self.names.types.get(id as usize)?;
        Some(format!("crate::{}::models::{name}", self.provider.name))
    }

    pub fn docs(&self, markdown: &str) -> TokenStream {
        doc::attrs(markdown, &|id| self.doc_link(id))
    }

    /// A type's description; without one, what the type is for when an operation says so
    /// (its request, body or answer), else nothing.
    pub fn type_docs(&self, id: TypeId) -> TokenStream {
        let def = self.provider.ty(id);
        if !def.docs.trim().is_empty() {
            return self.docs(&def.docs);
        }
        let method = |index: usize| {
            let name = self.names.operations[index].trim_start_matches("r#");
            format!(
                "[`Client::{name}`](crate::{}::Client::{name})",
                self.provider.name
            )
        };
        let uses = &self.uses[id.0 as usize];
        let line = if let Some(i) = uses[TAKES] {
            format!(" What {} takes.", method(i))
        } else if let Some(i) = uses[SENDS] {
            format!(" The body {} sends.", method(i))
        } else if let Some(i) = uses[RETURNS] {
            format!(" What {} returns.", method(i))
        } else if let Some(i) = uses[FAILS_WITH] {
            format!(" An error {} can return.", method(i))
        } else {
            return TokenStream::new();
        };
        quote!(#[doc = #line])
    }

    pub fn field_docs(&self, field: &Field) -> TokenStream {
        let mut text = doc::clean(&field.docs, &|id| self.doc_link(id));
        if text.trim() == "N/A" {
            text.clear();
        }
        if !field.examples.is_empty() {
            if !text.is_empty() {
                text.push('\n');
            }
            let shown: Vec<String> = field
                .examples
                .iter()
                .map(|example| {
                    let fence = if example.contains('`') { "``" } else { "`" };
                    format!("{fence}{}{fence}", example.replace('\n', " "))
                })
                .collect();
            let label = if shown.len() == 1 {
                "Example"
            } else {
                "Examples"
            };
            text.push_str(&format!("{label}: {}\n", shown.join(", ")));
        }
        doc::lines_to_attrs(&text)
    }
}
