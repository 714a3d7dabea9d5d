// @generated from specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

/// Where the Dwolla API is served.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Environment {
    /// `https://api-sandbox.dwolla.com`
    #[default]
    Sandbox,
    /// `https://api.dwolla.com`
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
                crate::Url::parse("https://api-sandbox.dwolla.com")
                    .expect("documented base URLs are valid")
            }
            Environment::Production => {
                crate::Url::parse("https://api.dwolla.com")
                    .expect("documented base URLs are valid")
            }
            Environment::Custom(url) => url.clone(),
        }
    }
}
/// The application key and secret Dwolla issues. The client exchanges them for an access token (OAuth 2.0 client credentials, `POST /token`) and reuses it until shortly before it expires.
#[derive(Clone)]
pub struct Credentials {
    pub client_id: String,
    pub client_secret: String,
}
impl Credentials {
    pub fn new(client_id: impl Into<String>, client_secret: impl Into<String>) -> Self {
        Credentials {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
        }
    }
}
impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .finish()
    }
}
/// The body of an error answer from the Dwolla API: the model the docs give for the operation and status.
#[derive(Clone, Debug, PartialEq)]
pub enum ErrorBody {
    /// An error answer documented as [`DwollaError`](crate::dwolla::models::DwollaError).
    DwollaError(super::models::DwollaError),
    /// An error answer documented as [`OAuthError`](crate::dwolla::models::OAuthError).
    OAuthError(super::models::OAuthError),
}
impl crate::ErrorModel for ErrorBody {
    fn code(&self) -> Option<&str> {
        match self {
            ErrorBody::DwollaError(body) => body.code(),
            ErrorBody::OAuthError(body) => body.code(),
        }
    }
    fn message(&self) -> Option<&str> {
        match self {
            ErrorBody::DwollaError(body) => body.message(),
            ErrorBody::OAuthError(body) => body.message(),
        }
    }
}
impl crate::ErrorModel for super::models::DwollaError {
    fn code(&self) -> Option<&str> {
        Some(self.code.as_str())
    }
    fn message(&self) -> Option<&str> {
        Some(self.message.as_str())
    }
}
impl crate::ErrorModel for super::models::OAuthError {
    fn code(&self) -> Option<&str> {
        self.error.as_deref()
    }
    fn message(&self) -> Option<&str> {
        None
    }
}
/// Decodes the error answers of operations whose docs name no other error model.
fn decode_errors(_status: ::reqwest::StatusCode, raw: &[u8]) -> Option<ErrorBody> {
    crate::runtime::error_json(raw).map(ErrorBody::DwollaError)
}
/// Decodes error answers as the operations' `### Errors` tables say.
fn decode_errors_1(status: ::reqwest::StatusCode, raw: &[u8]) -> Option<ErrorBody> {
    match status.as_u16() {
        401 => crate::runtime::error_json(raw).map(ErrorBody::OAuthError),
        _ => crate::runtime::error_json(raw).map(ErrorBody::DwollaError),
    }
}
/// What a call to the Dwolla API can fail with.
///
/// `Display` says which call failed and how; `source()` leads to the cause reqwest
/// reported (refused, unknown host, timeout, TLS) for transport failures.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with a status outside 2xx; the body is decoded as the model the
    /// docs give for the operation and status.
    Api(Box<crate::ApiError<ErrorBody>>),
    /// The token endpoint refused the client credentials or answered something
    /// unexpected; the API itself was not called.
    Token(Box<crate::ApiError<ErrorBody>>),
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
            Error::Api(e) | Error::Token(e) => e.endpoint,
            Error::Timeout(e) | Error::Connect(e) | Error::Transport(e) => e.endpoint,
            Error::Decode(e) => e.endpoint,
            Error::InvalidRequest(e) => e.endpoint,
        }
    }
    /// The HTTP status of the answer, when there was one.
    pub fn status(&self) -> Option<::reqwest::StatusCode> {
        match self {
            Error::Api(e) | Error::Token(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }
    /// The answer's request id, when there was an answer that carried one.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) | Error::Token(e) => e.request_id.as_deref(),
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
            Error::Token(e) => write!(f, "could not obtain an access token: {e}"),
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
            crate::runtime::Failure::Token(e) => Error::Token(e),
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
    accept: Some("application/vnd.dwolla.v1.hal+json"),
    idempotency_header: Some("idempotency-key"),
    request_id_header: Some("x-request-id"),
    request_id_field: None,
    token_errors: decode_errors_1,
};
/// A call of one operation: `.await` it, or set this call's time limit, retry policy
/// or idempotency key first, or get the status and headers with
/// [`Call::send_with_response`].
pub type Call<'a, T> = crate::Call<'a, T, ErrorBody, Error>;
/// A client for the Dwolla API.
///
/// Each call has a time limit (by default [`crate::DEFAULT_CONNECT_TIMEOUT`] to connect, [`crate::DEFAULT_TIMEOUT`] per attempt) and is retried as [`crate::RetryPolicy::standard`] says; both can be set here and per call ([`crate::Call::timeout`], [`crate::Call::retry`]). Unsafe requests carry an idempotency key, the same on every attempt.
///
/// Cheap to clone: clones share the connection pool and the access token.
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
        let auth = crate::runtime::Auth::OAuth2(
            std::sync::Arc::new(
                crate::runtime::auth::TokenSource::new(
                    credentials.client_id,
                    credentials.client_secret,
                    &["token"],
                    "/token",
                ),
            ),
        );
        Client {
            http: crate::runtime::Http::new(environment.base_url(), auth, &SETTINGS),
        }
    }
    /// A client configured from environment variables:
    ///
    /// - `DWOLLA_ENV`: the environment, by name (`sandbox`, `production`) or as a base URL; the default environment when unset.
    /// - `DWOLLA_CLIENT_ID` (required): the `client_id` credential.
    /// - `DWOLLA_CLIENT_SECRET` (required): the `client_secret` credential.
    pub fn from_env() -> Result<Self, crate::EnvError> {
        let environment = match crate::runtime::env_var("DWOLLA_ENV")? {
            Some(text) => {
                text.parse()
                    .map_err(|e: crate::ParseEnvironmentError| crate::EnvError {
                        variable: "DWOLLA_ENV",
                        problem: e.to_string(),
                    })?
            }
            None => Environment::default(),
        };
        let credentials = Credentials::new(
            crate::runtime::required_env_var("DWOLLA_CLIENT_ID")?,
            crate::runtime::required_env_var("DWOLLA_CLIENT_SECRET")?,
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
    /// Create an application access token
    ///
    /// Exchanges your application key and secret, sent with HTTP Basic authentication, for a bearer token using the OAuth 2.0 client credentials grant. The body is form-encoded and only carries `grant_type=client_credentials`. The token expires after about an hour, so request a fresh one when it runs out.
    ///
    /// `POST /token`
    pub fn create_application_access_token<'a>(
        &'a self,
        request: &'a super::models::CreateApplicationAccessTokenRequest,
    ) -> Call<'a, super::models::CreateApplicationAccessTokenResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/token",
            credentials: true,
            errors: decode_errors_1,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http.start(::reqwest::Method::POST, &["token"])?;
                    builder = crate::runtime::form_body(builder, request);
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Create a client token
    ///
    /// Issues a client token that lets a drop-in component running in the browser perform one specific action (for example `customer.update`) for one Customer. Create it on your server and pass it to the front end.
    ///
    /// `POST /client-tokens`
    pub fn create_client_token<'a>(
        &'a self,
        request: &'a super::models::CreateClientTokenRequest,
    ) -> Call<'a, super::models::CreateClientTokenResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/client-tokens",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["client-tokens"])?;
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
    /// Create a customer
    ///
    /// Creates a Customer. The body variant decides the Customer type: a receive-only user, an unverified Customer, or a verified personal Customer whose identity details are checked. On success the response has no body and the `Location` header holds the URL of the new Customer.
    ///
    /// `POST /customers`
    pub fn create_customer<'a>(
        &'a self,
        request: &'a super::models::CreateCustomerRequest,
    ) -> Call<'a, crate::Location> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/customers",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["customers"])?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/vnd.dwolla.v1.hal+json",
                        request,
                    )?;
                    Ok(builder)
                },
                crate::runtime::created,
            )
    }
    /// Upload a document for a customer
    ///
    /// Sends one identity document (a photo or scan of a passport, driver's license or ID card) for a Customer whose verification needs it. The file travels as a `multipart/form-data` upload; on success the `Location` header holds the URL of the new document.
    ///
    /// `POST /customers/{id}/documents`
    pub fn create_customer_document<'a>(
        &'a self,
        request: &'a super::models::CreateCustomerDocumentRequest,
    ) -> Call<'a, crate::Location> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/customers/{id}/documents",
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
                            &[
                                "customers",
                                &crate::runtime::ToParam::to_param(&request.id),
                                "documents",
                            ],
                        )?;
                    let body = &request.request_body;
                    let mut form = ::reqwest::multipart::Form::new();
                    let value = &body.document_type;
                    form = form
                        .text("documentType", crate::runtime::ToParam::to_param(value));
                    let value = &body.file;
                    form = crate::runtime::file_part(
                        form,
                        "file",
                        &value.content,
                        Some(value.file_name.as_str()),
                        None,
                    )?;
                    builder = builder.multipart(form);
                    Ok(builder)
                },
                crate::runtime::created,
            )
    }
    /// Create customer funding source
    ///
    /// Adds a bank account to a Customer, either from routing and account numbers or from a Plaid processor token created for Dwolla. Accounts added with a Plaid token are already verified. On success the `Location` header holds the URL of the new funding source.
    ///
    /// `POST /customers/{id}/funding-sources`
    pub fn create_customer_funding_source<'a>(
        &'a self,
        request: &'a super::models::CreateCustomerFundingSourceRequest,
    ) -> Call<'a, crate::Location> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/customers/{id}/funding-sources",
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
                            &[
                                "customers",
                                &crate::runtime::ToParam::to_param(&request.id),
                                "funding-sources",
                            ],
                        )?;
                    builder = crate::runtime::json_body(
                        builder,
                        "application/vnd.dwolla.v1.hal+json",
                        &request.create_customer_funding_source,
                    )?;
                    Ok(builder)
                },
                crate::runtime::created,
            )
    }
    /// Retrieve a customer
    ///
    /// Fetches one Customer by ID. The fields returned depend on the Customer's type: verified Customers also carry address and, for businesses, company details.
    ///
    /// `GET /customers/{id}`
    pub fn get_customer<'a>(
        &'a self,
        request: &'a super::models::GetCustomerRequest,
    ) -> Call<'a, super::models::GetCustomerResponse> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::GET,
            path: "/customers/{id}",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let builder = http
                        .start(
                            ::reqwest::Method::GET,
                            &[
                                "customers",
                                &crate::runtime::ToParam::to_param(&request.id),
                            ],
                        )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Retrieve a transfer
    ///
    /// Fetches one transfer by ID, including its status, amount, creation time and links to the funding sources involved. Poll it (or listen for webhooks) to follow a transfer until it is processed or fails.
    ///
    /// `GET /transfers/{id}`
    pub fn get_transfer<'a>(
        &'a self,
        request: &'a super::models::GetTransferRequest,
    ) -> Call<'a, super::models::Transfer> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::GET,
            path: "/transfers/{id}",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let builder = http
                        .start(
                            ::reqwest::Method::GET,
                            &[
                                "transfers",
                                &crate::runtime::ToParam::to_param(&request.id),
                            ],
                        )?;
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Initiate a transfer
    ///
    /// Starts a transfer of money from a source funding source to a destination. Send an `Idempotency-Key` so that a retried request cannot create the transfer twice. On success the `Location` header holds the URL of the new transfer.
    ///
    /// `POST /transfers`
    pub fn initiate_transfer<'a>(
        &'a self,
        request: &'a super::models::InitiateTransferRequest,
    ) -> Call<'a, crate::Location> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::POST,
            path: "/transfers",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::POST, &["transfers"])?;
                    if let Some(value) = &request.idempotency_key {
                        builder = crate::runtime::header(
                            builder,
                            "Idempotency-Key",
                            &crate::runtime::ToParam::to_param(value),
                        )?;
                    }
                    builder = crate::runtime::json_body(
                        builder,
                        "application/json",
                        &request.request_body,
                    )?;
                    Ok(builder)
                },
                crate::runtime::created,
            )
    }
    /// List and search customers
    ///
    /// Returns a page of Customers, newest first, with links to the neighbouring pages and the total number of Customers that match. Searches names, business names and email addresses, and filters by email and status. Default limit is 25 Customers per page, maximum 200.
    ///
    /// `GET /customers`
    pub fn list_and_search_customers<'a>(
        &'a self,
        request: &'a super::models::ListAndSearchCustomersRequest,
    ) -> Call<'a, super::models::Customers> {
        let op = crate::runtime::Op {
            method: ::reqwest::Method::GET,
            path: "/customers",
            credentials: false,
            errors: decode_errors,
        };
        self.http
            .call(
                op,
                move |http| {
                    let mut builder = http
                        .start(::reqwest::Method::GET, &["customers"])?;
                    if let Some(value) = &request.limit {
                        builder = builder
                            .query(
                                &[("limit", crate::runtime::ToParam::to_param(value))],
                            );
                    }
                    if let Some(value) = &request.offset {
                        builder = builder
                            .query(
                                &[("offset", crate::runtime::ToParam::to_param(value))],
                            );
                    }
                    if let Some(value) = &request.search {
                        builder = builder
                            .query(
                                &[("search", crate::runtime::ToParam::to_param(value))],
                            );
                    }
                    if let Some(value) = &request.email {
                        builder = builder
                            .query(
                                &[("email", crate::runtime::ToParam::to_param(value))],
                            );
                    }
                    if let Some(value) = &request.status {
                        builder = builder
                            .query(
                                &[("status", crate::runtime::ToParam::to_param(value))],
                            );
                    }
                    Ok(builder)
                },
                crate::runtime::json,
            )
    }
    /// Every page of [`Client::list_and_search_customers`], one call each (with the client's time limits and retries), following each page's `_links.next.href` link.
    ///
    /// The stream ends after the last page, or after an error, which it yields.
    pub fn list_and_search_customers_pages<'a>(
        &'a self,
        request: &super::models::ListAndSearchCustomersRequest,
    ) -> impl crate::Stream<Item = Result<super::models::Customers, Error>> + Send + 'a {
        crate::runtime::linked_pages(
            {
                let request = request.clone();
                Box::pin(async move { self.list_and_search_customers(&request).await })
            },
            move |
                href: String,
            | -> crate::runtime::PageFuture<'a, super::models::Customers, Error> {
                let op = crate::runtime::Op {
                    method: ::reqwest::Method::GET,
                    path: "/customers",
                    credentials: false,
                    errors: decode_errors,
                };
                ::std::future::IntoFuture::into_future(
                    self
                        .http
                        .call(
                            op,
                            move |http| http.link(::reqwest::Method::GET, &href),
                            crate::runtime::json,
                        ),
                )
            },
            |page: &super::models::Customers| Some(
                page.links.as_ref()?.get("next")?.href.as_ref()?.clone(),
            ),
        )
    }
    /// The items of every page of [`Client::list_and_search_customers`] (its `_embedded.customers`), in order: the pages come from [`Client::list_and_search_customers_pages`].
    pub fn list_and_search_customers_stream<'a>(
        &'a self,
        request: &super::models::ListAndSearchCustomersRequest,
    ) -> impl crate::Stream<
        Item = Result<super::models::GetCustomerResponse, Error>,
    > + Send + 'a {
        crate::runtime::items(
            self.list_and_search_customers_pages(request),
            |page: super::models::Customers| page.embedded?.customers,
        )
    }
}
