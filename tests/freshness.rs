//! The checked-in `generated/` crate is exactly what the generator makes of `specs/` today.
//!
//! Anyone who edits a spec, the generator or its runtime without regenerating (or edits
//! `generated/src` by hand) fails this test, with the list of files that differ and the
//! command that fixes them.

use std::path::{Path, PathBuf};

use generator::output::{compare, Difference};
use generator::source::SpecTree;
use generator::CrateOptions;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace root")
        .to_path_buf()
}

/// Every generated file (`generated/Cargo.toml` and all of `generated/src/`) has the bytes
/// the generator produces from `specs/`, and no generator-owned file is missing or left over.
#[test]
fn generated_crate_matches_the_specs() {
    let root = workspace_root();
    let tree = SpecTree::read_dir(&root.join("specs")).expect("specs/ is readable");
    let generated = match generator::generate(&tree, &CrateOptions::default()) {
        Ok(generated) => generated,
        Err(failure) => panic!("the specs do not generate:\n{}", failure.render()),
    };
    assert!(
        generated.files.contains_key("Cargo.toml") && generated.files.contains_key("src/lib.rs"),
        "the generator produced no crate: {:?}",
        generated.files.keys().collect::<Vec<_>>()
    );

    let differences =
        compare(&root.join("generated"), &generated.files).expect("generated/ is readable");
    if !differences.is_empty() {
        let mut message = format!(
            "generated/ is out of date with specs/ ({} {}):\n",
            differences.len(),
            if differences.len() == 1 {
                "file differs"
            } else {
                "files differ"
            }
        );
        for difference in &differences {
            let what = match difference {
                Difference::Stale(_) => "contents differ from what the generator writes",
                Difference::Missing(_) => "the generator writes it, but it is not on disk",
                Difference::Extra(_) => "on disk, but the generator no longer writes it",
            };
            message.push_str(&format!("  {difference}  ({what})\n"));
        }
        message.push_str("fix: run `cargo run -p generator -- generate` and commit the result\n");
        panic!("{message}");
    }
}
