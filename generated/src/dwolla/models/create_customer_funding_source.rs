// @generated from specs/dwolla/models/createcustomerfundingsource.md. Do not edit: run `cargo run -p generator -- generate`.

/// Ways of attaching a bank account to a Customer: with raw account numbers or with a Plaid processor token.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum CreateCustomerFundingSource {
    CreateCustomerBankFundingSourceWithAccountNumbers(
        super::CreateCustomerBankFundingSourceWithAccountNumbers,
    ),
    CreateCustomerBankFundingSourceWithPlaid(
        super::CreateCustomerBankFundingSourceWithPlaid,
    ),
}
impl From<super::CreateCustomerBankFundingSourceWithAccountNumbers>
for CreateCustomerFundingSource {
    fn from(value: super::CreateCustomerBankFundingSourceWithAccountNumbers) -> Self {
        Self::CreateCustomerBankFundingSourceWithAccountNumbers(value)
    }
}
impl From<super::CreateCustomerBankFundingSourceWithPlaid>
for CreateCustomerFundingSource {
    fn from(value: super::CreateCustomerBankFundingSourceWithPlaid) -> Self {
        Self::CreateCustomerBankFundingSourceWithPlaid(value)
    }
}
