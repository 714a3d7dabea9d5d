//! Endpoints' methods and paths, which APIMatic's pages do not state, from `[endpoints]` in
//! `provider.toml` ([`crate::read::endpoints`]; the group of a qualified name is the controller
//! page's title). Their query and header parameters go by the API's case.

use super::super::endpoints::{self, Unstated};
use super::super::ProviderPages;
use super::conventions::Renaming;
use crate::diagnostics::Diagnostics;
use crate::docs::*;

pub fn apply(
    pages: &mut ProviderPages<'_>,
    mine: &[usize],
    rename: Renaming,
    diagnostics: &mut Diagnostics,
) {
    for &page in mine {
        let PageKind::Operations(ops) = &mut pages.pages[page].kind else {
            continue;
        };
        for op in &mut ops.operations {
            for parameter in &mut op.parameters {
                if matches!(parameter.place, ParamPlace::Query | ParamPlace::Header) {
                    parameter.wire_name = Some(rename.wire(&parameter.name));
                }
            }
        }
    }
    let unstated = Unstated {
        why: "APIMatic's endpoint pages do not state them",
        group: "controller page",
    };
    endpoints::apply(pages, mine, &|_, _| true, &unstated, diagnostics);
}
