// @generated from specs/dwolla/: the models of the `client_tokens` operations. Do not edit: run `cargo run -p generator -- generate`.

/// Link to a Customer resource.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateClientTokenCustomer {
    /// URL of the Customer who will use the drop-in component.
    ///
    /// Example: `https://api-sandbox.dwolla.com/customers/a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub href: String,
}
impl CreateClientTokenCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(href: impl Into<String>) -> Self {
        Self { href: href.into() }
    }
}
impl ::serde::Serialize for CreateClientTokenCustomer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateClientTokenCustomer",
            1,
        );
        out.field("href", &self.href);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateClientTokenCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateClientTokenCustomer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateClientTokenCustomer",
        fields: &["href"],
        keep: false,
    };
    type Slots = (Option<String>,);
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
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0),) = slots else {
            return Err(&[0]);
        };
        Ok(CreateClientTokenCustomer {
            href: v0,
        })
    }
}
/// Links identifying the Customer the client token is issued for.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateClientTokenLinks {
    /// Link to the Customer.
    pub customer: super::CreateClientTokenCustomer,
}
impl CreateClientTokenLinks {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(customer: super::CreateClientTokenCustomer) -> Self {
        Self { customer }
    }
}
impl ::serde::Serialize for CreateClientTokenLinks {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateClientTokenLinks",
            1,
        );
        out.field("customer", &self.customer);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateClientTokenLinks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateClientTokenLinks {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateClientTokenLinks",
        fields: &["customer"],
        keep: false,
    };
    type Slots = (Option<super::CreateClientTokenCustomer>,);
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
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0),) = slots else {
            return Err(&[0]);
        };
        Ok(CreateClientTokenLinks {
            customer: v0,
        })
    }
}
/// What [`Client::create_client_token`](crate::dwolla::Client::create_client_token) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateClientTokenRequest {
    /// A granular permission for the Customer performing an action within a drop-in component
    ///
    /// Example: `customer.update`
    pub action: String,
    pub links: super::CreateClientTokenLinks,
}
impl CreateClientTokenRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(action: impl Into<String>, links: super::CreateClientTokenLinks) -> Self {
        Self {
            action: action.into(),
            links,
        }
    }
}
impl ::serde::Serialize for CreateClientTokenRequest {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateClientTokenRequest",
            2,
        );
        out.field("action", &self.action);
        out.field("_links", &self.links);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateClientTokenRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateClientTokenRequest {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateClientTokenRequest",
        fields: &["action", "_links"],
        keep: false,
    };
    type Slots = (Option<String>, Option<super::CreateClientTokenLinks>);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0),
            1 => source.value(&mut slots.1),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1)) = slots else {
            return Err(&[0, 1]);
        };
        Ok(CreateClientTokenRequest {
            action: v0,
            links: v1,
        })
    }
}
/// A client token for a front-end drop-in component.
#[derive(Clone, PartialEq)]
pub struct CreateClientTokenResponse {
    /// Short-lived token to hand to the drop-in component in the browser.
    ///
    /// Example: `cT4kRw9zLm2qXv7bN1sJ5hD8fG3yP6aE0uK`
    pub token: String,
}
impl CreateClientTokenResponse {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(token: impl Into<String>) -> Self {
        Self { token: token.into() }
    }
}
impl ::serde::Serialize for CreateClientTokenResponse {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateClientTokenResponse",
            1,
        );
        out.field("token", &self.token);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateClientTokenResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateClientTokenResponse {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateClientTokenResponse",
        fields: &["token"],
        keep: false,
    };
    type Slots = (Option<String>,);
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
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0),) = slots else {
            return Err(&[0]);
        };
        Ok(CreateClientTokenResponse {
            token: v0,
        })
    }
}
impl std::fmt::Debug for CreateClientTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateClientTokenResponse")
            .field("token", &super::Redacted)
            .finish()
    }
}
