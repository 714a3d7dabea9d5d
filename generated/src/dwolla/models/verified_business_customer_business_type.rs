// @generated from specs/dwolla/models/verifiedbusinesscustomerbusinesstype.md. Do not edit: run `cargo run -p generator -- generate`.

/// Legal structure of a verified business.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedBusinessCustomerBusinessType {
    /// `llc`
    Llc,
    /// `corporation`
    Corporation,
    /// `partnership`
    Partnership,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedBusinessCustomerBusinessType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Llc => "llc",
            Self::Corporation => "corporation",
            Self::Partnership => "partnership",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedBusinessCustomerBusinessType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "llc" => Self::Llc,
            "corporation" => Self::Corporation,
            "partnership" => Self::Partnership,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedBusinessCustomerBusinessType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedBusinessCustomerBusinessType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedBusinessCustomerBusinessType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedBusinessCustomerBusinessType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerBusinessType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedBusinessCustomerBusinessType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
