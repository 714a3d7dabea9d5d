// @generated from specs/dwolla/models/operations/initiatetransferlinksdestination.md. Do not edit: run `cargo run -p generator -- generate`.

/// Link to the funding source or Customer that receives the money.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferLinksDestination {
    /// URL of the destination funding source.
    ///
    /// Example: `https://api-sandbox.dwolla.com/funding-sources/8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}
#[allow(deprecated)]
impl InitiateTransferLinksDestination {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { href: None }
    }
}
