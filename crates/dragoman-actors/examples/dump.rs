use dragoman_actors::Gazetteer;
fn main() {
    let g = Gazetteer::builtin();
    eprintln!("{:?}", g.stats());
    for r in g.redefinitions() { eprintln!("REDEF {r}"); }
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for m in g.find(&text) {
        println!("{:?}\t{:?}\t{}\t{}\t{}\t{}{}{}", &text[m.span.start..m.span.end], m.kind, m.country.as_deref().unwrap_or("-"), m.sector.as_deref().unwrap_or("-"), m.canonical, if m.ambiguous {"AMB "} else {""}, if m.possessive {"POSS "} else {""}, if m.article.is_some() {"THE"} else {""});
    }
}
