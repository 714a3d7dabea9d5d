//! APIMatic's conventions, applied across one provider's pages once their Type cells are read.
//!
//! - **Inheritance**: a model page's `## Inherits From` link names its parent; the parent's
//!   fields come first in the child.
//! - **Wire names**: the SDKs rename fields (`zipCode` for `zip_code`) and the Fields table
//!   shows only the SDK's name, but the `Example (as JSON)` blocks are written with the wire
//!   names. Every example (model pages, and endpoints' example responses) is walked along the
//!   documented types; a key that is a field's name up to case and separators is its wire
//!   name. A field no example shows takes the wire name its name is shown with in another
//!   model, else the renaming that explains the most fields the examples show (`snake_case`
//!   for a TypeScript SDK of a snake_case API), as do query and header parameters.
//! - **Containers**: a field or parameter that may hold one of several types shows them
//!   inline (`int | str`), and APIMatic also writes a container page for it, titled after the
//!   model (or SDK method) and the field (`Allocation Quantity` for `Allocation.quantity`).
//!   The field refers to that page, so the union is one type.
//! - **Integers**: TypeScript has one `number`, but APIMatic's examples tell integers from
//!   fractions (its example values are whole for integer fields and fractional for number
//!   fields, as the Python docs, whose Type cells say `int` or `float`, show throughout). A
//!   `number` field whose example values are all whole is an integer.
//! - **Enumerations** list constant names only: see [`super::enums`].
//! - **Endpoints** state no method or path: `[endpoints]` in `provider.toml` gives them, per
//!   SDK method. The endpoints still without one are listed in one diagnostic.

use super::super::ProviderPages;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::{DocType, NamedRef};
use crate::docs::*;
use crate::markdown::{outline, Block};
use heck::{ToKebabCase, ToLowerCamelCase, ToSnakeCase};
use serde_json::Value;
use std::collections::BTreeMap;

/// How deep examples are walked (they nest models a few levels; cycles stop here).
const MAX_DEPTH: usize = 12;

pub fn apply(format: FormatId, pages: &mut ProviderPages<'_>, diagnostics: &mut Diagnostics) {
    let mine = pages.of_format(format);
    inherit(pages, &mine);
    link_containers(pages, &mine);
    let examples = examples(pages, &mine, diagnostics);
    let mut shown = Shown::default();
    for (page, value) in &examples {
        harvest(pages, *page, value, &mut shown, 0);
    }
    let Shown { wires, integral } = shown;
    if pages.dialect(format).map(|d| d.name()) == Some("apimatic-typescript") {
        integers(pages, &integral);
    }
    let rename = learned_renaming(pages, &wires);
    assign_wire_names(pages, &mine, &wires, rename);
    for (page, value) in examples {
        if let PageKind::Model(_) = &pages.pages[page].kind {
            let rekeyed = rekey(pages, page, &value, 0);
            if let PageKind::Model(model) = &mut pages.pages[page].kind {
                if model.example.is_some() {
                    model.example_value = rekeyed;
                }
            }
        }
    }
    super::enums::apply(pages, &mine, diagnostics);
    super::endpoints::apply(pages, &mine, rename, diagnostics);
}

/// The `[target](..)` of a page's `## Inherits From` section.
fn parent_link(text: &str) -> Option<String> {
    let blocks = outline(text);
    let at = blocks.iter().position(|b| {
        matches!(b, Block::Heading { level: 2, text: t, .. } if text[t.clone()].trim() == "Inherits From")
    })?;
    let Some(Block::Paragraph { range }) = blocks.get(at + 1) else {
        return None;
    };
    let src = &text[range.clone()];
    let start = src.find("](")? + 2;
    let len = src[start..].find(')')?;
    Some(src[start..start + len].to_string())
}

fn inherit(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    let mut parent: BTreeMap<usize, usize> = BTreeMap::new();
    for &page in mine {
        if !matches!(pages.pages[page].kind, PageKind::Model(_)) {
            continue;
        }
        let text = &pages.sources.get(pages.pages[page].file).text;
        if !text.contains("## Inherits From") {
            continue;
        }
        let Some(link) = parent_link(text) else {
            continue;
        };
        let named = NamedRef {
            name: String::new(),
            link: Some(link),
            range: 0..0,
        };
        if let Some(found) = pages.linked(page, named.link.as_deref().unwrap_or_default()) {
            if matches!(pages.pages[found].kind, PageKind::Model(_)) && found != page {
                parent.insert(page, found);
            }
        }
    }
    let own = |pages: &ProviderPages<'_>, page: usize| match &pages.pages[page].kind {
        PageKind::Model(m) => m.fields.clone(),
        _ => Vec::new(),
    };
    let mut inherited: BTreeMap<usize, Vec<FieldRow>> = BTreeMap::new();
    for &child in parent.keys() {
        let mut chain = Vec::new();
        let mut at = child;
        while let Some(&up) = parent.get(&at) {
            if chain.contains(&up) || up == child || chain.len() > MAX_DEPTH {
                break;
            }
            chain.push(up);
            at = up;
        }
        let mut fields: Vec<FieldRow> = Vec::new();
        for &ancestor in chain.iter().rev() {
            fields.extend(own(pages, ancestor));
        }
        inherited.insert(child, fields);
    }
    for (child, fields) in inherited {
        if let PageKind::Model(model) = &mut pages.pages[child].kind {
            // A field the child documents again is the child's.
            let mut merged: Vec<FieldRow> = fields
                .into_iter()
                .filter(|f| !model.fields.iter().any(|g| g.name == f.name))
                .collect();
            merged.append(&mut model.fields);
            model.fields = merged;
        }
    }
}

fn link_containers(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    let containers: BTreeMap<String, (String, String)> = mine
        .iter()
        .filter_map(|&page| match &pages.pages[page].kind {
            PageKind::Union(union) => Some((
                loose(&union.title.name),
                (union.title.name.clone(), format!("/{}", pages.path(page))),
            )),
            _ => None,
        })
        .collect();
    if containers.is_empty() {
        return;
    }
    let link = |owner: &str, cell: &mut TypeCell| {
        let Some(ty) = &mut cell.ty else { return };
        let inline = match ty {
            DocType::Nullable(inner) => inner.as_mut(),
            other => other,
        };
        if !matches!(inline, DocType::OneOf(_)) {
            return;
        }
        if let Some((title, path)) = containers.get(&loose(owner)) {
            *inline = DocType::Named(NamedRef {
                name: title.clone(),
                link: Some(path.clone()),
                range: 0..cell.text.len(),
            });
        }
    };
    for &page in mine {
        match &mut pages.pages[page].kind {
            PageKind::Model(model) => {
                for field in &mut model.fields {
                    link(
                        &format!("{}{}", model.title.name, field.name),
                        &mut field.ty,
                    );
                }
            }
            PageKind::Operations(ops) => {
                for op in &mut ops.operations {
                    for parameter in &mut op.parameters {
                        link(&format!("{}{}", op.name, parameter.name), &mut parameter.ty);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Every JSON example, with the page of the type it shows.
fn examples(
    pages: &ProviderPages<'_>,
    mine: &[usize],
    diagnostics: &mut Diagnostics,
) -> Vec<(usize, Value)> {
    let mut found = Vec::new();
    for &page in mine {
        match &pages.pages[page].kind {
            PageKind::Model(model) => {
                let Some(sample) = &model.example else {
                    continue;
                };
                match serde_json::from_str::<Value>(&sample.code) {
                    Ok(value) => found.push((page, value)),
                    Err(error) => diagnostics.push(
                        Diagnostic::warning(Code::BadExample, "cannot read the example as JSON")
                            .at(sample.span, error.to_string())
                            .note("the example is left out of the generated tests and of wire-name detection"),
                    ),
                }
            }
            PageKind::Operations(ops) => {
                let text = &pages.sources.get(pages.pages[page].file).text;
                let responses = example_responses(text);
                for op in &ops.operations {
                    let Some(code) = responses.get(op.summary.as_str()) else {
                        continue;
                    };
                    let Ok(value) = serde_json::from_str::<Value>(code) else {
                        continue;
                    };
                    let Some(ty) = op.response.as_ref().and_then(|c| c.ty.as_ref()) else {
                        continue;
                    };
                    if let Some(target) = model_of(pages, page, ty) {
                        let value = match (ty, value) {
                            (DocType::List(_), Value::Array(items)) => Value::Array(items),
                            (_, value) => value,
                        };
                        match value {
                            Value::Array(items) => {
                                found.extend(items.into_iter().map(|item| (target, item)))
                            }
                            value => found.push((target, value)),
                        }
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// Each endpoint's example response on a controller page, by the endpoint's title.
fn example_responses(text: &str) -> BTreeMap<&str, &str> {
    let mut found = BTreeMap::new();
    let mut endpoint = "";
    let mut in_example = false;
    for block in outline(text) {
        match block {
            Block::Heading {
                level: 1, text: t, ..
            } => {
                endpoint = text[t].trim();
                in_example = false;
            }
            Block::Heading {
                level: 2, text: t, ..
            } => {
                in_example = text[t].trim().starts_with("Example Response");
            }
            Block::Code { body, .. } if in_example => {
                found.entry(endpoint).or_insert(&text[body]);
                in_example = false;
            }
            _ => {}
        }
    }
    found
}

/// The model page a type names, through lists and nullability.
fn model_of(pages: &ProviderPages<'_>, from: usize, ty: &DocType) -> Option<usize> {
    match ty {
        DocType::Named(named) => pages.find(from, named),
        DocType::List(inner) | DocType::Nullable(inner) => model_of(pages, from, inner),
        _ => None,
    }
}

/// A name up to case and separators: `zipCode`, `zip_code` and `ZipCode` are one.
fn loose(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// What the examples show of each field (by page and row).
#[derive(Default)]
struct Shown {
    /// The key it is shown under.
    wires: BTreeMap<(usize, usize), String>,
    /// Whether every number shown for it is whole.
    integral: BTreeMap<(usize, usize), bool>,
}

/// Whether the numbers in a value are all whole; `None` when it holds none.
fn whole_numbers(value: &Value) -> Option<bool> {
    match value {
        Value::Number(n) => Some(n.is_i64() || n.is_u64()),
        Value::Array(items) => items.iter().filter_map(whole_numbers).reduce(|a, b| a && b),
        _ => None,
    }
}

/// `number` fields whose examples are all whole become integers.
fn integers(pages: &mut ProviderPages<'_>, integral: &BTreeMap<(usize, usize), bool>) {
    fn retype(ty: &mut DocType) {
        match ty {
            DocType::Primitive(p) if *p == crate::ir::Primitive::Number => {
                *p = crate::ir::Primitive::Integer
            }
            DocType::Nullable(inner) | DocType::List(inner) => retype(inner),
            _ => {}
        }
    }
    for (&(page, index), &whole) in integral {
        if !whole {
            continue;
        }
        if let PageKind::Model(model) = &mut pages.pages[page].kind {
            if let Some(ty) = &mut model.fields[index].ty.ty {
                retype(ty);
            }
        }
    }
}

/// Records the wire name of each field of `page` that `value` shows, and walks on into the
/// types of its fields.
fn harvest(pages: &ProviderPages<'_>, page: usize, value: &Value, shown: &mut Shown, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match &pages.pages[page].kind {
        PageKind::Model(model) => {
            let Value::Object(map) = value else { return };
            for (index, field) in model.fields.iter().enumerate() {
                let name = loose(&field.name);
                let Some((key, inner)) = map.iter().find(|(k, _)| loose(k) == name) else {
                    continue;
                };
                shown
                    .wires
                    .entry((page, index))
                    .or_insert_with(|| key.clone());
                if let Some(whole) = whole_numbers(inner) {
                    let all = shown.integral.entry((page, index)).or_insert(true);
                    *all &= whole;
                }
                if let Some(ty) = &field.ty.ty {
                    harvest_type(pages, page, ty, inner, shown, depth + 1);
                }
            }
        }
        PageKind::Union(union) => {
            for member in &union.members {
                if let Some(ty) = &member.ty.ty {
                    harvest_type(pages, page, ty, value, shown, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn harvest_type(
    pages: &ProviderPages<'_>,
    from: usize,
    ty: &DocType,
    value: &Value,
    shown: &mut Shown,
    depth: usize,
) {
    match (ty, value) {
        (DocType::Named(named), _) => {
            if let Some(page) = pages.find(from, named) {
                harvest(pages, page, value, shown, depth);
            }
        }
        (DocType::Nullable(inner), _) => harvest_type(pages, from, inner, value, shown, depth),
        (DocType::List(inner), Value::Array(items)) => {
            for item in items {
                harvest_type(pages, from, inner, item, shown, depth);
            }
        }
        (DocType::Map(inner), Value::Object(map)) => {
            for item in map.values() {
                harvest_type(pages, from, inner, item, shown, depth);
            }
        }
        (DocType::OneOf(members), _) => {
            for member in members {
                harvest_type(pages, from, member, value, shown, depth);
            }
        }
        _ => {}
    }
}

/// How the SDK renamed fields, as most renamed fields the examples show agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Renaming {
    Same,
    Snake,
    Kebab,
    Camel,
}

impl Renaming {
    pub(super) fn wire(self, name: &str) -> String {
        match self {
            Renaming::Same => name.to_string(),
            Renaming::Snake => name.to_snake_case(),
            Renaming::Kebab => name.to_kebab_case(),
            Renaming::Camel => name.to_lower_camel_case(),
        }
    }
}

/// The renaming that explains the most fields the examples show (renamed or not); the
/// names as documented on a tie, so a few odd renames (`_destroy`) change nothing else.
fn learned_renaming(
    pages: &ProviderPages<'_>,
    wires: &BTreeMap<(usize, usize), String>,
) -> Renaming {
    let candidates = [
        Renaming::Same,
        Renaming::Snake,
        Renaming::Kebab,
        Renaming::Camel,
    ];
    let mut votes = [0usize; 4];
    for (&(page, index), wire) in wires {
        let PageKind::Model(model) = &pages.pages[page].kind else {
            continue;
        };
        let name = &model.fields[index].name;
        for (i, candidate) in candidates.iter().enumerate() {
            votes[i] += (candidate.wire(name) == *wire) as usize;
        }
    }
    let best = (0..candidates.len())
        .max_by_key(|&i| (votes[i], usize::MAX - i))
        .unwrap_or(0);
    candidates[best]
}

fn assign_wire_names(
    pages: &mut ProviderPages<'_>,
    mine: &[usize],
    wires: &BTreeMap<(usize, usize), String>,
    rename: Renaming,
) {
    // The SDK derives a field's name from its wire name, so one name shown under a wire name
    // in some model has that wire name in the models no example shows (`line1` → `line_1`).
    let mut by_name: BTreeMap<String, String> = BTreeMap::new();
    for (&(page, index), wire) in wires {
        if let PageKind::Model(model) = &pages.pages[page].kind {
            by_name
                .entry(model.fields[index].name.clone())
                .or_insert_with(|| wire.clone());
        }
    }
    for &page in mine {
        let PageKind::Model(model) = &mut pages.pages[page].kind else {
            continue;
        };
        for (index, field) in model.fields.iter_mut().enumerate() {
            let wire = match wires
                .get(&(page, index))
                .or_else(|| by_name.get(&field.name))
            {
                Some(wire) => wire.clone(),
                None => rename.wire(&field.name),
            };
            field.wire_name = Some(wire);
        }
    }
}

/// An example keyed by wire names, rekeyed by the documented names (what the IR expects);
/// `None` when a key is no field of the model.
fn rekey(pages: &ProviderPages<'_>, page: usize, value: &Value, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    match &pages.pages[page].kind {
        PageKind::Model(model) => {
            let Value::Object(map) = value else {
                return None;
            };
            let mut out = serde_json::Map::new();
            for (key, inner) in map {
                let field = model
                    .fields
                    .iter()
                    .find(|f| f.wire_name.as_deref() == Some(key.as_str()))?;
                let inner = match &field.ty.ty {
                    Some(ty) => rekey_type(pages, page, ty, inner, depth + 1)?,
                    None => inner.clone(),
                };
                out.insert(field.name.clone(), inner);
            }
            Some(Value::Object(out))
        }
        PageKind::Union(union) => union
            .members
            .iter()
            .find_map(|m| rekey_type(pages, page, m.ty.ty.as_ref()?, value, depth + 1)),
        _ => Some(value.clone()),
    }
}

fn rekey_type(
    pages: &ProviderPages<'_>,
    from: usize,
    ty: &DocType,
    value: &Value,
    depth: usize,
) -> Option<Value> {
    match (ty, value) {
        (_, Value::Null) => Some(Value::Null),
        (DocType::Named(named), _) => match pages.find(from, named) {
            Some(page) => rekey(pages, page, value, depth),
            None => Some(value.clone()),
        },
        (DocType::Nullable(inner), _) => rekey_type(pages, from, inner, value, depth),
        (DocType::List(inner), Value::Array(items)) => items
            .iter()
            .map(|item| rekey_type(pages, from, inner, item, depth))
            .collect::<Option<Vec<_>>>()
            .map(Value::Array),
        (DocType::Map(inner), Value::Object(map)) => map
            .iter()
            .map(|(k, v)| Some((k.clone(), rekey_type(pages, from, inner, v, depth)?)))
            .collect::<Option<serde_json::Map<_, _>>>()
            .map(Value::Object),
        (DocType::OneOf(members), _) => members
            .iter()
            .find_map(|m| rekey_type(pages, from, m, value, depth)),
        _ => Some(value.clone()),
    }
}
