//! TypeScript-flavoured docs (Speakeasy's TypeScript SDK).
//!
//! ```text
//! type     := postfix ("|" postfix)*
//! postfix  := primary "[]"*
//! primary  := link | string-literal | word ["<" type ("," type)* ">"] | "(" type ")"
//!           | "{ [" key ": string]:" type "}"           an index signature: a map
//! link     := "[" type "](" target ")"      names inside the text refer to the target
//! word     := string | number | boolean | any | unknown | Date | RFCDate | File | Blob
//!           | true | false | null | Record | Array | Promise | namespace "." Name | SdkClass
//! ```
//!
//! `EventStream<T>` is how the SDK returns a `text/event-stream` response (server-sent events,
//! each a `T`): a class of the SDK, not a JSON body.
//!
//! TypeScript has one `number`; the notation cannot tell integers from floats, so `number`
//! reads as a float unless examples show only whole numbers (`read/speakeasy/examples.rs`) or
//! the provider's config says otherwise.
//!
//! The object literals of `Example Usage` samples are read in `literal.rs`.

mod literal;

use super::{parse_all, qualified, Cursor, Dialect, DocType, NotationError, Spanned, Token};
use crate::ir::Primitive;
use serde_json::Value;

pub struct TypeScript;

impl Dialect for TypeScript {
    fn name(&self) -> &'static str {
        "typescript"
    }

    fn recognizes(&self, cell: &str) -> bool {
        ["*string*", "*number*", "*boolean*", "Record<", ")[]", "*[]"]
            .iter()
            .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        parse_all(cell, 0, |cursor| union(cursor, cell, 0, None))
    }

    fn merges_numbers(&self) -> bool {
        true
    }

    // Speakeasy's TypeScript docs write `*string*` for a `string | null` property.
    fn writes_required_nullability(&self) -> bool {
        false
    }

    fn example(&self, code: &str) -> Result<Option<Value>, String> {
        literal::example(code)
    }
}

const EXPECTED: &str = "a TypeScript type (string, number, boolean, any, Date, RFCDate, a \"literal\", T[], Record<string, T> or a link to a model)";

fn union(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    let mut members = vec![postfix(cursor, cell, base, link)?];
    while cursor.eat('|') {
        members.push(postfix(cursor, cell, base, link)?);
    }
    let nullable = members.len() > 1 && members.contains(&DocType::Literal(Value::Null));
    members.retain(|m| *m != DocType::Literal(Value::Null));
    let ty = if members.len() == 1 {
        members.pop().unwrap_or(DocType::Primitive(Primitive::Any))
    } else {
        DocType::OneOf(members)
    };
    Ok(if nullable {
        DocType::Nullable(Box::new(ty))
    } else {
        ty
    })
}

fn postfix(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    let mut ty = primary(cursor, cell, base, link)?;
    while cursor.eat('[') {
        cursor.expect(']', cell)?;
        ty = DocType::List(Box::new(ty));
    }
    Ok(ty)
}

fn primary(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    if cursor.eat('(') {
        let inner = union(cursor, cell, base, link)?;
        cursor.expect(')', cell)?;
        return Ok(inner);
    }
    if cursor.eat('{') {
        return index_signature(cursor, cell, base, link);
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
                union(inner, text, inner_base, Some(dest))
            })
        }
        Token::Str(value) => Ok(DocType::Literal(Value::String(value.clone()))),
        Token::Word(word) => {
            let primitive = match *word {
                "string" => Some(Primitive::String),
                "number" | "bigint" => Some(Primitive::Number),
                "boolean" => Some(Primitive::Boolean),
                "any" | "unknown" | "object" => Some(Primitive::Any),
                "Date" => Some(Primitive::DateTime),
                "RFCDate" => Some(Primitive::Date),
                "File" | "Blob" | "Uint8Array" | "ArrayBuffer" => Some(Primitive::Bytes),
                _ => None,
            };
            if let Some(primitive) = primitive {
                return Ok(DocType::Primitive(primitive));
            }
            let generic = |cursor: &mut Cursor<'_, '_>| -> Result<Vec<DocType>, NotationError> {
                cursor.expect('<', cell)?;
                let mut args = vec![union(cursor, cell, base, link)?];
                while cursor.eat(',') {
                    args.push(union(cursor, cell, base, link)?);
                }
                cursor.expect('>', cell)?;
                Ok(args)
            };
            match *word {
                "true" => Ok(DocType::Literal(Value::Bool(true))),
                "false" => Ok(DocType::Literal(Value::Bool(false))),
                "null" => Ok(DocType::Literal(Value::Null)),
                // `Promise<void>`: an operation that answers without a body.
                "void" => Ok(DocType::External(word.to_string())),
                "Record" => {
                    let mut args = generic(cursor)?;
                    if args.len() != 2 || args[0] != DocType::Primitive(Primitive::String) {
                        return Err(NotationError {
                            range,
                            found: "a Record whose keys are not `string`".into(),
                            expected: "Record<string, T>".into(),
                        });
                    }
                    Ok(DocType::Map(Box::new(args.remove(1))))
                }
                "Array" => Ok(DocType::List(Box::new(single(
                    generic(cursor)?,
                    range,
                    word,
                )?))),
                // The SDK wraps every response in a promise; the wire type is inside.
                "Promise" => single(generic(cursor)?, range, word),
                "ReadableStream" => {
                    generic(cursor)?;
                    Ok(DocType::Primitive(Primitive::Bytes))
                }
                "EventStream" => {
                    generic(cursor)?;
                    Ok(DocType::External(word.to_string()))
                }
                number if number.parse::<f64>().is_ok() => Ok(DocType::Literal(
                    serde_json::from_str(number).unwrap_or(Value::Null),
                )),
                dotted if dotted.contains('.') => Ok(qualified(dotted, link, range)),
                // Classes of the SDK itself (RequestOptions, RetryConfig, RequestInit).
                class if class.starts_with(|c: char| c.is_ascii_uppercase()) => {
                    Ok(DocType::External(class.to_string()))
                }
                _ => Err(NotationError {
                    range,
                    found: format!("`{word}`"),
                    expected: EXPECTED.into(),
                }),
            }
        }
        Token::Punct(_) => Err(NotationError {
            range,
            found: format!("`{}`", cell.get(token.range.clone()).unwrap_or_default()),
            expected: EXPECTED.into(),
        }),
    }
}

/// `{ [k: string]: T }` after its `{`: an object whose keys are any strings.
fn index_signature(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    const EXPECTED_KEY: &str = "an index signature `{ [k: string]: T }`";
    cursor.expect('[', cell)?;
    // `k:` and `string` (the tokeniser keeps a `:` inside a word).
    let mut words = Vec::new();
    while let Some(Spanned {
        token: Token::Word(word),
        ..
    }) = cursor.peek()
    {
        words.push(*word);
        cursor.next();
    }
    if words.last() != Some(&"string") || !words.iter().any(|w| w.ends_with(':')) {
        return Err(cursor.error_here(cell, EXPECTED_KEY));
    }
    cursor.expect(']', cell)?;
    match cursor.next() {
        Some(Spanned {
            token: Token::Word(":"),
            ..
        }) => {}
        _ => return Err(cursor.error_here(cell, EXPECTED_KEY)),
    }
    let value = union(cursor, cell, base, link)?;
    cursor.eat(';');
    cursor.expect('}', cell)?;
    Ok(DocType::Map(Box::new(value)))
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
    use crate::dialect::NamedRef;
    use crate::ir::Primitive as P;
    use serde_json::json;
    use DocType::*;

    fn p(cell: &str) -> DocType {
        TypeScript.parse_type(cell).unwrap()
    }

    fn named(name: &str, link: Option<&str>, range: std::ops::Range<usize>) -> DocType {
        Named(NamedRef {
            name: name.into(),
            link: link.map(Into::into),
            range,
        })
    }

    #[test]
    fn every_typescript_notation() {
        assert_eq!(p("*string*"), Primitive(P::String));
        assert_eq!(p("*number*"), Primitive(P::Number));
        assert_eq!(p("*boolean*"), Primitive(P::Boolean));
        assert_eq!(p("*any*"), Primitive(P::Any));
        assert_eq!(
            p("[Date](https://developer.mozilla.org)"),
            Primitive(P::DateTime)
        );
        assert_eq!(p("[RFCDate](../../types/rfcdate.md)"), Primitive(P::Date));
        assert_eq!(
            p("[models.X](../models/x.md)[]"),
            List(Box::new(named("models.X", Some("../models/x.md"), 1..9)))
        );
        assert_eq!(p("*string*[]"), List(Box::new(Primitive(P::String))));
        assert_eq!(
            p("*models.Customer*[]"),
            List(Box::new(named("models.Customer", None, 1..16)))
        );
        assert_eq!(
            p("Record<string, *string*[]>"),
            Map(Box::new(List(Box::new(Primitive(P::String)))))
        );
        assert_eq!(p("*\"business\"*"), Literal(json!("business")));
        assert_eq!(p("*false*"), Literal(json!(false)));
        assert_eq!(
            p("[File](https://x) \\| [Blob](https://y) \\| [operations.F](f.md)"),
            OneOf(vec![
                Primitive(P::Bytes),
                Primitive(P::Bytes),
                named("operations.F", Some("f.md"), 43..55)
            ])
        );
        assert_eq!(
            p("**Promise\\<[models.Customers](../../models/customers.md)\\>**"),
            named(
                "models.Customers",
                Some("../../models/customers.md"),
                12..28
            )
        );
        assert_eq!(p("RequestOptions"), External("RequestOptions".into()));
        assert_eq!(p("Promise\\<void\\>"), External("void".into()));
        assert_eq!(
            p("`EventStream<models.ChatChunk>`"),
            External("EventStream".into())
        );
        assert_eq!(
            p("`{ [k: string]: models.Limit }`"),
            Map(Box::new(named("models.Limit", None, 16..28)))
        );
        assert_eq!(
            p("{ [key: string]: *number*[] }"),
            Map(Box::new(List(Box::new(Primitive(P::Number)))))
        );
        assert!(TypeScript.parse_type("{ [k: number]: string }").is_err());
        assert_eq!(
            p("*string* | null"),
            Nullable(Box::new(Primitive(P::String)))
        );
    }

    #[test]
    fn errors_name_what_was_found() {
        let error = TypeScript.parse_type("*strin*").unwrap_err();
        assert_eq!(error.found, "`strin`");
        let error = TypeScript
            .parse_type("Record<number, *string*>")
            .unwrap_err();
        assert!(error.found.contains("not `string`"));
    }
}
