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
impl Item {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> ItemBuilder {
        ItemBuilder::default()
    }
    /// Sets `webhook`.
    pub fn with_webhook(mut self, value: impl Into<String>) -> Self {
        self.webhook = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn with_error(mut self, value: super::PlaidError) -> Self {
        self.error = Some(value);
        self
    }
    /// Sets `consent_expiration_time`.
    pub fn with_consent_expiration_time(
        mut self,
        value: ::chrono::DateTime<::chrono::Utc>,
    ) -> Self {
        self.consent_expiration_time = Some(value);
        self
    }
    /// Sets `institution_id`.
    pub fn with_institution_id(mut self, value: impl Into<String>) -> Self {
        self.institution_id = Some(value.into());
        self
    }
    /// Sets `products`.
    pub fn with_products(mut self, value: Vec<super::Products>) -> Self {
        self.products = Some(value);
        self
    }
    /// Sets `consented_products`.
    pub fn with_consented_products(mut self, value: Vec<super::Products>) -> Self {
        self.consented_products = Some(value);
        self
    }
}
/// Builds a [`Item`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct ItemBuilder {
    item_id: Option<String>,
    webhook: Option<String>,
    error: Option<super::PlaidError>,
    available_products: Option<Vec<super::Products>>,
    billed_products: Option<Vec<super::Products>>,
    consent_expiration_time: Option<::chrono::DateTime<::chrono::Utc>>,
    update_type: Option<super::UpdateType>,
    institution_id: Option<String>,
    products: Option<Vec<super::Products>>,
    consented_products: Option<Vec<super::Products>>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ItemBuilder {
    /// Sets `item_id`.
    pub fn item_id(mut self, value: impl Into<String>) -> Self {
        self.item_id = Some(value.into());
        self
    }
    /// Sets `webhook`.
    pub fn webhook(mut self, value: impl Into<String>) -> Self {
        self.webhook = Some(value.into());
        self
    }
    /// Sets `error`.
    pub fn error(mut self, value: super::PlaidError) -> Self {
        self.error = Some(value);
        self
    }
    /// Sets `available_products`.
    pub fn available_products(mut self, value: Vec<super::Products>) -> Self {
        self.available_products = Some(value);
        self
    }
    /// Sets `billed_products`.
    pub fn billed_products(mut self, value: Vec<super::Products>) -> Self {
        self.billed_products = Some(value);
        self
    }
    /// Sets `consent_expiration_time`.
    pub fn consent_expiration_time(
        mut self,
        value: ::chrono::DateTime<::chrono::Utc>,
    ) -> Self {
        self.consent_expiration_time = Some(value);
        self
    }
    /// Sets `update_type`.
    pub fn update_type(mut self, value: super::UpdateType) -> Self {
        self.update_type = Some(value);
        self
    }
    /// Sets `institution_id`.
    pub fn institution_id(mut self, value: impl Into<String>) -> Self {
        self.institution_id = Some(value.into());
        self
    }
    /// Sets `products`.
    pub fn products(mut self, value: Vec<super::Products>) -> Self {
        self.products = Some(value);
        self
    }
    /// Sets `consented_products`.
    pub fn consented_products(mut self, value: Vec<super::Products>) -> Self {
        self.consented_products = Some(value);
        self
    }
    /// Sets one property beyond the documented ones.
    pub fn property(
        mut self,
        key: impl Into<String>,
        value: ::serde_json::Value,
    ) -> Self {
        self.additional_properties.insert(key.into(), value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<Item, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "Item",
            field,
        };
        Ok(Item {
            item_id: self.item_id.ok_or(missing("item_id"))?,
            webhook: self.webhook,
            error: self.error,
            available_products: self
                .available_products
                .ok_or(missing("available_products"))?,
            billed_products: self.billed_products.ok_or(missing("billed_products"))?,
            consent_expiration_time: self.consent_expiration_time,
            update_type: self.update_type.ok_or(missing("update_type"))?,
            institution_id: self.institution_id,
            products: self.products,
            consented_products: self.consented_products,
            additional_properties: self.additional_properties,
        })
    }
}
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
