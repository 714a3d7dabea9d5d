//! Replacing the generated crate all at once, and recovering from a run that was killed
//! while doing it.
//!
//! A run holds a lock on `.generator-lock` in the output folder while it writes, builds the
//! whole new crate (`Cargo.toml` and `src/`) in `.generator-staging-<pid>/`, and only then
//! writes the journal `.generator-swap`, naming that folder, with one atomic rename. From that
//! moment the new crate counts as written: the renames that follow (`src/` aside to
//! `.generator-old-src/`, the new `src/` in, the new `Cargo.toml` over the old) are completed
//! by the next run if this one is killed half-way. Before the journal exists, the output holds
//! the old crate and any staging folder is garbage, which the next run removes. A failure
//! (rather than a kill) half-way is rolled back at once when the new `Cargo.toml` is not yet
//! in place.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

const LOCK: &str = ".generator-lock";
const JOURNAL: &str = ".generator-swap";
const STAGING_PREFIX: &str = ".generator-staging-";
const OLD_SRC: &str = ".generator-old-src";

/// Held while a run reads or writes the output folder's bookkeeping; the operating system
/// releases it when the process dies, so a killed run never leaves it held.
pub struct Lock {
    _file: File,
}

impl Lock {
    /// Locks `out` (which must exist) against other runs of the generator. Where the platform
    /// or the file system has no advisory locks, runs are not kept apart.
    pub fn acquire(out: &Path) -> io::Result<Lock> {
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(out.join(LOCK))?;
        #[cfg(unix)]
        {
            use rustix::fs::{flock, FlockOperation};
            match flock(&file, FlockOperation::NonBlockingLockExclusive) {
                Ok(()) => {}
                Err(e) if e == rustix::io::Errno::WOULDBLOCK => {
                    return Err(io::Error::new(
                        io::ErrorKind::WouldBlock,
                        format!(
                            "another run of the generator is writing {}; try again when it is done",
                            out.display()
                        ),
                    ))
                }
                Err(e) if e == rustix::io::Errno::NOSYS || e == rustix::io::Errno::NOTSUP => {}
                Err(e) => return Err(e.into()),
            }
        }
        Ok(Lock { _file: file })
    }
}

/// The new crate, built beside the old one (same file system, so renames are atomic).
/// Removed when dropped unless swapped in.
pub struct Staging {
    pub dir: PathBuf,
}

impl Staging {
    pub fn new(out: &Path) -> io::Result<Self> {
        let dir = out.join(format!("{STAGING_PREFIX}{}", std::process::id()));
        remove_dir(&dir)?;
        std::fs::create_dir_all(&dir)?;
        Ok(Staging { dir })
    }

    /// Puts the staged `Cargo.toml` and `src/` in place of the old ones. On error, `out`
    /// holds the old crate, or (when even the roll-back failed) a journal the next run
    /// completes.
    pub fn swap_in(self, out: &Path) -> io::Result<()> {
        let name = self
            .dir
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let dir = self.dir.clone();
        #[cfg(test)]
        if faults::killing() {
            // A killed process cleans nothing up.
            std::mem::forget(self);
            let _ = write_journal(out, &name).and_then(|()| complete(out, &dir));
            return Err(io::Error::other("killed"));
        }
        write_journal(out, &name)?;
        // From here the staging folder belongs to the journal.
        std::mem::forget(self);
        if let Err(error) = complete(out, &dir) {
            return Err(match roll_back(out, &dir) {
                Ok(()) => error,
                Err(_) => io::Error::new(
                    error.kind(),
                    format!(
                        "{error}; the swap is recorded in {}, and the next run of the generator \
                         completes it",
                        out.join(JOURNAL).display()
                    ),
                ),
            });
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Writes the journal naming the staging folder: it appears whole or not at all.
fn write_journal(out: &Path, staging: &str) -> io::Result<()> {
    let pending = out.join(format!("{JOURNAL}.tmp"));
    std::fs::write(&pending, staging)?;
    rename(&pending, &out.join(JOURNAL))
}

/// Completes a swap whose journal was written: each step is done unless it already was.
fn complete(out: &Path, staging: &Path) -> io::Result<()> {
    let src = out.join("src");
    let old = out.join(OLD_SRC);
    let new_src = staging.join("src");
    if exists(&new_src)? {
        if exists(&src)? {
            remove_dir(&old)?;
            rename(&src, &old)?;
        }
        rename(&new_src, &src)?;
    }
    let manifest = staging.join("Cargo.toml");
    if exists(&manifest)? {
        rename(&manifest, &out.join("Cargo.toml"))?;
    }
    #[cfg(test)]
    faults::step()?;
    std::fs::remove_file(out.join(JOURNAL))?;
    remove_dir(&old)?;
    remove_dir(staging)
}

/// Undoes a swap that failed before the new `Cargo.toml` was in place, so that the old crate
/// is whole again.
fn roll_back(out: &Path, staging: &Path) -> io::Result<()> {
    let src = out.join("src");
    let old = out.join(OLD_SRC);
    if !exists(&staging.join("Cargo.toml"))? {
        // The new crate is whole; only the journal is left to remove.
        return std::fs::remove_file(out.join(JOURNAL));
    }
    if exists(&old)? {
        if exists(&src)? {
            std::fs::rename(&src, staging.join("src"))?;
        }
        std::fs::rename(&old, &src)?;
    }
    std::fs::remove_file(out.join(JOURNAL))?;
    remove_dir(staging)
}

/// Finishes or removes what a killed run left in `out` (the caller holds the lock), and says
/// what it did, one line per thing.
pub fn recover(out: &Path) -> io::Result<Vec<String>> {
    let mut done = Vec::new();
    let journal = out.join(JOURNAL);
    match std::fs::read_to_string(&journal) {
        Ok(name) => {
            let name = name.trim();
            // Only a staging folder directly in `out` is ever named.
            let valid = name.starts_with(STAGING_PREFIX) && !name.contains(['/', '\\']);
            if valid {
                complete(out, &out.join(name))?;
                done.push(format!(
                    "completed the swap of {} that a killed run left half done",
                    out.display()
                ));
            } else {
                std::fs::remove_file(&journal)?;
                done.push(format!(
                    "removed {}: it names no staging folder",
                    journal.display()
                ));
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    for name in leftovers(out)? {
        let path = out.join(&name);
        if path.is_dir() {
            remove_dir(&path)?;
        } else {
            std::fs::remove_file(&path)?;
        }
        done.push(format!("removed {} left by a killed run", path.display()));
    }
    Ok(done)
}

/// The names in `out` that only a run killed while writing leaves behind.
pub fn leftovers(out: &Path) -> io::Result<Vec<String>> {
    let entries = match std::fs::read_dir(out) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut found = Vec::new();
    for entry in entries {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.starts_with(STAGING_PREFIX) || name.starts_with(JOURNAL) || name == OLD_SRC {
            found.push(name);
        }
    }
    found.sort();
    Ok(found)
}

/// One step of a swap.
fn rename(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(test)]
    faults::step()?;
    std::fs::rename(from, to)
}

fn exists(path: &Path) -> io::Result<bool> {
    match std::fs::symlink_metadata(path) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Removes a folder and everything in it; a folder that is not there is fine.
fn remove_dir(path: &Path) -> io::Result<()> {
    match std::fs::remove_dir_all(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Failures and kills injected at a chosen step of a swap, to show that every one of them
/// leaves the old crate or the new one.
#[cfg(test)]
pub(super) mod faults {
    use std::cell::Cell;

    thread_local! {
        static STEP: Cell<usize> = const { Cell::new(0) };
        static FAIL_AT: Cell<Option<usize>> = const { Cell::new(None) };
        static KILL: Cell<bool> = const { Cell::new(false) };
    }

    /// The next swap fails at its step `at` (0: writing the journal), as by an I/O error or,
    /// with `kill`, as by the process being killed there.
    pub fn fail_at(at: usize, kill: bool) {
        STEP.set(0);
        FAIL_AT.set(Some(at));
        KILL.set(kill);
    }

    pub fn clear() {
        FAIL_AT.set(None);
        KILL.set(false);
    }

    pub(super) fn killing() -> bool {
        KILL.get() && FAIL_AT.get().is_some()
    }

    pub(super) fn step() -> std::io::Result<()> {
        let step = STEP.get();
        STEP.set(step + 1);
        if FAIL_AT.get() == Some(step) {
            FAIL_AT.set(None);
            return Err(std::io::Error::other("injected failure"));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::{leftovers, recover, write};
    use super::faults;
    use std::collections::BTreeMap;
    use std::path::Path;

    fn files(entries: &[(&str, &str)]) -> BTreeMap<String, String> {
        entries
            .iter()
            .map(|(p, c)| (p.to_string(), c.to_string()))
            .collect()
    }

    fn old() -> BTreeMap<String, String> {
        files(&[
            ("Cargo.toml", "old"),
            ("src/lib.rs", "old lib"),
            ("src/gone.rs", "gone"),
        ])
    }

    fn new() -> BTreeMap<String, String> {
        files(&[
            ("Cargo.toml", "new"),
            ("src/lib.rs", "new lib"),
            ("src/a/added.rs", "added"),
        ])
    }

    /// `Cargo.toml` and everything under `src/`, as on disk.
    fn on_disk(out: &Path) -> BTreeMap<String, String> {
        let mut found = BTreeMap::new();
        let mut pending = vec![out.join("src")];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    pending.push(path);
                } else {
                    let relative = path.strip_prefix(out).unwrap().to_string_lossy();
                    found.insert(
                        relative.into_owned(),
                        std::fs::read_to_string(&path).unwrap(),
                    );
                }
            }
        }
        if let Ok(manifest) = std::fs::read_to_string(out.join("Cargo.toml")) {
            found.insert("Cargo.toml".into(), manifest);
        }
        found
    }

    #[test]
    fn all_or_nothing_when_a_swap_fails_at_any_step() {
        // Steps: 0 the journal, 1 `src/` aside, 2 the new `src/` in, 3 `Cargo.toml`, 4 the
        // journal removed; 5 is past the end.
        for step in 0..6 {
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path();
            write(out, &old()).unwrap();
            faults::fail_at(step, false);
            let result = write(out, &new());
            faults::clear();
            let expected = if step <= 3 { old() } else { new() };
            assert_eq!(on_disk(out), expected, "failure at step {step}");
            assert_eq!(result.is_ok(), step == 5, "step {step}: {result:?}");
            // Nothing left behind stops the next run, which leaves nothing behind.
            write(out, &new()).unwrap();
            assert_eq!(on_disk(out), new(), "step {step}");
            assert!(leftovers(out).unwrap().is_empty(), "step {step}");
        }
    }

    #[test]
    fn all_or_nothing_when_a_run_is_killed_at_any_step() {
        // Killed before step 5, a run has left something to finish or remove.
        for step in 0..5 {
            let dir = tempfile::tempdir().unwrap();
            let out = dir.path();
            write(out, &old()).unwrap();
            faults::fail_at(step, true);
            assert!(write(out, &new()).is_err());
            faults::clear();
            // The next run first completes the swap once its journal exists, else drops it.
            let done = recover(out).unwrap();
            assert!(!done.is_empty(), "step {step}: nothing recovered");
            let expected = if step == 0 { old() } else { new() };
            assert_eq!(on_disk(out), expected, "kill at step {step}: {done:?}");
            assert!(leftovers(out).unwrap().is_empty(), "step {step}");
            let other = files(&[("Cargo.toml", "other"), ("src/lib.rs", "other")]);
            write(out, &other).unwrap();
            assert_eq!(on_disk(out), other, "step {step}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn all_or_nothing_two_runs_never_write_one_folder_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        write(out, &old()).unwrap();
        let held = super::Lock::acquire(out).unwrap();
        let error = write(out, &new()).unwrap_err();
        assert_eq!(error.kind(), std::io::ErrorKind::WouldBlock, "{error}");
        assert_eq!(on_disk(out), old());
        drop(held);
        write(out, &new()).unwrap();
        assert_eq!(on_disk(out), new());
    }

    #[test]
    fn leftovers_of_a_killed_run_are_removed_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        write(out, &old()).unwrap();
        // A run killed while staging, one killed while writing its journal, and an old
        // `src/` from before journals (which made every later run fail).
        std::fs::create_dir_all(out.join(".generator-staging-4242/src")).unwrap();
        std::fs::write(out.join(".generator-staging-4242/src/half.rs"), "").unwrap();
        std::fs::write(out.join(".generator-swap.tmp"), ".generator-staging-4242").unwrap();
        std::fs::create_dir_all(out.join(".generator-old-src/x")).unwrap();
        assert_eq!(
            leftovers(out).unwrap(),
            [
                ".generator-old-src",
                ".generator-staging-4242",
                ".generator-swap.tmp"
            ]
        );
        let done = recover(out).unwrap();
        assert_eq!(done.len(), 3, "{done:?}");
        assert!(done
            .iter()
            .all(|line| line.contains("left by a killed run")));
        assert!(leftovers(out).unwrap().is_empty());
        assert_eq!(on_disk(out), old());
        // A journal naming something else than a staging folder is dropped, never followed.
        std::fs::write(out.join(".generator-swap"), "../elsewhere").unwrap();
        assert_eq!(recover(out).unwrap().len(), 1);
        assert_eq!(on_disk(out), old());
        write(out, &new()).unwrap();
        assert_eq!(on_disk(out), new());
    }
}
