//! The IR of one provider as an OpenAPI 3.1 document: what the generator understood of the
//! docs, readable by any OpenAPI tool (and comparable with the vendor's own spec).

use crate::ir::*;
use crate::naming;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The OpenAPI document for `provider`.
pub fn document(provider: &Provider) -> Value {
    let names = schema_names(provider);
    let mut schemas = Map::new();
    for id in provider.type_ids() {
        let def = provider.ty(id);
        let mut schema = type_schema(provider, &names, def);
        if let Value::Object(object) = &mut schema {
            object.insert("title".into(), Value::String(def.name.clone()));
            if !def.docs.is_empty() {
                object.insert(
                    "description".into(),
                    Value::String(plain_links(&def.docs, &names)),
                );
            }
            if def.deprecated {
                object.insert("deprecated".into(), Value::Bool(true));
            }
        }
        schemas.insert(names[id.0 as usize].clone(), schema);
    }

    let mut paths: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for op in &provider.operations {
        paths.entry(op.path.as_str()).or_default().insert(
            op.method.as_str().to_ascii_lowercase(),
            operation(provider, &names, op),
        );
    }

    let mut components = Map::new();
    components.insert("schemas".into(), Value::Object(schemas));
    let (security_schemes, security) = security(&provider.service.auth);
    if !security_schemes.is_empty() {
        components.insert("securitySchemes".into(), Value::Object(security_schemes));
    }
    let mut document = json!({
        "openapi": "3.1.0",
        "info": {
            "title": provider.title,
            "version": "docs",
            "description": format!("Recovered from the {} markdown documentation.", provider.title),
        },
        "servers": provider.service.environments.iter().map(|e| json!({"url": e.url, "description": e.name})).collect::<Vec<_>>(),
        "paths": paths.into_iter().map(|(path, item)| (path.to_string(), Value::Object(item))).collect::<Map<String, Value>>(),
        "components": components,
    });
    if !security.is_empty() {
        document["security"] = Value::Array(security);
    }
    document
}

/// Schema names: the docs' titles, except that a title used in two namespaces keeps its plain
/// form only for the type whose Rust name is plain too.
fn schema_names(provider: &Provider) -> Vec<String> {
    let rust = naming::assign(provider);
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for def in &provider.types {
        *count.entry(def.name.as_str()).or_default() += 1;
    }
    provider
        .type_ids()
        .map(|id| {
            let def = provider.ty(id);
            if count[def.name.as_str()] == 1 || rust.ty(id) == naming::type_name(&def.name) {
                def.name.clone()
            } else {
                rust.ty(id).to_string()
            }
        })
        .collect()
}

fn reference(names: &[String], id: TypeId) -> Value {
    json!({ "$ref": format!("#/components/schemas/{}", names[id.0 as usize]) })
}

fn type_schema(provider: &Provider, names: &[String], def: &TypeDef) -> Value {
    match &def.kind {
        TypeKind::Struct(s) => {
            let mut properties = Map::new();
            let mut required = Vec::new();
            for field in &s.fields {
                let mut schema = field_schema(provider, names, field);
                if let Value::Object(object) = &mut schema {
                    if !field.docs.is_empty() && !object.contains_key("$ref") {
                        object.insert(
                            "description".into(),
                            Value::String(plain_links(&field.docs, names)),
                        );
                    }
                    if field.deprecated {
                        object.insert("deprecated".into(), Value::Bool(true));
                    }
                }
                if field.presence.is_required() {
                    required.push(Value::String(field.wire_name.clone()));
                }
                properties.insert(field.wire_name.clone(), schema);
            }
            let mut schema = json!({ "type": "object", "properties": properties });
            if !required.is_empty() {
                schema["required"] = Value::Array(required);
            }
            if let Some(extra) = &s.additional_properties {
                schema["additionalProperties"] = ref_schema(names, extra);
            }
            if let Some(example) = &s.example {
                schema["examples"] = json!([example]);
            }
            schema
        }
        TypeKind::Enum(e) if e.integer => json!({
            "type": "integer",
            "enum": e.values.iter().map(|v| v.value.parse::<i64>().unwrap_or_default()).collect::<Vec<_>>(),
        }),
        TypeKind::Enum(e) => json!({
            "type": "string",
            "enum": e.values.iter().map(|v| v.value.clone()).collect::<Vec<_>>(),
        }),
        TypeKind::Union(u) => {
            let mut schema = json!({
                "oneOf": u.members.iter().map(|m| ref_schema(names, &m.ty)).collect::<Vec<_>>(),
            });
            if let Some(tag) = &u.discriminator {
                let mapping: Map<String, Value> = u
                    .members
                    .iter()
                    .filter_map(|m| match (&m.tag, &m.ty) {
                        (Some(tag), TypeRef::Named(id)) => Some((
                            tag.clone(),
                            Value::String(format!("#/components/schemas/{}", names[id.0 as usize])),
                        )),
                        _ => None,
                    })
                    .collect();
                schema["discriminator"] = json!({ "propertyName": tag, "mapping": mapping });
            }
            schema
        }
    }
}

fn field_schema(provider: &Provider, names: &[String], field: &Field) -> Value {
    let schema = ref_schema(names, &as_sent(provider, &field.ty));
    if field.presence != Presence::RequiredNullable {
        return schema;
    }
    // Nullable: `type: [T, "null"]`, written beside a `$ref` too (with the referenced
    // schema's type), so a reader can follow the reference and still see the null.
    let Value::Object(mut object) = schema else {
        return schema;
    };
    let ty = match (object.remove("type"), &field.ty) {
        (Some(ty), _) => Some(ty),
        (None, TypeRef::Named(id)) => match &provider.ty(*id).kind {
            TypeKind::Struct(_) => Some(json!("object")),
            TypeKind::Enum(e) if e.integer => Some(json!("integer")),
            TypeKind::Enum(_) => Some(json!("string")),
            TypeKind::Union(_) => None,
        },
        (None, _) => None,
    };
    match ty {
        Some(ty) => {
            object.insert("type".into(), json!([ty, "null"]));
            Value::Object(object)
        }
        None => json!({ "anyOf": [Value::Object(object), { "type": "null" }] }),
    }
}

/// `ty` as the wire sees it: a file object (or a list of them) is sent as file parts, binary.
fn as_sent(provider: &Provider, ty: &TypeRef) -> TypeRef {
    match ty {
        TypeRef::Named(id) => match &provider.ty(*id).kind {
            TypeKind::Struct(s) if s.file_content().is_some() => {
                TypeRef::Primitive(Primitive::Bytes)
            }
            _ => ty.clone(),
        },
        TypeRef::List(inner) => TypeRef::List(Box::new(as_sent(provider, inner))),
        _ => ty.clone(),
    }
}

fn ref_schema(names: &[String], ty: &TypeRef) -> Value {
    match ty {
        TypeRef::Primitive(p) => match p {
            Primitive::String => json!({ "type": "string" }),
            Primitive::Integer => json!({ "type": "integer" }),
            Primitive::Number => json!({ "type": "number" }),
            Primitive::Boolean => json!({ "type": "boolean" }),
            Primitive::Date => json!({ "type": "string", "format": "date" }),
            Primitive::DateTime => json!({ "type": "string", "format": "date-time" }),
            Primitive::Bytes => json!({ "type": "string", "format": "binary" }),
            Primitive::Any => json!({}),
        },
        TypeRef::List(inner) => json!({ "type": "array", "items": ref_schema(names, inner) }),
        TypeRef::Map(inner) => {
            json!({ "type": "object", "additionalProperties": ref_schema(names, inner) })
        }
        TypeRef::Named(id) => reference(names, *id),
        TypeRef::Literal(value) => {
            let ty = match value {
                Value::Bool(_) => "boolean",
                Value::Number(_) => "number",
                _ => "string",
            };
            json!({ "type": ty, "const": value })
        }
    }
}

fn operation(provider: &Provider, names: &[String], op: &Operation) -> Value {
    let mut out = Map::new();
    out.insert("operationId".into(), Value::String(op.name.clone()));
    if !op.summary.is_empty() {
        out.insert("summary".into(), Value::String(op.summary.clone()));
    }
    if !op.docs.is_empty() {
        out.insert(
            "description".into(),
            Value::String(plain_links(&op.docs, names)),
        );
    }
    if op.deprecated {
        out.insert("deprecated".into(), Value::Bool(true));
    }
    if let Some(TypeKind::Struct(request)) = op.request.map(|id| &provider.ty(id).kind) {
        let parameters: Vec<Value> = op
            .parameters
            .iter()
            .map(|p| {
                let field = &request.fields[p.field];
                json!({
                    "name": p.wire_name,
                    "in": match p.location {
                        ParamLocation::Path => "path",
                        ParamLocation::Query => "query",
                        ParamLocation::Header => "header",
                    },
                    "required": p.location == ParamLocation::Path || field.presence.is_required(),
                    "schema": ref_schema(names, &field.ty),
                })
            })
            .collect();
        if !parameters.is_empty() {
            out.insert("parameters".into(), Value::Array(parameters));
        }
    }
    if let Some(body) = &op.body {
        let content_type = match &body.encoding {
            BodyEncoding::Json { content_type } => content_type.as_str(),
            BodyEncoding::Form => "application/x-www-form-urlencoded",
            BodyEncoding::Binary { content_type } => content_type.as_str(),
            BodyEncoding::Multipart => "multipart/form-data",
        };
        out.insert(
            "requestBody".into(),
            json!({ "required": true, "content": { content_type: { "schema": ref_schema(names, &body.ty) } } }),
        );
    }
    let answer_type = provider
        .service
        .accept
        .as_deref()
        .unwrap_or("application/json");
    let responses = match &op.response {
        Response::Body(ty) => json!({
            "200": { "description": "Success", "content": { answer_type: { "schema": ref_schema(names, ty) } } }
        }),
        Response::Created => json!({
            "201": {
                "description": "Created",
                "headers": { "Location": { "description": "The created resource", "schema": { "type": "string", "format": "uri" } } }
            }
        }),
        Response::Binary => json!({
            "200": { "description": "Success", "content": { "application/octet-stream": { "schema": { "type": "string", "format": "binary" } } } }
        }),
        Response::Empty => json!({ "200": { "description": "Success" } }),
    };
    let mut responses = responses;
    if let Some(error) = provider.service.error_model {
        responses["default"] = json!({
            "description": "Error",
            "content": { answer_type: { "schema": reference(names, error) } }
        });
    }
    out.insert("responses".into(), responses);
    Value::Object(out)
}

fn security(auth: &Auth) -> (Map<String, Value>, Vec<Value>) {
    let mut schemes = Map::new();
    let mut requirement = Map::new();
    match auth {
        Auth::None => {}
        Auth::ApiKeyHeaders(headers) => {
            for header in headers {
                schemes.insert(
                    header.credential.clone(),
                    json!({ "type": "apiKey", "in": "header", "name": header.header }),
                );
                requirement.insert(header.credential.clone(), json!([]));
            }
        }
        Auth::OAuth2ClientCredentials { token_path } => {
            schemes.insert(
                "clientCredentials".into(),
                json!({ "type": "oauth2", "flows": { "clientCredentials": { "tokenUrl": token_path, "scopes": {} } } }),
            );
            requirement.insert("clientCredentials".into(), json!([]));
        }
    }
    let security = if requirement.is_empty() {
        Vec::new()
    } else {
        vec![Value::Object(requirement)]
    };
    (schemes, security)
}

/// IR prose links to types (`type:<id>`) as links to their schemas.
fn plain_links(markdown: &str, names: &[String]) -> String {
    if !markdown.contains("(type:") {
        return markdown.to_string();
    }
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(at) = rest.find("(type:") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 6..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match after[..digits]
            .parse::<usize>()
            .ok()
            .and_then(|i| names.get(i))
        {
            Some(name) => out.push_str(&format!("(#/components/schemas/{name}")),
            None => out.push_str("(type:"),
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}
