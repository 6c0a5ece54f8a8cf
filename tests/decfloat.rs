//! vendor/decfloat against the standard library: the same f64 (bit for bit) or the same refusal
//! for edge cases and 200,000 generated decimal texts of every shape (seeded; the seed is printed
//! on failure).

fn same(s: &str) -> Result<(), String> {
    let ours = decfloat::parse(s);
    let std = s.parse::<f64>().ok();
    let eq = match (ours, std) {
        (Some(a), Some(b)) => a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()),
        (None, None) => true,
        _ => false,
    };
    if eq {
        Ok(())
    } else {
        Err(format!("{:?}: decfloat {:?}, std {:?}", s, ours, std))
    }
}

#[test]
fn edge_cases_parse_as_the_standard_library_does() {
    let cases = [
        "0", "-0", "+0", "0.0", "00.000e5", "1", "-1", "0.1", "1.", ".5", ".", "", "+", "-", "e5", "1e", "1e+", "1e-", "--1", "1_0", " 1", "1 ", "0x10",
        "inf", "-inf", "+Infinity", "INF", "nan", "NaN", "-nan", "infinit", "1e400", "-1e400", "1e-400", "2.2250738585072011e-308", "2.2250738585072014e-308",
        "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308",
        "1.7976931348623159e308", "9007199254740993", "9007199254740992.5", "123456789012345678901234567890", "0.30000000000000004", "5e-324", "1e23",
        "8.988465674311579e307", "1e-5", "100m", "3.14159", "6.02214076e23", "1.602176634e-19", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
        "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000024703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125",
    ];
    let failures: Vec<String> = cases.iter().filter_map(|s| same(s).err()).collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn generated_decimals_parse_as_the_standard_library_does() {
    let seed: u64 = 0x5eed_f10a;
    let mut x = seed;
    let mut next = move |n: u64| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x % n.max(1)
    };
    let mut failures = Vec::new();
    for _ in 0..200_000 {
        let mut s = String::new();
        match next(3) {
            0 => s.push('-'),
            1 => s.push('+'),
            _ => {}
        }
        let int = next(25) as usize;
        let frac = if next(2) == 0 { next(25) as usize } else { 0 };
        let long = if next(200) == 0 { 700 + next(200) as usize } else { 0 };
        for i in 0..int + long {
            s.push(char::from(b'0' + if i == 0 && next(4) == 0 { 0 } else { next(10) as u8 }));
        }
        if frac > 0 || int == 0 {
            s.push('.');
            for _ in 0..frac.max(1) {
                s.push(char::from(b'0' + next(10) as u8));
            }
        }
        if next(2) == 0 {
            s.push(if next(2) == 0 { 'e' } else { 'E' });
            let e = next(700) as i64 - 350;
            s.push_str(&e.to_string());
        }
        if let Err(e) = same(&s) {
            failures.push(e);
        }
        // Halfway cases: the exact decimal of a value between two neighbouring doubles.
        if next(50) == 0 {
            let bits = next(0x7fef_ffff_ffff_ffff) + 1;
            let (a, b) = (f64::from_bits(bits), f64::from_bits(bits + 1));
            let mid = format!("{:e}", (a + b) / 2.0);
            if let Err(e) = same(&mid) {
                failures.push(e);
            }
        }
    }
    assert!(failures.is_empty(), "seed {:#x}: {} failures, first:\n{}", seed, failures.len(), failures.iter().take(10).cloned().collect::<Vec<_>>().join("\n"));
}
