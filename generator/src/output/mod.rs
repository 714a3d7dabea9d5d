//! Writing the generated crate, and comparing it with what is on disk.
//!
//! The generator owns `Cargo.toml` and everything under `src/` of the output folder; anything
//! else there (examples, tests, a README) is left alone.

mod swap;

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::Path;

/// How a write went.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// A difference between the generated files and the output folder.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Difference {
    /// On disk, with other contents.
    Stale(String),
    /// Not on disk.
    Missing(String),
    /// On disk in a folder the generator owns, but not generated.
    Extra(String),
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Difference::Stale(path) => write!(f, "stale:   {path}"),
            Difference::Missing(path) => write!(f, "missing: {path}"),
            Difference::Extra(path) => write!(f, "extra:   {path}"),
        }
    }
}

/// Whether a path (relative to the crate root) is the generator's to write.
fn owned(path: &str) -> bool {
    path == "Cargo.toml" || path.starts_with("src/")
}

/// The generator-owned files now in `out`, relative to it.
fn existing(out: &Path) -> io::Result<BTreeSet<String>> {
    let mut found = BTreeSet::new();
    if out.join("Cargo.toml").is_file() {
        found.insert("Cargo.toml".to_string());
    }
    let mut pending = vec![(out.join("src"), "src".to_string())];
    while let Some((dir, prefix)) = pending.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = format!("{prefix}/{name}");
            if entry.file_type()?.is_dir() {
                pending.push((entry.path(), path));
            } else {
                found.insert(path);
            }
        }
    }
    Ok(found)
}

/// What differs between `files` and the output folder.
pub fn compare(out: &Path, files: &BTreeMap<String, String>) -> io::Result<Vec<Difference>> {
    let on_disk = existing(out)?;
    let mut differences = Vec::new();
    for (path, contents) in files {
        match std::fs::read(out.join(path)) {
            Ok(bytes) if bytes == contents.as_bytes() => {}
            Ok(_) => differences.push(Difference::Stale(path.clone())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                differences.push(Difference::Missing(path.clone()))
            }
            Err(e) => return Err(e),
        }
    }
    for path in on_disk {
        if owned(&path) && !files.contains_key(&path) {
            differences.push(Difference::Extra(path));
        }
    }
    differences.sort();
    Ok(differences)
}

/// Writes `files` into `out`, touching only files whose bytes changed and removing generated
/// files that are no longer generated.
///
/// The whole new crate is built in a staging folder beside it (unchanged files are hard links,
/// so they keep their modification time) and swapped in as one step that a killed run's
/// successor completes (see [`swap`]); what a killed run left behind is cleaned up first. After
/// any failure `out` holds the old crate or the new one, never a mix.
pub fn write(out: &Path, files: &BTreeMap<String, String>) -> io::Result<WriteStats> {
    check_paths(files)?;
    std::fs::create_dir_all(out)?;
    let _lock = swap::Lock::acquire(out)?;
    swap::recover(out)?;
    let differences = compare(out, files)?;
    let mut stats = WriteStats {
        unchanged: files.len()
            - differences
                .iter()
                .filter(|d| !matches!(d, Difference::Extra(_)))
                .count(),
        ..WriteStats::default()
    };
    if differences.is_empty() {
        return Ok(stats);
    }
    for difference in &differences {
        match difference {
            Difference::Extra(_) => stats.removed += 1,
            _ => stats.written += 1,
        }
    }
    let staging = swap::Staging::new(out)?;
    let changed: BTreeSet<&str> = differences
        .iter()
        .filter_map(|d| match d {
            Difference::Stale(p) | Difference::Missing(p) => Some(p.as_str()),
            Difference::Extra(_) => None,
        })
        .collect();
    for (path, contents) in files {
        let target = staging.dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        if changed.contains(path.as_str()) || std::fs::hard_link(out.join(path), &target).is_err() {
            std::fs::write(&target, contents)?;
        }
    }
    // Nothing above touched `out`.
    staging.swap_in(out)?;
    Ok(stats)
}

/// Finishes or removes what a run killed while writing `out` left there, under the same lock
/// as [`write`], and says what it did. Nothing to do when `out` does not exist.
pub fn recover(out: &Path) -> io::Result<Vec<String>> {
    if swap::leftovers(out)?.is_empty() {
        return Ok(Vec::new());
    }
    let _lock = swap::Lock::acquire(out)?;
    swap::recover(out)
}

/// What a run killed while writing `out` left there (staging folders, a half-done swap), by
/// name; the next [`write`] or [`recover`] removes or completes them.
pub fn leftovers(out: &Path) -> io::Result<Vec<String>> {
    swap::leftovers(out)
}

/// Refuses file names that are not the generator's to write or that could leave the crate:
/// only `Cargo.toml` and files under `src/`, each part of the path a plain name of ASCII
/// letters, digits, `_`, `-` and `.`, not starting with `.`.
fn check_paths(files: &BTreeMap<String, String>) -> io::Result<()> {
    let plain = |part: &str| {
        !part.is_empty()
            && !part.starts_with('.')
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    };
    for path in files.keys() {
        if !owned(path) || !path.split('/').all(plain) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "refusing to write `{}`: not a plain file name of the crate",
                    path.escape_debug()
                ),
            ));
        }
    }
    if !files.contains_key("Cargo.toml") || !files.keys().any(|path| path.starts_with("src/")) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "refusing to replace the crate with one without Cargo.toml or src/",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
        entries
            .iter()
            .map(|(p, c)| (p.to_string(), c.to_string()))
            .collect()
    }

    #[test]
    fn writes_only_what_changed_and_removes_what_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let first = files(&[
            ("Cargo.toml", "a"),
            ("src/lib.rs", "b"),
            ("src/old.rs", "c"),
        ]);
        assert_eq!(write(out, &first).unwrap().written, 3);
        std::fs::create_dir_all(out.join("examples")).unwrap();
        std::fs::write(out.join("examples/flow.rs"), "mine").unwrap();
        let lib_mtime = std::fs::metadata(out.join("src/lib.rs"))
            .unwrap()
            .modified()
            .unwrap();

        let second = files(&[("Cargo.toml", "a2"), ("src/lib.rs", "b")]);
        let stats = write(out, &second).unwrap();
        assert_eq!(
            stats,
            WriteStats {
                written: 1,
                unchanged: 1,
                removed: 1
            }
        );
        assert!(!out.join("src/old.rs").exists());
        assert_eq!(
            std::fs::read_to_string(out.join("Cargo.toml")).unwrap(),
            "a2"
        );
        assert_eq!(
            std::fs::read_to_string(out.join("examples/flow.rs")).unwrap(),
            "mine"
        );
        let after = std::fs::metadata(out.join("src/lib.rs"))
            .unwrap()
            .modified()
            .unwrap();
        assert_eq!(
            lib_mtime, after,
            "an unchanged file keeps its modification time"
        );
        assert!(compare(out, &second).unwrap().is_empty());
        assert_eq!(
            write(out, &second).unwrap(),
            WriteStats {
                written: 0,
                unchanged: 2,
                removed: 0
            }
        );
    }

    #[test]
    fn compare_lists_stale_missing_and_extra() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        write(
            out,
            &files(&[("Cargo.toml", "a"), ("src/x.rs", "x"), ("src/y.rs", "y")]),
        )
        .unwrap();
        let wanted = files(&[("Cargo.toml", "a"), ("src/x.rs", "x2"), ("src/z.rs", "z")]);
        assert_eq!(
            compare(out, &wanted).unwrap(),
            [
                Difference::Stale("src/x.rs".into()),
                Difference::Missing("src/z.rs".into()),
                Difference::Extra("src/y.rs".into()),
            ]
        );
    }
}

/// What the last `generate` into a folder read and wrote, kept in `.generator-stamp` beside
/// the crate's `src/`. When the inputs hash the same and every file it lists is as written,
/// nothing would change, and `generate` stops after reading the inputs.
///
/// Not a generated file (the freshness check never compares it): it names this very build of
/// the generator, so it differs from machine to machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    inputs: u64,
    files: BTreeMap<String, u64>,
}

const STAMP: &str = ".generator-stamp";

impl Stamp {
    /// The hash of everything a run's output depends on: the generator build, the options and
    /// the spec tree.
    pub fn inputs(tree: &crate::source::SpecTree, options: &crate::CrateOptions) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::hash::DefaultHasher::new();
        // This build of the generator: a rebuilt binary has another size or time.
        if let Some(meta) = std::env::current_exe()
            .ok()
            .and_then(|exe| std::fs::metadata(exe).ok())
        {
            meta.len().hash(&mut hasher);
            meta.modified().ok().hash(&mut hasher);
        }
        env!("CARGO_PKG_VERSION").hash(&mut hasher);
        options.name.hash(&mut hasher);
        tree.files.hash(&mut hasher);
        hasher.finish()
    }

    pub fn new(inputs: u64, files: &BTreeMap<String, String>) -> Self {
        Stamp {
            inputs,
            files: files
                .iter()
                .map(|(path, text)| (path.clone(), hash(text.as_bytes())))
                .collect(),
        }
    }

    /// Whether `out` holds exactly what a run with these inputs would write.
    pub fn is_current(out: &Path, inputs: u64) -> bool {
        let Some(stamp) = Stamp::read(out) else {
            return false;
        };
        if stamp.inputs != inputs {
            return false;
        }
        let on_disk = match existing(out) {
            Ok(on_disk) => on_disk,
            Err(_) => return false,
        };
        on_disk.len() == stamp.files.len()
            && stamp.files.iter().all(|(path, expected)| {
                on_disk.contains(path)
                    && std::fs::read(out.join(path)).is_ok_and(|bytes| hash(&bytes) == *expected)
            })
    }

    pub fn write(&self, out: &Path) -> io::Result<()> {
        let mut text = format!("inputs {:016x}\n", self.inputs);
        for (path, file_hash) in &self.files {
            text.push_str(&format!("{file_hash:016x} {path}\n"));
        }
        std::fs::write(out.join(STAMP), text)
    }

    fn read(out: &Path) -> Option<Stamp> {
        let text = std::fs::read_to_string(out.join(STAMP)).ok()?;
        let mut lines = text.lines();
        let inputs = u64::from_str_radix(lines.next()?.strip_prefix("inputs ")?, 16).ok()?;
        let mut files = BTreeMap::new();
        for line in lines {
            let (file_hash, path) = line.split_once(' ')?;
            files.insert(path.to_string(), u64::from_str_radix(file_hash, 16).ok()?);
        }
        Some(Stamp { inputs, files })
    }
}

fn hash(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    bytes.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod stamp_tests {
    use super::*;

    #[test]
    fn a_stamp_holds_while_inputs_and_files_are_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let files: BTreeMap<String, String> = [("Cargo.toml", "a"), ("src/lib.rs", "b")]
            .map(|(p, c)| (p.to_string(), c.to_string()))
            .into();
        write(out, &files).unwrap();
        Stamp::new(7, &files).write(out).unwrap();
        assert!(Stamp::is_current(out, 7));
        assert!(!Stamp::is_current(out, 8), "other inputs");

        std::fs::write(out.join("src/lib.rs"), "edited by hand").unwrap();
        assert!(!Stamp::is_current(out, 7), "an edited file");
        std::fs::write(out.join("src/lib.rs"), "b").unwrap();
        assert!(Stamp::is_current(out, 7));

        std::fs::write(out.join("src/extra.rs"), "").unwrap();
        assert!(!Stamp::is_current(out, 7), "an extra file");
        std::fs::remove_file(out.join("src/extra.rs")).unwrap();
        std::fs::remove_file(out.join(STAMP)).unwrap();
        assert!(!Stamp::is_current(out, 7), "no stamp");
    }
}
