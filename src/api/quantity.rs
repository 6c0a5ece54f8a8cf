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

#[cfg(test)]
mod tests {
    use super::*;

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
