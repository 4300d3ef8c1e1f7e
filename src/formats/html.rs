//! HTML pages: the visible text of the document as one page. Block elements (headings,
//! paragraphs, list items, quotes, table cells, …) become blocks of one line each; headings get
//! a larger `size` and `bold`, so the structure stage sees them as a PDF heading. Scripts,
//! styles and the head (except `<title>`) are skipped. The character set comes from a BOM, a
//! `<meta charset>` or detection, in that order.

use std::sync::OnceLock;

use ego_tree::iter::Edge;
use regex::bytes::Regex;
use scraper::{Html, Node};

use crate::model::{ExtractedDoc, Line, Page};
use crate::text::squash_ws;

use super::text::{break_point, PAGE_CHARS};
use super::{decode, text_page, FormatError};

/// Font size given to a heading level, so headings stand out as they do in a PDF.
fn heading_size(name: &str) -> Option<f32> {
    match name {
        "h1" => Some(24.0),
        "h2" => Some(18.0),
        "h3" => Some(15.0),
        "h4" | "h5" | "h6" => Some(13.0),
        _ => None,
    }
}

const BODY_SIZE: f32 = 11.0;

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "figure"
            | "figcaption"
            | "table"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "address"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "hr"
            | "br"
            | "form"
            | "fieldset"
            | "details"
            | "summary"
    )
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

/// Collects text into blocks while walking the DOM.
struct Collector {
    lines: Vec<Line>,
    current: String,
    size: f32,
    bold_depth: u32,
    heading: Option<f32>,
}

impl Collector {
    fn flush(&mut self) {
        let text = squash_ws(&self.current);
        self.current.clear();
        if text.is_empty() {
            return;
        }
        let n = self.lines.len() as u32;
        let size = self.heading.unwrap_or(self.size);
        self.lines.push(Line {
            text,
            x: 0.0,
            y: n as f32 * 20.0,
            width: 0.0,
            size,
            bold: self.heading.is_some() || self.bold_depth > 0,
            italic: false,
            block: n,
        });
    }
}

/// Extract an HTML page as one page of text.
pub fn extract(bytes: &[u8]) -> Result<ExtractedDoc, FormatError> {
    let declared = declared_charset(bytes);
    let source = decode(bytes, declared.as_deref())?;
    let html = Html::parse_document(&source);

    let mut title = None;
    let mut c = Collector {
        lines: Vec::new(),
        current: String::new(),
        size: BODY_SIZE,
        bold_depth: 0,
        heading: None,
    };
    let mut skip_depth = 0u32;
    for edge in html.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => {
                    let name = el.name();
                    if name == "title" && title.is_none() {
                        let t: String = node
                            .children()
                            .filter_map(|ch| ch.value().as_text().map(|t| t.to_string()))
                            .collect();
                        let t = squash_ws(&t);
                        if !t.is_empty() {
                            title = Some(t);
                        }
                    }
                    if is_skipped(name) {
                        skip_depth += 1;
                    } else if skip_depth == 0 && is_block(name) {
                        c.flush();
                        if let Some(s) = heading_size(name) {
                            c.heading = Some(s);
                        }
                    } else if skip_depth == 0 && matches!(name, "b" | "strong") {
                        c.bold_depth += 1;
                    }
                }
                Node::Text(t) if skip_depth == 0 => c.current.push_str(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if is_skipped(name) {
                        skip_depth = skip_depth.saturating_sub(1);
                    } else if skip_depth == 0 && is_block(name) {
                        c.flush();
                        if heading_size(name).is_some() {
                            c.heading = None;
                        }
                    } else if skip_depth == 0 && matches!(name, "b" | "strong") {
                        c.bold_depth = c.bold_depth.saturating_sub(1);
                    }
                }
            }
        }
    }
    c.flush();
    let title = title.or_else(|| {
        c.lines
            .iter()
            .find(|l| l.size > BODY_SIZE)
            .map(|l| l.text.clone())
    });
    Ok(ExtractedDoc {
        title,
        pages: paginate(c.lines),
        warnings: Vec::new(),
    })
}

/// Pages of the page's blocks: a page ends after the block that takes it to
/// [`PAGE_CHARS`] characters, or before a block that would take it past a quarter more (a
/// long web page is searched page by page, as a long text is); a block longer than a page is
/// broken at a space.
fn paginate(lines: Vec<Line>) -> Vec<Page> {
    fn close(pages: &mut Vec<Page>, current: &mut Vec<Line>, chars: &mut usize) {
        pages.push(text_page(pages.len() as u32 + 1, std::mem::take(current)));
        *chars = 0;
    }
    let mut pages = Vec::new();
    let mut current: Vec<Line> = Vec::new();
    let mut chars = 0;
    for line in lines {
        let mut rest = line.text.as_str();
        loop {
            let cut = if rest.chars().count() > PAGE_CHARS {
                break_point(rest, PAGE_CHARS)
            } else {
                rest.len()
            };
            let (head, tail) = rest.split_at(cut);
            let n = head.chars().count() + 2;
            if chars > 0 && chars + n > PAGE_CHARS + PAGE_CHARS / 4 {
                close(&mut pages, &mut current, &mut chars);
            }
            chars += n;
            current.push(Line {
                text: head.trim_end().to_string(),
                y: current.len() as f32 * 20.0,
                block: current.len() as u32,
                ..line.clone()
            });
            if chars >= PAGE_CHARS {
                close(&mut pages, &mut current, &mut chars);
            }
            if tail.is_empty() {
                break;
            }
            rest = tail;
        }
    }
    if !current.is_empty() || pages.is_empty() {
        close(&mut pages, &mut current, &mut chars);
    }
    pages
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

    #[test]
    fn latin1_page_with_meta_charset() {
        let html = b"<html><head><meta charset=\"iso-8859-1\"></head><body><p>H\xe4lsa \xe5t alla</p></body></html>";
        let doc = extract(html).unwrap();
        assert_eq!(doc.pages[0].text, "Hälsa åt alla");
    }
}
