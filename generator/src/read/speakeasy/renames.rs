//! Wire names learned from examples.
//!
//! SDKs rename fields to their language's style (Python's `unit_id` for the wire's `unitID`)
//! and the Field column shows the SDK's name. The Example column of a field whose type is a
//! model shows that model as JSON, with its wire names: `{"createdAt": "..", "sourceID": ".."}`.
//! A key that is a field's name written another way (the same letters and digits, ignoring
//! case, `_` and `-`) is that field's wire name. Nested objects and lists are followed.
//!
//! A name the SDK gives is given the same way on every page: a field with no example of its
//! own takes the wire name its documented name has wherever an example shows one, when every
//! such example agrees (`date_of_birth` is `dateOfBirth` in an update model because a search
//! filter's example says so).

use super::super::ProviderPages;
use crate::dialect::DocType;
use crate::docs::PageKind;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

pub fn learn_wire_names(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    let mut learned: Vec<(usize, usize, String)> = Vec::new();
    for &index in mine {
        let PageKind::Model(model) = &pages.pages[index].kind else {
            continue;
        };
        for field in &model.fields {
            let Some(ty) = &field.ty.ty else {
                continue;
            };
            for value in field.examples.iter().flat_map(|e| json_values(e)) {
                walk(pages, index, ty, &value, &mut learned);
            }
        }
    }
    // Documented name → the one wire name every example gives it (`None` when they differ).
    let mut by_name: HashMap<String, Option<String>> = HashMap::new();
    let mut shown: HashSet<(usize, usize)> = HashSet::new();
    for (page, field, wire) in &learned {
        let PageKind::Model(model) = &pages.pages[*page].kind else {
            continue;
        };
        shown.insert((*page, *field));
        by_name
            .entry(model.fields[*field].name.clone())
            .and_modify(|known| {
                if known.as_deref() != Some(wire.as_str()) {
                    *known = None;
                }
            })
            .or_insert_with(|| Some(wire.clone()));
    }
    for (page, field, wire) in learned {
        if let PageKind::Model(model) = &mut pages.pages[page].kind {
            let field = &mut model.fields[field];
            if field.name != wire {
                field.wire_name = Some(wire);
            }
        }
    }
    for &index in mine {
        let PageKind::Model(model) = &mut pages.pages[index].kind else {
            continue;
        };
        for (i, field) in model.fields.iter_mut().enumerate() {
            if shown.contains(&(index, i)) {
                continue;
            }
            // Over the dialect's default: an example is the wire's own word.
            if let Some(Some(wire)) = by_name.get(&field.name) {
                field.wire_name = Some(wire.clone());
            }
        }
    }
}

/// Matches `value` against `ty` (as written on page `from`), recording the keys that name a
/// field another way.
fn walk(
    pages: &ProviderPages<'_>,
    from: usize,
    ty: &DocType,
    value: &Value,
    learned: &mut Vec<(usize, usize, String)>,
) {
    match (ty, value) {
        (DocType::Nullable(inner), _) => walk(pages, from, inner, value, learned),
        (DocType::List(inner), Value::Array(items)) => {
            for item in items {
                walk(pages, from, inner, item, learned);
            }
        }
        (DocType::Named(named), Value::Object(object)) => {
            let Some(page) = pages.find(from, named) else {
                return;
            };
            let PageKind::Model(model) = &pages.pages[page].kind else {
                return;
            };
            for (key, inner) in object {
                let found = model
                    .fields
                    .iter()
                    .position(|f| f.name == *key)
                    .or_else(|| {
                        let mut same = (0..model.fields.len())
                            .filter(|&i| loose(&model.fields[i].name) == loose(key));
                        match (same.next(), same.next()) {
                            (Some(one), None) => Some(one),
                            _ => None,
                        }
                    });
                let Some(i) = found else { continue };
                let known = learned.iter().any(|(p, f, _)| *p == page && *f == i);
                if !known {
                    learned.push((page, i, key.clone()));
                }
                if let Some(ty) = &model.fields[i].ty.ty {
                    walk(pages, page, ty, inner, learned);
                }
            }
        }
        _ => {}
    }
}

/// A name without case and separators: `unit_id`, `unitID` and `unit-id` are all `unitid`.
fn loose(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The JSON objects and arrays in an Example cell (which may hold several: `**Example 1:**
/// {..} **Example 2:** null`).
fn json_values(example: &str) -> Vec<Value> {
    let mut values = Vec::new();
    let mut rest = example;
    while let Some(start) = rest.find(['{', '[']) {
        let mut stream = serde_json::Deserializer::from_str(&rest[start..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(value)) => {
                let used = stream.byte_offset();
                values.push(value);
                rest = &rest[start + used.max(1)..];
            }
            _ => rest = &rest[start + 1..],
        }
    }
    values
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_loosely() {
        assert_eq!(loose("unit_id"), loose("unitID"));
        assert_eq!(loose("source-id"), loose("sourceId"));
        assert_ne!(loose("unit_id"), loose("units"));
    }

    #[test]
    fn every_json_value_of_a_cell() {
        let cell = "**Example 1:** {\n\"sourceID\": \"1\"\n}\n**Example 2:** null";
        assert_eq!(json_values(cell), [serde_json::json!({"sourceID": "1"})]);
        assert_eq!(json_values("[1, 2] and {\"a\": [3]}").len(), 2);
        assert!(json_values("see [the docs](x)").is_empty());
    }
}
