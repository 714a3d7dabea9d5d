//! The generated clients on the wire: every operation is called against a real HTTP server on
//! loopback, and the request it sends (method, path, query, headers, exact body) and the way
//! it reads the answer are checked against the vendors' OpenAPI descriptions.

mod support;

use std::time::{Duration, Instant};

use generated::dwolla::models as dm;
use generated::plaid::models as pm;
use generated::{dwolla, plaid};
use serde_json::{json, Value};
use support::*;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

// --- Plaid ---------------------------------------------------------------------------------

const PLAID_CLIENT_ID: &str = "5f7c0d1e2a3b4c0012345678";
const PLAID_SECRET: &str = "sandbox-secret-0123456789abcdef";

fn plaid_client(server: &MockServer) -> plaid::Client {
    plaid::Client::new(
        plaid::Environment::Custom(server.uri().parse().expect("server URI")),
        plaid::Credentials::new(PLAID_CLIENT_ID, PLAID_SECRET),
    )
}

/// Plaid answers `body` (JSON, 200) to `POST path`, exactly once.
async fn mount_plaid(server: &MockServer, at: &str, body: Value) {
    Mock::given(method("POST"))
        .and(path(at))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .expect(1)
        .mount(server)
        .await;
}

/// The only request the server received.
async fn only_request(server: &MockServer) -> Request {
    let mut requests = received(server).await;
    assert_eq!(
        request_lines(&requests).len(),
        1,
        "{:?}",
        request_lines(&requests)
    );
    requests.remove(0)
}

/// A Plaid call as the OpenAPI describes every one of them: `POST` to the operation's path,
/// no query, the three credential headers (`Plaid-Version` defaulting to `2020-09-14`), and a
/// JSON body equal to `body`.
fn assert_plaid_request(request: &Request, at: &str, body: Value) {
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), at);
    assert_eq!(request.url.query(), None);
    assert_eq!(header(request, "plaid-client-id"), Some(PLAID_CLIENT_ID));
    assert_eq!(header(request, "plaid-secret"), Some(PLAID_SECRET));
    assert_eq!(header(request, "plaid-version"), Some("2020-09-14"));
    assert_eq!(header(request, "content-type"), Some("application/json"));
    assert_eq!(header(request, "authorization"), None);
    assert_eq!(body_json(request), body);
}

/// `POST /accounts/get` sends the access token (and the account filter) and decodes the
/// accounts with their balances, nullable fields and unknown subtypes.
#[tokio::test]
async fn plaid_accounts_get() {
    let server = MockServer::start().await;
    mount_plaid(
        &server,
        "/accounts/get",
        json!({
            "accounts": [{
                "account_id": "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo",
                "balances": {
                    "available": 100, "current": 110, "iso_currency_code": "USD",
                    "limit": null, "unofficial_currency_code": null
                },
                "mask": "0000",
                "name": "Plaid Checking",
                "official_name": "Plaid Gold Standard 0% Interest Checking",
                "persistent_account_id": "8cfb8beb89b774ee43b090625f0d61d0814322b43bff984eaf60386e",
                "subtype": "checking",
                "type": "depository"
            }],
            "item": {
                "available_products": ["balance", "identity"],
                "billed_products": ["assets", "auth"],
                "consent_expiration_time": null,
                "error": null,
                "institution_id": "ins_117650",
                "item_id": "DWVAAPWq4RHGlEaNyGKRTAnPLaEmo8Cvq7na6",
                "update_type": "background",
                "webhook": "https://www.genericwebhookurl.com/webhook"
            },
            "request_id": "bkVE1BHWMAZ9Rnr"
        }),
    )
    .await;

    let mut request =
        pm::AccountsGetRequest::new("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6");
    request.options = Some(pm::AccountsGetRequestOptions {
        account_ids: Some(vec!["blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo".into()]),
    });
    let response = plaid_client(&server)
        .accounts_get(&request)
        .await
        .expect("accounts/get succeeds");

    assert_plaid_request(
        &only_request(&server).await,
        "/accounts/get",
        json!({
            "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
            "options": { "account_ids": ["blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo"] }
        }),
    );
    assert_eq!(response.request_id, "bkVE1BHWMAZ9Rnr");
    assert_eq!(response.accounts.len(), 1);
    let account = &response.accounts[0];
    assert_eq!(account.account_id, "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo");
    assert_eq!(account.r#type, pm::AccountType::Depository);
    assert_eq!(account.subtype, Some(pm::AccountSubtype::Checking));
    assert_eq!(account.balances.available, Some(100.0));
    assert_eq!(account.balances.limit, None);
    assert_eq!(
        response.item.item_id,
        "DWVAAPWq4RHGlEaNyGKRTAnPLaEmo8Cvq7na6"
    );
    assert_eq!(response.item.error, None);
    assert_eq!(response.item.update_type, pm::UpdateType::Background);
}

/// `POST /item/public_token/exchange` sends the public token and decodes the access token.
#[tokio::test]
async fn plaid_item_public_token_exchange() {
    let server = MockServer::start().await;
    mount_plaid(
        &server,
        "/item/public_token/exchange",
        json!({
            "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
            "item_id": "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
            "request_id": "Aim3b"
        }),
    )
    .await;

    let request = pm::ItemPublicTokenExchangeRequest::new(
        "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
    );
    let response = plaid_client(&server)
        .item_public_token_exchange(&request)
        .await
        .expect("exchange succeeds");

    assert_plaid_request(
        &only_request(&server).await,
        "/item/public_token/exchange",
        json!({ "public_token": "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d" }),
    );
    assert_eq!(
        response.access_token,
        "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6"
    );
    assert_eq!(response.item_id, "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op");
    assert_eq!(response.request_id, "Aim3b");
}

/// `POST /item/remove` sends the access token and decodes the request id.
#[tokio::test]
async fn plaid_item_remove() {
    let server = MockServer::start().await;
    mount_plaid(
        &server,
        "/item/remove",
        json!({ "request_id": "m8MDnv9okwxFNBV" }),
    )
    .await;

    let request = pm::ItemRemoveRequest::new("access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6");
    let response = plaid_client(&server)
        .item_remove(&request)
        .await
        .expect("item/remove succeeds");

    assert_plaid_request(
        &only_request(&server).await,
        "/item/remove",
        json!({ "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6" }),
    );
    assert_eq!(response.request_id, "m8MDnv9okwxFNBV");
}

/// `POST /link/token/create` sends the user, products and countries in Plaid's spelling
/// (`US`, `auth`, a `YYYY-MM-DD` birth date) and decodes the token and its expiry.
#[tokio::test]
async fn plaid_link_token_create() {
    let server = MockServer::start().await;
    mount_plaid(
        &server,
        "/link/token/create",
        json!({
            "link_token": "link-sandbox-af1a0311-da53-4636-b754-dd15cc058176",
            "expiration": "2020-03-27T12:56:34Z",
            "request_id": "XQVgFigpGHXkb0b"
        }),
    )
    .await;

    let mut user = pm::LinkTokenCreateRequestUser::new("user-good-1");
    user.date_of_birth = Some(chrono::NaiveDate::from_ymd_opt(1990, 5, 29).unwrap());
    let mut request =
        pm::LinkTokenCreateRequest::new("Acme Pay", "en", vec![pm::CountryCode::Us], user);
    request.products = Some(vec![pm::Products::Auth]);
    request.webhook = Some("https://example.com/plaid/webhook".into());
    let response = plaid_client(&server)
        .link_token_create(&request)
        .await
        .expect("link/token/create succeeds");

    assert_plaid_request(
        &only_request(&server).await,
        "/link/token/create",
        json!({
            "client_name": "Acme Pay",
            "language": "en",
            "country_codes": ["US"],
            "user": { "client_user_id": "user-good-1", "date_of_birth": "1990-05-29" },
            "products": ["auth"],
            "webhook": "https://example.com/plaid/webhook"
        }),
    );
    assert_eq!(
        response.link_token,
        "link-sandbox-af1a0311-da53-4636-b754-dd15cc058176"
    );
    assert_eq!(
        response.expiration.to_rfc3339(),
        "2020-03-27T12:56:34+00:00"
    );
}

/// `POST /link/token/get` sends the link token and decodes the nullable times and metadata.
#[tokio::test]
async fn plaid_link_token_get() {
    let server = MockServer::start().await;
    mount_plaid(
        &server,
        "/link/token/get",
        json!({
            "created_at": "2020-12-02T21:14:54Z",
            "expiration": null,
            "link_token": "link-sandbox-33792986-2b9c-4b80-b1f2-518caaac6183",
            "metadata": {
                "account_filters": { "depository": { "account_subtypes": ["checking", "savings"] } },
                "client_name": "Insert Client name here",
                "country_codes": ["US"],
                "initial_products": ["auth"],
                "language": "en",
                "redirect_uri": null,
                "webhook": "https://www.example.com/webhook"
            },
            "request_id": "u0ydFs493XjyTYn"
        }),
    )
    .await;

    let request = pm::LinkTokenGetRequest::new("link-sandbox-33792986-2b9c-4b80-b1f2-518caaac6183");
    let response = plaid_client(&server)
        .link_token_get(&request)
        .await
        .expect("link/token/get succeeds");

    assert_plaid_request(
        &only_request(&server).await,
        "/link/token/get",
        json!({ "link_token": "link-sandbox-33792986-2b9c-4b80-b1f2-518caaac6183" }),
    );
    assert_eq!(
        response.created_at.map(|t| t.to_rfc3339()).as_deref(),
        Some("2020-12-02T21:14:54+00:00")
    );
    assert_eq!(response.expiration, None);
    assert_eq!(response.metadata.initial_products, vec![pm::Products::Auth]);
    assert_eq!(response.metadata.redirect_uri, None);
    assert_eq!(
        response
            .metadata
            .additional_properties
            .get("account_filters"),
        Some(&json!({ "depository": { "account_subtypes": ["checking", "savings"] } }))
    );
}

/// `POST /processor/token/create` sends `processor: "dwolla"` and decodes the processor token.
#[tokio::test]
async fn plaid_processor_token_create() {
    let server = MockServer::start().await;
    mount_plaid(
        &server,
        "/processor/token/create",
        json!({ "processor_token": "processor-sandbox-0asd1-a92nc", "request_id": "xrQNYZ7Zoh6R7gV" }),
    )
    .await;

    let request = pm::ProcessorTokenCreateRequest::new(
        "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
        "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo",
        pm::Processor::Dwolla,
    );
    let response = plaid_client(&server)
        .processor_token_create(&request)
        .await
        .expect("processor token");

    assert_plaid_request(
        &only_request(&server).await,
        "/processor/token/create",
        json!({
            "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
            "account_id": "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo",
            "processor": "dwolla"
        }),
    );
    assert_eq!(response.processor_token, "processor-sandbox-0asd1-a92nc");
    assert_eq!(response.request_id, "xrQNYZ7Zoh6R7gV");
}

/// `POST /sandbox/public_token/create` sends the institution and products and decodes the
/// public token.
#[tokio::test]
async fn plaid_sandbox_public_token_create() {
    let server = MockServer::start().await;
    mount_plaid(
        &server,
        "/sandbox/public_token/create",
        json!({ "public_token": "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d", "request_id": "Aim3b" }),
    )
    .await;

    let request = pm::SandboxPublicTokenCreateRequest::new(
        "ins_109508",
        vec![pm::Products::Auth, pm::Products::Transactions],
    );
    let response = plaid_client(&server)
        .sandbox_public_token_create(&request)
        .await
        .expect("public token");

    assert_plaid_request(
        &only_request(&server).await,
        "/sandbox/public_token/create",
        json!({ "institution_id": "ins_109508", "initial_products": ["auth", "transactions"] }),
    );
    assert_eq!(
        response.public_token,
        "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d"
    );
}

/// `Plaid-Version` can be pinned per client; the other credential headers are unchanged.
#[tokio::test]
async fn plaid_version_header_is_overridable() {
    let server = MockServer::start().await;
    mount_plaid(&server, "/item/remove", json!({ "request_id": "r" })).await;
    let client = plaid::Client::new(
        plaid::Environment::Custom(server.uri().parse().unwrap()),
        plaid::Credentials::new(PLAID_CLIENT_ID, PLAID_SECRET).with_plaid_version("2019-05-29"),
    );

    client
        .item_remove(&pm::ItemRemoveRequest::new("access-1"))
        .await
        .expect("item/remove succeeds");

    let request = only_request(&server).await;
    assert_eq!(header(&request, "plaid-version"), Some("2019-05-29"));
    assert_eq!(header(&request, "plaid-client-id"), Some(PLAID_CLIENT_ID));
    assert_eq!(header(&request, "plaid-secret"), Some(PLAID_SECRET));
}

/// A Plaid 4xx becomes `Error::Api` with the status, the decoded `PlaidError` and the raw
/// body as received.
#[tokio::test]
async fn plaid_error_answer_is_decoded() {
    let server = MockServer::start().await;
    let body = json!({
        "error_type": "INVALID_INPUT",
        "error_code": "INVALID_ACCESS_TOKEN",
        "error_message": "provided access token is in an invalid format. expected format: access-<environment>-<identifier>",
        "display_message": null,
        "request_id": "HNTDNrA8F1shFEW",
        "causes": [],
        "status": 400,
        "documentation_url": "https://plaid.com/docs/errors/invalid-input/#invalid_access_token",
        "suggested_action": null
    });
    let raw = serde_json::to_vec(&body).unwrap();
    Mock::given(method("POST"))
        .and(path("/accounts/get"))
        .respond_with(ResponseTemplate::new(400).set_body_raw(raw.clone(), "application/json"))
        .mount(&server)
        .await;

    let error = plaid_client(&server)
        .accounts_get(&pm::AccountsGetRequest::new("not-a-token"))
        .await
        .expect_err("a 400 is an error");

    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    let plaid::Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}")
    };
    assert_eq!(api.status.as_u16(), 400);
    assert_eq!(api.raw, raw);
    let decoded = api.body.as_ref().expect("the body is a PlaidError");
    assert_eq!(decoded.error_type, pm::PlaidErrorType::InvalidInput);
    assert_eq!(decoded.error_code, "INVALID_ACCESS_TOKEN");
    assert_eq!(decoded.display_message, None);
    assert_eq!(decoded.request_id.as_deref(), Some("HNTDNrA8F1shFEW"));
    assert_eq!(
        error.api_body().map(|b| b.error_code.as_str()),
        Some("INVALID_ACCESS_TOKEN")
    );
}

/// A 4xx whose body is not Plaid's error object (a proxy's text page, say) still gives the
/// status and the raw body, with `body: None`.
#[tokio::test]
async fn plaid_error_answer_without_error_object_keeps_raw_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/item/remove"))
        .respond_with(ResponseTemplate::new(404).set_body_raw("404 page not found\n", "text/plain"))
        .mount(&server)
        .await;

    let error = plaid_client(&server)
        .item_remove(&pm::ItemRemoveRequest::new("access-1"))
        .await
        .expect_err("a 404 is an error");

    let plaid::Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}")
    };
    assert_eq!(api.status.as_u16(), 404);
    assert_eq!(api.body, None);
    assert_eq!(api.raw, b"404 page not found\n");
    assert_eq!(api.raw_text(), "404 page not found\n");
}

/// A 2xx whose body is not the documented answer is `Error::Decode`, keeping status and raw
/// body.
#[tokio::test]
async fn plaid_undecodable_success_is_a_decode_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/item/remove"))
        .respond_with(
            ResponseTemplate::new(200).set_body_raw("{\"unexpected\":true}", "application/json"),
        )
        .mount(&server)
        .await;

    let error = plaid_client(&server)
        .item_remove(&pm::ItemRemoveRequest::new("access-1"))
        .await
        .expect_err("the answer lacks request_id");

    let plaid::Error::Decode(decode) = &error else {
        panic!("expected Error::Decode, got {error:?}")
    };
    assert_eq!(decode.status.as_u16(), 200);
    assert_eq!(decode.raw, b"{\"unexpected\":true}");
}

// --- Dwolla --------------------------------------------------------------------------------

fn dwolla_client(server: &MockServer) -> dwolla::Client {
    dwolla::Client::new(
        dwolla::Environment::Custom(server.uri().parse().expect("server URI")),
        dwolla::Credentials::new(DWOLLA_KEY, DWOLLA_SECRET),
    )
}

/// The token request, then exactly one API request; returns the API request after checking
/// the token request.
async fn token_then_one_request(server: &MockServer) -> Request {
    let mut requests = received(server).await;
    let lines = request_lines(&requests);
    assert_eq!(
        lines.len(),
        2,
        "expected the token request and one API call: {lines:?}"
    );
    assert_token_request(&requests[0]);
    requests.remove(1)
}

/// A Dwolla API call: the bearer token from `/token`, the HAL `Accept` header, no query, and
/// either no body or a body of `content_type` equal to `body`.
fn assert_dwolla_request(request: &Request, verb: &str, at: &str, body: Option<(&str, Value)>) {
    assert_eq!(request.method.as_str(), verb);
    assert_eq!(request.url.path(), at);
    assert_eq!(request.url.query(), None);
    assert_eq!(header(request, "authorization"), Some("Bearer token-1"));
    assert_eq!(header(request, "accept"), Some(HAL_JSON));
    match body {
        Some((content_type, body)) => {
            assert_eq!(header(request, "content-type"), Some(content_type));
            assert_eq!(body_json(request), body);
        }
        None => {
            assert_eq!(header(request, "content-type"), None);
            assert!(
                request.body.is_empty(),
                "unexpected body: {}",
                body_text(request)
            );
        }
    }
}

/// `POST /token` called directly: HTTP Basic credentials, a form body
/// `grant_type=client_credentials`, no bearer token, and the token answer decoded.
#[tokio::test]
async fn dwolla_create_application_access_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "gTm0p62yYXFiB1rOdhV0TsNOinC2V2P1CMaAtojkO9JEGbv3i5",
            "token_type": "Bearer",
            "expires_in": 3599
        })))
        .expect(1)
        .mount(&server)
        .await;

    let request = dm::CreateApplicationAccessTokenRequest::new(dm::GrantType::ClientCredentials);
    let response = dwolla_client(&server)
        .create_application_access_token(&request)
        .await
        .expect("token");

    let request = only_request(&server).await;
    assert_token_request(&request);
    assert_eq!(
        response.access_token,
        "gTm0p62yYXFiB1rOdhV0TsNOinC2V2P1CMaAtojkO9JEGbv3i5"
    );
    assert_eq!(response.token_type, "Bearer");
    assert_eq!(response.expires_in, 3599);
}

/// `POST /client-tokens` takes a plain `application/json` body with `_links.customer.href`
/// and answers the token.
#[tokio::test]
async fn dwolla_create_client_token() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("POST"))
        .and(path("/client-tokens"))
        .respond_with(hal(
            json!({ "token": "4adF858jPeQ9RnojMHdqSD2KwsvmhO7Ti7cI5woOiBGCpH5krY" }),
        ))
        .expect(1)
        .mount(&server)
        .await;

    let customer = format!(
        "{}/customers/707177c3-bf15-4e7e-b37c-55c3898d9bf4",
        server.uri()
    );
    let request = dm::CreateClientTokenRequest::new(
        "customer.update",
        dm::CreateClientTokenLinks::new(dm::CreateClientTokenCustomer::new(customer.clone())),
    );
    let response = dwolla_client(&server)
        .create_client_token(&request)
        .await
        .expect("client token");

    assert_dwolla_request(
        &token_then_one_request(&server).await,
        "POST",
        "/client-tokens",
        Some((
            "application/json",
            json!({ "action": "customer.update", "_links": { "customer": { "href": customer } } }),
        )),
    );
    assert_eq!(
        response.token,
        "4adF858jPeQ9RnojMHdqSD2KwsvmhO7Ti7cI5woOiBGCpH5krY"
    );
}

/// `POST /customers` sends the tagged union in Dwolla's HAL media type and returns the
/// `Location` of the new customer.
#[tokio::test]
async fn dwolla_create_customer() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    let location = "https://api-sandbox.dwolla.com/customers/FC451A7A-AE30-4404-AB95-E3553FCD733F";
    Mock::given(method("POST"))
        .and(path("/customers"))
        .respond_with(created(location))
        .expect(1)
        .mount(&server)
        .await;

    let mut customer =
        dm::CreateUnverifiedCustomer::new("Jane", "Merchant", "jmerchant@nomail.net");
    customer.ip_address = Some("99.99.99.99".into());
    let url = dwolla_client(&server)
        .create_customer(&customer.into())
        .await
        .expect("customer created");

    assert_dwolla_request(
        &token_then_one_request(&server).await,
        "POST",
        "/customers",
        Some((
            HAL_JSON,
            json!({
                "type": "unverified",
                "firstName": "Jane",
                "lastName": "Merchant",
                "email": "jmerchant@nomail.net",
                "ipAddress": "99.99.99.99"
            }),
        )),
    );
    assert_eq!(url.as_str(), location);
    assert_eq!(url.id(), Some("FC451A7A-AE30-4404-AB95-E3553FCD733F"));
}

/// `POST /customers/{id}/documents` uploads the document as `multipart/form-data` (as the
/// vendor's OpenAPI says): a text part `documentType` and a file part `file` carrying the
/// file's name and its exact bytes. It returns the new document's `Location`.
#[tokio::test]
async fn dwolla_create_customer_document_is_multipart() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    let location = "https://api-sandbox.dwolla.com/documents/9a1b2c3d";
    Mock::given(method("POST"))
        .and(path("/customers/c-7/documents"))
        .respond_with(created(location))
        .expect(1)
        .mount(&server)
        .await;

    let content = vec![0x89, b'P', b'N', b'G', 0, 0xFF, b'\r', b'\n'];
    let file = dm::CreateCustomerDocumentFile::new("passport scan.png", content.clone());
    let body = dm::CreateCustomerDocumentRequestBody::new(dm::DocumentType::Passport, file);
    let url = dwolla_client(&server)
        .create_customer_document(&dm::CreateCustomerDocumentRequest::new("c-7", body))
        .await
        .expect("document created");

    let request = token_then_one_request(&server).await;
    assert_eq!(request.url.path(), "/customers/c-7/documents");
    assert_eq!(header(&request, "authorization"), Some("Bearer token-1"));
    let content_type = header(&request, "content-type").expect("a content type");
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .expect("multipart/form-data");
    let parts = multipart_parts(&request.body, boundary);
    assert_eq!(
        parts,
        [
            (
                "form-data; name=\"documentType\"".to_string(),
                b"passport".to_vec()
            ),
            (
                "form-data; name=\"file\"; filename=\"passport scan.png\"".to_string(),
                content
            ),
        ]
    );
    assert_eq!(url.as_str(), location);
}

/// The (Content-Disposition, body) of each part of a `multipart/form-data` body.
fn multipart_parts(body: &[u8], boundary: &str) -> Vec<(String, Vec<u8>)> {
    let delimiter = format!("--{boundary}").into_bytes();
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(start) = find(rest, &delimiter) {
        rest = &rest[start + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let Some(headers_end) = find(rest, b"\r\n\r\n") else {
            break;
        };
        let headers = String::from_utf8_lossy(&rest[..headers_end]).to_string();
        let disposition = headers
            .lines()
            .find_map(|line| {
                line.strip_prefix("content-disposition: ")
                    .or_else(|| line.strip_prefix("Content-Disposition: "))
            })
            .unwrap_or_default()
            .to_string();
        let content = &rest[headers_end + 4..];
        let end = find(content, &delimiter).expect("a closing boundary");
        // The part's content ends with the line break before the next boundary.
        parts.push((disposition, content[..end - 2].to_vec()));
        rest = &content[end..];
    }
    parts
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// `POST /customers/{id}/funding-sources` puts the id in the path, sends the funding source
/// (here from a Plaid processor token) in the HAL media type, and returns its `Location`.
#[tokio::test]
async fn dwolla_create_customer_funding_source() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    let location =
        "https://api-sandbox.dwolla.com/funding-sources/375c6781-2a17-476c-84f7-db7d2f6ffb31";
    Mock::given(method("POST"))
        .and(path(
            "/customers/FC451A7A-AE30-4404-AB95-E3553FCD733F/funding-sources",
        ))
        .respond_with(created(location))
        .expect(1)
        .mount(&server)
        .await;

    let source = dm::CreateCustomerBankFundingSourceWithPlaid::new(
        "processor-sandbox-0asd1-a92nc",
        dm::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Checking,
        "Jane Doe's Checking",
    );
    let request = dm::CreateCustomerFundingSourceRequest::new(
        "FC451A7A-AE30-4404-AB95-E3553FCD733F",
        source.into(),
    );
    let url = dwolla_client(&server)
        .create_customer_funding_source(&request)
        .await
        .expect("funding source created");

    assert_dwolla_request(
        &token_then_one_request(&server).await,
        "POST",
        "/customers/FC451A7A-AE30-4404-AB95-E3553FCD733F/funding-sources",
        Some((
            HAL_JSON,
            json!({
                "plaidToken": "processor-sandbox-0asd1-a92nc",
                "bankAccountType": "checking",
                "name": "Jane Doe's Checking"
            }),
        )),
    );
    assert_eq!(url.as_str(), location);
}

/// `GET /customers/{id}` sends no body and decodes the customer variant its `type` names.
#[tokio::test]
async fn dwolla_get_customer() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("GET"))
        .and(path("/customers/c41125c5-99c4-4303-a9f6-d066d28a61e3"))
        .respond_with(hal(json!({
            "_links": {
                "self": {
                    "href": "https://api-sandbox.dwolla.com/customers/c41125c5-99c4-4303-a9f6-d066d28a61e3",
                    "type": "application/vnd.dwolla.v1.hal+json",
                    "resource-type": "customer"
                },
                "funding-sources": {
                    "href": "https://api-sandbox.dwolla.com/customers/c41125c5-99c4-4303-a9f6-d066d28a61e3/funding-sources",
                    "type": "application/vnd.dwolla.v1.hal+json",
                    "resource-type": "funding-source"
                }
            },
            "id": "c41125c5-99c4-4303-a9f6-d066d28a61e3",
            "firstName": "Jane",
            "lastName": "Doe",
            "email": "janedoe@mail.com",
            "type": "personal",
            "status": "verified",
            "created": "2022-10-07T16:46:13.023Z",
            "address1": "99-99 33rd St",
            "city": "Some City",
            "state": "NY",
            "postalCode": "11101"
        })))
        .expect(1)
        .mount(&server)
        .await;

    let customer = dwolla_client(&server)
        .get_customer(&dm::GetCustomerRequest::new(
            "c41125c5-99c4-4303-a9f6-d066d28a61e3",
        ))
        .await
        .expect("customer");

    assert_dwolla_request(
        &token_then_one_request(&server).await,
        "GET",
        "/customers/c41125c5-99c4-4303-a9f6-d066d28a61e3",
        None,
    );
    let dm::GetCustomerResponse::VerifiedPersonalCustomer(customer) = customer else {
        panic!("expected a verified personal customer, got {customer:?}")
    };
    assert_eq!(
        customer.status,
        dm::VerifiedPersonalCustomerStatus::Verified
    );
    assert_eq!(customer.postal_code, "11101");
    assert_eq!(
        customer.links["funding-sources"].resource_type.as_deref(),
        Some("funding-source")
    );
}

/// `GET /transfers/{id}` sends no body and decodes the transfer.
#[tokio::test]
async fn dwolla_get_transfer() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("GET"))
        .and(path("/transfers/15c6bcce-46f7-e811-8112-e8dd3bececa8"))
        .respond_with(hal(json!({
            "_links": {
                "self": {
                    "href": "https://api-sandbox.dwolla.com/transfers/15c6bcce-46f7-e811-8112-e8dd3bececa8",
                    "type": "application/vnd.dwolla.v1.hal+json",
                    "resource-type": "transfer"
                },
                "source": {
                    "href": "https://api-sandbox.dwolla.com/funding-sources/375c6781-2a17-476c-84f7-db7d2f6ffb31",
                    "type": "application/vnd.dwolla.v1.hal+json",
                    "resource-type": "funding-source"
                }
            },
            "id": "15c6bcce-46f7-e811-8112-e8dd3bececa8",
            "status": "pending",
            "amount": { "value": "42.00", "currency": "USD" },
            "created": "2018-12-03T22:00:22.970Z",
            "clearing": { "source": "standard" },
            "metadata": { "paymentId": "12345678" }
        })))
        .expect(1)
        .mount(&server)
        .await;

    let transfer = dwolla_client(&server)
        .get_transfer(&dm::GetTransferRequest::new(
            "15c6bcce-46f7-e811-8112-e8dd3bececa8",
        ))
        .await
        .expect("transfer");

    assert_dwolla_request(
        &token_then_one_request(&server).await,
        "GET",
        "/transfers/15c6bcce-46f7-e811-8112-e8dd3bececa8",
        None,
    );
    assert_eq!(
        transfer.id.as_deref(),
        Some("15c6bcce-46f7-e811-8112-e8dd3bececa8")
    );
    assert_eq!(transfer.status.as_deref(), Some("pending"));
    let amount = transfer.amount.expect("amount");
    assert_eq!(
        (amount.value.as_deref(), amount.currency.as_deref()),
        (Some("42.00"), Some("USD"))
    );
    assert_eq!(
        transfer.created.map(|t| t.to_rfc3339()).as_deref(),
        Some("2018-12-03T22:00:22.970+00:00")
    );
    assert_eq!(
        transfer.links.expect("links")["source"].href.as_deref(),
        Some("https://api-sandbox.dwolla.com/funding-sources/375c6781-2a17-476c-84f7-db7d2f6ffb31")
    );
}

/// `POST /transfers` sends a plain `application/json` body, the `Idempotency-Key` header when
/// one is set, and returns the transfer's `Location`.
#[tokio::test]
async fn dwolla_initiate_transfer() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    let location = "https://api-sandbox.dwolla.com/transfers/d76265cd-0951-e511-80da-0aa34a9b2388";
    Mock::given(method("POST"))
        .and(path("/transfers"))
        .respond_with(created(location))
        .expect(1)
        .mount(&server)
        .await;

    let mut request = dm::InitiateTransferRequest::new(transfer_body());
    request.idempotency_key = Some("19051a62-3403-11e6-ac61-9e71128cae77".into());
    let url = dwolla_client(&server)
        .initiate_transfer(&request)
        .await
        .expect("transfer created");

    let sent = token_then_one_request(&server).await;
    assert_dwolla_request(
        &sent,
        "POST",
        "/transfers",
        Some(("application/json", transfer_json())),
    );
    assert_eq!(
        header(&sent, "idempotency-key"),
        Some("19051a62-3403-11e6-ac61-9e71128cae77")
    );
    assert_eq!(url.as_str(), location);
}

fn transfer_body() -> dm::InitiateTransferRequestBody {
    let links = dm::InitiateTransferLinks {
        source: Some(dm::InitiateTransferLinksSource {
            href: Some("https://api-sandbox.dwolla.com/funding-sources/707177c3-bf15-4e7e-b37c-55c3898d9bf4".into()),
        }),
        destination: Some(dm::InitiateTransferLinksDestination {
            href: Some("https://api-sandbox.dwolla.com/funding-sources/AB443D36-3757-44C1-A1B4-29727FB3111C".into()),
        }),
    };
    let mut body =
        dm::InitiateTransferRequestBody::new(links, dm::TransferAmount::new("5.00", "USD"));
    body.clearing = Some(dm::InitiateTransferClearing {
        source: None,
        destination: Some("next-available".into()),
    });
    body
}

fn transfer_json() -> Value {
    json!({
        "_links": {
            "source": { "href": "https://api-sandbox.dwolla.com/funding-sources/707177c3-bf15-4e7e-b37c-55c3898d9bf4" },
            "destination": { "href": "https://api-sandbox.dwolla.com/funding-sources/AB443D36-3757-44C1-A1B4-29727FB3111C" }
        },
        "amount": { "value": "5.00", "currency": "USD" },
        "clearing": { "destination": "next-available" }
    })
}

/// Without a key from the caller, each unsafe call gets a fresh random `Idempotency-Key`
/// (a version 4 UUID), a different one per call.
#[tokio::test]
async fn dwolla_idempotency_key_is_fresh_when_unset() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("POST"))
        .and(path("/transfers"))
        .respond_with(created("https://api-sandbox.dwolla.com/transfers/t-1"))
        .expect(2)
        .mount(&server)
        .await;

    let request = dm::InitiateTransferRequest::new(transfer_body());
    let client = dwolla_client(&server);
    for _ in 0..2 {
        client
            .initiate_transfer(&request)
            .await
            .expect("transfer created");
    }

    let requests = received(&server).await;
    let keys: Vec<&str> = requests[1..]
        .iter()
        .map(|r| header(r, "idempotency-key").expect("a key is sent"))
        .collect();
    for key in &keys {
        let uuid: Vec<&str> = key.split('-').collect();
        let lengths: Vec<usize> = uuid.iter().map(|part| part.len()).collect();
        assert_eq!(lengths, [8, 4, 4, 4, 12], "{key} is no UUID");
        assert!(uuid[2].starts_with('4'), "{key} is no version 4 UUID");
    }
    assert_ne!(keys[0], keys[1]);
    assert_eq!(body_json(&requests[1]), transfer_json());
}

/// One token serves several calls; once it is about to expire (a tenth of its lifetime
/// early) the next call fetches a new one and uses it.
#[tokio::test]
async fn dwolla_token_is_reused_then_refreshed_before_expiry() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3, 1).await;
    mount_token(&server, "token-2", 3600, 1).await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(hal(json!({ "id": "t-1" })))
        .mount(&server)
        .await;
    let client = dwolla_client(&server);
    let request = dm::GetTransferRequest::new("t-1");

    let before_first = Instant::now();
    client.get_transfer(&request).await.expect("first call");
    let after_first = Instant::now();
    client.get_transfer(&request).await.expect("second call");
    client
        .clone()
        .get_transfer(&request)
        .await
        .expect("third call, from a clone");
    // The token lives 3 s and is refreshed 0.3 s early: at 2.75 s it is due for refresh,
    // though not yet expired.
    tokio::time::sleep_until((after_first + Duration::from_millis(2750)).into()).await;
    let before_refresh = Instant::now();
    client
        .get_transfer(&request)
        .await
        .expect("call after refresh");
    assert!(
        before_refresh < before_first + Duration::from_secs(3),
        "the test ran too slowly to show an early refresh"
    );

    let requests = received(&server).await;
    assert_eq!(
        request_lines(&requests),
        [
            "POST /token",
            "GET /transfers/t-1",
            "GET /transfers/t-1",
            "GET /transfers/t-1",
            "POST /token",
            "GET /transfers/t-1"
        ]
    );
    assert_token_request(&requests[4]);
    let bearers: Vec<_> = requests
        .iter()
        .filter(|r| r.url.path() != "/token")
        .map(|r| header(r, "authorization").unwrap_or_default())
        .collect();
    assert_eq!(
        bearers,
        [
            "Bearer token-1",
            "Bearer token-1",
            "Bearer token-1",
            "Bearer token-2"
        ]
    );
}

/// Calls started together share one token fetch: they wait for it instead of each asking
/// `/token`.
#[tokio::test]
async fn dwolla_concurrent_calls_fetch_one_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!({ "access_token": "token-1", "token_type": "Bearer", "expires_in": 3600 }))
                .set_delay(Duration::from_millis(200)),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(hal(json!({ "id": "t-1" })))
        .expect(5)
        .mount(&server)
        .await;
    let client = dwolla_client(&server);
    let request = dm::GetTransferRequest::new("t-1");

    let (a, b, c, d, e) = tokio::join!(
        client.get_transfer(&request),
        client.get_transfer(&request),
        client.get_transfer(&request),
        client.get_transfer(&request),
        client.get_transfer(&request),
    );
    for result in [a, b, c, d, e] {
        assert_eq!(result.expect("call succeeds").id.as_deref(), Some("t-1"));
    }

    let requests = received(&server).await;
    let lines = request_lines(&requests);
    assert_eq!(
        lines.iter().filter(|line| *line == "POST /token").count(),
        1,
        "{lines:?}"
    );
    assert_eq!(lines[0], "POST /token");
    for request in &requests[1..] {
        assert_eq!(header(request, "authorization"), Some("Bearer token-1"));
    }
}

/// A token that has expired is replaced: a 1-second token is fetched again after a second.
#[tokio::test]
async fn dwolla_expired_token_is_fetched_again() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 1, 1).await;
    mount_token(&server, "token-2", 1, 1).await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(hal(json!({ "id": "t-1" })))
        .mount(&server)
        .await;
    let client = dwolla_client(&server);
    let request = dm::GetTransferRequest::new("t-1");

    client.get_transfer(&request).await.expect("first call");
    tokio::time::sleep(Duration::from_millis(1100)).await;
    client.get_transfer(&request).await.expect("second call");

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

/// When the token endpoint refuses the credentials (401), the call fails with `Error::Token`
/// carrying the status and the OAuth error body, and the API itself is never called.
#[tokio::test]
async fn dwolla_refused_credentials_give_token_error() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .respond_with(
            ResponseTemplate::new(401).set_body_json(json!({ "error": "invalid_client" })),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/transfers/t-1"))
        .respond_with(hal(json!({ "id": "t-1" })))
        .expect(0)
        .mount(&server)
        .await;

    let error = dwolla_client(&server)
        .get_transfer(&dm::GetTransferRequest::new("t-1"))
        .await
        .expect_err("no token, no call");

    let dwolla::Error::Token(token) = &error else {
        panic!("expected Error::Token, got {error:?}")
    };
    assert_eq!(token.status.as_u16(), 401);
    // The token endpoint's documented error model, not the API's.
    let Some(dwolla::ErrorBody::OAuthError(body)) = &token.body else {
        panic!("expected an OAuthError body, got {:?}", token.body)
    };
    assert_eq!(body.error.as_deref(), Some("invalid_client"));
    assert_eq!(
        error.to_string(),
        "could not obtain an access token: POST /token: 401 Unauthorized: invalid_client"
    );
    assert_eq!(token.raw, br#"{"error":"invalid_client"}"#);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
    assert_eq!(request_lines(&received(&server).await), ["POST /token"]);
}

/// A Dwolla 4xx becomes `Error::Api` with the status, the decoded `DwollaError` (with its
/// embedded validation errors) and the raw body.
#[tokio::test]
async fn dwolla_error_answer_is_decoded() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    let body = json!({
        "code": "ValidationError",
        "message": "Validation error(s) present. See embedded errors list for more details.",
        "_embedded": {
            "errors": [{
                "code": "Duplicate",
                "message": "A customer with the specified email already exists.",
                "path": "/email",
                "_links": {}
            }]
        }
    });
    let raw = serde_json::to_vec(&body).unwrap();
    Mock::given(method("POST"))
        .and(path("/customers"))
        .respond_with(ResponseTemplate::new(400).set_body_raw(raw.clone(), HAL_JSON))
        .mount(&server)
        .await;

    let request = dm::CreateCustomerRequest::from(dm::CreateReceiveOnlyUser::new(
        "A",
        "B",
        "dup@example.com",
    ));
    let error = dwolla_client(&server)
        .create_customer(&request)
        .await
        .expect_err("a 400 is an error");

    let dwolla::Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}")
    };
    assert_eq!(api.status.as_u16(), 400);
    assert_eq!(api.raw, raw);
    let Some(dwolla::ErrorBody::DwollaError(decoded)) = &api.body else {
        panic!("the body is a DwollaError: {:?}", api.body)
    };
    assert_eq!(decoded.code, "ValidationError");
    let details = decoded
        .embedded
        .as_ref()
        .and_then(|e| e.errors.as_ref())
        .expect("embedded errors");
    assert_eq!(details[0].code.as_deref(), Some("Duplicate"));
    assert_eq!(details[0].path.as_deref(), Some("/email"));
}

/// A Dwolla 4xx whose body is not the error object still gives status and raw body, with
/// `body: None`.
#[tokio::test]
async fn dwolla_error_answer_without_error_object_keeps_raw_body() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("GET"))
        .and(path("/customers/c-1"))
        .respond_with(
            ResponseTemplate::new(403)
                .set_body_raw("<html><body>Forbidden</body></html>", "text/html"),
        )
        .mount(&server)
        .await;

    let error = dwolla_client(&server)
        .get_customer(&dm::GetCustomerRequest::new("c-1"))
        .await
        .expect_err("a 403 is an error");

    let dwolla::Error::Api(api) = &error else {
        panic!("expected Error::Api, got {error:?}")
    };
    assert_eq!(api.status.as_u16(), 403);
    assert_eq!(api.body, None);
    assert_eq!(api.raw_text(), "<html><body>Forbidden</body></html>");
}

/// A relative `Location` is resolved against the URL of the request that created the
/// resource (RFC 9110 §10.2.2); an absolute one is returned as it is.
#[tokio::test]
async fn dwolla_relative_location_is_resolved_against_the_request_url() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("POST"))
        .and(path("/customers"))
        .respond_with(created("/customers/FC451A7A"))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/customers/c-1/funding-sources"))
        .respond_with(created("fs-9"))
        .mount(&server)
        .await;
    let client = dwolla_client(&server);

    let customer = client
        .create_customer(&dm::CreateReceiveOnlyUser::new("A", "B", "a@example.com").into())
        .await
        .expect("customer created");
    assert_eq!(
        customer.as_str(),
        format!("{}/customers/FC451A7A", server.uri())
    );

    let source = dm::CreateCustomerBankFundingSourceWithPlaid::new(
        "processor-sandbox-1",
        dm::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Savings,
        "Savings",
    );
    let funding = client
        .create_customer_funding_source(&dm::CreateCustomerFundingSourceRequest::new(
            "c-1",
            source.into(),
        ))
        .await
        .expect("funding source created");
    // `fs-9` relative to `/customers/c-1/funding-sources` replaces the last segment.
    assert_eq!(
        funding.as_str(),
        format!("{}/customers/c-1/fs-9", server.uri())
    );
}

/// A `201` without a `Location` header is a decode error, not a made-up URL.
#[tokio::test]
async fn dwolla_created_without_location_is_an_error() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("POST"))
        .and(path("/customers"))
        .respond_with(ResponseTemplate::new(201))
        .mount(&server)
        .await;

    let error = dwolla_client(&server)
        .create_customer(&dm::CreateReceiveOnlyUser::new("A", "B", "a@example.com").into())
        .await
        .expect_err("no Location");

    let dwolla::Error::Decode(decode) = &error else {
        panic!("expected Error::Decode, got {error:?}")
    };
    assert_eq!(decode.status.as_u16(), 201);
    assert!(matches!(
        decode.problem,
        generated::DecodeProblem::MissingLocation
    ));
}

/// An `Idempotency-Key` that cannot be a header value (a line break) is refused as
/// `Error::InvalidRequest` before anything is sent to `/transfers`.
#[tokio::test]
async fn dwolla_invalid_idempotency_key_is_refused() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("POST"))
        .and(path("/transfers"))
        .respond_with(created("https://api-sandbox.dwolla.com/transfers/t-1"))
        .expect(0)
        .mount(&server)
        .await;

    let mut request = dm::InitiateTransferRequest::new(transfer_body());
    request.idempotency_key = Some("key\r\nX-Injected: 1".into());
    let error = dwolla_client(&server)
        .initiate_transfer(&request)
        .await
        .expect_err("a header value cannot hold a line break");

    assert!(
        matches!(error, dwolla::Error::InvalidRequest(_)),
        "{error:?}"
    );
    assert_eq!(error.status(), None);
    assert!(!request_lines(&received(&server).await).contains(&"POST /transfers".to_string()));
}

/// A path parameter is one percent-encoded segment: `/`, spaces, `?` and `#` in an id cannot
/// reach another path or add a query.
#[tokio::test]
async fn path_parameters_are_percent_encoded() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404))
        .mount(&server)
        .await;
    let client = dwolla_client(&server);

    for id in ["../transfers/x y", "a/b", "c-1?limit=200#top"] {
        let _ = client.get_customer(&dm::GetCustomerRequest::new(id)).await;
    }
    let _ = client
        .get_transfer(&dm::GetTransferRequest::new("../customers"))
        .await;

    let requests = received(&server).await;
    assert_eq!(
        request_lines(&requests),
        [
            "POST /token",
            "GET /customers/..%2Ftransfers%2Fx%20y",
            "GET /customers/a%2Fb",
            "GET /customers/c-1%3Flimit=200%23top",
            "GET /transfers/..%2Fcustomers",
        ]
    );
}

/// An id that is exactly `.` or `..` must not turn `/customers/{id}` into `/customers` (or
/// `/`): the URL standard drops such segments, so the call has to be refused before it is
/// sent.
#[tokio::test]
async fn dot_segment_path_parameters_are_refused() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    Mock::given(method("GET"))
        .respond_with(hal(json!({})))
        .mount(&server)
        .await;
    let client = dwolla_client(&server);

    for id in [".", ".."] {
        let error = client
            .get_customer(&dm::GetCustomerRequest::new(id))
            .await
            .expect_err("a dot segment is not a customer id");
        assert!(
            matches!(error, dwolla::Error::InvalidRequest(_)),
            "id {id:?}: {error:?}"
        );
    }
    let api_calls: Vec<String> = request_lines(&received(&server).await)
        .into_iter()
        .filter(|line| line != "POST /token")
        .collect();
    assert_eq!(api_calls, Vec::<String>::new());
}
