// @generated from specs/dwolla/: the models whose names start with `Verified`. Do not edit: run `cargo run -p generator -- generate`.

/// A verified business (LLC, corporation or partnership) together with its controller.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerifiedBusinessCustomer {
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
    /// Always `business`.
    pub r#type: ::monostate::MustBe!("business"),
    /// Verification state of the business.
    ///
    /// Example: `verified`
    pub status: super::VerifiedBusinessCustomerStatus,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// City.
    ///
    /// Example: `Ames`
    pub city: String,
    /// Two-letter US state abbreviation.
    ///
    /// Example: `IA`
    pub state: String,
    /// US ZIP code.
    ///
    /// Example: `50010`
    #[serde(rename = "postalCode")]
    pub postal_code: String,
    /// Business phone number.
    ///
    /// Example: `5035550199`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Business website.
    ///
    /// Example: `https://cedarrowbakery.example.com`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// Registered name of the business.
    ///
    /// Example: `Cedar Row Bakery LLC`
    #[serde(rename = "businessName")]
    pub business_name: String,
    /// Trade name, if different from the registered name.
    ///
    /// Example: `Cedar Row`
    #[serde(rename = "doingBusinessAs")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doing_business_as: Option<String>,
    /// Legal structure of the business.
    ///
    /// Example: `llc`
    #[serde(rename = "businessType")]
    pub business_type: super::VerifiedBusinessCustomerBusinessType,
    /// Identifier of the industry classification chosen for the business.
    ///
    /// Example: `9ed3a866-7d6f-11e3-a0ce-5404a6144203`
    #[serde(rename = "businessClassification")]
    pub business_classification: String,
    /// The person with significant control over the business.
    pub controller: super::VerifiedBusinessCustomerController,
}
#[allow(deprecated)]
impl VerifiedBusinessCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        links: std::collections::BTreeMap<String, super::HalLink>,
        id: impl Into<String>,
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
        created: ::chrono::DateTime<::chrono::Utc>,
        status: super::VerifiedBusinessCustomerStatus,
        address1: impl Into<String>,
        city: impl Into<String>,
        state: impl Into<String>,
        postal_code: impl Into<String>,
        business_name: impl Into<String>,
        business_type: super::VerifiedBusinessCustomerBusinessType,
        business_classification: impl Into<String>,
        controller: super::VerifiedBusinessCustomerController,
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
            address1: address1.into(),
            address2: None,
            city: city.into(),
            state: state.into(),
            postal_code: postal_code.into(),
            phone: None,
            website: None,
            business_name: business_name.into(),
            doing_business_as: None,
            business_type,
            business_classification: business_classification.into(),
            controller,
        }
    }
}
/// Legal structure of a verified business.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedBusinessCustomerBusinessType {
    /// `llc`
    Llc,
    /// `corporation`
    Corporation,
    /// `partnership`
    Partnership,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedBusinessCustomerBusinessType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Llc => "llc",
            Self::Corporation => "corporation",
            Self::Partnership => "partnership",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedBusinessCustomerBusinessType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "llc" => Self::Llc,
            "corporation" => Self::Corporation,
            "partnership" => Self::Partnership,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedBusinessCustomerBusinessType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedBusinessCustomerBusinessType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedBusinessCustomerBusinessType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedBusinessCustomerBusinessType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerBusinessType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedBusinessCustomerBusinessType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// Person who controls a verified business, such as an officer or managing member.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerifiedBusinessCustomerController {
    /// Given name of the controller.
    ///
    /// Example: `Daniel`
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Family name of the controller.
    ///
    /// Example: `Reyes`
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Job title of the controller.
    ///
    /// Example: `Chief Financial Officer`
    pub title: String,
    /// Residential address of the controller.
    pub address: super::VerifiedBusinessCustomerControllerAddress,
}
#[allow(deprecated)]
impl VerifiedBusinessCustomerController {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        title: impl Into<String>,
        address: super::VerifiedBusinessCustomerControllerAddress,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            title: title.into(),
            address,
        }
    }
}
/// Address of a business controller.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerifiedBusinessCustomerControllerAddress {
    /// First address line.
    ///
    /// Example: `77 Harbor Way`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// Second address line.
    ///
    /// Example: `Floor 2`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Third address line.
    ///
    /// Example: `Unit B`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address3: Option<String>,
    /// City.
    ///
    /// Example: `Portland`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Postal code.
    ///
    /// Example: `97209`
    #[serde(rename = "postalCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country code.
    ///
    /// Example: `US`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// State, province or region.
    ///
    /// Example: `OR`
    #[serde(rename = "stateProvinceRegion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_province_region: Option<String>,
}
#[allow(deprecated)]
impl VerifiedBusinessCustomerControllerAddress {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            address1: None,
            address2: None,
            address3: None,
            city: None,
            postal_code: None,
            country: None,
            state_province_region: None,
        }
    }
}
/// Possible states of a verified business Customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedBusinessCustomerStatus {
    /// `verified`
    Verified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// `document`
    Document,
    /// `retry`
    Retry,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedBusinessCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Document => "document",
            Self::Retry => "retry",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedBusinessCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "verified" => Self::Verified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            "document" => Self::Document,
            "retry" => Self::Retry,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedBusinessCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedBusinessCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedBusinessCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedBusinessCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedBusinessCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// An individual whose identity has been submitted for verification.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerifiedPersonalCustomer {
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
    /// Always `personal`.
    pub r#type: ::monostate::MustBe!("personal"),
    /// Verification state; values other than `verified` mean more information or a retry is needed, or the Customer is blocked.
    ///
    /// Example: `verified`
    pub status: super::VerifiedPersonalCustomerStatus,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// City.
    ///
    /// Example: `Ames`
    pub city: String,
    /// Two-letter US state abbreviation.
    ///
    /// Example: `IA`
    pub state: String,
    /// US ZIP code.
    ///
    /// Example: `50010`
    #[serde(rename = "postalCode")]
    pub postal_code: String,
}
#[allow(deprecated)]
impl VerifiedPersonalCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        links: std::collections::BTreeMap<String, super::HalLink>,
        id: impl Into<String>,
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
        created: ::chrono::DateTime<::chrono::Utc>,
        status: super::VerifiedPersonalCustomerStatus,
        address1: impl Into<String>,
        city: impl Into<String>,
        state: impl Into<String>,
        postal_code: impl Into<String>,
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
            address1: address1.into(),
            address2: None,
            city: city.into(),
            state: state.into(),
            postal_code: postal_code.into(),
        }
    }
}
/// Possible states of a verified personal Customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedPersonalCustomerStatus {
    /// `verified`
    Verified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// `document`
    Document,
    /// `retry`
    Retry,
    /// `kba`
    Kba,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedPersonalCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Document => "document",
            Self::Retry => "retry",
            Self::Kba => "kba",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedPersonalCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "verified" => Self::Verified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            "document" => Self::Document,
            "retry" => Self::Retry,
            "kba" => Self::Kba,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedPersonalCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedPersonalCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedPersonalCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedPersonalCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedPersonalCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedPersonalCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// A verified sole proprietorship. It shares `type` `business` with VerifiedBusinessCustomer and is told apart by `businessType`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerifiedSolePropCustomer {
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
    /// Always `business`.
    pub r#type: ::monostate::MustBe!("business"),
    /// Verification state of the Customer.
    ///
    /// Example: `verified`
    pub status: super::VerifiedSolePropCustomerStatus,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// City.
    ///
    /// Example: `Ames`
    pub city: String,
    /// Two-letter US state abbreviation.
    ///
    /// Example: `IA`
    pub state: String,
    /// US ZIP code.
    ///
    /// Example: `50010`
    #[serde(rename = "postalCode")]
    pub postal_code: String,
    /// Registered name of the business.
    ///
    /// Example: `Okafor Design Studio`
    #[serde(rename = "businessName")]
    pub business_name: String,
    /// Always `soleProprietorship`.
    #[serde(rename = "businessType")]
    pub business_type: ::monostate::MustBe!("soleProprietorship"),
    /// Identifier of the industry classification chosen for the business.
    ///
    /// Example: `9ed3a866-7d6f-11e3-a0ce-5404a6144203`
    #[serde(rename = "businessClassification")]
    pub business_classification: String,
}
#[allow(deprecated)]
impl VerifiedSolePropCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        links: std::collections::BTreeMap<String, super::HalLink>,
        id: impl Into<String>,
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
        created: ::chrono::DateTime<::chrono::Utc>,
        status: super::VerifiedSolePropCustomerStatus,
        address1: impl Into<String>,
        city: impl Into<String>,
        state: impl Into<String>,
        postal_code: impl Into<String>,
        business_name: impl Into<String>,
        business_classification: impl Into<String>,
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
            address1: address1.into(),
            address2: None,
            city: city.into(),
            state: state.into(),
            postal_code: postal_code.into(),
            business_name: business_name.into(),
            business_type: Default::default(),
            business_classification: business_classification.into(),
        }
    }
}
/// Possible states of a verified sole proprietorship.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedSolePropCustomerStatus {
    /// `verified`
    Verified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// `document`
    Document,
    /// `retry`
    Retry,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedSolePropCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Document => "document",
            Self::Retry => "retry",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedSolePropCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "verified" => Self::Verified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            "document" => Self::Document,
            "retry" => Self::Retry,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedSolePropCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedSolePropCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedSolePropCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedSolePropCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedSolePropCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedSolePropCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
