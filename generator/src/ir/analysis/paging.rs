//! Pagination: which list operations answer in pages, and how to ask for the next one, from
//! the fields their docs show.
//!
//! - **Links** (HAL): the answer has `_links` (a map of link objects with an `href`, or an
//!   object with a `next` link) and `_embedded` holding one list; the request has an offset or
//!   a limit, or the answer a total. The next page is the `next` link.
//! - **Cursor**: the request has a cursor (`cursor`, `after`, `page_token`, ...) and the
//!   answer the next one (`next_cursor`, `next_page_token`, ...), and either one list of items
//!   or a `has_more` flag.
//! - **Offset**: the request has an offset (`offset`, `skip`, or a `page` number) and the
//!   answer one list of items; a limit (`limit`, `count`, `page_size`, ...) and a total
//!   (`total`, `total_count`, or `total_<items>`) are used when documented.
//!
//! Fields are matched by name (documented or wire, ignoring case and separators) and type.
//! Request fields are looked for in the request struct and, when the body is one of its
//! fields, in the body, then one level down in their optional objects that may be empty
//! (`options.offset`): the next page's request is written in place, creating such an object
//! when it is absent. A [`Hint`] per operation (from the
//! provider's configuration) turns detection off, forces a style, or names the fields.

use crate::ir::*;

/// What the configuration says about one operation's pages. Field names are documented or
/// wire names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hint {
    /// `Some(None)`: the operation is not paginated, whatever its fields.
    pub style: Option<Option<Style>>,
    pub cursor: Option<String>,
    pub next: Option<String>,
    pub offset: Option<String>,
    pub limit: Option<String>,
    pub items: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Cursor,
    Offset,
    Page,
    Links,
}

const CURSORS: &[&str] = &[
    "cursor",
    "after",
    "pagetoken",
    "nextpagetoken",
    "startingafter",
    "continuationtoken",
    "nextcursor",
    "pagecursor",
];
const NEXT_CURSORS: &[&str] = &[
    "nextcursor",
    "cursor",
    "nextpagetoken",
    "nexttoken",
    "endcursor",
    "continuationtoken",
];
const HAS_MORE: &[&str] = &["hasmore", "hasnextpage", "hasnext", "more"];
const OFFSETS: &[&str] = &["offset", "skip", "start"];
const PAGES: &[&str] = &["page", "pagenumber", "pagenum"];
const LIMITS: &[&str] = &[
    "limit",
    "count",
    "pagesize",
    "perpage",
    "size",
    "maxresults",
];
const TOTALS: &[&str] = &["total", "totalcount", "totalitems", "totalresults"];

/// Sets [`Operation::pagination`] on every operation whose fields show pages. `hints` is
/// indexed like the operations. Returns the operations whose hint could not be followed,
/// with why.
pub fn detect(provider: &mut Provider, hints: &[Option<Hint>]) -> Vec<(usize, String)> {
    let mut problems = Vec::new();
    for index in 0..provider.operations.len() {
        let hint = hints.get(index).cloned().flatten();
        let found = match &hint {
            Some(Hint {
                style: Some(None), ..
            }) => None,
            Some(hint) => {
                let found = paginate(provider, &provider.operations[index], hint);
                if found.is_none() {
                    problems.push((
                        index,
                        "the fields the pagination settings name (or detection) show no \
                         pagination for this operation"
                            .to_string(),
                    ));
                }
                found
            }
            None => paginate(provider, &provider.operations[index], &Hint::default()),
        };
        provider.operations[index].pagination = found;
    }
    problems
}

fn paginate(provider: &Provider, op: &Operation, hint: &Hint) -> Option<Pagination> {
    let Response::Body(TypeRef::Named(response)) = &op.response else {
        return None;
    };
    let response = *response;
    let request = request_fields(provider, op);
    let answer = fields_of(provider, response, &[]);
    let style = hint.style.flatten();
    let wants = |s: Style| style.is_none() || style == Some(s);
    let offset_in_request = find(&request, OFFSETS, hint.offset.as_deref(), is_number)
        .or_else(|| find(&request, PAGES, None, is_number));
    let limit = find(&request, LIMITS, hint.limit.as_deref(), is_number);

    if wants(Style::Links) {
        if let Some((links, next, href)) = links(provider, &answer) {
            let embedded = answer
                .iter()
                .find(|(_, f)| normalize(&f.wire_name) == "embedded")
                .and_then(|(path, f)| match &f.ty {
                    TypeRef::Named(id) => Some(fields_of(provider, *id, &path.0)),
                    _ => None,
                });
            let items = embedded.and_then(|fields| list(&fields, &hint.items));
            let total = find(&answer, TOTALS, None, is_number);
            if items.is_some()
                && (total.is_some() || offset_in_request.is_some() || limit.is_some())
            {
                return Some(Pagination {
                    style: PagingStyle::Links { links, next, href },
                    items,
                });
            }
        }
    }
    let items = list(&answer, &hint.items).or_else(|| counted_list(&answer));
    if wants(Style::Cursor) {
        let cursor = find(&request, CURSORS, hint.cursor.as_deref(), is_string);
        let next = find(&answer, NEXT_CURSORS, hint.next.as_deref(), is_string);
        let has_more = find(&answer, HAS_MORE, None, is_boolean);
        if let (Some(cursor), Some(next)) = (cursor, next) {
            if items.is_some() || has_more.is_some() {
                return Some(Pagination {
                    style: PagingStyle::Cursor {
                        cursor,
                        next,
                        has_more,
                    },
                    items,
                });
            }
        }
    }
    if wants(Style::Offset) || wants(Style::Page) {
        let by_items = find(&request, OFFSETS, hint.offset.as_deref(), is_number)
            .filter(|_| wants(Style::Offset));
        let by_page =
            find(&request, PAGES, hint.offset.as_deref(), is_number).filter(|_| wants(Style::Page));
        let (offset, pages) = match (by_items, by_page) {
            (Some(offset), _) => (offset, false),
            (None, Some(page)) => (page, true),
            (None, None) => return None,
        };
        let list = items
            .as_ref()?
            .0
            .last()
            .and_then(|step| step.get(provider))?;
        // `total`, or the total of the items by name (`payments` and `total_payments`).
        let total = find(&answer, TOTALS, None, is_number).or_else(|| {
            let named = format!("total{}", normalize(&list.wire_name));
            find(&answer, &[named.as_str()], None, is_number)
        });
        return Some(Pagination {
            style: PagingStyle::Offset {
                offset,
                limit,
                pages,
                total,
            },
            items,
        });
    }
    None
}

/// The request's fields, by path: the request struct's, and its body struct's when the body
/// is a required field of it. Only required steps lead to a field.
fn request_fields<'p>(provider: &'p Provider, op: &Operation) -> Vec<(FieldPath, &'p Field)> {
    let Some(id) = op.request else {
        return Vec::new();
    };
    let mut fields = fields_of(provider, id, &[]);
    if let Some(Body {
        ty: TypeRef::Named(body),
        field: Some(index),
        ..
    }) = &op.body
    {
        let step = FieldStep {
            ty: id,
            field: *index,
        };
        if step
            .get(provider)
            .is_some_and(|f| f.presence == Presence::Required && !f.boxed)
        {
            fields.extend(fields_of(provider, *body, &[step]));
        }
    }
    // After every direct field, so that a direct one wins over one of the same name inside.
    let nested: Vec<_> = fields
        .iter()
        .filter(|(_, f)| f.presence == Presence::Optional)
        .filter_map(|(path, f)| match f.ty {
            TypeRef::Named(id) => match &provider.ty(id).kind {
                TypeKind::Struct(s) if s.role == StructRole::Wire && s.may_be_empty() => {
                    Some(fields_of(provider, id, &path.0))
                }
                _ => None,
            },
            _ => None,
        })
        .flatten()
        .collect();
    fields.extend(nested);
    fields
}

/// The fields of struct `id`, each with its path (`prefix` then the field).
fn fields_of<'p>(
    provider: &'p Provider,
    id: TypeId,
    prefix: &[FieldStep],
) -> Vec<(FieldPath, &'p Field)> {
    let TypeKind::Struct(s) = &provider.ty(id).kind else {
        return Vec::new();
    };
    s.fields
        .iter()
        .enumerate()
        .filter(|(index, f)| s.tag != Some(*index) && !f.boxed)
        .map(|(index, f)| {
            let mut path = prefix.to_vec();
            path.push(FieldStep {
                ty: id,
                field: index,
            });
            (FieldPath(path), f)
        })
        .collect()
}

/// The first field (in the order of `names`) whose name is one of `names`, or is `given`, with
/// a type `ok` accepts.
fn find(
    fields: &[(FieldPath, &Field)],
    names: &[&str],
    given: Option<&str>,
    ok: fn(&TypeRef) -> bool,
) -> Option<FieldPath> {
    let matches =
        |f: &Field, name: &str| normalize(&f.name) == name || normalize(&f.wire_name) == name;
    let candidates: Vec<String> = match given {
        Some(given) => vec![normalize(given)],
        None => names.iter().map(|n| n.to_string()).collect(),
    };
    candidates.iter().find_map(|name| {
        fields
            .iter()
            .find(|(_, f)| matches(f, name) && ok(&f.ty))
            .map(|(path, _)| path.clone())
    })
}

/// The one list field among `fields` (or the one `given` names).
fn list(fields: &[(FieldPath, &Field)], given: &Option<String>) -> Option<FieldPath> {
    let lists: Vec<&(FieldPath, &Field)> = fields
        .iter()
        .filter(|(_, f)| matches!(f.ty, TypeRef::List(_)))
        .filter(|(_, f)| {
            given.as_deref().is_none_or(|g| {
                normalize(g) == normalize(&f.name) || normalize(g) == normalize(&f.wire_name)
            })
        })
        .collect();
    match lists.as_slice() {
        [(path, _)] => Some(path.clone()),
        _ => None,
    }
}

/// Among several lists, the one a `total_<list>` number counts (`transactions` beside
/// `total_transactions`).
fn counted_list(fields: &[(FieldPath, &Field)]) -> Option<FieldPath> {
    let totals: Vec<String> = fields
        .iter()
        .filter(|(_, f)| is_number(&f.ty))
        .map(|(_, f)| normalize(&f.wire_name))
        .collect();
    let counted: Vec<&FieldPath> = fields
        .iter()
        .filter(|(_, f)| matches!(f.ty, TypeRef::List(_)))
        .filter(|(_, f)| totals.contains(&format!("total{}", normalize(&f.wire_name))))
        .map(|(path, _)| path)
        .collect();
    match counted.as_slice() {
        [path] => Some((*path).clone()),
        _ => None,
    }
}

/// The answer's `_links` field, where its `next` link is, and the link object's `href`.
fn links(
    provider: &Provider,
    answer: &[(FieldPath, &Field)],
) -> Option<(FieldPath, NextLink, FieldStep)> {
    let (path, field) = answer
        .iter()
        .find(|(_, f)| normalize(&f.wire_name) == "links")?;
    let href = |id: TypeId| -> Option<FieldStep> {
        let TypeKind::Struct(s) = &provider.ty(id).kind else {
            return None;
        };
        let index = s
            .fields
            .iter()
            .position(|f| normalize(&f.wire_name) == "href" && is_string(&f.ty) && !f.boxed)?;
        Some(FieldStep {
            ty: id,
            field: index,
        })
    };
    match &field.ty {
        TypeRef::Map(inner) => match **inner {
            TypeRef::Named(link) => {
                Some((path.clone(), NextLink::Entry("next".into()), href(link)?))
            }
            _ => None,
        },
        TypeRef::Named(id) => {
            let (next, f) = fields_of(provider, *id, &[])
                .into_iter()
                .find(|(_, f)| normalize(&f.wire_name) == "next")?;
            let TypeRef::Named(link) = f.ty else {
                return None;
            };
            Some((path.clone(), NextLink::Field(next.0[0]), href(link)?))
        }
        _ => None,
    }
}

/// Lower case, letters and digits only: `next_cursor`, `nextCursor` and `Next-Cursor` are one.
fn normalize(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn is_string(ty: &TypeRef) -> bool {
    *ty == TypeRef::Primitive(Primitive::String)
}

fn is_number(ty: &TypeRef) -> bool {
    matches!(
        ty,
        TypeRef::Primitive(Primitive::Integer | Primitive::Number)
    )
}

fn is_boolean(ty: &TypeRef) -> bool {
    *ty == TypeRef::Primitive(Primitive::Boolean)
}
