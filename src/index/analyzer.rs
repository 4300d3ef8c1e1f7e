//! The Swedish analyzer: NFC, lowercase (å/ä/ö kept), stop words, stemming and compound parts.
