// @generated from specs/plaid/: the models whose names start with `Sandbox`. Do not edit: run `cargo run -p generator -- generate`.

/// SandboxPublicTokenCreateRequest defines the request schema for `/sandbox/public_token/create`. In the Sandbox it creates a test Item without going through Link.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
#[allow(deprecated)]
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
}
/// SandboxPublicTokenCreateResponse defines the response schema for `/sandbox/public_token/create`. It returns a public token for the freshly created test Item.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SandboxPublicTokenCreateResponse {
    /// Public token for the new test Item; exchange it with `/item/public_token/exchange` to get an access token.
    pub public_token: String,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
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
