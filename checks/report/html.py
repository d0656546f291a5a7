"""The HTML report: one self-contained page (inline CSS and JavaScript, no network, opens from file://).

Everything is rendered on the server side so that the page reads without JavaScript; the script only adds
sorting, filtering and jumping to claims. The output is deterministic: equal :class:`ReportData` give equal
bytes, except for ``generated_at``.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape

from checks.report.data import ReportData
from checks.validate.findings import Finding, Outcome
from checks.validate.suites import Suite

SEVERITIES = ("critical", "warning", "info")
STATUSES = (*SEVERITIES, "ok")  # a claim's status is its worst finding's severity, or ok
STATUS_LABEL = {"critical": "critical", "warning": "warning", "info": "info", "ok": "no finding"}
RANK = {status: rank for rank, status in enumerate(STATUSES)}
KINDS = ("share", "growth", "change", "level", "duration", "multiple", "rank", "other")

# A paragraph break: a line break with the whitespace around it (including a full-width indent), or a run of
# two or more ideographic spaces, which is how many Chinese news texts separate paragraphs on a single line.
PARAGRAPH_BREAK = re.compile(r"[^\S\n]*\n\s*|\u3000{2,}")

# How many flagged claims an expectation lists before pointing to the claims table; keeps pages of large
# corpora readable while every claim stays reachable from the table.
MAX_LISTED = 60


def _e(value: object) -> str:
    """Escaped text for element content and quoted attributes."""
    return escape("" if value is None else str(value), quote=True)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _num(value: object) -> str:
    """A number as a reader writes it: no trailing .0, thousands grouped, never scientific below 10^15."""
    if _missing(value) or isinstance(value, bool):
        return "" if _missing(value) else str(value)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if math.isinf(number):
        return "∞" if number > 0 else "−∞"
    if number.is_integer() and abs(number) < 1e15:
        return f"{int(number):,}"
    return f"{number:,.12g}"


# Chinese myriad units, largest first: 4.5e11 reads as 4,500亿, not as twelve digits.
MYRIADS = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


def _short(value: object) -> str:
    """A large number in myriad units (8.26亿, 4,500亿, 1.2万亿) from 10万 up; smaller ones as :func:`_num`."""
    if _missing(value) or isinstance(value, bool):
        return _num(value)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    for size, unit in MYRIADS:
        if abs(number) >= max(size, 1e5) and not math.isinf(number):
            return f"{number / size:,.4f}".rstrip("0").rstrip(".") + unit
    return _num(number)


def _int(value: object, default: int = -1) -> int:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return default if math.isnan(number) else int(number)


def _text(value: object) -> str:
    return "" if _missing(value) else str(value)


def _interval(claim: dict[str, object]) -> str:
    """[lower, upper] with open ends shown as infinities; empty when the claim has no bounds (approx)."""
    lower, upper = claim.get("lower"), claim.get("upper")
    if _missing(lower) and _missing(upper):
        return ""
    left = "(−∞" if _missing(lower) else f"[{_short(lower)}"
    right = "+∞)" if _missing(upper) else f"{_short(upper)}]"
    return f"{left}, {right}"


def _projected(value: object) -> str:
    if _missing(value):
        return ""
    return "yes (forecast)" if bool(value) else "no"


def _dash(text: str) -> str:
    """Escaped text, or a muted dash for an empty field."""
    return _e(text) if text else '<span class="none">—</span>'


@dataclass
class _Model:
    """What the page needs, precomputed and deterministically ordered."""

    data: ReportData
    claims: list[dict[str, object]] = field(default_factory=list)
    by_id: dict[str, dict[str, object]] = field(default_factory=dict)
    findings: dict[str, list[Finding]] = field(default_factory=dict)  # claim_id -> findings, worst first
    status: dict[str, str] = field(default_factory=dict)  # claim_id -> worst severity or ok
    related: dict[str, list[str]] = field(default_factory=dict)  # claim_id -> claims sharing a finding_id
    outcomes: list[Outcome] = field(default_factory=list)
    anchors: dict[str, str] = field(default_factory=dict)  # expectation_id -> anchor id

    @classmethod
    def build(cls, data: ReportData) -> _Model:
        model = cls(data)
        model.claims = sorted(data.claims, key=lambda c: (
            _text(c.get("doc")), _int(c.get("start")), _int(c.get("end")), _text(c.get("claim_id"))))
        for claim in model.claims:
            model.by_id.setdefault(_text(claim.get("claim_id")), claim)
        findings = sorted(data.validation.findings, key=lambda f: (
            RANK.get(f.severity, len(RANK)), f.expectation_id, f.finding_id, f.claim_id))
        by_claim: dict[str, list[Finding]] = defaultdict(list)
        groups: dict[str, set[str]] = defaultdict(set)
        for finding in findings:
            by_claim[finding.claim_id].append(finding)
            groups[finding.finding_id].add(finding.claim_id)
        model.findings = dict(by_claim)
        for claim_id, claim_findings in by_claim.items():
            model.status[claim_id] = claim_findings[0].severity if claim_findings[0].severity in RANK else "info"
            others = set().union(*(groups[f.finding_id] for f in claim_findings)) - {claim_id}
            if others:
                model.related[claim_id] = sorted(others, key=model.position)
        model.outcomes = sorted(data.validation.outcomes, key=lambda o: (
            o.success, RANK.get(o.spec.severity, len(RANK)), o.spec.suite, o.spec.position, o.spec.expectation_id))
        model.anchors = {o.spec.expectation_id: f"exp-{index}" for index, o in enumerate(model.outcomes, start=1)}
        return model

    def position(self, claim_id: str) -> tuple[str, int, str]:
        claim = self.by_id.get(claim_id, {})
        return _text(claim.get("doc")), _int(claim.get("start")), claim_id

    def claim_status(self, claim_id: str) -> str:
        return self.status.get(claim_id, "ok")


def render_html(data: ReportData) -> str:
    """The report page for ``data`` as one self-contained HTML document."""
    model = _Model.build(data)
    verdict = "PASSED" if data.exit_status == 0 else "FAILED"
    title = (f"checks report — {verdict} — {_plural(len(data.documents), 'document')}, "
             f"{_plural(len(data.claims), 'claim')}")
    body = "\n".join((
        _topbar(model, verdict),
        '<main class="page">',
        _banner(model, verdict),
        _overview(model),
        _expectations(model),
        _documents(model),
        _claims_table(model),
        "</main>",
        f'<footer class="page-footer">Generated by checks {_e(data.tool_version)} at '
        f'<time datetime="{_e(data.generated_at)}">{_e(data.generated_at)}</time>. '
        "This page is self-contained: it loads nothing from the network.</footer>",
    ))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f'<body>\n{body}\n<script>{SCRIPT}</script>\n</body>\n</html>\n'
    )


# --- the verdict ------------------------------------------------------------------------------------------------


def _topbar(model: _Model, verdict: str) -> str:
    state = "pass" if verdict == "PASSED" else "fail"
    return (
        '<header class="topbar"><div class="topbar-inner">'
        '<span class="brand">checks <span class="brand-sub">report</span></span>'
        f'<span class="pill pill-{state}">{verdict}</span>'
        '<nav aria-label="Sections"><a href="#summary">Summary</a><a href="#expectations">Expectations</a>'
        '<a href="#documents">Documents</a><a href="#claims">Claims</a></nav>'
        "</div></header>"
    )


def _severity_counts(counts: dict[str, int], label: str) -> str:
    cells = "".join(
        f'<span class="count sev-{s}{" zero" if not counts.get(s) else ""}"><b>{counts.get(s, 0)}</b> {s}</span>'
        for s in SEVERITIES)
    return f'<div class="stat"><span class="stat-label">{label}</span><span class="stat-counts">{cells}</span></div>'


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _banner(model: _Model, verdict: str) -> str:
    data = model.data
    failed = data.validation.counts()
    total_failed = sum(failed.values())
    listed = ", ".join(f"{failed[s]} {s}" for s in SEVERITIES if failed[s])
    expectations = len(model.outcomes)
    if verdict == "FAILED":
        state = "fail"
        levels = "critical" if data.fail_on == "critical" else "warning or critical"
        failing = ("critical",) if data.fail_on == "critical" else ("critical", "warning")
        at_level = sum(failed[s] for s in failing)
        summary = (f"{_plural(at_level, 'expectation')} failed at the failing severity ({levels}); "
                   f"{total_failed} of {expectations} failed in all ({listed}).")
    elif data.fail_on == "never":
        state = "notes" if total_failed else "pass"
        summary = ("Reporting only: with fail-on “never” the run does not fail. " + (
            f"{total_failed} of {expectations} expectations failed ({listed}); read them below."
            if total_failed else f"All {expectations} expectations passed."))
    elif total_failed:
        state = "notes"
        summary = (f"Nothing failed at the failing severity ({data.fail_on}); "
                   f"{total_failed} of {expectations} expectations failed below it ({listed}).")
    else:
        state = "pass"
        summary = f"All {_plural(expectations, 'expectation')} passed."
    findings = Counter(f.severity for f in data.validation.findings)
    icon = "✓" if verdict == "PASSED" else "✗"
    flagged = len({f.claim_id for f in data.validation.findings})
    status = "" if data.exit_status in (0, 1) else f" (exit status {data.exit_status})"
    return (
        f'<section id="summary" class="verdict verdict-{state}" aria-labelledby="verdict-label">'
        f'<div class="verdict-main"><span class="verdict-icon" aria-hidden="true">{icon}</span><div>'
        f'<h1 id="verdict-label" class="verdict-label">{verdict}</h1>'
        f'<p class="verdict-summary">{_e(summary)}{_e(status)}</p>'
        f'<p class="verdict-summary support-summary">{_e(support_summary(data.claims))}</p></div></div>'
        '<div class="stats">'
        + _severity_counts(failed, "Failed expectations")
        + _severity_counts(dict(findings), "Findings")
        + f'<div class="stat"><span class="stat-label">Checked</span><span class="stat-counts">'
        f'<span class="count"><b>{len(data.documents)}</b> document{"" if len(data.documents) == 1 else "s"}</span>'
        f'<span class="count"><b>{len(data.claims)}</b> claim{"" if len(data.claims) == 1 else "s"}</span>'
        f"<span class=\"count\"><b>{flagged}</b> flagged</span></span></div>"
        f'<div class="stat"><span class="stat-label">Run</span><span class="stat-counts">'
        f'<span class="count">fail on <b>{_e(data.fail_on)}</b></span>'
        f'<span class="count"><time datetime="{_e(data.generated_at)}">{_e(data.generated_at)}</time></span>'
        "</span></div>"
        '<div class="stat stat-wide"><span class="stat-label">Suites</span><span class="stat-counts">'
        + ("".join(f'<span class="count suite-version"><b>{_e(suite.name)}</b> <code>{_e(suite.version)}</code> '
                   f'{_plural(len(suite.expectations), "expectation")}</span>' for suite in data.validation.suites)
           or '<span class="count none">none</span>')
        + "</span></div></div></section>"
    )


def _suites(suites: Iterable[Suite], model: _Model) -> str:
    failed = Counter(o.spec.suite for o in model.outcomes if not o.success)
    rows = "".join(
        f"<tr><td><b>{_e(s.name)}</b></td><td><code>{_e(s.version)}</code></td>"
        f'<td class="num">{len(s.expectations)}</td>'
        f'<td class="num">{_failed_cell(failed.get(s.name, 0))}</td></tr>'
        for s in suites)
    if not rows:
        rows = '<tr><td colspan="4" class="none">No suites.</td></tr>'
    return (
        '<table class="plain"><thead><tr><th scope="col">Suite</th><th scope="col">Version</th>'
        '<th scope="col" class="num">Expectations</th><th scope="col" class="num">Failed</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _failed_cell(count: int) -> str:
    return f'<span class="failed-n">{count}</span>' if count else '<span class="none">0</span>'


def _overview(model: _Model) -> str:
    data = model.data
    return (
        '<section class="overview" aria-label="Suites and claims overview">'
        '<div class="card"><h2>Suites</h2>' + _suites(data.validation.suites, model)
        + '<dl class="run-details">'
        f"<dt>Fail on</dt><dd>{_e(data.fail_on)}</dd>"
        f"<dt>Exit status</dt><dd>{_e(data.exit_status)}</dd>"
        f"<dt>Tool</dt><dd>checks {_e(data.tool_version)}</dd>"
        f'<dt>Generated</dt><dd><time datetime="{_e(data.generated_at)}">{_e(data.generated_at)}</time></dd>'
        "</dl></div>"
        '<div class="card"><h2>Claims by kind and status</h2>' + _chart(model) + "</div></section>"
    )


# --- the chart --------------------------------------------------------------------------------------------------

CHART_COLOURS = {"critical": "#cf222e", "warning": "#d4a72c", "info": "#218bff", "ok": "#4ac26b"}


def _chart(model: _Model) -> str:
    """Stacked horizontal bars: one bar per kind, one segment per status, as inline SVG."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for claim in model.claims:
        kind = _text(claim.get("kind")) or "other"
        counts.setdefault(kind, Counter())[model.claim_status(_text(claim.get("claim_id")))] += 1
    kinds = list(KINDS) + sorted(k for k in counts if k not in KINDS)
    label_w, bar_w, row_h, top = 78, 380, 24, 34
    width, height = label_w + bar_w + 48, top + row_h * len(kinds) + 6
    widest = max([sum(c.values()) for c in counts.values()] + [1])
    totals = Counter()
    for counter in counts.values():
        totals.update(counter)
    desc = "; ".join(
        f"{kind}: {sum(counts[kind].values())} ("
        + ", ".join(f"{counts[kind][s]} {STATUS_LABEL[s]}" for s in STATUSES if counts[kind][s]) + ")"
        for kind in kinds if sum(counts[kind].values()))
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        'aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">',
        '<title id="chart-title">Claims by kind and status</title>',
        f'<desc id="chart-desc">{_e(desc or "No claims.")}</desc>',
    ]
    x = 4
    for status in STATUSES:  # the legend, with totals
        label = f"{STATUS_LABEL[status]} ({totals[status]})"
        parts.append(
            f'<g class="legend"><title>{_e(label)}</title><rect x="{x}" y="8" width="11" height="11" rx="2" '
            f'fill="{CHART_COLOURS[status]}"/><text x="{x + 16}" y="17.5">{_e(label)}</text></g>')
        x += 16 + 7 * len(label) + 14
    for row, kind in enumerate(kinds):
        y = top + row * row_h
        total = sum(counts[kind].values())
        parts.append(f'<text class="kind" x="{label_w - 8}" y="{y + 15}" text-anchor="end">{_e(kind)}</text>')
        parts.append(f'<rect class="track" x="{label_w}" y="{y + 4}" width="{bar_w}" height="{row_h - 8}" rx="3"/>')
        offset = float(label_w)
        for status in STATUSES:
            count = counts[kind][status]
            if not count:
                continue
            w = bar_w * count / widest
            parts.append(
                f'<rect class="seg seg-{status}" x="{offset:.2f}" y="{y + 4}" width="{w:.2f}" height="{row_h - 8}" '
                f'fill="{CHART_COLOURS[status]}"><title>{_e(kind)} · {STATUS_LABEL[status]}: {count}</title></rect>')
            offset += w
        parts.append(f'<text class="total{" zero" if not total else ""}" x="{offset + 6:.2f}" y="{y + 15}">'
                     f"{total}</text>")
    parts.append("</svg>")
    return "".join(parts)


# --- the expectations -------------------------------------------------------------------------------------------


def _claim_link(model: _Model, claim_id: str, extra: str = "") -> str:
    claim = model.by_id.get(claim_id)
    if claim is None:  # flagged by the validation but not in the table: show the id, link nowhere
        return f'<code class="chip">{_e(claim_id)}</code>'
    status = model.claim_status(claim_id)
    return (f'<a class="chip sev-{status}{extra}" href="#claim-{_e(claim_id)}" data-claims="{_e(claim_id)}" '
            f'title="{_e(claim.get("doc"))}">{_e(claim.get("text"))}</a>')


def _outcome(model: _Model, outcome: Outcome) -> str:
    spec = outcome.spec
    anchor = model.anchors[spec.expectation_id]
    state = "error" if outcome.error else ("passed" if outcome.success else "failed")
    icon = {"error": "!", "passed": "✓", "failed": "✗"}[state]
    # A suite over the relations table flags relations; its findings name the claims behind them.
    flagged = [f.claim_id for f in model.data.validation.findings if f.expectation_id == spec.expectation_id]
    relational = bool(outcome.claim_ids) and not any(c in model.by_id for c in outcome.claim_ids)
    listed = [c for c in (flagged or outcome.claim_ids) if c in model.by_id]
    ids = sorted(set(listed), key=model.position)
    description = _e(outcome.description or spec.type)
    if not outcome.success and listed:
        targets = " ".join(sorted(set(listed), key=model.position))
        first = targets.split(" ")[0]
        title = (f'<a class="outcome-title" href="#claim-{_e(first)}" data-claims="{_e(targets)}" '
                 f'title="Show the flagged claims in their documents">{description}</a>')
    else:
        title = f'<span class="outcome-title">{description}</span>'
    rows = _plural(outcome.evaluated, "relation between claims", "relations between claims") if relational else (
        _plural(outcome.evaluated, "claim"))
    result = f"{outcome.unexpected} of {rows} unexpected" if not outcome.error else "not evaluated"
    lines = [
        f'<li class="outcome outcome-{state} sev-{_e(spec.severity)}" id="{anchor}" '
        f'data-expectation="{_e(spec.expectation_id)}">',
        '<div class="outcome-head">'
        f'<span class="status status-{state}" aria-label="{state}" title="{state}">{icon}</span>'
        f'<span class="badge sev-{_e(spec.severity)}">{_e(spec.severity)}</span>{title}'
        f'<span class="outcome-result">{_e(result)}</span></div>',
        f'<div class="outcome-meta"><code>{_e(spec.type)}</code><span>suite <b>{_e(spec.suite)}</b> '
        f"· #{spec.position}</span></div>",
    ]
    if spec.why:
        lines.append(f'<p class="why"><span class="why-label">Why</span> {_e(spec.why)}</p>')
    if outcome.error:
        lines.append(f'<p class="error"><b>Could not be evaluated:</b> {_e(outcome.error)}</p>')
    if not outcome.success and ids:
        messages = {f.claim_id: f.message for f in model.data.validation.findings
                    if f.expectation_id == spec.expectation_id}
        items = []
        for claim_id in ids[:MAX_LISTED]:
            claim = model.by_id.get(claim_id, {})
            message = messages.get(claim_id, "")
            note = f'<span class="flag-msg">{_e(message)}</span>' if message and message != outcome.description else ""
            items.append(f'<li>{_claim_link(model, claim_id)}<span class="flag-doc">{_e(claim.get("doc"))}</span>'
                         f"{note}</li>")
        more = (f'<li class="more">and {len(ids) - MAX_LISTED} more: filter the <a href="#claims">claims table</a>'
                "</li>" if len(ids) > MAX_LISTED else "")
        lines.append(f'<ul class="flag-list" aria-label="Flagged claims">{"".join(items)}{more}</ul>')
    lines.append("</li>")
    return "".join(lines)


def _expectations(model: _Model) -> str:
    failed = [o for o in model.outcomes if not o.success]
    passed = [o for o in model.outcomes if o.success]
    parts = ['<section id="expectations" class="section"><div class="section-head"><h2>Expectations</h2>'
             f'<span class="section-note">{len(failed)} failed · {len(passed)} passed · failed first, then by '
             "severity. Select a failed expectation to see its claims.</span></div>"]
    if failed:
        parts.append('<ol class="outcomes">' + "".join(_outcome(model, o) for o in failed) + "</ol>")
    if passed:
        parts.append(f'<h3 class="subhead">Passed ({len(passed)})</h3>'
                     '<ol class="outcomes outcomes-passed">' + "".join(_outcome(model, o) for o in passed) + "</ol>")
    if not model.outcomes:
        parts.append('<p class="empty">No expectations were run.</p>')
    parts.append("</section>")
    return "".join(parts)


# --- the documents ----------------------------------------------------------------------------------------------


def _source(claim: dict[str, object]) -> str:
    """Who stands behind the figure: 某某集团 (self)."""
    source, kind = _text(claim.get("source")), _text(claim.get("source_kind"))
    kind = kind.replace("_", " ")
    return f"{source} ({kind})" if source else (kind if kind and kind != "none" else "")


def _support(claim: dict[str, object]) -> str:
    """The support status and the evidence it rests on: contradicted by 年鉴 = 6 (reference.csv:1, −0.8)."""
    status = _text(claim.get("support_status"))
    if not status:
        return ""
    if _missing(claim.get("evidence_value")):
        return status
    source = _text(claim.get("evidence_source"))
    difference = claim.get("evidence_difference")
    detail = ", ".join(part for part in (
        _text(claim.get("evidence_ref")), "" if _missing(difference) else f"difference {_num(difference)}") if part)
    return f"{status} by {source + ' = ' if source else ''}{_num(claim.get('evidence_value'))} ({detail})"


def support_summary(claims: list[dict[str, object]]) -> str:
    """One line on what stands behind the figures: 18 figures: 0 supported, 0 contradicted, 18 self-reported, …"""
    count = Counter(_text(c.get("support_status")) for c in claims)
    self_reported = sum(1 for c in claims if _text(c.get("source_kind")) == "self")
    unsourced = sum(1 for c in claims if _text(c.get("source_kind")) in ("none", ""))
    projected = sum(1 for c in claims if c.get("projected") is True)
    return (f"{_plural(len(claims), 'figure')}: {count.get('supported', 0)} supported, "
            f"{count.get('contradicted', 0)} contradicted, {self_reported} self-reported, "
            f"{unsourced} without a source, {projected} projected")


def _reading(model: _Model, claim: dict[str, object], tip_id: str) -> str:
    """The claim's reading and findings: a tooltip shown by CSS on hover and on keyboard focus."""
    claim_id = _text(claim.get("claim_id"))
    status = model.claim_status(claim_id)
    qualifier = _text(claim.get("qualifier"))
    interval = _interval(claim)
    rows = [
        ("value", _num(claim.get("value")) + (
            f" ({_short(claim.get('value'))})" if _short(claim.get("value")) != _num(claim.get("value")) else "")),
        ("unit", _text(claim.get("unit"))),
        ("interval", f"{interval} {qualifier}".strip() if interval else (qualifier and f"no bounds · {qualifier}")),
        ("kind", _text(claim.get("kind"))),
        ("direction", _text(claim.get("direction"))),
        ("basis", _text(claim.get("basis"))),
        ("projected", _projected(claim.get("projected"))),
        ("attribution", _text(claim.get("attribution"))),
        ("source", _source(claim)),
        ("support", _support(claim)),
        ("metric", _text(claim.get("metric"))),
        ("period", _text(claim.get("period"))),
    ]
    if claim.get("vague") and not _missing(claim.get("vague")):
        rows.append(("vague", "yes (value is the lower bound)"))
    grid = "".join(f'<span class="k">{k}</span><span class="v">{_dash(v)}</span>' for k, v in rows)
    findings = model.findings.get(claim_id, [])
    if findings:
        items = "".join(
            f'<span class="tip-finding"><span class="badge sev-{_e(f.severity)}">{_e(f.severity)}</span> '
            f'{_e(f.message)} <a class="exp-ref" href="#{model.anchors.get(f.expectation_id, "expectations")}" '
            f'title="{_e(f.expectation_id)}">{_e(f.expectation)}</a></span>'
            for f in findings)
        finding_block = f'<span class="tip-section">Findings</span>{items}'
    else:
        finding_block = ('<span class="tip-section">Findings</span>'
                         '<span class="tip-ok">No expectation flagged it.</span>')
    related = model.related.get(claim_id, [])
    related_block = ("" if not related else '<span class="tip-section">Related claims</span><span class="tip-related">'
                     + " ".join(_claim_link(model, other) for other in related) + "</span>")
    return (
        f'<span class="tip" role="tooltip" id="{tip_id}">'
        f'<span class="tip-head"><span class="tip-text">{_e(claim.get("text"))}</span>'
        f'<span class="badge sev-{status}">{STATUS_LABEL[status]}</span></span>'
        f'<span class="kv">{grid}</span>{finding_block}{related_block}</span>'
    )


def _highlight(model: _Model, claim: dict[str, object], text: str) -> str:
    claim_id = _text(claim.get("claim_id"))
    status = model.claim_status(claim_id)
    tip_id = f"tip-{claim_id}"
    return (
        f'<span class="claim-wrap"><mark class="claim sev-{status}" id="claim-{_e(claim_id)}" tabindex="0" '
        f'data-claim="{_e(claim_id)}" aria-describedby="{_e(tip_id)}">'
        f"{_e(text)}</mark>{_reading(model, claim, _e(tip_id))}</span>"
    )


def _document(model: _Model, index: int, name: str, text: str, claims: list[dict[str, object]]) -> str:
    """One document's text in paragraphs, every placeable claim highlighted at its offsets."""
    placed: list[tuple[int, int, dict[str, object]]] = []
    skipped: list[tuple[dict[str, object], str]] = []
    for claim in claims:  # sorted by start; a claim that overlaps one already placed is listed, not nested
        start, end = _int(claim.get("start")), _int(claim.get("end"))
        if not 0 <= start < end <= len(text):
            skipped.append((claim, f"offsets [{start}, {end}) are outside the text"))
        elif placed and start < placed[-1][1]:
            skipped.append((claim, f"overlaps {_text(placed[-1][2].get('text'))!r}"))
        else:
            placed.append((start, end, claim))
    # Paragraph breaks never cut a highlight: a break inside a claim's span stays part of the claim.
    breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text)
              if not any(s < m.end() and m.start() < e for s, e, _ in placed)]
    paragraphs, cursor = [], 0
    for start, end in [*breaks, (len(text), len(text))]:
        if start > cursor:
            paragraphs.append((cursor, start))
        cursor = end
    rendered, queue = [], iter(placed)
    pending = next(queue, None)
    for p_start, p_end in paragraphs:
        pieces, position = [], p_start
        while pending is not None and pending[0] < p_end:
            start, end, claim = pending
            pieces.append(_e(text[position:start]))
            pieces.append(_highlight(model, claim, text[start:end]))
            position = end
            pending = next(queue, None)
        pieces.append(_e(text[position:p_end]))
        content = "".join(pieces)
        if content.strip():
            rendered.append(f'<p data-offset="{p_start}">{content}</p>')
    statuses = Counter(model.claim_status(_text(c.get("claim_id"))) for c in claims)
    summary = " · ".join([_plural(len(claims), "claim")] + [
        f'<span class="count-inline sev-{s}">{statuses[s]} {s}</span>' for s in SEVERITIES if statuses[s]])
    note = ""
    if skipped:
        items = "".join(
            f'<li id="claim-{_e(c.get("claim_id"))}">{_e(c.get("text"))} <span class="flag-doc">{_e(why)}</span></li>'
            for c, why in skipped)
        note = (f'<div class="skipped"><b>{_plural(len(skipped), "claim")} not highlighted</b>'
                f"<ul>{items}</ul></div>")
    return (
        f'<article class="doc card" id="doc-{index}" aria-labelledby="doc-{index}-name">'
        f'<header class="doc-head"><h3 id="doc-{index}-name">{_e(name)}</h3>'
        f'<span class="doc-stats">{summary} · {len(text):,} characters</span></header><div class="doc-body">'
        f'<div class="doc-text" lang="zh-Hans">{"".join(rendered) or "<p class=empty>(empty document)</p>"}</div>'
        f"{_aside(model, name, claims)}</div>{note}</article>"
    )


def _aside(model: _Model, name: str, claims: list[dict[str, object]]) -> str:
    """The document's figures at a glance: flagged ones first with their worst finding, then the rest."""
    if not claims:
        return '<aside class="doc-aside"><p class="none">No figures found in this document.</p></aside>'
    flagged = sorted((c for c in claims if model.claim_status(_text(c.get("claim_id"))) != "ok"),
                     key=lambda c: RANK[model.claim_status(_text(c.get("claim_id")))])  # stable: document order
    clean = [c for c in claims if model.claim_status(_text(c.get("claim_id"))) == "ok"]
    parts = [f'<aside class="doc-aside" aria-label="Figures in {_e(name)}"><div class="aside-inner">']
    if flagged:
        items = "".join(
            f'<li>{_claim_link(model, _text(c.get("claim_id")))}'
            f'<span class="aside-msg">{_e(model.findings[_text(c.get("claim_id"))][0].message)}</span></li>'
            for c in flagged)
        parts.append(f'<h4>Flagged ({len(flagged)})</h4><ul class="aside-list">{items}</ul>')
    if clean:
        chips = " ".join(_claim_link(model, _text(c.get("claim_id"))) for c in clean)
        parts.append(f'<h4>No finding ({len(clean)})</h4><div class="aside-chips">{chips}</div>')
    parts.append("</div></aside>")
    return "".join(parts)


def _documents(model: _Model) -> str:
    by_doc: dict[str, list[dict[str, object]]] = defaultdict(list)
    for claim in model.claims:
        by_doc[_text(claim.get("doc"))].append(claim)
    legend = "".join(f'<span class="legend-item"><mark class="claim sev-{s}">{STATUS_LABEL[s]}</mark></span>'
                     for s in STATUSES)
    parts = ['<section id="documents" class="section"><div class="section-head"><h2>Documents</h2>'
             f'<span class="section-note">Hover or focus (Tab) a highlighted figure to read it. {legend}</span>'
             "</div>"]
    names = sorted(model.data.documents)
    for index, name in enumerate(names, start=1):
        parts.append(_document(model, index, name, model.data.documents[name], by_doc.get(name, [])))
    orphans = [c for doc, claims in sorted(by_doc.items()) if doc not in model.data.documents for c in claims]
    if orphans:  # claims whose document is not in the report still get an anchor to jump to
        items = "".join(f'<li id="claim-{_e(c.get("claim_id"))}">{_e(c.get("doc"))}: {_e(c.get("text"))}</li>'
                        for c in orphans)
        parts.append(f'<div class="skipped card"><b>Claims whose document is not in the report</b><ul>{items}</ul>'
                     "</div>")
    if not names:
        parts.append('<p class="empty">No documents.</p>')
    parts.append("</section>")
    return "".join(parts)


# --- the claims table -------------------------------------------------------------------------------------------

COLUMNS = (  # header, type for sorting
    ("doc", "text"), ("text", "text"), ("severity", "num"), ("findings", "num"), ("value", "num"), ("unit", "text"),
    ("interval", "num"), ("qualifier", "text"), ("kind", "text"), ("direction", "text"), ("projected", "text"),
    ("basis", "text"), ("metric", "text"), ("period", "text"), ("source", "text"), ("support", "text"),
)


def _claim_row(model: _Model, claim: dict[str, object]) -> str:
    claim_id = _text(claim.get("claim_id"))
    status = model.claim_status(claim_id)
    lower = claim.get("lower") if not _missing(claim.get("lower")) else claim.get("upper")
    count = len(model.findings.get(claim_id, []))
    value = claim.get("value")
    cells = [
        f'<td class="doc-cell">{_e(claim.get("doc"))}</td>',
        f'<td class="claim-cell">{_claim_link(model, claim_id)}</td>',
        f'<td data-sort="{RANK[status]}"><span class="badge sev-{status}">{STATUS_LABEL[status]}</span></td>',
        f'<td class="num" data-sort="{count}">{count}</td>',
        f'<td class="num nowrap" data-sort="{"" if _missing(value) else _e(value)}" title="{_num(value)}">'
        f"{_short(value)}</td>",
        f"<td>{_dash(_text(claim.get('unit')))}</td>",
        f'<td class="num nowrap" data-sort="{"" if _missing(lower) else _e(lower)}">{_dash(_interval(claim))}</td>',
        f"<td>{_dash(_text(claim.get('qualifier')))}</td>",
        f"<td>{_dash(_text(claim.get('kind')))}</td>",
        f"<td>{_dash(_text(claim.get('direction')))}</td>",
        f"<td>{_dash(_projected(claim.get('projected')).split(' ')[0])}</td>",
        f"<td>{_dash(_text(claim.get('basis')))}</td>",
        f'<td class="wide">{_dash(_text(claim.get("metric")))}</td>',
        f"<td>{_dash(_text(claim.get('period')))}</td>",
        f'<td class="wide" title="{_e(claim.get("attribution"))}">{_dash(_source(claim))}</td>',
        f'<td class="wide">{_dash(_support(claim))}</td>',
    ]
    return f'<tr data-severity="{status}" data-claim="{_e(claim_id)}">{"".join(cells)}</tr>'


def _claims_table(model: _Model) -> str:
    headers = "".join(
        f'<th scope="col" data-type="{kind}"{" class=num" if kind == "num" and name != "severity" else ""}>'
        f'<button type="button" class="sort">{name}<span class="sort-mark" aria-hidden="true"></span></button></th>'
        for name, kind in COLUMNS)
    rows = "".join(_claim_row(model, claim) for claim in model.claims)
    options = "".join(f'<option value="{s}">{STATUS_LABEL[s]}</option>' for s in STATUSES)
    total = len(model.claims)
    return (
        '<section id="claims" class="section"><div class="section-head"><h2>Claims</h2>'
        f'<span class="section-note">{_plural(total, "claim")}, in document order. Each links to its highlight.'
        "</span></div>"
        '<div class="controls js-only" role="search">'
        '<label class="control"><span>Filter</span><input type="search" id="claims-filter" '
        'placeholder="Text in any column…" autocomplete="off"></label>'
        '<label class="control"><span>Status</span><select id="claims-severity">'
        f'<option value="">all</option>{options}</select></label>'
        f'<span class="shown" id="claims-shown" aria-live="polite">{total} of {total} claims</span></div>'
        '<div class="table-scroll"><table class="claims" id="claims-table">'
        f"<thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table>"
        '<p class="empty" id="claims-empty" hidden>No claim matches the filter.</p></div></section>'
    )


# --- inline CSS and JavaScript ----------------------------------------------------------------------------------

CSS = """
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--faint:#818b98;--border:#d1d9e0;--soft:#e8ecf0;
--canvas:#f6f8fa;--bg:#fff;--accent:#0969da;--flag:#8250df;
--crit:#cf222e;--crit-fg:#a40e26;--crit-bg:#ffebe9;--crit-line:#ff8182;
--warn:#bf8700;--warn-fg:#7d4e00;--warn-bg:#fff8c5;--warn-line:#d4a72c;
--info:#0969da;--info-fg:#0550ae;--info-bg:#ddf4ff;--info-line:#54aeff;
--ok:#1a7f37;--ok-fg:#116329;--ok-bg:#eaf7ed;--ok-line:#8fd19e;
--sans:system-ui,-apple-system,"Segoe UI","Helvetica Neue",Arial,"PingFang SC","Hiragino Sans GB",
"Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;
--cjk:"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","Noto Sans SC",
"WenQuanYi Micro Hei",system-ui,-apple-system,"Segoe UI",sans-serif;
--mono:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
*{box-sizing:border-box}
html{scroll-padding-top:4.5rem}
body{margin:0;background:var(--canvas);color:var(--fg);font:14px/1.5 var(--sans);-webkit-text-size-adjust:100%}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
code{font:12px/1.4 var(--mono);background:var(--canvas);border:1px solid var(--soft);border-radius:4px;
padding:1px 5px;overflow-wrap:anywhere}
h1,h2,h3{margin:0;line-height:1.25}h2{font-size:16px;font-weight:600}h3{font-size:14px;font-weight:600}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.none{color:var(--faint)}
.empty{color:var(--muted);font-style:italic}
.topbar{position:sticky;top:0;z-index:50;background:#fff;border-bottom:1px solid var(--border)}
.topbar-inner{max-width:1280px;margin:0 auto;padding:10px 24px;display:flex;flex-wrap:wrap;align-items:center;
gap:6px 14px}
.brand{font-weight:700;font-size:15px;letter-spacing:.01em;white-space:nowrap}.brand-sub{font-weight:400;color:var(--muted)}
.topbar nav{margin-left:auto;display:flex;gap:4px;flex-wrap:wrap}
.topbar nav a{color:var(--fg);padding:4px 10px;border-radius:6px}
.topbar nav a:hover{background:var(--canvas);text-decoration:none}
.pill{font-size:12px;font-weight:600;padding:2px 10px;border-radius:999px;border:1px solid}
.pill-pass{color:var(--ok-fg);background:var(--ok-bg);border-color:var(--ok-line)}
.pill-fail{color:var(--crit-fg);background:var(--crit-bg);border-color:var(--crit-line)}
.page{max-width:1280px;margin:0 auto;padding:20px 24px 8px}
.card{background:var(--bg);border:1px solid var(--border);border-radius:8px;padding:16px 18px}
.verdict{display:grid;grid-template-columns:minmax(260px,1fr) minmax(0,1.6fr);gap:20px;align-items:center;
background:var(--bg);border:1px solid var(--border);border-left:6px solid var(--ok);border-radius:8px;padding:18px 22px}
.verdict-fail{border-left-color:var(--crit)}.verdict-notes{border-left-color:var(--warn-line)}
.verdict-main{display:flex;gap:14px;align-items:flex-start}
.verdict-icon{flex:none;width:40px;height:40px;border-radius:50%;display:grid;place-items:center;font-size:22px;
font-weight:700;color:#fff;background:var(--ok)}
.verdict-fail .verdict-icon{background:var(--crit)}
.verdict-label{font-size:26px;font-weight:700;letter-spacing:.04em;color:var(--ok-fg)}
.verdict-fail .verdict-label{color:var(--crit-fg)}
.verdict-summary{margin:4px 0 0;color:var(--muted)}
.stats{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:10px 18px}
.stat{display:flex;flex-direction:column;gap:4px;padding:8px 12px;border-radius:6px;background:var(--canvas)}
.stat-wide{grid-column:1/-1}
.stat-label{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.stat-counts{display:flex;flex-wrap:wrap;gap:4px 14px}
.count b{font-size:16px;font-variant-numeric:tabular-nums}
.count.sev-critical b{color:var(--crit-fg)}.count.sev-warning b{color:var(--warn-fg)}
.count.sev-info b{color:var(--info-fg)}.count.zero,.count.zero b{color:var(--faint)}
.overview{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.25fr);gap:16px;margin-top:16px}
.overview h2{margin-bottom:10px}
table.plain{width:100%;border-collapse:collapse}
table.plain th,table.plain td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--soft)}
table.plain th{font-size:12px;font-weight:600;color:var(--muted)}
.num{text-align:right;font-variant-numeric:tabular-nums}table.plain .num{text-align:right}
.failed-n{color:var(--crit-fg);font-weight:600}
.run-details{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:14px 0 0;font-size:13px}
.run-details dt{color:var(--muted)}.run-details dd{margin:0;overflow-wrap:anywhere}
.chart{width:100%;height:auto;max-width:560px;display:block}
.chart text{font:12px var(--sans);fill:var(--fg)}.chart .kind{fill:var(--muted)}
.chart .total{font-weight:600}.chart .total.zero{fill:var(--faint);font-weight:400}
.chart .track{fill:var(--canvas)}.chart .seg{stroke:#fff;stroke-width:1}
.section{margin-top:28px}
.section-head{display:flex;align-items:baseline;flex-wrap:wrap;gap:6px 14px;margin-bottom:10px;
padding-bottom:8px;border-bottom:1px solid var(--border)}
.section-note{color:var(--muted);font-size:13px;display:flex;flex-wrap:wrap;align-items:center;gap:6px}
.subhead{margin:18px 0 8px;color:var(--muted);font-weight:600}
.badge{display:inline-block;font-size:11px;font-weight:600;line-height:18px;padding:0 7px;border-radius:999px;
border:1px solid;white-space:nowrap;vertical-align:1px;text-indent:0}
.badge.sev-critical{color:var(--crit-fg);background:var(--crit-bg);border-color:var(--crit-line)}
.badge.sev-warning{color:var(--warn-fg);background:var(--warn-bg);border-color:var(--warn-line)}
.badge.sev-info{color:var(--info-fg);background:var(--info-bg);border-color:var(--info-line)}
.badge.sev-ok{color:var(--ok-fg);background:var(--ok-bg);border-color:var(--ok-line)}
.outcomes{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
.outcome{background:var(--bg);border:1px solid var(--border);border-left:4px solid var(--border);border-radius:6px;
padding:10px 14px}
.outcome-failed.sev-critical,.outcome-error.sev-critical{border-left-color:var(--crit)}
.outcome-failed.sev-warning,.outcome-error.sev-warning{border-left-color:var(--warn-line)}
.outcome-failed.sev-info,.outcome-error.sev-info{border-left-color:var(--info-line)}
.outcome-passed{border-left-color:var(--ok-line);padding:6px 14px}
.outcome-head{display:flex;align-items:center;gap:8px;flex-wrap:wrap}
.status{width:20px;height:20px;flex:none;border-radius:50%;display:grid;place-items:center;font-size:12px;
font-weight:700;color:#fff;background:var(--crit)}
.sev-warning>.outcome-head .status{background:var(--warn)}.sev-info>.outcome-head .status{background:var(--info)}
.outcome-passed>.outcome-head .status{background:var(--ok)}
.outcome-title{font-weight:600;color:var(--fg)}a.outcome-title{color:var(--accent)}
.outcome-result{margin-left:auto;color:var(--muted);font-size:12px;font-variant-numeric:tabular-nums}
.outcome-meta{display:flex;gap:10px;flex-wrap:wrap;align-items:center;margin:6px 0 0 28px;color:var(--muted);
font-size:12px}
.outcomes-passed .outcome-meta{margin-top:2px}
.why,.error{margin:6px 0 0 28px;font-size:13px}.why{color:var(--muted)}
.why-label{font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;color:var(--faint);
margin-right:4px}
.error{color:var(--crit-fg);background:var(--crit-bg);border-radius:4px;padding:6px 10px;white-space:pre-wrap}
.flag-list{list-style:none;margin:8px 0 0 28px;padding:0;display:flex;flex-direction:column;gap:3px;font-size:13px}
.flag-list li{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.flag-doc{color:var(--muted);font-size:12px}.flag-msg{color:var(--fg)}
.chip{font-family:var(--cjk);display:inline-block;padding:0 6px;border-radius:4px;border:1px solid var(--border);
background:var(--canvas);color:var(--fg);white-space:nowrap}
a.chip:hover{text-decoration:none;border-color:var(--accent)}
.chip.sev-critical{border-color:var(--crit-line);background:var(--crit-bg)}
.chip.sev-warning{border-color:var(--warn-line);background:var(--warn-bg)}
.chip.sev-info{border-color:var(--info-line);background:var(--info-bg)}
.chip.sev-ok{border-color:var(--ok-line);background:var(--ok-bg)}
.doc{margin-bottom:14px;padding:0}
.doc-head{display:flex;align-items:baseline;flex-wrap:wrap;gap:4px 14px;padding:12px 18px;
border-bottom:1px solid var(--soft);background:#fbfcfd;border-radius:8px 8px 0 0}
.doc-head h3{font-family:var(--mono);font-size:13px;overflow-wrap:anywhere}
.doc-stats{color:var(--muted);font-size:12px}
.count-inline.sev-critical{color:var(--crit-fg)}.count-inline.sev-warning{color:var(--warn-fg)}
.count-inline.sev-info{color:var(--info-fg)}
.doc-body{display:grid;grid-template-columns:minmax(0,1fr) 250px}
.doc-text{font-family:var(--cjk);font-size:15.5px;line-height:2;padding:12px 22px 14px;max-width:52em}
.doc-aside{border-left:1px solid var(--soft);padding:12px 16px;font-size:12px;background:#fbfcfd;
border-radius:0 0 8px 0}
.aside-inner{position:sticky;top:64px}
.doc-aside h4{margin:0 0 6px;font-size:11px;font-weight:600;text-transform:uppercase;letter-spacing:.05em;
color:var(--faint)}
.doc-aside h4:not(:first-child){margin-top:14px}
.aside-list{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.aside-list li{display:flex;flex-direction:column;align-items:flex-start;gap:2px}
.aside-msg{color:var(--muted)}
.aside-chips{display:flex;flex-wrap:wrap;gap:4px}
.doc-text p{margin:0 0 .55em;text-indent:2em;overflow-wrap:anywhere}
.claim-wrap{position:relative;text-indent:0}
mark.claim{color:inherit;border-radius:3px;padding:1px 2px;cursor:help;border-bottom:2px solid;
scroll-margin:6rem 0}
mark.claim.sev-critical{background:var(--crit-bg);border-color:var(--crit)}
mark.claim.sev-warning{background:var(--warn-bg);border-color:var(--warn-line)}
mark.claim.sev-info{background:var(--info-bg);border-color:var(--info-line)}
mark.claim.sev-ok{background:var(--ok-bg);border-color:var(--ok-line)}
mark.claim:focus{outline:2px solid var(--accent);outline-offset:1px}
mark.claim.flagged,mark.claim:target{outline:3px solid var(--flag);outline-offset:2px;
box-shadow:0 0 0 6px rgba(130,80,223,.18)}
@media (prefers-reduced-motion:no-preference){mark.claim.flagged{animation:flag 1.2s ease-out 1}}
@keyframes flag{0%{box-shadow:0 0 0 14px rgba(130,80,223,.35)}100%{box-shadow:0 0 0 6px rgba(130,80,223,.18)}}
.legend-item mark.claim{cursor:default;font-size:12px}
.tip{display:none;position:absolute;z-index:40;left:-4px;top:calc(100% + 6px);width:max-content;
max-width:min(27rem,calc(100vw - 24px));background:var(--bg);color:var(--fg);border:1px solid var(--border);
border-radius:8px;box-shadow:0 8px 24px rgba(31,35,40,.14),0 1px 3px rgba(31,35,40,.1);padding:10px 12px;
font:13px/1.5 var(--sans);text-align:left;white-space:normal;cursor:auto}
.tip::before{content:"";position:absolute;left:0;right:0;top:-10px;height:10px}
.claim-wrap.tip-above .tip{top:auto;bottom:calc(100% + 6px)}
.claim-wrap.tip-above .tip::before{top:auto;bottom:-10px}
.claim-wrap:hover>.tip,.claim-wrap:focus-within>.tip{display:block}
.page:has(.claim-wrap:hover) .claim-wrap:focus-within:not(:hover)>.tip{display:none}
.tip-head{display:flex;align-items:center;gap:8px;margin-bottom:6px;padding-bottom:6px;
border-bottom:1px solid var(--soft)}
.tip-text{font:600 15px/1.4 var(--cjk)}
.kv{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:1px 12px}
.kv .k{color:var(--muted)}.kv .v{font-family:var(--cjk);overflow-wrap:anywhere}
.tip-section{display:block;margin:8px 0 3px;font-size:11px;font-weight:600;text-transform:uppercase;
letter-spacing:.05em;color:var(--faint)}
.tip-finding{display:block;margin:2px 0;font-family:var(--cjk)}
.tip-ok{display:block;color:var(--ok-fg)}
.exp-ref{font:11px var(--mono);margin-left:4px}
.tip-related{display:flex;flex-wrap:wrap;gap:4px}
.skipped{margin:0 18px 14px;padding:8px 12px;font-size:13px;background:var(--warn-bg);border-radius:6px}
.skipped ul{margin:4px 0 0;padding-left:18px}
.controls{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;margin-bottom:10px}
.js-only{display:none}html.js .js-only{display:flex}
.control{display:flex;align-items:center;gap:8px;font-size:13px;color:var(--muted)}
.control input,.control select{font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--border);
border-radius:6px;padding:5px 10px}
.control input{width:18rem;max-width:60vw}
.shown{color:var(--muted);font-size:12px;margin-left:auto}
.table-scroll{overflow-x:auto;background:var(--bg);border:1px solid var(--border);border-radius:8px}
table.claims{border-collapse:collapse;width:100%;font-size:12.5px}
table.claims th{position:sticky;top:0;background:#f6f8fa;text-align:left;font-size:12px;font-weight:600;
border-bottom:1px solid var(--border);padding:0;white-space:nowrap}
table.claims th.num{text-align:right}
.sort{font:inherit;color:var(--muted);background:none;border:0;padding:8px 8px;width:100%;text-align:inherit;
cursor:default}
html.js .sort{cursor:pointer}html.js .sort:hover{color:var(--fg);background:var(--soft)}
th[aria-sort=ascending] .sort-mark::after{content:"▲";font-size:9px;padding-left:4px}
th[aria-sort=descending] .sort-mark::after{content:"▼";font-size:9px;padding-left:4px}
th[aria-sort] .sort{color:var(--fg)}
table.claims td{padding:6px 8px;border-bottom:1px solid var(--soft);vertical-align:top;font-family:var(--cjk)}
table.claims tbody tr:hover{background:#f6f8fa}
table.claims td.wide{min-width:8em}
table.claims td.doc-cell{white-space:nowrap;color:var(--muted)}
.nowrap{white-space:nowrap}
.page-footer{max-width:1280px;margin:24px auto 0;padding:16px 24px 28px;color:var(--muted);font-size:12px;
border-top:1px solid var(--border)}
@media (max-width:900px){.verdict,.overview,.doc-body{grid-template-columns:1fr}
.doc-aside{border-left:0;border-top:1px solid var(--soft)}.stats{grid-template-columns:1fr}
.page,.topbar-inner{padding-left:14px;padding-right:14px}.doc-text{padding:8px 14px}
.outcome-result{margin-left:0;width:100%}}
@media print{.topbar,.controls{display:none}body{background:#fff}.tip{display:none!important}
.card,.outcome,.verdict{break-inside:avoid}}
"""

SCRIPT = r"""
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };

  // Jump to claims: scroll the first into view, outline all, focus the first so its reading shows.
  var marked = [];
  function jump(ids) {
    var found = ids.map(function (id) { return document.getElementById("claim-" + id); })
      .filter(function (el) { return el !== null; });
    if (!found.length) { return false; }
    marked.forEach(function (el) { el.classList.remove("flagged"); });
    marked = found;
    found.forEach(function (el) { el.classList.add("flagged"); });
    found[0].scrollIntoView({block: "center", inline: "nearest"});
    if (found[0].tabIndex >= 0) { found[0].focus({preventScroll: true}); }
    try { history.replaceState(null, "", "#" + found[0].id); } catch (e) { /* file: URLs may refuse */ }
    return true;
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-claims]") : null;
    if (!link) { return; }
    var ids = (link.getAttribute("data-claims") || "").split(" ").filter(Boolean);
    if (jump(ids)) { event.preventDefault(); }
  });
  if (location.hash.indexOf("#claim-") === 0) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) { target.classList.add("flagged"); marked = [target]; }
  }

  // Keep a reading inside the viewport: shift it left at the right edge, flip it above near the bottom.
  function place(wrap) {
    var tip = wrap.querySelector(".tip");
    if (!tip) { return; }
    tip.style.left = "";
    wrap.classList.remove("tip-above");
    var box = tip.getBoundingClientRect();
    if (!box.width) { return; }
    var width = document.documentElement.clientWidth;
    if (box.right > width - 12) {
      tip.style.left = (parseFloat(getComputedStyle(tip).left) - (box.right - width + 12)) + "px";
    }
    if (box.bottom > window.innerHeight - 8 && box.height + 80 < wrap.getBoundingClientRect().top) {
      wrap.classList.add("tip-above");
    }
  }
  document.addEventListener("mouseover", function (event) {
    var wrap = event.target.closest ? event.target.closest(".claim-wrap") : null;
    if (wrap && !wrap.contains(event.relatedTarget)) { place(wrap); }
  });
  document.addEventListener("focusin", function (event) {
    var wrap = event.target.closest ? event.target.closest(".claim-wrap") : null;
    if (wrap) { place(wrap); }
  });
  document.addEventListener("keydown", function (event) {
    var active = document.activeElement;
    if (event.key === "Escape" && active && active.classList.contains("claim")) { active.blur(); }
  });

  // The claims table: sort by a column, filter by text and by status.
  var table = document.getElementById("claims-table");
  if (!table) { return; }
  var body = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  function key(cell, numeric) {
    var raw = cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent.trim();
    if (raw === "—") { raw = ""; }
    if (!numeric) { return raw; }
    var number = parseFloat(raw);
    return isNaN(number) ? null : number;
  }
  each(headers, function (th, index) {
    var button = th.querySelector("button");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var numeric = th.getAttribute("data-type") === "num";
      var ascending = th.getAttribute("aria-sort") !== "ascending";
      each(headers, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(body.rows);
      var keyed = rows.map(function (row, i) { return {row: row, key: key(row.cells[index], numeric), i: i}; });
      keyed.sort(function (a, b) {
        var x = a.key, y = b.key;
        var emptyX = x === null || x === "", emptyY = y === null || y === "";
        if (emptyX || emptyY) { return emptyX === emptyY ? a.i - b.i : (emptyX ? 1 : -1); }  // blanks last
        var order = numeric ? x - y : String(x).localeCompare(String(y), "zh-Hans-CN", {numeric: true});
        return (ascending ? order : -order) || a.i - b.i;
      });
      keyed.forEach(function (item) { body.appendChild(item.row); });
    });
  });
  var filter = document.getElementById("claims-filter");
  var status = document.getElementById("claims-severity");
  var shown = document.getElementById("claims-shown");
  var empty = document.getElementById("claims-empty");
  function apply() {
    var query = filter.value.trim().toLowerCase(), wanted = status.value, count = 0;
    each(body.rows, function (row) {
      var match = (!wanted || row.getAttribute("data-severity") === wanted) && (!query ||
        Array.prototype.some.call(row.cells, function (cell) {
          return cell.textContent.toLowerCase().indexOf(query) !== -1;
        }));
      row.hidden = !match;
      if (match) { count += 1; }
    });
    shown.textContent = count + " of " + body.rows.length + " claims";
    empty.hidden = count !== 0;
  }
  filter.addEventListener("input", apply);
  status.addEventListener("change", apply);
})();
"""
