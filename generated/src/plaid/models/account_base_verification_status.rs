// @generated from specs/plaid/models/components/accountbaseverificationstatus.md. Do not edit: run `cargo run -p generator -- generate`.

/// State of micro-deposit verification for an account.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AccountBaseVerificationStatus {
    /// `automatically_verified`
    AutomaticallyVerified,
    /// `pending_automatic_verification`
    PendingAutomaticVerification,
    /// `pending_manual_verification`
    PendingManualVerification,
    /// `manually_verified`
    ManuallyVerified,
    /// `verification_expired`
    VerificationExpired,
    /// `verification_failed`
    VerificationFailed,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl AccountBaseVerificationStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutomaticallyVerified => "automatically_verified",
            Self::PendingAutomaticVerification => "pending_automatic_verification",
            Self::PendingManualVerification => "pending_manual_verification",
            Self::ManuallyVerified => "manually_verified",
            Self::VerificationExpired => "verification_expired",
            Self::VerificationFailed => "verification_failed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for AccountBaseVerificationStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "automatically_verified" => Self::AutomaticallyVerified,
            "pending_automatic_verification" => Self::PendingAutomaticVerification,
            "pending_manual_verification" => Self::PendingManualVerification,
            "manually_verified" => Self::ManuallyVerified,
            "verification_expired" => Self::VerificationExpired,
            "verification_failed" => Self::VerificationFailed,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for AccountBaseVerificationStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for AccountBaseVerificationStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for AccountBaseVerificationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for AccountBaseVerificationStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AccountBaseVerificationStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for AccountBaseVerificationStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
