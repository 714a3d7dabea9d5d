//! SDK pages: one `## method` per operation, with its usage comment, Parameters, Response
//! and Errors.

use super::{cell_prose, split, strip_strike, Reader, Section};
use crate::diagnostics::Diagnostics;
use crate::docs::*;
use crate::markdown::Block;

/// Parameters of SDK methods that configure the call, not the API request.
/// Go methods take a `ctx` first and `opts` last.
const SDK_PARAMETERS: &[&str] = &[
    "options",
    "security",
    "retries",
    "server_url",
    "serverURL",
    "ctx",
    "opts",
];

impl Reader<'_> {
    pub(super) fn sdk_page(
        &self,
        title: Title,
        body: &[Block],
        diagnostics: &mut Diagnostics,
    ) -> OperationsPage {
        // `* [name](#anchor) - Summary` items of the Available Operations list.
        let mut summaries = std::collections::BTreeMap::new();
        for block in body {
            if let Block::List { items, .. } = block {
                for item in items {
                    let item = self.src(item);
                    if let (Some(anchor), Some((_, summary))) =
                        (attribute_link(item), item.split_once(") - "))
                    {
                        summaries.insert(anchor.to_string(), summary.trim().to_string());
                    }
                }
            }
        }
        // Descriptions may hold level-2 headings of their own (`## Prerequisites`): an
        // operation's section runs to the next heading the Available Operations list names.
        let is_operation = |heading: &str| {
            let name = strip_strike(heading)
                .0
                .trim_matches('`')
                .to_ascii_lowercase();
            if summaries.is_empty() {
                name != "overview"
            } else {
                summaries.contains_key(&name)
            }
        };
        let starts: Vec<(usize, std::ops::Range<usize>)> = body
            .iter()
            .enumerate()
            .filter_map(|(i, block)| match block {
                Block::Heading { level: 2, text, .. } if is_operation(self.src(text)) => {
                    Some((i, text.clone()))
                }
                _ => None,
            })
            .collect();
        let operations = starts
            .iter()
            .enumerate()
            .map(|(n, (start, text))| {
                let end = starts.get(n + 1).map_or(body.len(), |(next, _)| *next);
                let section = Section {
                    heading: Some((self.src(text).to_string(), self.span(text.clone()))),
                    blocks: &body[start + 1..end],
                };
                self.sdk_operation(section, &summaries, diagnostics)
            })
            .collect();
        OperationsPage {
            title,
            provider: None,
            operations,
            base_url: None,
        }
    }

    fn sdk_operation(
        &self,
        section: Section<'_>,
        summaries: &std::collections::BTreeMap<String, String>,
        diagnostics: &mut Diagnostics,
    ) -> OperationDoc {
        let span = section.heading_span();
        let heading = section.heading.map(|(h, _)| h).unwrap_or_default();
        let (name, deprecated) = strip_strike(&heading);
        let parts = split(section.blocks, 3, self.text, self.id);
        let find = |name: &str| {
            parts
                .iter()
                .find(|s| s.heading.as_ref().is_some_and(|(h, _)| h == name))
        };
        let name = name.trim_matches('`').to_string();
        let mut op = OperationDoc {
            summary: summaries
                .get(&name.to_ascii_lowercase())
                .cloned()
                .unwrap_or_default(),
            name,
            name_from_path: false,
            span,
            deprecated,
            description: self.prose(parts[0].blocks),
            method: None,
            path: None,
            path_inferred: false,
            parameters: Vec::new(),
            content_type: None,
            request: None,
            response: None,
            errors: Vec::new(),
        };
        // `### Example Usage`, or one `### Example Usage: <name>` per example.
        let usages = parts.iter().filter(|s| {
            s.heading
                .as_ref()
                .is_some_and(|(h, _)| h.starts_with("Example Usage"))
        });
        for usage in usages {
            for block in usage.blocks {
                if let Block::Html { range } = block {
                    let comment = self.src(range);
                    if comment.contains("UsageSnippet") {
                        op.method = attribute(comment, "method").map(str::to_ascii_uppercase);
                        op.path = attribute(comment, "path").map(str::to_string);
                        // The operation's id names it better than the SDK method does.
                        if let Some(id) = attribute(comment, "operationID") {
                            op.name = id.to_string();
                        }
                    }
                }
            }
        }
        if let Some(params) = find("Parameters") {
            if let Some(table) = self.section_table(params, "Parameters", diagnostics) {
                if let Some(cols) = self.columns(
                    table,
                    &["Parameter", "Type", "Required"],
                    "Parameters",
                    diagnostics,
                ) {
                    let description = table
                        .header
                        .iter()
                        .position(|h| self.src(h).eq_ignore_ascii_case("Description"));
                    for row in self.rows(table, diagnostics) {
                        let Some(required) = self.required(&row.cells[cols[2]], diagnostics) else {
                            continue;
                        };
                        let type_range = row.cells[cols[1]].clone();
                        // PHP writes its variables' sigil: `$request`.
                        let name = self
                            .src(&row.cells[cols[0]])
                            .trim_matches('`')
                            .trim_start_matches('$')
                            .to_string();
                        let sdk_only = name
                            .split('.')
                            .next()
                            .is_some_and(|first| SDK_PARAMETERS.contains(&first));
                        if sdk_only {
                            continue;
                        }
                        let ty = TypeCell::new(self.src(&type_range), self.span(type_range));
                        if name == "request" {
                            op.request = Some(RequestObject {
                                ty,
                                body_field: None,
                            });
                            continue;
                        }
                        op.parameters.push(ParameterRow {
                            place: ParamPlace::Unstated,
                            name,
                            wire_name: None,
                            ty,
                            required,
                            description: Prose::new(
                                description
                                    .map(|c| cell_prose(self.src(&row.cells[c])))
                                    .unwrap_or_default(),
                            ),
                            span: self.span(row.range.clone()),
                        });
                    }
                }
            }
        }
        if let Some(response) = find("Response") {
            if let Some(Block::Paragraph { range }) = response
                .blocks
                .iter()
                .find(|b| matches!(b, Block::Paragraph { .. }))
            {
                // `**Promise\<[models.X](...)\>**`: the type is inside the strong emphasis.
                let raw = self.src(range);
                let trimmed = raw.trim_start_matches('*');
                let start = range.start + (raw.len() - trimmed.len());
                let inner = trimmed.trim_end_matches('*');
                op.response = Some(TypeCell::new(inner, self.span(start..start + inner.len())));
            }
        }
        if let Some(errors) = find("Errors") {
            if let Some(table) = errors.blocks.iter().find_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            }) {
                if let Some(cols) = self.columns(
                    table,
                    &["Error Type|Error Object", "Status Code", "Content Type"],
                    "Errors",
                    diagnostics,
                ) {
                    for row in self.rows(table, diagnostics) {
                        let cell = |i: usize| {
                            unescape_punctuation(&crate::markdown::unescape_cell(
                                self.src(&row.cells[cols[i]]),
                            ))
                        };
                        op.errors.push(ErrorRow {
                            ty: cell(0),
                            status: cell(1),
                            content_type: cell(2),
                            span: self.span(row.range.clone()),
                        });
                    }
                }
            }
        }
        op
    }
}

/// Markdown escapes (`\*/\*`) taken back to their character; a backslash before anything else
/// is text (PHP's namespaces: `Errors\ErrorResponse`).
fn unescape_punctuation(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    let mut chars = cell.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(char::is_ascii_punctuation) {
            continue;
        }
        out.push(c);
    }
    out
}

/// The anchor of a `[text](#anchor)` link.
fn attribute_link(item: &str) -> Option<&str> {
    let start = item.find("](#")? + 3;
    let len = item[start..].find(')')?;
    Some(&item[start..start + len])
}

/// The value of `name="value"` in an HTML comment.
fn attribute<'t>(comment: &'t str, name: &str) -> Option<&'t str> {
    let needle = format!(" {name}=\"");
    let start = comment.find(&needle)? + needle.len();
    let len = comment[start..].find('"')?;
    Some(&comment[start..start + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_cells_keep_namespaces() {
        assert_eq!(unescape_punctuation("\\*/\\*"), "*/*");
        assert_eq!(
            unescape_punctuation("Errors\\ErrorResponse"),
            "Errors\\ErrorResponse"
        );
    }

    #[test]
    fn usage_comment_attributes() {
        let c = r#"<!-- UsageSnippet language="typescript" operationID="getCustomer" method="get" path="/customers/{id}" -->"#;
        assert_eq!(attribute(c, "method"), Some("get"));
        assert_eq!(attribute(c, "path"), Some("/customers/{id}"));
        assert_eq!(attribute(c, "operationID"), Some("getCustomer"));
        assert_eq!(attribute(c, "missing"), None);
    }
}
