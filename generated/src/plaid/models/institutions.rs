// @generated from specs/plaid/: the models of the `institutions` operations. Do not edit: run `cargo run -p generator -- generate`.

/// A financial institution Plaid supports.
#[derive(Clone, Debug, PartialEq)]
pub struct Institution {
    /// Unique identifier for the institution.
    pub institution_id: String,
    /// The official name of the institution.
    pub name: String,
    /// The Plaid products the institution supports.
    pub products: Vec<super::Products>,
    /// The countries the institution serves.
    pub country_codes: Vec<super::CountryCode>,
    /// Whether the institution connects through OAuth.
    pub oauth: bool,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl Institution {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> InstitutionBuilder {
        <InstitutionBuilder as ::core::default::Default>::default()
    }
}
impl ::serde::Serialize for Institution {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("institution_id", &self.institution_id)?;
        state.serialize_entry("name", &self.name)?;
        state.serialize_entry("products", &self.products)?;
        state.serialize_entry("country_codes", &self.country_codes)?;
        state.serialize_entry("oauth", &self.oauth)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Institution {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "institution_id",
            "name",
            "products",
            "country_codes",
            "oauth",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Institution;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "Institution")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Institution, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<Vec<super::Products>> = None;
                let mut v3: Option<Vec<super::CountryCode>> = None;
                let mut v4: Option<bool> = None;
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
                                "institution_id",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "name")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v2,
                                "products",
                            )?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v3,
                                "country_codes",
                            )?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "oauth")?
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
                Ok(Institution {
                    institution_id: crate::runtime::wire::required(
                        v0,
                        "institution_id",
                    )?,
                    name: crate::runtime::wire::required(v1, "name")?,
                    products: crate::runtime::wire::required(v2, "products")?,
                    country_codes: crate::runtime::wire::required(v3, "country_codes")?,
                    oauth: crate::runtime::wire::required(v4, "oauth")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
/// Builds a [`Institution`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct InstitutionBuilder {
    institution_id: Option<String>,
    name: Option<String>,
    products: Option<Vec<super::Products>>,
    country_codes: Option<Vec<super::CountryCode>>,
    oauth: Option<bool>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl InstitutionBuilder {
    /// Sets `institution_id`.
    pub fn institution_id(mut self, value: impl Into<String>) -> Self {
        self.institution_id = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `products`.
    pub fn products(mut self, value: Vec<super::Products>) -> Self {
        self.products = Some(value);
        self
    }
    /// Sets `country_codes`.
    pub fn country_codes(mut self, value: Vec<super::CountryCode>) -> Self {
        self.country_codes = Some(value);
        self
    }
    /// Sets `oauth`.
    pub fn oauth(mut self, value: bool) -> Self {
        self.oauth = Some(value);
        self
    }
    /// Sets one property beyond the documented ones.
    pub fn property(
        mut self,
        key: impl Into<String>,
        value: ::serde_json::Value,
    ) -> Self {
        self.additional_properties.insert(key.into(), value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<Institution, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "Institution",
            field,
        };
        Ok(Institution {
            institution_id: self.institution_id.ok_or(missing("institution_id"))?,
            name: self.name.ok_or(missing("name"))?,
            products: self.products.ok_or(missing("products"))?,
            country_codes: self.country_codes.ok_or(missing("country_codes"))?,
            oauth: self.oauth.ok_or(missing("oauth"))?,
            additional_properties: self.additional_properties,
        })
    }
}
/// InstitutionsGetRequest defines the request schema for `/institutions/get`
#[derive(Clone, PartialEq)]
pub struct InstitutionsGetRequest {
    /// The total number of institutions to return (1 to 500).
    pub count: i64,
    /// The number of institutions to skip.
    pub offset: i64,
    /// Institutions that support one of these countries.
    pub country_codes: Vec<super::CountryCode>,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    pub secret: Option<String>,
}
impl InstitutionsGetRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(count: i64, offset: i64, country_codes: Vec<super::CountryCode>) -> Self {
        Self {
            count,
            offset,
            country_codes,
            client_id: None,
            secret: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> InstitutionsGetRequestBuilder {
        <InstitutionsGetRequestBuilder as ::core::default::Default>::default()
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
}
impl ::serde::Serialize for InstitutionsGetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("InstitutionsGetRequest", 5)?;
        state.serialize_field("count", &self.count)?;
        state.serialize_field("offset", &self.offset)?;
        state.serialize_field("country_codes", &self.country_codes)?;
        if self.client_id.is_some() {
            state.serialize_field("client_id", &self.client_id)?;
        }
        if self.secret.is_some() {
            state.serialize_field("secret", &self.secret)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InstitutionsGetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "count",
            "offset",
            "country_codes",
            "client_id",
            "secret",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InstitutionsGetRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "InstitutionsGetRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<InstitutionsGetRequest, A::Error> {
                Ok(InstitutionsGetRequest {
                    count: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct InstitutionsGetRequest with 5 elements",
                    )?,
                    offset: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct InstitutionsGetRequest with 5 elements",
                    )?,
                    country_codes: crate::runtime::wire::element_or_empty(
                        &mut seq,
                        2,
                        "struct InstitutionsGetRequest with 5 elements",
                    )?,
                    client_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    secret: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InstitutionsGetRequest, A::Error> {
                let mut v0: Option<i64> = None;
                let mut v1: Option<i64> = None;
                let mut v2: Option<Vec<super::CountryCode>> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "count")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "offset")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v2,
                                "country_codes",
                            )?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "client_id")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "secret")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(InstitutionsGetRequest {
                    count: crate::runtime::wire::required(v0, "count")?,
                    offset: crate::runtime::wire::required(v1, "offset")?,
                    country_codes: crate::runtime::wire::required(v2, "country_codes")?,
                    client_id: v3.unwrap_or_default(),
                    secret: v4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("InstitutionsGetRequest", FIELDS, __Visitor)
    }
}
/// Builds a [`InstitutionsGetRequest`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct InstitutionsGetRequestBuilder {
    count: Option<i64>,
    offset: Option<i64>,
    country_codes: Option<Vec<super::CountryCode>>,
    client_id: Option<String>,
    secret: Option<String>,
}
impl InstitutionsGetRequestBuilder {
    /// Sets `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
    /// Sets `offset`.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sets `country_codes`.
    pub fn country_codes(mut self, value: Vec<super::CountryCode>) -> Self {
        self.country_codes = Some(value);
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
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<InstitutionsGetRequest, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "InstitutionsGetRequest",
            field,
        };
        Ok(InstitutionsGetRequest {
            count: self.count.ok_or(missing("count"))?,
            offset: self.offset.ok_or(missing("offset"))?,
            country_codes: self.country_codes.ok_or(missing("country_codes"))?,
            client_id: self.client_id,
            secret: self.secret,
        })
    }
}
impl std::fmt::Debug for InstitutionsGetRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstitutionsGetRequest")
            .field("count", &self.count)
            .field("offset", &self.offset)
            .field("country_codes", &self.country_codes)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// InstitutionsGetResponse defines the response schema for `/institutions/get`
#[derive(Clone, Debug, PartialEq)]
pub struct InstitutionsGetResponse {
    /// A page of institutions.
    pub institutions: Vec<super::Institution>,
    /// The total number of institutions that match.
    pub total: i64,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl InstitutionsGetResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        institutions: Vec<super::Institution>,
        total: i64,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            institutions,
            total,
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
impl ::serde::Serialize for InstitutionsGetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("institutions", &self.institutions)?;
        state.serialize_entry("total", &self.total)?;
        state.serialize_entry("request_id", &self.request_id)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InstitutionsGetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["institutions", "total", "request_id"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InstitutionsGetResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "InstitutionsGetResponse")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InstitutionsGetResponse, A::Error> {
                let mut v0: Option<Vec<super::Institution>> = None;
                let mut v1: Option<i64> = None;
                let mut v2: Option<String> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v0,
                                "institutions",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "total")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "request_id")?
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
                Ok(InstitutionsGetResponse {
                    institutions: crate::runtime::wire::required(v0, "institutions")?,
                    total: crate::runtime::wire::required(v1, "total")?,
                    request_id: crate::runtime::wire::required(v2, "request_id")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
