#!/usr/bin/env python3
"""Write the brat standoff files ann/<stem>_ann1.ann of polnear_styled5.

The annotations are kept as a spec at the end of this file (SPEC). Every
offset is found by exact search in text/<stem>.txt; no offset is written by
hand. Spec syntax, one attribution relation per line:

    === pr_001                      start of the relations of text/pr_001.txt
    SOURCE | CUE | CONTENT          one relation
    SOURCE | CUE | CONTENT | c2     the same, with a discontinuous Content
                                    written as Content, Content2, ... arguments
                                    instead of one T line with ';' segments
    # ...                           a comment

* SOURCE is `-` when the relation has no Source.
* CONTENT pieces of a discontinuous Content are separated by ` ++ ` (one
  piece per paragraph for a quote running over several paragraphs).
* `PREFIX ~~ SUFFIX` abbreviates a long piece: the shortest stretch of one
  paragraph that starts with PREFIX and ends with SUFFIX.
* Braces pick the target out of a longer context, in any field:
  `Vermont {said} in a statement`, `{He} added`.
* Locators that start or end with a letter or digit match on word
  boundaries only, and never just before a possessive or contracted 's.
* A Content piece must occur exactly once in the text. The Cue is the
  occurrence nearest the Content, the Source the occurrence nearest the
  Cue; neither may overlap the relation's own Content, and an occurrence in
  the same paragraph (as a Content piece for the Cue, as the Cue for the
  Source) is preferred. Two occurrences at the same distance are an error.

Usage:

    python3 make_ann.py              rewrite ann/*.ann (deterministic)
    python3 make_ann.py --review     also list every relation in context, and
                                     every Cue/Source with more than one
                                     candidate in its paragraph
    python3 make_ann.py --check      also read the files back with score.py's
                                     parse_ann and print counts
    python3 make_ann.py --only pr_007 ...   restrict --review output to one text

The script stops with an error when a string is missing or ambiguous, and it
checks that the text under every T span equals the span's TEXT field.
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
SCORE_PY = HERE / ".." / ".." / ".." / ".." / ".." / "shared" / "eval" / "score.py"


class SpecError(Exception):
    pass


def is_word(ch):
    return unicodedata.category(ch)[0] in "LN"


def paragraphs(text):
    """(start, end) of every paragraph (blocks separated by blank lines)."""
    spans, pos = [], 0
    for block in text.split("\n\n"):
        spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return spans


def para_of(paras, offset):
    for i, (a, b) in enumerate(paras):
        if a <= offset <= b:
            return i
    raise SpecError(f"offset {offset} outside the text")


def split_braces(locator):
    """(search string, target start within it, target length)."""
    if "{" not in locator:
        return locator, 0, len(locator)
    m = re.fullmatch(r"(.*?)\{(.+?)\}(.*)", locator, re.S)
    if not m or "{" in m.group(3) or "}" in m.group(1):
        raise SpecError(f"bad braces in {locator!r}")
    pre, target, post = m.groups()
    return pre + target + post, len(pre), len(target)


def boundary_ok(text, start, end):
    s = text[start:end]
    if is_word(s[0]) and start > 0 and is_word(text[start - 1]):
        return False
    if is_word(s[-1]):
        if end < len(text) and is_word(text[end]):
            return False
        if text[end:end + 2] in ("'s", "’s") and (end + 2 == len(text) or not is_word(text[end + 2])):
            return False
    return True


def occurrences(text, locator):
    """Target spans (start, end) of every occurrence of a locator."""
    search, offset, length = split_braces(locator)
    if not search:
        raise SpecError("empty locator")
    found, pos = [], text.find(search)
    while pos >= 0:
        if boundary_ok(text, pos, pos + len(search)):
            found.append((pos + offset, pos + offset + length))
        pos = text.find(search, pos + 1)
    return found


def piece_spans(text, piece):
    """Candidate spans of one Content piece (with `~~` abbreviation)."""
    if " ~~ " not in piece:
        return occurrences(text, piece)
    prefix, suffix = piece.split(" ~~ ", 1)
    spans = []
    for a, _ in occurrences(text, prefix):
        block_end = text.find("\n\n", a)
        block_end = len(text) if block_end < 0 else block_end
        for b0, b1 in occurrences(text, suffix):
            if b0 > a and b1 <= block_end:
                spans.append((a, b1))
                break
    return spans


def distance(span, others):
    a, b = span
    best = None
    for c, d in others:
        if b <= c:
            gap = c - b
        elif d <= a:
            gap = a - d
        else:
            gap = 0
        best = gap if best is None else min(best, gap)
    return best


def overlaps(span, others):
    return any(span[0] < d and c < span[1] for c, d in others)


def pick(text, paras, locator, near, home_paras, exclude, what):
    """The occurrence of a locator nearest to the spans `near`."""
    cands = [s for s in occurrences(text, locator) if not overlaps(s, exclude)]
    if not cands:
        raise SpecError(f"{what} {locator!r} not found")
    local = [s for s in cands if para_of(paras, s[0]) in home_paras]
    pool = local or cands
    ranked = sorted(pool, key=lambda s: distance(s, near))
    if len(ranked) > 1 and distance(ranked[0], near) == distance(ranked[1], near):
        raise SpecError(f"{what} {locator!r}: two occurrences at the same distance")
    return ranked[0], len(local)


def parse_spec(spec):
    texts, current = {}, None
    for number, raw in enumerate(spec.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            current = line[4:].strip()
            if current in texts:
                raise SpecError(f"spec line {number}: {current} twice")
            texts[current] = []
            continue
        if current is None:
            raise SpecError(f"spec line {number}: relation before any '=== name'")
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
            raise SpecError(f"spec line {number}: expected SOURCE | CUE | CONTENT [| c2]: {line!r}")
        texts[current].append({"line": number, "source": fields[0], "cue": fields[1],
                               "content": fields[2].split(" ++ "), "c2": len(fields) == 4})
    return texts


def resolve(text, rel):
    paras = paragraphs(text)
    pieces = []
    for piece in rel["content"]:
        spans = piece_spans(text, piece)
        if len(spans) != 1:
            raise SpecError(f"content piece {piece!r} found {len(spans)} times")
        pieces.append(spans[0])
    for (a, b), (c, d) in zip(pieces, pieces[1:]):
        if c < b:
            raise SpecError(f"content pieces out of order: {rel['content']!r}")
    content_paras = {para_of(paras, a) for a, _ in pieces}
    cue, cue_local = pick(text, paras, rel["cue"], pieces, content_paras, pieces, "cue")
    source, source_local = None, 0
    if rel["source"] != "-":
        source, source_local = pick(text, paras, rel["source"], [cue], {para_of(paras, cue[0])},
                                    pieces + [cue], "source")
    return {"cue": cue, "source": source, "content": pieces,
            "cue_local": cue_local, "source_local": source_local}


def build(text, rels):
    resolved = []
    for rel in rels:
        try:
            r = resolve(text, rel)
        except SpecError as e:
            raise SpecError(f"spec line {rel['line']}: {e}") from None
        r["spec"] = rel
        resolved.append(r)
    resolved.sort(key=lambda r: (r["content"][0][0], -r["content"][-1][1], r["spec"]["line"]))
    tlines, tindex, elines = [], {}, []

    def tid(kind, segments):
        key = (kind, tuple(segments))
        if key not in tindex:
            tindex[key] = f"T{len(tindex) + 1}"
            covered = " ".join(text[a:b] for a, b in segments)
            offsets = ";".join(f"{a} {b}" for a, b in segments)
            tlines.append(f"{tindex[key]}\t{kind} {offsets}\t{covered}")
        return tindex[key]

    for n, r in enumerate(resolved, 1):
        args = [f"Attribution:{tid('Cue', [r['cue']])}"]
        if r["source"]:
            args.append(f"Source:{tid('Source', [r['source']])}")
        if r["spec"]["c2"]:
            for i, seg in enumerate(r["content"]):
                args.append(f"Content{'' if i == 0 else i + 1}:{tid('Content', [seg])}")
        else:
            args.append(f"Content:{tid('Content', r['content'])}")
        elines.append(f"E{n}\t" + " ".join(args))
    return "\n".join(tlines + elines) + "\n", resolved


def verify(text, ann):
    """Problems in an .ann file: span text differing from TEXT, line breaks
    inside spans, references to missing T lines."""
    problems, tids = [], set()
    for line in ann.split("\n"):
        if line.startswith("T"):
            tid, info, covered = line.split("\t")
            tids.add(tid)
            segs = [tuple(map(int, p.split())) for p in info.split(" ", 1)[1].split(";")]
            if " ".join(text[a:b] for a, b in segs) != covered:
                problems.append(f"{tid}: span text differs")
            if any("\n" in text[a:b] for a, b in segs):
                problems.append(f"{tid}: span crosses a line break")
        elif line.startswith("E"):
            for arg in line.split("\t")[1].split():
                if arg.split(":")[1] not in tids:
                    problems.append(f"{line.split()[0]}: unknown {arg}")
    return problems


def context(text, span, width=40):
    a, b = span
    left = text[max(0, a - width):a].replace("\n", " ")
    right = text[b:b + width].replace("\n", " ")
    return f"…{left}[{text[a:b]}]{right}…"


def review(stem, text, resolved):
    print(f"=== {stem}")
    for r in resolved:
        spec = r["spec"]
        content = " ++ ".join(text[a:b] for a, b in r["content"])
        print(f"  line {spec['line']}: {content[:100]}")
        flag = " (!)" if r["cue_local"] > 1 else ""
        print(f"     cue{flag}: {context(text, r['cue'])}  d={distance(r['cue'], r['content'])}")
        if r["source"]:
            flag = " (!)" if r["source_local"] > 1 else ""
            print(f"     src{flag}: {context(text, r['source'])}  d={distance(r['source'], [r['cue']])}")


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--review", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    try:
        spec = parse_spec(SPEC)
    except SpecError as e:
        sys.exit(f"make_ann.py: {e}")
    stems = sorted(p.stem for p in TEXT_DIR.glob("*.txt"))
    missing = [s for s in stems if s not in spec] + [s for s in spec if s not in stems]
    if missing:
        sys.exit(f"make_ann.py: texts and spec differ: {missing}")
    ANN_DIR.mkdir(exist_ok=True)
    total, problems = 0, []
    for stem in stems:
        text = (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        try:
            ann, resolved = build(text, spec[stem])
        except SpecError as e:
            sys.exit(f"make_ann.py: {stem}: {e}")
        problems += [f"{stem}: {p}" for p in verify(text, ann)]
        (ANN_DIR / f"{stem}_ann1.ann").write_text(ann, encoding="utf-8", newline="\n")
        total += len(resolved)
        if args.review and (not args.only or stem in args.only):
            review(stem, text, resolved)
    for p in problems:
        print(f"PROBLEM {p}")
    print(f"make_ann.py: wrote {len(stems)} files, {total} relations, {len(problems)} problems")
    if args.check:
        score = load_score()
        direct = indirect = 0
        for stem in stems:
            text = score.read_text_file(TEXT_DIR / f"{stem}.txt")
            attributions = score.parse_ann(ANN_DIR / f"{stem}_ann1.ann", text)
            if len(attributions) != len(spec[stem]):
                print(f"PROBLEM {stem}: parse_ann read {len(attributions)} of {len(spec[stem])} relations")
            d = sum(a["direct"] for a in attributions)
            direct, indirect = direct + d, indirect + len(attributions) - d
        print(f"parse_ann: {direct + indirect} attributions, {direct} direct, {indirect} indirect")
    if problems:
        sys.exit(1)


SPEC = r"""
# Spec: SOURCE | CUE | CONTENT [| c2]. See the docstring at the top.

=== pr_001
Obama | says | recovery will take 'time and patience'
President Barack Obama | telling | the bill was "the first real step" toward pulling the country out of a deep recession
Obama | said | "Nobody should think that today ends our economic troubles,"
Obama | said | "It doesn't. What it does ~~ people's pockets."
The president | warned | recovery would take "time and patience, and more than one bill,"
he | said | his administration would soon unveil a separate plan for homeowners facing foreclosure
House Minority Leader John Boehner of Ohio | urged | his members to oppose it
House Minority Leader John Boehner of Ohio | called | the measure "a spending spree dressed up as a jobs bill"
Boehner | said | "We were promised a bill that would create jobs right away,"
Boehner | said | "What we got is ~~ after that."
Collins | said | "I was not going to stand by and do nothing while Maine families lose their jobs,"
Collins | adding | she had won "real cuts" to the price tag during the negotiations
the president | said | the package would "save or create 3.5 million jobs" over two years
Carla Mendez | said | "Two months ago I was lying awake wondering whether I could make payroll,"
Carla Mendez | said | "Now I lie awake wondering how fast I can hire."
Gov. Mark Sanford of South Carolina | said | he might turn down part of his state's share
Gov. Mark Sanford of South Carolina | calling | it "borrowed money our grandchildren will be paying back."
Gov. Charlie Crist of Florida | said | he would take "every dime."
the White House | said | Vice President Joe Biden, whom ~~ tracking every dollar
Biden | told | "If we waste this money, we will hear about it, and we should,"
- | Asked | whether a second stimulus might be needed later in the year
White House press secretary Robert Gibbs | said | it was "far too early" to talk about one

=== pr_002
Obama | Says | ‘This Is What Change Looks Like’
Mr. Obama | said | the country was “still capable of doing big things.”
He | added | “This isn’t a victory for any one party. ~~ the American people.”
Representative Bart Stupak of Michigan | insisted | he would not vote for any bill that allowed federal money to pay for abortions
Mr. Stupak | announced | the president would sign an executive order reaffirming existing limits
Mr. Stupak | told | “We’ve got the assurance we were looking for,”
Mr. Stupak | told | “The principle is protected, ~~ 32 million people.”
The National Right to Life Committee | said | the order was “a fig leaf” ++ lawmakers who relied on it would be “held accountable in November.”
someone on the Republican side | shouted | “Baby killer!”
Representative Randy Neugebauer of Texas | acknowledged | he was the one who had yelled
he | saying | he had been referring to the agreement, not to Mr. Stupak himself
he | asked | “Did anyone in this chamber read this bill before the deals were cut?”
he | asked | “Can anyone say it was written in the open? ~~ you can’t!”
Speaker Nancy Pelosi | told | the bill belonged alongside Social Security and Medicare
She | went on | “For generations, ~~ will not fall short. ++ “When this becomes law, ~~ without losing coverage.”
a few hundred protesters | chanted | “Kill the bill!”
Republicans | vowed | to carry the fight to the Senate and to the courts
Attorneys general in at least a dozen states | said | they would sue to block the law’s requirement that most Americans obtain coverage
Ken Cuccinelli | called | “an unconstitutional overreach.”
- | Asked | whether the president would travel to sell the law
Dan Pfeiffer | said | he would be “on the road a lot” this spring

=== pr_003
Rep. Joe Wilson | shouts | 'You lie!'
A Republican congressman from South Carolina | yelling | "You lie!"
the president | said | his health care plan would not cover immigrants who are in the country illegally
Obama | replied | "That's just not so,"
Obama | said | he remained open to alternatives to a government-run insurance plan ++ as long as they brought down costs
the statement | said | "I reacted in the moment to something I believe is wrong, and I should have expressed it another way,"
{I} believe | believe | I believe {is wrong}
the statement | said | "I have called the White House to apologize."
White House chief of staff Rahm Emanuel | told | the apology had been accepted
Emanuel | said | "The president appreciates it, ~~ the substance,"
Obama | said | he considered the matter closed
he | said | "Everybody slips up,"
he | said | "He called quickly, he owned it, and I appreciate that."
House Majority Leader Steny Hoyer of Maryland | said | Wilson should also apologize on the House floor
Hoyer | said | "The House has rules, and the rules were broken in front of the whole country,"
Wilson | told | he would not do so
he | said | "I said I was sorry, and I meant it,"
{I} said I | said | I was sorry
he | said | "I won't be doing it a second time."
reporters | Asked | whether Wilson should be formally reprimanded
Sen. Lindsey Graham | said | the phone call "should be the end of it."
Rob Miller | said | his campaign had collected more than $500,000 in small donations since the speech
Miller | wrote | "Thank you to everyone who has pitched in tonight. Let's keep going,"
Some Republicans | argued | without a verification requirement the ban would be hard to enforce
Rep. Steve King of Iowa | argued | the bill lacked a mechanism to "actually check" who was applying
Democrats | countered | the same verification system already used for Medicaid would apply
Rep. Xavier Becerra of California | said | "It's in black and white on page 143,"
Rep. Xavier Becerra of California | said | "Nobody who reads it can say otherwise."

=== pr_004
Boehner | tells | debt deal is ‘not perfect’ but the best they’ll get
House Speaker John Boehner (R-Ohio) | telling | the debt-limit agreement he struck with President Barack Obama and Senate leaders is the best deal they will get ++ it cuts more than it spends
Boehner | told | “It’s not perfect, but in this town you don’t get perfect,”
two Republicans who listened in | according to | “It’s not perfect, ~~ members on the call
Boehner | told | “What you get is a deal ~~ dollar of cuts.”
Boehner | said | he had gotten “98 percent of what I wanted,”
Rep. Jim Jordan (R-Ohio) | said | he would vote no
Jordan | said | “This doesn’t solve the problem,”
Jordan | said | “It kicks it to a committee and crosses its fingers.”
A senior House GOP leadership aide | said | the automatic cuts were designed to be so painful that “nobody in their right mind will let them happen.”
House Democratic leader Nancy Pelosi (D-Calif.) | said | she was “not happy” with the package and would read the final text before urging anyone to support it
she | urging | anyone to support it
Rep. Emanuel Cleaver (D-Mo.) | calling | the deal “a sugar-coated Satan sandwich.”
Majority Leader Harry Reid (D-Nev.) | said | the compromise “is not the deal I would have written,”
he | urged | colleagues to pass it before Tuesday’s deadline
Sen. Mitch McConnell (R-Ky.) | said | “The alternative was to let the country default, and that was never on the table,”
Sen. Mitch McConnell (R-Ky.) | adding | the agreement would “change the way Washington does business.”
Obama | said | leaders of both parties had “put the country ahead of party” to reach it
Rep. Joe Walsh (R-Ill.) | said | “Washington promised us real reform and delivered another committee,”
Rep. Joe Walsh (R-Ill.) | said | “I came here to change ~~ always worked. ++ “I will vote no, ~~ join me.”
I | suspect | a lot of my classmates will join me
a Senate Democratic aide | said | Votes could come as soon as Monday afternoon

=== pr_005
Obama | concedes | 'shellacking,'
Tea Party winners | say | the message was bigger
a subdued Obama | told | his party had taken "a shellacking"
a subdued Obama | said | he took "direct responsibility" for some of it
the president | conceded | his policies were the problem
Obama | said | "I think people were frustrated that progress wasn't coming fast enough," ++ "and that's on me to explain it better."
I | think | people were frustrated that progress wasn't coming fast enough
he | told | he had spent his life "chasing the American dream."
he | said | "Nobody in this room should be popping champagne,"
he | said | "Not while millions of our neighbors are out of work."
Senator-elect Rand Paul | {told} a packed | a "Tea Party tidal wave" had reached Washington
Paul | said | "They told us we were a fringe,"
They | told | we were a fringe
Paul | said | "Tonight the fringe is in charge."
Marco Rubio | said | "Don't mistake this for a love letter to the Republican Party,"
Marco Rubio | said | "It's a second chance, and we'd better not waste it."
Democratic National Committee chairman Tim Kaine | insisted | the results were "a normal midterm correction" and not a rejection of the health care law
Speaker Nancy Pelosi | said | Democrats had "made history" over the past four years and would "keep fighting for the middle class."
She | say | whether she would run for minority leader
Hatfield | told | "We're not going away,"
Hatfield | told | "We're going to be watching every vote these people take, Republicans included."
- | Asked | whether he would now move to the center
Obama | said | he was "open to good ideas" from Republicans but would not go back on health care
He | called | the law "the right thing to do" for families who had been priced out of coverage

=== pr_006
Clinton | Tells | ‘I Take Responsibility’
Secretary of State Hillary Rodham Clinton | told | she had never seen the cables in which diplomats asked for more guards at the mission
diplomats | asked for | more guards at the mission
she | told | “I have said it before ~~ I take responsibility,”
she | told | “Nobody is more determined ~~ to fix it.”
Senator Ron Johnson | pressed | why the administration had first described the attack as the outgrowth of a protest over an anti-Islam video
the administration | described | the attack as the outgrowth of a protest over an anti-Islam video
Mr. Johnson | asked | “Madam Secretary, ~~ been a protest?”
anybody | ask | whether there had been a protest
Mrs. Clinton | answered | “Senator, four Americans are dead. ~~ does it make? ++ “Our job now ~~ happens again.”
Mr. Johnson | said | he still had not gotten a straight answer
he | told | “She got angry, but she never answered the question,”
Senator Rand Paul | told | “Had I been in the Oval Office ~~ out of a job,”
Senator John McCain of Arizona | told | the answers she had given were “not satisfactory”
Senator John McCain of Arizona | said | the American people deserved “a full accounting.”
Senator Barbara Boxer | asked | whether Congress had given the department enough for diplomatic security
Mrs. Clinton | replied | “We have to be honest ~~ years running.”
An independent review board led by Thomas R. Pickering | found | “systemic failures” at the department had left the compound poorly protected
Mrs. Clinton | said | she had accepted all 29 of its recommendations
Representative Jeff Duncan | accused | the administration of a “cover-up,”

=== pr_007
Obama | says | bin Laden is dead, killed by US forces in Pakistan
President Barack Obama | announced | Osama bin Laden, the al-Qaida leader ~~ compound in Pakistan
Obama | said | “Tonight I can tell ~~ threaten anyone again,”
{I} can tell | tell | the man who ordered the killing of their loved ones will never threaten anyone again
He | added | “Justice has been done.”
a senior administration official | according to | The raid, carried out by ~~ about 40 minutes
the official | said | No Americans were hurt ++ though one of the helicopters failed and had to be destroyed on the ground
John Brennan | said | Bin Laden “resisted the assault force” and was shot in the head
- | Asked | whether Pakistani officials had known that bin Laden was living in Abbottabad, a garrison town north of Islamabad
Brennan | said | it was “hard to imagine” he could have hidden there for years without help
Pakistan’s Foreign Ministry | said | the raid had been “an American operation from start to finish” ++ Pakistani forces had not taken part
Former President George W. Bush | said | Obama had telephoned him Sunday evening with the news
Bush | called | it “a victory for America and for every person who has served since that day.”
House Speaker John Boehner, R-Ohio | said | the killing was “a tribute to the skill and patience” of the intelligence community
Rep. Peter King, R-N.Y. | wrote | “Thank God. Thank the SEALs. Never forget.”
several thousand people | chanting | “U-S-A! U-S-A!”
Tyler Brandon | said | “I was 11 when the towers fell,”
Tyler Brandon | said | “This is the end ~~ my whole life.”
Joan Castellano | said | “For almost 10 years ~~ to do with it. ++ “I don’t feel happy, ~~ put something down.”
the White House | said | Obama is expected to visit ground zero later in the week

=== pr_008
Dave | said | "He looks like he'd rather be anywhere else,"
Dave | said | "Anywhere."
Romney | said | he would cut the deficit without raising taxes on the middle class
Romney | told | he would end the federal subsidy for public broadcasting
Romney | said | "I love Big Bird, and I'd happily tell him so,"
Romney | said | "But we can't keep ~~ credit card."
A woman I follow who runs a preschool in Aurora | tweeted | "Big Bird has more ~~ president does."
he | said | "Governor, you've spent ~~ doesn't exist,"
{you}'re telling | telling | you're telling us {it doesn't exist}
Lehrer | asking | how they would actually cut the deficit
{I} asked my neighbor | asked | whether any of this was changing his mind
Luis | told | "I came in leaning Obama,"
Luis | told | "Now I honestly don't know."
{I} suspect | suspect | plenty of people in swing states had the same night Luis did
A CNN instant poll of debate watchers | found | 67 percent thought Romney had won
67 percent | thought | Romney had won
Obama campaign manager Jim Messina | told | the president had "talked to the American people instead of scoring points."
Romney adviser Eric Fehrnstrom | said | his candidate had "set the record straight" on taxes
Romney adviser Eric Fehrnstrom | predicted | the race would look different by the weekend
Obama | joked | the man on stage "couldn't have been the real Mitt Romney," because the real one had been running on the opposite plan for a year
My friend Dave | texted | "Wake me up when it's the second debate."

=== pr_009
Roberts | Says | Mandate Is 'a Tax'
The Supreme Court | ruling | its requirement that most Americans obtain insurance or pay a penalty was a valid use of Congress's power to tax
It | held | the penalty could stand as a tax
Chief Justice Roberts | wrote | "Congress may not ~~ the taxing power. ++ "Whether that was wise ~~ it stands."
Justice Anthony M. Kennedy | said | the majority had "rewritten" the law to save it
the joint dissent | said | "The Court today does not interpret the statute before it; it redesigns it,"
The court | saying | Washington could not take away a state's existing Medicaid money if it declined to join
Justice Ruth Bader Ginsburg | wrote | the chief justice's reading of the commerce clause was "a needless step backward."
Two cable networks | reported | the mandate had been struck down
supporters of the law | chanting | "Yes, we can!"
a White House official | said | Mr. Obama first heard the result from ~~ gave him a thumbs-up
the president | said | the decision was "not about who won or lost in Washington" but about families who could no longer be turned away by insurers
Mr. Romney | said | "If the court won't end this law, the voters will, and I'll sign the repeal,"
He | vowed | to begin dismantling the law on his first day in office
Speaker John A. Boehner | said | the House would vote again to repeal it in July
Senator Mitch McConnell of Kentucky | said | the ruling meant the mandate was "a tax on the middle class, plain and simple."
she | said | "I've been holding my breath since March,"
- | Asked | whether she followed the tax argument
she | said | "I don't have to follow it. I just have to know he's covered."

=== pr_010
McConnell | told | “The vice president and I speak the same language,”
McConnell | told | “We both like to get things done, ~~ has to stop.”
a Senate GOP aide familiar with the exchange | According to | McConnell called the vice president’s office ~~ close a deal.”
McConnell | asked | whether there was “anybody down there who knows how to close a deal.”
Two Democratic aides | said | Reid had been “pretty steamed” at being cut out
one Democratic senator who attended the meeting | said | “He walked in and said, ~~ a lot worse,’”
He | walked in and {said} | ‘This is the best we’re going to get, and the alternative is a lot worse,’
one Democratic senator who attended the meeting | asked | not to be named
Obama | said | the agreement was “the right thing to do for our country”
Obama | urged | the House to pass it “without delay.”
Majority Leader Eric Cantor (R-Va.) | told | he could not back the Senate bill
Cantor | said | “I can’t vote for something that does this little about spending,”
Rep. Tim Huelskamp (R-Kan.) | said | “We were told this would be about spending,”
- | told | this would be about spending
Rep. Tim Huelskamp (R-Kan.) | said | “It’s about taxes, and only taxes.”
two Republicans in the room | according to | {Boehner}, according ++ said almost nothing during the meeting
Michael Steel | said | the speaker would turn to spending cuts “with everything he has.”
a senior House Republican leadership aide | said | “This is round one,”
a senior House Republican leadership aide | said | “The debt limit is round two, and that’s where we have leverage.”
Obama | said | he would “not have another debate” with Congress over paying bills it had already run up

=== pr_011
Reid | calls | it ‘a big waste of time’
his supporters | say | and {long enough}, his ++ to put every Republican in Washington on notice
Cruz | said | “I will stay on my feet ~~ heard on this law,”
Cruz | said | “Try it, they told us, and you will like it,”
they | told | “{Try it}, they ++ and you will like it | c2
Cruz | said | “Well, the American people tried it, ~~ Sam-I-Am.”
Majority Leader Harry Reid (D-Nev.) | called | the marathon “a big waste of time”
Majority Leader Harry Reid (D-Nev.) | said | the Senate would vote on the House spending bill, minus the Obamacare language, by the weekend
Sen. John McCain (R-Ariz.) | called | Cruz and a few allies “wacko birds,”
McCain | said | “Elections have consequences, and we lost one,”
McCain | said | “I don’t like this law any more than Ted does, but I can count.”
Heritage Action chief executive Michael Needham | said | Cruz had “done more in one day ~~ in three years.”
Sen. Mike Lee (R-Utah) | asked | whether he was getting tired
Cruz | replied | “Not as tired as the American people are of this law,”
House Speaker John Boehner (R-Ohio) | said | the House would “not accept” a spending bill that left the law untouched
President Obama | accused | Republicans of holding the economy “hostage” over a law that had already passed Congress and survived the Supreme Court
Carol Burkhart | told | “I stayed up until 3 ~~ people like me. ++ “My senator kept his word. ~~ any of them.”
reporters | Asked | whether the speech had changed a single vote
Cruz | said | that was “the wrong question.”
he | said | “The right question is whether Washington is finally listening,”

=== pr_012
President Barack Obama | said | he has decided the United States should take military action ~~ killed more than 1,400 people ++ he will first ask Congress to authorize it
he | decided | the United States should take military action ~~ killed more than 1,400 people
U.S. officials | say | killed more than 1,400 people
he | ask | Congress to authorize it
Obama | said | “I’m prepared to give that order,”
Obama | said | “But we are a democracy, ~~ stand with me.”
I | believe | this country is stronger when its representatives stand with me
Obama | told | the movement or use of chemical weapons would be “a red line for us” that would change his “calculus.”
he | insisted | the line was not his alone
he | said | “The world drew that line when it banned these weapons,”
he | said | “My credibility ~~ community’s is.”
Secretary of State John Kerry | saying | the United States knew “with high confidence” that the Assad government had carried out the attack outside Damascus on Aug. 21
Kerry | said | “History will not forgive us if we look away from this,”
Brendan Buck | said | the speaker was “glad” the president would seek approval
Sen. Rand Paul, R-Kentucky | said | he would vote no
Sen. Rand Paul, R-Kentucky | predicted | the resolution would fail in the House
Rep. Barbara Lee, D-California | wrote | “We have seen ~~ this decision.”
a reporter | Asked | whether Syrian President Bashar al-Assad could do anything to head off a strike
Kerry | said | Assad could hand over “every single bit” of his chemical weapons to international control within a week
He | added | the Syrian leader was “not about to do that.”
Russian Foreign Minister Sergei Lavrov | said | Moscow would urge Damascus to put its chemical arsenal under international supervision and then destroy it
Moscow | urge | Damascus to put its chemical arsenal under international supervision and then destroy it
State Department spokeswoman Jen Psaki | said | Kerry’s comment had been “rhetorical.”
Walid al-Moallem | said | his government “welcomes” the Russian initiative
Obama | telling | he had asked congressional leaders to postpone the vote while diplomacy played out
he | asked | congressional leaders to postpone the vote while diplomacy played out

=== pr_013
Obama | says | 'nobody is listening' to Americans' phone calls
President Barack Obama | telling | the programs were legal, overseen by Congress and the courts, and "modest" intrusions aimed at stopping terrorists
Obama | said | "Nobody is listening to your telephone calls,"
Obama | said | "The program collects numbers ~~ your name."
He | said | he welcomed a public debate over the balance between security and privacy
He | adding | he had come into office "with a healthy skepticism" about the programs himself
Snowden | said | he had come forward because the public "deserves to know" what its government is doing in its name
he | said | "I didn't want to look back in 20 years and realize I had kept quiet,"
Sen. Ron Wyden, D-Ore. | asked | whether the NSA collected "any type of data at all" on millions of Americans
Clapper | replied | "No, sir,"
Clapper | adding | "Not wittingly."
Clapper | said | his answer had been the "least untruthful" one he could give in an open session
House Speaker John Boehner, R-Ohio | told | "He's a traitor,"
House Speaker John Boehner, R-Ohio | told | "These leaks show ~~ cannot see."
Sen. Dianne Feinstein, D-Calif. | said | the phone-records program had helped disrupt plots "here and abroad."
Sen. Rand Paul, R-Ky. | called | the collection "a fishing expedition through the private lives of every American."
A Pew Research Center poll released Monday | found | a majority of Americans considered the tracking of phone records "acceptable" as a way to investigate terrorism
a majority of Americans | considered | the tracking of phone records "acceptable" as a way to investigate terrorism
Hong Kong officials | said | they had received no request from Washington regarding Snowden
- | Asked | whether the administration would seek Snowden's extradition
White House press secretary Jay Carney | said | he would not discuss "a matter that is under investigation."

=== pr_014
McConnell | Vows | to ‘Keep Fighting’
President Obama | called | the best chance in a generation to keep Tehran from building a bomb
Mr. McConnell | said | “This is not the end of it,”
Mr. McConnell | promising | to force senators to go on record again next week
Mr. McConnell | said | “We are going to keep at this, ~~ on this one.”
Polls | show | most Americans are skeptical of the agreement
Mr. Obama | said | senators had “put diplomacy ahead of politics” ++ he was “grateful” to those who had judged the accord “on its merits.”
he | argued | critics had offered “no better alternative” than war
she | said | “I am not voting for trust. ~~ for time,”
Mr. Schumer | wrote | “I have spent weeks on this, and I keep coming back to the same place,”
Mr. Schumer | wrote | “In ten years, ~~ to stop it. ++ “I respect the president, ~~ get us there.”
I | believe | he wants what I want
I | think | this agreement will not get us there
Prime Minister Benjamin Netanyahu of Israel | told | the emerging deal was “a very bad deal” that would “pave Iran’s path to the bomb.”
The letter | warned | any agreement not approved by Congress could be revoked by the next president “with the stroke of a pen.”
Mohammad Javad Zarif | dismissed | the letter as “a lesson in domestic politics, not international law.”
Mr. Boehner | said | Republicans were weighing a lawsuit to keep the administration from lifting sanctions
Mr. Boehner | arguing | the White House had never handed over side agreements between Iran and international inspectors
reporters | Asked | whether the fight was over
Senator Benjamin L. Cardin of Maryland | said | “For this Congress, yes.”

=== pr_015
Supreme Court | rules | same-sex couples have right to marry nationwide
The Supreme Court | ruled | the Constitution guarantees same-sex couples the right to marry
Justice Anthony Kennedy | said | the couples were not asking to change marriage but to join it
the couples | asking | to change marriage but to join it
He | wrote | "The petitioners ~~ everyone else. ++ "The Constitution does not permit ~~ doing so."
Roberts | wrote | "Celebrate today, ~~ you cherish,"
Roberts | wrote | "But do not credit the Constitution. It had nothing to do with it."
Justice Antonin Scalia | called | the ruling "a threat to American democracy"
Justice Antonin Scalia | wrote | he would sooner "hide my head in a bag" than sign on to the majority's opening sentence
Obama | calls | ruling a victory for America
President Barack Obama | said | "This ruling recognizes ~~ in their hearts,"
President Barack Obama | said | "Today a lot of families ~~ went to bed."
The president's Twitter account | posted | "Equal under the law. Finally. #LoveWins"
Obergefell | said | The president told him he was "proud" of him
The president | told | he was "proud" of him
Obergefell | told | "Today my marriage counts ~~ called home,"
Former Arkansas Gov. Mike Huckabee | called | the decision "judicial tyranny, plain and simple."
Former Florida Gov. Jeb Bush | saying | the court should have left the question to the states ++ people of good faith "can disagree and still be neighbors."
several hundred supporters | chanted | "Love has won!"

=== pr_016
Nixon | said | “The last few days ~~ looked like America,”
Johnson | told | “I’m not here to keep you quiet. ~~ to hear you,”
the crowd | chanted | “Hands up, don’t shoot!”
Several witnesses | said | Brown had his hands in the air when the officer fired
St. Louis County Police Chief Jon Belmar | telling | his officers had shown “incredible restraint.”
Sen. Claire McCaskill (D-Mo.) | saying | the police had “become the problem instead of the solution.”
police | said | showed Brown taking cigars minutes before he was shot
Jackson | acknowledged | Wilson had not known Brown was a suspect when he stopped him
Benjamin Crump | called | the release of the video “a smear, timed to change the subject.”
Wesley Lowery of The Washington Post | said | “I was told ~~ exactly that,”
- | told | to pack up and get out
President Obama | said | there was “no excuse” for police to use excessive force against peaceful protesters
He | urged | protesters and police alike to “take a step back.”
Sen. Rand Paul (R-Ky.) | argued | Washington had been “handing out armored vehicles like party favors” to local departments
Attorney General Eric Holder | said | the Justice Department would perform its own autopsy because of the “extraordinary circumstances” of the case
Lesley McSpadden | told | she wanted “justice, not sympathy.”
Darnell Prewitt | said | the protests were about more than one shooting
Darnell Prewitt | said | “Everybody out here ~~ couldn’t ignore. ++ “We want the officer charged. ~~ like a suspect.”

=== pr_017
Christie | says | nurse was 'obviously ill'
New Jersey Gov. Chris Christie | saying | he had "no second thoughts"
the White House | pressed | governors to reconsider
her lawyer | said | Kaci Hickox, 33, has tested negative for the virus and has no symptoms
Hickox | said | "I'm healthy, ~~ something wrong,"
Hickox | said | "I went over there ~~ a threat."
Christie | said | "Her symptoms at the airport were real,"
Christie | adding | she was "obviously ill" when she landed at Newark Liberty International Airport
Hickox | has {said} | a forehead scanner picked up a high reading only because she was "flushed and upset" after hours of questioning
- | Asked | whether he would release her early
A senior administration official | said | the White House had made clear ~~ in West Africa
the White House | made clear | it believed the mandatory quarantines ~~ in West Africa
it | believed | the mandatory quarantines could discourage doctors and nurses from volunteering in West Africa
Cuomo | announcing | health workers who return to New York without symptoms could spend their 21 days at home
Cuomo | said | "The people who go over there ~~ like heroes,"
Federal health officials | said | the surest way to protect Americans is to stop the epidemic in West Africa
CDC Director Tom Frieden | told | cutting off travel from the region would "make it harder, not easier" to get aid in
Rep. Darrell Issa, R-Calif. | said | Klain should testify "before Congress, not before cable news."
doctors | said | she was free of the virus
Pham | told | "I can't wait to see my dog,"
Norman Siegel | said | the New Jersey quarantine was "based on fear, not on science," ++ he would go to federal court if she was not released by Monday
Siegel | said | "We are not going to let ~~ public health,"

=== pr_018
Romney | told | 47 percent of Americans would vote ~~ that they are victims.”
because {they} depend | believe | they are victims
he | said | “My job is not to worry about those people,”
Mother Jones | said | it came from someone who had attended the dinner in Boca Raton in May
he | asked | “Is this about the video?”
he | said | “I paid into Social Security ~~ nobody’s victim.”
He | said | his remarks were “not elegantly stated”
Romney | told | “I was speaking off the cuff, and I could have said it better,”
Romney | told | “But the point I was making is one I’ll keep making.”
- | Asked | whether he regretted the comments
he | said | he wished he had been “more clear.”
His adviser Kevin Madden | insist | Romney had been making “a point about the economy, not about people.”
President Obama | said | a president has to work for everybody
Obama | said | “When you’re president, ~~ you represent,”
Sen. Scott Brown of Massachusetts | said | he “strongly disagreed” with the remarks
{I} asked him | asked | whether he was still voting for Romney
he | said | “Probably,”
he | said | “But I’m going to be mad about it.”
{I} think | think | {That}, I think ++ is the real story of this week
retired machinists in Toledo | think | they earned every dime they get
My sister | tweeted | “Dad is officially mad ~~ Mark the date.”

=== pr_019
Boehner | accuses | Obama of 'acting like a king'
House Speaker John Boehner (R-Ohio) | accused | President Barack Obama of "acting like a king or an emperor" by shielding as many as 5 million undocumented immigrants from deportation
Boehner | told | "The president has said again and again that he's not an emperor,"
The president | said | he's not an emperor
Boehner | told | "Well, last night he sure behaved like one."
Obama | said | the steps were "lawful, limited and long overdue"
Obama | challenged | Republicans who objected to "pass a bill."
Two House GOP aides | said | leadership was leaning toward a plan ~~ into early next year
some aides | calling | a "cromnibus."
Sen. Ted Cruz (R-Texas) | urged | Senate Republicans to block all of Obama's nominees, ~~ reversed course
Rep. Steve King (R-Iowa) | said | the House should use its control over spending to stop the program
King | said | "If we don't use the power of the purse now, when do we?"
Sen. Mitch McConnell (R-Ky.) | promised | the new Senate will not shut the government down
McConnell spokesman Don Stewart | said | "We'll weigh any option that doesn't end with the lights off,"
Rep. Luis Gutiérrez (D-Ill.) | pushed | Obama for years to act
Rep. Luis Gutiérrez (D-Ill.) | said | he cried watching the speech
Gutiérrez | said | "Five million people ~~ on the door,"
- | Asked | whether the House would sue the administration
Boehner | said | Republicans were "looking at every tool we have."
White House press secretary Josh Earnest | said | the president would veto any bill that undid the order
A White House official | said | Obama was prepared for a lawsuit and "comfortable" with the legal footing
A senior leadership aide in the House GOP | summed it up | "Nobody wants to go home ~~ Nobody."

=== pr_020
Rubio | says | 'yesterday is over'
Cruz | said | "Imagine a president ~~ Obamacare,"
Cruz | said | "Imagine a tax return you could mail on a postcard."
The liberal press | sneered | the students had been required to attend
Paul | told | "I'm running," ++ "to return our government ~~ pay for it." | c2
He | added | "That means all of it: ~~ voted for."
NBC's Savannah Guthrie | asked | whether he had softened his views on Iran
Paul | shot back | "Let me finish a sentence before you decide what I believe."
He | said | Clinton represented "the ideas of the last century" ++ "yesterday is over."
Rubio | said | "My parents worked ~~ at this one,"
Liberals | calling | him "the Republican Obama."
Clinton's video | said | everyday Americans need "a champion."
Democratic National Committee Chair Debbie Wasserman Schultz | said | the three senators were selling "the same failed policies in a shiny new package."
A Fox News poll released last week | showed | no Republican had more than 15 percent support
his spokeswoman Kristy Campbell | said | Jeb Bush, who has not formally entered the race, is "focused on ideas, not the calendar,"
A senior Rubio adviser | told | the campaign expects to raise $40 million by the end of June
she | said | "He's one of us, but he talks to everybody,"
- | Asked | whether she worried that Rubio, at 43, was too young
she | worried | Rubio, at 43, was too young
she | said | "Kennedy was 43 too,"

=== pr_021
Christie | Insists | 'I Am Not a Bully'
e-mails | show | was meant to punish a Democratic mayor who had declined to endorse him
Mr. Christie | said | he had been "blindsided" by the e-mails and had known nothing of the plan
he | said | "I trusted people ~~ that is on me,"
he | said | "I'm sad, ~~ an apology."
Bridget Anne Kelly | wrote | "Time for some traffic problems in Fort Lee."
Mr. Wildstein | replied | "Got it."
Mr. Christie | said | he had dismissed Ms. Kelly because ~~ about the closings
he | asked | whether anyone knew about the closings
one reporter | asked | "Are you a bully?"
Mr. Christie | replied | "I'm direct, ~~ not a bully,"
- | Asked | whether he had ever told anyone to retaliate against a political opponent
he | told | anyone to retaliate against a political opponent
he | said | "Never. That's not how I operate."
another reporter | asked | "When did you last speak to Mr. Wildstein?"
the governor | said | "I couldn't tell you the last time. Months, at least,"
Mark Sokolich | said | he accepted the apology but still wanted "the whole truth" about what had happened
Assemblyman John Wisniewski | said | the e-mails raised "serious questions" about whether the governor's office had abused its power
Maria Bustos | said | some children had sat on buses for hours during the four days of gridlock in September
she | said | "Nobody owes me a press conference,"
she | said | "They owe those kids an apology."
Republican strategists | said | the episode could dent ~~ in 2016

=== pr_022
Trump | pledge | to back GOP nominee
Trump | tells | ‘only Rosie O’Donnell’
Moderator Bret Baier | asking | whether any candidate was unwilling to pledge to support the eventual nominee
any candidate | pledge | to support the eventual nominee
Trump | said | “I cannot say I will support whoever it is,”
I | say | I will support whoever it is
Trump | said | “I want to win, and I’ll leave it at that.”
Sen. Rand Paul of Kentucky | accusing | Trump of “keeping one foot out the door” of the party
Trump | shot back | “Only Rosie O’Donnell,”
Kelly | asking | whether he had the temperament to be president
he | said | “What I say is what I think, ~~ every word,”
Trump | said | Kelly had “blood coming out of her eyes, blood coming out of her wherever.”
Erick Erickson | wrote | Trump had crossed “a line that no serious candidate crosses.”
The Trump campaign | said | he had meant her nose ++ anyone who read it differently was “looking for a fight.”
- | Asked | how he would explain his opposition to same-sex marriage to a gay child
he | said | he had just attended a friend’s same-sex wedding and would love his children “no matter what.”
New Jersey Gov. Chris Christie | accused | Paul of “sitting in a Senate hearing room making speeches” while others did the work of protecting the country
Paul | answered | he did not trust the government “with every phone call in America.”
An online survey of 1,000 Republican voters by NNC’s polling partner | found | 32 percent thought Trump had won, far ahead of anyone else
32 percent | thought | Trump had won
Trump | wrote | “Every online poll says I won the debate. The pundits can’t stand it!”
Every online poll | says | I won the debate

=== pr_023
Most GOP senators | saying | her speeches suggested she would let her background and personal feelings color her rulings
her speeches | suggested | she would let her background and personal feelings color her rulings
President Barack Obama | said | the vote “breaks down yet another barrier” ++ Sotomayor’s story “speaks to every family that came here with nothing.”
Sen. Patrick Leahy, D-Vt. | said | “Judge Sotomayor has more experience ~~ in a hundred years,”
Sen. Patrick Leahy, D-Vt. | said | “She has followed the law, ~~ for seventeen years. ++ “Those who say ~~ I have.” | c2
Those | say | she cannot be fair
Sen. Jeff Sessions of Alabama | said | he was not persuaded by her testimony ~~ fell flat.”
Sessions | said | “I want to believe her,”
Sessions | said | “But words matter, and she said those words more than once.”
- | Asked | whether the vote would hurt Republicans with Hispanic voters
Sessions | said | he “would not vote for any nominee based on ethnicity,” for or against
Sen. Lindsey Graham, R-S.C. | said | he had “serious differences” with her ++ a president was entitled to “a qualified nominee of his choosing.”
Sen. Mel Martinez, R-Fla. | said | “This is a proud day ~~ whatever their politics,”
The National Rifle Association | urged | senators to oppose her
The National Rifle Association | said | it would take the vote into account when it grades lawmakers next year
a White House spokesman | according to | Sotomayor watched the vote on television with White House aides
Ana Ruiz | said | “She’s from right here. Bronxdale Houses,”
Ana Ruiz | said | “When they say ~~ her picture.”
they | say | a kid from the projects can’t make it
the court | said | Chief Justice John Roberts will administer the oath on Saturday

=== pr_024
Rubio | calls | it 'absurd'
President Barack Obama | saying | the two countries would restore ~~ by Pope Francis
Obama | said | "We kept doing ~~ a different result,"
Obama | said | "It's time to try something else."
Senior administration officials | said | most of the talks were held in Canada, with a final session at the Vatican
The pope | urging | them to resolve the cases of Alan Gross and three Cuban agents jailed in Florida
One of the officials | called | the pope's letter "a turning point."
Gross | told | "I'm a little thinner and a lot happier,"
Sen. Marco Rubio (R-Fla.) | called | the decision "absurd"
Sen. Marco Rubio (R-Fla.) | said | Obama was "the worst negotiator" to occupy the White House in decades
He | vowed | to block the confirmation of any ambassador to Havana
Rubio | said | "This president ~~ help it,"
Sen. Robert Menendez (D-N.J.) | said | the swap was "a reward for a regime that jails its critics."
Sen. Jeff Flake (R-Ariz.) | said | "Fifty years of one policy is long enough,"
Raúl Castro | saying | Cuba and the United States should learn to live side by side "with our differences."
A House GOP leadership aide | said | there was "zero chance" of that happening while Republicans control both chambers
House Speaker John Boehner (R-Ohio) | said | the administration had given the Castro brothers "a lifeline they did not earn."
- | Asked | whether Obama might visit the island before leaving office
one of the senior officials | said | "We wouldn't rule anything out."
Several Democrats | said | they expected the politics to be less punishing than Rubio predicted
they | expected | the politics to be less punishing than Rubio predicted

=== pr_025
Lerner | tells | ‘I have not done anything wrong,’
Lois Lerner | said | “I have not done anything wrong, ~~ anyone else,”
Rep. Trey Gowdy (R-S.C.) | argued | by making the statement Lerner had waived that right
Gowdy | said | “You can’t give a speech ~~ I was ever in,”
Chairman Darrell Issa (R-Calif.) | said | the committee would “look at every option” to bring her back
Issa | told | “This is not over,”
Issa | told | “Not even close.”
Rep. Jim Jordan (R-Ohio) | asked | whether anyone at the IRS had been fired
Lerner | said | workers in the Cincinnati office had flagged applications from groups whose names included Tea Party or patriot
she | called | the practice “absolutely incorrect, insensitive and inappropriate.”
The Treasury inspector general’s report | found | the IRS had used “inappropriate criteria” to single out conservative groups for extra scrutiny
Steven Miller | told | the screening had been “foolish” but not political
President Obama | called | the conduct “outrageous”
President Obama | said | those responsible would be “held accountable.”
The IRS | asked | a list of every book its members had discussed
She | told | “They wanted to know ~~ public library. ++ “If this was happening ~~ in America.”
Rep. Elijah Cummings (D-Md.) | said | there was “no evidence” that anyone outside the IRS had directed the targeting
White House press secretary Jay Carney | insisted | no one in the West Wing had heard about the inspector general’s findings before April

=== pr_026
Bernie Sanders | said | "Madison, I think you've just broken a record,"
{I} think | think | you've just broken a record
Bernie Sanders | said | "Don't let anybody tell you this campaign is a protest."
anybody | tell | this campaign is a protest
He | saying | the country was drifting toward oligarchy ++ "the billionaire class" had bought the political system
He | called for | a $15 minimum wage, tuition-free public colleges and what he calls "Medicare for all."
he | calls | "Medicare for all."
{I} asked people | asked | why they came
Tamsin Olufsen | said | "He says the same thing ~~ finally true,"
Gerald Novak | told | he voted for Scott Walker in 2010 and has regretted it ever since
he | said | "I'm not a socialist,"
he | said | "But I'm not a fool either."
A Clinton campaign aide | asked | me to leave his name out of it
A Clinton campaign aide | told | "crowds don't caucus."
a poll of New Hampshire Democrats released last week | showed | Sanders trailing Clinton by only eight points
nobody in that arena | thought | the number was done moving
Walker | told | Madison was "out of touch" with the rest of Wisconsin
{I} caught up | asked | whether she thought he could actually win
she | thought | he could actually win
she | said | "Ask me in February,"
she | said | "But I'm not going to be the one who tells him to quit."
the one | tells | him to quit

=== pr_027
Mr. Walker | told | “Tomorrow we stop being opponents ~~ neighbors again,”
Mr. Walker | told | “It’s time to go back to work, together.”
Mr. Walker | said | he would invite every member of the Legislature to the governor’s residence for brats and hamburgers
he | promised | to spend the rest of his term on “jobs, jobs and jobs.”
Mr. Barrett | told | the fight had been “worth every minute.”
he | urged | them to accept the result and to stay involved
Exit polls | showed | about 60 percent of voters believed recall elections should be reserved for official misconduct
about 60 percent of voters | believed | recall elections should be reserved for official misconduct
Mike Tate | said | the governor had “outspent us seven to one”
Mike Tate | predicted | his victory would not carry over to November
His campaign account | posted | “Wisconsin, polls open at 7. Tom Barrett has my support.”
Jay Carney | said | the president had “made his support clear.”
Reince Priebus | said | the state would be “in play” in a presidential race for the first time in decades
Candice Overbeck | said | “We knew it was uphill,”
Candice Overbeck | said | “But I’d do it again, ~~ cold night of it. ++ “What they took ~~ asking for it back.”
Doug Kettering | said | “He kept his word, and that counts for something,”
- | Asked | whether he would consider running for president
Mr. Walker | said | he planned to serve out his term
He | said | he is not a target of a continuing investigation into former aides from his years as Milwaukee County executive

=== pr_028
Obama | tells | 'the best is yet to come'
Obama | told | "You didn't just vote ~~ rise or fall together,"
Obama | told | "And I believe the best is yet to come."
{I} believe | believe | I believe {the best is yet to come}
Obama's campaign | posted | "Four more years."
Romney | said | "I called the president ~~ congratulated him,"
Romney | said | "The country needs him ~~ my grandchildren."
A Romney adviser | said | the campaign's internal polls had shown the governor ahead in Ohio as late as Monday night
the campaign's internal polls | shown | the governor ahead in Ohio as late as Monday night
Republican strategist Karl Rove | arguing | votes still uncounted in the Cincinnati suburbs could change the outcome
an analyst | told | they were "quite confident" in the call
- | Asked | whether he was simply refusing to accept the result
Rove | answered | "I'm not refusing anything. I'm saying it's premature."
{I}'m saying | saying | it's premature
Exit polls | showed | voters who said the economy was their top concern split roughly evenly between the two candidates
voters | said | the economy was their top concern
Speaker John Boehner, R-Ohio | said | voters had returned "a divided government" to Washington ++ his party would not agree to higher tax rates
Senate Republican leader Mitch McConnell of Kentucky | said | voters had given Obama "more time, not a blank check."
she | said | "I stood out here ~~ like a baby,"
she | said | "Tonight I'm just relieved, and so tired."

=== pr_029
Baltimore mayor | says | she was 'misinterpreted'
Hogan | said | "I have not made this decision lightly,"
Hogan | said | "The people of this city ~~ homes tonight."
He | said | he had been ready to act hours earlier but had waited for a request from the mayor
the governor | said | About 1,500 Guard members would be in the city by Tuesday night, along with hundreds of officers from neighboring states
she | said | the city had also given "those who wished to destroy" the space to do so
her office | said | her words had been "misinterpreted."
Rawlings-Blake | told | "I never said we gave anyone permission to destroy property,"
{I} never said | said | we gave anyone permission to destroy property
Rawlings-Blake | told | "Anyone who says that wasn't listening."
President Barack Obama | called | the rioters "criminals and thugs"
President Barack Obama | said | the unrest reflected problems "that have been festering for decades."
Obama | said | "Anybody who breaks ~~ a political statement,"
Obama | said | "They're committing a crime."
Some of the young men on the corners | said | the anger had been building for years
a 19-year-old who gave only his first name, Tre | said | "They stop us for walking. Freddie just didn't make it home,"
Delores Whitaker | said | "This is our neighborhood. Whoever did this doesn't live here,"
The Rev. Jamal Bryant | urged | young people to be off the streets before the new 10 p.m. curfew
Police | said | they had received "a credible threat" against officers
Police | asked | parents to keep their children at home
Police Commissioner Anthony Batts | said | the department would hand its findings on Gray's death to the state's attorney on Friday, a day earlier than planned
The Baltimore Orioles | said | Wednesday's game against the Chicago White Sox would be closed to fans
- | Asked | whether the city was ready for another night
Rawlings-Blake | answered | "We will be."

=== pr_030
Stephanopoulos | asks | ‘yes or no’
Stephanopoulos | asked | “Governor, a baker ~~ Yes or no?”
Pence | replied | “Look, the issue here ~~ their beliefs,”
Stephanopoulos | said | “That’s not an answer,”
Stephanopoulos | said | “Yes or no?”
Stephanopoulos | asked | “Do you think ~~ lesbian people?”
you | think | it should be legal in Indiana to discriminate against gay and lesbian people
Pence | said | “I abhor discrimination,”
Pence | said | “But I won’t let the media rewrite this law.”
He | added | he had “no intention” of changing it
Salesforce chief executive Marc Benioff | said | his company would cancel programs that required employees or customers to travel to Indiana
Apple’s Tim Cook | wrote | laws like Indiana’s amounted to “a license to turn people away.”
The NCAA | said | it was “deeply troubled” by the law
Connecticut Gov. Dannel Malloy | posted | “Connecticut will not pay ~~ into law.”
the owner of a small-town pizza place | told | her shop would never cater a same-sex wedding
he | said | would make clear the law “does not allow anyone to be turned away.”
Indiana House Speaker Brian Bosma | admitted | Republican lawmakers had been “caught off guard” by the reaction
the crowd | chanted | “No hate in our state!”
Dana Reyes-Whitman | said | “The fix is better ~~ who they love. ++ “The governor found out ~~ can count too.”

# end of spec
"""

if __name__ == "__main__":
    main()
