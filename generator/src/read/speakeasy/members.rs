//! Union members the docs name rather than type (C#).
//!
//! Speakeasy's C# unions give each member a name (its `Create<Name>` factory), and the union
//! page heads each member with that name only: `### Str`, `### ArrayOfStr` (read by the
//! dialect), `### Pet` (a model's class name, found by title), or, in a union told apart by a
//! field such as `type`, the name of that field's value (`### ResponseCreated` for
//! `"response.created"`). A model made for the union alone is named after it
//! (`<Union><Name>`, or `<Stem><Name>` for a union titled `<Stem>Union`).
//!
//! A name no page is titled is looked for in that order: the union's own member models, then
//! the models whose tag field holds the one value of that name. Among several, the one beside
//! the union wins, then one whose title ends with the name, then the shortest title.

use super::super::ProviderPages;
use crate::dialect::{DocType, NamedRef};
use crate::docs::PageKind;
use heck::ToUpperCamelCase;
use std::collections::BTreeMap;

pub fn find_named_members(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    let tagged = tag_names(pages, mine);
    for &union_page in mine {
        let PageKind::Union(union) = &pages.pages[union_page].kind else {
            continue;
        };
        let title = union.title.name.clone();
        let found: Vec<Option<DocType>> = union
            .members
            .iter()
            .map(|member| {
                let mut ty = member.ty.ty.clone()?;
                resolve(pages, union_page, &title, &tagged, &mut ty).then_some(ty)
            })
            .collect();
        let PageKind::Union(union) = &mut pages.pages[union_page].kind else {
            continue;
        };
        for (member, ty) in union.members.iter_mut().zip(found) {
            if ty.is_some() {
                member.ty.ty = ty;
            }
        }
    }
}

/// Points the names in `ty` that no page is titled at the model they stand for. Whether
/// anything changed.
fn resolve(
    pages: &ProviderPages<'_>,
    union_page: usize,
    union_title: &str,
    tagged: &BTreeMap<String, Vec<usize>>,
    ty: &mut DocType,
) -> bool {
    match ty {
        DocType::List(inner) | DocType::Map(inner) | DocType::Nullable(inner) => {
            resolve(pages, union_page, union_title, tagged, inner)
        }
        DocType::Named(named) if named.link.is_none() => {
            if pages.find(union_page, named).is_some() {
                return false;
            }
            let Some(page) = member_model(pages, union_page, union_title, tagged, &named.name)
            else {
                return false;
            };
            // A link from the specs root: the title alone may be another folder's too.
            named.link = Some(format!("/{}", pages.path(page)));
            true
        }
        _ => false,
    }
}

/// The model a member name that is no page's title stands for.
fn member_model(
    pages: &ProviderPages<'_>,
    union_page: usize,
    union_title: &str,
    tagged: &BTreeMap<String, Vec<usize>>,
    name: &str,
) -> Option<usize> {
    let stem = union_title.strip_suffix("Union").unwrap_or(union_title);
    let own = [format!("{union_title}{name}"), format!("{stem}{name}")]
        .into_iter()
        .find_map(|title| {
            let named = NamedRef {
                name: title,
                link: None,
                range: 0..0,
            };
            pages.find(union_page, &named)
        });
    if own.is_some() {
        return own;
    }
    let dir = |page: usize| pages.path(page).rsplit_once('/').map(|(dir, _)| dir);
    tagged.get(name)?.iter().copied().min_by_key(|&page| {
        let title = page_title(pages, page);
        (
            dir(page) != dir(union_page),
            !title.ends_with(name),
            title.len(),
            pages.path(page),
        )
    })
}

/// The model pages by the names of their tag values: a field whose type is an enumeration
/// of one value, by the value's SDK name and by the value in PascalCase.
fn tag_names(pages: &ProviderPages<'_>, mine: &[usize]) -> BTreeMap<String, Vec<usize>> {
    let mut tagged: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &page in mine {
        let PageKind::Model(model) = &pages.pages[page].kind else {
            continue;
        };
        let mut names: Vec<String> = Vec::new();
        for field in &model.fields {
            match &field.ty.ty {
                Some(DocType::Named(named)) => {
                    let Some(target) = pages.find(page, named) else {
                        continue;
                    };
                    if let PageKind::Enum(e) = &pages.pages[target].kind {
                        if let [only] = e.values.as_slice() {
                            names.extend(only.name.clone());
                            names.push(only.value.to_upper_camel_case());
                        }
                    }
                }
                Some(DocType::Literal(serde_json::Value::String(value))) => {
                    names.push(value.to_upper_camel_case());
                }
                _ => {}
            }
        }
        names.sort();
        names.dedup();
        for name in names {
            tagged.entry(name).or_default().push(page);
        }
    }
    tagged
}

fn page_title<'p>(pages: &'p ProviderPages<'_>, page: usize) -> &'p str {
    match &pages.pages[page].kind {
        PageKind::Model(m) => &m.title.name,
        PageKind::Enum(e) => &e.title.name,
        PageKind::Union(u) => &u.title.name,
        _ => "",
    }
}
