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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "SandboxPublicTokenCreateRequest",
            5,
        );
        out.field("institution_id", &self.institution_id);
        out.field("initial_products", &self.initial_products);
        out.optional("client_id", &self.client_id);
        out.optional("secret", &self.secret);
        out.optional("user_token", &self.user_token);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for SandboxPublicTokenCreateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for SandboxPublicTokenCreateRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "SandboxPublicTokenCreateRequest",
        fields: &[
            "institution_id",
            "initial_products",
            "client_id",
            "secret",
            "user_token",
        ],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<Vec<super::Products>>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.value_or_empty(&mut slots.1),
            2 => source.optional(&mut slots.2),
            3 => source.optional(&mut slots.3),
            4 => source.optional(&mut slots.4),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), v2, v3, v4) = slots else {
            return Err(&[0, 1]);
        };
        Ok(SandboxPublicTokenCreateRequest {
            institution_id: v0,
            initial_products: v1,
            client_id: v2,
            secret: v3,
            user_token: v4,
        })
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
        let Self {
            institution_id: Some(institution_id),
            initial_products: Some(initial_products),
            client_id,
            secret,
            user_token,
        } = self else {
            let field = if self.institution_id.is_none() {
                "institution_id"
            } else {
                "initial_products"
            };
            return Err(crate::BuildError {
                model: "SandboxPublicTokenCreateRequest",
                field,
            });
        };
        Ok(SandboxPublicTokenCreateRequest {
            institution_id,
            initial_products,
            client_id,
            secret,
            user_token,
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
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("public_token", &self.public_token);
        out.field("request_id", &self.request_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for SandboxPublicTokenCreateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for SandboxPublicTokenCreateResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "SandboxPublicTokenCreateResponse",
        fields: &["public_token", "request_id"],
        keep: true,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.value(&mut slots.1),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.2, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), v2) = slots else {
            return Err(&[0, 1]);
        };
        Ok(SandboxPublicTokenCreateResponse {
            public_token: v0,
            request_id: v1,
            additional_properties: v2,
        })
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
