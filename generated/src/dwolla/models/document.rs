// @generated from specs/dwolla/: the models whose names start with `Document`. Do not edit: run `cargo run -p generator -- generate`.

/// Kind of identity document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentType {
    /// `passport`
    Passport,
    /// `license`
    License,
    /// `idCard`
    IdCard,
    /// `other`
    Other,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl DocumentType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Passport => "passport",
            Self::License => "license",
            Self::IdCard => "idCard",
            Self::Other => "other",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for DocumentType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "passport" => Self::Passport,
            "license" => Self::License,
            "idCard" => Self::IdCard,
            "other" => Self::Other,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for DocumentType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for DocumentType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for DocumentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DocumentType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DocumentType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for DocumentType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
