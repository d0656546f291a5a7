"""A business segment referred back to: "Operating profit for the Grocery Products segment was $49.9 million …
Sales for the segment were $334.1 million" (the Grocery Products segment's sales). The segment last named with
the same head word (segment, division, unit) is the one a bare "the segment" or "the segment's" means."""

from __future__ import annotations

from dataclasses import replace

from checks.extract.reading import Reading

_HEADS = ("segment", "division", "unit", "business", "arm")


class SegmentsNamed:
    """The segments named so far in one document, the last of each head word."""

    def __init__(self) -> None:
        self._last: dict[str, str] = {}

    def resolve(self, reading: Reading) -> Reading:
        """The reading with a bare segment word (as segment or owner) replaced by the segment last named so."""
        for field in ("segment", "subject"):
            value = getattr(reading, field)
            word = str(value or "").lower().removeprefix("the ").removeprefix("this ").removesuffix("'s")
            if word in _HEADS:
                named = self._last.get(word)
                if named is None:
                    return reading
                return replace(reading, segment=named, subject=None if field == "subject" else reading.subject)
        segment = str(reading.segment or "")
        head = segment.rsplit(" ", 1)[-1].lower()
        if head in _HEADS and " " in segment and segment[:1].isupper():
            self._last[head] = segment
        return reading
