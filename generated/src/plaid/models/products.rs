// @generated from specs/plaid/: the models whose names start with `Products`. Do not edit: run `cargo run -p generator -- generate`.

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
