//! Vendor prose to rustdoc.
//!
//! Descriptions are CommonMark written for a docs site. Pasted into `///` as they are, they
//! break rustdoc: indented or unlabelled code blocks become doctests, `[value]` becomes a
//! broken intra-doc link, `<value>` an unclosed HTML tag, a bare URL a lint. This module
//! re-renders the markdown event by event so that none of that survives: fenced code is
//! marked `text`, stray brackets and angle brackets are escaped, bare URLs are wrapped in
//! `<...>`, `<br/>` becomes a line break, and links to other spec pages (`type:<id>`, as the
//! IR writes them) become intra-doc links to the generated types.

use proc_macro2::TokenStream;
use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, LinkType, Tag, TagEnd};
use quote::quote;

/// `#[doc = "..."]` attributes, one per line, for `markdown`.
pub fn attrs(markdown: &str, link: &dyn Fn(u32) -> Option<String>) -> TokenStream {
    lines_to_attrs(&clean(markdown, link))
}

/// `#[doc = "..."]` attributes for text that is already rustdoc.
pub fn lines_to_attrs(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote!(#(#[doc = #lines])*)
}

/// `#![doc = "..."]` attributes (a module's own docs) for text that is already rustdoc.
pub fn inner_attrs(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote!(#(#![doc = #lines])*)
}

/// Lines as `///` writes them: a space after the slashes unless the line is empty.
fn doc_lines(text: &str) -> Vec<String> {
    text.trim_end()
        .lines()
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!(" {line}")
            }
        })
        .collect()
}

/// Cleans markdown for rustdoc; `link` maps a type id to the path of its generated type.
pub fn clean(markdown: &str, link: &dyn Fn(u32) -> Option<String>) -> String {
    if markdown.trim().is_empty() {
        return String::new();
    }
    let mut out = Writer::default();
    let mut links: Vec<Option<String>> = Vec::new();
    let mut in_code_block = false;
    for event in crate::markdown::new_parser(markdown) {
        match event {
            Event::Text(text) if in_code_block => out.raw(&text),
            Event::Text(text) => out.text(&text),
            Event::Code(code) => out.code(&code),
            Event::InlineHtml(html) | Event::Html(html) => {
                if is_line_break(&html) {
                    out.newline();
                } else {
                    out.text(&html);
                }
            }
            Event::SoftBreak | Event::HardBreak => out.newline(),
            Event::Rule => out.block("---"),
            Event::Start(tag) => match tag {
                Tag::Paragraph => out.start_block(),
                Tag::Heading { level, .. } => {
                    out.start_block();
                    // Item docs sit under rustdoc's own headings; keep vendor headings small.
                    let hashes = match level {
                        HeadingLevel::H1 | HeadingLevel::H2 => "###",
                        _ => "####",
                    };
                    out.raw(hashes);
                    out.raw(" ");
                }
                Tag::CodeBlock(kind) => {
                    out.start_block();
                    let lang = match kind {
                        CodeBlockKind::Fenced(lang) if !lang.is_empty() => {
                            lang.split(',').next().unwrap_or("text").to_string()
                        }
                        _ => "text".to_string(),
                    };
                    // Vendor samples are never Rust that compiles: show them, never run them.
                    let lang = if lang == "rust" {
                        "text".to_string()
                    } else {
                        lang
                    };
                    out.raw(&format!("```{lang}\n"));
                    in_code_block = true;
                }
                Tag::List(start) => {
                    out.start_block();
                    out.lists.push(start);
                }
                Tag::Item => {
                    out.ensure_line();
                    let depth = out.lists.len().saturating_sub(1);
                    out.raw(&"  ".repeat(depth));
                    match out.lists.last_mut() {
                        Some(Some(n)) => {
                            let marker = format!("{n}. ");
                            *n += 1;
                            out.raw(&marker);
                        }
                        _ => out.raw("- "),
                    }
                }
                Tag::Emphasis => out.raw("*"),
                Tag::Strong => out.raw("**"),
                Tag::Strikethrough => out.raw("~~"),
                Tag::BlockQuote(_) => {
                    out.start_block();
                    out.raw("> ");
                }
                Tag::Link {
                    link_type,
                    dest_url,
                    ..
                } => {
                    let target = link_target(&dest_url, link);
                    if target.is_some() && link_type != LinkType::Autolink {
                        out.raw("[");
                    }
                    links.push(target.map(|t| {
                        if link_type == LinkType::Autolink {
                            out.raw(&format!("<{t}>"));
                            String::new()
                        } else {
                            t
                        }
                    }));
                    if matches!(links.last(), Some(Some(t)) if t.is_empty()) {
                        out.skip_text = true;
                    }
                }
                Tag::Image { .. } => links.push(None),
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::BlockQuote(_) => out.end_block(),
                TagEnd::CodeBlock => {
                    in_code_block = false;
                    out.ensure_line();
                    out.raw("```");
                    out.end_block();
                }
                TagEnd::List(_) => {
                    out.lists.pop();
                    out.end_block();
                }
                TagEnd::Item => {}
                TagEnd::Emphasis => out.raw("*"),
                TagEnd::Strong => out.raw("**"),
                TagEnd::Strikethrough => out.raw("~~"),
                TagEnd::Link | TagEnd::Image => {
                    out.skip_text = false;
                    match links.pop().flatten() {
                        Some(target) if !target.is_empty() => out.raw(&format!("]({target})")),
                        _ => {}
                    }
                }
                _ => {}
            },
            Event::TaskListMarker(done) => out.raw(if done { "[x] " } else { "[ ] " }),
            _ => {}
        }
    }
    out.finish()
}

/// Where a link should point in rustdoc, or `None` to keep only its text.
fn link_target(dest: &str, link: &dyn Fn(u32) -> Option<String>) -> Option<String> {
    if let Some(id) = dest.strip_prefix("type:") {
        return id.parse().ok().and_then(link);
    }
    let absolute =
        dest.starts_with("https://") || dest.starts_with("http://") || dest.starts_with("mailto:");
    absolute.then(|| dest.replace(' ', "%20").replace(')', "%29"))
}

fn is_line_break(html: &str) -> bool {
    let inner = html.trim().trim_start_matches('<').trim_end_matches('>');
    inner
        .trim_end_matches('/')
        .trim()
        .eq_ignore_ascii_case("br")
}

#[derive(Default)]
struct Writer {
    out: String,
    lists: Vec<Option<u64>>,
    /// Inside an autolink, whose text was already written.
    skip_text: bool,
}

impl Writer {
    fn raw(&mut self, text: &str) {
        self.out.push_str(text);
    }

    fn newline(&mut self) {
        self.out.push('\n');
        if !self.lists.is_empty() {
            self.out.push_str(&"  ".repeat(self.lists.len()));
        }
    }

    fn ensure_line(&mut self) {
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn start_block(&mut self) {
        if self.lists.is_empty() {
            self.ensure_line();
            if !self.out.is_empty() && !self.out.ends_with("\n\n") {
                self.out.push('\n');
            }
        }
    }

    fn end_block(&mut self) {
        if self.lists.is_empty() {
            self.ensure_line();
        }
    }

    fn block(&mut self, text: &str) {
        self.start_block();
        self.raw(text);
        self.end_block();
    }

    /// Prose, escaped so rustdoc reads it as prose.
    fn text(&mut self, text: &str) {
        if self.skip_text {
            return;
        }
        let mut rest = text;
        while !rest.is_empty() {
            let url = ["https://", "http://"]
                .iter()
                .filter_map(|scheme| rest.find(scheme))
                .min();
            let (before, after) = match url {
                Some(at) => rest.split_at(at),
                None => (rest, ""),
            };
            self.escaped(before);
            if after.is_empty() {
                break;
            }
            let end = after
                .find(|c: char| {
                    c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\'' | '`' | ')' | ']')
                })
                .unwrap_or(after.len());
            let (url, tail) = after.split_at(end);
            // Sentence punctuation after a URL is not part of it.
            let url_trimmed = url.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            self.out.push('<');
            self.out.push_str(url_trimmed);
            self.out.push('>');
            self.escaped(&url[url_trimmed.len()..]);
            rest = tail;
        }
    }

    fn escaped(&mut self, text: &str) {
        for c in text.chars() {
            if matches!(c, '[' | ']' | '<' | '>' | '*' | '_' | '`' | '\\' | '|') {
                self.out.push('\\');
            }
            self.out.push(c);
        }
    }

    fn code(&mut self, code: &str) {
        if self.skip_text {
            return;
        }
        let longest = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
        let fence = "`".repeat(longest + 1);
        let pad = if code.starts_with('`') || code.ends_with('`') {
            " "
        } else {
            ""
        };
        self.out
            .push_str(&format!("{fence}{pad}{code}{pad}{fence}"));
    }

    fn finish(self) -> String {
        let mut text = self.out.trim().to_string();
        text.push('\n');
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(markdown: &str) -> String {
        clean(markdown, &|id| {
            (id == 7).then(|| "crate::plaid::models::Processor".to_string())
        })
    }

    #[test]
    fn breaks_brackets_and_html() {
        assert_eq!(c("a<br/>b<br/><br/>c"), "a\nb\n\nc\n");
        assert_eq!(
            c("use [value] or <value>"),
            "use \\[value\\] or \\<value\\>\n"
        );
        assert_eq!(c("ids like acc_1"), "ids like acc\\_1\n");
    }

    #[test]
    fn urls_and_links() {
        assert_eq!(
            c("see https://plaid.com/docs."),
            "see <https://plaid.com/docs>.\n"
        );
        assert_eq!(c("[docs](https://x.test/a)"), "[docs](https://x.test/a)\n");
        assert_eq!(
            c("[here](/api/x) and [p](type:7)"),
            "here and [p](crate::plaid::models::Processor)\n"
        );
        // Not a URL, so not a link: shown as written, never as an HTML tag.
        assert_eq!(c("</api/products/#x>"), "\\</api/products/#x\\>\n");
        assert_eq!(c("<https://x.test>"), "<https://x.test>\n");
    }

    #[test]
    fn code_never_runs() {
        assert_eq!(c("```\nlet x = 1;\n```"), "```text\nlet x = 1;\n```\n");
        assert_eq!(c("    indented code"), "```text\nindented code\n```\n");
        assert_eq!(c("`a|b`"), "`a|b`\n");
        assert_eq!(c("``a`b``"), "``a`b``\n");
    }

    #[test]
    fn lists_and_paragraphs() {
        assert_eq!(c("one\n\n- a\n- b\n\ntwo"), "one\n\n- a\n- b\n\ntwo\n");
    }
}
