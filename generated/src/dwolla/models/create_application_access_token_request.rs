// @generated from specs/dwolla/models/operations/createapplicationaccesstokenrequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// Form body for requesting an application access token with the OAuth 2.0 client credentials grant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApplicationAccessTokenRequest {
    /// OAuth grant type; always `client_credentials`.
    ///
    /// Example: `client_credentials`
    pub grant_type: super::GrantType,
}
#[allow(deprecated)]
impl CreateApplicationAccessTokenRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(grant_type: super::GrantType) -> Self {
        Self { grant_type }
    }
}
