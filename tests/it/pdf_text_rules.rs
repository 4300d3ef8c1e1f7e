//! The text helpers every stage shares (`kommission::text`): NFC, the gated and ASCII-bounded
//! patterns, and the Swedish rule for hyphens at line ends.

use std::borrow::Cow;

use kommission::text::*;
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

#[test]
fn text_below_the_combining_marks_is_nfc() {
    // Below U+0300 every text is NFC and borrowed as it is.
    let below: String = (0u32..0x300).filter_map(char::from_u32).collect();
    assert!(matches!(nfc_cow(&below), Cow::Borrowed(_)));
    assert_eq!(below.nfc().collect::<String>(), below);
    assert!(matches!(nfc_cow("Åtgärd för ökad hälsa"), Cow::Borrowed(_)));
    for s in [
        "e\u{301}",
        "\u{300}",
        "a\u{340}",
        "Å\u{30a}",
        "ﬁ",
        "\u{2126}",
    ] {
        assert_eq!(nfc_cow(s), s.nfc().collect::<String>(), "{s}");
    }
    assert_eq!(nfc_cow("a\u{30a}"), "å");
    assert_eq!(nfc_cow("Malmö"), "Malmö");
}

#[test]
fn a_gate_only_skips_texts_the_full_pattern_cannot_match() {
    let g = Gated::new(r"\d\.\d", r"\b\d+\.\d+\b").unwrap();
    let found = |t| {
        g.captures_iter(t)
            .filter_map(|c| c.get(0).map(|m| m.as_str()))
            .collect::<Vec<_>>()
    };
    assert_eq!(found("åtgärd 2.3 och 4.5x, ö6.7"), ["2.3"]);
    assert!(found("inga koder här").is_empty());
    assert_eq!(found("kod 1.2"), ["1.2"]);
}

#[test]
fn ascii_boundaries_checked_like_unicode_ones() {
    // The reference: the same pattern with Unicode \b.
    let unicode = Regex::new(r"\b\d+(?:\.\d+){2,4}\b").unwrap();
    let fast = WordBounded::new(r"(?-u:\b)\d+(?:\.\d+){2,4}(?-u:\b)", true, true).unwrap();
    let texts = [
        "se 2.2.3.3 och 1.1.2, ej å1.2.3 eller 4.5.6ö; 7.8.9.",
        "(2.2.3.3, s. 114) x2.2.3 2.2.3_ 1.2.3.4.5.6.7 ",
        "ä1.2.3 1.2.3 3.4.5ü",
        "",
    ];
    for t in texts {
        let want: Vec<&str> = unicode.find_iter(t).map(|m| m.as_str()).collect();
        let got: Vec<&str> = fast.find_iter(t).map(|m| m.as_str()).collect();
        assert_eq!(got, want, "{t:?}");
    }
    assert_eq!(
        fast.find_iter("ej å1.2.3 men 1.2.3")
            .map(|m| m.start())
            .collect::<Vec<_>>(),
        [15]
    );
    let tail = WordBounded::new(r"hösten (?:19|20)\d\d(?-u:\b)", false, true).unwrap();
    assert!(tail.is_match("Kommunstyrelsen hösten 2014."));
    assert!(!tail.is_match("hösten 2014å"));
    assert_eq!(tail.find("xhösten 2015").map(|m| m.start()), Some(1));
}

#[test]
fn nfc_composes_swedish_letters_and_borrows_normal_text() {
    assert_eq!(nfc("a\u{30a}tga\u{308}rd o\u{308}ka"), "åtgärd öka");
    assert!(matches!(nfc_cow("åtgärd öka"), Cow::Borrowed(_)));
    assert!(matches!(nfc_cow("a\u{30a}"), Cow::Owned(ref s) if s == "å"));
}

#[test]
fn swedish_line_end_hyphens() {
    use LineEndHyphen::*;
    let cases = [
        ("beräk-", "ningar", Join),
        ("kompetens-", "och", Suspended),
        ("hälso-", "och", Suspended),
        ("för-", "eller", Suspended),
        ("1-", "till", Suspended),
        ("styr-", "samt,", Suspended),
        ("om-", "och/eller", Suspended),
        ("IT-", "användningen", Keep),
        ("ISO-", "certifiering", Keep),
        ("EA-", "handboken", Keep),
        ("(EU-", "kommissionen)", Keep),
        ("2020-", "2050", Keep),
        ("2020-", "talet", Keep),
        ("e-", "post", Keep),
        ("metyl-", "2-cyanoakrylat", Keep),
        ("covid-", "19", Keep),
        ("Malmö-", "Lund", Separate),
        ("ord", "fortsätter", Separate),
        ("-", "och", Separate),
        ("stads-", "Malmö", Separate),
        ("–", "ett", Separate),
        ("stads-", "", Separate),
        ("sam\u{ad}", "hälle", Join),
    ];
    for (a, b, want) in cases {
        assert_eq!(line_end_hyphen(a, b), want, "{a:?} + {b:?}");
    }
    assert_eq!(
        join_hyphenated("IT-", "användningen").as_deref(),
        Some("IT-användningen")
    );
    assert_eq!(
        join_hyphenated("beräk-", "ningar.").as_deref(),
        Some("beräkningar.")
    );
    assert_eq!(join_hyphenated("kompetens-", "och"), None);
}

#[test]
fn two_names_across_a_line_of_running_text_keep_their_hyphen() {
    let keep = [
        ("Banan byggs om på sträckan Mora-", "Filipstad"),
        ("trafiken mellan Stockholm-", "Göteborg."),
    ];
    let apart = [
        // A cell's or a list's entry alone on its line.
        ("Bly-", "Kadmium"),
        ("Grupp Bly-", "Kadmium"),
        // Acronyms, conjunctions, lower case and soft hyphens are other rules'.
        ("inom ramen för EU-", "Kommissionen"),
        ("gäller för Mora-", "Och"),
        ("gäller för Mora-", "filipstad"),
        ("gäller för Mora\u{ad}", "Filipstad"),
        ("gäller för stads-", "Filipstad"),
        ("gäller för Mora-", "FILIPSTAD"),
    ];
    for (line, next) in keep {
        assert!(joins_capitalised_names(line, next), "{line} + {next}");
    }
    for (line, next) in apart {
        assert!(!joins_capitalised_names(line, next), "{line} + {next}");
    }
    let line = |text: &str| kommission::model::Line {
        text: text.to_string(),
        ..kommission::model::Line::default()
    };
    let mut lines = vec![
        line("Banan byggs om på sträckan Mora-"),
        line("Filipstad under 2026."),
    ];
    join_line_hyphens(&mut lines);
    assert_eq!(lines[0].text, "Banan byggs om på sträckan Mora-Filipstad");
    assert_eq!(lines[1].text, "under 2026.");
}

#[test]
fn a_hyphen_closing_a_name_of_several_words_stays() {
    // The document's own words (lower case): "om" stands alone, "förutsättningar" is
    // written whole.
    let doc = [
        "på",
        "om",
        "bygga",
        "dialog",
        "förutsättning",
        "förutsättningar",
        "hand",
    ];
    let in_doc = |w: &str| doc.contains(&w);
    let keep = [("satsningen på Bygga om-", "dialogen")];
    let join = [
        // No name before the stem.
        ("det obetalda om-", "sorgsarbetet"),
        // The capital opens a sentence or a list item.
        ("slut. Bygga om-", "dialogen"),
        ("55. Bygga om-", "dialogen"),
        // The stem is not a word of its own.
        ("av Europeiska dataskydds-", "styrelsen"),
        ("i Finansinspektionens vägled-", "ning"),
        // The joined form is the document's.
        ("för Malmös förutsättning-", "ar"),
        // The name ends with its comma.
        ("exempelvis IT-system, om-", "dialogen"),
        // Not a line-end hyphen to join at all.
        ("på Bygga om-", "och"),
        ("på Bygga om", "dialogen"),
        ("Bygga om-", "dialogen"),
    ];
    for (line, next) in keep {
        assert!(closes_name_compound(line, next, in_doc), "{line} + {next}");
    }
    for (line, next) in join {
        assert!(!closes_name_compound(line, next, in_doc), "{line} + {next}");
    }
}

#[test]
fn the_last_member_of_a_coordination_is_a_whole_compound() {
    for line in [
        "med hänsyn till plan- och bygg-",
        "av garanti- eller försäkrings-",
        "kultur-, fritids- och idrotts-",
    ] {
        assert!(closes_coordination(line), "{line}");
    }
    for line in [
        // No suspended member before the conjunction.
        "med hänsyn till planer och bygg-",
        "och bygg-",
        // The conjunction is not one of a coordination.
        "plan- men bygg-",
        // The line does not end in a hyphen.
        "plan- och byggbestämmelser",
        "ett - och bygg-",
    ] {
        assert!(!closes_coordination(line), "{line}");
    }
}

#[test]
fn lines_of_a_block_are_joined_and_emptied_lines_removed() {
    let line = |t: &str, block| kommission::model::Line {
        text: t.to_string(),
        x: 0.0,
        y: 0.0,
        width: 0.0,
        size: 10.0,
        bold: false,
        italic: false,
        block,
    };
    let mut lines = vec![
        line("Vi ökar IT-", 0),
        line("användningen och beräk-", 0),
        line("ningar", 0),
        line("kompetens-", 0),
        line("och personal", 0),
        line("nästa sam-", 0),
        line("hälle i ett nytt stycke", 1),
    ];
    join_line_hyphens(&mut lines);
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Vi ökar IT-användningen",
            "och beräkningar",
            "kompetens-",
            "och personal",
            "nästa sam-",
            "hälle i ett nytt stycke"
        ]
    );
}
