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

pub mod check;
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
            // Only pages and `provider.toml` are read as text; another file (an image, say) is
            // skipped by its name, and counted, whatever its bytes.
            Err(_)
                if !read::is_markdown(&path)
                    && path != format!("{provider}/{}", config::FILE_NAME) =>
            {
                String::new()
            }
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
    let formats = page_formats(&sources, &page_files, &configs, &mut diagnostics);
    let jobs: Vec<(source::FileId, docs::FormatId)> =
        page_files.iter().copied().zip(formats).collect();
    let read_pages = parallel::map(&jobs, |&(id, format)| {
        let mut found = Diagnostics::default();
        let page = read::read_page(id, sources.get(id), format, &mut found);
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
    let mut by_provider: BTreeMap<String, Vec<Page>> = BTreeMap::new();
    for page in pages {
        let folder = sources
            .get(page.file)
            .path
            .split('/')
            .next()
            .unwrap_or_default()
            .to_string();
        let provider = match &page.kind {
            PageKind::Operations(docs::OperationsPage {
                provider: Some((named, span)),
                ..
            }) => {
                if !configs.contains_key(named) {
                    let known: Vec<&str> = configs.keys().map(String::as_str).collect();
                    diagnostics.push(
                        Diagnostic::error(
                            Code::UnknownProvider,
                            format!("endpoint page names provider `{named}`, which has no folder"),
                        )
                        .at(*span, "unknown provider")
                        .note(format!("providers: {}", known.join(", "))),
                    );
                    continue;
                }
                named.clone()
            }
            _ => folder,
        };
        by_provider.entry(provider).or_default().push(page);
    }
    // Providers are independent: each is interpreted and lowered on its own core.
    let inputs: Vec<_> = configs
        .iter()
        .map(|(name, (config, config_file))| {
            let pages = by_provider.remove(name.as_str()).unwrap_or_default();
            (name, config, *config_file, std::sync::Mutex::new(pages))
        })
        .collect();
    let lowered = parallel::map(&inputs, |(name, config, config_file, pages)| {
        let mut found = Diagnostics::default();
        let pages = std::mem::take(&mut *pages.lock().unwrap_or_else(|e| e.into_inner()));
        let mut provider_pages =
            read::ProviderPages::new(name, &sources, config, *config_file, pages);
        read::interpret(&mut provider_pages, &mut found);
        let input = ir::lower::ProviderInput {
            name,
            pages: &provider_pages.pages,
            sources: &sources,
            config,
            config_file: *config_file,
        };
        let (provider, stats) = ir::lower(&input, &mut found);
        let at = check::provider_span(*config_file, &provider_pages.pages, &sources);
        if !found.has_errors() {
            let understood = check::understanding::Understood {
                provider: &provider,
                pages: &provider_pages.pages,
                sources: &sources,
                config,
                config_file: *config_file,
            };
            for diagnostic in check::understanding::check(&understood) {
                found.push(diagnostic);
            }
            let names = check::names::Input {
                provider: &provider,
                config,
                config_file: config_file.map(|id| (id, sources.get(id).text.as_str())),
            };
            for diagnostic in check::names::check(&names) {
                found.push(diagnostic);
            }
            for diagnostic in check::unions::check(&provider) {
                found.push(diagnostic);
            }
        }
        (provider, stats, found, at)
    });
    let mut api = Api::default();
    let mut stats = Vec::new();
    let mut spans = Vec::new();
    for (provider, provider_stats, found, at) in lowered {
        api.providers.push(provider);
        stats.push(provider_stats);
        spans.push(at);
        diagnostics.extend(found);
    }
    // Module names last: a folder that is not one is renamed here, after every stage that
    // finds a provider by its folder.
    for diagnostic in check::names::modules(&mut api.providers, &spans) {
        diagnostics.push(diagnostic);
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

/// The format of each page: the one whose marker the page carries, or, for a page without
/// one, the format most of its provider's pages carry (`format` in `provider.toml` decides
/// for every page of the provider).
fn page_formats(
    sources: &Sources,
    files: &[source::FileId],
    configs: &BTreeMap<String, (config::ProviderConfig, Option<source::FileId>)>,
    diagnostics: &mut Diagnostics,
) -> Vec<docs::FormatId> {
    let provider_of = |id: source::FileId| {
        let path = &sources.get(id).path;
        path.split('/').next().unwrap_or_default().to_string()
    };
    let mut forced: BTreeMap<&str, docs::FormatId> = BTreeMap::new();
    for (provider, (config, file)) in configs {
        let Some(name) = &config.format else { continue };
        match read::format_by_name(name.get_ref()) {
            Some(id) => {
                forced.insert(provider, id);
            }
            None => {
                let known: Vec<&str> = read::FORMATS.iter().map(|f| f.name()).collect();
                diagnostics.push(
                    Diagnostic::error(
                        Code::BadConfig,
                        format!("unknown page format `{}`", name.get_ref()),
                    )
                    .at(
                        Span::new(file.unwrap_or(source::FileId(0)), name.span()),
                        "here",
                    )
                    .note(format!("known formats: {}", known.join(", "))),
                );
            }
        }
    }
    let recognized = parallel::map(files, |&id| read::recognize(sources.get(id)));
    let mut votes: BTreeMap<String, BTreeMap<docs::FormatId, usize>> = BTreeMap::new();
    for (&id, format) in files.iter().zip(&recognized) {
        if let Some(format) = format {
            *votes
                .entry(provider_of(id))
                .or_default()
                .entry(*format)
                .or_default() += 1;
        }
    }
    let majority: BTreeMap<String, docs::FormatId> = votes
        .into_iter()
        .filter_map(|(provider, counts)| {
            let best = counts
                .into_iter()
                .max_by_key(|&(id, n)| (n, std::cmp::Reverse(id)))?;
            Some((provider, best.0))
        })
        .collect();
    files
        .iter()
        .zip(recognized)
        .map(|(&id, format)| {
            let provider = provider_of(id);
            if let Some(&forced) = forced.get(provider.as_str()) {
                return forced;
            }
            format.unwrap_or_else(|| {
                read::fallback_format(sources.get(id), majority.get(&provider).copied())
            })
        })
        .collect()
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
