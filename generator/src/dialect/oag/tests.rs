use super::*;
use crate::ir::Primitive as P;
use DocType::*;

fn p(dialect: &OagDialect, cell: &str) -> DocType {
    dialect
        .parse_type(cell)
        .unwrap_or_else(|e| panic!("{} cannot read {cell:?}: {e:?}", dialect.name))
}

fn prim(p: P) -> DocType {
    Primitive(p)
}

fn list(t: DocType) -> DocType {
    List(Box::new(t))
}

fn map(t: DocType) -> DocType {
    Map(Box::new(t))
}

fn null(t: DocType) -> DocType {
    Nullable(Box::new(t))
}

fn named(name: &str, link: Option<&str>) -> DocType {
    match p(
        &PYTHON,
        &format!("[**{name}**]({})", link.unwrap_or("x.md")),
    ) {
        Named(mut n) => {
            n.link = link.map(str::to_string);
            n.range = 0..0;
            Named(n)
        }
        other => other,
    }
}

/// Compares ignoring where names are in the cell.
fn same(a: DocType, b: DocType) {
    fn strip(t: DocType) -> DocType {
        match t {
            Named(mut n) => {
                n.range = 0..0;
                Named(n)
            }
            List(t) => list(strip(*t)),
            Map(t) => map(strip(*t)),
            Nullable(t) => null(strip(*t)),
            OneOf(ts) => OneOf(ts.into_iter().map(strip).collect()),
            other => other,
        }
    }
    assert_eq!(strip(a), strip(b));
}

#[test]
fn python() {
    assert_eq!(p(&PYTHON, "**str**"), prim(P::String));
    assert_eq!(p(&PYTHON, "**List[str]**"), list(prim(P::String)));
    assert_eq!(p(&PYTHON, "**Dict[str, object]**"), map(prim(P::Any)));
    same(
        p(&PYTHON, "[**List[Pet]**](Pet.md)"),
        list(named("Pet", Some("Pet.md"))),
    );
    // The older generator: nullable by `none_type`, lists in brackets, any value as a list.
    assert_eq!(p(&PYTHON, "**str, none_type**"), null(prim(P::String)));
    assert_eq!(p(&PYTHON, "**[str]**"), list(prim(P::String)));
    assert_eq!(
        p(
            &PYTHON,
            "**{str: (bool, date, datetime, dict, float, int, list, str, none_type)}**"
        ),
        map(null(prim(P::Any)))
    );
    assert_eq!(
        p(
            &PYTHON,
            "**bool, date, datetime, dict, float, int, list, str, none_type**"
        ),
        null(prim(P::Any))
    );
}

#[test]
fn java_and_kotlin() {
    assert_eq!(p(&JAVA, "**List&lt;String&gt;**"), list(prim(P::String)));
    assert_eq!(
        p(&JAVA, "**Map&lt;String, Integer&gt;**"),
        map(prim(P::Integer))
    );
    assert_eq!(
        p(&JAVA, "[**OffsetDateTime**](OffsetDateTime.md)"),
        prim(P::DateTime)
    );
    same(
        p(&JAVA, "[**TypeEnum**](#TypeEnum)"),
        named("TypeEnum", None),
    );
    assert_eq!(
        p(
            &KOTLIN,
            "[**kotlin.collections.List&lt;java.util.UUID?&gt;**](java.util.UUID.md)"
        ),
        list(null(prim(P::String)))
    );
    assert_eq!(
        p(&KOTLIN, "**kotlin.collections.Map&lt;kotlin.String, kotlin.collections.Set&lt;kotlin.String&gt;&gt;**"),
        map(list(prim(P::String)))
    );
}

#[test]
fn go() {
    assert_eq!(p(&GO, "Pointer to **[]string**"), list(prim(P::String)));
    assert_eq!(p(&GO, "**map[string]interface{}**"), map(prim(P::Any)));
    assert_eq!(
        p(&GO, "**[]map[string]interface{}**"),
        list(map(prim(P::Any)))
    );
    same(
        p(&GO, "Pointer to [**map[string]Link**](Link.md)"),
        map(named("Link", Some("Link.md"))),
    );
    assert_eq!(p(&GO, "**\\*os.File**"), prim(P::Bytes));
    assert_eq!(p(&GO, "**NullableString**"), prim(P::String));
}

#[test]
fn csharp_typescript_php_ruby_rust() {
    assert_eq!(p(&CSHARP, "**DateTime?**"), null(prim(P::DateTime)));
    // `byte[]` is openapi-generator's C# and Java word for a base64 string, not a list.
    assert_eq!(p(&CSHARP, "**byte[]**"), prim(P::String));
    assert_eq!(p(&CSHARP, "**List&lt;byte[]&gt;**"), list(prim(P::String)));
    assert_eq!(p(&JAVA, "**byte[]**"), prim(P::String));
    assert_eq!(
        p(&CSHARP, "**Dictionary&lt;string, string&gt;**"),
        map(prim(P::String))
    );
    assert_eq!(
        p(&TYPESCRIPT, "**{ [key: string]: string; }**"),
        map(prim(P::String))
    );
    assert_eq!(p(&TYPESCRIPT, "**string | null**"), null(prim(P::String)));
    assert_eq!(p(&TYPESCRIPT, "[**string**]"), prim(P::String));
    assert_eq!(
        p(&TYPESCRIPT, "**'asc' | 'desc'**"),
        Enum(vec!["asc".into(), "desc".into()])
    );
    same(
        p(
            &PHP,
            "[**\\Phrase\\Model\\LocalePreview[]**](LocalePreview.md)",
        ),
        list(named("LocalePreview", Some("LocalePreview.md"))),
    );
    assert_eq!(p(&PHP, "**\\DateTime**"), prim(P::DateTime));
    assert_eq!(
        p(&PHP, "**array&lt;string,mixed&gt;[]**"),
        list(map(prim(P::Any)))
    );
    assert_eq!(p(&RUBY, "```Array<String>```"), list(prim(P::String)));
    assert_eq!(
        p(&RUBY, "**Hash&lt;String, Object&gt;**"),
        map(prim(P::Any))
    );
    assert_eq!(p(&RUST, "Option<**String**>"), null(prim(P::String)));
    same(
        p(&RUST, "Option<[**models::Pet**](Pet.md)>"),
        null(named("models::Pet", Some("Pet.md"))),
    );
    assert_eq!(
        p(
            &RUST,
            "**std::collections::HashMap<String, Vec<uuid::Uuid>>**"
        ),
        map(list(prim(P::String)))
    );
}

#[test]
fn unknown_words_are_reported() {
    let error = TYPESCRIPT.parse_type("**Pet>**").unwrap_err();
    assert_eq!((error.found.as_str(), error.range.clone()), (">", 5..6));
    assert!(TYPESCRIPT
        .parse_type("**Array<string, number, boolean>**")
        .is_err());
    assert!(PYTHON.parse_type("**List[str**").is_err());
}

#[test]
fn entities_are_decoded() {
    assert_eq!(
        decode_entities("a &lt;b&gt; &#39;c&#x60; &amp;"),
        "a <b> 'c` &"
    );
    assert_eq!(decode_entities("R&D"), "R&D");
}
