// @generated from specs/dwolla/models/verifiedbusinesscustomercontrolleraddress.md. Do not edit: run `cargo run -p generator -- generate`.

/// Address of a business controller.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
pub struct VerifiedBusinessCustomerControllerAddress {
    /// First address line.
    ///
    /// Example: `77 Harbor Way`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address1: Option<String>,
    /// Second address line.
    ///
    /// Example: `Floor 2`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address2: Option<String>,
    /// Third address line.
    ///
    /// Example: `Unit B`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address3: Option<String>,
    /// City.
    ///
    /// Example: `Portland`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Postal code.
    ///
    /// Example: `97209`
    #[serde(rename = "postalCode")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country code.
    ///
    /// Example: `US`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// State, province or region.
    ///
    /// Example: `OR`
    #[serde(rename = "stateProvinceRegion")]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state_province_region: Option<String>,
}
#[allow(deprecated)]
impl VerifiedBusinessCustomerControllerAddress {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            address1: None,
            address2: None,
            address3: None,
            city: None,
            postal_code: None,
            country: None,
            state_province_region: None,
        }
    }
}
