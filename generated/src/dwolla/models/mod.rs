// @generated from specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

//! Models of the Dwolla API.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant, deprecated)]
mod create;
pub use self::create::{
    CreateApplicationAccessTokenRequest, CreateApplicationAccessTokenResponse,
    CreateApplicationAccessTokenSecurity, CreateClientTokenCustomer,
    CreateClientTokenLinks, CreateClientTokenRequest, CreateClientTokenResponse,
    CreateCustomerBankFundingSourceWithAccountNumbers,
    CreateCustomerBankFundingSourceWithAccountNumbersBankAccountType,
    CreateCustomerBankFundingSourceWithPlaid,
    CreateCustomerBankFundingSourceWithPlaidBankAccountType, CreateCustomerDocumentFile,
    CreateCustomerDocumentRequest, CreateCustomerDocumentRequestBody,
    CreateCustomerFundingSource, CreateCustomerFundingSourceRequest,
    CreateCustomerRequest, CreateReceiveOnlyUser, CreateUnverifiedCustomer,
    CreateVerifiedPersonalCustomer,
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
};
mod o;
pub use self::o::OAuthError;
mod receive;
pub use self::receive::{ReceiveOnlyCustomer, ReceiveOnlyCustomerStatus};
mod transfer;
pub use self::transfer::{
    Transfer, TransferAmount, TransferClearing, TransferResponseAmount,
};
mod unverified;
pub use self::unverified::{UnverifiedCustomer, UnverifiedCustomerStatus};
mod verified;
pub use self::verified::{
    VerifiedBusinessCustomer, VerifiedBusinessCustomerBusinessType,
    VerifiedBusinessCustomerController, VerifiedBusinessCustomerControllerAddress,
    VerifiedBusinessCustomerStatus, VerifiedPersonalCustomer,
    VerifiedPersonalCustomerStatus, VerifiedSolePropCustomer,
    VerifiedSolePropCustomerStatus,
};
