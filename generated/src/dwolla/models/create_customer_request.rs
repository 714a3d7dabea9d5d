// @generated from specs/dwolla/models/operations/createcustomerrequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// Body of a create-customer request. Which variant is sent decides the type of Customer that gets created.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(tag = "type")]
pub enum CreateCustomerRequest {
    #[serde(rename = "receive-only")]
    CreateReceiveOnlyUser(super::CreateReceiveOnlyUser),
    #[serde(rename = "unverified")]
    CreateUnverifiedCustomer(super::CreateUnverifiedCustomer),
    #[serde(rename = "personal")]
    CreateVerifiedPersonalCustomer(super::CreateVerifiedPersonalCustomer),
}
impl From<super::CreateReceiveOnlyUser> for CreateCustomerRequest {
    fn from(value: super::CreateReceiveOnlyUser) -> Self {
        Self::CreateReceiveOnlyUser(value)
    }
}
impl From<super::CreateUnverifiedCustomer> for CreateCustomerRequest {
    fn from(value: super::CreateUnverifiedCustomer) -> Self {
        Self::CreateUnverifiedCustomer(value)
    }
}
impl From<super::CreateVerifiedPersonalCustomer> for CreateCustomerRequest {
    fn from(value: super::CreateVerifiedPersonalCustomer) -> Self {
        Self::CreateVerifiedPersonalCustomer(value)
    }
}
