//! The intermediate representation: what an API is, independent of how its docs were written
//! and of the language generated from it.
//!
//! Types live in an arena per provider and refer to each other by [`TypeId`]. Every name is
//! kept as documented (the wire name, the docs' title); turning names into Rust identifiers is
//! [`crate::naming`]'s job. Every node has the [`Span`] of the markdown it came from.
//!
//! Descriptions (`docs`) are the vendor's prose as CommonMark, the form rustdoc and OpenAPI
//! descriptions both take; a link to another documented type is written `type:<id>` (its
//! [`TypeId`]), so that each output can point at that type its own way.

pub mod analysis;
pub mod lower;

pub use lower::lower;

use crate::source::Span;

/// Everything generated in one run.
#[derive(Clone, Debug, Default)]
pub struct Api {
    /// Sorted by name.
    pub providers: Vec<Provider>,
}

/// One API provider: a folder under the specs root.
#[derive(Clone, Debug)]
pub struct Provider {
    /// The folder name; also the module name of the generated code.
    pub name: String,
    /// Display name (`Plaid`).
    pub title: String,
    /// The arena; `TypeId(i)` is `types[i]`. Ordered by documented location.
    pub types: Vec<TypeDef>,
    /// Sorted by method name.
    pub operations: Vec<Operation>,
    pub service: Service,
}

impl Provider {
    pub fn ty(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0 as usize]
    }

    pub fn type_ids(&self) -> impl Iterator<Item = TypeId> {
        (0..self.types.len() as u32).map(TypeId)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

#[derive(Clone, Debug)]
pub struct TypeDef {
    /// As documented (the page title).
    pub name: String,
    /// Where the type is documented (relative page path): unique, unlike titles.
    pub location: String,
    /// The docs' namespace (`components`, `models`, `operations`, `errors`).
    pub namespace: String,
    pub docs: String,
    pub deprecated: bool,
    pub span: Span,
    pub kind: TypeKind,
}

#[derive(Clone, Debug)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Enum),
    Union(Union),
}

#[derive(Clone, Debug)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Properties beyond the documented ones are allowed, with values of this type.
    pub additional_properties: Option<TypeRef>,
    pub role: StructRole,
    /// A sample value keyed by wire names, from the docs' example.
    pub example: Option<serde_json::Value>,
    /// The field a tagged union holding this struct writes as its tag (so the struct leaves
    /// it out). Set by [`analysis`].
    pub tag: Option<usize>,
}

/// What a struct is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StructRole {
    /// A JSON object on the wire.
    Wire,
    /// An operation's parameters: path, query and header values plus the body, each sent in
    /// its own place (see [`Operation::parameters`]); never serialized as a whole.
    Parameters,
}

#[derive(Clone, Debug)]
pub struct Field {
    /// As documented (the SDK's name).
    pub name: String,
    /// On the wire.
    pub wire_name: String,
    pub ty: TypeRef,
    pub presence: Presence,
    pub docs: String,
    pub deprecated: bool,
    /// The examples of the Example column, as written.
    pub examples: Vec<String>,
    /// Sent by the server only.
    pub read_only: bool,
    /// The field's type leads back to its struct: it must be boxed. Set by [`analysis`].
    pub boxed: bool,
    pub span: Span,
}

/// Whether a property must be sent, and whether it may be `null`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Presence {
    /// Always present, never null.
    Required,
    /// Always present, possibly `null`: sent as `null` rather than left out.
    RequiredNullable,
    /// May be left out.
    Optional,
}

impl Struct {
    /// A value with no field set is valid: every field it writes may be left out (a literal
    /// field writes itself; a tag is written by the union). Such a struct has a `Default`.
    pub fn may_be_empty(&self) -> bool {
        self.fields.iter().enumerate().all(|(index, f)| {
            self.tag == Some(index)
                || f.presence == Presence::Optional
                || matches!(f.ty, TypeRef::Literal(_))
        })
    }
}

impl Struct {
    /// The field holding raw bytes, when this struct is a file object (`{ fileName, content }`):
    /// on the wire such a struct is one file, a part of a `multipart/form-data` body.
    pub fn file_content(&self) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| f.ty == TypeRef::Primitive(Primitive::Bytes))
    }
}

impl Presence {
    pub fn is_required(self) -> bool {
        self != Presence::Optional
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeRef {
    Primitive(Primitive),
    List(Box<TypeRef>),
    /// A JSON object with string keys.
    Map(Box<TypeRef>),
    Named(TypeId),
    /// Exactly this value.
    Literal(serde_json::Value),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Primitive {
    String,
    Integer,
    Number,
    Boolean,
    /// A calendar date (`2024-01-31`).
    Date,
    /// An RFC 3339 timestamp.
    DateTime,
    /// Binary content (file uploads).
    Bytes,
    /// Any JSON value.
    Any,
}

#[derive(Clone, Debug)]
pub struct Enum {
    pub values: Vec<EnumValue>,
    /// The values are integers on the wire; `EnumValue::value` holds their decimal text.
    pub integer: bool,
}

#[derive(Clone, Debug)]
pub struct EnumValue {
    /// The SDK's name for the value, when the docs give one.
    pub name: Option<String>,
    /// On the wire.
    pub value: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Union {
    pub members: Vec<UnionMember>,
    /// Set when every member is a struct with a literal field of this wire name, each with a
    /// different value: the union is tagged by it.
    pub discriminator: Option<String>,
}

#[derive(Clone, Debug)]
pub struct UnionMember {
    pub ty: TypeRef,
    /// The discriminator's value for this member, when the union is tagged.
    pub tag: Option<String>,
    /// The member's type leads back to the union: it must be boxed. Set by [`analysis`].
    pub boxed: bool,
    pub span: Span,
}

/// One HTTP operation.
#[derive(Clone, Debug)]
pub struct Operation {
    /// The SDK's name (`processor_token_create`, `createCustomer`).
    pub name: String,
    /// The group the docs put it in (an SDK's API class, a tag), for grouping the code.
    pub group: String,
    pub method: Method,
    /// The docs did not state the method; it is the provider's default.
    pub method_inferred: bool,
    /// With `{name}` placeholders.
    pub path: String,
    pub summary: String,
    pub docs: String,
    pub deprecated: bool,
    /// The model the caller passes: the body itself, or a [`StructRole::Parameters`] struct.
    pub request: Option<TypeId>,
    pub parameters: Vec<Parameter>,
    pub body: Option<Body>,
    pub response: Response,
    /// The documented error answers, most specific status first.
    pub errors: Vec<ErrorResponse>,
    /// How the answers come in pages, when they do. Set by [`analysis`].
    pub pagination: Option<Pagination>,
    pub span: Span,
}

/// How a list operation's answers come in pages, and how to ask for the next one.
#[derive(Clone, Debug, PartialEq)]
pub struct Pagination {
    pub style: PagingStyle,
    /// The list of items in each page (a field path from the response struct); absent when a
    /// page holds several lists.
    pub items: Option<FieldPath>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PagingStyle {
    /// The request's cursor is set to the answer's next cursor, until the answer has none (or
    /// says there is no more).
    Cursor {
        /// From the request struct.
        cursor: FieldPath,
        /// From the response struct.
        next: FieldPath,
        /// From the response struct: `false` on the last page.
        has_more: Option<FieldPath>,
    },
    /// The request's offset grows by the number of items each page held (or by one, for a
    /// page number), until a page is empty, shorter than the limit, or reaches the total.
    Offset {
        /// From the request struct.
        offset: FieldPath,
        /// From the request struct: how many items a page holds.
        limit: Option<FieldPath>,
        /// The offset counts pages (`page=2`), not items.
        pages: bool,
        /// From the response struct: how many items there are in all.
        total: Option<FieldPath>,
    },
    /// The answer links to the next page (HAL's `_links.next.href`), fetched with a `GET`.
    Links {
        /// From the response struct: the links object or map.
        links: FieldPath,
        next: NextLink,
        /// The link object's URL field.
        href: FieldStep,
    },
}

/// Where the `next` link sits in a links field.
#[derive(Clone, Debug, PartialEq)]
pub enum NextLink {
    /// The links are a map by relation: its entry of this key.
    Entry(String),
    /// The links are an object: this field of it.
    Field(FieldStep),
}

/// A field reached from a struct through fields, one step per struct.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldPath(pub Vec<FieldStep>);

/// A field of a struct.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldStep {
    pub ty: TypeId,
    pub field: usize,
}

impl FieldStep {
    /// The field, when `ty` is a struct that has it.
    pub fn get(self, provider: &Provider) -> Option<&Field> {
        match &provider.ty(self.ty).kind {
            TypeKind::Struct(s) => s.fields.get(self.field),
            _ => None,
        }
    }
}

/// A documented error answer of an operation.
#[derive(Clone, Debug, PartialEq)]
pub struct ErrorResponse {
    pub status: StatusMatch,
    /// The body's model, when the docs name one that is a wire type.
    pub ty: Option<TypeRef>,
    pub span: Span,
}

/// Which answers an [`ErrorResponse`] describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusMatch {
    /// One status (`404`).
    Code(u16),
    /// A class of statuses (`4XX`: 4).
    Class(u8),
    /// Every other non-2xx status.
    Default,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
    Options,
}

impl Method {
    pub fn parse(text: &str) -> Option<Method> {
        Some(match text.to_ascii_uppercase().as_str() {
            "GET" => Method::Get,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" => Method::Delete,
            "HEAD" => Method::Head,
            "OPTIONS" => Method::Options,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
        }
    }
}

/// A field of the request's parameters struct that is sent outside the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parameter {
    /// Index into the request struct's fields.
    pub field: usize,
    pub location: ParamLocation,
    /// The name on the wire (`Idempotency-Key`, `limit`, `id`).
    pub wire_name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ParamLocation {
    Path,
    Query,
    Header,
}

#[derive(Clone, Debug)]
pub struct Body {
    pub ty: TypeRef,
    /// Index of the body in the request's parameters struct; `None` when the request model is
    /// the body itself.
    pub field: Option<usize>,
    pub encoding: BodyEncoding,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyEncoding {
    Json {
        content_type: String,
    },
    Form,
    /// Raw bytes, as given.
    Binary {
        content_type: String,
    },
    /// `multipart/form-data`: one part per field, files as file parts. Bodies that carry
    /// binary content are sent so, since JSON cannot hold raw bytes.
    Multipart,
}

/// What a successful answer carries.
#[derive(Clone, Debug, PartialEq)]
pub enum Response {
    Body(TypeRef),
    /// `201 Created` with the new resource's URL in `Location` and no body.
    Created,
    /// A file (a PDF, say): the body's bytes as received.
    Binary,
    /// Nothing worth decoding.
    Empty,
}

/// How to reach and authenticate against the provider (from its `provider.toml`).
#[derive(Clone, Debug, Default)]
pub struct Service {
    /// In the order the config lists them; the first is the default.
    pub environments: Vec<Environment>,
    pub auth: Auth,
    /// Content type of JSON request bodies.
    pub content_type: String,
    /// `Accept` header sent with every request.
    pub accept: Option<String>,
    /// The provider's error body, decoded from non-2xx answers.
    pub error_model: Option<TypeId>,
    /// The header an idempotency key goes in, when the API accepts one.
    pub idempotency_header: Option<String>,
    /// Where answers carry their request id: a header, a top-level body field.
    pub request_id_header: Option<String>,
    pub request_id_field: Option<String>,
    /// The environment variables a client can be configured from.
    pub env: EnvVars,
    /// Field names whose values are secrets, beyond the generator's built-in list.
    pub secrets: Vec<String>,
}

/// The environment variables a client reads its environment and credentials from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EnvVars {
    pub environment: Option<String>,
    /// Credential name (as in [`ApiKeyHeader::credential`], or `client_id` and
    /// `client_secret` for OAuth) to variable name.
    pub credentials: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Environment {
    pub name: String,
    pub url: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Auth {
    #[default]
    None,
    /// Credentials sent as headers on every request.
    ApiKeyHeaders(Vec<ApiKeyHeader>),
    /// OAuth 2.0 client credentials: a token from `token_path` (form body, HTTP basic auth),
    /// sent as a bearer token and reused until it expires.
    OAuth2ClientCredentials { token_path: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiKeyHeader {
    /// Header name on the wire (`PLAID-CLIENT-ID`).
    pub header: String,
    /// The credential's name (`client_id`).
    pub credential: String,
    /// Sent when the caller gives no value (`Plaid-Version`'s default); such credentials are
    /// optional.
    pub default: Option<String>,
    pub docs: String,
}

/// Counts for the run summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub pages: usize,
    pub models: usize,
    pub enums: usize,
    pub unions: usize,
    /// SDK response wrappers, read as the body they hold.
    pub wrappers: usize,
    /// SDK and endpoint pages (the pages that document operations).
    pub operation_pages: usize,
    pub operations: usize,
    /// Pages that are not wire types, by reason.
    pub skipped: std::collections::BTreeMap<&'static str, usize>,
    /// Things the docs did not say and the generator decided, by kind.
    pub inferred: std::collections::BTreeMap<&'static str, usize>,
}
