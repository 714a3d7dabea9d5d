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
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("transaction_id", &self.transaction_id)?;
        state.serialize_entry("account_id", &self.account_id)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for RemovedTransaction {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["transaction_id", "account_id"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = RemovedTransaction;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "RemovedTransaction")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RemovedTransaction, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "transaction_id",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "account_id")?
                        }
                        crate::runtime::wire::Key::Other(key) => {
                            crate::runtime::wire::other(
                                &mut map,
                                &mut additional_properties,
                                key,
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(RemovedTransaction {
                    transaction_id: crate::runtime::wire::required(
                        v0,
                        "transaction_id",
                    )?,
                    account_id: crate::runtime::wire::required(v1, "account_id")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("transaction_id", &self.transaction_id)?;
        state.serialize_entry("account_id", &self.account_id)?;
        state.serialize_entry("amount", &self.amount)?;
        state.serialize_entry("iso_currency_code", &self.iso_currency_code)?;
        state.serialize_entry("date", &self.date)?;
        state.serialize_entry("name", &self.name)?;
        state.serialize_entry("pending", &self.pending)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Transaction {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "transaction_id",
            "account_id",
            "amount",
            "iso_currency_code",
            "date",
            "name",
            "pending",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Transaction;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "Transaction")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Transaction, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<f64> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<::chrono::NaiveDate> = None;
                let mut v5: Option<String> = None;
                let mut v6: Option<bool> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "transaction_id",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "account_id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "amount")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v3,
                                "iso_currency_code",
                            )?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "date")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(&mut map, &mut v5, "name")?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(&mut map, &mut v6, "pending")?
                        }
                        crate::runtime::wire::Key::Other(key) => {
                            crate::runtime::wire::other(
                                &mut map,
                                &mut additional_properties,
                                key,
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(Transaction {
                    transaction_id: crate::runtime::wire::required(
                        v0,
                        "transaction_id",
                    )?,
                    account_id: crate::runtime::wire::required(v1, "account_id")?,
                    amount: crate::runtime::wire::required(v2, "amount")?,
                    iso_currency_code: v3.unwrap_or_default(),
                    date: crate::runtime::wire::required(v4, "date")?,
                    name: crate::runtime::wire::required(v5, "name")?,
                    pending: crate::runtime::wire::required(v6, "pending")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        let missing = |field| crate::BuildError {
            model: "Transaction",
            field,
        };
        Ok(Transaction {
            transaction_id: self.transaction_id.ok_or(missing("transaction_id"))?,
            account_id: self.account_id.ok_or(missing("account_id"))?,
            amount: self.amount.ok_or(missing("amount"))?,
            iso_currency_code: self.iso_currency_code,
            date: self.date.ok_or(missing("date"))?,
            name: self.name.ok_or(missing("name"))?,
            pending: self.pending.ok_or(missing("pending"))?,
            additional_properties: self.additional_properties,
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("TransactionsSyncRequest", 5)?;
        state.serialize_field("access_token", &self.access_token)?;
        if self.client_id.is_some() {
            state.serialize_field("client_id", &self.client_id)?;
        }
        if self.cursor.is_some() {
            state.serialize_field("cursor", &self.cursor)?;
        }
        if self.count.is_some() {
            state.serialize_field("count", &self.count)?;
        }
        if self.secret.is_some() {
            state.serialize_field("secret", &self.secret)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransactionsSyncRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "access_token",
            "client_id",
            "cursor",
            "count",
            "secret",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TransactionsSyncRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "TransactionsSyncRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<TransactionsSyncRequest, A::Error> {
                Ok(TransactionsSyncRequest {
                    access_token: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct TransactionsSyncRequest with 5 elements",
                    )?,
                    client_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    cursor: crate::runtime::wire::element_or_default(&mut seq)?,
                    count: crate::runtime::wire::element_or_default(&mut seq)?,
                    secret: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TransactionsSyncRequest, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<Option<String>> = None;
                let mut v2: Option<Option<String>> = None;
                let mut v3: Option<Option<i64>> = None;
                let mut v4: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "access_token",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "client_id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "cursor")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "count")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "secret")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(TransactionsSyncRequest {
                    access_token: crate::runtime::wire::required(v0, "access_token")?,
                    client_id: v1.unwrap_or_default(),
                    cursor: v2.unwrap_or_default(),
                    count: v3.unwrap_or_default(),
                    secret: v4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TransactionsSyncRequest", FIELDS, __Visitor)
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
        let missing = |field| crate::BuildError {
            model: "TransactionsSyncRequest",
            field,
        };
        Ok(TransactionsSyncRequest {
            access_token: self.access_token.ok_or(missing("access_token"))?,
            client_id: self.client_id,
            cursor: self.cursor,
            count: self.count,
            secret: self.secret,
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
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("added", &self.added)?;
        state.serialize_entry("modified", &self.modified)?;
        state.serialize_entry("removed", &self.removed)?;
        state.serialize_entry("next_cursor", &self.next_cursor)?;
        state.serialize_entry("has_more", &self.has_more)?;
        state.serialize_entry("request_id", &self.request_id)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransactionsSyncResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "added",
            "modified",
            "removed",
            "next_cursor",
            "has_more",
            "request_id",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TransactionsSyncResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "TransactionsSyncResponse")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TransactionsSyncResponse, A::Error> {
                let mut v0: Option<Vec<super::Transaction>> = None;
                let mut v1: Option<Vec<super::Transaction>> = None;
                let mut v2: Option<Vec<super::RemovedTransaction>> = None;
                let mut v3: Option<String> = None;
                let mut v4: Option<bool> = None;
                let mut v5: Option<String> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v0,
                                "added",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v1,
                                "modified",
                            )?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v2,
                                "removed",
                            )?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v3,
                                "next_cursor",
                            )?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "has_more")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(&mut map, &mut v5, "request_id")?
                        }
                        crate::runtime::wire::Key::Other(key) => {
                            crate::runtime::wire::other(
                                &mut map,
                                &mut additional_properties,
                                key,
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(TransactionsSyncResponse {
                    added: crate::runtime::wire::required(v0, "added")?,
                    modified: crate::runtime::wire::required(v1, "modified")?,
                    removed: crate::runtime::wire::required(v2, "removed")?,
                    next_cursor: crate::runtime::wire::required(v3, "next_cursor")?,
                    has_more: crate::runtime::wire::required(v4, "has_more")?,
                    request_id: crate::runtime::wire::required(v5, "request_id")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        let missing = |field| crate::BuildError {
            model: "TransactionsSyncResponse",
            field,
        };
        Ok(TransactionsSyncResponse {
            added: self.added.ok_or(missing("added"))?,
            modified: self.modified.ok_or(missing("modified"))?,
            removed: self.removed.ok_or(missing("removed"))?,
            next_cursor: self.next_cursor.ok_or(missing("next_cursor"))?,
            has_more: self.has_more.ok_or(missing("has_more"))?,
            request_id: self.request_id.ok_or(missing("request_id"))?,
            additional_properties: self.additional_properties,
        })
    }
}
