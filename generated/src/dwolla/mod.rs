// @generated from specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

//! The Dwolla API: 53 models and 8 operations.
//!
//! Served at `https://api-sandbox.dwolla.com`, `https://api.dwolla.com`.
mod client;
pub mod models;
#[cfg(test)]
mod tests;
pub use client::{Client, Environment, Error};
pub use client::Credentials;
