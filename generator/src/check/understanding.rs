//! A run that understood nothing is a failure, not an empty success: a provider whose pages
//! are mostly not read as models or operations, or that yields no models or no operations,
//! is an error that says what its pages look like.

use crate::config::{Expect, ProviderConfig};
use crate::diagnostics::{Code, Diagnostic};
use crate::docs::{Page, PageKind, SkipReason};
use crate::ir::Provider;
use crate::markdown::{outline, Block};
use crate::source::{FileId, Sources, Span};
use std::collections::BTreeMap;

/// What one provider's lowering produced, with the pages it came from.
pub struct Understood<'a> {
    pub provider: &'a Provider,
    pub pages: &'a [Page],
    pub sources: &'a Sources,
    pub config: &'a ProviderConfig,
    pub config_file: Option<FileId>,
}

pub fn check(input: &Understood<'_>) -> Vec<Diagnostic> {
    let name = &input.provider.name;
    let markdown: Vec<&Page> = input
        .pages
        .iter()
        .filter(|p| !matches!(p.kind, PageKind::Skipped(SkipReason::NotMarkdown)))
        .collect();
    if markdown.is_empty() {
        return Vec::new();
    }
    let skipped: Vec<&Page> = markdown
        .iter()
        .copied()
        .filter(|p| matches!(p.kind, PageKind::Skipped(_)))
        .collect();
    let understood = markdown.len() - skipped.len();
    let mut diagnostics = Vec::new();
    if understood * 2 < markdown.len() {
        let first = skipped
            .iter()
            .min_by_key(|p| &input.sources.get(p.file).path)
            .copied();
        let mut diagnostic = Diagnostic::error(
            Code::NotUnderstood,
            format!(
                "`{name}`: {understood} of {} pages were read as models or operations",
                markdown.len()
            ),
        );
        if let Some(page) = first {
            let (span, label) = first_unread(input.sources, page.file);
            diagnostic = diagnostic.at(span, label);
        }
        diagnostic = diagnostic.note(format!(
            "the pages look like this: {}",
            common_headings(input.sources, &skipped)
        ));
        let formats: Vec<&str> = crate::read::FORMATS.iter().map(|f| f.name()).collect();
        diagnostics.push(diagnostic.note(format!(
            "expected pages in one of the known formats ({}); `format` in provider.toml names one",
            formats.join(", ")
        )));
        return diagnostics;
    }
    let at = config_or_first_page(input, &markdown);
    let expect = input.config.expect.as_ref().map(|e| *e.get_ref());
    if input.provider.types.is_empty() && expect != Some(Expect::Operations) {
        diagnostics.push(
            Diagnostic::error(Code::NotUnderstood, format!("`{name}` has no models"))
                .at(at, "in this provider")
                .note("expected model, enum or union pages; if the docs describe operations only, say `expect = \"operations\"` in provider.toml"),
        );
    }
    if input.provider.operations.is_empty() && expect != Some(Expect::Models) {
        diagnostics.push(
            Diagnostic::error(Code::NotUnderstood, format!("`{name}` has no operations"))
                .at(at, "in this provider")
                .note("expected pages documenting operations with their method and path; if the docs describe models only, say `expect = \"models\"` in provider.toml"),
        );
    }
    diagnostics
}

/// Where to point at a whole provider: its `provider.toml`, or its first page.
fn config_or_first_page(input: &Understood<'_>, pages: &[&Page]) -> Span {
    match input.config_file {
        Some(file) => Span::new(file, 0..0),
        None => {
            let first = pages
                .iter()
                .min_by_key(|p| &input.sources.get(p.file).path)
                .map_or(FileId(0), |p| p.file);
            Span::new(first, 0..0)
        }
    }
}

/// The first thing on a page no format read: its first section heading or table.
fn first_unread(sources: &Sources, file: FileId) -> (Span, String) {
    let text = &sources.get(file).text;
    let blocks = outline(text);
    for block in &blocks {
        match block {
            Block::Heading { level, text: t, .. } if *level >= 2 => {
                return (
                    Span::new(file, t.clone()),
                    format!(
                        "a `{} {}` section no format reads",
                        "#".repeat(*level as usize),
                        &text[t.clone()]
                    ),
                );
            }
            Block::Table(table) => {
                let columns: Vec<&str> = table
                    .header
                    .iter()
                    .map(|h| text[h.clone()].trim())
                    .collect();
                let end = table.header.last().map_or(table.range.end, |h| h.end);
                return (
                    Span::new(file, table.range.start..end),
                    format!("a table of {} no format reads", columns.join(" | ")),
                );
            }
            _ => {}
        }
    }
    let first = blocks.first().map_or(0..0, Block::range);
    (
        Span::new(file, first),
        "nothing here is a model or an operation".to_string(),
    )
}

/// The section headings most skipped pages share, most common first.
fn common_headings(sources: &Sources, pages: &[&Page]) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for page in pages {
        let text = &sources.get(page.file).text;
        let mut seen = std::collections::BTreeSet::new();
        for block in outline(text) {
            if let Block::Heading {
                level: level @ 2..=3,
                text: t,
                ..
            } = block
            {
                let heading = format!("{} {}", "#".repeat(level as usize), text[t].trim());
                if seen.insert(heading.clone()) {
                    *counts.entry(heading).or_default() += 1;
                }
            }
        }
    }
    let mut common: Vec<(String, usize)> = counts.into_iter().collect();
    common.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if common.is_empty() {
        return "no section headings".to_string();
    }
    common
        .iter()
        .take(5)
        .map(|(heading, n)| format!("`{heading}` ({n} pages)"))
        .collect::<Vec<_>>()
        .join(", ")
}
