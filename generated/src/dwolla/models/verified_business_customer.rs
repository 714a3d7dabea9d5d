// @generated from specs/dwolla/models/verifiedbusinesscustomer.md. Do not edit: run `cargo run -p generator -- generate`.

/// A verified business (LLC, corporation or partnership) together with its controller.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerifiedBusinessCustomer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    #[serde(rename = "_links")]
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
