//! The check stage, between the IR and the emitters: what the IR holds must make sense as a
//! whole before any code is written from it.

pub mod names;
pub mod understanding;
pub mod unions;

use crate::docs::Page;
use crate::source::{FileId, Sources, Span};

/// Where to point at a whole provider: its `provider.toml`, or its first page by path.
pub fn provider_span(config_file: Option<FileId>, pages: &[Page], sources: &Sources) -> Span {
    let file = config_file.or_else(|| {
        pages
            .iter()
            .min_by_key(|p| &sources.get(p.file).path)
            .map(|p| p.file)
    });
    Span::new(file.unwrap_or(FileId(0)), 0..0)
}
