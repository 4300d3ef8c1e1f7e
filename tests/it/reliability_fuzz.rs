//! Mutation fuzzing inside the test suite: deterministic, bounded, on every CI run.
//!
//! Seeds are the shipped corpus files and the generated hostile files; each round mutates one
//! seed (byte flips, truncation, chunk deletion and duplication, PDF tokens and huge numbers
//! spliced in) and extracts it through the library's entry point. No input may panic or take
//! longer than the hang bound; errors are fine. A failure prints the seed and round, so
//! `KOMMISSION_FUZZ_SEED=<seed> KOMMISSION_FUZZ_ROUNDS=<n>` replays it. The coverage-guided
//! fuzzer for long sessions is `fuzz/run` (cargo-fuzz); its findings become cases in
//! [`regressions`].

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use kommission::extract::{extract_bytes, ExtractOptions};
use rayon::prelude::*;

use crate::support;

/// Longest any single input may take (debug build, loaded machine).
const HANG: Duration = Duration::from_secs(30);

const TOKENS: &[&[u8]] = &[
    b"<<",
    b">>",
    b"[",
    b"]",
    b"(",
    b")",
    b"<",
    b"endobj",
    b"stream\n",
    b"endstream",
    b"/Length 999999999",
    b" 0 R ",
    b"1 0 obj",
    b"BT",
    b"ET",
    b"Tj",
    b"TJ",
    b"Tf",
    b"Do",
    b"q",
    b"Q",
    b"/Filter /FlateDecode",
    b"/Type /Page",
    b"/Kids [",
    b"trailer",
    b"xref",
    b"-2147483649",
    b"99999999999999999999",
    b"1e308",
    b"\\",
    b"\xff\xfe",
    b"\xc3",
    b"<meta charset=\"utf-16\">",
    b"<script>",
    b"&#x0;",
];

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// (extension, bytes) of every seed.
fn seeds() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for p in paths {
        let ext = p.extension().unwrap().to_string_lossy().to_lowercase();
        out.push((ext, std::fs::read(&p).unwrap()));
    }
    for c in support::hostile::all_cases() {
        // The 100 000-page file and the bombs are slow to mutate and covered by their own tests.
        if c.name == "many-pages" || c.name.contains("bomb") {
            continue;
        }
        out.push((c.ext.to_string(), c.bytes()));
    }
    out
}

fn mutate(rng: &mut fastrand::Rng, input: &[u8]) -> Vec<u8> {
    let mut v = input.to_vec();
    for _ in 0..rng.usize(1..=4) {
        let len = v.len().max(1);
        match rng.u8(0..7) {
            0 => {
                for _ in 0..rng.usize(1..=16) {
                    let i = rng.usize(..len);
                    if let Some(b) = v.get_mut(i) {
                        *b = rng.u8(..);
                    }
                }
            }
            1 => v.truncate(rng.usize(..len)),
            2 => {
                let a = rng.usize(..len);
                let b = (a + rng.usize(1..=4096)).min(v.len());
                if a < b {
                    v.drain(a..b);
                }
            }
            3 => {
                let a = rng.usize(..len);
                let b = (a + rng.usize(1..=2048)).min(v.len());
                if a < b && v.len() < 8 << 20 {
                    let chunk = v[a..b].to_vec();
                    let at = rng.usize(..=v.len());
                    v.splice(at..at, chunk);
                }
            }
            4 | 5 => {
                let t = TOKENS[rng.usize(..TOKENS.len())];
                let at = rng.usize(..=v.len());
                v.splice(at..at, t.iter().copied());
            }
            _ => {
                // Replace a run of digits with a huge or negative number.
                let start = rng.usize(..len);
                if let Some(i) = v.iter().skip(start).position(u8::is_ascii_digit) {
                    let i = start + i;
                    let j = v[i..]
                        .iter()
                        .position(|b| !b.is_ascii_digit())
                        .map_or(v.len(), |k| i + k);
                    let n: &[u8] = match rng.u8(0..3) {
                        0 => b"4294967296",
                        1 => b"-1",
                        _ => b"0",
                    };
                    v.splice(i..j, n.iter().copied());
                }
            }
        }
    }
    v
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

#[test]
fn mutated_inputs_never_panic_or_hang() {
    let seed = env_u64("KOMMISSION_FUZZ_SEED", 0x6b6f_6d6d);
    let rounds = env_u64("KOMMISSION_FUZZ_ROUNDS", 500);
    let seeds = seeds();
    let options = ExtractOptions {
        ocr: false,
        ..ExtractOptions::default()
    };
    let failures: Vec<String> = (0..rounds)
        .into_par_iter()
        .filter_map(|round| {
            let mut rng =
                fastrand::Rng::with_seed(seed ^ round.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let (ext, input) = &seeds[rng.usize(..seeds.len())];
            let bytes = mutate(&mut rng, input);
            let start = Instant::now();
            let outcome = catch_unwind(AssertUnwindSafe(|| extract_bytes(&bytes, ext, &options)));
            let took = start.elapsed();
            match outcome {
                Err(_) => Some(format!(
                    "round {round} (.{ext}, {} bytes): panic",
                    bytes.len()
                )),
                Ok(_) if took > HANG => Some(format!(
                    "round {round} (.{ext}, {} bytes): took {took:?}",
                    bytes.len()
                )),
                Ok(_) => None,
            }
        })
        .collect();
    assert!(
        failures.is_empty(),
        "seed {seed:#x}, {rounds} rounds: {failures:#?}"
    );
}

/// Inputs the fuzzers found that once failed, rebuilt here from their description.
mod regressions {
    use super::*;

    fn extracts_without_panic(ext: &str, bytes: &[u8]) {
        let options = ExtractOptions {
            ocr: false,
            ..ExtractOptions::default()
        };
        let r = catch_unwind(AssertUnwindSafe(|| extract_bytes(bytes, ext, &options)));
        assert!(r.is_ok(), "panicked on {} bytes of .{ext}", bytes.len());
    }

    #[test]
    fn empty_and_tiny_inputs() {
        for ext in ["pdf", "html", "txt"] {
            for bytes in [
                &b""[..],
                b"%",
                b"%PDF",
                b"%PDF-1.7\n",
                b"<",
                b"\xff\xfe\x00",
            ] {
                extracts_without_panic(ext, bytes);
            }
        }
    }
}
