// @generated from specs/. Do not edit: run `cargo run -p generator -- generate`.

//! Typed clients for HTTP APIs, generated from their documentation.
//!
//! - [`dwolla`]: the Dwolla API
//! - [`plaid`]: the Plaid API
//!
//! Each provider sits behind a Cargo feature of its name (all on by default).
#[cfg(any(feature = "dwolla", feature = "plaid"))]
mod runtime;
#[cfg(any(feature = "dwolla", feature = "plaid"))]
pub use runtime::{
    ApiError, Call, DecodeError, DecodeProblem, Endpoint, EnvError, ErrorModel,
    InvalidRequest, Location, ParseEnvironmentError, Response, RetryPolicy,
    TransportError, TransportKind, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
};
/// URLs, as environments and created resources give them.
#[cfg(any(feature = "dwolla", feature = "plaid"))]
pub use reqwest::Url;
#[cfg(feature = "dwolla")]
pub mod dwolla;
#[cfg(feature = "plaid")]
pub mod plaid;
