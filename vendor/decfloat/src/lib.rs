//! Decimal text to `f64`, correctly rounded, accepting what `str::parse::<f64>` accepts — without
//! core's Eisel-Lemire table of 1,302 128-bit powers of five (20 KB of the page's data that
//! does not compress). Most numbers take the exact fast path (at most 19 significant digits,
//! value below 2^53, a power of ten up to 10^22); the rest start from an estimate a few units in
//! the last place off and step to the correctly rounded neighbour by comparing big integers
//! (Clinger's AlgorithmR), which is slower and rare.

#![no_std]
extern crate alloc;
use alloc::vec::Vec;

/// Exactly representable powers of ten.
const POW10: [f64; 23] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];
/// More digits than this cannot change the result beyond a sticky "something follows".
const MAX_DIGITS: usize = 800;

/// `s` as `f64`, or None where `str::parse::<f64>` fails.
pub fn parse(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let (neg, b) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let sign = |v: f64| if neg { -v } else { v };
    if b.eq_ignore_ascii_case(b"inf") || b.eq_ignore_ascii_case(b"infinity") {
        return Some(sign(f64::INFINITY));
    }
    if b.eq_ignore_ascii_case(b"nan") {
        return Some(sign(f64::NAN));
    }
    // Significant digits (no leading zeros), and the power of ten of the last one kept.
    let mut digits: Vec<u8> = Vec::new();
    let (mut exp10, mut sticky, mut seen, mut i) = (0i64, false, false, 0);
    let mut dot = false;
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' => {
                seen = true;
                if dot {
                    exp10 -= 1;
                }
                if digits.is_empty() && c == b'0' {
                } else if digits.len() < MAX_DIGITS {
                    digits.push(c - b'0');
                } else {
                    sticky |= c != b'0';
                    exp10 += 1;
                }
            }
            b'.' if !dot => dot = true,
            _ => break,
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    if i < b.len() {
        if b[i] != b'e' && b[i] != b'E' {
            return None;
        }
        i += 1;
        let eneg = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        if i >= b.len() {
            return None;
        }
        let mut e: i64 = 0;
        for &c in &b[i..] {
            if !c.is_ascii_digit() {
                return None;
            }
            e = (e * 10 + (c - b'0') as i64).min(1 << 40);
        }
        exp10 += if eneg { -e } else { e };
    }
    // value = digits × 10^exp10 (+ a little more when sticky)
    while digits.last() == Some(&0) && !sticky {
        digits.pop();
        exp10 += 1;
    }
    if digits.is_empty() {
        return Some(sign(0.0));
    }
    let n = digits.len() as i64;
    if n + exp10 > 310 {
        return Some(sign(f64::INFINITY));
    }
    if n + exp10 < -326 {
        return Some(sign(0.0));
    }
    if n <= 15 && !sticky && (-22..=22).contains(&exp10) {
        let m = digits.iter().fold(0u64, |m, d| m * 10 + *d as u64) as f64;
        return Some(sign(if exp10 >= 0 { m * POW10[exp10 as usize] } else { m / POW10[(-exp10) as usize] }));
    }
    Some(sign(slow(&digits, exp10, sticky)))
}

/// A first estimate (within a few units in the last place), then AlgorithmR.
fn slow(digits: &[u8], exp10: i64, sticky: bool) -> f64 {
    let head = digits.len().min(19);
    let m = digits[..head].iter().fold(0u64, |m, d| m * 10 + *d as u64) as f64;
    let mut z = scale(m, exp10 + (digits.len() - head) as i64);
    // D × 10^exp10, exactly (D the digits as an integer; sticky adds half a unit of the last).
    let mut big = Big::from_digits(digits);
    let mut e10 = exp10;
    if sticky {
        big.mul_small(10);
        big.add_small(5);
        e10 -= 1;
    }
    for _ in 0..2048 {
        if !z.is_finite() {
            z = f64::MAX;
        }
        let bits = z.to_bits();
        // z's halfway point up: (2·mant + 1) × 2^(exp - 1).
        let (mant, exp2) = decompose(bits);
        let h = 2 * mant + 1;
        match compare(&big, e10, h, exp2 - 1) {
            core::cmp::Ordering::Greater => {
                if bits == f64::MAX.to_bits() {
                    return f64::INFINITY;
                }
                z = f64::from_bits(bits + 1);
                continue;
            }
            core::cmp::Ordering::Equal => return if mant & 1 == 0 { z } else { f64::from_bits(bits + 1) },
            core::cmp::Ordering::Less => {}
        }
        if bits == 0 {
            return z;
        }
        // The halfway point down (below z): between z's predecessor and z.
        let (pm, pe) = decompose(bits - 1);
        let hd = 2 * pm + 1;
        match compare(&big, e10, hd, pe - 1) {
            core::cmp::Ordering::Less => z = f64::from_bits(bits - 1),
            core::cmp::Ordering::Equal => return if pm & 1 == 0 { f64::from_bits(bits - 1) } else { z },
            core::cmp::Ordering::Greater => return z,
        }
    }
    z
}

/// m × 10^e in floating point, kept away from overflow and underflow along the way.
fn scale(m: f64, e: i64) -> f64 {
    let (mut x, mut e2) = (m, 0i64);
    let mut e = e;
    while e != 0 {
        let step = e.clamp(-22, 22);
        x = if step > 0 { x * POW10[step as usize] } else { x / POW10[(-step) as usize] };
        e -= step;
        // Renormalize into [1, 2) and keep the power of two aside.
        let bits = x.to_bits();
        let be = ((bits >> 52) & 0x7ff) as i64;
        if be != 0 && be != 0x7ff {
            e2 += be - 1023;
            x = f64::from_bits((bits & !(0x7ff << 52)) | (1023 << 52));
        }
    }
    // x × 2^e2, rounded once.
    let bits = x.to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let total = be + e2;
    if total >= 0x7ff {
        return f64::INFINITY;
    }
    if total > 0 {
        return f64::from_bits((bits & !(0x7ff << 52)) | ((total as u64) << 52));
    }
    // Subnormal: an estimate is enough (AlgorithmR corrects it).
    let mut y = f64::from_bits((bits & !(0x7ff << 52)) | (1u64 << 52));
    for _ in 0..(1 - total).min(1100) {
        y /= 2.0;
    }
    y
}

/// (integer mantissa, binary exponent) with value = mant × 2^exp.
fn decompose(bits: u64) -> (u64, i64) {
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if be == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), be - 1075)
    }
}

/// Compares D × 10^e10 with h × 2^e2.
fn compare(d: &Big, e10: i64, h: u64, e2: i64) -> core::cmp::Ordering {
    let mut left = d.clone();
    let mut right = Big::from_u64(h);
    if e10 >= 0 {
        left.mul_pow10(e10 as u32);
    } else {
        right.mul_pow10((-e10) as u32);
    }
    if e2 >= 0 {
        right.shl(e2 as u32);
    } else {
        left.shl((-e2) as u32);
    }
    left.cmp(&right)
}

/// An unsigned big integer, 32-bit limbs, least significant first.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big(alloc::vec![v as u32, (v >> 32) as u32]);
        b.trim();
        b
    }
    fn from_digits(digits: &[u8]) -> Big {
        let mut b = Big(Vec::new());
        for chunk in digits.chunks(9) {
            b.mul_small(10u32.pow(chunk.len() as u32));
            b.add_small(chunk.iter().fold(0u32, |v, d| v * 10 + *d as u32));
        }
        b
    }
    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
    fn mul_small(&mut self, m: u32) {
        let mut carry = 0u64;
        for l in self.0.iter_mut() {
            let v = *l as u64 * m as u64 + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }
    fn add_small(&mut self, a: u32) {
        let mut carry = a as u64;
        for l in self.0.iter_mut() {
            if carry == 0 {
                return;
            }
            let v = *l as u64 + carry;
            *l = v as u32;
            carry = v >> 32;
        }
        if carry != 0 {
            self.0.push(carry as u32);
        }
    }
    fn mul_pow10(&mut self, mut e: u32) {
        while e > 0 {
            let step = e.min(9);
            self.mul_small(10u32.pow(step));
            e -= step;
        }
    }
    fn shl(&mut self, s: u32) {
        let (words, bits) = ((s / 32) as usize, s % 32);
        if bits != 0 {
            let mut carry = 0u32;
            for l in self.0.iter_mut() {
                let v = (*l << bits) | carry;
                carry = *l >> (32 - bits);
                *l = v;
            }
            if carry != 0 {
                self.0.push(carry);
            }
        }
        if words > 0 && !self.0.is_empty() {
            self.0.splice(0..0, core::iter::repeat(0).take(words));
        }
    }
    fn cmp(&self, o: &Big) -> core::cmp::Ordering {
        let (a, b) = (self.0.len() - self.0.iter().rev().take_while(|l| **l == 0).count(), o.0.len() - o.0.iter().rev().take_while(|l| **l == 0).count());
        a.cmp(&b).then_with(|| self.0[..a].iter().rev().cmp(o.0[..b].iter().rev()))
    }
}
