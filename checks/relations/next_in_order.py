"""An order told in Chinese with words of what comes next: 排在首位的是交通出行，所占比例为52%，接下来环境保护、
经济适用房建设分别以40%和30%名列其后; 最关心的是…占72%；接下来是房价，占61%；位居第三的是医疗，占57%. Each figure
said to come next is no larger than the one before it (rank_vs_values), once the first is said to lead (首位, 最,
第一, 居首).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.relations.base import Doc, Relation, in_order, shown

# Words before a figure (since the figure before it) that say it comes next: 接下来(是), 其次(是), 随后, 位居第三.
# (北京紧随其次，有2999家; 北京其次，为…: the place, then its figure)
_NEXT_BEFORE = re.compile(r"接下来|其次(?:是|为|的是)|(?:紧随)?其次[，,]\s*(?:有|为|达|是)|随后(?:是|为)|紧随其后|"
                          r"排(?:在|名)?第[二三四五六]|"
                          r"位(?:居|列)第[二三四五六]|居第[二三四五六]")
# …or after it, in its own clause: 分别以40%和30%名列其后; 以61%次之.
_NEXT_AFTER = re.compile(r"^[^，,。；;\d]{0,6}?(?:名列其后|紧随其后|位居其后|居其后|次之)")
# Words that say the first leads: 排在首位, 最关心, 排名第一, 居首, 之首, 榜首.
_FIRST = re.compile(r"首位|第一|居首|之首|榜首|最(?!终|近|新|后|初|早|少|低|小)")


def next_in_order(doc: Doc) -> Iterable[Relation]:
    if not any(word in doc.text for word in ("接下来", "其次", "随后", "其后", "次之", "第二", "第三")):
        return
    led: set[int] = set()  # the figures of an order, from its first on
    for index, claim in enumerate(doc.claims):
        # the figure before of its unit and kind, past a place said in words (位居第三的是医疗，占57%)
        leader = next((c for c in reversed(doc.claims[max(0, index - 2):index]) if c["kind"] != "rank"), None)
        if leader is None or (leader["unit"], leader["kind"]) != (claim["unit"], claim["kind"]) or \
                doc.sentence(claim)[0] - doc.sentence(leader)[1] > 2 or not _said_next(doc, leader, claim):
            continue
        if int(leader["_index"]) not in led and not _FIRST.search(_clause_of(doc, leader)):
            continue  # 其次，… (secondly): an order only after a figure said to lead
        led.update((int(leader["_index"]), index))
        stated = f"{shown(claim)} is said to come after {shown(leader)}"
        yield in_order(doc.name, (leader, claim), claim.get("metric"), leader, claim, stated,
                       f"{stated}, but it is higher")


def _said_next(doc: Doc, leader: dict, claim: dict) -> bool:
    """Words of coming next in the claim's own sentence before it (not the leader's 紧随其后 before a full stop), or
    right after it in its clause."""
    own = re.split(r"[。！？!?]", doc.between(leader, claim))[-1]
    return bool(_NEXT_BEFORE.search(own) or _NEXT_AFTER.match(doc.after(claim, 12)))


def _clause_of(doc: Doc, claim: dict) -> str:
    """The words of a figure's sentence before it, from its sentence's start or the last semicolon (at most 120
    characters: a run-on sentence is not read whole for each figure)."""
    before = doc.text[max(doc.sentence(claim)[0], int(claim["start"]) - 120):int(claim["start"])]
    return re.split(r"[；;]", before)[-1]
