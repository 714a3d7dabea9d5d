// @generated from specs/plaid/: the models of the `link` operations. Do not edit: run `cargo run -p generator -- generate`.

/// LinkTokenCreateRequest defines the request schema for `/link/token/create`. It carries the settings for one Link session: who the end user is, which products to enable, and how Link should look and behave.
#[derive(Clone, PartialEq)]
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
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    pub secret: Option<String>,
    /// Products to initialise for the new Item; institutions that cannot serve all of them are hidden. Omit when opening Link in update mode.
    pub products: Option<Vec<super::Products>>,
    /// Extra products the user is asked to consent to now, so they can be added to the Item later without another consent step.
    pub additional_consented_products: Option<Vec<super::Products>>,
    /// URL that will receive webhooks for the Item created by this session.
    pub webhook: Option<String>,
    /// Access token of an existing Item. Supply it to open Link in update mode for that Item.
    pub access_token: Option<String>,
    /// Name of a Link customization configured in the Plaid Dashboard to apply to this session.
    pub link_customization_name: Option<String>,
    /// Where the user is sent back to after an OAuth institution finishes. Must be registered in the Dashboard; required for OAuth flows on web and iOS.
    pub redirect_uri: Option<String>,
    /// Package name of your Android app. Needed when running Link inside an Android app that must handle OAuth redirects.
    pub android_package_name: Option<String>,
    /// Plaid institution ID that makes Link open directly on that institution instead of the search screen.
    pub institution_id: Option<String>,
    /// Token from `/user/create`; Items linked in this session are attached to that user.
    pub user_token: Option<String>,
}
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
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> LinkTokenCreateRequestBuilder {
        <LinkTokenCreateRequestBuilder as ::core::default::Default>::default()
    }
    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets `products`.
    pub fn with_products(mut self, value: Vec<super::Products>) -> Self {
        self.products = Some(value);
        self
    }
    /// Sets `additional_consented_products`.
    pub fn with_additional_consented_products(
        mut self,
        value: Vec<super::Products>,
    ) -> Self {
        self.additional_consented_products = Some(value);
        self
    }
    /// Sets `webhook`.
    pub fn with_webhook(mut self, value: impl Into<String>) -> Self {
        self.webhook = Some(value.into());
        self
    }
    /// Sets `access_token`.
    pub fn with_access_token(mut self, value: impl Into<String>) -> Self {
        self.access_token = Some(value.into());
        self
    }
    /// Sets `link_customization_name`.
    pub fn with_link_customization_name(mut self, value: impl Into<String>) -> Self {
        self.link_customization_name = Some(value.into());
        self
    }
    /// Sets `redirect_uri`.
    pub fn with_redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.redirect_uri = Some(value.into());
        self
    }
    /// Sets `android_package_name`.
    pub fn with_android_package_name(mut self, value: impl Into<String>) -> Self {
        self.android_package_name = Some(value.into());
        self
    }
    /// Sets `institution_id`.
    pub fn with_institution_id(mut self, value: impl Into<String>) -> Self {
        self.institution_id = Some(value.into());
        self
    }
    /// Sets `user_token`.
    pub fn with_user_token(mut self, value: impl Into<String>) -> Self {
        self.user_token = Some(value.into());
        self
    }
}
impl ::serde::Serialize for LinkTokenCreateRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "LinkTokenCreateRequest",
            15,
        );
        out.field("client_name", &self.client_name);
        out.field("language", &self.language);
        out.field("country_codes", &self.country_codes);
        out.field("user", &self.user);
        out.optional("client_id", &self.client_id);
        out.optional("secret", &self.secret);
        out.optional("products", &self.products);
        out.optional(
            "additional_consented_products",
            &self.additional_consented_products,
        );
        out.optional("webhook", &self.webhook);
        out.optional("access_token", &self.access_token);
        out.optional("link_customization_name", &self.link_customization_name);
        out.optional("redirect_uri", &self.redirect_uri);
        out.optional("android_package_name", &self.android_package_name);
        out.optional("institution_id", &self.institution_id);
        out.optional("user_token", &self.user_token);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenCreateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for LinkTokenCreateRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "LinkTokenCreateRequest",
        fields: &[
            "client_name",
            "language",
            "country_codes",
            "user",
            "client_id",
            "secret",
            "products",
            "additional_consented_products",
            "webhook",
            "access_token",
            "link_customization_name",
            "redirect_uri",
            "android_package_name",
            "institution_id",
            "user_token",
        ],
        keep: false,
    };
    type Slots = (
        (
            Option<String>,
            Option<String>,
            Option<Vec<super::CountryCode>>,
            Option<super::LinkTokenCreateRequestUser>,
            Option<String>,
            Option<String>,
            Option<Vec<super::Products>>,
            Option<Vec<super::Products>>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
        (Option<String>, Option<String>, Option<String>),
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0.0),
            1 => source.value(&mut slots.0.1),
            2 => source.value_or_empty(&mut slots.0.2),
            3 => source.value(&mut slots.0.3),
            4 => source.optional(&mut slots.0.4),
            5 => source.optional(&mut slots.0.5),
            6 => source.optional(&mut slots.0.6),
            7 => source.optional(&mut slots.0.7),
            8 => source.optional(&mut slots.0.8),
            9 => source.optional(&mut slots.0.9),
            10 => source.optional(&mut slots.0.10),
            11 => source.optional(&mut slots.0.11),
            12 => source.optional(&mut slots.1.0),
            13 => source.optional(&mut slots.1.1),
            14 => source.optional(&mut slots.1.2),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (
            (Some(v0), Some(v1), Some(v2), Some(v3), v4, v5, v6, v7, v8, v9, v10, v11),
            (v12, v13, v14),
        ) = slots else {
            return Err(&[0, 1, 2, 3]);
        };
        Ok(LinkTokenCreateRequest {
            client_name: v0,
            language: v1,
            country_codes: v2,
            user: v3,
            client_id: v4,
            secret: v5,
            products: v6,
            additional_consented_products: v7,
            webhook: v8,
            access_token: v9,
            link_customization_name: v10,
            redirect_uri: v11,
            android_package_name: v12,
            institution_id: v13,
            user_token: v14,
        })
    }
}
/// Builds a [`LinkTokenCreateRequest`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct LinkTokenCreateRequestBuilder {
    client_name: Option<String>,
    language: Option<String>,
    country_codes: Option<Vec<super::CountryCode>>,
    user: Option<super::LinkTokenCreateRequestUser>,
    client_id: Option<String>,
    secret: Option<String>,
    products: Option<Vec<super::Products>>,
    additional_consented_products: Option<Vec<super::Products>>,
    webhook: Option<String>,
    access_token: Option<String>,
    link_customization_name: Option<String>,
    redirect_uri: Option<String>,
    android_package_name: Option<String>,
    institution_id: Option<String>,
    user_token: Option<String>,
}
impl LinkTokenCreateRequestBuilder {
    /// Sets `client_name`.
    pub fn client_name(mut self, value: impl Into<String>) -> Self {
        self.client_name = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `country_codes`.
    pub fn country_codes(mut self, value: Vec<super::CountryCode>) -> Self {
        self.country_codes = Some(value);
        self
    }
    /// Sets `user`.
    pub fn user(mut self, value: super::LinkTokenCreateRequestUser) -> Self {
        self.user = Some(value);
        self
    }
    /// Sets `client_id`.
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets `products`.
    pub fn products(mut self, value: Vec<super::Products>) -> Self {
        self.products = Some(value);
        self
    }
    /// Sets `additional_consented_products`.
    pub fn additional_consented_products(mut self, value: Vec<super::Products>) -> Self {
        self.additional_consented_products = Some(value);
        self
    }
    /// Sets `webhook`.
    pub fn webhook(mut self, value: impl Into<String>) -> Self {
        self.webhook = Some(value.into());
        self
    }
    /// Sets `access_token`.
    pub fn access_token(mut self, value: impl Into<String>) -> Self {
        self.access_token = Some(value.into());
        self
    }
    /// Sets `link_customization_name`.
    pub fn link_customization_name(mut self, value: impl Into<String>) -> Self {
        self.link_customization_name = Some(value.into());
        self
    }
    /// Sets `redirect_uri`.
    pub fn redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.redirect_uri = Some(value.into());
        self
    }
    /// Sets `android_package_name`.
    pub fn android_package_name(mut self, value: impl Into<String>) -> Self {
        self.android_package_name = Some(value.into());
        self
    }
    /// Sets `institution_id`.
    pub fn institution_id(mut self, value: impl Into<String>) -> Self {
        self.institution_id = Some(value.into());
        self
    }
    /// Sets `user_token`.
    pub fn user_token(mut self, value: impl Into<String>) -> Self {
        self.user_token = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<LinkTokenCreateRequest, crate::BuildError> {
        let Self {
            client_name: Some(client_name),
            language: Some(language),
            country_codes: Some(country_codes),
            user: Some(user),
            client_id,
            secret,
            products,
            additional_consented_products,
            webhook,
            access_token,
            link_customization_name,
            redirect_uri,
            android_package_name,
            institution_id,
            user_token,
        } = self else {
            let field = if self.client_name.is_none() {
                "client_name"
            } else if self.language.is_none() {
                "language"
            } else if self.country_codes.is_none() {
                "country_codes"
            } else {
                "user"
            };
            return Err(crate::BuildError {
                model: "LinkTokenCreateRequest",
                field,
            });
        };
        Ok(LinkTokenCreateRequest {
            client_name,
            language,
            country_codes,
            user,
            client_id,
            secret,
            products,
            additional_consented_products,
            webhook,
            access_token,
            link_customization_name,
            redirect_uri,
            android_package_name,
            institution_id,
            user_token,
        })
    }
}
impl std::fmt::Debug for LinkTokenCreateRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkTokenCreateRequest")
            .field("client_name", &self.client_name)
            .field("language", &self.language)
            .field("country_codes", &self.country_codes)
            .field("user", &self.user)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .field("products", &self.products)
            .field("additional_consented_products", &self.additional_consented_products)
            .field("webhook", &self.webhook)
            .field("access_token", &self.access_token.as_ref().map(|_| super::Redacted))
            .field("link_customization_name", &self.link_customization_name)
            .field("redirect_uri", &self.redirect_uri)
            .field("android_package_name", &self.android_package_name)
            .field("institution_id", &self.institution_id)
            .field("user_token", &self.user_token.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// Information about the person who will link an account in this Link session.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkTokenCreateRequestUser {
    /// Your own stable identifier for the end user, such as an internal user number. Do not put personal data such as an email address or phone number here.
    pub client_user_id: String,
    /// The user's full legal name. Used by micro-deposit verification flows.
    pub legal_name: Option<String>,
    /// The user's phone number in E.164 form, for example `+14155550123`. Enables returning-user features.
    pub phone_number: Option<String>,
    /// The user's email address. Enables returning-user features.
    pub email_address: Option<String>,
    /// The user's date of birth as `YYYY-MM-DD`. May be null.
    pub date_of_birth: Option<::chrono::NaiveDate>,
}
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
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> LinkTokenCreateRequestUserBuilder {
        <LinkTokenCreateRequestUserBuilder as ::core::default::Default>::default()
    }
    /// Sets `legal_name`.
    pub fn with_legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
        self
    }
    /// Sets `phone_number`.
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets `email_address`.
    pub fn with_email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Sets `date_of_birth`.
    pub fn with_date_of_birth(mut self, value: ::chrono::NaiveDate) -> Self {
        self.date_of_birth = Some(value);
        self
    }
}
impl ::serde::Serialize for LinkTokenCreateRequestUser {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "LinkTokenCreateRequestUser",
            5,
        );
        out.field("client_user_id", &self.client_user_id);
        out.optional("legal_name", &self.legal_name);
        out.optional("phone_number", &self.phone_number);
        out.optional("email_address", &self.email_address);
        out.optional("date_of_birth", &self.date_of_birth);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenCreateRequestUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for LinkTokenCreateRequestUser {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "LinkTokenCreateRequestUser",
        fields: &[
            "client_user_id",
            "legal_name",
            "phone_number",
            "email_address",
            "date_of_birth",
        ],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<::chrono::NaiveDate>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.optional(&mut slots.1),
            2 => source.optional(&mut slots.2),
            3 => source.optional(&mut slots.3),
            4 => source.optional(&mut slots.4),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), v1, v2, v3, v4) = slots else {
            return Err(&[0]);
        };
        Ok(LinkTokenCreateRequestUser {
            client_user_id: v0,
            legal_name: v1,
            phone_number: v2,
            email_address: v3,
            date_of_birth: v4,
        })
    }
}
/// Builds a [`LinkTokenCreateRequestUser`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct LinkTokenCreateRequestUserBuilder {
    client_user_id: Option<String>,
    legal_name: Option<String>,
    phone_number: Option<String>,
    email_address: Option<String>,
    date_of_birth: Option<::chrono::NaiveDate>,
}
impl LinkTokenCreateRequestUserBuilder {
    /// Sets `client_user_id`.
    pub fn client_user_id(mut self, value: impl Into<String>) -> Self {
        self.client_user_id = Some(value.into());
        self
    }
    /// Sets `legal_name`.
    pub fn legal_name(mut self, value: impl Into<String>) -> Self {
        self.legal_name = Some(value.into());
        self
    }
    /// Sets `phone_number`.
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets `email_address`.
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Sets `date_of_birth`.
    pub fn date_of_birth(mut self, value: ::chrono::NaiveDate) -> Self {
        self.date_of_birth = Some(value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<LinkTokenCreateRequestUser, crate::BuildError> {
        let Self {
            client_user_id: Some(client_user_id),
            legal_name,
            phone_number,
            email_address,
            date_of_birth,
        } = self else {
            let field = { "client_user_id" };
            return Err(crate::BuildError {
                model: "LinkTokenCreateRequestUser",
                field,
            });
        };
        Ok(LinkTokenCreateRequestUser {
            client_user_id,
            legal_name,
            phone_number,
            email_address,
            date_of_birth,
        })
    }
}
/// LinkTokenCreateResponse defines the response schema for `/link/token/create`. It returns the short-lived token used to launch Link on the client.
#[derive(Clone, PartialEq)]
pub struct LinkTokenCreateResponse {
    /// Token to pass to Link on the client so the user can start the flow. Finishing the flow yields a `public_token`.
    pub link_token: String,
    /// Moment (ISO 8601) after which the `link_token` can no longer be used.
    pub expiration: ::chrono::DateTime<::chrono::Utc>,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// URL of a Plaid-hosted Link page; only present when Hosted Link was requested.
    pub hosted_link_url: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
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
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> LinkTokenCreateResponseBuilder {
        <LinkTokenCreateResponseBuilder as ::core::default::Default>::default()
    }
    /// Sets `hosted_link_url`.
    pub fn with_hosted_link_url(mut self, value: impl Into<String>) -> Self {
        self.hosted_link_url = Some(value.into());
        self
    }
}
impl ::serde::Serialize for LinkTokenCreateResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("link_token", &self.link_token);
        out.field("expiration", &self.expiration);
        out.field("request_id", &self.request_id);
        out.optional("hosted_link_url", &self.hosted_link_url);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenCreateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for LinkTokenCreateResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "LinkTokenCreateResponse",
        fields: &["link_token", "expiration", "request_id", "hosted_link_url"],
        keep: true,
    };
    type Slots = (
        Option<String>,
        Option<::chrono::DateTime<::chrono::Utc>>,
        Option<String>,
        Option<String>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.value(&mut slots.2),
            3 => source.optional(&mut slots.3),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.4, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3, v4) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(LinkTokenCreateResponse {
            link_token: v0,
            expiration: v1,
            request_id: v2,
            hosted_link_url: v3,
            additional_properties: v4,
        })
    }
}
/// Builds a [`LinkTokenCreateResponse`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct LinkTokenCreateResponseBuilder {
    link_token: Option<String>,
    expiration: Option<::chrono::DateTime<::chrono::Utc>>,
    request_id: Option<String>,
    hosted_link_url: Option<String>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl LinkTokenCreateResponseBuilder {
    /// Sets `link_token`.
    pub fn link_token(mut self, value: impl Into<String>) -> Self {
        self.link_token = Some(value.into());
        self
    }
    /// Sets `expiration`.
    pub fn expiration(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.expiration = Some(value);
        self
    }
    /// Sets `request_id`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets `hosted_link_url`.
    pub fn hosted_link_url(mut self, value: impl Into<String>) -> Self {
        self.hosted_link_url = Some(value.into());
        self
    }
    /// Sets one property beyond the documented ones.
    pub fn property(
        mut self,
        key: impl Into<String>,
        value: ::serde_json::Value,
    ) -> Self {
        self.additional_properties.insert(key.into(), value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<LinkTokenCreateResponse, crate::BuildError> {
        let Self {
            link_token: Some(link_token),
            expiration: Some(expiration),
            request_id: Some(request_id),
            hosted_link_url,
            additional_properties,
        } = self else {
            let field = if self.link_token.is_none() {
                "link_token"
            } else if self.expiration.is_none() {
                "expiration"
            } else {
                "request_id"
            };
            return Err(crate::BuildError {
                model: "LinkTokenCreateResponse",
                field,
            });
        };
        Ok(LinkTokenCreateResponse {
            link_token,
            expiration,
            request_id,
            hosted_link_url,
            additional_properties,
        })
    }
}
impl std::fmt::Debug for LinkTokenCreateResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkTokenCreateResponse")
            .field("link_token", &super::Redacted)
            .field("expiration", &self.expiration)
            .field("request_id", &self.request_id)
            .field("hosted_link_url", &self.hosted_link_url)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}
/// Settings that were supplied when the `link_token` was created, as reported back by `/link/token/get`.
#[derive(Clone, Debug, PartialEq)]
pub struct LinkTokenGetMetadataResponse {
    /// Value of `products` given at creation time.
    pub initial_products: Vec<super::Products>,
    /// Value of `webhook` given at creation time, or null.
    pub webhook: Option<String>,
    /// Value of `country_codes` given at creation time.
    pub country_codes: Vec<super::CountryCode>,
    /// Value of `language` given at creation time, or null.
    pub language: Option<String>,
    /// Value of `redirect_uri` given at creation time, or null.
    pub redirect_uri: Option<String>,
    /// Value of `client_name` given at creation time, or null.
    pub client_name: Option<String>,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl LinkTokenGetMetadataResponse {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> LinkTokenGetMetadataResponseBuilder {
        <LinkTokenGetMetadataResponseBuilder as ::core::default::Default>::default()
    }
    /// Sets `webhook`.
    pub fn with_webhook(mut self, value: impl Into<String>) -> Self {
        self.webhook = Some(value.into());
        self
    }
    /// Sets `language`.
    pub fn with_language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `redirect_uri`.
    pub fn with_redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.redirect_uri = Some(value.into());
        self
    }
    /// Sets `client_name`.
    pub fn with_client_name(mut self, value: impl Into<String>) -> Self {
        self.client_name = Some(value.into());
        self
    }
}
impl ::serde::Serialize for LinkTokenGetMetadataResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("initial_products", &self.initial_products);
        out.field("webhook", &self.webhook);
        out.field("country_codes", &self.country_codes);
        out.field("language", &self.language);
        out.field("redirect_uri", &self.redirect_uri);
        out.field("client_name", &self.client_name);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenGetMetadataResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for LinkTokenGetMetadataResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "LinkTokenGetMetadataResponse",
        fields: &[
            "initial_products",
            "webhook",
            "country_codes",
            "language",
            "redirect_uri",
            "client_name",
        ],
        keep: true,
    };
    type Slots = (
        Option<Vec<super::Products>>,
        Option<String>,
        Option<Vec<super::CountryCode>>,
        Option<String>,
        Option<String>,
        Option<String>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value_or_empty(&mut slots.0),
            1 => source.nullable(&mut slots.1),
            2 => source.value_or_empty(&mut slots.2),
            3 => source.nullable(&mut slots.3),
            4 => source.nullable(&mut slots.4),
            5 => source.nullable(&mut slots.5),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.6, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), v1, Some(v2), v3, v4, v5, v6) = slots else {
            return Err(&[0, 2]);
        };
        Ok(LinkTokenGetMetadataResponse {
            initial_products: v0,
            webhook: v1,
            country_codes: v2,
            language: v3,
            redirect_uri: v4,
            client_name: v5,
            additional_properties: v6,
        })
    }
}
/// Builds a [`LinkTokenGetMetadataResponse`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct LinkTokenGetMetadataResponseBuilder {
    initial_products: Option<Vec<super::Products>>,
    webhook: Option<String>,
    country_codes: Option<Vec<super::CountryCode>>,
    language: Option<String>,
    redirect_uri: Option<String>,
    client_name: Option<String>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl LinkTokenGetMetadataResponseBuilder {
    /// Sets `initial_products`.
    pub fn initial_products(mut self, value: Vec<super::Products>) -> Self {
        self.initial_products = Some(value);
        self
    }
    /// Sets `webhook`.
    pub fn webhook(mut self, value: impl Into<String>) -> Self {
        self.webhook = Some(value.into());
        self
    }
    /// Sets `country_codes`.
    pub fn country_codes(mut self, value: Vec<super::CountryCode>) -> Self {
        self.country_codes = Some(value);
        self
    }
    /// Sets `language`.
    pub fn language(mut self, value: impl Into<String>) -> Self {
        self.language = Some(value.into());
        self
    }
    /// Sets `redirect_uri`.
    pub fn redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.redirect_uri = Some(value.into());
        self
    }
    /// Sets `client_name`.
    pub fn client_name(mut self, value: impl Into<String>) -> Self {
        self.client_name = Some(value.into());
        self
    }
    /// Sets one property beyond the documented ones.
    pub fn property(
        mut self,
        key: impl Into<String>,
        value: ::serde_json::Value,
    ) -> Self {
        self.additional_properties.insert(key.into(), value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<LinkTokenGetMetadataResponse, crate::BuildError> {
        let Self {
            initial_products: Some(initial_products),
            webhook,
            country_codes: Some(country_codes),
            language,
            redirect_uri,
            client_name,
            additional_properties,
        } = self else {
            let field = if self.initial_products.is_none() {
                "initial_products"
            } else {
                "country_codes"
            };
            return Err(crate::BuildError {
                model: "LinkTokenGetMetadataResponse",
                field,
            });
        };
        Ok(LinkTokenGetMetadataResponse {
            initial_products,
            webhook,
            country_codes,
            language,
            redirect_uri,
            client_name,
            additional_properties,
        })
    }
}
/// LinkTokenGetRequest defines the request schema for `/link/token/get`
#[derive(Clone, PartialEq)]
pub struct LinkTokenGetRequest {
    /// A `link_token` from a previous invocation of `/link/token/create`
    pub link_token: String,
    /// Your Plaid API `client_id`. The `client_id` is required and may be provided either in the `PLAID-CLIENT-ID` header or as part of a request body.
    pub client_id: Option<String>,
    /// Your Plaid API `secret`. The `secret` is required and may be provided either in the `PLAID-SECRET` header or as part of a request body.
    pub secret: Option<String>,
}
impl LinkTokenGetRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(link_token: impl Into<String>) -> Self {
        Self {
            link_token: link_token.into(),
            client_id: None,
            secret: None,
        }
    }
    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// Sets `secret`.
    pub fn with_secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
}
impl ::serde::Serialize for LinkTokenGetRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "LinkTokenGetRequest",
            3,
        );
        out.field("link_token", &self.link_token);
        out.optional("client_id", &self.client_id);
        out.optional("secret", &self.secret);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenGetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for LinkTokenGetRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "LinkTokenGetRequest",
        fields: &["link_token", "client_id", "secret"],
        keep: false,
    };
    type Slots = (Option<String>, Option<String>, Option<String>);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.optional(&mut slots.1),
            2 => source.optional(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), v1, v2) = slots else {
            return Err(&[0]);
        };
        Ok(LinkTokenGetRequest {
            link_token: v0,
            client_id: v1,
            secret: v2,
        })
    }
}
impl std::fmt::Debug for LinkTokenGetRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkTokenGetRequest")
            .field("link_token", &super::Redacted)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// LinkTokenGetResponse defines the response schema for `/link/token/get`. It echoes the settings a `link_token` was created with, together with its lifetime.
#[derive(Clone, PartialEq)]
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
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl LinkTokenGetResponse {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> LinkTokenGetResponseBuilder {
        <LinkTokenGetResponseBuilder as ::core::default::Default>::default()
    }
    /// Sets `created_at`.
    pub fn with_created_at(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }
    /// Sets `expiration`.
    pub fn with_expiration(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.expiration = Some(value);
        self
    }
}
impl ::serde::Serialize for LinkTokenGetResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("link_token", &self.link_token);
        out.field("created_at", &self.created_at);
        out.field("expiration", &self.expiration);
        out.field("metadata", &self.metadata);
        out.field("request_id", &self.request_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenGetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for LinkTokenGetResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "LinkTokenGetResponse",
        fields: &["link_token", "created_at", "expiration", "metadata", "request_id"],
        keep: true,
    };
    type Slots = (
        Option<String>,
        Option<::chrono::DateTime<::chrono::Utc>>,
        Option<::chrono::DateTime<::chrono::Utc>>,
        Option<super::LinkTokenGetMetadataResponse>,
        Option<String>,
        std::collections::BTreeMap<String, ::serde_json::Value>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.nullable(&mut slots.1),
            2 => source.nullable(&mut slots.2),
            3 => source.value(&mut slots.3),
            4 => source.value(&mut slots.4),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.5, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), v1, v2, Some(v3), Some(v4), v5) = slots else {
            return Err(&[0, 3, 4]);
        };
        Ok(LinkTokenGetResponse {
            link_token: v0,
            created_at: v1,
            expiration: v2,
            metadata: v3,
            request_id: v4,
            additional_properties: v5,
        })
    }
}
/// Builds a [`LinkTokenGetResponse`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct LinkTokenGetResponseBuilder {
    link_token: Option<String>,
    created_at: Option<::chrono::DateTime<::chrono::Utc>>,
    expiration: Option<::chrono::DateTime<::chrono::Utc>>,
    metadata: Option<super::LinkTokenGetMetadataResponse>,
    request_id: Option<String>,
    additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl LinkTokenGetResponseBuilder {
    /// Sets `link_token`.
    pub fn link_token(mut self, value: impl Into<String>) -> Self {
        self.link_token = Some(value.into());
        self
    }
    /// Sets `created_at`.
    pub fn created_at(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created_at = Some(value);
        self
    }
    /// Sets `expiration`.
    pub fn expiration(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.expiration = Some(value);
        self
    }
    /// Sets `metadata`.
    pub fn metadata(mut self, value: super::LinkTokenGetMetadataResponse) -> Self {
        self.metadata = Some(value);
        self
    }
    /// Sets `request_id`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets one property beyond the documented ones.
    pub fn property(
        mut self,
        key: impl Into<String>,
        value: ::serde_json::Value,
    ) -> Self {
        self.additional_properties.insert(key.into(), value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<LinkTokenGetResponse, crate::BuildError> {
        let Self {
            link_token: Some(link_token),
            created_at,
            expiration,
            metadata: Some(metadata),
            request_id: Some(request_id),
            additional_properties,
        } = self else {
            let field = if self.link_token.is_none() {
                "link_token"
            } else if self.metadata.is_none() {
                "metadata"
            } else {
                "request_id"
            };
            return Err(crate::BuildError {
                model: "LinkTokenGetResponse",
                field,
            });
        };
        Ok(LinkTokenGetResponse {
            link_token,
            created_at,
            expiration,
            metadata,
            request_id,
            additional_properties,
        })
    }
}
impl std::fmt::Debug for LinkTokenGetResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkTokenGetResponse")
            .field("link_token", &super::Redacted)
            .field("created_at", &self.created_at)
            .field("expiration", &self.expiration)
            .field("metadata", &self.metadata)
            .field("request_id", &self.request_id)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}
