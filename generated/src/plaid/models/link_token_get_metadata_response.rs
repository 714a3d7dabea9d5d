// @generated from specs/plaid/models/components/linktokengetmetadataresponse.md. Do not edit: run `cargo run -p generator -- generate`.

/// Settings that were supplied when the `link_token` was created, as reported back by `/link/token/get`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenGetMetadataResponse {
    /// Value of `products` given at creation time.
    pub initial_products: Vec<super::Products>,
    /// Value of `webhook` given at creation time, or null.
    pub webhook: Option<String>,
    /// Value of `country_codes` given at creation time.
    pub country_codes: Vec<super::CountryCode>,
    /// Value of `language` given at creation time, or null.
    pub language: Option<String>,
    /// Value of `redirect_uri` given at creation time, or null.
    pub redirect_uri: Option<String>,
    /// Value of `client_name` given at creation time, or null.
    pub client_name: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl LinkTokenGetMetadataResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        initial_products: Vec<super::Products>,
        webhook: Option<String>,
        country_codes: Vec<super::CountryCode>,
        language: Option<String>,
        redirect_uri: Option<String>,
        client_name: Option<String>,
    ) -> Self {
        Self {
            initial_products,
            webhook,
            country_codes,
            language,
            redirect_uri,
            client_name,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
