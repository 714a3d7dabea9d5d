//! Wide pages generate whole: a Fields table and an enum of a few thousand rows give a model
//! with every field and an enum with every value. Not timed: how time grows with the rows is
//! shown by `cargo bench -p generator --bench rows`.

use generator::source::SpecTree;
use generator::CrateOptions;
use std::collections::BTreeSet;

const ROWS: usize = 3_000;

/// A models-only provider holding `page` as its one page; the lines of the generated
/// `models/shared.rs`, trimmed.
fn generate(page: String) -> BTreeSet<String> {
    let mut tree = SpecTree::default();
    tree.insert("acme/provider.toml", "expect = \"models\"\n");
    tree.insert("acme/models/wide.md", page);
    let generated = generator::generate(tree, &CrateOptions::default())
        .ok()
        .expect("generates");
    generated.files["src/acme/models/shared.rs"]
        .lines()
        .map(|line| line.trim().to_string())
        .collect()
}

#[test]
fn a_wide_fields_table_gives_every_field() {
    let mut page = String::from(
        "# Wide\n\nA model with many fields.\n\n## Fields\n\n\
         | Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n",
    );
    for i in 0..ROWS {
        let required = if i % 2 == 0 {
            ":heavy_check_mark:"
        } else {
            ":heavy_minus_sign:"
        };
        page.push_str(&format!(
            "| `field_{i}` | *str* | {required} | Field number {i}. |\n"
        ));
    }
    let models = generate(page);
    for i in 0..ROWS {
        let field = if i % 2 == 0 {
            format!("pub field_{i}: String,")
        } else {
            format!("pub field_{i}: Option<String>,")
        };
        assert!(models.contains(&field), "field_{i} is missing");
    }
}

#[test]
fn a_wide_enum_gives_every_value() {
    let mut page = String::from(
        "# Level\n\nAn enum with many values.\n\n## Values\n\n| Name | Value |\n| ---- | ----- |\n",
    );
    for i in 0..ROWS {
        page.push_str(&format!("| `LEVEL_{i}` | level_{i} |\n"));
    }
    let models = generate(page);
    for i in 0..ROWS {
        assert!(
            models.contains(&format!("Level{i},")),
            "Level{i} is missing"
        );
        assert!(
            models.contains(&format!("Self::Level{i} => \"level_{i}\",")),
            "level_{i} is not its wire value"
        );
    }
}
