// @generated from specs/dwolla/models/createcustomerbankfundingsourcewithaccountnumbers.md. Do not edit: run `cargo run -p generator -- generate`.

/// Adds a bank account to a Customer by giving its routing and account numbers. The account starts out unverified.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCustomerBankFundingSourceWithAccountNumbers {
    /// Nine-digit ABA routing number of the bank.
    ///
    /// Example: `222222226`
    #[serde(rename = "routingNumber")]
    pub routing_number: String,
    /// Bank account number.
    ///
    /// Example: `000123456789`
    #[serde(rename = "accountNumber")]
    pub account_number: String,
    /// Kind of bank account.
    ///
    /// Example: `checking`
    #[serde(rename = "bankAccountType")]
    pub bank_account_type: super::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    /// Your label for the funding source, at most 50 characters.
    ///
    /// Example: `Maria's Checking`
    pub name: String,
}
#[allow(deprecated)]
impl CreateCustomerBankFundingSourceWithAccountNumbers {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        routing_number: impl Into<String>,
        account_number: impl Into<String>,
        bank_account_type: super::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
        name: impl Into<String>,
    ) -> Self {
        Self {
            routing_number: routing_number.into(),
            account_number: account_number.into(),
            bank_account_type,
            name: name.into(),
        }
    }
}
