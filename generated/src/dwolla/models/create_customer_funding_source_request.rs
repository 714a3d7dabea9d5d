// @generated from specs/dwolla/models/operations/createcustomerfundingsourcerequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// `CreateCustomerFundingSourceRequest` from the Dwolla docs.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCustomerFundingSourceRequest {
    /// Identifier of the Customer that receives the funding source.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
    /// Details of the bank account to add.
    pub create_customer_funding_source: super::CreateCustomerFundingSource,
}
#[allow(deprecated)]
impl CreateCustomerFundingSourceRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        id: impl Into<String>,
        create_customer_funding_source: super::CreateCustomerFundingSource,
    ) -> Self {
        Self {
            id: id.into(),
            create_customer_funding_source,
        }
    }
}
