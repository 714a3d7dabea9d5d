//! The parts of a failed call, shared by every provider's `Error` type.
//!
//! Each provider's client generates its own `Error` enum with only the variants that can occur
//! for it (no `Token` variant without OAuth); the values those variants carry are defined here,
//! once. Every one says which call failed (method and documented path, never the filled-in
//! URL, whose ids would end up in logs) and, when there was an answer, its request id.

use std::fmt;
use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

/// Which operation a call was: its method and documented path (`GET /transfers/{id}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Endpoint {
    pub method: &'static str,
    pub path: &'static str,
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)
    }
}

/// What an error body says, for messages: its machine-readable code and its human-readable
/// message. The client implements it for each documented error model, from the fields the
/// conventions of HTTP APIs give these names (`error_code`, `code`, `error` or `title`;
/// `error_message`, `message`, `error_description` or `detail`).
pub trait ErrorModel {
    /// The kind of error (`NotFound`, `INVALID_ACCESS_TOKEN`, `invalid_client`).
    fn code(&self) -> Option<&str>;
    /// What went wrong, in words.
    fn message(&self) -> Option<&str>;
}

/// Wire names of the field holding an error's code, most specific first: Plaid-style
/// `error_code`, the common `code`, OAuth 2.0's `error` (RFC 6749, section 5.2), problem
/// details' `title` (RFC 9457).
pub const CODE_FIELDS: &[&str] = &["error_code", "code", "error", "title"];
/// Wire names of the field holding an error's message, the same way.
pub const MESSAGE_FIELDS: &[&str] = &["error_message", "message", "error_description", "detail"];

/// An error body the docs give no model for, read by the same conventions.
impl ErrorModel for serde_json::Value {
    fn code(&self) -> Option<&str> {
        CODE_FIELDS.iter().find_map(|name| self.get(name)?.as_str())
    }

    fn message(&self) -> Option<&str> {
        MESSAGE_FIELDS
            .iter()
            .find_map(|name| self.get(name)?.as_str())
    }
}

/// An answer outside 2xx (or a token endpoint's refusal).
pub struct ApiError<E> {
    pub endpoint: Endpoint,
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body decoded as the model the docs give for this status, when it is one.
    pub body: Option<E>,
    /// The body as received.
    pub raw: Vec<u8>,
    /// The answer's request id (a header or a body field, as the provider sends it), for
    /// support requests.
    pub request_id: Option<String>,
}

impl<E> ApiError<E> {
    /// The raw body as text (invalid UTF-8 replaced).
    pub fn raw_text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.raw)
    }
}

impl<E: ErrorModel> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.endpoint, self.status)?;
        let code = self.body.as_ref().and_then(E::code);
        let message = self.body.as_ref().and_then(E::message);
        match (code, message) {
            (None, None) => write_text(f, &self.raw_text())?,
            (code, message) => {
                for part in [code, message].into_iter().flatten() {
                    write!(f, ": {part}")?;
                }
            }
        }
        write_request_id(f, self.request_id.as_deref())
    }
}

impl<E: fmt::Debug> fmt::Debug for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("endpoint", &self.endpoint)
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("body", &self.body)
            .field("raw", &self.raw_text())
            .finish_non_exhaustive()
    }
}

/// A body too long for a one-line message is cut.
fn write_text(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    const LIMIT: usize = 200;
    let text = text.trim();
    if text.is_empty() {
        return Ok(());
    }
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => write!(f, ": {}...", &text[..cut]),
        None => write!(f, ": {text}"),
    }
}

fn write_request_id(f: &mut fmt::Formatter<'_>, id: Option<&str>) -> fmt::Result {
    match id {
        Some(id) => write!(f, " (request id {id})"),
        None => Ok(()),
    }
}

/// A 2xx answer that is not what the docs describe.
pub struct DecodeError {
    pub endpoint: Endpoint,
    pub status: StatusCode,
    pub problem: DecodeProblem,
    pub raw: Vec<u8>,
    pub request_id: Option<String>,
}

/// What is wrong with a 2xx answer.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeProblem {
    /// The body is not the documented model.
    Json(serde_json::Error),
    /// A `201 Created` without a usable `Location` header.
    MissingLocation,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: the {} answer ", self.endpoint, self.status)?;
        match &self.problem {
            DecodeProblem::Json(e) => write!(f, "is not the documented model: {e}")?,
            DecodeProblem::MissingLocation => write!(f, "has no usable Location header")?,
        }
        write_request_id(f, self.request_id.as_deref())
    }
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("endpoint", &self.endpoint)
            .field("status", &self.status)
            .field("problem", &self.problem)
            .field("request_id", &self.request_id)
            .field("raw", &String::from_utf8_lossy(&self.raw))
            .finish()
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.problem {
            DecodeProblem::Json(e) => Some(e),
            DecodeProblem::MissingLocation => None,
        }
    }
}

/// Why no answer arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TransportKind {
    /// No answer within the time limit.
    Timeout,
    /// No connection: refused, unknown host, TLS handshake failed.
    Connect,
    /// Anything else: the connection broke, a redirect was refused, the body was cut short.
    Other,
}

/// A call that got no (complete) answer. `source()` is reqwest's error, whose own chain says
/// what the system reported.
#[derive(Debug)]
pub struct TransportError {
    pub endpoint: Endpoint,
    pub kind: TransportKind,
    /// Attempts made, this one included.
    pub attempts: u32,
    /// Time spent on the call, every attempt and wait included.
    pub elapsed: Duration,
    pub source: reqwest::Error,
}

impl TransportError {
    pub(crate) fn new(endpoint: Endpoint, source: reqwest::Error) -> Self {
        // reqwest reports a connect timeout as both: it is a timeout.
        let kind = if source.is_timeout() {
            TransportKind::Timeout
        } else if source.is_connect() {
            TransportKind::Connect
        } else {
            TransportKind::Other
        };
        TransportError {
            endpoint,
            kind,
            attempts: 1,
            elapsed: Duration::ZERO,
            source,
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            TransportKind::Timeout => "no answer within the time limit",
            TransportKind::Connect => "could not connect",
            TransportKind::Other => "the request failed",
        };
        write!(f, "{}: {what}", self.endpoint)?;
        // The innermost cause is the one that says what happened (`Connection refused`);
        // reqwest's own message only says a request failed.
        let mut root: &dyn std::error::Error = &self.source;
        while let Some(next) = root.source() {
            root = next;
        }
        write!(f, ": {root}")?;
        write!(
            f,
            " (after {} attempt{}, {:.1?})",
            self.attempts,
            if self.attempts == 1 { "" } else { "s" },
            self.elapsed
        )
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// A request that cannot be sent as given (a header value with a line break, a path
/// parameter that is empty or `..`); nothing was sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidRequest {
    pub endpoint: Endpoint,
    pub message: String,
}

impl fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: invalid request: {}", self.endpoint, self.message)
    }
}

impl std::error::Error for InvalidRequest {}

/// Every way a call can fail, before a provider's `Error` picks the variants it has.
#[derive(Debug)]
pub enum Failure<E> {
    Api(Box<ApiError<E>>),
    Token(Box<ApiError<E>>),
    Transport(TransportError),
    Decode(Box<DecodeError>),
    Invalid(InvalidRequest),
}

/// A variable `from_env` needs is missing or unusable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnvError {
    pub variable: &'static str,
    pub problem: String,
}

impl fmt::Display for EnvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "environment variable {}: {}",
            self.variable, self.problem
        )
    }
}

impl std::error::Error for EnvError {}

/// A string that names no environment of the provider and is no `http(s)://` URL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseEnvironmentError {
    pub found: String,
    /// The names the provider's environments go by.
    pub expected: &'static [&'static str],
}

impl fmt::Display for ParseEnvironmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is no environment: expected one of {} or an http(s):// URL",
            self.found,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for ParseEnvironmentError {}

/// Reads an environment by name (any case) or as a base URL: what `Environment::from_str`
/// does for every provider.
pub fn parse_environment<T>(
    text: &str,
    named: &[(&'static str, T)],
    expected: &'static [&'static str],
    custom: fn(reqwest::Url) -> T,
) -> Result<T, ParseEnvironmentError>
where
    T: Clone,
{
    let text = text.trim();
    if let Some((_, value)) = named
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(text))
    {
        return Ok(value.clone());
    }
    match reqwest::Url::parse(text) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() => Ok(custom(url)),
        _ => Err(ParseEnvironmentError {
            found: text.to_owned(),
            expected,
        }),
    }
}

/// The value of a variable `from_env` reads: `Ok(None)` when it is unset.
pub fn env_var(variable: &'static str) -> Result<Option<String>, EnvError> {
    match std::env::var(variable) {
        Ok(value) if value.trim().is_empty() => Err(EnvError {
            variable,
            problem: "is empty".into(),
        }),
        Ok(value) => Ok(Some(value)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(EnvError {
            variable,
            problem: "is not UTF-8".into(),
        }),
    }
}

/// The value of a variable `from_env` cannot do without.
pub fn required_env_var(variable: &'static str) -> Result<String, EnvError> {
    env_var(variable)?.ok_or(EnvError {
        variable,
        problem: "is not set".into(),
    })
}
