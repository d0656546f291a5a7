"""Figures with something left out, said by the sentence's opener: "Excluding autos, sales were up 0.1 percent";
"Excluding one-time items, it earned 65 cents a share"; "After adjusting for the return of strikers, employment was
up by 204,000". Such a figure is another quantity than the one with nothing left out: earnings read as adjusted
earnings (as results name them), another quantity as the quantity excluding what is left out (sales excluding
autos), or adjusted when what is left out is long.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.grammar import Dimension, Rule

# A sentence's opener that leaves something out, to how the figures after it are named.
LEFT_OUT = Dimension("left_out_en", [
    Rule("excluding", r"(?:Excluding|Ex-|Stripping\s+out|Leaving\s+out|Not\s+counting)\s+(?P<what>[^,;]{2,40})",
         lambda m: ("excluding", m.group("what").strip()),
         examples=(("Excluding autos", ("excluding", "autos")),
                   ("Excluding one-time items", ("excluding", "one-time items")))),
    Rule("adjusting", r"(?:After|When|Once)\s+(?:adjusting|adjusted|accounting)\s+for\s+(?P<what>[^;]{2,200})",
         lambda m: ("adjusted", m.group("what").strip()),
         examples=(("After adjusting for strikes", ("adjusted", "strikes")),)),
])
_OPENER = re.compile(r"\s*(?P<opener>(?:Excluding|Ex-|Stripping\s+out|Leaving\s+out|Not\s+counting|After\s+adjusting|"
                     r"After\s+accounting|When\s+adjusted|Once\s+adjusted)\b[^;]{2,200}?),\s")
_EARNINGS = re.compile(r"\b(?:earnings|income|profits?|per\s+share)\b", re.IGNORECASE)
_ADJUSTED = re.compile(r"\b(?:adjusted|underlying|excluding|core)\b", re.IGNORECASE)


def adjusted(claims: list[Claim], text: str, spans: list[tuple[int, int]]) -> list[Claim]:
    """The claims after an opener that leaves something out, named so (see the module's doc)."""
    if not any(key in text for key in ("Excluding", "Ex-", "out,", "adjust", "accounting", "counting")):
        return claims
    read = list(claims)
    openers: dict[int, tuple[int, tuple[str, str] | None]] = {}  # a sentence's opener, read once
    for index, claim in enumerate(read):
        sentence_start = spans[index][0]
        if sentence_start not in openers:
            found = _OPENER.match(text, sentence_start)
            said = LEFT_OUT.resolve(" ".join(found.group("opener").split())) if found else None
            openers[sentence_start] = (found.end() if found else -1, said)
        end, said = openers[sentence_start]
        if said is None or claim.start < end or not claim.metric or _ADJUSTED.search(claim.metric):
            continue  # the figures inside the opener (the return of strikers (75,000)) are what is left out
        how, what = said
        if _EARNINGS.search(claim.metric) or how == "adjusted" or len(what.split()) > 3:
            metric = f"adjusted {claim.metric}"
        else:
            metric = f"{claim.metric} excluding {what}"
        read[index] = claim.replaced(metric=metric)
    return read
