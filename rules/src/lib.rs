//! Husly's benefit rules: the needs check, bostøtte, startlån and tax.
//!
//! Pure: no I/O, no UI, no clock (the date is always an input). It compiles to native code for
//! the server and the `estimate` tool, and to WebAssembly for the app, so estimates work offline
//! and nothing personal leaves the phone before the user submits.

/// The date the bundled parameter set is valid from: Husbanken's bostøtte cost caps of
/// 1 June 2026 (see shared/domain/rules-reference.md § 1). Once the dated parameter files exist,
/// this becomes the newest valid-from date found in them.
pub const PARAMETERS_VALID_FROM: &str = "2026-06-01";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_date_is_an_iso_date() {
        let parts: Vec<&str> = PARAMETERS_VALID_FROM.split('-').collect();
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())));
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            vec![4, 2, 2]
        );
    }
}
