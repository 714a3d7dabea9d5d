//! The `generator` command: a thin shell over the library.

use clap::{Parser, Subcommand};
use generator::diagnostics::render;
use generator::source::SpecTree;
use generator::{output, Analysis, CrateOptions};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

// Generation allocates many small strings and token trees. jemalloc makes `generate` on the
// corpora about a third faster than the system allocator, at a lower peak RSS than mimalloc.
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Parser)]
#[command(
    version,
    about = "Generates a typed Rust SDK from API documentation written in markdown"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Writes the crate generated from the specs (only files whose bytes changed).
    Generate(CrateArgs),
    /// Exits 1 when the crate differs from what the specs generate, listing each file.
    Check(CrateArgs),
    /// Prints, as OpenAPI 3.1 JSON, what the generator understood of one provider.
    Openapi {
        #[arg(long, default_value = "specs")]
        specs: PathBuf,
        /// The provider folder's name.
        #[arg(long)]
        provider: String,
    },
}

/// Where the specs are and where the crate goes.
#[derive(clap::Args)]
struct CrateArgs {
    /// The specs root: one folder per provider.
    #[arg(long, default_value = "specs")]
    specs: PathBuf,
    /// The crate to write; the generator owns its Cargo.toml and src/.
    #[arg(long, default_value = "generated")]
    out: PathBuf,
    /// The package name of the generated crate.
    #[arg(long, default_value = "generated")]
    crate_name: String,
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Generate(args) => match crate_options(&args) {
            Some(options) => generate(&args.specs, &args.out, options),
            None => ExitCode::FAILURE,
        },
        Command::Check(args) => match crate_options(&args) {
            Some(options) => check(&args.specs, &args.out, options),
            None => ExitCode::FAILURE,
        },
        Command::Openapi { specs, provider } => openapi(&specs, &provider),
    }
}

/// The options for the generated crate, or `None` after reporting why `--crate-name` cannot
/// name it.
fn crate_options(args: &CrateArgs) -> Option<CrateOptions> {
    match CrateOptions::new(&args.crate_name) {
        Ok(options) => Some(options),
        Err(why) => {
            eprintln!("error[bad-crate-name]: --crate-name: {why}");
            eprintln!(
                "  = note: a package name is ASCII letters, digits, `-` and `_`, starting with a \
                 letter, and not a Rust keyword"
            );
            None
        }
    }
}

/// The spec tree, or `None` after reporting why there is none: the folder cannot be read, or
/// it holds no provider folder (which would otherwise generate a crate without clients in
/// place of the one there).
fn read_specs(specs: &Path) -> Option<SpecTree> {
    match SpecTree::read_dir(specs) {
        Ok(tree) if !tree.files.keys().any(|path| path.contains('/')) => {
            eprintln!(
                "error[no-providers]: the specs folder {} holds no provider folder",
                specs.display()
            );
            eprintln!(
                "  = note: each provider's pages go in a folder of their own, {}/<provider>/; \
                 nothing was written",
                specs.display()
            );
            None
        }
        Ok(tree) => Some(tree),
        Err(e) => {
            eprintln!(
                "error[unreadable]: cannot read the specs folder {}: {e}",
                specs.display()
            );
            None
        }
    }
}

fn generate(specs: &Path, out: &Path, options: CrateOptions) -> ExitCode {
    let start = Instant::now();
    let Some(tree) = read_specs(specs) else {
        return ExitCode::FAILURE;
    };
    // A run killed while writing left a half-done swap or a staging folder.
    match output::recover(out) {
        Ok(done) => {
            for line in done {
                eprintln!("note: {line}");
            }
        }
        Err(e) => {
            eprintln!("error[unwritable]: cannot clean up {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    // Nothing to do when neither the inputs nor the output changed since the last run.
    let inputs = output::Stamp::inputs(&tree, &options);
    if output::Stamp::is_current(out, inputs) {
        println!(
            "{} is up to date with {}: 0 files written in {:.2}s",
            out.display(),
            specs.display(),
            start.elapsed().as_secs_f64()
        );
        return ExitCode::SUCCESS;
    }
    let generated = match generator::generate(tree, &options) {
        Ok(generated) => generated,
        Err(failure) => {
            eprint!("{}", failure.render());
            eprintln!("{}", failure_summary(&failure.diagnostics));
            return ExitCode::FAILURE;
        }
    };
    report_analysis(&generated.analysis);
    let stats = match output::write(out, &generated.files) {
        Ok(stats) => stats,
        Err(e) => {
            eprintln!("error[unwritable]: cannot write {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = output::Stamp::new(inputs, &generated.files).write(out) {
        // Only the next run's shortcut is lost.
        eprintln!(
            "warning: cannot write {}/.generator-stamp: {e}",
            out.display()
        );
    }
    let analysis = &generated.analysis;
    let providers: Vec<&str> = analysis
        .api
        .providers
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    let models: usize = analysis.api.providers.iter().map(|p| p.types.len()).sum();
    let operations: usize = analysis
        .api
        .providers
        .iter()
        .map(|p| p.operations.len())
        .sum();
    println!(
        "generated {} ({}): {}, {}; {} written, {} unchanged, {} removed in {:.2}s",
        plural(providers.len(), "provider"),
        providers.join(", "),
        plural(models, "type"),
        plural(operations, "operation"),
        plural(stats.written, "file"),
        stats.unchanged,
        stats.removed,
        start.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}

fn check(specs: &Path, out: &Path, options: CrateOptions) -> ExitCode {
    let Some(tree) = read_specs(specs) else {
        return ExitCode::FAILURE;
    };
    let generated = match generator::generate(tree, &options) {
        Ok(generated) => generated,
        Err(failure) => {
            eprint!("{}", failure.render());
            eprintln!("{}", failure_summary(&failure.diagnostics));
            return ExitCode::FAILURE;
        }
    };
    // Read-only: what a killed run left is reported here, cleaned up by the next `generate`.
    for name in output::leftovers(out).unwrap_or_default() {
        eprintln!(
            "warning: {} was left by a killed run; the next `generate` removes or completes it",
            out.join(name).display()
        );
    }
    match output::compare(out, &generated.files) {
        Ok(differences) if differences.is_empty() => {
            println!("{} is up to date with {}", out.display(), specs.display());
            ExitCode::SUCCESS
        }
        Ok(differences) => {
            eprintln!(
                "{} differs from what {} generates:",
                out.display(),
                specs.display()
            );
            for difference in &differences {
                eprintln!("  {difference}");
            }
            eprintln!(
                "run `cargo run -p generator -- generate --specs {} --out {}` and commit the result",
                specs.display(),
                out.display()
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error[unreadable]: cannot read {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

fn openapi(specs: &Path, provider: &str) -> ExitCode {
    let Some(tree) = read_specs(specs) else {
        return ExitCode::FAILURE;
    };
    let analysis = match generator::analyze(tree) {
        Ok(analysis) => analysis,
        Err(failure) => {
            eprint!("{}", failure.render());
            return ExitCode::FAILURE;
        }
    };
    let Some(found) = analysis.api.providers.iter().find(|p| p.name == provider) else {
        let known: Vec<&str> = analysis
            .api
            .providers
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        eprintln!(
            "error[unknown-provider]: no provider `{provider}`; providers: {}",
            known.join(", ")
        );
        return ExitCode::FAILURE;
    };
    let document = generator::openapi::document(found);
    match serde_json::to_string_pretty(&document) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Warnings, then one line per kind of thing the generator decided for itself, then what it
/// left out.
fn report_analysis(analysis: &Analysis) {
    if !analysis.warnings.is_empty() {
        eprint!("{}", render(&analysis.sources, &analysis.warnings));
    }
    for (provider, stats) in analysis.api.providers.iter().zip(&analysis.stats) {
        println!(
            "{}: {} read: {}, {}, {}, {}, {}; {}",
            provider.name,
            plural(stats.pages, "page"),
            plural(stats.models, "model"),
            plural(stats.enums, "enum"),
            plural(stats.unions, "union"),
            plural(stats.wrappers, "response wrapper"),
            plural(stats.operation_pages, "operation page"),
            plural(stats.operations, "operation"),
        );
        for (what, count) in &stats.inferred {
            println!("{}: inferred: {what}: {count}", provider.name);
        }
        for (why, count) in &stats.skipped {
            println!(
                "{}: skipped: {}: {why}",
                provider.name,
                plural(*count, "page")
            );
        }
    }
}

fn failure_summary(diagnostics: &[generator::diagnostics::Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    format!(
        "generation failed: {errors} error{}, {warnings} warning{}; nothing was written",
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" }
    )
}

/// `1 file`, `2 files`.
fn plural(count: usize, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}
