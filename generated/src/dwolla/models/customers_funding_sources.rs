// @generated from specs/dwolla/: the models of the `customers_funding_sources` operations. Do not edit: run `cargo run -p generator -- generate`.

/// Adds a bank account to a Customer by giving its routing and account numbers. The account starts out unverified.
#[derive(Clone, PartialEq)]
pub struct CreateCustomerBankFundingSourceWithAccountNumbers {
    /// Nine-digit ABA routing number of the bank.
    ///
    /// Example: `222222226`
    pub routing_number: String,
    /// Bank account number.
    ///
    /// Example: `000123456789`
    pub account_number: String,
    /// Kind of bank account.
    ///
    /// Example: `checking`
    pub bank_account_type: super::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    /// Your label for the funding source, at most 50 characters.
    ///
    /// Example: `Maria's Checking`
    pub name: String,
}
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
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> CreateCustomerBankFundingSourceWithAccountNumbersBuilder {
        <CreateCustomerBankFundingSourceWithAccountNumbersBuilder as ::core::default::Default>::default()
    }
}
impl ::serde::Serialize for CreateCustomerBankFundingSourceWithAccountNumbers {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateCustomerBankFundingSourceWithAccountNumbers",
            4,
        );
        out.field("routingNumber", &self.routing_number);
        out.field("accountNumber", &self.account_number);
        out.field("bankAccountType", &self.bank_account_type);
        out.field("name", &self.name);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CreateCustomerBankFundingSourceWithAccountNumbers {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateCustomerBankFundingSourceWithAccountNumbers {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateCustomerBankFundingSourceWithAccountNumbers",
        fields: &["routingNumber", "accountNumber", "bankAccountType", "name"],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<super::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType>,
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
            2 => source.value(&mut slots.2),
            3 => source.value(&mut slots.3),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), Some(v3)) = slots else {
            return Err(&[0, 1, 2, 3]);
        };
        Ok(CreateCustomerBankFundingSourceWithAccountNumbers {
            routing_number: v0,
            account_number: v1,
            bank_account_type: v2,
            name: v3,
        })
    }
}
/// Builds a [`CreateCustomerBankFundingSourceWithAccountNumbers`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct CreateCustomerBankFundingSourceWithAccountNumbersBuilder {
    routing_number: Option<String>,
    account_number: Option<String>,
    bank_account_type: Option<
        super::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    >,
    name: Option<String>,
}
impl CreateCustomerBankFundingSourceWithAccountNumbersBuilder {
    /// Sets `routing_number`.
    pub fn routing_number(mut self, value: impl Into<String>) -> Self {
        self.routing_number = Some(value.into());
        self
    }
    /// Sets `account_number`.
    pub fn account_number(mut self, value: impl Into<String>) -> Self {
        self.account_number = Some(value.into());
        self
    }
    /// Sets `bank_account_type`.
    pub fn bank_account_type(
        mut self,
        value: super::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    ) -> Self {
        self.bank_account_type = Some(value);
        self
    }
    /// Sets `name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(
        self,
    ) -> Result<CreateCustomerBankFundingSourceWithAccountNumbers, crate::BuildError> {
        let Self {
            routing_number: Some(routing_number),
            account_number: Some(account_number),
            bank_account_type: Some(bank_account_type),
            name: Some(name),
        } = self else {
            let field = if self.routing_number.is_none() {
                "routing_number"
            } else if self.account_number.is_none() {
                "account_number"
            } else if self.bank_account_type.is_none() {
                "bank_account_type"
            } else {
                "name"
            };
            return Err(crate::BuildError {
                model: "CreateCustomerBankFundingSourceWithAccountNumbers",
                field,
            });
        };
        Ok(CreateCustomerBankFundingSourceWithAccountNumbers {
            routing_number,
            account_number,
            bank_account_type,
            name,
        })
    }
}
impl std::fmt::Debug for CreateCustomerBankFundingSourceWithAccountNumbers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCustomerBankFundingSourceWithAccountNumbers")
            .field("routing_number", &super::Redacted)
            .field("account_number", &super::Redacted)
            .field("bank_account_type", &self.bank_account_type)
            .field("name", &self.name)
            .finish()
    }
}
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
/// Adds an already verified bank account to a Customer using a Plaid processor token created for Dwolla.
#[derive(Clone, PartialEq)]
pub struct CreateCustomerBankFundingSourceWithPlaid {
    /// Processor token from Plaid's `/processor/token/create` (with processor `dwolla`).
    ///
    /// Example: `processor-sandbox-4f1e2d3c-9b8a-4c7d-8e6f-5a4b3c2d1e0f`
    pub plaid_token: String,
    /// Kind of bank account.
    ///
    /// Example: `checking`
    pub bank_account_type: super::CreateCustomerBankFundingSourceWithPlaidBankAccountType,
    /// Your label for the funding source, at most 50 characters.
    ///
    /// Example: `Maria's Checking`
    pub name: String,
}
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
impl ::serde::Serialize for CreateCustomerBankFundingSourceWithPlaid {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateCustomerBankFundingSourceWithPlaid",
            3,
        );
        out.field("plaidToken", &self.plaid_token);
        out.field("bankAccountType", &self.bank_account_type);
        out.field("name", &self.name);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateCustomerBankFundingSourceWithPlaid {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateCustomerBankFundingSourceWithPlaid {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateCustomerBankFundingSourceWithPlaid",
        fields: &["plaidToken", "bankAccountType", "name"],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<super::CreateCustomerBankFundingSourceWithPlaidBankAccountType>,
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
            2 => source.value(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2)) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(CreateCustomerBankFundingSourceWithPlaid {
            plaid_token: v0,
            bank_account_type: v1,
            name: v2,
        })
    }
}
impl std::fmt::Debug for CreateCustomerBankFundingSourceWithPlaid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCustomerBankFundingSourceWithPlaid")
            .field("plaid_token", &super::Redacted)
            .field("bank_account_type", &self.bank_account_type)
            .field("name", &self.name)
            .finish()
    }
}
/// Kind of bank account that can be added with a Plaid token.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    /// `checking`
    Checking,
    /// `savings`
    Savings,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Checking => "checking",
            Self::Savings => "savings",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "checking" => Self::Checking,
            "savings" => Self::Savings,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de>
for CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam
for CreateCustomerBankFundingSourceWithPlaidBankAccountType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
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
    /// A shape the docs did not describe, kept as received.
    Other(::serde_json::Value),
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
/// What [`Client::create_customer_funding_source`](crate::dwolla::Client::create_customer_funding_source) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCustomerFundingSourceRequest {
    /// Identifier of the Customer that receives the funding source.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
    /// Details of the bank account to add.
    pub create_customer_funding_source: super::CreateCustomerFundingSource,
}
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
