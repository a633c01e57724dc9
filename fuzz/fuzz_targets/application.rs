//! An application: the bytes `POST /api/applications` receives, or a structured one made from
//! them (see `husly_fuzz`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| husly_fuzz::check_application_bytes(data));
