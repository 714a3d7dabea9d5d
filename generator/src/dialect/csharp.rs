//! C#-flavoured docs (Speakeasy's C# SDK).
//!
//! ```text
//! type     := primary "?"? ("[]")*
//! primary  := link | word ["<" type ("," type)* ">"]
//! link     := "[" type "](" target ")"      names inside the text refer to the target
//! word     := string | bool | int | long | float | double | decimal | object | DateTime
//!           | LocalDate | byte | List | Dictionary | Namespace "." Name | Name
//! ```
//!
//! Whether a field may be left out is the Required column's business; `T?` says it may be
//! `null`. Models are linked by class name (`[Pet](../../Models/Components/Pet.md)`), sometimes
//! qualified (`Models.Components.Pet`). C# fields are PascalCase: the wire name is taken back
//! to camelCase, the common JSON style (a provider whose wire names are snake_case says so in
//! its config).

use super::{parse_all, Cursor, Dialect, DocType, NamedRef, NotationError, Token};
use crate::ir::Primitive;
use heck::ToLowerCamelCase;
use std::borrow::Cow;

pub struct CSharp;

impl Dialect for CSharp {
    fn name(&self) -> &'static str {
        "csharp"
    }

    fn recognizes(&self, cell: &str) -> bool {
        [
            "*long*",
            "*double*",
            "*object*",
            "List<",
            "Dictionary<",
            "*HttpResponseMessage*",
            "*HttpRequestMessage*",
            "*DateTime*",
            "*decimal*",
        ]
        .iter()
        .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        parse_all(cell, 0, |cursor| parse(cursor, cell, 0, None))
    }

    fn wire_name<'n>(&self, name: &'n str) -> Cow<'n, str> {
        Cow::Owned(name.to_lower_camel_case())
    }

    // Speakeasy's C# docs write `*double*` for a `double?` property: whether a required field
    // may be null is for the prose to say.
    fn writes_required_nullability(&self) -> bool {
        false
    }

    fn names_union_members(&self) -> bool {
        true
    }

    fn union_member(&self, name: &str) -> Option<DocType> {
        member(name, 0)
    }
}

/// The type behind a C# union member's name. Speakeasy's C# unions name each member (the
/// `Create<Name>` factory, the `<Name>` property): a scalar by its JSON kind (`Str`, `Number`,
/// `Integer`, `Boolean`, `Any`), a list or map by its items (`ArrayOfStr`, `MapOfPet`), a
/// model by its class name. `None` for a name that is no scalar, list or map.
fn member(name: &str, at: usize) -> Option<DocType> {
    let scalar = match name {
        "Str" => Some(Primitive::String),
        "Integer" => Some(Primitive::Integer),
        "Number" => Some(Primitive::Number),
        "Boolean" => Some(Primitive::Boolean),
        "Any" => Some(Primitive::Any),
        "Date" => Some(Primitive::Date),
        "DateTime" => Some(Primitive::DateTime),
        _ => None,
    };
    if let Some(scalar) = scalar {
        return Some(DocType::Primitive(scalar));
    }
    let (wrap, prefix): (fn(Box<DocType>) -> DocType, &str) = if name.starts_with("ArrayOf") {
        (DocType::List, "ArrayOf")
    } else if name.starts_with("MapOf") {
        (DocType::Map, "MapOf")
    } else {
        return None;
    };
    let inner = &name[prefix.len()..];
    let inner_at = at + prefix.len();
    if !inner.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let item = member(inner, inner_at).unwrap_or_else(|| {
        DocType::Named(NamedRef {
            name: inner.to_string(),
            link: None,
            range: inner_at..inner_at + inner.len(),
        })
    });
    Some(wrap(Box::new(item)))
}

const EXPECTED: &str = "a C# type (string, bool, long, double, decimal, object, DateTime, byte[], T?, List<T>, Dictionary<string, T> or a link to a model)";

fn parse(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    let mut ty = primary(cursor, cell, base, link)?;
    if cursor.eat('?') {
        ty = DocType::Nullable(Box::new(ty));
    }
    while cursor.eat('[') {
        cursor.expect(']', cell)?;
        // `byte[]` is raw bytes, not a list of numbers.
        ty = match ty {
            DocType::External(byte) if byte == "byte" => DocType::Primitive(Primitive::Bytes),
            other => DocType::List(Box::new(other)),
        };
    }
    Ok(ty)
}

fn generic(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<Vec<DocType>, NotationError> {
    cursor.expect('<', cell)?;
    let mut args = vec![parse(cursor, cell, base, link)?];
    while cursor.eat(',') {
        args.push(parse(cursor, cell, base, link)?);
    }
    cursor.expect('>', cell)?;
    Ok(args)
}

fn primary(
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
            parse_all(text, inner_base, |inner| {
                parse(inner, text, inner_base, Some(dest))
            })
        }
        Token::Word(word) => {
            let primitive = match *word {
                "string" | "String" | "char" => Some(Primitive::String),
                "int" | "long" | "short" | "BigInteger" => Some(Primitive::Integer),
                "float" | "double" | "decimal" => Some(Primitive::Number),
                "bool" => Some(Primitive::Boolean),
                "object" => Some(Primitive::Any),
                "DateTime" | "DateTimeOffset" => Some(Primitive::DateTime),
                "LocalDate" | "DateOnly" => Some(Primitive::Date),
                "Stream" => Some(Primitive::Bytes),
                _ => None,
            };
            if let Some(primitive) = primitive {
                return Ok(DocType::Primitive(primitive));
            }
            match *word {
                // Only meaningful as `byte[]`, which [`parse`] turns into bytes.
                "byte" => Ok(DocType::External("byte".into())),
                "List" | "IEnumerable" => {
                    let mut args = generic(cursor, cell, base, link)?;
                    if args.len() != 1 {
                        return Err(NotationError {
                            range,
                            found: format!("{word} with {} type arguments", args.len()),
                            expected: format!("{word}<T>"),
                        });
                    }
                    Ok(DocType::List(Box::new(args.remove(0))))
                }
                "Dictionary" => {
                    let mut args = generic(cursor, cell, base, link)?;
                    if args.len() != 2 || args[0] != DocType::Primitive(Primitive::String) {
                        return Err(NotationError {
                            range,
                            found: "a Dictionary whose keys are not strings".into(),
                            expected: "Dictionary<string, T> (JSON object keys are strings)".into(),
                        });
                    }
                    Ok(DocType::Map(Box::new(args.remove(1))))
                }
                // A server-sent event stream of the SDK, not a JSON body.
                "EventStream" => {
                    generic(cursor, cell, base, link)?;
                    Ok(DocType::External(word.to_string()))
                }
                "HttpResponseMessage" | "HttpRequestMessage" => {
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

    #[test]
    fn every_csharp_notation() {
        use crate::ir::Primitive as P;
        let p = |cell: &str| CSharp.parse_type(cell).unwrap();
        assert_eq!(p("*string*"), Primitive(P::String));
        assert_eq!(p("*long*"), Primitive(P::Integer));
        assert_eq!(p("*double*"), Primitive(P::Number));
        assert_eq!(p("*bool*"), Primitive(P::Boolean));
        assert_eq!(p("*object*"), Primitive(P::Any));
        assert_eq!(p("*long?*"), Nullable(Box::new(Primitive(P::Integer))));
        assert_eq!(p("*byte[]*"), Primitive(P::Bytes));
        assert_eq!(p("List<*string*>"), List(Box::new(Primitive(P::String))));
        assert_eq!(
            p("Dictionary<String, List<*string*>>"),
            Map(Box::new(List(Box::new(Primitive(P::String)))))
        );
        assert_eq!(p("[Pet](Pet.md)"), named("Pet", "Pet.md", 1..4));
        assert_eq!(
            p("[Models.Components.Pet](Pet.md)"),
            named("Models.Components.Pet", "Pet.md", 1..22)
        );
        assert_eq!(
            p("*HttpResponseMessage*"),
            External("HttpResponseMessage".into())
        );
    }

    #[test]
    fn union_members_by_name() {
        use crate::ir::Primitive as P;
        let m = |name: &str| CSharp.union_member(name);
        assert_eq!(m("Str"), Some(Primitive(P::String)));
        assert_eq!(m("Number"), Some(Primitive(P::Number)));
        assert_eq!(
            m("ArrayOfArrayOfStr"),
            Some(List(Box::new(List(Box::new(Primitive(P::String))))))
        );
        assert_eq!(
            m("MapOfPet"),
            Some(Map(Box::new(Named(NamedRef {
                name: "Pet".into(),
                link: None,
                range: 5..8,
            }))))
        );
        assert_eq!(m("Pet"), None);
        assert_eq!(m("ArrayOf"), None);
    }

    #[test]
    fn wire_names_are_camel_case() {
        assert_eq!(CSharp.wire_name("SourceID"), "sourceId");
    }
}
