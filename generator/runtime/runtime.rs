//! What every provider's client shares: sending calls with time limits, retries and
//! authentication, reading answers, and the values errors carry.
//!
//! The generator copies this module (this file and `runtime/`) into the generated crate
//! unchanged. Which parts a crate uses depends on its providers (one without OAuth never
//! builds a token source), hence the `dead_code` allowance.

#![allow(dead_code)]

pub(crate) mod auth;
mod bytes;
mod error;
mod paging;
mod params;
mod retry;
#[cfg(test)]
pub(crate) mod testing;
pub(crate) mod wire;

pub(crate) use auth::Auth;
pub use bytes::Bytes;
pub use error::*;
pub(crate) use paging::*;
pub use params::ToParam;
pub(crate) use params::*;
pub use retry::RetryPolicy;

use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::{Method, RequestBuilder, StatusCode, Url};
use serde::de::DeserializeOwned;
use tracing::Instrument;

/// Sent as `User-Agent` with every request: this crate's name and version.
pub(crate) const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// The default time limit for connecting.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The default time limit for one attempt of a call, from sending to the end of the answer.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// What a provider's client tells the runtime about its API (from the docs and
/// `provider.toml`).
pub(crate) struct Settings<E> {
    /// `Accept` header sent with every request.
    pub(crate) accept: Option<&'static str>,
    /// The header unsafe requests carry their idempotency key in (lower case).
    pub(crate) idempotency_header: Option<&'static str>,
    /// Where answers carry their request id: a header (lower case), a top-level body field.
    pub(crate) request_id_header: Option<&'static str>,
    pub(crate) request_id_field: Option<&'static str>,
    /// Decodes the token endpoint's error answers.
    pub(crate) token_errors: fn(StatusCode, &[u8]) -> Option<E>,
}

/// One operation, as the client describes it to the runtime.
pub(crate) struct Op<E> {
    pub(crate) method: Method,
    /// As documented, with its `{placeholders}`.
    pub(crate) path: &'static str,
    /// The operation is the OAuth token endpoint: it authenticates with the client
    /// credentials, not with a token.
    pub(crate) credentials: bool,
    /// Decodes an error answer as the model the docs give for its status.
    pub(crate) errors: fn(StatusCode, &[u8]) -> Option<E>,
}

impl<E> Op<E> {
    fn endpoint(&self) -> Endpoint {
        Endpoint {
            method: method_name(&self.method),
            path: self.path,
        }
    }
}

fn method_name(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        _ => "OTHER",
    }
}

/// Decodes a JSON error body as `T`, when it is one.
pub(crate) fn error_json<T: DeserializeOwned>(raw: &[u8]) -> Option<T> {
    serde_json::from_slice(raw).ok()
}

/// The HTTP side of a client: base URL, auth, limits, and the reqwest client.
pub(crate) struct Http<E: 'static> {
    pub(crate) client: reqwest::Client,
    base_url: Url,
    auth: Auth,
    pub(crate) settings: &'static Settings<E>,
    pub(crate) timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
}

impl<E> Clone for Http<E> {
    fn clone(&self) -> Self {
        Http {
            client: self.client.clone(),
            base_url: self.base_url.clone(),
            auth: self.auth.clone(),
            settings: self.settings,
            timeout: self.timeout,
            connect_timeout: self.connect_timeout,
            retry: self.retry.clone(),
        }
    }
}

impl<E> Http<E> {
    pub(crate) fn new(base_url: Url, auth: Auth, settings: &'static Settings<E>) -> Self {
        Http {
            client: build_client(DEFAULT_CONNECT_TIMEOUT),
            base_url,
            auth,
            settings,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            retry: RetryPolicy::standard(),
        }
    }

    pub(crate) fn with_client(mut self, client: reqwest::Client) -> Self {
        self.client = client;
        self
    }

    pub(crate) fn with_timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub(crate) fn with_connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self.client = build_client(timeout);
        self
    }

    pub(crate) fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    pub(crate) fn base_url(&self) -> &Url {
        &self.base_url
    }

    /// The base URL with path segments appended. Each segment is percent-encoded, so a
    /// parameter value can never change the path's shape; an empty segment (an empty id
    /// would silently name the collection) and `.` and `..` (which URLs cannot carry as
    /// data) are refused.
    pub(crate) fn url(&self, segments: &[&str]) -> Result<Url, String> {
        if segments.contains(&"") {
            return Err("a path parameter cannot be empty".into());
        }
        if let Some(dots) = segments.iter().find(|s| matches!(**s, "." | "..")) {
            return Err(format!("`{dots}` cannot be a path parameter"));
        }
        let mut url = self.base_url.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty();
            path.extend(segments);
        }
        Ok(url)
    }

    /// A request to the base URL plus `segments`.
    pub(crate) fn start(
        &self,
        method: Method,
        segments: &[&str],
    ) -> Result<RequestBuilder, String> {
        Ok(self.client.request(method, self.url(segments)?))
    }

    /// A call of `op`; `build` makes its request (again for each attempt), `decode` reads a
    /// successful answer.
    pub(crate) fn call<'a, T, Err>(
        &'a self,
        op: Op<E>,
        build: impl Fn(&Http<E>) -> Result<RequestBuilder, String> + Send + Sync + 'a,
        decode: fn(&Answer) -> Result<T, DecodeProblem>,
    ) -> Call<'a, T, E, Err> {
        Call {
            http: self,
            op,
            build: Box::new(build),
            decode,
            options: CallOptions::default(),
            error: PhantomData,
        }
    }

    /// The request id of an answer: the provider's header, or its body field.
    pub(crate) fn request_id(&self, headers: &HeaderMap, raw: &[u8]) -> Option<String> {
        if let Some(name) = self.settings.request_id_header {
            if let Some(value) = headers.get(name).and_then(|v| v.to_str().ok()) {
                return Some(value.to_owned());
            }
        }
        let field = self.settings.request_id_field?;
        let body: serde_json::Value = serde_json::from_slice(raw).ok()?;
        Some(body.get(field)?.as_str()?.to_owned())
    }
}

/// The reqwest client a provider's client starts with: a connect time limit, and redirects
/// followed only within the origin they start from, since the request may carry
/// credentials the next host must not see (reqwest strips only `Authorization` and cookies,
/// not an API's own secret headers).
fn build_client(connect_timeout: Duration) -> reqwest::Client {
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt
            .previous()
            .first()
            .is_some_and(|first| first.origin() == attempt.url().origin());
        if attempt.previous().len() > 10 {
            attempt.error("more than 10 redirects")
        } else if !same_origin {
            attempt.error("refused a redirect to another host: the request carries credentials")
        } else {
            attempt.follow()
        }
    });
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .redirect(policy)
        .build()
        .unwrap_or_else(|_| reqwest::Client::new())
}

/// A successful answer, read whole.
pub(crate) struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    url: Url,
    raw: Vec<u8>,
}

/// A successful answer with what came with it, for callers that want more than the body.
#[derive(Debug)]
#[non_exhaustive]
pub struct Response<T> {
    pub body: T,
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The answer's request id, when the provider sends one.
    pub request_id: Option<String>,
}

/// Per-call settings; unset ones are the client's.
#[derive(Clone, Debug, Default)]
struct CallOptions {
    timeout: Option<Duration>,
    retry: Option<RetryPolicy>,
    idempotency_key: Option<String>,
}

type Build<'a, E> = Box<dyn Fn(&Http<E>) -> Result<RequestBuilder, String> + Send + Sync + 'a>;

/// A call of one operation, ready to send: `.await` it for the decoded answer, or set a time
/// limit, a retry policy or an idempotency key for this call first.
#[must_use = "a call does nothing until it is awaited"]
pub struct Call<'a, T, E: 'static, Err> {
    http: &'a Http<E>,
    op: Op<E>,
    build: Build<'a, E>,
    decode: fn(&Answer) -> Result<T, DecodeProblem>,
    options: CallOptions,
    error: PhantomData<fn() -> Err>,
}

impl<T, E, Err> fmt::Debug for Call<'_, T, E, Err> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call")
            .field("endpoint", &self.op.endpoint())
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl<'a, T, E, Err> Call<'a, T, E, Err>
where
    T: Send + 'a,
    E: Send + Sync + 'static,
    Err: From<Failure<E>> + 'a,
{
    /// The time limit of each attempt of this call (the client's otherwise).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How this call is retried (the client's policy otherwise); [`RetryPolicy::none`] sends
    /// it once.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }

    /// The idempotency key this call sends on every attempt, instead of a fresh one. Only
    /// providers that accept idempotency keys send it; a key the request itself carries
    /// (as a documented header parameter) wins.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.options.idempotency_key = Some(key.into());
        self
    }

    /// Sends the call and returns the decoded body.
    pub async fn send(self) -> Result<T, Err> {
        self.send_with_response()
            .await
            .map(|response| response.body)
    }

    /// Sends the call and returns the decoded body with the status, headers and request id.
    pub async fn send_with_response(self) -> Result<Response<T>, Err> {
        let endpoint = self.op.endpoint();
        let span = tracing::info_span!(
            "call",
            method = endpoint.method,
            path = endpoint.path,
            attempt = tracing::field::Empty,
            status = tracing::field::Empty,
            duration_ms = tracing::field::Empty,
        );
        let started = Instant::now();
        let result = execute(self.http, &self.op, &self.build, &self.options, started)
            .instrument(span.clone())
            .await;
        span.record("duration_ms", started.elapsed().as_millis() as u64);
        let answer = result?;
        match (self.decode)(&answer) {
            Ok(body) => Ok(Response {
                body,
                status: answer.status,
                request_id: self.http.request_id(&answer.headers, &answer.raw),
                headers: answer.headers,
            }),
            Err(problem) => Err(Failure::Decode(Box::new(DecodeError {
                endpoint,
                status: answer.status,
                problem,
                request_id: self.http.request_id(&answer.headers, &answer.raw),
                raw: answer.raw,
            }))
            .into()),
        }
    }
}

impl<'a, T, E, Err> IntoFuture for Call<'a, T, E, Err>
where
    T: Send + 'a,
    E: Send + Sync + 'static,
    Err: From<Failure<E>> + Send + 'a,
{
    type Output = Result<T, Err>;
    type IntoFuture = Pin<Box<dyn Future<Output = Result<T, Err>> + Send + 'a>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

/// Methods whose repetition has the effect of one request (RFC 9110, section 9.2.2).
fn idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE
    )
}

/// Sends attempts of a call until one succeeds, one fails in a way that must not be retried,
/// or the retry policy's attempts or time run out.
async fn execute<E>(
    http: &Http<E>,
    op: &Op<E>,
    build: &Build<'_, E>,
    options: &CallOptions,
    started: Instant,
) -> Result<Answer, Failure<E>> {
    let endpoint = op.endpoint();
    let policy = options.retry.as_ref().unwrap_or(&http.retry);
    let timeout = options.timeout.unwrap_or(http.timeout);
    let invalid = |message: String| Failure::Invalid(InvalidRequest { endpoint, message });
    let span = tracing::Span::current();
    let mut attempt = 0;
    let mut refreshed = false;
    let mut key: Option<HeaderValue> = None;
    loop {
        attempt += 1;
        span.record("attempt", attempt);
        let mut builder = build(http).map_err(invalid)?;
        if let (Auth::OAuth2(tokens), true) = (&http.auth, op.credentials) {
            builder = builder.basic_auth(tokens.client_id(), Some(tokens.client_secret()));
        }
        let (client, request) = builder.build_split();
        let mut request = request.map_err(|e| invalid(e.to_string()))?;
        *request.timeout_mut() = Some(timeout);
        let headers = request.headers_mut();
        headers.insert(
            reqwest::header::USER_AGENT,
            HeaderValue::from_static(USER_AGENT),
        );
        if let Some(accept) = http.settings.accept {
            headers
                .entry(reqwest::header::ACCEPT)
                .or_insert(HeaderValue::from_static(accept));
        }
        let mut safe = idempotent(&op.method);
        if let Some(name) = http
            .settings
            .idempotency_header
            .filter(|_| !safe && !op.credentials)
        {
            let key = match &mut key {
                Some(key) => key,
                None => key.insert(idempotency_key(headers.get(name), options).map_err(invalid)?),
            };
            headers.insert(name, key.clone());
            safe = true;
        }
        let generation = authenticate(http, op, headers).await?;
        let failure = match client.execute(request).await {
            Err(e) => {
                let error = TransportError::new(endpoint, e);
                // A connection that could not be made sent nothing: always safe to retry.
                let retry = safe || error.kind == TransportKind::Connect;
                Some((retry, None, Failure::Transport(error)))
            }
            Ok(answer) => {
                let status = answer.status();
                span.record("status", status.as_u16());
                if status == StatusCode::UNAUTHORIZED && !refreshed {
                    if let (Auth::OAuth2(tokens), Some(generation)) = (&http.auth, generation) {
                        // The token was revoked or expired early: one new token, one more try.
                        tokens.refused(generation);
                        refreshed = true;
                        attempt -= 1;
                        tracing::info!("the API refused the access token; fetching a new one");
                        continue;
                    }
                }
                let headers = answer.headers().clone();
                let url = answer.url().clone();
                let transport = |e| Failure::Transport(TransportError::new(endpoint, e));
                let raw = match answer.bytes().await {
                    Ok(raw) => raw.to_vec(),
                    Err(e) => return Err(finish(transport(e), attempt, started)),
                };
                if status.is_success() {
                    return Ok(Answer {
                        status,
                        headers,
                        url,
                        raw,
                    });
                }
                let wait = retry::retry_after(status, &headers);
                let retry = retry::retryable_status(status, safe);
                let error = ApiError {
                    endpoint,
                    status,
                    body: (op.errors)(status, &raw),
                    request_id: http.request_id(&headers, &raw),
                    headers,
                    raw,
                };
                Some((retry, wait, Failure::Api(Box::new(error))))
            }
        };
        let Some((retry, wait, failure)) = failure else {
            continue;
        };
        if !retry || attempt >= policy.max_attempts() {
            return Err(finish(failure, attempt, started));
        }
        let wait = wait.unwrap_or_else(|| policy.backoff(attempt));
        if started.elapsed() + wait > policy.max_elapsed() {
            return Err(finish(failure, attempt, started));
        }
        tracing::info!(
            attempt,
            wait_ms = wait.as_millis() as u64,
            "retrying after a failed attempt"
        );
        tokio::time::sleep(wait).await;
    }
}

/// The key for every attempt of an unsafe call: the one the request carries, the caller's,
/// or a fresh random (version 4) UUID.
fn idempotency_key(
    carried: Option<&HeaderValue>,
    options: &CallOptions,
) -> Result<HeaderValue, String> {
    if let Some(carried) = carried {
        return Ok(carried.clone());
    }
    let key = match &options.idempotency_key {
        Some(key) => key.clone(),
        None => uuid::Uuid::new_v4().to_string(),
    };
    HeaderValue::try_from(key).map_err(|_| "the idempotency key is not a valid header value".into())
}

/// Adds the credentials to a request; for a bearer token, returns its generation.
async fn authenticate<E>(
    http: &Http<E>,
    op: &Op<E>,
    headers: &mut HeaderMap,
) -> Result<Option<u64>, Failure<E>> {
    match &http.auth {
        Auth::None => Ok(None),
        Auth::Headers(Ok(pairs)) => {
            for (name, value) in pairs.iter() {
                headers.insert(name.clone(), value.clone());
            }
            Ok(None)
        }
        Auth::Headers(Err(message)) => Err(Failure::Invalid(InvalidRequest {
            endpoint: op.endpoint(),
            message: message.clone(),
        })),
        // The token endpoint itself: the client credentials were added to the builder.
        Auth::OAuth2(_) if op.credentials => Ok(None),
        Auth::OAuth2(tokens) => {
            let (bearer, generation) = tokens.bearer(http).await?;
            headers.insert(reqwest::header::AUTHORIZATION, bearer);
            Ok(Some(generation))
        }
    }
}

/// Notes on a transport failure how many attempts and how long the call took.
fn finish<E>(failure: Failure<E>, attempts: u32, started: Instant) -> Failure<E> {
    match failure {
        Failure::Transport(mut error) => {
            error.attempts = attempts;
            error.elapsed = started.elapsed();
            Failure::Transport(error)
        }
        other => other,
    }
}

/// Reads a JSON answer.
pub(crate) fn json<T: DeserializeOwned>(answer: &Answer) -> Result<T, DecodeProblem> {
    serde_json::from_slice(&answer.raw).map_err(DecodeProblem::Json)
}

/// Ignores the body of a successful answer.
pub(crate) fn empty(_: &Answer) -> Result<(), DecodeProblem> {
    Ok(())
}

/// The body's bytes (a file, say).
pub(crate) fn bytes(answer: &Answer) -> Result<Vec<u8>, DecodeProblem> {
    Ok(answer.raw.clone())
}

/// The `Location` of what a call created, resolved against the request's URL.
pub(crate) fn created(answer: &Answer) -> Result<Location, DecodeProblem> {
    answer
        .headers
        .get(reqwest::header::LOCATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| answer.url.join(value).ok())
        .map(|url| Location { url })
        .ok_or(DecodeProblem::MissingLocation)
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
