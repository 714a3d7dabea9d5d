//! Enumeration values. APIMatic's enumeration pages list the SDK's constant names only
//! (`BLUE_SNAP`), made from each value by upper-casing it and joining its words with `_`
//! (prefixed `ENUM_` when the value is not an identifier: `ENUM_BUSINESS_SOFTWARE` for
//! `Business Software`). The page's `## Example` shows one value as sent: the constant it
//! belongs to tells how the values write their words (separator and case), and the other
//! constants are written the same way. Without an example the values are taken to be the
//! lower-case constants (`blue_snap`), the common case, with words apart for `ENUM_`
//! constants (`ENUM_DIGITAL_RIVER` → `digital river`), and a warning says so.

use super::super::ProviderPages;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::docs::*;
use crate::markdown::{outline, Block};

pub fn apply(pages: &mut ProviderPages<'_>, mine: &[usize], diagnostics: &mut Diagnostics) {
    // Each enumeration whose values are guessed, with its first constant and value.
    let mut guessed: Vec<(crate::source::Span, String, String)> = Vec::new();
    for &page in mine {
        let example = match &pages.pages[page].kind {
            PageKind::Enum(_) => example(&pages.sources.get(pages.pages[page].file).text),
            _ => continue,
        };
        let PageKind::Enum(enumeration) = &mut pages.pages[page].kind else {
            continue;
        };
        let constants: Vec<String> = enumeration
            .values
            .iter()
            .map(|v| v.name.clone().unwrap_or_default())
            .collect();
        let style = example.as_deref().and_then(|e| Style::of(e, &constants));
        for row in &mut enumeration.values {
            let Some(constant) = &row.name else { continue };
            // `ENUM_` marks a value that is no identifier: words apart, most likely.
            let style = style.unwrap_or(Style {
                separator: if constant.starts_with("ENUM_") {
                    ' '
                } else {
                    '_'
                },
                case: Case::Lower,
            });
            row.value = style.value(constant);
        }
        if style.is_none() {
            let first = enumeration.values.first().map_or(String::new(), |v| {
                format!(
                    "`{}` read as `{}`",
                    v.name.as_deref().unwrap_or_default(),
                    v.value
                )
            });
            guessed.push((
                enumeration.title.span,
                enumeration.title.name.clone(),
                first,
            ));
        }
    }
    let Some((first, first_name, first_value)) = guessed.first().cloned() else {
        return;
    };
    let mut diagnostic = Diagnostic::warning(
        Code::MalformedPage,
        format!(
            "{} enumeration{} state{} only constant names: values read as the lower-case names",
            guessed.len(),
            if guessed.len() == 1 { "" } else { "s" },
            if guessed.len() == 1 { "s" } else { "" },
        ),
    )
    .at(first, format!("`{first_name}`: {first_value}"));
    for (span, name, _) in guessed.iter().skip(1) {
        diagnostic = diagnostic.also(*span, format!("`{name}`"));
    }
    diagnostics.push(diagnostic.note(
        "APIMatic writes a value's constant in upper case; a value in another case or with spaces cannot be told from its constant unless the page's `## Example` shows it",
    ));
}

/// The code under `## Example`, trimmed.
fn example(text: &str) -> Option<String> {
    let blocks = outline(text);
    let at = blocks.iter().position(|b| {
        matches!(b, Block::Heading { level: 2, text: t, .. } if text[t.clone()].trim() == "Example")
    })?;
    match blocks.get(at + 1) {
        Some(Block::Code { body, .. }) => {
            let value = text[body.clone()].trim();
            (!value.is_empty()).then(|| value.to_string())
        }
        _ => None,
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Case {
    #[default]
    Lower,
    Upper,
    /// Each word capitalised.
    Title,
}

/// How the values of one enumeration write their words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Style {
    separator: char,
    case: Case,
}

impl Default for Style {
    fn default() -> Self {
        Style {
            separator: '_',
            case: Case::Lower,
        }
    }
}

impl Style {
    /// The style of `example`, if it is the value of one of `constants`.
    fn of(example: &str, constants: &[String]) -> Option<Style> {
        let words: Vec<&str> = example
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let upper: Vec<String> = words.iter().map(|w| w.to_ascii_uppercase()).collect();
        let matches = constants.iter().any(|c| {
            let bare = c.strip_prefix("ENUM_").unwrap_or(c);
            bare.split('_').eq(upper.iter().map(String::as_str))
                || c.split('_').eq(upper.iter().map(String::as_str))
        });
        if !matches {
            return None;
        }
        let separator = example
            .chars()
            .find(|c| !c.is_ascii_alphanumeric())
            .unwrap_or('_');
        let case = if example == example.to_ascii_lowercase() {
            Case::Lower
        } else if example == example.to_ascii_uppercase() {
            Case::Upper
        } else if words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        {
            Case::Title
        } else {
            return None;
        };
        Some(Style { separator, case })
    }

    fn value(self, constant: &str) -> String {
        let bare = constant.strip_prefix("ENUM_").unwrap_or(constant);
        let words = bare
            .split('_')
            .filter(|w| !w.is_empty())
            .map(|w| match self.case {
                Case::Lower => w.to_ascii_lowercase(),
                Case::Upper => w.to_ascii_uppercase(),
                Case::Title => {
                    let lower = w.to_ascii_lowercase();
                    let mut chars = lower.chars();
                    chars
                        .next()
                        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
                        .unwrap_or_default()
                }
            });
        words.collect::<Vec<_>>().join(&self.separator.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn constants(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn the_example_tells_how_values_are_written() {
        let names = constants(&["ENUM_BUSINESS_SOFTWARE", "OTHER"]);
        let style = Style::of("Business Software", &names).unwrap();
        assert_eq!(style.value("ENUM_BUSINESS_SOFTWARE"), "Business Software");
        assert_eq!(style.value("OTHER"), "Other");
        let names = constants(&["CREATED_AT", "APPLICATION_AT"]);
        let style = Style::of("created_at", &names).unwrap();
        assert_eq!(style.value("APPLICATION_AT"), "application_at");
        assert_eq!(Style::of("something_else", &names), None);
    }

    #[test]
    fn without_an_example_values_are_lower_case() {
        assert_eq!(Style::default().value("BLUE_SNAP"), "blue_snap");
        assert_eq!(Style::default().value("BRAINTREE1"), "braintree1");
    }
}
