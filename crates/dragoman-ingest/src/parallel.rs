//! Running the pipeline on several cores while keeping the input order.
//!
//! [`ordered_map`] hands the items of an iterator to `jobs` worker threads
//! and passes each result to a sink on the calling thread, in input order.
//! The queues are bounded, so memory stays flat however long the stream
//! is: at most a few items per worker are in flight. With one job it runs
//! on the calling thread alone. Because the sink sees the same sequence
//! whatever the number of jobs, a store written by it ends up the same.

use std::collections::BTreeMap;
use std::sync::mpsc::{sync_channel, Receiver, TrySendError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;

/// The number of worker threads to use when the user does not say: the
/// machine's available parallelism.
pub fn default_jobs() -> usize {
    thread::available_parallelism().map_or(1, |n| n.get())
}

/// Applies `work` to every item on `jobs` threads and gives the results to
/// `sink` in the order of `items`. Stops early when `sink` returns an
/// error, and returns it.
pub fn ordered_map<T, R, E, I, W, S>(items: I, jobs: usize, work: W, mut sink: S) -> Result<(), E>
where
    I: Iterator<Item = T>,
    T: Send,
    R: Send,
    W: Fn(T) -> R + Sync,
    S: FnMut(R) -> Result<(), E>,
{
    if jobs <= 1 {
        for item in items {
            sink(work(item))?;
        }
        return Ok(());
    }
    let depth = jobs * 4;
    thread::scope(|scope| {
        let (task_tx, task_rx) = sync_channel::<(u64, T)>(depth);
        let (done_tx, done_rx) = sync_channel::<(u64, R)>(depth);
        // The workers own the task queue's receiving end: when the last of
        // them stops, a send to it fails.
        let task_rx = Arc::new(Mutex::new(task_rx));
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let task_rx = Arc::clone(&task_rx);
            let work = &work;
            scope.spawn(move || {
                while let Some((seq, item)) = next_task(&task_rx) {
                    if done_tx.send((seq, work(item))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);
        drop(task_rx);
        let mut next = 0u64;
        let mut waiting: BTreeMap<u64, R> = BTreeMap::new();
        let mut outcome = Ok(());
        // Results go to the sink in order; out-of-order ones wait.
        let mut take = |seq: u64, r: R, outcome: &mut Result<(), E>| {
            waiting.insert(seq, r);
            while let Some(r) = waiting.remove(&next) {
                next += 1;
                if outcome.is_ok() {
                    *outcome = sink(r);
                }
            }
        };
        // This thread reads the items (the iterator need not be `Send`)
        // and, whenever the task queue is full, takes a result: a full
        // queue means work is in flight, so a result will come.
        'feed: for (seq, item) in (0u64..).zip(items) {
            let mut pending = (seq, item);
            loop {
                match task_tx.try_send(pending) {
                    Ok(()) => break,
                    Err(TrySendError::Full(back)) => {
                        pending = back;
                        match done_rx.recv() {
                            Ok((k, r)) => take(k, r, &mut outcome),
                            Err(_) => break 'feed,
                        }
                        if outcome.is_err() {
                            break 'feed;
                        }
                    }
                    Err(TrySendError::Disconnected(_)) => break 'feed,
                }
            }
            while let Ok((k, r)) = done_rx.try_recv() {
                take(k, r, &mut outcome);
            }
            if outcome.is_err() {
                break;
            }
        }
        drop(task_tx);
        if outcome.is_ok() {
            for (k, r) in done_rx.iter() {
                take(k, r, &mut outcome);
                if outcome.is_err() {
                    break;
                }
            }
        }
        // Dropping the receiver stops workers still busy (their next send
        // fails) after an error.
        drop(done_rx);
        outcome
    })
}

fn next_task<T>(rx: &Mutex<Receiver<(u64, T)>>) -> Option<(u64, T)> {
    rx.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .recv()
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_input_order_on_many_threads() {
        for jobs in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            let r: Result<(), ()> = ordered_map(
                0..500u64,
                jobs,
                |x| {
                    // Uneven work, so that results finish out of order.
                    let spin = (x * 7919) % 2000;
                    std::hint::black_box(
                        (0..spin).fold(x, |a, b| a.wrapping_mul(31).wrapping_add(b)),
                    );
                    x * 2
                },
                |y| {
                    seen.push(y);
                    Ok(())
                },
            );
            assert!(r.is_ok());
            assert_eq!(
                seen,
                (0..500u64).map(|x| x * 2).collect::<Vec<_>>(),
                "jobs={jobs}"
            );
        }
    }

    #[test]
    fn a_sink_error_stops_the_run_and_is_returned() {
        let mut count = 0;
        let r = ordered_map(
            0..10_000u32,
            2,
            |x| x,
            |x| {
                count += 1;
                if x == 50 {
                    Err("stop")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(r, Err("stop"));
        assert_eq!(count, 51);
    }
}
