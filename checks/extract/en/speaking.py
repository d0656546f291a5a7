"""Whose figure a party states of itself: "Halvard Oil, the largest refiner in the region, said its margin was $7.62 a
gallon" (Halvard Oil's margin); "while Corvel saw its profit fall by 54%" (Corvel's profit). The party that says,
reports or sees "its" figure owns it, though an aside stands between its name and the verb; without this, a roundup's
figure takes the owner of the company before it (the previous paragraph's, or the text's first).

Read where the figure's own reading names no owner, a common noun for one (the company), or one named before the
party's clause (a roundup's last company, carried on); only where the party opens its clause (at the sentence's
start, after a clause mark, or after and/while/but) with a capital; not a person (by a title), a body that
publishes others' figures (a statistics office said its index rose), or a time.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.en.owners import anaphor, is_name, is_person, is_publisher

_REACH = 240  # characters before a figure its clause's speaker may stand
_SPEAKS_OF_ITS = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|while|whereas|but)\s+)(?:[Tt]he\s+)?"
    r"(?P<owner>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|of)){0,4})"
    r"(?:\s*,[^,;()]{1,80},)?"  # Halvard Oil, the largest refiner in the region, said
    r"\s+(?:said|says|reported|reports|posted|posts|saw|sees|announced|announces|expects|expected)\s+(?:that\s+)?"
    r"its\b[^.;!?]*$")
_TIME = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                   r"June|July|August|September|October|November|December|Today|Yesterday|Last|This|Next)\b")


def own_speakers(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims with the owner named by the party that speaks of "its" figure (see the module); ``spans``, each
    claim's sentence."""
    if " its " not in text:
        return claims
    return [_spoken_of(claim, text, span[0]) for claim, span in zip(claims, spans, strict=True)]


def _spoken_of(claim: Claim, text: str, sentence_start: int) -> Claim:
    if not claim.sentence.isascii() or claim.start - sentence_start > _REACH:
        return claim  # (a sentence longer than the reach: where its clauses open is not seen)
    clause = text[sentence_start:claim.start].lstrip()
    found = _SPEAKS_OF_ITS.search(clause)
    if found is None:
        return claim
    owner = found.group("owner")
    if (claim.subject and not anaphor(claim.subject) and claim.subject in clause[found.start("owner"):]) \
            or not is_name(owner) or is_person(owner) or is_publisher(owner) or _TIME.search(owner):
        return claim
    return claim.replaced(subject=owner)
