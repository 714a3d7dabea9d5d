//! Type cells of APIMatic's Python SDK docs.
//!
//! ```text
//! type    := member ("|" member)*            a `None` member: the value may be null
//! member  := link | word | "List[" type "]" | "Dict[str," type "]"
//! link    := "[" type "](" target ")"         names inside the text refer to the target
//!          | "[" Title Words "](" target ")"  a model by its page title (inside unions)
//! word    := str | int | float | bool | date | datetime | Any | object | ClassName
//! ```
//!
//! APIMatic writes a field's class name (`` `AccountBalance` ``) without a namespace; inside a
//! link it is the linked page, outside one the page of that class.

use super::{class_or_error, title_link};
use crate::dialect::{parse_all, Cursor, Dialect, DocType, NotationError, Token};
use crate::ir::Primitive;

pub struct ApimaticPython;

const EXPECTED: &str = "an APIMatic Python type (str, int, float, bool, date, datetime, Any, List[..], Dict[str, ..], a `|` union or a model's class name)";

impl Dialect for ApimaticPython {
    fn name(&self) -> &'static str {
        "apimatic-python"
    }

    fn recognizes(&self, cell: &str) -> bool {
        [
            "`str`", "`int`", "`bool`", "`float`", "List[", "Dict[str", "| None",
        ]
        .iter()
        .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        parse_all(cell, 0, |cursor| union(cursor, cell, 0, None))
    }
}

fn union(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    let mut members = vec![member(cursor, cell, base, link)?];
    while cursor.eat('|') {
        members.push(member(cursor, cell, base, link)?);
    }
    Ok(super::union_of(members))
}

fn member(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
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
                "str" => Some(Primitive::String),
                "int" => Some(Primitive::Integer),
                "float" => Some(Primitive::Number),
                "bool" => Some(Primitive::Boolean),
                "date" => Some(Primitive::Date),
                "datetime" => Some(Primitive::DateTime),
                "Any" | "object" => Some(Primitive::Any),
                _ => None,
            };
            if let Some(primitive) = primitive {
                return Ok(DocType::Primitive(primitive));
            }
            match *word {
                "None" => Ok(DocType::Literal(serde_json::Value::Null)),
                "List" => {
                    cursor.expect('[', cell)?;
                    let inner = union(cursor, cell, base, link)?;
                    cursor.expect(']', cell)?;
                    Ok(DocType::List(Box::new(inner)))
                }
                "Dict" => {
                    cursor.expect('[', cell)?;
                    let key = member(cursor, cell, base, link)?;
                    if key != DocType::Primitive(Primitive::String) {
                        return Err(NotationError {
                            range,
                            found: "a Dict whose keys are not `str`".into(),
                            expected: "Dict[str, ...] (JSON object keys are strings)".into(),
                        });
                    }
                    cursor.expect(',', cell)?;
                    let value = union(cursor, cell, base, link)?;
                    cursor.expect(']', cell)?;
                    Ok(DocType::Map(Box::new(value)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dialect::NamedRef;
    use DocType::*;

    fn p(cell: &str) -> DocType {
        ApimaticPython.parse_type(cell).unwrap()
    }

    fn named(name: &str, link: Option<&str>, range: std::ops::Range<usize>) -> DocType {
        Named(NamedRef {
            name: name.into(),
            link: link.map(str::to_string),
            range,
        })
    }

    #[test]
    fn scalars_lists_and_maps() {
        assert_eq!(p("`str`"), Primitive(crate::ir::Primitive::String));
        assert_eq!(p("`datetime`"), Primitive(crate::ir::Primitive::DateTime));
        assert_eq!(
            p("`List[int]`"),
            List(Box::new(Primitive(crate::ir::Primitive::Integer)))
        );
        assert_eq!(
            p("`Dict[str, Any]`"),
            Map(Box::new(Primitive(crate::ir::Primitive::Any)))
        );
    }

    #[test]
    fn class_names_inside_links_name_the_target() {
        assert_eq!(
            p("[`List[Price]`](../../doc/models/price.md)"),
            List(Box::new(named(
                "Price",
                Some("../../doc/models/price.md"),
                7..12
            )))
        );
        assert_eq!(
            p("[`Dict[str, Error]`](e.md)"),
            Map(Box::new(named("Error", Some("e.md"), 12..17)))
        );
    }

    #[test]
    fn unions_with_none_are_nullable() {
        assert_eq!(
            p("str \\| int \\| None"),
            Nullable(Box::new(OneOf(vec![
                Primitive(crate::ir::Primitive::String),
                Primitive(crate::ir::Primitive::Integer)
            ])))
        );
        assert_eq!(
            p("[Create Metafield](m.md) \\| List[[Create Metafield](m.md)]"),
            OneOf(vec![
                named("Create Metafield", Some("m.md"), 1..17),
                List(Box::new(named("Create Metafield", Some("m.md"), 34..50)))
            ])
        );
    }

    #[test]
    fn unknown_words_are_errors() {
        let error = ApimaticPython.parse_type("`list of str`").unwrap_err();
        assert_eq!(error.found, "`list`");
    }
}
