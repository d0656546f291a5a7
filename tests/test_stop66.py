"""The forms read at stop 66, before its blind set was read: a stock index named after its exchange's letters, a
reach back in time that is no figure of a quantity, a change and its rate set off by commas before "more than", tax
collections as a quantity, and a Chinese member's movement read as its level's quantity."""

from __future__ import annotations

from checks.extract import extract


def _read(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(c.text, c.kind, c.subject, c.segment, c.metric) for c in extract(text, doc="t")]


def test_an_index_named_after_its_exchanges_letters_is_read_as_its_level() -> None:
    assert _read("BSE Sensex ended the day 568.90 points or 0.94 per cent higher at 61,305.95.") == [
        ("568.90 points", "change", "BSE Sensex", None, "index level"),
        ("0.94 per cent", "growth", "BSE Sensex", None, "index level"),
        ("61,305.95", "level", "BSE Sensex", None, "index level")]
    assert [c.metric for c in extract("The DSEX, the prime index of the bourse, advanced 35.29 points.", "t")] == [
        "index level"]


def test_a_reach_back_in_time_is_no_figure_before() -> None:
    claims = extract("Samsung's operating profit reached 6.3 trillion won in the third quarter. From three months "
                     "before, the figure jumped 10.46 percent.", doc="t")
    assert [(c.text, c.kind, c.metric) for c in claims] == [
        ("6.3 trillion won", "level", "operating profit"), ("three months", "duration", None),
        ("10.46 percent", "growth", "operating profit")]
    # a window of time that ends where the text says still is one, in its own sentence only
    window = extract("Sales were $5 million. In the three months ended June, they rose 4%.", doc="t")
    assert [(c.text, c.metric) for c in window] == [("$5 million", "sales"), ("4%", None)]


def test_a_change_and_its_rate_set_off_by_commas_before_more_than() -> None:
    assert _read("Total tax collections for August were $543.2 million. That is $40.2 million, or 8.0%, more than "
                 "the estimate.") == [
        ("$543.2 million", "level", None, None, "tax collections"),
        ("$40.2 million", "change", None, None, "tax collections"),
        ("8.0%", "growth", None, None, "tax collections")]
    # a share set off by commas stays a share
    assert [c.kind for c in extract("Revenue was $5 billion, or 40%, of the total.", doc="t")] == ["level", "share"]


def test_a_members_movement_is_of_its_levels_quantity() -> None:
    claims = extract("4月份，全省发电量120亿千瓦时，同比增长5.2%。其中，水电25亿千瓦时，同比下降2.0%；"
                     "风电10亿千瓦时，增长12.5%。", doc="t")
    assert [(c.text, c.segment, c.metric) for c in claims] == [
        ("120亿千瓦时", None, "发电量"), ("5.2%", None, "发电量"), ("25亿千瓦时", "水电", "发电量"),
        ("2.0%", "水电", "发电量"), ("10亿千瓦时", "风电", "发电量"), ("12.5%", "风电", "发电量")]
    # across a full stop the movement is its own sentence's
    apart = extract("其中，水电25亿千瓦时。水电同比下降2.0%。", doc="t")
    assert apart[1].segment is None
