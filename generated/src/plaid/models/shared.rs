// @generated from specs/plaid/: the models that several resources, or no operation, use. Do not edit: run `cargo run -p generator -- generate`.

/// Two-letter ISO 3166-1 country code of a country Plaid supports.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CountryCode {
    /// `US`
    Us,
    /// `GB`
    Gb,
    /// `ES`
    Es,
    /// `NL`
    Nl,
    /// `FR`
    Fr,
    /// `IE`
    Ie,
    /// `CA`
    Ca,
    /// `DE`
    De,
    /// `IT`
    It,
    /// `PL`
    Pl,
    /// `DK`
    Dk,
    /// `NO`
    No,
    /// `SE`
    Se,
    /// `EE`
    Ee,
    /// `LT`
    Lt,
    /// `LV`
    Lv,
    /// `PT`
    Pt,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl CountryCode {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Us => "US",
            Self::Gb => "GB",
            Self::Es => "ES",
            Self::Nl => "NL",
            Self::Fr => "FR",
            Self::Ie => "IE",
            Self::Ca => "CA",
            Self::De => "DE",
            Self::It => "IT",
            Self::Pl => "PL",
            Self::Dk => "DK",
            Self::No => "NO",
            Self::Se => "SE",
            Self::Ee => "EE",
            Self::Lt => "LT",
            Self::Lv => "LV",
            Self::Pt => "PT",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for CountryCode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "US" => Self::Us,
            "GB" => Self::Gb,
            "ES" => Self::Es,
            "NL" => Self::Nl,
            "FR" => Self::Fr,
            "IE" => Self::Ie,
            "CA" => Self::Ca,
            "DE" => Self::De,
            "IT" => Self::It,
            "PL" => Self::Pl,
            "DK" => Self::Dk,
            "NO" => Self::No,
            "SE" => Self::Se,
            "EE" => Self::Ee,
            "LT" => Self::Lt,
            "LV" => Self::Lv,
            "PT" => Self::Pt,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for CountryCode {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for CountryCode {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CountryCode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CountryCode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for CountryCode {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// Error object returned by Plaid when a call fails, and also used to describe the error state of an Item. `error_type` gives the broad class and `error_code` the precise reason.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaidError {
    /// Broad category of the error; safe to branch on in code.
    pub error_type: super::PlaidErrorType,
    /// Precise error code, for example `ITEM_LOGIN_REQUIRED`; safe to branch on in code.
    pub error_code: String,
    /// Explanation aimed at developers. The text may change, so do not parse it.
    pub error_message: String,
    /// Message suitable for showing to the end user, or null when the error is not something the user can act on.
    pub display_message: Option<String>,
    /// Identifier of the failed request, useful when asking Plaid for help. Absent in webhook payloads.
    pub request_id: Option<String>,
    /// Underlying per-Item errors for calls that touch several Items at once.
    pub causes: Option<Vec<::serde_json::Value>>,
    /// HTTP status code of the error; mainly filled in when the error is delivered through a webhook.
    pub status: Option<i64>,
    /// Link to Plaid documentation about this error.
    pub documentation_url: Option<String>,
    /// Recommended next step for resolving the error, or null.
    pub suggested_action: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl PlaidError {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        error_type: super::PlaidErrorType,
        error_code: impl Into<String>,
        error_message: impl Into<String>,
        display_message: Option<String>,
    ) -> Self {
        Self {
            error_type,
            error_code: error_code.into(),
            error_message: error_message.into(),
            display_message,
            request_id: None,
            causes: None,
            status: None,
            documentation_url: None,
            suggested_action: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> PlaidErrorBuilder {
        <PlaidErrorBuilder as ::core::default::Default>::default()
    }
    /// Sets `display_message`.
    pub fn with_display_message(mut self, value: impl Into<String>) -> Self {
        self.display_message = Some(value.into());
        self
    }
    /// Sets `request_id`.
    pub fn with_request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `causes`.
    pub fn with_causes(mut self, value: Vec<::serde_json::Value>) -> Self {
        self.causes = Some(value);
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `documentation_url`.
    pub fn with_documentation_url(mut self, value: impl Into<String>) -> Self {
        self.documentation_url = Some(value.into());
        self
    }
    /// Sets `suggested_action`.
    pub fn with_suggested_action(mut self, value: impl Into<String>) -> Self {
        self.suggested_action = Some(value.into());
        self
    }
}
impl ::serde::Serialize for PlaidError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("error_type", &self.error_type);
        out.field("error_code", &self.error_code);
        out.field("error_message", &self.error_message);
        out.field("display_message", &self.display_message);
        out.optional("request_id", &self.request_id);
        out.optional("causes", &self.causes);
        out.optional("status", &self.status);
        out.optional("documentation_url", &self.documentation_url);
        out.optional("suggested_action", &self.suggested_action);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for PlaidError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for PlaidError {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "PlaidError",
        fields: &[
            "error_type",
            "error_code",
            "error_message",
            "display_message",
            "request_id",
            "causes",
            "status",
            "documentation_url",
            "suggested_action",
        ],
        keep: true,
    };
    type Slots = (
        Option<super::PlaidErrorType>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<Vec<::serde_json::Value>>,
        Option<i64>,
        Option<String>,
        Option<String>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
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
            3 => source.nullable(&mut slots.3),
            4 => source.optional(&mut slots.4),
            5 => source.optional(&mut slots.5),
            6 => source.optional(&mut slots.6),
            7 => source.optional(&mut slots.7),
            8 => source.optional(&mut slots.8),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.9, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3, v4, v5, v6, v7, v8, v9) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(PlaidError {
            error_type: v0,
            error_code: v1,
            error_message: v2,
            display_message: v3,
            request_id: v4,
            causes: v5,
            status: v6,
            documentation_url: v7,
            suggested_action: v8,
            additional_properties: v9,
        })
    }
}
/// Builds a [`PlaidError`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct PlaidErrorBuilder {
    error_type: Option<super::PlaidErrorType>,
    error_code: Option<String>,
    error_message: Option<String>,
    display_message: Option<String>,
    request_id: Option<String>,
    causes: Option<Vec<::serde_json::Value>>,
    status: Option<i64>,
    documentation_url: Option<String>,
    suggested_action: Option<String>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl PlaidErrorBuilder {
    /// Sets `error_type`.
    pub fn error_type(mut self, value: super::PlaidErrorType) -> Self {
        self.error_type = Some(value);
        self
    }
    /// Sets `error_code`.
    pub fn error_code(mut self, value: impl Into<String>) -> Self {
        self.error_code = Some(value.into());
        self
    }
    /// Sets `error_message`.
    pub fn error_message(mut self, value: impl Into<String>) -> Self {
        self.error_message = Some(value.into());
        self
    }
    /// Sets `display_message`.
    pub fn display_message(mut self, value: impl Into<String>) -> Self {
        self.display_message = Some(value.into());
        self
    }
    /// Sets `request_id`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `causes`.
    pub fn causes(mut self, value: Vec<::serde_json::Value>) -> Self {
        self.causes = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: i64) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `documentation_url`.
    pub fn documentation_url(mut self, value: impl Into<String>) -> Self {
        self.documentation_url = Some(value.into());
        self
    }
    /// Sets `suggested_action`.
    pub fn suggested_action(mut self, value: impl Into<String>) -> Self {
        self.suggested_action = Some(value.into());
        self
    }
    /// Sets one property beyond the documented ones.
    pub fn property(
        mut self,
        key: impl Into<String>,
        value: ::serde_json::Value,
    ) -> Self {
        self.additional_properties.insert(key.into(), value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<PlaidError, crate::BuildError> {
        let Self {
            error_type: Some(error_type),
            error_code: Some(error_code),
            error_message: Some(error_message),
            display_message,
            request_id,
            causes,
            status,
            documentation_url,
            suggested_action,
            additional_properties,
        } = self else {
            let field = if self.error_type.is_none() {
                "error_type"
            } else if self.error_code.is_none() {
                "error_code"
            } else {
                "error_message"
            };
            return Err(crate::BuildError {
                model: "PlaidError",
                field,
            });
        };
        Ok(PlaidError {
            error_type,
            error_code,
            error_message,
            display_message,
            request_id,
            causes,
            status,
            documentation_url,
            suggested_action,
            additional_properties,
        })
    }
}
/// Broad category of a Plaid error.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaidErrorType {
    /// `INVALID_REQUEST`
    InvalidRequest,
    /// `INVALID_RESULT`
    InvalidResult,
    /// `INVALID_INPUT`
    InvalidInput,
    /// `INSTITUTION_ERROR`
    InstitutionError,
    /// `RATE_LIMIT_EXCEEDED`
    RateLimitExceeded,
    /// `API_ERROR`
    ApiError,
    /// `ITEM_ERROR`
    ItemError,
    /// `ASSET_REPORT_ERROR`
    AssetReportError,
    /// `RECAPTCHA_ERROR`
    RecaptchaError,
    /// `OAUTH_ERROR`
    OauthError,
    /// `PAYMENT_ERROR`
    PaymentError,
    /// `BANK_TRANSFER_ERROR`
    BankTransferError,
    /// `INCOME_VERIFICATION_ERROR`
    IncomeVerificationError,
    /// `MICRODEPOSITS_ERROR`
    MicrodepositsError,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl PlaidErrorType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidRequest => "INVALID_REQUEST",
            Self::InvalidResult => "INVALID_RESULT",
            Self::InvalidInput => "INVALID_INPUT",
            Self::InstitutionError => "INSTITUTION_ERROR",
            Self::RateLimitExceeded => "RATE_LIMIT_EXCEEDED",
            Self::ApiError => "API_ERROR",
            Self::ItemError => "ITEM_ERROR",
            Self::AssetReportError => "ASSET_REPORT_ERROR",
            Self::RecaptchaError => "RECAPTCHA_ERROR",
            Self::OauthError => "OAUTH_ERROR",
            Self::PaymentError => "PAYMENT_ERROR",
            Self::BankTransferError => "BANK_TRANSFER_ERROR",
            Self::IncomeVerificationError => "INCOME_VERIFICATION_ERROR",
            Self::MicrodepositsError => "MICRODEPOSITS_ERROR",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for PlaidErrorType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "INVALID_REQUEST" => Self::InvalidRequest,
            "INVALID_RESULT" => Self::InvalidResult,
            "INVALID_INPUT" => Self::InvalidInput,
            "INSTITUTION_ERROR" => Self::InstitutionError,
            "RATE_LIMIT_EXCEEDED" => Self::RateLimitExceeded,
            "API_ERROR" => Self::ApiError,
            "ITEM_ERROR" => Self::ItemError,
            "ASSET_REPORT_ERROR" => Self::AssetReportError,
            "RECAPTCHA_ERROR" => Self::RecaptchaError,
            "OAUTH_ERROR" => Self::OauthError,
            "PAYMENT_ERROR" => Self::PaymentError,
            "BANK_TRANSFER_ERROR" => Self::BankTransferError,
            "INCOME_VERIFICATION_ERROR" => Self::IncomeVerificationError,
            "MICRODEPOSITS_ERROR" => Self::MicrodepositsError,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for PlaidErrorType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for PlaidErrorType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for PlaidErrorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PlaidErrorType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PlaidErrorType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for PlaidErrorType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// A Plaid product that can be enabled on an Item.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Products {
    /// `assets`
    Assets,
    /// `auth`
    Auth,
    /// `balance`
    Balance,
    /// `identity`
    Identity,
    /// `investments`
    Investments,
    /// `investments_auth`
    InvestmentsAuth,
    /// `liabilities`
    Liabilities,
    /// `payment_initiation`
    PaymentInitiation,
    /// `identity_verification`
    IdentityVerification,
    /// `transactions`
    Transactions,
    /// `credit_details`
    CreditDetails,
    /// `income`
    Income,
    /// `income_verification`
    IncomeVerification,
    /// `deposit_switch`
    DepositSwitch,
    /// `standing_orders`
    StandingOrders,
    /// `transfer`
    Transfer,
    /// `employment`
    Employment,
    /// `recurring_transactions`
    RecurringTransactions,
    /// `signal`
    Signal,
    /// `statements`
    Statements,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl Products {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Assets => "assets",
            Self::Auth => "auth",
            Self::Balance => "balance",
            Self::Identity => "identity",
            Self::Investments => "investments",
            Self::InvestmentsAuth => "investments_auth",
            Self::Liabilities => "liabilities",
            Self::PaymentInitiation => "payment_initiation",
            Self::IdentityVerification => "identity_verification",
            Self::Transactions => "transactions",
            Self::CreditDetails => "credit_details",
            Self::Income => "income",
            Self::IncomeVerification => "income_verification",
            Self::DepositSwitch => "deposit_switch",
            Self::StandingOrders => "standing_orders",
            Self::Transfer => "transfer",
            Self::Employment => "employment",
            Self::RecurringTransactions => "recurring_transactions",
            Self::Signal => "signal",
            Self::Statements => "statements",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for Products {
    fn from(value: String) -> Self {
        match value.as_str() {
            "assets" => Self::Assets,
            "auth" => Self::Auth,
            "balance" => Self::Balance,
            "identity" => Self::Identity,
            "investments" => Self::Investments,
            "investments_auth" => Self::InvestmentsAuth,
            "liabilities" => Self::Liabilities,
            "payment_initiation" => Self::PaymentInitiation,
            "identity_verification" => Self::IdentityVerification,
            "transactions" => Self::Transactions,
            "credit_details" => Self::CreditDetails,
            "income" => Self::Income,
            "income_verification" => Self::IncomeVerification,
            "deposit_switch" => Self::DepositSwitch,
            "standing_orders" => Self::StandingOrders,
            "transfer" => Self::Transfer,
            "employment" => Self::Employment,
            "recurring_transactions" => Self::RecurringTransactions,
            "signal" => Self::Signal,
            "statements" => Self::Statements,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for Products {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for Products {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for Products {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for Products {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Products {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for Products {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
