//! Every input the pipeline fuzzer (`fuzz/`) found a crash with, replayed on the stable
//! toolchain: each must now end in files or diagnostics, never a panic.
//!
//! An input is a spec tree in one file (the format of `fuzz/src/bundle.rs`), kept in
//! `fuzz/regressions/pipeline/` under a name that says what it broke.

#[path = "../../fuzz/src/bundle.rs"]
mod bundle;

use generator::source::SpecTree;
use generator::CrateOptions;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

#[test]
fn fuzz_crashes_stay_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions/pipeline");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("the regression corpus is in the repository")
        .map(|entry| entry.expect("readable").path())
        .collect();
    inputs.sort();
    let mut crashed = Vec::new();
    for input in &inputs {
        let bytes = std::fs::read(input).expect("readable");
        let tree = SpecTree {
            files: bundle::files(&bytes),
        };
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            match generator::generate(tree, &CrateOptions::default()) {
                Ok(generated) => generated.files.len(),
                Err(failure) => failure.render().len(),
            }
        }));
        if outcome.is_err() {
            crashed.push(input.display().to_string());
        }
    }
    assert!(crashed.is_empty(), "panicked on: {crashed:#?}");
}
