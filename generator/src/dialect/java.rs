//! Java-flavoured docs (Speakeasy's Java SDK).
//!
//! ```text
//! type     := primary ("[]")*
//! primary  := link | word ["<" type ("," type)* ">"]
//! link     := "[" type "](" target ")"      names inside the text refer to the target
//! word     := String | int | Integer | long | Long | float | Float | double | Double
//!           | boolean | Boolean | BigDecimal | BigInteger | Object | OffsetDateTime | LocalDate
//!           | InputStream | byte | Optional | JsonNullable | List | Map | Name
//! ```
//!
//! `Optional<T>` marks a field that may be left out, `JsonNullable<T>` one that may also be
//! `null`; which of the two the field is, is the Required column's business, so both read as
//! "may be null", as Python's `Optional[..]`. Links name the model without its package
//! (`[Pet](../../models/components/Pet.md)`): the link says which page.

use super::{parse_all, Cursor, Dialect, DocType, NamedRef, NotationError, Token};
use crate::ir::Primitive;

pub struct Java;

impl Dialect for Java {
    fn name(&self) -> &'static str {
        "java"
    }

    fn recognizes(&self, cell: &str) -> bool {
        [
            "Optional\\<",
            "JsonNullable\\<",
            "*String*",
            "*Long*",
            "*Boolean*",
            "List\\<",
            "byte[]",
            "HttpResponse\\<",
        ]
        .iter()
        .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        parse_all(cell, 0, |cursor| parse(cursor, cell, 0, None))
    }
}

const EXPECTED: &str = "a Java type (String, Long, Integer, Double, Boolean, Object, OffsetDateTime, LocalDate, byte[], Optional<T>, JsonNullable<T>, List<T>, Map<String, T> or a link to a model)";

/// A markdown escape of an escape (`List\\<`) leaves a stray backslash token: presentation.
fn skip_backslashes(cursor: &mut Cursor<'_, '_>) {
    while cursor.eat('\\') {}
}

fn parse(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    let mut ty = primary(cursor, cell, base, link)?;
    while cursor.eat('[') {
        cursor.expect(']', cell)?;
        // `byte[]` is raw bytes, not a list of numbers.
        ty = match ty {
            DocType::Literal(serde_json::Value::String(byte)) if byte == "byte" => {
                DocType::Primitive(Primitive::Bytes)
            }
            other => DocType::List(Box::new(other)),
        };
    }
    if matches!(&ty, DocType::Literal(serde_json::Value::String(b)) if b == "byte") {
        return Err(cursor.error_here(cell, "`[]` after `byte`"));
    }
    Ok(ty)
}

fn generic(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<Vec<DocType>, NotationError> {
    skip_backslashes(cursor);
    cursor.expect('<', cell)?;
    let mut args = vec![parse(cursor, cell, base, link)?];
    while cursor.eat(',') {
        args.push(parse(cursor, cell, base, link)?);
    }
    skip_backslashes(cursor);
    cursor.expect('>', cell)?;
    Ok(args)
}

fn primary(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    skip_backslashes(cursor);
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
            let primitive = match *word {
                "String" | "string" | "char" | "Character" => Some(Primitive::String),
                "int" | "Integer" | "long" | "Long" | "short" | "Short" | "BigInteger" => {
                    Some(Primitive::Integer)
                }
                "float" | "Float" | "double" | "Double" | "BigDecimal" | "Number" => {
                    Some(Primitive::Number)
                }
                "boolean" | "Boolean" => Some(Primitive::Boolean),
                "Object" | "JsonNode" => Some(Primitive::Any),
                "OffsetDateTime" | "Instant" | "ZonedDateTime" => Some(Primitive::DateTime),
                "LocalDate" => Some(Primitive::Date),
                "InputStream" => Some(Primitive::Bytes),
                _ => None,
            };
            if let Some(primitive) = primitive {
                return Ok(DocType::Primitive(primitive));
            }
            match *word {
                // Only meaningful as `byte[]`; [`parse`] turns it into bytes.
                "byte" => Ok(DocType::Literal(serde_json::Value::String("byte".into()))),
                "Optional" | "JsonNullable" => {
                    let inner = single(generic(cursor, cell, base, link)?, range, word)?;
                    Ok(match inner {
                        nullable @ DocType::Nullable(_) => nullable,
                        other => DocType::Nullable(Box::new(other)),
                    })
                }
                "List" | "Set" => Ok(DocType::List(Box::new(single(
                    generic(cursor, cell, base, link)?,
                    range,
                    word,
                )?))),
                "Map" => {
                    let mut args = generic(cursor, cell, base, link)?;
                    if args.len() != 2 || args[0] != DocType::Primitive(Primitive::String) {
                        return Err(NotationError {
                            range,
                            found: "a Map whose keys are not `String`".into(),
                            expected: "Map<String, T> (JSON object keys are strings)".into(),
                        });
                    }
                    Ok(DocType::Map(Box::new(args.remove(1))))
                }
                // `HttpResponse<?>`: the SDK's raw response.
                "HttpResponse" => {
                    skip_backslashes(cursor);
                    cursor.expect('<', cell)?;
                    cursor.expect('?', cell)?;
                    cursor.expect('>', cell)?;
                    Ok(DocType::External(word.to_string()))
                }
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

fn single(
    mut args: Vec<DocType>,
    range: std::ops::Range<usize>,
    word: &str,
) -> Result<DocType, NotationError> {
    if args.len() == 1 {
        Ok(args.remove(0))
    } else {
        Err(NotationError {
            range,
            found: format!("{word} with {} type arguments", args.len()),
            expected: format!("{word}<T>"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DocType::*;

    fn named(name: &str, link: &str, range: std::ops::Range<usize>) -> DocType {
        Named(NamedRef {
            name: name.into(),
            link: Some(link.into()),
            range,
        })
    }

    fn prim(p: crate::ir::Primitive) -> DocType {
        Primitive(p)
    }

    #[test]
    fn every_java_notation() {
        use crate::ir::Primitive as P;
        let p = |cell: &str| Java.parse_type(cell).unwrap();
        assert_eq!(p("*String*"), prim(P::String));
        assert_eq!(p("*long*"), prim(P::Integer));
        assert_eq!(
            p("*Optional\\<Long>*"),
            Nullable(Box::new(prim(P::Integer)))
        );
        assert_eq!(
            p("*JsonNullable\\<Double>*"),
            Nullable(Box::new(prim(P::Number)))
        );
        assert_eq!(p("byte[]"), prim(P::Bytes));
        assert_eq!(
            p("*Optional\\<InputStream>*"),
            Nullable(Box::new(prim(P::Bytes)))
        );
        assert_eq!(p("[Pet](Pet.md)"), named("Pet", "Pet.md", 1..4));
        assert_eq!(
            p("[Optional\\<Pet>](Pet.md)"),
            Nullable(Box::new(named("Pet", "Pet.md", 11..14)))
        );
        assert_eq!(
            p("List\\<[Pet](Pet.md)>"),
            List(Box::new(named("Pet", "Pet.md", 7..10)))
        );
        assert_eq!(
            p("Map\\<String, List\\\\<*String*>>"),
            Map(Box::new(List(Box::new(prim(P::String)))))
        );
        assert_eq!(
            p("[HttpResponse\\<?>](https://docs.oracle.com/HttpResponse.html)"),
            External("HttpResponse".into())
        );
    }

    #[test]
    fn byte_alone_is_not_a_type() {
        assert!(Java.parse_type("*byte*").is_err());
        assert_eq!(
            Java.parse_type("*Maybe\\<String>*").unwrap_err().found,
            "\\<"
        );
    }
}
