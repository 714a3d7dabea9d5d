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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "DwollaErrorDetail",
            4,
        );
        out.optional("code", &self.code);
        out.optional("message", &self.message);
        out.optional("path", &self.path);
        out.optional("_links", &self.links);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DwollaErrorDetail {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for DwollaErrorDetail {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "DwollaErrorDetail",
        fields: &["code", "message", "path", "_links"],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            2 => source.optional(&mut slots.2),
            3 => source.optional(&mut slots.3),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1, v2, v3) = slots;
        Ok(DwollaErrorDetail {
            code: v0,
            message: v1,
            path: v2,
            links: v3,
        })
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "DwollaErrorEmbedded",
            1,
        );
        out.optional("errors", &self.errors);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DwollaErrorEmbedded {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for DwollaErrorEmbedded {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "DwollaErrorEmbedded",
        fields: &["errors"],
        keep: false,
    };
    type Slots = (Option<Vec<super::DwollaErrorDetail>>,);
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
        Ok(DwollaErrorEmbedded { errors: v0 })
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
        let mut out = crate::runtime::wire::Fields::new(serializer, "DwollaError", 3);
        out.field("code", &self.code);
        out.field("message", &self.message);
        out.optional("_embedded", &self.embedded);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for DwollaError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for DwollaError {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "DwollaError",
        fields: &["code", "message", "_embedded"],
        keep: false,
    };
    type Slots = (Option<String>, Option<String>, Option<super::DwollaErrorEmbedded>);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.optional(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), v2) = slots else {
            return Err(&[0, 1]);
        };
        Ok(DwollaError {
            code: v0,
            message: v1,
            embedded: v2,
        })
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
        let mut out = crate::runtime::wire::Fields::new(serializer, "HalLink", 3);
        out.optional("href", &self.href);
        out.optional("type", &self.r#type);
        out.optional("resource-type", &self.resource_type);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for HalLink {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for HalLink {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "HalLink",
        fields: &["href", "type", "resource-type"],
        keep: false,
    };
    type Slots = (Option<String>, Option<String>, Option<String>);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            2 => source.optional(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1, v2) = slots;
        Ok(HalLink {
            href: v0,
            r#type: v1,
            resource_type: v2,
        })
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateApplicationAccessTokenSecurity",
            1,
        );
        out.field("basic_auth", &self.basic_auth);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateApplicationAccessTokenSecurity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateApplicationAccessTokenSecurity {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateApplicationAccessTokenSecurity",
        fields: &["basic_auth"],
        keep: false,
    };
    type Slots = (Option<String>,);
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
        Ok(CreateApplicationAccessTokenSecurity {
            basic_auth: v0,
        })
    }
}
