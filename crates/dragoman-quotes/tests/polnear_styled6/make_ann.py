#!/usr/bin/env python3
"""Generate the brat standoff files of polnear_styled6 from the spec below.

Every relation of the spec is one line

    SOURCE | CUE | CONTENT [| c2]

with strings copied from the text (never offsets).  `-` as SOURCE means
the relation has no Source.  CONTENT may be split into pieces with ` ++ `
(a discontinuous Content: a split quote, a split clause, one piece per
paragraph of a quote over several paragraphs), and a long piece may be
abbreviated as `PREFIX ~~ SUFFIX` (the shortest stretch of one paragraph
that starts with PREFIX and ends with SUFFIX).  `c2` writes the pieces as
`Content`, `Content2`, ... arguments instead of one `T` line with
`;`-separated segments.  In any field, braces pick the target out of a
longer context: `{said} Sen. Russ Feingold`, `{he} said`.

Offsets are found by exact search.  A locator that starts (ends) with a
letter or digit must start (end) on a word boundary, and it never ends just
before a possessive or contracted 's.  A Content piece must occur exactly
once in the text.  The Cue is the occurrence nearest the Content and the
Source the occurrence nearest the Cue; neither may lie inside the
relation's own Content; an occurrence in the same paragraph (as a Content
piece for the Cue, as the Cue for the Source) is preferred, and a tie is an
error.  The script stops with an error when a string is missing or
ambiguous, and it checks every span it writes.

    python3 make_ann.py                 # rewrite ann/*.ann (deterministic)
    python3 make_ann.py --review        # list relations, flag Cue/Source with several candidates
    python3 make_ann.py --review --only pr_007
    python3 make_ann.py --check         # also read the files back with shared/eval/score.py
"""

import argparse
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_DIR = HERE / "text"
ANN_DIR = HERE / "ann"
SCORE_PY = HERE / "../../../../../shared/eval/score.py"


class SpecError(Exception):
    pass


def is_word(ch):
    return unicodedata.category(ch)[0] in "LNM"


def paragraphs(text):
    """(start, end) of every paragraph (maximal run of non-newline text)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def para_of(paras, pos):
    for i, (a, b) in enumerate(paras):
        if a <= pos < b or (pos == b and a < b):
            return i
    return -1


def split_braces(locator):
    """(context, target_start, target_end) for a locator with optional {..}."""
    if "{" in locator:
        a = locator.index("{")
        b = locator.index("}", a)
        context = locator[:a] + locator[a + 1:b] + locator[b + 1:]
        if "{" in context or "}" in context:
            raise SpecError(f"more than one pair of braces in {locator!r}")
        return context, a, b - 1
    return locator, 0, len(locator)


def occurrences(text, context):
    """Start offsets of context in text, on word boundaries where needed."""
    found = []
    start = 0
    while True:
        i = text.find(context, start)
        if i < 0:
            return found
        start = i + 1
        j = i + len(context)
        if is_word(context[0]) and i > 0 and is_word(text[i - 1]):
            continue
        if is_word(context[-1]):
            if j < len(text) and is_word(text[j]):
                continue
            if re.match(r"['’]s(?!\w)", text[j:j + 3]):
                continue
        found.append(i)


def locate(text, locator):
    """All (start, end) spans of the target of a locator."""
    context, ta, tb = split_braces(locator)
    if not context.strip():
        raise SpecError("empty locator")
    return [(i + ta, i + tb) for i in occurrences(text, context)]


def gap(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


def inside(span, pieces):
    return any(p[0] <= span[0] and span[1] <= p[1] for p in pieces)


def content_piece(text, paras, piece):
    if " ~~ " in piece:
        prefix, suffix = piece.split(" ~~ ")
        cands = []
        for s, _ in locate(text, prefix):
            p = para_of(paras, s)
            end_para = paras[p][1]
            best = None
            for s2, e2 in locate(text, suffix):
                if s2 >= s and e2 <= end_para and (best is None or e2 < best[1]):
                    best = (s, e2)
            if best:
                cands.append(best)
        cands = [c for c in cands if not any(d != c and c[0] <= d[0] and d[1] <= c[1] for d in cands)]
    else:
        cands = locate(text, piece)
    if len(cands) != 1:
        raise SpecError(f"content piece {piece!r} found {len(cands)} times")
    return cands[0]


def nearest(text, paras, locator, anchors, exclude, what):
    """Occurrence of locator nearest the anchor spans, outside exclude."""
    cands = [c for c in locate(text, locator) if not any(gap(c, p) == 0 and c[0] < p[1] and p[0] < c[1] for p in exclude)]
    if not cands:
        raise SpecError(f"{what} {locator!r} not found")
    anchor_paras = {para_of(paras, a[0]) for a in anchors}
    same = [c for c in cands if para_of(paras, c[0]) in anchor_paras]
    pool = same or cands
    scored = sorted((min(gap(c, a) for a in anchors), c) for c in pool)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        raise SpecError(f"{what} {locator!r}: tie between two occurrences")
    return scored[0][1], len(same), len(cands)


def parse_spec(spec):
    docs, current = {}, None
    for number, raw in enumerate(spec.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            current = line[4:].strip()
            if current in docs:
                raise SpecError(f"spec line {number}: {current} twice")
            docs[current] = []
            continue
        if current is None:
            raise SpecError(f"spec line {number}: relation before any === line")
        fields = [f.strip() for f in raw.split(" | ")]
        if len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
            raise SpecError(f"spec line {number}: expected SOURCE | CUE | CONTENT [| c2]: {raw!r}")
        docs[current].append((number, *fields[:3], len(fields) == 4))
    return docs


def resolve_doc(stem, text, relations):
    paras = paragraphs(text)
    out = []
    for number, source, cue, content, c2 in relations:
        try:
            pieces = [content_piece(text, paras, p) for p in content.split(" ++ ")]
            pieces.sort()
            for a, b in zip(pieces, pieces[1:]):
                if a[1] > b[0]:
                    raise SpecError("content pieces overlap")
            cue_span, cue_same, cue_all = nearest(text, paras, cue, pieces, pieces, "cue")
            if source == "-":
                src_span, src_same, src_all = None, 0, 0
            else:
                src_span, src_same, src_all = nearest(text, paras, source, [cue_span], pieces, "source")
        except SpecError as e:
            raise SpecError(f"{stem}, spec line {number}: {e}") from None
        out.append({"line": number, "pieces": pieces, "cue": cue_span, "source": src_span, "c2": c2,
                    "flags": (cue_same, cue_all, src_same, src_all), "spec": (source, cue, content)})
    out.sort(key=lambda r: (r["pieces"][0][0], -r["pieces"][-1][1], r["line"]))
    return out


def covered(text, segments):
    return " ".join(text[a:b] for a, b in segments)


def render(text, rels):
    tlines, elines, ids = [], [], {}

    def tid(kind, segments):
        key = (kind, tuple(segments))
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offs = ";".join(f"{a} {b}" for a, b in segments)
            tlines.append(f"{ids[key]}\t{kind} {offs}\t{covered(text, segments)}")
        return ids[key]

    for n, r in enumerate(rels, 1):
        args = [f"Attribution:{tid('Cue', [r['cue']])}"]
        if r["source"]:
            args.append(f"Source:{tid('Source', [r['source']])}")
        if r["c2"]:
            for k, piece in enumerate(r["pieces"], 1):
                args.append(f"Content{'' if k == 1 else k}:{tid('Content', [piece])}")
        else:
            args.append(f"Content:{tid('Content', r['pieces'])}")
        elines.append(f"E{n}\t" + " ".join(args))
    return "\n".join(tlines + elines) + "\n"


def verify(text, ann, stem):
    """Every T span equals its TEXT field, stays on one line; every E ref exists."""
    problems, tids = [], set()
    for line in ann.split("\n"):
        if line.startswith("T"):
            name, mid, value = line.split("\t")
            tids.add(name)
            segs = [tuple(map(int, s.split())) for s in mid.split(" ", 1)[1].split(";")]
            if covered(text, segs) != value:
                problems.append(f"{stem} {name}: span text differs")
            if any("\n" in text[a:b] for a, b in segs):
                problems.append(f"{stem} {name}: span crosses a line break")
            if any(a >= b for a, b in segs):
                problems.append(f"{stem} {name}: empty span")
        elif line.startswith("E"):
            for arg in line.split("\t")[1].split():
                if arg.split(":")[1] not in tids:
                    problems.append(f"{stem} {line.split()[0]}: unknown {arg}")
    return problems


def context_of(text, span, width=50):
    a, b = span
    left = text[max(0, a - width):a].replace("\n", " / ")
    right = text[b:b + width].replace("\n", " / ")
    return f"…{left}[{text[a:b]}]{right}…"


def review(stem, text, rels):
    print(f"=== {stem}: {len(rels)} relations")
    for n, r in enumerate(rels, 1):
        cs, ca, ss, sa = r["flags"]
        flag = []
        if cs > 1 or (cs == 0 and ca > 1):
            flag.append(f"cue {cs} in paragraph, {ca} in text")
        if r["source"] and (ss > 1 or (ss == 0 and sa > 1)):
            flag.append(f"source {ss} in paragraph, {sa} in text")
        content = covered(text, r["pieces"])
        print(f"E{n} {'!! ' + ', '.join(flag) if flag else ''}")
        print(f"   content: {content[:110]}{'…' if len(content) > 110 else ''}")
        print(f"   cue:     {context_of(text, r['cue'])}")
        if r["source"]:
            print(f"   source:  {context_of(text, r['source'])}")
        else:
            print("   source:  -")


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--review", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--only")
    args = parser.parse_args()
    docs = parse_spec(SPEC)
    stems = sorted(p.stem for p in TEXT_DIR.glob("*.txt"))
    missing = [s for s in stems if s not in docs]
    extra = [s for s in docs if s not in stems]
    if missing or extra:
        sys.exit(f"make_ann.py: texts without spec {missing}, spec without text {extra}")
    total, problems = 0, []
    ANN_DIR.mkdir(exist_ok=True)
    for stem in stems:
        if args.only and stem != args.only:
            continue
        text = (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        try:
            rels = resolve_doc(stem, text, docs[stem])
        except SpecError as e:
            sys.exit(f"make_ann.py: {e}")
        ann = render(text, rels)
        problems += verify(text, ann, stem)
        if args.review:
            review(stem, text, rels)
        path = ANN_DIR / f"{stem}_ann1.ann"
        path.write_text(ann, encoding="utf-8", newline="\n")
        total += len(rels)
    for p in problems:
        print("PROBLEM", p)
    print(f"make_ann.py: {total} relations written, {len(problems)} problems")
    if args.check:
        score = load_score()
        n = direct = 0
        for stem in stems:
            if args.only and stem != args.only:
                continue
            text = score.read_text_file(TEXT_DIR / f"{stem}.txt")
            atts = score.parse_ann(ANN_DIR / f"{stem}_ann1.ann", text)
            n += len(atts)
            direct += sum(a["direct"] for a in atts)
        print(f"score.py parse_ann: {n} attributions, {direct} direct, {n - direct} indirect")
    if problems:
        sys.exit(1)


# ---------------------------------------------------------------------------
# The spec: one block per text, one line per relation (SOURCE | CUE | CONTENT [| c2]).

SPEC = r'''
=== pr_001
Bush | calls | it a way to 'stay a step ahead' of killers
President Bush | telling | investigators would now have "the tools to find the killers before they kill again."
Bush | said | "The people who attacked us ~~ by the old rules,"
Bush | said | "Neither can we. This law lets our agencies talk to each other, at long last."
Ashcroft | said | his department would begin using the new powers at once ++ he had told every U.S. attorney's office to put terrorism cases "at the top of the pile."
he | told | every U.S. attorney's office to put terrorism cases "at the top of the pile."
Ashcroft | told | "We will use every one of these tools, and we will use them inside the law,"
Russ Feingold of Wisconsin | warned | lawmakers had traded away "basic protections" in a rush to look tough
the Democrat | said | "I do not believe we have to choose ~~ in one piece,"
I | believe | we have to choose between catching terrorists and keeping the Bill of Rights in one piece
the Democrat | said | "This bill makes that choice for us, and it makes it badly."
Teresa Galvin | called | the bill "a wish list the Justice Department has been carrying around for years,"
Teresa Galvin | said | her group would watch "every search, every subpoena" for abuses
Rep. F. James Sensenbrenner Jr., R-Wis. | said | "Nobody in this building wants to read your mail,"
Rep. F. James Sensenbrenner Jr., R-Wis. | said | "But if a terrorist is sending mail, we want to know who is getting it."
- | Asked | whether the administration would try to make those provisions permanent
White House spokesman Ari Fleischer | said | it was "much too soon to talk about 2005."
he | said | "The president's focus is on next week, not on four years from now,"
Bush | urging | lawmakers to "get a bill to my desk" before Thanksgiving

=== pr_002
Byrd | Calls | It ‘a Blank Check for War’
Mr. Bush | said | Congress had spoken “with one voice” ++ “the regime in Baghdad should have no doubt left about our resolve.”
he | said | “We are about to hand one man ~~ by asking politely. ++ “History will remember who sat ~~ not paying attention.”
Senator Hillary Rodham Clinton of New York | said | her vote was “a vote to give diplomacy some teeth,” not a blessing for the country “going it alone.”
Mrs. Clinton | said | “I take the president at his word that he will try every other road first,”
Mr. Kerry | said | “If he breaks that word, I will be among the first to say so,”
Mr. Gephardt | said | “We should do this together, and in a way that brings the rest of the world along,”
Ms. Pelosi | said | “The administration has not shown that Iraq is an imminent threat to our country,”
Ms. Pelosi | said | “Not to me, and not to the people I represent.”
Republicans | said | the vote would send Baghdad an unmistakable message
Senator John W. Warner of Virginia | said | “Saddam Hussein reads the newspapers,”
Senator John W. Warner of Virginia | said | “Tomorrow he will see the Congress and the president standing side by side.”
Condoleezza Rice | said | the United States did not want the proof to arrive as “a mushroom cloud,”
two Senate aides | According to | the majority leader, Tom Daschle, told colleagues ~~ once troops were in place
Tom Daschle | told | he would vote yes ++ the administration would face “a very long list of questions” once troops were in place
Several senators | called | the resolution’s reporting clause “paperwork.”
a reporter | asked | whether he had any hope left
he | said | “I have hope in the Constitution,”
he | said | “I have less of it in the Senate.”

=== pr_003
Powell | tells | Iraq is 'hiding, not disarming'
he | said | proved Baghdad was moving banned weapons ahead of inspectors
Powell | told | "Nothing I show you today is guesswork,"
Powell | told | "These are facts, and they point in one direction."
Powell | said | a quantity of anthrax that size had shut down the Senate in 2001
{he} called | called | "factories on wheels" for making germ agents
{he} said Iraq | said | Iraq had ties to a network run by Abu Musab al-Zarqawi
Powell | said | "Iraq has had twelve years to come clean," ++ "and it has chosen, every single time, to hide." | c2
he | told | "This is a show for television, not evidence,"
he | adding | inspectors were free to visit any site Powell had named
Aldouri | called | the photos "pictures of trucks"
Aldouri | said | Washington had settled on war "a long time ago."
France | says | inspections are working
French Foreign Minister Dominique de Villepin | said | the inspectors should get more time and more staff
he | said | "We are not there yet, and nothing we heard this morning puts us there,"
His office | said | it would study the material Powell presented "with great care."
several Democrats who had been skeptical | said | Powell had moved them
Sen. Joseph Biden of Delaware | said | "He made a powerful case, and I say that as someone who came in with doubts,"
Rep. Dennis Kucinich, D-Ohio | said | the presentation was "a list of suspicions dressed up as proof."
White House spokesman Ari Fleischer | said | President Bush had watched part of the speech on television
Fleischer | said | "The president believes the world has now seen the evidence for itself,"
The president | believes | the world has now seen the evidence for itself
Fleischer | said | "The question is what the world intends to do about it."
A NewsNet 24 poll taken Wednesday night | found | 61 percent of viewers who watched the speech thought Powell had made a convincing case
61 percent of viewers who watched the speech | thought | Powell had made a convincing case
the same survey | showed | Many of them ++ still want the inspectors to keep working before any invasion begins

=== pr_004
Rove | tells | the map ‘broke our way’
two participants | according to | Karl Rove, the president’s senior adviser, told ~~ we put him,”
Karl Rove | told | the map had “broken our way in every place we put him,”
Rove | said | “This wasn’t about a tide. This was about a president who was willing to put his own name on the line,”
Senate Majority Leader Tom Daschle (D-S.D.) | told | his party had “failed to give people a reason” to vote for it
Daschle | said | “We let the other side decide what this election was about,”
Daschle | said | “That’s on us, and it’s on me.”
A senior Democratic aide | asked | his name be kept out of print
the aide | said | “We had no message on Iraq ~~ reward us for that?”
anybody | think | voters would reward us for that
Cleland | called | the ads “the lowest thing I have seen in thirty years of politics.”
The Chambliss campaign | said | the spots were “about the record, and only the record.”
Sen. Bill Frist (R-Tenn.) | said | the results gave Republicans “a mandate to get the president’s agenda moving,” starting with homeland security
He | said | he expected the lame-duck Senate to pass the bill creating a new department “within weeks.”
he | expected | the lame-duck Senate to pass the bill creating a new department “within weeks.”
Two Democratic aides | said | House Minority Leader Dick Gephardt (D-Mo.) would not seek the post again ++ Rep. Nancy Pelosi (D-Calif.) was already calling members
- | Asked | whether she had the votes
Pelosi | told | “I wouldn’t be making these calls if I didn’t think so.”
DNC Chairman Terry McAuliffe | wrote | Democrats had been “outspent and outworked”
DNC Chairman Terry McAuliffe | promised | to take “a top-to-bottom look” at the party’s operations
RNC Chairman Marc Racicot | put it | “The American people have watched this president ~~ more of that.’”
The American people | said | ‘We want more of that.’

=== pr_005
Dean | says | capture 'has not made America safer'
L. Paul Bremer | announcing | "Ladies and gentlemen, we got him."
Iraqi reporters in the room | shouted | "Death to Saddam!"
President Bush | said | the capture meant that "the man who ruled Iraq by fear has lost the power to frighten anyone."
He | cautioned | the violence would not end overnight
the president | said | "Americans can be proud of the soldiers who did this, and Iraqis can sleep a little easier tonight,"
the president | said | "But this is not the end of the hard work."
You | think | that was something everyone could cheer
Democratic front-runner Howard Dean | told | the capture of Saddam "has not made America safer."
He | said | the administration had "taken its eye off" al-Qaeda to chase a man who was never the real threat
Sen. Joe Lieberman of Connecticut | said | "Howard Dean has a habit ~~ the first thing was wrong,"
Rep. Dick Gephardt of Missouri | told | Dean's comment showed "the kind of judgment that would get us beaten in 49 states."
a statement | calling | the capture "a great day for the Iraqi people and for our troops"
a statement | saying | the next president must "win the peace."
One antiwar website | asked | whether the timing of the capture, a few weeks before the Iowa caucuses, was "a little too convenient."
An ABC News poll taken Sunday night | found | 58 percent of Americans thought the capture made the country safer ++ only a handful of those who answered called it a political stunt
58 percent of Americans | thought | the capture made the country safer
only a handful of those who answered | called | it a political stunt
Rep. Tom DeLay, R-Texas | said | "Dean owes the troops an apology, and he knows it,"
Rep. Tom DeLay, R-Texas | said | "These kids crawled into that hole so the rest of us would be safer."
Dean's campaign | said | he stood by every word

=== pr_006
Rice | Tells | No One Could Have ‘Connected the Dots’
Condoleezza Rice | told | the government had received “no specific warning” of an attack inside the United States in the summer of 2001
she | denied | the White House had ignored the danger
She | said | “The terrorists were at war with us ~~ to meet it. ++ “No one in this administration, and no one in the one before it, was sitting still.”
Mr. Ben-Veniste | asked | “Will you tell us what that document said, Dr. Rice, in your own words?”
Dr. Rice | answered | “It was a historical memo. ~~ or where, or how.”
Mr. Ben-Veniste | pressed | “But it said the F.B.I. was seeing signs that someone might be preparing hijackings,”
{it} said the F.B.I. was seeing | said | the F.B.I. was seeing signs that someone might be preparing hijackings
she | replied | “It said the F.B.I. was looking into it,”
It | said | the F.B.I. was looking into it
she | replied | “That is not the same as a threat.”
Mr. Kerrey | asked | “Did anyone tell the president that Al Qaeda cells were already in this country?”
anyone | tell | Al Qaeda cells were already in this country
She | answered | “We were told there were people being followed. We were not told that anything was imminent.”
- | We were {told} there | there were people being followed
- | not {told} that | anything was imminent
Mr. Kerrey | said | “I think you are giving the memo less weight than it deserved,”
I | think | you are giving the memo less weight than it deserved
Thomas H. Kean | said | Dr. Rice had been “forthcoming” ++ “the country will have to judge” whether the government could have done more
Maureen Tally | said | she had heard “a lot of words and no apology.”
Richard A. Clarke | told | “your government failed you,”
many of them | said | they had come hoping to hear something similar
The White House | said | it would declassify the Aug. 6 memo “as soon as practical.”

=== pr_007
Rumsfeld | tells | ‘worse’ images may come
he | warned | photographs and videos not yet made public were “more troubling” than those the world had already seen
Rumsfeld | told | “What happened in that prison was wrong, and the Iraqis who suffered it deserve to hear that from me,”
Rumsfeld | told | “They have my apology, and they have it without conditions.”
Rumsfeld | said | he bore responsibility for the failures ++ he had not understood how serious the problem was until he saw the pictures himself
Sen. Edward M. Kennedy, D-Mass. | Asked | whether he would resign
Rumsfeld | said | he would not step down “simply to make a point.”
he | said | “The day I decide I can no longer do this job well, I will tell the president so myself,”
I | decide | I can no longer do this job well
Sen. John Warner, R-Va. | called | the abuse “an appalling breach of military discipline.”
Sen. John McCain, R-Ariz. | pressed | who had given the guards their orders
McCain | asked | “Were these soldiers acting on their own, or were they told to soften these people up?”
- | told | to soften these people up
Rumsfeld | said | investigators were still trying to answer that question
Pentagon officials | said | seven military police soldiers face criminal charges
Rep. Duncan Hunter, R-Calif. | urged | colleagues not to let “a few bad actors” define the military
Rep. Ike Skelton, D-Mo. | said | “This is a stain that will take years to wash out,”
Rep. Ike Skelton, D-Mo. | said | “I have served here a long time, and I cannot remember a day like this one. ++ “We owe the men and women ~~ to them soon.”
President Bush | said | he had told the king that he was “deeply sorry” for what the prisoners had endured
he | told | he was “deeply sorry” for what the prisoners had endured
a senior military officer in Baghdad who spoke on condition he not be named | said | “Every one of those pictures is a recruiting poster,”
An internal Army report written by Maj. Gen. Antonio Taguba and completed in March | found | leadership at the prison had failed “at every level.”
Several Democrats | called on | Rumsfeld to resign
a few Republicans | wondered | how long he can hold on

=== pr_008
features {men} who say | say | Kerry "lied" to get his medals
John O'Neill | told | the men in the ad were "telling the truth about what they saw."
he | called | the group "a front for the Bush campaign"
he | {said}: | "If the president wants a debate about who did what in Vietnam, I have three words for him: Bring it on."
The White House | says | it has nothing to do with the ad
Bush campaign spokesman Scott Stanzel | told | "We have not questioned Senator Kerry's service and we are not going to,"
John Edwards | said | the president "could end this with one sentence."
I | asked | whether the ad had changed his mind about anything
he | {said}: | "Those boys went through hell ~~ it's been 35 years. ++ "What I care about is Iraq, and neither of these guys is talking about Iraq."
he | told | Gary is voting for Bush anyway
A reader named Corinne | e-mailed | "You keep saying the ads won't work. I think you are wrong. My mother watched one and called me crying."
You | saying | the ads won't work
I | think | you are wrong
The latest poll I have seen | found | more than half of the people who had seen the ads thought they were at least partly believable
more than half of the people who had seen the ads | thought | they were at least partly believable
a release | saying | it has filed a complaint with the Federal Election Commission accusing the group of illegal coordination with the Bush campaign
a complaint with the Federal Election Commission | accusing | the group of illegal coordination with the Bush campaign
Scott McClellan | says | the president "deplores" all of these outside ads, on both sides

=== pr_009
Kerry | Says | Bush 'Rushed' to War
President | Calls | His Positions 'Mixed Messages'
Senator John Kerry | accused | President Bush of having "rushed" the country into war in Iraq without a plan to win the peace
Mr. Bush | said | his challenger's shifting positions would confuse allies and embolden enemies
Jim Lehrer of PBS | asked | whether he believed he could do a better job than the president of keeping the country safe
he | believed | he could do a better job than the president of keeping the country safe
Mr. Kerry | replied | "Yes, I do,"
Mr. Kerry | replied | "I can make America safer than it is today, and I will do it by leading our allies, not by going it alone."
the president | said | "My opponent has called this the wrong war at the wrong place at the wrong time,"
My opponent | called | this the wrong war at the wrong place at the wrong time
the president | said | "You cannot lead a war if you send mixed messages."
Mr. Kerry | said | a president always had the right to strike first but must do so in a way that passed "the global test,"
Ken Mehlman | said | "The president of the United States should never have to pass a test written in Paris,"
Mr. Kerry | described | the coalition in Iraq as little more than Britain and Australia
Mr. Bush | broke in | "Well, actually, he forgot Poland."
Several instant polls taken after the debate | found | viewers thought Mr. Kerry had done better
viewers | thought | Mr. Kerry had done better
Aides to Mr. Bush | said | he had been tired after touring hurricane damage in Florida earlier in the week
One adviser | said | the president "knew it wasn't his best night" and would be sharper in St. Louis
- | asked | whether he had changed anyone's mind
he | said | "I think people saw two very different visions tonight,"
I | think | people saw two very different visions tonight
he | said | "They'll decide."

=== pr_010
GOP aides | say | votes ‘just aren’t there’
Senior Republican aides on both sides of the Capitol | say | the votes for private accounts “just aren’t there” this year
several | said | leaders would not force members to take a hard vote before the 2006 midterms
one House GOP leadership aide | said | “You can’t pass a bill that nobody has written, and nobody wants to write this one,”
he | told | the system would be “flat bust” by 2042 if Congress did nothing
he | said | “I’m going to keep talking about it until the people in Washington start listening,”
White House press secretary Scott McClellan | said | the president was “not going to be discouraged by a few stories about vote counts.”
two Republicans who have discussed it with him | According to | Ways and Means Chairman Bill Thomas (R-Calif.), whose committee ~~ on its own.”
Ways and Means Chairman Bill Thomas (R-Calif.) | told | the president’s plan “can’t pass on its own.”
Senate Finance Chairman Chuck Grassley (R-Iowa) | said | he still hoped to mark up a bill in June
- | asked | whether any Democrat had signed on
A Grassley aide | said | “Not yet.”
Senate Minority Leader Harry Reid (D-Nev.) | told | “The more the president talks about privatization,” ++ “the less people like it. We’d be happy to see him keep going.” | c2
Rep. Rahm Emanuel (D-Ill.) | joked | “Every town hall he holds is one we don’t have to,”
AARP chief executive Bill Novelli | said | “We have said from the start ~~ to pay for private accounts,”
We | said | we will fight any plan that takes money out of Social Security to pay for private accounts
A Washington Post-ABC News poll released this week | found | 58 percent of Americans disapproved of the way Bush was handling Social Security
a Republican pollster who works for several House members | said | the issue had become “a drag, not a lift” in swing districts
officials | insist | the effort is far from dead
One senior official | said | the president saw the fight as “a two-year project,” not a single vote
the president | saw | the fight as “a two-year project,” not a single vote

=== pr_011
Bush | Says | Senate Demands Put ‘Privilege’ at Risk
conservatives | doubted | the president’s longtime lawyer shared their view of the Constitution
Miers | wrote | the Senate’s requests for internal documents would put “the independence of the executive branch” at risk
The letter | went on | “I have been honored ~~ hangs over us. ++ “The needs of the Court must come first.”
I | ask | the Senate to confirm me
President Bush | said | he had “reluctantly accepted” her decision
He | said | the Senate’s demands would have put “the privilege that protects a president’s advisers” at risk
the conservative movement | asked | Who is she?
The president | told | he knew Miers’s heart
Sen. Sam Brownback (R-Kan.) | said | he had not heard “anything that tells me where she stands on Roe.”
William Kristol | wrote | the pick “invites a fight the White House did not need to start.”
James Dobson of Focus on the Family | said | he was “saddened” but not surprised
One Senate Republican aide | told | at least a dozen GOP senators had been ready to vote no
Senate Minority Leader Harry Reid | said | Miers had been “run out of town by a small group of activists” who wanted a guaranteed vote on abortion
Judiciary Chairman Arlen Specter (R-Pa.) | told | he wanted a new nominee “within days, not weeks.”
Majority Leader Bill Frist | said | the Senate could still seat a new justice by the end of January
- | asked | whether the president already had a new name in mind
A White House spokesman | said | he would “move quickly.”

=== pr_012
Nagin | pleads | ‘We need every bus in America’
Mayor Ray Nagin | begged | the federal government to send buses, troops and water to a city where ~~ came ashore
Nagin | told | “Everybody keeps telling me that help is on the way. They have been telling me since Monday,”
Everybody | telling | help is on the way
Nagin | told | “People are dying on the interstate while we wait.”
Nagin | said | state and federal officials had told him on Tuesday that buses were coming ++ none had arrived by Thursday night
state and federal officials | told | buses were coming
President Bush | told | “Brownie, you’re doing a heck of a job.”
Bush | acknowledged | the results of the relief effort so far were “not acceptable.”
Homeland Security Secretary Michael Chertoff | told | federal officials had not known until that day that thousands of people had taken shelter at the convention center
Blanco | says | the state asked for troops days ago
the state | asked for | {troops} days ago
Louisiana Gov. Kathleen Blanco | said | her office had asked the White House for 40,000 troops over the weekend
her office | asked | the White House for 40,000 troops
she | said | “We asked, and we asked again,”
she | said | “Nobody should be telling anyone that Louisiana did not ask.”
Nobody | telling | Louisiana did not ask
A senior administration official | said | the state had never formally requested that the federal government take over the response
the state | requested | the federal government take over the response
The governor’s press office | called | that account “simply false.”
a woman holding a toddler | shouted | “Where is the water? Somebody tell me where the water is!”
rapper Kanye West | said | “George Bush doesn’t care about black people.”
An NBC spokeswoman | said | the remarks were “his own and not the network’s.”
Senate Majority Leader Bill Frist | said | both chambers would hold hearings on “what went wrong, at every level,” once the immediate crisis had passed
Democrats | called for | an independent commission modeled on the one that examined the Sept. 11 attacks

=== pr_013
Roberts | says | judges should 'call balls and strikes'
John Roberts | told | a judge's role is a limited one
John Roberts | comparing | himself to an umpire who does not write the rules but applies them
Roberts | said | "I have no platform,"
Roberts | said | "A judge who comes to the bench with a program has already lost his way."
He | said | his job, if confirmed, would be to "call balls and strikes," not to make policy
Sen. Patrick Leahy of Vermont | asked | whether he agreed that the Constitution protects a right to privacy
he | agreed | the Constitution protects a right to privacy
Roberts | answered | "I do,"
{he} said rested | said | rested on that right
He | declined to say | how he would rule on Roe v. Wade
Roberts | said | "It would be wrong for me to give you a preview of a case that may well come before me,"
Sen. Charles Schumer, D-N.Y. | said | The nominee "answered the questions he wanted to answer and ducked the rest,"
he | described | some civil rights remedies as "unnecessary."
Roberts | replied | "Those were the views of a 26-year-old staff lawyer advancing the positions of the administration he worked for,"
Kennedy | shot back | "Then tell us your views today,"
Sen. Dianne Feinstein, D-Calif. | said | she had hoped to hear more about how Roberts viewed decisions at the end of life
she | said | "I still don't know where his heart is,"
Sen. Orrin Hatch, R-Utah | said | "He is as qualified as anyone who has ever sat in that chair,"
Sen. Lindsey Graham, R-S.C. | told | they were asking Roberts "to do something no nominee of either party has ever done."
they | asking | Roberts "to do something no nominee of either party has ever done."
Judiciary Chairman Arlen Specter, R-Pa. | said | he planned a committee vote next week and a floor vote before the court's term opens Oct. 3
about 50 abortion-rights demonstrators | chanted | "Roberts, no!"
an ad | accused | Roberts of siding with a violent fringe group
critics from both parties | said | it was misleading
a reporter | Asked | whether he was enjoying himself
he | said | "Ask me on Friday."

=== pr_014
Democrats | Call | Court’s Shift ‘a Turning Point’
President Bush | said | the new justice would “bring to the court a careful mind and a modest view of his own power.”
Judge Alito | told | he was “deeply grateful” and would have more to say another day
Senator John Kerry of Massachusetts | urged | colleagues to block the nomination
some Republicans | mocked | the “Davos filibuster.”
Mr. Kerry | said | “This is a nominee who will move the court ~~ to ordinary Americans,”
Mr. Kerry | said | “We will be living with this vote for thirty years.”
Senator Harry Reid of Nevada | said | “The filibuster never had a realistic chance, and everyone in this chamber knew it,”
Senator Patrick J. Leahy of Vermont | said | Judge Alito’s record showed “a troubling deference” to presidential power, particularly in matters of surveillance
Senator Edward M. Kennedy of Massachusetts | said | “Our obligation is not to the president, and not to the nominee,”
Senator Edward M. Kennedy of Massachusetts | said | “It is to the people who will stand ~~ all of us are gone. ++ “I could not look those people in the eye and vote yes.”
Republicans | believe | the hearings turned on their third day
he | told | “No family should have to hear a good man talked about this way,”
Mr. Graham | said | the moment had “changed the room, and maybe the country.”
Senator Bill Frist of Tennessee | said | the confirmation “restores a little of the dignity this process has lost.”
A Gallup poll taken this month | found | 54 percent of Americans wanted the Senate to confirm him
- | Asked | whether Democrats had misplayed the hearings
Mr. Reid | said | “We did what we believed was right. History will sort out the rest.”
we | believed | was right

=== pr_015
Schwarzenegger | tells | 'I will not fail you'
Schwarzenegger | told | "When everyone told me I could not do this, I did not listen,"
everyone | told | I could not do this
Schwarzenegger | told | "I will not fail you, California. I will work for every one of you, whether you voted for me or not."
he | told | "The people did not see it our way tonight, and I accept their judgment,"
He | urged | them to give the new governor "a fair chance."
Exit polls | found | nearly half of voters from union households backed the recall ++ a large majority of voters said the state was headed in the wrong direction
a large majority of voters | said | the state was headed in the wrong direction
McClintock | told | "I'm not going anywhere,"
McClintock | saying | he would keep fighting "for the taxpayers of this state" in the Legislature
the Los Angeles Times | reported | six women had accused Schwarzenegger of groping them on movie sets over three decades
six women | accused | Schwarzenegger of groping them on movie sets over three decades
Schwarzenegger | said | he would hire an investigator after the election
he | said | he intended to "be a governor for all the people, and that includes the women of California."
Arianna Huffington | called | the result "a triumph of celebrity over substance."
spokesman Scott McClellan | said | President Bush telephoned Schwarzenegger late Tuesday ~~ the state's problems
President Bush | told | he looked forward to working together on the state's problems
the state's nonpartisan legislative analyst | according to | He faces a budget gap of $8 billion or more
he | told | "The first thing we do is repeal the car tax,"
he | told | "Then we open the books and find out how bad it really is."

=== pr_016
Feingold | said | “The president has broken the law, and the Senate has a duty to say so, plainly and on the record,”
- | Asked | whether he supported the resolution
Minority Leader Harry Reid | told | he had not read it
Sen. Joe Biden (D-Del.) | said | he wanted to wait for hearings
Sen. Dianne Feinstein (D-Calif.) | told | she was not ready to go that far
he | said | “Too many of my colleagues are hiding behind the argument that we don’t know enough,”
he | said | “We know plenty. We know the president ignored a law passed in 1978 for exactly this purpose.”
The New York Times | reported | the NSA had been monitoring ~~ Surveillance Act requires
The White House | calls | it the “terrorist surveillance program,”
The White House | insists | the president has the authority under the Constitution and under the resolution Congress passed after Sept. 11
the president | {said}: | “I made this decision ~~ our enemies a favor. ++ “The American people expect me ~~ what I am doing.”
The American people | expect | me to use every lawful tool I have
Attorney General Alberto Gonzales | told | the program was “lawful in every respect” ++ the president had acted “with the safety of the American people foremost in his mind.”
Arlen Specter (R-Pa.) | said | he does not see “any legal authority” for parts of it
Senate Majority Leader Bill Frist (R-Tenn.) | called | the censure resolution “a political stunt”
Senate Majority Leader Bill Frist (R-Tenn.) | dared | Democrats to vote on it
Frist | said | “If the Democrats want to run on weakening the tools we use against terrorists, that is a debate I welcome,”
A Newsweek poll in January | found | 56 percent of Americans thought the president should have gotten warrants
56 percent of Americans | thought | the president should have gotten warrants

=== pr_017
President Bush | acknowledged | Republicans had taken "a thumpin'" in the midterm elections
President Bush | announced | Defense Secretary Donald H. Rumsfeld would step down, to be replaced by former CIA Director Robert Gates
Bush | said | "The voters sent a message, and I heard it,"
Bush | said | "Some of it was about Iraq, and a lot of it was about Iraq."
Bush | said | he and Rumsfeld had agreed that it was "the right time for fresh eyes" at the Pentagon
he and Rumsfeld | agreed | it was "the right time for fresh eyes" at the Pentagon
- | Asked | why he had told reporters only a week earlier that Rumsfeld would serve out his term
he | told | Rumsfeld would serve out his term
Bush | {said} he had not wanted | he had not wanted to make a major decision "in the last week of a campaign."
Rumsfeld | said | he had "no regrets about the decisions that were mine to make."
Rep. Nancy Pelosi, D-Calif. | said | Democrats would offer "partnership, not partisanship" to the White House
she | said | "We will reach out to Republicans, but we will not be a rubber stamp,"
Pelosi | said | she and Bush would have lunch on Thursday
Allen's campaign | said | it would wait for the official canvass before deciding whether to seek a recount
Rep. Mike Pence, R-Ind. | said | "We ran away from our own principles, and the voters noticed,"
Another Republican | said | the party had "run out of excuses."
He | asked | his name be withheld until he had spoken with his staff
Exit polls | found | six in ten voters disapproved of the war ++ about four in ten said corruption in Washington had been "extremely important" to their vote
about four in ten | said | corruption in Washington had been "extremely important" to their vote
Rep. Rahm Emanuel, D-Ill. | said | "This wasn't a wave. It was a flood,"
He | said | voters wanted "a new direction, and they want it now."
Democrats | said | they will press for a timetable to bring troops home
they | press for | a timetable to bring troops home

=== pr_018
Sen. George Allen | called | him “macaca”
Sen. George Allen | told | the crowd to welcome him “to America.”
Sidarth | told | he had felt “singled out” because of the color of his skin
Allen’s campaign | said | the word meant nothing at all
his spokesman | said | it was a play on “mohawk,”
Allen | told | “I did not mean to hurt anyone, and if I did, I am sorry for it,”
I | {asked} her | whether the video had changed anything for her
she | {said}: | “I don’t know what that word means ~~ meant by it. ++ “He was talking to that boy ~~ looks like that boy.”
I | {asked} whether she | whether she would still vote for him
she | said | “Ask me in November,”
he | said | Allen’s remark was “demeaning” ++ Virginians “deserve a senator who knows better.”
Jessica Vanden Berg | called | the episode “a window into who George Allen really is.”
A Republican friend of mine | texted | “This is bad. This is really bad. Don’t quote me.”
The Allen people | believe | he is running for president in 2008
they | think | this will blow over by Labor Day
A SurveyUSA poll released Wednesday | showed | Webb within three points
a statement | saying | the senator had telephoned Sidarth to apologize personally
I | suppose | Better late than never

=== pr_019
Bush | calls | immigration defeat a 'disappointment'
President Bush | called | his top domestic priority
Sen. Edward Kennedy (D-Mass.) | said | supporters would "be back, because the problem is not going away."
Kennedy | told | "The American people asked us to fix this, and we have let them down again,"
The American people | asked | us to fix this
Sen. Jon Kyl (R-Ariz.) | said | the bill had been "caught in a storm that none of us could calm."
Sen. Jeff Sessions (R-Ala.) | said | "The switchboard has been melting down for two weeks,"
Sen. Jeff Sessions (R-Ala.) | said | "People in this country know amnesty when they see it."
Sen. Trent Lott (R-Miss.) | complained | "talk radio is running America."
A senior Republican leadership aide | said | at least six GOP senators who voted no had privately told the White House they supported the bill
at least six GOP senators who voted no | told | they supported the bill
the aide | said | "They just couldn't take the heat at home,"
a Democratic aide familiar with the whip count | According to | three Democrats who had voted for last year's version switched after hearing from unions worried about the guest-worker provisions
Bush | said | he was "disappointed" that Congress had failed to act
he | said | "We gave it everything we had, and we came up short,"
Brian Jones | said | the senator "has no regrets about doing the hard thing."
he | said | "I'm not going to give up on this, but I'm going to go home and listen for a while,"
Majority Leader Harry Reid (D-Nev.) | told | he had no plans to bring the bill back this year
- | Asked | whether it could return in 2008
Reid | {said}: | "Not with a presidential election going on. Nobody is that brave."

=== pr_020
Democrats | say | they will vote against it
President Bush | told | he would send more than 21,500 additional American troops to Iraq ~~ room to work
the president | said | "I have heard the voices that say it is time to come home, and I understand them,"
the voices | say | it is time to come home
the president | said | "But leaving now would hand Baghdad to the killers, and they would follow us here."
He | said | the new brigades would "help Iraqis secure Baghdad" one neighborhood at a time ++ the Iraqi government had promised to stop protecting militias
the Iraqi government | promised | to stop protecting militias
House Speaker Nancy Pelosi | said | it was "more of the same, with more of our troops."
Senate Majority Leader Harry Reid | said | Democrats would hold votes on a resolution opposing the escalation
Reid | said | "This is not a new way forward. It is the same road with a steeper hill,"
Sen. Chuck Hagel of Nebraska | said | it could turn out to be the worst foreign policy mistake "since Vietnam."
Sen. John McCain of Arizona | called for | {more troops} since 2003
Sen. John McCain of Arizona | said | the plan gave the military "a real chance to win, finally."
White House press secretary Tony Snow | said | the president "expects a fight" in Congress and "welcomes it."
He | told | Congress "cannot run a war by committee" ++ the president would not be deterred by a nonbinding resolution
Prime Minister Nouri al-Maliki's office | said | Iraqi forces would "take the lead" in the operation
A USA Today/Gallup poll taken Thursday | found | 61 percent of Americans opposed sending more troops
Donna Pruitt of Killeen, Texas | e-mailed | "My son tells me every week ~~ I believe him. ++ "I just pray the people in Congress ~~ on our sons now."
My son | tells | they can win this if Washington lets them

=== pr_021
Petraeus | Says | Surge Is Working
Petraeus | Tells | Some Troops Can Leave by Summer
Gen. David H. Petraeus | told | the increase in American forces had reduced violence in Iraq ++ about 30,000 troops could be withdrawn by next summer
General Petraeus | told | "It is real progress, and it is fragile,"
General Petraeus | told | "Anyone who tells you it is irreversible has not been to Anbar or to Baghdad lately."
Anyone | tells | it is irreversible
Ryan C. Crocker | said | the Iraqi government's record on political reconciliation was "extremely frustrating" ++ he saw "the seeds" of a deal among the country's factions
Representative Tom Lantos of California | said | he had heard "nine months of promises and very little else" from the Iraqi government
Senator Hillary Rodham Clinton of New York | told | his reports required "the willing suspension of disbelief."
Senator Barack Obama of Illinois | {asked}: | "At what point do we say this isn't working and start bringing our people home?"
we | say | this isn't working
General Petraeus | {replied}: | "Senator, I would be the first to tell you if I thought that point had come."
I | thought | that point had come
Senator John W. Warner of Virginia | urged | the president to begin bringing some troops home by Christmas
Mr. Warner | asked | "Is America safer because of this strategy?"
General Petraeus | said | "Sir, I don't know, actually,"
He | added | he believed the strategy was the best way to meet American goals in Iraq
he | believed | the strategy was the best way to meet American goals in Iraq
a full-page advertisement in The New York Times | accused | the general of "cooking the books for the White House."
Senator John McCain of Arizona | called | the ad "disgraceful,"
Senator Lindsey Graham of South Carolina | said | Democrats had "bet against the general before he ever opened his mouth."
Senator Carl Levin of Michigan | said | Iraq's leaders had failed to "use the breathing space our troops have bought them."
protesters in the hearing room | shouted | "Bring them home!"
White House officials | said | he would endorse the general's recommendations and argue that the troop increase had given Iraqis "a chance they did not have a year ago."
{he} would endorse | argue | the troop increase had given Iraqis "a chance they did not have a year ago."

=== pr_022
Clinton | says | race is ‘just beginning’
Obama | told | “They said this day would never come,”
They | said | this day would never come
Obama | told | “Tonight, in living rooms and school gyms ~~ you did it together.”
He | said | the turnout among young voters showed that “the cynics were wrong about this generation.”
his campaign | posted | “We won Iowa. Thank you.”
David Axelrod | said | the campaign had built its organization “one living room at a time” and expected the momentum to carry into New Hampshire
the campaign | expected | the momentum to carry into New Hampshire
Huckabee | told | “Tonight is not about me. ~~ on a stage like this,”
people | believe | America is still a place where a preacher’s kid from Hope can stand on a stage like this
He | joked | the actor Chuck Norris, who campaigned at his side, deserved “at least half the credit.”
Romney | said | he was heading to New Hampshire “with a full tank and a long list of towns.”
Clinton | vows | to fight on
Sen. Hillary Rodham Clinton | told | the contest was “just beginning” ++ she was “ready for the road ahead.”
Terry McAuliffe | told | Iowa had “never been our kind of state” ++ the primaries on Feb. 5 would decide the race
Edwards | said | “Two of us are running for change, and one of us is running for the establishment,”
Entrance polls conducted for the networks | found | Obama won a majority of voters under 30 ++ about half of Republican caucus-goers described themselves as evangelical or born-again Christians
about half of Republican caucus-goers | described | themselves as evangelical or born-again Christians
Kayla Brandt | said | “I’ve never done this before in my life,”
Kayla Brandt | said | “My mom came too. She cried.”
A CNX poll of likely Democratic primary voters there | showed | Clinton with a lead of about ten points
Her aides | insisted | the lead would hold

=== pr_023
Clinton | says | she ‘found my own voice’
polls | shown | Barack Obama with a comfortable lead
Clinton | told | she had spent the week listening to voters and had “found my own voice” in the process
she | said | “You gave me a second chance tonight, and I intend to make the most of it,”
a voter | asked | how she kept going
she | said | “It’s not easy,”
one Clinton adviser | said | “People saw her as a human being for the first time,”
Exit polls | showed | women, who had favored Obama in Iowa, swung back to Clinton
Andrew Smith | said | late deciders had broken “heavily” for her
he | told | “I’m still fired up, and I hope you are too,”
he | told | “We knew this would be a long fight. ++ “It is going to stay hard ~~ until it is done.”
The crowd | chanting | “Yes, we can!”
David Plouffe | wrote | the race would now turn on “who can build the biggest army of volunteers” in the states that vote on Feb. 5
Former President Bill Clinton | called | the portrait of Obama’s antiwar record “the biggest fairy tale I’ve ever seen,”
John Edwards | told | he would stay in “all the way to the convention.”
McCain | said | “When the pundits wrote us off, we went to the town halls and told people the truth,”
McCain | said | “That is how we won here, and that is how we will win in November.”
Former Massachusetts Gov. Mitt Romney | said | he would fight on in Michigan, where his father was governor

=== pr_024
Obama | says | Wright was 'flat wrong,'
his aides | billed | the most important of his campaign
Obama | said | Wright's remarks were "flat wrong" about America and had "widened the very divisions I am running to close."
Obama | said | "He is like family to me. He has been wrong, and he has been kind to me, and both of those things are true,"
Obama | {said}: | "This country has been talking around race ~~ how we got here. ++ "I am asking you to help me get us unstuck."
I | asking | you to help me get us unstuck
Wright | told | the government had lied to black Americans for generations
he | shouted | "God damn America."
Two Obama advisers | said | the senator wrote most of the speech himself over the weekend, staying up past 2 a.m. on Saturday
one of them | said | "He didn't want anybody to focus-group it,"
a reporter | Asked | whether he had spoken with Wright
Obama | said | he had called him Monday night "to tell him what I was going to say."
a statement | calling | the coverage of its former pastor "a caricature."
Sen. John McCain (R-Ariz.) | told | he had not seen the speech ++ Americans were "smart enough to judge it for themselves."
Sen. Hillary Rodham Clinton | said | she had not yet read the text and would "let it speak for itself."
Former Arkansas Gov. Mike Huckabee | saying | "most of us have sat in a pew and heard something we didn't agree with."
Several conservative commentators | dismissed | the speech as "a lecture."
a Pew Research Center survey published Thursday | found | a majority of Americans who had heard about it said Obama had done a good or excellent job
a majority of Americans who had heard about it | said | Obama had done a good or excellent job

=== pr_025
Palin | Tells | She Is Not Going to Washington ‘to Be Liked’
She | described | herself as “a hockey mom who got into politics because somebody had to.”
She | asked | whether they knew the difference between a hockey mom and a pit bull
She | answered | “Lipstick.”
Palin | said | she had told Congress “thanks, but no thanks” on the so-called Bridge to Nowhere
she | told | Congress “thanks, but no thanks” on the so-called Bridge to Nowhere
she | compared | her years as mayor of Wasilla with Barack Obama’s work as a “community organizer.”
she | said | she was not going to Washington “to be liked by the people who run it, or by the people who write about it.”
the McCain campaign | announced | Palin’s 17-year-old daughter, Bristol, was pregnant
the governor and her husband, Todd | said | they were “proud of our daughter”
the governor and her husband, Todd | asked | the press to give her “the privacy any teenager deserves.”
One network anchor | wondered | whether a mother of five could handle “the big leagues.”
Former New York Mayor Rudy Giuliani | said | Palin had “more executive experience than the entire Democratic ticket combined.”
he | told | “Now you know why I picked her,”
a statement | saying | Palin had delivered “the same old Bush talking points with a new accent.”
Sen. Joe Biden | told | she was “a formidable candidate” ++ he would “not make the mistake of underestimating her.”
Linda Haugen | said | “She talks like the people I go to church with,”
Linda Haugen | said | “That’s all I needed to hear.”
A Rasmussen poll released Thursday | found | Palin was now viewed favorably by more voters than Biden

=== pr_026
a man named Joe Wurzelbacher | told | he was about to buy a plumbing business
a man named Joe Wurzelbacher | asked | whether Obama's tax plan would raise his taxes
Obama | answered | when you "spread the wealth around, it's good for everybody."
McCain | {said}: | "Joe, if you are watching tonight, I am going to keep your taxes low so you can hire people."
Obama | replied | 95 percent of working families would get a tax cut under his plan ++ Joe would probably be one of them
I | asked | Does Joe speak for you?
Marcy | {said}: | "I don't care what Joe owes. ~~ no health insurance. ++ "So no, Joe doesn't speak for me."
Tom | thinks | Joe is "the first honest man in this whole campaign."
I | {asked} Tom | whether he thought Joe really made $250,000 a year
he | thought | Joe really made $250,000 a year
he | said | "Doesn't matter,"
he | said | "He might someday. That's the point."
news reports | according to | Joe is not a licensed plumber, and he owes some back taxes
Joe himself | told | he was "not a spokesman for anybody" ++ he had just "asked a question." | c2
one ordinary American after another | says | "I'm Joe the Plumber."
A CBS News poll of uncommitted voters who watched the debate | found | 53 percent thought Obama had won
53 percent | thought | Obama had won
I | think | Joe will be famous for about two more weeks, and then he will be a trivia question

=== pr_027
Paulson | Vows | to Keep ‘Every Tool’ on the Table
Treasury Secretary Henry M. Paulson Jr. | said | he would “keep using every tool we have” while lawmakers looked for another way
Mr. Paulson | said | “The problem did not go away at 2 o’clock this afternoon,”
Representative John A. Boehner of Ohio | said | a floor speech by Speaker Nancy Pelosi ++ had cost the bill as many as a dozen Republican votes
she | blamed | the crisis on the Bush administration’s “anything goes” economic policies
Mr. Boehner | said | “We could have gotten there,”
Mr. Boehner | said | “Then the speaker stood up and poisoned the well.”
Representative Barney Frank of Massachusetts | saying | any lawmaker who would let the economy suffer because his feelings had been hurt “should not be in this building.”
Many of the Republicans who voted no | said | their constituents’ calls and e-mails had run heavily against what they called a “bailout for Wall Street.”
they | called | a “bailout for Wall Street.”
Representative Jeb Hensarling of Texas | {said} in an interview: | “I was elected to protect ~~ this plan does that. ++ “If it takes another week to get it right, then it takes another week.”
President Bush | said | he was “disappointed”
President Bush | warned | the consequences of doing nothing would be “painful and lasting.”
Senate leaders | said | they would try to pass their own version, with tax breaks added to draw wavering votes, as soon as Wednesday
Senator Barack Obama | said | he was “confident” that Congress would act
Senator John McCain | blamed | Mr. Obama and the Democrats for the failure
Anthony Russo | said | “People just stopped and stared at the screens,”
Anthony Russo | said | “Nobody said a word for about a minute.”

=== pr_028
Obama | tells | 'change has come to America'
Obama | told | "It has been a long road to this park, and a lot of you walked every mile of it with me,"
Obama | told | "Tonight belongs to you."
He | said | "change has come to America,"
he | warned | the country's problems "will not be fixed in a year, or maybe even in one term."
the crowd | chanted | "Yes, we can!"
He | said | he had called Obama to congratulate him
McCain | said | "Tonight the argument is over,"
McCain | said | "He has my respect, and he will have my help."
Two McCain aides | said | she had hoped to deliver remarks of her own but was told the campaign had decided against it
- | told | the campaign had decided against it
President Bush | said | the victory was "a proud moment for a nation that has come a long way."
He | said | his staff would work to make the transition "as smooth as we can make it."
Exit polls | found | six in ten voters said the economy was the most important issue facing the country, far ahead of the war in Iraq
six in ten voters | said | the economy was the most important issue facing the country, far ahead of the war in Iraq
Loretta Simms | said | "I brought my grandmother's picture,"
Loretta Simms | said | "She told me when I was a girl that I would see this day. She just didn't get to see it with me."
She | told | I would see this day
British Prime Minister Gordon Brown | said | Obama had run "an inspiring campaign" ++ he looked forward to working closely with him
Senate Majority Leader Harry Reid of Nevada | said | his party would "not mistake a victory for a blank check" and would reach out to Republicans

=== pr_029
Prosecutors | say | Blagojevich tried to sell Obama's Senate seat
- | accused | trying to sell the U.S. Senate seat left vacant by President-elect Barack Obama to the highest bidder
U.S. Attorney Patrick Fitzgerald | called | the case "a political corruption crime spree"
U.S. Attorney Patrick Fitzgerald | said | the governor's conduct would make Abraham Lincoln "roll over in his grave."
Fitzgerald | said | "We did not have the luxury of waiting,"
Fitzgerald | said | "We had a sitting governor trying to sell a Senate seat, and the clock was running."
a 76-page affidavit filed with the charges | According to | Blagojevich was recorded saying ~~ "for nothing."
Blagojevich | saying | the Senate seat was "golden" ++ he would not give it up "for nothing."
The affidavit | says | he threatened to hold up state help ~~ critical of him
he | threatened | to hold up state help for the sale of Wrigley Field unless the Chicago Tribune fired editorial writers who had been critical of him
Fitzgerald | said | there was no suggestion in the complaint that Obama was aware of the scheme
Obama | told | he had not spoken with the governor about the seat and was "saddened" by the news
Illinois Attorney General Lisa Madigan | said | she would ask the state Supreme Court to declare Blagojevich "unable to serve."
she | ask | the state Supreme Court to declare Blagojevich "unable to serve."
Lt. Gov. Pat Quinn | called on | the governor to step aside
a letter | warning | they would not seat anyone Blagojevich appointed
Senate Majority Leader Harry Reid | said | "No appointment from this governor can be trusted, and none will be seated,"
A senior Democratic official in Washington | asked | not to be identified
A senior Democratic official in Washington who asked not to be identified | said | party leaders had been "stunned by the details, not by the man."
Legal experts | said | Blagojevich still has the power to make the appointment unless the Legislature strips it from him or he resigns
State House Speaker Michael Madigan | said | lawmakers would meet next week to consider a special election
Ed Genson | said | the governor "has done nothing wrong and will fight these charges."
Lucio Guerrero | said | Blagojevich would be back at work on Wednesday
Frank Ostrowski | said | "I voted for him twice,"
Frank Ostrowski | said | "Now I'd like my votes back."

=== pr_030
Mukasey | won’t say | if waterboarding is torture
he | told | he did not know whether waterboarding ++ simulates drowning — {is torture}
The nation’s chief law enforcement officer | tell | whether it is legal to nearly drown a man
Whitehouse | {asked}: | “Is it constitutional to strap a man to a board and pour water over his face until he chokes?”
Mukasey | answered | “Senator, anything that crosses the line ~~ where that line falls today.”
I | say | where that line falls today
Whitehouse | replied | “That’s a dodge,”
Mukasey | wrote | waterboarding was “repugnant to me” ++ he could not give a legal opinion on a program whose details were classified
Schumer | said | Mukasey had privately assured him he would enforce any law Congress passed banning the practice
Mukasey | assured | he would enforce any law Congress passed banning the practice
Sen. Patrick Leahy (D-Vt.) | put it | “If he cannot call waterboarding torture, he should not be the attorney general of the United States.”
he | call | waterboarding torture
Sen. Richard Durbin (D-Ill.) | said | the vote showed how far “the goalposts have moved since 2001.”
Sen. Arlen Specter (R-Pa.) | said | he shared some of the concerns ++ Mukasey was “the best nominee we are going to get from this White House.”
a memo | arguing | physical pain rose to the level of torture only if it matched the pain of “organ failure.”
President Bush | told | “this government does not torture people.”
White House press secretary Dana Perino | said | he was “pleased” with the vote
Human Rights First | urged | senators to reject the nomination
Elisa Massimino | called | the vote “a failure of nerve by people who know better.”
'''


if __name__ == "__main__":
    main()
