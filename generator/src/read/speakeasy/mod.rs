//! Speakeasy's documentation layout, shared by every SDK language it generates.
//!
//! Accepted grammar (headings are matched by their text, sections may come in any order):
//!
//! ```text
//! model page  := "# " title  prose*  ["## Example Usage" code]  "## Fields" table
//! enum page   := "# " title  prose*  ["## Example Usage" code]  "## Values" (table | code)
//! union page  := "# " title  prose*  "## Supported Types" ("### " type code?)*
//! sdk page    := "# " title  ...  "### Available Operations" list  operation*
//! operation   := "## " name  prose*  ["### Example Usage" usage-comment? code]
//!                ["### Parameters" table]  ["### Response" "**" type "**"]  ["### Errors" table]
//! title       := name | "~~" name "~~"          (struck through: deprecated)
//! ```
//!
//! A Fields table has the columns Field, Type, Required and optionally Description and
//! Example, matched by header name. A Values table has Name and Value; a Values code block is
//! a TypeScript union of string literals.

mod conventions;

use super::{cell_prose, PageFormat, Recognition};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::Dialect;
use crate::docs::*;
use crate::markdown::{outline, Block, Table};
use crate::source::{FileId, SourceFile, Span};
use std::ops::Range;

pub struct SpeakeasyFormat;

/// Markers only Speakeasy's templates write: the Required column's emoji, the union and SDK
/// page headings, the usage comment.
const MARKERS: &[&str] = &[
    ":heavy_check_mark:",
    ":heavy_minus_sign:",
    "## Supported Types",
    "### Available Operations",
    "<!-- UsageSnippet",
];

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

impl PageFormat for SpeakeasyFormat {
    fn name(&self) -> &'static str {
        "speakeasy"
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
        crate::dialect::SPEAKEASY
    }

    fn interpret(
        &self,
        id: FormatId,
        pages: &mut super::ProviderPages<'_>,
        diagnostics: &mut Diagnostics,
    ) {
        conventions::apply(id, pages, diagnostics);
    }
}

struct Reader<'a> {
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
    /// Where the section's heading is; sections found by name always have one.
    fn heading_span(&self) -> Span {
        self.heading
            .as_ref()
            .map_or(Span::new(FileId(0), 0..0), |(_, span)| *span)
    }
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
            if self.is_options_page() {
                return Some(PageKind::Skipped(SkipReason::SdkConfiguration));
            }
            let at = self.blocks.first().map_or(0..0, Block::range);
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "page does not start with a `# Title`")
                    .at(self.span(at), "expected a level-1 heading here")
                    .note("every model, enum, union and SDK page starts with `# Name`"),
            );
            return None;
        };
        let title = self.title(text.clone(), range.clone(), diagnostics)?;
        let body = &self.blocks[1..];

        let is_sdk = body.iter().any(|b| {
            matches!(b, Block::Heading { text, .. } if self.src(text) == "Available Operations")
        });
        if is_sdk {
            return Some(PageKind::Operations(self.sdk_page(
                title,
                body,
                diagnostics,
            )));
        }

        let sections = split(body, 2, self.text, self.id);
        let description = self.prose(sections[0].blocks);
        let find = |name: &str| {
            sections
                .iter()
                .find(|s| s.heading.as_ref().is_some_and(|(h, _)| h == name))
        };
        let example = find("Example Usage").and_then(|s| self.code(s.blocks));

        if let Some(fields) = find("Fields") {
            let table = self.section_table(fields, "Fields", diagnostics)?;
            let header: Vec<&str> = table.header.iter().map(|h| self.src(h)).collect();
            if !header.iter().any(|h| h.eq_ignore_ascii_case("Required"))
                && header.iter().any(|h| h.eq_ignore_ascii_case("Name"))
            {
                return Some(PageKind::Skipped(SkipReason::SdkConfiguration));
            }
            let fields = self.fields(table, diagnostics)?;
            return Some(PageKind::Model(ModelPage {
                title,
                description,
                example,
                example_value: None,
                fields,
                wrapper: None,
            }));
        }
        if let Some(values) = find("Values") {
            let (values, integer) = self.enum_values(values, diagnostics)?;
            return Some(PageKind::Enum(EnumPage {
                title,
                description,
                integer,
                values,
            }));
        }
        if let Some(section) = find("Supported Types") {
            let members = self.union_members(section);
            if members.is_empty() {
                let span = section.heading_span();
                diagnostics.push(
                    Diagnostic::error(Code::MalformedPage, "union page lists no member types")
                        .at(span, "no `### `Type`` heading follows")
                        .note("each member of a union is a level-3 heading naming its type"),
                );
                return None;
            }
            return Some(PageKind::Union(UnionPage {
                title,
                description,
                members,
            }));
        }
        // An object schema without properties or description gets a page of its title
        // alone: a model with no documented fields. (Pages of prose alone are SDK guides.)
        if body.is_empty() {
            return Some(PageKind::Model(ModelPage {
                title,
                description,
                example: None,
                example_value: None,
                fields: Vec::new(),
                wrapper: None,
            }));
        }
        Some(PageKind::Skipped(SkipReason::NoSchema))
    }

    /// The Go SDK's page of call options (`operations.Option`) opens with `## Options` in
    /// older templates and lists `With...` functions with code, no table.
    fn is_options_page(&self) -> bool {
        matches!(self.blocks.first(), Some(Block::Heading { level: 2, text, .. }) if self.src(text) == "Options")
            && !self.blocks.iter().any(|b| matches!(b, Block::Table(_)))
    }

    fn title(
        &self,
        text: Range<usize>,
        range: Range<usize>,
        diagnostics: &mut Diagnostics,
    ) -> Option<Title> {
        let raw = self.src(&text);
        let (name, deprecated) = strip_strike(raw);
        let name = name.trim_matches('`').trim();
        if name.is_empty() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "the page title is empty")
                    .at(self.span(range), "expected `# Name`"),
            );
            return None;
        }
        Some(Title {
            name: name.to_string(),
            deprecated,
            span: self.span(text),
        })
    }

    /// Prose blocks joined as markdown, leaving out HTML comments.
    fn prose(&self, blocks: &[Block]) -> Prose {
        let mut parts: Vec<String> = Vec::new();
        for block in blocks {
            match block {
                Block::Paragraph { range } | Block::List { range, .. } | Block::Other { range } => {
                    parts.push(cell_prose(self.src(range)).trim_end().to_string())
                }
                Block::Code { .. } => parts.push(self.src(&block.range()).trim_end().to_string()),
                Block::Html { range } if !self.src(range).trim_start().starts_with("<!--") => {
                    parts.push(self.src(range).trim_end().to_string())
                }
                _ => {}
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
    ) -> Option<&'b Table>
    where
        'a: 'b,
    {
        let table = section.blocks.iter().find_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        });
        if table.is_none() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedTable, format!("`## {name}` has no table")).at(
                    section.heading_span(),
                    "expected a table under this heading",
                ),
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
            // A column may be given under one of several names: "Error Type|Error Object".
            match header
                .iter()
                .position(|h| name.split('|').any(|n| h.eq_ignore_ascii_case(n)))
            {
                Some(i) => found.push(i),
                None => missing.push(name.split('|').next().unwrap_or(name)),
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
                format!(
                    "{what} table has no {} column{}",
                    missing.join(", "),
                    if missing.len() > 1 { "s" } else { "" }
                ),
            )
            .at(
                self.span(header_range),
                format!("columns found: {}", header.join(", ")),
            )
            .note(format!(
                "expected the columns {}",
                wanted.join(", ").replace('|', " or ")
            )),
        );
        None
    }

    /// Rows whose cell count matches the header; the others are reported.
    fn rows<'t>(
        &self,
        table: &'t Table,
        diagnostics: &mut Diagnostics,
    ) -> impl Iterator<Item = &'t crate::markdown::Row> {
        let width = table.header.len();
        let header: Vec<&str> = table.header.iter().map(|h| self.src(h)).collect();
        for row in &table.rows {
            if row.source_cells != width {
                let mut diagnostic = Diagnostic::error(
                    Code::MalformedTable,
                    format!(
                        "table row has {} cells, the header has {width}",
                        row.source_cells
                    ),
                )
                .at(self.span(row.range.clone()), "this row")
                .note(format!(
                    "expected one cell per column: {}",
                    header.join(", ")
                ));
                if row.source_cells > width {
                    diagnostic = diagnostic.note("a `|` inside a cell must be written `\\|`");
                }
                diagnostics.push(diagnostic);
            }
        }
        table.rows.iter().filter(move |r| r.source_cells == width)
    }

    fn fields(&self, table: &Table, diagnostics: &mut Diagnostics) -> Option<Vec<FieldRow>> {
        let cols = self.columns(table, &["Field", "Type", "Required"], "Fields", diagnostics)?;
        let (field_col, type_col, required_col) = (cols[0], cols[1], cols[2]);
        let optional = |name: &str| {
            table
                .header
                .iter()
                .position(|h| self.src(h).eq_ignore_ascii_case(name))
        };
        let (description_col, example_col) = (optional("Description"), optional("Example"));
        let mut fields = Vec::new();
        for row in self.rows(table, diagnostics) {
            let name_range = row.cells[field_col].clone();
            let (name, struck) = strip_strike(self.src(&name_range));
            let name = crate::markdown::unescape_cell(name.trim().trim_matches('`')).into_owned();
            if name.is_empty() {
                diagnostics.push(
                    Diagnostic::error(Code::MalformedTable, "field name is empty")
                        .at(self.span(row.range.clone()), "this row"),
                );
                continue;
            }
            let Some(required) = self.required(&row.cells[required_col], diagnostics) else {
                continue;
            };
            let mut description = description_col
                .map(|c| cell_prose(self.src(&row.cells[c])))
                .unwrap_or_default();
            let deprecated = struck || strip_deprecation_notice(&mut description);
            let example = example_col
                .map(|c| cell_prose(self.src(&row.cells[c])).trim().to_string())
                .filter(|e| !e.is_empty());
            let type_range = row.cells[type_col].clone();
            fields.push(FieldRow {
                name,
                name_span: self.span(name_range),
                wire_name: None,
                deprecated,
                ty: TypeCell::new(self.src(&type_range), self.span(type_range)),
                required,
                nullable: false,
                read_only: false,
                default: None,
                description: Prose::new(description),
                example,
                role: FieldRole::Wire,
                span: self.span(row.range.clone()),
            });
        }
        Some(fields)
    }

    fn required(&self, cell: &Range<usize>, diagnostics: &mut Diagnostics) -> Option<bool> {
        let text = self.src(cell).trim();
        match text {
            ":heavy_check_mark:" | "✔️" | "✔" | "Yes" | "yes" | "true" => Some(true),
            ":heavy_minus_sign:" | "➖" | "No" | "no" | "false" | "" => Some(false),
            _ => {
                diagnostics.push(
                    Diagnostic::error(
                        Code::BadRequiredCell,
                        format!("cannot tell whether `{text}` means required"),
                    )
                    .at(self.span(cell.clone()), "in the Required column")
                    .note("expected `:heavy_check_mark:` (required) or `:heavy_minus_sign:` (optional)"),
                );
                None
            }
        }
    }

    /// The values, and whether they are integers.
    fn enum_values(
        &self,
        section: &Section<'_>,
        diagnostics: &mut Diagnostics,
    ) -> Option<(Vec<EnumValueRow>, bool)> {
        let heading_span = section.heading_span();
        for block in section.blocks {
            match block {
                Block::Table(table) => {
                    let cols = self.columns(table, &["Value"], "Values", diagnostics)?;
                    let name_col = table
                        .header
                        .iter()
                        .position(|h| self.src(h).eq_ignore_ascii_case("Name"));
                    let values = self
                        .rows(table, diagnostics)
                        .map(|row| EnumValueRow {
                            name: name_col.map(|c| {
                                self.src(&row.cells[c]).trim_matches('`').trim().to_string()
                            }),
                            value: crate::markdown::unescape_cell(
                                self.src(&row.cells[cols[0]]).trim(),
                            )
                            .into_owned(),
                            span: self.span(row.cells[cols[0]].clone()),
                        })
                        .collect();
                    return Some((values, false));
                }
                Block::Code { body, .. } => {
                    return self.literal_union(body.clone(), diagnostics);
                }
                _ => {}
            }
        }
        diagnostics.push(
            Diagnostic::error(
                Code::MalformedPage,
                "`## Values` has neither a table nor a code block",
            )
            .at(heading_span, "expected the values under this heading"),
        );
        None
    }

    /// `"a" | "b" | "c"`, possibly over several lines; or integers, `0 | 1 | -1`. The flag
    /// says the values are integers.
    fn literal_union(
        &self,
        body: Range<usize>,
        diagnostics: &mut Diagnostics,
    ) -> Option<(Vec<EnumValueRow>, bool)> {
        let text = self.src(&body);
        let mut values = Vec::new();
        let mut offset = 0;
        let mut ok = true;
        let mut integers = 0;
        for part in text.split('|') {
            let trimmed = part.trim();
            let start = body.start + offset + (part.len() - part.trim_start().len());
            offset += part.len() + 1;
            if trimmed.is_empty() {
                continue;
            }
            let span = self.span(start..start + trimmed.len());
            let value = match serde_json::from_str::<serde_json::Value>(trimmed) {
                Ok(serde_json::Value::String(value)) => value,
                Ok(serde_json::Value::Number(n)) if n.is_i64() => {
                    integers += 1;
                    n.to_string()
                }
                _ => {
                    ok = false;
                    diagnostics.push(
                        Diagnostic::error(
                            Code::MalformedPage,
                            format!("enum value `{trimmed}` is not a string or integer literal"),
                        )
                        .at(span, "in this union of literals")
                        .note(
                            "expected values written like `\"active\" | \"inactive\"` or `0 | 1`",
                        ),
                    );
                    continue;
                }
            };
            values.push(EnumValueRow {
                name: None,
                value,
                span,
            });
        }
        if integers > 0 && integers < values.len() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "enum mixes string and integer values")
                    .at(self.span(body), "in this union of literals")
                    .note("expected every value a string literal, or every value an integer"),
            );
            return None;
        }
        ok.then_some((values, integers > 0))
    }

    fn union_members(&self, section: &Section<'_>) -> Vec<UnionMember> {
        split(section.blocks, 3, self.text, self.id)
            .into_iter()
            .filter_map(|member| {
                let (heading, span) = member.heading?;
                let text = heading.trim().trim_matches('`').to_string();
                let inner = self.text[span.range()].find(&text).unwrap_or(0);
                Some(UnionMember {
                    ty: TypeCell::new(text.clone(), span.sub(inner..inner + text.len())),
                    example: self.code(member.blocks),
                })
            })
            .collect()
    }

    fn sdk_page(
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
        let starts: Vec<(usize, Range<usize>)> = body
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
                        let name = self.src(&row.cells[cols[0]]).trim_matches('`').to_string();
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
                            crate::markdown::unescape_cell(self.src(&row.cells[cols[i]]))
                                .replace('\\', "")
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

/// Splits blocks at headings of `level` (deeper headings stay inside their section). The
/// first section holds what comes before the first such heading and has no heading.
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
                if *l == level {
                    heading = Some((text[t.clone()].to_string(), Span::new(file, t.clone())));
                }
            }
        }
    }
    sections.push(Section {
        heading,
        blocks: &blocks[start..],
    });
    sections
}

/// `~~x~~` → (`x`, true); anything else unchanged.
fn strip_strike(text: &str) -> (&str, bool) {
    let trimmed = text.trim();
    match trimmed
        .strip_prefix("~~")
        .and_then(|rest| rest.strip_suffix("~~"))
    {
        Some(inner) => (inner.trim(), true),
        None => (trimmed, false),
    }
}

/// Speakeasy opens the description of a deprecated field with a fixed warning. Removes it
/// (the generated code says so with `#[deprecated]`) and reports whether it was there.
fn strip_deprecation_notice(description: &mut String) -> bool {
    const MARKER: &str = ": warning: ** DEPRECATED **:";
    let Some(rest) = description.trim_start().strip_prefix(MARKER) else {
        return false;
    };
    let rest = rest.trim_start();
    const BOILERPLATE: &str = "This will be removed in a future release, please migrate away from it as soon as possible.";
    let rest = rest.strip_prefix(BOILERPLATE).unwrap_or(rest);
    *description = rest.trim_start().to_string();
    true
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
    fn strike_marks_deprecation() {
        assert_eq!(strip_strike("~~Old~~"), ("Old", true));
        assert_eq!(strip_strike("~~`pay_day`~~"), ("`pay_day`", true));
        assert_eq!(strip_strike("New"), ("New", false));
    }

    #[test]
    fn usage_comment_attributes() {
        let c = r#"<!-- UsageSnippet language="typescript" operationID="getCustomer" method="get" path="/customers/{id}" -->"#;
        assert_eq!(attribute(c, "method"), Some("get"));
        assert_eq!(attribute(c, "path"), Some("/customers/{id}"));
        assert_eq!(attribute(c, "operationID"), Some("getCustomer"));
        assert_eq!(attribute(c, "missing"), None);
    }

    #[test]
    fn rows_of_the_wrong_width_say_what_was_expected() {
        let text = "# Pet\n\n## Fields\n\n| Field | Type | Required |\n| - | - | - |\n\
                    | `a` | *str* | a \\| b | :heavy_check_mark: |\n| `b` | *str* | :heavy_check_mark: |\n| `c` |\n";
        let file = SourceFile::new("p/pet.md".into(), text.into());
        let mut diagnostics = Diagnostics::default();
        let page = SpeakeasyFormat.read(FileId(0), &file, &mut diagnostics);
        let Some(PageKind::Model(model)) = page else {
            panic!("not a model page")
        };
        assert_eq!(model.fields.len(), 1, "only the well-formed row is read");
        let notes: Vec<&[String]> = diagnostics.iter().map(|d| d.notes.as_slice()).collect();
        assert_eq!(
            notes,
            [
                &[
                    "expected one cell per column: Field, Type, Required".to_string(),
                    "a `|` inside a cell must be written `\\|`".to_string()
                ][..],
                &["expected one cell per column: Field, Type, Required".to_string()][..],
            ]
        );
    }

    #[test]
    fn deprecation_notice_is_removed() {
        let mut d = ": warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.\n\nThe date.".to_string();
        assert!(strip_deprecation_notice(&mut d));
        assert_eq!(d, "The date.");
    }
}
