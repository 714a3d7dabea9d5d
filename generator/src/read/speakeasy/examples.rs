//! What the examples show of the fields whose notation cannot say it.
//!
//! Examples are the page's own (`let value: X = {..}`, keyed by the SDK's names) and the
//! Example cells (JSON keyed by the wire's), followed into the models they hold.
//!
//! - **Whole numbers.** TypeScript has one `number` type, so its docs write `*number*` for the
//!   API's integers and decimals alike. Speakeasy writes a decimal's example with a fraction
//!   (`17.38`) and an integer's without (`125`): a `number` field whose examples are all whole
//!   is read as an integer.
//! - **Nulls.** A required field an example shows as `null` may be `null`.

use super::super::ProviderPages;
use crate::dialect::DocType;
use crate::docs::PageKind;
use crate::ir::Primitive;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// How deep examples are followed into the models they hold.
const MAX_DEPTH: usize = 16;

/// What the examples show, per (page, field).
#[derive(Default)]
pub struct Shown {
    /// Whether every number shown for a field is whole.
    whole: BTreeMap<(usize, usize), bool>,
    /// Fields shown as `null`.
    pub null: BTreeSet<(usize, usize)>,
}

pub fn shown(pages: &ProviderPages<'_>, mine: &[usize]) -> Shown {
    let mut shown = Shown::default();
    for &index in mine {
        let PageKind::Model(model) = &pages.pages[index].kind else {
            continue;
        };
        if let Some(value) = &model.example_value {
            walk_model(pages, index, value, &mut shown, 0);
        }
        for (i, field) in model.fields.iter().enumerate() {
            let Some(ty) = &field.ty.ty else {
                continue;
            };
            for cell in &field.examples {
                if let Ok(value) = serde_json::from_str::<Value>(cell.trim()) {
                    walk(pages, index, (index, i), ty, &value, &mut shown, 0);
                }
            }
        }
    }
    shown
}

/// Reads as integers the `number` fields whose examples are all whole.
pub fn integers(pages: &mut ProviderPages<'_>, shown: &Shown) {
    for (&(page, field), &whole) in &shown.whole {
        if !whole {
            continue;
        }
        if let PageKind::Model(model) = &mut pages.pages[page].kind {
            if let Some(ty) = &mut model.fields[field].ty.ty {
                to_integer(ty);
            }
        }
    }
}

/// Walks a value shown for the model on `page`, its keys the SDK's names or the wire's.
fn walk_model(
    pages: &ProviderPages<'_>,
    page: usize,
    value: &Value,
    shown: &mut Shown,
    depth: usize,
) {
    let (PageKind::Model(model), Value::Object(object)) = (&pages.pages[page].kind, value) else {
        return;
    };
    if depth > MAX_DEPTH {
        return;
    }
    for (key, inner) in object {
        let found = model
            .fields
            .iter()
            .position(|f| f.name == *key || loose(&f.name) == loose(key));
        let Some(i) = found else { continue };
        if let Some(ty) = &model.fields[i].ty.ty {
            walk(pages, page, (page, i), ty, inner, shown, depth + 1);
        }
    }
}

/// Walks a value shown for field `at`, of type `ty` as written on page `from`.
fn walk(
    pages: &ProviderPages<'_>,
    from: usize,
    at: (usize, usize),
    ty: &DocType,
    value: &Value,
    shown: &mut Shown,
    depth: usize,
) {
    match (ty, value) {
        (_, Value::Null) => {
            shown.null.insert(at);
        }
        (DocType::Primitive(Primitive::Number), Value::Number(n)) => {
            let is_whole = n.is_i64() || n.is_u64();
            let entry = shown.whole.entry(at).or_insert(true);
            *entry = *entry && is_whole;
        }
        (DocType::Nullable(inner), _) => walk(pages, from, at, inner, value, shown, depth),
        (DocType::List(inner), Value::Array(items)) => {
            for item in items {
                walk(pages, from, at, inner, item, shown, depth);
            }
        }
        (DocType::Named(named), Value::Object(_)) => {
            if let Some(page) = pages.find(from, named) {
                walk_model(pages, page, value, shown, depth);
            }
        }
        _ => {}
    }
}

fn to_integer(ty: &mut DocType) {
    match ty {
        DocType::Primitive(p) if *p == Primitive::Number => *p = Primitive::Integer,
        DocType::Nullable(inner) | DocType::List(inner) => to_integer(inner),
        _ => {}
    }
}

/// A name without case and separators: `prompt_tokens` and `promptTokens` are one.
fn loose(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}
