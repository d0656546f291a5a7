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
    templates = ["全市实现地区生产总值{a}亿元，其中第一产业增加值{b}亿元，第二产业增加值{c}亿元，"
                 "第三产业增加值{d}亿元。",
                 "从{a}%提高到{b}%，提高了{c}个百分点。", "一线、二线、三线城市的订单分别占{a}%、{b}%和{c}%。",
                 "公司营收{a}亿元，较去年同期的{b}亿元增长{c}%。", "共调查{n}名受访者，其中{a}%的受访者表示满意。"]
    for _ in range(300):  # figures in the shapes the relations link, with random values (and random nonsense)
        values = {k: rng.choice([str(rng.randint(0, 500)), f"{rng.uniform(0, 120):.1f}", "0", "负3", "九成"])
                  for k in "abcd"}
        texts.append(rng.choice(templates).format(n=rng.randint(1, 3000), **values))
    documents = [Document(f"r{i}.txt", text, "r") for i, text in enumerate(texts)]
    table = claims_table(documents)
    frame = relations_table(table, {d.doc: d.text for d in documents})
    assert len(frame) > 100 and frame["relation"].nunique() >= 4
    assert frame["relation_id"].is_unique
    ids = set(table["claim_id"])
    assert all(set(row.split()) <= ids for row in frame["claim_ids"])
    assert (frame["gap"] >= 0).all() and frame["arithmetic"].str.len().gt(0).all()
