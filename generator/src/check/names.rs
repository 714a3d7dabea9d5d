//! Names, checked before any code is written from them. Two things the generated code must
//! tell apart may not end up with one name: two fields of a model with one wire name, two
//! environments with one variant (or one that is the `Custom` variant), two credentials with
//! one field or two with one header, a provider module with a name the crate itself uses.
//! Each is an error that points at both sides. Rust names that [`crate::naming`] had to change
//! to keep them apart are warnings that point at both sides, so no rename goes unreported.

use crate::config::{AuthConfig, ProviderConfig};
use crate::diagnostics::{Code, Diagnostic};
use crate::ir::{ParamLocation, Provider, StructRole, TypeKind};
use crate::naming::{self, Item, Names, Why};
use crate::source::{FileId, Span};
use std::collections::HashMap;

/// Names the generated crate's root uses, and Cargo's `default` feature: a provider module
/// (and feature) may take none of them.
pub const RESERVED_MODULES: &[&str] = &[
    // Modules and files of the crate root (`src/lib.rs`, `src/runtime.rs`).
    "lib",
    "runtime",
    "tests",
    // The `[features]` table's own key.
    "default",
    // Crates the root refers to by relative path.
    "std",
    "core",
    "alloc",
    "reqwest",
    "serde",
    "serde_json",
    "chrono",
    "tokio",
    "monostate",
];

/// One provider's names, with its config (for the spans of environments and credentials).
pub struct Input<'a> {
    pub provider: &'a Provider,
    pub config: &'a ProviderConfig,
    /// The config's file and text.
    pub config_file: Option<(FileId, &'a str)>,
}

pub fn check(input: &Input<'_>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    wire_names(input.provider, &mut out);
    parameters(input.provider, &mut out);
    renames(input.provider, &naming::assign(input.provider), &mut out);
    if let Some((file, text)) = input.config_file {
        environments(input.config, file, &mut out);
        credentials(input.config, file, text, &mut out);
    }
    out
}

/// Two fields of one wire model that serialize under one key: serde would write the key twice
/// and could not decode what it wrote.
fn wire_names(provider: &Provider, out: &mut Vec<Diagnostic>) {
    for def in &provider.types {
        let TypeKind::Struct(s) = &def.kind else {
            continue;
        };
        if s.role != StructRole::Wire {
            continue;
        }
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(s.fields.len());
        for (i, field) in s.fields.iter().enumerate() {
            let Some(&first) = seen.get(field.wire_name.as_str()) else {
                seen.insert(&field.wire_name, i);
                continue;
            };
            let first = &s.fields[first];
            out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!(
                        "fields `{}` and `{}` of `{}` are both `{}` on the wire",
                        first.name, field.name, def.name, field.wire_name
                    ),
                )
                .at(field.span, format!("`{}` on the wire", field.wire_name))
                .also(first.span, format!("`{}` on the wire too", field.wire_name))
                .note("expected one field per wire name; if the SDK renamed a field, a `[[wire_names]]` rule in provider.toml that selects only it gives its wire name"),
            );
        }
    }
}

/// Two parameters of an operation sent under one name in one place (header names are not
/// case-sensitive).
fn parameters(provider: &Provider, out: &mut Vec<Diagnostic>) {
    for op in &provider.operations {
        let Some(request) = op.request else { continue };
        let TypeKind::Struct(s) = &provider.ty(request).kind else {
            continue;
        };
        let mut seen: std::collections::BTreeMap<(ParamLocation, String), usize> =
            Default::default();
        for param in &op.parameters {
            let key = match param.location {
                ParamLocation::Header => param.wire_name.to_ascii_lowercase(),
                _ => param.wire_name.clone(),
            };
            let Some(&first) = seen.get(&(param.location, key.clone())) else {
                seen.insert((param.location, key), param.field);
                continue;
            };
            let (Some(first), Some(field)) = (s.fields.get(first), s.fields.get(param.field))
            else {
                continue;
            };
            out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!(
                        "`{}` sends `{}` and `{}` both as the {:?} parameter `{}`",
                        op.name, first.name, field.name, param.location, param.wire_name
                    ),
                )
                .at(field.span, format!("sent as `{}`", param.wire_name))
                .also(first.span, format!("sent as `{}` too", param.wire_name))
                .note("expected one parameter per name and place; `[[parameters]]` in provider.toml can name one differently"),
            );
        }
    }
}

/// Where an item of the IR is documented.
fn span_of(provider: &Provider, item: Item) -> Span {
    match item {
        Item::Type(id) | Item::Additional(id) => provider.ty(id).span,
        Item::Field(id, i) => match &provider.ty(id).kind {
            TypeKind::Struct(s) => s.fields[i].span,
            _ => provider.ty(id).span,
        },
        Item::Variant(id, i) => match &provider.ty(id).kind {
            TypeKind::Enum(e) => e.values[i].span,
            TypeKind::Union(u) => u.members[i].span,
            TypeKind::Struct(_) => provider.ty(id).span,
        },
        Item::Operation(i) | Item::Pages(i) | Item::Items(i) => provider.operations[i].span,
    }
}

/// What an item is, for messages: "field `type` of `Record`".
fn describe(provider: &Provider, item: Item) -> String {
    match item {
        Item::Type(id) => {
            let def = provider.ty(id);
            format!("type `{}` ({})", def.name, def.location)
        }
        Item::Field(id, i) => match &provider.ty(id).kind {
            TypeKind::Struct(s) => {
                format!("field `{}` of `{}`", s.fields[i].name, provider.ty(id).name)
            }
            _ => format!("a field of `{}`", provider.ty(id).name),
        },
        Item::Additional(id) => {
            format!("the additional properties of `{}`", provider.ty(id).name)
        }
        Item::Variant(id, i) => match &provider.ty(id).kind {
            TypeKind::Enum(e) => format!(
                "value `{}` of `{}`",
                e.values[i].value,
                provider.ty(id).name
            ),
            _ => format!("member {} of `{}`", i + 1, provider.ty(id).name),
        },
        Item::Operation(i) => format!("operation `{}`", provider.operations[i].name),
        Item::Pages(i) => format!("the page stream of `{}`", provider.operations[i].name),
        Item::Items(i) => format!("the item stream of `{}`", provider.operations[i].name),
    }
}

/// Each Rust name [`naming`] changed, as a warning at the renamed item and at the item that
/// holds the name it wanted.
fn renames(provider: &Provider, names: &Names, out: &mut Vec<Diagnostic>) {
    for rename in &names.renames {
        let what = describe(provider, rename.item);
        let span = span_of(provider, rename.item);
        let diagnostic = match &rename.why {
            Why::Taken(Some(holder)) => Diagnostic::warning(
                Code::Renamed,
                format!(
                    "{what} is named `{}` in Rust: `{}` is taken",
                    rename.given, rename.wanted
                ),
            )
            .at(span, format!("named `{}`", rename.given))
            .also(
                span_of(provider, *holder),
                format!("{} is `{}`", describe(provider, *holder), rename.wanted),
            )
            .note(match rename.item {
                Item::Type(_) => "give the two distinct titles in the docs to choose the Rust names",
                Item::Pages(_) | Item::Items(_) => "the stream follows the same operation; only its method name changes",
                _ => "the wire name is unchanged; give the two distinct names in the docs to choose the Rust names",
            }),
            Why::Taken(None) => Diagnostic::warning(
                Code::Renamed,
                format!(
                    "{what} is named `{}` in Rust: the generated code uses `{}` itself",
                    rename.given, rename.wanted
                ),
            )
            .at(span, format!("named `{}`", rename.given))
            .note("the wire name is unchanged"),
            Why::NotIdentifier => Diagnostic::warning(
                Code::Renamed,
                format!(
                    "{what} is named `{}` in Rust: `{}` is not an identifier",
                    rename.given, rename.wanted
                ),
            )
            .at(span, format!("named `{}`", rename.given))
            .note("expected a name of letters, digits and `_` that starts with a letter, such as `listCustomers`"),
        };
        out.push(diagnostic);
    }
}

/// Environments become variants of `Environment`, next to `Custom` for a URL of the caller's.
fn environments(config: &ProviderConfig, file: FileId, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, Span> = HashMap::new();
    for environment in &config.environments {
        let span = Span::new(file, environment.name.span());
        let variant = naming::type_name(environment.name.get_ref());
        if variant == "Custom" {
            out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!(
                        "environment `{}` would be the variant `Custom`",
                        environment.name.get_ref()
                    ),
                )
                .at(span, "becomes `Environment::Custom`")
                .note("`Environment::Custom(url)` is the variant for a URL of the caller's own; expected another environment name"),
            );
            continue;
        }
        match seen.get(&variant) {
            Some(&first) => out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!("two environments are the variant `Environment::{variant}`"),
                )
                .at(span, format!("becomes `Environment::{variant}`"))
                .also(first, format!("becomes `Environment::{variant}` too"))
                .note("expected environment names that differ in more than case and punctuation"),
            ),
            None => {
                seen.insert(variant, span);
            }
        }
    }
}

/// API-key credentials become fields of `Credentials`, each sent as its own header.
fn credentials(config: &ProviderConfig, file: FileId, text: &str, out: &mut Vec<Diagnostic>) {
    let AuthConfig::ApiKeyHeaders { headers } = &config.auth else {
        return;
    };
    let spans = header_spans(text);
    let mut fields: HashMap<String, Span> = HashMap::new();
    let mut sent: HashMap<String, Span> = HashMap::new();
    for (i, header) in headers.iter().enumerate() {
        let span = Span::new(file, spans.get(i).cloned().unwrap_or(0..0));
        let field = naming::field_name(&header.credential);
        match fields.get(&field) {
            Some(&first) => out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!("two headers take the credential `{field}`"),
                )
                .at(span, format!("credential `{}`", header.credential))
                .also(first, "the same credential")
                .note("expected one credential per header; two headers that carry one value are not supported"),
            ),
            None => {
                fields.insert(field, span);
            }
        }
        let name = header.header.to_ascii_lowercase();
        match sent.get(&name) {
            Some(&first) => out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!("the header `{}` is listed twice", header.header),
                )
                .at(span, "sent here")
                .also(first, "and here (header names ignore case)")
                .note("expected each header once"),
            ),
            None => {
                sent.insert(name, span);
            }
        }
    }
}

/// Where each `[auth] headers` entry is in the config's text. `auth` is read as a tagged enum,
/// which keeps no positions, so the entries are read again here for theirs.
fn header_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    #[derive(serde::Deserialize)]
    struct Config {
        auth: Option<Auth>,
    }
    #[derive(serde::Deserialize)]
    struct Auth {
        #[serde(default)]
        headers: Vec<toml::Spanned<toml::Table>>,
    }
    toml::from_str::<Config>(text)
        .ok()
        .and_then(|c| c.auth)
        .map(|a| a.headers.iter().map(toml::Spanned::span).collect())
        .unwrap_or_default()
}

/// Makes each provider's name a module name (`my-api` → `my_api`), reporting the change, and
/// rejects folders that cannot be one, that take a name the crate uses, or that become the
/// same module as another folder. `at` is where to point at each provider (its config or
/// first page), in the order of `providers`.
pub fn modules(providers: &mut [Provider], at: &[Span]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, (String, Span)> = HashMap::new();
    for (i, provider) in providers.iter_mut().enumerate() {
        let folder = provider.name.clone();
        let span = at[i];
        let Some(module) = naming::module_name(&folder) else {
            out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!("provider folder `{folder}` cannot be a Rust module name"),
                )
                .at(span, format!("in the folder `{folder}`"))
                .note("expected a folder name with letters or digits, such as `acme` or `my-api`"),
            );
            continue;
        };
        if RESERVED_MODULES.contains(&module.as_str()) {
            out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!("provider folder `{folder}` would be the module `{module}`, a name the generated crate uses"),
                )
                .at(span, format!("in the folder `{folder}`"))
                .note(format!("expected a folder name other than {}", RESERVED_MODULES.join(", "))),
            );
            continue;
        }
        if let Some((other, other_span)) = seen.get(&module) {
            out.push(
                Diagnostic::error(
                    Code::NameCollision,
                    format!("provider folders `{other}` and `{folder}` would both be the module `{module}`"),
                )
                .at(span, format!("in the folder `{folder}`"))
                .also(*other_span, format!("in the folder `{other}`"))
                .note("expected folder names that differ in more than case and punctuation"),
            );
            continue;
        }
        seen.insert(module.clone(), (folder.clone(), span));
        if module != folder {
            out.push(
                Diagnostic::warning(
                    Code::Renamed,
                    format!("provider folder `{folder}` is the module and feature `{module}`"),
                )
                .at(span, format!("in the folder `{folder}`"))
                .note("a module name is a Rust identifier in snake_case; rename the folder to choose another"),
            );
            provider.name = module;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::{Code, Severity};
    use crate::source::SpecTree;

    const PAGE: &str = "# Widget\n\nA widget.\n\n## Fields\n\n| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n| `id` | *str* | :heavy_check_mark: | Id. |\n";

    /// A spec tree with one models-only provider per folder name.
    fn tree(folders: &[&str]) -> SpecTree {
        let mut tree = SpecTree::default();
        for folder in folders {
            tree.insert(
                format!("{folder}/provider.toml"),
                b"expect = \"models\"\n".to_vec(),
            );
            tree.insert(
                format!("{folder}/models/widget.md"),
                PAGE.as_bytes().to_vec(),
            );
        }
        tree
    }

    /// The code, file and line of each diagnostic, and its related places' files.
    fn found(folders: &[&str]) -> Vec<(Severity, Code, String, Vec<String>)> {
        let (sources, diagnostics) = match crate::analyze(tree(folders)) {
            Ok(analysis) => (analysis.sources, analysis.warnings),
            Err(failure) => (failure.sources, failure.diagnostics),
        };
        diagnostics
            .iter()
            .map(|d| {
                let at = |s: crate::source::Span| {
                    let file = sources.get(s.file);
                    format!("{}:{}", file.path, file.line_index(s.start as usize) + 1)
                };
                let related = d.related.iter().map(|(s, _)| at(*s)).collect();
                (
                    d.severity,
                    d.code,
                    d.span.map(at).unwrap_or_default(),
                    related,
                )
            })
            .collect()
    }

    #[test]
    fn provider_folders_that_become_one_module_collide() {
        assert_eq!(
            found(&["my-api", "my_api"]),
            [
                (
                    Severity::Warning,
                    Code::Renamed,
                    "my-api/provider.toml:1".to_string(),
                    vec![]
                ),
                (
                    Severity::Error,
                    Code::NameCollision,
                    "my_api/provider.toml:1".to_string(),
                    vec!["my-api/provider.toml:1".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn provider_folders_without_letters_are_rejected_by_name() {
        for folder in ["---", "ÄÖ", ""] {
            let found = found(&[folder]);
            assert_eq!(found.len(), 1, "{folder}: {found:?}");
            assert_eq!(found[0].1, Code::NameCollision);
            assert_eq!(found[0].2, format!("{folder}/provider.toml:1"));
        }
    }

    #[test]
    fn provider_folders_that_are_no_identifiers_are_renamed_with_a_warning() {
        for (folder, module) in [("my-api", "my_api"), ("123", "api_123"), ("type", "type_")] {
            let analysis = crate::analyze(tree(&[folder])).ok().expect("analyzes");
            assert_eq!(analysis.api.providers[0].name, module);
            assert_eq!(analysis.warnings.len(), 1, "{folder}");
            assert_eq!(analysis.warnings[0].code, Code::Renamed);
        }
    }
}
