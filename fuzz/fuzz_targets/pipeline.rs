//! The whole pipeline on arbitrary spec trees: pages and `provider.toml` in, diagnostics or a
//! crate out, never a panic, abort or hang.
//!
//! ```text
//! cargo +nightly fuzz run pipeline fuzz/corpus/pipeline
//! ```
#![no_main]

#[path = "../src/bundle.rs"]
mod bundle;

use generator::source::SpecTree;
use generator::CrateOptions;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let tree = SpecTree {
        files: bundle::files(data),
    };
    match generator::generate(tree, &CrateOptions::default()) {
        Ok(generated) => {
            let _ = generated.files.len();
        }
        Err(failure) => {
            // Rendering reads spans back into the sources: it must not panic either.
            let _ = failure.render();
        }
    }
});
