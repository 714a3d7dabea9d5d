// @generated from specs/dwolla/models/operations/initiatetransferrequestbody.md. Do not edit: run `cargo run -p generator -- generate`.

/// Parameters of a new transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferRequestBody {
    /// Source and destination of the transfer.
    #[serde(rename = "_links")]
    pub links: super::InitiateTransferLinks,
    /// How much to move.
    pub amount: super::TransferAmount,
    /// Free-form JSON object of your own key/value pairs stored with the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::serde_json::Value>,
    /// Optional clearing speed settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clearing: Option<super::InitiateTransferClearing>,
    /// Your own identifier for the transfer, useful for reconciliation.
    ///
    /// Example: `order-20240311-0042`
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
}
#[allow(deprecated)]
impl InitiateTransferRequestBody {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        links: super::InitiateTransferLinks,
        amount: super::TransferAmount,
    ) -> Self {
        Self {
            links,
            amount,
            metadata: None,
            clearing: None,
            correlation_id: None,
        }
    }
}
