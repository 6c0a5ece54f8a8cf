//! kubeplay: a compact JSON codec for the generated types, written for this vendored copy (it is
//! kept by `scripts/vendor_k8s_openapi.py`, which generates a `Json` impl beside each type's serde
//! impls).
//!
//! Why: serde's derive-style impls, instantiated for `serde_json`, were the largest part of the
//! page (about 640 KB of wasm code to decode and 150 KB to encode the ~30 kinds kubeplay serves).
//! Here the per-type code is a table of field names and one small match over field indexes; the
//! tokenizer, the key lookup and the error texts live once, in non-generic functions.
//!
//! Behaviour is serde_json's, byte for byte where it shows: `to_string` writes what
//! `serde_json::to_string` writes, and `from_str` accepts what it accepts and fails with its
//! messages and positions ("invalid type: string \"80\", expected i32 at line 3 column 27").
//! `tests/json_codec.rs` in kubeplay compares both on every example manifest and on mutations.

use crate::serde::de::{Expected, Unexpected};
use std::string::String;
use std::vec::Vec;

/// A decoding error, displayed as serde_json displays its errors. Boxed: every decoder passes
/// `Result<_, Error>` up through `?`, and one word moves for far less code than five.
pub struct Error(std::boxed::Box<ErrorInner>);

struct ErrorInner {
    msg: String,
    line: usize,
    column: usize,
}

impl Error {
    pub fn line(&self) -> usize {
        self.0.line
    }
    pub fn column(&self) -> usize {
        self.0.column
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if self.0.line == 0 {
            f.write_str(&self.0.msg)
        } else {
            write!(f, "{} at line {} column {}", self.0.msg, self.0.line, self.0.column)
        }
    }
}

impl core::fmt::Debug for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "Error({:?}, line: {}, column: {})", self.0.msg, self.0.line, self.0.column)
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}

/// The message serde_json formats for its errors (`invalid type: null, expected …`), without
/// position.
struct Msg(String);

impl Msg {
    fn invalid_type(u: Unexpected<'_>, exp: &dyn Expected) -> Msg {
        Msg(std::string::ToString::to_string(&<crate::serde_json::Error as crate::serde::de::Error>::invalid_type(u, exp)))
    }
    fn invalid_value(u: Unexpected<'_>, exp: &dyn Expected) -> Msg {
        Msg(std::string::ToString::to_string(&<crate::serde_json::Error as crate::serde::de::Error>::invalid_value(u, exp)))
    }
    fn missing_field(field: &'static str) -> Msg {
        Msg(std::string::ToString::to_string(&<crate::serde_json::Error as crate::serde::de::Error>::missing_field(field)))
    }
}


/// A type this codec reads and writes.
pub trait Json: Sized + Clone {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error>;
    fn encode(&self, e: &mut Enc);
    /// A generated struct's table and layout (see [`Shape`]); `None` for other types.
    const SHAPE: Option<&'static Shape> = None;
    /// Whether `SHAPE` is set (apart, so that choosing a field's function does not evaluate a
    /// table that holds it: `JSONSchemaProps` holds boxed `JSONSchemaProps`).
    const TABLE: bool = false;
    /// The field function of an optional field of this type (see [`Field::opt`]).
    /// (Generated structs set [`ops_opt_struct`].)
    const OPT_OPS: Ops = ops_opt::<Self>;
    /// The field function of a required field of this type, when not [`ops_req`] (generated
    /// structs set [`ops_req_struct`]).
    const REQ_OPS: Option<Ops> = None;
}

/// Decodes JSON text, as `serde_json::from_str` would.
pub fn from_str<T: Json>(text: &str) -> Result<T, Error> {
    let mut d = Dec { s: text.as_bytes(), i: 0 };
    let v = T::decode(&mut d)?;
    d.trailing()?;
    Ok(v)
}

impl Dec<'_> {
    /// The end of the text: only whitespace may follow the value (out of line: `from_str` has
    /// one copy per decoded type).
    #[inline(never)]
    fn trailing(&mut self) -> Result<(), Error> {
        if self.peek().is_some() {
            return Err(self.peek_error("trailing characters"));
        }
        Ok(())
    }
}

/// Encodes as `serde_json::to_string` would.
pub fn to_string<T: Json>(v: &T) -> String {
    let mut e = Enc { out: Vec::new() };
    v.encode(&mut e);
    String::from_utf8(e.out).unwrap_or_default()
}

/// A number as serde_json's parser sees it.
enum Num {
    U64(u64),
    I64(i64),
    F64(f64),
}

impl Num {
    fn unexpected(&self) -> Unexpected<'_> {
        match *self {
            Num::U64(v) => Unexpected::Unsigned(v),
            Num::I64(v) => Unexpected::Signed(v),
            Num::F64(v) => Unexpected::Float(v),
        }
    }
}

/// The decoder: a cursor over the text.
pub struct Dec<'a> {
    s: &'a [u8],
    i: usize,
}

impl<'a> Dec<'a> {
    fn error_at(&self, i: usize, msg: String) -> Error {
        let i = i.min(self.s.len());
        let start = self.s[..i].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let line = 1 + self.s[..start].iter().filter(|&&b| b == b'\n').count();
        Error(std::boxed::Box::new(ErrorInner { msg, line, column: i - start }))
    }
    /// An error at the current position (serde_json's `error`).
    fn error(&self, msg: String) -> Error {
        self.error_at(self.i, msg)
    }
    /// An error at the next byte (serde_json's `peek_error`).
    fn peek_error(&self, msg: &str) -> Error {
        self.error_at(self.i + 1, msg.into())
    }
    /// Skips whitespace and returns the next byte.
    fn peek(&mut self) -> Option<u8> {
        while let Some(&b) = self.s.get(self.i) {
            if !matches!(b, b' ' | b'\n' | b'\t' | b'\r') {
                return Some(b);
            }
            self.i += 1;
        }
        None
    }
    fn ident(&mut self, word: &[u8]) -> Result<(), Error> {
        for &w in word {
            match self.s.get(self.i) {
                Some(&b) if b == w => self.i += 1,
                Some(_) => return Err(self.peek_error("expected ident")),
                None => return Err(self.peek_error("EOF while parsing a value")),
            }
        }
        Ok(())
    }
    fn eof(&self) -> Error {
        self.peek_error("EOF while parsing a value")
    }

    /// Consumes `null` if it comes next (how serde_json decodes an `Option`).
    pub fn null(&mut self) -> Result<bool, Error> {
        if self.peek() == Some(b'n') {
            self.i += 1;
            self.ident(b"ull")?;
            return Ok(true);
        }
        Ok(false)
    }

    /// serde_json's `peek_invalid_type`: the value found where `exp` was expected.
    #[inline(never)]
    fn invalid(&mut self, exp: &dyn Expected) -> Error {
        let unexpected = match self.peek() {
            None => return self.eof(),
            Some(b'n') => {
                self.i += 1;
                if let Err(e) = self.ident(b"ull") {
                    return e;
                }
                Msg::invalid_type(Unexpected::Unit, exp)
            }
            Some(b't') => {
                self.i += 1;
                if let Err(e) = self.ident(b"rue") {
                    return e;
                }
                Msg::invalid_type(Unexpected::Bool(true), exp)
            }
            Some(b'f') => {
                self.i += 1;
                if let Err(e) = self.ident(b"alse") {
                    return e;
                }
                Msg::invalid_type(Unexpected::Bool(false), exp)
            }
            Some(b'-' | b'0'..=b'9') => match self.number() {
                Ok(n) => Msg::invalid_type(n.unexpected(), exp),
                Err(e) => return e,
            },
            Some(b'"') => match self.string() {
                Ok(s) => Msg::invalid_type(Unexpected::Str(&s), exp),
                Err(e) => return e,
            },
            Some(b'[') => Msg::invalid_type(Unexpected::Seq, exp),
            Some(b'{') => Msg::invalid_type(Unexpected::Map, exp),
            Some(_) => return self.peek_error("expected value"),
        };
        self.error(unexpected.0)
    }

    /// A number token, parsed as serde_json parses it.
    #[inline(never)]
    fn number(&mut self) -> Result<Num, Error> {
        let start = self.i;
        let negative = self.s.get(self.i) == Some(&b'-');
        if negative {
            self.i += 1;
        }
        let digits = self.i;
        while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        if self.i == digits {
            return Err(if self.i >= self.s.len() { self.eof() } else { self.peek_error("invalid number") });
        }
        if self.s[digits] == b'0' && self.i > digits + 1 {
            return Err(self.error_at(digits + 2, "invalid number".into()));
        }
        let mut float = false;
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            let f = self.i;
            while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
                self.i += 1;
            }
            if self.i == f {
                return Err(if self.i >= self.s.len() { self.eof() } else { self.peek_error("invalid number") });
            }
            float = true;
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            let f = self.i;
            while self.s.get(self.i).is_some_and(u8::is_ascii_digit) {
                self.i += 1;
            }
            if self.i == f {
                return Err(if self.i >= self.s.len() { self.eof() } else { self.peek_error("invalid number") });
            }
            float = true;
        }
        let text = core::str::from_utf8(&self.s[start..self.i]).unwrap_or("0");
        if !float {
            if let Ok(v) = text[usize::from(negative)..].parse::<u64>() {
                if !negative {
                    return Ok(Num::U64(v));
                }
                let neg = (v as i64).wrapping_neg();
                return Ok(if neg < 0 { Num::I64(neg) } else { Num::F64(-(v as f64)) });
            }
        }
        match decfloat::parse(text) {
            Some(v) if v.is_finite() => Ok(Num::F64(v)),
            _ => Err(self.error("number out of range".into())),
        }
    }

    /// A string token (the next byte must be `"`).
    #[inline(never)]
    fn string(&mut self) -> Result<String, Error> {
        self.i += 1;
        let mut out = Vec::new();
        loop {
            let start = self.i;
            while self.s.get(self.i).is_some_and(|&b| b != b'"' && b != b'\\' && b >= 0x20) {
                self.i += 1;
            }
            out.extend_from_slice(&self.s[start..self.i]);
            match self.s.get(self.i) {
                None => return Err(self.error("EOF while parsing a string".into())),
                Some(b'"') => {
                    self.i += 1;
                    return String::from_utf8(out).map_err(|_| self.error("invalid unicode code point".into()));
                }
                Some(b'\\') => {
                    self.i += 1;
                    let Some(&c) = self.s.get(self.i) else { return Err(self.error("EOF while parsing a string".into())) };
                    self.i += 1;
                    let ch = match c {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                if self.s.get(self.i..self.i + 2) != Some(b"\\u") {
                                    return Err(self.error("unexpected end of hex escape".into()));
                                }
                                self.i += 2;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return Err(self.error("lone leading surrogate in hex escape".into()));
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code).ok_or_else(|| self.error("lone leading surrogate in hex escape".into()))?
                        }
                        _ => return Err(self.error("invalid escape".into())),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                Some(_) => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string".into())),
            }
        }
    }
    fn hex4(&mut self) -> Result<u32, Error> {
        let mut v = 0;
        for _ in 0..4 {
            let d = self.s.get(self.i).and_then(|&b| (b as char).to_digit(16));
            let Some(d) = d else { return Err(self.error("invalid escape".into())) };
            v = v * 16 + d;
            self.i += 1;
        }
        Ok(v)
    }

    /// Skips one value of any type.
    #[inline(never)]
    pub fn skip(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'{') => self.object_keys(&"any valid JSON value", &mut |d, _| d.skip()),
            Some(b'[') => self.seq(&"any valid JSON value", &mut |d| d.skip()),
            Some(b'"') => self.string().map(drop),
            Some(b'-' | b'0'..=b'9') => self.number().map(drop),
            Some(b't') => {
                self.i += 1;
                self.ident(b"rue")
            }
            Some(b'f') => {
                self.i += 1;
                self.ident(b"alse")
            }
            Some(b'n') => {
                self.i += 1;
                self.ident(b"ull")
            }
            Some(_) => Err(self.peek_error("expected value")),
            None => Err(self.eof()),
        }
    }

    /// An array: `f` decodes each element.
    #[inline(never)]
    pub fn seq(&mut self, exp: &dyn Expected, f: &mut dyn FnMut(&mut Dec<'a>) -> Result<(), Error>) -> Result<(), Error> {
        if self.peek() != Some(b'[') {
            return Err(self.invalid(exp));
        }
        self.i += 1;
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(());
        }
        loop {
            f(self)?;
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(_) => return Err(self.peek_error("expected `,` or `]`")),
                None => return Err(self.peek_error("EOF while parsing a list")),
            }
        }
    }

    /// An object: `f` gets each key and decodes its value.
    #[inline(never)]
    fn object_keys(&mut self, exp: &dyn Expected, f: &mut dyn FnMut(&mut Dec<'a>, &str) -> Result<(), Error>) -> Result<(), Error> {
        if self.peek() != Some(b'{') {
            return Err(self.invalid(exp));
        }
        self.i += 1;
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(());
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(_) => return Err(self.peek_error("key must be a string")),
                None => return Err(self.peek_error("EOF while parsing an object")),
            }
            let key = self.string()?;
            match self.peek() {
                Some(b':') => self.i += 1,
                Some(_) => return Err(self.peek_error("expected `:`")),
                None => return Err(self.peek_error("EOF while parsing an object")),
            }
            f(self, &key)?;
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(());
                }
                Some(_) => return Err(self.peek_error("expected `,` or `}`")),
                None => return Err(self.peek_error("EOF while parsing an object")),
            }
        }
    }

    /// A map with string keys.
    pub fn map(&mut self, f: &mut dyn FnMut(&mut Dec<'a>, String) -> Result<(), Error>) -> Result<(), Error> {
        self.object_keys(&"a map", &mut |d, k| f(d, k.into()))
    }

    /// A struct: `keys` are its JSON field names; `f` decodes the value of field `keys[i]`;
    /// other fields are skipped. `exp` is what serde's visitor expects (the type's name).
    #[inline(never)]
    pub fn fields(&mut self, exp: &str, keys: &[&str], f: &mut dyn FnMut(&mut Dec<'a>, usize) -> Result<(), Error>) -> Result<(), Error> {
        self.refuse_seq(exp)?;
        self.object_keys(&exp, &mut |d, k| match keys.iter().position(|x| *x == k) {
            Some(i) => f(d, i),
            None => d.skip(),
        })
    }

    /// serde_json offers a struct an array (which these refuse), then reads to its end if it is
    /// empty: the error's position is past that.
    fn refuse_seq(&mut self, exp: &str) -> Result<(), Error> {
        if self.peek() == Some(b'[') {
            self.i += 1;
            if self.peek() == Some(b']') {
                self.i += 1;
            }
            return Err(self.error(Msg::invalid_type(Unexpected::Seq, &exp).0));
        }
        Ok(())
    }

    /// A field's value: `null` leaves the type's default (serde's `Option` then
    /// `unwrap_or_default`).
    pub fn field<T: Json + Default>(&mut self, slot: &mut T) -> Result<(), Error> {
        *slot = if self.null()? { T::default() } else { T::decode(self)? };
        Ok(())
    }

    /// A required field's value: `null` is refused.
    pub fn some<T: Json>(&mut self, slot: &mut Option<T>) -> Result<(), Error> {
        *slot = Some(T::decode(self)?);
        Ok(())
    }

    /// `apiVersion` or `kind` of a resource: must be this string.
    #[inline(never)]
    pub fn expect_str(&mut self, want: &str) -> Result<(), Error> {
        let got = String::decode(self)?;
        if got != want {
            return Err(self.error(Msg::invalid_value(Unexpected::Str(&got), &want).0));
        }
        Ok(())
    }

    /// An integer for a type that expects `exp` (`i32`, `i64`).
    #[inline(never)]
    fn int(&mut self, exp: &str, min: i64, max: i64) -> Result<i64, Error> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.invalid(&exp));
        }
        let bad = match self.number()? {
            Num::U64(v) if v <= max as u64 => return Ok(v as i64),
            Num::I64(v) if v >= min => return Ok(v),
            n @ (Num::U64(_) | Num::I64(_)) => Msg::invalid_value(n.unexpected(), &exp),
            n => Msg::invalid_type(n.unexpected(), &exp),
        };
        Err(self.error(bad.0))
    }

    /// A value through serde (for the few hand-written types: quantities, times, int-or-string):
    /// read as a `serde_json::Value`, then given to the type's own `Deserialize`.
    #[inline(never)]
    pub fn value(&mut self) -> Result<crate::serde_json::Value, Error> {
        self.peek();
        let start = self.i;
        self.skip()?;
        let text = core::str::from_utf8(&self.s[start..self.i]).unwrap_or("null");
        crate::serde_json::from_str(text).map_err(|e| self.error(std::string::ToString::to_string(&e)))
    }
    /// A value's JSON text, compact: as written when the input has no whitespace in it (what
    /// this encoder writes), else re-written through serde_json.
    #[inline(never)]
    pub fn raw_json(&mut self) -> Result<std::string::String, Error> {
        self.peek();
        let start = self.i;
        self.skip()?;
        let text = core::str::from_utf8(&self.s[start..self.i]).unwrap_or("null");
        if !text.bytes().any(|b| matches!(b, b' ' | b'\n' | b'\t' | b'\r')) {
            return Ok(text.into());
        }
        crate::serde_json::from_str::<crate::serde_json::Value>(text).map(|v| std::string::ToString::to_string(&v)).map_err(|e| self.error(std::string::ToString::to_string(&e)))
    }
    /// `any`: the type asks serde_json for any value (so a refused array or object is entered
    /// before it fails) rather than for a string (refused at its first byte).
    pub fn serde<T: crate::serde::de::DeserializeOwned>(&mut self, any: bool) -> Result<T, Error> {
        let start = self.peek().map(|_| self.i);
        let v = self.value()?;
        T::deserialize(v).map_err(|e| {
            let msg = std::string::ToString::to_string(&e);
            // serde_json stops just inside the bracket (or past it, if the value is empty).
            match start.filter(|&s| matches!(self.s[s], b'[' | b'{')) {
                Some(s) if !any => self.error_at(s, msg),
                Some(s) => {
                    let mut d = Dec { s: self.s, i: s + 1 };
                    if matches!(d.peek(), Some(b']' | b'}')) {
                        d.i += 1;
                    }
                    d.error(msg)
                }
                None => self.error(msg),
            }
        })
    }
    /// serde_json's "missing field" error for a required field that never came.
    pub fn missing(&self, field: &'static str) -> Error {
        self.error(Msg::missing_field(field).0)
    }
}

/// One field of a generated struct `S`, for the table-driven codec: its JSON name, where it
/// lives in `S`, and the function that reads or writes a value of its type there. The
/// generated `Json` impls are a static table of these instead of code per field: one copy of
/// the function per field *type*, shared by every struct that has such a field (measured: the
/// per-struct decode closures were the largest function family of the page). An entry is three
/// words — the name's address, the function, and the offset with the name's length — as the
/// tables were the largest block of the page's data (20 bytes an entry before).
#[repr(C)]
pub struct Field<S> {
    name: *const u8,
    ops: Ops,
    off: u16,
    len: u8,
    _s: core::marker::PhantomData<fn() -> S>,
}

// SAFETY: `name` points into a `&'static str`.
unsafe impl<S> Sync for Field<S> {}

/// What a field's function does: decode into the slot, encode it under its name, or write a
/// clone of the same field of another struct (`src`) into the slot, which holds its default.
pub enum Op<'x, 'a> {
    Dec(&'x mut Dec<'a>),
    Enc(&'x mut Enc, &'static str),
    Clone(*const u8),
}

pub type Ops = unsafe fn(Op<'_, '_>, *mut u8) -> Result<(), Error>;

unsafe fn ops_req<X: Json + Default + Clone>(op: Op<'_, '_>, p: *mut u8) -> Result<(), Error> {
    match op {
        Op::Dec(d) => unsafe { d.field(&mut *p.cast::<X>()) },
        Op::Enc(e, name) => {
            unsafe { e.field(name, &*p.cast::<X>()) };
            Ok(())
        }
        // SAFETY (here and in `ops_opt`): see `clone_raw`; the slot's default owns no memory.
        Op::Clone(src) => {
            unsafe { p.cast::<X>().write((*src.cast::<X>()).clone()) };
            Ok(())
        }
    }
}
/// An optional field: `null` is `None`, anything else `Some` (one `null` check, not two).
unsafe fn ops_opt<T: Json + Clone>(op: Op<'_, '_>, p: *mut u8) -> Result<(), Error> {
    let slot = unsafe { &mut *p.cast::<Option<T>>() };
    match op {
        Op::Dec(d) => {
            *slot = if d.null()? { None } else { Some(T::decode(d)?) };
        }
        Op::Enc(e, name) => e.opt(name, slot),
        Op::Clone(src) => unsafe { p.cast::<Option<T>>().write((*src.cast::<Option<T>>()).clone()) },
    }
    Ok(())
}
/// `apiVersion` and `kind` of a resource: must be its own on decode, and are written from it.
unsafe fn ops_type<S: crate::Resource, const KIND: bool>(op: Op<'_, '_>, _: *mut u8) -> Result<(), Error> {
    let want = if KIND { S::KIND } else { S::API_VERSION };
    match op {
        Op::Dec(d) => d.expect_str(want),
        Op::Enc(e, name) => {
            e.key(name);
            e.str(want);
            Ok(())
        }
        Op::Clone(_) => Ok(()),
    }
}

impl<S> Field<S> {
    const fn new(name: &'static str, off: usize, ops: Ops) -> Self {
        assert!(name.len() < 256 && off < 65536);
        Field { name: name.as_ptr(), ops, off: off as u16, len: name.len() as u8, _s: core::marker::PhantomData }
    }

    fn name(&self) -> &'static str {
        // SAFETY: `name` and `len` were taken from a `&'static str`.
        unsafe { core::str::from_utf8_unchecked(core::slice::from_raw_parts(self.name, self.len as usize)) }
    }

    /// A field serde writes always (`serialize_field`) and reads with `null` as the default.
    /// `proj` only names the field's type; it is never called.
    ///
    /// # Safety
    /// `off` is the offset in `S` of the field `proj` returns (`core::mem::offset_of!`).
    pub const unsafe fn req<T: Json + Default + Clone>(name: &'static str, off: usize, _proj: fn(&S) -> &T) -> Self {
        Self::new(name, off, match T::REQ_OPS {
            Some(ops) => ops,
            None => ops_req::<T>,
        })
    }
    /// An optional field: written only when set.
    ///
    /// # Safety
    /// As for [`Field::req`].
    pub const unsafe fn opt<T: Json + Clone>(name: &'static str, off: usize, _proj: fn(&S) -> &Option<T>) -> Self {
        Self::new(name, off, T::OPT_OPS)
    }
}

impl<S: crate::Resource> Field<S> {
    /// `apiVersion`: must be the resource's own on decode, and is written from it.
    pub const fn api_version() -> Self {
        Self::new("apiVersion", 0, ops_type::<S, false>)
    }
    /// `kind`, likewise.
    pub const fn kind() -> Self {
        Self::new("kind", 0, ops_type::<S, true>)
    }
}

mod shape;
pub use shape::{ops_opt_struct, ops_req_struct, Shape};
use shape::{init_at, ops_opt_box, ops_opt_vec, ops_req_vec};

const fn erase<S>(fields: &[Field<S>]) -> &[Field<()>] {
    // SAFETY: `Field` is `repr(C)` and `S` only appears in a zero-sized marker.
    unsafe { &*(fields as *const [Field<S>] as *const [Field<()>]) }
}

impl<'a> Dec<'a> {
    /// A generated struct, decoded by its field table (`exp` as for [`Dec::fields`]).
    pub fn table<S: Default>(&mut self, exp: &str, fields: &'static [Field<S>]) -> Result<S, Error> {
        let mut r = fresh::<S>();
        self.table_raw(exp, erase(fields), (&mut r as *mut S).cast())?;
        Ok(r)
    }
    #[inline(never)]
    fn table_raw(&mut self, exp: &str, fields: &[Field<()>], base: *mut u8) -> Result<(), Error> {
        self.refuse_seq(exp)?;
        self.object_keys(&exp, &mut |d, k| match fields.iter().find(|f| f.name() == k) {
            // SAFETY: each field's offset and function belong to the struct `base` points to.
            Some(f) => unsafe { (f.ops)(Op::Dec(d), base.add(f.off as usize)) },
            None => d.skip(),
        })
    }
}

/// A generated struct's default, in one place for its decode and its clone (derived `Default` is
/// `#[inline]`: a struct of many fields is many stores at every use).
#[inline(never)]
fn fresh<S: Default>() -> S {
    let mut v = core::mem::MaybeUninit::<S>::uninit();
    // SAFETY: `init_at` writes an `S` (the one copy of `S::default()`, shared with `Shape`).
    unsafe {
        init_at::<S>(v.as_mut_ptr().cast());
        v.assume_init()
    }
}

/// A generated struct's `Clone`, by its field table: its default, each field then cloned into
/// place by the field type's function (one copy per field *type*, as for decoding), instead of a
/// derived `Clone` per struct (measured: those and the `Option` clones inlining them were the
/// page's third largest function family).
pub fn clone_table<S: Default>(fields: &'static [Field<S>], src: &S) -> S {
    let mut r = fresh::<S>();
    // SAFETY: `src` and `r` are both an `S`, whose fields `fields` describes.
    unsafe { clone_raw(erase(fields), (src as *const S).cast(), (&mut r as *mut S).cast()) };
    r
}

/// Every field of a table is a field of the struct (the generator checks), so this writes all
/// of them. The slots written hold a default, which owns no memory (`None`, empty strings,
/// vectors and maps, numbers): writing over one without dropping it loses nothing.
#[inline(never)]
unsafe fn clone_raw(fields: &[Field<()>], src: *const u8, dst: *mut u8) {
    for f in fields {
        let off = f.off as usize;
        let _ = unsafe { (f.ops)(Op::Clone(src.add(off)), dst.add(off)) };
    }
}

impl Enc {
    /// A generated struct, encoded by its field table, in serde's field order.
    pub fn table<S>(&mut self, fields: &'static [Field<S>], v: &S) {
        self.table_raw(erase(fields), (v as *const S).cast());
    }
    #[inline(never)]
    fn table_raw(&mut self, fields: &[Field<()>], base: *const u8) {
        self.begin();
        for f in fields {
            // SAFETY: as in `Dec::table_raw`; encoding only reads the slot.
            let _ = unsafe { (f.ops)(Op::Enc(self, f.name()), base.add(f.off as usize).cast_mut()) };
        }
        self.end();
    }
}

/// The encoder: compact JSON, as serde_json writes it.
pub struct Enc {
    out: Vec<u8>,
}

impl Enc {
    pub fn begin(&mut self) {
        self.out.push(b'{');
    }
    pub fn end(&mut self) {
        self.out.push(b'}');
    }
    fn sep(&mut self) {
        if !matches!(self.out.last(), Some(b'{' | b'[')) {
            self.out.push(b',');
        }
    }
    /// A struct field's key (plain ASCII, no escaping needed).
    #[inline(never)]
    pub fn key(&mut self, k: &str) {
        self.sep();
        self.out.push(b'"');
        self.out.extend_from_slice(k.as_bytes());
        self.out.extend_from_slice(b"\":");
    }
    pub fn field<T: Json>(&mut self, k: &str, v: &T) {
        self.key(k);
        v.encode(self);
    }
    pub fn opt<T: Json>(&mut self, k: &str, v: &Option<T>) {
        if let Some(v) = v {
            self.field(k, v);
        }
    }
    /// A string, escaped as serde_json escapes.
    #[inline(never)]
    pub fn str(&mut self, s: &str) {
        self.out.push(b'"');
        for &b in s.as_bytes() {
            match b {
                b'"' => self.out.extend_from_slice(b"\\\""),
                b'\\' => self.out.extend_from_slice(b"\\\\"),
                b'\n' => self.out.extend_from_slice(b"\\n"),
                b'\r' => self.out.extend_from_slice(b"\\r"),
                b'\t' => self.out.extend_from_slice(b"\\t"),
                0x08 => self.out.extend_from_slice(b"\\b"),
                0x0c => self.out.extend_from_slice(b"\\f"),
                0..=0x1f => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    self.out.extend_from_slice(b"\\u00");
                    self.out.push(HEX[(b >> 4) as usize]);
                    self.out.push(HEX[(b & 15) as usize]);
                }
                _ => self.out.push(b),
            }
        }
        self.out.push(b'"');
    }
    #[inline(never)]
    fn int(&mut self, v: i64) {
        let mut buf = [0u8; 20];
        let mut n = v.unsigned_abs();
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if v < 0 {
            self.out.push(b'-');
        }
        self.out.extend_from_slice(&buf[i..]);
    }
    /// Anything serde can write (floats, `Value`s, the hand-written types).
    pub fn serde<T: crate::serde::Serialize + ?Sized>(&mut self, v: &T) {
        let _ = crate::serde_json::to_writer(&mut self.out, v);
    }
}

impl Json for bool {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        match d.peek() {
            Some(b't') => {
                d.i += 1;
                d.ident(b"rue")?;
                Ok(true)
            }
            Some(b'f') => {
                d.i += 1;
                d.ident(b"alse")?;
                Ok(false)
            }
            _ => Err(d.invalid(&"a boolean")),
        }
    }
    fn encode(&self, e: &mut Enc) {
        e.out.extend_from_slice(if *self { b"true" } else { b"false" });
    }
}

impl Json for i32 {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        d.int("i32", i32::MIN.into(), i32::MAX.into()).map(|v| v as i32)
    }
    fn encode(&self, e: &mut Enc) {
        e.int((*self).into());
    }
}

impl Json for i64 {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        d.int("i64", i64::MIN, i64::MAX)
    }
    fn encode(&self, e: &mut Enc) {
        e.int(*self);
    }
}

impl Json for f64 {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        if !matches!(d.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(d.invalid(&"f64"));
        }
        Ok(match d.number()? {
            Num::U64(v) => v as f64,
            Num::I64(v) => v as f64,
            Num::F64(v) => v,
        })
    }
    fn encode(&self, e: &mut Enc) {
        e.serde(self);
    }
}

impl Json for String {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        if d.peek() != Some(b'"') {
            return Err(d.invalid(&"a string"));
        }
        d.string()
    }
    fn encode(&self, e: &mut Enc) {
        e.str(self);
    }
}

impl Json for crate::serde_json::Value {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        d.value()
    }
    fn encode(&self, e: &mut Enc) {
        e.serde(self);
    }
}

impl<T: Json> Json for Option<T> {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        Ok(if d.null()? { None } else { Some(T::decode(d)?) })
    }
    fn encode(&self, e: &mut Enc) {
        match self {
            Some(v) => v.encode(e),
            None => e.out.extend_from_slice(b"null"),
        }
    }
}

impl<T: Json> Json for std::boxed::Box<T> {
    const OPT_OPS: Ops = if T::TABLE { ops_opt_box::<T> } else { ops_opt::<Self> };
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        T::decode(d).map(std::boxed::Box::new)
    }
    fn encode(&self, e: &mut Enc) {
        (**self).encode(e);
    }
}

impl<T: Json> Json for Vec<T> {
    const OPT_OPS: Ops = if T::TABLE { ops_opt_vec::<T> } else { ops_opt::<Self> };
    const REQ_OPS: Option<Ops> = if T::TABLE { Some(ops_req_vec::<T>) } else { None };
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        let mut out = Vec::new();
        d.seq(&"a sequence", &mut |d| {
            out.push(T::decode(d)?);
            Ok(())
        })?;
        Ok(out)
    }
    fn encode(&self, e: &mut Enc) {
        // SAFETY: `self` holds `len` values of `T`, `size_of::<T>()` bytes apart.
        unsafe { e.seq_raw(self.as_ptr().cast(), self.len(), core::mem::size_of::<T>(), encode_at::<T>) }
    }
}

/// `T::encode` of the value at `p`, for [`Enc::seq_raw`].
unsafe fn encode_at<T: Json>(p: *const u8, e: &mut Enc) {
    unsafe { (*p.cast::<T>()).encode(e) }
}

impl Enc {
    /// A JSON array of `len` values `size` bytes apart from `p`: one loop for every `Vec<T>`
    /// (it was inlined into each optional vector field's function).
    #[inline(never)]
    unsafe fn seq_raw(&mut self, p: *const u8, len: usize, size: usize, enc: unsafe fn(*const u8, &mut Enc)) {
        self.out.push(b'[');
        for i in 0..len {
            if i > 0 {
                self.out.push(b',');
            }
            unsafe { enc(p.add(i * size), self) };
        }
        self.out.push(b']');
    }
}

impl<T: Json> Json for std::collections::BTreeMap<String, T> {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        let mut out = std::collections::BTreeMap::new();
        d.map(&mut |d, k| {
            out.insert(k, T::decode(d)?);
            Ok(())
        })?;
        Ok(out)
    }
    fn encode(&self, e: &mut Enc) {
        e.out.push(b'{');
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                e.out.push(b',');
            }
            e.str(k);
            e.out.push(b':');
            v.encode(e);
        }
        e.out.push(b'}');
    }
}

impl Json for crate::apimachinery::pkg::apis::meta::v1::FieldsV1 {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        d.raw_json().map(Self)
    }
    fn encode(&self, e: &mut Enc) {
        e.out.extend_from_slice(self.0.as_bytes());
    }
}

/// Base64 as Go's `encoding/base64` StdEncoding reads it: padding required, newlines skipped;
/// the error is the offset of the first byte it cannot take.
pub(crate) fn base64_decode(s: &str) -> Result<std::vec::Vec<u8>, usize> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let bytes: std::vec::Vec<(usize, u8)> = s.bytes().enumerate().filter(|(_, c)| *c != b'\r' && *c != b'\n').collect();
    let mut out = std::vec::Vec::with_capacity(bytes.len() / 4 * 3);
    let mut i = 0;
    while i < bytes.len() {
        let (mut q, mut n) = ([0u8; 4], 0);
        while n < 4 {
            let Some(&(pos, c)) = bytes.get(i + n) else { return Err(s.len()) };
            if c == b'=' {
                if n < 2 {
                    return Err(pos);
                }
                for k in n..4 {
                    match bytes.get(i + k) {
                        Some(&(_, b'=')) => {}
                        Some(&(p, _)) => return Err(p),
                        None => return Err(s.len()),
                    }
                }
                if let Some(&(p, _)) = bytes.get(i + 4) {
                    return Err(p);
                }
                break;
            }
            q[n] = val(c).ok_or(pos)?;
            n += 1;
        }
        out.push(q[0] << 2 | q[1] >> 4);
        if n > 2 {
            out.push(q[1] << 4 | q[2] >> 2);
        }
        if n > 3 {
            out.push(q[2] << 6 | q[3]);
        }
        i += 4;
    }
    Ok(out)
}

pub(crate) fn base64_encode(b: &[u8]) -> std::string::String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = std::string::String::with_capacity(b.len().div_ceil(3) * 4);
    for c in b.chunks(3) {
        let n = (c[0] as u32) << 16 | (*c.get(1).unwrap_or(&0) as u32) << 8 | *c.get(2).unwrap_or(&0) as u32;
        for k in 0..4 {
            out.push(if k <= c.len() { T[(n >> (18 - 6 * k) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

impl Json for crate::ByteString {
    fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
        if d.null()? {
            return Ok(Self(std::vec::Vec::new()));
        }
        if d.peek() != Some(b'"') {
            return Err(d.invalid(&"a base64-encoded string"));
        }
        let text = d.string()?;
        base64_decode(&text).map(Self).map_err(|at| d.error(std::format!("illegal base64 data at input byte {}", at)))
    }
    fn encode(&self, e: &mut Enc) {
        e.str(&base64_encode(&self.0));
    }
}

#[cfg(test)]
mod base64_tests {
    #[test]
    fn base64_as_go_reads_and_writes_it() {
        for (text, bytes) in [("", &b""[..]), ("YQ==", b"a"), ("YWI=", b"ab"), ("YWJj", b"abc"), ("aGVsbG8gd29ybGQ=", b"hello world")] {
            assert_eq!(super::base64_decode(text), Ok(bytes.to_vec()), "{}", text);
            assert_eq!(super::base64_encode(bytes), text);
        }
        assert_eq!(super::base64_decode("YWJj\nZGVm"), Ok(b"abcdef".to_vec()));
        assert_eq!(super::base64_decode("YQ"), Err(2));
        assert_eq!(super::base64_decode("Y!=="), Err(1));
        assert_eq!(super::base64_decode("YQ==YQ=="), Err(4));
    }
}

/// Types with hand-written serde impls go through serde (each is small and holds no generated
/// struct, so nothing is instantiated twice).
macro_rules! through_serde {
    ($any:literal: $($t:ty),* $(,)?) => {$(
        impl Json for $t {
            fn decode(d: &mut Dec<'_>) -> Result<Self, Error> {
                d.serde($any)
            }
            fn encode(&self, e: &mut Enc) {
                e.serde(self);
            }
        }
    )*};
}

through_serde!(false:
    crate::apimachinery::pkg::apis::meta::v1::Time,
    crate::apimachinery::pkg::apis::meta::v1::MicroTime,
);
through_serde!(true:
    crate::apimachinery::pkg::api::resource::Quantity,
    crate::apimachinery::pkg::runtime::RawExtension,
    crate::apimachinery::pkg::util::intstr::IntOrString,
    crate::api::apiserverinternal::v1alpha1::StorageVersionSpec,
    crate::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceSubresourceStatus,
    crate::apiextensions_apiserver::pkg::apis::apiextensions::v1::JSON,
    crate::apiextensions_apiserver::pkg::apis::apiextensions::v1::JSONSchemaPropsOrArray,
    crate::apiextensions_apiserver::pkg::apis::apiextensions::v1::JSONSchemaPropsOrBool,
    crate::apiextensions_apiserver::pkg::apis::apiextensions::v1::JSONSchemaPropsOrStringArray,
);
