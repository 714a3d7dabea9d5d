// @generated from specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

//! The Dwolla API: 56 models and 9 operations.
//!
//! Served at `https://api-sandbox.dwolla.com`, `https://api.dwolla.com`.
mod client;
pub mod models;
#[cfg(test)]
mod tests;
pub use client::{Call, Client, Environment, Error, ErrorBody};
pub use client::Credentials;
