//! The generated clients' behaviour beyond one request and answer, against real HTTP servers on
//! loopback: retries and their waits, idempotency keys, token refresh, time limits, redirects,
//! errors that explain themselves, and what comes with a successful answer.

mod support;

use std::time::{Duration, Instant};

use generated::dwolla::models as dm;
use generated::plaid::models as pm;
use generated::{dwolla, plaid, RetryPolicy};
use serde_json::{json, Value};
use support::*;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn plaid_client(server: &MockServer) -> plaid::Client {
    plaid::Client::new(
        plaid::Environment::Custom(server.uri().parse().expect("server URI")),
        plaid::Credentials::new("client-1", "secret-1"),
    )
}

fn dwolla_client(server: &MockServer) -> dwolla::Client {
    dwolla::Client::new(
        dwolla::Environment::Custom(server.uri().parse().expect("server URI")),
        dwolla::Credentials::new(DWOLLA_KEY, DWOLLA_SECRET),
    )
}

/// Retries without the real waits: tests of waits set their own.
fn quick_retries(attempts: u32) -> RetryPolicy {
    RetryPolicy::standard()
        .with_max_attempts(attempts)
        .with_initial_backoff(Duration::from_millis(5))
}

fn item_removed() -> Value {
    json!({ "request_id": "req-ok" })
}

fn transfer_request() -> dm::InitiateTransferRequest {
    let body: dm::InitiateTransferRequestBody = serde_json::from_value(json!({
        "_links": {
            "source": { "href": "https://api-sandbox.dwolla.com/funding-sources/a" },
            "destination": { "href": "https://api-sandbox.dwolla.com/funding-sources/b" }
        },
        "amount": { "value": "5.00", "currency": "USD" }
    }))
    .expect("a transfer body");
    dm::InitiateTransferRequest::new(body)
}

/// A 429 with `Retry-After: 1` is retried once, after at least a second, even for a POST (the
/// server did not act on it); the second answer is the result.
#[tokio::test]
async fn rate_limited_call_waits_for_retry_after_then_succeeds() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/item/remove"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/item/remove"))
        .respond_with(ResponseTemplate::new(200).set_body_json(item_removed()))
        .mount(&server)
        .await;

    let started = Instant::now();
    let answer = plaid_client(&server)
        .item_remove(&pm::ItemRemoveRequest::new("access-1"))
        .await
        .expect("the second attempt succeeds");

    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(answer.request_id, "req-ok");
    assert_eq!(
        request_lines(&received(&server).await),
        ["POST /item/remove", "POST /item/remove"]
    );
}

/// A GET answered 500 every time is tried as often as the policy says, then fails with the
/// last answer.
#[tokio::test]
async fn server_errors_give_up_after_the_configured_attempts() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(ResponseTemplate::new(500).set_body_string("try later"))
        .mount(&server)
        .await;

    let error = dwolla_client(&server)
        .with_retry(quick_retries(4))
        .get_transfer(&dm::GetTransferRequest::new("t-1"))
        .await
        .expect_err("always 500");

    let dwolla::Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}")
    };
    assert_eq!(api.status.as_u16(), 500);
    assert_eq!(api.raw_text(), "try later");
    let gets = request_lines(&received(&server).await)
        .into_iter()
        .filter(|line| line == "GET /transfers/t-1")
        .count();
    assert_eq!(gets, 4);
}

/// A POST without an idempotency key is not repeated after a 500: it may have been carried
/// out.
#[tokio::test]
async fn unsafe_requests_are_not_retried_after_server_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/item/remove"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;

    let error = plaid_client(&server)
        .with_retry(quick_retries(5))
        .item_remove(&pm::ItemRemoveRequest::new("access-1"))
        .await
        .expect_err("a 500");

    assert_eq!(error.status().map(|s| s.as_u16()), Some(500));
    assert_eq!(received(&server).await.len(), 1);
}

/// Every attempt of one POST carries the same idempotency key: a fresh one, or the caller's.
#[tokio::test]
async fn retried_post_sends_the_same_idempotency_key() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("POST"))
        .and(path("/transfers"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/transfers"))
        .respond_with(created("https://api-sandbox.dwolla.com/transfers/t-1"))
        .mount(&server)
        .await;
    let client = dwolla_client(&server).with_retry(quick_retries(3));

    let location = client
        .initiate_transfer(&transfer_request())
        .await
        .expect("the third attempt succeeds");
    assert_eq!(location.id(), Some("t-1"));
    client
        .initiate_transfer(&transfer_request())
        .idempotency_key("caller-key-1")
        .await
        .expect("created");

    let requests = received(&server).await;
    let keys: Vec<&str> = requests
        .iter()
        .filter(|r| r.url.path() == "/transfers")
        .map(|r| header(r, "idempotency-key").expect("every attempt has a key"))
        .collect();
    assert_eq!(keys.len(), 4);
    assert_eq!(keys[0].len(), 36);
    assert!(keys[..3].iter().all(|key| *key == keys[0]), "{keys:?}");
    assert_eq!(keys[3], "caller-key-1");
}

/// A 401 from the API (a revoked token) makes the client fetch one new token and repeat the
/// call with it, once.
#[tokio::test]
async fn refused_token_is_refreshed_once() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    mount_token(&server, "token-2", 3600, 1).await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(ResponseTemplate::new(401))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(hal(json!({ "id": "t-1" })))
        .mount(&server)
        .await;

    dwolla_client(&server)
        .get_transfer(&dm::GetTransferRequest::new("t-1"))
        .await
        .expect("the call succeeds with the new token");

    let requests = received(&server).await;
    assert_eq!(
        request_lines(&requests),
        [
            "POST /token",
            "GET /transfers/t-1",
            "POST /token",
            "GET /transfers/t-1"
        ]
    );
    assert_eq!(
        header(&requests[1], "authorization"),
        Some("Bearer token-1")
    );
    assert_eq!(
        header(&requests[3], "authorization"),
        Some("Bearer token-2")
    );
}

/// A second 401 after the refresh is the caller's: no loop of token fetches.
#[tokio::test]
async fn token_is_refreshed_at_most_once_per_call() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 5).await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;

    let error = dwolla_client(&server)
        .get_transfer(&dm::GetTransferRequest::new("t-1"))
        .await
        .expect_err("always 401");

    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(received(&server).await.len(), 4);
}

/// 100 calls at once, when the cached token has expired, share one token request.
#[tokio::test]
async fn concurrent_calls_with_an_expired_token_fetch_one_token() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 1, 1).await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "access_token": "token-2", "expires_in": 3600 }))
                .set_delay(Duration::from_millis(300)),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(hal(json!({ "id": "t-1" })))
        .mount(&server)
        .await;
    let client = dwolla_client(&server);
    let request = dm::GetTransferRequest::new("t-1");
    client.get_transfer(&request).await.expect("first call");
    tokio::time::sleep(Duration::from_millis(1100)).await;

    let calls = (0..100).map(|_| client.get_transfer(&request).send());
    for result in futures::future::join_all(calls).await {
        result.expect("every call succeeds");
    }

    let requests = received(&server).await;
    let tokens = request_lines(&requests)
        .iter()
        .filter(|line| *line == "POST /token")
        .count();
    assert_eq!(tokens, 2, "one token at the start, one shared refresh");
    let with_new_token = requests
        .iter()
        .filter(|r| header(r, "authorization") == Some("Bearer token-2"))
        .count();
    assert_eq!(with_new_token, 100);
}

/// A server that accepts the connection and never answers: the call fails as a timeout within
/// the configured limit, and says so.
#[tokio::test]
async fn silent_server_gives_a_timeout_error_within_the_limit() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let silent = tokio::spawn(async move {
        let mut open = Vec::new();
        loop {
            let (socket, _) = listener.accept().await.unwrap();
            open.push(socket);
        }
    });
    let client = plaid::Client::new(
        plaid::Environment::Custom(format!("http://{address}").parse().unwrap()),
        plaid::Credentials::new("client-1", "secret-1"),
    )
    .with_timeout(Duration::from_millis(300));

    let started = Instant::now();
    let error = client
        .item_remove(&pm::ItemRemoveRequest::new("access-1"))
        .await
        .expect_err("no answer");
    silent.abort();

    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert!(matches!(error, plaid::Error::Timeout(_)), "{error:?}");
    let text = error.to_string();
    assert!(
        text.starts_with("POST /item/remove: no answer within the time limit"),
        "{text}"
    );
    // A per-call limit replaces the client's.
    let started = Instant::now();
    let error = plaid::Client::new(
        plaid::Environment::Custom(format!("http://{address}").parse().unwrap()),
        plaid::Credentials::new("client-1", "secret-1"),
    )
    .item_remove(&pm::ItemRemoveRequest::new("access-1"))
    .timeout(Duration::from_millis(200))
    .await
    .expect_err("no server any more");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert!(
        matches!(error, plaid::Error::Timeout(_) | plaid::Error::Connect(_)),
        "{error:?}"
    );
}

/// A refused connection is its own kind, with the system's reason at the end of the source
/// chain and in the message.
#[tokio::test]
async fn refused_connection_is_a_connect_error_with_its_cause() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    drop(listener);
    let error = plaid::Client::new(
        plaid::Environment::Custom(format!("http://{address}").parse().unwrap()),
        plaid::Credentials::new("client-1", "secret-1"),
    )
    .with_retry(RetryPolicy::none())
    .item_remove(&pm::ItemRemoveRequest::new("access-1"))
    .await
    .expect_err("nothing listens");

    assert!(matches!(error, plaid::Error::Connect(_)), "{error:?}");
    let mut chain = Vec::new();
    let mut cause: Option<&dyn std::error::Error> = Some(&error);
    while let Some(e) = cause {
        chain.push(e.to_string());
        cause = e.source();
    }
    let root = chain.last().unwrap().to_lowercase();
    assert!(root.contains("refused"), "{chain:?}");
    assert!(
        error.to_string().to_lowercase().contains("refused"),
        "{error}"
    );
}

/// A redirect to another host is refused, so Plaid's secret headers never reach it.
#[tokio::test]
async fn redirect_to_another_host_carries_no_secret() {
    let elsewhere = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(200).set_body_json(item_removed()))
        .mount(&elsewhere)
        .await;
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/item/remove"))
        .respond_with(
            ResponseTemplate::new(307)
                .insert_header("Location", format!("{}/item/remove", elsewhere.uri())),
        )
        .mount(&server)
        .await;

    let error = plaid_client(&server)
        .item_remove(&pm::ItemRemoveRequest::new("access-1"))
        .await
        .expect_err("the redirect is refused");

    assert!(matches!(error, plaid::Error::Transport(_)), "{error:?}");
    assert!(error.to_string().contains("another host"), "{error}");
    let leaked: Vec<_> = received(&elsewhere)
        .await
        .into_iter()
        .filter(|r| r.headers.contains_key("plaid-secret"))
        .collect();
    assert!(leaked.is_empty(), "the secret reached another host");
}

/// An error's `Display` says the call, the status, the error's code and message, and the
/// request id (Dwolla's header).
#[tokio::test]
async fn api_error_explains_itself() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-9"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("X-Request-Id", "d3b0-7384")
                .set_body_raw(
                    r#"{"code":"NotFound","message":"The requested resource was not found."}"#,
                    HAL_JSON,
                ),
        )
        .mount(&server)
        .await;

    let error = dwolla_client(&server)
        .get_transfer(&dm::GetTransferRequest::new("t-9"))
        .await
        .expect_err("a 404");

    assert_eq!(
        error.to_string(),
        "GET /transfers/{id}: 404 Not Found: NotFound: The requested resource was not found. \
         (request id d3b0-7384)"
    );
    assert_eq!(error.request_id(), Some("d3b0-7384"));
    assert!(matches!(
        error.api_body(),
        Some(dwolla::ErrorBody::DwollaError(_))
    ));
    // The raw body is text in Debug, not a list of numbers.
    assert!(
        format!("{error:?}").contains(r#"raw: "{\"code\":\"NotFound\""#),
        "{error:?}"
    );
}

/// Plaid's request id is read from the error body; a body that is no error model is shown as
/// text.
#[tokio::test]
async fn plaid_errors_carry_the_body_request_id() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/item/remove"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "error_type": "INVALID_INPUT",
            "error_code": "INVALID_ACCESS_TOKEN",
            "error_message": "provided access token is in an invalid format",
            "display_message": null,
            "request_id": "HNTDNrA8F1shFEW"
        })))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/accounts/get"))
        .respond_with(ResponseTemplate::new(502).set_body_string("<html>Bad gateway</html>"))
        .mount(&server)
        .await;
    let client = plaid_client(&server);

    let error = client
        .item_remove(&pm::ItemRemoveRequest::new("bad"))
        .await
        .expect_err("a 400");
    assert_eq!(
        error.to_string(),
        "POST /item/remove: 400 Bad Request: INVALID_ACCESS_TOKEN: provided access token is in \
         an invalid format (request id HNTDNrA8F1shFEW)"
    );

    let error = client
        .accounts_get(&pm::AccountsGetRequest::new("access-1"))
        .await
        .expect_err("a 502");
    assert_eq!(
        error.to_string(),
        "POST /accounts/get: 502 Bad Gateway: <html>Bad gateway</html>"
    );
}

/// A caller who wants more than the body gets the status, the headers and the request id;
/// every request names the crate and its version as `User-Agent`.
#[tokio::test]
async fn successful_answer_with_its_response() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/item/remove"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("X-Extra", "1")
                .set_body_json(item_removed()),
        )
        .mount(&server)
        .await;

    let response = plaid_client(&server)
        .item_remove(&pm::ItemRemoveRequest::new("access-1"))
        .send_with_response()
        .await
        .expect("a 200");

    assert_eq!(response.status.as_u16(), 200);
    assert_eq!(response.request_id.as_deref(), Some("req-ok"));
    assert_eq!(response.headers.get("x-extra").unwrap(), "1");
    assert_eq!(response.body.request_id, "req-ok");
    let sent = received(&server).await;
    assert_eq!(header(&sent[0], "user-agent"), Some("generated/0.1.0"));
}

/// `Environment` parses from its name in any case or from a URL, and nothing else.
#[test]
fn environments_parse_from_names_and_urls() {
    assert_eq!("sandbox".parse(), Ok(plaid::Environment::Sandbox));
    assert_eq!("Production".parse(), Ok(dwolla::Environment::Production));
    assert_eq!(
        "http://127.0.0.1:8080".parse::<plaid::Environment>(),
        Ok(plaid::Environment::Custom(
            "http://127.0.0.1:8080".parse().unwrap()
        ))
    );
    let error = "staging".parse::<plaid::Environment>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "`staging` is no environment: expected one of sandbox, production or an http(s):// URL"
    );
}

/// `from_env` reads the documented variables and names the one that is missing. (The only test
/// in this binary that touches these variables.)
#[test]
fn clients_from_the_environment() {
    std::env::remove_var("PLAID_CLIENT_ID");
    std::env::set_var("PLAID_SECRET", "secret-1");
    std::env::set_var("PLAID_ENV", "production");
    let error = plaid::Client::from_env().expect_err("no client id");
    assert_eq!(
        error.to_string(),
        "environment variable PLAID_CLIENT_ID: is not set"
    );
    std::env::set_var("PLAID_CLIENT_ID", "client-1");
    let client = plaid::Client::from_env().expect("every variable set");
    assert_eq!(client.base_url().as_str(), "https://production.plaid.com/");
    std::env::set_var("PLAID_ENV", "nowhere");
    let error = plaid::Client::from_env().expect_err("no such environment");
    assert!(error
        .to_string()
        .starts_with("environment variable PLAID_ENV: `nowhere`"));
    std::env::remove_var("PLAID_ENV");
    let client = plaid::Client::from_env().expect("the default environment");
    assert_eq!(client.base_url().as_str(), "https://sandbox.plaid.com/");
}

/// An empty path parameter would silently name the collection (`/transfers/`): it is refused
/// before anything is sent.
#[tokio::test]
async fn empty_path_parameter_is_refused() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;

    let error = dwolla_client(&server)
        .get_transfer(&dm::GetTransferRequest::new(""))
        .await
        .expect_err("an empty id");

    assert!(
        matches!(error, dwolla::Error::InvalidRequest(_)),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "GET /transfers/{id}: invalid request: a path parameter cannot be empty"
    );
    assert!(received(&server).await.is_empty());
}
