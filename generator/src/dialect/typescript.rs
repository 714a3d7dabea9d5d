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
//! TypeScript has one `number`; the docs cannot tell integers from floats, so `number` reads
//! as a float unless the provider's config says otherwise.

use super::{parse_all, qualified, Cursor, Dialect, DocType, NotationError, Spanned, Token};
use crate::ir::Primitive;
use serde_json::{Map, Number, Value};

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
        // `let value: Name = <literal>;` — the literal follows the first `=`.
        let Some(eq) = code.find(" = ") else {
            return Ok(None);
        };
        let literal = code[eq + 3..].trim_end().trim_end_matches(';');
        let mut parser = Literal {
            text: literal.as_bytes(),
            pos: 0,
            code,
            start: eq + 3,
        };
        let value = parser.value()?;
        parser.skip_space();
        if parser.pos < parser.text.len() {
            return Err(parser.error("the end of the example"));
        }
        Ok(Some(value))
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

/// A JavaScript object literal as written in `Example Usage` samples: JSON plus unquoted keys,
/// single quotes, trailing commas, `undefined`, and `new Date("...")` / `new RFCDate("...")`
/// (read as the string inside).
struct Literal<'t> {
    text: &'t [u8],
    pos: usize,
    /// The whole sample and where `text` starts in it, to say where a problem is.
    code: &'t str,
    start: usize,
}

impl Literal<'_> {
    fn skip_space(&mut self) {
        loop {
            while self.pos < self.text.len() && self.text[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            if self.text[self.pos..].starts_with(b"//") {
                while self.pos < self.text.len() && self.text[self.pos] != b'\n' {
                    self.pos += 1;
                }
            } else {
                return;
            }
        }
    }

    /// What was expected and what was found instead, at a line and column of the sample (a
    /// diagnostic's label shows the whole sample, so it must say where in it).
    fn error(&self, expected: &str) -> String {
        let rest = &self.text[self.pos.min(self.text.len())..];
        let line = &rest[..rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())];
        let found = String::from_utf8_lossy(&line[..line.len().min(20)]);
        let found = match found.trim_end() {
            _ if rest.is_empty() => "the end of the example".to_string(),
            "" => "the end of the line".to_string(),
            text => format!("`{text}`"),
        };
        let before = &self.code.as_bytes()[..(self.start + self.pos).min(self.code.len())];
        let line_number = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        format!("expected {expected} at line {line_number}, column {column} of the example, found {found}")
    }

    fn eat(&mut self, c: u8) -> bool {
        self.skip_space();
        if self.text.get(self.pos) == Some(&c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn value(&mut self) -> Result<Value, String> {
        self.skip_space();
        match self.text.get(self.pos) {
            Some(b'{') => {
                self.pos += 1;
                let mut map = Map::new();
                loop {
                    if self.eat(b'}') {
                        break;
                    }
                    let key = self.key()?;
                    if !self.eat(b':') {
                        return Err(self.error("`:`"));
                    }
                    // `key: undefined` is how samples show a field left out.
                    if let Some(value) = self.defined_value()? {
                        map.insert(key, value);
                    }
                    if !self.eat(b',') && !self.eat_peek(b'}') {
                        return Err(self.error("`,` or `}`"));
                    }
                }
                Ok(Value::Object(map))
            }
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                loop {
                    if self.eat(b']') {
                        break;
                    }
                    items.push(self.value()?);
                    if !self.eat(b',') && !self.eat_peek(b']') {
                        return Err(self.error("`,` or `]`"));
                    }
                }
                Ok(Value::Array(items))
            }
            Some(b'"' | b'\'') => self.string().map(Value::String),
            Some(_) => {
                let word = self.word();
                match word.as_str() {
                    "true" => Ok(Value::Bool(true)),
                    "false" => Ok(Value::Bool(false)),
                    "null" | "undefined" => Ok(Value::Null),
                    "new" => {
                        let _class = self.word();
                        if !self.eat(b'(') {
                            return Err(self.error("`(`"));
                        }
                        let inner = self.value()?;
                        if !self.eat(b')') {
                            return Err(self.error("`)`"));
                        }
                        Ok(inner)
                    }
                    number => number
                        .parse::<i64>()
                        .map(Value::from)
                        .or_else(|_| {
                            number
                                .parse::<f64>()
                                .ok()
                                .and_then(Number::from_f64)
                                .map(Value::Number)
                                .ok_or(())
                        })
                        .map_err(|_| self.error("a value")),
                }
            }
            None => Err(self.error("a value")),
        }
    }

    /// Whether `c` comes next, without consuming it.
    fn eat_peek(&mut self, c: u8) -> bool {
        self.skip_space();
        self.text.get(self.pos) == Some(&c)
    }

    /// A value, or `None` for `undefined`.
    fn defined_value(&mut self) -> Result<Option<Value>, String> {
        self.skip_space();
        if self.text[self.pos..].starts_with(b"undefined") {
            self.word();
            return Ok(None);
        }
        self.value().map(Some)
    }

    fn key(&mut self) -> Result<String, String> {
        self.skip_space();
        match self.text.get(self.pos) {
            Some(b'"' | b'\'') => self.string(),
            _ => {
                let word = self.word();
                if word.is_empty() {
                    Err(self.error("a key"))
                } else {
                    Ok(word)
                }
            }
        }
    }

    fn word(&mut self) -> String {
        self.skip_space();
        let start = self.pos;
        while self.pos < self.text.len()
            && (self.text[self.pos].is_ascii_alphanumeric()
                || b"_$.-+".contains(&self.text[self.pos]))
        {
            self.pos += 1;
        }
        String::from_utf8_lossy(&self.text[start..self.pos]).into_owned()
    }

    fn string(&mut self) -> Result<String, String> {
        let quote = self.text[self.pos];
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        while let Some(&c) = self.text.get(self.pos) {
            self.pos += 1;
            match c {
                b'\\' => {
                    let Some(&escaped) = self.text.get(self.pos) else {
                        break;
                    };
                    self.pos += 1;
                    match escaped {
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'u' => {
                            let hex = self.text.get(self.pos..self.pos + 4).unwrap_or_default();
                            let code = u32::from_str_radix(&String::from_utf8_lossy(hex), 16)
                                .map_err(|_| self.error("a \\u escape"))?;
                            out.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                            self.pos += 4;
                        }
                        other => out.push(other as char),
                    }
                }
                c if c == quote => return Ok(out),
                _ => {
                    // Copy a whole UTF-8 sequence at once.
                    let len = utf8_len(c);
                    let bytes = &self.text[self.pos - 1..(self.pos - 1 + len).min(self.text.len())];
                    out.push_str(&String::from_utf8_lossy(bytes));
                    self.pos += len - 1;
                }
            }
        }
        self.pos = start;
        Err(self.error("a closing quote"))
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
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

    #[test]
    fn example_literals() {
        let code = r#"import { X } from "dwolla/models";

let value: X = {
  action: "customer.update",
  links: {
    customer: { href: 'https://example.test/c/1', },
  },
  amount: -3.5,
  count: 3599,
  tags: ["a", "b",],
  when: new Date("2022-01-01T00:00:00Z"),
  gone: undefined,
  "quoted-key": true,
};"#;
        assert_eq!(
            TypeScript.example(code).unwrap(),
            Some(json!({
                "action": "customer.update",
                "links": {"customer": {"href": "https://example.test/c/1"}},
                "amount": -3.5,
                "count": 3599,
                "tags": ["a", "b"],
                "when": "2022-01-01T00:00:00Z",
                "quoted-key": true,
            }))
        );
        assert_eq!(
            TypeScript
                .example("// No examples available for this model")
                .unwrap(),
            None
        );
        assert!(TypeScript.example("let value: X = { a: };").is_err());
    }

    #[test]
    fn example_errors_say_where_in_the_sample() {
        let code = "import { X } from \"acme\";\n\nlet value: X = {\n  id: \"o_1\",\n  total: 12.5 EUR,\n};";
        assert_eq!(
            TypeScript.example(code).unwrap_err(),
            "expected `,` or `}` at line 5, column 15 of the example, found `EUR,`"
        );
        assert_eq!(
            TypeScript
                .example("let value: X = \"a\" \"b\";")
                .unwrap_err(),
            "expected the end of the example at line 1, column 20 of the example, found `\"b\"`"
        );
        assert_eq!(
            TypeScript.example("let value: X = {\n  a: 1").unwrap_err(),
            "expected `,` or `}` at line 2, column 7 of the example, found the end of the example"
        );
    }
}
