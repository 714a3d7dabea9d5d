//! What follows from the whole arena once every type is lowered: which unions are tagged (and
//! which struct field carries the tag), which references must be boxed to break a cycle, and
//! which operations answer in pages. Emitters read the results from the IR; they never
//! recompute them.

pub(crate) mod cycles;
pub mod paging;
mod tagging;

use super::Provider;

/// Runs every analysis. `paging` holds what the configuration says about each operation's
/// pages (indexed like the operations); returns the operations whose setting could not be
/// followed, with why.
pub fn analyze(provider: &mut Provider, paging: &[Option<paging::Hint>]) -> Vec<(usize, String)> {
    tagging::find_discriminators(provider);
    tagging::mark_tag_fields(provider);
    cycles::mark_boxed(provider);
    paging::detect(provider, paging)
}

/// Calls `f` for every named type a reference mentions.
pub fn walk_named(ty: &super::TypeRef, f: &mut impl FnMut(super::TypeId)) {
    match ty {
        super::TypeRef::Named(id) => f(*id),
        super::TypeRef::List(inner) | super::TypeRef::Map(inner) => walk_named(inner, f),
        super::TypeRef::Primitive(_) | super::TypeRef::Literal(_) => {}
    }
}
