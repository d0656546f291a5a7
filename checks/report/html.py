"""The HTML report: one self-contained page (inline CSS and JavaScript, no network, opens from file://).

Rendered from Jinja2 templates (``templates/``, autoescaped) over the page model of :mod:`checks.report.page`.
Everything is rendered on the server side, so the page reads without JavaScript; the script
(``static/report.js``) only adds sorting, filtering and jumping to claims. The output is deterministic: equal
:class:`~checks.report.data.ReportData` give equal bytes, except for ``generated_at``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from jinja2 import Environment, PackageLoader
from jinja2.ext import Extension
from markupsafe import Markup

from checks.report.claimset import ClaimSet
from checks.report.data import ReportData
from checks.report.page import RANK, SEVERITIES, STATUS_LABEL, STATUSES, Limits, Page, missing, plural, text_of

COLUMNS = (  # the claims table: header, type for sorting
    ("doc", "text"), ("text", "text"), ("severity", "num"), ("findings", "num"), ("value", "num"), ("unit", "text"),
    ("interval", "num"), ("qualifier", "text"), ("kind", "text"), ("direction", "text"), ("projected", "text"),
    ("basis", "text"), ("metric", "text"), ("period", "text"), ("source", "text"), ("support", "text"),
)
# Chinese myriad units, largest first: 4.5e11 reads as 4,500亿, not as twelve digits.
MYRIADS = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


def num(value: object) -> str:
    """A number as a reader writes it: no trailing .0, thousands grouped, never scientific below 10^15."""
    if missing(value) or isinstance(value, bool):
        return "" if missing(value) else str(value)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if math.isinf(number):
        return "∞" if number > 0 else "−∞"
    if number.is_integer() and abs(number) < 1e15:
        return f"{int(number):,}"
    return f"{number:,.12g}"


def short(value: object) -> str:
    """A large number in myriad units (8.26亿, 4,500亿, 1.2万亿) from 10万 up; smaller ones as :func:`num`."""
    if missing(value) or isinstance(value, bool):
        return num(value)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    for size, unit in MYRIADS:
        if abs(number) >= max(size, 1e5) and not math.isinf(number):
            return f"{number / size:,.4f}".rstrip("0").rstrip(".") + unit
    return num(number)


def interval(claim: dict[str, object]) -> str:
    """[lower, upper] with open ends shown as infinities; empty when the claim has no bounds (approx)."""
    lower, upper = claim.get("lower"), claim.get("upper")
    if missing(lower) and missing(upper):
        return ""
    left = "(−∞" if missing(lower) else f"[{short(lower)}"
    right = "+∞)" if missing(upper) else f"{short(upper)}]"
    return f"{left}, {right}"


def projected(value: object) -> str:
    if missing(value):
        return ""
    return "yes (forecast)" if bool(value) else "no"


def source(claim: dict[str, object]) -> str:
    """Who stands behind the figure: 某某集团 (self)."""
    name, kind = text_of(claim.get("source")), text_of(claim.get("source_kind")).replace("_", " ")
    return f"{name} ({kind})" if name else (kind if kind and kind != "none" else "")


def support(claim: dict[str, object]) -> str:
    """The support status and the evidence it rests on: contradicted by 年鉴 = 6 (reference.csv:1, −0.8)."""
    status = text_of(claim.get("support_status"))
    if not status:
        return ""
    if missing(claim.get("evidence_value")):
        return status
    origin = text_of(claim.get("evidence_source"))
    difference = claim.get("evidence_difference")
    detail = ", ".join(part for part in (
        text_of(claim.get("evidence_ref")), "" if missing(difference) else f"difference {num(difference)}") if part)
    return f"{status} by {origin + ' = ' if origin else ''}{num(claim.get('evidence_value'))} ({detail})"


def support_summary(claims: ClaimSet | Sequence[dict[str, object]]) -> str:
    """One line on what stands behind the figures: 18 figures: 0 supported, 0 contradicted, 18 self-reported, …"""
    claims = ClaimSet.of(claims)
    count = Counter(text_of(v) for v in claims.column("support_status"))
    kinds = [text_of(v) for v in claims.column("source_kind")]
    unsourced = sum(1 for kind in kinds if kind in ("none", ""))
    forecasts = sum(1 for value in claims.column("projected") if value is True)
    return (f"{plural(len(claims), 'figure')}: {count.get('supported', 0)} supported, "
            f"{count.get('contradicted', 0)} contradicted, {kinds.count('self')} self-reported, "
            f"{unsourced} without a source, {forecasts} projected")


def reading_rows(claim: dict[str, object]) -> list[tuple[str, str]]:
    """A claim's reading, field by field, for its tooltip."""
    qualifier = text_of(claim.get("qualifier"))
    bounds = interval(claim)
    value = claim.get("value")
    rows = [
        ("value", num(value) + (f" ({short(value)})" if short(value) != num(value) else "")),
        ("unit", text_of(claim.get("unit"))),
        ("interval", f"{bounds} {qualifier}".strip() if bounds else (qualifier and f"no bounds · {qualifier}")),
        ("kind", text_of(claim.get("kind"))),
        ("direction", text_of(claim.get("direction"))),
        ("basis", text_of(claim.get("basis"))),
        ("projected", projected(claim.get("projected"))),
        ("attribution", text_of(claim.get("attribution"))),
        ("source", source(claim)),
        ("support", support(claim)),
        ("metric", text_of(claim.get("metric"))),
        ("period", text_of(claim.get("period"))),
    ]
    if claim.get("vague") and not missing(claim.get("vague")):
        rows.append(("vague", "yes (value is the lower bound)"))
    return rows


class Compact(Extension):
    """Templates are written indented for reading; a line break and the indentation after it are dropped, so
    the page has no stray whitespace between elements. A space that separates words across lines is written."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        return re.sub(r"\n[ \t]*", "", source)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("checks.report", "templates"), autoescape=True, extensions=[Compact],
                      keep_trailing_newline=False)
    env.filters.update(text=text_of, blank=missing, num=num, short=short, interval=interval, projected=projected,
                       source=source, support=support)
    env.globals.update(severities=SEVERITIES, statuses=STATUSES, status_label=STATUS_LABEL, rank=RANK,
                       columns=COLUMNS, plural=plural, reading_rows=reading_rows)
    return env


@lru_cache(maxsize=2)
def _static(name: str) -> Markup:
    """The page's own stylesheet or script, inlined (trusted: it ships with the package)."""
    return Markup((resources.files("checks.report") / "static" / name).read_text(encoding="utf-8"))


def render_html(data: ReportData, limits: Limits | None = None) -> str:
    """The report page for ``data`` as one self-contained HTML document, showing as much as ``limits`` allow."""
    page = Page.build(data, limits)
    title = (f"checks report — {page.verdict} — {plural(len(data.documents), 'document')}, "
             f"{plural(len(data.claims), 'claim')}")
    return environment().get_template("page.html.j2").render(
        page=page, data=data, title=title, css=_static("report.css"), script=_static("report.js"),
        support_summary=support_summary(data.claims))
