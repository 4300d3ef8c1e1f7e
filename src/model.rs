//! The records that flow through the pipeline: extracted pages with their layout lines,
//! the structure found in them (actions, recommendation references, protocol paragraphs),
//! the links between documents, and the per-document record that is stored in the index.
//!
//! Every stage reads and writes these types and nothing else, so that the data flows one way:
//! file → [`ExtractedDoc`] → [`DocStructure`] → [`Link`]s → index/export.

use serde::{Deserialize, Serialize};

use crate::ident::{DiaryNumber, RecommendationCode};

/// What kind of document a file is, as shown by `kommission docs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    /// A report or brochure (a PDF that is not a protocol).
    Report,
    /// A council protocol or protocol extract (Protokollsutdrag).
    Protocol,
    /// An HTML page.
    Web,
    /// A plain-text or Markdown file.
    Text,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Report => "report",
            DocKind::Protocol => "protocol",
            DocKind::Web => "web",
            DocKind::Text => "text",
        }
    }
}

/// One line of text on a page, with the layout facts the structure stage relies on.
///
/// Coordinates are in PDF points with the origin at the top-left corner of the page
/// (y grows downwards). For HTML and text documents the coordinates are synthetic
/// (one line after the other) and `size` reflects the heading level.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Line {
    /// The line's text, NFC, ligatures expanded, words separated by single spaces.
    pub text: String,
    /// Left edge of the line.
    pub x: f32,
    /// Top of the line (distance from the top of the page).
    pub y: f32,
    /// Width of the line.
    pub width: f32,
    /// Dominant font size of the line, in points.
    pub size: f32,
    /// Most of the line's characters are in a bold font.
    pub bold: bool,
    /// Most of the line's characters are in an italic font.
    pub italic: bool,
    /// Index of the block (paragraph) the line belongs to, in reading order on its page.
    pub block: u32,
}

/// How a page's text was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum TextSource {
    /// From the document's own text layer (PDF text operators, HTML, plain text).
    #[default]
    Text,
    /// From OCR of the page image.
    Ocr,
    /// The page has no text layer and was not OCR'd (OCR off or unavailable).
    None,
}

/// One physical page of a document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Page {
    /// Physical page number, 1-based.
    pub number: u32,
    /// The printed page label (from /PageLabels or the printed page number), if known.
    pub label: Option<String>,
    /// The page text in reading order: lines separated by '\n', blocks by a blank line.
    pub text: String,
    /// The lines of the page in reading order (running headers, footers and the printed
    /// page number are not included).
    pub lines: Vec<Line>,
    /// Where the text came from.
    #[serde(default)]
    pub source: TextSource,
    /// Mean OCR confidence (0–100) when `source` is OCR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr_confidence: Option<f32>,
    /// How OCR read the page (when `source` is OCR): the passes Tesseract ran over each
    /// image and which one was kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ocr: Option<OcrReport>,
    /// Why this page has no text, if extraction of this page failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The text of the page's annotations (free text, stamps, notes, form field values), one
    /// entry per annotation; this text is also part of `text` and `lines`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annotations: Vec<String>,
    /// Glyphs drawn on the page that no route (ToUnicode, encoding, glyph names, the embedded
    /// font's cmap) maps to Unicode: they are missing from the text.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub unmapped_glyphs: u32,
    /// Running headers and footers that were taken out of `text` (each once, in page
    /// order): not reading text, but searchable (a document's own identifier often stands
    /// only there).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub running: Vec<String>,
    /// The page's headings, kept when ingest drops `lines` (the index weighs them more).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headings: Vec<String>,
}

/// How OCR read one page: the glyph-like marks of ink it found, and every Tesseract pass
/// (a first pass, and a retry in another segmentation mode or at another scale when the
/// first read far fewer characters than the marks suggest).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OcrReport {
    /// Characters the ink suggests (glyph-like marks, summed over the page's images).
    pub expected_chars: u32,
    /// The passes in the order they ran.
    pub passes: Vec<OcrPass>,
}

/// One Tesseract pass over one image of a page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct OcrPass {
    /// Which image of the page (0-based; strips and tiles of one scan are read as one).
    pub image: u32,
    /// Tesseract's page segmentation mode (`--psm`).
    pub psm: u32,
    /// How many times the image was enlarged before it was read (1: as found).
    pub scale: u32,
    /// Words read.
    pub words: u32,
    /// Characters read (whitespace not counted).
    pub chars: u32,
    /// Characters in words read with confidence ≥ 60.
    pub confident_chars: u32,
    /// Mean word confidence, 0–100.
    pub confidence: f32,
    /// Whether this pass's words are the page's text.
    pub kept: bool,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// The result of reading one file: its pages and what it says about itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ExtractedDoc {
    /// The title (PDF /Title, HTML `<title>`, or the first heading), if any.
    pub title: Option<String>,
    pub pages: Vec<Page>,
    /// Non-fatal problems met while reading (e.g. a page that failed).
    pub warnings: Vec<String>,
}

/// A reference to a commission recommendation as quoted in a document:
/// the proposal text ending in "(2.2.3.3, s. 114)".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecRef {
    /// The recommendation code, e.g. "2.2.3.3".
    pub code: RecommendationCode,
    /// The page in the commission's final report, if given.
    pub page: Option<u32>,
    /// The quoted proposal text (without the reference in parentheses).
    pub text: String,
}

/// One numbered action of a report (e.g. the 69 actions of the 2014 Inriktning brochure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Action {
    pub doc: String,
    /// The number as printed, without its final dot: "5", "1.1", "4.10", "A.3". Compare and
    /// sort with [`action_number_order`] (by parts: "4.2" < "4.10").
    pub number: String,
    pub title: String,
    /// The area heading the action is listed under ("Ledarskap och arbetsmetoder").
    pub section: Option<String>,
    /// The page the area starts on, as printed in the table of contents ("s 14").
    pub section_page: Option<u32>,
    /// Physical pages where the action's own text stands (empty when only listed in a ToC).
    pub pages: Vec<u32>,
    /// "Utredningsuppdrag" | "Utvecklingsområde" | "Pågående arbete" | None.
    pub measure_type: Option<String>,
    pub responsible: Option<String>,
    pub report_back: Option<String>,
    pub recommendations: Vec<RecRef>,
    /// Physical page of the table of contents entry, if the action is listed in one.
    #[serde(default)]
    pub toc_page: Option<u32>,
    /// The action's body text (for the index), without the title.
    #[serde(default)]
    pub body: String,
    /// When it is to be done (a "Tidsplan", "När", "Klart" column).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<String>,
    /// What it costs (a "Kostnad" column).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
    /// Its state (a "Status" column).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// How it is followed up (an "Uppföljning" column).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    /// Other columns of an action table, by their header as printed.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub fields: std::collections::BTreeMap<String, String>,
}

/// The order of action numbers by their parts: numeric parts numerically, others as text
/// ("2" < "10", "4.2" < "4.10", "A.3" after the numbers); a part that mixes letters and
/// digits is compared run by run ("A2" < "A10", "1b" < "2a").
pub fn action_number_order(a: &str, b: &str) -> std::cmp::Ordering {
    let parts = |s: &str| -> Vec<Vec<(u8, u64, String)>> {
        // Runs of ASCII digits and of other characters (a run ends only beside an ASCII
        // digit, so at a character boundary).
        let runs = |p: &str| -> Vec<(u8, u64, String)> {
            let runs = p
                .as_bytes()
                .chunk_by(|a, b| a.is_ascii_digit() == b.is_ascii_digit());
            runs.map(|r| run_key(std::str::from_utf8(r).unwrap_or("")))
                .collect()
        };
        s.split('.').filter(|p| !p.is_empty()).map(runs).collect()
    };
    parts(a).cmp(&parts(b))
}

fn run_key(run: &str) -> (u8, u64, String) {
    match run.parse::<u64>() {
        Ok(n) => (0, n, String::new()),
        Err(_) => (1, 0, run.to_string()),
    }
}

/// One paragraph (§) of a council protocol.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Protocol {
    pub doc: String,
    /// The body that met, e.g. "Kommunstyrelsen".
    pub body: Option<String>,
    /// Meeting date, ISO 8601 (YYYY-MM-DD).
    pub date: Option<String>,
    /// Meeting time as printed, e.g. "15:00-15:25".
    pub time: Option<String>,
    pub place: Option<String>,
    /// Paragraph number (216 for "§ 216").
    pub paragraph: Option<u32>,
    pub title: Option<String>,
    /// The matter's diary number, e.g. "STK-2019-1535".
    pub diary_number: Option<DiaryNumber>,
    /// Other diary numbers referred to in the text.
    pub referenced_diary_numbers: Vec<DiaryNumber>,
    pub chair: Option<String>,
    pub secretary: Option<String>,
    pub adjuster: Option<String>,
    /// The numbered decisions, in order, without their numbers.
    pub decisions: Vec<String>,
    /// The basis documents (Beslutsunderlag), one per item.
    pub basis: Vec<String>,
    /// Physical page the paragraph starts on.
    #[serde(default)]
    pub page: Option<u32>,
    /// The paragraph's id as the protocol numbers it, normalised: "§ 216", "§ 3a",
    /// "KS § 110", "Ärende 5", "5" (a numbered item of board minutes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Every adjuster (justerare) named, in order (`adjuster` is the first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjusters: Vec<String>,
    /// The members and others present, as listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
    /// Reservations, protocol notes (protokollsanteckningar) and special statements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reservations: Vec<String>,
}

/// Everything the structure stage found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct DocStructure {
    pub actions: Vec<Action>,
    pub protocols: Vec<Protocol>,
    /// Recommendation references quoted outside actions, and codes mentioned in running text.
    pub mentions: Vec<Mention>,
    /// Official identifiers cited on each page (diary numbers, paragraph references,
    /// statutes, cited recommendation codes), see [`crate::ident`].
    #[serde(default)]
    pub identifiers: Vec<Identifier>,
    /// The index keys of each page's identifiers ([`crate::index::analyzer::identifiers_found`]
    /// of the same finds), for the writer of this run: not stored.
    #[serde(skip)]
    pub page_keys: Vec<Vec<String>>,
}

/// An identifier cited on a page of a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identifier {
    pub kind: crate::ident::IdentKind,
    /// The normalised form ("KS 2013/375").
    pub id: String,
    /// As written on the page ("Dnr. KS2013/375").
    pub written: String,
    pub page: u32,
}

/// Something a document mentions on a page, found by the structure stage and resolved into
/// links by the link stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub page: u32,
    pub kind: crate::ident::LinkKind,
    /// What is mentioned: a code ("2.2.3.3"), a diary number, "action:N", ...
    pub target: String,
}

/// A link from a place in a document to something it is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Link {
    /// The document where the link stands.
    pub doc: String,
    /// The physical page in that document.
    pub page: u32,
    pub kind: crate::ident::LinkKind,
    /// What it points at: "action:<doc>#<N>", "recommendation:<code>", "diary:<number>",
    /// "doc:<id>".
    pub target: String,
}

/// Everything stored about one ingested document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct DocRecord {
    /// Unique id (the file stem, with a suffix when two clash).
    pub id: String,
    /// Path as given/walked, relative to the ingest root when possible.
    pub path: String,
    pub kind: Option<DocKind>,
    pub title: Option<String>,
    /// blake3 hash of the file's bytes, hex.
    pub hash: String,
    /// Version of the pipeline that made this record ([`crate::ingest::PIPELINE_VERSION`]);
    /// a record made by another version is extracted again.
    #[serde(default)]
    pub pipeline: u32,
    /// None when ingest succeeded, else the reason it failed.
    pub error: Option<String>,
    pub pages: Vec<Page>,
    pub structure: DocStructure,
    pub warnings: Vec<String>,
}

impl DocRecord {
    /// `ok`, or the failure reason, as shown in `kommission docs`.
    pub fn status(&self) -> String {
        match &self.error {
            None => "ok".to_string(),
            Some(e) => e.clone(),
        }
    }
}
