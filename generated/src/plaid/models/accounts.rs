// @generated from specs/plaid/: the models of the `accounts` operations. Do not edit: run `cargo run -p generator -- generate`.

/// Balance figures for an account. Unless fetched through the balance endpoint they may be cached.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountBalance {
    /// Funds that can currently be spent or withdrawn, or null when the institution does not report it.
    pub available: Option<f64>,
    /// Total funds held in the account or, for credit and loan accounts, the amount owed. May be null.
    pub current: Option<f64>,
    /// Credit limit for credit accounts or overdraft limit for depository accounts, or null.
    pub limit: Option<f64>,
    /// ISO 4217 currency of the balances. Null when `unofficial_currency_code` is set.
    pub iso_currency_code: Option<String>,
    /// Currency code for currencies without an ISO 4217 code (for example some crypto assets). Null when `iso_currency_code` is set.
    pub unofficial_currency_code: Option<String>,
    /// When the institution last refreshed the balance (ISO 8601). Only returned in a few cases; may be null.
    pub last_updated_datetime: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl AccountBalance {
    /// Sets `available`.
    pub fn with_available(mut self, value: f64) -> Self {
        self.available = Some(value);
        self
    }
    /// Sets `current`.
    pub fn with_current(mut self, value: f64) -> Self {
        self.current = Some(value);
        self
    }
    /// Sets `limit`.
    pub fn with_limit(mut self, value: f64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `iso_currency_code`.
    pub fn with_iso_currency_code(mut self, value: impl Into<String>) -> Self {
        self.iso_currency_code = Some(value.into());
        self
    }
    /// Sets `unofficial_currency_code`.
    pub fn with_unofficial_currency_code(mut self, value: impl Into<String>) -> Self {
        self.unofficial_currency_code = Some(value.into());
        self
    }
    /// Sets `last_updated_datetime`.
    pub fn with_last_updated_datetime(
        mut self,
        value: ::chrono::DateTime<::chrono::Utc>,
    ) -> Self {
        self.last_updated_datetime = Some(value);
        self
    }
}
impl ::serde::Serialize for AccountBalance {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("available", &self.available);
        out.field("current", &self.current);
        out.field("limit", &self.limit);
        out.field("iso_currency_code", &self.iso_currency_code);
        out.field("unofficial_currency_code", &self.unofficial_currency_code);
        out.optional("last_updated_datetime", &self.last_updated_datetime);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountBalance {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for AccountBalance {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "AccountBalance",
        fields: &[
            "available",
            "current",
            "limit",
            "iso_currency_code",
            "unofficial_currency_code",
            "last_updated_datetime",
        ],
        keep: true,
    };
    type Slots = (
        Option<f64>,
        Option<f64>,
        Option<f64>,
        Option<String>,
        Option<String>,
        Option<::chrono::DateTime<::chrono::Utc>>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.nullable(&mut slots.0),
            1 => source.nullable(&mut slots.1),
            2 => source.nullable(&mut slots.2),
            3 => source.nullable(&mut slots.3),
            4 => source.nullable(&mut slots.4),
            5 => source.optional(&mut slots.5),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.6, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1, v2, v3, v4, v5, v6) = slots;
        Ok(AccountBalance {
            available: v0,
            current: v1,
            limit: v2,
            iso_currency_code: v3,
            unofficial_currency_code: v4,
            last_updated_datetime: v5,
            additional_properties: v6,
        })
    }
}
/// One account held at a financial institution, as returned for an Item.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountBase {
    /// Plaid's identifier for the account. It stays the same unless the account can no longer be matched with the institution's data or the Item is re-created. Case sensitive.
    pub account_id: String,
    /// Balance figures for the account; these may be cached.
    pub balances: super::AccountBalance,
    /// The last 2 to 4 characters of the account number, or null. Not guaranteed to be unique within an Item.
    pub mask: Option<String>,
    /// Account name, chosen by the user or by the institution.
    pub name: String,
    /// The account's formal name at the institution, or null.
    pub official_name: Option<String>,
    /// Broad category of the account, such as `depository` or `credit`.
    pub r#type: super::AccountType,
    /// Finer category of the account, such as `checking` or `savings`, or null.
    pub subtype: Option<super::AccountSubtype>,
    /// Progress of micro-deposit based verification; only present for Auth Items that use it.
    pub verification_status: Option<super::AccountBaseVerificationStatus>,
    /// Identifier that remains the same for an account across different Items. Only available for some institutions.
    pub persistent_account_id: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl AccountBase {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> AccountBaseBuilder {
        <AccountBaseBuilder as ::core::default::Default>::default()
    }
    /// Sets `mask`.
    pub fn with_mask(mut self, value: impl Into<String>) -> Self {
        self.mask = Some(value.into());
        self
    }
    /// Sets `official_name`.
    pub fn with_official_name(mut self, value: impl Into<String>) -> Self {
        self.official_name = Some(value.into());
        self
    }
    /// Sets `subtype`.
    pub fn with_subtype(mut self, value: super::AccountSubtype) -> Self {
        self.subtype = Some(value);
        self
    }
    /// Sets `verification_status`.
    pub fn with_verification_status(
        mut self,
        value: super::AccountBaseVerificationStatus,
    ) -> Self {
        self.verification_status = Some(value);
        self
    }
    /// Sets `persistent_account_id`.
    pub fn with_persistent_account_id(mut self, value: impl Into<String>) -> Self {
        self.persistent_account_id = Some(value.into());
        self
    }
}
impl ::serde::Serialize for AccountBase {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("account_id", &self.account_id);
        out.field("balances", &self.balances);
        out.field("mask", &self.mask);
        out.field("name", &self.name);
        out.field("official_name", &self.official_name);
        out.field("type", &self.r#type);
        out.field("subtype", &self.subtype);
        out.optional("verification_status", &self.verification_status);
        out.optional("persistent_account_id", &self.persistent_account_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountBase {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for AccountBase {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "AccountBase",
        fields: &[
            "account_id",
            "balances",
            "mask",
            "name",
            "official_name",
            "type",
            "subtype",
            "verification_status",
            "persistent_account_id",
        ],
        keep: true,
    };
    type Slots = (
        Option<String>,
        Option<super::AccountBalance>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<super::AccountType>,
        Option<super::AccountSubtype>,
        Option<super::AccountBaseVerificationStatus>,
        Option<String>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.nullable(&mut slots.2),
            3 => source.value(&mut slots.3),
            4 => source.nullable(&mut slots.4),
            5 => source.value(&mut slots.5),
            6 => source.nullable(&mut slots.6),
            7 => source.optional(&mut slots.7),
            8 => source.optional(&mut slots.8),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.9, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), v2, Some(v3), v4, Some(v5), v6, v7, v8, v9) = slots
        else {
            return Err(&[0, 1, 3, 5]);
        };
        Ok(AccountBase {
            account_id: v0,
            balances: v1,
            mask: v2,
            name: v3,
            official_name: v4,
            r#type: v5,
            subtype: v6,
            verification_status: v7,
            persistent_account_id: v8,
            additional_properties: v9,
        })
    }
}
/// Builds a [`AccountBase`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct AccountBaseBuilder {
    account_id: Option<String>,
    balances: Option<super::AccountBalance>,
    mask: Option<String>,
    name: Option<String>,
    official_name: Option<String>,
    r#type: Option<super::AccountType>,
    subtype: Option<super::AccountSubtype>,
    verification_status: Option<super::AccountBaseVerificationStatus>,
    persistent_account_id: Option<String>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl AccountBaseBuilder {
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `balances`.
    pub fn balances(mut self, value: super::AccountBalance) -> Self {
        self.balances = Some(value);
        self
    }
    /// Sets `mask`.
    pub fn mask(mut self, value: impl Into<String>) -> Self {
        self.mask = Some(value.into());
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `official_name`.
    pub fn official_name(mut self, value: impl Into<String>) -> Self {
        self.official_name = Some(value.into());
        self
    }
    /// Sets `type`.
    pub fn r#type(mut self, value: super::AccountType) -> Self {
        self.r#type = Some(value);
        self
    }
    /// Sets `subtype`.
    pub fn subtype(mut self, value: super::AccountSubtype) -> Self {
        self.subtype = Some(value);
        self
    }
    /// Sets `verification_status`.
    pub fn verification_status(
        mut self,
        value: super::AccountBaseVerificationStatus,
    ) -> Self {
        self.verification_status = Some(value);
        self
    }
    /// Sets `persistent_account_id`.
    pub fn persistent_account_id(mut self, value: impl Into<String>) -> Self {
        self.persistent_account_id = Some(value.into());
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
    pub fn build(self) -> Result<AccountBase, crate::BuildError> {
        let Self {
            account_id: Some(account_id),
            balances: Some(balances),
            mask,
            name: Some(name),
            official_name,
            r#type: Some(r#type),
            subtype,
            verification_status,
            persistent_account_id,
            additional_properties,
        } = self else {
            let field = if self.account_id.is_none() {
                "account_id"
            } else if self.balances.is_none() {
                "balances"
            } else if self.name.is_none() {
                "name"
            } else {
                "type"
            };
            return Err(crate::BuildError {
                model: "AccountBase",
                field,
            });
        };
        Ok(AccountBase {
            account_id,
            balances,
            mask,
            name,
            official_name,
            r#type,
            subtype,
            verification_status,
            persistent_account_id,
            additional_properties,
        })
    }
}
/// State of micro-deposit verification for an account.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountBaseVerificationStatus {
    /// `automatically_verified`
    AutomaticallyVerified,
    /// `pending_automatic_verification`
    PendingAutomaticVerification,
    /// `pending_manual_verification`
    PendingManualVerification,
    /// `manually_verified`
    ManuallyVerified,
    /// `verification_expired`
    VerificationExpired,
    /// `verification_failed`
    VerificationFailed,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl AccountBaseVerificationStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutomaticallyVerified => "automatically_verified",
            Self::PendingAutomaticVerification => "pending_automatic_verification",
            Self::PendingManualVerification => "pending_manual_verification",
            Self::ManuallyVerified => "manually_verified",
            Self::VerificationExpired => "verification_expired",
            Self::VerificationFailed => "verification_failed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for AccountBaseVerificationStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "automatically_verified" => Self::AutomaticallyVerified,
            "pending_automatic_verification" => Self::PendingAutomaticVerification,
            "pending_manual_verification" => Self::PendingManualVerification,
            "manually_verified" => Self::ManuallyVerified,
            "verification_expired" => Self::VerificationExpired,
            "verification_failed" => Self::VerificationFailed,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for AccountBaseVerificationStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for AccountBaseVerificationStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for AccountBaseVerificationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccountBaseVerificationStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountBaseVerificationStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for AccountBaseVerificationStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// AccountsGetRequest defines the request schema for `/accounts/get`. It asks for the accounts of one Item.
#[derive(Clone, PartialEq)]
pub struct AccountsGetRequest {
    /// Access token of the Item whose accounts are wanted.
    pub access_token: String,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    pub secret: Option<String>,
    /// Optional filters for the accounts that are returned.
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
        <AccountsGetRequestBuilder as ::core::default::Default>::default()
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
impl ::serde::Serialize for AccountsGetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "AccountsGetRequest",
            4,
        );
        out.field("access_token", &self.access_token);
        out.optional("client_id", &self.client_id);
        out.optional("secret", &self.secret);
        out.optional("options", &self.options);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountsGetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for AccountsGetRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "AccountsGetRequest",
        fields: &["access_token", "client_id", "secret", "options"],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<super::AccountsGetRequestOptions>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.optional(&mut slots.1),
            2 => source.optional(&mut slots.2),
            3 => source.optional(&mut slots.3),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), v1, v2, v3) = slots else {
            return Err(&[0]);
        };
        Ok(AccountsGetRequest {
            access_token: v0,
            client_id: v1,
            secret: v2,
            options: v3,
        })
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
        let Self { access_token: Some(access_token), client_id, secret, options } = self
        else {
            let field = { "access_token" };
            return Err(crate::BuildError {
                model: "AccountsGetRequest",
                field,
            });
        };
        Ok(AccountsGetRequest {
            access_token,
            client_id,
            secret,
            options,
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
#[derive(Clone, Debug, PartialEq, Default)]
pub struct AccountsGetRequestOptions {
    /// Only return the accounts with these `account_id` values.
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
impl ::serde::Serialize for AccountsGetRequestOptions {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "AccountsGetRequestOptions",
            1,
        );
        out.optional("account_ids", &self.account_ids);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountsGetRequestOptions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for AccountsGetRequestOptions {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "AccountsGetRequestOptions",
        fields: &["account_ids"],
        keep: false,
    };
    type Slots = (Option<Vec<String>>,);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0,) = slots;
        Ok(AccountsGetRequestOptions {
            account_ids: v0,
        })
    }
}
/// AccountsGetResponse defines the response schema for `/accounts/get`. It lists the Item's accounts plus information about the Item itself.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountsGetResponse {
    /// The accounts reachable through this Item; closed accounts are not listed.
    pub accounts: Vec<super::AccountBase>,
    /// Information about the Item the accounts belong to.
    pub item: super::Item,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
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
impl ::serde::Serialize for AccountsGetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("accounts", &self.accounts);
        out.field("item", &self.item);
        out.field("request_id", &self.request_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountsGetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for AccountsGetResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "AccountsGetResponse",
        fields: &["accounts", "item", "request_id"],
        keep: true,
    };
    type Slots = (
        Option<Vec<super::AccountBase>>,
        Option<super::Item>,
        Option<String>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value_or_empty(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.value(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.3, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(AccountsGetResponse {
            accounts: v0,
            item: v1,
            request_id: v2,
            additional_properties: v3,
        })
    }
}
/// Finer category of an account within its type, for example `checking` or `savings` for depository accounts.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountSubtype {
    /// `401a`
    FourHundredAndOnea,
    /// `401k`
    FourHundredAndOnek,
    /// `403B`
    FourHundredAndThreeB,
    /// `457b`
    FourHundredAndFiftySevenb,
    /// `529`
    FiveHundredAndTwentyNine,
    /// `brokerage`
    Brokerage,
    /// `cash isa`
    CashIsa,
    /// `crypto exchange`
    CryptoExchange,
    /// `education savings account`
    EducationSavingsAccount,
    /// `ebt`
    Ebt,
    /// `fixed annuity`
    FixedAnnuity,
    /// `gic`
    Gic,
    /// `health reimbursement arrangement`
    HealthReimbursementArrangement,
    /// `hsa`
    Hsa,
    /// `isa`
    Isa,
    /// `ira`
    Ira,
    /// `lif`
    Lif,
    /// `life insurance`
    LifeInsurance,
    /// `lira`
    Lira,
    /// `lrif`
    Lrif,
    /// `lrsp`
    Lrsp,
    /// `non-custodial wallet`
    NonCustodialWallet,
    /// `non-taxable brokerage account`
    NonTaxableBrokerageAccount,
    /// `other`
    Other,
    /// `other insurance`
    OtherInsurance,
    /// `other annuity`
    OtherAnnuity,
    /// `prif`
    Prif,
    /// `rdsp`
    Rdsp,
    /// `resp`
    Resp,
    /// `rlif`
    Rlif,
    /// `rrif`
    Rrif,
    /// `pension`
    Pension,
    /// `profit sharing plan`
    ProfitSharingPlan,
    /// `retirement`
    Retirement,
    /// `roth`
    Roth,
    /// `roth 401k`
    Roth401k,
    /// `rrsp`
    Rrsp,
    /// `sep ira`
    SepIra,
    /// `simple ira`
    SimpleIra,
    /// `sipp`
    Sipp,
    /// `stock plan`
    StockPlan,
    /// `thrift savings plan`
    ThriftSavingsPlan,
    /// `tfsa`
    Tfsa,
    /// `trust`
    Trust,
    /// `ugma`
    Ugma,
    /// `utma`
    Utma,
    /// `variable annuity`
    VariableAnnuity,
    /// `credit card`
    CreditCard,
    /// `paypal`
    Paypal,
    /// `cd`
    Cd,
    /// `checking`
    Checking,
    /// `savings`
    Savings,
    /// `money market`
    MoneyMarket,
    /// `prepaid`
    Prepaid,
    /// `auto`
    Auto,
    /// `business`
    Business,
    /// `commercial`
    Commercial,
    /// `construction`
    Construction,
    /// `consumer`
    Consumer,
    /// `home equity`
    HomeEquity,
    /// `loan`
    Loan,
    /// `mortgage`
    Mortgage,
    /// `overdraft`
    Overdraft,
    /// `line of credit`
    LineOfCredit,
    /// `student`
    Student,
    /// `cash management`
    CashManagement,
    /// `keogh`
    Keogh,
    /// `mutual fund`
    MutualFund,
    /// `recurring`
    Recurring,
    /// `rewards`
    Rewards,
    /// `safe deposit`
    SafeDeposit,
    /// `sarsep`
    Sarsep,
    /// `payroll`
    Payroll,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl AccountSubtype {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FourHundredAndOnea => "401a",
            Self::FourHundredAndOnek => "401k",
            Self::FourHundredAndThreeB => "403B",
            Self::FourHundredAndFiftySevenb => "457b",
            Self::FiveHundredAndTwentyNine => "529",
            Self::Brokerage => "brokerage",
            Self::CashIsa => "cash isa",
            Self::CryptoExchange => "crypto exchange",
            Self::EducationSavingsAccount => "education savings account",
            Self::Ebt => "ebt",
            Self::FixedAnnuity => "fixed annuity",
            Self::Gic => "gic",
            Self::HealthReimbursementArrangement => "health reimbursement arrangement",
            Self::Hsa => "hsa",
            Self::Isa => "isa",
            Self::Ira => "ira",
            Self::Lif => "lif",
            Self::LifeInsurance => "life insurance",
            Self::Lira => "lira",
            Self::Lrif => "lrif",
            Self::Lrsp => "lrsp",
            Self::NonCustodialWallet => "non-custodial wallet",
            Self::NonTaxableBrokerageAccount => "non-taxable brokerage account",
            Self::Other => "other",
            Self::OtherInsurance => "other insurance",
            Self::OtherAnnuity => "other annuity",
            Self::Prif => "prif",
            Self::Rdsp => "rdsp",
            Self::Resp => "resp",
            Self::Rlif => "rlif",
            Self::Rrif => "rrif",
            Self::Pension => "pension",
            Self::ProfitSharingPlan => "profit sharing plan",
            Self::Retirement => "retirement",
            Self::Roth => "roth",
            Self::Roth401k => "roth 401k",
            Self::Rrsp => "rrsp",
            Self::SepIra => "sep ira",
            Self::SimpleIra => "simple ira",
            Self::Sipp => "sipp",
            Self::StockPlan => "stock plan",
            Self::ThriftSavingsPlan => "thrift savings plan",
            Self::Tfsa => "tfsa",
            Self::Trust => "trust",
            Self::Ugma => "ugma",
            Self::Utma => "utma",
            Self::VariableAnnuity => "variable annuity",
            Self::CreditCard => "credit card",
            Self::Paypal => "paypal",
            Self::Cd => "cd",
            Self::Checking => "checking",
            Self::Savings => "savings",
            Self::MoneyMarket => "money market",
            Self::Prepaid => "prepaid",
            Self::Auto => "auto",
            Self::Business => "business",
            Self::Commercial => "commercial",
            Self::Construction => "construction",
            Self::Consumer => "consumer",
            Self::HomeEquity => "home equity",
            Self::Loan => "loan",
            Self::Mortgage => "mortgage",
            Self::Overdraft => "overdraft",
            Self::LineOfCredit => "line of credit",
            Self::Student => "student",
            Self::CashManagement => "cash management",
            Self::Keogh => "keogh",
            Self::MutualFund => "mutual fund",
            Self::Recurring => "recurring",
            Self::Rewards => "rewards",
            Self::SafeDeposit => "safe deposit",
            Self::Sarsep => "sarsep",
            Self::Payroll => "payroll",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for AccountSubtype {
    fn from(value: String) -> Self {
        match value.as_str() {
            "401a" => Self::FourHundredAndOnea,
            "401k" => Self::FourHundredAndOnek,
            "403B" => Self::FourHundredAndThreeB,
            "457b" => Self::FourHundredAndFiftySevenb,
            "529" => Self::FiveHundredAndTwentyNine,
            "brokerage" => Self::Brokerage,
            "cash isa" => Self::CashIsa,
            "crypto exchange" => Self::CryptoExchange,
            "education savings account" => Self::EducationSavingsAccount,
            "ebt" => Self::Ebt,
            "fixed annuity" => Self::FixedAnnuity,
            "gic" => Self::Gic,
            "health reimbursement arrangement" => Self::HealthReimbursementArrangement,
            "hsa" => Self::Hsa,
            "isa" => Self::Isa,
            "ira" => Self::Ira,
            "lif" => Self::Lif,
            "life insurance" => Self::LifeInsurance,
            "lira" => Self::Lira,
            "lrif" => Self::Lrif,
            "lrsp" => Self::Lrsp,
            "non-custodial wallet" => Self::NonCustodialWallet,
            "non-taxable brokerage account" => Self::NonTaxableBrokerageAccount,
            "other" => Self::Other,
            "other insurance" => Self::OtherInsurance,
            "other annuity" => Self::OtherAnnuity,
            "prif" => Self::Prif,
            "rdsp" => Self::Rdsp,
            "resp" => Self::Resp,
            "rlif" => Self::Rlif,
            "rrif" => Self::Rrif,
            "pension" => Self::Pension,
            "profit sharing plan" => Self::ProfitSharingPlan,
            "retirement" => Self::Retirement,
            "roth" => Self::Roth,
            "roth 401k" => Self::Roth401k,
            "rrsp" => Self::Rrsp,
            "sep ira" => Self::SepIra,
            "simple ira" => Self::SimpleIra,
            "sipp" => Self::Sipp,
            "stock plan" => Self::StockPlan,
            "thrift savings plan" => Self::ThriftSavingsPlan,
            "tfsa" => Self::Tfsa,
            "trust" => Self::Trust,
            "ugma" => Self::Ugma,
            "utma" => Self::Utma,
            "variable annuity" => Self::VariableAnnuity,
            "credit card" => Self::CreditCard,
            "paypal" => Self::Paypal,
            "cd" => Self::Cd,
            "checking" => Self::Checking,
            "savings" => Self::Savings,
            "money market" => Self::MoneyMarket,
            "prepaid" => Self::Prepaid,
            "auto" => Self::Auto,
            "business" => Self::Business,
            "commercial" => Self::Commercial,
            "construction" => Self::Construction,
            "consumer" => Self::Consumer,
            "home equity" => Self::HomeEquity,
            "loan" => Self::Loan,
            "mortgage" => Self::Mortgage,
            "overdraft" => Self::Overdraft,
            "line of credit" => Self::LineOfCredit,
            "student" => Self::Student,
            "cash management" => Self::CashManagement,
            "keogh" => Self::Keogh,
            "mutual fund" => Self::MutualFund,
            "recurring" => Self::Recurring,
            "rewards" => Self::Rewards,
            "safe deposit" => Self::SafeDeposit,
            "sarsep" => Self::Sarsep,
            "payroll" => Self::Payroll,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for AccountSubtype {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for AccountSubtype {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for AccountSubtype {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccountSubtype {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountSubtype {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for AccountSubtype {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// Broad category of an account. `brokerage` is the older name of `investment`, used by API versions from 2018-05-22 and before.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountType {
    /// `investment`
    Investment,
    /// `credit`
    Credit,
    /// `depository`
    Depository,
    /// `loan`
    Loan,
    /// `brokerage`
    Brokerage,
    /// `other`
    Other,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl AccountType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Investment => "investment",
            Self::Credit => "credit",
            Self::Depository => "depository",
            Self::Loan => "loan",
            Self::Brokerage => "brokerage",
            Self::Other => "other",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for AccountType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "investment" => Self::Investment,
            "credit" => Self::Credit,
            "depository" => Self::Depository,
            "loan" => Self::Loan,
            "brokerage" => Self::Brokerage,
            "other" => Self::Other,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for AccountType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for AccountType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for AccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccountType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for AccountType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// An Item: one user's login at one financial institution, together with its product and consent state.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Plaid's identifier for the Item. Linking the same login twice produces two different Items. Case sensitive.
    pub item_id: String,
    /// Webhook URL registered for the Item, or null.
    pub webhook: Option<String>,
    /// Current error state of the Item, or null when it is healthy.
    pub error: Option<super::PlaidError>,
    /// Products that could still be added to the Item and are not billed yet.
    pub available_products: Vec<super::Products>,
    /// Products already billed for the Item.
    pub billed_products: Vec<super::Products>,
    /// When the user's consent ends for institutions that limit it (ISO 8601). Null for most institutions.
    pub consent_expiration_time: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Whether the Item can be refreshed in the background or needs the user to be present.
    pub update_type: super::UpdateType,
    /// Plaid identifier of the institution, or null (for example for Items added through same-day micro-deposits).
    pub institution_id: Option<String>,
    /// Products that have been initialised on the Item.
    pub products: Option<Vec<super::Products>>,
    /// Products the user has given consent for.
    pub consented_products: Option<Vec<super::Products>>,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl Item {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> ItemBuilder {
        <ItemBuilder as ::core::default::Default>::default()
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
impl ::serde::Serialize for Item {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("item_id", &self.item_id);
        out.field("webhook", &self.webhook);
        out.field("error", &self.error);
        out.field("available_products", &self.available_products);
        out.field("billed_products", &self.billed_products);
        out.field("consent_expiration_time", &self.consent_expiration_time);
        out.field("update_type", &self.update_type);
        out.optional("institution_id", &self.institution_id);
        out.optional("products", &self.products);
        out.optional("consented_products", &self.consented_products);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for Item {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for Item {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "Item",
        fields: &[
            "item_id",
            "webhook",
            "error",
            "available_products",
            "billed_products",
            "consent_expiration_time",
            "update_type",
            "institution_id",
            "products",
            "consented_products",
        ],
        keep: true,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<super::PlaidError>,
        Option<Vec<super::Products>>,
        Option<Vec<super::Products>>,
        Option<::chrono::DateTime<::chrono::Utc>>,
        Option<super::UpdateType>,
        Option<String>,
        Option<Vec<super::Products>>,
        Option<Vec<super::Products>>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.nullable(&mut slots.1),
            2 => source.nullable(&mut slots.2),
            3 => source.value_or_empty(&mut slots.3),
            4 => source.value_or_empty(&mut slots.4),
            5 => source.nullable(&mut slots.5),
            6 => source.value(&mut slots.6),
            7 => source.optional(&mut slots.7),
            8 => source.optional(&mut slots.8),
            9 => source.optional(&mut slots.9),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.10, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), v1, v2, Some(v3), Some(v4), v5, Some(v6), v7, v8, v9, v10) = slots
        else {
            return Err(&[0, 3, 4, 6]);
        };
        Ok(Item {
            item_id: v0,
            webhook: v1,
            error: v2,
            available_products: v3,
            billed_products: v4,
            consent_expiration_time: v5,
            update_type: v6,
            institution_id: v7,
            products: v8,
            consented_products: v9,
            additional_properties: v10,
        })
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
        let Self {
            item_id: Some(item_id),
            webhook,
            error,
            available_products: Some(available_products),
            billed_products: Some(billed_products),
            consent_expiration_time,
            update_type: Some(update_type),
            institution_id,
            products,
            consented_products,
            additional_properties,
        } = self else {
            let field = if self.item_id.is_none() {
                "item_id"
            } else if self.available_products.is_none() {
                "available_products"
            } else if self.billed_products.is_none() {
                "billed_products"
            } else {
                "update_type"
            };
            return Err(crate::BuildError {
                model: "Item",
                field,
            });
        };
        Ok(Item {
            item_id,
            webhook,
            error,
            available_products,
            billed_products,
            consent_expiration_time,
            update_type,
            institution_id,
            products,
            consented_products,
            additional_properties,
        })
    }
}
/// How an Item can be refreshed: `background` needs no user involvement, `user_present_required` needs the user to take part (for example because of multi-factor authentication).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateType {
    /// `background`
    Background,
    /// `user_present_required`
    UserPresentRequired,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl UpdateType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Background => "background",
            Self::UserPresentRequired => "user_present_required",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for UpdateType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "background" => Self::Background,
            "user_present_required" => Self::UserPresentRequired,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for UpdateType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for UpdateType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for UpdateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UpdateType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for UpdateType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
