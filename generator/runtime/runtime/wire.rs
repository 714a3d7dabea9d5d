//! The serde plumbing of the generated structs, written once.
//!
//! `#[derive(Serialize, Deserialize)]` on two thousand structs was most of what compiling the
//! crate cost: per field, the derive writes an identifier enum and its three visitors, a
//! sequence visitor, a wrapper type per `deserialize_with`, and, with `#[serde(flatten)]`,
//! buffers every key in serde's private `Content`. A struct here says only what differs from
//! one struct to the next ([`Shape`]: its names, one line per field to read a value into its
//! slot, one to build it from the slots; [`Fields`]/[`Entries`]: one line per field to write
//! it); the visitor, the loop over keys, arrays and errors are in this file, type-checked once
//! rather than once per struct. They behave as the derive did on every input: same accepted
//! documents, same values, same errors (missing, duplicate and mistyped fields, unknown keys
//! ignored or kept, `null` for nullable fields, arrays read positionally when the derive read
//! them), and the same output.

use std::collections::BTreeMap;
use std::fmt;

use std::marker::PhantomData;

use serde::de::{
    DeserializeSeed, Deserializer, Error, IgnoredAny, MapAccess, SeqAccess, Unexpected, Visitor,
};
use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Deserialize, Serialize, Serializer};

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

/// A struct's names on the wire, as [`Shape::NAMES`] gives them.
pub(crate) struct Names {
    /// The struct's name, as error messages show it.
    pub(crate) name: &'static str,
    /// The documented fields' wire names, in order.
    pub(crate) fields: &'static [&'static str],
    /// Undocumented keys are kept (additional properties); such a struct is read from objects
    /// only, as the derive with a flattened map did.
    pub(crate) keep: bool,
}

/// What the generated code says of one struct so that [`read`] can read it (one constant:
/// each item costs the compiler something, and the crate has thousands of structs).
pub(crate) trait Shape: Sized {
    const NAMES: Names;
    /// A slot per field, empty at first: an `Option` of a required field's type, an optional
    /// or nullable field's own `Option`; then the map of additional properties.
    type Slots: Default;

    /// Reads the value of field `index` from `source` into its slot; `Ok(false)` when an array
    /// ended before a field that may not be left out.
    fn read<'de, S: Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error>;

    /// Reads the value of an undocumented key: kept by a struct with additional properties,
    /// skipped by the others.
    fn other<'de, S: Source<'de>>(
        _slots: &mut Self::Slots,
        _key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.skip()
    }

    /// The struct from its slots or, when a required field is missing, the indices of the
    /// required fields (one `let ... else`, cheaper to compile than a `?` per field).
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]>;
}

/// Where field values come from: an object's values, or an array's elements.
pub(crate) trait Source<'de> {
    type Error: Error;

    /// Reads a required field's value.
    fn value<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) -> Result<bool, Self::Error>;

    /// Like [`Source::value`], for a required list or map: `null` reads as empty (docs rarely
    /// say a required list may be `null`, and for a list null and empty mean the same thing).
    fn value_or_empty<T: Deserialize<'de> + Default>(
        &mut self,
        slot: &mut Option<T>,
    ) -> Result<bool, Self::Error>;

    /// Reads a nullable field (an `Option`), which an array must still hold.
    fn nullable<T: Deserialize<'de>>(&mut self, slot: &mut T) -> Result<bool, Self::Error>;

    /// Reads an optional field (an `Option`), `None` when an array ended before it.
    fn optional<T: Deserialize<'de>>(&mut self, slot: &mut T) -> Result<bool, Self::Error>;

    /// Keeps the value of an undocumented key among the additional properties.
    fn other<T: Deserialize<'de>>(
        &mut self,
        extra: &mut BTreeMap<String, T>,
        key: String,
    ) -> Result<bool, Self::Error>;

    /// Skips the value of an undocumented key.
    fn skip(&mut self) -> Result<bool, Self::Error>;
}

struct Values<A>(A);

impl<'de, A: MapAccess<'de>> Source<'de> for Values<A> {
    type Error = A::Error;

    fn value<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) -> Result<bool, A::Error> {
        *slot = Some(self.0.next_value()?);
        Ok(true)
    }

    fn value_or_empty<T: Deserialize<'de> + Default>(
        &mut self,
        slot: &mut Option<T>,
    ) -> Result<bool, A::Error> {
        *slot = Some(self.0.next_value::<Option<T>>()?.unwrap_or_default());
        Ok(true)
    }

    fn nullable<T: Deserialize<'de>>(&mut self, slot: &mut T) -> Result<bool, A::Error> {
        *slot = self.0.next_value()?;
        Ok(true)
    }

    fn optional<T: Deserialize<'de>>(&mut self, slot: &mut T) -> Result<bool, A::Error> {
        self.nullable(slot)
    }

    fn other<T: Deserialize<'de>>(
        &mut self,
        extra: &mut BTreeMap<String, T>,
        key: String,
    ) -> Result<bool, A::Error> {
        let value = self.0.next_value()?;
        extra.insert(key, value);
        Ok(true)
    }

    fn skip(&mut self) -> Result<bool, A::Error> {
        self.0.next_value::<IgnoredAny>().map(|_| true)
    }
}

struct Elements<A>(A);

impl<'de, A: SeqAccess<'de>> Source<'de> for Elements<A> {
    type Error = A::Error;

    fn value<T: Deserialize<'de>>(&mut self, slot: &mut Option<T>) -> Result<bool, A::Error> {
        *slot = self.0.next_element()?;
        Ok(slot.is_some())
    }

    fn value_or_empty<T: Deserialize<'de> + Default>(
        &mut self,
        slot: &mut Option<T>,
    ) -> Result<bool, A::Error> {
        *slot = self
            .0
            .next_element::<Option<T>>()?
            .map(Option::unwrap_or_default);
        Ok(slot.is_some())
    }

    fn nullable<T: Deserialize<'de>>(&mut self, slot: &mut T) -> Result<bool, A::Error> {
        match self.0.next_element()? {
            Some(value) => {
                *slot = value;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    // The derive defaulted an optional field at the end of the array.
    fn optional<T: Deserialize<'de>>(&mut self, slot: &mut T) -> Result<bool, A::Error> {
        self.nullable(slot).map(|_| true)
    }

    // Arrays are read for structs without additional properties, by index only.
    fn other<T: Deserialize<'de>>(
        &mut self,
        _: &mut BTreeMap<String, T>,
        _: String,
    ) -> Result<bool, A::Error> {
        Ok(false)
    }

    fn skip(&mut self) -> Result<bool, A::Error> {
        Ok(false)
    }
}

/// Which documented fields an object has given so far.
struct Seen(Vec<bool>);

impl Seen {
    /// Marks field `index`; `false` when it was given already.
    fn mark(&mut self, index: usize) -> bool {
        !std::mem::replace(&mut self.0[index], true)
    }
}

/// Reads struct `T` as `#[derive(Deserialize)]` did: an object by wire names (unknown keys
/// skipped, or kept with [`Names::keep`]), a field given twice an error, a required field
/// missing an error; without additional properties, an array read field by field as well.
pub(crate) fn read<'de, T: Shape, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    let names = &T::NAMES;
    if names.keep {
        deserializer.deserialize_map(StructVisitor(PhantomData))
    } else {
        deserializer.deserialize_struct(names.name, names.fields, StructVisitor(PhantomData))
    }
}

struct StructVisitor<T>(PhantomData<T>);

impl<'de, T: Shape> Visitor<'de> for StructVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "struct {}", T::NAMES.name)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        let names = &T::NAMES;
        let mut slots = T::Slots::default();
        let mut values = Values(map);
        let mut seen = Seen(vec![false; names.fields.len()]);
        while let Some(key) = values.0.next_key_seed(Keys {
            names: names.fields,
            keep: names.keep,
        })? {
            match key {
                Key::Field(index) => {
                    if !seen.mark(index) {
                        return Err(A::Error::duplicate_field(names.fields[index]));
                    }
                    T::read(&mut slots, index, &mut values)?
                }
                Key::Other(key) => T::other(&mut slots, key, &mut values)?,
                Key::Ignored => values.skip()?,
            };
        }
        T::finish(slots).map_err(|required| {
            // The derive named the first missing field, in the struct's order.
            let missing = required.iter().find(|&&index| !seen.0[index]);
            A::Error::missing_field(names.fields[*missing.unwrap_or(&required[0])])
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        if T::NAMES.keep {
            return Err(A::Error::invalid_type(Unexpected::Seq, &self));
        }
        let mut slots = T::Slots::default();
        let mut elements = Elements(seq);
        // The derive asked for every element in turn.
        for index in 0..T::NAMES.fields.len() {
            if !T::read(&mut slots, index, &mut elements)? {
                return Err(A::Error::invalid_length(index, &expected::<T>()));
            }
        }
        // Every field that may not be left out was read.
        T::finish(slots).map_err(|_| A::Error::invalid_length(0, &expected::<T>()))
    }
}

/// What an array read as struct `T` lacked: `struct Name with 3 elements`.
fn expected<T: Shape>() -> impl serde::de::Expected {
    struct Count(&'static str, usize);
    impl serde::de::Expected for Count {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.1 {
                1 => write!(f, "struct {} with 1 element", self.0),
                n => write!(f, "struct {} with {n} elements", self.0),
            }
        }
    }
    Count(T::NAMES.name, T::NAMES.fields.len())
}

/// Writes a struct as the derive did: its fields in order, optional ones left out when `None`.
/// The first error is kept and returned by [`Fields::end`], so the generated code is one call
/// per field.
pub(crate) struct Fields<S: Serializer>(Result<S::SerializeStruct, S::Error>);

impl<S: Serializer> Fields<S> {
    /// `len` is only a hint; a document with no field written is `{}` either way.
    pub(crate) fn new(serializer: S, name: &'static str, len: usize) -> Self {
        Fields(serializer.serialize_struct(name, len))
    }

    pub(crate) fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Ok(state) = &mut self.0 {
            if let Err(error) = state.serialize_field(name, value) {
                self.0 = Err(error);
            }
        }
    }

    pub(crate) fn optional<T: Serialize>(&mut self, name: &'static str, value: &Option<T>) {
        if value.is_some() {
            self.field(name, value);
        }
    }

    pub(crate) fn end(self) -> Result<S::Ok, S::Error> {
        self.0?.end()
    }
}

/// Like [`Fields`], for a struct with additional properties, written as a map after its
/// fields (like the derive with a flattened map: its keys are not all `'static`).
pub(crate) struct Entries<S: Serializer>(Result<S::SerializeMap, S::Error>);

impl<S: Serializer> Entries<S> {
    pub(crate) fn new(serializer: S) -> Self {
        Entries(serializer.serialize_map(None))
    }

    pub(crate) fn field<T: Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        if let Ok(state) = &mut self.0 {
            if let Err(error) = state.serialize_entry(name, value) {
                self.0 = Err(error);
            }
        }
    }

    pub(crate) fn optional<T: Serialize>(&mut self, name: &'static str, value: &Option<T>) {
        if value.is_some() {
            self.field(name, value);
        }
    }

    /// The additional properties, after the documented fields.
    pub(crate) fn rest<T: Serialize>(
        mut self,
        extra: &BTreeMap<String, T>,
    ) -> Result<S::Ok, S::Error> {
        for (key, value) in extra {
            self.field(key, value);
        }
        self.0?.end()
    }
}
