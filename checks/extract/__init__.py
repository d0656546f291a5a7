"""Extraction: the first stage after the documents. Takes a document's text; gives its numeric claims
(:class:`~checks.extract.claim.Claim` records), in order of appearance.

Rules in the manner of facebook/duckling (:mod:`.grammar`), grouped by language (:mod:`.zh`, :mod:`.en`) and
dimension; :mod:`.reading` holds what the languages' claim readers share.
"""

from __future__ import annotations

import bisect
import dataclasses
import math
from functools import lru_cache
from typing import TYPE_CHECKING

from checks.extract.carry import carry_release_source, carry_sources, carry_subjects, rival, section_owners
from checks.extract.claim import Claim, claim_ids
from checks.extract.en.speaking import own_speakers
from checks.extract.languages import language, runs
from checks.extract.links import link
from checks.extract.mention import Mention
from checks.extract.reading import Reading
from checks.extract.text import fold_width, paragraph_breaks

if TYPE_CHECKING:
    from types import ModuleType

    from checks.extract.en.assemble import Reader as EnReader
    from checks.extract.zh.assemble import Reader as ZhReader
    from checks.extract.zh.numbers import Number
    from checks.extract.zh.tables import Cell

# The grammars (some thousand compiled patterns) are imported when text is first read, not with the package, so
# that `check --help` and `import checks` stay instant.

__all__ = ["extract", "language", "mentions", "numbers", "runs"]


def mentions(text: str) -> list[Mention]:
    """The figures of ``text`` that have the form of a claim, before their context is read (each run of sentences
    by the grammar of its language)."""
    folded = fold_width(text)
    return [mention for mention, _ in _scan(folded, runs(folded))]


@lru_cache(maxsize=1)
def _steps() -> ModuleType:
    """The grammars and the steps read off them (:mod:`.steps`), imported once a process, when text is first read."""
    from checks.extract import steps

    return steps


def _scan(folded: str, lang_runs: list[tuple[int, int, str]]) -> list[tuple[Mention, str]]:
    """The mentions of each run by its language's grammar, with offsets into the whole text, and the language."""
    steps = _steps()
    if len(lang_runs) == 1:  # one language: the whole text at once, as it always was
        lang = lang_runs[0][2]
        return [(m, lang) for m in (steps.zh_scan(folded) if lang == "zh" else steps.en_scan(folded))]
    found = []
    for start, end, lang in lang_runs:
        part = folded[start:end]
        for m in steps.zh_scan(part) if lang == "zh" else steps.en_scan(part):
            found.append((dataclasses.replace(m, start=m.start + start, end=m.end + start), lang))
    return found


def numbers(text: str, lang: str | None = None) -> list[Number]:
    """Every number written in ``text``, with or without a unit (numeral mode; offsets into ``text``, and each
    number's text as ``text`` writes it: ０ stays full-width). English text is read with the English numerals
    (two million, a third), Chinese with the Chinese; ``lang`` ("zh" or "en") says which instead."""
    from checks.extract.en.numeral_mode import find_numbers as en_find_numbers
    from checks.extract.zh.numbers import find_numbers

    folded = fold_width(text)
    found = []
    for start, end, run_lang in [(0, len(folded), lang)] if lang else runs(folded):
        part = folded if (start, end) == (0, len(folded)) else folded[start:end]
        for n in en_find_numbers(part) if run_lang == "en" else find_numbers(part):
            found.append(dataclasses.replace(n, start=n.start + start, end=n.end + start))
    return [dataclasses.replace(n, text=text[n.start:n.end]) for n in found]


def extract(text: str, doc: str = "") -> list[Claim]:
    """The numeric claims of one document, in order of appearance."""
    steps = _steps()
    folded = fold_width(text)
    lang_runs = runs(folded)
    # A figure's value is a finite number: a numeral that overflows (1e999, a run of 九) is no claim
    found = [(m, lang) for m, lang in _scan(folded, lang_runs) if math.isfinite(m.value)
             and (m.upper_value is None or math.isfinite(m.upper_value))]
    if not found:
        return []
    tables = _table_cells(folded, found, lang_runs)
    readers: dict[str, ZhReader | EnReader] = {}
    for _, lang in found:
        if lang not in readers:
            readers[lang] = steps.zh_assemble.Reader(folded) if lang == "zh" else steps.en_assemble.Reader(folded)
    sentences = readers[found[0][1]].sentences  # one splitter for both languages
    spans = [sentences.span(m.start) for m, _ in found]  # each figure's sentence, looked up once
    ids = claim_ids(doc, text, [(m.start, m.end, *span) for (m, _), span in zip(found, spans, strict=True)])
    claims: list[Claim] = []
    previous, previous_lang = None, None
    for (mention, lang), claim_id, (sentence_start, sentence_end) in zip(found, ids, spans, strict=True):
        # the figure before is read with this one (lists, carried nouns) only in the same language
        reading = readers[lang].read(mention, previous if previous_lang == lang else None)
        cell = tables.get(mention.start)
        if cell is not None and cell.end == mention.end:  # a table's cell: its row and column say what it is
            reading = Reading(cell.kind, cell.direction, "exact", cell.basis, False, cell.metric, cell.period,
                              reading.attribution, cell.subject, cell.segment)
        previous, previous_lang = (mention, reading), lang
        value = _number(mention.value)
        lower, upper = _interval(mention, reading.qualifier, value)
        claims.append(Claim(
            doc=doc,
            claim_id=claim_id,
            start=mention.start,
            end=mention.end,
            text=text[mention.start:mention.end],
            sentence=sentence_window(text, sentence_start, sentence_end, mention.start, mention.end),
            value=value,
            unit=mention.unit,
            lower=lower,
            upper=upper,
            qualifier=reading.qualifier,
            kind=reading.kind,
            direction=reading.direction,
            projected=reading.projected,
            basis=reading.basis,
            metric=steps.closed(reading.metric) if lang == "en" else reading.metric,  # not open-ended: profit and
            period=reading.period,
            attribution=reading.attribution,
            vague=mention.vague,
            subject=steps.party(reading.subject) if lang == "en" else reading.subject,
            segment=reading.segment,
            whole=reading.whole,
        ))
    langs = [lang for _, lang in found]
    linked = list(claims)
    for lang in readers:  # figures are linked (rose 5% to $3 billion) within their language
        at = [index for index, claim_lang in enumerate(langs) if claim_lang == lang]
        lang_spans = [spans[i] for i in at]
        joints = steps.zh_context.JOINTS if lang == "zh" else steps.en_joints.JOINTS
        joined = steps.levels_moved_between(link([claims[i] for i in at], folded, joints, lang_spans), folded, joints,
                                            lang_spans, lang)
        if lang == "zh":
            for step in (steps.years_of_lists, steps.earlier_periods, steps.index_readings, steps.increments,
                         steps.partners_before, steps.paired_quantities, steps.stem_members,
                         steps.compact_members, steps.dashed_sections, steps.bases_after, steps.category_prices,
                         steps.zh_owner_words, steps.among_total, steps.bracketed_names, steps.first_member,
                         steps.stock_moves, steps.parallel_owners, steps.numbered_entries, steps.member_moves):
                joined = step(joined, folded)
        if lang == "en":
            joined = steps.respectively(steps.en_joints.alternatives(joined, folded), folded, lang_spans)
            joined = steps.bracketed_members(joined, folded, lang_spans)
            joined = steps.opening_members(steps.labelled_members(joined, folded), folded, lang_spans)
            joined = steps.amount_nouns(steps.field_rows(joined, folded), folded)
            joined = steps.contributions(joined, folded, lang_spans)
            joined = steps.series_names(steps.owner_words(joined), folded, lang_spans)
            joined = steps.compares_with(steps.results(joined, folded, lang_spans), folded, lang_spans)
            joined = steps.colon_lists(steps.with_opening(joined, folded, lang_spans), folded)
            joined = steps.adjusted(steps.revisions(joined, folded, lang_spans), folded, lang_spans)
            joined = steps.among_members(steps.whole_words(joined, folded, lang_spans), lang_spans)
            joined = steps.spending(steps.followers(joined, folded, lang_spans), folded, lang_spans)
            joined = steps.coordinated(steps.linked_quantities(joined, folded, lang_spans), folded, lang_spans)
            joined = steps.bracketed_moves(steps.differences(joined, folded, lang_spans), folded, lang_spans)
            joined = steps.rate_named(steps.heading_members(steps.bullet_labels(joined, folded), folded), folded)
            joined = steps.gaps_or_rates(steps.answer_lines(joined, folded), folded)
        for index, claim in zip(at, joined, strict=True):
            linked[index] = claim
    if any(cell.after is not None for cell in tables.values()):
        linked = _rates_linked(linked, tables)
    if all(lang == "zh" for lang in langs):  # a Chinese text: owners carried within their paragraph and list
        owned = steps.carry_owners(linked, folded, spans, [rival(claim) for claim in linked])
        owned = steps.zh_owner_words(owned, folded)  # (an opening's owner carried as read: 苹果于周二)
        owned = steps.listed_parties(owned, folded)  # (美的、海尔、格力三家企业 … 反观格力电器，…)
        owned = steps.counted_breakdown(owned, folded)  # (在规模工业四大板块中，A…；B…)
    else:
        breaks = paragraph_breaks(folded)
        paragraphs = [bisect.bisect_right(breaks, claim.start) for claim in linked]
        spoken = own_speakers(linked, folded, spans)  # (Acme, a refiner, said its …: Acme's)
        owned = carry_subjects(section_owners(spoken, folded, breaks, paragraphs), paragraphs)
    carried = carry_release_source(carry_sources(owned, [lang == "zh" for lang in langs]),
                                   [lang == "en" for lang in langs])
    if "en" not in readers:
        return carried
    # a length of time that is the scope of other figures is no claim (en/scopes.py); taken out once the owners are
    # carried, for the opening's first owner may be named in its sentence (for the nine-month period)
    kept = [(claim, lang) for claim, lang in zip(carried, langs, strict=True)
            if claim.kind != "duration" or lang != "en" or not steps.scope_duration(claim, folded)]
    final = [claim for claim, _ in kept]
    if not steps.names_estimators(folded):
        return final
    # others' estimates are owned by who made them, once the owners are carried (en/estimates.py)
    return steps.estimates(final, folded, [sentences.span(claim.start) for claim in final],
                     [lang == "en" for _, lang in kept])


def _table_cells(folded: str, found: list[tuple[Mention, str]],
                 lang_runs: list[tuple[int, int, str]]) -> dict[int, Cell]:
    """The cells of the Chinese tables of a text, by their start; their bare numbers are added to ``found`` (kept
    in order of position), a figure the grammar found in a cell (10%) is kept and read by its row and column."""
    from checks.extract.zh.spaced_rows import spaced_cells
    from checks.extract.zh.tables import cells

    spaced = spaced_cells(folded)
    if spaced:  # a figure the grammar read across cells (0.1155 -73.58% as one) gives way to the cells
        starts = sorted(cell.start for cell in spaced)
        found[:] = [(m, lang) for m, lang in found if not _across_cells(m, spaced, starts)]
    if "|" not in folded and not spaced:
        return {}
    spans = [(m.start, m.end) for m, _ in found]
    table: dict[int, Cell] = {}
    for cell in (cells(folded) if "|" in folded else []) + spaced:
        lang = next((run_lang for start, end, run_lang in lang_runs if start <= cell.start < end), None)
        if lang != "zh":
            continue
        table[cell.start] = cell
        at = bisect.bisect_left(spans, (cell.start, cell.end))
        near = spans[max(0, at - 1):at + 1]
        if any(start < cell.end and cell.start < end for start, end in near):
            continue  # the grammar found it already
        mention = Mention(cell.start, cell.end, cell.value, cell.unit, cell.family, "exact")
        found.insert(at, (mention, lang))
        spans.insert(at, (cell.start, cell.end))
    return table


def _across_cells(mention: Mention, spaced: list[Cell], starts: list[int]) -> bool:
    """Whether a mention overlaps a cell of a spaced table without being that cell."""
    at = bisect.bisect_right(starts, mention.end) - 1
    near = spaced[max(0, at - 2):at + 1]
    return any(cell.start < mention.end and mention.start < cell.end
               and (cell.start, cell.end) != (mention.start, mention.end) for cell in near)


def _rates_linked(claims: list[Claim], tables: dict[int, Cell]) -> list[Claim]:
    """The claims with the levels a table's rate moved between set as its ``level_after`` and ``base_value``."""
    by_start = {claim.start: claim for claim in claims}
    out = []
    for claim in claims:
        cell = tables.get(claim.start)
        if cell is not None and cell.after in by_start and cell.base in by_start:
            claim = dataclasses.replace(claim, level_after=by_start[cell.after].value,
                                        base_value=by_start[cell.base].value)
        out.append(claim)
    return out


# A claim row carries its sentence for people to read; a sentence longer than this is cut to the words around the
# figure, so that a row's size does not grow with its sentence (a megabyte without a full stop).
SENTENCE_WINDOW = 300


def sentence_window(text: str, start: int, end: int, figure_start: int, figure_end: int) -> str:
    """The sentence of a figure, or, for a long one, the SENTENCE_WINDOW characters around the figure with … where
    it was cut."""
    while end > start and text[end - 1].isspace():  # only words cut make an …, not the line break after them
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if end - start <= SENTENCE_WINDOW:
        return text[start:end].strip()
    half = (SENTENCE_WINDOW - (figure_end - figure_start)) // 2
    left = max(start, figure_start - max(half, 0))
    right = min(end, max(figure_end + max(half, 0), left + SENTENCE_WINDOW))
    return ("…" if left > start else "") + text[left:right].strip() + ("…" if right < end else "")


def _interval(mention: Mention, qualifier: str, value: float) -> tuple[float | None, float | None]:
    """The interval a qualifier gives a figure of (rounded) ``value``."""
    if qualifier == "exact":
        return value, value
    if qualifier in ("over", "at_least"):
        return value, None
    if qualifier in ("under", "at_most"):
        return None, value
    if qualifier == "range":
        return value, None if mention.upper_value is None else _number(mention.upper_value)
    return None, None


def _number(value: float) -> float:
    """Round away binary noise (0.1 * 3, 5.27 * 1e8) so that equal figures compare equal: 12 significant digits."""
    number = float(value)
    if number.is_integer() and -1e12 < number < 1e12:
        return number  # a whole number of at most 12 digits is printed, and read back, as it is
    return float(f"{number:.12g}")
