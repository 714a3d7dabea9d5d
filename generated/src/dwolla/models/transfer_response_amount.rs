// @generated from specs/dwolla/models/transferresponseamount.md. Do not edit: run `cargo run -p generator -- generate`.

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
#[allow(deprecated)]
impl TransferResponseAmount {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            value: None,
            currency: None,
        }
    }
}
