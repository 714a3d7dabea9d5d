//! Markdown to a flat outline of blocks, with byte offsets.
//!
//! This is the only place that configures pulldown-cmark for reading specs. Page readers work
//! on the outline ([`Block`]s) and on the raw source of table cells and headings, which keeps
//! every later position exact.

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// The parser every reader of spec markdown uses: GFM tables on; smart punctuation off, since
/// curly quotes would corrupt names and enum values; a YAML front matter block (`.mdx` pages
/// of documentation sites) is metadata, not a rule and a heading.
pub fn new_parser(text: &str) -> Parser<'_> {
    Parser::new_ext(
        text,
        Options::ENABLE_TABLES
            | Options::ENABLE_STRIKETHROUGH
            | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS,
    )
}

/// A top-level markdown block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Heading {
        level: u8,
        /// Raw markdown of the heading text (`~~Name~~`, `` `models.X` ``).
        text: Range<usize>,
        range: Range<usize>,
    },
    Paragraph {
        range: Range<usize>,
    },
    Code {
        lang: String,
        /// The code inside the fences.
        body: Range<usize>,
        range: Range<usize>,
    },
    Html {
        range: Range<usize>,
    },
    Table(Table),
    List {
        items: Vec<Range<usize>>,
        range: Range<usize>,
    },
    /// Anything else (block quotes, rules): kept so readers can say what they did not expect.
    Other {
        range: Range<usize>,
    },
}

impl Block {
    pub fn range(&self) -> Range<usize> {
        match self {
            Block::Heading { range, .. }
            | Block::Paragraph { range }
            | Block::Code { range, .. }
            | Block::Html { range }
            | Block::List { range, .. }
            | Block::Other { range } => range.clone(),
            Block::Table(table) => table.range.clone(),
        }
    }
}

/// A GFM table. Cells are ranges of raw markdown (trimmed), so a `|` escaped as `\|` is still
/// escaped; [`unescape_cell`] undoes that.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub range: Range<usize>,
    pub header: Vec<Range<usize>>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub range: Range<usize>,
    pub cells: Vec<Range<usize>>,
    /// How many cells the row's source really has; pulldown-cmark pads short rows and drops
    /// the surplus of long ones, which would hide a malformed row.
    pub source_cells: usize,
}

/// Parses `text` into its top-level blocks.
pub fn outline(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut events = new_parser(text).into_offset_iter();
    while let Some((event, range)) = events.next() {
        let block = match event {
            Event::Start(Tag::Heading { level, .. }) => {
                skip_to_end(&mut events);
                let line = &text[range.clone()];
                let hashes = line.len() - line.trim_start_matches('#').len();
                let inner_start = range.start + hashes;
                let inner = trim_range(text, inner_start..range.end);
                Block::Heading {
                    level: level as u8,
                    text: inner,
                    range,
                }
            }
            Event::Start(Tag::Paragraph) => {
                skip_to_end(&mut events);
                Block::Paragraph {
                    range: trim_range(text, range),
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let (lang, range) = match kind {
                    CodeBlockKind::Fenced(lang) => (lang.to_string(), range),
                    // pulldown-cmark starts an indented block after its first indentation,
                    // which is what makes it code: keep it, so the source is still a code block.
                    CodeBlockKind::Indented => {
                        (String::new(), line_start(text, range.start)..range.end)
                    }
                };
                let mut body: Option<Range<usize>> = None;
                for (event, inner) in events.by_ref() {
                    match event {
                        Event::Text(_) => {
                            body = Some(match body {
                                Some(b) => b.start..inner.end,
                                None => inner,
                            })
                        }
                        Event::End(TagEnd::CodeBlock) => break,
                        _ => {}
                    }
                }
                Block::Code {
                    lang,
                    body: body.unwrap_or(range.end..range.end),
                    range,
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                skip_to_end(&mut events);
                Block::Html { range }
            }
            Event::Html(_) => Block::Html { range },
            Event::Start(Tag::Table(_)) => Block::Table(read_table(text, &mut events, range)),
            // Front matter is read by [`front_matter`], not as a block of the page.
            Event::Start(Tag::MetadataBlock(_)) => {
                skip_to_end(&mut events);
                continue;
            }
            Event::Start(Tag::List(_)) => {
                let mut items = Vec::new();
                let mut depth = 0usize;
                for (event, inner) in events.by_ref() {
                    match event {
                        Event::Start(Tag::Item) => {
                            if depth == 0 {
                                items.push(trim_range(text, inner));
                            }
                            depth += 1;
                        }
                        Event::End(TagEnd::Item) => depth = depth.saturating_sub(1),
                        Event::End(TagEnd::List(_)) if depth == 0 => break,
                        _ => {}
                    }
                }
                Block::List { items, range }
            }
            Event::Start(_) => {
                skip_to_end(&mut events);
                Block::Other { range }
            }
            Event::Rule => Block::Other { range },
            _ => continue,
        };
        blocks.push(block);
    }
    blocks
}

/// Consumes events up to the end of the element whose start was just read.
fn skip_to_end<'a>(events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>) {
    let mut depth = 1usize;
    for (event, _) in events {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => {
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
            _ => {}
        }
    }
}

fn read_table<'a>(
    text: &str,
    events: &mut impl Iterator<Item = (Event<'a>, Range<usize>)>,
    range: Range<usize>,
) -> Table {
    let mut header = Vec::new();
    let mut rows = Vec::new();
    let mut current: Option<Row> = None;
    let mut in_head = false;
    for (event, inner) in events {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => in_head = false,
            Event::Start(Tag::TableRow) => {
                current = Some(Row {
                    source_cells: count_source_cells(&text[inner.clone()]),
                    // Without its line break, so a diagnostic underlines this row only.
                    range: trim_range(text, inner),
                    cells: Vec::new(),
                })
            }
            Event::End(TagEnd::TableRow) => rows.extend(current.take()),
            Event::Start(Tag::TableCell) => {
                let cell = trim_range(text, inner);
                if in_head {
                    header.push(cell);
                } else if let Some(row) = current.as_mut() {
                    row.cells.push(cell);
                }
            }
            Event::End(TagEnd::Table) => break,
            _ => {}
        }
    }
    Table {
        range,
        header,
        rows,
    }
}

/// Counts the cells of one table row as written: unescaped pipes separate cells, and the
/// leading and trailing pipes are optional (GFM).
pub fn count_source_cells(line: &str) -> usize {
    // `|` and `\` are ASCII, so bytes will do (Speakeasy pads cells to hundreds of spaces).
    let line = line.trim().as_bytes();
    let mut pipes = 0usize;
    let mut escaped = false;
    for &byte in line {
        match byte {
            b'\\' if !escaped => {
                escaped = true;
                continue;
            }
            b'|' if !escaped => pipes += 1,
            _ => {}
        }
        escaped = false;
    }
    let leading = line.first() == Some(&b'|');
    let trailing = line.len() > 1 && line.ends_with(b"|") && !line.ends_with(b"\\|");
    pipes + 1 - leading as usize - trailing as usize
}

/// The start of the line holding `offset`.
fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |newline| newline + 1)
}

/// The value of `key` in a page's YAML front matter (`---` lines around `key: value` lines at
/// the very start), unquoted, and where it is. Only plain one-line values are read: that is
/// how documentation sites write a page's `title`.
pub fn front_matter(text: &str, key: &str) -> Option<(String, Range<usize>)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next()?;
    if first.trim_end() != "---" {
        return None;
    }
    let mut offset = first.len();
    for line in lines {
        let start = offset;
        offset += line.len();
        let content = line.trim_end();
        if content == "---" || content == "..." {
            return None;
        }
        let Some((name, _)) = content.split_once(':') else {
            continue;
        };
        if name != key {
            continue;
        }
        let range = trim_range(text, start + name.len() + 1..start + content.len());
        let raw = &text[range.clone()];
        let value = if raw.len() >= 2 && raw.starts_with('"') && raw.ends_with('"') {
            serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw[1..raw.len() - 1].into())
        } else if raw.len() >= 2 && raw.starts_with('\'') && raw.ends_with('\'') {
            raw[1..raw.len() - 1].replace("''", "'")
        } else {
            raw.to_string()
        };
        return Some((value, range));
    }
    None
}

/// Shrinks a range to exclude surrounding white space.
pub fn trim_range(text: &str, range: Range<usize>) -> Range<usize> {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    start..end.max(start)
}

/// Undoes the escapes a table cell needs (`\|`), leaving other markdown alone.
pub fn unescape_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.contains("\\|") {
        cell.replace("\\|", "|").into()
    } else {
        cell.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_metadata_not_blocks() {
        let text = "---\ntitle: \"Chat\"\nsidebarTitle: 'It''s'\n---\n\n## Overview\n";
        assert_eq!(
            front_matter(text, "title"),
            Some(("Chat".to_string(), 11..17))
        );
        assert_eq!(
            front_matter(text, "sidebarTitle").map(|(v, _)| v),
            Some("It's".to_string())
        );
        assert_eq!(front_matter(text, "description"), None);
        assert_eq!(front_matter("# Title\n\ntitle: x\n", "title"), None);
        let blocks = outline(text);
        assert_eq!(blocks.len(), 1, "only the heading: {blocks:?}");
        assert!(matches!(blocks[0], Block::Heading { level: 2, .. }));
    }

    #[test]
    fn table_cells_are_raw_and_trimmed() {
        let text = "| Field | Type |\n| --- | --- |\n| `a` | List[[components.X](../x.md)] |\n";
        let blocks = outline(text);
        let Block::Table(table) = &blocks[0] else {
            panic!("expected a table, got {blocks:?}")
        };
        let cell = |r: &Range<usize>| &text[r.clone()];
        assert_eq!(
            table.header.iter().map(cell).collect::<Vec<_>>(),
            ["Field", "Type"]
        );
        assert_eq!(
            table.rows[0].cells.iter().map(cell).collect::<Vec<_>>(),
            ["`a`", "List[[components.X](../x.md)]"]
        );
    }

    #[test]
    fn a_row_is_its_own_line() {
        let text = "| a | b |\n| - | - |\n| 1 | 2 | 3 |\n| 4 |\n";
        let Block::Table(table) = &outline(text)[0] else {
            panic!("expected a table")
        };
        let rows: Vec<&str> = table.rows.iter().map(|r| &text[r.range.clone()]).collect();
        assert_eq!(rows, ["| 1 | 2 | 3 |", "| 4 |"]);
        assert_eq!(
            table
                .rows
                .iter()
                .map(|r| r.source_cells)
                .collect::<Vec<_>>(),
            [3, 1]
        );
    }

    #[test]
    fn source_cell_count_sees_short_and_long_rows() {
        assert_eq!(count_source_cells("| a | b |"), 2);
        assert_eq!(count_source_cells("| a \\| b | c |"), 2);
        assert_eq!(count_source_cells("| a | b | c | d |"), 4);
        assert_eq!(count_source_cells("a | b"), 2);
    }

    #[test]
    fn headings_keep_their_markup() {
        let text = "# ~~Old~~\n\n### `models.X`\n";
        let blocks = outline(text);
        let texts: Vec<_> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { text: t, level, .. } => Some((*level, &text[t.clone()])),
                _ => None,
            })
            .collect();
        assert_eq!(texts, [(1, "~~Old~~"), (3, "`models.X`")]);
    }

    #[test]
    fn indented_code_keeps_its_indentation() {
        let text = "Prose.\n\n    let x = 1;\n    let y = 2;\n\nMore prose.\n";
        let blocks = outline(text);
        let Block::Code { range, .. } = &blocks[1] else {
            panic!("expected a code block, got {blocks:?}")
        };
        assert_eq!(&text[range.clone()], "    let x = 1;\n    let y = 2;\n");
    }

    #[test]
    fn code_blocks_and_comments() {
        let text = "<!-- UsageSnippet method=\"get\" -->\n```typescript\nlet x = 1;\n```\n";
        let blocks = outline(text);
        assert!(matches!(&blocks[0], Block::Html { .. }));
        let Block::Code { lang, body, .. } = &blocks[1] else {
            panic!()
        };
        assert_eq!(lang, "typescript");
        assert_eq!(&text[body.clone()], "let x = 1;\n");
    }
}
