//! The `generator` command as a user runs it: the built binary, its exit codes, what it prints
//! and what it leaves on disk. Snapshots (the help texts) update with
//! `INSTA_UPDATE=always cargo test -p generator`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fixture of `tests/fixtures` as a specs root.
fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs the generator with `args`.
fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_generator"))
        .args(args)
        .output()
        .expect("the generator binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Help text with clap's line wrapping undone: whether clap wraps (and where) depends on the
/// terminal and on Cargo features other crates turn on, not on the generator.
fn help_text(bytes: &[u8]) -> String {
    let text = text(bytes);
    let mut out = String::new();
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        if indent >= 20 && !out.is_empty() {
            // A wrapped continuation of the option above.
            out.pop();
            out.push(' ');
            out.push_str(line.trim_start());
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// `generate` or `check` with specs and output folder.
fn run_on(command: &str, specs: &Path, out: &Path) -> Output {
    run(&[
        command,
        "--specs",
        specs.to_str().expect("a UTF-8 path"),
        "--out",
        out.to_str().expect("a UTF-8 path"),
    ])
}

/// Every file below `dir` (hidden ones too) with its bytes, and every folder (as `None`).
fn tree(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("a readable folder") {
            let path = entry.expect("a directory entry").path();
            let relative = path
                .strip_prefix(dir)
                .expect("below the root")
                .to_string_lossy()
                .into_owned();
            if path.is_dir() {
                found.insert(relative, None);
                pending.push(path);
            } else {
                found.insert(
                    relative,
                    Some(std::fs::read(&path).expect("a readable file")),
                );
            }
        }
    }
    found
}

#[test]
fn help() {
    let output = run(&["--help"]);
    assert!(output.status.success());
    insta::assert_snapshot!(help_text(&output.stdout));
}

#[test]
fn generate_help() {
    let output = run(&["generate", "--help"]);
    assert!(output.status.success());
    insta::assert_snapshot!(help_text(&output.stdout));
}

#[test]
fn failed_generation_reports_everything_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("crate");
    // An existing crate, with a file of the user's beside the generated ones.
    let first = run_on("generate", &fixture("ok-crate-layout"), &out);
    assert!(first.status.success(), "{}", text(&first.stderr));
    std::fs::create_dir_all(out.join("examples")).expect("a folder");
    std::fs::write(out.join("examples/flow.rs"), "fn main() {}\n").expect("a file");
    let before = tree(&out);

    let output = run_on("generate", &fixture("bad-many-problems"), &out);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    for expected in [
        "error[unknown-type]",
        "acme/models/components/pet.md:10:16",
        "error[duplicate-field]",
        "error[duplicate-model]",
        "error[dangling-link]",
        "error[unknown-provider]",
        "error[missing-model]",
        "generation failed: 6 errors, 0 warnings; nothing was written",
    ] {
        assert!(
            stderr.contains(expected),
            "stderr lacks {expected:?}:\n{stderr}"
        );
    }
    assert_eq!(
        text(&output.stdout),
        "",
        "a failed run prints nothing to stdout"
    );
    assert!(tree(&out) == before, "the output folder changed");
}

#[test]
fn check_finds_stale_extra_and_missing_files() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let specs = fixture("ok-sdk-wrapper-request");
    let out = dir.path().join("fresh");

    let first = run_on("generate", &specs, &out);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let check = run_on("check", &specs, &out);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout).contains("is up to date"),
        "{}",
        text(&check.stdout)
    );

    // Files every generated crate has, whatever the models are named.
    let stale = "src/acme/client.rs";
    let missing = "src/acme/models/mod.rs";
    let extra = "src/acme/notes.rs";
    let mut contents = std::fs::read_to_string(out.join(stale)).expect("a generated file");
    contents.push_str("// edited by hand\n");
    std::fs::write(out.join(stale), contents).expect("a write");
    std::fs::remove_file(out.join(missing)).expect("a removal");
    std::fs::write(out.join(extra), "// not generated\n").expect("a write");

    let check = run_on("check", &specs, &out);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check.stderr));
    let stderr = text(&check.stderr);
    for expected in [
        format!("stale:   {stale}"),
        format!("missing: {missing}"),
        format!("extra:   {extra}"),
        format!(
            "run `cargo run -p generator -- generate --specs {} --out {}`",
            specs.display(),
            out.display()
        ),
    ] {
        assert!(
            stderr.contains(&expected),
            "stderr lacks {expected:?}:\n{stderr}"
        );
    }
    // Only the three files differ.
    let listed = stderr.lines().filter(|l| l.starts_with("  ")).count();
    assert_eq!(listed, 3, "{stderr}");
}

#[test]
fn generating_again_writes_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let specs = fixture("ok-sdk-wrapper-request");
    let out = dir.path().join("crate");

    let first = run_on("generate", &specs, &out);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let first_stdout = text(&first.stdout);
    assert!(!first_stdout.contains(" 0 files written"), "{first_stdout}");
    let before = tree(&out);

    // Same inputs, untouched output: the run stops after reading the inputs.
    let second = run_on("generate", &specs, &out);
    assert!(second.status.success(), "{}", text(&second.stderr));
    let stdout = text(&second.stdout);
    assert!(
        stdout.contains("is up to date") && stdout.contains(": 0 files written"),
        "{stdout}"
    );
    assert!(tree(&out) == before, "a second run changed the output");

    // A generated file edited by hand is noticed and restored.
    std::fs::write(out.join("src/lib.rs"), "// edited\n").expect("edit");
    let third = run_on("generate", &specs, &out);
    let stdout = text(&third.stdout);
    assert!(
        stdout.contains(" 1 file written,") && stdout.contains(" 0 removed"),
        "{stdout}"
    );
    assert!(tree(&out) == before, "the edit was not undone");

    // Without the stamp, the whole pipeline runs and still writes nothing.
    std::fs::remove_file(out.join(".generator-stamp")).expect("a stamp was written");
    let fourth = run_on("generate", &specs, &out);
    let stdout = text(&fourth.stdout);
    assert!(
        stdout.contains(" 0 files written,") && stdout.contains(" 0 removed"),
        "{stdout}"
    );
}

/// A specs root in a temporary folder holding `files` (relative path, contents).
fn specs_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (path, contents) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a folder");
        std::fs::write(path, contents).expect("a file");
    }
    dir
}

/// A model page any provider can hold.
const WIDGET: &[u8] = b"# Widget\n\nA thing.\n\n## Fields\n\n\
| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n\
| `id` | *str* | :heavy_check_mark: | Its id. |\n";

#[test]
fn injection_title_cannot_add_keys_to_cargo_toml() {
    // The title closes its string, adds a build script and opens a `[lib]` section.
    let title = "x\"\nbuild = \"evil.rs\"\n[lib]\npath = \"evil.rs\"\n#";
    let config = format!(
        "expect = \"models\"\ntitle = {}\n",
        serde_json::to_string(title).expect("a JSON string is a TOML string")
    );
    let specs = specs_with(&[
        ("acme/provider.toml", config.as_bytes()),
        ("acme/models/widget.md", WIDGET),
    ]);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("crate");
    let output = run_on("generate", specs.path(), &out);
    assert!(output.status.success(), "{}", text(&output.stderr));

    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).expect("a Cargo.toml");
    let parsed: toml::Table = toml::from_str(&manifest).expect("valid TOML");
    let keys: Vec<&str> = parsed.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        ["dependencies", "dev-dependencies", "features", "package"],
        "{manifest}"
    );
    let package = parsed["package"].as_table().expect("a table");
    assert!(!package.contains_key("build"), "{manifest}");
    assert_eq!(
        package["description"].as_str(),
        Some(
            format!("Typed clients for the {title} APIs, generated from their documentation")
                .as_str()
        ),
        "the title is kept, inside its string"
    );
}

#[test]
fn injection_crate_name_is_checked_against_cargo_rules() {
    let specs = fixture("ok-crate-layout");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("crate");
    for (name, why) in [
        ("x\"\nbuild = \"evil.rs", "holds `\\\"`"),
        ("my crate", "holds ` `"),
        ("1password", "does not start with an ASCII letter"),
        ("", "cannot be empty"),
        ("fn", "is a Rust keyword"),
        ("std", "is a reserved name"),
        ("naïve", "holds `ï`"),
    ] {
        let output = run(&[
            "generate",
            "--specs",
            specs.to_str().expect("a UTF-8 path"),
            "--out",
            out.to_str().expect("a UTF-8 path"),
            "--crate-name",
            name,
        ]);
        assert_eq!(output.status.code(), Some(1), "{name:?}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.starts_with("error[bad-crate-name]: --crate-name: ") && stderr.contains(why),
            "{name:?}: {stderr}"
        );
        assert!(!out.exists(), "{name:?}: something was written");
    }
    // Names Cargo takes are taken.
    for name in ["acme-sdk", "acme_sdk2"] {
        let output = run(&[
            "check",
            "--specs",
            specs.to_str().expect("a UTF-8 path"),
            "--out",
            out.to_str().expect("a UTF-8 path"),
            "--crate-name",
            name,
        ]);
        assert!(
            !text(&output.stderr).contains("bad-crate-name"),
            "{name}: {}",
            text(&output.stderr)
        );
    }
}

/// `Cargo.toml` and every file under `src/` of a generated crate.
fn generated_crate(out: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    tree(out)
        .into_iter()
        .filter(|(path, _)| path == "Cargo.toml" || path.starts_with("src"))
        .collect()
}

#[test]
fn all_or_nothing_an_empty_specs_folder_is_an_error_not_a_deletion() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("crate");
    let first = run_on("generate", &fixture("ok-crate-layout"), &out);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let before = tree(&out);

    // No folder at all, and a README but no provider folder.
    for specs in [specs_with(&[]), specs_with(&[("README.md", b"# Specs\n")])] {
        for command in ["generate", "check"] {
            let output = run_on(command, specs.path(), &out);
            assert_eq!(output.status.code(), Some(1), "{command}");
            let stderr = text(&output.stderr);
            assert!(
                stderr.starts_with(&format!(
                    "error[no-providers]: the specs folder {} holds no provider folder",
                    specs.path().display()
                )),
                "{command}: {stderr}"
            );
            assert!(tree(&out) == before, "{command} changed the crate");
        }
    }
}

#[test]
fn all_or_nothing_leftovers_of_a_killed_run_are_reported_then_cleaned() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let specs = fixture("ok-crate-layout");
    let out = dir.path().join("crate");
    let first = run_on("generate", &specs, &out);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let before = generated_crate(&out);
    // What runs killed while staging and while swapping left.
    std::fs::create_dir_all(out.join(".generator-staging-99999/src")).expect("a folder");
    std::fs::write(out.join(".generator-staging-99999/src/lib.rs"), "half").expect("a file");
    std::fs::create_dir_all(out.join(".generator-old-src")).expect("a folder");

    let check = run_on("check", &specs, &out);
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    let stderr = text(&check.stderr);
    assert!(
        stderr.contains(".generator-staging-99999 was left by a killed run")
            && stderr.contains(".generator-old-src was left by a killed run"),
        "{stderr}"
    );
    assert!(
        out.join(".generator-old-src").exists(),
        "check changed the folder"
    );

    // The inputs did not change, so this run stops early, but cleans up first.
    let second = run_on("generate", &specs, &out);
    assert!(second.status.success(), "{}", text(&second.stderr));
    let stderr = text(&second.stderr);
    assert!(
        stderr.contains("note: removed") && stderr.contains(".generator-staging-99999"),
        "{stderr}"
    );
    assert!(generator::output::leftovers(&out)
        .expect("readable")
        .is_empty());
    assert!(generated_crate(&out) == before);
}

#[test]
fn all_or_nothing_when_the_generator_is_killed_while_writing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    // The crates of two fixtures: different `Cargo.toml` (titles) and different `src/`.
    let old_specs = fixture("ok-crate-layout");
    let new_specs = fixture("ok-hostile-text");
    let old_out = dir.path().join("old");
    let new_out = dir.path().join("new");
    assert!(run_on("generate", &old_specs, &old_out).status.success());
    assert!(run_on("generate", &new_specs, &new_out).status.success());
    let (old, new) = (generated_crate(&old_out), generated_crate(&new_out));
    assert!(old != new);

    let mut seen = BTreeMap::new();
    for delay_ms in (0..120).step_by(4) {
        let out = dir.path().join(format!("crate-{delay_ms}"));
        assert!(run_on("generate", &old_specs, &out).status.success());
        let mut child = Command::new(env!("CARGO_BIN_EXE_generator"))
            .args(["generate", "--specs"])
            .arg(&new_specs)
            .arg("--out")
            .arg(&out)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("the generator starts");
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        // What the next run does first.
        generator::output::recover(&out).expect("recovery");
        let found = generated_crate(&out);
        let which = if found == old {
            "old"
        } else if found == new {
            "new"
        } else {
            panic!("killed after {delay_ms} ms: a mix of the old and the new crate");
        };
        *seen.entry(which).or_insert(0) += 1;
        assert!(generator::output::leftovers(&out)
            .expect("readable")
            .is_empty());
    }
    eprintln!("after a kill: {seen:?}");
}

/// A model page titled `title`.
fn model_page(title: &str) -> Vec<u8> {
    format!(
        "# {title}\n\nA {title}.\n\n## Fields\n\n| Field | Type | Required | Description |\n\
         | --- | --- | --- | --- |\n| `id` | *str* | :heavy_check_mark: | Its id. |\n"
    )
    .into_bytes()
}

const MODELS_ONLY: &[u8] = b"expect = \"models\"\n";

#[test]
fn silent_loss_non_markdown_files_are_skipped_and_counted() {
    // Real doc trees hold images and data files beside the pages.
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe";
    let specs = specs_with(&[
        ("acme/provider.toml", MODELS_ONLY),
        ("acme/models/widget.md", WIDGET),
        ("acme/images/logo.png", png),
        ("acme/models/widget.json", b"{\"id\": \"w_1\"}\n"),
    ]);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = run_on("generate", specs.path(), &dir.path().join("crate"));
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert!(
        stdout.contains("acme: skipped: 2 pages: not a markdown page"),
        "{stdout}"
    );
    assert!(stdout.contains("1 model,"), "{stdout}");
}

#[test]
fn silent_loss_a_byte_order_mark_is_accepted() {
    let mut page = "\u{feff}".as_bytes().to_vec();
    page.extend(model_page("Gadget"));
    let specs = specs_with(&[
        ("acme/provider.toml", MODELS_ONLY),
        ("acme/models/widget.md", WIDGET),
        ("acme/models/gadget.md", &page),
    ]);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("crate");
    let output = run_on("generate", specs.path(), &out);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let models = std::fs::read_to_string(out.join("src/acme/models/mod.rs")).expect("models");
    assert!(models.contains("Gadget"), "{models}");
}

#[cfg(unix)]
#[test]
fn silent_loss_file_names_not_utf8_are_each_read_and_reported_by_path() {
    use std::os::unix::ffi::OsStrExt;
    let specs = specs_with(&[
        ("acme/provider.toml", MODELS_ONLY),
        ("acme/models/widget.md", WIDGET),
    ]);
    let models = specs.path().join("acme/models");
    let name = |bytes: &[u8]| models.join(std::ffi::OsStr::from_bytes(bytes));
    // Two names that differ only in bytes that are not UTF-8.
    std::fs::write(name(b"g\xff.md"), model_page("Gadget")).expect("a page");
    std::fs::write(name(b"g\xfe.md"), model_page("Gizmo")).expect("a page");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let out = dir.path().join("crate");
    let output = run_on("generate", specs.path(), &out);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let models_rs = std::fs::read_to_string(out.join("src/acme/models/mod.rs")).expect("models");
    for model in ["Gadget", "Gizmo", "Widget"] {
        assert!(models_rs.contains(model), "{model} is lost:\n{models_rs}");
    }

    // Contents that are not UTF-8 are an error naming the file (as its name reads) and line.
    std::fs::write(name(b"x\xfd.md"), b"# X\n\nbad \xff\n").expect("a page");
    let output = run_on("generate", specs.path(), &out);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("error[not-utf8]: acme/models/x\\xFD.md is not valid UTF-8")
            && stderr.contains("acme/models/x\\xFD.md:3:5"),
        "{stderr}"
    );
}
