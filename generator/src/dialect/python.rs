//! Python-flavoured docs (Speakeasy's Python SDK).
//!
//! ```text
//! type     := link | word | wrapper
//! wrapper  := "Optional[" type "]" | "Nullable[" type "]" | "OptionalNullable[" type "]"
//!           | "List[" type "]" | "Dict[str," type "]"
//!           | "Union[" type ("," type)* "]" | "Literal[" string "]"
//! link     := "[" type "](" target ")"      names inside the text refer to the target
//! word     := str | int | float | bool | bytes | date | datetime | Any | namespace "." Name
//! ```
//!
//! `Optional[...]` says the value may be `null`. Whether the field may be left out is the
//! Required column's business, so `*Optional[str]*` with a check mark is required but nullable.
//! Newer SDKs spell nullability apart from optionality: their `types/basemodel.py` defines
//! `Nullable[T] = Union[T, None]` and `OptionalNullable[T] = Union[Optional[Nullable[T]], Unset]`,
//! so both say the value may be `null`, and the Required column still says whether it may be
//! left out.

use super::{parse_all, qualified, Cursor, Dialect, DocType, NotationError, Spanned, Token};
use crate::ir::Primitive;

pub struct Python;

impl Dialect for Python {
    fn name(&self) -> &'static str {
        "python"
    }

    fn recognizes(&self, cell: &str) -> bool {
        [
            "Optional[",
            "Nullable[",
            "List[",
            "Dict[",
            "*str*",
            "*int*",
            "*float*",
            "*bool*",
        ]
        .iter()
        .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        parse_all(cell, 0, |cursor| parse(cursor, cell, 0, None))
    }

    /// The Python SDK appends `_` to names that clash with Python (`from_`, `date_`).
    fn wire_name<'n>(&self, name: &'n str) -> std::borrow::Cow<'n, str> {
        std::borrow::Cow::Borrowed(match name.strip_suffix('_') {
            Some(base) if !base.is_empty() && !base.ends_with('_') => base,
            _ => name,
        })
    }
}

fn parse(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    const EXPECTED: &str = "a Python type (str, int, float, bool, date, datetime, Any, Optional[..], Nullable[..], OptionalNullable[..], List[..], Dict[str, ..] or a link to a model)";
    let Some(token) = cursor.next() else {
        return Err(cursor.error_here(cell, EXPECTED));
    };
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
            let range = cursor.range(token);
            let primitive = match *word {
                "str" => Some(Primitive::String),
                "int" => Some(Primitive::Integer),
                "float" | "Decimal" => Some(Primitive::Number),
                "bool" => Some(Primitive::Boolean),
                "bytes" => Some(Primitive::Bytes),
                "date" => Some(Primitive::Date),
                "datetime" => Some(Primitive::DateTime),
                "Any" => Some(Primitive::Any),
                _ => None,
            };
            if let Some(primitive) = primitive {
                return Ok(DocType::Primitive(primitive));
            }
            match *word {
                "Optional" | "Nullable" | "OptionalNullable" => Ok(DocType::Nullable(Box::new(
                    bracketed(cursor, cell, base, link)?,
                ))),
                "List" => Ok(DocType::List(Box::new(bracketed(
                    cursor, cell, base, link,
                )?))),
                "Dict" => {
                    cursor.expect('[', cell)?;
                    let key = parse(cursor, cell, base, link)?;
                    if key != DocType::Primitive(Primitive::String) {
                        return Err(NotationError {
                            range: range.clone(),
                            found: "a Dict whose keys are not `str`".into(),
                            expected: "Dict[str, ...] (JSON object keys are strings)".into(),
                        });
                    }
                    cursor.expect(',', cell)?;
                    let value = parse(cursor, cell, base, link)?;
                    cursor.expect(']', cell)?;
                    Ok(DocType::Map(Box::new(value)))
                }
                "Union" => {
                    cursor.expect('[', cell)?;
                    let mut members = vec![parse(cursor, cell, base, link)?];
                    while cursor.eat(',') {
                        members.push(parse(cursor, cell, base, link)?);
                    }
                    cursor.expect(']', cell)?;
                    Ok(DocType::OneOf(members))
                }
                "Literal" => {
                    cursor.expect('[', cell)?;
                    let value = match cursor.next() {
                        Some(Spanned {
                            token: Token::Str(s),
                            ..
                        }) => serde_json::Value::String(s.clone()),
                        _ => return Err(cursor.error_here(cell, "a quoted literal")),
                    };
                    cursor.expect(']', cell)?;
                    Ok(DocType::Literal(value))
                }
                dotted if dotted.contains('.') => Ok(qualified(dotted, link, range)),
                _ => Err(NotationError {
                    range,
                    found: format!("`{word}`"),
                    expected: EXPECTED.into(),
                }),
            }
        }
        _ => Err(NotationError {
            range: cursor.range(token),
            found: format!("`{}`", cell.get(token.range.clone()).unwrap_or_default()),
            expected: EXPECTED.into(),
        }),
    }
}

fn bracketed(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    cursor.expect('[', cell)?;
    let inner = parse(cursor, cell, base, link)?;
    cursor.expect(']', cell)?;
    Ok(inner)
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

    #[test]
    fn every_python_notation() {
        let p = |cell: &str| Python.parse_type(cell).unwrap();
        assert_eq!(p("*str*"), Primitive(crate::ir::Primitive::String));
        assert_eq!(
            p("*Optional[int]*"),
            Nullable(Box::new(Primitive(crate::ir::Primitive::Integer)))
        );
        assert_eq!(p("*Any*"), Primitive(crate::ir::Primitive::Any));
        assert_eq!(
            p("*OptionalNullable[str]*"),
            Nullable(Box::new(Primitive(crate::ir::Primitive::String)))
        );
        assert_eq!(
            p("[Nullable[models.X]](x.md)"),
            Nullable(Box::new(named("models.X", "x.md", 10..18)))
        );
        assert_eq!(
            p("[date](https://docs.python.org/3/library/datetime.html#date-objects)"),
            Primitive(crate::ir::Primitive::Date)
        );
        assert_eq!(
            p("[components.Processor](../../models/components/processor.md)"),
            named(
                "components.Processor",
                "../../models/components/processor.md",
                1..21
            )
        );
        assert_eq!(
            p("[Optional[components.X]](x.md)"),
            Nullable(Box::new(named("components.X", "x.md", 10..22)))
        );
        assert_eq!(
            p("List[[components.X](x.md)]"),
            List(Box::new(named("components.X", "x.md", 6..18)))
        );
        assert_eq!(
            p("List[*str*]"),
            List(Box::new(Primitive(crate::ir::Primitive::String)))
        );
        assert_eq!(
            p("Dict[str, *Any*]"),
            Map(Box::new(Primitive(crate::ir::Primitive::Any)))
        );
        assert_eq!(
            p("[requests.Response](https://requests.readthedocs.io)"),
            External("requests.Response".into())
        );
        assert_eq!(
            p("*Optional[requests_http.Response]*"),
            Nullable(Box::new(External("requests_http.Response".into())))
        );
    }

    #[test]
    fn escaped_names_are_unescaped() {
        assert_eq!(Python.wire_name("from_"), "from");
        assert_eq!(Python.wire_name("date_"), "date");
        assert_eq!(Python.wire_name("account_id"), "account_id");
        assert_eq!(Python.wire_name("_"), "_");
        assert_eq!(Python.wire_name("x__"), "x__");
    }

    #[test]
    fn unknown_notation_points_at_the_word() {
        let error = Python.parse_type("*Maybe[str]*").unwrap_err();
        assert_eq!(error.found, "`Maybe`");
        assert_eq!(error.range, 1..6);
        let error = Python.parse_type("List[*str*").unwrap_err();
        assert_eq!(error.found, "the end of the cell");
        assert_eq!(
            Python.parse_type("Dict[int, *str*]").unwrap_err().range,
            0..4
        );
    }
}
