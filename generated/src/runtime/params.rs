// @generated: copied from the generator's runtime/runtime/params.rs. Do not edit.

//! Turning request values into the parts of an HTTP request: bodies, headers, parameter text.
//!
//! The builders return a message instead of an error type: the caller knows which operation it
//! is building and wraps the message into [`super::InvalidRequest`].

use reqwest::header::HeaderValue;
use reqwest::RequestBuilder;
use serde::Serialize;

/// A JSON body with the provider's content type.
pub(crate) fn json_body<B: Serialize + ?Sized>(
    builder: RequestBuilder,
    content_type: &'static str,
    body: &B,
) -> Result<RequestBuilder, String> {
    let bytes = serde_json::to_vec(body).map_err(|e| e.to_string())?;
    Ok(builder
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(bytes))
}

/// A body of raw bytes.
pub(crate) fn bytes_body(
    builder: RequestBuilder,
    content_type: &'static str,
    body: impl AsRef<[u8]>,
) -> RequestBuilder {
    builder
        .header(reqwest::header::CONTENT_TYPE, content_type)
        .body(body.as_ref().to_vec())
}

/// A `multipart/form-data` part holding a file.
pub(crate) fn file_part(
    form: reqwest::multipart::Form,
    name: &'static str,
    content: &[u8],
    file_name: Option<&str>,
    content_type: Option<&str>,
) -> Result<reqwest::multipart::Form, String> {
    let mut part = reqwest::multipart::Part::bytes(content.to_vec());
    if let Some(file_name) = file_name {
        part = part.file_name(file_name.to_owned());
    }
    if let Some(content_type) = content_type {
        part = part
            .mime_str(content_type)
            .map_err(|_| format!("`{content_type}` is not a media type"))?;
    }
    Ok(form.part(name, part))
}

/// A form-encoded body (`application/x-www-form-urlencoded`).
pub(crate) fn form_body<B: Serialize + ?Sized>(
    builder: RequestBuilder,
    body: &B,
) -> RequestBuilder {
    builder.form(body)
}

/// A header value from a parameter.
pub(crate) fn header(
    builder: RequestBuilder,
    name: &'static str,
    value: &str,
) -> Result<RequestBuilder, String> {
    let value = HeaderValue::try_from(value)
        .map_err(|_| format!("the value of the {name} header is not a valid header value"))?;
    Ok(builder.header(name, value))
}

/// The text of a path, query or header parameter.
pub trait ToParam {
    fn to_param(&self) -> String;
}

impl ToParam for String {
    fn to_param(&self) -> String {
        self.clone()
    }
}

impl ToParam for str {
    fn to_param(&self) -> String {
        self.to_string()
    }
}

impl ToParam for bool {
    fn to_param(&self) -> String {
        self.to_string()
    }
}

impl ToParam for i64 {
    fn to_param(&self) -> String {
        self.to_string()
    }
}

impl ToParam for f64 {
    fn to_param(&self) -> String {
        // `Display` writes whole numbers without a fraction (`25`, not `25.0`).
        self.to_string()
    }
}

impl ToParam for chrono::NaiveDate {
    fn to_param(&self) -> String {
        self.format("%Y-%m-%d").to_string()
    }
}

impl ToParam for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> String {
        self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
    }
}

impl<T: ToParam> ToParam for Vec<T> {
    fn to_param(&self) -> String {
        self.iter()
            .map(ToParam::to_param)
            .collect::<Vec<_>>()
            .join(",")
    }
}

impl ToParam for serde_json::Value {
    fn to_param(&self) -> String {
        match self {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
}
