//! Pass 3: operations, bound to their models, with each request field placed on the wire.
//!
//! The caller passes one value per operation. When the docs name a request object, it is
//! either the body itself or a bundle of parameters (and the body): a bundle is recognised
//! by its fields (one fills a path placeholder, one is the body the page's format names, a
//! `[[parameters]]` rule places one) or by the method (a GET has no body). When the docs list
//! parameters one by one, they are gathered into a parameters struct of their own.

use super::index::{Index, Resolved};
use super::parameters::parameters_struct;
use super::Found;
use crate::config::{BodyKind, Location};
use crate::diagnostics::{Code, Diagnostic};
use crate::dialect::DocType;
use crate::docs::{self, MediaKind, OperationDoc, PageKind, ParamPlace};
use crate::ir::*;
use heck::ToSnakeCase;
use std::collections::{BTreeMap, BTreeSet};

/// An operation before its request is split into parameters and body.
pub(super) struct Draft<'a> {
    pub(super) doc: &'a OperationDoc,
    pub(super) page: usize,
    pub(super) name: String,
    group: String,
    method: Option<Method>,
    pub(super) path: Option<String>,
    request: Option<TypeId>,
    /// The field of the request object its page's format knows to be the body.
    body_field: Option<&'a str>,
    /// A request that is not a model (raw bytes, say): sent as the whole body.
    raw_body: Option<TypeRef>,
    response: Response,
}

pub(super) fn lower_operations(
    index: &Index<'_>,
    types: &mut Vec<TypeDef>,
    found: &mut Found<'_>,
) -> Vec<Operation> {
    let drafts = drafts(index, found);
    let default_method = index
        .config()
        .http
        .default_method
        .as_ref()
        .and_then(|m| Method::parse(m.get_ref()));
    let mut operations: Vec<Operation> = Vec::new();
    let mut seen: BTreeMap<(Method, String), (crate::source::Span, String)> = BTreeMap::new();
    let mut held = BTreeSet::new();
    for (i, def) in types.iter().enumerate() {
        held_by(def, TypeId(i as u32), &mut held);
    }
    for draft in drafts {
        let doc = draft.doc;
        let Some(path) = draft.path.clone() else {
            found.infer("operations left out: the docs state no path");
            continue;
        };
        let (method, method_inferred) = match (draft.method, default_method) {
            (Some(method), _) => (method, false),
            (None, Some(method)) => (method, true),
            (None, None) => {
                found.push(
                    Diagnostic::error(
                        Code::BadOperation,
                        format!("the docs do not say which HTTP method `{path}` uses"),
                    )
                    .at(doc.span, "this operation")
                    .note("set `http.default_method` in provider.toml, or document the method"),
                );
                continue;
            }
        };
        if let Some((first, first_name)) = seen.get(&(method, path.clone())) {
            // SDKs sometimes offer two methods for one operation (a JSON and a raw variant).
            found.push(
                Diagnostic::warning(
                    Code::BadOperation,
                    format!("`{} {path}` is documented twice", method.as_str()),
                )
                .at(doc.span, format!("`{}` is left out", draft.name))
                .note(format!(
                    "`{first_name}` at {} is kept",
                    index.location(*first)
                )),
            );
            found.infer("operations left out: another SDK method covers the same path");
            continue;
        }
        seen.insert((method, path.clone()), (doc.span, draft.name.clone()));
        if method_inferred {
            found.infer("operations use the default method (the docs state none)");
        }
        if doc.path_inferred {
            found.infer("operation paths read from the docs' prose");
        }
        let mut request = draft.request;
        let mut stated = Vec::new();
        if request.is_none() && !doc.parameters.is_empty() {
            if let Some((id, places)) = parameters_struct(index, &draft, types, found) {
                held_by(&types[id.0 as usize], id, &mut held);
                request = Some(id);
                stated = places;
            }
        }
        let (parameters, mut body) = match (request, &draft.raw_body) {
            (Some(request), _) => bind_request(
                index,
                types,
                Request {
                    method,
                    path: &path,
                    id: request,
                    body_field: draft.body_field,
                    stated: &stated,
                    held: &held,
                    content_type: doc.content_type.as_deref(),
                },
                found,
            ),
            (None, Some(ty)) => {
                let encoding = match ty {
                    TypeRef::Primitive(Primitive::Bytes) => BodyEncoding::Binary {
                        content_type: "application/octet-stream".into(),
                    },
                    _ => default_encoding(index, method, &path, doc.content_type.as_deref()),
                };
                let body = Body {
                    ty: ty.clone(),
                    field: None,
                    encoding,
                };
                (Vec::new(), Some(body))
            }
            (None, None) => (Vec::new(), None),
        };
        if let Some(body) = body
            .as_mut()
            .filter(|b| matches!(b.encoding, BodyEncoding::Json { .. }))
        {
            if carries_bytes(types, &body.ty) {
                body.encoding = BodyEncoding::Multipart;
                found.infer("request bodies with file content sent as multipart/form-data");
            } else if let Some(media) = doc
                .content_type
                .as_deref()
                .filter(|m| docs::media_kind(m) == MediaKind::Text)
            {
                // A string sent as XML or plain text is the body as written, not a JSON string.
                if body.ty == TypeRef::Primitive(Primitive::String) {
                    body.encoding = BodyEncoding::Binary {
                        content_type: media.to_string(),
                    };
                    found.infer("text bodies sent as written, under their documented media type");
                }
            }
        }
        check_placeholders(types, &path, request, &parameters, doc.span, found);
        operations.push(Operation {
            name: draft.name,
            group: draft.group,
            method,
            method_inferred,
            path,
            summary: doc.summary.clone(),
            docs: index.prose(&doc.description.markdown, draft.page),
            deprecated: doc.deprecated,
            request,
            parameters,
            body,
            response: draft.response,
            errors: errors(index, draft.page, &doc.errors),
            pagination: None,
            span: doc.span,
        });
    }
    operations.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.path.cmp(&b.path)));
    operations
}

/// Every documented operation, with its models resolved. An operation the docs give no name
/// (named after its path) and a named one for the same path are one operation.
fn drafts<'a>(index: &Index<'a>, found: &mut Found<'_>) -> Vec<Draft<'a>> {
    let mut drafts: Vec<Draft<'a>> = Vec::new();
    let mut unnamed: BTreeMap<String, usize> = BTreeMap::new();
    for first_pass in [true, false] {
        for (page_index, page) in index.pages().iter().enumerate() {
            let PageKind::Operations(ops) = &page.kind else {
                continue;
            };
            for op in ops
                .operations
                .iter()
                .filter(|op| op.name_from_path == first_pass)
            {
                let group = if ops.provider.is_some() {
                    String::new()
                } else {
                    ops.title.name.clone()
                };
                let Some(draft) = draft(index, page_index, group, op, found) else {
                    continue;
                };
                if first_pass {
                    if let Some(path) = &draft.path {
                        unnamed.insert(path.clone(), drafts.len());
                    }
                    drafts.push(draft);
                    continue;
                }
                // The same operation documented without a name: this one lends it its name.
                if let Some(&existing) = draft.path.as_ref().and_then(|p| unnamed.get(p)) {
                    let known = &mut drafts[existing];
                    if draft.method.is_none() || draft.method == known.method {
                        known.name = draft.name;
                        known.group = draft.group;
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
    }
    drafts
}

fn draft<'a>(
    index: &Index<'a>,
    page: usize,
    group: String,
    op: &'a OperationDoc,
    found: &mut Found<'_>,
) -> Option<Draft<'a>> {
    let mut request = None;
    let mut raw_body = None;
    if let Some(object) = &op.request {
        match &object.ty.ty {
            Some(DocType::Named(named)) => {
                match index.resolve(named, page, object.ty.span, found) {
                    Some(Resolved::Type(id)) => request = Some(id),
                    Some(_) => found.push(
                        Diagnostic::error(
                            Code::NotWireType,
                            format!("`{}` cannot be a request", named.name),
                        )
                        .at(
                            object.ty.span.sub(named.range.clone()),
                            "not a request model",
                        ),
                    ),
                    None => {}
                }
            }
            // The whole body, not a model (raw bytes, a list).
            Some(other) => raw_body = index.type_ref(other, page, object.ty.span, found, None),
            None => {}
        }
    }
    let response = match &op.response {
        Some(cell) => response_of(index, page, cell, found)?,
        None => Response::Empty,
    };
    Some(Draft {
        doc: op,
        page,
        name: op.name.clone(),
        group,
        method: op.method.as_deref().and_then(Method::parse),
        path: op.path.as_deref().map(crate::read::prose::normalize_path),
        request,
        body_field: op.request.as_ref().and_then(|r| r.body_field.as_deref()),
        raw_body,
        response,
    })
}

fn response_of(
    index: &Index<'_>,
    page: usize,
    cell: &docs::TypeCell,
    found: &mut Found<'_>,
) -> Option<Response> {
    let ty = cell.ty.as_ref()?;
    let named = match ty {
        DocType::External(_) => return Some(Response::Empty),
        DocType::Named(named) => named,
        other => {
            return index
                .type_ref(other, page, cell.span, found, None)
                .map(Response::Body)
        }
    };
    match index.resolve(named, page, cell.span, found)? {
        Resolved::Type(id) => Some(Response::Body(TypeRef::Named(id))),
        Resolved::Any => Some(Response::Body(TypeRef::Primitive(Primitive::Any))),
        Resolved::Wrapper(wrapper_page) => {
            let wrapper = index.wrapper(wrapper_page)?;
            if wrapper.headers_only {
                return Some(Response::Created);
            }
            let Some(field) = wrapper.body else {
                return Some(Response::Empty);
            };
            let PageKind::Model(model) = &index.page(wrapper_page).kind else {
                return None;
            };
            let row = &model.fields[field];
            let ty = row.ty.ty.as_ref()?;
            // The SDK's raw response stream: a file.
            if matches!(strip_nullable(ty), DocType::External(_)) {
                return Some(Response::Binary);
            }
            Some(Response::Body(index.type_ref(
                ty,
                wrapper_page,
                row.ty.span,
                found,
                None,
            )?))
        }
    }
}

fn strip_nullable(ty: &DocType) -> &DocType {
    match ty {
        DocType::Nullable(inner) => strip_nullable(inner),
        other => other,
    }
}

/// The documented error answers: each status (or class) with its model when the model is a
/// wire type of this provider. Names the docs give to SDK exception classes read as no model.
fn errors(index: &Index<'_>, page: usize, rows: &[docs::ErrorRow]) -> Vec<ErrorResponse> {
    let mut errors = Vec::new();
    for row in rows {
        let named = crate::dialect::NamedRef {
            name: row.ty.trim().to_string(),
            link: None,
            range: 0..0,
        };
        let ty = index
            .find_page(&named, page)
            .and_then(|p| index.type_of_page(p))
            .map(TypeRef::Named);
        for status in row.status.split(',') {
            if let Some(status) = status_match(status.trim()) {
                errors.push(ErrorResponse {
                    status,
                    ty: ty.clone(),
                    span: row.span,
                });
            }
        }
    }
    errors.sort_by_key(|e| e.status);
    errors.dedup_by_key(|e| e.status);
    errors
}

/// `404` → one status; `4XX` → a class; `default` or `*` → every other.
fn status_match(text: &str) -> Option<StatusMatch> {
    if text.eq_ignore_ascii_case("default") || text == "*" {
        return Some(StatusMatch::Default);
    }
    if let Ok(code) = text.parse::<u16>() {
        return (100..600)
            .contains(&code)
            .then_some(StatusMatch::Code(code));
    }
    let upper = text.to_ascii_uppercase();
    let class = upper.strip_suffix("XX")?.parse::<u8>().ok()?;
    (1..6).contains(&class).then_some(StatusMatch::Class(class))
}

/// A request to bind: its model, and what the docs say of its fields.
struct Request<'r> {
    method: Method,
    path: &'r str,
    id: TypeId,
    /// The field the page's format knows to be the body.
    body_field: Option<&'r str>,
    /// Where the docs place each field, for a struct made from a parameter list.
    stated: &'r [&'r ParamPlace],
    /// The types a field or member of another type has.
    held: &'r BTreeSet<TypeId>,
    /// The body's media type, when the docs state it.
    content_type: Option<&'r str>,
}

fn bind_request(
    index: &Index<'_>,
    types: &mut [TypeDef],
    request: Request<'_>,
    found: &mut Found<'_>,
) -> (Vec<Parameter>, Option<Body>) {
    let Request {
        method,
        path,
        id: request,
        body_field,
        stated,
        held,
        content_type,
    } = request;
    let encoding = default_encoding(index, method, path, content_type);
    let def = &types[request.0 as usize];
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
    let mut locations: Vec<Option<(Location, Option<String>)>> = Vec::new();
    for (field_index, field) in model.fields.iter().enumerate() {
        let location = if let Some(rule) = index.config().parameter(&title, &field.name) {
            Some((rule.location, rule.name.clone()))
        } else if let Some(hole) = holes.iter().find(|h| same_name(h, &field.name)) {
            Some((Location::Path, Some(hole.to_string())))
        } else if body_field == Some(field.name.as_str()) {
            Some((Location::Body, None))
        } else {
            match stated.get(field_index) {
                Some(ParamPlace::Path) => Some((Location::Path, None)),
                Some(ParamPlace::Query) => Some((Location::Query, None)),
                Some(ParamPlace::Header) => Some((Location::Header, None)),
                Some(ParamPlace::Body) => Some((Location::Body, None)),
                Some(ParamPlace::Unstated) if has_body && is_object(types, &field.ty) => {
                    Some((Location::Body, None))
                }
                _ => None,
            }
        };
        locations.push(location);
    }
    // A model that other models hold is a wire type: sent whole, unless a rule or a
    // path placeholder takes one of its fields out.
    let placed_by_rule_or_path = model.fields.iter().any(|field| {
        index.config().parameter(&title, &field.name).is_some()
            || holes.iter().any(|h| same_name(h, &field.name))
    });
    if has_body && !placed_by_rule_or_path && held.contains(&request) {
        return whole_body(encoding);
    }
    let is_wrapper = !has_body
        || locations.iter().any(Option::is_some)
        || matches!(model_role(types, request), StructRole::Parameters);
    if !is_wrapper {
        return whole_body(encoding);
    }

    let mut parameters = Vec::new();
    let mut body: Option<Body> = None;
    for (field_index, (field, location)) in model.fields.iter().zip(locations).enumerate() {
        let (location, wire) = location.unwrap_or((Location::Query, None));
        let wire_name = wire.unwrap_or_else(|| field.wire_name.clone());
        let location = match location {
            Location::Path => ParamLocation::Path,
            Location::Query => ParamLocation::Query,
            Location::Header => ParamLocation::Header,
            Location::Body => {
                if let Some(first) = &body {
                    let first_name = &model.fields[first.field.unwrap_or(0)].name;
                    found.push(
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
                    field: Some(field_index),
                    encoding: encoding.clone(),
                });
                continue;
            }
        };
        parameters.push(Parameter {
            field: field_index,
            location,
            wire_name,
        });
    }
    if let TypeKind::Struct(model) = &mut types[request.0 as usize].kind {
        model.role = StructRole::Parameters;
    }
    (parameters, body)
}

fn model_role(types: &[TypeDef], id: TypeId) -> StructRole {
    match &types[id.0 as usize].kind {
        TypeKind::Struct(s) => s.role,
        _ => StructRole::Wire,
    }
}

/// Adds to `held` the types that a field or member of `def` (type `id`) has, inside lists and
/// maps too, but not `id` itself.
fn held_by(def: &TypeDef, id: TypeId, held: &mut BTreeSet<TypeId>) {
    fn named(ty: &TypeRef, id: TypeId, held: &mut BTreeSet<TypeId>) {
        match ty {
            TypeRef::Named(named) if *named != id => {
                held.insert(*named);
            }
            TypeRef::List(inner) | TypeRef::Map(inner) => named(inner, id, held),
            _ => {}
        }
    }
    match &def.kind {
        TypeKind::Struct(s) => {
            for ty in s
                .fields
                .iter()
                .map(|f| &f.ty)
                .chain(&s.additional_properties)
            {
                named(ty, id, held);
            }
        }
        TypeKind::Union(u) => u.members.iter().for_each(|m| named(&m.ty, id, held)),
        TypeKind::Enum(_) => {}
    }
}

/// Whether a value of this type is a JSON object or array (so a body, not a parameter).
fn is_object(types: &[TypeDef], ty: &TypeRef) -> bool {
    match ty {
        TypeRef::Named(id) => !matches!(types[id.0 as usize].kind, TypeKind::Enum(_)),
        TypeRef::Map(_) => true,
        TypeRef::List(inner) => is_object(types, inner),
        TypeRef::Primitive(_) | TypeRef::Literal(_) => false,
    }
}

/// How the body of `method path` is encoded: as the config says, else as the docs state
/// (`stated`, a media type), JSON otherwise. A stated media type that is neither JSON nor a
/// form (XML, YAML) is not one the generated client can write: JSON is sent then.
fn default_encoding(
    index: &Index<'_>,
    method: Method,
    path: &str,
    stated: Option<&str>,
) -> BodyEncoding {
    let config = index.config();
    let stated = stated.map(|media| (media, docs::media_kind(media)));
    match (config.operation(method.as_str(), path), stated) {
        (Some(o), _) if o.body == Some(BodyKind::Form) => BodyEncoding::Form,
        (Some(o), _) if o.content_type.is_some() => BodyEncoding::Json {
            content_type: o.content_type.clone().unwrap_or_default(),
        },
        (_, Some((_, MediaKind::Multipart))) => BodyEncoding::Multipart,
        (_, Some((_, MediaKind::UrlEncoded))) => BodyEncoding::Form,
        (_, Some((media, MediaKind::Json))) => BodyEncoding::Json {
            content_type: media.to_string(),
        },
        _ => BodyEncoding::Json {
            content_type: config
                .http
                .content_type
                .clone()
                .unwrap_or_else(|| "application/json".into()),
        },
    }
}

/// `{id}` placeholders of a path, in order.
pub fn placeholders(path: &str) -> Vec<&str> {
    path.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// Every `{placeholder}` of the path must be filled by a required path parameter.
fn check_placeholders(
    types: &[TypeDef],
    path: &str,
    request: Option<TypeId>,
    parameters: &[Parameter],
    span: crate::source::Span,
    found: &mut Found<'_>,
) {
    for hole in placeholders(path) {
        let bound = parameters
            .iter()
            .find(|p| p.location == ParamLocation::Path && p.wire_name == hole);
        let field = bound.and_then(|p| match &types[request?.0 as usize].kind {
            TypeKind::Struct(s) => s.fields.get(p.field),
            _ => None,
        });
        if let Some(field) = field.filter(|f| f.presence == Presence::Optional) {
            found.push(
                Diagnostic::error(Code::BadOperation, format!("`{}` fills `{{{hole}}}` in `{path}` but is optional", field.name))
                    .at(field.span, "optional path parameter")
                    .note("expected :heavy_check_mark: in the Required column: a path cannot leave out a segment"),
            );
            continue;
        }
        if bound.is_none() {
            found.push(
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
pub(super) fn same_name(placeholder: &str, field: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_names() {
        assert_eq!(
            placeholders("/customers/{id}/funding-sources/{fsId}"),
            ["id", "fsId"]
        );
        assert!(same_name("ledger_entry_id", "ledgerEntryId"));
    }

    #[test]
    fn statuses() {
        assert_eq!(status_match("404"), Some(StatusMatch::Code(404)));
        assert_eq!(status_match("4XX"), Some(StatusMatch::Class(4)));
        assert_eq!(status_match("5xx"), Some(StatusMatch::Class(5)));
        assert_eq!(status_match("default"), Some(StatusMatch::Default));
        assert_eq!(status_match("teapot"), None);
        assert_eq!(status_match("999"), None);
    }
}
