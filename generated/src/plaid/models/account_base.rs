// @generated from specs/plaid/models/components/accountbase.md. Do not edit: run `cargo run -p generator -- generate`.

/// One account held at a financial institution, as returned for an Item.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountBase {
    /// Plaid's identifier for the account. It stays the same unless the account can no longer be matched with the institution's data or the Item is re-created. Case sensitive.
    pub account_id: String,
    /// Balance figures for the account; these may be cached.
    pub balances: super::AccountBalance,
    /// The last 2 to 4 characters of the account number, or null. Not guaranteed to be unique within an Item.
    pub mask: Option<String>,
    /// Account name, chosen by the user or by the institution.
    pub name: String,
    /// The account's formal name at the institution, or null.
    pub official_name: Option<String>,
    /// Broad category of the account, such as `depository` or `credit`.
    pub r#type: super::AccountType,
    /// Finer category of the account, such as `checking` or `savings`, or null.
    pub subtype: Option<super::AccountSubtype>,
    /// Progress of micro-deposit based verification; only present for Auth Items that use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_status: Option<super::AccountBaseVerificationStatus>,
    /// Identifier that remains the same for an account across different Items. Only available for some institutions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub persistent_account_id: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl AccountBase {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        account_id: impl Into<String>,
        balances: super::AccountBalance,
        mask: Option<String>,
        name: impl Into<String>,
        official_name: Option<String>,
        r#type: super::AccountType,
        subtype: Option<super::AccountSubtype>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            balances,
            mask,
            name: name.into(),
            official_name,
            r#type,
            subtype,
            verification_status: None,
            persistent_account_id: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
