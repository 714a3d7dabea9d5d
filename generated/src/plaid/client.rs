// @generated from specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

/// Where the Plaid API is served.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Environment {
    /// `https://sandbox.plaid.com`
    #[default]
    Sandbox,
    /// `https://production.plaid.com`
    Production,
    /// Any other base URL: a proxy, a mock, a local test server.
    Custom(crate::Url),
}
impl std::str::FromStr for Environment {
    type Err = crate::ParseEnvironmentError;
    /// An environment by name, in any case (`sandbox`), or any other base URL.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        crate::runtime::parse_environment(
            text,
            &[
                ("sandbox", Environment::Sandbox),
                ("production", Environment::Production),
            ],
            &["sandbox", "production"],
            Environment::Custom,
        )
    }
}
impl Environment {
    /// The URL operations' paths are appended to.
    pub fn base_url(&self) -> crate::Url {
        match self {
            Environment::Sandbox => {
                crate::Url::parse("https://sandbox.plaid.com")
                    .expect("documented base URLs are valid")
            }
            Environment::Production => {
                crate::Url::parse("https://production.plaid.com")
                    .expect("documented base URLs are valid")
            }
            Environment::Custom(url) => url.clone(),
        }
    }
}
/// The credentials Plaid issues to API clients.
#[derive(Clone)]
pub struct Credentials {
    /// Your Plaid client ID. Sent as the `PLAID-CLIENT-ID` header.
    pub client_id: String,
    /// The secret for the environment you call. Sent as the `PLAID-SECRET` header.
    pub secret: String,
    /// The API version to answer with. Sent as the `Plaid-Version` header.
    ///
    /// When `None`, `2020-09-14` is sent.
    pub plaid_version: Option<String>,
}
impl Credentials {
    /// Credentials with the required values; the optional ones use their defaults.
    pub fn new(client_id: impl Into<String>, secret: impl Into<String>) -> Self {
        Credentials {
            client_id: client_id.into(),
            secret: secret.into(),
            plaid_version: None,
        }
    }
    /// Sends `Plaid-Version` with this value.
    pub fn with_plaid_version(mut self, value: impl Into<String>) -> Self {
        self.plaid_version = Some(value.into());
        self
    }
}
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("client_id", &"<redacted>")
            .field("secret", &"<redacted>")
            .field("plaid_version", &"<redacted>")
            .finish()
    }
}
/// The body of an error answer from the Plaid API.
pub type ErrorBody = super::models::PlaidError;
impl crate::ErrorModel for super::models::PlaidError {
    fn code(&self) -> Option<&str> {
        Some(self.error_code.as_str())
    }
    fn message(&self) -> Option<&str> {
        Some(self.error_message.as_str())
    }
}
/// Decodes the error answers of operations whose docs name no other error model.
fn decode_errors(_status: ::reqwest::StatusCode, raw: &[u8]) -> Option<ErrorBody> {
    crate::runtime::error_json(raw)
}
/// What a call to the Plaid API can fail with.
///
/// `Display` says which call failed and how; `source()` leads to the cause reqwest
/// reported (refused, unknown host, timeout, TLS) for transport failures.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with a status outside 2xx; the body is decoded as the model the
    /// docs give for the operation and status.
    Api(Box<crate::ApiError<ErrorBody>>),
    /// No answer within the time limit.
    Timeout(crate::TransportError),
    /// No connection could be made: refused, unknown host, TLS handshake.
    Connect(crate::TransportError),
    /// The request or its answer broke off, or a redirect to another host was refused.
    Transport(crate::TransportError),
    /// A 2xx answer that is not what the docs describe.
    Decode(Box<crate::DecodeError>),
    /// A request that cannot be sent as given; nothing was sent.
    InvalidRequest(crate::InvalidRequest),
}
impl Error {
    /// The call that failed.
    pub fn endpoint(&self) -> crate::Endpoint {
        match self {
            Error::Api(e) => e.endpoint,
            Error::Timeout(e) | Error::Connect(e) | Error::Transport(e) => e.endpoint,
            Error::Decode(e) => e.endpoint,
            Error::InvalidRequest(e) => e.endpoint,
        }
    }
    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<::reqwest::StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }
    /// The answer's request id, when there was an answer that carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            Error::Decode(e) => e.request_id.as_deref(),
            _ => None,
        }
    }
    /// The decoded error body of an [`Error::Api`].
    pub fn api_body(&self) -> Option<&ErrorBody> {
        match self {
            Error::Api(e) => e.body.as_ref(),
            _ => None,
        }
    }
}
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Api(e) => std::fmt::Display::fmt(e, f),
            Error::Timeout(e) | Error::Connect(e) | Error::Transport(e) => {
                std::fmt::Display::fmt(e, f)
            }
            Error::Decode(e) => std::fmt::Display::fmt(e, f),
            Error::InvalidRequest(e) => std::fmt::Display::fmt(e, f),
        }
    }
}
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Timeout(e) | Error::Connect(e) | Error::Transport(e) => {
                Some(&e.source)
            }
            Error::Decode(e) => std::error::Error::source(&**e),
            _ => None,
        }
    }
}
impl From<crate::runtime::Failure<ErrorBody>> for Error {
    fn from(failure: crate::runtime::Failure<ErrorBody>) -> Self {
        match failure {
            crate::runtime::Failure::Api(e) => Error::Api(e),
            crate::runtime::Failure::Token(e) => Error::Api(e),
            crate::runtime::Failure::Transport(e) => {
                match e.kind {
                    crate::TransportKind::Timeout => Error::Timeout(e),
                    crate::TransportKind::Connect => Error::Connect(e),
                    crate::TransportKind::Other => Error::Transport(e),
                }
            }
            crate::runtime::Failure::Decode(e) => Error::Decode(e),
            crate::runtime::Failure::Invalid(e) => Error::InvalidRequest(e),
        }
    }
}
static SETTINGS: crate::runtime::Settings<ErrorBody> = crate::runtime::Settings {
    accept: None,
    idempotency_header: None,
    request_id_header: None,
    request_id_field: Some("request_id"),
    token_errors: decode_errors,
};
/// A call of one operation: `.await` it, or set this call's time limit, retry policy
/// or idempotency key first, or get the status and headers with
/// [`Call::send_with_response`].
pub type Call<'a, T> = crate::Call<'a, T, ErrorBody, Error>;
/// A client for the Plaid API.
///
/// Each call has a time limit (by default [`crate::DEFAULT_CONNECT_TIMEOUT`] to connect, [`crate::DEFAULT_TIMEOUT`] per attempt) and is retried as [`crate::RetryPolicy::standard`] says; both can be set here and per call ([`crate::Call::timeout`], [`crate::Call::retry`]).
///
/// Cheap to clone: clones share the connection pool.
#[derive(Clone)]
pub struct Client {
    http: crate::runtime::Http<ErrorBody>,
}
impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.http.base_url().as_str())
            .finish_non_exhaustive()
    }
}
impl Client {
    /// A client for `environment`.
    pub fn new(environment: Environment, credentials: Credentials) -> Self {
        let auth = crate::runtime::Auth::headers(
            vec![
                ("plaid-client-id", credentials.client_id.clone()), ("plaid-secret",
                credentials.secret.clone()), ("plaid-version", credentials.plaid_version
                .clone().unwrap_or_else(|| "2020-09-14".to_owned()))
            ],
        );
        Client {
            http: crate::runtime::Http::new(environment.base_url(), auth, &SETTINGS),
        }
    }
    /// A client configured from environment variables:
    ///
    /// - `PLAID_ENV`: the environment, by name (`sandbox`, `production`) or as a base URL; the default environment when unset.
    /// - `PLAID_CLIENT_ID` (required): the `client_id` credential.
    /// - `PLAID_SECRET` (required): the `secret` credential.
    pub fn from_env() -> Result<Self, crate::EnvError> {
        let environment = match crate::runtime::env_var("PLAID_ENV")? {
            Some(text) => {
                text.parse()
                    .map_err(|e: crate::ParseEnvironmentError| crate::EnvError {
                        variable: "PLAID_ENV",
                        problem: e.to_string(),
                    })?
            }
            None => Environment::default(),
        };
        let credentials = Credentials::new(
            crate::runtime::required_env_var("PLAID_CLIENT_ID")?,
            crate::runtime::required_env_var("PLAID_SECRET")?,
        );
        Ok(Client::new(environment, credentials))
    }
    /// The time limit of each attempt of a call, from sending the request to the end of
    /// the answer.
    pub fn with_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.http = self.http.with_timeout(timeout);
        self
    }
    /// The time limit for connecting. Replaces a client given to
    /// [`Client::with_http_client`].
    pub fn with_connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.http = self.http.with_connect_timeout(timeout);
        self
    }
    /// How calls are retried; [`crate::RetryPolicy::none`] turns retries off.
    pub fn with_retry(mut self, policy: crate::RetryPolicy) -> Self {
        self.http = self.http.with_retry(policy);
        self
    }
    /// Sends requests through `http` (for proxies or a shared pool). Its own connect
    /// timeout and redirect policy apply: give it one that follows no redirect to
    /// another host, since requests carry credentials.
    pub fn with_http_client(mut self, http: ::reqwest::Client) -> Self {
        self.http = self.http.with_client(http);
        self
    }
    /// The URL every operation's path is appended to.
    pub fn base_url(&self) -> &crate::Url {
        self.http.base_url()
    }
    /// Retrieve accounts
    ///
    /// Returns the accounts that belong to an Item along with basic Item information. Balances in this response may be cached; you can restrict the result to particular accounts with `options.account_ids`. Use it, for example, to pick which account to pass on to a payment processor.
    ///
    /// `POST /accounts/get`
    pub fn accounts_get<'a>(
        &'a self,
        request: &'a super::models::AccountsGetRequest,
    ) -> Call<'a, super::models::AccountsGetResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/accounts/get",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["accounts", "get"])?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Get details of all supported institutions
    ///
    /// Returns the institutions Plaid supports in the given countries, `count` at a time from `offset`, with the `total` number of institutions.
    ///
    /// `POST /institutions/get`
    pub fn institutions_get<'a>(
        &'a self,
        request: &'a super::models::InstitutionsGetRequest,
    ) -> Call<'a, super::models::InstitutionsGetResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/institutions/get",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["institutions", "get"])?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Exchange public token for an access token
    ///
    /// Swaps the temporary `public_token` that Link returns for a permanent `access_token` and the `item_id` of the new Item. A public token is single-use and expires quickly, so exchange it on your server right after Link succeeds and store the access token securely.
    ///
    /// `POST /item/public_token/exchange`
    pub fn item_public_token_exchange<'a>(
        &'a self,
        request: &'a super::models::ItemPublicTokenExchangeRequest,
    ) -> Call<'a, super::models::ItemPublicTokenExchangeResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/item/public_token/exchange",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(
                            ::reqwest::Method::POST,
                            &["item", "public_token", "exchange"],
                        )?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Remove an Item
    ///
    /// Deletes an Item and invalidates its `access_token`, after which no more data can be pulled for it and any processor tokens created from it stop working. Call it when a user disconnects their bank or closes their account with you.
    ///
    /// `POST /item/remove`
    pub fn item_remove<'a>(
        &'a self,
        request: &'a super::models::ItemRemoveRequest,
    ) -> Call<'a, super::models::ItemRemoveResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/item/remove",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["item", "remove"])?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Create Link token
    ///
    /// Creates a short-lived `link_token` that your client app uses to open Link. The request says who the user is, which products and countries are in scope, and how Link should behave; a token is also needed to open Link in update mode for an existing Item. The token expires after a few hours, and once the user finishes the flow Link hands back a `public_token`.
    ///
    /// `POST /link/token/create`
    pub fn link_token_create<'a>(
        &'a self,
        request: &'a super::models::LinkTokenCreateRequest,
    ) -> Call<'a, super::models::LinkTokenCreateResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/link/token/create",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["link", "token", "create"])?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Get Link token
    ///
    /// Looks up a `link_token` you created earlier and returns when it was created, when it expires and which settings it was created with. Handy for debugging a Link session or checking what a token was configured to do.
    ///
    /// `POST /link/token/get`
    pub fn link_token_get<'a>(
        &'a self,
        request: &'a super::models::LinkTokenGetRequest,
    ) -> Call<'a, super::models::LinkTokenGetResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/link/token/get",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["link", "token", "get"])?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Create processor token
    ///
    /// Used to create a token suitable for sending to one of Plaid's partners to enable integrations. Note that Stripe partnerships use bank account tokens instead; see `/processor/stripe/bank_account_token/create` for creating tokens for use with Stripe integrations. If using multiple processors, multiple different processor tokens can be created for a single access token. Once created, a processor token for a given Item can be modified by calling `/processor/token/permissions/set`. To revoke the processor's access, the entire Item must be deleted by calling `/item/remove`.
    ///
    /// `POST /processor/token/create`
    pub fn processor_token_create<'a>(
        &'a self,
        request: &'a super::models::ProcessorTokenCreateRequest,
    ) -> Call<'a, super::models::ProcessorTokenCreateResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/processor/token/create",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(
                            ::reqwest::Method::POST,
                            &["processor", "token", "create"],
                        )?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Create a test Item
    ///
    /// Sandbox-only shortcut that creates an Item at a test institution with the requested products and returns its `public_token`, so you can exercise the token exchange and later calls without clicking through Link.
    ///
    /// `POST /sandbox/public_token/create`
    pub fn sandbox_public_token_create<'a>(
        &'a self,
        request: &'a super::models::SandboxPublicTokenCreateRequest,
    ) -> Call<'a, super::models::SandboxPublicTokenCreateResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/sandbox/public_token/create",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(
                            ::reqwest::Method::POST,
                            &["sandbox", "public_token", "create"],
                        )?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Get incremental transaction updates on an Item
    ///
    /// Returns the transactions added, modified and removed since the `cursor` of an earlier call, a page at a time. Call it with no cursor for the whole history, then store the last `next_cursor` and pass it next time; while `has_more` is true, call again with `next_cursor` right away.
    ///
    /// `POST /transactions/sync`
    pub fn transactions_sync<'a>(
        &'a self,
        request: &'a super::models::TransactionsSyncRequest,
    ) -> Call<'a, super::models::TransactionsSyncResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/transactions/sync",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["transactions", "sync"])?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Every page of [`Client::institutions_get`], one call each (with the client's time limits and retries), moving `offset` on by the items each page held, until a page is empty or shorter than `count`.
    ///
    /// The stream ends after the last page, or after an error, which it yields.
    pub fn institutions_get_pages<'a>(
        &'a self,
        request: &super::models::InstitutionsGetRequest,
    ) -> impl crate::Stream<
        Item = Result<super::models::InstitutionsGetResponse, Error>,
    > + Send + 'a {
        crate::runtime::offset_pages(
            request.clone(),
            false,
            move |
                request: super::models::InstitutionsGetRequest,
            | -> crate::runtime::PageFuture<
                'a,
                super::models::InstitutionsGetResponse,
                Error,
            > { Box::pin(async move { self.institutions_get(&request).await }) },
            |request: &super::models::InstitutionsGetRequest| crate::runtime::Window {
                offset: request.offset as u64,
                limit: Some(request.count as u64),
            },
            |page: &super::models::InstitutionsGetResponse| Some(
                page.institutions.len(),
            ),
            |page: &super::models::InstitutionsGetResponse| Some(page.total as u64),
            |request: &mut super::models::InstitutionsGetRequest, offset: u64| {
                request.offset = offset as i64;
            },
        )
    }
    /// The items of every page of [`Client::institutions_get`] (its `institutions`), in order: the pages come from [`Client::institutions_get_pages`].
    pub fn institutions_get_stream<'a>(
        &'a self,
        request: &super::models::InstitutionsGetRequest,
    ) -> impl crate::Stream<
        Item = Result<super::models::Institution, Error>,
    > + Send + 'a {
        crate::runtime::items(
            self.institutions_get_pages(request),
            |page: super::models::InstitutionsGetResponse| Some(page.institutions),
        )
    }
    /// Every page of [`Client::transactions_sync`], one call each (with the client's time limits and retries), sending each page's `next_cursor` as the next request's `cursor`, while `has_more` is true.
    ///
    /// The stream ends after the last page, or after an error, which it yields.
    pub fn transactions_sync_pages<'a>(
        &'a self,
        request: &super::models::TransactionsSyncRequest,
    ) -> impl crate::Stream<
        Item = Result<super::models::TransactionsSyncResponse, Error>,
    > + Send + 'a {
        crate::runtime::cursor_pages(
            request.clone(),
            move |
                request: super::models::TransactionsSyncRequest,
            | -> crate::runtime::PageFuture<
                'a,
                super::models::TransactionsSyncResponse,
                Error,
            > { Box::pin(async move { self.transactions_sync(&request).await }) },
            |page: &super::models::TransactionsSyncResponse| {
                if !page.has_more {
                    return None;
                }
                Some(page.next_cursor.clone())
            },
            |request: &mut super::models::TransactionsSyncRequest, cursor: String| {
                request.cursor = Some(cursor);
            },
        )
    }
}
