//! Go-flavoured docs (Speakeasy's Go SDK), in both of its eras.
//!
//! Older docs emphasise the Go type, so a pointer's star sits inside the emphasis:
//! `*string*` is a string, `**string*` a pointer to one, `[]*string*` a slice. Newer docs put
//! the Go type in a code span: `` `*string` ``, ``[]`string` ``. Links name the type in their
//! text, pointer included: `[*components.Team](../team.md)`.
//!
//! ```text
//! type     := "*" type | "[]" type | "map[" type "]" type
//!           | "optionalnullable.OptionalNullable[" type "]" | link | word
//! response := type ", error"                 (the Response section of an SDK method)
//! word     := string | bool | int | int64 | float64 | ... | any | byte
//!           | time.Time | types.Date | namespace "." Name
//! ```
//!
//! The Go SDK makes a field a pointer when it may be absent or `null`; which of the two is the
//! Required column's business, so a pointer reads as "may be null", as Python's `Optional`.
//! Go field names are the wire names in PascalCase; the wire name is taken back to camelCase,
//! the common JSON style (a provider whose wire names are snake_case says so in its config).

use super::{parse_all, qualified, Cursor, Dialect, DocType, NamedRef, NotationError, Token};
use crate::ir::Primitive;
use heck::ToLowerCamelCase;
use std::borrow::Cow;

pub struct Go;

/// Stands for a pointer's `*` once emphasis is removed (the tokeniser drops every `*`).
const POINTER: char = '^';

impl Dialect for Go {
    fn name(&self) -> &'static str {
        "go"
    }

    fn recognizes(&self, cell: &str) -> bool {
        [
            "**string*",
            "**bool*",
            "*int64*",
            "`*string`",
            "`*bool`",
            "`*int64`",
            "[]*string*",
            "[]`string`",
            "[*components.",
            "*float64*",
            "*float32*",
        ]
        .iter()
        .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        let marked = mark_pointers(cell);
        parse_all(&marked, 0, |cursor| {
            let ty = parse(cursor, &marked, 0, None)?;
            // `*operations.XResponse, error`: the method's results; the error is the Errors
            // table's business and the pointer only says the response may be missing on error.
            if cursor.eat(',') {
                if !matches!(cursor.peek().map(|t| &t.token), Some(Token::Word("error"))) {
                    return Err(cursor.error_here(&marked, "`error`"));
                }
                cursor.next();
                return Ok(match ty {
                    DocType::Nullable(inner) => *inner,
                    other => other,
                });
            }
            Ok(ty)
        })
    }

    fn wire_name<'n>(&self, name: &'n str) -> Cow<'n, str> {
        Cow::Owned(name.to_lower_camel_case())
    }

    /// `components.CreateStatusStr(string{/* values here */})`: the argument's type.
    fn member_type(&self, example: &str) -> Option<std::ops::Range<usize>> {
        let open = example.find('(')? + 1;
        let close = open + example[open..].find('{')?;
        (example[open..close].trim() == &example[open..close] && close > open)
            .then_some(open..close)
    }
}

/// The cell with presentation removed and pointers kept: emphasis stars and code ticks become
/// spaces (so positions stay those of the cell) and each pointer star becomes [`POINTER`].
///
/// In code spans and link texts every star is a pointer. Elsewhere a run of stars before a
/// type opens emphasis, and the run after the type closes it: the opening stars beyond the
/// closing ones are pointers (`**string*` is emphasis around `*string`).
fn mark_pointers(cell: &str) -> String {
    let bytes = cell.as_bytes();
    let mut out = bytes.to_vec();
    let mut in_code = false;
    // Where link texts end; a link's target is skipped whole.
    let mut link_text_end = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => {
                in_code = !in_code;
                out[i] = b' ';
                i += 1;
            }
            b'[' => {
                if let Some((text, _, _)) = super::link_at(cell, i) {
                    link_text_end = text.end;
                }
                i += 1;
            }
            b']' if i == link_text_end && bytes.get(i + 1) == Some(&b'(') => {
                i += cell[i..]
                    .find(')')
                    .map_or(bytes.len() - i, |close| close + 1);
            }
            b'*' => {
                let start = i;
                while i < bytes.len() && bytes[i] == b'*' {
                    i += 1;
                }
                let run = i - start;
                let after_type = start > 0 && is_type_end(bytes[start - 1]);
                let pointers = if in_code || start < link_text_end {
                    run
                } else if after_type {
                    0
                } else {
                    run.saturating_sub(closing_run(bytes, i))
                };
                let emphasis = run - pointers;
                for (k, byte) in out[start..i].iter_mut().enumerate() {
                    *byte = if k < emphasis { b' ' } else { POINTER as u8 };
                }
            }
            _ => i += 1,
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| cell.to_string())
}

fn is_type_end(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b')' || c == b'}'
}

/// The length of the run of stars closing emphasis opened just before `from`.
fn closing_run(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'*' && i > from && is_type_end(bytes[i - 1]) {
            let start = i;
            while i < bytes.len() && bytes[i] == b'*' {
                i += 1;
            }
            return i - start;
        }
        i += 1;
    }
    0
}

const EXPECTED: &str = "a Go type (string, bool, int64, float64, any, *T, []T, map[string]T, time.Time or a link to a model)";

fn parse(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    if cursor.eat(POINTER) {
        let inner = parse(cursor, cell, base, link)?;
        return Ok(match inner {
            // A pointer to an SDK class (`*http.Response`) is still the SDK's.
            kept @ (DocType::Nullable(_) | DocType::External(_)) => kept,
            other => DocType::Nullable(Box::new(other)),
        });
    }
    if cursor.eat('[') {
        cursor.expect(']', cell)?;
        // `[]byte` is raw bytes, not a list of numbers.
        if matches!(
            cursor.peek().map(|t| &t.token),
            Some(Token::Word("byte" | "uint8"))
        ) {
            cursor.next();
            return Ok(DocType::Primitive(Primitive::Bytes));
        }
        return Ok(DocType::List(Box::new(parse(cursor, cell, base, link)?)));
    }
    let Some(token) = cursor.next() else {
        return Err(cursor.error_here(cell, EXPECTED));
    };
    let range = cursor.range(token);
    match &token.token {
        Token::Link {
            text,
            text_start,
            dest,
        } => {
            let inner_base = base + text_start;
            parse_all(text, inner_base, |inner| {
                parse(inner, text, inner_base, Some(dest))
            })
        }
        Token::Word(word) => {
            if let Some(primitive) = primitive(word) {
                return Ok(DocType::Primitive(primitive));
            }
            match *word {
                "map" => {
                    cursor.expect('[', cell)?;
                    let key = parse(cursor, cell, base, link)?;
                    if key != DocType::Primitive(Primitive::String) {
                        return Err(NotationError {
                            range,
                            found: "a map whose keys are not `string`".into(),
                            expected: "map[string]T (JSON object keys are strings)".into(),
                        });
                    }
                    cursor.expect(']', cell)?;
                    Ok(DocType::Map(Box::new(parse(cursor, cell, base, link)?)))
                }
                "optionalnullable.OptionalNullable" => {
                    cursor.expect('[', cell)?;
                    let inner = parse(cursor, cell, base, link)?;
                    cursor.expect(']', cell)?;
                    Ok(match inner {
                        nullable @ DocType::Nullable(_) => nullable,
                        other => DocType::Nullable(Box::new(other)),
                    })
                }
                dotted if dotted.contains('.') => Ok(qualified(dotted, link, range)),
                // A union member's heading names its type without a namespace.
                name if name.starts_with(|c: char| c.is_ascii_uppercase()) => {
                    Ok(DocType::Named(NamedRef {
                        name: name.to_string(),
                        link: link.map(str::to_string),
                        range,
                    }))
                }
                _ => Err(NotationError {
                    range,
                    found: format!("`{word}`"),
                    expected: EXPECTED.into(),
                }),
            }
        }
        _ => Err(NotationError {
            range,
            found: format!("`{}`", cell.get(token.range.clone()).unwrap_or_default()),
            expected: EXPECTED.into(),
        }),
    }
}

fn primitive(word: &str) -> Option<Primitive> {
    Some(match word {
        "string" => Primitive::String,
        "bool" => Primitive::Boolean,
        "int" | "int8" | "int16" | "int32" | "int64" | "uint" | "uint8" | "uint16" | "uint32"
        | "uint64" | "big.Int" => Primitive::Integer,
        "float32" | "float64" | "decimal.Big" | "types.Decimal" => Primitive::Number,
        "any" | "interface{}" => Primitive::Any,
        "time.Time" => Primitive::DateTime,
        "types.Date" => Primitive::Date,
        "io.Reader" | "io.ReadCloser" => Primitive::Bytes,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::NamedRef;
    use DocType::*;

    fn named(name: &str, link: &str, range: std::ops::Range<usize>) -> DocType {
        Named(NamedRef {
            name: name.into(),
            link: Some(link.into()),
            range,
        })
    }

    fn string() -> DocType {
        Primitive(crate::ir::Primitive::String)
    }

    #[test]
    fn pointers_are_told_from_emphasis() {
        assert_eq!(mark_pointers("*string*"), " string ");
        assert_eq!(mark_pointers("**string*"), " ^string ");
        assert_eq!(mark_pointers("[]*string*"), "[] string ");
        assert_eq!(mark_pointers("`*string`"), " ^string ");
        assert_eq!(
            mark_pointers("[*components.X](x.md)"),
            "[^components.X](x.md)"
        );
        assert_eq!(mark_pointers("*[]byte*"), " []byte ");
    }

    #[test]
    fn emphasis_era() {
        let p = |cell: &str| Go.parse_type(cell).unwrap();
        assert_eq!(p("*string*"), string());
        assert_eq!(p("**string*"), Nullable(Box::new(string())));
        assert_eq!(p("[]*string*"), List(Box::new(string())));
        assert_eq!(p("*[]byte*"), Primitive(crate::ir::Primitive::Bytes));
        assert_eq!(
            p("**float32*"),
            Nullable(Box::new(Primitive(crate::ir::Primitive::Number)))
        );
        assert_eq!(
            p("[][components.X](x.md)"),
            List(Box::new(named("components.X", "x.md", 3..15)))
        );
        assert_eq!(
            p("[*components.X](x.md)"),
            Nullable(Box::new(named("components.X", "x.md", 2..14)))
        );
        assert_eq!(
            p("[*time.Time](https://pkg.go.dev/time#Time)"),
            Nullable(Box::new(Primitive(crate::ir::Primitive::DateTime)))
        );
        assert_eq!(
            p("[context.Context](https://pkg.go.dev/context#Context)"),
            External("context.Context".into())
        );
    }

    #[test]
    fn code_span_era() {
        let p = |cell: &str| Go.parse_type(cell).unwrap();
        assert_eq!(p("`*string`"), Nullable(Box::new(string())));
        assert_eq!(p("`string`"), string());
        assert_eq!(p("[]`string`"), List(Box::new(string())));
        assert_eq!(p("[][]`string`"), List(Box::new(List(Box::new(string())))));
        assert_eq!(
            p("map[string]`any`"),
            Map(Box::new(Primitive(crate::ir::Primitive::Any)))
        );
        assert_eq!(
            p("optionalnullable.OptionalNullable[[]`string`]"),
            Nullable(Box::new(List(Box::new(string()))))
        );
    }

    #[test]
    fn method_results_are_the_response() {
        assert_eq!(
            Go.parse_type("[*operations.GetResponse](get.md), error")
                .unwrap(),
            named("operations.GetResponse", "get.md", 2..24)
        );
        assert_eq!(
            Go.parse_type("[*operations.X](x.md), nil")
                .unwrap_err()
                .found,
            "nil"
        );
    }

    #[test]
    fn union_members_by_name_or_example() {
        assert_eq!(
            Go.member_type("x := components.CreateXStr(string{/* values here */})"),
            Some(27..33)
        );
        assert_eq!(
            Go.parse_type("Pet").unwrap(),
            Named(NamedRef {
                name: "Pet".into(),
                link: None,
                range: 0..3
            })
        );
    }

    #[test]
    fn wire_names_are_camel_case() {
        assert_eq!(Go.wire_name("ClientIDAlias"), "clientIdAlias");
        assert_eq!(Go.wire_name("Name"), "name");
    }

    #[test]
    fn tokens_keep_pointer_marks() {
        use crate::dialect::tokenize;
        let marked = mark_pointers("**int64*");
        assert!(tokenize(&marked)
            .iter()
            .any(|t| t.token == Token::Punct(POINTER)));
    }
}
