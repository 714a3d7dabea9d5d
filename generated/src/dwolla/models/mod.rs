// @generated from specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

//! Models of the Dwolla API.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant)]
mod client_tokens;
pub use self::client_tokens::{
    CreateClientTokenCustomer, CreateClientTokenLinks, CreateClientTokenRequest,
    CreateClientTokenResponse,
};
mod customers;
pub use self::customers::{
    CreateCustomerRequest, CreateReceiveOnlyUser, CreateReceiveOnlyUserBuilder,
    CreateUnverifiedCustomer, CreateUnverifiedCustomerBuilder,
    CreateVerifiedPersonalCustomer, CreateVerifiedPersonalCustomerBuilder, Customers,
    CustomersEmbedded, GetCustomerRequest, GetCustomerResponse,
    ListAndSearchCustomersRequest, ReceiveOnlyCustomer, ReceiveOnlyCustomerBuilder,
    ReceiveOnlyCustomerStatus, UnverifiedCustomer, UnverifiedCustomerBuilder,
    UnverifiedCustomerStatus, VerifiedBusinessCustomer, VerifiedBusinessCustomerBuilder,
    VerifiedBusinessCustomerBusinessType, VerifiedBusinessCustomerController,
    VerifiedBusinessCustomerControllerAddress, VerifiedBusinessCustomerControllerBuilder,
    VerifiedBusinessCustomerStatus, VerifiedPersonalCustomer,
    VerifiedPersonalCustomerBuilder, VerifiedPersonalCustomerStatus,
    VerifiedSolePropCustomer, VerifiedSolePropCustomerBuilder,
    VerifiedSolePropCustomerStatus,
};
mod customers_documents;
pub use self::customers_documents::{
    CreateCustomerDocumentFile, CreateCustomerDocumentRequest,
    CreateCustomerDocumentRequestBody, DocumentType,
};
mod customers_funding_sources;
pub use self::customers_funding_sources::{
    CreateCustomerBankFundingSourceWithAccountNumbers,
    CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    CreateCustomerBankFundingSourceWithAccountNumbersBuilder,
    CreateCustomerBankFundingSourceWithPlaid,
    CreateCustomerBankFundingSourceWithPlaidBankAccountType, CreateCustomerFundingSource,
    CreateCustomerFundingSourceRequest,
};
mod shared;
pub use self::shared::{
    CreateApplicationAccessTokenSecurity, DwollaError, DwollaErrorDetail,
    DwollaErrorEmbedded, HalLink,
};
mod tokens;
pub use self::tokens::{
    CreateApplicationAccessTokenRequest, CreateApplicationAccessTokenResponse, GrantType,
    OAuthError,
};
mod transfers;
pub use self::transfers::{
    GetTransferRequest, InitiateTransferClearing, InitiateTransferLinks,
    InitiateTransferLinksDestination, InitiateTransferLinksSource,
    InitiateTransferRequest, InitiateTransferRequestBody,
    InitiateTransferRequestBodyBuilder, Transfer, TransferAmount, TransferClearing,
    TransferResponseAmount,
};
/// Shown by `Debug` in place of a secret.
struct Redacted;
impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}
