"""Revisions of a published figure: "the change for November was revised down by 72,000, from +336,000 to
+264,000"; "payroll increases were revised upward 72,000 to 159,000". The amount after "revised up/down (by)" is the
revision, not the quantity itself, and the figure after "revised … from" is the estimate published before, which
the figure after "to" replaces: each is read as its own quantity so that the two estimates of one quantity do not
read alike."""

from __future__ import annotations

import re
from dataclasses import replace

from checks.extract.claim import Claim

# The words right before a revision's amount: revised down by; were revised upward.
_BY = re.compile(r"\brevised\s+(?:up|down|upward|downward|higher|lower)\s+(?:by\s+)?(?:a\s+|an\s+)?$", re.IGNORECASE)
# The words right before the earlier estimate: revised from; revised down by 72,000, from.
_FROM = re.compile(r"\brevised\s+(?:(?:up|down|upward|downward|higher|lower)\s+)?"
                   r"(?:by\s+[-+]?\d[\d.,]*(?:\s+[a-z]+)?,?\s*)?from\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def revisions(claims: list[Claim], text: str) -> list[Claim]:
    """The claims that state a revision's amount or the estimate it replaced (see the module), read as such."""
    read = list(claims)
    for at, claim in enumerate(read):
        window = max(0, claim.start - 60)
        if not claim.metric or text.find("revised", window, claim.start) < 0:
            continue  # most figures follow no revision: a plain test before the patterns
        if _BY.search(text, window, claim.start):  # revised down by 72,000: the revision of the quantity
            read[at] = replace(claim, metric=f"revision to {claim.metric}")
        elif _FROM.search(text, window, claim.start):  # revised from +336,000: the estimate published before
            read[at] = replace(claim, metric=f"previously reported {claim.metric}")
    return read
