//! An application's bytes as `POST /api/applications` receives them.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| husly_fuzz::check_application(data));
