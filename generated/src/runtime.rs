// @generated: copied from the generator's runtime/runtime.rs. Do not edit.

//! What every provider's client shares: building and sending requests, reading answers,
//! errors, and OAuth 2.0 client-credentials tokens.
//!
//! The generator copies this file into the generated crate unchanged. Which parts a crate uses
//! depends on its providers (one without OAuth never builds a token source), hence the
//! `dead_code` allowance.

#![allow(dead_code)]

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, RequestBuilder, StatusCode, Url};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// What can go wrong when calling an operation. `E` is the provider's error body.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The API answered with a status outside 2xx.
    Api(ApiError<E>),
    /// The request could not be sent, or the answer could not be received.
    Transport(reqwest::Error),
    /// The API answered 2xx, but the body is not what the docs describe.
    Decode(DecodeError),
    /// A `201 Created` without a usable `Location` header.
    MissingLocation(StatusCode),
    /// The token endpoint refused the client credentials, or answered something unexpected.
    Token(Box<ApiError<serde_json::Value>>),
    /// A request value cannot be sent (a header value with a line break, say).
    InvalidRequest(String),
}

impl<E> Error<E> {
    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Token(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            Error::MissingLocation(status) => Some(*status),
            Error::Transport(e) => e.status(),
            Error::InvalidRequest(_) => None,
        }
    }

    /// The provider's decoded error body, for [`Error::Api`].
    pub fn api_body(&self) -> Option<&E> {
        match self {
            Error::Api(e) => e.body.as_ref(),
            _ => None,
        }
    }
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(e) => write!(f, "the API answered {e}"),
            Error::Transport(e) => write!(f, "request failed: {e}"),
            Error::Decode(e) => write!(f, "{e}"),
            Error::MissingLocation(status) => {
                write!(f, "the API answered {status} without a Location header")
            }
            Error::Token(e) => write!(f, "could not obtain an access token: {e}"),
            Error::InvalidRequest(message) => write!(f, "invalid request: {message}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            Error::Decode(e) => Some(&e.source),
            _ => None,
        }
    }
}

impl<E> From<reqwest::Error> for Error<E> {
    fn from(error: reqwest::Error) -> Self {
        Error::Transport(error)
    }
}

/// A failure before the operation's own answer: it fits every provider's [`Error`].
#[derive(Debug)]
pub(crate) enum Failure {
    Transport(reqwest::Error),
    Token(Box<ApiError<serde_json::Value>>),
    InvalidRequest(String),
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Transport(e) => Error::Transport(e),
            Failure::Token(e) => Error::Token(e),
            Failure::InvalidRequest(message) => Error::InvalidRequest(message),
        }
    }
}

impl From<reqwest::Error> for Failure {
    fn from(error: reqwest::Error) -> Self {
        Failure::Transport(error)
    }
}

/// A non-2xx answer.
#[derive(Debug)]
pub struct ApiError<E> {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body decoded as the provider's error object, when it is one.
    pub body: Option<E>,
    /// The body as received.
    pub raw: Vec<u8>,
}

impl<E> ApiError<E> {
    /// The raw body as text (invalid UTF-8 replaced).
    pub fn raw_text(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.raw)
    }
}

impl<E: fmt::Debug> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.status)?;
        match &self.body {
            Some(body) => write!(f, ": {body:?}"),
            None if self.raw.is_empty() => Ok(()),
            None => write!(f, ": {}", self.raw_text()),
        }
    }
}

/// Where the API put what a call created: the `Location` of a `201 Created` answer.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    url: Url,
}

impl Location {
    pub fn url(&self) -> &Url {
        &self.url
    }

    pub fn as_str(&self) -> &str {
        self.url.as_str()
    }

    /// The new resource's id: the last segment of the URL's path (`.../customers/<id>`), as
    /// it appears in the URL.
    pub fn id(&self) -> Option<&str> {
        self.url
            .path_segments()?
            .rev()
            .find(|segment| !segment.is_empty())
    }

    pub fn into_url(self) -> Url {
        self.url
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.url.as_str())
    }
}

impl From<Location> for Url {
    fn from(location: Location) -> Url {
        location.url
    }
}

impl From<Location> for String {
    fn from(location: Location) -> String {
        location.url.into()
    }
}

/// A 2xx answer whose body could not be decoded.
#[derive(Debug)]
pub struct DecodeError {
    pub status: StatusCode,
    pub source: serde_json::Error,
    pub raw: Vec<u8>,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot decode the {} answer: {}",
            self.status, self.source
        )
    }
}

/// How requests are authenticated.
#[derive(Clone)]
pub(crate) enum Auth {
    None,
    /// Credentials sent as headers on every request: (lower-case header name, value).
    Headers(Vec<(&'static str, String)>),
    /// A bearer token from the token endpoint, reused until it expires.
    OAuth2(Arc<TokenSource>),
}

/// Fetches and caches OAuth 2.0 client-credentials tokens.
pub(crate) struct TokenSource {
    client_id: String,
    client_secret: String,
    /// The token endpoint's path, as segments.
    token_path: &'static [&'static str],
    cached: tokio::sync::Mutex<Option<CachedToken>>,
}

struct CachedToken {
    header: HeaderValue,
    refresh_at: Instant,
}

/// The standard token answer (RFC 6749, section 5.1).
#[derive(serde::Deserialize)]
struct TokenAnswer {
    access_token: String,
    expires_in: Option<u64>,
}

impl TokenSource {
    pub(crate) fn new(
        client_id: String,
        client_secret: String,
        token_path: &'static [&'static str],
    ) -> Self {
        TokenSource {
            client_id,
            client_secret,
            token_path,
            cached: tokio::sync::Mutex::new(None),
        }
    }

    /// The `Authorization` header for API calls: the cached token while it is fresh, a new
    /// one otherwise. Concurrent callers wait for one refresh instead of each fetching.
    async fn bearer(&self, http: &Http) -> Result<HeaderValue, Failure> {
        let mut cached = self.cached.lock().await;
        if let Some(token) = cached.as_ref() {
            if Instant::now() < token.refresh_at {
                return Ok(token.header.clone());
            }
        }
        let url = http.url(self.token_path)?;
        let answer = http
            .client
            .post(url)
            .basic_auth(&self.client_id, Some(&self.client_secret))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await?;
        let status = answer.status();
        let headers = answer.headers().clone();
        let raw = answer.bytes().await?.to_vec();
        let token = match serde_json::from_slice::<TokenAnswer>(&raw) {
            Ok(token) if status.is_success() => token,
            _ => {
                return Err(Failure::Token(Box::new(ApiError {
                    status,
                    headers,
                    body: serde_json::from_slice(&raw).ok(),
                    raw,
                })))
            }
        };
        let mut header =
            HeaderValue::try_from(format!("Bearer {}", token.access_token)).map_err(|_| {
                Failure::InvalidRequest("the access token is not a valid header value".into())
            })?;
        header.set_sensitive(true);
        // Refresh a little before the token expires, so a request never carries a token that
        // runs out on the way: a tenth of its lifetime, at most 30 seconds.
        let lifetime = Duration::from_secs(token.expires_in.unwrap_or(3600));
        let margin = (lifetime / 10).min(Duration::from_secs(30));
        *cached = Some(CachedToken {
            header: header.clone(),
            refresh_at: Instant::now() + lifetime - margin,
        });
        Ok(header)
    }
}

/// The HTTP side of a client: base URL, auth, and the reqwest client.
#[derive(Clone)]
pub(crate) struct Http {
    pub(crate) client: reqwest::Client,
    base_url: Url,
    auth: Auth,
    accept: Option<&'static str>,
}

impl Http {
    pub(crate) fn new(base_url: Url, auth: Auth, accept: Option<&'static str>) -> Self {
        Http {
            client: reqwest::Client::new(),
            base_url,
            auth,
            accept,
        }
    }

    pub(crate) fn with_client(mut self, client: reqwest::Client) -> Self {
        self.client = client;
        self
    }

    pub(crate) fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// The base URL with path segments appended. Each segment is percent-encoded, so a
    /// parameter value can never change the path's shape; `.` and `..`, which URLs cannot
    /// carry as data (they would be resolved away), are refused.
    pub(crate) fn url(&self, segments: &[&str]) -> Result<Url, Failure> {
        if let Some(dots) = segments.iter().find(|s| **s == "." || **s == "..") {
            return Err(Failure::InvalidRequest(format!(
                "`{dots}` cannot be a path parameter"
            )));
        }
        let mut url = self.base_url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty();
            path.extend(segments);
        }
        Ok(url)
    }

    /// A request with the provider's authentication and `Accept` header.
    pub(crate) async fn request(
        &self,
        method: Method,
        url: Url,
    ) -> Result<RequestBuilder, Failure> {
        let mut builder = self.client.request(method, url);
        if let Some(accept) = self.accept {
            builder = builder.header(reqwest::header::ACCEPT, accept);
        }
        match &self.auth {
            Auth::None => {}
            Auth::Headers(headers) => {
                for (name, value) in headers {
                    let mut value = HeaderValue::try_from(value.as_str()).map_err(|_| {
                        Failure::InvalidRequest(format!(
                            "the {name} credential is not a valid header value"
                        ))
                    })?;
                    value.set_sensitive(true);
                    builder = builder.header(*name, value);
                }
            }
            Auth::OAuth2(tokens) => {
                let bearer = tokens.bearer(self).await?;
                builder = builder.header(reqwest::header::AUTHORIZATION, bearer);
            }
        }
        Ok(builder)
    }

    /// A request to the token endpoint itself, authenticated with the client credentials.
    pub(crate) fn token_request(&self, method: Method, url: Url) -> RequestBuilder {
        let builder = self.client.request(method, url);
        match &self.auth {
            Auth::OAuth2(tokens) => {
                builder.basic_auth(&tokens.client_id, Some(&tokens.client_secret))
            }
            _ => builder,
        }
    }

    /// Sends the request and decodes a JSON answer.
    pub(crate) async fn send_json<T: DeserializeOwned, E: DeserializeOwned>(
        &self,
        builder: RequestBuilder,
    ) -> Result<T, Error<E>> {
        let (status, raw) = self.send(builder).await?;
        serde_json::from_slice(&raw).map_err(|source| {
            Error::Decode(DecodeError {
                status,
                source,
                raw,
            })
        })
    }

    /// Sends the request and ignores the body of a successful answer.
    pub(crate) async fn send_empty<E: DeserializeOwned>(
        &self,
        builder: RequestBuilder,
    ) -> Result<(), Error<E>> {
        self.send(builder).await.map(|_| ())
    }

    /// Sends the request and returns the body's bytes (a file, say).
    pub(crate) async fn send_bytes<E: DeserializeOwned>(
        &self,
        builder: RequestBuilder,
    ) -> Result<Vec<u8>, Error<E>> {
        self.send(builder).await.map(|(_, raw)| raw)
    }

    /// Sends the request and returns the `Location` of what it created.
    pub(crate) async fn send_created<E: DeserializeOwned>(
        &self,
        builder: RequestBuilder,
    ) -> Result<Location, Error<E>> {
        let answer = builder.send().await?;
        let status = answer.status();
        if !status.is_success() {
            return Err(api_error(answer).await);
        }
        let location = answer
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| answer.url().join(value).ok());
        location
            .map(|url| Location { url })
            .ok_or(Error::MissingLocation(status))
    }

    async fn send<E: DeserializeOwned>(
        &self,
        builder: RequestBuilder,
    ) -> Result<(StatusCode, Vec<u8>), Error<E>> {
        let answer = builder.send().await?;
        let status = answer.status();
        if !status.is_success() {
            return Err(api_error(answer).await);
        }
        Ok((status, answer.bytes().await?.to_vec()))
    }
}

async fn api_error<E: DeserializeOwned>(answer: reqwest::Response) -> Error<E> {
    let status = answer.status();
    let headers = answer.headers().clone();
    match answer.bytes().await {
        Ok(raw) => Error::Api(ApiError {
            status,
            headers,
            body: serde_json::from_slice(&raw).ok(),
            raw: raw.to_vec(),
        }),
        Err(e) => Error::Transport(e),
    }
}

/// A JSON body with the provider's content type.
pub(crate) fn json_body<B: Serialize + ?Sized>(
    builder: RequestBuilder,
    content_type: &'static str,
    body: &B,
) -> Result<RequestBuilder, Failure> {
    let bytes = serde_json::to_vec(body).map_err(|e| Failure::InvalidRequest(e.to_string()))?;
    Ok(builder
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(bytes))
}

/// A body of raw bytes.
pub(crate) fn bytes_body(
    builder: RequestBuilder,
    content_type: &'static str,
    body: &[u8],
) -> RequestBuilder {
    builder
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(body.to_vec())
}

/// A `multipart/form-data` part holding a file.
pub(crate) fn file_part(
    form: reqwest::multipart::Form,
    name: &'static str,
    content: &[u8],
    file_name: Option<&str>,
    content_type: Option<&str>,
) -> Result<reqwest::multipart::Form, Failure> {
    let mut part = reqwest::multipart::Part::bytes(content.to_vec());
    if let Some(file_name) = file_name {
        part = part.file_name(file_name.to_owned());
    }
    if let Some(content_type) = content_type {
        part = part.mime_str(content_type).map_err(|_| {
            Failure::InvalidRequest(format!("`{content_type}` is not a media type"))
        })?;
    }
    Ok(form.part(name, part))
}

/// A form-encoded body (`application/x-www-form-urlencoded`).
pub(crate) fn form_body<B: Serialize + ?Sized>(
    builder: RequestBuilder,
    body: &B,
) -> RequestBuilder {
    builder.form(body)
}

/// A header value from a parameter.
pub(crate) fn header(
    builder: RequestBuilder,
    name: &'static str,
    value: &str,
) -> Result<RequestBuilder, Failure> {
    let value = HeaderValue::try_from(value).map_err(|_| {
        Failure::InvalidRequest(format!(
            "the value of the {name} header is not a valid header value"
        ))
    })?;
    Ok(builder.header(name, value))
}

/// Reads `null` as an empty list or map. Docs rarely say a required list may be `null`, and
/// for a list, null and empty mean the same thing.
pub(crate) fn null_as_empty<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + serde::Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// The text of a path, query or header parameter.
pub trait ToParam {
    fn to_param(&self) -> String;
}

impl ToParam for String {
    fn to_param(&self) -> String {
        self.clone()
    }
}

impl ToParam for str {
    fn to_param(&self) -> String {
        self.to_string()
    }
}

impl ToParam for bool {
    fn to_param(&self) -> String {
        self.to_string()
    }
}

impl ToParam for i64 {
    fn to_param(&self) -> String {
        self.to_string()
    }
}

impl ToParam for f64 {
    fn to_param(&self) -> String {
        // `Display` writes whole numbers without a fraction (`25`, not `25.0`).
        self.to_string()
    }
}

impl ToParam for chrono::NaiveDate {
    fn to_param(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }
}

impl ToParam for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> String {
        self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

impl<T: ToParam> ToParam for Vec<T> {
    fn to_param(&self) -> String {
        self.iter()
            .map(ToParam::to_param)
            .collect::<Vec<_>>()
            .join(",")
    }
}

impl ToParam for serde_json::Value {
    fn to_param(&self) -> String {
        match self {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Checks the generated tests share.

    /// Deserializes `json`, serializes it back, and checks that nothing was lost or renamed:
    /// the two values are equal as `T`, and every key of the input is in the output.
    pub(crate) fn assert_round_trip<T>(json: &str)
    where
        T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
    {
        let input: serde_json::Value = serde_json::from_str(json).expect("example is JSON");
        let value: T = serde_json::from_value(input.clone())
            .unwrap_or_else(|e| panic!("example does not deserialize: {e}\n{json}"));
        let output = serde_json::to_value(&value).expect("serializes");
        let again: T = serde_json::from_value(output.clone()).expect("output deserializes");
        assert_eq!(value, again, "value changed in a round trip");
        assert_same_keys(&input, &output, "$");
    }

    /// Reads an Example cell as a `T`, naming the field when it does not fit.
    pub(crate) fn assert_fits<T: serde::de::DeserializeOwned>(field: &str, json: &str) -> T {
        serde_json::from_str(json).unwrap_or_else(|e| {
            panic!("the example of {field} ({json}) does not fit its type: {e}")
        })
    }

    /// Reads an Example cell of an enum field, which must be one of the documented values.
    pub(crate) fn assert_documented<T: serde::de::DeserializeOwned>(
        field: &str,
        json: &str,
        unrecognized: impl Fn(&T) -> bool,
    ) {
        let value: T = assert_fits(field, json);
        assert!(
            !unrecognized(&value),
            "the example of {field} ({json}) is not a documented value"
        );
    }

    /// Each documented wire value reads as its variant and is written back unchanged; a value
    /// the docs do not list is kept in the catch-all, and written back unchanged too.
    pub(crate) fn assert_wire_values<T>(values: &[(&str, T)], unrecognized: fn(String) -> T)
    where
        T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
    {
        let later = "a value added later";
        let all = values
            .iter()
            .map(|(wire, value)| (*wire, value))
            .collect::<Vec<_>>();
        let unknown = unrecognized(later.to_owned());
        for (wire, value) in all.into_iter().chain([(later, &unknown)]) {
            let json = serde_json::Value::String(wire.to_owned());
            let read: T = serde_json::from_value(json.clone())
                .unwrap_or_else(|e| panic!("{wire:?} does not deserialize: {e}"));
            assert_eq!(&read, value, "{wire:?} reads as the wrong variant");
            assert_eq!(
                serde_json::to_value(value).expect("serializes"),
                json,
                "{value:?} is written differently"
            );
        }
    }

    /// The same for an enum whose wire values are integers.
    pub(crate) fn assert_integer_wire_values<T>(values: &[(i64, T)], unrecognized: fn(i64) -> T)
    where
        T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
    {
        let later = values.iter().map(|(wire, _)| *wire).max().unwrap_or(0) + 1;
        let unknown = unrecognized(later);
        let all = values.iter().map(|(wire, value)| (*wire, value));
        for (wire, value) in all.chain([(later, &unknown)]) {
            let json = serde_json::Value::from(wire);
            let read: T = serde_json::from_value(json.clone())
                .unwrap_or_else(|e| panic!("{wire} does not deserialize: {e}"));
            assert_eq!(&read, value, "{wire} reads as the wrong variant");
            assert_eq!(
                serde_json::to_value(value).expect("serializes"),
                json,
                "{value:?} is written differently"
            );
        }
    }

    fn assert_same_keys(input: &serde_json::Value, output: &serde_json::Value, at: &str) {
        use serde_json::Value;
        match (input, output) {
            (Value::Object(a), Value::Object(b)) => {
                for (key, value) in a {
                    let path = format!("{at}.{key}");
                    match b.get(key) {
                        Some(other) => assert_same_keys(value, other, &path),
                        None if value.is_null() => {}
                        None => panic!("{path} was lost in a round trip"),
                    }
                }
            }
            (Value::Array(a), Value::Array(b)) => {
                assert_eq!(a.len(), b.len(), "{at} changed length");
                for (i, (x, y)) in a.iter().zip(b).enumerate() {
                    assert_same_keys(x, y, &format!("{at}[{i}]"));
                }
            }
            _ => {}
        }
    }
}
