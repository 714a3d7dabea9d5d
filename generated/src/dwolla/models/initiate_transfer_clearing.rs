// @generated from specs/dwolla/models/operations/initiatetransferclearing.md. Do not edit: run `cargo run -p generator -- generate`.

/// Requested clearing speed for each side of an ACH transfer.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferClearing {
    /// Clearing speed for the debit side, for example `standard`.
    ///
    /// Example: `standard`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Clearing speed for the credit side, for example `next-available`.
    ///
    /// Example: `next-available`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<String>,
}
#[allow(deprecated)]
impl InitiateTransferClearing {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            destination: None,
        }
    }
}
