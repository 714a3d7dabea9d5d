// @generated from the examples in specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

#![allow(deprecated)]
#[test]
fn create_customer_bank_funding_source_with_account_numbers_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateCustomerBankFundingSourceWithAccountNumbers,
    >(
        "{\"accountNumber\":\"000123456789\",\"bankAccountType\":\"checking\",\"name\":\"Maria's Checking\",\"routingNumber\":\"222222226\"}",
    );
}
#[test]
fn create_customer_bank_funding_source_with_account_numbers_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"222222226\"")
        .unwrap_or_else(|e| {
            panic!(
                "{}: {}",
                "CreateCustomerBankFundingSourceWithAccountNumbers.routingNumber", e
            )
        });
    ::serde_json::from_str::<String>("\"000123456789\"")
        .unwrap_or_else(|e| {
            panic!(
                "{}: {}",
                "CreateCustomerBankFundingSourceWithAccountNumbers.accountNumber", e
            )
        });
    ::serde_json::from_str::<
        super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    >("\"checking\"")
        .unwrap_or_else(|e| {
            panic!(
                "{}: {}",
                "CreateCustomerBankFundingSourceWithAccountNumbers.bankAccountType", e
            )
        });
    ::serde_json::from_str::<String>("\"Maria's Checking\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateCustomerBankFundingSourceWithAccountNumbers.name", e)
        });
}
#[test]
fn create_customer_bank_funding_source_with_account_numbers_bank_account_type_wire_values() {
    let value: super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType = ::serde_json::from_str(
            "\"checking\"",
        )
        .unwrap();
    assert_eq!(
        value,
        super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Checking
    );
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"checking\"");
    let value: super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType = ::serde_json::from_str(
            "\"savings\"",
        )
        .unwrap();
    assert_eq!(
        value,
        super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Savings
    );
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"savings\"");
    let value: super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType = ::serde_json::from_str(
            "\"general-ledger\"",
        )
        .unwrap();
    assert_eq!(
        value,
        super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::GeneralLedger
    );
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"general-ledger\"");
    let value: super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType = ::serde_json::from_str(
            "\"loan\"",
        )
        .unwrap();
    assert_eq!(
        value,
        super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Loan
    );
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"loan\"");
    let unknown: super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn create_customer_bank_funding_source_with_plaid_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateCustomerBankFundingSourceWithPlaid,
    >(
        "{\"bankAccountType\":\"checking\",\"name\":\"Maria's Checking\",\"plaidToken\":\"processor-sandbox-4f1e2d3c-9b8a-4c7d-8e6f-5a4b3c2d1e0f\"}",
    );
}
#[test]
fn create_customer_bank_funding_source_with_plaid_field_examples_fit_their_types() {
    ::serde_json::from_str::<
        String,
    >("\"processor-sandbox-4f1e2d3c-9b8a-4c7d-8e6f-5a4b3c2d1e0f\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateCustomerBankFundingSourceWithPlaid.plaidToken", e)
        });
    ::serde_json::from_str::<
        super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType,
    >("\"checking\"")
        .unwrap_or_else(|e| {
            panic!(
                "{}: {}", "CreateCustomerBankFundingSourceWithPlaid.bankAccountType", e
            )
        });
    ::serde_json::from_str::<String>("\"Maria's Checking\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateCustomerBankFundingSourceWithPlaid.name", e)
        });
}
#[test]
fn create_customer_bank_funding_source_with_plaid_bank_account_type_wire_values() {
    let value: super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType = ::serde_json::from_str(
            "\"checking\"",
        )
        .unwrap();
    assert_eq!(
        value,
        super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Checking
    );
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"checking\"");
    let value: super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType = ::serde_json::from_str(
            "\"savings\"",
        )
        .unwrap();
    assert_eq!(
        value,
        super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Savings
    );
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"savings\"");
    let unknown: super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn create_receive_only_user_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateCustomerRequest,
    >(
        "{\"correlationId\":\"user-8841\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"ipAddress\":\"203.0.113.42\",\"lastName\":\"Okafor\",\"type\":\"receive-only\"}",
    );
}
#[test]
fn create_receive_only_user_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"Maria\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateReceiveOnlyUser.firstName", e));
    ::serde_json::from_str::<String>("\"Okafor\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateReceiveOnlyUser.lastName", e));
    ::serde_json::from_str::<String>("\"maria.okafor@example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateReceiveOnlyUser.email", e));
    ::serde_json::from_str::<String>("\"203.0.113.42\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateReceiveOnlyUser.ipAddress", e));
    ::serde_json::from_str::<String>("\"3195550147\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateReceiveOnlyUser.phone", e));
    ::serde_json::from_str::<String>("\"user-8841\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateReceiveOnlyUser.correlationId", e));
    ::serde_json::from_str::<String>("\"Okafor Design Studio\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateReceiveOnlyUser.businessName", e));
}
#[test]
fn create_unverified_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateCustomerRequest,
    >(
        "{\"correlationId\":\"user-8841\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"ipAddress\":\"203.0.113.42\",\"lastName\":\"Okafor\",\"type\":\"unverified\"}",
    );
}
#[test]
fn create_unverified_customer_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"Maria\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateUnverifiedCustomer.firstName", e));
    ::serde_json::from_str::<String>("\"Okafor\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateUnverifiedCustomer.lastName", e));
    ::serde_json::from_str::<String>("\"maria.okafor@example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateUnverifiedCustomer.email", e));
    ::serde_json::from_str::<String>("\"203.0.113.42\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateUnverifiedCustomer.ipAddress", e));
    ::serde_json::from_str::<String>("\"3195550147\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateUnverifiedCustomer.phone", e));
    ::serde_json::from_str::<String>("\"user-8841\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateUnverifiedCustomer.correlationId", e)
        });
    ::serde_json::from_str::<String>("\"Okafor Design Studio\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateUnverifiedCustomer.businessName", e)
        });
}
#[test]
fn create_verified_personal_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateCustomerRequest,
    >(
        "{\"address1\":\"1402 Walnut Street\",\"city\":\"Ames\",\"dateOfBirth\":\"1988-04-17\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"lastName\":\"Okafor\",\"postalCode\":\"50010\",\"ssn\":\"6789\",\"state\":\"IA\",\"type\":\"personal\"}",
    );
}
#[test]
fn create_verified_personal_customer_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"Maria\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateVerifiedPersonalCustomer.firstName", e)
        });
    ::serde_json::from_str::<String>("\"Okafor\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateVerifiedPersonalCustomer.lastName", e)
        });
    ::serde_json::from_str::<String>("\"maria.okafor@example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateVerifiedPersonalCustomer.email", e));
    ::serde_json::from_str::<String>("\"203.0.113.42\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateVerifiedPersonalCustomer.ipAddress", e)
        });
    ::serde_json::from_str::<String>("\"3195550147\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateVerifiedPersonalCustomer.phone", e));
    ::serde_json::from_str::<String>("\"user-8841\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateVerifiedPersonalCustomer.correlationId", e)
        });
    ::serde_json::from_str::<String>("\"1402 Walnut Street\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateVerifiedPersonalCustomer.address1", e)
        });
    ::serde_json::from_str::<String>("\"Apt 3\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateVerifiedPersonalCustomer.address2", e)
        });
    ::serde_json::from_str::<String>("\"Ames\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateVerifiedPersonalCustomer.city", e));
    ::serde_json::from_str::<String>("\"IA\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateVerifiedPersonalCustomer.state", e));
    ::serde_json::from_str::<String>("\"50010\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateVerifiedPersonalCustomer.postalCode", e)
        });
    ::serde_json::from_str::<String>("\"6789\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateVerifiedPersonalCustomer.ssn", e));
    ::serde_json::from_str::<String>("\"1988-04-17\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateVerifiedPersonalCustomer.dateOfBirth", e)
        });
}
#[test]
fn dwolla_error_detail_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::DwollaErrorDetail,
    >(
        "{\"_links\":{},\"code\":\"NotFound\",\"message\":\"The funding source could not be found.\",\"path\":\"/_links/source/href\"}",
    );
}
#[test]
fn dwolla_error_detail_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"NotFound\"")
        .unwrap_or_else(|e| panic!("{}: {}", "DwollaErrorDetail.code", e));
    ::serde_json::from_str::<String>("\"The funding source could not be found.\"")
        .unwrap_or_else(|e| panic!("{}: {}", "DwollaErrorDetail.message", e));
    ::serde_json::from_str::<String>("\"/_links/source/href\"")
        .unwrap_or_else(|e| panic!("{}: {}", "DwollaErrorDetail.path", e));
}
#[test]
fn dwolla_error_embedded_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::DwollaErrorEmbedded,
    >(
        "{\"errors\":[{\"_links\":{},\"code\":\"NotFound\",\"message\":\"The funding source could not be found.\",\"path\":\"/_links/source/href\"}]}",
    );
}
#[test]
fn dwolla_error_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::DwollaError,
    >(
        "{\"_embedded\":{\"errors\":[{\"_links\":{},\"code\":\"NotFound\",\"message\":\"The funding source could not be found.\",\"path\":\"/_links/source/href\"}]},\"code\":\"ValidationError\",\"message\":\"The request has invalid fields; see the embedded errors.\"}",
    );
}
#[test]
fn dwolla_error_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"ValidationError\"")
        .unwrap_or_else(|e| panic!("{}: {}", "DwollaError.code", e));
    ::serde_json::from_str::<
        String,
    >("\"The request has invalid fields; see the embedded errors.\"")
        .unwrap_or_else(|e| panic!("{}: {}", "DwollaError.message", e));
}
#[test]
fn o_auth_error_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::OAuthError,
    >("{\"error\":\"invalid_client\"}");
}
#[test]
fn o_auth_error_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"invalid_client\"")
        .unwrap_or_else(|e| panic!("{}: {}", "OAuthError.error", e));
}
#[test]
fn hal_link_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::HalLink,
    >(
        "{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"resource-type\":\"customer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}",
    );
}
#[test]
fn hal_link_field_examples_fit_their_types() {
    ::serde_json::from_str::<
        String,
    >(
            "\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"",
        )
        .unwrap_or_else(|e| panic!("{}: {}", "HalLink.href", e));
    ::serde_json::from_str::<String>("\"application/vnd.dwolla.v1.hal+json\"")
        .unwrap_or_else(|e| panic!("{}: {}", "HalLink.type", e));
    ::serde_json::from_str::<String>("\"customer\"")
        .unwrap_or_else(|e| panic!("{}: {}", "HalLink.resourceType", e));
}
#[test]
fn create_application_access_token_request_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateApplicationAccessTokenRequest,
    >("{\"grant_type\":\"client_credentials\"}");
}
#[test]
fn create_application_access_token_request_field_examples_fit_their_types() {
    ::serde_json::from_str::<super::models::GrantType>("\"client_credentials\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateApplicationAccessTokenRequest.grantType", e)
        });
}
#[test]
fn create_application_access_token_response_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateApplicationAccessTokenResponse,
    >(
        "{\"access_token\":\"Qx7bK2mN4pR9sT1vW3yZ5aC8dE0fG6hJ2kL4mN7pQ9rS1tU3vX\",\"expires_in\":3600,\"token_type\":\"Bearer\"}",
    );
}
#[test]
fn create_application_access_token_response_field_examples_fit_their_types() {
    ::serde_json::from_str::<
        String,
    >("\"Qx7bK2mN4pR9sT1vW3yZ5aC8dE0fG6hJ2kL4mN7pQ9rS1tU3vX\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateApplicationAccessTokenResponse.accessToken", e)
        });
    ::serde_json::from_str::<String>("\"Bearer\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateApplicationAccessTokenResponse.tokenType", e)
        });
    ::serde_json::from_str::<i64>("3600")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "CreateApplicationAccessTokenResponse.expiresIn", e)
        });
}
#[test]
fn create_application_access_token_security_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateApplicationAccessTokenSecurity,
    >("{\"basic_auth\":\"<value>\"}");
}
#[test]
fn create_client_token_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateClientTokenCustomer,
    >(
        "{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"}",
    );
}
#[test]
fn create_client_token_customer_field_examples_fit_their_types() {
    ::serde_json::from_str::<
        String,
    >(
            "\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"",
        )
        .unwrap_or_else(|e| panic!("{}: {}", "CreateClientTokenCustomer.href", e));
}
#[test]
fn create_client_token_links_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateClientTokenLinks,
    >(
        "{\"customer\":{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"}}",
    );
}
#[test]
fn create_client_token_request_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateClientTokenRequest,
    >(
        "{\"_links\":{\"customer\":{\"href\":\"https://api-sandbox.dwolla.com/customers/707177c3-bf15-4e7e-b37c-55c3898d9bf4\"}},\"action\":\"customer.update\"}",
    );
}
#[test]
fn create_client_token_request_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"customer.update\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateClientTokenRequest.action", e));
}
#[test]
fn create_client_token_response_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateClientTokenResponse,
    >("{\"token\":\"cT4kRw9zLm2qXv7bN1sJ5hD8fG3yP6aE0uK\"}");
}
#[test]
fn create_client_token_response_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"cT4kRw9zLm2qXv7bN1sJ5hD8fG3yP6aE0uK\"")
        .unwrap_or_else(|e| panic!("{}: {}", "CreateClientTokenResponse.token", e));
}
#[test]
fn document_type_wire_values() {
    let value: super::models::DocumentType = ::serde_json::from_str("\"passport\"")
        .unwrap();
    assert_eq!(value, super::models::DocumentType::Passport);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"passport\"");
    let value: super::models::DocumentType = ::serde_json::from_str("\"license\"")
        .unwrap();
    assert_eq!(value, super::models::DocumentType::License);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"license\"");
    let value: super::models::DocumentType = ::serde_json::from_str("\"idCard\"")
        .unwrap();
    assert_eq!(value, super::models::DocumentType::IdCard);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"idCard\"");
    let value: super::models::DocumentType = ::serde_json::from_str("\"other\"")
        .unwrap();
    assert_eq!(value, super::models::DocumentType::Other);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"other\"");
    let unknown: super::models::DocumentType = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::DocumentType::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn grant_type_wire_values() {
    let value: super::models::GrantType = ::serde_json::from_str(
            "\"client_credentials\"",
        )
        .unwrap();
    assert_eq!(value, super::models::GrantType::ClientCredentials);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"client_credentials\"");
    let unknown: super::models::GrantType = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown, super::models::GrantType::Unrecognized("value added later".to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn initiate_transfer_clearing_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::InitiateTransferClearing,
    >("{\"destination\":\"next-available\",\"source\":\"standard\"}");
}
#[test]
fn initiate_transfer_clearing_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"standard\"")
        .unwrap_or_else(|e| panic!("{}: {}", "InitiateTransferClearing.source", e));
    ::serde_json::from_str::<String>("\"next-available\"")
        .unwrap_or_else(|e| panic!("{}: {}", "InitiateTransferClearing.destination", e));
}
#[test]
fn initiate_transfer_links_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::InitiateTransferLinks,
    >(
        "{\"destination\":{\"href\":\"https://api-sandbox.dwolla.com/funding-sources/8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493\"},\"source\":{\"href\":\"https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40\"}}",
    );
}
#[test]
fn initiate_transfer_links_destination_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::InitiateTransferLinksDestination,
    >(
        "{\"href\":\"https://api-sandbox.dwolla.com/funding-sources/8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493\"}",
    );
}
#[test]
fn initiate_transfer_links_destination_field_examples_fit_their_types() {
    ::serde_json::from_str::<
        String,
    >(
            "\"https://api-sandbox.dwolla.com/funding-sources/8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493\"",
        )
        .unwrap_or_else(|e| {
            panic!("{}: {}", "InitiateTransferLinksDestination.href", e)
        });
}
#[test]
fn initiate_transfer_links_source_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::InitiateTransferLinksSource,
    >(
        "{\"href\":\"https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40\"}",
    );
}
#[test]
fn initiate_transfer_links_source_field_examples_fit_their_types() {
    ::serde_json::from_str::<
        String,
    >(
            "\"https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40\"",
        )
        .unwrap_or_else(|e| panic!("{}: {}", "InitiateTransferLinksSource.href", e));
}
#[test]
fn initiate_transfer_request_body_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::InitiateTransferRequestBody,
    >(
        "{\"_links\":{\"destination\":{\"href\":\"https://api-sandbox.dwolla.com/funding-sources/8e7d6c5b-4a39-4281-b0f9-e8d7c6b5a493\"},\"source\":{\"href\":\"https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40\"}},\"amount\":{\"currency\":\"USD\",\"value\":\"125.50\"},\"correlationId\":\"order-20240311-0042\"}",
    );
}
#[test]
fn initiate_transfer_request_body_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"order-20240311-0042\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "InitiateTransferRequestBody.correlationId", e)
        });
}
#[test]
fn receive_only_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::ReceiveOnlyCustomer,
    >(
        "{\"_links\":{\"self\":{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"resource-type\":\"customer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}},\"correlationId\":\"user-8841\",\"created\":\"2024-03-11T15:02:44.318Z\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"id\":\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"lastName\":\"Okafor\",\"status\":\"unverified\",\"type\":\"receive-only\"}",
    );
}
#[test]
fn receive_only_customer_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"")
        .unwrap_or_else(|e| panic!("{}: {}", "ReceiveOnlyCustomer.id", e));
    ::serde_json::from_str::<String>("\"Maria\"")
        .unwrap_or_else(|e| panic!("{}: {}", "ReceiveOnlyCustomer.firstName", e));
    ::serde_json::from_str::<String>("\"Okafor\"")
        .unwrap_or_else(|e| panic!("{}: {}", "ReceiveOnlyCustomer.lastName", e));
    ::serde_json::from_str::<String>("\"maria.okafor@example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "ReceiveOnlyCustomer.email", e));
    ::serde_json::from_str::<String>("\"user-8841\"")
        .unwrap_or_else(|e| panic!("{}: {}", "ReceiveOnlyCustomer.correlationId", e));
    ::serde_json::from_str::<
        ::chrono::DateTime<::chrono::Utc>,
    >("\"2024-03-11T15:02:44.318Z\"")
        .unwrap_or_else(|e| panic!("{}: {}", "ReceiveOnlyCustomer.created", e));
    ::serde_json::from_str::<super::models::ReceiveOnlyCustomerStatus>("\"unverified\"")
        .unwrap_or_else(|e| panic!("{}: {}", "ReceiveOnlyCustomer.status", e));
    ::serde_json::from_str::<String>("\"Okafor Design Studio\"")
        .unwrap_or_else(|e| panic!("{}: {}", "ReceiveOnlyCustomer.businessName", e));
}
#[test]
fn receive_only_customer_status_wire_values() {
    let value: super::models::ReceiveOnlyCustomerStatus = ::serde_json::from_str(
            "\"unverified\"",
        )
        .unwrap();
    assert_eq!(value, super::models::ReceiveOnlyCustomerStatus::Unverified);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"unverified\"");
    let value: super::models::ReceiveOnlyCustomerStatus = ::serde_json::from_str(
            "\"suspended\"",
        )
        .unwrap();
    assert_eq!(value, super::models::ReceiveOnlyCustomerStatus::Suspended);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"suspended\"");
    let value: super::models::ReceiveOnlyCustomerStatus = ::serde_json::from_str(
            "\"deactivated\"",
        )
        .unwrap();
    assert_eq!(value, super::models::ReceiveOnlyCustomerStatus::Deactivated);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"deactivated\"");
    let unknown: super::models::ReceiveOnlyCustomerStatus = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::ReceiveOnlyCustomerStatus::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn transfer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::Transfer,
    >(
        "{\"_links\":{\"self\":{\"href\":\"https://api-sandbox.dwolla.com/transfers/4b6e1f3a-2c8d-ee11-8123-0a1b2c3d4e5f\",\"resource-type\":\"transfer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"},\"source\":{\"href\":\"https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40\",\"resource-type\":\"funding-source\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}},\"amount\":{\"currency\":\"USD\",\"value\":\"125.50\"},\"clearing\":{\"destination\":\"next-available\",\"source\":\"standard\"},\"correlationId\":\"order-20240311-0042\",\"created\":\"2024-03-11T16:20:05.112Z\",\"id\":\"4b6e1f3a-2c8d-ee11-8123-0a1b2c3d4e5f\",\"status\":\"pending\"}",
    );
}
#[test]
fn transfer_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"4b6e1f3a-2c8d-ee11-8123-0a1b2c3d4e5f\"")
        .unwrap_or_else(|e| panic!("{}: {}", "Transfer.id", e));
    ::serde_json::from_str::<String>("\"pending\"")
        .unwrap_or_else(|e| panic!("{}: {}", "Transfer.status", e));
    ::serde_json::from_str::<
        ::chrono::DateTime<::chrono::Utc>,
    >("\"2024-03-11T16:20:05.112Z\"")
        .unwrap_or_else(|e| panic!("{}: {}", "Transfer.created", e));
    ::serde_json::from_str::<String>("\"order-20240311-0042\"")
        .unwrap_or_else(|e| panic!("{}: {}", "Transfer.correlationId", e));
}
#[test]
fn transfer_amount_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::TransferAmount,
    >("{\"currency\":\"USD\",\"value\":\"125.50\"}");
}
#[test]
fn transfer_amount_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"125.50\"")
        .unwrap_or_else(|e| panic!("{}: {}", "TransferAmount.value", e));
    ::serde_json::from_str::<String>("\"USD\"")
        .unwrap_or_else(|e| panic!("{}: {}", "TransferAmount.currency", e));
}
#[test]
fn transfer_clearing_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::TransferClearing,
    >("{\"destination\":\"next-available\",\"source\":\"standard\"}");
}
#[test]
fn transfer_clearing_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"standard\"")
        .unwrap_or_else(|e| panic!("{}: {}", "TransferClearing.source", e));
    ::serde_json::from_str::<String>("\"next-available\"")
        .unwrap_or_else(|e| panic!("{}: {}", "TransferClearing.destination", e));
}
#[test]
fn transfer_response_amount_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::TransferResponseAmount,
    >("{\"currency\":\"USD\",\"value\":\"125.50\"}");
}
#[test]
fn transfer_response_amount_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"125.50\"")
        .unwrap_or_else(|e| panic!("{}: {}", "TransferResponseAmount.value", e));
    ::serde_json::from_str::<String>("\"USD\"")
        .unwrap_or_else(|e| panic!("{}: {}", "TransferResponseAmount.currency", e));
}
#[test]
fn unverified_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::UnverifiedCustomer,
    >(
        "{\"_links\":{\"self\":{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"resource-type\":\"customer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}},\"correlationId\":\"user-8841\",\"created\":\"2024-03-11T15:02:44.318Z\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"id\":\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"lastName\":\"Okafor\",\"status\":\"unverified\",\"type\":\"unverified\"}",
    );
}
#[test]
fn unverified_customer_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"")
        .unwrap_or_else(|e| panic!("{}: {}", "UnverifiedCustomer.id", e));
    ::serde_json::from_str::<String>("\"Maria\"")
        .unwrap_or_else(|e| panic!("{}: {}", "UnverifiedCustomer.firstName", e));
    ::serde_json::from_str::<String>("\"Okafor\"")
        .unwrap_or_else(|e| panic!("{}: {}", "UnverifiedCustomer.lastName", e));
    ::serde_json::from_str::<String>("\"maria.okafor@example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "UnverifiedCustomer.email", e));
    ::serde_json::from_str::<String>("\"user-8841\"")
        .unwrap_or_else(|e| panic!("{}: {}", "UnverifiedCustomer.correlationId", e));
    ::serde_json::from_str::<
        ::chrono::DateTime<::chrono::Utc>,
    >("\"2024-03-11T15:02:44.318Z\"")
        .unwrap_or_else(|e| panic!("{}: {}", "UnverifiedCustomer.created", e));
    ::serde_json::from_str::<super::models::UnverifiedCustomerStatus>("\"unverified\"")
        .unwrap_or_else(|e| panic!("{}: {}", "UnverifiedCustomer.status", e));
    ::serde_json::from_str::<String>("\"Okafor Design Studio\"")
        .unwrap_or_else(|e| panic!("{}: {}", "UnverifiedCustomer.businessName", e));
}
#[test]
fn unverified_customer_status_wire_values() {
    let value: super::models::UnverifiedCustomerStatus = ::serde_json::from_str(
            "\"unverified\"",
        )
        .unwrap();
    assert_eq!(value, super::models::UnverifiedCustomerStatus::Unverified);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"unverified\"");
    let value: super::models::UnverifiedCustomerStatus = ::serde_json::from_str(
            "\"suspended\"",
        )
        .unwrap();
    assert_eq!(value, super::models::UnverifiedCustomerStatus::Suspended);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"suspended\"");
    let value: super::models::UnverifiedCustomerStatus = ::serde_json::from_str(
            "\"deactivated\"",
        )
        .unwrap();
    assert_eq!(value, super::models::UnverifiedCustomerStatus::Deactivated);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"deactivated\"");
    let unknown: super::models::UnverifiedCustomerStatus = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::UnverifiedCustomerStatus::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn verified_business_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::VerifiedBusinessCustomer,
    >(
        "{\"_links\":{\"self\":{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"resource-type\":\"customer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}},\"address1\":\"1402 Walnut Street\",\"address2\":\"Apt 3\",\"businessClassification\":\"9ed3a866-7d6f-11e3-a0ce-5404a6144203\",\"businessName\":\"Cedar Row Bakery LLC\",\"businessType\":\"llc\",\"city\":\"Ames\",\"controller\":{\"address\":{\"address1\":\"77 Harbor Way\",\"city\":\"Portland\",\"country\":\"US\",\"postalCode\":\"97209\",\"stateProvinceRegion\":\"OR\"},\"firstName\":\"Daniel\",\"lastName\":\"Reyes\",\"title\":\"Chief Financial Officer\"},\"correlationId\":\"user-8841\",\"created\":\"2024-03-11T15:02:44.318Z\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"id\":\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"lastName\":\"Okafor\",\"postalCode\":\"50010\",\"state\":\"IA\",\"status\":\"verified\",\"type\":\"business\"}",
    );
}
#[test]
fn verified_business_customer_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.id", e));
    ::serde_json::from_str::<String>("\"Maria\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.firstName", e));
    ::serde_json::from_str::<String>("\"Okafor\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.lastName", e));
    ::serde_json::from_str::<String>("\"maria.okafor@example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.email", e));
    ::serde_json::from_str::<String>("\"user-8841\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomer.correlationId", e)
        });
    ::serde_json::from_str::<
        ::chrono::DateTime<::chrono::Utc>,
    >("\"2024-03-11T15:02:44.318Z\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.created", e));
    ::serde_json::from_str::<
        super::models::VerifiedBusinessCustomerStatus,
    >("\"verified\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.status", e));
    ::serde_json::from_str::<String>("\"1402 Walnut Street\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.address1", e));
    ::serde_json::from_str::<String>("\"Apt 3\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.address2", e));
    ::serde_json::from_str::<String>("\"Ames\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.city", e));
    ::serde_json::from_str::<String>("\"IA\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.state", e));
    ::serde_json::from_str::<String>("\"50010\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.postalCode", e));
    ::serde_json::from_str::<String>("\"5035550199\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.phone", e));
    ::serde_json::from_str::<String>("\"https://cedarrowbakery.example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedBusinessCustomer.website", e));
    ::serde_json::from_str::<String>("\"Cedar Row Bakery LLC\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomer.businessName", e)
        });
    ::serde_json::from_str::<String>("\"Cedar Row\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomer.doingBusinessAs", e)
        });
    ::serde_json::from_str::<
        super::models::VerifiedBusinessCustomerBusinessType,
    >("\"llc\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomer.businessType", e)
        });
    ::serde_json::from_str::<String>("\"9ed3a866-7d6f-11e3-a0ce-5404a6144203\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomer.businessClassification", e)
        });
}
#[test]
fn verified_business_customer_business_type_wire_values() {
    let value: super::models::VerifiedBusinessCustomerBusinessType = ::serde_json::from_str(
            "\"llc\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedBusinessCustomerBusinessType::Llc);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"llc\"");
    let value: super::models::VerifiedBusinessCustomerBusinessType = ::serde_json::from_str(
            "\"corporation\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedBusinessCustomerBusinessType::Corporation);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"corporation\"");
    let value: super::models::VerifiedBusinessCustomerBusinessType = ::serde_json::from_str(
            "\"partnership\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedBusinessCustomerBusinessType::Partnership);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"partnership\"");
    let unknown: super::models::VerifiedBusinessCustomerBusinessType = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::VerifiedBusinessCustomerBusinessType::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn verified_business_customer_controller_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::VerifiedBusinessCustomerController,
    >(
        "{\"address\":{\"address1\":\"77 Harbor Way\",\"city\":\"Portland\",\"country\":\"US\",\"postalCode\":\"97209\",\"stateProvinceRegion\":\"OR\"},\"firstName\":\"Daniel\",\"lastName\":\"Reyes\",\"title\":\"Chief Financial Officer\"}",
    );
}
#[test]
fn verified_business_customer_controller_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"Daniel\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerController.firstName", e)
        });
    ::serde_json::from_str::<String>("\"Reyes\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerController.lastName", e)
        });
    ::serde_json::from_str::<String>("\"Chief Financial Officer\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerController.title", e)
        });
}
#[test]
fn verified_business_customer_controller_address_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::VerifiedBusinessCustomerControllerAddress,
    >(
        "{\"address1\":\"77 Harbor Way\",\"city\":\"Portland\",\"country\":\"US\",\"postalCode\":\"97209\",\"stateProvinceRegion\":\"OR\"}",
    );
}
#[test]
fn verified_business_customer_controller_address_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"77 Harbor Way\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerControllerAddress.address1", e)
        });
    ::serde_json::from_str::<String>("\"Floor 2\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerControllerAddress.address2", e)
        });
    ::serde_json::from_str::<String>("\"Unit B\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerControllerAddress.address3", e)
        });
    ::serde_json::from_str::<String>("\"Portland\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerControllerAddress.city", e)
        });
    ::serde_json::from_str::<String>("\"97209\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerControllerAddress.postalCode", e)
        });
    ::serde_json::from_str::<String>("\"US\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedBusinessCustomerControllerAddress.country", e)
        });
    ::serde_json::from_str::<String>("\"OR\"")
        .unwrap_or_else(|e| {
            panic!(
                "{}: {}",
                "VerifiedBusinessCustomerControllerAddress.stateProvinceRegion", e
            )
        });
}
#[test]
fn verified_business_customer_status_wire_values() {
    let value: super::models::VerifiedBusinessCustomerStatus = ::serde_json::from_str(
            "\"verified\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedBusinessCustomerStatus::Verified);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"verified\"");
    let value: super::models::VerifiedBusinessCustomerStatus = ::serde_json::from_str(
            "\"suspended\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedBusinessCustomerStatus::Suspended);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"suspended\"");
    let value: super::models::VerifiedBusinessCustomerStatus = ::serde_json::from_str(
            "\"deactivated\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedBusinessCustomerStatus::Deactivated);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"deactivated\"");
    let value: super::models::VerifiedBusinessCustomerStatus = ::serde_json::from_str(
            "\"document\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedBusinessCustomerStatus::Document);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"document\"");
    let value: super::models::VerifiedBusinessCustomerStatus = ::serde_json::from_str(
            "\"retry\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedBusinessCustomerStatus::Retry);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"retry\"");
    let unknown: super::models::VerifiedBusinessCustomerStatus = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::VerifiedBusinessCustomerStatus::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn verified_personal_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::VerifiedPersonalCustomer,
    >(
        "{\"_links\":{\"self\":{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"resource-type\":\"customer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}},\"address1\":\"1402 Walnut Street\",\"address2\":\"Apt 3\",\"city\":\"Ames\",\"correlationId\":\"user-8841\",\"created\":\"2024-03-11T15:02:44.318Z\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"id\":\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"lastName\":\"Okafor\",\"postalCode\":\"50010\",\"state\":\"IA\",\"status\":\"verified\",\"type\":\"personal\"}",
    );
}
#[test]
fn verified_personal_customer_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.id", e));
    ::serde_json::from_str::<String>("\"Maria\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.firstName", e));
    ::serde_json::from_str::<String>("\"Okafor\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.lastName", e));
    ::serde_json::from_str::<String>("\"maria.okafor@example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.email", e));
    ::serde_json::from_str::<String>("\"user-8841\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedPersonalCustomer.correlationId", e)
        });
    ::serde_json::from_str::<
        ::chrono::DateTime<::chrono::Utc>,
    >("\"2024-03-11T15:02:44.318Z\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.created", e));
    ::serde_json::from_str::<
        super::models::VerifiedPersonalCustomerStatus,
    >("\"verified\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.status", e));
    ::serde_json::from_str::<String>("\"1402 Walnut Street\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.address1", e));
    ::serde_json::from_str::<String>("\"Apt 3\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.address2", e));
    ::serde_json::from_str::<String>("\"Ames\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.city", e));
    ::serde_json::from_str::<String>("\"IA\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.state", e));
    ::serde_json::from_str::<String>("\"50010\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedPersonalCustomer.postalCode", e));
}
#[test]
fn verified_personal_customer_status_wire_values() {
    let value: super::models::VerifiedPersonalCustomerStatus = ::serde_json::from_str(
            "\"verified\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedPersonalCustomerStatus::Verified);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"verified\"");
    let value: super::models::VerifiedPersonalCustomerStatus = ::serde_json::from_str(
            "\"suspended\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedPersonalCustomerStatus::Suspended);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"suspended\"");
    let value: super::models::VerifiedPersonalCustomerStatus = ::serde_json::from_str(
            "\"deactivated\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedPersonalCustomerStatus::Deactivated);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"deactivated\"");
    let value: super::models::VerifiedPersonalCustomerStatus = ::serde_json::from_str(
            "\"document\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedPersonalCustomerStatus::Document);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"document\"");
    let value: super::models::VerifiedPersonalCustomerStatus = ::serde_json::from_str(
            "\"retry\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedPersonalCustomerStatus::Retry);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"retry\"");
    let value: super::models::VerifiedPersonalCustomerStatus = ::serde_json::from_str(
            "\"kba\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedPersonalCustomerStatus::Kba);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"kba\"");
    let unknown: super::models::VerifiedPersonalCustomerStatus = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::VerifiedPersonalCustomerStatus::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
#[test]
fn verified_sole_prop_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::VerifiedSolePropCustomer,
    >(
        "{\"_links\":{\"self\":{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"resource-type\":\"customer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}},\"address1\":\"1402 Walnut Street\",\"address2\":\"Apt 3\",\"businessClassification\":\"9ed3a866-7d6f-11e3-a0ce-5404a6144203\",\"businessName\":\"Okafor Design Studio\",\"businessType\":\"soleProprietorship\",\"city\":\"Ames\",\"correlationId\":\"user-8841\",\"created\":\"2024-03-11T15:02:44.318Z\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"id\":\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"lastName\":\"Okafor\",\"postalCode\":\"50010\",\"state\":\"IA\",\"status\":\"verified\",\"type\":\"business\"}",
    );
}
#[test]
fn verified_sole_prop_customer_field_examples_fit_their_types() {
    ::serde_json::from_str::<String>("\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.id", e));
    ::serde_json::from_str::<String>("\"Maria\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.firstName", e));
    ::serde_json::from_str::<String>("\"Okafor\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.lastName", e));
    ::serde_json::from_str::<String>("\"maria.okafor@example.com\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.email", e));
    ::serde_json::from_str::<String>("\"user-8841\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedSolePropCustomer.correlationId", e)
        });
    ::serde_json::from_str::<
        ::chrono::DateTime<::chrono::Utc>,
    >("\"2024-03-11T15:02:44.318Z\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.created", e));
    ::serde_json::from_str::<
        super::models::VerifiedSolePropCustomerStatus,
    >("\"verified\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.status", e));
    ::serde_json::from_str::<String>("\"1402 Walnut Street\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.address1", e));
    ::serde_json::from_str::<String>("\"Apt 3\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.address2", e));
    ::serde_json::from_str::<String>("\"Ames\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.city", e));
    ::serde_json::from_str::<String>("\"IA\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.state", e));
    ::serde_json::from_str::<String>("\"50010\"")
        .unwrap_or_else(|e| panic!("{}: {}", "VerifiedSolePropCustomer.postalCode", e));
    ::serde_json::from_str::<String>("\"Okafor Design Studio\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedSolePropCustomer.businessName", e)
        });
    ::serde_json::from_str::<String>("\"9ed3a866-7d6f-11e3-a0ce-5404a6144203\"")
        .unwrap_or_else(|e| {
            panic!("{}: {}", "VerifiedSolePropCustomer.businessClassification", e)
        });
}
#[test]
fn verified_sole_prop_customer_status_wire_values() {
    let value: super::models::VerifiedSolePropCustomerStatus = ::serde_json::from_str(
            "\"verified\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedSolePropCustomerStatus::Verified);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"verified\"");
    let value: super::models::VerifiedSolePropCustomerStatus = ::serde_json::from_str(
            "\"suspended\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedSolePropCustomerStatus::Suspended);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"suspended\"");
    let value: super::models::VerifiedSolePropCustomerStatus = ::serde_json::from_str(
            "\"deactivated\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedSolePropCustomerStatus::Deactivated);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"deactivated\"");
    let value: super::models::VerifiedSolePropCustomerStatus = ::serde_json::from_str(
            "\"document\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedSolePropCustomerStatus::Document);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"document\"");
    let value: super::models::VerifiedSolePropCustomerStatus = ::serde_json::from_str(
            "\"retry\"",
        )
        .unwrap();
    assert_eq!(value, super::models::VerifiedSolePropCustomerStatus::Retry);
    assert_eq!(::serde_json::to_string(& value).unwrap(), "\"retry\"");
    let unknown: super::models::VerifiedSolePropCustomerStatus = ::serde_json::from_str(
            "\"value added later\"",
        )
        .unwrap();
    assert_eq!(
        unknown,
        super::models::VerifiedSolePropCustomerStatus::Unrecognized("value added later"
        .to_owned())
    );
    assert_eq!(::serde_json::to_string(& unknown).unwrap(), "\"value added later\"");
}
