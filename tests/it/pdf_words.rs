//! Words, lines and page extras from every kind of producer (issue 14), each on a small PDF
//! built here with the content operators the producers use: lines without space glyphs
//! whose words are separated only by position (pdfTeX), glyphs positioned one by one (Word),
//! list numbers in a label box, two text runs set close together, superscript footnote
//! markers, annotations, glyphs without a Unicode mapping, junk metadata titles, and
//! Swedish line-end hyphens.

use kommission::model::{ExtractedDoc, TextSource};
use kommission::pdf::{extract, Limits};
use kommission_testkit::pdf::{raw_pdf, text_width, winansi_font, RawPage};
use lopdf::{dictionary, Dictionary, Object};

fn page(content: &[u8], extra: Dictionary) -> RawPage {
    let mut fonts = Dictionary::new();
    fonts.set("F1", Object::Dictionary(winansi_font("Times-Roman")));
    fonts.set("F2", Object::Dictionary(winansi_font("Helvetica")));
    RawPage {
        width: 595.0,
        height: 842.0,
        content: content.to_vec(),
        resources: dictionary! { "Font" => fonts },
        rotate: 0,
        extra,
    }
}

fn doc_of(pages: Vec<RawPage>, title: Option<&str>) -> ExtractedDoc {
    extract(
        &raw_pdf(pages, title, Dictionary::new()),
        &Limits::default(),
    )
    .expect("extracts")
}

fn text_of(content: &[u8]) -> String {
    let d = doc_of(vec![page(content, Dictionary::new())], None);
    d.pages[0].text.clone()
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

#[test]
fn words_separated_only_by_position_as_pdftex_sets_them() {
    // No space glyphs: words are moved apart with TJ adjustments, as pdfTeX does, on a
    // tightly justified line (word gaps of 0.17-0.2 em) with kerning inside words
    // (-0.03..+0.02 em). A loose line follows.
    let text = text_of(
        b"BT /F1 10 Tf 72 700 Td \
          [(Se)-180(\\366ver)-170(m\\366j)15(lig)-10(heten)-185(att)-200(f\\366r)-30(l\\344gga)-175(nya)-190(pro)20(filskolor)] TJ \
          0 -14 Td [(i)-333(omr\\345den)-400(d\\344r)-333(det)-333(kan)] TJ ET",
    );
    assert_eq!(
        text,
        "Se över möjligheten att förlägga nya profilskolor\ni områden där det kan"
    );
}

#[test]
fn glyphs_positioned_one_by_one_stay_in_their_words() {
    // Every glyph is placed by its own Td with its advance rounded up (as Word does), the
    // words are separated by space glyphs: nothing inside a word is a word gap.
    let mut content = b"BT /F1 11 Tf 72 700 Td ".to_vec();
    let line = "till att minska i Stockholm";
    let mut x = 0.0f32;
    for c in line.chars() {
        let w = kommission_testkit::pdf::text_width("Times-Roman", 11.0, &c.to_string());
        // First letters set a little apart, as in "t ill", "m inska".
        content.extend_from_slice(format!("({c}) Tj {:.2} 0 Td ", w + 0.9).as_bytes());
        x += w + 0.9;
    }
    content.extend_from_slice(b"ET");
    assert!(x > 0.0);
    assert_eq!(text_of(&content), line);
}

#[test]
fn character_spacing_as_wide_as_a_space_separates_single_letter_words() {
    // Ghostscript's pdfwrite: "t i a" drawn as one string with Tc = the space's width (no
    // space glyph, no other gap in the run), a kern that cancels the Tc inside "va vu"
    // ("behov av utbyggnad"), and a space glyph eaten by negative Tc and Tw as a kern
    // inside "Texten". Letter-spaced text (Tc on a run with space glyphs) stays words.
    let text = text_of(
        b"BT /F1 10 Tf 72 700 Td (st\\344rka barnr\\344ttsperspektive) Tj \
          2.5 Tc [(tia) 250] TJ 0 Tc (lla verksamheter) Tj \
          0 -14 Td (beho) Tj 2.5 Tc [(va) 270 (vu) 250] TJ 0 Tc (tbyggnad) Tj \
          0 -14 Td -0.7 Tc -1.25 Tw (Te x) Tj 0 Tc 0 Tw (ten beskriver) Tj \
          0 -14 Td 3 Tc (RAPPORT OM) Tj 0 Tc ET",
    );
    assert_eq!(
        text,
        "stärka barnrättsperspektivet i alla verksamheter\nbehov av utbyggnad\nTexten beskriver\nRAPPORT OM"
    );
}

#[test]
fn a_spacing_set_for_one_glyph_is_its_width_not_a_word_gap() {
    // Word widens an accented capital of a letter-spaced heading with a character spacing
    // as wide as a space, set for that glyph alone ("1 Ärendet"), and narrows others with
    // negative spacing: the word stays whole. A single-letter word set apart by position
    // ("i") and a Ghostscript run of single-letter words keep their gaps.
    let text = text_of(
        b"BT /F1 18 Tf 72 700 Td 0.12 Tc -0.24 Tw (1 ) Tj 56.64 0 Td 4.512 Tc 0 Tw (\\304) Tj \
          0.287 Tc (rendet) Tj ET \
          BT /F1 11 Tf 72 660 Td 0 Tc (Den 9 oktober 1996 ) Tj -1.43 Tc (\\366) Tj \
          0.0055 Tc (verl) Tj 2.9 Tc (\\344) Tj 0.004 Tc [(mnade skrivelser i)-500(stan)] TJ \
          2.75 Tc [(\\344ia) 250] TJ 0 Tc (lla) Tj ET",
    );
    assert_eq!(
        text,
        "1 Ärendet\n\nDen 9 oktober 1996 överlämnade skrivelser i stanä i alla"
    );
}

#[test]
fn letter_spaced_words_stay_words_and_their_gaps_stand_out() {
    // Every letter set apart by the same gap (0.42 em), by character spacing or by kerns in
    // a TJ array, without space glyphs: the words are the gaps that stand out from that
    // spacing. A line of ordinary text after it is not affected.
    let text = text_of(
        b"BT /F2 24 Tf 72 700 Td 10 Tc (Hello) Tj 0 Tc ET \
          BT /F2 24 Tf 72 600 Td [(H)-416(e)-416(l)-416(l)-416(o)-900(W)-416(o)-416(r)-416(l)-416(d)] TJ ET \
          BT /F2 12 Tf 72 500 Td [(Ett)-300(ord)-300(i)-300(taget)] TJ ET",
    );
    assert_eq!(text, "Hello\n\nHello World\n\nEtt ord i taget");
}

#[test]
fn a_blank_page_is_empty_text_not_a_page_without_text_layer() {
    // pdfTeX and LuaTeX leave a page empty before a chapter: nothing drawn at all, or only a
    // rule. Its text is empty, from the text layer; a page with an image and no text is one
    // without a text layer (pdf_features: the scan).
    let d = doc_of(
        vec![
            page(
                b"BT /F1 10 Tf 72 700 Td (Kapitel 1) Tj ET",
                Dictionary::new(),
            ),
            page(b"", Dictionary::new()),
            page(b"0.5 w 72 400 m 500 400 l S", Dictionary::new()),
        ],
        None,
    );
    assert_eq!(d.pages.len(), 3);
    for p in &d.pages[1..] {
        assert_eq!(p.text, "", "page {}", p.number);
        assert_eq!(p.source, TextSource::Text, "page {}", p.number);
    }
    assert_eq!(d.pages[0].source, TextSource::Text);
}

#[test]
fn list_numbers_keep_their_space() {
    // The number right-aligned in a label box, the text 0.4 em after it (no space glyph).
    let text = text_of(
        b"BT /F1 10 Tf 80 700 Td (10.) Tj 17.5 0 Td (G\\366r en \\345rlig uppf\\366ljning) Tj ET \
          BT /F1 10 Tf 85 686 Td (9.) Tj 12.5 0 Td (Se \\366ver) Tj ET",
    );
    assert_eq!(text, "10. Gör en årlig uppföljning\n9. Se över");
}

#[test]
fn two_runs_set_close_together_are_not_interleaved() {
    // A heading and a smaller date set 3 pt below it over the same x range (a stamp, a
    // caption): two lines, never "Udetkno 1m9 …".
    let text = text_of(
        b"BT /F2 11 Tf 72 700 Td (Utkom fr\\345n trycket) Tj ET \
          BT /F2 9 Tf 74 697 Td (den 19 november 2007) Tj ET",
    );
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 2, "{text:?}");
    assert!(lines.contains(&"Utkom från trycket"), "{text:?}");
    assert!(lines.contains(&"den 19 november 2007"), "{text:?}");
}

#[test]
fn superscript_footnote_markers_are_set_apart_but_unit_powers_stay() {
    let text = text_of(
        b"BT /F1 10 Tf 72 700 Td (h\\366gre obligationsr\\344ntor.) Tj /F1 6 Tf 4 Ts (1) Tj \
          /F1 10 Tf 0 Ts ( Ytan \\344r 40 m) Tj /F1 6 Tf 4 Ts (2) Tj /F1 10 Tf 0 Ts (.) Tj ET",
    );
    assert_eq!(text, "högre obligationsräntor. 1 Ytan är 40 m2.");
}

#[test]
fn footnote_marks_counting_up_are_set_apart_after_short_words_but_repeated_powers_stay() {
    // Marks 5, 6, 7 after words of two and three letters ("och5" was one word): the run of
    // numbers tells them from powers. A power that repeats ("km2" twice) stays, and so does
    // one after a single letter ("S1", "x3" in a formula).
    let mark = |word: &str, n: u32| format!("({word}) Tj /F1 6 Tf 4 Ts ({n}) Tj /F1 10 Tf 0 Ts ");
    let content = format!(
        "BT /F1 10 Tf 72 700 Td {}{}{}( ge.) Tj 0 -20 Td {}{}{}(.) Tj 0 -20 Td {}{}( ok.) Tj ET",
        mark("Kommunen och", 5),
        mark(" staten f\\366r", 6),
        mark(" att", 7),
        mark("Ytan 40 km", 2),
        mark(" och 12 km", 2),
        mark(" enligt utredningen", 8),
        mark("Sf\\344ren S", 9),
        mark(" och x", 10),
    );
    assert_eq!(
        text_of(content.as_bytes()),
        "Kommunen och 5 staten för 6 att 7 ge.\nYtan 40 km2 och 12 km2 enligt utredningen 8.\nSfären S9 och x10 ok."
    );
}

#[test]
fn markers_raised_too_little_for_a_row_of_their_own_are_set_apart() {
    // Word's footnote markers: 9 pt on a 14 pt line, moved up 3 pt with a text matrix of their
    // own (no text rise), after a word and after an acronym. A power raised the same way after
    // a short unit stays, and digits in the line's own size and baseline ("CO2", "2a §") are
    // part of their word.
    let w = |s: &str| 72.0 + text_width("Times-Roman", 14.0, s);
    let content = format!(
        "BT /F1 14 Tf 1 0 0 1 72 700 Tm (Med st\\366d av 5 \\247 f\\366reskriver) Tj ET \
         BT /F1 9 Tf 1 0 0 1 {} 703 Tm (1) Tj ET \
         BT /F1 14 Tf 1 0 0 1 72 680 Tm (direktiv 79/700/EEG) Tj ET \
         BT /F1 9 Tf 1 0 0 1 {} 683 Tm (2) Tj ET \
         BT /F1 14 Tf 1 0 0 1 {} 680 Tm (. Ytan 40 km) Tj ET \
         BT /F1 9 Tf 1 0 0 1 {} 683 Tm (2) Tj ET \
         BT /F1 14 Tf 1 0 0 1 72 660 Tm (Utsl\\344pp av CO2 enligt 2a \\247.) Tj ET",
        w("Med stöd av 5 § föreskriver"),
        w("direktiv 79/700/EEG"),
        w("direktiv 79/700/EEG") + 4.5,
        w("direktiv 79/700/EEG") + 4.5 + text_width("Times-Roman", 14.0, ". Ytan 40 km"),
    );
    assert_eq!(
        text_of(content.as_bytes()),
        "Med stöd av 5 § föreskriver 1\ndirektiv 79/700/EEG 2. Ytan 40 km2\nUtsläpp av CO2 enligt 2a §."
    );
}

#[test]
fn annotation_text_is_page_text_and_listed() {
    // A registrar's stamp as a FreeText annotation without appearance, a sticky note (listed,
    // but its text is not on the page: the reader sees an icon), a hidden stamp (not shown,
    // not read) and a link (not text).
    let annots = vec![
        Object::Dictionary(dictionary! {
            "Type" => "Annot", "Subtype" => "FreeText",
            "Rect" => vec![400.into(), 780.into(), 560.into(), 800.into()],
            "Contents" => Object::string_literal("Dnr. KS 2013/375"),
        }),
        Object::Dictionary(dictionary! {
            "Type" => "Annot", "Subtype" => "Text",
            "Rect" => vec![50.into(), 600.into(), 70.into(), 620.into()],
            "Contents" => Object::string_literal("Granskad"),
        }),
        Object::Dictionary(dictionary! {
            "Type" => "Annot", "Subtype" => "Stamp", "F" => 2,
            "Rect" => vec![50.into(), 500.into(), 70.into(), 520.into()],
            "Contents" => Object::string_literal("Dold"),
        }),
        Object::Dictionary(dictionary! {
            "Type" => "Annot", "Subtype" => "Link",
            "Rect" => vec![50.into(), 400.into(), 70.into(), 420.into()],
            "Contents" => Object::string_literal("https://malmo.se"),
        }),
    ];
    let d = doc_of(
        vec![page(
            b"BT /F1 10 Tf 72 700 Td (Kommunstyrelsen beslutar) Tj ET",
            dictionary! { "Annots" => annots },
        )],
        None,
    );
    let p = &d.pages[0];
    assert_eq!(p.annotations, ["Dnr. KS 2013/375", "Granskad"]);
    assert!(p.text.contains("Dnr. KS 2013/375"), "{:?}", p.text);
    assert!(p.text.contains("Kommunstyrelsen beslutar"));
    assert!(!p.text.contains("Granskad"), "{:?}", p.text);
    assert!(!p.text.contains("Dold") && !p.text.contains("malmo.se"));
    // A page without annotations lists none and the JSON has no field for them.
    let plain = doc_of(
        vec![page(
            b"BT /F1 10 Tf 72 700 Td (Text) Tj ET",
            Dictionary::new(),
        )],
        None,
    );
    assert!(plain.pages[0].annotations.is_empty());
    let json = serde_json::to_string(&plain.pages[0]).unwrap();
    assert!(!json.contains("annotations"), "{json}");
}

/// A page whose font maps codes 1 and 2 to glyph names no route reads (`g77`, `g78`: no
/// ToUnicode, no standard or `uniXXXX` name, no embedded font whose cmap could tell) and
/// code 3 to `uni00E5` (a name that maps): "år" then two glyphs without Unicode.
fn unmapped_glyphs_pdf() -> Vec<u8> {
    let mut font = winansi_font("Helvetica");
    font.set(
        "Encoding",
        dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![Object::Integer(1), "g77".into(), "g78".into(), "uni00E5".into()],
        },
    );
    let mut fonts = Dictionary::new();
    fonts.set("F1", Object::Dictionary(font));
    raw_pdf(
        vec![RawPage {
            width: 595.0,
            height: 842.0,
            content: b"BT /F1 12 Tf 72 700 Td (\\003r \\001\\002 bra) Tj ET".to_vec(),
            resources: dictionary! { "Font" => fonts },
            rotate: 0,
            extra: Dictionary::new(),
        }],
        None,
        Dictionary::new(),
    )
}

#[test]
fn glyphs_without_unicode_are_counted() {
    let pdf = unmapped_glyphs_pdf();
    let d = extract(&pdf, &Limits::default()).expect("extracts");
    assert_eq!(d.pages[0].unmapped_glyphs, 2);
    assert!(d.pages[0].text.starts_with("år"), "{:?}", d.pages[0].text);
    // Every glyph mapped: nothing counted.
    let ok = doc_of(
        vec![page(
            b"BT /F1 10 Tf 72 700 Td (Text) Tj ET",
            Dictionary::new(),
        )],
        None,
    );
    assert_eq!(ok.pages[0].unmapped_glyphs, 0);
}

/// A font whose glyphs are named by number ("G42") at the codes `glyphs` gives, with the
/// width of the character each code is drawn as (`drawn`), in a Times font.
fn numbered_font(glyphs: &[(u8, char)]) -> Dictionary {
    let first = glyphs.iter().map(|g| g.0).min().unwrap_or(0);
    let last = glyphs.iter().map(|g| g.0).max().unwrap_or(0);
    let mut widths = vec![Object::Integer(0); usize::from(last - first) + 1];
    let mut diffs = Vec::new();
    for &(code, drawn) in glyphs {
        let w = kommission_testkit::pdf::text_width("Times-Roman", 1000.0, &drawn.to_string());
        widths[usize::from(code - first)] = Object::Integer(w.round() as i64);
        diffs.push(Object::Integer(i64::from(code)));
        diffs.push(Object::Name(format!("G{code}").into_bytes()));
    }
    dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "BCDEEE+Times.New.Roman.Kursiv0104",
        "FirstChar" => i64::from(first), "LastChar" => i64::from(last), "Widths" => widths,
        "Encoding" => dictionary! { "Type" => "Encoding", "Differences" => diffs },
    }
}

#[test]
fn glyphs_named_by_their_truetype_index_are_read_in_the_macintosh_order() {
    // A font converted from TrueType names each glyph by its index, and the index is the
    // code: "G42" at code 42 draws "G" (glyph 42 of the standard Macintosh order), not the
    // code's Latin "*"; the widths tell (they are those of "G", "ö", ...). pdftotext reads
    // "*|UDQ3HUVVRQ" here. A font whose numbered glyphs have the widths of the codes' own
    // letters ("g246" at 246 for "ö") keeps reading them as Latin.
    let mac = [
        (3, ' '),
        (42, 'G'),
        (51, 'P'),
        (68, 'a'),
        (72, 'e'),
        (81, 'n'),
        (82, 'o'),
        (85, 'r'),
        (86, 's'),
        (124, 'ö'),
    ];
    let latin = [(77, 'M'), (97, 'a'), (108, 'l'), (109, 'm'), (246, 'ö')];
    let mut fonts = Dictionary::new();
    fonts.set("F1", Object::Dictionary(numbered_font(&mac)));
    fonts.set("F2", Object::Dictionary(numbered_font(&latin)));
    let pdf = raw_pdf(
        vec![RawPage {
            width: 595.0,
            height: 842.0,
            content: b"BT /F1 12 Tf 72 700 Td (*|UDQ\\0033HUVVRQ) Tj ET \
                       BT /F2 12 Tf 72 600 Td (Malm\\366) Tj ET"
                .to_vec(),
            resources: dictionary! { "Font" => fonts },
            rotate: 0,
            extra: Dictionary::new(),
        }],
        None,
        Dictionary::new(),
    );
    let d = extract(&pdf, &Limits::default()).expect("extracts");
    assert_eq!(d.pages[0].text, "Göran Persson\n\nMalmö");
    assert_eq!(d.pages[0].unmapped_glyphs, 0);
}

#[test]
fn junk_metadata_titles_give_way_to_the_largest_text() {
    let content: &[u8] =
        b"BT /F2 20 Tf 72 760 Td (Inriktning f\\366r) Tj 0 -24 Td (Malm\\366 stad) Tj ET \
          BT /F1 10 Tf 72 700 Td (Br\\366dtext i mindre storlek.) Tj ET";
    for junk in [
        "Microsoft Word - PROPGR~1.DOC",
        "untitled",
        "PowerPoint Presentation",
        "Dokument1",
        "C:\\temp\\mall.dot",
        "rapport_final_v2.pdf",
        "MallProtokollKommunstyrelsen",
    ] {
        let d = doc_of(vec![page(content, Dictionary::new())], Some(junk));
        assert_eq!(
            d.title.as_deref(),
            Some("Inriktning för Malmö stad"),
            "{junk}"
        );
    }
    let none = doc_of(vec![page(content, Dictionary::new())], None);
    assert_eq!(none.title.as_deref(), Some("Inriktning för Malmö stad"));
    // A real metadata title is kept.
    let real = doc_of(
        vec![page(content, Dictionary::new())],
        Some("Det fortsatta arbetet för ett socialt hållbart Malmö"),
    );
    assert_eq!(
        real.title.as_deref(),
        Some("Det fortsatta arbetet för ett socialt hållbart Malmö")
    );
    // A page without letters gives no title.
    let empty = doc_of(
        vec![page(
            b"BT /F1 10 Tf 72 700 Td (12) Tj ET",
            Dictionary::new(),
        )],
        None,
    );
    assert_eq!(empty.title, None);
}

#[test]
fn swedish_line_end_hyphens() {
    // A hyphenating document (three or more words broken at line ends).
    let lines = [
        "Vi vill st\\344rka kompetens-",
        "och personalf\\366rs\\366rjningen och \\366ka IT-",
        "anv\\344ndningen enligt ISO-",
        "certifieringen och ber\\344k-",
        "ningar f\\366r 2020-",
        "2050 samt samh\\344l-",
        "lets utveck-",
        "ling och l\\344ran-",
        "de i skolan.",
    ];
    let mut content = b"BT /F1 10 Tf 72 700 Td 12 TL ".to_vec();
    for l in lines {
        content.extend_from_slice(format!("({l}) Tj T* ").as_bytes());
    }
    content.extend_from_slice(b"ET");
    let text = text_of(&content);
    let w = words(&text);
    for want in [
        "kompetens-",
        "och",
        "personalförsörjningen",
        "IT-användningen",
        "ISO-certifieringen",
        "beräkningar",
        "2020-2050",
        "samhällets",
        "utveckling",
        "lärande",
    ] {
        assert!(w.contains(&want), "{want:?} in {text:?}");
    }
    assert!(!text.contains("kompetensoch") && !text.contains("ITanvändningen"));
}

/// A landscape page with text set piece by piece: (left, bottom of the glyph box from
/// the top of the page, font size, text).
fn landscape_text(pieces: &[(f32, f32, f32, &str)]) -> String {
    let mut c = String::new();
    for (x, bottom, size, s) in pieces {
        let base = 595.0 - (bottom - 0.2 * size);
        c.push_str(&format!(
            "BT /F2 {size} Tf 1 0 0 1 {x} {base} Tm ({s}) Tj ET\n"
        ));
    }
    let mut p = page(c.as_bytes(), Dictionary::new());
    p.width = 842.0;
    p.height = 595.0;
    doc_of(vec![p], None).pages[0].text.clone()
}

/// The words of `pieces` with the broken ones joined, sorted.
fn expected_words(pieces: &[(f32, f32, f32, &str)], joined: &[(&str, &str)]) -> Vec<String> {
    let unescape = |s: &str| {
        s.replace("\\(", "(")
            .replace("\\)", ")")
            .replace("\\344", "ä")
            .replace("\\345", "å")
            .replace("\\326", "Ö")
    };
    let mut w: Vec<String> = pieces
        .iter()
        .flat_map(|p| {
            unescape(p.3)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| !joined.iter().any(|(a, b)| w == a || w == b))
        .collect();
    w.extend(
        joined
            .iter()
            .map(|(a, b)| format!("{}{b}", a.trim_end_matches('-'))),
    );
    w.sort();
    w
}

fn sorted_words(text: &str) -> Vec<String> {
    let mut w: Vec<String> = text.split_whitespace().map(str::to_string).collect();
    w.sort();
    w
}

/// The header of a table of limits as Word set it in a landscape regulation (the
/// geometry of two real pages): substance names broken over the lines of their narrow
/// cells, beside cells of one line, under a caption that spans the columns.
const HEADER_UNDER_CAPTION: &[(f32, f32, f32, &str)] = &[
    (
        394.7,
        92.0,
        13.0,
        "Substanser och gr\\344nsv\\344rden i mg/kg",
    ),
    (28.3, 107.5, 13.0, "Grupp av livsmedel och"),
    (28.3, 122.5, 13.0, "exempel p\\345 livsmedel i gruppen"),
    (242.0, 106.3, 12.0, "Abamek-"),
    (257.6, 121.3, 12.0, "tin"),
    (256.0, 136.2, 12.0, "\\(D\\)"),
    (313.6, 106.3, 12.0, "Acefat"),
    (370.1, 106.3, 12.0, "Acibenso-"),
    (367.1, 121.3, 12.0, "lar-S-metyl"),
    (447.7, 106.3, 12.0, "Aldi-"),
    (448.6, 121.3, 12.0, "karb"),
    (451.6, 136.2, 12.0, "\\(D\\)"),
    (509.2, 106.3, 12.0, "Aldrin"),
    (570.8, 106.3, 12.0, "Amitraz"),
    (516.8, 136.2, 12.0, "\\(D\\)"),
    (582.1, 136.2, 12.0, "\\(D\\)"),
    (636.6, 106.3, 12.0, "Amitrol"),
    (703.5, 106.3, 12.0, "Aramit"),
    (28.3, 153.0, 13.0, "Loganb\\344r"),
    (249.7, 153.0, 13.0, "0,01*"),
    (28.3, 168.5, 13.0, "Hallon"),
    (236.5, 166.0, 13.0, "0,01*/0,1c\\)"),
    (28.3, 184.0, 13.0, "\\326vriga"),
    (249.7, 184.0, 13.0, "0,01*"),
];

/// Another page of that table: a header in a smaller size, whose cells the reading order
/// cuts apart row by row ("Flaza-" "Flora-" … then "sulfuron" "sulam" …).
const HEADER_CUT_INTO_CELLS: &[(f32, f32, f32, &str)] = &[
    (
        426.8,
        88.5,
        10.0,
        "Substanser och gr\\344nsv\\344rden i mg/kg",
    ),
    (45.4, 101.7, 10.0, "Grupp av livsmedel och"),
    (45.4, 114.8, 10.0, "exempel p\\345 livsmedel i gruppen"),
    (265.0, 100.6, 10.0, "Fention"),
    (45.4, 141.1, 10.0, "1.3"),
    (80.8, 141.1, 10.0, "K\\344rnfrukter"),
    (263.0, 141.1, 10.0, "-/0,01*"),
    (294.4, 135.3, 6.0, "c\\)"),
    (317.5, 98.3, 8.0, "Fenvalerat och Esfenvalerat"),
    (317.5, 107.4, 8.0, "summan av isomererna"),
    (317.5, 116.6, 8.0, "RR och SS"),
    (372.9, 116.6, 8.0, "RS och SR"),
    (465.5, 100.6, 10.0, "Flaza-"),
    (461.0, 113.7, 10.0, "sulfuron"),
    (530.7, 100.6, 10.0, "Flora-"),
    (531.5, 113.7, 10.0, "sulam"),
    (593.8, 100.6, 10.0, "Flucy-"),
    (596.0, 113.7, 10.0, "trinat"),
    (600.5, 126.9, 10.0, "\\(D\\)"),
    (659.8, 100.6, 10.0, "Flufen-"),
    (667.3, 113.7, 10.0, "acet"),
    (668.7, 126.9, 10.0, "\\(D\\)"),
    (721.4, 100.6, 10.0, "Flumiox-"),
    (732.2, 113.7, 10.0, "azin"),
    (274.4, 126.9, 10.0, "\\(D\\)"),
    (337.0, 141.1, 10.0, "0,05"),
    (399.4, 141.1, 10.0, "0,02*"),
    (453.6, 141.1, 10.0, "-/0,01*\\(p\\)"),
    (498.6, 135.3, 6.0, "e\\)"),
    (524.9, 141.1, 10.0, "0,01*\\(p\\)"),
    (595.0, 141.1, 10.0, "0,05*"),
    (650.1, 141.1, 10.0, "-/0,05*\\(p\\)"),
    (695.0, 135.3, 6.0, "d\\)"),
    (721.7, 141.1, 10.0, "0,05*\\(p\\)"),
];

#[test]
fn table_header_cells_join_their_own_broken_words() {
    // Caption over the columns: the header lines are one block whose lines run through
    // every cell; they are read cell by cell.
    let joined = [
        ("Abamek-", "tin"),
        ("Acibenso-", "lar-S-metyl"),
        ("Aldi-", "karb"),
    ];
    let text = landscape_text(HEADER_UNDER_CAPTION);
    assert_eq!(
        sorted_words(&text),
        expected_words(HEADER_UNDER_CAPTION, &joined),
        "{text}"
    );
    // Cells cut apart: the cell right under a broken word is read after it.
    let joined = [
        ("Flaza-", "sulfuron"),
        ("Flora-", "sulam"),
        ("Flucy-", "trinat"),
        ("Flufen-", "acet"),
        ("Flumiox-", "azin"),
    ];
    let text = landscape_text(HEADER_CUT_INTO_CELLS);
    assert_eq!(
        sorted_words(&text),
        expected_words(HEADER_CUT_INTO_CELLS, &joined),
        "{text}"
    );
    // The data rows have no broken word and are read as before, row by row.
    assert!(text.contains("1.3 Kärnfrukter"), "{text}");
}

#[test]
fn a_cell_under_a_hyphen_that_starts_a_new_word_is_not_joined() {
    // The hyphen ends a cell, and the cell below starts with a capital: a word of its own.
    let mut c = String::new();
    for (x, y, s) in [
        (60.0, 715.0, "Grupp"),
        (200.0, 715.0, "Bly-"),
        (200.0, 701.0, "Kadmium"),
        (270.0, 715.0, "Aldrin"),
        (270.0, 701.0, "Endrin"),
    ] {
        c.push_str(&format!("BT /F2 11 Tf 1 0 0 1 {x} {y} Tm ({s}) Tj ET\n"));
    }
    let text = text_of(c.as_bytes());
    let w = words(&text);
    for want in ["Bly-", "Kadmium", "Aldrin", "Endrin"] {
        assert!(w.contains(&want), "{want:?} in {text:?}");
    }
}

#[test]
fn two_names_across_a_line_break_of_running_text_keep_their_hyphen() {
    // A paragraph whose first line ends in "Mora-" and whose second starts with
    // "Filipstad": one name compound, hyphen kept. The table cell "Bly-" over "Kadmium"
    // (a_cell_under_a_hyphen_that_starts_a_new_word_is_not_joined) stays apart.
    let text = text_of(
        b"BT /F1 10 Tf 72 700 Td (Banan mellan orterna byggs om p\\345 str\\344ckan Mora-) Tj \
          0 -12 Td (Filipstad under de kommande tre \\345ren enligt planen.) Tj ET",
    );
    assert_eq!(
        text,
        "Banan mellan orterna byggs om på sträckan Mora-Filipstad\nunder de kommande tre åren enligt planen."
    );
}

#[test]
fn unmapped_glyphs_are_reported_per_page_and_in_the_ingest_summary() {
    use std::process::Command;
    let work = tempfile::tempdir().unwrap();
    let docs = work.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let lost = docs.join("lost.pdf");
    std::fs::write(&lost, unmapped_glyphs_pdf()).unwrap();
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_kommission"))
            .env("KOMMISSION_INDEX", work.path().join("index"))
            .env("NO_COLOR", "1")
            .args(args)
            .output()
            .expect("run kommission");
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        (
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    // Per page in `extract --format json`.
    let (json, _) = run(&["extract", "--format", "json", lost.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(v["pages"][0]["unmapped_glyphs"], 2, "{json}");
    assert!(
        v["pages"][0]["text"].as_str().unwrap().starts_with("år"),
        "{json}"
    );
    // In the ingest summary.
    let (_, summary) = run(&["ingest", "--no-ocr", docs.to_str().unwrap()]);
    assert!(
        summary.contains("2 glyphs without a Unicode mapping"),
        "{summary}"
    );
    // A document whose glyphs all map: no count on the page, no line in the summary.
    std::fs::remove_file(&lost).unwrap();
    let fine = docs.join("fine.pdf");
    std::fs::write(
        &fine,
        raw_pdf(
            vec![page(
                b"BT /F1 10 Tf 72 700 Td (Text) Tj ET",
                Dictionary::new(),
            )],
            None,
            Dictionary::new(),
        ),
    )
    .unwrap();
    let (json, _) = run(&["extract", "--format", "json", fine.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert!(v["pages"][0].get("unmapped_glyphs").is_none(), "{json}");
    let (_, summary) = run(&["ingest", "--no-ocr", docs.to_str().unwrap()]);
    assert!(!summary.contains("without a Unicode mapping"), "{summary}");
}

/// A symbol font's bullet mapped to a control character (U+0007, as InDesign's list bullets
/// in Haparanda's climate strategy are): no character of the text, and not glued to the
/// word after it. Ordinary glyphs of the same font read as before.
#[test]
fn control_characters_are_no_text() {
    let mut font = winansi_font("Helvetica");
    font.set(
        "Encoding",
        dictionary! {
            "Type" => "Encoding", "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![Object::Integer(7), "uni0007".into()],
        },
    );
    let mut fonts = Dictionary::new();
    fonts.set("F1", Object::Dictionary(font));
    let pdf = raw_pdf(
        vec![RawPage {
            width: 595.0,
            height: 842.0,
            content:
                b"BT /F1 12 Tf 72 700 Td (Fokusomr\\345den:) Tj 0 -14 Td (\\007Delaktighet) Tj \
                       0 -14 Td (\\007 Lokalproducerat) Tj ET"
                    .to_vec(),
            resources: dictionary! { "Font" => fonts },
            rotate: 0,
            extra: Dictionary::new(),
        }],
        None,
        Dictionary::new(),
    );
    let d = extract(&pdf, &Limits::default()).expect("extracts");
    assert_eq!(
        d.pages[0].text,
        "Fokusområden:\nDelaktighet\nLokalproducerat"
    );
}
