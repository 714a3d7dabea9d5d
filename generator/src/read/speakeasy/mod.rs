//! Speakeasy's documentation layout, shared by every SDK language it generates.
//!
//! Accepted grammar (headings are matched by their text, sections may come in any order):
//!
//! ```text
//! model page  := "# " title  prose*  ["## Example Usage" code]  "## Fields" table
//! enum page   := "# " title  prose*  ["## Example Usage" code]  "## Values" (table | code | list)
//! union page  := "# " title  prose*  "## Supported Types" ("### " type code?)*
//! sdk page    := "# " title  ...  "### Available Operations" list  operation*
//! operation   := "## " name  prose*  ["### Example Usage" usage-comment? code]
//!                ["### Parameters" table]  ["### Response" "**" type "**"]  ["### Errors" table]
//! title       := name | "~~" name "~~"          (struck through: deprecated)
//! ```
//!
//! A Fields table has the columns Field, Type, Required and optionally Description and
//! Example, matched by header name. A Values table has Name and Value; a Values code block is
//! a TypeScript union of string or integer literals; a Values list (newer Python docs, whose
//! enums are unions of literals) holds one literal per item in a code span.

mod conventions;
mod dates;
mod flattening;
mod models;
mod renames;
mod sdk;

use super::{cell_prose, PageFormat, Recognition};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::Dialect;
use crate::docs::*;
use crate::markdown::{front_matter, outline, Block, Table};
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

impl PageFormat for SpeakeasyFormat {
    fn name(&self) -> &'static str {
        "speakeasy"
    }

    fn recognizes(&self, file: &SourceFile) -> Recognition {
        if MARKERS.iter().any(|marker| file.text.contains(marker)) {
            Recognition::Surely
        } else if file.text.trim_start().starts_with('#')
            || front_matter(&file.text, "title").is_some()
        {
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
        let (title, body) = match self.blocks.first() {
            Some(Block::Heading {
                level: 1,
                text,
                range,
            }) => (
                self.title(self.src(text), text.clone(), range.clone(), diagnostics)?,
                &self.blocks[1..],
            ),
            // Documentation sites (`.mdx` pages) give the title in front matter instead.
            _ if front_matter(self.text, "title").is_some() => {
                let (title, range) = front_matter(self.text, "title")?;
                (
                    self.title(&title, range.clone(), range, diagnostics)?,
                    &self.blocks[..],
                )
            }
            _ if self.is_options_page() => {
                return Some(PageKind::Skipped(SkipReason::SdkConfiguration));
            }
            first => {
                let at = first.map_or(0..0, Block::range);
                diagnostics.push(
                    Diagnostic::error(Code::MalformedPage, "page does not start with a `# Title`")
                        .at(self.span(at), "expected a level-1 heading here")
                        .note("every model, enum, union and SDK page starts with `# Name`, or with front matter that has a `title:`"),
                );
                return None;
            }
        };

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

    /// The title `raw`, written at `text` within `range`.
    fn title(
        &self,
        raw: &str,
        text: Range<usize>,
        range: Range<usize>,
        diagnostics: &mut Diagnostics,
    ) -> Option<Title> {
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
}
