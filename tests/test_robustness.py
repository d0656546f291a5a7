"""Odd input never breaks extraction: random strings built from the characters figures are made of."""

from __future__ import annotations

import random

from checks.claims import claims_table
from checks.documents import Document
from checks.extract import extract, numbers
from checks.relations import relations_table

ALPHABET = ("0123456789.,%％一二三四五六七八九十百千万亿两零〇超近约余多以上左右个件元美元倍成折第年月日天从到至增长"
            "下降占比其中分别、，。；—-~^/负又 \u3000\nabcxPERCNTGWkm$£€")


def test_random_text_gives_well_formed_claims_and_no_error() -> None:
    rng = random.Random(20211021)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 80))) for _ in range(1500)]
    texts += ["6.23x10^-4", "负1/3~负三分之一", "0^-1", "PERCENT 5 PERCENT", "1e999", "9" * 400]
    for text in texts:
        for claim in extract(text, "r"):
            assert text[claim.start:claim.end] == claim.text and claim.start < claim.end
            assert claim.lower is None or claim.upper is None or claim.lower <= claim.upper
        for number in numbers(text):
            assert text[number.start:number.end] == number.text
    documents = [Document(f"r{i}.txt", text, "r") for i, text in enumerate(texts)]
    table = claims_table(documents)
    relations_table(table, {d.doc: d.text for d in documents})
