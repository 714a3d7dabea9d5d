//! Tagged unions: a union is tagged when every member is a struct with a required string
//! literal field of one wire name, the literals all differ, and no member is used outside
//! the union (the tag then belongs to the union, not to the member).

use super::walk_named;
use crate::ir::*;
use std::collections::{BTreeMap, BTreeSet};

pub fn find_discriminators(provider: &mut Provider) {
    let mut uses: BTreeMap<TypeId, usize> = BTreeMap::new();
    let mut count = |ty: &TypeRef| walk_named(ty, &mut |id| *uses.entry(id).or_default() += 1);
    for def in &provider.types {
        match &def.kind {
            TypeKind::Struct(s) => {
                for f in &s.fields {
                    count(&f.ty);
                }
                if let Some(ap) = &s.additional_properties {
                    count(ap);
                }
            }
            TypeKind::Union(u) => {
                for m in &u.members {
                    count(&m.ty);
                }
            }
            TypeKind::Enum(_) => {}
        }
    }
    for i in 0..provider.types.len() {
        let TypeKind::Union(union) = &provider.types[i].kind else {
            continue;
        };
        let Some((name, tags)) = discriminator(provider, union, &uses) else {
            continue;
        };
        let TypeKind::Union(union) = &mut provider.types[i].kind else {
            continue;
        };
        union.discriminator = Some(name);
        for (member, tag) in union.members.iter_mut().zip(tags) {
            member.tag = Some(tag);
        }
    }
}

/// The tag's wire name and each member's value, if the union is tagged.
fn discriminator(
    provider: &Provider,
    union: &Union,
    uses: &BTreeMap<TypeId, usize>,
) -> Option<(String, Vec<String>)> {
    let structs: Vec<&Struct> = union
        .members
        .iter()
        .map(|m| match &m.ty {
            TypeRef::Named(id) => match &provider.ty(*id).kind {
                TypeKind::Struct(s) if uses.get(id) == Some(&1) => Some(s),
                _ => None,
            },
            _ => None,
        })
        .collect::<Option<_>>()?;
    if structs.len() < 2 {
        return None;
    }
    let literal_fields = |s: &Struct| -> Vec<(String, String)> {
        s.fields
            .iter()
            .filter_map(|f| match &f.ty {
                TypeRef::Literal(serde_json::Value::String(v))
                    if f.presence == Presence::Required =>
                {
                    Some((f.wire_name.clone(), v.clone()))
                }
                _ => None,
            })
            .collect()
    };
    literal_fields(structs[0])
        .into_iter()
        .find_map(|(name, _)| {
            let tags: Vec<String> = structs
                .iter()
                .map(|s| {
                    literal_fields(s)
                        .into_iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, v)| v)
                })
                .collect::<Option<_>>()?;
            let distinct: BTreeSet<&String> = tags.iter().collect();
            (distinct.len() == tags.len()).then(|| (name.clone(), tags))
        })
}

/// The struct field each tagged union writes as its tag, which the struct then leaves out.
pub fn mark_tag_fields(provider: &mut Provider) {
    let mut tags: Vec<(TypeId, usize)> = Vec::new();
    for def in &provider.types {
        let TypeKind::Union(union) = &def.kind else {
            continue;
        };
        let Some(tag) = &union.discriminator else {
            continue;
        };
        for member in &union.members {
            let TypeRef::Named(id) = member.ty else {
                continue;
            };
            if let TypeKind::Struct(s) = &provider.ty(id).kind {
                if let Some(index) = s.fields.iter().position(|f| &f.wire_name == tag) {
                    tags.push((id, index));
                }
            }
        }
    }
    for (id, index) in tags {
        if let TypeKind::Struct(s) = &mut provider.types[id.0 as usize].kind {
            s.tag = Some(index);
        }
    }
}
