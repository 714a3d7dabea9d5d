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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateReceiveOnlyUser",
            7,
        );
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("email", &self.email);
        out.optional("ipAddress", &self.ip_address);
        out.optional("phone", &self.phone);
        out.optional("correlationId", &self.correlation_id);
        out.optional("businessName", &self.business_name);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateReceiveOnlyUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateReceiveOnlyUser {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateReceiveOnlyUser",
        fields: &[
            "firstName",
            "lastName",
            "email",
            "ipAddress",
            "phone",
            "correlationId",
            "businessName",
        ],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
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
            4 => source.optional(&mut slots.4),
            5 => source.optional(&mut slots.5),
            6 => source.optional(&mut slots.6),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3, v4, v5, v6) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(CreateReceiveOnlyUser {
            first_name: v0,
            last_name: v1,
            email: v2,
            ip_address: v3,
            phone: v4,
            correlation_id: v5,
            business_name: v6,
        })
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
        let Self {
            first_name: Some(first_name),
            last_name: Some(last_name),
            email: Some(email),
            ip_address,
            phone,
            correlation_id,
            business_name,
        } = self else {
            let field = if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else {
                "email"
            };
            return Err(crate::BuildError {
                model: "CreateReceiveOnlyUser",
                field,
            });
        };
        Ok(CreateReceiveOnlyUser {
            first_name,
            last_name,
            email,
            ip_address,
            phone,
            correlation_id,
            business_name,
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateUnverifiedCustomer",
            7,
        );
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("email", &self.email);
        out.optional("ipAddress", &self.ip_address);
        out.optional("phone", &self.phone);
        out.optional("correlationId", &self.correlation_id);
        out.optional("businessName", &self.business_name);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateUnverifiedCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateUnverifiedCustomer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateUnverifiedCustomer",
        fields: &[
            "firstName",
            "lastName",
            "email",
            "ipAddress",
            "phone",
            "correlationId",
            "businessName",
        ],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
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
            4 => source.optional(&mut slots.4),
            5 => source.optional(&mut slots.5),
            6 => source.optional(&mut slots.6),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), v3, v4, v5, v6) = slots else {
            return Err(&[0, 1, 2]);
        };
        Ok(CreateUnverifiedCustomer {
            first_name: v0,
            last_name: v1,
            email: v2,
            ip_address: v3,
            phone: v4,
            correlation_id: v5,
            business_name: v6,
        })
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
        let Self {
            first_name: Some(first_name),
            last_name: Some(last_name),
            email: Some(email),
            ip_address,
            phone,
            correlation_id,
            business_name,
        } = self else {
            let field = if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else {
                "email"
            };
            return Err(crate::BuildError {
                model: "CreateUnverifiedCustomer",
                field,
            });
        };
        Ok(CreateUnverifiedCustomer {
            first_name,
            last_name,
            email,
            ip_address,
            phone,
            correlation_id,
            business_name,
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateVerifiedPersonalCustomer",
            13,
        );
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("email", &self.email);
        out.optional("ipAddress", &self.ip_address);
        out.optional("phone", &self.phone);
        out.optional("correlationId", &self.correlation_id);
        out.field("address1", &self.address1);
        out.optional("address2", &self.address2);
        out.field("city", &self.city);
        out.field("state", &self.state);
        out.field("postalCode", &self.postal_code);
        out.field("ssn", &self.ssn);
        out.field("dateOfBirth", &self.date_of_birth);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateVerifiedPersonalCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateVerifiedPersonalCustomer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateVerifiedPersonalCustomer",
        fields: &[
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
        ],
        keep: false,
    };
    type Slots = (
        (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
        (Option<String>,),
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value(&mut slots.0.0),
            1 => source.value(&mut slots.0.1),
            2 => source.value(&mut slots.0.2),
            3 => source.optional(&mut slots.0.3),
            4 => source.optional(&mut slots.0.4),
            5 => source.optional(&mut slots.0.5),
            6 => source.value(&mut slots.0.6),
            7 => source.optional(&mut slots.0.7),
            8 => source.value(&mut slots.0.8),
            9 => source.value(&mut slots.0.9),
            10 => source.value(&mut slots.0.10),
            11 => source.value(&mut slots.0.11),
            12 => source.value(&mut slots.1.0),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (
            (
                Some(v0),
                Some(v1),
                Some(v2),
                v3,
                v4,
                v5,
                Some(v6),
                v7,
                Some(v8),
                Some(v9),
                Some(v10),
                Some(v11),
            ),
            (Some(v12),),
        ) = slots else {
            return Err(&[0, 1, 2, 6, 8, 9, 10, 11, 12]);
        };
        Ok(CreateVerifiedPersonalCustomer {
            first_name: v0,
            last_name: v1,
            email: v2,
            ip_address: v3,
            phone: v4,
            correlation_id: v5,
            address1: v6,
            address2: v7,
            city: v8,
            state: v9,
            postal_code: v10,
            ssn: v11,
            date_of_birth: v12,
        })
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
        let Self {
            first_name: Some(first_name),
            last_name: Some(last_name),
            email: Some(email),
            ip_address,
            phone,
            correlation_id,
            address1: Some(address1),
            address2,
            city: Some(city),
            state: Some(state),
            postal_code: Some(postal_code),
            ssn: Some(ssn),
            date_of_birth: Some(date_of_birth),
        } = self else {
            let field = if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else if self.email.is_none() {
                "email"
            } else if self.address1.is_none() {
                "address1"
            } else if self.city.is_none() {
                "city"
            } else if self.state.is_none() {
                "state"
            } else if self.postal_code.is_none() {
                "postal_code"
            } else if self.ssn.is_none() {
                "ssn"
            } else {
                "date_of_birth"
            };
            return Err(crate::BuildError {
                model: "CreateVerifiedPersonalCustomer",
                field,
            });
        };
        Ok(CreateVerifiedPersonalCustomer {
            first_name,
            last_name,
            email,
            ip_address,
            phone,
            correlation_id,
            address1,
            address2,
            city,
            state,
            postal_code,
            ssn,
            date_of_birth,
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
    pub total: Option<i64>,
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
    pub fn with_total(mut self, value: i64) -> Self {
        self.total = Some(value);
        self
    }
}
impl ::serde::Serialize for Customers {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        let mut out = crate::runtime::wire::Fields::new(serializer, "Customers", 3);
        out.optional("_links", &self.links);
        out.optional("_embedded", &self.embedded);
        out.optional("total", &self.total);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Customers {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for Customers {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "Customers",
        fields: &["_links", "_embedded", "total"],
        keep: false,
    };
    type Slots = (
        Option<std::collections::BTreeMap<String, super::HalLink>>,
        Option<super::CustomersEmbedded>,
        Option<i64>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            2 => source.optional(&mut slots.2),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1, v2) = slots;
        Ok(Customers {
            links: v0,
            embedded: v1,
            total: v2,
        })
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CustomersEmbedded",
            1,
        );
        out.optional("customers", &self.customers);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CustomersEmbedded {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CustomersEmbedded {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CustomersEmbedded",
        fields: &["customers"],
        keep: false,
    };
    type Slots = (Option<Vec<super::GetCustomerResponse>>,);
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0,) = slots;
        Ok(CustomersEmbedded { customers: v0 })
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "ReceiveOnlyCustomer",
            10,
        );
        out.field("_links", &self.links);
        out.field("id", &self.id);
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("email", &self.email);
        out.optional("correlationId", &self.correlation_id);
        out.field("created", &self.created);
        out.field("type", &self.r#type);
        out.field("status", &self.status);
        out.optional("businessName", &self.business_name);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReceiveOnlyCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for ReceiveOnlyCustomer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "ReceiveOnlyCustomer",
        fields: &[
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
        ],
        keep: false,
    };
    type Slots = (
        Option<std::collections::BTreeMap<String, super::HalLink>>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<::chrono::DateTime<::chrono::Utc>>,
        Option<::monostate::MustBe!("receive-only")>,
        Option<super::ReceiveOnlyCustomerStatus>,
        Option<String>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value_or_empty(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.value(&mut slots.2),
            3 => source.value(&mut slots.3),
            4 => source.value(&mut slots.4),
            5 => source.optional(&mut slots.5),
            6 => source.value(&mut slots.6),
            7 => source.value(&mut slots.7),
            8 => source.value(&mut slots.8),
            9 => source.optional(&mut slots.9),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (
            Some(v0),
            Some(v1),
            Some(v2),
            Some(v3),
            Some(v4),
            v5,
            Some(v6),
            Some(v7),
            Some(v8),
            v9,
        ) = slots else {
            return Err(&[0, 1, 2, 3, 4, 6, 7, 8]);
        };
        Ok(ReceiveOnlyCustomer {
            links: v0,
            id: v1,
            first_name: v2,
            last_name: v3,
            email: v4,
            correlation_id: v5,
            created: v6,
            r#type: v7,
            status: v8,
            business_name: v9,
        })
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
        let Self {
            links: Some(links),
            id: Some(id),
            first_name: Some(first_name),
            last_name: Some(last_name),
            email: Some(email),
            correlation_id,
            created: Some(created),
            status: Some(status),
            business_name,
        } = self else {
            let field = if self.links.is_none() {
                "links"
            } else if self.id.is_none() {
                "id"
            } else if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else if self.email.is_none() {
                "email"
            } else if self.created.is_none() {
                "created"
            } else {
                "status"
            };
            return Err(crate::BuildError {
                model: "ReceiveOnlyCustomer",
                field,
            });
        };
        Ok(ReceiveOnlyCustomer {
            links,
            id,
            first_name,
            last_name,
            email,
            correlation_id,
            created,
            r#type: Default::default(),
            status,
            business_name,
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "UnverifiedCustomer",
            10,
        );
        out.field("_links", &self.links);
        out.field("id", &self.id);
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("email", &self.email);
        out.optional("correlationId", &self.correlation_id);
        out.field("created", &self.created);
        out.field("type", &self.r#type);
        out.field("status", &self.status);
        out.optional("businessName", &self.business_name);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for UnverifiedCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for UnverifiedCustomer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "UnverifiedCustomer",
        fields: &[
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
        ],
        keep: false,
    };
    type Slots = (
        Option<std::collections::BTreeMap<String, super::HalLink>>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<::chrono::DateTime<::chrono::Utc>>,
        Option<::monostate::MustBe!("unverified")>,
        Option<super::UnverifiedCustomerStatus>,
        Option<String>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value_or_empty(&mut slots.0),
            1 => source.value(&mut slots.1),
            2 => source.value(&mut slots.2),
            3 => source.value(&mut slots.3),
            4 => source.value(&mut slots.4),
            5 => source.optional(&mut slots.5),
            6 => source.value(&mut slots.6),
            7 => source.value(&mut slots.7),
            8 => source.value(&mut slots.8),
            9 => source.optional(&mut slots.9),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (
            Some(v0),
            Some(v1),
            Some(v2),
            Some(v3),
            Some(v4),
            v5,
            Some(v6),
            Some(v7),
            Some(v8),
            v9,
        ) = slots else {
            return Err(&[0, 1, 2, 3, 4, 6, 7, 8]);
        };
        Ok(UnverifiedCustomer {
            links: v0,
            id: v1,
            first_name: v2,
            last_name: v3,
            email: v4,
            correlation_id: v5,
            created: v6,
            r#type: v7,
            status: v8,
            business_name: v9,
        })
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
        let Self {
            links: Some(links),
            id: Some(id),
            first_name: Some(first_name),
            last_name: Some(last_name),
            email: Some(email),
            correlation_id,
            created: Some(created),
            status: Some(status),
            business_name,
        } = self else {
            let field = if self.links.is_none() {
                "links"
            } else if self.id.is_none() {
                "id"
            } else if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else if self.email.is_none() {
                "email"
            } else if self.created.is_none() {
                "created"
            } else {
                "status"
            };
            return Err(crate::BuildError {
                model: "UnverifiedCustomer",
                field,
            });
        };
        Ok(UnverifiedCustomer {
            links,
            id,
            first_name,
            last_name,
            email,
            correlation_id,
            created,
            r#type: Default::default(),
            status,
            business_name,
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "VerifiedBusinessCustomer",
            21,
        );
        out.field("_links", &self.links);
        out.field("id", &self.id);
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("email", &self.email);
        out.optional("correlationId", &self.correlation_id);
        out.field("created", &self.created);
        out.field("type", &self.r#type);
        out.field("status", &self.status);
        out.field("address1", &self.address1);
        out.optional("address2", &self.address2);
        out.field("city", &self.city);
        out.field("state", &self.state);
        out.field("postalCode", &self.postal_code);
        out.optional("phone", &self.phone);
        out.optional("website", &self.website);
        out.field("businessName", &self.business_name);
        out.optional("doingBusinessAs", &self.doing_business_as);
        out.field("businessType", &self.business_type);
        out.field("businessClassification", &self.business_classification);
        out.field("controller", &self.controller);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for VerifiedBusinessCustomer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "VerifiedBusinessCustomer",
        fields: &[
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
        ],
        keep: false,
    };
    type Slots = (
        (
            Option<std::collections::BTreeMap<String, super::HalLink>>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<::chrono::DateTime<::chrono::Utc>>,
            Option<::monostate::MustBe!("business")>,
            Option<super::VerifiedBusinessCustomerStatus>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
        (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<super::VerifiedBusinessCustomerBusinessType>,
            Option<String>,
            Option<super::VerifiedBusinessCustomerController>,
        ),
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value_or_empty(&mut slots.0.0),
            1 => source.value(&mut slots.0.1),
            2 => source.value(&mut slots.0.2),
            3 => source.value(&mut slots.0.3),
            4 => source.value(&mut slots.0.4),
            5 => source.optional(&mut slots.0.5),
            6 => source.value(&mut slots.0.6),
            7 => source.value(&mut slots.0.7),
            8 => source.value(&mut slots.0.8),
            9 => source.value(&mut slots.0.9),
            10 => source.optional(&mut slots.0.10),
            11 => source.value(&mut slots.0.11),
            12 => source.value(&mut slots.1.0),
            13 => source.value(&mut slots.1.1),
            14 => source.optional(&mut slots.1.2),
            15 => source.optional(&mut slots.1.3),
            16 => source.value(&mut slots.1.4),
            17 => source.optional(&mut slots.1.5),
            18 => source.value(&mut slots.1.6),
            19 => source.value(&mut slots.1.7),
            20 => source.value(&mut slots.1.8),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (
            (
                Some(v0),
                Some(v1),
                Some(v2),
                Some(v3),
                Some(v4),
                v5,
                Some(v6),
                Some(v7),
                Some(v8),
                Some(v9),
                v10,
                Some(v11),
            ),
            (
                Some(v12),
                Some(v13),
                v14,
                v15,
                Some(v16),
                v17,
                Some(v18),
                Some(v19),
                Some(v20),
            ),
        ) = slots else {
            return Err(&[0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 16, 18, 19, 20]);
        };
        Ok(VerifiedBusinessCustomer {
            links: v0,
            id: v1,
            first_name: v2,
            last_name: v3,
            email: v4,
            correlation_id: v5,
            created: v6,
            r#type: v7,
            status: v8,
            address1: v9,
            address2: v10,
            city: v11,
            state: v12,
            postal_code: v13,
            phone: v14,
            website: v15,
            business_name: v16,
            doing_business_as: v17,
            business_type: v18,
            business_classification: v19,
            controller: v20,
        })
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
        let Self {
            links: Some(links),
            id: Some(id),
            first_name: Some(first_name),
            last_name: Some(last_name),
            email: Some(email),
            correlation_id,
            created: Some(created),
            status: Some(status),
            address1: Some(address1),
            address2,
            city: Some(city),
            state: Some(state),
            postal_code: Some(postal_code),
            phone,
            website,
            business_name: Some(business_name),
            doing_business_as,
            business_type: Some(business_type),
            business_classification: Some(business_classification),
            controller: Some(controller),
        } = self else {
            let field = if self.links.is_none() {
                "links"
            } else if self.id.is_none() {
                "id"
            } else if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else if self.email.is_none() {
                "email"
            } else if self.created.is_none() {
                "created"
            } else if self.status.is_none() {
                "status"
            } else if self.address1.is_none() {
                "address1"
            } else if self.city.is_none() {
                "city"
            } else if self.state.is_none() {
                "state"
            } else if self.postal_code.is_none() {
                "postal_code"
            } else if self.business_name.is_none() {
                "business_name"
            } else if self.business_type.is_none() {
                "business_type"
            } else if self.business_classification.is_none() {
                "business_classification"
            } else {
                "controller"
            };
            return Err(crate::BuildError {
                model: "VerifiedBusinessCustomer",
                field,
            });
        };
        Ok(VerifiedBusinessCustomer {
            links,
            id,
            first_name,
            last_name,
            email,
            correlation_id,
            created,
            r#type: Default::default(),
            status,
            address1,
            address2,
            city,
            state,
            postal_code,
            phone,
            website,
            business_name,
            doing_business_as,
            business_type,
            business_classification,
            controller,
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "VerifiedBusinessCustomerController",
            4,
        );
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("title", &self.title);
        out.field("address", &self.address);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerController {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for VerifiedBusinessCustomerController {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "VerifiedBusinessCustomerController",
        fields: &["firstName", "lastName", "title", "address"],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<super::VerifiedBusinessCustomerControllerAddress>,
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
            3 => source.value(&mut slots.3),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (Some(v0), Some(v1), Some(v2), Some(v3)) = slots else {
            return Err(&[0, 1, 2, 3]);
        };
        Ok(VerifiedBusinessCustomerController {
            first_name: v0,
            last_name: v1,
            title: v2,
            address: v3,
        })
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
        let Self {
            first_name: Some(first_name),
            last_name: Some(last_name),
            title: Some(title),
            address: Some(address),
        } = self else {
            let field = if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else if self.title.is_none() {
                "title"
            } else {
                "address"
            };
            return Err(crate::BuildError {
                model: "VerifiedBusinessCustomerController",
                field,
            });
        };
        Ok(VerifiedBusinessCustomerController {
            first_name,
            last_name,
            title,
            address,
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "VerifiedBusinessCustomerControllerAddress",
            7,
        );
        out.optional("address1", &self.address1);
        out.optional("address2", &self.address2);
        out.optional("address3", &self.address3);
        out.optional("city", &self.city);
        out.optional("postalCode", &self.postal_code);
        out.optional("country", &self.country);
        out.optional("stateProvinceRegion", &self.state_province_region);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedBusinessCustomerControllerAddress {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for VerifiedBusinessCustomerControllerAddress {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "VerifiedBusinessCustomerControllerAddress",
        fields: &[
            "address1",
            "address2",
            "address3",
            "city",
            "postalCode",
            "country",
            "stateProvinceRegion",
        ],
        keep: false,
    };
    type Slots = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.optional(&mut slots.0),
            1 => source.optional(&mut slots.1),
            2 => source.optional(&mut slots.2),
            3 => source.optional(&mut slots.3),
            4 => source.optional(&mut slots.4),
            5 => source.optional(&mut slots.5),
            6 => source.optional(&mut slots.6),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (v0, v1, v2, v3, v4, v5, v6) = slots;
        Ok(VerifiedBusinessCustomerControllerAddress {
            address1: v0,
            address2: v1,
            address3: v2,
            city: v3,
            postal_code: v4,
            country: v5,
            state_province_region: v6,
        })
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "VerifiedPersonalCustomer",
            14,
        );
        out.field("_links", &self.links);
        out.field("id", &self.id);
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("email", &self.email);
        out.optional("correlationId", &self.correlation_id);
        out.field("created", &self.created);
        out.field("type", &self.r#type);
        out.field("status", &self.status);
        out.field("address1", &self.address1);
        out.optional("address2", &self.address2);
        out.field("city", &self.city);
        out.field("state", &self.state);
        out.field("postalCode", &self.postal_code);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedPersonalCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for VerifiedPersonalCustomer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "VerifiedPersonalCustomer",
        fields: &[
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
        ],
        keep: false,
    };
    type Slots = (
        (
            Option<std::collections::BTreeMap<String, super::HalLink>>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<::chrono::DateTime<::chrono::Utc>>,
            Option<::monostate::MustBe!("personal")>,
            Option<super::VerifiedPersonalCustomerStatus>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
        (Option<String>, Option<String>),
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value_or_empty(&mut slots.0.0),
            1 => source.value(&mut slots.0.1),
            2 => source.value(&mut slots.0.2),
            3 => source.value(&mut slots.0.3),
            4 => source.value(&mut slots.0.4),
            5 => source.optional(&mut slots.0.5),
            6 => source.value(&mut slots.0.6),
            7 => source.value(&mut slots.0.7),
            8 => source.value(&mut slots.0.8),
            9 => source.value(&mut slots.0.9),
            10 => source.optional(&mut slots.0.10),
            11 => source.value(&mut slots.0.11),
            12 => source.value(&mut slots.1.0),
            13 => source.value(&mut slots.1.1),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (
            (
                Some(v0),
                Some(v1),
                Some(v2),
                Some(v3),
                Some(v4),
                v5,
                Some(v6),
                Some(v7),
                Some(v8),
                Some(v9),
                v10,
                Some(v11),
            ),
            (Some(v12), Some(v13)),
        ) = slots else {
            return Err(&[0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13]);
        };
        Ok(VerifiedPersonalCustomer {
            links: v0,
            id: v1,
            first_name: v2,
            last_name: v3,
            email: v4,
            correlation_id: v5,
            created: v6,
            r#type: v7,
            status: v8,
            address1: v9,
            address2: v10,
            city: v11,
            state: v12,
            postal_code: v13,
        })
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
        let Self {
            links: Some(links),
            id: Some(id),
            first_name: Some(first_name),
            last_name: Some(last_name),
            email: Some(email),
            correlation_id,
            created: Some(created),
            status: Some(status),
            address1: Some(address1),
            address2,
            city: Some(city),
            state: Some(state),
            postal_code: Some(postal_code),
        } = self else {
            let field = if self.links.is_none() {
                "links"
            } else if self.id.is_none() {
                "id"
            } else if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else if self.email.is_none() {
                "email"
            } else if self.created.is_none() {
                "created"
            } else if self.status.is_none() {
                "status"
            } else if self.address1.is_none() {
                "address1"
            } else if self.city.is_none() {
                "city"
            } else if self.state.is_none() {
                "state"
            } else {
                "postal_code"
            };
            return Err(crate::BuildError {
                model: "VerifiedPersonalCustomer",
                field,
            });
        };
        Ok(VerifiedPersonalCustomer {
            links,
            id,
            first_name,
            last_name,
            email,
            correlation_id,
            created,
            r#type: Default::default(),
            status,
            address1,
            address2,
            city,
            state,
            postal_code,
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "VerifiedSolePropCustomer",
            17,
        );
        out.field("_links", &self.links);
        out.field("id", &self.id);
        out.field("firstName", &self.first_name);
        out.field("lastName", &self.last_name);
        out.field("email", &self.email);
        out.optional("correlationId", &self.correlation_id);
        out.field("created", &self.created);
        out.field("type", &self.r#type);
        out.field("status", &self.status);
        out.field("address1", &self.address1);
        out.optional("address2", &self.address2);
        out.field("city", &self.city);
        out.field("state", &self.state);
        out.field("postalCode", &self.postal_code);
        out.field("businessName", &self.business_name);
        out.field("businessType", &self.business_type);
        out.field("businessClassification", &self.business_classification);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for VerifiedSolePropCustomer {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for VerifiedSolePropCustomer {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "VerifiedSolePropCustomer",
        fields: &[
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
        ],
        keep: false,
    };
    type Slots = (
        (
            Option<std::collections::BTreeMap<String, super::HalLink>>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<::chrono::DateTime<::chrono::Utc>>,
            Option<::monostate::MustBe!("business")>,
            Option<super::VerifiedSolePropCustomerStatus>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
        (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<::monostate::MustBe!("soleProprietorship")>,
            Option<String>,
        ),
    );
    fn read<'de, S: crate::runtime::wire::Source<'de>>(
        slots: &mut Self::Slots,
        index: usize,
        source: &mut S,
    ) -> Result<bool, S::Error> {
        match index {
            0 => source.value_or_empty(&mut slots.0.0),
            1 => source.value(&mut slots.0.1),
            2 => source.value(&mut slots.0.2),
            3 => source.value(&mut slots.0.3),
            4 => source.value(&mut slots.0.4),
            5 => source.optional(&mut slots.0.5),
            6 => source.value(&mut slots.0.6),
            7 => source.value(&mut slots.0.7),
            8 => source.value(&mut slots.0.8),
            9 => source.value(&mut slots.0.9),
            10 => source.optional(&mut slots.0.10),
            11 => source.value(&mut slots.0.11),
            12 => source.value(&mut slots.1.0),
            13 => source.value(&mut slots.1.1),
            14 => source.value(&mut slots.1.2),
            15 => source.value(&mut slots.1.3),
            16 => source.value(&mut slots.1.4),
            _ => source.skip(),
        }
    }
    fn finish(slots: Self::Slots) -> Result<Self, &'static [usize]> {
        let (
            (
                Some(v0),
                Some(v1),
                Some(v2),
                Some(v3),
                Some(v4),
                v5,
                Some(v6),
                Some(v7),
                Some(v8),
                Some(v9),
                v10,
                Some(v11),
            ),
            (Some(v12), Some(v13), Some(v14), Some(v15), Some(v16)),
        ) = slots else {
            return Err(&[0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16]);
        };
        Ok(VerifiedSolePropCustomer {
            links: v0,
            id: v1,
            first_name: v2,
            last_name: v3,
            email: v4,
            correlation_id: v5,
            created: v6,
            r#type: v7,
            status: v8,
            address1: v9,
            address2: v10,
            city: v11,
            state: v12,
            postal_code: v13,
            business_name: v14,
            business_type: v15,
            business_classification: v16,
        })
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
        let Self {
            links: Some(links),
            id: Some(id),
            first_name: Some(first_name),
            last_name: Some(last_name),
            email: Some(email),
            correlation_id,
            created: Some(created),
            status: Some(status),
            address1: Some(address1),
            address2,
            city: Some(city),
            state: Some(state),
            postal_code: Some(postal_code),
            business_name: Some(business_name),
            business_classification: Some(business_classification),
        } = self else {
            let field = if self.links.is_none() {
                "links"
            } else if self.id.is_none() {
                "id"
            } else if self.first_name.is_none() {
                "first_name"
            } else if self.last_name.is_none() {
                "last_name"
            } else if self.email.is_none() {
                "email"
            } else if self.created.is_none() {
                "created"
            } else if self.status.is_none() {
                "status"
            } else if self.address1.is_none() {
                "address1"
            } else if self.city.is_none() {
                "city"
            } else if self.state.is_none() {
                "state"
            } else if self.postal_code.is_none() {
                "postal_code"
            } else if self.business_name.is_none() {
                "business_name"
            } else {
                "business_classification"
            };
            return Err(crate::BuildError {
                model: "VerifiedSolePropCustomer",
                field,
            });
        };
        Ok(VerifiedSolePropCustomer {
            links,
            id,
            first_name,
            last_name,
            email,
            correlation_id,
            created,
            r#type: Default::default(),
            status,
            address1,
            address2,
            city,
            state,
            postal_code,
            business_name,
            business_type: Default::default(),
            business_classification,
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
