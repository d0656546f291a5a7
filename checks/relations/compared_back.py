"""rank_vs_values for a figure compared in the sentence after it: "GDP grew by 2.54 per cent in the quarter. This growth
rate was higher than the 2.25 per cent recorded in the third quarter of 2022 and higher than the second quarter's
2.51 per cent." The sentence opens with words that point back (This growth rate, That figure, It) and says the figure
is higher or lower than each rival it names; the figure is the one of the sentence before of the rivals' unit and
kind (none when there are several).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, in_order, shown

_WAY = r"(?P<way>higher|lower|faster|slower|above|below|more|less|greater|smaller)"
# The opening that points back, then the first comparison, right before the first rival.
_OPENS = re.compile(rf"\s*(?:This|That|It|The\s+figure|The\s+rate)(?:\s+[a-z-]+){{0,3}}\s+"
                    r"(?:was|is|came\s+in|stood)\s+"
                    rf"(?:(?:also|still|slightly|well|much|significantly|marginally)\s+)?{_WAY}\s+than\s+"
                    r"(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?(?:of\s+)?$")
# A further comparison after a rival: "… recorded in the third quarter of 2022 and higher than the … of".
_AND_THEN = re.compile(r"^\s*(?:per\s*cent|percent|%)?(?:[^.;\d]|(?:19|20)\d\d){0,80}?\s+(?:and|but)\s+"
                       rf"(?:(?:also|still)\s+)?{_WAY}"
                       r"\s+than\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,6}?(?:(?:of|at)\s+)?$", re.IGNORECASE)
_UP = ("higher", "faster", "above", "more", "greater")


def compared_back(doc: Doc) -> Iterable[Relation]:
    if "than" not in doc.text:
        return
    claims = doc.claims
    for at, rival in enumerate(claims):
        if at == 0 or doc.same_sentence(claims[at - 1], rival):
            continue  # (the sentence's first figure only; matched in place: a run-on text is one long sentence)
        opened = _OPENS.match(doc.text, doc.sentence(rival)[0], int(rival["start"]))
        if opened is None:
            continue
        alike = [c for c in claims[max(0, at - 8):at] if doc.same_sentence(c, claims[at - 1])
                 and c["unit"] == rival["unit"] and c["kind"] == rival["kind"]]
        if len(alike) != 1:
            continue  # (GDP grew 2.5%, exports 8%. This rate was higher than …: which rate is not told)
        figure = alike[0]
        yield _judged(doc, figure, rival, opened.group("way"))
        for previous, further in zip(claims[at:], claims[at + 1:], strict=False):
            more = _AND_THEN.match(doc.between(previous, further))
            if more is None or not doc.same_sentence(further, rival) or further["unit"] != rival["unit"] \
                    or further["kind"] != rival["kind"]:
                break
            yield _judged(doc, figure, further, more.group("way"))


def _judged(doc: Doc, figure: dict, rival: dict, way: str) -> Relation:
    up = way.lower() in _UP
    said = f"{shown(figure)} is said to be {'more' if up else 'less'} than {shown(rival)}"
    higher, lower = (figure, rival) if up else (rival, figure)
    return in_order(doc.name, (figure, rival), figure.get("metric"), higher, lower, said, f"{said}, but it is not")
