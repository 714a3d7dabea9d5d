// @generated from specs/dwolla/models/dwollaerrorembedded.md. Do not edit: run `cargo run -p generator -- generate`.

/// Embedded resources of an error response.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DwollaErrorEmbedded {
    /// Individual problems that make up the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<super::DwollaErrorDetail>>,
}
#[allow(deprecated)]
impl DwollaErrorEmbedded {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { errors: None }
    }
}
