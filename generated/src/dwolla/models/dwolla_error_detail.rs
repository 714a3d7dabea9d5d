// @generated from specs/dwolla/models/dwollaerrordetail.md. Do not edit: run `cargo run -p generator -- generate`.

/// One problem found in a request, usually a single invalid field.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DwollaErrorDetail {
    /// Machine-readable reason for this problem.
    ///
    /// Example: `NotFound`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Human-readable explanation.
    ///
    /// Example: `The funding source could not be found.`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// JSON pointer to the request field at fault.
    ///
    /// Example: `/_links/source/href`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Free-form object of related links; often empty.
    #[serde(rename = "_links")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub links: Option<::serde_json::Value>,
}
#[allow(deprecated)]
impl DwollaErrorDetail {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            code: None,
            message: None,
            path: None,
            links: None,
        }
    }
}
