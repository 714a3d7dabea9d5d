//! Controller pages: one `# Title` per endpoint after the page's own header.
//!
//! An endpoint is a level-1 section with a `## Response Type`. Descriptions may hold level-1
//! headings of their own: a level-1 section without a `## Response Type` belongs to the
//! endpoint that follows it. The SDK method's name is read from its signature, the first code
//! block whose first line calls something (`def list_customers(self,`,
//! `async createAddress(`).

use super::{split, Reader, Section};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::docs::*;
use crate::markdown::{Block, Table};
use std::ops::Range;

const KNOWN: &[&str] = &[
    "Parameters",
    "Response Type",
    "Example Usage",
    "Example Response *(as JSON)*",
    "Example Response",
    "Errors",
];

impl Reader<'_> {
    pub(super) fn controller(
        &self,
        title: Title,
        diagnostics: &mut Diagnostics,
    ) -> Option<OperationsPage> {
        let level_one: Vec<usize> = self
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(b, Block::Heading { level: 1, .. }))
            .map(|(i, _)| i)
            .collect();
        // Each level-1 section, as a range of blocks; the first is the page's header.
        let bounds: Vec<Range<usize>> = level_one
            .iter()
            .enumerate()
            .map(|(n, &start)| start..level_one.get(n + 1).copied().unwrap_or(self.blocks.len()))
            .collect();
        let mut operations = Vec::new();
        let mut pending: Option<usize> = None;
        for range in bounds.iter().skip(1) {
            let start = pending.take().unwrap_or(range.start);
            let has_response = self.blocks[range.clone()].iter().any(|b| {
                matches!(b, Block::Heading { level: 2, text, .. } if self.src(text).trim() == "Response Type")
            });
            if !has_response {
                pending = Some(start);
                continue;
            }
            if let Some(op) = self.endpoint(start..range.end, diagnostics) {
                operations.push(op);
            }
        }
        if let Some(start) = pending {
            let Block::Heading { text, .. } = &self.blocks[start] else {
                return None;
            };
            diagnostics.push(
                Diagnostic::warning(Code::MalformedPage, format!("`{}` has no `## Response Type`", self.src(text).trim()))
                    .at(self.span(text.clone()), "not read as an endpoint")
                    .note("every APIMatic endpoint section has a `## Response Type`; the section is left out"),
            );
        }
        Some(OperationsPage {
            title,
            provider: None,
            operations,
            base_url: None,
        })
    }

    /// One endpoint: `blocks[range]`, starting at its `# Title`.
    fn endpoint(&self, range: Range<usize>, diagnostics: &mut Diagnostics) -> Option<OperationDoc> {
        let blocks = &self.blocks[range];
        let Block::Heading { text: heading, .. } = &blocks[0] else {
            return None;
        };
        let summary = self.src(heading).trim().to_string();
        let sections = split(&blocks[1..], 2, self.text);
        let find = |name: &str| {
            sections
                .iter()
                .find(|s| s.heading.as_ref().is_some_and(|(h, _)| h == name))
        };
        // Prose is everything outside the known sections, but the signature.
        let mut signature: Option<(String, Range<usize>)> = None;
        let mut prose_blocks: Vec<Block> = Vec::new();
        for section in &sections {
            if let Some((h, r)) = &section.heading {
                if KNOWN.contains(&h.as_str()) {
                    continue;
                }
                prose_blocks.push(Block::Heading {
                    level: 2,
                    text: r.clone(),
                    range: r.clone(),
                });
            }
            for block in section.blocks {
                if let (None, Block::Code { body, .. }) = (&signature, block) {
                    if let Some(name) = method_name(self.src(body)) {
                        signature = Some((name, body.clone()));
                        continue;
                    }
                }
                prose_blocks.push(block.clone());
            }
        }
        let Some((name, _)) = signature else {
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, format!("endpoint `{summary}` has no method signature"))
                    .at(self.span(heading.clone()), "this endpoint")
                    .note("expected a code block such as `def list_items(self, ...)` or `async listItems(...)` before `## Parameters`"),
            );
            return None;
        };
        let parameters = match find("Parameters") {
            Some(section) => self.parameters(
                self.section_table(section, "Parameters", diagnostics)?,
                diagnostics,
            )?,
            None => Vec::new(),
        };
        let response = find("Response Type").and_then(|s| self.response(s));
        let errors = match find("Errors") {
            Some(section) => self.errors(
                self.section_table(section, "Errors", diagnostics)?,
                diagnostics,
            )?,
            None => Vec::new(),
        };
        Some(OperationDoc {
            name,
            name_from_path: false,
            span: self.span(heading.clone()),
            deprecated: false,
            summary,
            description: self.prose(&prose_blocks),
            method: None,
            path: None,
            path_inferred: false,
            request: None,
            parameters,
            content_type: None,
            response,
            errors,
        })
    }

    fn parameters(
        &self,
        table: &Table,
        diagnostics: &mut Diagnostics,
    ) -> Option<Vec<ParameterRow>> {
        let cols = self.columns(
            table,
            &["Parameter", "Type", "Tags"],
            "Parameters",
            diagnostics,
        )?;
        let description_col = table
            .header
            .iter()
            .position(|h| self.src(h).eq_ignore_ascii_case("Description"));
        let mut rows = Vec::new();
        for row in &table.rows {
            let cell = |i: usize| {
                row.cells
                    .get(i)
                    .cloned()
                    .unwrap_or(row.range.end..row.range.end)
            };
            let (name, _) = self.name_cell(&cell(cols[0]));
            let tags = self.tags(&cell(cols[2]), diagnostics)?;
            // No place on the wire: an option of the SDK call (`requestOptions`).
            let Some(place) = tags.place else { continue };
            let description = description_col.map_or_else(String::new, |i| {
                let text = super::cell_prose(self.src(&cell(i)));
                if text.trim() == "-" {
                    String::new()
                } else {
                    text
                }
            });
            let type_range = cell(cols[1]);
            rows.push(ParameterRow {
                name,
                wire_name: None,
                place,
                ty: TypeCell::new(self.src(&type_range), self.span(type_range)),
                required: tags.required,
                description: Prose::new(description),
                span: self.span(row.range.clone()),
            });
        }
        Some(rows)
    }

    /// The response type: the section's Type cell, or in a sentence ("... which is of type
    /// [X](..)."). `void`, or a sentence naming no type, is no body.
    fn response(&self, section: &Section<'_>) -> Option<TypeCell> {
        // Newer templates put the success status first, as a paragraph of its own (`**200**`).
        let range = section.blocks.iter().find_map(|b| match b {
            Block::Paragraph { range } if !is_status(self.src(range)) => Some(range),
            _ => None,
        })?;
        let text = self.src(range);
        let start = match text.find("of type ") {
            Some(at) => at + "of type ".len(),
            // A sentence naming no type ("This method returns an ApiResponse instance."):
            // the answer has no body.
            None if !text.starts_with(['[', '`']) => return None,
            None => 0,
        };
        let cell = text[start..].trim_end().trim_end_matches('.').trim_end();
        if cell.trim_matches('`').trim() == "void" || cell.is_empty() {
            return None;
        }
        let at = range.start + start;
        Some(TypeCell::new(cell, self.span(at..at + cell.len())))
    }

    fn errors(&self, table: &Table, diagnostics: &mut Diagnostics) -> Option<Vec<ErrorRow>> {
        let cols = self.columns(
            table,
            &["HTTP Status Code", "Exception Class"],
            "Errors",
            diagnostics,
        )?;
        let rows = table
            .rows
            .iter()
            .filter_map(|row| {
                let status = self.src(row.cells.get(cols[0])?).trim().to_string();
                let class = self.src(row.cells.get(cols[1])?).trim();
                // `[`ErrorListResponseException`](..)`: the name is the link's text.
                let name = class
                    .strip_prefix('[')
                    .and_then(|rest| rest.split_once(']'))
                    .map_or(class, |(text, _)| text)
                    .trim_matches('`')
                    .trim();
                Some(ErrorRow {
                    ty: name.to_string(),
                    status,
                    content_type: "application/json".into(),
                    span: self.span(row.range.clone()),
                })
            })
            .collect();
        Some(rows)
    }
}

/// `**200**`: a status line.
fn is_status(text: &str) -> bool {
    let inner = text.trim().trim_matches('*');
    !inner.is_empty()
        && inner.len() < text.trim().len()
        && inner.chars().all(|c| c.is_ascii_digit())
}

/// The name of the method a signature declares: the identifier before the first `(` of its
/// first line (`def list_items(self,` → `list_items`; `async getItem(` → `getItem`).
fn method_name(code: &str) -> Option<String> {
    let first = code.lines().next()?.trim();
    let open = first.find('(')?;
    let before = first[..open].trim_end();
    let name: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let is_signature = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && before.len() > name.len()
        && !before.contains('=');
    is_signature.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::method_name;

    #[test]
    fn signatures_name_their_method() {
        assert_eq!(
            method_name("def list_items(self,\n    page=None)").as_deref(),
            Some("list_items")
        );
        assert_eq!(
            method_name("async getItem(\n  id: string\n)").as_deref(),
            Some("getItem")
        );
        // A call in a usage sample is not a signature.
        assert_eq!(method_name("result = controller.get_item(1)"), None);
        assert_eq!(method_name("print(result)"), None);
    }
}
