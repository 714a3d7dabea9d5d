// @generated from specs/plaid/models/components/sandboxpublictokencreaterequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// SandboxPublicTokenCreateRequest defines the request schema for `/sandbox/public_token/create`. In the Sandbox it creates a test Item without going through Link.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SandboxPublicTokenCreateRequest {
    /// Sandbox institution to create the test Item at, for example `ins_109508`.
    pub institution_id: String,
    /// Products to initialise on the test Item. Must contain at least one entry.
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
