//! The accept loop: HTTP/1.1 connections with a bound per client address and in total, a timeout
//! for a request's headers (which also closes an idle keep-alive connection), and a graceful
//! shutdown that gives requests in flight a deadline and then stops anyway.
//!
//! A connection over a bound is accepted and closed at once, so the listen queue keeps moving
//! and a client holding many sockets cannot starve the others (`/healthz` included). The total
//! stays below the process's open-file limit, with room for the database and the app's files.

use std::{
    collections::HashMap,
    net::{IpAddr, SocketAddr},
    sync::{Arc, Mutex},
    time::Duration,
};

use axum::{Router, extract::ConnectInfo, extract::Request};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    service::TowerToHyperService,
};
use tokio::{net::TcpListener, sync::watch, task::JoinSet};
use tower::ServiceExt;

/// Open files kept free for the database, the app's files and the logs.
const FILE_HEADROOM: u64 = 128;

/// How the listener bounds its connections and their time.
#[derive(Debug, Clone, Copy)]
pub struct Bounds {
    /// Connections open at once, all addresses together.
    pub total: usize,
    /// Connections open at once from one client address (0: no bound).
    pub per_address: usize,
    /// Time to send a request's headers, counted from the connection's first byte or from the
    /// end of its previous response (so it also closes idle connections).
    pub header_timeout: Duration,
    /// Time requests in flight get to finish after SIGTERM.
    pub shutdown_deadline: Duration,
}

/// Raises the soft limit on open files to the hard limit, and gives the total connections the
/// process can keep within it: `wanted`, or fewer if the limit is lower.
pub fn connections_within_file_limit(wanted: usize) -> usize {
    #[cfg(unix)]
    {
        use rustix::process::{Resource, getrlimit, setrlimit};
        let mut limit = getrlimit(Resource::Nofile);
        if limit.current < limit.maximum {
            limit.current = limit.maximum;
            if setrlimit(Resource::Nofile, limit).is_err() {
                limit = getrlimit(Resource::Nofile);
            }
        }
        if let Some(files) = limit.current {
            let room = usize::try_from(files.saturating_sub(FILE_HEADROOM)).unwrap_or(usize::MAX);
            return wanted.min(room.max(1));
        }
    }
    wanted
}

/// Who holds how many connections; a slot is given back when its guard is dropped.
#[derive(Debug, Default)]
struct Slots {
    total: usize,
    by_address: HashMap<IpAddr, usize>,
}

struct Slot {
    slots: Arc<Mutex<Slots>>,
    address: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        slots.total = slots.total.saturating_sub(1);
        if let Some(n) = slots.by_address.get_mut(&self.address) {
            *n -= 1;
            if *n == 0 {
                slots.by_address.remove(&self.address);
            }
        }
    }
}

/// A slot for `address`, or None when it or everyone together is at the bound.
fn take_slot(slots: &Arc<Mutex<Slots>>, address: IpAddr, bounds: &Bounds) -> Option<Slot> {
    let mut guard = slots.lock().unwrap_or_else(|e| e.into_inner());
    let held = guard.by_address.get(&address).copied().unwrap_or(0);
    if guard.total >= bounds.total || (bounds.per_address > 0 && held >= bounds.per_address) {
        return None;
    }
    guard.total += 1;
    *guard.by_address.entry(address).or_insert(0) += 1;
    Some(Slot {
        slots: slots.clone(),
        address,
    })
}

/// Serves `router` on `listener` until `shutdown` completes, then lets the connections finish
/// their requests for up to `bounds.shutdown_deadline` and closes whatever is left.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    bounds: Bounds,
    shutdown: impl std::future::Future<Output = ()>,
) {
    let slots = Arc::new(Mutex::new(Slots::default()));
    let (stop, stopping) = watch::channel(false);
    let mut connections = JoinSet::new();
    let mut refused: u64 = 0;
    tokio::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            () = &mut shutdown => break,
            accepted = listener.accept() => accepted,
            // Reap finished connections as they go, so the set does not grow.
            Some(_) = connections.join_next(), if !connections.is_empty() => continue,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(error) => {
                // Out of files or similar: wait a little rather than spin.
                tracing::warn!(%error, "cannot accept a connection");
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Some(slot) = take_slot(&slots, peer.ip(), &bounds) else {
            refused += 1;
            if refused.is_power_of_two() {
                tracing::warn!(refused, "connections refused over the bounds");
            }
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        connections.spawn(serve_connection(
            stream,
            peer,
            router.clone(),
            bounds.header_timeout,
            stopping.clone(),
            slot,
        ));
    }
    drop(listener);
    let _ = stop.send(true);
    let drained = tokio::time::timeout(bounds.shutdown_deadline, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
    if drained.is_err() {
        tracing::warn!(
            left = connections.len(),
            "connections still open at the shutdown deadline are closed"
        );
        connections.shutdown().await;
    }
}

async fn serve_connection(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    router: Router,
    header_timeout: Duration,
    mut stopping: watch::Receiver<bool>,
    _slot: Slot,
) {
    // The client's address reaches the handlers, for the rate limits.
    let service = router.map_request(move |mut request: Request<hyper::body::Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        request
    });
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let connection =
        builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
    tokio::pin!(connection);
    tokio::select! {
        _ = connection.as_mut() => return,
        () = async { drop(stopping.wait_for(|stop| *stop).await) } => {}
    }
    // Finish the request in flight (if any), then close.
    connection.as_mut().graceful_shutdown();
    let _ = connection.await;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bounds(total: usize, per_address: usize) -> Bounds {
        Bounds {
            total,
            per_address,
            header_timeout: Duration::from_secs(1),
            shutdown_deadline: Duration::from_secs(1),
        }
    }

    #[test]
    fn slots_are_bounded_per_address_and_in_total_and_given_back() {
        let slots = Arc::default();
        let a: IpAddr = "192.0.2.1".parse().expect("ip");
        let b: IpAddr = "192.0.2.2".parse().expect("ip");
        let c: IpAddr = "192.0.2.3".parse().expect("ip");
        let bounds = bounds(3, 2);
        let first = take_slot(&slots, a, &bounds).expect("a's first");
        let _second = take_slot(&slots, a, &bounds).expect("a's second");
        assert!(take_slot(&slots, a, &bounds).is_none(), "a is at its bound");
        let _b = take_slot(&slots, b, &bounds).expect("b is not");
        assert!(take_slot(&slots, c, &bounds).is_none(), "the total is full");
        drop(first);
        assert!(take_slot(&slots, c, &bounds).is_some(), "a slot came back");
    }

    #[test]
    fn no_per_address_bound_when_zero() {
        let slots = Arc::default();
        let a: IpAddr = "192.0.2.1".parse().expect("ip");
        let bounds = bounds(5, 0);
        let held: Vec<_> = (0..5)
            .map(|_| take_slot(&slots, a, &bounds).expect("slot"))
            .collect();
        assert_eq!(held.len(), 5);
        assert!(take_slot(&slots, a, &bounds).is_none());
    }

    #[test]
    fn the_connection_total_stays_below_the_file_limit() {
        assert!(connections_within_file_limit(usize::MAX) < usize::MAX);
        assert_eq!(connections_within_file_limit(10), 10);
    }
}
