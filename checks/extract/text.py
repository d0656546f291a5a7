"""Text helpers that keep offsets: width folding and sentence and clause boundaries."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from checks.extract.mention import Mention

# Full-width digits, Latin letters and the signs that belong to numbers, folded to ASCII one character for
# one character, so that offsets into the folded text are offsets into the document. Full-width ，：；
# stay as they are: they separate clauses, and a full-width comma is never a thousands separator.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF10, 0xFF1A)}
_FOLD.update({code: code - 0xFEE0 for code in range(0xFF21, 0xFF3B)})
_FOLD.update({code: code - 0xFEE0 for code in range(0xFF41, 0xFF5B)})
_FOLD.update({ord("％"): ord("%"), ord("．"): ord("."), ord("＄"): ord("$"), ord("＋"): ord("+"),
              ord("－"): ord("-"), ord("～"): ord("~"), ord("\u00a0"): ord(" ")})
# The small forms of the full stop and the percent sign (１﹒４８亿元, 16﹒6﹪), printed by some Hong Kong and
# Taiwan sites: one character for one, as the full-width forms.
_FOLD.update({ord("\ufe52"): ord("."), ord("\ufe6a"): ord("%")})
# 丶 for the enumeration comma 、, as some Malaysian Chinese sites print it (出口丶进口丶贸易总额)
_FOLD.update({ord("丶"): ord("、")})


# A full-width comma between digits that groups thousands (9，999): read as a thousands separator. Written with the
# comma first, the digit before it in a lookbehind after it: the engine then skips to each comma by itself, where a
# pattern opening with a digit (or with a lookbehind) is tried at every digit (or every character) of the text.
_GROUPING_COMMA = re.compile(r"，(?<=\d，)(?=\d{3}(?!\d))")
# Any character _FOLD changes: most texts have none, and a search for them costs a tenth of the translation.
_FOLDED = re.compile("[" + "".join(map(chr, sorted(_FOLD))) + "]")


def fold_width(text: str) -> str:
    """Full-width digits and number signs as ASCII; the result has the same length as the input."""
    folded = text.translate(_FOLD) if _FOLDED.search(text) else text
    return _GROUPING_COMMA.sub(",", folded) if "，" in folded else folded


# Every alternative opens with its character (not a class, not a repeat): the engine then skips to those characters by
# itself, where it tried the three alternatives at every character of the text.
# (a full stop with no space after it, between a lower-case word and a capitalised one, ends a sentence that a
# scraper ran into the next: on year-on-year basis.Gross non-performing assets)
_SENTENCE_MARKS = re.compile(r'。|！|？|；|!|\?|;|\n|“|”|「|」|"|\u3000\u3000+|\.(?=\s|$|(?<=[a-z]{3}\.)[A-Z][a-z]{2})')
_OPENING = {"“": "”", "「": "」"}
# The marks that end a sentence outside quotes whatever stands around them (a full stop may end an abbreviation, a line
# break may wrap a sentence; quotes open and close).
_ENDS_AT_ONCE = frozenset("。！？；!?;")
# A line break between a word or figure and a lower-case word or a figure continues the sentence.
_WRAPPED = re.compile(r"[A-Za-z0-9,%$]\n[ \t]*[a-z0-9$£€(]")
# A line that ends on a word that cannot end a sentence (of, the, and) continues, whatever follows.
_WRAPPED_AFTER = re.compile(r"\b(?:of|the|a|an|and|or|by|for|to|in|on|at|with|from|that|than|as|is|was|were|are|"
                            r"has|have|had|its|their|his|her)\n", re.IGNORECASE)
# Words shortened with a full stop that does not end a sentence.
_ABBREVIATION = re.compile(r"(?<![A-Za-z])(?:vs|Bln|Mln|Co|Corp|Inc|Ltd|No|Rs|approx|U\.S|e\.g|i\.e|Mr|Mrs|Ms|"
                           r"Dr|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$")
_CLAUSE_MARKS = re.compile(r"[，,：:、]")
# Where a paragraph ends: a blank line, a line break before a line that does not continue the sentence (a capital,
# a Chinese character, a mark), or a run of ideographic spaces.
PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=[\s\u3000]*[^\sa-z0-9])|\u3000{2,}")


def paragraph_breaks(text: str) -> list[int]:
    """The offsets where the paragraphs of ``text`` break, in order (a figure's paragraph by bisection)."""
    return [found.start() for found in PARAGRAPH_BREAK.finditer(text)]


# The text Sentences.of split last, and its sentences (a text and its spans: never changed once found).
_LAST: list = [None, None]


@dataclass(frozen=True)
class Sentences:
    """The sentence spans of one text, found once and looked up by offset."""

    starts: list[int]
    ends: list[int]
    # the spans asked for, by offset: each figure's sentence is asked for again and again while it is read
    _asked: dict[int, tuple[int, int]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, text: str) -> Sentences:
        """The sentences of ``text``; the last text's are kept, since a document is split by its reader (one per
        language) and again by the claims table: the same spans, found once."""
        last_text, last = _LAST
        if last is not None and (last_text is text or last_text == text):
            return last
        found = cls._split(text)
        _LAST[:] = [text, found]
        return found

    @classmethod
    def _split(cls, text: str) -> Sentences:
        ends: list[int] = []
        closing: str | None = None
        straight_quote_open = False
        for mark in _SENTENCE_MARKS.finditer(text):
            char = mark.group()
            if char in _ENDS_AT_ONCE and closing is None and not straight_quote_open:
                ends.append(mark.end())  # 。！？；!?; outside quotes: nothing else to ask
                continue
            if char in _OPENING and closing is None:
                closing = _OPENING[char]
                continue
            if closing is not None:
                if char == closing:
                    closing = None
                continue
            if char == '"':
                straight_quote_open = not straight_quote_open
                continue
            if char in "”」" or (straight_quote_open and char != "\n"):
                continue
            if char == "." and _ABBREVIATION.search(text, max(0, mark.start() - 6), mark.start()):
                continue  # vs. $17.44 Bln. last year; Procter & Gamble Co. earnings: not the end of a sentence
            if char == "\n" and (_WRAPPED.match(text, max(0, mark.start() - 1))
                                  or _WRAPPED_AFTER.search(text, max(0, mark.start() - 6), mark.end())):
                continue  # a line wrapped inside a sentence (rose\n1.1 percent), not a break
            ends.append(mark.end())
        starts = [0, *ends]  # each sentence starts where the one before it ends
        ends.append(len(text))
        return cls(starts, ends)

    def span(self, offset: int) -> tuple[int, int]:
        """The (start, end) of the sentence that holds ``offset``."""
        found = self._asked.get(offset)
        if found is None:
            index = bisect.bisect_right(self.starts, offset) - 1
            found = self._asked[offset] = (self.starts[index], self.ends[index])
        return found


# How far back a clause is looked for: context is read from the words near a figure, and the cost of reading a
# figure must not grow with the length of its sentence (a megabyte with no full stop is one sentence).
CLAUSE_REACH = 400
# How far back in its sentence a reading looks for words before a figure: a run-on "sentence" of a megabyte must
# not be copied once per figure.
SENTENCE_REACH = 300
# Everything up to the last clause mark of a stretch of text: where that mark is, found by the engine backtracking from
# the stretch's end.
_LAST_CLAUSE_MARK = re.compile(r".*[，,：:、]", re.DOTALL)
_COMPARED_WITH = re.compile(r"(?:高于|低于|快于|慢于|高出|优于)[\u4e00-\u9fff]{1,6}$")


def clause_start(text: str, sentence_start: int, offset: int, reach: int = CLAUSE_REACH) -> int:
    """Where the clause holding ``offset`` begins: after the last comma or colon before it in its sentence, looked
    for at most ``reach`` characters back (and never past CLAUSE_REACH); where none is that near, the start of the
    sentence or of those characters, whichever is later. A reader that keeps only the last few characters of a
    clause passes their number: the rest of a long clause is not read."""
    floor = max(sentence_start, offset - min(reach, CLAUSE_REACH))
    end = offset
    while True:
        last = _LAST_CLAUSE_MARK.match(text, floor, end)  # one scan in C, not a Python loop over every character
        if last is None:
            return floor
        position = last.end() - 1
        # A comma between digits groups thousands; it does not end a clause.
        grouping = text[position] == "," and position + 1 < offset and position > sentence_start and \
            text[position - 1].isdigit() and text[position + 1].isdigit()
        # 高于全国、全省3.5和1.9个百分点: a 、 between the rivals compared with lists them; it ends no clause.
        rivals = text[position] == "、" and _COMPARED_WITH.search(text, max(floor, position - 10), position) is not None
        if not grouping and not rivals:
            return position + 1
        end = position


def opens_bracket(text: str, offset: int) -> bool:
    """Whether the text before ``offset`` ends with an opening bracket, spaces aside (增速低于大型商业银行(12.9%))."""
    position = offset
    while position > 0 and position > offset - 64 and text[position - 1].isspace():
        position -= 1
    return position > 0 and text[position - 1] in "(（"


# A figure in brackets right after another of its kind, in another unit (14582万吨(2916亿斤); $5 billion (£4
# billion)): the same quantity told again. (5515.7公斤/公顷(367.7公斤/亩) is left alone: its unit reads alike, and
# the figures would read as one quantity stated twice with two values.)
_OTHER_UNIT = re.compile(r"(?:/[^\s\d(（)）/]{1,4})?\s*[(（]\s*")


def in_other_unit(text: str, previous: Mention, mention: Mention) -> bool:
    """Whether ``mention`` restates ``previous`` in brackets in another unit (see _OTHER_UNIT)."""
    return previous.family == mention.family and "percent" not in (previous.unit, mention.unit) \
        and previous.unit != mention.unit and _OTHER_UNIT.fullmatch(text, previous.end, mention.start) is not None


def words_after(text: str, offset: int, reach: int, limit: int) -> str:
    """The text from ``offset`` about ``reach`` characters on (never past ``limit``), ended at a word's end: a
    window cut inside a word would read its stub as a word (an increase in international p)."""
    end = min(limit, offset + reach)
    stop = min(limit, end + 24)  # a word runs on at most this far: bounded, so the window stays linear
    while end < stop and text[end].isalnum():
        end += 1
    return text[offset:end]
