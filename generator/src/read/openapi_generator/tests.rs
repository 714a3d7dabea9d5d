use super::*;

fn read(text: &str) -> (Option<PageKind>, Diagnostics) {
    let file = SourceFile::new("p/docs/X.md".into(), text.into());
    let mut diagnostics = Diagnostics::default();
    let page = OpenApiGeneratorFormat.read(FileId(0), &file, &mut diagnostics);
    (page, diagnostics)
}

#[test]
fn recognised_by_the_lines_only_its_templates_write() {
    let page = |text: &str| SourceFile::new("p/x.md".into(), text.into());
    let format = OpenApiGeneratorFormat;
    assert_eq!(
        format.recognizes(&page(
            "# Pet\n\n## Properties\n\nName | Type | Description | Notes\n"
        )),
        Recognition::Surely
    );
    // C# and Ruby write an enum as an empty Properties section.
    assert_eq!(
        format.recognizes(&page("# Kind\n\n## Properties\n\n# Next\n")),
        Recognition::Surely
    );
    // A Properties table without Notes may be another generator's (APIMatic's SDK classes).
    assert_eq!(
        format.recognizes(&page(
            "# Options\n\n## Properties\n\n| Name | Type | Description |\n"
        )),
        Recognition::Possibly
    );
    assert_eq!(
        format.recognizes(&page("# Pet\n\n## Fields\n")),
        Recognition::No
    );
}

#[test]
fn api_rows_before_their_header_belong_to_the_table() {
    let text = "# PetsApi\n\nAll URIs are relative to *https://pets.test*\n\n\
| Method | HTTP request | Description |\n| - | - | - |\n\
| [**getPet**](PetsApi.md#getPet) | **GET** /pets/{petId} | Get a pet |\n\n\
# **getPet**\n> Pet getPet(petId, verbose)\n\nGet a pet\n\n### Parameters\n\
| **petId** | **kotlin.String**|  | |\n\
| Name | Type | Description  | Notes |\n| - | - | - | - |\n\
| **verbose** | **kotlin.Boolean**| Say more | [optional] |\n\n\
### Return type\n\n[**Pet**](Pet.md)\n";
    let (page, diagnostics) = read(text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let Some(PageKind::Operations(page)) = page else {
        panic!("not an API page")
    };
    assert_eq!(page.title.name, "Pets");
    assert_eq!(page.base_url.as_deref(), Some("https://pets.test"));
    let op = &page.operations[0];
    assert_eq!(
        (op.method.as_deref(), op.path.as_deref()),
        (Some("GET"), Some("/pets/{petId}"))
    );
    let params: Vec<(&str, bool)> = op
        .parameters
        .iter()
        .map(|p| (p.name.as_str(), p.required))
        .collect();
    assert_eq!(params, [("petId", true), ("verbose", false)]);
    assert_eq!(
        op.response.as_ref().map(|r| r.text.as_str()),
        Some("[**Pet**](Pet.md)")
    );
}

#[test]
fn names_lose_their_markup() {
    assert_eq!(plain_name("**name**"), "name");
    assert_eq!(plain_name("`account`<sup>*_required_</sup>"), "account");
    assert_eq!(plain_name("**&#x60;value&#x60;**"), "value");
    assert_eq!(plain_name("**r#type**"), "type");
}
