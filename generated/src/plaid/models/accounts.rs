// @generated from specs/plaid/: the models whose names start with `Accounts`. Do not edit: run `cargo run -p generator -- generate`.

/// AccountsGetRequest defines the request schema for `/accounts/get`. It asks for the accounts of one Item.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsGetRequest {
    /// Access token of the Item whose accounts are wanted.
    pub access_token: String,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Optional filters for the accounts that are returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<super::AccountsGetRequestOptions>,
}
impl AccountsGetRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(access_token: impl Into<String>) -> Self {
        Self {
            access_token: access_token.into(),
            client_id: None,
            secret: None,
            options: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> AccountsGetRequestBuilder {
        AccountsGetRequestBuilder::default()
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
    /// Sets `options`.
    pub fn with_options(mut self, value: super::AccountsGetRequestOptions) -> Self {
        self.options = Some(value);
        self
    }
}
/// Builds a [`AccountsGetRequest`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct AccountsGetRequestBuilder {
    access_token: Option<String>,
    client_id: Option<String>,
    secret: Option<String>,
    options: Option<super::AccountsGetRequestOptions>,
}
impl AccountsGetRequestBuilder {
    /// Sets `access_token`.
    pub fn access_token(mut self, value: impl Into<String>) -> Self {
        self.access_token = Some(value.into());
        self
    }
    /// Sets `client_id`.
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets `options`.
    pub fn options(mut self, value: super::AccountsGetRequestOptions) -> Self {
        self.options = Some(value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<AccountsGetRequest, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "AccountsGetRequest",
            field,
        };
        Ok(AccountsGetRequest {
            access_token: self.access_token.ok_or(missing("access_token"))?,
            client_id: self.client_id,
            secret: self.secret,
            options: self.options,
        })
    }
}
impl std::fmt::Debug for AccountsGetRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountsGetRequest")
            .field("access_token", &super::Redacted)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .field("options", &self.options)
            .finish()
    }
}
/// Filters that narrow down the result of `/accounts/get`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsGetRequestOptions {
    /// Only return the accounts with these `account_id` values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_ids: Option<Vec<String>>,
}
impl AccountsGetRequestOptions {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { account_ids: None }
    }
    /// Sets `account_ids`.
    pub fn with_account_ids(mut self, value: Vec<String>) -> Self {
        self.account_ids = Some(value);
        self
    }
}
/// AccountsGetResponse defines the response schema for `/accounts/get`. It lists the Item's accounts plus information about the Item itself.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountsGetResponse {
    /// The accounts reachable through this Item; closed accounts are not listed.
    #[serde(deserialize_with = "crate::runtime::null_as_empty")]
    pub accounts: Vec<super::AccountBase>,
    /// Information about the Item the accounts belong to.
    pub item: super::Item,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl AccountsGetResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        accounts: Vec<super::AccountBase>,
        item: super::Item,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            accounts,
            item,
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
