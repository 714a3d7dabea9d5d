//! Time in the number of rows: a model page with one Fields table of N rows, and an enum page
//! with N values. `fields_table` and `enum_values` read, lower and check them
//! (`generator::analyze`, every stage before code is written) for 10k, 100k and 1M rows;
//! `generate_fields` and `generate_enum` run the whole in-memory generation (emit and format
//! too) for 10k and 100k rows: formatting a struct of a million fields (about 300 MB of Rust)
//! takes minutes and gigabytes. Each must grow linearly:
//! `cargo bench -p generator --bench rows`.

use generator::source::SpecTree;
use generator::CrateOptions;

// The allocator the `generator` binary uses, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() {
    divan::main();
}

const ROWS: &[usize] = &[10_000, 100_000, 1_000_000];

/// Rows for the whole generation.
const GENERATED_ROWS: &[usize] = &[10_000, 100_000];

/// A models-only provider holding `page` as its one page.
fn tree(page: String) -> SpecTree {
    let mut tree = SpecTree::default();
    tree.insert("acme/provider.toml", "expect = \"models\"\n");
    tree.insert("acme/models/wide.md", page);
    tree
}

fn fields_page(rows: usize) -> String {
    let mut page = String::from(
        "# Wide\n\nA model with many fields.\n\n## Fields\n\n\
         | Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n",
    );
    for i in 0..rows {
        page.push_str(&format!(
            "| `field_{i}` | *str* | :heavy_check_mark: | Field number {i}. |\n"
        ));
    }
    page
}

fn enum_page(rows: usize) -> String {
    let mut page = String::from(
        "# Level\n\nAn enum with many values.\n\n## Values\n\n| Name | Value |\n| ---- | ----- |\n",
    );
    for i in 0..rows {
        page.push_str(&format!("| `LEVEL_{i}` | level_{i} |\n"));
    }
    page
}

#[divan::bench(args = ROWS, sample_count = 3, sample_size = 1)]
fn fields_table(bencher: divan::Bencher, rows: usize) {
    let tree = tree(fields_page(rows));
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(|tree| generator::analyze(tree).ok().expect("analyzes"));
}

#[divan::bench(args = ROWS, sample_count = 3, sample_size = 1)]
fn enum_values(bencher: divan::Bencher, rows: usize) {
    let tree = tree(enum_page(rows));
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(|tree| generator::analyze(tree).ok().expect("analyzes"));
}

#[divan::bench(args = GENERATED_ROWS, sample_count = 1, sample_size = 1)]
fn generate_fields(bencher: divan::Bencher, rows: usize) {
    let tree = tree(fields_page(rows));
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(generate);
}

#[divan::bench(args = GENERATED_ROWS, sample_count = 1, sample_size = 1)]
fn generate_enum(bencher: divan::Bencher, rows: usize) {
    let tree = tree(enum_page(rows));
    bencher
        .with_inputs(|| tree.clone())
        .bench_local_values(generate);
}

/// The generated files (dropped outside the timed part by divan).
fn generate(tree: SpecTree) -> generator::Generated {
    generator::generate(tree, &CrateOptions::default())
        .ok()
        .expect("generates")
}
