//! libyaml's event parser as a safe iterator of owned events.
//!
//! unsafe-libyaml is libyaml translated to Rust. serde_yaml is built on it, and go-yaml v2,
//! which kubectl uses, is a Go translation of the same C code. Reading its events directly
//! (instead of through serde_yaml's `Deserializer`) keeps what go-yaml's composer needs and
//! serde hides: anchors and aliases as such, tags, scalar styles, and the parser's error
//! record (kind, problem, context and their marks), from which go-yaml words its errors.
//!
//! This is the only `unsafe` code in the crate. The parser is boxed so that it never moves.
//! It reads a `&str` that outlives it. Every event is copied into owned data and freed at
//! once, and the parser is freed on drop.

#![allow(unsafe_code)]

use std::ffi::CStr;
use std::marker::PhantomData;
use std::mem::MaybeUninit;
use unsafe_libyaml as unsafe_sys;

/// A position in the text (0-based line and column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Mark {
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScalarStyle {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Event {
    StreamStart,
    StreamEnd,
    DocumentStart,
    DocumentEnd,
    Alias {
        anchor: String,
    },
    Scalar {
        anchor: Option<String>,
        tag: Option<String>,
        value: String,
        style: ScalarStyle,
        /// The tag may be left out because the scalar is plain (libyaml's `plain_implicit`).
        plain_implicit: bool,
    },
    SequenceStart {
        anchor: Option<String>,
        tag: Option<String>,
        flow: bool,
    },
    SequenceEnd,
    MappingStart {
        anchor: Option<String>,
        tag: Option<String>,
        flow: bool,
    },
    MappingEnd,
}

/// libyaml's error record.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SyntaxError {
    /// A scanner error (go-yaml then counts the problem line from 1).
    pub scanner: bool,
    pub problem: String,
    pub problem_mark: Mark,
    pub context: Option<String>,
    pub context_mark: Mark,
}

pub(crate) struct Parser<'text> {
    parser: Box<MaybeUninit<unsafe_sys::yaml_parser_t>>,
    initialized: bool,
    failed: Option<SyntaxError>,
    text: PhantomData<&'text str>,
}

impl<'text> Parser<'text> {
    /// A parser over `text`, which must outlive it.
    pub(crate) fn new(text: &'text str) -> Parser<'text> {
        let mut parser = Box::new(MaybeUninit::<unsafe_sys::yaml_parser_t>::uninit());
        // SAFETY: initialize writes the whole struct (it fails only when out of memory, and
        // unsafe-libyaml aborts on that rather than returning); the input pointer stays
        // valid for 'text, which outlives the parser.
        let failed = unsafe {
            let raw = parser.as_mut_ptr();
            if unsafe_sys::yaml_parser_initialize(raw).fail {
                Some(SyntaxError {
                    scanner: false,
                    problem: "cannot initialize the YAML parser".into(),
                    problem_mark: Mark::default(),
                    context: None,
                    context_mark: Mark::default(),
                })
            } else {
                // No encoding set: like go-yaml, the parser detects it and drops a leading BOM.
                unsafe_sys::yaml_parser_set_input_string(raw, text.as_ptr(), text.len() as u64);
                None
            }
        };
        Parser {
            parser,
            initialized: failed.is_none(),
            failed,
            text: PhantomData,
        }
    }

    /// The next event and where it starts; after an error, the same error again.
    pub(crate) fn next_event(&mut self) -> Result<(Event, Mark), SyntaxError> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        let mut event = MaybeUninit::<unsafe_sys::yaml_event_t>::uninit();
        // SAFETY: the parser was initialized (`failed` is None only then); a successful parse fills
        // `event`, which is converted to owned data and deleted before returning.
        unsafe {
            let raw = self.parser.as_mut_ptr();
            if unsafe_sys::yaml_parser_parse(raw, event.as_mut_ptr()).fail {
                let error = parse_error(&*raw);
                self.failed = Some(error.clone());
                return Err(error);
            }
            let event = event.as_mut_ptr();
            let converted = convert(&*event);
            let mark = mark((*event).start_mark);
            unsafe_sys::yaml_event_delete(event);
            Ok((converted, mark))
        }
    }
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        // SAFETY: an initialized parser is deleted exactly once; a failed initialization
        // left nothing to free (initialize cleans up after itself).
        if self.initialized {
            unsafe { unsafe_sys::yaml_parser_delete(self.parser.as_mut_ptr()) }
        }
    }
}

fn mark(mark: unsafe_sys::yaml_mark_t) -> Mark {
    Mark {
        line: mark.line as usize,
        column: mark.column as usize,
    }
}

/// A NUL-terminated libyaml string, or None for a null pointer.
///
/// SAFETY: `pointer` is null or points to a NUL-terminated string that lives as long as
/// the event or parser it belongs to.
unsafe fn text(pointer: *const u8) -> Option<String> {
    if pointer.is_null() {
        return None;
    }
    let bytes = unsafe { CStr::from_ptr(pointer.cast()) }.to_bytes();
    Some(String::from_utf8_lossy(bytes).into_owned())
}

/// SAFETY: `parser` has failed a parse, so its error fields are set.
unsafe fn parse_error(parser: &unsafe_sys::yaml_parser_t) -> SyntaxError {
    SyntaxError {
        scanner: parser.error == unsafe_sys::YAML_SCANNER_ERROR,
        problem: unsafe { text(parser.problem.cast()) }.unwrap_or_default(),
        problem_mark: mark(parser.problem_mark),
        context: unsafe { text(parser.context.cast()) },
        context_mark: mark(parser.context_mark),
    }
}

/// SAFETY: `event` was filled by a successful `yaml_parser_parse`; its union member is
/// the one its type says.
unsafe fn convert(event: &unsafe_sys::yaml_event_t) -> Event {
    match event.type_ {
        unsafe_sys::YAML_STREAM_START_EVENT => Event::StreamStart,
        unsafe_sys::YAML_DOCUMENT_START_EVENT => Event::DocumentStart,
        unsafe_sys::YAML_DOCUMENT_END_EVENT => Event::DocumentEnd,
        unsafe_sys::YAML_ALIAS_EVENT => Event::Alias {
            anchor: unsafe { text(event.data.alias.anchor) }.unwrap_or_default(),
        },
        unsafe_sys::YAML_SCALAR_EVENT => {
            let scalar = unsafe { event.data.scalar };
            let bytes = if scalar.value.is_null() {
                &[][..]
            } else {
                unsafe { std::slice::from_raw_parts(scalar.value, scalar.length as usize) }
            };
            Event::Scalar {
                anchor: unsafe { text(scalar.anchor) },
                tag: unsafe { text(scalar.tag) },
                value: String::from_utf8_lossy(bytes).into_owned(),
                style: match scalar.style {
                    unsafe_sys::YAML_SINGLE_QUOTED_SCALAR_STYLE => ScalarStyle::SingleQuoted,
                    unsafe_sys::YAML_DOUBLE_QUOTED_SCALAR_STYLE => ScalarStyle::DoubleQuoted,
                    unsafe_sys::YAML_LITERAL_SCALAR_STYLE => ScalarStyle::Literal,
                    unsafe_sys::YAML_FOLDED_SCALAR_STYLE => ScalarStyle::Folded,
                    _ => ScalarStyle::Plain,
                },
                plain_implicit: scalar.plain_implicit,
            }
        }
        unsafe_sys::YAML_SEQUENCE_START_EVENT => {
            let start = unsafe { event.data.sequence_start };
            Event::SequenceStart {
                anchor: unsafe { text(start.anchor) },
                tag: unsafe { text(start.tag) },
                flow: start.style == unsafe_sys::YAML_FLOW_SEQUENCE_STYLE,
            }
        }
        unsafe_sys::YAML_SEQUENCE_END_EVENT => Event::SequenceEnd,
        unsafe_sys::YAML_MAPPING_START_EVENT => {
            let start = unsafe { event.data.mapping_start };
            Event::MappingStart {
                anchor: unsafe { text(start.anchor) },
                tag: unsafe { text(start.tag) },
                flow: start.style == unsafe_sys::YAML_FLOW_MAPPING_STYLE,
            }
        }
        unsafe_sys::YAML_MAPPING_END_EVENT => Event::MappingEnd,
        _ => Event::StreamEnd,
    }
}
