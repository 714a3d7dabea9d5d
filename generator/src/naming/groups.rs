//! The `models/` module each type is written in: beside the operations of the resource that
//! uses it, or in the shared module.

use super::{ascii_words, escape_plain};
use crate::ir::{Operation, Provider, Response, TypeId, TypeKind, TypeRef};
use heck::ToSnakeCase;
use std::collections::BTreeSet;

/// The module of models used by the operations of several resources, or of none.
pub const SHARED_GROUP: &str = "shared";

/// The resource an operation belongs to, as a module name: the group the docs put it in (an
/// SDK page, a tag), else the first segment of its path (`/transfers/{id}` is `transfers`).
pub fn resource(op: &Operation) -> String {
    let name = if op.group.trim().is_empty() {
        op.path
            .split('/')
            .find(|segment| !segment.is_empty() && !segment.starts_with('{'))
            .unwrap_or_default()
    } else {
        op.group.as_str()
    };
    match ascii_words(name).to_snake_case() {
        empty if empty.is_empty() => SHARED_GROUP.to_string(),
        snake => escape_plain(&snake, "_"),
    }
}

/// The `models/` module of each type, by [`TypeId`]: the resource of the operations that use
/// it (as request, body, answer or error, directly or inside another model), so that a reader
/// finds a model beside its operations; [`SHARED_GROUP`] when several resources or none use it.
pub(super) fn model_groups(provider: &Provider) -> Vec<String> {
    let mut users: Vec<BTreeSet<String>> = vec![BTreeSet::new(); provider.types.len()];
    for op in &provider.operations {
        let resource = resource(op);
        let mut roots: Vec<&TypeRef> = Vec::new();
        let request = op.request.map(TypeRef::Named);
        roots.extend(request.as_ref());
        roots.extend(op.body.as_ref().map(|b| &b.ty));
        if let Response::Body(ty) = &op.response {
            roots.push(ty);
        }
        roots.extend(op.errors.iter().filter_map(|e| e.ty.as_ref()));
        // Every operation can answer with the provider's error model.
        let error_model = provider.service.error_model.map(TypeRef::Named);
        roots.extend(error_model.as_ref());
        let mut stack: Vec<TypeId> = roots.into_iter().flat_map(named_in).collect();
        while let Some(id) = stack.pop() {
            if !users[id.0 as usize].insert(resource.clone()) {
                continue;
            }
            match &provider.ty(id).kind {
                TypeKind::Struct(s) => {
                    stack.extend(s.fields.iter().flat_map(|f| named_in(&f.ty)));
                    stack.extend(s.additional_properties.iter().flat_map(named_in));
                }
                TypeKind::Union(u) => stack.extend(u.members.iter().flat_map(|m| named_in(&m.ty))),
                TypeKind::Enum(_) => {}
            }
        }
    }
    users
        .into_iter()
        .map(|resources| match resources.len() {
            1 => resources.into_iter().next().unwrap_or_default(),
            _ => SHARED_GROUP.to_string(),
        })
        .collect()
}

/// The named types `ty` refers to.
fn named_in(ty: &TypeRef) -> Vec<TypeId> {
    match ty {
        TypeRef::Named(id) => vec![*id],
        TypeRef::List(inner) | TypeRef::Map(inner) => named_in(inner),
        TypeRef::Primitive(_) | TypeRef::Literal(_) => Vec::new(),
    }
}
