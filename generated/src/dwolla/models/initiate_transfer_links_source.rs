// @generated from specs/dwolla/models/operations/initiatetransferlinkssource.md. Do not edit: run `cargo run -p generator -- generate`.

/// Link to the funding source the money is taken from.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferLinksSource {
    /// URL of the source funding source.
    ///
    /// Example: `https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
}
#[allow(deprecated)]
impl InitiateTransferLinksSource {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { href: None }
    }
}
