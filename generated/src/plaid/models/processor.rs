// @generated from specs/plaid/: the models of the `processor` operations. Do not edit: run `cargo run -p generator -- generate`.

/// Payment or platform partner that a processor token is created for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Processor {
    /// `dwolla`
    Dwolla,
    /// `galileo`
    Galileo,
    /// `modern_treasury`
    ModernTreasury,
    /// `ocrolus`
    Ocrolus,
    /// `prime_trust`
    PrimeTrust,
    /// `vesta`
    Vesta,
    /// `drivewealth`
    Drivewealth,
    /// `vopay`
    Vopay,
    /// `achq`
    Achq,
    /// `check`
    Check,
    /// `checkbook`
    Checkbook,
    /// `circle`
    Circle,
    /// `sila_money`
    SilaMoney,
    /// `rize`
    Rize,
    /// `svb_api`
    SvbApi,
    /// `unit`
    Unit,
    /// `wyre`
    Wyre,
    /// `lithic`
    Lithic,
    /// `alpaca`
    Alpaca,
    /// `astra`
    Astra,
    /// `moov`
    Moov,
    /// `treasury_prime`
    TreasuryPrime,
    /// `marqeta`
    Marqeta,
    /// `checkout`
    Checkout,
    /// `solid`
    Solid,
    /// `highnote`
    Highnote,
    /// `gemini`
    Gemini,
    /// `apex_clearing`
    ApexClearing,
    /// `gusto`
    Gusto,
    /// `adyen`
    Adyen,
    /// `atomic`
    Atomic,
    /// `i2c`
    I2c,
    /// `wepay`
    Wepay,
    /// `riskified`
    Riskified,
    /// `utb`
    Utb,
    /// `adp_roll`
    AdpRoll,
    /// `fortress_trust`
    FortressTrust,
    /// `bond`
    Bond,
    /// `bakkt`
    Bakkt,
    /// `teal`
    Teal,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl Processor {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dwolla => "dwolla",
            Self::Galileo => "galileo",
            Self::ModernTreasury => "modern_treasury",
            Self::Ocrolus => "ocrolus",
            Self::PrimeTrust => "prime_trust",
            Self::Vesta => "vesta",
            Self::Drivewealth => "drivewealth",
            Self::Vopay => "vopay",
            Self::Achq => "achq",
            Self::Check => "check",
            Self::Checkbook => "checkbook",
            Self::Circle => "circle",
            Self::SilaMoney => "sila_money",
            Self::Rize => "rize",
            Self::SvbApi => "svb_api",
            Self::Unit => "unit",
            Self::Wyre => "wyre",
            Self::Lithic => "lithic",
            Self::Alpaca => "alpaca",
            Self::Astra => "astra",
            Self::Moov => "moov",
            Self::TreasuryPrime => "treasury_prime",
            Self::Marqeta => "marqeta",
            Self::Checkout => "checkout",
            Self::Solid => "solid",
            Self::Highnote => "highnote",
            Self::Gemini => "gemini",
            Self::ApexClearing => "apex_clearing",
            Self::Gusto => "gusto",
            Self::Adyen => "adyen",
            Self::Atomic => "atomic",
            Self::I2c => "i2c",
            Self::Wepay => "wepay",
            Self::Riskified => "riskified",
            Self::Utb => "utb",
            Self::AdpRoll => "adp_roll",
            Self::FortressTrust => "fortress_trust",
            Self::Bond => "bond",
            Self::Bakkt => "bakkt",
            Self::Teal => "teal",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for Processor {
    fn from(value: String) -> Self {
        match value.as_str() {
            "dwolla" => Self::Dwolla,
            "galileo" => Self::Galileo,
            "modern_treasury" => Self::ModernTreasury,
            "ocrolus" => Self::Ocrolus,
            "prime_trust" => Self::PrimeTrust,
            "vesta" => Self::Vesta,
            "drivewealth" => Self::Drivewealth,
            "vopay" => Self::Vopay,
            "achq" => Self::Achq,
            "check" => Self::Check,
            "checkbook" => Self::Checkbook,
            "circle" => Self::Circle,
            "sila_money" => Self::SilaMoney,
            "rize" => Self::Rize,
            "svb_api" => Self::SvbApi,
            "unit" => Self::Unit,
            "wyre" => Self::Wyre,
            "lithic" => Self::Lithic,
            "alpaca" => Self::Alpaca,
            "astra" => Self::Astra,
            "moov" => Self::Moov,
            "treasury_prime" => Self::TreasuryPrime,
            "marqeta" => Self::Marqeta,
            "checkout" => Self::Checkout,
            "solid" => Self::Solid,
            "highnote" => Self::Highnote,
            "gemini" => Self::Gemini,
            "apex_clearing" => Self::ApexClearing,
            "gusto" => Self::Gusto,
            "adyen" => Self::Adyen,
            "atomic" => Self::Atomic,
            "i2c" => Self::I2c,
            "wepay" => Self::Wepay,
            "riskified" => Self::Riskified,
            "utb" => Self::Utb,
            "adp_roll" => Self::AdpRoll,
            "fortress_trust" => Self::FortressTrust,
            "bond" => Self::Bond,
            "bakkt" => Self::Bakkt,
            "teal" => Self::Teal,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for Processor {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for Processor {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for Processor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for Processor {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for Processor {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for Processor {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// ProcessorTokenCreateRequest defines the request schema for `/processor/token/create`
#[derive(Clone, PartialEq)]
pub struct ProcessorTokenCreateRequest {
    /// The access token associated with the Item data is being requested for.
    pub access_token: String,
    /// The `account_id` value obtained from the `onSuccess` callback in Link
    pub account_id: String,
    /// The processor you are integrating with.
    pub processor: super::Processor,
    /// Your Plaid API `client_id`. The `client_id` is required and may be provided either in the `PLAID-CLIENT-ID` header or as part of a request body.
    pub client_id: Option<String>,
    /// Your Plaid API `secret`. The `secret` is required and may be provided either in the `PLAID-SECRET` header or as part of a request body.
    pub secret: Option<String>,
}
impl ProcessorTokenCreateRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        access_token: impl Into<String>,
        account_id: impl Into<String>,
        processor: super::Processor,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            account_id: account_id.into(),
            processor,
            client_id: None,
            secret: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> ProcessorTokenCreateRequestBuilder {
        <ProcessorTokenCreateRequestBuilder as ::core::default::Default>::default()
    }
    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
}
impl ::serde::Serialize for ProcessorTokenCreateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "ProcessorTokenCreateRequest",
            5,
        );
        out.field("access_token", &self.access_token);
        out.field("account_id", &self.account_id);
        out.field("processor", &self.processor);
        out.optional("client_id", &self.client_id);
        out.optional("secret", &self.secret);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ProcessorTokenCreateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for ProcessorTokenCreateRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "ProcessorTokenCreateRequest",
        fields: &["access_token", "account_id", "processor", "client_id", "secret"],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<super::Processor>,
        Option<String>,
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
            3 => source.optional(&mut slots.3),
            4 => source.optional(&mut slots.4),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3, v4) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(ProcessorTokenCreateRequest {
            access_token: v0,
            account_id: v1,
            processor: v2,
            client_id: v3,
            secret: v4,
        })
    }
}
/// Builds a [`ProcessorTokenCreateRequest`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct ProcessorTokenCreateRequestBuilder {
    access_token: Option<String>,
    account_id: Option<String>,
    processor: Option<super::Processor>,
    client_id: Option<String>,
    secret: Option<String>,
}
impl ProcessorTokenCreateRequestBuilder {
    /// Sets `access_token`.
    pub fn access_token(mut self, value: impl Into<String>) -> Self {
        self.access_token = Some(value.into());
        self
    }
    /// Sets `account_id`.
    pub fn account_id(mut self, value: impl Into<String>) -> Self {
        self.account_id = Some(value.into());
        self
    }
    /// Sets `processor`.
    pub fn processor(mut self, value: super::Processor) -> Self {
        self.processor = Some(value);
        self
    }
    /// Sets `client_id`.
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<ProcessorTokenCreateRequest, crate::BuildError> {
        let Self {
            access_token: Some(access_token),
            account_id: Some(account_id),
            processor: Some(processor),
            client_id,
            secret,
        } = self else {
            let field = if self.access_token.is_none() {
                "access_token"
            } else if self.account_id.is_none() {
                "account_id"
            } else {
                "processor"
            };
            return Err(crate::BuildError {
                model: "ProcessorTokenCreateRequest",
                field,
            });
        };
        Ok(ProcessorTokenCreateRequest {
            access_token,
            account_id,
            processor,
            client_id,
            secret,
        })
    }
}
impl std::fmt::Debug for ProcessorTokenCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProcessorTokenCreateRequest")
            .field("access_token", &super::Redacted)
            .field("account_id", &self.account_id)
            .field("processor", &self.processor)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// ProcessorTokenCreateResponse defines the response schema for `/processor/token/create`. It returns a token that can be handed to a payment partner.
#[derive(Clone, PartialEq)]
pub struct ProcessorTokenCreateResponse {
    /// Token that lets the chosen processor (for example Dwolla) access one account of the Item.
    pub processor_token: String,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ProcessorTokenCreateResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        processor_token: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            processor_token: processor_token.into(),
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
impl ::serde::Serialize for ProcessorTokenCreateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("processor_token", &self.processor_token);
        out.field("request_id", &self.request_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for ProcessorTokenCreateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for ProcessorTokenCreateResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "ProcessorTokenCreateResponse",
        fields: &["processor_token", "request_id"],
        keep: true,
    };
    type Slots = (
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
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.2, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), v2) = slots else {
            return Err(&[0, 1]);
        };
        Ok(ProcessorTokenCreateResponse {
            processor_token: v0,
            request_id: v1,
            additional_properties: v2,
        })
    }
}
impl std::fmt::Debug for ProcessorTokenCreateResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProcessorTokenCreateResponse")
            .field("processor_token", &super::Redacted)
            .field("request_id", &self.request_id)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}
