// @generated from specs/dwolla/: the models of the `transfers` operations. Do not edit: run `cargo run -p generator -- generate`.

/// What [`Client::get_transfer`](crate::dwolla::Client::get_transfer) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct GetTransferRequest {
    /// Identifier of the transfer to fetch.
    ///
    /// Example: `4b6e1f3a-2c8d-ee11-8123-0a1b2c3d4e5f`
    pub id: String,
}
impl GetTransferRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// Requested clearing speed for each side of an ACH transfer.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InitiateTransferClearing {
    /// Clearing speed for the debit side, for example `standard`.
    ///
    /// Example: `standard`
    pub source: Option<String>,
    /// Clearing speed for the credit side, for example `next-available`.
    ///
    /// Example: `next-available`
    pub destination: Option<String>,
}
impl InitiateTransferClearing {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            destination: None,
        }
    }
    /// Sets `source`.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `destination`.
    pub fn with_destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
}
impl ::serde::Serialize for InitiateTransferClearing {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "InitiateTransferClearing",
            2,
        );
        out.optional("source", &self.source);
        out.optional("destination", &self.destination);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferClearing {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for InitiateTransferClearing {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "InitiateTransferClearing",
        fields: &["source", "destination"],
        keep: false,
    };
    type Slots = (Option<String>, Option<String>);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1) = slots;
        Ok(InitiateTransferClearing {
            source: v0,
            destination: v1,
        })
    }
}
/// Where the money comes from and where it goes.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InitiateTransferLinks {
    /// Sending side of the transfer.
    pub source: Option<super::InitiateTransferLinksSource>,
    /// Receiving side of the transfer.
    pub destination: Option<super::InitiateTransferLinksDestination>,
}
impl InitiateTransferLinks {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            destination: None,
        }
    }
    /// Sets `source`.
    pub fn with_source(mut self, value: super::InitiateTransferLinksSource) -> Self {
        self.source = Some(value);
        self
    }
    /// Sets `destination`.
    pub fn with_destination(
        mut self,
        value: super::InitiateTransferLinksDestination,
    ) -> Self {
        self.destination = Some(value);
        self
    }
}
impl ::serde::Serialize for InitiateTransferLinks {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "InitiateTransferLinks",
            2,
        );
        out.optional("source", &self.source);
        out.optional("destination", &self.destination);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferLinks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for InitiateTransferLinks {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "InitiateTransferLinks",
        fields: &["source", "destination"],
        keep: false,
    };
    type Slots = (
        Option<super::InitiateTransferLinksSource>,
        Option<super::InitiateTransferLinksDestination>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1) = slots;
        Ok(InitiateTransferLinks {
            source: v0,
            destination: v1,
        })
    }
}
/// Link to the funding source or Customer that receives the money.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InitiateTransferLinksDestination {
    /// URL of the destination funding source.
    ///
    /// Example: `https://api-sandbox.dwolla.com/funding-sources/8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493`
    pub href: Option<String>,
}
impl InitiateTransferLinksDestination {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { href: None }
    }
    /// Sets `href`.
    pub fn with_href(mut self, value: impl Into<String>) -> Self {
        self.href = Some(value.into());
        self
    }
}
impl ::serde::Serialize for InitiateTransferLinksDestination {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "InitiateTransferLinksDestination",
            1,
        );
        out.optional("href", &self.href);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferLinksDestination {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for InitiateTransferLinksDestination {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "InitiateTransferLinksDestination",
        fields: &["href"],
        keep: false,
    };
    type Slots = (Option<String>,);
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
        Ok(InitiateTransferLinksDestination {
            href: v0,
        })
    }
}
/// Link to the funding source the money is taken from.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InitiateTransferLinksSource {
    /// URL of the source funding source.
    ///
    /// Example: `https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40`
    pub href: Option<String>,
}
impl InitiateTransferLinksSource {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { href: None }
    }
    /// Sets `href`.
    pub fn with_href(mut self, value: impl Into<String>) -> Self {
        self.href = Some(value.into());
        self
    }
}
impl ::serde::Serialize for InitiateTransferLinksSource {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "InitiateTransferLinksSource",
            1,
        );
        out.optional("href", &self.href);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferLinksSource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for InitiateTransferLinksSource {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "InitiateTransferLinksSource",
        fields: &["href"],
        keep: false,
    };
    type Slots = (Option<String>,);
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
        Ok(InitiateTransferLinksSource {
            href: v0,
        })
    }
}
/// What [`Client::initiate_transfer`](crate::dwolla::Client::initiate_transfer) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct InitiateTransferRequest {
    /// Unique key that makes retries safe: repeating a request with the same key does not create a second transfer.
    ///
    /// Example: `d3b07384-d9a7-4e1b-8c2f-6a1e5f0b9c11`
    pub idempotency_key: Option<String>,
    /// The transfer to create.
    pub request_body: super::InitiateTransferRequestBody,
}
impl InitiateTransferRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(request_body: super::InitiateTransferRequestBody) -> Self {
        Self {
            idempotency_key: None,
            request_body,
        }
    }
    /// Sets `idempotency_key`.
    pub fn with_idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }
}
/// Parameters of a new transfer.
#[derive(Clone, Debug, PartialEq)]
pub struct InitiateTransferRequestBody {
    /// Source and destination of the transfer.
    pub links: super::InitiateTransferLinks,
    /// How much to move.
    pub amount: super::TransferAmount,
    /// Free-form JSON object of your own key/value pairs stored with the transfer.
    pub metadata: Option<::serde_json::Value>,
    /// Optional clearing speed settings.
    pub clearing: Option<super::InitiateTransferClearing>,
    /// Your own identifier for the transfer, useful for reconciliation.
    ///
    /// Example: `order-20240311-0042`
    pub correlation_id: Option<String>,
}
impl InitiateTransferRequestBody {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        links: super::InitiateTransferLinks,
        amount: super::TransferAmount,
    ) -> Self {
        Self {
            links,
            amount,
            metadata: None,
            clearing: None,
            correlation_id: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> InitiateTransferRequestBodyBuilder {
        <InitiateTransferRequestBodyBuilder as ::core::default::Default>::default()
    }
    /// Sets `metadata`.
    pub fn with_metadata(mut self, value: ::serde_json::Value) -> Self {
        self.metadata = Some(value);
        self
    }
    /// Sets `clearing`.
    pub fn with_clearing(mut self, value: super::InitiateTransferClearing) -> Self {
        self.clearing = Some(value);
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
}
impl ::serde::Serialize for InitiateTransferRequestBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "InitiateTransferRequestBody",
            5,
        );
        out.field("_links", &self.links);
        out.field("amount", &self.amount);
        out.optional("metadata", &self.metadata);
        out.optional("clearing", &self.clearing);
        out.optional("correlationId", &self.correlation_id);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for InitiateTransferRequestBody {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "InitiateTransferRequestBody",
        fields: &["_links", "amount", "metadata", "clearing", "correlationId"],
        keep: false,
    };
    type Slots = (
        Option<super::InitiateTransferLinks>,
        Option<super::TransferAmount>,
        Option<::serde_json::Value>,
        Option<super::InitiateTransferClearing>,
        Option<String>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.optional(&mut slots.2),
            3 => source.optional(&mut slots.3),
            4 => source.optional(&mut slots.4),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), v2, v3, v4) = slots else {
            return Err(&[0, 1]);
        };
        Ok(InitiateTransferRequestBody {
            links: v0,
            amount: v1,
            metadata: v2,
            clearing: v3,
            correlation_id: v4,
        })
    }
}
/// Builds a [`InitiateTransferRequestBody`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct InitiateTransferRequestBodyBuilder {
    links: Option<super::InitiateTransferLinks>,
    amount: Option<super::TransferAmount>,
    metadata: Option<::serde_json::Value>,
    clearing: Option<super::InitiateTransferClearing>,
    correlation_id: Option<String>,
}
impl InitiateTransferRequestBodyBuilder {
    /// Sets `links`.
    pub fn links(mut self, value: super::InitiateTransferLinks) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `amount`.
    pub fn amount(mut self, value: super::TransferAmount) -> Self {
        self.amount = Some(value);
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: ::serde_json::Value) -> Self {
        self.metadata = Some(value);
        self
    }
    /// Sets `clearing`.
    pub fn clearing(mut self, value: super::InitiateTransferClearing) -> Self {
        self.clearing = Some(value);
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<InitiateTransferRequestBody, crate::BuildError> {
        let Self {
            links: Some(links),
            amount: Some(amount),
            metadata,
            clearing,
            correlation_id,
        } = self else {
            let field = if self.links.is_none() { "links" } else { "amount" };
            return Err(crate::BuildError {
                model: "InitiateTransferRequestBody",
                field,
            });
        };
        Ok(InitiateTransferRequestBody {
            links,
            amount,
            metadata,
            clearing,
            correlation_id,
        })
    }
}
/// A transfer of money between two funding sources.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Transfer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    pub links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    /// Identifier of the transfer.
    ///
    /// Example: `4b6e1f3a-2c8d-ee11-8123-0a1b2c3d4e5f`
    pub id: Option<String>,
    /// Lifecycle state, for example `pending`, `processed`, `failed` or `cancelled`.
    ///
    /// Example: `pending`
    pub status: Option<String>,
    /// Amount moved.
    pub amount: Option<super::TransferResponseAmount>,
    /// When the transfer was created.
    ///
    /// Example: `2024-03-11T16:20:05.112Z`
    pub created: Option<::chrono::DateTime<::chrono::Utc>>,
    /// Clearing speeds, when they were set.
    pub clearing: Option<super::TransferClearing>,
    /// Identifier you supplied when creating the transfer.
    ///
    /// Example: `order-20240311-0042`
    pub correlation_id: Option<String>,
}
impl Transfer {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            links: None,
            id: None,
            status: None,
            amount: None,
            created: None,
            clearing: None,
            correlation_id: None,
        }
    }
    /// Sets `links`.
    pub fn with_links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `id`.
    pub fn with_id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Sets `amount`.
    pub fn with_amount(mut self, value: super::TransferResponseAmount) -> Self {
        self.amount = Some(value);
        self
    }
    /// Sets `created`.
    pub fn with_created(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created = Some(value);
        self
    }
    /// Sets `clearing`.
    pub fn with_clearing(mut self, value: super::TransferClearing) -> Self {
        self.clearing = Some(value);
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
}
impl ::serde::Serialize for Transfer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(serializer, "Transfer", 7);
        out.optional("_links", &self.links);
        out.optional("id", &self.id);
        out.optional("status", &self.status);
        out.optional("amount", &self.amount);
        out.optional("created", &self.created);
        out.optional("clearing", &self.clearing);
        out.optional("correlationId", &self.correlation_id);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Transfer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for Transfer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "Transfer",
        fields: &[
            "_links",
            "id",
            "status",
            "amount",
            "created",
            "clearing",
            "correlationId",
        ],
        keep: false,
    };
    type Slots = (
        Option<std::collections::BTreeMap<String, super::HalLink>>,
        Option<String>,
        Option<String>,
        Option<super::TransferResponseAmount>,
        Option<::chrono::DateTime<::chrono::Utc>>,
        Option<super::TransferClearing>,
        Option<String>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            2 => source.optional(&mut slots.2),
            3 => source.optional(&mut slots.3),
            4 => source.optional(&mut slots.4),
            5 => source.optional(&mut slots.5),
            6 => source.optional(&mut slots.6),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1, v2, v3, v4, v5, v6) = slots;
        Ok(Transfer {
            links: v0,
            id: v1,
            status: v2,
            amount: v3,
            created: v4,
            clearing: v5,
            correlation_id: v6,
        })
    }
}
/// An amount of money to move.
#[derive(Clone, Debug, PartialEq)]
pub struct TransferAmount {
    /// Amount as a decimal string with up to two decimals.
    ///
    /// Example: `125.50`
    pub value: String,
    /// Currency code; `USD`.
    ///
    /// Example: `USD`
    pub currency: String,
}
impl TransferAmount {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(value: impl Into<String>, currency: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            currency: currency.into(),
        }
    }
}
impl ::serde::Serialize for TransferAmount {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(serializer, "TransferAmount", 2);
        out.field("value", &self.value);
        out.field("currency", &self.currency);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferAmount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for TransferAmount {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "TransferAmount",
        fields: &["value", "currency"],
        keep: false,
    };
    type Slots = (Option<String>, Option<String>);
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
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1)) = slots else {
            return Err(&[0, 1]);
        };
        Ok(TransferAmount {
            value: v0,
            currency: v1,
        })
    }
}
/// Clearing speeds used for a transfer.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TransferClearing {
    /// Clearing speed of the debit side.
    ///
    /// Example: `standard`
    pub source: Option<String>,
    /// Clearing speed of the credit side.
    ///
    /// Example: `next-available`
    pub destination: Option<String>,
}
impl TransferClearing {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            source: None,
            destination: None,
        }
    }
    /// Sets `source`.
    pub fn with_source(mut self, value: impl Into<String>) -> Self {
        self.source = Some(value.into());
        self
    }
    /// Sets `destination`.
    pub fn with_destination(mut self, value: impl Into<String>) -> Self {
        self.destination = Some(value.into());
        self
    }
}
impl ::serde::Serialize for TransferClearing {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "TransferClearing",
            2,
        );
        out.optional("source", &self.source);
        out.optional("destination", &self.destination);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferClearing {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for TransferClearing {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "TransferClearing",
        fields: &["source", "destination"],
        keep: false,
    };
    type Slots = (Option<String>, Option<String>);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1) = slots;
        Ok(TransferClearing {
            source: v0,
            destination: v1,
        })
    }
}
/// Amount of a transfer as reported by the API.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct TransferResponseAmount {
    /// Amount as a decimal string.
    ///
    /// Example: `125.50`
    pub value: Option<String>,
    /// Currency code.
    ///
    /// Example: `USD`
    pub currency: Option<String>,
}
impl TransferResponseAmount {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            value: None,
            currency: None,
        }
    }
    /// Sets `value`.
    pub fn with_value(mut self, value: impl Into<String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `currency`.
    pub fn with_currency(mut self, value: impl Into<String>) -> Self {
        self.currency = Some(value.into());
        self
    }
}
impl ::serde::Serialize for TransferResponseAmount {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "TransferResponseAmount",
            2,
        );
        out.optional("value", &self.value);
        out.optional("currency", &self.currency);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferResponseAmount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for TransferResponseAmount {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "TransferResponseAmount",
        fields: &["value", "currency"],
        keep: false,
    };
    type Slots = (Option<String>, Option<String>);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1) = slots;
        Ok(TransferResponseAmount {
            value: v0,
            currency: v1,
        })
    }
}
