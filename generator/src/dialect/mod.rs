//! SDK dialects: how each SDK language writes types (and examples) in its docs.
//!
//! Speakeasy writes the same page layout for every language but spells types differently:
//! `*Optional[str]*` in Python, `*string*` in TypeScript, `**string*` in Go. A dialect is a
//! module here implementing [`Dialect`]; it turns a Type cell into a [`DocType`], which is the
//! same for every dialect, so nothing after this module knows which language wrote the docs.
//!
//! Type cells are tokenised first ([`tokenize`]): links are recognised before anything else
//! (`List[[components.X](../x.md)]` is a `List[` wrapper around a link), then each dialect
//! parses its own wrapper syntax over the tokens.

mod csharp;
mod go;
mod java;
pub mod oag;
mod php;
mod python;
mod ruby;
mod typescript;

pub use csharp::CSharp;
pub use go::Go;
pub use java::Java;
pub use php::Php;
pub use python::Python;
pub use ruby::Ruby;
pub use typescript::TypeScript;

use crate::ir::Primitive;
use std::borrow::Cow;
use std::ops::Range;

/// A type as the docs write it, before names and links are resolved.
#[derive(Clone, Debug, PartialEq)]
pub enum DocType {
    Primitive(Primitive),
    /// Another page: by link (resolved by path) or by qualified name (`models.X`).
    Named(NamedRef),
    List(Box<DocType>),
    Map(Box<DocType>),
    /// May be `null` (Python's `Optional[...]`).
    Nullable(Box<DocType>),
    /// A single permitted value (TypeScript's `*"business"*`).
    Literal(serde_json::Value),
    /// An inline union (`[File](..) | [Blob](..)`).
    OneOf(Vec<DocType>),
    /// An inline enumeration of string values (`"a" | "b"` where a type is expected).
    Enum(Vec<String>),
    /// A class of the SDK itself (`requests.Response`, `RequestOptions`): not on the wire.
    External(String),
}

/// A reference to another page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedRef {
    /// As written, e.g. `components.Processor` or `models.Customer`.
    pub name: String,
    /// The link target, when the name was a link.
    pub link: Option<String>,
    /// Where the name is, relative to the start of the cell.
    pub range: Range<usize>,
}

impl NamedRef {
    /// The namespace and the bare name: `components.X` → (`components`, `X`). Namespaces are
    /// written as each language writes them (`Models::Components::X`, `Components\X`); the
    /// namespace returned is the innermost one (`Components`).
    pub fn split(&self) -> (&str, &str) {
        let name = self.name.as_str();
        let Some(at) = name.rfind(['.', ':', '\\']) else {
            return ("", name);
        };
        let title = &name[at + 1..];
        let outer = name[..at].trim_end_matches([':', '.', '\\']);
        let namespace = match outer.rfind(['.', ':', '\\']) {
            Some(inner) => &outer[inner + 1..],
            None => outer,
        };
        (namespace, title)
    }
}

/// Why a Type cell could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotationError {
    /// Relative to the start of the cell.
    pub range: Range<usize>,
    pub found: String,
    pub expected: String,
}

/// One SDK language's way of writing docs.
pub trait Dialect: Sync {
    /// Short name, as used in `provider.toml` (`dialect = "python"`).
    fn name(&self) -> &'static str;
    /// Whether a Type cell is written in a way only this dialect writes it. Used to pick the
    /// dialect of a provider whose config does not name one.
    fn recognizes(&self, cell: &str) -> bool;
    /// Reads a Type cell.
    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError>;
    /// The wire name of a field the SDK calls `name`. SDKs escape names their language
    /// reserves; undoing that is the dialect's business.
    fn wire_name<'n>(&self, name: &'n str) -> Cow<'n, str> {
        Cow::Borrowed(name)
    }
    /// Whether the notation can say that a required field may be `null`. PHP's docs write
    /// `?T` only on optional fields, so for them the prose has to say it.
    fn writes_required_nullability(&self) -> bool {
        true
    }
    /// The type of a union member whose heading does not name it, read from the member's
    /// example (Go writes `components.CreateXStr(string{/* values here */})` under `### `).
    /// Returns where the type is in the example.
    fn member_type(&self, _example: &str) -> Option<Range<usize>> {
        None
    }
    /// Whether the notation writes integers and decimals alike (TypeScript's `number`), so
    /// that examples have to tell them apart.
    fn merges_numbers(&self) -> bool {
        false
    }
    /// Whether union pages head each member with the SDK's name for it (C#'s `Str`,
    /// `ArrayOfStr`, `ResponseCreated`) rather than its type. Names that are no type are
    /// then found among the provider's pages by the format's conventions.
    fn names_union_members(&self) -> bool {
        false
    }
    /// The type a union member's name stands for when it is not a page's (C#'s `Str`,
    /// `ArrayOfPet`); `None` to read the heading as a type.
    fn union_member(&self, _name: &str) -> Option<DocType> {
        None
    }
    /// Reads an `Example Usage` code sample as JSON keyed by the SDK's field names, when the
    /// dialect can. `Ok(None)`: the sample holds no example (a placeholder comment).
    fn example(&self, _code: &str) -> Result<Option<serde_json::Value>, String> {
        Ok(None)
    }
}

/// The notations of Speakeasy's SDK languages.
pub static SPEAKEASY: &[&dyn Dialect] = &[&Python, &TypeScript, &Go, &Java, &CSharp, &Php, &Ruby];

/// The dialect among `candidates` that reads the most of `cells`, among those that recognise
/// at least one (then the one recognising the most; the earlier on a tie). Recognising alone
/// is not enough: languages share spellings (`*string*` is TypeScript's string and the start
/// of Go's `**string*`), but a dialect fails on the other's cells (`*int64*`, `[]*string*`).
pub fn detect<'c>(
    candidates: &[&'static dyn Dialect],
    cells: impl IntoIterator<Item = &'c str>,
) -> Option<&'static dyn Dialect> {
    /// Enough cells to tell the dialects apart, at a bounded cost on big trees.
    const SAMPLE: usize = 3000;
    let mut votes = vec![(0usize, 0usize); candidates.len()];
    for cell in cells.into_iter().take(SAMPLE) {
        for (i, dialect) in candidates.iter().enumerate() {
            if dialect.recognizes(cell) {
                votes[i].1 += 1;
            }
            if dialect.parse_type(cell).is_ok() {
                votes[i].0 += 1;
            }
        }
    }
    let (best, _) = votes
        .iter()
        .enumerate()
        .filter(|(_, (_, recognized))| *recognized > 0)
        .max_by_key(|&(i, v)| (*v, usize::MAX - i))?;
    Some(candidates[best])
}

/// A token of a Type cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    /// `[text](dest)`; `text` is raw and is tokenised again by the dialect.
    Link {
        text: &'a str,
        text_start: usize,
        dest: &'a str,
    },
    /// Identifiers, dotted names and numbers.
    Word(&'a str),
    /// A quoted string, unquoted.
    Str(String),
    /// Any other significant character (`[ ] < > , | ( ) ?`).
    Punct(char),
}

/// A token and where it is in the cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<'a> {
    pub token: Token<'a>,
    pub range: Range<usize>,
}

/// Splits a Type cell into tokens. Emphasis (`*`), code ticks and white space are only
/// presentation and are dropped; markdown escapes (`\<`, `\|`) stand for their character.
pub fn tokenize(cell: &str) -> Vec<Spanned<'_>> {
    let bytes = cell.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'*' | b'`' | b' ' | b'\t' => i += 1,
            b'\\' if i + 1 < bytes.len() && bytes[i + 1].is_ascii_punctuation() => {
                tokens.push(Spanned {
                    token: Token::Punct(bytes[i + 1] as char),
                    range: i..i + 2,
                });
                i += 2;
            }
            b'[' => match link_at(cell, i) {
                Some((text, dest, end)) => {
                    tokens.push(Spanned {
                        token: Token::Link {
                            text: &cell[text.clone()],
                            text_start: text.start,
                            dest: &cell[dest],
                        },
                        range: i..end,
                    });
                    i = end;
                }
                None => {
                    tokens.push(Spanned {
                        token: Token::Punct('['),
                        range: i..i + 1,
                    });
                    i += 1;
                }
            },
            b'"' | b'\'' => {
                let end = cell[i + 1..]
                    .find(c as char)
                    .map_or(cell.len(), |e| i + 1 + e + 1);
                let inner = &cell[i + 1..end.saturating_sub(1).max(i + 1)];
                let value = if c == b'"' {
                    serde_json::from_str::<String>(&cell[i..end])
                        .unwrap_or_else(|_| inner.to_string())
                } else {
                    inner.to_string()
                };
                tokens.push(Spanned {
                    token: Token::Str(value),
                    range: i..end,
                });
                i = end;
            }
            c if is_word_byte(c)
                || c == b'-' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) =>
            {
                let start = i;
                i += 1;
                while i < bytes.len() && is_word_byte(bytes[i]) {
                    i += 1;
                }
                tokens.push(Spanned {
                    token: Token::Word(&cell[start..i]),
                    range: start..i,
                });
            }
            _ => {
                let ch = cell[i..].chars().next().unwrap_or('?');
                tokens.push(Spanned {
                    token: Token::Punct(ch),
                    range: i..i + ch.len_utf8(),
                });
                i += ch.len_utf8();
            }
        }
    }
    tokens
}

fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c == b'$' || c == b':'
}

/// If a markdown link starts at `start`, the ranges of its text and target and its end.
fn link_at(cell: &str, start: usize) -> Option<(Range<usize>, Range<usize>, usize)> {
    let bytes = cell.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    let close = loop {
        match *bytes.get(i)? {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    break i;
                }
            }
            _ => {}
        }
        i += 1;
    };
    if bytes.get(close + 1) != Some(&b'(') {
        return None;
    }
    let dest_start = close + 2;
    let dest_end = dest_start + cell[dest_start..].find(')')?;
    Some((start + 1..close, dest_start..dest_end, dest_end + 1))
}

/// A cursor over tokens for the dialects' recursive-descent parsers.
pub(crate) struct Cursor<'a, 't> {
    tokens: &'t [Spanned<'a>],
    pos: usize,
    /// Added to every range, for tokens of a link's text.
    base: usize,
    /// Length of the cell, for errors at its end.
    len: usize,
}

impl<'a, 't> Cursor<'a, 't> {
    pub(crate) fn new(tokens: &'t [Spanned<'a>], base: usize, len: usize) -> Self {
        Cursor {
            tokens,
            pos: 0,
            base,
            len,
        }
    }

    pub(crate) fn peek(&self) -> Option<&'t Spanned<'a>> {
        self.tokens.get(self.pos)
    }

    /// The token `ahead` places after the next one.
    pub(crate) fn peek_at(&self, ahead: usize) -> Option<&'t Spanned<'a>> {
        self.tokens.get(self.pos + ahead)
    }

    pub(crate) fn next(&mut self) -> Option<&'t Spanned<'a>> {
        let token = self.tokens.get(self.pos);
        self.pos += token.is_some() as usize;
        token
    }

    pub(crate) fn eat(&mut self, c: char) -> bool {
        if matches!(self.peek(), Some(Spanned { token: Token::Punct(p), .. }) if *p == c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    pub(crate) fn expect(&mut self, c: char, cell: &str) -> Result<(), NotationError> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.error_here(cell, &format!("`{c}`")))
        }
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.tokens.len()
    }

    pub(crate) fn range(&self, token: &Spanned<'_>) -> Range<usize> {
        token.range.start + self.base..token.range.end + self.base
    }

    /// An error at the next token (or at the end of the cell).
    pub(crate) fn error_here(&self, cell: &str, expected: &str) -> NotationError {
        match self.peek() {
            Some(token) => NotationError {
                range: self.range(token),
                found: cell
                    .get(token.range.clone())
                    .unwrap_or_default()
                    .to_string(),
                expected: expected.to_string(),
            },
            None => NotationError {
                range: self.len..self.len,
                found: "the end of the cell".to_string(),
                expected: expected.to_string(),
            },
        }
    }
}

/// Parses a whole cell with `parse`, requiring that every token is used.
pub(crate) fn parse_all(
    cell: &str,
    base: usize,
    parse: impl FnOnce(&mut Cursor<'_, '_>) -> Result<DocType, NotationError>,
) -> Result<DocType, NotationError> {
    if let Some(at) = too_deep(cell) {
        return Err(NotationError {
            range: base + at..base + at + 1,
            found: format!("`{}` opening level {}", &cell[at..at + 1], MAX_NESTING + 1),
            expected: format!("a type nested at most {MAX_NESTING} levels deep"),
        });
    }
    let tokens = tokenize(cell);
    let mut cursor = Cursor::new(&tokens, base, base + cell.len());
    if cursor.at_end() {
        return Err(NotationError {
            range: base..base + cell.len(),
            found: "an empty cell".into(),
            expected: "a type".into(),
        });
    }
    let ty = parse(&mut cursor)?;
    if !cursor.at_end() {
        return Err(cursor.error_here(cell, "the end of the type"));
    }
    Ok(ty)
}

/// How deep a Type cell may nest. Real docs nest a handful of levels; the bound keeps every
/// later recursive pass (the dialects' parsers, lowering, emitting, rustc itself) far from the
/// depth where a stack gives out.
pub const MAX_NESTING: usize = 64;

/// Where a cell first goes deeper than [`MAX_NESTING`], if it does. Measured on the text
/// without recursion, before any parser recurses: every bracket (`[`, `<`, `(`) opens a
/// level its closer ends, and an empty pair (TypeScript's postfix `[]`) wraps everything
/// before it, so it adds a level that stays. Over-counting is harmless at this bound.
fn too_deep(cell: &str) -> Option<usize> {
    let bytes = cell.as_bytes();
    let (mut open, mut wrapped) = (0usize, 0usize);
    let mut i = 0;
    while i < bytes.len() {
        let at = i;
        match bytes[i] {
            b'\\' => i += 1,
            b'[' | b'<' | b'(' => {
                let close = bytes[i + 1..]
                    .iter()
                    .position(|b| !matches!(b, b' ' | b'*' | b'`'))
                    .map(|n| i + 1 + n)
                    .filter(|&n| bytes[i] == b'[' && bytes[n] == b']');
                match close {
                    Some(close) => {
                        wrapped += 1;
                        i = close;
                    }
                    None => open += 1,
                }
            }
            b']' | b'>' | b')' => open = open.saturating_sub(1),
            _ => {}
        }
        if open + wrapped > MAX_NESTING {
            return Some(at);
        }
        i += 1;
    }
    None
}

/// A dotted name (`components.Item`, `requests.Response`): a page when its namespace is one
/// Speakeasy uses for the pages it generates, a class of the SDK otherwise.
pub(crate) fn qualified(dotted: &str, link: Option<&str>, range: Range<usize>) -> DocType {
    let (namespace, _) = dotted.rsplit_once('.').unwrap_or_default();
    if matches!(
        namespace,
        "components" | "operations" | "models" | "errors" | "shared"
    ) {
        DocType::Named(NamedRef {
            name: dotted.to_string(),
            link: link.map(str::to_string),
            range,
        })
    } else {
        DocType::External(dotted.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(cell: &str) -> Vec<Token<'_>> {
        tokenize(cell).into_iter().map(|t| t.token).collect()
    }

    #[test]
    fn links_are_tokenised_before_wrappers() {
        assert_eq!(
            kinds("List[[components.X](../x.md)]"),
            [
                Token::Word("List"),
                Token::Punct('['),
                Token::Link {
                    text: "components.X",
                    text_start: 6,
                    dest: "../x.md"
                },
                Token::Punct(']'),
            ]
        );
        assert_eq!(
            kinds("[Optional[components.X]](../x.md)"),
            [Token::Link {
                text: "Optional[components.X]",
                text_start: 1,
                dest: "../x.md"
            }]
        );
    }

    #[test]
    fn emphasis_and_escapes() {
        assert_eq!(
            kinds("**Promise\\<string\\>**"),
            [
                Token::Word("Promise"),
                Token::Punct('<'),
                Token::Word("string"),
                Token::Punct('>')
            ]
        );
        assert_eq!(
            kinds("*\"receive-only\"*"),
            [Token::Str("receive-only".into())]
        );
    }

    #[test]
    fn names_split_into_namespace_and_title() {
        let split = |name: &str| {
            let named = NamedRef {
                name: name.into(),
                link: None,
                range: 0..0,
            };
            let (ns, title) = named.split();
            (ns.to_string(), title.to_string())
        };
        assert_eq!(split("components.X"), ("components".into(), "X".into()));
        assert_eq!(split("X"), ("".into(), "X".into()));
        assert_eq!(
            split("Models::Components::X"),
            ("Components".into(), "X".into())
        );
        assert_eq!(split("Components\\X"), ("Components".into(), "X".into()));
        assert_eq!(split("a.b.C"), ("b".into(), "C".into()));
    }

    #[test]
    fn detection_votes() {
        let python = ["*str*", "*Optional[int]*", "List[*str*]"];
        assert_eq!(detect(SPEAKEASY, python).map(|d| d.name()), Some("python"));
        let typescript = ["*string*", "*number*", "[models.X](x.md)[]"];
        assert_eq!(
            detect(SPEAKEASY, typescript).map(|d| d.name()),
            Some("typescript")
        );
        assert!(detect(SPEAKEASY, ["[models.X](x.md)"]).is_none());
        let go = ["*string*", "*string*", "**string*", "*int64*", "[]*string*"];
        assert_eq!(detect(SPEAKEASY, go).map(|d| d.name()), Some("go"));
    }

    #[test]
    fn nesting_is_bounded_before_parsing() {
        let nested = |open: &str, close: &str, n: usize| {
            format!("{}*str*{}", open.repeat(n), close.repeat(n))
        };
        assert_eq!(too_deep(&nested("List[", "]", MAX_NESTING)), None);
        assert!(too_deep(&nested("List[", "]", MAX_NESTING + 1)).is_some());
        assert!(too_deep(&nested("Record<string, ", ">", 380)).is_some());
        assert!(too_deep(&format!("string{}", "[]".repeat(MAX_NESTING + 1))).is_some());
        // Escaped brackets and links count once each; a long flat union is not deep.
        assert_eq!(too_deep("List\\[[components.X](../x.md)\\]"), None);
        let union = vec!["[models.A](a.md)"; 200].join(" | ");
        assert_eq!(too_deep(&union), None);
        let error = Python.parse_type(&nested("List[", "]", 380)).unwrap_err();
        assert_eq!(error.expected, "a type nested at most 64 levels deep");
    }
}
