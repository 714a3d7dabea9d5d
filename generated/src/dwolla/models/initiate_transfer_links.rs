// @generated from specs/dwolla/models/operations/initiatetransferlinks.md. Do not edit: run `cargo run -p generator -- generate`.

/// Where the money comes from and where it goes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferLinks {
    /// Sending side of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::InitiateTransferLinksSource>,
    /// Receiving side of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination: Option<super::InitiateTransferLinksDestination>,
}
#[allow(deprecated)]
impl InitiateTransferLinks {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            destination: None,
        }
    }
}
