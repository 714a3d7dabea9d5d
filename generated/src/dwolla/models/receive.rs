// @generated from specs/dwolla/: the models whose names start with `Receive`. Do not edit: run `cargo run -p generator -- generate`.

/// A receive-only user: can be paid but cannot send funds.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReceiveOnlyCustomer {
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
    pub(crate) r#type: ::monostate::MustBe!("receive-only"),
    /// Current state of the Customer.
    ///
    /// Example: `unverified`
    pub status: super::ReceiveOnlyCustomerStatus,
    /// Business name, if one was given.
    ///
    /// Example: `Okafor Design Studio`
    #[serde(rename = "businessName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
}
impl ReceiveOnlyCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> ReceiveOnlyCustomerBuilder {
        ReceiveOnlyCustomerBuilder::default()
    }
    /// Always `"receive-only"` on the wire.
    ///
    /// Always `receive-only`.
    pub fn r#type(&self) -> &'static str {
        "receive-only"
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
/// Builds a [`ReceiveOnlyCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct ReceiveOnlyCustomerBuilder {
    links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    id: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    correlation_id: Option<String>,
    created: Option<::chrono::DateTime<::chrono::Utc>>,
    status: Option<super::ReceiveOnlyCustomerStatus>,
    business_name: Option<String>,
}
impl ReceiveOnlyCustomerBuilder {
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
    pub fn status(mut self, value: super::ReceiveOnlyCustomerStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<ReceiveOnlyCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "ReceiveOnlyCustomer",
            field,
        };
        Ok(ReceiveOnlyCustomer {
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
/// Possible states of a receive-only user.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReceiveOnlyCustomerStatus {
    /// `unverified`
    Unverified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl ReceiveOnlyCustomerStatus {
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
impl From<String> for ReceiveOnlyCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for ReceiveOnlyCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for ReceiveOnlyCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ReceiveOnlyCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ReceiveOnlyCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReceiveOnlyCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for ReceiveOnlyCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
