//! The type-erased field functions of the JSON codec (see `Field` in `json.rs`): generated
//! structs in optional, boxed and vector fields are decoded, encoded and cloned by one function
//! for every struct, through its [`Shape`], instead of a copy of `ops_opt`/`ops_req` per field
//! type (measured: those copies were the largest function family of the page). Only reaching a
//! value inside its `Option` or `Vec` stays per type, in a few small functions.

use super::*;

/// What the type-erased code needs of a generated struct: its decode name and field table, its
/// layout, and how to write its default and drop it. With it, an optional boxed field
/// (`Option<Box<S>>`, a nullable pointer) is handled by one function for every `S`
/// ([`opt_box_raw`]) instead of a copy of `ops_opt` per boxed type (measured: 68 of them, most
/// of the union-like volume sources).
pub struct Shape {
    exp: &'static str,
    fields: &'static [Field<()>],
    layout: core::alloc::Layout,
    init: unsafe fn(*mut u8),
    drop: unsafe fn(*mut u8),
}

impl Shape {
    pub const fn of<S: Default>(exp: &'static str, fields: &'static [Field<S>]) -> Shape {
        Shape { exp, fields: erase(fields), layout: core::alloc::Layout::new::<S>(), init: init_at::<S>, drop: drop_at::<S> }
    }
    /// A new allocation holding the default (dangling for a zero-sized struct).
    unsafe fn alloc(&self) -> *mut u8 {
        let p = if self.layout.size() == 0 {
            self.layout.align() as *mut u8
        } else {
            // SAFETY: the layout is not zero-sized.
            let p = unsafe { std::alloc::alloc(self.layout) };
            if p.is_null() {
                std::alloc::handle_alloc_error(self.layout);
            }
            p
        };
        unsafe { (self.init)(p) };
        p
    }
    /// Drops and frees what `Box<S>` `p` owns (nothing when null).
    unsafe fn free(&self, p: *mut u8) {
        if p.is_null() {
            return;
        }
        unsafe { (self.drop)(p) };
        if self.layout.size() != 0 {
            unsafe { std::alloc::dealloc(p, self.layout) };
        }
    }
}

pub(super) unsafe fn init_at<S: Default>(p: *mut u8) {
    unsafe { p.cast::<S>().write(S::default()) }
}

unsafe fn drop_at<S>(p: *mut u8) {
    unsafe { core::ptr::drop_in_place(p.cast::<S>()) }
}

/// `ops_opt` for `Option<Box<S>>` of a generated struct `S`: a box allocated with `S`'s layout
/// is what `Box<S>` owns, and `None` is the null pointer (Rust guarantees both).
pub(super) unsafe fn ops_opt_box<S: Json>(op: Op<'_, '_>, p: *mut u8) -> Result<(), Error> {
    let shape: &'static Shape = const {
        match S::SHAPE {
            Some(s) => s,
            None => panic!("not a generated struct"),
        }
    };
    unsafe { opt_box_raw(op, p.cast(), shape) }
}

/// `ops_opt` for `Option<Vec<S>>` of a generated struct `S`: the elements are decoded, encoded
/// and cloned by type-erased loops over `S`'s [`Shape`] ([`opt_vec_raw`]); only taking the vector
/// apart and putting it back together is per type ([`VecShape`]) (measured: 88 optional vector
/// fields' functions were the largest part of `ops_opt`).
pub(super) unsafe fn ops_opt_vec<S: Json>(op: Op<'_, '_>, p: *mut u8) -> Result<(), Error> {
    let v: &'static VecShape = const {
        &VecShape {
            shape: match S::SHAPE {
                Some(s) => s,
                None => panic!("not a generated struct"),
            },
            parts: vec_parts::<S>,
            put: vec_put::<S>,
        }
    };
    unsafe { opt_vec_raw(op, p, v) }
}

/// A vector's allocation, length and capacity (in values).
type Parts = (*mut u8, usize, usize);

/// An `Option<Vec<S>>` of a generated struct, reached through functions of `S`.
struct VecShape {
    shape: &'static Shape,
    /// The vector's parts, or `None`.
    parts: unsafe fn(*const u8) -> Option<Parts>,
    /// Writes `Some` of a vector of these parts (or `None`) without dropping the old value.
    put: unsafe fn(*mut u8, Option<Parts>),
}

unsafe fn vec_parts<S>(p: *const u8) -> Option<Parts> {
    unsafe { &*p.cast::<Option<Vec<S>>>() }.as_ref().map(|v| (v.as_ptr().cast_mut().cast(), v.len(), v.capacity()))
}

unsafe fn vec_put<S>(p: *mut u8, parts: Option<Parts>) {
    // SAFETY: the parts are of a `Vec<S>` (from `vec_parts`, `seq_shape` or `clone_seq`).
    unsafe { p.cast::<Option<Vec<S>>>().write(parts.map(|(ptr, len, cap)| Vec::from_raw_parts(ptr.cast::<S>(), len, cap))) }
}

/// `ops_req` for `Vec<S>` of a generated struct `S`, as [`ops_opt_vec`] (a vector is an
/// `Option<Vec<S>>` that is never `None`, for `vec_put`).
pub(super) unsafe fn ops_req_vec<S: Json>(op: Op<'_, '_>, p: *mut u8) -> Result<(), Error> {
    let v: &'static VecShape = const {
        &VecShape {
            shape: match S::SHAPE {
                Some(s) => s,
                None => panic!("not a generated struct"),
            },
            parts: req_vec_parts::<S>,
            put: req_vec_put::<S>,
        }
    };
    unsafe { req_vec_raw(op, p, v) }
}

unsafe fn req_vec_parts<S>(p: *const u8) -> Option<Parts> {
    let v = unsafe { &*p.cast::<Vec<S>>() };
    Some((v.as_ptr().cast_mut().cast(), v.len(), v.capacity()))
}

unsafe fn req_vec_put<S>(p: *mut u8, parts: Option<Parts>) {
    if let Some((ptr, len, cap)) = parts {
        // SAFETY: the parts are of a `Vec<S>` (from `seq_shape` or `clone_seq`).
        unsafe { p.cast::<Vec<S>>().write(Vec::from_raw_parts(ptr.cast::<S>(), len, cap)) }
    }
}

#[inline(never)]
unsafe fn req_vec_raw(op: Op<'_, '_>, p: *mut u8, v: &VecShape) -> Result<(), Error> {
    let shape = v.shape;
    match op {
        // As `d.field(slot)`: `null` is an empty vector (on an error the old one stays).
        Op::Dec(d) => {
            let new = if d.null()? { (shape.layout.align() as *mut u8, 0, 0) } else { d.seq_shape(shape)? };
            if let Some((ptr, len, cap)) = unsafe { (v.parts)(p) } {
                unsafe { drop_seq(ptr, len, cap, shape) };
            }
            unsafe { (v.put)(p, Some(new)) };
        }
        Op::Enc(e, name) => {
            if let Some((ptr, len, _)) = unsafe { (v.parts)(p) } {
                e.key(name);
                unsafe { e.seq_table(ptr, len, shape.layout.size(), shape.fields) };
            }
        }
        // The slot holds its default, an empty vector.
        Op::Clone(src) => {
            if let Some((ptr, len, _)) = unsafe { (v.parts)(src) } {
                unsafe { (v.put)(p, Some((clone_seq(ptr, len, shape), len, len))) };
            }
        }
    }
    Ok(())
}

#[inline(never)]
unsafe fn opt_vec_raw(op: Op<'_, '_>, p: *mut u8, v: &VecShape) -> Result<(), Error> {
    let shape = v.shape;
    match op {
        // As `*slot = if null { None } else { Some(Vec::<S>::decode(d)?) }` (on an error the old
        // vector stays).
        Op::Dec(d) => {
            let new = if d.null()? { None } else { Some(d.seq_shape(shape)?) };
            if let Some((ptr, len, cap)) = unsafe { (v.parts)(p) } {
                unsafe { drop_seq(ptr, len, cap, shape) };
            }
            unsafe { (v.put)(p, new) };
        }
        Op::Enc(e, name) => {
            if let Some((ptr, len, _)) = unsafe { (v.parts)(p) } {
                e.key(name);
                unsafe { e.seq_table(ptr, len, shape.layout.size(), shape.fields) };
            }
        }
        // The slot holds its default, `None`; a clone's capacity is its length (as `to_vec`).
        Op::Clone(src) => {
            if let Some((ptr, len, _)) = unsafe { (v.parts)(src) } {
                unsafe { (v.put)(p, Some((clone_seq(ptr, len, shape), len, len))) };
            }
        }
    }
    Ok(())
}

impl Dec<'_> {
    /// A JSON array of generated structs of `shape`, as `Vec::<S>::decode` reads it: the
    /// allocation, its length and its capacity (in values). On an error, what was decoded is
    /// dropped and freed.
    #[inline(never)]
    fn seq_shape(&mut self, shape: &Shape) -> Result<(*mut u8, usize, usize), Error> {
        let (size, align) = (shape.layout.size(), shape.layout.align());
        let (mut ptr, mut len, mut cap) = (align as *mut u8, 0usize, 0usize);
        let r = self.seq(&"a sequence", &mut |d| {
            if len == cap && size != 0 {
                let new_cap = if cap == 0 { 4 } else { cap * 2 };
                let new = match size.checked_mul(new_cap).map(|n| core::alloc::Layout::from_size_align(n, align)) {
                    Some(Ok(l)) => l,
                    _ => std::alloc::handle_alloc_error(shape.layout),
                };
                // SAFETY: the old block (if any) has `cap` values of the layout.
                ptr = unsafe {
                    if cap == 0 {
                        std::alloc::alloc(new)
                    } else {
                        std::alloc::realloc(ptr, core::alloc::Layout::from_size_align_unchecked(size * cap, align), new.size())
                    }
                };
                if ptr.is_null() {
                    std::alloc::handle_alloc_error(new);
                }
                cap = new_cap;
            }
            // SAFETY: `len < cap` (or the struct is zero-sized).
            let at = unsafe { ptr.add(len * size) };
            unsafe { (shape.init)(at) };
            // Counted before decoding, so that a failed value is dropped with the rest.
            len += 1;
            d.table_raw(shape.exp, shape.fields, at)
        });
        if let Err(e) = r {
            unsafe { drop_seq(ptr, len, cap, shape) };
            return Err(e);
        }
        Ok((ptr, len, if size == 0 { len } else { cap }))
    }
}

/// Drops `len` generated structs of `shape` at `ptr` and frees their allocation of `cap` values
/// (a `Vec`'s parts).
#[inline(never)]
unsafe fn drop_seq(ptr: *mut u8, len: usize, cap: usize, shape: &Shape) {
    let (size, align) = (shape.layout.size(), shape.layout.align());
    for i in 0..len {
        unsafe { (shape.drop)(ptr.add(i * size)) };
    }
    if cap != 0 && size != 0 {
        unsafe { std::alloc::dealloc(ptr, core::alloc::Layout::from_size_align_unchecked(size * cap, align)) };
    }
}

/// `len` clones of the generated structs of `shape` at `src`, in a new allocation of exactly
/// `len` of them (as `<[S]>::to_vec`).
#[inline(never)]
unsafe fn clone_seq(src: *const u8, len: usize, shape: &Shape) -> *mut u8 {
    let (size, align) = (shape.layout.size(), shape.layout.align());
    if len == 0 || size == 0 {
        return align as *mut u8;
    }
    // SAFETY: `len` values of the layout exist at `src`, so their array layout is valid.
    let array = unsafe { core::alloc::Layout::from_size_align_unchecked(size * len, align) };
    let p = unsafe { std::alloc::alloc(array) };
    if p.is_null() {
        std::alloc::handle_alloc_error(array);
    }
    for i in 0..len {
        unsafe {
            (shape.init)(p.add(i * size));
            clone_raw(shape.fields, src.add(i * size), p.add(i * size));
        }
    }
    p
}

impl Enc {
    /// A JSON array of `len` generated structs `size` bytes apart from `p`, by their table.
    #[inline(never)]
    unsafe fn seq_table(&mut self, p: *const u8, len: usize, size: usize, fields: &[Field<()>]) {
        self.out.push(b'[');
        for i in 0..len {
            if i > 0 {
                self.out.push(b',');
            }
            self.table_raw(fields, unsafe { p.add(i * size) });
        }
        self.out.push(b']');
    }
}

/// `ops_opt` for `Option<S>` of a generated struct `S`: `S`'s layout inside the `Option` is the
/// compiler's, so three small functions per `S` ([`OptShape`]) reach it, and the rest is one
/// function for every `S` ([`opt_struct_raw`]) instead of a copy of `ops_opt` per type.
pub unsafe fn ops_opt_struct<S: Json + Default>(op: Op<'_, '_>, p: *mut u8) -> Result<(), Error> {
    let opt: &'static OptShape = const {
        &OptShape {
            shape: match S::SHAPE {
                Some(s) => s,
                None => panic!("not a generated struct"),
            },
            get: opt_get::<S>,
            set: opt_set::<S>,
        }
    };
    unsafe { opt_struct_raw(op, p, opt) }
}

/// An `Option<S>` of a generated struct, reached through functions of `S`.
struct OptShape {
    shape: &'static Shape,
    /// The `S` inside, or null for `None`.
    get: unsafe fn(*mut u8) -> *mut u8,
    /// Drops the value and sets it to `Some(S::default())` (`some`) or `None`; returns the `S`
    /// inside (null for `None`).
    set: unsafe fn(*mut u8, bool) -> *mut u8,
}

unsafe fn opt_get<S>(p: *mut u8) -> *mut u8 {
    match unsafe { &mut *p.cast::<Option<S>>() } {
        Some(s) => (s as *mut S).cast(),
        None => core::ptr::null_mut(),
    }
}

unsafe fn opt_set<S: Default>(p: *mut u8, some: bool) -> *mut u8 {
    let slot = unsafe { &mut *p.cast::<Option<S>>() };
    *slot = None;
    if !some {
        return core::ptr::null_mut();
    }
    (slot.insert(fresh::<S>()) as *mut S).cast()
}

/// `ops_req` for a generated struct `S`: decoded in place, by one function for every `S`.
pub unsafe fn ops_req_struct<S: Json>(op: Op<'_, '_>, p: *mut u8) -> Result<(), Error> {
    let shape: &'static Shape = const {
        match S::SHAPE {
            Some(s) => s,
            None => panic!("not a generated struct"),
        }
    };
    unsafe { req_struct_raw(op, p, shape) }
}

#[inline(never)]
unsafe fn req_struct_raw(op: Op<'_, '_>, p: *mut u8, s: &Shape) -> Result<(), Error> {
    match op {
        // As `d.field(slot)`: `null` is the default; anything else is decoded into a fresh
        // default (on an error the slot holds part of the new value instead of the old one:
        // either way the whole decode fails and drops it).
        Op::Dec(d) => {
            let null = d.null()?;
            unsafe {
                (s.drop)(p);
                (s.init)(p);
            }
            if !null {
                d.table_raw(s.exp, s.fields, p)?;
            }
        }
        Op::Enc(e, name) => {
            e.key(name);
            e.table_raw(s.fields, p);
        }
        // The slot holds its default.
        Op::Clone(src) => unsafe { clone_raw(s.fields, src, p) },
    }
    Ok(())
}

#[inline(never)]
unsafe fn opt_struct_raw(op: Op<'_, '_>, p: *mut u8, opt: &OptShape) -> Result<(), Error> {
    let s = opt.shape;
    match op {
        // As `*slot = if null { None } else { Some(S::decode(d)?) }`, decoding in place (on an
        // error the slot holds part of the new value instead of the old one: either way the
        // whole decode fails and drops it).
        Op::Dec(d) => {
            let null = d.null()?;
            let at = unsafe { (opt.set)(p, !null) };
            if !null {
                d.table_raw(s.exp, s.fields, at)?;
            }
        }
        Op::Enc(e, name) => {
            let at = unsafe { (opt.get)(p) };
            if !at.is_null() {
                e.key(name);
                e.table_raw(s.fields, at);
            }
        }
        // The slot holds its default, `None`.
        Op::Clone(src) => {
            let from = unsafe { (opt.get)(src.cast_mut()) };
            if !from.is_null() {
                unsafe { clone_raw(s.fields, from, (opt.set)(p, true)) };
            }
        }
    }
    Ok(())
}

#[inline(never)]
unsafe fn opt_box_raw(op: Op<'_, '_>, slot: *mut *mut u8, s: &Shape) -> Result<(), Error> {
    match op {
        // As `*slot = if null { None } else { Some(Box::new(S::decode(d)?)) }`: on an error the
        // old value stays.
        Op::Dec(d) => {
            let new = if d.null()? {
                core::ptr::null_mut()
            } else {
                let b = unsafe { s.alloc() };
                if let Err(e) = d.table_raw(s.exp, s.fields, b) {
                    unsafe { s.free(b) };
                    return Err(e);
                }
                b
            };
            unsafe {
                s.free(*slot);
                *slot = new;
            }
        }
        Op::Enc(e, name) => {
            let b = unsafe { *slot };
            if !b.is_null() {
                e.key(name);
                e.table_raw(s.fields, b);
            }
        }
        Op::Clone(src) => {
            let from = unsafe { *src.cast::<*const u8>() };
            let new = if from.is_null() {
                core::ptr::null_mut()
            } else {
                let b = unsafe { s.alloc() };
                unsafe { clone_raw(s.fields, from, b) };
                b
            };
            unsafe { slot.write(new) };
        }
    }
    Ok(())
}
