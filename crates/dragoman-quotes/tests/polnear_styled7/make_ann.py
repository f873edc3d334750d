#!/usr/bin/env python3
"""Write ann/pn_NNN_ann1.ann (brat standoff) for the texts in text/.

The annotations are generated from the spec at the end of this file. Every
string in the spec is copied from its text; this script finds the offsets
by exact search, so no offset is ever written by hand.

Spec syntax, one relation per line, under a `=== pn_NNN` line per text:

    SOURCE | CUE | CONTENT [| c2]

* `-` as SOURCE: the relation has no Source.
* CONTENT pieces are separated by ` ++ ` (a split quote or clause, or one
  piece per paragraph for a quote over several paragraphs).
* `PREFIX ~~ SUFFIX` abbreviates a long piece: the shortest stretch of one
  paragraph that starts with PREFIX and ends with SUFFIX.
* Braces pick a target out of a longer context in any field:
  `{said} Sen. X`, `{he} added`, `I believe {is wrong}`.
* `c2` writes the pieces as Content, Content2, ... arguments instead of one
  T line with `;`-separated segments.
* Lines starting with `#` and blank lines are ignored.

Search rules: a locator that starts (ends) with a letter or digit must start
(end) on a word boundary, and never ends just before a possessive or
contracted 's. A Content piece must occur exactly once in the text. The Cue
is the occurrence nearest the Content and the Source the occurrence nearest
the Cue; neither may overlap the relation's own Content; occurrences in the
same paragraph are preferred; a tie is an error.

Usage:
    python3 make_ann.py                      # rewrite ann/*.ann
    python3 make_ann.py --review [--only pn_007]
    python3 make_ann.py --check              # also read back with score.py's parse_ann
"""

import argparse
import bisect
import importlib.util
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_DIR = HERE / "text"
ANN_DIR = HERE / "ann"
ANN_SUFFIX = "_ann1.ann"
SCORE_PY = HERE / ".." / ".." / ".." / ".." / ".." / "shared" / "eval" / "score.py"


class SpecError(Exception):
    pass


def is_word(ch):
    return unicodedata.category(ch)[0] in "LNM"


def split_braces(locator):
    """(context, offset of target in context, length of target)."""
    m = re.fullmatch(r"(.*?)\{(.+?)\}(.*)", locator, flags=re.S)
    if not m:
        return locator, 0, len(locator)
    pre, target, post = m.groups()
    return pre + target + post, len(pre), len(target)


class Doc:
    def __init__(self, stem, text):
        self.stem = stem
        self.text = text
        self.breaks = [m.start() for m in re.finditer(r"\n\n", text)]

    def para(self, pos):
        return bisect.bisect_right(self.breaks, pos)

    def occurrences(self, context):
        """Start positions of context in the text, on word boundaries."""
        text, out, i = self.text, [], 0
        while True:
            i = text.find(context, i)
            if i < 0:
                return out
            j = i + len(context)
            ok = True
            if is_word(context[0]) and i > 0 and is_word(text[i - 1]):
                ok = False
            if is_word(context[-1]):
                if j < len(text) and is_word(text[j]):
                    ok = False
                elif text[j:j + 1] in ("'", "’") and text[j + 1:j + 2] == "s" and not (
                        j + 2 < len(text) and is_word(text[j + 2])):
                    ok = False
            if ok:
                out.append(i)
            i += 1

    def spans(self, locator):
        context, off, length = split_braces(locator)
        if not context:
            raise SpecError("empty locator")
        return [(i + off, i + off + length) for i in self.occurrences(context)]

    def piece(self, piece):
        """The one span of a Content piece."""
        if " ~~ " in piece:
            prefix, suffix = piece.split(" ~~ ", 1)
            cands = []
            for a, _ in self.spans(prefix):
                ends = [e for s, e in self.spans(suffix) if s >= a + len(prefix) and self.para(e - 1) == self.para(a)]
                if ends:
                    cands.append((a, min(ends)))
            cands = [c for c in cands if not any(o != c and c[0] <= o[0] and o[1] <= c[1] for o in cands)]
        else:
            cands = self.spans(piece)
        if len(cands) != 1:
            raise SpecError(f"content piece found {len(cands)} times: {piece!r}")
        return cands[0]


def gap(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def nearest(doc, locator, anchors, exclude, what):
    """The occurrence of locator nearest any anchor span; same paragraph first."""
    cands = [s for s in doc.spans(locator) if not any(overlaps(s, x) for x in exclude)]
    if not cands:
        raise SpecError(f"{what} not found (outside its content): {locator!r}")
    paras = {doc.para(a[0]) for a in anchors} | {doc.para(a[1] - 1) for a in anchors}
    same = [s for s in cands if doc.para(s[0]) in paras]
    pool = same or cands
    scored = sorted((min(gap(s, a) for a in anchors), s) for s in pool)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        raise SpecError(f"{what} tie between {scored[0][1]} and {scored[1][1]}: {locator!r}")
    return scored[0][1], len(same)


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
        fields = [f.strip() for f in line.split(" | ")]
        if current is None or len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
            raise SpecError(f"spec line {number}: cannot read {line!r}")
        docs[current].append((number, fields))
    return docs


def build(doc, entries):
    relations = []
    for number, fields in entries:
        source, cue, content = fields[:3]
        try:
            pieces = [doc.piece(p) for p in content.split(" ++ ")]
            pieces.sort()
            for x, y in zip(pieces, pieces[1:]):
                if overlaps(x, y):
                    raise SpecError("content pieces overlap")
            cue_span, cue_same = nearest(doc, cue, pieces, pieces, "cue")
            if source == "-":
                src_span, src_same = None, 0
            else:
                src_span, src_same = nearest(doc, source, [cue_span], pieces, "source")
        except SpecError as e:
            raise SpecError(f"{doc.stem}, spec line {number}: {e}") from None
        relations.append({"line": number, "fields": fields, "cue": cue_span, "source": src_span,
                          "content": pieces, "c2": len(fields) == 4,
                          "cue_cands": cue_same, "src_cands": src_same})
    relations.sort(key=lambda r: (r["content"][0][0], -r["content"][-1][1], r["line"]))
    return relations


def render(doc, relations):
    tlines, elines, ids = [], [], {}

    def tid(kind, segments):
        key = (kind, tuple(segments))
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offs = ";".join(f"{a} {b}" for a, b in segments)
            covered = " ".join(doc.text[a:b] for a, b in segments)
            tlines.append(f"{ids[key]}\t{kind} {offs}\t{covered}")
        return ids[key]

    for n, r in enumerate(relations, 1):
        args = [f"Attribution:{tid('Cue', [r['cue']])}"]
        if r["source"]:
            args.append(f"Source:{tid('Source', [r['source']])}")
        if r["c2"]:
            for k, seg in enumerate(r["content"], 1):
                role = "Content" if k == 1 else f"Content{k}"
                args.append(f"{role}:{tid('Content', [seg])}")
        else:
            args.append(f"Content:{tid('Content', r['content'])}")
        elines.append(f"E{n}\t" + " ".join(args))
    return "\n".join(tlines + elines) + "\n"


def verify(doc, ann):
    """Problems in a rendered .ann: span text, empty spans, line breaks, refs."""
    problems, ids = [], set()
    for line in ann.splitlines():
        f = line.split("\t")
        if line.startswith("T"):
            ids.add(f[0])
            kind, _, offs = f[1].partition(" ")
            segs = [tuple(map(int, p.split())) for p in offs.split(";")]
            covered = " ".join(doc.text[a:b] for a, b in segs)
            if covered != f[2]:
                problems.append(f"{f[0]}: text differs")
            for a, b in segs:
                if a >= b:
                    problems.append(f"{f[0]}: empty span")
                if "\n" in doc.text[a:b]:
                    problems.append(f"{f[0]}: crosses a line break")
                if doc.text[a:b] != doc.text[a:b].strip():
                    problems.append(f"{f[0]}: space at an edge")
        elif line.startswith("E"):
            for arg in f[1].split():
                ref = arg.partition(":")[2]
                if ref not in ids:
                    problems.append(f"{f[0]}: unknown {ref}")
    return problems


def context(doc, span, width=60):
    a, b = span
    left = doc.text[max(0, a - width):a].replace("\n", " / ")
    right = doc.text[b:b + width].replace("\n", " / ")
    return f"…{left}[[{doc.text[a:b]}]]{right}…"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--review", action="store_true", help="list every relation in context")
    ap.add_argument("--only", help="review one text (stem)")
    ap.add_argument("--flagged", action="store_true", help="with --review, list only flagged relations")
    ap.add_argument("--check", action="store_true", help="read the files back with score.py's parse_ann")
    args = ap.parse_args(argv)
    try:
        spec = parse_spec(SPEC)
    except SpecError as e:
        print(f"make_ann.py: {e}", file=sys.stderr)
        return 1
    stems = sorted(p.stem for p in TEXT_DIR.glob("*.txt"))
    missing = [s for s in stems if s not in spec] + [s for s in spec if s not in stems]
    if missing:
        print(f"make_ann.py: text and spec do not match: {missing}", file=sys.stderr)
        return 1
    ANN_DIR.mkdir(exist_ok=True)
    total = flags = problems = 0
    for stem in stems:
        doc = Doc(stem, (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8"))
        try:
            relations = build(doc, spec[stem])
        except SpecError as e:
            print(f"make_ann.py: {e}", file=sys.stderr)
            return 1
        ann = render(doc, relations)
        found = verify(doc, ann)
        for p in found:
            print(f"{stem}: {p}", file=sys.stderr)
        problems += len(found)
        (ANN_DIR / f"{stem}{ANN_SUFFIX}").write_text(ann, encoding="utf-8", newline="\n")
        total += len(relations)
        if args.review and (not args.only or args.only == stem):
            print(f"=== {stem}")
            for n, r in enumerate(relations, 1):
                mark = []
                if r["cue_cands"] != 1:
                    mark.append(f"CUE x{r['cue_cands']}")
                if r["source"] and r["src_cands"] != 1:
                    mark.append(f"SRC x{r['src_cands']}")
                flags += bool(mark)
                if args.flagged and not mark:
                    continue
                print(f"E{n} (spec line {r['line']}) {' '.join(mark)}")
                print(f"   cue     {context(doc, r['cue'], 40)}")
                if r["source"]:
                    print(f"   source  {context(doc, r['source'], 40)}")
                print(f"   content {' ++ '.join(doc.text[a:b] for a, b in r['content'])}")
    print(f"make_ann.py: {len(stems)} texts, {total} relations, {problems} problems"
          + (f", {flags} relations flagged" if args.review else ""))
    if args.check:
        spec_ = importlib.util.spec_from_file_location("score", SCORE_PY)
        score = importlib.util.module_from_spec(spec_)
        spec_.loader.exec_module(score)
        n = direct = 0
        for stem in stems:
            text = score.read_text_file(TEXT_DIR / f"{stem}.txt")
            atts = score.parse_ann(ANN_DIR / f"{stem}{ANN_SUFFIX}", text)
            n += len(atts)
            direct += sum(a["direct"] for a in atts)
        print(f"parse_ann: {n} attributions, {direct} direct, {n - direct} indirect")
    return 1 if problems else 0


# ---------------------------------------------------------------------------
# The spec. Strings are copied from the texts.
SPEC = r"""
=== pn_001
Nunn | says | sanctions 'deserved more time'
lawmakers in both parties | saying | they hoped the threat alone would move Saddam Hussein
they | hoped | the threat alone would move Saddam Hussein
Rep. Stephen Solarz, D-N.Y. | said | "This is a vote to give peace its last real chance," ++ "not a vote for war."
Senate Armed Services Committee Chairman Sam Nunn, D-Ga. | said | economic sanctions "deserved more time to bite"
Senate Armed Services Committee Chairman Sam Nunn, D-Ga. | warned | a ground war could cost thousands of American lives
Nunn | said | "We are not talking about a few days of bombing,"
Nunn | said | "We are talking about young men and women who will not come home."
he | said | "There is no such thing as a clean, surgical war,"
he | said | "Once it begins, nobody in this chamber can tell you how it ends."
Senate Republican leader Bob Dole of Kansas | said | the vote sent a message that Baghdad could not misread
Dole | said | "If they are paying attention ~~ means business,"
I | believe | they are paying very close attention
Sen. John McCain, R-Ariz. | reminded | Bush had declared in August that the invasion "will not stand."
Bush | declared | the invasion "will not stand."
He | said | a Congress that backed away now would "embolden every tyrant with an army and a grudge."
Sen. Edward Kennedy, D-Mass. | predicted | a war would be "bloody, long and unpopular,"
Sen. Edward Kennedy, D-Mass. | asked | "Who among us will explain to the families why we could not wait?"
Majority Leader Richard Gephardt, D-Mo. | urged | colleagues to give the embargo "the months it needs,"
the statement | said | "Today Congress told Saddam Hussein that America speaks with a single voice,"
Congress | told | America speaks with a single voice
the statement | said | "The choice between peace and war is now his alone."
Abdul Amir al-Anbari | told | his government "will not be frightened by votes in a foreign parliament."
- | Asked | whether the president had chosen a date for an attack
White House spokesman Marlin Fitzwater | said | "every option remains open."
about 200 protesters | chanted | "No blood for oil!"
Sen. Robert Byrd, D-W.Va. | said | the country should not "confuse patience with weakness."

=== pn_002
Thomas | Calls | Hearing a ‘High-Tech Lynching’
Judge Clarence Thomas | told | he would not withdraw his nomination to the Supreme Court under any circumstances
Judge Thomas | said | “I came here to answer questions about the Constitution,” ++ “and instead I have watched ~~ high-tech lynching.”
Professor Hill | testified | Mr. Thomas repeatedly pressed her ~~ Opportunity Commission ++ he spoke to her about pornographic films in graphic terms
Mr. Thomas | pressed | her to go out with him
she | told | “I did not come forward because I wanted to,”
she | told | “I came forward because ~~ but the truth. ++ “I have nothing to gain here. I would much rather be in Norman, teaching my students.”
Senator Orrin G. Hatch | said | parts of her story were “simply not believable”
Senator Orrin G. Hatch | suggested | she had borrowed details from a court case in Kansas
Senator Arlen Specter | pressed | why she had followed Mr. Thomas from one agency to the next and kept in touch with him for years
Mr. Specter | asked | “If he behaved as you describe,” ++ “why did you stay?”
She | answered | she had been young ++ she had needed the job ++ she had hoped the behavior would stop
she | hoped | the behavior would stop
Senator Joseph R. Biden Jr. | saying | the panel would “give both of these people a full and fair hearing, whatever it costs us.”
Republicans on the panel | said | they were convinced that the nomination would survive
they | were convinced | the nomination would survive
A White House official | said | President Bush had telephoned Judge Thomas during a recess to tell him that “the country is with you.”
President Bush | tell | “the country is with you.”
Senator Paul Simon | said | he believed Professor Hill
Senator Paul Simon | added | “the burden should never fall on the woman who comes forward.”
Others | said | they feared a vote against Judge Thomas would cost them in the South
they | feared | a vote against Judge Thomas would cost them in the South
- | was asked | whether he had ever discussed pornography with Professor Hill
he | replied | “No, Senator, never,”
he | replied | “Not once.”

=== pn_003
Perot | says | his volunteers 'never gave up'
The Texas billionaire | saying | the Democratic Party had "revitalized" itself
The Texas billionaire | told | he was getting back in because volunteers in all 50 states had asked him to
Perot | said | "They asked me to come back, and I could not look them in the eye and say no,"
They | asked | me to come back
Perot | said | "This is their campaign, not mine. I'm just their servant."
He | said | he had feared a three-way race would throw the election into the House of Representatives
he | feared | a three-way race would throw the election into the House of Representatives
Bush campaign chairman Robert Teeter | called | "a little hard to swallow."
- | Asked | whether he had let his supporters down by quitting
Perot | said | "I made a mistake. I take the blame for it. Now let's go fix the country."
Both camps | say | they welcome him
both | said | they were glad to have him back
Clinton campaign chairman Mickey Kantor | said | "We welcome Mr. Perot back to the race,"
a senior Clinton adviser | told | the campaign expected Perot to "take more from Bush than from us, at least in the South."
the campaign | expected | Perot to "take more from Bush than from us, at least in the South."
Bush spokeswoman Torie Clarke | said | the president would "compete for every single Perot voter"
Bush spokeswoman Torie Clarke | noted | the Texan had agreed to join the debates
the Texan | agreed | to join the debates
Perot aides | According to | he has set aside as much as $60 million of his own money for the final month
Gloria Munoz | said | "He's back, and this time he's staying,"
Gloria Munoz | said | "We told him we would not let him quit twice."
We | told | we would not let him quit twice
Tom Reilly | said | he had thrown his Perot bumper stickers in the trash in July
Reilly | said | "He broke our hearts once,"
Reilly | said | "Who's to say he won't do it again?"
Perot | said | he would spend heavily on television ~~ on the deficit
he | calls | "infomercials" on the deficit
He | said | he would take part in all three presidential debates if invited

=== pn_004
Clinton | calls | NAFTA win ‘a victory for the future’
President Clinton | said | the vote was “a clear choice of hope over fear,”
the president | said | “Tonight the House chose to compete and not to retreat,”
the president | said | “We are not going to build a wall around this economy.”
House Majority Whip David Bonior (D-Mich.) | told | he had no regrets
he | said | “We lost the vote, but we won the argument in every union hall in this country,”
Several Democrats who switched in the last 48 hours | said | the administration had promised to protect ~~ border communities
the administration | promised | to protect citrus and sugar growers and to back a development bank for border communities
One White House aide | asked | to remain unnamed
One White House aide | put it bluntly | “Every vote had a price, and we paid it.”
- | Asked | whether the side deals amounted to buying votes
chief of staff Thomas “Mack” McLarty | said | “We made our case on the merits, member by member.”
aides in both parties | agreed | The turning point ++ was Vice President Al Gore’s televised debate with Ross Perot on Nov. 9
Gore | accused | Perot of peddling “fear and phony numbers,”
overnight polls | found | a majority of viewers thought the vice president had won
a majority of viewers | thought | the vice president had won
Perot | warned | jobs would flow south with a “giant sucking sound.”
He | said | the pact would cost millions of American jobs
Perot | vowed | to remember every member who voted yes
he | said | “We will see them at the ballot box in 1994,”
Majority Leader Richard Gephardt (D-Mo.) | said | the House “must now turn to the workers this agreement leaves behind.”
He | urged | the administration to bring a retraining bill to the floor before spring
a Senate Republican aide | said | “It’s downhill from here,”
President Carlos Salinas de Gortari | told | the vote opened “a new chapter” between the two countries
AFL-CIO President Lane Kirkland | called | the result “a sad day for working families”
AFL-CIO President Lane Kirkland | said | unions would remember the names of the Democrats who had voted for it

=== pn_005
Gingrich | says | conservatives 'will not be the tax collectors for the welfare state'
George Bush | said | "Read my lips: no new taxes."
the negotiators | call | "deficit reduction."
Gingrich | told | "I told the president I could not look conservatives in the face and sell them a tax increase,"
I | {told} the president | I could not look conservatives in the face and sell them a tax increase
Gingrich | told | "We will not be the tax collectors for the welfare state. Not this year, not ever."
Bush | said | "I think the American people understand that the deficit is a threat to their jobs," ++ "and I think they will support a fair package." | c2
{I} think the American | think | the American people understand that the deficit is a threat to their jobs
{I} think they | think | they will support a fair package
The president | insists | nothing has changed
Budget director Richard Darman | told | the agreement was "the best deal that divided government can produce."
One Democrat from a Rust Belt district | said | the gas tax would "hit working people first and hardest,"
the House clerk's tally | according to | more than 100 Democrats joined the rebellion
Senate Republican leader Bob Dole | said | he would keep working on "a deal that can pass,"
Senate Republican leader Bob Dole | urged | House conservatives to "come back to the table."
Rep. Vin Weber of Minnesota | said | the White House had "badly misread" the Republican rank and file
Weber | said | "They thought we would fold,"
They | thought | we would fold
Weber | said | "They thought wrong."
The administration's defenders in the press | calling | Gingrich's revolt "reckless" and "grandstanding."
A reader in Macon | wrote | "If he broke this promise, which one is next?"
We | suspect | the White House does not have one either

=== pn_006
Reno | Tells | She ‘Made the Decision’ on Waco and Will Not Resign
Attorney General Janet Reno | told | she alone had approved the plan to drive the Branch Davidians ~~ with tear gas
Representative Henry J. Hyde | asked | “The Bureau had been waiting ~~ of the fifty-second. ++ “Why could you not wait one more week?”
Ms. Reno | answered | “I was told that the negotiations ~~ I am accountable for it.”
- | was told | the negotiations had reached a dead end ++ the people inside had enough food to hold out for a year ++ our agents on the perimeter were exhausted
I | believed | the children inside were being abused
Mr. Hyde | pressed | whether anyone in the White House had urged her to act
anyone in the White House | urged | her to act
she | replied | “No,”
she | replied | “I spoke to the President the day before ~~ and I will not start now.”
he | told | it was my call
Representative John Conyers Jr. | said | he was “deeply troubled” that armored vehicles had been used against a building full of children
Representative John Conyers Jr. | asked | “Would you make the same decision today, knowing what you know now?”
Ms. Reno | said | “Knowing what I know now, I would not,”
Ms. Reno | said | “But I did not know it then, and I will not pretend that I did.”
Representative Charles E. Schumer of Brooklyn | said | he would hold hearings on the F.B.I.’s handling of the siege this summer
He | said | Ms. Reno had been “standing up and taking it,”
he | called | “more than this town is used to.”
Jack Brooks of Texas | asked | whether she intended to step down
she | said | “I serve at the pleasure of the President,” ++ “and as long as I have his confidence, I will stay and see this through.”
George Stephanopoulos | said | President Clinton “has complete confidence in the Attorney General.”
- | Asked | whether Mr. Clinton had seen the plan before the assault
he | said | the President had been briefed “in general terms” and had left the details to Ms. Reno
One of them | said | he had driven all night “so somebody in this building would have to look at us.”

=== pn_007
Clinton | vows | to find bombers
Clinton | calls | Oklahoma City attack ‘evil’
President Clinton | called | the bombing “an attack on innocent children and on the people who serve this country”
President Clinton | said | federal agents would “run down the people who did this, wherever they try to hide.”
the president | said | “Let there be no doubt: we will not be frightened into silence by people like this,”
Gov. Frank Keating, R-Okla. | said | rescue crews had pulled at least 40 people from the building alive
Keating | said | “We are going to search every inch of that building,”
Keating | said | “Every inch.”
Fire Chief Gary Marrs | said | the north face of the Alfred P. Murrah Federal Building had “simply collapsed” ++ rescuers were working “by hand, one chunk of concrete at a time.”
Dena Holloway | said | the blast threw her against a wall
she | said | “I thought it was an earthquake,”
I | thought | it was an earthquake
she | said | “Then I looked out the window and the building just wasn’t there anymore.”
Attorney General Janet Reno | said | the Justice Department would seek the death penalty against anyone found responsible
- | Asked | whether investigators suspected foreign terrorists
she | said | “We are not ruling anything in or out at this point.”
a federal law enforcement official | According to | investigators believe the bomb was carried ~~ in front of the building
investigators | believe | the bomb was carried in a rented truck parked at the curb in front of the building
Oklahoma City Mayor Ron Norick | asked | residents to stay away from downtown so that rescue crews could work
a nurse who had been on duty since 9:30 a.m. | said | “They kept coming ~~ in the hallways. ++ “I have been doing this for 19 years. ~~ nothing ever will.”
Clinton | said | he would send Federal Emergency Management Agency Director James Lee Witt to the city
he | said | “The whole country is grieving with you tonight,”

=== pn_008
the president | said | "not appropriate"
Clinton | said | he had given the grand jury "complete" answers that afternoon
he | said | "I did have a relationship with Miss Lewinsky that was not appropriate. In fact, it was wrong."
My brother-in-law Rich | said | "Well, there it is."
His wife | said | she thought the apology took about 30 seconds and the attack on Ken Starr took three minutes
she | thought | the apology took about 30 seconds and the attack on Ken Starr took three minutes
he | said | "This investigation has run on for four years, cost a fortune and dragged in people who did nothing wrong,"
he | {said}, to | It was time ++ to "move on" and get back to the country's business
She | wrote back | "He lied to us for seven months and now he's mad at US?"
he | said | he "did not have sexual relations with that woman."
he | said | his answers in the Paula Jones deposition had been "legally accurate."
I | guess | a lot of lawyers worked very hard on that sentence
I | asked | what she was going to tell her kids when school starts in two weeks
she | said | "I'm going to tell them the truth matters,"
I | tell | the truth matters
she | said | "And then I'm going to change the subject as fast as I can."
Sen. Orrin Hatch | told | the speech was "a missed opportunity,"
Rep. Tom DeLay | said | the president "should think hard about what he owes this country."
One of them | calling | it "the speech of his life,"
I | think | he's going to survive this
I | suspect | a lot of people out here feel the same way tonight

=== pn_009
Clinton | Says | U.S. Troops Will Help 'Keep the Peace'
the Presidents of Bosnia, Serbia and Croatia | agreed | to end the war in Bosnia and Herzegovina
President Clinton | said | he would ask Congress to support sending about 20,000 American troops to enforce the settlement
he | ask | Congress to support sending about 20,000 American troops to enforce the settlement
Mr. Clinton | said | "The people of Bosnia have a chance, at last, to bury their dead and build something other than graves,"
He | said | American forces would be there "to keep the peace, not to fight a war," ++ the mission would last "about one year."
Mr. Izetbegovic | threatened | to walk away
he | said | "Nobody in Sarajevo will dance in the streets over this map,"
he | said | "But the shelling will stop, and that is enough for today."
Assistant Secretary of State Richard C. Holbrooke | told | the talks had nearly collapsed twice in the final 48 hours
- | Asked | what had saved them
he | said | "Exhaustion, and a map that nobody loves."
Secretary of State Warren Christopher | said | the United States would lead an effort to arm and train the Bosnian Government's forces if necessary
Mr. Izetbegovic's aides | said | had been "decisive" in the final hours
Senator Bob Dole of Kansas | said | he had "serious reservations" about putting American soldiers on the ground but would not try to cut off money for the mission
Mr. Dole | said | "The President has made a commitment, and the credibility of this country is now on the line,"
Representative Floyd Spence | said | "I don't believe the American people ~~ in the Balkans,"
I | believe | the American people are ready to see their sons and daughters come home in body bags from a civil war in the Balkans
the Administration | believes | armed and directed the Bosnian Serb forces for most of the war
Mr. Milosevic | told | he was "very happy" with the outcome
Mr. Milosevic | predicted | the Serbs of Bosnia would accept it
a university student named Amra | told | "We will believe it when the guns are quiet for a month,"

=== pn_010
Mitchell | concedes | health care is ‘dead for this year’
Mitchell | told | “There is no path to passage in the time remaining,”
Mitchell | told | “I regret that very much. I believe the American people will regret it too, when they look back on this year.”
I | believe | the American people will regret it too, when they look back on this year
two Democratic leadership aides | said | The decision ++ had been effectively made over the weekend, when ~~ overcome a filibuster
Republican leader Bob Dole (R-Kan.) | told | there was “no health care crisis,”
Republican leader Bob Dole (R-Kan.) | said | Republicans were ready to “start over next year, step by step.”
a memo | urging | GOP lawmakers to kill the plan outright rather than negotiate
the memo | warned | “Any Republican who helps pass this bill is helping build a Democratic majority for another generation,”
an administration official who worked on the plan | said | the president had been “blindsided” by the speed of the collapse
A second official | said | the first lady was “devastated but not surprised.”
Clinton | said | “I said from the beginning that I would not accept a bill that fails to cover every American,”
I | {said} from the beginning | I would not accept a bill that fails to cover every American
Clinton | said | “I still won’t. We will be back.”
Rep. Jim McDermott (D-Wash.) | called | the ads “the most effective lie told in Washington this year.”
the aide | said | “We didn’t have to beat it,”
the aide | said | “We just had to make sure it never got to a vote.”
- | Asked | whether the president would try again in 1995
Mitchell | said | “someone will, and someone should.”
The National Federation of Independent Business | said | its members had sent more than a million letters to Capitol Hill
Jack Faris | called | the outcome “a win for every small employer in America.”

=== pn_011
Gingrich | tells | the voters ‘signed the Contract’
Newt Gingrich | told | the results were “a mandate for the Contract with America, item by item.”
Gingrich | said | “The voters read it. The voters signed it. Now we are going to keep it,”
Gingrich | said | “In the first 100 days, every one of those ten bills gets a vote on the floor of the House.”
Democrats | mocked | the “Contract on America.”
President Clinton | said | the voters had sent “a clear message” that they wanted change
he | pledged | to work with the new majority “where we can.”
he | warned | he would fight any attempt to “go back to the trickle-down economics of the 1980s.”
Rep. Dick Armey of Texas | put it in plainer terms | “The American people fired the Democrats. We are the new management, and we are on probation.”
One senior House Democratic aide | told | the caucus had “completely misjudged” how angry the country was
the aide | said | “We thought the health care fight would help us,”
We | thought | the health care fight would help us
the aide | said | “It buried us.”
Foley | {told} supporters in Spokane | he had “no regrets about a life spent in the people’s House.”
Richards | told | she would “go home and sleep for a week.”
It | reads | “Last night was not the end of something. ~~ the laws it passes. ++ “If we keep our word, we will keep this majority for a generation.”
Network exit polls | found | nearly six in ten voters thought the country was headed in the wrong direction ++ Republicans won men by a wide margin
nearly six in ten voters | thought | the country was headed in the wrong direction

=== pn_012
Gingrich | says | Air Force One seating ‘played a role’ in budget standoff
House Speaker Newt Gingrich | told | he had been “insulted” when he and Senate Majority Leader Bob Dole ~~ funeral in Israel
- | were asked | to leave Air Force One by the rear door after the flight home from Yitzhak Rabin’s funeral in Israel
Gingrich | said | “You land at Andrews, and you’re told to get off the back of the plane,”
- | told | to get off the back of the plane
Gingrich | said | “Maybe that sounds small. But it tells you something about how this White House deals with Congress.”
- | Asked | whether the episode had led him to send Clinton a tougher spending bill
Gingrich | said | it had “played some role,”
Gingrich | added | “Not the main role.”
White House press secretary Mike McCurry | called | the Speaker’s account “bizarre”
White House press secretary Mike McCurry | said | aides had seated the two men in the forward cabin “with the President’s full blessing.”
Photographs released by the White House later in the day | showed | Gingrich and Dole chatting with Clinton aboard the plane
Clinton | said | he would not sign a spending bill that “cuts Medicare to pay for tax breaks for the wealthy.”
the president | said | “If they want to shut the government down to get their way, that is their choice,”
the president | said | “I will not be blackmailed.”
Dan Rudnicki | said | “We saved for two years for this trip,”
Dan Rudnicki | said | “Nobody in this town seems to care.”
A Republican leadership aide | said | the episode had been “a gift to the White House” ++ members were “furious at the wrong things.” | c2
Rep. Vic Fazio of California | said | “The Speaker has made himself the issue,”
Dole | says | talks could resume Friday
Dole | told | he expected budget negotiators to meet again by the end of the week
he | expected | budget negotiators to meet again by the end of the week
- | Asked | if he shared Gingrich’s grievance about the plane
he | said | “I’ve been sitting in the back for 30 years,”

=== pn_013
President Clinton | said | he would send 1,700 more soldiers and 104 armored vehicles to Somalia to protect U.S. forces there
President Clinton | promised | nearly all American troops would be out of the country by March 31
Clinton | said | "We did not go to Somalia to pick a side in its civil war, and we will not stay there to fight one,"
Clinton | said | "But we will not leave in a way that invites every thug on earth to test us."
Clinton | said | the United States would hold Somali clan leaders responsible for Durant's safety
Sen. Robert Byrd, D-W.Va. | demanded | an immediate withdrawal
Sen. Robert Byrd, D-W.Va. | said | the March deadline was "five months too long."
Byrd | said | "Every day we stay, we are asking our young people to die for a country that does not want us there,"
we | asking | our young people to die for a country that does not want us there
Sen. John McCain, R-Ariz. | said | he would offer an amendment to cut off money for the operation by Jan. 1
McCain | said | "This is not a matter of courage,"
McCain | said | "It is a matter of a mission that no one can define."
Defense Secretary Les Aspin | acknowledged | he had turned down a request in September from commanders in Somalia for tanks and armored vehicles
Aspin | told | "In hindsight, that decision looks different,"
He | said | he had made it "on the information I had at the time."
Senate Republican leader Bob Dole of Kansas | said | Clinton had "bought himself some time"
Senate Republican leader Bob Dole of Kansas | warned | Congress would not wait until March if more Americans died
- | Asked | whether he would support a cutoff of funds
Dole | said | "Not tonight. Ask me next week."
A CBS News poll taken after the firefight | found | 52 percent of Americans wanted the troops brought home immediately
a spokesman for the clan leader Mohamed Farah Aidid | told | Aidid was ready for "a cease-fire with the Americans, not with the United Nations."
one soldier's wife | said | "He didn't say anything about bringing them home tomorrow,"
one soldier's wife | said | "That's all I wanted to hear."

=== pn_014
Carter | Says | Haiti’s Generals Will Step Down After ‘Very Frank’ Talks
former President Jimmy Carter | persuaded | the country’s military leaders to step down rather than face an invasion
Mr. Carter | said | the talks with Lieut. Gen. Raoul Cédras had been “very frank, and at times very tense.”
Mr. Carter | said | “I think General Cédras finally understood that the planes were in the air,”
I | think | General Cédras finally understood that the planes were in the air
General Powell | said | he had told the Haitian commanders that the force coming their way would be overwhelming
he | {told} the Haitian | the force coming their way would be overwhelming
he | said | “I told them, ‘You can leave with dignity, or you can leave with nothing,’”
I | told | ‘You can leave with dignity, or you can leave with nothing,’
Mr. Clinton | told | “Your time is up. Go now, while you can still choose how you leave.”
Mr. Clinton | {said} this evening | the agreement was “not perfect” but had spared lives on both sides
He | said | the Haitian military would give up power by Oct. 15, when the exiled President, the Rev. Jean-Bertrand Aristide, is to return
It | said | “The hour of reconciliation has come. ~~ not before the mob. ++ “I ask every Haitian to put down the stone and the machete, and to wait for justice.”
I | ask | every Haitian to put down the stone and the machete, and to wait for justice
Senator Bob Dole of Kansas | said | he was “relieved that no Americans were killed today”
Senator Bob Dole of Kansas | questioned | why troops were needed at all
Senator Christopher J. Dodd | called | the landing “a textbook example of diplomacy backed by force.”
a man named Jean-Robert | told | “Now we will see if the Americans mean what they say,”
American commanders | said | their soldiers would begin patrolling the capital on Tuesday
- | Asked | how long the troops would stay
Lieut. Gen. Hugh Shelton | said | they would leave “when the job is done, and not a day before.”

=== pn_015
he | tells | 'We shocked the world,'
Ventura | shouted | "We shocked the world!"
the crowd | chanted | "Jesse! Jesse!"
exit polls | according to | Ventura drew heavily from young voters and people who had never voted before
Dean Barkley | said | "These are people who told us they had given up on politics,"
people | told | they had given up on politics
Dean Barkley | said | "He gave them a reason to come back."
Coleman | told | he had called Ventura to congratulate him
Coleman | said | "The people of Minnesota have spoken, and they have spoken loudly,"
Humphrey | said | he would "help the new governor in any way I can,"
a reporter | asked | whether his campaign had underestimated Ventura
Humphrey | answered | "Everybody did. Everybody."
he | has said | he will not accept money from political action committees
he | told | he did not "have all the answers" and would "hire people smarter than me."
Reform Party founder Ross Perot | called | the victory "proof that the two-party monopoly can be broken."
A White House spokesman | said | President Clinton had "no comment on the wrestling results,"
A White House spokesman | added | the president looked forward to working with "whoever Minnesota chose."
a retired machinist named Gordon Lund | said | he had voted for Ventura because "he talks like the guys I worked with for 35 years."
Kathy Sorensen | said | "I think people will wake up tomorrow and wonder what they did,"
I | think | people will wake up tomorrow and wonder what they did
He | told | he planned to spend the next two months "learning the job, and getting some sleep."

=== pn_016
Moynihan | calls | it ‘brutal’
candidate Bill Clinton | promised | to “end welfare as we know it.”
The president | called | the bill “a real chance to make work the center of life for millions of families,”
he | said | he would seek to undo cuts to legal immigrants and food stamps that he described as having “nothing to do with welfare reform.”
he | described | having “nothing to do with welfare reform.”
He | called | the bill “the most brutal act of social policy since Reconstruction”
He | predicted | within a few years “we will see children begging on the streets of our cities.”
a statement | calling | the signing “a moment of shame.”
the statement | said | “The president has abandoned the children he spent his career defending,”
Two senior officials at the Department of Health and Human Services | told | they were considering resigning
One | asked | we not print her name
One | said | the department’s own analysis had found that the law would push roughly a million children below the poverty line
the department’s own analysis | found | the law would push roughly a million children below the poverty line
she | said | “We told them,”
she | said | “We told them in writing.”
Rep. E. Clay Shaw Jr. of Florida | said | “This is our bill,”
Senate Majority Leader Trent Lott | said | the president had signed it “because he had no choice in an election year.”
She | said | “Nobody on welfare wants to be on welfare. ~~ to my kids? ++ “Tell me what happens to my kids. Nobody in Washington can tell me that.”
You | think | I like standing in that line
The president | says | he will fix the worst parts next year

=== pn_017
Livingston | says | he will quit
two articles | accuse | him of lying under oath to a federal grand jury and obstructing justice to hide his affair with former White House intern Monica Lewinsky
Speaker-designate Bob Livingston, R-La. | announcing | he would not take the speaker's chair in January and would resign from Congress
Livingston | acknowledged | he had "not always been faithful" to his wife
Livingston | said | "I can't ask the president to step aside and then cling to this office myself,"
I | ask | the president to step aside
some members | shouted | "No! No!"
Minority Leader Richard Gephardt, D-Mo. | begged | Livingston to reconsider
Gephardt | said | "We need to stop this cycle of destruction before it consumes every one of us,"
Clinton | said | he would not resign and would serve "until the last hour of the last day of my term."
He | urged | the Senate to resolve the matter "fairly, and soon."
Vice President Al Gore | called | the vote "a grave injustice to a man who has served this country well."
Rep. Henry Hyde, R-Ill. | told | the case was about "the rule of law, not the rule of polls."
Hyde | said | "A president who lies under oath does not get to decide which laws apply to him,"
Some Republicans | accused | Clinton of timing the strikes to delay the vote
the White House | called | "outrageous."
Polls taken this week | show | most Americans opposed impeachment
A Gallup survey | found | 63 percent believed the House should have censured the president instead
63 percent | believed | the House should have censured the president instead
several hundred demonstrators | chanted | "Censure, don't impeach!"
- | Asked | whether the president had watched the vote
White House spokesman Joe Lockhart | said | Clinton had followed it "on and off" from the residence

=== pn_018
a man named Baker | says | it’s ‘time to move on’
he | told | “I think I voted for Buchanan,”
I | think | I voted for Buchanan
he | told | “I’m not sure. The holes didn’t line up.”
the county’s own numbers | showed | Pat Buchanan with more than 3,400 votes here, about three times what he got in any other Florida county
Buchanan’s people | said | that number was strange
Buchanan | told | a lot of those votes “were meant for somebody else.”
Theresa LePore | has said | she spread the names across two pages so that older voters could read them in bigger type
I | believe | it was a disaster
a few hundred people outside the county building on Olive Avenue | chanting | “Revote! Revote!”
A woman next to me | told | she had voted in every election since Truman
she | asked | “And this is the one they lose?”
a Republican observer standing two feet from me | kept saying | “That’s not a vote. That’s a dent.”
James Baker | said | the vote had been “counted and recounted” ++ it was time for Al Gore to accept the result
Warren Christopher | said | the campaign would go to court if it had to
Katherine Harris | says | she will certify the results on Tuesday no matter what the counties are still doing
My friend Barbara | e-mailed | “If Harris certifies with our count still going, I am chaining myself to the courthouse door.”
I | think | nobody knows yet

=== pn_019
Dole | says | he'll run with 'nowhere to go but the White House or home'
Senate Majority Leader Bob Dole (R-Kan.) | announcing | he will resign his seat by mid-June to campaign full time against President Clinton
Dole | said | "I am going to run for president as a private citizen," ++ "with nowhere to go but the White House or home."
Two senior Dole campaign aides | said | the decision had been made over the weekend ~~ advisers in the room
One of them | said | Dole had concluded that he could not ~~ the minimum wage
Dole | had concluded | he could not "win a national campaign from the Senate floor" while Democrats tied up the chamber with votes on the minimum wage
the aide | said | "He was tired of being the majority leader when he needed to be the candidate,"
Clinton | called | Dole "a man who has given his whole life to this country"
Clinton | said | he had "always enjoyed working with him."
- | Asked | whether the move changed the race
the president | said | "That's for the voters to decide. I've got a job to do here."
Lott | told | he had "the votes, or close to it,"
Sen. Thad Cochran (R-Miss.) | has said | he will also run
Senate Minority Leader Tom Daschle (D-S.D.) | said | "Bob Dole is running away from the Senate because he doesn't want to vote on the minimum wage,"
A senior GOP pollster | asked | not to be quoted by name
A senior GOP pollster | said | the gap "has been baked in since the shutdown" and would not close "until people see Bob Dole as something other than a senator."
people | see | Bob Dole as something other than a senator
Elizabeth Dole | told | her husband was "at peace" with the decision
Scott Reed | said | the candidate would spend the next month traveling to California, Ohio and New Jersey
one Dole adviser | said | the campaign planned to "let Bob be Bob" on the road in a way that was never possible on the floor
Sen. Alan Simpson (R-Wyo.) | said | "I came back from lunch and the world had changed,"
Sen. Alan Simpson (R-Wyo.) | said | "I'll tell you one thing: nobody will ever know that place the way he does."

=== pn_020
president | says | 'Our mission is clear,'
President Clinton | said | "Our mission is clear: to show Mr. Milosevic that his campaign of terror has a price,"
President Clinton | said | "The longer he waits, the higher that price will be."
Rep. Tom DeLay of Texas | told | the administration had "no exit strategy, no end game and no idea what it will do if Milosevic doesn't fold in a week."
DeLay | said | "This president has sent our troops ~~ these missions ends,"
Senate Majority Leader Trent Lott | said | he had "serious doubts" about the mission but would not "undercut our pilots while they are in the air."
Sen. John McCain of Arizona | says | ground troops may be needed
McCain | said | "Once you're in, you have to win,"
McCain | said | "If the president isn't willing to do whatever it takes, he shouldn't have started this."
The president | has said | he has "no plans" to send ground troops into Kosovo
Some of our readers | ask | whether the timing has anything to do with the president's troubles at home
We | {think} it is worse | it is worse than that
we | think | he simply does not have a plan
Defense Secretary William Cohen | told | the strikes would continue "until Milosevic decides to stop the killing,"
Gen. Wesley Clark | said | allied aircraft had hit more than 40 targets on the first night
Boris Yeltsin | called | the attack "an open aggression"
Boris Yeltsin | warned | Moscow might "take adequate measures, including military ones."
He | wrote | "I have seen what happens ~~ see it again. ++ "Somebody in Congress should make these people explain, in plain English, what winning looks like."

=== pn_021
Byrd | Says | He Will Move to Dismiss
Senator Arlen Specter | asked | "If the Senate concludes that the President gave false testimony, is that alone sufficient to remove him from office?"
the Senate | concludes | the President gave false testimony
Representative Bill McCollum of Florida | answered | "Yes, Senator. A President who lies under oath has broken faith with the very laws he swore to carry out."
Senator Tom Harkin | asked | "Did the President ever ask Betty Currie to lie for him?"
the President | ask | Betty Currie to lie for him
Mr. Ruff | replied | "No, Senator, he did not,"
Mr. Ruff | replied | "He never asked her to say anything that was untrue."
He | asked | her to say anything that was untrue
Senator Joseph I. Lieberman | Asked | whether the managers would accept a censure resolution in place of conviction
Mr. Hyde | said | "Censure is not in the Constitution,"
Mr. Hyde | said | "Conviction is."
Senator Robert C. Byrd of West Virginia | announced | he would offer a motion on Monday to dismiss the case
He | told | the votes to remove the President "are not there, and everybody in this chamber knows it."
former Senator Dale Bumpers of Arkansas | told | the case was "about sex, no matter how hard the managers try to make it about something else."
Several Republicans | said | they found the speech moving but not persuasive
they | found | the speech moving but not persuasive
Trent Lott of Mississippi | said | he expected the trial to end "within two weeks, perhaps sooner."
he | expected | the trial to end "within two weeks, perhaps sooner."
- | Asked | whether Republicans would vote to call Monica S. Lewinsky as a witness
Mr. Lott | said | "That decision hasn't been made."
Joe Lockhart | told | the President had not watched the proceedings
Mr. Lockhart | said | "He's been working on the budget,"
No Democrat | has said | he or she will vote to remove Mr. Clinton

=== pn_022
Bush | says | Gore uses ‘fuzzy math’
Bush | said | “This man has been disparaging my plan with all this Washington fuzzy math,”
Gore | said | Bush’s plan would give the wealthiest 1 percent of Americans “more than all of his new spending on education, health care and defense combined.”
Gore | said | “I will put Social Security in a lockbox, and I will put Medicare in a lockbox, and nobody will be able to raid it,”
Karen Hughes | told | Gore had been “rude and condescending.”
William Daley | said | the vice president had simply been “reacting to a lot of false statements.”
An ANN instant poll of registered voters who watched | found | 48 percent thought Gore had done the better job and 41 percent thought Bush had
48 percent | thought | Gore had done the better job
a release | calling | Gore’s numbers “spin from a man who has never had to meet a payroll.”
Bush | suggested | Gore exaggerated
Bush | said | “He’s got a number for everything, and they all add up to bigger government,”
Ralph Nader | told | the evening had been “a duet, not a debate.”
most | said | neither candidate had closed the deal
Rita Kowalewski | said | “I wanted one of them to talk to me like a grown-up,”
Rita Kowalewski | said | “Neither one did.”
reporters | Asked | whether he would change his approach
Gore | said | “I’ll be myself. That’s the only way I know how to do this.”

=== pn_023
Gore | tells | he ‘strongly disagrees’ but accepts ruling
Gore | said | “I strongly disagree with the court’s decision, but I accept it,”
Gore | said | “The time has come for this contest to end, and for all of us to stand behind the man who will be our next president.”
Bush | said | he had been “humbled” by the trust placed in him
Bush | pledged | to be “a president for every American, whether or not they voted for me.”
Bush | said | “The campaign is over, and the work of bringing people together begins tonight,”
Bush | said | “I know many Americans are disappointed. I ask them to give me a chance.”
I | ask | them to give me a chance
The court’s 5-4 decision Tuesday night | said | there was not enough time ~~ for choosing electors
Justice John Paul Stevens | wrote | while the winner of the election might never be known with certainty, “the identity of the loser is perfectly clear.”
Senate Democratic leader Tom Daschle, D-S.D. | said | “Al Gore has put the country ahead ~~ heal overnight. ++ “But they will heal faster because of the way he chose to end it.”
The Rev. Jesse Jackson | said | black voters in Florida had been “pushed aside” at the polls
The Rev. Jesse Jackson | vowed | to keep demanding a federal investigation
Sen. Joe Lieberman of Connecticut | told | it had been “the hardest and most honorable speech I have ever heard.”
Marcus Bell | said | “We won the popular vote,”
Marcus Bell | said | “Somebody should remember that.”
James A. Baker III | said | the court had “brought this to an end in the only way it could be ended.”
- | Asked | whether he worried about Bush’s legitimacy
he | said | “He won every count. Every single one.”
President Clinton | said | Gore had given “a gracious and generous speech”
President Clinton | urged | Americans to “unite behind our new president.”

=== pn_024
his own aides | concede | falls short of the outright end to the ban he promised during the campaign
Clinton | told | "This is not the policy I would have written on my own,"
Clinton | told | "But it moves us forward, and it keeps faith with the men and women who serve."
a Pentagon summary distributed to reporters | according to | Under the policy ++ recruits will no longer be asked ~~ can still be discharged
- | be asked | whether they are homosexual
service members | say | they are gay
Sen. Sam Nunn (D-Ga.) | said | the plan was "a sound policy that the military can live with"
Sen. Sam Nunn (D-Ga.) | predicted | Congress would write it into law
Gen. Colin Powell | said | the chiefs "fully support" the policy
two administration officials involved in the talks | according to | Behind the scenes, the White House had all but given up on a full repeal by March
one | said | "We counted the votes in the Senate, and we were not going to get 35, let alone 51,"
one | said | "At some point you take the deal."
Tom Stoddard | called | the compromise "a betrayal dressed up as progress."
David Mixner | said | he felt "used."
Republicans | said | the policy went too far
Rep. Bob Dornan (R-Calif.) | said | the military would become "a laboratory for social experiments."
Senate Republican leader Bob Dole (R-Kan.) | said | he would wait to see the Pentagon's regulations before taking a position
Rep. Barney Frank (D-Mass.) | told | the final policy was "worse than mine, but better than what we had."
- | Asked | if he would vote to write it into law
Frank | said | "Ask me when I see the language."
the aide | said | "Nunn will carry it, Dole won't fight it, and the president can't walk away from it now,"

=== pn_025
Hillary | says | a ‘vast right-wing conspiracy’ is out to get her husband
the president of the United States | said | “I did not have sexual relations with that woman, Miss Lewinsky.”
Mrs. Clinton | told | “If you look at who is behind these stories ~~ since the day he announced,”
She | said | she believed the charges would “be proven untrue,”
she | believed | the charges would “be proven untrue,”
she | suggested | independent counsel Kenneth Starr was running “a partisan operation dressed up as an investigation.”
a brief statement | saying | his office was “carrying out its responsibilities in a professional manner.”
He | declined to say | whether Ms. Lewinsky had been offered immunity
House Speaker Newt Gingrich | told | he would “wait for the facts” before commenting
Rep. Henry Hyde of Illinois | said | talk of impeachment was “premature.”
Sen. Orrin Hatch of Utah | said | he hoped the president was telling the truth
he | hoped | the president was telling the truth
Matt Drudge | told | “The mainstream press sat on this for a week. Now they want to lecture me about standards.”
a Democrat who spoke with senior staff this week | according to | Inside the White House, the mood is grim
this person | said | “They are telling each other that it will blow over,”
They | telling | it will blow over
this person | said | “I don’t think they believe it.”
I | think | they believe it
A poll taken for one of the networks | found | 57 percent of Americans thought the president was not telling the whole truth
57 percent of Americans | thought | the president was not telling the whole truth
The first lady | says | the answer will come out

=== pn_026
my neighbor | says | 'I told you so'
my neighbor Phil | told | "the Arizona guy is going to clean Bush's clock."
he | said | "What did I tell you?"
I | told | he was insufferable
he | said | "Tonight the people of New Hampshire told the Washington establishment it's time to start listening,"
the people of New Hampshire | told | it's time to start listening
he | said | the campaign was about "reform, reform, reform."
Bush | told | he was "disappointed but not discouraged."
He | said | South Carolina would be different
Karen Hughes | told | the governor had "always known this would be a long race."
The exit polls on TV | said | independents went for McCain by better than two to one
a woman in front of me in line | told | she was "undeclared and proud of it."
Bradley | told | he was "just getting started,"
A reader named Jeanne | e-mailed | "I'm a registered Democrat and I voted for McCain. Don't tell my husband."
I | {think} he can win | he can win South Carolina
I | {think} Bush's | Bush's people are going to throw everything they have at him down there
I | {think} McCain | McCain knows it
Phil | says | he's driving down to Greenville to knock on doors
I | told | him to bring a coat

=== pn_027
Cuomo | Says | He Will Not Enter Presidential Race
Cuomo | Calling | Budget Talks ‘My Responsibility’
Governor Mario M. Cuomo | announced | he would not seek the Democratic nomination for President
Governor Mario M. Cuomo | saying | he could not leave Albany while the state faced a budget gap of more than $800 million
Mr. Cuomo | said | “This budget is my responsibility, and I will not hand it off to anyone,”
Mr. Cuomo | said | “If that costs me a chance at the Presidency, so be it.”
Mr. Cuomo | said | he had told the Republican leaders ~~ to reach an agreement
he | told | he would stay in Albany “as long as it takes” to reach an agreement
Ralph J. Marino | said | he had heard nothing of the sort
Mr. Marino | said | “This is the first I’m hearing of it,”
- | Asked | whether he had ruled out running in 1996
Mr. Cuomo | said | “I have not ruled out anything ~~ tomorrow morning. ++ “After that, ask me again.” | c2
some of his supporters | said | the label had worn on him
Ronald H. Brown | said | the field was “strong and getting stronger.”
An aide to Gov. Bill Clinton of Arkansas | said | Mr. Clinton had been “prepared either way”
Evelyn Grasso | said | she had been “heartbroken” by the news
she | said | “We would have walked through snow for him,”
Mr. Cuomo’s aides | said | the decision had been made only this morning
One of them | said | the Governor had stayed up past 2 a.m. reading budget figures and had concluded that “the numbers simply would not let him go.”
the Governor | had concluded | “the numbers simply would not let him go.”
The Governor’s budget director | said | the gap could grow to more than $1 billion if the Legislature did not act by March

=== pn_028
Bush | says | Noriega 'will be brought to justice'
President Bush | said | he had ordered the invasion after Noriega's forces killed an unarmed American serviceman
Bush | said | "I did not make this decision lightly,"
Bush | said | "But I will not stand by while Americans are hunted in the streets of Panama City."
Bush | said | the goals of the operation were to protect ~~ drug trafficking charges
Defense Secretary Dick Cheney | told | Noriega's whereabouts were unknown
Cheney | said | "We do not know where he is, and we are not going to rest until we find him,"
- | Asked | how many Americans had died
he | {said} at least | at least nine had been killed and 39 wounded
he | cautioned | the figures were "very preliminary."
Gen. Colin Powell | said | the Panama Defense Forces had been "decapitated" as an organization
he | said | pockets of resistance remained in the capital and in Colon
Endara | called on | Panamanians to "stay in your homes and wait for the return of peace."
The Soviet Union | condemned | the invasion as a violation of international law
Daniel Ortega | called | it "an act of aggression against all of Latin America."
Senate Majority Leader George Mitchell, D-Maine | said | the president had acted "within his authority,"
Rep. Charles Rangel, D-N.Y. | said | he had "grave doubts" about the cost in lives
a shopkeeper in the Bella Vista district | told | "We have been waiting for this for two years,"
a shopkeeper in the Bella Vista district | told | "But not like this, with the whole city burning."
The State Department | urged | Americans in Panama to stay indoors
officials | said | the U.S. Embassy had taken fire early in the morning ++ no one inside had been hurt
Noriega | dared | the United States to come and get him
he | told | Panamanians would make the invaders "pay for every step they take on our soil."
U.S. officials | said | they had no evidence he had left the country

=== pn_029
Rodney King | pleads | 'Can we all get along?'
Rodney King | asked | people to stop the rioting
King | said | "Please, can we all get along?"
King | said | "We've got enough trouble already. Let's not make it worse for the kids and the old folks."
One juror | asked | her name not be used
One juror | told | the videotape "did not tell the whole story."
Mayor Tom Bradley | said | he was "speechless" and "outraged,"
Gov. Pete Wilson | asked | President Bush for federal help
Bush | says | order 'will be restored'
Bush | said | he had ordered federal troops and 1,000 federal law enforcement officers to Los Angeles
Bush | said | "Nobody has the right to burn a neighbor's store because of a verdict in a courtroom,"
Bush | said | "Order will be restored, and then we will talk about justice."
He | said | the Justice Department was investigating whether the officers had violated King's civil rights
Gates | told | "We were not prepared for the magnitude of this,"
- | Asked | if he would resign
he | said | "Not today."
Denise Holcomb | said | "This is our neighborhood. Nobody else is going to clean it up,"
Korean-American merchants | said | the police had abandoned them
Chung Ho Lee | said | "We called and called and nobody came,"
City officials | said | schools would stay closed Monday
the Rev. Cecil Murray of First A.M.E. Church | urged | his congregation to "come to church on Sunday, and then come help us rebuild."

=== pn_030
Wilson | vows | to ‘take this fight to the Supreme Court’
U.S. District Judge Mariana Pfaelzer | wrote | the measure raised “serious questions” about whether a state could set its own immigration policy
Gov. Pete Wilson | said | he was “disappointed but not surprised”
Gov. Pete Wilson | promised | to appeal
Wilson | told | “The people of California have spoken,”
Wilson | told | “I will take this fight to the Supreme Court if I have to.”
a senior named Veronica Salas | told | she had been born in Boyle Heights
she | said | “My parents are scared to take my little brother to the clinic now,”
she | said | “That’s what this law does. It makes people afraid.”
President Clinton | has said | much of it is “probably unconstitutional,”
the White House | has not said | whether the Justice Department will join the suit
We | asked | whether the order meant the law was dead
she | answered | “No,”
she | answered | “It means nobody can enforce it until the court decides whether it is constitutional, and that could take a year or more.”
we | asked | Would the state try to enforce the school provisions anyway?
she | said | “They can try,”
she | said | “We will be back in court the same afternoon.”
A Wilson campaign aide | said | the governor “never expected the schools part to survive” and saw the measure mainly as “a message to Washington.”
the governor | expected | the schools part to survive
the governor | saw | the measure mainly as “a message to Washington.”
Teachers at Garfield | told | attendance dropped sharply the week after the election ++ some parents had stopped sending their children to school altogether
Wilson | says | he is defending taxpayers
We | think | he is defending his poll numbers
we | suspect | he is already thinking about 1996

"""


if __name__ == "__main__":
    sys.exit(main())
