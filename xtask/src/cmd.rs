//! Running commands: print what runs, fail with its name when it fails.

use std::process::{Command, Stdio};

use anyhow::{Context, bail};

/// `cargo`, the same one that runs this xtask, in the workspace root.
pub fn cargo() -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command.current_dir(crate::root());
    command
}

/// A heading for the next step, so a long log is easy to scan.
pub fn step(what: &str) {
    eprintln!("\n==> {what}");
}

/// Runs `command` to completion with its output shown; an error if it fails.
pub fn run(command: &mut Command) -> anyhow::Result<()> {
    let status = command
        .status()
        .with_context(|| format!("cannot start {}", describe(command)))?;
    if !status.success() {
        bail!("{} failed ({status})", describe(command));
    }
    Ok(())
}

/// Runs `command` quietly and returns its standard output, or None when it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Replaces this process with `command` (so Ctrl-C and SIGTERM reach it directly).
pub fn exec(command: &mut Command) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        let error = command.exec();
        Err(error).with_context(|| format!("cannot start {}", describe(command)))
    }
    #[cfg(not(unix))]
    run(command)
}

pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}
