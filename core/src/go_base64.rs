//! Go's `encoding/base64` standard decoding, shared by the API server's `[]byte` fields, go-yaml's
//! `!!binary` and kubectl's `base64decode` template function.

/// Go's `base64.StdEncoding.DecodeString` (`decodeQuantum`: padding required, `\r` and `\n`
/// skipped, non-zero trailing bits allowed); the error is the offset of its
/// `CorruptInputError`.
pub fn decode_std(input: &[u8]) -> Result<Vec<u8>, usize> {
    fn sextet(byte: u8) -> Option<u32> {
        Some(u32::from(match byte {
            b'A'..=b'Z' => byte - b'A',
            b'a'..=b'z' => byte - b'a' + 26,
            b'0'..=b'9' => byte - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        }))
    }
    let is_newline = |byte: Option<&u8>| matches!(byte, Some(b'\n' | b'\r'));
    let mut out = Vec::with_capacity(input.len() / 4 * 3);
    let mut si = 0;
    while si < input.len() {
        let mut quantum = [0u32; 4];
        let mut dlen = 4;
        let mut j = 0;
        let mut trailing_error = None;
        while j < 4 {
            let Some(&byte) = input.get(si) else {
                if j == 0 {
                    return Ok(out);
                }
                return Err(si - j);
            };
            si += 1;
            if let Some(bits) = sextet(byte) {
                if let Some(slot) = quantum.get_mut(j) {
                    *slot = bits;
                }
                j += 1;
                continue;
            }
            if byte == b'\n' || byte == b'\r' {
                continue;
            }
            if byte != b'=' {
                return Err(si - 1);
            }
            match j {
                0 | 1 => return Err(si - 1),
                2 => {
                    while is_newline(input.get(si)) {
                        si += 1;
                    }
                    match input.get(si) {
                        None => return Err(input.len()),
                        Some(b'=') => si += 1,
                        Some(_) => return Err(si - 1),
                    }
                }
                _ => {}
            }
            while is_newline(input.get(si)) {
                si += 1;
            }
            if si < input.len() {
                trailing_error = Some(si);
            }
            dlen = j;
            break;
        }
        let value = quantum.iter().fold(0u32, |acc, bits| (acc << 6) | bits);
        let bytes = [(value >> 16) as u8, (value >> 8) as u8, value as u8];
        out.extend_from_slice(bytes.get(..dlen - 1).unwrap_or(&[]));
        if let Some(offset) = trailing_error {
            return Err(offset);
        }
    }
    Ok(out)
}
