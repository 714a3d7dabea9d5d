// @generated from specs/plaid/models/components/linktokengetrequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// LinkTokenGetRequest defines the request schema for `/link/token/get`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenGetRequest {
    /// A `link_token` from a previous invocation of `/link/token/create`
    pub link_token: String,
    /// Your Plaid API `client_id`. The `client_id` is required and may be provided either in the `PLAID-CLIENT-ID` header or as part of a request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Your Plaid API `secret`. The `secret` is required and may be provided either in the `PLAID-SECRET` header or as part of a request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
#[allow(deprecated)]
impl LinkTokenGetRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(link_token: impl Into<String>) -> Self {
        Self {
            link_token: link_token.into(),
            client_id: None,
            secret: None,
        }
    }
}
