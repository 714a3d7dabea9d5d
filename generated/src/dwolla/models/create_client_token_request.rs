// @generated from specs/dwolla/models/operations/createclienttokenrequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// `CreateClientTokenRequest` from the Dwolla docs.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClientTokenRequest {
    /// A granular permission for the Customer performing an action within a drop-in component
    ///
    /// Example: `customer.update`
    pub action: String,
    #[serde(rename = "_links")]
    pub links: super::CreateClientTokenLinks,
}
#[allow(deprecated)]
impl CreateClientTokenRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(action: impl Into<String>, links: super::CreateClientTokenLinks) -> Self {
        Self {
            action: action.into(),
            links,
        }
    }
}
