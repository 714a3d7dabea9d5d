// @generated from specs/dwolla/: the models whose names start with `Create`. Do not edit: run `cargo run -p generator -- generate`.

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
#[allow(deprecated)]
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
#[allow(deprecated)]
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
}
/// Request body for creating a verified personal Customer; identity details are checked before the Customer can move larger amounts.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
#[allow(deprecated)]
impl CreateVerifiedPersonalCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
        address1: impl Into<String>,
        city: impl Into<String>,
        state: impl Into<String>,
        postal_code: impl Into<String>,
        ssn: impl Into<String>,
        date_of_birth: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            ip_address: None,
            phone: None,
            correlation_id: None,
            address1: address1.into(),
            address2: None,
            city: city.into(),
            state: state.into(),
            postal_code: postal_code.into(),
            ssn: ssn.into(),
            date_of_birth: date_of_birth.into(),
        }
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
#[allow(deprecated)]
impl CreateApplicationAccessTokenRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(grant_type: super::GrantType) -> Self {
        Self { grant_type }
    }
}
/// A newly issued application access token.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
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
#[allow(deprecated)]
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
/// Credentials for the token endpoint, which uses HTTP Basic authentication with your application key and secret.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApplicationAccessTokenSecurity {
    /// HTTP Basic credentials built from your application key (username) and secret (password).
    pub basic_auth: String,
}
#[allow(deprecated)]
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
#[allow(deprecated)]
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
#[allow(deprecated)]
impl CreateClientTokenLinks {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(customer: super::CreateClientTokenCustomer) -> Self {
        Self { customer }
    }
}
/// `CreateClientTokenRequest` from the Dwolla docs.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenRequest {
    /// A granular permission for the Customer performing an action within a drop-in component
    ///
    /// Example: `customer.update`
    pub action: String,
    #[serde(rename = "_links")]
    pub links: super::CreateClientTokenLinks,
}
#[allow(deprecated)]
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenResponse {
    /// Short-lived token to hand to the drop-in component in the browser.
    ///
    /// Example: `cT4kRw9zLm2qXv7bN1sJ5hD8fG3yP6aE0uK`
    pub token: String,
}
#[allow(deprecated)]
impl CreateClientTokenResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(token: impl Into<String>) -> Self {
        Self { token: token.into() }
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
#[allow(deprecated)]
impl CreateCustomerDocumentFile {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(file_name: impl Into<String>, content: Vec<u8>) -> Self {
        Self {
            file_name: file_name.into(),
            content,
        }
    }
}
/// `CreateCustomerDocumentRequest` from the Dwolla docs.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCustomerDocumentRequest {
    /// Id of the Customer the document belongs to.
    pub id: String,
    /// The document: its kind and the file itself.
    pub request_body: super::CreateCustomerDocumentRequestBody,
}
#[allow(deprecated)]
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
#[allow(deprecated)]
impl CreateCustomerDocumentRequestBody {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        document_type: super::DocumentType,
        file: super::CreateCustomerDocumentFile,
    ) -> Self {
        Self { document_type, file }
    }
}
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
