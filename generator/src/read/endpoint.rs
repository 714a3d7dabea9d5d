//! Endpoint pages, as saved from an API explorer.
//!
//! Accepted grammar (one item per line):
//!
//! ```text
//! endpoint := "provider " name " " METHOD " " path
//!             package-line            (e.g. "@utdk/plaid /processor/token/create"; ignored)
//!             summary                 (one line)
//!             description             (lines up to the first blank line)
//!             anything                (the explorer's own text; ignored)
//! ```
//!
//! The request and response models are not on the page: they are the models whose
//! description says "defines the request schema for `<path>`" (or response).

use super::{cell_prose, PageFormat};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::docs::{EndpointPage, Page, PageKind, Prose};
use crate::source::{FileId, SourceFile, Span};

pub struct EndpointFormat;

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

impl PageFormat for EndpointFormat {
    fn accepts(&self, file: &SourceFile) -> bool {
        file.text.starts_with("provider ")
    }

    fn read(&self, id: FileId, file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<Page> {
        let text = file.text.as_str();
        let mut lines = text.split_inclusive('\n').scan(0usize, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line.trim_end_matches(['\n', '\r'])))
        });

        let (_, header) = lines.next()?;
        let words: Vec<&str> = header.split(' ').collect();
        let span_of = |start: usize, len: usize| Span::new(id, start..start + len);
        let valid = words.len() == 4
            && !words[1].is_empty()
            && METHODS.contains(&words[2].to_ascii_uppercase().as_str())
            && words[3].starts_with('/');
        if !valid {
            diagnostics.push(
                Diagnostic::error(
                    Code::MalformedPage,
                    "endpoint header is not `provider <name> <METHOD> <path>`",
                )
                .at(span_of(0, header.len()), "found this")
                .note("expected e.g. `provider plaid POST /processor/token/create`"),
            );
            return None;
        }
        let provider_start = "provider ".len();

        let _package = lines.next();
        let summary = lines
            .next()
            .map(|(_, line)| line.trim().to_string())
            .unwrap_or_default();
        let mut description = Vec::new();
        for (_, line) in lines {
            if line.trim().is_empty() {
                break;
            }
            description.push(cell_prose(line.trim()));
        }
        if summary.is_empty() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "endpoint page has no summary line")
                    .at(span_of(0, header.len()), "after this header")
                    .note("the third line of an endpoint page is a one-line summary"),
            );
            return None;
        }

        Some(Page {
            file: id,
            kind: PageKind::Endpoint(EndpointPage {
                provider: words[1].to_string(),
                provider_span: span_of(provider_start, words[1].len()),
                method: words[2].to_ascii_uppercase(),
                path: words[3].to_string(),
                span: span_of(0, header.len()),
                summary,
                description: Prose::new(description.join("\n")),
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Option<Page>, Diagnostics) {
        let file = SourceFile::new("p/e.md".into(), text.into());
        let mut diagnostics = Diagnostics::default();
        (
            EndpointFormat.read(FileId(0), &file, &mut diagnostics),
            diagnostics,
        )
    }

    #[test]
    fn reads_header_summary_and_description() {
        let (page, diagnostics) = read(
            "provider plaid POST /item/remove\n@pkg /item/remove\nRemove an Item\nDeletes it.\nStill it.\n\nTry it\n",
        );
        assert!(diagnostics.is_empty());
        let Some(Page {
            kind: PageKind::Endpoint(page),
            ..
        }) = page
        else {
            panic!("not an endpoint page")
        };
        assert_eq!(
            (
                page.provider.as_str(),
                page.method.as_str(),
                page.path.as_str()
            ),
            ("plaid", "POST", "/item/remove")
        );
        assert_eq!(page.summary, "Remove an Item");
        assert_eq!(page.description.markdown, "Deletes it.\nStill it.");
    }

    #[test]
    fn rejects_a_header_without_a_method() {
        let (page, diagnostics) = read("provider plaid /item/remove\n");
        assert!(page.is_none());
        assert!(diagnostics.has_errors());
    }
}
