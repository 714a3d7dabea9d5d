//! IR to Rust: one `quote!` function per construct, collected per output file.
//!
//! Generated code names std and dependency items by absolute path (`String`,
//! `::serde::Serialize`) so that a model called `Option` or `String` cannot shadow them, and
//! refers to sibling models through `super::`.

mod client;
pub mod doc;
mod krate;
mod tests;
mod types;

use crate::ir::*;
use crate::naming::{self, Names};
use proc_macro2::TokenStream;
use quote::quote;
use std::collections::{BTreeMap, BTreeSet};

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
    /// Rust items, with the comment that goes above them.
    Rust {
        header: String,
        tokens: TokenStream,
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
                tokens: krate::lib_rs(self.api),
            },
            Job::ProviderMod { provider } => {
                let ctx = &self.ctxs[*provider];
                Item::Rust {
                    header: header(&format!("{}/", ctx.provider.name)),
                    tokens: krate::provider_mod(ctx, tests::has_tests(ctx)),
                }
            }
            Job::ModelsMod { provider } => {
                let ctx = &self.ctxs[*provider];
                Item::Rust {
                    header: header(&format!("{}/", ctx.provider.name)),
                    tokens: krate::models_mod(ctx),
                }
            }
            Job::Client { provider } => {
                let ctx = &self.ctxs[*provider];
                Item::Rust {
                    header: header(&format!("{}/", ctx.provider.name)),
                    tokens: client::expand_client(ctx),
                }
            }
            Job::Tests { provider } => {
                let ctx = &self.ctxs[*provider];
                Item::Rust {
                    header: format!(
                        "// @generated from the examples in specs/{}/. {REGENERATE}",
                        ctx.provider.name
                    ),
                    tokens: tests::expand_tests(ctx),
                }
            }
            Job::Models { provider, group } => {
                let ctx = &self.ctxs[*provider];
                let types = ctx.names.members[group]
                    .iter()
                    .map(|id| types::expand_type(ctx, *id));
                Item::Rust {
                    header: format!(
                        "// @generated from specs/{}/: the models whose names start with `{}`. {REGENERATE}",
                        ctx.provider.name,
                        heck::ToUpperCamelCase::to_upper_camel_case(group.trim_end_matches('_'))
                    ),
                    tokens: quote!(#(#types)*),
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
    /// Struct fields and union members that must be boxed to break a cycle.
    pub boxed: BTreeSet<(TypeId, usize)>,
    /// Struct fields that a tagged union writes as its tag (left out of the struct).
    pub tag_fields: BTreeSet<(TypeId, usize)>,
}

impl<'a> Ctx<'a> {
    pub fn new(provider: &'a Provider) -> Self {
        Ctx {
            provider,
            names: naming::assign(provider),
            boxed: boxed_edges(provider),
            tag_fields: tag_fields(provider),
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
                Primitive::Bytes => quote!(Vec<u8>),
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

    /// The type of a struct field, boxed when it closes a cycle.
    pub fn field_type(
        &self,
        owner: TypeId,
        index: usize,
        ty: &TypeRef,
        place: Place,
    ) -> TokenStream {
        let inner = self.rust_type(ty, place);
        if self.boxed.contains(&(owner, index)) {
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

    pub fn type_docs(&self, def: &TypeDef) -> TokenStream {
        if def.docs.trim().is_empty() {
            let line = format!(" `{}` from the {} docs.", def.name, self.provider.title);
            return quote!(#[doc = #line]);
        }
        self.docs(&def.docs)
    }

    pub fn field_docs(&self, field: &Field) -> TokenStream {
        let mut text = doc::clean(&field.docs, &|id| self.doc_link(id));
        if text.trim() == "N/A" {
            text.clear();
        }
        if let Some(example) = &field.example {
            if !text.is_empty() {
                text.push('\n');
            }
            let fence = if example.contains('`') { "``" } else { "`" };
            text.push_str(&format!(
                "Example: {fence}{}{fence}\n",
                example.replace('\n', " ")
            ));
        }
        doc::lines_to_attrs(&text)
    }
}

/// Struct fields and union members whose type leads back to their owner without passing
/// through a `Vec` or a map: without a `Box`, such a type would have infinite size.
fn boxed_edges(provider: &Provider) -> BTreeSet<(TypeId, usize)> {
    let direct = |id: TypeId| -> Vec<(usize, TypeId)> {
        match &provider.ty(id).kind {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .enumerate()
                .filter_map(|(i, f)| match f.ty {
                    TypeRef::Named(target) => Some((i, target)),
                    _ => None,
                })
                .collect(),
            TypeKind::Union(u) => u
                .members
                .iter()
                .enumerate()
                .filter_map(|(i, m)| match m.ty {
                    TypeRef::Named(target) => Some((i, target)),
                    _ => None,
                })
                .collect(),
            TypeKind::Enum(_) => Vec::new(),
        }
    };
    let components = strongly_connected(provider.types.len(), |id| {
        direct(TypeId(id as u32))
            .into_iter()
            .map(|(_, t)| t.0 as usize)
            .collect()
    });
    let mut boxed = BTreeSet::new();
    for id in provider.type_ids() {
        for (index, target) in direct(id) {
            if components[id.0 as usize] == components[target.0 as usize] {
                boxed.insert((id, index));
            }
        }
    }
    boxed
}

/// Tarjan's algorithm: the component number of each node.
fn strongly_connected(count: usize, edges: impl Fn(usize) -> Vec<usize>) -> Vec<usize> {
    struct State {
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        component: Vec<usize>,
        next_index: usize,
        next_component: usize,
    }
    let mut s = State {
        index: vec![None; count],
        low: vec![0; count],
        on_stack: vec![false; count],
        stack: Vec::new(),
        component: vec![usize::MAX; count],
        next_index: 0,
        next_component: 0,
    };
    // Iterative, so deep type chains cannot overflow the stack.
    for root in 0..count {
        if s.index[root].is_some() {
            continue;
        }
        let mut work: Vec<(usize, Vec<usize>, usize)> = vec![(root, edges(root), 0)];
        s.index[root] = Some(s.next_index);
        s.low[root] = s.next_index;
        s.next_index += 1;
        s.stack.push(root);
        s.on_stack[root] = true;
        while let Some((node, targets, position)) = work.last_mut() {
            let node = *node;
            if let Some(&target) = targets.get(*position) {
                *position += 1;
                match s.index[target] {
                    None => {
                        s.index[target] = Some(s.next_index);
                        s.low[target] = s.next_index;
                        s.next_index += 1;
                        s.stack.push(target);
                        s.on_stack[target] = true;
                        work.push((target, edges(target), 0));
                    }
                    Some(target_index) if s.on_stack[target] => {
                        s.low[node] = s.low[node].min(target_index);
                    }
                    Some(_) => {}
                }
                continue;
            }
            work.pop();
            if let Some((parent, _, _)) = work.last() {
                s.low[*parent] = s.low[*parent].min(s.low[node]);
            }
            if Some(s.low[node]) == s.index[node] {
                while let Some(member) = s.stack.pop() {
                    s.on_stack[member] = false;
                    s.component[member] = s.next_component;
                    if member == node {
                        break;
                    }
                }
                s.next_component += 1;
            }
        }
    }
    s.component
}

fn tag_fields(provider: &Provider) -> BTreeSet<(TypeId, usize)> {
    let mut tags = BTreeSet::new();
    for def in &provider.types {
        let TypeKind::Union(union) = &def.kind else {
            continue;
        };
        let Some(tag) = &union.discriminator else {
            continue;
        };
        for member in &union.members {
            let TypeRef::Named(id) = member.ty else {
                continue;
            };
            if let TypeKind::Struct(s) = &provider.ty(id).kind {
                if let Some(index) = s.fields.iter().position(|f| &f.wire_name == tag) {
                    tags.insert((id, index));
                }
            }
        }
    }
    tags
}

#[cfg(test)]
mod unit_tests {
    use super::strongly_connected;

    #[test]
    fn cycles_share_a_component() {
        // 0 -> 1 -> 2 -> 0, 2 -> 3, 3 -> 3
        let edges = |n: usize| match n {
            0 => vec![1],
            1 => vec![2],
            2 => vec![0, 3],
            3 => vec![3],
            _ => vec![],
        };
        let c = strongly_connected(5, edges);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[2], c[3]);
        assert_ne!(c[3], c[4]);
    }
}
