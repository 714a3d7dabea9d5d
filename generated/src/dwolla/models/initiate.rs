// @generated from specs/dwolla/: the models whose names start with `Initiate`. Do not edit: run `cargo run -p generator -- generate`.

/// Requested clearing speed for each side of an ACH transfer.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferClearing {
    /// Clearing speed for the debit side, for example `standard`.
    ///
    /// Example: `standard`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Clearing speed for the credit side, for example `next-available`.
    ///
    /// Example: `next-available`
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// Where the money comes from and where it goes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferLinks {
    /// Sending side of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<super::InitiateTransferLinksSource>,
    /// Receiving side of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// Link to the funding source or Customer that receives the money.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferLinksDestination {
    /// URL of the destination funding source.
    ///
    /// Example: `https://api-sandbox.dwolla.com/funding-sources/8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493`
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
/// Link to the funding source the money is taken from.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferLinksSource {
    /// URL of the source funding source.
    ///
    /// Example: `https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40`
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateTransferRequestBody {
    /// Source and destination of the transfer.
    #[serde(rename = "_links")]
    pub links: super::InitiateTransferLinks,
    /// How much to move.
    pub amount: super::TransferAmount,
    /// Free-form JSON object of your own key/value pairs stored with the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<::serde_json::Value>,
    /// Optional clearing speed settings.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clearing: Option<super::InitiateTransferClearing>,
    /// Your own identifier for the transfer, useful for reconciliation.
    ///
    /// Example: `order-20240311-0042`
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
        InitiateTransferRequestBodyBuilder::default()
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
