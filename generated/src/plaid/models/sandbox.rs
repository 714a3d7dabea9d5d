// @generated from specs/plaid/: the models of the `sandbox` operations. Do not edit: run `cargo run -p generator -- generate`.

/// SandboxPublicTokenCreateRequest defines the request schema for `/sandbox/public_token/create`. In the Sandbox it creates a test Item without going through Link.
#[derive(Clone, PartialEq)]
pub struct SandboxPublicTokenCreateRequest {
    /// Sandbox institution to create the test Item at, for example `ins_109508`.
    pub institution_id: String,
    /// Products to initialise on the test Item. Must contain at least one entry.
    pub initial_products: Vec<super::Products>,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    pub secret: Option<String>,
    /// Token from `/user/create` to associate the test Item with a user.
    pub user_token: Option<String>,
}
impl SandboxPublicTokenCreateRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        institution_id: impl Into<String>,
        initial_products: Vec<super::Products>,
    ) -> Self {
        Self {
            institution_id: institution_id.into(),
            initial_products,
            client_id: None,
            secret: None,
            user_token: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> SandboxPublicTokenCreateRequestBuilder {
        <SandboxPublicTokenCreateRequestBuilder as ::core::default::Default>::default()
    }
    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets `user_token`.
    pub fn with_user_token(mut self, value: impl Into<String>) -> Self {
        self.user_token = Some(value.into());
        self
    }
}
impl ::serde::Serialize for SandboxPublicTokenCreateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("SandboxPublicTokenCreateRequest", 5)?;
        state.serialize_field("institution_id", &self.institution_id)?;
        state.serialize_field("initial_products", &self.initial_products)?;
        if self.client_id.is_some() {
            state.serialize_field("client_id", &self.client_id)?;
        }
        if self.secret.is_some() {
            state.serialize_field("secret", &self.secret)?;
        }
        if self.user_token.is_some() {
            state.serialize_field("user_token", &self.user_token)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SandboxPublicTokenCreateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "institution_id",
            "initial_products",
            "client_id",
            "secret",
            "user_token",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SandboxPublicTokenCreateRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "SandboxPublicTokenCreateRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<SandboxPublicTokenCreateRequest, A::Error> {
                Ok(SandboxPublicTokenCreateRequest {
                    institution_id: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct SandboxPublicTokenCreateRequest with 5 elements",
                    )?,
                    initial_products: crate::runtime::wire::element_or_empty(
                        &mut seq,
                        1,
                        "struct SandboxPublicTokenCreateRequest with 5 elements",
                    )?,
                    client_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    secret: crate::runtime::wire::element_or_default(&mut seq)?,
                    user_token: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SandboxPublicTokenCreateRequest, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<Vec<super::Products>> = None;
                let mut v2: Option<Option<String>> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<Option<String>> = None;
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
                                "institution_id",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v1,
                                "initial_products",
                            )?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "client_id")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "secret")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "user_token")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(SandboxPublicTokenCreateRequest {
                    institution_id: crate::runtime::wire::required(
                        v0,
                        "institution_id",
                    )?,
                    initial_products: crate::runtime::wire::required(
                        v1,
                        "initial_products",
                    )?,
                    client_id: v2.unwrap_or_default(),
                    secret: v3.unwrap_or_default(),
                    user_token: v4.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("SandboxPublicTokenCreateRequest", FIELDS, __Visitor)
    }
}
/// Builds a [`SandboxPublicTokenCreateRequest`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct SandboxPublicTokenCreateRequestBuilder {
    institution_id: Option<String>,
    initial_products: Option<Vec<super::Products>>,
    client_id: Option<String>,
    secret: Option<String>,
    user_token: Option<String>,
}
impl SandboxPublicTokenCreateRequestBuilder {
    /// Sets `institution_id`.
    pub fn institution_id(mut self, value: impl Into<String>) -> Self {
        self.institution_id = Some(value.into());
        self
    }
    /// Sets `initial_products`.
    pub fn initial_products(mut self, value: Vec<super::Products>) -> Self {
        self.initial_products = Some(value);
        self
    }
    /// Sets `client_id`.
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets `user_token`.
    pub fn user_token(mut self, value: impl Into<String>) -> Self {
        self.user_token = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<SandboxPublicTokenCreateRequest, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "SandboxPublicTokenCreateRequest",
            field,
        };
        Ok(SandboxPublicTokenCreateRequest {
            institution_id: self.institution_id.ok_or(missing("institution_id"))?,
            initial_products: self.initial_products.ok_or(missing("initial_products"))?,
            client_id: self.client_id,
            secret: self.secret,
            user_token: self.user_token,
        })
    }
}
impl std::fmt::Debug for SandboxPublicTokenCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxPublicTokenCreateRequest")
            .field("institution_id", &self.institution_id)
            .field("initial_products", &self.initial_products)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .field("user_token", &self.user_token.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// SandboxPublicTokenCreateResponse defines the response schema for `/sandbox/public_token/create`. It returns a public token for the freshly created test Item.
#[derive(Clone, PartialEq)]
pub struct SandboxPublicTokenCreateResponse {
    /// Public token for the new test Item; exchange it with `/item/public_token/exchange` to get an access token.
    pub public_token: String,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl SandboxPublicTokenCreateResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(public_token: impl Into<String>, request_id: impl Into<String>) -> Self {
        Self {
            public_token: public_token.into(),
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
impl ::serde::Serialize for SandboxPublicTokenCreateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("public_token", &self.public_token)?;
        state.serialize_entry("request_id", &self.request_id)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SandboxPublicTokenCreateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["public_token", "request_id"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = SandboxPublicTokenCreateResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "SandboxPublicTokenCreateResponse")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<SandboxPublicTokenCreateResponse, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "public_token",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "request_id")?
                        }
                        crate::runtime::wire::Key::Other(key) => {
                            crate::runtime::wire::other(
                                &mut map,
                                &mut additional_properties,
                                key,
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(SandboxPublicTokenCreateResponse {
                    public_token: crate::runtime::wire::required(v0, "public_token")?,
                    request_id: crate::runtime::wire::required(v1, "request_id")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl std::fmt::Debug for SandboxPublicTokenCreateResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SandboxPublicTokenCreateResponse")
            .field("public_token", &super::Redacted)
            .field("request_id", &self.request_id)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}
