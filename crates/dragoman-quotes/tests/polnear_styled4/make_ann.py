#!/usr/bin/env python3
"""Write ann/pr_NNN_ann1.ann (brat standoff) for every text of polnear_styled4.

The annotations are kept as a spec at the end of this file: one line per
attribution relation,

    SOURCE | CUE | CONTENT [| c2]

with every string copied from the text. Offsets are never written by hand;
the script finds them by exact search:

* `-` as SOURCE means the relation has no Source.
* ` ++ ` separates the pieces of a discontinuous Content (a quote split by
  its cue, a clause split by an aside, one piece per paragraph for a quote
  over several paragraphs). `PREFIX ~~ SUFFIX` abbreviates a long piece:
  it runs from PREFIX to the first SUFFIX after it, inside one paragraph.
* Braces pick a target out of a longer context: `{said} Sen. Tester`.
* A locator that starts (ends) with a letter or digit matches only on a word
  boundary, and never just before a possessive or contracted `'s`.
* Every Content piece must occur exactly once in the text. The Cue is taken
  at the occurrence nearest the Content and the Source at the occurrence
  nearest the Cue, never inside the relation's own Content; an occurrence in
  the same paragraph is preferred. A tie is an error.
* The option `c2` writes the pieces as Content, Content2, ... arguments
  instead of one T line with `;`-separated segments.

Usage:
    python3 make_ann.py            # rewrite ann/*.ann (deterministic)
    python3 make_ann.py --review   # list every relation with context
    python3 make_ann.py --check    # also read the files back with score.py
"""

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_DIR = HERE / "text"
ANN_DIR = HERE / "ann"
SCORE_PY = HERE.parents[4] / "shared" / "eval" / "score.py"
SUFFIX = "_ann1"


class SpecError(Exception):
    pass


def is_word(ch):
    return ch.isalnum() or ch == "_"


def split_braces(locator):
    """(context, target_start, target_end) for a locator with optional {...}."""
    if "{" in locator:
        a = locator.index("{")
        b = locator.index("}", a)
        context = locator[:a] + locator[a + 1:b] + locator[b + 1:]
        return context, a, b - 1
    return locator, 0, len(locator)


def find_all(text, locator):
    """Spans of the locator's target at every word-bounded occurrence."""
    context, t0, t1 = split_braces(locator)
    if not context:
        raise SpecError("empty locator")
    spans = []
    start = 0
    while True:
        i = text.find(context, start)
        if i < 0:
            break
        start = i + 1
        j = i + len(context)
        if is_word(context[0]) and i > 0 and is_word(text[i - 1]):
            continue
        if is_word(context[-1]):
            if j < len(text) and is_word(text[j]):
                continue
            if re.match(r"['’]s\b", text[j:j + 3]):
                continue
        spans.append((i + t0, i + t1))
    return spans


def paragraph_of(text, pos):
    return text.count("\n\n", 0, pos)


def find_piece(text, piece):
    if " ~~ " in piece:
        prefix, suffix = piece.split(" ~~ ", 1)
        heads = find_all(text, prefix)
        if len(heads) != 1:
            raise SpecError(f"content prefix found {len(heads)} times: {prefix!r}")
        a = heads[0][0]
        tails = [s for s in find_all(text, suffix) if s[0] >= heads[0][1]]
        if not tails:
            raise SpecError(f"content suffix not found after prefix: {suffix!r}")
        b = tails[0][1]
    else:
        spans = find_all(text, piece)
        if len(spans) != 1:
            raise SpecError(f"content piece found {len(spans)} times: {piece!r}")
        a, b = spans[0]
    if "\n" in text[a:b]:
        raise SpecError(f"content piece crosses a line break: {piece!r}")
    return a, b


def distance(span, segments):
    best = None
    for a, b in segments:
        if span[1] <= a:
            d = a - span[1]
        elif span[0] >= b:
            d = span[0] - b
        else:
            d = -1
        best = d if best is None else min(best, d)
    return best


def overlaps(span, segments):
    return any(span[0] < b and a < span[1] for a, b in segments)


def nearest(text, locator, segments, avoid, what):
    spans = [s for s in find_all(text, locator) if not overlaps(s, avoid)]
    if not spans:
        raise SpecError(f"{what} not found (outside the content): {locator!r}")
    paras = {paragraph_of(text, a) for a, _ in segments}
    ranked = sorted(spans, key=lambda s: (paragraph_of(text, s[0]) not in paras, distance(s, segments)))
    key = lambda s: (paragraph_of(text, s[0]) not in paras, distance(s, segments))
    if len(ranked) > 1 and key(ranked[0]) == key(ranked[1]):
        raise SpecError(f"{what} is ambiguous (tie): {locator!r}")
    return ranked[0]


def parse_spec(spec):
    docs, current = {}, None
    for number, raw in enumerate(spec.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            current = line[3:].strip()
            docs[current] = []
            continue
        fields = [f.strip() for f in line.split(" | ")]
        if current is None or len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
            raise SpecError(f"spec line {number}: cannot read {line!r}")
        docs[current].append((number, fields[0], fields[1], fields[2].split(" ++ "), len(fields) == 4))
    return docs


def resolve(text, entry):
    number, source, cue, pieces, c2 = entry
    segments = [find_piece(text, p) for p in pieces]
    if segments != sorted(segments):
        raise SpecError(f"spec line {number}: content pieces out of order")
    cue_span = nearest(text, cue, segments, segments, "cue")
    src_span = None
    if source != "-":
        src_span = nearest(text, source, [cue_span], segments + [cue_span], "source")
    return {"line": number, "cue": cue_span, "source": src_span, "content": segments, "c2": c2}


def build(stem, text, entries):
    rels = []
    for entry in entries:
        try:
            rels.append(resolve(text, entry))
        except SpecError as e:
            raise SpecError(f"{stem} spec line {entry[0]}: {e}") from None
    rels.sort(key=lambda r: (r["content"][0][0], -r["content"][-1][1]))
    tlines, ids, elines = [], {}, []

    def tid(kind, segments):
        key = (kind, tuple(segments))
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offsets = ";".join(f"{a} {b}" for a, b in segments)
            covered = " ".join(text[a:b] for a, b in segments)
            tlines.append(f"{ids[key]}\t{kind} {offsets}\t{covered}")
        return ids[key]

    seen = set()
    for n, r in enumerate(rels, 1):
        args = [f"Attribution:{tid('Cue', [r['cue']])}"]
        if r["source"]:
            args.append(f"Source:{tid('Source', [r['source']])}")
        if r["c2"]:
            for i, seg in enumerate(r["content"]):
                args.append(f"Content{'' if i == 0 else i + 1}:{tid('Content', [seg])}")
        else:
            args.append(f"Content:{tid('Content', r['content'])}")
        key = (r["cue"], tuple(r["content"]))
        if key in seen:
            raise SpecError(f"{stem}: relation listed twice (spec line {r['line']})")
        seen.add(key)
        elines.append(f"E{n}\t{' '.join(args)}")
    return rels, "\n".join(tlines + elines) + "\n"


def check_file(path, text, content):
    """Every T span covers its TEXT field, every E argument exists."""
    problems = []
    names = set()
    for line in content.split("\n"):
        f = line.split("\t")
        if line.startswith("T"):
            names.add(f[0])
            segs = [tuple(map(int, s.split())) for s in f[1].split(" ", 1)[1].split(";")]
            if " ".join(text[a:b] for a, b in segs) != f[2]:
                problems.append(f"{path.name}: {f[0]} text mismatch")
        elif line.startswith("E"):
            for arg in f[1].split():
                if arg.split(":")[1] not in names:
                    problems.append(f"{path.name}: {f[0]} names a missing {arg}")
    return problems


def show(text, span, width=35):
    a, b = span
    left = text[max(0, a - width):a].replace("\n", "/")
    right = text[b:b + width].replace("\n", "/")
    return f"…{left}[{text[a:b]}]{right}…"


def main(argv):
    docs = parse_spec(SPEC)
    texts = sorted(TEXT_DIR.glob("*.txt"))
    missing = [p.stem for p in texts if p.stem not in docs]
    extra = [s for s in docs if not (TEXT_DIR / f"{s}.txt").exists()]
    if missing or extra:
        raise SpecError(f"texts without spec: {missing}; spec without text: {extra}")
    ANN_DIR.mkdir(exist_ok=True)
    problems, total = [], 0
    for path in texts:
        text = path.read_text(encoding="utf-8")
        rels, content = build(path.stem, text, docs[path.stem])
        out = ANN_DIR / f"{path.stem}{SUFFIX}.ann"
        out.write_text(content, encoding="utf-8")
        problems += check_file(out, text, content)
        total += len(rels)
        if "--review" in argv:
            for n, r in enumerate(rels, 1):
                content_text = " ".join(text[a:b] for a, b in r["content"])
                print(f"{path.stem} E{n} (spec {r['line']})")
                print(f"   CUE {show(text, r['cue'])}")
                if r["source"]:
                    print(f"   SRC {show(text, r['source'])}  d={distance(r['source'], [r['cue']])}")
                else:
                    print("   SRC -")
                print(f"   CON {content_text}  d={distance(r['cue'], r['content'])}")
    if problems:
        for p in problems:
            print("PROBLEM", p)
        return 1
    print(f"wrote {len(texts)} files, {total} relations, 0 span problems")
    if "--check" in argv:
        spec = importlib.util.spec_from_file_location("score", SCORE_PY)
        score = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(score)
        direct = indirect = 0
        for path in texts:
            text = score.read_text_file(path)
            atts = score.parse_ann(ANN_DIR / f"{path.stem}{SUFFIX}.ann", text)
            direct += sum(a["direct"] for a in atts)
            indirect += sum(not a["direct"] for a in atts)
        print(f"score.py parse_ann: {direct + indirect} attributions, {direct} direct, {indirect} indirect")
        if direct + indirect != total:
            print("PROBLEM: parse_ann count differs")
            return 1
    return 0


# ---------------------------------------------------------------------------
# The spec: SOURCE | CUE | CONTENT [| c2], strings copied from the texts.

SPEC = r'''
== pr_001
Jan. 6 panel | says | Trump stood at 'the center' of the plot
it | called | "a sprawling, months-long scheme"
The House committee investigating the Jan. 6, 2021, attack on the Capitol | said | former President Donald Trump had been "at the center of it from the first day."
Thompson | said | "Our democracy survived that afternoon, but only barely,"
Thompson | said | "It is still in danger tonight."
She | said | Trump had ignored his own advisers ~~ kept him in power."
his own advisers | told | he had lost
Cheney | said | "To my Republican colleagues ~~ say only this,"
Cheney | said | "He will leave the stage one day. What you did to shield him will not."
former Attorney General William Barr | told | he had warned Trump ~~ complete nonsense," ++ he had said so to the president's face more than once
he | warned | the fraud claims were "nonsense, complete nonsense,"
Barr | said | "I didn't want any part of it,"
Edwards | told | "I had trained ~~ where I worked,"
She | said | officers had been "outnumbered, outflanked and, for a while, out of hope."
Thompson | Asked | whether she had ever seen anything like it
she | said | "Never,"
she | said | "Not in a movie, not anywhere."
House Minority Leader Kevin McCarthy | dismissed | the hearing as "a partisan production with a Hollywood budget."
Trump | calls | the panel the "Unselect Committee,"
Trump | wrote | Jan. 6 had been "a movement," not an insurrection ++ the hearings were "a sham from start to finish."
Democrats | said | the committee intends to show ~~ stay in office
the committee | show | Trump pressed the Justice Department ~~ stay in office
Trump | pressed | the Justice Department, state officials and his own vice president to help him stay in office
Rep. Jamie Raskin of Maryland | said | "We are going to walk the American people ~~ one step at a time,"
Rep. Jamie Raskin of Maryland | said | "Then they can decide for themselves."
early ratings figures | according to | More than 20 million people watched the hearing on broadcast and cable networks

== pr_002
Biden | Saying | ‘The Buck Stops With Me’
Mr. Biden | conceded | the Afghan government had fallen faster than his administration had expected
he | said | “I will not pretend ~~ anyone predicted,”
he | insisted | staying longer would not have changed the ending
he | said | the responsibility was his alone
he | said | “The buck stops with me. Not with my generals, not with anyone else.”
He | blamed | Afghanistan’s political leaders, who ~~ without firing a shot.”
he | said | had “walked away from their own people,”
he | said | had folded “in many places without firing a shot.”
Senator Mitch McConnell of Kentucky | called | the pullout “a botched exit that will haunt this country for years.”
Representative Michael McCaul of Texas | said | “This is what defeat looks like when you announce the date in advance,”
Senator Bob Menendez of New Jersey | said | he was “deeply troubled” ~~ staying power
he | called | “a string of serious misjudgments” about the Afghan army’s staying power
Mr. Blinken | said | “This is manifestly not Saigon,”
Mr. Blinken | said | “We went into Afghanistan ~~ a long time ago. ++ “We did not go there ~~ decade trying.”
A former interpreter for the Army | said | he had been waiting at one gate for three days
the man | said | “They told us to come with our papers. Now nobody even looks at the papers,”
They | told | to come with our papers
the man | asked | his name not be used
- | Asked | whether the United States would push past its Aug. 31 deadline
John F. Kirby | said | the department was “focused on the mission in front of us.”
Zabihullah Mujahid | told | women would have rights “within the limits of Islamic law” ++ the Taliban wanted “no enemies, inside or outside.”
many lawmakers | fear | Afghanistan will again become a haven for terrorists
Jen Psaki | said | the president had known the withdrawal “would not be pretty.”
Ms. Psaki | said | “He believed it was the right call then,” ++ “and he believes it is the right call today.”
He | believed | it was the right call then
he | believes | it is the right call today

== pr_003
Biden | says | nation took "a monumental step"
Biden | said | "Tonight we are taking a monumental step forward as a country,"
He | added | the bill would create "millions of jobs that can't be shipped overseas"
He | called | it "a down payment on the country we want to be."
Progressives | insisted | the infrastructure bill move only together with the larger social spending plan
Rep. Pramila Jayapal of Washington | said | her members had agreed to go ahead ~~ scorekeepers weighed in
five moderates | promised | to back the bigger bill once budget scorekeepers weighed in
Jayapal | told | "We trust each other, and we are going to hold each other to our word,"
Jayapal | told | "That is how this works."
The moderates | saying | they would vote for the social spending package ~~ White House's figures
Rep. Alexandria Ocasio-Cortez of New York | said | the deal left progressives holding "nothing but a promise."
CNN | Asked | whether she worried about being blamed if the second bill died
she | said | "I'm not the one who should be worried,"
House Minority Leader Kevin McCarthy | urged | Republicans to oppose the bill
House Minority Leader Kevin McCarthy | arguing | its passage would clear the way ~~ spree in history."
he | called | "the largest tax-and-spend spree in history."
Rep. Don Bacon of Nebraska | told | "This is about fixing roads, not about politics,"
Rep. Don Bacon of Nebraska | told | "My constituents don't care ~~ the bridge is safe."
Rep. Marjorie Taylor Greene of Georgia | branded | the 13 "traitors"
former President Donald Trump | said | all of them "should be ashamed of themselves."
the White House | according to | The bill includes roughly $550 billion in new federal spending
a reporter | asked | whether he was sure the second bill would pass
the president | replied | "I'm confident we'll get the votes,"
the president | replied | "Watch."
Speaker Nancy Pelosi | said | she was "proud" of her members
she | said | "Some days this job is easy,"
she | said | "This was not one of those days."

== pr_004
Sen. Joe Manchin (D-W.Va.) | said | he would not vote for President Joe Biden’s roughly $2 trillion social spending and climate bill
Manchin | told | “I have tried everything humanly possible, and I cannot get there,”
Baier | pressed | whether that meant the bill was finished
the senator | answered | “This is a no.”
Manchin | warned | rising prices were “not a passing problem” ~~ grocery store.”
It | accused | Manchin of walking away from “commitments ~~ Oval Office,”
It | said | the administration would “not give up” on the bill
one senior White House official | said | “We found out the same way everyone else did, by watching television,”
Another aide | described | the president as “angry, but mostly stunned.”
A person close to the senator | insisted | his staff had warned the White House on Sunday morning
the person | said | “He told them it was coming. They just didn’t want to hear it,”
He | told | it was coming
a pair of Democrats briefed on the talks | according to | Manchin had floated a smaller package of about $1.8 trillion last week
the White House | judged | it left out too many of the president’s priorities
Sen. Bernie Sanders (I-Vt.) | said | Manchin would “have to explain ~~ the big polluters.”
Rep. Pramila Jayapal (D-Wash.) | said | the senator had “walked away from working families and from his own word.”
Senate Majority Leader Chuck Schumer (D-N.Y.) | told | he would bring the bill to the floor early in the new year anyway
Schumer | wrote | “Every senator will go on the record,” ++ “and the American people will see who stood where.” | c2
Sen. John Cornyn (R-Texas) | said | “Joe Manchin just did the country an enormous favor,”
Senate Minority Leader Mitch McConnell (R-Ky.) | said | he had been telling Manchin for months that he “would be welcome” in the Republican conference
he | telling | he “would be welcome” in the Republican conference
- | Asked | whether there was any path left for the bill
the aide | said | “Ask me in January,”

== pr_005
Justice Thomas | Says | the Court "Should Reconsider" Much More
Justice Samuel Alito | declared | Roe had been "egregiously wrong from the start" ++ it was "long past time to send this question back to the voters of each state."
Alito | insisted | the ruling concerned "abortion and nothing else."
they | wrote | "The Court does not act neutrally when it walks away from a right this old,"
They | warned | young women would now "come of age ~~ grandmothers had."
The dissent | went on | "Today's decision ~~ fifty years ago. ++ "No one should be fooled ~~ stop here."
No one | believing | the majority will stop here
Justice Clarence Thomas | wrote | in future cases the Court "should reconsider" ~~ same-sex marriage
President Joe Biden | called | the decision "a ruling that drags this country backward, not forward."
He | urged | voters to elect more senators who would restore Roe's protections in federal law
Biden | said | "This fall, Roe is on the ballot,"
Biden | said | "Personal freedoms are on the ballot."
Missouri Attorney General Eric Schmitt | announced | his state's trigger law had taken effect
Schmitt | tweeted | "Missouri is now the first state ~~ made it so,"
Former Vice President Mike Pence | called on | Congress to pass a nationwide ban
he | said | The anti-abortion movement ++ "must not rest ~~ in this land."
Hundreds of protesters | chanted | "My body, my choice!"
Joan Petrakis | said | "I marched for this right when I was twenty,"
Joan Petrakis | said | "I never thought my granddaughter would have to march for it too."
I | thought | my granddaughter would have to march for it too
poll after poll | has shown | A solid majority of Americans ++ wanted Roe left in place

== pr_006
Former Meadows Aide | Testifies | Trump Knew Some in the Crowd Were Armed
A former White House aide | told | President Donald J. Trump had been warned ~~ let through anyway
- | warned | some of his supporters were armed that morning
President Donald J. Trump | demanded | they be let through anyway
Ms. Cheney | asked | “Were you aware that people in the crowd at the Ellipse had weapons?”
Ms. Hutchinson | said | “Yes,”
Ms. Hutchinson | said | “I was told there were people ~~ body armor.”
- | told | there were people carrying knives and pistols, and some in body armor
Ms. Cheney | continued | “And what was the president’s reaction when he learned that?”
she | answered | “He was angry that the crowd didn’t look bigger,”
she | answered | “He said something like, ‘These people ~~ Let them in.’”
He | said | ‘These people aren’t going to hurt me. Let them in.’
Ms. Hutchinson | testified | the White House counsel, Pat A. Cipollone, had urged ~~ going to the Capitol
Pat A. Cipollone | urged | her that morning to keep Mr. Trump from going to the Capitol
she | recalled | “He said, ‘Cassidy ~~ you can name,’”
He | said | ‘Cassidy, we cannot let him go up there. We will be exposed to every charge you can name,’
Ms. Cheney | asked | “Did Mr. Meadows ever say whether he shared Mr. Cipollone’s concern?”
Mr. Meadows | say | whether he shared Mr. Cipollone’s concern
Ms. Hutchinson | replied | “He told me he didn’t think it was a big deal,”
He | told | he didn’t think it was a big deal
he | think | it was a big deal
rioters inside the building | chanted | “Hang Mike Pence!”
Ms. Hutchinson | According to | the counsel told Mr. Meadows ~~ “doesn’t want to do anything.”
the counsel | told | they needed to do something “or people are going to die,”
Mr. Meadows | answered | the president “doesn’t want to do anything.”
Attorney General William P. Barr | told | he had seen no fraud on a scale that could have changed the outcome
She | said | she had found a valet cleaning ketchup ~~ thrown his lunch
Mr. Trump | wrote | he “hardly” knew Ms. Hutchinson
Mr. Trump | called | her “a total phony” whose story was “a fantasy.”
A person familiar with the Secret Service’s thinking | said | two agents who rode with Mr. Trump ~~ presidential vehicle
It | read | “A person let me know ~~ loyalty is remembered.”
A person | let me know | the boss is watching how I handle this ++ loyalty is remembered
Ms. Cheney | said | “Most Americans understand,” ++ “that trying to influence a witness is a very serious matter.”

== pr_007
Cortez Masto | told | “Nevadans turned their backs on the politics of fear and division,”
Cortez Masto | told | “They chose to keep working ~~ their rights. ++ “I will not forget who sent me back to Washington.”
President Joe Biden | said | he was “incredibly pleased”
President Joe Biden | credited | young voters for the turnout
Biden | told | “People showed up, and they made their choice,”
Senate Majority Leader Chuck Schumer | called | the outcome “a vindication of the work we have done”
Senate Majority Leader Chuck Schumer | said | Democrats would now press ahead with judicial confirmations
Some | blamed | Trump, who had elevated ~~ Blake Masters in Arizona
Senate Minority Leader Mitch McConnell | warned | “candidate quality” could cost his party
he | wrote | the losses were “not my fault in any way” ++ party leaders had “let down the voters.”
Sen. Lindsey Graham of South Carolina | said | “Whatever this was, it was not a wave,”
Sen. Lindsey Graham of South Carolina | said | “We have to look hard at how we got here.”
He | told | the victory belonged to “every person who has ever been counted out.”
Warnock | said | the second round would be “a test of who we are as a state,”
Walker | told | he was “not going anywhere.”
race calls by The Associated Press | according to | Republicans remain on track to win a narrow House majority
House GOP leader Kevin McCarthy | said | he had “no doubt” his party would prevail
Rosa Delgado | said | the win belonged to workers like her
she | said | “We walked these streets when it was a hundred and ten degrees,”
she | said | “Nobody can tell me we didn’t earn this.”
Laxalt | writing | he had called Cortez Masto to congratulate her ++ Nevada Republicans should “hold our heads high.”

== pr_008
one member sitting a row away | described | "a very, very frank exchange of views."
Somebody near the aisle | shouted | "Stop it! Stop it!"
McCarthy | told | "I learned a long time ago ~~ gets hard,"
McCarthy | told | "Boy, did it get hard."
She | told | her boss "could keep this up for a month."
Gaetz | telling | McCarthy was "a man who will say anything to anyone for that gavel."
he | told | "I ran out of things to ask for," ++ "so I ran out of reasons to vote no."
several members I talked to | According to | McCarthy agreed that ~~ Rules Committee
McCarthy | agreed | a single member could force a vote to remove him
the new minority leader | said | his party would work with Republicans "whenever we can" and fight them "whenever we must."
McCarthy | said | The former president ++ had been "on the phone with these guys from the very beginning."
I | I {asked} one | whether he was worried about the deal
one Republican from a swing district | asked | me not to use his name
he | said | "Worried? I'm terrified,"
he | said | "But right now I'm going to bed."
I | suspect | those concessions will come back to bite the new speaker sooner than anyone thinks

== pr_009
he | wrote | "It took far too long to get the president to the table," ++ "but we now have an agreement in principle that I can take to my members."
Mr. Biden | said | the deal "protects the things we fought hardest for"
Mr. Biden | urged | both chambers to pass it "without delay."
a summary circulated among House Republicans | according to | The agreement would hold most nondefense spending ~~ receive food stamps
Treasury Secretary Janet L. Yellen | warned | the government could run out of cash to cover its obligations by June 5
Representative Chip Roy of Texas | wrote | "Not one Republican should vote for this,"
Representative Chip Roy of Texas | calling | it "a betrayal of everything we promised in January."
Representative Ro Khanna of California | said | he was "deeply uneasy" about the new work requirements
he | saying | he would vote no
Mr. Graves | said | "Look, nobody is going to love everything in it,"
Mr. Graves | said | "That is what a deal looks like."
An administration official | said | the White House had "held the line" on the president's climate and health care laws
he | said | "I think this is the most conservative ~~ in a generation,"
he | said | "We cut spending for the first time in years. We did not raise a single tax. ++ "And for the people who say ~~ for more."
I | think | this is the most conservative spending bill this body has seen in a generation
the people | say | we didn't get enough
reporters | asked | whether the speaker had bargained in good faith
He | answered | "He did. He kept his word."
Representative Hakeem Jeffries of New York | told | he expected "a strong bipartisan vote" by midweek

== pr_010
McCarthy | told | he would not run for the job again
he | told | “I fought for what I believe in, and I would do it again,”
he | told | “I don’t regret standing up ~~ so rare around here.”
{Gaetz}, who filed | accused | McCarthy of breaking the promises he made in January
{Gaetz}, who filed | said | the speaker had cut a “secret side deal” with Democrats on money for Ukraine
Gaetz | said | “Chaos is Speaker McCarthy,”
House Minority Leader Hakeem Jeffries (D-N.Y.) | wrote | Democrats would vote to remove McCarthy ~~ in their ranks.”
A McCarthy ally | called | the eight defectors “a bunch of arsonists who think they’re firefighters.”
a bunch of arsonists | think | they’re firefighters
Democratic aides | insisted | the speaker could have saved himself
one senior Democratic aide | said | “He had the votes to survive ~~ weeks ago,”
one senior Democratic aide | said | “He never did.”
Rep. Nancy Mace (R-S.C.) | said | McCarthy had made commitments to her ~~ had not kept them
Mace | told | “I kept my end of the bargain,”
Mace | told | “He didn’t keep his.”
Former President Donald Trump | posted | Republicans “should be fighting the Democrats, not each other.”
- | Asked | whether he would endorse anyone to succeed him
he | said | “I think I’ll sit this one out,”
I | think | I’ll sit this one out
several GOP lawmakers | according to | Majority Leader Steve Scalise (R-La.) and Judiciary Chair Jim Jordan (R-Ohio) are both expected to run
a person familiar with the conversations | said | Jordan told allies ~~ through the night
Jordan | told | he was “ready to go” and planned to make calls through the night
Pelosi | called | the eviction “petty and beneath the office”

== pr_011
the articles | call | his “willful and systemic refusal” to enforce the nation’s immigration laws
Speaker Mike Johnson (R-La.) | said | “Secretary Mayorkas has refused ~~ paid the price,”
Speaker Mike Johnson (R-La.) | said | “Tonight this House did its duty.”
Reporters | asked | whether the Senate would even hold a trial
Johnson | said | “That’s up to Chuck Schumer,” ++ “and the American people will be watching him.” | c2
Rep. Mark Green (R-Tenn.) | told | the numbers at the southern border “speak for themselves.”
Green | said | he had visited the Rio Grande Valley ~~ this demoralized.”
Rep. Marjorie Taylor Greene (R-Ga.) | celebrated | “Mayorkas is IMPEACHED! Promises made, promises kept.”
Rep. Bennie Thompson (D-Miss.) | called | the vote “a political stunt with no constitutional basis whatsoever.”
President Joe Biden | accused | House Republicans of “playing politics with the border instead of fixing it”
President Joe Biden | demanded | they pass the border bill negotiated in the Senate, which collapsed last week
conservatives | pointed out | That bill ++ would have written thousands of illegal crossings a day into law as the new normal
he | wrote | he would “not be distracted” from the department’s mission ++ the accusations were “without merit.”
Sen. Mike Lee (R-Utah) | posted | the Senate has “a constitutional duty to hold a trial, not to sweep this under the rug.”
the men and women who guard the border | say | little has changed
Brandon Judd | said | agents feel abandoned by Washington
Judd | told | “Our guys are out there every single night doing the impossible,”
Judd | told | “And the people in charge act like the crisis doesn’t exist.”

== pr_012
the presiding officer | remind | such displays were “not appropriate in this chamber.”
he | said | “Look, history judges us for what we do,”
he | said | “I would rather be on the right side of it and take the heat.”
he | added | “I believe Vladimir Putin would keep marching through Europe if he were allowed to,”
I | believe | Vladimir Putin would keep marching through Europe if he were allowed to
Rep. Thomas Massie (R-Ky.) | said | the speaker should step aside
Massie | told | “He should resign before we make him,”
- | Asked | whether he feared for his job
he | replied | “I don’t walk around thinking about that,”
he | replied | “I do the job in front of me.”
two Democratic lawmakers familiar with his thinking | according to | Jeffries had also signaled privately ~~ over the aid
Jeffries | signaled | Democrats would not let Johnson be removed over the aid
House Minority Leader Hakeem Jeffries | said | “We did our job. Now the Senate has to do its job,” ++ “and then the president has to sign it.”
He | wrote | he was “grateful to both parties” ++ the weapons would “reach our soldiers on the front line and save lives.”
Israeli Prime Minister Benjamin Netanyahu | posting | the vote showed that America’s friendship with Israel was “stronger than any politics.”
A TikTok spokesperson | called | the measure “an attack on the free expression of millions of Americans”
A TikTok spokesperson | said | the company would fight it in court
President Joe Biden | urged | the Senate to pass the package “quickly” ~~ “this week.”
Senate Minority Leader Mitch McConnell | told | he expected “a big vote.”
McConnell | said | “It took too long,”
McConnell | said | “But we got here.”

== pr_013
Biden, Xi | pledge | to keep rivalry from 'veering into conflict'
both sides | say | has sunk to its lowest point in decades
Biden | told | he had been "open and candid" with Xi ++ the two men had agreed to let senior officials ~~ froze in August
the two men | agreed | to let senior officials resume talks ~~ froze in August
Biden | said | "I'm convinced he understood exactly what I was saying, and I understood what he was saying,"
I | convinced | he understood exactly what I was saying
Biden | said | "We're going to compete vigorously. But I'm not looking for conflict."
- | Asked | whether he believed China intended to invade Taiwan
he | believed | China intended to invade Taiwan
Biden | answered | "I do not think there's any imminent attempt ~~ invade Taiwan."
I | think | there's any imminent attempt on the part of China to invade Taiwan
a readout issued by China's Foreign Ministry | According to | Xi told Biden that Taiwan ~~ must not be crossed."
Xi | told | Taiwan was "the very core of China's core interests" and "the first red line that must not be crossed."
the ministry | reported | Xi also said ++ that the world was "big enough" for both countries to develop and prosper
Xi | said | the world was "big enough" for both countries to develop and prosper
The White House | said | both men had "reiterated their agreement" ~~ in Ukraine
officials | said | Secretary of State Antony Blinken will travel to Beijing early next year to follow up
Sen. Marco Rubio of Florida | posted | "Talking is fine. But Xi Jinping respects strength, not photo ops,"
Rep. Michael McCaul of Texas | said | the administration must not "trade away Taiwan's security for a few nice words."
Bonnie Whitcomb | said | "The temperature came down a few degrees. The underlying disease is still there,"
She | said | both leaders had domestic reasons to avoid a crisis right now
One U.S. official who was in the room | described | the session as "businesslike, occasionally blunt, never hostile."

== pr_014
Biden | Calls | Him a ‘Dictator’
both governments | presented | as proof that the world’s two largest economies ~~ stumbling into war
Mr. Biden | described | the talks as “some of the most constructive and productive” the two men had held
Mr. Biden | told | “We’re going to pick up the phone ~~ take the call,”
Mr. Biden | told | “That’s important progress.”
a reporter | asked | whether he still regarded Mr. Xi as a dictator
he | regarded | Mr. Xi as a dictator
Mr. Biden | said | “Well, look, he is,”
Mr. Biden | explaining | Mr. Xi ran a Communist country “built on a system of government nothing like ours.”
Mao Ning | said | the remark was “extremely mistaken” ++ China “firmly opposes” it
she | said | “There will always be people ~~ between our countries,”
she | said | “They will not succeed.”
Mr. Xi | telling | “planet Earth is big enough for the two countries to succeed,”
he | said | “China is ready to be a partner and friend of the United States,”
Republicans | said | the summit had produced little
Senator Marco Rubio of Florida | said | the fentanyl agreement was “only as good as ~~ not very good.”
Senator Chris Coons of Delaware | said | “You don’t fix a relationship like this in an afternoon,”
Senator Chris Coons of Delaware | said | “But you can stop it from getting worse.”
Administration officials | said | the president had raised the cases ~~ near Taiwan
the president | pressed | Mr. Xi to rein in military activity near Taiwan
one of the officials | according to | {Mr. Xi}, according ++ replied that Beijing had “no plans” ~~ “peaceful reunification.”
Mr. Xi | replied | Beijing had “no plans” for military action against the island in the coming years
Mr. Xi | warned | the United States should “stop arming Taiwan” and support China’s “peaceful reunification.”

== pr_015
CNN | projects | Former President Donald Trump won the Iowa caucuses in a landslide Monday night
Trump | told | "I really think this is the time for our country to come together,"
I | think | this is the time for our country to come together
He | saying | DeSantis and Haley had "both done very well" and were "smart people."
Supporters who braved temperatures well below zero | said | they were not worried about the former president's legal troubles
Darlene Kuiper | said | "They keep indicting him, and we keep voting for him,"
Darlene Kuiper | said | "That ought to tell them something."
Haley | says | it's a two-person race
Haley | insisted | she had the momentum heading into New Hampshire
she | said | "When you look at how far we've come, Iowa made this a two-person race tonight,"
CNN's Dana Bash | Asked | whether she would still debate DeSantis
Haley | said | she was done with debates that did not include Trump
Haley | said | "The only person I want to debate is Donald Trump."
DeSantis | vows | to keep going
DeSantis | told | "they spent $50 million against us" ++ the media had "written us off before a single vote was cast."
James Uthmeier | wrote | the governor had "a ticket out of Iowa" and would not be quitting
the adviser | acknowledged | "We needed a closer second than this,"
Ramaswamy | told | "there is no path" for him to become president this year
He | said | he had called Trump to congratulate him and would campaign for him in New Hampshire
polls | show | Haley within striking distance of Trump among independent-leaning voters
Senior adviser Chris LaCivita | said | it was "time for the rest of the field to face reality."
LaCivita | added | "Ambassador Haley is running for second place,"
LaCivita | added | "She just doesn't know it yet."

== pr_016
Biden | declaring | “We finally beat Medicare.”
Trump | said | “I have no idea what he just said,” ++ “and honestly, I don’t think he does either.” | c2
A campaign official | told | the president had “a cold,”
one Democratic strategist who has worked on two presidential campaigns | told | “It’s not about one bad night. It’s about whether voters believe he can do this for four more years,”
voters | believe | he can do this for four more years
one Democratic strategist who has worked on two presidential campaigns | told | “Tonight a lot of them decided he can’t.”
a lot of them | decided | he can’t
Another party operative | texting | “We are in deep trouble.”
California Gov. Gavin Newsom | insisted | he would “never turn my back” on the president
Rep. Jim Clyburn of South Carolina | said | he was sticking with Biden
he | conceded | the debate had been “disappointing.”
Sen. Lindsey Graham | posted | Biden had “failed the most basic test” of the job ++ his cabinet should consider invoking the 25th Amendment
he | told | “I know I’m not a young man, to state the obvious,”
he | told | “But I still know how to get things done for working people.”
several donors | told | It was also ++ the speech he needed to give on Thursday night, not Friday afternoon
A CNN flash poll | found | 67 percent of debate watchers thought Trump had won
67 percent of debate watchers | thought | Trump had won
Many | believe | his record in office is stronger than any president’s in a generation
We | hope | he is asking himself that question this weekend

== pr_017
Democrats | feared | he could not win in November after his halting debate performance
he | wrote | "Serving as your President has been the honor of my life,"
he | wrote | "I had planned to run again ~~ for the country."
I | concluded | stepping aside is what is best for my party and for the country
He | said | he would address the nation later in the week "in more detail" about his decision
he | wrote | "I am giving Kamala my full support to be our party's nominee this year,"
he | wrote | "Let's come together, Democrats, and win this thing."
Harris | Harris {said} in a statement | she was "honored" to have the president's endorsement ++ her goal was "to go out and earn this nomination, not just accept it."
She | said | Biden had left a "remarkable legacy,"
She | adding | he had accomplished more in one term than most presidents do in two
more than 30 congressional Democrats | urged | Biden to step aside
people familiar with those conversations | according to | party leaders, including ~~ battleground states
party leaders | told | polling showed him losing to Trump in several battleground states
polling | showed | him losing to Trump in several battleground states
Former President Barack Obama | said | Biden was "a patriot who put the country first" ~~ in the days ahead
Trump | told | Harris would be "easier to beat" than Biden
he | wrote | Biden had "no business running for President" and was "not fit to serve another day."
Republican National Committee Chair Michael Whatley | said | the party was ready for any opponent
Whatley | said | "Kamala Harris owns every failure of this administration,"
Whatley | said | "Voters will hold her accountable."
Some rank-and-file Democrats | said | they felt relief more than surprise
Maxine Kowal | said | "I cried a little, honestly,"
Maxine Kowal | said | "Then I went and made phone calls."
an aide who asked to remain anonymous | according to | Harris spent Sunday afternoon calling party leaders and governors
an aide | asked | to remain anonymous

== pr_018
I | had a feeling | this would be the last time I saw Nikki Haley on a stage as a candidate
she | said | “Donald Trump now has to win over ~~ did not vote for him,”
she | said | “I hope he makes the effort.”
I | hope | he makes the effort
Margaret Thatcher | said | you should “never just follow the crowd.”
I | thought | her sunglasses would fall off
I | asked | what she made of it
Pam | said | “She told him to come and get us,”
She | told | to come and get us
Pam | said | “Well, he’s going to have to actually try.”
A retired Air Force colonel in Summerville | told | he would “write in my dog” before he voted for Trump again
I | think | he was joking
Trump | wrote | Haley had gotten “TROUNCED”
Trump | invited | her supporters to join “the biggest movement this country has ever seen.”
Steven Cheung | calling | her a “sore loser”
she | told | “We did more with less than anybody thought we could,”
The polls | showed | her within twenty points of Trump among Republicans nationally
she | told | “Nobody should be shocked that I’m still standing,”
she | told | “I’ve been underestimated my whole life.”
A friend of mine who worked for her in the state legislature | swears | she will be back

== pr_019
Schumer | calls for | {new elections in Israel}, rattling
Senate Majority Leader Chuck Schumer (D-N.Y.) | called for | {new elections in Israel} and said
Senate Majority Leader Chuck Schumer (D-N.Y.) | said | Prime Minister Benjamin Netanyahu had "lost his way,"
Schumer | said | Netanyahu had put "his own political survival ahead of what is best for his country"
Schumer | argued | a fresh vote was the only way to allow "a real debate about where the country goes from here."
Schumer | said | "I believe a new election is the only way," ++ "to let the Israeli people choose their own path after October 7."
I | believe | a new election is the only way ++ to let the Israeli people choose their own path after October 7
Schumer | told | he had "agonized" over the speech for weeks
Two Senate Democratic aides | said | he had shared a draft ~~ until Thursday morning
Senate Minority Leader Mitch McConnell (R-Ky.) | called | the speech "grotesque and hypocritical."
McConnell | said | "It is not for an American politician to decide who governs a fellow democracy,"
House Speaker Mike Johnson (R-La.) | said | Schumer's remarks were "highly inappropriate"
House Speaker Mike Johnson (R-La.) | suggested | he would invite Netanyahu to address a joint meeting of Congress
Johnson | said | "We'll see if the Senate leader wants to show up,"
the party | said | Israel is "not a banana republic,"
the party | adding | Israelis would choose their leaders "without outside interference."
Sen. John Fetterman (D-Pa.) | wrote | he "strongly disagreed" with the call for elections
two people who talked with them on Thursday | according to | several progressive senators praised Schumer privately
- | Asked | whether the president agreed with Schumer
National Security Council spokesman John Kirby | said | Biden "respects" the leader's right to speak his mind ++ the administration would "continue to support Israel's right to defend itself."
Biden | said | Schumer had made "a good speech" and had voiced "worries that a lot of Americans share."
One Republican leadership aide | said | the party planned to make Schumer's words ~~ large Jewish communities
the aide | said | "He handed us a gift,"
the aide | said | "We're going to use it."
Democratic strategists | doubt | the fight will move many votes
one | said | "Most voters aren't thinking about Israeli coalition politics,"
one | said | "They're thinking about prices."

== pr_020
Abbott | declaring | the federal government had "broken its promise" to protect the states ++ Texas would use its own authority to defend itself
Abbott | wrote | "The Constitution does not require ~~ is overrun,"
Abbott | wrote | "We will keep building. We will keep deploying. And we will keep the wire."
The letter | said | the governors stood "in solidarity" with Texas
The letter | accused | President Joe Biden of "abandoning" his duty to enforce immigration law
Stitt | told | "If Washington won't secure the border, the states will,"
Stitt | told | "It's that simple."
Homeland Security spokeswoman Erin Heeter | said | the wire "made it harder" for agents to reach migrants in distress ++ the state's actions were "dangerous."
The Justice Department | told | it must give Border Patrol access ~~ earlier this month
figures released by Customs and Border Protection | according to | Crossings in December broke records
Former President Donald Trump | said | Texas should get "all the help it needs"
Former President Donald Trump | called on | other Republican governors to send National Guard troops
Some in the media | called | Abbott's stand a "constitutional crisis."
Mayor Rolando Salinas | told | "We are a town of 28,000 people ~~ single afternoon,"
Mayor Rolando Salinas | told | "Nobody in Washington has any idea what that feels like."
A rancher who lives just outside of town | said | he had given up calling the sheriff
A rancher who lives just outside of town | asked | his name not be printed
he | {asked}. "They're | "What are they going to do?"
he | {asked}. "They're | "They're as outnumbered as I am."
Democrats in Texas | say | Abbott is staging a show for the cameras
State Rep. Ana-Maria Ramos | called | the standoff "a political stunt dressed up as border security."
Abbott's office | says | the wire is staying

== pr_021
A New York judge | finding | he had spent years inflating his wealth to win better terms from lenders and insurers
Justice Engoron | wrote | Mr. Trump and his co-defendants had shown "not a shred of remorse" ++ their refusal to admit wrongdoing "makes it very likely the conduct will continue."
Ms. James | called | the decision "a victory for every New Yorker who plays by the rules."
she | said | "Everyone has to follow the same laws. That includes former presidents."
Mr. Trump | called | the ruling "a complete and total sham"
Mr. Trump | said | the judge was "a political hack."
He | said | he will appeal
Alina Habba | said | the decision was "the product of a political vendetta"
Alina Habba | predicted | an appeals court would overturn it
Ms. Habba | said | "We are confident this will not stand,"
a lawyer for the attorney general's office | Asked | whether he had reviewed the financial statements at issue
Mr. Trump | said | he had looked at them "from time to time" but relied on his accountants
Kevin Wallace | asked | "Did you believe they were accurate?"
you | believe | they were accurate
Mr. Trump | replied | "I believed they were conservative,"
I | believed | they were conservative
Mr. Trump | replied | "If anything, they were too low."
The judge | admonished | him to answer the questions
Justice Engoron | told | "This is not a political rally,"
Justice Engoron | told | "Please control your client."
Legal experts | said | the size of the penalty, which will grow with interest, could strain Mr. Trump's finances
Rebecca Toller | said | "He'll have to post a bond ~~ at this scale,"
Some business groups | warned | the ruling could chill commercial lending in the state
Kathy Hochul | said | law-abiding businesses had "nothing to worry about,"

== pr_022
FBI | says | gunman acted alone
several people near the front | said | was “Fight! Fight! Fight!”
The crowd | chants of | “USA! USA!”
Trump | posted | a bullet had torn through “the upper part of my right ear” ++ he knew at once “that this was no firecracker.”
He | writing | agents had moved “rapidly.”
Kevin Rojek | told | Investigators have not found a motive
Rojek | said | “We are working tirelessly to understand why he did this,”
- | Asked | whether the gunman had any accomplices
Rojek | said | there was “no indication at this point” that he had acted with anyone else
Pennsylvania Gov. Josh Shapiro | said | the man who was killed was Corey Comperatore ~~ from the gunfire
Shapiro | said | “Corey was the very best of us,”
Shapiro | said | “May his memory be a blessing.”
Several witnesses | told | they had spotted a man climbing ~~ alert police
Ron Kessling | said | “We were pointing at him, yelling, ‘He’s got a rifle!’”
We | yelling | ‘He’s got a rifle!’
Ron Kessling | said | “Nobody did anything.”
House Oversight Committee Chair James Comer | said | he had invited Secret Service Director Kimberly Cheatle to testify
House Oversight Committee Chair James Comer | warned | the agency had “a lot to answer for.”
President Joe Biden | urged | Americans to “lower the temperature” in the nation’s politics
he | said | “There is no place in this country for this kind of violence. None,”
Former President Barack Obama | wrote | he was “relieved” Trump was not seriously hurt ++ political violence had “no place in a democracy.”
Trump’s campaign | said | he was “doing well” and still planned to attend

== pr_023
The president | wrote | her confirmation was “a moment this country will not forget” ++ she would “bring extraordinary wisdom” to the court
Jackson | said | her path to the court had been paved ~~ never got the chance
she | said | “It took a long time to get here,”
she | said | “But we’ve made it. All of us.”
Senate Majority Leader Chuck Schumer | called | it “a day this chamber will be proud of for generations.”
Most Republicans | saying | she had been too lenient in sentencing some defendants as a trial judge
Sen. Josh Hawley of Missouri | said | “Her record shows a pattern ~~ public safety,”
fact-checkers and several conservative legal scholars | called | misleading
Senate Republican leader Mitch McConnell | said | he could not support a nominee who, he argued ~~ of the far left.”
he | argued | a nominee who ++ had been “the favorite choice of the far left.”
Collins | wrote | she did not expect to agree with every ruling Jackson made
she | wrote | “I have never believed ~~ than I would,”
I | believed | a senator should vote against ~~ differently than I would
she | wrote | “Experience, qualifications and integrity are what matter.”
Sen. Marsha Blackburn of Tennessee | asked | whether she could give a definition of a woman
Jackson | replied | “I can’t. Not in this context,”
Jackson | replied | “I’m not a biologist.”
he | told | “You have earned this spot,”
he | told | “You are worthy.”
supporters | said | it mattered all the same
Loretta Banks | said | “My granddaughter is going to grow up knowing this is possible,”
Loretta Banks | said | “That’s worth everything.”

== pr_024
Sen. Joe Manchin (D-W.Va.) | signaled | he would not support new climate spending
Manchin | told | "This is a bill that fights inflation ~~ proud to support it,"
- | Asked | whether he had misled his colleagues during the months of silence
he | said | "I didn't mislead anybody. I just didn't tell anybody,"
Sen. Kyrsten Sinema (D-Ariz.) | agreed | to back the bill
Sinema | said | she had "worked to protect" American manufacturing ++ the final bill would "grow our economy."
Two Senate Democratic aides | said | Schumer had spoken with Sinema "at least a dozen times" over three days
one of the aides | said | "He basically lived in her office,"
Senate Minority Leader Mitch McConnell (R-Ky.) | called | it "a partisan spending spree" that would raise taxes "in the middle of a recession,"
Sen. Lindsey Graham (R-S.C.) | warned | the Medicare drug provision would "stifle innovation."
Schumer | said | the bill would be remembered as "the most important climate bill this country has ever passed."
he | said | "It took longer than anyone wanted," ++ "but we finally got it done."
Sanders | said | "It's a start,"
Sanders | said | "It's not nearly enough."
The White House | said | President Joe Biden would sign the bill as soon as the House passes it
the aide | said | "We have the votes,"
the aide | said | "Nobody is walking away from this."

== pr_025
Speaker Kevin McCarthy | saying | months of investigation had turned up ~~ foreign business deals
McCarthy | said | “What we have found so far ~~ follow it,”
Comer | told | the inquiry would give the committees “the full power of the House” ~~ refused to hand over
Comer | said | “For months, the Bidens have told the American people there was nothing to see here,”
the Bidens | told | there was nothing to see here
Comer | said | “We have found more than twenty ~~ business partners. ++ “If Joe Biden has nothing to hide, he should be happy to show us.”
Spokesman Ian Sams | wrote | House Republicans had spent nine months looking and “come up empty.”
He | called | the inquiry “a stunt to please the far right.”
Rep. Jamie Raskin of Maryland | called | the move “a desperate attempt to distract from Donald Trump’s legal problems.”
Republicans | say | the record speaks for itself
Devon Archer | testified | the elder Biden had joined phone calls with his son’s associates roughly twenty times
Archer | said | the calls were about “the brand,”
Rep. Ken Buck of Colorado | wrote | the party was pursuing “impeachment theater” without proof of high crimes
two GOP members who spoke with us | according to | Some moderates in Biden-won districts are privately uneasy
McCarthy | promised | any inquiry would begin with a full House vote
a reporter on Capitol Hill | Asked | whether the inquiry was aimed at helping Trump
he | said | “This is about the facts,”
he | said | “Follow them wherever they go.”

== pr_026
she | told | they should go to one of his rallies ~~ because they're bored."
Trump | shot back | "Nobody leaves. They stay for hours,"
Trump | shot back | "My crowds are the biggest anybody's ever seen."
he | said | "They're eating the dogs. They're eating the cats,"
David Muir | say | ABC had contacted the city manager, who told ~~ pets being harmed
the city manager | told | there had been no credible reports of pets being harmed
he | said | "Everybody's talking about it. Look it up,"
she | said | "Oh no,"
she | said | "Why would he say that?"
Rick | told | "He's not wrong about the border,"
Rick | told | "He just picked a weird example."
Linsey Davis | Asked | why she had changed her positions on fracking and other issues
she | said | her "values have not changed."
he | grumbled | "That's a politician's answer,"
I | asked | who won?
Carl | said | "nobody, as usual."
Trump | told | he was not "a Taylor Swift fan."
a CNN poll of debate watchers | found | 63 percent believed Harris had outperformed Trump
63 percent | believed | Harris had outperformed Trump
Trump | insisted | he had "WON BIG,"
Trump | said | there was no need for another debate
Denise | texted | she was "leaning Harris for the first time."
Rick | said | he was still with Trump
The others | said | they needed more time

== pr_027
The Walt Disney Company | accusing | them of waging a campaign ~~ gender identity
The company’s complaint | said | the state had punished Disney “for expressing a political viewpoint” ++ the governor had made no secret of his motives
the complaint | says | “The company tried for months to settle this quietly,”
the complaint | says | “Those efforts failed.”
Bob Chapek | said | the company opposed the law
critics | labeled | “Don’t Say Gay.”
Mr. DeSantis | pushing | the Legislature to dissolve the special district ~~ half a century
Mr. DeSantis | said | he was not worried about the suit
he | said | “They’re not going to run their own government anymore,”
he | said | “That era is over.”
Jeremy Redfern | said | the governor’s office was “not aware of any law” ~~ laws of the state
Bob Iger | called | the governor’s actions “not only anti-business, but anti-Florida”
He | suggested | Disney might reconsider a plan to invest billions in the state
Some Republicans | question | whether the fight is worth it
Former Gov. Chris Christie of New Jersey | said | Mr. DeSantis had “picked a fight he didn’t need,”
a conservative policy group that often sides with the governor | saying | government should not “punish private speech.”
Vanessa Holloway | said | she was tired of hearing about the dispute
she | said | “I just want them to fix the roads,”
she | said | “Mickey is not my problem.”
Martin Garcia | told | Disney’s agreements were “a backroom deal” designed to strip the board of its powers ++ the board would fight the lawsuit
- | Asked | whether he would meet with Mr. Iger to resolve the dispute
Mr. DeSantis | said | there was “nothing to negotiate.”
Former President Donald J. Trump | writing | Disney had outsmarted him ++ he was “being destroyed by Mickey Mouse.”

== pr_028
Harris | urges | supporters to 'stay in the fight'
Vice President Kamala Harris | telling | she would help with a peaceful transfer of power
she | urged | them not to give up on the causes that drove her campaign
Harris | said | "This is not the result we worked for or hoped for,"
Harris | said | "But I need you to hear me ~~ within reach."
She | said | she had called Trump earlier in the afternoon to congratulate him
Harris | said | "I told him we would help his team with the handoff," ++ "and that this transfer of power would be a peaceful one."
I | told | we would help his team with the handoff ++ this transfer of power would be a peaceful one
she | said | while she accepted the result, she did not "concede the fight" ~~ her campaign
he | said | "Nobody has ever seen anything like what happened tonight,"
he | said | "Now we get to work, and we are going to fix this country."
He | promised | to "stop the wars"
He | said | he would govern by a simple motto
He | said | "Promises made, promises kept."
The crowd | chanted | "USA! USA!"
a statement from the White House | according to | President Joe Biden called Trump ~~ to the White House
Sen. Bernie Sanders of Vermont | Vermont {said} in a statement | it was "not exactly a mystery" ~~ "stopped fighting for them."
Other Democrats | said | it was too soon to draw conclusions
Tamara Jennings | said | "I'm heartbroken, but I'm not surprised,"
Tamara Jennings | said | "We've been here before. We'll be here again."
- | Asked | what she planned to do next
she | said | "Sleep,"
she | said | "Then organize."

== pr_029
Sean Hannity | asking | why his state was a better place to live
he | said | "People are fleeing California ~~ coming to Florida,"
he | said | "They're voting with their feet."
Newsom | shot back | Florida had its own problems ~~ in its schools
Newsom | said | "You're not even a good Trump imitator,"
he | said | showed reports of human waste on city streets
DeSantis | said | "This is what they have done to one of the most beautiful cities in the world,"
Newsom | calling | the prop "a stunt"
Newsom | saying | DeSantis should "spend less time on San Francisco and more time in Iowa."
Hannity | asked | why he was defending President Joe Biden ~~ on the ticket
Newsom | said | "No,"
Newsom | said | "I'm here to support Joe Biden, and I will campaign for him in all fifty states."
the Florida governor | said | "He's running a shadow campaign,"
the Florida governor | said | "Everybody in this room knows it."
Newsom | predicted | neither man on the stage would be on the ballot in November 2024
The Democratic Governors Association | said | Newsom had "wiped the floor" with DeSantis
Bryan Griffin | said | the Florida governor had "exposed" Newsom's record "for the whole country to see."
Jerome Whitt | said | "It felt like watching two guys argue at a barbecue,"
Jerome Whitt | told | he leans Republican but has not picked a candidate
Jerome Whitt | said | "Nobody changed my mind about anything."
Hannity | said | he hoped the two men would "do this again sometime."
he | hoped | the two men would "do this again sometime."

== pr_030
Nessel | said | “The false electors’ actions were not a harmless protest or a paperwork mix-up,”
Nessel | said | “They were a deliberate attempt ~~ Michigan’s voters. ++ “No one in this state ~~ walk away.”
papers | declaring | themselves “duly elected and qualified” electors
Nessel | said | her office had waited while federal prosecutors investigated ++ it had grown tired of waiting
- | Asked | why she had not brought charges sooner
she | replied | her team had wanted to be “absolutely certain” the evidence would hold up in court
Maddock | calling | the investigation a witch hunt
she | wrote | the charges were “political persecution by a partisan hack” ++ she had “done nothing wrong.”
Her lawyer | told | the electors believed they were following the advice of Trump’s lawyers
the electors | believed | they were following the advice of Trump’s lawyers
They | are saying | they thought it was fine because ~~ told them it was fine
they | thought | thought {it was fine} because
the people who wanted them to do it | told | {it was fine}.
Benson | said | “Our democracy held because people at every level refused to go along with a lie,”
Benson | said | “Today is a reminder that there are consequences for those who didn’t.”
the former president | called | the Michigan case part of a “coordinated witch hunt” against his supporters
people familiar with those inquiries | according to | Prosecutors in Georgia and Nevada are examining similar schemes
Arizona’s attorney general | said | her office is investigating
Reggie Dunmore | said | “These people tried to steal my vote,”
Reggie Dunmore | said | “I’d like to see them explain that to a jury.”
'''


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except SpecError as e:
        print(f"make_ann.py: error: {e}", file=sys.stderr)
        sys.exit(2)
