"""Forms of stop 55, from clean39's reviewed readings (not blind: read after their measurement), on sentences written
for these tests: a movement graded before its figure; the object a verb moved from one level to another; a ranking's
leader and the places after it, each with the quantity named once."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str, figure: str) -> dict:
    return next(vars(claim) for claim in extract(text) if claim.text == figure)


def test_a_movement_graded_before_its_figure_is_a_growth_of_the_quantity_that_moved() -> None:
    text = "Air arrivals grew a strong 9.9 percent to 667,874 from 607,986 last year."
    assert (_read(text, "9.9 percent")["kind"], _read(text, "9.9 percent")["metric"]) == ("growth", "Air arrivals")
    assert _read(text, "607,986")["metric"] == "Air arrivals"


def test_the_object_a_verb_moved_from_one_level_to_another_is_the_levels_quantity() -> None:
    text = "The Central Bank raised the policy rate from 19% to 22%."
    assert [_read(text, figure)["metric"] for figure in ("19%", "22%")] == ["policy rate", "policy rate"]
    assert _read("The Committee will raise the reserve requirement from 12 percent to 15 percent.",
                 "12 percent")["metric"] == "reserve requirement"


def test_a_ranking_s_leader_and_the_places_after_it_share_the_quantity_named_once() -> None:
    text = ("Texas leads all states with 37,443 MW of cumulative clean power capacity installed, followed by "
            "California (20,354 MW) and Iowa (11,394 MW).")
    leader, second = _read(text, "37,443 MW"), _read(text, "20,354 MW")
    assert (leader["subject"], leader["metric"]) == ("Texas", "cumulative clean power capacity")
    assert (second["subject"], second["metric"]) == ("California", "cumulative clean power capacity")
    assert _read("Exports led all sectors with 5,000 MW.", "5,000 MW")["subject"] is None  # a quantity, no party
