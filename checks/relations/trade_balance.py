"""parts_vs_total for a trade balance: exports less imports (出口17160亿元…进口14200亿元…贸易顺差2960亿元; exports of
$X, imports of $Y, a trade deficit of $Z). A surplus is exports above imports, a deficit imports above exports; the
balance is judged against the exports and imports stated last before it in its paragraph, of one unit and time; in
a release that tells the balance first, against the first named so after it, of its stated time; in a block of
labelled lines (Deficit: … Exports: … Imports: …), against the lines after its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checks.claims.measures import plain
from checks.relations.base import Doc, Relation, bounds, distance, label, like, owner_key, same_unit, shown
from checks.relations.breakdowns import membership
from checks.relations.lines import line_start
from checks.relations.periods import period_parts, periods_conflict
from checks.relations.sides_before import first_balances, only_sides_before, sides_as_a_result

_SURPLUS = re.compile(r"顺差|贸易盈余|\bsurplus", re.IGNORECASE)
_DEFICIT = re.compile(r"逆差|\bdeficit|\btrade gap", re.IGNORECASE)  # (the trade gap: a deficit)
_SIDES = {("出口", "进口"), ("exports", "imports")}  # the breakdowns of trade, exports first
# A balance of something else than goods (a services surplus, a current account, a budget) is no exports less imports
# (goods and services together are all trade: the US releases' balance)
_OTHER_BALANCE = re.compile(r"(?<!货物和)(?<!货物与)服务|经常|财政|预算|(?<!goods and )services|current|budget|"
                            r"fiscal|account", re.IGNORECASE)
# A balance of one kind of goods (the petroleum deficit, a non-oil surplus) is no balance of all exports and imports
_OF_A_PRODUCT = re.compile(r"\b(?:petroleum|crude|oil|non-oil|non-petroleum|energy|fuel|gas|food|agricultural|"
                           r"farm|auto|automotive|vehicle|car|technology|tech|chip|electronics|steel|textile|pharmaceutical)\s+"
                           r"(?:products?\s+)?(?:trade\s+)?(?:deficit|surplus)\b", re.IGNORECASE)
_ALL_TRADE = re.compile(r"goods and services (?:deficit|surplus)|货物和服务贸易(?:逆差|顺差)", re.IGNORECASE)


# (goods and services imported exceeding the value of exports by $53.1 billion: the balance, told as the gap)
_EXCEEDING = re.compile(r"\b(?:(?P<imports>imports|imported)|exports|exported)\b"  # the side right before the verb
                        r"(?:(?!\b(?:imports|imported|exports|exported)\b)[^.;\d]){0,40}?\bexceed(?:ing|ed|s)?\s+"
                        r"(?:the\s+(?:value|level)\s+of\s+)?(?:exports|imports)\s+by\s+$", re.IGNORECASE)


def trade_balance(doc: Doc) -> Iterable[Relation]:
    firsts = first_balances(doc)
    for balance in doc.claims:
        gap = _EXCEEDING.search(doc.before(balance, 90)) if balance["kind"] == "change" else None
        if balance["kind"] != "level" and gap is None:
            continue
        # a labelled line's label is its name, whatever the reading carried to it (Deficit:$55.2 Billion)
        name = _line_label(doc, balance) or f"{balance.get('metric') or ''} {balance.get('segment') or ''} " \
            f"{doc.before(balance, 8)}"  # (the surplus in services: its member, read as its segment)
        if gap is not None:
            name = "deficit" if gap.group("imports") else "surplus"
        surplus, deficit = _SURPLUS.search(name), _DEFICIT.search(name)
        if bool(surplus) == bool(deficit) or (_OTHER_BALANCE.search(name) and not _ALL_TRADE.search(
                doc.before(balance, 40))) or _GOODS.search(str(balance.get("metric") or "")) \
                or _OF_A_PRODUCT.search(_line_label(doc, balance) or str(balance.get("metric") or "")):
            continue  # (the goods balance is of goods' exports and imports: goods_and_services judges it)
        if balance.get("projected"):
            continue  # economists had been predicting an annual surplus of $1.51 billion: no balance that was
        # (last, the only exports and imports lines before; not for a member's balance: a deficit in goods trade)
        sides = _sides_told_with(doc, balance) or _sides_before(doc, balance) or _sides_in_block(doc, balance) \
            or _sides_after(doc, balance, 0 if gap is None else 1) or _sides_of_its_stated_time(doc, balance) \
            or (None if balance.get("segment") else only_sides_before(doc, balance, firsts, _side_of)) \
            or sides_as_a_result(doc, balance, _last_sides)
        if sides is None:
            continue
        exports, imports = sides
        (el, eh), (il, ih) = bounds(exports), bounds(imports)
        implied = (el - ih, eh - il) if surplus else (il - eh, ih - el)
        stated = bounds(balance)
        sign = -1 if deficit and float(balance["value"]) < 0 else 1  # a deficit written with its sign: -$79.6bn
        if sign < 0:
            stated = (-stated[1], -stated[0])
        gap = distance(stated, implied)
        value = float(exports["value"]) - float(imports["value"])
        told = value if surplus or sign < 0 else -value  # (as the text writes it)
        arithmetic = (f"{shown(exports)} − {shown(imports)} = {like(balance, told)} "
                      f"{'=' if not gap else '≠'} the {'surplus' if surplus else 'deficit'} {shown(balance)}"
                      + (f"; with rounding {like(balance, sign * implied[0])} to {like(balance, sign * implied[1])}"
                         if gap else ""))
        yield Relation(doc.name, "parts_vs_total", (balance, exports, imports), balance.get("metric"), stated,
                       implied, gap, arithmetic)


# A summary block of labelled lines: Deficit:$55.2 Billion / Exports:$206.3 Billion / Imports:$261.5 Billion.
_LABELLED_LINE = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z ]{0,30}?|[\u4e00-\u9fff]{2,8})\s*[:：]\s*$")


def _line_label(doc: Doc, claim: dict) -> str:
    """The label a figure's line opens with (Exports: in Exports:$206.3 Billion), lower-cased, or ""."""
    found = _LABELLED_LINE.fullmatch(doc.text, line_start(doc, int(claim["start"])), int(claim["start"]))
    return found.group("label").strip().lower() if found else ""


def _sides_in_block(doc: Doc, balance: dict) -> tuple[dict, dict] | None:
    """The exports and imports of the next lines of a block of labelled lines that opens with the balance's own."""
    if not _line_label(doc, balance):
        return None
    index = int(balance["_index"])
    found: dict[str, dict] = {}
    for claim in doc.claims[index + 1:index + 6]:
        name = _line_label(doc, claim)
        member = membership(name) if name else None
        if member is not None and member[0] in _SIDES and same_unit(claim, balance):
            found.setdefault("exports" if member[1] == member[0][0] else "imports", claim)
    return (found["exports"], found["imports"]) if len(found) == 2 else None


_AFTER_REACH = 1200


def _sides_after(doc: Doc, balance: dict, paragraphs: int = 0) -> tuple[dict, dict] | None:
    """A balance told first, as a release's opening does (the deficit was $55.2 billion in June … June exports were
    $206.3 billion … June imports were $261.5 billion): the first exports and imports after it, named so and nothing
    more, of its unit and its stated time (or of none, in its paragraph: the deficit rose to $46.3 billion in June.
    U.S. exports slid 0.7 percent to $213.8 billion), within _AFTER_REACH characters (a release's summary lines
    between); ``paragraphs`` more paragraphs after its own for sides of no time (a gap told as imports exceeding
    exports by $53.1 billion, its sides in the paragraph after)."""
    # a release's opening balance of no stated time (the trade gap narrowed to $43.6 billion … In June, exports …):
    # of the one time its sides name; not a later one of no time (the deficit, adjusted for inflation, fell to …)
    timeless = _stated(balance) is None and doc.paragraph(balance) == 0 and not paragraphs
    if _stated(balance) is None and not timeless:
        return None
    found: dict[str, dict] = {}
    compared = re.search(r"\bfrom\s*$", doc.before(balance, 8)) is not None  # from $43.2 billion in May: the earlier
    for claim in doc.claims[int(balance["_index"]) + 1:int(balance["_index"]) + 30]:
        if int(claim["start"]) - int(balance["end"]) > _AFTER_REACH:
            break
        # (the value of imports tumbled … to $253.9 billion: "the value of" names no other quantity)
        # (imports of goods and services: all imports, the balance's own)
        words = re.sub(r"^(?:the\s+)?value\s+of\s+|\s+of\s+goods\s+and\s+services$", "",
                       str(claim.get("metric") or "").lower()).split()
        name = words[-1] if len(words) <= 2 and words and words[0] in ("exports", "imports", "balance") else ""
        # (Balance exports: a heading run into the sentence, "Exports, Imports, and Balance March exports were")
        if claim["kind"] == "level" and name in ("exports", "imports") and not claim.get("segment") \
                and same_unit(claim, balance) and ((timeless and _stated(claim) is not None)
                                                   or (not timeless and claim.get("period") == balance["period"]) or (
                    not claim.get("period") and 0 <= doc.paragraph(claim) - doc.paragraph(balance) <= paragraphs
                    and not compared)):
            found.setdefault(name, claim)
    if len(found) != 2 or (timeless and _stated(found["exports"]) != _stated(found["imports"])):
        return None
    return found["exports"], found["imports"]


def _stated(claim: dict) -> str | None:
    """A claim's own stated period, or None (none read: None or a table's NaN)."""
    period = claim.get("period")
    return period if isinstance(period, str) and period.strip() else None


def _sides_told_with(doc: Doc, balance: dict) -> tuple[dict, dict] | None:
    """The exports and imports told after a balance in its own sentence, as its cause (a trade deficit of $2.79
    billion in the three months as exports fell 1.2 per cent to $10.81 billion and imports gained 3.1 per cent to
    $13.59 billion), each once, of its unit: they are the balance's own, whatever the sentences before said."""
    found: dict[str, dict] = {}
    for claim in doc.near(balance, 12):  # (the figures right after it: a run-on text is one sentence)
        if int(claim["start"]) <= int(balance["start"]) or claim["kind"] != "level" or not same_unit(claim, balance) \
                or not doc.same_sentence(claim, balance):
            continue
        member = membership(label(doc, claim))
        if member is not None and member[0] in _SIDES and not _A_KIND_OF_EXPORTS.search(label(doc, claim)):
            found.setdefault("exports" if member[1] == member[0][0] else "imports", claim)
    return (found["exports"], found["imports"]) if len(found) == 2 else None


_A_KIND_OF_EXPORTS = re.compile(r"(?:再|转|国内|本地)出口|re-?exports|domestic exports", re.IGNORECASE)  # a part of all
_LINES_BACK = 200  # characters before a balance in other paragraphs where its exports and imports may stand


def _sides_before(doc: Doc, balance: dict) -> tuple[dict, dict] | None:
    """The exports and the imports stated last before a balance in its paragraph, each once, of its unit and time."""
    # in its paragraph, or in the lines just before it when a release tells a figure a line (九月出口…至1108亿令吉。
    # / 9月进口则增长26.5%至847亿令吉。/ 9月贸易盈余扩大19.1%至261亿令吉)
    before = [c for c in doc.near(balance, 8) if int(c["end"]) <= int(balance["start"])]
    opens = not any(c["kind"] == "level" and doc.paragraph(c) == doc.paragraph(balance) for c in before)
    # (lines before of its own stated time only: the first half's deficit is no June exports less imports)
    before = [c for c in before if doc.paragraph(c) == doc.paragraph(balance)
              or (opens and int(balance["start"]) - int(c["end"]) <= _LINES_BACK
                  and _of_its_time(doc, c, balance))]
    return _last_sides(doc, balance, [c for c in before if not periods_conflict(doc.period(c), doc.period(balance))])


def _last_sides(doc: Doc, balance: dict, before: list[dict], by_name: bool = False) -> tuple[dict, dict] | None:
    """The exports and the imports stated last among ``before`` (in order of position), each once, levels of the
    balance's unit, named as such by their label (or, ``by_name``, by their quantity's name: imports fell … to)."""
    found: dict[str, dict] = {}
    for claim in reversed(before):
        if claim["kind"] != "level" or not same_unit(claim, balance):
            continue
        member = membership(label(doc, claim)) or (membership(str(claim.get("metric") or "")) if by_name else None)
        if member is None or member[0] not in _SIDES or _A_KIND_OF_EXPORTS.search(label(doc, claim)):
            continue
        found.setdefault("exports" if member[1] == member[0][0] else "imports", claim)
        if len(found) == 2:
            return found["exports"], found["imports"]
    return None


_STATED_BACK = 40  # figures before a balance among which its sides of its own stated time are looked for
_RELATIVE_TIME = re.compile(r"before|earlier|ago|previous|prior|last|same|上年|去年|同期|上月")
_ANAPHORS = {"", "country", "nation", "company", "group", "bank", "state", "全国", "我国", "公司", "集团"}  # 's balance


_FISCAL = re.compile(r"^(?:fy|fiscal year|financial year)\s*")  # (FY 2017-18 and 2017-18 are one time)


def _sides_of_its_stated_time(doc: Doc, balance: dict) -> tuple[dict, dict] | None:
    """The exports and the imports stated last before a balance anywhere in the text, each once, of its unit and
    owner and of the very time the balance states for itself (India's exports in April were $20.57 billion …
    imports … to $25.41 billion in April … the trade deficit narrowed to $4.84 billion in April): a release's
    headline figures, a paragraph or two apart."""
    time = _FISCAL.sub("", plain(balance.get("period")))
    if not time or _RELATIVE_TIME.search(time):
        return None  # a time told against another (the period before, a year earlier) says nothing to match
    owner = owner_key(balance)
    index = int(balance["_index"])
    return _last_sides(doc, balance, [c for c in doc.claims[max(0, index - _STATED_BACK):index]
                                      if _FISCAL.sub("", plain(c.get("period"))) == time
                                      and (owner in _ANAPHORS or owner_key(c) == owner)], by_name=True)


# The two balances of a US trade release, told in one sentence: an increase in the goods deficit of $4.6 billion to
# $65.6 billion and a decrease in the services surplus of $0.1 billion to $21.2 billion.
_GOODS = re.compile(r"\bgoods\s+(?P<side>deficit|surplus)\b", re.IGNORECASE)
_SERVICES = re.compile(r"\bservices\s+(?P<side>deficit|surplus)\b", re.IGNORECASE)
_A_BALANCE = re.compile(r"\b(?:deficit|surplus|gap)\b", re.IGNORECASE)
_GUESSED = re.compile(r"estimate|expect|forecast|consensus", re.IGNORECASE)
_BALANCE_REACH = 3  # paragraphs before the two balances where the total may stand
_BALANCE_CHARS = 1200  # or characters, for a release written a sentence a line
_TOTAL_BACK = 60  # figures before them among which it is looked for
_ORIGINALLY = re.compile(r"\b(?:originally|initially|first\s+reported)\b[^.;()]*$", re.IGNORECASE)


def goods_and_services(doc: Doc) -> Iterable[Relation]:
    """The goods balance and the services balance told in one sentence against the total balance stated before them
    (the deficit widened to $44.4 billion …; … the goods deficit … to $65.6 billion and … the services surplus … to
    $21.2 billion): a deficit counts against, a surplus for, and the two make the total."""
    if "goods" not in doc.text or "services" not in doc.text:
        return
    levels = [c for c in doc.claims if c["kind"] == "level" and c["unit"] not in ("percent", "pp")]
    for goods in levels:
        named = _GOODS.search(str(goods.get("metric") or ""))
        if named is None:
            continue
        services = next((c for c in doc.in_sentence(goods) if c is not goods and c["kind"] == "level"
                         and same_unit(c, goods) and _SERVICES.search(_named(c))), None)
        total = _total_before(doc, goods) if services is not None else None
        if total is None or services is None:
            continue
        service_side = _SERVICES.search(_named(services))
        signs = (-1 if named.group("side").lower() == "deficit" else 1,
                 -1 if service_side is not None and service_side.group("side").lower() == "deficit" else 1)
        (gl, gh), (sl, sh) = _signed(goods, signs[0]), _signed(services, signs[1])
        low, high = gl + sl, gh + sh
        deficit = low < 0 and high <= 0
        implied = (-high, -low) if deficit else (low, high)
        stated = bounds(total)
        gap = distance(stated, implied)
        value = abs(signs[0] * float(goods["value"]) + signs[1] * float(services["value"]))
        arithmetic = (f"the goods {named.group('side').lower()} {shown(goods)} and the services "
                      f"{service_side.group('side').lower() if service_side else 'balance'} {shown(services)} make a "
                      f"{'deficit' if deficit else 'surplus'} of {like(total, value)} "
                      f"{'=' if not gap else '≠'} {shown(total)}")
        yield Relation(doc.name, "parts_vs_total", (total, goods, services), total.get("metric"), stated, implied,
                       gap, arithmetic)


def _named(claim: dict) -> str:
    """A balance's name with the member it is of before it: the surplus in services is the services surplus."""
    return f"{claim.get('segment') or ''} {claim.get('metric') or ''}".strip()


def _signed(claim: dict, sign: int) -> tuple[float, float]:
    low, high = bounds(claim)
    return (low, high) if sign > 0 else (-high, -low)


def _total_before(doc: Doc, goods: dict) -> dict | None:
    """The balance of all trade stated first within reach before the goods balance's sentence (a release leads with
    it): a deficit or surplus, not the goods' (a reading may name the total the services' trade deficit, so that name
    is not left out), not guessed (economists had expected a deficit of …), not the earlier level it moved from (from a
    revised $39.8 billion), nor the first estimate of that (originally a gap of $39.9 billion)."""
    start, index = doc.sentence(goods)[0], int(goods["_index"])
    levels = [c for c in doc.claims[max(0, index - _TOTAL_BACK):index] if c["kind"] == "level"
              and c["unit"] not in ("percent", "pp") and int(c["end"]) <= start]
    for claim in levels:
        # (paragraphs away but near in characters, a release written a sentence a line: of the goods' own time)
        far = doc.paragraph(goods) - doc.paragraph(claim) > _BALANCE_REACH and (
            int(goods["start"]) - int(claim["end"]) > _BALANCE_CHARS
            or (doc.period(goods) is not None and doc.period(claim) != doc.period(goods)))
        if far or _ORIGINALLY.search(doc.before(claim, 30)):
            continue
        name = str(claim.get("metric") or "")
        if not _A_BALANCE.search(name) or _GOODS.search(name) or not same_unit(claim, goods) \
                or _GUESSED.search(str(claim.get("basis") or "")) or periods_conflict(doc.period(claim),
                                                                                      doc.period(goods)):
            continue
        if claim.get("base_value") is None and any(c.get("base_value") == claim["value"] for c in doc.near(claim, 4)):
            continue  # the level another moved from
        return claim
    return None


# Exports (imports) of goods and of services: the two members that make all exports (imports) in a US release.
_SIDE_OF = re.compile(r"^(?:(?P<side>exports|imports)\s+of\s+(?P<kind>goods|services)|"
                      r"(?P<kind2>goods|services)\s+(?P<side2>exports|imports))$", re.IGNORECASE)
_SIDE_REACH = 1500  # characters after the side's total where its goods and services may be told


def sides_of_goods_and_services(doc: Doc) -> Iterable[Relation]:
    """September exports were $187.9 billion … Exports of goods increased … to $127.3 billion … Exports of services
    increased … to $60.6 billion: a side of trade told whole, then its goods and its services (the first of each
    after it, in one paragraph, of its unit and time) that make it."""
    if "goods" not in doc.text or "services" not in doc.text:
        return
    for total in doc.claims:
        side = str(total.get("metric") or "").lower()
        if total["kind"] != "level" or side not in ("exports", "imports") or total.get("segment"):
            continue
        found: dict[str, dict] = {}
        for claim in doc.claims[int(total["_index"]) + 1:int(total["_index"]) + 30]:
            if int(claim["start"]) - int(total["end"]) > _SIDE_REACH:
                break
            named = _SIDE_OF.match(str(claim.get("metric") or "").strip())
            if named is None or claim["kind"] != "level" or not same_unit(claim, total) \
                    or (named.group("side") or named.group("side2")).lower() != side \
                    or periods_conflict(doc.period(claim), doc.period(total)):
                continue
            found.setdefault((named.group("kind") or named.group("kind2")).lower(), claim)
        if len(found) != 2 or doc.paragraph(found["goods"]) != doc.paragraph(found["services"]):
            continue
        goods, services = found["goods"], found["services"]
        implied = (bounds(goods)[0] + bounds(services)[0], bounds(goods)[1] + bounds(services)[1])
        gap = distance(bounds(total), implied)
        value = float(goods["value"]) + float(services["value"])
        arithmetic = (f"{side} of goods {shown(goods)} + of services {shown(services)} = {like(total, value)} "
                      f"{'=' if not gap else '≠'} {side} {shown(total)}")
        yield Relation(doc.name, "parts_vs_total", (total, goods, services), total.get("metric"), bounds(total),
                       implied, gap, arithmetic)


_OF_WHICH = re.compile(r"其中|\bof\s+which\b", re.IGNORECASE)


def net_of_both(doc: Doc) -> Iterable[Relation]:
    """A balance, then its parts of both signs (贸易逆差额约39亿美元，其中国内企业的贸易逆差为158亿美元，外资企业的
    顺差额为119亿美元): the deficit less the surplus makes it, as a deficit (or a surplus the other way round)."""
    for balance in doc.claims:
        name = f"{balance.get('metric') or ''}{doc.before(balance, 8)}"
        surplus, deficit = _SURPLUS.search(name), _DEFICIT.search(name)
        if balance["kind"] != "level" or bool(surplus) == bool(deficit):
            continue
        after = [c for c in doc.near(balance, 6) if int(c["start"]) > int(balance["start"])
                 and doc.same_sentence(c, balance)]
        parts = [c for c in after if c["kind"] == "level" and same_unit(c, balance)]
        if len(parts) != 2 or not _OF_WHICH.search(doc.between(balance, parts[0])):
            continue
        signs = [(bool(_SURPLUS.search(n)), bool(_DEFICIT.search(n)))
                 for n in (f"{p.get('metric') or ''}{doc.before(p, 8)}" for p in parts)]
        if sorted(signs) != [(False, True), (True, False)]:
            continue  # one part a deficit, the other a surplus
        minus, plus = (parts if signs[0] == (bool(surplus), bool(deficit)) else parts[::-1])
        (ml, mh), (pl, ph) = bounds(minus), bounds(plus)
        implied, stated = (ml - ph, mh - pl), bounds(balance)
        gap = distance(stated, implied)
        arithmetic = (f"{shown(minus)} − {shown(plus)} = {like(balance, float(minus['value']) - float(plus['value']))}"
                      f" {'=' if not gap else '≠'} the balance {shown(balance)}")
        yield Relation(doc.name, "parts_vs_total", (balance, minus, plus), balance.get("metric"), stated, implied,
                       gap, arithmetic)


def _of_its_time(doc: Doc, side: dict, balance: dict) -> bool:
    """Whether a line before a balance is of the balance's stated time: the same time, or none stated when the balance
    is a month's (九月出口…。9月贸易盈余…); a span's balance (the first half's) is no month's exports less imports."""
    own, theirs = period_parts(doc.period(balance)), period_parts(doc.period(side))
    if not balance.get("period") or own == theirs:
        return True
    return not any(theirs) and own[1].startswith("M") and "-" not in own[1]

def _side_of(doc: Doc, claim: dict) -> str | None:
    """Which side of trade a level names (by its label or its quantity's name), "other" for a kind of goods."""
    member = membership(label(doc, claim)) or membership(str(claim.get("metric") or ""))
    if member is None or member[0] not in _SIDES:
        return None
    if claim.get("segment") or _A_KIND_OF_EXPORTS.search(label(doc, claim)):
        return "other"
    return "exports" if member[1] == member[0][0] else "imports"
