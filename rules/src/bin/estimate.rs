//! `estimate`: one household as JSON on stdin, the full result with its explanation as JSON on
//! stdout. Errors go to stderr as JSON with a message id, and the exit code is not zero.
//!
//! ```sh
//! cargo run -q -p husly-rules --bin estimate < household.json
//! cargo run -q -p husly-rules --bin estimate -- --parameters   # every figure, with its sources
//! ```

use std::{
    io::{Read, Write},
    process::ExitCode,
};

use serde_json::json;

const USAGE: &str =
    "usage: estimate < household.json   (see rules/README.md)\n       estimate --parameters";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => run(),
        ["--parameters"] => out(&parameters().to_string()),
        ["--help" | "-h"] => out(USAGE),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> ExitCode {
    let mut text = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut text) {
        return fail(
            json!({ "error": "io", "message_id": "error-io", "detail": e.to_string() }),
            2,
        );
    }
    let input: rules::EstimateInput = match serde_json::from_str(&text) {
        Ok(input) => input,
        Err(e) => {
            return fail(
                json!({ "error": "invalid_json", "message_id": "error-invalid-input", "detail": e.to_string() }),
                2,
            );
        }
    };
    match rules::estimate(&input) {
        Ok(result) => match serde_json::to_string_pretty(&result) {
            Ok(text) => out(&text),
            Err(e) => fail(
                json!({ "error": "output", "message_id": "error-io", "detail": e.to_string() }),
                1,
            ),
        },
        Err(error) => {
            let mut body = serde_json::to_value(&error).unwrap_or_else(|_| json!({}));
            body["message_id"] = json!(error.message_id());
            body["field"] = json!(error.field());
            body["detail"] = json!(error.to_string());
            fail(body, 1)
        }
    }
}

/// Writes to stdout; a reader that went away (`estimate | head`) ends the program quietly.
fn out(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}

fn fail(body: serde_json::Value, code: u8) -> ExitCode {
    eprintln!("{body}");
    ExitCode::from(code)
}

fn parameters() -> serde_json::Value {
    let nodes: Vec<serde_json::Value> = rules::parameters::ALL
        .iter()
        .map(|node| {
            json!({
                "id": node.meta.id,
                "description": node.meta.description,
                "unit": node.meta.unit,
                "reference": node.meta.reference,
                "href": node.meta.href,
                "editions": node.editions.iter().map(|e| json!({
                    "from": e.from,
                    "status": e.status,
                    "source": e.source,
                    "note": e.note,
                    "values": e.values.iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "parameters_valid_from": rules::parameters_valid_from(), "parameters": nodes })
}
