//! Flattened request bodies.
//!
//! Speakeasy's SDKs may take the fields of an object request body as method arguments of
//! their own (`employees.create(first_name=.., address=..)` instead of one body argument), next
//! to the path, query and header parameters. The Parameters table then lists the body's fields
//! one per row, and nothing says which rows are the body: read one by one, scalars would look
//! like query parameters and every object like a second body.
//!
//! The body's model still has its own page. So when the rows of a method that sends a body
//! (POST, PUT, PATCH), leaving out those that fill a `{placeholder}` of the path, are exactly
//! the fields of one model page, they are that model, sent as the body: they become one body
//! parameter of the model's type. Otherwise (a query parameter among them, say) the rows stay
//! as they are, and so do rows that are a request object's fields: parameters and a field
//! holding the body (C# passes `OpenResponsesRequest` next to its header parameters).

use super::super::ProviderPages;
use crate::dialect::{DocType, NamedRef};
use crate::docs::{namespace_of, PageKind, ParamPlace, ParameterRow, Prose, TypeCell};
use heck::ToSnakeCase;
use std::collections::BTreeSet;

/// Methods that send a request body.
const BODY_METHODS: &[&str] = &["POST", "PUT", "PATCH"];

pub fn bind_flattened_bodies(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    for &index in mine {
        let PageKind::Operations(page) = &pages.pages[index].kind else {
            continue;
        };
        let plans: Vec<(usize, Vec<usize>, usize)> = page
            .operations
            .iter()
            .enumerate()
            .filter_map(|(i, op)| {
                let method = op.method.as_deref()?;
                if op.request.is_some() || !BODY_METHODS.contains(&method) {
                    return None;
                }
                let holes = placeholders(op.path.as_deref().unwrap_or_default());
                let rows: Vec<usize> = (0..op.parameters.len())
                    .filter(|&j| {
                        let row = &op.parameters[j];
                        row.place == ParamPlace::Unstated
                            && !holes
                                .iter()
                                .any(|h| h.to_snake_case() == row.name.to_snake_case())
                    })
                    .collect();
                // One row alone is the body or a parameter, as its type says.
                if rows.len() < 2 {
                    return None;
                }
                let names: BTreeSet<&str> = rows
                    .iter()
                    .map(|&j| op.parameters[j].name.as_str())
                    .collect();
                let model = body_model(pages, &names, &op.name)?;
                // Rows that are a request object's fields (parameters, and the body in a
                // field named after its type: C#'s `CreateXRequest`) are not a flattened
                // body: each row is what it looks like.
                if super::conventions::body_field(pages, model).is_some() {
                    return None;
                }
                Some((i, rows, model))
            })
            .collect();
        for (op_index, rows, model) in plans {
            let (title, description) = match &pages.pages[model].kind {
                PageKind::Model(m) => (m.title.name.clone(), m.description.clone()),
                _ => continue,
            };
            let namespace = namespace_of(pages.path(model)).to_string();
            let PageKind::Operations(page) = &mut pages.pages[index].kind else {
                continue;
            };
            let op = &mut page.operations[op_index];
            let span = op.parameters[rows[0]].span;
            let required = rows.iter().any(|&j| op.parameters[j].required);
            let name = format!("{namespace}.{title}");
            let mut ty = TypeCell::new(name.clone(), span);
            ty.ty = Some(DocType::Named(NamedRef {
                range: 0..name.len(),
                name,
                link: None,
            }));
            let body = ParameterRow {
                name: "body".to_string(),
                wire_name: None,
                place: ParamPlace::Body,
                ty,
                required,
                description: Prose::new(description.markdown),
                span,
            };
            let mut kept = Vec::with_capacity(op.parameters.len());
            for (j, row) in std::mem::take(&mut op.parameters).into_iter().enumerate() {
                if j == rows[0] {
                    kept.push(body.clone());
                }
                if !rows.contains(&j) {
                    kept.push(row);
                }
            }
            op.parameters = kept;
        }
    }
}

/// The model page whose fields are exactly `names`; among several, the one named after the
/// operation (`EmployeeCreate` for `EmployeeCreate`, or with `RequestBody` after it).
fn body_model(pages: &ProviderPages<'_>, names: &BTreeSet<&str>, operation: &str) -> Option<usize> {
    let found: Vec<usize> = (0..pages.pages.len())
        .filter(|&m| match &pages.pages[m].kind {
            PageKind::Model(model) => {
                model.wrapper.is_none()
                    && model.fields.len() == names.len()
                    && model.fields.iter().all(|f| names.contains(f.name.as_str()))
            }
            _ => false,
        })
        .collect();
    match found.as_slice() {
        [one] => Some(*one),
        many => {
            let named = |m: &&usize| match &pages.pages[**m].kind {
                PageKind::Model(model) => {
                    let title = model.title.name.as_str();
                    title.eq_ignore_ascii_case(operation)
                        || title
                            .strip_suffix("RequestBody")
                            .is_some_and(|t| t.eq_ignore_ascii_case(operation))
                }
                _ => false,
            };
            let mut named = many.iter().filter(named);
            match (named.next(), named.next()) {
                (Some(one), None) => Some(*one),
                _ => None,
            }
        }
    }
}

/// The `{placeholder}` names of a path.
fn placeholders(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}
