// @generated from specs/dwolla/: the models of the `client_tokens` operations. Do not edit: run `cargo run -p generator -- generate`.

/// Link to a Customer resource.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenCustomer {
    /// URL of the Customer who will use the drop-in component.
    ///
    /// Example: `https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub href: String,
}
impl CreateClientTokenCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(href: impl Into<String>) -> Self {
        Self { href: href.into() }
    }
}
/// Links identifying the Customer the client token is issued for.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenLinks {
    /// Link to the Customer.
    pub customer: super::CreateClientTokenCustomer,
}
impl CreateClientTokenLinks {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(customer: super::CreateClientTokenCustomer) -> Self {
        Self { customer }
    }
}
/// What [`Client::create_client_token`](crate::dwolla::Client::create_client_token) takes.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenRequest {
    /// A granular permission for the Customer performing an action within a drop-in component
    ///
    /// Example: `customer.update`
    pub action: String,
    #[serde(rename = "_links")]
    pub links: super::CreateClientTokenLinks,
}
impl CreateClientTokenRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(action: impl Into<String>, links: super::CreateClientTokenLinks) -> Self {
        Self {
            action: action.into(),
            links,
        }
    }
}
/// A client token for a front-end drop-in component.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenResponse {
    /// Short-lived token to hand to the drop-in component in the browser.
    ///
    /// Example: `cT4kRw9zLm2qXv7bN1sJ5hD8fG3yP6aE0uK`
    pub token: String,
}
impl CreateClientTokenResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(token: impl Into<String>) -> Self {
        Self { token: token.into() }
    }
}
impl std::fmt::Debug for CreateClientTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateClientTokenResponse")
            .field("token", &super::Redacted)
            .finish()
    }
}
