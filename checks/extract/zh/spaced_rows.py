"""Tables whose cells are separated by spaces, as a financial report's tables come out of a PDF copied into a page:

    单位:元
    项目 2023 年 12 月 31 日 2023 年 1 月 1 日 增减变动幅度
    货币资金 83,758,390.47 87,909,965.67 -4.72%

A header of a label column (项目, 指标, 主要会计数据 …), two periods and a change column (增减, 变动幅度, 同比增减)
gives each row below it three figures: the level of the later period, the level of the earlier, and the rate the
later moved by against the earlier. The rate is linked to both levels (``after`` and ``base``), so the checks across
figures can judge it. The unit of the levels is the row label's brackets (基本每股收益(元/股)) or the table's
(单位:元); a bracket of a unit that cannot be read (总股本(万股)) leaves the row alone. A row of rates (净资产收益率
9.93% 10.81% -0.88%) gives its change unlinked: reports write the change of a rate in points or as a rate of its own,
with the same "%". A row that does not read as three figures ends the table. Lines are read by splitting
them on spaces, never by patterns that could try a run of spaces many ways.
"""

from __future__ import annotations

import math
import re

from checks.extract.zh.tables import Cell, unit_of

_LABELS = ("项目", "指标", "主要会计数据", "主要财务数据", "主要财务指标", "科目", "报表项目")
_CHANGE_WORDS = ("增减", "变动", "同比")  # one of which every change column below holds
_CHANGE_COLUMN = re.compile(r"(?:增减(?:变动)?(?:幅度|比例|率)?|变动(?:幅度|比例|率)|同比(?:增减|变动)?"
                            r"|本(?:年|期|报告期)比上年(?:同期)?增减)(?:[（(]%[）)]|%)?$")
_PERIOD = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}[-－—~至]\d{1,2}月|上半年|下半年|前三季度|第?[一二三四1-4]季度|"
                     r"\d{1,2}月(?:\d{1,2}日)?)?(?:度|末|初)?"
                     r"|本(?:报告)?期(?:末)?|上年(?:同期|度|末)?|上期(?:末)?|本年(?:度)?|期末|期初|年末|年初")
_TABLE_UNIT = re.compile(r"单位[ \t]*[:：][ \t]*(?:人民币)?[ \t]*(?P<unit>元|千元|万元|百万元|亿元)")
_NUMBER = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|-?\d+(?:\.\d+)?%?")
_BRACKET = re.compile(r"[（(](?P<unit>[^（()）]{1,6})[）)]")
_TOKEN = re.compile(r"[^ \t]+")
_UNIT_ABOVE = 3  # lines above a header where the table's unit line may stand
_YEAR = re.compile(r"(?:19|20)\d\d")


def spaced_cells(text: str) -> list[Cell]:
    """The figures of every space-separated table of ``text`` with a header of two periods and a change."""
    if not any(word in text for word in _CHANGE_WORDS) or not any(label in text for label in _LABELS):
        return []  # (most texts have no such header: their lines are not read one by one)
    found: list[Cell] = []
    lines = _lines(text)
    for number, (_, line) in enumerate(lines):
        header = _header_periods(line)
        if header is None:
            continue
        above = [text_line for _, text_line in lines[max(0, number - _UNIT_ABOVE):number + 1]]
        table_unit = next((m.group("unit") for row in reversed(above) for m in [_TABLE_UNIT.search(row)] if m),
                          None)
        for row_start, row in (lines[k] for k in range(number + 1, len(lines))):  # (no copy of the rest per header)
            cells = _row_cells(row_start, row, header, table_unit)
            if cells is None:
                break
            found.extend(cells)
    return found


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of the text with its offset."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _header_periods(line: str) -> tuple[list[str], bool] | None:
    """The two periods of a header line, later first, and whether the earlier's column comes first (项目 2022年
    2023年 增减: 2023年 and 2022年, swapped), or None."""
    stripped = line.strip(" \t")
    if not stripped.startswith(_LABELS) or not _CHANGE_COLUMN.search(stripped):
        return None
    columns = re.sub(r"[ \t]+", "", stripped)
    columns = columns[:_CHANGE_COLUMN.search(columns).start()]  # type: ignore[union-attr]  # (本年比上年增减: no period)
    periods = [m.group(0) for m in _PERIOD.finditer(columns)]
    if len(periods) != 2:
        return None
    years = [_YEAR.match(period) for period in periods]
    if years[0] and years[1] and int(years[0].group(0)) < int(years[1].group(0)):
        return [periods[1], periods[0]], True
    return periods, False


def _row_cells(offset: int, line: str, header: tuple[list[str], bool], table_unit: str | None) -> list[Cell] | None:
    """The cells of a row (none for a row of rates), or None when the line is no row: the table has ended."""
    tokens = list(_TOKEN.finditer(line))
    if len(tokens) < 4 or not all(_NUMBER.fullmatch(t.group(0)) for t in tokens[-3:]) \
            or tokens[0].group(0)[0].isdigit():
        return None
    label = line[tokens[0].start():tokens[-4].end()]
    numbers = tokens[-3:]
    first, second, rate = (t.group(0) for t in numbers)
    if not rate.endswith("%") or first.endswith("%") != second.endswith("%"):
        return None
    bracket = _BRACKET.search(label)
    metric = _BRACKET.sub("", label).strip()
    if not metric:
        return None
    if first.endswith("%"):
        unit, scale, family, kind = "percent", 1.0, "percent", "ratio"
    else:
        unit, scale, family = unit_of(bracket.group("unit").split("/")[0]) if bracket else (None, 1.0, "count")
        if bracket is None and table_unit is not None:
            unit, scale, family = unit_of(table_unit)
        kind = "level"
        if unit is None:
            return []  # (总股本(万股): a unit the reader does not know, not the table's 元)
    periods, swapped = header
    later, earlier = (numbers[1], numbers[0]) if swapped else (numbers[0], numbers[1])
    cells = []
    for token, period in ((later, periods[0]), (earlier, periods[1])):
        value = float(token.group(0).rstrip("%").replace(",", "")) * scale
        if not math.isfinite(value):
            return []
        cells.append(Cell(offset + token.start(), offset + token.end(), value, unit, family, kind, None, None,
                          None, metric, None, period))
    value = float(rate.rstrip("%").replace(",", ""))
    if not math.isfinite(value):
        return sorted(cells, key=lambda cell: cell.start)
    linked = kind != "ratio"  # (a rate's change, in points or relative, is told with no word to say which)
    cells.append(Cell(offset + numbers[2].start(), offset + numbers[2].end(), value, "percent", "percent", "growth",
                      "down" if value < 0 else "up", None, None, metric, None, periods[0],
                      after=cells[0].start if linked else None, base=cells[1].start if linked else None))
    return sorted(cells, key=lambda cell: cell.start)
