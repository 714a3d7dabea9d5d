//! The streams of list operations against a loopback HTTP server: a cursor (Plaid's
//! `/transactions/sync`), an offset (Plaid's `/institutions/get`) and HAL `next` links (Dwolla's
//! customer list) each fetch every page and stop; an error ends a stream after it is yielded;
//! a `next` link to another host is refused.

mod support;

use futures::{StreamExt, TryStreamExt};
use generated::dwolla::models as dm;
use generated::plaid::models as pm;
use generated::{dwolla, plaid, RetryPolicy};
use serde_json::{json, Value};
use support::*;
use wiremock::matchers::{body_partial_json, method, path, query_param};
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
    .with_retry(RetryPolicy::none())
}

fn transaction(id: &str) -> Value {
    json!({
        "transaction_id": id,
        "account_id": "acc-1",
        "amount": 12.5,
        "iso_currency_code": "USD",
        "date": "2024-03-01",
        "name": "Coffee",
        "pending": false
    })
}

/// A `/transactions/sync` page adding `added`, pointing at `next`.
fn sync_page(added: &[&str], next: &str, has_more: bool) -> ResponseTemplate {
    let added: Vec<Value> = added.iter().map(|id| transaction(id)).collect();
    ResponseTemplate::new(200).set_body_json(json!({
        "added": added,
        "modified": [],
        "removed": [],
        "next_cursor": next,
        "has_more": has_more,
        "request_id": "req"
    }))
}

/// Answers `/transactions/sync` sent with `cursor`; `None` answers a request without one.
async fn mount_sync(server: &MockServer, cursor: Option<&str>, answer: ResponseTemplate) {
    let mock = Mock::given(method("POST")).and(path("/transactions/sync"));
    match cursor {
        Some(cursor) => {
            mock.and(body_partial_json(json!({ "cursor": cursor })))
                .respond_with(answer)
                .with_priority(1)
                .mount(server)
                .await
        }
        None => {
            mock.respond_with(answer)
                .with_priority(10)
                .mount(server)
                .await
        }
    }
}

/// The cursor each recorded `/transactions/sync` request sent.
async fn sent_cursors(server: &MockServer) -> Vec<Option<String>> {
    received(server)
        .await
        .iter()
        .map(|r| body_json(r)["cursor"].as_str().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn cursor_stream_fetches_every_page_and_stops() {
    let server = MockServer::start().await;
    mount_sync(&server, None, sync_page(&["t1", "t2"], "c1", true)).await;
    mount_sync(&server, Some("c1"), sync_page(&["t3"], "c2", true)).await;
    mount_sync(&server, Some("c2"), sync_page(&["t4"], "c3", false)).await;

    let client = plaid_client(&server);
    let request = pm::TransactionsSyncRequest::new("access-1");
    let pages: Vec<pm::TransactionsSyncResponse> = client
        .transactions_sync_pages(&request)
        .try_collect()
        .await
        .expect("every page arrives");

    let added: Vec<&str> = pages
        .iter()
        .flat_map(|page| page.added.iter().map(|t| t.transaction_id.as_str()))
        .collect();
    assert_eq!(added, ["t1", "t2", "t3", "t4"]);
    assert_eq!(pages.last().map(|p| p.next_cursor.as_str()), Some("c3"));
    assert_eq!(
        sent_cursors(&server).await,
        [None, Some("c1".to_owned()), Some("c2".to_owned())]
    );
    // Each page is an ordinary call: authenticated like any other.
    for request in received(&server).await {
        assert_eq!(header(&request, "plaid-client-id"), Some("client-1"));
        assert_eq!(body_json(&request)["access_token"], "access-1");
    }
}

#[tokio::test]
async fn error_mid_stream_is_yielded_and_ends_the_stream() {
    let server = MockServer::start().await;
    mount_sync(&server, None, sync_page(&["t1"], "c1", true)).await;
    let failure = ResponseTemplate::new(400).set_body_json(json!({
        "error_type": "TRANSACTIONS_ERROR",
        "error_code": "TRANSACTIONS_SYNC_MUTATION_DURING_PAGINATION",
        "error_message": "underlying transaction data changed",
        "display_message": null,
        "request_id": "req-2"
    }));
    mount_sync(&server, Some("c1"), failure).await;

    let client = plaid_client(&server);
    let request = pm::TransactionsSyncRequest::new("access-1");
    let results: Vec<Result<pm::TransactionsSyncResponse, plaid::Error>> =
        client.transactions_sync_pages(&request).collect().await;

    assert_eq!(results.len(), 2, "{results:?}");
    assert!(results[0].is_ok());
    let error = results[1].as_ref().expect_err("the second page fails");
    assert!(matches!(error, plaid::Error::Api(_)), "{error:?}");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(400));
    assert_eq!(received(&server).await.len(), 2);
}

fn institution(id: &str) -> Value {
    json!({
        "institution_id": id,
        "name": format!("Bank {id}"),
        "products": ["auth"],
        "country_codes": ["US"],
        "oauth": false
    })
}

#[tokio::test]
async fn offset_stream_fetches_every_page_and_stops_at_the_total() {
    let server = MockServer::start().await;
    let pages = [
        (0, vec!["i1", "i2"]),
        (2, vec!["i3", "i4"]),
        (4, vec!["i5"]),
    ];
    for (offset, ids) in pages {
        let institutions: Vec<Value> = ids.iter().map(|id| institution(id)).collect();
        Mock::given(method("POST"))
            .and(path("/institutions/get"))
            .and(body_partial_json(json!({ "offset": offset })))
            .respond_with(ResponseTemplate::new(200).set_body_json(json!({
                "institutions": institutions,
                "total": 5,
                "request_id": "req"
            })))
            .mount(&server)
            .await;
    }

    let client = plaid_client(&server);
    let request = pm::InstitutionsGetRequest::new(2, 0, vec![pm::CountryCode::Us]);
    let names: Vec<String> = client
        .institutions_get_stream(&request)
        .map_ok(|institution| institution.institution_id)
        .try_collect()
        .await
        .expect("every page arrives");

    assert_eq!(names, ["i1", "i2", "i3", "i4", "i5"]);
    let offsets: Vec<Value> = received(&server)
        .await
        .iter()
        .map(|r| body_json(r)["offset"].clone())
        .collect();
    assert_eq!(offsets, [json!(0), json!(2), json!(4)]);
}

fn customer(id: &str) -> Value {
    json!({
        "_links": {},
        "id": id,
        "firstName": "Jane",
        "lastName": "Doe",
        "email": format!("{id}@example.com"),
        "created": "2024-03-11T15:02:44.318Z",
        "type": "unverified",
        "status": "unverified"
    })
}

/// A page of Dwolla customers, linking to `next` when there is one.
fn customers_page(ids: &[&str], next: Option<String>) -> ResponseTemplate {
    let mut links = json!({ "self": { "href": "https://example.invalid/customers" } });
    if let Some(next) = next {
        links["next"] = json!({ "href": next, "type": HAL_JSON, "resource-type": "customer" });
    }
    let customers: Vec<Value> = ids.iter().map(|id| customer(id)).collect();
    hal(json!({
        "_links": links,
        "_embedded": { "customers": customers },
        "total": 5
    }))
}

/// Dwolla's customer list at `offset` (none for the first page).
async fn mount_customers(server: &MockServer, offset: Option<&str>, answer: ResponseTemplate) {
    let mock = Mock::given(method("GET")).and(path("/customers"));
    match offset {
        Some(offset) => {
            mock.and(query_param("offset", offset))
                .respond_with(answer)
                .with_priority(1)
                .mount(server)
                .await
        }
        None => {
            mock.respond_with(answer)
                .with_priority(10)
                .mount(server)
                .await
        }
    }
}

fn customer_id(customer: &dm::GetCustomerResponse) -> String {
    match serde_json::to_value(customer).expect("serializes")["id"].as_str() {
        Some(id) => id.to_owned(),
        None => panic!("no id in {customer:?}"),
    }
}

#[tokio::test]
async fn next_link_stream_fetches_every_page_and_stops() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    let next = |offset: u32| {
        Some(format!(
            "{}/customers?limit=2&offset={offset}",
            server.uri()
        ))
    };
    mount_customers(&server, None, customers_page(&["a", "b"], next(2))).await;
    mount_customers(&server, Some("2"), customers_page(&["c", "d"], next(4))).await;
    mount_customers(&server, Some("4"), customers_page(&["e"], None)).await;

    let client = dwolla_client(&server);
    let request = dm::ListAndSearchCustomersRequest::default().with_limit(2);
    let customers: Vec<dm::GetCustomerResponse> = client
        .list_and_search_customers_stream(&request)
        .try_collect()
        .await
        .expect("every page arrives");

    let ids: Vec<String> = customers.iter().map(customer_id).collect();
    assert_eq!(ids, ["a", "b", "c", "d", "e"]);
    let requests = received(&server).await;
    assert_eq!(
        request_lines(&requests),
        [
            "POST /token",
            "GET /customers?limit=2",
            "GET /customers?limit=2&offset=2",
            "GET /customers?limit=2&offset=4",
        ]
    );
    // The pages the links name are fetched with the same token and media type.
    for request in &requests[1..] {
        assert_eq!(header(request, "authorization"), Some("Bearer token-1"));
        assert_eq!(header(request, "accept"), Some(HAL_JSON));
    }
}

#[tokio::test]
async fn server_error_on_a_linked_page_is_yielded_after_the_items_before_it() {
    let server = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    let next = Some(format!("{}/customers?offset=2", server.uri()));
    mount_customers(&server, None, customers_page(&["a", "b"], next)).await;
    mount_customers(&server, Some("2"), ResponseTemplate::new(503)).await;

    let client = dwolla_client(&server);
    let request = dm::ListAndSearchCustomersRequest::default();
    let results: Vec<Result<dm::GetCustomerResponse, dwolla::Error>> = client
        .list_and_search_customers_stream(&request)
        .collect()
        .await;

    assert_eq!(results.len(), 3, "{results:?}");
    assert!(results[..2].iter().all(Result::is_ok));
    let error = results[2].as_ref().expect_err("the second page fails");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
}

#[tokio::test]
async fn next_link_to_another_host_is_refused() {
    let server = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    mount_token(&server, "token-1", 3600, 1).await;
    let next = Some(format!("{}/customers?offset=2", elsewhere.uri()));
    mount_customers(&server, None, customers_page(&["a"], next)).await;

    let client = dwolla_client(&server);
    let request = dm::ListAndSearchCustomersRequest::default();
    let results: Vec<Result<dm::Customers, dwolla::Error>> = client
        .list_and_search_customers_pages(&request)
        .collect()
        .await;

    assert_eq!(results.len(), 2, "{results:?}");
    let error = results[1].as_ref().expect_err("the link is refused");
    assert!(error.to_string().contains("another host"), "{error}");
    assert!(received(&elsewhere).await.is_empty());
}
