// @generated from specs/plaid/. Do not edit: run `cargo run -p generator -- generate`.

//! The Plaid API: 29 models and 7 operations.
//!
//! Served at `https://sandbox.plaid.com`, `https://production.plaid.com`.
mod client;
pub mod models;
#[cfg(test)]
mod tests;
pub use client::{Client, Environment, Error};
pub use client::Credentials;
