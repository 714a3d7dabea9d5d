//! Generation against the cost of only parsing the markdown, and how it grows with pages:
//! `cargo bench -p generator --bench scale`.
//!
//! Needs `../shared` beside the repository (the doc trees of `corpora/` and `flavours/`, with
//! the overlays in `tests/corpora/`); prints a note and measures nothing without it.
//!
//! - `parse_markdown_only` reads every page with pulldown-cmark and drops the events: the
//!   floor any markdown reader pays.
//! - `analyze_every_tree` reads, lowers and checks the same trees (`generator::analyze`: every
//!   stage before code is written), so the cost of writing and printing Rust shows as the
//!   difference to the next.
//! - `generate_every_tree` is the whole in-memory generation of the same trees in one run.
//! - `generate_copies` generates 1, 2 and 4 copies of the Plaid tree (as providers `plaid`,
//!   `plaid_2`, ...): the time per copy should stay flat.
//!
//! Peak memory is the CLI's, measured in the issue notes with `/usr/bin/time -v`.

use generator::source::SpecTree;
use generator::CrateOptions;
use std::path::{Path, PathBuf};

#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    if shared().is_none() {
        eprintln!("no ../shared beside the repository: nothing to measure");
        return;
    }
    divan::main();
}

fn shared() -> Option<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared");
    shared.join("flavours/specs").is_dir().then_some(shared)
}

/// Every doc tree, with the project's overlays, as corpus-check sees it.
fn every_tree() -> SpecTree {
    let shared = shared().expect("checked in main");
    let mut tree = SpecTree::read_dir(&shared.join("corpora/specs")).expect("corpora");
    let flavours = SpecTree::read_dir(&shared.join("flavours/specs")).expect("flavours");
    tree.files.extend(flavours.files);
    let overlays = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpora");
    let overlays = SpecTree::read_dir(&overlays).expect("overlays");
    // An overlay only applies to a tree that is there.
    let providers: std::collections::BTreeSet<String> = tree
        .files
        .keys()
        .filter_map(|p| p.split_once('/').map(|(p, _)| p.to_string()))
        .collect();
    tree.files.extend(
        overlays
            .files
            .into_iter()
            .filter(|(p, _)| providers.contains(p.split('/').next().unwrap_or_default())),
    );
    tree
}

fn is_page(path: &str) -> bool {
    path.ends_with(".md") || path.ends_with(".mdx")
}

#[divan::bench(sample_count = 5)]
fn parse_markdown_only(bencher: divan::Bencher) {
    let tree = every_tree();
    let pages: Vec<&str> = tree
        .files
        .iter()
        .filter(|(path, _)| is_page(path))
        .filter_map(|(_, bytes)| std::str::from_utf8(bytes).ok())
        .collect();
    eprintln!("{} pages", pages.len());
    let options =
        pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
    bencher.bench_local(|| {
        pages
            .iter()
            .map(|page| pulldown_cmark::Parser::new_ext(page, options).count())
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 5)]
fn analyze_every_tree(bencher: divan::Bencher) {
    let tree = every_tree();
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(|tree| generator::analyze(tree).is_ok());
}

#[divan::bench(sample_count = 5)]
fn generate_every_tree(bencher: divan::Bencher) {
    let tree = every_tree();
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(generate);
}

#[divan::bench(args = [1, 2, 4], sample_count = 5)]
fn generate_copies(bencher: divan::Bencher, copies: usize) {
    let shared = shared().expect("checked in main");
    let plaid = SpecTree::read_dir(&shared.join("corpora/specs/plaid")).expect("plaid");
    let overlay = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpora/plaid");
    let overlay = SpecTree::read_dir(&overlay).expect("plaid overlay");
    let mut tree = SpecTree::default();
    for copy in 0..copies {
        let name = if copy == 0 {
            "plaid".to_string()
        } else {
            format!("plaid_{}", copy + 1)
        };
        for (path, bytes) in plaid.files.iter().chain(&overlay.files) {
            tree.files.insert(format!("{name}/{path}"), bytes.clone());
        }
    }
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(generate);
}

/// The generated files, or how many errors stopped generation (also a cost worth seeing,
/// but the figure is only comparable when it is zero).
fn generate(tree: SpecTree) -> usize {
    match generator::generate(tree, &CrateOptions::default()) {
        Ok(generated) => generated.files.len(),
        Err(failure) => {
            let errors = failure
                .diagnostics
                .iter()
                .filter(|d| d.severity == generator::diagnostics::Severity::Error)
                .count();
            eprintln!("generation failed with {errors} errors");
            errors
        }
    }
}
