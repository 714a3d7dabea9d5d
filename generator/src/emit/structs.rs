//! Structs as a hand-written SDK has them: the type; `new` with the required fields when they
//! are few; a `with_*` setter per optional field; a builder, whose `build` names the missing
//! required field, when the struct has more than a few fields; accessors that show literal
//! fields by their value; and a `Debug` that never shows a secret.

use super::types::{ident, touches_deprecated};
use super::{secrets, Ctx, Place};
use crate::ir::*;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// A struct with more settable fields than this gets a builder.
const FEW: usize = 3;
/// `new` takes the required fields as arguments when there are at most this many; beyond
/// that, arguments of the same type are too easy to swap, and the builder names each one.
const MAX_ARGUMENTS: usize = 4;

/// One field of the Rust struct.
pub(super) struct Member<'a> {
    pub(super) field: &'a Field,
    pub(super) name: Ident,
    /// The name without `r#`, for derived names (`with_type`) and messages.
    bare: String,
    /// The type inside `Option` (or the type, for required fields).
    inner: TokenStream,
    literal: bool,
    secret: bool,
}

impl Member<'_> {
    /// The field's Rust type.
    pub(super) fn ty(&self) -> TokenStream {
        let inner = &self.inner;
        match self.field.presence {
            Presence::Required => inner.clone(),
            Presence::RequiredNullable | Presence::Optional => quote!(Option<#inner>),
        }
    }

    /// The type a constructor or setter takes `impl Into<..>` of: text and bytes, so that
    /// `&str` and `Vec<u8>` do.
    fn conversion_target(&self) -> Option<TokenStream> {
        match &self.field.ty {
            _ if self.field.boxed => None,
            TypeRef::Primitive(Primitive::String) => Some(quote!(String)),
            TypeRef::Primitive(Primitive::Bytes) => Some(quote!(crate::Bytes)),
            _ => None,
        }
    }

    /// A setter's parameter and the expression that stores it (`Some` added by the caller).
    fn param(&self) -> (TokenStream, TokenStream) {
        let inner = &self.inner;
        match self.conversion_target() {
            Some(target) => (quote!(value: impl Into<#target>), quote!(value.into())),
            None => (quote!(value: #inner), quote!(value)),
        }
    }
}

/// Whether struct `id` gets a builder: it has more than a few fields to set, some required.
pub fn has_builder(ctx: &Ctx<'_>, id: TypeId) -> bool {
    match &ctx.provider.ty(id).kind {
        TypeKind::Struct(s) => {
            let settable: Vec<&Field> = s
                .fields
                .iter()
                .enumerate()
                .filter(|(i, f)| s.tag != Some(*i) && !matches!(f.ty, TypeRef::Literal(_)))
                .map(|(_, f)| f)
                .collect();
            // Without required fields, `default()` and the `with_*` setters do the same.
            settable.len() > FEW && settable.iter().any(|f| f.presence == Presence::Required)
        }
        _ => false,
    }
}

pub fn expand_struct(ctx: &Ctx<'_>, id: TypeId, s: &Struct) -> TokenStream {
    let def = ctx.provider.ty(id);
    let name = ident(ctx.names.ty(id));
    let wire = s.role == StructRole::Wire;
    let members: Vec<Member<'_>> = s
        .fields
        .iter()
        .enumerate()
        .filter(|(index, _)| s.tag != Some(*index))
        .map(|(index, field)| {
            let rust_name = ctx.names.field(id, index);
            Member {
                field,
                name: ident(rust_name),
                bare: rust_name.trim_start_matches("r#").to_string(),
                inner: ctx.field_type(&field.ty, field.boxed, Place::Models),
                literal: matches!(field.ty, TypeRef::Literal(_)),
                secret: secrets::is_secret(ctx, id, index),
            }
        })
        .collect();
    let extra = match (
        &s.additional_properties,
        &ctx.names.additional[id.0 as usize],
    ) {
        (Some(value), Some(extra)) => Some((ident(extra), ctx.rust_type(value, Place::Models))),
        _ => None,
    };

    let fields = members.iter().map(|m| {
        let docs = ctx.field_docs(m.field);
        let deprecated = m.field.deprecated.then(|| quote!(#[deprecated]));
        let (field_name, ty) = (&m.name, m.ty());
        // A literal field has one possible value: nothing to set or read, so it is not public
        // (its type is serde machinery); an accessor shows the value instead.
        if m.literal {
            quote!(#deprecated pub(crate) #field_name: #ty,)
        } else {
            quote!(#docs #deprecated pub #field_name: #ty,)
        }
    });
    let extra_field = extra.as_ref().map(|(extra, value)| {
        quote! {
            /// Properties beyond the documented ones, kept as received.
            pub #extra: std::collections::BTreeMap<String, #value>,
        }
    });

    let required = |m: &Member<'_>| !m.literal && m.field.presence != Presence::Optional;
    let all_optional = s.may_be_empty();
    let secret = members.iter().any(|m| m.secret);
    let allow = touches_deprecated(ctx.provider, def).then(|| quote!(#[allow(deprecated)]));
    let debug = (!secret).then(|| quote!(Debug,));
    let default = all_optional.then(|| quote!(, Default));
    // Serde's impls are written out (`wire`): cheaper to compile than the derive.
    let serde = wire.then(|| super::wire::expand_serde(&name, &members, extra.as_ref(), &allow));

    let settable: Vec<&Member<'_>> = members.iter().filter(|m| !m.literal).collect();
    let has_builder = has_builder(ctx, id);
    let required_count = settable.iter().filter(|m| required(m)).count();
    let constructor =
        (required_count <= MAX_ARGUMENTS).then(|| new_fn(&members, &extra, all_optional));
    let accessors = members
        .iter()
        .filter(|m| m.literal)
        .filter_map(|m| accessor(ctx, m));
    let setters = settable
        .iter()
        .filter(|m| m.field.presence != Presence::Required)
        .map(|m| {
            let with = format_ident!("with_{}", m.bare);
            let field_name = &m.name;
            let (param, store) = m.param();
            let deprecated = m.field.deprecated.then(|| quote!(#[deprecated]));
            let line = format!(" Sets `{}`.", m.bare);
            quote! {
                #[doc = #line]
                #deprecated
                pub fn #with(mut self, #param) -> Self {
                    self.#field_name = Some(#store);
                    self
                }
            }
        });
    let builder_name = ident(ctx.names.builder(id));
    let builder_fn = has_builder.then(|| {
        let line = " A builder: set each field by name, then `build()`, which says which required field is missing.";
        quote! {
            #[doc = #line]
            pub fn builder() -> #builder_name {
                // Not `Builder::default()`: a field named `default` has a setter of that name.
                <#builder_name as ::core::default::Default>::default()
            }
        }
    });
    let builder = has_builder.then(|| expand_builder(ctx, id, &members, &extra, &allow));
    let debug_impl = secret.then(|| redacted_debug(&name, &members, &extra, &allow));

    quote! {
        #allow
        #[derive(Clone, #debug PartialEq #default)]
        pub struct #name {
            #(#fields)*
            #extra_field
        }

        #allow
        impl #name {
            #constructor
            #builder_fn
            #(#accessors)*
            #(#setters)*
        }

        #serde
        #builder
        #debug_impl
    }
}

/// `new`: the required fields as arguments, the optional ones `None`.
fn new_fn(
    members: &[Member<'_>],
    extra: &Option<(Ident, TokenStream)>,
    all_optional: bool,
) -> TokenStream {
    let mut params = Vec::new();
    let mut inits = Vec::new();
    for m in members {
        let field_name = &m.name;
        match (m.field.presence, m.literal) {
            (_, true) => inits.push(quote!(#field_name: Default::default())),
            (Presence::Optional, false) => inits.push(quote!(#field_name: None)),
            (presence, false) => {
                if let Some(target) = m
                    .conversion_target()
                    .filter(|_| presence == Presence::Required)
                {
                    params.push(quote!(#field_name: impl Into<#target>));
                    inits.push(quote!(#field_name: #field_name.into()));
                } else {
                    let ty = m.ty();
                    params.push(quote!(#field_name: #ty));
                    inits.push(quote!(#field_name));
                }
            }
        }
    }
    if let Some((extra, _)) = extra {
        inits.push(quote!(#extra: std::collections::BTreeMap::new()));
    }
    let docs = if all_optional {
        " An empty value: every field is optional."
    } else {
        " A value with the required fields set and the optional ones `None`."
    };
    quote! {
        #[doc = #docs]
        pub fn new(#(#params),*) -> Self {
            Self { #(#inits,)* }
        }
    }
}

/// A literal field's value, shown in rustdoc as the value itself.
fn accessor(ctx: &Ctx<'_>, m: &Member<'_>) -> Option<TokenStream> {
    let TypeRef::Literal(value) = &m.field.ty else {
        return None;
    };
    // Names that `new`, `builder` and the setters use stay theirs.
    if matches!(m.bare.as_str(), "new" | "builder") || m.bare.starts_with("with_") {
        return None;
    }
    let (ty, expr): (TokenStream, TokenStream) = match value {
        serde_json::Value::String(text) => (quote!(&'static str), quote!(#text)),
        serde_json::Value::Bool(flag) => (quote!(bool), quote!(#flag)),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(n) => (quote!(i64), quote!(#n)),
            None => {
                let n = n.as_f64()?;
                (quote!(f64), quote!(#n))
            }
        },
        _ => return None,
    };
    let name = &m.name;
    let docs = ctx.field_docs(m.field);
    let blank = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
    let shown = value.to_string().replace('`', "'");
    Some(match m.field.presence {
        Presence::Required => {
            let line = format!(" Always `{shown}` on the wire.");
            quote! {
                #[doc = #line]
                #blank
                #docs
                pub fn #name(&self) -> #ty {
                    #expr
                }
            }
        }
        presence => {
            let line = format!(" `{shown}` when present; `None` when left out or `null`.");
            // Optional literals can be sent or not: a setter without a value sends them.
            let with = (presence == Presence::Optional).then(|| {
                let with = format_ident!("with_{}", m.bare);
                let line = format!(" Sends `{}` as `{shown}`.", m.bare);
                quote! {
                    #[doc = #line]
                    pub fn #with(mut self) -> Self {
                        self.#name = Some(Default::default());
                        self
                    }
                }
            });
            quote! {
                #[doc = #line]
                #blank
                #docs
                pub fn #name(&self) -> Option<#ty> {
                    self.#name.as_ref().map(|_| #expr)
                }
                #with
            }
        }
    })
}

/// `<Name>Builder`: every settable field by name; `build` fails naming the first required
/// field that was not set.
fn expand_builder(
    ctx: &Ctx<'_>,
    id: TypeId,
    members: &[Member<'_>],
    extra: &Option<(Ident, TokenStream)>,
    allow: &Option<TokenStream>,
) -> TokenStream {
    let name = ident(ctx.names.ty(id));
    let builder = ident(ctx.names.builder(id));
    let model = ctx.names.ty(id);
    let mut slots = Vec::new();
    let mut setters = Vec::new();
    let mut inits = Vec::new();
    // The builder is taken apart by one pattern (no `?` per field: cheaper to compile).
    let mut patterns = Vec::new();
    let mut required = Vec::new();
    for m in members {
        let field_name = &m.name;
        if m.literal {
            inits.push(quote!(#field_name: Default::default()));
            continue;
        }
        // A required nullable field left unset is sent as `null`, which the API accepts.
        let slot = &m.inner;
        slots.push(quote!(#field_name: Option<#slot>,));
        let (param, store) = m.param();
        // `build` is the builder's own method.
        let setter = if m.bare == "build" {
            format_ident!("build_")
        } else {
            m.name.clone()
        };
        let line = format!(" Sets `{}`.", m.bare);
        let deprecated = m.field.deprecated.then(|| quote!(#[deprecated]));
        setters.push(quote! {
            #[doc = #line]
            #deprecated
            pub fn #setter(mut self, #param) -> Self {
                self.#field_name = Some(#store);
                self
            }
        });
        let bare = &m.bare;
        inits.push(quote!(#field_name));
        patterns.push(match m.field.presence {
            Presence::Required => {
                required.push((field_name, bare));
                quote!(#field_name: Some(#field_name))
            }
            _ => quote!(#field_name),
        });
    }
    if let Some((extra, value)) = extra {
        let line = " Sets one property beyond the documented ones.";
        // Unless a documented field has that name.
        let property = if members.iter().any(|m| m.bare == "property") {
            format_ident!("additional_property")
        } else {
            format_ident!("property")
        };
        slots.push(quote!(#extra: std::collections::BTreeMap<String, #value>,));
        setters.push(quote! {
            #[doc = #line]
            pub fn #property(mut self, key: impl Into<String>, value: #value) -> Self {
                self.#extra.insert(key.into(), value);
                self
            }
        });
        inits.push(quote!(#extra));
        patterns.push(quote!(#extra));
    }
    // The first required field not set, tested in order (the last one needs no test).
    let take_apart = match required.split_last() {
        None => quote!(let Self { #(#patterns,)* } = self;),
        Some(((_, last), rest)) => {
            let tests = rest
                .iter()
                .map(|(field, bare)| quote!(if self.#field.is_none() { #bare } else));
            quote! {
                let Self { #(#patterns,)* } = self else {
                    let field = #(#tests)* { #last };
                    return Err(crate::BuildError { model: #model, field });
                };
            }
        }
    };
    let docs = format!(
        " Builds a [`{model}`] field by field. `build` fails, naming the field, when a required one is not set."
    );
    // No `Debug`: the builder may hold secrets.
    quote! {
        #[doc = #docs]
        #allow
        #[derive(Clone, Default)]
        pub struct #builder {
            #(#slots)*
        }

        #allow
        impl #builder {
            #(#setters)*

            /// The model, or which required field is missing.
            pub fn build(self) -> Result<#name, crate::BuildError> {
                #take_apart
                Ok(#name { #(#inits,)* })
            }
        }
    }
}

/// `Debug` with the values of secret fields replaced (their presence still shown).
fn redacted_debug(
    name: &Ident,
    members: &[Member<'_>],
    extra: &Option<(Ident, TokenStream)>,
    allow: &Option<TokenStream>,
) -> TokenStream {
    let title = name.to_string();
    let mut entries: Vec<TokenStream> = members
        .iter()
        .map(|m| {
            let (field_name, bare) = (&m.name, &m.bare);
            let value = match (m.secret, m.field.presence) {
                (false, _) => quote!(&self.#field_name),
                (true, Presence::Required) => quote!(&super::Redacted),
                (true, _) => quote!(&self.#field_name.as_ref().map(|_| super::Redacted)),
            };
            quote!(.field(#bare, #value))
        })
        .collect();
    if let Some((extra, _)) = extra {
        let bare = extra.to_string();
        entries.push(quote!(.field(#bare, &self.#extra)));
    }
    quote! {
        #allow
        impl std::fmt::Debug for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#title)
                    #(#entries)*
                    .finish()
            }
        }
    }
}
