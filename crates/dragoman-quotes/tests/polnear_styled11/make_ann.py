#!/usr/bin/env python3
"""Write the brat standoff files of polnear_styled11 from the spec at the end
of this script.

Spec: a line `=== pr11_NNN` starts a text; every following line up to the
next `===` is one attribution relation,

    SOURCE | CUE | CONTENT [| c2]

with strings copied from the text. `-` as SOURCE means the text names no
Source. CONTENT may have several pieces separated by ` ++ ` (a split quote,
a parenthetical cue, a quote over several paragraphs); a piece written
`PREFIX ~~ SUFFIX` is the shortest stretch of one paragraph that starts with
PREFIX and ends with SUFFIX. In any field, braces pick the target out of a
longer context: `{he} admitted`, `Ms Lam | {said} the bill`. `c2` writes the
pieces as Content, Content2, ... arguments instead of one `;`-segmented T
line. Lines starting with `#` are comments.

Offsets are found by exact search, on word boundaries where a locator starts
or ends with a letter or digit, and never just before a possessive or
contracted 's. A Content piece must occur exactly once. The Cue is the
occurrence nearest the Content, the Source the occurrence nearest the Cue;
neither may overlap the relation's own Content, the Source may not overlap
the Cue, an occurrence in the same paragraph wins over one outside it, and a
tie is an error.

    python3 make_ann.py                      rewrite ann/*.ann
    python3 make_ann.py --review [--flagged] [--only STEM]
    python3 make_ann.py --check              also read the files back with score.py
"""

import argparse
import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_DIR = HERE / "text"
ANN_DIR = HERE / "ann"
SCORE_PY = HERE / "../../../../../shared/eval/score.py"


class SpecError(Exception):
    pass


def is_word(ch):
    return ch.isalnum() or ch == "_"


def paragraph_starts(text):
    starts = [0]
    for m in re.finditer(r"\n\n+", text):
        starts.append(m.end())
    return starts


def paragraph_of(starts, offset):
    index = 0
    for i, s in enumerate(starts):
        if s <= offset:
            index = i
    return index


def split_braces(locator):
    """(context, start, end) of the target inside the context."""
    if "{" in locator:
        a = locator.index("{")
        b = locator.index("}", a)
        context = locator[:a] + locator[a + 1:b] + locator[b + 1:]
        return context, a, b - 1
    return locator, 0, len(locator)


def boundary_ok(text, start, end, context):
    if context[:1] and is_word(context[0]) and start > 0 and is_word(text[start - 1]):
        return False
    if context[-1:] and is_word(context[-1]):
        if end < len(text) and is_word(text[end]):
            return False
        if text[end:end + 2] in ("'s", "’s") and not (end + 2 < len(text) and is_word(text[end + 2])):
            return False
    return True


def occurrences(text, locator):
    """All target spans of a locator (context with an optional {target})."""
    context, a, b = split_braces(locator)
    if not context:
        raise SpecError("empty locator")
    spans = []
    pos = text.find(context)
    while pos >= 0:
        if boundary_ok(text, pos, pos + len(context), context):
            spans.append((pos + a, pos + b))
        pos = text.find(context, pos + 1)
    return spans


def piece_spans(text, starts, piece):
    if " ~~ " in piece:
        prefix, suffix = piece.split(" ~~ ", 1)
        found = []
        for p0, p1 in occurrences(text, prefix):
            para = paragraph_of(starts, p0)
            best = None
            for s0, s1 in occurrences(text, suffix):
                if s0 >= p1 and paragraph_of(starts, s1 - 1) == para and "\n" not in text[p0:s1]:
                    if best is None or s1 < best[1]:
                        best = (p0, s1)
            if best:
                found.append(best)
        return found
    return occurrences(text, piece)


def gap(span, spans):
    return min(max(s[0] - span[1], span[0] - s[1], 0) for s in spans)


def overlaps(span, spans):
    return any(span[0] < s[1] and s[0] < span[1] for s in spans)


def choose(text, starts, locator, anchor, forbidden, what):
    """The occurrence of locator nearest the anchor spans, same paragraph first."""
    cands = [s for s in occurrences(text, locator) if not overlaps(s, forbidden)]
    if not cands:
        raise SpecError(f"{what} {locator!r} not found")
    anchor_paras = {paragraph_of(starts, s[0]) for s in anchor} | {paragraph_of(starts, s[1] - 1) for s in anchor}

    def key(s):
        same = paragraph_of(starts, s[0]) in anchor_paras
        return (0 if same else 1, gap(s, anchor))

    cands.sort(key=key)
    if len(cands) > 1 and key(cands[0]) == key(cands[1]):
        raise SpecError(f"{what} {locator!r}: tie between offsets {cands[0]} and {cands[1]}")
    same_para = [s for s in cands if paragraph_of(starts, s[0]) in anchor_paras]
    return cands[0], len(same_para), paragraph_of(starts, cands[0][0]) in anchor_paras


class Relation:
    def __init__(self, stem, line, source, cue, content, c2, flags):
        self.stem, self.line = stem, line
        self.source, self.cue, self.content = source, cue, content
        self.c2, self.flags = c2, flags


def resolve(stem, text, line):
    fields = [f.strip() for f in line.split(" | ")]
    if len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
        raise SpecError(f"bad spec line: {line!r}")
    src_loc, cue_loc, content_loc = fields[:3]
    c2 = len(fields) == 4
    starts = paragraph_starts(text)
    pieces = []
    for piece in content_loc.split(" ++ "):
        spans = piece_spans(text, starts, piece)
        if len(spans) != 1:
            raise SpecError(f"content piece {piece!r} found {len(spans)} times")
        pieces.append(spans[0])
    pieces.sort()
    flags = []
    cue, n_cue, cue_same = choose(text, starts, cue_loc, pieces, pieces, "cue")
    if n_cue > 1:
        flags.append(f"cue: {n_cue} candidates in paragraph")
    if not cue_same:
        flags.append("cue outside the Content's paragraphs")
    source = None
    if src_loc != "-":
        source, n_src, src_same = choose(text, starts, src_loc, [cue], pieces + [cue], "source")
        if n_src > 1:
            flags.append(f"source: {n_src} candidates in paragraph")
        if not src_same:
            flags.append("source outside the Cue's paragraph")
    if len({paragraph_of(starts, p[0]) for p in pieces}) > 1:
        flags.append("content over several paragraphs")
    return Relation(stem, line, source, cue, pieces, c2, flags)


def check_span(text, segs, where):
    for a, b in segs:
        piece = text[a:b]
        if a >= b:
            raise SpecError(f"{where}: empty span")
        if piece != piece.strip():
            raise SpecError(f"{where}: span {piece!r} starts or ends with a space")
        if "\n" in piece:
            raise SpecError(f"{where}: span {piece!r} crosses a line break")


def render(stem, text, relations):
    tids, tlines = {}, []

    def tid(kind, segs):
        key = (kind, tuple(segs))
        if key not in tids:
            check_span(text, segs, f"{stem} {kind}")
            tids[key] = f"T{len(tids) + 1}"
            offs = ";".join(f"{a} {b}" for a, b in segs)
            covered = " ".join(text[a:b] for a, b in segs)
            tlines.append(f"{tids[key]}\t{kind} {offs}\t{covered}")
        return tids[key]

    elines = []
    cues = {}
    ordered = sorted(relations, key=lambda r: (r.content[0][0], -r.content[-1][1]))
    for n, r in enumerate(ordered, 1):
        cue = tid("Cue", [r.cue])
        args = [f"Attribution:{cue}"]
        if r.source:
            args.append(f"Source:{tid('Source', [r.source])}")
            if cues.setdefault(r.cue, r.source) != r.source:
                raise SpecError(f"{stem}: cue {text[r.cue[0]:r.cue[1]]!r} shared by two Sources")
        if r.c2:
            for i, seg in enumerate(r.content):
                args.append(f"Content{'' if i == 0 else i + 1}:{tid('Content', [seg])}")
        else:
            args.append(f"Content:{tid('Content', r.content)}")
        elines.append(f"E{n}\t" + " ".join(args))
    # verify T lines
    for line in tlines:
        t, rest, covered = line.split("\t")
        offs = rest.split(" ", 1)[1]
        segs = [tuple(map(int, p.split())) for p in offs.split(";")]
        if " ".join(text[a:b] for a, b in segs) != covered:
            raise SpecError(f"{stem}: {t} text mismatch")
    return "\n".join(tlines + elines) + "\n"


def parse_spec():
    texts, current = {}, None
    for raw in SPEC.split("\n"):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            current = line[4:].strip()
            texts.setdefault(current, [])
            continue
        if current is None:
            raise SpecError(f"relation before the first === line: {line!r}")
        texts[current].append(line)
    return texts


def context_line(text, span, width=70):
    a, b = span
    left = text[max(0, a - width):a].replace("\n", " ¶ ")
    right = text[b:b + width].replace("\n", " ¶ ")
    return f"…{left}[{text[a:b]}]{right}…"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--review", action="store_true")
    ap.add_argument("--flagged", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    spec = parse_spec()
    errors, all_rel = [], {}
    for stem, lines in spec.items():
        if args.only and stem != args.only:
            continue
        text = (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        rels = []
        for line in lines:
            try:
                rels.append(resolve(stem, text, line))
            except SpecError as e:
                errors.append(f"{stem}: {e} [{line}]")
        all_rel[stem] = (text, rels)
    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        sys.exit(1)
    if args.review:
        for stem, (text, rels) in all_rel.items():
            for r in sorted(rels, key=lambda r: r.content[0][0]):
                if args.flagged and not r.flags:
                    continue
                print(f"--- {stem}: {r.line}")
                if r.flags:
                    print("    FLAGS:", "; ".join(r.flags))
                print("    CUE   ", context_line(text, r.cue))
                if r.source:
                    print("    SOURCE", context_line(text, r.source))
                print("    CONTENT", " ++ ".join(text[a:b] for a, b in r.content))
        return
    ANN_DIR.mkdir(exist_ok=True)
    total = 0
    for stem, (text, rels) in all_rel.items():
        try:
            out = render(stem, text, rels)
        except SpecError as e:
            print("ERROR", e, file=sys.stderr)
            sys.exit(1)
        (ANN_DIR / f"{stem}_ann1.ann").write_text(out, encoding="utf-8", newline="\n")
        total += len(rels)
    print(f"wrote {len(all_rel)} files, {total} relations")
    if args.check:
        spec_mod = importlib.util.spec_from_file_location("score", SCORE_PY)
        score = importlib.util.module_from_spec(spec_mod)
        spec_mod.loader.exec_module(score)
        n = direct = 0
        for stem, (text, rels) in all_rel.items():
            atts = score.parse_ann(ANN_DIR / f"{stem}_ann1.ann", text)
            if len(atts) != len(rels):
                print(f"MISMATCH {stem}: {len(atts)} read back, {len(rels)} in spec")
            n += len(atts)
            direct += sum(a["direct"] for a in atts)
        print(f"parse_ann: {n} attributions, {direct} direct, {n - direct} indirect")


SPEC = r"""
=== pr11_001
Musharraf | says | military had “no option”
General Pervez Musharraf | said | the armed forces had moved “only when every other door had been shut, to stop the country sliding further into chaos.”
the general | said | “Dear countrymen, our institutions ~~ brought to its knees,”
the general | said | “I wish to assure you that the armed forces have not acted in haste.”
- | Asked | whether the constitution had been suspended
an army spokesman in Rawalpindi | would say only | “all necessary announcements will be made in due course.”
Mr. Sharif | announced | he had retired General Musharraf and named Lieutenant General Ziauddin Butt ++ in his place
officials at the civil aviation authority | according to | The airliner carrying General Musharraf and about 200 other passengers was refused permission to land in Karachi
Shahid Rauf | said | “We were told the plane had seven minutes of fuel left,”
- | were told | the plane had seven minutes of fuel left
Shahid Rauf | said | “Nobody on board knew what was happening on the ground.”
he | said | “They are inside the gate,”
he | said | “This is a coup against an elected government.”
the State Department | said | it was “deeply concerned”
the State Department | urged | “an early return to civilian, democratic rule.”
A spokesman | said | the United States had been in contact with both Mr. Sharif’s office and the army before the takeover
India | said | it was “watching the situation closely.”
an official in the Ministry of External Affairs who spoke on condition of anonymity | said | the Indian army had been put on alert along the Line of Control “as a matter of routine.”
a young man on Lahore’s Mall Road | shouted | “Nawaz has looted this country for two years,”
a young man on Lahore’s Mall Road | shouted | “Long live the army!”
a senior member of the party | said | “We will not accept this. ~~ switching off the television.”
Opposition leader Benazir Bhutto | said | Mr. Sharif had “brought this upon himself”
Opposition leader Benazir Bhutto | called for | elections “within a fixed and short time.”
he | said | “Please remain calm ~~ re-establishment of order,”
he | said | “Pakistan is in safe hands.”

=== pr11_002
Govt | says | Benazir died of head injury
PPP | calls | claim 'a pack of lies'
The government | said | Benazir Bhutto had not been killed by a bullet ~~ the gunfire and the blast
her party | rejected | "a pack of lies meant to hide a failure of security."
Interior Ministry spokesman Brigadier (retd) Javed Iqbal Cheema | told | "Ms Bhutto died as a result of a head injury, not as a result of a bullet or shrapnel,"
Interior Ministry spokesman Brigadier (retd) Javed Iqbal Cheema | told | "The medical report is very clear on this."
He | said | intelligence agencies had intercepted a conversation in which the militant commander Baitullah Mehsud congratulated an associate on the attack
- | Asked | why the site had been hosed down within two hours of the blast
Brig Cheema | said | "I am not a forensic expert. That question should be put to the local administration."
Sherry Rehman | said | she had helped wash the body
she | said | "There was a bullet wound at the back of her neck. I saw it with my own eyes,"
she | said | "For the government to say otherwise is not only a lie, it is an insult to her memory."
Asif Ali Zardari | told | the family would not allow a post-mortem examination
he | said | "We do not need a post-mortem to know who killed her,"
he | said | "The people of Pakistan know."
young men | chanted | "Go, Musharraf, go!"
Ghulam Rasool Jatoi | said | "She came back knowing they would try to kill her,"
Ghulam Rasool Jatoi | said | "She told us in October, 'I am not afraid of them.' We should have been afraid for her."
She | told | 'I am not afraid of them.'
The caretaker government | said | at least 23 people had been killed
the Election Commission | said | it would meet on Monday to decide whether the January 8 general election could go ahead
Former prime minister Nawaz Sharif | announced | his Pakistan Muslim League-N would boycott the polls
he | asked | "How can there be an election when the leader of the largest party lies in her grave?"
He | called on | President Pervez Musharraf to resign "immediately, so that the nation can heal."
President Musharraf | called | the killing "the work of terrorists"
he | said | "I have directed that no stone be left unturned to bring the culprits to justice,"
A party official | said | the PPP's central executive committee would meet in Naudero on Sunday to read her will

=== pr11_003
Shehbaz | vows | to 'heal the wounds'
he | told | "I have received certain documents from the federal cabinet, and after seeing them I cannot be part of this process,"
he | told | "I am handing the chair to Sardar Ayaz Sadiq."
he | announced | "The resolution is passed by a majority of 174 votes," ++ "and Imran Ahmad Khan Niazi ceases to hold the office of Prime Minister." | c2
Foreign Minister Shah Mahmood Qureshi | insisting | the motion was the product of a foreign plot
he | said | "This is not a vote against one man. ~~ decided elsewhere,"
Bilawal Bhutto Zardari of the PPP | shot back | "The foreign minister talks about a conspiracy. ~~ the Supreme Court has ordered."
a PTI member | called out | "Point of order, Mr Speaker,"
a PTI member | called out | "Is the honourable member saying that the letter is fake?"
the honourable member | saying | the letter is fake
Mr Bhutto Zardari | replied | "I am saying that there is no letter in this country that is above the Constitution,"
Mr Bhutto Zardari | replied | "Sit down."
The Supreme Court | ruled | Deputy Speaker Qasim Suri's decision of April 3 to throw out the motion was "contrary to the Constitution and of no legal effect,"
Mr Khan | said | he was "disappointed" by the verdict but would accept it
he | said | "We will not take revenge. We will not send anyone to jail on false cases,"
he | said | "We will heal the wounds of this nation, and we will do it together."
the party | said | Mr Khan would "never accept an imported government"
the party | called on | workers to gather in every city after Isha prayers on Sunday
A PTI senator who spoke to this newspaper | said | the former prime minister had watched ~~ before the result
the senator | said | "He was calm,"
the senator | said | "He told us, 'I have done my duty. Now the people will decide.'"
He | told | 'I have done my duty. Now the people will decide.'
A PTI spokesman | said | the party's members would resign their seats en masse rather than sit with "this collection of turncoats."

=== pr11_004
Peres | says | ‘the peace will continue’
Police | said | a 25-year-old Jewish law student had been arrested at the scene and had told interrogators he ‘acted alone’
a 25-year-old Jewish law student | had told | he ‘acted alone’
he | read | ‘It is with a grief that has no words that the government informs the nation that Yitzhak Rabin is dead,’
the government | informs | Yitzhak Rabin is dead
he | read | ‘May his memory be blessed.’
Rabin | told | he had never been so happy
he | said | ‘I was a soldier for twenty-seven years, and I say to you tonight that peace is a harder fight than any war,’
he | said | ‘There is a chance now, and we must not let it go.’
Mr Peres | told | ‘I have lost a brother, and Israel has lost the man who led it in war and in peace,’
Mr Peres | told | ‘We will go on.’
Eric Bar-Chen | said | Amir had been questioned through the night
the spokesman | said | ‘He is calm. He says he has no regrets,’
He | says | he has no regrets
Rabin’s supporters | had accused | of tolerating incitement at right-wing rallies
he | said | ‘This is a terrible tragedy for the people of Israel and for Israeli democracy,’
he | said | ‘Political murder is not our way.’
he | said | ‘Tonight the land for which he gave his life is in mourning, and I want the people of Israel to know that they do not mourn alone,’
He | said | he would travel to Jerusalem for the funeral
Palestinian leader Yasser Arafat | said | he had lost ‘a partner and a brave man’
Noa Shapira | said | ‘We came to sing for him, and we stayed because nobody wanted to go home,’
Noa Shapira | said | ‘My father said this morning that the peace talks were dangerous. Now I think he knows what is dangerous.’
My father | said | the peace talks were dangerous
I | think | he knows what is dangerous
Mr Peres’s office | said | leaders from more than 40 countries ~~ would attend

=== pr11_005
Koizumi | calls | result “a clear mandate” for postal reform
Koizumi | said | voters had “answered the question I put to them on Aug. 8.”
Koizumi | told | “The people have said yes to postal privatization. I take that as an order, and I will carry it out,”
Koizumi | told | “The bills will be submitted again at the special Diet session, and this time I expect them to pass.”
I | expect | them to pass
the media | dubbed | “assassins,”
Kamei | told | “The prime minister wanted to erase us, and the voters of Hiroshima said no,”
Kamei | told | “I do not regret one vote I cast.”
She | called | the result “a victory for reform, not for me,”
Katsuya Okada | had said | he would resign if the party failed to win a majority
Okada | said | “We could not make the voters see that this election was about more than the post office,”
Okada | said | “The responsibility is mine alone.”
Some analysts | warned | the scale of the win could make the LDP complacent
Masaru Nishida | said | “Koizumi has turned the election into a referendum on a single issue, and he has won it. But a referendum does not govern,”
Koizumi | has said | he will step down when his term as LDP president ends in September 2006
- | was asked | whether the landslide had changed his mind
he | said | “No,”
he | said | “A promise is a promise.”
he | said | had been condemned for insisting that the Earth moved
Galileo | insisting | the Earth moved
he | said | “Even today I believe postal privatization is right,”
I | believe | postal privatization is right

=== pr11_006
Kan | tells | residents near Fukushima plant to stay indoors
Japanese Prime Minister Naoto Kan | has told | people living between 20km and 30km from the crippled Fukushima Daiichi nuclear power plant to stay indoors
Mr Kan | said | “The risk that more radiation will escape is rising,”
Mr Kan | said | “I ask the people in this area to remain calm and to stay inside.”
I | ask | the people in this area to remain calm and to stay inside
Chief Cabinet Secretary Yukio Edano | told | radiation readings near reactor No 3 had reached 400 millisieverts an hour
he | described | “without doubt high enough to harm human health.”
officials who were in the room | According to | he told executives that withdrawing staff from the plant was “out of the question.”
he | told | withdrawing staff from the plant was “out of the question.”
he | told | “Tepco must not abandon the plant. If you withdraw, Tepco will be finished,”
a government spokesman | said | “Tepco must not abandon the plant. If you withdraw, Tepco will be finished,” he told them
Hiroshi Aizawa | said | about 50 workers remained at the plant, pumping seawater into the damaged reactors
he | said | “They know the risk. They are staying because somebody has to,”
The Tokyo metropolitan government | said | the levels posed no threat to health
Keiko Ogawa | said | “My daughter called from Osaka and said, ‘Mum, come now, don’t wait,’”
My daughter | {said}, ‘Mum | ‘Mum, come now, don’t wait,’
Keiko Ogawa | said | “But where would I go? My husband’s work is here.”
International Atomic Energy Agency chief Yukiya Amano | said | the agency had asked Japan for “more detailed and more frequent information,”
the agency | had asked | Japan for “more detailed and more frequent information,”
International Atomic Energy Agency chief Yukiya Amano | offered | to send experts
- | was asked | whether the government was telling the public everything it knew
he | said | “We are releasing information as soon as we have confirmed it,”
he | said | “We are not hiding anything.”
the National Police Agency | said | The death toll from the earthquake and tsunami rose to more than 2,400 on Tuesday ++ with thousands more missing

=== pr11_007
Exit polls and early counts | showed | the DPJ winning about 308 of the 480 seats in the lower house
DPJ leader Yukio Hatoyama | told | "The people have chosen a new politics,"
DPJ leader Yukio Hatoyama | told | "This is not a victory for the DPJ. It is the victory of voters who were angry and who wanted change."
He | said | he would move quickly to take control of policy-making from the bureaucracy
he | called | "the real ruling party of Japan for fifty years."
Prime Minister Taro Aso | said | he would resign as LDP president
he | said | "The result is severe. The responsibility lies with me as party president,"
he | said | "The voters' dissatisfaction with us was deeper than I understood."
Mr Kaifu | told | "It is the end of an era, and I was part of it,"
Mr Kaifu | told | "I have no complaint against the voters."
Shoji Murata | said | he had voted for the LDP all his life until Sunday
he | said | "I voted LDP in 2005 because of Koizumi. Since then we have had three prime ministers in three years,"
he | said | "Enough."
DPJ volunteer Ayumi Kaneko | said | she had joined the campaign after losing her job at a car parts maker in January
she | said | "My parents voted LDP all their lives. ~~ 'Vote for your grandchildren,'"
my mother | asked | 'Who should I vote for?'
I | told | 'Vote for your grandchildren,'
Mr Hatoyama | has said | Japan should pursue a foreign policy "less dependent on the United States,"
A US State Department spokesman | said | Washington looked forward to working with the new government and expected the base agreement to be honoured
Washington | expected | the base agreement to be honoured
Katsuya Okada | warned | colleagues against celebrating too long
he | said | "We have made a great many promises - child allowances, free high schools, no tolls on the expressways,"
he | said | "From tomorrow, people will ask when."
the Internal Affairs Ministry | according to | Turnout was about 69 percent, the highest in more than a decade
- | Asked | whether Mr Ozawa would hold a senior post
Mr Hatoyama | said only | "He will be given a role worthy of his abilities."

=== pr11_008
Blue House | calls | vote “regrettable”
Speaker Park Kwan-yong | declared | “The motion to impeach the President is passed,”
Rep. Kim Geun-tae of the Uri Party | shouted | “This is a coup by the Assembly!”
Rep. Kim Geun-tae of the Uri Party | shouted | “History will judge every one of you.”
one Uri member | called out | “Mr. Speaker, you are violating the rules of this House,”
Park | replied | “The rules of this House say that a motion must be put to a vote, and I am putting it to a vote,”
The rules of this House | say | a motion must be put to a vote
Park | replied | “Please return to your seats.”
The opposition Grand National Party and Millennium Democratic Party | accuse | Roh of violating the election law ~~ and of economic mismanagement
The National Election Commission | ruled | his remarks had breached the law’s neutrality rules for public officials
GNP leader Choe Byung-yul | told | “We gave the president every chance to apologize. He chose to fight,”
MDP chairman Chough Soon-hyung | said | the vote was “painful but necessary to defend the Constitution.”
Roh | said | he would await the Constitutional Court’s ruling “quietly, and with respect for its authority.”
Goh | said | “The government will carry on its work without interruption. I ask the people not to be anxious,”
I | ask | the people not to be anxious
Thousands of people | chanting | “Impeachment is invalid!”
Organizers | said | more rallies would follow over the weekend
Lee Soo-jin | said | “I didn’t vote for the Uri Party and I don’t even like Roh very much,”
Lee Soo-jin | said | “But they cannot throw out a president just because they don’t like him.”
Most legal scholars interviewed by this newspaper | said | the court was unlikely to remove Roh
Bae Jung-ho | said | “It was a campaign remark, not a crime,”

=== pr11_009
court | finds | “grave betrayal” of public trust
acting Chief Justice Lee Jung-mi | said | “The respondent, President Park Geun-hye, is removed from office,”
The court | found | Ms Park had allowed Ms Choi to meddle in state affairs and had helped her extract money from large companies ++ she had “continuously concealed” those acts from the public
Judge Lee | said | Her actions were “a grave betrayal of the trust of the people,”
Police | said | two protesters had died and dozens of people, including officers, had been injured
one elderly man | shouted | “This is not a court, it is a people’s court run by the mob,”
one elderly man | shouted | “We will never accept it!”
Rivals | urge | Rivals urge {calm}
Moon Jae-in | urged | both camps to accept the verdict
he | told | “Today we begin to heal,” ++ “and the ruling must be accepted by all sides, including those who are disappointed.”
Acting President Hwang Kyo-ahn | appealed for | {calm} in a televised
he | said | “The government will do everything to manage state affairs in a stable way until a new president is elected,”
A Blue House spokesman | said | she would not make any statement on Friday
Yoon Hye-won | said | “We did it with candles, not with violence,”
Yoon Hye-won | said | “My son asked me this morning, ‘Mum, is she really gone?’ I said yes, and he cheered like it was the World Cup.”
My son | asked | ‘Mum, is she really gone?’
Prosecutors | said | they would decide “soon” whether to summon her for questioning
A US State Department spokesman | said | the alliance with Seoul was “ironclad” and would remain so “regardless of who leads South Korea.”
A Chinese foreign ministry spokesman | said | Beijing hoped the next government in Seoul would reconsider the deployment of the US THAAD missile defence system
Beijing | hoped | the next government in Seoul would reconsider the deployment of the US THAAD missile defence system

=== pr11_010
Yoon | says | he will lift martial law
President Yoon Suk Yeol | accusing | the opposition of "anti-state activities."
Mr Yoon | says | he will lift it
the presidential office | says | The cabinet has approved the lifting of martial law
he | says | "The National Assembly has asked for the emergency to end, and I have pulled back the troops,"
The National Assembly | has asked for | the emergency to end
he | says | "As soon as the cabinet can meet, martial law will be lifted."
He | accuses | the opposition of paralysing the government with impeachment motions and budget cuts
The US State Department | says | Washington is watching with "grave concern."
A spokesman | tells | the US hopes "any political disagreements are resolved peacefully and in accordance with the rule of law."
the US | hopes | "any political disagreements are resolved peacefully and in accordance with the rule of law."
People | are chanting | "Yoon Suk Yeol, step down!" and "Arrest him!"
Our reporter | says | some soldiers appear to be bowing to protesters as they leave
A reader in Busan | asks | "Is my son, who is doing his military service, going to be sent to Seoul?"
the resolution | demanding | demanding {the lifting of martial law}
Speaker Woo Won-shik | tells | "Martial law has no effect from this moment. Nobody needs to be afraid tonight,"
Speaker Woo Won-shik | tells | "Soldiers and police must leave this building now."
An opposition aide | messages | "They broke the glass. We are holding the door with our bodies."
People Power Party leader Han Dong-hoon | says | he will stop martial law "together with the people."
He | posts on Facebook | "The declaration is wrong. I ask the military not to follow unlawful orders."
I | ask | the military not to follow unlawful orders
Opposition leader Lee Jae-myung | urges | citizens to come to the Assembly
he | says | "Tanks and guns will rule this country unless you come,"
he | says | "Please, come to Yeouido."
It | says | all media will be controlled by the command
the decree | says | Anyone who violates it can be arrested without a warrant
he | said | "I have no choice but to declare emergency martial law ~~ paralysed this government,"
He | called | the opposition-controlled National Assembly "a den of criminals."
Dr Kang Min-seo | writes | "No president has done this since 1980. I thought I would never write that sentence,"
I | thought | I would never write that sentence

=== pr11_011
Former dissident Kim Dae-jung | vows | to honour IMF deal
He | promised | to carry out the ‘painful reforms’ required by the International Monetary Fund in return for a record $57 billion rescue
Mr Kim | told | ‘I will keep every promise this country has made to the IMF. There will be no renegotiation,’
Mr Kim | told | ‘But I ask the people to understand that the pain will be shared fairly, and that those who caused this crisis will not escape responsibility.’
I | ask | the people to understand that the pain will be shared fairly, and that those who caused this crisis will not escape responsibility
the National Election Commission | said | Mr Kim had won 40.3 per cent against 38.7 per cent for Lee Hoi-chang of the ruling Grand National Party, a margin of about 390,000 votes
he | said | ‘I accept the choice of the people, and I congratulate Mr Kim,’
he | said | ‘I ask him to lead the nation out of this crisis.’
I | ask | him to lead the nation out of this crisis
Park Soon-ja | said | ‘He has suffered more for democracy than any living Korean, and now he must save the economy too,’
dealers in Seoul | according to | The won rose 8 per cent against the dollar on Friday and share prices jumped
a foreign exchange dealer at a European bank in Seoul | said | ‘The market thinks he will keep his word,’
The market | thinks | he will keep his word
Michel Camdessus | said | he had spoken to Mr Kim by telephone and had been given his ‘full commitment’ to the programme
A White House spokesman | said | Mr Clinton had told Mr Kim that the United States would ‘stand shoulder to shoulder’ with South Korea
Mr Clinton | had told | the United States would ‘stand shoulder to shoulder’ with South Korea
He | said | he would meet outgoing President Kim Young-sam on Saturday
He | asked | his two jailed predecessors ++ be freed ‘in a spirit of reconciliation’
he | told | ‘I have forgiven those who tried to kill me. I ask you to forgive too,’
I | ask | you to forgive too
the crowd | chanted | ‘Kim Dae-jung! Kim Dae-jung!’

=== pr11_012
Netanyahu | demands | referendum within 14 days
Finance Minister Binyamin Netanyahu and three other Likud ministers | threatened | to resign unless Sharon agreed within 14 days to hold a national referendum on the plan
Sharon | agreed | to hold a national referendum on the plan
Netanyahu | told | “I am voting for the plan tonight, but without a referendum the nation will be torn apart,”
Sharon’s office | said | the prime minister “will not surrender to ultimatums” and had no intention of holding a referendum
he | said | “I did not come to this decision with a light heart,”
he | said | “I have sent soldiers into battle, and I know what it means to give up land.”
National Union MK Aryeh Eldad | shouted | “You are expelling Jews from their homes!”
Speaker Reuven Rivlin | said | “MK Eldad, this is your first warning,”
Speaker Reuven Rivlin | said | “The prime minister has the floor.”
Sharon | continued | “This plan is good for Israel in any future scenario. ~~ draw them for us. ++ “I know the pain of the families of Gush Katif. ~~ will not abandon them.”
Opposition leader Shimon Peres | said | Labor would give the government a “safety net” on the plan but would not join it
he | said | “Whoever votes against this plan tonight votes for the status quo, and the status quo is a slow disaster,”
MK Ahmed Tibi (Ta’al) | said | his faction would vote against a plan he called “a unilateral step dressed up as peace,”
he | called | “a unilateral step dressed up as peace,”
Miriam Elbaz | said | “They can drag us out, but they cannot make us leave in our hearts,”
Miriam Elbaz | said | “My grandchildren were born in Gush Katif. Sharon himself told us to build there.”
Sharon | told | us to build there
The Yesha Council of settlements | said | it would fight the plan “by every democratic means.”
Some rabbis | have called on | soldiers to refuse orders to evacuate settlers
a State Department spokesman | said | the United States regarded the plan as “a courageous step.”
the United States | regarded | the plan as “a courageous step.”

=== pr11_013
I | thought | I knew what an angry crowd looked like
Defense Minister Yoav Gallant | said | the judicial overhaul had become "a real and present threat to Israel's security."
He | called for | the legislation to be frozen until after the Independence Day holidays
Netanyahu's office | put out | the prime minister "has removed Yoav Gallant from the defense ministry, effective immediately."
My sister | texted | "Ayalon is closed. Everyone is going. Are you?"
a man in an IDF reservists' T-shirt | told | "This is not left or right any more,"
a man in an IDF reservists' T-shirt | told | "He fired the one minister who told him the truth."
he | wrote | "I call on the prime minister to halt this legislation now, for the sake of the people of Israel,"
I | call on | the prime minister to halt this legislation now
he | wrote | "The whole nation is looking to you."
Histadrut chairman Arnon Bar-David | said | "We are stopping the country,"
Histadrut chairman Arnon Bar-David | said | "Enough of this madness."
One TV channel | reported | Itamar Ben-Gvir had agreed to a delay in exchange for a national guard under his ministry
he | said | "I will not let the nation be torn in two," ++ "and I am giving dialogue a real chance. The legislation will wait until the next Knesset session."
He | accused | the reservists who had threatened not to report for duty of "endangering the security of the state."
the reservists | had threatened | not to report for duty
I | asked | whether she thought the pause was real
she | thought | the pause was real
she | said | "He is buying time,"
she | said | "But I think he also got frightened. Everybody saw the airport closed."
I | think | he also got frightened
Opposition leader Yair Lapid | said | he would join talks at the President's Residence "in good faith"
Opposition leader Yair Lapid | warned | any trick would send people straight back into the streets
I | also {believe} the | the people who were on the Ayalon on Sunday night will not go home because of one speech

=== pr11_014
Mills | says | NDC will be ‘a responsible opposition’
Dr Kwadwo Afari-Gyan | said | Mr Kufuor had polled 3,631,263 votes ~~ National Democratic Congress (NDC)
he | said | ‘I therefore declare Mr John Agyekum Kufuor President-elect of the Republic of Ghana,’
supporters | chanted | ‘Positive change! Positive change!’
Mr Kufuor | said | his victory belonged to ‘every Ghanaian who wants a better tomorrow, whether he voted for me or not’
he | said | ‘I will be President for all. There will be no witch-hunting,’
he | said | ‘But those who have used public office to enrich themselves must know that the days of impunity are over.’
the statement | said | ‘The people have spoken and we accept their verdict. The NDC will not stand in the way of a smooth transition,’
Flt Lt Rawlings | told | he was ‘proud to hand over a peaceful country’
He | added | ‘Let nobody tell you ~~ did not lose the country. ++ ‘We will go back to the villages, we will listen, and we will be back.’
nobody | tell | the NDC is finished
An NDC regional chairman in Ho | said | the party had been ‘punished for the hardship of the last four years’
An NDC regional chairman in Ho | adding | ‘We did not listen to the people. Now we must.’
Observers from the Commonwealth and ECOWAS | said | the run-off had been ‘free, fair and transparent’
they | said | materials had arrived late in parts of the Volta and Northern regions
Madam Akosua Serwaa | said | ‘We have waited for this day since 1992. God has answered our prayers,’
Mr Kofi Boateng | said | he hoped the new government would bring down the price of fuel
he | hoped | the new government would bring down the price of fuel
he | said | ‘Petrol is too expensive. If Kufuor can fix it, I will vote for him again in 2004,’
The United States Embassy in Accra | described | the election as ‘a milestone for democracy in Africa’

=== pr11_015
Akufo-Addo | tells | “Let us move on”
Justice Atuguba | said | “The first respondent, John Dramani Mahama, was validly elected, and the petition is accordingly dismissed,”
The petitioners | had alleged | irregularities at more than 11,000 polling stations, recorded on the pink result sheets, should invalidate about 4.6 million votes
Dr Bawumia | told | the evidence was “in the pink sheets,”
he | said | “I disagree with the decision of the court, but I accept it,”
he | said | “I have called President Mahama to congratulate him, and I urge all our supporters to remain calm.”
I | urge | all our supporters to remain calm
Kwadwo Owusu-Sekyere | said | “We went to court because we believed the evidence was there. I still think the judges did not look closely at those pink sheets,”
we | believed | the evidence was there
I | still {think} the | the judges did not look closely at those pink sheets
Kwadwo Owusu-Sekyere | said | “But Nana has spoken, and we will follow him.”
he | said | “This is not a victory for me or for the NDC. It is a victory for Ghana’s democracy,”
He | called on | Nana Akufo-Addo to work with him “in the supreme interest of our dear nation.”
Mr Kofi Adu-Gyamfi | said | “The court has settled the law, but it has not settled the argument,”
Mr Kofi Adu-Gyamfi | said | “Parliament must now reform the Electoral Commission so that no candidate ever has to spend eight months in court again.”
The Ashanti Regional Police Commander | said | no incident had been recorded in the region by 8pm
he | told | “The people of Ashanti have shown that they are peace-loving,”
Maame Adwoa Pokuaa | said | she had switched off her radio halfway through
she | said | “Eight months of court, court, court. Now let us talk about the price of tomatoes,”
Dr Kwadwo Afari-Gyan | said | the commission would “study the judgment carefully” and act on the court’s recommendations before the next elections

=== pr11_016
a friend who works in the NPP's communications team | messaged | "It's over. Dr is going to concede at 11."
he | said | "Our own figures show clearly that former President Mahama has won, and won well,"
Our own figures | show | former President Mahama has won, and won well
he | said | "I have called him to congratulate him, and I wish him every success."
He | said | he had decided to speak before the official declaration "to avoid further tension and to preserve the peace of our country."
he | added | Ghanaians ++ had voted "for change at this time," and "we must respect their decision."
I | asked | whether she had expected this
she | told | "Honestly? No. We had lawyers on standby,"
she | told | "We thought we would be in court by Christmas."
We | thought | we would be in court by Christmas
Mahama | posted | "I have just received a congratulatory call from Dr Bawumia. I thank him for his graciousness."
he | promised | to "reset Ghana" and to fight illegal mining, which he called "the greatest threat to our water and our future."
he | called | "the greatest threat to our water and our future."
Jean Mensa | declared | Mahama 56.55 per cent, Bawumia 41.61 per cent
Party general secretary Justin Kodua | told | the leadership would "look into what went wrong, constituency by constituency."
One young man in the crowd | shouted | "Dr, why did you give up so fast?"
I | think | the answer is simple
A trader at Makola market | put it more bluntly | "We are not eating. How can we vote for the same people?"
a retired diplomat | told | "In 1992 we boycotted. In 2012 we went to court. In 2024 we picked up the phone. That is progress."

=== pr11_017
Tsvangirai | says | ‘We cannot ask our people to vote and die,’
We | ask | our people to vote and die
Zimbabwe’s opposition leader Morgan Tsvangirai | saying | a campaign of violence against his supporters had made a free vote impossible
Mr Tsvangirai | told | ‘We in the MDC cannot take part in a process that has become a war against the people,’
he | said | ‘Our voters are being beaten and burnt out of their homes,’ ++ ‘and some of them will be killed if they go to the polls on Friday.’
He | said | 86 of his supporters had been killed and about 200,000 driven from their homes since the first round on March 29
party officials | according to | ZANU-PF youths armed with sticks ~~ planned its final rally
an MDC activist who had gone to set up the stage | said | ‘They were singing that the MDC would never rule,’
They | were singing | the MDC would never rule
an MDC activist who had gone to set up the stage | said | ‘The police stood and watched.’
Mr Mugabe | told | only God could remove him from office
he | said | ‘The MDC will never be allowed to hand this country back to the British. Never, never,’
George Chiweshe | said | the run-off would go ahead because Mr Tsvangirai had not withdrawn ‘in the manner required by the law’
the office of South African President Thabo Mbeki | said | he was still in contact with both sides
a spokesman for Mr Mbeki | said | ‘We are still talking to both parties,’
a spokesman for Mr Mbeki | said | ‘Nobody should close the door.’
UN Secretary-General Ban Ki-moon | called | the decision ‘deeply distressing’
UN Secretary-General Ban Ki-moon | urged | the government to postpone the vote
US Secretary of State Condoleezza Rice | said | the result of a one-man run-off could not be ‘legitimate in any sense’
a vendor who gave his name only as Farai | said | he had been made to attend all-night ZANU-PF meetings three times in one week
he | said | ‘They take down your name. If you do not come, they come to you,’
he | said | ‘Now what happens? Do we still have to vote?’
Mr Tsvangirai | said | he would ‘fight on by other means’
Mr Tsvangirai | called on | the African Union and the Southern African Development Community to intervene ‘before it is too late’

=== pr11_018
Speaker | says | ‘It’s over,’
he | announced | ‘I have received a letter from His Excellency the President,’
He | read | ‘I have taken this step of my own free will, out of concern for the people of Zimbabwe and so that power may pass peacefully.’
Mudenda | said | the impeachment proceedings were therefore at an end
Some MPs | chanting | ‘Mugabe ayenda!’
ZANU-PF backbencher Chipo Marufu | sobbed | ‘I have waited my whole life for this,’
ZANU-PF backbencher Chipo Marufu | sobbed | ‘My children have never known another president.’
24-year-old Tatenda Chikwanha | screamed | ‘He is gone! He is really gone!’
24-year-old Tatenda Chikwanha | screamed | ‘Tonight nobody is going to sleep.’
Army spokesman Major General SB Moyo | insisting | it was ‘not a military takeover’
he | urged | Zimbabweans to remain ‘patient and peaceful’
the statement | said | ‘Together we will build a new Zimbabwe,’
A family friend | told | Mugabe had signed the letter at his Blue Roof mansion after lunch and had refused to go on television
ZANU-PF MP Monica Mutsvangwa | said | ‘We did not want to humiliate the old man. But he left us no choice,’
her critics | dubbed | ‘Gucci Grace’
one security guard at the conference centre | told | ‘She is finished too,’

=== pr11_019
War veterans | tell | 'This land is ours now'
the Commercial Farmers' Union | said | About 200 self-styled war veterans ~~ in the February referendum
Mr van Wyk | said | "They told me I had until Monday to take my cattle and go,"
They | told | I had until Monday to take my cattle and go
Mr van Wyk | said | "I asked them, 'Go where? I was born here.' Their leader said, 'Go to Britain.'"
I | asked | 'Go where? I was born here.'
Their leader | said | 'Go to Britain.'
The leader of the group | said | the occupation was "peaceful" and would continue "until the land question is resolved once and for all."
he | said | "We fought for this land in the bush. We are not going to beg for it,"
Police at Masvingo Central | said | they had received reports of the occupations but could not act without instructions
a senior officer at the station | said | "It is a political matter. We are waiting for direction from Harare,"
Police Commissioner Augustine Chihuri | has said | his force does not have "the resources" to enforce the order
President Robert Mugabe | said | the occupations were "a natural response" by people who had waited twenty years for land
President Robert Mugabe | warned | white farmers not to "resist the will of the people."
Masvingo provincial governor Josaya Hungwe | told | the government would "regularise" the occupations through its resettlement programme
- | Asked | whether farmers would be compensated
he | said | "For the improvements, yes. ~~ The soil was stolen. ++ "Those who want to farm ~~ the people are many."
Mrs Rudo Mapfumo | said | "The white farmers have the best land and the good rain. It is right that we share it,"
he | said | "If the farms close, who will employ my brothers? Nobody is thinking about the farm workers,"
Mr Gerry Whitehead | said | farmers had been told by the union to stay calm and avoid confrontation
the union | had been told | to stay calm and avoid confrontation
he | said | "Nobody wants a war over this. But we need the police to do their job,"

=== pr11_020
Dr Mahathir | says | police acted ‘to preserve public order’
he | told | he would ‘never bow’ to those who had sacked him
Datin Seri Dr Wan Azizah Wan Ismail | said | about 30 armed policemen had forced their way into the house shortly after 9pm
she | told | ‘They came like commandos. My children were screaming,’
she | told | ‘My husband told them, “I will come with you. There is no need for guns.”’
My husband | told | “I will come with you. There is no need for guns.”
Police | said | Anwar was being held under the Internal Security Act
Anwar | had called for | the resignation of Dr Mahathir and for ‘total reform’ of the country’s institutions
The crowd | chanted | ‘Reformasi! Reformasi!’ and ‘Undur Mahathir!’
Dr Mahathir | said | the arrest had nothing to do with politics
he | said | ‘Anwar is free to talk about reform, but he is not free to break the law,’
he | said | ‘If he has done nothing wrong, the court will say so.’
The Prime Minister | saying | he was ‘morally unfit’ to lead
The Prime Minister | has accused | his former deputy of sexual misconduct and of trying to topple the Government with foreign help
Anwar | calling | them ‘a political conspiracy at the highest level’
Inspector-General of Police Tan Sri Abdul Rahim Noor | said | Anwar had been detained ‘because of the threat to national security posed by the gatherings of the last few days’
Encik Rahman Salleh | said | he had never seen anything like it
he | said | ‘I closed at eight. Young people were running everywhere with wet handkerchiefs on their faces,’
Philippine President Joseph Estrada | said | he was ‘saddened and disturbed’ by the arrest
Mr Sulaiman Abdullah | said | he had been refused access to his client
he | said | ‘We have not been allowed to see him. We do not even know where he is being held,’
he | adding | the family would file a habeas corpus application today

=== pr11_021
Dr Mahathir | accused | unnamed parties of trying to delay the handover
he | told | “There is a great deal of reluctance on the part of some people to accept that the people have chosen,”
he | told | “The people want the government to be formed today, not tomorrow.”
the Election Commission | said | Pakatan Harapan won 113 of the 222 seats in the federal parliament
he | said | “I accept the verdict of the people,”
he | said | “The BN will continue to play its role in the democratic process, as a loyal opposition if necessary.”
Dr Mahathir | has said | he will reopen investigations into the fund ++ Mr Najib “will have to face the law.”
Dr Mahathir | said | the King had agreed to pardon his former rival
the King | had agreed | to pardon his former rival
Dr Mahathir | said | “I will keep my word,”
Nurul Izzah Anwar | wrote on Twitter | her father had told her during a prison visit: “I am grateful to the people, and I want them to stay calm.”
her father | had told | “I am grateful to the people, and I want them to stay calm.”
Thousands of Pakatan supporters | chanting | “Ubah! Ubah!”
Siti Hajar Kamal | said | “I voted for the first time, and we won. My parents said it could never happen in Malaysia,”
My parents | said | it could never happen in Malaysia
A Singapore-based economist at a European bank | said | investors would want to know “quickly and clearly” what the new government planned to do with the goods and services tax
Pakatan | has promised | to abolish
Prime Minister Lee Hsien Loong | said | he looked forward to working with Dr Mahathir, whom he called “a familiar face to Singaporeans.”
he | called | “a familiar face to Singaporeans.”

=== pr11_022
Anwar | says | 24-year wait 'worth every day'
Anwar | told | "I have waited a long time," ++ "but I am not here for myself."
Anwar | told | "I will not take a salary as Prime Minister. Not one sen."
she | said | "I told him this morning, 'Whatever happens, we have already won,'"
I | told | 'Whatever happens, we have already won,'
The palace | said | His Majesty was satisfied Anwar "is likely to command the confidence of the majority of members of the Dewan Rakyat."
The palace | also {said} the King | the King had urged all parties to accept the decision "with an open heart" and to work together in a unity government
the King | had urged | all parties to accept the decision "with an open heart" and to work together in a unity government
The Perikatan Nasional chairman | claimed | he had the support of 115 MPs
The Perikatan Nasional chairman | demanded | Anwar prove his majority in Parliament "immediately."
Muhyiddin | told | "Let him show the numbers. We also have the numbers,"
he | said | "I am happy to go to Parliament. I have told the Speaker I want a confidence vote on the first day,"
I | have told | I want a confidence vote on the first day
hundreds of supporters in Pakatan red | chanted | "Reformasi!"
Aiman Hakimi | said | "My father went to the 1998 rallies. He always said Anwar would be PM one day. I came here for him,"
He | always {said} Anwar | Anwar would be PM one day
a Kuala Lumpur fund manager who did not want to be named | said | "The market wanted certainty, and now it has it,"
Barisan Nasional chairman Datuk Seri Ahmad Zahid Hamidi | said | his coalition would back the unity government "in the interest of stability."

=== pr11_023
Martin Lee | vows | to ‘return to this chamber’
the Prince of Wales | told | Britain would ‘never stop caring’ what became of the territory
he | said | ‘We leave behind a people who have shown the world what can be built with freedom and hard work,’
he | had told | ‘I have done my best. Whether it was enough, history will decide, and history is not in a hurry.’
Chinese President Jiang Zemin | said | the return of Hong Kong had ‘washed away a century of humiliation’
Chinese President Jiang Zemin | promised | Beijing would keep its word to the territory
Mr Jiang | said | ‘Hong Kong people will rule Hong Kong,’ ++ ‘with a high degree of autonomy.’
he | said | ‘Today we are masters of our own house,’
he | said | ‘I ask every one of you to help build a Hong Kong that our children will be proud of.’
I | ask | every one of you to help build a Hong Kong that our children will be proud of
he | said | ‘They can take away our seats, but they cannot take away what the people of Hong Kong have learnt,’
he | said | ‘We will be back, and we will be elected.’
The crowd | chanted | ‘Return power to the people!’
Mrs Lau Wai-man | said | she did not know whether to celebrate or cry
she | said | ‘My mother swam across to escape. Now China has come to us,’
she | said | ‘The British told us nothing would change. I think something has already changed.’
The British | told | nothing would change
I | think | something has already changed
Robin Cook | said | Britain would ‘hold China to every word’ of the 1984 Joint Declaration

=== pr11_024
the Civil Human Rights Front | say | was 500,000 strong
He | told | he had marched in 1989 too, for Tiananmen
he | said | "That was for them. This one is for us,"
Secretary for Security Regina Ip | had said | many of the bill's critics "have not bothered to read it."
I | thought | it was the best sign on Hennessy Road
he | said | "We have listened to the public,"
the Liberal Party's James Tien | said | his party would not vote for the bill on Wednesday
he | told | "The government should not rush. Hong Kong needs time to calm down,"
Tung | announced | the bill would be shelved
he | said | "After the Liberal Party's decision, I have decided to defer the second reading,"
one reporter | asked | if she would now resign
Regina Ip | replied | "That is not my decision to make."
he | said | "I told you the people would not accept it,"
I | told | the people would not accept it
A friend who works in a government bureau | asked | me not to use her name
A friend who works in a government bureau | messaged | "Nobody upstairs expected half a million. Nobody."
Beijing's liaison office | said | the legislation remained "a constitutional duty" of the SAR government
I | {think} it will | it will come back
I | also {think} something | something changed on Hennessy Road that will not change back

=== pr11_025
Lam | says | extradition bill ‘is dead’
Hong Kong’s Chief Executive Carrie Lam | said | the bill that would have allowed extraditions to mainland China was “dead,”
Mrs Lam | said | “I know some people still doubt the government, ~~ The bill is dead.”
some people | fear | we will quietly bring the bill back to the Legislative Council
a reporter | Asked | why she would not simply say “withdrawn,”
Mrs Lam | replied | “I have used a very plain description. ‘The bill is dead’ is as plain as I can make it.”
A second reporter | asked | “Mrs Lam, the protesters have five demands. Will you accept any of the other four?”
Lam | answered | “I have explained many times why I do not think a commission of inquiry is the right way forward,”
I | do not {think} a | a commission of inquiry is the right way forward
Lam | answered | “The Independent Police Complaints Council is already looking into the events of June 12, and it will do a thorough job.”
- | Asked | whether she would resign
she | said | she had “no intention of walking away from the job at a difficult time.”
she | added | “I know that many young people are angry with me,”
she | added | “I am willing to meet students, openly and without preconditions.”
A third reporter | asked | whether she would retract the government’s description of the June 12 clashes as a “riot.”
Lam | said | “Some people behaved violently that day, and I will not pretend otherwise. But I have never said that all the people who came out were rioters,”
I | never {said} that | all the people who came out were rioters
Joshua Wong of Demosisto | wrote on Twitter | “If the bill is dead, why can’t she bury it?”
The Civil Human Rights Front | said | it would go ahead with a march in Sha Tin on Sunday
Pro-establishment lawmaker Starry Lee | said | the chief executive had “gone as far as she can”
Pro-establishment lawmaker Starry Lee | urged | protesters to “give the city a chance to breathe.”

=== pr11_026
PM | says | 'I was wrong'
PRIME Minister Bruce Golding | told | he would allow the extradition request for Tivoli Gardens strongman Christopher Coke to go to the courts
Golding | said | "I have concluded that the courts ~~ sign the authority to proceed. ++ "This is not about one man ~~ in the world."
he | said | "I apologise to the people of Jamaica. It was a mistake, and I take full responsibility,"
he | said | "I have offered the party my resignation as leader, and the party has asked me to stay."
the party | has asked | me to stay
OPPOSITION leader Portia Simpson Miller | said | the apology was "too little, too late"
OPPOSITION leader Portia Simpson Miller | called on | Golding to resign "for the sake of the country's good name."
JLP general secretary Karl Samuda | said | the party "stands solidly behind the Prime Minister."
he | asked | "Who in this country has never made a mistake?"
one woman | told | "Him feed di community. Him send we pickney dem go school,"
one woman | told | "Nobody from government ever come here fi help we."
THE Jamaica Constabulary Force | said | it was "monitoring the situation closely"
THE Jamaica Constabulary Force | urged | residents of West Kingston to stay indoors
A senior police officer who spoke on condition that he not be named | told | "We know where he is. The question is whether we can get in without a bloodbath."
a State Department spokesman | said | the United States "welcomed" the decision
vendor Miss Pauline Brown | said | the country had been "held to ransom" for too long
she | said | "Mi vote fi Golding, but him shoulda do dis from day one,"

=== pr11_027
rebel leader | tells | ‘Your government is no more,’
Muslim militants holding Prime Minister A.N.R. Robinson and about a dozen members of his government hostage inside Parliament | said | they would not release them until he resigned and elections were called within 90 days
he | said | ‘We have taken this action because the people are suffering and nobody is listening,’
he | said | ‘Stay in your homes. Do not loot.’
a government official who was released on Saturday morning | According to | the prime minister had shouted to soldiers outside, ‘Attack with full force!’ when the gunmen ordered him to tell the army to stand back
the prime minister | had shouted | ‘Attack with full force!’
the official | said | ‘He is a brave man. They beat him, and still he would not give them what they wanted,’
Mr Dookeran | said | ‘The government has not fallen. The state is functioning, and the security forces control the country outside those two buildings,’
He | said | a dusk-to-dawn curfew was in force across Trinidad ++ anyone found on the streets after dark ‘will be dealt with’
Lennox Alleyne | said | ‘People were carrying out fridges and television sets on their heads,’
Lennox Alleyne | said | ‘I never thought I would see this in Trinidad.’
I | never {thought} I | I would see this in Trinidad
Opposition leader Basdeo Panday | called | the attack ‘an assault on every citizen, whatever his politics’
Opposition leader Basdeo Panday | urged | the Jamaat to free the hostages ‘unharmed and without delay’
the State Department | said | the United States ‘strongly condemns’ the attempt and was in close contact with the government
he | told | ‘They are tired, and they are frightened, but they are talking,’
he | told | ‘I asked them to let the wounded go. They said they would think about it.’
I | asked | them to let the wounded go
They | said | they would think about it

=== pr11_028
President | declares | war ‘over’
TNA | asks | ‘where are the civilians?’
President Mahinda Rajapaksa | told | the armed forces had ‘liberated the entire country’ from the LTTE
the army | announced | the Tigers’ leader ++ had been killed in the last pocket of rebel-held land near Mullaitivu
Government MPs | chanted | ‘Jayawewa!’
the President | said | ‘We have defeated terrorism on our soil. ~~ every Sri Lankan. ++ ‘Our soldiers did not fight ~~ from the LTTE.’
he | said | the Tamil people had been ‘the first victims’ of the LTTE
he | promised | their ‘dignity and security’ would be protected
he | said | ‘From today I want every child in Jaffna and every child in Hambantota to feel that this country is theirs,’
Speaker W.J.M. Lokubandara | said | ‘The honourable member will be heard,’
Speaker W.J.M. Lokubandara | said | ‘Order, please.’
Mr Sampanthan | said | the Tamil people ‘rejoice that the guns are silent’
Mr Sampanthan | asked | ‘What has happened to the tens of thousands of civilians ~~ to go in?’
a Government minister | shouted | ‘The honourable member should thank the forces instead of speaking for the LTTE,’
Opposition Leader Ranil Wickremesinghe | said | the end of the war must be ‘the beginning of a political solution, not the end of one’
Chaminda Rathnayake | said | ‘My brother was killed by the bomb at the Central Bank in 1996. Today I can visit his grave and tell him it is over,’
I | {tell} him it | it is over
Navi Pillay | had called | an independent international investigation into the conduct of both sides
The Ministry of Foreign Affairs | said | any such inquiry would be ‘unwarranted interference in the internal affairs of a sovereign state’
he | told | ‘The soldiers have done their duty. Now it is for the politicians to do theirs,’

=== pr11_029
Speaker Mahinda Yapa Abeywardena | told | “The President’s resignation is valid in law and took effect on 14 July,”
Speaker Mahinda Yapa Abeywardena | told | “I ask the public to allow Parliament to carry out the process of electing a new president peacefully.”
I | ask | the public to allow Parliament to carry out the process of electing a new president peacefully
Singapore’s foreign ministry | said | he had entered on a “private visit” and had “not sought asylum, and none has been granted.”
Crowds | had chanted | “Gota go home!”
Chathurika Fernando | said | “We did it without a single gun. Nobody believed a bunch of students and aunties could send a president home,”
Nobody | believed | a bunch of students and aunties could send a president home
Protesters | say | ‘this is only the beginning’
Protest leaders | said | they would not leave until the acting president ++ also stepped down
Nuwan Jayasinghe | said | “Ranil is the same system with a different face. The struggle continues,”
Mr Wickremesinghe | said | he would restore “law and order.”
He | has called | the occupation of his office on Wednesday “a fascist threat to democracy.”
Central Bank governor Nandalal Weerasinghe | said | the country needed “political stability, urgently” to complete talks with the IMF on a bailout
Mohamed Rizwan | said | “There has been no petrol for two weeks,” ++ “and I queued for three days last month.”
Mohamed Rizwan | said | “Whoever comes, they must bring fuel first.”
US Ambassador Julie Chung | wrote on Twitter | the new president must deliver “the long-term economic and political stability that Sri Lankans deserve.”
the Speaker | said | Parliament will meet on Saturday and vote for a new president on 20 July

=== pr11_030
army chief | tells | ‘Hasina has resigned,’
Army chief General Waker-Uz-Zaman | announced | Prime Minister Sheikh Hasina had stepped down and left the country
the army chief | said | ‘The country will be run by an interim government, and the army will answer for the people’s safety until it is in place,’
the army chief | said | ‘I ask everyone to stop the violence and go home. Justice will be done for every killing.’
I | ask | everyone to stop the violence and go home
an official at the Tejgaon air base | according to | {Hasina}, 76, flew ++ flew out of Dhaka in a military helicopter shortly before the address
Indian officials | said | she had landed at an air base near Delhi
crowds | shouting | ‘We are free!’
Tanvir Hasan | {said} Tanvir | ‘Three weeks ago they were shooting at us on this road. Today we are dancing on it,’
he | said | whose friend ++ was killed by police on July 16 | c2
Tanvir Hasan | {said} Tanvir | ‘My mother phoned me from Rangamati and asked, “Is it true? Is she really gone?” I said, “Ma, go and watch TV.”’
My mother | asked | “Is it true? Is she really gone?”
I | said | “Ma, go and watch TV.”
Fire service officials | said | the Awami League’s district office in Andarkilla had been set on fire in the evening
community leaders | said | Several homes and shops belonging to Hindu families in the city had also been attacked
Paritosh Das | said | ‘We are Bangladeshis too. We also marched against the government,’
Nusrat Jahan | said | ‘Nobody will touch a temple while we are here. We told the people of the area to call us the moment they saw trouble,’
We | told | the people of the area to call us the moment they saw trouble
leaders of the Students Against Discrimination movement | said | they wanted Nobel laureate Muhammad Yunus to head an interim government
Nahid Islam | told | ‘We will not accept any government led by the army,’
Prof. Yunus | said | the students had given the country ‘a second Victory Day’
Prof. Yunus | urged | people to ‘stay calm and refrain from all violence’
A police officer at Kotwali station | told | officers had ‘been told to stay inside for our own safety’
- | been told | to stay inside for our own safety
"""

if __name__ == "__main__":
    main()
