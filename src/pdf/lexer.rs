//! Tokenizer for PDF content streams: turns the bytes of a page's (or Form XObject's)
//! content into operators with their operands, skipping inline image data and recovering
//! from garbage instead of stopping at the first unknown token.
//!
//! lopdf's own content parser stops at the first token it cannot read, which loses the
//! rest of a page; this one skips the bad byte and goes on, and it bounds the nesting of
//! arrays and dictionaries so hostile input cannot overflow the stack.

/// One operand of a content-stream operator.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    Number(f32),
    Name(Vec<u8>),
    String(Vec<u8>),
    Array(Vec<Operand>),
    Dict(Vec<(Vec<u8>, Operand)>),
    Bool(bool),
    Null,
}

impl Operand {
    pub fn as_f32(&self) -> Option<f32> {
        match self {
            Operand::Number(n) if n.is_finite() => Some(*n),
            _ => None,
        }
    }

    pub fn as_name(&self) -> Option<&[u8]> {
        match self {
            Operand::Name(n) => Some(n),
            _ => None,
        }
    }

    /// Look a key up in a dictionary operand.
    pub fn dict_get(&self, key: &[u8]) -> Option<&Operand> {
        match self {
            Operand::Dict(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Deepest nesting of arrays/dictionaries accepted in an operand.
const MAX_NESTING: usize = 32;
/// Most operands kept for one operator; a longer run of operands is garbage.
const MAX_OPERANDS: usize = 1 << 16;

/// Reads operators one at a time.
pub struct Lexer<'a> {
    data: &'a [u8],
    pos: usize,
}

fn is_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'\0')
}

fn is_delim(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_white(b) && !is_delim(b)
}

fn hex_val(b: u8) -> Option<u8> {
    char::from(b)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// A token: either an operand or an operator keyword.
enum Token<'a> {
    Operand(Operand),
    Keyword(&'a [u8]),
    ArrayEnd,
    DictEnd,
    /// A byte that starts no token (skipped).
    Junk,
}

/// A dictionary's entries from its operands: each name followed by its value (an operand
/// in a key's place that is no name is skipped).
fn pairs(items: Vec<Operand>) -> Vec<(Vec<u8>, Operand)> {
    let mut entries = Vec::new();
    let mut key = None;
    for o in items {
        match key.take() {
            None => {
                if let Operand::Name(n) = o {
                    key = Some(n)
                }
            }
            Some(k) => entries.push((k, o)),
        }
    }
    entries
}

impl<'a> Lexer<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Lexer { data, pos: 0 }
    }

    fn peek(&self) -> Option<u8> {
        self.data.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b) = self.peek() {
            if is_white(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(c) = self.peek() {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next operator and its operands (in `operands`), or None at the end.
    pub fn next_op(&mut self, operands: &mut Vec<Operand>) -> Option<&'a [u8]> {
        operands.clear();
        loop {
            self.skip_ws();
            self.peek()?;
            match self.token(0) {
                Token::Operand(o) => {
                    if operands.len() >= MAX_OPERANDS {
                        operands.clear();
                    }
                    operands.push(o);
                }
                Token::Keyword(k) => {
                    if k == b"BI" {
                        self.inline_image(operands);
                    }
                    return Some(k);
                }
                Token::ArrayEnd | Token::DictEnd | Token::Junk => {}
            }
        }
    }

    fn token(&mut self, depth: usize) -> Token<'a> {
        let Some(b) = self.peek() else {
            return Token::Junk;
        };
        match b {
            b'(' => {
                self.pos += 1;
                Token::Operand(Operand::String(self.literal_string()))
            }
            b'<' => {
                if self.data.get(self.pos + 1) == Some(&b'<') {
                    self.pos += 2;
                    Token::Operand(self.dict(depth))
                } else {
                    self.pos += 1;
                    Token::Operand(Operand::String(self.hex_string()))
                }
            }
            b'>' => {
                self.pos += 1;
                if self.peek() == Some(b'>') {
                    self.pos += 1;
                    Token::DictEnd
                } else {
                    Token::Junk
                }
            }
            b'[' => {
                self.pos += 1;
                Token::Operand(self.array(depth))
            }
            b']' => {
                self.pos += 1;
                Token::ArrayEnd
            }
            b'/' => {
                self.pos += 1;
                Token::Operand(Operand::Name(self.name()))
            }
            b'{' | b'}' | b')' => {
                self.pos += 1;
                Token::Junk
            }
            b'+' | b'-' | b'.' | b'0'..=b'9' => match self.number() {
                Some(n) => Token::Operand(Operand::Number(n)),
                None => Token::Junk,
            },
            _ => {
                let start = self.pos;
                while self.peek().is_some_and(is_regular) {
                    self.pos += 1;
                }
                if self.pos == start {
                    self.pos += 1;
                    return Token::Junk;
                }
                let word = self.data.get(start..self.pos).unwrap_or_default();
                match word {
                    b"true" => Token::Operand(Operand::Bool(true)),
                    b"false" => Token::Operand(Operand::Bool(false)),
                    b"null" => Token::Operand(Operand::Null),
                    _ => Token::Keyword(word),
                }
            }
        }
    }

    fn number(&mut self) -> Option<f32> {
        let start = self.pos;
        // Accept sign runs like "--5" leniently, as viewers do.
        while matches!(self.peek(), Some(b'+' | b'-')) {
            self.pos += 1;
        }
        let digits_start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9' | b'.')) {
            self.pos += 1;
        }
        let text = self.data.get(digits_start..self.pos).unwrap_or_default();
        let negative = self
            .data
            .get(start..digits_start)
            .unwrap_or_default()
            .contains(&b'-');
        if text.is_empty() || text == b"." {
            // A lone sign or dot: consume any regular bytes that follow as junk.
            while self.peek().is_some_and(is_regular) {
                self.pos += 1;
            }
            return None;
        }
        // "1.2.3" style garbage: take up to the second dot.
        let end = (text.iter().enumerate().filter(|(_, &c)| c == b'.'))
            .nth(1)
            .map_or(text.len(), |(i, _)| i);
        let digits = text.get(..end).unwrap_or_default();
        // Up to 15 digits: the integer of the digits (exact in an f64) over a power of ten
        // (exact up to 10^22) is the correctly rounded value, the one `parse` gives.
        let v: f64 = if digits.len() <= 15 {
            let m = (digits.iter().filter(|c| c.is_ascii_digit()))
                .fold(0u64, |m, &c| m * 10 + u64::from(c - b'0'));
            let frac = (digits.iter().position(|&c| c == b'.')).map_or(0, |p| digits.len() - p - 1);
            m as f64 / 10f64.powi(frac as i32)
        } else {
            std::str::from_utf8(digits).ok()?.parse().ok()?
        };
        let v = if negative { -v } else { v };
        Some(v.clamp(-1e30, 1e30) as f32)
    }

    fn name(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        while let Some(b) = self.peek() {
            if !is_regular(b) {
                break;
            }
            self.pos += 1;
            if b == b'#' {
                let h = self.data.get(self.pos).copied().and_then(hex_val);
                let l = self.data.get(self.pos + 1).copied().and_then(hex_val);
                if let (Some(h), Some(l)) = (h, l) {
                    out.push(h * 16 + l);
                    self.pos += 2;
                    continue;
                }
            }
            out.push(b);
        }
        out
    }

    /// Room for the bytes up to the next `end` (a string's length, grown once at most).
    fn until(&self, end: u8) -> Vec<u8> {
        let rest = self.data.get(self.pos..).unwrap_or_default();
        Vec::with_capacity(rest.iter().position(|&b| b == end).unwrap_or(0))
    }

    fn literal_string(&mut self) -> Vec<u8> {
        let mut out = self.until(b')');
        let mut depth = 1usize;
        while let Some(b) = self.peek() {
            self.pos += 1;
            match b {
                b'(' => {
                    depth += 1;
                    out.push(b);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(b);
                }
                b'\\' => {
                    let Some(e) = self.peek() else { break };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'\r' => {
                            if self.peek() == Some(b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        b'0'..=b'7' => {
                            let mut v: u32 = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.peek() {
                                    Some(d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push((v & 0xff) as u8);
                        }
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
        out
    }

    fn hex_string(&mut self) -> Vec<u8> {
        let mut out = self.until(b'>');
        let mut hi: Option<u8> = None;
        while let Some(b) = self.peek() {
            self.pos += 1;
            if b == b'>' {
                break;
            }
            if let Some(v) = hex_val(b) {
                match hi.take() {
                    Some(h) => out.push(h * 16 + v),
                    None => hi = Some(v),
                }
            }
        }
        if let Some(h) = hi {
            out.push(h * 16);
        }
        out
    }

    fn array(&mut self, depth: usize) -> Operand {
        Operand::Array(self.operands_until(depth, false, MAX_OPERANDS))
    }

    fn dict(&mut self, depth: usize) -> Operand {
        Operand::Dict(pairs(self.operands_until(depth, true, 2 * MAX_OPERANDS)))
    }

    /// The operands up to `]` (or `>>` for a `dict`; the other closer is skipped), at most
    /// `max` of them kept. An operator among them means the object was never closed: it is
    /// left to be read.
    fn operands_until(&mut self, depth: usize, dict: bool, max: usize) -> Vec<Operand> {
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            let Some(b) = self.peek() else { break };
            if depth >= MAX_NESTING && (b == b'[' || b == b'<') {
                self.pos += 1;
                continue;
            }
            let before = self.pos;
            match self.token(depth + 1) {
                Token::Operand(o) if items.len() < max => items.push(o),
                Token::Keyword(_) => {
                    self.pos = before;
                    break;
                }
                Token::ArrayEnd if !dict => break,
                Token::DictEnd if dict => break,
                _ => {}
            }
        }
        items
    }

    /// After `BI`: read the image dictionary up to `ID`, then the image data up to the `EI`
    /// that stands alone between white space. The operands are the dictionary and the data
    /// (a string: the bytes between `ID`'s white space and the white space before `EI`).
    fn inline_image(&mut self, operands: &mut Vec<Operand>) {
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            if self.peek().is_none() {
                break;
            }
            match self.token(1) {
                Token::Keyword(b"ID") => break,
                Token::Operand(o) => items.push(o),
                _ => {}
            }
        }
        let entries = pairs(items);
        // One white-space byte follows ID.
        if self.peek().is_some_and(is_white) {
            self.pos += 1;
        }
        // Skip to "EI" preceded by white space (or at the start) and followed by white
        // space or the end.
        let data = self.data;
        let start = self.pos;
        let mut i = self.pos;
        let mut found = data.len();
        let mut end = data.len();
        while i + 1 < data.len() {
            if data.get(i) == Some(&b'E')
                && data.get(i + 1) == Some(&b'I')
                && (i == self.pos || data.get(i - 1).copied().is_some_and(is_white))
                && data.get(i + 2).is_none_or(|&c| is_white(c) || is_delim(c))
            {
                found = i + 2;
                end = if i == start { i } else { i - 1 };
                break;
            }
            i += 1;
        }
        self.pos = found;
        operands.clear();
        operands.push(Operand::Dict(entries));
        operands.push(Operand::String(
            data.get(start..end).unwrap_or_default().to_vec(),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(data: &[u8]) -> Vec<(String, Vec<Operand>)> {
        let mut lx = Lexer::new(data);
        let mut operands = Vec::new();
        let mut out = Vec::new();
        while let Some(op) = lx.next_op(&mut operands) {
            out.push((String::from_utf8_lossy(op).into_owned(), operands.clone()));
        }
        out
    }

    #[test]
    fn reads_text_operators() {
        let o = ops(b"BT /F1 12 Tf 1 0 0 1 72.5 -.5 Tm [(A\\(b\\)) -250 <00410042>] TJ ET");
        assert_eq!(o.len(), 5);
        assert_eq!(o[1].0, "Tf");
        assert_eq!(
            o[1].1,
            vec![Operand::Name(b"F1".to_vec()), Operand::Number(12.0)]
        );
        assert_eq!(o[2].1[5], Operand::Number(-0.5));
        assert_eq!(
            o[3].1[0],
            Operand::Array(vec![
                Operand::String(b"A(b)".to_vec()),
                Operand::Number(-250.0),
                Operand::String(vec![0, 0x41, 0, 0x42]),
            ])
        );
    }

    #[test]
    fn skips_inline_image_and_junk() {
        let o = ops(b"q BI /W 2 /H 2 /BPC 8 ID \x00EI\xffE EI Q } 1 2 re");
        let names: Vec<_> = o.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["q", "BI", "Q", "re"]);
        // The image's dictionary and its data (without the white space around it).
        assert_eq!(o[1].1[0].dict_get(b"W"), Some(&Operand::Number(2.0)));
        assert_eq!(o[1].1[1], Operand::String(b"\x00EI\xffE".to_vec()));
    }

    #[test]
    fn nested_dict_and_octal() {
        let o = ops(b"/Span <</ActualText (\\344\\n) /Sub <</A [1 2]>>>> BDC EMC");
        assert_eq!(o[0].0, "BDC");
        let d = &o[0].1[1];
        assert_eq!(
            d.dict_get(b"ActualText"),
            Some(&Operand::String(vec![0xe4, b'\n']))
        );
        assert_eq!(o[1].0, "EMC");
    }

    #[test]
    fn deep_nesting_is_bounded() {
        let mut data = vec![b'['; 100_000];
        data.extend_from_slice(b" TJ");
        let o = ops(&data);
        assert_eq!(o.last().map(|x| x.0.as_str()), Some("TJ"));
    }

    #[test]
    fn long_numbers_read_without_overflow() {
        // More digits than a u64 holds (the fuzzer's find, CI of 2026-12-04): read as a float,
        // clamped, never an overflow.
        let o = ops(b"123456789012345678901234567 -0.00000000000000000000001 Td");
        assert_eq!(o[0].0, "Td");
        assert_eq!(o[0].1[0], Operand::Number(1.234_567_9e26));
        assert_eq!(o[0].1[1], Operand::Number(-1e-23));
    }
}
