//! `kubectl get --sort-by` (kubectl `get/sorter.go`): the first value a JSONPath yields per
//! object, compared as upstream's `isLess` does (numbers numerically, quantities by value, other
//! strings bytewise, missing values first), ordered with Go's `sort.Sort` (pdqsort, ported
//! exactly, so ties land where kubectl puts them).

use super::gofmt::{go_number, quote, GoNumber};
use super::jsonpath::{relaxed, JsonPath, Val};
use serde_json::Value;

/// Go's `sort.Interface`.
pub trait SortData {
    fn less(&mut self, i: usize, j: usize) -> bool;
    fn swap(&mut self, i: usize, j: usize);
}

/// `sort.Sort`: unstable, but the same order as Go's for the same comparisons.
pub fn go_sort(data: &mut dyn SortData, n: usize) {
    if n <= 1 {
        return;
    }
    let limit = usize::BITS - n.leading_zeros();
    pdqsort(data, 0, n as i64, limit as i64);
}

fn less(d: &mut dyn SortData, i: i64, j: i64) -> bool {
    d.less(i as usize, j as usize)
}

fn swap(d: &mut dyn SortData, i: i64, j: i64) {
    d.swap(i as usize, j as usize)
}

fn insertion_sort(d: &mut dyn SortData, a: i64, b: i64) {
    for i in a + 1..b {
        let mut j = i;
        while j > a && less(d, j, j - 1) {
            swap(d, j, j - 1);
            j -= 1;
        }
    }
}

fn sift_down(d: &mut dyn SortData, lo: i64, hi: i64, first: i64) {
    let mut root = lo;
    loop {
        let mut child = 2 * root + 1;
        if child >= hi {
            return;
        }
        if child + 1 < hi && less(d, first + child, first + child + 1) {
            child += 1;
        }
        if !less(d, first + root, first + child) {
            return;
        }
        swap(d, first + root, first + child);
        root = child;
    }
}

fn heap_sort(d: &mut dyn SortData, a: i64, b: i64) {
    let (first, lo, hi) = (a, 0, b - a);
    let mut i = (hi - 1) / 2;
    while i >= 0 {
        sift_down(d, i, hi, first);
        i -= 1;
    }
    let mut i = hi - 1;
    while i >= 0 {
        swap(d, first, first + i);
        sift_down(d, lo, i, first);
        i -= 1;
    }
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

fn pdqsort(d: &mut dyn SortData, mut a: i64, mut b: i64, mut limit: i64) {
    const MAX_INSERTION: i64 = 12;
    let (mut was_balanced, mut was_partitioned) = (true, true);
    loop {
        let length = b - a;
        if length <= MAX_INSERTION {
            insertion_sort(d, a, b);
            return;
        }
        if limit == 0 {
            heap_sort(d, a, b);
            return;
        }
        if !was_balanced {
            break_patterns(d, a, b);
            limit -= 1;
        }
        let (mut pivot, mut hint) = choose_pivot(d, a, b);
        if hint == Hint::Decreasing {
            reverse_range(d, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = Hint::Increasing;
        }
        if was_balanced && was_partitioned && hint == Hint::Increasing && partial_insertion_sort(d, a, b) {
            return;
        }
        if a > 0 && !less(d, a - 1, pivot) {
            a = partition_equal(d, a, b, pivot);
            continue;
        }
        let (mid, already) = partition(d, a, b, pivot);
        was_partitioned = already;
        let (left_len, right_len) = (mid - a, b - mid);
        let balance_threshold = length / 8;
        if left_len < right_len {
            was_balanced = left_len >= balance_threshold;
            pdqsort(d, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right_len >= balance_threshold;
            pdqsort(d, mid + 1, b, limit);
            b = mid;
        }
    }
}

fn partition(d: &mut dyn SortData, a: i64, b: i64, pivot: i64) -> (i64, bool) {
    swap(d, a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    while i <= j && less(d, i, a) {
        i += 1;
    }
    while i <= j && !less(d, j, a) {
        j -= 1;
    }
    if i > j {
        swap(d, j, a);
        return (j, true);
    }
    swap(d, i, j);
    i += 1;
    j -= 1;
    loop {
        while i <= j && less(d, i, a) {
            i += 1;
        }
        while i <= j && !less(d, j, a) {
            j -= 1;
        }
        if i > j {
            break;
        }
        swap(d, i, j);
        i += 1;
        j -= 1;
    }
    swap(d, j, a);
    (j, false)
}

fn partition_equal(d: &mut dyn SortData, a: i64, b: i64, pivot: i64) -> i64 {
    swap(d, a, pivot);
    let (mut i, mut j) = (a + 1, b - 1);
    loop {
        while i <= j && !less(d, a, i) {
            i += 1;
        }
        while i <= j && less(d, a, j) {
            j -= 1;
        }
        if i > j {
            break;
        }
        swap(d, i, j);
        i += 1;
        j -= 1;
    }
    i
}

fn partial_insertion_sort(d: &mut dyn SortData, a: i64, b: i64) -> bool {
    const MAX_STEPS: i64 = 5;
    const SHORTEST_SHIFTING: i64 = 50;
    let mut i = a + 1;
    for _ in 0..MAX_STEPS {
        while i < b && !less(d, i, i - 1) {
            i += 1;
        }
        if i == b {
            return true;
        }
        if b - a < SHORTEST_SHIFTING {
            return false;
        }
        swap(d, i, i - 1);
        if i - a >= 2 {
            let mut j = i - 1;
            while j >= 1 {
                if !less(d, j, j - 1) {
                    break;
                }
                swap(d, j, j - 1);
                j -= 1;
            }
        }
        if b - i >= 2 {
            let mut j = i + 1;
            while j < b {
                if !less(d, j, j - 1) {
                    break;
                }
                swap(d, j, j - 1);
                j += 1;
            }
        }
    }
    false
}

fn break_patterns(d: &mut dyn SortData, a: i64, b: i64) {
    let length = b - a;
    if length >= 8 {
        let mut random = length as u64;
        let modulus = 1u64 << (64 - (length as u64).leading_zeros());
        let mut idx = a + (length / 4) * 2 - 1;
        while idx <= a + (length / 4) * 2 + 1 {
            random ^= random << 13;
            random ^= random >> 7;
            random ^= random << 17;
            let mut other = (random & (modulus - 1)) as i64;
            if other >= length {
                other -= length;
            }
            swap(d, idx, a + other);
            idx += 1;
        }
    }
}

fn choose_pivot(d: &mut dyn SortData, a: i64, b: i64) -> (i64, Hint) {
    const SHORTEST_NINTHER: i64 = 50;
    const MAX_SWAPS: i64 = 4 * 3;
    let l = b - a;
    let mut swaps = 0;
    let mut i = a + l / 4;
    let mut j = a + l / 4 * 2;
    let mut k = a + l / 4 * 3;
    if l >= 8 {
        if l >= SHORTEST_NINTHER {
            i = median(d, i - 1, i, i + 1, &mut swaps);
            j = median(d, j - 1, j, j + 1, &mut swaps);
            k = median(d, k - 1, k, k + 1, &mut swaps);
        }
        j = median(d, i, j, k, &mut swaps);
    }
    match swaps {
        0 => (j, Hint::Increasing),
        MAX_SWAPS => (j, Hint::Decreasing),
        _ => (j, Hint::Unknown),
    }
}

fn order2(d: &mut dyn SortData, a: i64, b: i64, swaps: &mut i64) -> (i64, i64) {
    if less(d, b, a) {
        *swaps += 1;
        return (b, a);
    }
    (a, b)
}

fn median(d: &mut dyn SortData, a: i64, b: i64, c: i64, swaps: &mut i64) -> i64 {
    let (a, b) = order2(d, a, b, swaps);
    let (b, c) = order2(d, b, c, swaps);
    let _ = c;
    let (_a, b) = order2(d, a, b, swaps);
    b
}

fn reverse_range(d: &mut dyn SortData, a: i64, b: i64) {
    let (mut i, mut j) = (a, b - 1);
    while i < j {
        swap(d, i, j);
        i += 1;
        j -= 1;
    }
}

/// A quantity's value in nanounits (`resource.ParseQuantity`, rounded up, capped as upstream).
pub fn quantity_nanos(s: &str) -> Option<i128> {
    let b = s.as_bytes();
    if b.is_empty() {
        return None;
    }
    let mut pos = 0;
    let positive = match b[0] {
        b'-' => {
            pos = 1;
            false
        }
        b'+' => {
            pos = 1;
            true
        }
        _ => true,
    };
    let digits_from = |from: usize| from + b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let num_end = digits_from(pos);
    let num = &s[pos..num_end];
    pos = num_end;
    let mut denom = "";
    if pos < b.len() && b[pos] == b'.' {
        let end = digits_from(pos + 1);
        denom = &s[pos + 1..end];
        pos = end;
    }
    let suffix = &s[pos..];
    // The suffix: letters from "eEinumkKMGTP", then an optional sign and digits.
    let letters = suffix.bytes().take_while(|c| b"eEinumkKMGTP".contains(c)).count();
    let mut k = letters;
    if k < suffix.len() && (suffix.as_bytes()[k] == b'-' || suffix.as_bytes()[k] == b'+') {
        k += 1;
    }
    k += suffix[k..].bytes().take_while(|c| c.is_ascii_digit()).count();
    if k != suffix.len() {
        return None;
    }
    let (exp10, exp2): (i64, i64) = match suffix {
        "n" => (-9, 0),
        "u" => (-6, 0),
        "m" => (-3, 0),
        "" => (0, 0),
        "k" => (3, 0),
        "M" => (6, 0),
        "G" => (9, 0),
        "T" => (12, 0),
        "P" => (15, 0),
        "E" => (18, 0),
        "Ki" => (0, 10),
        "Mi" => (0, 20),
        "Gi" => (0, 30),
        "Ti" => (0, 40),
        "Pi" => (0, 50),
        "Ei" => (0, 60),
        e if e.len() > 1 && (e.starts_with('e') || e.starts_with('E')) => (e[1..].parse::<i64>().ok()? as i32 as i64, 0),
        _ => return None,
    };
    const CAP: u128 = (i64::MAX as u128) * 1_000_000_000;
    let all = format!("{}{}", num, denom);
    let all = all.trim_start_matches('0');
    if all.is_empty() {
        return Some(0);
    }
    let mut v: u128 = if all.len() > 38 { CAP } else { all.parse().ok()? };
    let scale = exp10 + 9 - denom.len() as i64;
    let mut pow2 = exp2;
    while pow2 > 0 && v < CAP {
        v = v.saturating_mul(2);
        pow2 -= 1;
    }
    if scale >= 0 {
        let mut s = scale;
        while s > 0 && v < CAP {
            v = v.saturating_mul(10);
            s -= 1;
        }
    } else {
        let div = (-scale).min(40) as u32;
        let d = 10u128.checked_pow(div);
        v = match d {
            Some(d) => v.div_ceil(d),
            None => 1,
        };
    }
    let v = v.min(CAP) as i128;
    Some(if positive { v } else { -v })
}

/// `isLess` for values taken from decoded objects.
pub fn is_less(i: &Val, j: &Val) -> Result<bool, String> {
    match (i, j) {
        (Val::Json(a), Val::Json(b)) => json_less(a, b),
        (Val::Text(a), Val::Text(b)) => Ok(a < b),
        (Val::Int(a), Val::Int(b)) => Ok(a < b),
        (Val::Float(a), Val::Float(b)) => Ok(a < b),
        (Val::Byte(a), Val::Byte(b)) => Ok(a < b),
        (Val::Bool(_), _) => Err("unsortable type: bool".into()),
        (Val::Invalid, _) => Err("unsortable type: invalid".into()),
        _ => Ok(false),
    }
}

fn json_less(a: &Value, b: &Value) -> Result<bool, String> {
    match (a, b) {
        (Value::Null, Value::Null) => return Ok(false),
        (Value::Null, _) => return Ok(true),
        (_, Value::Null) => return Ok(false),
        _ => {}
    }
    let mismatch = || Err("unsortable interface: interface".to_string());
    match a {
        Value::Number(x) => {
            let Value::Number(y) = b else { return mismatch() };
            match (go_number(x), go_number(y)) {
                (GoNumber::Int(p), GoNumber::Int(q)) => Ok(p < q),
                (GoNumber::Float(p), GoNumber::Float(q)) => Ok(p < q),
                _ => mismatch(),
            }
        }
        Value::String(x) => {
            let Value::String(y) = b else { return mismatch() };
            match (quantity_nanos(x), quantity_nanos(y)) {
                (Some(p), Some(q)) => Ok(p < q),
                _ => Ok(x < y),
            }
        }
        Value::Bool(_) => Err("unsortable type: bool".into()),
        Value::Object(_) => Err("unsortable type: map[string]interface {}".into()),
        Value::Array(_) => Err("unsortable type: []interface {}".into()),
        Value::Null => Ok(false),
    }
}

/// Why a sort could not finish: kubectl exits through `klog.Exitf` with this message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsortable {
    pub kind: String,
    pub err: String,
}

/// Each object's first value for the field (None when it has none), as `findJSONPathResults`.
pub fn sort_keys<'a>(parser: &mut JsonPath, objs: &'a [Value]) -> Result<Vec<Option<Val<'a>>>, String> {
    let mut keys = Vec::with_capacity(objs.len());
    for o in objs {
        let results = parser.find_results(o)?;
        keys.push(results.into_iter().next().and_then(|r| r.into_iter().next()));
    }
    Ok(keys)
}

struct Keyed<'k, 'a> {
    keys: &'k mut Vec<Option<Val<'a>>>,
    order: Vec<usize>,
    failed: Option<Unsortable>,
}

impl SortData for Keyed<'_, '_> {
    fn less(&mut self, i: usize, j: usize) -> bool {
        // Upstream: an object without the field sorts first (even against itself).
        let Some(a) = &self.keys[i] else { return true };
        let Some(b) = &self.keys[j] else { return false };
        match is_less(a, b) {
            Ok(l) => l,
            Err(err) => {
                if self.failed.is_none() {
                    self.failed = Some(Unsortable { kind: a.kind_name().to_string(), err });
                }
                false
            }
        }
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.keys.swap(i, j);
        self.order.swap(i, j);
    }
}

/// Sorts by the keys: the original position of each item in the new order.
pub fn sort_by_keys(mut keys: Vec<Option<Val>>) -> Result<Vec<usize>, Unsortable> {
    let n = keys.len();
    let mut data = Keyed { keys: &mut keys, order: (0..n).collect(), failed: None };
    go_sort(&mut data, n);
    match data.failed {
        Some(f) => Err(f),
        None => Ok(data.order),
    }
}

/// How sorting failed: an error kubectl returns, or a `klog.Exitf` that ends the process.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SortError {
    Plain(String),
    /// kubectl exits at once with this (already formatted) log line.
    Fatal(String),
}

fn not_found(field: &str) -> SortError {
    SortError::Plain(format!("couldn't find any field with path {} in the list of objects", quote(field)))
}

/// klog's fatal line: `F0102 10:00:05.000000    4242 sorter.go:329] …`.
fn klog_fatal(now_unix_ms: i64, line: u32, msg: &str) -> String {
    let ts = k8s_openapi::jiff::Timestamp::from_millisecond(now_unix_ms).unwrap_or(k8s_openapi::jiff::Timestamp::UNIX_EPOCH);
    let micros = now_unix_ms.rem_euclid(1000) * 1000;
    format!("F{}.{:06} {:>7} sorter.go:{}] {}\n", crate::api::timefmt::klog(&ts), micros, 4242, line, msg)
}

/// `SortObjects`: the order of `objs` sorted by `field_input` (a relaxed JSONPath).
pub fn sort_objects(objs: &[Value], field_input: &str, now_unix_ms: i64) -> Result<Vec<usize>, SortError> {
    let field = relaxed(field_input).map_err(SortError::Plain)?;
    let mut parser = JsonPath::parse(&field).map_err(SortError::Plain)?.allow_missing_keys(true);
    let mut found = false;
    for o in objs {
        let values = parser.find_results(o).map_err(SortError::Plain)?;
        if values.first().is_some_and(|v| !v.is_empty()) {
            found = true;
            break;
        }
    }
    if !found {
        return Err(not_found(&field));
    }
    // Upstream's Less parses the field afresh for every comparison.
    let keys = objs
        .iter()
        .map(|o| {
            let mut p = JsonPath::parse(&field).ok()?.allow_missing_keys(true);
            p.find_results(o).ok()?.into_iter().next()?.into_iter().next()
        })
        .collect();
    sort_by_keys(keys).map_err(|u| {
        SortError::Fatal(klog_fatal(now_unix_ms, 329, &format!("Field {} in *unstructured.Unstructured is an unsortable type: {}, err: {}", field, u.kind, u.err)))
    })
}

/// `NewTableSorter` and `Sort`: the order of a Table's rows, by their objects.
pub fn sort_table_rows(objs: &[Value], field: &str, now_unix_ms: i64) -> Result<Vec<usize>, SortError> {
    let mut parser = JsonPath::parse(field).map_err(|e| SortError::Plain(format!("sorting error: {}", e)))?.allow_missing_keys(true);
    let mut keys = Vec::new();
    for o in objs {
        let values = parser.find_results(o).map_err(SortError::Plain)?;
        keys.push(values.into_iter().next().and_then(|v| v.into_iter().next()));
    }
    if !objs.is_empty() && keys.iter().all(Option::is_none) {
        return Err(not_found(field));
    }
    sort_by_keys(keys).map_err(|u| {
        SortError::Fatal(klog_fatal(now_unix_ms, 354, &format!("Field {} in [][][]reflect.Value is an unsortable type: {}, err: {}", field, u.kind, u.err)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    struct Ints(Vec<i32>);
    impl SortData for Ints {
        fn less(&mut self, i: usize, j: usize) -> bool {
            self.0[i] < self.0[j]
        }
        fn swap(&mut self, i: usize, j: usize) {
            self.0.swap(i, j)
        }
    }

    #[test]
    fn go_sort_sorts() {
        for n in [0usize, 1, 2, 13, 49, 50, 51, 200, 1000] {
            let mut v = Ints((0..n).map(|i| ((i * 7919 + 13) % 101) as i32).collect());
            let mut want = v.0.clone();
            want.sort();
            go_sort(&mut v, n);
            assert_eq!(v.0, want, "n={}", n);
        }
    }

    #[test]
    fn quantities_compare_by_value() {
        assert!(quantity_nanos("250m").unwrap() < quantity_nanos("1").unwrap());
        assert_eq!(quantity_nanos("1Ki"), Some(1024 * 1_000_000_000));
        assert_eq!(quantity_nanos("1.5"), quantity_nanos("1500m"));
        assert_eq!(quantity_nanos("1e3"), quantity_nanos("1k"));
        assert_eq!(quantity_nanos("0.1n"), Some(1));
        assert_eq!(quantity_nanos("web-10"), None);
        assert_eq!(quantity_nanos("2025-01-02T10:00:05Z"), None);
        assert_eq!(quantity_nanos("10.244.1.10"), None);
        assert_eq!(quantity_nanos(""), None);
        assert_eq!(quantity_nanos("-"), Some(0));
        assert!(quantity_nanos("99999999999999999999999999999999999999999Ei").is_some());
    }

    #[test]
    fn sorting_values() {
        let vals = [json!("500m"), json!("2"), json!("250m")];
        let keys = vals.iter().map(|v| Some(Val::Json(v))).collect();
        assert_eq!(sort_by_keys(keys).unwrap(), vec![2, 0, 1]);
        let vals = [json!("web-2"), json!("web-10"), json!(null)];
        let mut keys: Vec<Option<Val>> = vals.iter().map(|v| Some(Val::Json(v))).collect();
        keys.push(None);
        assert_eq!(sort_by_keys(keys).unwrap(), vec![3, 2, 1, 0]);
        let vals = [json!({"a": 1}), json!({"b": 1})];
        let keys = vals.iter().map(|v| Some(Val::Json(v))).collect();
        assert_eq!(sort_by_keys(keys).unwrap_err(), Unsortable { kind: "interface".into(), err: "unsortable type: map[string]interface {}".into() });
    }
}
