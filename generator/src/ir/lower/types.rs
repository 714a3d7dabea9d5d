//! Pass 2: model, enum and union pages to type definitions, in page order (so a type's id is
//! its place in the arena).

use super::index::{Index, Inline};
use super::Found;
use crate::diagnostics::{Code, Diagnostic};
use crate::dialect::DocType;
use crate::docs::{self, FieldRole, FieldRow, PageKind};
use crate::ir::*;
use std::collections::HashMap;

/// Every type page's definition, at its id; types written inline in the pages follow.
pub(super) fn lower_types(index: &Index<'_>, found: &mut Found<'_>) -> Vec<TypeDef> {
    let mut types: Vec<TypeDef> = index
        .type_pages
        .iter()
        .map(|&page| placeholder(index, page))
        .collect();
    for (id, &page) in index.type_pages.iter().enumerate() {
        let kind = match &index.page(page).kind {
            PageKind::Model(model) => {
                found.stats.models += 1;
                lower_struct(index, page, model, &mut types, found)
            }
            PageKind::Enum(e) => {
                found.stats.enums += 1;
                lower_enum(index, e, found)
            }
            PageKind::Union(u) => {
                found.stats.unions += 1;
                lower_union(index, page, u, &mut types, found)
            }
            PageKind::Operations(_) | PageKind::Skipped(_) => continue,
        };
        types[id].kind = kind;
    }
    convert_examples(index, &mut types);
    types
}

/// A type page's definition, but for its kind.
fn placeholder(index: &Index<'_>, page: usize) -> TypeDef {
    let (title, description) = match &index.page(page).kind {
        PageKind::Model(model) => (&model.title, &model.description),
        PageKind::Enum(e) => (&e.title, &e.description),
        PageKind::Union(u) => (&u.title, &u.description),
        PageKind::Operations(_) | PageKind::Skipped(_) => {
            unreachable!("the index gives ids to type pages only")
        }
    };
    let path = index.path(page);
    TypeDef {
        name: title.name.clone(),
        location: path.to_string(),
        namespace: super::namespace_of(path).to_string(),
        docs: index.prose(&description.markdown, page),
        deprecated: title.deprecated,
        span: title.span,
        kind: TypeKind::Enum(Enum {
            values: Vec::new(),
            integer: false,
        }),
    }
}

/// Where a type written inline in a row of `owner` goes, and its name.
fn inline<'t>(
    types: &'t mut Vec<TypeDef>,
    index: &Index<'_>,
    page: usize,
    owner: &str,
    part: &str,
) -> Inline<'t> {
    Inline {
        types,
        name: format!("{owner} {part}"),
        location: format!("{}#{part}", index.path(page)),
    }
}

fn lower_struct(
    index: &Index<'_>,
    page: usize,
    model: &docs::ModelPage,
    types: &mut Vec<TypeDef>,
    found: &mut Found<'_>,
) -> TypeKind {
    let mut fields: Vec<Field> = Vec::new();
    let mut seen: HashMap<&str, crate::source::Span> = HashMap::with_capacity(model.fields.len());
    let mut additional_properties = None;
    if model.fields.is_empty() {
        // A table of headers only is more often a page cut short than an empty object.
        found.push(
            Diagnostic::warning(Code::Unused, format!("`{}` has a Fields table without rows", model.title.name))
                .at(model.title.span, "becomes a struct without fields")
                .note("expected one row per field; an object without documented fields is written as an empty struct"),
        );
    }
    for row in &model.fields {
        let Some(ty) = &row.ty.ty else { continue };
        match row.role {
            FieldRole::SdkOnly => {
                found.infer("rows naming SDK classes left out of models");
                continue;
            }
            FieldRole::AdditionalProperties => {
                let value = match ty {
                    DocType::Map(value) => value.as_ref(),
                    other => other,
                };
                let mut inline = inline(types, index, page, &model.title.name, "value");
                additional_properties =
                    index.type_ref(value, page, row.ty.span, found, Some(&mut inline));
                continue;
            }
            FieldRole::Wire => {}
        }
        if let Some(first) = seen.get(row.name.as_str()) {
            found.push(
                Diagnostic::error(
                    Code::DuplicateField,
                    format!("field `{}` is listed twice", row.name),
                )
                .at(row.name_span, "second row")
                .also(*first, "first row")
                .note(format!("first row at {}", index.location(*first))),
            );
            continue;
        }
        seen.insert(&row.name, row.span);
        let mut inline = inline(types, index, page, &model.title.name, &row.name);
        if let Some(field) =
            lower_field(index, page, &model.title.name, row, ty, &mut inline, found)
        {
            fields.push(field);
        }
    }
    TypeKind::Struct(Struct {
        fields,
        additional_properties,
        role: StructRole::Wire,
        example: None,
        tag: None,
    })
}

fn lower_field(
    index: &Index<'_>,
    page: usize,
    model: &str,
    row: &FieldRow,
    ty: &DocType,
    inline: &mut Inline<'_>,
    found: &mut Found<'_>,
) -> Option<Field> {
    let config = index.config();
    let nullable = row.nullable || matches!(ty, DocType::Nullable(_));
    let mut lowered = index.type_ref(ty, page, row.ty.span, found, Some(inline))?;
    if let Some(documented) = innermost_primitive(&lowered) {
        if let Some(primitive) = config.field_type(model, &row.name, documented) {
            override_primitive(&mut lowered, primitive);
        }
    }
    let nullable = nullable
        || (row.required
            && !matches!(lowered, TypeRef::Literal(_))
            && config.nullable(model, &row.name, innermost_primitive(&lowered)));
    let presence = match (row.required, nullable) {
        (true, true) => Presence::RequiredNullable,
        (true, false) => Presence::Required,
        (false, _) => Presence::Optional,
    };
    let documented_wire = row.wire_name.as_deref().unwrap_or(&row.name);
    Some(Field {
        wire_name: config.wire_name(model, documented_wire),
        name: row.name.clone(),
        ty: lowered,
        presence,
        docs: index.prose(&row.description.markdown, page),
        deprecated: row.deprecated,
        examples: row.examples.clone(),
        read_only: row.read_only,
        boxed: false,
        span: row.span,
    })
}

fn lower_enum(index: &Index<'_>, page: &docs::EnumPage, found: &mut Found<'_>) -> TypeKind {
    let mut values: Vec<EnumValue> = Vec::new();
    let mut seen: HashMap<&str, crate::source::Span> = HashMap::with_capacity(page.values.len());
    for row in &page.values {
        if let Some(first) = seen.get(row.value.as_str()) {
            found.push(
                Diagnostic::warning(
                    Code::DuplicateField,
                    format!("enum value `{}` is listed twice", row.value),
                )
                .at(row.span, "listed again here")
                .also(*first, "first listed here")
                .note(format!(
                    "first listed at {}; the value is kept once",
                    index.location(*first)
                )),
            );
            continue;
        }
        seen.insert(&row.value, row.span);
        values.push(EnumValue {
            name: row.name.clone(),
            value: row.value.clone(),
            span: row.span,
        });
    }
    TypeKind::Enum(Enum {
        values,
        integer: page.integer,
    })
}

fn lower_union(
    index: &Index<'_>,
    page: usize,
    union: &docs::UnionPage,
    types: &mut Vec<TypeDef>,
    found: &mut Found<'_>,
) -> TypeKind {
    let mut members: Vec<UnionMember> = Vec::new();
    // By the member type's debug form: `TypeRef` holds JSON literals, which do not hash.
    let mut seen: HashMap<String, crate::source::Span> = HashMap::new();
    for (i, member) in union.members.iter().enumerate() {
        let Some(ty) = &member.ty.ty else { continue };
        let mut inline = inline(types, index, page, &union.title.name, &format!("{}", i + 1));
        let Some(ty) = index.type_ref(ty, page, member.ty.span, found, Some(&mut inline)) else {
            continue;
        };
        let key = format!("{ty:?}");
        if let Some(&first) = seen.get(&key) {
            // A member that could not be resolved reads as any JSON value; one such is
            // enough, and its own diagnostic has said why.
            if ty != TypeRef::Primitive(Primitive::Any) {
                found.push(
                    Diagnostic::warning(
                        Code::Unused,
                        format!("`{}` lists the same member twice", union.title.name),
                    )
                    .at(member.ty.span, "listed again here")
                    .also(first, "first listed here")
                    .note("the member is kept once"),
                );
            }
            continue;
        }
        seen.insert(key, member.ty.span);
        members.push(UnionMember {
            ty,
            tag: None,
            boxed: false,
            span: member.ty.span,
        });
    }
    TypeKind::Union(Union {
        members,
        discriminator: None,
    })
}

/// The primitive a field holds, directly or in a list or map.
fn innermost_primitive(ty: &TypeRef) -> Option<Primitive> {
    match ty {
        TypeRef::Primitive(p) => Some(*p),
        TypeRef::List(inner) | TypeRef::Map(inner) => innermost_primitive(inner),
        _ => None,
    }
}

fn override_primitive(ty: &mut TypeRef, primitive: Primitive) {
    match ty {
        TypeRef::Primitive(p) => *p = primitive,
        TypeRef::List(inner) | TypeRef::Map(inner) => override_primitive(inner, primitive),
        _ => {}
    }
}

/// Examples, rekeyed from the documented field names to wire names.
fn convert_examples(index: &Index<'_>, types: &mut [TypeDef]) {
    for (id, &page) in index.type_pages.iter().enumerate() {
        let PageKind::Model(model) = &index.page(page).kind else {
            continue;
        };
        let Some(value) = &model.example_value else {
            continue;
        };
        let value = to_wire(types, &TypeRef::Named(TypeId(id as u32)), value.clone());
        if let TypeKind::Struct(s) = &mut types[id].kind {
            s.example = Some(value);
        }
    }
}

/// Rewrites an example keyed by documented names into one keyed by wire names.
fn to_wire(types: &[TypeDef], ty: &TypeRef, value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match (ty, value) {
        (TypeRef::List(inner), Value::Array(items)) => Value::Array(
            items
                .into_iter()
                .map(|v| to_wire(types, inner, v))
                .collect(),
        ),
        (TypeRef::Map(inner), Value::Object(map)) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, to_wire(types, inner, v)))
                .collect(),
        ),
        (TypeRef::Named(id), value) => match (&types[id.0 as usize].kind, value) {
            (TypeKind::Struct(s), Value::Object(map)) => Value::Object(
                map.into_iter()
                    .map(|(k, v)| match s.fields.iter().find(|f| f.name == k) {
                        Some(f) => (f.wire_name.clone(), to_wire(types, &f.ty, v)),
                        None => match &s.additional_properties {
                            Some(ap) => (k, to_wire(types, ap, v)),
                            None => (k, v),
                        },
                    })
                    .collect(),
            ),
            (TypeKind::Union(u), value) => {
                // The member whose documented fields cover the example's keys.
                let fits = |m: &UnionMember| match (&m.ty, &value) {
                    (TypeRef::Named(mid), Value::Object(map)) => {
                        match &types[mid.0 as usize].kind {
                            TypeKind::Struct(s) => {
                                map.keys().all(|k| s.fields.iter().any(|f| &f.name == k))
                            }
                            _ => false,
                        }
                    }
                    _ => false,
                };
                match u.members.iter().find(|m| fits(m)) {
                    Some(member) => to_wire(types, &member.ty, value),
                    None => value,
                }
            }
            (_, value) => value,
        },
        (_, value) => value,
    }
}
