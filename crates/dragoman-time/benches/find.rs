//! Throughput of `TimeFinder::find` on news-like text, in bytes per second
//! (criterion prints MB/s). Run with
//! `cargo bench -p dragoman-time --bench find`.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use dragoman_time::{Anchor, TimeFinder};

/// Paragraphs of invented reports, dense in dates like real diplomatic news.
const PARAGRAPHS: &[&str] = &[
    "Senior officials on Monday conveyed to the visiting adviser that they are interested in facilitating direct engagement between the two capitals, the correspondent reports.",
    "The move came just a few weeks after the Secretary of State offered his help with border efforts during a call with the prime minister.",
    "On September 27, the national security adviser hosted a meeting between the two envoys at the White House; a second round is expected to take place by the end of October.",
    "The foreign ministers met in New York on Sept. 19, 2022, and two days later the defence ministers held a call. Fighting had flared earlier this year.",
    "Shares of the shipping group fell 4.5 percent on Thursday after it reported a loss of 1,250 million euros for the quarter ending 30 June 2023.",
    "The parliament is to vote on the budget next week; the opposition said it will boycott the session, as it did in March and again in late 2021.",
    "Protesters gathered outside the ministry at 10:00 local time and stayed until late on Tuesday, witnesses said, in the largest rally since the 1990s.",
    "The summit will take place from 5 to 7 March in Vienna, the organisers said in a statement dated 06.12.2023, adding that the agenda had not been agreed.",
    "Negotiators said the talks, which ran between May 2 and May 4, produced no breakthrough, and that a new round could follow later this month.",
    "The company, which listed its shares last year, said revenue rose 12 percent in the year to March while costs were broadly flat.",
];

fn corpus(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 512);
    let mut k = 0;
    while text.len() < bytes {
        text.push_str(PARAGRAPHS[k % PARAGRAPHS.len()]);
        text.push(if k % 3 == 2 { '\n' } else { ' ' });
        k += 1;
    }
    text
}

fn bench_find(c: &mut Criterion) {
    let finder = TimeFinder::default();
    let mut group = c.benchmark_group("find");
    for (name, size) in [("article-4k", 4 * 1024), ("corpus-1m", 1024 * 1024)] {
        let text = corpus(size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("{name}/no-anchor"), |b| {
            b.iter(|| black_box(finder.find(black_box(&text), None)))
        });
        let anchor = Anchor::parse("2023-12-06");
        group.bench_function(format!("{name}/anchor"), |b| {
            b.iter(|| black_box(finder.find(black_box(&text), anchor)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_find);
criterion_main!(benches);
