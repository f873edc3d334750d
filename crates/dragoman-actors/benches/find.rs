//! Throughput of `Gazetteer::find` on news-like text (written for this
//! benchmark), reported in bytes per second.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use dragoman_actors::Gazetteer;

const NEWS: &str = "\
WASHINGTON, DC — Senior U.S. officials on Monday met Azerbaijan's presidential \
foreign policy adviser in Washington, the State Department's spokesperson said. \
Secretary of State Antony Blinken told reporters that the United States \
welcomed direct talks between Baku and Yerevan and urged Azerbaijani troops \
and Armenian forces to pull back from the border. The Kremlin said Russian \
peacekeepers would stay in Nagorno-Karabakh until 2025, while the European \
Union's monitoring mission, EUMA, reported no shooting overnight.\n\
Turkey's Foreign Ministry and the Iranian Foreign Minister also called for \
restraint. Protesters gathered outside the parliament in Tbilisi, where \
opposition lawmakers accused the ruling Georgian Dream party of stalling \
reforms; police detained several activists, according to Reuters and the \
Associated Press. The Washington Post, citing two diplomats, reported that \
NATO Secretary-General and the OSCE Chairperson-in-Office spoke by phone.\n\
In Kyiv, President Volodymyr Zelensky said Ukrainian forces repelled an attack \
near Bakhmut; the Pentagon announced a new package of military aid, and \
Downing Street said the U.K. would send more air defence systems. Rebels in \
eastern Congo seized a town, the UN Security Council heard, as UNHCR warned \
of displaced civilians. Xinhua quoted China's foreign ministry spokesperson \
as saying Beijing opposed unilateral sanctions. Israeli officials and Hamas \
negotiators met mediators from Qatar and Egypt in Doha, Al Jazeera reported.\n\
The Armenian Prime Minister told the National Assembly that the peace treaty \
was 80 percent agreed, while Azerbaijan’s President said border delimitation \
commissions would meet in Gabala. Analysts said the deal could reopen trade \
routes through Nakhchivan and Türkiye to Central Asia and the Middle East.\n";

fn bench_find(c: &mut Criterion) {
    let gazetteer = Gazetteer::builtin();
    let text = NEWS.repeat(4);
    let matches = gazetteer.find(&text).len();
    assert!(
        matches > 100,
        "the benchmark text should be dense: {matches}"
    );
    let mut group = c.benchmark_group("gazetteer");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("find news text", |b| {
        b.iter(|| gazetteer.find(black_box(&text)))
    });
    group.finish();
    c.bench_function("builtin (cached)", |b| b.iter(Gazetteer::builtin));
    c.bench_function("try_builtin (parse and build)", |b| {
        b.iter(Gazetteer::try_builtin)
    });
}

criterion_group!(benches, bench_find);
criterion_main!(benches);
