//! Parsed documentation pages: what the page readers understood, before types are resolved.
//!
//! Type cells are kept as raw text ([`TypeCell`]) because reading them needs the provider's
//! type notation, which is only known once all of its pages have been read.

use crate::source::{FileId, Span};

/// One spec page.
#[derive(Clone, Debug)]
pub struct Page {
    pub file: FileId,
    pub kind: PageKind,
}

#[derive(Clone, Debug)]
pub enum PageKind {
    Model(ModelPage),
    Enum(EnumPage),
    Union(UnionPage),
    Sdk(SdkPage),
    Endpoint(EndpointPage),
    /// A page that is not part of the wire format (SDK helper pages such as retry settings).
    Skipped(SkipReason),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum SkipReason {
    /// A `Fields` table without a Required column: an SDK configuration object, not a model.
    SdkConfiguration,
    /// No Fields, Values or Supported Types section: prose about an SDK helper type.
    NoSchema,
    /// Not a `.md` file.
    NotMarkdown,
}

impl SkipReason {
    pub fn describe(self) -> &'static str {
        match self {
            SkipReason::SdkConfiguration => {
                "SDK configuration (Fields table without a Required column)"
            }
            SkipReason::NoSchema => "no Fields, Values or Supported Types section",
            SkipReason::NotMarkdown => "not a markdown page",
        }
    }
}

/// The `# Title` of a page.
#[derive(Clone, Debug)]
pub struct Title {
    pub name: String,
    /// Written `~~Name~~`.
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

/// A code sample from an `Example Usage` section.
#[derive(Clone, Debug)]
pub struct CodeSample {
    pub lang: String,
    pub code: String,
    pub span: Span,
}

/// The raw text of a Type column cell.
#[derive(Clone, Debug)]
pub struct TypeCell {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ModelPage {
    pub title: Title,
    pub description: Prose,
    pub example: Option<CodeSample>,
    pub fields: Vec<FieldRow>,
}

#[derive(Clone, Debug)]
pub struct FieldRow {
    pub name: String,
    pub name_span: Span,
    /// Written `~~`name`~~`, or the description opens with a deprecation warning.
    pub deprecated: bool,
    pub ty: TypeCell,
    pub required: bool,
    pub description: Prose,
    /// The Example column, when the table has one and the cell is not empty.
    pub example: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumPage {
    pub title: Title,
    pub description: Prose,
    pub values: Vec<EnumValueRow>,
}

#[derive(Clone, Debug)]
pub struct EnumValueRow {
    /// The SDK's name for the value (Name column), when the page has one.
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
    /// The heading's type, e.g. `models.ControllerWithSsn`, read with the type notation.
    pub ty: TypeCell,
    pub example: Option<CodeSample>,
}

/// A page that documents SDK methods (`docs/sdks/<group>/README.md`).
#[derive(Clone, Debug)]
pub struct SdkPage {
    pub title: Title,
    pub operations: Vec<SdkOperation>,
}

#[derive(Clone, Debug)]
pub struct SdkOperation {
    /// The SDK method name (`## create`, `## accounts_get`).
    pub name: String,
    pub span: Span,
    pub deprecated: bool,
    /// The one-line summary from the page's list of operations.
    pub summary: String,
    pub description: Prose,
    /// From the `UsageSnippet` comment, when present.
    pub method: Option<String>,
    pub path: Option<String>,
    pub operation_id: Option<String>,
    pub parameters: Vec<ParameterRow>,
    /// The `### Response` type.
    pub response: Option<TypeCell>,
    pub errors: Vec<ErrorRow>,
}

#[derive(Clone, Debug)]
pub struct ParameterRow {
    pub name: String,
    pub ty: TypeCell,
    pub required: bool,
    pub description: Prose,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ErrorRow {
    pub ty: String,
    pub status: String,
    pub content_type: String,
    pub span: Span,
}

/// An endpoint page: `provider <name> <METHOD> <path>` on its first line.
#[derive(Clone, Debug)]
pub struct EndpointPage {
    pub provider: String,
    pub provider_span: Span,
    pub method: String,
    pub path: String,
    pub span: Span,
    pub summary: String,
    pub description: Prose,
}
