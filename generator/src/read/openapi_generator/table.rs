//! openapi-generator's tables, read from their source lines.
//!
//! The templates do not escape `|` inside a Type cell (`**string | null**`), so a row may
//! have more cells than its header. The Type cell is made whole again: it runs on until its
//! emphasis and brackets close. Any other surplus is an error.

use super::Page;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::markdown::Table;
use std::ops::Range;

/// A table's rows as cells by column name.
pub(super) struct Rows {
    pub header: Vec<String>,
    pub rows: Vec<Row>,
}

pub(super) struct Row {
    pub range: Range<usize>,
    pub cells: Vec<Range<usize>>,
}

impl Rows {
    /// The column named one of `names` (case-insensitive).
    pub fn column(&self, names: &[&str]) -> Option<usize> {
        self.header
            .iter()
            .position(|h| names.iter().any(|n| h.eq_ignore_ascii_case(n)))
    }
}

/// Reads a table, joining Type cells split by unescaped pipes (`type_column`) and reporting
/// rows whose cells still do not match the header.
pub(super) fn read(
    page: &Page<'_>,
    table: &Table,
    type_column: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> Rows {
    let header: Vec<String> = table
        .header
        .iter()
        .map(|h| page.src(h).trim().to_string())
        .collect();
    let lines: Vec<Range<usize>> = table.rows.iter().map(|r| r.range.clone()).collect();
    let rows = read_lines(page, &header, &lines, type_column, diagnostics);
    Rows { header, rows }
}

/// Reads source lines as rows of a table with `header`.
pub(super) fn read_lines(
    page: &Page<'_>,
    header: &[String],
    lines: &[Range<usize>],
    type_column: Option<&str>,
    diagnostics: &mut Diagnostics,
) -> Vec<Row> {
    let type_index =
        type_column.and_then(|t| header.iter().position(|h| h.eq_ignore_ascii_case(t)));
    let description_index = header
        .iter()
        .position(|h| h.eq_ignore_ascii_case("Description"))
        .filter(|&d| d + 1 < header.len());
    let mut rows = Vec::new();
    for range in lines {
        let row = Row {
            range: range.clone(),
            cells: Vec::new(),
        };
        let mut cells = split_cells(page.text, row.range.clone());
        if let Some(t) = type_index {
            join_type_cell(page.text, &mut cells, t, header.len());
        }
        // Nor do they escape it in descriptions (which may hold a whole markdown table): the
        // cells between the Type and the Notes are the description.
        if let Some(d) = description_index {
            while cells.len() > header.len() && d + 1 < cells.len() {
                let next = cells.remove(d + 1);
                cells[d] = cells[d].start..next.end;
            }
        }
        if cells.len() != header.len() {
            // Trailing empty cells are padding some templates leave out or add.
            while cells.len() > header.len() && cells.last().is_some_and(|c| c.is_empty()) {
                cells.pop();
            }
            while cells.len() < header.len() && cells.len() + 1 >= header.len() {
                let end = row.range.end;
                cells.push(end..end);
            }
        }
        if cells.len() != header.len() {
            diagnostics.push(
                Diagnostic::error(
                    Code::MalformedTable,
                    format!(
                        "table row has {} cells, the header has {}",
                        cells.len(),
                        header.len()
                    ),
                )
                .at(page.span(row.range.clone()), "this row")
                .note(format!(
                    "expected one cell per column: {}",
                    header.join(", ")
                )),
            );
            continue;
        }
        rows.push(Row {
            range: row.range.clone(),
            cells,
        });
    }
    rows
}

/// The cells of one source row: split at unescaped pipes, the outer pipes optional, each
/// trimmed.
fn split_cells(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let line = &text[range.clone()];
    let bytes = line.as_bytes();
    let mut bounds = Vec::new();
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'\\' if !escaped => {
                escaped = true;
                continue;
            }
            b'|' if !escaped => bounds.push(i),
            _ => {}
        }
        escaped = false;
    }
    let mut starts = vec![0];
    let mut ends = Vec::new();
    for &b in &bounds {
        ends.push(b);
        starts.push(b + 1);
    }
    ends.push(line.len());
    let mut cells: Vec<Range<usize>> = starts
        .into_iter()
        .zip(ends)
        .map(|(s, e)| crate::markdown::trim_range(text, range.start + s..range.start + e))
        .collect();
    if line.trim_start().starts_with('|') && !cells.is_empty() {
        cells.remove(0);
    }
    if line.trim_end().ends_with('|') && !line.trim_end().ends_with("\\|") && !cells.is_empty() {
        cells.pop();
    }
    cells
}

/// Joins the cells after `index` into it while its emphasis or brackets are open and the row
/// has more cells than the header.
fn join_type_cell(text: &str, cells: &mut Vec<Range<usize>>, index: usize, width: usize) {
    while cells.len() > width && index + 1 < cells.len() && !balanced(&text[cells[index].clone()]) {
        let next = cells.remove(index + 1);
        cells[index] = cells[index].start..next.end;
    }
}

fn balanced(cell: &str) -> bool {
    let mut depth = 0i32;
    for c in cell.chars() {
        match c {
            '[' | '(' | '<' | '{' => depth += 1,
            ']' | ')' | '>' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth == 0 && cell.matches("**").count() % 2 == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pipes_inside_a_type_cell_are_rejoined() {
        let text = "**a** | **string | null** | The a. | [optional]";
        let mut cells = split_cells(text, 0..text.len());
        assert_eq!(cells.len(), 5);
        join_type_cell(text, &mut cells, 1, 4);
        let texts: Vec<&str> = cells.iter().map(|c| &text[c.clone()]).collect();
        assert_eq!(
            texts,
            ["**a**", "**string | null**", "The a.", "[optional]"]
        );
    }

    #[test]
    fn outer_pipes_are_optional() {
        let text = "| `a` | b \\| c |";
        let cells = split_cells(text, 0..text.len());
        let texts: Vec<&str> = cells.iter().map(|c| &text[c.clone()]).collect();
        assert_eq!(texts, ["`a`", "b \\| c"]);
    }
}
