// @generated from specs/dwolla/models/createreceiveonlyuser.md. Do not edit: run `cargo run -p generator -- generate`.

/// Request body for creating a receive-only user, who can only be paid and cannot send money.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateReceiveOnlyUser {
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
    /// Name of the person's business, if any.
    ///
    /// Example: `Okafor Design Studio`
    #[serde(rename = "businessName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
}
#[allow(deprecated)]
impl CreateReceiveOnlyUser {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            ip_address: None,
            phone: None,
            correlation_id: None,
            business_name: None,
        }
    }
}
