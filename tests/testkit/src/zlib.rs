//! zlib streams of long runs of one byte, written by hand, so that a decompression bomb of
//! hundreds of megabytes is generated in milliseconds without compressing that much data;
//! and ordinary zlib compression.

use std::io::Write;

/// Writes bits LSB-first into bytes, as DEFLATE wants.
struct Bits {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl Bits {
    fn new() -> Self {
        Bits {
            out: Vec::new(),
            acc: 0,
            n: 0,
        }
    }
    /// Write `count` bits of `value`, least significant first (header fields, extra bits).
    fn put(&mut self, value: u64, count: u32) {
        self.acc |= value << self.n;
        self.n += count;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }
    /// Write a Huffman code of `len` bits, most significant bit first.
    fn code(&mut self, code: u64, len: u32) {
        let mut rev = 0;
        for i in 0..len {
            rev |= ((code >> i) & 1) << (len - 1 - i);
        }
        self.put(rev, len);
    }
    fn align(&mut self) {
        if self.n > 0 {
            self.put(0, 8 - self.n);
        }
    }
    fn finish(mut self) -> Vec<u8> {
        self.align();
        self.out
    }
}

const ADLER_MOD: u128 = 65521;

fn adler_update(a: u128, b: u128, data: &[u8]) -> (u128, u128) {
    let (mut a, mut b) = (a, b);
    for &x in data {
        a = (a + x as u128) % ADLER_MOD;
        b = (b + a) % ADLER_MOD;
    }
    (a, b)
}

/// Adler-32 continued over `n` copies of byte `c`, in closed form.
fn adler_run(a: u128, b: u128, c: u8, n: u128) -> (u128, u128) {
    let c = c as u128;
    let a2 = (a + n * c) % ADLER_MOD;
    // b grows by a after each byte: sum_{i=1..n} (a + i*c) = n*a + c*n(n+1)/2
    let b2 = (b + (n % ADLER_MOD) * a + c * ((n * (n + 1) / 2) % ADLER_MOD)) % ADLER_MOD;
    (a2, b2)
}

/// zlib data that inflates to `prefix` followed by `run_len` spaces (at least 1 + 258·k for
/// some k: the run is rounded down to that form). About 2 bits of output per 258 bytes of
/// input, like the best a real compressor does: 400 MB of spaces are ~780 KB.
///
/// Layout: a stored block with the prefix, then one dynamic-Huffman block whose literal/length
/// code has only three symbols (' ', end-of-block, length 258) and whose distance code has
/// one (distance 1): one literal space, then length-258 copies of the byte before.
pub fn zlib_run(prefix: &[u8], run_len: u64) -> Vec<u8> {
    let k = run_len.saturating_sub(1) / 258;
    let mut bits = Bits::new();
    bits.put(0x78, 8);
    bits.put(0x01, 8);
    // Stored blocks (max 65535 bytes each) with the prefix.
    for chunk in prefix.chunks(65535) {
        bits.put(0, 1); // not final
        bits.put(0, 2); // stored
        bits.align();
        let len = chunk.len() as u64;
        bits.put(len, 16);
        bits.put(!len & 0xffff, 16);
        for &byte in chunk {
            bits.put(byte as u64, 8);
        }
    }
    // The dynamic block.
    bits.put(1, 1); // final
    bits.put(2, 2); // dynamic Huffman
    bits.put(29, 5); // HLIT: 286 literal/length codes
    bits.put(0, 5); // HDIST: 1 distance code
    bits.put(14, 4); // HCLEN: 18 code-length codes
                     // Code-length code lengths, in the DEFLATE order 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1:
                     // symbol 18 (run of zeros) gets 1 bit, symbols 1 and 2 get 2 bits.
    let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
    for sym in order {
        let len = match sym {
            18 => 1,
            1 | 2 => 2,
            _ => 0,
        };
        bits.put(len, 3);
    }
    // Canonical codes of the code-length code: 18 -> 0, 1 -> 10, 2 -> 11.
    let zeros = |bits: &mut Bits, n: u64| {
        // symbol 18 repeats a zero 11..=138 times (7 extra bits)
        let mut left = n;
        while left > 0 {
            let take = left.min(138);
            assert!(take >= 11, "zero runs here are long");
            bits.code(0, 1);
            bits.put(take - 11, 7);
            left -= take;
        }
    };
    let len1 = |bits: &mut Bits| bits.code(0b10, 2);
    let len2 = |bits: &mut Bits| bits.code(0b11, 2);
    zeros(&mut bits, 32); // 0..=31
    len2(&mut bits); // 32 ' '
    zeros(&mut bits, 223); // 33..=255
    len2(&mut bits); // 256 end of block
    zeros(&mut bits, 28); // 257..=284
    len1(&mut bits); // 285 length 258
    len1(&mut bits); // distance code 0 (distance 1)
                     // Canonical literal/length codes: 285 -> 0, 32 -> 10, 256 -> 11. Distance 0 -> 0.
    bits.code(0b10, 2); // one literal space
    for _ in 0..k {
        bits.code(0, 1); // length 258
        bits.code(0, 1); // distance 1
    }
    bits.code(0b11, 2); // end of block
    let mut out = bits.finish();
    let (a, b) = adler_update(1, 0, prefix);
    let (a, b) = adler_run(a, b, b' ', 1 + 258 * k as u128);
    let adler = ((b << 16) | a) as u32;
    out.extend_from_slice(&adler.to_be_bytes());
    out
}

/// Number of bytes [`zlib_run`] inflates to.
pub fn zlib_run_len(prefix: &[u8], run_len: u64) -> u64 {
    prefix.len() as u64 + 1 + 258 * (run_len.saturating_sub(1) / 258)
}

/// Ordinary zlib compression (for a second filter layer and small streams).
pub fn zlib(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}
