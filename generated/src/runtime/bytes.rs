// @generated: copied from the generator's runtime/runtime/bytes.rs. Do not edit.

//! Binary values inside JSON: a base64 string on the wire, bytes in Rust.

use base64::alphabet;
use base64::engine::{DecodePaddingMode, Engine, GeneralPurpose, GeneralPurposeConfig};
use std::fmt;
use std::ops::Deref;

/// Bytes that travel in JSON as a base64 string (OpenAPI's `format: byte`, what SDKs type
/// `byte[]`, `[]byte` or `bytes`). In a multipart form they are sent as a file part, as is.
///
/// `Debug` shows the length only: binary content is often a document or a key.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Bytes(Vec<u8>);

/// Standard base64, written padded; read with or without padding.
const STANDARD: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);
/// The URL-safe alphabet, which some servers answer with.
const URL_SAFE: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

impl Bytes {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Bytes(bytes.into())
    }

    pub fn into_vec(self) -> Vec<u8> {
        self.0
    }
}

impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(bytes: Vec<u8>) -> Self {
        Bytes(bytes)
    }
}

impl From<&[u8]> for Bytes {
    fn from(bytes: &[u8]) -> Self {
        Bytes(bytes.to_vec())
    }
}

impl From<Bytes> for Vec<u8> {
    fn from(bytes: Bytes) -> Self {
        bytes.0
    }
}

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bytes({} bytes)", self.0.len())
    }
}

impl serde::Serialize for Bytes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(&self.0))
    }
}

impl<'de> serde::Deserialize<'de> for Bytes {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        STANDARD
            .decode(text.as_bytes())
            .or_else(|_| URL_SAFE.decode(text.as_bytes()))
            .map(Bytes)
            .map_err(|e| serde::de::Error::custom(format_args!("not base64: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::Bytes;

    #[test]
    fn bytes_are_a_base64_string_in_json() {
        let bytes = Bytes::new(b"%PDF-1.7\xff".to_vec());
        let json = serde_json::to_string(&bytes).unwrap();
        assert_eq!(json, "\"JVBERi0xLjf/\"");
        assert_eq!(serde_json::from_str::<Bytes>(&json).unwrap(), bytes);
        // Unpadded, and URL-safe, as some servers write it.
        let short = Bytes::new(b"ab".to_vec());
        assert_eq!(serde_json::from_str::<Bytes>("\"YWI\"").unwrap(), short);
        assert_eq!(
            serde_json::from_str::<Bytes>("\"JVBERi0xLjf_\"").unwrap(),
            bytes
        );
        assert!(serde_json::from_str::<Bytes>("[1, 2]").is_err());
        assert_eq!(format!("{bytes:?}"), "Bytes(9 bytes)");
    }
}
