//! The estimate's input: JSON, or a structured input built from the bytes (see `husly_fuzz`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| husly_fuzz::check_estimate_bytes(data));
