//! Reading pages: spec files to [`docs::Page`](crate::docs::Page)s.
//!
//! A page format is a module here. Each reader says whether a file is written in its format
//! ([`PageFormat::accepts`]) and reads it. Readers only find structure — titles, sections,
//! table rows — and leave the Type column to [`crate::notation`], so a new SDK language that
//! writes the same page layout needs no new reader, only a new notation.

mod endpoint;
mod speakeasy;

use crate::diagnostics::Diagnostics;
use crate::docs::{Page, PageKind, SkipReason};
use crate::source::{FileId, SourceFile};

/// A page layout (Speakeasy model pages, endpoint pages, ...).
pub trait PageFormat: Sync {
    /// Whether `file` is written in this layout.
    fn accepts(&self, file: &SourceFile) -> bool;
    /// Reads the page, reporting problems into `diagnostics`. Returns `None` when the page is
    /// too broken to use (a diagnostic says why).
    fn read(&self, id: FileId, file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<Page>;
}

/// The known layouts, most specific first.
pub static FORMATS: &[&dyn PageFormat] = &[&endpoint::EndpointFormat, &speakeasy::SpeakeasyFormat];

/// Reads one spec page with the first format that accepts it.
pub fn read_page(id: FileId, file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<Page> {
    if !file.path.ends_with(".md") {
        return Some(Page {
            file: id,
            kind: PageKind::Skipped(SkipReason::NotMarkdown),
        });
    }
    let format = FORMATS
        .iter()
        .find(|format| format.accepts(file))
        .unwrap_or(&FORMATS[FORMATS.len() - 1]);
    format.read(id, file, diagnostics)
}

/// Turns the raw markdown of a table cell into prose: `\|` unescaped, `<br/>` as line breaks.
pub(crate) fn cell_prose(cell: &str) -> String {
    let cell = crate::markdown::unescape_cell(cell);
    if !cell.contains("<br") {
        return cell.into_owned();
    }
    let mut out = String::with_capacity(cell.len());
    let mut rest: &str = &cell;
    while let Some(at) = rest.find("<br") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        match after.find('>') {
            Some(close)
                if after[3..close]
                    .trim_matches(|c| c == '/' || c == ' ')
                    .is_empty() =>
            {
                out.push('\n');
                rest = &after[close + 1..];
            }
            _ => {
                out.push_str("<br");
                rest = &after[3..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::cell_prose;

    #[test]
    fn cell_prose_breaks_lines_and_unescapes_pipes() {
        assert_eq!(cell_prose("a<br/><br/>b \\| c"), "a\n\nb | c");
        assert_eq!(cell_prose("x <br> y<br />z"), "x \n y\nz");
        assert_eq!(cell_prose("<bravo>"), "<bravo>");
    }
}
