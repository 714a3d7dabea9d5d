// @generated from specs/plaid/models/components/processortokencreateresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// ProcessorTokenCreateResponse defines the response schema for `/processor/token/create`. It returns a token that can be handed to a payment partner.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProcessorTokenCreateResponse {
    /// Token that lets the chosen processor (for example Dwolla) access one account of the Item.
    pub processor_token: String,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl ProcessorTokenCreateResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        processor_token: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            processor_token: processor_token.into(),
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
