//! The document model: what the page readers understood, in one shape for every page format.
//!
//! Each page format (`crate::read`) turns its pages into these structures; nothing after
//! `read` knows which generator wrote the docs. Two steps fill them:
//!
//! 1. reading a file finds structure: titles, tables, rows, code, with every Type cell kept as
//!    raw text ([`TypeCell::text`]);
//! 2. interpreting a provider's pages (`read::interpret`) reads every Type cell with the
//!    provider's notation ([`TypeCell::ty`]) and applies the format's conventions across
//!    pages (which models are SDK response wrappers, which parameter is the request object).

use crate::dialect::{DocType, NamedRef};
use crate::source::{FileId, Span};
use std::collections::BTreeMap;

/// Which page format read a page: an index into `read::FORMATS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FormatId(pub u8);

/// One spec page.
#[derive(Clone, Debug)]
pub struct Page {
    pub file: FileId,
    pub format: FormatId,
    pub kind: PageKind,
}

#[derive(Clone, Debug)]
pub enum PageKind {
    Model(ModelPage),
    Enum(EnumPage),
    Union(UnionPage),
    /// A page documenting operations: an SDK's API group, or a single endpoint.
    Operations(OperationsPage),
    /// A page that is not part of the wire format (SDK helper pages such as retry settings).
    Skipped(SkipReason),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SkipReason {
    /// A table of settings without a Required column: an SDK configuration object.
    SdkConfiguration,
    /// No table of fields, values or members: prose about the SDK or the API.
    NoSchema,
    /// A page about the SDK's own classes (its client, configuration, HTTP and utility
    /// classes), which the docs keep apart from the API's models.
    SdkClass,
    /// Not a markdown page (an image, a JSON file).
    NotMarkdown,
}

impl SkipReason {
    pub fn describe(self) -> &'static str {
        match self {
            SkipReason::SdkConfiguration => {
                "SDK configuration (Fields table without a Required column)"
            }
            SkipReason::NoSchema => "no Fields, Values or Supported Types section",
            SkipReason::SdkClass => {
                "the SDK's own classes (client, configuration, HTTP, utilities)"
            }
            SkipReason::NotMarkdown => "not a markdown page",
        }
    }
}

/// The title of a page.
#[derive(Clone, Debug)]
pub struct Title {
    pub name: String,
    /// Marked deprecated (struck through, or said so).
    pub deprecated: bool,
    pub span: Span,
}

/// Markdown prose as written (CommonMark), already freed of table artefacts such as `<br/>`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prose {
    pub markdown: String,
}

impl Prose {
    pub fn new(markdown: impl Into<String>) -> Self {
        Prose {
            markdown: markdown.into(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.markdown.trim().is_empty()
    }
}

/// A code sample from an example section.
#[derive(Clone, Debug)]
pub struct CodeSample {
    pub lang: String,
    pub code: String,
    pub span: Span,
}

/// A Type cell: its raw text, and once interpreted, the type it names.
#[derive(Clone, Debug)]
pub struct TypeCell {
    pub text: String,
    pub span: Span,
    /// Set by interpretation; `None` before, or when the cell could not be read (a diagnostic
    /// says why).
    pub ty: Option<DocType>,
}

impl TypeCell {
    pub fn new(text: impl Into<String>, span: Span) -> Self {
        TypeCell {
            text: text.into(),
            span,
            ty: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ModelPage {
    pub title: Title,
    pub description: Prose,
    pub example: Option<CodeSample>,
    /// The example read by the provider's notation, keyed by the documented field names.
    pub example_value: Option<serde_json::Value>,
    pub fields: Vec<FieldRow>,
    /// Set when the page is an SDK's response object around the real body, not a wire type.
    pub wrapper: Option<ResponseWrapper>,
}

/// An SDK's response object: status, headers and raw response around the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResponseWrapper {
    /// The field holding the body, when there is one.
    pub body: Option<usize>,
    /// Only headers: the SDK's way of showing `201 Created` with a `Location`.
    pub headers_only: bool,
}

/// What a row of a model's field table is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FieldRole {
    /// A property on the wire.
    #[default]
    Wire,
    /// Properties beyond the documented ones, with values of the row's type.
    AdditionalProperties,
    /// Something only the SDK has (a raw response object): not on the wire.
    SdkOnly,
}

#[derive(Clone, Debug)]
pub struct FieldRow {
    /// As documented (the SDK's name).
    pub name: String,
    pub name_span: Span,
    /// The name on the wire, when the docs or the SDK's naming rules say it differs.
    pub wire_name: Option<String>,
    pub deprecated: bool,
    pub ty: TypeCell,
    pub required: bool,
    /// The page says the value may be `null` (beyond what the Type cell says).
    pub nullable: bool,
    /// Sent by the server only.
    pub read_only: bool,
    /// The documented default, as written.
    pub default: Option<String>,
    pub description: Prose,
    /// The examples in the Example column, as written (a cell may hold several, or none).
    pub examples: Vec<String>,
    pub role: FieldRole,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumPage {
    pub title: Title,
    pub description: Prose,
    /// The values are integers on the wire (`0 | 1`), not strings.
    pub integer: bool,
    pub values: Vec<EnumValueRow>,
}

#[derive(Clone, Debug)]
pub struct EnumValueRow {
    /// The SDK's name for the value, when the page has one.
    pub name: Option<String>,
    /// The value on the wire.
    pub value: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct UnionPage {
    pub title: Title,
    pub description: Prose,
    pub members: Vec<UnionMember>,
}

#[derive(Clone, Debug)]
pub struct UnionMember {
    /// The member's type, read with the type notation.
    pub ty: TypeCell,
    pub example: Option<CodeSample>,
}

/// A page that documents operations.
#[derive(Clone, Debug)]
pub struct OperationsPage {
    pub title: Title,
    /// The provider the page says it belongs to, when it says (pages saved from an API
    /// explorer); otherwise the provider whose folder holds it.
    pub provider: Option<(String, Span)>,
    pub operations: Vec<OperationDoc>,
    /// The URL the page says its paths are relative to: the API's default environment when
    /// `provider.toml` names none.
    pub base_url: Option<String>,
}

/// One documented operation.
#[derive(Clone, Debug)]
pub struct OperationDoc {
    /// The SDK's name for it (`create`, `accounts_get`, `getCustomer`).
    pub name: String,
    /// The docs give no name: `name` was made from the path. A named operation documented
    /// elsewhere for the same path lends it its name.
    pub name_from_path: bool,
    pub span: Span,
    pub deprecated: bool,
    /// The one-line summary.
    pub summary: String,
    pub description: Prose,
    /// Upper-case, when the docs state it.
    pub method: Option<String>,
    pub path: Option<String>,
    /// The path was not stated but read from the docs' prose.
    pub path_inferred: bool,
    /// The one object the caller passes, holding the parameters and the body.
    pub request: Option<RequestObject>,
    /// Parameters passed one by one (besides or instead of a request object).
    pub parameters: Vec<ParameterRow>,
    /// The media type of the request body, when the docs state it (`multipart/form-data`).
    pub content_type: Option<String>,
    /// The type of a successful answer.
    pub response: Option<TypeCell>,
    pub errors: Vec<ErrorRow>,
}

/// How a request media type has the body written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaKind {
    Multipart,
    UrlEncoded,
    /// `application/json` and its relatives (`application/json-patch+json`).
    Json,
    /// Text other than JSON (`text/plain`, `application/xml`, YAML): a string body as written.
    Text,
    Other,
}

/// The kind of a media type, its parameters (`; charset=utf-8`) aside.
pub fn media_kind(content_type: &str) -> MediaKind {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    match media.as_str() {
        "multipart/form-data" => MediaKind::Multipart,
        "application/x-www-form-urlencoded" => MediaKind::UrlEncoded,
        m if m.contains("json") => MediaKind::Json,
        m if m.starts_with("text/") || m.contains("xml") || m.contains("yaml") => MediaKind::Text,
        _ => MediaKind::Other,
    }
}

/// Whether a request media type sends the parameters as form fields (URL-encoded or
/// multipart), not as a body of their own.
pub fn is_form(content_type: &str) -> bool {
    matches!(
        media_kind(content_type),
        MediaKind::Multipart | MediaKind::UrlEncoded
    )
}

/// Where a documented parameter goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParamPlace {
    Path,
    Query,
    Header,
    /// The request body.
    Body,
    /// The docs do not say: a path parameter if a placeholder has its name, the body if it is
    /// an object, a query parameter otherwise.
    Unstated,
}

/// One object holding an operation's parameters and body as its fields, or being the body
/// itself (lowering tells which from its fields and the path).
#[derive(Clone, Debug)]
pub struct RequestObject {
    pub ty: TypeCell,
    /// The field the format knows to be the body, when it knows.
    pub body_field: Option<String>,
}

#[derive(Clone, Debug)]
pub struct ParameterRow {
    pub name: String,
    /// The name on the wire, when the docs say it differs.
    pub wire_name: Option<String>,
    pub place: ParamPlace,
    pub ty: TypeCell,
    pub required: bool,
    pub description: Prose,
    pub span: Span,
}

/// A documented error answer.
#[derive(Clone, Debug)]
pub struct ErrorRow {
    /// The error model, as written.
    pub ty: String,
    /// `404`, `4XX`, `400, 401`, `default`.
    pub status: String,
    pub content_type: String,
    pub span: Span,
}

/// Pages by path and by title, for following references: a link by the path it leads to
/// (relative to the page it is on), a bare name by title, preferring its namespace.
///
/// Doc trees are not always consistent with themselves: some link to where a page used to be
/// (`models/shared/x.md` for `models/components/x.md`). A link whose path misses is followed
/// by its file name when exactly one page, or one in the reference's namespace, has it.
#[derive(Debug, Default)]
pub struct PageIndex<'a> {
    paths: Vec<&'a str>,
    by_path: BTreeMap<&'a str, usize>,
    by_title: BTreeMap<String, Vec<usize>>,
    /// Pages by lower-case file name without extension.
    by_file: BTreeMap<String, Vec<usize>>,
}

/// How a reference was followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// The link's path.
    Path,
    /// The name (no link).
    Name,
    /// The link's file name: the page is not where the link says.
    MovedPath,
}

impl<'a> PageIndex<'a> {
    /// `paths[i]` is page `i`'s path; `titles` are the titled pages a bare name may mean.
    pub fn new(paths: Vec<&'a str>, titles: impl IntoIterator<Item = (usize, String)>) -> Self {
        let by_path = paths.iter().enumerate().map(|(i, p)| (*p, i)).collect();
        let mut by_title: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (page, title) in titles {
            by_title.entry(title).or_default().push(page);
        }
        let mut by_file: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (page, path) in paths.iter().enumerate() {
            by_file.entry(file_stem(path)).or_default().push(page);
        }
        PageIndex {
            paths,
            by_path,
            by_title,
            by_file,
        }
    }

    pub fn path(&self, page: usize) -> &'a str {
        self.paths[page]
    }

    /// The pages titled `title`, in page order.
    pub fn titled(&self, title: &str) -> &[usize] {
        self.by_title.get(title).map_or(&[], Vec::as_slice)
    }

    /// The page a reference on page `from` points at.
    pub fn find(&self, named: &NamedRef, from: usize) -> Option<usize> {
        self.follow(named, from).map(|(page, _)| page)
    }

    /// The page a reference on page `from` points at, and how it was found.
    pub fn follow(&self, named: &NamedRef, from: usize) -> Option<(usize, Via)> {
        let Some(link) = &named.link else {
            return self.by_name(named, from).map(|page| (page, Via::Name));
        };
        if let Some(page) = self.linked(from, link) {
            return Some((page, Via::Path));
        }
        let target = link.split('#').next().unwrap_or_default();
        if target.contains("://") || !target.contains('.') {
            return None;
        }
        let candidates = self.by_file.get(&file_stem(target))?;
        let (namespace, _) = named.split();
        let in_namespace =
            |page: &&usize| namespace_of(self.path(**page)).eq_ignore_ascii_case(namespace);
        let page = match candidates.as_slice() {
            [one] => *one,
            many => *many.iter().find(in_namespace)?,
        };
        Some((page, Via::MovedPath))
    }

    fn by_name(&self, named: &NamedRef, from: usize) -> Option<usize> {
        let (namespace, title) = named.split();
        let candidates = self.by_title.get(title)?;
        if candidates.len() == 1 {
            return Some(candidates[0]);
        }
        // A name without a namespace is the one beside the page that names it (C# names
        // `ProviderName` in `Components/` and in `Requests/` alike).
        if namespace.is_empty() {
            let dir = |page: usize| self.path(page).rsplit_once('/').map(|(dir, _)| dir);
            if let Some(&beside) = candidates.iter().find(|&&c| dir(c) == dir(from)) {
                return Some(beside);
            }
        }
        candidates
            .iter()
            .copied()
            .find(|&c| namespace_of(self.path(c)).eq_ignore_ascii_case(namespace))
            .or_else(|| {
                candidates.iter().copied().find(|&c| {
                    self.path(c)
                        .split('/')
                        .any(|dir| dir.eq_ignore_ascii_case(namespace))
                })
            })
    }

    /// The page a relative link on page `from` leads to.
    pub fn linked(&self, from: usize, link: &str) -> Option<usize> {
        let target = link.split('#').next().unwrap_or_default();
        if target.is_empty() || target.contains("://") {
            return None;
        }
        let dir = self.path(from).rsplit_once('/').map_or("", |(dir, _)| dir);
        let path = join(dir, target)?;
        self.by_path.get(path.as_str()).copied()
    }
}

/// `models/shared/Foo.md` → `foo`.
fn file_stem(path: &str) -> String {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.to_ascii_lowercase()
}

/// The docs' namespace of a page: its folder's name (`components` for
/// `plaid/models/components/x.md`).
pub fn namespace_of(path: &str) -> &str {
    let dir = path.rsplit_once('/').map_or("", |(dir, _)| dir);
    dir.rsplit('/').next().unwrap_or(dir)
}

/// Joins a relative link to the folder of the page it is on; `None` if it leaves the tree.
/// A link starting with `/` is relative to the specs root.
pub fn join(dir: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = if link.starts_with('/') {
        Vec::new()
    } else {
        dir.split('/').filter(|p| !p.is_empty()).collect()
    };
    for part in link.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            _ => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_join_relative_to_the_page() {
        assert_eq!(
            join(
                "plaid/models/components",
                "../../models/components/processor.md"
            )
            .as_deref(),
            Some("plaid/models/components/processor.md")
        );
        assert_eq!(
            join("dwolla/models", "../models/x.md").as_deref(),
            Some("dwolla/models/x.md")
        );
        assert_eq!(join("a", "../../x.md"), None);
        assert_eq!(join("a/b", "/a/x.md").as_deref(), Some("a/x.md"));
    }

    #[test]
    fn namespace_is_the_folder() {
        assert_eq!(namespace_of("plaid/models/components/x.md"), "components");
        assert_eq!(namespace_of("dwolla/models/x.md"), "models");
    }

    #[test]
    fn names_prefer_their_namespace() {
        let index = PageIndex::new(
            vec![
                "p/models/components/x.md",
                "p/models/operations/x.md",
                "p/sdks/s.md",
            ],
            [(0, "X".to_string()), (1, "X".to_string())],
        );
        let named = |name: &str| NamedRef {
            name: name.into(),
            link: None,
            range: 0..0,
        };
        assert_eq!(index.find(&named("operations.X"), 2), Some(1));
        assert_eq!(index.find(&named("components.X"), 2), Some(0));
        let link = NamedRef {
            link: Some("../models/operations/x.md".into()),
            ..named("X")
        };
        assert_eq!(index.find(&link, 2), Some(1));
    }

    #[test]
    fn links_to_moved_pages_are_followed_by_file_name() {
        let index = PageIndex::new(
            vec![
                "p/models/components/x.md",
                "p/models/operations/x.md",
                "p/models/components/only.md",
                "p/sdks/s.md",
            ],
            [],
        );
        let link = |name: &str, link: &str| NamedRef {
            name: name.into(),
            link: Some(link.into()),
            range: 0..0,
        };
        assert_eq!(
            index.follow(&link("Only", "../models/shared/only.md"), 3),
            Some((2, Via::MovedPath))
        );
        // Two pages have the name: the reference's namespace decides.
        assert_eq!(
            index.follow(&link("Models::Components::X", "../models/shared/x.md"), 3),
            Some((0, Via::MovedPath))
        );
        assert_eq!(index.follow(&link("Y", "../models/shared/y.md"), 3), None);
        assert_eq!(
            index.follow(&link("X", "../models/components/x.md"), 3),
            Some((0, Via::Path))
        );
    }
}
