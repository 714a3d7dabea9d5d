// @generated from specs/dwolla/models/errors/dwollaerror.md. Do not edit: run `cargo run -p generator -- generate`.

/// Error body returned by the Dwolla API for failed requests. `code` names the kind of failure; validation failures list the individual problems under `embedded.errors`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DwollaError {
    /// Machine-readable error code, for example `ValidationError`, `NotFound` or `Forbidden`.
    ///
    /// Example: `ValidationError`
    pub code: String,
    /// Human-readable summary of what went wrong.
    ///
    /// Example: `The request has invalid fields; see the embedded errors.`
    pub message: String,
    /// Details for validation errors.
    #[serde(rename = "_embedded")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embedded: Option<super::DwollaErrorEmbedded>,
}
#[allow(deprecated)]
impl DwollaError {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            embedded: None,
        }
    }
}
