//! Methods and paths that pages do not state, from `[endpoints]` in `provider.toml`
//! (`name = "METHOD /path"`, or `"Group.name"` where two pages share a method name; the group
//! is the title of the page listing the method).
//!
//! Some formats never state them (APIMatic's endpoint pages, Speakeasy's pages made for a
//! documentation site). A method still without them cannot be called, but the models are
//! sound: every such method is listed in one diagnostic. It is an error, so that a run does
//! not pass with a crate missing operations unnoticed; with `expect = "models"` (the user asked
//! for the models alone) it is a warning and the crate holds every model and the operations
//! that were given.

use super::ProviderPages;
use crate::config::{endpoint, Expect};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::docs::*;
use crate::source::{FileId, Span};
use std::collections::BTreeMap;

/// How a format leaves methods and paths out, for the diagnostics.
pub struct Unstated<'w> {
    /// Why the pages state none (`"APIMatic's endpoint pages do not state them"`).
    pub why: &'w str,
    /// What the page whose title qualifies a name is (`"controller page"`).
    pub group: &'w str,
}

/// Gives the operations of the pages `mine` whose docs state no path (or only one read from
/// prose) the method and path `[endpoints]` names. Those still without a path on a page for
/// which `must_state` holds are listed in one diagnostic.
pub fn apply(
    pages: &mut ProviderPages<'_>,
    mine: &[usize],
    must_state: &dyn Fn(&ProviderPages<'_>, usize) -> bool,
    unstated: &Unstated<'_>,
    diagnostics: &mut Diagnostics,
) {
    let config = pages.config;
    let config_file = pages.config_file.unwrap_or(FileId(0));
    let at = |range: std::ops::Range<usize>| Span::new(config_file, range);
    // How many operations each bare name could mean.
    let mut bare: BTreeMap<String, usize> = BTreeMap::new();
    for &page in mine {
        if let PageKind::Operations(ops) = &pages.pages[page].kind {
            for op in &ops.operations {
                *bare.entry(op.name.clone()).or_default() += 1;
            }
        }
    }
    let mut used: BTreeMap<&str, bool> = config
        .endpoints
        .keys()
        .map(|k| (k.as_str(), false))
        .collect();
    let mut missing: Vec<(Span, String)> = Vec::new();
    for &page in mine {
        let must = must_state(pages, page);
        let PageKind::Operations(ops) = &mut pages.pages[page].kind else {
            continue;
        };
        let group = ops.title.name.clone();
        for op in &mut ops.operations {
            let qualified = format!("{group}.{}", op.name);
            let key = if config.endpoints.contains_key(&qualified) {
                Some(qualified.clone())
            } else if config.endpoints.contains_key(&op.name) {
                if bare[&op.name] > 1 {
                    let value = &config.endpoints[&op.name];
                    diagnostics.push(
                        Diagnostic::error(
                            Code::BadConfig,
                            format!("`{}` names {} endpoints", op.name, bare[&op.name]),
                        )
                        .at(at(value.span()), "which one?")
                        .note(format!(
                            "expected the name qualified by its {}'s title, e.g. `\"{qualified}\"`",
                            unstated.group
                        )),
                    );
                    if let Some((key, _)) = config.endpoints.get_key_value(&op.name) {
                        used.insert(key.as_str(), true);
                    }
                    None
                } else {
                    Some(op.name.clone())
                }
            } else {
                None
            };
            if let Some(flag) = key.as_deref().and_then(|k| used.get_mut(k)) {
                *flag = true;
            }
            // A path the docs state is theirs; one read from prose gives way.
            if op.path.is_some() && !op.path_inferred {
                continue;
            }
            let Some(key) = key else {
                if must && op.path.is_none() {
                    // The key to write: the bare name unless two pages share it.
                    let name = if bare[&op.name] > 1 {
                        qualified
                    } else {
                        op.name.clone()
                    };
                    missing.push((op.span, name));
                }
                continue;
            };
            if let Some((method, path)) = endpoint(config.endpoints[&key].get_ref()) {
                op.method = Some(method);
                op.path = Some(super::prose::normalize_path(&path));
                op.path_inferred = false;
            }
        }
    }
    for (key, used) in used {
        if !used {
            let value = &config.endpoints[key];
            diagnostics.push(
                Diagnostic::warning(Code::BadConfig, format!("no endpoint is named `{key}`"))
                    .at(at(value.span()), "this line is not used")
                    .note(format!(
                        "expected the SDK's method name as its signature writes it, or `\"Group.name\"` with the {}'s title",
                        unstated.group
                    )),
            );
        }
    }
    report_missing(pages, missing, unstated, diagnostics);
}

fn report_missing(
    pages: &ProviderPages<'_>,
    missing: Vec<(Span, String)>,
    unstated: &Unstated<'_>,
    diagnostics: &mut Diagnostics,
) {
    let Some((first, first_name)) = missing.first().cloned() else {
        return;
    };
    let models_only = pages
        .config
        .expect
        .as_ref()
        .is_some_and(|e| *e.get_ref() == Expect::Models);
    let message = format!(
        "{} endpoint{} of `{}` {} no HTTP method and path",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" },
        pages.name,
        if missing.len() == 1 { "has" } else { "have" },
    );
    let mut diagnostic = if models_only {
        Diagnostic::warning(Code::BadOperation, message)
    } else {
        Diagnostic::error(Code::BadOperation, message)
    }
    .at(first, format!("`{first_name}`"));
    for (span, name) in missing.iter().skip(1) {
        diagnostic = diagnostic.also(*span, format!("`{name}`"));
    }
    diagnostic = diagnostic.note(format!(
        "{}; expected each in provider.toml, e.g. `[endpoints]` `{first_name} = \"GET /path/{{id}}\"` (`\"Group.name\"` for a name two {}s share)",
        unstated.why, unstated.group
    ));
    diagnostics.push(if models_only {
        diagnostic.note("left out of the crate (`expect = \"models\"`); every model is generated")
    } else {
        diagnostic.note("to generate the models without these endpoints, say `expect = \"models\"` in provider.toml")
    });
}
