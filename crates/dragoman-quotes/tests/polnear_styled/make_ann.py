#!/usr/bin/env python3
"""Generate the brat .ann files of the polnear_styled corpus from the
hand-written SPECS below. Offsets are always computed from the text files,
never typed by hand.

Run from anywhere:  python3 make_ann.py            (writes ann/NAME_ann1.ann)
                    python3 make_ann.py --review   (also prints every relation
                                                    with its distances)
                    python3 make_ann.py --check [DIR]
                        (reads the .ann files back with score.py's parse_ann,
                         prints counts; with DIR, writes DIR/empty.jsonl and
                         DIR/perfect.jsonl for a sanity run of the scorer)

Spec format: SPECS[name] is a list of relations
    (source, cue, content)            or   (source, cue, content, options)

content  - a string that must occur exactly once in the text; or
           "PREFIX ~~ SUFFIX": from the (unique) PREFIX to the end of the first
           SUFFIX after it; or "context with {target} in braces": the unique
           context is searched and the braced part is the span; or a list of
           such strings for a discontinuous content (a quote split by its cue,
           a quote running over several paragraphs).
source,  - a string searched (on word boundaries) near the content: the
cue        occurrence nearest to the content (outside it) is taken, same
           paragraph preferred; a tie is an error. Braces select the target in
           a longer context ("{he} told reporters"); a leading "<" or ">"
           restricts the search to before / after the content. source None =
           no Source (the text names none).
options  - {"roles": True}: write a discontinuous content as Content +
           Content2 + ... (separate T lines) instead of one T with
           ";"-separated segments.
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_DIR, ANN_DIR = HERE / "text", HERE / "ann"
SEP = " ~~ "
SPECS = {}


class SpecError(Exception):
    pass


def bounded(text, needle):
    """Start offsets of needle in text on word boundaries."""
    pat = re.escape(needle)
    if re.match(r"\w", needle):
        pat = r"(?<!\w)" + pat
    if re.search(r"\w$", needle):
        pat = pat + r"(?!\w)"
    return [m.start() for m in re.finditer(pat, text)]


def parse_target(spec):
    """(context, offset of target in context, target length)."""
    if "{" in spec:
        pre, rest = spec.split("{", 1)
        target, post = rest.split("}", 1)
        return pre + target + post, len(pre), len(target)
    return spec, 0, len(spec)


def find_unique(text, spec, name):
    if SEP in spec:
        prefix, suffix = spec.split(SEP)
        starts = bounded(text, prefix) or [i for i in range(len(text)) if text.startswith(prefix, i)]
        if len(starts) != 1:
            raise SpecError(f"{name}: prefix {prefix!r} found {len(starts)} times")
        end = text.find(suffix, starts[0] + len(prefix))
        if end < 0:
            raise SpecError(f"{name}: suffix {suffix!r} not found after {prefix!r}")
        seg = (starts[0], end + len(suffix))
    else:
        context, off, length = parse_target(spec)
        hits = [i for i in range(len(text)) if text.startswith(context, i)]
        if len(hits) != 1:
            raise SpecError(f"{name}: content {context!r} found {len(hits)} times")
        seg = (hits[0] + off, hits[0] + off + length)
    if "\n" in text[seg[0]:seg[1]]:
        raise SpecError(f"{name}: span {spec!r} crosses a line break; split it into segments")
    return seg


def paragraph_of(text, pos):
    return text.count("\n\n", 0, pos)


def find_near(text, spec, segments, name, what):
    direction = None
    if spec[:1] in "<>":
        direction, spec = spec[0], spec[1:]
    context, off, length = parse_target(spec)
    paras = {paragraph_of(text, a) for a, b in segments}
    lo, hi = min(a for a, b in segments), max(b for a, b in segments)
    best = []
    for hit in bounded(text, context):
        a, b = hit + off, hit + off + length
        if any(a < sb and sa < b for sa, sb in segments):
            continue  # inside the content itself
        if direction == "<" and a >= lo or direction == ">" and b <= hi:
            continue
        gap = min(abs(sa - b) if b <= sa else abs(a - sb) if a >= sb else 0 for sa, sb in segments)
        if paragraph_of(text, a) not in paras:
            gap += 100000
        best.append((gap, a, b))
    if not best:
        raise SpecError(f"{name}: {what} {spec!r} not found")
    best.sort()
    if len(best) > 1 and best[0][0] == best[1][0]:
        raise SpecError(f"{name}: {what} {spec!r} is ambiguous (two at distance {best[0][0]})")
    return best[0][1], best[0][2], best[0][0]


def build(name, text, relations, review=False):
    tlines, elines, ids = [], [], {}
    far = []

    def tid(kind, segs):
        key = (kind, tuple(segs))
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offsets = ";".join(f"{a} {b}" for a, b in segs)
            covered = " ".join(text[a:b] for a, b in segs)
            tlines.append(f"{ids[key]}\t{kind} {offsets}\t{covered}")
        return ids[key]

    for n, rel in enumerate(relations, 1):
        source, cue, content = rel[:3]
        opts = rel[3] if len(rel) > 3 else {}
        label = f"{name} #{n}"
        pieces = content if isinstance(content, list) else [content]
        segments = [find_unique(text, p, label) for p in pieces]
        if sorted(segments) != segments:
            raise SpecError(f"{label}: content pieces out of order")
        ca, cb, cgap = find_near(text, cue, segments, label, "cue")
        args = [f"Attribution:{tid('Cue', [(ca, cb)])}"]
        gaps = [cgap]
        if source is not None:
            sa, sb, sgap = find_near(text, source, segments, label, "source")
            args.append(f"Source:{tid('Source', [(sa, sb)])}")
            gaps.append(sgap)
        if opts.get("roles") and len(segments) > 1:
            for i, seg in enumerate(segments):
                args.append(f"Content{i + 1 if i else ''}:{tid('Content', [seg])}")
        else:
            args.append(f"Content:{tid('Content', segments)}")
        elines.append(f"E{n}\t{' '.join(args)}")
        if review or max(gaps) > 250:
            src = text[sa:sb] if source is not None else "-"
            shown = " | ".join(text[a:b] for a, b in segments)
            far.append(f"  {label} gaps={gaps} S=[{src}] C=[{text[ca:cb]}] Q=[{shown[:110]}]")
    return "\n".join(tlines + elines) + "\n", far


def check(pred_dir=None):
    """Parse every .ann with score.py's own parse_ann and print counts; with
    pred_dir, also write empty.jsonl and perfect.jsonl (one quote per gold
    direct attribution: the words inside the marks, speaker_text = Source)."""
    import json
    import os
    eval_dir = Path(os.environ.get("DRAGOMAN_EVAL_DIR", HERE.parents[4] / "shared" / "eval"))
    sys.path.insert(0, str(eval_dir))
    import score
    totals = [0, 0, 0]
    empty, perfect = [], []
    for path in sorted(TEXT_DIR.glob("*.txt")):
        text = score.read_text_file(path)
        atts = score.parse_ann(ANN_DIR / f"{path.stem}_ann1.ann", text)
        direct = [a for a in atts if a["direct"]]
        words = len(text.split())
        print(f"{path.stem}\twords {words}\tattributions {len(atts)}\tdirect {len(direct)}")
        totals[0] += words
        totals[1] += len(atts)
        totals[2] += len(direct)
        quotes = []
        for a in direct:
            inner = score.quoted_part(a["content"])
            if not inner.strip():  # a ‘…’ pair only
                c = a["content"]
                inner = c[c.find("‘") + 1:c.rfind("’")]
            quotes.append({"text": inner, "speaker_text": a["source"], "direct": True})
        empty.append({"id": path.stem, "quotes": []})
        perfect.append({"id": path.stem, "quotes": quotes})
    print(f"TOTAL texts {len(empty)} words {totals[0]} attributions {totals[1]} direct {totals[2]}")
    if pred_dir:
        for fname, records in (("empty.jsonl", empty), ("perfect.jsonl", perfect)):
            with open(Path(pred_dir) / fname, "w", encoding="utf-8") as out:
                for r in records:
                    out.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    if "--check" in sys.argv:
        rest = [a for a in sys.argv[1:] if a != "--check"]
        check(rest[0] if rest else None)
        return
    review = "--review" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    errors = 0
    for name in sorted(SPECS):
        if only and name not in only:
            continue
        path = TEXT_DIR / f"{name}.txt"
        text = path.read_text(encoding="utf-8")
        try:
            ann, far = build(name, text, SPECS[name], review)
        except SpecError as e:
            print("ERROR", e)
            errors += 1
            continue
        # every T line's covered text equals its TEXT field
        for line in ann.splitlines():
            if line.startswith("T"):
                _, kind_off, shown = line.split("\t")
                segs = [tuple(map(int, s.split())) for s in kind_off.split(" ", 1)[1].split(";")]
                assert " ".join(text[a:b] for a, b in segs) == shown, line
        (ANN_DIR / f"{name}_ann1.ann").write_text(ann, encoding="utf-8")
        print(f"{name}: {len(SPECS[name])} relations")
        for line in far:
            print(line)
    missing = sorted(p.stem for p in TEXT_DIR.glob("*.txt") if p.stem not in SPECS)
    if missing:
        print("texts without a spec:", ", ".join(missing))
    sys.exit(1 if errors else 0)


# ---------------------------------------------------------------------------
# SPECS: one block per text, (source, cue, content[, options])

SPECS["ps_001"] = [
    ("Trump", "tells", "the system is 'rigged'"),
    ("Donald Trump", "told", 'the November election could be "rigged" against him'),
    ("Trump", "said", '"I\'m afraid the election is going to be rigged, I have to be honest,"'),
    ("Trump", "said", '"We\'re going to have to watch it very closely."'),
    ("He", "said", 'he had heard "more and more" from supporters about people voting "10 times" in some cities'),
    ("Election officials", "say", "such fraud is vanishingly rare"),
    ("Husted", "said", '"I can reassure Donald Trump ~~ rigged,"'),
    ("Husted", "said", '"We\'ve made it easy to vote and hard to cheat."'),
    ("He", "said", 'the North American Free Trade Agreement had "gutted" Ohio\'s manufacturing towns'),
    ("Trump", "said", ['"We are going to bring back our jobs,"', '"and we are going to bring them back fast."'], {"roles": True}),
    ("the crowd", "chant", '"Lock her up."'),
    ("the Republican nominee", "said", '"Just remember: November 8th,"'),
    ("the Republican nominee", "said", '"That\'s the only number that matters."'),
    ("Clinton's campaign", "dismissed", "the remarks as an attempt to explain away a loss in advance"),
    ("campaign spokesman Brian Fallon", "said", '"Donald Trump is laying the groundwork for a defeat he can see coming,"'),
    ("campaign spokesman Brian Fallon", "said", '"Ohio voters will not be intimidated."'),
    ("She", "told", 'she was "not going to respond to every conspiracy theory" her opponent floated'),
    ("A Quinnipiac University survey", "showed", "the race essentially tied, with Trump at 42 percent and Clinton at 41 percent among likely voters"),
    ("Some Republicans at the rally", "said", "they shared Trump's worries"),
    ("Linda Marsh", "said", '"You hear stories,"'),
    ("Linda Marsh", "said", '"I don\'t know if they\'re true. But you hear them."'),
    ("he", "said", '"If he loses, it\'s because they cheated,"'),
    ("Mark Ellison", "{said} he would vote", 'he would vote for Trump "without a lot of enthusiasm,"'),
    ("Mark Ellison", '{said} the talk', "the talk of fraud made him uncomfortable"),
    ("Ellison", "said", '"It\'s one thing to say you\'re going to win,"'),
    ("Ellison", "said", '"It\'s another to say the other side can only win by stealing it."'),
    ("Trump campaign manager Kellyanne Conway", "told", "the nominee was referring to media bias as much as to voting"),
    ("she", "said", '"He\'s talking about a rigged system, and the media is a big part of that,"'),
    (None, "Asked", "whether Trump would accept the outcome if he lost"),
    ("Conway", "said", 'the candidate "fully expects to win" and would "not get ahead of that."'),
]

SPECS["ps_002"] = [
    ("F.B.I. Director", "Calls", "Clinton ‘Extremely Careless’"),
    ("F.B.I. Director", "Urges", "No Charges"),
    ("The director of the F.B.I.", "rebuked", "Hillary Clinton for her handling of classified information as secretary of state"),
    ("The director of the F.B.I.", "said", "he would not recommend criminal charges"),
    ("James B. Comey", "said", "Mrs. Clinton and her aides had been “extremely careless in their handling of very sensitive, highly classified information.”"),
    ("he", "said", "investigators had found no clear evidence that she had intended to break the law"),
    ("Mr. Comey", "said", "“We found no clear evidence ~~ classified information,”"),
    ("Mr. Comey", "said", "“But none of that is to say that what happened here was acceptable.”"),
    ("Mr. Comey", "said", "the statement had not been shared in advance with the Justice Department or the White House"),
    ("Attorney General Loretta E. Lynch", "said", "she would accept whatever the career prosecutors and the F.B.I. recommended"),
    ("Brian Fallon", "said", "the campaign was “pleased” that the career officials handling the case had determined that no further action was appropriate"),
    ("Mr. Fallon", "said", "“As the secretary has long said, it was a mistake to use her personal email and she would not do it again,”"),
    ("the secretary", "said", "it was a mistake to use her personal email and she would not do it again"),
    ("Mr. Fallon", "said", "“We are glad that this matter is now resolved.”"),
    ("Donald J. Trump", "wrote", "the system was “rigged,”"),
    ("Donald J. Trump", "added", "“Very very unfair! As usual, bad judgment.”"),
    ("Speaker Paul D. Ryan", "said", "the decision “defies explanation.”"),
    ("Mr. Ryan", "said", "“The director has laid out a damning record, and then walked away from it,”"),
    ("Mr. Ryan", "said", "“The American people deserve to know why.”"),
    ("She", "{said} repeatedly", "she never sent or received material that was marked classified at the time"),
    ("The director", "said", "a small number of emails “carried markings showing they contained classified information,”"),
    ("he", "acknowledged", "the markings were not at the top of the messages"),
    ("He", "said", "it was “possible” that hostile foreign actors had gained access to Mrs. Clinton’s personal account"),
    ("he", "said", ["Investigators did not find direct evidence of a successful intrusion", "but given the nature of the system, “we would be unlikely to see such direct evidence.”"]),
    ("Several people close to Mrs. Clinton", "said", "they had expected the legal outcome but were stung by the tone"),
    ("One longtime adviser", "said", "the director had “written the Republicans’ attack ads for them.”"),
    ("Mr. Obama", "told", "“I’m ready to pass the baton,”"),
    ("Mr. Obama", "told", "“And I know that she’s going to run the race well.”"),
    ("Matthew Miller", "said", "“It’s highly irregular ~~ bringing charges,”"),
    ("Matthew Miller", "said", "“He has put his own judgment on trial.”"),
    ("a former senior F.B.I. official", "According to", "the director believed that only a public accounting would persuade Americans that the case had been handled without political interference"),
    ("the director", "believed", "only a public accounting would persuade Americans that the case had been handled without political interference"),
]

SPECS["ps_003"] = [
    ("Hillary", "Smears", "Half of Trump Supporters as 'Deplorables'"),
    ("Crooked Hillary Clinton", "told", 'half of Donald Trump\'s supporters belong in a "basket of deplorables,"'),
    ("Republicans", "say", "exposes the Democrat's contempt for working Americans"),
    ("Clinton", "said", '"To be grossly generalistic, ~~ Right?"'),
    ("she", "continued", '"The racist, sexist, homophobic, xenophobic, Islamophobic — you name it,"'),
    ("Trump", "tweeted", '"Wow, Hillary Clinton was SO INSULTING ~~ hard working people,"'),
    ("Trump", "tweeted", '"I think it will cost her big at the polls!"'),
    ("Mike Pence", "told", 'the comments were "deeply insulting" to the Americans he has met on the campaign trail'),
    ("Pence", "said", '"They are not a basket of anything,"'),
    ("Pence", "said", '"They are hardworking Americans ~~ better than this."'),
    ("she", "called", 'the comment "the single worst moment of her campaign,"'),
    ("she", "adding", 'Clinton had revealed "what she really thinks when she\'s behind closed doors with her donors."'),
    ("{she} said she had been", "said", 'she had been "grossly generalistic" and that she "regretted saying half,"'),
    ("the statement", "said", '"What is deplorable ~~ hateful voices,"'),
    ("Priebus", "said", '"Hillary Clinton doesn\'t get to insult ~~ slip of the tongue,"'),
    ("Priebus", "said", '"This is who she is."'),
    ("retired steelworker Ed Kowalski", "said", "he had voted for Bill Clinton twice"),
    ("he", "said", '"Now his wife calls me deplorable?"'),
    ("he", "said", '"I\'ll tell you who\'s deplorable."'),
    ("Democrats", "insisted", "the candidate had simply spoken an uncomfortable truth"),
    ("Fallon", "said", '"She was talking about the alt-right, ~~ racist signs,"'),
    ("Fallon", "said", '"Those are deplorable views, and she\'s not going to apologize for calling them that."'),
    ("Trump", "said", 'Clinton had shown "contempt" for ordinary people'),
    ("The crowd", "chanted", '"Deplorables! Deplorables!"'),
]

SPECS["ps_004"] = [
    ("she", "said", "“I think Donald just criticized me for preparing for this debate,”"),
    ("she", "said", "“And yes, I did. You know what else I prepared for? I prepared to be president.”"),
    ("Trump", "said", "“You’ve been doing this for 30 years,”"),
    ("Trump", "said", "“Why are you just thinking about these solutions right now?”"),
    ("Clinton", "countered", "Trump’s tax plan amounted to “trumped-up trickle-down” economics"),
    ("Holt", "follow-up", "“Why did it take you so long?”"),
    ("Trump", "replied", "“I say nothing,”"),
    ("Trump", "claim", "Clinton’s 2008 campaign had started the rumor"),
    ("The Clinton campaign", "called", "that claim false"),
    ("Trump", "answered", "“Nobody was caring much ~~ good job.”"),
    ("Trump", "said", "Clinton lacked the “stamina” to be president"),
    ("he", "said", "“You need tremendous stamina for this job, and she doesn’t have it,”"),
    ("she", "shot back", "“As soon as he travels ~~ about stamina,”"),
    ("Trump", "insisted", "his best asset was his “winning temperament,”"),
    ("A CNN/ORC poll of debate watchers", "found", "62% thought Clinton had done the better job, compared with 27% who picked Trump"),
    ("Trump", "said", "he was “very happy” with his performance"),
    ("Trump", "complained", "about his equipment"),
    ("he", "said", "“They gave me a defective mic,”"),
    ("he", "said", "“Did you notice that?”"),
    ("Trump", "told", "Holt had asked him “very unfair questions.”"),
    ("Clinton", "told", "she was glad the debate had given voters a chance to see “the real Donald Trump.”"),
    ("she", "said", "“Anybody who complains about the microphone is not having a good night,”"),
    ("Trump campaign manager Kellyanne Conway", "told", "the candidate had deliberately held back"),
    ("Conway", "said", "“He had the restraint not to bring up some of the things he could have brought up,”"),
]

SPECS["ps_005"] = [
    ("two people familiar with the decision", "described", "an effort to “let Trump be Trump.”"),
    ("three campaign aides", "according to", "The shake-up leaves Paul Manafort, ~~ sharply diminished authority"),
    ("Trump", "said", "he was bringing on “people who I know will help me win and who have proven to be extremely effective in the past.”"),
    ("Trump", "told", "“I want to win,”"),
    ("Trump", "told", "“That’s why I’m doing this. I’ve known Steve for a long time, and Kellyanne has been terrific.”"),
    ("One senior aide", "described", "the mood inside Trump Tower as “somewhere between relief and panic.”"),
    ("a person who has spoken with him about it", "according to", "Trump had chafed at the advice"),
    ("that person", "said", "“He hates being handled,”"),
    ("that person", "said", "“He said to me, ‘I didn’t get here by being somebody else.’”"),
    ("He", "{said} to me", "‘I didn’t get here by being somebody else.’"),
    ("Conway", "rejected", "the idea that the campaign was in disarray"),
    ("she", "said", "“We’re not changing the candidate, we’re expanding the team,”"),
    ("she", "said", "“Mr. Trump is the boss, and he always has been.”"),
    ("a Republican strategist", "said", "“This is the campaign deciding to double down on the strategy that got them to 38 percent,”"),
    ("Newt Gingrich", "said", "the nominee would “be more comfortable and therefore more effective” with people who shared his instincts"),
    ("Jennifer Palmieri", "wrote", "the hiring of Bannon showed the Trump campaign was “embracing the alt-right.”"),
    ("the memo", "said", "“Our team is growing, our message is resonating, and our momentum is real,”"),
    ("the memo", "said", "“Buckle up.”"),
    ("A longtime Trump associate", "said", "the new team would have “about three weeks” to turn the numbers around before donors began to walk away"),
    (None, "Asked", "what happens if it fails"),
    ("the associate", "laughed", "“Then we find out who was loyal.”"),
    (None, "Asked", "whether he had been demoted"),
    ("Manafort", "told", "he was “not going anywhere.”"),
]

SPECS["ps_006"] = [
    ("Bernie Sanders", "told", "he would vote for Hillary Clinton"),
    ("Sanders", "said", '"Secretary Clinton has won the Democratic nominating process, and I congratulate her for that,"'),
    ("Sanders", "said", '"I intend to do everything I can to make certain she will be the next president of the United States."'),
    ("One woman near the back", "shouted", '"No, Bernie, no!"'),
    ("He", "said", 'the campaign had moved the party platform "further to the left than it has ever been,"'),
    ("he", "ticked off", "the concessions: a $15 minimum wage, a public option for health care, an expansion of Social Security"),
    ("she", "said", '"Thank you, Bernie, ~~ political process,"'),
    ("she", "said", '"Together, we are going to win this election."'),
    ("Sanders", "{say} he was excited", "he was excited"),
    ("{He} did not say Clinton", "{say} Clinton would", "Clinton would be a great president"),
    ("He", "{said} she would be a far", "she would be a far better president than Donald Trump"),
    ("one volunteer from Manchester", "told", '"I didn\'t knock on doors for six months so I could vote for Goldman Sachs,"'),
    ("one volunteer from Manchester", "told", '"He had to do it, I get it. I don\'t have to."'),
    ("Aaron Whitfield", "said", 'he would "hold my nose and vote for her" in November'),
    ("he", "said", '"Look, the alternative is Trump,"'),
    ("he", "said", '"That\'s not a hard choice. It\'s just not a happy one."'),
    ("Campaign chairman John Podesta", "said", 'the two candidates "share a commitment to building an economy that works for everyone, not just those at the top."'),
    ("he", "tweeted", '"Bernie Sanders endorsing Crooked Hillary Clinton is like Occupy Wall Street endorsing Goldman Sachs,"'),
    ("A recent Pew survey", "found", "only about 85 percent of Sanders supporters planned to back Clinton"),
    ("a chunk of the rest", "said", "they might not vote at all"),
    ("reporters", "Asked", "whether he would campaign hard for Clinton"),
    ("he", "said", '"I\'m going to work as hard as I can,"'),
    ("he", "said", '"We cannot afford a Trump presidency."'),
    ("he", "added", '"The political revolution continues."'),
]

SPECS["ps_007"] = [
    ("he", "wrote", '"I am pleased to announce ~~ running mate,"'),
    ("he", "wrote", '"News conference tomorrow at 11:00 A.M."'),
    ("two Republicans familiar with the process", "according to", "as late as Thursday night he was asking associates whether he could still change his mind"),
    ("he", "asking", "whether he could still change his mind"),
    ("Pence", "said", 'he was "honored" to join the ticket'),
    ("Pence", "said", '"Donald Trump is a good man, and I know he will be a great president,"'),
    ("Pence", "said", '"I\'m ready to go to work."'),
    ("Charlie Black", "said", '"He\'s a bridge,"'),
    ("Charlie Black", "said", '"He\'s the kind of person ~~ they\'ll pick up."'),
    ("Trump", "said", ['"He was my first choice,"', '"and I\'ll tell you what, he\'s a solid, solid person."'], {"roles": True}),
    ("Reporters", "noted", 'Pence had criticized Trump\'s proposed ban on Muslim immigration as "offensive and unconstitutional" last year'),
    ("Pence", "criticized", 'Trump\'s proposed ban on Muslim immigration as "offensive and unconstitutional"'),
    ("Trump", "said", "he did not mind"),
    ("he", "said", '"We\'re going to be fine,"'),
    ("critics", "said", "would allow businesses to discriminate against gay customers"),
    ("John Podesta", "said", '"Mike Pence is the most extreme pick in a generation,"'),
    ("John Podesta", "said", '"He has spent his career fighting ~~ LGBT Americans."'),
    ("she", "said", '"Predictable,"'),
    ("A senior aide to one GOP senator up for re-election this fall", "described", 'Pence as "a fine choice who changes absolutely nothing."'),
    ("John Zody", "said", '"We were ready for him,"'),
    ("John Zody", "said", '"Now we\'ll just have to beat him nationally."'),
    ("Pence", "ended", '"The fight starts today."'),
]

SPECS["ps_008"] = [
    ("Donald Trump", "suggesting", "the soldier’s mother had not been “allowed” to speak when the couple appeared on stage at the Democratic National Convention last week"),
    ("he", "asked", "“Have you even read the United States Constitution?”"),
    ("he", "asked", "“I will gladly lend you my copy.”"),
    ("Trump", "said", "Khan had been “very emotional” and “probably looks like a nice guy,”"),
    ("he", "questioned", "why Ghazala Khan had stood silently beside her husband"),
    ("Trump", "said", "“If you look at his wife, she was standing there. She had nothing to say,”"),
    ("Trump", "said", "“Maybe she wasn’t allowed to have anything to say. You tell me.”"),
    (None, "Asked", "what he had sacrificed for his country"),
    ("Trump", "said", "he had worked “very, very hard” and created “thousands and thousands of jobs.”"),
    ("She", "wrote", "she had not spoken at the convention because she could barely stand to look at the picture of her son behind her"),
    ("she", "wrote", "“Walking onto the convention stage, ~~ control myself,”"),
    ("she", "wrote", ["“What mother could?", "“Donald Trump has children whom he loves. Does he really need to wonder why I did not speak?", "“My son loved this country. ~~ it is enough.”"]),
    ("Senate Majority Leader Mitch McConnell", "said", "Captain Khan was “an American hero” and that “we should all be grateful for the service of men like him.”"),
    ("Ryan", "said", "“Muslim Americans have served with honor in our military for generations,”"),
    ("Ryan", "said", "“Captain Khan was one of them, and his family deserves our gratitude, not our scorn.”"),
    ("he", "said", "the nominee’s comments did not “represent the views of our Republican Party, its officers, or candidates.”"),
    ("spokesman Jason Miller", "said", "Captain Khan was “a hero to our country” and that Trump had been “viciously attacked” from the convention stage"),
    ("A Trump adviser", "said", "several aides had urged the candidate to drop the matter"),
    ("several aides", "urged", "the candidate to drop the matter"),
    ("the adviser", "said", "“Every day we spend on this is a day we lose,”"),
    ("the adviser", "said", "“He knows that. He just can’t let it go.”"),
    ("he", "wrote", "“Mr. Khan, who does not know me, ~~ Nice!”"),
    ("Khan", "said", "he had no plans to stop speaking out"),
    ("he", "said", "“This is not about me,”"),
    ("he", "said", "“This is about the soul of this country.”"),
]

SPECS["ps_009"] = [
    ("Cruz", "said", '"Don\'t stay home in November,"'),
    ("Cruz", "said", '"Stand, and speak, and vote your conscience. ~~ faithful to the Constitution."'),
    ("Delegates from New York and several other states", "chanting", '"Endorse Trump!"'),
    ("Delegates from New York and several other states", "chanting", '"We want Trump!"'),
    ("one Cruz aide", "called", '"deliberate and petty."'),
    ("two people who witnessed the exchange", "according to", "Cruz's wife, Heidi, was escorted out of the arena by security after being confronted by angry delegates"),
    ("One Trump supporter", "shouted", '"Goldman Sachs!"'),
    ("Cruz's campaign", "said", ["Trump's campaign had reviewed an advance text of the speech", "and knew there would be no endorsement"]),
    ("he", "wrote", '"Wow, Ted Cruz got booed off the stage, didn\'t honor the pledge!"'),
    ("he", "wrote", '"I saw text of his speech two hours early but let him speak anyway. No big deal!"'),
    (None, "Asked", "whether he would ever endorse Trump"),
    ("he", "said", 'he was "not in the habit of supporting people who attack my wife and attack my father."'),
    ("Cruz", "told", '"That pledge was not a blank check to go and slander and attack Heidi,"'),
    ("Dale Huls", "said", '"He broke his word,"'),
    ("Dale Huls", "{said} he had supported", "he had supported Cruz in the primary"),
    ("Dale Huls", "{said} Dale Huls", '"A lot of us are not going to forget that."'),
    ("New Jersey Gov. Chris Christie", "told", 'the speech was "awful" and "selfish."'),
    ("Former House Speaker Newt Gingrich", "telling", "Cruz had in fact urged them to vote for Trump"),
    ("{Cruz} had in fact urged", "urged", "them to vote for Trump"),
    ("Gingrich", "said", '"Ted Cruz said you can vote your conscience for anyone who will uphold the Constitution,"'),
    ("Ted Cruz", "said", "you can vote your conscience for anyone who will uphold the Constitution"),
    ("Gingrich", "said", '"In this election, there is only one candidate who will uphold the Constitution."'),
    ("Cruz's allies", "insisted", "he had done what he had to do"),
    ("one adviser", "said", '"He\'s playing a long game,"'),
    ("one adviser", "said", '"In four years, people are going to remember who stood on principle."'),
    ("the senator", "put it", '"I\'m not going to be a servile puppy dog."'),
]

SPECS["ps_010"] = [
    ("Trump", "saying", "“when you’re a star, they let you do it.”"),
    ("he", "said", "“I said it, I was wrong, and I apologize,”"),
    ("he", "saying", "the former president had “actually abused women” and that Hillary Clinton had “bullied, attacked, shamed and intimidated his victims.”"),
    ("Trump", "added", "“This is nothing more than a distraction from the important issues we are facing today,”"),
    ("more than two dozen Republican senators, House members and governors", "said", "they would not vote for him"),
    ("Some", "called on", "him to step aside"),
    ("Sen. John McCain of Arizona", "said", "he and his wife, Cindy, would not vote for Trump"),
    ("McCain", "said", "“There comes a point when ~~ in the eye,”"),
    ("McCain", "said", "“We have reached that point.”"),
    ("Sen. Kelly Ayotte of New Hampshire", "said", "she would write in Mike Pence"),
    ("Ayotte", "said", ["“I’m a mom and an American first,”", "“and I cannot and will not support a candidate for president who brags about degrading and assaulting women.”"], {"roles": True}),
    ("House Speaker Paul Ryan", "said", "he was “sickened” by what he heard"),
    ("aides", "said", "he had no plans to campaign with the nominee"),
    ("some in the crowd", "shouted", "“Shame on you!”"),
    ("some in the crowd", "shouted", "“We want Trump!”"),
    ("Republican National Committee Chairman Reince Priebus", "said", "“No woman should ever be spoken about this way. Period.”"),
    ("Trump", "insisted", "he would not quit"),
    ("he", "said", "there was “zero chance” he would leave the race"),
    ("he", "tweeted", "“The media and establishment ~~ #MAGA”"),
    ("Campaign manager Robby Mook", "told", "the tape showed “who Donald Trump really is.”"),
    ("Clinton", "tweeted", "“This is horrific. We cannot allow this man to become president.”"),
    ("Melania Trump", "called", "her husband’s words “unacceptable and offensive to me.”"),
    ("she", "said", "“This does not represent the man that I know,”"),
    ("she", "said", "“I hope people will accept his apology, ~~ and the world.”"),
    (None, "Asked", "whether Trump would show up"),
    ("a senior campaign official", "replied", "“Absolutely.”"),
]

SPECS["ps_011"] = [
    ("records obtained by The New York Times", "show", "Donald J. Trump declared a $916 million loss ~~ up to 18 years"),
    ("Tax experts consulted by The Times", "said", "the loss was large enough to wipe out more than $50 million a year in taxable income over 18 years"),
    ("Jack Mitnick", "said", "the documents appeared to be authentic"),
    ("Mr. Mitnick", "said", "“That’s my signature,”"),
    ("He", "added", "the figures were consistent with his recollection of Mr. Trump’s finances at the time"),
    ("it", "said", "Mr. Trump was “a highly skilled businessman ~~ legally required.”"),
    ("The statement", "saying", "The Times, “like the rest of the establishment media, ~~ special interests.”"),
    ("Former New York Mayor Rudolph W. Giuliani", "called", "the candidate “a genius” for his use of the tax code"),
    ("Mr. Giuliani", "said", ["“He had a right to take advantage of the tax laws,”", "“and he’d have been a fool not to.”"], {"roles": True}),
    ("Gov. Chris Christie of New Jersey", "told", "the records showed “what an absolute genius he is.”"),
    ("she", "said", "“He is the poster boy for everything wrong with our rigged system,”"),
    ("she", "said", "“While millions of hardworking Americans ~~ to our country.”"),
    ("He", "said", "he cannot do so because he is under audit by the Internal Revenue Service"),
    ("the I.R.S.", "said", "an audit does not prevent a taxpayer from releasing returns"),
    ("he", "wrote", "“I know our complex tax laws better than anyone ~~ fix them,”"),
    ("he", "told", "Mrs. Clinton “can’t even walk across the street to her car,”"),
    ("A person close to the campaign", "said", "the candidate had been “furious” when he learned the documents had leaked but had been persuaded that the story could be turned into an asset"),
    ("the person", "said", "“The message is: He’s smart, and he used the system,”"),
    ("the person", "said", "“Ordinary people can’t do that. He can.”"),
    ("Denise Kowal", "said", "“My dad paid his taxes every year of his life,”"),
    ("Denise Kowal", "said", "“Don’t tell me that’s being a fool.”"),
]

SPECS["ps_012"] = [
    ("Trump", "said", "Curiel, who was born in Indiana to Mexican immigrant parents, had “an absolute conflict” in the case because of his heritage"),
    ("Trump", "told", "“I’m building a wall. It’s an inherent conflict of interest,”"),
    ("he", "saying", "a judge born in the United States can’t be fair to Trump because his parents came from Mexico"),
    ("John Dickerson", "Asked", "whether a Muslim judge would also be unable to treat him fairly, given his proposed ban on Muslim immigration"),
    ("Trump", "said", "it was “possible, absolutely.”"),
    ("he", "said", ["“We have to be very careful,”", "“because this is a very unfair judge.”"], {"roles": True}),
    ("Senate Majority Leader Mitch McConnell", "told", "he “couldn’t disagree more” with Trump’s comments"),
    ("Senate Majority Leader Mitch McConnell", "reaffirmed", "he still supports the nominee"),
    ("Ryan", "said", "“Claiming a person can’t do their job ~~ racist comment,”"),
    ("Ryan", "said", "“I think that should be absolutely disavowed. It’s absolutely unacceptable.”"),
    ("he", "said", "he still supports Trump"),
    ("Kirk", "said", "Trump’s remarks were “dead wrong” and “un-American.”"),
    ("Newt Gingrich", "called", "the attacks “one of the worst mistakes Trump has made”"),
    ("Newt Gingrich", "said", "they were “inexcusable.”"),
    ("Trump", "claiming", "his comments had been “misconstrued.”"),
    ("the statement", "said", "“It is unfortunate that my comments ~~ Mexican heritage,”"),
    ("the statement", "said", "“I do not feel that one’s heritage makes them incapable of being impartial.”"),
    ("Former students", "say", "they paid as much as $35,000 for seminars that promised to teach them Trump’s real estate secrets and got little more than a sales pitch for more seminars"),
    ("a retired schoolteacher from San Diego named Sherri Simpson", "{told} reporters outside", "she had lost nearly $20,000"),
    ("she", "said", "“They told us, ‘Max out your credit cards, this is an investment in yourself,’”"),
    ("They", "told", "‘Max out your credit cards, this is an investment in yourself,’"),
    ("she", "said", "“I believed them. I believed him.”"),
    ("Trump", "called", "the lawsuit “a disgrace”"),
    ("Trump", "insists", "he would win at trial"),
    ("His lawyers", "asked", "Curiel to delay proceedings until after the election"),
    ("The Republican nominee for president", "telling", "a judge’s parents are reason enough to doubt his ruling"),
    ("the leaders of his party", "{telling} reporters", "they disagree, strongly, and will vote for him anyway"),
]

SPECS["ps_013"] = [
    ("Cruz", "told", 'the victory belonged to "the grassroots."'),
    ("he", "said", '"Tonight is a victory for courageous conservatives across Iowa and all across this great nation,"'),
    ("Trump", "said", 'he was "just honored" by the result'),
    ("he", "said", '"We\'re going to go on to get the Republican nomination, ~~ put up there,"'),
    ("he", "said", '"For months, they told us that we had no chance,"'),
    ("they", "told", "we had no chance"),
    ("he", "said", '"They told me I was too young, that I should wait my turn."'),
    ("They", "told", "I was too young, that I should wait my turn"),
    ("the Iowa Democratic Party", "said", "Clinton had won 49.9 percent of state delegate equivalents to 49.6 percent for Sanders, with one precinct still outstanding"),
    ("Clinton", "declared", 'herself "breathing a big sigh of relief"'),
    ("Sanders", "called", 'the outcome "a virtual tie."'),
    ("he", "told", ['"Nine months ago, we came to this beautiful state ~~ no name recognition,"', '"and tonight we took on the most powerful political organization in America."'], {"roles": True}),
    ("His campaign", "said", "it was reviewing results from several precincts where it said volunteers had reported irregularities, including at least six that were decided by coin toss"),
    ("it", "{said} volunteers", "volunteers had reported irregularities"),
    ("Sanders spokesman Michael Briggs", "said", '"We\'re going to look at every single one of them,"'),
    ("Former Arkansas Gov. Mike Huckabee", "writing", '"Iowa voters have spoken, and I hear them."'),
    ("Entrance polls", "showed", "Cruz won among very conservative voters and among evangelical Christians, who made up about six in 10 caucus-goers"),
    ("Trump", "told", '"I don\'t want to finish second. Second is no good."'),
    ("Several of his backers in Iowa", "said", "they weren't worried"),
    ("Bob Fisher", "said", '"He\'ll win New Hampshire, and then nobody will remember this,"'),
    ("The mailer", "warned", 'recipients that they had committed a "VOTING VIOLATION" by not caucusing in the past'),
    ("Iowa Secretary of State Paul Pate", "said", 'the mailer "misrepresents an official act of my office."'),
    ("he", "told", '"I will apologize to no one for using every tool we can to encourage voters to come out and vote,"'),
    (None, "Asked", "whether Iowa had changed his approach"),
    ("one Trump adviser", "said", '"We\'re fine. Next question."'),
]

SPECS["ps_014"] = [
    ("Sanders", "told", "the results sent a message to the “political and economic establishment.”"),
    ("he", "said", "“What the people here have said is ~~ establishment politics,”"),
    ("she", "promised", "to fight on"),
    ("she", "told", "“I know I have some work to do, particularly with young people,”"),
    ("she", "told", "“But I will say it again: Even if they are not supporting me now, I support them.”"),
    ("A memo from campaign manager Robby Mook", "argued", "the nomination would be won in March, when “the primary calendar moves to states that are far more diverse.”"),
    ("Two people close to the campaign", "said", "a staff shake-up was under discussion"),
    ("both", "said", "Clinton was not considering replacing Mook"),
    ("he", "told", "“We are going to make America great again, but we’re going to do it the old-fashioned way,”"),
    ("he", "told", "“We’re going to beat China, Japan, Mexico at trade. ~~ our jobs.”"),
    ("Kasich", "said", "“Maybe, just maybe, we’re going to turn the page on a lot of negative campaigning,”"),
    ("he", "blamed", "himself for a debate performance on Saturday"),
    ("Rubio", "told", "“I want you to understand, our disappointment tonight is not on you. It’s on me,”"),
    ("Rubio", "told", "“I did not do well on Saturday night. So listen to this: That will never happen again.”"),
    ("Christie", "mocked", "“There it is. There it is. The memorized 25-second speech.”"),
    ("one aide", "in the words of", "“take a deep breath and think about the future.”"),
    ("the surveys", "according to", "He won voters under 30 by more than 60 points, and he even edged Clinton among women"),
    (None, "Asked", "what she made of those numbers"),
    ("Jennifer Palmieri", "told", "the campaign had “always expected New Hampshire to be tough.”"),
    ("aides", "described", "the start of his outreach to black voters ahead of South Carolina"),
    ("Sanders", "said", "“We’re going to take this fight to every state,”"),
    ("Sanders", "said", "“Every single one.”"),
]

SPECS["ps_015"] = [
    ("Marco Rubio", "suggesting", 'Trump had "small hands"'),
    ("Marco Rubio", "joking", '"You know what they say about men with small hands."'),
    ("Trump", "said", '"Look at those hands. Are they small hands?"'),
    ("Trump", "said", '"And he referred to my hands ~~ I guarantee."'),
    ("moderator Megyn Kelly", "asked", "whether he regretted the hands jokes"),
    ("he", "said", '"I\'m not going to talk about that anymore,"'),
    ("he", "said", '"This campaign should be about the issues, and I\'m going to focus on the issues."'),
    ("he", "calling", 'Trump "a con artist"'),
    ("Trump", "calls", 'Rubio "Little Marco"'),
    ("he", "said", '"Don\'t worry about it, Little Marco,"'),
    ("he", "asked", '"Is this the debate that you want playing out in front of your kids?"'),
    ("he", "question", "whether he would release the off-the-record tape of his interview with The New York Times editorial board"),
    ("he", "said", '"I have a lot of respect for The New York Times, but off the record is off the record,"'),
    ("he", "calling", 'the paper "failing."'),
    ("Trump", "said", '"You\'ve got to have a certain degree of flexibility,"'),
    ("Fox News host Bret Baier", "Asked", "whether he would support the Republican nominee if it wasn't him"),
    ("every candidate on the stage", "said", "yes"),
    ("Rubio", "called", 'Trump "dangerous" and a "con artist."'),
    ("Cruz", "called", 'him "a sniveling coward."'),
    ("Trump", "said", '"Yes, because I gave my word,"'),
    ("Mitt Romney", "calling", 'Trump "a phony, a fraud,"'),
    ("Romney", "told", '"His promises are as worthless as a degree from Trump University,"'),
]

SPECS["ps_016"] = [
    ("her campaign", "said", "Hillary Clinton abruptly left a Sept. 11 memorial service in Manhattan on Sunday morning after feeling “overheated,”"),
    ("her doctor", "disclosed", "she had been diagnosed with pneumonia two days earlier"),
    ("A video recorded by a bystander and posted online", "showed", "Mrs. Clinton, 68, appearing to stumble as she was helped into a black van by members of her security detail"),
    ("Dr. Lisa R. Bardack", "said", "she had examined the candidate at her home in Chappaqua, N.Y."),
    ("Dr. Bardack", "wrote", "“Secretary Clinton has been experiencing a cough related to allergies,”"),
    ("Dr. Bardack", "wrote", "“On Friday, during follow-up evaluation of her prolonged cough, she was diagnosed with pneumonia.”"),
    ("the statement", "continued", "“She was put on antibiotics, and advised to rest and modify her schedule,”"),
    ("the statement", "continued", "“While at this morning’s event, ~~ recovering nicely.”"),
    ("several of them", "said", "Reporters who travel with her were kept at the memorial site, in violation of a longstanding agreement"),
    ("Mrs. Clinton", "said", "she was “feeling great.”"),
    ("she", "added", "“It’s a beautiful day in New York,”"),
    ("one Democratic strategist", "said", "“The pneumonia isn’t the problem. The secrecy is the problem,”"),
    ("David Axelrod", "wrote", "“Antibiotics can take care of pneumonia. ~~ needless problems?”"),
    ("Brian Fallon", "acknowledged", "the campaign “could have done better” in sharing information"),
    ("Mr. Trump", "suggested", "she is hiding a serious illness"),
    ("he", "said", "“I hope she gets well and gets back on the trail, and we’ll be seeing her at the debate.”"),
    ("she", "said", "“It’s legitimate to ask whether a candidate for president is fit to serve,”"),
    ("she", "said", "“That’s not a conspiracy theory.”"),
    ("Senator Tim Kaine of Virginia", "told", "he had spoken to her by phone and that she sounded “like herself — impatient to get back out there.”"),
    ("Her campaign", "said", "she would release additional medical records in the coming days"),
    ("the campaign", "{said} in a statement", "“She is looking forward to getting back on the trail,”"),
]

SPECS["ps_017"] = [
    ("FBI Director James Comey", "told", "the bureau had discovered new emails that appeared “pertinent” to its investigation of Hillary Clinton’s private server"),
    ("Comey", "wrote", "the FBI would “take appropriate investigative steps” to determine whether the emails contained classified information"),
    ("He", "cautioned", "the bureau “cannot yet assess whether or not this material may be significant.”"),
    ("law enforcement officials familiar with the matter", "according to", "The emails were found on a laptop belonging to Anthony Weiner, the estranged husband of top Clinton aide Huma Abedin"),
    ("Clinton", "demanded", "the FBI release “all the information that it has.”"),
    ("she", "said", "“The American people deserve to get the full and complete facts immediately,”"),
    ("he", "told", "“Perhaps, finally, justice will be done,”"),
    ("the crowd", "chants", "“Lock her up!”"),
    ("Trump", "said", "“Hillary Clinton’s corruption is on a scale we have never seen before,”"),
    ("Trump", "said", "“We must not let her take her criminal scheme into the Oval Office.”"),
    ("Jason Chaffetz", "posted", "“Case reopened.”"),
    ("Comey’s letter", "say", "the case had been reopened"),
    ("several officials", "cautioned", "against reading too much into it"),
    ("One senior law enforcement official", "told", "the emails were not from Clinton’s server and that investigators had not yet reviewed their content"),
    ("Clinton campaign chairman John Podesta", "called", "the letter “long on innuendo and short on facts.”"),
    ("Podesta", "said", "“It is extraordinary that we would see something like this just 11 days out from a presidential election,”"),
    ("Senate Minority Leader Harry Reid", "accusing", "him of possibly violating the Hatch Act"),
    ("a memo Comey sent to FBI employees on Friday", "According to", "the director felt “an obligation” to update Congress because he had testified that the investigation was complete"),
    ("the director", "felt", "“an obligation” to update Congress because he had testified that the investigation was complete"),
    ("he", "testified", "the investigation was complete"),
    ("Comey", "wrote", ["“Of course, we don’t ordinarily tell Congress about ongoing investigations,”", "“but here I feel an obligation ~~ was completed.”"]),
    ("I", "testified", "our investigation was completed"),
    ("one former Justice Department official", "assessment", "“It’s a mess, and it’s a mess of his own making.”"),
    ("she", "told", "“It’s pretty strange to put something like that out with such little information right before an election,”"),
    ("she", "told", "“In fact, it’s not just strange; it’s unprecedented, and it is deeply troubling.”"),
    ("Her aides", "said", "they did not expect the letter to move many voters"),
    ("one", "conceded", "it had “sucked the oxygen out of the room” at a moment when the campaign had hoped to focus on Trump’s treatment of women"),
    ("A new ABC News/Washington Post tracking poll released Sunday", "showed", "Clinton’s lead narrowing to a single point"),
]

SPECS["ps_018"] = [
    ("Clinton", "urges", "supporters to give Trump 'an open mind'"),
    ("Hillary Clinton", "telling", "she was sorry they had not won"),
    ("Hillary Clinton", "urging", 'them to give the president-elect "an open mind and a chance to lead."'),
    ("Clinton", "said", '"This is painful, and it will be for a long time,"'),
    ("Clinton", "said", '"But I want you to remember this. Our campaign was never about one person or even one election."'),
    ("Clinton", "said", "she had called Trump early Wednesday to congratulate him"),
    ("she", "said", '"We have seen that our nation is more deeply divided than we thought,"'),
    ("she", "said", ['"But I still believe in America, and I always will.', '"And if you do, then we must accept this result ~~ a chance to lead."']),
    ("He", "said", 'he was "proud of Hillary Clinton because she has been and is a history maker."'),
    ("Michelle Ortiz", "said", '"I don\'t know what I\'m going to tell my daughter,"'),
    ("Michelle Ortiz", "said", '"I told her we were going to have a woman president."'),
    ("I", "told", "we were going to have a woman president"),
    ("she", "said", '"To all the little girls who are watching this, ~~ opportunity in the world,"'),
    ("President Barack Obama", "said", "he had invited Trump to the White House on Thursday"),
    ("Obama", "said", '"We are now all rooting for his success in uniting and leading the country,"'),
    ("He", "reminded", '"we\'re not Democrats first. We\'re not Republicans first. We are Americans first."'),
    ("Trump", "saying", 'it was "time for us to come together as one united people."'),
    ("He", "said", "Clinton had called him to concede"),
    ("He", "praised", 'her for a "very, very hard-fought campaign."'),
    ("Hundreds of protesters", "chanting", '"Not my president!"'),
    ("Police", "said", "the crowd was largely peaceful"),
    ("Senate Majority Leader Mitch McConnell", "said", 'voters had "rejected the status quo" and that Republicans were ready to "get to work."'),
    ("Trump campaign manager Kellyanne Conway", "told", 'the president-elect had been "very gracious" in his conversation with Clinton'),
    ("she", "said", '"It was a warm call,"'),
    ("she", "said", '"They both know how hard this was."'),
    ("Several of Clinton's top aides", "said", "they were still trying to understand what had gone wrong"),
    ("one senior campaign official", "said", '"We just didn\'t see it coming,"'),
    ("one senior campaign official", "said", '"Nobody did."'),
    ("Janelle Brooks", "said", '"I keep thinking I\'m going to wake up,"'),
    (None, "Asked", "whether she would stay involved in politics"),
    ("she", "said", '"Now more than ever,"'),
]

SPECS["ps_019"] = [
    ("Podesta Emails", "Show", "Clinton Camp Cozying Up to 'Friendly' Reporters"),
    ("Newly released emails from the hacked account of Clinton campaign chairman John Podesta", "show", 'top aides discussing how to place stories with "friendly" reporters and complaining about their own candidate\'s instincts'),
    ("campaign communications director Jennifer Palmieri", "wrote", 'a particular reporter "has been very good to us"'),
    ("campaign communications director Jennifer Palmieri", "suggested", "giving him an early look at a policy rollout"),
    ("Another exchange", "shows", "senior aide Neera Tanden fuming about Clinton's judgment"),
    ("Tanden", "wrote", '"Her instincts can be terrible,"'),
    ("Tanden", "wrote", '"I want to know whose idea this was."'),
    ("Campaign spokesman Glen Caplin", "said", 'the documents were stolen by Russian hackers "in an attempt to influence this election."'),
    ("Caplin", "said", '"We are not going to validate documents dumped by Julian Assange,"'),
    ("two sources familiar with the matter", "according to", "several of the people involved have privately acknowledged that their contents are genuine"),
    ("several of the people involved", "acknowledged", "their contents are genuine"),
    ("One cable network anchor", "tell", 'it was "illegal" to possess the stolen documents and that "it\'s different for the media."'),
    ("Clinton", "told", 'politicians need "both a public and a private position" on some issues'),
    ("he", "told", '"Hillary Clinton says she has a public position and a private position,"'),
    ("Hillary Clinton", "says", "she has a public position and a private position"),
    ("he", "told", '"Folks, that\'s called lying."'),
    ("Crowds at Trump rallies", "chanting", '"WikiLeaks! WikiLeaks!"'),
    ("he", "declared", '"I love WikiLeaks,"'),
    ("Podesta", "told", "he believed the FBI was investigating the hack"),
    ("he", "believed", "the FBI was investigating the hack"),
    ("he", "said", '"I\'m not going to comment on the content,"'),
    ("he", "said", '"I will say that this is a criminal act, and I think the Russians are behind it."'),
    ("Russian officials", "denied", "any involvement"),
    ("A Kremlin spokesman", "called", 'the accusation "nonsense"'),
    ("WikiLeaks founder Julian Assange", "promised", "more releases before Election Day"),
    ("a WikiLeaks tweet", "declared", '"This is just the beginning,"'),
    ("a WikiLeaks tweet", "declared", '"Much more to come."'),
]

SPECS["ps_020"] = [
    (None, "asked", "what he would do about Aleppo"),
    ("Libertarian presidential nominee Gary Johnson", "responded", "“And what is Aleppo?”"),
    ("Barnicle", "said", "“You’re kidding,”"),
    ("Johnson", "replied", "“No,”"),
    ("Barnicle", "explained", "“Aleppo is in Syria. It’s the epicenter of the refugee crisis,”"),
    ("Johnson", "said", "“OK, got it,”"),
    ("Johnson", "said", "“Got it.”"),
    ("he", "told", "“I’m incredibly frustrated with myself,”"),
    ("he", "told", "“I blanked. It happens, but it shouldn’t have happened on that.”"),
    ("Johnson", "said", "he had been thinking of an acronym rather than the city"),
    ("the statement", "read", "“Yes, I understand the dynamics of the Syrian conflict — I talk about them every day,”"),
    ("the statement", "read", "“But hit with a question about ‘Aleppo,’ ~~ the Syrian conflict.”"),
    ("Weld", "told", "“Gary’s a big-picture guy,”"),
    ("Weld", "told", "“He’s not going to memorize every place name on the map, and frankly I don’t think voters care.”"),
    ("one state party chairman", "said", "“It was a disaster, and there’s no other word for it,”"),
    ("one state party chairman", "said", "“We’ve spent months telling people he’s a serious alternative.”"),
    ("Johnson’s campaign manager, Ron Nielson", "insisted", "the campaign would not lose ground"),
    ("Nielson", "According to", "online donations actually rose in the hours after the interview"),
    ("a Clinton campaign aide", "noted", "“every vote for Johnson is a vote that helps Donald Trump.”"),
    ("he", "told", "Johnson “doesn’t know what Aleppo is”"),
    ("Johnson", "said", "“Guilty,”"),
    ("co-host Joy Behar", "asked", "whether he had been caught off guard"),
    ("Johnson", "said", "“I’ve got to do better.”"),
]

SPECS["ps_021"] = [
    ("Donald Trump", "refused to say", "whether he would accept the results of the presidential election if he loses"),
    ("Trump", "said", '"I will look at it at the time,"'),
    ("moderator Chris Wallace of Fox News", "asked", "whether he would honor the outcome"),
    ("Trump", "said", '"I\'m not looking at anything now. I\'ll look at it at the time."'),
    ("Wallace", "noting", "the peaceful transfer of power was a cornerstone of the nation's democracy"),
    ("Wallace", "asked", '"Are you saying you\'re not prepared now to commit to that principle?"'),
    ("Trump", "responded", '"What I\'m saying is that I will tell you at the time,"'),
    ("Trump", "responded", '"I\'ll keep you in suspense. OK?"'),
    ("Clinton", "called", 'the answer "horrifying."'),
    ("she", "said", '"Let\'s be clear about what he is saying and what that means,"'),
    ("she", "said", '"He is talking down our democracy, ~~ take that position."'),
    ("Trump", "pledge", "to build a wall on the southern border"),
    ("Trump", "{said} some", 'some undocumented immigrants were "bad hombres" who needed to be removed'),
    ("Clinton", "said", "she would introduce comprehensive immigration legislation within her first 100 days in office"),
    ("Clinton", "accused", "Trump of using undocumented workers to build Trump Tower"),
    ("he", "said", '"Such a nasty woman,"'),
    ("Sen. Lindsey Graham of South Carolina", "said", "he will not vote for Trump"),
    ("Sen. Lindsey Graham of South Carolina", "wrote", 'refusing to commit to the results was "not a conservative position."'),
    ("Indiana Gov. Mike Pence", "telling", 'the campaign would "absolutely accept the result of this election."'),
    ("Trump", "told", 'he would "totally accept the results of this great and historic presidential election — if I win."'),
    ("Experts on elections", "said", "the remarks had no precedent"),
    ("Martha Kessler", "said", '"No major-party nominee in modern times has suggested he might not accept the verdict of the voters,"'),
    ("Martha Kessler", "said", '"It is genuinely unprecedented, and it is dangerous."'),
    ("Campaign manager Robby Mook", "told", 'Trump had "disqualified himself" by refusing to commit to a peaceful transfer of power'),
    ("Mook", "said", '"That\'s not a gaffe,"'),
    ("Mook", "said", '"That\'s who he is."'),
    ("Snap polls", "showed", "Clinton won the debate"),
    ("A CNN/ORC poll", "found", "52% of debate watchers thought she had done the better job, compared with 39% for Trump"),
    ("52% of debate watchers", "thought", "she had done the better job"),
]

SPECS["ps_022"] = [
    ("Trump", "told", "the two men had discussed the wall but “did not discuss payment of the wall.”"),
    ("he", "said", "“That’ll be for a later date,”"),
    ("he", "wrote", "“At the start of the conversation with Donald Trump, I made clear that Mexico will not pay for the wall,”"),
    ("I", "made clear", "Mexico will not pay for the wall"),
    ("A senior Trump aide", "said", "the conversation had been “cordial but not detailed.”"),
    ("the aide", "said", "“The president raised it, Mr. Trump listened, and they moved on,”"),
    ("the aide", "said", "“There was no negotiation.”"),
    ("Trump", "saying", "Mexico was sending “rapists” and drug dealers across the border"),
    ("Former Mexican President Vicente Fox", "called", "Trump a “false prophet,”"),
    ("Former Mexican President Vicente Fox", "said", "Trump was “not welcome” and that the visit was “an insult.”"),
    ("Peña Nieto", "saying", "“the Mexican people have felt offended” by Trump’s comments but that dialogue was the best way forward"),
    ("He", "called", "Peña Nieto “a friend”"),
    ("He", "said", "the United States and Mexico shared a “common interest” in stopping illegal immigration and drug trafficking"),
    ("he", "promised", "to deport millions of undocumented immigrants"),
    ("Trump", "said", "“Mexico will pay for the wall,”"),
    ("Trump", "said", "“Believe me. 100 percent. ~~ pay for the wall.”"),
    ("The crowd", "chanted", "“Build the wall! Build the wall!”"),
    ("Clinton spokeswoman Jennifer Palmieri", "said", "“It may have been a long trip to get there, but Donald Trump ended up exactly where he started,”"),
    ("Clinton", "said", "“it takes more than a photo op” to build relationships with foreign leaders"),
    ("a Mexican government official", "told", "Peña Nieto had been “caught off guard” by how quickly Trump accepted the invitation, which was also extended to Clinton"),
    ("Clinton’s campaign", "said", "she would meet with Peña Nieto “at the appropriate time.”"),
    ("One campaign adviser who helped plan the trip", "said", "the Phoenix speech had “stepped on the best story we’ve had in weeks.”"),
    ("that adviser", "said", "“He showed he can be presidential in the afternoon and still be Trump at night,”"),
    ("that adviser", "said", "“That’s the whole point.”"),
]

SPECS["ps_023"] = [
    ("DNC Chairwoman Debbie Wasserman Schultz", "announced", "she would step down at the end of this week's convention in Philadelphia"),
    ("she", "said", '"The best way for me to help us win in November ~~ convention ends,"'),
    ("The emails", "show", "DNC staffers — who are supposed to stay neutral in the primaries — trading snarky comments about Bernie Sanders and his campaign"),
    ("a senior official", "suggested", "raising questions about Sanders's religion before the Kentucky and West Virginia primaries"),
    ("the official", "wrote", '"Can we get someone to ask about his beliefs? It could make a difference with some of these folks,"'),
    ("Wasserman Schultz", "called", 'Sanders campaign manager Jeff Weaver "an ASS"'),
    ("the emails", "show", "an organization that clearly preferred one candidate and didn't bother hiding it from itself"),
    ("he", "told", '"I don\'t think it\'s a great shock to anybody that the DNC was on Secretary Clinton\'s side,"'),
    ("he", "told", '"It\'s an outrage, but it\'s not a shock."'),
    ("He", "said", 'he had been calling for her resignation for months and that "the party leadership has to be impartial."'),
    ("he", "calling for", "her resignation"),
    ("Campaign manager Robby Mook", "told", '"experts are telling us" that Russian state actors had broken into the DNC\'s servers and were leaking the emails "for the purpose of helping Donald Trump."'),
    ("experts", "telling", 'Russian state actors had broken into the DNC\'s servers and were leaking the emails "for the purpose of helping Donald Trump."'),
    ("The Trump campaign", "called", 'that claim "absurd."'),
    ("Donald Trump Jr.", "said", '"This is so far from the truth,"'),
    ("Donald Trump Jr.", "said", '"It\'s disgusting."'),
    ("she", "told", '"We know that the voices in this room that are standing up are not the voices of the majority,"'),
    ("the statement", "said", '"On behalf of everyone at the DNC, we want to offer a deep and sincere apology,"'),
    ("the statement", "said", '"The DNC does not — and will not — tolerate disrespectful language."'),
    (None, "chants", '"Bernie! Bernie!"'),
    ("I", "asked", "whether the resignation changed anything"),
    ("Kyle Ostrander", "put it", '"It\'s a start. But you don\'t get to break the rules for a year and then apologize on the last day."'),
    ("He", "said", "he would vote for Clinton in November"),
    ("he", "said", '"Ask me in October,"'),
]

SPECS["ps_024"] = [
    ("Trump", "acknowledges", "Obama was born in US"),
    ("Donald Trump", "acknowledged", "acknowledged that {Obama was born in the United States}"),
    ("Donald Trump", "claimed", "Hillary Clinton's 2008 campaign had started the whole controversy"),
    ("Trump", "said", '"President Barack Obama was born in the United States, period,"'),
    ("Trump", "said", '"Now we all want to get back to making America strong and great again."'),
    ("Trump", "said", '"Hillary Clinton and her campaign of 2008 started the birther controversy. I finished it,"'),
    ("Trump", "said", '"You know what I mean."'),
    ("fact-checkers who have examined the claim", "according to", "Some of her supporters circulated emails raising the issue during the bitter 2008 primary, but the Clinton campaign did not promote the theory"),
    ("Trump", "refused to say", "whether he believed Obama was born in the U.S."),
    ("he", "told", '"I\'ll answer that question at the right time,"'),
    ("he", "told", '"I just don\'t want to answer it yet."'),
    ("Jason Miller", "saying", 'Trump "believes that President Obama was born in the United States"'),
    ("Trump", "believes", "President Obama was born in the United States"),
    ("Jason Miller", "crediting", "him with forcing Obama to release his long-form birth certificate in 2011"),
    ("The statement", "called", 'that "a great service to the President and the country."'),
    ("Clinton", "said", "Trump owed Obama and the American people an apology"),
    ("she", "said", '"He was the leading voice of birtherism,"'),
    ("she", "said", '"For five years he has led the birther movement to delegitimize our first black president."'),
    ("he", "told", '"I was pretty confident about where I was born,"'),
    ("he", "told", '"I think most people were."'),
    ("Several Republicans", "expressed relief", 'Trump had finally put the issue to rest'),
    ("some", "said", "the reversal was long overdue"),
    ("Rep. Tom Cole of Oklahoma", "said", '"Better late than never,"'),
    (None, "criticism", "he was using the campaign to promote his business"),
    ("Trump", "said", 'the hotel was "a great place" and "a very special building."'),
    ("Rep. G.K. Butterfield", "said", '"This is not over,"'),
    ("Rep. G.K. Butterfield", "said", '"He owes the president an apology, and he owes the country an apology."'),
    ("Mike Pence", "said", "{he believed Obama was born in the United States}. Asked"),
    ("he", "believed", "he believed {Obama was born in the United States}. Asked"),
    (None, "Asked", "whether Trump should apologize"),
    ("Pence", "told", 'the campaign was "moving on."'),
]

SPECS["ps_025"] = [
    ("the Democratic senator from Virginia", "pressed", "the Indiana governor to defend his running mate’s most incendiary remarks — on Mexican immigrants, on women, on Russian President Vladimir Putin"),
    ("Kaine", "said", "“I can’t imagine how Governor Pence can defend the insult-driven, selfish, me-first style of Donald Trump,”"),
    ("Pence", "shot back", "“Senator, you and Hillary Clinton would know a lot about an insult-driven campaign,”"),
    ("one network", "count", "Kaine interrupted Pence more than 70 times"),
    ("Democrats", "said", "was meant to rattle him"),
    ("Republicans", "said", "made Kaine look “desperate.”"),
    ("A CNN/ORC instant poll", "found", "48 percent of debate watchers thought Pence had done the better job, compared with 42 percent for Kaine"),
    ("48 percent of debate watchers", "thought", "Pence had done the better job"),
    ("Democrats", "argued", "Pence had done so by essentially pretending Trump did not exist"),
    ("Trump", "comment", "Mexico was sending “rapists” across the border"),
    ("Pence", "accused", "him of “whipping out that Mexican thing again.”"),
    ("Pence", "asked", "“Did you work this hard on your lines?”"),
    ("{Pence} repeatedly denied", "denied", "Trump had made statements he had in fact made, including his praise for Putin"),
    ("Pence", "said", "“That’s nonsense,”"),
    ("Kaine", "quoted", "Trump calling Putin “a great leader.”"),
    ("Trump", "calling", "Putin “a great leader.”"),
    ("he", "wrote", "“@mike_pence is doing a great job — so far no contest!”"),
    ("Campaign chairman John Podesta", "told", "Pence had “auditioned for 2020” rather than defend his running mate"),
    ("one senior aide", "said", "“He’s 100 percent in for Donald Trump,”"),
    ("one senior aide", "said", "“Anyone who says otherwise doesn’t know Mike.”"),
    ("she", "said", "“Gentlemen, the people at home cannot understand either of you when you speak over each other,”"),
    ("Kaine", "said", "he had no regrets about his approach"),
    ("he", "told", "“I wanted to put Governor Pence on the spot, and I think we did that,”"),
    ("Alex Conant", "said", "“Nobody votes for the bottom of the ticket,”"),
    ("Alex Conant", "said", "“But if you’re a Republican who was looking for permission to come home, Pence just gave it to you.”"),
]

SPECS["ps_026"] = [
    ("both parties", "called", "the most consequential in a generation"),
    ("President Obama", "asked", "Americans to trust Hillary Clinton"),
    ("Mr. Obama", "told", "“I am asking you to do for her what you did for me,”"),
    ("Mr. Obama", "told", "“I’m asking you to reject fear and choose hope.”"),
    ("The campaign", "said", "the crowd numbered about 33,000, the largest of Mrs. Clinton’s campaign"),
    ("he", "said", "“America is already great. America is already strong,”"),
    ("he", "said", ["“And I promise you, our strength, our greatness, does not depend on Donald Trump.", "“It depends on you. ~~ one more call.”"]),
    ("she", "said", ["“When they go low,”", "“we go high.”"], {"roles": True}),
    ("The crowd", "chanted", "“I’m with her!”"),
    ("Mrs. Clinton", "said", "she had been “humbled” by their support"),
    ("She", "told", "she wanted to be “a president for all Americans — not just the people who vote for me.”"),
    ("He", "told", "the election was their “last chance” to stop “a corrupt political establishment.”"),
    ("Mr. Trump", "said", "“Tomorrow, the American working class is going to strike back,”"),
    ("Mr. Trump’s campaign", "said", "he would hold five rallies on Monday, ending after midnight in Grand Rapids, Mich."),
    ("Aides to Mrs. Clinton", "said", "they were confident but not complacent"),
    ("Jennifer Palmieri", "said", "“We feel good about where we are,”"),
    ("Jennifer Palmieri", "said", "“But nobody is taking anything for granted, least of all her.”"),
    ("a Clinton campaign official", "According to", "more than 46 million Americans had already voted early or by mail, and turnout among Hispanic voters in Florida and Nevada was running well ahead of 2012"),
    ("Denise Carter", "said", "she had voted for Mr. Obama twice and was ready to do the same for Mrs. Clinton"),
    ("she", "said", "“I cried the first time,”"),
    ("she", "said", "“I might cry again tomorrow, but for a different reason.”"),
    ("one of them", "called out", "“You’ll see tomorrow,”"),
    ("one of them", "called out", "“Wait till Ohio comes in.”"),
]

SPECS["ps_027"] = [
    ("Donald Trump", "say", "he's a generous man"),
    ("a Washington Post investigation published Tuesday", "According to", "the Donald J. Trump Foundation spent $20,000 ~~ Palm Beach, Fla."),
    ("the Post", "found", "Trump himself has not given to the foundation since 2008"),
    ("Tax experts", "say", "that's almost certainly a problem"),
    ("Rachel Ostrowski", "said", '"If you use charity money to buy something for yourself, that\'s self-dealing, and it\'s prohibited,"'),
    (None, "reportedly", ["The portrait is", "still hanging somewhere at one of Trump's properties"]),
    ("The Post's David Fahrenthold", "found", "the foundation also paid $258,000 to settle legal disputes involving Trump's for-profit businesses"),
    ("spokesman Jason Miller", "said", '"The Washington Post is once again engaging in a hit piece on Mr. Trump, and they should be ashamed of themselves,"'),
    ("He", "called", 'Fahrenthold "a nasty guy"'),
    ("He", "said", 'the Post was "totally dishonest."'),
    ("Trump", "said", '"They\'re writing stories that are false. Totally false,"'),
    ("Trump", "said", '"But that\'s OK. We\'re going to win anyway."'),
    ("he", "said", '"Instead of being like, \'Thank you very much, Mr. Trump,\' it\'s like, \'Who got the money?\'"'),
    ("he", "said", '"The press should be ashamed of themselves."'),
    ("Clinton spokesman Brian Fallon", "said", '"Donald Trump has spent his life taking advantage of others, and now we know he takes advantage of charities too,"'),
    ("New York Attorney General Eric Schneiderman", "announced", "his office had opened an investigation into the foundation"),
    ("Schneiderman", "told", '"We have been looking into the Trump Foundation to make sure it\'s complying with the laws governing charities in New York,"'),
    (None, "accused", "of giving foreign donors special access to the State Department"),
    ("independent watchdog groups that rate nonprofits", "according to", "the Clinton Foundation, whatever its flaws, spends most of its money on actual charity"),
]

SPECS["ps_028"] = [
    ("CNN projections", "according to", "Trump won Alabama, Arkansas, Georgia, Massachusetts, Tennessee, Virginia and Vermont"),
    ("Trump", "told", "“I am a unifier,”"),
    ("Trump", "told", "“Once we get all of this finished, I’m going to go after one person, and that’s Hillary Clinton.”"),
    ("Duke", "urged", "his radio listeners to support Trump"),
    ("Tapper", "asked", "whether Trump would disavow Duke and white supremacist groups"),
    ("Trump", "said", "“I don’t know anything about David Duke, OK?”"),
    ("Trump", "said", "“I don’t know what you’re even talking about with white supremacy.”"),
    ("Tapper", "pressed", "“Would you just say, unequivocally, that you condemn them and you don’t want their support?”"),
    ("Trump", "replied", ["“Well, I have to look at the group,”", "“because you wouldn’t want me to condemn a group that I know nothing about.”"]),
    ("Trump", "blamed", "a “very bad earpiece” for the exchange"),
    ("Trump", "telling", "he had not heard the question properly"),
    ("House Speaker Paul Ryan", "told", "any candidate for president “must reject any group or cause that is built on bigotry.”"),
    ("Ryan", "said", "“This party does not prey on people’s prejudices,”"),
    ("Rubio", "called", "Trump “unelectable”"),
    ("Rubio", "said", "the Duke episode showed why"),
    ("Sanders", "wrote", "America’s first black president “cannot be succeeded by a Trump who refuses to condemn the KKK.”"),
    ("Exit polls", "showed", "Trump winning across nearly every demographic group in the Republican contests, including evangelical Christians and voters without a college degree"),
    ("Cruz", "argued", "he was the only candidate who had beaten Trump and could do so again"),
    ("Cruz", "told", "“So long as the field remains divided, Donald Trump’s path to the nomination remains more likely,”"),
    ("A Rubio adviser", "acknowledged", "the night had been “rough”"),
    ("A Rubio adviser", "insisted", "the senator would win Florida on March 15"),
    ("the adviser", "said", "“That’s the whole ballgame,”"),
    ("she", "told", "“It’s clear tonight that the stakes ~~ never been lower,”"),
]

SPECS["ps_029"] = [
    ("more than a dozen GOP senators, aides and strategists interviewed this week", "according to", "Senate Republicans are increasingly convinced ~~ going down with him"),
    ("Senate Republicans", "convinced", "Donald Trump will lose the presidential race"),
    ("one Republican senator who is not up for re-election this year", "said", '"Everybody\'s running their own race now,"'),
    ("one Republican senator who is not up for re-election this year", "said", '"Nobody\'s waiting for the top of the ticket to bail them out."'),
    ("Sen. Pat Toomey", "refusing to say", "whether he will vote for Trump"),
    ("he", "said", '"I\'ve said I\'m going to make a decision, and I\'ll share it when I\'m ready,"'),
    ("{I}'ve said", "{said} I'm going", "I'm going to make a decision"),
    ("one of her ads", "asks", '"If Pat Toomey can\'t stand up to Donald Trump, how is he going to stand up for you?"'),
    ("a Heck aide", "according to", "The move prompted boos ~~ his campaign office"),
    ("the aide", "said", '"We knew it would cost us with some of the base,"'),
    ("the aide", "said", '"The question is whether it gets us anything in the middle."'),
    ("he", "said", 'he was "focused on the Senate" and that Republican candidates were "running strong races in tough states."'),
    ("A memo circulated last week by the National Republican Senatorial Committee to donors", "argued", "the GOP could hold the chamber even if Trump lost by several points"),
    ("the memo", "said", '"Our candidates have consistently run ahead of the top of the ticket,"'),
    ("the memo", "said", '"That firewall is holding."'),
    ("Sen. Chuck Schumer of New York", "told", 'he was "cautiously optimistic."'),
    ("the New York senator", "added", '"I wouldn\'t be measuring the drapes,"'),
    ("the New York senator", "added", '"But I like where we are."'),
    ("A Monmouth University poll released Monday", "showed", "Toomey trailing McGinty by four points"),
    ("a Quinnipiac poll", "had", "the race tied"),
    ("Trump", "told", 'Republicans who had abandoned him were "disloyal" and would "pay a price."'),
    ("he", "said", '"We don\'t need them,"'),
    ("One GOP strategist working on several Senate races", "called", 'that message "the single most unhelpful thing he could say right now."'),
    (None, "Asked", "whether anything Trump said could still hurt down-ballot Republicans"),
    ("he", "laughed", '"At this point? Everything has already been said."'),
]

SPECS["ps_030"] = [
    ("His Campaign", "Says", "No"),
    ("Trump", "said", ['"Hillary wants to abolish ~~ nothing you can do, folks,"', '"although the Second Amendment people — maybe there is, I don\'t know."']),
    ("senior communications adviser Jason Miller", "said", 'the candidate had been referring to the "power of unification."'),
    ("the statement", "said", '"Second Amendment people have amazing spirit ~~ political power,"'),
    ("he", "meant", "they should vote"),
    ("Sen. Chris Murphy of Connecticut", "wrote", '"This isn\'t a gaffe. It\'s a threat of violence, and it should be treated like one,"'),
    ("Robby Mook", "said", '"What Trump is saying is dangerous. ~~ shape or form."'),
    ("Former CIA Director Michael Hayden", "told", 'if anyone else had said it, "they\'d be talking to the Secret Service right now."'),
    ("The Secret Service", "said", 'it was "aware of the comment."'),
    ("CNN", "reported", "the agency had spoken to the Trump campaign about the remark"),
    ("an unnamed law enforcement official", "citing", "the agency had spoken to the Trump campaign about the remark"),
    ("Trump's campaign", "denied", "any such conversation took place"),
    ("Trump", "said", 'the media had "twisted" his words'),
    ("he", "said", '"This is a political movement. ~~ no other interpretation."'),
    ("he", "told", 'he\'d like to punch a protester "in the face."'),
    ("Paul Ryan", "called", 'it "a joke gone bad."'),
    ("Ryan", "said", '"I hope he clears it up very quickly,"'),
    ("a supporter", "told", "she hadn't thought twice about it"),
    ("she", "said", '"He was talking about voting,"'),
    ("she", "said", '"Everybody knows that. The media just wants a story."'),
]


if __name__ == "__main__":
    main()
