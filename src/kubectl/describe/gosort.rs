//! Go's `sort.Sort` / `sort.Slice` (pattern-defeating quicksort, Go 1.19+), so that elements the
//! comparison calls equal (events with the same timestamp, tolerations with the same key) end up
//! in the same order as in kubectl. It is not stable for more than 12 elements; neither is Go's.
//! The algorithm is `sorter::go_sort`, shared with `get --sort-by`; this adapts a slice to it.

use crate::kubectl::sorter::{go_sort, SortData};

struct Slice<'a, T> {
    v: &'a mut [T],
    less: &'a dyn Fn(&T, &T) -> bool,
}

impl<T> SortData for Slice<'_, T> {
    fn less(&mut self, i: usize, j: usize) -> bool {
        (self.less)(&self.v[i], &self.v[j])
    }
    fn swap(&mut self, i: usize, j: usize) {
        self.v.swap(i, j);
    }
}

/// Sorts `v` exactly as Go's `sort.Sort` would with this `less`.
pub fn sort<T>(v: &mut [T], less: impl Fn(&T, &T) -> bool) {
    let n = v.len();
    go_sort(&mut Slice { v, less: &less }, n);
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
