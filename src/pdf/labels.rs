//! Page labels from the document catalog's /PageLabels number tree (ISO 32000-1, 12.4.2):
//! decimal, upper/lower roman and letter styles, prefixes and start values.

use lopdf::{Dictionary, Document, Object};

use super::encoding::decode_text_string;
use super::objects::{deref, get, get_array, get_dict, get_name, get_num};

/// Deepest /Kids nesting followed in the number tree.
const MAX_TREE_DEPTH: usize = 16;
/// Most entries read from the number tree.
const MAX_ENTRIES: usize = 100_000;

#[derive(Debug, Clone)]
struct Range {
    start: usize,
    style: Option<u8>,
    prefix: String,
    first: i64,
}

/// Roman numeral of n (1..=3999), lower case.
pub fn roman(mut n: i64) -> String {
    if !(1..=3999).contains(&n) {
        return n.to_string();
    }
    const TABLE: [(i64, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// The value of a lower- or upper-case roman numeral as [`roman`] writes it ("iiii" is none).
pub fn parse_roman(s: &str) -> Option<i64> {
    let s = s.to_ascii_lowercase();
    if s.is_empty() || s.len() > 15 || !s.chars().all(|c| "ivxlcdm".contains(c)) {
        return None;
    }
    (1..=3999).find(|&n| roman(n) == s)
}

/// List letters as word processors and page labels count them: a … z, aa … zz, aaa …
pub fn letters(n: i64) -> String {
    if n < 1 {
        return n.to_string();
    }
    let n = n.min(100_000) as usize;
    let c = char::from(b'a' + ((n - 1) % 26) as u8);
    std::iter::repeat_n(c, (n - 1) / 26 + 1).collect()
}

fn collect(doc: &Document, node: &Dictionary, depth: usize, out: &mut Vec<(usize, Dictionary)>) {
    if depth > MAX_TREE_DEPTH || out.len() > MAX_ENTRIES {
        return;
    }
    if let Some(nums) = get_array(doc, node, b"Nums") {
        for pair in nums.chunks(2) {
            if let [k, v] = pair {
                let key = match deref(doc, k) {
                    Object::Integer(i) if *i >= 0 => *i as usize,
                    _ => continue,
                };
                if let Object::Dictionary(d) = deref(doc, v) {
                    out.push((key, d.clone()));
                }
            }
        }
    }
    if let Some(kids) = get_array(doc, node, b"Kids") {
        for k in kids {
            if let Object::Dictionary(d) = deref(doc, k) {
                collect(doc, d, depth + 1, out);
            }
        }
    }
}

/// The label of each page (index 0 = first page), None where the document gives none.
pub fn page_labels(doc: &Document, count: usize) -> Vec<Option<String>> {
    let mut out = vec![None; count];
    let Ok(catalog) = doc.catalog() else {
        return out;
    };
    let Some(tree) = get_dict(doc, catalog, b"PageLabels") else {
        return out;
    };
    let mut entries = Vec::new();
    collect(doc, tree, 0, &mut entries);
    let mut ranges: Vec<Range> = entries
        .iter()
        .map(|(start, d)| Range {
            start: *start,
            style: get_name(doc, d, b"S").and_then(|s| s.first().copied()),
            prefix: match get(doc, d, b"P") {
                Some(Object::String(s, _)) => decode_text_string(s),
                _ => String::new(),
            },
            first: get_num(doc, d, b"St").map_or(1, |v| v.max(1.0) as i64),
        })
        .collect();
    ranges.sort_by_key(|r| r.start);
    for (i, slot) in out.iter_mut().enumerate() {
        let Some(r) = ranges.iter().rev().find(|r| r.start <= i) else {
            continue;
        };
        let n = r.first.saturating_add((i - r.start) as i64);
        let num = match r.style {
            Some(b'D') => n.to_string(),
            Some(b'r') => roman(n),
            Some(b'R') => roman(n).to_uppercase(),
            Some(b'a') => letters(n),
            Some(b'A') => letters(n).to_uppercase(),
            _ => String::new(),
        };
        let label = format!("{}{}", r.prefix, num);
        *slot = (!label.is_empty()).then_some(label);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        assert_eq!(roman(14), "xiv");
        assert_eq!(parse_roman("XIV"), Some(14));
        assert_eq!(parse_roman("iiii"), None);
        assert_eq!(letters(28), "bb");
    }
}
