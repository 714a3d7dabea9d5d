//! Token streams to source text: `syn` parses each file once and prettyplease prints it.

use crate::emit::{Item, Job, Plan};
use std::collections::BTreeMap;

/// A file the emitter produced that `syn` could not parse: a bug in the generator.
#[derive(Debug)]
pub struct FormatError {
    pub path: String,
    pub message: String,
}

/// Expands and formats every file of the plan. Files are independent, so they are spread
/// over the available cores; the result is ordered by path whatever the scheduling.
pub fn format_all(plan: &Plan<'_>) -> Result<BTreeMap<String, String>, Vec<FormatError>> {
    let jobs: Vec<(&String, &Job)> = plan.files.iter().collect();
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len().max(1));
    let chunk = jobs.len().div_ceil(workers).max(1);
    let mut results: Vec<(String, Result<String, String>)> = Vec::with_capacity(jobs.len());
    std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|(path, job)| ((*path).clone(), format_item(plan.expand(job))))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for handle in handles {
            match handle.join() {
                Ok(done) => results.extend(done),
                Err(_) => results.push((String::new(), Err("a formatting thread panicked".into()))),
            }
        }
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

fn format_item(item: Item) -> Result<String, String> {
    match item {
        Item::Text(text) => Ok(text),
        Item::Rust { header, tokens } => {
            let file = syn::parse2::<syn::File>(tokens).map_err(|e| e.to_string())?;
            Ok(format!("{header}\n\n{}", prettyplease::unparse(&file)))
        }
    }
}
