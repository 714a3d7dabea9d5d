// @generated from specs/plaid/models/components/linktokencreaterequest.md. Do not edit: run `cargo run -p generator -- generate`.

/// LinkTokenCreateRequest defines the request schema for `/link/token/create`. It carries the settings for one Link session: who the end user is, which products to enable, and how Link should look and behave.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenCreateRequest {
    /// Your application's name as the end user should see it inside Link (at most 30 characters).
    pub client_name: String,
    /// Two-letter language code for the Link interface, for example `en`, `fr` or `es`.
    pub language: String,
    /// Countries whose institutions the user may pick from. Must contain at least one entry.
    pub country_codes: Vec<super::CountryCode>,
    /// Details of the end user who is going to connect an account.
    pub user: super::LinkTokenCreateRequestUser,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Products to initialise for the new Item; institutions that cannot serve all of them are hidden. Omit when opening Link in update mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<super::Products>>,
    /// Extra products the user is asked to consent to now, so they can be added to the Item later without another consent step.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_consented_products: Option<Vec<super::Products>>,
    /// URL that will receive webhooks for the Item created by this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<String>,
    /// Access token of an existing Item. Supply it to open Link in update mode for that Item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// Name of a Link customization configured in the Plaid Dashboard to apply to this session.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link_customization_name: Option<String>,
    /// Where the user is sent back to after an OAuth institution finishes. Must be registered in the Dashboard; required for OAuth flows on web and iOS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// Package name of your Android app. Needed when running Link inside an Android app that must handle OAuth redirects.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub android_package_name: Option<String>,
    /// Plaid institution ID that makes Link open directly on that institution instead of the search screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub institution_id: Option<String>,
    /// Token from `/user/create`; Items linked in this session are attached to that user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_token: Option<String>,
}
#[allow(deprecated)]
impl LinkTokenCreateRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        client_name: impl Into<String>,
        language: impl Into<String>,
        country_codes: Vec<super::CountryCode>,
        user: super::LinkTokenCreateRequestUser,
    ) -> Self {
        Self {
            client_name: client_name.into(),
            language: language.into(),
            country_codes,
            user,
            client_id: None,
            secret: None,
            products: None,
            additional_consented_products: None,
            webhook: None,
            access_token: None,
            link_customization_name: None,
            redirect_uri: None,
            android_package_name: None,
            institution_id: None,
            user_token: None,
        }
    }
}
