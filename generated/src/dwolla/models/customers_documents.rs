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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateCustomerDocumentFile",
            2,
        );
        out.field("fileName", &self.file_name);
        out.field("content", &self.content);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateCustomerDocumentFile {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateCustomerDocumentFile {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateCustomerDocumentFile",
        fields: &["fileName", "content"],
        keep: false,
    };
    type Slots = (Option<String>, Option<crate::Bytes>);
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
        Ok(CreateCustomerDocumentFile {
            file_name: v0,
            content: v1,
        })
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
        let mut out = crate::runtime::wire::Fields::new(
            serializer,
            "CreateCustomerDocumentRequestBody",
            2,
        );
        out.field("documentType", &self.document_type);
        out.field("file", &self.file);
        out.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for CreateCustomerDocumentRequestBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::runtime::wire::read(deserializer)
    }
}
impl crate::runtime::wire::Shape for CreateCustomerDocumentRequestBody {
    const NAMES: crate::runtime::wire::Names = crate::runtime::wire::Names {
        name: "CreateCustomerDocumentRequestBody",
        fields: &["documentType", "file"],
        keep: false,
    };
    type Slots = (
        Option<super::DocumentType>,
        Option<super::CreateCustomerDocumentFile>,
    );
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
        Ok(CreateCustomerDocumentRequestBody {
            document_type: v0,
            file: v1,
        })
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
