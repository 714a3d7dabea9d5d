//! Model, enum and union pages: their Fields, Values and Supported Types sections.

use super::{cell_prose, split, strip_strike, Reader, Section};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::docs::*;
use crate::markdown::{trim_range, Block, Table};
use std::ops::Range;

impl Reader<'_> {
    pub(super) fn fields(
        &self,
        table: &Table,
        diagnostics: &mut Diagnostics,
    ) -> Option<Vec<FieldRow>> {
        let cols = self.columns(table, &["Field", "Type", "Required"], "Fields", diagnostics)?;
        let (field_col, type_col, required_col) = (cols[0], cols[1], cols[2]);
        let optional = |name: &str| {
            table
                .header
                .iter()
                .position(|h| self.src(h).eq_ignore_ascii_case(name))
        };
        let (description_col, example_col) = (optional("Description"), optional("Example"));
        let mut fields = Vec::new();
        for row in self.rows(table, diagnostics) {
            let name_range = row.cells[field_col].clone();
            let (name, struck) = strip_strike(self.src(&name_range));
            let name = crate::markdown::unescape_cell(name.trim().trim_matches('`')).into_owned();
            if name.is_empty() {
                diagnostics.push(
                    Diagnostic::error(Code::MalformedTable, "field name is empty")
                        .at(self.span(row.range.clone()), "this row"),
                );
                continue;
            }
            let Some(required) = self.required(&row.cells[required_col], diagnostics) else {
                continue;
            };
            let mut description = description_col
                .map(|c| cell_prose(self.src(&row.cells[c])))
                .unwrap_or_default();
            let deprecated = struck || strip_deprecation_notice(&mut description);
            let examples = example_col
                .map(|c| examples(&cell_prose(self.src(&row.cells[c]))))
                .unwrap_or_default();
            let type_range = row.cells[type_col].clone();
            fields.push(FieldRow {
                name,
                name_span: self.span(name_range),
                wire_name: None,
                deprecated,
                ty: TypeCell::new(self.src(&type_range), self.span(type_range)),
                required,
                nullable: false,
                read_only: false,
                default: None,
                description: Prose::new(description),
                examples,
                role: FieldRole::Wire,
                span: self.span(row.range.clone()),
            });
        }
        Some(fields)
    }

    /// The values, and whether they are integers.
    pub(super) fn enum_values(
        &self,
        section: &Section<'_>,
        diagnostics: &mut Diagnostics,
    ) -> Option<(Vec<EnumValueRow>, bool)> {
        let heading_span = section.heading_span();
        for block in section.blocks {
            match block {
                Block::Table(table) => {
                    let cols = self.columns(table, &["Value"], "Values", diagnostics)?;
                    let name_col = table
                        .header
                        .iter()
                        .position(|h| self.src(h).eq_ignore_ascii_case("Name"));
                    let values = self
                        .rows(table, diagnostics)
                        .map(|row| EnumValueRow {
                            name: name_col.map(|c| {
                                self.src(&row.cells[c]).trim_matches('`').trim().to_string()
                            }),
                            value: crate::markdown::unescape_cell(
                                self.src(&row.cells[cols[0]]).trim(),
                            )
                            .into_owned(),
                            span: self.span(row.cells[cols[0]].clone()),
                        })
                        .collect();
                    return Some((values, false));
                }
                Block::Code { body, .. } => {
                    return self.literal_union(body.clone(), diagnostics);
                }
                Block::List { items, range } => {
                    return self.literal_list(items, range.clone(), diagnostics);
                }
                _ => {}
            }
        }
        diagnostics.push(
            Diagnostic::error(
                Code::MalformedPage,
                "`## Values` has neither a table, a code block nor a list",
            )
            .at(heading_span, "expected the values under this heading")
            .note("expected a Name | Value table, a union of literals in a code block, or one literal per list item"),
        );
        None
    }

    /// `"a" | "b" | "c"`, possibly over several lines; or integers, `0 | 1 | -1`. The flag
    /// says the values are integers.
    fn literal_union(
        &self,
        body: Range<usize>,
        diagnostics: &mut Diagnostics,
    ) -> Option<(Vec<EnumValueRow>, bool)> {
        let text = self.src(&body);
        let mut parts = Vec::new();
        let mut offset = body.start;
        for part in text.split('|') {
            parts.push(trim_range(self.text, offset..offset + part.len()));
            offset += part.len() + 1;
        }
        self.literals(parts, body, LiteralForm::Union, diagnostics)
    }

    /// One value per item, each a literal in a code span: `` - `"Class"` `` or `` - `1` ``.
    fn literal_list(
        &self,
        items: &[Range<usize>],
        whole: Range<usize>,
        diagnostics: &mut Diagnostics,
    ) -> Option<(Vec<EnumValueRow>, bool)> {
        let parts = items
            .iter()
            .map(|item| {
                let text = self.src(item);
                // The item's range starts at its marker.
                let marker = text.len() - text.trim_start_matches(['-', '*', '+']).len();
                let inner = trim_range(self.text, item.start + marker..item.end);
                let ticks = self.src(&inner).len() - self.src(&inner).trim_start_matches('`').len();
                let tail = self.src(&inner).len() - self.src(&inner).trim_end_matches('`').len();
                if ticks > 0 && ticks == tail && inner.len() > 2 * ticks {
                    trim_range(self.text, inner.start + ticks..inner.end - tail)
                } else {
                    inner
                }
            })
            .collect();
        self.literals(parts, whole, LiteralForm::List, diagnostics)
    }

    /// Reads each part as a JSON string or integer literal; the flag says they are integers.
    fn literals(
        &self,
        parts: Vec<Range<usize>>,
        whole: Range<usize>,
        form: LiteralForm,
        diagnostics: &mut Diagnostics,
    ) -> Option<(Vec<EnumValueRow>, bool)> {
        let (label, example) = match form {
            LiteralForm::Union => (
                "in this union of literals",
                "`\"active\" | \"inactive\"` or `0 | 1`",
            ),
            LiteralForm::List => (
                "in this list of values",
                "one `` `\"active\"` `` or `` `1` `` per list item",
            ),
        };
        let mut values = Vec::new();
        let mut ok = true;
        let mut integers = 0;
        for part in parts {
            let literal = self.src(&part);
            // Open enums of the TypeScript SDK end with `| Unrecognized<string>` (its
            // `OpenEnum` type): a value the docs do not list is kept, which every generated
            // enum does anyway.
            if literal.is_empty() || is_unrecognized_member(literal) {
                continue;
            }
            let span = self.span(part);
            let value = match serde_json::from_str::<serde_json::Value>(literal) {
                Ok(serde_json::Value::String(value)) => value,
                Ok(serde_json::Value::Number(n)) if n.is_i64() => {
                    integers += 1;
                    n.to_string()
                }
                _ => {
                    ok = false;
                    diagnostics.push(
                        Diagnostic::error(
                            Code::MalformedPage,
                            format!("enum value `{literal}` is not a string or integer literal"),
                        )
                        .at(span, label)
                        .note(format!("expected values written like {example}")),
                    );
                    continue;
                }
            };
            values.push(EnumValueRow {
                name: None,
                value,
                span,
            });
        }
        if integers > 0 && integers < values.len() {
            diagnostics.push(
                Diagnostic::error(Code::MalformedPage, "enum mixes string and integer values")
                    .at(self.span(whole), label)
                    .note("expected every value a string literal, or every value an integer"),
            );
            return None;
        }
        ok.then_some((values, integers > 0))
    }

    pub(super) fn union_members(&self, section: &Section<'_>) -> Vec<UnionMember> {
        split(section.blocks, 3, self.text, self.id)
            .into_iter()
            .filter_map(|member| {
                let (heading, span) = member.heading?;
                let text = heading.trim().trim_matches('`').to_string();
                let inner = self.text[span.range()].find(&text).unwrap_or(0);
                Some(UnionMember {
                    ty: TypeCell::new(text.clone(), span.sub(inner..inner + text.len())),
                    example: self.code(member.blocks),
                })
            })
            .collect()
    }
}

/// How a Values section writes its literals.
#[derive(Clone, Copy)]
enum LiteralForm {
    /// A TypeScript union in a code block.
    Union,
    /// A markdown list, one literal per item (Python's enums of literal strings).
    List,
}

/// `Unrecognized<string>` or `Unrecognized<number>`.
fn is_unrecognized_member(literal: &str) -> bool {
    literal
        .strip_prefix("Unrecognized")
        .map(|rest| rest.trim_start().replace("\\<", "<").replace("\\>", ">"))
        .is_some_and(|rest| rest == "<string>" || rest == "<number>")
}

/// Speakeasy opens the description of a deprecated field with a fixed warning. Removes it
/// (the generated code says so with `#[deprecated]`) and reports whether it was there.
fn strip_deprecation_notice(description: &mut String) -> bool {
    const MARKER: &str = ": warning: ** DEPRECATED **:";
    let Some(rest) = description.trim_start().strip_prefix(MARKER) else {
        return false;
    };
    let rest = rest.trim_start();
    const BOILERPLATE: &str = "This will be removed in a future release, please migrate away from it as soon as possible.";
    let rest = rest.strip_prefix(BOILERPLATE).unwrap_or(rest);
    *description = rest.trim_start().to_string();
    true
}

/// The examples of an Example cell: one, or several each after its `**Example N:**` label
/// (how Speakeasy shows a schema's list of examples).
fn examples(cell: &str) -> Vec<String> {
    const LABEL: &str = "**Example ";
    let mut examples = Vec::new();
    let mut rest = cell;
    while let Some(at) = rest.find(LABEL) {
        let after = &rest[at + LABEL.len()..];
        let Some(number_len) = after.find(":**") else {
            break;
        };
        if number_len == 0 || !after[..number_len].bytes().all(|b| b.is_ascii_digit()) {
            break;
        }
        examples.push(&rest[..at]);
        rest = &after[number_len + 3..];
    }
    examples.push(rest);
    examples
        .into_iter()
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_example_cell_may_hold_several() {
        assert_eq!(examples("`42`"), ["`42`"]);
        assert_eq!(
            examples("**Example 1:** a\n**Example 2:** null"),
            ["a", "null"]
        );
        assert_eq!(examples("**Example :** a"), ["**Example :** a"]);
        assert!(examples("  ").is_empty());
    }

    #[test]
    fn deprecation_notice_is_removed() {
        let mut d = ": warning: ** DEPRECATED **: This will be removed in a future release, please migrate away from it as soon as possible.\n\nThe date.".to_string();
        assert!(strip_deprecation_notice(&mut d));
        assert_eq!(d, "The date.");
    }

    #[test]
    fn a_list_item_that_is_no_literal_is_pointed_at() {
        use crate::read::PageFormat;
        let text = "# Kind\n\n## Values\n\n- `\"a\"`\n- b c\n- `2`\n";
        let file = crate::source::SourceFile::new("p/kind.md".into(), text.into());
        let mut diagnostics = Diagnostics::default();
        let page =
            super::super::SpeakeasyFormat.read(crate::source::FileId(0), &file, &mut diagnostics);
        assert!(page.is_none());
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "enum value `b c` is not a string or integer literal",
                "enum mixes string and integer values"
            ]
        );
        let first = diagnostics.iter().next().unwrap();
        assert_eq!(&text[first.span.expect("a span").range()], "b c");
    }
}
