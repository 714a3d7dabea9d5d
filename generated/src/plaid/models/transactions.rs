// @generated from specs/plaid/: the models of the `transactions` operations. Do not edit: run `cargo run -p generator -- generate`.

/// A transaction that was removed.
#[derive(Clone, Debug, PartialEq)]
pub struct RemovedTransaction {
    /// The ID of the removed transaction.
    pub transaction_id: String,
    /// The ID of the account the removed transaction belonged to.
    pub account_id: String,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl RemovedTransaction {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        transaction_id: impl Into<String>,
        account_id: impl Into<String>,
    ) -> Self {
        Self {
            transaction_id: transaction_id.into(),
            account_id: account_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
impl ::serde::Serialize for RemovedTransaction {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("transaction_id", &self.transaction_id);
        out.field("account_id", &self.account_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for RemovedTransaction {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for RemovedTransaction {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "RemovedTransaction",
        fields: &["transaction_id", "account_id"],
        keep: true,
    };
    type Slots = (
        Option<String>,
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
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.2, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), v2) = slots else {
            return Err(&[0, 1]);
        };
        Ok(RemovedTransaction {
            transaction_id: v0,
            account_id: v1,
            additional_properties: v2,
        })
    }
}
/// A transaction on an account.
#[derive(Clone, Debug, PartialEq)]
pub struct Transaction {
    /// The transaction's unique ID.
    pub transaction_id: String,
    /// The ID of the account the transaction belongs to.
    pub account_id: String,
    /// The settled value: positive when money leaves the account, negative when it comes in.
    pub amount: f64,
    /// The ISO-4217 currency code; `null` when `unofficial_currency_code` is set.
    pub iso_currency_code: Option<String>,
    /// The date the transaction posted, or was authorized when pending.
    pub date: ::chrono::NaiveDate,
    /// The merchant name or transaction description.
    pub name: String,
    /// Whether the transaction has not settled yet.
    pub pending: bool,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl Transaction {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> TransactionBuilder {
        <TransactionBuilder as ::core::default::Default>::default()
    }
    /// Sets `iso_currency_code`.
    pub fn with_iso_currency_code(mut self, value: impl Into<String>) -> Self {
        self.iso_currency_code = Some(value.into());
        self
    }
}
impl ::serde::Serialize for Transaction {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("transaction_id", &self.transaction_id);
        out.field("account_id", &self.account_id);
        out.field("amount", &self.amount);
        out.field("iso_currency_code", &self.iso_currency_code);
        out.field("date", &self.date);
        out.field("name", &self.name);
        out.field("pending", &self.pending);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for Transaction {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for Transaction {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "Transaction",
        fields: &[
            "transaction_id",
            "account_id",
            "amount",
            "iso_currency_code",
            "date",
            "name",
            "pending",
        ],
        keep: true,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<f64>,
        Option<String>,
        Option<::chrono::NaiveDate>,
        Option<String>,
        Option<bool>,
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
            2 => source.value(&mut slots.2),
            3 => source.nullable(&mut slots.3),
            4 => source.value(&mut slots.4),
            5 => source.value(&mut slots.5),
            6 => source.value(&mut slots.6),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.7, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3, Some(v4), Some(v5), Some(v6), v7) = slots
        else {
            return Err(&[0, 1, 2, 4, 5, 6]);
        };
        Ok(Transaction {
            transaction_id: v0,
            account_id: v1,
            amount: v2,
            iso_currency_code: v3,
            date: v4,
            name: v5,
            pending: v6,
            additional_properties: v7,
        })
    }
}
/// Builds a [`Transaction`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct TransactionBuilder {
    transaction_id: Option<String>,
    account_id: Option<String>,
    amount: Option<f64>,
    iso_currency_code: Option<String>,
    date: Option<::chrono::NaiveDate>,
    name: Option<String>,
    pending: Option<bool>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl TransactionBuilder {
    /// Sets `transaction_id`.
    pub fn transaction_id(mut self, value: impl Into<String>) -> Self {
        self.transaction_id = Some(value.into());
        self
    }
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: f64) -> Self {
        self.amount = Some(value);
        self
    }
    /// Sets `iso_currency_code`.
    pub fn iso_currency_code(mut self, value: impl Into<String>) -> Self {
        self.iso_currency_code = Some(value.into());
        self
    }
    /// Sets `date`.
    pub fn date(mut self, value: ::chrono::NaiveDate) -> Self {
        self.date = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `pending`.
    pub fn pending(mut self, value: bool) -> Self {
        self.pending = Some(value);
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
    pub fn build(self) -> Result<Transaction, crate::BuildError> {
        let Self {
            transaction_id: Some(transaction_id),
            account_id: Some(account_id),
            amount: Some(amount),
            iso_currency_code,
            date: Some(date),
            name: Some(name),
            pending: Some(pending),
            additional_properties,
        } = self else {
            let field = if self.transaction_id.is_none() {
                "transaction_id"
            } else if self.account_id.is_none() {
                "account_id"
            } else if self.amount.is_none() {
                "amount"
            } else if self.date.is_none() {
                "date"
            } else if self.name.is_none() {
                "name"
            } else {
                "pending"
            };
            return Err(crate::BuildError {
                model: "Transaction",
                field,
            });
        };
        Ok(Transaction {
            transaction_id,
            account_id,
            amount,
            iso_currency_code,
            date,
            name,
            pending,
            additional_properties,
        })
    }
}
/// TransactionsSyncRequest defines the request schema for `/transactions/sync`
#[derive(Clone, PartialEq)]
pub struct TransactionsSyncRequest {
    /// The access token of the Item whose transactions to sync.
    pub access_token: String,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    pub client_id: Option<String>,
    /// The `next_cursor` of the previous call; left out (or empty) on the first call, to sync the whole history.
    pub cursor: Option<String>,
    /// How many transaction updates to return at most (1 to 500; default 100).
    pub count: Option<i64>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    pub secret: Option<String>,
}
impl TransactionsSyncRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(access_token: impl Into<String>) -> Self {
        Self {
            access_token: access_token.into(),
            client_id: None,
            cursor: None,
            count: None,
            secret: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> TransactionsSyncRequestBuilder {
        <TransactionsSyncRequestBuilder as ::core::default::Default>::default()
    }
    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `cursor`.
    pub fn with_cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }
    /// Sets `count`.
    pub fn with_count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
}
impl ::serde::Serialize for TransactionsSyncRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "TransactionsSyncRequest",
            5,
        );
        out.field("access_token", &self.access_token);
        out.optional("client_id", &self.client_id);
        out.optional("cursor", &self.cursor);
        out.optional("count", &self.count);
        out.optional("secret", &self.secret);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransactionsSyncRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for TransactionsSyncRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "TransactionsSyncRequest",
        fields: &["access_token", "client_id", "cursor", "count", "secret"],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<i64>,
        Option<String>,
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
            4 => source.optional(&mut slots.4),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), v1, v2, v3, v4) = slots else {
            return Err(&[0]);
        };
        Ok(TransactionsSyncRequest {
            access_token: v0,
            client_id: v1,
            cursor: v2,
            count: v3,
            secret: v4,
        })
    }
}
/// Builds a [`TransactionsSyncRequest`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct TransactionsSyncRequestBuilder {
    access_token: Option<String>,
    client_id: Option<String>,
    cursor: Option<String>,
    count: Option<i64>,
    secret: Option<String>,
}
impl TransactionsSyncRequestBuilder {
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
    /// Sets `cursor`.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }
    /// Sets `count`.
    pub fn count(mut self, value: i64) -> Self {
        self.count = Some(value);
        self
    }
    /// Sets `secret`.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<TransactionsSyncRequest, crate::BuildError> {
        let Self {
            access_token: Some(access_token),
            client_id,
            cursor,
            count,
            secret,
        } = self else {
            let field = { "access_token" };
            return Err(crate::BuildError {
                model: "TransactionsSyncRequest",
                field,
            });
        };
        Ok(TransactionsSyncRequest {
            access_token,
            client_id,
            cursor,
            count,
            secret,
        })
    }
}
impl std::fmt::Debug for TransactionsSyncRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransactionsSyncRequest")
            .field("access_token", &super::Redacted)
            .field("client_id", &self.client_id)
            .field("cursor", &self.cursor)
            .field("count", &self.count)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// TransactionsSyncResponse defines the response schema for `/transactions/sync`
#[derive(Clone, Debug, PartialEq)]
pub struct TransactionsSyncResponse {
    /// Transactions added since the cursor.
    pub added: Vec<super::Transaction>,
    /// Transactions changed since the cursor.
    pub modified: Vec<super::Transaction>,
    /// Transactions removed since the cursor.
    pub removed: Vec<super::RemovedTransaction>,
    /// Where this page ends: the `cursor` of the next call.
    pub next_cursor: String,
    /// Whether more updates are waiting: if so, call again with `next_cursor`.
    pub has_more: bool,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl TransactionsSyncResponse {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> TransactionsSyncResponseBuilder {
        <TransactionsSyncResponseBuilder as ::core::default::Default>::default()
    }
}
impl ::serde::Serialize for TransactionsSyncResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("added", &self.added);
        out.field("modified", &self.modified);
        out.field("removed", &self.removed);
        out.field("next_cursor", &self.next_cursor);
        out.field("has_more", &self.has_more);
        out.field("request_id", &self.request_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for TransactionsSyncResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for TransactionsSyncResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "TransactionsSyncResponse",
        fields: &[
            "added",
            "modified",
            "removed",
            "next_cursor",
            "has_more",
            "request_id",
        ],
        keep: true,
    };
    type Slots = (
        Option<Vec<super::Transaction>>,
        Option<Vec<super::Transaction>>,
        Option<Vec<super::RemovedTransaction>>,
        Option<String>,
        Option<bool>,
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
            1 => source.value_or_empty(&mut slots.1),
            2 => source.value_or_empty(&mut slots.2),
            3 => source.value(&mut slots.3),
            4 => source.value(&mut slots.4),
            5 => source.value(&mut slots.5),
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
        let (Some(v0), Some(v1), Some(v2), Some(v3), Some(v4), Some(v5), v6) = slots
        else {
            return Err(&[0, 1, 2, 3, 4, 5]);
        };
        Ok(TransactionsSyncResponse {
            added: v0,
            modified: v1,
            removed: v2,
            next_cursor: v3,
            has_more: v4,
            request_id: v5,
            additional_properties: v6,
        })
    }
}
/// Builds a [`TransactionsSyncResponse`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct TransactionsSyncResponseBuilder {
    added: Option<Vec<super::Transaction>>,
    modified: Option<Vec<super::Transaction>>,
    removed: Option<Vec<super::RemovedTransaction>>,
    next_cursor: Option<String>,
    has_more: Option<bool>,
    request_id: Option<String>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl TransactionsSyncResponseBuilder {
    /// Sets `added`.
    pub fn added(mut self, value: Vec<super::Transaction>) -> Self {
        self.added = Some(value);
        self
    }
    /// Sets `modified`.
    pub fn modified(mut self, value: Vec<super::Transaction>) -> Self {
        self.modified = Some(value);
        self
    }
    /// Sets `removed`.
    pub fn removed(mut self, value: Vec<super::RemovedTransaction>) -> Self {
        self.removed = Some(value);
        self
    }
    /// Sets `next_cursor`.
    pub fn next_cursor(mut self, value: impl Into<String>) -> Self {
        self.next_cursor = Some(value.into());
        self
    }
    /// Sets `has_more`.
    pub fn has_more(mut self, value: bool) -> Self {
        self.has_more = Some(value);
        self
    }
    /// Sets `request_id`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
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
    pub fn build(self) -> Result<TransactionsSyncResponse, crate::BuildError> {
        let Self {
            added: Some(added),
            modified: Some(modified),
            removed: Some(removed),
            next_cursor: Some(next_cursor),
            has_more: Some(has_more),
            request_id: Some(request_id),
            additional_properties,
        } = self else {
            let field = if self.added.is_none() {
                "added"
            } else if self.modified.is_none() {
                "modified"
            } else if self.removed.is_none() {
                "removed"
            } else if self.next_cursor.is_none() {
                "next_cursor"
            } else if self.has_more.is_none() {
                "has_more"
            } else {
                "request_id"
            };
            return Err(crate::BuildError {
                model: "TransactionsSyncResponse",
                field,
            });
        };
        Ok(TransactionsSyncResponse {
            added,
            modified,
            removed,
            next_cursor,
            has_more,
            request_id,
            additional_properties,
        })
    }
}
