"""A roundup's sections owned by the company each opens by letting speak (carry.py, section_owners); texts written
for this test."""

from __future__ import annotations

from checks.extract import extract

_ROUNDUP = (
    "Retailers reported on Tuesday.\n"
    "* Norvale Inc., the largest maker of garden tools, said quarterly profit rose 12%.\n"
    "Sales rose 4% to $1.2 billion.\n"
    "* Citing strong demand for its boots, Tarn & Brook Co. said profit rose 8% to $41 million.\n"
    "Sales grew 6% to $390 million.\n"
    "* Outdoor chain Pellow -- Hart & Sons said fiscal second-quarter earnings rose 3% to $2.1 million.\n"
    "* Luxury retailer Quillon Inc. posted a loss.\n"
    "For the quarter, the company’s loss totaled $9.9 million. Revenue fell 17% to $310 million.\n")


def _owners(text: str) -> dict[str, str | None]:
    return {claim.text: claim.subject for claim in extract(text, "d")}


def test_each_section_is_its_speaking_companys() -> None:
    owners = _owners(_ROUNDUP)
    assert owners["12%"] == owners["$1.2 billion"] == "Norvale Inc."
    assert owners["8%"] == owners["$390 million"] == "Tarn & Brook Co."
    assert owners["$2.1 million"] == "Pellow -- Hart & Sons"
    assert owners["$9.9 million"] == owners["$310 million"] == "Quillon Inc."


def test_one_company_speaking_twice_is_no_roundup() -> None:
    text = ("Engine maker Norvale Inc. said profit rose 5.6%.\nShares rose 4.1% in midday trading.\n"
            "Norvale said revenue rose 3.7% to $5.02 billion.\n")
    assert _owners(text)["4.1%"] != "Norvale Inc."


def test_a_party_named_after_while_or_a_dateline_owns_no_section() -> None:
    text = ("Kestrel’s sales jumped 16 percent to 140,393 vehicles, while Brindle Motor Co. said sales rose 20.3 "
            "percent to 104,855 vehicles.\nOverall sales rose 2 percent.\n"
            "* Outdoor chain Pellow Inc. said profit rose 3% to $2.1 million.\n")
    assert _owners(text)["2 percent"] != "Brindle Motor Co."
    text = ("OTTAWA (AP) — The maker of phones Research in Motion posted a 33 percent increase in profit.\n"
            "The company earned $643 million.\n")
    assert _owners(text)["$643 million"] != "OTTAWA"
