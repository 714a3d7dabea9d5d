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
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("institution_id", &self.institution_id);
        out.field("name", &self.name);
        out.field("products", &self.products);
        out.field("country_codes", &self.country_codes);
        out.field("oauth", &self.oauth);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for Institution {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for Institution {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "Institution",
        fields: &["institution_id", "name", "products", "country_codes", "oauth"],
        keep: true,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<Vec<super::Products>>,
        Option<Vec<super::CountryCode>>,
        Option<bool>,
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
            2 => source.value_or_empty(&mut slots.2),
            3 => source.value_or_empty(&mut slots.3),
            4 => source.value(&mut slots.4),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.5, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), Some(v3), Some(v4), v5) = slots else {
            return Err(&[0, 1, 2, 3, 4]);
        };
        Ok(Institution {
            institution_id: v0,
            name: v1,
            products: v2,
            country_codes: v3,
            oauth: v4,
            additional_properties: v5,
        })
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
        let Self {
            institution_id: Some(institution_id),
            name: Some(name),
            products: Some(products),
            country_codes: Some(country_codes),
            oauth: Some(oauth),
            additional_properties,
        } = self else {
            let field = if self.institution_id.is_none() {
                "institution_id"
            } else if self.name.is_none() {
                "name"
            } else if self.products.is_none() {
                "products"
            } else if self.country_codes.is_none() {
                "country_codes"
            } else {
                "oauth"
            };
            return Err(crate::BuildError {
                model: "Institution",
                field,
            });
        };
        Ok(Institution {
            institution_id,
            name,
            products,
            country_codes,
            oauth,
            additional_properties,
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "InstitutionsGetRequest",
            5,
        );
        out.field("count", &self.count);
        out.field("offset", &self.offset);
        out.field("country_codes", &self.country_codes);
        out.optional("client_id", &self.client_id);
        out.optional("secret", &self.secret);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InstitutionsGetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for InstitutionsGetRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "InstitutionsGetRequest",
        fields: &["count", "offset", "country_codes", "client_id", "secret"],
        keep: false,
    };
    type Slots = (
        Option<i64>,
        Option<i64>,
        Option<Vec<super::CountryCode>>,
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
            1 => source.value(&mut slots.1),
            2 => source.value_or_empty(&mut slots.2),
            3 => source.optional(&mut slots.3),
            4 => source.optional(&mut slots.4),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3, v4) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(InstitutionsGetRequest {
            count: v0,
            offset: v1,
            country_codes: v2,
            client_id: v3,
            secret: v4,
        })
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
        let Self {
            count: Some(count),
            offset: Some(offset),
            country_codes: Some(country_codes),
            client_id,
            secret,
        } = self else {
            let field = if self.count.is_none() {
                "count"
            } else if self.offset.is_none() {
                "offset"
            } else {
                "country_codes"
            };
            return Err(crate::BuildError {
                model: "InstitutionsGetRequest",
                field,
            });
        };
        Ok(InstitutionsGetRequest {
            count,
            offset,
            country_codes,
            client_id,
            secret,
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
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("institutions", &self.institutions);
        out.field("total", &self.total);
        out.field("request_id", &self.request_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for InstitutionsGetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for InstitutionsGetResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "InstitutionsGetResponse",
        fields: &["institutions", "total", "request_id"],
        keep: true,
    };
    type Slots = (
        Option<Vec<super::Institution>>,
        Option<i64>,
        Option<String>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value_or_empty(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.value(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.3, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(InstitutionsGetResponse {
            institutions: v0,
            total: v1,
            request_id: v2,
            additional_properties: v3,
        })
    }
}
