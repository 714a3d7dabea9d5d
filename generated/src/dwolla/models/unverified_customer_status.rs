// @generated from specs/dwolla/models/unverifiedcustomerstatus.md. Do not edit: run `cargo run -p generator -- generate`.

/// Possible states of an unverified Customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnverifiedCustomerStatus {
    /// `unverified`
    Unverified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl UnverifiedCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for UnverifiedCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for UnverifiedCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for UnverifiedCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for UnverifiedCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UnverifiedCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnverifiedCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for UnverifiedCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
