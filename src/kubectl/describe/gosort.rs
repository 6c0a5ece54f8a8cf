//! Go's `sort.Sort` / `sort.Slice` (pattern-defeating quicksort, Go 1.19+), so that elements the
//! comparison calls equal (events with the same timestamp, tolerations with the same key) end up
//! in the same order as in kubectl. It is not stable for more than 12 elements; neither is Go's.

const MAX_INSERTION: usize = 12;

#[derive(PartialEq, Eq, Clone, Copy)]
enum Hint {
    Unknown,
    Increasing,
    Decreasing,
}

/// Sorts `v` exactly as Go's `sort.Sort` would with this `less`.
pub fn sort<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    let limit = bits_len(n);
    let s = Sorter { less: &less };
    s.pdqsort(v, 0, n, limit);
}

fn bits_len(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()) as usize
}

struct Sorter<'a, T> {
    less: &'a dyn Fn(&T, &T) -> bool,
}

impl<T> Sorter<'_, T> {
    fn lt(&self, v: &[T], i: usize, j: usize) -> bool {
        (self.less)(&v[i], &v[j])
    }

    fn insertion_sort(&self, v: &mut [T], a: usize, b: usize) {
        for i in a + 1..b {
            let mut j = i;
            while j > a && self.lt(v, j, j - 1) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
    }

    fn sift_down(&self, v: &mut [T], lo: usize, hi: usize, first: usize) {
        let mut root = lo;
        loop {
            let mut child = 2 * root + 1;
            if child >= hi {
                return;
            }
            if child + 1 < hi && self.lt(v, first + child, first + child + 1) {
                child += 1;
            }
            if !self.lt(v, first + root, first + child) {
                return;
            }
            v.swap(first + root, first + child);
            root = child;
        }
    }

    fn heap_sort(&self, v: &mut [T], a: usize, b: usize) {
        let first = a;
        let hi = b - a;
        let mut i = (hi as isize - 1) / 2;
        while i >= 0 {
            self.sift_down(v, i as usize, hi, first);
            i -= 1;
        }
        let mut i = hi as isize - 1;
        while i >= 0 {
            v.swap(first, first + i as usize);
            self.sift_down(v, 0, i as usize, first);
            i -= 1;
        }
    }

    fn pdqsort(&self, v: &mut [T], mut a: usize, mut b: usize, mut limit: usize) {
        let mut was_balanced = true;
        let mut was_partitioned = true;
        loop {
            let length = b - a;
            if length <= MAX_INSERTION {
                self.insertion_sort(v, a, b);
                return;
            }
            if limit == 0 {
                self.heap_sort(v, a, b);
                return;
            }
            if !was_balanced {
                self.break_patterns(v, a, b);
                limit -= 1;
            }
            let (mut pivot, mut hint) = self.choose_pivot(v, a, b);
            if hint == Hint::Decreasing {
                self.reverse_range(v, a, b);
                pivot = (b - 1) - (pivot - a);
                hint = Hint::Increasing;
            }
            if was_balanced && was_partitioned && hint == Hint::Increasing && self.partial_insertion_sort(v, a, b) {
                return;
            }
            if a > 0 && !self.lt(v, a - 1, pivot) {
                a = self.partition_equal(v, a, b, pivot);
                continue;
            }
            let (mid, already) = self.partition(v, a, b, pivot);
            was_partitioned = already;
            let (left, right) = (mid - a, b - mid);
            let threshold = length / 8;
            if left < right {
                was_balanced = left >= threshold;
                self.pdqsort(v, a, mid, limit);
                a = mid + 1;
            } else {
                was_balanced = right >= threshold;
                self.pdqsort(v, mid + 1, b, limit);
                b = mid;
            }
        }
    }

    fn partition(&self, v: &mut [T], a: usize, b: usize, pivot: usize) -> (usize, bool) {
        v.swap(a, pivot);
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        while i <= j && self.lt(v, i as usize, a) {
            i += 1;
        }
        while i <= j && !self.lt(v, j as usize, a) {
            j -= 1;
        }
        if i > j {
            v.swap(j as usize, a);
            return (j as usize, true);
        }
        v.swap(i as usize, j as usize);
        i += 1;
        j -= 1;
        loop {
            while i <= j && self.lt(v, i as usize, a) {
                i += 1;
            }
            while i <= j && !self.lt(v, j as usize, a) {
                j -= 1;
            }
            if i > j {
                break;
            }
            v.swap(i as usize, j as usize);
            i += 1;
            j -= 1;
        }
        v.swap(j as usize, a);
        (j as usize, false)
    }

    fn partition_equal(&self, v: &mut [T], a: usize, b: usize, pivot: usize) -> usize {
        v.swap(a, pivot);
        let (mut i, mut j) = (a as isize + 1, b as isize - 1);
        loop {
            while i <= j && !self.lt(v, a, i as usize) {
                i += 1;
            }
            while i <= j && self.lt(v, a, j as usize) {
                j -= 1;
            }
            if i > j {
                break;
            }
            v.swap(i as usize, j as usize);
            i += 1;
            j -= 1;
        }
        i as usize
    }

    fn partial_insertion_sort(&self, v: &mut [T], a: usize, b: usize) -> bool {
        const MAX_STEPS: usize = 5;
        const SHORTEST_SHIFTING: usize = 50;
        let mut i = a + 1;
        for _ in 0..MAX_STEPS {
            while i < b && !self.lt(v, i, i - 1) {
                i += 1;
            }
            if i == b {
                return true;
            }
            if b - a < SHORTEST_SHIFTING {
                return false;
            }
            v.swap(i, i - 1);
            if i - a >= 2 {
                let mut j = i - 1;
                while j >= 1 {
                    if !self.lt(v, j, j - 1) {
                        break;
                    }
                    v.swap(j, j - 1);
                    j -= 1;
                }
            }
            if b - i >= 2 {
                let mut j = i + 1;
                while j < b {
                    if !self.lt(v, j, j - 1) {
                        break;
                    }
                    v.swap(j, j - 1);
                    j += 1;
                }
            }
        }
        false
    }

    fn break_patterns(&self, v: &mut [T], a: usize, b: usize) {
        let length = b - a;
        if length >= 8 {
            let mut random = length as u64;
            let modulus = 1usize << bits_len(length);
            let idx = a + (length / 4) * 2 - 1;
            for i in 0..3 {
                random ^= random << 13;
                random ^= random >> 17;
                random ^= random << 5;
                let mut other = (random as usize) & (modulus - 1);
                if other >= length {
                    other -= length;
                }
                v.swap(idx - 1 + i, a + other);
            }
        }
    }

    fn choose_pivot(&self, v: &mut [T], a: usize, b: usize) -> (usize, Hint) {
        const SHORTEST_NINTHER: usize = 50;
        const MAX_SWAPS: usize = 4 * 3;
        let l = b - a;
        let mut swaps = 0;
        let mut i = a + l / 4;
        let mut j = a + l / 4 * 2;
        let mut k = a + l / 4 * 3;
        if l >= 8 {
            if l >= SHORTEST_NINTHER {
                i = self.median(v, i - 1, i, i + 1, &mut swaps);
                j = self.median(v, j - 1, j, j + 1, &mut swaps);
                k = self.median(v, k - 1, k, k + 1, &mut swaps);
            }
            j = self.median(v, i, j, k, &mut swaps);
        }
        match swaps {
            0 => (j, Hint::Increasing),
            MAX_SWAPS => (j, Hint::Decreasing),
            _ => (j, Hint::Unknown),
        }
    }

    fn order2(&self, v: &[T], a: usize, b: usize, swaps: &mut usize) -> (usize, usize) {
        if self.lt(v, b, a) {
            *swaps += 1;
            return (b, a);
        }
        (a, b)
    }

    fn median(&self, v: &[T], a: usize, b: usize, c: usize, swaps: &mut usize) -> usize {
        let (a, b) = self.order2(v, a, b, swaps);
        let (b, c) = self.order2(v, b, c, swaps);
        let _ = c;
        let (_a, b) = self.order2(v, a, b, swaps);
        b
    }

    fn reverse_range(&self, v: &mut [T], a: usize, b: usize) {
        let (mut i, mut j) = (a, b - 1);
        while i < j {
            v.swap(i, j);
            i += 1;
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_small_inputs_stable() {
        let mut v: Vec<(u32, u32)> = (0..12).map(|i| (i % 3, i)).collect();
        sort(&mut v, |a, b| a.0 < b.0);
        assert_eq!(v.iter().map(|x| x.1).collect::<Vec<_>>(), vec![0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11]);
        for n in [13usize, 50, 200, 1000] {
            let mut v: Vec<u64> = (0..n as u64).map(|i| (i * 7919) % 101).collect();
            sort(&mut v, |a, b| a < b);
            assert!(v.windows(2).all(|w| w[0] <= w[1]), "n={}", n);
            let mut d: Vec<u64> = (0..n as u64).rev().collect();
            sort(&mut d, |a, b| a < b);
            assert!(d.windows(2).all(|w| w[0] <= w[1]), "n={}", n);
        }
    }
}
