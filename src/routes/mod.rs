//! One page per module.

pub mod apply;
pub mod emergency;
pub mod estimates;
pub mod home;
pub mod needs_check;
pub mod not_found;
