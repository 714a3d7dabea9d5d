// @generated from specs/plaid/models/components/linktokengetresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// LinkTokenGetResponse defines the response schema for `/link/token/get`. It echoes the settings a `link_token` was created with, together with its lifetime.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenGetResponse {
    /// The `link_token` that was looked up.
    pub link_token: String,
    /// When the `link_token` was created (ISO 8601). May be null.
    pub created_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// When the `link_token` stops being valid (ISO 8601). May be null.
    pub expiration: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The configuration originally passed to `/link/token/create`.
    pub metadata: super::LinkTokenGetMetadataResponse,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl LinkTokenGetResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        link_token: impl Into<String>,
        created_at: Option<::chrono::DateTime<::chrono::Utc>>,
        expiration: Option<::chrono::DateTime<::chrono::Utc>>,
        metadata: super::LinkTokenGetMetadataResponse,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            link_token: link_token.into(),
            created_at,
            expiration,
            metadata,
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
