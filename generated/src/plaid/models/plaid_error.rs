// @generated from specs/plaid/models/components/plaiderror.md. Do not edit: run `cargo run -p generator -- generate`.

/// Error object returned by Plaid when a call fails, and also used to describe the error state of an Item. `error_type` gives the broad class and `error_code` the precise reason.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlaidError {
    /// Broad category of the error; safe to branch on in code.
    pub error_type: super::PlaidErrorType,
    /// Precise error code, for example `ITEM_LOGIN_REQUIRED`; safe to branch on in code.
    pub error_code: String,
    /// Explanation aimed at developers. The text may change, so do not parse it.
    pub error_message: String,
    /// Message suitable for showing to the end user, or null when the error is not something the user can act on.
    pub display_message: Option<String>,
    /// Identifier of the failed request, useful when asking Plaid for help. Absent in webhook payloads.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Underlying per-Item errors for calls that touch several Items at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub causes: Option<Vec<::serde_json::Value>>,
    /// HTTP status code of the error; mainly filled in when the error is delivered through a webhook.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// Link to Plaid documentation about this error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documentation_url: Option<String>,
    /// Recommended next step for resolving the error, or null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_action: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl PlaidError {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        error_type: super::PlaidErrorType,
        error_code: impl Into<String>,
        error_message: impl Into<String>,
        display_message: Option<String>,
    ) -> Self {
        Self {
            error_type,
            error_code: error_code.into(),
            error_message: error_message.into(),
            display_message,
            request_id: None,
            causes: None,
            status: None,
            documentation_url: None,
            suggested_action: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
