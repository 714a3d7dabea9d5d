//! openapi-generator's markdown docs (`model_doc.mustache` and `api_doc.mustache` of each
//! SDK language), one layout for every language with small variations.
//!
//! Accepted grammar (headings matched by their text):
//!
//! ```text
//! model page  := "# " title  prose*  "## Properties" table  ("## Enum: " name table)*  ...
//! enum page   := "# " title  prose*  "## Enum" ("* `NAME` (value: `v`)")*
//!              | "# " title  prose*  "## Enum Variants" table          (Rust)
//! api page    := "# " title  prose*  "All URIs are relative to *" url "*"
//!                methods-table  operation*
//! operation   := ("# " | "## ") name  ["> " signature]  prose*
//!                ("### " ["Path " | "Query " | "Header " | "Other "] "Parameters" table)*
//!                "### Return type" type  ...
//! title       := ["#"] [namespace ("." | "::" | "\")] Name         (`# # Pet`, `# Acme.Model.Pet`)
//! ```
//!
//! A Properties table has the columns Name, Type, Description and Notes; the Notes say
//! `[optional]`, `[readonly]` and `[default to ..]` (a field without `[optional]` is required,
//! unless the docs mark required fields instead with `<sup>*_required_</sup>`). A methods
//! table has Method, HTTP request (`**POST** /pets`) and Description. Parameter tables have
//! Name, Type, Description and Notes, and Rust's a Required column (`[required]`).
//!
//! Names in the docs are the SDK's names (`account_id` in Python for `accountId`): the wire
//! names are the SDK's unless `provider.toml` says how the SDK renamed them.

mod api;
mod model;
mod table;

use super::{PageFormat, ProviderPages, Recognition};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::Dialect;
use crate::docs::*;
use crate::markdown::{outline, Block};
use crate::source::{FileId, SourceFile, Span};
use std::ops::Range;

pub struct OpenApiGeneratorFormat;

/// Lines only openapi-generator's templates write.
const MARKERS: &[&str] = &[
    "[[Back to Model list]]",
    "[[Back to API list]]",
    "All URIs are relative to ",
    "\n## Enum Variants",
];

impl PageFormat for OpenApiGeneratorFormat {
    fn name(&self) -> &'static str {
        "openapi-generator"
    }

    fn recognizes(&self, file: &SourceFile) -> Recognition {
        let text = file.text.as_str();
        let enum_list = text.contains("\n## Enum") && text.contains("(value: `");
        if MARKERS.iter().any(|m| text.contains(m)) || enum_list {
            return Recognition::Surely;
        }
        properties(text)
    }

    fn read(
        &self,
        id: FileId,
        file: &SourceFile,
        diagnostics: &mut Diagnostics,
    ) -> Option<PageKind> {
        let page = Page {
            id,
            text: &file.text,
            blocks: outline(&file.text),
        };
        page.read(diagnostics)
    }

    fn dialects(&self) -> &'static [&'static dyn Dialect] {
        crate::dialect::oag::OAG
    }

    fn interpret(&self, id: FormatId, pages: &mut ProviderPages<'_>, _: &mut Diagnostics) {
        model::required_markers(id, pages);
        model::inherited_fields(id, pages);
        links_by_name(id, pages);
    }
}

/// How surely a `## Properties` section is ours. Every `model_doc` template's table has the
/// columns Name, Type, Description and Notes, and C# and Ruby write an enum as the heading
/// alone. A Properties table without Notes is another generator's (APIMatic documents its
/// SDK's own classes so), so the page then only possibly is ours: its provider's format decides.
fn properties(text: &str) -> Recognition {
    let Some(at) = text.find("\n## Properties") else {
        return Recognition::No;
    };
    for line in text[at + 1..].lines().skip(1) {
        if line.starts_with('#') {
            break;
        }
        if line.contains('|') {
            return if line.contains("Notes") {
                Recognition::Surely
            } else {
                Recognition::Possibly
            };
        }
    }
    Recognition::Surely
}

/// One page while it is read.
struct Page<'a> {
    id: FileId,
    text: &'a str,
    blocks: Vec<Block>,
}

/// The blocks under one heading.
struct Section<'b> {
    heading: Option<(String, Span)>,
    blocks: &'b [Block],
}

impl Section<'_> {
    fn named(&self, name: &str) -> bool {
        self.heading
            .as_ref()
            .is_some_and(|(h, _)| h.eq_ignore_ascii_case(name))
    }

    fn heading_span(&self, file: FileId) -> Span {
        self.heading
            .as_ref()
            .map_or(Span::new(file, 0..0), |(_, span)| *span)
    }
}

impl<'a> Page<'a> {
    fn span(&self, range: Range<usize>) -> Span {
        Span::new(self.id, range)
    }

    fn src(&self, range: &Range<usize>) -> &'a str {
        &self.text[range.clone()]
    }

    fn read(&self, diagnostics: &mut Diagnostics) -> Option<PageKind> {
        let Some((title_index, text)) = self.blocks.iter().enumerate().find_map(|(i, b)| match b {
            Block::Heading { level: 1, text, .. } => Some((i, text.clone())),
            _ => None,
        }) else {
            let at = self.blocks.first().map_or(0..0, Block::range);
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "page has no `# Title`")
                    .at(
                        self.span(at),
                        "expected a level-1 heading naming the model or API",
                    )
                    .note("openapi-generator starts every page with `# Name`"),
            );
            return None;
        };
        let title = self.title(text);
        let body = &self.blocks[title_index + 1..];
        let relative = body.iter().find_map(|b| match b {
            Block::Paragraph { range } => self
                .src(range)
                .trim()
                .strip_prefix("All URIs are relative to")
                .map(|rest| rest.trim().trim_matches('*').trim().to_string()),
            _ => None,
        });
        if let Some(base_url) = relative {
            return Some(PageKind::Operations(api::read(
                self,
                title,
                base_url,
                body,
                diagnostics,
            )));
        }
        model::read(self, title, body, diagnostics)
    }

    /// The page title without the SDK's namespace (`Acme.Model.Pet`, `Acme::Pet`,
    /// `\Acme\Pet`) and without the stray `#` PHP's template writes.
    fn title(&self, text: Range<usize>) -> Title {
        let raw = self.src(&text).trim_start_matches('#').trim();
        let raw = raw.trim_matches('*').trim_matches('`');
        let start = raw.rfind(['.', ':', '\\']).map_or(0, |at| at + 1);
        let name = &raw[start..];
        let offset = self.src(&text).find(name).unwrap_or(0);
        Title {
            name: name.to_string(),
            deprecated: false,
            span: self.span(text.start + offset..text.start + offset + name.len()),
        }
    }

    /// Prose blocks joined as markdown, leaving out HTML (anchors) and the navigation links.
    fn prose(&self, blocks: &[Block]) -> Prose {
        let mut parts: Vec<String> = Vec::new();
        for block in blocks {
            if let Block::Paragraph { range } | Block::List { range, .. } = block {
                let text = self.src(range).trim();
                if text.starts_with("[[Back to") || text.starts_with("All URIs are relative to") {
                    continue;
                }
                parts.push(super::cell_prose(text));
            }
        }
        Prose::new(parts.join("\n\n"))
    }
}

/// Some templates link a model by its schema's name (`list_200_response.md`) while its page
/// is named after the model (`List200Response.md`): a link that leads nowhere is followed by
/// the name it shows, when a page has that title.
fn links_by_name(id: FormatId, pages: &mut ProviderPages<'_>) {
    let mut fixes: Vec<(usize, Vec<String>)> = Vec::new();
    for (index, page) in pages.pages.iter().enumerate() {
        if page.format != id {
            continue;
        }
        let mut dead = Vec::new();
        for_each_cell(&page.kind, &mut |ty| {
            visit_named(ty, &mut |named| {
                let Some(link) = &named.link else { return };
                if pages.linked(index, link).is_some() {
                    return;
                }
                let by_name = crate::dialect::NamedRef {
                    link: None,
                    ..named.clone()
                };
                if pages.find(index, &by_name).is_some() {
                    dead.push(link.clone());
                }
            })
        });
        if !dead.is_empty() {
            fixes.push((index, dead));
        }
    }
    for (index, dead) in fixes {
        for_each_cell_mut(&mut pages.pages[index].kind, &mut |ty| {
            visit_named_mut(ty, &mut |named| {
                if named.link.as_ref().is_some_and(|l| dead.contains(l)) {
                    named.link = None;
                }
            })
        });
    }
}

fn for_each_cell(kind: &PageKind, f: &mut dyn FnMut(&crate::dialect::DocType)) {
    let mut cell = |c: &TypeCell| {
        if let Some(ty) = &c.ty {
            f(ty)
        }
    };
    match kind {
        PageKind::Model(m) => m.fields.iter().for_each(|r| cell(&r.ty)),
        PageKind::Union(u) => u.members.iter().for_each(|m| cell(&m.ty)),
        PageKind::Operations(o) => {
            for op in &o.operations {
                op.parameters.iter().for_each(|p| cell(&p.ty));
                op.response.iter().for_each(&mut cell);
            }
        }
        _ => {}
    }
}

fn for_each_cell_mut(kind: &mut PageKind, f: &mut dyn FnMut(&mut crate::dialect::DocType)) {
    let mut cell = |c: &mut TypeCell| {
        if let Some(ty) = &mut c.ty {
            f(ty)
        }
    };
    match kind {
        PageKind::Model(m) => m.fields.iter_mut().for_each(|r| cell(&mut r.ty)),
        PageKind::Union(u) => u.members.iter_mut().for_each(|m| cell(&mut m.ty)),
        PageKind::Operations(o) => {
            for op in &mut o.operations {
                op.parameters.iter_mut().for_each(|p| cell(&mut p.ty));
                op.response.iter_mut().for_each(&mut cell);
            }
        }
        _ => {}
    }
}

fn visit_named(ty: &crate::dialect::DocType, f: &mut dyn FnMut(&crate::dialect::NamedRef)) {
    use crate::dialect::DocType::*;
    match ty {
        Named(n) => f(n),
        List(t) | Map(t) | Nullable(t) => visit_named(t, f),
        OneOf(ts) => ts.iter().for_each(|t| visit_named(t, f)),
        _ => {}
    }
}

fn visit_named_mut(
    ty: &mut crate::dialect::DocType,
    f: &mut dyn FnMut(&mut crate::dialect::NamedRef),
) {
    use crate::dialect::DocType::*;
    match ty {
        Named(n) => f(n),
        List(t) | Map(t) | Nullable(t) => visit_named_mut(t, f),
        OneOf(ts) => ts.iter_mut().for_each(|t| visit_named_mut(t, f)),
        _ => {}
    }
}

/// Splits blocks at headings of `level` or above. The first section holds what comes before
/// the first heading and has none.
fn split<'b>(blocks: &'b [Block], level: u8, text: &str, file: FileId) -> Vec<Section<'b>> {
    let mut sections = Vec::new();
    let mut start = 0;
    let mut heading = None;
    for (i, block) in blocks.iter().enumerate() {
        if let Block::Heading {
            level: l, text: t, ..
        } = block
        {
            if *l <= level {
                sections.push(Section {
                    heading: heading.take(),
                    blocks: &blocks[start..i],
                });
                start = i + 1;
                heading = Some((
                    text[t.clone()].trim().to_string(),
                    Span::new(file, t.clone()),
                ));
            }
        }
    }
    sections.push(Section {
        heading,
        blocks: &blocks[start..],
    });
    sections
}

/// A name cell or heading without its emphasis, code ticks, HTML and entities:
/// `**name**`, `` `name`<sup>*_required_</sup> ``, `**&#x60;value&#x60;**`.
fn plain_name(cell: &str) -> String {
    let decoded = crate::dialect::oag::decode_entities(cell);
    let mut out = String::new();
    let mut in_tag = false;
    for c in decoded.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            '*' | '`' => {}
            c => out.push(c),
        }
    }
    // What follows the tag is the marker's text (`*_required_`): not part of the name.
    let name = match decoded.find('<') {
        Some(at) => plain_name(&decoded[..at]),
        None => out,
    };
    // Rust's raw identifiers (`r#type`) are the name itself.
    let name = name.trim();
    name.strip_prefix("r#").unwrap_or(name).to_string()
}

#[cfg(test)]
mod tests;
