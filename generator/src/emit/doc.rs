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
///
/// Every doc comment the generator writes passes here, so this is where a doctest is ruled
/// out: text holding a code block rustdoc would compile and run (an unlabelled or indented
/// block, or a label such as `rust` or `no_run`), because input text reached it unclean, is
/// cleaned first, which marks every such block `text`.
fn doc_lines(text: &str) -> Vec<String> {
    let cleaned;
    let text = if runs_as_doctest(text) {
        cleaned = clean(text, &|_| None);
        &cleaned
    } else {
        text
    };
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
    // The language and text of the code block being read: its fence is written at its end,
    // longer than any run of backticks inside, so a fence in the sample cannot close it.
    let mut code_block: Option<(String, String)> = None;
    for event in crate::markdown::new_parser(markdown) {
        match event {
            Event::Text(text) if code_block.is_some() => {
                if let Some((_, code)) = code_block.as_mut() {
                    code.push_str(&text);
                }
            }
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
                    // Vendor samples are never Rust that compiles: show them, never run them.
                    let lang = match &kind {
                        CodeBlockKind::Fenced(info) => info.split(',').next().unwrap_or_default(),
                        CodeBlockKind::Indented => "",
                    };
                    let lang = if is_plain_language(lang) {
                        lang
                    } else {
                        "text"
                    };
                    code_block = Some((lang.to_string(), String::new()));
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
                    let (lang, code) = code_block.take().unwrap_or_default();
                    let longest = code
                        .lines()
                        .map(|line| {
                            let line = line.trim_start();
                            line.len() - line.trim_start_matches('`').len()
                        })
                        .max()
                        .unwrap_or(0);
                    let fence = "`".repeat(longest.max(2) + 1);
                    // In a list item, every line at the item's indentation.
                    let indent = "  ".repeat(out.lists.len());
                    out.ensure_line();
                    out.raw(&format!("{indent}{fence}{lang}\n"));
                    for line in code.lines() {
                        out.raw(&format!("{indent}{line}\n"));
                    }
                    out.raw(&format!("{indent}{fence}"));
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

/// Text from the specs (a title, a name) as one line of prose inside a generated sentence:
/// markdown in it is shown as written, and a newline cannot start a block.
pub fn prose(text: &str) -> String {
    let mut out = Writer::default();
    out.text(&one_line(text));
    out.out
}

/// Text from the specs (a URL, a header, a path) as one inline code span.
pub fn code(text: &str) -> String {
    let mut out = Writer::default();
    out.code(&one_line(text));
    out.out
}

/// `text` with every line break and other control character as a space.
fn one_line(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Whether rustdoc leaves a code block with this info string alone: one word of letters that
/// is not a rustdoc attribute. Rustdoc compiles a block with no info string, or with `rust`,
/// `ignore`, `no_run`, `should_panic`, `compile_fail`, `edition2021`, `E0277`, ... among its
/// words, whatever other words it holds; letters only rules all of those out but `rust`,
/// `ignore`, `custom` and the bare `edition` prefix, which are listed.
fn is_plain_language(info: &str) -> bool {
    let word = info.to_ascii_lowercase();
    !word.is_empty()
        && word.chars().all(|c| c.is_ascii_lowercase())
        && !["rust", "ignore", "custom"].contains(&word.as_str())
        && !word.starts_with("edition")
}

/// Whether `text` holds a code block rustdoc would compile as a doctest.
fn runs_as_doctest(text: &str) -> bool {
    crate::markdown::new_parser(text).any(|event| match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => !is_plain_language(&info),
        Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) => true,
        _ => false,
    })
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

    /// Input text reaches doc comments only through this module, and whatever it holds, no
    /// code block in the result is one rustdoc would compile.
    #[test]
    fn injection_no_doc_comment_runs_as_a_doctest() {
        let hostile = [
            "```\nfn main() {}\n```",
            "```rust,ignore\nx\n```",
            "```no_run\nx\n```",
            "```python,no_run\nx\n```",
            "```python no_run\nx\n```",
            "```compile_fail\nx\n```",
            "```should_panic\nx\n```",
            "```edition2021\nx\n```",
            "```E0277\nx\n```",
            "```{.rust}\nx\n```",
            "~~~json\n```\nfn main() {}\n```\n~~~",
            "text\n\n    indented code",
            "- item\n\n      ```\n      in a list\n      ```",
            "> ```\n> quoted\n> ```",
        ];
        for text in hostile {
            for lines in [doc_lines(text), doc_lines(&clean(text, &|_| None))] {
                let joined = lines.join("\n");
                assert!(
                    !runs_as_doctest(&joined),
                    "{text:?} gave a doctest:\n{joined}"
                );
            }
        }
        // Labels of other languages are kept.
        assert_eq!(c("```json\n{}\n```"), "```json\n{}\n```\n");
        // A fence inside a sample does not close the block around it.
        assert_eq!(
            c("~~~json\n```\nx\n```\n~~~"),
            "````json\n```\nx\n```\n````\n"
        );
    }

    #[test]
    fn injection_inline_text_stays_on_its_line() {
        assert_eq!(prose("Acme\"\n[lib]\n```"), "Acme\" \\[lib\\] \\`\\`\\`");
        assert_eq!(code("a`b\nc"), "``a`b c``");
        assert_eq!(code("plain"), "`plain`");
    }

    #[test]
    fn lists_and_paragraphs() {
        assert_eq!(c("one\n\n- a\n- b\n\ntwo"), "one\n\n- a\n- b\n\ntwo\n");
    }
}
