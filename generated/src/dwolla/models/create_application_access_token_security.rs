// @generated from specs/dwolla/models/operations/createapplicationaccesstokensecurity.md. Do not edit: run `cargo run -p generator -- generate`.

/// Credentials for the token endpoint, which uses HTTP Basic authentication with your application key and secret.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApplicationAccessTokenSecurity {
    /// HTTP Basic credentials built from your application key (username) and secret (password).
    pub basic_auth: String,
}
#[allow(deprecated)]
impl CreateApplicationAccessTokenSecurity {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(basic_auth: impl Into<String>) -> Self {
        Self {
            basic_auth: basic_auth.into(),
        }
    }
}
