//! API pages: the methods table, then one section per operation.

use super::model::Notes;
use super::{plain_name, split, table, Page};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::DocType;
use crate::docs::*;
use crate::markdown::Block;

/// One row of the methods table.
struct Method {
    name: String,
    method: String,
    path: String,
    summary: String,
    span: crate::source::Span,
}

pub(super) fn read(
    page: &Page<'_>,
    mut title: Title,
    base_url: String,
    body: &[Block],
    diagnostics: &mut Diagnostics,
) -> OperationsPage {
    // `PetApi` groups the pet operations: the group is `Pet`.
    if let Some(group) = title.name.strip_suffix("Api").filter(|g| !g.is_empty()) {
        title.name = group.to_string();
    }
    let methods = methods_table(page, body, diagnostics);
    // Operation sections: headings (`# **name**`, `## name`, ``## `name` ``) naming a method.
    let mut sections = Vec::new();
    for level in [1, 2] {
        sections = split(body, level, page.text, page.id);
        if sections.iter().any(|s| {
            s.heading
                .as_ref()
                .is_some_and(|(h, _)| methods.iter().any(|m| m.name == plain_name(h)))
        }) {
            break;
        }
    }
    let operations = methods
        .into_iter()
        .map(|m| {
            let section = sections.iter().find(|s| {
                s.heading
                    .as_ref()
                    .is_some_and(|(h, _)| plain_name(h).eq_ignore_ascii_case(&m.name))
            });
            operation(page, m, section, diagnostics)
        })
        .collect();
    OperationsPage {
        title,
        provider: None,
        operations,
        base_url: (base_url.contains("://")).then_some(base_url),
    }
}

/// The Method | HTTP request | Description table.
fn methods_table(page: &Page<'_>, body: &[Block], diagnostics: &mut Diagnostics) -> Vec<Method> {
    let Some(table) = body.iter().find_map(|b| match b {
        Block::Table(t)
            if t.header
                .iter()
                .any(|h| page.src(h).trim() == "HTTP request") =>
        {
            Some(t)
        }
        _ => None,
    }) else {
        return Vec::new();
    };
    let rows = table::read(page, table, None, diagnostics);
    let (Some(method_col), Some(request_col)) =
        (rows.column(&["Method"]), rows.column(&["HTTP request"]))
    else {
        return Vec::new();
    };
    let summary_col = rows.column(&["Description"]);
    let mut methods = Vec::new();
    for row in &rows.rows {
        let name_cell = page.src(&row.cells[method_col]);
        // `[**name**](PetApi.md#name)`: the name is the link's text.
        let name = name_cell
            .strip_prefix('[')
            .and_then(|n| n.split_once("](").map(|(text, _)| text))
            .unwrap_or(name_cell);
        let name = plain_name(name);
        // `**POST** /pets/{petId}`, or the path in code ticks.
        let request = page.src(&row.cells[request_col]).replace(['*', '`'], " ");
        let mut words = request.split_whitespace();
        let (Some(method), Some(path)) = (words.next(), words.next()) else {
            diagnostics.push(
                Diagnostic::error(
                    Code::BadOperation,
                    "cannot read the HTTP request of a method",
                )
                .at(page.span(row.cells[request_col].clone()), "this cell")
                .note("expected the method in bold and the path: **POST** /pets"),
            );
            continue;
        };
        methods.push(Method {
            name,
            method: method.to_ascii_uppercase(),
            path: path.to_string(),
            summary: summary_col
                .map(|c| super::super::cell_prose(page.src(&row.cells[c]).trim()))
                .unwrap_or_default(),
            span: page.span(row.cells[method_col].clone()),
        });
    }
    methods
}

fn operation(
    page: &Page<'_>,
    method: Method,
    section: Option<&super::Section<'_>>,
    diagnostics: &mut Diagnostics,
) -> OperationDoc {
    let mut op = OperationDoc {
        name: method.name,
        name_from_path: false,
        span: section.map_or(method.span, |s| s.heading_span(page.id)),
        deprecated: false,
        summary: crate::dialect::oag::decode_entities(&method.summary).into_owned(),
        description: Prose::default(),
        method: Some(method.method),
        path: Some(method.path),
        path_inferred: false,
        request: None,
        parameters: Vec::new(),
        content_type: None,
        response: None,
        errors: Vec::new(),
    };
    let Some(section) = section else {
        return op;
    };
    let parts = split(section.blocks, 3, page.text, page.id);
    // The prose after the signature: the summary again, then the notes.
    let prose = page.prose(parts[0].blocks);
    let description = prose
        .markdown
        .strip_prefix(op.summary.as_str())
        .unwrap_or(&prose.markdown)
        .trim();
    op.description = Prose::new(description);
    if prose.markdown.contains("**Deprecated**") || prose.markdown.starts_with("Deprecated") {
        op.deprecated = true;
    }
    for part in &parts[1..] {
        let Some((heading, _)) = &part.heading else {
            continue;
        };
        let place = match heading.as_str() {
            "Parameters" | "Other Parameters" => ParamPlace::Unstated,
            "Path Parameters" => ParamPlace::Path,
            "Query Parameters" => ParamPlace::Query,
            "Header Parameters" => ParamPlace::Header,
            "Return type" => {
                op.response = return_type(page, part.blocks);
                continue;
            }
            "HTTP request headers" => {
                op.content_type = request_content_type(page, part.blocks, diagnostics);
                continue;
            }
            _ => continue,
        };
        // Go's template leaves blank lines between a table's header and its rows (where the
        // path parameters were left out): such rows are paragraphs after the table.
        // Kotlin's template writes the header with the last parameter, after the others:
        // rows before a table are its rows too.
        let mut header: Option<Vec<String>> = None;
        let mut pending: Vec<std::ops::Range<usize>> = Vec::new();
        for block in part.blocks {
            match block {
                Block::Table(table) => {
                    let head: Vec<String> = table
                        .header
                        .iter()
                        .map(|h| page.src(h).trim().to_string())
                        .collect();
                    pending.extend(table.rows.iter().map(|r| r.range.clone()));
                    let rows = table::read_lines(page, &head, &pending, Some("Type"), diagnostics);
                    parameters(page, &head, &rows, &place, &mut op.parameters);
                    pending.clear();
                    header = Some(head);
                }
                Block::Paragraph { range } => {
                    let lines =
                        line_ranges(page.text, range.clone()).filter(|l| page.src(l).contains('|'));
                    match &header {
                        Some(head) => {
                            let lines: Vec<_> = lines.collect();
                            let rows =
                                table::read_lines(page, head, &lines, Some("Type"), diagnostics);
                            parameters(page, head, &rows, &place, &mut op.parameters);
                        }
                        None => pending.extend(lines),
                    }
                }
                _ => {}
            }
        }
    }
    fill_placeholders(&mut op);
    // Form fields are listed like the other parameters: none of them is the body.
    if !op.content_type.as_deref().is_some_and(crate::docs::is_form) {
        request_body(&mut op);
    }
    op
}

/// The `**Content-Type**` item of the "HTTP request headers" list: the request body's media
/// type (the first, when several are listed); `None` for the template's "Not defined", and
/// with a warning for anything else that is no media type.
fn request_content_type(
    page: &Page<'_>,
    blocks: &[Block],
    diagnostics: &mut Diagnostics,
) -> Option<String> {
    let items = blocks.iter().flat_map(|block| match block {
        Block::List { items, .. } => items.as_slice(),
        _ => &[],
    });
    for item in items {
        // An item's text starts with its marker.
        let text = page.src(item).trim();
        let text = ["- ", "* ", "+ "]
            .iter()
            .find_map(|marker| text.strip_prefix(marker))
            .unwrap_or(text)
            .trim_start();
        let Some(value) = text.strip_prefix("**Content-Type**:") else {
            continue;
        };
        let first = value.split(',').next().unwrap_or_default().trim();
        if first.eq_ignore_ascii_case("Not defined") {
            return None;
        }
        if is_media_type(first) {
            return Some(first.to_string());
        }
        diagnostics.push(
            Diagnostic::warning(
                Code::BadOperation,
                "cannot read the request's media type: the body is sent as JSON",
            )
            .at(page.span(item.clone()), "this Content-Type")
            .note("expected a media type such as `application/json`, or `Not defined`"),
        );
        return None;
    }
    None
}

/// `type/subtype`, with parameters after a `;` (`text/plain; charset=utf-8`).
fn is_media_type(text: &str) -> bool {
    let media = text.split(';').next().unwrap_or_default().trim();
    let token = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$&^_.+-".contains(c))
    };
    media
        .split_once('/')
        .is_some_and(|(kind, subtype)| token(kind) && token(subtype))
        && !text.contains(['\r', '\n', '"'])
}

/// A parameter table that does not say where each parameter goes holds the request body
/// under the name openapi-generator gives it: OpenAPI 3 bodies have no name, so the body is
/// named after its model (`delete_member_request` for `DeleteMemberRequest`, `campaign` for
/// `Campaign`), or `body` / `requestBody` when it has no model (a string, an inline list).
/// Such a parameter is the body even when its type is no object (a list, a oneOf).
fn request_body(op: &mut OperationDoc) {
    let method = op
        .method
        .as_deref()
        .unwrap_or_default()
        .to_ascii_uppercase();
    if matches!(method.as_str(), "GET" | "HEAD" | "OPTIONS") {
        return;
    }
    let squash = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect::<String>()
    };
    let is_body = |p: &ParameterRow| {
        let name = squash(&p.name);
        name == "body"
            || name == "requestbody"
            || linked_model(&p.ty.text).is_some_and(|m| squash(m) == name)
    };
    if op.parameters.iter().any(|p| p.place == ParamPlace::Body) {
        return;
    }
    if let Some(p) = op
        .parameters
        .iter_mut()
        .find(|p| p.place == ParamPlace::Unstated && is_body(p))
    {
        p.place = ParamPlace::Body;
    }
}

/// The model a Type cell links to: `DeleteMemberRequest` in
/// `Option<[**DeleteMemberRequest**](DeleteMemberRequest.md)>`.
fn linked_model(cell: &str) -> Option<&str> {
    let at = cell.find("](")? + 2;
    let target = &cell[at..at + cell[at..].find(')')?];
    let file = target.rsplit('/').next()?;
    file.strip_suffix(".md").filter(|stem| !stem.is_empty())
}

/// A placeholder no parameter is named after (`{automation_id}` beside a parameter `id`)
/// is filled by the first required parameter, in documented order, that names no other
/// placeholder and is not a model: openapi-generator lists path parameters first.
fn fill_placeholders(op: &mut OperationDoc) {
    use heck::ToSnakeCase;
    let path = op.path.clone().unwrap_or_default();
    let holes: Vec<&str> = path
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    let named =
        |name: &str, hole: &str| name == hole || name.to_snake_case() == hole.to_snake_case();
    for hole in &holes {
        if op.parameters.iter().any(|p| named(&p.name, hole)) {
            continue;
        }
        let candidate = op.parameters.iter_mut().find(|p| {
            p.required
                && p.place != ParamPlace::Query
                && p.wire_name.is_none()
                && !p.ty.text.contains("](")
                && !holes.iter().any(|h| named(&p.name, h))
        });
        if let Some(parameter) = candidate {
            parameter.place = ParamPlace::Path;
            parameter.wire_name = Some(hole.to_string());
        }
    }
}

fn parameters(
    page: &Page<'_>,
    header: &[String],
    rows: &[table::Row],
    place: &ParamPlace,
    out: &mut Vec<ParameterRow>,
) {
    let column = |names: &[&str]| {
        header
            .iter()
            .position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
    };
    let (Some(name_col), Some(type_col)) = (column(&["Name"]), column(&["Type"])) else {
        return;
    };
    let description_col = column(&["Description"]);
    let notes_col = column(&["Notes"]);
    let required_col = column(&["Required"]);
    for row in rows {
        let type_range = row.cells[type_col].clone();
        let type_text = page.src(&type_range);
        // Go's first parameter is the call's context, not part of the request.
        if type_text.contains("context.Context") {
            continue;
        }
        let notes = Notes::read(notes_col.map_or("", |c| page.src(&row.cells[c])));
        let required = match required_col {
            Some(c) => Notes::read(page.src(&row.cells[c])).required,
            None => !notes.optional,
        };
        let mut ty = TypeCell::new(type_text, page.span(type_range));
        if let Some(values) = notes.values.filter(|v| !v.is_empty()) {
            // Kotlin lists a parameter's values in its notes: `[enum: asc, desc]`.
            let list = type_text.contains("List") || type_text.contains("Set");
            let inline = DocType::Enum(values);
            ty.ty = Some(if list {
                DocType::List(Box::new(inline))
            } else {
                inline
            });
        }
        out.push(ParameterRow {
            name: plain_name(page.src(&row.cells[name_col])),
            wire_name: None,
            place: place.clone(),
            ty,
            required,
            description: Prose::new(
                description_col
                    .map(|c| super::super::cell_prose(page.src(&row.cells[c]).trim()))
                    .unwrap_or_default(),
            ),
            span: page.span(row.range.clone()),
        });
    }
}

/// The type under `### Return type`; `None` for an empty body (`void (empty response body)`,
/// ` (empty response body)`, `null (empty response body)`).
fn return_type(page: &Page<'_>, blocks: &[Block]) -> Option<TypeCell> {
    let range = blocks.iter().find_map(|b| match b {
        Block::Paragraph { range } => Some(range.clone()),
        _ => None,
    })?;
    let text = page.src(&range).trim();
    if text.contains("empty response body") || text.is_empty() || text == "void" || text == "null" {
        return None;
    }
    Some(TypeCell::new(text, page.span(range)))
}

/// The lines of a block, without their line breaks.
fn line_ranges(
    text: &str,
    range: std::ops::Range<usize>,
) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let start = range.start;
    text[range]
        .split('\n')
        .scan(start, |offset, line| {
            let at = *offset;
            *offset += line.len() + 1;
            Some(crate::markdown::trim_range(text, at..at + line.len()))
        })
        .filter(|r| !r.is_empty())
}
