//! The generated structs' written-out `Serialize` and `Deserialize` (`runtime/wire.rs`) behave
//! exactly as `#[derive]` did: each model here is mirrored by a struct with the derive and the
//! attributes the generator used to emit, and both read the same documents (valid, missing,
//! duplicate, `null`, mistyped and unknown fields, arrays) to the same value or the same error
//! message, and write the same JSON.

use generated::dwolla::models as dwolla;
use generated::plaid::models as plaid;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The models as derived, under the same names (which error messages show).
mod derived {
    use super::*;

    fn null_as_empty<'de, D, T>(deserializer: D) -> Result<T, D::Error>
    where
        D: serde::Deserializer<'de>,
        T: Default + Deserialize<'de>,
    {
        Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
    }

    /// `PlaidError` as derived: a flattened map of additional properties.
    #[derive(Serialize, Deserialize)]
    pub struct PlaidError {
        error_type: plaid::PlaidErrorType,
        error_code: String,
        error_message: String,
        display_message: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        request_id: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        causes: Option<Vec<serde_json::Value>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<i64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        documentation_url: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        suggested_action: Option<String>,
        #[serde(flatten)]
        additional_properties: BTreeMap<String, serde_json::Value>,
    }

    /// `ReceiveOnlyCustomer` as derived: renames, a required map read `null` as empty, a literal.
    #[derive(Serialize, Deserialize)]
    pub struct ReceiveOnlyCustomer {
        #[serde(rename = "_links", deserialize_with = "null_as_empty")]
        links: BTreeMap<String, dwolla::HalLink>,
        id: String,
        #[serde(rename = "firstName")]
        first_name: String,
        #[serde(rename = "lastName")]
        last_name: String,
        email: String,
        #[serde(
            rename = "correlationId",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        correlation_id: Option<String>,
        created: chrono::DateTime<chrono::Utc>,
        r#type: monostate::MustBe!("receive-only"),
        status: dwolla::ReceiveOnlyCustomerStatus,
        #[serde(
            rename = "businessName",
            default,
            skip_serializing_if = "Option::is_none"
        )]
        business_name: Option<String>,
    }
}

/// What reading `text` as `T` gives: the value written back as JSON, or the error message.
fn outcome<T: Serialize + serde::de::DeserializeOwned>(text: &str) -> Result<String, String> {
    serde_json::from_str::<T>(text)
        .map(|value| serde_json::to_string(&value).expect("writes"))
        .map_err(|e| e.to_string())
}

fn same<Generated, Derived>(documents: &[&str])
where
    Generated: Serialize + serde::de::DeserializeOwned,
    Derived: Serialize + serde::de::DeserializeOwned,
{
    for text in documents {
        assert_eq!(
            outcome::<Generated>(text),
            outcome::<Derived>(text),
            "on {text}"
        );
    }
}

#[test]
fn a_struct_with_additional_properties_reads_and_writes_as_derived() {
    let base = r#""error_type": "API_ERROR", "error_code": "X", "error_message": "m""#;
    let documents = [
        format!("{{{base}, \"display_message\": null}}"),
        format!("{{{base}}}"),
        format!("{{{base}, \"display_message\": \"shown\", \"request_id\": \"r\", \"extra\": [1, {{\"a\": null}}], \"z\": 1.5}}"),
        format!("{{{base}, \"status\": null, \"causes\": []}}"),
        format!("{{{base}, \"error_code\": \"again\"}}"),
        format!("{{{base}, \"display_message\": null, \"display_message\": \"again\"}}"),
        format!("{{{base}, \"status\": null, \"status\": 400}}"),
        format!("{{{base}, \"extra\": 1, \"extra\": 2}}"),
        format!("{{{base}, \"status\": \"400\"}}"),
        r#"{"error_code": "X"}"#.to_string(),
        r#"["API_ERROR", "X", "m", null]"#.to_string(),
        "null".to_string(),
        "[]".to_string(),
        "{}".to_string(),
        "7".to_string(),
    ];
    let documents: Vec<&str> = documents.iter().map(String::as_str).collect();
    same::<plaid::PlaidError, derived::PlaidError>(&documents);
}

#[test]
fn a_struct_reads_and_writes_as_derived() {
    let base = r#""id": "i", "firstName": "F", "lastName": "L", "email": "e", "created": "2024-01-02T03:04:05Z", "type": "receive-only", "status": "verified""#;
    let documents = [
        format!("{{\"_links\": {{\"self\": {{\"href\": \"h\"}}}}, {base}}}"),
        format!("{{\"_links\": null, {base}, \"businessName\": \"B\", \"unknown\": {{}}}}"),
        format!("{{{base}}}"),
        format!("{{\"_links\": {{}}, {base}, \"correlationId\": null}}"),
        format!("{{\"_links\": {{}}, {base}, \"id\": \"twice\"}}"),
        format!("{{\"_links\": {{}}, {base}, \"_links\": {{}}}}"),
        format!("{{\"_links\": [], {base}}}"),
        format!("{{\"_links\": {{}}, {base}, \"type\": \"personal\"}}"),
        format!("{{\"_links\": {{}}, {base}, \"status\": \"brand-new\"}}"),
        format!("{{\"_links\": {{}}, {base}, \"created\": \"yesterday\"}}"),
        r#"[{}, "i", "F", "L", "e", null, "2024-01-02T03:04:05Z", "receive-only", "verified"]"#
            .to_string(),
        r#"[null, "i", "F", "L", "e", "c", "2024-01-02T03:04:05Z", "receive-only", "verified", "B"]"#
            .to_string(),
        r#"[{}, "i", "F"]"#.to_string(),
        r#"[{}, "i", "F", "L", "e", "c", "2024-01-02T03:04:05Z", "receive-only", "verified", "B", 1]"#
            .to_string(),
        r#"{"id": 5}"#.to_string(),
        "{}".to_string(),
        "\"text\"".to_string(),
    ];
    let documents: Vec<&str> = documents.iter().map(String::as_str).collect();
    same::<dwolla::ReceiveOnlyCustomer, derived::ReceiveOnlyCustomer>(&documents);
}
