//! Ruby-flavoured docs (Speakeasy's Ruby SDK), in both of its typing styles: Sorbet's
//! (`T.nilable(::String)`, `T::Array<T>`, `T::Hash[Symbol, T]`) and the SDK's own Crystalline
//! library (`Crystalline::Nilable.new(::String)`, `Crystalline::Array.new(T)`,
//! `Crystalline::Hash[Symbol, T]`, `Crystalline::Union.new(A, B)`).
//!
//! ```text
//! type     := link | wrapper open type close | map open key "," type close
//!           | union open type ("," type)* close | word
//! open     := "(" | "[" | "<"                    closed by the matching bracket
//! wrapper  := T.nilable | Crystalline::Nilable.new                   (may be null)
//!           | T::Array | Crystalline::Array | Crystalline::Array.new (a list)
//! map      := T::Hash | Crystalline::Hash | Crystalline::Hash.new    (keys: Symbol or String)
//! union    := T.any | Crystalline::Union.new
//! link     := "[" type "](" target ")"          names inside the text refer to the target
//! word     := ::String | ::Integer | ::Float | T::Boolean | Crystalline::Boolean.new
//!           | ::Object | Date | DateTime | Models::Namespace::Name | Name
//! ```
//!
//! The leading `::` of a class is optional. The SDK types a field nilable when it may be left
//! out or be `null`; which of the two is the Required column's business, so it reads as "may be
//! null", as Python's `Optional[..]`. Models are named with their namespace
//! (`Models::Components::Pet`); a namespaced name outside the SDK's model namespaces is a Ruby
//! class (`Faraday::Response`, the raw response). A linked union lists its members by name;
//! their pages are found by title, since the page the link points at is only a title.
//!
//! Ruby fields are snake_case, and names Ruby reserves get a trailing `_` (`end_`), which is
//! not on the wire. A provider whose JSON is camelCase says so in its config.

use super::{parse_all, Cursor, Dialect, DocType, NamedRef, NotationError, Token};
use crate::ir::Primitive;
use std::borrow::Cow;

pub struct Ruby;

impl Dialect for Ruby {
    fn name(&self) -> &'static str {
        "ruby"
    }

    fn recognizes(&self, cell: &str) -> bool {
        [
            "::String",
            "::Integer",
            "::Float",
            "T.nilable(",
            "T::Boolean",
            "T::Array",
            "T::Hash",
            "Crystalline::",
            "Models::",
        ]
        .iter()
        .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        parse_all(cell, 0, |cursor| parse(cursor, cell, 0, None))
    }

    fn wire_name<'n>(&self, name: &'n str) -> Cow<'n, str> {
        Cow::Borrowed(match name.strip_suffix('_') {
            Some(base) if !base.is_empty() && !base.ends_with('_') => base,
            _ => name,
        })
    }
}

const EXPECTED: &str = "a Ruby type (::String, ::Integer, ::Float, T::Boolean, ::Object, Date, DateTime, T.nilable(T), T::Array[T], T::Hash[Symbol, T], their Crystalline forms or a link to a model)";

/// The namespaces Speakeasy puts the models it documents in.
const MODEL_NAMESPACES: &[&str] = &["Components", "Operations", "Errors", "Shared"];

/// The bracket closing `open`, if `open` opens a type argument list.
fn closer(open: char) -> Option<char> {
    match open {
        '(' => Some(')'),
        '[' => Some(']'),
        '<' => Some('>'),
        _ => None,
    }
}

/// The arguments of a generic: `(A, B)`, `[A, B]` or `<A, B>`; names in them refer to `link`.
fn arguments(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<Vec<DocType>, NotationError> {
    let close = match cursor.peek().map(|t| &t.token) {
        Some(Token::Punct(open)) => closer(*open),
        _ => None,
    };
    let Some(close) = close else {
        return Err(cursor.error_here(cell, "`(`, `[` or `<`"));
    };
    cursor.next();
    let mut args = vec![parse(cursor, cell, base, link)?];
    while cursor.eat(',') {
        args.push(parse(cursor, cell, base, link)?);
    }
    cursor.expect(close, cell)?;
    Ok(args)
}

fn parse(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    let Some(token) = cursor.next() else {
        return Err(cursor.error_here(cell, EXPECTED));
    };
    let range = cursor.range(token);
    let word = match &token.token {
        Token::Link {
            text,
            text_start,
            dest,
        } => {
            let inner_base = base + text_start;
            return parse_all(text, inner_base, |inner| {
                parse(inner, text, inner_base, Some(dest))
            });
        }
        Token::Word(word) => word.trim_start_matches("::"),
        _ => {
            return Err(NotationError {
                range,
                found: format!("`{}`", cell.get(token.range.clone()).unwrap_or_default()),
                expected: EXPECTED.into(),
            })
        }
    };
    if let Some(primitive) = primitive(word) {
        return Ok(DocType::Primitive(primitive));
    }
    let one = |mut args: Vec<DocType>, what: &str| {
        if args.len() == 1 {
            Ok(args.remove(0))
        } else {
            Err(NotationError {
                range: range.clone(),
                found: format!("{what} with {} type arguments", args.len()),
                expected: format!("{what} of one type"),
            })
        }
    };
    match word {
        "T.nilable" | "Crystalline::Nilable.new" => {
            let inner = one(arguments(cursor, cell, base, link)?, word)?;
            Ok(match inner {
                nullable @ DocType::Nullable(_) => nullable,
                other => DocType::Nullable(Box::new(other)),
            })
        }
        "T::Array" | "Crystalline::Array" | "Crystalline::Array.new" => Ok(DocType::List(
            Box::new(one(arguments(cursor, cell, base, link)?, word)?),
        )),
        "T::Hash" | "Crystalline::Hash" | "Crystalline::Hash.new" => {
            let mut args = arguments(cursor, cell, base, link)?;
            let string_keys = matches!(
                args.first(),
                Some(DocType::External(key)) if key == "Symbol"
            ) || args.first() == Some(&DocType::Primitive(Primitive::String));
            if args.len() != 2 || !string_keys {
                return Err(NotationError {
                    range,
                    found: "a hash whose keys are not symbols or strings".into(),
                    expected: format!("{word}[Symbol, T] (JSON object keys are strings)"),
                });
            }
            Ok(DocType::Map(Box::new(args.remove(1))))
        }
        // The link is the union's page, which lists no members: they are found by name.
        "T.any" | "Crystalline::Union.new" => {
            Ok(DocType::OneOf(arguments(cursor, cell, base, None)?))
        }
        // Only meaningful as a hash's keys.
        "Symbol" => Ok(DocType::External("Symbol".into())),
        _ => {
            let (namespace, title) = match word.rsplit_once("::") {
                Some((outer, title)) => (outer.rsplit("::").next().unwrap_or(outer), title),
                None => ("", word),
            };
            let is_model = if namespace.is_empty() {
                title.starts_with(|c: char| c.is_ascii_uppercase())
            } else {
                MODEL_NAMESPACES.contains(&namespace)
            };
            if is_model {
                Ok(DocType::Named(NamedRef {
                    name: word.to_string(),
                    link: link.map(str::to_string),
                    range: range.end - word.len()..range.end,
                }))
            } else if namespace.is_empty() || word.contains('.') {
                Err(NotationError {
                    range,
                    found: format!("`{word}`"),
                    expected: EXPECTED.into(),
                })
            } else {
                Ok(DocType::External(word.to_string()))
            }
        }
    }
}

fn primitive(word: &str) -> Option<Primitive> {
    Some(match word {
        "String" => Primitive::String,
        "Integer" => Primitive::Integer,
        "Float" | "Numeric" | "BigDecimal" => Primitive::Number,
        "T::Boolean" | "Crystalline::Boolean.new" | "TrueClass" | "FalseClass" => {
            Primitive::Boolean
        }
        "Object" | "T.untyped" => Primitive::Any,
        "DateTime" | "Time" => Primitive::DateTime,
        "Date" => Primitive::Date,
        "StringIO" | "IO" => Primitive::Bytes,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Primitive as P;
    use std::ops::Range;
    use DocType::*;

    fn p(cell: &str) -> DocType {
        Ruby.parse_type(cell).unwrap()
    }

    fn named(name: &str, link: Option<&str>, range: Range<usize>) -> DocType {
        Named(NamedRef {
            name: name.into(),
            link: link.map(Into::into),
            range,
        })
    }

    fn nullable(ty: DocType) -> DocType {
        Nullable(Box::new(ty))
    }

    #[test]
    fn scalars_with_or_without_the_root_colons() {
        assert_eq!(p("*::String*"), Primitive(P::String));
        assert_eq!(p("*String*"), Primitive(P::String));
        assert_eq!(p("*::Integer*"), Primitive(P::Integer));
        assert_eq!(p("*::Float*"), Primitive(P::Number));
        assert_eq!(p("*T::Boolean*"), Primitive(P::Boolean));
        assert_eq!(p("*Crystalline::Boolean.new*"), Primitive(P::Boolean));
        assert_eq!(p("*::Object*"), Primitive(P::Any));
        assert_eq!(
            p("[DateTime](https://ruby-doc.org/stdlib/libdoc/date/rdoc/DateTime.html)"),
            Primitive(P::DateTime)
        );
        assert_eq!(
            p("[Date](https://ruby-doc.org/stdlib/libdoc/date/rdoc/Date.html)"),
            Primitive(P::Date)
        );
    }

    #[test]
    fn sorbet_style() {
        assert_eq!(p("*T.nilable(::String)*"), nullable(Primitive(P::String)));
        assert_eq!(
            p("*T.nilable(T::Boolean)*"),
            nullable(Primitive(P::Boolean))
        );
        assert_eq!(
            p("T::Array<*::String*>"),
            List(Box::new(Primitive(P::String)))
        );
        assert_eq!(
            p("T::Array[::Integer]"),
            List(Box::new(Primitive(P::Integer)))
        );
        assert_eq!(
            p("T::Array<T::Array<*::String*>>"),
            List(Box::new(List(Box::new(Primitive(P::String)))))
        );
        assert_eq!(
            p("T::Hash[Symbol, *::Object*]"),
            Map(Box::new(Primitive(P::Any)))
        );
        assert_eq!(
            p("[T.nilable(Models::Components::Client)](../../models/shared/client.md)"),
            nullable(named(
                "Models::Components::Client",
                Some("../../models/shared/client.md"),
                11..37
            ))
        );
    }

    #[test]
    fn crystalline_style() {
        assert_eq!(
            p("*Crystalline::Nilable.new(::Integer)*"),
            nullable(Primitive(P::Integer))
        );
        assert_eq!(
            p("*Crystalline::Nilable.new(Crystalline::Boolean.new)*"),
            nullable(Primitive(P::Boolean))
        );
        assert_eq!(
            p("Crystalline::Array<*::String*>"),
            List(Box::new(Primitive(P::String)))
        );
        assert_eq!(
            p("Crystalline::Hash[Symbol, *::String*]"),
            Map(Box::new(Primitive(P::String)))
        );
        assert_eq!(
            p("[Crystalline::Array.new(Models::Operations::Invite)](../../models//.md)"),
            List(Box::new(named(
                "Models::Operations::Invite",
                Some("../../models//.md"),
                24..50
            )))
        );
    }

    #[test]
    fn linked_unions_list_their_members_by_name() {
        assert_eq!(
            p("[Crystalline::Nilable.new(Crystalline::Union.new(Models::Components::A, Models::Components::B))](ab.md)"),
            nullable(OneOf(vec![
                named("Models::Components::A", None, 49..70),
                named("Models::Components::B", None, 72..93),
            ]))
        );
        assert_eq!(
            p("*T.any(::String, ::Integer)*"),
            OneOf(vec![Primitive(P::String), Primitive(P::Integer)])
        );
    }

    #[test]
    fn ruby_classes_are_the_sdks() {
        assert_eq!(
            p("[Faraday::Response](https://www.rubydoc.info/gems/faraday/Faraday/Response)"),
            External("Faraday::Response".into())
        );
        assert!(Ruby.parse_type("*T.nilable(::String, ::Integer)*").is_err());
        assert!(Ruby.parse_type("T::Hash[::Integer, ::String]").is_err());
        assert!(Ruby.parse_type("*nonsense*").is_err());
    }

    #[test]
    fn reserved_names_lose_their_underscore() {
        assert_eq!(Ruby.wire_name("end_"), "end");
        assert_eq!(Ruby.wire_name("client_id"), "client_id");
    }
}
