//! Reading pages: spec files to the document model ([`crate::docs`]).
//!
//! A page format — the page layout one documentation generator writes — is a module here
//! implementing [`PageFormat`]. Reading has two steps:
//!
//! 1. [`read_page`], per file: the format whose markers the page carries finds its structure
//!    (titles, tables, rows), keeping Type cells as raw text;
//! 2. [`interpret`], per provider: each format's Type cells are read with the notation of
//!    the SDK language the docs were written for ([`crate::dialect`], detected from the cells
//!    or named in `provider.toml`), and the format applies its conventions across pages.
//!
//! Nothing after this module knows which generator wrote the docs.

mod apimatic;
mod endpoint;
mod endpoints;
pub mod interpret;
mod openapi_generator;
pub mod prose;
mod speakeasy;

pub use interpret::{interpret, ProviderPages};

use crate::diagnostics::Diagnostics;
use crate::dialect::Dialect;
use crate::docs::{FormatId, Page, PageKind, SkipReason};
use crate::source::{FileId, SourceFile};

/// A page layout (Speakeasy's, endpoint pages, ...).
pub trait PageFormat: Sync {
    /// Short name, as used in `provider.toml` (`format = "speakeasy"`) and in the summary.
    fn name(&self) -> &'static str;
    /// How surely `file` is written in this layout.
    fn recognizes(&self, file: &SourceFile) -> Recognition;
    /// Reads the page, reporting problems into `diagnostics`. `None` when the page is too
    /// broken to use (a diagnostic says why).
    fn read(
        &self,
        id: FileId,
        file: &SourceFile,
        diagnostics: &mut Diagnostics,
    ) -> Option<PageKind>;
    /// The Type-column notations of the SDK languages this layout is written for, most
    /// common first; empty when its pages have no Type cells.
    fn dialects(&self) -> &'static [&'static dyn Dialect] {
        &[]
    }
    /// Applies the layout's conventions across one provider's pages once their Type cells are
    /// read: which models are SDK response wrappers, which rows are SDK-only, and the like.
    fn interpret(
        &self,
        _id: FormatId,
        _pages: &mut ProviderPages<'_>,
        _diagnostics: &mut Diagnostics,
    ) {
    }
}

/// How a format recognises a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Recognition {
    No,
    /// The page could be in this format (a `# Title` and little else).
    Possibly,
    /// The page carries a marker only this format writes.
    Surely,
}

/// The known layouts, most specific first. A page with no marker of any format goes to the
/// format of its provider's other pages, else to the first that might read it: Speakeasy's
/// before APIMatic's, which was added later.
pub static FORMATS: &[&dyn PageFormat] = &[
    &endpoint::EndpointFormat,
    &openapi_generator::OpenApiGeneratorFormat,
    &speakeasy::SpeakeasyFormat,
    &apimatic::ApimaticFormat,
];

pub fn format(id: FormatId) -> &'static dyn PageFormat {
    FORMATS[id.0 as usize]
}

pub fn format_by_name(name: &str) -> Option<FormatId> {
    FORMATS
        .iter()
        .position(|f| f.name() == name)
        .map(|i| FormatId(i as u8))
}

/// Whether a file is a markdown page at all (images, JSON and the like are skipped).
pub fn is_markdown(path: &str) -> bool {
    let extension = path.rsplit_once('.').map_or("", |(_, ext)| ext);
    matches!(
        extension.to_ascii_lowercase().as_str(),
        "md" | "mdx" | "markdown"
    )
}

/// The format a page carries a marker of, if one does.
pub fn recognize(file: &SourceFile) -> Option<FormatId> {
    FORMATS
        .iter()
        .position(|f| f.recognizes(file) == Recognition::Surely)
        .map(|i| FormatId(i as u8))
}

/// The format of a page that carries no marker: the provider's (`fallback`, the format most of
/// its pages carry) if it might be in it, else the first that might.
pub fn fallback_format(file: &SourceFile, fallback: Option<FormatId>) -> FormatId {
    if let Some(id) = fallback.filter(|id| format(*id).recognizes(file) != Recognition::No) {
        return id;
    }
    FORMATS
        .iter()
        .position(|f| f.recognizes(file) != Recognition::No)
        .map_or(FormatId(FORMATS.len() as u8 - 1), |i| FormatId(i as u8))
}

/// Reads one spec page in `format`.
pub fn read_page(
    id: FileId,
    file: &SourceFile,
    format_id: FormatId,
    diagnostics: &mut Diagnostics,
) -> Option<Page> {
    if !is_markdown(&file.path) {
        return Some(Page {
            file: id,
            format: format_id,
            kind: PageKind::Skipped(SkipReason::NotMarkdown),
        });
    }
    let kind = format(format_id).read(id, file, diagnostics)?;
    Some(Page {
        file: id,
        format: format_id,
        kind,
    })
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
    use super::*;

    #[test]
    fn cell_prose_breaks_lines_and_unescapes_pipes() {
        assert_eq!(cell_prose("a<br/><br/>b \\| c"), "a\n\nb | c");
        assert_eq!(cell_prose("x <br> y<br />z"), "x \n y\nz");
        assert_eq!(cell_prose("<bravo>"), "<bravo>");
    }

    #[test]
    fn markdown_files_by_extension() {
        assert!(is_markdown("p/docs/x.md"));
        assert!(is_markdown("p/docs/x.mdx"));
        assert!(!is_markdown("p/docs/logo.png"));
        assert!(!is_markdown("p/docs/README"));
    }
}
