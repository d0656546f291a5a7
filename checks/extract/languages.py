"""Which grammar reads which part of a document: the document's language, and the runs of sentences written in the
other one (an English quote in a Chinese article, a Chinese name and figure in an English one).

A document is read in its own language (:func:`language`); a sentence, or a quotation, switches to the other only
on clear evidence: in a Chinese document, a stretch with no Chinese character and at least three Latin words; in an
English one, a stretch where Chinese characters make up a fifth of the letters and there are at least two of them.
A stretch with no letters (a line of figures) stays in the language around it. A single-language document is one
run and is read exactly as a whole.
"""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
# Where a stretch ends: the marks that end sentences, and quotation marks (a quote is a stretch of its own).
_STRETCH_END = re.compile(r"[。！？；!?;\n“”「」\"]|\.(?=\s|$)")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
# CJK characters are counted by their runs, fewer than the runs of the rest in Chinese text.
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Letters are counted in the text's UTF-8 bytes, where a test is cheap: a Latin letter is one byte A-Z or a-z (every
# other byte deleted, the rest counted, in C); a character of U+5000-U+9FFF opens with a byte E5-E9, one of
# U+4E00-U+4FFF with E4 (as do the rare U+4000-U+4DFF). The CJK characters number between those opened by E5-E9 and
# those opened by E4-E9: the engine's count of them (a fiftieth of the extraction of a short Chinese article) is
# needed only where these bounds do not decide.
_ALL_BUT_LETTERS = bytes(byte for byte in range(256) if not chr(byte).isascii() or not chr(byte).isalpha())
_CJK_LEAD_BYTES = b"\xe5\xe6\xe7\xe8\xe9"
# Three Latin words with no Chinese character and no sentence mark between them: where an English stretch of a
# Chinese document can be (no letter in the gaps, so the match never backtracks into a word).
# Written to open with a class of letters (not a lookahead): the engine then skips the text up to a letter by itself.
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z]+[^\u4e00-\u9fffA-Za-z。！？；!?;\n“”「」\"]*"
                          r"(?:[A-Za-z]{2,}[^\u4e00-\u9fffA-Za-z。！？；!?;\n“”「」\"]*){2}")


def language(text: str) -> str:
    """zh or en: Chinese when CJK characters make up a fifth of the letters, else English."""
    sample = text[:4000]
    if "://" in sample or "www." in sample:
        sample = _ADDRESS.sub("", sample)  # a long web address is no sign of English
    if _CJK.search(sample) is None:  # no Chinese character: nothing to count (most English text)
        return "en" if _LATIN.search(sample) else "zh"
    encoded = sample.encode("utf-8", "surrogatepass")  # a lone surrogate (ED A0-BF ..) is neither letter
    latin = len(encoded.translate(None, _ALL_BUT_LETTERS))
    cjk = len(encoded) - len(encoded.translate(None, _CJK_LEAD_BYTES))  # at least; exactly, where that decides
    if cjk * 4 < latin <= (cjk + encoded.count(b"\xe4")) * 4:
        cjk = sum(map(len, _CJK_RUN.findall(sample)))
    return "zh" if cjk and cjk * 4 >= latin else "en" if latin else "zh"


def _stretch_language(stretch: str, document: str) -> str | None:
    """The language a stretch is read in, None where it gives no sign (it follows the stretch before)."""
    sample = _ADDRESS.sub("", stretch) if "/" in stretch else stretch
    if document == "zh":
        return "zh" if _CJK.search(sample) else "en" if len(_LATIN_WORD.findall(sample)) >= 3 else None
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample)) if cjk >= 2 else 0
    return "zh" if cjk >= 2 and cjk * 4 >= latin else "en" if re.search(r"[A-Za-z]", sample) else None


def runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, language) of the runs of same-language stretches of ``text`` (width-folded), in order, covering
    it whole. One run for a single-language document."""
    document = language(text)
    if not text or (document == "zh" and not _LATIN_WORDS.search(text)) or (
            document == "en" and len(_CJK.findall(text, 0, len(text))) < 2):
        return [(0, len(text), document)]  # no stretch could switch: one run, found without reading sentences
    found: list[tuple[int, int, str]] = []
    start, current = 0, document
    # a web address is not cut at its ? or . (…/search?q=30%25 is one stretch, read in the language around it)
    marks = _ADDRESS.sub(lambda m: "x" * len(m.group(0)), text) if "/" in text else text
    for mark in _STRETCH_END.finditer(marks):
        current = _extend(found, text, start, mark.end(), current, document)
        start = mark.end()
    if start < len(text):
        _extend(found, text, start, len(text), current, document)
    return found


def _extend(found: list[tuple[int, int, str]], text: str, start: int, end: int, current: str, document: str) -> str:
    """Adds the stretch text[start:end] to the runs; gives the language it is read in."""
    lang = _stretch_language(text[start:end], document) or current
    if found and found[-1][2] == lang:
        found[-1] = (found[-1][0], end, lang)
    else:
        found.append((start, end, lang))
    return lang
