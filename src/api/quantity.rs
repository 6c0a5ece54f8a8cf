//! Resource quantities (`100m`, `1.5`, `128Mi`, `1G`, `2e3`) as integers: CPU in millicores,
//! everything else in whole units (bytes, pods). Integer results keep scheduling decisions exact.

/// Parses a quantity into thousandths of a unit (so `100m` → 100, `1` → 1000, `1Ki` → 1_024_000).
pub fn parse_milli(q: &str) -> Option<i128> {
    let s = q.trim();
    if s.is_empty() {
        return None;
    }
    let split = s.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-')).unwrap_or(s.len());
    let (num, suffix) = s.split_at(split);
    let (mantissa, exp10): (&str, i32) = if let Some(e) = suffix.strip_prefix(['e', 'E']) {
        (num, e.parse().ok()?)
    } else {
        (num, 0)
    };
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa.strip_prefix('+').unwrap_or(mantissa)),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    if !int_part.bytes().all(|b| b.is_ascii_digit()) || !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // value = digits / 10^frac_len, scaled by 1000 (milli) and the suffix.
    let digits: i128 = format!("{}{}", int_part, frac_part).trim_start_matches('0').parse().unwrap_or(0);
    let mut scale_num: i128 = 1000;
    let mut scale_den: i128 = 10i128.checked_pow(frac_part.len() as u32)?;
    let suffix = if exp10 != 0 { "" } else { suffix };
    match suffix {
        "" => {}
        "m" => scale_den *= 1000,
        "k" => scale_num *= 1_000,
        "M" => scale_num *= 1_000_000,
        "G" => scale_num *= 1_000_000_000,
        "T" => scale_num *= 1_000_000_000_000,
        "P" => scale_num *= 1_000_000_000_000_000,
        "E" => scale_num *= 1_000_000_000_000_000_000,
        "Ki" => scale_num *= 1 << 10,
        "Mi" => scale_num *= 1 << 20,
        "Gi" => scale_num *= 1 << 30,
        "Ti" => scale_num *= 1 << 40,
        "Pi" => scale_num *= 1 << 50,
        "Ei" => scale_num *= 1 << 60,
        "n" => scale_den *= 1_000_000_000,
        "u" => scale_den *= 1_000_000,
        _ => return None,
    }
    if exp10 > 0 {
        scale_num = scale_num.checked_mul(10i128.checked_pow(exp10 as u32)?)?;
    } else if exp10 < 0 {
        scale_den = scale_den.checked_mul(10i128.checked_pow((-exp10) as u32)?)?;
    }
    let v = digits.checked_mul(scale_num)?;
    // Round up, as Quantity.MilliValue does.
    let r = (v + scale_den - 1) / scale_den;
    Some(if neg { -r } else { r })
}

/// Whole units, rounded up (`Quantity.Value`).
pub fn parse_value(q: &str) -> Option<i128> {
    parse_milli(q).map(|m| (m + 999).div_euclid(1000))
}

/// How a quantity was written, which decides how it is printed back (`resource.Format`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    DecimalSI,
    BinarySI,
    DecimalExponent,
}

/// A quantity with its format: `resource.Quantity` at milli precision. Arithmetic keeps the
/// format of the left operand (a zero takes the other's), and `canonical` prints it as the
/// apiserver stores it (`0.5` → `500m`, `1024Mi` → `1Gi`, `2000` → `2k`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Qty {
    pub milli: i128,
    pub format: Format,
}

impl Qty {
    pub const ZERO: Qty = Qty { milli: 0, format: Format::DecimalSI };

    pub fn parse(s: &str) -> Option<Qty> {
        let milli = parse_milli(s)?;
        let t = s.trim();
        let format = if t.ends_with('i') {
            Format::BinarySI
        } else if t.contains(['e', 'E']) {
            Format::DecimalExponent
        } else {
            Format::DecimalSI
        };
        Some(Qty { milli, format })
    }

    /// Whole units, rounded up (`Quantity.Value`).
    pub fn value(&self) -> i128 {
        self.milli.div_euclid(1000) + if self.milli.rem_euclid(1000) != 0 { 1 } else { 0 }
    }

    pub fn add(self, other: Qty) -> Qty {
        let format = if self.milli == 0 { other.format } else { self.format };
        Qty { milli: self.milli + other.milli, format }
    }

    pub fn sub(self, other: Qty) -> Qty {
        let format = if self.milli == 0 { other.format } else { self.format };
        Qty { milli: self.milli - other.milli, format }
    }

    /// `Quantity.String()`: the canonical form.
    pub fn canonical(&self) -> String {
        let v = self.milli;
        if v == 0 {
            return "0".into();
        }
        let (neg, a) = (v < 0, v.unsigned_abs());
        let sign = if neg { "-" } else { "" };
        // Binary only for whole values of at least 1024 in magnitude.
        if self.format == Format::BinarySI && a % 1000 == 0 && a / 1000 >= 1024 {
            let mut units = a / 1000;
            let mut k = 0;
            while k < 6 && units % 1024 == 0 {
                units /= 1024;
                k += 1;
            }
            let suffix = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][k];
            return format!("{}{}{}", sign, units, suffix);
        }
        // Decimal: the largest exponent (a multiple of 3) that keeps the mantissa whole.
        let mut mantissa = a;
        let mut exp: i32 = -3;
        while exp < 18 && mantissa % 1000 == 0 {
            mantissa /= 1000;
            exp += 3;
        }
        if self.format == Format::DecimalExponent {
            return if exp == 0 { format!("{}{}", sign, mantissa) } else { format!("{}{}e{}", sign, mantissa, exp) };
        }
        let suffix = match exp {
            -3 => "m",
            0 => "",
            3 => "k",
            6 => "M",
            9 => "G",
            12 => "T",
            15 => "P",
            _ => "E",
        };
        format!("{}{}{}", sign, mantissa, suffix)
    }
}

/// A quantity string as the apiserver stores it; text that does not parse is left alone
/// (validation reports it).
pub fn canonicalize(s: &str) -> Option<String> {
    Qty::parse(s).map(|q| q.canonical())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms_match_go() {
        for (input, want) in [
            ("0.5", "500m"),
            ("1.0", "1"),
            ("1000m", "1"),
            ("1500m", "1500m"),
            ("2000", "2k"),
            ("1500", "1500"),
            ("1024Mi", "1Gi"),
            ("1536Mi", "1536Mi"),
            ("0.5Gi", "512Mi"),
            ("512", "512"),
            ("1000M", "1G"),
            ("128974848", "128974848"),
            ("129e6", "129e6"),
            ("0", "0"),
            ("100Ki", "100Ki"),
            ("1Ki", "1Ki"),
        ] {
            assert_eq!(canonicalize(input).as_deref(), Some(want), "{}", input);
        }
        let a = Qty::parse("500m").unwrap().add(Qty::parse("500m").unwrap());
        assert_eq!(a.canonical(), "1");
        let m = Qty::ZERO.add(Qty::parse("64Mi").unwrap()).add(Qty::parse("64Mi").unwrap());
        assert_eq!(m.canonical(), "128Mi", "a zero takes the other's format");
    }

    #[test]
    fn parses_kubernetes_quantities() {
        assert_eq!(parse_milli("100m"), Some(100));
        assert_eq!(parse_milli("1"), Some(1000));
        assert_eq!(parse_milli("1.5"), Some(1500));
        assert_eq!(parse_milli("0.1"), Some(100));
        assert_eq!(parse_value("128Mi"), Some(128 * 1024 * 1024));
        assert_eq!(parse_value("1G"), Some(1_000_000_000));
        assert_eq!(parse_value("4005960Ki"), Some(4005960 * 1024));
        assert_eq!(parse_value("2e3"), Some(2000));
        assert_eq!(parse_value("110"), Some(110));
        assert_eq!(parse_milli("abc"), None);
        assert_eq!(parse_milli("1Qi"), None);
        assert_eq!(parse_milli(""), None);
        assert_eq!(parse_milli("."), None);
    }
}
