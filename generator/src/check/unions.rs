//! A union that is among its own members, directly or through other unions, has no JSON of
//! its own: decoding tries the member that is the union again on the same value, so a value
//! no other member takes recurses until the stack gives out — a server could abort any client
//! with one response. Such a union is an error that points at the member closing the cycle.
//! Cycles through a struct, a list or a map are fine: each step consumes a level of the JSON.

use crate::diagnostics::{Code, Diagnostic};
use crate::ir::analysis::cycles::strongly_connected;
use crate::ir::{Provider, TypeId, TypeKind, TypeRef};

/// The unions a union holds as members by itself (not in a list or a map).
fn union_members(provider: &Provider, id: usize) -> Vec<(usize, usize)> {
    let TypeKind::Union(u) = &provider.types[id].kind else {
        return Vec::new();
    };
    u.members
        .iter()
        .enumerate()
        .filter_map(|(i, m)| match m.ty {
            TypeRef::Named(target) if matches!(provider.ty(target).kind, TypeKind::Union(_)) => {
                Some((i, target.0 as usize))
            }
            _ => None,
        })
        .collect()
}

pub fn check(provider: &Provider) -> Vec<Diagnostic> {
    let count = provider.types.len();
    let components = strongly_connected(count, |id| {
        union_members(provider, id)
            .into_iter()
            .map(|(_, t)| t)
            .collect()
    });
    let mut size = vec![0usize; count];
    for &c in &components {
        size[c] += 1;
    }
    let mut out = Vec::new();
    for id in 0..count {
        for (member, target) in union_members(provider, id) {
            let cyclic =
                components[id] == components[target] && (size[components[id]] > 1 || id == target);
            if !cyclic {
                continue;
            }
            let def = provider.ty(TypeId(id as u32));
            let TypeKind::Union(u) = &def.kind else {
                continue;
            };
            let target_def = provider.ty(TypeId(target as u32));
            let how = if id == target {
                "itself".to_string()
            } else {
                format!("`{}`, a union that leads back to it", target_def.name)
            };
            out.push(
                Diagnostic::error(
                    Code::RecursiveUnion,
                    format!("union `{}` has as a member {how}", def.name),
                )
                .at(u.members[member].span, "this member")
                .also(def.span, "the union")
                .note("expected members that are not this union: a value no other member takes would make decoding recurse forever; list the other union's members here instead, or wrap it in a list"),
            );
        }
    }
    out
}
