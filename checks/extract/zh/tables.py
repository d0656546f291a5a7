"""Tables written with | in Chinese texts: the figures of their cells, read by their row and column.

Two layouts are read: a row a line (``第二产业 | 339.85 | 4.5 |`` under ``| 绝对数 (亿元) | 比上年增长 (%) |``) and
a cell a line (``名次 |``, ``省区市 |``, ``旅游总收入\\n(亿元)\\n|`` … then the rows, six cells each). A column's
header gives the unit of its bare numbers (亿元, 万人次, %), whether they are growth rates (同比增长, 比上年增长) or
ranks (名次), and the quantity (旅游总收入); a growth column measures the quantity of the column before it. A row's
label is the owner of the figures (四川) when the header names the quantity, else the quantity itself (地区生产总值),
or a member of a breakdown (第二产业) named in the text with its quantity (第二产业增加值). A column whose unit
cannot be told is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checks.extract.zh.measure import PERIOD_CUE, clean
from checks.extract.zh.vocabulary import SEGMENTS

_PARENS = re.compile(r"[（(]\s*(?P<unit>[^（()）]{1,6}?)\s*[）)]")
_GROWTH = re.compile(r"(?P<basis>同比|比上年|比去年|较上年|较去年|比上年同期)?(?:增长|增速|增幅|增减)(?:率)?(?:\s*%)?")
_RANK = re.compile(r"^(?:名次|排名|排序|位次|序号)$")
_NOT_A_NAME = re.compile(r"^(?:绝对数|数值|数量|总量|绝对值|金额|指标|项目|)$")
_NUMBER = re.compile(r"(?P<sign>-)?\d+(?:\.\d+)?(?P<percent>%)?")
_SENTENCE = re.compile(r"[。，；！？,;]")
_MAX_CELL = 24  # characters a cell may have: a longer stretch between two | is prose


@dataclass(frozen=True)
class Cell:
    """A figure of a table: where it stands, its value and unit, and what its row and column say it measures."""

    start: int
    end: int
    value: float
    unit: str
    family: str
    kind: str
    direction: str | None
    basis: str | None
    subject: str | None
    metric: str | None
    segment: str | None
    period: str | None
    after: int | None = None  # for a rate: the start of the cell of the level it moved to (spaced_rows.py)
    base: int | None = None  # and of the level it moved from


@dataclass(frozen=True)
class _Column:
    unit: str | None
    scale: float
    family: str
    kind: str
    basis: str | None
    name: str | None


def cells(text: str) -> list[Cell]:
    """The figures of every table of ``text`` that can be read (none when it has no |)."""
    if "|" not in text:
        return []
    found: list[Cell] = []
    for block in _blocks(text):
        rows = _rows(text, block)
        if rows is not None:
            found.extend(_read(text, block[0][1], rows))
    return found


def _blocks(text: str) -> list[list[tuple[str, int]]]:
    """Runs of short cells between |, each cell with its offset; a cell with sentence punctuation ends a run."""
    blocks: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    start = text.rfind("\n", 0, text.find("|")) + 1
    for bar in (m.start() for m in re.finditer(r"\|", text)):
        cell = text[start:bar]
        if len(cell.strip()) > _MAX_CELL or _SENTENCE.search(cell) or cell.count("\n") > 3:
            if len(current) >= 6:
                blocks.append(current)
            current = []
            start = text.rfind("\n", 0, bar) + 1
            cell = text[start:bar]
        current.append((cell, start))
        start = bar + 1
    if len(current) >= 6:
        blocks.append(current)
    return blocks


def _number(cell: str) -> re.Match[str] | None:
    return _NUMBER.fullmatch(cell.strip())


def _rows(text: str, block: list[tuple[str, int]]) -> list[list[tuple[str, int]]] | None:
    """The header and rows of a block: a line a row when its lines hold several |, else rows as wide as the
    header (the cells before the first number)."""
    first_line = text[block[0][1]:text.find("\n", block[0][1])]
    if first_line.count("|") >= 2:
        rows: list[list[tuple[str, int]]] = [[]]
        for cell, start in block:
            if "\n" in cell and rows[-1]:
                rows.append([])
                start += cell.rfind("\n") + 1
                cell = cell[cell.rfind("\n") + 1:]
            rows[-1].append((cell, start))
        width = len(rows[0])
        return rows if width >= 2 and all(len(r) == width for r in rows[1:]) and len(rows) >= 3 else None
    width = next((i for i, (cell, _) in enumerate(block) if _number(cell)), 0)
    body = block[width:]
    if width < 2 or len(body) < 2 * width or len(body) % width:
        return None
    return [block[:width]] + [body[i:i + width] for i in range(0, len(body), width)]


def _column(header: str) -> _Column:
    name = re.sub(r"\s+", "", header)
    unit_text = _PARENS.search(name)
    bare = _PARENS.sub("", name)
    if _RANK.match(bare):
        return _Column("count", 1.0, "rank", "rank", None, None)
    growth = _GROWTH.fullmatch(bare)
    unit, scale, family = None, 1.0, "count"
    if unit_text is not None:
        unit, scale, family = unit_of(unit_text.group("unit"))
    if growth is not None:
        return _Column("percent" if unit in (None, "percent") else None, 1.0, "percent", "growth",
                       growth.group("basis"), None)
    return _Column(unit, scale, family, "level", None, None if _NOT_A_NAME.match(bare) else bare)


def unit_of(written: str) -> tuple[str | None, float, str]:
    """The unit of a header's brackets (亿元, 万人次, %), read as the figures of the text are."""
    from checks.extract import mentions

    if written == "%":
        return "percent", 1.0, "percent"
    found = mentions(f"1{written}")
    if len(found) != 1 or found[0].end != len(written) + 1 or found[0].unit in ("percent", "pp"):
        return None, 1.0, "count"
    return found[0].unit, found[0].value, found[0].family


def _read(text: str, start: int, rows: list[list[tuple[str, int]]]) -> list[Cell]:
    columns = [_column(cell) for cell, _ in rows[0]]
    for index, column in enumerate(columns):  # a growth column measures the quantity of the column before it
        if column.kind == "growth" and index and columns[index - 1].name:
            columns[index] = _Column(column.unit, 1.0, "percent", "growth", column.basis, columns[index - 1].name)
        if column.kind == "rank":  # 名次: the place by the first quantity the table names
            ranked = next((c.name for c in columns if c.kind == "level" and c.name and c.unit), None)
            columns[index] = _Column(column.unit, 1.0, "rank", "rank", None, ranked)
    labels = [i for i, _ in enumerate(columns) if all(not _number(row[i][0]) for row in rows[1:])]
    if len(labels) != 1 and not (len(labels) == 2 and columns[labels[0]].kind == "rank"):
        return []
    label_at = labels[-1]
    title_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    periods = [m.group(0) for m in PERIOD_CUE.finditer(text[title_start:start])]
    period = periods[0] if periods else None
    found = []
    for row in rows[1:]:
        label = re.sub(r"\s+", "", row[label_at][0])
        for column, (cell, offset) in zip(columns, row, strict=True):
            number = _number(cell)
            if number is None or column.unit is None or (column.unit == "percent") != (column.kind == "growth") \
                    or (bool(number.group("percent")) and column.kind != "growth"):
                continue  # a column of no known unit; a percent in a column of amounts
            begin = offset + len(cell) - len(cell.lstrip())
            value = float(number.group(0).rstrip("%")) * column.scale
            subject, metric, segment = _owner(text, label, column)
            direction = None if column.kind != "growth" else ("down" if value < 0 else "up")
            found.append(Cell(begin, begin + len(number.group(0)), value, column.unit, column.family, column.kind,
                              direction, column.basis, subject, metric, segment, period))
    return found


def _owner(text: str, label: str, column: _Column) -> tuple[str | None, str | None, str | None]:
    """(subject, metric, segment) of a cell: the row is the owner when the column names the quantity."""
    if column.name:
        return label, column.name, None
    if label in SEGMENTS:  # 第二产业: the quantity the text gives this member (第二产业增加值339.85亿元)
        named = re.search(rf"{re.escape(label)}(?P<name>[\u4e00-\u9fff]{{2,6}}?)(?=\d|为|达|实现)", text)
        return None, clean(named.group("name")) if named else None, label
    return None, label, None
