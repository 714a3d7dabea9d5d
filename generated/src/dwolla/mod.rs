// @generated from specs/dwolla/. Do not edit: run `cargo run -p generator -- generate`.

//! The Dwolla API: 49 models and 7 operations.
//!
//! Served at `https://api-sandbox.dwolla.com`, `https://api.dwolla.com`.
mod client;
pub mod models;
#[cfg(test)]
mod tests;
pub use client::{Client, Environment, Error};
pub use client::Credentials;
