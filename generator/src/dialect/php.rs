//! PHP-flavoured docs (Speakeasy's PHP SDK), which write types as PHPDoc does.
//!
//! ```text
//! type     := member ("|" member)*               a union; `T|null` is a nullable T
//! member   := "?" primary | primary              `?T` may be null
//! primary  := link | "array" "<" type ["," type] ">" | name
//! link     := "[" type "](" target ")"          names inside the text refer to the target
//! name     := ["\"] word ("\" word)*
//! word     := string | int | float | bool | mixed | null | \DateTime | \Brick\DateTime\LocalDate
//!           | Namespace "\" Name | Name
//! ```
//!
//! `array<T>` is a list, `array<string, T>` a map. The SDK types a field `?T` when it may be
//! left out, so `?T` reads as "may be null", as Python's `Optional[..]`; a required field that
//! may be `null` is written `T` all the same, and only its example or description can say so. Models are named with their namespace
//! (`Components\Pet`, or fully qualified `\Acme\Models\Components\Pet`); a namespaced name
//! outside the SDK's model namespaces is a PHP class (`\Psr\Http\Message\ResponseInterface`,
//! the raw response). A link whose text is a union (`[Components\A\|Components\B](Ab.md)`)
//! points at the union's page, so it reads as that page.
//!
//! PHP fields keep the wire name in camelCase as the SDK writes it; a provider whose JSON is
//! snake_case says so in its config.

use super::{parse_all, Cursor, Dialect, DocType, NamedRef, NotationError, Token};
use crate::ir::Primitive;
use std::ops::Range;

pub struct Php;

impl Dialect for Php {
    fn name(&self) -> &'static str {
        "php"
    }

    fn recognizes(&self, cell: &str) -> bool {
        [
            "*?string*",
            "*?int*",
            "*?bool*",
            "*?float*",
            "*mixed*",
            "array<",
            "[?",
            "[\\DateTime]",
            "Components\\",
            "Operations\\",
        ]
        .iter()
        .any(|mark| cell.contains(mark))
    }

    fn parse_type(&self, cell: &str) -> Result<DocType, NotationError> {
        parse_all(cell, 0, |cursor| union(cursor, cell, 0, None))
    }

    /// The SDK writes `?T` for optional fields only: a required field that may be `null` is
    /// written `T` all the same.
    fn writes_required_nullability(&self) -> bool {
        false
    }
}

const EXPECTED: &str = "a PHP type (string, int, float, bool, mixed, \\DateTime, ?T, array<T>, array<string, T>, A|B or a link to a model)";

/// The namespaces Speakeasy puts the models it documents in.
const MODEL_NAMESPACES: &[&str] = &["Components", "Operations", "Errors", "Shared", "Models"];

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
    let null = DocType::Literal(serde_json::Value::Null);
    let nullable = members.contains(&null);
    members.retain(|m| *m != null);
    let ty = match members.len() {
        0 => return Ok(DocType::Primitive(Primitive::Any)),
        1 => members.remove(0),
        _ => DocType::OneOf(members),
    };
    Ok(if nullable { nullable_of(ty) } else { ty })
}

fn nullable_of(ty: DocType) -> DocType {
    match ty {
        nullable @ DocType::Nullable(_) => nullable,
        other => DocType::Nullable(Box::new(other)),
    }
}

fn member(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    if cursor.eat('?') {
        return Ok(nullable_of(primary(cursor, cell, base, link)?));
    }
    primary(cursor, cell, base, link)
}

fn primary(
    cursor: &mut Cursor<'_, '_>,
    cell: &str,
    base: usize,
    link: Option<&str>,
) -> Result<DocType, NotationError> {
    if let Some(Token::Link {
        text,
        text_start,
        dest,
    }) = cursor.peek().map(|t| &t.token)
    {
        cursor.next();
        let inner_base = base + text_start;
        let ty = parse_all(text, inner_base, |inner| {
            union(inner, text, inner_base, Some(dest))
        })?;
        return Ok(page_of_union(ty, text, inner_base, dest));
    }
    let Some((name, range)) = name(cursor, cell)? else {
        return Err(cursor.error_here(cell, EXPECTED));
    };
    if let Some(primitive) = primitive(name) {
        return Ok(DocType::Primitive(primitive));
    }
    match name {
        "null" => Ok(DocType::Literal(serde_json::Value::Null)),
        "array" => {
            cursor.expect('<', cell)?;
            let first = union(cursor, cell, base, link)?;
            if !cursor.eat(',') {
                cursor.expect('>', cell)?;
                return Ok(DocType::List(Box::new(first)));
            }
            let value = union(cursor, cell, base, link)?;
            cursor.expect('>', cell)?;
            match first {
                DocType::Primitive(Primitive::String) => Ok(DocType::Map(Box::new(value))),
                // `array<int, T>`: a list with its indexes spelled out.
                DocType::Primitive(Primitive::Integer) => Ok(DocType::List(Box::new(value))),
                _ => Err(NotationError {
                    range,
                    found: "an array whose keys are neither `string` nor `int`".into(),
                    expected: "array<string, T> (JSON object keys are strings)".into(),
                }),
            }
        }
        _ => {
            let (namespace, title) = match name.trim_start_matches('\\').rsplit_once('\\') {
                Some((outer, title)) => (outer.rsplit('\\').next().unwrap_or(outer), title),
                None => ("", name),
            };
            let is_model = if namespace.is_empty() {
                title.starts_with(|c: char| c.is_ascii_uppercase())
            } else {
                MODEL_NAMESPACES.contains(&namespace)
            };
            if is_model {
                Ok(DocType::Named(NamedRef {
                    name: name.to_string(),
                    link: link.map(str::to_string),
                    range,
                }))
            } else if namespace.is_empty() {
                Err(NotationError {
                    range,
                    found: format!("`{name}`"),
                    expected: EXPECTED.into(),
                })
            } else {
                Ok(DocType::External(name.to_string()))
            }
        }
    }
}

/// A linked union (`[A\|B](ab.md)`, `[?A\|B](ab.md)`) is the union's page.
fn page_of_union(ty: DocType, text: &str, base: usize, dest: &str) -> DocType {
    match ty {
        DocType::Nullable(inner) => nullable_of(page_of_union(*inner, text, base, dest)),
        DocType::OneOf(_) => DocType::Named(NamedRef {
            name: text.trim_start_matches('?').to_string(),
            link: Some(dest.to_string()),
            range: base..base + text.len(),
        }),
        other => other,
    }
}

/// A possibly namespaced name (`\Psr\Http\Message\ResponseInterface`, `Components\Pet`): the
/// name as written and where it is. The tokeniser leaves each `\` as a token of its own.
fn name<'c>(
    cursor: &mut Cursor<'_, '_>,
    cell: &'c str,
) -> Result<Option<(&'c str, Range<usize>)>, NotationError> {
    let Some(first) = cursor.peek() else {
        return Ok(None);
    };
    let start = first.range.start;
    let mut end = start;
    let mut want_word = true;
    loop {
        match cursor.peek().map(|t| (&t.token, t.range.clone())) {
            Some((Token::Punct('\\'), range)) if want_word || end == range.start => {
                cursor.next();
                end = range.end;
                want_word = true;
            }
            Some((Token::Word(_), range)) if want_word => {
                cursor.next();
                end = range.end;
                want_word = false;
            }
            _ => break,
        }
    }
    if want_word {
        return Err(cursor.error_here(cell, EXPECTED));
    }
    let range = cursor.range(first).start..cursor.range(first).start + (end - start);
    Ok(Some((&cell[start..end], range)))
}

fn primitive(name: &str) -> Option<Primitive> {
    Some(match name.trim_start_matches('\\') {
        "string" => Primitive::String,
        "int" | "Brick\\Math\\BigInteger" => Primitive::Integer,
        "float" | "Brick\\Math\\BigDecimal" => Primitive::Number,
        "bool" | "true" | "false" => Primitive::Boolean,
        "mixed" | "object" => Primitive::Any,
        "DateTime" | "DateTimeInterface" | "DateTimeImmutable" => Primitive::DateTime,
        "Brick\\DateTime\\LocalDate" => Primitive::Date,
        // A file's content as a stream.
        "Psr\\Http\\Message\\StreamInterface" | "GuzzleHttp\\Psr7\\Stream" => Primitive::Bytes,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Primitive as P;
    use DocType::*;

    fn p(cell: &str) -> DocType {
        Php.parse_type(cell).unwrap()
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
    fn scalars() {
        assert_eq!(p("*string*"), Primitive(P::String));
        assert_eq!(p("*int*"), Primitive(P::Integer));
        assert_eq!(p("*float*"), Primitive(P::Number));
        assert_eq!(p("*bool*"), Primitive(P::Boolean));
        assert_eq!(p("*mixed*"), Primitive(P::Any));
    }

    #[test]
    fn a_question_mark_means_may_be_null() {
        assert_eq!(p("*?string*"), nullable(Primitive(P::String)));
        assert_eq!(p("*?int*"), nullable(Primitive(P::Integer)));
        assert_eq!(p("*string|null*"), nullable(Primitive(P::String)));
    }

    #[test]
    fn dates_are_php_classes_linked_to_the_manual() {
        assert_eq!(
            p("[\\DateTime](https://www.php.net/manual/en/class.datetime.php)"),
            Primitive(P::DateTime)
        );
        assert_eq!(
            p("[?\\DateTime](https://www.php.net/manual/en/class.datetime.php)"),
            nullable(Primitive(P::DateTime))
        );
        assert_eq!(p("*\\Brick\\DateTime\\LocalDate*"), Primitive(P::Date));
    }

    #[test]
    fn arrays_are_lists_or_maps() {
        assert_eq!(p("array<*string*>"), List(Box::new(Primitive(P::String))));
        assert_eq!(
            p("array<string, *mixed*>"),
            Map(Box::new(Primitive(P::Any)))
        );
        assert_eq!(
            p("array<string, array<*string*>>"),
            Map(Box::new(List(Box::new(Primitive(P::String)))))
        );
        assert_eq!(
            p("array<array<string, *mixed*>>"),
            List(Box::new(Map(Box::new(Primitive(P::Any)))))
        );
        assert_eq!(
            p("array<[Components\\Nexus](Nexus.md)>"),
            List(Box::new(named(
                "Components\\Nexus",
                Some("Nexus.md"),
                7..23
            )))
        );
        assert!(Php.parse_type("array<bool, *int*>").is_err());
    }

    #[test]
    fn models_by_namespace() {
        assert_eq!(
            p("[Components\\Customer](../../Models/Components/Customer.md)"),
            named(
                "Components\\Customer",
                Some("../../Models/Components/Customer.md"),
                1..20
            )
        );
        assert_eq!(
            p("[?Operations\\GetNexusResponse](x.md)"),
            nullable(named("Operations\\GetNexusResponse", Some("x.md"), 2..29))
        );
        assert_eq!(
            p("[\\Acme\\Models\\Shared\\Pet](Pet.md)"),
            named("\\Acme\\Models\\Shared\\Pet", Some("Pet.md"), 1..24)
        );
        // A union member's heading names the type alone.
        assert_eq!(
            p("Components\\Payload"),
            named("Components\\Payload", None, 0..18)
        );
    }

    #[test]
    fn php_classes_are_the_sdks() {
        assert_eq!(
            p("[\\Psr\\Http\\Message\\ResponseInterface](https://www.php-fig.org/psr/psr-7/)"),
            External("\\Psr\\Http\\Message\\ResponseInterface".into())
        );
        assert!(Php.parse_type("*nonsense*").is_err());
    }

    #[test]
    fn linked_unions_are_their_page() {
        assert_eq!(
            p("[Components\\A\\|Components\\B](Ab.md)"),
            named("Components\\A\\|Components\\B", Some("Ab.md"), 1..27)
        );
        assert_eq!(
            p("[string\\|Shared\\Two](Same.md)"),
            named("string\\|Shared\\Two", Some("Same.md"), 1..19)
        );
        assert_eq!(
            p("*string|int*"),
            OneOf(vec![Primitive(P::String), Primitive(P::Integer)])
        );
    }
}
