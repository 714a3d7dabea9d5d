// @generated: copied from the generator's runtime/runtime/wire.rs. Do not edit.

//! The serde plumbing of the generated structs, written once.
//!
//! `#[derive(Serialize, Deserialize)]` on two thousand structs was most of what compiling the
//! crate cost: per field, the derive writes an identifier enum and its three visitors, a
//! sequence visitor, a wrapper type per `deserialize_with`, and, with `#[serde(flatten)]`,
//! buffers every key in serde's private `Content`. The generated impls instead call these
//! helpers, one line per field, and behave as the derive did on every input: same accepted
//! documents, same values, same errors (missing, duplicate and mistyped fields, unknown keys
//! ignored or kept, `null` for nullable fields, arrays read positionally when the derive read
//! them), and the same output.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{
    DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor,
};
use serde::Deserialize;

/// A key of a struct's JSON object, read against the struct's wire names.
pub(crate) enum Key {
    /// The documented field at this index.
    Field(usize),
    /// A key the struct does not document, kept (for a struct with additional properties).
    Other(String),
    /// A key the struct does not document, whose value is skipped.
    Ignored,
}

/// Reads keys as `#[derive(Deserialize)]`'s field identifier does: by wire name (as text or
/// bytes) or by index; with `keep`, an undocumented key is kept as a string, as a flattened map
/// of additional properties kept it.
struct Keys {
    names: &'static [&'static str],
    keep: bool,
}

impl<'de> DeserializeSeed<'de> for Keys {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Keys {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: Error>(self, index: u64) -> Result<Key, E> {
        if self.keep {
            // The flattened map's keys are strings.
            return Err(E::invalid_type(Unexpected::Unsigned(index), &"a string"));
        }
        Ok(match usize::try_from(index) {
            Ok(i) if i < self.names.len() => Key::Field(i),
            _ => Key::Ignored,
        })
    }

    fn visit_str<E: Error>(self, key: &str) -> Result<Key, E> {
        match self.names.iter().position(|name| *name == key) {
            Some(i) => Ok(Key::Field(i)),
            None if self.keep => Ok(Key::Other(key.to_owned())),
            None => Ok(Key::Ignored),
        }
    }

    fn visit_string<E: Error>(self, key: String) -> Result<Key, E> {
        match self.names.iter().position(|name| *name == key) {
            Some(i) => Ok(Key::Field(i)),
            None if self.keep => Ok(Key::Other(key)),
            None => Ok(Key::Ignored),
        }
    }

    fn visit_bytes<E: Error>(self, key: &[u8]) -> Result<Key, E> {
        match self.names.iter().position(|name| name.as_bytes() == key) {
            Some(i) => Ok(Key::Field(i)),
            None if self.keep => match std::str::from_utf8(key) {
                Ok(key) => Ok(Key::Other(key.to_owned())),
                Err(_) => Err(E::invalid_value(Unexpected::Bytes(key), &"a string")),
            },
            None => Ok(Key::Ignored),
        }
    }
}

/// The next key of a struct's object, by the struct's wire names (`names`); `keep` keeps
/// undocumented keys.
pub(crate) fn key<'de, A: MapAccess<'de>>(
    map: &mut A,
    names: &'static [&'static str],
    keep: bool,
) -> Result<Option<Key>, A::Error> {
    map.next_key_seed(Keys { names, keep })
}

/// Reads the value of field `name` into its slot; a field given twice is an error.
pub(crate) fn value<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Like [`value`], for a required list or map: `null` reads as empty (docs rarely say a
/// required list may be `null`, and for a list null and empty mean the same thing).
pub(crate) fn value_or_empty<'de, A: MapAccess<'de>, T: Deserialize<'de> + Default>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value::<Option<T>>()?.unwrap_or_default());
    Ok(())
}

/// Skips the value of an undocumented key.
pub(crate) fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(|_| ())
}

/// Keeps the value of an undocumented key among the additional properties.
pub(crate) fn other<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    extra: &mut BTreeMap<String, T>,
    key: String,
) -> Result<(), A::Error> {
    let value = map.next_value()?;
    extra.insert(key, value);
    Ok(())
}

/// The value of a required field, or the error for its absence.
pub(crate) fn required<T, E: Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// The next element of an array read as a struct (field by field, in order).
pub(crate) fn element<'de, A: SeqAccess<'de>, T: Deserialize<'de>>(
    seq: &mut A,
    index: usize,
    expecting: &'static str,
) -> Result<T, A::Error> {
    seq.next_element()?
        .ok_or_else(|| A::Error::invalid_length(index, &expecting))
}

/// Like [`element`], for an optional field: absent at the end of the array is `None`.
pub(crate) fn element_or_default<'de, A: SeqAccess<'de>, T: Deserialize<'de> + Default>(
    seq: &mut A,
) -> Result<T, A::Error> {
    Ok(seq.next_element()?.unwrap_or_default())
}

/// Like [`element`], for a required list or map, where `null` reads as empty.
pub(crate) fn element_or_empty<'de, A: SeqAccess<'de>, T: Deserialize<'de> + Default>(
    seq: &mut A,
    index: usize,
    expecting: &'static str,
) -> Result<T, A::Error> {
    match seq.next_element::<Option<T>>()? {
        Some(value) => Ok(value.unwrap_or_default()),
        None => Err(A::Error::invalid_length(index, &expecting)),
    }
}

/// What a struct's visitor expects: `struct Name`, as the derive says.
pub(crate) fn expecting(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    write!(f, "struct {name}")
}
