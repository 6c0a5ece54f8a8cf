//! `SimRng`: the one source of randomness, a pinned SplitMix64 stream; components fork their own.

/// A deterministic random stream (SplitMix64). `fork(label)` derives an independent stream from the
/// seed and the label only, so a new draw in one component never disturbs another's.
#[derive(Clone, Debug)]
pub struct SimRng {
    seed: u64,
    state: u64,
}

const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a, used to turn fork labels into seed material.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl SimRng {
    pub fn new(seed: u64) -> Self {
        SimRng { seed, state: seed }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(GOLDEN);
        mix(self.state)
    }

    /// A value in `0..n` (n > 0), without modulo bias.
    pub fn below(&mut self, n: u64) -> u64 {
        assert!(n > 0, "SimRng::below(0)");
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let v = self.next_u64();
            if v < zone {
                return v % n;
            }
        }
    }

    /// A value in `lo..=hi`.
    pub fn range_inclusive(&mut self, lo: u64, hi: u64) -> u64 {
        if hi <= lo {
            return lo;
        }
        lo + self.below(hi - lo + 1)
    }

    /// An index into a slice of `len` elements (len > 0). The draw is a u64, never a usize.
    pub fn index(&mut self, len: usize) -> usize {
        self.below(len as u64) as usize
    }

    /// An independent stream for `label`, derived from this stream's seed (not its position).
    pub fn fork(&self, label: &str) -> SimRng {
        SimRng::new(mix(self.seed ^ fnv1a64(label.as_bytes())))
    }

    /// `n` characters from `alphabet`, e.g. upstream's generated-name suffixes.
    pub fn string_from(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n).map(|_| alphabet[self.index(alphabet.len())] as char).collect()
    }

    /// `n` lowercase hex digits (container ids, uids).
    pub fn hex(&mut self, n: usize) -> String {
        self.string_from(b"0123456789abcdef", n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splitmix64_first_outputs_are_pinned() {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        let mut r = SimRng::new(0);
        assert_eq!(r.next_u64(), 0xe220a8397b1dcdaf);
        assert_eq!(r.next_u64(), 0x6e789e6aa1b965f4);
        assert_eq!(r.next_u64(), 0x06c45d188009454f);
    }

    #[test]
    fn forks_depend_on_label_and_seed_not_position() {
        let mut a = SimRng::new(7);
        let f1 = a.fork("scheduler").next_u64();
        a.next_u64();
        let f2 = a.fork("scheduler").next_u64();
        assert_eq!(f1, f2);
        assert_ne!(f1, a.fork("kubelet").next_u64());
        assert_ne!(f1, SimRng::new(8).fork("scheduler").next_u64());
    }

    #[test]
    fn below_stays_in_range() {
        let mut r = SimRng::new(42);
        for n in 1..50u64 {
            for _ in 0..20 {
                assert!(r.below(n) < n);
            }
        }
        assert_eq!(r.range_inclusive(5, 5), 5);
    }
}
