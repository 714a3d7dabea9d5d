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
    ApiError, Bytes, Call, DecodeError, DecodeProblem, Endpoint, EnvError, ErrorModel,
    InvalidRequest, Location, ParseEnvironmentError, Response, RetryPolicy,
    TransportError, TransportKind, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT,
};
/// URLs, as environments and created resources give them.
#[cfg(any(feature = "dwolla", feature = "plaid"))]
pub use reqwest::Url;
/// The streams list operations return (their pages, their items), and the methods that
/// read them (`next`, `try_collect`).
#[cfg(any(feature = "dwolla", feature = "plaid"))]
pub use futures_util::{Stream, StreamExt, TryStreamExt};
/// A model's builder was asked to build without one of the model's required fields.
#[cfg(any(feature = "dwolla", feature = "plaid"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuildError {
    /// The model's name.
    pub model: &'static str,
    /// The field that was not set.
    pub field: &'static str,
}
#[cfg(any(feature = "dwolla", feature = "plaid"))]
impl std::fmt::Display for BuildError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "`{}` needs `{}`, which was not set", self.model, self.field)
    }
}
#[cfg(any(feature = "dwolla", feature = "plaid"))]
impl std::error::Error for BuildError {}
#[cfg(feature = "dwolla")]
pub mod dwolla;
#[cfg(feature = "plaid")]
pub mod plaid;
