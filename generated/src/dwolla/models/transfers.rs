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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("InitiateTransferClearing", 2)?;
        if self.source.is_some() {
            state.serialize_field("source", &self.source)?;
        }
        if self.destination.is_some() {
            state.serialize_field("destination", &self.destination)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferClearing {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["source", "destination"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InitiateTransferClearing;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "InitiateTransferClearing")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<InitiateTransferClearing, A::Error> {
                Ok(InitiateTransferClearing {
                    source: crate::runtime::wire::element_or_default(&mut seq)?,
                    destination: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InitiateTransferClearing, A::Error> {
                let mut v0: Option<Option<String>> = None;
                let mut v1: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "source")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v1,
                                "destination",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(InitiateTransferClearing {
                    source: v0.unwrap_or_default(),
                    destination: v1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("InitiateTransferClearing", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("InitiateTransferLinks", 2)?;
        if self.source.is_some() {
            state.serialize_field("source", &self.source)?;
        }
        if self.destination.is_some() {
            state.serialize_field("destination", &self.destination)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferLinks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["source", "destination"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InitiateTransferLinks;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "InitiateTransferLinks")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<InitiateTransferLinks, A::Error> {
                Ok(InitiateTransferLinks {
                    source: crate::runtime::wire::element_or_default(&mut seq)?,
                    destination: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InitiateTransferLinks, A::Error> {
                let mut v0: Option<Option<super::InitiateTransferLinksSource>> = None;
                let mut v1: Option<Option<super::InitiateTransferLinksDestination>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "source")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v1,
                                "destination",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(InitiateTransferLinks {
                    source: v0.unwrap_or_default(),
                    destination: v1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("InitiateTransferLinks", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("InitiateTransferLinksDestination", 1)?;
        if self.href.is_some() {
            state.serialize_field("href", &self.href)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferLinksDestination {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["href"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InitiateTransferLinksDestination;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "InitiateTransferLinksDestination")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<InitiateTransferLinksDestination, A::Error> {
                Ok(InitiateTransferLinksDestination {
                    href: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InitiateTransferLinksDestination, A::Error> {
                let mut v0: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "href")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(InitiateTransferLinksDestination {
                    href: v0.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("InitiateTransferLinksDestination", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("InitiateTransferLinksSource", 1)?;
        if self.href.is_some() {
            state.serialize_field("href", &self.href)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferLinksSource {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["href"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InitiateTransferLinksSource;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "InitiateTransferLinksSource")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<InitiateTransferLinksSource, A::Error> {
                Ok(InitiateTransferLinksSource {
                    href: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InitiateTransferLinksSource, A::Error> {
                let mut v0: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "href")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(InitiateTransferLinksSource {
                    href: v0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("InitiateTransferLinksSource", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("InitiateTransferRequestBody", 5)?;
        state.serialize_field("_links", &self.links)?;
        state.serialize_field("amount", &self.amount)?;
        if self.metadata.is_some() {
            state.serialize_field("metadata", &self.metadata)?;
        }
        if self.clearing.is_some() {
            state.serialize_field("clearing", &self.clearing)?;
        }
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for InitiateTransferRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "_links",
            "amount",
            "metadata",
            "clearing",
            "correlationId",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = InitiateTransferRequestBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "InitiateTransferRequestBody")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<InitiateTransferRequestBody, A::Error> {
                Ok(InitiateTransferRequestBody {
                    links: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct InitiateTransferRequestBody with 5 elements",
                    )?,
                    amount: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct InitiateTransferRequestBody with 5 elements",
                    )?,
                    metadata: crate::runtime::wire::element_or_default(&mut seq)?,
                    clearing: crate::runtime::wire::element_or_default(&mut seq)?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<InitiateTransferRequestBody, A::Error> {
                let mut v0: Option<super::InitiateTransferLinks> = None;
                let mut v1: Option<super::TransferAmount> = None;
                let mut v2: Option<Option<::serde_json::Value>> = None;
                let mut v3: Option<Option<super::InitiateTransferClearing>> = None;
                let mut v4: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "_links")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "amount")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "metadata")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "clearing")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v4,
                                "correlationId",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(InitiateTransferRequestBody {
                    links: crate::runtime::wire::required(v0, "_links")?,
                    amount: crate::runtime::wire::required(v1, "amount")?,
                    metadata: v2.unwrap_or_default(),
                    clearing: v3.unwrap_or_default(),
                    correlation_id: v4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("InitiateTransferRequestBody", FIELDS, __Visitor)
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
        let missing = |field| crate::BuildError {
            model: "InitiateTransferRequestBody",
            field,
        };
        Ok(InitiateTransferRequestBody {
            links: self.links.ok_or(missing("links"))?,
            amount: self.amount.ok_or(missing("amount"))?,
            metadata: self.metadata,
            clearing: self.clearing,
            correlation_id: self.correlation_id,
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("Transfer", 7)?;
        if self.links.is_some() {
            state.serialize_field("_links", &self.links)?;
        }
        if self.id.is_some() {
            state.serialize_field("id", &self.id)?;
        }
        if self.status.is_some() {
            state.serialize_field("status", &self.status)?;
        }
        if self.amount.is_some() {
            state.serialize_field("amount", &self.amount)?;
        }
        if self.created.is_some() {
            state.serialize_field("created", &self.created)?;
        }
        if self.clearing.is_some() {
            state.serialize_field("clearing", &self.clearing)?;
        }
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Transfer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "_links",
            "id",
            "status",
            "amount",
            "created",
            "clearing",
            "correlationId",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Transfer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "Transfer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Transfer, A::Error> {
                Ok(Transfer {
                    links: crate::runtime::wire::element_or_default(&mut seq)?,
                    id: crate::runtime::wire::element_or_default(&mut seq)?,
                    status: crate::runtime::wire::element_or_default(&mut seq)?,
                    amount: crate::runtime::wire::element_or_default(&mut seq)?,
                    created: crate::runtime::wire::element_or_default(&mut seq)?,
                    clearing: crate::runtime::wire::element_or_default(&mut seq)?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Transfer, A::Error> {
                let mut v0: Option<
                    Option<std::collections::BTreeMap<String, super::HalLink>>,
                > = None;
                let mut v1: Option<Option<String>> = None;
                let mut v2: Option<Option<String>> = None;
                let mut v3: Option<Option<super::TransferResponseAmount>> = None;
                let mut v4: Option<Option<::chrono::DateTime<::chrono::Utc>>> = None;
                let mut v5: Option<Option<super::TransferClearing>> = None;
                let mut v6: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "_links")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "status")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "amount")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "created")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(&mut map, &mut v5, "clearing")?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v6,
                                "correlationId",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(Transfer {
                    links: v0.unwrap_or_default(),
                    id: v1.unwrap_or_default(),
                    status: v2.unwrap_or_default(),
                    amount: v3.unwrap_or_default(),
                    created: v4.unwrap_or_default(),
                    clearing: v5.unwrap_or_default(),
                    correlation_id: v6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Transfer", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("TransferAmount", 2)?;
        state.serialize_field("value", &self.value)?;
        state.serialize_field("currency", &self.currency)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferAmount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["value", "currency"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TransferAmount;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "TransferAmount")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<TransferAmount, A::Error> {
                Ok(TransferAmount {
                    value: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct TransferAmount with 2 elements",
                    )?,
                    currency: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct TransferAmount with 2 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TransferAmount, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "value")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "currency")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(TransferAmount {
                    value: crate::runtime::wire::required(v0, "value")?,
                    currency: crate::runtime::wire::required(v1, "currency")?,
                })
            }
        }
        deserializer.deserialize_struct("TransferAmount", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("TransferClearing", 2)?;
        if self.source.is_some() {
            state.serialize_field("source", &self.source)?;
        }
        if self.destination.is_some() {
            state.serialize_field("destination", &self.destination)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferClearing {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["source", "destination"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TransferClearing;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "TransferClearing")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<TransferClearing, A::Error> {
                Ok(TransferClearing {
                    source: crate::runtime::wire::element_or_default(&mut seq)?,
                    destination: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TransferClearing, A::Error> {
                let mut v0: Option<Option<String>> = None;
                let mut v1: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "source")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v1,
                                "destination",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(TransferClearing {
                    source: v0.unwrap_or_default(),
                    destination: v1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TransferClearing", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("TransferResponseAmount", 2)?;
        if self.value.is_some() {
            state.serialize_field("value", &self.value)?;
        }
        if self.currency.is_some() {
            state.serialize_field("currency", &self.currency)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for TransferResponseAmount {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["value", "currency"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = TransferResponseAmount;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "TransferResponseAmount")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<TransferResponseAmount, A::Error> {
                Ok(TransferResponseAmount {
                    value: crate::runtime::wire::element_or_default(&mut seq)?,
                    currency: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TransferResponseAmount, A::Error> {
                let mut v0: Option<Option<String>> = None;
                let mut v1: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "value")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "currency")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(TransferResponseAmount {
                    value: v0.unwrap_or_default(),
                    currency: v1.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("TransferResponseAmount", FIELDS, __Visitor)
    }
}
