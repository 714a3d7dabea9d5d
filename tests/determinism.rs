//! The generator's output depends on the specs' contents only: not on the run, and not on
//! the order in which the file system happens to list a folder.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use generator::source::SpecTree;
use generator::CrateOptions;

fn specs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the workspace root")
        .join("specs")
}

fn generate(tree: &SpecTree) -> BTreeMap<String, String> {
    match generator::generate(tree, &CrateOptions::default()) {
        Ok(generated) => generated.files,
        Err(failure) => panic!("the specs do not generate:\n{}", failure.render()),
    }
}

/// Every file and folder below `root`, relative to it, each list sorted.
fn walk(root: &Path) -> (Vec<PathBuf>, Vec<PathBuf>) {
    let mut dirs = Vec::new();
    let mut files = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        for entry in std::fs::read_dir(root.join(&relative)).expect("specs/ is readable") {
            let entry = entry.expect("specs/ is readable");
            let path = relative.join(entry.file_name());
            if entry.file_type().expect("file type").is_dir() {
                dirs.push(path.clone());
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    dirs.sort();
    files.sort();
    (dirs, files)
}

/// Copies `from` into `to`, creating folders and then files in the order given.
fn copy(from: &Path, to: &Path, dirs: &[PathBuf], files: &[PathBuf]) {
    for dir in dirs {
        std::fs::create_dir_all(to.join(dir)).expect("create folder");
    }
    for file in files {
        std::fs::copy(from.join(file), to.join(file)).expect("copy file");
    }
}

/// Which files differ between two outputs (for a readable failure).
fn differing(a: &BTreeMap<String, String>, b: &BTreeMap<String, String>) -> Vec<String> {
    let mut paths: Vec<String> = a.keys().chain(b.keys()).cloned().collect();
    paths.sort();
    paths.dedup();
    paths.retain(|path| a.get(path) != b.get(path));
    paths
}

/// Generating twice from the same in-memory spec tree gives byte-identical files.
#[test]
fn two_runs_give_identical_bytes() {
    let tree = SpecTree::read_dir(&specs_dir()).expect("specs/ is readable");
    let first = generate(&tree);
    let second = generate(&tree);
    assert!(!first.is_empty());
    assert_eq!(
        differing(&first, &second),
        Vec::<String>::new(),
        "two runs differ"
    );
    assert_eq!(first, second);
}

/// Copies of `specs/` whose files and folders were created in opposite orders (so a file
/// system may list them differently) generate the same bytes as each other and as `specs/`.
#[test]
fn output_does_not_depend_on_file_creation_order() {
    let specs = specs_dir();
    let (dirs, files) = walk(&specs);
    assert!(files.len() > 10, "specs/ has too few files: {files:?}");

    let sorted = tempfile::tempdir().expect("temp dir");
    copy(&specs, sorted.path(), &dirs, &files);

    let reversed = tempfile::tempdir().expect("temp dir");
    let dirs_reversed: Vec<PathBuf> = dirs.iter().rev().cloned().collect();
    let files_reversed: Vec<PathBuf> = files.iter().rev().cloned().collect();
    copy(&specs, reversed.path(), &dirs_reversed, &files_reversed);

    let original_tree = SpecTree::read_dir(&specs).expect("specs/ is readable");
    let sorted_tree = SpecTree::read_dir(sorted.path()).expect("copy is readable");
    let reversed_tree = SpecTree::read_dir(reversed.path()).expect("copy is readable");
    // The copies hold the same specs (so a difference below is the generator's doing).
    assert_eq!(sorted_tree, original_tree);
    assert_eq!(reversed_tree, original_tree);

    let from_specs = generate(&original_tree);
    let from_sorted = generate(&sorted_tree);
    let from_reversed = generate(&reversed_tree);
    assert_eq!(
        differing(&from_sorted, &from_reversed),
        Vec::<String>::new(),
        "sorted vs reversed copy"
    );
    assert_eq!(
        differing(&from_sorted, &from_specs),
        Vec::<String>::new(),
        "copy vs specs/"
    );
    assert_eq!(from_sorted, from_reversed);
    assert_eq!(from_sorted, from_specs);
}
