//! `provider.toml`: what a provider's docs do not say.
//!
//! Docs describe models and operations; they rarely say where the API lives, how it
//! authenticates, or that the TypeScript SDK renamed `_links` to `links`. Each provider folder
//! may hold a `provider.toml` with those facts. Every key is optional.
//!
//! ```toml
//! title = "Plaid"
//! format = "speakeasy"             # the page layout; recognised from the pages when absent
//! dialect = "python"               # how the docs write types; detected when absent
//! expect = "models"                # the docs describe models only (or "operations" only)
//! error_model = "PlaidError"       # the body of non-2xx answers
//! secrets = ["mfa_answer"]         # more field names whose values `Debug` must not show
//!
//! [http]
//! default_method = "POST"          # for operations whose docs do not state one
//! content_type = "application/json"
//! accept = "application/json"
//! idempotency_header = "Idempotency-Key"  # unsafe requests carry a fresh key, the same on retries
//! request_id_header = "X-Request-Id"      # where answers carry their request id: a header,
//! request_id_field = "request_id"         # or a top-level field of the JSON body
//!
//! [env]                            # what `Client::from_env()` reads
//! environment = "PLAID_ENV"        # an environment's name or a base URL (default: the first)
//! credentials = { client_id = "PLAID_CLIENT_ID", secret = "PLAID_SECRET" }
//!
//! [[environments]]                 # the first is the default
//! name = "sandbox"
//! url = "https://sandbox.plaid.com"
//!
//! [auth]
//! type = "api-key-headers"         # or "oauth2-client-credentials" with token_path = "/token"
//! headers = [{ header = "PLAID-CLIENT-ID", credential = "client_id" }]
//!
//! [[wire_names]]                   # SDK field name -> wire name, first matching rule wins
//! field = "links"                  # glob on the field's documented name
//! model = "*"                      # glob on the model's title (default: every model)
//! wire = "_links"                  # or: case = "snake_case" | "kebab-case" | "camelCase"
//!
//! [[parameters]]                   # where a request field goes (default: path if it names a
//! field = "idempotencyKey"         # path placeholder, query otherwise)
//! location = "header"
//! name = "Idempotency-Key"
//!
//! [[field_types]]                  # a type the notation cannot express
//! field = "limit"                  # first matching rule wins
//! from = "number"                  # only fields documented as this type (optional)
//! type = "integer"
//!
//! [[nullable]]                     # required fields that may be null, which the
//! type = "date"                    # notation cannot say (globs model/field, optional type)
//!
//! [[operations]]                   # per-operation facts
//! path = "/token"
//! body = "form"                    # or "json"; content_type = "..."
//! pagination = { style = "none" }  # or "cursor" | "offset" | "page" | "links", and the fields:
//!                                  # cursor, next, offset, limit, items (detected when absent)
//!
//! [endpoints]                      # method and path of SDK methods whose docs state none
//! createAddress = "POST /customers/{customer_id}/addresses"
//! "Customers.getCustomer" = "GET /customers/{customer_id}"   # qualified by the page title
//! ```

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::ir::Primitive;
use crate::source::{FileId, SourceFile, Span};
use serde::Deserialize;
use toml::Spanned;
use wildmatch::WildMatch;

/// The name of the config file in a provider folder.
pub const FILE_NAME: &str = "provider.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    pub title: Option<String>,
    /// The page format of every page (`speakeasy`, ...); recognised per page when absent.
    pub format: Option<Spanned<String>>,
    /// What the docs describe, when not both models and operations.
    pub expect: Option<Spanned<Expect>>,
    pub dialect: Option<Spanned<String>>,
    pub error_model: Option<Spanned<String>>,
    /// Field names (beyond the built-in list) whose values are secrets, redacted in `Debug`.
    #[serde(default)]
    pub secrets: Vec<String>,
    #[serde(default)]
    pub http: Http,
    #[serde(default)]
    pub environments: Vec<EnvironmentConfig>,
    #[serde(default)]
    pub auth: AuthConfig,
    #[serde(default)]
    pub env: EnvConfig,
    #[serde(default)]
    pub wire_names: Vec<Spanned<WireNameRule>>,
    #[serde(default)]
    pub parameters: Vec<ParameterRule>,
    #[serde(default)]
    pub field_types: Vec<FieldTypeRule>,
    #[serde(default)]
    pub nullable: Vec<Spanned<NullableRule>>,
    #[serde(default)]
    pub operations: Vec<Spanned<OperationConfig>>,
    /// `"METHOD /path"` per SDK method (`name` or `"Group.name"`), for docs that state
    /// neither (APIMatic's).
    #[serde(default)]
    pub endpoints: std::collections::BTreeMap<String, Spanned<String>>,
    /// Links to pages that do not exist: `"error"` (default) or `"warn"` (fall back to an
    /// untyped JSON value), for doc trees known to have a few.
    #[serde(default)]
    pub dangling_links: Strictness,
}

/// What a provider's docs describe, when not both models and operations: a run that finds
/// nothing of one is otherwise an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Expect {
    /// Models only: no operations.
    Models,
    /// Operations only: no models.
    Operations,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Http {
    pub default_method: Option<Spanned<String>>,
    pub content_type: Option<String>,
    pub accept: Option<String>,
    /// The header that carries an idempotency key, when the API accepts one.
    pub idempotency_header: Option<Spanned<String>>,
    /// The header answers carry their request id in.
    pub request_id_header: Option<Spanned<String>>,
    /// The top-level field of JSON answers that holds their request id.
    pub request_id_field: Option<String>,
}

/// The environment variables `Client::from_env()` reads.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvConfig {
    /// Names the environment (or gives a base URL); the default environment when unset.
    pub environment: Option<String>,
    /// Credential name (`client_id`, or a header credential's `credential`) to variable.
    pub credentials: Option<Spanned<std::collections::BTreeMap<String, String>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnvironmentConfig {
    pub name: Spanned<String>,
    pub url: Spanned<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum AuthConfig {
    #[default]
    None,
    ApiKeyHeaders {
        headers: Vec<ApiKeyHeaderConfig>,
    },
    #[serde(rename = "oauth2-client-credentials")]
    OAuth2ClientCredentials {
        token_path: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiKeyHeaderConfig {
    pub header: String,
    pub credential: String,
    pub default: Option<String>,
    #[serde(default)]
    pub docs: String,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Strictness {
    #[default]
    Error,
    Warn,
}

fn any() -> String {
    "*".to_string()
}

/// Whether a rule's `model` and `field` globs (`*` and `?`) select this field.
pub fn selects(model_glob: &str, field_glob: &str, model: &str, field: &str) -> bool {
    let glob = |pattern: &str, text: &str| pattern == "*" || WildMatch::new(pattern).matches(text);
    glob(model_glob, model) && glob(field_glob, field)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireNameRule {
    #[serde(default = "any")]
    pub model: String,
    #[serde(default = "any")]
    pub field: String,
    pub wire: Option<String>,
    pub case: Option<Case>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub enum Case {
    #[serde(rename = "snake_case")]
    Snake,
    #[serde(rename = "kebab-case")]
    Kebab,
    #[serde(rename = "camelCase")]
    Camel,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParameterRule {
    #[serde(default = "any")]
    pub model: String,
    #[serde(default = "any")]
    pub field: String,
    pub location: Location,
    /// The wire name, when it differs from the field's.
    pub name: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    Path,
    Query,
    Header,
    Body,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldTypeRule {
    #[serde(default = "any")]
    pub model: String,
    #[serde(default = "any")]
    pub field: String,
    /// Only fields the docs give this type (e.g. retype every `number` as `integer`).
    pub from: Option<PrimitiveName>,
    #[serde(rename = "type")]
    pub ty: PrimitiveName,
}

/// Required fields that may nonetheless be `null`, where the docs' notation cannot say so.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NullableRule {
    #[serde(default = "any")]
    pub model: String,
    #[serde(default = "any")]
    pub field: String,
    /// Only fields of this type.
    #[serde(rename = "type")]
    pub ty: Option<PrimitiveName>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrimitiveName {
    String,
    Integer,
    Number,
    Boolean,
    Date,
    DateTime,
}

impl PrimitiveName {
    pub fn primitive(self) -> Primitive {
        match self {
            PrimitiveName::String => Primitive::String,
            PrimitiveName::Integer => Primitive::Integer,
            PrimitiveName::Number => Primitive::Number,
            PrimitiveName::Boolean => Primitive::Boolean,
            PrimitiveName::Date => Primitive::Date,
            PrimitiveName::DateTime => Primitive::DateTime,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationConfig {
    /// The operation's path as documented.
    pub path: String,
    /// Only this method's operation, when several share the path.
    pub method: Option<String>,
    pub body: Option<BodyKind>,
    pub content_type: Option<String>,
    /// How the operation's answers come in pages, where detection from the fields is wrong.
    pub pagination: Option<PaginationConfig>,
}

/// `pagination = { style = "none" }` turns detection off for an operation; a style and field
/// names (documented or wire names) override what detection would find.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaginationConfig {
    pub style: Option<PagingStyleName>,
    /// The request's cursor field.
    pub cursor: Option<String>,
    /// The answer's next-cursor field.
    pub next: Option<String>,
    /// The request's offset (or page number) field.
    pub offset: Option<String>,
    /// The request's page-size field.
    pub limit: Option<String>,
    /// The answer's list of items.
    pub items: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PagingStyleName {
    None,
    Cursor,
    Offset,
    Page,
    Links,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BodyKind {
    Json,
    Form,
}

impl ProviderConfig {
    /// Parses a `provider.toml`, reporting syntax and schema errors with their position.
    pub fn parse(id: FileId, file: &SourceFile, diagnostics: &mut Diagnostics) -> Option<Self> {
        match toml::from_str::<ProviderConfig>(&file.text) {
            Ok(config) => {
                let before = diagnostics.error_count();
                for environment in &config.environments {
                    let url = environment.url.get_ref();
                    let scheme = url
                        .strip_prefix("https://")
                        .or_else(|| url.strip_prefix("http://"));
                    let valid = scheme.is_some_and(|rest| {
                        !rest.is_empty()
                            && !rest.starts_with('/')
                            && !rest.contains(|c: char| c.is_whitespace() || c.is_control())
                    });
                    if !valid {
                        diagnostics.push(
                            Diagnostic::error(Code::BadConfig, format!("environment `{}` has no usable URL", environment.name.get_ref()))
                                .at(Span::new(id, environment.url.span()), format!("found `{url}`"))
                                .note("expected an absolute http:// or https:// URL, e.g. `https://api.example.com`"),
                        );
                    }
                }
                for (name, value) in &config.endpoints {
                    if endpoint(value.get_ref()).is_none() {
                        diagnostics.push(
                            Diagnostic::error(
                                Code::BadConfig,
                                format!("endpoint `{name}` is not `METHOD /path`"),
                            )
                            .at(
                                Span::new(id, value.span()),
                                format!("found `{}`", value.get_ref()),
                            )
                            .note("expected e.g. `\"POST /customers/{customer_id}/addresses\"`"),
                        );
                    }
                }
                (diagnostics.error_count() == before).then_some(config)
            }
            Err(error) => {
                let span = error.span().unwrap_or(0..0);
                diagnostics.push(
                    Diagnostic::error(Code::BadConfig, format!("cannot read {}", file.path))
                        .at(Span::new(id, span), error.message().to_string())
                        .note("see the configuration keys in README.md"),
                );
                None
            }
        }
    }

    /// The wire name of a documented field.
    pub fn wire_name(&self, model: &str, field: &str) -> String {
        use heck::{ToKebabCase, ToLowerCamelCase, ToSnakeCase};
        for rule in self.wire_names.iter().map(Spanned::get_ref) {
            if !selects(&rule.model, &rule.field, model, field) {
                continue;
            }
            if let Some(wire) = &rule.wire {
                return wire.clone();
            }
            if let Some(case) = rule.case {
                return match case {
                    Case::Snake => field.to_snake_case(),
                    Case::Kebab => field.to_kebab_case(),
                    Case::Camel => field.to_lower_camel_case(),
                };
            }
        }
        field.to_string()
    }

    pub fn parameter(&self, model: &str, field: &str) -> Option<&ParameterRule> {
        self.parameters
            .iter()
            .find(|r| selects(&r.model, &r.field, model, field))
    }

    /// The type a rule gives a field the docs type as `documented`, if a rule applies.
    pub fn field_type(&self, model: &str, field: &str, documented: Primitive) -> Option<Primitive> {
        self.field_types
            .iter()
            .find(|r| {
                selects(&r.model, &r.field, model, field)
                    && r.from.is_none_or(|from| from.primitive() == documented)
            })
            .map(|r| r.ty.primitive())
    }

    /// Whether a rule says this required field may be `null`.
    pub fn nullable(&self, model: &str, field: &str, ty: Option<Primitive>) -> bool {
        self.nullable.iter().map(Spanned::get_ref).any(|r| {
            selects(&r.model, &r.field, model, field)
                && r.ty.is_none_or(|t| Some(t.primitive()) == ty)
        })
    }

    pub fn operation(&self, method: &str, path: &str) -> Option<&OperationConfig> {
        self.operations.iter().map(Spanned::get_ref).find(|o| {
            o.path == path
                && o.method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method))
        })
    }
}

/// `"POST /customers/{id}"` → (`POST`, `/customers/{id}`): the method upper-cased.
pub fn endpoint(value: &str) -> Option<(String, String)> {
    const METHODS: &[&str] = &["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];
    let (method, path) = value.trim().split_once(' ')?;
    let method = method.to_ascii_uppercase();
    let path = path.trim();
    let valid = METHODS.contains(&method.as_str())
        && path.starts_with('/')
        && !path.contains(char::is_whitespace);
    valid.then(|| (method, path.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Option<ProviderConfig>, Diagnostics) {
        let file = SourceFile::new("p/provider.toml".into(), text.into());
        let mut diagnostics = Diagnostics::default();
        (
            ProviderConfig::parse(FileId(0), &file, &mut diagnostics),
            diagnostics,
        )
    }

    #[test]
    fn wire_name_rules_apply_in_order() {
        let (config, _) = parse(
            r#"
            [[wire_names]]
            field = "links"
            wire = "_links"
            [[wire_names]]
            model = "CreateApplicationAccessToken*"
            case = "snake_case"
            [[wire_names]]
            model = "*Links"
            case = "kebab-case"
            "#,
        );
        let config = config.unwrap();
        assert_eq!(config.wire_name("Customer", "links"), "_links");
        assert_eq!(
            config.wire_name("CreateApplicationAccessTokenRequest", "grantType"),
            "grant_type"
        );
        assert_eq!(
            config.wire_name("TransferLinks", "fundingSource"),
            "funding-source"
        );
        assert_eq!(config.wire_name("Customer", "firstName"), "firstName");
    }

    #[test]
    fn type_rules_can_be_limited_to_one_documented_type() {
        let (config, _) = parse(
            r#"
            [[field_types]]
            field = "timezoneOffset"
            type = "number"
            [[field_types]]
            from = "number"
            type = "integer"
            "#,
        );
        let config = config.unwrap();
        assert_eq!(
            config.field_type("X", "total", Primitive::Number),
            Some(Primitive::Integer)
        );
        assert_eq!(
            config.field_type("X", "timezoneOffset", Primitive::Number),
            Some(Primitive::Number)
        );
        assert_eq!(config.field_type("X", "name", Primitive::String), None);
    }

    #[test]
    fn unknown_keys_are_reported_with_their_position() {
        let (config, diagnostics) = parse("titel = \"Plaid\"\n");
        assert!(config.is_none());
        let d = diagnostics.iter().next().unwrap();
        assert_eq!(d.code, Code::BadConfig);
        assert_eq!(d.span.map(|s| s.start), Some(0));
    }

    #[test]
    fn environment_urls_must_be_absolute() {
        let (config, diagnostics) =
            parse("[[environments]]\nname = \"live\"\nurl = \"api.example.com\"\n");
        assert!(config.is_none());
        let d = diagnostics.iter().next().unwrap();
        assert_eq!(
            (d.code, d.label.as_str()),
            (Code::BadConfig, "found `api.example.com`")
        );
        let (config, _) =
            parse("[[environments]]\nname = \"live\"\nurl = \"https://api.example.com/v1\"\n");
        assert!(config.is_some());
    }

    #[test]
    fn endpoints_are_method_and_path() {
        let (config, _) = parse(
            "[endpoints]\nlistItems = \"get /items\"\n\"Items.getItem\" = \"GET /items/{id}\"\n",
        );
        let config = config.unwrap();
        assert_eq!(config.endpoints.len(), 2);
        assert_eq!(
            endpoint("get /items"),
            Some(("GET".into(), "/items".into()))
        );
        let (config, diagnostics) = parse("[endpoints]\nlistItems = \"/items\"\n");
        assert!(config.is_none());
        assert_eq!(
            diagnostics.iter().next().map(|d| d.code),
            Some(Code::BadConfig)
        );
        assert_eq!(endpoint("FETCH /items"), None);
        assert_eq!(endpoint("GET items"), None);
    }

    #[test]
    fn auth_variants() {
        let (config, _) =
            parse("[auth]\ntype = \"oauth2-client-credentials\"\ntoken_path = \"/token\"\n");
        assert!(matches!(
            config.unwrap().auth,
            AuthConfig::OAuth2ClientCredentials { ref token_path } if token_path == "/token"
        ));
    }
}
