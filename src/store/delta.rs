//! A delta codec for history: a superseded value is stored as the edits that turn its successor
//! into it (LZ77 with the successor as the dictionary). Successive versions of an object differ in
//! a few fields (a pod's status, its resourceVersion), so a 3 KB pod version packs into a few
//! hundred bytes.
//!
//! Format: a sequence of `literal length, literal bytes, copy length[, copy offset]` with LEB128
//! numbers; a copy length of 0 ends it.

const WINDOW: usize = 8;
const BITS: u32 = 12;

fn hash(b: &[u8]) -> usize {
    let v = u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
    (v.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS)) as usize
}

fn put(out: &mut Vec<u8>, mut n: usize) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

fn get(ops: &[u8], at: &mut usize) -> Option<usize> {
    let mut n = 0usize;
    for shift in (0..64).step_by(7) {
        let b = *ops.get(*at)?;
        *at += 1;
        n |= ((b & 0x7f) as usize) << shift;
        if b < 0x80 {
            return Some(n);
        }
    }
    None
}

/// The edits that build `target` from `base`.
pub fn encode(base: &[u8], target: &[u8]) -> Vec<u8> {
    let mut table = vec![u32::MAX; 1 << BITS];
    if base.len() >= WINDOW {
        for i in (0..=base.len() - WINDOW).rev() {
            table[hash(&base[i..])] = i as u32;
        }
    }
    let mut out = Vec::new();
    let (mut lit, mut i) = (0, 0);
    while i + WINDOW <= target.len() {
        let j = table[hash(&target[i..])] as usize;
        if j < base.len() && base[j..].starts_with(&target[i..i + WINDOW]) {
            let len = WINDOW + base[j + WINDOW..].iter().zip(&target[i + WINDOW..]).take_while(|(a, b)| a == b).count();
            put(&mut out, i - lit);
            out.extend_from_slice(&target[lit..i]);
            put(&mut out, len);
            put(&mut out, j);
            i += len;
            lit = i;
        } else {
            i += 1;
        }
    }
    put(&mut out, target.len() - lit);
    out.extend_from_slice(&target[lit..]);
    put(&mut out, 0);
    out
}

/// Applies `encode`'s edits to `base`; None if they do not fit it.
pub fn decode(base: &[u8], ops: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(base.len());
    let mut at = 0;
    loop {
        let n = get(ops, &mut at)?;
        out.extend_from_slice(ops.get(at..at + n)?);
        at += n;
        let len = get(ops, &mut at)?;
        if len == 0 {
            return Some(out);
        }
        let from = get(ops, &mut at)?;
        out.extend_from_slice(base.get(from..from + len)?);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::rng::SimRng;

    #[test]
    fn round_trips_and_shrinks_a_status_update() {
        let newer = br#"{"metadata":{"name":"web-1","resourceVersion":"259"},"spec":{"containers":[{"image":"nginx","name":"web"}],"nodeName":"node02"},"status":{"phase":"Running","conditions":[{"type":"Ready","status":"True"}]}}"#;
        let older = br#"{"metadata":{"name":"web-1","resourceVersion":"253"},"spec":{"containers":[{"image":"nginx","name":"web"}],"nodeName":"node02"},"status":{"phase":"Pending","conditions":[{"type":"Ready","status":"False"}]}}"#;
        let ops = encode(newer, older);
        assert_eq!(decode(newer, &ops).as_deref(), Some(&older[..]));
        assert!(ops.len() < older.len() / 3, "{} bytes for {}", ops.len(), older.len());
        assert_eq!(decode(b"", &encode(b"", b"abc")).as_deref(), Some(&b"abc"[..]));
        assert_eq!(decode(b"abc", &encode(b"abc", b"")).as_deref(), Some(&b""[..]));
    }

    #[test]
    fn random_edits_round_trip() {
        let mut rng = SimRng::new(7);
        for case in 0..300 {
            let base: Vec<u8> = (0..rng.below(400)).map(|_| b"abcdefgh{}\":,0123"[rng.below(17) as usize]).collect();
            let mut target = base.clone();
            for _ in 0..rng.below(6) {
                let at = rng.below(target.len() as u64 + 1) as usize;
                match rng.below(3) {
                    0 => target.insert(at, b'x'),
                    1 if at < target.len() => {
                        target.remove(at);
                    }
                    _ => target.splice(at..at, b"inserted".iter().copied()).for_each(drop),
                }
            }
            assert_eq!(decode(&base, &encode(&base, &target)), Some(target), "case {} (seed 7)", case);
        }
    }
}
