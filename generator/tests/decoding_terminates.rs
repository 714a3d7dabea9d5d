//! The generated code never crashes on a response: models of recursive types (structs that
//! contain themselves, a union whose member contains the union) are fed random and hostile
//! JSON — nesting far past any limit, wrong types, huge numbers, unknown fields — and every
//! decode must return, with a value or an error, in bounded time. A stack overflow aborts the
//! test process, so reaching the end is the assertion; the time bound catches decoding that
//! retries union members exponentially.
//!
//! Slow (it compiles the fixture's generated crate), so ignored by default and run by CI
//! after the fixtures' crates (whose dependencies it shares):
//!
//! ```text
//! cargo test -p generator --test decoding_terminates -- --ignored
//! ```

use generator::source::SpecTree;
use generator::CrateOptions;
use std::path::Path;

/// The fixture whose models are decoded, and its recursive models.
const FIXTURE: &str = "ok-recursive-types";
const MODELS: &[&str] = &["Category", "Folder", "Shortcut", "Expression", "Sum"];

/// The test written into the generated crate. `MODELS` and the crate name are filled in.
const ADVERSARIAL: &str = r#"
use fixture_recursive_types::acme::models::*;
use std::time::{Duration, Instant};

/// Every model's decoder on one document; none may take long.
fn decode_all(text: &str) {
    let start = Instant::now();
    __DECODES__
    let spent = start.elapsed();
    assert!(
        spent < Duration::from_secs(2),
        "decoding took {spent:?} for a document of {} bytes starting {:?}",
        text.len(),
        &text[..text.len().min(80)]
    );
}

/// xorshift64*: deterministic, so a failure names a reproducible case.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Field names of the models, and some they do not have.
const KEYS: &[&str] = &[
    "name", "parent", "children", "title", "pinned", "target", "left", "right", "unknown", "",
    "_links", "type",
];

const SCALARS: &[&str] = &[
    "null", "true", "false", "0", "-0", "1.5", "-1", "1e400", "-1e400",
    "18446744073709551616", "-9223372036854775809", "123456789012345678901234567890",
    "0.000000000000000000000000000000001", "\"\"", "\"text\"", "\"\\u0000\"", "\"\\ud800\"",
];

/// A random JSON document, nesting up to `depth`.
fn value(rng: &mut Rng, depth: u32, out: &mut String) {
    if depth == 0 || rng.below(4) == 0 {
        out.push_str(SCALARS[rng.below(SCALARS.len() as u64) as usize]);
        return;
    }
    let n = rng.below(4);
    if rng.below(3) == 0 {
        out.push('[');
        for i in 0..n {
            if i > 0 {
                out.push(',');
            }
            value(rng, depth - 1, out);
        }
        out.push(']');
    } else {
        out.push('{');
        for i in 0..n {
            if i > 0 {
                out.push(',');
            }
            out.push_str(&format!("{:?}:", KEYS[rng.below(KEYS.len() as u64) as usize]));
            value(rng, depth - 1, out);
        }
        out.push('}');
    }
}

#[test]
fn random_documents() {
    let mut rng = Rng(0x5EED_0D0C_2026);
    for _ in 0..20_000 {
        let mut text = String::new();
        let depth = rng.below(24) as u32;
        value(&mut rng, depth, &mut text);
        decode_all(&text);
    }
}

#[test]
fn deep_nesting() {
    for depth in [1, 10, 64, 126, 127, 128, 129, 200, 1_000, 100_000] {
        for key in ["parent", "children", "pinned", "target", "left", "right", "unknown"] {
            let open = format!("{{\"{key}\":");
            for inner in ["1", "\"x\"", "{}", "null", "[]"] {
                decode_all(&format!("{}{inner}{}", open.repeat(depth), "}".repeat(depth)));
            }
            // A valid-looking chain whose innermost value fails: every level's members are
            // tried before the error is final.
            let pair = format!("{{\"left\":1,\"right\":");
            decode_all(&format!("{}\"no\"{}", pair.repeat(depth), "}".repeat(depth)));
        }
        decode_all(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)));
        let children = "{\"name\":\"n\",\"children\":[";
        decode_all(&format!("{}{}", children.repeat(depth), "]}".repeat(depth)));
        // Unclosed.
        decode_all(&"{\"left\":".repeat(depth));
    }
}

#[test]
fn hostile_scalars_everywhere() {
    for scalar in SCALARS {
        for key in KEYS {
            decode_all(scalar);
            decode_all(&format!("{{{key:?}:{scalar}}}"));
            decode_all(&format!("{{\"left\":{scalar},\"right\":{scalar},{key:?}:{scalar}}}"));
            decode_all(&format!("[{scalar},{scalar}]"));
        }
    }
}
"#;

#[test]
#[ignore = "slow: compiles the fixture's generated crate with cargo"]
fn recursive_models_decode_any_json_without_crashing() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(FIXTURE);
    let tree = SpecTree::read_dir(&dir).expect("the fixture folder is readable");
    let crate_name = format!("fixture-{}", FIXTURE.trim_start_matches("ok-"));
    let generated = generator::generate(&tree, &CrateOptions { name: crate_name })
        .unwrap_or_else(|failure| panic!("generation failed:\n{}", failure.render()));
    let workspace = tempfile::tempdir().expect("a temporary folder");
    let root = workspace.path();
    let krate = root.join(FIXTURE);
    generator::output::write(&krate, &generated.files).expect("the crate is written");
    let decodes: String = MODELS
        .iter()
        .map(|m| format!("let _ = serde_json::from_str::<{m}>(text);\n    "))
        .collect();
    std::fs::create_dir_all(krate.join("tests")).expect("tests/ is created");
    std::fs::write(
        krate.join("tests/adversarial.rs"),
        ADVERSARIAL.replace("__DECODES__", &decodes),
    )
    .expect("the test is written");
    std::fs::write(
        root.join("Cargo.toml"),
        format!("[workspace]\nresolver = \"2\"\nmembers = [\"{FIXTURE}\"]\n"),
    )
    .expect("the workspace manifest is written");
    let lock = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.lock");
    std::fs::copy(lock, root.join("Cargo.lock")).expect("the lock file is copied");
    let output = std::process::Command::new(env!("CARGO"))
        .args(["test", "--offline", "--test", "adversarial"])
        .current_dir(root)
        // This worktree's own target folder: never shared with another checkout's run.
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/fixture-target"),
        )
        .output()
        .expect("cargo runs");
    let text = |bytes: &[u8]| String::from_utf8_lossy(bytes).into_owned();
    assert!(
        output.status.success(),
        "decoding hostile JSON crashed, hung or failed:\n{}\n{}",
        text(&output.stdout),
        text(&output.stderr)
    );
}
