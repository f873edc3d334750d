#!/usr/bin/env python3
"""Write ann/pq_NNN_ann1.ann for polnear_styled3 from the spec in this file.

Each text has a spec: one attribution relation per line,

    SOURCE | CUE | CONTENT [| c2]

with strings copied from the text. `-` as SOURCE means the text names no
Source. ` ++ ` separates the pieces of a discontinuous Content (one piece
per paragraph for a quote over several paragraphs); by default the pieces
go into one `T` line with `;`-separated segments, and the option `c2`
writes them as `Content`, `Content2`, ... arguments instead. A piece
`PREFIX ~~ SUFFIX` runs from PREFIX to the first SUFFIX after it (never
across a paragraph break). Braces pick a target out of a longer locator:
`{said} Pelosi`, `{he} told`. A locator that starts or ends with a word
character only matches on a word boundary.

Every Content piece must occur exactly once in the text. The Cue is the
occurrence nearest to the Content (never inside it), and the Source the
occurrence nearest to the Cue (never inside the relation's own Content);
an occurrence in the same paragraph is preferred in both cases.
The script stops with an error when a string is missing or ambiguous.

    python3 make_ann.py            # rewrite ann/*.ann (deterministic)
    python3 make_ann.py --review   # list every relation with its context
    python3 make_ann.py --check    # also read the files back with score.py

Offsets are Python str indices (code points) into the UTF-8 text.
"""

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE_PY = HERE.parents[4] / "shared" / "eval" / "score.py"


class SpecError(Exception):
    pass


def is_word(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, locator):
    """(start, end) of every match of locator (or of its {target})."""
    m = re.fullmatch(r"(.*?)\{(.+?)\}(.*)", locator, re.S)
    if m:
        pre, target, post = m.groups()
        context = pre + target + post
    else:
        pre, target, context = "", locator, locator
    found, start = [], 0
    while True:
        i = text.find(context, start)
        if i < 0:
            return found
        start = i + 1
        j = i + len(context)
        if is_word(context[0]) and i > 0 and is_word(text[i - 1]):
            continue
        if is_word(context[-1]) and j < len(text) and is_word(text[j]):
            continue
        found.append((i + len(pre), i + len(pre) + len(target)))


def piece_span(text, piece, where):
    if " ~~ " in piece:
        prefix, suffix = piece.split(" ~~ ", 1)
        spans = []
        for p0, p1 in occurrences(text, prefix):
            following = [s for s in occurrences(text, suffix) if s[0] >= p1]
            if following:
                spans.append((p0, following[0][1]))
    else:
        spans = occurrences(text, piece)
    if len(spans) != 1:
        raise SpecError(f"{where}: content piece {piece!r} found {len(spans)} times")
    a, b = spans[0]
    if "\n" in text[a:b]:
        raise SpecError(f"{where}: content piece {piece!r} crosses a paragraph break")
    return spans[0]


def gap(span, segments):
    return min(max(s[0] - span[1], span[0] - s[1], 0) for s in segments)


def inside(span, segments):
    return any(span[0] < b and a < span[1] for a, b in segments)


def paragraph(text, pos):
    return text.count("\n\n", 0, pos)


def nearest(text, locator, segments, exclude, role, where):
    """The occurrence nearest to the segments, preferring one in the same
    paragraph as one of them."""
    spans = [s for s in occurrences(text, locator) if not inside(s, exclude)]
    if not spans:
        raise SpecError(f"{where}: {role} {locator!r} not found")
    paras = {paragraph(text, a) for a, _ in segments}
    return min(spans, key=lambda s: (paragraph(text, s[0]) not in paras, gap(s, segments), s[0]))


def parse_spec(stem, spec):
    relations = []
    for number, line in enumerate(spec.split("\n"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
            raise SpecError(f"{stem} spec line {number}: bad line {line!r}")
        source, cue, content = fields[:3]
        relations.append({"where": f"{stem} spec line {number}", "source": source, "cue": cue,
                          "pieces": content.split(" ++ "), "c2": len(fields) == 4})
    return relations


def resolve(stem, text, spec):
    out = []
    for rel in parse_spec(stem, spec):
        where = rel["where"]
        segments = sorted(piece_span(text, p, where) for p in rel["pieces"])
        cue = nearest(text, rel["cue"], segments, segments, "cue", where)
        source = None
        if rel["source"] != "-":
            source = nearest(text, rel["source"], [cue], segments + [cue], "source", where)
        out.append({"where": where, "segments": segments, "cue": cue, "source": source,
                    "c2": rel["c2"] and len(segments) > 1})
    out.sort(key=lambda r: (r["segments"][0][0], r["cue"][0]))
    return out


def covered(text, segments):
    return " ".join(text[a:b] for a, b in segments)


def render(text, relations):
    t_lines, e_lines, ids = [], [], {}

    def tid(kind, segments):
        key = (kind, tuple(segments))
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offs = ";".join(f"{a} {b}" for a, b in segments)
            t_lines.append(f"{ids[key]}\t{kind} {offs}\t{covered(text, segments)}")
        return ids[key]

    for n, rel in enumerate(relations, 1):
        args = [f"Attribution:{tid('Cue', [rel['cue']])}"]
        if rel["source"]:
            args.append(f"Source:{tid('Source', [rel['source']])}")
        if rel["c2"]:
            for k, seg in enumerate(rel["segments"], 1):
                args.append(f"Content{k if k > 1 else ''}:{tid('Content', [seg])}")
        else:
            args.append(f"Content:{tid('Content', rel['segments'])}")
        e_lines.append(f"E{n}\t" + " ".join(args))
    return "\n".join(t_lines + e_lines) + "\n"


def verify(text, ann, name):
    """Every T span covers its TEXT field; every E argument names a T line."""
    problems, spans = [], set()
    for line in ann.split("\n"):
        fields = line.split("\t")
        if line.startswith("T"):
            kind, _, offs = fields[1].partition(" ")
            segs = [tuple(map(int, p.split())) for p in offs.split(";")]
            if not all(0 <= a <= b <= len(text) for a, b in segs) or covered(text, segs) != fields[2]:
                problems.append(f"{name}: {fields[0]} does not cover its text")
            spans.add(fields[0])
        elif line.startswith("E"):
            for arg in fields[1].split():
                if arg.split(":")[1] not in spans:
                    problems.append(f"{name}: {fields[0]} names a missing span {arg}")
    return problems


def snippet(text, span, width=28):
    a, b = span
    left = text[max(0, a - width):a].replace("\n", "¶")
    right = text[b:b + width].replace("\n", "¶")
    return f"…{left}[{text[a:b]}]{right}…"


def main(argv):
    review, check = "--review" in argv, "--check" in argv
    (HERE / "ann").mkdir(exist_ok=True)
    problems, totals = [], [0, 0, 0]
    for stem in sorted(SPEC):
        text = (HERE / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        try:
            relations = resolve(stem, text, SPEC[stem])
        except SpecError as e:
            sys.exit(f"make_ann.py: {e}")
        ann = render(text, relations)
        name = f"{stem}_ann1.ann"
        problems += verify(text, ann, name)
        (HERE / "ann" / name).write_text(ann, encoding="utf-8", newline="\n")
        if review:
            print(f"== {stem}")
            for n, rel in enumerate(relations, 1):
                src = snippet(text, rel["source"], 12) if rel["source"] else "-"
                body = covered(text, rel["segments"])
                body = body if len(body) <= 70 else body[:45] + " … " + body[-20:]
                print(f"E{n:<3} cue {snippet(text, rel['cue'], 14)}  src {src}"
                      f"  d={gap(rel['cue'], rel['segments'])}/"
                      f"{gap(rel['source'], [rel['cue']]) if rel['source'] else '-'}\n      {body}")
    if check:
        import importlib.util
        sys.dont_write_bytecode = True  # leave shared/eval untouched
        spec = importlib.util.spec_from_file_location("score", SCORE_PY)
        score = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(score)
        for stem in sorted(SPEC):
            text = score.read_text_file(HERE / "text" / f"{stem}.txt")
            atts = score.parse_ann(HERE / "ann" / f"{stem}_ann1.ann", text)
            direct = sum(a["direct"] for a in atts)
            totals[0] += 1
            totals[1] += len(atts)
            totals[2] += direct
            print(f"{stem}: {len(atts)} attributions, {direct} direct")
        print(f"total: {totals[0]} texts, {totals[1]} attributions, {totals[2]} direct, "
              f"{totals[1] - totals[2]} indirect")
    for p in problems:
        print(p)
    print(f"make_ann.py: wrote {len(SPEC)} files, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


SPEC = {}
SPEC["pq_001"] = """
McConnell | said | "This is a disappointing night ~~ something better,"
McConnell | said | "I regret that we could not deliver it tonight."
McCain | said | the bill offered "no replacement worthy of the name" ++ senators should return to "regular order," with hearings and amendments from both parties
{He} told | told | he had made up his mind "a few hours ago" and had informed the vice president
Collins | said | she had "serious concerns" about the bill's effect on Medicaid
the president | tweeted | "Three Republicans and every single Democrat let the American people down,"
the president | tweeted | "As I have said all along, ObamaCare will fail on its own, and then the Democrats will come to the table!"
{I} have said | said | ObamaCare will fail on its own, and then the Democrats will come to the table
Minority Leader Chuck Schumer | said | Democrats were "relieved" but not celebrating
he | said | "We are ready to sit down ~~ needs fixing,"
he | said | "But first they have to stop trying to tear the whole thing down."
The Congressional Budget Office | estimated | it would leave 16 million more people uninsured within a decade
Many Republicans | said | they did not want the measure to become law
Sen. Lindsey Graham of South Carolina | called | it "a fraud" and "a disaster"
House Speaker Paul Ryan | assured | the House would negotiate a final version rather than pass it as written
Ryan | said | he was "disappointed and frustrated"
Ryan | urged | senators to "keep at it."
A White House official | said | the president was "furious" and blamed McConnell for scheduling a vote without the numbers to win it
the president | blamed | McConnell for scheduling a vote without the numbers to win it
{Democrats}, for their part | warned | the fight was far from over
Sen. Patty Murray of Washington | said | "They will be back,"
Sen. Patty Murray of Washington | said | "Nobody should think this is finished."
"""

SPEC["pq_002"] = """
Trump | Saying | He ‘Was Not Doing a Good Job’
President Trump | saying | he had mishandled the investigation ~~ lead the bureau effectively
Mr. Trump | wrote | he “greatly” appreciated being told “on three separate occasions” that he was not under investigation
- | told | he was not under investigation
People close to Mr. Comey | said | the claim was false
the letter | read | “The bureau needs new leadership that can restore the public’s trust in its work,”
a memorandum from Deputy Attorney General Rod J. Rosenstein | faulted | Mr. Comey’s decision last July to announce publicly that the Clinton case should be closed without charges
{Mr. Comey}’s decision | announce | the Clinton case should be closed without charges
Sarah Huckabee Sanders | told | the president had acted on the recommendation of the Justice Department
- | Asked | whether the Russia inquiry had played any role
Ms. Sanders | said | “Not at all. This was about restoring integrity at the bureau.”
Senator Chuck Schumer of New York | said | he had told the president in a phone call that he was “making a very big mistake.”
{he} had told | told | he was “making a very big mistake.”
{He} called for | called for | a special prosecutor
Mr. Schumer | said | “If there was ever a case ~~ this is it,”
Senator Richard M. Burr of North Carolina | said | “The timing of this troubles me, and so does the explanation,”
Senator John McCain of Arizona | said | he was “disappointed” by the decision
{he} said he had planned | said | he had planned to fire Mr. Comey “regardless of recommendation,”
He | described | the director as “a showboat” and “a grandstander.”
Mr. Trump | told | “I said to myself, ‘This Russia thing ~~ what’s right,’”
“{I} said to myself | said | ‘This Russia thing is a made-up story, and I’m going to do what’s right,’
A person who has worked closely with Mr. Comey | said | the director learned ~~ at first thought it was a prank
the director | thought | it was a prank
Mr. Comey | wrote | a president “can fire an F.B.I. director for any reason, or for no reason at all,”
Mr. Comey | urged | them not to dwell on it
"""

SPEC["pq_003"] = """
Trump | says | ‘both sides’ share blame for Charlottesville
President Donald Trump | insisted | “both sides” bore responsibility for the deadly violence at a white nationalist rally in Charlottesville, Virginia
Trump | asked | “What about the other side, the people who came charging in with clubs?”
Trump | asked | “Do they have any blame? I think they do.”
{I} think they do | think | they do
He | added | there were “very fine people on both sides” of the confrontation
one reporter | asked | “Are you putting the counterprotesters on the same level as neo-Nazis?”
Trump | shot back | “I’m not putting anybody on any level,”
Trump | shot back | “I’m just telling you what I saw with my own eyes.”
- | Asked | whether he planned to visit Charlottesville
the President | said | he owned “one of the largest wineries” in Virginia
House Speaker Paul Ryan | tweeted | “There is no moral equivalence ~~ to oppose them,”
Sen. Marco Rubio of Florida | wrote | the organizers of the rally were “entirely to blame” for what happened ++ giving them any cover was “a mistake.”
Virginia Gov. Terry McAuliffe | {said} at a news conference in Richmond | the President had “made a terrible situation worse.”
the governor | said | “Words matter,”
the governor | said | “He is emboldening these people, and folks here are frightened.”
A White House official | told | the remarks had not been planned ++ staff had been “caught flat-footed.”
Another aide | said | “He believes what he said. That’s the whole problem.”
David Duke | wrote | the President had shown “honesty & courage.”
Merck chief executive Kenneth Frazier | said | he was leaving the President’s manufacturing council “as a matter of conscience,”
Trump | responded | Frazier would now have “more time” to bring down drug prices
"""

SPEC["pq_004"] = """
Sen. Bob Corker (R-Tenn.) | said | he would back the final package
Corker | said | "I have wrestled with this for weeks,"
Corker | said | "In the end, I concluded that we are better off taking this step than walking away from it."
{I} concluded | concluded | we are better off taking this step than walking away from it
Democrats | labeled | it the "Corker kickback."
Corker | said | he had not known about the provision until a reporter called his office about it
a Corker aide | said | "That's just flat-out false,"
House Speaker Paul Ryan | told | the House would vote Tuesday
Ryan | said | "We are on the verge of doing something this country has needed for a generation,"
Ryan | said | "But nobody's spiking the football yet."
Sen. Marco Rubio (R-Fla.) | said | he would oppose the bill unless negotiators expanded the refundable portion of the child tax credit
two Senate aides familiar with the talks | according to | They agreed to raise it to $1,400
Rep. Mark Meadows (R-N.C.) | told | he expected "very few, if any" Republican defections
- | Asked | if the real estate flap would cost the leadership votes
he | said | "Not a chance,"
Senate Minority Leader Chuck Schumer (D-N.Y.) | called | the bill "a giveaway to the wealthiest Americans dressed up as middle-class relief."
House Minority Leader Nancy Pelosi (D-Calif.) | went further | "They are borrowing from our children ~~ and they know it."
A Quinnipiac poll released this week | found | just 26 percent of voters approve of the plan
One senior GOP aide | acknowledged | "We have to sell this thing, and we haven't done it yet."
The White House | is betting | voters will warm to the law once they see bigger paychecks in February
Press secretary Sarah Sanders | said | the president "looks forward" to signing the bill "as soon as it reaches his desk."
Trump | tweeting | "Tax cuts are coming, and they are going to be BIG. Merry Christmas, America!"
"""

SPEC["pq_005"] = """
protesters in the gallery | shouted | “Shame!”
Collins | said | the allegations against Kavanaugh had not met even a “more likely than not” standard
Collins | said | “We cannot decide a question this serious by which side shouts the loudest,”
Collins | said | “The facts matter. The evidence matters.”
She | continued | “I listened carefully ~~ of that evening. ++ “Our system of justice ~~ stakes are high.”
and {I} believe | believe | she is a survivor of a sexual assault
a senior GOP leadership aide | According to | Collins had made up her mind days before the speech but kept her decision to a tiny circle of staff
Sen. Lindsey Graham of South Carolina | called | the proceedings “the most unethical sham” he had seen in politics
and {Republicans} say | say | his outburst steadied wavering members of the conference
Senate Minority Leader Chuck Schumer | said | the vote was “a low moment” for the institution
Senate Minority Leader Chuck Schumer | urged | voters angry about the outcome to “go vote” in November
one woman | yelled | “Shame on you!”
Manchin | told | he had “no reservations” about his vote
Trump | tweeted | “A great day for America and for the Court!”
he | told | Democrats had waged “a disgraceful campaign” against his nominee
he | said | “They tried to destroy a good man,”
he | said | “They failed, and you know what? Now they have to live with it.”
A White House spokesman | said | the new justice was “grateful and ready to get to work.”
"""

SPEC["pq_006"] = """
Sondland | testifies | there was a 'quid pro quo' on White House visit
Gordon D. Sondland | told | he had pursued the Ukraine pressure campaign at the "express direction" of President Trump ++ "everyone was in the loop."
Mr. Sondland | said | "I want to be clear about something. ~~ 'quid pro quo'? ++ "With regard to a White House visit for President Zelensky, the answer is yes."
Members of this committee | keep asking | Was there a 'quid pro quo'?
Mr. Schiff | asked | "Did you come to believe ~~ the investigations?"
Did {you} come | believe | the aid was also being held back until Ukraine announced the investigations
Mr. Sondland | replied | "In the absence of any credible explanation, yes,"
Mr. Sondland | replied | "Two plus two equals four."
{he} asked | asked | "Did the president ever tell you, personally, that the aid was tied to investigations?"
Did {the president} ever | tell | the aid was tied to investigations
Mr. Sondland | said | "No,"
Mr. Turner | said | "So you were presuming,"
the ambassador | acknowledged | "I was presuming," ++ "based on everything I had seen." | c2
David Holmes | testified | he overheard Mr. Trump ask whether Ukraine's president would "do the investigation."
Mr. Trump | ask | whether Ukraine's president would "do the investigation."
Mr. Sondland | said | he had no reason to doubt that account
Representative Devin Nunes of California | said | Democrats were staging "a show trial" ++ the witnesses had offered "nothing but hearsay."
Stephanie Grisham | said | the testimony had "completely exonerated" Mr. Trump
The president | read aloud | "I want nothing. I want no quid pro quo."
Mr. Trump | added | "This is the final word from the president of the United States,"
Mr. Trump | added | "I don't know him very well."
Representative Jackie Speier of California | said | "Today's testimony ~~ Oval Office,"
"""

SPEC["pq_007"] = """
Nancy Pelosi | told | “Tonight the American people spoke, and they said, ‘Enough,’”
and {they} said | said | ‘Enough,’
She | said | a Democratic House would pursue “checks and balances” ~~ prescription drug prices
Trump | declared | the night had been “a big victory” for his party
the president | said | he could work with Pelosi
the president | suggested | she “deserves” to be speaker
{He} warned | warned | if House Democrats used their new power to investigate him, he would respond “in kind,”
{He} warned | {said} his administration | his administration could “play that game” as well
Trump | told | “Sit down. I’ll handle this,”
Trump | told | “You’re not running the country.”
McConnell | told | the larger majority would let Republicans keep confirming federal judges “at a rapid clip.”
He | said | the House results did not amount to a rebuke of the president
McConnell | said | “Midterms are usually tough for the party that holds the White House,”
McConnell | said | “Ours turned out better than most.”
Abrams | told | “We are going to make sure ~~ then we will know,”
A Kemp spokesman | said | the math was “clear” ++ Abrams should concede
AP VoteCast | found | about two-thirds of voters said Trump was a factor in their decision
about two-thirds of voters | said | Trump was a factor in their decision
Maureen Daltry | said | “I’ve never voted for a Democrat for Congress in my life,”
Maureen Daltry | said | “This year I did, and I don’t feel one bit bad about it.”
Gene Pulaski | said | “He’s doing what he said he’d do,”
Gene Pulaski | said | “The rest of it is noise.”
Outgoing House Speaker Paul Ryan | said | Republicans had “faced strong headwinds” and would regroup
"""

SPEC["pq_008"] = """
the crowd | chanted | "Beto! Beto!"
O'Rourke | told | "Tonight's loss hurts, and I'm not going to pretend it doesn't,"
O'Rourke | told | "But look at what you built. Look at who showed up."
He | said | he had no plans to run for anything "right now,"
{I} asked a volunteer | asked | whether she felt let down
she | said | "Let down? Honey, we made Ted Cruz campaign in Texas,"
she | said | "When was the last time that happened?"
{Cruz}, who spent | calling | O'Rourke "too liberal for Texas,"
{Cruz}, who spent | told | the result proved the state was still "a red state with red values."
Trump | calling | his former rival "Beautiful Ted,"
a person who saw it | according to | The Cruz campaign's internal polling ++ had the race within a point in the final week
The Democratic consultants I talked to all week | think | O'Rourke's coattails helped flip two congressional seats and a dozen seats in the state House
one Austin-based strategist | said | "He ran up the score ~~ up at night,"
Texas GOP chairman James Dickey | said | his party had "held the line" against "millions of dollars of out-of-state money."
some Democrats | are grumbling | the O'Rourke campaign hoarded its $70 million instead of sharing it with down-ballot candidates
One county chair in East Texas | told | "We got the yard signs. We did not get the money."
Corinne | put it | "We'll be back in 2020, and we'll be louder."
"""

SPEC["pq_009"] = """
{President} Says | Says | ‘I Will Take the Mantle,’
President Trump | told | he would be “proud” to shut down the government over a border wall ++ he would not blame them for it
Trump | said | “I will take the mantle. I’ll be the one to shut it down,”
Trump | said | “You won’t have to blame anybody but me.”
Senate Minority Leader Chuck Schumer | shot back | “So this is a Trump shutdown. You just said so yourself.”
House Minority Leader Nancy Pelosi | urged | the president not to have the argument in front of the press
House Minority Leader Nancy Pelosi | calling | it “a bad idea” to negotiate in public
Trump | calls | “Chuck and Nancy,”
two Democratic aides who were in the room | according to | Pelosi told colleagues in a closed-door meeting that the wall had become “like a manhood thing” for the president
Pelosi | told | the wall had become “like a manhood thing” for the president
Sen. John Cornyn of Texas | told | he did not think a shutdown would accomplish anything
{he} did not think | think | a shutdown would accomplish anything
he | said | “Shutdowns are never a good idea,”
he | said | “I’d like to think we learned that already.”
“{I}’d like | think | we learned that already
the aide | said | “He just took ownership ~~ pin on them,”
The White House | insisted | the meeting had gone well
Press secretary Sarah Sanders | said | the president “isn’t going to cave” on border security
Trump | tweeted | Mexico would pay for the wall “indirectly” through the new trade agreement
Economists | said | that is not how trade deals work
Ezra Tolliver | said | “He handed Democrats ~~ silver platter,”
Ezra Tolliver | said | “We’ll be replaying that clip until the cows come home.”
Lorraine Bick | said | “We’re the ones who don’t get paid,”
Lorraine Bick | said | “Not him. Not them. Us.”
- | Asked | whether she had a message for the president
she | said | “Do your job,” ++ “so I can keep doing mine.” | c2
"""

SPEC["pq_010"] = """
{Pompeo} says | says | threat was 'imminent'
Iran's supreme leader | vowed | "severe revenge."
The Pentagon | said | the strike was aimed at "deterring future Iranian attack plans" ++ Soleimani had been "actively developing plans" to attack American diplomats and service members across the region
Secretary of State Mike Pompeo | said | the general had been plotting ~~ American lives at risk
Pompeo | told | "We took a bad actor off the battlefield, and the region is safer for it,"
- | Asked | whether the strike was meant to provoke a broader conflict
Pompeo | said | "Not at all. The president's goal is de-escalation."
The State Department | urged | American citizens to leave Iraq "immediately," by air if possible or by land to other countries
President Donald Trump | said | Soleimani had been "caught in the act" ++ the U.S. had acted "to prevent a war, not to begin one."
Mohammad Javad Zarif | wrote | the killing was "an act of international terrorism" ++ the United States "bears responsibility for all consequences of its rogue adventurism."
Iraqi caretaker Prime Minister Adel Abdul-Mahdi | condemned | the strike as a violation of the terms under which U.S. troops are stationed in the country
House Speaker Nancy Pelosi | said | the administration had acted without consulting Congress and risked "a dangerous escalation of violence."
Lindsey Graham, R-S.C. | said | "The Iranian regime has been testing this president for months,"
Lindsey Graham, R-S.C. | said | "Today they found out where the line is."
Former Vice President Joe Biden | said | the president had "lit a fuse" in one of the world's most volatile regions
Biden | said | "No American will mourn Qassem Soleimani's passing,"
Biden | said | "But the question is whether this administration has thought one step ahead."
A senior administration official | said | the decision had been made "in the last several days" after intelligence showed a pattern of threats
"""

SPEC["pq_011"] = """
Trump and Kim | Pledge | ‘Complete Denuclearization,’
a brief joint statement | {said} North Korea | North Korea would “work toward complete denuclearization of the Korean Peninsula.”
Mr. Kim | said | “It was not easy to get here,”
Mr. Kim | said | “There were many who doubted, and we proved them wrong.”
Mr. Trump | said | he had formed “a very special bond” with Mr. Kim
He | announced | the United States would suspend joint military exercises with South Korea
{he} called | called | “very provocative” and “tremendously expensive.”
Mr. Trump | said | “We’re going to save a lot of money by not doing them,” ++ “and I think it’s the right thing to do.” | c2
and {I} think | think | it’s the right thing to do
A spokesman for United States Forces Korea | said | the command had received “no updated guidance” about the drills
Mr. Trump | mocked | Mr. Kim as “Little Rocket Man”
Mr. Trump | threatened | North Korea with “fire and fury.”
{he} described | described | the North Korean leader as “very talented”
{he} described | and {said} he would | he would “absolutely” invite him to the White House
Secretary of State Mike Pompeo | insisted | the administration would not ease sanctions until denuclearization was “complete.”
Mr. Trump | declared | “The world took a big step back ~~ Sleep well, everyone!”
Senator Chuck Schumer of New York | said | the agreement was “long on pageantry and short on substance.”
Several arms control experts | said | the statement was weaker than earlier agreements that North Korea had signed and then broken
Leah Morrow | said | “We have seen this movie before,”
Leah Morrow | said | “The ending is usually not a happy one.”
Prime Minister Shinzo Abe | told | he “welcomed” the summit as a first step ++ Japan would keep pressing for the return of citizens abducted by North Korea decades ago
A senior South Korean official | said | Seoul had learned of the suspension “at the same time as everyone else.”
"""

SPEC["pq_012"] = """
Trump | says | he misspoke
President Donald Trump | saying | Putin had been "extremely strong and powerful" in his denial
Trump | said | his advisers had told him "they think it's Russia,"
his advisers | told | "they think it's Russia,"
"{they} think | think | it's Russia
Trump | added | "President Putin says it's not Russia. I don't see any reason why it would be."
"{President Putin} says | says | it's not Russia
a reporter | asked | whether he had wanted Trump to win the election
Putin | replied | "Yes, I did."
Sen. John McCain, R-Arizona | called | the news conference "one of the most disgraceful performances" by an American president in memory
House Speaker Paul Ryan | said | there was "no question" that Russia had interfered ++ it "remains hostile to our most basic values."
former House Speaker Newt Gingrich | tweeted | the remarks were "the most serious mistake of his presidency" and needed to be "corrected -- immediately."
Coats | said | "The intelligence community's assessment ~~ unvarnished judgment,"
Senate Minority Leader Chuck Schumer | said | Trump had put "the interests of Vladimir Putin" ahead of those of the American people
A White House official | told | aides had urged Trump to confront Putin publicly over the election interference ++ he had declined
aides | urged | Trump to confront Putin publicly over the election interference
Another official | described | the mood on Air Force One on the flight home as "funereal."
He | said | he had meant to say "wouldn't" instead of "would."
Trump | told | "The sentence should have been, 'I don't see any reason why it wouldn't be Russia,'"
Trump | told | "Sort of a double negative."
{he} departed | add | it "could be other people also,"
several Democrats | pointed out | a line that ++ undercut the correction he had just made
Rep. Adam Schiff | told | "He's walking it back and walking it forward in the same breath,"
Rep. Adam Schiff | told | "Nobody should take comfort in this."
- | Asked | whether he believed the clarification was sincere
whether {he} believed | believed | the clarification was sincere
he | said | "I'd like to,"
"""

SPEC["pq_013"] = """
Mueller | says | charging Trump was ‘not an option’
Mueller | said | if his office had been confident the president “clearly did not commit a crime,” it “would have said so.”
he | said | Under long-standing Justice Department policy ++ charging a sitting president was “not an option we could consider.”
Mueller | said | “The report speaks for itself,”
Mueller | said | “Anything I would say in front of Congress is already on those pages.”
{He} made clear | made clear | he had no interest in testifying
{He} also said | said | Russia’s interference in the 2016 election “deserves the attention of every American.”
two people briefed on the planning | According to | Mueller’s team had told the Justice Department weeks ago that the special counsel wanted to speak publicly before returning to private life
Mueller’s team | told | the special counsel wanted to speak publicly before returning to private life
House Judiciary Chairman Jerry Nadler (D-N.Y.) | said | it now “falls to Congress” to respond ++ “no option is off the table.”
Sen. Kamala Harris (D-Calif.) | tweeted | Mueller had “basically returned an impeachment referral.”
- | Asked | whether the statement changed her calculus
she | said | Democrats would keep building “an ironclad case” before taking any vote
One senior Democratic aide | said | the leadership’s strategy had not changed: “Investigate, litigate, and then decide.”
he | tweeted | “nothing changes” ++ “the case is closed!”
White House press secretary Sarah Sanders | said | Mueller had confirmed there was “no collusion” ++ it was “time to move on.”
{Mueller} had confirmed | confirmed | there was “no collusion”
Attorney General William Barr | written | the evidence was “not sufficient” to establish obstruction
Mueller | complained | his summary “did not fully capture the context, nature, and substance” of the findings
Rep. Doug Collins (R-Ga.) | told | the statement “didn’t move the ball an inch.”
Senate Majority Leader Mitch McConnell | declared | the matter “case closed”
some House Republicans | conceded | the optics were not great
one GOP lawmaker | said | “It was nine minutes of a very serious man saying ‘I didn’t clear him,’”
a very serious man | saying | ‘I didn’t clear him,’
one GOP lawmaker | said | “That doesn’t help us.”
"""

SPEC["pq_014"] = """
Trump | Says | He 'Was Not Happy' With It
President Trump | said | he "was not happy" when supporters ~~ about Rep. Ilhan Omar
supporters at his rally in Greenville, North Carolina | chanting | "Send her back!"
President Trump | claimed | he had tried to cut it off
Trump | told | "I didn't like it, and I moved on very fast,"
Trump | told | "I think I'd be more forceful next time, if it happens again."
"{I} think I'd | think | I'd be more forceful next time, if it happens again
Video of the rally | shows | the chant going on for about 13 seconds while the president paused and looked out over the crowd
Trump | tweeted | the four lawmakers should "go back" to the countries they came from
Omar | told | she was "not going anywhere."
she | said | "This is my country,"
she | said | "I earned my seat the same way he earned his."
House Minority Leader Kevin McCarthy | said | the chant "has no place in our party."
Sen. Lindsey Graham of South Carolina | said | the chant was "not helpful,"
{he} insisted | insisted | Democrats' policies were "the real issue" voters would weigh in 2020
Rep. Mark Walker of North Carolina | said | he had found the chant "offensive."
He | said | he had passed that view along to senior White House staff
- | reportedly | Ivanka Trump ++ urged her father to disavow the chant
Ivanka Trump | urged | her father to disavow the chant
Brenda Sutter | said | "It wasn't about race. It was about loyalty,"
Brenda Sutter | said | "If you hate this country that much, why stay?"
Hobbs | said | "I'm for the president, a hundred percent,"
Hobbs | said | "But I wouldn't have chanted that. That's not who we are."
A Trump campaign adviser | said | the campaign had no plans to discourage supporters from chanting at future rallies
the adviser | said | "The president doesn't script the crowd,"
the adviser | said | "They're Americans. They get to say what they want."
"""

SPEC["pq_015"] = """
Pelosi | says | he ‘gave us no choice’
two articles of impeachment | accuse | him of abusing his power and obstructing Congress
Speaker Nancy Pelosi | said | “Very sadly, ~~ tried to hide it. ++ “If we do not act, we fail our oath. That is the hard truth of this day.”
{The president} asked | asked | a foreign government to help him win an election
House Minority Leader Kevin McCarthy | accused | Democrats of trying to “undo” the 2016 election
Rep. Barry Loudermilk of Georgia | saying | Pontius Pilate had given Jesus more rights than Democrats had given the president
aides | said | Trump watched none of it live
Trump | told | “They’re not impeaching me, they’re impeaching you,”
Trump | told | “And you’re going to remember it next November.”
- | asked | whether she would send the articles to the Senate right away
the speaker | said | “He gave us no choice, none at all,”
the speaker | said | “What we did today ~~ not by politics.”
Pelosi | refused to say | when she would transmit the articles
Pelosi | telling | the House wanted to see “what the process is” on the other side of the Capitol
Senate Majority Leader Mitch McConnell | said | he is coordinating with the White House and is “not an impartial juror.”
Senate Minority Leader Chuck Schumer | said | Democrats would demand testimony from four witnesses, including acting White House chief of staff Mick Mulvaney
Press secretary Stephanie Grisham | said | the president was “confident he will be fully exonerated.”
two aides familiar with his plans | according to | One of them, Rep. Jeff Van Drew of New Jersey, is expected to switch parties this week
Rep. Tulsi Gabbard of Hawaii | saying | she could not “in good conscience” vote either way
he | said | “I’ve said all along that the evidence is there,”
“{I}’ve said | {said} all along | the evidence is there
he | said | “It wasn’t close.”
"""

SPEC["pq_016"] = """
Romney | Calling | Conduct 'Appalling'
Mr. Romney | said | the president was guilty of "an appalling abuse of public trust."
Mr. Romney | said | "I made a promise before God to be an impartial juror,"
Mr. Romney | said | "I take that promise seriously ~~ for my party."
He | said | he knew he would face "enormous" criticism at home
Donald Trump Jr. | wrote | Mr. Romney should be "expelled" from the Republican Party
Senator Lamar Alexander of Tennessee | said | it was "inappropriate" for Mr. Trump to ask Ukraine to investigate Joseph R. Biden Jr. ++ the conduct did not rise to an impeachable offense
for {Mr. Trump} to ask | ask | Ukraine to investigate Joseph R. Biden Jr.
Senator Susan Collins of Maine | said | she believed the president had "learned" from the experience
{she} believed | believed | the president had "learned" from the experience
Senator Mitch McConnell of Kentucky | told | the House case was "the most rushed, least fair" impeachment in history
he | predicted | the episode would prove "a loser" for Democrats in November
Representative Adam B. Schiff of California | said | an acquittal reached without witnesses "carries no weight."
he | warned | if right did not matter, "we're lost."
Mr. Jones | said | the evidence was "clear and compelling."
{he} described | described | the impeachment as "evil" and "corrupt"
{he} described | and {said} he had been | he had been "treated very unfairly."
he | said | "It was a disgrace, and everybody in this room knows it,"
{He} also singled | saying | the senator had used "religion as a crutch."
- | Asked | whether the president intended to campaign against Mr. Romney
a White House spokesman | said | "The president is focused on 2020, not on one senator."
"""

SPEC["pq_017"] = """
Iowa Democrats | blame | ‘coding issue’ for caucus chaos
Buttigieg | says | campaign is ‘victorious’
The Iowa Democratic Party | said | a “coding issue” in a new smartphone app ~~ Monday night’s caucuses
The Iowa Democratic Party | insisted | the underlying data was “sound.”
state party Chairman Troy Price | said | “The underlying data collected by precinct chairs was never compromised,”
state party Chairman Troy Price | said | “This was a reporting problem, not a hacking problem.”
Price | said | the party would release “the majority” of results by late afternoon
former South Bend Mayor Pete Buttigieg | told | “by all indications” his campaign was heading to New Hampshire “victorious.”
its own internal numbers | showing | him in first place
Sanders | joked | “At some point, I’m told, they’re going to count the votes,”
- | I’m {told} | At some point ++ they’re going to count the votes | c2
Sanders | joked | “I have a feeling we’re going to do very, very well.”
the campaign | said | there were “considerable flaws” in the reporting system
the campaign | demanded | “full explanations” before any results were released
two people who spoke with him Monday night | according to | Democratic National Committee Chairman Tom Perez was “furious” about the delay
A source familiar with the party’s operation | told | the app had never been tested on a statewide scale
Precinct chairs across the state | said | they had trouble downloading it, logging in, or both
Kelsey Vandermolen | said | “The app just spun and spun,”
she | said | “At one point I just started writing everything on the back of an envelope,”
Trump campaign manager Brad Parscale | tweeted | Democrats, who “can’t even run a caucus,” wanted to “run the government.”
President Donald Trump | called | the Democratic contest “an unmitigated disaster.”
Some Iowa Democrats | worry | the fiasco could cost the state its coveted first-in-the-nation status
Ruth Jessup | said | “I’ve defended Iowa going first my whole adult life,”
Ruth Jessup | said | “After last night, I don’t know how anybody does that with a straight face.”
"""

SPEC["pq_018"] = """
Clyburn | said | "we know Joe."
the House majority whip | told | he was "fearful for the future of this country."
he | said | "We know Joe, and Joe knows us,"
exit polls | according to | Nearly half of Democratic primary voters said Clyburn's endorsement was an important factor in their decision
Nearly half of Democratic primary voters | said | Clyburn's endorsement was an important factor in their decision
Ernestine Pough | said | "Mr. Clyburn made it official for me,"
Ernestine Pough | said | "I was leaning Biden anyway. He just pushed me the rest of the way."
Biden | told | "A week ago they were writing my political obituary,"
Biden | told | "Tonight you wrote something else."
Sanders | said | "We didn't win in South Carolina tonight, and I won't pretend otherwise,"
Sanders | said | "But there are a whole lot of states left."
Tom Steyer | telling | he could not "see a path to the presidency."
- | I'm {told} | his staff found out about an hour before he did it
{I} caught up | asked | whether he had expected a margin this large
he | said | "Not this big,"
he | said | "I thought we'd win by 15."
"{I} thought | thought | we'd win by 15
My friend Marcus | telling | the state would break for Biden
My friend Marcus | texted | "Told ya."
Every national poll for a month | said | Biden was fading
Every voter I talked to in Orangeburg and Sumter | said | they trusted him, and they did not need a focus group to tell them why
"""

SPEC["pq_019"] = """
Bloomberg | said | "I got into this race to beat Donald Trump, and I'm getting out of it for the same reason,"
Bloomberg | said | "The math is the math."
two people in the room | according to | Bloomberg later told staff at his Manhattan headquarters that he would keep funding the effort to defeat Trump "no matter who the nominee is,"
Bloomberg | told | he would keep funding the effort to defeat Trump "no matter who the nominee is,"
Biden | told | "They don't call it Super Tuesday for nothing,"
one senior Biden adviser | said | "It's a consolidation nobody saw coming a week ago,"
Sen. Bernie Sanders (I-Vt.) | told | the race was now "a two-person contest" ++ he would draw sharp contrasts with Biden on Social Security, trade and the Iraq war
Sanders | said | "The establishment has come together,"
Sanders | said | "That doesn't surprise me, and it shouldn't surprise anybody."
A Warren campaign spokeswoman | said | the senator was "assessing the path forward" after finishing third in her home state
Warren allies | told | she had spoken with both Sanders and Biden by phone and had not decided whether to endorse either of them
President Donald Trump | tweeted | "Mini Mike" had "wasted" his money ++ the Democratic establishment had "crushed" Sanders once again
Advertising Analytics | according to | Bloomberg's campaign spent about $500 million on television, radio and digital advertising
Rep. Jim Clyburn (D-S.C.) | told | Bloomberg's departure "simplifies everything."
One Democratic National Committee member from the Midwest | said | the party had "dodged a bullet" with Bloomberg's exit
the member | said | "Nobody wanted a convention fight over whether a billionaire could buy the nomination,"
Sanders advisers | insisted | the map ahead favored them
Faiz Shakir | said | "We won Michigan in 2016 when nobody thought we could,"
{nobody} thought | thought | we could
Faiz Shakir | said | "We're going to do it again."
"""

SPEC["pq_020"] = """
Trump | Claims | 'Total' Authority Over the States
President Trump | declared | he has "total" authority to decide when states reopen their economies
constitutional scholars across the political spectrum | say | has no basis in law whatsoever
Trump | told | "When you're the president, the authority is total,"
Trump | told | "The governors know that."
Cuomo | told | "We did not elect a king,"
Cuomo | told | "The Constitution was written by people who had just fought a war to get rid of one."
Cuomo | said | he would not comply with an order that endangered New Yorkers
Cuomo | warning | such a standoff would amount to "a constitutional crisis."
Maryland Gov. Larry Hogan | said | governors, not the White House, would decide when to lift their own stay-at-home orders
Sen. Marco Rubio of Florida | wrote | the federal government "does not have the power" to reopen schools and businesses by decree
She | said | she will make decisions "based on the science, not on the politics."
Trump | tweeted | "LIBERATE MICHIGAN!"
Whitmer's office | called | "dangerous."
The protesters | chanted | "Lock her up!"
Dr. Anita Ferraro | said | "We're not reopening because a man on television says so,"
Dr. Anita Ferraro | said | "Reopening before we can test widely is how you get a second wave."
A Pew Research Center survey released Thursday | found | 66 percent of Americans were more worried that states would lift restrictions too quickly than too slowly
a recording obtained by several news outlets | according to | On a conference call with them ++ he said: "You're going to call your own shots."
he | {said}: "You're | "You're going to call your own shots."
A senior administration official | acknowledged | the president's remark on Monday had been "unhelpful"
A senior administration official | insisted | nothing had changed
the official | said | "He was always going to work with the governors,"
the official | said | "That was the plan from day one."
"""

SPEC["pq_021"] = """
Senator Susan Collins of Maine | saying | her objection was to the timing, not to the nominee
Senator Mitch McConnell of Kentucky | said | the circumstances were different now because the same party controlled the White House and the Senate
Mr. McConnell | said | “We have made a lasting contribution to the country,”
Mr. McConnell | said | “Elections come and go. This will endure.”
Senator Chuck Schumer of New York | called | the vote “a travesty”
Senator Chuck Schumer of New York | warned | they would “regret it for a long, long time.”
Judge Barrett | declined to say | whether she believed several landmark precedents had been correctly decided
whether {she} believed | believed | several landmark precedents had been correctly decided
She | told | she had “no agenda” and would decide cases “as they come.”
Senator Dianne Feinstein of California | told | they had been among “the best” hearings she had taken part in
Several progressive groups | called for | her to step aside as the committee’s ranking member
A spokesman for Ms. Feinstein | said | she had “no intention” of giving up the post
Justice Barrett | said | “A judge who likes every outcome she reaches is probably doing something wrong,”
Justice Barrett | said | “I will do this job without fear or favor.”
public health officials | according to | That gathering was later linked to a cluster of coronavirus infections ++ including among senators and White House aides
Joseph R. Biden Jr. | said | the confirmation had been “rushed” ++ the outcome should remind every American that “your vote matters.”
Mr. Biden | declined to say | whether he would support adding seats to the court
Mr. Biden | telling | they would know his position “when the election is over.”
Mr. Trump | predicted | Justice Barrett would be “an outstanding justice.”
- | Asked | whether he expected the court to decide the election
whether {he} expected | expected | the court to decide the election
{he} said he hoped | said | he hoped it would not come to that
{he} hoped | hoped | it would not come to that
"""

SPEC["pq_022"] = """
McConnell | vows | vote on Trump nominee
the court | said | Supreme Court Justice Ruth Bader Ginsburg, ~~ metastatic pancreatic cancer
Chief Justice John Roberts | said | the nation had lost "a jurist of historic stature."
Senate Majority Leader Mitch McConnell | declared | President Donald Trump's nominee "will receive a vote" on the Senate floor
Democrats | reminded | he had refused to hold hearings for Merrick Garland, President Barack Obama's nominee, in 2016
{he} had refused | arguing | voters should choose the next president before the vacancy was filled
Democratic presidential nominee Joe Biden | told | "They set the rule four years ago,"
Democratic presidential nominee Joe Biden | told | "They should live by it now."
NPR | according to | In the days before her death, Ginsburg dictated a statement to her granddaughter, Clara Spera
she | said | Her "most fervent wish," ++ was that she not be replaced "until a new president is installed."
Trump | said | he was "sad to hear" the news
Trump | called | Ginsburg "an amazing woman."
he | tweeted | Republicans had an "obligation" to fill the seat "without delay!"
Sen. Susan Collins, R-Maine | said | the nominee should be chosen by whoever wins the election in November
Sen. Lisa Murkowski, R-Alaska | told | she would not vote to confirm a nominee so close to Election Day
Several Republicans who opposed Garland's confirmation in 2016 | said | they saw no contradiction
Sen. Tom Cotton, R-Ark. | said | "The difference is simple: in 2016 the White House and the Senate were held by different parties,"
Sen. Tom Cotton, R-Ark. | said | "Today they're not."
A group of law students | chanted | "RBG! RBG!"
Yolanda Brisco | said | "She made it possible for me to be a lawyer,"
Yolanda Brisco | said | "I wanted them to see this. I wanted them to know her name."
{She} survived | and {said} repeatedly | she intended to remain on the court "as long as I can do the job full steam."
"""

SPEC["pq_023"] = """
he | said | “Will you shut up, man?”
Wallace | told | “Sir, you agreed to the rules,”
Wallace | told | “Your campaign agreed to two-minute answers.”
Asked by {Wallace} | Asked | whether he would condemn white supremacist groups
Trump | Trump {asked} | who specifically he should condemn
the President | responded | “Proud Boys, stand back and stand by.”
he | added | “The problem is on the left,”
Sen. Tim Scott of South Carolina | said | the President had “misspoke” and “should correct it.”
Biden | would not say | whether he supported adding justices to the Supreme Court if Democrats won the Senate
he | said | “The issue is this election,”
he | said | “I’m not going to let him change the subject.”
Trump | insisted | he had paid far more than the records showed
he | said | “I’ve paid millions of dollars, and you’ll see it,”
Trump | urged | his supporters to “go into the polls and watch very carefully,”
Trump | claimed | mail-in voting would lead to widespread fraud
Biden | told | the President “cannot stop you” from voting
A CNN instant poll conducted after the debate | found | 60% of debate watchers thought Biden did the better job
60% of debate watchers | thought | Biden did the better job
The Commission on Presidential Debates | said | it would change the format of the remaining debates to “ensure a more orderly discussion.”
Tim Murtaugh | accused | the commission of “moving the goalposts” in the middle of the game
one senior Biden adviser | told | “He stayed calm, and he looked presidential,”
one senior Biden adviser | told | “That was the whole ballgame.”
"""

SPEC["pq_024"] = """
His campaign | insisting | “this election is far from over.”
the statement | said | “We will be in court on Monday ~~ thrown out,”
a reporter | told | the networks had called the race
Giuliani | said | “Networks don’t decide elections,”
Giuliani | said | “Courts do.”
he | tweeted | “I WON THIS ELECTION, BY A LOT!”
a warning | saying | official sources “may not have called the race” when it was published
Biden | said | “If you voted against me, I’m still your president, and I’ll work just as hard for you,”
Biden | said | “That is the job.”
she | told | “While I may be the first woman in this office, I will not be the last,”
three people familiar with the discussions | according to | Inside the White House, aides were divided over how long the president should keep fighting
{Some} have urged | urged | him to focus on a handful of states where the margins are narrow
Others | acknowledge | the legal effort has little chance of changing the outcome
Sen. Mitt Romney (R-Utah) | writing | the Bidens were “people of good will.”
One Republican senator | said | Trump deserved “a few days” to come to terms with the loss
the senator | said | “He’ll get there,”
the senator | said | “Or he won’t, and it won’t matter.”
Secretary of State Brad Raffensperger | said | the state would recount every ballot by hand
Raffensperger | told | “We are going to count them again ~~ going to certify,”
"""

SPEC["pq_025"] = """
Georgia Official | Warns | 'Someone's Going to Get Killed'
A top Georgia election official | saying | threats against election workers had gotten so bad that "someone's going to get killed."
Gabriel Sterling | said | a young contractor in Gwinnett County had received death threats after a viral post falsely claimed he had manipulated data
a viral post | claimed | he had manipulated data
Sterling | said | "Mr. President, your silence is being heard as permission,"
Sterling | said | "It has to stop. All of it has to stop."
Trump | writing | state officials should instead "expose the massive voter fraud in Georgia."
The president's legal team | argued | thousands of absentee ballots were accepted without proper signature checks
State officials | say | a signature audit in Cobb County turned up no evidence of that
Secretary of State Brad Raffensperger | said | he voted for Trump
Secretary of State Brad Raffensperger | insists | the state's results are accurate
Raffensperger | told | "I've seen these numbers three different ways now,"
Raffensperger | told | "They come out the same every time."
Trump | calling | "hapless,"
Gov. Brian Kemp | said | state law did not allow him to overturn the certified results, even if he wanted to
Sens. Kelly Loeffler and David Perdue | called on | Raffensperger to resign
attorney Lin Wood | told | Georgia Republicans should sit out the runoffs until the state "fixes" its system
one senior Georgia GOP official | told | "If our voters stay home in January, we hand Chuck Schumer the Senate,"
one senior Georgia GOP official | told | "It's that simple."
A campaign adviser | said | the president would urge supporters to "vote like never before" ++ he would also "talk about what happened in November."
the president | urge | supporters to "vote like never before"
he | said | "I want answers, not lectures,"
he | said | "But I'm voting. You can't win if you don't play."
"""

SPEC["pq_026"] = """
Northam | Says | He Is Not in Racist Photo
Gov. Ralph Northam of Virginia | said | he was not in a racist photograph on his 1984 medical school yearbook page
Mr. Northam | said | "I did not remember the picture because I was not in it,"
Mr. Northam | said | "I am not going to resign for something I did not do."
the governor | acknowledged | he had once darkened his face with shoe polish for a dance contest in San Antonio
the governor | describing | "I had always loved ~~ I won the contest ++ "It was a mistake, and I regret it deeply. I understand now why people are hurt."
Asked by {a reporter} | Asked | whether he could still do the moonwalk
Pamela | told | "Inappropriate circumstances."
Tim Kaine and Mark Warner | said | Mr. Northam had "lost the confidence" of Virginians and should step down
Former Gov. Terry McAuliffe | said | the situation was "untenable."
Delegate Lamont Bagby | said | the caucus had met with the governor late Friday and told him it was time to go
{the caucus} had met | told | it was time to go
Two people close to the governor | said | he had called several Black leaders ~~ the photo was not of him
{he} had called | tell | he had concluded that the photo was not of him
{he} had concluded | concluded | the photo was not of him
One of them | said | the call "did not go well."
Eastern Virginia Medical School | said | it was reviewing the yearbook and would make its findings public
- | Asked | whether he could still govern effectively
Mr. Northam | said | "I believe I can. I'm not done."
"{I} believe | believe | I can
Cheryl Whitlock | said | "He apologized, and then he took it back,"
Cheryl Whitlock | said | "Which one am I supposed to believe?"
"""

SPEC["pq_027"] = """
Moore | told | “This race is too close to call, and we are not going to call it,”
Bill Armistead | told | the race would likely go to a recount
Alabama Secretary of State John Merrill | said | a recount was “highly unlikely” to change anything
a crowd | chanting | “Doug! Doug! Doug!”
he | told | “Tonight Alabama chose decency over division,”
{he} kept going | kept going | “This campaign was never about me ~~ hand to our kids ++ “And tonight, folks, you answered that question.”
He | added | Republicans would “have another shot at this seat” soon enough
Republican Richard Shelby | said | he could not vote for Moore and had written in “a distinguished Republican” instead
exit polls | according to | Black voters made up roughly 29 percent of the electorate
Organizers in Selma and Montgomery | saying | the pollsters were sleeping on them
My cousin Darlene | told | she left the Senate line blank
she | said | “I couldn’t do it,”
she | said | “I just couldn’t. Not with what those women said.”
{I} asked her | asked | whether she would vote for Jones in 2020
She | said | that was “a problem for 2020 Darlene.”
"""

SPEC["pq_028"] = """
Beijing | calls | move ‘outrageous’
the State Department | said | The Trump administration has ordered China to close its consulate in Houston within 72 hours
State Department spokeswoman Morgan Ortagus | said | the closure was intended “to protect American intellectual property and Americans’ private information.”
Chinese Foreign Ministry spokesman Wang Wenbin | called | the order “an outrageous and unjustified move” that would “sabotage” relations between the two countries
Wang | told | “If the U.S. insists on going down this wrong path, China will respond firmly,”
Chinese state media | suggested | Beijing could retaliate by shutting the U.S. consulate in Wuhan
local media | according to | In Houston, firefighters were called to the consulate ~~ in its courtyard
witnesses | reported | seeing documents being burned in open containers in its courtyard
A Houston police spokesman | said | officers had not been allowed to enter the building
Secretary of State Mike Pompeo | said | the Chinese government had been stealing American research and jobs for years
Pompeo | told | “President Trump has said, ‘No more.’ We are setting ~~ going to behave,”
“{President Trump} has said | said | ‘No more.’
- | Asked | whether more closures were possible
President Donald Trump | said | “It’s always possible.”
Sen. Marco Rubio, R-Fla. | wrote | the Houston mission was “the central node” of a vast network of Chinese spying in the United States
the Justice Department | said | two Chinese hackers working with the country’s Ministry of State Security had tried to steal coronavirus vaccine research from American companies
A senior department official | told | the hackers had “targeted the crown jewels” of the nation’s biomedical research
Former diplomats | said | the closure was the most serious step of its kind in decades
Martin Eckhardt | said | “Consulate closures are the kind of thing that is very hard to walk back,”
Martin Eckhardt | said | “Once you start, the other side has to answer, and then you have to answer them.”
The Chinese Embassy in Washington | said | its diplomats had “always abided by international law”
The Chinese Embassy in Washington | called on | the United States to “stop making groundless accusations.”
"""

SPEC["pq_029"] = """
Trump | told | 'Don't be a fool!'
White House | confirms | Trump told Erdogan 'Don't be a fool!' in letter
a copy released by the White House on Wednesday | according to | President Donald Trump warned Turkish President Recep Tayyip Erdogan in a letter last week not to be "a tough guy" or "a fool,"
President Donald Trump | warned | Turkish President Recep Tayyip Erdogan ++ not to be "a tough guy" or "a fool,"
Trump | wrote | "Let's work out a good deal!"
the letter | concludes | "Don't be a tough guy. Don't be a fool!"
the BBC's Turkish service | according to | Erdogan threw the letter "in the trash,"
House Speaker Nancy Pelosi | described | "a meltdown" by the President
Senate Minority Leader Chuck Schumer | told | "I have never seen anything like it, and I've been around a long time,"
Trump | tweeted | "Nervous Nancy's unhinged meltdown!"
White House press secretary Stephanie Grisham | said | the President had been "measured, factual and decisive," while Pelosi's walkout was "baffling but not surprising."
Sen. Lindsey Graham of South Carolina | said | the withdrawal of US troops was "a disaster in the making" ++ he would introduce sanctions against Turkey
Senate Majority Leader Mitch McConnell | called | it "a grave strategic mistake."
He | said | the Kurds were "no angels" ++ the fighting along the border "has nothing to do with us."
Trump | said | "They've been fighting each other for hundreds of years,"
Trump | said | "Let them work it out."
notes of the conversation obtained by CNN | according to | Their commander, Mazloum Abdi, told a US diplomat that "you are leaving us to be slaughtered,"
Mazloum Abdi | told | "you are leaving us to be slaughtered,"
A senior administration official | told | the Pentagon had not been consulted ~~ set the withdrawal in motion
- | Asked | whether he regretted the decision
he | said | "No,"
he | said | "I campaigned on getting out of these endless wars."
"""

SPEC["pq_030"] = """
Laura Bush | calls | family separations ‘cruel’
Laura Bush | called | the administration’s zero-tolerance policy “cruel” and “immoral.”
She | wrote | images of children held in chain-link enclosures were “eerily reminiscent” of the internment of Japanese Americans during World War II
Attorney General Jeff Sessions | said | Christians should heed the apostle Paul’s command in Romans 13 to “obey the laws of the government.”
White House press secretary Sarah Sanders | told | it was “very biblical to enforce the law.”
Homeland Security Secretary Kirstjen Nielsen | tweeted | her department did “not have a policy of separating families at the border. Period.”
{she} had said | {said} did not exist | did not exist
Nielsen | said | “This administration did not create this problem,”
Nielsen | said | “We are enforcing the laws that Congress passed.”
Legal experts across the spectrum | said | no statute requires it
he | wrote | Democrats were “the problem” and wanted migrants to “pour into and infest our Country.”
A spokeswoman for Melania Trump | said | the first lady “hates to see children separated from their families” and hoped both parties could finally come together on immigration reform
{the first lady} “hates | hoped | both parties could finally come together on immigration reform
Cardinal Daniel DiNardo | called | the separations “immoral.”
A Quinnipiac poll released Monday | found | two-thirds of voters opposed them
Rosalind Teague | said | “You can’t spin a recording of a six-year-old crying for her mother,”
Rosalind Teague | said | “Nobody who hears that thinks this is about the law.”
Nobody who hears that | thinks | this is about the law
She | told | the group had been trying for a week to learn where the children from one shelter had been sent
she | said | {So far}, she said ++ officials have told them only that the children are “safe and accounted for.”
officials | told | the children are “safe and accounted for.”
she | repeated | “Safe,”
she | repeated | “Where? With whom? For how long?”
"""


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
