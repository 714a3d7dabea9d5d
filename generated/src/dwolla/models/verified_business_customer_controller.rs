// @generated from specs/dwolla/models/verifiedbusinesscustomercontroller.md. Do not edit: run `cargo run -p generator -- generate`.

/// Person who controls a verified business, such as an officer or managing member.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerifiedBusinessCustomerController {
    /// Given name of the controller.
    ///
    /// Example: `Daniel`
    #[serde(rename = "firstName")]
    pub first_name: String,
    /// Family name of the controller.
    ///
    /// Example: `Reyes`
    #[serde(rename = "lastName")]
    pub last_name: String,
    /// Job title of the controller.
    ///
    /// Example: `Chief Financial Officer`
    pub title: String,
    /// Residential address of the controller.
    pub address: super::VerifiedBusinessCustomerControllerAddress,
}
#[allow(deprecated)]
impl VerifiedBusinessCustomerController {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        title: impl Into<String>,
        address: super::VerifiedBusinessCustomerControllerAddress,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            title: title.into(),
            address,
        }
    }
}
