"""The items of a roundup: paragraphs that open with a name in capitals (CANADA. A record 18 million passengers…;
GERMANY: …), each about its own member. A name in capitals that opens one paragraph only is a dateline (PETALING
JAYA - Global passenger traffic…), the place the story was filed from, no item."""

from __future__ import annotations

import re

from checks.relations.base import Doc

_ITEM = re.compile(r"\s*(?P<name>[A-Z][A-Z&'’.\- ]{1,30}?)(?:\.|:|\s[–—-])\s+(?=[A-Z“\"])")


def roundup_item(doc: Doc, claim: dict) -> str:
    """The name in capitals a figure's paragraph opens with, when two paragraphs or more open so, or ""."""
    items = _items(doc)
    return items.get(doc.paragraph(claim), "") if len(set(items.values())) >= 2 else ""


def _items(doc: Doc) -> dict[int, str]:
    """The paragraphs that open with a name in capitals, by their number (worked out once a document)."""
    found = getattr(doc, "_roundup_items", None)
    if found is None:
        found = {}
        for paragraph, opening in enumerate([0, *doc.breaks]):
            item = _ITEM.match(doc.text, opening)
            name = item.group("name").strip(" .") if item is not None else ""
            if sum(ch.isupper() for ch in name) >= 2:
                found[paragraph] = name
        doc._roundup_items = found  # type: ignore[attr-defined]
    return found
