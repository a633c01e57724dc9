//! The server over real HTTP: one test binary, each test with its own port, database and app files.

mod appeals;
mod applications;
mod decided_by_server;
mod decisions;
mod documents;
mod helpers;
mod instance_decisions;
mod interviews;
mod overview;
mod profiles;
mod replicas;
mod screening;
mod staff;
mod staff_scale;
mod static_files;
mod system;
mod words;

#[path = "../support/server_process.rs"]
mod server_process;
