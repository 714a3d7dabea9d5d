// @generated from specs/dwolla/models/createcustomerbankfundingsourcewithaccountnumbersbankaccounttype.md. Do not edit: run `cargo run -p generator -- generate`.

/// Kind of bank account that can be added by account numbers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    /// `checking`
    Checking,
    /// `savings`
    Savings,
    /// `general-ledger`
    GeneralLedger,
    /// `loan`
    Loan,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Checking => "checking",
            Self::Savings => "savings",
            Self::GeneralLedger => "general-ledger",
            Self::Loan => "loan",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "checking" => Self::Checking,
            "savings" => Self::Savings,
            "general-ledger" => Self::GeneralLedger,
            "loan" => Self::Loan,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr
for CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display
for CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize
for CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam
for CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
