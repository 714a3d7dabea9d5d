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
pub mod parallel;
pub mod read;
pub mod source;

use diagnostics::{Code, Diagnostic, Diagnostics};
use docs::{Page, PageKind};
use ir::{Api, Stats};
use source::{Sources, Span, SpecTree};
use std::borrow::Cow;
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

/// Every page of the spec tree, read but not yet understood: the first stage's output.
pub struct Docs {
    pub sources: Sources,
    pub pages: Vec<Page>,
    /// Each provider folder's config (default when it has none) and its file.
    pub configs: BTreeMap<String, (config::ProviderConfig, Option<source::FileId>)>,
    diagnostics: Diagnostics,
}

/// Reads the spec tree and builds the IR of every provider in it.
///
/// The specs root holds one folder per provider; the folder name is the provider's module
/// name. Files directly in the root (a README) are not specs.
pub fn analyze<'t>(tree: impl Into<Cow<'t, SpecTree>>) -> Result<Analysis, Failure> {
    lower(read(tree)?)
}

/// Stage 1: decodes every file and reads its page (or config), reporting every problem.
///
/// Given the tree by value, it keeps the files' bytes as their text instead of copying them.
pub fn read<'t>(tree: impl Into<Cow<'t, SpecTree>>) -> Result<Docs, Failure> {
    let mut diagnostics = Diagnostics::default();
    let mut sources = Sources::default();
    let files: Vec<(String, Vec<u8>)> = match tree.into() {
        Cow::Owned(tree) => tree.files.into_iter().collect(),
        Cow::Borrowed(tree) => tree
            .files
            .iter()
            .map(|(p, b)| (p.clone(), b.clone()))
            .collect(),
    };

    // Files, grouped by provider folder.
    let mut providers: BTreeMap<String, Vec<source::FileId>> = BTreeMap::new();
    for (path, bytes) in files {
        let Some((provider, _)) = path.split_once('/') else {
            continue;
        };
        let provider = provider.to_string();
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(error) => {
                let valid = error.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
                let id = sources.add(path.clone(), text);
                diagnostics.push(
                    Diagnostic::error(Code::NotUtf8, format!("{path} is not valid UTF-8"))
                        .at(
                            Span::new(id, valid..valid),
                            format!("invalid byte at offset {valid}"),
                        )
                        .note("spec files must be UTF-8 text"),
                );
                continue;
            }
        };
        let id = sources.add(path, text);
        providers.entry(provider).or_default().push(id);
    }

    // Configs, then pages (each page on its own, so spread over the cores).
    let mut configs = BTreeMap::new();
    let mut page_files = Vec::new();
    for (provider, files) in &providers {
        let mut provider_config = (config::ProviderConfig::default(), None);
        for &id in files {
            let file = sources.get(id);
            if file.path == format!("{provider}/{}", config::FILE_NAME) {
                if let Some(parsed) = config::ProviderConfig::parse(id, file, &mut diagnostics) {
                    provider_config = (parsed, Some(id));
                }
            } else {
                page_files.push(id);
            }
        }
        configs.insert(provider.clone(), provider_config);
    }
    let read_pages = parallel::map(&page_files, |&id| {
        let mut found = Diagnostics::default();
        let page = read::read_page(id, sources.get(id), &mut found);
        (page, found)
    });
    let mut pages: Vec<Page> = Vec::with_capacity(read_pages.len());
    for (page, found) in read_pages {
        pages.extend(page);
        diagnostics.extend(found);
    }
    if diagnostics.has_errors() {
        return Err(fail(sources, diagnostics));
    }
    Ok(Docs {
        sources,
        pages,
        configs,
        diagnostics,
    })
}

/// Stage 2: routes pages to their providers (an endpoint page names its provider) and lowers
/// each provider to IR.
pub fn lower(docs: Docs) -> Result<Analysis, Failure> {
    let Docs {
        sources,
        pages,
        configs,
        mut diagnostics,
    } = docs;
    let mut by_provider: BTreeMap<&str, Vec<&Page>> = BTreeMap::new();
    for page in &pages {
        let folder = sources
            .get(page.file)
            .path
            .split('/')
            .next()
            .unwrap_or_default();
        let provider = match &page.kind {
            PageKind::Endpoint(endpoint) if !configs.contains_key(&endpoint.provider) => {
                let known: Vec<&str> = configs.keys().map(String::as_str).collect();
                diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownProvider,
                        format!(
                            "endpoint page names provider `{}`, which has no folder",
                            endpoint.provider
                        ),
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
    // Providers are independent: each is lowered on its own core.
    let inputs: Vec<_> = configs
        .iter()
        .map(|(name, (config, config_file))| {
            let pages = by_provider.remove(name.as_str()).unwrap_or_default();
            (name, config, *config_file, pages)
        })
        .collect();
    let lowered = parallel::map(&inputs, |(name, config, config_file, pages)| {
        let mut found = Diagnostics::default();
        let input = ir::lower::ProviderInput {
            name,
            pages: pages.clone(),
            config,
            config_file: *config_file,
        };
        let (provider, stats) = ir::lower(input, &sources, &mut found);
        (provider, stats, found)
    });
    let mut api = Api::default();
    let mut stats = Vec::new();
    for (provider, provider_stats, found) in lowered {
        api.providers.push(provider);
        stats.push(provider_stats);
        diagnostics.extend(found);
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
pub fn generate<'t>(
    tree: impl Into<Cow<'t, SpecTree>>,
    options: &CrateOptions,
) -> Result<Generated, Failure> {
    let analysis = analyze(tree)?;
    let plan = emit::emit(&analysis.api, options);
    match format::format_all(&plan) {
        Ok(files) => Ok(Generated { files, analysis }),
        Err(errors) => {
            // Unparseable output is a generator bug; report it rather than write it.
            let diagnostics = errors
                .into_iter()
                .map(|e| {
                    Diagnostic::error(
                        Code::Unreadable,
                        format!("internal error: generated {} does not parse", e.path),
                    )
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
