// @generated from specs/plaid/models/components/sandboxpublictokencreateresponse.md. Do not edit: run `cargo run -p generator -- generate`.

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
