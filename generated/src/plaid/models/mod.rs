// @generated from specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

//! Models of the Plaid API.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant)]
mod account;
pub use self::account::{
    AccountBalance, AccountBase, AccountBaseBuilder, AccountBaseVerificationStatus,
    AccountSubtype, AccountType,
};
mod accounts;
pub use self::accounts::{
    AccountsGetRequest, AccountsGetRequestBuilder, AccountsGetRequestOptions,
    AccountsGetResponse,
};
mod country;
pub use self::country::CountryCode;
mod item;
pub use self::item::{
    Item, ItemBuilder, ItemPublicTokenExchangeRequest, ItemPublicTokenExchangeResponse,
    ItemRemoveRequest, ItemRemoveResponse,
};
mod link;
pub use self::link::{
    LinkTokenCreateRequest, LinkTokenCreateRequestBuilder, LinkTokenCreateRequestUser,
    LinkTokenCreateRequestUserBuilder, LinkTokenCreateResponse,
    LinkTokenCreateResponseBuilder, LinkTokenGetMetadataResponse,
    LinkTokenGetMetadataResponseBuilder, LinkTokenGetRequest, LinkTokenGetResponse,
    LinkTokenGetResponseBuilder,
};
mod plaid;
pub use self::plaid::{PlaidError, PlaidErrorBuilder, PlaidErrorType};
mod processor;
pub use self::processor::{
    Processor, ProcessorTokenCreateRequest, ProcessorTokenCreateRequestBuilder,
    ProcessorTokenCreateResponse,
};
mod products;
pub use self::products::Products;
mod sandbox;
pub use self::sandbox::{
    SandboxPublicTokenCreateRequest, SandboxPublicTokenCreateRequestBuilder,
    SandboxPublicTokenCreateResponse,
};
mod update;
pub use self::update::UpdateType;
/// Shown by `Debug` in place of a secret.
struct Redacted;
impl std::fmt::Debug for Redacted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}
