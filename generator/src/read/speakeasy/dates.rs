//! Dates from examples. Speakeasy writes a field's example value in the Example column as it
//! is sent, so where the Type cell says a date and the examples are timestamps (or the other
//! way round), the examples show what the wire carries: decoding it as the Type cell says
//! would fail. Each such field takes its examples' form.
//!
//! Some docs label the two the other way round throughout (Speakeasy's Python docs have written
//! `[date](..)` for timestamps and `[datetime](..)` for calendar dates). When most date fields
//! whose examples tell disagree with their Type cell, the provider's docs are read that way:
//! every date type without examples of its own, parameters included, is swapped too.

use super::super::ProviderPages;
use crate::dialect::DocType;
use crate::docs::PageKind;
use crate::ir::Primitive;

pub fn dates_from_examples(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    let (mut agree, mut disagree) = (0usize, 0usize);
    for &index in mine {
        let PageKind::Model(model) = &mut pages.pages[index].kind else {
            continue;
        };
        for field in &mut model.fields {
            let Some(ty) = &mut field.ty.ty else {
                continue;
            };
            let (Some(shown), Some(date)) = (examples_form(&field.examples), date_primitive(ty))
            else {
                continue;
            };
            if *date == shown {
                agree += 1;
            } else {
                disagree += 1;
            }
        }
    }
    let swapped = disagree > agree;
    for &index in mine {
        match &mut pages.pages[index].kind {
            PageKind::Model(model) => {
                for field in &mut model.fields {
                    let shown = examples_form(&field.examples);
                    if let Some(date) = field.ty.ty.as_mut().and_then(date_primitive) {
                        match shown {
                            Some(shown) => *date = shown,
                            None if swapped => *date = other(*date),
                            None => {}
                        }
                    }
                }
            }
            PageKind::Operations(page) if swapped => {
                let cells = page.operations.iter_mut().flat_map(|op| {
                    op.parameters
                        .iter_mut()
                        .map(|p| &mut p.ty)
                        .chain(op.response.as_mut())
                });
                for cell in cells {
                    if let Some(date) = cell.ty.as_mut().and_then(date_primitive) {
                        *date = other(*date);
                    }
                }
            }
            _ => {}
        }
    }
}

fn other(date: Primitive) -> Primitive {
    match date {
        Primitive::Date => Primitive::DateTime,
        _ => Primitive::Date,
    }
}

/// The date primitive a type is made of (through lists and nullability), to be rewritten.
fn date_primitive(ty: &mut DocType) -> Option<&mut Primitive> {
    match ty {
        DocType::Primitive(p @ (Primitive::Date | Primitive::DateTime)) => Some(p),
        DocType::List(inner) | DocType::Nullable(inner) => date_primitive(inner),
        _ => None,
    }
}

/// `Date` when every date-like value of a field's examples is a calendar date, `DateTime`
/// when every one is a timestamp; `None` when there are none, or both.
fn examples_form(examples: &[String]) -> Option<Primitive> {
    example_form(&examples.join("\n"))
}

/// [`examples_form`] of the text of one or more examples.
fn example_form(cell: &str) -> Option<Primitive> {
    let words = cell
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '[' | ']' | ',' | '<' | '>'))
        .filter(|w| starts_with_date(w));
    let mut form = None;
    for word in words {
        let this = if word.len() == 10 {
            Primitive::Date
        } else if is_timestamp(word) {
            Primitive::DateTime
        } else {
            return None;
        };
        match form {
            None => form = Some(this),
            Some(seen) if seen == this => {}
            Some(_) => return None,
        }
    }
    form
}

/// `YYYY-MM-DD` at the start.
fn starts_with_date(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// A date, `T`, and a time of day (`2024-01-15T10:30:00Z`).
fn is_timestamp(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 16
        && b[10] == b'T'
        && b[11..13].iter().all(u8::is_ascii_digit)
        && b[13] == b':'
        && b[14..16].iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_of_the_examples() {
        assert_eq!(
            example_form("2024-01-15T10:30:00Z"),
            Some(Primitive::DateTime)
        );
        assert_eq!(
            example_form("**Example 1:** 2024-01-15T14:45:00.000+02:00<br/>**Example 2:** null"),
            Some(Primitive::DateTime)
        );
        assert_eq!(
            example_form("[<br/>\"2024-01-15\"<br/>]"),
            Some(Primitive::Date)
        );
        assert_eq!(example_form("2019-12-16"), Some(Primitive::Date));
        assert_eq!(example_form("2019-12-16 or 2019-12-16T00:00:00Z"), None);
        assert_eq!(example_form("2019-12-16-extra"), None);
        assert_eq!(example_form("null"), None);
        assert_eq!(example_form("12345"), None);
    }

    #[test]
    fn lists_and_nullable_dates_are_rewritten() {
        let mut ty = DocType::List(Box::new(DocType::Nullable(Box::new(DocType::Primitive(
            Primitive::DateTime,
        )))));
        *date_primitive(&mut ty).expect("a date inside") = Primitive::Date;
        assert_eq!(
            ty,
            DocType::List(Box::new(DocType::Nullable(Box::new(DocType::Primitive(
                Primitive::Date
            )))))
        );
        assert!(date_primitive(&mut DocType::Primitive(Primitive::String)).is_none());
    }
}
