//! Model and enum pages.

use super::{plain_name, split, table, Page, ProviderPages};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::DocType;
use crate::docs::*;
use crate::markdown::Block;
use std::collections::BTreeMap;

/// The marker some templates put after the name of a required field, instead of writing
/// `[optional]` after the others.
const REQUIRED_MARKER: &str = "<sup>*_required_</sup>";

pub(super) fn read(
    page: &Page<'_>,
    title: Title,
    body: &[Block],
    diagnostics: &mut Diagnostics,
) -> Option<PageKind> {
    let sections = split(body, 2, page.text, page.id);
    let description = page.prose(sections[0].blocks);
    let find = |name: &str| sections.iter().find(|s| s.named(name));

    // Enums the page declares inline (`## Enum: StatusEnum`), by the anchor fields link to.
    let mut inline: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for section in &sections {
        let Some(name) = section
            .heading
            .as_ref()
            .and_then(|(h, _)| h.strip_prefix("Enum:"))
        else {
            continue;
        };
        if let Some(values) = value_table(page, section.blocks, diagnostics) {
            inline.insert(
                name.trim().to_ascii_lowercase(),
                values.into_iter().map(|v| v.value).collect(),
            );
        }
    }

    if let Some(section) = find("Properties") {
        let Some(table) = section.blocks.iter().find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        }) else {
            // Some templates write an enum's page as an empty Properties section.
            return Some(undocumented_values(title, description));
        };
        let nullable = go_nullable(page, &sections);
        let fields = fields(page, table, &inline, &nullable, diagnostics)?;
        if fields.is_empty() {
            return Some(undocumented_values(title, description));
        }
        return Some(PageKind::Model(ModelPage {
            title,
            description,
            example: None,
            example_value: None,
            fields,
            wrapper: None,
        }));
    }
    if let Some(section) = find("Enum") {
        let (values, integer) = enum_list(page, section.blocks);
        if values.is_empty() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "enum page lists no values")
                    .at(section.heading_span(page.id), "under this heading")
                    .note("expected items like * `ACTIVE` (value: `\"active\"`)"),
            );
            return None;
        }
        return Some(PageKind::Enum(EnumPage {
            title,
            description,
            integer,
            values,
        }));
    }
    if let Some(section) = find("Enum Variants") {
        // Rust's oneOf: a Name | Description table of the member models.
        if let Some(members) = variant_members(page, section.blocks, diagnostics) {
            return Some(PageKind::Union(UnionPage {
                title,
                description,
                members,
            }));
        }
        let values = value_table(page, section.blocks, diagnostics)?;
        let integer = !values.is_empty() && values.iter().all(|v| v.value.parse::<i64>().is_ok());
        return Some(PageKind::Enum(EnumPage {
            title,
            description,
            integer,
            values,
        }));
    }
    Some(PageKind::Skipped(SkipReason::NoSchema))
}

/// A page with an empty Properties table: the templates of some languages (C#, Ruby) write
/// an enum so, without its values. Any string is accepted and kept.
fn undocumented_values(title: Title, description: Prose) -> PageKind {
    PageKind::Enum(EnumPage {
        title,
        description,
        integer: false,
        values: Vec::new(),
    })
}

/// Go's docs show which fields may be `null` by their `Set<Name>Nil` methods.
fn go_nullable(page: &Page<'_>, sections: &[super::Section<'_>]) -> Vec<String> {
    let Some(methods) = sections.iter().find(|s| s.named("Methods")) else {
        return Vec::new();
    };
    methods
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: 3, text, .. } => page
                .src(text)
                .trim()
                .strip_prefix("Set")
                .and_then(|n| n.strip_suffix("Nil"))
                .map(str::to_string),
            _ => None,
        })
        .collect()
}

fn fields(
    page: &Page<'_>,
    table: &crate::markdown::Table,
    inline: &BTreeMap<String, Vec<String>>,
    nullable: &[String],
    diagnostics: &mut Diagnostics,
) -> Option<Vec<FieldRow>> {
    let rows = table::read(page, table, Some("Type"), diagnostics);
    let (Some(name_col), Some(type_col)) = (rows.column(&["Name"]), rows.column(&["Type"])) else {
        diagnostics.push(
            Diagnostic::error(
                Code::MalformedTable,
                "Properties table has no Name or Type column",
            )
            .at(
                page.span(table.range.clone()),
                format!("columns found: {}", rows.header.join(", ")),
            )
            .note("expected the columns Name, Type, Description, Notes"),
        );
        return None;
    };
    let description_col = rows.column(&["Description"]);
    let notes_col = rows.column(&["Notes"]);
    let mut fields = Vec::new();
    for row in &rows.rows {
        let name_range = row.cells[name_col].clone();
        let name = plain_name(page.src(&name_range));
        if name.is_empty() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedTable, "field name is empty")
                    .at(page.span(row.range.clone()), "this row")
                    .note("expected the field's name in bold: **name**"),
            );
            continue;
        }
        let notes = notes_col.map_or("", |c| page.src(&row.cells[c]));
        let notes = Notes::read(notes);
        let type_range = row.cells[type_col].clone();
        let mut ty = TypeCell::new(page.src(&type_range), page.span(type_range));
        // `[**StatusEnum**](#StatusEnum)`: an enum declared further down the page.
        if let Some(anchor) = ty.text.split("](#").nth(1) {
            let anchor = anchor
                .trim_end_matches([')', ' ', '>'])
                .to_ascii_lowercase();
            if let Some(values) = inline.get(&anchor) {
                ty.ty = Some(DocType::Enum(values.clone()));
            }
        }
        if let (None, Some(values)) = (&ty.ty, &notes.values) {
            if !values.is_empty() {
                ty.ty = Some(DocType::Enum(values.clone()));
            }
        }
        let mut description = description_col
            .map(|c| super::super::cell_prose(page.src(&row.cells[c]).trim()))
            .unwrap_or_default();
        // Rust's template ends the description of an inline enum with `(enum: a, b)`.
        if let Some((before, values)) = description.trim_end().rsplit_once("(enum:") {
            let values: Vec<String> = values
                .trim_end()
                .trim_end_matches(')')
                .split(',')
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect();
            if ty.ty.is_none() && !values.is_empty() {
                let inline = DocType::Enum(values);
                let list = ty.text.contains("Vec<");
                ty.ty = Some(if list {
                    DocType::List(Box::new(inline))
                } else {
                    inline
                });
                description = before.trim_end().to_string();
            }
        }
        let required_marked = page.src(&name_range).contains(REQUIRED_MARKER);
        fields.push(FieldRow {
            nullable: nullable.contains(&name),
            name,
            name_span: page.span(name_range),
            wire_name: None,
            deprecated: false,
            ty,
            required: required_marked || !notes.optional,
            read_only: notes.read_only,
            default: notes.default,
            description: Prose::new(description),
            examples: Vec::new(),
            role: FieldRole::Wire,
            span: page.span(row.range.clone()),
        });
    }
    Some(fields)
}

/// What a Notes cell says: `[optional] [readonly] [default to 5] [enum: a, b]`.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Notes {
    pub optional: bool,
    pub required: bool,
    pub read_only: bool,
    pub default: Option<String>,
    pub values: Option<Vec<String>>,
}

impl Notes {
    pub fn read(cell: &str) -> Notes {
        let cell = crate::dialect::oag::decode_entities(cell);
        let mut notes = Notes::default();
        let mut rest: &str = &cell;
        while let Some(open) = rest.find('[') {
            let after = &rest[open + 1..];
            let Some(close) = after.find(']') else { break };
            let note = after[..close].trim();
            match note {
                "optional" => notes.optional = true,
                "required" => notes.required = true,
                "readonly" => notes.read_only = true,
                _ => {
                    if let Some(value) = note.strip_prefix("default to") {
                        let value = value.trim();
                        // TypeScript's templates write `undefined` where there is no default.
                        if !value.is_empty() && value != "undefined" {
                            notes.default = Some(value.to_string());
                        }
                    } else if let Some(values) = note.strip_prefix("enum:") {
                        notes.values = Some(
                            values
                                .split(',')
                                .map(|v| v.trim().to_string())
                                .filter(|v| !v.is_empty())
                                .collect(),
                        );
                    }
                }
            }
            rest = &after[close + 1..];
        }
        notes
    }
}

/// A Name | Value table of enum values (`IMPORT | &quot;import&quot;`).
fn value_table(
    page: &Page<'_>,
    blocks: &[Block],
    diagnostics: &mut Diagnostics,
) -> Option<Vec<EnumValueRow>> {
    let table = blocks.iter().find_map(|b| match b {
        Block::Table(t) => Some(t),
        _ => None,
    })?;
    let rows = table::read(page, table, None, diagnostics);
    let name_col = rows.column(&["Name"]);
    let value_col = rows.column(&["Value"])?;
    Some(
        rows.rows
            .iter()
            .map(|row| EnumValueRow {
                name: name_col.map(|c| plain_name(page.src(&row.cells[c]))),
                value: unquote(&crate::dialect::oag::decode_entities(
                    page.src(&row.cells[value_col]),
                )),
                span: page.span(row.cells[value_col].clone()),
            })
            .collect(),
    )
}

/// The members of a Name | Description table of variants (no Value column).
fn variant_members(
    page: &Page<'_>,
    blocks: &[Block],
    diagnostics: &mut Diagnostics,
) -> Option<Vec<UnionMember>> {
    let table = blocks.iter().find_map(|b| match b {
        Block::Table(t) => Some(t),
        _ => None,
    })?;
    let rows = table::read(page, table, None, diagnostics);
    if rows.column(&["Value"]).is_some() {
        return None;
    }
    let name_col = rows.column(&["Name"])?;
    let members = rows
        .rows
        .iter()
        .map(|row| {
            let range = row.cells[name_col].clone();
            let name = plain_name(page.src(&range));
            // Read by the language's notation: a model's name, or a primitive (`String`).
            let ty = TypeCell::new(name, page.span(range));
            UnionMember { ty, example: None }
        })
        .collect();
    Some(members)
}

/// `* `NAME` (value: `'v'`)` items; the flag says every value is an unquoted integer.
fn enum_list(page: &Page<'_>, blocks: &[Block]) -> (Vec<EnumValueRow>, bool) {
    let mut values = Vec::new();
    let mut quoted = false;
    for block in blocks {
        let items: Vec<std::ops::Range<usize>> = match block {
            Block::List { items, .. } => items.clone(),
            // Kotlin's template indents the items, which makes them a code block.
            Block::Code { body, .. } => page
                .src(body)
                .lines()
                .scan(body.start, |offset, line| {
                    let start = *offset;
                    *offset += line.len() + 1;
                    Some(start..start + line.len())
                })
                .collect(),
            _ => continue,
        };
        for item in items {
            let text = page.src(&item).trim().trim_start_matches('*').trim();
            let Some((name, value)) = text.split_once("(value:") else {
                continue;
            };
            let value = value.trim().trim_end_matches(')').trim().trim_matches('`');
            quoted |= value.starts_with(['"', '\'']);
            values.push(EnumValueRow {
                name: Some(name.trim().trim_matches('`').to_string()),
                value: unquote(value),
                span: page.span(item.clone()),
            });
        }
    }
    let integer =
        !quoted && !values.is_empty() && values.iter().all(|v| v.value.parse::<i64>().is_ok());
    (values, integer)
}

fn unquote(value: &str) -> String {
    let value = value.trim();
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner.to_string();
        }
    }
    value.to_string()
}

/// Templates that mark required fields (`name<sup>*_required_</sup>`) write nothing after the
/// others: where a provider's pages use the marker, a field without it is optional.
pub(super) fn required_markers(id: FormatId, pages: &mut ProviderPages<'_>) {
    let sources = pages.sources;
    let marked = |span: &crate::source::Span| {
        sources.get(span.file).text[span.range()].contains(REQUIRED_MARKER)
    };
    let uses_markers = pages
        .pages
        .iter()
        .filter(|p| p.format == id)
        .any(|p| match &p.kind {
            PageKind::Model(m) => m.fields.iter().any(|f| marked(&f.name_span)),
            _ => false,
        });
    if !uses_markers {
        return;
    }
    for page in pages.pages.iter_mut().filter(|p| p.format == id) {
        if let PageKind::Model(model) = &mut page.kind {
            for field in &mut model.fields {
                field.required = marked(&field.name_span);
            }
        }
    }
}

/// A model whose description says "This class extends `Base`." has Base's properties too
/// (before its own, which win on a clash), as some templates write subclasses.
pub(super) fn inherited_fields(id: FormatId, pages: &mut ProviderPages<'_>) {
    const EXTENDS: &str = "This class extends `";
    // Bases of bases: one pass per level, a few levels at most.
    for _ in 0..4 {
        let mut additions: Vec<(usize, Vec<FieldRow>)> = Vec::new();
        for (index, page) in pages.pages.iter().enumerate() {
            let PageKind::Model(model) = &page.kind else {
                continue;
            };
            if page.format != id {
                continue;
            }
            let Some(base) = model
                .description
                .markdown
                .split(EXTENDS)
                .nth(1)
                .and_then(|rest| rest.split('`').next())
            else {
                continue;
            };
            let named = crate::dialect::NamedRef {
                name: base.to_string(),
                link: None,
                range: 0..0,
            };
            let Some(base_page) = pages.find(index, &named).filter(|&b| b != index) else {
                continue;
            };
            let PageKind::Model(base_model) = &pages.pages[base_page].kind else {
                continue;
            };
            let missing: Vec<FieldRow> = base_model
                .fields
                .iter()
                .filter(|f| !model.fields.iter().any(|g| g.name == f.name))
                .cloned()
                .collect();
            if !missing.is_empty() {
                additions.push((index, missing));
            }
        }
        if additions.is_empty() {
            return;
        }
        for (index, mut inherited) in additions {
            if let PageKind::Model(model) = &mut pages.pages[index].kind {
                inherited.append(&mut model.fields);
                model.fields = inherited;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes() {
        assert_eq!(
            Notes::read("[optional][readonly] [default to 5]"),
            Notes {
                optional: true,
                read_only: true,
                default: Some("5".into()),
                ..Notes::default()
            }
        );
        assert_eq!(
            Notes::read("[optional] [default to undefined]").default,
            None
        );
        assert_eq!(
            Notes::read("[optional] [enum: Any, Deleted]").values,
            Some(vec!["Any".into(), "Deleted".into()])
        );
    }
}
