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
    /// Always `receive-only`.
    pub r#type: ::monostate::MustBe!("receive-only"),
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
#[allow(deprecated)]
impl ReceiveOnlyCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        links: std::collections::BTreeMap<String, super::HalLink>,
        id: impl Into<String>,
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
        created: ::chrono::DateTime<::chrono::Utc>,
        status: super::ReceiveOnlyCustomerStatus,
    ) -> Self {
        Self {
            links,
            id: id.into(),
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            correlation_id: None,
            created,
            r#type: Default::default(),
            status,
            business_name: None,
        }
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
