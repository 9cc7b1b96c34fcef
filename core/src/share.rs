//! Share links: a session's seed and journal packed into a short, URL-safe text that fits in
//! a URL fragment (`#s=1.…`), and unpacked without trusting it.
//!
//! The journal is written as a compact binary (LEB128 varints, one tag byte per input), then
//! compressed with a small LZ77 (literal runs and back-references; typed command lines repeat
//! `kubectl` and resource names a lot), then encoded as unpadded base64url. Decoding checks
//! every length, offset and value and bounds the output, so a hand-edited or truncated link
//! gives a [`ShareError`], never a panic or a huge allocation.

use crate::session::Input;

/// Version prefix of the current format (`1.<base64url>`).
pub const SHARE_FORMAT_VERSION: u32 = 1;

/// Most bytes a link may expand to.
const MAX_DECODED_BYTES: usize = 4 * 1024 * 1024;
/// Most inputs a link may hold (as a saved session).
const MAX_INPUTS: u64 = 100_000;
/// Longest time step accepted (about 300 years, as `Session::parse_saved`).
const MAX_ADVANCE_MILLIS: u64 = 10_000_000_000_000;

const TAG_LINE: u8 = 0;
const TAG_ADVANCE: u8 = 1;
const TAG_INTERRUPT: u8 = 2;
/// Ctrl+D while a command reads the terminal or input is unfinished.
const TAG_END_OF_INPUT: u8 = 3;
/// The terminal's editor saved the text that follows.
const TAG_EDIT_SAVED: u8 = 4;
/// The terminal's editor quit without saving.
const TAG_EDIT_QUIT: u8 = 5;

/// Why a share link could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// No `N.` version prefix, or a version this playground does not know.
    UnknownVersion(String),
    /// A character outside base64url.
    NotBase64,
    /// The compressed data is inconsistent (bad back-reference, truncated).
    Corrupt(&'static str),
    /// It would expand beyond the size a session may have.
    TooLarge,
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareError::UnknownVersion(found) => {
                write!(f, "unknown share link version {found:?}")
            }
            ShareError::NotBase64 => write!(f, "the link contains characters it cannot contain"),
            ShareError::Corrupt(what) => write!(f, "the link is damaged ({what})"),
            ShareError::TooLarge => write!(f, "the link is too large"),
        }
    }
}

/// Packs a seed and journal into `1.<base64url>`.
pub fn encode(seed: u64, inputs: &[Input]) -> String {
    let mut raw = Vec::new();
    put_varint(&mut raw, seed);
    put_varint(&mut raw, inputs.len() as u64);
    for input in inputs {
        match input {
            Input::Line(line) => {
                raw.push(TAG_LINE);
                put_text(&mut raw, line);
            }
            Input::Edit(Some(text)) => {
                raw.push(TAG_EDIT_SAVED);
                put_text(&mut raw, text);
            }
            Input::Edit(None) => raw.push(TAG_EDIT_QUIT),
            Input::Advance(millis) => {
                raw.push(TAG_ADVANCE);
                put_varint(&mut raw, u64::try_from(*millis).unwrap_or(0));
            }
            Input::Interrupt => raw.push(TAG_INTERRUPT),
            Input::EndOfInput => raw.push(TAG_END_OF_INPUT),
        }
    }
    format!(
        "{SHARE_FORMAT_VERSION}.{}",
        base64url_encode(&compress(&raw))
    )
}

/// Unpacks what [`encode`] made (surrounding whitespace is ignored).
pub fn decode(text: &str) -> Result<(u64, Vec<Input>), ShareError> {
    let text = text.trim();
    let (version, data) = text
        .split_once('.')
        .ok_or_else(|| ShareError::UnknownVersion(text.chars().take(8).collect()))?;
    if version != SHARE_FORMAT_VERSION.to_string() {
        return Err(ShareError::UnknownVersion(
            version.chars().take(8).collect(),
        ));
    }
    let compressed = base64url_decode(data)?;
    let raw = decompress(&compressed)?;
    let mut reader = Reader { data: &raw, at: 0 };
    let seed = reader.varint()?;
    let count = reader.varint()?;
    if count > MAX_INPUTS {
        return Err(ShareError::TooLarge);
    }
    let mut inputs = Vec::new();
    for _ in 0..count {
        let input = match reader.byte()? {
            TAG_LINE => Input::Line(reader.text()?),
            TAG_EDIT_SAVED => Input::Edit(Some(reader.text()?)),
            TAG_EDIT_QUIT => Input::Edit(None),
            TAG_ADVANCE => {
                let millis = reader.varint()?;
                if millis > MAX_ADVANCE_MILLIS {
                    return Err(ShareError::Corrupt("time step out of range"));
                }
                Input::Advance(i64::try_from(millis).map_err(|_| ShareError::TooLarge)?)
            }
            TAG_INTERRUPT => Input::Interrupt,
            TAG_END_OF_INPUT => Input::EndOfInput,
            _ => return Err(ShareError::Corrupt("unknown input kind")),
        };
        inputs.push(input);
    }
    if reader.at != raw.len() {
        return Err(ShareError::Corrupt("trailing data"));
    }
    Ok((seed, inputs))
}

/// A length and UTF-8 bytes.
fn put_text(raw: &mut Vec<u8>, text: &str) {
    put_varint(raw, text.len() as u64);
    raw.extend_from_slice(text.as_bytes());
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, ShareError> {
        let byte = *self
            .data
            .get(self.at)
            .ok_or(ShareError::Corrupt("truncated"))?;
        self.at += 1;
        Ok(byte)
    }

    fn take(&mut self, length: usize) -> Result<&[u8], ShareError> {
        let end = self
            .at
            .checked_add(length)
            .filter(|end| *end <= self.data.len())
            .ok_or(ShareError::Corrupt("truncated"))?;
        let bytes = self
            .data
            .get(self.at..end)
            .ok_or(ShareError::Corrupt("truncated"))?;
        self.at = end;
        Ok(bytes)
    }

    /// A length and that many bytes of UTF-8.
    fn text(&mut self) -> Result<String, ShareError> {
        let length =
            usize::try_from(self.varint()?).map_err(|_| ShareError::Corrupt("line length"))?;
        let bytes = self.take(length)?;
        let text =
            std::str::from_utf8(bytes).map_err(|_| ShareError::Corrupt("a line is not UTF-8"))?;
        Ok(text.to_string())
    }

    fn varint(&mut self) -> Result<u64, ShareError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            let bits = u64::from(byte & 0x7f);
            if shift == 63 && bits > 1 {
                return Err(ShareError::Corrupt("number too large"));
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ShareError::Corrupt("number too large"))
    }
}

fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

// --- LZ77 -------------------------------------------------------------------------------
//
// The stream is a sequence of ops, each starting with a varint `h`:
// - `h` even: a literal run of `h / 2` bytes follows;
// - `h` odd: copy `h / 2 + MIN_MATCH` bytes from `distance + 1` bytes back, where `distance`
//   is the varint that follows (the copy may overlap what it writes, as in LZ77).

const MIN_MATCH: usize = 4;
const MAX_MATCH: usize = 1 << 16;
const WINDOW: usize = 1 << 16;
const HASH_BITS: u32 = 13;
const MAX_CHAIN: usize = 48;

fn hash4(data: &[u8], at: usize) -> usize {
    let word = data
        .get(at..at + 4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
        .unwrap_or(0);
    (word.wrapping_mul(0x9e37_79b1) >> (32 - HASH_BITS)) as usize
}

/// Compresses `data` (greedy matching over hash chains).
pub fn compress(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut previous = vec![usize::MAX; data.len()];
    let mut literal_start = 0;
    let mut at = 0;
    let insert = |head: &mut Vec<usize>, previous: &mut Vec<usize>, position: usize| {
        if position + MIN_MATCH <= data.len() {
            let slot = hash4(data, position);
            if let (Some(link), Some(first)) = (previous.get_mut(position), head.get_mut(slot)) {
                *link = *first;
                *first = position;
            }
        }
    };
    while at < data.len() {
        let mut best_length = 0;
        let mut best_distance = 0;
        if at + MIN_MATCH <= data.len() {
            let mut candidate = head.get(hash4(data, at)).copied().unwrap_or(usize::MAX);
            let mut chain = 0;
            while candidate != usize::MAX && at - candidate <= WINDOW && chain < MAX_CHAIN {
                let limit = (data.len() - at).min(MAX_MATCH);
                let length = (0..limit)
                    .take_while(|&i| data.get(candidate + i) == data.get(at + i))
                    .count();
                if length > best_length {
                    best_length = length;
                    best_distance = at - candidate;
                }
                candidate = previous.get(candidate).copied().unwrap_or(usize::MAX);
                chain += 1;
            }
        }
        if best_length >= MIN_MATCH {
            flush_literals(&mut out, data.get(literal_start..at).unwrap_or_default());
            put_varint(&mut out, (((best_length - MIN_MATCH) as u64) << 1) | 1);
            put_varint(&mut out, (best_distance - 1) as u64);
            for position in at..at + best_length {
                insert(&mut head, &mut previous, position);
            }
            at += best_length;
            literal_start = at;
        } else {
            insert(&mut head, &mut previous, at);
            at += 1;
        }
    }
    flush_literals(&mut out, data.get(literal_start..).unwrap_or_default());
    out
}

fn flush_literals(out: &mut Vec<u8>, literals: &[u8]) {
    if !literals.is_empty() {
        put_varint(out, (literals.len() as u64) << 1);
        out.extend_from_slice(literals);
    }
}

/// Expands what [`compress`] made, refusing anything inconsistent or too large.
pub fn decompress(data: &[u8]) -> Result<Vec<u8>, ShareError> {
    let mut out: Vec<u8> = Vec::new();
    let mut reader = Reader { data, at: 0 };
    while reader.at < data.len() {
        let header = reader.varint()?;
        let length = usize::try_from(header >> 1).map_err(|_| ShareError::TooLarge)?;
        if header & 1 == 0 {
            if out.len().saturating_add(length) > MAX_DECODED_BYTES {
                return Err(ShareError::TooLarge);
            }
            out.extend_from_slice(reader.take(length)?);
        } else {
            let length = length.saturating_add(MIN_MATCH);
            let distance = usize::try_from(reader.varint()?)
                .map_err(|_| ShareError::Corrupt("bad back-reference"))?
                .saturating_add(1);
            if distance > out.len() || distance > WINDOW {
                return Err(ShareError::Corrupt("bad back-reference"));
            }
            if length > MAX_MATCH || out.len().saturating_add(length) > MAX_DECODED_BYTES {
                return Err(ShareError::TooLarge);
            }
            let start = out.len() - distance;
            for index in start..start + length {
                let byte = out
                    .get(index)
                    .copied()
                    .ok_or(ShareError::Corrupt("bad back-reference"))?;
                out.push(byte);
            }
        }
    }
    Ok(out)
}

// --- base64url ----------------------------------------------------------------------------

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Padded standard base64 (RFC 4648 §4).
pub fn base64_standard(data: &[u8]) -> String {
    let mut text: String = base64url_encode(data)
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            other => other,
        })
        .collect();
    while !text.len().is_multiple_of(4) {
        text.push('=');
    }
    text
}

/// Decodes standard base64 (text the API server accepted: its decoder checked it).
pub fn base64_standard_decode(text: &str) -> Option<Vec<u8>> {
    base64url_decode(text).ok()
}

/// Unpadded base64url (RFC 4648 §5).
pub fn base64url_encode(data: &[u8]) -> String {
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk.first().copied().unwrap_or(0),
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let symbols = chunk.len() + 1;
        for i in 0..symbols {
            let index = ((n >> (18 - 6 * i)) & 63) as usize;
            out.push(char::from(ALPHABET.get(index).copied().unwrap_or(b'A')));
        }
    }
    out
}

/// Decodes unpadded (or `=`-padded) base64url; any other character is an error.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let text = text.trim_end_matches('=');
    if text.len() > MAX_DECODED_BYTES * 2 {
        return Err(ShareError::TooLarge);
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 3);
    let mut buffer: u32 = 0;
    let mut bits = 0;
    for byte in text.bytes() {
        let value = match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return Err(ShareError::NotBase64),
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    if bits >= 6 {
        return Err(ShareError::NotBase64);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn journal() -> Vec<Input> {
        vec![
            Input::Line("kubectl create -f kubia-manual.yaml".into()),
            Input::Advance(12_345),
            Input::Line("kubectl get pods -o wide".into()),
            Input::Line("kubectl get pods --show-labels".into()),
            Input::Line("cat <<EOF".into()),
            Input::Line("テスト ✓".into()),
            Input::Line("EOF".into()),
            Input::Interrupt,
            Input::EndOfInput,
            Input::Edit(Some("apiVersion: v1\nkind: Pod\n".into())),
            Input::Edit(None),
            Input::Advance(0),
            Input::Line(String::new()),
        ]
    }

    #[test]
    fn round_trip() {
        let inputs = journal();
        let text = encode(u64::MAX, &inputs);
        assert!(text.starts_with("1."));
        assert!(text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'));
        assert_eq!(decode(&text), Ok((u64::MAX, inputs)));
        assert_eq!(decode(&encode(7, &[])), Ok((7, Vec::new())));
    }

    #[test]
    fn repeated_commands_compress() {
        let inputs: Vec<Input> = (0..200)
            .map(|i| Input::Line(format!("kubectl get pods kubia-{} -o yaml", i % 10)))
            .collect();
        let raw_len: usize = inputs
            .iter()
            .map(|i| match i {
                Input::Line(l) => l.len(),
                _ => 0,
            })
            .sum();
        let text = encode(1, &inputs);
        assert!(text.len() * 10 < raw_len, "{} vs {raw_len}", text.len());
        assert_eq!(decode(&text), Ok((1, inputs)));
    }

    #[test]
    fn compression_round_trips_tricky_data() {
        let cases: Vec<Vec<u8>> = vec![
            vec![],
            vec![0],
            vec![7; 100_000],
            (0..=255).collect(),
            b"abcabcabcabcabcabcabcabc".to_vec(),
            (0..70_000u32).map(|i| (i % 251) as u8).collect(),
        ];
        for data in cases {
            assert_eq!(decompress(&compress(&data)).as_deref(), Ok(data.as_slice()));
        }
    }

    #[test]
    fn base64url_known_answers() {
        for (raw, encoded) in [
            (&b""[..], ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (&[0xfb, 0xff][..], "-_8"),
        ] {
            assert_eq!(base64url_encode(raw), encoded);
            assert_eq!(base64url_decode(encoded).as_deref(), Ok(raw));
        }
    }

    #[test]
    fn malformed_links_are_errors() {
        let good = encode(3, &journal());
        let (_, data) = good.split_once('.').unwrap();
        let truncated = format!("1.{}", &data[..data.len() / 2]);
        let mut too_many = vec![0];
        put_varint(&mut too_many, MAX_INPUTS + 1);
        let too_many = format!("1.{}", base64url_encode(&compress(&too_many)));
        let cases = [
            ("", "version"),
            ("2.AAAA", "version"),
            ("1.a b", "base64"),
            ("1.!!!", "base64"),
            ("1.A", "base64"),
            (truncated.as_str(), "corrupt"),
            // A back-reference before the start.
            ("1.AwA", "corrupt"),
            // Claims 100001 inputs.
            (too_many.as_str(), "large"),
        ];
        for (text, why) in cases {
            let result = decode(text);
            let ok = match why {
                "version" => matches!(result, Err(ShareError::UnknownVersion(_))),
                "base64" => matches!(result, Err(ShareError::NotBase64)),
                "corrupt" => matches!(result, Err(ShareError::Corrupt(_))),
                _ => matches!(result, Err(ShareError::TooLarge)),
            };
            assert!(ok, "{text:?}: {result:?}");
        }
    }

    #[test]
    fn bombs_are_refused() {
        // A literal byte then a run of maximal back-references: > 4 MiB when expanded.
        let mut data = vec![2, b'x'];
        for _ in 0..100 {
            put_varint(&mut data, (((MAX_MATCH - MIN_MATCH) as u64) << 1) | 1);
            put_varint(&mut data, 0);
        }
        assert_eq!(decompress(&data), Err(ShareError::TooLarge));
    }

    #[test]
    fn every_byte_flip_is_handled() {
        let good = encode(9, &journal());
        for index in 2..good.len() {
            let mut bytes = good.clone().into_bytes();
            bytes[index] = if bytes[index] == b'A' { b'B' } else { b'A' };
            // Must not panic; may decode to something else or fail.
            let _ = decode(std::str::from_utf8(&bytes).unwrap());
        }
    }
}
