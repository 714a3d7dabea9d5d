// @generated from specs/plaid/models/components/itemremoveresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// ItemRemoveResponse defines the response schema for `/item/remove`. A successful reply only carries the request identifier.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ItemRemoveResponse {
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl ItemRemoveResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
