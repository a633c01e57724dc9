//! The server over real HTTP: one test binary, each test with its own port, database and app files.

mod applications;
mod helpers;
mod staff;
mod staff_scale;
mod static_files;
mod system;
mod words;
