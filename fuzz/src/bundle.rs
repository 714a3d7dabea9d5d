//! A fuzz input as a spec tree: several files in one byte string, so that mutations can
//! change a page, a `provider.toml`, a path, or how many files there are.
//!
//! The format is `\0path\0content` repeated. Input that does not start with `\0` is a single
//! page, `acme/page.md`. Shared by the fuzz target and the regression test that replays
//! every crash the fuzzer found (`generator/tests/fuzz_regressions.rs`) and by `seeds.py`.

use std::collections::BTreeMap;

/// The files of the input, by path.
pub fn files(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let Some(rest) = bytes.strip_prefix(b"\0") else {
        files.insert("acme/page.md".to_string(), bytes.to_vec());
        return files;
    };
    let mut parts = rest.split(|&b| b == 0);
    while let Some(path) = parts.next() {
        let content = parts.next().unwrap_or_default();
        files.insert(String::from_utf8_lossy(path).into_owned(), content.to_vec());
    }
    files
}
