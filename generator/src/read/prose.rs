//! Conventions of API prose that any page format may lean on: the sentences vendors write
//! to tie a model to an endpoint ("X defines the request schema for `/a`"), and the API paths
//! named in backticks. Used where the pages themselves do not state a path.

use heck::ToSnakeCase;
use std::collections::BTreeMap;

/// The paths a model's description ties it to: those quoted (in backticks or single quotes)
/// after "<kind> schema for", up to the end of the sentence ("X defines the request schema
/// for `/a`", "Request schema for '/b'"); requests also accept "defines the schema for".
pub fn schema_paths(text: &str, kind: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let marker = format!("{kind} schema for");
    let found = lower.find(&marker).map(|at| at + marker.len()).or_else(|| {
        (kind == "request")
            .then(|| lower.find("defines the schema for").map(|at| at + 22))
            .flatten()
    });
    let Some(start) = found else {
        return Vec::new();
    };
    let rest = &text[start..];
    let sentence = rest.split(". ").next().unwrap_or(rest);
    sentence
        .split(['`', '\''])
        .skip(1)
        .step_by(2)
        .filter(|p| p.starts_with('/'))
        .map(normalize_path)
        .collect()
}

/// A documented path without a trailing slash.
pub fn normalize_path(path: &str) -> String {
    match path.trim_end_matches('/') {
        "" => "/".to_string(),
        trimmed => trimmed.to_string(),
    }
}

/// Every API path a provider's prose names in backticks, by the method name it would give
/// ([`path_key`]).
pub fn prose_paths<'t>(texts: impl IntoIterator<Item = &'t str>) -> BTreeMap<String, Vec<String>> {
    let mut found = std::collections::BTreeSet::new();
    for text in texts {
        found.extend(backticked_paths(text));
    }
    let mut paths: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for path in found {
        paths.entry(path_key(&path)).or_default().push(path);
    }
    paths
}

/// The path of an SDK method whose docs do not state one. Candidates are the paths its request
/// model's description names, those its own description names, and those named anywhere in
/// the provider's prose. Among them, the ones the method is named after win
/// (`asset_report_audit_copy_get` ↔ `/asset_report/audit_copy/get`, ignoring `beta` and `v1`
/// segments), the most specific first; otherwise the request model's. Descriptions are
/// sometimes copied from a neighbour or lag behind a move to a versioned path, and the
/// method name is what the SDK generator derived from the real path.
pub fn choose_path(
    method: &str,
    model_paths: &[String],
    description: &str,
    all_prose: &BTreeMap<String, Vec<String>>,
) -> Option<String> {
    let method = method.to_snake_case();
    let own_prose = backticked_paths(description);
    let mut named_after: Vec<&String> = model_paths
        .iter()
        .chain(&own_prose)
        .filter(|path| path_key(path) == method)
        .chain(all_prose.get(&method).into_iter().flatten())
        .collect();
    named_after.sort_by_key(|path| std::cmp::Reverse(path.len()));
    named_after
        .first()
        .map(|path| path.to_string())
        .or_else(|| model_paths.first().cloned())
}

/// A path as a method name: `/beta/credit/v1/bank_employment/get` → `credit_bank_employment_get`.
pub fn path_key(path: &str) -> String {
    let versioned = |segment: &str| {
        segment == "beta"
            || (segment.len() > 1
                && segment.starts_with('v')
                && segment[1..].chars().all(|c| c.is_ascii_digit()))
    };
    path.split('/')
        .filter(|s| !s.is_empty() && !versioned(s))
        .collect::<Vec<_>>()
        .join("_")
        .to_snake_case()
}

/// The backticked API paths in a text.
pub fn backticked_paths(text: &str) -> Vec<String> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter(|p| p.starts_with('/') && p.len() > 1 && !p.contains(' '))
        .map(normalize_path)
        .collect()
}

/// The first path written like "The `/accounts/get` endpoint" in an operation's description.
pub fn described_path(text: &str) -> Option<String> {
    let mut parts = text.split('`');
    parts.next();
    while let (Some(code), Some(after)) = (parts.next(), parts.next()) {
        if code.starts_with('/') && after.trim_start().starts_with("endpoint") {
            return Some(code.to_string());
        }
    }
    None
}

/// `/processor/token/create` → `processor_token_create`.
pub fn name_from_path(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty() && !s.starts_with('{'))
        .collect::<Vec<_>>()
        .join("_")
        .to_snake_case()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_sentences_name_paths() {
        assert_eq!(
            schema_paths("AccountsGetResponse defines the response schema for `/accounts/get` and `/accounts/balance/get`.", "response"),
            ["/accounts/get", "/accounts/balance/get"]
        );
        assert_eq!(
            schema_paths(
                "X defines the request schema for `/a`. See `/b`.",
                "request"
            ),
            ["/a"]
        );
        assert!(schema_paths("X defines the request schema for `/a`", "response").is_empty());
        assert_eq!(
            schema_paths("X defines the schema for `/application/get`", "request"),
            ["/application/get"]
        );
        assert_eq!(
            schema_paths(
                "Request schema for '/identity_verification/create'",
                "request"
            ),
            ["/identity_verification/create"]
        );
        assert_eq!(
            schema_paths(
                "X defines the request schema for `/asset_report/get/`",
                "request"
            ),
            ["/asset_report/get"]
        );
    }

    #[test]
    fn method_names_pick_among_candidate_paths() {
        let copied = vec!["/asset_report/audit_copy/get".to_string()];
        assert_eq!(
            choose_path(
                "asset_report_audit_copy_create",
                &copied,
                "Use `/asset_report/audit_copy/create` to share.",
                &BTreeMap::new()
            )
            .as_deref(),
            Some("/asset_report/audit_copy/create")
        );
        assert_eq!(
            choose_path("anything", &copied, "", &BTreeMap::new()).as_deref(),
            Some("/asset_report/audit_copy/get")
        );
        // A path the prose names but the method is not named after is another endpoint.
        assert_eq!(
            choose_path(
                "beacon_report_create",
                &[],
                "Use the `/beacon/user/create` endpoint instead",
                &BTreeMap::new()
            )
            .as_deref(),
            None
        );
        // The versioned path is the more specific of two the method is named after.
        let beta = vec!["/beta/credit/v1/bank_employment/get".to_string()];
        assert_eq!(
            choose_path(
                "credit_bank_employment_get",
                &beta,
                "`/credit/bank_employment/get` returns",
                &BTreeMap::new()
            )
            .as_deref(),
            Some("/beta/credit/v1/bank_employment/get")
        );
        // A path named elsewhere in the docs, when the model's was copied from a neighbour.
        let elsewhere = BTreeMap::from([(
            "processor_stripe_bank_account_token_create".to_string(),
            vec!["/processor/stripe/bank_account_token/create".to_string()],
        )]);
        let copied = vec!["/processor/stripe/bank_account/create".to_string()];
        assert_eq!(
            choose_path(
                "processor_stripe_bank_account_token_create",
                &copied,
                "",
                &elsewhere
            )
            .as_deref(),
            Some("/processor/stripe/bank_account_token/create")
        );
    }

    #[test]
    fn described_paths() {
        assert_eq!(
            described_path(
                "The `/accounts/balance/get` endpoint returns the balance. See `/x` too."
            ),
            Some("/accounts/balance/get".into())
        );
        assert_eq!(described_path("Use `/x` later"), None);
    }

    #[test]
    fn paths_to_names() {
        assert_eq!(
            name_from_path("/processor/token/create"),
            "processor_token_create"
        );
    }
}
