//! Golden tests: every folder in `tests/fixtures/` is a small specs root, and its output is
//! compared with a snapshot in `tests/snapshots/`.
//!
//! Update every snapshot after an intended change, then review the diff with git:
//!
//! ```text
//! INSTA_UPDATE=always cargo test -p generator
//! ```
//!
//! Add a case by adding a folder: `tests/fixtures/<case>/fixture.md` (two to four sentences on
//! what the case demonstrates; files directly in a specs root are not specs) next to one
//! provider folder holding the pages and optionally a `provider.toml`.
//!
//! - `ok-<case>`: generation must succeed. The snapshot is every generated file under
//!   `src/<provider>/`, in path order, each after a `// ---- <path> ----` line, followed by the
//!   warnings. `ok-crate-layout` also shows `Cargo.toml` and `src/lib.rs`. `src/runtime.rs` is
//!   a copy of `runtime/runtime.rs`: every fixture checks that byte for byte instead.
//! - `bad-<case>`: generation must fail with at least one error. The snapshot is the rendered
//!   diagnostics.
//!
//! Every diagnostic must point into a spec file and say what was expected (a note, or a label
//! starting with "expected").
//!
//! One case alone: `INSTA_GLOB_FILTER='ok-enums/*' cargo test -p generator --test goldens`.
//!
//! Whether the `ok-` crates compile (and pass the tests generated into them) is checked by
//! [`ok_fixtures_compile`], which is slow and so ignored by default:
//!
//! ```text
//! cargo test -p generator --test goldens -- --ignored ok_fixtures_compile
//! ```

use generator::diagnostics::{Diagnostic, Severity};
use generator::source::SpecTree;
use generator::{CrateOptions, Generated};
use std::path::{Path, PathBuf};

/// The fixture that shows the whole crate rather than one provider's folder.
const CRATE_LAYOUT: &str = "ok-crate-layout";

/// What the generator writes as `src/runtime.rs`: a header and the runtime, unchanged.
const RUNTIME: &str = include_str!("../runtime/runtime.rs");

#[test]
fn fixtures() {
    let mut problems = Vec::new();
    insta::glob!("fixtures/*/fixture.md", |path| {
        let dir = path.parent().expect("fixture.md is in a folder");
        if let Some(text) = golden(dir, &mut problems) {
            insta::assert_snapshot!(text);
        }
    });
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// The snapshot text of one fixture folder; what is wrong beyond the text goes to `problems`
/// (reported after every fixture ran), and `None` when there is no text worth comparing.
fn golden(dir: &Path, problems: &mut Vec<String>) -> Option<String> {
    let name = fixture_name(dir);
    let description = std::fs::read_to_string(dir.join("fixture.md")).expect("fixture.md");
    if description.trim().is_empty() {
        problems.push(format!(
            "{name}: fixture.md must say what the fixture demonstrates"
        ));
    }
    let tree = SpecTree::read_dir(dir).expect("the fixture folder is readable");
    let providers = provider_folders(&tree);
    if providers.len() != 1 {
        problems.push(format!(
            "{name}: a fixture holds exactly one provider folder, found {providers:?}"
        ));
        return None;
    }
    let result = generator::generate(&tree, &CrateOptions::default());
    if name.starts_with("ok-") {
        match result {
            Ok(generated) => {
                // The module name, which is the folder's unless the folder is no identifier.
                let module = generated.analysis.api.providers[0].name.clone();
                Some(ok_snapshot(&name, &module, &generated, problems))
            }
            Err(failure) => {
                problems.push(format!("{name}: generation failed:\n{}", failure.render()));
                None
            }
        }
    } else if name.starts_with("bad-") {
        match result {
            Ok(_) => {
                problems.push(format!(
                    "{name}: generation succeeded, but a bad- fixture must fail"
                ));
                None
            }
            Err(failure) => {
                if !failure.diagnostics.iter().any(Diagnostic::is_error) {
                    problems.push(format!("{name}: the failure has no error"));
                }
                for diagnostic in &failure.diagnostics {
                    check_points_at_the_spec(&name, diagnostic, problems);
                }
                Some(failure.render())
            }
        }
    } else {
        problems.push(format!("{name}: fixture names start with `ok-` or `bad-`"));
        None
    }
}

fn fixture_name(dir: &Path) -> String {
    dir.file_name()
        .expect("a fixture folder has a name")
        .to_string_lossy()
        .into_owned()
}

/// The provider folders of a spec tree (files directly in the root are documentation).
fn provider_folders(tree: &SpecTree) -> Vec<String> {
    let mut providers: Vec<String> = tree
        .files
        .keys()
        .filter_map(|path| {
            path.split_once('/')
                .map(|(provider, _)| provider.to_string())
        })
        .collect();
    providers.dedup();
    providers
}

fn ok_snapshot(
    name: &str,
    provider: &str,
    generated: &Generated,
    problems: &mut Vec<String>,
) -> String {
    let prefix = format!("src/{provider}/");
    let whole_crate = name == CRATE_LAYOUT;
    let mut out = String::new();
    for (path, contents) in &generated.files {
        if path == "src/runtime.rs" {
            // A verbatim copy: checked here rather than repeated in a snapshot.
            if !(contents.starts_with("// @generated") && contents.ends_with(RUNTIME)) {
                problems.push(format!(
                    "{name}: src/runtime.rs is not the runtime with a header"
                ));
            }
            if whole_crate {
                out.push_str(&format!(
                    "// ---- {path} ----\n(runtime/runtime.rs, copied unchanged)\n"
                ));
            }
            continue;
        }
        if !whole_crate && !path.starts_with(&prefix) {
            continue;
        }
        out.push_str(&format!("// ---- {path} ----\n{contents}"));
        if !contents.ends_with('\n') {
            out.push('\n');
        }
    }
    let warnings = &generated.analysis.warnings;
    for warning in warnings {
        if warning.severity != Severity::Warning {
            problems.push(format!("{name}: an error in a successful run: {warning:?}"));
        }
        check_points_at_the_spec(name, warning, problems);
    }
    if !warnings.is_empty() {
        out.push_str("// ---- warnings ----\n");
        out.push_str(&generator::diagnostics::render(
            &generated.analysis.sources,
            warnings,
        ));
    }
    out
}

/// Every diagnostic must say where (a span, which the rendering turns into file and line) and
/// what was expected or what to do (a note, or a label saying what was expected).
fn check_points_at_the_spec(fixture: &str, diagnostic: &Diagnostic, problems: &mut Vec<String>) {
    if diagnostic.span.is_none() {
        problems.push(format!(
            "{fixture}: diagnostic without a location: {diagnostic:?}"
        ));
    }
    if diagnostic.notes.is_empty() && !diagnostic.label.starts_with("expected") {
        problems.push(format!(
            "{fixture}: diagnostic does not say what was expected: {diagnostic:?}"
        ));
    }
}

/// All fixture folders, sorted.
fn fixture_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/fixtures")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.join("fixture.md").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// Compiles every `ok-` fixture's crate (but the known bugs') and runs the tests generated
/// into it from the docs' examples. Slow, so run it by hand after changing the emitter.
#[test]
#[ignore = "slow: compiles every ok- fixture's generated crate with cargo"]
fn ok_fixtures_compile() {
    let dirs: Vec<PathBuf> = fixture_dirs()
        .into_iter()
        .filter(|dir| {
            let name = fixture_name(dir);
            name.starts_with("ok-")
        })
        .collect();
    compile(&dirs);
}

/// Writes the crates generated from `fixtures` into one temporary workspace and runs
/// `cargo test` on it (offline, with this workspace's lock file): the generated code must
/// compile and pass the tests generated into it. Warnings are printed, not failed on.
fn compile(fixtures: &[PathBuf]) {
    let workspace = tempfile::tempdir().expect("a temporary folder");
    let root = workspace.path();
    let mut members = Vec::new();
    for dir in fixtures {
        let name = fixture_name(dir);
        let tree = SpecTree::read_dir(dir).expect("the fixture folder is readable");
        let crate_name = format!("fixture-{}", name.trim_start_matches("ok-"));
        let generated = generator::generate(&tree, &CrateOptions { name: crate_name })
            .unwrap_or_else(|failure| panic!("{name}: generation failed:\n{}", failure.render()));
        generator::output::write(&root.join(&name), &generated.files)
            .expect("the crate is written");
        members.push(format!("\"{name}\""));
    }
    std::fs::write(
        root.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"2\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .expect("the workspace manifest is written");
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock");
    std::fs::copy(lock, root.join("Cargo.lock")).expect("the lock file is copied");
    let output = std::process::Command::new(env!("CARGO"))
        .args(["test", "--workspace", "--offline"])
        .current_dir(root)
        // Its own target folder, so it never waits for the lock of the one running this test;
        // this worktree's, so that two checkouts never share it. `decoding_terminates` uses it
        // too, so the dependencies are built once.
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fixture-target"),
        )
        .output()
        .expect("cargo runs");
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    let (stdout, stderr) = (text(&output.stdout), text(&output.stderr));
    assert!(
        output.status.success(),
        "the generated crates do not compile or their tests fail:\n{stdout}\n{stderr}"
    );
    let results: Vec<&str> = stdout
        .lines()
        .filter(|line| line.starts_with("test result"))
        .collect();
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("warning"))
        .collect();
    eprintln!(
        "{}\n{} warning lines:\n{stderr}",
        results.join("\n"),
        warnings.len()
    );
}
