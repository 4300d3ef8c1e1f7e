//! HTML pages: the visible text of the document as one page. Block elements (headings,
//! paragraphs, list items, quotes, table cells, …) become blocks of one line each; headings get
//! a larger `size` and `bold`, so the structure stage sees them as a PDF heading. Scripts,
//! styles and the head (except `<title>`) are skipped. The character set comes from a BOM, a
//! `<meta charset>` or detection, in that order.
//!
//! A page is read as a stream ([`stream_pages`]: html5ever's tokenizer, pages handed on a
//! batch at a time), so that its memory is one batch of pages, whatever the file's size;
//! [`extract`] is the same reading with all pages in one batch.

use std::sync::OnceLock;

use regex::bytes::Regex;

use crate::model::{ExtractedDoc, Line, Page};
use crate::text::squash_ws;

use super::office::BODY_SIZE;

use super::text::{break_point, decoded_chunks, sniff, whole, Cutter, PAGE_CHARS};
use super::FormatError;

/// Font size given to a heading element (h1–h6): a word processor's heading of that level
/// gets the same (`office::heading_size`), so headings stand out as they do in a PDF.
fn heading_size(name: &str) -> Option<f32> {
    let level = name.strip_prefix('h')?.parse::<u8>().ok();
    level
        .filter(|l| (1..=6).contains(l))
        .map(super::office::heading_size)
}

/// The elements that end the block before them and start one of their own.
const BLOCKS: &str = "p div li ul ol dl dt dd blockquote pre section article main header footer \
    aside nav figure figcaption table tr td th caption address h1 h2 h3 h4 h5 h6 hr br form \
    fieldset details summary";

/// The elements that have no content and no end tag.
const VOID: &str = "area base br col embed hr img input link meta source track wbr";

/// What a `style` attribute says, lower case and without spaces, holds `property:value`.
fn style_has(style: &str, property_value: &str) -> bool {
    let style = style.to_lowercase().replace([' ', '\t'], "");
    style.contains(property_value)
}

/// The classes a style sheet hides (`.name { display: none }`, also `tag.name`).
fn hidden_classes(css: &str) -> impl Iterator<Item = String> + '_ {
    let name = |s: &str| {
        s.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    };
    let rules = css.split('}').filter_map(|rule| rule.split_once('{'));
    rules
        .filter(|(_, body)| style_has(body, "display:none"))
        .flat_map(|(selectors, _)| selectors.split(','))
        .filter_map(|s| s.trim().split_once('.'))
        .filter(move |(tag, class)| name(tag) && !class.is_empty() && name(class))
        .map(|(_, class)| class.to_string())
}

fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "noscript" | "template" | "head" | "svg" | "iframe" | "object"
    )
}

fn declared_charset(bytes: &[u8]) -> Option<String> {
    static RE: OnceLock<Option<Regex>> = OnceLock::new();
    let re = RE
        .get_or_init(|| Regex::new(r#"(?i)<meta[^>]*charset\s*=\s*["']?([A-Za-z0-9_\-:]+)"#).ok())
        .as_ref()?;
    let head = bytes.get(..bytes.len().min(4096)).unwrap_or(bytes);
    let caps = re.captures(head)?;
    let m = caps.get(1)?;
    Some(String::from_utf8_lossy(m.as_bytes()).into_owned())
}

/// Collects text into blocks, one line each, as the tokens come.
#[derive(Default)]
struct Collector {
    lines: Vec<Line>,
    current: String,
    bold_depth: u32,
    heading: Option<f32>,
    /// The next line starts a page (a shown element with `page-break-before: always`).
    page_break: bool,
    /// Of each line, whether it starts a page.
    breaks: Vec<bool>,
}

impl Collector {
    fn flush(&mut self) {
        // (A soft hyphen is no letter: it shows only where a line is broken.)
        let text = crate::text::nfc(&squash_ws(&self.current.replace('\u{ad}', "")));
        self.current.clear();
        if text.is_empty() {
            return;
        }
        // (Its place, `y` and `block`, is set when it is paged: `push`.)
        let size = self.heading.unwrap_or(BODY_SIZE);
        self.lines.push(Line {
            text,
            size,
            bold: self.heading.is_some() || self.bold_depth > 0,
            ..Line::default()
        });
        self.breaks.push(std::mem::take(&mut self.page_break));
    }
}

/// Extract an HTML page held in memory: its pages (see [`stream_pages`]) and title.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    whole(|each| stream_pages(bytes, usize::MAX, each))
}

/// Cuts lines into pages (`text::Cutter`): a block longer than a page is broken at a
/// space (a long web page is searched page by page, as a long text is).
fn push(pages: &mut Cutter, line: Line) {
    let mut rest = line.text.as_str();
    loop {
        let cut = if rest.chars().count() > PAGE_CHARS {
            break_point(rest, PAGE_CHARS)
        } else {
            rest.len()
        };
        let (head, tail) = rest.split_at(cut);
        let n = head.chars().count() + 2;
        pages.starts_page(n);
        let at = pages.lines.len();
        let line = Line {
            text: head.trim_end().to_string(),
            y: at as f32 * 20.0,
            block: at as u32,
            ..line.clone()
        };
        pages.put(line, n);
        if tail.is_empty() {
            break;
        }
        rest = tail;
    }
}

/// The state of a streamed page: the tag rules of [`extract`] applied to tokens.
#[derive(Default)]
struct Stream {
    c: Collector,
    skip_depth: u32,
    /// Inside `<title>`: its text so far.
    in_title: Option<String>,
    title: Option<String>,
    /// The first heading, the title when there is no `<title>`.
    heading: Option<String>,
    /// Inside an element that is not shown (`hidden`, `style="display: none"`: Word's
    /// hidden text in a web page): its name and how deep it nests.
    hidden: Option<(String, u32)>,
    /// Inside `<style>`: the style sheet so far; the classes the style sheets hide.
    css: Option<String>,
    hidden_classes: Vec<String>,
    /// The lists open: of an ordered list (`ol`) its number format (`type`) and the number
    /// of its last item, of another list nothing.
    lists: Vec<Option<(String, i64)>>,
}

/// html5ever's tokenizer hands its tokens to this sink.
struct Sink(std::cell::RefCell<Stream>);

impl html5ever::tokenizer::TokenSink for Sink {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::states::RawKind;
        use html5ever::tokenizer::{TagKind, Token, TokenSinkResult};
        let mut s = self.0.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name: &str = &tag.name;
                let open = tag.kind == TagKind::StartTag;
                let nested = open && !tag.self_closing;
                if let Some((n, depth)) = &mut s.hidden {
                    if n == name {
                        *depth = if open {
                            *depth + u32::from(nested)
                        } else {
                            *depth - 1
                        };
                    }
                    if *depth == 0 {
                        s.hidden = None;
                    }
                    return TokenSinkResult::Continue;
                }
                let nested = nested && !VOID.split_whitespace().any(|v| v == name);
                let hiding = &s.hidden_classes;
                let shown = |a: &html5ever::Attribute| match &*a.name.local {
                    "hidden" => false,
                    "style" => !style_has(&a.value, "display:none"),
                    "class" => !a
                        .value
                        .split_whitespace()
                        .any(|c| hiding.iter().any(|h| h == c)),
                    _ => true,
                };
                let value = |key: &str| {
                    let a = tag.attrs.iter().find(|a| &*a.name.local == key);
                    a.map(|a| a.value.to_string())
                };
                if open && !tag.attrs.iter().all(shown) {
                    if nested {
                        s.hidden = Some((name.to_string(), 1));
                    }
                    return TokenSinkResult::Continue;
                }
                if open
                    && value("style").is_some_and(|v| {
                        style_has(&v, "page-break-before:always")
                            || style_has(&v, "break-before:page")
                    })
                {
                    s.c.flush();
                    s.c.page_break = true;
                }
                if name == "style" && open && s.skip_depth == 0 {
                    s.css = Some(String::new());
                } else if name == "style" && !open {
                    let css = s.css.take().unwrap_or_default();
                    s.hidden_classes.extend(hidden_classes(&css));
                }
                if matches!(name, "ol" | "ul" | "menu") && s.skip_depth == 0 {
                    match open {
                        true => {
                            let start = value("start").and_then(|v| v.trim().parse::<i64>().ok());
                            let kind = value("type").unwrap_or_else(|| "1".to_string());
                            s.lists
                                .push((name == "ol").then(|| (kind, start.unwrap_or(1) - 1)));
                        }
                        false => drop(s.lists.pop()),
                    }
                }
                if name == "li" && open && s.skip_depth == 0 {
                    s.c.flush();
                    let value = value("value").and_then(|v| v.trim().parse::<i64>().ok());
                    if let Some(Some((kind, n))) = s.lists.last_mut() {
                        *n = value.unwrap_or(*n + 1);
                        let label = super::office::format_number(*n, kind);
                        s.c.current.push_str(&format!("{label}. "));
                    }
                    return TokenSinkResult::Continue;
                }
                if name == "title" && open && s.title.is_none() {
                    s.in_title = Some(String::new());
                    return TokenSinkResult::RawData(RawKind::Rcdata);
                } else if name == "title" && !open {
                    if let Some(t) = s.in_title.take() {
                        let t = crate::text::nfc(&squash_ws(&t));
                        s.title = Some(t).filter(|t| !t.is_empty());
                    }
                } else if is_skipped(name) && name != "head" {
                    // (The head is left implicitly as often as not: its text is whitespace,
                    // its title, styles and scripts are handled by name.)
                    if !open {
                        s.skip_depth = s.skip_depth.saturating_sub(1);
                    } else if !tag.self_closing {
                        s.skip_depth += 1;
                    }
                    return match name {
                        "script" if open => TokenSinkResult::RawData(RawKind::ScriptData),
                        "style" | "noscript" | "iframe" if open => {
                            TokenSinkResult::RawData(RawKind::Rawtext)
                        }
                        _ => TokenSinkResult::Continue,
                    };
                } else if s.skip_depth == 0 && BLOCKS.split_whitespace().any(|b| b == name) {
                    s.c.flush();
                    if let Some(size) = heading_size(name) {
                        s.c.heading = open.then_some(size);
                    }
                } else if s.skip_depth == 0 && matches!(name, "b" | "strong") {
                    s.c.bold_depth = if open {
                        s.c.bold_depth + 1
                    } else {
                        s.c.bold_depth.saturating_sub(1)
                    };
                }
            }
            Token::CharacterTokens(t) => {
                if let Some(css) = s.css.as_mut().filter(|c| c.len() < 1 << 16) {
                    css.push_str(&t);
                }
                if let Some(title) = &mut s.in_title {
                    // (A title never closed is not the whole file.)
                    if title.len() < PAGE_CHARS {
                        title.push_str(&t);
                    }
                } else if s.skip_depth == 0 && s.hidden.is_none() {
                    s.c.current.push_str(&t);
                    // A block with no end in sight (a whole file in one `<pre>`, text with no
                    // block tags) is cut into lines, so that it cannot grow without bound.
                    while s.c.current.len() > 4 * PAGE_CHARS {
                        let cut = break_point(&s.c.current, PAGE_CHARS);
                        let tail = s.c.current.split_off(cut);
                        s.c.flush();
                        s.c.current = tail;
                    }
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Read an HTML file as a stream and hand its pages to `each` in batches of `batch` pages
/// as they are done (the pages [`extract`] gives for the same blocks): memory holds one
/// batch and the tokenizer's state, whatever the file's size. The character set comes from
/// the first `text::SNIFF_BYTES`: a BOM, UTF-8, a `<meta charset>`, or detection. Returns the
/// title (`<title>`, else the first heading).
pub fn stream_pages<R: std::io::Read, E: From<FormatError>>(
    reader: R,
    batch: usize,
    mut each: impl FnMut(Vec<Page>) -> Result<(), E>,
) -> Result<Option<String>, E> {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    let choose = |head: &[u8]| -> Result<&'static encoding_rs::Encoding, FormatError> {
        let sniffed = sniff(head)?;
        Ok(match encoding_rs::Encoding::for_bom(head) {
            Some((e, _)) => e,
            None if sniffed == encoding_rs::UTF_8 || sniffed.output_encoding() != sniffed => {
                sniffed
            }
            None => declared_charset(head)
                .and_then(|l| encoding_rs::Encoding::for_label(l.trim().as_bytes()))
                .filter(|e| *e != encoding_rs::UTF_8)
                .unwrap_or(sniffed),
        })
    };
    let sink = Sink(std::cell::RefCell::new(Stream::default()));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let input = BufferQueue::default();
    let mut pager = Cutter::default();
    let batch = batch.max(1);
    decoded_chunks::<_, E>(reader, choose, false, |text, last| {
        input.push_back(StrTendril::from_slice(text));
        let _ = tokenizer.feed(&input);
        if last {
            tokenizer.end();
        }
        let mut s = tokenizer.sink.0.borrow_mut();
        if last {
            s.c.flush();
        }
        let breaks = std::mem::take(&mut s.c.breaks);
        for (line, page_break) in std::mem::take(&mut s.c.lines).into_iter().zip(breaks) {
            if s.heading.is_none() && line.size > BODY_SIZE {
                s.heading = Some(line.text.clone());
            }
            if page_break && !pager.lines.is_empty() {
                pager.close();
            }
            push(&mut pager, line);
        }
        if pager.pages.len() >= batch {
            each(std::mem::take(&mut pager.pages))?;
        }
        Ok(())
    })?;
    pager.finish();
    if !pager.pages.is_empty() {
        each(pager.pages)?;
    }
    let s = tokenizer.sink.0.into_inner();
    Ok(s.title.or(s.heading))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_paragraphs_and_lists_become_blocks() {
        let html = "<html><head><title>Rubrik</title><style>p{}</style></head><body>\
            <h1>Malmö  stad</h1><p>Första <b>stycket</b>.</p><ul><li>ett</li><li>två</li></ul>\
            <script>var x = 1;</script></body></html>";
        let doc = extract(html.as_bytes()).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Rubrik"));
        let page = &doc.pages[0];
        let texts: Vec<&str> = page.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["Malmö stad", "Första stycket.", "ett", "två"]);
        assert!(page.lines[0].bold && page.lines[0].size > page.lines[1].size);
        assert_eq!(page.text, "Malmö stad\n\nFörsta stycket.\n\nett\n\ntvå");
    }

    #[test]
    fn a_long_page_is_paged_at_block_boundaries() {
        let mut html = String::from("<html><body><h1>Rapport</h1>");
        for i in 0..400 {
            html.push_str(&format!(
                "<p>Stycke {i} om välfärd och hälsa i Malmö stad.</p>"
            ));
        }
        html.push_str(&format!("<p>{}</p></body></html>", "ord ".repeat(3000)));
        let doc = extract(html.as_bytes()).unwrap();
        assert!(doc.pages.len() >= 5, "{} pages", doc.pages.len());
        for (i, p) in doc.pages.iter().enumerate() {
            assert_eq!(p.number as usize, i + 1);
            let n = p.text.chars().count();
            assert!(n <= PAGE_CHARS + PAGE_CHARS / 4, "{n}");
        }
        let all: String = doc.pages.iter().map(|p| p.text.clone() + "\n").collect();
        for i in [0, 199, 399] {
            assert_eq!(all.matches(&format!("Stycke {i} ")).count(), 1);
        }
        assert_eq!(all.matches("ord").count(), 3000);
        assert_eq!(doc.pages[0].lines[0].text, "Rapport");
        assert!(doc.pages[0].lines[0].bold);
    }

    /// The pages and title of a stream, read in batches of `batch` pages.
    fn streamed(bytes: &[u8], batch: usize) -> (Option<String>, Vec<Page>) {
        let mut pages = Vec::new();
        let title = stream_pages(bytes, batch, |b| {
            pages.extend(b);
            Ok::<(), FormatError>(())
        })
        .unwrap();
        (title, pages)
    }

    /// A page handed on a page at a time gives the pages and title it gives read whole: the
    /// corpus' web pages, a long page, a Latin-1 page, a page without `<title>` and an empty
    /// one.
    #[test]
    fn a_page_in_batches_gives_the_pages_read_whole() {
        let mut pages: Vec<Vec<u8>> = [
            "isu-seminarium",
            "malmo-se-malmokommissionen",
            "malmo-se-utvecklingsarbetet",
        ]
        .iter()
        .map(|f| std::fs::read(format!("{}/corpus/{f}.html", env!("CARGO_MANIFEST_DIR"))).unwrap())
        .collect();
        let mut long = String::from("<html><head><title>Lång</title><script>if (a<b) {}</script></head><body><h1>Rapport</h1>");
        for i in 0..3000 {
            long.push_str(&format!(
                "<p>Stycke {i} om <b>välfärd</b> och hälsa i Malmö stad.</p>"
            ));
        }
        long.push_str("</body></html>");
        pages.push(long.into_bytes());
        pages.push(b"<html><head><meta charset=\"iso-8859-1\"></head><body><h2>H\xe4lsa</h2><p>\xe5t alla</p></body></html>".to_vec());
        pages.push(b"".to_vec());
        for bytes in &pages {
            let doc = extract(bytes).unwrap();
            for batch in [1, 1000] {
                let (title, got) = streamed(bytes, batch);
                assert_eq!(title, doc.title);
                assert_eq!(got.len(), doc.pages.len());
                for (a, b) in got.iter().zip(&doc.pages) {
                    assert_eq!(a.number, b.number);
                    assert_eq!(a.text, b.text);
                    assert_eq!(a.lines, b.lines);
                }
            }
        }
    }

    #[test]
    fn latin1_page_with_meta_charset() {
        let html = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>H\xe4lsa \xe5t alla</p></body></html>";
        let doc = extract(html).unwrap();
        assert_eq!(doc.pages[0].text, "Hälsa åt alla");
    }
}
