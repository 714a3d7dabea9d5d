// @generated from specs/dwolla/models/operations/getcustomerrequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// `GetCustomerRequest` from the Dwolla docs.
#[derive(Clone, Debug, PartialEq)]
pub struct GetCustomerRequest {
    /// Identifier of the Customer to fetch.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
}
#[allow(deprecated)]
impl GetCustomerRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
