// @generated from specs/dwolla/: the models whose names start with `Create`. Do not edit: run `cargo run -p generator -- generate`.

/// Adds a bank account to a Customer by giving its routing and account numbers. The account starts out unverified.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
        CreateCustomerBankFundingSourceWithAccountNumbersBuilder::default()
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
        let missing = |field| crate::BuildError {
            model: "CreateCustomerBankFundingSourceWithAccountNumbers",
            field,
        };
        Ok(CreateCustomerBankFundingSourceWithAccountNumbers {
            routing_number: self.routing_number.ok_or(missing("routing_number"))?,
            account_number: self.account_number.ok_or(missing("account_number"))?,
            bank_account_type: self
                .bank_account_type
                .ok_or(missing("bank_account_type"))?,
            name: self.name.ok_or(missing("name"))?,
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
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
/// Request body for creating a receive-only user, who can only be paid and cannot send money.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateReceiveOnlyUser {
    /// Given name of the person.
    ///
    /// Example: `Maria`
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Family name of the person.
    ///
    /// Example: `Okafor`
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Email address of the person; must be unique among your Customers.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// IP address of the person at the time of sign-up.
    ///
    /// Example: `203.0.113.42`
    #[serde(rename = "ipAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// Phone number, digits only.
    ///
    /// Example: `3195550147`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Your own identifier for this Customer, handy for reconciling records.
    ///
    /// Example: `user-8841`
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Name of the person's business, if any.
    ///
    /// Example: `Okafor Design Studio`
    #[serde(rename = "businessName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
}
impl CreateReceiveOnlyUser {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            ip_address: None,
            phone: None,
            correlation_id: None,
            business_name: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> CreateReceiveOnlyUserBuilder {
        CreateReceiveOnlyUserBuilder::default()
    }
    /// Sets `ip_address`.
    pub fn with_ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn with_business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
}
/// Builds a [`CreateReceiveOnlyUser`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct CreateReceiveOnlyUserBuilder {
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    ip_address: Option<String>,
    phone: Option<String>,
    correlation_id: Option<String>,
    business_name: Option<String>,
}
impl CreateReceiveOnlyUserBuilder {
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `ip_address`.
    pub fn ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<CreateReceiveOnlyUser, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "CreateReceiveOnlyUser",
            field,
        };
        Ok(CreateReceiveOnlyUser {
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            ip_address: self.ip_address,
            phone: self.phone,
            correlation_id: self.correlation_id,
            business_name: self.business_name,
        })
    }
}
/// Request body for creating an unverified Customer, which needs only a name and email and has lower transaction limits.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateUnverifiedCustomer {
    /// Given name of the person.
    ///
    /// Example: `Maria`
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Family name of the person.
    ///
    /// Example: `Okafor`
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Email address of the person; must be unique among your Customers.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// IP address of the person at the time of sign-up.
    ///
    /// Example: `203.0.113.42`
    #[serde(rename = "ipAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// Phone number, digits only.
    ///
    /// Example: `3195550147`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Your own identifier for this Customer, handy for reconciling records.
    ///
    /// Example: `user-8841`
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Name of the person's business, if any.
    ///
    /// Example: `Okafor Design Studio`
    #[serde(rename = "businessName")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub business_name: Option<String>,
}
impl CreateUnverifiedCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            ip_address: None,
            phone: None,
            correlation_id: None,
            business_name: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> CreateUnverifiedCustomerBuilder {
        CreateUnverifiedCustomerBuilder::default()
    }
    /// Sets `ip_address`.
    pub fn with_ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn with_business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
}
/// Builds a [`CreateUnverifiedCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct CreateUnverifiedCustomerBuilder {
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    ip_address: Option<String>,
    phone: Option<String>,
    correlation_id: Option<String>,
    business_name: Option<String>,
}
impl CreateUnverifiedCustomerBuilder {
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `ip_address`.
    pub fn ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<CreateUnverifiedCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "CreateUnverifiedCustomer",
            field,
        };
        Ok(CreateUnverifiedCustomer {
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            ip_address: self.ip_address,
            phone: self.phone,
            correlation_id: self.correlation_id,
            business_name: self.business_name,
        })
    }
}
/// Request body for creating a verified personal Customer; identity details are checked before the Customer can move larger amounts.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateVerifiedPersonalCustomer {
    /// Given name of the person.
    ///
    /// Example: `Maria`
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Family name of the person.
    ///
    /// Example: `Okafor`
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Email address of the person; must be unique among your Customers.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// IP address of the person at the time of sign-up.
    ///
    /// Example: `203.0.113.42`
    #[serde(rename = "ipAddress")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    /// Phone number, digits only.
    ///
    /// Example: `3195550147`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Your own identifier for this Customer, handy for reconciling records.
    ///
    /// Example: `user-8841`
    #[serde(rename = "correlationId")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correlation_id: Option<String>,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// City of residence.
    ///
    /// Example: `Ames`
    pub city: String,
    /// Two-letter US state abbreviation.
    ///
    /// Example: `IA`
    pub state: String,
    /// US ZIP code.
    ///
    /// Example: `50010`
    #[serde(rename = "postalCode")]
    pub postal_code: String,
    /// Last four digits of the Social Security number (the full number may be required in some cases).
    ///
    /// Example: `6789`
    pub ssn: String,
    /// Date of birth in `YYYY-MM-DD` form.
    ///
    /// Example: `1988-04-17`
    #[serde(rename = "dateOfBirth")]
    pub date_of_birth: String,
}
impl CreateVerifiedPersonalCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> CreateVerifiedPersonalCustomerBuilder {
        CreateVerifiedPersonalCustomerBuilder::default()
    }
    /// Sets `ip_address`.
    pub fn with_ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
}
/// Builds a [`CreateVerifiedPersonalCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct CreateVerifiedPersonalCustomerBuilder {
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    ip_address: Option<String>,
    phone: Option<String>,
    correlation_id: Option<String>,
    address1: Option<String>,
    address2: Option<String>,
    city: Option<String>,
    state: Option<String>,
    postal_code: Option<String>,
    ssn: Option<String>,
    date_of_birth: Option<String>,
}
impl CreateVerifiedPersonalCustomerBuilder {
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `ip_address`.
    pub fn ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `address1`.
    pub fn address1(mut self, value: impl Into<String>) -> Self {
        self.address1 = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `postal_code`.
    pub fn postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    /// Sets `ssn`.
    pub fn ssn(mut self, value: impl Into<String>) -> Self {
        self.ssn = Some(value.into());
        self
    }
    /// Sets `date_of_birth`.
    pub fn date_of_birth(mut self, value: impl Into<String>) -> Self {
        self.date_of_birth = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<CreateVerifiedPersonalCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "CreateVerifiedPersonalCustomer",
            field,
        };
        Ok(CreateVerifiedPersonalCustomer {
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            ip_address: self.ip_address,
            phone: self.phone,
            correlation_id: self.correlation_id,
            address1: self.address1.ok_or(missing("address1"))?,
            address2: self.address2,
            city: self.city.ok_or(missing("city"))?,
            state: self.state.ok_or(missing("state"))?,
            postal_code: self.postal_code.ok_or(missing("postal_code"))?,
            ssn: self.ssn.ok_or(missing("ssn"))?,
            date_of_birth: self.date_of_birth.ok_or(missing("date_of_birth"))?,
        })
    }
}
impl std::fmt::Debug for CreateVerifiedPersonalCustomer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateVerifiedPersonalCustomer")
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("email", &self.email)
            .field("ip_address", &self.ip_address)
            .field("phone", &self.phone)
            .field("correlation_id", &self.correlation_id)
            .field("address1", &self.address1)
            .field("address2", &self.address2)
            .field("city", &self.city)
            .field("state", &self.state)
            .field("postal_code", &self.postal_code)
            .field("ssn", &super::Redacted)
            .field("date_of_birth", &self.date_of_birth)
            .finish()
    }
}
/// Form body for requesting an application access token with the OAuth 2.0 client credentials grant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApplicationAccessTokenRequest {
    /// OAuth grant type; always `client_credentials`.
    ///
    /// Example: `client_credentials`
    pub grant_type: super::GrantType,
}
impl CreateApplicationAccessTokenRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(grant_type: super::GrantType) -> Self {
        Self { grant_type }
    }
}
/// A newly issued application access token.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApplicationAccessTokenResponse {
    /// Bearer token for calling the API on behalf of your application.
    ///
    /// Example: `Qx7bK2mN4pR9sT1vW3yZ5aC8dE0fG6hJ2kL4mN7pQ9rS1tU3vX`
    pub access_token: String,
    /// Token scheme to use in the `Authorization` header; `Bearer`.
    ///
    /// Example: `Bearer`
    pub token_type: String,
    /// Seconds until the token expires.
    ///
    /// Example: `3600`
    pub expires_in: i64,
}
impl CreateApplicationAccessTokenResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        access_token: impl Into<String>,
        token_type: impl Into<String>,
        expires_in: i64,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            token_type: token_type.into(),
            expires_in,
        }
    }
}
impl std::fmt::Debug for CreateApplicationAccessTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateApplicationAccessTokenResponse")
            .field("access_token", &super::Redacted)
            .field("token_type", &self.token_type)
            .field("expires_in", &self.expires_in)
            .finish()
    }
}
/// Credentials for the token endpoint, which uses HTTP Basic authentication with your application key and secret.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApplicationAccessTokenSecurity {
    /// HTTP Basic credentials built from your application key (username) and secret (password).
    pub basic_auth: String,
}
impl CreateApplicationAccessTokenSecurity {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(basic_auth: impl Into<String>) -> Self {
        Self {
            basic_auth: basic_auth.into(),
        }
    }
}
/// Link to a Customer resource.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenCustomer {
    /// URL of the Customer who will use the drop-in component.
    ///
    /// Example: `https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub href: String,
}
impl CreateClientTokenCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(href: impl Into<String>) -> Self {
        Self { href: href.into() }
    }
}
/// Links identifying the Customer the client token is issued for.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenLinks {
    /// Link to the Customer.
    pub customer: super::CreateClientTokenCustomer,
}
impl CreateClientTokenLinks {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(customer: super::CreateClientTokenCustomer) -> Self {
        Self { customer }
    }
}
/// What [`Client::create_client_token`](crate::dwolla::Client::create_client_token) takes.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenRequest {
    /// A granular permission for the Customer performing an action within a drop-in component
    ///
    /// Example: `customer.update`
    pub action: String,
    #[serde(rename = "_links")]
    pub links: super::CreateClientTokenLinks,
}
impl CreateClientTokenRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(action: impl Into<String>, links: super::CreateClientTokenLinks) -> Self {
        Self {
            action: action.into(),
            links,
        }
    }
}
/// A client token for a front-end drop-in component.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenResponse {
    /// Short-lived token to hand to the drop-in component in the browser.
    ///
    /// Example: `cT4kRw9zLm2qXv7bN1sJ5hD8fG3yP6aE0uK`
    pub token: String,
}
impl CreateClientTokenResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(token: impl Into<String>) -> Self {
        Self { token: token.into() }
    }
}
impl std::fmt::Debug for CreateClientTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateClientTokenResponse")
            .field("token", &super::Redacted)
            .finish()
    }
}
/// A file to upload: its name and its bytes.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCustomerDocumentFile {
    /// Name the file is sent under.
    #[serde(rename = "fileName")]
    pub file_name: String,
    /// The file's bytes.
    pub content: Vec<u8>,
}
impl CreateCustomerDocumentFile {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(file_name: impl Into<String>, content: Vec<u8>) -> Self {
        Self {
            file_name: file_name.into(),
            content,
        }
    }
}
/// What [`Client::create_customer_document`](crate::dwolla::Client::create_customer_document) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCustomerDocumentRequest {
    /// Id of the Customer the document belongs to.
    pub id: String,
    /// The document: its kind and the file itself.
    pub request_body: super::CreateCustomerDocumentRequestBody,
}
impl CreateCustomerDocumentRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        id: impl Into<String>,
        request_body: super::CreateCustomerDocumentRequestBody,
    ) -> Self {
        Self {
            id: id.into(),
            request_body,
        }
    }
}
/// The two form fields of a document upload.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCustomerDocumentRequestBody {
    /// Which kind of identity document the file shows.
    #[serde(rename = "documentType")]
    pub document_type: super::DocumentType,
    /// The scan or photo: a color image (JPEG or PNG) or a PDF, clear enough to read.
    pub file: super::CreateCustomerDocumentFile,
}
impl CreateCustomerDocumentRequestBody {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        document_type: super::DocumentType,
        file: super::CreateCustomerDocumentFile,
    ) -> Self {
        Self { document_type, file }
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
/// Body of a create-customer request. Which variant is sent decides the type of Customer that gets created.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(tag = "type")]
pub enum CreateCustomerRequest {
    #[serde(rename = "receive-only")]
    CreateReceiveOnlyUser(super::CreateReceiveOnlyUser),
    #[serde(rename = "unverified")]
    CreateUnverifiedCustomer(super::CreateUnverifiedCustomer),
    #[serde(rename = "personal")]
    CreateVerifiedPersonalCustomer(super::CreateVerifiedPersonalCustomer),
}
impl From<super::CreateReceiveOnlyUser> for CreateCustomerRequest {
    fn from(value: super::CreateReceiveOnlyUser) -> Self {
        Self::CreateReceiveOnlyUser(value)
    }
}
impl From<super::CreateUnverifiedCustomer> for CreateCustomerRequest {
    fn from(value: super::CreateUnverifiedCustomer) -> Self {
        Self::CreateUnverifiedCustomer(value)
    }
}
impl From<super::CreateVerifiedPersonalCustomer> for CreateCustomerRequest {
    fn from(value: super::CreateVerifiedPersonalCustomer) -> Self {
        Self::CreateVerifiedPersonalCustomer(value)
    }
}
