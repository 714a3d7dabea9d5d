// @generated from specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

//! Models of the Plaid API.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant)]
mod accounts;
pub use self::accounts::{
    AccountBalance, AccountBase, AccountBaseBuilder, AccountBaseVerificationStatus,
    AccountSubtype, AccountType, AccountsGetRequest, AccountsGetRequestBuilder,
    AccountsGetRequestOptions, AccountsGetResponse, Item, ItemBuilder, UpdateType,
};
mod institutions;
pub use self::institutions::{
    Institution, InstitutionBuilder, InstitutionsGetRequest,
    InstitutionsGetRequestBuilder, InstitutionsGetResponse,
};
mod item;
pub use self::item::{
    ItemPublicTokenExchangeRequest, ItemPublicTokenExchangeResponse, ItemRemoveRequest,
    ItemRemoveResponse,
};
mod link;
pub use self::link::{
    LinkTokenCreateRequest, LinkTokenCreateRequestBuilder, LinkTokenCreateRequestUser,
    LinkTokenCreateRequestUserBuilder, LinkTokenCreateResponse,
    LinkTokenCreateResponseBuilder, LinkTokenGetMetadataResponse,
    LinkTokenGetMetadataResponseBuilder, LinkTokenGetRequest, LinkTokenGetResponse,
    LinkTokenGetResponseBuilder,
};
mod processor;
pub use self::processor::{
    Processor, ProcessorTokenCreateRequest, ProcessorTokenCreateRequestBuilder,
    ProcessorTokenCreateResponse,
};
mod sandbox;
pub use self::sandbox::{
    SandboxPublicTokenCreateRequest, SandboxPublicTokenCreateRequestBuilder,
    SandboxPublicTokenCreateResponse,
};
mod shared;
pub use self::shared::{
    CountryCode, PlaidError, PlaidErrorBuilder, PlaidErrorType, Products,
};
mod transactions;
pub use self::transactions::{
    RemovedTransaction, Transaction, TransactionBuilder, TransactionsSyncRequest,
    TransactionsSyncRequestBuilder, TransactionsSyncResponse,
    TransactionsSyncResponseBuilder,
};
/// Shown by `Debug` in place of a secret.
struct Redacted;
impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}
