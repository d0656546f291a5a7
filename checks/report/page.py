"""What the report page shows, worked out before rendering: claims ordered, each claim's status (its worst
finding), related claims, documents split into paragraphs with highlights placed, and the chart's bars.

Plain data for the templates in ``templates/``; ordering is deterministic, so equal input gives equal pages.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from operator import itemgetter

from checks.report.claimset import ClaimSet
from checks.report.data import ReportData
from checks.validate.findings import Finding, Outcome

SEVERITIES = ("critical", "warning", "info")
STATUSES = (*SEVERITIES, "ok")  # a claim's status is its worst finding's severity, or ok
STATUS_LABEL = {"critical": "critical", "warning": "warning", "info": "info", "ok": "no finding"}
RANK = {status: rank for rank, status in enumerate(STATUSES)}
KINDS = ("share", "growth", "change", "level", "duration", "multiple", "rank", "other")
CHART_COLOURS = {"critical": "#cf222e", "warning": "#d4a72c", "info": "#218bff", "ok": "#4ac26b"}

# A paragraph break: a line break with the whitespace around it (including a full-width indent), or a run of
# two or more ideographic spaces, which is how many Chinese news texts separate paragraphs on a single line.
PARAGRAPH_BREAK = re.compile(r"[^\S\n]*\n\s*|\u3000{2,}")

# How many flagged claims an expectation lists before pointing to the claims table; keeps pages of large
# corpora readable while every claim stays reachable from the table.
MAX_LISTED = 60


@dataclass(frozen=True)
class Limits:
    """How much of a corpus the page shows in full (text, highlights, table rows), so that index.html stays one
    file a browser opens in seconds whatever the corpus: the documents with the worst findings first, until one
    of the limits is reached. Counts, the chart and the expectations cover everything; claims.csv, claims.parquet
    and findings.jsonl hold every claim and finding."""

    documents: int = 200  # documents shown with their text and highlights
    characters: int = 400_000  # of document text, in all (a longer first document is cut)
    claims: int = 1_000  # claims highlighted and listed in the claims table
    listed: int = 1_000  # further documents named in a table, with their counts


def missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def text_of(value: object) -> str:
    if value.__class__ is str:  # most values: asked for hundreds of thousands of times on a large corpus
        return value  # type: ignore[return-value]
    return "" if missing(value) else str(value)


def as_int(value: object, default: int = -1) -> int:
    if value.__class__ is int:  # offsets mostly are: asked for once per claim of the corpus
        return value  # type: ignore[return-value]
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return default if math.isnan(number) else int(number)


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


@dataclass(frozen=True)
class Piece:
    """A run of a paragraph: plain text, or a claim's highlighted text."""

    text: str
    claim: dict[str, object] | None = None


@dataclass(frozen=True)
class DocumentView:
    index: int
    name: str
    length: int
    claims: list[dict[str, object]]
    paragraphs: list[tuple[int, list[Piece]]]  # (offset, pieces)
    skipped: list[tuple[dict[str, object], str]]  # claims not highlighted, and why
    statuses: Counter[str]
    flagged: list[dict[str, object]]  # worst first, then document order
    clean: list[dict[str, object]]
    shown: int = 0  # characters of the text shown (less than length when the page's limits cut it)
    hidden: int = 0  # claims in the part of the text that is not shown


def _ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Findings worst first, then by expectation, finding and claim: grouped by severity and expectation (a few
    groups), each group sorted by finding and claim, so that a million findings are not each given a key of four
    strings."""
    groups: dict[tuple[int, str], list[Finding]] = {}
    for finding in findings:
        groups.setdefault((RANK.get(finding.severity, len(RANK)), finding.expectation_id), []).append(finding)
    return [finding for key in sorted(groups) for finding in sorted(groups[key], key=_BY_FINDING_AND_CLAIM)]


_BY_FINDING_AND_CLAIM = itemgetter(0, 2)  # Finding is a named tuple: (finding_id, doc, claim_id, …)


@dataclass
class Page:
    data: ReportData
    claims: ClaimSet = field(default_factory=ClaimSet)  # every claim, read by column; rows only where shown
    order: list[int] = field(default_factory=list)  # the claims' rows by document, start, end and id
    index_of: dict[str, int] = field(default_factory=dict)  # claim_id -> its row (the first, in order)
    findings: dict[str, list[Finding]] = field(default_factory=dict)  # claim_id -> findings, worst first
    status: dict[str, str] = field(default_factory=dict)  # claim_id -> worst severity or ok
    related: dict[str, list[str]] = field(default_factory=dict)  # claim_id -> claims sharing a finding_id
    outcomes: list[Outcome] = field(default_factory=list)
    anchors: dict[str, str] = field(default_factory=dict)  # expectation_id -> anchor id
    limits: Limits = field(default_factory=Limits)
    by_expectation: dict[str, list[Finding]] = field(default_factory=dict)
    shown_documents: list[tuple[str, int]] = field(default_factory=list)  # (name, characters shown), in page order
    shown: set[str] = field(default_factory=set)  # ids of the claims the page shows (highlighted, in the table)
    table: list[dict[str, object]] = field(default_factory=list)  # the claims table's rows
    unshown: list[dict[str, object]] = field(default_factory=list)  # documents not shown: name and counts
    by_doc: dict[str, list[int]] = field(default_factory=dict)  # doc name -> its claims' rows, in order
    docs: list[str] = field(default_factory=list)  # each row's document, start and id, as the page reads them
    starts: list[int] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    @classmethod
    def build(cls, data: ReportData, limits: Limits | None = None) -> Page:
        page = cls(data, limits=limits or Limits())
        page.claims = claims = ClaimSet.of(data.claims)
        page.docs = docs = [text_of(v) for v in claims.column("doc")]
        page.starts = starts = [as_int(v) for v in claims.column("start")]
        page.ids = ids = [text_of(v) for v in claims.column("claim_id")]
        page.ends = ends = [as_int(v) for v in claims.column("end")]
        page.order = sorted(range(len(claims)), key=lambda i: (docs[i], starts[i], ends[i], ids[i]))
        for index in page.order:
            page.index_of.setdefault(ids[index], index)
        findings = _ordered(data.validation.findings)
        by_claim: dict[str, list[Finding]] = defaultdict(list)
        for finding in findings:
            by_claim[finding.claim_id].append(finding)
        page.findings = dict(by_claim)
        # A finding about several claims (a relation's) is one finding_id on each: only those relate claims.
        shared = {finding_id for finding_id, count in Counter(f.finding_id for f in findings).items() if count > 1}
        groups: dict[str, set[str]] = defaultdict(set)
        for finding in findings:
            if finding.finding_id in shared:
                groups[finding.finding_id].add(finding.claim_id)
        for claim_id, claim_findings in by_claim.items():
            page.status[claim_id] = claim_findings[0].severity if claim_findings[0].severity in RANK else "info"
            if not shared or not any(f.finding_id in shared for f in claim_findings):
                continue  # a finding about this claim alone: nothing related
            others = set().union(*(groups[f.finding_id] for f in claim_findings)) - {claim_id}
            if others:
                page.related[claim_id] = sorted(others, key=page.position)
        page.outcomes = sorted(data.validation.outcomes, key=lambda o: (
            o.success, RANK.get(o.spec.severity, len(RANK)), o.spec.suite, o.spec.position, o.spec.expectation_id))
        page.anchors = {o.spec.expectation_id: f"exp-{index}" for index, o in enumerate(page.outcomes, start=1)}
        for finding in findings:
            page.by_expectation.setdefault(finding.expectation_id, []).append(finding)
        page._select()
        return page

    def _select(self) -> None:
        """Which documents (and how much of each) the page shows: the worst first, within :class:`Limits`."""
        ids, ends = self.ids, self.ends
        by_doc: dict[str, list[int]] = defaultdict(list)
        for index in self.order:
            by_doc[self.docs[index]].append(index)
        self.by_doc = dict(by_doc)
        summaries = []
        for name in self.data.documents:
            rows = by_doc.get(name, [])
            statuses = Counter(self.status.get(ids[i], "ok") for i in rows)
            summaries.append({"name": name, "claims": len(rows), "statuses": statuses,
                              "characters": len(self.data.documents[name])})
        summaries.sort(key=lambda d: (*(-d["statuses"][s] for s in SEVERITIES), d["name"]))
        limits, characters, claims = self.limits, 0, 0
        for summary in summaries:
            name, size, count = summary["name"], summary["characters"], summary["claims"]
            fits = (len(self.shown_documents) < limits.documents and characters + size <= limits.characters
                    and claims + count <= limits.claims)
            if not fits and self.shown_documents:
                self.unshown.append(summary)
                continue
            # The first document is always shown, cut to the limits when it alone exceeds them.
            cut = min(size, limits.characters)
            kept = [i for i in by_doc.get(name, []) if cut == size or ends[i] <= cut][:limits.claims]
            if len(kept) < count:
                cut = min(cut, max((ends[i] for i in kept), default=0))
            self.shown_documents.append((name, cut))
            self.shown.update(ids[i] for i in kept)
            characters, claims = characters + cut, claims + len(kept)
        # Claims whose document is not among the documents (a claims table from elsewhere) are listed as such.
        orphans = [i for doc, rows in sorted(by_doc.items()) if doc not in self.data.documents for i in rows]
        room = max(0, limits.claims - claims)
        self.shown.update(ids[i] for i in orphans[:room])
        self.table = self.claims.rows(i for i in self.order if ids[i] in self.shown)

    @property
    def complete(self) -> bool:
        """Whether the page shows every document in full and every claim."""
        return not self.unshown and len(self.table) == len(self.claims) and all(
            cut == len(self.data.documents[name]) for name, cut in self.shown_documents)

    def position(self, claim_id: str) -> tuple[str, int, str]:
        index = self.index_of.get(claim_id)
        return ("", -1, claim_id) if index is None else (self.docs[index], self.starts[index], claim_id)

    def claim(self, claim_id: str) -> dict[str, object] | None:
        """What a link to a claim shows (its document and text), by its id; None for an id of no claim."""
        index = self.index_of.get(claim_id)
        if index is None:
            return None
        return {"doc": self.claims.column("doc")[index], "text": self.claims.column("text")[index]}

    def claim_status(self, claim_id: object) -> str:
        return self.status.get(text_of(claim_id), "ok")

    # --- the verdict -------------------------------------------------------------------------------------------

    @property
    def verdict(self) -> str:
        return "PASSED" if self.data.exit_status == 0 else "FAILED"

    def banner(self) -> tuple[str, str]:
        """The banner's state (pass, fail, notes) and its one-sentence summary."""
        data = self.data
        failed = data.validation.counts()
        total_failed = sum(failed.values())
        listed = ", ".join(f"{failed[s]} {s}" for s in SEVERITIES if failed[s])
        expectations = len(self.outcomes)
        if self.verdict == "FAILED":
            levels = "critical" if data.fail_on == "critical" else "warning or critical"
            failing = ("critical",) if data.fail_on == "critical" else ("critical", "warning")
            at_level = sum(failed[s] for s in failing)
            return "fail", (f"{plural(at_level, 'expectation')} failed at the failing severity ({levels}); "
                            f"{total_failed} of {expectations} failed in all ({listed}).")
        if data.fail_on == "never":
            return ("notes" if total_failed else "pass"), (
                "Reporting only: with fail-on “never” the run does not fail. " + (
                    f"{total_failed} of {expectations} expectations failed ({listed}); read them below."
                    if total_failed else f"All {expectations} expectations passed."))
        if total_failed:
            return "notes", (f"Nothing failed at the failing severity ({data.fail_on}); "
                             f"{total_failed} of {expectations} expectations failed below it ({listed}).")
        return "pass", f"All {plural(expectations, 'expectation')} passed."

    def finding_counts(self) -> dict[str, int]:
        return dict(Counter(f.severity for f in self.data.validation.findings))

    def flagged_claims(self) -> int:
        return len({f.claim_id for f in self.data.validation.findings})

    def failed_by_suite(self) -> Counter[str]:
        return Counter(o.spec.suite for o in self.outcomes if not o.success)

    # --- the chart ---------------------------------------------------------------------------------------------

    def chart(self) -> dict[str, object]:
        """Stacked horizontal bars: one bar per kind, one segment per status, laid out for an inline SVG."""
        counts: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
        for kind_value, claim_id in zip(self.claims.column("kind"), self.ids, strict=True):
            kind = text_of(kind_value) or "other"
            counts.setdefault(kind, Counter())[self.status.get(claim_id, "ok")] += 1
        kinds = list(KINDS) + sorted(k for k in counts if k not in KINDS)
        label_w, bar_w, row_h, top = 78, 380, 24, 34
        widest = max([sum(c.values()) for c in counts.values()] + [1])
        totals: Counter[str] = Counter()
        for counter in counts.values():
            totals.update(counter)
        legend, x = [], 4
        for status in STATUSES:
            label = f"{STATUS_LABEL[status]} ({totals[status]})"
            legend.append({"status": status, "label": label, "x": x, "colour": CHART_COLOURS[status]})
            x += 16 + 7 * len(label) + 14
        rows = []
        for row, kind in enumerate(kinds):
            y = top + row * row_h
            offset, segments = float(label_w), []
            for status in STATUSES:
                count = counts[kind][status]
                if count:
                    width = bar_w * count / widest
                    segments.append({"status": status, "label": STATUS_LABEL[status], "count": count,
                                     "x": f"{offset:.2f}", "width": f"{width:.2f}", "colour": CHART_COLOURS[status]})
                    offset += width
            rows.append({"kind": kind, "y": y, "total": sum(counts[kind].values()), "segments": segments,
                         "end": f"{offset + 6:.2f}"})
        description = "; ".join(
            f"{kind}: {sum(counts[kind].values())} ("
            + ", ".join(f"{counts[kind][s]} {STATUS_LABEL[s]}" for s in STATUSES if counts[kind][s]) + ")"
            for kind in kinds if sum(counts[kind].values()))
        return {"width": label_w + bar_w + 48, "height": top + row_h * len(kinds) + 6, "label_w": label_w,
                "bar_w": bar_w, "row_h": row_h, "legend": legend, "rows": rows,
                "description": description or "No claims."}

    # --- the expectations --------------------------------------------------------------------------------------

    def outcome_view(self, outcome: Outcome) -> dict[str, object]:
        """What an expectation's entry shows: its state, the claims it flagged and their messages."""
        spec = outcome.spec
        state = "error" if outcome.error else ("passed" if outcome.success else "failed")
        findings = self.by_expectation.get(spec.expectation_id, [])
        # A suite over the relations table flags relations; its findings name the claims behind them.
        relational = bool(outcome.claim_ids) and not any(c in self.index_of for c in outcome.claim_ids)
        listed = [c for c in ([f.claim_id for f in findings] or outcome.claim_ids) if c in self.index_of]
        ids = set(listed)
        rows = plural(outcome.evaluated, "relation between claims", "relations between claims") if relational \
            else plural(outcome.evaluated, "claim")
        messages = {f.claim_id: f.message for f in findings}
        flagged = []
        if not outcome.success:
            for claim_id in heapq.nsmallest(MAX_LISTED, ids, key=self.position):  # no sort of 10^6 ids for 60
                message = messages.get(claim_id, "")
                flagged.append({"claim_id": claim_id, "doc": self.claims.column("doc")[self.index_of[claim_id]],
                                "message": message if message and message != outcome.description else ""})
        shown = sorted((c for c in ids if c in self.shown), key=self.position)
        return {"state": state, "icon": {"error": "!", "passed": "✓", "failed": "✗"}[state],
                "anchor": self.anchors[spec.expectation_id], "targets": " ".join(shown) if not outcome.success else "",
                "result": f"{outcome.unexpected} of {rows} unexpected" if not outcome.error else "not evaluated",
                "flagged": flagged, "more": max(0, len(ids) - MAX_LISTED) if not outcome.success else 0}

    # --- the documents -----------------------------------------------------------------------------------------

    def documents(self) -> tuple[list[DocumentView], list[dict[str, object]]]:
        """Every document with its highlights, and the claims whose document is not in the report."""
        by_doc, ids, shown = self.by_doc, self.ids, self.shown
        views = [self.document_view(index, name, self.data.documents[name][:cut],
                                    self.claims.rows(i for i in by_doc.get(name, []) if ids[i] in shown),
                                    length=len(self.data.documents[name]))
                 for index, (name, cut) in enumerate(self.shown_documents, start=1)]
        orphans = self.claims.rows(i for doc, rows in sorted(by_doc.items()) if doc not in self.data.documents
                                   for i in rows if ids[i] in shown)
        return views, orphans

    def document_view(self, index: int, name: str, text: str, claims: list[dict[str, object]],
                      length: int | None = None) -> DocumentView:
        """A document's paragraphs with its claims placed; ``text`` may be the start of a longer document
        (``length`` characters), cut to the page's limits."""
        placed: list[tuple[int, int, dict[str, object]]] = []
        skipped: list[tuple[dict[str, object], str]] = []
        for claim in claims:  # sorted by start; a claim that overlaps one already placed is listed, not nested
            start, end = as_int(claim.get("start")), as_int(claim.get("end"))
            if not 0 <= start < end <= len(text):
                skipped.append((claim, f"offsets [{start}, {end}) are outside the text"))
            elif placed and start < placed[-1][1]:
                skipped.append((claim, f"overlaps {text_of(placed[-1][2].get('text'))!r}"))
            else:
                placed.append((start, end, claim))
        # Paragraph breaks never cut a highlight: a break inside a claim's span stays part of the claim.
        breaks = [(m.start(), m.end()) for m in PARAGRAPH_BREAK.finditer(text)
                  if not any(s < m.end() and m.start() < e for s, e, _ in placed)]
        spans, cursor = [], 0
        for start, end in [*breaks, (len(text), len(text))]:
            if start > cursor:
                spans.append((cursor, start))
            cursor = end
        paragraphs: list[tuple[int, list[Piece]]] = []
        queue = iter(placed)
        pending = next(queue, None)
        for p_start, p_end in spans:
            pieces, position = [], p_start
            while pending is not None and pending[0] < p_end:
                start, end, claim = pending
                pieces += [Piece(text[position:start]), Piece(text[start:end], claim)]
                position = end
                pending = next(queue, None)
            pieces.append(Piece(text[position:p_end]))
            if any(piece.claim is not None or piece.text.strip() for piece in pieces):
                paragraphs.append((p_start, [piece for piece in pieces if piece.text]))
        status_of = [self.claim_status(c.get("claim_id")) for c in claims]
        flagged = sorted((c for c, s in zip(claims, status_of, strict=True) if s != "ok"),
                         key=lambda c: RANK[self.claim_status(c.get("claim_id"))])  # stable: document order
        clean = [c for c, s in zip(claims, status_of, strict=True) if s == "ok"]
        cut = len(self.data.documents.get(name, "")) > len(text)
        hidden = len(self.by_doc.get(name, [])) - len(claims) if cut else 0
        return DocumentView(index, name, len(text) if length is None else length, claims, paragraphs, skipped,
                            Counter(status_of), flagged, clean, shown=len(text), hidden=hidden)
