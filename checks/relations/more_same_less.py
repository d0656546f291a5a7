"""shares_of_whole for a poll's answers that say which way something will go, one share each: "58 percent say they
plan to spend the same amount as last year and 27 percent say they'll cut back …, compared to only 14 percent who plan
to spend more". More, the same and less are answers that exclude each other, so their shares of the asked add up to
no more than 100%. The words of each answer stand after its share, up to the next figure or the clause's end; every
share of the run names a different way, in one sentence of a text that speaks of asking (said, say, surveyed,
respondents). English only."""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, by_sentence
from checks.relations.shares import _relation

_ASKED = re.compile(r"\b(?:say|says|said|respondents|surveyed|polled|survey|poll|asked)\b", re.IGNORECASE)
_WAYS = (
    ("same", re.compile(r"\b(?:the\s+same|unchanged|no\s+change|stay\s+(?:about\s+)?the\s+same)\b", re.IGNORECASE)),
    ("less", re.compile(r"\b(?:less|fewer|cut\s+back|cut\s+down|reduce|lower|decrease)\b", re.IGNORECASE)),
    ("more", re.compile(r"\b(?:more|increase|higher|raise)\b", re.IGNORECASE)),
)
_ANSWER_END = re.compile(r"[;:!?]|\.\s|\d")


def _way(doc: Doc, share: dict) -> str | None:
    """The one way the answer after a share names (see _WAYS), else None (none, or more than one)."""
    after = doc.text[int(share["end"]):int(share["end"]) + 120]
    end = _ANSWER_END.search(after)
    said = after[:end.start()] if end else after
    ways = [name for name, words in _WAYS if words.search(said)]
    return ways[0] if len(ways) == 1 else None


def more_same_or_less(doc: Doc) -> Iterable[Relation]:
    if not _ASKED.search(doc.text):
        return
    for sentence in by_sentence(doc):
        shares = [c for c in sentence if c["kind"] == "share" and c["unit"] == "percent"]
        if len(shares) < 2 or not _ASKED.search(doc.text, doc.sentence(shares[0])[0], doc.sentence(shares[0])[1]):
            continue
        ways = [_way(doc, share) for share in shares]
        if None in ways or len(set(ways)) != len(ways):
            continue
        yield _relation(doc, shares, False, "the ways one answer may go (more, the same, less)")
