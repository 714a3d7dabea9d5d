// @generated from specs/plaid/: the models of the `item` operations. Do not edit: run `cargo run -p generator -- generate`.

/// ItemPublicTokenExchangeRequest defines the request schema for `/item/public_token/exchange`. It trades the temporary public token from Link for a lasting access token.
#[derive(Clone, PartialEq)]
pub struct ItemPublicTokenExchangeRequest {
    /// The public token received from Link's `onSuccess` callback (or from the Sandbox).
    pub public_token: String,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    pub secret: Option<String>,
}
impl ItemPublicTokenExchangeRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(public_token: impl Into<String>) -> Self {
        Self {
            public_token: public_token.into(),
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
impl ::serde::Serialize for ItemPublicTokenExchangeRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("ItemPublicTokenExchangeRequest", 3)?;
        state.serialize_field("public_token", &self.public_token)?;
        if self.client_id.is_some() {
            state.serialize_field("client_id", &self.client_id)?;
        }
        if self.secret.is_some() {
            state.serialize_field("secret", &self.secret)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemPublicTokenExchangeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["public_token", "client_id", "secret"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ItemPublicTokenExchangeRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "ItemPublicTokenExchangeRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<ItemPublicTokenExchangeRequest, A::Error> {
                Ok(ItemPublicTokenExchangeRequest {
                    public_token: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct ItemPublicTokenExchangeRequest with 3 elements",
                    )?,
                    client_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    secret: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ItemPublicTokenExchangeRequest, A::Error> {
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
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "public_token",
                            )?
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
                Ok(ItemPublicTokenExchangeRequest {
                    public_token: crate::runtime::wire::required(v0, "public_token")?,
                    client_id: v1.unwrap_or_default(),
                    secret: v2.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct("ItemPublicTokenExchangeRequest", FIELDS, __Visitor)
    }
}
impl std::fmt::Debug for ItemPublicTokenExchangeRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemPublicTokenExchangeRequest")
            .field("public_token", &super::Redacted)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// ItemPublicTokenExchangeResponse defines the response schema for `/item/public_token/exchange`. It holds the access token and the ID of the linked Item.
#[derive(Clone, PartialEq)]
pub struct ItemPublicTokenExchangeResponse {
    /// Long-lived token that authorises calls for this Item. Keep it secret on your server.
    pub access_token: String,
    /// Identifier of the Item, i.e. the login at one institution. Case sensitive.
    pub item_id: String,
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ItemPublicTokenExchangeResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        access_token: impl Into<String>,
        item_id: impl Into<String>,
        request_id: impl Into<String>,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            item_id: item_id.into(),
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
impl ::serde::Serialize for ItemPublicTokenExchangeResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("access_token", &self.access_token)?;
        state.serialize_entry("item_id", &self.item_id)?;
        state.serialize_entry("request_id", &self.request_id)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemPublicTokenExchangeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["access_token", "item_id", "request_id"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ItemPublicTokenExchangeResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "ItemPublicTokenExchangeResponse")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ItemPublicTokenExchangeResponse, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "access_token",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "item_id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "request_id")?
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
                Ok(ItemPublicTokenExchangeResponse {
                    access_token: crate::runtime::wire::required(v0, "access_token")?,
                    item_id: crate::runtime::wire::required(v1, "item_id")?,
                    request_id: crate::runtime::wire::required(v2, "request_id")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
impl std::fmt::Debug for ItemPublicTokenExchangeResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemPublicTokenExchangeResponse")
            .field("access_token", &super::Redacted)
            .field("item_id", &self.item_id)
            .field("request_id", &self.request_id)
            .field("additional_properties", &self.additional_properties)
            .finish()
    }
}
/// ItemRemoveRequest defines the request schema for `/item/remove`. It deletes an Item and revokes its access token.
#[derive(Clone, PartialEq)]
pub struct ItemRemoveRequest {
    /// Access token of the Item to delete.
    pub access_token: String,
    /// Plaid client ID for your team. Leave it out of the body when you send it in the `PLAID-CLIENT-ID` header instead; one of the two is needed.
    pub client_id: Option<String>,
    /// Plaid secret for the environment you are calling. Leave it out of the body when you send it in the `PLAID-SECRET` header instead; one of the two is needed.
    pub secret: Option<String>,
}
impl ItemRemoveRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(access_token: impl Into<String>) -> Self {
        Self {
            access_token: access_token.into(),
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
impl ::serde::Serialize for ItemRemoveRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("ItemRemoveRequest", 3)?;
        state.serialize_field("access_token", &self.access_token)?;
        if self.client_id.is_some() {
            state.serialize_field("client_id", &self.client_id)?;
        }
        if self.secret.is_some() {
            state.serialize_field("secret", &self.secret)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemRemoveRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["access_token", "client_id", "secret"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ItemRemoveRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "ItemRemoveRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<ItemRemoveRequest, A::Error> {
                Ok(ItemRemoveRequest {
                    access_token: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct ItemRemoveRequest with 3 elements",
                    )?,
                    client_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    secret: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ItemRemoveRequest, A::Error> {
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
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v0,
                                "access_token",
                            )?
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
                Ok(ItemRemoveRequest {
                    access_token: crate::runtime::wire::required(v0, "access_token")?,
                    client_id: v1.unwrap_or_default(),
                    secret: v2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ItemRemoveRequest", FIELDS, __Visitor)
    }
}
impl std::fmt::Debug for ItemRemoveRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemRemoveRequest")
            .field("access_token", &super::Redacted)
            .field("client_id", &self.client_id)
            .field("secret", &self.secret.as_ref().map(|_| super::Redacted))
            .finish()
    }
}
/// ItemRemoveResponse defines the response schema for `/item/remove`. A successful reply only carries the request identifier.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemRemoveResponse {
    /// Identifier Plaid assigns to this call; quote it when contacting Plaid support. Case sensitive.
    pub request_id: String,
    /// Properties beyond the documented ones, kept as received.
    pub additional_properties: std::collections::BTreeMap<String, ::serde_json::Value>,
}
impl ItemRemoveResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            additional_properties: std::collections::BTreeMap::new(),
        }
    }
}
impl ::serde::Serialize for ItemRemoveResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut state = serializer.serialize_map(None)?;
        state.serialize_entry("request_id", &self.request_id)?;
        for (key, value) in &self.additional_properties {
            state.serialize_entry(key, value)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemRemoveResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["request_id"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ItemRemoveResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "ItemRemoveResponse")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ItemRemoveResponse, A::Error> {
                let mut v0: Option<String> = None;
                let mut additional_properties = std::collections::BTreeMap::new();
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    true,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "request_id")?
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
                Ok(ItemRemoveResponse {
                    request_id: crate::runtime::wire::required(v0, "request_id")?,
                    additional_properties,
                })
            }
        }
        deserializer.deserialize_map(__Visitor)
    }
}
