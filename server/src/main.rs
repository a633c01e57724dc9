//! `husly-server`: reads its configuration, starts the portal, stops cleanly on SIGTERM or Ctrl-C.

use std::process::ExitCode;

use husly_server::{
    config::{Command, Config, StaffCommand},
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
    if let Some(Command::Staff(StaffCommand::Add {
        username,
        role,
        municipality,
    })) = &config.command
    {
        let mut password = String::new();
        std::io::stdin().read_line(&mut password)?;
        let password = password.trim_end_matches(['\r', '\n']);
        let storage =
            husly_server::storage::Storage::connect(&config.effective_database_url()).await?;
        husly_server::auth::create_account(&storage, username, password, role, municipality)
            .await?;
        storage.close().await;
        println!("created the staff account {username} ({role}, {municipality})");
        return Ok(());
    }
    let app = Application::build(&config).await?;
    // Tests and scripts read this line to find a port chosen by the OS (`--bind 127.0.0.1:0`).
    println!("husly-server listening on http://{}", app.local_addr());
    app.run_until_stopped().await
}
