// @generated from specs/dwolla/models/createcustomerbankfundingsourcewithplaid.md. Do not edit: run `cargo run -p generator -- generate`.

/// Adds an already verified bank account to a Customer using a Plaid processor token created for Dwolla.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCustomerBankFundingSourceWithPlaid {
    /// Processor token from Plaid's `/processor/token/create` (with processor `dwolla`).
    ///
    /// Example: `processor-sandbox-4f1e2d3c-9b8a-4c7d-8e6f-5a4b3c2d1e0f`
    #[serde(rename = "plaidToken")]
    pub plaid_token: String,
    /// Kind of bank account.
    ///
    /// Example: `checking`
    #[serde(rename = "bankAccountType")]
    pub bank_account_type: super::CreateCustomerBankFundingSourceWithPlaidBankAccountType,
    /// Your label for the funding source, at most 50 characters.
    ///
    /// Example: `Maria's Checking`
    pub name: String,
}
#[allow(deprecated)]
impl CreateCustomerBankFundingSourceWithPlaid {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        plaid_token: impl Into<String>,
        bank_account_type: super::CreateCustomerBankFundingSourceWithPlaidBankAccountType,
        name: impl Into<String>,
    ) -> Self {
        Self {
            plaid_token: plaid_token.into(),
            bank_account_type,
            name: name.into(),
        }
    }
}
