// @generated from specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

#![allow(deprecated)]
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
/// What a call to the Dwolla API can fail with; non-2xx answers carry the decoded error body.
pub type Error = crate::Error<super::models::DwollaError>;
/// A client for the Dwolla API.
///
/// Cheap to clone: clones share the connection pool and the access token.
#[derive(Clone)]
pub struct Client {
    http: crate::runtime::Http,
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
                crate::runtime::TokenSource::new(
                    credentials.client_id,
                    credentials.client_secret,
                    &["token"],
                ),
            ),
        );
        Client {
            http: crate::runtime::Http::new(
                environment.base_url(),
                auth,
                Some("application/vnd.dwolla.v1.hal+json"),
            ),
        }
    }
    /// Sends requests through `http` (for timeouts, proxies, or a shared pool).
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
    pub async fn create_application_access_token(
        &self,
        request: &super::models::CreateApplicationAccessTokenRequest,
    ) -> Result<super::models::CreateApplicationAccessTokenResponse, Error> {
        let url = self.http.url(&["token"])?;
        let mut builder = self.http.token_request(::reqwest::Method::POST, url);
        builder = crate::runtime::form_body(builder, request);
        self.http.send_json(builder).await
    }
    /// Create a client token
    ///
    /// Issues a client token that lets a drop-in component running in the browser perform one specific action (for example `customer.update`) for one Customer. Create it on your server and pass it to the front end.
    ///
    /// `POST /client-tokens`
    pub async fn create_client_token(
        &self,
        request: &super::models::CreateClientTokenRequest,
    ) -> Result<super::models::CreateClientTokenResponse, Error> {
        let url = self.http.url(&["client-tokens"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(builder, "application/json", request)?;
        self.http.send_json(builder).await
    }
    /// Create a customer
    ///
    /// Creates a Customer. The body variant decides the Customer type: a receive-only user, an unverified Customer, or a verified personal Customer whose identity details are checked. On success the response has no body and the `Location` header holds the URL of the new Customer.
    ///
    /// `POST /customers`
    pub async fn create_customer(
        &self,
        request: &super::models::CreateCustomerRequest,
    ) -> Result<crate::Location, Error> {
        let url = self.http.url(&["customers"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(
            builder,
            "application/vnd.dwolla.v1.hal+json",
            request,
        )?;
        self.http.send_created(builder).await
    }
    /// Upload a document for a customer
    ///
    /// Sends one identity document (a photo or scan of a passport, driver's license or ID card) for a Customer whose verification needs it. The file travels as a `multipart/form-data` upload; on success the `Location` header holds the URL of the new document.
    ///
    /// `POST /customers/{id}/documents`
    pub async fn create_customer_document(
        &self,
        request: &super::models::CreateCustomerDocumentRequest,
    ) -> Result<crate::Location, Error> {
        let url = self
            .http
            .url(
                &[
                    "customers",
                    &crate::runtime::ToParam::to_param(&request.id),
                    "documents",
                ],
            )?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        let body = &request.request_body;
        let mut form = ::reqwest::multipart::Form::new();
        let value = &body.document_type;
        form = form.text("documentType", crate::runtime::ToParam::to_param(value));
        let value = &body.file;
        form = crate::runtime::file_part(
            form,
            "file",
            &value.content,
            Some(value.file_name.as_str()),
            None,
        )?;
        builder = builder.multipart(form);
        self.http.send_created(builder).await
    }
    /// Create customer funding source
    ///
    /// Adds a bank account to a Customer, either from routing and account numbers or from a Plaid processor token created for Dwolla. Accounts added with a Plaid token are already verified. On success the `Location` header holds the URL of the new funding source.
    ///
    /// `POST /customers/{id}/funding-sources`
    pub async fn create_customer_funding_source(
        &self,
        request: &super::models::CreateCustomerFundingSourceRequest,
    ) -> Result<crate::Location, Error> {
        let url = self
            .http
            .url(
                &[
                    "customers",
                    &crate::runtime::ToParam::to_param(&request.id),
                    "funding-sources",
                ],
            )?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(
            builder,
            "application/vnd.dwolla.v1.hal+json",
            &request.create_customer_funding_source,
        )?;
        self.http.send_created(builder).await
    }
    /// Retrieve a customer
    ///
    /// Fetches one Customer by ID. The fields returned depend on the Customer's type: verified Customers also carry address and, for businesses, company details.
    ///
    /// `GET /customers/{id}`
    pub async fn get_customer(
        &self,
        request: &super::models::GetCustomerRequest,
    ) -> Result<super::models::GetCustomerResponse, Error> {
        let url = self
            .http
            .url(&["customers", &crate::runtime::ToParam::to_param(&request.id)])?;
        let builder = self.http.request(::reqwest::Method::GET, url).await?;
        self.http.send_json(builder).await
    }
    /// Retrieve a transfer
    ///
    /// Fetches one transfer by ID, including its status, amount, creation time and links to the funding sources involved. Poll it (or listen for webhooks) to follow a transfer until it is processed or fails.
    ///
    /// `GET /transfers/{id}`
    pub async fn get_transfer(
        &self,
        request: &super::models::GetTransferRequest,
    ) -> Result<super::models::Transfer, Error> {
        let url = self
            .http
            .url(&["transfers", &crate::runtime::ToParam::to_param(&request.id)])?;
        let builder = self.http.request(::reqwest::Method::GET, url).await?;
        self.http.send_json(builder).await
    }
    /// Initiate a transfer
    ///
    /// Starts a transfer of money from a source funding source to a destination. Send an `Idempotency-Key` so that a retried request cannot create the transfer twice. On success the `Location` header holds the URL of the new transfer.
    ///
    /// `POST /transfers`
    pub async fn initiate_transfer(
        &self,
        request: &super::models::InitiateTransferRequest,
    ) -> Result<crate::Location, Error> {
        let url = self.http.url(&["transfers"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
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
        self.http.send_created(builder).await
    }
}
