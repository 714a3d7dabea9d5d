// @generated from specs/plaid/: the models whose names start with `Update`. Do not edit: run `cargo run -p generator -- generate`.

/// How an Item can be refreshed: `background` needs no user involvement, `user_present_required` needs the user to take part (for example because of multi-factor authentication).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UpdateType {
    /// `background`
    Background,
    /// `user_present_required`
    UserPresentRequired,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl UpdateType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Background => "background",
            Self::UserPresentRequired => "user_present_required",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for UpdateType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "background" => Self::Background,
            "user_present_required" => Self::UserPresentRequired,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for UpdateType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for UpdateType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for UpdateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UpdateType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UpdateType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for UpdateType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
