// @generated from specs/dwolla/: the models whose names start with `Unverified`. Do not edit: run `cargo run -p generator -- generate`.

/// A Customer of type `unverified`: no identity verification, lower limits.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnverifiedCustomer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    #[serde(rename = "_links")]
    #[serde(deserialize_with = "crate::runtime::null_as_empty")]
    pub links: std::collections::BTreeMap<String, super::HalLink>,
    /// Identifier of the Customer.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
    /// Given name.
    ///
    /// Example: `Maria`
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Family name.
    ///
    /// Example: `Okafor`
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Email address.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// Your own identifier supplied when the Customer was created.
    ///
    /// Example: `user-8841`
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// When the Customer was created.
    ///
    /// Example: `2024-03-11T15:02:44.318Z`
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub(crate) r#type: ::monostate::MustBe!("unverified"),
    /// Current state of the Customer.
    ///
    /// Example: `unverified`
    pub status: super::UnverifiedCustomerStatus,
    /// Business name, if one was given.
    ///
    /// Example: `Okafor Design Studio`
    #[serde(rename = "businessName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
}
impl UnverifiedCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> UnverifiedCustomerBuilder {
        UnverifiedCustomerBuilder::default()
    }
    /// Always `"unverified"` on the wire.
    ///
    /// Always `unverified`.
    pub fn r#type(&self) -> &'static str {
        "unverified"
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn with_business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
}
/// Builds a [`UnverifiedCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct UnverifiedCustomerBuilder {
    links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    id: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    correlation_id: Option<String>,
    created: Option<::chrono::DateTime<::chrono::Utc>>,
    status: Option<super::UnverifiedCustomerStatus>,
    business_name: Option<String>,
}
impl UnverifiedCustomerBuilder {
    /// Sets `links`.
    pub fn links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: super::UnverifiedCustomerStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<UnverifiedCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "UnverifiedCustomer",
            field,
        };
        Ok(UnverifiedCustomer {
            links: self.links.ok_or(missing("links"))?,
            id: self.id.ok_or(missing("id"))?,
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            correlation_id: self.correlation_id,
            created: self.created.ok_or(missing("created"))?,
            r#type: Default::default(),
            status: self.status.ok_or(missing("status"))?,
            business_name: self.business_name,
        })
    }
}
/// Possible states of an unverified Customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnverifiedCustomerStatus {
    /// `unverified`
    Unverified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl UnverifiedCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for UnverifiedCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for UnverifiedCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for UnverifiedCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for UnverifiedCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UnverifiedCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnverifiedCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for UnverifiedCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
