//! The server over real HTTP: one test binary, each test with its own port, database and app files.

mod applications;
mod decided_by_server;
mod helpers;
mod staff;
mod static_files;
mod system;
mod words;
