// @generated from the examples in specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

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
    crate::runtime::testing::assert_documented::<
        super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    >(
        "CreateCustomerBankFundingSourceWithAccountNumbers.bankAccountType",
        "\"checking\"",
        |value| {
            matches!(
                value,
                super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Unrecognized(_)
            )
        },
    );
}
#[test]
fn create_customer_bank_funding_source_with_account_numbers_bank_account_type_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            (
                "checking",
                super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Checking,
            ),
            (
                "savings",
                super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Savings,
            ),
            (
                "general-ledger",
                super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::GeneralLedger,
            ),
            (
                "loan",
                super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Loan,
            ),
        ],
        super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Unrecognized,
    );
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
    crate::runtime::testing::assert_documented::<
        super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType,
    >(
        "CreateCustomerBankFundingSourceWithPlaid.bankAccountType",
        "\"checking\"",
        |value| {
            matches!(
                value,
                super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Unrecognized(_)
            )
        },
    );
}
#[test]
fn create_customer_bank_funding_source_with_plaid_bank_account_type_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            (
                "checking",
                super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Checking,
            ),
            (
                "savings",
                super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Savings,
            ),
        ],
        super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Unrecognized,
    );
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
fn create_unverified_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateCustomerRequest,
    >(
        "{\"correlationId\":\"user-8841\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"ipAddress\":\"203.0.113.42\",\"lastName\":\"Okafor\",\"type\":\"unverified\"}",
    );
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
fn customers_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::Customers,
    >(
        "{\"_embedded\":{\"customers\":[]},\"_links\":{\"next\":{\"href\":\"https://api-sandbox.dwolla.com/customers?limit=25&offset=25\",\"resource-type\":\"customer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}},\"total\":2}",
    );
}
#[test]
fn customers_field_examples_fit_their_types() {
    crate::runtime::testing::assert_fits::<i64>("Customers.total", "2");
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
fn o_auth_error_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::OAuthError,
    >("{\"error\":\"invalid_client\"}");
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
fn create_application_access_token_request_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateApplicationAccessTokenRequest,
    >("{\"grant_type\":\"client_credentials\"}");
}
#[test]
fn create_application_access_token_request_field_examples_fit_their_types() {
    crate::runtime::testing::assert_documented::<
        super::models::GrantType,
    >(
        "CreateApplicationAccessTokenRequest.grantType",
        "\"client_credentials\"",
        |value| { matches!(value, super::models::GrantType::Unrecognized(_)) },
    );
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
    crate::runtime::testing::assert_fits::<
        i64,
    >("CreateApplicationAccessTokenResponse.expiresIn", "3600");
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
fn create_client_token_response_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::CreateClientTokenResponse,
    >("{\"token\":\"cT4kRw9zLm2qXv7bN1sJ5hD8fG3yP6aE0uK\"}");
}
#[test]
fn document_type_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("passport", super::models::DocumentType::Passport),
            ("license", super::models::DocumentType::License),
            ("idCard", super::models::DocumentType::IdCard),
            ("other", super::models::DocumentType::Other),
        ],
        super::models::DocumentType::Unrecognized,
    );
}
#[test]
fn grant_type_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[("client_credentials", super::models::GrantType::ClientCredentials)],
        super::models::GrantType::Unrecognized,
    );
}
#[test]
fn initiate_transfer_clearing_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::InitiateTransferClearing,
    >("{\"destination\":\"next-available\",\"source\":\"standard\"}");
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
fn initiate_transfer_links_source_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::InitiateTransferLinksSource,
    >(
        "{\"href\":\"https://api-sandbox.dwolla.com/funding-sources/c2f0e4a1-7d3b-4e59-9a86-1b5d7f3e2c40\"}",
    );
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
fn receive_only_customer_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::ReceiveOnlyCustomer,
    >(
        "{\"_links\":{\"self\":{\"href\":\"https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"resource-type\":\"customer\",\"type\":\"application/vnd.dwolla.v1.hal+json\"}},\"correlationId\":\"user-8841\",\"created\":\"2024-03-11T15:02:44.318Z\",\"email\":\"maria.okafor@example.com\",\"firstName\":\"Maria\",\"id\":\"a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24\",\"lastName\":\"Okafor\",\"status\":\"unverified\",\"type\":\"receive-only\"}",
    );
}
#[test]
fn receive_only_customer_field_examples_fit_their_types() {
    crate::runtime::testing::assert_fits::<
        ::chrono::DateTime<::chrono::Utc>,
    >("ReceiveOnlyCustomer.created", "\"2024-03-11T15:02:44.318Z\"");
    crate::runtime::testing::assert_documented::<
        super::models::ReceiveOnlyCustomerStatus,
    >(
        "ReceiveOnlyCustomer.status",
        "\"unverified\"",
        |value| {
            matches!(value, super::models::ReceiveOnlyCustomerStatus::Unrecognized(_))
        },
    );
}
#[test]
fn receive_only_customer_status_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("unverified", super::models::ReceiveOnlyCustomerStatus::Unverified),
            ("suspended", super::models::ReceiveOnlyCustomerStatus::Suspended),
            ("deactivated", super::models::ReceiveOnlyCustomerStatus::Deactivated),
        ],
        super::models::ReceiveOnlyCustomerStatus::Unrecognized,
    );
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
    crate::runtime::testing::assert_fits::<
        ::chrono::DateTime<::chrono::Utc>,
    >("Transfer.created", "\"2024-03-11T16:20:05.112Z\"");
}
#[test]
fn transfer_amount_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::TransferAmount,
    >("{\"currency\":\"USD\",\"value\":\"125.50\"}");
}
#[test]
fn transfer_clearing_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::TransferClearing,
    >("{\"destination\":\"next-available\",\"source\":\"standard\"}");
}
#[test]
fn transfer_response_amount_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::TransferResponseAmount,
    >("{\"currency\":\"USD\",\"value\":\"125.50\"}");
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
    crate::runtime::testing::assert_fits::<
        ::chrono::DateTime<::chrono::Utc>,
    >("UnverifiedCustomer.created", "\"2024-03-11T15:02:44.318Z\"");
    crate::runtime::testing::assert_documented::<
        super::models::UnverifiedCustomerStatus,
    >(
        "UnverifiedCustomer.status",
        "\"unverified\"",
        |value| {
            matches!(value, super::models::UnverifiedCustomerStatus::Unrecognized(_))
        },
    );
}
#[test]
fn unverified_customer_status_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("unverified", super::models::UnverifiedCustomerStatus::Unverified),
            ("suspended", super::models::UnverifiedCustomerStatus::Suspended),
            ("deactivated", super::models::UnverifiedCustomerStatus::Deactivated),
        ],
        super::models::UnverifiedCustomerStatus::Unrecognized,
    );
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
    crate::runtime::testing::assert_fits::<
        ::chrono::DateTime<::chrono::Utc>,
    >("VerifiedBusinessCustomer.created", "\"2024-03-11T15:02:44.318Z\"");
    crate::runtime::testing::assert_documented::<
        super::models::VerifiedBusinessCustomerStatus,
    >(
        "VerifiedBusinessCustomer.status",
        "\"verified\"",
        |value| {
            matches!(
                value, super::models::VerifiedBusinessCustomerStatus::Unrecognized(_)
            )
        },
    );
    crate::runtime::testing::assert_documented::<
        super::models::VerifiedBusinessCustomerBusinessType,
    >(
        "VerifiedBusinessCustomer.businessType",
        "\"llc\"",
        |value| {
            matches!(
                value,
                super::models::VerifiedBusinessCustomerBusinessType::Unrecognized(_)
            )
        },
    );
}
#[test]
fn verified_business_customer_business_type_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("llc", super::models::VerifiedBusinessCustomerBusinessType::Llc),
            (
                "corporation",
                super::models::VerifiedBusinessCustomerBusinessType::Corporation,
            ),
            (
                "partnership",
                super::models::VerifiedBusinessCustomerBusinessType::Partnership,
            ),
        ],
        super::models::VerifiedBusinessCustomerBusinessType::Unrecognized,
    );
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
fn verified_business_customer_controller_address_example_round_trips() {
    crate::runtime::testing::assert_round_trip::<
        super::models::VerifiedBusinessCustomerControllerAddress,
    >(
        "{\"address1\":\"77 Harbor Way\",\"city\":\"Portland\",\"country\":\"US\",\"postalCode\":\"97209\",\"stateProvinceRegion\":\"OR\"}",
    );
}
#[test]
fn verified_business_customer_status_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("verified", super::models::VerifiedBusinessCustomerStatus::Verified),
            ("suspended", super::models::VerifiedBusinessCustomerStatus::Suspended),
            ("deactivated", super::models::VerifiedBusinessCustomerStatus::Deactivated),
            ("document", super::models::VerifiedBusinessCustomerStatus::Document),
            ("retry", super::models::VerifiedBusinessCustomerStatus::Retry),
        ],
        super::models::VerifiedBusinessCustomerStatus::Unrecognized,
    );
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
    crate::runtime::testing::assert_fits::<
        ::chrono::DateTime<::chrono::Utc>,
    >("VerifiedPersonalCustomer.created", "\"2024-03-11T15:02:44.318Z\"");
    crate::runtime::testing::assert_documented::<
        super::models::VerifiedPersonalCustomerStatus,
    >(
        "VerifiedPersonalCustomer.status",
        "\"verified\"",
        |value| {
            matches!(
                value, super::models::VerifiedPersonalCustomerStatus::Unrecognized(_)
            )
        },
    );
}
#[test]
fn verified_personal_customer_status_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("verified", super::models::VerifiedPersonalCustomerStatus::Verified),
            ("suspended", super::models::VerifiedPersonalCustomerStatus::Suspended),
            ("deactivated", super::models::VerifiedPersonalCustomerStatus::Deactivated),
            ("document", super::models::VerifiedPersonalCustomerStatus::Document),
            ("retry", super::models::VerifiedPersonalCustomerStatus::Retry),
            ("kba", super::models::VerifiedPersonalCustomerStatus::Kba),
        ],
        super::models::VerifiedPersonalCustomerStatus::Unrecognized,
    );
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
    crate::runtime::testing::assert_fits::<
        ::chrono::DateTime<::chrono::Utc>,
    >("VerifiedSolePropCustomer.created", "\"2024-03-11T15:02:44.318Z\"");
    crate::runtime::testing::assert_documented::<
        super::models::VerifiedSolePropCustomerStatus,
    >(
        "VerifiedSolePropCustomer.status",
        "\"verified\"",
        |value| {
            matches!(
                value, super::models::VerifiedSolePropCustomerStatus::Unrecognized(_)
            )
        },
    );
}
#[test]
fn verified_sole_prop_customer_status_wire_values() {
    crate::runtime::testing::assert_wire_values(
        &[
            ("verified", super::models::VerifiedSolePropCustomerStatus::Verified),
            ("suspended", super::models::VerifiedSolePropCustomerStatus::Suspended),
            ("deactivated", super::models::VerifiedSolePropCustomerStatus::Deactivated),
            ("document", super::models::VerifiedSolePropCustomerStatus::Document),
            ("retry", super::models::VerifiedSolePropCustomerStatus::Retry),
        ],
        super::models::VerifiedSolePropCustomerStatus::Unrecognized,
    );
}
#[test]
fn debug_shows_no_secret() {
    fn check(model: &str, value: &dyn std::fmt::Debug) {
        let debug = format!("{value:?}");
        assert!(
            ! debug.contains("sekrit-7f3a9c"), "Debug of {model} shows a secret: {debug}"
        );
        assert!(
            debug.contains("<redacted>"), "Debug of {model} redacts nothing: {debug}"
        );
    }
    check(
        "CreateCustomerBankFundingSourceWithAccountNumbers",
        &super::models::CreateCustomerBankFundingSourceWithAccountNumbers {
            routing_number: String::from("sekrit-7f3a9c"),
            account_number: String::from("sekrit-7f3a9c"),
            bank_account_type: super::models::CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType::Unrecognized(
                String::new(),
            ),
            name: String::from("plain"),
        },
    );
    check(
        "CreateCustomerBankFundingSourceWithPlaid",
        &super::models::CreateCustomerBankFundingSourceWithPlaid {
            plaid_token: String::from("sekrit-7f3a9c"),
            bank_account_type: super::models::CreateCustomerBankFundingSourceWithPlaidBankAccountType::Unrecognized(
                String::new(),
            ),
            name: String::from("plain"),
        },
    );
    check(
        "CreateVerifiedPersonalCustomer",
        &super::models::CreateVerifiedPersonalCustomer {
            first_name: String::from("plain"),
            last_name: String::from("plain"),
            email: String::from("plain"),
            ip_address: None,
            phone: None,
            correlation_id: None,
            address1: String::from("plain"),
            address2: None,
            city: String::from("plain"),
            state: String::from("plain"),
            postal_code: String::from("plain"),
            ssn: String::from("sekrit-7f3a9c"),
            date_of_birth: String::from("plain"),
        },
    );
    check(
        "CreateApplicationAccessTokenResponse",
        &super::models::CreateApplicationAccessTokenResponse {
            access_token: String::from("sekrit-7f3a9c"),
            token_type: String::from("plain"),
            expires_in: 0,
        },
    );
    check(
        "CreateClientTokenResponse",
        &super::models::CreateClientTokenResponse {
            token: String::from("sekrit-7f3a9c"),
        },
    );
}
