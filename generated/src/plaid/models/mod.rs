// @generated from specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

//! Models of the Plaid API.
#![allow(clippy::too_many_arguments, clippy::large_enum_variant, deprecated)]
mod account;
pub use self::account::{
    AccountBalance, AccountBase, AccountBaseVerificationStatus, AccountSubtype,
    AccountType,
};
mod accounts;
pub use self::accounts::{
    AccountsGetRequest, AccountsGetRequestOptions, AccountsGetResponse,
};
mod country;
pub use self::country::CountryCode;
mod item;
pub use self::item::{
    Item, ItemPublicTokenExchangeRequest, ItemPublicTokenExchangeResponse,
    ItemRemoveRequest, ItemRemoveResponse,
};
mod link;
pub use self::link::{
    LinkTokenCreateRequest, LinkTokenCreateRequestUser, LinkTokenCreateResponse,
    LinkTokenGetMetadataResponse, LinkTokenGetRequest, LinkTokenGetResponse,
};
mod plaid;
pub use self::plaid::{PlaidError, PlaidErrorType};
mod processor;
pub use self::processor::{
    Processor, ProcessorTokenCreateRequest, ProcessorTokenCreateResponse,
};
mod products;
pub use self::products::Products;
mod sandbox;
pub use self::sandbox::{
    SandboxPublicTokenCreateRequest, SandboxPublicTokenCreateResponse,
};
mod update;
pub use self::update::UpdateType;
