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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("CreateCustomerBankFundingSourceWithAccountNumbers", 4)?;
        state.serialize_field("routingNumber", &self.routing_number)?;
        state.serialize_field("accountNumber", &self.account_number)?;
        state.serialize_field("bankAccountType", &self.bank_account_type)?;
        state.serialize_field("name", &self.name)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de>
for CreateCustomerBankFundingSourceWithAccountNumbers {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "routingNumber",
            "accountNumber",
            "bankAccountType",
            "name",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateCustomerBankFundingSourceWithAccountNumbers;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(
                    f,
                    "CreateCustomerBankFundingSourceWithAccountNumbers",
                )
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateCustomerBankFundingSourceWithAccountNumbers, A::Error> {
                Ok(CreateCustomerBankFundingSourceWithAccountNumbers {
                    routing_number: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateCustomerBankFundingSourceWithAccountNumbers with 4 elements",
                    )?,
                    account_number: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateCustomerBankFundingSourceWithAccountNumbers with 4 elements",
                    )?,
                    bank_account_type: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct CreateCustomerBankFundingSourceWithAccountNumbers with 4 elements",
                    )?,
                    name: crate::runtime::wire::element(
                        &mut seq,
                        3,
                        "struct CreateCustomerBankFundingSourceWithAccountNumbers with 4 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomerBankFundingSourceWithAccountNumbers, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<
                    super::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
                > = None;
                let mut v3: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "routingNumber",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v1,
                                "accountNumber",
                            )?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v2,
                                "bankAccountType",
                            )?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "name")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateCustomerBankFundingSourceWithAccountNumbers {
                    routing_number: crate::runtime::wire::required(v0, "routingNumber")?,
                    account_number: crate::runtime::wire::required(v1, "accountNumber")?,
                    bank_account_type: crate::runtime::wire::required(
                        v2,
                        "bankAccountType",
                    )?,
                    name: crate::runtime::wire::required(v3, "name")?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "CreateCustomerBankFundingSourceWithAccountNumbers",
                FIELDS,
                __Visitor,
            )
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("CreateCustomerBankFundingSourceWithPlaid", 3)?;
        state.serialize_field("plaidToken", &self.plaid_token)?;
        state.serialize_field("bankAccountType", &self.bank_account_type)?;
        state.serialize_field("name", &self.name)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateCustomerBankFundingSourceWithPlaid {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["plaidToken", "bankAccountType", "name"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateCustomerBankFundingSourceWithPlaid;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(
                    f,
                    "CreateCustomerBankFundingSourceWithPlaid",
                )
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateCustomerBankFundingSourceWithPlaid, A::Error> {
                Ok(CreateCustomerBankFundingSourceWithPlaid {
                    plaid_token: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateCustomerBankFundingSourceWithPlaid with 3 elements",
                    )?,
                    bank_account_type: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateCustomerBankFundingSourceWithPlaid with 3 elements",
                    )?,
                    name: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct CreateCustomerBankFundingSourceWithPlaid with 3 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomerBankFundingSourceWithPlaid, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<
                    super::CreateCustomerBankFundingSourceWithPlaidBankAccountType,
                > = None;
                let mut v2: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "plaidToken")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v1,
                                "bankAccountType",
                            )?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "name")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateCustomerBankFundingSourceWithPlaid {
                    plaid_token: crate::runtime::wire::required(v0, "plaidToken")?,
                    bank_account_type: crate::runtime::wire::required(
                        v1,
                        "bankAccountType",
                    )?,
                    name: crate::runtime::wire::required(v2, "name")?,
                })
            }
        }
        deserializer
            .deserialize_struct(
                "CreateCustomerBankFundingSourceWithPlaid",
                FIELDS,
                __Visitor,
            )
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
