//! Generates a typed Rust SDK from API documentation written in markdown.
//!
//! The data flows one way, one module per stage:
//!
//! ```text
//! specs/ ──source──▶ files ──read──▶ pages ──ir──▶ IR ──emit──▶ tokens ──format──▶ files ──output──▶ crate
//!                               (dialect reads Type cells)   (naming)
//! ```
//!
//! Every stage reports problems into one [`Diagnostics`](diagnostics::Diagnostics)
//! accumulator and the pipeline stops between stages when errors were found, so a single run
//! reports everything that is wrong with the specs.

pub mod config;
pub mod diagnostics;
pub mod dialect;
pub mod docs;
pub mod emit;
pub mod format;
pub mod ir;
pub mod markdown;
pub mod naming;
pub mod openapi;
pub mod output;
pub mod read;
pub mod source;

use diagnostics::{Code, Diagnostic, Diagnostics};
use docs::{Page, PageKind};
use ir::{Api, Stats};
use source::{SpecTree, Sources, Span};
use std::collections::BTreeMap;

pub use emit::CrateOptions;

/// What a successful analysis of the specs produced.
pub struct Analysis {
    pub api: Api,
    /// Per provider, in the order of `api.providers`.
    pub stats: Vec<Stats>,
    pub sources: Sources,
    /// Warnings (never errors: with errors there is no analysis).
    pub warnings: Vec<Diagnostic>,
}

/// The specs could not be turned into an API.
pub struct Failure {
    pub sources: Sources,
    /// Errors and warnings, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl Failure {
    /// The diagnostics rendered with source snippets.
    pub fn render(&self) -> String {
        diagnostics::render(&self.sources, &self.diagnostics)
    }
}

/// The generated crate: file contents by path relative to the crate root.
pub struct Generated {
    pub files: BTreeMap<String, String>,
    pub analysis: Analysis,
}

/// Reads the spec tree and builds the IR of every provider in it.
///
/// The specs root holds one folder per provider; the folder name is the provider's module
/// name. Files directly in the root (a README) are not specs.
pub fn analyze(tree: &SpecTree) -> Result<Analysis, Failure> {
    let mut diagnostics = Diagnostics::default();
    let mut sources = Sources::default();

    // Stage 1: decode files, grouped by provider folder.
    let mut providers: BTreeMap<String, Vec<source::FileId>> = BTreeMap::new();
    for (path, bytes) in &tree.files {
        let Some((provider, _)) = path.split_once('/') else { continue };
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text.to_string(),
            Err(error) => {
                let valid = error.valid_up_to();
                let text = String::from_utf8_lossy(&bytes[..valid]).into_owned();
                let id = sources.add(path.clone(), text);
                diagnostics.push(
                    Diagnostic::error(Code::NotUtf8, format!("{path} is not valid UTF-8"))
                        .at(Span::new(id, valid..valid), format!("invalid byte at offset {valid}"))
                        .note("spec files must be UTF-8 text"),
                );
                continue;
            }
        };
        let id = sources.add(path.clone(), text);
        providers.entry(provider.to_string()).or_default().push(id);
    }

    // Stage 2: read pages and configs.
    let mut pages: Vec<Page> = Vec::new();
    let mut configs: BTreeMap<String, (config::ProviderConfig, Option<source::FileId>)> = BTreeMap::new();
    for (provider, files) in &providers {
        let mut provider_config = (config::ProviderConfig::default(), None);
        for &id in files {
            let file = sources.get(id);
            if file.path == format!("{provider}/{}", config::FILE_NAME) {
                if let Some(parsed) = config::ProviderConfig::parse(id, file, &mut diagnostics) {
                    provider_config = (parsed, Some(id));
                }
                continue;
            }
            if let Some(page) = read::read_page(id, file, &mut diagnostics) {
                pages.push(page);
            }
        }
        configs.insert(provider.clone(), provider_config);
    }
    if diagnostics.has_errors() {
        return Err(fail(sources, diagnostics));
    }

    // Stage 3: route pages to providers (an endpoint page names its provider), then lower.
    let mut by_provider: BTreeMap<&str, Vec<&Page>> = BTreeMap::new();
    for page in &pages {
        let folder = sources.get(page.file).path.split('/').next().unwrap_or_default();
        let provider = match &page.kind {
            PageKind::Endpoint(endpoint) if !configs.contains_key(&endpoint.provider) => {
                let known: Vec<&str> = configs.keys().map(String::as_str).collect();
                diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownProvider,
                        format!("endpoint page names provider `{}`, which has no folder", endpoint.provider),
                    )
                    .at(endpoint.provider_span, "unknown provider")
                    .note(format!("providers: {}", known.join(", "))),
                );
                continue;
            }
            PageKind::Endpoint(endpoint) => endpoint.provider.as_str(),
            _ => folder,
        };
        by_provider.entry(provider).or_default().push(page);
    }
    let mut api = Api::default();
    let mut stats = Vec::new();
    for (name, (config, config_file)) in configs {
        let input = ir::lower::ProviderInput {
            name: &name,
            pages: by_provider.remove(name.as_str()).unwrap_or_default(),
            config,
            config_file,
        };
        let (provider, provider_stats) = ir::lower(input, &sources, &mut diagnostics);
        api.providers.push(provider);
        stats.push(provider_stats);
    }
    if diagnostics.has_errors() {
        return Err(fail(sources, diagnostics));
    }
    Ok(Analysis {
        api,
        stats,
        sources,
        warnings: diagnostics.into_sorted(),
    })
}

fn fail(sources: Sources, diagnostics: Diagnostics) -> Failure {
    Failure {
        sources,
        diagnostics: diagnostics.into_sorted(),
    }
}

/// Reads the specs and produces every file of the generated crate.
pub fn generate(tree: &SpecTree, options: &CrateOptions) -> Result<Generated, Failure> {
    let analysis = analyze(tree)?;
    let plan = emit::emit(&analysis.api, options);
    match format::format_all(&plan) {
        Ok(files) => Ok(Generated { files, analysis }),
        Err(errors) => {
            // Unparseable output is a generator bug; report it rather than write it.
            let diagnostics = errors
                .into_iter()
                .map(|e| {
                    Diagnostic::error(Code::Unreadable, format!("internal error: generated {} does not parse", e.path))
                        .note(e.message)
                        .note("please report this with the specs that caused it")
                })
                .collect();
            Err(Failure {
                sources: analysis.sources,
                diagnostics,
            })
        }
    }
}
