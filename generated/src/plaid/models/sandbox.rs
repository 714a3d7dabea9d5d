// @generated from specs/plaid/: the models of the `sandbox` operations. Do not edit: run `cargo run -p generator -- generate`.

/// SandboxPublicTokenCreateRequest defines the request schema for `/sandbox/public_token/create`. In the Sandbox it creates a test Item without going through Link.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SandboxPublicTokenCreateRequest {
    /// Sandbox institution to create the test Item at, for example `ins_109508`.
    pub institution_id: String,
    /// Products to initialise on the test Item. Must contain at least one entry.
    #[serde(deserialize_with = "crate::runtime::null_as_empty")]
    pub initial_products: Vec<super::Products>,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Token from `/user/create` to associate the test Item with a user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_token: Option<String>,
}
impl SandboxPublicTokenCreateRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        institution_id: impl Into<String>,
        initial_products: Vec<super::Products>,
    ) -> Self {
        Self {
            institution_id: institution_id.into(),
            initial_products,
            client_id: None,
            secret: None,
            user_token: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> SandboxPublicTokenCreateRequestBuilder {
        <SandboxPublicTokenCreateRequestBuilder as ::core::default::Default>::default()
    }
    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets `user_token`.
    pub fn with_user_token(mut self, value: impl Into<String>) -> Self {
        self.user_token = Some(value.into());
        self
    }
}
/// Builds a [`SandboxPublicTokenCreateRequest`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct SandboxPublicTokenCreateRequestBuilder {
    institution_id: Option<String>,
    initial_products: Option<Vec<super::Products>>,
    client_id: Option<String>,
    secret: Option<String>,
    user_token: Option<String>,
}
impl SandboxPublicTokenCreateRequestBuilder {
    /// Sets `institution_id`.
    pub fn institution_id(mut self, value: impl Into<String>) -> Self {
        self.institution_id = Some(value.into());
        self
    }
    /// Sets `initial_products`.
    pub fn initial_products(mut self, value: Vec<super::Products>) -> Self {
        self.initial_products = Some(value);
        self
    }
    /// Sets `client_id`.
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets `user_token`.
    pub fn user_token(mut self, value: impl Into<String>) -> Self {
        self.user_token = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<SandboxPublicTokenCreateRequest, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "SandboxPublicTokenCreateRequest",
            field,
        };
        Ok(SandboxPublicTokenCreateRequest {
            institution_id: self.institution_id.ok_or(missing("institution_id"))?,
            initial_products: self.initial_products.ok_or(missing("initial_products"))?,
            client_id: self.client_id,
            secret: self.secret,
            user_token: self.user_token,
        })
    }
}
impl std::fmt::Debug for SandboxPublicTokenCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxPublicTokenCreateRequest")
            .field("institution_id", &self.institution_id)
            .field("initial_products", &self.initial_products)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .field("user_token", &self.user_token.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// SandboxPublicTokenCreateResponse defines the response schema for `/sandbox/public_token/create`. It returns a public token for the freshly created test Item.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SandboxPublicTokenCreateResponse {
    /// Public token for the new test Item; exchange it with `/item/public_token/exchange` to get an access token.
    pub public_token: String,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl SandboxPublicTokenCreateResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(public_token: impl Into<String>, request_id: impl Into<String>) -> Self {
        Self {
            public_token: public_token.into(),
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
impl std::fmt::Debug for SandboxPublicTokenCreateResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxPublicTokenCreateResponse")
            .field("public_token", &super::Redacted)
            .field("request_id", &self.request_id)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}
