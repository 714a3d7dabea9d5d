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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("OAuthError", 1)?;
        if self.error.is_some() {
            state.serialize_field("error", &self.error)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for OAuthError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["error"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = OAuthError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "OAuthError")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<OAuthError, A::Error> {
                Ok(OAuthError {
                    error: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<OAuthError, A::Error> {
                let mut v0: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "error")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(OAuthError {
                    error: v0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("OAuthError", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("CreateApplicationAccessTokenRequest", 1)?;
        state.serialize_field("grant_type", &self.grant_type)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateApplicationAccessTokenRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["grant_type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateApplicationAccessTokenRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateApplicationAccessTokenRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateApplicationAccessTokenRequest, A::Error> {
                Ok(CreateApplicationAccessTokenRequest {
                    grant_type: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateApplicationAccessTokenRequest with 1 element",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateApplicationAccessTokenRequest, A::Error> {
                let mut v0: Option<super::GrantType> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "grant_type")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateApplicationAccessTokenRequest {
                    grant_type: crate::runtime::wire::required(v0, "grant_type")?,
                })
            }
        }
        deserializer
            .deserialize_struct("CreateApplicationAccessTokenRequest", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("CreateApplicationAccessTokenResponse", 3)?;
        state.serialize_field("access_token", &self.access_token)?;
        state.serialize_field("token_type", &self.token_type)?;
        state.serialize_field("expires_in", &self.expires_in)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateApplicationAccessTokenResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["access_token", "token_type", "expires_in"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateApplicationAccessTokenResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(
                    f,
                    "CreateApplicationAccessTokenResponse",
                )
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateApplicationAccessTokenResponse, A::Error> {
                Ok(CreateApplicationAccessTokenResponse {
                    access_token: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateApplicationAccessTokenResponse with 3 elements",
                    )?,
                    token_type: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateApplicationAccessTokenResponse with 3 elements",
                    )?,
                    expires_in: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct CreateApplicationAccessTokenResponse with 3 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateApplicationAccessTokenResponse, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<i64> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "access_token",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "token_type")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "expires_in")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateApplicationAccessTokenResponse {
                    access_token: crate::runtime::wire::required(v0, "access_token")?,
                    token_type: crate::runtime::wire::required(v1, "token_type")?,
                    expires_in: crate::runtime::wire::required(v2, "expires_in")?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "CreateApplicationAccessTokenResponse",
                FIELDS,
                __Visitor,
            )
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
