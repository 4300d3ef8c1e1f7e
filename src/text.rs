//! Small text helpers shared by every stage: Unicode normalisation and whitespace.

use unicode_normalization::UnicodeNormalization;

/// NFC-normalise a string.
pub fn nfc(s: &str) -> String {
    s.nfc().collect()
}

/// Collapse every run of whitespace into one space and trim the ends.
pub fn squash_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
