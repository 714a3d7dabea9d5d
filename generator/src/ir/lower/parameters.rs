//! Parameters the docs list one by one, gathered into a struct named after the operation.
//!
//! Under a form media type (`multipart/form-data`, `application/x-www-form-urlencoded`) the
//! parameters not placed in the path, the query or a header are the form's fields: they are
//! gathered into a body struct of their own, sent as one form.

use super::index::Index;
use super::operations::{placeholders, same_name, Draft};
use super::Found;
use crate::dialect::DocType;
use crate::docs::{self, ParamPlace, ParameterRow};
use crate::ir::*;
use heck::{ToSnakeCase, ToUpperCamelCase};

/// A parameters struct for an operation whose docs list its parameters one by one, named
/// after the operation; and where the docs place each of its fields.
pub(super) fn parameters_struct<'a>(
    index: &Index<'_>,
    draft: &Draft<'a>,
    types: &mut Vec<TypeDef>,
    found: &mut Found<'_>,
) -> Option<(TypeId, Vec<&'a ParamPlace>)> {
    let doc = draft.doc;
    let form = doc.content_type.as_deref().is_some_and(docs::is_form);
    let holes = draft.path.as_deref().map(placeholders).unwrap_or_default();
    let mut fields = Vec::new();
    let mut placed = Vec::new();
    let mut form_fields = Vec::new();
    for row in &doc.parameters {
        let Some(field) = field(index, draft, row, found) else {
            continue;
        };
        let in_form = form
            && matches!(row.place, ParamPlace::Unstated | ParamPlace::Body)
            && !holes.iter().any(|hole| same_name(hole, &row.name));
        if in_form {
            form_fields.push(field);
        } else {
            placed.push(&row.place);
            fields.push(field);
        }
    }
    // `<Method>Request`, unless a documented type has that name: SDKs often call the body
    // model of `createCharge` `CreateChargeRequest`, and this struct holds that body beside
    // the path and header parameters.
    let base = draft.name.to_upper_camel_case();
    if !form_fields.is_empty() {
        let name = unused_name(types, &base, &["Form", "FormFields"]);
        let id = push_struct(index, draft, types, name, form_fields, StructRole::Wire);
        if fields.is_empty() {
            // Nothing but the form: the caller passes the form itself, sent whole.
            return Some((id, Vec::new()));
        }
        placed.push(&ParamPlace::Body);
        fields.push(Field {
            name: "form".into(),
            wire_name: "form".into(),
            ty: TypeRef::Named(id),
            // Always sent (a form whose fields are all optional may be empty), so the
            // client never has to choose between no body and an empty one.
            presence: Presence::Required,
            docs: "The fields sent in the request's form.".into(),
            deprecated: false,
            examples: Vec::new(),
            read_only: false,
            boxed: false,
            span: doc.span,
        });
    }
    let name = unused_name(types, &base, &["Request", "Params"]);
    let id = push_struct(index, draft, types, name, fields, StructRole::Parameters);
    Some((id, placed))
}

/// A struct field for a documented parameter.
fn field(
    index: &Index<'_>,
    draft: &Draft<'_>,
    row: &ParameterRow,
    found: &mut Found<'_>,
) -> Option<Field> {
    let ty = row.ty.ty.as_ref()?;
    let nullable = matches!(ty, DocType::Nullable(_));
    let lowered = index.type_ref(ty, draft.page, row.ty.span, found, None)?;
    Some(Field {
        name: row.name.clone(),
        wire_name: row.wire_name.clone().unwrap_or_else(|| row.name.clone()),
        ty: lowered,
        presence: match (row.required, nullable) {
            (true, true) => Presence::RequiredNullable,
            (true, false) => Presence::Required,
            (false, _) => Presence::Optional,
        },
        docs: index.prose(&row.description.markdown, draft.page),
        deprecated: false,
        examples: Vec::new(),
        read_only: false,
        boxed: false,
        span: row.span,
    })
}

/// `base` with the first of `suffixes` that no type has taken (the last one regardless:
/// naming reports a collision then).
fn unused_name(types: &[TypeDef], base: &str, suffixes: &[&str]) -> String {
    let candidates = suffixes.iter().map(|suffix| format!("{base}{suffix}"));
    let mut last = String::new();
    for name in candidates {
        if !types.iter().any(|t| t.name == name) {
            return name;
        }
        last = name;
    }
    last
}

fn push_struct(
    index: &Index<'_>,
    draft: &Draft<'_>,
    types: &mut Vec<TypeDef>,
    name: String,
    fields: Vec<Field>,
    role: StructRole,
) -> TypeId {
    let id = TypeId(types.len() as u32);
    // The form's location names it after the operation too, so that the two differ.
    let key = match role {
        StructRole::Parameters => draft.name.to_snake_case(),
        StructRole::Wire => format!("{}_form", draft.name.to_snake_case()),
    };
    let location = format!("{}#{key}", index.path(draft.page));
    types.push(TypeDef {
        namespace: super::namespace_of(index.path(draft.page)).to_string(),
        location,
        name,
        docs: String::new(),
        deprecated: false,
        span: draft.doc.span,
        kind: TypeKind::Struct(Struct {
            fields,
            additional_properties: None,
            role,
            example: None,
            tag: None,
        }),
    });
    id
}
