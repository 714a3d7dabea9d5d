// @generated from specs/dwolla/models/operations/createclienttokencustomer.md. Do not edit: run `cargo run -p generator -- generate`.

/// Link to a Customer resource.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenCustomer {
    /// URL of the Customer who will use the drop-in component.
    ///
    /// Example: `https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub href: String,
}
#[allow(deprecated)]
impl CreateClientTokenCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(href: impl Into<String>) -> Self {
        Self { href: href.into() }
    }
}
