//! Prints the parse and the coded events of each line of stdin (for
//! developing trigger lines): `echo "Sentence." | cargo run --release -p
//! dragoman-events --example code` (`DRAGOMAN_PARSER=greedy` for the
//! greedy parser).

use std::io::BufRead;

use dragoman_events::{EventCoder, EventInput};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let kind = match std::env::var("DRAGOMAN_PARSER").as_deref() {
        Ok("greedy") => dragoman_nlp::ParserKind::Greedy,
        _ => dragoman_nlp::ParserKind::Beam,
    };
    let nlp = dragoman_nlp::Nlp::shared_with(kind)?;
    let finder = dragoman_actors::EntityFinder::default();
    let time = dragoman_time::TimeFinder::default();
    let coder = EventCoder::default();
    for line in std::io::stdin().lock().lines() {
        let text = line?;
        // As the pipeline does: names found by the actor stage are proper
        // nouns for the tagger.
        let entities = finder.find(&text);
        let names = dragoman_actors::name_spans(&entities);
        let a = nlp.analyze_with(&text, &names, |_, _| true);
        for (i, t) in a.tokens.iter().enumerate() {
            println!(
                "{i:>3} {:<16} {:<6} {:<5} {:<12} {:>3} {}",
                &text[t.span.start..t.span.end],
                t.upos.as_str(),
                t.xpos.as_str(),
                a.lemma(i),
                t.head.map(|h| h as i64).unwrap_or(-1),
                t.deprel.as_str()
            );
        }
        for e in &entities {
            println!("  {} {} {:?} {:?}", e.id, e.name, e.kind, e.country);
        }
        let timexes = time.find(&text, None);
        let coded = coder.code(&EventInput {
            text: &text,
            analysis: &a,
            entities: &entities,
            timexes: &timexes,
            quotes: &[],
        });
        for e in &coded.entities {
            println!("  + {} {} {:?} {:?}", e.id, e.name, e.kind, e.country);
        }
        for ev in &coded.events {
            println!(
                "=> {} {:?} {:?} -> {:?} {} neg={} date={:?} [{}]",
                ev.event_type,
                ev.mode,
                ev.actors,
                ev.recipients,
                ev.status,
                ev.negated,
                ev.date,
                ev.rule
            );
        }
    }
    Ok(())
}
