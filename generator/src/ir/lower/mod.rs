//! Document model to IR, in passes with narrow inputs:
//!
//! 1. [`index`]: every page by path and title; a [`TypeId`] for each type page; references
//!    (links and names) resolved to types;
//! 2. [`types`]: model, enum and union pages to type definitions;
//! 3. [`operations`]: operations bound to their request and response types, each request
//!    field placed in the path, query, headers or body;
//! 4. [`service`]: environments, authentication and the error model from `provider.toml`;
//! 5. [`super::analysis`]: what follows from the whole arena (union tags, boxed cycles,
//!    pagination, with what `provider.toml` says about each operation's pages).
//!
//! Lowering knows no page format: the pages arrive interpreted (`crate::read`), with their
//! Type cells read and their formats' conventions applied.

mod index;
mod operations;
mod parameters;
mod service;
mod types;

pub use crate::docs::{join, namespace_of};

use super::*;
use crate::config::ProviderConfig;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::docs::Page;
use crate::source::{FileId, Sources};

/// Everything one provider's folder holds, interpreted.
pub struct ProviderInput<'a> {
    pub name: &'a str,
    pub pages: &'a [Page],
    pub sources: &'a Sources,
    pub config: &'a ProviderConfig,
    pub config_file: Option<FileId>,
}

/// Where the passes report: problems, and counts for the run summary.
pub(crate) struct Found<'d> {
    pub diagnostics: &'d mut Diagnostics,
    pub stats: Stats,
}

impl Found<'_> {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Counts one decision the generator made where the docs were silent.
    pub fn infer(&mut self, what: &'static str) {
        *self.stats.inferred.entry(what).or_default() += 1;
    }
}

/// Lowers one provider's pages to IR. Problems go to `diagnostics`; the result is only
/// meaningful when no error was reported.
pub fn lower(input: &ProviderInput<'_>, diagnostics: &mut Diagnostics) -> (Provider, Stats) {
    let mut found = Found {
        diagnostics,
        stats: Stats::default(),
    };
    let index = index::Index::build(input, &mut found);
    let mut types = types::lower_types(&index, &mut found);
    let operations = operations::lower_operations(&index, &mut types, &mut found);
    let service = service::lower_service(&index, &mut found);
    found.stats.operations = operations.len();
    let mut provider = Provider {
        name: input.name.to_string(),
        title: input
            .config
            .title
            .clone()
            .unwrap_or_else(|| heck::ToUpperCamelCase::to_upper_camel_case(input.name)),
        types,
        operations,
        service,
    };
    let hints: Vec<_> = provider
        .operations
        .iter()
        .map(|op| paging_hint(input.config, op))
        .collect();
    for (index, problem) in super::analysis::analyze(&mut provider, &hints) {
        let op = &provider.operations[index];
        let rule = input.config.operations.iter().find(|rule| {
            let r = rule.get_ref();
            r.path == op.path
                && r.method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(op.method.as_str()))
        });
        let mut diagnostic = Diagnostic::error(
            crate::diagnostics::Code::BadConfig,
            format!("`pagination` of `{} {}` cannot be followed", op.method.as_str(), op.path),
        )
        .note("expected `style` and field names that the operation's request and answer have (see README.md)");
        diagnostic = match (input.config_file, rule) {
            (Some(file), Some(rule)) => {
                diagnostic.at(crate::source::Span::new(file, rule.span()), problem)
            }
            _ => diagnostic.at(op.span, problem),
        };
        found.push(diagnostic);
    }
    (provider, found.stats)
}

/// What `provider.toml` says about an operation's pages, if anything.
fn paging_hint(config: &ProviderConfig, op: &Operation) -> Option<super::analysis::paging::Hint> {
    use super::analysis::paging::{Hint, Style};
    use crate::config::PagingStyleName;
    let setting = config
        .operation(op.method.as_str(), &op.path)?
        .pagination
        .as_ref()?;
    Some(Hint {
        style: setting.style.map(|style| match style {
            PagingStyleName::None => None,
            PagingStyleName::Cursor => Some(Style::Cursor),
            PagingStyleName::Offset => Some(Style::Offset),
            PagingStyleName::Page => Some(Style::Page),
            PagingStyleName::Links => Some(Style::Links),
        }),
        cursor: setting.cursor.clone(),
        next: setting.next.clone(),
        offset: setting.offset.clone(),
        limit: setting.limit.clone(),
        items: setting.items.clone(),
    })
}
