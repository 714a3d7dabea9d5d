// @generated from specs/plaid/: the models whose names start with `Item`. Do not edit: run `cargo run -p generator -- generate`.

/// An Item: one user's login at one financial institution, together with its product and consent state.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Item {
    /// Plaid's identifier for the Item. Linking the same login twice produces two different Items. Case sensitive.
    pub item_id: String,
    /// Webhook URL registered for the Item, or null.
    pub webhook: Option<String>,
    /// Current error state of the Item, or null when it is healthy.
    pub error: Option<super::PlaidError>,
    /// Products that could still be added to the Item and are not billed yet.
    #[serde(deserialize_with = "crate::runtime::null_as_empty")]
    pub available_products: Vec<super::Products>,
    /// Products already billed for the Item.
    #[serde(deserialize_with = "crate::runtime::null_as_empty")]
    pub billed_products: Vec<super::Products>,
    /// When the user's consent ends for institutions that limit it (ISO 8601). Null for most institutions.
    pub consent_expiration_time: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Whether the Item can be refreshed in the background or needs the user to be present.
    pub update_type: super::UpdateType,
    /// Plaid identifier of the institution, or null (for example for Items added through same-day micro-deposits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution_id: Option<String>,
    /// Products that have been initialised on the Item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<super::Products>>,
    /// Products the user has given consent for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consented_products: Option<Vec<super::Products>>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl Item {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        item_id: impl Into<String>,
        webhook: Option<String>,
        error: Option<super::PlaidError>,
        available_products: Vec<super::Products>,
        billed_products: Vec<super::Products>,
        consent_expiration_time: Option<::chrono::DateTime<::chrono::Utc>>,
        update_type: super::UpdateType,
    ) -> Self {
        Self {
            item_id: item_id.into(),
            webhook,
            error,
            available_products,
            billed_products,
            consent_expiration_time,
            update_type,
            institution_id: None,
            products: None,
            consented_products: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
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
/// ItemPublicTokenExchangeResponse defines the response schema for `/item/public_token/exchange`. It holds the access token and the ID of the linked Item.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
#[allow(deprecated)]
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
/// ItemRemoveRequest defines the request schema for `/item/remove`. It deletes an Item and revokes its access token.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
#[allow(deprecated)]
impl ItemRemoveRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(access_token: impl Into<String>) -> Self {
        Self {
            access_token: access_token.into(),
            client_id: None,
            secret: None,
        }
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
#[allow(deprecated)]
impl ItemRemoveResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
