// @generated from specs/plaid/: the models whose names start with `Country`. Do not edit: run `cargo run -p generator -- generate`.

/// Two-letter ISO 3166-1 country code of a country Plaid supports.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CountryCode {
    /// `US`
    Us,
    /// `GB`
    Gb,
    /// `ES`
    Es,
    /// `NL`
    Nl,
    /// `FR`
    Fr,
    /// `IE`
    Ie,
    /// `CA`
    Ca,
    /// `DE`
    De,
    /// `IT`
    It,
    /// `PL`
    Pl,
    /// `DK`
    Dk,
    /// `NO`
    No,
    /// `SE`
    Se,
    /// `EE`
    Ee,
    /// `LT`
    Lt,
    /// `LV`
    Lv,
    /// `PT`
    Pt,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl CountryCode {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Us => "US",
            Self::Gb => "GB",
            Self::Es => "ES",
            Self::Nl => "NL",
            Self::Fr => "FR",
            Self::Ie => "IE",
            Self::Ca => "CA",
            Self::De => "DE",
            Self::It => "IT",
            Self::Pl => "PL",
            Self::Dk => "DK",
            Self::No => "NO",
            Self::Se => "SE",
            Self::Ee => "EE",
            Self::Lt => "LT",
            Self::Lv => "LV",
            Self::Pt => "PT",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for CountryCode {
    fn from(value: String) -> Self {
        match value.as_str() {
            "US" => Self::Us,
            "GB" => Self::Gb,
            "ES" => Self::Es,
            "NL" => Self::Nl,
            "FR" => Self::Fr,
            "IE" => Self::Ie,
            "CA" => Self::Ca,
            "DE" => Self::De,
            "IT" => Self::It,
            "PL" => Self::Pl,
            "DK" => Self::Dk,
            "NO" => Self::No,
            "SE" => Self::Se,
            "EE" => Self::Ee,
            "LT" => Self::Lt,
            "LV" => Self::Lv,
            "PT" => Self::Pt,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for CountryCode {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for CountryCode {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for CountryCode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for CountryCode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for CountryCode {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
