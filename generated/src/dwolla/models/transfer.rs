// @generated from specs/dwolla/models/transfer.md. Do not edit: run `cargo run -p generator -- generate`.

/// A transfer of money between two funding sources.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct Transfer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    #[serde(rename = "_links")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    /// Identifier of the transfer.
    ///
    /// Example: `4b6e1f3a-2c8d-ee11-8123-0a1b2c3d4e5f`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Lifecycle state, for example `pending`, `processed`, `failed` or `cancelled`.
    ///
    /// Example: `pending`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Amount moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<super::TransferResponseAmount>,
    /// When the transfer was created.
    ///
    /// Example: `2024-03-11T16:20:05.112Z`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Clearing speeds, when they were set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clearing: Option<super::TransferClearing>,
    /// Identifier you supplied when creating the transfer.
    ///
    /// Example: `order-20240311-0042`
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
}
#[allow(deprecated)]
impl Transfer {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            links: None,
            id: None,
            status: None,
            amount: None,
            created: None,
            clearing: None,
            correlation_id: None,
        }
    }
}
