// @generated from specs/dwolla/models/operations/gettransferrequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// `GetTransferRequest` from the Dwolla docs.
#[derive(Clone, Debug, PartialEq)]
pub struct GetTransferRequest {
    /// Identifier of the transfer to fetch.
    ///
    /// Example: `4b6e1f3a-2c8d-ee11-8123-0a1b2c3d4e5f`
    pub id: String,
}
#[allow(deprecated)]
impl GetTransferRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
