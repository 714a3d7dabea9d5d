//! How requests are authenticated: fixed credential headers, or OAuth 2.0 client-credentials
//! tokens fetched once, shared, and refreshed before they expire or when the API refuses them.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use reqwest::header::{HeaderName, HeaderValue};
use serde::Deserialize;
use tracing::Instrument;

use super::{Endpoint, Failure, Http, TransportError};

/// How requests are authenticated.
#[derive(Clone)]
pub(crate) enum Auth {
    None,
    /// Credentials sent as headers on every request, checked once when the client is made
    /// (a value that cannot be a header fails every call with the message).
    Headers(Result<Arc<[(HeaderName, HeaderValue)]>, String>),
    /// A bearer token from the token endpoint.
    OAuth2(Arc<TokenSource>),
}

impl Auth {
    /// Credential headers from (header name, value) pairs; the values are marked sensitive so
    /// that no `Debug` of a request shows them.
    pub(crate) fn headers(pairs: Vec<(&'static str, String)>) -> Auth {
        let checked = pairs
            .into_iter()
            .map(|(name, value)| {
                let mut value = HeaderValue::try_from(value)
                    .map_err(|_| format!("the {name} credential is not a valid header value"))?;
                value.set_sensitive(true);
                Ok((HeaderName::from_static(name), value))
            })
            .collect::<Result<Vec<_>, String>>();
        Auth::Headers(checked.map(Arc::from))
    }
}

/// Fetches and caches OAuth 2.0 client-credentials tokens.
///
/// The token belongs to a generation. A caller that finds the current generation's token
/// stale (or refused by the API) starts a new generation; every caller of one generation
/// waits for the same single fetch (a `OnceCell`), and no lock is held while it runs, so a
/// slow token endpoint delays callers (up to the request timeout) but never blocks the client.
pub(crate) struct TokenSource {
    client_id: String,
    client_secret: String,
    /// The token endpoint's path, as segments and as documented.
    token_path: &'static [&'static str],
    endpoint: Endpoint,
    current: Mutex<Arc<Generation>>,
}

struct Generation {
    id: u64,
    token: tokio::sync::OnceCell<CachedToken>,
}

impl Generation {
    fn new(id: u64) -> Arc<Generation> {
        Arc::new(Generation {
            id,
            token: tokio::sync::OnceCell::new(),
        })
    }
}

struct CachedToken {
    header: HeaderValue,
    refresh_at: Instant,
}

/// The standard token answer (RFC 6749, section 5.1).
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    expires_in: Option<u64>,
}

impl TokenSource {
    pub(crate) fn new(
        client_id: String,
        client_secret: String,
        token_path: &'static [&'static str],
        documented_path: &'static str,
    ) -> Self {
        TokenSource {
            client_id,
            client_secret,
            token_path,
            endpoint: Endpoint {
                method: "POST",
                path: documented_path,
            },
            current: Mutex::new(Generation::new(0)),
        }
    }

    pub(crate) fn client_id(&self) -> &str {
        &self.client_id
    }

    pub(crate) fn client_secret(&self) -> &str {
        &self.client_secret
    }

    /// The `Authorization` header for an API call and the generation it belongs to: the
    /// cached token while it is fresh, otherwise one new fetch shared by all callers.
    pub(crate) async fn bearer<E>(&self, http: &Http<E>) -> Result<(HeaderValue, u64), Failure<E>> {
        let generation = {
            let mut current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
            let stale = current
                .token
                .get()
                .is_some_and(|token| Instant::now() >= token.refresh_at);
            if stale {
                *current = Generation::new(current.id + 1);
            }
            Arc::clone(&current)
        };
        let token = generation
            .token
            .get_or_try_init(|| self.fetch(http))
            .await?;
        Ok((token.header.clone(), generation.id))
    }

    /// The API refused the token of `generation`: the next caller fetches a new one. Calls
    /// that were refused the same token together start only one new generation.
    pub(crate) fn refused(&self, generation: u64) {
        let mut current = self.current.lock().unwrap_or_else(PoisonError::into_inner);
        if current.id == generation {
            *current = Generation::new(generation + 1);
        }
    }

    async fn fetch<E>(&self, http: &Http<E>) -> Result<CachedToken, Failure<E>> {
        let span = tracing::info_span!(
            "token",
            path = self.endpoint.path,
            status = tracing::field::Empty
        );
        self.fetch_in(http, &span).instrument(span.clone()).await
    }

    async fn fetch_in<E>(
        &self,
        http: &Http<E>,
        span: &tracing::Span,
    ) -> Result<CachedToken, Failure<E>> {
        let transport = |e| Failure::Transport(TransportError::new(self.endpoint, e));
        let url = http.url(self.token_path).map_err(|message| {
            Failure::Invalid(super::InvalidRequest {
                endpoint: self.endpoint,
                message,
            })
        })?;
        let answer = http
            .client
            .post(url)
            .timeout(http.timeout)
            .header(reqwest::header::USER_AGENT, super::USER_AGENT)
            .basic_auth(&self.client_id, Some(&self.client_secret))
            .form(&[("grant_type", "client_credentials")])
            .send()
            .await
            .map_err(transport)?;
        let status = answer.status();
        span.record("status", status.as_u16());
        let headers = answer.headers().clone();
        let raw = answer.bytes().await.map_err(transport)?.to_vec();
        let token = match serde_json::from_slice::<TokenAnswer>(&raw) {
            Ok(token) if status.is_success() => token,
            _ => {
                return Err(Failure::Token(Box::new(super::ApiError {
                    endpoint: self.endpoint,
                    status,
                    body: if status.is_success() {
                        None
                    } else {
                        (http.settings.token_errors)(status, &raw)
                    },
                    request_id: http.request_id(&headers, &raw),
                    headers,
                    raw,
                })))
            }
        };
        let mut header =
            HeaderValue::try_from(format!("Bearer {}", token.access_token)).map_err(|_| {
                Failure::Invalid(super::InvalidRequest {
                    endpoint: self.endpoint,
                    message: "the access token is not a valid header value".into(),
                })
            })?;
        header.set_sensitive(true);
        // Refresh a little before the token expires, so a request never carries a token that
        // runs out on the way: a tenth of its lifetime, at most 30 seconds.
        let lifetime = Duration::from_secs(token.expires_in.unwrap_or(3600));
        let margin = (lifetime / 10).min(Duration::from_secs(30));
        Ok(CachedToken {
            header,
            refresh_at: Instant::now() + lifetime - margin,
        })
    }
}
