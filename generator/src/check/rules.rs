//! Rules in `provider.toml` that select nothing: a `wire_names`, `nullable` or `operations`
//! entry whose globs or path match no field or operation has no effect, which is almost
//! always a typo or a page that was renamed. Each is a warning at the rule.

use crate::config::{selects, ProviderConfig};
use crate::diagnostics::{Code, Diagnostic};
use crate::ir::{Primitive, Provider, TypeKind, TypeRef};
use crate::source::{FileId, Span};

pub fn check(provider: &Provider, config: &ProviderConfig, file: FileId) -> Vec<Diagnostic> {
    // Every documented (model, field) pair, with what the rules look at.
    let mut fields = Vec::new();
    for def in &provider.types {
        if let TypeKind::Struct(s) = &def.kind {
            for field in &s.fields {
                fields.push((def.name.as_str(), field));
            }
        }
    }
    let mut out = Vec::new();
    let unused = |span: std::ops::Range<usize>, what: &str, expected: &str| {
        Diagnostic::warning(Code::Unused, format!("this `{what}` rule matches nothing"))
            .at(Span::new(file, span), "has no effect")
            .note(expected.to_string())
    };
    for rule in &config.wire_names {
        let r = rule.get_ref();
        let matched = fields.iter().any(|(model, f)| {
            selects(&r.model, &r.field, model, &f.name)
                || selects(&r.model, &r.field, model, &f.wire_name)
        });
        if !matched {
            out.push(unused(
                rule.span(),
                "wire_names",
                "expected `model` and `field` globs that select a documented field (by page title and field name)",
            ));
        }
    }
    for rule in &config.nullable {
        let r = rule.get_ref();
        let matched = fields.iter().any(|(model, f)| {
            f.presence.is_required()
                && selects(&r.model, &r.field, model, &f.name)
                && r.ty
                    .is_none_or(|t| innermost_primitive(&f.ty) == Some(t.primitive()))
        });
        if !matched {
            out.push(unused(
                rule.span(),
                "nullable",
                "expected `model`, `field` (and `type`) to select a required field",
            ));
        }
    }
    for rule in &config.operations {
        let r = rule.get_ref();
        let matched = provider.operations.iter().any(|op| {
            op.path == r.path
                && r.method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(op.method.as_str()))
        });
        if !matched {
            out.push(unused(
                rule.span(),
                "operations",
                "expected the `path` (and `method`) of a documented operation, written as the docs write it",
            ));
        }
    }
    out
}

fn innermost_primitive(ty: &TypeRef) -> Option<Primitive> {
    match ty {
        TypeRef::Primitive(p) => Some(*p),
        TypeRef::List(inner) | TypeRef::Map(inner) => innermost_primitive(inner),
        _ => None,
    }
}
