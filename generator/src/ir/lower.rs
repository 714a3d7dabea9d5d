//! Docs to IR: resolve links and names, read Type cells, build the type arena, bind
//! operations to their models.
//!
//! Pages are keyed by path; titles are only used for names written without a link, and then
//! the namespace (`models.X`, `components.X`) picks among pages that share a title.

use super::operations;
use super::*;
use crate::config::{ProviderConfig, Strictness};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::dialect::{Dialect, DocType, NamedRef};
use crate::docs::{self, FieldRow, Page, PageKind};
use crate::source::{FileId, Sources, Span};
use std::collections::{BTreeMap, BTreeSet};

/// Everything one provider's folder holds.
pub struct ProviderInput<'a> {
    pub name: &'a str,
    pub pages: Vec<&'a Page>,
    pub config: &'a ProviderConfig,
    pub config_file: Option<FileId>,
}

/// Lowers one provider's pages to IR. Problems go to `diagnostics`; the result is only
/// meaningful when no error was reported.
pub fn lower(
    input: ProviderInput<'_>,
    sources: &Sources,
    diagnostics: &mut Diagnostics,
) -> (Provider, Stats) {
    let dialect = pick_dialect(&input, diagnostics);
    let mut lowering = Lowering::new(input, sources, dialect, diagnostics);
    lowering.index();
    lowering.parse_type_cells();
    lowering.find_envelopes();
    lowering.assign_ids();
    lowering.lower_types();
    lowering.find_discriminators();
    let operations = operations::bind(&mut lowering);
    lowering.convert_examples();
    let service = lowering.service();
    lowering.stats.operations = operations.len();
    let Lowering {
        input,
        types,
        stats,
        ..
    } = lowering;
    (
        Provider {
            name: input.name.to_string(),
            title: input
                .config
                .title
                .clone()
                .unwrap_or_else(|| heck::ToUpperCamelCase::to_upper_camel_case(input.name)),
            types,
            operations,
            service,
        },
        stats,
    )
}

/// The config's dialect, or the one that recognises most Type cells.
fn pick_dialect(input: &ProviderInput<'_>, diagnostics: &mut Diagnostics) -> &'static dyn Dialect {
    if let Some(name) = &input.config.dialect {
        if let Some(dialect) = crate::dialect::by_name(name.get_ref()) {
            return dialect;
        }
        let known: Vec<_> = crate::dialect::DIALECTS.iter().map(|d| d.name()).collect();
        diagnostics.push(
            Diagnostic::error(
                Code::BadConfig,
                format!("unknown dialect `{}`", name.get_ref()),
            )
            .at(
                Span::new(input.config_file.unwrap_or(FileId(0)), name.span()),
                "here",
            )
            .note(format!("known dialects: {}", known.join(", "))),
        );
    }
    let cells = input.pages.iter().flat_map(|page| match &page.kind {
        PageKind::Model(model) => model.fields.iter().map(|f| f.ty.text.as_str()).collect(),
        _ => Vec::new(),
    });
    crate::dialect::detect(cells).unwrap_or(crate::dialect::DIALECTS[0])
}

/// A type page's place in the lowering.
#[derive(Clone, Debug)]
pub(super) enum Slot {
    /// Not a type page.
    None,
    Type(TypeId),
    /// An SDK response wrapper (status code, headers, raw response around the real body).
    Envelope(Envelope),
}

#[derive(Clone, Debug)]
pub(super) struct Envelope {
    /// The field holding the body, when there is one.
    pub body: Option<usize>,
    /// Only headers (Speakeasy's way of showing `201 Created` + `Location`).
    pub headers_only: bool,
    /// The body is the SDK's raw response stream: a file.
    pub binary: bool,
}

pub(super) struct Lowering<'a> {
    pub input: ProviderInput<'a>,
    pub sources: &'a Sources,
    pub dialect: &'static dyn Dialect,
    pub diagnostics: &'a mut Diagnostics,
    /// Page index by normalised path.
    pub by_path: BTreeMap<&'a str, usize>,
    /// Type page indexes by title.
    by_title: BTreeMap<&'a str, Vec<usize>>,
    /// Parsed Type cells of model pages, by page then field (`None`: unreadable, reported).
    field_types: BTreeMap<usize, Vec<Option<DocType>>>,
    pub slots: Vec<Slot>,
    pub types: Vec<TypeDef>,
    pub stats: Stats,
}

const WRAPPER_ROWS: &[&str] = &[
    "content_type",
    "status_code",
    "raw_response",
    "contentType",
    "statusCode",
    "rawResponse",
];

impl<'a> Lowering<'a> {
    fn new(
        input: ProviderInput<'a>,
        sources: &'a Sources,
        dialect: &'static dyn Dialect,
        diagnostics: &'a mut Diagnostics,
    ) -> Self {
        let slots = vec![Slot::None; input.pages.len()];
        Lowering {
            input,
            sources,
            dialect,
            diagnostics,
            by_path: BTreeMap::new(),
            by_title: BTreeMap::new(),
            field_types: BTreeMap::new(),
            slots,
            types: Vec::new(),
            stats: Stats::default(),
        }
    }

    pub fn page(&self, index: usize) -> &'a Page {
        self.input.pages[index]
    }

    pub fn path(&self, index: usize) -> &'a str {
        &self.sources.get(self.input.pages[index].file).path
    }

    pub fn config(&self) -> &ProviderConfig {
        self.input.config
    }

    fn index(&mut self) {
        self.stats.pages = self.input.pages.len();
        for (index, page) in self.input.pages.iter().enumerate() {
            let path = &self.sources.get(page.file).path;
            self.by_path.insert(path.as_str(), index);
            let title = match &page.kind {
                PageKind::Sdk(_) | PageKind::Endpoint(_) => {
                    self.stats.operation_pages += 1;
                    continue;
                }
                PageKind::Model(m) => &m.title,
                PageKind::Enum(e) => &e.title,
                PageKind::Union(u) => &u.title,
                PageKind::Skipped(reason) => {
                    *self.stats.skipped.entry(reason.describe()).or_default() += 1;
                    continue;
                }
            };
            let namespace = namespace_of(path);
            let clash = self.by_title.get(title.name.as_str()).and_then(|same| {
                same.iter()
                    .copied()
                    .find(|&o| namespace_of(self.path_of(o)) == namespace)
            });
            if let Some(other) = clash {
                let other_path = self.sources.get(self.input.pages[other].file).path.clone();
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::DuplicateModel,
                        format!("`{}` is defined twice in `{namespace}`", title.name),
                    )
                    .at(title.span, "second definition")
                    .note(format!("first defined in {other_path}")),
                );
                continue;
            }
            self.by_title
                .entry(title.name.as_str())
                .or_default()
                .push(index);
        }
    }

    fn path_of(&self, index: usize) -> &'a str {
        &self.sources.get(self.input.pages[index].file).path
    }

    fn parse_type_cells(&mut self) {
        for index in 0..self.input.pages.len() {
            if let PageKind::Model(model) = &self.page(index).kind {
                let parsed = model
                    .fields
                    .iter()
                    .map(|field| self.parse_cell(&field.ty))
                    .collect();
                self.field_types.insert(index, parsed);
            }
        }
    }

    /// Reads a Type cell with the provider's dialect, reporting what it cannot read.
    pub fn parse_cell(&mut self, cell: &docs::TypeCell) -> Option<DocType> {
        match self.dialect.parse_type(&cell.text) {
            Ok(ty) => Some(ty),
            Err(error) => {
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::UnknownType,
                        format!(
                            "unknown type notation {} in `{}`",
                            error.found,
                            cell.text.trim()
                        ),
                    )
                    .at(
                        cell.span.sub(error.range.clone()),
                        format!("expected {}", error.expected),
                    )
                    .note(format!("read with the {} dialect", self.dialect.name())),
                );
                None
            }
        }
    }

    /// Which model pages are SDK response wrappers rather than wire types.
    fn find_envelopes(&mut self) {
        // Responses named by SDK pages: a wrapper there may be only headers.
        let mut responses = BTreeSet::new();
        for index in 0..self.input.pages.len() {
            if let PageKind::Sdk(sdk) = &self.page(index).kind {
                for op in &sdk.operations {
                    let Some(cell) = &op.response else { continue };
                    if let Ok(DocType::Named(named)) = self.dialect.parse_type(&cell.text) {
                        if let Some(target) = self.find_page(&named, index) {
                            responses.insert(target);
                        }
                    }
                }
            }
        }
        for (&index, types) in &self.field_types {
            let PageKind::Model(model) = &self.input.pages[index].kind else {
                continue;
            };
            let names: Vec<&str> = model.fields.iter().map(|f| f.name.as_str()).collect();
            let is_wrapper_row = |i: usize| {
                WRAPPER_ROWS.contains(&names[i])
                    || (names[i] == "headers" && is_header_map(types[i].as_ref()))
            };
            let python_style = names.contains(&"raw_response")
                || names.contains(&"rawResponse")
                || (names.contains(&"status_code") && names.contains(&"content_type"));
            let header_style = responses.contains(&index)
                && names.first() == Some(&"headers")
                && is_header_map(types[0].as_ref())
                && names.len() <= 2;
            if !(python_style || header_style) {
                continue;
            }
            let rest: Vec<usize> = (0..names.len()).filter(|&i| !is_wrapper_row(i)).collect();
            let error_title = self
                .input
                .config
                .error_model
                .as_ref()
                .map(|m| m.get_ref().as_str());
            let is_error = |i: usize| match types[i].as_ref().and_then(named_of) {
                Some(n) => match error_title {
                    Some(title) => n.split().1 == title,
                    None => names[i].ends_with("error"),
                },
                None => false,
            };
            let body = rest.iter().copied().find(|&i| !is_error(i));
            let binary = body.is_some_and(|i| {
                matches!(
                    types[i].as_ref().map(strip_nullable),
                    Some(DocType::External(_))
                )
            });
            self.stats.wrappers += 1;
            self.slots[index] = Slot::Envelope(Envelope {
                binary,
                body,
                headers_only: header_style && rest.is_empty(),
            });
        }
    }

    fn assign_ids(&mut self) {
        for index in 0..self.input.pages.len() {
            let is_type = matches!(
                self.page(index).kind,
                PageKind::Model(_) | PageKind::Enum(_) | PageKind::Union(_)
            );
            if is_type && matches!(self.slots[index], Slot::None) {
                self.slots[index] = Slot::Type(TypeId(self.types.len() as u32));
                // Placeholder, replaced in `lower_types`; keeps ids dense and in path order.
                self.types.push(TypeDef {
                    name: String::new(),
                    location: self.path(index).to_string(),
                    namespace: namespace_of(self.path(index)).to_string(),
                    docs: String::new(),
                    deprecated: false,
                    span: Span::new(self.page(index).file, 0..0),
                    kind: TypeKind::Enum(Enum { values: Vec::new() }),
                });
            }
        }
    }

    /// The page a reference points at, reporting dangling and placeholder links.
    pub fn find_page(&self, named: &NamedRef, from: usize) -> Option<usize> {
        let from_dir = self.sources.get(self.page(from).file).dir();
        if let Some(link) = &named.link {
            let target = link.split('#').next().unwrap_or_default();
            if target.is_empty() || target.contains("://") {
                return None;
            }
            let path = join(from_dir, target)?;
            return self.by_path.get(path.as_str()).copied();
        }
        let (namespace, title) = named.split();
        let candidates = self.by_title.get(title)?;
        if candidates.len() == 1 {
            return Some(candidates[0]);
        }
        candidates
            .iter()
            .copied()
            .find(|&c| namespace_of(self.path_of(c)) == namespace)
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|&c| self.path_of(c).split('/').any(|dir| dir == namespace))
            })
    }

    /// Resolves a reference to a type, or reports why it cannot be.
    pub fn resolve(
        &mut self,
        named: &NamedRef,
        from: usize,
        cell_span: Span,
    ) -> Option<ResolvedRef> {
        let span = cell_span.sub(named.range.clone());
        let placeholder = named
            .link
            .as_deref()
            .is_some_and(|l| l.ends_with("/.md") || l == ".md");
        if placeholder {
            self.diagnostics.push(
                Diagnostic::warning(
                    Code::PlaceholderLink,
                    format!("`{}` links to a page with no name", named.name),
                )
                .at(span, "placeholder link")
                .note("read as any JSON value"),
            );
            return Some(ResolvedRef::Any);
        }
        if let Some(page) = self.find_page(named, from) {
            return match &self.slots[page] {
                Slot::Type(id) => Some(ResolvedRef::Type(*id)),
                Slot::Envelope(_) => Some(ResolvedRef::Envelope(page)),
                Slot::None => {
                    self.diagnostics.push(
                        Diagnostic::error(
                            Code::NotWireType,
                            format!("`{}` is not a model, enum or union page", named.name),
                        )
                        .at(span, format!("points at {}", self.path(page))),
                    );
                    None
                }
            };
        }
        let strict = self.input.config.dangling_links == Strictness::Error;
        let what = match &named.link {
            Some(link) => format!("`{}` links to `{link}`, which does not exist", named.name),
            None => format!("no page defines `{}`", named.name),
        };
        let from_dir = self.sources.get(self.page(from).file).dir().to_string();
        let mut diagnostic = if strict {
            Diagnostic::error(Code::DanglingLink, what)
        } else {
            Diagnostic::warning(Code::DanglingLink, what)
        };
        diagnostic = match &named.link {
            Some(link) => diagnostic.at(span, "dangling link").note(format!(
                "resolved relative to {from_dir}/ as {}",
                join(&from_dir, link.split('#').next().unwrap_or_default())
                    .unwrap_or_else(|| "a path outside the specs".into())
            )),
            None => diagnostic.at(span, "unknown name"),
        };
        if !strict {
            diagnostic = diagnostic.note("read as any JSON value");
        }
        self.diagnostics.push(diagnostic);
        (!strict).then_some(ResolvedRef::Any)
    }

    /// Docs type to IR type. `None` when something was reported.
    pub fn type_ref(&mut self, ty: &DocType, from: usize, span: Span) -> Option<TypeRef> {
        Some(match ty {
            DocType::Primitive(p) => TypeRef::Primitive(*p),
            DocType::List(inner) => TypeRef::List(Box::new(self.type_ref(inner, from, span)?)),
            DocType::Map(inner) => TypeRef::Map(Box::new(self.type_ref(inner, from, span)?)),
            // Nullability of the field itself is read by the caller; deeper down it is moot.
            DocType::Nullable(inner) => self.type_ref(inner, from, span)?,
            // `MustBe!` holds strings, booleans and integers; a fractional literal is a number.
            DocType::Literal(serde_json::Value::Number(n)) if !n.is_i64() && !n.is_u64() => {
                TypeRef::Primitive(Primitive::Number)
            }
            DocType::Literal(serde_json::Value::Null) => TypeRef::Primitive(Primitive::Any),
            DocType::Literal(value) => TypeRef::Literal(value.clone()),
            DocType::OneOf(members) => {
                // `File | Blob | operations.XFile`: every member is binary, so this is a file;
                // the file object, when there is one, also gives its name.
                let lowered: Vec<TypeRef> = members
                    .iter()
                    .map(|m| self.type_ref(m, from, span))
                    .collect::<Option<_>>()?;
                let is_bytes = |t: &TypeRef| *t == TypeRef::Primitive(Primitive::Bytes);
                let file_object = lowered.iter().find(|t| self.is_file_object(t)).cloned();
                if lowered
                    .iter()
                    .all(|t| is_bytes(t) || self.is_file_object(t))
                {
                    file_object.unwrap_or(TypeRef::Primitive(Primitive::Bytes))
                } else {
                    *self
                        .stats
                        .inferred
                        .entry("inline unions read as any JSON value")
                        .or_default() += 1;
                    TypeRef::Primitive(Primitive::Any)
                }
            }
            DocType::Named(named) => match self.resolve(named, from, span)? {
                ResolvedRef::Type(id) => TypeRef::Named(id),
                ResolvedRef::Any => TypeRef::Primitive(Primitive::Any),
                ResolvedRef::Envelope(page) => {
                    self.diagnostics.push(
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
                self.diagnostics.push(
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

    /// A struct with a field of raw bytes (`{ fileName, content }`). Types not lowered yet are
    /// read from their page.
    fn is_file_object(&self, ty: &TypeRef) -> bool {
        let TypeRef::Named(id) = ty else {
            return false;
        };
        let page = self
            .slots
            .iter()
            .position(|slot| matches!(slot, Slot::Type(t) if t == id));
        page.and_then(|page| self.field_types.get(&page))
            .is_some_and(|fields| {
                fields
                    .iter()
                    .flatten()
                    .any(|f| *f == DocType::Primitive(Primitive::Bytes))
            })
    }

    fn lower_types(&mut self) {
        for index in 0..self.input.pages.len() {
            let Slot::Type(id) = self.slots[index] else {
                continue;
            };
            let page = self.page(index);
            let (title, description, kind) = match &page.kind {
                PageKind::Model(model) => {
                    self.stats.models += 1;
                    (
                        &model.title,
                        &model.description,
                        self.lower_struct(index, model),
                    )
                }
                PageKind::Enum(e) => {
                    self.stats.enums += 1;
                    (&e.title, &e.description, self.lower_enum(e))
                }
                PageKind::Union(u) => {
                    self.stats.unions += 1;
                    (&u.title, &u.description, self.lower_union(index, u))
                }
                _ => continue,
            };
            let docs = self.prose(&description.markdown, index);
            let def = &mut self.types[id.0 as usize];
            def.name = title.name.clone();
            def.deprecated = title.deprecated;
            def.span = title.span;
            def.docs = docs;
            def.kind = kind;
        }
    }

    fn lower_struct(&mut self, index: usize, model: &'a docs::ModelPage) -> TypeKind {
        let types = self.field_types.get(&index).cloned().unwrap_or_default();
        let mut fields: Vec<Field> = Vec::new();
        let mut additional_properties = None;
        for (row, ty) in model.fields.iter().zip(types) {
            let Some(ty) = ty else { continue };
            if let DocType::External(_) = ty {
                *self
                    .stats
                    .inferred
                    .entry("rows naming SDK classes left out of models")
                    .or_default() += 1;
                continue;
            }
            if row.name == "additional_properties" || row.name == "additionalProperties" {
                let value = match &ty {
                    DocType::Map(value) => value.as_ref(),
                    other => other,
                };
                additional_properties = self.type_ref(value, index, row.ty.span);
                continue;
            }
            if let Some(other) = fields.iter().find(|f| f.name == row.name) {
                let first = self.sources.location(other.span);
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::DuplicateField,
                        format!("field `{}` is listed twice", row.name),
                    )
                    .at(row.name_span, "second row")
                    .note(format!("first row at {first}")),
                );
                continue;
            }
            if let Some(field) = self.lower_field(index, &model.title.name, row, &ty) {
                fields.push(field);
            }
        }
        TypeKind::Struct(Struct {
            fields,
            additional_properties,
            role: StructRole::Wire,
            example: None,
        })
    }

    fn lower_field(
        &mut self,
        index: usize,
        model: &str,
        row: &FieldRow,
        ty: &DocType,
    ) -> Option<Field> {
        let nullable = matches!(ty, DocType::Nullable(_));
        let mut lowered = self.type_ref(ty, index, row.ty.span)?;
        if let Some(documented) = innermost_primitive(&lowered) {
            if let Some(primitive) = self.input.config.field_type(model, &row.name, documented) {
                override_primitive(&mut lowered, primitive);
            }
        }
        let nullable = nullable
            || (row.required
                && !matches!(lowered, TypeRef::Literal(_))
                && self
                    .input
                    .config
                    .nullable(model, &row.name, innermost_primitive(&lowered)));
        let presence = match (row.required, nullable) {
            (true, true) => Presence::RequiredNullable,
            (true, false) => Presence::Required,
            (false, _) => Presence::Optional,
        };
        Some(Field {
            wire_name: self
                .input
                .config
                .wire_name(model, self.dialect.wire_name(&row.name)),
            name: row.name.clone(),
            ty: lowered,
            presence,
            docs: self.prose(&row.description.markdown, index),
            deprecated: row.deprecated,
            example: row.example.clone(),
            span: row.span,
        })
    }

    fn lower_enum(&mut self, page: &docs::EnumPage) -> TypeKind {
        let mut values: Vec<EnumValue> = Vec::new();
        for row in &page.values {
            if values.iter().any(|v| v.value == row.value) {
                continue;
            }
            values.push(EnumValue {
                name: row.name.clone(),
                value: row.value.clone(),
                span: row.span,
            });
        }
        TypeKind::Enum(Enum { values })
    }

    fn lower_union(&mut self, index: usize, page: &docs::UnionPage) -> TypeKind {
        let mut members = Vec::new();
        for member in &page.members {
            let Some(ty) = self.parse_cell(&member.ty) else {
                continue;
            };
            // A member that could not be resolved reads as any JSON value; one such is enough.
            if let Some(ty) = self.type_ref(&ty, index, member.ty.span) {
                if members.iter().all(|m: &UnionMember| m.ty != ty) {
                    members.push(UnionMember {
                        ty,
                        tag: None,
                        span: member.ty.span,
                    });
                }
            }
        }
        TypeKind::Union(Union {
            members,
            discriminator: None,
        })
    }

    /// A union is tagged when every member is a struct with a string literal field of one
    /// name, the literals all differ, and no member is used outside tagged unions (the tag
    /// then belongs to the union, not to the member).
    fn find_discriminators(&mut self) {
        let mut uses: BTreeMap<TypeId, usize> = BTreeMap::new();
        let count = |ty: &TypeRef, uses: &mut BTreeMap<TypeId, usize>| {
            walk_named(ty, &mut |id| *uses.entry(id).or_default() += 1)
        };
        for def in &self.types {
            match &def.kind {
                TypeKind::Struct(s) => {
                    for f in &s.fields {
                        count(&f.ty, &mut uses);
                    }
                    if let Some(ap) = &s.additional_properties {
                        count(ap, &mut uses);
                    }
                }
                TypeKind::Union(u) => {
                    for m in &u.members {
                        count(&m.ty, &mut uses);
                    }
                }
                TypeKind::Enum(_) => {}
            }
        }
        for i in 0..self.types.len() {
            let TypeKind::Union(union) = &self.types[i].kind else {
                continue;
            };
            let member_structs: Option<Vec<&Struct>> = union
                .members
                .iter()
                .map(|m| match &m.ty {
                    TypeRef::Named(id) => match &self.types[id.0 as usize].kind {
                        TypeKind::Struct(s) if uses.get(id) == Some(&1) => Some(s),
                        _ => None,
                    },
                    _ => None,
                })
                .collect();
            let Some(structs) = member_structs.filter(|s| s.len() > 1) else {
                continue;
            };
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
            let candidates = literal_fields(structs[0]);
            let found = candidates.iter().find_map(|(name, _)| {
                let tags: Option<Vec<String>> = structs
                    .iter()
                    .map(|s| {
                        literal_fields(s)
                            .into_iter()
                            .find(|(n, _)| n == name)
                            .map(|(_, v)| v)
                    })
                    .collect();
                let tags = tags?;
                let distinct: BTreeSet<&String> = tags.iter().collect();
                (distinct.len() == tags.len()).then(|| (name.clone(), tags))
            });
            if let Some((name, tags)) = found {
                let TypeKind::Union(union) = &mut self.types[i].kind else {
                    continue;
                };
                union.discriminator = Some(name);
                for (member, tag) in union.members.iter_mut().zip(tags) {
                    member.tag = Some(tag);
                }
            }
        }
    }

    /// Examples from `Example Usage`, rekeyed from SDK field names to wire names.
    fn convert_examples(&mut self) {
        for index in 0..self.input.pages.len() {
            let (Slot::Type(id), PageKind::Model(model)) =
                (&self.slots[index], &self.page(index).kind)
            else {
                continue;
            };
            let Some(sample) = &model.example else {
                continue;
            };
            match self.dialect.example(&sample.code) {
                Ok(Some(value)) => {
                    let value = to_wire(&self.types, &TypeRef::Named(*id), value);
                    if let TypeKind::Struct(s) = &mut self.types[id.0 as usize].kind {
                        s.example = Some(value);
                    }
                }
                Ok(None) => {}
                Err(message) => self.diagnostics.push(
                    Diagnostic::warning(Code::BadExample, "cannot read the example")
                        .at(sample.span, message)
                        .note("the example is left out of the generated tests"),
                ),
            }
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
                let target = match self.find_page(&named, from).map(|p| &self.slots[p]) {
                    Some(Slot::Type(id)) => format!("type:{}", id.0),
                    _ => String::new(),
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

    fn service(&mut self) -> Service {
        let config = &self.input.config;
        let error_model = config.error_model.as_ref().and_then(|name| {
            let found = self
                .by_title
                .get(name.get_ref().as_str())
                .and_then(|pages| {
                    pages.iter().find_map(|&p| match self.slots[p] {
                        Slot::Type(id) => Some(id),
                        _ => None,
                    })
                });
            if found.is_none() {
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::MissingModel,
                        format!("error model `{}` has no page", name.get_ref()),
                    )
                    .at(
                        Span::new(self.input.config_file.unwrap_or(FileId(0)), name.span()),
                        "named here",
                    )
                    .note(format!(
                        "expected a model page titled `{}` in this provider's folder",
                        name.get_ref()
                    )),
                );
            }
            found
        });
        Service {
            environments: config
                .environments
                .iter()
                .map(|e| Environment {
                    name: e.name.clone(),
                    url: e.url.get_ref().trim_end_matches('/').to_string(),
                })
                .collect(),
            auth: match &config.auth {
                crate::config::AuthConfig::None => Auth::None,
                crate::config::AuthConfig::ApiKeyHeaders { headers } => Auth::ApiKeyHeaders(
                    headers
                        .iter()
                        .map(|h| ApiKeyHeader {
                            header: h.header.clone(),
                            credential: h.credential.clone(),
                            default: h.default.clone(),
                            docs: h.docs.clone(),
                        })
                        .collect(),
                ),
                crate::config::AuthConfig::OAuth2ClientCredentials { token_path } => {
                    Auth::OAuth2ClientCredentials {
                        token_path: token_path.clone(),
                    }
                }
            },
            content_type: config
                .http
                .content_type
                .clone()
                .unwrap_or_else(|| "application/json".into()),
            accept: config.http.accept.clone(),
            error_model,
        }
    }
}

fn strip_nullable(ty: &DocType) -> &DocType {
    match ty {
        DocType::Nullable(inner) => strip_nullable(inner),
        other => other,
    }
}

/// The reference of a named type, possibly nullable.
fn named_of(ty: &DocType) -> Option<&NamedRef> {
    match ty {
        DocType::Named(named) => Some(named),
        DocType::Nullable(inner) => named_of(inner),
        _ => None,
    }
}

pub(super) enum ResolvedRef {
    Type(TypeId),
    Envelope(usize),
    /// Unresolvable but tolerated (a warning was given): any JSON value.
    Any,
}

fn is_header_map(ty: Option<&DocType>) -> bool {
    matches!(ty, Some(DocType::Map(inner)) if matches!(inner.as_ref(), DocType::List(s) if **s == DocType::Primitive(Primitive::String)))
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

/// Calls `f` for every named type a reference mentions.
pub fn walk_named(ty: &TypeRef, f: &mut impl FnMut(TypeId)) {
    match ty {
        TypeRef::Named(id) => f(*id),
        TypeRef::List(inner) | TypeRef::Map(inner) => walk_named(inner, f),
        TypeRef::Primitive(_) | TypeRef::Literal(_) => {}
    }
}

/// The docs' namespace of a page: its folder's name (`components` for
/// `plaid/models/components/x.md`).
pub fn namespace_of(path: &str) -> &str {
    let dir = path.rsplit_once('/').map_or("", |(dir, _)| dir);
    dir.rsplit('/').next().unwrap_or(dir)
}

/// Joins a relative link to the folder of the page it is on; `None` if it leaves the tree.
pub fn join(dir: &str, link: &str) -> Option<String> {
    let mut parts: Vec<&str> = if link.starts_with('/') {
        Vec::new()
    } else {
        dir.split('/').filter(|p| !p.is_empty()).collect()
    };
    for part in link.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            _ => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// Rewrites an example keyed by SDK names into one keyed by wire names.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_join_relative_to_the_page() {
        assert_eq!(
            join(
                "plaid/models/components",
                "../../models/components/processor.md"
            )
            .as_deref(),
            Some("plaid/models/components/processor.md")
        );
        assert_eq!(
            join("dwolla/models", "../models/x.md").as_deref(),
            Some("dwolla/models/x.md")
        );
        assert_eq!(join("a", "../../x.md"), None);
    }

    #[test]
    fn namespace_is_the_folder() {
        assert_eq!(namespace_of("plaid/models/components/x.md"), "components");
        assert_eq!(namespace_of("dwolla/models/x.md"), "models");
    }
}
