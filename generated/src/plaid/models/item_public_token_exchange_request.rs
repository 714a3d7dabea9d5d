// @generated from specs/plaid/models/components/itempublictokenexchangerequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// ItemPublicTokenExchangeRequest defines the request schema for `/item/public_token/exchange`. It trades the temporary public token from Link for a lasting access token.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ItemPublicTokenExchangeRequest {
    /// The public token received from Link's `onSuccess` callback (or from the Sandbox).
    pub public_token: String,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
#[allow(deprecated)]
impl ItemPublicTokenExchangeRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(public_token: impl Into<String>) -> Self {
        Self {
            public_token: public_token.into(),
            client_id: None,
            secret: None,
        }
    }
}
