#!/usr/bin/env python3
"""Generate the brat standoff files of polnear_styled9 from the spec below.

Every relation of the set is one spec line under a `=== pr9_NNN` header:

    SOURCE | CUE | CONTENT [| c2]

All three fields are strings copied from the text; no offset is ever written
by hand.

* `-` as SOURCE marks a relation without a Source.
* ` ++ ` separates the pieces of a discontinuous Content (a split quote, a
  split clause, one piece per paragraph of a quote over several
  paragraphs).
* `PREFIX ~~ SUFFIX` abbreviates a long Content piece: the shortest stretch
  of one paragraph that starts with PREFIX and ends with SUFFIX.
* Braces pick a target out of a longer context in any field:
  `Mr Major {said} on`, `{Ms Sturgeon}, who`.
* `c2` writes the pieces as `Content`, `Content2`, ... arguments instead of
  one `T` line with `;`-separated segments.
* Lines starting with `#` are comments.

Search rules. A locator that starts (ends) with a letter or digit must start
(end) on a word boundary, and a locator that ends with a letter never stops
just before a possessive or contracted 's. A Content piece (or its braced
context) must occur exactly once in the text. The Cue is taken at the
occurrence nearest the Content, the Source at the occurrence nearest the
Cue; an occurrence in the same paragraph is preferred (for the Cue: a
paragraph of the Content; for the Source: the Cue's paragraph); neither may
overlap the relation's own Content; a tie is an error.

Usage:
    python3 make_ann.py                  # rewrite ann/*.ann (deterministic)
    python3 make_ann.py --review         # every relation with its context
    python3 make_ann.py --review --flagged   # only relations whose Cue or
                                         # Source had several candidates
    python3 make_ann.py --review --only pr9_007
    python3 make_ann.py --check          # also read the files back with
                                         # ../../../../../shared/eval/score.py
"""

import argparse
import bisect
import importlib.util
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


class Doc:
    def __init__(self, stem):
        self.stem = stem
        self.text = (TEXT_DIR / f"{stem}.txt").read_text(encoding="utf-8")
        self.para_starts = [0]
        i = self.text.find("\n\n")
        while i >= 0:
            j = i
            while j < len(self.text) and self.text[j] == "\n":
                j += 1
            self.para_starts.append(j)
            i = self.text.find("\n\n", j)

    def para(self, offset):
        return bisect.bisect_right(self.para_starts, offset) - 1

    def para_end(self, offset):
        k = self.para(offset)
        if k + 1 < len(self.para_starts):
            return self.text.rfind("\n\n", 0, self.para_starts[k + 1])
        return len(self.text.rstrip("\n"))

    def ok_bounds(self, start, end):
        t = self.text
        if is_word(t[start]) and start > 0 and is_word(t[start - 1]):
            return False
        if is_word(t[end - 1]):
            if end < len(t) and is_word(t[end]):
                return False
            if t[end:end + 2] in ("'s", "’s") and (end + 2 >= len(t) or not is_word(t[end + 2])):
                return False
        return True

    def find_all(self, needle):
        """Occurrences (start, end) of a plain string on word boundaries."""
        out, i = [], self.text.find(needle)
        while i >= 0:
            if self.ok_bounds(i, i + len(needle)):
                out.append((i, i + len(needle)))
            i = self.text.find(needle, i + 1)
        return out

    def locate(self, locator):
        """Target spans of a locator that may contain one {braced} target."""
        if "{" in locator:
            a, b = locator.index("{"), locator.index("}")
            context = locator[:a] + locator[a + 1:b] + locator[b + 1:]
            shift, length = a, b - a - 1
            hits = []
            for s, e in self.find_all(context):
                ts, te = s + shift, s + shift + length
                if self.ok_bounds(ts, te):
                    hits.append((ts, te))
            return hits
        return self.find_all(locator)


def parse_piece(doc, piece):
    if " ~~ " in piece:
        prefix, suffix = piece.split(" ~~ ")
        cands = []
        for ps, pe in doc.locate(prefix):
            limit = doc.para_end(ps)
            for ss, se in doc.locate(suffix):
                if ss >= pe and se <= limit:
                    cands.append((ps, se))
                    break
        # keep minimal candidates
        cands = [c for c in cands if not any(o != c and c[0] <= o[0] and o[1] <= c[1] for o in cands)]
        if len(cands) != 1:
            raise SpecError(f"{doc.stem}: piece {piece!r} found {len(cands)} times")
        return cands[0]
    hits = doc.locate(piece)
    if len(hits) != 1:
        raise SpecError(f"{doc.stem}: piece {piece!r} found {len(hits)} times")
    return hits[0]


def gap(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def choose(doc, locator, anchors, preferred_paras, forbidden, what):
    hits = [h for h in doc.locate(locator) if not any(overlaps(h, f) for f in forbidden)]
    if not hits:
        raise SpecError(f"{doc.stem}: {what} {locator!r} not found")
    same = [h for h in hits if doc.para(h[0]) in preferred_paras]
    pool = same or hits
    scored = sorted((min(gap(h, a) for a in anchors), h) for h in pool)
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        raise SpecError(f"{doc.stem}: {what} {locator!r} is a tie at {scored[0][1]} and {scored[1][1]}")
    # candidates worth a second look: all hits in the preferred paragraphs and
    # in the paragraph just before them
    near = set(preferred_paras) | {min(preferred_paras) - 1}
    return scored[0][1], sum(doc.para(h[0]) in near for h in hits)


def read_spec():
    docs, current = {}, None
    for number, raw in enumerate(SPEC.split("\n"), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            current = line[4:].strip()
            docs[current] = []
            continue
        fields = [f.strip() for f in line.split(" | ")]
        if current is None or len(fields) not in (3, 4) or (len(fields) == 4 and fields[3] != "c2"):
            raise SpecError(f"spec line {number}: cannot read {line!r}")
        docs[current].append((number, fields))
    return docs


def build(stem, rows):
    doc = Doc(stem)
    rels = []
    for number, fields in rows:
        source, cue, content = fields[:3]
        c2 = len(fields) == 4
        pieces = [parse_piece(doc, p) for p in content.split(" ++ ")]
        pieces.sort()
        for k in range(1, len(pieces)):
            if pieces[k][0] < pieces[k - 1][1]:
                raise SpecError(f"{stem}: spec line {number}: overlapping pieces")
        content_paras = {doc.para(p[0]) for p in pieces}
        cue_span, cue_n = choose(doc, cue, pieces, content_paras, pieces, "cue")
        src_span, src_n = None, 0
        if source != "-":
            src_span, src_n = choose(doc, source, [cue_span], {doc.para(cue_span[0])}, pieces, "source")
            if overlaps(src_span, cue_span):
                raise SpecError(f"{stem}: spec line {number}: source overlaps cue")
        far = doc.para(cue_span[0]) not in content_paras or (
            src_span is not None and doc.para(src_span[0]) != doc.para(cue_span[0]))
        rels.append({"line": number, "pieces": pieces, "cue": cue_span, "source": src_span,
                     "c2": c2, "flags": (cue_n > 1, src_n > 1, far), "fields": fields})
    rels.sort(key=lambda r: (r["pieces"][0][0], -r["pieces"][-1][1], r["line"]))
    return doc, rels


def check_span(doc, segs):
    for a, b in segs:
        piece = doc.text[a:b]
        if not piece or piece != piece.strip() or "\n" in piece:
            raise SpecError(f"{doc.stem}: bad span {a}-{b} {piece!r}")


def render(doc, rels):
    tlines, elines, ids = [], [], {}

    def tid(kind, segs):
        check_span(doc, segs)
        key = (kind, tuple(segs))
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offs = ";".join(f"{a} {b}" for a, b in segs)
            covered = " ".join(doc.text[a:b] for a, b in segs)
            tlines.append(f"{ids[key]}\t{kind} {offs}\t{covered}")
        return ids[key]

    for n, r in enumerate(rels, 1):
        args = [f"Attribution:{tid('Cue', [r['cue']])}"]
        if r["source"]:
            args.append(f"Source:{tid('Source', [r['source']])}")
        if r["c2"]:
            for k, p in enumerate(r["pieces"]):
                kind = "Content" if k == 0 else f"Content{k + 1}"
                args.append(f"{kind}:{tid(kind, [p])}")
        else:
            args.append(f"Content:{tid('Content', r['pieces'])}")
        elines.append(f"E{n}\t" + " ".join(args))
    return "\n".join(tlines + elines) + "\n"


def verify(doc, ann_text):
    """Every T span's covered text equals its TEXT field; every Tn exists."""
    names = set()
    for line in ann_text.splitlines():
        f = line.split("\t")
        if line.startswith("T"):
            kind, _, offs = f[1].partition(" ")
            segs = [tuple(int(x) for x in s.split()) for s in offs.split(";")]
            covered = " ".join(doc.text[a:b] for a, b in segs)
            if covered != f[2]:
                raise SpecError(f"{doc.stem}: {f[0]} text mismatch")
            names.add(f[0])
        elif line.startswith("E"):
            for arg in f[1].split():
                if arg.partition(":")[2] not in names:
                    raise SpecError(f"{doc.stem}: {f[0]} names a missing T")


def context(doc, span, width=60):
    a, b = span
    left = doc.text[max(0, a - width):a].replace("\n", " / ")
    right = doc.text[b:b + width].replace("\n", " / ")
    return f"…{left}[{doc.text[a:b]}]{right}…"


def review(doc, rels, flagged_only):
    for r in rels:
        if flagged_only and not any(r["flags"]):
            continue
        content = " ++ ".join(doc.text[a:b] for a, b in r["pieces"])
        flag = ("C" if r["flags"][0] else "-") + ("S" if r["flags"][1] else "-") + ("P" if r["flags"][2] else "-")
        print(f"{doc.stem} line {r['line']} [{flag}]")
        print(f"   CONTENT {content}")
        print(f"   CUE     {context(doc, r['cue'])}")
        if r["source"]:
            print(f"   SOURCE  {context(doc, r['source'])}")
        else:
            print("   SOURCE  -")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--review", action="store_true")
    ap.add_argument("--flagged", action="store_true")
    ap.add_argument("--only")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    spec = read_spec()
    stems = sorted(p.stem for p in TEXT_DIR.glob("*.txt"))
    missing = [s for s in stems if s not in spec]
    if missing and not args.only:
        raise SpecError(f"texts without spec: {missing}")
    total = direct = 0
    score = None
    if args.check:
        sys.dont_write_bytecode = True  # never write a cache next to shared/eval/score.py
        loader = importlib.util.spec_from_file_location("score", SCORE_PY)
        score = importlib.util.module_from_spec(loader)
        loader.loader.exec_module(score)
    for stem in sorted(spec):
        if args.only and stem != args.only:
            continue
        doc, rels = build(stem, spec[stem])
        ann = render(doc, rels)
        verify(doc, ann)
        if args.review:
            review(doc, rels, args.flagged)
            continue
        path = ANN_DIR / f"{stem}_ann1.ann"
        path.write_text(ann, encoding="utf-8")
        total += len(rels)
        if score is not None:
            atts = score.parse_ann(path, doc.text)
            if len(atts) != len(rels):
                raise SpecError(f"{stem}: parse_ann read {len(atts)} of {len(rels)} relations")
            direct += sum(a["direct"] for a in atts)
    if not args.review:
        extra = f", {direct} direct by looks_direct" if score is not None else ""
        print(f"wrote {len(spec) if not args.only else 1} files, {total} relations{extra}")


# ---------------------------------------------------------------------------
# The spec: one line per relation, SOURCE | CUE | CONTENT [| c2].

SPEC = r'''
=== pr9_001
Thatcher | saying | party unity must come before 'any one person'
Margaret Thatcher | told | she would not fight the second ballot of the Conservative leadership contest
the statement | said | "After talking to a great many colleagues ~~ can stand,"
the statement | said | "It has been an enormous privilege to serve."
One minister | said | the Prime Minister had broken off twice while reading ++ the Lord Chancellor had offered to finish the text for her
the Lord Chancellor | offered | to finish the text for her
the minister | said | "She was not going to let anyone else say it,"
the minister | said | "That is the whole woman, really."
Mrs Thatcher | remarked | it was "a funny old world."
Mrs Thatcher | insisted | she would let her name go forward again
two of those present | according to | several Cabinet ministers had told her that she could not win
several Cabinet ministers | told | she could not win
Sir Geoffrey Howe | compared | his years as her Foreign Secretary to opening the batting ~~ team captain."
Mr Heseltine | said | he would stand in the second ballot ++ he was "not going to step aside for anybody."
Norman Lamont | said | the Chancellor offered "a fresh start without a change of direction."
she | told | "I am enjoying this,"
Mr Kinnock | said | "The Conservative Party has not changed ~~ sales manager,"
Mr Kinnock | said | "The country will see through that."
a Tory MP from the West Midlands who backed Mr Heseltine | said | "None of us takes any pleasure in this,"
he | said | The party had a choice between her and its seats ++ and it chose its seats | c2
A poll for this newspaper | found | 44 per cent of voters thought Mr Heseltine would make the best leader of the three
44 per cent of voters | thought | Mr Heseltine would make the best leader of the three
Doris Pemberton | said | "They have done a terrible thing to her,"

=== pr9_002
Ahern | says | ‘A day we will tell our grandchildren about,’
Bertie Ahern | described as | ‘the best chance this island has had in my lifetime’
he | said | ‘The two governments and the parties have reached an agreement, and I am very glad to be the one to tell you so,’
Mr Ahern | said | the deal belonged to ‘the people on both sides who are sick of funerals’
Tony Blair | saying | he felt ‘the hand of history upon our shoulders’
the Prime Minister | told | ‘Nobody should pretend that a piece of paper ends thirty years of killing,’
the Prime Minister | told | ‘But it gives us a framework, and that is what we have never had.’
Jeffrey Donaldson | telling | he could not support a text that let prisoners out ‘before a single gun has been handed in’
Mr Trimble | said | ‘I have not come this far ~~ to the Prime Minister. ++ ‘But the Union is stronger ~~ who will listen.’
He | said | his party would study the document ‘line by line’ and consult its members before taking a position
- | Asked | whether the IRA would decommission its weapons
Mr Adams | replied | ‘nobody in this room can speak for the IRA’
John Hume of the SDLP | said | ‘Now it belongs to the people, not to us.’
one man | yelled | ‘Dinosaur!’
Dr Paisley | called | the emerging agreement ‘a betrayal wrapped in a peace ribbon’
Mo Mowlam | said | referendums would be held on both sides of the border on 22 May
She | urged | voters to read the document ‘for themselves, and not to take anyone’s word for it, including mine’
One official from the Irish delegation | summed up | ‘Everybody is exhausted and nobody is sure, but nobody wants to be the one who says no.’

=== pr9_003
Prime Minister John Major | describing | three unnamed Cabinet ministers as ‘bastards’
Mr Major | believed | the microphones had been switched off
A Downing Street spokesman | said | the Prime Minister ‘does not comment on private conversations’ ++ the exchange had been ‘late-evening banter’ taken out of context
John Smith | said | the episode showed a government ‘at war with itself from the Cabinet table down’
Mr Smith | said | ‘He has now told the whole country what he thinks of his own colleagues,’
Mr Smith | said | ‘Why should anyone else think any better of them?’
He | warned | a second defeat would mean a general election
he | told | ‘If this House will not give the Government the means to govern, the country must be asked to choose another,’
- | asked | to choose another
he | said | The question of the treaty ++ was ‘settled, finally and irrevocably’
Bill Cash | said | ‘I have made my point and I have lost,’
Bill Cash | said | ‘I am not going to bring down a Conservative government to prove it.’
Paddy Ashdown | said | the Government had ‘played games with Britain’s place in Europe for fourteen months’
Paddy Ashdown | asked | ‘What has it got to show for it?’
a European Commission spokesman | said | the Commission had never doubted that Britain would ratify
the Commission | doubted | Britain would ratify
reporters | Asked | whether disloyal ministers would be moved in a reshuffle
Mr Major | said | ‘Nobody is going anywhere. We are a team, and we will go on being one.’
One former minister | told | the recording would be ‘read out at every Labour meeting from here to the next election’
he | said | ‘The Prime Minister has had a good week and a bad weekend,’
he | said | ‘In this party the weekend is what people remember.’
Teresa Gorman | said | she assumed she was not one of the three
she | assumed | she was not one of the three
she | told | ‘I am not in the Cabinet, so I expect he has a different word for me,’
I | expect | he has a different word for me

=== pr9_004
Parizeau | says | party needs 'a new voice'
Quebec Premier Jacques Parizeau | said | he will resign
he | blamed | the defeat on "money and the ethnic vote."
Parizeau | told | "It is time for someone else to carry this cause,"
Parizeau | told | "I will leave when the party has chosen a new leader, and not one day before."
He | said | he would not apologize for the words he used on Monday night
he | acknowledged | they had been "badly chosen" and had hurt people who voted No in good faith
Prime Minister Jean Chretien | told | the country had "come through a hard night together"
Prime Minister Jean Chretien | urged | Quebecers on both sides to "put the bitterness away."
he | called | Parizeau's remarks "unworthy of a premier"
he | said | he would not "dignify them any further."
Chretien's office | said | he had no plans to reopen the Constitution
Lucien Bouchard | would not say | whether he would seek the job
he | told | "This is not the day for that question,"
he | made clear | he did not consider the matter settled
he | consider | the matter settled
Bouchard | said | "We were a few thousand votes short,"
Bouchard | said | "The next time, we will not be."
Daniel Johnson | said | the premier's resignation did not undo the damage
Johnson | said | "He divided Quebecers into the real ones and the others, on live television,"
Johnson | said | "That is what people will remember about him."
Nick Pappas | said | "My parents came here from Athens in 1956. I was born on Park Avenue,"
Nick Pappas | said | "Last night the premier told me I was the reason his country does not exist."
the premier | told | I was the reason his country does not exist
Sheila Rosenberg | said | she had voted No "for Canada, not against anyone."
She | believed | many Yes voters felt the same way
she | said | "They wanted respect,"
she | said | "So did we."
- | Asked | whether he would stay in the National Assembly as a backbencher
he | said | "I have never been very good at sitting in the back,"

=== pr9_005
Tony | says | “A new dawn has broken,”
TONY Blair | promising | Labour would govern “for the many, and not just for those who voted for us.”
He | told | “A new dawn has broken, has it not? Now we have to earn it.”
the new Prime Minister | said | “This is a mandate for a new Britain, and I intend to honour every word of it.”
His wife Cherie | told | she had “hardly slept for a week.”
he | said | “When the curtain falls, it is time to get off the stage,”
he | said | “I have done that.”
Mr Portillo | told | “I lost, and I lost to a decent man,”
Twigg | said | “I am still pinching myself.”
One shell-shocked Tory aide at Central Office | said | “It’s not a defeat. It’s an extinction.”
Labour’s campaign chief Peter Mandelson | told | “Nobody in that room dared to think we would win like this. Not even Tony.”
Nobody in that room | think | we would win like this
Lib Dem leader Paddy Ashdown | said | the result was “the best night for a third party since the twenties.”
Cheryl Dobbs | said | “I have voted Tory all my life and I voted Labour today,”
Cheryl Dobbs | said | “My mum would have killed me.”
He | said | he had “seen new dawns before” and would wait to see whether this one lasted past Christmas
he | told | “They all promise the moon,”
Labour sources | said | Mr Blair would name his Cabinet tomorrow, with Gordon Brown at the Treasury and Robin Cook at the Foreign Office
one veteran Labour MP | in the words of | “Eighteen years. Eighteen long years.”

=== pr9_006
Chrétien | tells | he acted to “keep the country together”
Jean Chrétien | told | the sponsorship program was created because Canada “came within a whisker of breaking up” in 1995 ++ he knew nothing of the kickbacks that later flowed through it
Mr. Roy | asked | “You were the prime minister. Did you never ask where the money was going?”
you | ask | where the money was going
Mr. Chrétien | answered | “I asked. I was told it was being managed properly,”
- | told | it was being managed properly
Mr. Chrétien | answered | “I had a country to run. I did not pick advertising agencies.”
Mr. Roy | pressed | whether Jean Pelletier, his chief of staff, had kept him informed about the program’s spending
He | answered | “Mr. Pelletier ran my office ~~ come to me. ++ “He never did.”
a senior official | warned | the program’s files were “incomplete or missing altogether.”
the counsel | asked | “Had you seen this document before today?”
Mr. Chrétien | replied | “No,”
Mr. Chrétien | replied | “And I would be surprised if many ministers had.”
Justice John Gomery | told | balls bearing Mr. Chrétien’s signature were “small-town cheap.”
Mr. Chrétien | said | “These were given to me by presidents of the United States,”
Mr. Chrétien | said | “They have their names on them, not mine. I come from a small town, Mr. Commissioner, and I am proud of it.”
The commissioner | said | he regretted the remark
David Scott | asked | the Federal Court to remove Justice Gomery from the inquiry
David Scott | arguing | he has prejudged the evidence
- | Asked | whether he would do anything differently
he | said | “I would have put in more controls,”
he | said | “But I would create the program again tomorrow. In 1995 we nearly lost the country. People forget that.”
Conservative Leader Stephen Harper | told | the testimony was “a performance, not an explanation.”
Bloc Québécois Leader Gilles Duceppe | said | Quebeckers “deserve better than jokes about golf balls.”
A spokesman for Prime Minister Paul Martin | said | he would not comment while the inquiry was sitting
Louise Théberge | said | “He was very good,”
Louise Théberge | said | “I still don’t believe a word of it.”

=== pr9_007
Ron Davies | told | ‘This is a very good morning in Wales.’
Ron Davies | convinced | the cause was lost
he | added | ‘It is not a big majority, but it is a majority, and in a democracy that is what counts,’
a spokeswoman for the Just Say No campaign | said | ‘Half of Wales did not bother to vote, and half of those who did said no,’
a spokeswoman for the Just Say No campaign | said | ‘That is not the settled will of the Welsh people by any stretch.’
She | said | the campaign would consider whether to seek recounts in some counties
Plaid Cymru president Dafydd Wigley | said | he was ‘delighted, relieved and exhausted, in that order’
He | said | the assembly would be ‘a beginning, not an end’
Conservatives | fear | it will be a staging post on the road to independence
William Hague | said | the result gave the assembly ‘no mandate worth the name’
William Hague | called on | the Government to think again
the Prime Minister | said | the people of Wales had ‘chosen a new future’ ++ their decision, however narrow, ‘deserves the respect of every party’
Downing Street | according to | Tony Blair was woken at 4am with the news
Gwen Morgan | said | ‘My grandfather would have cried,’
Gwen Morgan | said | ‘He always said we would get our own parliament one day.’
He | said | we would get our own parliament one day
a No voter in Monmouth | said | ‘We’re Welsh too, you know,’
a No voter in Monmouth | said | ‘We just didn’t want another layer of politicians.’
- | asked | whether the margin was too small to build on
Mr Davies | said | ‘Ask the people of Carmarthenshire. They didn’t think so.’

=== pr9_008
Reynolds | says | 'little things' brought him down
Albert Reynolds | telling | he was going "with no bitterness and no regrets, or very few."
Dick Spring | said | he could no longer accept the Taoiseach's account of how the Brendan Smyth extradition case had been handled
Mr Reynolds | said | "In politics it is the little things that trip you up. You clear the big fences, and then you fall at a small one. ++ "I would do it all again tomorrow, every bit of it, except perhaps for the last week."
He | said | he was proud of the peace process and of the IRA ceasefire announced in August ++ history would judge him "on that, and not on a row about a judge."
Spring | says | trust is 'gone'
Mr Spring | told | information given to him by the Taoiseach on Tuesday "did not stand up to scrutiny."
he | said | "Trust is the whole of government,"
he | said | "Once it goes, nothing else holds."
One Labour TD | said | the parliamentary party had been unanimous
she | said | "There was no row in the room at all. People had simply had enough,"
Mr Whelehan | saying | he had done so "in the interests of the administration of justice."
John Bruton | said | the country had been let down by "a government that put its own survival ahead of everything else."
Mary Harney | called for | a general election
Labour | agrees | to return
- | Asked | whether he would try to rebuild the coalition
Mr Ahern | said | "My door is open. I think Dick Spring knows that."
I | think | Dick Spring knows that
Labour sources | said | the party would talk to "anyone who can form a stable government," including Fine Gael and Democratic Left
Mary Kiernan | said | "He brought peace to this country and now they've put him out over a judge,"
Mary Kiernan | said | "Nobody here understands it."
A spokesman for President Mary Robinson | said | she had accepted Mr Reynolds's resignation and would not dissolve the Dáil while another government could be formed

=== pr9_009
Hutton | says | BBC claim was ‘unfounded’
Lord Hutton | found | no evidence that the government “sexed up” its September 2002 dossier on Iraq’s weapons
the law lord | said | the allegation that Downing Street had inserted the 45-minute claim while knowing it was probably wrong was “unfounded”
He | found | the BBC’s editorial system was “defective” ++ the corporation’s governors had failed to investigate the government’s complaints properly
the reporter Andrew Gilligan | said | the government “probably knew” the 45-minute claim was wrong when it put it in the dossier
the report | concluded | the scientist had taken his own life ++ no one could have foreseen it
It | said | the Ministry of Defence could have done more to support him, but had not acted improperly in confirming his name to journalists
Blair | says | the charge must be withdrawn
Tony Blair | told | the report had shown that the charge of lying “was itself the falsehood, and a very grave one.”
the report | shown | the charge of lying “was itself the falsehood, and a very grave one.”
He | called on | those who had made it to withdraw it “fully and openly.”
the Prime Minister | said | “I have never sought to hide from the decision to go to war,”
the Prime Minister | said | “But I will not accept that I lied to this House, and tonight nobody needs to.”
Michael Howard | said | many questions remained
he | said | “This report does not tell us why we went to war ~~ mistaken,”
Charles Kennedy | called for | a full public inquiry into the intelligence
he | said | he was leaving because “the board must answer for the BBC, and I chair the board.”
Greg Dyke | told | the corporation would “learn every lesson this report has to teach us”
he | called | “an unreserved apology”
Alastair Campbell | said | the report had vindicated “every one of us whose honesty was questioned,” ++ the BBC should now “take a long look at itself.”
One senior correspondent | said | the report was “a whitewash on one side and a hanging on the other,”
One senior correspondent | predicted | more resignations would follow
The family of Dr Kelly | said | they would study the report carefully and would not comment further today

=== pr9_010
Campbell | says | Tories will rebuild after being cut to two seats
she | said | the party had “paid the price for every hard decision of the past nine years.”
She | insisted | it would rebuild
she | said | “We have lost a battle. We have not lost the country we believe in,”
Jean Chrétien | told | voters had chosen “jobs, hope and a government that listens.”
Mr. Chrétien | said | “I have waited a long time for this night, and so have you,”
Lucien Bouchard | called | the result “a message Ottawa can no longer pretend not to hear.”
Reform Party Leader Preston Manning | told | Reform would be “a constructive opposition, not a destructive one.”
Many Conservatives | blamed | the campaign, and in particular a television advertisement that appeared to mock Mr. Chrétien’s face
One senior Tory organizer | told | the advertisement had been “the moment the floor gave way.”
a reporter | Asked | whether she would stay on as leader
Ms. Campbell | said | “I am not going to make that decision tonight, and I would ask you not to make it for me.”
I | ask | you not to make it for me
Elsie Wayne | said | she would “make enough noise for 150.”
Jean Charest | said | the party’s first task was “to find out why Canadians stopped listening to us.”
Leader Audrey McLaughlin | said | the party would “start again from the kitchen table.”
A spokesman for former prime minister Brian Mulroney | said | he would have no comment
voters | said | the result was less about Ms. Campbell than about the man she replaced
Harold Beaudry | said | “I voted Tory for 30 years,”
Harold Beaudry | said | “This time I couldn’t do it. I think a lot of people felt the same way.”
I | think | a lot of people felt the same way

=== pr9_011
Speaker Martin | telling | he is going ‘so that this House can heal’
Michael Martin | announcing | he would stand down on 21 June
he | told | ‘I will leave the Chair on Sunday 21 June, so that the House can be united again,’
he | told | ‘I will say nothing further today.’
one person who was present | according to | The Speaker made up his mind after a meeting with party leaders on Tuesday morning
The same person | said | Mr Martin had asked whether the House would accept a later date and had been told plainly that it would not
Mr Martin | asked | whether the House would accept a later date
Gordon Brown | said | the decision was ‘the right one for Parliament and the right one for him’
The Prime Minister | told | the whole system of allowances had to be ‘torn up and replaced, not patched’
David Cameron | said | a new Speaker must have ‘the authority to clean out the stables’
He | told | ‘People are not angry about a moat ~~ laughing at them. ++ ‘Until we understand that, nothing we do in this building will matter.’
they | think | we have been laughing at them
Nick Clegg | call for | Mr Martin to go
the Liberal Democrat leader | said | ‘This was never about one man, but one man had to take responsibility,’
One Labour MP | said | he had been ‘hounded out by people with worse claims than his’
he | said | ‘There are members cheering today who should be in front of the standards commissioner,’
Sir Peter Viggers | said | he would stand down at the next election
Mr Cameron | described | the claim as ‘ridiculous and unacceptable’
Friends of John Bercow | said | he was ‘seriously considering’ standing to replace Mr Martin
Brian Hoskins | said | ‘They should all go, not just him,’
Brian Hoskins | said | ‘I pay my own mortgage. Why can’t they?’

=== pr9_012
Julia | vows | to ‘earn the trust’ of voters
Ms Gillard | told | she had asked for the leadership because she believed ‘a good government was losing its way’
she | asked for | the leadership
she | believed | ‘a good government was losing its way’
she | said | ‘I will lead a government that is honest with you, and I will earn your trust every day,’
The new PM | said | she would open the door to talks with the mining giants over the resource super profits tax
The new PM | called on | the industry to pull its advertising blitz in return
he | said | ‘I have given my all to this job,’
he | said | ‘I am proud of what we did. I am proud of the apology ~~ out of recession.’
He | said | he would recontest his Brisbane seat of Griffith at the election and would ‘serve the party in whatever way it asks’
One Right faction powerbroker | told | the numbers had ‘collapsed overnight’ once Victorian and NSW MPs deserted the PM
he | said | ‘By ten o’clock on Wednesday night it was over,’
he | said | ‘One of the Victorians rang me and said, “It’s done, mate. Kevin just doesn’t know it yet.”’
One of the Victorians | said | “It’s done, mate. Kevin just doesn’t know it yet.”
Opposition Leader Tony Abbott | accused | Labor of letting ‘faceless men’ choose the prime minister
Mr Abbott | told | ‘The Australian people elected Kevin Rudd. A handful of factional bosses have taken him away from them,’
Wayne Swan | said | the transition had been ‘orderly and united’
One Labor backbencher | wrote | ‘Sad day. Kevin gave us 2007. Now Julia has to give us 2010.’
- | asked | whether she would move into the Lodge
Ms Gillard | said | she would ‘wait until the people have given me the job in their own right’
Bronwyn Kelly | said | ‘About time a woman ran the country,’
Bronwyn Kelly | said | ‘I just wish she’d done it at an election.’
Retiree Frank Moretti | said | he thought Labor had ‘knifed its own bloke’ and would pay for it at the polls
he | thought | Labor had ‘knifed its own bloke’ and would pay for it at the polls
he | said | ‘In my day you stuck with your captain,’

=== pr9_013
Cameron | says | "We are not going to agree on everything,"
Cameron | called | the deal "a genuinely new kind of government"
Cameron | said | the two parties had put aside "a great deal of what divides us" for the sake of the country
he | said | "We are not going to agree on everything, and we will say so when we don't,"
he | said | "But we will agree on far more than anybody in this garden expects."
Clegg | said | he had entered the coalition "with my eyes open."
He | told | the government would last the full five years
I | think | that tells you something about the mood
A reporter | reminded | he had once named Clegg as his favourite joke
he | asked | "Did I really say that?"
One Lib Dem staffer | told | the negotiators had been "stunned at how much they gave away on the last night."
One Conservative backbencher | texted | "We won the election. They got the Cabinet seats. Explain that to my association."
John Prescott | wrote | the Lib Dems had "sold their souls for a ministerial car."
A Labour frontbencher | told | the party was "better out of it" after thirteen years
he | said | he wished the next prime minister "well in the choices he makes for us all."
I | asked | Will it last?
she | said | "Ask me in five years,"
She | said | she had joined the party "to keep the Tories out, not to put them in."
She | believes | Clegg has made a terrible mistake
I | think | the country wanted the parties to work together

=== pr9_014
Varadkar | says | he can see “a pathway to a deal”
Leo Varadkar | said | he was more hopeful of a Brexit agreement than at any time since the summer
the two governments | said | they had held “a detailed and constructive discussion”
the two governments | agreed | they could see “a pathway to a possible deal.”
he | said | “There are issues around consent and customs that are still unresolved, and I don’t want to pretend otherwise,”
he | said | “But I now think a deal is possible by the end of October.”
I | think | a deal is possible by the end of October
- | Asked | whether the backstop was dead
he | said | he would not “get into the language of who gave way on what.”
Mr Johnson | called | it “anti-democratic”
Mr Johnson | insisted | it be removed
A Downing Street spokesman | said | the Prime Minister had found the talks “very positive and very promising,” ++ the two leaders had agreed to keep in close contact over the coming days
the Prime Minister | found | the talks “very positive and very promising,”
the two leaders | agreed | to keep in close contact over the coming days
Simon Coveney | wrote | the meeting had been “a genuine step forward, but only a step.”
Arlene Foster | warned | her party would not accept any arrangement that “puts a border down the Irish Sea.”
Mary Lou McDonald | said | the Government must not “trade away the backstop for a press release,”
Micheál Martin | urged | his own deputies not to start “celebrating prematurely.”
One senior Government source | said | the breakthrough had come when the British side “stopped talking about the backstop and started talking about the border.”
Seamus Rooney | said | “I heard all this in March, and again in July,”
Seamus Rooney | said | “I will believe it when I see it signed.”
Bernadette Quinn | said | she hoped the politicians understood what was at stake
she | hoped | the politicians understood what was at stake
she | said | “My daughter lives in Newry and I live here. That is not a customs question, it is my family,”

=== pr9_015
Alex Salmond | announced | he would stand down as First Minister and SNP leader in November
Mr Salmond | said | ‘My own part in this is nearly done. The campaign goes on, and the dream shall never die.’
Nicola Sturgeon | said | she was ‘heartbroken, but not defeated, and not going anywhere’
She | would not say | whether she would seek the leadership
David Cameron | said | the vote had settled the question ‘for a generation’ ++ the promises of new powers for Holyrood would be ‘honoured in full’
He | said | English MPs should in future decide laws affecting only England
Labour | attacked as | ‘a constitutional stitch-up’
Gordon Brown | urged | both camps to ‘put the flags away and come together’
Kirsty Mackay | said | ‘My gran phoned me at six and said, “Well, hen, we gave it a go.” It feels like somebody has died,’
My gran | said | “Well, hen, we gave it a go.”
Kirsty Mackay | said | ‘But we have never been so political in this city, and that is not going away.’
Her friend Ross Dunbar | said | he had voted for the first time in his life
He | said | he would ‘vote in every election from now on, just to annoy them’
Alan Crichton | said | ‘I love this country, and I think it is better in the UK,’
I | think | it is better in the UK
Alan Crichton | said | ‘I just hope folk can be civil to each other now.’
I | hope | folk can be civil to each other now
Dundee’s SNP MSP Shona Robison | told | the city had ‘shown the rest of Scotland the way’
she | said | ‘The rest of Scotland will catch up,’
she | said | ‘I genuinely believe that.’
Labour’s Jenny Marra | said | she understood the disappointment but believed the city would be ‘better served by two parliaments than one’
she | believed | the city would be ‘better served by two parliaments than one’
the Clarion | Asked | whether he expected another referendum within ten years
he | said | ‘Ask me after the general election,’

=== pr9_016
Trudeau | tells | 'sunny ways' are back
he | said | "Sunny ways, my friends, sunny ways,"
he | said | "This is what positive politics can do."
He | told | Canadians had "sent a clear message tonight"
He | promised | to govern for "every Canadian, whether they voted for us or not."
Stephen Harper | telling | he accepted the result "without hesitation and without regret."
Conservative Party president John Walsh | said | Harper had asked him to begin the process of choosing a new leader
Harper | asked | him to begin the process of choosing a new leader
Walsh | said | "The prime minister has given this country everything he had for nine years,"
Walsh | said | "He has earned the right to go on his own terms."
One defeated Conservative MP | wrote | it had been "an honour to serve, and I mean every word of that."
Mulcair | vows | to hold Liberals to account
NDP Leader Tom Mulcair | told | New Democrats would "hold this government to account on every promise it made."
He | said | he would stay on as leader
one NDP organizer in Toronto | said | "We started this campaign in first place,"
one NDP organizer in Toronto | said | "That is the only number anyone in the party is going to talk about for the next six months."
Trudeau | says | cabinet will be half women
reporters | Asked | whether he would keep his promise of a cabinet with equal numbers of women and men
Trudeau | said | the answer was "yes, from the first day."
He | said | his government would bring back the long-form census ++ he would call U.S. President Barack Obama later in the day
A White House spokesman | said | Obama had congratulated Trudeau on his victory ++ the two leaders had agreed to work closely on climate change and trade
the two leaders | agreed | to work closely on climate change and trade
poll clerk Anjali Mehta | said | "I've worked every election since 1997, and this is the busiest I have ever seen it,"
poll clerk Anjali Mehta | said | "People brought their kids. People brought lawn chairs."
Elections Canada | according to | Voter turnout was 68 per cent, the highest since 1993

=== pr9_017
Cameron | says | country needs “a new leader to see this through”
Prime Minister David Cameron | said | he would step down by October
Cameron | said | the country needed “a new leader to see this through” ++ formal exit talks with Brussels should begin under his successor
Cameron | said | “I gave this campaign everything I had, and I do not regret a single day of it,”
Cameron | said | “But the country has chosen, and its choice must be respected. ++ “For the next three months I will keep the government steady, and then I will hand over.”
- | Asked | whether he would invoke Article 50 of the EU treaty
a Downing Street spokeswoman | said | that would be “a decision for the next prime minister.”
Nigel Farage | told | June 23 should go down in history as Britain’s “independence day.”
he | said | there was “no need for haste”
he | insisted | Britain would remain “a great European power.”
Scotland’s First Minister Nicola Sturgeon | said | a second referendum on Scottish independence was now “highly likely,”
Labour leader Jeremy Corbyn | said | the result reflected the anger of communities “that have been ignored for far too long.”
Two Labour lawmakers | accusing | him of a “half-hearted” campaign
the heads of the European Commission, Council and Parliament | said | the remaining 27 members would stay united ++ they expected London to begin its exit “without delay.”
they | expected | London to begin its exit “without delay.”
he | told | “What does not kill you makes you stronger,”
Bank of England Governor Mark Carney | said | the central bank was “well prepared” and stood ready to provide 250 billion pounds of extra funds to keep markets working
Brian Atkinson | said | “They told us for years that nothing could change,”
They | told | nothing could change
Brian Atkinson | said | “Well, it just did.”
Priya Shah | said | “I woke up, looked at my phone and thought it was a joke,”
I | thought | it was a joke
Priya Shah | said | “I still half think it is.”

=== pr9_018
Gillard | tells | he needs “a mirror, not a motion”
Julia Gillard | telling | she would “not be lectured about sexism and misogyny by this man.”
she | added | “I will not,”
He | told | every day the Government stood by Mr Slipper was “one more day of shame for a government that should already have died of shame.”
she | said | “The Leader of the Opposition knows exactly where those words come from,”
she | said | “He should be ashamed to have them in his mouth.”
She | said | she had been “offended personally” by each of them
she | said | “He does not need a motion in this House,”
she | said | “He needs a mirror.”
Anna Burke | said | “Order! The Prime Minister has the call,”
Mr Abbott | told | the Prime Minister had “played the gender card because she had no other card left to play.”
He | said | he stood by every word of his own speech
Mr Slipper | telling | he was going “for the sake of this Parliament and of my family.”
Several press gallery commentators | argued | Ms Gillard had defended the indefensible in backing Mr Slipper for as long as she did ++ the speech, however powerful, had been given “in the wrong cause.”
One senior Labor minister | conceded | the timing was “awful”
One senior Labor minister | said | the caucus had never been more united behind her
he | said | “Everyone in that room stood up when she walked in,”
One viewer in Perth | wrote | “Every woman in my office just stood up at her desk and cheered.”
Fiona Doyle | said | “I don’t even like her much,”
Fiona Doyle | said | “But I have sat in meetings with men like that my whole working life, and she said what I never could.”

=== pr9_019
John Bercow | read out | "The Ayes to the right, 202. The Noes to the left, 432."
Mrs May | said | "Mr Speaker, the House has given its answer ~~ is now plain. ++ "What it is for, nobody in this chamber can yet tell me."
She | said | she would hold talks with senior MPs from all parties "in a constructive spirit" and return to the House with a new plan by Monday
Mr Corbyn | asked | "Will the Prime Minister now accept that her deal is dead, and that she has no authority left to negotiate anything at all?"
Mrs May | replied | her government still had "the confidence of this House"
Mrs May | invited | him to test it
the Labour leader | said | "Never in our history has a government lost a vote of this importance by such a margin,"
the Labour leader | said | "She has run out of road."
Ian Blackford | said | "The Prime Minister should go back to Brussels and ~~ this deal is finished."
{She} should go back to Brussels and ask | ask for | more time
Jacob Rees-Mogg | told | Mrs May should now seek a deal "without the backstop, or leave without one."
he | said | he would back her in today's confidence vote
Nigel Dodds | said | "We will vote for the Government tomorrow night,"
Nigel Dodds | said | "We will not vote for this deal, tomorrow or any night."
one senior EU diplomat | said | member states would "wait for London to tell us what it wants, if it knows."
Another | said | the chance of Britain leaving without a deal on 29 March had "gone up sharply tonight."
one group | chanted | "Out means out!"
Downing Street | said | the Prime Minister was "confident" of winning today's vote
he | said | "Confident is a big word,"

=== pr9_020
McDonald | says | voters have delivered ‘a revolution in the ballot box’
Mary Lou McDonald | described as | described as {‘a revolution in the ballot box’}
Ms McDonald | told | ‘The two-party system is over,’
Ms McDonald | told | ‘People voted for change, and they are entitled to get it.’
Leo Varadkar | said | Ireland now had ‘a three-party system’ ++ his party was prepared to go into opposition
Micheál Martin | said | he would ‘talk to everybody’
Micheál Martin | repeated | his party’s differences with Sinn Féin were ‘fundamental, on policy and on much else’
He | told | ‘I have knocked on doors in this city ~~ This time they opened. ++ ‘People on the Southside ~~ the whole story of this election.’
People on the Southside | told | they were sick of waiting lists and sick of rent
Fine Gael’s Minister of State Patrick O’Donovan | conceded | the party had ‘misread the mood on housing and health’
Fine Gael’s Minister of State Patrick O’Donovan | said | he did not expect to be a minister for much longer
{he} did not expect | expect | to be a minister for much longer
Simon Coveney | said | Fine Gael would ‘listen and learn’ from the result
- | Asked | whether Sinn Féin would now seek to lead a government
Violet-Anne Wynne | said | ‘Why wouldn’t we? We got the most votes.’
An exit poll for a national broadcaster | found | almost a third of voters aged 18 to 24 had given Sinn Féin their first preference
Shauna Clancy | said | she had voted Sinn Féin for the first time
she | said | ‘I’m 23 and I still live in my childhood bedroom,’
she | said | ‘That’s why I voted the way I did. It wasn’t about the past, it was about rent.’
Tom | said | he ‘didn’t argue with her this time’
Senior figures in all three parties | believe | weeks of talks lie ahead

=== pr9_021
Supreme Court | rules | suspension of Parliament ‘unlawful, void and of no effect’
The Supreme Court | ruled | Boris Johnson’s decision to suspend Parliament for five weeks was unlawful
Lady Hale | said | the suspension had stopped Parliament from carrying out its constitutional role ‘without reasonable justification’
She | said | the court had concluded that the Prime Minister’s advice to the Queen was unlawful ++ the prorogation itself was therefore void
the court | concluded | the Prime Minister’s advice to the Queen was unlawful
she | said | ‘Parliament was silenced for five weeks ~~ nobody has told this court why,’
The judgment | said | it was for Parliament, and in particular the Speaker, to decide what to do next
John Bercow | said | the Commons would sit at 11.30 tomorrow morning
he | told | ‘The House of Commons must be able to do its job, and from tomorrow it will,’
He | said | there would be no Prime Minister’s Questions ++ ministers could expect ‘urgent questions in some number’
The Prime Minister | said | he would respect the judgment but disagreed with it ‘profoundly’
he | told | ‘I have the greatest respect for our judges, but I do not think this was the right decision,’
I | think | this was the right decision
He | said | the suspension had been needed so that his government could set out ‘a proper domestic programme’
- | Asked | whether he would resign
Mr Johnson | replied | ‘Not at all. We have a country to take out of the EU on 31 October.’
several people who listened in | according to | The Leader of the House, Jacob Rees-Mogg, told a Cabinet conference call that the ruling amounted to a ‘constitutional coup’
Jacob Rees-Mogg | told | the ruling amounted to a ‘constitutional coup’
Corbyn | tells | Johnson to ‘consider his position’
He | told | Mr Johnson should ‘consider his position’ and had shown ‘contempt for democracy and the rule of law’
The SNP MP Joanna Cherry | said | Mr Johnson had ‘misled the Queen’ and must go
she | said | ‘I did this so that no prime minister, of any party, can shut the door on Parliament again,’
Downing Street | would not say | whether the Prime Minister had spoken to the Queen since the ruling

=== pr9_022
The former attorney general | told | she had faced “a consistent and sustained effort” by officials ~~ prosecution of SNC-Lavalin
She | said | she had received “veiled threats” about what would happen if she did not
She | said | Wernick had told her that the Prime Minister was “not going to let this go” and that she should think hard about what came next
Wernick | told | the Prime Minister was “not going to let this go” ++ she should think hard about what came next
she | told | “I remember thinking, this is how it starts,”
I | thinking | this is how it starts
Justin Trudeau | said | he rejected her account “strongly” ++ his staff had done nothing more than “raise legitimate concerns about jobs.”
I | think | that line is going to age badly
Nobody on that committee | disputed | the jobs mattered
he | called on | Trudeau to resign
he | asked | the RCMP to investigate
NDP Leader Jagmeet Singh | called for | a public inquiry
Gerald Butts | wrote | he looked forward to giving the committee his own account of events, “every conversation of it.”
Dan from Kingston | emailed | “Why didn’t she just resign in December, when it started?”
She | said | the former attorney general had probably believed she could hold the line from inside the cabinet
the former attorney general | believed | she could hold the line from inside the cabinet
the staffer | said | “She thought the rules would protect her,”
She | thought | the rules would protect her
the staffer | said | “She found out they protect whoever is in the room.”
One Liberal MP | texted | “We are going to be talking about this until October. Every single day.”
he | thought | he was running

=== pr9_023
Davis | tells | “In the name of God, go”
one of his own party’s biggest beasts | told | to quit
Mr Davis | said | “I expect my leaders to carry the can for what happens on their watch, and yesterday he did the reverse,”
I | expect | my leaders to carry the can for what happens on their watch
Mr Davis | said | “So let me remind him of what Leopold Amery told Chamberlain: ‘You have sat there too long for all the good you have done. In the name of God, go.’”
Leopold Amery | told | ‘You have sat there too long for all the good you have done. In the name of God, go.’
he | replied | “I will wait for Sue Gray’s report, and so should he,”
he | wrote | the Government had “lost sight of the people it was elected to serve.”
Sir Keir | asked | “Last week the Prime Minister told this House ~~ still believe him?”
the Prime Minister | told | he believed the party in his garden was a work event
{he} believed the party | believed | the party in his garden was a work event
Mr Johnson | replied | “He will have to wait for the inquiry like everybody else.”
the Labour leader | shot back | “Every day he clings on, he drags the whole country down with him,”
Opposition MPs | shouted | “Resign!”
the PM | telling | he had “believed implicitly” that it was a work event
{he} had “believed | believed | it was a work event
One veteran backbencher | told | at least a dozen letters of no confidence had gone in since the weekend
he | said | “The question isn’t if, it’s when,”
Culture Secretary Nadine Dorries | wrote | the Prime Minister had “delivered Brexit, the vaccine and the biggest majority since 1987” and deserved the party’s loyalty
A Downing Street spokesman | said | Mr Johnson was “getting on with the job.”
Sandra Bellamy | said | “My mum died in a care home in April 2020 and I watched her funeral on a laptop,”
Sandra Bellamy | said | “Don’t tell me that was a work event.”

=== pr9_024
Abbott | promises | "no sniping"
Tony Abbott | promised | there would be "no wrecking, no undermining and no sniping" from him
he | said | "It's been an honour to serve the Australian people ~~ as best I can,"
he | said | "The leadership change will not be easy for me, and it will not be easy for my family."
he | called | "a febrile media culture"
he | said | rewarded "treachery dressed up as reporting."
Turnbull | told | the government had lost 30 Newspolls in a row ++ Abbott had "not been able to make the case" for its economic policies | c2
Turnbull | said | "This is not about me, and it is not about him,"
Turnbull | said | "It is about whether this government can win an argument. Right now it cannot. ++ "And if it cannot win an argument, it will not win an election."
two Liberal lawmakers | according to | Foreign Minister Julie Bishop, who was re-elected deputy leader, had told ~~ majority of the party room
Foreign Minister Julie Bishop | told | he no longer had the support of a majority of the party room
- | Asked | whether he would change the government's policies on climate change or same-sex marriage
Turnbull | said | they would "remain as they are" for now
he | said | "I want a government that respects the intelligence of the Australian people,"
he | said | "We will explain what we are doing and why, and then we will get on with it."
Opposition Leader Bill Shorten | said | Australians had not voted for Turnbull and would "judge him on his policies, not his personality."
he | wrote | "New captain. Same team. Same cuts."
Employment Minister Eric Abetz | told | the result was "a sad day for the party and a sad day for Australia."
one Liberal senator who voted for Abbott | said | "We have just done to Tony ~~ doing to Kevin Rudd,"
one Liberal senator who voted for Abbott | said | "I hope people remember that."
I | hope | people remember that
Turnbull's supporters | said | the party had acted to avoid defeat at an election due within a year
One of them | said | MPs in marginal seats had "stopped pretending" that the polls would turn
A poll for a Sydney newspaper published Tuesday | found | 62 percent of voters thought Turnbull would be a better prime minister than Abbott
62 percent of voters | thought | Turnbull would be a better prime minister than Abbott

=== pr9_025
Johnson | says | "them's the breaks"
Boris Johnson | announced | he would resign as leader of Britain's Conservative Party after more than 50 ministers and aides walked out of his government in two days
Boris Johnson | said | he would stay on as prime minister until a successor is chosen
Johnson | said | "The party has decided it wants a new leader, and I accept that,"
The party | decided | it wants a new leader
He | said | changing leaders in the middle of a war in Europe would be "reckless," ++ he regretted failing to convince his colleagues of that
he | said | "As we have seen, when the herd moves, it moves,"
he | added | "I won't pretend this is easy. It is the best job in the world,"
he | added | "But them's the breaks."
Sunak | wrote | his approach to the economy and Johnson's were now "simply too far apart."
Downing Street | admitted | Johnson had been briefed in 2019 about a complaint against Chris Pincher
Nadhim Zahawi | called on | Johnson to go
Zahawi | wrote | "Prime Minister, you know in your heart what the right thing to do is,"
Zahawi | wrote | "Go now."
Opposition Labour leader Keir Starmer | said | it was "good news for the country" that Johnson was leaving
Opposition Labour leader Keir Starmer | called for | him to leave Downing Street immediately rather than "cling on for the summer."
He | said | Labour would force a confidence vote if the Conservatives kept him as caretaker
Former prime minister John Major | wrote | it would be "neither wise nor sustainable" for Johnson to remain in office for months
Brady | told | the timetable for the leadership contest would be set out next week
a spokesman for President Volodymyr Zelenskiy | said | the Ukrainian leader had phoned Johnson to thank him for "standing with Ukraine from the first day."
Keith Arnold | said | "He got Brexit done and he got us through COVID,"
Keith Arnold | said | "I think they've been very ungrateful."
I | think | they've been very ungrateful
she | said | "He lied about the parties. He lied about this,"
she | said | "I don't know why anyone is surprised."

=== pr9_026
he | told | the people had carried out "a democratic revolution at the ballot box" ++ he would not let them down
he | said | "This is not my victory. It belongs to every family in this country that has had a hard two years,"
I | think | was the only unscripted moment of the day
He | said | he had expected a bad day "but not the end of the world."
he | said | "It feels like the end of the world," ++ "and I say that as a man who has canvassed in the rain since 1979."
Micheál Martin | called | the result "a very painful day for every member of this party"
Micheál Martin | promised | to rebuild "from the ground up."
I | asked | Will Labour go into government with Fine Gael?
The third | said | he would "wait for the party to decide, like a good socialist."
Eamon Gilmore | told | it was "Frankfurt's way or Labour's way"
I | asked | whether that was still the choice
She | said | I should ask Frankfurt
I | asked | Why Kenny?
he | said | "Because he's ours," ++ "and because the other crowd wrecked the place."
She | said | she had read this blog for years and thought I had been "far too soft on Fianna Fáil."
she | thought | I had been "far too soft on Fianna Fáil."
I | think | I underestimated how angry people were
Kenny | told | he hoped to have a programme for government agreed "within days, not weeks."

=== pr9_027
She | said | she had spoken to the King to tell him she was resigning as Conservative leader ++ a successor would be chosen within a week
{she} had spoken | tell | she was resigning as Conservative leader
He | told | the package would ‘set Britain free to grow again’
the Bank of England | said | it would buy long-dated gilts to stop ‘a disorderly spiral’ in the bond market
Truss | told | her three priorities were ‘growth, growth and growth’
Truss | blamed | what she called the ‘anti-growth coalition’ for everything else
she | called | the ‘anti-growth coalition’
she | told | ‘I am a fighter and not a quitter.’
one Tory MP | described | ‘a playground fight with the cameras outside’
He | told | he had voted for her in the summer
he | said | ‘I thought she meant it about growth,’
I | thought | she meant it about growth
he | said | ‘I still think she did. That was the problem.’
a tabloid | asking | whether it would outlast her
A reader | emailed | Is there any precedent for this?
I | told | I could not think of one in my lifetime
Rishi Sunak | warned | her tax plans were ‘a fairytale’
- | said | Boris Johnson ++ to be flying back from the Caribbean
Penny Mordaunt’s allies | say | she has the numbers
I | think | the party has finally discovered that the markets have a vote too

=== pr9_028
McCormack | says | Nationals will ‘work with whoever leads’
Mr Turnbull | told | there had been ‘a deliberate campaign to wreck this government from the inside’
Mr Turnbull | said | he would leave Parliament ‘before too long’
he | said | ‘You won’t have me lurking on the back bench, I promise you that,’
Mr Morrison | declared | ‘This is my leader, and I’m ambitious for him.’
Mr Morrison | said | he had backed Mr Turnbull ‘right up until the moment the party room decided otherwise’
Mr Turnbull | insisted | Mr Dutton’s supporters produce a petition signed by a majority of the party room before he would call a meeting
two Liberal MPs | according to | They did so shortly before noon
Michael McCormack | told | the Nationals would ‘work with whoever leads the Liberal Party, and we will keep working for the bush’
Mr McCormack | said | ‘People out here don’t care whose name is on the door,’
Mr McCormack | said | ‘They care whether it rains, and whether Canberra notices when it doesn’t.’
Mr Morrison | said | his first trip as prime minister would be to drought-hit communities in western Queensland and New South Wales
Ian Buckley | said | ‘We’ve had eleven millimetres ~~ talking about itself. ++ ‘If the new bloke ~~ where we are.’
Mr Dutton | said | he would serve in Mr Morrison’s ministry and would give the new Prime Minister ‘my absolute loyalty’
Several Liberal moderates | told | they believed the party had ‘dodged a bullet’ by not electing him
they | believed | the party had ‘dodged a bullet’ by not electing him
Opposition Leader Bill Shorten | said | the Liberals had handed Australians their third prime minister in five years ‘without asking a single voter’
pharmacist Leanne Cho | said | ‘I’ve lost count,’
pharmacist Leanne Cho | said | ‘I think my kids have had more prime ministers than birthdays.’
I | think | my kids have had more prime ministers than birthdays

=== pr9_029
Dover | asking | “what now?”
The Supreme Court | ruled | the Government’s plan to send asylum seekers to Rwanda was unlawful
The five justices | found | there were “substantial grounds” for thinking that people sent to Rwanda could be returned to countries where they would face persecution
the Prime Minister | said | he would sign a new treaty with Rwanda and bring in emergency legislation declaring it a safe country
emergency legislation | declaring | it a safe country
Mr Sunak | said | “I will do whatever it takes to get flights off the ground, and I will not let this be the end of it,”
He | said | he was prepared to “revisit” Britain’s international legal commitments if the courts blocked the plan again
Suella Braverman | warned | he had “wasted months we did not have.”
Labour’s Yvette Cooper | said | “It was a gimmick from start to finish,”
She | said | the Government had spent £140 million on a plan that had not removed a single person
Natalie Elphicke | told | the judgment was “a disaster for this town”
Natalie Elphicke | urged | ministers to “get on and fix it, this winter, not next year.”
Terry Gowland | said | “Every morning I see the Border Force boats come in,”
Terry Gowland | said | “Nobody here thinks Rwanda was ever going to fix that.”
Nobody here | thinks | Rwanda was ever going to fix that
She | said | the people she met each week were “not a problem to be shipped somewhere else,”
She | asked | “When will anyone in Westminster come down here and talk to them?”
a spokeswoman for the Rwandan government | said | Rwanda remained “committed to the partnership” and would continue to offer safety to refugees
the Courier | Asked | whether flights would leave before the next general election
a Home Office source | say | the department was “working flat out.”
One Tory councillor in Dover | asked | us to leave out his name
he | said | “People here voted for us because we said we would sort this,”
we | said | we would sort this
he | said | “If we can’t, they will find someone who says they can.”

=== pr9_030
Albanese | says | result must be "respected"
Prime Minister Anthony Albanese | said | the result "must be respected, by me and by everyone who voted Yes."
he | said | "When you try to do something for the first time, you can fall short. Tonight we have fallen short,"
he | said | "But I will not apologise for trying."
He | said | the government would keep working on "the practical things that make a difference in people's lives," in health, education and housing
Dutton | says | PM 'divided the country'
Opposition Leader Peter Dutton | said | Mr Albanese had "asked the country a question it never wanted to be asked" and had divided Australians in the process
Mr Dutton | told | "This was a referendum the Prime Minister chose to have, and tonight he has his answer,"
Senator Jacinta Nampijinpa Price | said | the result showed that Australians wanted "to be treated as one people, not divided by race."
She | urged | the government to focus on "practical help in the communities that need it."
she | said | "We have walked a long road together, and the road does not end tonight,"
A group of Indigenous leaders who backed the Voice | said | they would observe a week of silence to grieve the result and would fly flags at half-mast
- | Asked | whether the government would legislate for a Voice without changing the constitution
Mr Albanese | said | it would "take some time to reflect" before making any decisions
One senior government source | said | the idea was "dead for a generation."
Dale Hocking | said | "I voted No because nobody could tell me what it would do,"
Dale Hocking | said | "I think a lot of people felt like that."
I | think | a lot of people felt like that
she | said | "I'm sad, but I'm not surprised,"
she | said | "My grandmother told me this country would say no. She was right."
My grandmother | told | this country would say no
One Yes volunteer in Melbourne | posted | "Six years of work, and it ends with a corflute that says don't know. I'll be back on Monday."

'''


if __name__ == "__main__":
    try:
        main()
    except SpecError as e:
        sys.exit(f"make_ann.py: {e}")
