// @generated from specs/dwolla/: the models whose names start with `Hal`. Do not edit: run `cargo run -p generator -- generate`.

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
