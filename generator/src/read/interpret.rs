//! The second step of reading: one provider's pages, read as a whole.
//!
//! Each page format's Type cells are read with one notation: the one `provider.toml` names,
//! or the one that recognises the most of them. Then each format applies its conventions
//! across the provider's pages.

use super::{format, FORMATS};
use crate::config::ProviderConfig;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::NamedRef;
use crate::dialect::{self, Dialect};
use crate::docs::{FormatId, Page, PageIndex, PageKind, TypeCell};
use crate::source::{FileId, Sources, Span};
use std::collections::BTreeMap;

/// One provider's pages while they are interpreted.
pub struct ProviderPages<'a> {
    pub name: &'a str,
    pub sources: &'a Sources,
    pub config: &'a ProviderConfig,
    pub config_file: Option<FileId>,
    pub pages: Vec<Page>,
    /// The notation each format's Type cells were read with.
    pub dialects: BTreeMap<FormatId, &'static dyn Dialect>,
    /// Every page by path, type pages by title.
    index: PageIndex<'a>,
}

impl<'a> ProviderPages<'a> {
    pub fn new(
        name: &'a str,
        sources: &'a Sources,
        config: &'a ProviderConfig,
        config_file: Option<FileId>,
        pages: Vec<Page>,
    ) -> Self {
        let paths = pages
            .iter()
            .map(|page| sources.get(page.file).path.as_str())
            .collect();
        let index = PageIndex::new(
            paths,
            pages.iter().enumerate().filter_map(|(i, page)| {
                let title = match &page.kind {
                    PageKind::Model(m) => &m.title,
                    PageKind::Enum(e) => &e.title,
                    PageKind::Union(u) => &u.title,
                    _ => return None,
                };
                Some((i, title.name.clone()))
            }),
        );
        ProviderPages {
            name,
            sources,
            config,
            config_file,
            pages,
            dialects: BTreeMap::new(),
            index,
        }
    }

    /// The path of a page, relative to the specs root.
    pub fn path(&self, index: usize) -> &'a str {
        &self.sources.get(self.pages[index].file).path
    }

    /// The page a relative link on page `from` points at.
    pub fn linked(&self, from: usize, link: &str) -> Option<usize> {
        self.index.linked(from, link)
    }

    /// The page a reference on page `from` points at: by link, or by title.
    pub fn find(&self, from: usize, named: &NamedRef) -> Option<usize> {
        self.index.find(named, from)
    }

    /// The indexes of the pages read in `format`.
    pub fn of_format(&self, format: FormatId) -> Vec<usize> {
        (0..self.pages.len())
            .filter(|&i| self.pages[i].format == format)
            .collect()
    }

    /// The notation `format`'s cells were read with.
    pub fn dialect(&self, format: FormatId) -> Option<&'static dyn Dialect> {
        self.dialects.get(&format).copied()
    }

    fn config_span(&self, range: std::ops::Range<usize>) -> Span {
        Span::new(self.config_file.unwrap_or(FileId(0)), range)
    }
}

/// Reads every Type cell of the provider's pages and applies each format's conventions.
pub fn interpret(pages: &mut ProviderPages<'_>, diagnostics: &mut Diagnostics) {
    let mut formats: Vec<FormatId> = pages.pages.iter().map(|p| p.format).collect();
    formats.sort_unstable();
    formats.dedup();
    for &id in &formats {
        let Some(dialect) = pick_dialect(pages, id, diagnostics) else {
            continue;
        };
        pages.dialects.insert(id, dialect);
        for page in pages.pages.iter_mut().filter(|p| p.format == id) {
            read_cells(page, dialect, diagnostics);
        }
    }
    // Formats whose pages define types first, so that formats linking to those pages (by
    // sentences in their descriptions, say) see which are wire types.
    formats.sort_by_key(|id| format(*id).dialects().is_empty());
    for &id in &formats {
        format(id).interpret(id, pages, diagnostics);
    }
}

/// The notation `provider.toml` names, or the one of the format's that recognises the most
/// cells (the format's first when none does).
fn pick_dialect(
    pages: &ProviderPages<'_>,
    id: FormatId,
    diagnostics: &mut Diagnostics,
) -> Option<&'static dyn Dialect> {
    let candidates = format(id).dialects();
    if candidates.is_empty() {
        return None;
    }
    if let Some(name) = &pages.config.dialect {
        if let Some(dialect) = candidates.iter().find(|d| d.name() == name.get_ref()) {
            return Some(*dialect);
        }
        let known: Vec<&str> = FORMATS
            .iter()
            .flat_map(|f| f.dialects())
            .map(|d| d.name())
            .collect();
        diagnostics.push(
            Diagnostic::error(
                Code::BadConfig,
                format!("unknown dialect `{}`", name.get_ref()),
            )
            .at(pages.config_span(name.span()), "here")
            .note(format!("known dialects: {}", known.join(", "))),
        );
    }
    let cells = pages
        .pages
        .iter()
        .filter(|p| p.format == id)
        .flat_map(|page| match &page.kind {
            PageKind::Model(model) => model.fields.iter().map(|f| f.ty.text.as_str()).collect(),
            _ => Vec::new(),
        });
    Some(dialect::detect(candidates, cells).unwrap_or(candidates[0]))
}

/// Reads a page's Type cells (and its example) with `dialect`.
fn read_cells(page: &mut Page, dialect: &'static dyn Dialect, diagnostics: &mut Diagnostics) {
    let mut read = |cell: &mut TypeCell| read_cell(cell, dialect, diagnostics);
    match &mut page.kind {
        PageKind::Model(model) => {
            for field in &mut model.fields {
                read(&mut field.ty);
                if field.wire_name.is_none() {
                    field.wire_name = Some(dialect.wire_name(&field.name).to_string());
                }
            }
            if let Some(sample) = &model.example {
                match dialect.example(&sample.code) {
                    Ok(value) => model.example_value = value,
                    Err(message) => diagnostics.push(
                        Diagnostic::warning(Code::BadExample, "cannot read the example")
                            .at(sample.span, message)
                            .note("the example is left out of the generated tests"),
                    ),
                }
            }
        }
        PageKind::Union(union) => {
            for member in &mut union.members {
                if member.ty.text.trim().is_empty() {
                    let found = member.example.as_ref().and_then(|sample| {
                        let at = dialect.member_type(&sample.code)?;
                        let text = sample.code.get(at.clone())?;
                        Some(TypeCell::new(text, sample.span.sub(at)))
                    });
                    if let Some(cell) = found {
                        member.ty = cell;
                    }
                }
                if let Some(ty) = dialect.union_member(member.ty.text.trim()) {
                    member.ty.ty = Some(ty);
                }
                read(&mut member.ty);
            }
        }
        PageKind::Operations(page) => {
            for op in &mut page.operations {
                for parameter in &mut op.parameters {
                    read(&mut parameter.ty);
                }
                if let Some(request) = &mut op.request {
                    read(&mut request.ty);
                }
                if let Some(cell) = &mut op.response {
                    read(cell);
                }
            }
        }
        PageKind::Enum(_) | PageKind::Skipped(_) => {}
    }
}

/// Reads one Type cell, reporting what the notation cannot read.
fn read_cell(cell: &mut TypeCell, dialect: &'static dyn Dialect, diagnostics: &mut Diagnostics) {
    if cell.ty.is_some() {
        return;
    }
    match dialect.parse_type(&cell.text) {
        Ok(ty) => cell.ty = Some(ty),
        Err(error) => diagnostics.push(
            Diagnostic::error(
                Code::UnknownType,
                format!(
                    "unknown type notation {} in `{}`",
                    error.found,
                    cell.text.trim()
                ),
            )
            .at(
                cell.span.sub(error.range.clone()),
                format!("expected {}", error.expected),
            )
            .note(format!("read with the {} dialect", dialect.name())),
        ),
    }
}
