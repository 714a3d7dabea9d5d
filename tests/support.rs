//! Helpers the wire tests share: reading recorded requests and writing vendor-shaped answers.

#![allow(dead_code)]

use serde_json::Value;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// Dwolla's media type, for both `Accept` and most request bodies.
pub const HAL_JSON: &str = "application/vnd.dwolla.v1.hal+json";

/// The Dwolla application key and secret the tests use.
pub const DWOLLA_KEY: &str = "app-key";
pub const DWOLLA_SECRET: &str = "app-secret";
/// `Basic base64("app-key:app-secret")`.
pub const DWOLLA_BASIC: &str = "Basic YXBwLWtleTphcHAtc2VjcmV0";

/// A header of a recorded request, as text (`None` when absent; panics when repeated).
pub fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    let values: Vec<_> = request.headers.get_all(name).iter().collect();
    assert!(values.len() <= 1, "{name} sent {} times", values.len());
    values
        .first()
        .map(|value| value.to_str().expect("header is text"))
}

/// The JSON body of a recorded request.
pub fn body_json(request: &Request) -> Value {
    serde_json::from_slice(&request.body).unwrap_or_else(|e| {
        panic!(
            "{} {} has no JSON body ({e}): {:?}",
            request.method,
            request.url.path(),
            String::from_utf8_lossy(&request.body)
        )
    })
}

/// The body of a recorded request, as text.
pub fn body_text(request: &Request) -> &str {
    std::str::from_utf8(&request.body).expect("body is text")
}

/// `METHOD /path` of each recorded request, in order.
pub fn request_lines(requests: &[Request]) -> Vec<String> {
    requests
        .iter()
        .map(|r| match r.url.query() {
            Some(query) => format!("{} {}?{query}", r.method, r.url.path()),
            None => format!("{} {}", r.method, r.url.path()),
        })
        .collect()
}

/// Every request the server has received so far, in order.
pub async fn received(server: &MockServer) -> Vec<Request> {
    server
        .received_requests()
        .await
        .expect("request recording is on")
}

/// A 200 answer with a JSON body in Dwolla's HAL media type.
pub fn hal(body: Value) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_raw(serde_json::to_vec(&body).unwrap(), HAL_JSON)
}

/// A `201 Created` pointing at `location`, with no body (Dwolla's answer to every create).
pub fn created(location: &str) -> ResponseTemplate {
    ResponseTemplate::new(201).insert_header("Location", location)
}

/// Dwolla's token endpoint answering `token`, valid for `expires_in` seconds, at most `times`
/// times.
pub async fn mount_token(server: &MockServer, token: &str, expires_in: u64, times: u64) {
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": expires_in
        })))
        .up_to_n_times(times)
        .mount(server)
        .await;
}

/// A token request as RFC 6749 §4.4 and Dwolla's OpenAPI describe it: `POST /token` with the
/// application key and secret in HTTP Basic auth and a form body
/// `grant_type=client_credentials`.
pub fn assert_token_request(request: &Request) {
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/token");
    assert_eq!(request.url.query(), None);
    assert_eq!(header(request, "authorization"), Some(DWOLLA_BASIC));
    assert_eq!(
        header(request, "content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(body_text(request), "grant_type=client_credentials");
}
