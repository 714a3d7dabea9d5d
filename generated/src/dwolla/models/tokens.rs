// @generated from specs/dwolla/: the models of the `tokens` operations. Do not edit: run `cargo run -p generator -- generate`.

/// Error body returned by the token endpoint when the client credentials are rejected.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthError {
    /// OAuth error code.
    ///
    /// Example: `invalid_client`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}
impl OAuthError {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { error: None }
    }
    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}
/// Form body for requesting an application access token with the OAuth 2.0 client credentials grant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApplicationAccessTokenRequest {
    /// OAuth grant type; always `client_credentials`.
    ///
    /// Example: `client_credentials`
    pub grant_type: super::GrantType,
}
impl CreateApplicationAccessTokenRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(grant_type: super::GrantType) -> Self {
        Self { grant_type }
    }
}
/// A newly issued application access token.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
impl std::fmt::Debug for CreateApplicationAccessTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateApplicationAccessTokenResponse")
            .field("access_token", &super::Redacted)
            .field("token_type", &self.token_type)
            .field("expires_in", &self.expires_in)
            .finish()
    }
}
/// OAuth 2.0 grant type accepted by the token endpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GrantType {
    /// `client_credentials`
    ClientCredentials,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl GrantType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "client_credentials",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for GrantType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "client_credentials" => Self::ClientCredentials,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for GrantType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for GrantType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for GrantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for GrantType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for GrantType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for GrantType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
