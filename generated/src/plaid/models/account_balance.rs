// @generated from specs/plaid/models/components/accountbalance.md. Do not edit: run `cargo run -p generator -- generate`.

/// Balance figures for an account. Unless fetched through the balance endpoint they may be cached.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountBalance {
    /// Funds that can currently be spent or withdrawn, or null when the institution does not report it.
    pub available: Option<f64>,
    /// Total funds held in the account or, for credit and loan accounts, the amount owed. May be null.
    pub current: Option<f64>,
    /// Credit limit for credit accounts or overdraft limit for depository accounts, or null.
    pub limit: Option<f64>,
    /// ISO 4217 currency of the balances. Null when `unofficial_currency_code` is set.
    pub iso_currency_code: Option<String>,
    /// Currency code for currencies without an ISO 4217 code (for example some crypto assets). Null when `iso_currency_code` is set.
    pub unofficial_currency_code: Option<String>,
    /// When the institution last refreshed the balance (ISO 8601). Only returned in a few cases; may be null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_updated_datetime: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl AccountBalance {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        available: Option<f64>,
        current: Option<f64>,
        limit: Option<f64>,
        iso_currency_code: Option<String>,
        unofficial_currency_code: Option<String>,
    ) -> Self {
        Self {
            available,
            current,
            limit,
            iso_currency_code,
            unofficial_currency_code,
            last_updated_datetime: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
