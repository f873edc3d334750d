#!/usr/bin/env python3
"""Generate the brat standoff files in ann/ from the spec at the end of this
script.

Spec: a line `=== STEM` starts the relations of text/STEM.txt; then one
line per attribution relation

    SOURCE | CUE | CONTENT [| c2]

with every string copied from the text. `-` as SOURCE means the text names
no source. CONTENT may have several pieces separated by ` ++ ` (a split
quote, a parenthetical cue, a quote over several paragraphs); a piece may be
abbreviated as `PREFIX ~~ SUFFIX` (the shortest stretch of one paragraph
from PREFIX to SUFFIX). Braces pick a target out of a longer context in any
field: `Mr Modi {said}`, `{He} told`. The option `c2` writes the pieces as
Content, Content2, ... arguments instead of one `T` line with `;` segments.
Lines starting with `#` are comments.

Offsets are found by exact search, never written by hand:

* a CONTENT piece must occur exactly once in the text;
* the CUE is taken at the occurrence nearest the Content, the SOURCE at the
  occurrence nearest the Cue; neither may overlap the relation's own
  Content; an occurrence in the same paragraph is preferred; a tie is an
  error;
* a locator that starts (ends) with a letter or digit must start (end) on a
  word boundary, and never ends just before a possessive `'s` / `’s`.

Usage:
    python3 make_ann.py                      # rewrite ann/*.ann (deterministic)
    python3 make_ann.py --review [--flagged] [--only STEM]
    python3 make_ann.py --check              # also read back with shared/eval/score.py
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
SUFFIX = "_ann1.ann"


class SpecError(Exception):
    pass


def is_word(ch):
    return unicodedata.category(ch)[0] in "LN"


def paragraphs(text):
    """(start, end) of every paragraph (blocks separated by blank lines)."""
    spans, start = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def para_of(paras, offset):
    for i, (a, b) in enumerate(paras):
        if a <= offset <= b:
            return i
    return -1


def split_braces(locator):
    """(context without braces, target start, target end) in context."""
    if "{" not in locator:
        return locator, 0, len(locator)
    if locator.count("{") != 1 or locator.count("}") != 1 or locator.index("{") > locator.index("}"):
        raise SpecError(f"bad braces in {locator!r}")
    a = locator.index("{")
    b = locator.index("}") - 1
    return locator.replace("{", "").replace("}", ""), a, b


def boundary_ok(text, start, end):
    s = text[start:end]
    if s and is_word(s[0]) and start > 0 and is_word(text[start - 1]):
        return False
    if s and is_word(s[-1]):
        if end < len(text) and is_word(text[end]):
            return False
        if text[end:end + 2] in ("'s", "’s") and not (end + 2 < len(text) and is_word(text[end + 2])):
            return False
    return True


def find_all(text, locator):
    """All (start, end) of the braced target of locator in text."""
    context, a, b = split_braces(locator)
    if not context:
        raise SpecError("empty locator")
    hits, pos = [], text.find(context)
    while pos >= 0:
        if boundary_ok(text, pos, pos + len(context)):
            hits.append((pos + a, pos + b))
        pos = text.find(context, pos + 1)
    return hits


def find_piece(text, paras, piece):
    """The single (start, end) of a Content piece."""
    if " ~~ " in piece:
        prefix, suffix = piece.split(" ~~ ", 1)
        found = []
        for start, _ in find_all(text, prefix):
            p = para_of(paras, start)
            pend = paras[p][1]
            for s2, e2 in find_all(text, suffix):
                if s2 >= start and e2 <= pend:
                    found.append((start, e2))
                    break
        if len(found) != 1:
            raise SpecError(f"Content piece {piece!r} found {len(found)} times")
        return found[0]
    hits = find_all(text, piece)
    if len(hits) != 1:
        raise SpecError(f"Content piece {piece!r} found {len(hits)} times")
    return hits[0]


def distance(span, spans):
    """Characters between span and the nearest of spans (0 when touching)."""
    best = None
    for a, b in spans:
        d = a - span[1] if span[1] <= a else span[0] - b if b <= span[0] else 0
        best = d if best is None else min(best, d)
    return best


def overlaps(span, spans):
    return any(span[0] < b and a < span[1] for a, b in spans)


def nearest(text, paras, locator, anchors, forbidden, what):
    """The occurrence of locator nearest the anchor spans, preferring the
    anchors' paragraphs; returns (span, number of candidates in those
    paragraphs)."""
    hits = [h for h in find_all(text, locator) if not overlaps(h, forbidden)]
    if not hits:
        raise SpecError(f"{what} {locator!r} not found outside the Content")
    anchor_paras = {para_of(paras, a) for a, _ in anchors}
    same = [h for h in hits if para_of(paras, h[0]) in anchor_paras]
    pool = same or hits
    scored = sorted((distance(h, anchors), h) for h in pool)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        raise SpecError(f"{what} {locator!r}: tie between two occurrences")
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
        if current is None:
            raise SpecError(f"spec line {number}: relation before any === line")
        fields = [f.strip() for f in line.split(" | ")]
        if len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
            raise SpecError(f"spec line {number}: expected SOURCE | CUE | CONTENT [| c2]: {line!r}")
        docs[current].append((number, fields[0], fields[1], fields[2], len(fields) == 4))
    return docs


def build(stem, text, relations):
    """Relations with resolved spans, and the .ann text."""
    paras = paragraphs(text)
    resolved = []
    for number, source, cue, content, c2 in relations:
        try:
            pieces = [find_piece(text, paras, p) for p in content.split(" ++ ")]
            if any(a < b2 and a2 < b for i, (a, b) in enumerate(pieces) for (a2, b2) in pieces[i + 1:]):
                raise SpecError("Content pieces overlap")
            pieces.sort()
            cue_span, cue_n = nearest(text, paras, cue, pieces, pieces, "Cue")
            if source == "-":
                src_span, src_n = None, 0
            else:
                src_span, src_n = nearest(text, paras, source, [cue_span], pieces + [cue_span], "Source")
        except SpecError as e:
            raise SpecError(f"{stem}, spec line {number}: {e}") from None
        resolved.append({"line": number, "pieces": pieces, "cue": cue_span, "source": src_span,
                         "c2": c2, "cue_n": cue_n, "src_n": src_n, "paras": paras})
    # outer relations before the ones nested in them
    resolved.sort(key=lambda r: (r["pieces"][0][0], -r["pieces"][-1][1], r["line"]))

    t_ids, t_lines = {}, []

    def tid(kind, segments):
        key = (kind, tuple(segments))
        if key not in t_ids:
            for a, b in segments:
                if a >= b or "\n" in text[a:b] or text[a:b] != text[a:b].strip():
                    raise SpecError(f"{stem}: bad {kind} span {text[a:b]!r}")
            t_ids[key] = f"T{len(t_ids) + 1}"
            covered = " ".join(text[a:b] for a, b in segments)
            offsets = ";".join(f"{a} {b}" for a, b in segments)
            t_lines.append(f"{t_ids[key]}\t{kind} {offsets}\t{covered}")
        return t_ids[key]

    e_lines = []
    for n, r in enumerate(resolved, 1):
        args = [f"Attribution:{tid('Cue', [r['cue']])}"]
        if r["source"]:
            args.append(f"Source:{tid('Source', [r['source']])}")
        if r["c2"]:
            for i, piece in enumerate(r["pieces"], 1):
                args.append(f"Content{'' if i == 1 else i}:{tid('Content', [piece])}")
        else:
            args.append(f"Content:{tid('Content', r['pieces'])}")
        e_lines.append(f"E{n}\t" + " ".join(args))
    return resolved, "\n".join(t_lines + e_lines) + "\n"


def context(text, span, width=40):
    a, b = span
    left = text[max(0, a - width):a].replace("\n", "¶")
    right = text[b:b + width].replace("\n", "¶")
    return f"{left}[{text[a:b]}]{right}"


def review(stem, text, resolved, flagged_only):
    for r in resolved:
        paras = r["paras"]
        content_paras = {para_of(paras, a) for a, _ in r["pieces"]}
        flags = []
        if r["cue_n"] > 1:
            flags.append(f"cue x{r['cue_n']}")
        if r["src_n"] > 1:
            flags.append(f"source x{r['src_n']}")
        if para_of(paras, r["cue"][0]) not in content_paras:
            flags.append("cue in another paragraph")
        if r["source"] and para_of(paras, r["source"][0]) != para_of(paras, r["cue"][0]):
            flags.append("source in another paragraph")
        if flagged_only and not flags:
            continue
        content = " ++ ".join(text[a:b] for a, b in r["pieces"])
        if len(content) > 110:
            content = content[:70] + " ... " + content[-35:]
        print(f"{stem} line {r['line']}  {'; '.join(flags)}")
        print(f"   SRC {context(text, r['source'], 30) if r['source'] else '-'}")
        print(f"   CUE {context(text, r['cue'], 30)}")
        print(f"   CON {content}")


def load_score():
    sys.dont_write_bytecode = True  # shared/ is read-only; leave no cache behind
    spec = importlib.util.spec_from_file_location("score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--review", action="store_true")
    parser.add_argument("--flagged", action="store_true")
    parser.add_argument("--only")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    try:
        docs = parse_spec(SPEC)
    except SpecError as e:
        sys.exit(f"make_ann.py: {e}")
    stems = sorted(p.stem for p in TEXT_DIR.glob("*.txt"))
    missing = [s for s in stems if s not in docs]
    extra = [s for s in docs if s not in stems]
    if missing or extra:
        sys.exit(f"make_ann.py: texts without spec {missing}, spec without text {extra}")
    outputs, counts = {}, {}
    for stem in stems:
        if args.only and stem != args.only:
            continue
        text = (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        try:
            resolved, ann = build(stem, text, docs[stem])
        except SpecError as e:
            sys.exit(f"make_ann.py: {e}")
        outputs[stem], counts[stem] = ann, len(resolved)
        if args.review:
            review(stem, text, resolved, args.flagged)
    if args.review:
        return
    ANN_DIR.mkdir(exist_ok=True)
    for stem, ann in outputs.items():
        (ANN_DIR / f"{stem}{SUFFIX}").write_text(ann, encoding="utf-8")
    # read back: every T span equals its TEXT field
    problems = 0
    for stem in outputs:
        text = (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        for line in (ANN_DIR / f"{stem}{SUFFIX}").read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("T"):
                segs = [tuple(map(int, s.split())) for s in fields[1].split(" ", 1)[1].split(";")]
                if " ".join(text[a:b] for a, b in segs) != fields[2]:
                    problems += 1
                    print(f"{stem}: span mismatch {line!r}")
    total = sum(counts.values())
    print(f"wrote {len(outputs)} files, {total} relations, {problems} span problems")
    if args.check:
        score = load_score()
        direct = 0
        for stem in outputs:
            text_path = TEXT_DIR / f"{stem}.txt"
            atts = score.parse_ann(ANN_DIR / f"{stem}{SUFFIX}", score.read_text_file(text_path))
            if len(atts) != counts[stem]:
                problems += 1
                print(f"{stem}: parse_ann read {len(atts)} attributions, expected {counts[stem]}")
            direct += sum(a["direct"] for a in atts)
        print(f"parse_ann: {total} attributions, {direct} direct, {total - direct} indirect")
    if problems:
        sys.exit(1)


SPEC = r'''
=== pr10_001
# wire, curly single quotes; Mandela's inauguration (South Africa, 1994)
Mandela | vows | South Africa will ‘never again’ live in fear
Nelson Mandela | telling | the country had at last ‘closed the book on its long night’
Mr Mandela | said | ‘Never, never and never again shall ~~ one people for another,’
Mr Mandela | said | ‘We have waited a long time to stand here together, and we will not waste the morning.’
Organisers | said | about 50,000 people had filled the gardens and the slopes beyond them
United States Vice-President Al Gore | said | Washington regarded the day as ‘one of the great moral victories of this century’
Washington | regarded | the day as ‘one of the great moral victories of this century’
Mr de Klerk | said | the transfer of power proved that South Africans ‘could settle the hardest quarrel on earth at a ballot box’
He | added | his party would serve in the Government of National Unity ‘loyally, but not silently’
the crowd | began to chant | ‘Madiba! Madiba!’
Thandeka Mokoena | said | ‘I came because my grandmother could not,’
Thandeka Mokoena | said | ‘She told me this day would come, and I laughed at her.’
She | told | this day would come
Archbishop Desmond Tutu | said | he had told Mr Mandela the night before that ‘the whole world will be watching your hands’
he | told | ‘the whole world will be watching your hands’
officials in the presidency | According to | the new president asked that the lunch for his guests be kept ‘simple, South African and on time’
the new president | asked | the lunch for his guests be kept ‘simple, South African and on time’
reporters | asked | what the first priority of the new cabinet would be
Mr Mbeki | replied | ‘Houses, water and jobs, in that order, and quickly.’
Mangosuthu Buthelezi | called | the occasion ‘a triumph for every South African, not for one party’
he | told | ‘Let us dance tonight, and tomorrow we start to work,’

=== pr10_002
# national daily, straight quotes, straight single quotes in the headline; Pokhran-II (India, 1998)
Vajpayee | says | India now has 'a credible option'
Prime Minister Atal Bihari Vajpayee | announced | India today conducted three underground nuclear tests at the Pokhran range in Rajasthan
Mr. Vajpayee | said | the tests were "a fission device, a low-yield device and a thermonuclear device," ++ the measured yields were "in line with what our scientists had expected."
the Prime Minister | said | "The nation owes its scientists a debt that cannot be repaid in words,"
the Prime Minister | said | "They have worked in silence, and today the world has heard them."
two senior Ministers | told | several Cabinet colleagues learnt of them from television
One of them | said | he had been "as surprised as the man selling tea outside my gate."
Dr. A.P.J. Abdul Kalam | told | all three explosions had been "fully contained" ++ there had been "no release of radioactivity whatsoever."
- | Asked | whether more tests would follow
he | said | "Wait and see."
party workers | shouting | "Bharat Mata ki Jai"
Ajit Jogi | said | the party "salutes the scientists" ++ the Government "owes Parliament an explanation of its timing."
Harkishan Singh Surjeet | accused | the BJP of "playing with fire to shore up a shaky coalition."
President Bill Clinton | called | the tests "a grave error of judgment"
President Bill Clinton | {said} he was "deeply | he was "deeply troubled" by them
a White House spokesman | According to | sanctions under American law would follow "in days, not weeks."
Foreign Minister Gohar Ayub Khan | warned | Pakistan would "do whatever its security demands."
he | said | "The world should not be surprised by what happens next,"
Japan | said | it was reviewing its assistance
A Foreign Office spokesman here | said | India "respects the concerns of its friends" but would "not accept lectures from countries that hold thousands of such weapons."
- | asked | whether the series was over
An official in the Prime Minister's Office | would say only | the Government had "nothing further to announce tonight."

=== pr10_003
# British broadsheet, curly single quotes; Juncker nominated over Cameron's objection (EU, 2014)
Cameron | says | it is ‘a bad day for Europe’
Mr Cameron | told | he had been right to fight ‘to the very end’
he | said | ‘I said from the outset ~~ I stand by every word,’
I | {said} from the outset | this was the wrong way to choose the man who runs the Commission
he | said | ‘Leaders have handed a power ~~ ever saw on a ballot paper.’
The Prime Minister | went on | ‘Britain’s place in Europe ~~ I believe it can be changed. ++ ‘But nobody should be under any illusion about how much harder today has made that task.’
I | believe | it can be changed
Angela Merkel | said | she had told Mr Cameron that British concerns would be ‘taken seriously in the work ahead’
she | told | British concerns would be ‘taken seriously in the work ahead’
Mrs Merkel | said | ‘We have to find compromises with Britain, and we will,’
Mr Juncker | said | he was ‘proud and honoured’ and would seek ‘a broad majority’ among MEPs
Martin Schulz | told | the result was ‘a victory for parliamentary democracy’
Martin Schulz | said | the new Parliament would vote ‘with its head, not its heart’
one diplomat | in the words of | Mr Orbán ++ ‘simply enjoyed being the other no’
Ed Miliband | accused | the Prime Minister of ‘a humiliating failure of diplomacy’
Nigel Farage | wrote on Twitter | the vote showed Britain had ‘no real influence’ in Brussels
one Conservative MEP who had flown in for the summit | said | ‘It is a defeat, but it is a defeat on a point of principle,’
- | Asked | whether the defeat made a British exit more likely
Mr Cameron | replied | it made his renegotiation ‘harder, but more necessary than ever’

=== pr10_004
# wire, curly single quotes; the disputed election and its aftermath (Kenya, 2007/08)
Kenyan poll chief | says | he cannot tell ‘who truly won’
The head of Kenya’s electoral commission | said | he could not be sure that President Mwai Kibaki had won last week’s vote
opposition leader Raila Odinga | called for | a million people to march on the capital
Samuel Kivuitu | told | he had announced the result under heavy pressure from both camps
he | said | ‘I cannot say with a clean heart who won this election,’
he | said | ‘We were pushed, and we acted in a hurry.’
Mr Odinga | says | the count was doctored in the final hours
he | told | ‘We will not sit at a table with a man who has stolen the people’s vote,’
he | told | ‘Let him step aside first, and then we can talk.’
Police Commissioner Hussein Ali | said | the rally would not be allowed ‘under any circumstances’
the commissioner | warned | officers would ‘deal firmly’ with anyone who defied the order
Government spokesman Alfred Mutua | accused | opposition leaders of ‘organising the killing of innocent people for political ends’
the Orange Democratic Movement | rejected as | ‘a lie told to cover a theft’
Mr Kibaki | said | he was ready to meet ‘any leader who is willing to talk peace’
The Kenya Red Cross | said | at least 30 had died
Joseph Kamau | said | ‘They came with petrol and machetes,’
Joseph Kamau | said | ‘I heard the children shouting, ~~ nobody could reach it.’
the children | shouting | “Open the door! Open the door!”
Secretary of State Condoleezza Rice and British Foreign Secretary David Miliband | urged | Kenya’s leaders to ‘engage in a spirit of tolerance and compromise’
Archbishop Desmond Tutu | said | he had come ‘to listen, not to lecture’
a Western diplomat in Nairobi | said | ‘What we are watching is the unravelling of a model,’
a Western diplomat in Nairobi | said | ‘Nobody thought it could go this way so fast.’
Nobody | thought | it could go this way so fast
a Western diplomat in Nairobi | asked | not to be named
- | Asked | whether the vote could be re-run
Mr Kivuitu | said | that was ‘for the courts, not for me’

=== pr10_005
# public-broadcaster site with section heads, curly double quotes; Matobato before the Senate (Philippines, 2016)
Self-confessed hitman | tells | Duterte ordered Davao killings
Palace | calls | it “a fairy tale”
Edgar Matobato | says | he spent more than two decades in a death squad in Davao City
Edgar Matobato | told | Rodrigo Duterte had personally ordered the killing of suspected criminals and political opponents while he was the city’s mayor
he | said | “We were given the name, the place and the day. We were never given a reason,”
he | said | “When the order came from the mayor, no one asked questions.”
He | told | the squad had dumped bodies in a quarry and fed at least one victim to a crocodile
He | said | he had fled in 2014 because he believed his former bosses wanted him dead
he | believed | his former bosses wanted him dead
Senator Alan Peter Cayetano | Asked | whether anyone had paid him to appear
Matobato | answered | “No one. I came because they will come for me anyway.”
Cayetano | told | the testimony was “a script with too many holes to count,”
Cayetano | {said} he would ask | he would ask the committee to check every date against public records
he | ask | the committee to check every date against public records
Presidential spokesman Ernesto Abella | called | Matobato’s account “a fairy tale told to discredit a president the people chose.”
the Palace | said | Duterte “has never ordered, and will never order, the killing of any person outside the law.”
Senator Leila de Lima | said | the witness would be placed under the Senate’s protection
she | said | “If anything happens to him, the whole country will know where to look,”
- | was asked | whether she feared for her own safety
she | replied | “Of course,”
she | replied | “But I fear more for a country that applauds when people are shot in the street.”
he | said | “Let them talk. I will not lose sleep over it,”
the Philippine National Police | According to | more than 1,100 drug suspects have been killed in police operations since July 1
Rights groups | say | hundreds more have died at the hands of unidentified gunmen
Senate President Aquilino “Koko” Pimentel III | said | the chamber would decide next week whether the inquiry should continue under de Lima’s chairmanship
he | said | “The committee belongs to the Senate, not to any one senator,”

=== pr10_006
# national daily, straight quotes, straight single quotes in the headline; Sonia Gandhi steps aside (India, 2004)
Sonia | says | she listened to her 'inner voice'
Congress president Sonia Gandhi | telling | her decision was "final, and not a matter for debate."
Mrs. Gandhi | said | "I have listened to my inner voice, and it has given me its answer,"
Mrs. Gandhi | said | "I ask you to accept that answer, as I have."
I | ask | you to accept that answer
Several MPs | shouted | "Reconsider, Madam!"
one senior leader from Uttar Pradesh | told | the party "cannot go to the people without her face."
the party | announced | Dr. Manmohan Singh, the former Finance Minister ~~ would head the new government
Dr. Singh | said | he was "humbled by the trust placed in me" and would work "with every party that shares our concern for the poor."
almost every opinion poll | had predicted | it would win
Mr. Vajpayee | said | the people had "given their verdict, and we accept it with humility."
He | said | the BJP would sit in the Opposition "with dignity and with vigilance."
Senior BJP leader Sushma Swaraj | had vowed | to shave her head if Mrs. Gandhi took office
reporters | was asked | what she made of the decision
she | said | "The nation has been spared a constitutional crisis. I am glad of it,"
The Left parties | said | they would back it from outside
CPI(M) Polit Bureau member Sitaram Yechury | said | the Left would "hold the Government to its promises, line by line."
Dealers in Mumbai | said | investors had feared that a Left-leaning Finance Ministry would halt disinvestment
investors | had feared | a Left-leaning Finance Ministry would halt disinvestment
one fund manager | said | "Dr. Singh's name is the best news this market has had all week,"
Ramesh Yadav | said | "We will sit here until she agrees,"
- | Asked | whether she would join the Cabinet
Mrs. Gandhi | said | she would remain party president and chair the alliance

=== pr10_007
# public-broadcaster site with section heads, curly single quotes; the gun ban after Christchurch (New Zealand, 2019)
Ardern | says | ‘Our laws will change too,’
Prime Minister Jacinda Ardern | has announced | military-style semi-automatic weapons and assault rifles will be banned in New Zealand
Ms Ardern | told | ‘Six days ago this country lost its innocence about guns. Today we begin to make sure it never happens again,’
Ms Ardern | said | the ban would cover the parts that turn ordinary rifles into military-style weapons, as well as high-capacity magazines
she | said | A buyback scheme ++ could cost ‘between $100 million and $200 million’
she | said | ‘I have spoken to farmers who own guns for pests, ~~ to do their jobs,’
they | have told | they do not need these weapons to do their jobs
Police Commissioner Mike Bush | said | officers had already taken calls from owners wanting to hand in their weapons
he | said | ‘Please do not just turn up at a station with a firearm. Ring us first,’
National Party leader Simon Bridges | said | his party would support the changes
National Party leader Simon Bridges | said | ‘We agree that the public does not need access to military-style semi-automatic weapons.’
We | agree | the public does not need access to military-style semi-automatic weapons
ACT leader David Seymour | warned | laws made ‘in haste’ were often regretted at leisure
The Council of Licensed Firearms Owners | said | law-abiding owners were ‘being punished for the crimes of one man’
Hamish Baird | said | ‘I’ve got a semi-auto for goats, and I’ll hand it in tomorrow if that’s what it takes,’
she | said | ‘They are us,’
she | told | she would never say the gunman’s name
she | said | ‘He wanted notoriety. That is why you will never hear me mention his name,’
she | urged | MPs to speak instead ‘the names of those who were lost’
Gamal Fouda | said | the speed of the response had shown Muslims that New Zealand ‘stands with us, not just in words’
- | Asked | when the changes would take effect
Ms Ardern | said | she expected the amending legislation to pass ‘within three sitting weeks’
she | expected | the amending legislation to pass ‘within three sitting weeks’

=== pr10_008
# national daily, curly single quotes; the TRC report is handed over (South Africa, 1998)
Tutu | tells | he did not fight apartheid ‘to swap one tyranny for another’
the archbishop | told | no movement was above the commission’s findings
the archbishop | said | ‘I did not struggle against one tyranny ~~ whatever the colour of its flag,’
the archbishop | said | ‘If today’s liberators become tomorrow’s oppressors, we will have wasted our tears.’
He | recalled | ‘A man said to me, ~~ That is what this report is for.’
A man | said | “I can forgive, but first I need to know whom I am forgiving.”
President Mandela | said | he accepted the report ‘with all its imperfections’
he | said | ‘The commission was asked to do a near-impossible job, and it has done it with courage,’
- | was asked | to do a near-impossible job
ANC lawyers | had argued | the commission had denied the party ‘a fair hearing’ on findings against its leaders
Kgalema Motlanthe | said | the party ‘respected the commission’ but could not accept findings that ‘place the victims of apartheid and its agents on the same moral footing’
two people who attended the party’s national executive meeting on Tuesday | According to | Deputy President Thabo Mbeki argued that the ANC had to act ‘or be written into history as the equal of the apartheid state’
Deputy President Thabo Mbeki | argued | the ANC had to act ‘or be written into history as the equal of the apartheid state’
Mr de Klerk | said | ‘The commission has treated me with prejudice from the first day,’
The report | found | Winnie Madikizela-Mandela ‘politically and morally accountable’ for gross violations committed by the Mandela United Football Club
It | held | the Inkatha Freedom Party responsible for more killings in the 1990s than any other organisation
An IFP spokesman | called | the findings ‘a settling of scores dressed up as history’
Elsie Mahlangu | said | ‘My son’s name is in the report. That is something,’
Elsie Mahlangu | said | ‘But the men who took him have never come to my door.’
The archbishop | urged | South Africans to read the report ‘slowly, and with an open heart’, and to judge the commission ‘in 20 years, not tomorrow morning’
The government | has promised | to respond to its recommendations on reparations within six months

=== pr10_009
# wire, curly single quotes; Jonathan concedes to Buhari (Nigeria, 2015)
Jonathan | says | his ambition is ‘not worth the blood of any Nigerian’
President Goodluck Jonathan | urged | his supporters to accept the result ‘peacefully and without bitterness’
Mr Jonathan | said | he had telephoned Gen. Buhari to congratulate him
the statement | said | ‘I told Nigerians I would hand over in peace if they chose another man, and today I am keeping that word,’
I | told | I would hand over in peace if they chose another man
the statement | said | ‘Nobody’s ambition is worth the blood of any Nigerian.’
Attahiru Jega | announced | Gen. Buhari had won 15.4 million votes against 12.9 million for Mr Jonathan
Godsday Orubebe | accused | Prof. Jega of being ‘partial, selective and unfit to hold this office’
he | shouted | ‘We will not accept this,’
Prof. Jega | replied | the commission had ‘nothing to hide, and all night to show it’
Gen. Buhari | told | he would be ‘a president for every Nigerian, including those who voted against me’
He | called | Mr Jonathan ‘a worthy opponent’
He | said | history would remember him for the concession
Lai Mohammed | said | the party would ‘not gloat, and will not hunt anybody’
crowds | chanting | ‘Sai Baba!’
Aminu Sani | said | ‘We have waited 16 years for a day like this,’
Aminu Sani | said | ‘My father voted for Buhari three times. Today he cried.’
Secretary of State John Kerry | said | the vote showed that ‘Africa’s most populous nation can change its government at the ballot box’
Nkechi Eze | said | ‘Jonathan will be remembered for this phone call longer than for anything he did in office,’
she | said | Many in the ruling party ++ believed until the last day that the machinery of incumbency would carry him through
Many in the ruling party | believed | the machinery of incumbency would carry him through
- | Asked | whether the PDP would challenge the result in court
party chairman Adamu Mu’azu | said only | it would ‘study the figures’

=== pr10_010
# national daily with a Lok Sabha exchange, straight quotes, straight single quotes in the headline; the trust vote on the nuclear deal (India, 2008)
Speaker | calls | it 'a sad day for the House'
three BJP members | alleged | they had been offered crores to abstain
Somnath Chatterjee | appealed for | calm
Dr. Singh | accused | the Leader of the Opposition of being "in such a hurry to become Prime Minister that he has stopped listening to his own conscience."
the Speaker | said | "Let the Leader of the Opposition be heard. The whole country is watching this House,"
Mr. Advani | told | the Government had "bought its majority in the open market."
he | said | "This is not a vote of confidence. It is a vote of shame,"
Railway Minister Lalu Prasad | shot back | "The honourable member has been waiting for a vote of confidence in himself since 1998!"
he | said | "I will not allow this House to become a marketplace. Honourable members will resume their seats,"
he | adding | it was "a sad day for the House and for every one of us in it."
he | said | had told him that "electricity is the one thing that will change my children's lives."
Kalavati | had told | "electricity is the one thing that will change my children's lives."
He | said | the nuclear deal was about "her lamp, not about America."
he | said | "I am a Muslim and I am an Indian, and I see no contradiction between the two,"
he | urging | members to judge the deal "on energy, not on religion."
CPI(M) general secretary Prakash Karat | said | the Speaker had "placed himself outside the party" by refusing to step down and join the vote
BJP member Ashok Argal | told | the money had been handed over at a hotel by "people claiming to speak for the Government."
people | claiming | to speak for the Government
party spokesman Abhishek Singhvi | said | "This is theatre, and cheap theatre at that,"
- | Asked | whether the Government would now move ahead with the nuclear deal
Dr. Singh | told | it would do so "without delay."
he | said | "We have a mandate from this House,"

=== pr10_011
# wire, curly double quotes; von der Leyen confirmed by nine votes (EU, 2019)
Von der Leyen | vows | to be “bold” on climate
she | promised | to put climate at the center of her work
David Sassoli | announced | The German defense minister won 383 votes, nine more than the 374 she needed, with 327 against and 22 abstentions
von der Leyen | told | “Nine votes is a majority, and I intend to earn every one of them again,”
she | added | “The work starts tomorrow, not in November.”
she | told | Europe had “to lead the fight against climate change, not follow it.”
She | said | she wanted the EU to be climate-neutral by 2050 and would propose a tax on carbon at the bloc’s borders
she | said | “My father told me that Europe was a promise, not a guarantee,”
My father | told | Europe was a promise, not a guarantee
she | said | “I have never forgotten it.”
many lawmakers | said | the leaders had ignored the voters by passing over every lead candidate of the May election
Manfred Weber | said | he had voted for her “without bitterness and without conditions.”
Their co-leader Ska Keller | had said | the group would not back her
Keller | told | the speech had been “strong on promises and weak on detail.”
Jens Geier | said | “We could not vote for a candidate who came out of a back room,”
several group leaders who had counted their members’ intentions before the secret ballot | according to | Her narrow margin depended on votes from Poland’s governing Law and Justice party and Hungary’s Fidesz
French President Emmanuel Macron | wrote on Twitter | the result was “a victory for a Europe that acts.”
- | was asked | whether such a thin majority would make it hard to govern
she | said | “A majority is a majority,”
she | said | “In my family we count votes carefully, but we don’t apologize for them.”

=== pr10_012
# tabloid, curly single quotes; the ANC recalls Mbeki (South Africa, 2008)
ANC | tells | ‘You must go’
Gwede Mantashe | told | the party’s national executive committee had decided to ‘recall’ the head of state
Mantashe | said | ‘The decision was not taken lightly. We love our president, but the NEC has lost confidence in his leadership,’
Pietermaritzburg judge Chris Nicholson | found | there may have been political meddling in the corruption case against ANC president Jacob Zuma
Mukoni Ratshitanga | said | the president would ‘abide by the decision of his organisation’ and leave office once Parliament had chosen a successor
Mbeki | said | ‘I joined this movement as a boy of 14, ~~ I will not start tonight. ++ ‘Let me state this plainly: ~~ I never asked anyone else to.’
ANC insiders | said | deputy president Kgalema Motlanthe was the favourite to take over until next year’s election
he | said | the ANC ‘had no wish to humiliate’ Mbeki ++ the former president deserved ‘respect for what he has done’ | c2
Julius Malema | {said} he would ‘kill | he would ‘kill for Zuma’
Malema | told | ‘The people have spoken. Mbeki must go home and rest,’
DA leader Helen Zille | called | the recall ‘a palace coup dressed up as party discipline’
Cosatu boss Zwelinzima Vavi | said | the union federation backed the NEC ‘one hundred percent’
Cosatu boss Zwelinzima Vavi | warned | nobody should ‘dance on the grave of a comrade’
The Treasury | said | the reports were ‘premature’
The Treasury | would not say | whether he had handed in a letter
taxi driver Sipho Ndlovu | said | ‘He did a lot for the economy, but he forgot about people like us.’
she | told | ‘They chased away a clever man,’
she | told | ‘My grandson says Zuma will be worse, and my grandson is never wrong!’
My grandson | says | Zuma will be worse

=== pr10_013
# regional paper, curly double quotes; the Supreme Court annuls the presidential election (Kenya, 2017)
President | calls | ruling “a coup”
the Supreme Court | declared | last month’s presidential election “invalid, null and void”
Chief Justice David Maraga | said | the Independent Electoral and Boundaries Commission had not run the vote “in the manner the Constitution demands.”
Maraga | said | “A court that is afraid to say what it has found is no court at all,”
Justice Njoki Ndung’u | said | the majority had “overturned the will of millions on the strength of paperwork.”
Opposition leader Raila Odinga | told | the ruling was “a lesson for the whole continent.”
he | said | “For the first time in our history, a court has told a sitting president that the vote was not clean,”
a court | has told | the vote was not clean
President Uhuru Kenyatta | said | he “did not agree with a single line” of the ruling but would “respect it as a citizen.”
he | called | the judges “wakora” ++ their decision “a coup by four people in robes,”
he | told | he would “revisit” the matter after the new election
George Ouma | said | “We have been crying since 2007. Today we are dancing,”
George Ouma | said | “My mother told me the courts would never go against the government. I must go and tell her she was wrong.”
My mother | told | the courts would never go against the government
I | tell | she was wrong
Governor Anyang’ Nyong’o | urged | residents to celebrate “with songs, not stones,”
Governor Anyang’ Nyong’o | asked | traders to reopen shops that had been shuttered since the violence of August
Peter Kiprono | said | officers would keep their distance
he | said | “We have no problem with dancing. We have a problem with looting,”
IEBC chairman Wafula Chebukati | said | there would be “changes in personnel” at the commission
- | Asked | whether a new vote could be held within 60 days
he | said | the commission was “ready, but not yet prepared,”
Odinga’s coalition | says | it will not take part unless senior IEBC officials are replaced
a statement issued last night | according to | Odinga’s coalition says it will not take part unless senior IEBC officials are replaced
Mary Akinyi | said | “Nobody here thinks the fight is over,”
Mary Akinyi | said | “But today, for one day, we won.”
Nobody here | thinks | the fight is over

=== pr10_014
# national daily, curly single quotes; Lee Hsien Loong sworn in (Singapore, 2004)
PM Lee | says | Singapore must ‘open up, not loosen up’
MR LEE Hsien Loong | pledging | to lead a government that would ‘listen harder and explain more’ without giving up the discipline that had served the country for four decades
Mr Lee | said | ‘We must open up, but we must not loosen up. ~~ a society without rules,’
he | added | ‘My generation did not build this country. We inherited it, and we must not squander it,’
He | said | he wanted Singaporeans to ‘feel that they have a stake in every decision, big or small’
He | promised | his Cabinet would spend more time explaining policies before announcing them
Mr Goh Chok Tong | said | he was handing over ‘a ship in good order, with a capable crew’
Mr Goh | told | ‘I told Hsien Loong last week, ~~ It is the thousandth,”’
I | {told} Hsien Loong | “The hard part is not the first day. It is the thousandth,”
Mr Low Thia Khiang | said | the new Prime Minister should show his openness by ‘allowing more space for alternative voices, not just more feedback sessions’
Mr Lee | {said} Singapore’s | Singapore’s one-China policy was ‘unchanged, and will not change’
Foreign Ministry spokesman Zhang Qiyue | said | China hoped the new government would ‘handle Taiwan-related matters prudently’
China | hoped | the new government would ‘handle Taiwan-related matters prudently’
Mr Tan Boon Huat | said | ‘He has big shoes to fill, but his father’s are not the only shoes in the cupboard,’
Ms Nur Aisyah Rahman | said | she hoped the new leader would ‘let young people disagree without being called troublemakers’
she | hoped | the new leader would ‘let young people disagree without being called troublemakers’
Dr Victor Seah | said | the speech had ‘set a tone but not yet a direction’
he | said | The real test ++ would come at the next general election, which must be held by 2007
- | Asked | whether he would reshuffle the Cabinet
Mr Lee | replied | he had ‘made a few changes, and you will see them tomorrow’

=== pr10_015
# tabloid, straight quotes, straight single quotes in the headline; demonetisation (India, 2016)
Manmohan | calls | note ban 'organised loot'
Former Prime Minister Manmohan Singh | called | the Modi government's demonetisation drive "organised loot and legalised plunder of the common people"
Dr Singh | told | "I have no quarrel with the aim. ~~ careless beyond belief,"
The economist | warned | national output could fall "by two percentage points or more" because of the cash crunch
Jaitley | told | "Those who presided over the 2G and coal scams are now lecturing us about loot,"
{Modi} had asked | had asked | citizens to bear with him for "just 50 days."
he | had said | "After December 30, if you find a single fault in my intention, I will accept any punishment you give,"
he | said | "I have two old thousand-rupee notes and a daughter's wedding next week. Tell me what I should do,"
Shobha Kale | added | "The manager says come tomorrow. Tomorrow he will say come tomorrow,"
The manager | says | says {come tomorrow}. Tomorrow
he | will say | will say {come tomorrow}
Delhi Chief Minister Arvind Kejriwal | tweeted | "This is the biggest scam since Independence, and the poor are paying for it in sweat."
West Bengal Chief Minister Mamata Banerjee | has demanded | the decision be rolled back within three days
The Reserve Bank of India | said | there was "adequate cash" in the system
The Reserve Bank of India | urged | people not to hoard the new notes
BJP loyalists | insist | the pain is worth it
Ramesh Patil | said | "Black money is finished. Terror funding is finished. A little queue is a small price,"
this paper | asked | whether he had stood in any queue himself
he | said | "I have staff for that."
Bankers | told | the new 2,000-rupee note was "useless for buying milk."
One branch manager in Kurla | said | his ATMs ran dry "within two hours, every single day."
The government | says | the supply of notes will be normal "in a few weeks."

=== pr10_016
# regional paper, curly single quotes; the Level 4 lockdown seen from Southland and Otago (New Zealand, 2020)
Ardern | says | country must ‘go hard and go early’
Prime Minister Jacinda Ardern | telling | the Government would ‘not wait for the hospitals to fill before we act’
Ms Ardern | said | ‘Every country that waited has regretted waiting. We will not be one of them,’
Ms Ardern | said | ‘Be strong, and be kind.’
Director-General of Health Dr Ashley Bloomfield | said | there were early signs of community transmission ++ the numbers would ‘get worse before they get better’
Queenstown Lakes Mayor Jim Boult | said | the district’s economy had ‘fallen off a cliff overnight’
he | said | ‘I had an operator ring me this morning and say, ~~ they’re my friends,”’
an operator | say | “Jim, I’ve just laid off forty people, and they’re my friends,”
Invercargill Mayor Sir Tim Shadbolt | declaring | the city had ‘survived worse winters than this one’
Karen Dwyer | said | ‘People are buying flour like it’s gold,’
Karen Dwyer | said | ‘I keep telling them the trucks are still coming.’
I | keep telling | the trucks are still coming
officials | were told | they could keep working as an essential service
Neil Campbell | said | ‘Cows don’t know there’s a lockdown,’
National leader Simon Bridges | said | his party would back the lockdown ‘without reservation’
National leader Simon Bridges | urged | the Government to publish ‘a plan for the day after’
An intensive care nurse at Dunedin Hospital | asked | us to leave her name out
An intensive care nurse at Dunedin Hospital | told | ‘We have been practising ~~ nobody is sleeping much either. ++ ‘If people stay home, we can do this. If they don’t, I honestly don’t know.’
Southern District Health Board chief executive Chris Fleming | said | the region had ‘enough ventilators for the first wave, if it is a small one’
- | Asked | what would happen if it was not
he | said | the board was ‘working on that this afternoon’
Police | said | they would use ‘education first, and enforcement if we have to’
first-year student Aroha Tipene | said | ‘My mum texted me, “Come home now, we’ll sort the rest later,”’
My mum | texted | “Come home now, we’ll sort the rest later,”

=== pr10_017
# tabloid, curly double quotes; Zuma goes to jail after defying the Zondo commission (South Africa, 2021)
Daughter | tweets | “My father walks in with his head high”
Zuma Foundation spokesman Mzwanele Manyi | posted on Twitter | “He is on his way. He goes with his head high and his conscience clear,”
she | tweeted | “My father walks in tonight with his head high, and he will walk out the same way,”
Acting Deputy Chief Justice Sisi Khampepe | wrote | he had set out “to make a mockery of the very court that is meant to protect every citizen.”
Deputy Chief Justice Raymond Zondo | told | the walk-out was “a very serious matter”
Deputy Chief Justice Raymond Zondo | said | he would ask the Constitutional Court to intervene
he | ask | the Constitutional Court to intervene
Zuma | told | he was not afraid of prison
he | said | “I spent ten years on Robben Island when some of these judges were still at school,”
He | described | the ruling as “the return of detention without trial.”
supporters in camouflage jackets | chanted | “Hands off Zuma!”
supporters in camouflage jackets | promised | to block the road if police came for him
Jessie Duarte | said | the party “respects the courts, even when it hurts.”
DA leader John Steenhuisen | said | the night proved that “nobody is above the law, not even a former president.”
Presidency spokesperson Tyrone Seale | said | President Cyril Ramaphosa would not comment on “a matter that is before the courts.”
Correctional Services spokesperson Thandi Mabaso | told | the former president would go through the same admission process as any other inmate, “with no special treatment at all.”
he | asked | “Zuma is not a saint, but why only him?”
he | asked | “What about the ones who helped him?”
she | said | “My mother always said a thief sleeps well until the day he doesn’t,”
My mother | always {said} | a thief sleeps well until the day he doesn’t
Zuma’s lawyers | have asked | the Constitutional Court to rescind its order

=== pr10_018
# political blog (first person), curly double quotes; the Lekki toll gate shooting (Nigeria, 2020)
he | {said} was: | “They have switched off the lights.”
somebody | shouted | “Stay down! Stay down!”
the Army’s official Twitter account | had labelled | reports of the shooting “FAKE NEWS.”
Lagos governor Babajide Sanwo-Olu | told | nobody had died
he | admitted | two people had lost their lives
he | called | it “the toughest night of my life as governor”
{he} admitted | {said} “forces | “forces beyond our direct control” had been at work
Amnesty International | said | it had confirmed that at least 12 protesters were killed at Lekki and at Alausa ++ soldiers had blocked ambulances from reaching the wounded
it | had confirmed | at least 12 protesters were killed at Lekki and at Alausa
Inspector-General Mohammed Adamu | announced | SARS had been dissolved
my brother | said | “They will change the name and keep the men,”
He | urged | young people to “leave the streets and come to the table,”
{He} urged | warned | the government would not “sit back and watch the country burn.”
I | asked | whether he would go out again
he | said | “If we stop now, they will say we were paid,”
they | will say | we were paid
he | said | “I would rather be shot than be called a hireling.”
I | think | the government expected us to forget by Christmas
the government | expected | us to forget by Christmas
A friend who works at a hospital in Lekki | messaged | “We had eleven gunshot cases before midnight. Don’t let anyone tell you it didn’t happen.”
anyone | tell | it didn’t happen

=== pr10_019
# national daily with a Rajya Sabha exchange, straight quotes, straight single quotes in the headline; Article 370 (India, 2019)
Shah | tells | Article 370 'stood in the way of development'
Home Minister Amit Shah | told | the provision had given the State "nothing but separatism, terrorism and poverty."
he | said | "Give us five years, and Kashmir will be the most developed region of this country,"
he | said | "This Government has buried the Constitution in one morning,"
Chairman M. Venkaiah Naidu | said | "Honourable members, please go back to your seats. Nothing is going on record,"
Mr. Azad | said | the Government had "taken the people of Kashmir hostage,"
Mr. Shah | replied | not a single bullet had been fired
the Home Minister | said | "The honourable member should wait and see the results before passing judgment,"
a BJP member from the back benches | shouted | "We have waited seventy years. How much longer?"
Former Chief Minister Mehbooba Mufti | wrote on Twitter | it was "the darkest day in Indian democracy" ++ the decision would "never be accepted by the people of the State."
Omar Abdullah | called | the move "a betrayal of the trust the people placed in India in 1947."
Congress leader P. Chidambaram | warned | the move would be "struck down the moment it reaches a court,"
Congress leader P. Chidambaram | asked | whether the Government had consulted "a single elected representative of the people of Kashmir."
Irfan Bhat | said | "My parents don't know I am safe, and I don't know if they are,"
BJD member Prasanna Acharya | said | his party supported the resolution "because the country comes before politics."
Prime Minister Narendra Modi | posted on Twitter | the decision would "free Jammu, Kashmir and Ladakh to grow as the rest of India has grown."
Pakistan's Foreign Office | said | it would take the matter "to every forum in the world."
officials in Srinagar | According to | telephone and internet lines across the Valley had been cut since midnight
reporters | Asked | how long the restrictions would last
a senior Home Ministry official | said only | they would be reviewed "day by day."

=== pr10_020
# news site, transcript-heavy Q&A, curly double quotes with curly single quotes in the headline; Sara Duterte's online briefing (Philippines, 2024)
VP Sara Duterte | says | she has ‘talked to a person’ about Marcos if she is harmed
Vice President Sara Duterte | said | she had instructed someone to kill President Ferdinand Marcos Jr., his wife and House Speaker Martin Romualdez if she herself were killed
she | had instructed | someone to kill President Ferdinand Marcos Jr., his wife and House Speaker Martin Romualdez if she herself were killed
the Palace | called | “an active threat” to the President
a reporter | Asked | why she had spent the night at the House of Representatives, where her chief of staff was being held
Duterte | said | “Because they are treating my staff like criminals, and I will not leave her alone here.”
The reporter | asked | whether she feared for her own safety
she | replied | “Don’t worry about my safety,”
she | replied | “Somebody is already tasked. ~~ No joke. No joke.”
I | told | if anything happens to me, you go after the three of them — the President, his wife and the Speaker
A second reporter | asked | “Ma’am, you realize this can be read as a threat against the President?”
Duterte | answered | “Then let them read it,”
Duterte | answered | “I said what I said.”
she | insisted | the remarks were “not a threat but a precaution,”
she | accused | the administration of “using the House to destroy my family.”
- | Asked | whether she would apologize
she | said | “For what? For being honest?”
The Presidential Security Command | said | it had raised the President’s protection “to the highest level,”
The Presidential Security Command | adding | any threat “will be treated as real until proven otherwise.”
Executive Secretary Lucas Bersamin | said | he had referred the matter to the National Bureau of Investigation and the police “for appropriate action.”
A Palace press officer | said | the President’s schedule for Monday was “unchanged, down to the minute.”
Romualdez | said | the remarks were “deeply troubling”
Romualdez | urged | the Vice President “to speak with the gravity her office demands.”
he | said | “A threat made in public, in front of cameras, is still a threat. I will not let it pass,”
former President Rodrigo Duterte | has accused | Marcos of wanting to stay in power beyond 2028
Duterte | telling | her words had been “taken out of context by people who want me gone.”
Lawmakers allied with the Speaker | say | an impeachment complaint is being drafted

=== pr10_021
# public-broadcaster site with section heads, curly double quotes; Qatargate (EU, 2022)
Metsola | says | “European democracy is under attack”
European Parliament President Roberta Metsola | warning | the institution was facing “the gravest test of its integrity in its history,”
She | told | “Those who sold access to this house ~~ who works here honestly. ++ “There will be no cover-up, ~~ the group they sit in.”
Belgium’s federal prosecutor’s office | said | it suspected “a Gulf state” of trying to influence the Parliament’s decisions “by paying large sums of money or offering substantial gifts.”
it | suspected | “a Gulf state” of trying to influence the Parliament’s decisions “by paying large sums of money or offering substantial gifts.”
the statement | according to | Investigators seized about €600,000 in cash at one private home and €150,000 at an apartment in Brussels
lawyer | says | she is innocent
Michalis Dimitrakopoulos | told | she “had nothing to do with any money from Qatar” and would explain herself “to the judge, not to the cameras.”
Iratxe García Pérez | said | the group had acted “within hours” ++ there would be “zero tolerance for anyone who has put a price on their vote.”
Qatar’s mission to the EU | said | any suggestion of misconduct by the Qatari government was “without foundation and deeply damaging to our relations.”
Commission President Ursula von der Leyen | called | the allegations “corrosive to the trust citizens place in us”
Commission President Ursula von der Leyen | said | she would press ahead with plans for an independent ethics body covering all EU institutions
The Greens | have long argued | the Parliament’s rules on lobbying are too weak
Philippe Lamberts | said | “We have been warning for years that the door of this house was open to anyone with a suitcase,”
We | have been warning | the door of this house was open to anyone with a suitcase
- | Asked | whether the Parliament had ignored warning signs
Metsola | said | she would “not pretend that everything was working.”
She | promised | a package of reforms “early in the new year, not in the next mandate.”
One long-serving Parliament official | asked | not to be named
the official | said | “Everyone knew the corridors were full of people with no name badge. Nobody thought they were carrying cash,”
Nobody | thought | they were carrying cash

=== pr10_022
# national daily with a Question Time exchange, curly single quotes; Luxon's coalition (New Zealand, 2023)
Luxon | says | voters asked for ‘a change of direction’
he | admitted | had been ‘longer than any of us wanted’
Mr Luxon | said | ‘New Zealanders voted for a new government with a clear plan, and that is what they are going to get,’
he | said | ‘I have been doing this for a very long time, and this arrangement will work because it has to,’
Mr Seymour | told | his party had secured ‘a serious national conversation about what the Treaty actually says’
public health experts | called | ‘a gift to the tobacco industry, wrapped in a tax cut’
Te Pāti Māori co-leader Rawiri Waititi | accused | the incoming government of ‘taking this country backwards by forty years’
Labour leader Chris Hipkins | asked | whether he stood by the repeal
Mr Luxon | replied | ‘I do, Mr Speaker, and I will tell the honourable member why. We are not going to let a black market run our corner dairies,’
he | asked | ‘Does the Prime Minister accept that his own health officials told him this decision would cost lives?’
his own health officials | told | this decision would cost lives
he | said | ‘Order. The member will ask his question and then allow the Prime Minister to answer it,’
Mr Luxon | told | ‘The advice I received was one view among many,’
several hundred people who had marched from the Wellington waterfront | chanted | ‘Toitū te Tiriti!’
Kahu Tamihana | said | ‘I came because my nan made me promise I would stand up when it mattered,’
made {me} promise | promise | I would stand up when it mattered
one Auckland chief executive | said | ‘Three parties at one table is never simple, but the plan is sensible,’
one Auckland chief executive | asked | not to be identified
Mr Hipkins | said | Labour would hold the coalition ‘to every promise it has made, and every one it breaks’

=== pr10_023
# political blog (first person), straight quotes; the repeal of the farm laws (India, 2021)
Prime Minister Narendra Modi | was announcing | the three farm laws would be repealed
He | said | there may have been a shortcoming in the government's "tapasya," ++ in explaining the laws to farmers
he | said | "If our effort fell short, ~~ go home to their families,"
I | ask | my farmer brothers to forgive that shortcoming and go home to their families
he | said | "Twelve months. Seven hundred funerals. And now he apologises on the television,"
It | said | the farmers would wait for the repeal "to go through Parliament, not through a speech."
It | demanded | a legal guarantee of minimum support prices
Rakesh Tikait | tweeted | farmers would "go home when the laws go, and not one day before."
Rahul Gandhi | wrote on Twitter | the farmers had "taught arrogance a lesson it will not forget."
Nadda | said | "Only a leader with a big heart takes a step back for the sake of farmers,"
I | think | the timing had more to do with Uttar Pradesh and Punjab, which vote in February, than with any change of heart
A BJP worker from western Uttar Pradesh | asked | me not to print his name
he | told | "We were hearing it in every village. The Jat vote was gone,"
I | asked | whether she would go home now
she | said | "Would you?"
she | said | "For a year they called us terrorists and traitors. I want to hear the word 'repealed' in Parliament first."
they | called | us terrorists and traitors
A Delhi economist who had supported the laws | told | they were "the right reform sold the wrong way."
He | expects | no government to touch agricultural markets "for a decade at least."
one of them | said | "When the papers are signed," ++ "you will not see us for dust." | c2

=== pr10_024
# public-broadcaster site with section heads, curly double quotes with a curly single-quoted head; Ruto withdraws the Finance Bill (Kenya, 2024)
Ruto | tells | “I concede”
President William Ruto | said | he would not sign the Finance Bill 2024 and would send it back to Parliament to be withdrawn
Ruto | said | “The people of Kenya have spoken, loudly and clearly, and I have heard them. I concede,”
He | said | he would convene talks with young people “within 14 days” and order deep cuts to spending in his own office
he | called | the storming of Parliament “treasonous”
he | {said} the protests | the protests had been “hijacked by dangerous people.”
The Kenya National Commission on Human Rights | said | at least 22 people had been killed in Tuesday’s protests, most of them in Nairobi ++ it had recorded dozens of arrests without charge
The National Police Service | said | officers had acted “with restraint in the face of extreme provocation.”
Amnesty Kenya | said | police had fired “live bullets at unarmed young people who were holding nothing but phones.”
reporters | Asked | whether officers who had opened fire would face charges
Interior Cabinet Secretary Kithure Kindiki | said | every death was “under investigation.”
hundreds of young protesters | chanted | “Ruto must go!”
Wanjiru Kamau | said | “We are not going home because he has dropped one bill. We want justice for the ones who were shot,”
One of the best-known voices of the movement | wrote | “Don’t celebrate yet. A bill can come back. Our friends cannot.”
Opposition leader Raila Odinga | called for | “an honest national dialogue, not a cosmetic one,”
Opposition leader Raila Odinga | urged | the President to “listen to the street before the street stops talking.”
Treasury officials | told | the government would now have to borrow more or cut development spending
One senior official | said | the country was “back to square one with the IMF.”
Majority Leader Kimani Ichung’wah | told | MPs had voted “in good faith” ++ they would back whatever the President decided

=== pr10_025
# public-broadcaster site with section heads, curly double quotes; the ANC loses its majority and forms a unity government (South Africa, 2024)
Steenhuisen | says | deal opens “a new chapter”
both parties | are calling | a government of national unity
Ramaphosa | told | “Voters did not give any one party the keys to this house. They told us to share them,”
They | told | us to share them
Fikile Mbalula | told | the party had been “humbled, not humiliated” by the May 29 election
A statement of intent released on Friday afternoon | says | decisions in the new executive will be taken by “sufficient consensus,”
it | defines | agreement among parties holding 60% of the seats in the Assembly
DA leader John Steenhuisen | said | the document gave his party a voice in “every major decision of the executive” ++ the agreement opened “a new chapter in our democracy, written by former opponents.”
- | Asked | whether the DA would accept the ANC’s policy on black economic empowerment
Steenhuisen | replied | “We have agreed on what we agree on. The rest we will argue about, in the open, like adults.”
Nhlamulo Ndhlela | said | the party would “not legitimise a stolen outcome” and would press on with its court challenge
Malema | said | the EFF would never serve alongside the DA
he | called | “the party of the privileged few.”
he | said | “The ANC has chosen its new friends. History will judge them,”
Dealers in Johannesburg | said | the move reflected relief that the ANC had turned to the DA rather than to MK or the EFF
Political analyst Dr Zandile Mthethwa | said | the coalition would “live or die on the budget, not on speeches.”
Lerato Sithole | said | “I voted ANC my whole life. This time I stayed at home, and maybe that was the message,”
His office | said | he would announce his Cabinet “in the coming days, after consultation with all parties in the government.”

=== pr10_026
# regional paper, straight quotes, straight single quotes in the headline; the 2023 presidential election (Nigeria, 2023)
Obi | says | Labour Party 'won this election'
Labour Party presidential candidate Peter Obi | said | he had won last Saturday's election and would "prove it in court, not on the streets,"
the Independent National Electoral Commission | declared | Bola Tinubu of the All Progressives Congress president-elect
Obi | told | "I will not abandon the Nigerian people. ~~ how we won it. ++ "Every result sheet our agents collected ~~ see every one of them."
INEC chairman Mahmood Yakubu | said | Tinubu had polled 8,794,726 votes, against 6,984,520 for Atiku Abubakar of the Peoples Democratic Party and 6,101,533 for Obi
The Labour Party | says | INEC failed to upload polling-unit results to its online portal in real time, as it had told Nigerians it would
The commission | has said | the delays were caused by "a technical glitch, not a human hand."
Tinubu | urged | his rivals to "come and build this house with me, not burn it down."
He | said | he would be "a president for the 93 million who registered, not only for the 8.8 million who voted for me."
Atiku | calling | the poll "the most disputed election since our return to democracy in 1999."
Young supporters | call | themselves "Obidients"
Ifeoma Nwankwo | said | "My father voted in 1993. He told me they stole June 12 from him. Now I know how he felt,"
He | told | they stole June 12 from him
her friend Kelechi Ani | added | "We did everything right,"
her friend Kelechi Ani | added | "We queued from 6 am. We guarded the ballots. We even snapped the result sheets."
Police spokesman Daniel Ndukwe | said | officers had been deployed "to protect, not to provoke,"
Police spokesman Daniel Ndukwe | appealed to | supporters to "express themselves within the law."
the U.S. State Department | said | it understood that many Nigerians were frustrated
the U.S. State Department | urged | candidates to "use the courts, not violence."
Dr Obinna Nnadi | said | the tribunal would find it "very hard" to overturn the result
he | said | "Our courts have never annulled a presidential election. That is not a prediction, that is history,"
- | Asked | whether he would telephone Tinubu
Obi | said | there was "nothing to call about until the tribunal has spoken."

=== pr10_027
# political blog (first person), straight quotes, straight single quotes in the headline; the migration pact vote (EU, 2024)
gallery | shouts | 'This pact kills'
a group of young protesters in the public gallery | shouted | "This pact kills! Vote no!"
she | said | "I would ask the gallery to respect the democratic process,"
I | would ask | the gallery to respect the democratic process
Commission Vice-President Margaritis Schinas | told | it was "a historic day" ++ the Union had "kept its word to its citizens."
Home Affairs Commissioner Ylva Johansson | posted on X | "We have done it. A European answer to a European challenge."
The Greens' rapporteur on one of the files | told | the pact would "make detention the rule and protection the exception."
The Left | said | the vote would be remembered as "the day Europe built its camps."
National Rally MEPs | called | the package "an open door with a new coat of paint."
Viktor Orban | posted | the pact was "a plan to import problems Hungary does not want."
Prime Minister Donald Tusk | said | Poland would "pay nothing and take no one" under the relocation rules
Amnesty International | said | the reforms would "turn Europe's borders into waiting rooms with fences."
I | think | the pact passed because the centre was more frightened of June's elections than of anything in the text
One EPP adviser | put it | "If we had failed today, the far right would have won the campaign before it started."
I | asked | whether the pact would change anything on the ground
he | said | "Not this year. Maybe not next year,"
he | said | "But for the first time we have rules that every government has signed."
she | muttered | "Ten laws, and the boats will still come,"
Metsola | told | the Parliament had "done its part" ++ it was now up to the member states

=== pr10_028
# public-broadcaster site with a section head, curly double quotes; Lawrence Wong sworn in (Singapore, 2024)
New PM Lawrence Wong | promises | to lead “in my own way”
Lawrence Wong | telling | he would keep the country’s values but change how its government works with people
Mr Wong | said | “I will not be a carbon copy of those who came before me. ~~ the trust of our people,”
He | said | his team would “listen more, listen earlier, and explain before we decide,”
He | asked | younger Singaporeans to “argue with us, but argue with us in good faith.”
He | recalled | when he told his mother he was going into politics, she had said only: “Remember where you came from.”
he | told | he was going into politics
she | had said only | “Remember where you came from.”
Mr Lee | told | “My job now is to be useful and to keep out of the way,”
Leader of the Opposition Pritam Singh | wrote on Facebook | he hoped Mr Wong would be “as open in office as he has promised to be,” ++ the Workers’ Party would hold the new government “to its word, respectfully and firmly.”
he | hoped | Mr Wong would be “as open in office as he has promised to be,”
US Secretary of State Antony Blinken | said | Washington looked forward to “deepening a partnership that has served both our peoples for decades.”
she | said | “He eats here. He pays for his own food. That is how I know he is a good man,”
Associate Professor Kenneth Goh | described | the handover as “the smoothest in the region, and perhaps the most scripted.”
he | added | Mr Wong’s first real test ++ will be a general election that must be held by November 2025
a reporter | Asked | whether he would call an early election
Mr Wong | said | the date would be decided “at the appropriate time, and certainly not tonight.”
He | confirmed | Mr Gan Kim Yong would be promoted to Deputy Prime Minister alongside Mr Heng Swee Keat

=== pr10_029
# wire, straight quotes, straight single quotes in the headline; Duterte arrested on an ICC warrant (Philippines, 2025)
Marcos | says | Manila 'kept its commitments'
the government | said | Former Philippine President Rodrigo Duterte was arrested ~~ to the Netherlands hours later
President Ferdinand Marcos Jr. | told | "We did not go looking for this. ~~ keeps its commitments,"
Duterte | said | "Show me the law I broke. Show me the crime,"
Duterte | said | "You will have to answer for this."
The ICC | said | he faces a charge of murder as a crime against humanity ++ its judges had found "reasonable grounds to believe" he bore responsibility for killings by a so-called death squad in Davao and by police during his presidency
its judges | had found | "reasonable grounds to believe" he bore responsibility for killings by a so-called death squad in Davao and by police during his presidency
Vice President Sara Duterte | called | the arrest "a surrender of our sovereignty to foreigners"
Vice President Sara Duterte | said | she would fly to The Hague to be with her father
Salvador Panelo | told | the arrest was "unlawful from start to finish" because the Philippines had left the court in 2019
The ICC | has said | it keeps jurisdiction over crimes committed while Manila was a member
a few hundred supporters | chanted | "Bring him home!"
Senator Christopher "Bong" Go | said | he had been "prevented from seeing him, even for one minute."
Rights groups | described | the arrest as the day many families thought would never come
many families | thought | would never come
Luzviminda Reyes | said | "I waited eight years for this. My son was 17,"
Luzviminda Reyes | said | "The police told us he fought back. He was holding a cellphone."
The police | told | he fought back
- | Asked | whether he had spoken to Duterte before the plane left
He | said | the government had made sure Duterte was "treated with dignity, as a former president should be."
Police | have put | the death toll of the drug war at about 6,000
Human rights groups | say | the real figure is several times higher
The Philippine Senate's minority bloc | said | it would open an inquiry into the arrest

=== pr10_030
# live blog with time stamps, straight quotes, straight single quotes in the headline; counting day of the general election (India, 2024)
Modi | says | voters placed 'faith in NDA for a third time'
PM Narendra Modi | says | the people have given the NDA a mandate "for the third time in a row, something this country has not seen since 1962."
he | says | "This is a victory for every voter who stood in the heat to cast a ballot,"
Gandhi | says | "This election was a fight to save the Constitution, and the poor of this country have saved it,"
- | Asked | whether the INDIA bloc will try to form the government
he | says | the alliance will meet on Wednesday and "decide together, not in front of cameras."
TDP chief Chandrababu Naidu | tells | he is "with the NDA, and we will stay there."
JD(U) leader K.C. Tyagi | says | Nitish Kumar will "not change sides this time, whatever anybody offers."
she | writes | "Life is like this. I will keep serving the people of Amethi, with or without the title of MP."
Election Commission data | according to | Mr Modi wins Varanasi by just over 1.5 lakh votes, down sharply from 2019
SP chief Akhilesh Yadav | says | the result shows that "faith cannot be turned into a vote bank."
Our correspondent in Lucknow | reports | SP workers are bursting crackers outside the party office, chanting "UP ne bata diya!"
SP workers | chanting | "UP ne bata diya!"
a Mumbai fund manager who asked not to be named | says | "Markets priced in a landslide and got a coalition,"
a Mumbai fund manager | asked | not to be named
Congress general secretary Jairam Ramesh | posts on X | "The trends are clear. The '400 paar' slogan has turned into a question mark."
BJP spokesperson Sudhanshu Trivedi | tells | it is "too early to read anything into trends" ++ the party remains "confident of a clear mandate."
an Election Commission official | says | "Counting is proceeding smoothly at all centres,"
Exit polls on Saturday | had predicted | the BJP would win a comfortable majority on its own

'''


if __name__ == "__main__":
    main()
