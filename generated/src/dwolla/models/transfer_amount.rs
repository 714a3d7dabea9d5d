// @generated from specs/dwolla/models/transferamount.md. Do not edit: run `cargo run -p generator -- generate`.

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
#[allow(deprecated)]
impl TransferAmount {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(value: impl Into<String>, currency: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            currency: currency.into(),
        }
    }
}
