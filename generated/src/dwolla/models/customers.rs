// @generated from specs/dwolla/: the models of the `customers` operations. Do not edit: run `cargo run -p generator -- generate`.

/// Request body for creating a receive-only user, who can only be paid and cannot send money.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateReceiveOnlyUser {
    /// Given name of the person.
    ///
    /// Example: `Maria`
    pub first_name: String,
    /// Family name of the person.
    ///
    /// Example: `Okafor`
    pub last_name: String,
    /// Email address of the person; must be unique among your Customers.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// IP address of the person at the time of sign-up.
    ///
    /// Example: `203.0.113.42`
    pub ip_address: Option<String>,
    /// Phone number, digits only.
    ///
    /// Example: `3195550147`
    pub phone: Option<String>,
    /// Your own identifier for this Customer, handy for reconciling records.
    ///
    /// Example: `user-8841`
    pub correlation_id: Option<String>,
    /// Name of the person's business, if any.
    ///
    /// Example: `Okafor Design Studio`
    pub business_name: Option<String>,
}
impl CreateReceiveOnlyUser {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            ip_address: None,
            phone: None,
            correlation_id: None,
            business_name: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> CreateReceiveOnlyUserBuilder {
        <CreateReceiveOnlyUserBuilder as ::core::default::Default>::default()
    }
    /// Sets `ip_address`.
    pub fn with_ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn with_business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
}
impl ::serde::Serialize for CreateReceiveOnlyUser {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("CreateReceiveOnlyUser", 7)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("email", &self.email)?;
        if self.ip_address.is_some() {
            state.serialize_field("ipAddress", &self.ip_address)?;
        }
        if self.phone.is_some() {
            state.serialize_field("phone", &self.phone)?;
        }
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        if self.business_name.is_some() {
            state.serialize_field("businessName", &self.business_name)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateReceiveOnlyUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "firstName",
            "lastName",
            "email",
            "ipAddress",
            "phone",
            "correlationId",
            "businessName",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateReceiveOnlyUser;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateReceiveOnlyUser")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateReceiveOnlyUser, A::Error> {
                Ok(CreateReceiveOnlyUser {
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateReceiveOnlyUser with 7 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateReceiveOnlyUser with 7 elements",
                    )?,
                    email: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct CreateReceiveOnlyUser with 7 elements",
                    )?,
                    ip_address: crate::runtime::wire::element_or_default(&mut seq)?,
                    phone: crate::runtime::wire::element_or_default(&mut seq)?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    business_name: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateReceiveOnlyUser, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<Option<String>> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "email")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "ipAddress")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "phone")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "correlationId",
                            )?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v6,
                                "businessName",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateReceiveOnlyUser {
                    first_name: crate::runtime::wire::required(v0, "firstName")?,
                    last_name: crate::runtime::wire::required(v1, "lastName")?,
                    email: crate::runtime::wire::required(v2, "email")?,
                    ip_address: v3.unwrap_or_default(),
                    phone: v4.unwrap_or_default(),
                    correlation_id: v5.unwrap_or_default(),
                    business_name: v6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CreateReceiveOnlyUser", FIELDS, __Visitor)
    }
}
/// Builds a [`CreateReceiveOnlyUser`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct CreateReceiveOnlyUserBuilder {
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    ip_address: Option<String>,
    phone: Option<String>,
    correlation_id: Option<String>,
    business_name: Option<String>,
}
impl CreateReceiveOnlyUserBuilder {
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `ip_address`.
    pub fn ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<CreateReceiveOnlyUser, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "CreateReceiveOnlyUser",
            field,
        };
        Ok(CreateReceiveOnlyUser {
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            ip_address: self.ip_address,
            phone: self.phone,
            correlation_id: self.correlation_id,
            business_name: self.business_name,
        })
    }
}
/// Request body for creating an unverified Customer, which needs only a name and email and has lower transaction limits.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateUnverifiedCustomer {
    /// Given name of the person.
    ///
    /// Example: `Maria`
    pub first_name: String,
    /// Family name of the person.
    ///
    /// Example: `Okafor`
    pub last_name: String,
    /// Email address of the person; must be unique among your Customers.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// IP address of the person at the time of sign-up.
    ///
    /// Example: `203.0.113.42`
    pub ip_address: Option<String>,
    /// Phone number, digits only.
    ///
    /// Example: `3195550147`
    pub phone: Option<String>,
    /// Your own identifier for this Customer, handy for reconciling records.
    ///
    /// Example: `user-8841`
    pub correlation_id: Option<String>,
    /// Name of the person's business, if any.
    ///
    /// Example: `Okafor Design Studio`
    pub business_name: Option<String>,
}
impl CreateUnverifiedCustomer {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        first_name: impl Into<String>,
        last_name: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        Self {
            first_name: first_name.into(),
            last_name: last_name.into(),
            email: email.into(),
            ip_address: None,
            phone: None,
            correlation_id: None,
            business_name: None,
        }
    }
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> CreateUnverifiedCustomerBuilder {
        <CreateUnverifiedCustomerBuilder as ::core::default::Default>::default()
    }
    /// Sets `ip_address`.
    pub fn with_ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn with_business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
}
impl ::serde::Serialize for CreateUnverifiedCustomer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("CreateUnverifiedCustomer", 7)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("email", &self.email)?;
        if self.ip_address.is_some() {
            state.serialize_field("ipAddress", &self.ip_address)?;
        }
        if self.phone.is_some() {
            state.serialize_field("phone", &self.phone)?;
        }
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        if self.business_name.is_some() {
            state.serialize_field("businessName", &self.business_name)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateUnverifiedCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "firstName",
            "lastName",
            "email",
            "ipAddress",
            "phone",
            "correlationId",
            "businessName",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateUnverifiedCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateUnverifiedCustomer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateUnverifiedCustomer, A::Error> {
                Ok(CreateUnverifiedCustomer {
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateUnverifiedCustomer with 7 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateUnverifiedCustomer with 7 elements",
                    )?,
                    email: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct CreateUnverifiedCustomer with 7 elements",
                    )?,
                    ip_address: crate::runtime::wire::element_or_default(&mut seq)?,
                    phone: crate::runtime::wire::element_or_default(&mut seq)?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    business_name: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateUnverifiedCustomer, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<Option<String>> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "email")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "ipAddress")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "phone")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "correlationId",
                            )?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v6,
                                "businessName",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateUnverifiedCustomer {
                    first_name: crate::runtime::wire::required(v0, "firstName")?,
                    last_name: crate::runtime::wire::required(v1, "lastName")?,
                    email: crate::runtime::wire::required(v2, "email")?,
                    ip_address: v3.unwrap_or_default(),
                    phone: v4.unwrap_or_default(),
                    correlation_id: v5.unwrap_or_default(),
                    business_name: v6.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CreateUnverifiedCustomer", FIELDS, __Visitor)
    }
}
/// Builds a [`CreateUnverifiedCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct CreateUnverifiedCustomerBuilder {
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    ip_address: Option<String>,
    phone: Option<String>,
    correlation_id: Option<String>,
    business_name: Option<String>,
}
impl CreateUnverifiedCustomerBuilder {
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `ip_address`.
    pub fn ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<CreateUnverifiedCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "CreateUnverifiedCustomer",
            field,
        };
        Ok(CreateUnverifiedCustomer {
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            ip_address: self.ip_address,
            phone: self.phone,
            correlation_id: self.correlation_id,
            business_name: self.business_name,
        })
    }
}
/// Request body for creating a verified personal Customer; identity details are checked before the Customer can move larger amounts.
#[derive(Clone, PartialEq)]
pub struct CreateVerifiedPersonalCustomer {
    /// Given name of the person.
    ///
    /// Example: `Maria`
    pub first_name: String,
    /// Family name of the person.
    ///
    /// Example: `Okafor`
    pub last_name: String,
    /// Email address of the person; must be unique among your Customers.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// IP address of the person at the time of sign-up.
    ///
    /// Example: `203.0.113.42`
    pub ip_address: Option<String>,
    /// Phone number, digits only.
    ///
    /// Example: `3195550147`
    pub phone: Option<String>,
    /// Your own identifier for this Customer, handy for reconciling records.
    ///
    /// Example: `user-8841`
    pub correlation_id: Option<String>,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    pub address2: Option<String>,
    /// City of residence.
    ///
    /// Example: `Ames`
    pub city: String,
    /// Two-letter US state abbreviation.
    ///
    /// Example: `IA`
    pub state: String,
    /// US ZIP code.
    ///
    /// Example: `50010`
    pub postal_code: String,
    /// Last four digits of the Social Security number (the full number may be required in some cases).
    ///
    /// Example: `6789`
    pub ssn: String,
    /// Date of birth in `YYYY-MM-DD` form.
    ///
    /// Example: `1988-04-17`
    pub date_of_birth: String,
}
impl CreateVerifiedPersonalCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> CreateVerifiedPersonalCustomerBuilder {
        <CreateVerifiedPersonalCustomerBuilder as ::core::default::Default>::default()
    }
    /// Sets `ip_address`.
    pub fn with_ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
}
impl ::serde::Serialize for CreateVerifiedPersonalCustomer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("CreateVerifiedPersonalCustomer", 13)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("email", &self.email)?;
        if self.ip_address.is_some() {
            state.serialize_field("ipAddress", &self.ip_address)?;
        }
        if self.phone.is_some() {
            state.serialize_field("phone", &self.phone)?;
        }
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        state.serialize_field("address1", &self.address1)?;
        if self.address2.is_some() {
            state.serialize_field("address2", &self.address2)?;
        }
        state.serialize_field("city", &self.city)?;
        state.serialize_field("state", &self.state)?;
        state.serialize_field("postalCode", &self.postal_code)?;
        state.serialize_field("ssn", &self.ssn)?;
        state.serialize_field("dateOfBirth", &self.date_of_birth)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateVerifiedPersonalCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "firstName",
            "lastName",
            "email",
            "ipAddress",
            "phone",
            "correlationId",
            "address1",
            "address2",
            "city",
            "state",
            "postalCode",
            "ssn",
            "dateOfBirth",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateVerifiedPersonalCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateVerifiedPersonalCustomer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateVerifiedPersonalCustomer, A::Error> {
                Ok(CreateVerifiedPersonalCustomer {
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                    email: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                    ip_address: crate::runtime::wire::element_or_default(&mut seq)?,
                    phone: crate::runtime::wire::element_or_default(&mut seq)?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    address1: crate::runtime::wire::element(
                        &mut seq,
                        6,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                    address2: crate::runtime::wire::element_or_default(&mut seq)?,
                    city: crate::runtime::wire::element(
                        &mut seq,
                        8,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                    state: crate::runtime::wire::element(
                        &mut seq,
                        9,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                    postal_code: crate::runtime::wire::element(
                        &mut seq,
                        10,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                    ssn: crate::runtime::wire::element(
                        &mut seq,
                        11,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                    date_of_birth: crate::runtime::wire::element(
                        &mut seq,
                        12,
                        "struct CreateVerifiedPersonalCustomer with 13 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateVerifiedPersonalCustomer, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<Option<String>> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<String> = None;
                let mut v7: Option<Option<String>> = None;
                let mut v8: Option<String> = None;
                let mut v9: Option<String> = None;
                let mut v10: Option<String> = None;
                let mut v11: Option<String> = None;
                let mut v12: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "email")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "ipAddress")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "phone")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "correlationId",
                            )?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(&mut map, &mut v6, "address1")?
                        }
                        crate::runtime::wire::Key::Field(7) => {
                            crate::runtime::wire::value(&mut map, &mut v7, "address2")?
                        }
                        crate::runtime::wire::Key::Field(8) => {
                            crate::runtime::wire::value(&mut map, &mut v8, "city")?
                        }
                        crate::runtime::wire::Key::Field(9) => {
                            crate::runtime::wire::value(&mut map, &mut v9, "state")?
                        }
                        crate::runtime::wire::Key::Field(10) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v10,
                                "postalCode",
                            )?
                        }
                        crate::runtime::wire::Key::Field(11) => {
                            crate::runtime::wire::value(&mut map, &mut v11, "ssn")?
                        }
                        crate::runtime::wire::Key::Field(12) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v12,
                                "dateOfBirth",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateVerifiedPersonalCustomer {
                    first_name: crate::runtime::wire::required(v0, "firstName")?,
                    last_name: crate::runtime::wire::required(v1, "lastName")?,
                    email: crate::runtime::wire::required(v2, "email")?,
                    ip_address: v3.unwrap_or_default(),
                    phone: v4.unwrap_or_default(),
                    correlation_id: v5.unwrap_or_default(),
                    address1: crate::runtime::wire::required(v6, "address1")?,
                    address2: v7.unwrap_or_default(),
                    city: crate::runtime::wire::required(v8, "city")?,
                    state: crate::runtime::wire::required(v9, "state")?,
                    postal_code: crate::runtime::wire::required(v10, "postalCode")?,
                    ssn: crate::runtime::wire::required(v11, "ssn")?,
                    date_of_birth: crate::runtime::wire::required(v12, "dateOfBirth")?,
                })
            }
        }
        deserializer
            .deserialize_struct("CreateVerifiedPersonalCustomer", FIELDS, __Visitor)
    }
}
/// Builds a [`CreateVerifiedPersonalCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct CreateVerifiedPersonalCustomerBuilder {
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    ip_address: Option<String>,
    phone: Option<String>,
    correlation_id: Option<String>,
    address1: Option<String>,
    address2: Option<String>,
    city: Option<String>,
    state: Option<String>,
    postal_code: Option<String>,
    ssn: Option<String>,
    date_of_birth: Option<String>,
}
impl CreateVerifiedPersonalCustomerBuilder {
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `ip_address`.
    pub fn ip_address(mut self, value: impl Into<String>) -> Self {
        self.ip_address = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `address1`.
    pub fn address1(mut self, value: impl Into<String>) -> Self {
        self.address1 = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `postal_code`.
    pub fn postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    /// Sets `ssn`.
    pub fn ssn(mut self, value: impl Into<String>) -> Self {
        self.ssn = Some(value.into());
        self
    }
    /// Sets `date_of_birth`.
    pub fn date_of_birth(mut self, value: impl Into<String>) -> Self {
        self.date_of_birth = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<CreateVerifiedPersonalCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "CreateVerifiedPersonalCustomer",
            field,
        };
        Ok(CreateVerifiedPersonalCustomer {
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            ip_address: self.ip_address,
            phone: self.phone,
            correlation_id: self.correlation_id,
            address1: self.address1.ok_or(missing("address1"))?,
            address2: self.address2,
            city: self.city.ok_or(missing("city"))?,
            state: self.state.ok_or(missing("state"))?,
            postal_code: self.postal_code.ok_or(missing("postal_code"))?,
            ssn: self.ssn.ok_or(missing("ssn"))?,
            date_of_birth: self.date_of_birth.ok_or(missing("date_of_birth"))?,
        })
    }
}
impl std::fmt::Debug for CreateVerifiedPersonalCustomer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateVerifiedPersonalCustomer")
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("email", &self.email)
            .field("ip_address", &self.ip_address)
            .field("phone", &self.phone)
            .field("correlation_id", &self.correlation_id)
            .field("address1", &self.address1)
            .field("address2", &self.address2)
            .field("city", &self.city)
            .field("state", &self.state)
            .field("postal_code", &self.postal_code)
            .field("ssn", &super::Redacted)
            .field("date_of_birth", &self.date_of_birth)
            .finish()
    }
}
/// A page of Customers.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Customers {
    /// Links by relation: `self`, `first`, `last`, and `next` and `prev` where there is such a page.
    pub links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    /// The page's Customers.
    pub embedded: Option<super::CustomersEmbedded>,
    /// How many Customers match, on every page.
    ///
    /// Example: `2`
    pub total: Option<f64>,
}
impl Customers {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            links: None,
            embedded: None,
            total: None,
        }
    }
    /// Sets `links`.
    pub fn with_links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `embedded`.
    pub fn with_embedded(mut self, value: super::CustomersEmbedded) -> Self {
        self.embedded = Some(value);
        self
    }
    /// Sets `total`.
    pub fn with_total(mut self, value: f64) -> Self {
        self.total = Some(value);
        self
    }
}
impl ::serde::Serialize for Customers {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("Customers", 3)?;
        if self.links.is_some() {
            state.serialize_field("_links", &self.links)?;
        }
        if self.embedded.is_some() {
            state.serialize_field("_embedded", &self.embedded)?;
        }
        if self.total.is_some() {
            state.serialize_field("total", &self.total)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Customers {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["_links", "_embedded", "total"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = Customers;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "Customers")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Customers, A::Error> {
                Ok(Customers {
                    links: crate::runtime::wire::element_or_default(&mut seq)?,
                    embedded: crate::runtime::wire::element_or_default(&mut seq)?,
                    total: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Customers, A::Error> {
                let mut v0: Option<
                    Option<std::collections::BTreeMap<String, super::HalLink>>,
                > = None;
                let mut v1: Option<Option<super::CustomersEmbedded>> = None;
                let mut v2: Option<Option<f64>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "_links")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "_embedded")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "total")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(Customers {
                    links: v0.unwrap_or_default(),
                    embedded: v1.unwrap_or_default(),
                    total: v2.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("Customers", FIELDS, __Visitor)
    }
}
/// The resources a page of Customers embeds.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct CustomersEmbedded {
    /// The Customers, each of its type.
    pub customers: Option<Vec<super::GetCustomerResponse>>,
}
impl CustomersEmbedded {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self { customers: None }
    }
    /// Sets `customers`.
    pub fn with_customers(mut self, value: Vec<super::GetCustomerResponse>) -> Self {
        self.customers = Some(value);
        self
    }
}
impl ::serde::Serialize for CustomersEmbedded {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("CustomersEmbedded", 1)?;
        if self.customers.is_some() {
            state.serialize_field("customers", &self.customers)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomersEmbedded {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["customers"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CustomersEmbedded;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CustomersEmbedded")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CustomersEmbedded, A::Error> {
                Ok(CustomersEmbedded {
                    customers: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CustomersEmbedded, A::Error> {
                let mut v0: Option<Option<Vec<super::GetCustomerResponse>>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "customers")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CustomersEmbedded {
                    customers: v0.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("CustomersEmbedded", FIELDS, __Visitor)
    }
}
/// Body of a create-customer request. Which variant is sent decides the type of Customer that gets created.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(tag = "type")]
pub enum CreateCustomerRequest {
    #[serde(rename = "receive-only")]
    CreateReceiveOnlyUser(super::CreateReceiveOnlyUser),
    #[serde(rename = "unverified")]
    CreateUnverifiedCustomer(super::CreateUnverifiedCustomer),
    #[serde(rename = "personal")]
    CreateVerifiedPersonalCustomer(super::CreateVerifiedPersonalCustomer),
}
impl From<super::CreateReceiveOnlyUser> for CreateCustomerRequest {
    fn from(value: super::CreateReceiveOnlyUser) -> Self {
        Self::CreateReceiveOnlyUser(value)
    }
}
impl From<super::CreateUnverifiedCustomer> for CreateCustomerRequest {
    fn from(value: super::CreateUnverifiedCustomer) -> Self {
        Self::CreateUnverifiedCustomer(value)
    }
}
impl From<super::CreateVerifiedPersonalCustomer> for CreateCustomerRequest {
    fn from(value: super::CreateVerifiedPersonalCustomer) -> Self {
        Self::CreateVerifiedPersonalCustomer(value)
    }
}
/// What [`Client::get_customer`](crate::dwolla::Client::get_customer) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct GetCustomerRequest {
    /// Identifier of the Customer to fetch.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
}
impl GetCustomerRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into() }
    }
}
/// A Customer; the variant depends on the Customer's `type` (and, for businesses, `businessType`).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum GetCustomerResponse {
    VerifiedSolePropCustomer(super::VerifiedSolePropCustomer),
    VerifiedBusinessCustomer(super::VerifiedBusinessCustomer),
    VerifiedPersonalCustomer(super::VerifiedPersonalCustomer),
    UnverifiedCustomer(super::UnverifiedCustomer),
    ReceiveOnlyCustomer(super::ReceiveOnlyCustomer),
    /// A shape the docs did not describe, kept as received.
    Other(::serde_json::Value),
}
impl From<super::VerifiedSolePropCustomer> for GetCustomerResponse {
    fn from(value: super::VerifiedSolePropCustomer) -> Self {
        Self::VerifiedSolePropCustomer(value)
    }
}
impl From<super::VerifiedBusinessCustomer> for GetCustomerResponse {
    fn from(value: super::VerifiedBusinessCustomer) -> Self {
        Self::VerifiedBusinessCustomer(value)
    }
}
impl From<super::VerifiedPersonalCustomer> for GetCustomerResponse {
    fn from(value: super::VerifiedPersonalCustomer) -> Self {
        Self::VerifiedPersonalCustomer(value)
    }
}
impl From<super::UnverifiedCustomer> for GetCustomerResponse {
    fn from(value: super::UnverifiedCustomer) -> Self {
        Self::UnverifiedCustomer(value)
    }
}
impl From<super::ReceiveOnlyCustomer> for GetCustomerResponse {
    fn from(value: super::ReceiveOnlyCustomer) -> Self {
        Self::ReceiveOnlyCustomer(value)
    }
}
/// What [`Client::list_and_search_customers`](crate::dwolla::Client::list_and_search_customers) takes.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct ListAndSearchCustomersRequest {
    /// How many results to return (at most 200).
    pub limit: Option<i64>,
    /// How many results to skip.
    pub offset: Option<i64>,
    /// Searches on certain fields.
    pub search: Option<String>,
    /// Filter by email address.
    pub email: Option<String>,
    /// Filter by customer status.
    pub status: Option<String>,
}
impl ListAndSearchCustomersRequest {
    /// An empty value: every field is optional.
    pub fn new() -> Self {
        Self {
            limit: None,
            offset: None,
            search: None,
            email: None,
            status: None,
        }
    }
    /// Sets `limit`.
    pub fn with_limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// Sets `offset`.
    pub fn with_offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }
    /// Sets `search`.
    pub fn with_search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn with_email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `status`.
    pub fn with_status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
}
/// A receive-only user: can be paid but cannot send funds.
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiveOnlyCustomer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    pub links: std::collections::BTreeMap<String, super::HalLink>,
    /// Identifier of the Customer.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
    /// Given name.
    ///
    /// Example: `Maria`
    pub first_name: String,
    /// Family name.
    ///
    /// Example: `Okafor`
    pub last_name: String,
    /// Email address.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// Your own identifier supplied when the Customer was created.
    ///
    /// Example: `user-8841`
    pub correlation_id: Option<String>,
    /// When the Customer was created.
    ///
    /// Example: `2024-03-11T15:02:44.318Z`
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub(crate) r#type: ::monostate::MustBe!("receive-only"),
    /// Current state of the Customer.
    ///
    /// Example: `unverified`
    pub status: super::ReceiveOnlyCustomerStatus,
    /// Business name, if one was given.
    ///
    /// Example: `Okafor Design Studio`
    pub business_name: Option<String>,
}
impl ReceiveOnlyCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> ReceiveOnlyCustomerBuilder {
        <ReceiveOnlyCustomerBuilder as ::core::default::Default>::default()
    }
    /// Always `"receive-only"` on the wire.
    ///
    /// Always `receive-only`.
    pub fn r#type(&self) -> &'static str {
        "receive-only"
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn with_business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
}
impl ::serde::Serialize for ReceiveOnlyCustomer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("ReceiveOnlyCustomer", 10)?;
        state.serialize_field("_links", &self.links)?;
        state.serialize_field("id", &self.id)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("email", &self.email)?;
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        state.serialize_field("created", &self.created)?;
        state.serialize_field("type", &self.r#type)?;
        state.serialize_field("status", &self.status)?;
        if self.business_name.is_some() {
            state.serialize_field("businessName", &self.business_name)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReceiveOnlyCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "_links",
            "id",
            "firstName",
            "lastName",
            "email",
            "correlationId",
            "created",
            "type",
            "status",
            "businessName",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = ReceiveOnlyCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "ReceiveOnlyCustomer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<ReceiveOnlyCustomer, A::Error> {
                Ok(ReceiveOnlyCustomer {
                    links: crate::runtime::wire::element_or_empty(
                        &mut seq,
                        0,
                        "struct ReceiveOnlyCustomer with 10 elements",
                    )?,
                    id: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct ReceiveOnlyCustomer with 10 elements",
                    )?,
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct ReceiveOnlyCustomer with 10 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        3,
                        "struct ReceiveOnlyCustomer with 10 elements",
                    )?,
                    email: crate::runtime::wire::element(
                        &mut seq,
                        4,
                        "struct ReceiveOnlyCustomer with 10 elements",
                    )?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    created: crate::runtime::wire::element(
                        &mut seq,
                        6,
                        "struct ReceiveOnlyCustomer with 10 elements",
                    )?,
                    r#type: crate::runtime::wire::element(
                        &mut seq,
                        7,
                        "struct ReceiveOnlyCustomer with 10 elements",
                    )?,
                    status: crate::runtime::wire::element(
                        &mut seq,
                        8,
                        "struct ReceiveOnlyCustomer with 10 elements",
                    )?,
                    business_name: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ReceiveOnlyCustomer, A::Error> {
                let mut v0: Option<std::collections::BTreeMap<String, super::HalLink>> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<String> = None;
                let mut v4: Option<String> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<::chrono::DateTime<::chrono::Utc>> = None;
                let mut v7 = None;
                let mut v8: Option<super::ReceiveOnlyCustomerStatus> = None;
                let mut v9: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v0,
                                "_links",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "email")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "correlationId",
                            )?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(&mut map, &mut v6, "created")?
                        }
                        crate::runtime::wire::Key::Field(7) => {
                            crate::runtime::wire::value(&mut map, &mut v7, "type")?
                        }
                        crate::runtime::wire::Key::Field(8) => {
                            crate::runtime::wire::value(&mut map, &mut v8, "status")?
                        }
                        crate::runtime::wire::Key::Field(9) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v9,
                                "businessName",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(ReceiveOnlyCustomer {
                    links: crate::runtime::wire::required(v0, "_links")?,
                    id: crate::runtime::wire::required(v1, "id")?,
                    first_name: crate::runtime::wire::required(v2, "firstName")?,
                    last_name: crate::runtime::wire::required(v3, "lastName")?,
                    email: crate::runtime::wire::required(v4, "email")?,
                    correlation_id: v5.unwrap_or_default(),
                    created: crate::runtime::wire::required(v6, "created")?,
                    r#type: crate::runtime::wire::required(v7, "type")?,
                    status: crate::runtime::wire::required(v8, "status")?,
                    business_name: v9.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("ReceiveOnlyCustomer", FIELDS, __Visitor)
    }
}
/// Builds a [`ReceiveOnlyCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct ReceiveOnlyCustomerBuilder {
    links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    id: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    correlation_id: Option<String>,
    created: Option<::chrono::DateTime<::chrono::Utc>>,
    status: Option<super::ReceiveOnlyCustomerStatus>,
    business_name: Option<String>,
}
impl ReceiveOnlyCustomerBuilder {
    /// Sets `links`.
    pub fn links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: super::ReceiveOnlyCustomerStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<ReceiveOnlyCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "ReceiveOnlyCustomer",
            field,
        };
        Ok(ReceiveOnlyCustomer {
            links: self.links.ok_or(missing("links"))?,
            id: self.id.ok_or(missing("id"))?,
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            correlation_id: self.correlation_id,
            created: self.created.ok_or(missing("created"))?,
            r#type: Default::default(),
            status: self.status.ok_or(missing("status"))?,
            business_name: self.business_name,
        })
    }
}
/// Possible states of a receive-only user.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReceiveOnlyCustomerStatus {
    /// `unverified`
    Unverified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl ReceiveOnlyCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for ReceiveOnlyCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for ReceiveOnlyCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for ReceiveOnlyCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for ReceiveOnlyCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for ReceiveOnlyCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ReceiveOnlyCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for ReceiveOnlyCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// A Customer of type `unverified`: no identity verification, lower limits.
#[derive(Clone, Debug, PartialEq)]
pub struct UnverifiedCustomer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    pub links: std::collections::BTreeMap<String, super::HalLink>,
    /// Identifier of the Customer.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
    /// Given name.
    ///
    /// Example: `Maria`
    pub first_name: String,
    /// Family name.
    ///
    /// Example: `Okafor`
    pub last_name: String,
    /// Email address.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// Your own identifier supplied when the Customer was created.
    ///
    /// Example: `user-8841`
    pub correlation_id: Option<String>,
    /// When the Customer was created.
    ///
    /// Example: `2024-03-11T15:02:44.318Z`
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub(crate) r#type: ::monostate::MustBe!("unverified"),
    /// Current state of the Customer.
    ///
    /// Example: `unverified`
    pub status: super::UnverifiedCustomerStatus,
    /// Business name, if one was given.
    ///
    /// Example: `Okafor Design Studio`
    pub business_name: Option<String>,
}
impl UnverifiedCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> UnverifiedCustomerBuilder {
        <UnverifiedCustomerBuilder as ::core::default::Default>::default()
    }
    /// Always `"unverified"` on the wire.
    ///
    /// Always `unverified`.
    pub fn r#type(&self) -> &'static str {
        "unverified"
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn with_business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
}
impl ::serde::Serialize for UnverifiedCustomer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("UnverifiedCustomer", 10)?;
        state.serialize_field("_links", &self.links)?;
        state.serialize_field("id", &self.id)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("email", &self.email)?;
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        state.serialize_field("created", &self.created)?;
        state.serialize_field("type", &self.r#type)?;
        state.serialize_field("status", &self.status)?;
        if self.business_name.is_some() {
            state.serialize_field("businessName", &self.business_name)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnverifiedCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "_links",
            "id",
            "firstName",
            "lastName",
            "email",
            "correlationId",
            "created",
            "type",
            "status",
            "businessName",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = UnverifiedCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "UnverifiedCustomer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<UnverifiedCustomer, A::Error> {
                Ok(UnverifiedCustomer {
                    links: crate::runtime::wire::element_or_empty(
                        &mut seq,
                        0,
                        "struct UnverifiedCustomer with 10 elements",
                    )?,
                    id: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct UnverifiedCustomer with 10 elements",
                    )?,
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct UnverifiedCustomer with 10 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        3,
                        "struct UnverifiedCustomer with 10 elements",
                    )?,
                    email: crate::runtime::wire::element(
                        &mut seq,
                        4,
                        "struct UnverifiedCustomer with 10 elements",
                    )?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    created: crate::runtime::wire::element(
                        &mut seq,
                        6,
                        "struct UnverifiedCustomer with 10 elements",
                    )?,
                    r#type: crate::runtime::wire::element(
                        &mut seq,
                        7,
                        "struct UnverifiedCustomer with 10 elements",
                    )?,
                    status: crate::runtime::wire::element(
                        &mut seq,
                        8,
                        "struct UnverifiedCustomer with 10 elements",
                    )?,
                    business_name: crate::runtime::wire::element_or_default(&mut seq)?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<UnverifiedCustomer, A::Error> {
                let mut v0: Option<std::collections::BTreeMap<String, super::HalLink>> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<String> = None;
                let mut v4: Option<String> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<::chrono::DateTime<::chrono::Utc>> = None;
                let mut v7 = None;
                let mut v8: Option<super::UnverifiedCustomerStatus> = None;
                let mut v9: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v0,
                                "_links",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "email")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "correlationId",
                            )?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(&mut map, &mut v6, "created")?
                        }
                        crate::runtime::wire::Key::Field(7) => {
                            crate::runtime::wire::value(&mut map, &mut v7, "type")?
                        }
                        crate::runtime::wire::Key::Field(8) => {
                            crate::runtime::wire::value(&mut map, &mut v8, "status")?
                        }
                        crate::runtime::wire::Key::Field(9) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v9,
                                "businessName",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(UnverifiedCustomer {
                    links: crate::runtime::wire::required(v0, "_links")?,
                    id: crate::runtime::wire::required(v1, "id")?,
                    first_name: crate::runtime::wire::required(v2, "firstName")?,
                    last_name: crate::runtime::wire::required(v3, "lastName")?,
                    email: crate::runtime::wire::required(v4, "email")?,
                    correlation_id: v5.unwrap_or_default(),
                    created: crate::runtime::wire::required(v6, "created")?,
                    r#type: crate::runtime::wire::required(v7, "type")?,
                    status: crate::runtime::wire::required(v8, "status")?,
                    business_name: v9.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("UnverifiedCustomer", FIELDS, __Visitor)
    }
}
/// Builds a [`UnverifiedCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct UnverifiedCustomerBuilder {
    links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    id: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    correlation_id: Option<String>,
    created: Option<::chrono::DateTime<::chrono::Utc>>,
    status: Option<super::UnverifiedCustomerStatus>,
    business_name: Option<String>,
}
impl UnverifiedCustomerBuilder {
    /// Sets `links`.
    pub fn links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: super::UnverifiedCustomerStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<UnverifiedCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "UnverifiedCustomer",
            field,
        };
        Ok(UnverifiedCustomer {
            links: self.links.ok_or(missing("links"))?,
            id: self.id.ok_or(missing("id"))?,
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            correlation_id: self.correlation_id,
            created: self.created.ok_or(missing("created"))?,
            r#type: Default::default(),
            status: self.status.ok_or(missing("status"))?,
            business_name: self.business_name,
        })
    }
}
/// Possible states of an unverified Customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnverifiedCustomerStatus {
    /// `unverified`
    Unverified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl UnverifiedCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for UnverifiedCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for UnverifiedCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for UnverifiedCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for UnverifiedCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for UnverifiedCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for UnverifiedCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for UnverifiedCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// A verified business (LLC, corporation or partnership) together with its controller.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifiedBusinessCustomer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    pub links: std::collections::BTreeMap<String, super::HalLink>,
    /// Identifier of the Customer.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
    /// Given name.
    ///
    /// Example: `Maria`
    pub first_name: String,
    /// Family name.
    ///
    /// Example: `Okafor`
    pub last_name: String,
    /// Email address.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// Your own identifier supplied when the Customer was created.
    ///
    /// Example: `user-8841`
    pub correlation_id: Option<String>,
    /// When the Customer was created.
    ///
    /// Example: `2024-03-11T15:02:44.318Z`
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub(crate) r#type: ::monostate::MustBe!("business"),
    /// Verification state of the business.
    ///
    /// Example: `verified`
    pub status: super::VerifiedBusinessCustomerStatus,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    pub address2: Option<String>,
    /// City.
    ///
    /// Example: `Ames`
    pub city: String,
    /// Two-letter US state abbreviation.
    ///
    /// Example: `IA`
    pub state: String,
    /// US ZIP code.
    ///
    /// Example: `50010`
    pub postal_code: String,
    /// Business phone number.
    ///
    /// Example: `5035550199`
    pub phone: Option<String>,
    /// Business website.
    ///
    /// Example: `https://cedarrowbakery.example.com`
    pub website: Option<String>,
    /// Registered name of the business.
    ///
    /// Example: `Cedar Row Bakery LLC`
    pub business_name: String,
    /// Trade name, if different from the registered name.
    ///
    /// Example: `Cedar Row`
    pub doing_business_as: Option<String>,
    /// Legal structure of the business.
    ///
    /// Example: `llc`
    pub business_type: super::VerifiedBusinessCustomerBusinessType,
    /// Identifier of the industry classification chosen for the business.
    ///
    /// Example: `9ed3a866-7d6f-11e3-a0ce-5404a6144203`
    pub business_classification: String,
    /// The person with significant control over the business.
    pub controller: super::VerifiedBusinessCustomerController,
}
impl VerifiedBusinessCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> VerifiedBusinessCustomerBuilder {
        <VerifiedBusinessCustomerBuilder as ::core::default::Default>::default()
    }
    /// Always `"business"` on the wire.
    ///
    /// Always `business`.
    pub fn r#type(&self) -> &'static str {
        "business"
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn with_phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `website`.
    pub fn with_website(mut self, value: impl Into<String>) -> Self {
        self.website = Some(value.into());
        self
    }
    /// Sets `doing_business_as`.
    pub fn with_doing_business_as(mut self, value: impl Into<String>) -> Self {
        self.doing_business_as = Some(value.into());
        self
    }
}
impl ::serde::Serialize for VerifiedBusinessCustomer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("VerifiedBusinessCustomer", 21)?;
        state.serialize_field("_links", &self.links)?;
        state.serialize_field("id", &self.id)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("email", &self.email)?;
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        state.serialize_field("created", &self.created)?;
        state.serialize_field("type", &self.r#type)?;
        state.serialize_field("status", &self.status)?;
        state.serialize_field("address1", &self.address1)?;
        if self.address2.is_some() {
            state.serialize_field("address2", &self.address2)?;
        }
        state.serialize_field("city", &self.city)?;
        state.serialize_field("state", &self.state)?;
        state.serialize_field("postalCode", &self.postal_code)?;
        if self.phone.is_some() {
            state.serialize_field("phone", &self.phone)?;
        }
        if self.website.is_some() {
            state.serialize_field("website", &self.website)?;
        }
        state.serialize_field("businessName", &self.business_name)?;
        if self.doing_business_as.is_some() {
            state.serialize_field("doingBusinessAs", &self.doing_business_as)?;
        }
        state.serialize_field("businessType", &self.business_type)?;
        state.serialize_field("businessClassification", &self.business_classification)?;
        state.serialize_field("controller", &self.controller)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "_links",
            "id",
            "firstName",
            "lastName",
            "email",
            "correlationId",
            "created",
            "type",
            "status",
            "address1",
            "address2",
            "city",
            "state",
            "postalCode",
            "phone",
            "website",
            "businessName",
            "doingBusinessAs",
            "businessType",
            "businessClassification",
            "controller",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VerifiedBusinessCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "VerifiedBusinessCustomer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<VerifiedBusinessCustomer, A::Error> {
                Ok(VerifiedBusinessCustomer {
                    links: crate::runtime::wire::element_or_empty(
                        &mut seq,
                        0,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    id: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        3,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    email: crate::runtime::wire::element(
                        &mut seq,
                        4,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    created: crate::runtime::wire::element(
                        &mut seq,
                        6,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    r#type: crate::runtime::wire::element(
                        &mut seq,
                        7,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    status: crate::runtime::wire::element(
                        &mut seq,
                        8,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    address1: crate::runtime::wire::element(
                        &mut seq,
                        9,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    address2: crate::runtime::wire::element_or_default(&mut seq)?,
                    city: crate::runtime::wire::element(
                        &mut seq,
                        11,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    state: crate::runtime::wire::element(
                        &mut seq,
                        12,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    postal_code: crate::runtime::wire::element(
                        &mut seq,
                        13,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    phone: crate::runtime::wire::element_or_default(&mut seq)?,
                    website: crate::runtime::wire::element_or_default(&mut seq)?,
                    business_name: crate::runtime::wire::element(
                        &mut seq,
                        16,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    doing_business_as: crate::runtime::wire::element_or_default(
                        &mut seq,
                    )?,
                    business_type: crate::runtime::wire::element(
                        &mut seq,
                        18,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    business_classification: crate::runtime::wire::element(
                        &mut seq,
                        19,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                    controller: crate::runtime::wire::element(
                        &mut seq,
                        20,
                        "struct VerifiedBusinessCustomer with 21 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<VerifiedBusinessCustomer, A::Error> {
                let mut v0: Option<std::collections::BTreeMap<String, super::HalLink>> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<String> = None;
                let mut v4: Option<String> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<::chrono::DateTime<::chrono::Utc>> = None;
                let mut v7 = None;
                let mut v8: Option<super::VerifiedBusinessCustomerStatus> = None;
                let mut v9: Option<String> = None;
                let mut v10: Option<Option<String>> = None;
                let mut v11: Option<String> = None;
                let mut v12: Option<String> = None;
                let mut v13: Option<String> = None;
                let mut v14: Option<Option<String>> = None;
                let mut v15: Option<Option<String>> = None;
                let mut v16: Option<String> = None;
                let mut v17: Option<Option<String>> = None;
                let mut v18: Option<super::VerifiedBusinessCustomerBusinessType> = None;
                let mut v19: Option<String> = None;
                let mut v20: Option<super::VerifiedBusinessCustomerController> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v0,
                                "_links",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "email")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "correlationId",
                            )?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(&mut map, &mut v6, "created")?
                        }
                        crate::runtime::wire::Key::Field(7) => {
                            crate::runtime::wire::value(&mut map, &mut v7, "type")?
                        }
                        crate::runtime::wire::Key::Field(8) => {
                            crate::runtime::wire::value(&mut map, &mut v8, "status")?
                        }
                        crate::runtime::wire::Key::Field(9) => {
                            crate::runtime::wire::value(&mut map, &mut v9, "address1")?
                        }
                        crate::runtime::wire::Key::Field(10) => {
                            crate::runtime::wire::value(&mut map, &mut v10, "address2")?
                        }
                        crate::runtime::wire::Key::Field(11) => {
                            crate::runtime::wire::value(&mut map, &mut v11, "city")?
                        }
                        crate::runtime::wire::Key::Field(12) => {
                            crate::runtime::wire::value(&mut map, &mut v12, "state")?
                        }
                        crate::runtime::wire::Key::Field(13) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v13,
                                "postalCode",
                            )?
                        }
                        crate::runtime::wire::Key::Field(14) => {
                            crate::runtime::wire::value(&mut map, &mut v14, "phone")?
                        }
                        crate::runtime::wire::Key::Field(15) => {
                            crate::runtime::wire::value(&mut map, &mut v15, "website")?
                        }
                        crate::runtime::wire::Key::Field(16) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v16,
                                "businessName",
                            )?
                        }
                        crate::runtime::wire::Key::Field(17) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v17,
                                "doingBusinessAs",
                            )?
                        }
                        crate::runtime::wire::Key::Field(18) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v18,
                                "businessType",
                            )?
                        }
                        crate::runtime::wire::Key::Field(19) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v19,
                                "businessClassification",
                            )?
                        }
                        crate::runtime::wire::Key::Field(20) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v20,
                                "controller",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(VerifiedBusinessCustomer {
                    links: crate::runtime::wire::required(v0, "_links")?,
                    id: crate::runtime::wire::required(v1, "id")?,
                    first_name: crate::runtime::wire::required(v2, "firstName")?,
                    last_name: crate::runtime::wire::required(v3, "lastName")?,
                    email: crate::runtime::wire::required(v4, "email")?,
                    correlation_id: v5.unwrap_or_default(),
                    created: crate::runtime::wire::required(v6, "created")?,
                    r#type: crate::runtime::wire::required(v7, "type")?,
                    status: crate::runtime::wire::required(v8, "status")?,
                    address1: crate::runtime::wire::required(v9, "address1")?,
                    address2: v10.unwrap_or_default(),
                    city: crate::runtime::wire::required(v11, "city")?,
                    state: crate::runtime::wire::required(v12, "state")?,
                    postal_code: crate::runtime::wire::required(v13, "postalCode")?,
                    phone: v14.unwrap_or_default(),
                    website: v15.unwrap_or_default(),
                    business_name: crate::runtime::wire::required(v16, "businessName")?,
                    doing_business_as: v17.unwrap_or_default(),
                    business_type: crate::runtime::wire::required(v18, "businessType")?,
                    business_classification: crate::runtime::wire::required(
                        v19,
                        "businessClassification",
                    )?,
                    controller: crate::runtime::wire::required(v20, "controller")?,
                })
            }
        }
        deserializer.deserialize_struct("VerifiedBusinessCustomer", FIELDS, __Visitor)
    }
}
/// Builds a [`VerifiedBusinessCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct VerifiedBusinessCustomerBuilder {
    links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    id: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    correlation_id: Option<String>,
    created: Option<::chrono::DateTime<::chrono::Utc>>,
    status: Option<super::VerifiedBusinessCustomerStatus>,
    address1: Option<String>,
    address2: Option<String>,
    city: Option<String>,
    state: Option<String>,
    postal_code: Option<String>,
    phone: Option<String>,
    website: Option<String>,
    business_name: Option<String>,
    doing_business_as: Option<String>,
    business_type: Option<super::VerifiedBusinessCustomerBusinessType>,
    business_classification: Option<String>,
    controller: Option<super::VerifiedBusinessCustomerController>,
}
impl VerifiedBusinessCustomerBuilder {
    /// Sets `links`.
    pub fn links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: super::VerifiedBusinessCustomerStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `address1`.
    pub fn address1(mut self, value: impl Into<String>) -> Self {
        self.address1 = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `postal_code`.
    pub fn postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    /// Sets `phone`.
    pub fn phone(mut self, value: impl Into<String>) -> Self {
        self.phone = Some(value.into());
        self
    }
    /// Sets `website`.
    pub fn website(mut self, value: impl Into<String>) -> Self {
        self.website = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// Sets `doing_business_as`.
    pub fn doing_business_as(mut self, value: impl Into<String>) -> Self {
        self.doing_business_as = Some(value.into());
        self
    }
    /// Sets `business_type`.
    pub fn business_type(
        mut self,
        value: super::VerifiedBusinessCustomerBusinessType,
    ) -> Self {
        self.business_type = Some(value);
        self
    }
    /// Sets `business_classification`.
    pub fn business_classification(mut self, value: impl Into<String>) -> Self {
        self.business_classification = Some(value.into());
        self
    }
    /// Sets `controller`.
    pub fn controller(
        mut self,
        value: super::VerifiedBusinessCustomerController,
    ) -> Self {
        self.controller = Some(value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<VerifiedBusinessCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "VerifiedBusinessCustomer",
            field,
        };
        Ok(VerifiedBusinessCustomer {
            links: self.links.ok_or(missing("links"))?,
            id: self.id.ok_or(missing("id"))?,
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            correlation_id: self.correlation_id,
            created: self.created.ok_or(missing("created"))?,
            r#type: Default::default(),
            status: self.status.ok_or(missing("status"))?,
            address1: self.address1.ok_or(missing("address1"))?,
            address2: self.address2,
            city: self.city.ok_or(missing("city"))?,
            state: self.state.ok_or(missing("state"))?,
            postal_code: self.postal_code.ok_or(missing("postal_code"))?,
            phone: self.phone,
            website: self.website,
            business_name: self.business_name.ok_or(missing("business_name"))?,
            doing_business_as: self.doing_business_as,
            business_type: self.business_type.ok_or(missing("business_type"))?,
            business_classification: self
                .business_classification
                .ok_or(missing("business_classification"))?,
            controller: self.controller.ok_or(missing("controller"))?,
        })
    }
}
/// Legal structure of a verified business.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedBusinessCustomerBusinessType {
    /// `llc`
    Llc,
    /// `corporation`
    Corporation,
    /// `partnership`
    Partnership,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedBusinessCustomerBusinessType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Llc => "llc",
            Self::Corporation => "corporation",
            Self::Partnership => "partnership",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedBusinessCustomerBusinessType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "llc" => Self::Llc,
            "corporation" => Self::Corporation,
            "partnership" => Self::Partnership,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedBusinessCustomerBusinessType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedBusinessCustomerBusinessType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedBusinessCustomerBusinessType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedBusinessCustomerBusinessType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerBusinessType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedBusinessCustomerBusinessType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// Person who controls a verified business, such as an officer or managing member.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifiedBusinessCustomerController {
    /// Given name of the controller.
    ///
    /// Example: `Daniel`
    pub first_name: String,
    /// Family name of the controller.
    ///
    /// Example: `Reyes`
    pub last_name: String,
    /// Job title of the controller.
    ///
    /// Example: `Chief Financial Officer`
    pub title: String,
    /// Residential address of the controller.
    pub address: super::VerifiedBusinessCustomerControllerAddress,
}
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
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> VerifiedBusinessCustomerControllerBuilder {
        <VerifiedBusinessCustomerControllerBuilder as ::core::default::Default>::default()
    }
}
impl ::serde::Serialize for VerifiedBusinessCustomerController {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("VerifiedBusinessCustomerController", 4)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("title", &self.title)?;
        state.serialize_field("address", &self.address)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerController {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["firstName", "lastName", "title", "address"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VerifiedBusinessCustomerController;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "VerifiedBusinessCustomerController")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<VerifiedBusinessCustomerController, A::Error> {
                Ok(VerifiedBusinessCustomerController {
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct VerifiedBusinessCustomerController with 4 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct VerifiedBusinessCustomerController with 4 elements",
                    )?,
                    title: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct VerifiedBusinessCustomerController with 4 elements",
                    )?,
                    address: crate::runtime::wire::element(
                        &mut seq,
                        3,
                        "struct VerifiedBusinessCustomerController with 4 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<VerifiedBusinessCustomerController, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<super::VerifiedBusinessCustomerControllerAddress> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "title")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "address")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(VerifiedBusinessCustomerController {
                    first_name: crate::runtime::wire::required(v0, "firstName")?,
                    last_name: crate::runtime::wire::required(v1, "lastName")?,
                    title: crate::runtime::wire::required(v2, "title")?,
                    address: crate::runtime::wire::required(v3, "address")?,
                })
            }
        }
        deserializer
            .deserialize_struct("VerifiedBusinessCustomerController", FIELDS, __Visitor)
    }
}
/// Builds a [`VerifiedBusinessCustomerController`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct VerifiedBusinessCustomerControllerBuilder {
    first_name: Option<String>,
    last_name: Option<String>,
    title: Option<String>,
    address: Option<super::VerifiedBusinessCustomerControllerAddress>,
}
impl VerifiedBusinessCustomerControllerBuilder {
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `title`.
    pub fn title(mut self, value: impl Into<String>) -> Self {
        self.title = Some(value.into());
        self
    }
    /// Sets `address`.
    pub fn address(
        mut self,
        value: super::VerifiedBusinessCustomerControllerAddress,
    ) -> Self {
        self.address = Some(value);
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<VerifiedBusinessCustomerController, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "VerifiedBusinessCustomerController",
            field,
        };
        Ok(VerifiedBusinessCustomerController {
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            title: self.title.ok_or(missing("title"))?,
            address: self.address.ok_or(missing("address"))?,
        })
    }
}
/// Address of a business controller.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct VerifiedBusinessCustomerControllerAddress {
    /// First address line.
    ///
    /// Example: `77 Harbor Way`
    pub address1: Option<String>,
    /// Second address line.
    ///
    /// Example: `Floor 2`
    pub address2: Option<String>,
    /// Third address line.
    ///
    /// Example: `Unit B`
    pub address3: Option<String>,
    /// City.
    ///
    /// Example: `Portland`
    pub city: Option<String>,
    /// Postal code.
    ///
    /// Example: `97209`
    pub postal_code: Option<String>,
    /// Country code.
    ///
    /// Example: `US`
    pub country: Option<String>,
    /// State, province or region.
    ///
    /// Example: `OR`
    pub state_province_region: Option<String>,
}
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
    /// Sets `address1`.
    pub fn with_address1(mut self, value: impl Into<String>) -> Self {
        self.address1 = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
    /// Sets `address3`.
    pub fn with_address3(mut self, value: impl Into<String>) -> Self {
        self.address3 = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `postal_code`.
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    /// Sets `country`.
    pub fn with_country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Sets `state_province_region`.
    pub fn with_state_province_region(mut self, value: impl Into<String>) -> Self {
        self.state_province_region = Some(value.into());
        self
    }
}
impl ::serde::Serialize for VerifiedBusinessCustomerControllerAddress {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("VerifiedBusinessCustomerControllerAddress", 7)?;
        if self.address1.is_some() {
            state.serialize_field("address1", &self.address1)?;
        }
        if self.address2.is_some() {
            state.serialize_field("address2", &self.address2)?;
        }
        if self.address3.is_some() {
            state.serialize_field("address3", &self.address3)?;
        }
        if self.city.is_some() {
            state.serialize_field("city", &self.city)?;
        }
        if self.postal_code.is_some() {
            state.serialize_field("postalCode", &self.postal_code)?;
        }
        if self.country.is_some() {
            state.serialize_field("country", &self.country)?;
        }
        if self.state_province_region.is_some() {
            state.serialize_field("stateProvinceRegion", &self.state_province_region)?;
        }
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerControllerAddress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "address1",
            "address2",
            "address3",
            "city",
            "postalCode",
            "country",
            "stateProvinceRegion",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VerifiedBusinessCustomerControllerAddress;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(
                    f,
                    "VerifiedBusinessCustomerControllerAddress",
                )
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<VerifiedBusinessCustomerControllerAddress, A::Error> {
                Ok(VerifiedBusinessCustomerControllerAddress {
                    address1: crate::runtime::wire::element_or_default(&mut seq)?,
                    address2: crate::runtime::wire::element_or_default(&mut seq)?,
                    address3: crate::runtime::wire::element_or_default(&mut seq)?,
                    city: crate::runtime::wire::element_or_default(&mut seq)?,
                    postal_code: crate::runtime::wire::element_or_default(&mut seq)?,
                    country: crate::runtime::wire::element_or_default(&mut seq)?,
                    state_province_region: crate::runtime::wire::element_or_default(
                        &mut seq,
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<VerifiedBusinessCustomerControllerAddress, A::Error> {
                let mut v0: Option<Option<String>> = None;
                let mut v1: Option<Option<String>> = None;
                let mut v2: Option<Option<String>> = None;
                let mut v3: Option<Option<String>> = None;
                let mut v4: Option<Option<String>> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<Option<String>> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "address1")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "address2")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "address3")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "city")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "postalCode")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(&mut map, &mut v5, "country")?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v6,
                                "stateProvinceRegion",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(VerifiedBusinessCustomerControllerAddress {
                    address1: v0.unwrap_or_default(),
                    address2: v1.unwrap_or_default(),
                    address3: v2.unwrap_or_default(),
                    city: v3.unwrap_or_default(),
                    postal_code: v4.unwrap_or_default(),
                    country: v5.unwrap_or_default(),
                    state_province_region: v6.unwrap_or_default(),
                })
            }
        }
        deserializer
            .deserialize_struct(
                "VerifiedBusinessCustomerControllerAddress",
                FIELDS,
                __Visitor,
            )
    }
}
/// Possible states of a verified business Customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedBusinessCustomerStatus {
    /// `verified`
    Verified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// `document`
    Document,
    /// `retry`
    Retry,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedBusinessCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Document => "document",
            Self::Retry => "retry",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedBusinessCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "verified" => Self::Verified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            "document" => Self::Document,
            "retry" => Self::Retry,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedBusinessCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedBusinessCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedBusinessCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedBusinessCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedBusinessCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// An individual whose identity has been submitted for verification.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifiedPersonalCustomer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    pub links: std::collections::BTreeMap<String, super::HalLink>,
    /// Identifier of the Customer.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
    /// Given name.
    ///
    /// Example: `Maria`
    pub first_name: String,
    /// Family name.
    ///
    /// Example: `Okafor`
    pub last_name: String,
    /// Email address.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// Your own identifier supplied when the Customer was created.
    ///
    /// Example: `user-8841`
    pub correlation_id: Option<String>,
    /// When the Customer was created.
    ///
    /// Example: `2024-03-11T15:02:44.318Z`
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub(crate) r#type: ::monostate::MustBe!("personal"),
    /// Verification state; values other than `verified` mean more information or a retry is needed, or the Customer is blocked.
    ///
    /// Example: `verified`
    pub status: super::VerifiedPersonalCustomerStatus,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    pub address2: Option<String>,
    /// City.
    ///
    /// Example: `Ames`
    pub city: String,
    /// Two-letter US state abbreviation.
    ///
    /// Example: `IA`
    pub state: String,
    /// US ZIP code.
    ///
    /// Example: `50010`
    pub postal_code: String,
}
impl VerifiedPersonalCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> VerifiedPersonalCustomerBuilder {
        <VerifiedPersonalCustomerBuilder as ::core::default::Default>::default()
    }
    /// Always `"personal"` on the wire.
    ///
    /// Always `personal`.
    pub fn r#type(&self) -> &'static str {
        "personal"
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
}
impl ::serde::Serialize for VerifiedPersonalCustomer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("VerifiedPersonalCustomer", 14)?;
        state.serialize_field("_links", &self.links)?;
        state.serialize_field("id", &self.id)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("email", &self.email)?;
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        state.serialize_field("created", &self.created)?;
        state.serialize_field("type", &self.r#type)?;
        state.serialize_field("status", &self.status)?;
        state.serialize_field("address1", &self.address1)?;
        if self.address2.is_some() {
            state.serialize_field("address2", &self.address2)?;
        }
        state.serialize_field("city", &self.city)?;
        state.serialize_field("state", &self.state)?;
        state.serialize_field("postalCode", &self.postal_code)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedPersonalCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "_links",
            "id",
            "firstName",
            "lastName",
            "email",
            "correlationId",
            "created",
            "type",
            "status",
            "address1",
            "address2",
            "city",
            "state",
            "postalCode",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VerifiedPersonalCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "VerifiedPersonalCustomer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<VerifiedPersonalCustomer, A::Error> {
                Ok(VerifiedPersonalCustomer {
                    links: crate::runtime::wire::element_or_empty(
                        &mut seq,
                        0,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    id: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        3,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    email: crate::runtime::wire::element(
                        &mut seq,
                        4,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    created: crate::runtime::wire::element(
                        &mut seq,
                        6,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    r#type: crate::runtime::wire::element(
                        &mut seq,
                        7,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    status: crate::runtime::wire::element(
                        &mut seq,
                        8,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    address1: crate::runtime::wire::element(
                        &mut seq,
                        9,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    address2: crate::runtime::wire::element_or_default(&mut seq)?,
                    city: crate::runtime::wire::element(
                        &mut seq,
                        11,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    state: crate::runtime::wire::element(
                        &mut seq,
                        12,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                    postal_code: crate::runtime::wire::element(
                        &mut seq,
                        13,
                        "struct VerifiedPersonalCustomer with 14 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<VerifiedPersonalCustomer, A::Error> {
                let mut v0: Option<std::collections::BTreeMap<String, super::HalLink>> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<String> = None;
                let mut v4: Option<String> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<::chrono::DateTime<::chrono::Utc>> = None;
                let mut v7 = None;
                let mut v8: Option<super::VerifiedPersonalCustomerStatus> = None;
                let mut v9: Option<String> = None;
                let mut v10: Option<Option<String>> = None;
                let mut v11: Option<String> = None;
                let mut v12: Option<String> = None;
                let mut v13: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v0,
                                "_links",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "email")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "correlationId",
                            )?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(&mut map, &mut v6, "created")?
                        }
                        crate::runtime::wire::Key::Field(7) => {
                            crate::runtime::wire::value(&mut map, &mut v7, "type")?
                        }
                        crate::runtime::wire::Key::Field(8) => {
                            crate::runtime::wire::value(&mut map, &mut v8, "status")?
                        }
                        crate::runtime::wire::Key::Field(9) => {
                            crate::runtime::wire::value(&mut map, &mut v9, "address1")?
                        }
                        crate::runtime::wire::Key::Field(10) => {
                            crate::runtime::wire::value(&mut map, &mut v10, "address2")?
                        }
                        crate::runtime::wire::Key::Field(11) => {
                            crate::runtime::wire::value(&mut map, &mut v11, "city")?
                        }
                        crate::runtime::wire::Key::Field(12) => {
                            crate::runtime::wire::value(&mut map, &mut v12, "state")?
                        }
                        crate::runtime::wire::Key::Field(13) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v13,
                                "postalCode",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(VerifiedPersonalCustomer {
                    links: crate::runtime::wire::required(v0, "_links")?,
                    id: crate::runtime::wire::required(v1, "id")?,
                    first_name: crate::runtime::wire::required(v2, "firstName")?,
                    last_name: crate::runtime::wire::required(v3, "lastName")?,
                    email: crate::runtime::wire::required(v4, "email")?,
                    correlation_id: v5.unwrap_or_default(),
                    created: crate::runtime::wire::required(v6, "created")?,
                    r#type: crate::runtime::wire::required(v7, "type")?,
                    status: crate::runtime::wire::required(v8, "status")?,
                    address1: crate::runtime::wire::required(v9, "address1")?,
                    address2: v10.unwrap_or_default(),
                    city: crate::runtime::wire::required(v11, "city")?,
                    state: crate::runtime::wire::required(v12, "state")?,
                    postal_code: crate::runtime::wire::required(v13, "postalCode")?,
                })
            }
        }
        deserializer.deserialize_struct("VerifiedPersonalCustomer", FIELDS, __Visitor)
    }
}
/// Builds a [`VerifiedPersonalCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct VerifiedPersonalCustomerBuilder {
    links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    id: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    correlation_id: Option<String>,
    created: Option<::chrono::DateTime<::chrono::Utc>>,
    status: Option<super::VerifiedPersonalCustomerStatus>,
    address1: Option<String>,
    address2: Option<String>,
    city: Option<String>,
    state: Option<String>,
    postal_code: Option<String>,
}
impl VerifiedPersonalCustomerBuilder {
    /// Sets `links`.
    pub fn links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: super::VerifiedPersonalCustomerStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `address1`.
    pub fn address1(mut self, value: impl Into<String>) -> Self {
        self.address1 = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `postal_code`.
    pub fn postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<VerifiedPersonalCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "VerifiedPersonalCustomer",
            field,
        };
        Ok(VerifiedPersonalCustomer {
            links: self.links.ok_or(missing("links"))?,
            id: self.id.ok_or(missing("id"))?,
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            correlation_id: self.correlation_id,
            created: self.created.ok_or(missing("created"))?,
            r#type: Default::default(),
            status: self.status.ok_or(missing("status"))?,
            address1: self.address1.ok_or(missing("address1"))?,
            address2: self.address2,
            city: self.city.ok_or(missing("city"))?,
            state: self.state.ok_or(missing("state"))?,
            postal_code: self.postal_code.ok_or(missing("postal_code"))?,
        })
    }
}
/// Possible states of a verified personal Customer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedPersonalCustomerStatus {
    /// `verified`
    Verified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// `document`
    Document,
    /// `retry`
    Retry,
    /// `kba`
    Kba,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedPersonalCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Document => "document",
            Self::Retry => "retry",
            Self::Kba => "kba",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedPersonalCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "verified" => Self::Verified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            "document" => Self::Document,
            "retry" => Self::Retry,
            "kba" => Self::Kba,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedPersonalCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedPersonalCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedPersonalCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedPersonalCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedPersonalCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedPersonalCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
/// A verified sole proprietorship. It shares `type` `business` with VerifiedBusinessCustomer and is told apart by `businessType`.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifiedSolePropCustomer {
    /// Links to this resource and to related resources and actions, keyed by relation name.
    pub links: std::collections::BTreeMap<String, super::HalLink>,
    /// Identifier of the Customer.
    ///
    /// Example: `a7c3e915-2f4d-4b81-9e06-c58d1b3f7a24`
    pub id: String,
    /// Given name.
    ///
    /// Example: `Maria`
    pub first_name: String,
    /// Family name.
    ///
    /// Example: `Okafor`
    pub last_name: String,
    /// Email address.
    ///
    /// Example: `maria.okafor@example.com`
    pub email: String,
    /// Your own identifier supplied when the Customer was created.
    ///
    /// Example: `user-8841`
    pub correlation_id: Option<String>,
    /// When the Customer was created.
    ///
    /// Example: `2024-03-11T15:02:44.318Z`
    pub created: ::chrono::DateTime<::chrono::Utc>,
    pub(crate) r#type: ::monostate::MustBe!("business"),
    /// Verification state of the Customer.
    ///
    /// Example: `verified`
    pub status: super::VerifiedSolePropCustomerStatus,
    /// Street address, line one.
    ///
    /// Example: `1402 Walnut Street`
    pub address1: String,
    /// Street address, line two (optional).
    ///
    /// Example: `Apt 3`
    pub address2: Option<String>,
    /// City.
    ///
    /// Example: `Ames`
    pub city: String,
    /// Two-letter US state abbreviation.
    ///
    /// Example: `IA`
    pub state: String,
    /// US ZIP code.
    ///
    /// Example: `50010`
    pub postal_code: String,
    /// Registered name of the business.
    ///
    /// Example: `Okafor Design Studio`
    pub business_name: String,
    pub(crate) business_type: ::monostate::MustBe!("soleProprietorship"),
    /// Identifier of the industry classification chosen for the business.
    ///
    /// Example: `9ed3a866-7d6f-11e3-a0ce-5404a6144203`
    pub business_classification: String,
}
impl VerifiedSolePropCustomer {
    /// A builder: set each field by name, then `build()`, which says which required field is missing.
    pub fn builder() -> VerifiedSolePropCustomerBuilder {
        <VerifiedSolePropCustomerBuilder as ::core::default::Default>::default()
    }
    /// Always `"business"` on the wire.
    ///
    /// Always `business`.
    pub fn r#type(&self) -> &'static str {
        "business"
    }
    /// Always `"soleProprietorship"` on the wire.
    ///
    /// Always `soleProprietorship`.
    pub fn business_type(&self) -> &'static str {
        "soleProprietorship"
    }
    /// Sets `correlation_id`.
    pub fn with_correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn with_address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
}
impl ::serde::Serialize for VerifiedSolePropCustomer {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("VerifiedSolePropCustomer", 17)?;
        state.serialize_field("_links", &self.links)?;
        state.serialize_field("id", &self.id)?;
        state.serialize_field("firstName", &self.first_name)?;
        state.serialize_field("lastName", &self.last_name)?;
        state.serialize_field("email", &self.email)?;
        if self.correlation_id.is_some() {
            state.serialize_field("correlationId", &self.correlation_id)?;
        }
        state.serialize_field("created", &self.created)?;
        state.serialize_field("type", &self.r#type)?;
        state.serialize_field("status", &self.status)?;
        state.serialize_field("address1", &self.address1)?;
        if self.address2.is_some() {
            state.serialize_field("address2", &self.address2)?;
        }
        state.serialize_field("city", &self.city)?;
        state.serialize_field("state", &self.state)?;
        state.serialize_field("postalCode", &self.postal_code)?;
        state.serialize_field("businessName", &self.business_name)?;
        state.serialize_field("businessType", &self.business_type)?;
        state.serialize_field("businessClassification", &self.business_classification)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedSolePropCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &[
            "_links",
            "id",
            "firstName",
            "lastName",
            "email",
            "correlationId",
            "created",
            "type",
            "status",
            "address1",
            "address2",
            "city",
            "state",
            "postalCode",
            "businessName",
            "businessType",
            "businessClassification",
        ];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = VerifiedSolePropCustomer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "VerifiedSolePropCustomer")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<VerifiedSolePropCustomer, A::Error> {
                Ok(VerifiedSolePropCustomer {
                    links: crate::runtime::wire::element_or_empty(
                        &mut seq,
                        0,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    id: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    first_name: crate::runtime::wire::element(
                        &mut seq,
                        2,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    last_name: crate::runtime::wire::element(
                        &mut seq,
                        3,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    email: crate::runtime::wire::element(
                        &mut seq,
                        4,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    correlation_id: crate::runtime::wire::element_or_default(&mut seq)?,
                    created: crate::runtime::wire::element(
                        &mut seq,
                        6,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    r#type: crate::runtime::wire::element(
                        &mut seq,
                        7,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    status: crate::runtime::wire::element(
                        &mut seq,
                        8,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    address1: crate::runtime::wire::element(
                        &mut seq,
                        9,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    address2: crate::runtime::wire::element_or_default(&mut seq)?,
                    city: crate::runtime::wire::element(
                        &mut seq,
                        11,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    state: crate::runtime::wire::element(
                        &mut seq,
                        12,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    postal_code: crate::runtime::wire::element(
                        &mut seq,
                        13,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    business_name: crate::runtime::wire::element(
                        &mut seq,
                        14,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    business_type: crate::runtime::wire::element(
                        &mut seq,
                        15,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                    business_classification: crate::runtime::wire::element(
                        &mut seq,
                        16,
                        "struct VerifiedSolePropCustomer with 17 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<VerifiedSolePropCustomer, A::Error> {
                let mut v0: Option<std::collections::BTreeMap<String, super::HalLink>> = None;
                let mut v1: Option<String> = None;
                let mut v2: Option<String> = None;
                let mut v3: Option<String> = None;
                let mut v4: Option<String> = None;
                let mut v5: Option<Option<String>> = None;
                let mut v6: Option<::chrono::DateTime<::chrono::Utc>> = None;
                let mut v7 = None;
                let mut v8: Option<super::VerifiedSolePropCustomerStatus> = None;
                let mut v9: Option<String> = None;
                let mut v10: Option<Option<String>> = None;
                let mut v11: Option<String> = None;
                let mut v12: Option<String> = None;
                let mut v13: Option<String> = None;
                let mut v14: Option<String> = None;
                let mut v15 = None;
                let mut v16: Option<String> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value_or_empty(
                                &mut map,
                                &mut v0,
                                "_links",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "id")?
                        }
                        crate::runtime::wire::Key::Field(2) => {
                            crate::runtime::wire::value(&mut map, &mut v2, "firstName")?
                        }
                        crate::runtime::wire::Key::Field(3) => {
                            crate::runtime::wire::value(&mut map, &mut v3, "lastName")?
                        }
                        crate::runtime::wire::Key::Field(4) => {
                            crate::runtime::wire::value(&mut map, &mut v4, "email")?
                        }
                        crate::runtime::wire::Key::Field(5) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v5,
                                "correlationId",
                            )?
                        }
                        crate::runtime::wire::Key::Field(6) => {
                            crate::runtime::wire::value(&mut map, &mut v6, "created")?
                        }
                        crate::runtime::wire::Key::Field(7) => {
                            crate::runtime::wire::value(&mut map, &mut v7, "type")?
                        }
                        crate::runtime::wire::Key::Field(8) => {
                            crate::runtime::wire::value(&mut map, &mut v8, "status")?
                        }
                        crate::runtime::wire::Key::Field(9) => {
                            crate::runtime::wire::value(&mut map, &mut v9, "address1")?
                        }
                        crate::runtime::wire::Key::Field(10) => {
                            crate::runtime::wire::value(&mut map, &mut v10, "address2")?
                        }
                        crate::runtime::wire::Key::Field(11) => {
                            crate::runtime::wire::value(&mut map, &mut v11, "city")?
                        }
                        crate::runtime::wire::Key::Field(12) => {
                            crate::runtime::wire::value(&mut map, &mut v12, "state")?
                        }
                        crate::runtime::wire::Key::Field(13) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v13,
                                "postalCode",
                            )?
                        }
                        crate::runtime::wire::Key::Field(14) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v14,
                                "businessName",
                            )?
                        }
                        crate::runtime::wire::Key::Field(15) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v15,
                                "businessType",
                            )?
                        }
                        crate::runtime::wire::Key::Field(16) => {
                            crate::runtime::wire::value(
                                &mut map,
                                &mut v16,
                                "businessClassification",
                            )?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(VerifiedSolePropCustomer {
                    links: crate::runtime::wire::required(v0, "_links")?,
                    id: crate::runtime::wire::required(v1, "id")?,
                    first_name: crate::runtime::wire::required(v2, "firstName")?,
                    last_name: crate::runtime::wire::required(v3, "lastName")?,
                    email: crate::runtime::wire::required(v4, "email")?,
                    correlation_id: v5.unwrap_or_default(),
                    created: crate::runtime::wire::required(v6, "created")?,
                    r#type: crate::runtime::wire::required(v7, "type")?,
                    status: crate::runtime::wire::required(v8, "status")?,
                    address1: crate::runtime::wire::required(v9, "address1")?,
                    address2: v10.unwrap_or_default(),
                    city: crate::runtime::wire::required(v11, "city")?,
                    state: crate::runtime::wire::required(v12, "state")?,
                    postal_code: crate::runtime::wire::required(v13, "postalCode")?,
                    business_name: crate::runtime::wire::required(v14, "businessName")?,
                    business_type: crate::runtime::wire::required(v15, "businessType")?,
                    business_classification: crate::runtime::wire::required(
                        v16,
                        "businessClassification",
                    )?,
                })
            }
        }
        deserializer.deserialize_struct("VerifiedSolePropCustomer", FIELDS, __Visitor)
    }
}
/// Builds a [`VerifiedSolePropCustomer`] field by field. `build` fails, naming the field, when a required one is not set.
#[derive(Clone, Default)]
pub struct VerifiedSolePropCustomerBuilder {
    links: Option<std::collections::BTreeMap<String, super::HalLink>>,
    id: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    email: Option<String>,
    correlation_id: Option<String>,
    created: Option<::chrono::DateTime<::chrono::Utc>>,
    status: Option<super::VerifiedSolePropCustomerStatus>,
    address1: Option<String>,
    address2: Option<String>,
    city: Option<String>,
    state: Option<String>,
    postal_code: Option<String>,
    business_name: Option<String>,
    business_classification: Option<String>,
}
impl VerifiedSolePropCustomerBuilder {
    /// Sets `links`.
    pub fn links(
        mut self,
        value: std::collections::BTreeMap<String, super::HalLink>,
    ) -> Self {
        self.links = Some(value);
        self
    }
    /// Sets `id`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets `first_name`.
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.first_name = Some(value.into());
        self
    }
    /// Sets `last_name`.
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.last_name = Some(value.into());
        self
    }
    /// Sets `email`.
    pub fn email(mut self, value: impl Into<String>) -> Self {
        self.email = Some(value.into());
        self
    }
    /// Sets `correlation_id`.
    pub fn correlation_id(mut self, value: impl Into<String>) -> Self {
        self.correlation_id = Some(value.into());
        self
    }
    /// Sets `created`.
    pub fn created(mut self, value: ::chrono::DateTime<::chrono::Utc>) -> Self {
        self.created = Some(value);
        self
    }
    /// Sets `status`.
    pub fn status(mut self, value: super::VerifiedSolePropCustomerStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `address1`.
    pub fn address1(mut self, value: impl Into<String>) -> Self {
        self.address1 = Some(value.into());
        self
    }
    /// Sets `address2`.
    pub fn address2(mut self, value: impl Into<String>) -> Self {
        self.address2 = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `postal_code`.
    pub fn postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    /// Sets `business_name`.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// Sets `business_classification`.
    pub fn business_classification(mut self, value: impl Into<String>) -> Self {
        self.business_classification = Some(value.into());
        self
    }
    /// The model, or which required field is missing.
    pub fn build(self) -> Result<VerifiedSolePropCustomer, crate::BuildError> {
        let missing = |field| crate::BuildError {
            model: "VerifiedSolePropCustomer",
            field,
        };
        Ok(VerifiedSolePropCustomer {
            links: self.links.ok_or(missing("links"))?,
            id: self.id.ok_or(missing("id"))?,
            first_name: self.first_name.ok_or(missing("first_name"))?,
            last_name: self.last_name.ok_or(missing("last_name"))?,
            email: self.email.ok_or(missing("email"))?,
            correlation_id: self.correlation_id,
            created: self.created.ok_or(missing("created"))?,
            r#type: Default::default(),
            status: self.status.ok_or(missing("status"))?,
            address1: self.address1.ok_or(missing("address1"))?,
            address2: self.address2,
            city: self.city.ok_or(missing("city"))?,
            state: self.state.ok_or(missing("state"))?,
            postal_code: self.postal_code.ok_or(missing("postal_code"))?,
            business_name: self.business_name.ok_or(missing("business_name"))?,
            business_type: Default::default(),
            business_classification: self
                .business_classification
                .ok_or(missing("business_classification"))?,
        })
    }
}
/// Possible states of a verified sole proprietorship.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum VerifiedSolePropCustomerStatus {
    /// `verified`
    Verified,
    /// `suspended`
    Suspended,
    /// `deactivated`
    Deactivated,
    /// `document`
    Document,
    /// `retry`
    Retry,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl VerifiedSolePropCustomerStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Suspended => "suspended",
            Self::Deactivated => "deactivated",
            Self::Document => "document",
            Self::Retry => "retry",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for VerifiedSolePropCustomerStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "verified" => Self::Verified,
            "suspended" => Self::Suspended,
            "deactivated" => Self::Deactivated,
            "document" => Self::Document,
            "retry" => Self::Retry,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for VerifiedSolePropCustomerStatus {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for VerifiedSolePropCustomerStatus {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for VerifiedSolePropCustomerStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for VerifiedSolePropCustomerStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedSolePropCustomerStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for VerifiedSolePropCustomerStatus {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
