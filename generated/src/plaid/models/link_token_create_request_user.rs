// @generated from specs/plaid/models/components/linktokencreaterequestuser.md. Do not edit: run `cargo run -p generator -- generate`.

/// Information about the person who will link an account in this Link session.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenCreateRequestUser {
    /// Your own stable identifier for the end user, such as an internal user number. Do not put personal data such as an email address or phone number here.
    pub client_user_id: String,
    /// The user's full legal name. Used by micro-deposit verification flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// The user's phone number in E.164 form, for example `+14155550123`. Enables returning-user features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The user's email address. Enables returning-user features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The user's date of birth as `YYYY-MM-DD`. May be null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<::chrono::NaiveDate>,
}
#[allow(deprecated)]
impl LinkTokenCreateRequestUser {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(client_user_id: impl Into<String>) -> Self {
        Self {
            client_user_id: client_user_id.into(),
            legal_name: None,
            phone_number: None,
            email_address: None,
            date_of_birth: None,
        }
    }
}
