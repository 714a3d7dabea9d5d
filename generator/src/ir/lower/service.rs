//! Pass 4: how to reach and authenticate against the provider, from its `provider.toml`.

use super::index::Index;
use super::Found;
use crate::config::AuthConfig;
use crate::diagnostics::{Code, Diagnostic};
use crate::ir::*;
use crate::source::{FileId, Span};

pub(super) fn lower_service(index: &Index<'_>, found: &mut Found<'_>) -> Service {
    let config = index.config();
    let error_model = config.error_model.as_ref().and_then(|name| {
        let model = index.type_titled(name.get_ref());
        if model.is_none() {
            found.push(
                Diagnostic::error(
                    Code::MissingModel,
                    format!("error model `{}` has no page", name.get_ref()),
                )
                .at(
                    Span::new(index.input.config_file.unwrap_or(FileId(0)), name.span()),
                    "named here",
                )
                .note(format!(
                    "expected a model page titled `{}` in this provider's folder",
                    name.get_ref()
                )),
            );
        }
        model
    });
    let mut environments: Vec<Environment> = config
        .environments
        .iter()
        .map(|e| Environment {
            name: e.name.get_ref().clone(),
            url: e.url.get_ref().trim_end_matches('/').to_string(),
        })
        .collect();
    // Without configured environments, the URL the docs say paths are relative to.
    if environments.is_empty() {
        if let Some(url) = documented_base_url(index) {
            environments.push(Environment {
                name: "Default".into(),
                url,
            });
        }
    }
    let config_file = index.input.config_file.unwrap_or(FileId(0));
    let mut header_name = |name: &Option<toml::Spanned<String>>, key: &str| {
        let name = name.as_ref()?;
        let valid = !name.get_ref().is_empty()
            && name
                .get_ref()
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        if !valid {
            found.push(
                Diagnostic::error(Code::BadConfig, format!("`{key}` is not a header name"))
                    .at(
                        Span::new(config_file, name.span()),
                        format!("found `{}`", name.get_ref()),
                    )
                    .note("expected letters, digits and `-`, e.g. `Idempotency-Key`"),
            );
            return None;
        }
        Some(name.get_ref().clone())
    };
    let idempotency_header = header_name(&config.http.idempotency_header, "idempotency_header");
    let request_id_header = header_name(&config.http.request_id_header, "request_id_header");
    let credentials: Vec<&str> = match &config.auth {
        AuthConfig::None => vec![],
        AuthConfig::ApiKeyHeaders { headers } => {
            headers.iter().map(|h| h.credential.as_str()).collect()
        }
        AuthConfig::OAuth2ClientCredentials { .. } => vec!["client_id", "client_secret"],
    };
    let mut env = EnvVars {
        environment: config.env.environment.clone(),
        credentials: Default::default(),
    };
    if let Some(variables) = &config.env.credentials {
        for (credential, variable) in variables.get_ref() {
            if credentials.contains(&credential.as_str()) {
                env.credentials.insert(credential.clone(), variable.clone());
            } else {
                found.push(
                    Diagnostic::error(
                        Code::BadConfig,
                        format!("`env.credentials` names `{credential}`, which is no credential"),
                    )
                    .at(Span::new(config_file, variables.span()), "named here")
                    .note(if credentials.is_empty() {
                        "this provider's `[auth]` takes no credentials".to_string()
                    } else {
                        format!("expected one of {}", credentials.join(", "))
                    }),
                );
            }
        }
    }
    Service {
        idempotency_header,
        request_id_header,
        request_id_field: config.http.request_id_field.clone(),
        env,
        environments,
        auth: match &config.auth {
            AuthConfig::None => Auth::None,
            AuthConfig::ApiKeyHeaders { headers } => Auth::ApiKeyHeaders(
                headers
                    .iter()
                    .map(|h| ApiKeyHeader {
                        header: h.header.clone(),
                        credential: h.credential.clone(),
                        default: h.default.clone(),
                        docs: h.docs.clone(),
                    })
                    .collect(),
            ),
            AuthConfig::OAuth2ClientCredentials { token_path } => Auth::OAuth2ClientCredentials {
                token_path: token_path.clone(),
            },
        },
        content_type: config
            .http
            .content_type
            .clone()
            .unwrap_or_else(|| "application/json".into()),
        accept: config.http.accept.clone(),
        error_model,
        secrets: config.secrets.clone(),
    }
}

/// The base URL the most operation pages state (the first in page order on a tie).
fn documented_base_url(index: &Index<'_>) -> Option<String> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for page in index.pages() {
        let crate::docs::PageKind::Operations(ops) = &page.kind else {
            continue;
        };
        let Some(url) = &ops.base_url else { continue };
        let url = url.trim_end_matches('/').to_string();
        match counts.iter_mut().find(|(u, _)| *u == url) {
            Some((_, n)) => *n += 1,
            None => counts.push((url, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == best).map(|(u, _)| u)
}
