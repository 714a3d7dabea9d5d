//! Problems found in the specs, collected across a whole run and rendered with source snippets.
//!
//! Each stage pushes into a [`Diagnostics`] accumulator instead of stopping at the first
//! problem; the pipeline stops between stages when errors were collected, so one run reports
//! everything that is wrong.

use crate::source::{FileId, Sources, Span};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::{Error as FilesError, Files};
use std::fmt;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// The catalogue of everything the generator can complain about. The slug is printed in
/// brackets (`error[unknown-type]`) so that a diagnostic can be looked up and grepped for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Code {
    /// A spec file is not valid UTF-8.
    NotUtf8,
    /// The specs folder (or a file in it) cannot be read.
    Unreadable,
    /// `provider.toml` is not valid TOML or does not match the expected keys.
    BadConfig,
    /// A table lacks a column the page kind needs, or a row has the wrong number of cells.
    MalformedTable,
    /// A page's structure is not what its kind requires (missing title, empty section, ...).
    MalformedPage,
    /// The Required column holds something other than the documented markers.
    BadRequiredCell,
    /// The Type column holds a notation the provider's dialect does not know.
    UnknownType,
    /// A link or a name points at a page that does not exist.
    DanglingLink,
    /// A link with an empty target (`../../models/.md`), as SDK generators emit for types they
    /// could not name.
    PlaceholderLink,
    /// Two pages define the same model name in the same namespace.
    DuplicateModel,
    /// Two fields of one model have the same name.
    DuplicateField,
    /// An endpoint page names a provider that has no folder under the specs root.
    UnknownProvider,
    /// An operation names a request or response model that no page defines.
    MissingModel,
    /// An operation cannot be placed: no path, no method, or a clash with another operation.
    BadOperation,
    /// Something that is not a wire type (an SDK helper class) where a wire type is needed.
    NotWireType,
    /// A documented example could not be read.
    BadExample,
    /// A provider's pages were mostly not understood, or gave no models or no operations.
    NotUnderstood,
    /// Two things the generated code must tell apart get one name: two fields with one wire
    /// name, two environments or credentials with one name, a provider module with a name the
    /// crate uses.
    NameCollision,
    /// A name was changed to keep generated names apart or to make it an identifier.
    Renamed,
    /// A union that is among its own members, directly or through other unions: decoding it
    /// would never end.
    RecursiveUnion,
    /// Something in the docs or the config was left out or matches nothing.
    Unused,
}

impl Code {
    pub fn slug(self) -> &'static str {
        match self {
            Code::NotUtf8 => "not-utf8",
            Code::Unreadable => "unreadable",
            Code::BadConfig => "bad-config",
            Code::MalformedTable => "malformed-table",
            Code::MalformedPage => "malformed-page",
            Code::BadRequiredCell => "bad-required",
            Code::UnknownType => "unknown-type",
            Code::DanglingLink => "dangling-link",
            Code::PlaceholderLink => "placeholder-link",
            Code::DuplicateModel => "duplicate-model",
            Code::DuplicateField => "duplicate-field",
            Code::UnknownProvider => "unknown-provider",
            Code::MissingModel => "missing-model",
            Code::BadOperation => "bad-operation",
            Code::NotWireType => "not-wire-type",
            Code::BadExample => "bad-example",
            Code::NotUnderstood => "not-understood",
            Code::NameCollision => "name-collision",
            Code::Renamed => "renamed",
            Code::RecursiveUnion => "recursive-union",
            Code::Unused => "unused",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

/// One problem, pointing at the spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub code: Code,
    /// What was found, in one line.
    pub message: String,
    /// Where, with a short label under the snippet.
    pub span: Option<Span>,
    pub label: String,
    /// What was expected, or how to fix it.
    pub notes: Vec<String>,
    /// Other places the problem involves (the other side of a collision), each with a label.
    pub related: Vec<(Span, String)>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code,
            message: message.into(),
            span: None,
            label: String::new(),
            notes: Vec::new(),
            related: Vec::new(),
        }
    }

    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, message)
        }
    }

    pub fn at(mut self, span: Span, label: impl Into<String>) -> Self {
        self.span = Some(span);
        self.label = label.into();
        self
    }

    /// Another place the problem involves, shown as a secondary label.
    pub fn also(mut self, span: Span, label: impl Into<String>) -> Self {
        self.related.push((span, label.into()));
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The accumulator every stage reports into.
#[derive(Debug, Default)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn error_count(&self) -> usize {
        self.items.iter().filter(|d| d.is_error()).count()
    }

    /// The diagnostics in source order (file, then position), so output never depends on the
    /// order in which stages happened to visit pages.
    pub fn into_sorted(mut self) -> Vec<Diagnostic> {
        self.items.sort_by(|a, b| {
            let key = |d: &Diagnostic| d.span.map(|s| (s.file, s.start, s.end));
            key(a)
                .cmp(&key(b))
                .then_with(|| a.severity.cmp(&b.severity))
                .then_with(|| a.code.cmp(&b.code))
                .then_with(|| a.message.cmp(&b.message))
        });
        self.items.dedup();
        self.items
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }
}

/// Renders diagnostics as plain text with source snippets (rustc style).
pub fn render(sources: &Sources, diagnostics: &[Diagnostic]) -> String {
    let config = codespan_reporting::term::Config::default();
    let files = FileDb(sources);
    let mut out = String::new();
    for diagnostic in diagnostics {
        let severity = match diagnostic.severity {
            Severity::Error => cs::Severity::Error,
            Severity::Warning => cs::Severity::Warning,
        };
        let mut rendered = cs::Diagnostic::new(severity)
            .with_code(diagnostic.code.slug())
            .with_message(&diagnostic.message)
            .with_notes(diagnostic.notes.clone());
        if let Some(span) = diagnostic.span {
            rendered = rendered.with_labels(vec![
                cs::Label::primary(span.file, span.range()).with_message(&diagnostic.label)
            ]);
        }
        rendered = rendered.with_labels(
            diagnostic
                .related
                .iter()
                .map(|(span, label)| {
                    cs::Label::secondary(span.file, span.range()).with_message(label)
                })
                .collect(),
        );
        match codespan_reporting::term::emit_into_string(&config, &files, &rendered) {
            Ok(text) => out.push_str(&text),
            // A span outside its file is a bug in a stage, not in the spec: still say what
            // was wrong rather than lose the diagnostic.
            Err(_) => {
                out.push_str(&format!(
                    "{}[{}]: {}\n",
                    match diagnostic.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    },
                    diagnostic.code,
                    diagnostic.message
                ));
            }
        }
    }
    out
}

/// Adapter so codespan-reporting can read our sources.
struct FileDb<'a>(&'a Sources);

impl<'a> Files<'a> for FileDb<'a> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(&self.0.get(id).path)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        Ok(&self.0.get(id).text)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        Ok(self.0.get(id).line_index(byte_index))
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        self.0
            .get(id)
            .line_range(line_index)
            .ok_or(FilesError::LineTooLarge {
                given: line_index,
                max: self.0.get(id).line_index(self.0.get(id).text.len()),
            })
    }
}
