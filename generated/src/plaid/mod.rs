// @generated from specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

//! The Plaid API: 36 models and 9 operations.
//!
//! Served at `https://sandbox.plaid.com`, `https://production.plaid.com`.
mod client;
pub mod models;
#[cfg(test)]
mod tests;
pub use client::{Call, Client, Environment, Error, ErrorBody};
pub use client::Credentials;
