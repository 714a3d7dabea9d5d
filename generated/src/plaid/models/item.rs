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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "ItemPublicTokenExchangeRequest",
            3,
        );
        out.field("public_token", &self.public_token);
        out.optional("client_id", &self.client_id);
        out.optional("secret", &self.secret);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemPublicTokenExchangeRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for ItemPublicTokenExchangeRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "ItemPublicTokenExchangeRequest",
        fields: &["public_token", "client_id", "secret"],
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
        Ok(ItemPublicTokenExchangeRequest {
            public_token: v0,
            client_id: v1,
            secret: v2,
        })
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
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("access_token", &self.access_token);
        out.field("item_id", &self.item_id);
        out.field("request_id", &self.request_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemPublicTokenExchangeResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for ItemPublicTokenExchangeResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "ItemPublicTokenExchangeResponse",
        fields: &["access_token", "item_id", "request_id"],
        keep: true,
    };
    type Slots = (
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
            0 => source.value(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.value(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.3, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(ItemPublicTokenExchangeResponse {
            access_token: v0,
            item_id: v1,
            request_id: v2,
            additional_properties: v3,
        })
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "ItemRemoveRequest",
            3,
        );
        out.field("access_token", &self.access_token);
        out.optional("client_id", &self.client_id);
        out.optional("secret", &self.secret);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemRemoveRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for ItemRemoveRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "ItemRemoveRequest",
        fields: &["access_token", "client_id", "secret"],
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
        Ok(ItemRemoveRequest {
            access_token: v0,
            client_id: v1,
            secret: v2,
        })
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
        let mut out = crate::runtime::wire::Entries::new(serializer);
        out.field("request_id", &self.request_id);
        out.rest(&self.additional_properties)
    }
}
impl<'de> ::serde::Deserialize<'de> for ItemRemoveResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for ItemRemoveResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "ItemRemoveResponse",
        fields: &["request_id"],
        keep: true,
    };
    type Slots = (
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
            _ => source.skip(),
        }
    }
    fn other<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        key: String,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        source.other(&mut slots.1, key)
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), v1) = slots else {
            return Err(&[0]);
        };
        Ok(ItemRemoveResponse {
            request_id: v0,
            additional_properties: v1,
        })
    }
}
