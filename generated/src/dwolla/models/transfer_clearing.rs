// @generated from specs/dwolla/models/transferclearing.md. Do not edit: run `cargo run -p generator -- generate`.

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
#[allow(deprecated)]
impl TransferClearing {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            destination: None,
        }
    }
}
