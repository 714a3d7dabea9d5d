//! Type cells of APIMatic's TypeScript SDK docs.
//!
//! ```text
//! type    := postfix ("|" postfix)*           `null`: may be null; `undefined`: may be absent
//! postfix := primary "[]"*
//! primary := link | word ["<" type ("," type)* ">"] | "(" type ")"
//! link    := "[" type "](" target ")"         names inside the text refer to the target
//!          | "[" Title Words "](" target ")"
//! word    := string | number | bigint | boolean | unknown | any | null | undefined
//!          | Record | Array | ClassName
//! ```
//!
//! Whether a field may be left out is the Tags column's business (`Optional`), so
//! `undefined` adds nothing. APIMatic's TypeScript SDK keeps dates as strings and 64-bit
//! integers as `bigint`.

use super::{class_or_error, title_link};
use crate::dialect::{parse_all, Cursor, Dialect, DocType, NotationError, Token};
use crate::ir::Primitive;
use serde_json::Value;

pub struct ApimaticTypeScript;

const EXPECTED: &str = "an APIMatic TypeScript type (string, number, bigint, boolean, unknown, T[], Record<string, T>, a `|` union or a model's class name)";

impl Dialect for ApimaticTypeScript {
    fn name(&self) -> &'static str {
        "apimatic-typescript"
    }

    fn recognizes(&self, cell: &str) -> bool {
        [
            "`string",
            "`number",
            "`boolean",
            "undefined`",
            "Record<",
            "[]`",
        ]
        .iter()
        .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        parse_all(cell, 0, |cursor| union(cursor, cell, 0, None))
    }
}

/// `undefined` as a member: dropped, the Tags column says whether the field may be absent.
const UNDEFINED: DocType = DocType::External(String::new());

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
    members.retain(|m| *m != UNDEFINED);
    if members.is_empty() {
        return Err(cursor.error_here(cell, "a type besides `undefined`"));
    }
    Ok(super::union_of(members))
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
            if let Some(named) = title_link(text, dest, inner_base) {
                return Ok(named);
            }
            parse_all(text, inner_base, |inner| {
                union(inner, text, inner_base, Some(dest))
            })
        }
        Token::Word(word) => {
            let primitive = match *word {
                "string" => Some(Primitive::String),
                "number" => Some(Primitive::Number),
                "bigint" => Some(Primitive::Integer),
                "boolean" => Some(Primitive::Boolean),
                "unknown" | "any" | "object" => Some(Primitive::Any),
                _ => None,
            };
            if let Some(primitive) = primitive {
                return Ok(DocType::Primitive(primitive));
            }
            match *word {
                "null" => Ok(DocType::Literal(Value::Null)),
                "undefined" => Ok(UNDEFINED),
                "Record" => {
                    let mut args = generic(cursor, cell, base, link)?;
                    if args.len() != 2 || args[0] != DocType::Primitive(Primitive::String) {
                        return Err(NotationError {
                            range,
                            found: "a Record whose keys are not `string`".into(),
                            expected: "Record<string, T>".into(),
                        });
                    }
                    Ok(DocType::Map(Box::new(args.remove(1))))
                }
                "Array" => {
                    let mut args = generic(cursor, cell, base, link)?;
                    if args.len() != 1 {
                        return Err(NotationError {
                            range,
                            found: format!("Array with {} type arguments", args.len()),
                            expected: "Array<T>".into(),
                        });
                    }
                    Ok(DocType::List(Box::new(args.remove(0))))
                }
                class => class_or_error(class, link, range, EXPECTED),
            }
        }
        _ => Err(NotationError {
            range,
            found: format!("`{}`", cell.get(token.range.clone()).unwrap_or_default()),
            expected: EXPECTED.into(),
        }),
    }
}

fn generic(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<Vec<DocType>, NotationError> {
    cursor.expect('<', cell)?;
    let mut args = vec![union(cursor, cell, base, link)?];
    while cursor.eat(',') {
        args.push(union(cursor, cell, base, link)?);
    }
    cursor.expect('>', cell)?;
    Ok(args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::NamedRef;
    use DocType::*;

    fn p(cell: &str) -> DocType {
        ApimaticTypeScript.parse_type(cell).unwrap()
    }

    #[test]
    fn undefined_is_dropped_and_null_is_nullable() {
        assert_eq!(p("`string`"), Primitive(crate::ir::Primitive::String));
        assert_eq!(
            p("`string \\| undefined`"),
            Primitive(crate::ir::Primitive::String)
        );
        assert_eq!(
            p("`bigint \\| null \\| undefined`"),
            Nullable(Box::new(Primitive(crate::ir::Primitive::Integer)))
        );
        assert_eq!(
            p("`Record<string, string> \\| null`"),
            Nullable(Box::new(Map(Box::new(Primitive(
                crate::ir::Primitive::String
            )))))
        );
    }

    #[test]
    fn class_names_inside_links_name_the_target() {
        assert_eq!(
            p("[`GetPlanResponse[] \\| null \\| undefined`](../plan.md)"),
            Nullable(Box::new(List(Box::new(Named(NamedRef {
                name: "GetPlanResponse".into(),
                link: Some("../plan.md".into()),
                range: 2..17,
            })))))
        );
    }

    #[test]
    fn only_undefined_is_an_error() {
        assert!(ApimaticTypeScript.parse_type("`undefined`").is_err());
    }
}
