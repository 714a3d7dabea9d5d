// @generated from specs/plaid/models/components/processortokencreaterequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// ProcessorTokenCreateRequest defines the request schema for `/processor/token/create`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProcessorTokenCreateRequest {
    /// The access token associated with the Item data is being requested for.
    pub access_token: String,
    /// The `account_id` value obtained from the `onSuccess` callback in Link
    pub account_id: String,
    /// The processor you are integrating with.
    pub processor: super::Processor,
    /// Your Plaid API `client_id`. The `client_id` is required and may be provided either in the `PLAID-CLIENT-ID` header or as part of a request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Your Plaid API `secret`. The `secret` is required and may be provided either in the `PLAID-SECRET` header or as part of a request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
#[allow(deprecated)]
impl ProcessorTokenCreateRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        access_token: impl Into<String>,
        account_id: impl Into<String>,
        processor: super::Processor,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            account_id: account_id.into(),
            processor,
            client_id: None,
            secret: None,
        }
    }
}
