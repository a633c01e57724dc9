//! `husly-server`: reads its configuration, starts the portal, stops cleanly on SIGTERM or Ctrl-C;
//! or runs one of the operator's commands (staff accounts, backup, key rotation).

use std::process::ExitCode;

use husly_server::{
    config::{Command, Config, KeysCommand, ProfilesCommand, StaffCommand},
    data_guard, ops, profiles,
    startup::Application,
    telemetry,
};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_args_and_env() {
        Ok(config) => config,
        Err(exit) => return exit.print_and_code(),
    };
    telemetry::init();
    // Every file the server makes (database, key, backups) is its owner's only.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    if let Some(Command::Profiles(ProfilesCommand::Check)) = &config.command {
        return check_profiles(&config);
    }
    match run(config).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line, the whole cause chain, no backtrace: configuration mistakes end here.
            eprintln!("husly-server: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(config: Config) -> anyhow::Result<()> {
    match &config.command {
        Some(Command::Staff(StaffCommand::Add {
            username,
            role,
            municipality,
        })) => {
            let password = first_line_of_stdin()?;
            data_guard::prepare_data_dir(&config)?;
            let storage =
                husly_server::storage::Storage::connect(&config.effective_database_url()).await?;
            husly_server::auth::create_account(&storage, username, &password, role, municipality)
                .await?;
            storage.close().await;
            println!("created the staff account {username} ({role}, {municipality})");
            Ok(())
        }
        Some(Command::Profiles(ProfilesCommand::Check)) => Ok(()),
        Some(Command::Backup { to }) => {
            println!("{}", ops::backup(&config, to).await?);
            Ok(())
        }
        Some(Command::Keys(KeysCommand::Rotate)) => {
            let key = first_line_of_stdin()?;
            println!("{}", ops::rotate(&config, &key).await?);
            Ok(())
        }
        None => {
            let app = Application::build(&config).await?;
            // Tests and scripts read this line to find a port chosen by the OS (`--bind
            // 127.0.0.1:0`).
            println!("husly-server listening on http://{}", app.local_addr());
            app.run_until_stopped().await
        }
    }
}

/// `profiles check`: every file's faults or "ok", a line each; 1 if there is any fault.
fn check_profiles(config: &Config) -> ExitCode {
    match profiles::check_dir(&config.profiles_dir) {
        Ok(report) => {
            for line in report.lines() {
                println!("{line}");
            }
            if report.faults().next().is_some() {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(error) => {
            eprintln!("husly-server: error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// The first line of standard input (a password or a key: never an argument, so it never shows
/// in the process list or the shell's history).
fn first_line_of_stdin() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\r', '\n']).to_string())
}
