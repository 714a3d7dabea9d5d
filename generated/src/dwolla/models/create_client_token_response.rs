// @generated from specs/dwolla/models/operations/createclienttokenresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// A client token for a front-end drop-in component.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenResponse {
    /// Short-lived token to hand to the drop-in component in the browser.
    ///
    /// Example: `cT4kRw9zLm2qXv7bN1sJ5hD8fG3yP6aE0uK`
    pub token: String,
}
#[allow(deprecated)]
impl CreateClientTokenResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(token: impl Into<String>) -> Self {
        Self { token: token.into() }
    }
}
