// @generated from specs/dwolla/models/operations/createapplicationaccesstokenresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// A newly issued application access token.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApplicationAccessTokenResponse {
    /// Bearer token for calling the API on behalf of your application.
    ///
    /// Example: `Qx7bK2mN4pR9sT1vW3yZ5aC8dE0fG6hJ2kL4mN7pQ9rS1tU3vX`
    pub access_token: String,
    /// Token scheme to use in the `Authorization` header; `Bearer`.
    ///
    /// Example: `Bearer`
    pub token_type: String,
    /// Seconds until the token expires.
    ///
    /// Example: `3600`
    pub expires_in: i64,
}
#[allow(deprecated)]
impl CreateApplicationAccessTokenResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        access_token: impl Into<String>,
        token_type: impl Into<String>,
        expires_in: i64,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            token_type: token_type.into(),
            expires_in,
        }
    }
}
