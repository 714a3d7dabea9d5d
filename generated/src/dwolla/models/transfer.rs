// @generated from specs/dwolla/: the models whose names start with `Transfer`. Do not edit: run `cargo run -p generator -- generate`.

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
    /// Sets `links`.
    pub fn with_links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `amount`.
    pub fn with_amount(mut self, value: super::TransferResponseAmount) -> Self {
        self.amount = Some(value);
        self
    }
    /// Sets `created`.
    pub fn with_created(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created = Some(value);
        self
    }
    /// Sets `clearing`.
    pub fn with_clearing(mut self, value: super::TransferClearing) -> Self {
        self.clearing = Some(value);
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
}
/// An amount of money to move.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransferAmount {
    /// Amount as a decimal string with up to two decimals.
    ///
    /// Example: `125.50`
    pub value: String,
    /// Currency code; `USD`.
    ///
    /// Example: `USD`
    pub currency: String,
}
impl TransferAmount {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(value: impl Into<String>, currency: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            currency: currency.into(),
        }
    }
}
/// Clearing speeds used for a transfer.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransferClearing {
    /// Clearing speed of the debit side.
    ///
    /// Example: `standard`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Clearing speed of the credit side.
    ///
    /// Example: `next-available`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
}
impl TransferClearing {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            destination: None,
        }
    }
    /// Sets `source`.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `destination`.
    pub fn with_destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
}
/// Amount of a transfer as reported by the API.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransferResponseAmount {
    /// Amount as a decimal string.
    ///
    /// Example: `125.50`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Currency code.
    ///
    /// Example: `USD`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}
impl TransferResponseAmount {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            value: None,
            currency: None,
        }
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `currency`.
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
}
