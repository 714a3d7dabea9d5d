//! The Type notations of openapi-generator's markdown docs, one per SDK language.
//!
//! openapi-generator's `model_doc` and `api_doc` templates write a type as the SDK language
//! spells it, in bold, linked to the model's page when it is not a primitive:
//! `**str**`, `[**List[Pet]**](Pet.md)`, `Pointer to **[]string**`, `**DateTime?**`,
//! `Option<[**models::Pet**](Pet.md)>`, `**{ [key: string]: string; }**`. Languages differ in
//! their words (`str`, `String`, `kotlin.String`, `uuid::Uuid`) and a little in syntax; the
//! grammar below covers all of them, and each language is a table of words ([`languages`]).
//!
//! ```text
//! cell      := ["Pointer to"] list                    Go: "Pointer to" means not required
//! list      := union ("," union)*                     Python (older): `str, none_type`
//! union     := postfix ("|" postfix)*                 TypeScript: `string | null`
//! postfix   := prefix ("[]" | "?")*                   PHP `T[]`; C#, Kotlin `T?`
//! prefix    := "[]" prefix                            Go slices
//!            | "*" prefix                             Go pointers (`*os.File`)
//!            | primary
//! primary   := link                                   names inside the text mean the target
//!            | "[" list "]"                           Python (older) `[str]`: a list;
//!                                                     TypeScript parameters `[T]`: T
//!            | "{" "[" word ":" type "]" ":" type ";"? "}"   TypeScript index signature
//!            | "{" type ":" type "}"                  Python (older) `{str: T}`
//!            | "(" list ")"                           Python (older): one of the types
//!            | "map[" type "]" postfix                Go maps
//!            | "interface{}" | "interface {...}"      Go: any value
//!            | word [("<" | "[") list (">" | "]")]    generics, by the language's table
//!            | "\"..\"" | "'..'"                       TypeScript string literals
//! ```
//!
//! A word the language's table does not know is a model, named by its link or, without one,
//! by its title; namespaces (`models::`, `\Vendor\Model\`, `Vendor.Model.`) are dropped.

mod languages;

pub use languages::*;

use super::{tokenize, Cursor, Dialect, DocType, NamedRef, NotationError, Spanned, Token};
use crate::ir::Primitive;
use serde_json::Value;

/// What a word of a language's table means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Prim(Primitive),
    /// A collection of its one type argument (`List<T>`, `Vec<T>`, `Array<T>`, `Set<T>`).
    List,
    /// A map; its last type argument is the value (`Map<String, T>`, `Dict[str, T]`).
    Map,
    /// Its one type argument, which may be `null` (`Option<T>`, `Optional[T]`).
    Nullable,
    /// Its one type argument, unchanged (`Box<T>`).
    Same,
    /// The value `null` (`none_type`, `null`).
    Null,
}

/// One SDK language's notation: a name and its words.
pub struct OagDialect {
    pub name: &'static str,
    /// Substrings of Type cells only this language writes, for detection.
    pub marks: &'static [&'static str],
    pub words: &'static [(&'static str, Word)],
    /// Generic arguments in square brackets (Python's `List[str]`) rather than `<..>`.
    pub square_generics: bool,
}

impl Dialect for OagDialect {
    fn name(&self) -> &'static str {
        self.name
    }

    fn recognizes(&self, cell: &str) -> bool {
        let cell = decode_entities(cell);
        self.marks.iter().any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        let decoded = decode_entities(cell);
        let text = decoded.trim();
        // Go writes "Pointer to" before the type of a field that may be left out; the Notes
        // column says so too.
        let text = text.strip_prefix("Pointer to ").unwrap_or(text);
        // C#'s template writes the type of a file parameter twice.
        let half = text.len() / 2;
        let text = match (text.get(..half), text.get(half..)) {
            (Some(a), Some(b)) if a == b && a.starts_with("**") => a,
            _ => text,
        };
        let tokens = tokenize(text);
        let parser = Parser { lang: self, text };
        let result = (|| {
            let mut cursor = Cursor::new(&tokens, 0, text.len());
            if cursor.at_end() {
                return Err(NotationError {
                    range: 0..text.len(),
                    found: "an empty cell".into(),
                    expected: "a type".into(),
                });
            }
            let ty = parser.list(&mut cursor, None)?;
            if !cursor.at_end() {
                return Err(cursor.error_here(text, "the end of the type"));
            }
            Ok(ty)
        })();
        // Ranges are into the decoded text; when decoding changed it, point at the cell.
        result.map_err(|mut error| {
            if decoded.as_ref() != cell {
                error.range = 0..cell.len();
            } else {
                let offset = cell.len() - cell.trim_start().len();
                error.range = error.range.start + offset..error.range.end + offset;
            }
            error
        })
    }
}

struct Parser<'l> {
    lang: &'l OagDialect,
    text: &'l str,
}

impl Parser<'_> {
    fn expected(&self) -> String {
        format!(
            "a {} type as openapi-generator writes it (a primitive, a collection or a link to a model)",
            self.lang.name
        )
    }

    fn list(&self, c: &mut Cursor<'_, '_>, link: Option<&str>) -> Result<DocType, NotationError> {
        let mut members = vec![self.union(c, link)?];
        while c.eat(',') {
            members.push(self.union(c, link)?);
        }
        Ok(alternatives(members))
    }

    fn union(&self, c: &mut Cursor<'_, '_>, link: Option<&str>) -> Result<DocType, NotationError> {
        let mut members = vec![self.postfix(c, link)?];
        while c.eat('|') {
            members.push(self.postfix(c, link)?);
        }
        Ok(alternatives(members))
    }

    fn postfix(
        &self,
        c: &mut Cursor<'_, '_>,
        link: Option<&str>,
    ) -> Result<DocType, NotationError> {
        let mut ty = self.prefix(c, link)?;
        loop {
            if self.peek_punct(c, '[') && self.peek_punct_at(c, 1, ']') {
                c.next();
                c.next();
                ty = DocType::List(Box::new(ty));
            } else if c.eat('?') {
                ty = nullable(ty);
            } else {
                return Ok(ty);
            }
        }
    }

    fn prefix(&self, c: &mut Cursor<'_, '_>, link: Option<&str>) -> Result<DocType, NotationError> {
        if self.peek_punct(c, '[') && self.peek_punct_at(c, 1, ']') {
            c.next();
            c.next();
            return Ok(DocType::List(Box::new(self.prefix(c, link)?)));
        }
        if c.eat('*') {
            return self.prefix(c, link);
        }
        self.primary(c, link)
    }

    fn peek_punct(&self, c: &Cursor<'_, '_>, p: char) -> bool {
        self.peek_punct_at(c, 0, p)
    }

    fn peek_punct_at(&self, c: &Cursor<'_, '_>, ahead: usize, p: char) -> bool {
        matches!(c.peek_at(ahead), Some(Spanned { token: Token::Punct(q), .. }) if *q == p)
    }

    fn primary(
        &self,
        c: &mut Cursor<'_, '_>,
        link: Option<&str>,
    ) -> Result<DocType, NotationError> {
        let text = self.text;
        if c.eat('[') {
            let inner = self.list(c, link)?;
            c.expect(']', text)?;
            // Python's older docs write a list as `[T]`; typescript-axios brackets the type
            // of every parameter (`[**string**]`), a word and no more.
            return Ok(if self.lang.square_generics {
                DocType::List(Box::new(inner))
            } else {
                inner
            });
        }
        if c.eat('{') {
            return self.braces(c, link);
        }
        if c.eat('(') {
            let inner = self.list(c, link)?;
            c.expect(')', text)?;
            return Ok(inner);
        }
        let Some(token) = c.next() else {
            return Err(c.error_here(text, &self.expected()));
        };
        let range = c.range(token);
        match &token.token {
            Token::Link {
                text: inner,
                text_start,
                dest,
            } => {
                let inner_tokens = tokenize(inner);
                let mut inner_cursor =
                    Cursor::new(&inner_tokens, *text_start, text_start + inner.len());
                let sub = Parser {
                    lang: self.lang,
                    text: inner,
                };
                // Go's template links a map of lists to `array.md`: the name inside says more.
                let stem = dest.rsplit('/').next().unwrap_or(dest);
                let container = matches!(stem, "array.md" | "map.md" | "object.md" | "list.md");
                let ty = sub.list(&mut inner_cursor, (!container).then_some(*dest))?;
                if !inner_cursor.at_end() {
                    return Err(inner_cursor.error_here(inner, "the end of the linked type"));
                }
                Ok(ty)
            }
            Token::Str(value) => Ok(DocType::Enum(vec![value.clone()])),
            Token::Punct('\\') => {
                // PHP's fully qualified class names: `\DateTime`, `\Vendor\Model\Pet`.
                self.word_after_backslash(c, link)
            }
            Token::Word(word) => self.word(c, word, range, link),
            Token::Punct(_) => Err(NotationError {
                range,
                found: format!("`{}`", text.get(token.range.clone()).unwrap_or_default()),
                expected: self.expected(),
            }),
        }
    }

    fn word_after_backslash(
        &self,
        c: &mut Cursor<'_, '_>,
        link: Option<&str>,
    ) -> Result<DocType, NotationError> {
        let mut last = None;
        while let Some(Spanned {
            token: Token::Word(word),
            ..
        }) = c.peek()
        {
            let token = c.next().expect("peeked");
            last = Some((*word, c.range(token)));
            if !c.eat('\\') {
                break;
            }
        }
        let Some((word, range)) = last else {
            return Err(c.error_here(self.text, "a class name after `\\`"));
        };
        self.word(c, word, range, link)
    }

    fn word(
        &self,
        c: &mut Cursor<'_, '_>,
        word: &str,
        range: std::ops::Range<usize>,
        link: Option<&str>,
    ) -> Result<DocType, NotationError> {
        let text = self.text;
        // Go: `map[string]T`, `interface{}`.
        if word == "map" && self.peek_punct(c, '[') {
            c.next();
            self.union(c, link)?;
            c.expect(']', text)?;
            return Ok(DocType::Map(Box::new(self.postfix(c, link)?)));
        }
        if word == "interface" && c.eat('{') {
            while !c.eat('}') {
                if c.next().is_none() {
                    return Err(c.error_here(text, "`}`"));
                }
            }
            return Ok(DocType::Primitive(Primitive::Any));
        }
        let meaning = self
            .lang
            .words
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, m)| *m);
        // C# and Java spell a string of `format: byte` `byte[]`: in JSON, one base64 string
        // (their serializers write a byte array so), not a list, and no file to upload.
        if word == "byte"
            && meaning == Some(Word::Prim(Primitive::Bytes))
            && self.peek_punct(c, '[')
            && self.peek_punct_at(c, 1, ']')
        {
            c.next();
            c.next();
            return Ok(DocType::Primitive(Primitive::String));
        }
        let (open, close) = if self.lang.square_generics {
            ('[', ']')
        } else {
            ('<', '>')
        };
        let args = if matches!(
            meaning,
            Some(Word::List | Word::Map | Word::Nullable | Word::Same)
        ) && c.eat(open)
        {
            let mut args = vec![self.list_member(c, link)?];
            while c.eat(',') {
                args.push(self.list_member(c, link)?);
            }
            c.expect(close, text)?;
            Some(args)
        } else {
            None
        };
        match (meaning, args) {
            (Some(Word::Prim(p)), _) => Ok(DocType::Primitive(p)),
            (Some(Word::Null), _) => Ok(DocType::Literal(Value::Null)),
            (Some(Word::List), Some(mut args)) if args.len() == 1 => {
                Ok(DocType::List(Box::new(args.remove(0))))
            }
            (Some(Word::Map), Some(mut args)) if !args.is_empty() && args.len() <= 2 => {
                Ok(DocType::Map(Box::new(args.pop().expect("one argument"))))
            }
            (Some(Word::Nullable), Some(mut args)) if args.len() == 1 => {
                Ok(nullable(args.remove(0)))
            }
            (Some(Word::Same), Some(mut args)) if args.len() == 1 => Ok(args.remove(0)),
            // A bare collection word: of any values.
            (Some(Word::List), None) => {
                Ok(DocType::List(Box::new(DocType::Primitive(Primitive::Any))))
            }
            (Some(Word::Map), None) => {
                Ok(DocType::Map(Box::new(DocType::Primitive(Primitive::Any))))
            }
            (Some(_), _) => Err(NotationError {
                range,
                found: format!("`{word}` with a wrong number of type arguments"),
                expected: self.expected(),
            }),
            (None, _) if is_name(word) => Ok(DocType::Named(NamedRef {
                name: word.to_string(),
                link: link.filter(|l| !l.starts_with('#')).map(str::to_string),
                range,
            })),
            (None, _) => Err(NotationError {
                range,
                found: format!("`{word}`"),
                expected: self.expected(),
            }),
        }
    }

    /// A type argument; Python's older `(bool, date, ...)` lists are one argument.
    fn list_member(
        &self,
        c: &mut Cursor<'_, '_>,
        link: Option<&str>,
    ) -> Result<DocType, NotationError> {
        self.union(c, link)
    }

    /// After `{`: a TypeScript index signature (`{ [key: string]: T; }`) or a Python map
    /// (`{str: T}`). The key is a string in JSON either way; the value follows its colon.
    fn braces(&self, c: &mut Cursor<'_, '_>, link: Option<&str>) -> Result<DocType, NotationError> {
        let text = self.text;
        // Up to the colon after the key: a word ending in `:` outside the brackets.
        let mut depth = 0usize;
        loop {
            let Some(token) = c.next() else {
                return Err(c.error_here(text, "`key: value` inside `{...}`"));
            };
            match &token.token {
                Token::Punct('[') => depth += 1,
                Token::Punct(']') => depth = depth.saturating_sub(1),
                // `str:` or `:` (the tokenizer keeps a colon with the word before it).
                Token::Word(w) if depth == 0 && w.ends_with(':') => break,
                _ => {}
            }
        }
        let value = self.list(c, link)?;
        c.eat(';');
        c.expect('}', text)?;
        Ok(DocType::Map(Box::new(value)))
    }
}

/// Alternatives of one value: `null` among them makes the rest nullable; string literals are
/// an inline enum; several types are a union (of primitives only: any value).
fn alternatives(mut members: Vec<DocType>) -> DocType {
    if members.len() == 1 {
        return members.remove(0);
    }
    let null = DocType::Literal(Value::Null);
    let has_null = members.contains(&null);
    members.retain(|m| *m != null);
    let ty = if members.len() == 1 {
        members.remove(0)
    } else if !members.is_empty() && members.iter().all(|m| matches!(m, DocType::Enum(_))) {
        DocType::Enum(
            members
                .into_iter()
                .flat_map(|m| match m {
                    DocType::Enum(values) => values,
                    _ => Vec::new(),
                })
                .collect(),
        )
    } else if !members.iter().any(names_a_model) {
        // `bool, date, datetime, dict, float, int, list, str`: any value.
        DocType::Primitive(Primitive::Any)
    } else {
        DocType::OneOf(members)
    };
    if has_null {
        nullable(ty)
    } else {
        ty
    }
}

fn names_a_model(ty: &DocType) -> bool {
    match ty {
        DocType::Named(_) => true,
        DocType::List(inner) | DocType::Map(inner) | DocType::Nullable(inner) => {
            names_a_model(inner)
        }
        DocType::OneOf(members) => members.iter().any(names_a_model),
        _ => false,
    }
}

fn nullable(ty: DocType) -> DocType {
    match ty {
        DocType::Nullable(_) => ty,
        other => DocType::Nullable(Box::new(other)),
    }
}

/// A model name: an identifier, possibly qualified (`models::Pet`, `Vendor.Model.Pet`).
fn is_name(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | ':'))
}

/// The HTML entities openapi-generator's templates write into cells (`&lt;`, `&#39;`).
pub fn decode_entities(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after.find(';').filter(|&e| e <= 8);
        let decoded = end.and_then(|e| match &after[1..e] {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            entity => {
                let code = entity
                    .strip_prefix("#x")
                    .or_else(|| entity.strip_prefix("#X"))
                    .map(|hex| u32::from_str_radix(hex, 16))
                    .or_else(|| entity.strip_prefix('#').map(str::parse::<u32>))?;
                code.ok().and_then(char::from_u32)
            }
        });
        match (end, decoded) {
            (Some(e), Some(ch)) => {
                out.push(ch);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests;
