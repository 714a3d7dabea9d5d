//! Rust identifiers for everything the IR names.
//!
//! The IR keeps names as documented; this module is the one place that turns them into Rust:
//! case (heck), keywords (`type` → `r#type`, `self` → `self_`), names that start with a digit
//! (`401k` → `V401k`), characters Rust does not allow, and collisions (`Type` and `type`,
//! `links` and `_links`, the same title in two namespaces), resolved deterministically.

use crate::ir::{Primitive, Provider, Response, TypeId, TypeKind, TypeRef};
use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::{BTreeMap, BTreeSet};

mod groups;

use groups::model_groups;
pub use groups::{resource, SHARED_GROUP};

/// The variant that keeps enum values the docs do not list.
pub const CATCH_ALL: &str = "Unrecognized";

/// The variant that keeps shapes of an untagged union the docs do not describe.
pub const OTHER: &str = "Other";

/// Keywords that can be written as raw identifiers (`r#type`).
const RAW_KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsized",
    "use", "virtual", "where", "while", "yield",
];

/// Names generated code uses unqualified (the prelude, derive macros). A model may not take
/// one, or it would shadow it in its own file: such a model is named `<Name>Model`.
const RESERVED_TYPES: &[&str] = &[
    "AsMut",
    "AsRef",
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "DoubleEndedIterator",
    "Drop",
    "Eq",
    "Err",
    "ExactSizeIterator",
    "Extend",
    "Fn",
    "FnMut",
    "FnOnce",
    "From",
    "FromIterator",
    "Hash",
    "Into",
    "IntoIterator",
    "Iterator",
    "None",
    "Ok",
    "Option",
    "Ord",
    "PartialEq",
    "PartialOrd",
    "Result",
    "Send",
    "Sized",
    "Some",
    "String",
    "Sync",
    "ToOwned",
    "ToString",
    "TryFrom",
    "TryInto",
    "Unpin",
    "Vec",
];

/// Keywords that cannot be raw identifiers.
const PLAIN_KEYWORDS: &[&str] = &["self", "Self", "super", "crate", "_"];

/// Every Rust name of one provider's generated code.
#[derive(Clone, Debug, Default)]
pub struct Names {
    /// Type name, by [`TypeId`].
    pub types: Vec<String>,
    /// The `snake_case` form of each type's name (unique), for names derived from it.
    pub snake: Vec<String>,
    /// The module of `models/` each type is written in: the resource whose operations use it
    /// (`customers.rs`), or `shared.rs`.
    pub groups: Vec<String>,
    /// The types of each group, in documented order.
    pub members: BTreeMap<String, Vec<TypeId>>,
    /// Struct field names (empty for enums and unions), by type then field.
    pub fields: Vec<Vec<String>>,
    /// The field holding additional properties, for structs that allow them.
    pub additional: Vec<Option<String>>,
    /// Enum value or union member variants, by type then value/member; an untagged union has
    /// one more, its catch-all.
    pub variants: Vec<Vec<String>>,
    /// Client method name, by operation.
    pub operations: Vec<String>,
    /// The stream methods of each paginated operation.
    pub streams: Vec<Option<Streams>>,
    /// The name of each type's builder (`<Name>Builder`, unless a model has that name);
    /// empty for enums and unions.
    pub builders: Vec<String>,
    /// Every name that is not what the docs' name would give, and why; the check stage
    /// reports them.
    pub renames: Vec<Rename>,
}

/// Something the generated code names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    Type(TypeId),
    /// A struct field, by type and field index.
    Field(TypeId, usize),
    /// The map of a struct's additional properties.
    Additional(TypeId),
    /// An enum value or a union member, by type and index.
    Variant(TypeId, usize),
    /// An operation's client method, by operation index.
    Operation(usize),
    /// The method streaming an operation's pages, by operation index.
    Pages(usize),
    /// The method streaming the items of an operation's pages, by operation index.
    Items(usize),
}

/// The methods that follow a paginated operation's pages.
#[derive(Clone, Debug, Default)]
pub struct Streams {
    /// `<operation>_pages`: each page as the operation returns it.
    pub pages: String,
    /// `<operation>_stream`: the items of every page, when a page holds one list.
    pub items: Option<String>,
}

/// A name that differs from the one the documented name gives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rename {
    pub item: Item,
    /// The name the documented one gives.
    pub wanted: String,
    /// The name given.
    pub given: String,
    pub why: Why,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Why {
    /// `wanted` was taken: by this item, or (`None`) by a name the generated code itself uses.
    Taken(Option<Item>),
    /// The documented name is not an identifier (`2fa-setup`, `""`): `given` is made of its
    /// letters and digits, or numbered when it has none.
    NotIdentifier,
}

/// The names of one scope, and who holds each.
#[derive(Default)]
struct Scope {
    taken: BTreeMap<String, Option<Item>>,
    next: Next,
}

impl Scope {
    /// A scope where the generated code already uses `reserved`.
    fn with(reserved: &[&str]) -> Self {
        Scope {
            taken: reserved.iter().map(|n| (n.to_string(), None)).collect(),
            next: Next::default(),
        }
    }

    /// A name for something the docs do not name (a builder): `wanted`, numbered when taken.
    fn reserve(&mut self, wanted: &str) -> String {
        let mut candidate = wanted.to_string();
        if self.taken.contains_key(&candidate) {
            candidate = numbered(wanted, "", &mut self.next, |c| self.taken.contains_key(c));
        }
        self.taken.insert(candidate.clone(), None);
        candidate
    }

    /// Gives `item` the name `wanted` or, when it is taken, `wanted` numbered (with
    /// `separator` before the number) or `fallback` when one is given; records the rename.
    fn claim(
        &mut self,
        item: Item,
        wanted: &str,
        fallback: Option<&str>,
        separator: &str,
        renames: &mut Vec<Rename>,
    ) -> String {
        let Some(&holder) = self.taken.get(wanted) else {
            self.taken.insert(wanted.to_string(), Some(item));
            return wanted.to_string();
        };
        let raw = wanted.strip_prefix("r#").unwrap_or(wanted);
        let mut candidate = fallback.unwrap_or(wanted).to_string();
        if self.taken.contains_key(&candidate) {
            let base = fallback.unwrap_or(raw);
            candidate = numbered(base, separator, &mut self.next, |c| {
                self.taken.contains_key(c)
            });
        }
        self.taken.insert(candidate.clone(), Some(item));
        renames.push(Rename {
            item,
            wanted: wanted.to_string(),
            given: candidate.clone(),
            why: Why::Taken(holder),
        });
        candidate
    }
}

impl Names {
    pub fn ty(&self, id: TypeId) -> &str {
        &self.types[id.0 as usize]
    }

    pub fn snake(&self, id: TypeId) -> &str {
        &self.snake[id.0 as usize]
    }

    pub fn group(&self, id: TypeId) -> &str {
        &self.groups[id.0 as usize]
    }

    pub fn field(&self, id: TypeId, index: usize) -> &str {
        &self.fields[id.0 as usize][index]
    }

    pub fn builder(&self, id: TypeId) -> &str {
        &self.builders[id.0 as usize]
    }
}

/// Names everything in `provider`.
pub fn assign(provider: &Provider) -> Names {
    let mut names = Names {
        types: vec![String::new(); provider.types.len()],
        ..Names::default()
    };

    // The namespace holding the most types keeps plain names; a title that recurs in another
    // namespace is prefixed with it (`OperationsAccountsGetResponse`).
    let mut sizes: BTreeMap<&str, usize> = BTreeMap::new();
    for def in &provider.types {
        *sizes.entry(def.namespace.as_str()).or_default() += 1;
    }
    let mut order: Vec<TypeId> = provider.type_ids().collect();
    order.sort_by_key(|id| {
        let ns = provider.ty(*id).namespace.as_str();
        (std::cmp::Reverse(sizes[ns]), ns, *id)
    });
    let mut scope = Scope::default();
    let mut renames = Vec::new();
    for id in order {
        let def = provider.ty(id);
        let mut base = type_name(&def.name);
        if RESERVED_TYPES.contains(&base.as_str()) {
            base.push_str("Model");
        }
        let prefixed = format!("{}{base}", type_name(&def.namespace));
        let name = scope.claim(Item::Type(id), &base, Some(&prefixed), "", &mut renames);
        names.types[id.0 as usize] = name;
    }
    // After every model is named, so that a model keeps its name over a builder.
    for id in provider.type_ids() {
        let builder = match provider.ty(id).kind {
            TypeKind::Struct(_) => scope.reserve(&format!("{}Builder", names.types[id.0 as usize])),
            _ => String::new(),
        };
        names.builders.push(builder);
    }

    let mut snakes = BTreeSet::new();
    let mut snake_numbers = Next::default();
    let groups = model_groups(provider);
    for (index, name) in names.types.iter().enumerate() {
        let snake = name.to_snake_case();
        let group = groups[index].clone();
        names
            .members
            .entry(group.clone())
            .or_default()
            .push(TypeId(index as u32));
        names.groups.push(group);
        names
            .snake
            .push(unique(&snake, &mut snakes, &mut snake_numbers, "_"));
    }

    for (id, def) in provider.type_ids().zip(&provider.types) {
        let mut fields = Vec::new();
        let mut variants = Vec::new();
        let mut additional = None;
        match &def.kind {
            TypeKind::Struct(s) => {
                let mut scope = Scope::default();
                for (i, field) in s.fields.iter().enumerate() {
                    let wanted = field_name(&field.name);
                    let item = Item::Field(id, i);
                    fields.push(scope.claim(item, &wanted, None, "_", &mut renames));
                }
                if s.additional_properties.is_some() {
                    let item = Item::Additional(id);
                    let name = scope.claim(item, "additional_properties", None, "_", &mut renames);
                    additional = Some(name);
                }
            }
            TypeKind::Enum(e) => {
                let mut scope = Scope::with(&[CATCH_ALL]);
                for (i, value) in e.values.iter().enumerate() {
                    // `-1` would read as `V1`, which `1` also is.
                    let negative = value.value.strip_prefix('-').map(|n| format!("Minus{n}"));
                    let base = value
                        .name
                        .as_deref()
                        .or(negative.as_deref())
                        .unwrap_or(&value.value);
                    let base = match type_name(base) {
                        name if name == "V" => type_name(&value.value),
                        name => name,
                    };
                    let item = Item::Variant(id, i);
                    variants.push(scope.claim(item, &base, None, "", &mut renames));
                }
            }
            TypeKind::Union(u) => {
                // An untagged union keeps shapes it does not know in one more variant, unless
                // a member already takes any JSON value. The catch-all keeps its name; a
                // member called `Other` is numbered.
                let takes_any = u
                    .members
                    .iter()
                    .any(|m| m.ty == TypeRef::Primitive(Primitive::Any));
                let catch_all = u.discriminator.is_none() && !takes_any;
                let reserved: &[&str] = if catch_all { &[OTHER] } else { &[] };
                let mut scope = Scope::with(reserved);
                for (i, member) in u.members.iter().enumerate() {
                    let base = member_name(&member.ty, &names.types);
                    let item = Item::Variant(id, i);
                    variants.push(scope.claim(item, &base, None, "", &mut renames));
                }
                if catch_all {
                    variants.push(OTHER.to_string());
                }
            }
        }
        names.fields.push(fields);
        names.variants.push(variants);
        names.additional.push(additional);
    }

    // The client's own methods (`emit/client.rs`).
    let mut methods = Scope::with(&[
        "new",
        "from_env",
        "builder",
        "base_url",
        "http_client",
        "with_http_client",
        "with_timeout",
        "with_connect_timeout",
        "with_retry",
    ]);
    for (i, op) in provider.operations.iter().enumerate() {
        let item = Item::Operation(i);
        let name = method_name(&op.name).unwrap_or_else(|| format!("operation_{}", i + 1));
        // Case is the SDK's language's business; anything more is worth a word.
        if name != escape_plain(&op.name.to_snake_case(), "_") {
            renames.push(Rename {
                item,
                wanted: op.name.clone(),
                given: name.clone(),
                why: Why::NotIdentifier,
            });
        }
        names
            .operations
            .push(methods.claim(item, &name, None, "_", &mut renames));
    }
    // After every operation, so that a documented operation keeps its name over a stream.
    for (i, op) in provider.operations.iter().enumerate() {
        let streams = op
            .pagination
            .as_ref()
            .filter(|_| matches!(op.response, Response::Body(_)))
            .map(|pagination| {
                let bare = names.operations[i].trim_start_matches("r#").to_string();
                let mut claim = |item, suffix| {
                    methods.claim(item, &format!("{bare}_{suffix}"), None, "_", &mut renames)
                };
                Streams {
                    pages: claim(Item::Pages(i), "pages"),
                    items: pagination
                        .items
                        .is_some()
                        .then(|| claim(Item::Items(i), "stream")),
                }
            });
        names.streams.push(streams);
    }
    names.renames = renames;
    names
}

/// A method's name: `snake_case`, restricted to what Rust allows, never starting with a digit
/// (`2fa-setup` → `op_2fa_setup`), keywords suffixed (`type_`). `None` when the documented
/// name holds no letter or digit at all.
pub fn method_name(text: &str) -> Option<String> {
    let name = ascii_words(text).to_snake_case();
    match name.chars().next() {
        None => None,
        Some(c) if c.is_ascii_digit() => Some(format!("op_{name}")),
        _ => Some(escape_plain(&name, "_")),
    }
}

/// A provider's module (and Cargo feature) name from its folder name: `snake_case`, restricted
/// to what Rust allows (`my-api` → `my_api`, `123` → `api_123`). `None` when the folder name
/// holds no letter or digit at all.
pub fn module_name(folder: &str) -> Option<String> {
    let name = ascii_words(folder).to_snake_case();
    match name.chars().next() {
        None => None,
        Some(c) if c.is_ascii_digit() => Some(format!("api_{name}")),
        _ => Some(escape_plain(&name, "_")),
    }
}

/// `UpperCamelCase`, restricted to what Rust allows and never starting with a digit.
pub fn type_name(text: &str) -> String {
    let name = ascii_words(text).to_upper_camel_case();
    match name.chars().next() {
        None => "V".to_string(),
        Some(c) if c.is_ascii_digit() => format!("V{name}"),
        _ if name == "Self" => "SelfType".to_string(),
        _ => name,
    }
}

/// `snake_case`, restricted to what Rust allows, keywords made raw (`r#type`).
pub fn field_name(text: &str) -> String {
    let name = ascii_words(text).to_snake_case();
    let name = match name.chars().next() {
        None => "field".to_string(),
        Some(c) if c.is_ascii_digit() => format!("_{name}"),
        _ => name,
    };
    escape(&name)
}

/// Makes a snake-case name usable as an identifier.
pub fn escape(name: &str) -> String {
    if RAW_KEYWORDS.contains(&name) {
        format!("r#{name}")
    } else {
        escape_plain(name, "_")
    }
}

/// For places raw identifiers cannot go (file names, `self`): a suffix instead.
fn escape_plain(name: &str, suffix: &str) -> String {
    if PLAIN_KEYWORDS.contains(&name) || RAW_KEYWORDS.contains(&name) {
        format!("{name}{suffix}")
    } else {
        name.to_string()
    }
}

/// Replaces characters Rust identifiers cannot hold with word breaks.
fn ascii_words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect()
}

/// `name`, or `name2`, `name3`, ... (with `separator` before the number), whichever is free.
fn unique(name: &str, taken: &mut BTreeSet<String>, next: &mut Next, separator: &str) -> String {
    let raw = name.strip_prefix("r#");
    let mut candidate = name.to_string();
    if taken.contains(&candidate) {
        candidate = numbered(raw.unwrap_or(name), separator, next, |c| taken.contains(c));
    }
    taken.insert(candidate.clone());
    candidate
}

/// For each numbered name (`base` and separator), the number to try next.
type Next = BTreeMap<String, usize>;

/// The first of `base{separator}2`, `3`, ... that is not `taken`, resuming where the last
/// numbering of `base` stopped: names are only ever added, so the numbers tried before are
/// still taken, and the n-th holder of one name costs one try rather than n (a table whose
/// rows all reduce to one name stays linear).
fn numbered(base: &str, separator: &str, next: &mut Next, taken: impl Fn(&str) -> bool) -> String {
    let n = next.entry(format!("{base}{separator}")).or_insert(2);
    loop {
        let candidate = format!("{base}{separator}{n}");
        *n += 1;
        if !taken(&candidate) {
            return candidate;
        }
    }
}

/// A union variant's name: its member type's.
fn member_name(ty: &TypeRef, types: &[String]) -> String {
    match ty {
        TypeRef::Named(id) => types[id.0 as usize].clone(),
        TypeRef::Primitive(p) => match p {
            Primitive::String => "String",
            Primitive::Integer => "Integer",
            Primitive::Number => "Number",
            Primitive::Boolean => "Boolean",
            Primitive::Date => "Date",
            Primitive::DateTime => "DateTime",
            Primitive::Bytes => "Bytes",
            Primitive::Any => "Any",
        }
        .to_string(),
        TypeRef::List(inner) => format!("ListOf{}", member_name(inner, types)),
        TypeRef::Map(inner) => format!("MapOf{}", member_name(inner, types)),
        TypeRef::Literal(value) => type_name(&value.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Operation;

    /// Names that have broken code generators before.
    #[test]
    fn cursed_names() {
        let cases = [
            ("type", "r#type"),
            ("ref", "r#ref"),
            ("self", "self_"),
            ("Self", "self_"),
            ("crate", "crate_"),
            ("super", "super_"),
            ("_links", "links"),
            ("401k", "_401k"),
            ("resource-type", "resource_type"),
            ("firstName", "first_name"),
            ("money market", "money_market"),
            ("", "field"),
            ("ÄÖ", "field"),
            ("async", "r#async"),
        ];
        for (input, expected) in cases {
            assert_eq!(field_name(input), expected, "field name of {input:?}");
        }
        let types = [
            ("processor", "Processor"),
            ("401k", "V401k"),
            ("money market", "MoneyMarket"),
            ("Self", "SelfType"),
            ("", "V"),
            ("MODERN_TREASURY", "ModernTreasury"),
            ("card-network", "CardNetwork"),
        ];
        for (input, expected) in types {
            assert_eq!(type_name(input), expected, "type name of {input:?}");
        }
    }

    #[test]
    fn resources_come_from_the_group_else_the_path() {
        let op = |group: &str, path: &str| Operation {
            name: "op".into(),
            group: group.into(),
            method: crate::ir::Method::Get,
            method_inferred: false,
            path: path.into(),
            summary: String::new(),
            docs: String::new(),
            deprecated: false,
            request: None,
            parameters: Vec::new(),
            body: None,
            response: Response::Empty,
            errors: Vec::new(),
            pagination: None,
            span: crate::source::Span::new(crate::source::FileId(0), 0..0),
        };
        assert_eq!(
            resource(&op("CustomersFundingSources", "/x")),
            "customers_funding_sources"
        );
        assert_eq!(resource(&op("", "/transfers/{id}")), "transfers");
        assert_eq!(resource(&op("", "/{id}/link/token")), "link");
        assert_eq!(resource(&op("", "/")), "shared");
        assert_eq!(resource(&op("", "/self/x")), "self_");
    }

    #[test]
    fn collisions_get_numbered_deterministically() {
        let (mut taken, mut next) = (BTreeSet::new(), Next::default());
        let mut unique = |name| unique(name, &mut taken, &mut next, "_");
        assert_eq!(unique("links"), "links");
        assert_eq!(unique("links"), "links_2");
        assert_eq!(unique("links"), "links_3");
        assert_eq!(unique("r#type"), "r#type");
        assert_eq!(unique("r#type"), "type_2");
        assert_eq!(unique("links_4"), "links_4");
        assert_eq!(unique("links"), "links_5");
    }

    /// Rows that all reduce to one name (a hostile table) are numbered in linear time: each
    /// numbering resumes where the one before stopped. Counted, not timed.
    #[test]
    fn numbering_one_name_many_times_tries_each_number_once() {
        let (mut taken, mut next) = (BTreeSet::new(), Next::default());
        let tries = std::cell::Cell::new(0);
        for _ in 0..1000 {
            let name = numbered("V", "", &mut next, |candidate| {
                tries.set(tries.get() + 1);
                taken.contains(candidate)
            });
            taken.insert(name);
        }
        assert_eq!(tries.get(), 1000);
        assert!(taken.contains("V1001"));
    }
}
