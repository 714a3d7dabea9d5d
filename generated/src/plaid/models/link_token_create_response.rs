// @generated from specs/plaid/models/components/linktokencreateresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// LinkTokenCreateResponse defines the response schema for `/link/token/create`. It returns the short-lived token used to launch Link on the client.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenCreateResponse {
    /// Token to pass to Link on the client so the user can start the flow. Finishing the flow yields a `public_token`.
    pub link_token: String,
    /// Moment (ISO 8601) after which the `link_token` can no longer be used.
    pub expiration: ::chrono::DateTime<::chrono::Utc>,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// URL of a Plaid-hosted Link page; only present when Hosted Link was requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosted_link_url: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl LinkTokenCreateResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        link_token: impl Into<String>,
        expiration: ::chrono::DateTime<::chrono::Utc>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            link_token: link_token.into(),
            expiration,
            request_id: request_id.into(),
            hosted_link_url: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
