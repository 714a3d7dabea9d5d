// @generated from specs/dwolla/: the models of the `customers_documents` operations. Do not edit: run `cargo run -p generator -- generate`.

/// A file to upload: its name and its bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCustomerDocumentFile {
    /// Name the file is sent under.
    pub file_name: String,
    /// The file's bytes.
    pub content: crate::Bytes,
}
impl CreateCustomerDocumentFile {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(file_name: impl Into<String>, content: impl Into<crate::Bytes>) -> Self {
        Self {
            file_name: file_name.into(),
            content: content.into(),
        }
    }
}
impl ::serde::Serialize for CreateCustomerDocumentFile {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer.serialize_struct("CreateCustomerDocumentFile", 2)?;
        state.serialize_field("fileName", &self.file_name)?;
        state.serialize_field("content", &self.content)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateCustomerDocumentFile {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["fileName", "content"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateCustomerDocumentFile;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateCustomerDocumentFile")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateCustomerDocumentFile, A::Error> {
                Ok(CreateCustomerDocumentFile {
                    file_name: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateCustomerDocumentFile with 2 elements",
                    )?,
                    content: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateCustomerDocumentFile with 2 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomerDocumentFile, A::Error> {
                let mut v0: Option<String> = None;
                let mut v1: Option<crate::Bytes> = None;
                while let Some(key) = crate::runtime::wire::key(
                    &mut map,
                    FIELDS,
                    false,
                )? {
                    match key {
                        crate::runtime::wire::Key::Field(0) => {
                            crate::runtime::wire::value(&mut map, &mut v0, "fileName")?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "content")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateCustomerDocumentFile {
                    file_name: crate::runtime::wire::required(v0, "fileName")?,
                    content: crate::runtime::wire::required(v1, "content")?,
                })
            }
        }
        deserializer.deserialize_struct("CreateCustomerDocumentFile", FIELDS, __Visitor)
    }
}
/// What [`Client::create_customer_document`](crate::dwolla::Client::create_customer_document) takes.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCustomerDocumentRequest {
    /// Id of the Customer the document belongs to.
    pub id: String,
    /// The document: its kind and the file itself.
    pub request_body: super::CreateCustomerDocumentRequestBody,
}
impl CreateCustomerDocumentRequest {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        id: impl Into<String>,
        request_body: super::CreateCustomerDocumentRequestBody,
    ) -> Self {
        Self {
            id: id.into(),
            request_body,
        }
    }
}
/// The two form fields of a document upload.
#[derive(Clone, Debug, PartialEq)]
pub struct CreateCustomerDocumentRequestBody {
    /// Which kind of identity document the file shows.
    pub document_type: super::DocumentType,
    /// The scan or photo: a color image (JPEG or PNG) or a PDF, clear enough to read.
    pub file: super::CreateCustomerDocumentFile,
}
impl CreateCustomerDocumentRequestBody {
    /// A value with the required fields set and the optional ones `None`.
    pub fn new(
        document_type: super::DocumentType,
        file: super::CreateCustomerDocumentFile,
    ) -> Self {
        Self { document_type, file }
    }
}
impl ::serde::Serialize for CreateCustomerDocumentRequestBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeStruct as _;
        let mut state = serializer
            .serialize_struct("CreateCustomerDocumentRequestBody", 2)?;
        state.serialize_field("documentType", &self.document_type)?;
        state.serialize_field("file", &self.file)?;
        state.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateCustomerDocumentRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        const FIELDS: &[&str] = &["documentType", "file"];
        struct __Visitor;
        impl<'de> ::serde::de::Visitor<'de> for __Visitor {
            type Value = CreateCustomerDocumentRequestBody;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                crate::runtime::wire::expecting(f, "CreateCustomerDocumentRequestBody")
            }
            fn visit_seq<A: ::serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<CreateCustomerDocumentRequestBody, A::Error> {
                Ok(CreateCustomerDocumentRequestBody {
                    document_type: crate::runtime::wire::element(
                        &mut seq,
                        0,
                        "struct CreateCustomerDocumentRequestBody with 2 elements",
                    )?,
                    file: crate::runtime::wire::element(
                        &mut seq,
                        1,
                        "struct CreateCustomerDocumentRequestBody with 2 elements",
                    )?,
                })
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<CreateCustomerDocumentRequestBody, A::Error> {
                let mut v0: Option<super::DocumentType> = None;
                let mut v1: Option<super::CreateCustomerDocumentFile> = None;
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
                                "documentType",
                            )?
                        }
                        crate::runtime::wire::Key::Field(1) => {
                            crate::runtime::wire::value(&mut map, &mut v1, "file")?
                        }
                        _ => crate::runtime::wire::skip(&mut map)?,
                    }
                }
                Ok(CreateCustomerDocumentRequestBody {
                    document_type: crate::runtime::wire::required(v0, "documentType")?,
                    file: crate::runtime::wire::required(v1, "file")?,
                })
            }
        }
        deserializer
            .deserialize_struct("CreateCustomerDocumentRequestBody", FIELDS, __Visitor)
    }
}
/// Kind of identity document.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocumentType {
    /// `passport`
    Passport,
    /// `license`
    License,
    /// `idCard`
    IdCard,
    /// `other`
    Other,
    /// A value the docs did not list, kept as received.
    Unrecognized(String),
}
impl DocumentType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Passport => "passport",
            Self::License => "license",
            Self::IdCard => "idCard",
            Self::Other => "other",
            Self::Unrecognized(value) => value,
        }
    }
}
impl From<String> for DocumentType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "passport" => Self::Passport,
            "license" => Self::License,
            "idCard" => Self::IdCard,
            "other" => Self::Other,
            _ => Self::Unrecognized(value),
        }
    }
}
impl From<&str> for DocumentType {
    fn from(value: &str) -> Self {
        Self::from(value.to_owned())
    }
}
impl std::str::FromStr for DocumentType {
    type Err = std::convert::Infallible;
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(value))
    }
}
impl std::fmt::Display for DocumentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for DocumentType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for DocumentType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(deserializer).map(Self::from)
    }
}
impl crate::runtime::ToParam for DocumentType {
    fn to_param(&self) -> String {
        self.as_str().to_owned()
    }
}
