//! APIMatic's SDK documentation layout (the `doc/` folder of an APIMatic SDK), shared by
//! every SDK language it generates; only the Type cells differ ([`python`], [`typescript`]).
//!
//! Accepted grammar (headings matched by their text, level-2 sections in any order):
//!
//! ```text
//! model page      := "# " title prose* "## Structure" "`" Class "`" ["## Inherits From" link]
//!                    "## Fields" table ["## Example (as JSON)" json]
//! enum page       := "# " title prose* "## Enumeration" "`" Class "`" "## Fields" table
//!                    ["## Example" code]
//! container page  := "# " title prose* "## Data Type" "`" union "`" "## Cases" table
//! controller page := "# " title code "## Class Name" "`" Class "`" ["## Methods" list]
//!                    endpoint*
//! endpoint        := "# " title prose* code(signature) ["## Parameters" table]
//!                    "## Response Type" prose ["## Example Usage" code]
//!                    ["## Example Response *(as JSON)*" json] ["## Errors" table]
//! sdk page        := "# " title prose* (heading | table-without-Tags | prose | code)*
//! ```
//!
//! SDK pages (`client.md`, `auth/`, and the "SDK Infrastructure" classes the README lists:
//! `HttpRequest`, `ApiResponse`, `RetryConfiguration`...) describe the SDK, not the API, and are
//! skipped and counted; any other page without the headings above is skipped as prose.
//!
//! A Fields table has the columns Name, Type, Tags and Description; Tags holds `Required` or
//! `Optional`, and `Constant` for a field with one permitted value (stated in the
//! description as ``**Value**: `"x"` ``). A Parameters table has Parameter, Type, Tags and
//! Description; its Tags also say where the parameter goes (`Template`, `Query`, `Header`,
//! `Body`, `Form`); a parameter with no place (`requestOptions`) configures the SDK call.
//! An enumeration's Fields table lists the SDK's constant names only; their wire values are
//! worked out across pages ([`conventions`]). Endpoint pages state no HTTP method or path:
//! `provider.toml` gives them (`[endpoints]`).

mod controller;
mod conventions;
mod endpoints;
mod enums;
mod python;
mod typescript;

use super::{cell_prose, PageFormat, ProviderPages, Recognition};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::{Dialect, DocType, NamedRef, NotationError};
use crate::docs::*;
use crate::markdown::{outline, Block, Table};
use crate::source::{FileId, SourceFile, Span};
use std::ops::Range;

pub struct ApimaticFormat;

/// The notations of APIMatic's SDK languages.
static DIALECTS: &[&dyn Dialect] = &[&python::ApimaticPython, &typescript::ApimaticTypeScript];

/// Headings only APIMatic's templates write (as their own line), and its table headers.
const MARKERS: &[&str] = &[
    "\n## Class Name",
    "\n## Structure",
    "\n## Enumeration",
    "\n## Data Type",
    "| Name | Type | Tags | Description |",
    "| Parameter | Type | Tags | Description |",
];

impl PageFormat for ApimaticFormat {
    fn name(&self) -> &'static str {
        "apimatic"
    }

    fn recognizes(&self, file: &SourceFile) -> Recognition {
        if MARKERS.iter().any(|marker| file.text.contains(marker)) {
            Recognition::Surely
        } else if file.text.trim_start().starts_with('#') {
            Recognition::Possibly
        } else {
            Recognition::No
        }
    }

    fn read(
        &self,
        id: FileId,
        file: &SourceFile,
        diagnostics: &mut Diagnostics,
    ) -> Option<PageKind> {
        let reader = Reader {
            id,
            text: &file.text,
            blocks: outline(&file.text),
        };
        reader.read(diagnostics)
    }

    fn dialects(&self) -> &'static [&'static dyn Dialect] {
        DIALECTS
    }

    fn interpret(
        &self,
        id: FormatId,
        pages: &mut ProviderPages<'_>,
        diagnostics: &mut Diagnostics,
    ) {
        conventions::apply(id, pages, diagnostics);
    }
}

pub(super) struct Reader<'a> {
    id: FileId,
    text: &'a str,
    blocks: Vec<Block>,
}

/// The blocks under one heading.
struct Section<'b> {
    heading: Option<(String, Range<usize>)>,
    blocks: &'b [Block],
}

impl<'a> Reader<'a> {
    fn span(&self, range: Range<usize>) -> Span {
        Span::new(self.id, range)
    }

    fn src(&self, range: &Range<usize>) -> &'a str {
        &self.text[range.clone()]
    }

    fn read(&self, diagnostics: &mut Diagnostics) -> Option<PageKind> {
        let Some(Block::Heading {
            level: 1,
            text,
            range,
        }) = self.blocks.first()
        else {
            let at = self.blocks.first().map_or(0..0, Block::range);
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "page does not start with a `# Title`")
                    .at(self.span(at), "expected a level-1 heading here")
                    .note("every APIMatic model, enumeration, container and controller page starts with `# Title`"),
            );
            return None;
        };
        let title_text = self.src(text).trim();
        if title_text.is_empty() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "the page title is empty")
                    .at(self.span(range.clone()), "expected `# Title`"),
            );
            return None;
        }
        let title = Title {
            name: title_text.to_string(),
            deprecated: false,
            span: self.span(text.clone()),
        };
        let sections = split(&self.blocks, 2, self.text);
        let find = |name: &str| {
            sections
                .iter()
                .find(|s| s.heading.as_ref().is_some_and(|(h, _)| h == name))
        };
        if find("Class Name").is_some() {
            return self
                .controller(title, diagnostics)
                .map(PageKind::Operations);
        }
        // The title is the docs' display name ("Account Balance"); the class name is what
        // Type cells and links call the model.
        let class = |section: &Section<'_>| -> Title {
            match self.code_span(section.blocks) {
                Some((name, range)) => Title {
                    name,
                    deprecated: false,
                    span: self.span(range),
                },
                None => title.clone(),
            }
        };
        let description = self.prose(sections[0].blocks.get(1..).unwrap_or_default());
        if let (Some(structure), Some(fields)) = (find("Structure"), find("Fields")) {
            let table = self.section_table(fields, "Fields", diagnostics)?;
            let fields = self.fields(table, diagnostics)?;
            let example = find("Example (as JSON)").and_then(|s| self.code(s.blocks));
            return Some(PageKind::Model(ModelPage {
                title: class(structure),
                description,
                example,
                example_value: None,
                fields,
                wrapper: None,
            }));
        }
        if let (Some(enumeration), Some(fields)) = (find("Enumeration"), find("Fields")) {
            let table = self.section_table(fields, "Fields", diagnostics)?;
            let values = self.enum_values(table, diagnostics)?;
            return Some(PageKind::Enum(EnumPage {
                title: class(enumeration),
                description,
                integer: false,
                values,
            }));
        }
        if let (Some(_), Some(cases)) = (find("Data Type"), find("Cases")) {
            let table = self.section_table(cases, "Cases", diagnostics)?;
            let members = self.cases(table, diagnostics)?;
            return Some(PageKind::Union(UnionPage {
                title,
                description,
                members,
            }));
        }
        if self.documents_sdk_classes() {
            return Some(PageKind::Skipped(SkipReason::SdkClass));
        }
        Some(PageKind::Skipped(SkipReason::NoSchema))
    }

    /// Whether the page documents the SDK's own classes: the client, authentication and the
    /// classes APIMatic's README lists under "SDK Infrastructure" or "Classes Documentation"
    /// (`HttpRequest`, `ApiResponse`, `RetryConfiguration`...). They carry none of the API
    /// pages' headings, and their tables (`## Properties`, `## Parameters`, `## Methods`) have
    /// no Tags column, which every Fields and Parameters table of the API has.
    fn documents_sdk_classes(&self) -> bool {
        let mut tables = self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        });
        let has_tags = |t: &Table| {
            t.header
                .iter()
                .any(|h| self.src(h).eq_ignore_ascii_case("Tags"))
        };
        let mut any = false;
        tables.all(|t| {
            any = true;
            !has_tags(t)
        }) && any
    }

    /// The first inline code of the section's first paragraph (`` `ClassName` ``).
    fn code_span(&self, blocks: &[Block]) -> Option<(String, Range<usize>)> {
        let Some(Block::Paragraph { range }) = blocks.first() else {
            return None;
        };
        let src = self.src(range);
        let start = src.find('`')? + 1;
        let len = src[start..].find('`')?;
        let inner = src[start..start + len].trim();
        (!inner.is_empty()).then(|| {
            (
                inner.to_string(),
                range.start + start..range.start + start + len,
            )
        })
    }

    /// Prose blocks joined as markdown.
    fn prose(&self, blocks: &[Block]) -> Prose {
        let mut parts: Vec<String> = Vec::new();
        for block in blocks {
            match block {
                Block::Paragraph { range } | Block::List { range, .. } | Block::Other { range } => {
                    parts.push(cell_prose(self.src(range)).trim_end().to_string())
                }
                Block::Code { .. } | Block::Table(_) => {
                    parts.push(self.src(&block.range()).trim_end().to_string())
                }
                Block::Heading { range, .. } => parts.push(self.src(range).trim().to_string()),
                Block::Html { range } if !self.src(range).trim_start().starts_with("<!--") => {
                    parts.push(self.src(range).trim_end().to_string())
                }
                Block::Html { .. } => {}
            }
        }
        Prose::new(parts.join("\n\n"))
    }

    fn code(&self, blocks: &[Block]) -> Option<CodeSample> {
        blocks.iter().find_map(|b| match b {
            Block::Code { lang, body, .. } => Some(CodeSample {
                lang: lang.clone(),
                code: self.src(body).to_string(),
                span: self.span(body.clone()),
            }),
            _ => None,
        })
    }

    fn section_table<'b>(
        &self,
        section: &'b Section<'_>,
        name: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<&'b Table> {
        let table = section.blocks.iter().find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        });
        if table.is_none() {
            let at = section.heading.as_ref().map_or(0..0, |(_, r)| r.clone());
            diagnostics.push(
                Diagnostic::error(Code::MalformedTable, format!("`## {name}` has no table"))
                    .at(self.span(at), "expected a table under this heading"),
            );
        }
        table
    }

    /// Finds each named column, reporting the ones that are missing.
    fn columns(
        &self,
        table: &Table,
        wanted: &[&str],
        what: &str,
        diagnostics: &mut Diagnostics,
    ) -> Option<Vec<usize>> {
        let header: Vec<&str> = table.header.iter().map(|h| self.src(h)).collect();
        let mut found = Vec::new();
        let mut missing = Vec::new();
        for name in wanted {
            match header.iter().position(|h| h.eq_ignore_ascii_case(name)) {
                Some(i) => found.push(i),
                None => missing.push(*name),
            }
        }
        if missing.is_empty() {
            return Some(found);
        }
        let header_range =
            table.range.start..table.header.last().map_or(table.range.end, |h| h.end);
        diagnostics.push(
            Diagnostic::error(
                Code::MalformedTable,
                format!("{what} table has no {} column", missing.join(", ")),
            )
            .at(
                self.span(header_range),
                format!("columns found: {}", header.join(", ")),
            )
            .note(format!("expected the columns {}", wanted.join(", "))),
        );
        None
    }

    /// A cell's text and range, with the inline code ticks around a name removed.
    fn name_cell(&self, range: &Range<usize>) -> (String, Range<usize>) {
        let raw = self.src(range);
        let inner = raw.trim().trim_matches('`').trim();
        let start = range.start + raw.find(inner).unwrap_or(0);
        (inner.to_string(), start..start + inner.len())
    }

    fn fields(&self, table: &Table, diagnostics: &mut Diagnostics) -> Option<Vec<FieldRow>> {
        let cols = self.columns(table, &["Name", "Type", "Tags"], "Fields", diagnostics)?;
        let description_col = table
            .header
            .iter()
            .position(|h| self.src(h).eq_ignore_ascii_case("Description"));
        let mut fields = Vec::new();
        for row in &table.rows {
            let cell = |i: usize| {
                row.cells
                    .get(i)
                    .cloned()
                    .unwrap_or(row.range.end..row.range.end)
            };
            let (name, name_range) = self.name_cell(&cell(cols[0]));
            if name.is_empty() {
                continue;
            }
            let tags = self.tags(&cell(cols[2]), diagnostics)?;
            let description = description_col.map_or_else(String::new, |i| {
                let text = cell_prose(self.src(&cell(i)));
                if text.trim() == "-" {
                    String::new()
                } else {
                    text
                }
            });
            let type_range = cell(cols[1]);
            let mut ty = TypeCell::new(self.src(&type_range), self.span(type_range.clone()));
            if tags.constant {
                match stated(&description, "Value").and_then(|v| serde_json::from_str(v).ok()) {
                    Some(value) => ty.ty = Some(DocType::Literal(value)),
                    None => diagnostics.push(
                        Diagnostic::error(
                            Code::MalformedTable,
                            format!("constant `{name}` states no value"),
                        )
                        .at(self.span(row.range.clone()), "tagged `Constant`")
                        .note("expected ``**Value**: `\"...\"` `` in the description"),
                    ),
                }
            }
            fields.push(FieldRow {
                name,
                name_span: self.span(name_range),
                wire_name: None,
                deprecated: tags.deprecated,
                ty,
                required: tags.required,
                nullable: false,
                read_only: tags.read_only,
                default: stated(&description, "Default").map(str::to_string),
                description: Prose::new(description),
                examples: Vec::new(),
                role: FieldRole::Wire,
                span: self.span(row.range.clone()),
            });
        }
        Some(fields)
    }

    /// A Tags cell: presence (`Required` / `Optional`), `Constant`, and for parameters where
    /// they go.
    fn tags(&self, range: &Range<usize>, diagnostics: &mut Diagnostics) -> Option<Tags> {
        let mut tags = Tags::default();
        let mut presence = None;
        for tag in self.src(range).split(',').map(str::trim) {
            match tag.to_ascii_lowercase().as_str() {
                "required" => presence = Some(true),
                "optional" => presence = Some(false),
                "constant" => tags.constant = true,
                "deprecated" => tags.deprecated = true,
                "readonly" | "read-only" => tags.read_only = true,
                "template" => tags.place = Some(ParamPlace::Path),
                "query" => tags.place = Some(ParamPlace::Query),
                "header" => tags.place = Some(ParamPlace::Header),
                "body" | "form" => tags.place = Some(ParamPlace::Body),
                _ => diagnostics.push(
                    Diagnostic::warning(Code::BadRequiredCell, format!("unknown tag `{tag}`"))
                        .at(self.span(range.clone()), "in this Tags cell")
                        .note("expected Required, Optional, Constant, Template, Query, Header, Body or Form; the tag is ignored"),
                ),
            }
        }
        let Some(required) = presence else {
            diagnostics.push(
                Diagnostic::error(
                    Code::BadRequiredCell,
                    "the Tags cell says neither `Required` nor `Optional`",
                )
                .at(self.span(range.clone()), "here")
                .note("expected `Required` or `Optional` among the comma-separated tags"),
            );
            return None;
        };
        tags.required = required;
        Some(tags)
    }

    /// An enumeration's constants. The values are worked out later, across pages.
    fn enum_values(
        &self,
        table: &Table,
        diagnostics: &mut Diagnostics,
    ) -> Option<Vec<EnumValueRow>> {
        let cols = self.columns(table, &["Name"], "Fields", diagnostics)?;
        let values: Vec<EnumValueRow> = table
            .rows
            .iter()
            .filter_map(|row| {
                let (name, range) = self.name_cell(row.cells.get(cols[0])?);
                (!name.is_empty()).then(|| EnumValueRow {
                    name: Some(name.clone()),
                    value: name,
                    span: self.span(range),
                })
            })
            .collect();
        if values.is_empty() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedTable, "enumeration lists no constants")
                    .at(self.span(table.range.clone()), "empty table")
                    .note("expected one `` `NAME` `` per row"),
            );
            return None;
        }
        Some(values)
    }

    /// A container's cases: one type per row.
    fn cases(&self, table: &Table, diagnostics: &mut Diagnostics) -> Option<Vec<UnionMember>> {
        let cols = self.columns(table, &["Type"], "Cases", diagnostics)?;
        let members: Vec<UnionMember> = table
            .rows
            .iter()
            .filter_map(|row| {
                let range = row.cells.get(cols[0])?.clone();
                (!range.is_empty()).then(|| UnionMember {
                    ty: TypeCell::new(self.src(&range), self.span(range)),
                    example: None,
                })
            })
            .collect();
        if members.is_empty() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedTable, "container lists no cases")
                    .at(self.span(table.range.clone()), "empty table")
                    .note("expected one type per row"),
            );
            return None;
        }
        Some(members)
    }
}

#[derive(Default)]
struct Tags {
    required: bool,
    constant: bool,
    deprecated: bool,
    read_only: bool,
    place: Option<ParamPlace>,
}

/// What a description states as ``**Name**: `value` ``.
fn stated<'d>(description: &'d str, name: &str) -> Option<&'d str> {
    let marker = format!("**{name}**: `");
    let start = description.find(&marker)? + marker.len();
    let len = description[start..].find('`')?;
    Some(&description[start..start + len])
}

/// Splits blocks at headings of `level` or above. The first section holds what comes before
/// the first such heading (the title, for pages) and has no heading.
fn split<'b>(blocks: &'b [Block], level: u8, text: &str) -> Vec<Section<'b>> {
    let mut sections = Vec::new();
    let mut start = 0;
    let mut heading = None;
    for (i, block) in blocks.iter().enumerate() {
        if let Block::Heading {
            level: l, text: t, ..
        } = block
        {
            if *l == level {
                sections.push(Section {
                    heading: heading.take(),
                    blocks: &blocks[start..i],
                });
                start = i + 1;
                heading = Some((text[t.clone()].trim().to_string(), t.clone()));
            }
        }
    }
    sections.push(Section {
        heading,
        blocks: &blocks[start..],
    });
    sections
}

/// Members of a `|` union: `null` (`None`) makes the rest nullable.
fn union_of(mut members: Vec<DocType>) -> DocType {
    let null = DocType::Literal(serde_json::Value::Null);
    let nullable = members.len() > 1 && members.contains(&null);
    if nullable {
        members.retain(|m| *m != null);
    }
    let ty = if members.len() == 1 {
        members.remove(0)
    } else {
        DocType::OneOf(members)
    };
    if nullable {
        DocType::Nullable(Box::new(ty))
    } else {
        ty
    }
}

/// A link whose text is a page title (`[Create Metafield](..)`), as APIMatic writes the
/// models of an inline union: the linked page.
fn title_link(text: &str, dest: &str, base: usize) -> Option<DocType> {
    let trimmed = text.trim();
    let is_title = trimmed.contains(' ')
        && trimmed
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '_');
    is_title.then(|| {
        let start = base + text.find(trimmed).unwrap_or(0);
        DocType::Named(NamedRef {
            name: trimmed.to_string(),
            link: Some(dest.to_string()),
            range: start..start + trimmed.len(),
        })
    })
}

/// A class name (`AccountBalance`): the linked page, or the page of that class.
fn class_or_error(
    word: &str,
    link: Option<&str>,
    range: Range<usize>,
    expected: &str,
) -> Result<DocType, NotationError> {
    let is_class = word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if is_class {
        Ok(DocType::Named(NamedRef {
            name: word.to_string(),
            link: link.map(str::to_string),
            range,
        }))
    } else {
        Err(NotationError {
            range,
            found: format!("`{word}`"),
            expected: expected.into(),
        })
    }
}

#[cfg(test)]
mod tests;
