// @generated from specs/dwolla/models/operations/createclienttokenlinks.md. Do not edit: run `cargo run -p generator -- generate`.

/// Links identifying the Customer the client token is issued for.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenLinks {
    /// Link to the Customer.
    pub customer: super::CreateClientTokenCustomer,
}
#[allow(deprecated)]
impl CreateClientTokenLinks {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(customer: super::CreateClientTokenCustomer) -> Self {
        Self { customer }
    }
}
