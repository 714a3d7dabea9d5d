// @generated from specs/dwolla/: the models that several resources, or no operation, use. Do not edit: run `cargo run -p generator -- generate`.

/// One problem found in a request, usually a single invalid field.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DwollaErrorDetail {
    /// Machine-readable reason for this problem.
    ///
    /// Example: `NotFound`
    pub code: Option<String>,
    /// Human-readable explanation.
    ///
    /// Example: `The funding source could not be found.`
    pub message: Option<String>,
    /// JSON pointer to the request field at fault.
    ///
    /// Example: `/_links/source/href`
    pub path: Option<String>,
    /// Free-form object of related links; often empty.
    pub links: Option<::serde_json::Value>,
}
impl DwollaErrorDetail {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            code: None,
            message: None,
            path: None,
            links: None,
        }
    }
    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// Sets `message`.
    pub fn with_message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `path`.
    pub fn with_path(mut self, value: impl Into<String>) -> Self {
        self.path = Some(value.into());
        self
    }
    /// Sets `links`.
    pub fn with_links(mut self, value: ::serde_json::Value) -> Self {
        self.links = Some(value);
        self
    }
}
impl ::serde::Serialize for DwollaErrorDetail {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("DwollaErrorDetail", 4)?;
        if self.code.is_some() {
            state.serialize_field("code", &self.code)?;
        }
        if self.message.is_some() {
            state.serialize_field("message", &self.message)?;
        }
        if self.path.is_some() {
            state.serialize_field("path", &self.path)?;
        }
        if self.links.is_some() {
            state.serialize_field("_links", &self.links)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DwollaErrorDetail {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["code", "message", "path", "_links"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = DwollaErrorDetail;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "DwollaErrorDetail")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<DwollaErrorDetail, A::Error> {
                Ok(DwollaErrorDetail {
                    code: crate::runtime::wire::element_or_default(&mut seq)?,
                    message: crate::runtime::wire::element_or_default(&mut seq)?,
                    path: crate::runtime::wire::element_or_default(&mut seq)?,
                    links: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DwollaErrorDetail, A::Error> {
                let mut v0: Option<Option<String>> = None;
                let mut v1: Option<Option<String>> = None;
                let mut v2: Option<Option<String>> = None;
                let mut v3: Option<Option<::serde_json::Value>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "code")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "message")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "path")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "_links")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(DwollaErrorDetail {
                    code: v0.unwrap_or_default(),
                    message: v1.unwrap_or_default(),
                    path: v2.unwrap_or_default(),
                    links: v3.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("DwollaErrorDetail", FIELDS, __Visitor)
    }
}
/// Embedded resources of an error response.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DwollaErrorEmbedded {
    /// Individual problems that make up the error.
    pub errors: Option<Vec<super::DwollaErrorDetail>>,
}
impl DwollaErrorEmbedded {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { errors: None }
    }
    /// Sets `errors`.
    pub fn with_errors(mut self, value: Vec<super::DwollaErrorDetail>) -> Self {
        self.errors = Some(value);
        self
    }
}
impl ::serde::Serialize for DwollaErrorEmbedded {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("DwollaErrorEmbedded", 1)?;
        if self.errors.is_some() {
            state.serialize_field("errors", &self.errors)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DwollaErrorEmbedded {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["errors"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = DwollaErrorEmbedded;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "DwollaErrorEmbedded")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<DwollaErrorEmbedded, A::Error> {
                Ok(DwollaErrorEmbedded {
                    errors: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DwollaErrorEmbedded, A::Error> {
                let mut v0: Option<Option<Vec<super::DwollaErrorDetail>>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "errors")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(DwollaErrorEmbedded {
                    errors: v0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("DwollaErrorEmbedded", FIELDS, __Visitor)
    }
}
/// Error body returned by the Dwolla API for failed requests. `code` names the kind of failure; validation failures list the individual problems under `embedded.errors`.
#[derive(Clone, Debug, PartialEq)]
pub struct DwollaError {
    /// Machine-readable error code, for example `ValidationError`, `NotFound` or `Forbidden`.
    ///
    /// Example: `ValidationError`
    pub code: String,
    /// Human-readable summary of what went wrong.
    ///
    /// Example: `The request has invalid fields; see the embedded errors.`
    pub message: String,
    /// Details for validation errors.
    pub embedded: Option<super::DwollaErrorEmbedded>,
}
impl DwollaError {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            embedded: None,
        }
    }
    /// Sets `embedded`.
    pub fn with_embedded(mut self, value: super::DwollaErrorEmbedded) -> Self {
        self.embedded = Some(value);
        self
    }
}
impl ::serde::Serialize for DwollaError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("DwollaError", 3)?;
        state.serialize_field("code", &self.code)?;
        state.serialize_field("message", &self.message)?;
        if self.embedded.is_some() {
            state.serialize_field("_embedded", &self.embedded)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DwollaError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["code", "message", "_embedded"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = DwollaError;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "DwollaError")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<DwollaError, A::Error> {
                Ok(DwollaError {
                    code: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct DwollaError with 3 elements",
                    )?,
                    message: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct DwollaError with 3 elements",
                    )?,
                    embedded: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DwollaError, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<Option<super::DwollaErrorEmbedded>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "code")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "message")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "_embedded")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(DwollaError {
                    code: crate::runtime::wire::required(v0, "code")?,
                    message: crate::runtime::wire::required(v1, "message")?,
                    embedded: v2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("DwollaError", FIELDS, __Visitor)
    }
}
/// A hypermedia link to a related resource, as used in HAL `_links` maps.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct HalLink {
    /// Absolute URL of the linked resource.
    ///
    /// Example: `https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub href: Option<String>,
    /// Media type served at the URL.
    ///
    /// Example: `application/vnd.dwolla.v1.hal+json`
    pub r#type: Option<String>,
    /// Kind of resource the link points to.
    ///
    /// Example: `customer`
    pub resource_type: Option<String>,
}
impl HalLink {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            href: None,
            r#type: None,
            resource_type: None,
        }
    }
    /// Sets `href`.
    pub fn with_href(mut self, value: impl Into<String>) -> Self {
        self.href = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn with_type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `resource_type`.
    pub fn with_resource_type(mut self, value: impl Into<String>) -> Self {
        self.resource_type = Some(value.into());
        self
    }
}
impl ::serde::Serialize for HalLink {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("HalLink", 3)?;
        if self.href.is_some() {
            state.serialize_field("href", &self.href)?;
        }
        if self.r#type.is_some() {
            state.serialize_field("type", &self.r#type)?;
        }
        if self.resource_type.is_some() {
            state.serialize_field("resource-type", &self.resource_type)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for HalLink {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["href", "type", "resource-type"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = HalLink;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "HalLink")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<HalLink, A::Error> {
                Ok(HalLink {
                    href: crate::runtime::wire::element_or_default(&mut seq)?,
                    r#type: crate::runtime::wire::element_or_default(&mut seq)?,
                    resource_type: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<HalLink, A::Error> {
                let mut v0: Option<Option<String>> = None;
                let mut v1: Option<Option<String>> = None;
                let mut v2: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "href")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "type")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v2,
                                "resource-type",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(HalLink {
                    href: v0.unwrap_or_default(),
                    r#type: v1.unwrap_or_default(),
                    resource_type: v2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("HalLink", FIELDS, __Visitor)
    }
}
/// Credentials for the token endpoint, which uses HTTP Basic authentication with your application key and secret.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateApplicationAccessTokenSecurity {
    /// HTTP Basic credentials built from your application key (username) and secret (password).
    pub basic_auth: String,
}
impl CreateApplicationAccessTokenSecurity {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(basic_auth: impl Into<String>) -> Self {
        Self {
            basic_auth: basic_auth.into(),
        }
    }
}
impl ::serde::Serialize for CreateApplicationAccessTokenSecurity {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("CreateApplicationAccessTokenSecurity", 1)?;
        state.serialize_field("basic_auth", &self.basic_auth)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateApplicationAccessTokenSecurity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["basic_auth"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateApplicationAccessTokenSecurity;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(
                    f,
                    "CreateApplicationAccessTokenSecurity",
                )
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateApplicationAccessTokenSecurity, A::Error> {
                Ok(CreateApplicationAccessTokenSecurity {
                    basic_auth: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateApplicationAccessTokenSecurity with 1 element",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateApplicationAccessTokenSecurity, A::Error> {
                let mut v0: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "basic_auth")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateApplicationAccessTokenSecurity {
                    basic_auth: crate::runtime::wire::required(v0, "basic_auth")?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "CreateApplicationAccessTokenSecurity",
                FIELDS,
                __Visitor,
            )
    }
}
