//! Writes many generated documents into a fresh store, in batches as
//! `dragoman ingest` does, and prints the writing thread's CPU time and the
//! clock time per thousand documents as the store grows: whether storing
//! stays cheap at scale, without the analysis stages.
//!
//! `cargo run --release -p dragoman-store --example bulk -- [DOCS] [BATCH]`

use dragoman_core::Doc;
use dragoman_store::{Prepared, Store};

fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(f64::NAN, |ns| ns / 1e9)
}

/// A body of 240 words drawn from a 5,000-word vocabulary (a simple
/// generator, so that no two bodies are near-duplicates).
fn body(seed: u64) -> String {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = String::with_capacity(2000);
    for i in 0..240 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        out.push_str(&format!("w{}", state % 5000));
        out.push(if i % 20 == 19 { '.' } else { ' ' });
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let n: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(20_000);
    let batch: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(64);
    let dir = tempfile::tempdir()?;
    let mut store = Store::open(&dir.path().join("bulk.db"))?;
    let step = (n / 10).max(1);
    let (mut cpu0, mut t0) = (cpu_secs(), std::time::Instant::now());
    let mut pending = Vec::with_capacity(batch);
    for i in 0..n {
        let doc = Doc::new(format!("doc-{i:08}"), "bulk", body(i));
        pending.push(Prepared::new(doc.to_record(), &format!("h{i}"))?);
        if pending.len() == batch {
            for o in store.put_batch(&pending)? {
                o?;
            }
            pending.clear();
        }
        if (i + 1) % step == 0 {
            let (cpu, t) = (cpu_secs(), std::time::Instant::now());
            println!(
                "{:>8} docs: {:.3} ms CPU, {:.3} ms clock per document (incl. preparing)",
                i + 1,
                (cpu - cpu0) * 1e3 / step as f64,
                (t - t0).as_secs_f64() * 1e3 / step as f64
            );
            (cpu0, t0) = (cpu, t);
        }
    }
    Ok(())
}
