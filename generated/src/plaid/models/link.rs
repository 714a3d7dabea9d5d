// @generated from specs/plaid/: the models whose names start with `Link`. Do not edit: run `cargo run -p generator -- generate`.

/// LinkTokenCreateRequest defines the request schema for `/link/token/create`. It carries the settings for one Link session: who the end user is, which products to enable, and how Link should look and behave.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenCreateRequest {
    /// Your application's name as the end user should see it inside Link (at most 30 characters).
    pub client_name: String,
    /// Two-letter language code for the Link interface, for example `en`, `fr` or `es`.
    pub language: String,
    /// Countries whose institutions the user may pick from. Must contain at least one entry.
    #[serde(deserialize_with = "crate::runtime::null_as_empty")]
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
/// Information about the person who will link an account in this Link session.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenCreateRequestUser {
    /// Your own stable identifier for the end user, such as an internal user number. Do not put personal data such as an email address or phone number here.
    pub client_user_id: String,
    /// The user's full legal name. Used by micro-deposit verification flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    /// The user's phone number in E.164 form, for example `+14155550123`. Enables returning-user features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// The user's email address. Enables returning-user features.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    /// The user's date of birth as `YYYY-MM-DD`. May be null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<::chrono::NaiveDate>,
}
#[allow(deprecated)]
impl LinkTokenCreateRequestUser {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(client_user_id: impl Into<String>) -> Self {
        Self {
            client_user_id: client_user_id.into(),
            legal_name: None,
            phone_number: None,
            email_address: None,
            date_of_birth: None,
        }
    }
}
/// LinkTokenCreateResponse defines the response schema for `/link/token/create`. It returns the short-lived token used to launch Link on the client.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenCreateResponse {
    /// Token to pass to Link on the client so the user can start the flow. Finishing the flow yields a `public_token`.
    pub link_token: String,
    /// Moment (ISO 8601) after which the `link_token` can no longer be used.
    pub expiration: ::chrono::DateTime<::chrono::Utc>,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// URL of a Plaid-hosted Link page; only present when Hosted Link was requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosted_link_url: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl LinkTokenCreateResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        link_token: impl Into<String>,
        expiration: ::chrono::DateTime<::chrono::Utc>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            link_token: link_token.into(),
            expiration,
            request_id: request_id.into(),
            hosted_link_url: None,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
/// Settings that were supplied when the `link_token` was created, as reported back by `/link/token/get`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenGetMetadataResponse {
    /// Value of `products` given at creation time.
    #[serde(deserialize_with = "crate::runtime::null_as_empty")]
    pub initial_products: Vec<super::Products>,
    /// Value of `webhook` given at creation time, or null.
    pub webhook: Option<String>,
    /// Value of `country_codes` given at creation time.
    #[serde(deserialize_with = "crate::runtime::null_as_empty")]
    pub country_codes: Vec<super::CountryCode>,
    /// Value of `language` given at creation time, or null.
    pub language: Option<String>,
    /// Value of `redirect_uri` given at creation time, or null.
    pub redirect_uri: Option<String>,
    /// Value of `client_name` given at creation time, or null.
    pub client_name: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl LinkTokenGetMetadataResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        initial_products: Vec<super::Products>,
        webhook: Option<String>,
        country_codes: Vec<super::CountryCode>,
        language: Option<String>,
        redirect_uri: Option<String>,
        client_name: Option<String>,
    ) -> Self {
        Self {
            initial_products,
            webhook,
            country_codes,
            language,
            redirect_uri,
            client_name,
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
/// LinkTokenGetRequest defines the request schema for `/link/token/get`
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenGetRequest {
    /// A `link_token` from a previous invocation of `/link/token/create`
    pub link_token: String,
    /// Your Plaid API `client_id`. The `client_id` is required and may be provided either in the `PLAID-CLIENT-ID` header or as part of a request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Your Plaid API `secret`. The `secret` is required and may be provided either in the `PLAID-SECRET` header or as part of a request body.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
#[allow(deprecated)]
impl LinkTokenGetRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(link_token: impl Into<String>) -> Self {
        Self {
            link_token: link_token.into(),
            client_id: None,
            secret: None,
        }
    }
}
/// LinkTokenGetResponse defines the response schema for `/link/token/get`. It echoes the settings a `link_token` was created with, together with its lifetime.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinkTokenGetResponse {
    /// The `link_token` that was looked up.
    pub link_token: String,
    /// When the `link_token` was created (ISO 8601). May be null.
    pub created_at: Option<::chrono::DateTime<::chrono::Utc>>,
    /// When the `link_token` stops being valid (ISO 8601). May be null.
    pub expiration: Option<::chrono::DateTime<::chrono::Utc>>,
    /// The configuration originally passed to `/link/token/create`.
    pub metadata: super::LinkTokenGetMetadataResponse,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
#[allow(deprecated)]
impl LinkTokenGetResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        link_token: impl Into<String>,
        created_at: Option<::chrono::DateTime<::chrono::Utc>>,
        expiration: Option<::chrono::DateTime<::chrono::Utc>>,
        metadata: super::LinkTokenGetMetadataResponse,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            link_token: link_token.into(),
            created_at,
            expiration,
            metadata,
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
