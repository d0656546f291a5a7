"""share_vs_counts for a group's rate: About 81.4% boys passed, with the boys counted twice before it (8,380 boys sat
the exam; 6,823 boys passed): the rate is the smaller count of the group over the larger.

The group is a member of a breakdown (boys, women, rural …) named right after the share, and the counts are the
figures whose segment is that member, in the share's paragraph or the two before it, of the share's period: exactly
two of them, or no relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.extract.en.members import MEMBERS
from checks.relations.base import Doc, Relation, bounds, distance, interval_text, num, shown
from checks.relations.periods import periods_conflict
from checks.relations.reach import sentence_text

_MEMBER_AFTER = re.compile(rf"\s*(?:of\s+(?:the\s+)?)?(?P<member>{'|'.join(MEMBERS)})\b", re.IGNORECASE)


def rate_of_a_group(doc: Doc) -> Iterable[Relation]:
    for share in doc.claims:
        if share["kind"] != "share" or share["unit"] != "percent":
            continue
        named = _MEMBER_AFTER.match(doc.after(share, 24))
        if named is None:
            continue
        member = named.group("member").lower()
        counts = [c for c in doc.near(share, 40) if c["unit"] == "count" and c["kind"] == "level"
                  and str(c.get("segment") or "").lower() == member and int(c["end"]) <= int(share["start"])
                  and 0 <= doc.paragraph(share) - doc.paragraph(c) <= 2
                  and not periods_conflict(c.get("period"), share.get("period"))]
        if len(counts) != 2 or float(counts[0]["value"]) == float(counts[1]["value"]):
            continue
        part, whole = sorted(counts, key=lambda c: float(c["value"]))
        (p_low, p_high), (w_low, w_high) = bounds(part), bounds(whole)
        implied = (p_low / w_high * 100, p_high / w_low * 100)
        stated = bounds(share)
        gap = distance(stated, implied)
        arithmetic = (f"{shown(part)} of {shown(whole)} {member} is "
                      f"{num(round(float(part['value']) / float(whole['value']) * 100, 2))}% "
                      f"({interval_text(implied)} allowing for rounding); stated {shown(share)}")
        yield Relation(doc.name, "share_vs_counts", (part, whole, share), share.get("metric"), stated, implied, gap,
                       arithmetic)


# A rate named for what was done (pass percentage, response rate, turnout rate): the share of those who did it.
RATE_NAME = re.compile(r"\b(?P<done>[a-z]{4,})\s+(?:percentage|rate|ratio)\b", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+([a-z]{3,})")
_EARLIER = re.compile(r"\b(?:last|previous|prior|earlier|ago|上|去)", re.IGNORECASE)


def rate_of_those_who(doc: Doc) -> Iterable[Relation]:
    """Pass percentage was 85% against the count that passed (A total of 4,100 students … passed) over the count of
    all (5,210 students sat the exam): the count whose sentence says the deed (pass…), and the larger count of the
    same noun in a sentence that does not, both without a segment, near the rate; exactly one of each."""
    for share in doc.claims:
        if share["kind"] != "share" or share["unit"] != "percent":
            continue  # (asked first: the name below is read only for shares)
        # the rate is what the share measures (its metric opens with it), not a rate others reached (… centres
        # reached a completion rate of 100 per cent)
        named = RATE_NAME.match(re.sub(r"^(?:the|its|their)\s+", "", str(share.get("metric") or ""), flags=re.I))
        if named is None or share.get("segment") or re.match(r"\s+(?:of|for|at|in)\s", named.string[named.end():]):
            continue  # a member's rate (pass percentage of the school at X): not the rate of all those counted
        stem = named.group("done").lower()[:4]
        counts = [c for c in doc.near(share, 30) if c["unit"] == "count" and c["kind"] == "level"
                  and not c.get("segment") and abs(doc.paragraph(share) - doc.paragraph(c)) <= 2
                  and not periods_conflict(c.get("period"), share.get("period"))
                  # counts that name no period are of the text's own, not of the rate last term
                  and (c.get("period") or not _EARLIER.search(str(share.get("period") or "")))]
        # the deed itself (passed), not the rate named again (100 per cent pass percentage)
        done = [c for c in counts if re.search(rf"\b{stem}", RATE_NAME.sub("", _sentence(doc, c)).lower())]
        if len(done) != 1:
            continue
        part = done[0]
        noun = _NOUN_AFTER.match(doc.after(part, 16))
        wholes = [c for c in counts if c not in done and float(c["value"]) > float(part["value"]) and noun
                  and re.search(rf"\b{noun.group(1)}", _sentence(doc, c).lower())]
        if len(wholes) != 1:
            continue
        yield count_share(doc, part, wholes[0], share)


def count_share(doc: Doc, part: dict, whole: dict, share: dict) -> Relation:
    """The share_vs_counts row of a rate against the count it is of over the count of all."""
    (p_low, p_high), (w_low, w_high) = bounds(part), bounds(whole)
    implied = (p_low / w_high * 100, p_high / w_low * 100)
    stated = bounds(share)
    arithmetic = (f"{shown(part)} of {shown(whole)} is "
                  f"{num(round(float(part['value']) / float(whole['value']) * 100, 2))}% "
                  f"({interval_text(implied)} allowing for rounding); stated {shown(share)}")
    return Relation(doc.name, "share_vs_counts", (part, whole, share), share.get("metric"), stated, implied,
                    distance(stated, implied), arithmetic)


def _sentence(doc: Doc, claim: dict) -> str:
    return sentence_text(doc, claim)
