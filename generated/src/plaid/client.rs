// @generated from specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

#![allow(deprecated)]
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
/// What a call to the Plaid API can fail with; non-2xx answers carry the decoded error body.
pub type Error = crate::Error<super::models::PlaidError>;
/// A client for the Plaid API.
///
/// Cheap to clone: clones share the connection pool.
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
        let auth = crate::runtime::Auth::Headers(
            vec![
                ("plaid-client-id", credentials.client_id.clone()), ("plaid-secret",
                credentials.secret.clone()), ("plaid-version", credentials.plaid_version
                .clone().unwrap_or_else(|| "2020-09-14".to_owned()))
            ],
        );
        Client {
            http: crate::runtime::Http::new(environment.base_url(), auth, None),
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
    /// Retrieve accounts
    ///
    /// Returns the accounts that belong to an Item along with basic Item information. Balances in this response may be cached; you can restrict the result to particular accounts with `options.account_ids`. Use it, for example, to pick which account to pass on to a payment processor.
    ///
    /// `POST /accounts/get`
    pub async fn accounts_get(
        &self,
        request: &super::models::AccountsGetRequest,
    ) -> Result<super::models::AccountsGetResponse, Error> {
        let url = self.http.url(&["accounts", "get"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(builder, "application/json", request)?;
        self.http.send_json(builder).await
    }
    /// Exchange public token for an access token
    ///
    /// Swaps the temporary `public_token` that Link returns for a permanent `access_token` and the `item_id` of the new Item. A public token is single-use and expires quickly, so exchange it on your server right after Link succeeds and store the access token securely.
    ///
    /// `POST /item/public_token/exchange`
    pub async fn item_public_token_exchange(
        &self,
        request: &super::models::ItemPublicTokenExchangeRequest,
    ) -> Result<super::models::ItemPublicTokenExchangeResponse, Error> {
        let url = self.http.url(&["item", "public_token", "exchange"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(builder, "application/json", request)?;
        self.http.send_json(builder).await
    }
    /// Remove an Item
    ///
    /// Deletes an Item and invalidates its `access_token`, after which no more data can be pulled for it and any processor tokens created from it stop working. Call it when a user disconnects their bank or closes their account with you.
    ///
    /// `POST /item/remove`
    pub async fn item_remove(
        &self,
        request: &super::models::ItemRemoveRequest,
    ) -> Result<super::models::ItemRemoveResponse, Error> {
        let url = self.http.url(&["item", "remove"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(builder, "application/json", request)?;
        self.http.send_json(builder).await
    }
    /// Create Link token
    ///
    /// Creates a short-lived `link_token` that your client app uses to open Link. The request says who the user is, which products and countries are in scope, and how Link should behave; a token is also needed to open Link in update mode for an existing Item. The token expires after a few hours, and once the user finishes the flow Link hands back a `public_token`.
    ///
    /// `POST /link/token/create`
    pub async fn link_token_create(
        &self,
        request: &super::models::LinkTokenCreateRequest,
    ) -> Result<super::models::LinkTokenCreateResponse, Error> {
        let url = self.http.url(&["link", "token", "create"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(builder, "application/json", request)?;
        self.http.send_json(builder).await
    }
    /// Get Link token
    ///
    /// Looks up a `link_token` you created earlier and returns when it was created, when it expires and which settings it was created with. Handy for debugging a Link session or checking what a token was configured to do.
    ///
    /// `POST /link/token/get`
    pub async fn link_token_get(
        &self,
        request: &super::models::LinkTokenGetRequest,
    ) -> Result<super::models::LinkTokenGetResponse, Error> {
        let url = self.http.url(&["link", "token", "get"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(builder, "application/json", request)?;
        self.http.send_json(builder).await
    }
    /// Create processor token
    ///
    /// Used to create a token suitable for sending to one of Plaid's partners to enable integrations. Note that Stripe partnerships use bank account tokens instead; see `/processor/stripe/bank_account_token/create` for creating tokens for use with Stripe integrations. If using multiple processors, multiple different processor tokens can be created for a single access token. Once created, a processor token for a given Item can be modified by calling `/processor/token/permissions/set`. To revoke the processor's access, the entire Item must be deleted by calling `/item/remove`.
    ///
    /// `POST /processor/token/create`
    pub async fn processor_token_create(
        &self,
        request: &super::models::ProcessorTokenCreateRequest,
    ) -> Result<super::models::ProcessorTokenCreateResponse, Error> {
        let url = self.http.url(&["processor", "token", "create"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(builder, "application/json", request)?;
        self.http.send_json(builder).await
    }
    /// Create a test Item
    ///
    /// Sandbox-only shortcut that creates an Item at a test institution with the requested products and returns its `public_token`, so you can exercise the token exchange and later calls without clicking through Link.
    ///
    /// `POST /sandbox/public_token/create`
    pub async fn sandbox_public_token_create(
        &self,
        request: &super::models::SandboxPublicTokenCreateRequest,
    ) -> Result<super::models::SandboxPublicTokenCreateResponse, Error> {
        let url = self.http.url(&["sandbox", "public_token", "create"])?;
        let mut builder = self.http.request(::reqwest::Method::POST, url).await?;
        builder = crate::runtime::json_body(builder, "application/json", request)?;
        self.http.send_json(builder).await
    }
}
