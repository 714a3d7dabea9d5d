//! Reading single APIMatic pages.

use super::*;

fn read(text: &str) -> (Option<PageKind>, Diagnostics) {
    let file = SourceFile::new("p/doc/models/x.md".into(), text.into());
    let mut diagnostics = Diagnostics::default();
    (
        ApimaticFormat.read(FileId(0), &file, &mut diagnostics),
        diagnostics,
    )
}

#[test]
fn model_pages_are_named_by_their_class() {
    let (page, diagnostics) = read(
        "\n# Widget Size\n\nHow big.\n\n## Structure\n\n`WidgetSize`\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `width_cm` | `int` | Required | Width.<br><br>**Default**: `3` |\n| `kind` | `str` | Required, Constant | Kind.<br><br>**Value**: `\"box\"` |\n| `label` | `str` | Optional | - |\n",
    );
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let Some(PageKind::Model(model)) = page else {
        panic!("not a model page")
    };
    assert_eq!(model.title.name, "WidgetSize");
    assert_eq!(model.description.markdown, "How big.");
    let names: Vec<(&str, bool)> = model
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.required))
        .collect();
    assert_eq!(
        names,
        [("width_cm", true), ("kind", true), ("label", false)]
    );
    assert_eq!(model.fields[0].default.as_deref(), Some("3"));
    assert_eq!(
        model.fields[1].ty.ty,
        Some(DocType::Literal(serde_json::json!("box")))
    );
    assert!(model.fields[2].description.is_empty());
}

#[test]
fn a_tags_cell_without_presence_is_an_error() {
    let (page, diagnostics) = read(
        "# W\n\n## Structure\n\n`W`\n\n## Fields\n\n| Name | Type | Tags | Description |\n| --- | --- | --- | --- |\n| `a` | `int` | Constant | - |\n",
    );
    assert!(page.is_none());
    assert_eq!(
        diagnostics.iter().next().map(|d| d.code),
        Some(Code::BadRequiredCell)
    );
}

#[test]
fn enumerations_and_containers() {
    let (page, _) = read("# Shape\n\n## Enumeration\n\n`Shape`\n\n## Fields\n\n| Name |\n| --- |\n| `ROUND` |\n| `FLAT_TOP` |\n");
    let Some(PageKind::Enum(e)) = page else {
        panic!("not an enumeration")
    };
    assert_eq!(e.title.name, "Shape");
    assert_eq!(e.values.len(), 2);
    let (page, _) = read("# Size Or Label\n\n## Data Type\n\n`int | str`\n\n## Cases\n\n| Type |\n| --- |\n| `int` |\n| `str` |\n");
    let Some(PageKind::Union(u)) = page else {
        panic!("not a container")
    };
    assert_eq!(u.title.name, "Size Or Label");
    assert_eq!(u.members.len(), 2);
}

#[test]
fn pages_without_schema_are_skipped() {
    let (page, _) = read("# HttpRequest\n\nAn SDK class.\n\n## Class Name\n");
    assert!(matches!(page, Some(PageKind::Operations(p)) if p.operations.is_empty()));
    let (page, _) = read("# Client\n\nSome prose.\n");
    assert!(matches!(
        page,
        Some(PageKind::Skipped(SkipReason::NoSchema))
    ));
}

#[test]
fn pages_of_the_sdk_classes_are_skipped_as_such() {
    // A table without Tags, as APIMatic writes its SDK's own classes.
    let (page, diagnostics) = read("# RetryConfiguration\n\nRetries.\n\n## Properties\n\n| Name | Type | Description |\n|  --- | --- | --- |\n| maxNumberOfRetries | `number` | How many. |\n");
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    assert!(matches!(
        page,
        Some(PageKind::Skipped(SkipReason::SdkClass))
    ));
    // A Tags column is the API's: such a page without `## Structure` is not the SDK's.
    let (page, _) = read("# Widget\n\n## Fields\n\n| Name | Type | Tags | Description |\n|  --- | --- | --- | --- |\n| `id` | `str` | Required | - |\n");
    assert!(matches!(
        page,
        Some(PageKind::Skipped(SkipReason::NoSchema))
    ));
}

#[test]
fn controller_pages_hold_endpoints() {
    let text = "# Widgets\n\n```python\nwidgets_controller = client.widgets\n```\n\n## Class Name\n\n`WidgetsController`\n\n\
# Get Widget\n\nReads one.\n\n# A Heading In The Description\n\nMore.\n\n```python\ndef get_widget(self,\n               widget_id)\n```\n\n\
## Parameters\n\n| Parameter | Type | Tags | Description |\n| --- | --- | --- | --- |\n| `widget_id` | `int` | Template, Required | Id. |\n| `request_options` | `RequestOptions` | Optional | SDK. |\n\n\
## Response Type\n\n[`Widget`](../../doc/models/widget.md)\n\n## Errors\n\n| HTTP Status Code | Error Description | Exception Class |\n| --- | --- | --- |\n| 404 | Not Found | [`NotFoundException`](../../doc/models/not-found-exception.md) |\n";
    let (page, diagnostics) = read(text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let Some(PageKind::Operations(page)) = page else {
        panic!("not a controller")
    };
    assert_eq!(page.title.name, "Widgets");
    let [op] = page.operations.as_slice() else {
        panic!("expected one endpoint, got {:?}", page.operations)
    };
    assert_eq!(
        (op.name.as_str(), op.summary.as_str()),
        ("get_widget", "Get Widget")
    );
    assert!(op.description.markdown.contains("More."));
    assert_eq!(op.parameters.len(), 1, "the SDK's option is no parameter");
    assert_eq!(op.parameters[0].place, ParamPlace::Path);
    assert_eq!(
        op.response.as_ref().map(|c| c.text.as_str()),
        Some("[`Widget`](../../doc/models/widget.md)")
    );
    assert_eq!(op.errors[0].ty, "NotFoundException");
    assert_eq!(op.method, None);
}

#[test]
fn a_status_line_before_the_response_type_is_skipped() {
    let text = "# Items\n\n## Class Name\n\n`ItemsController`\n\n# Get Item\n\n```ts\nasync getItem(\n  id: string\n): Promise<ApiResponse<Item>>\n```\n\n## Response Type\n\n**200**\n\nThis method returns an [`ApiResponse`](../api-response.md) instance. The `result` property of this instance returns the response data which is of type [Item](../models/item.md).\n";
    let (page, diagnostics) = read(text);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
    let Some(PageKind::Operations(page)) = page else {
        panic!("not a controller")
    };
    let response = page.operations[0]
        .response
        .as_ref()
        .map(|c| c.text.as_str());
    assert_eq!(response, Some("[Item](../models/item.md)"));
}
