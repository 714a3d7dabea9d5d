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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("CreateClientTokenCustomer", 1)?;
        state.serialize_field("href", &self.href)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateClientTokenCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["href"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateClientTokenCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateClientTokenCustomer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateClientTokenCustomer, A::Error> {
                Ok(CreateClientTokenCustomer {
                    href: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateClientTokenCustomer with 1 element",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateClientTokenCustomer, A::Error> {
                let mut v0: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "href")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateClientTokenCustomer {
                    href: crate::runtime::wire::required(v0, "href")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateClientTokenCustomer", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("CreateClientTokenLinks", 1)?;
        state.serialize_field("customer", &self.customer)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateClientTokenLinks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["customer"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateClientTokenLinks;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateClientTokenLinks")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateClientTokenLinks, A::Error> {
                Ok(CreateClientTokenLinks {
                    customer: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateClientTokenLinks with 1 element",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateClientTokenLinks, A::Error> {
                let mut v0: Option<super::CreateClientTokenCustomer> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "customer")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateClientTokenLinks {
                    customer: crate::runtime::wire::required(v0, "customer")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateClientTokenLinks", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("CreateClientTokenRequest", 2)?;
        state.serialize_field("action", &self.action)?;
        state.serialize_field("_links", &self.links)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateClientTokenRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["action", "_links"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateClientTokenRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateClientTokenRequest")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateClientTokenRequest, A::Error> {
                Ok(CreateClientTokenRequest {
                    action: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateClientTokenRequest with 2 elements",
                    )?,
                    links: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateClientTokenRequest with 2 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateClientTokenRequest, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<super::CreateClientTokenLinks> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "action")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "_links")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateClientTokenRequest {
                    action: crate::runtime::wire::required(v0, "action")?,
                    links: crate::runtime::wire::required(v1, "_links")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateClientTokenRequest", FIELDS, __Visitor)
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
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("CreateClientTokenResponse", 1)?;
        state.serialize_field("token", &self.token)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateClientTokenResponse {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["token"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateClientTokenResponse;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateClientTokenResponse")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateClientTokenResponse, A::Error> {
                Ok(CreateClientTokenResponse {
                    token: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateClientTokenResponse with 1 element",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateClientTokenResponse, A::Error> {
                let mut v0: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "token")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateClientTokenResponse {
                    token: crate::runtime::wire::required(v0, "token")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateClientTokenResponse", FIELDS, __Visitor)
    }
}
impl std::fmt::Debug for CreateClientTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateClientTokenResponse")
            .field("token", &super::Redacted)
            .finish()
    }
}
