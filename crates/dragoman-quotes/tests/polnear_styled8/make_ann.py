#!/usr/bin/env python3
"""Write the brat standoff files of polnear_styled8 from the spec at the end
of this file.

Spec: under a line `=== pq_NNN`, one line per attribution relation,

    SOURCE | CUE | CONTENT [| c2]

with every string copied from the text. `-` marks a relation without a
Source. ` ++ ` separates the pieces of a discontinuous Content (one piece per
paragraph for a quote that runs over several paragraphs), `PREFIX ~~ SUFFIX`
stands for the shortest stretch of one paragraph that starts with PREFIX and
ends with SUFFIX, and `c2` writes the pieces as Content, Content2, ...
arguments instead of one T line with `;` segments. Braces pick a target out of
a longer context in any field (`{said} on Tuesday`, `Mr. {Dean}`). Lines
starting with `#` are comments.

Offsets are found by exact search, on word boundaries where a locator starts
or ends with a letter or digit, and never just before a possessive or
contracted 's. A Content piece must occur exactly once in the text. The Cue is
the occurrence nearest the Content and the Source the occurrence nearest the
Cue; neither may overlap the relation's own Content; an occurrence in the same
paragraph is preferred, and a tie is an error. Offsets are never written by
hand.

    python3 make_ann.py                     # rewrite ann/*.ann
    python3 make_ann.py --review            # every relation in context, with flags
    python3 make_ann.py --review --flagged  # only relations whose Cue/Source had rivals
    python3 make_ann.py --review --only pq_007
    python3 make_ann.py --check             # also read the files back with score.py
"""

import argparse
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_DIR = HERE / "text"
ANN_DIR = HERE / "ann"
SCORE_PY = HERE / ".." / ".." / ".." / ".." / ".." / "shared" / "eval" / "score.py"
ANN_SUFFIX = "_ann1.ann"


class SpecError(Exception):
    pass


def is_word(ch):
    return ch.isalnum() or ch == "_"


def unbrace(locator):
    """(context without braces, target start, target end) within the context."""
    if locator.count("{") != locator.count("}") or locator.count("{") > 1:
        raise SpecError(f"bad braces in {locator!r}")
    if "{" not in locator:
        return locator, 0, len(locator)
    a = locator.index("{")
    b = locator.index("}")
    if b < a:
        raise SpecError(f"bad braces in {locator!r}")
    context = locator[:a] + locator[a + 1:b] + locator[b + 1:]
    return context, a, b - 1


def find_all(text, context):
    """Start offsets of context in text, on word boundaries, never before 's."""
    found, start = [], 0
    if not context:
        raise SpecError("empty locator")
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
            if text[j:j + 2] in ("'s", "’s") and (j + 2 >= len(text) or not is_word(text[j + 2])):
                continue
        found.append(i)


def para(text, pos):
    """Paragraph number of an offset (paragraphs are single lines)."""
    return text.count("\n", 0, pos)


def gap(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def locate_piece(text, piece):
    if " ~~ " in piece:
        prefix, suffix = piece.split(" ~~ ")
        ends = {}
        for p in find_all(text, prefix):
            stop = text.find("\n", p)
            stop = len(text) if stop < 0 else stop
            for s in find_all(text, suffix):
                if s >= p + len(prefix) and s + len(suffix) <= stop:
                    end = s + len(suffix)
                    ends[end] = max(ends.get(end, -1), p)
                    break
        if len(ends) != 1:
            raise SpecError(f"content piece {piece!r}: {len(ends)} candidates")
        (end, start), = ends.items()
        return (start, end)
    context, ts, te = unbrace(piece)
    found = find_all(text, context)
    if len(found) != 1:
        raise SpecError(f"content piece {piece!r}: {len(found)} occurrences")
    return (found[0] + ts, found[0] + te)


def pick(text, locator, anchors, forbidden, role):
    """The occurrence of locator nearest the anchor spans, preferring the
    anchors' paragraphs; returns (span, number of rivals in that paragraph)."""
    context, ts, te = unbrace(locator)
    spans = [(i + ts, i + te) for i in find_all(text, context)]
    spans = [s for s in spans if not any(overlaps(s, f) for f in forbidden)]
    if not spans:
        raise SpecError(f"{role} {locator!r}: not found outside the Content")
    paras = {para(text, a[0]) for a in anchors} | {para(text, a[1]) for a in anchors}
    same = [s for s in spans if para(text, s[0]) in paras]
    pool = same or spans
    ranked = sorted(pool, key=lambda s: min(gap(s, a) for a in anchors))
    if len(ranked) > 1 and min(gap(ranked[0], a) for a in anchors) == min(gap(ranked[1], a) for a in anchors):
        raise SpecError(f"{role} {locator!r}: tie between two occurrences")
    return ranked[0], len(same)


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
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
            raise SpecError(f"spec line {number}: expected SOURCE | CUE | CONTENT [| c2]")
        docs[current].append((number, fields[0], fields[1], fields[2].split(" ++ "), len(fields) == 4))
    return docs


def resolve(text, entries):
    relations = []
    for number, source, cue, pieces, c2 in entries:
        try:
            content = sorted(locate_piece(text, p) for p in pieces)
            for x, y in zip(content, content[1:]):
                if overlaps(x, y):
                    raise SpecError("content pieces overlap")
            cue_span, cue_rivals = pick(text, cue, content, content, "cue")
            src_span, src_rivals = (None, 0)
            if source != "-":
                src_span, src_rivals = pick(text, source, [cue_span], content + [cue_span], "source")
        except SpecError as e:
            raise SpecError(f"spec line {number}: {e}") from None
        relations.append({"line": number, "cue": cue_span, "source": src_span, "content": content,
                          "c2": c2, "rivals": (cue_rivals, src_rivals)})
    relations.sort(key=lambda r: (r["content"][0][0], -r["content"][-1][1], r["line"]))
    return relations


def render(text, relations):
    tlines, ids, elines = [], {}, []

    def tid(kind, segments):
        key = (kind, tuple(segments))
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offsets = ";".join(f"{a} {b}" for a, b in segments)
            covered = " ".join(text[a:b] for a, b in segments)
            tlines.append(f"{ids[key]}\t{kind} {offsets}\t{covered}")
        return ids[key]

    for n, r in enumerate(relations, 1):
        args = [f"Attribution:{tid('Cue', [r['cue']])}"]
        if r["source"]:
            args.append(f"Source:{tid('Source', [r['source']])}")
        if r["c2"]:
            for k, seg in enumerate(r["content"], 1):
                args.append(f"Content{k if k > 1 else ''}:{tid('Content', [seg])}")
        else:
            args.append(f"Content:{tid('Content', r['content'])}")
        elines.append(f"E{n}\t" + " ".join(args))
    return "\n".join(tlines + elines) + "\n"


def verify(text, ann):
    """Problems in an .ann string: span text, empty spans, line breaks, refs."""
    problems, names = [], set()
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T"):
            names.add(fields[0])
            kind, _, offsets = fields[1].partition(" ")
            segments = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            covered = " ".join(text[a:b] for a, b in segments)
            if covered != fields[2]:
                problems.append(f"{fields[0]}: text differs")
            for a, b in segments:
                if not (0 <= a < b <= len(text)) or "\n" in text[a:b]:
                    problems.append(f"{fields[0]}: empty, out of range or crossing a line break")
                if text[a:b] != text[a:b].strip():
                    problems.append(f"{fields[0]}: span starts or ends with a space")
    for line in ann.splitlines():
        if line.startswith("E"):
            for arg in line.split("\t")[1].split():
                if arg.partition(":")[2] not in names:
                    problems.append(f"{line.split()[0]}: unknown {arg}")
    return problems


def context_of(text, span, width=60):
    a, b = span
    left = text[max(0, a - width):a].replace("\n", " / ")
    right = text[b:b + width].replace("\n", " / ")
    return f"…{left}[{text[a:b]}]{right}…"


def load_score():
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--review", action="store_true", help="list every relation in context")
    parser.add_argument("--flagged", action="store_true", help="with --review: only relations with rivals")
    parser.add_argument("--only", help="with --review: one text stem")
    parser.add_argument("--check", action="store_true", help="read the files back with score.py's parse_ann")
    args = parser.parse_args()

    docs = parse_spec(SPEC)
    texts = sorted(p.stem for p in TEXT_DIR.glob("*.txt"))
    missing = [t for t in texts if t not in docs]
    unknown = [d for d in docs if d not in texts]
    if missing or unknown:
        sys.exit(f"texts without spec: {missing}; spec without text: {unknown}")
    outputs, total, problems = {}, 0, 0
    for stem in texts:
        text = (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        try:
            relations = resolve(text, docs[stem])
        except SpecError as e:
            sys.exit(f"{stem}: {e}")
        ann = render(text, relations)
        for p in verify(text, ann):
            print(f"{stem}: {p}")
            problems += 1
        outputs[stem] = ann
        total += len(relations)
        if args.review and (not args.only or args.only == stem):
            print(f"=== {stem}")
            for r in relations:
                cue_rivals, src_rivals = r["rivals"]
                flag = []
                if cue_rivals > 1:
                    flag.append(f"cue x{cue_rivals}")
                if r["source"] and src_rivals > 1:
                    flag.append(f"source x{src_rivals}")
                if args.flagged and not flag:
                    continue
                print(f"-- spec line {r['line']}" + (f"  FLAG {', '.join(flag)}" if flag else ""))
                print(f"   CUE     {context_of(text, r['cue'])}")
                if r["source"]:
                    print(f"   SOURCE  {context_of(text, r['source'])}")
                print(f"   CONTENT {' ++ '.join(text[a:b] for a, b in r['content'])}")
    if problems:
        sys.exit(f"{problems} problems; nothing written")
    ANN_DIR.mkdir(exist_ok=True)
    for stem, ann in outputs.items():
        (ANN_DIR / f"{stem}{ANN_SUFFIX}").write_text(ann, encoding="utf-8")
    print(f"{len(outputs)} files, {total} relations written to {ANN_DIR.name}/", file=sys.stderr)
    if args.check:
        score = load_score()
        direct = indirect = 0
        for stem in texts:
            text = score.read_text_file(TEXT_DIR / f"{stem}.txt")
            found = score.parse_ann(ANN_DIR / f"{stem}{ANN_SUFFIX}", text)
            if len(found) != sum(1 for l in outputs[stem].splitlines() if l.startswith("E")):
                sys.exit(f"{stem}: parse_ann read {len(found)} attributions")
            direct += sum(a["direct"] for a in found)
            indirect += sum(not a["direct"] for a in found)
        print(f"parse_ann: {len(texts)} files, {direct + indirect} attributions, "
              f"{direct} direct, {indirect} indirect", file=sys.stderr)


# ---------------------------------------------------------------------------
# Spec: SOURCE | CUE | CONTENT [| c2], strings copied from the texts.

SPEC = r"""
=== pq_001
Kennedy | says | Soviet missiles threaten hemisphere
President Kennedy | told | the Soviet Union had secretly built offensive missile sites in Cuba
he | called | a "strict quarantine" on all offensive military equipment bound for it
the president | said | "These sites have one purpose ~~ this hemisphere,"
Kennedy | warned | any missile fired from Cuba ~~ the United States itself,"
he | called on | Premier Khrushchev to "stop this reckless gamble and take the weapons home."
Defense Secretary Robert S. McNamara | said | American warships would stop and search any vessel "that we believe is carrying offensive weapons," ++ ships refusing to halt could be disabled
we | believe | is carrying offensive weapons
- | were told | the evidence was beyond doubt
Sen. Richard B. Russell, D-Ga. | said | "The photographs leave no room for argument,"
Sen. Richard B. Russell, D-Ga. | said | "The only question is whether a blockade goes far enough."
An aide to Sen. J. William Fulbright, D-Ark. | said | the senator had argued in the meeting that an invasion would be surer than a blockade, but would "stand behind the President now that the decision is made."
the senator | argued | an invasion would be surer than a blockade
Sen. Everett M. Dirksen, R-Ill. | told | "We stand with the President tonight,"
- | Asked | whether the Republican campaign for next month's elections would go on as planned
Dirksen | said | "Politics can wait a week. This cannot."
a statement | calling | the blockade "an act of piracy"
a statement | warning | Soviet ships would not submit to searches on the open sea
Tass | said | the United States was "playing with fire."
Ambassador Adlai E. Stevenson | said | he would ask the Security Council to meet in emergency session
he | ask | the Security Council to meet in emergency session
Stevenson | said | "We did not seek this confrontation," ++ "but we will not run from it."
several hundred Cuban exiles | chanted | "Libertad! Libertad!"
Rafael Oquendo | said | he had waited three years for "the Americans to finally mean it."
The White House | said | the president would stay in Washington and had canceled the rest of his campaign travel
press secretary Pierre Salinger | told | "He is not going anywhere this week,"
press secretary Pierre Salinger | told | "Neither are we."

=== pq_002
Dirksen | Says | Its ‘Time Has Come’
Mr. Dirksen | told | no army could hold back “an idea whose time has come.”
he | said | “It will not be stopped,”
he | said | “It will not be put off for another generation.”
Senator Richard B. Russell of Georgia | said | the bill handed the Federal Government ~~ dared to grant.”
He | predicted | the public accommodations section would be tested in the courts within weeks
Mr. Russell | said | “We have lost this fight ~~ they will not pretend to. ++ “I have been here 31 years. ~~ never see it again.”
Senator Robert C. Byrd | called | the measure “the gravest invasion of the rights of property in my lifetime.”
Mr. Humphrey | said | “I have waited 16 years for this roll call,”
Mr. Humphrey | said | “There were nights I was not sure I would live to see it.”
- | Asked | whether he expected the House to accept the Senate’s changes
he | expected | the House to accept the Senate’s changes
the senator | said | he had “every reason to believe” the House leaders would go along
he | believe | the House leaders would go along
President Johnson | said | the Senate had “acted with courage and with wisdom”
President Johnson | urged | the House to pass the bill “without delay and without a single change.”
a telegram | calling | the vote “a victory for the conscience of the nation.”

=== pq_003
Reagan | asks | if they are 'better off'
Carter | calls | rival's views 'dangerous'
the Republican nominee | asked | "Are you better off than you were four years ago?"
he | went on | "Is there more work in your town, or less? Do you feel safer in the world than you did?"
President Carter | describing | his opponent as a man whose ideas on nuclear arms were "dangerous for this country and for the world."
He | said | Reagan had repeatedly called for American military force in trouble spots abroad
Reagan | called for | American military force in trouble spots abroad
Carter | said | Reagan had campaigned against the program in the 1960s
the former California governor | said | "There you go again."
- | had been asked | to stay silent
Carter aides | said | the line "was a performance, not an answer."
Carter | told | he had asked his 13-year-old daughter, Amy, what the most important issue was ++ she had told him "the control of nuclear arms."
he | had asked | what the most important issue was
she | had told | "the control of nuclear arms."
one Reagan adviser | asked | "So now we're taking our arms policy from the eighth grade?"
A Carter campaign aide | asked | we withhold his name
A Carter campaign aide | conceded | the Amy answer "did not land the way anybody wanted it to."
Anderson | says | he was 'shut out'
the League of Women Voters | said | his support in the polls had fallen below its threshold
Anderson | told | "The American people were shut out of half of this debate tonight, not just me,"
Anderson | told | "I think they noticed."
I | think | they noticed
A call-in poll run by ABC News after the debate | found | callers favored Reagan by about two to one
the network | cautioned | the count was not a scientific sample
Patrick Caddell | called | the call-in numbers "meaningless"
Patrick Caddell | said | the president's own surveys showed a dead heat
Reagan's advisers | said | he would spend most of the final week in the industrial states
campaign director William J. Casey | said | "Ohio, Michigan, Illinois, Pennsylvania,"
campaign director William J. Casey | said | "That's where this gets decided, and we like where we stand."
a reporter | Asked | whether the president thought he had won
the president | thought | he had won
press secretary Jody Powell | said | "He thinks he told people the truth. That's what he came to do."
He | thinks | he told people the truth

=== pq_004
LBJ | tells | ‘we shall overcome’
Southern Democrats | vow | to fight voting bill
President Johnson | asked | lawmakers to pass a voting rights bill “this session, not next session, and without one word of compromise.”
the president | said | “And we shall overcome,”
Two White House aides | said | Johnson wrote much of the closing passage himself late Sunday
One of them | said | Johnson had told his speechwriters: “I want every sheriff in Alabama to hear this one.”
Johnson | had told | “I want every sheriff in Alabama to hear this one.”
Senate Majority Leader Mike Mansfield (D-Mont.) | said | the leadership would send the bill to the floor “within weeks, not months.”
Minority Leader Everett Dirksen (R-Ill.) | told | he expected “a strong bill and a quick one.”
Sen. Allen Ellender (D-La.) | called | the proposal “a federal invasion of the ballot box,”
Sen. Strom Thurmond (R-S.C.) | said | the bill was “unconstitutional on its face.”
Thurmond | predicted | the Supreme Court would strike down its core within a year
A senior Southern aide | asked | to remain anonymous
A senior Southern aide | said | the mood in the cloakroom was “grim, and getting grimmer.”
the aide | said | “They know the votes aren’t there anymore,”
the aide | said | “Selma changed the arithmetic in about 48 hours.”
the Justice Department’s own figures | According to | only about 2 percent of Black adults in Dallas County, Ala., are on the voter rolls
Rep. Emanuel Celler (D-N.Y.) | said | hearings would open Thursday
- | Asked | whether the ban on literacy tests would come out of his committee intact
Celler | said | “If I have anything to say about it, it will come out stronger.”
He | told | he would back “a bill that can survive the courts,”
he | warned | Democratic leaders not to “load it up with everything on the wish list.”
a statement | saying | the president had spoken “with a conviction no president has shown before.”
A King aide reached by telephone | put it more plainly | “He said it. Now we’ll see whether they mean it.”
One Democratic aide on the Judiciary Committee | predicted | the bill would clear both chambers by summer, “if nobody blinks.”

=== pq_005
Reagan | vows | the fight 'is not over'
Sen. Jesse Helms (R-N.C.) | in the words of | It was ++ "the day the Senate forgot whose canal it was."
We | warned | the votes were being bought one senator at a time
three Senate staffers who watched it happen | according to | The White House promised wavering members that their dams, water projects and judgeships would be taken care of
The White House | promised | their dams, water projects and judgeships would be taken care of
one of them | told | "I have never seen horse-trading like it in 20 years on the Hill,"
one of them | told | "They were handing out federal projects like Halloween candy."
Carter | called | the vote "a proof that a great nation can deal fairly with a small one"
Carter | said | the treaties would "open a new era of partnership in our hemisphere."
Torrijos | told | his National Guard would have "made the canal useless" had the Senate voted no
The State Department | said | it did not take them "as a serious threat."
Minority Leader Howard Baker (R-Tenn.) | believes | Republican primary voters have short memories
Baker | told | he had voted "for the treaty I could defend, not the one I was handed,"
Dole | said | "Howard voted his conscience,"
Dole | said | "The voters in New Hampshire will vote theirs, too."
Ronald Reagan | telling | "we bought it, we paid for it, it's ours,"
Ronald Reagan | said | "The Senate has spoken, ~~ long memories. ++ "I believe there will be ~~ another in 1980."
I | believe | there will be a reckoning in November, and another in 1980
a reporter | Asked | whether he intends to run for president on the issue
Reagan | said | it was "a little early for that question."
We | suspect | it is not early at all
Conservative groups that fought the treaties | say | they collected more than 400,000 names of new supporters during the fight

=== pq_006
Dean | Tells | He Warned Nixon of ‘a Cancer’ on the Presidency
John W. Dean 3d | told | he had warned President Nixon in March that there was “a cancer” growing on the Presidency ++ the President had shown no surprise at what he heard
he | warned | there was “a cancer” growing on the Presidency
Senator Edward J. Gurney of Florida | asked | “Mr. Dean, you have spent ~~ a great many things. ++ “Is there one piece of paper, one, ~~ before March 21?”
one piece of paper | shows | the President knew of the cover-up before March 21
Mr. Dean | answered | “No, Senator, there is not. ~~ as I know how.”
Senator Howard H. Baker Jr. of Tennessee | asked | “What did the President know, and when did he know it?”
Mr. Dean | replied | the President had known “at least since September 15,” the day Mr. Nixon congratulated him on the way the case had been handled
Senator Lowell P. Weicker Jr. | pressed | whether anyone else had heard the March 21 conversation
Mr. Dean | said | “Mr. Haldeman came in toward the end,”
Mr. Dean | said | “He heard enough.”
Senator Sam J. Ervin Jr. | asked | whether he had told the President that the cover-up could not be kept up
he | had told | the cover-up could not be kept up
Mr. Dean | replied | “I told him it was a cancer, Senator, and that it was growing daily,”
I | told | it was a cancer ++ it was growing daily
Mr. Dean | replied | “I told him it would have to be cut out or it would kill him.”
I | told | it would have to be cut out or it would kill him
Senator Ervin | asked | “And what did he say?”
Mr. Dean | answered | “He said we could get a million dollars,”
He | said | we could get a million dollars
Mr. Dean | answered | “He said it would not be hard.”
He | said | it would not be hard
Gerald L. Warren | said | the President stood by his statement of May 22 and would have nothing further to say “while the committee’s work goes on.”
Senator Gurney | told | Mr. Dean was “a man trying very hard to save his own skin,” ++ the committee had yet to hear “one word of corroboration.”
he | said | “I have listened to a great many witnesses in my life,”
he | said | “This one did not flinch.”

=== pq_007
Morse | calls | resolution ‘a blank check for war’
Sen. Wayne Morse, D-Ore. | said | “History will not be kind to this afternoon,”
Sen. Wayne Morse, D-Ore. | said | “We are handing one man the power to make war, and we are doing it in a hurry.”
Sen. Ernest Gruening, D-Alaska | said | he would not vote to send young Americans “into a jungle war with no end that anyone can see.”
the Pentagon | described | two attacks by North Vietnamese torpedo boats ~~ on Tuesday night
Defense Secretary Robert S. McNamara | told | the second attack had been “deliberate and unprovoked” and had taken place in international waters
North Vietnam’s official radio | said | Tuesday’s attack “never took place”
North Vietnam’s official radio | called | the American account “a pretext for aggression.”
Sen. Gaylord Nelson, D-Wis. | Asked | whether it would permit sending large armies of American troops onto the Asian mainland
Fulbright | said | “I have been assured by the administration ~~ if I believed he did. ++ “But the language is not narrow. I will not stand here and tell you it is.”
the administration | assured | this is meant to deter, not to expand
Johnson | said | the vote showed the world that Americans were “united in their determination” to keep the peace in the region
The president | called | the air strikes he ordered Tuesday night against North Vietnamese patrol boat bases “measured and sufficient.”
House Speaker John W. McCormack, D-Mass. | told | this was “not a day for debate, but a day for unity.”
Rep. Charles A. Halleck, R-Ind. | said | “When our ships are fired upon, there are no parties,”
Presidential nominee Barry Goldwater | said | he supported the resolution
Presidential nominee Barry Goldwater | called | it “long overdue.”
He | said | he hoped the administration had finally learned that “weakness invites attack.”
he | hoped | the administration had finally learned that “weakness invites attack.”
Harriet Lindgren | said | she had written Morse a letter “because somebody ought to tell him he isn’t alone.”
somebody | tell | he isn’t alone

=== pq_008
The crowd | chanting | “The whole world is watching! The whole world is watching!”
A kid next to me | asking | whether the cameras were really on
A police sergeant with his badge taped over | told | the two of us to “move or get moved,”
- | am told | Inside the amphitheater ++ it was nearly as bad
She | said | Senator Abraham Ribicoff of Connecticut had stood ~~ on the streets of Chicago.”
Senator Abraham Ribicoff of Connecticut | told | with McGovern in the White House “we wouldn’t have Gestapo tactics on the streets of Chicago.”
she | said | Mayor Daley ++ was on his feet in the Illinois delegation, shouting something she would not repeat over the phone
His press office | said | the mayor had been shouting at “a heckler,” not at the senator
Deb | thinks | that is a lie
he | said | he was “saddened” by the violence ++ the mayor had “a city to protect, and he protected it.”
She | said | “We did everything they told us to do. ~~ in a single primary. ++ “I have no idea what I’m supposed to tell my mother now.”
I | asked | Was it worth it?
she | said | she would vote for Humphrey in November “with a clothespin on my nose, if at all.”
I | suspect | a lot of people on Michigan Avenue tonight will not vote at all
I | think | the men who run this party believe we will come home anyway
the men who run this party | believe | we will come home anyway

=== pq_009
Nixon | Calling | It 'the Week That Changed the World'
he | told | the two nations had begun "a long march together, on different roads, toward the same goal of peace."
Mr. Nixon | said | "This has been the week ~~ in the years to come. ++ "Neither of us has given up ~~ does not exist."
we | have agreed | we will no longer pretend the other does not exist
the United States | said | it "acknowledges" that Chinese on both sides of the Taiwan Strait hold that there is "but one China," and that Taiwan is part of it
it | acknowledges | Chinese on both sides of the Taiwan Strait hold that there is "but one China," and that Taiwan is part of it
Chinese on both sides of the Taiwan Strait | hold | there is "but one China," ++ Taiwan is part of it
The Chinese side | said | it "firmly opposes" any attempt to separate the island from the mainland
American officials who were at the table | according to | Mr. Chou ++ told the President during dinner that the two countries had "waited a quarter of a century" for the handshake at Peking airport | c2
Mr. Chou | told | the two countries had "waited a quarter of a century" for the handshake at Peking airport
Henry A. Kissinger | told | the communique was "a beginning, not a settlement."
- | Asked | whether the United States would withdraw its forces from Taiwan
Mr. Kissinger | said | the document "speaks for itself,"
Representative John M. Ashbrook of Ohio | called | the communique "a sellout of a loyal ally, written in Peking's ink."
Senator Barry Goldwater of Arizona | said | he would reserve judgment but was "deeply troubled" by the language on Taiwan
Mike Mansfield of Montana | urged | closer ties with Peking
Mike Mansfield of Montana | said | the President had done "what had to be done, and did it well."
a statement | declaring | it would regard any agreement reached without its participation "as having no effect whatever."
A spokesman for the Foreign Ministry | told | Taiwan's people were "calm and resolute."
White House aides | said | he would report to Congressional leaders on Tuesday morning and to the nation later in the week

=== pq_010
O’Neill | concedes | Democrats were ‘steamrolled’
O’Neill | told | “We got run over by a train that the White House built in about 48 hours,”
O’Neill | told | “I give the man credit. He knows how to sell.”
Reagan | asked | viewers to “contact your representatives” in support of the bipartisan bill
a White House aide familiar with the calls | according to | The president also telephoned at least 30 wavering members from Camp David over the weekend
Rep. Kent Hance (D-Texas) | said | the switchboard in his district office “has not stopped ringing since the president got off the air.”
- | asked | whether he feared the leadership would strip him of his seat on the Budget Committee
he | feared | the leadership would strip him of his seat on the Budget Committee
Rep. Phil Gramm (D-Texas) | said | “They can take my committee seats ~~ about four to one. ++ “I was sent here ~~ what I did today.”
A senior Democratic leadership aide | said | O’Neill had known since Friday that the votes were gone
the aide | said | “Tip counted the same 30 names everybody else counted,”
the aide | said | “He just hoped he was wrong.”
He | hoped | he was wrong
Ways and Means Chairman Dan Rostenkowski (D-Ill.) | told | the Republican version would “bleed the Treasury white by 1984.”
He | predicted | the deficits would be “larger than anything this town has ever seen.”
House Minority Leader Bob Michel (R-Ill.) | called | the vote “a mandate finally honored.”
Senate Majority Leader Howard Baker (R-Tenn.) | said | a conference committee could finish its work “before anybody leaves town for August.”
Treasury Secretary Donald Regan | told | the administration expected the bill on the president’s desk by the end of next week
- | Asked | whether the cuts would balance the budget by 1984
Regan | said | he was “confident” they would, “if Congress does its part on spending.”
Several of the so-called “Gypsy Moth” Republicans from the Northeast | said | they had voted yes only after winning promises of money for mass transit and home heating aid

=== pq_011
Carter | says | ‘The responsibility is mine,’
Carter | told | “The decision to go was mine,”
Carter | told | “The decision to turn back was mine as well, and the blame for what happened belongs to no one else.”
We | said | this administration did not understand the men it was dealing with
the White House | calls | patient diplomacy
administration officials | according to | Secretary of State Cyrus Vance ++ argued against the mission at a meeting on April 15 and told the president he would resign whether it succeeded or not
Secretary of State Cyrus Vance | told | he would resign whether it succeeded or not
Vance | wrote | he could not “support the decision” ++ staying on would “do a disservice to you and to the country.”
A White House spokesman | declined to say | whether the president had asked Vance to stay until the hostages came home
the president | asked | Vance to stay until the hostages came home
Ayatollah Ruhollah Khomeini | said | the sandstorm that crippled the helicopters had been sent by God
he | warned | any new attempt would cost the lives of “every hostage.”
The militants holding the embassy | announced | they had scattered the captives to other cities “so that Carter will not dream of a second adventure.”
A retired Army colonel who served two tours in Vietnam | asked | we leave his name out
A retired Army colonel who served two tours in Vietnam | told | “You don’t send eight helicopters ~~ or you don’t go. ++ “Somebody in Washington ~~ got eight men killed.”
we | asked | What did the White House expect?
Ronald Reagan | said | the country should “stand behind the president” in a moment of grief
Ronald Reagan | added | the raid “should never have been necessary.”
Senator Edward Kennedy | called for | a full review by Congress
Louisa Kraemer of Racine, Wis. | said | she had stopped watching the news
she | said | “They tell me every week he’s coming home,”
They | tell | he’s coming home
she | said | “I think they believe it. I don’t anymore.”
I | think | they believe it
We | think | she speaks for a great many Americans tonight

=== pq_012
Reagan | calls | Grenada landing ‘a rescue mission’
He | said | the troops had gone in to protect about 1,000 Americans ~~ after a bloody coup last week
the president | said | “We got there first, and we got there in time,”
the president | said | “That is what matters this morning.”
Charles | said | its members had asked Washington for help
its members | asked | Washington for help
she | told | “This is not an invasion,”
she | told | “We invited our friends to come, and they came.”
We | invited | our friends to come
Weinberger | vows | Marines will stay
Marine Commandant Gen. Paul X. Kelley | called | the bombing “the work of professionals”
Marine Commandant Gen. Paul X. Kelley | said | a single truck had carried the equivalent of several tons of explosives through the gate
Defense Secretary Caspar W. Weinberger | told | the Marines would “not be driven out by murderers,”
House Speaker Thomas P. O’Neill Jr. | said | he was “deeply troubled” that congressional leaders had been told of the Grenada operation only after the orders went out
he | said | “We were informed, we were not consulted,”
he | said | “There is a difference, and the Constitution knows it.”
Senate Majority Leader Howard Baker of Tennessee | said | he backed the decision “without reservation.”
a reporter | Asked | whether the landing had been timed to draw attention away from Beirut
White House spokesman Larry Speakes | said | the suggestion was “beneath comment.”
Britain’s government | urged | Washington not to move against a Commonwealth country
Britain’s government | said | it had made its views “very clear” to the White House
Fidel Castro | said | the Cubans on the island ++ had fought only after they were fired on | c2
he | insisted | “construction workers, not soldiers,”
She | said | the students had been “scared to death for a week,” ++ she had not believed the Marines were real until one of them “handed me a canteen.”
she | believed | the Marines were real until one of them “handed me a canteen.”
A poll taken Wednesday night for SNN | found | 58 percent of those surveyed approved of the landing

=== pq_013
Ford | says | someone must 'write the end' to Watergate
Ford | said | "It is a tragedy, and all of us have had a hand in it,"
Ford | said | "It can go on and on and on, ~~ if I can, I must."
I | concluded | only I can do that
He | said | a trial would take a year or more ++ the ordeal "would be costly to the country as well as to him,"
terHorst | wrote | he could not defend the decision "in good conscience" while men who had followed Nixon's orders faced prison
He | said | he now understood that he had not handled Watergate "as firmly and as openly as I should have," ++ the burden of that failure "is one I will carry every day that is left to me."
a brief statement | saying | it had been told of the pardon on Saturday and had no further comment
Sen. Walter F. Mondale, D-Minn. | said | "Equal justice under law now has an asterisk on it,"
Sen. Robert C. Byrd, D-W.Va. | called | the pardon "a grave mistake"
Sen. Robert C. Byrd, D-W.Va. | said | it would "leave the story half told."
Sen. Barry Goldwater, R-Ariz. | said | Ford had "every right to do it,"
Sen. Barry Goldwater, R-Ariz. | added | "I wish he had waited until the facts were all out."
- | Asked | whether any arrangement had been made before Nixon left office
deputy press secretary John W. Hushen | said | "None. None of any kind. ++ "The president made this decision ~~ made it alone."
A White House telephone operator | said | calls on Sunday afternoon were running about six to one against the pardon
Walter Szymanski | said | "Jerry's a good man. That doesn't make this right,"
she | said | "It's over,"
she | said | "Let the man go home."

=== pq_014
Carter | Says | Talks Produced ‘a Framework for Peace’
Mr. Carter | said | would lead to a peace treaty between their countries within three months
Mr. Carter | said | “When we went up that mountain, I told both of these men that we might fail,” ++ “and there were nights when I was certain we had.”
I | told | we might fail
the President | said | “These agreements do not settle every question. ~~ still before us. ++ “But for the first time in 30 years ~~ how to stop fighting.”
he | said | “The President has been the engine of these talks,”
he | said | “Without him there would be nothing here tonight to sign.”
Mr. Begin | said | history would remember the meeting “not as Camp David but as the Carter conference.”
He | told | he would put the future of the Israeli settlements in the Sinai to the Knesset within two weeks “and abide by its decision.”
American officials who took part | According to | the talks nearly collapsed on Friday, when Mr. Sadat told Secretary of State Cyrus R. Vance that he intended to leave
Mr. Sadat | told | he intended to leave
the officials | said | {Mr. Carter}, the officials ++ walked to the Egyptian leader’s cabin and persuaded him to remain
Mr. Carter | persuaded | him to remain
Egyptian officials | confirmed | the Foreign Minister, Muhammad Ibrahim Kamel, had resigned in protest before the signing
Mrs. Carter | told | she had “never seen Jimmy so tired, or so happy.”
- | Asked | whether a treaty could be completed within three months
Mr. Carter | said | he believed it could “if both of these men keep the faith they have shown this week.”
the Syrian state radio | called | the agreements “a betrayal of the Arab nation.”
The Palestine Liberation Organization | said | no one had “the right to sign away Palestine.”
the framework | invites | to join talks on the future of the West Bank
King Hussein of Jordan | said | he had “not been consulted, and will not be rushed.”

=== pq_015
Shultz | says | he is 'deeply disappointed'
Secretary of State George P. Shultz | told | the talks had ended without agreement on anything
Shultz | said | "I will not dress this up,"
Shultz | said | "This is a sad moment, and we are deeply disappointed."
a senior American official who briefed reporters on the flight home | According to | Reagan told Gorbachev at the final session that the program was "not a bargaining chip and never will be."
Reagan | told | the program was "not a bargaining chip and never will be."
Gorbachev | insisted | research be confined to the laboratory for ten years
the official | said | "He wanted it all, and he wanted the one thing we could not give,"
Gorbachev | says | door 'still open'
Gorbachev | said | the Americans had come to Iceland "with nothing in their hands but old demands,"
he | told | the door to an agreement was "still open."
He | called | the weekend "a missed chance, not a dead end."
SNN | Asked | whether a summit in Washington was still possible this year
Foreign Ministry spokesman Gennadi I. Gerasimov | said | "That is a question for your president."
Reagan | said | he had gone "the extra mile, and then some."
He | repeated | "Trust, but verify."
the president | said | "I was not going to trade away America's protection for a promise,"
the president | said | "Not here, not anywhere."
Sen. Sam Nunn (D-Ga.) | said | he was "stunned" that ~~ in the room."
Bob Dole (R-Kan.) | said | Reagan had been right to walk away
Dole | said | "I'd rather have no deal than a bad deal,"
Rep. Les Aspin (D-Wis.) | questioned | whether the administration had thought through its own proposals
He | told | the White House seemed to be "making arms control up as it goes along."
White House chief of staff Donald T. Regan | said | the administration would "keep the table set" but would not budge on the defense program

=== pq_016
Kennedy | says | the vote ‘protected the Constitution’
staff on the Judiciary Committee | according to | The Senate switchboard logged tens of thousands of calls
the White House | had assumed | would never notice
Kennedy | said | “Robert Bork’s America ~~ shut on millions. ++ “That is not the America ~~ one seat closer.”
Kennedy | told | the vote had “protected the Constitution from a man who never made his peace with half of it.”
Sen. Arlen Specter (R-Pa.) | said | he had concluded after five days of testimony that ~~ with the last word.”
he | concluded | Bork’s views on equal protection were “too far outside the mainstream to be trusted with the last word.”
Sen. Alan K. Simpson (R-Wyo.) | called | the campaign against him “a lynching by advertisement.”
We | think | the senator might have chosen his words more carefully
Sen. Joseph R. Biden Jr. (D-Del.) | said | the hearings had been “the fairest in the committee’s history, whatever his friends say.”
President Reagan | said | he was “saddened” by the outcome
President Reagan | accused | the judge’s opponents of a “campaign of distortion.”
reporters | Asked | whether he would now pick a more moderate nominee
the president | said | his next choice would be someone the liberals “will object to just as much.”
a short written statement | saying | he did not regret forcing a vote
the statement | read | “The public has had its say,”
the statement | read | “That is more than can be said for some of the people who wrote about me.”
Lorraine Ashby | told | she had never worked on anything like it
she | said | “We had grandmothers on the phones who had never called a senator in their lives,”
she | said | “They called two and three times.”
she | said | The fight ++ was “a rehearsal.”

=== pq_017
Reagan | warns | they will be 'terminated' in 48 hours
President Reagan | calling | the walkout by their union an illegal strike against the public
Reagan | said | "The law is the law,"
Reagan | said | "If they are not back at their posts ~~ they will be terminated."
a reporter | Asked | whether he was prepared to fire thousands of trained workers
the president | said | "I don't think I have any choice. They've left me none."
I | think | I have any choice
Robert E. Poli | told | the controllers were "not going to be bullied back to work."
Poli | said | "Nobody in this country takes a job like this one for the money,"
Poli | said | "They take it, and they burn out in it, and we are asking the government to notice."
we | are asking | the government to notice
the union | said | "The president once told us ~~ We believed him. ++ "We are asking him now ~~ the bargaining table."
The president | told | he understood the pressures on the men and women in the towers
We | are asking | him now to remember what he wrote to us in 1980, and to come back to the bargaining table
he | promised | to take "whatever steps are necessary" to modernize the system and ease the controllers' workload
Transportation Secretary Drew Lewis | said | about half of the nation's scheduled commercial flights ~~ in the towers
He | said | the government would begin training replacements "as soon as this week."
controllers | said | they did not believe the president would carry out his threat
they | believe | the president would carry out his threat
Gary Dettweiler | asked | "He can't fire all of us. Who's going to land the planes?"
Lane Kirkland | called | the ultimatum "brutal overkill"
Lane Kirkland | said | the federation would stand with the strikers
several airline unions | urged | the controllers to go back to work and bargain from inside
Sen. Robert Dole, R-Kan. | said | the union had "miscalculated badly" ++ most Americans would side with the president

=== pq_018
my brother-in-law Rick | told | Reagan had "looked lost up there, like my dad at the end."
Mondale's people | were saying | they finally had an opening
Henry Trewhitt of The Baltimore Sun | asked | whether he had any doubt that he could handle a crisis at his age, with no sleep, at three in the morning
Reagan | said | "I will not make age an issue of this campaign. I am not going to exploit, for political purposes, my opponent's youth and inexperience."
Carol | said | "Well, that's it. It's over."
Rick | said | she was being dramatic
I | think | the rest of the debate barely mattered after that
He | said | Reagan had "no plan, none, for the 200-billion-dollar hole" in the budget
I | believe | he's right
He | wrote | "You liberals keep waiting ~~ ask yourselves why. ++ "And by the way ~~ Who does that?"
Mondale | promised | to raise our taxes
I | guess | Fair point about the taxes
Mondale | told | Reagan would raise taxes too ++ he was just the one honest enough to say so
I | think | it was the bravest thing anybody said all year
The latest Gallup poll | found | Reagan ahead by 18 points nationally
Rick | says | the gap will close
I | asked | if he really believed that
Mondale | asked | "Where's the beef?"
everybody | thought | that was the killer line of 1984

=== pq_019
Jackson | calls | treaty 'appeasement'
he | told | the agreement would leave the United States "stronger, safer and better able to keep the peace."
A White House tally seen by Senate Week | lists | 58 senators as likely or leaning yes
A senior aide to a Democratic senator who has not declared a position | said | the real number was "somewhere in the low fifties, and they know it."
Sen. Henry M. Jackson (D-Wash.) | told | signing the treaty would be "appeasement, plain and simple,"
he | compared | Carter's trip to Vienna with Neville Chamberlain's flight to Munich in 1938
White House press secretary Jody Powell | called | the comparison "offensive and historically illiterate."
Jackson's office | said | the senator "stands by every word."
Jackson's staff director | asked | not to be identified
Jackson's staff director | told | the senator would offer amendments on the Soviet Backfire bomber and on verification
the aide | said | "He doesn't want to kill it,"
the aide | said | "He wants to fix it, and if it can't be fixed, then he'll kill it."
- | Asked | whether he would support the treaty
Baker | said | "I have not made up my mind, ~~ in a hallway. ++ "When the hearings are done, I will tell you. Not before."
Republican aides | said | Baker believes the treaty can be amended in the Senate without sending negotiators back to Geneva
Baker | believes | the treaty can be amended in the Senate without sending negotiators back to Geneva
Sen. John Glenn (D-Ohio) | questioned | whether the United States can monitor Soviet missile tests now that its listening posts in Iran have been lost
Defense Secretary Harold Brown | told | the loss would be made up "within a year, by other means."
Sen. Frank Church (D-Idaho) | said | hearings would open July 9
Church | said | "We will take every question seriously," ++ "and we will take as long as it takes."
American officials standing nearby | according to | Soviet President Leonid I. Brezhnev ++ told him that "history will not forgive either of us if we fail."
Soviet President Leonid I. Brezhnev | told | "history will not forgive either of us if we fail."
Paul H. Nitze of the Committee on the Present Danger | said | the embrace "changes none of the numbers."

=== pq_020
Goldwater | tells | 'Extremism in the defense of liberty is no vice,'
the Eastern wing of this party | told | conservatives to sit in the back and wait their turn
He | told | the Republican Party would offer "a choice, not an echo,"
he | said | the Johnson administration had let the country drift "toward a government that does everything except leave people alone."
The senator | said | "I would remind you that extremism in the defense of liberty is no vice. ++ "And let me remind you also that moderation in the pursuit of justice is no virtue."
A delegate from Midland, Tex., standing next to our correspondent | shouted | "Now we've got a candidate!"
Governor Nelson A. Rockefeller of New York | told | the speech had been "dangerous, irresponsible and frightening."
We | ask | which part of liberty frightens him
a letter | called | his views "a grab bag of reckless positions."
a Scranton aide | conceded | The letter ++ "probably won Goldwater a hundred votes."
Former President Dwight D. Eisenhower | urged | the delegates to pay no attention to "columnists who want a fight more than they want the truth."
We | think | the general made his point
Democratic National Chairman John M. Bailey | said | the Republicans had nominated "a man who frightens his own party."
aides | said | President Johnson had no comment
reporters | Asked | whether he would soften the extremism line
Goldwater | said | "I meant every word of it,"
Goldwater | said | "If they want a different speech, they can nominate a different man."

=== pq_021
North | Says | He Thought Diversion Was 'a Neat Idea'
He | Thought | Diversion Was 'a Neat Idea'
Lt. Col. Oliver L. North | said | he had shredded stacks of documents in his White House office last November ++ he had believed all along that his superiors approved of what he was doing
he | believed | his superiors approved of what he was doing
Mr. Nields | asked | "Colonel, you were in your office ~~ look at the files. ++ "Is it true that you shredded ~~ knowing they were coming?"
Colonel North | answered | "I did. I'm not going to sit here and tell you otherwise."
Mr. Nields | asked | whether the President had authorized the diversion of profits from the arms sales to the Nicaraguan rebels
Colonel North | replied | "I assumed that I had the authority,"
I | assumed | I had the authority
Colonel North | replied | "I never saw it in writing, ~~ it had been approved."
I | believed | it had been approved
- | Asked | why he had supported the plan
Colonel North | said | he had thought it was "a neat idea" to use the Ayatollah's money to help the contras
he | thought | it was "a neat idea" to use the Ayatollah's money to help the contras
Senator Daniel K. Inouye of Hawaii | told | the witness was free to object on his own
Mr. Sullivan | shot back | "Well, sir, I'm not a potted plant,"
Mr. Sullivan | shot back | "I'm here as his lawyer, and I'll do my job."
Senator Warren B. Rudman | said | he had "never seen a lawyer work harder to keep his client from answering."
a committee aide | said | Telegrams of support were arriving at the committee offices by the hundreds
many of them | urging | members to "leave the man alone."
Marlin Fitzwater | said | the President was "not watching the hearings" and had no comment on the testimony

=== pq_022
- | was asked | what qualified him to step in if something happened to George Bush
he | added | he had as much experience as John F. Kennedy had when he ran for president
he | said | “Senator, I served with Jack Kennedy. I knew Jack Kennedy,”
he | said | “Jack Kennedy was a friend of mine. Senator, you’re no Jack Kennedy.”
Quayle | calls | the line ‘uncalled for’
Quayle | answered | “That was really uncalled for, Senator.”
Bentsen | replied | it was Quayle who had made the comparison, “and I did not think it was a good one.”
I | think | it was a good one
Quayle | told | he had been “ready for a debate, not a cheap shot.”
- | Asked | whether he regretted raising Kennedy’s name
NBC’s Tom Brokaw | Asked | what he would do first if he suddenly became president
Quayle | said | he would “say a prayer for myself and for the country,” and then meet with the Cabinet
One senior Bush adviser | said | the answer had been “fine, if you were grading on a curve.”
James A. Baker III | told | Quayle had “held his own against a man with 40 years in politics.”
He | said | the ticket’s polling numbers would not move “one inch” because of a single line
A Dukakis aide | said | the governor had told his running mate that it was “the best night this campaign has had.”
the governor | told | it was “the best night this campaign has had.”
An SNN telephone survey of 610 debate watchers | found | 52 percent thought Bentsen had won and 29 percent thought Quayle had
52 percent | thought | Bentsen had won
The network’s pollster | cautioned | vice-presidential debates rarely change votes
Dukakis campaign manager Susan Estrich | said | her candidate would go in “with the wind at his back.”
Bush | say | his running mate “did just fine.”

=== pq_023
Johnson | says | he ‘will not accept’ nomination
President Johnson | told | he would not be a candidate for a second full term
Johnson | said | “I shall not seek, and I will not accept, the nomination of my party for another term as your President,”
He | said | he did not believe he should spend ~~ at home
he | believe | he should spend “an hour or a day” on partisan politics ~~ at home
Johnson | said | he had ordered aircraft and naval vessels ~~ supplies were massing
he | said | enemy troops and supplies were massing
He | called on | Hanoi to answer the gesture by agreeing to talks “promptly, seriously and in good faith.”
the president | said | “We are prepared to move immediately ~~ begin those talks. ++ “Tonight I have taken the first step. The next step is yours.”
White House press secretary George Christian | Christian {told} reporters | the president had settled on his decision “some time ago” and had kept it to a very small circle
two aides | According to | Johnson told Mrs. Johnson on Sunday afternoon that he “might add a little something at the end” of the speech
Johnson | told | he “might add a little something at the end” of the speech
Sen. Robert F. Kennedy, D-N.Y. | called | the decision “an act of genuine patriotism”
He | said | he would ask to meet with the president “as soon as he is willing.”
he | ask | to meet with the president “as soon as he is willing.”
Sen. Eugene J. McCarthy, D-Minn. | told | the president’s announcement “changes the race, but it does not change the issue.”
McCarthy | said | “The issue is still the war,”
McCarthy | said | “It was the war yesterday, and it will be the war on Tuesday.”
Former Vice President Richard M. Nixon | said | the news had come “as a complete surprise” ++ he would not change his plans
Vice President Hubert H. Humphrey | said | he would have “nothing to say tonight about my own future.”
A Western diplomat reached by telephone in Paris | said | the North Vietnamese would probably take “at least several days” to reply

=== pq_024
Webb | tells | a moon landing is still possible 'in this decade'
NASA Administrator James E. Webb | insisting | the Apollo program could still put men on the moon ~~ at Cape Kennedy
Webb | said | "We will land men on the moon in this decade,"
Webb | said | "We will do it safely, or we will not do it at all."
Sen. Walter F. Mondale (D-Minn.) | pressed | whether the agency had received a 1965 review ++ that sharply criticized the capsule's prime contractor, North American Aviation
Webb | told | he was not aware of "any document of that kind."
he | acknowledged | a review had been made
he | said | it was "a management memorandum, not a report."
He | said | "I don't care what the agency ~~ about that spacecraft. ++ "If we have to pry every page out of this agency, we will."
A committee staffer | asked | his name not appear
A committee staffer | said | several members believe Webb "has used up most of the benefit of the doubt he had in January."
several members | believe | Webb "has used up most of the benefit of the doubt he had in January."
The administration | asked for | $5.1 billion for the space agency in the fiscal year that begins July 1
Committee chairman Clinton P. Anderson (D-N.M.) | said | the full figure was "not going to survive this year,"
Rep. Joe L. Evins (D-Tenn.) | told | the House will cut "at least half a billion."
two House aides | According to | Evins said privately that the fire had "cost NASA more goodwill in this building than any budget ever could."
Evins | said | the fire had "cost NASA more goodwill in this building than any budget ever could."
Rep. Olin E. Teague (D-Texas) | urged | colleagues not to "punish the whole program for one terrible day."
Sen. William Proxmire (D-Wis.) | asked | how the agency could justify spending billions on the moon "while the cities of this country are asking for help and getting none."
Webb | replied | the space program employed 400,000 people "in nearly every state represented on this committee."
NASA officials | said | the first unmanned flight of the Saturn V rocket was still scheduled for the fall

=== pq_025
Reagan camp | says | Bush ‘froze’ in Nashua
federal election officials | ruled | a newspaper could not pay for it
Reagan | invited | the other four Republican candidates to join in
Jon Breen | asked | the sound man to turn Reagan’s microphone off
Reagan | shouted | “I am paying for this microphone, Mr. Green!”
a man in a plaid hunting coat near the back | yelled | “Give it to him, Ronnie!”
one Reagan aide | put it | Bush sat at the table, hands folded, looking ++ “like a boy waiting outside the principal’s office.”
The aide | said | the Bush campaign had “frozen on the biggest night of the race.”
Dole | told | Bush had been “a very unhappy person to share a stage with,”
Baker | said | he had never been “so humiliated in public.”
Breen | told | he had only been enforcing “the rules both campaigns signed.”
Bush | said | he had “kept my word to the newspaper” and would “let the voters of New Hampshire decide who behaved well.”
We | think | they have decided
Ruth Haskell | told | “I came in thinking George was the safer man. ~~ stand up to the Russians. ++ “I’m voting for Reagan on Tuesday, and so is my sister.”
I | thinking | George was the safer man
a staffer who has seen it | according to | The Reagan campaign’s own polling ++ shows the former California governor pulling away by double digits
The Reagan campaign’s own polling | shows | the former California governor pulling away by double digits
James A. Baker III | said | the numbers had not moved “by more than a point or two.”
We | suspect | Mr. Baker will be surprised on Tuesday night

=== pq_026
Bernard Shaw of CNN | asked | whether he would favor the death penalty for a man who raped and murdered his own wife, Kitty
he | said | "No, I don't, Bernard,"
Marge | Marge {said} out loud | "He didn't even blink."
Ed | said | that was the point ++ Dukakis was supposed to be calm
Marge | said | there was calm and then there was cold
I | think | Marge was right
he | said | he would cut it "without raising taxes on the working families of this country,"
Frank | asked | whether he thought Dukakis could still win
he | thought | Dukakis could still win
Ed | said | only if Bush "falls off the stage."
She | wrote | "I keep waiting for Michael Dukakis ~~ he has one. ++ "If he can't get angry about that, what will he get angry about?"
My husband | says | a president ought to keep his temper
The papers | say | the Dukakis people are telling reporters that the governor had a fever and was worn out
the Dukakis people | are telling | the governor had a fever and was worn out
I | think | it does not matter
The Gallup people | found | Bush ahead by about ten points last week
I | expect | it will be more by the next newsletter

=== pq_027
Beame | Calls | Ford’s Stand ‘a Death Sentence’ for the City
Mayor Abraham D. Beame | said | President Ford’s refusal to help New York City avoid default ~~ from 200 miles away.”
the Mayor | said | Mr. Ford had “written off eight million Americans because they happen to live in New York.”
He | called on | the city’s Congressional delegation to “go to every member of the House, one by one, and tell them the truth.”
Mr. Ford | told | he would veto any bill “whose purpose is to bail out New York City,”
he | proposed | a change in the Federal bankruptcy law that would let the city reorganize its debts in court
he | said | The people of the rest of the country ++ should not be made to pay “for years of fiscal folly in New York.”
Governor Hugh L. Carey | said | a default would “hurt every city and every state that has to borrow money, and that means all of them.”
He | said | he had spoken by telephone with Mr. Ford’s chief of staff, Donald Rumsfeld, on Wednesday evening ++ had been told that Mr. Ford “was not going to change his mind.”
- | had been told | Mr. Ford “was not going to change his mind.”
- | was asked | whether the city could meet its payroll in December
He | said | “We can meet it if the banks ~~ a very large if. ++ “After that, I do not know ~~ is guessing.”
Ron Nessen | said | the President “has great sympathy for the people of New York” but believed the city’s leaders had to “face up to their own responsibility first.”
the President | believed | the city’s leaders had to “face up to their own responsibility first.”
Sal Ianucci | said | “Washington doesn’t love us, and it never did,”
Sal Ianucci | said | “The question is whether they hate us enough to let us go under.”
a city budget official | According to | the city has about $150 million in cash on hand and needs roughly $450 million to meet its obligations through mid-December

=== pq_028
Wallace | calls | federal order 'an unwanted intrusion'
Deputy Attorney General Nicholas deB. Katzenbach | asked | him to "step aside and let these students do what they came here to do."
a five-page statement | called | the federal action "an unwanted intrusion upon the campus of a sovereign state"
a five-page statement | said | Alabama would "not submit quietly" to orders from Washington
Katzenbach | said | "I'm not interested in a speech, Governor,"
Katzenbach | said | "I'm interested in these students."
The governor | declared | he would stand for "segregation now, segregation tomorrow, segregation forever,"
reporters standing a few feet away | according to | "Governor, I am sorry to have to ask you to step aside, on the orders of the President," Graham said
Graham | said | "Governor, I am sorry to have to ask you to step aside, on the orders of the President,"
I | ask | you to step aside, on the orders of the President
Wallace | said | he would "continue this fight in every lawful way,"
Attorney General Robert F. Kennedy | told | the day had ended "the way we hoped it would, with the law obeyed and nobody hurt."
He | said | the country faced "a question of conscience that no court order can settle by itself," ++ he would ask Congress next week to pass a law guaranteeing all Americans equal service in hotels, restaurants and stores
he | ask | Congress next week to pass a law guaranteeing all Americans equal service in hotels, restaurants and stores
the president | said | "We ask the world to believe in our freedom,"
We | ask | the world to believe in our freedom
the president | said | "We cannot ask it to believe in a freedom that stops at a schoolhouse door."
We | ask | it to believe in a freedom that stops at a schoolhouse door
Sen. Lister Hill, D-Ala. | said | the governor had acted "within his rights as he sees them."
Sen. Jacob K. Javits, R-N.Y. | called | the day "a victory for the Constitution, won by two very brave young people."
reporters | Asked | whether she had been afraid
Miss Malone | said | "I was too busy to be afraid. I just wanted to get registered."

=== pq_029
Reagan | challenges | Gorbachev to 'tear down this wall'
President Reagan | challenged | Soviet leader Mikhail Gorbachev to prove that his talk of openness was more than talk
Reagan | told | "If the new thinking in Moscow is real, then here is the place to prove it,"
he | said | "Mr. Gorbachev, open this gate! Mr. Gorbachev, tear down this wall!"
West Berlin officials | according to | East German police on the other side had pushed onlookers back several blocks
administration officials | According to | senior diplomats at the State Department ~~ loosen his grip at home
senior diplomats at the State Department and members of the National Security Council staff | urged | the White House to drop it
senior diplomats at the State Department and members of the National Security Council staff | arguing | it would "needlessly provoke" Gorbachev weeks after he had begun to loosen his grip at home
One aide who was present when the president read the final draft | said | Reagan had tapped the page and told his staff: "It stays in. That's the whole speech."
Reagan | told | "It stays in. That's the whole speech."
Police | said | more than 20,000 demonstrators had marched through the city on Thursday
a 24-year-old student named Peter Kessler | told | the president "talks about walls and builds missiles."
Chancellor Helmut Kohl | said | he was "proud that the President of the United States chose to speak here, of all places."
The Soviet news agency Tass | called | the speech "a relic of the cold war delivered at the worst possible moment"
The Soviet news agency Tass | accused | Reagan of "playing to the cameras at the expense of the German people."
- | Asked | whether he expected a reply from the Kremlin
the president | told | "I expect he heard me,"
I | expect | he heard me
the president | told | "That's enough for today."
White House spokesman Marlin Fitzwater | said | arms negotiators in Geneva were "closer than they have ever been" to an agreement on medium-range missiles in Europe
Some of the president's advisers | said | they believe a summit in Washington is possible before the end of the year
they | believe | a summit in Washington is possible before the end of the year

=== pq_030
organizers | say | the vote ‘belongs to the people on the sidewalk’
Reagan | called | the sanctions “economic warfare” against the very people they were meant to help
he | told | they would “hurt most those we most want to help.”
Sen. Richard G. Lugar (R-Ind.) | said | the Senate had chosen to speak “with one voice, against a system that no American can defend.”
Sen. Nancy Landon Kassebaum (R-Kan.) | said | she had voted with “a heavy heart and a clear conscience.”
He | told | the bill would “hand South Africa to the communists on a silver platter.”
Archbishop Desmond Tutu | told | he was “deeply grateful” to the American people
he | said | “Your Congress has heard us,”
he | said | “Now let the world hear us too.”
Rep. Ronald V. Dellums (D-Calif.) | called | the override “the beginning of the end of apartheid.”
we | asked | What did the vote mean to her?
she | said | “It means the people on the sidewalk were right and the people in the White House were wrong,”
she | said | “It belongs to them, not to the senators.”
We | asked | whether she thought the sanctions would work
she | thought | the sanctions would work
she | answered | “I think they will hurt,”
I | think | they will hurt
she | answered | “Whether they will work depends on whether the rest of the world follows. Japan and Britain haven’t.”
we | asked | And was she worried ++ that the administration would enforce the law halfheartedly?
she | worried | the administration would enforce the law halfheartedly
Mabry | said | “Of course I am,”
Mabry | said | “This president told us for six years that talking to Pretoria was the way. He will find a way to keep talking.”
This president | told | talking to Pretoria was the way
Secretary of State George P. Shultz | said | the administration would “carry out the law of the land.”

"""


if __name__ == "__main__":
    main()
