// @generated from specs/dwolla/: the models whose names start with `O`. Do not edit: run `cargo run -p generator -- generate`.

/// Error body returned by the token endpoint when the client credentials are rejected.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct OAuthError {
    /// OAuth error code.
    ///
    /// Example: `invalid_client`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}
impl OAuthError {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { error: None }
    }
    /// Sets `error`.
    pub fn with_error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
}
