//! Small counts hidden, so no person can be recognised from a figure.

use super::{Count, SMALLEST_SHOWN, Series};

/// `part` of `whole` in whole per cent, given only when neither `part` nor the rest of `whole`
/// is a suppressed count (else the share would tell it).
pub(super) fn share(part: u32, whole: u32) -> Option<u32> {
    let shown = count(part).is_some() && count(whole - part).is_some() && whole > 0;
    shown.then(|| (part * 100 + whole / 2) / whole)
}

/// A count as shown: `None` from 1 to `SMALLEST_SHOWN` − 1.
pub fn count(n: u32) -> Count {
    (n == 0 || n >= SMALLEST_SHOWN).then_some(n)
}

pub(super) fn shown(counts: &[u32]) -> Vec<Count> {
    counts.iter().map(|n| count(*n)).collect()
}

/// Counts that add up to a known whole: each small one suppressed, and when only one is, the
/// smallest other non-zero one with it, so the small one cannot be had by subtraction.
pub fn suppress_together(counts: &[u32]) -> Vec<Count> {
    let mut shown = shown(counts);
    if shown.iter().filter(|c| c.is_none()).count() == 1 {
        let second = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| **n > 0 && shown[*i].is_some())
            .min_by_key(|(_, n)| **n)
            .map(|(i, _)| i);
        if let Some(i) = second {
            shown[i] = None;
        }
    }
    shown
}

/// Series whose counts add up, month by month, to the month's applications: each month's
/// column suppressed together, and the period's totals too.
pub(super) fn partition<K: Copy>(
    keys: &[K],
    months: usize,
    counts: impl Fn(&K) -> Vec<u32>,
) -> Vec<Series<K>> {
    let raw: Vec<Vec<u32>> = keys.iter().map(&counts).collect();
    let mut series: Vec<Series<K>> = keys
        .iter()
        .map(|&key| Series {
            key,
            counts: Vec::with_capacity(months),
            total: None,
        })
        .collect();
    let totals: Vec<u32> = raw.iter().map(|r| r.iter().sum()).collect();
    for (s, total) in series.iter_mut().zip(suppress_together(&totals)) {
        s.total = total;
    }
    for m in 0..months {
        let column: Vec<u32> = raw.iter().map(|r| r[m]).collect();
        for (s, c) in series.iter_mut().zip(suppress_together(&column)) {
            s.counts.push(c);
        }
    }
    series
}

/// The `p`th percentile by nearest rank, or `None` over fewer than `SMALLEST_SHOWN` values.
pub fn percentile(values: &[u32], p: usize) -> Option<u32> {
    if values.len() < SMALLEST_SHOWN as usize {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted.get(rank - 1).copied()
}
