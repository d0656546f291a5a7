"""shares_of_whole for the two sides of one answer: 57% said they were satisfied … 37% expressed dissatisfaction;
64% are happy, 30% unhappy. A share and, after it in its sentence or the next, a share of the opposite answer (the
same word with a negating prefix) are parts of one whole: together no more than 100%. In Chinese, the shares of
one clause group each said of a different answer of a rating scale (满意, 一般, 不满意) are the same kind of parts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from checks.relations.base import Doc, Relation
from checks.relations.shares import _relation

_NEGATING = ("dis", "un", "non", "in", "im", "not ")
_WORD = re.compile(r"[a-z]{5,}")
# Five characters in a row that lower-case to ASCII letters (İ and the Kelvin sign too): what a word _WORD finds in
# the words after a share needs in the text.
_LATIN_WORD = re.compile("[A-Za-z\u0130\u212a]{5}")
_CLAUSE_END = re.compile(r"[.;!?]|\n|\d")  # (at 38 percent approval, 66 percent disapproval: before the next figure)


def _said(doc: Doc, claim: dict) -> str:
    """The words after a share up to its clause's end: what the share answered."""
    after = doc.text[int(claim["end"]):int(claim["end"]) + 80].lower()
    stop = _CLAUSE_END.search(after)
    return after[:stop.start()] if stop else after


def _begins_a_word(text: str, head: str) -> bool:
    """Whether ``head`` occurs in ``text`` at the start of a word (as the pattern \\bhead would find it)."""
    at = text.find(head)
    while at != -1:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return True
        at = text.find(head, at + 1)
    return False


def _opposite(first: str, second: str) -> str | None:
    """The stem one answer says and the other negates (satisf in satisfied / dissatisfaction), else None."""
    for word in _WORD.findall(first):
        stem = word[:6]
        # Plain string searches, not a pattern per stem: patterns built per word fill re's cache and recompile.
        if any(_begins_a_word(second, prefix + stem) for prefix in _NEGATING) and not any(
                _begins_a_word(first, prefix + stem) for prefix in _NEGATING):
            return stem
    return None


def opposite_answers(doc: Doc) -> Iterable[Relation]:
    if _LATIN_WORD.search(doc.text) is None:
        return  # no answer in words of five letters or more (any Chinese text): no pair of shares is read
    shares = [c for c in doc.claims if c["kind"] == "share" and c["unit"] == "percent"]
    for first, second in pairwise(shares):
        if doc.paragraph(second) - doc.paragraph(first) > 2 or int(second["start"]) - int(first["end"]) > 300:
            continue
        between = doc.text[int(first["end"]):int(second["start"])]
        if len(re.findall(r"[.!?](?:\s|$)", between)) > 1:
            continue  # the sentence or the next
        a, b = _said(doc, first), _said(doc, second)
        stem = _opposite(a, b)  # the answer, then its flip side: a negated answer then a new group's is not one
        if stem is not None:
            yield _relation(doc, [first, second], False, f"the two sides of one answer ({stem}…)")


# The answers of a rating scale, each a side of its own: 满意 (比较满意, 非常满意), 一般, 不满意 (不太满意, 很不满意).
# 一般 is an answer only where it is said as one (评价"一般", 认为一般, 评价以一般为主), not "generally".
_NEGATIVE = re.compile(r"不(?:太|很|大)?满意|不满(?!足)")  # not 不满足 (does not meet)
_POSITIVE = re.compile(r"满意")  # read after the negative answers are taken out (很不满意, 不太满意)
_NEUTRAL = re.compile(r"(?:评价|认为|感觉|觉得|表示|选择|回答)[^，,。；;\d]{0,4}一般|[“\"「]一般[”\"」]")
# What ends the run of one question's answers: a sentence or a clause group (；), or a part of a part (其中).
_RUN_BREAK = re.compile(r"[。；;！？!?\n]|其中")


# A degree of satisfaction said as an answer of its own (满意:85% 基本满意:13%): a side apart from plain 满意, unless
# the words speak of a rate of satisfaction (满意度, 满意率), which may hold the degrees (满意率85%，非常满意40%).
_DEGREE = re.compile(r"(非常|很|比较|较为|基本|十分)满意")
_RATE_OF = re.compile(r"满意(?:度|率)")


def _side(text: str) -> str | None:
    """The one side of the scale a share's words name, else None (none, or two: 满意和不满意的比例)."""
    sides = {side for side, pattern in (("不满意", _NEGATIVE), ("一般", _NEUTRAL), ("满意", _POSITIVE))
             if pattern.search(_NEGATIVE.sub("", text) if side == "满意" else text)}
    side = sides.pop() if len(sides) == 1 else None
    if side == "满意" and _RATE_OF.search(re.split(r"[：:，,]", text)[-1]):  # (not the question's 满意度：满意)
        return "满意率"
    degree = _DEGREE.search(text) if side == "满意" else None
    return degree.group(0) if degree is not None else side


def _said_before(side: str, sides: set[str]) -> bool:
    """Whether the answer was given already in the run: itself, or a rate of satisfaction and 满意 or a degree of it
    (满意率85%，非常满意40%: the rate holds the degree)."""
    if side in sides:
        return True
    positive = {"满意", "满意率"}
    if side == "满意率":
        return bool(sides - {"不满意", "一般"})
    return "满意率" in sides and (side in positive or bool(_DEGREE.fullmatch(side)))


def answers_of_a_scale(doc: Doc) -> Iterable[Relation]:
    """评价“一般”的占50%，满意度为36%，不满意度为14%: the shares of one clause group (no 。 or ；between them),
    each said of a different answer of a rating scale, are parts of the people asked: together no more than 100%.
    A share that names no answer, or an answer already given, ends the run (去年满意60%，今年满意70%)."""
    if "满" not in doc.text and "一般" not in doc.text:
        return  # every answer of the scale is written with 满 (满意, 不满) or 一般: no share of this text names one
    run: list[dict] = []
    sides: set[str] = set()
    edge = 0  # where the words of the next share begin: the end of the figure before it
    for claim in doc.claims:
        start = int(claim["start"])
        words = doc.text[max(edge, start - 40):start]
        broken = list(_RUN_BREAK.finditer(words))
        if broken:
            words = words[broken[-1].end():]
        if claim["kind"] != "share" or claim["unit"] != "percent":
            if broken:
                yield from _scale_run(doc, run)
                run, sides = [], set()
            edge = int(claim["end"])
            continue
        side = _side(words)
        if broken or side is None or _said_before(side, sides):
            yield from _scale_run(doc, run)
            run, sides = [], set()
        if side is not None:
            run.append(claim)
            sides.add(side)
        edge = int(claim["end"])
    yield from _scale_run(doc, run)


def _scale_run(doc: Doc, run: list[dict]) -> Iterable[Relation]:
    if len(run) >= 2:
        yield _relation(doc, run, False, "the answers of one rating scale (满意/一般/不满意)")


# The sides of a question put for or against: support, oppose, and those who take neither.
_NEITHER = re.compile(r"\bneither\b|\bneutral\b|\bunsure\b|\bnot\s+sure\b|\bno\s+opinion\b|\bundecided\b|"
                      r"\bdon['’]t\s+know\b|\bdo\s+not\s+know\b", re.IGNORECASE)
_FOR = re.compile(r"\b(?:support|favou?r|back)", re.IGNORECASE)
_AGAINST = re.compile(r"\boppos", re.IGNORECASE)


def _stance(words: str) -> str | None:
    """The side of a question the words after a share take: neither (read first: neither support nor oppose), for,
    or against; None for none or both."""
    if _NEITHER.search(words):
        return "neither"
    sides = {side for side, pattern in (("for", _FOR), ("against", _AGAINST)) if pattern.search(words)}
    return sides.pop() if len(sides) == 1 else None


def sides_of_a_question(doc: Doc) -> Iterable[Relation]:
    """Fifty-seven percent support the research, with 29 percent opposing and 15 percent indicating neither: the
    shares of one sentence each said of a different side (for, against, neither) are parts of the people asked,
    together no more than 100%. A share restated in brackets right after another (two-thirds (64%)) is that one."""
    if _AGAINST.search(doc.text) is None:
        return
    shares = [c for c in doc.claims if c["kind"] == "share" and c["unit"] == "percent"]
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for claim in shares:
        by_sentence.setdefault(doc.sentence(claim), []).append(claim)
    for sentence in by_sentence.values():
        sides: dict[str, dict] = {}
        for index, claim in enumerate(sentence):
            following = sentence[index + 1] if index + 1 < len(sentence) else None
            if following is not None and re.fullmatch(r"\s*[(（]\s*", doc.text[int(claim["end"]):int(
                    following["start"])]):
                continue  # the figure in brackets after it says it again
            stop = int(following["start"]) if following is not None else doc.sentence(claim)[1]
            words = doc.text[int(claim["end"]):min(stop, int(claim["end"]) + 60)]
            side = _stance(re.split(r"[,;]", words.lstrip(" )）"), maxsplit=1)[0])
            if side is None or side in sides:
                sides = {}
                break  # a share of no side, or a side said twice (two questions): not one question's sides
            sides[side] = claim
        if len(sides) >= 2:
            parts = sorted(sides.values(), key=lambda c: int(c["start"]))
            yield _relation(doc, parts, False, f"the sides of one question ({'/'.join(sides)})")


# 61.5%的受访者称已经购买了车票，48.5%的受访者还未购买: one group's share doing a thing and its share not doing it
_ZH_GROUP = re.compile(r"\s*的?(?P<group>受访者|被访者|被调查者|调查对象|网友|用户|消费者|家庭|企业|市民|游客|居民|"
                       r"学生)")
_ZH_NOT = re.compile(r"(?:还未|尚未|仍未|并未|未|没有|没|不)(?:曾|再)?(?P<verb>[\u4e00-\u9fff]{2})")
_ZH_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]|\d")


def negated_answers(doc: Doc) -> Iterable[Relation]:
    """Two shares of one group in one sentence, the second said not to do (还未购买) what the first is said to do
    (已经购买): the two sides of one answer, together no more than 100%."""
    if not any(word in doc.text for word in ("未", "没", "不")):
        return
    shares = [c for c in doc.claims if c["kind"] == "share" and c["unit"] == "percent"]
    for first, second in pairwise(shares):
        if not doc.same_sentence(first, second):
            continue
        groups = [_ZH_GROUP.match(doc.text, int(c["end"])) for c in (first, second)]
        if groups[0] is None or groups[1] is None or groups[0].group("group") != groups[1].group("group"):
            continue
        said = [_zh_said(doc.text, g.end()) for g in groups]
        negated = _ZH_NOT.search(said[1])
        if negated is not None and negated.group("verb") in said[0] \
                and not _ZH_NOT.search(said[0]):  # (已经购买 against 还未购买: the same verb, one side negated)
            yield _relation(doc, [first, second], False, f"the two sides of one answer ({negated.group('verb')})")


def _zh_said(text: str, start: int) -> str:
    """The words after a share's group up to its clause's end."""
    stop = _ZH_CLAUSE_END.search(text, start, start + 40)
    return text[start:stop.start() if stop else start + 40]
