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
    Service {
        environments: config
            .environments
            .iter()
            .map(|e| Environment {
                name: e.name.clone(),
                url: e.url.get_ref().trim_end_matches('/').to_string(),
            })
            .collect(),
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
