//! Word matching for title links: which words of the pages are "the same word" as which
//! words of the action titles.
//!
//! Two normalised words are the same word ([`similar`]) when they are equal, share a stem
//! (six letters or more, 80 % of the shorter word: inflections such as "socialt"/"sociala"),
//! or differ by a small slip (edit distance 1, or 2 for words of ten letters or more).
//!
//! Every distinct title word gets an id ([`Lexicon`]); every distinct word of the pages
//! gets, once per linking run, the sorted ids of the title words it is similar to
//! ([`PageWords`]). Title matching then compares ids, never strings. Finding a page word's
//! similar title words does not compare it with every title word: equal words are looked
//! up, shared stems by their first six letters, and slips through a symmetric deletion
//! index: every title word with up to two letters deleted. Two words within edit distance
//! k have a common string that each reaches by deleting at most k letters, so the index
//! finds every candidate; [`similar`] then confirms each one.

use std::hash::Hasher;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

/// Words shorter than this are only ever equal to themselves.
const MIN_FUZZY_CHARS: usize = 5;
/// Letters of the shared-stem key.
const STEM_CHARS: usize = 6;
/// Letters of an anchor key (see [`Lexicon::anchor`]).
pub(crate) const ANCHOR_CHARS: usize = 4;

/// Whether two normalised words are the same word, tolerating inflection and small slips.
pub(crate) fn similar(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < MIN_FUZZY_CHARS || lb < MIN_FUZZY_CHARS {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    if common >= STEM_CHARS && common * 10 >= la.min(lb) * 8 {
        return true;
    }
    let slack = if la.max(lb) >= 10 { 2 } else { 1 };
    la.abs_diff(lb) <= slack && strsim::levenshtein(a, b) <= slack
}

/// The first letters of a word, by which a page's words are looked up for a title word
/// (words of four letters or more).
pub(crate) fn anchor_key(w: &str) -> Option<&str> {
    let end = w
        .char_indices()
        .nth(ANCHOR_CHARS - 1)
        .map(|(i, c)| i + c.len_utf8())?;
    w.get(..end)
}

/// The words of the action titles, each with an id, and the lookups that find the title
/// words similar to a given word.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    ids: FxHashMap<String, u32>,
    words: Vec<String>,
    anchors: FxHashMap<String, u32>,
    /// Title words by their first [`STEM_CHARS`] letters.
    stems: FxHashMap<String, Vec<u32>>,
    /// Title words of [`MIN_FUZZY_CHARS`] letters or more by the hashes of their deletion
    /// variants (the word itself, one or two letters deleted).
    deletions: FxHashMap<u64, Vec<u32>>,
    /// Letters of the longest title word.
    longest: usize,
}

impl Lexicon {
    /// The id of a title word, adding it when new.
    pub(crate) fn intern(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.ids.get(w) {
            return id;
        }
        let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.ids.insert(w.to_string(), id);
        self.words.push(w.to_string());
        let chars: Vec<char> = w.chars().collect();
        self.longest = self.longest.max(chars.len());
        if chars.len() >= STEM_CHARS {
            let stem: String = chars.iter().take(STEM_CHARS).collect();
            self.stems.entry(stem).or_default().push(id);
        }
        if chars.len() >= MIN_FUZZY_CHARS {
            for h in deletion_hashes(&chars) {
                self.deletions.entry(h).or_default().push(id);
            }
        }
        id
    }

    /// The anchor id of a title word (four letters or more), adding it when new.
    pub(crate) fn intern_anchor(&mut self, w: &str) -> Option<u32> {
        let key = anchor_key(w)?;
        if let Some(&id) = self.anchors.get(key) {
            return Some(id);
        }
        let id = u32::try_from(self.anchors.len()).unwrap_or(u32::MAX);
        self.anchors.insert(key.to_string(), id);
        Some(id)
    }

    /// Number of distinct anchor keys of the title words.
    pub(crate) fn anchor_count(&self) -> usize {
        self.anchors.len()
    }

    /// The anchor id of an anchor key (see [`anchor_key`]): present when some title word
    /// starts like it.
    pub(crate) fn anchor_of_key(&self, key: &str) -> Option<u32> {
        self.anchors.get(key).copied()
    }

    /// The anchor id of a page word: present when some title word starts like it.
    fn anchor(&self, w: &str) -> Option<u32> {
        anchor_key(w).and_then(|k| self.anchors.get(k).copied())
    }

    /// The ids of the title words [`similar`] to `w`, sorted.
    pub(crate) fn similar_ids(&self, w: &str) -> Vec<u32> {
        let mut out = Vec::new();
        if let Some(&id) = self.ids.get(w) {
            out.push(id);
        }
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < MIN_FUZZY_CHARS {
            return out;
        }
        let mut candidates: Vec<u32> = Vec::new();
        if chars.len() >= STEM_CHARS {
            let stem: String = chars.iter().take(STEM_CHARS).collect();
            if let Some(ids) = self.stems.get(&stem) {
                candidates.extend_from_slice(ids);
            }
        }
        // A slip changes the length by at most two letters.
        if chars.len() <= self.longest + 2 {
            for h in deletion_hashes(&chars) {
                if let Some(ids) = self.deletions.get(&h) {
                    candidates.extend_from_slice(ids);
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        out.extend(candidates.into_iter().filter(|&id| {
            self.words
                .get(id as usize)
                .is_some_and(|t| t != w && similar(w, t))
        }));
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// Hashes of `chars` with zero, one and two letters deleted, sorted, without duplicates.
fn deletion_hashes(chars: &[char]) -> Vec<u64> {
    let hash = |skip: [usize; 2]| {
        let mut h = FxHasher::default();
        for (i, c) in chars.iter().enumerate() {
            if i != skip[0] && i != skip[1] {
                h.write_u32(u32::from(*c));
            }
        }
        h.finish()
    };
    let none = usize::MAX;
    let mut out = vec![hash([none, none])];
    for i in 0..chars.len() {
        out.push(hash([i, none]));
        for j in i + 1..chars.len() {
            out.push(hash([i, j]));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// What is known about one distinct page word.
#[derive(Debug, Default)]
struct WordInfo {
    /// Ids of the title words it is similar to, sorted.
    similar: Box<[u32]>,
    /// Its anchor id, when a title word starts like it.
    anchor: Option<u32>,
    /// Four letters or more: a content word for reworded titles.
    content: bool,
}

/// The distinct words of the pages, each with an id and its similar title words.
#[derive(Debug, Default)]
pub(crate) struct PageWords {
    ids: FxHashMap<String, u32>,
    info: Vec<WordInfo>,
}

impl PageWords {
    /// Look up every word once (in parallel).
    pub(crate) fn new(lexicon: &Lexicon, words: FxHashSet<String>) -> PageWords {
        let mut words: Vec<String> = words.into_iter().collect();
        words.sort_unstable();
        let info: Vec<WordInfo> = words
            .par_iter()
            .map(|w| WordInfo {
                similar: lexicon.similar_ids(w).into_boxed_slice(),
                anchor: lexicon.anchor(w),
                content: w.chars().count() >= ANCHOR_CHARS,
            })
            .collect();
        let ids = words
            .into_iter()
            .enumerate()
            .map(|(i, w)| (w, u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        PageWords { ids, info }
    }

    /// The id of a page word (`None` for a word that was not given to [`PageWords::new`]).
    pub(crate) fn id(&self, w: &str) -> Option<u32> {
        self.ids.get(w).copied()
    }

    /// Whether page word `page` is similar to title word `title`.
    pub(crate) fn similar(&self, page: u32, title: u32) -> bool {
        self.info
            .get(page as usize)
            .is_some_and(|i| i.similar.binary_search(&title).is_ok())
    }

    /// The anchor id of page word `page`.
    pub(crate) fn anchor(&self, page: u32) -> Option<u32> {
        self.info.get(page as usize).and_then(|i| i.anchor)
    }

    /// Whether page word `page` is a content word (four letters or more).
    pub(crate) fn is_content(&self, page: u32) -> bool {
        self.info.get(page as usize).is_some_and(|i| i.content)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LETTERS: &[char] = &['a', 'e', 'i', 'k', 'l', 'n', 'r', 's', 't', 'å', 'ä', 'ö'];

    fn letter(rng: &mut fastrand::Rng) -> char {
        LETTERS[rng.usize(..LETTERS.len())]
    }

    fn word(rng: &mut fastrand::Rng, len: usize) -> String {
        (0..len).map(|_| letter(rng)).collect()
    }

    /// `w` with up to three random edits (substitution, insertion, deletion).
    fn slip(rng: &mut fastrand::Rng, w: &str) -> String {
        let mut c: Vec<char> = w.chars().collect();
        for _ in 0..rng.usize(..4) {
            let at = rng.usize(..=c.len());
            let letter = letter(rng);
            match rng.usize(..3) {
                0 if at < c.len() => c[at] = letter,
                1 => c.insert(at, letter),
                _ if at < c.len() => {
                    c.remove(at);
                }
                _ => {}
            }
        }
        c.into_iter().collect()
    }

    #[test]
    fn similar_ids_are_exactly_the_similar_title_words() {
        let mut rng = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
        let mut lexicon = Lexicon::default();
        let mut titles = Vec::new();
        for _ in 0..600 {
            let len = 2 + rng.usize(..14);
            let w = word(&mut rng, len);
            lexicon.intern(&w);
            titles.push(w);
        }
        titles.sort();
        titles.dedup();
        let mut checked = 0;
        let mut matched = 0;
        for round in 0..4000 {
            let base = titles[rng.usize(..titles.len())].clone();
            let w = if round % 5 == 0 {
                let len = 2 + rng.usize(..16);
                word(&mut rng, len)
            } else {
                slip(&mut rng, &base)
            };
            let brute: Vec<u32> = titles
                .iter()
                .filter(|t| similar(&w, t))
                .filter_map(|t| lexicon.ids.get(t.as_str()).copied())
                .collect::<std::collections::BTreeSet<u32>>()
                .into_iter()
                .collect();
            assert_eq!(lexicon.similar_ids(&w), brute, "word {w:?}");
            checked += 1;
            matched += usize::from(brute.iter().any(|&id| lexicon.words[id as usize] != w));
        }
        assert_eq!(checked, 4000);
        // The random slips reach other title words often enough for the test to mean
        // something.
        assert!(matched > 1000, "only {matched} words matched fuzzily");
    }

    #[test]
    fn swedish_inflections_and_slips_are_similar() {
        assert!(similar("socialt", "sociala"));
        assert!(similar("hållbarhet", "hållbarheten"));
        assert!(similar("utredning", "utredningar"));
        assert!(similar("bostadsförsörjning", "bostadsforsörjning"));
        assert!(!similar("barn", "bar"));
        assert!(!similar("hälsa", "halsband"));
        assert_eq!(anchor_key("ökad"), Some("ökad"));
        assert_eq!(anchor_key("öka"), None);
        assert_eq!(anchor_key("åtgärder"), Some("åtgä"));
    }
}
