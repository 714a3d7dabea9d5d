// @generated from specs/dwolla/models/createverifiedpersonalcustomer.md. Do not edit: run `cargo run -p generator -- generate`.

/// Request body for creating a verified personal Customer; identity details are checked before the Customer can move larger amounts.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateVerifiedPersonalCustomer {
    /// Given name of the person.
    ///
    /// Example: `Maria`
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Family name of the person.
    ///
    /// Example: `Okafor`
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Email address of the person; must be unique among your Customers.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// IP address of the person at the time of sign-up.
    ///
    /// Example: `203.0.113.42`
    #[serde(rename = "ipAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// Phone number, digits only.
    ///
    /// Example: `3195550147`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Your own identifier for this Customer, handy for reconciling records.
    ///
    /// Example: `user-8841`
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// City of residence.
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
    /// Last four digits of the Social Security number (the full number may be required in some cases).
    ///
    /// Example: `6789`
    pub ssn: String,
    /// Date of birth in `YYYY-MM-DD` form.
    ///
    /// Example: `1988-04-17`
    #[serde(rename = "dateOfBirth")]
    pub date_of_birth: String,
}
#[allow(deprecated)]
impl CreateVerifiedPersonalCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
        address1: impl Into<String>,
        city: impl Into<String>,
        state: impl Into<String>,
        postal_code: impl Into<String>,
        ssn: impl Into<String>,
        date_of_birth: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            ip_address: None,
            phone: None,
            correlation_id: None,
            address1: address1.into(),
            address2: None,
            city: city.into(),
            state: state.into(),
            postal_code: postal_code.into(),
            ssn: ssn.into(),
            date_of_birth: date_of_birth.into(),
        }
    }
}
