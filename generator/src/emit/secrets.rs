//! Which model fields carry secrets, so that `Debug` (and with it every log line and error
//! message that prints a model) never shows their values.
//!
//! A field is a secret when its name ends with one of the names below, or with one that the
//! provider's `secrets` key adds: `access_token`, `processor_token` and `tokens` end with
//! `token`; `token_type` does not. Names are compared as snake-case words, so `accountNumber`
//! and `account_number` are the same name.

use super::Ctx;
use crate::ir::*;
use heck::ToSnakeCase;

/// Names whose values are secrets in any API: credentials, and the personal and bank numbers
/// that identify a person or an account.
pub const BUILT_IN: &[&str] = &[
    "token",
    "secret",
    "password",
    "api_key",
    "ssn",
    "account_number",
    "routing_number",
    "tax_id",
    "ein",
];

/// Whether the field named `name` (as documented) holds a secret, given the provider's
/// additional names.
#[cfg(test)]
pub fn is_secret_name(name: &str, extra: &[String]) -> bool {
    Matcher::new(extra).is_secret_name(name)
}

/// The secret names of one provider, split into words once.
struct Matcher {
    secrets: Vec<Vec<String>>,
}

impl Matcher {
    fn new(extra: &[String]) -> Self {
        let secrets = BUILT_IN
            .iter()
            .copied()
            .chain(extra.iter().map(String::as_str))
            .map(words)
            .filter(|secret| !secret.is_empty())
            .collect();
        Matcher { secrets }
    }

    fn is_secret_name(&self, name: &str) -> bool {
        let name_words = words(name);
        // A list of secrets (`access_tokens`) is as secret as one.
        let mut singular = name_words.clone();
        if let Some(last) = singular.last_mut() {
            if last.len() > 1 && last.ends_with('s') && !last.ends_with("ss") {
                last.pop();
            }
        }
        self.secrets
            .iter()
            .any(|secret| name_words.ends_with(secret) || singular.ends_with(secret))
    }
}

/// Which fields of a provider's structs hold secrets, worked out once per provider (by
/// each field's documented or wire name).
pub struct Secrets {
    /// Per type, per field (empty for a type that is not a struct).
    fields: Vec<Vec<bool>>,
    /// Whether any field but a union tag holds one.
    any: bool,
}

impl Secrets {
    pub fn new(provider: &Provider) -> Self {
        let matcher = Matcher::new(&provider.service.secrets);
        let mut any = false;
        let fields = provider
            .types
            .iter()
            .map(|def| match &def.kind {
                TypeKind::Struct(s) => s
                    .fields
                    .iter()
                    .enumerate()
                    .map(|(i, f)| {
                        let secret =
                            matcher.is_secret_name(&f.name) || matcher.is_secret_name(&f.wire_name);
                        any |= secret && s.tag != Some(i);
                        secret
                    })
                    .collect(),
                _ => Vec::new(),
            })
            .collect();
        Secrets { fields, any }
    }
}

/// Whether field `index` of struct `id` holds a secret (by its documented or its wire name).
pub fn is_secret(ctx: &Ctx<'_>, id: TypeId, index: usize) -> bool {
    ctx.secrets.fields[id.0 as usize][index]
}

/// Whether any field of any struct of the provider holds a secret.
pub fn any(ctx: &Ctx<'_>) -> bool {
    ctx.secrets.any
}

fn words(name: &str) -> Vec<String> {
    let plain: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { ' ' })
        .collect();
    plain
        .to_snake_case()
        .split('_')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::is_secret_name;

    #[test]
    fn secret_names() {
        let secret = [
            "access_token",
            "processor_token",
            "plaidToken",
            "access_tokens",
            "secret",
            "client_secret",
            "password",
            "ssn",
            "accountNumber",
            "wire_routing_number",
            "tax_id",
            "ein",
        ];
        for name in secret {
            assert!(is_secret_name(name, &[]), "{name} is a secret");
        }
        let plain = [
            "token_type",
            "account_id",
            "secretary",
            "expires_in",
            "routing",
            "protein",
            "ssn_last4",
            "address",
        ];
        for name in plain {
            assert!(!is_secret_name(name, &[]), "{name} is not a secret");
        }
        assert!(is_secret_name("mfaAnswer", &["mfa_answer".to_string()]));
        assert!(!is_secret_name("mfa_question", &["mfa_answer".to_string()]));
    }
}
