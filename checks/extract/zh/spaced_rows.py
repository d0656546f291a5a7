"""Tables whose cells are separated by spaces, as a financial report's tables come out of a PDF copied into a page:

    单位:元
    项目 2023 年 12 月 31 日 2023 年 1 月 1 日 增减变动幅度
    货币资金 83,758,390.47 87,909,965.67 -4.72%

A header of a label column (项目, 指标, 主要会计数据 …), two periods and a change column (增减, 变动幅度, 同比增减)
gives each row below it three figures: the level of the first period, the level of the second, and the rate the
first moved by against the second. The rate is linked to both levels (``after`` and ``base``), so the checks across
figures can judge it. The unit of the levels is the table's (单位:元) or the row label's brackets (基本每股收益(元/股));
percents are rates (净资产收益率 0.73% 2.83%). A row that does not read as three figures ends the table.
"""

from __future__ import annotations

import re

from checks.extract.zh.tables import Cell, unit_of

_HEADER = re.compile(r"^[ \t]*(?:项目|指标(?:名称)?|主要会计数据|主要财务(?:数据|指标)|科目|报表项目)[ \t]+"
                     r"(?P<columns>[^\n]*?)[ \t]*(?:增减(?:变动)?(?:幅度|比例|率)?|变动(?:幅度|比例|率)"
                     r"|同比(?:增减|变动)?|本(?:年|期|报告期)比上年(?:同期)?增减)[ \t]*(?:[（(]%[）)]|%)?[ \t]*$",
                     re.MULTILINE)
_PERIOD = re.compile(r"(?:19|20)\d\d[ \t]*年(?:[ \t]*\d{1,2}[ \t]*月(?:[ \t]*\d{1,2}[ \t]*日)?)?(?:度|末|初)?"
                     r"|本(?:报告)?期(?:末)?|上年(?:同期|度|末)?|上期(?:末)?|本年(?:度)?|期末|期初|年末|年初")
_TABLE_UNIT = re.compile(r"单位[ \t]*[:：][ \t]*(?:人民币)?[ \t]*(?P<unit>元|千元|万元|百万元|亿元)")
_NUMBER = r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|-?\d+(?:\.\d+)?%?"
_ROW = re.compile(rf"^[ \t]*(?P<label>[^\d\s][^\n]*?)[ \t]+(?P<now>{_NUMBER})[ \t]+(?P<then>{_NUMBER})[ \t]+"
                  rf"(?P<rate>{_NUMBER})[ \t]*$")
_BRACKET = re.compile(r"[（(](?P<unit>[^（()）]{1,6})[）)]")
_UNIT_ABOVE = 3  # lines above a header where the table's unit line may stand


def spaced_cells(text: str) -> list[Cell]:
    """The figures of every space-separated table of ``text`` with a header of two periods and a change."""
    found: list[Cell] = []
    for header in _HEADER.finditer(text):
        periods = [re.sub(r"\s+", "", m.group(0)) for m in _PERIOD.finditer(header.group("columns"))]
        if len(periods) != 2:
            continue
        above = text[:header.start()].split("\n")[-_UNIT_ABOVE - 1:]
        table_unit = next((m.group("unit") for line in reversed(above) for m in [_TABLE_UNIT.search(line)] if m),
                          None)
        at = header.end() + 1
        while at < len(text):
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            row = _ROW.match(text[at:end])
            if row is None:
                break
            found.extend(_row_cells(at, row, periods, table_unit))
            at = end + 1
    return found


def _row_cells(offset: int, row: re.Match[str], periods: list[str], table_unit: str | None) -> list[Cell]:
    label = row.group("label").strip()
    bracket = _BRACKET.search(label)
    metric = _BRACKET.sub("", label).strip() or None
    now, then, rate = row.group("now"), row.group("then"), row.group("rate")
    if not rate.endswith("%") or now.endswith("%") != then.endswith("%") or not metric:
        return []
    if now.endswith("%"):
        unit, scale, family, kind = "percent", 1.0, "percent", "ratio"
    else:
        unit, scale, family = unit_of(bracket.group("unit").split("/")[0]) if bracket else (None, 1.0, "count")
        if unit is None and table_unit is not None:
            unit, scale, family = unit_of(table_unit)
        kind = "level"
        if unit is None:
            return []
    cells = []
    for name, period in (("now", periods[0]), ("then", periods[1])):
        value = float(row.group(name).rstrip("%").replace(",", "")) * scale
        cells.append(Cell(offset + row.start(name), offset + row.end(name), value, unit, family, kind, None, None,
                          None, metric, None, period))
    value = float(rate.rstrip("%").replace(",", ""))
    cells.append(Cell(offset + row.start("rate"), offset + row.end("rate"), value, "percent", "percent", "growth",
                      "down" if value < 0 else "up", None, None, metric, None, periods[0],
                      after=cells[0].start, base=cells[1].start))
    return cells
