"""What an English reader keeps from figure to figure to read breakdowns: the last figure that named its quantity
(the quantity a bracketed part is of, see en/bracketed.py) and what each bracketed part's figure said itself (a
list goes on from that, not from the quantity it was given); and market shares with their holders (en/held.py)."""

from __future__ import annotations

from checks.extract.en.bracketed import bracketed_member, names_quantity
from checks.extract.en.held import held_share
from checks.extract.mention import Mention
from checks.extract.reading import Reading


class Breakdowns:
    """The parts and holders of one English document's figures, read in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.named: tuple[Mention, Reading] | None = None  # the last figure that named its quantity
        self.own: dict[int, Reading] = {}  # what a bracketed part's figure said itself

    def previous(self, previous: tuple[Mention, Reading] | None) -> tuple[Mention, Reading] | None:
        """The figure before as the next one reads on from it: a bracketed part as its own words read it."""
        if previous is not None and previous[0].start in self.own:
            return previous[0], self.own[previous[0].start]
        return previous

    def reread(self, mention: Mention, reading: Reading, previous: tuple[Mention, Reading] | None,
               sentence_start: int) -> Reading:
        """The reading with its market share's holder and its bracketed part given (the cheap word tests first)."""
        text = self.text
        if "share" in text[max(0, mention.start - 40):mention.end + 20]:  # a 6.8% market share
            reading = held_share(text, mention, reading, previous, sentence_start)
        if names_quantity(reading):
            self.named = (mention, reading)
        elif "(" in text[mention.start - 6:mention.start]:  # mainly machinery (+$1.8 billion)
            part = bracketed_member(text, mention, reading, self.named, sentence_start)
            self.own[mention.start], reading = reading, part
        return reading
