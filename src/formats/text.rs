//! Plain text and Markdown files: paragraphs (separated by blank lines) are blocks, each source
//! line a line. Markdown headings (`#`) get a larger size and bold, and their markers are
//! dropped.
//!
//! Paging: a form feed starts a new page (as `pdftotext` and printers do), and a page ends at
//! the first line break after [`PAGE_CHARS`] characters (a line that would take it past a
//! quarter more starts the next page), so that a search hit points at a page of a long text
//! and a snippet never scans megabytes. A line longer than a page is broken at a space (or,
//! with none, after [`PAGE_CHARS`] characters).
//!
//! Streaming: [`extract_reader`] reads a file in chunks of 64 KiB. The encoding is decided
//! on the first [`SNIFF_BYTES`] (byte-order mark, UTF-16 by its zero bytes, UTF-8, or a
//! guess; when they are ASCII, on the first chunk that is not), then the rest is decoded chunk by chunk, so reading never holds the file's bytes
//! and a second decoded copy at once; what stays is the pages themselves.

use std::io::Read;

use crate::model::{ExtractedDoc, Line, Page};
use crate::text::squash_ws;

use super::{mostly_utf8, text_page, utf16_without_bom, FormatError};

/// A page of a long text ends at the first line break after this many characters.
pub const PAGE_CHARS: usize = 4000;

/// The encoding of a text is decided on this many bytes at its start.
pub const SNIFF_BYTES: usize = 1 << 20;

/// Bytes read at a time after the start.
pub(super) const CHUNK_BYTES: usize = 1 << 16;

/// Read a streamed file decoded, a chunk of `CHUNK_BYTES` at a time: the one read loop of
/// the text and HTML readers. `choose` decides the encoding on the first [`SNIFF_BYTES`], or,
/// when they are ASCII read as UTF-8, again on the first chunk that is not ASCII (ASCII reads
/// the same in each encoding it can choose: a windows-1252 register whose first MiB is rows of
/// numbers kept its å, ä and ö as U+FFFD); each chunk's text goes to `take`, with whether it
/// is the last. `nul_is_binary`: a NUL byte in a chunk of a single-byte or UTF-8 text means
/// binary data.
pub(super) fn decoded_chunks<R: Read, E: From<FormatError>>(
    mut reader: R,
    choose: impl Fn(&[u8]) -> Result<&'static encoding_rs::Encoding, FormatError>,
    nul_is_binary: bool,
    mut take: impl FnMut(&str, bool) -> Result<(), E>,
) -> Result<(), E> {
    let read = |reader: &mut R, n: usize| {
        let mut buf = Vec::with_capacity(n.min(CHUNK_BYTES));
        reader.take(n as u64).read_to_end(&mut buf).map(|_| buf)
    };
    let mut chunk = read(&mut reader, SNIFF_BYTES).map_err(FormatError::from)?;
    let mut encoding = choose(&chunk)?;
    let mut open = encoding == encoding_rs::UTF_8 && chunk.is_ascii();
    let utf16 = [encoding_rs::UTF_16LE, encoding_rs::UTF_16BE];
    let nul_is_binary = nul_is_binary && !utf16.contains(&encoding);
    let mut decoder = encoding.new_decoder_with_bom_removal();
    let mut text = String::new();
    loop {
        let next = read(&mut reader, CHUNK_BYTES).map_err(FormatError::from)?;
        let last = next.is_empty();
        if nul_is_binary && chunk.contains(&0) {
            return Err(FormatError::Binary.into());
        }
        if open && !chunk.is_ascii() {
            open = false;
            encoding = choose(&chunk)?;
            decoder = encoding.new_decoder_without_bom_handling();
        }
        text.clear();
        let room = decoder.max_utf8_buffer_length(chunk.len());
        text.reserve(room.unwrap_or(chunk.len() * 3 + 16));
        let _ = decoder.decode_to_string(&chunk, &mut text, last);
        take(&text, last)?;
        if last {
            return Ok(());
        }
        chunk = next;
    }
}

/// The document of a streamed reader's pages (text's or HTML's `stream_pages`, given the
/// callback that takes a batch) read in one batch, and its title.
pub(super) fn whole(
    stream: impl FnOnce(
        &mut dyn FnMut(Vec<Page>) -> Result<(), FormatError>,
    ) -> Result<Option<String>, FormatError>,
) -> Result<ExtractedDoc, FormatError> {
    let mut pages = Vec::new();
    let title = stream(&mut |batch| {
        pages.extend(batch);
        Ok(())
    })?;
    Ok(ExtractedDoc {
        title,
        pages,
        warnings: Vec::new(),
    })
}

/// Extract a text or Markdown file from a reader, in chunks (see the module docs).
pub fn extract_reader<R: Read>(reader: R) -> Result<ExtractedDoc, FormatError> {
    whole(|each| stream_pages(reader, usize::MAX, each))
}

/// Read a text or Markdown file as [`extract_reader`] does, but hand its pages to `each` in
/// batches of `batch` pages (the last may be shorter) as soon as they are done, so that a
/// file of any size is read in the memory of one batch. Returns the title (the first
/// Markdown heading).
pub fn stream_pages<R: Read, E: From<FormatError>>(
    reader: R,
    batch: usize,
    mut each: impl FnMut(Vec<Page>) -> Result<(), E>,
) -> Result<Option<String>, E> {
    let batch = batch.max(1);
    let mut pager = Pager::default();
    decoded_chunks::<_, E>(reader, sniff, true, |mut text, _| {
        // A piece of `batch` bytes holds at most `batch` pages (a form feed is a page), so a
        // batch stays near `batch` pages whatever the text: a chunk of bare form feeds (a
        // scan's pdftotext output) made 65,536 pages at once, 1 MiB of them a million.
        while !text.is_empty() {
            let mut cut = text.len().min(batch);
            while !text.is_char_boundary(cut) {
                cut += 1;
            }
            let (piece, rest) = text.split_at(cut);
            pager.push(piece);
            text = rest;
            if pager.pages.pages.len() >= batch {
                each(std::mem::take(&mut pager.pages.pages))?;
            }
        }
        Ok(())
    })?;
    let doc = pager.finish();
    if !doc.pages.is_empty() {
        each(doc.pages)?;
    }
    Ok(doc.title)
}

/// The encoding of a text, from its first bytes: a byte-order mark (UTF-8, UTF-16LE/BE),
/// UTF-16 without one by its zero bytes, UTF-8 (with some broken sequences, marked U+FFFD),
/// else a guess (chardetng; for Swedish text almost always windows-1252 / ISO-8859-1).
pub(super) fn sniff(head: &[u8]) -> Result<&'static encoding_rs::Encoding, FormatError> {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(head) {
        return Ok(enc);
    }
    if head.contains(&0) {
        let even = head.get(..head.len() & !1).unwrap_or_default();
        return utf16_without_bom(even).ok_or(FormatError::Binary);
    }
    // Valid UTF-8 up to a character cut off at the end of the sample.
    let valid = match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none(),
    };
    if valid || mostly_utf8(head) {
        return Ok(encoding_rs::UTF_8);
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(head, false);
    Ok(det.guess(Some(b"se"), chardetng::Utf8Detection::Allow))
}

/// Cuts lines into pages as they come (the text and HTML readers' paging): a page ends
/// after the line that takes it to [`PAGE_CHARS`] characters, or before a line that would
/// take it past a quarter more. `pages` holds the pages done and not yet handed on, `done`
/// counts all pages done; `block` and `in_block`: the text reader's block on the page.
#[derive(Default)]
pub(super) struct Cutter {
    pub pages: Vec<Page>,
    done: u32,
    pub lines: Vec<Line>,
    chars: usize,
    block: u32,
    in_block: bool,
}

impl Cutter {
    /// Before a line of `n` characters: a new page if it would make this one far too long.
    pub fn starts_page(&mut self, n: usize) {
        if self.chars > 0 && self.chars + n > PAGE_CHARS + PAGE_CHARS / 4 {
            self.close();
        }
    }

    /// Add a line of `n` characters (a new page after it if it filled this one).
    pub fn put(&mut self, line: Line, n: usize) {
        self.chars += n;
        self.lines.push(line);
        if self.chars >= PAGE_CHARS {
            self.close();
        }
    }

    pub fn close(&mut self) {
        self.done += 1;
        let lines = std::mem::take(&mut self.lines);
        self.pages.push(text_page(self.done, lines));
        (self.chars, self.block, self.in_block) = (0, 0, false);
    }

    /// The last page, unless the text ended exactly at a page break (a trailing form feed,
    /// as pdftotext writes) — but a text always has at least one page.
    pub fn finish(&mut self) {
        if !self.lines.is_empty() || self.done == 0 {
            self.close();
        }
    }
}

/// Cuts text into pages of lines and blocks, as it arrives.
#[derive(Default)]
struct Pager {
    /// The unfinished last line of what was pushed so far.
    partial: String,
    pages: Cutter,
    title: Option<String>,
}

impl Pager {
    /// Add text; lines are taken when their end has arrived.
    fn push(&mut self, text: &str) {
        let mut rest = text;
        while let Some(i) = rest.find(['\n', '\x0c']) {
            let (line, tail) = rest.split_at(i);
            let form_feed = tail.starts_with('\x0c');
            rest = tail.get(1..).unwrap_or_default();
            if self.partial.is_empty() {
                self.line(line);
            } else {
                let mut whole = std::mem::take(&mut self.partial);
                whole.push_str(line);
                self.line(&whole);
            }
            if form_feed {
                self.pages.close();
            }
        }
        self.partial.push_str(rest);
        // A line without an end in sight is broken, so that it cannot grow without bound.
        while self.partial.len() > 4 * PAGE_CHARS {
            let cut = break_point(&self.partial, PAGE_CHARS);
            let tail = self.partial.split_off(cut);
            let head = std::mem::replace(&mut self.partial, tail);
            self.line(&head);
        }
    }

    /// One source line (without its line break).
    fn line(&mut self, raw: &str) {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let mut rest = raw;
        // Lines longer than a page are broken at a space.
        while rest.chars().count() > PAGE_CHARS {
            let cut = break_point(rest, PAGE_CHARS);
            let (head, tail) = rest.split_at(cut);
            self.one_line(head);
            rest = tail;
        }
        self.one_line(rest);
    }

    fn one_line(&mut self, raw: &str) {
        let normalised = crate::text::nfc(raw);
        let raw = normalised.as_str();
        let trimmed = raw.trim();
        let p = &mut self.pages;
        if trimmed.is_empty() {
            p.block += u32::from(std::mem::take(&mut p.in_block));
            return;
        }
        let hashes = trimmed.chars().take_while(|&c| c == '#').count();
        let is_heading = (1..=6).contains(&hashes)
            && trimmed.chars().nth(hashes).is_some_and(char::is_whitespace);
        let (text, size, bold) = if is_heading {
            let rest = trimmed.get(hashes..).unwrap_or_default();
            (squash_ws(rest), 24.0 - 3.0 * hashes as f32, true)
        } else {
            (squash_ws(trimmed), 11.0, false)
        };
        p.block += u32::from(is_heading && p.in_block);
        if bold && self.title.is_none() {
            self.title = Some(text.clone());
        }
        let n = text.chars().count() + 1;
        // A long line that would make the page far longer than a page starts the next.
        let p = &mut self.pages;
        p.starts_page(n);
        let line = Line {
            text,
            y: p.lines.len() as f32 * 14.0,
            size,
            bold,
            block: p.block,
            ..Line::default()
        };
        p.in_block = !is_heading;
        p.block += u32::from(is_heading);
        p.put(line, n);
    }

    fn finish(mut self) -> ExtractedDoc {
        let partial = std::mem::take(&mut self.partial);
        if !partial.is_empty() {
            self.line(&partial);
        }
        self.pages.finish();
        ExtractedDoc {
            title: self.title,
            pages: self.pages.pages,
            warnings: Vec::new(),
        }
    }
}

/// Where to break `s` so that the first part has at most `max` characters: after the last
/// whitespace within them, else after exactly `max` characters. Always > 0 for a non-empty
/// `s` longer than `max` characters.
pub(super) fn break_point(s: &str, max: usize) -> usize {
    let limit = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let head = s.get(..limit).unwrap_or(s);
    match head.rfind(char::is_whitespace) {
        Some(i) if i > 0 => i + head[i..].chars().next().map_or(1, char::len_utf8),
        _ => limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_markdown_headings() {
        let doc =
            extract_reader("# Rubrik\nrad ett\nrad  två\n\nnytt stycke\n".as_bytes()).unwrap();
        let p = &doc.pages[0];
        assert_eq!(doc.pages.len(), 1);
        assert_eq!(p.text, "Rubrik\n\nrad ett\nrad två\n\nnytt stycke");
        assert_eq!(doc.title.as_deref(), Some("Rubrik"));
        assert_eq!(p.lines[1].block, p.lines[2].block);
        assert_ne!(p.lines[2].block, p.lines[3].block);
    }

    #[test]
    fn form_feeds_and_long_texts_make_pages() {
        let doc = extract_reader("sida ett\n\x0csida två\x0c".as_bytes()).unwrap();
        let texts: Vec<&str> = doc.pages.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["sida ett", "sida två"]);
        assert_eq!(doc.pages[1].number, 2);

        // 1,000 lines of 50 characters: pages end at the first line break after 4,000.
        let line = "Välfärd i Malmö för alla åldrar och alla delar \n";
        let long = line.repeat(1000);
        let doc = extract_reader(long.as_bytes()).unwrap();
        assert!(doc.pages.len() > 10, "{} pages", doc.pages.len());
        for p in &doc.pages[..doc.pages.len() - 1] {
            let n = p.text.chars().count();
            assert!((PAGE_CHARS - 60..PAGE_CHARS + 60).contains(&n), "{n}");
            assert!(p.text.ends_with("delar"), "a page ends at a line break");
        }
        let all: String = doc.pages.iter().map(|p| p.text.clone() + "\n").collect();
        assert_eq!(
            all.matches("Malmö").count(),
            1000,
            "no line lost or doubled"
        );
    }

    #[test]
    fn a_line_longer_than_a_page_is_broken_at_a_space() {
        let words = "åtgärd ".repeat(3000);
        let doc = extract_reader(words.as_bytes()).unwrap();
        let lens: Vec<usize> = doc.pages.iter().map(|p| p.text.chars().count()).collect();
        assert!(doc.pages.len() >= 5, "{lens:?}");
        let all: Vec<&str> = doc
            .pages
            .iter()
            .flat_map(|p| p.text.split_whitespace())
            .collect();
        assert_eq!(all.len(), 3000);
        assert!(all.iter().all(|w| *w == "åtgärd"));
        // Without any space: broken after PAGE_CHARS characters, nothing lost.
        let doc = extract_reader("ö".repeat(10_000).as_bytes()).unwrap();
        let n: usize = doc.pages.iter().map(|p| p.text.chars().count()).sum();
        assert_eq!(n, 10_000);
    }

    #[test]
    fn a_long_latin1_text_reads_as_its_utf8_twin() {
        // Over SNIFF_BYTES, in Latin-1 with Swedish letters and a form feed in the middle:
        // decided on its first megabyte, decoded chunk by chunk, paged as the UTF-8 text.
        let mut text = Vec::new();
        let mut i = 0;
        while text.len() < SNIFF_BYTES + 300_000 {
            text.extend_from_slice(
                format!("Rad {i}: H\u{e4}lsa i Malm\u{f6} \u{e5}r\n").as_bytes(),
            );
            if i == 20_000 {
                text.push(0x0c);
            }
            i += 1;
        }
        let latin1: Vec<u8> = String::from_utf8(text.clone())
            .unwrap()
            .chars()
            .map(|c| u8::try_from(u32::from(c)).unwrap())
            .collect();
        let utf8 = extract_reader(&text[..]).unwrap();
        let streamed = extract_reader(std::io::Cursor::new(&latin1)).unwrap();
        assert_eq!(streamed.pages.len(), utf8.pages.len());
        assert!(streamed
            .pages
            .iter()
            .zip(&utf8.pages)
            .all(|(a, b)| a.text == b.text));
        assert!(streamed.pages[0]
            .text
            .starts_with("Rad 0: Hälsa i Malmö år"));
        // The form feed ends a page: the next starts with the line after it.
        assert!(streamed
            .pages
            .iter()
            .any(|p| p.text.starts_with("Rad 20001:")));
        // A NUL byte after the first megabyte is still binary data.
        let mut binary = text.clone();
        binary.extend_from_slice(b"\x00\x01\x02");
        assert!(matches!(
            extract_reader(std::io::Cursor::new(&binary)),
            Err(FormatError::Binary)
        ));
    }
}
