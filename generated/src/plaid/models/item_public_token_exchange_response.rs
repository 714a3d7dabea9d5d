// @generated from specs/plaid/models/components/itempublictokenexchangeresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// ItemPublicTokenExchangeResponse defines the response schema for `/item/public_token/exchange`. It holds the access token and the ID of the linked Item.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ItemPublicTokenExchangeResponse {
    /// Long-lived token that authorises calls for this Item. Keep it secret on your server.
    pub access_token: String,
    /// Identifier of the Item, i.e. the login at one institution. Case sensitive.
    pub item_id: String,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl ItemPublicTokenExchangeResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        access_token: impl Into<String>,
        item_id: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            item_id: item_id.into(),
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
