// @generated from specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

//! Models of the Dwolla API.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant)]
mod create;
pub use self::create::{
    CreateApplicationAccessTokenRequest, CreateApplicationAccessTokenResponse,
    CreateApplicationAccessTokenSecurity, CreateClientTokenCustomer,
    CreateClientTokenLinks, CreateClientTokenRequest, CreateClientTokenResponse,
    CreateCustomerBankFundingSourceWithAccountNumbers,
    CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    CreateCustomerBankFundingSourceWithAccountNumbersBuilder,
    CreateCustomerBankFundingSourceWithPlaid,
    CreateCustomerBankFundingSourceWithPlaidBankAccountType, CreateCustomerDocumentFile,
    CreateCustomerDocumentRequest, CreateCustomerDocumentRequestBody,
    CreateCustomerFundingSource, CreateCustomerFundingSourceRequest,
    CreateCustomerRequest, CreateReceiveOnlyUser, CreateReceiveOnlyUserBuilder,
    CreateUnverifiedCustomer, CreateUnverifiedCustomerBuilder,
    CreateVerifiedPersonalCustomer, CreateVerifiedPersonalCustomerBuilder,
};
mod document;
pub use self::document::DocumentType;
mod dwolla;
pub use self::dwolla::{DwollaError, DwollaErrorDetail, DwollaErrorEmbedded};
mod get;
pub use self::get::{GetCustomerRequest, GetCustomerResponse, GetTransferRequest};
mod grant;
pub use self::grant::GrantType;
mod hal;
pub use self::hal::HalLink;
mod initiate;
pub use self::initiate::{
    InitiateTransferClearing, InitiateTransferLinks, InitiateTransferLinksDestination,
    InitiateTransferLinksSource, InitiateTransferRequest, InitiateTransferRequestBody,
    InitiateTransferRequestBodyBuilder,
};
mod o;
pub use self::o::OAuthError;
mod receive;
pub use self::receive::{
    ReceiveOnlyCustomer, ReceiveOnlyCustomerBuilder, ReceiveOnlyCustomerStatus,
};
mod transfer;
pub use self::transfer::{
    Transfer, TransferAmount, TransferClearing, TransferResponseAmount,
};
mod unverified;
pub use self::unverified::{
    UnverifiedCustomer, UnverifiedCustomerBuilder, UnverifiedCustomerStatus,
};
mod verified;
pub use self::verified::{
    VerifiedBusinessCustomer, VerifiedBusinessCustomerBuilder,
    VerifiedBusinessCustomerBusinessType, VerifiedBusinessCustomerController,
    VerifiedBusinessCustomerControllerAddress, VerifiedBusinessCustomerControllerBuilder,
    VerifiedBusinessCustomerStatus, VerifiedPersonalCustomer,
    VerifiedPersonalCustomerBuilder, VerifiedPersonalCustomerStatus,
    VerifiedSolePropCustomer, VerifiedSolePropCustomerBuilder,
    VerifiedSolePropCustomerStatus,
};
/// Shown by `Debug` in place of a secret.
struct Redacted;
impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}
