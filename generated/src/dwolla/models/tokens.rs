// @generated from specs/dwolla/: the models of the `tokens` operations. Do not edit: run `cargo run -p generator -- generate`.

/// Error body returned by the token endpoint when the client credentials are rejected.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct OAuthError {
    /// OAuth error code.
    ///
    /// Example: `invalid_client`
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
impl ::serde::Serialize for OAuthError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(serializer, "OAuthError", 1);
        out.optional("error", &self.error);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for OAuthError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for OAuthError {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "OAuthError",
        fields: &["error"],
        keep: false,
    };
    type Slots = (Option<String>,);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0,) = slots;
        Ok(OAuthError { error: v0 })
    }
}
/// Form body for requesting an application access token with the OAuth 2.0 client credentials grant.
#[derive(Clone, Debug, PartialEq)]
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
impl ::serde::Serialize for CreateApplicationAccessTokenRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateApplicationAccessTokenRequest",
            1,
        );
        out.field("grant_type", &self.grant_type);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateApplicationAccessTokenRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateApplicationAccessTokenRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateApplicationAccessTokenRequest",
        fields: &["grant_type"],
        keep: false,
    };
    type Slots = (Option<super::GrantType>,);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0),) = slots else {
            return Err(&[0]);
        };
        Ok(CreateApplicationAccessTokenRequest {
            grant_type: v0,
        })
    }
}
/// A newly issued application access token.
#[derive(Clone, PartialEq)]
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
impl ::serde::Serialize for CreateApplicationAccessTokenResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateApplicationAccessTokenResponse",
            3,
        );
        out.field("access_token", &self.access_token);
        out.field("token_type", &self.token_type);
        out.field("expires_in", &self.expires_in);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateApplicationAccessTokenResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateApplicationAccessTokenResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateApplicationAccessTokenResponse",
        fields: &["access_token", "token_type", "expires_in"],
        keep: false,
    };
    type Slots = (Option<String>, Option<String>, Option<i64>);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.value(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2)) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(CreateApplicationAccessTokenResponse {
            access_token: v0,
            token_type: v1,
            expires_in: v2,
        })
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
