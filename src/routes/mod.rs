//! One page per module.

pub mod estimates;
pub mod home;
pub mod needs_check;
pub mod not_found;
pub mod not_yet;
