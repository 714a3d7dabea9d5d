// @generated from specs/dwolla/models/verifiedsolepropcustomerstatus.md. Do not edit: run `cargo run -p generator -- generate`.

/// Possible states of a verified sole proprietorship.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedSolePropCustomerStatus {
    /// `verified`
    Verified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// `document`
    Document,
    /// `retry`
    Retry,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedSolePropCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Document => "document",
            Self::Retry => "retry",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedSolePropCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "verified" => Self::Verified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            "document" => Self::Document,
            "retry" => Self::Retry,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedSolePropCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedSolePropCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedSolePropCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedSolePropCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedSolePropCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedSolePropCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
