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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("LinkTokenCreateRequest", 15)?;
        state.serialize_field("client_name", &self.client_name)?;
        state.serialize_field("language", &self.language)?;
        state.serialize_field("country_codes", &self.country_codes)?;
        state.serialize_field("user", &self.user)?;
        if self.client_id.is_some() {
            state.serialize_field("client_id", &self.client_id)?;
        }
        if self.secret.is_some() {
            state.serialize_field("secret", &self.secret)?;
        }
        if self.products.is_some() {
            state.serialize_field("products", &self.products)?;
        }
        if self.additional_consented_products.is_some() {
            state
                .serialize_field(
                    "additional_consented_products",
                    &self.additional_consented_products,
                )?;
        }
        if self.webhook.is_some() {
            state.serialize_field("webhook", &self.webhook)?;
        }
        if self.access_token.is_some() {
            state.serialize_field("access_token", &self.access_token)?;
        }
        if self.link_customization_name.is_some() {
            state
                .serialize_field(
                    "link_customization_name",
                    &self.link_customization_name,
                )?;
        }
        if self.redirect_uri.is_some() {
            state.serialize_field("redirect_uri", &self.redirect_uri)?;
        }
        if self.android_package_name.is_some() {
            state.serialize_field("android_package_name", &self.android_package_name)?;
        }
        if self.institution_id.is_some() {
            state.serialize_field("institution_id", &self.institution_id)?;
        }
        if self.user_token.is_some() {
            state.serialize_field("user_token", &self.user_token)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenCreateRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
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
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = LinkTokenCreateRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "LinkTokenCreateRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<LinkTokenCreateRequest, A::Error> {
                Ok(LinkTokenCreateRequest {
                    client_name: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct LinkTokenCreateRequest with 15 elements",
                    )?,
                    language: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct LinkTokenCreateRequest with 15 elements",
                    )?,
                    country_codes: crate::runtime::wire::element_or_empty(
                        &mut seq,
                        2,
                        "struct LinkTokenCreateRequest with 15 elements",
                    )?,
                    user: crate::runtime::wire::element(
                        &mut seq,
                        3,
                        "struct LinkTokenCreateRequest with 15 elements",
                    )?,
                    client_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    secret: crate::runtime::wire::element_or_default(&mut seq)?,
                    products: crate::runtime::wire::element_or_default(&mut seq)?,
                    additional_consented_products: crate::runtime::wire::element_or_default(
                        &mut seq,
                    )?,
                    webhook: crate::runtime::wire::element_or_default(&mut seq)?,
                    access_token: crate::runtime::wire::element_or_default(&mut seq)?,
                    link_customization_name: crate::runtime::wire::element_or_default(
                        &mut seq,
                    )?,
                    redirect_uri: crate::runtime::wire::element_or_default(&mut seq)?,
                    android_package_name: crate::runtime::wire::element_or_default(
                        &mut seq,
                    )?,
                    institution_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    user_token: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LinkTokenCreateRequest, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<Vec<super::CountryCode>> = None;
                let mut v3: Option<super::LinkTokenCreateRequestUser> = None;
                let mut v4: Option<Option<String>> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<Option<Vec<super::Products>>> = None;
                let mut v7: Option<Option<Vec<super::Products>>> = None;
                let mut v8: Option<Option<String>> = None;
                let mut v9: Option<Option<String>> = None;
                let mut v10: Option<Option<String>> = None;
                let mut v11: Option<Option<String>> = None;
                let mut v12: Option<Option<String>> = None;
                let mut v13: Option<Option<String>> = None;
                let mut v14: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "client_name",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "language")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v2,
                                "country_codes",
                            )?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "user")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "client_id")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(&mut map, &mut v5, "secret")?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(&mut map, &mut v6, "products")?
                        }
                        crate::runtime::wire::Key::Field(7) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v7,
                                "additional_consented_products",
                            )?
                        }
                        crate::runtime::wire::Key::Field(8) => {
                            crate::runtime::wire::value(&mut map, &mut v8, "webhook")?
                        }
                        crate::runtime::wire::Key::Field(9) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v9,
                                "access_token",
                            )?
                        }
                        crate::runtime::wire::Key::Field(10) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v10,
                                "link_customization_name",
                            )?
                        }
                        crate::runtime::wire::Key::Field(11) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v11,
                                "redirect_uri",
                            )?
                        }
                        crate::runtime::wire::Key::Field(12) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v12,
                                "android_package_name",
                            )?
                        }
                        crate::runtime::wire::Key::Field(13) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v13,
                                "institution_id",
                            )?
                        }
                        crate::runtime::wire::Key::Field(14) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v14,
                                "user_token",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(LinkTokenCreateRequest {
                    client_name: crate::runtime::wire::required(v0, "client_name")?,
                    language: crate::runtime::wire::required(v1, "language")?,
                    country_codes: crate::runtime::wire::required(v2, "country_codes")?,
                    user: crate::runtime::wire::required(v3, "user")?,
                    client_id: v4.unwrap_or_default(),
                    secret: v5.unwrap_or_default(),
                    products: v6.unwrap_or_default(),
                    additional_consented_products: v7.unwrap_or_default(),
                    webhook: v8.unwrap_or_default(),
                    access_token: v9.unwrap_or_default(),
                    link_customization_name: v10.unwrap_or_default(),
                    redirect_uri: v11.unwrap_or_default(),
                    android_package_name: v12.unwrap_or_default(),
                    institution_id: v13.unwrap_or_default(),
                    user_token: v14.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("LinkTokenCreateRequest", FIELDS, __Visitor)
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
        let missing = |field| crate::BuildError {
            model: "LinkTokenCreateRequest",
            field,
        };
        Ok(LinkTokenCreateRequest {
            client_name: self.client_name.ok_or(missing("client_name"))?,
            language: self.language.ok_or(missing("language"))?,
            country_codes: self.country_codes.ok_or(missing("country_codes"))?,
            user: self.user.ok_or(missing("user"))?,
            client_id: self.client_id,
            secret: self.secret,
            products: self.products,
            additional_consented_products: self.additional_consented_products,
            webhook: self.webhook,
            access_token: self.access_token,
            link_customization_name: self.link_customization_name,
            redirect_uri: self.redirect_uri,
            android_package_name: self.android_package_name,
            institution_id: self.institution_id,
            user_token: self.user_token,
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("LinkTokenCreateRequestUser", 5)?;
        state.serialize_field("client_user_id", &self.client_user_id)?;
        if self.legal_name.is_some() {
            state.serialize_field("legal_name", &self.legal_name)?;
        }
        if self.phone_number.is_some() {
            state.serialize_field("phone_number", &self.phone_number)?;
        }
        if self.email_address.is_some() {
            state.serialize_field("email_address", &self.email_address)?;
        }
        if self.date_of_birth.is_some() {
            state.serialize_field("date_of_birth", &self.date_of_birth)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenCreateRequestUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "client_user_id",
            "legal_name",
            "phone_number",
            "email_address",
            "date_of_birth",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = LinkTokenCreateRequestUser;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "LinkTokenCreateRequestUser")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<LinkTokenCreateRequestUser, A::Error> {
                Ok(LinkTokenCreateRequestUser {
                    client_user_id: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct LinkTokenCreateRequestUser with 5 elements",
                    )?,
                    legal_name: crate::runtime::wire::element_or_default(&mut seq)?,
                    phone_number: crate::runtime::wire::element_or_default(&mut seq)?,
                    email_address: crate::runtime::wire::element_or_default(&mut seq)?,
                    date_of_birth: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LinkTokenCreateRequestUser, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<Option<String>> = None;
                let mut v2: Option<Option<String>> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<Option<::chrono::NaiveDate>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "client_user_id",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "legal_name")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v2,
                                "phone_number",
                            )?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v3,
                                "email_address",
                            )?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v4,
                                "date_of_birth",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(LinkTokenCreateRequestUser {
                    client_user_id: crate::runtime::wire::required(
                        v0,
                        "client_user_id",
                    )?,
                    legal_name: v1.unwrap_or_default(),
                    phone_number: v2.unwrap_or_default(),
                    email_address: v3.unwrap_or_default(),
                    date_of_birth: v4.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("LinkTokenCreateRequestUser", FIELDS, __Visitor)
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
        let missing = |field| crate::BuildError {
            model: "LinkTokenCreateRequestUser",
            field,
        };
        Ok(LinkTokenCreateRequestUser {
            client_user_id: self.client_user_id.ok_or(missing("client_user_id"))?,
            legal_name: self.legal_name,
            phone_number: self.phone_number,
            email_address: self.email_address,
            date_of_birth: self.date_of_birth,
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
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("link_token", &self.link_token)?;
        state.serialize_entry("expiration", &self.expiration)?;
        state.serialize_entry("request_id", &self.request_id)?;
        if self.hosted_link_url.is_some() {
            state.serialize_entry("hosted_link_url", &self.hosted_link_url)?;
        }
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenCreateResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "link_token",
            "expiration",
            "request_id",
            "hosted_link_url",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = LinkTokenCreateResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "LinkTokenCreateResponse")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LinkTokenCreateResponse, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<::chrono::DateTime<::chrono::Utc>> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<Option<String>> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "link_token")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "expiration")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "request_id")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v3,
                                "hosted_link_url",
                            )?
                        }
                        crate::runtime::wire::Key::Other(key) => {
                            crate::runtime::wire::other(
                                &mut map,
                                &mut additional_properties,
                                key,
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(LinkTokenCreateResponse {
                    link_token: crate::runtime::wire::required(v0, "link_token")?,
                    expiration: crate::runtime::wire::required(v1, "expiration")?,
                    request_id: crate::runtime::wire::required(v2, "request_id")?,
                    hosted_link_url: v3.unwrap_or_default(),
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        let missing = |field| crate::BuildError {
            model: "LinkTokenCreateResponse",
            field,
        };
        Ok(LinkTokenCreateResponse {
            link_token: self.link_token.ok_or(missing("link_token"))?,
            expiration: self.expiration.ok_or(missing("expiration"))?,
            request_id: self.request_id.ok_or(missing("request_id"))?,
            hosted_link_url: self.hosted_link_url,
            additional_properties: self.additional_properties,
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
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("initial_products", &self.initial_products)?;
        state.serialize_entry("webhook", &self.webhook)?;
        state.serialize_entry("country_codes", &self.country_codes)?;
        state.serialize_entry("language", &self.language)?;
        state.serialize_entry("redirect_uri", &self.redirect_uri)?;
        state.serialize_entry("client_name", &self.client_name)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenGetMetadataResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "initial_products",
            "webhook",
            "country_codes",
            "language",
            "redirect_uri",
            "client_name",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = LinkTokenGetMetadataResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "LinkTokenGetMetadataResponse")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LinkTokenGetMetadataResponse, A::Error> {
                let mut v0: Option<Vec<super::Products>> = None;
                let mut v1: Option<Option<String>> = None;
                let mut v2: Option<Vec<super::CountryCode>> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<Option<String>> = None;
                let mut v5: Option<Option<String>> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v0,
                                "initial_products",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "webhook")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v2,
                                "country_codes",
                            )?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "language")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v4,
                                "redirect_uri",
                            )?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "client_name",
                            )?
                        }
                        crate::runtime::wire::Key::Other(key) => {
                            crate::runtime::wire::other(
                                &mut map,
                                &mut additional_properties,
                                key,
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(LinkTokenGetMetadataResponse {
                    initial_products: crate::runtime::wire::required(
                        v0,
                        "initial_products",
                    )?,
                    webhook: v1.unwrap_or_default(),
                    country_codes: crate::runtime::wire::required(v2, "country_codes")?,
                    language: v3.unwrap_or_default(),
                    redirect_uri: v4.unwrap_or_default(),
                    client_name: v5.unwrap_or_default(),
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        let missing = |field| crate::BuildError {
            model: "LinkTokenGetMetadataResponse",
            field,
        };
        Ok(LinkTokenGetMetadataResponse {
            initial_products: self.initial_products.ok_or(missing("initial_products"))?,
            webhook: self.webhook,
            country_codes: self.country_codes.ok_or(missing("country_codes"))?,
            language: self.language,
            redirect_uri: self.redirect_uri,
            client_name: self.client_name,
            additional_properties: self.additional_properties,
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("LinkTokenGetRequest", 3)?;
        state.serialize_field("link_token", &self.link_token)?;
        if self.client_id.is_some() {
            state.serialize_field("client_id", &self.client_id)?;
        }
        if self.secret.is_some() {
            state.serialize_field("secret", &self.secret)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenGetRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["link_token", "client_id", "secret"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = LinkTokenGetRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "LinkTokenGetRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<LinkTokenGetRequest, A::Error> {
                Ok(LinkTokenGetRequest {
                    link_token: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct LinkTokenGetRequest with 3 elements",
                    )?,
                    client_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    secret: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LinkTokenGetRequest, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<Option<String>> = None;
                let mut v2: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "link_token")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "client_id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "secret")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(LinkTokenGetRequest {
                    link_token: crate::runtime::wire::required(v0, "link_token")?,
                    client_id: v1.unwrap_or_default(),
                    secret: v2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("LinkTokenGetRequest", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("link_token", &self.link_token)?;
        state.serialize_entry("created_at", &self.created_at)?;
        state.serialize_entry("expiration", &self.expiration)?;
        state.serialize_entry("metadata", &self.metadata)?;
        state.serialize_entry("request_id", &self.request_id)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for LinkTokenGetResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "link_token",
            "created_at",
            "expiration",
            "metadata",
            "request_id",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = LinkTokenGetResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "LinkTokenGetResponse")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<LinkTokenGetResponse, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<Option<::chrono::DateTime<::chrono::Utc>>> = None;
                let mut v2: Option<Option<::chrono::DateTime<::chrono::Utc>>> = None;
                let mut v3: Option<super::LinkTokenGetMetadataResponse> = None;
                let mut v4: Option<String> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "link_token")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "created_at")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "expiration")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "metadata")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "request_id")?
                        }
                        crate::runtime::wire::Key::Other(key) => {
                            crate::runtime::wire::other(
                                &mut map,
                                &mut additional_properties,
                                key,
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(LinkTokenGetResponse {
                    link_token: crate::runtime::wire::required(v0, "link_token")?,
                    created_at: v1.unwrap_or_default(),
                    expiration: v2.unwrap_or_default(),
                    metadata: crate::runtime::wire::required(v3, "metadata")?,
                    request_id: crate::runtime::wire::required(v4, "request_id")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
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
        let missing = |field| crate::BuildError {
            model: "LinkTokenGetResponse",
            field,
        };
        Ok(LinkTokenGetResponse {
            link_token: self.link_token.ok_or(missing("link_token"))?,
            created_at: self.created_at,
            expiration: self.expiration,
            metadata: self.metadata.ok_or(missing("metadata"))?,
            request_id: self.request_id.ok_or(missing("request_id"))?,
            additional_properties: self.additional_properties,
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
