//! What Speakeasy's docs mean beyond their structure, read across a provider's pages once
//! their Type cells are known:
//!
//! - **Results that may be null.** PHP (`?Operations\\X`) and Ruby (`T.nilable(...)`) methods
//!   say they return nothing when the call fails; the wire answer is the type itself.
//! - **Nullability in prose.** Where the notation cannot say that a required field may be
//!   `null` (PHP's), an example that is `null` or a description saying when the field is `null`
//!   does.
//! - **Response wrappers.** SDK methods return an object around the body: status code, content
//!   type, raw response and headers, named per language (`status_code`, `StatusCode`,
//!   `rawResponse`, ...). Those pages are not wire types; the field left over is the body.
//!   A wrapper of only `headers` is how a `201 Created` with a `Location` is shown.
//! - **SDK-only rows.** A row naming an SDK class (a raw response) is not on the wire; an
//!   `additional_properties` row holds the properties beyond the documented ones.
//! - **SDK-only union members.** A response that is JSON or a stream of server-sent events is
//!   a union whose stream member is an SDK class (`EventStream<T>`): the JSON member is the
//!   wire type.
//! - **Request objects.** The `request` parameter is a model holding the operation's
//!   parameters and its body; the body is the `requestBody` field, or the one field named
//!   after its type when every other field could be a parameter.
//! - **Flattened bodies.** Body fields listed as parameters of their own are the body model
//!   ([`super::flattening`]).
//! - **Wire names from examples.** JSON in the Example column names the fields of the model
//!   it shows as the wire does ([`super::renames`]).
//! - **Dates from examples.** Where a field's Type cell and its examples disagree on date
//!   against timestamp, the examples show the wire ([`super::dates`]).
//! - **Paths from prose.** Docs without usage comments state no path; the path is read from
//!   the request model's description or the provider's prose ([`super::super::prose`]).

use super::super::prose;
use super::super::ProviderPages;
use crate::diagnostics::Diagnostics;
use crate::dialect::{DocType, NamedRef};
use crate::docs::{FieldRole, FormatId, ModelPage, PageKind, ResponseWrapper};
use crate::ir::Primitive;
use heck::{ToLowerCamelCase, ToSnakeCase};
use std::collections::BTreeSet;

/// Rows of a response wrapper that are the SDK's, not the body.
const WRAPPER_ROWS: &[&str] = &[
    "content_type",
    "status_code",
    "raw_response",
    "contentType",
    "statusCode",
    "rawResponse",
    "HTTPMeta",
    "HttpMeta",
];

/// Go and C# keep status, content type and raw response in one metadata field, in response
/// wrappers and error models alike.
const META_ROWS: &[&str] = &["HTTPMeta", "HttpMeta"];

/// Fields that are a request object's body, by Speakeasy's naming.
const BODY_FIELDS: &[&str] = &["requestBody", "request_body"];

pub fn apply(format: FormatId, pages: &mut ProviderPages<'_>, _diagnostics: &mut Diagnostics) {
    let mine = pages.of_format(format);
    unwrap_results(pages, &mine);
    if pages
        .dialect(format)
        .is_some_and(|d| !d.writes_required_nullability())
    {
        nullable_from_prose(pages, &mine);
    }
    find_wrappers(pages, &mine);
    mark_rows(pages, &mine);
    drop_sdk_members(pages, &mine);
    bind_request_objects(pages, &mine);
    super::flattening::bind_flattened_bodies(pages, &mine);
    super::renames::learn_wire_names(pages, &mine);
    super::dates::dates_from_examples(pages, &mine);
    infer_paths(pages, &mine);
}

/// The page a reference points at.
fn target(pages: &ProviderPages<'_>, from: usize, named: &NamedRef) -> Option<usize> {
    pages.find(from, named)
}

fn unwrap_results(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    for &index in mine {
        let PageKind::Operations(page) = &mut pages.pages[index].kind else {
            continue;
        };
        for op in &mut page.operations {
            if let Some(cell) = &mut op.response {
                let mut ty = cell.ty.take();
                while let Some(DocType::Nullable(inner)) = ty {
                    ty = Some(*inner);
                }
                cell.ty = ty;
            }
        }
    }
}

fn nullable_from_prose(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    for &index in mine {
        let PageKind::Model(model) = &mut pages.pages[index].kind else {
            continue;
        };
        for field in model.fields.iter_mut().filter(|f| f.required) {
            if field.examples.iter().any(|e| e == "null") || says_null(&field.description.markdown)
            {
                field.nullable = true;
            }
        }
    }
}

/// Whether a description says its field may be `null`: it names `null` other than to deny
/// it (`never null`, `non-null`).
fn says_null(description: &str) -> bool {
    let lower = description.to_ascii_lowercase();
    let words = lower
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty());
    let mut previous = "";
    for word in words {
        if word == "null" && !matches!(previous, "not" | "never" | "no") {
            return true;
        }
        previous = word;
    }
    false
}

fn find_wrappers(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    // The models SDK methods return: a wrapper of only headers is one of them.
    let mut responses = BTreeSet::new();
    for &index in mine {
        if let PageKind::Operations(page) = &pages.pages[index].kind {
            for op in &page.operations {
                let named = op.response.as_ref().and_then(|cell| match &cell.ty {
                    Some(DocType::Named(named)) => Some(named),
                    _ => None,
                });
                if let Some(found) = named.and_then(|n| target(pages, index, n)) {
                    responses.insert(found);
                }
            }
        }
    }
    let error_title = pages
        .config
        .error_model
        .as_ref()
        .map(|m| m.get_ref().clone());
    for &index in mine {
        let PageKind::Model(model) = &mut pages.pages[index].kind else {
            continue;
        };
        model.wrapper = wrapper(model, responses.contains(&index), error_title.as_deref());
    }
}

/// Whether `model` is a response wrapper, and which field is its body.
fn wrapper(
    model: &ModelPage,
    is_response: bool,
    error_title: Option<&str>,
) -> Option<ResponseWrapper> {
    let names: Vec<&str> = model.fields.iter().map(|f| f.name.as_str()).collect();
    let types: Vec<Option<&DocType>> = model.fields.iter().map(|f| f.ty.ty.as_ref()).collect();
    let is_wrapper_row = |i: usize| {
        WRAPPER_ROWS.contains(&names[i]) || (names[i] == "headers" && is_header_map(types[i]))
    };
    // Go and C# error models carry the metadata too, so it marks only what methods return.
    let meta_style = is_response && names.iter().any(|n| META_ROWS.contains(n));
    let python_style = meta_style
        || names.contains(&"raw_response")
        || names.contains(&"rawResponse")
        || (names.contains(&"status_code") && names.contains(&"content_type"));
    let header_style = is_response
        && names.first() == Some(&"headers")
        && is_header_map(types[0])
        && names.len() <= 2;
    if !(python_style || header_style) {
        return None;
    }
    let rest: Vec<usize> = (0..names.len()).filter(|&i| !is_wrapper_row(i)).collect();
    // Error wrappers carry the error model beside the body; the body is the other field.
    let is_error = |i: usize| match types[i].and_then(named_of) {
        Some(named) => match error_title {
            Some(title) => named.split().1 == title,
            None => names[i].ends_with("error"),
        },
        None => false,
    };
    Some(ResponseWrapper {
        body: rest.iter().copied().find(|&i| !is_error(i)),
        headers_only: header_style && rest.is_empty(),
    })
}

fn is_header_map(ty: Option<&DocType>) -> bool {
    matches!(ty, Some(DocType::Map(inner)) if matches!(inner.as_ref(), DocType::List(s) if **s == DocType::Primitive(Primitive::String)))
}

/// The reference of a named type, possibly nullable.
fn named_of(ty: &DocType) -> Option<&NamedRef> {
    match ty {
        DocType::Named(named) => Some(named),
        DocType::Nullable(inner) => named_of(inner),
        _ => None,
    }
}

/// `additional_properties` rows and rows naming SDK classes.
fn mark_rows(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    for &index in mine {
        let PageKind::Model(model) = &mut pages.pages[index].kind else {
            continue;
        };
        for field in &mut model.fields {
            field.role = match &field.ty.ty {
                Some(DocType::External(_)) => FieldRole::SdkOnly,
                _ if META_ROWS.contains(&field.name.as_str()) => FieldRole::SdkOnly,
                _ if field.name == "additional_properties"
                    || field.name == "additionalProperties" =>
                {
                    FieldRole::AdditionalProperties
                }
                _ => FieldRole::Wire,
            };
        }
    }
}

/// Union members that are classes of the SDK (an event stream beside a JSON answer), as long
/// as a wire member is left.
fn drop_sdk_members(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    for &index in mine {
        let PageKind::Union(union) = &mut pages.pages[index].kind else {
            continue;
        };
        let is_sdk = |m: &crate::docs::UnionMember| matches!(m.ty.ty, Some(DocType::External(_)));
        if union.members.iter().any(|m| !is_sdk(m)) {
            union.members.retain(|m| !is_sdk(m));
        }
    }
}

/// Finds the body field of each request object.
fn bind_request_objects(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    for &index in mine {
        let PageKind::Operations(page) = &pages.pages[index].kind else {
            continue;
        };
        let found: Vec<Option<String>> = page
            .operations
            .iter()
            .map(|op| {
                let request = op.request.as_ref()?;
                let Some(DocType::Named(named)) = &request.ty.ty else {
                    return None;
                };
                body_field(pages, target(pages, index, named)?)
            })
            .collect();
        let PageKind::Operations(page) = &mut pages.pages[index].kind else {
            continue;
        };
        for (op, body_field) in page.operations.iter_mut().zip(found) {
            if let Some(request) = &mut op.request {
                request.body_field = body_field;
            }
        }
    }
}

/// The body field of the request model on page `model`: `requestBody`, or a field named after
/// its type when every other field could be a parameter.
fn body_field(pages: &ProviderPages<'_>, model: usize) -> Option<String> {
    let PageKind::Model(page) = &pages.pages[model].kind else {
        return None;
    };
    if let Some(field) = page
        .fields
        .iter()
        .find(|f| BODY_FIELDS.contains(&f.name.as_str()))
    {
        return Some(field.name.clone());
    }
    let names_its_type = |index: usize| {
        let field = &page.fields[index];
        let Some(DocType::Named(named)) = &field.ty.ty else {
            return false;
        };
        let Some(target) = target(pages, model, named) else {
            return false;
        };
        let title = match &pages.pages[target].kind {
            PageKind::Model(m) => &m.title.name,
            PageKind::Union(u) => &u.title.name,
            _ => return false,
        };
        title.to_lower_camel_case() == field.name || title.to_snake_case() == field.name
    };
    (0..page.fields.len())
        .find(|&i| {
            names_its_type(i)
                && page
                    .fields
                    .iter()
                    .enumerate()
                    .all(|(j, f)| j == i || parameter_like(pages, model, f.ty.ty.as_ref()))
        })
        .map(|i| page.fields[i].name.clone())
}

/// Whether a value of this type could travel in a path, query or header: a scalar, an enum,
/// or a list of those.
fn parameter_like(pages: &ProviderPages<'_>, from: usize, ty: Option<&DocType>) -> bool {
    match ty {
        None => false,
        Some(
            DocType::Primitive(_) | DocType::Literal(_) | DocType::OneOf(_) | DocType::Enum(_),
        ) => true,
        Some(DocType::List(inner) | DocType::Nullable(inner)) => {
            parameter_like(pages, from, Some(inner))
        }
        Some(DocType::Named(named)) => match target(pages, from, named) {
            Some(page) => matches!(pages.pages[page].kind, PageKind::Enum(_)),
            // Unresolvable: read as any JSON value, if at all.
            None => true,
        },
        Some(DocType::Map(_) | DocType::External(_)) => false,
    }
}

/// Paths of operations whose docs state none, from the request model's description or the
/// provider's prose.
fn infer_paths(pages: &mut ProviderPages<'_>, mine: &[usize]) {
    let all_prose = prose::prose_paths(pages.pages.iter().flat_map(|page| {
        match &page.kind {
            PageKind::Model(model) => vec![model.description.markdown.as_str()],
            PageKind::Operations(ops) => ops
                .operations
                .iter()
                .map(|op| op.description.markdown.as_str())
                .collect(),
            _ => Vec::new(),
        }
    }));
    for &index in mine {
        let PageKind::Operations(page) = &pages.pages[index].kind else {
            continue;
        };
        let inferred: Vec<Option<String>> = page
            .operations
            .iter()
            .map(|op| {
                if op.path.is_some() {
                    return None;
                }
                // The request's model, when it names a wire type.
                let request_page = op
                    .request
                    .as_ref()
                    .and_then(|r| match &r.ty.ty {
                        Some(DocType::Named(named)) => target(pages, index, named),
                        _ => None,
                    })
                    .filter(|&page| match &pages.pages[page].kind {
                        PageKind::Model(model) => model.wrapper.is_none(),
                        PageKind::Enum(_) | PageKind::Union(_) => true,
                        _ => false,
                    });
                let model_paths = request_page
                    .and_then(|page| match &pages.pages[page].kind {
                        PageKind::Model(model) => {
                            Some(prose::schema_paths(&model.description.markdown, "request"))
                        }
                        _ => None,
                    })
                    .unwrap_or_default();
                // "The `/x` endpoint" is only trusted when there is no request model to ask:
                // descriptions also name the endpoints to use instead.
                prose::choose_path(&op.name, &model_paths, &op.description.markdown, &all_prose)
                    .or_else(|| {
                        request_page
                            .is_none()
                            .then(|| prose::described_path(&op.description.markdown))
                            .flatten()
                    })
            })
            .collect();
        let PageKind::Operations(page) = &mut pages.pages[index].kind else {
            continue;
        };
        for (op, path) in page.operations.iter_mut().zip(inferred) {
            if path.is_some() {
                op.path = path;
                op.path_inferred = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::says_null;

    #[test]
    fn descriptions_that_say_null() {
        assert!(says_null(
            "The public link, or `null` if the link is not active."
        ));
        assert!(says_null("Fecha de vencimiento, o null si no aplica."));
        assert!(says_null("`null` = no limit."));
        assert!(!says_null("Never null."));
        assert!(!says_null("A non-null identifier."));
        assert!(!says_null("Street / main thoroughfare."));
        assert!(!says_null("Nullable columns are skipped."));
    }
}
