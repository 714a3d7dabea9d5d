//! The `bank_link_flow` example, run against one loopback server that plays both Plaid and
//! Dwolla with answers in the vendors' shapes: the calls come in the right order and each one
//! carries what the previous answers returned.

#[allow(dead_code)]
#[path = "../generated/examples/bank_link_flow.rs"]
mod flow;
mod support;

use generated::{dwolla, plaid};
use serde_json::json;
use support::*;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CUSTOMER_ID: &str = "FC451A7A-AE30-4404-AB95-E3553FCD733F";
const FUNDING_SOURCE_ID: &str = "375c6781-2a17-476c-84f7-db7d2f6ffb31";
const TRANSFER_ID: &str = "d76265cd-0951-e511-80da-0aa34a9b2388";
const DESTINATION: &str =
    "https://api-sandbox.dwolla.com/funding-sources/b268f6b9-db3b-4ecc-83a2-8823a53ec8b7";

fn config(server: &MockServer) -> flow::Config {
    flow::Config {
        plaid_environment: plaid::Environment::Custom(server.uri().parse().unwrap()),
        plaid_credentials: plaid::Credentials::new("plaid-client", "plaid-secret"),
        dwolla_environment: dwolla::Environment::Custom(server.uri().parse().unwrap()),
        dwolla_credentials: dwolla::Credentials::new(DWOLLA_KEY, DWOLLA_SECRET),
        destination_funding_source: DESTINATION.into(),
        first_name: "Jane".into(),
        last_name: "Merchant".into(),
        email: "jane.merchant@example.com".into(),
        amount: "25.00".into(),
    }
}

async fn mount(server: &MockServer, verb: &str, at: &str, answer: ResponseTemplate) {
    Mock::given(method(verb))
        .and(path(at))
        .respond_with(answer)
        .expect(1)
        .mount(server)
        .await;
}

/// Plaid's half of the flow, with the answers its OpenAPI gives as examples.
async fn mount_plaid(server: &MockServer) {
    mount(
        server,
        "POST",
        "/sandbox/public_token/create",
        ResponseTemplate::new(200).set_body_json(json!({
            "public_token": "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d",
            "request_id": "Aim3b"
        })),
    )
    .await;
    mount(
        server,
        "POST",
        "/item/public_token/exchange",
        ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
            "item_id": "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
            "request_id": "Aim3b"
        })),
    )
    .await;
    // A retirement account first: the flow must skip it for the checking account.
    mount(
        server,
        "POST",
        "/accounts/get",
        ResponseTemplate::new(200).set_body_json(json!({
            "accounts": [
                {
                    "account_id": "6PdjjRP6LmugpBy5NgQvUqpRXMWxzktg3rwrk",
                    "balances": { "available": null, "current": 23631.9805, "iso_currency_code": "USD", "limit": null, "unofficial_currency_code": null },
                    "mask": "6666",
                    "name": "Plaid 401k",
                    "official_name": null,
                    "subtype": "401k",
                    "type": "investment"
                },
                {
                    "account_id": "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo",
                    "balances": { "available": 100, "current": 110, "iso_currency_code": "USD", "limit": null, "unofficial_currency_code": null },
                    "mask": "0000",
                    "name": "Plaid Checking",
                    "official_name": "Plaid Gold Standard 0% Interest Checking",
                    "subtype": "checking",
                    "type": "depository"
                }
            ],
            "item": {
                "available_products": ["balance", "identity"],
                "billed_products": ["auth"],
                "consent_expiration_time": null,
                "error": null,
                "institution_id": "ins_109508",
                "item_id": "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op",
                "update_type": "background",
                "webhook": null
            },
            "request_id": "bkVE1BHWMAZ9Rnr"
        })),
    )
    .await;
    mount(
        server,
        "POST",
        "/processor/token/create",
        ResponseTemplate::new(200).set_body_json(json!({
            "processor_token": "processor-sandbox-0asd1-a92nc",
            "request_id": "xrQNYZ7Zoh6R7gV"
        })),
    )
    .await;
}

/// Dwolla's half: a token, `201 Created` with absolute `Location`s, and the transfer.
async fn mount_dwolla(server: &MockServer) {
    let base = server.uri();
    mount_token(server, "token-1", 3600, 1).await;
    mount(
        server,
        "POST",
        "/customers",
        created(&format!("{base}/customers/{CUSTOMER_ID}")),
    )
    .await;
    mount(
        server,
        "POST",
        &format!("/customers/{CUSTOMER_ID}/funding-sources"),
        created(&format!("{base}/funding-sources/{FUNDING_SOURCE_ID}")),
    )
    .await;
    mount(
        server,
        "POST",
        "/transfers",
        created(&format!("{base}/transfers/{TRANSFER_ID}")),
    )
    .await;
    mount(
        server,
        "GET",
        &format!("/transfers/{TRANSFER_ID}"),
        hal(json!({
            "_links": {
                "self": { "href": format!("{base}/transfers/{TRANSFER_ID}"), "type": HAL_JSON, "resource-type": "transfer" },
                "source": { "href": format!("{base}/funding-sources/{FUNDING_SOURCE_ID}"), "type": HAL_JSON, "resource-type": "funding-source" },
                "destination": { "href": DESTINATION, "type": HAL_JSON, "resource-type": "funding-source" }
            },
            "id": TRANSFER_ID,
            "status": "pending",
            "amount": { "value": "25.00", "currency": "USD" },
            "created": "2024-03-01T17:04:05.123Z",
            "clearing": { "source": "standard" }
        })),
    )
    .await;
}

/// The whole flow: Plaid's tokens feed each next call, the processor token becomes the
/// funding source's `plaidToken`, the funding source's `Location` becomes the transfer's
/// `_links.source.href`, and the transfer is sent once with an `Idempotency-Key`.
#[tokio::test]
async fn bank_link_flow_runs_end_to_end() {
    let server = MockServer::start().await;
    mount_plaid(&server).await;
    mount_dwolla(&server).await;
    let base = server.uri();

    let summary = flow::run(config(&server)).await.expect("the flow succeeds");

    let requests = received(&server).await;
    assert_eq!(
        request_lines(&requests),
        [
            "POST /sandbox/public_token/create".to_string(),
            "POST /item/public_token/exchange".into(),
            "POST /accounts/get".into(),
            "POST /processor/token/create".into(),
            "POST /token".into(),
            "POST /customers".into(),
            format!("POST /customers/{CUSTOMER_ID}/funding-sources"),
            "POST /transfers".into(),
            format!("GET /transfers/{TRANSFER_ID}"),
        ]
    );
    let [sandbox, exchange, accounts, processor, token, customer, funding, transfer, get_transfer] =
        &requests[..]
    else {
        unreachable!("nine requests, checked above")
    };

    // Plaid: each call carries what the previous one answered.
    for request in [sandbox, exchange, accounts, processor] {
        assert_eq!(header(request, "plaid-client-id"), Some("plaid-client"));
        assert_eq!(header(request, "plaid-secret"), Some("plaid-secret"));
        assert_eq!(header(request, "plaid-version"), Some("2020-09-14"));
    }
    assert_eq!(
        body_json(sandbox),
        json!({ "institution_id": "ins_109508", "initial_products": ["auth"] })
    );
    assert_eq!(
        body_json(exchange),
        json!({ "public_token": "public-sandbox-b0e2c4ee-a763-4df5-bfe9-46a46bce993d" })
    );
    assert_eq!(
        body_json(accounts),
        json!({ "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6" })
    );
    assert_eq!(
        body_json(processor),
        json!({
            "access_token": "access-sandbox-de3ce8ef-33f8-452c-a685-8671031fc0f6",
            "account_id": "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo",
            "processor": "dwolla"
        })
    );

    // Dwolla: one token for every call.
    assert_token_request(token);
    for request in [customer, funding, transfer, get_transfer] {
        assert_eq!(header(request, "authorization"), Some("Bearer token-1"));
        assert_eq!(header(request, "accept"), Some(HAL_JSON));
    }
    assert_eq!(header(customer, "content-type"), Some(HAL_JSON));
    assert_eq!(
        body_json(customer),
        json!({ "type": "unverified", "firstName": "Jane", "lastName": "Merchant", "email": "jane.merchant@example.com" })
    );
    assert_eq!(header(funding, "content-type"), Some(HAL_JSON));
    assert_eq!(
        body_json(funding),
        json!({ "plaidToken": "processor-sandbox-0asd1-a92nc", "bankAccountType": "checking", "name": "Plaid Checking" })
    );
    assert_eq!(header(transfer, "content-type"), Some("application/json"));
    assert_eq!(
        header(transfer, "idempotency-key"),
        Some(format!("bank-link-flow-{FUNDING_SOURCE_ID}").as_str())
    );
    assert_eq!(
        body_json(transfer),
        json!({
            "_links": {
                "source": { "href": format!("{base}/funding-sources/{FUNDING_SOURCE_ID}") },
                "destination": { "href": DESTINATION }
            },
            "amount": { "value": "25.00", "currency": "USD" }
        })
    );
    assert!(get_transfer.body.is_empty());

    assert_eq!(
        summary,
        flow::Summary {
            item_id: "M5eVJqLnv3tbzdngLDp9FL5OlDNxlNhlE55op".into(),
            account_id: "blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo".into(),
            account_name: "Plaid Checking".into(),
            processor_token: "processor-sandbox-0asd1-a92nc".into(),
            customer_url: format!("{base}/customers/{CUSTOMER_ID}"),
            funding_source_url: format!("{base}/funding-sources/{FUNDING_SOURCE_ID}"),
            transfer_url: format!("{base}/transfers/{TRANSFER_ID}"),
            transfer_status: Some("pending".into()),
        }
    );
}

/// When Plaid refuses the public token, the flow stops there with an error naming the call
/// and Plaid's error code, and never reaches Dwolla.
#[tokio::test]
async fn bank_link_flow_stops_at_the_first_error() {
    let server = MockServer::start().await;
    mount(
        &server,
        "POST",
        "/sandbox/public_token/create",
        ResponseTemplate::new(200)
            .set_body_json(json!({ "public_token": "public-sandbox-expired", "request_id": "a" })),
    )
    .await;
    mount(
        &server,
        "POST",
        "/item/public_token/exchange",
        ResponseTemplate::new(400).set_body_json(json!({
            "error_type": "INVALID_INPUT",
            "error_code": "INVALID_PUBLIC_TOKEN",
            "error_message": "provided public token is expired. Public tokens expire 30 minutes after creation at which point they can no longer be exchanged",
            "display_message": null,
            "request_id": "b"
        })),
    )
    .await;

    let error = flow::run(config(&server))
        .await
        .expect_err("the exchange fails");

    let message = error.to_string();
    assert!(
        message.starts_with("Plaid /item/public_token/exchange failed: "),
        "{message}"
    );
    assert!(message.contains("INVALID_PUBLIC_TOKEN"), "{message}");
    assert_eq!(
        request_lines(&received(&server).await),
        [
            "POST /sandbox/public_token/create",
            "POST /item/public_token/exchange"
        ]
    );
}
