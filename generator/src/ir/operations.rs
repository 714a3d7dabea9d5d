//! Operations: where they come from (SDK pages, endpoint pages), which models they take and
//! return, and where each request field goes on the wire.
//!
//! SDK docs pass one request object per method. When an operation has path, query or header
//! parameters, that object is a wrapper holding them plus the body; otherwise it is the body
//! itself. A wrapper is recognised by its fields (one names a path placeholder, one is the
//! `requestBody`, the config places one) or by the method (a GET has no body).

use super::lower::{Lowering, ResolvedRef, Slot};
use super::*;
use crate::config::{BodyKind, Location};
use crate::diagnostics::{Code, Diagnostic};
use crate::dialect::DocType;
use crate::docs::{EndpointPage, PageKind, SdkOperation};
use heck::{ToLowerCamelCase, ToSnakeCase};
use std::collections::BTreeMap;

/// An operation before its request is split into parameters and body.
struct Draft {
    name: String,
    method: Option<Method>,
    path: Option<String>,
    summary: String,
    docs: String,
    deprecated: bool,
    request: Option<TypeId>,
    response: Response,
    span: Span,
}

pub(super) fn bind(l: &mut Lowering<'_>) -> Vec<Operation> {
    let schemas = schema_sentences(l);
    let mut drafts: Vec<Draft> = Vec::new();

    // Endpoint pages first: they state method and path.
    let mut endpoints: BTreeMap<String, usize> = BTreeMap::new();
    for index in 0..l.input.pages.len() {
        if let PageKind::Endpoint(page) = &l.page(index).kind {
            endpoints.insert(page.path.clone(), drafts.len());
            let draft = endpoint_draft(l, index, page, &schemas);
            drafts.push(draft);
        }
    }

    for index in 0..l.input.pages.len() {
        let PageKind::Sdk(sdk) = &l.page(index).kind else { continue };
        for op in &sdk.operations {
            let Some(draft) = sdk_draft(l, index, op, &schemas) else { continue };
            // The same operation on an endpoint page: the SDK page adds its name.
            if let Some(&existing) = draft.path.as_ref().and_then(|p| endpoints.get(p)) {
                let known = &mut drafts[existing];
                if draft.method.is_none() || draft.method == known.method {
                    known.name = draft.name;
                    known.request = known.request.or(draft.request);
                    if matches!(known.response, Response::Empty) {
                        known.response = draft.response;
                    }
                    continue;
                }
            }
            drafts.push(draft);
        }
    }

    let default_method = l
        .config()
        .http
        .default_method
        .as_ref()
        .map(|m| (Method::parse(m.get_ref()), m.span()));
    let mut operations: Vec<Operation> = Vec::new();
    let mut seen: BTreeMap<(Method, String), Span> = BTreeMap::new();
    for draft in drafts {
        let Some(path) = draft.path else {
            *l.stats
                .inferred
                .entry("operations left out: the docs state no path")
                .or_default() += 1;
            continue;
        };
        let (method, method_inferred) = match (draft.method, &default_method) {
            (Some(method), _) => (method, false),
            (None, Some((Some(method), _))) => (*method, true),
            (None, _) => {
                l.diagnostics.push(
                    Diagnostic::error(Code::BadOperation, format!("the docs do not say which HTTP method `{path}` uses"))
                        .at(draft.span, "this operation")
                        .note("set `http.default_method` in provider.toml, or document the method"),
                );
                continue;
            }
        };
        if method_inferred {
            *l.stats
                .inferred
                .entry("operations use the default method (the docs state none)")
                .or_default() += 1;
        }
        if let Some(first) = seen.insert((method, path.clone()), draft.span) {
            let at = l.sources.location(first);
            l.diagnostics.push(
                Diagnostic::error(Code::BadOperation, format!("`{} {path}` is documented twice", method.as_str()))
                    .at(draft.span, "second operation")
                    .note(format!("first at {at}")),
            );
            continue;
        }
        let (parameters, body) = match draft.request {
            Some(request) => bind_request(l, method, &path, request, draft.span),
            None => (Vec::new(), None),
        };
        check_placeholders(l, &path, &parameters, draft.span);
        operations.push(Operation {
            name: draft.name,
            method,
            method_inferred,
            path,
            summary: draft.summary,
            docs: draft.docs,
            deprecated: draft.deprecated,
            request: draft.request,
            parameters,
            body,
            response: draft.response,
            span: draft.span,
        });
    }
    operations.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.path.cmp(&b.path)));
    operations
}

/// Model pages that say "X defines the request schema for `/path`" (or response), by path.
struct Schemas {
    request: BTreeMap<String, usize>,
    response: BTreeMap<String, usize>,
}

fn schema_sentences(l: &Lowering<'_>) -> Schemas {
    let mut schemas = Schemas {
        request: BTreeMap::new(),
        response: BTreeMap::new(),
    };
    for index in 0..l.input.pages.len() {
        let PageKind::Model(model) = &l.page(index).kind else { continue };
        if !matches!(l.slots[index], Slot::Type(_)) {
            continue;
        }
        for (kind, map) in [("request", &mut schemas.request), ("response", &mut schemas.response)] {
            for path in schema_paths(&model.description.markdown, kind) {
                map.entry(path).or_insert(index);
            }
        }
    }
    schemas
}

/// The backticked paths after "defines the <kind> schema for", up to the end of the sentence.
pub fn schema_paths(text: &str, kind: &str) -> Vec<String> {
    let marker = format!("defines the {kind} schema for");
    let Some(at) = text.find(&marker) else { return Vec::new() };
    let rest = &text[at + marker.len()..];
    let sentence = rest.split(". ").next().unwrap_or(rest);
    sentence
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|p| p.starts_with('/'))
        .map(str::to_string)
        .collect()
}

/// The first path written like "The `/accounts/get` endpoint" in an operation's description.
fn described_path(text: &str) -> Option<String> {
    let mut parts = text.split('`');
    parts.next();
    while let (Some(code), Some(after)) = (parts.next(), parts.next()) {
        if code.starts_with('/') && after.trim_start().starts_with("endpoint") {
            return Some(code.to_string());
        }
    }
    None
}

fn endpoint_draft(l: &mut Lowering<'_>, index: usize, page: &EndpointPage, schemas: &Schemas) -> Draft {
    let lookup = |map: &BTreeMap<String, usize>, kind: &str, l: &mut Lowering<'_>| -> Option<TypeId> {
        match map.get(&page.path).map(|&p| &l.slots[p]) {
            Some(Slot::Type(id)) => Some(*id),
            _ => {
                l.diagnostics.push(
                    Diagnostic::error(Code::MissingModel, format!("no model is the {kind} of `{} {}`", page.method, page.path))
                        .at(page.span, "this endpoint")
                        .note(format!(
                            "expected a model page whose description says \"<Name> defines the {kind} schema for `{}`\"",
                            page.path
                        )),
                );
                None
            }
        }
    };
    let request = lookup(&schemas.request, "request", l);
    let response = lookup(&schemas.response, "response", l)
        .map(|id| Response::Body(TypeRef::Named(id)))
        .unwrap_or(Response::Empty);
    Draft {
        name: name_from_path(&page.path),
        method: Method::parse(&page.method),
        path: Some(page.path.clone()),
        summary: page.summary.clone(),
        docs: l.prose(&page.description.markdown, index),
        deprecated: false,
        request,
        response,
        span: page.span,
    }
}

fn sdk_draft(l: &mut Lowering<'_>, index: usize, op: &SdkOperation, schemas: &Schemas) -> Option<Draft> {
    let mut request = None;
    for row in &op.parameters {
        if row.name != "request" {
            // `options`, `options.retries`, `security`: how the SDK is called, not the API.
            continue;
        }
        let Some(ty) = l.parse_cell(&row.ty) else { continue };
        let DocType::Named(named) = &ty else {
            l.diagnostics.push(
                Diagnostic::error(Code::NotWireType, "the request parameter is not a model")
                    .at(row.ty.span, "expected a link to the request model"),
            );
            continue;
        };
        match l.resolve(named, index, row.ty.span) {
            Some(ResolvedRef::Type(id)) => request = Some(id),
            Some(_) => l.diagnostics.push(
                Diagnostic::error(Code::NotWireType, format!("`{}` cannot be a request", named.name))
                    .at(row.ty.span.sub(named.range.clone()), "not a request model"),
            ),
            None => {}
        }
    }
    let response = match &op.response {
        Some(cell) => response_of(l, index, cell)?,
        None => Response::Empty,
    };
    let request_page = request.map(|id| l.types[id.0 as usize].location.clone());
    let path = op
        .path
        .clone()
        .or_else(|| {
            let page = *l.by_path.get(request_page.as_deref()?)?;
            let PageKind::Model(model) = &l.page(page).kind else { return None };
            schema_paths(&model.description.markdown, "request").into_iter().next()
        })
        .or_else(|| described_path(&op.description.markdown));
    let _ = schemas;
    Some(Draft {
        name: op.operation_id.clone().unwrap_or_else(|| op.name.clone()),
        method: op.method.as_deref().and_then(Method::parse),
        path,
        summary: op.summary.clone(),
        docs: l.prose(&op.description.markdown, index),
        deprecated: op.deprecated,
        request,
        response,
        span: op.span,
    })
}

fn response_of(l: &mut Lowering<'_>, index: usize, cell: &crate::docs::TypeCell) -> Option<Response> {
    let ty = l.parse_cell(cell)?;
    let named = match &ty {
        DocType::External(_) => return Some(Response::Empty),
        DocType::Named(named) => named,
        other => {
            return l
                .type_ref(other, index, cell.span)
                .map(Response::Body);
        }
    };
    match l.resolve(named, index, cell.span)? {
        ResolvedRef::Type(id) => Some(Response::Body(TypeRef::Named(id))),
        ResolvedRef::Any => Some(Response::Body(TypeRef::Primitive(Primitive::Any))),
        ResolvedRef::Envelope(page) => {
            let Slot::Envelope(envelope) = l.slots[page].clone() else { return None };
            if envelope.headers_only {
                return Some(Response::Created);
            }
            let Some(field) = envelope.body else { return Some(Response::Empty) };
            let PageKind::Model(model) = &l.page(page).kind else { return None };
            let row = &model.fields[field];
            let ty = l.parse_cell(&row.ty)?;
            Some(Response::Body(l.type_ref(&ty, page, row.ty.span)?))
        }
    }
}

/// `/processor/token/create` → `processor_token_create`.
fn name_from_path(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty() && !s.starts_with('{'))
        .collect::<Vec<_>>()
        .join("_")
        .to_snake_case()
}

/// `{id}` placeholders of a path, in order.
pub fn placeholders(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

fn bind_request(
    l: &mut Lowering<'_>,
    method: Method,
    path: &str,
    request: TypeId,
    span: Span,
) -> (Vec<Parameter>, Option<Body>) {
    let operation_config = l.config().operation(method.as_str(), path);
    let encoding = match operation_config {
        Some(o) if o.body == Some(BodyKind::Form) => BodyEncoding::Form,
        Some(o) if o.content_type.is_some() => BodyEncoding::Json {
            content_type: o.content_type.clone().unwrap_or_default(),
        },
        _ => BodyEncoding::Json {
            content_type: l
                .config()
                .http
                .content_type
                .clone()
                .unwrap_or_else(|| "application/json".into()),
        },
    };
    let def = &l.types[request.0 as usize];
    let TypeKind::Struct(model) = &def.kind else {
        // A union or enum can only be the body itself.
        return (
            Vec::new(),
            Some(Body {
                ty: TypeRef::Named(request),
                field: None,
                encoding,
            }),
        );
    };
    let title = def.name.clone();
    let holes = placeholders(path);
    let has_body = !matches!(method, Method::Get | Method::Head | Method::Delete | Method::Options);

    let mut locations: Vec<Option<(Location, Option<String>)>> = Vec::new();
    for field in &model.fields {
        let location = if let Some(rule) = l.config().parameter(&title, &field.name) {
            Some((rule.location, rule.name.clone()))
        } else if let Some(hole) = holes.iter().find(|h| same_name(h, &field.name)) {
            Some((Location::Path, Some(hole.to_string())))
        } else if field.name == "requestBody" || field.name == "request_body" || names_its_type(&l.types, field) {
            Some((Location::Body, None))
        } else {
            None
        };
        locations.push(location);
    }
    let is_wrapper = !has_body || locations.iter().any(Option::is_some);
    if !is_wrapper {
        return (
            Vec::new(),
            Some(Body {
                ty: TypeRef::Named(request),
                field: None,
                encoding,
            }),
        );
    }

    let mut parameters = Vec::new();
    let mut body: Option<Body> = None;
    for (index, (field, location)) in model.fields.iter().zip(locations).enumerate() {
        let (location, wire) = location.unwrap_or((Location::Query, None));
        let wire_name = wire.unwrap_or_else(|| field.wire_name.clone());
        let location = match location {
            Location::Path => ParamLocation::Path,
            Location::Query => ParamLocation::Query,
            Location::Header => ParamLocation::Header,
            Location::Body => {
                if let Some(first) = &body {
                    let first_name = &model.fields[first.field.unwrap_or(0)].name;
                    l.diagnostics.push(
                        Diagnostic::error(Code::BadOperation, format!("`{title}` has two bodies: `{first_name}` and `{}`", field.name))
                            .at(field.span, "second body")
                            .note("place one of them with a `[[parameters]]` rule in provider.toml"),
                    );
                    continue;
                }
                body = Some(Body {
                    ty: field.ty.clone(),
                    field: Some(index),
                    encoding: encoding.clone(),
                });
                continue;
            }
        };
        parameters.push(Parameter {
            field: index,
            location,
            wire_name,
        });
    }
    if let TypeKind::Struct(model) = &mut l.types[request.0 as usize].kind {
        model.role = StructRole::Parameters;
    }
    let _ = span;
    (parameters, body)
}

/// Every `{placeholder}` of the path must be filled by a path parameter.
fn check_placeholders(l: &mut Lowering<'_>, path: &str, parameters: &[Parameter], span: Span) {
    for hole in placeholders(path) {
        let bound = parameters
            .iter()
            .any(|p| p.location == ParamLocation::Path && p.wire_name == hole);
        if !bound {
            l.diagnostics.push(
                Diagnostic::error(Code::BadOperation, format!("nothing fills `{{{hole}}}` in `{path}`"))
                    .at(span, "this operation")
                    .note(format!("expected a request field named `{hole}`")),
            );
        }
    }
}

/// `ledgerEntryId` fills `{ledger_entry_id}` and the like.
fn same_name(placeholder: &str, field: &str) -> bool {
    placeholder == field || placeholder.to_snake_case() == field.to_snake_case()
}

/// Speakeasy names a wrapper's body field after the body's type
/// (`createCustomerFundingSource: models.CreateCustomerFundingSource`).
fn names_its_type(types: &[TypeDef], field: &Field) -> bool {
    match &field.ty {
        TypeRef::Named(id) => {
            let def = &types[id.0 as usize];
            !matches!(def.kind, TypeKind::Enum(_))
                && (def.name.to_lower_camel_case() == field.name || def.name.to_snake_case() == field.name)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_sentences_name_paths() {
        assert_eq!(
            schema_paths("AccountsGetResponse defines the response schema for `/accounts/get` and `/accounts/balance/get`.", "response"),
            ["/accounts/get", "/accounts/balance/get"]
        );
        assert_eq!(
            schema_paths("X defines the request schema for `/a`. See `/b`.", "request"),
            ["/a"]
        );
        assert!(schema_paths("X defines the request schema for `/a`", "response").is_empty());
    }

    #[test]
    fn described_paths() {
        assert_eq!(
            described_path("The `/accounts/balance/get` endpoint returns the balance. See `/x` too."),
            Some("/accounts/balance/get".into())
        );
        assert_eq!(described_path("Use `/x` later"), None);
    }

    #[test]
    fn paths_to_names_and_placeholders() {
        assert_eq!(name_from_path("/processor/token/create"), "processor_token_create");
        assert_eq!(placeholders("/customers/{id}/funding-sources/{fsId}"), ["id", "fsId"]);
        assert!(same_name("ledger_entry_id", "ledgerEntryId"));
    }
}
