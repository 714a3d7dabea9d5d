// @generated from specs/dwolla/models/operations/getcustomerresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// A Customer; the variant depends on the Customer's `type` (and, for businesses, `businessType`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum GetCustomerResponse {
    VerifiedSolePropCustomer(super::VerifiedSolePropCustomer),
    VerifiedBusinessCustomer(super::VerifiedBusinessCustomer),
    VerifiedPersonalCustomer(super::VerifiedPersonalCustomer),
    UnverifiedCustomer(super::UnverifiedCustomer),
    ReceiveOnlyCustomer(super::ReceiveOnlyCustomer),
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
