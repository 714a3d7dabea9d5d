//! Spec files and positions in them.
//!
//! Every later stage points back at the markdown through a [`Span`]: a file and a byte range.
//! Lines and columns are computed only when a diagnostic is rendered.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// Index of a file in [`Sources`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FileId(pub u32);

/// A byte range in one spec file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub file: FileId,
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(file: FileId, range: Range<usize>) -> Self {
        Span {
            file,
            start: range.start as u32,
            end: range.end as u32,
        }
    }

    /// The span of `inner`, given as a range relative to the start of this span.
    // A sub-span, not a subtraction: the name reads well at its many call sites.
    #[allow(clippy::should_implement_trait)]
    pub fn sub(self, inner: Range<usize>) -> Self {
        Span {
            file: self.file,
            start: self.start + inner.start as u32,
            end: self.start + inner.end as u32,
        }
    }

    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// One file of the spec tree, already decoded.
#[derive(Debug)]
pub struct SourceFile {
    /// Path relative to the specs root, `/`-separated, e.g. `plaid/models/components/item.md`.
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// A file with `text`, less the byte order mark some editors put first (it is not part of
    /// the text, and would hide the page's `# Title`).
    pub fn new(path: String, mut text: String) -> Self {
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// Zero-based line index containing `offset`.
    pub fn line_index(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// One-based line and column (in characters) of `offset`.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_index(offset);
        let start = self.line_starts[line];
        let column = self.text[start..offset.min(self.text.len())]
            .chars()
            .count()
            + 1;
        (line + 1, column)
    }

    pub fn line_range(&self, line: usize) -> Option<Range<usize>> {
        let start = *self.line_starts.get(line)?;
        let end = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(start..end)
    }

    /// The folder part of the path (`plaid/models/components` for `plaid/models/components/x.md`).
    pub fn dir(&self) -> &str {
        self.path.rsplit_once('/').map_or("", |(dir, _)| dir)
    }
}

/// All decoded spec files, in path order.
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn add(&mut self, path: String, text: String) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.files.push(SourceFile::new(path, text));
        id
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f))
    }

    /// `path:line:column` of the start of `span`.
    pub fn location(&self, span: Span) -> String {
        let file = self.get(span.file);
        let (line, column) = file.line_col(span.start as usize);
        format!("{}:{line}:{column}", file.path)
    }
}

/// The spec tree as bytes, keyed by `/`-separated relative path.
///
/// Keeping it in a `BTreeMap` makes every later stage independent of the order in which the
/// file system lists directories.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpecTree {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl SpecTree {
    /// Reads every regular file below `root`. Hidden files and folders (`.git`, editor swap
    /// files) are left out.
    pub fn read_dir(root: &Path) -> std::io::Result<SpecTree> {
        let mut tree = SpecTree::default();
        let mut pending: Vec<(PathBuf, String)> = vec![(root.to_path_buf(), String::new())];
        while let Some((dir, prefix)) = pending.pop() {
            for entry in std::fs::read_dir(&dir)? {
                let entry = entry?;
                let name = file_name_text(&entry.file_name());
                if name.starts_with('.') {
                    continue;
                }
                let relative = if prefix.is_empty() {
                    name
                } else {
                    format!("{prefix}/{name}")
                };
                let file_type = entry.file_type()?;
                if file_type.is_dir() {
                    pending.push((entry.path(), relative));
                } else if file_type.is_file() || entry.path().is_file() {
                    if tree.files.contains_key(&relative) {
                        // Only a name with a literal `\xNN` can meet an escaped one.
                        return Err(std::io::Error::new(
                            std::io::ErrorKind::InvalidData,
                            format!("two files in {} are both named {relative}", dir.display()),
                        ));
                    }
                    tree.files.insert(relative, std::fs::read(entry.path())?);
                }
            }
        }
        Ok(tree)
    }

    pub fn insert(&mut self, path: impl Into<String>, contents: impl Into<Vec<u8>>) {
        self.files.insert(path.into(), contents.into());
    }
}

/// A file or folder name as text. A name that is not UTF-8 keeps every byte that is not, as
/// `\xNN`, so two such names never become one (as they would if each bad byte became `�`).
fn file_name_text(name: &std::ffi::OsStr) -> String {
    if let Some(text) = name.to_str() {
        return text.to_string();
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut text = String::new();
        for chunk in name.as_bytes().utf8_chunks() {
            text.push_str(chunk.valid());
            for byte in chunk.invalid() {
                text.push_str(&format!("\\x{byte:02X}"));
            }
        }
        text
    }
    #[cfg(windows)]
    {
        use std::os::windows::ffi::OsStrExt;
        char::decode_utf16(name.encode_wide())
            .map(|c| {
                c.map_or_else(
                    |e| format!("\\u{{{:04X}}}", e.unpaired_surrogate()),
                    String::from,
                )
            })
            .collect()
    }
    #[cfg(not(any(unix, windows)))]
    {
        name.to_string_lossy().into_owned()
    }
}

// The stages take a tree by reference or by value (`impl Into<Cow<SpecTree>>`); by value they
// keep its bytes instead of copying them.
impl From<SpecTree> for std::borrow::Cow<'_, SpecTree> {
    fn from(tree: SpecTree) -> Self {
        std::borrow::Cow::Owned(tree)
    }
}

impl<'a> From<&'a SpecTree> for std::borrow::Cow<'a, SpecTree> {
    fn from(tree: &'a SpecTree) -> Self {
        std::borrow::Cow::Borrowed(tree)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_text() {
        let file = SourceFile::new("p/a.md".into(), "\u{feff}# Title\nnext".into());
        assert_eq!(file.text, "# Title\nnext");
        assert_eq!(file.line_col(8), (2, 1));
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_stay_apart() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("p");
        std::fs::create_dir(&folder).unwrap();
        for (name, text) in [
            (&b"a\xff.md"[..], "one"),
            (b"a\xfe.md", "two"),
            (b"a.md", "three"),
        ] {
            std::fs::write(folder.join(std::ffi::OsStr::from_bytes(name)), text).unwrap();
        }
        let tree = SpecTree::read_dir(dir.path()).unwrap();
        let files: Vec<(&str, &[u8])> = tree
            .files
            .iter()
            .map(|(path, bytes)| (path.as_str(), bytes.as_slice()))
            .collect();
        assert_eq!(
            files,
            [
                ("p/a.md", &b"three"[..]),
                ("p/a\\xFE.md", b"two"),
                ("p/a\\xFF.md", b"one"),
            ]
        );
    }
}
