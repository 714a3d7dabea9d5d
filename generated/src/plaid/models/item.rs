// @generated from specs/plaid/models/components/item.md. Do not edit: run `cargo run -p generator -- generate`.

/// An Item: one user's login at one financial institution, together with its product and consent state.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Item {
    /// Plaid's identifier for the Item. Linking the same login twice produces two different Items. Case sensitive.
    pub item_id: String,
    /// Webhook URL registered for the Item, or null.
    pub webhook: Option<String>,
    /// Current error state of the Item, or null when it is healthy.
    pub error: Option<super::PlaidError>,
    /// Products that could still be added to the Item and are not billed yet.
    pub available_products: Vec<super::Products>,
    /// Products already billed for the Item.
    pub billed_products: Vec<super::Products>,
    /// When the user's consent ends for institutions that limit it (ISO 8601). Null for most institutions.
    pub consent_expiration_time: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Whether the Item can be refreshed in the background or needs the user to be present.
    pub update_type: super::UpdateType,
    /// Plaid identifier of the institution, or null (for example for Items added through same-day micro-deposits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution_id: Option<String>,
    /// Products that have been initialised on the Item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<super::Products>>,
    /// Products the user has given consent for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consented_products: Option<Vec<super::Products>>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl Item {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        item_id: impl Into<String>,
        webhook: Option<String>,
        error: Option<super::PlaidError>,
        available_products: Vec<super::Products>,
        billed_products: Vec<super::Products>,
        consent_expiration_time: Option<::chrono::DateTime<::chrono::Utc>>,
        update_type: super::UpdateType,
    ) -> Self {
        Self {
            item_id: item_id.into(),
            webhook,
            error,
            available_products,
            billed_products,
            consent_expiration_time,
            update_type,
            institution_id: None,
            products: None,
            consented_products: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
