//! Pass 1: every page by path and by title, a [`TypeId`] per type page, and the resolution of
//! references — links by path, bare names by title within their namespace — to types.

use super::{Found, ProviderInput};
use crate::config::{ProviderConfig, Strictness};
use crate::diagnostics::{Code, Diagnostic};
use crate::dialect::{DocType, NamedRef};
use crate::docs::{join, namespace_of, FieldRole, Page, PageIndex, PageKind, ResponseWrapper, Via};
use crate::ir::*;
use std::collections::BTreeMap;

/// A page's place in the arena.
#[derive(Clone, Debug)]
pub(super) enum Slot {
    /// Not a type page.
    None,
    Type(TypeId),
    /// An SDK response wrapper: read as the body it holds, never a type of its own.
    Wrapper,
}

/// Where a type written inline (a union or an enumeration in a Type cell) becomes a type of
/// its own, and the name it takes (its owner's and the field's: `PetOwner`). Without one,
/// inline unions read as any JSON value and inline enumerations as strings.
pub(super) struct Inline<'t> {
    pub types: &'t mut Vec<TypeDef>,
    pub name: String,
    /// The page path and the field, for the type's `location`.
    pub location: String,
}

impl Inline<'_> {
    fn add(&mut self, namespace: &str, span: crate::source::Span, kind: TypeKind) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(TypeDef {
            name: self.name.clone(),
            location: self.location.clone(),
            namespace: namespace.to_string(),
            docs: String::new(),
            deprecated: false,
            span,
            kind,
        });
        id
    }
}

/// What a reference resolved to.
pub(super) enum Resolved {
    Type(TypeId),
    /// A response wrapper, on this page.
    Wrapper(usize),
    /// Unresolvable but tolerated (a warning was given): any JSON value.
    Any,
}

pub(super) struct Index<'a> {
    pub input: &'a ProviderInput<'a>,
    /// Every page by path, type pages by title.
    pages: PageIndex<'a>,
    slots: Vec<Slot>,
    /// The page of each type, by id.
    pub type_pages: Vec<usize>,
}

impl<'a> Index<'a> {
    pub fn build(input: &'a ProviderInput<'a>, found: &mut Found<'_>) -> Self {
        let paths: Vec<&'a str> = input
            .pages
            .iter()
            .map(|page| input.sources.get(page.file).path.as_str())
            .collect();
        let mut slots = vec![Slot::None; input.pages.len()];
        let mut type_pages = Vec::new();
        let mut by_title: BTreeMap<&'a str, Vec<usize>> = BTreeMap::new();
        found.stats.pages = input.pages.len();
        for (i, page) in input.pages.iter().enumerate() {
            let path = paths[i];
            let title = match &page.kind {
                PageKind::Operations(_) => {
                    found.stats.operation_pages += 1;
                    continue;
                }
                PageKind::Skipped(reason) => {
                    *found.stats.skipped.entry(reason.describe()).or_default() += 1;
                    continue;
                }
                PageKind::Model(m) if m.wrapper.is_some() => {
                    found.stats.wrappers += 1;
                    slots[i] = Slot::Wrapper;
                    continue;
                }
                PageKind::Model(m) => &m.title,
                PageKind::Enum(e) => &e.title,
                PageKind::Union(u) => &u.title,
            };
            let namespace = namespace_of(path);
            let clash = by_title.get(title.name.as_str()).and_then(|same| {
                same.iter()
                    .copied()
                    .find(|&o| namespace_of(paths[o]) == namespace)
            });
            if let Some(other) = clash {
                found.push(
                    Diagnostic::error(
                        Code::DuplicateModel,
                        format!("`{}` is defined twice in `{namespace}`", title.name),
                    )
                    .at(title.span, "second definition")
                    .note(format!("first defined in {}", paths[other])),
                );
                continue;
            }
            by_title.entry(title.name.as_str()).or_default().push(i);
            slots[i] = Slot::Type(TypeId(type_pages.len() as u32));
            type_pages.push(i);
        }
        let titles = by_title
            .into_iter()
            .flat_map(|(title, pages)| pages.into_iter().map(move |p| (p, title.to_string())));
        Index {
            input,
            pages: PageIndex::new(paths, titles),
            slots,
            type_pages,
        }
    }

    pub fn config(&self) -> &'a ProviderConfig {
        self.input.config
    }

    pub fn pages(&self) -> &'a [Page] {
        self.input.pages
    }

    pub fn page(&self, index: usize) -> &'a Page {
        &self.input.pages[index]
    }

    pub fn path(&self, index: usize) -> &'a str {
        self.pages.path(index)
    }

    pub fn location(&self, span: crate::source::Span) -> String {
        self.input.sources.location(span)
    }

    /// The type a page defines.
    pub fn type_of_page(&self, page: usize) -> Option<TypeId> {
        match self.slots[page] {
            Slot::Type(id) => Some(id),
            _ => None,
        }
    }

    /// The response wrapper on a page.
    pub fn wrapper(&self, page: usize) -> Option<&'a ResponseWrapper> {
        match &self.page(page).kind {
            PageKind::Model(model) => model.wrapper.as_ref(),
            _ => None,
        }
    }

    /// The first type page titled `title`.
    pub fn type_titled(&self, title: &str) -> Option<TypeId> {
        self.pages
            .titled(title)
            .iter()
            .find_map(|&p| self.type_of_page(p))
    }

    /// The page a reference points at.
    pub fn find_page(&self, named: &NamedRef, from: usize) -> Option<usize> {
        self.pages.find(named, from)
    }

    /// Resolves a reference, reporting why it cannot be.
    pub fn resolve(
        &self,
        named: &NamedRef,
        from: usize,
        cell_span: crate::source::Span,
        found: &mut Found<'_>,
    ) -> Option<Resolved> {
        let span = cell_span.sub(named.range.clone());
        // SDK generators write `../../models/.md` for types they could not name a page for
        // (lists, primitives): the link says nothing, the name in its text may.
        let placeholder = named
            .link
            .as_deref()
            .is_some_and(|l| l.ends_with("/.md") || l.ends_with("/.mdx") || l.starts_with(".md"));
        if placeholder {
            let by_name = NamedRef {
                link: None,
                ..named.clone()
            };
            if let Some(page) = self.find_page(&by_name, from) {
                found.infer("placeholder links followed by the name in their text");
                return self.slot_of(page, named, span, found);
            }
            found.push(
                Diagnostic::warning(
                    Code::PlaceholderLink,
                    format!("`{}` links to a page with no name", named.name),
                )
                .at(span, "placeholder link")
                .note("read as any JSON value"),
            );
            return Some(Resolved::Any);
        }
        if let Some((page, via)) = self.pages.follow(named, from) {
            if via == Via::MovedPath {
                found.infer("links to pages that moved, followed by their file name");
            }
            return self.slot_of(page, named, span, found);
        }
        let strict = self.config().dangling_links == Strictness::Error;
        let what = match &named.link {
            Some(link) => format!("`{}` links to `{link}`, which does not exist", named.name),
            None => format!("no page defines `{}`", named.name),
        };
        let from_dir = self.input.sources.get(self.page(from).file).dir();
        let mut diagnostic = if strict {
            Diagnostic::error(Code::DanglingLink, what)
        } else {
            Diagnostic::warning(Code::DanglingLink, what)
        };
        diagnostic = match &named.link {
            Some(link) => diagnostic.at(span, "dangling link").note(format!(
                "resolved relative to {from_dir}/ as {}",
                join(from_dir, link.split('#').next().unwrap_or_default())
                    .unwrap_or_else(|| "a path outside the specs".into())
            )),
            None => diagnostic.at(span, "unknown name"),
        };
        if !strict {
            diagnostic = diagnostic.note("read as any JSON value");
        }
        found.push(diagnostic);
        (!strict).then_some(Resolved::Any)
    }

    fn slot_of(
        &self,
        page: usize,
        named: &NamedRef,
        span: crate::source::Span,
        found: &mut Found<'_>,
    ) -> Option<Resolved> {
        match &self.slots[page] {
            Slot::Type(id) => Some(Resolved::Type(*id)),
            Slot::Wrapper => Some(Resolved::Wrapper(page)),
            Slot::None => {
                found.push(
                    Diagnostic::error(
                        Code::NotWireType,
                        format!("`{}` is not a model, enum or union page", named.name),
                    )
                    .at(span, format!("points at {}", self.path(page))),
                );
                None
            }
        }
    }

    /// A documented type as an IR type. `None` when something was reported.
    pub fn type_ref(
        &self,
        ty: &DocType,
        from: usize,
        span: crate::source::Span,
        found: &mut Found<'_>,
        mut inline: Option<&mut Inline<'_>>,
    ) -> Option<TypeRef> {
        Some(match ty {
            DocType::Primitive(p) => TypeRef::Primitive(*p),
            DocType::List(inner) => {
                TypeRef::List(Box::new(self.type_ref(inner, from, span, found, inline)?))
            }
            DocType::Map(inner) => {
                TypeRef::Map(Box::new(self.type_ref(inner, from, span, found, inline)?))
            }
            // Nullability of the field itself is read by the caller; deeper down it is moot.
            DocType::Nullable(inner) => self.type_ref(inner, from, span, found, inline)?,
            DocType::Enum(values) => match inline {
                Some(inline) => {
                    let values = values
                        .iter()
                        .map(|value| EnumValue {
                            name: None,
                            value: value.clone(),
                            span,
                        })
                        .collect();
                    let namespace = namespace_of(self.path(from));
                    TypeRef::Named(inline.add(
                        namespace,
                        span,
                        TypeKind::Enum(Enum {
                            values,
                            integer: false,
                        }),
                    ))
                }
                None => TypeRef::Primitive(Primitive::String),
            },
            // `MustBe!` holds strings, booleans and integers; a fractional literal is a number.
            DocType::Literal(serde_json::Value::Number(n)) if !n.is_i64() && !n.is_u64() => {
                TypeRef::Primitive(Primitive::Number)
            }
            DocType::Literal(serde_json::Value::Null) => TypeRef::Primitive(Primitive::Any),
            DocType::Literal(value) => TypeRef::Literal(value.clone()),
            DocType::OneOf(members) => {
                // `File | Blob | operations.XFile`: every member is binary, so this is a file;
                // the file object, when there is one, also gives its name.
                let mut lowered: Vec<TypeRef> = Vec::new();
                for member in members {
                    let member = self.type_ref(member, from, span, found, inline.as_deref_mut())?;
                    if !lowered.contains(&member) {
                        lowered.push(member);
                    }
                }
                let is_bytes = |t: &TypeRef| *t == TypeRef::Primitive(Primitive::Bytes);
                let file_object = lowered.iter().find(|t| self.is_file_object(t)).cloned();
                if lowered
                    .iter()
                    .all(|t| is_bytes(t) || self.is_file_object(t))
                {
                    file_object.unwrap_or(TypeRef::Primitive(Primitive::Bytes))
                } else if let [one] = lowered.as_slice() {
                    one.clone()
                } else if let Some(inline) = inline {
                    let members = lowered
                        .into_iter()
                        .map(|ty| UnionMember {
                            ty,
                            tag: None,
                            boxed: false,
                            span,
                        })
                        .collect();
                    let namespace = namespace_of(self.path(from));
                    let union = Union {
                        members,
                        discriminator: None,
                    };
                    TypeRef::Named(inline.add(namespace, span, TypeKind::Union(union)))
                } else {
                    found.infer("inline unions read as any JSON value");
                    TypeRef::Primitive(Primitive::Any)
                }
            }
            DocType::Named(named) => match self.resolve(named, from, span, found)? {
                Resolved::Type(id) => TypeRef::Named(id),
                Resolved::Any => TypeRef::Primitive(Primitive::Any),
                Resolved::Wrapper(page) => {
                    found.push(
                        Diagnostic::error(
                            Code::NotWireType,
                            format!(
                                "`{}` is an SDK response wrapper, not a wire type",
                                named.name
                            ),
                        )
                        .at(
                            span.sub(named.range.clone()),
                            format!("points at {}", self.path(page)),
                        ),
                    );
                    return None;
                }
            },
            DocType::External(name) => {
                found.push(
                    Diagnostic::error(
                        Code::NotWireType,
                        format!("`{name}` is a class of the SDK, not a wire type"),
                    )
                    .at(span, "here"),
                );
                return None;
            }
        })
    }

    /// A struct with a field of raw bytes (`{ fileName, content }`), read from its page.
    pub fn is_file_object(&self, ty: &TypeRef) -> bool {
        let TypeRef::Named(id) = ty else {
            return false;
        };
        let Some(&page) = self.type_pages.get(id.0 as usize) else {
            return false;
        };
        match &self.page(page).kind {
            PageKind::Model(model) => model.fields.iter().any(|f| {
                f.role == FieldRole::Wire && f.ty.ty == Some(DocType::Primitive(Primitive::Bytes))
            }),
            _ => false,
        }
    }

    /// Prose as CommonMark, with links to other spec pages rewritten to `type:<id>` so later
    /// stages can point at the generated type without knowing about pages.
    pub fn prose(&self, markdown: &str, from: usize) -> String {
        if !markdown.contains(".md") {
            return markdown.to_string();
        }
        let mut out = String::with_capacity(markdown.len());
        let mut last = 0;
        for (event, range) in crate::markdown::new_parser(markdown).into_offset_iter() {
            if let pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) = event
            {
                if dest_url.contains("://")
                    || !dest_url.split('#').next().unwrap_or("").ends_with(".md")
                {
                    continue;
                }
                let named = NamedRef {
                    name: String::new(),
                    link: Some(dest_url.to_string()),
                    range: 0..0,
                };
                let target = match self
                    .find_page(&named, from)
                    .and_then(|p| self.type_of_page(p))
                {
                    Some(id) => format!("type:{}", id.0),
                    None => String::new(),
                };
                if let Some(at) = markdown[range.clone()].rfind(dest_url.as_ref()) {
                    let start = range.start + at;
                    out.push_str(&markdown[last..start]);
                    out.push_str(&target);
                    last = start + dest_url.len();
                }
            }
        }
        out.push_str(&markdown[last..]);
        out
    }
}
