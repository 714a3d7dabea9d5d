// @generated from specs/dwolla/models/receiveonlycustomerstatus.md. Do not edit: run `cargo run -p generator -- generate`.

/// Possible states of a receive-only user.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReceiveOnlyCustomerStatus {
    /// `unverified`
    Unverified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl ReceiveOnlyCustomerStatus {
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
impl From<String> for ReceiveOnlyCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for ReceiveOnlyCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for ReceiveOnlyCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ReceiveOnlyCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ReceiveOnlyCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReceiveOnlyCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for ReceiveOnlyCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
