//! GNU `base64` (coreutils 9): encode standard input or one file, wrapped at 76 columns
//! (`-w COLS`, `0` for one line), or decode it (`-d`, with `-i` to skip characters outside
//! the alphabet). Decoding ignores newlines, writes what it decoded before a bad character
//! or an unfinished group, then says `base64: invalid input`. Texts here are strings, so
//! decoded bytes that are not UTF-8 come out as U+FFFD.

use super::builtins::{fs_error, Stdin};
use crate::kubectl::Io;
use crate::vfs::Vfs;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn usage(io: &mut Io, message: &str) -> i32 {
    io.err(&format!(
        "base64: {message}\nTry 'base64 --help' for more information.\n"
    ));
    1
}

pub(super) fn base64(args: &[&str], stdin: &Stdin<'_>, io: &mut Io, fs: &Vfs) -> i32 {
    let mut decode = false;
    let mut ignore_garbage = false;
    let mut wrap: usize = 76;
    let mut operands: Vec<&str> = Vec::new();
    let mut options_done = false;
    let mut index = 0;
    let parse_wrap = |text: &str, io: &mut Io| -> Option<usize> {
        match text.parse::<usize>() {
            Ok(columns) => Some(columns),
            Err(_) => {
                io.err(&format!("base64: invalid wrap size: '{text}'\n"));
                None
            }
        }
    };
    while let Some(arg) = args.get(index).copied() {
        index += 1;
        if options_done || !arg.starts_with('-') || arg == "-" {
            operands.push(arg);
            continue;
        }
        match arg {
            "--" => options_done = true,
            "--decode" => decode = true,
            "--ignore-garbage" => ignore_garbage = true,
            "--wrap" => match args.get(index) {
                Some(value) => {
                    index += 1;
                    let Some(columns) = parse_wrap(value, io) else {
                        return 1;
                    };
                    wrap = columns;
                }
                None => return usage(io, "option '--wrap' requires an argument"),
            },
            _ if arg.starts_with("--wrap=") => {
                let Some(columns) = parse_wrap(arg.strip_prefix("--wrap=").unwrap_or(""), io)
                else {
                    return 1;
                };
                wrap = columns;
            }
            _ if arg.starts_with("--") => {
                return usage(io, &format!("unrecognized option '{arg}'"));
            }
            _ => {
                let letters: Vec<char> = arg.chars().skip(1).collect();
                let mut position = 0;
                while let Some(letter) = letters.get(position).copied() {
                    position += 1;
                    match letter {
                        'd' => decode = true,
                        'i' => ignore_garbage = true,
                        'w' => {
                            let rest: String =
                                letters.get(position..).unwrap_or_default().iter().collect();
                            let value = if rest.is_empty() {
                                match args.get(index) {
                                    Some(value) => {
                                        index += 1;
                                        value.to_string()
                                    }
                                    None => return usage(io, "option requires an argument -- 'w'"),
                                }
                            } else {
                                rest
                            };
                            let Some(columns) = parse_wrap(&value, io) else {
                                return 1;
                            };
                            wrap = columns;
                            break;
                        }
                        other => return usage(io, &format!("invalid option -- '{other}'")),
                    }
                }
            }
        }
    }
    if let Some(extra) = operands.get(1) {
        return usage(io, &format!("extra operand '{extra}'"));
    }
    let input = match operands.first() {
        None | Some(&"-") => stdin.read().to_string(),
        Some(file) => match fs.read(file) {
            Ok(text) => text.to_string(),
            Err(error) => {
                io.err(&fs_error("base64", file, &error));
                return 1;
            }
        },
    };
    if decode {
        let (bytes, valid) = decode_text(&input, ignore_garbage);
        io.out(&String::from_utf8_lossy(&bytes));
        if !valid {
            io.err("base64: invalid input\n");
            return 1;
        }
        return 0;
    }
    let encoded = crate::share::base64_standard(input.as_bytes());
    if encoded.is_empty() {
        return 0;
    }
    if wrap == 0 {
        io.out(&encoded);
    } else {
        for line in encoded.as_bytes().chunks(wrap) {
            io.out(&String::from_utf8_lossy(line));
            io.out("\n");
        }
    }
    0
}

/// Decodes base64 text as GNU `base64 -d` does: newlines are skipped (and, with
/// `ignore_garbage`, anything outside the alphabet); padding ends a group, and a new group
/// may follow it. Returns the bytes decoded and whether the whole input was valid.
fn decode_text(text: &str, ignore_garbage: bool) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut group: Vec<u8> = Vec::with_capacity(4);
    let mut padding = 0;
    for byte in text.bytes() {
        if byte == b'\n' {
            continue;
        }
        if byte == b'=' {
            if group.len() < 2 {
                return (out, false);
            }
            padding += 1;
            if group.len() + padding == 4 {
                flush(&group, &mut out);
                group.clear();
                padding = 0;
            }
            continue;
        }
        let Some(value) = ALPHABET.iter().position(|letter| *letter == byte) else {
            if ignore_garbage {
                continue;
            }
            flush(&group, &mut out);
            return (out, false);
        };
        if padding > 0 {
            return (out, false);
        }
        group.push(value as u8);
        if group.len() == 4 {
            flush(&group, &mut out);
            group.clear();
        }
    }
    if group.is_empty() && padding == 0 {
        return (out, true);
    }
    flush(&group, &mut out);
    (out, false)
}

/// Appends the whole bytes of a group of up to four sextets.
fn flush(group: &[u8], out: &mut Vec<u8>) {
    let bits: u32 = group
        .iter()
        .enumerate()
        .map(|(index, value)| u32::from(*value) << (18 - 6 * index))
        .sum();
    let bytes = [(bits >> 16) as u8, (bits >> 8) as u8, bits as u8];
    let count = match group.len() {
        4 => 3,
        3 => 2,
        2 => 1,
        _ => 0,
    };
    out.extend_from_slice(&bytes[..count]);
}
