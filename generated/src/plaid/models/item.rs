// @generated from specs/plaid/: the models of the `item` operations. Do not edit: run `cargo run -p generator -- generate`.

/// ItemPublicTokenExchangeRequest defines the request schema for `/item/public_token/exchange`. It trades the temporary public token from Link for a lasting access token.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
impl ItemPublicTokenExchangeRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(public_token: impl Into<String>) -> Self {
        Self {
            public_token: public_token.into(),
            client_id: None,
            secret: None,
        }
    }
    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
}
impl std::fmt::Debug for ItemPublicTokenExchangeRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemPublicTokenExchangeRequest")
            .field("public_token", &super::Redacted)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// ItemPublicTokenExchangeResponse defines the response schema for `/item/public_token/exchange`. It holds the access token and the ID of the linked Item.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ItemPublicTokenExchangeResponse {
    /// Long-lived token that authorises calls for this Item. Keep it secret on your server.
    pub access_token: String,
    /// Identifier of the Item, i.e. the login at one institution. Case sensitive.
    pub item_id: String,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ItemPublicTokenExchangeResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        access_token: impl Into<String>,
        item_id: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            item_id: item_id.into(),
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
impl std::fmt::Debug for ItemPublicTokenExchangeResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemPublicTokenExchangeResponse")
            .field("access_token", &super::Redacted)
            .field("item_id", &self.item_id)
            .field("request_id", &self.request_id)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}
/// ItemRemoveRequest defines the request schema for `/item/remove`. It deletes an Item and revokes its access token.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ItemRemoveRequest {
    /// Access token of the Item to delete.
    pub access_token: String,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
impl ItemRemoveRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(access_token: impl Into<String>) -> Self {
        Self {
            access_token: access_token.into(),
            client_id: None,
            secret: None,
        }
    }
    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
}
impl std::fmt::Debug for ItemRemoveRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemRemoveRequest")
            .field("access_token", &super::Redacted)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// ItemRemoveResponse defines the response schema for `/item/remove`. A successful reply only carries the request identifier.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ItemRemoveResponse {
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ItemRemoveResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
