// @generated from specs/dwolla/models/operations/initiatetransferrequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// `InitiateTransferRequest` from the Dwolla docs.
#[derive(Clone, Debug, PartialEq)]
pub struct InitiateTransferRequest {
    /// Unique key that makes retries safe: repeating a request with the same key does not create a second transfer.
    ///
    /// Example: `d3b07384-d9a7-4e1b-8c2f-6a1e5f0b9c11`
    pub idempotency_key: Option<String>,
    /// The transfer to create.
    pub request_body: super::InitiateTransferRequestBody,
}
#[allow(deprecated)]
impl InitiateTransferRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(request_body: super::InitiateTransferRequestBody) -> Self {
        Self {
            idempotency_key: None,
            request_body,
        }
    }
}
