// @generated from specs/plaid/models/components/accountsgetrequestoptions.md. Do not edit: run `cargo run -p generator -- generate`.

/// Filters that narrow down the result of `/accounts/get`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsGetRequestOptions {
    /// Only return the accounts with these `account_id` values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<Vec<String>>,
}
#[allow(deprecated)]
impl AccountsGetRequestOptions {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { account_ids: None }
    }
}
