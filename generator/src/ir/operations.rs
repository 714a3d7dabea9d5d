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
    /// A request that is not a model (raw bytes, say): sent as the whole body.
    raw_body: Option<TypeRef>,
    /// The docs do not state the path; it was read from prose.
    path_inferred: bool,
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
        let PageKind::Sdk(sdk) = &l.page(index).kind else {
            continue;
        };
        for op in &sdk.operations {
            let Some(draft) = sdk_draft(l, index, op, &schemas) else {
                continue;
            };
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
    let mut seen: BTreeMap<(Method, String), (Span, String)> = BTreeMap::new();
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
                    Diagnostic::error(
                        Code::BadOperation,
                        format!("the docs do not say which HTTP method `{path}` uses"),
                    )
                    .at(draft.span, "this operation")
                    .note("set `http.default_method` in provider.toml, or document the method"),
                );
                continue;
            }
        };
        if let Some((first, first_name)) = seen.get(&(method, path.clone())) {
            // SDKs sometimes offer two methods for one operation (a JSON and a raw variant).
            let at = l.sources.location(*first);
            l.diagnostics.push(
                Diagnostic::warning(
                    Code::BadOperation,
                    format!("`{} {path}` is documented twice", method.as_str()),
                )
                .at(draft.span, format!("`{}` is left out", draft.name))
                .note(format!("`{first_name}` at {at} is kept")),
            );
            *l.stats
                .inferred
                .entry("operations left out: another SDK method covers the same path")
                .or_default() += 1;
            continue;
        }
        seen.insert((method, path.clone()), (draft.span, draft.name.clone()));
        if method_inferred {
            *l.stats
                .inferred
                .entry("operations use the default method (the docs state none)")
                .or_default() += 1;
        }
        if draft.path_inferred {
            *l.stats
                .inferred
                .entry("operation paths read from the docs' prose")
                .or_default() += 1;
        }
        let (parameters, mut body) = match (draft.request, draft.raw_body) {
            (Some(request), _) => bind_request(l, method, &path, request),
            (None, Some(ty)) => {
                let encoding = match ty {
                    TypeRef::Primitive(Primitive::Bytes) => BodyEncoding::Binary {
                        content_type: "application/octet-stream".into(),
                    },
                    _ => default_encoding(l, method, &path),
                };
                (
                    Vec::new(),
                    Some(Body {
                        ty,
                        field: None,
                        encoding,
                    }),
                )
            }
            (None, None) => (Vec::new(), None),
        };
        if let Some(body) = body
            .as_mut()
            .filter(|b| matches!(b.encoding, BodyEncoding::Json { .. }))
        {
            if carries_bytes(&l.types, &body.ty) {
                body.encoding = BodyEncoding::Multipart;
                *l.stats
                    .inferred
                    .entry("request bodies with file content sent as multipart/form-data")
                    .or_default() += 1;
            }
        }
        check_placeholders(l, &path, draft.request, &parameters, draft.span);
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

/// Model pages that say "X defines the request schema for `/path`" (or response), by path;
/// and every path the provider's prose names, by the method name it would give.
struct Schemas {
    request: BTreeMap<String, usize>,
    response: BTreeMap<String, usize>,
    prose_paths: BTreeMap<String, Vec<String>>,
}

fn schema_sentences(l: &Lowering<'_>) -> Schemas {
    let mut schemas = Schemas {
        request: BTreeMap::new(),
        response: BTreeMap::new(),
        prose_paths: BTreeMap::new(),
    };
    let mut prose = std::collections::BTreeSet::new();
    for index in 0..l.input.pages.len() {
        match &l.page(index).kind {
            PageKind::Model(model) => prose.extend(backticked_paths(&model.description.markdown)),
            PageKind::Sdk(sdk) => {
                for op in &sdk.operations {
                    prose.extend(backticked_paths(&op.description.markdown));
                }
            }
            _ => {}
        }
    }
    for path in prose {
        schemas
            .prose_paths
            .entry(path_key(&path))
            .or_default()
            .push(path);
    }
    for index in 0..l.input.pages.len() {
        let PageKind::Model(model) = &l.page(index).kind else {
            continue;
        };
        if !matches!(l.slots[index], Slot::Type(_)) {
            continue;
        }
        for (kind, map) in [
            ("request", &mut schemas.request),
            ("response", &mut schemas.response),
        ] {
            for path in schema_paths(&model.description.markdown, kind) {
                map.entry(path).or_insert(index);
            }
        }
    }
    schemas
}

/// The paths a model's description ties it to: those quoted (in backticks or single quotes)
/// after "<kind> schema for", up to the end of the sentence ("X defines the request schema
/// for `/a`", "Request schema for '/b'"); requests also accept "defines the schema for".
pub fn schema_paths(text: &str, kind: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let marker = format!("{kind} schema for");
    let found = lower.find(&marker).map(|at| at + marker.len()).or_else(|| {
        (kind == "request")
            .then(|| lower.find("defines the schema for").map(|at| at + 22))
            .flatten()
    });
    let Some(start) = found else {
        return Vec::new();
    };
    let rest = &text[start..];
    let sentence = rest.split(". ").next().unwrap_or(rest);
    sentence
        .split(['`', '\''])
        .skip(1)
        .step_by(2)
        .filter(|p| p.starts_with('/'))
        .map(normalize_path)
        .collect()
}

/// A documented path without a trailing slash.
fn normalize_path(path: &str) -> String {
    match path.trim_end_matches('/') {
        "" => "/".to_string(),
        trimmed => trimmed.to_string(),
    }
}

/// The path of an SDK method whose docs do not state one. Candidates are the paths its request
/// model's description names, those its own description names, and those named anywhere in
/// the provider's prose. Among them, the ones the method is named after win
/// (`asset_report_audit_copy_get` ↔ `/asset_report/audit_copy/get`, ignoring `beta` and `v1`
/// segments), the most specific first; otherwise the request model's. Descriptions are
/// sometimes copied from a neighbour or lag behind a move to a versioned path, and the
/// method name is what the SDK generator derived from the real path.
fn choose_path(
    method: &str,
    model_paths: &[String],
    description: &str,
    all_prose: &BTreeMap<String, Vec<String>>,
) -> Option<String> {
    let method = method.to_snake_case();
    let own_prose = backticked_paths(description);
    let mut named_after: Vec<&String> = model_paths
        .iter()
        .chain(&own_prose)
        .filter(|path| path_key(path) == method)
        .chain(all_prose.get(&method).into_iter().flatten())
        .collect();
    named_after.sort_by_key(|path| std::cmp::Reverse(path.len()));
    named_after
        .first()
        .map(|path| path.to_string())
        .or_else(|| model_paths.first().cloned())
}

/// A path as a method name: `/beta/credit/v1/bank_employment/get` → `credit_bank_employment_get`.
fn path_key(path: &str) -> String {
    let versioned = |segment: &str| {
        segment == "beta"
            || (segment.len() > 1
                && segment.starts_with('v')
                && segment[1..].chars().all(|c| c.is_ascii_digit()))
    };
    path.split('/')
        .filter(|s| !s.is_empty() && !versioned(s))
        .collect::<Vec<_>>()
        .join("_")
        .to_snake_case()
}

/// The backticked API paths in a text.
fn backticked_paths(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|p| p.starts_with('/') && p.len() > 1 && !p.contains(' '))
        .map(normalize_path)
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

fn endpoint_draft(
    l: &mut Lowering<'_>,
    index: usize,
    page: &EndpointPage,
    schemas: &Schemas,
) -> Draft {
    let lookup = |map: &BTreeMap<String, usize>,
                  kind: &str,
                  l: &mut Lowering<'_>|
     -> Option<TypeId> {
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
        path: Some(normalize_path(&page.path)),
        summary: page.summary.clone(),
        docs: l.prose(&page.description.markdown, index),
        deprecated: false,
        request,
        raw_body: None,
        path_inferred: false,
        response,
        span: page.span,
    }
}

fn sdk_draft(
    l: &mut Lowering<'_>,
    index: usize,
    op: &SdkOperation,
    schemas: &Schemas,
) -> Option<Draft> {
    let mut request = None;
    let mut raw_body = None;
    for row in &op.parameters {
        if row.name != "request" {
            // `options`, `options.retries`, `security`: how the SDK is called, not the API.
            continue;
        }
        let Some(ty) = l.parse_cell(&row.ty) else {
            continue;
        };
        let DocType::Named(named) = &ty else {
            // The whole body, not a model (raw bytes, a list).
            raw_body = l.type_ref(&ty, index, row.ty.span);
            continue;
        };
        match l.resolve(named, index, row.ty.span) {
            Some(ResolvedRef::Type(id)) => request = Some(id),
            Some(_) => l.diagnostics.push(
                Diagnostic::error(
                    Code::NotWireType,
                    format!("`{}` cannot be a request", named.name),
                )
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
    let model_paths = request_page
        .and_then(|page| l.by_path.get(page.as_str()).copied())
        .and_then(|page| match &l.page(page).kind {
            PageKind::Model(model) => Some(schema_paths(&model.description.markdown, "request")),
            _ => None,
        })
        .unwrap_or_default();
    // "The `/x` endpoint" is only trusted when there is no request model to ask: descriptions
    // also name the endpoints to use instead.
    let path = op
        .path
        .as_deref()
        .map(normalize_path)
        .or_else(|| {
            choose_path(
                &op.name,
                &model_paths,
                &op.description.markdown,
                &schemas.prose_paths,
            )
        })
        .or_else(|| {
            request
                .is_none()
                .then(|| described_path(&op.description.markdown))
                .flatten()
        });
    Some(Draft {
        name: op.operation_id.clone().unwrap_or_else(|| op.name.clone()),
        method: op.method.as_deref().and_then(Method::parse),
        path_inferred: op.path.is_none() && path.is_some(),
        path,
        raw_body,
        summary: op.summary.clone(),
        docs: l.prose(&op.description.markdown, index),
        deprecated: op.deprecated,
        request,
        response,
        span: op.span,
    })
}

fn response_of(
    l: &mut Lowering<'_>,
    index: usize,
    cell: &crate::docs::TypeCell,
) -> Option<Response> {
    let ty = l.parse_cell(cell)?;
    let named = match &ty {
        DocType::External(_) => return Some(Response::Empty),
        DocType::Named(named) => named,
        other => {
            return l.type_ref(other, index, cell.span).map(Response::Body);
        }
    };
    match l.resolve(named, index, cell.span)? {
        ResolvedRef::Type(id) => Some(Response::Body(TypeRef::Named(id))),
        ResolvedRef::Any => Some(Response::Body(TypeRef::Primitive(Primitive::Any))),
        ResolvedRef::Envelope(page) => {
            let Slot::Envelope(envelope) = l.slots[page].clone() else {
                return None;
            };
            if envelope.headers_only {
                return Some(Response::Created);
            }
            if envelope.binary {
                return Some(Response::Binary);
            }
            let Some(field) = envelope.body else {
                return Some(Response::Empty);
            };
            let PageKind::Model(model) = &l.page(page).kind else {
                return None;
            };
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
) -> (Vec<Parameter>, Option<Body>) {
    let encoding = default_encoding(l, method, path);
    let def = &l.types[request.0 as usize];
    let whole_body = |encoding| {
        let body = Body {
            ty: TypeRef::Named(request),
            field: None,
            encoding,
        };
        (Vec::new(), Some(body))
    };
    // A union or enum can only be the body itself.
    let TypeKind::Struct(model) = &def.kind else {
        return whole_body(encoding);
    };
    let title = def.name.clone();
    let holes = placeholders(path);
    let has_body = !matches!(
        method,
        Method::Get | Method::Head | Method::Delete | Method::Options
    );

    // A field named after its model's type is the body of a wrapper only if everything else
    // could be a parameter; otherwise it is just a field of a body.
    let params_only = |except: usize| {
        model
            .fields
            .iter()
            .enumerate()
            .all(|(i, f)| i == except || is_parameter_like(&l.types, &f.ty))
    };
    let mut locations: Vec<Option<(Location, Option<String>)>> = Vec::new();
    for (index, field) in model.fields.iter().enumerate() {
        let location = if let Some(rule) = l.config().parameter(&title, &field.name) {
            Some((rule.location, rule.name.clone()))
        } else if let Some(hole) = holes.iter().find(|h| same_name(h, &field.name)) {
            Some((Location::Path, Some(hole.to_string())))
        } else if field.name == "requestBody"
            || field.name == "request_body"
            || (names_its_type(&l.types, field) && params_only(index))
        {
            Some((Location::Body, None))
        } else {
            None
        };
        locations.push(location);
    }
    let is_wrapper = !has_body || locations.iter().any(Option::is_some);
    if !is_wrapper {
        return whole_body(encoding);
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
                        Diagnostic::error(
                            Code::BadOperation,
                            format!(
                                "`{title}` has two bodies: `{first_name}` and `{}`",
                                field.name
                            ),
                        )
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
    (parameters, body)
}

/// How the body of `method path` is encoded: as the config says, JSON otherwise.
fn default_encoding(l: &Lowering<'_>, method: Method, path: &str) -> BodyEncoding {
    match l.config().operation(method.as_str(), path) {
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
    }
}

/// Every `{placeholder}` of the path must be filled by a required path parameter.
fn check_placeholders(
    l: &mut Lowering<'_>,
    path: &str,
    request: Option<TypeId>,
    parameters: &[Parameter],
    span: Span,
) {
    for hole in placeholders(path) {
        let bound = parameters
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.wire_name == hole);
        let field = bound.and_then(|p| match &l.types[request?.0 as usize].kind {
            TypeKind::Struct(s) => s.fields.get(p.field),
            _ => None,
        });
        if let Some(field) = field.filter(|f| f.presence == Presence::Optional) {
            l.diagnostics.push(
                Diagnostic::error(Code::BadOperation, format!("`{}` fills `{{{hole}}}` in `{path}` but is optional", field.name))
                    .at(field.span, "optional path parameter")
                    .note("expected :heavy_check_mark: in the Required column: a path cannot leave out a segment"),
            );
            continue;
        }
        if bound.is_none() {
            l.diagnostics.push(
                Diagnostic::error(
                    Code::BadOperation,
                    format!("nothing fills `{{{hole}}}` in `{path}`"),
                )
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

/// Whether a body is an object with a field of raw bytes, directly or as the content of a file
/// object (`{ fileName, content }`).
fn carries_bytes(types: &[TypeDef], ty: &TypeRef) -> bool {
    let TypeRef::Named(id) = ty else { return false };
    let TypeKind::Struct(body) = &types[id.0 as usize].kind else {
        return false;
    };
    body.fields.iter().any(|f| match &f.ty {
        TypeRef::Primitive(Primitive::Bytes) => true,
        TypeRef::Named(inner) => match &types[inner.0 as usize].kind {
            TypeKind::Struct(file) => file
                .fields
                .iter()
                .any(|g| g.ty == TypeRef::Primitive(Primitive::Bytes)),
            _ => false,
        },
        _ => false,
    })
}

/// Whether a field could travel in a path, query or header: a scalar, an enum, or a list of
/// those.
fn is_parameter_like(types: &[TypeDef], ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Primitive(_) | TypeRef::Literal(_) => true,
        TypeRef::List(inner) => is_parameter_like(types, inner),
        TypeRef::Named(id) => matches!(types[id.0 as usize].kind, TypeKind::Enum(_)),
        TypeRef::Map(_) => false,
    }
}

/// Speakeasy names a wrapper's body field after the body's type
/// (`createCustomerFundingSource: models.CreateCustomerFundingSource`).
fn names_its_type(types: &[TypeDef], field: &Field) -> bool {
    match &field.ty {
        TypeRef::Named(id) => {
            let def = &types[id.0 as usize];
            !matches!(def.kind, TypeKind::Enum(_))
                && (def.name.to_lower_camel_case() == field.name
                    || def.name.to_snake_case() == field.name)
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
            schema_paths(
                "X defines the request schema for `/a`. See `/b`.",
                "request"
            ),
            ["/a"]
        );
        assert!(schema_paths("X defines the request schema for `/a`", "response").is_empty());
        assert_eq!(
            schema_paths("X defines the schema for `/application/get`", "request"),
            ["/application/get"]
        );
        assert_eq!(
            schema_paths(
                "Request schema for '/identity_verification/create'",
                "request"
            ),
            ["/identity_verification/create"]
        );
        assert_eq!(
            schema_paths(
                "X defines the request schema for `/asset_report/get/`",
                "request"
            ),
            ["/asset_report/get"]
        );
    }

    #[test]
    fn method_names_pick_among_candidate_paths() {
        let copied = vec!["/asset_report/audit_copy/get".to_string()];
        assert_eq!(
            choose_path(
                "asset_report_audit_copy_create",
                &copied,
                "Use `/asset_report/audit_copy/create` to share.",
                &BTreeMap::new()
            )
            .as_deref(),
            Some("/asset_report/audit_copy/create")
        );
        assert_eq!(
            choose_path("anything", &copied, "", &BTreeMap::new()).as_deref(),
            Some("/asset_report/audit_copy/get")
        );
        // A path the prose names but the method is not named after is another endpoint.
        assert_eq!(
            choose_path(
                "beacon_report_create",
                &[],
                "Use the `/beacon/user/create` endpoint instead",
                &BTreeMap::new()
            )
            .as_deref(),
            None
        );
        // The versioned path is the more specific of two the method is named after.
        let beta = vec!["/beta/credit/v1/bank_employment/get".to_string()];
        assert_eq!(
            choose_path(
                "credit_bank_employment_get",
                &beta,
                "`/credit/bank_employment/get` returns",
                &BTreeMap::new()
            )
            .as_deref(),
            Some("/beta/credit/v1/bank_employment/get")
        );
        // A path named elsewhere in the docs, when the model's was copied from a neighbour.
        let elsewhere = BTreeMap::from([(
            "processor_stripe_bank_account_token_create".to_string(),
            vec!["/processor/stripe/bank_account_token/create".to_string()],
        )]);
        let copied = vec!["/processor/stripe/bank_account/create".to_string()];
        assert_eq!(
            choose_path(
                "processor_stripe_bank_account_token_create",
                &copied,
                "",
                &elsewhere
            )
            .as_deref(),
            Some("/processor/stripe/bank_account_token/create")
        );
    }

    #[test]
    fn described_paths() {
        assert_eq!(
            described_path(
                "The `/accounts/balance/get` endpoint returns the balance. See `/x` too."
            ),
            Some("/accounts/balance/get".into())
        );
        assert_eq!(described_path("Use `/x` later"), None);
    }

    #[test]
    fn paths_to_names_and_placeholders() {
        assert_eq!(
            name_from_path("/processor/token/create"),
            "processor_token_create"
        );
        assert_eq!(
            placeholders("/customers/{id}/funding-sources/{fsId}"),
            ["id", "fsId"]
        );
        assert!(same_name("ledger_entry_id", "ledgerEntryId"));
    }
}
