// @generated from specs/plaid/models/components/accounttype.md. Do not edit: run `cargo run -p generator -- generate`.

/// Broad category of an account. `brokerage` is the older name of `investment`, used by API versions from 2018-05-22 and before.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountType {
    /// `investment`
    Investment,
    /// `credit`
    Credit,
    /// `depository`
    Depository,
    /// `loan`
    Loan,
    /// `brokerage`
    Brokerage,
    /// `other`
    Other,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl AccountType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Investment => "investment",
            Self::Credit => "credit",
            Self::Depository => "depository",
            Self::Loan => "loan",
            Self::Brokerage => "brokerage",
            Self::Other => "other",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for AccountType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "investment" => Self::Investment,
            "credit" => Self::Credit,
            "depository" => Self::Depository,
            "loan" => Self::Loan,
            "brokerage" => Self::Brokerage,
            "other" => Self::Other,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for AccountType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for AccountType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for AccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccountType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for AccountType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
