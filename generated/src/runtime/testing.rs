// @generated: copied from the generator's runtime/runtime/testing.rs. Do not edit.

//! Checks the generated tests share.

/// Deserializes `json`, serializes it back, and checks that nothing was lost or renamed:
/// the two values are equal as `T`, and every key of the input is in the output.
pub(crate) fn assert_round_trip<T>(json: &str)
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let input: serde_json::Value = serde_json::from_str(json).expect("example is JSON");
    let value: T = serde_json::from_value(input.clone())
        .unwrap_or_else(|e| panic!("example does not deserialize: {e}\n{json}"));
    let output = serde_json::to_value(&value).expect("serializes");
    let again: T = serde_json::from_value(output.clone()).expect("output deserializes");
    assert_eq!(value, again, "value changed in a round trip");
    assert_same_keys(&input, &output, "$");
}

/// Reads an Example cell as a `T`, naming the field when it does not fit.
pub(crate) fn assert_fits<T: serde::de::DeserializeOwned>(field: &str, json: &str) -> T {
    serde_json::from_str(json)
        .unwrap_or_else(|e| panic!("the example of {field} ({json}) does not fit its type: {e}"))
}

/// Reads an Example cell of an enum field, which must be one of the documented values.
pub(crate) fn assert_documented<T: serde::de::DeserializeOwned>(
    field: &str,
    json: &str,
    unrecognized: impl Fn(&T) -> bool,
) {
    let value: T = assert_fits(field, json);
    assert!(
        !unrecognized(&value),
        "the example of {field} ({json}) is not a documented value"
    );
}

/// Each documented wire value reads as its variant and is written back unchanged; a value
/// the docs do not list is kept in the catch-all, and written back unchanged too.
pub(crate) fn assert_wire_values<T>(values: &[(&str, T)], unrecognized: fn(String) -> T)
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let later = "a value added later";
    let all = values
        .iter()
        .map(|(wire, value)| (*wire, value))
        .collect::<Vec<_>>();
    let unknown = unrecognized(later.to_owned());
    for (wire, value) in all.into_iter().chain([(later, &unknown)]) {
        let json = serde_json::Value::String(wire.to_owned());
        let read: T = serde_json::from_value(json.clone())
            .unwrap_or_else(|e| panic!("{wire:?} does not deserialize: {e}"));
        assert_eq!(&read, value, "{wire:?} reads as the wrong variant");
        assert_eq!(
            serde_json::to_value(value).expect("serializes"),
            json,
            "{value:?} is written differently"
        );
    }
}

/// The same for an enum whose wire values are integers.
pub(crate) fn assert_integer_wire_values<T>(values: &[(i64, T)], unrecognized: fn(i64) -> T)
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    let later = values.iter().map(|(wire, _)| *wire).max().unwrap_or(0) + 1;
    let unknown = unrecognized(later);
    let all = values.iter().map(|(wire, value)| (*wire, value));
    for (wire, value) in all.chain([(later, &unknown)]) {
        let json = serde_json::Value::from(wire);
        let read: T = serde_json::from_value(json.clone())
            .unwrap_or_else(|e| panic!("{wire} does not deserialize: {e}"));
        assert_eq!(&read, value, "{wire} reads as the wrong variant");
        assert_eq!(
            serde_json::to_value(value).expect("serializes"),
            json,
            "{value:?} is written differently"
        );
    }
}

fn assert_same_keys(input: &serde_json::Value, output: &serde_json::Value, at: &str) {
    use serde_json::Value;
    match (input, output) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let path = format!("{at}.{key}");
                match b.get(key) {
                    Some(other) => assert_same_keys(value, other, &path),
                    None if value.is_null() => {}
                    None => panic!("{path} was lost in a round trip"),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{at} changed length");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                assert_same_keys(x, y, &format!("{at}[{i}]"));
            }
        }
        _ => {}
    }
}
