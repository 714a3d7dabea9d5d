//! What follows from the whole arena once every type is lowered: which unions are tagged (and
//! which struct field carries the tag), and which references must be boxed to break a cycle.
//! Emitters read the results from the IR; they never recompute them.

pub(crate) mod cycles;
mod tagging;

use super::Provider;

pub fn analyze(provider: &mut Provider) {
    tagging::find_discriminators(provider);
    tagging::mark_tag_fields(provider);
    cycles::mark_boxed(provider);
}

/// Calls `f` for every named type a reference mentions.
pub fn walk_named(ty: &super::TypeRef, f: &mut impl FnMut(super::TypeId)) {
    match ty {
        super::TypeRef::Named(id) => f(*id),
        super::TypeRef::List(inner) | super::TypeRef::Map(inner) => walk_named(inner, f),
        super::TypeRef::Primitive(_) | super::TypeRef::Literal(_) => {}
    }
}
