//! The generator's stages, timed one by one: `cargo bench -p generator`.
//!
//! Runs on the real Plaid and Dwolla doc trees (with the overlays in `tests/corpora/`) when
//! `../shared/corpora/specs` is beside the repository, on the project's own `specs/` otherwise.
//! Stages: reading the files, reading pages (markdown), lowering to IR, emitting tokens,
//! formatting, writing (all changed, then nothing changed), and the whole `generate`.

use generator::emit::{self, Item};
use generator::source::SpecTree;
use generator::{format, output, CrateOptions};
use std::path::{Path, PathBuf};

// The allocator the `generator` binary uses, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    let (root, _) = specs();
    eprintln!("benchmarking on {}", root.display());
    divan::main();
}

/// The spec tree to benchmark and whether it is the corpora.
fn specs() -> (PathBuf, bool) {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let corpora = workspace.join("../shared/corpora/specs");
    if corpora.is_dir() {
        (corpora, true)
    } else {
        (workspace.join("specs"), false)
    }
}

/// The tree as corpus-check sees it: the corpora plus the overlays from `tests/corpora/`.
fn tree() -> SpecTree {
    let (root, corpora) = specs();
    let mut tree = SpecTree::read_dir(&root).expect("specs are readable");
    if corpora {
        let overlays = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpora");
        let overlay = SpecTree::read_dir(&overlays).expect("overlays are readable");
        tree.files.extend(overlay.files);
    }
    tree
}

#[divan::bench]
fn load_files() -> SpecTree {
    SpecTree::read_dir(&specs().0).expect("specs are readable")
}

/// Decoding the files and reading every page (markdown), as the CLI does: the tree is given
/// by value, so its bytes become the text without a copy.
#[divan::bench]
fn read_pages(bencher: divan::Bencher) {
    let tree = tree();
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(|tree| generator::read(tree).ok().expect("specs read"));
}

#[divan::bench]
fn lower_to_ir(bencher: divan::Bencher) {
    let tree = tree();
    bencher
        .with_inputs(|| generator::read(tree.clone()).ok().expect("specs read"))
        .bench_local_values(|docs| generator::lower(docs).ok().expect("specs lower"));
}

#[divan::bench]
fn emit_tokens(bencher: divan::Bencher) {
    let analysis = generator::analyze(tree()).ok().expect("specs analyze");
    let plan = emit::emit(&analysis.api, &CrateOptions::default());
    bencher.bench_local(|| {
        plan.files
            .values()
            .map(|job| plan.expand(job))
            .collect::<Vec<Item>>()
    });
}

#[divan::bench]
fn format_files(bencher: divan::Bencher) {
    let analysis = generator::analyze(tree()).ok().expect("specs analyze");
    let plan = emit::emit(&analysis.api, &CrateOptions::default());
    bencher
        .with_inputs(|| {
            plan.files
                .values()
                .map(|job| plan.expand(job))
                .collect::<Vec<Item>>()
        })
        .bench_local_values(|items| {
            items
                .into_iter()
                .map(|item| format::format_item(item).expect("output parses"))
                .collect::<Vec<String>>()
        });
}

#[divan::bench]
fn write_all_changed(bencher: divan::Bencher) {
    let files = generator::generate(tree(), &CrateOptions::default())
        .ok()
        .expect("generates")
        .files;
    bencher
        .with_inputs(|| tempfile::tempdir().expect("temp dir"))
        .bench_local_values(|dir| {
            output::write(dir.path(), &files).expect("writes");
            dir
        });
}

#[divan::bench]
fn write_nothing_changed(bencher: divan::Bencher) {
    let files = generator::generate(tree(), &CrateOptions::default())
        .ok()
        .expect("generates")
        .files;
    let dir = tempfile::tempdir().expect("temp dir");
    output::write(dir.path(), &files).expect("writes");
    bencher.bench_local(|| output::write(dir.path(), &files).expect("writes"));
}

/// Everything `generate` does before writing, formatting on every core.
#[divan::bench(sample_count = 20)]
fn generate_in_memory(bencher: divan::Bencher) {
    let tree = tree();
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(|tree| {
            generator::generate(tree, &CrateOptions::default())
                .ok()
                .expect("generates")
        });
}
