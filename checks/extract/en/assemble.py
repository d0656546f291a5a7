"""Claim assembly for English: what a figure's clause and sentence say about it. English puts the comparison after
the figure ("rose 12.5% year on year") and the subject before the verb ("Revenue rose 12.5%"): the reader looks both
ways."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from checks.extract.en.amounts import in_tally
from checks.extract.en.answers import answer_after, is_answer, surveyed
from checks.extract.en.attribution import document_source, nearest, unsaid
from checks.extract.en.breakdown import Breakdowns
from checks.extract.en.carried import apposed_movement, carried, fuller_name
from checks.extract.en.clause_owner import clause_owner, with_clause_subject
from checks.extract.en.comparative import prior_year
from checks.extract.en.counted import member_of_movement, noun_after, passage_place
from checks.extract.en.cues import (
    AGAINST,
    BASIS_AFTER,
    DATELINE_DATE,
    PROJECTED_AFTER,
    PROJECTION_NOUN_BEFORE,
    RELATIVE,
    SentenceCues,
    comparative_year,
    compared_time,
    earlier_figure_time,
    figure_before,
    period_after,
    window_length,
    year_ago,
)
from checks.extract.en.frames import FROM_OR_TO, LABEL_COLON, NUMBER_OF, PRICE_WORD, PRICED, ROW_GAP, past_ticker
from checks.extract.en.kinds import COMPARED_TO, COMPARED_WITH, Kind, movement_named, refine, sign_of_change
from checks.extract.en.lead_period import LeadPeriods
from checks.extract.en.located import bracket_member, located, moved_in
from checks.extract.en.made import added_before, made_verb, passive_made, recorded
from checks.extract.en.measure import Measure, caused, phrase_before, split
from checks.extract.en.members import gapped, member_after, whole_after, with_member
from checks.extract.en.movement import CHANGE_IN, GROWTH_NOUN_EN, MOVED_AFTER, MOVEMENT_EN, PASSED_FIGURE
from checks.extract.en.names import PER_SHARE, per_share, vintage
from checks.extract.en.nounphrase import BETWEEN, aside_before, generic_counter, graded_movement, pronoun, yardstick
from checks.extract.en.owners import anaphor, clause_before, document_subject, is_person, named, unowned
from checks.extract.en.parts import named_after, share_parts
from checks.extract.en.segment_named import SegmentsNamed
from checks.extract.en.settle import settled
from checks.extract.en.verb_before import (
    ALTERNATIVE,
    ALTERNATIVE_AFTER,
    ALTERNATIVE_EN,
    AND_BY,
    AT_PRICE,
    ENUMERATION_GAP_EN,
    GROWTH_NOUN_BEFORE,
    LABELLED_LIST,
    PASSING,
    REACHED,
    SESSION_AT,
    VERB_BEFORE,
    no_movement,
    which_lead,
)
from checks.extract.en.verbs import unverbed
from checks.extract.mention import Mention
from checks.extract.reading import Reading, SentenceReader, kind_of
from checks.extract.text import SENTENCE_REACH, clause_start, words_after

# Precompiled: these run for every figure, and the module-level re functions look their pattern up each time.
_OWN_PERIOD = re.compile(r"\s*(?:\)\s*)?,?\s*(?:(?:higher|lower|up|down)\s+)?"
                         r"(?:(?:gain|increase|rise|decline|drop|fall|decrease|advance|jump)\s+)?"  # a 0.4% gain in May
                         r"(?:(?:in|for|during|as of|at|on)\s+)?(?:the\s+)?")
_DIGIT = re.compile(r"\d")
_FULL_STOP = re.compile(r"[.!?;]\s*$")
_AT_ALONE = re.compile(r"\s*(?:at\s*)?")  # "…, at 62.9 percent", "…, 3.8 million,": set after its name by a comma
_BOTH = re.compile(r"^(?:both|either|neither)\s+(?:the\s+)?", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\s")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")
_NO_SUBJECT = {"there", "it", "this", "that", "they", "we", "he", "she", "which", "who"}


class Reader(SentenceReader):
    """Reads the context of the mentions of one English document."""

    REACH = 60
    LIST_GAP = ENUMERATION_GAP_EN

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.doc_source = document_source(text)
        self.doc_subject = document_subject(text[:400])  # Apple Inc. reported …: whose figures follow
        self.surveyed = surveyed(text)  # a report of a poll: its shares are of people who answered
        self._first = True
        self._before_window: tuple[Mention, Reading] | None = None  # the figure before a window of time (see read)
        self._parts = Breakdowns(text)  # bracketed parts and market shares (see en/breakdown.py)
        self._segments = SegmentsNamed()  # "the segment": the one last named (see en/segment_named.py)
        self._last_of_unit: dict[str, tuple[Mention, Reading]] = {}  # (up from 6.2%: the figure it is compared to)
        self._cues = SentenceCues(text, self.doc_source)
        self._leads = LeadPeriods(text, self.sentences, self._cues)  # In February, …: the paragraph's period

    def gap(self, mention: Mention, previous: tuple[Mention, Reading] | None, sentence_start: int) -> str:
        """The clause before a figure, where the colon of a ticker in brackets starts none: Origin Energy's
        (ASX:ORG) net profit dropped 70 per cent."""
        return past_ticker(self.text, super().gap(mention, previous, sentence_start), mention.start, sentence_start,
                           previous[0].end if previous else 0)

    def read(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> Reading:
        # (the nine-month period; in the three months ended Sept 30: a span that says when, no figure; see cues.py)
        previous = figure_before(self.text, previous, self._before_window, self.sentences.span(mention.start)[0])
        previous = self._parts.previous(previous)  # a list goes on from what a bracketed part's figure said
        reading = self._parts.reread(mention, self._read(mention, previous), previous,
                                     self.sentences.span(mention.start)[0])
        reading = prior_year(self.text, mention, previous, reading)  # 10.0p (2011: 8.0p): 2011's final dividend
        if self._first and self.doc_subject and (not reading.subject or anaphor(reading.subject)) \
                and self.text.find(self.doc_subject, 0, self.sentences.span(mention.start)[1]) >= 0:
            # the report's first figure is of the party its lead names (by the end of the figure's sentence: a name
            # first met in a later sentence is one of the text's parties), and is carried on from there
            reading = replace(reading, subject=self.doc_subject, metric=unowned(reading.metric, self.doc_subject))
        self._first = False
        if not window_length(self.text, mention):
            self._before_window = (mention, reading)
        if previous is None or not ALTERNATIVE.fullmatch(self.text, previous[0].end, mention.start):
            self._last_of_unit[mention.unit] = (mention, reading)  # not $1.55 billion's "or 55 cents a share"
        reading = self._segments.resolve(bracket_member(self.text, reading, mention, previous))  # (+43,000; +0.7%)
        reading = self._leads.carried(reading, mention.start, self.sentences.span(mention.start)[0])
        return settled(with_clause_subject(reading, mention, self.text, self.sentences.span(mention.start)[0]))

    def _read(self, mention: Mention, previous: tuple[Mention, Reading] | None) -> Reading:
        text = self.text
        sentence_start, sentence_end = self.sentences.span(mention.start)
        listed = self.listed(mention, previous, sentence_start) or gapped(text, mention, previous, sentence_start)
        if listed is None and previous is not None and previous[0].end >= sentence_start \
                and previous[0].family == mention.family and LABELLED_LIST.match(text[previous[0].end:mention.start]):
            listed = replace(previous[1], qualifier=mention.qualifier)  # 45,000 in health care, 27,000 in …
        after = words_after(text, mention.end, 60, sentence_end)
        if listed is not None and MOVED_AFTER.match(after) and mention.family not in ("duration", "multiple"):
            listed = None  # 34.0 million, 4.2 million fewer than: the second is a change of its own
        if listed is not None and listed.kind == "change" and mention.unit == "percent" != previous[0].unit:
            return replace(listed, kind="growth")  # fell by 93,000 (0.3 per cent): the same fall, as a rate
        # 8,380 boys and 9,186 girls: each count its own member; 81% of boys is a rate within the boys, not a part
        member = member_after(after) if mention.unit not in ("percent", "pp") else None
        if listed is not None:
            if mention.family == "money" and PER_SHARE.match(text, mention.end, mention.end + 24):
                listed = replace(listed, metric=per_share(listed.metric))  # $3.74 billion or $1.42 per share
            return replace(listed, segment=member) if member else listed
        alternative = previous is not None and previous[0].end >= sentence_start and previous[1].direction \
            and (ALTERNATIVE_EN.fullmatch(text, previous[0].end, mention.start)
                 or AND_BY.fullmatch(text, previous[0].end, mention.start)  # fell by 115,000 … and by 31,000
                 or (mention.unit == "percent" != previous[0].unit and mention.qualifier != "exact"
                     and re.fullmatch(r"\s*,\s*", text[previous[0].end:mention.start])))  # 2.56 points, less than 0.1%
        gap = self.gap(mention, previous, sentence_start)
        aside = aside_before(text, mention.start - len(gap), sentence_start) if previous is None or \
            previous[0].end < mention.start - len(gap) else None
        gap = f"{aside} {gap}" if aside else gap  # International sales, excluding Asia, rose: of international sales
        direction, moved, to_level, subject_end = None, False, False, len(gap)
        verb = VERB_BEFORE.search(gap)
        if verb is None and re.fullmatch(r"\s*by\s+", gap):  # also fell, by 1.1%: the clause mark splits the verb off
            wider = text[max(sentence_start, mention.start - 40):mention.start]
            verb = VERB_BEFORE.search(wider)
            gap = wider if verb is not None else gap
        if alternative:  # soared $7.81, or 3.1%; fell by 115,000 (0.4 per cent)
            direction, moved = previous[1].direction, True
        elif verb is not None and not no_movement(verb, mention.family):
            direction, moved = MOVEMENT_EN.resolve(" ".join(verb.group("verb").lower().split())), True
            to_level, subject_end = verb.group("to") is not None, verb.start()
            passed = PASSING.match(verb.group("verb")) and not verb.group("by")  # surpassed 10 million bpd: a level
            changed = MOVED_AFTER.match(after) if passed else None  # outpacing a 3.1% capacity increase: a change
            to_level = to_level or bool(passed and not changed)
            direction = "down" if changed is not None and changed.group("down") else direction
        else:
            noun = GROWTH_NOUN_BEFORE.search(gap)
            moved_after = MOVED_AFTER.match(ALTERNATIVE_AFTER.sub("", after, count=1))  # 39.82 points or 0.55% higher
            if noun is not None:
                named = noun.group("noun")
                direction, moved = GROWTH_NOUN_EN.resolve(named.lower()), True
                # an increase in the goods deficit of $4.6 billion: of the goods deficit, named before the figure
                subject_end = noun.start() + (named.rfind(" of") if " in " in named else 0)
            elif moved_after is not None and mention.family not in ("duration", "multiple"):
                direction, moved = ("up" if moved_after.group("up") else "down"), True
            elif (way := moved_in(text, mention.start, sentence_start)) is not None:
                direction, moved = way, True  # approvals decreased in Northern Territory (3.3 per cent)
        if mention.direction is not None and direction is None:
            direction, moved = mention.direction, True
        if not moved and (signed := sign_of_change(text, mention)) is not None:
            direction, moved = signed, True  # -12,000, +245,000: a change (to reach -$79.6bn: a balance's level)
        if mention.family == "count" and in_tally(text, mention.start):
            direction, moved, subject_end = None, False, 0  # by 45 to 35: how many on each side, not a movement
        kind = kind_of(mention, moved, to_level)
        gap_start = mention.start - len(gap)
        lead = ""
        if not aside and gap_start > sentence_start and text[gap_start - 1].isalnum():
            # the verb is looked for near the figure, but a long name before it is read whole: real households'
            # disposable income (RHDI) is estimated to have grown by 1.3%
            floor = max(clause_start(text, sentence_start, gap_start), gap_start - 100,
                        previous[0].end if previous is not None else 0)
            lead = text[floor:gap_start]
        elif not aside:  # the Sensex, which opened at 17,301.16 points: what "which" stands for
            lead = which_lead(text, gap, gap_start, sentence_start, previous[0].end if previous is not None else -1)
        measure = self._measure(lead + gap[:subject_end], mention, previous, sentence_start, moved)
        measure = replace(measure, metric=graded_movement(measure.metric, gap[subject_end:]))  # annual growth of
        carried_owner = previous is not None and previous[1].subject is not None \
            and measure.subject == previous[1].subject  # …, and CRH, down 48p: not the name the list started with
        if moved and (measure == Measure(None) or carried_owner) and text[gap_start - 1:gap_start] == "," and (
                previous is None or previous[0].end < gap_start):
            # ANZ followed, climbing 78 cents: the clause before names whose figure it is
            owned = clause_before(text, sentence_start, gap_start, gap[:subject_end], mention)
            if not carried_owner or (owned is not None and owned.subject
                                     and owned.subject in text[previous[0].end:gap_start]):
                measure = owned or measure
                if owned is not None and owned.metric is None and owned.subject and AT_PRICE.match(after):
                    measure = replace(owned, metric="share price")  # ITC, down 0.18 per cent at Rs.222.90
        elif measure.metric is None and _AT_ALONE.fullmatch(gap) and text[gap_start - 1:gap_start] == "," and (
                previous is None or previous[0].end < gap_start) and (gap.strip() or text[mention.end:][:1] == ","):
            # the labor force participation rate, at 62.9 percent, …; the number flying, 3.8 million, …: the phrase
            # before the comma is what it is
            clause = text[clause_start(text, sentence_start, gap_start - 1):gap_start - 1]
            named = phrase_before(clause) if not _DIGIT.search(clause) else None  # not "…, or 1.13 per cent, at"
            measure = split(_BOTH.sub("", named)) if named else measure
        if verb is not None and verb.group("by") and phrase_before(verb.group("by")[:-2]):
            # raised its benchmark interest rate by 25 basis points: the object is what moved
            owner = phrase_before(unsaid(lead + gap[:verb.start()]))  # the whole name: the Philippines central bank
            if owner is not None and (owner.lower() in _NO_SUBJECT or is_person(owner)):
                owner = None  # there will be a cut in the rates by 25 bp: "there" names nothing
            owner = caused(owner) or owner  # A profit at Ecobank helped Nedbank grow its earnings by 27%: Nedbank's
            moved_object = phrase_before(verb.group("by")[:-2])
            # to exceed the prior-year figure by 5%: what exceeded its yardstick moved, the owner's quantity
            measure = split(owner) if yardstick(moved_object) and owner else Measure(moved_object, owner, None)
        if mention.family == "money" and PER_SHARE.match(text, mention.end, mention.end + 24):
            measure = replace(measure, metric=per_share(measure.metric))  # $3.72 billion, or $1.41 per share
        measure = unverbed(measure, self.surveyed and mention.unit == "percent")  # (see en/verbs.py)
        metric = measure.metric
        clause = text[max(sentence_start, mention.start - SENTENCE_REACH):mention.start]  # bounded: linear time
        against = previous if previous is not None and previous[0].unit == mention.unit else \
            self._last_of_unit.get(mention.unit)  # rose 7.0% in the 12 months to March, up from 6.2%
        compared = against[1].kind if against is not None and against[0].end >= sentence_start \
            and COMPARED_WITH.search(text, max(against[0].end, mention.start - 40), mention.start) else None
        answered = self.surveyed and mention.unit == "percent" and not moved and is_answer(metric)
        refined = refine(Kind(kind, direction, moved), mention, metric, clause, gap, to_level, compared, answered)
        kind, direction, moved = refined.kind, refined.direction, refined.moved
        if kind == "growth":  # Growth in retail sales was 2.1%: of retail sales
            metric, segment = movement_named(metric, measure.segment)
            measure = replace(measure, metric=metric, segment=segment)
        if not measure.segment:  # … and the change for August: of the quantity the sentence named first
            metric = fuller_name(metric, clause) or metric
        # up from 6.2% in February: the figure it is compared with names its quantity (else see en/carried.py)
        earlier = against[1] if compared and against is not None and against[1].metric and mention.unit == "percent" \
            else None  # (a rate's: an amount's name may yet change, as the report's later sentences tell whose it is)
        bare = previous is not None and apposed_movement(metric, text, previous[0].end, mention.start)  # (carried.py)
        if (metric is None or bare) and (earlier := earlier or carried(kind, mention, previous, clause)) is not None:
            metric, measure = earlier.metric, Measure(None, measure.subject or earlier.subject, measure.segment)
        elif bare:
            metric = None  # a fall, of nothing carried on: no name
        if kind == "growth" and mention.value < 0:
            direction = "down"
        basis = BASIS_AFTER.match(after)
        attribution, periods, projections = self._cues.of(sentence_start, sentence_end)
        own = _OWN_PERIOD.match(text[mention.end:mention.end + 24])
        following = bisect.bisect_left(periods, (mention.start, ""))  # (periods after it, 11.8% in 2018, and before)
        stated_after = [p for at, p in periods[following:following + 2] if own and at == mention.end + own.end()]
        told = [] if COMPARED_TO.search(clause[-60:]) else periods[max(0, following - 1):following]  # (kinds.py)
        stated_before = [p for at, p in told if not (comparative_year(
            text, at, p) and (_DIGIT.search(text, at + len(p), mention.start) or ")" in text[at:mention.start]))
            and not compared_time(text, 0, at, p)  # not from May's, nor over June's; from May to June is
            and not earlier_figure_time(text, at, p, mention.start)  # (versus $101.0 million last year, and …)
            and not DATELINE_DATE.fullmatch(text, sentence_start, at)]  # SINGAPORE, 26 April 2018 –: when it was said
        keep_direction = moved and not (to_level and kind in ("level", "share", "duration", "ratio"))
        return Reading(
            kind=kind,
            direction=direction if keep_direction or kind == "growth" else None,
            qualifier="over" if mention.qualifier == "exact" and kind == "level" and PASSED_FIGURE.search(
                text, max(sentence_start, mention.start - 24), mention.start) else mention.qualifier,
            basis=basis.group("basis") if basis and (moved or mention.family == "pp") else None,
            projected=(bool(projections) and projections[0] < mention.start) or bool(PROJECTED_AFTER.match(after))
            or PROJECTION_NOUN_BEFORE.search(text, max(sentence_start, mention.start - 40), mention.start) is not None,
            metric=metric,
            period=(year_ago(kind, after, clause) or stated_after or stated_before[-1:]
                    or period_after(text, mention.end, periods, sentence_end) or [None])[0],
            attribution=nearest(attribution, mention.start - sentence_start, mention.end - sentence_start)
            or self.doc_source,
            subject=measure.subject,
            segment=member or measure.segment,
            whole=(measure.whole or whole_after(after)) if kind == "share" else None,
        )

    def _measure(self, before: str, mention: Mention, previous: tuple[Mention, Reading] | None,
                 sentence_start: int, moved: bool) -> Measure:
        """The phrase before the figure (Revenue rose …), else what the figure counts after it (200 brands,
        40 percent of shoppers); a change with no phrase of its own measures what the figure before it did."""
        # What follows the figure in its sentence less its full stop: 300 people. The weather… counts people
        sentence_end = self.sentences.span(mention.start)[1]
        after = words_after(self.text, mention.end, 60, sentence_end)
        if mention.end + len(after) >= sentence_end:
            after = _FULL_STOP.sub("", after)
        sentence_before = self.text[max(sentence_start, mention.start - SENTENCE_REACH):mention.start]
        if RELATIVE.search(sentence_before) and (previous is None or previous[0].end <= mention.start - len(
                sentence_before)):
            # Sales in North America, which account for …, advanced 3.5% (not past the figure before)
            stripped = RELATIVE.sub("", sentence_before)
            verb = VERB_BEFORE.search(stripped)
            before = stripped[:verb.start()] if verb is not None else stripped
            last = before.rsplit(",", 1)[-1]
            before = last if last.strip() else before  # (Similarly, sales in …: the clause after the opener's comma)
        change_in = CHANGE_IN.match(after)
        if change_in is not None:  # reported a 2% increase in sales to $5.8 billion: of sales, and of whose
            said = re.sub(r",\s*(?:its|the|their)\s+\w+\s*,", "",
                          self.text[max(sentence_start, mention.start - SENTENCE_REACH):mention.start])
            owner = split(phrase_before(unsaid(before)) or phrase_before(said.rsplit(" reported", 1)[0]))
            return Measure(change_in.group("noun").strip(), owner.subject, member_of_movement(owner.metric))
        if (member := with_member(self.text[max(sentence_start, mention.start - 80):mention.start])) is not None and (
                previous is None or previous[0].end < sentence_start or previous[0].family != mention.family
                or previous[1].segment):  # (Arrivals from A, B and C rose to 55,928, followed by D with …: unsure)
            last = self._last_of_unit.get(mention.unit) if mention.family != "count" else None
            if last and last[0].end >= sentence_start and last[1].metric and (
                    last[1].segment or mention.unit == "percent"):  # (Toyota with 12% market share,) Mazda with 9%
                return Measure(last[1].metric, last[1].subject, member)
            return Measure(noun_after(after) if mention.family == "count" else None, None, member)  # Japan with 19,400
        place = located(self.text[max(sentence_start, mention.start - 160):mention.start])
        if place is not None:  # the highest rate was in the South West (79.5 per cent); the lowest was in …
            metric = phrase_before(place[0]) if place[0] else None
            if metric is None and previous is not None and previous[0].end >= sentence_start:
                metric = previous[1].metric
            return Measure(metric, None, place[1])
        phrase = phrase_before(unsaid(before))
        party = clause_owner(self.text, sentence_start, mention.start)  # while Porto saw …: Porto's, in a roundup
        head = self.text[sentence_start:mention.start].lstrip(" \t\n\"“‘'-•*")
        initial = bool(phrase) and (head.startswith(phrase) or (head[4:].startswith(phrase) and head[:4] == "The "))
        measure = unverbed(named(phrase, mention.family, moved, initial, mention.value) or split(phrase))
        if party is not None and measure.subject is None:
            measure = replace(measure, subject=party)
        if previous is not None and previous[0].end >= sentence_start and (AGAINST.search(before)
                                                                          or BETWEEN.match(before)):
            return Measure(previous[1].metric, previous[1].subject, previous[1].segment)  # $3.74 Bln vs. $3.27 Bln
        labelled = LABEL_COLON.search(self.text, max(sentence_start - 2, mention.start - 50, 0), mention.start)
        if measure.metric is None and labelled is not None:  # -Revenue (Q2): $19.24 Bln
            return Measure(NUMBER_OF.sub("", labelled.group("label").strip()).lower())
        if measure.metric is None and previous is not None and previous[0].end >= sentence_start \
                and mention.unit == "percent" and previous[0].family == "count" \
                and ROW_GAP.fullmatch(self.text, previous[0].end, mention.start):
            # Households responding: 556 68.9%: a count and its share, side by side in one item
            return Measure(previous[1].metric, previous[1].subject, previous[1].segment)
        if measure.metric is None and previous is not None and previous[0].end >= sentence_start \
                and previous[1].metric is not None and previous[0].unit == mention.unit \
                and FROM_OR_TO.search(before):
            # widened from CAD2.0 billion in the first quarter to CAD5.9 billion; decreased to $5.35 billion from
            # $7.23 billion: where the quantity of the figure before started or ended, in its unit
            reading = previous[1]
            return Measure(reading.metric, measure.subject or reading.subject, reading.segment)
        if self.surveyed and mention.unit == "percent" and not moved:
            # 40% oppose the measure; 12% were not sure: what the share of respondents answered, and who they are
            answer = answer_after(self.text[mention.end:min(sentence_end, mention.end + 160)])
            if answer is not None:
                return Measure(answer[1], answer[0] or measure.subject, None, answer[0])
        share_of = mention.unit in ("percent", "pp") and _OF_AFTER.match(after)
        counted_after = mention.family == "count" and _WORD_AFTER.match(after) and not (  # health care added
            moved and measure.metric and not added_before(sentence_before))  # fell by 93,000: what fell
        if share_of or counted_after:
            counted = noun_after(after)
            verb = (made_verb(phrase) or passive_made(after)) if counted and not share_of else None
            if verb is not None and counted.split()[0].lower() in ("unit", "units"):
                return measure  # had sold 13,231 units of the model: its sales
            if verb is not None:  # the brand sold 900 thousand vehicles: vehicles sold, the brand's (see recorded)
                return Measure(counted if recorded(verb, counted) else f"{counted} {verb}", measure.subject)
            if counted_after and not moved and measure.metric and generic_counter(counted, before):
                return measure  # natural increase was 139,100 people: the people count the quantity named before
            same = previous[1] if previous is not None and previous[0].end >= sentence_start else None
            parts = share_of and share_parts(sentence_before, after, counted, measure.subject, same)
            if parts or counted:  # coal accounted for 35.9% of power: the part, of the whole
                # 18 million passengers used Calgary Airport: the airport's passengers
                owner = measure.subject or (passage_place(after) if counted and not share_of else None)
                return parts or Measure(counted, owner, measure.metric if moved else None)  # added jobs
        if (noun_in := named_after(mention, after, measure, sentence_before)) is not None:
            return noun_in  # a 16.7 percent stake in Monster Beverage; $4.94 billion in revenue
        priced = PRICED.match(after) if mention.family == "money" else None
        if priced is not None and not (measure.metric and PRICE_WORD.search(measure.metric)):
            # Brent crude rose to $80 a barrel; Brent was up 24 cents at $69.89 a barrel: the price of a barrel of
            # what the clause names (unnamed, no price is told from another)
            same = previous[1] if previous is not None and previous[0].end >= sentence_start else None
            of = measure.subject or measure.metric or (same.subject or same.metric if same else None)
            if of:
                return Measure(f"price per {priced.group(1).lower()}", of)
        if (vintage(measure.metric) and not measure.segment) or pronoun(measure.metric):
            # revised down from a first estimate of 0.6%; it was (not: the rate for 3-star hotels, a member's)
            same = previous is not None and previous[0].end >= sentence_start
            return Measure(previous[1].metric, previous[1].subject, previous[1].segment) if same else Measure(None)
        if measure.metric is None and previous is not None and previous[0].end >= sentence_start \
                and previous[1].direction and REACHED.search(before):
            # revenue was up 9.3 per cent on last year's figures to £13bn: the level the same quantity reached
            reading = previous[1]
            return Measure(reading.metric, measure.subject or reading.subject, reading.segment)
        if measure.metric is None and previous is not None and previous[0].end >= sentence_start \
                and previous[0].unit == mention.unit and SESSION_AT.search(before):
            # which opened at 17,301.16 points, closed at 17,601.71 points: the same quantity at the session's end
            return Measure(previous[1].metric, measure.subject or previous[1].subject, previous[1].segment)
        if measure.metric is None and previous is not None and previous[0].end >= sentence_start and moved:
            reading = previous[1]
            return Measure(reading.metric, measure.subject or reading.subject, measure.segment or reading.segment)
        return measure

