//! Small, panic-free accessors for lopdf objects: following references, reading numbers,
//! names, arrays and dictionaries, inherited page attributes, and bounded stream decoding.

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// Deepest chain of /Parent links followed for inherited page attributes.
const MAX_PARENTS: usize = 64;

/// Follow references (lopdf bounds the chain).
pub fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match doc.dereference(o) {
        Ok((_, obj)) => obj,
        Err(_) => &Object::Null,
    }
}

/// A dictionary entry, references followed.
pub fn get<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    match d.get(key).ok().map(|o| deref(doc, o)) {
        Some(Object::Null) | None => None,
        other => other,
    }
}

pub fn num(doc: &Document, o: &Object) -> Option<f32> {
    match deref(doc, o) {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) if r.is_finite() => Some(*r),
        _ => None,
    }
}

pub fn get_num(doc: &Document, d: &Dictionary, key: &[u8]) -> Option<f32> {
    get(doc, d, key).and_then(|o| num(doc, o))
}

pub fn get_name<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    match get(doc, d, key)? {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

pub fn get_dict<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    match get(doc, d, key)? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

pub fn get_array<'a>(doc: &'a Document, d: &'a Dictionary, key: &[u8]) -> Option<&'a [Object]> {
    match get(doc, d, key)? {
        Object::Array(a) => Some(a),
        _ => None,
    }
}

/// An array of numbers (non-numbers become 0).
pub fn nums(doc: &Document, a: &[Object]) -> Vec<f32> {
    a.iter().map(|o| num(doc, o).unwrap_or(0.0)).collect()
}

/// The decoded content of a stream, bounded. /Filter and /DecodeParms given as indirect
/// references are resolved first.
pub fn stream_bytes_in(doc: &Document, s: &Stream, max: usize) -> Result<Vec<u8>, String> {
    let indirect = |k: &[u8]| matches!(s.dict.get(k), Ok(Object::Reference(_)));
    if indirect(b"Filter") || indirect(b"DecodeParms") {
        let mut copy = s.clone();
        for key in [&b"Filter"[..], b"DecodeParms"] {
            if let Some(v) = get(doc, &s.dict, key) {
                copy.dict.set(key.to_vec(), v.clone());
            }
        }
        return stream_bytes(&copy, max);
    }
    stream_bytes(s, max)
}

/// The decoded content of a stream, bounded.
pub fn stream_bytes(s: &Stream, max: usize) -> Result<Vec<u8>, String> {
    match s.decompressed_content_with_limit(max) {
        Ok(d) => Ok(d),
        Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. })) => {
            Err(format!("a stream decompresses to more than {max} bytes"))
        }
        Err(e) => {
            // Streams without filters, or with filters lopdf cannot decode (images):
            // use the raw bytes when they are not compressed.
            if s.filters().map(|f| f.is_empty()).unwrap_or(true) && s.content.len() <= max {
                Ok(s.content.clone())
            } else {
                Err(format!("cannot decode stream: {e}"))
            }
        }
    }
}

/// A page attribute, inherited through the page tree (/Resources, /MediaBox, /CropBox,
/// /Rotate).
pub fn inherited<'a>(doc: &'a Document, page: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    let mut node = page;
    for _ in 0..MAX_PARENTS {
        if let Some(v) = get(doc, node, key) {
            return Some(v);
        }
        node = get_dict(doc, node, b"Parent")?;
    }
    None
}

/// The dictionary of an object id (page dictionaries).
pub fn dict_of(doc: &Document, id: ObjectId) -> Option<&Dictionary> {
    match doc.get_object(id).ok()? {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}
