//! Per-client limits on the requests that cost or could be abused: submissions and staff logins.
//! A client is its IP address as the connection shows it (put a trusted proxy's limits in front
//! of it when there is one). 0 per minute turns a limit off, for load tests.
//!
//! The counts are in this process's memory: N processes on one database allow an address N
//! times the limit. That is on purpose (ARCHITECTURE.md): behind a load balancer the limit per
//! client is the proxy's, and the lock-out of an account is in the database.

use std::{net::IpAddr, num::NonZeroU32, sync::Arc};

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// One limit: so many requests per minute from one address, all of them allowed at once.
#[derive(Clone)]
pub struct Limit(Option<Arc<DefaultKeyedRateLimiter<IpAddr>>>);

impl std::fmt::Debug for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "Limit(on)"
        } else {
            "Limit(off)"
        })
    }
}

impl Limit {
    pub fn per_minute(count: u32) -> Self {
        Self(NonZeroU32::new(count).map(|n| Arc::new(RateLimiter::keyed(Quota::per_minute(n)))))
    }

    /// Whether `client` may go ahead now; counts the request if so. Forgets quiet clients now and
    /// then, so the table does not grow with every address ever seen.
    pub fn allow(&self, client: IpAddr) -> bool {
        let Some(limiter) = &self.0 else { return true };
        if limiter.len() > 10_000 {
            limiter.retain_recent();
        }
        limiter.check_key(&client).is_ok()
    }
}

/// The limits the server applies.
#[derive(Debug, Clone)]
pub struct Limits {
    pub submissions: Limit,
    pub logins: Limit,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_over_its_limit_waits_and_others_do_not() {
        let limit = Limit::per_minute(3);
        let (a, b): (IpAddr, IpAddr) = (
            "10.0.0.1".parse().expect("ip"),
            "10.0.0.2".parse().expect("ip"),
        );
        assert!((0..3).all(|_| limit.allow(a)));
        assert!(!limit.allow(a));
        assert!(limit.allow(b));
        let off = Limit::per_minute(0);
        assert!((0..1000).all(|_| off.allow(a)));
    }
}
