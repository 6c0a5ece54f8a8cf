//! Generated names and ids, from the seeded rng with upstream's alphabets.

use crate::sim::rng::SimRng;

/// apimachinery `util/rand`: no vowels, no 0, 1 or 3, so generated names never spell words.
pub const ALPHANUMS: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";

/// apiserver `storage/names`: `generateName` + 5 random characters, the base cut to 58 characters.
pub fn generate_name(rng: &mut SimRng, base: &str) -> String {
    const MAX_GENERATED_NAME_LENGTH: usize = 63 - 5;
    let base = if base.len() > MAX_GENERATED_NAME_LENGTH { &base[..MAX_GENERATED_NAME_LENGTH] } else { base };
    format!("{}{}", base, rng.string_from(ALPHANUMS, 5))
}

/// A version-4 UUID from the rng (the apiserver's `uuid.NewUUID`).
pub fn uuid(rng: &mut SimRng) -> String {
    let hi = rng.next_u64();
    let lo = rng.next_u64();
    let b = |v: u64, shift: u32| (v >> shift) & 0xffff;
    format!(
        "{:08x}-{:04x}-4{:03x}-{:04x}-{:04x}{:08x}",
        hi >> 32,
        b(hi, 16),
        b(hi, 0) & 0x0fff,
        (b(lo, 48) & 0x3fff) | 0x8000,
        b(lo, 32),
        lo & 0xffff_ffff
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_names_use_the_upstream_alphabet() {
        let mut rng = SimRng::new(1);
        let name = generate_name(&mut rng, "nginx-");
        assert_eq!(name.len(), 11);
        assert!(name.starts_with("nginx-"));
        assert!(name[6..].bytes().all(|c| ALPHANUMS.contains(&c)), "{}", name);
        let long = "a".repeat(70);
        assert_eq!(generate_name(&mut rng, &long).len(), 63);
    }

    #[test]
    fn uuids_are_version_4() {
        let mut rng = SimRng::new(9);
        let u = uuid(&mut rng);
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"), "{}", u);
    }
}
