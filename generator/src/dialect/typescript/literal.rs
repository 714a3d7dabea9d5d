//! The JavaScript object literals of TypeScript docs' `Example Usage` samples, read as JSON.

use serde_json::{Map, Number, Value};

/// The value of a sample `let value: Name = <literal>;`; `None` when the sample assigns none
/// (`// No examples available for this model`).
pub(super) fn example(code: &str) -> Result<Option<Value>, String> {
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
    use serde_json::json;

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
            example(code).unwrap(),
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
            example("// No examples available for this model").unwrap(),
            None
        );
        assert!(example("let value: X = { a: };").is_err());
    }

    #[test]
    fn example_errors_say_where_in_the_sample() {
        let code = "import { X } from \"acme\";\n\nlet value: X = {\n  id: \"o_1\",\n  total: 12.5 EUR,\n};";
        assert_eq!(
            example(code).unwrap_err(),
            "expected `,` or `}` at line 5, column 15 of the example, found `EUR,`"
        );
        assert_eq!(
            example("let value: X = \"a\" \"b\";").unwrap_err(),
            "expected the end of the example at line 1, column 20 of the example, found `\"b\"`"
        );
        assert_eq!(
            example("let value: X = {\n  a: 1").unwrap_err(),
            "expected `,` or `}` at line 2, column 7 of the example, found the end of the example"
        );
    }
}
