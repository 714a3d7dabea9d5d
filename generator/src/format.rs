//! Token streams to source text: `syn` parses each file once and prettyplease prints it.

use crate::emit::{Item, Job, Plan};
use std::collections::BTreeMap;

/// A file the emitter produced that `syn` could not parse: a bug in the generator.
#[derive(Debug)]
pub struct FormatError {
    pub path: String,
    pub message: String,
}

/// Expands and formats every file of the plan, spread over the available cores.
pub fn format_all(plan: &Plan<'_>) -> Result<BTreeMap<String, String>, Vec<FormatError>> {
    // The biggest files first, so no core is left with one big file at the end.
    let mut jobs: Vec<(&String, &Job)> = plan.files.iter().collect();
    jobs.sort_by_key(|(_, job)| std::cmp::Reverse(plan.size(job)));
    let results = crate::parallel::map(&jobs, |(path, job)| {
        ((*path).clone(), format_item(plan.expand(job)))
    });
    let mut files = BTreeMap::new();
    let mut errors = Vec::new();
    for (path, result) in results {
        match result {
            Ok(text) => {
                files.insert(path, text);
            }
            Err(message) => errors.push(FormatError { path, message }),
        }
    }
    if errors.is_empty() {
        Ok(files)
    } else {
        Err(errors)
    }
}

/// Formats one expanded file.
pub fn format_item(item: Item) -> Result<String, String> {
    match item {
        Item::Text(text) => Ok(text),
        Item::Rust { header, parts } => {
            let mut text = format!("{header}\n\n");
            // prettyplease prints a file item by item, each from the start of a line, so the
            // parts printed one after another read as the whole file printed at once.
            for part in parts {
                text.push_str(&print(part)?);
            }
            Ok(text)
        }
    }
}

fn print(tokens: proc_macro2::TokenStream) -> Result<String, String> {
    let file = syn::parse2::<syn::File>(tokens).map_err(|e| e.to_string())?;
    Ok(prettyplease::unparse(&file))
}
