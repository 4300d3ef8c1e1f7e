//! Small text helpers shared by every stage: Unicode normalisation and whitespace.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// NFC-normalise a string.
pub fn nfc(s: &str) -> String {
    nfc_cow(s).into_owned()
}

/// NFC-normalise a string, borrowing it when the quick check shows it is NFC already (the
/// usual case: extracted text is normalised when it is made).
pub fn nfc_cow(s: &str) -> Cow<'_, str> {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.nfc().collect())
    }
}

/// Collapse every run of whitespace into one space and trim the ends.
pub fn squash_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_swedish_letters_and_borrows_normal_text() {
        assert_eq!(nfc("a\u{30a}tga\u{308}rd o\u{308}ka"), "åtgärd öka");
        assert!(matches!(nfc_cow("åtgärd öka"), Cow::Borrowed(_)));
        assert!(matches!(nfc_cow("a\u{30a}"), Cow::Owned(ref s) if s == "å"));
    }
}
