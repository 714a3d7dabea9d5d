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

use super::{cell_prose, prose, PageFormat, ProviderPages, Recognition};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::{DocType, NamedRef};
use crate::docs::*;
use crate::source::{FileId, SourceFile, Span};

pub struct EndpointFormat;

const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

impl PageFormat for EndpointFormat {
    fn name(&self) -> &'static str {
        "endpoint"
    }

    fn recognizes(&self, file: &SourceFile) -> Recognition {
        if file.text.starts_with("provider ") {
            Recognition::Surely
        } else {
            Recognition::No
        }
    }

    fn interpret(
        &self,
        id: FormatId,
        pages: &mut ProviderPages<'_>,
        diagnostics: &mut Diagnostics,
    ) {
        link_schemas(id, pages, diagnostics);
    }

    fn read(
        &self,
        id: FileId,
        file: &SourceFile,
        diagnostics: &mut Diagnostics,
    ) -> Option<PageKind> {
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

        let span = span_of(0, header.len());
        let path = words[3].to_string();
        Some(PageKind::Operations(OperationsPage {
            title: Title {
                name: summary.clone(),
                deprecated: false,
                span,
            },
            provider: Some((
                words[1].to_string(),
                span_of(provider_start, words[1].len()),
            )),
            operations: vec![OperationDoc {
                name: prose::name_from_path(&path),
                name_from_path: true,
                span,
                deprecated: false,
                summary,
                description: Prose::new(description.join("\n")),
                method: Some(words[2].to_ascii_uppercase()),
                path: Some(prose::normalize_path(&path)),
                path_inferred: false,
                request: None,
                parameters: Vec::new(),
                content_type: None,
                response: None,
                errors: Vec::new(),
            }],
            base_url: None,
        }))
    }
}

/// Each endpoint's request and response: the models whose descriptions say they define its
/// request or response schema.
fn link_schemas(id: FormatId, pages: &mut ProviderPages<'_>, diagnostics: &mut Diagnostics) {
    let mut schemas: [std::collections::BTreeMap<String, usize>; 2] = Default::default();
    for (index, page) in pages.pages.iter().enumerate() {
        let PageKind::Model(model) = &page.kind else {
            continue;
        };
        if model.wrapper.is_some() {
            continue;
        }
        for (kind, map) in ["request", "response"].iter().zip(schemas.iter_mut()) {
            for path in prose::schema_paths(&model.description.markdown, kind) {
                map.entry(path).or_insert(index);
            }
        }
    }
    for index in pages.of_format(id) {
        let found: Vec<[Option<TypeCell>; 2]> = match &pages.pages[index].kind {
            PageKind::Operations(page) => page
                .operations
                .iter()
                .map(|op| {
                    let path = op.path.clone().unwrap_or_default();
                    let mut cells = [None, None];
                    for (i, kind) in ["request", "response"].iter().enumerate() {
                        match schemas[i].get(&path) {
                            Some(&model) => cells[i] = Some(model_cell(pages, model, op.span)),
                            None => diagnostics.push(
                                Diagnostic::error(
                                    Code::MissingModel,
                                    format!(
                                        "no model is the {kind} of `{} {path}`",
                                        op.method.as_deref().unwrap_or_default()
                                    ),
                                )
                                .at(op.span, "this endpoint")
                                .note(format!(
                                    "expected a model page whose description says \"<Name> defines the {kind} schema for `{path}`\""
                                )),
                            ),
                        }
                    }
                    cells
                })
                .collect(),
            _ => continue,
        };
        let PageKind::Operations(page) = &mut pages.pages[index].kind else {
            continue;
        };
        for (op, [request, response]) in page.operations.iter_mut().zip(found) {
            op.request = request.map(|ty| RequestObject {
                ty,
                body_field: None,
            });
            op.response = response;
        }
    }
}

/// A Type cell naming the model on page `model` (the link is relative to the specs root).
fn model_cell(pages: &ProviderPages<'_>, model: usize, at: Span) -> TypeCell {
    let path = pages.path(model);
    TypeCell {
        text: path.to_string(),
        span: at,
        ty: Some(DocType::Named(NamedRef {
            name: match &pages.pages[model].kind {
                PageKind::Model(m) => m.title.name.clone(),
                _ => String::new(),
            },
            link: Some(format!("/{path}")),
            range: 0..0,
        })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> (Option<PageKind>, Diagnostics) {
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
        let Some(PageKind::Operations(page)) = page else {
            panic!("not an endpoint page")
        };
        let op = &page.operations[0];
        assert_eq!(
            (
                page.provider.as_ref().map(|p| p.0.as_str()),
                op.method.as_deref(),
                op.path.as_deref()
            ),
            (Some("plaid"), Some("POST"), Some("/item/remove"))
        );
        assert_eq!(op.summary, "Remove an Item");
        assert_eq!(op.description.markdown, "Deletes it.\nStill it.");
    }

    #[test]
    fn rejects_a_header_without_a_method() {
        let (page, diagnostics) = read("provider plaid /item/remove\n");
        assert!(page.is_none());
        assert!(diagnostics.has_errors());
    }
}
