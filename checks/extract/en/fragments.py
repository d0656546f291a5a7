"""Owners read as clause fragments. Whose figure it is must be a noun phrase that can own a figure; the words before
a figure's verb sometimes run on into the clause: "it would (have earned)", "Samsung reportedly (shipped)", "a legal
settlement drove (up profits)", "(the company) helped it", "people indicated that they (are content)", "who need
credit". The fragment is cut back to its noun phrase; a pronoun, a cause or a relative clause left alone owns
nothing, and the owner is then carried from the text as for any figure whose clause names none.
"""

from __future__ import annotations

import re

from checks.extract.claim import Claim
from checks.extract.en.nounphrase import pronoun
from checks.extract.grammar import Dimension, Rule

# A fragment, matched whole, to the noun phrase it keeps ("" when it keeps none).
FRAGMENTS = Dimension("owner_fragment_en", [
    Rule("modal", r"(?P<head>.+?)\s+(?:would|will|could|should|might|may|must|can|had|has|have|did|does)",
         lambda m: m.group("head"),
         examples=(("it would", "it"), ("Acme will", "Acme"))),
    Rule("adverb", r"(?P<head>[A-Z].*?)\s+(?:reportedly|allegedly|also|still|now|then)",
         lambda m: m.group("head"),
         examples=(("Samsung reportedly", "Samsung"), ("Bolt Inc. also", "Bolt Inc."))),
    Rule("object", r"(?P<head>(?:[\w'’.-]+\s+){0,3}?)[a-z]+ed\s+(?:that\s+)?(?:it|they|them|we)",
         lambda m: m.group("head").strip(),
         examples=(("helped it", ""), ("people indicated that they", "people"))),
    Rule("cause", r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s+(?:drove|pushed|lifted|boosted|dragged|hurt|weighed)",
         lambda m: "", examples=(("legal settlement drove", ""), ("weak demand weighed", ""))),
    Rule("relative", r"(?:who|which|that)\s+.+", lambda m: "",
         examples=(("who need credit to do so", ""), ("Acme", None))),
])


def owner_words(claims: list[Claim]) -> list[Claim]:
    """The claims with owners read as fragments cut back to their noun phrase, or to none (see the module's doc)."""
    read = list(claims)
    for index, claim in enumerate(read):
        subject = claim.subject
        if not subject or " " not in subject:
            continue
        kept = FRAGMENTS.resolve(subject.strip())
        if kept is None:
            continue
        kept = None if not kept or pronoun(kept) else kept
        whole = claim.whole
        if whole == subject and re.match(r"(?:who|which|that)\s", subject):
            whole = f"those {subject}"  # nearly six in 10 who need credit: of those who need credit
        read[index] = claim.replaced(subject=kept, whole=whole)
    return read
