// @generated from specs/plaid/models/components/accountsgetresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// AccountsGetResponse defines the response schema for `/accounts/get`. It lists the Item's accounts plus information about the Item itself.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsGetResponse {
    /// The accounts reachable through this Item; closed accounts are not listed.
    pub accounts: Vec<super::AccountBase>,
    /// Information about the Item the accounts belong to.
    pub item: super::Item,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl AccountsGetResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        accounts: Vec<super::AccountBase>,
        item: super::Item,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            accounts,
            item,
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
