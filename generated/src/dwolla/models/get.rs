// @generated from specs/dwolla/: the models whose names start with `Get`. Do not edit: run `cargo run -p generator -- generate`.

/// What [`Client::get_customer`](crate::dwolla::Client::get_customer) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct GetCustomerRequest {
    /// Identifier of the Customer to fetch.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
}
impl GetCustomerRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// A Customer; the variant depends on the Customer's `type` (and, for businesses, `businessType`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum GetCustomerResponse {
    VerifiedSolePropCustomer(super::VerifiedSolePropCustomer),
    VerifiedBusinessCustomer(super::VerifiedBusinessCustomer),
    VerifiedPersonalCustomer(super::VerifiedPersonalCustomer),
    UnverifiedCustomer(super::UnverifiedCustomer),
    ReceiveOnlyCustomer(super::ReceiveOnlyCustomer),
    /// A shape the docs did not describe, kept as received.
    Other(::serde_json::Value),
}
impl From<super::VerifiedSolePropCustomer> for GetCustomerResponse {
    fn from(value: super::VerifiedSolePropCustomer) -> Self {
        Self::VerifiedSolePropCustomer(value)
    }
}
impl From<super::VerifiedBusinessCustomer> for GetCustomerResponse {
    fn from(value: super::VerifiedBusinessCustomer) -> Self {
        Self::VerifiedBusinessCustomer(value)
    }
}
impl From<super::VerifiedPersonalCustomer> for GetCustomerResponse {
    fn from(value: super::VerifiedPersonalCustomer) -> Self {
        Self::VerifiedPersonalCustomer(value)
    }
}
impl From<super::UnverifiedCustomer> for GetCustomerResponse {
    fn from(value: super::UnverifiedCustomer) -> Self {
        Self::UnverifiedCustomer(value)
    }
}
impl From<super::ReceiveOnlyCustomer> for GetCustomerResponse {
    fn from(value: super::ReceiveOnlyCustomer) -> Self {
        Self::ReceiveOnlyCustomer(value)
    }
}
/// What [`Client::get_transfer`](crate::dwolla::Client::get_transfer) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct GetTransferRequest {
    /// Identifier of the transfer to fetch.
    ///
    /// Example: `4b6e1f3a-2c8d-ee11-8123-0a1b2c3d4e5f`
    pub id: String,
}
impl GetTransferRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
