// @generated from specs/dwolla/: the models that several resources, or no operation, use. Do not edit: run `cargo run -p generator -- generate`.

/// One problem found in a request, usually a single invalid field.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DwollaErrorDetail {
    /// Machine-readable reason for this problem.
    ///
    /// Example: `NotFound`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Human-readable explanation.
    ///
    /// Example: `The funding source could not be found.`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// JSON pointer to the request field at fault.
    ///
    /// Example: `/_links/source/href`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Free-form object of related links; often empty.
    #[serde(rename = "_links")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// Embedded resources of an error response.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct DwollaErrorEmbedded {
    /// Individual problems that make up the error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// Error body returned by the Dwolla API for failed requests. `code` names the kind of failure; validation failures list the individual problems under `embedded.errors`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
    #[serde(rename = "_embedded")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// A hypermedia link to a related resource, as used in HAL `_links` maps.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct HalLink {
    /// Absolute URL of the linked resource.
    ///
    /// Example: `https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub href: Option<String>,
    /// Media type served at the URL.
    ///
    /// Example: `application/vnd.dwolla.v1.hal+json`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Kind of resource the link points to.
    ///
    /// Example: `customer`
    #[serde(rename = "resource-type")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// Credentials for the token endpoint, which uses HTTP Basic authentication with your application key and secret.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
