//! The committed seeds and the structured generator, run without libFuzzer (`cargo test` here):
//! the seeds must still reach past the parser, or the fuzzing starts nowhere.

use std::{fs, path::Path};

use husly_fuzz::{check_application, check_estimate_bytes, generate};
use rules::{EstimateInput, application::Application};

fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(target);
    let mut seeds: Vec<_> = fs::read_dir(&dir)
        .expect("the seed directory")
        .map(|entry| {
            let path = entry.expect("an entry").path();
            let name = path.display().to_string();
            (name, fs::read(&path).expect("a seed"))
        })
        .collect();
    seeds.sort();
    seeds
}

#[test]
fn application_seeds_run_and_most_parse_and_the_base_one_is_valid() {
    let seeds = seeds("application");
    assert!(seeds.len() >= 20, "{} seeds", seeds.len());
    let mut parsed = 0;
    for (name, bytes) in &seeds {
        check_application(bytes);
        if let Ok(application) = serde_json::from_slice::<Application>(bytes) {
            parsed += 1;
            if name.ends_with("/base.json") {
                assert_eq!(application.validate(), Ok(()), "{name}");
            }
        }
    }
    assert!(
        parsed * 10 >= seeds.len() * 8,
        "{parsed} of {}",
        seeds.len()
    );
}

#[test]
fn estimate_seeds_run_and_parse() {
    let seeds = seeds("estimate");
    assert!(seeds.len() >= 20, "{} seeds", seeds.len());
    for (name, bytes) in &seeds {
        check_estimate_bytes(bytes);
        serde_json::from_slice::<EstimateInput>(bytes).expect(name);
    }
}

/// A fixed stream of bytes (xorshift), so the test is the same on every run.
fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x.to_le_bytes()[0]
        })
        .collect()
}

#[test]
fn generated_inputs_mostly_parse_and_some_reach_a_result() {
    let (mut parsed, mut estimated) = (0, 0);
    for seed in 0..2_000 {
        let data = bytes(seed, 512);
        let mut u = arbitrary::Unstructured::new(&data);
        let value = generate::estimate_input(&mut u).expect("enough bytes");
        if let Ok(input) = serde_json::from_value::<EstimateInput>(value) {
            parsed += 1;
            estimated += usize::from(rules::estimate(&input).is_ok());
        }
        check_estimate_bytes(&data);
    }
    // Junk and edges are meant to be rare: most inputs must parse and pass the checks, or the
    // fuzzer tests only the parser and the validation (1 700 and 1 072 when written).
    assert!(parsed >= 1_500, "{parsed} of 2000 parsed");
    assert!(estimated >= 800, "{estimated} of 2000 estimated");
}

#[test]
fn generated_applications_mostly_parse_and_some_are_valid_and_estimated() {
    let (mut parsed, mut valid) = (0, 0);
    for seed in 0..2_000 {
        let data = bytes(seed + 1_000_000, 1_024);
        let mut u = arbitrary::Unstructured::new(&data);
        let value = husly_fuzz::application_input::application(&mut u).expect("enough bytes");
        if let Ok(application) = serde_json::from_value::<Application>(value) {
            parsed += 1;
            let estimated = application.summarize(husly_fuzz::CHECK_DATE).is_ok();
            valid += usize::from(application.validate().is_ok() && estimated);
        }
        husly_fuzz::check_application_bytes(&data);
    }
    // 1 746 and 492 when written: the rest meet the parser's and the checks' refusals.
    assert!(parsed >= 1_500, "{parsed} of 2000 parsed");
    assert!(valid >= 400, "{valid} of 2000 valid and estimated");
}
