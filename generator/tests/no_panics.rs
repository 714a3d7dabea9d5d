//! Bad input never wins: whatever the pages say, the generator answers with files or with
//! diagnostics, never with a panic.
//!
//! Each case takes the project's own `specs/` (or a golden fixture) and breaks one page in a
//! way real docs break: a truncated file, a lost or doubled line, a stray `|`, `[`, `` ` `` or
//! `~~`, a cell emptied, bytes that are not UTF-8. The mutations come from a fixed seed, so a failure is
//! reproducible: the message names the case, the page and the mutation.

use generator::source::SpecTree;
use generator::CrateOptions;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// A small deterministic generator (xorshift64*), so cases do not depend on a crate's RNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Breaks `text` in one of the ways docs break; returns the new bytes and what was done.
fn mutate(text: &str, rng: &mut Rng) -> (Vec<u8>, String) {
    let lines: Vec<&str> = text.lines().collect();
    let line = rng.below(lines.len());
    let mut edited: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let what = match rng.below(9) {
        0 => {
            let mut cut = rng.below(text.len());
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            return (
                text.as_bytes()[..cut].to_vec(),
                format!("truncated at byte {cut}"),
            );
        }
        1 => {
            edited.remove(line.min(edited.len().saturating_sub(1)));
            format!("line {} removed", line + 1)
        }
        2 => {
            let copy = edited.get(line).cloned().unwrap_or_default();
            edited.insert(line, copy);
            format!("line {} doubled", line + 1)
        }
        3..=6 => {
            let stray = ["|", "[", "`", "~~", "](", "<", "*"][rng.below(7)];
            let target = edited.get_mut(line);
            if let Some(target) = target {
                let mut at = rng.below(target.len() + 1);
                while !target.is_char_boundary(at) {
                    at -= 1;
                }
                target.insert_str(at, stray);
            }
            format!("{stray:?} inserted in line {}", line + 1)
        }
        7 => {
            // Empty one cell of a table row.
            if let Some(target) = edited.get_mut(line) {
                let cells: Vec<&str> = target.split('|').collect();
                if cells.len() > 2 {
                    let cell = 1 + rng.below(cells.len() - 2);
                    let mut cells: Vec<String> = cells.iter().map(|c| c.to_string()).collect();
                    cells[cell] = " ".into();
                    *target = cells.join("|");
                }
            }
            format!("a cell of line {} emptied", line + 1)
        }
        _ => {
            let mut bytes = text.as_bytes().to_vec();
            let at = rng.below(bytes.len());
            bytes.insert(at, 0xFF);
            return (bytes, format!("byte 0xFF inserted at {at}"));
        }
    };
    (edited.join("\n").into_bytes(), what)
}

#[test]
fn broken_pages_give_diagnostics_not_panics() {
    let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
    let tree = SpecTree::read_dir(&specs).expect("specs/ is readable");
    let panics = break_pages(&tree, 0x5EED_2026_1122, 400);
    assert!(panics.is_empty(), "{}", panics.join("\n"));
}

/// The golden fixtures hold a small tree of every page format and SDK language the generator
/// reads: each is broken the same ways.
#[test]
fn broken_fixture_pages_give_diagnostics_not_panics() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut folders: Vec<_> = std::fs::read_dir(&fixtures)
        .expect("tests/fixtures is readable")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("ok-"))
        })
        .collect();
    folders.sort();
    let mut panics = Vec::new();
    for (n, folder) in folders.iter().enumerate() {
        let tree = SpecTree::read_dir(folder).expect("the fixture is readable");
        for panic in break_pages(&tree, 0xF1_7752 + n as u64, 25) {
            panics.push(format!("{}: {panic}", folder.display()));
        }
    }
    assert!(panics.is_empty(), "{}", panics.join("\n"));
}

/// Generates from `cases` copies of `tree`, each with one page broken; the cases that panicked.
fn break_pages(tree: &SpecTree, seed: u64, cases: usize) -> Vec<String> {
    let pages: Vec<String> = tree
        .files
        .keys()
        .filter(|p| p.contains('/') && (p.ends_with(".md") || p.ends_with(".toml")))
        .cloned()
        .collect();
    if pages.is_empty() {
        return Vec::new();
    }
    let mut rng = Rng(seed);
    let mut panics = Vec::new();
    for case in 0..cases {
        let page = &pages[rng.below(pages.len())];
        let text = String::from_utf8_lossy(&tree.files[page]).into_owned();
        let (bytes, what) = mutate(&text, &mut rng);
        let mut broken = tree.clone();
        broken.insert(page.clone(), bytes);
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            if let Err(failure) = generator::generate(&broken, &CrateOptions::default()) {
                // Rendering the diagnostics must not panic either.
                failure.render();
            }
        }));
        if outcome.is_err() {
            panics.push(format!("case {case} of {cases}: {page}: {what}"));
        }
    }
    panics
}
