//! How the generated models look as JSON (and as a form), checked against the vendors'
//! OpenAPI descriptions: each test pins down one rule of the wire format with exact values.

use chrono::{Datelike, NaiveDate, TimeZone, Utc};
use generated::dwolla::models as dwolla;
use generated::plaid::models as plaid;
use serde_json::json;

/// The model as a JSON value.
macro_rules! to_json {
    ($value:expr) => {
        serde_json::to_value($value).expect("model serializes")
    };
}

/// A model read from a JSON value.
macro_rules! from_json {
    ($value:expr) => {
        serde_json::from_value($value).expect("model deserializes")
    };
}

// --- Plaid ---------------------------------------------------------------------------------

/// `PlaidError.display_message` is required and nullable in Plaid's OpenAPI: `None` is sent as
/// `null`, never left out; the optional fields (`request_id`, `causes`, ...) are left out.
#[test]
fn plaid_error_sends_required_nullable_display_message_as_null() {
    let error = plaid::PlaidError::new(
        plaid::PlaidErrorType::InvalidRequest,
        "MISSING_FIELDS",
        "the following required fields are missing: access_token",
        None,
    );
    assert_eq!(
        to_json!(&error),
        json!({
            "error_type": "INVALID_REQUEST",
            "error_code": "MISSING_FIELDS",
            "error_message": "the following required fields are missing: access_token",
            "display_message": null
        })
    );
}

/// `LinkTokenGetResponse.created_at` and `.expiration` are required and nullable: a missing
/// time is `null`, a present one is RFC 3339 in UTC.
#[test]
fn link_token_get_response_sends_null_created_at() {
    // Required nullable fields left unset are sent as `null`.
    let metadata = plaid::LinkTokenGetMetadataResponse::builder()
        .initial_products(vec![plaid::Products::Auth])
        .country_codes(vec![plaid::CountryCode::Us])
        .language("en")
        .client_name("Acme")
        .build()
        .unwrap();
    let expiration = Utc.with_ymd_and_hms(2024, 5, 6, 7, 8, 9).unwrap();
    let response = plaid::LinkTokenGetResponse::builder()
        .link_token("link-sandbox-1")
        .expiration(expiration)
        .metadata(metadata)
        .request_id("req-1")
        .build()
        .unwrap();
    assert_eq!(
        to_json!(&response),
        json!({
            "link_token": "link-sandbox-1",
            "created_at": null,
            "expiration": "2024-05-06T07:08:09Z",
            "metadata": {
                "initial_products": ["auth"],
                "webhook": null,
                "country_codes": ["US"],
                "language": "en",
                "redirect_uri": null,
                "client_name": "Acme"
            },
            "request_id": "req-1"
        })
    );
}

/// Optional request fields that are `None` are left out of the body entirely (Plaid rejects
/// `null` for many of them); set ones are sent under their snake_case names.
#[test]
fn plaid_optional_fields_are_left_out_when_none() {
    let bare = plaid::AccountsGetRequest::new("access-sandbox-de3ce8ef");
    assert_eq!(
        to_json!(&bare),
        json!({ "access_token": "access-sandbox-de3ce8ef" })
    );

    let mut filtered = plaid::AccountsGetRequest::new("access-sandbox-de3ce8ef");
    filtered.options = Some(plaid::AccountsGetRequestOptions {
        account_ids: Some(vec!["blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo".into()]),
    });
    assert_eq!(
        to_json!(&filtered),
        json!({
            "access_token": "access-sandbox-de3ce8ef",
            "options": { "account_ids": ["blgvvBlXw3cq5GMPwqB6s6q4dLKB9WcVqGDGo"] }
        })
    );

    let options = plaid::AccountsGetRequestOptions::new();
    assert_eq!(to_json!(&options), json!({}));
}

/// A `Processor` value the docs do not list (Plaid adds partners all the time) is kept as
/// `Unrecognized` and written back unchanged; listed ones map to their variants.
#[test]
fn unknown_processor_round_trips_through_unrecognized() {
    let processor: plaid::Processor = from_json!(json!("acme_payments_2031"));
    assert_eq!(
        processor,
        plaid::Processor::Unrecognized("acme_payments_2031".into())
    );
    assert_eq!(to_json!(&processor), json!("acme_payments_2031"));

    let dwolla: plaid::Processor = from_json!(json!("dwolla"));
    assert_eq!(dwolla, plaid::Processor::Dwolla);
    assert_eq!(
        to_json!(&plaid::Processor::ModernTreasury),
        json!("modern_treasury")
    );

    let request: plaid::ProcessorTokenCreateRequest = from_json!(json!({
        "access_token": "access-sandbox-1",
        "account_id": "acc-1",
        "processor": "acme_payments_2031"
    }));
    assert_eq!(
        request.processor,
        plaid::Processor::Unrecognized("acme_payments_2031".into())
    );
    assert_eq!(
        to_json!(&request),
        json!({ "access_token": "access-sandbox-1", "account_id": "acc-1", "processor": "acme_payments_2031" })
    );
}

/// An unknown error type inside an error body still decodes (the error must never be lost
/// to a decoding failure), and fields Plaid adds later are kept in `additional_properties`.
#[test]
fn plaid_error_keeps_unknown_type_and_extra_fields() {
    let body = json!({
        "error_type": "TRANSFER_ERROR",
        "error_code": "TRANSFER_LIMIT_REACHED",
        "error_message": "limit reached",
        "display_message": null,
        "request_id": "HNTDNrA8F1shFEW",
        "documentation_url": "https://plaid.com/docs/errors/",
        "suggested_action": null,
        "required_account_subtypes": []
    });
    let error: plaid::PlaidError = from_json!(body.clone());
    assert_eq!(
        error.error_type,
        plaid::PlaidErrorType::Unrecognized("TRANSFER_ERROR".into())
    );
    assert_eq!(error.request_id.as_deref(), Some("HNTDNrA8F1shFEW"));
    assert_eq!(error.display_message, None);
    assert_eq!(
        error.additional_properties.get("required_account_subtypes"),
        Some(&json!([]))
    );
    // `suggested_action` is optional: its `null` is read as `None`, and `None` is left out.
    let mut expected = body;
    expected.as_object_mut().unwrap().remove("suggested_action");
    assert_eq!(to_json!(&error), expected);
}

/// A required list the API sends as `null` decodes as empty instead of failing the whole
/// answer (the docs cannot say a list may be null); an empty list is sent back, not `null`.
#[test]
fn required_list_sent_as_null_decodes_as_empty() {
    let item: plaid::Item = from_json!(json!({
        "item_id": "item-1",
        "webhook": null,
        "error": null,
        "available_products": null,
        "billed_products": ["auth"],
        "consent_expiration_time": null,
        "update_type": "background"
    }));
    assert!(item.available_products.is_empty());
    assert_eq!(item.billed_products, [plaid::Products::Auth]);
    assert_eq!(to_json!(&item)["available_products"], json!([]));
}

/// `format: date` fields are `NaiveDate` written as `YYYY-MM-DD`.
#[test]
fn plaid_date_round_trips_as_naive_date() {
    let user: plaid::LinkTokenCreateRequestUser =
        from_json!(json!({ "client_user_id": "user-1", "date_of_birth": "1990-05-29" }));
    let date = user.date_of_birth.expect("date_of_birth is set");
    assert_eq!(date, NaiveDate::from_ymd_opt(1990, 5, 29).unwrap());
    assert_eq!((date.year(), date.month(), date.day()), (1990, 5, 29));
    assert_eq!(
        to_json!(&user),
        json!({ "client_user_id": "user-1", "date_of_birth": "1990-05-29" })
    );
}

/// `format: date-time` fields are `DateTime<Utc>`: an offset is converted to UTC, and the
/// value is written back as RFC 3339 with `Z`.
#[test]
fn plaid_date_time_round_trips_as_utc() {
    let response: plaid::LinkTokenCreateResponse = from_json!(json!({
        "link_token": "link-sandbox-af1a0311",
        "expiration": "2020-03-27T12:56:34Z",
        "request_id": "XQVgFigpGHXkb0b"
    }));
    assert_eq!(
        response.expiration,
        Utc.with_ymd_and_hms(2020, 3, 27, 12, 56, 34).unwrap()
    );
    assert_eq!(
        to_json!(&response),
        json!({
            "link_token": "link-sandbox-af1a0311",
            "expiration": "2020-03-27T12:56:34Z",
            "request_id": "XQVgFigpGHXkb0b"
        })
    );

    let shifted: plaid::LinkTokenCreateResponse = from_json!(json!({
        "link_token": "l",
        "expiration": "2020-03-27T14:56:34+02:00",
        "request_id": "r"
    }));
    assert_eq!(
        shifted.expiration,
        Utc.with_ymd_and_hms(2020, 3, 27, 12, 56, 34).unwrap()
    );
    assert_eq!(
        to_json!(&shifted)["expiration"],
        json!("2020-03-27T12:56:34Z")
    );
}

// --- Dwolla --------------------------------------------------------------------------------

/// The client-token body carries HAL's `_links` key (the TypeScript SDK's `links` is not
/// what Dwolla reads).
#[test]
fn client_token_request_sends_underscored_links() {
    let request = dwolla::CreateClientTokenRequest::new(
        "customer.update",
        dwolla::CreateClientTokenLinks::new(dwolla::CreateClientTokenCustomer::new(
            "https://api-sandbox.dwolla.com/customers/707177c3-bf15-4e7e-b37c-55c3898d9bf4",
        )),
    );
    let body = to_json!(&request);
    assert_eq!(
        body,
        json!({
            "action": "customer.update",
            "_links": {
                "customer": { "href": "https://api-sandbox.dwolla.com/customers/707177c3-bf15-4e7e-b37c-55c3898d9bf4" }
            }
        })
    );
    assert!(body.get("links").is_none());
}

/// HAL links carry `resource-type` on the wire; the model's `resource_type` maps to it both
/// ways (never `resourceType`).
#[test]
fn hal_link_resource_type_is_hyphenated() {
    let wire = json!({
        "href": "https://api-sandbox.dwolla.com/customers/c41125c5",
        "type": "application/vnd.dwolla.v1.hal+json",
        "resource-type": "customer"
    });
    let link: dwolla::HalLink = from_json!(wire.clone());
    assert_eq!(link.resource_type.as_deref(), Some("customer"));
    assert_eq!(
        link.r#type.as_deref(),
        Some("application/vnd.dwolla.v1.hal+json")
    );
    assert_eq!(to_json!(&link), wire);

    let camel: dwolla::HalLink = from_json!(json!({ "resourceType": "customer" }));
    assert_eq!(camel.resource_type, None);
}

/// The create-customer body is a union tagged by `type` (`receive-only`, `unverified`,
/// `personal`), with the fields in Dwolla's camelCase.
#[test]
fn create_customer_request_writes_its_type_tag() {
    let mut unverified = dwolla::CreateUnverifiedCustomer::new("Jane", "Doe", "jane@example.com");
    unverified.business_name = Some("Jane Corp llc".into());
    assert_eq!(
        to_json!(&dwolla::CreateCustomerRequest::from(unverified)),
        json!({
            "type": "unverified",
            "firstName": "Jane",
            "lastName": "Doe",
            "email": "jane@example.com",
            "businessName": "Jane Corp llc"
        })
    );

    let receive_only = dwolla::CreateReceiveOnlyUser::new("Account", "Admin", "admin@example.com");
    assert_eq!(
        to_json!(&dwolla::CreateCustomerRequest::from(receive_only)),
        json!({ "type": "receive-only", "firstName": "Account", "lastName": "Admin", "email": "admin@example.com" })
    );

    let personal = dwolla::CreateVerifiedPersonalCustomer::builder()
        .first_name("John")
        .last_name("Doe")
        .email("john@example.com")
        .address1("99-99 33rd St")
        .city("Some City")
        .state("NY")
        .postal_code("11101")
        .ssn("1234")
        .date_of_birth("1980-09-12")
        .build()
        .unwrap();
    assert_eq!(
        to_json!(&dwolla::CreateCustomerRequest::from(personal)),
        json!({
            "type": "personal",
            "firstName": "John",
            "lastName": "Doe",
            "email": "john@example.com",
            "address1": "99-99 33rd St",
            "city": "Some City",
            "state": "NY",
            "postalCode": "11101",
            "ssn": "1234",
            "dateOfBirth": "1980-09-12"
        })
    );

    let parsed: dwolla::CreateCustomerRequest = from_json!(json!({
        "type": "receive-only", "firstName": "A", "lastName": "B", "email": "a@b.c"
    }));
    assert!(
        matches!(parsed, dwolla::CreateCustomerRequest::CreateReceiveOnlyUser(ref u) if u.first_name == "A")
    );
}

/// A funding source from a Plaid processor token is sent as `plaidToken`, `bankAccountType`
/// and `name`, with no wrapper around the variant.
#[test]
fn funding_source_with_plaid_token_uses_camel_case() {
    let body = dwolla::CreateCustomerFundingSource::from(
        dwolla::CreateCustomerBankFundingSourceWithPlaid::new(
            "processor-sandbox-plaidauth-123456",
            dwolla::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Checking,
            "Jane Doe's Checking",
        ),
    );
    assert_eq!(
        to_json!(&body),
        json!({
            "plaidToken": "processor-sandbox-plaidauth-123456",
            "bankAccountType": "checking",
            "name": "Jane Doe's Checking"
        })
    );

    let numbers = dwolla::CreateCustomerFundingSource::from(
        dwolla::CreateCustomerBankFundingSourceWithAccountNumbers::new(
            "222222226",
            "123456789",
            dwolla::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::GeneralLedger,
            "Ledger",
        ),
    );
    assert_eq!(
        to_json!(&numbers),
        json!({
            "routingNumber": "222222226",
            "accountNumber": "123456789",
            "bankAccountType": "general-ledger",
            "name": "Ledger"
        })
    );
}

/// The transfer body links source and destination under `_links` and leaves unset options
/// out.
#[test]
fn initiate_transfer_body_shape() {
    let links = dwolla::InitiateTransferLinks {
        source: Some(dwolla::InitiateTransferLinksSource {
            href: Some("https://api-sandbox.dwolla.com/funding-sources/src-1".into()),
        }),
        destination: Some(dwolla::InitiateTransferLinksDestination {
            href: Some("https://api-sandbox.dwolla.com/funding-sources/dst-1".into()),
        }),
    };
    let mut body = dwolla::InitiateTransferRequestBody::new(
        links,
        dwolla::TransferAmount::new("42.00", "USD"),
    );
    body.correlation_id = Some("cid-1".into());
    assert_eq!(
        to_json!(&body),
        json!({
            "_links": {
                "source": { "href": "https://api-sandbox.dwolla.com/funding-sources/src-1" },
                "destination": { "href": "https://api-sandbox.dwolla.com/funding-sources/dst-1" }
            },
            "amount": { "value": "42.00", "currency": "USD" },
            "correlationId": "cid-1"
        })
    );
}

/// The token request is `application/x-www-form-urlencoded` with exactly
/// `grant_type=client_credentials` (RFC 6749 §4.4.2), as the runtime encodes form bodies.
#[test]
fn token_request_form_body() {
    let request =
        dwolla::CreateApplicationAccessTokenRequest::new(dwolla::GrantType::ClientCredentials);
    let built = reqwest::Client::new()
        .post("http://127.0.0.1:1/token")
        .form(&request)
        .build()
        .expect("request builds");
    assert_eq!(
        built
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/x-www-form-urlencoded")
    );
    let body = built
        .body()
        .and_then(|b| b.as_bytes())
        .expect("form body is in memory");
    assert_eq!(
        std::str::from_utf8(body).unwrap(),
        "grant_type=client_credentials"
    );
}

/// The token answer's `expires_in` is whole seconds (an integer, not a float).
#[test]
fn token_response_decodes_integer_lifetime() {
    let token: dwolla::CreateApplicationAccessTokenResponse = from_json!(json!({
        "access_token": "gTm0p62yYXFiB1rOdhV0TsNOinC2V2P1CMaAtojkO9JEGbv3i5",
        "token_type": "Bearer",
        "expires_in": 3599
    }));
    assert_eq!(token.expires_in, 3599);
    assert_eq!(token.token_type, "Bearer");
}

/// A transfer's `created` keeps its milliseconds through a round trip, and HAL links decode
/// into a map keyed by relation.
#[test]
fn transfer_created_round_trips_with_milliseconds() {
    let wire = json!({
        "_links": {
            "self": {
                "href": "https://api-sandbox.dwolla.com/transfers/15c6bcce-46f7-e811-8112-e8dd3bececa8",
                "type": "application/vnd.dwolla.v1.hal+json",
                "resource-type": "transfer"
            }
        },
        "id": "15c6bcce-46f7-e811-8112-e8dd3bececa8",
        "status": "pending",
        "amount": { "value": "42.00", "currency": "USD" },
        "created": "2018-12-03T22:00:22.970Z",
        "clearing": { "source": "standard" }
    });
    let transfer: dwolla::Transfer = from_json!(wire.clone());
    let created = transfer.created.expect("created is set");
    assert_eq!(
        created,
        Utc.with_ymd_and_hms(2018, 12, 3, 22, 0, 22).unwrap() + chrono::Duration::milliseconds(970)
    );
    let links = transfer.links.as_ref().expect("links are set");
    assert_eq!(links["self"].resource_type.as_deref(), Some("transfer"));
    assert_eq!(to_json!(&transfer), wire);
}

/// A retrieved customer decodes into the variant its `type` names.
#[test]
fn get_customer_response_picks_variant_by_type() {
    let links = json!({ "self": { "href": "https://api-sandbox.dwolla.com/customers/c1", "resource-type": "customer" } });
    let unverified: dwolla::GetCustomerResponse = from_json!(json!({
        "_links": links, "id": "c1", "firstName": "Jane", "lastName": "Doe", "email": "jane@example.com",
        "created": "2022-10-07T16:46:13.023Z", "type": "unverified", "status": "unverified"
    }));
    match &unverified {
        dwolla::GetCustomerResponse::UnverifiedCustomer(c) => {
            assert_eq!(c.status, dwolla::UnverifiedCustomerStatus::Unverified);
            assert_eq!(
                c.created,
                Utc.with_ymd_and_hms(2022, 10, 7, 16, 46, 13).unwrap()
                    + chrono::Duration::milliseconds(23)
            );
        }
        other => panic!("expected an unverified customer, got {other:?}"),
    }

    let receive_only: dwolla::GetCustomerResponse = from_json!(json!({
        "_links": links, "id": "c1", "firstName": "Jane", "lastName": "Doe", "email": "jane@example.com",
        "created": "2022-10-07T16:46:13.023Z", "type": "receive-only", "status": "deactivated"
    }));
    assert!(matches!(
        receive_only,
        dwolla::GetCustomerResponse::ReceiveOnlyCustomer(ref c) if c.status == dwolla::ReceiveOnlyCustomerStatus::Deactivated
    ));
}

/// Dwolla's error body decodes with its `_embedded.errors` details.
#[test]
fn dwolla_error_decodes_embedded_errors() {
    let wire = json!({
        "code": "ValidationError",
        "message": "Validation error(s) present. See embedded errors list for more details.",
        "_embedded": {
            "errors": [{
                "code": "Required",
                "message": "Email is required.",
                "path": "/email",
                "_links": {}
            }]
        }
    });
    let error: dwolla::DwollaError = from_json!(wire.clone());
    assert_eq!(error.code, "ValidationError");
    let details = error
        .embedded
        .as_ref()
        .and_then(|e| e.errors.as_ref())
        .expect("errors are set");
    assert_eq!(details.len(), 1);
    assert_eq!(details[0].path.as_deref(), Some("/email"));
    assert_eq!(to_json!(&error), wire);
}

// --- Ergonomics that must not change the wire ------------------------------------------------

/// A builder's `build` names the required field that was not set.
#[test]
fn builder_names_the_missing_required_field() {
    let missing = dwolla::CreateVerifiedPersonalCustomer::builder()
        .first_name("John")
        .last_name("Doe")
        .build()
        .unwrap_err();
    assert_eq!(missing.model, "CreateVerifiedPersonalCustomer");
    assert_eq!(missing.field, "email");
    assert_eq!(
        missing.to_string(),
        "`CreateVerifiedPersonalCustomer` needs `email`, which was not set"
    );
}

/// A `with_*` setter sets an optional field; what is sent is what a struct literal sends.
#[test]
fn with_setters_fill_optional_fields() {
    let body = dwolla::CreateUnverifiedCustomer::new("Jane", "Merchant", "jm@example.com")
        .with_business_name("Jane Corp");
    assert_eq!(body.business_name.as_deref(), Some("Jane Corp"));
    assert_eq!(to_json!(&body)["businessName"], "Jane Corp");
}

/// A literal field shows its value through an accessor and is always written.
#[test]
fn literal_fields_read_as_their_value() {
    let customer: dwolla::ReceiveOnlyCustomer = from_json!(json!({
        "_links": {}, "id": "c1", "firstName": "A", "lastName": "B", "email": "a@example.com",
        "created": "2022-10-07T16:46:13.023Z", "type": "receive-only", "status": "verified"
    }));
    assert_eq!(customer.r#type(), "receive-only");
    assert_eq!(to_json!(&customer)["type"], "receive-only");
}

/// A customer of a kind the docs do not describe still decodes, and is written back as read.
#[test]
fn get_customer_response_keeps_an_unknown_shape() {
    let wire = json!({ "id": "c1", "type": "trust", "trustee": "Jane" });
    let customer: dwolla::GetCustomerResponse = from_json!(wire.clone());
    assert!(matches!(customer, dwolla::GetCustomerResponse::Other(_)));
    assert_eq!(to_json!(&customer), wire);
}

/// `Debug` never shows a secret's value, only whether it is there.
#[test]
fn debug_redacts_secrets() {
    let request = plaid::ProcessorTokenCreateRequest::new(
        "access-sandbox-123",
        "acc-1",
        plaid::Processor::Dwolla,
    );
    let debug = format!("{request:?}");
    assert!(!debug.contains("access-sandbox-123"), "{debug}");
    assert!(debug.contains("access_token: <redacted>"), "{debug}");
    assert!(debug.contains("acc-1"), "{debug}");
}
