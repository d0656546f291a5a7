"""The HTML report page, rendered from hand-built report data (no browser; see test_report_browser.py)."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

import pytest

from checks.claims import COLUMNS
from checks.report import ReportData
from checks.report.html import render_html
from checks.validate import ExpectationSpec, Finding, Outcome, Suite, Validation

NAN = float("nan")
GENERATED_AT = "2024-10-22T08:00:00+00:00"

# Invented texts, written for these tests. One separates paragraphs with two ideographic spaces on one line (as
# many Chinese news texts do), one with line breaks, one carries markup that must come out as text.
RETAIL = ("某市前三季度消费市场稳中有升\u3000\u3000今年前三季度，某市社会消费品零售总额同比增长8.5%，线上占比达到120%。"
          "其中，餐饮收入较去年同期增长超15%，据市统计局数据，限额以上单位商品零售额约3200亿元。\u3000\u3000"
          "市商务局有关负责人表示，预计全年社会消费品零售总额将突破4500亿元，同比增长9%左右。")
TRAVEL = ("国庆假期旅游数据发布\n\n"
          "据文化和旅游部数据中心测算，国庆假期全国国内旅游出游8.26亿人次，按可比口径同比增长4.1%。\n"
          "实现国内旅游收入7008亿元，同比增长5.9%，人均花费约848元。\n多家平台数据显示，入境游订单量增长超过两倍。")
MARKUP = '<script>alert("x")</script>公司公告称，营收增长5%，毛利率为<b>32%</b>。'

# Paragraphs for a long document, so that some claims start far below the top of the page.
REGIONS = ("东城区", "西城区", "南湖区", "北山县", "滨江新区", "高新区", "临港片区", "老城区", "开发区", "江北区",
           "河西区", "青山镇", "白沙镇", "云溪县", "石桥镇", "长乐县", "明湖区", "安平县")


def _long_text() -> str:
    paragraphs = ["各区县消费市场运行情况"]
    for number, region in enumerate(REGIONS, start=1):
        paragraphs.append(
            f"{region}今年以来持续优化营商环境，商圈改造、夜间经济和社区便民服务同步推进。辖区内重点商贸企业"
            f"普遍反映客流回暖，节假日期间商户营业时间有所延长，部分门店新增了线上下单和即时配送服务。"
            f"据{region}商务部门介绍，全区限额以上零售企业营业额同比增长{number + 3}.{number % 10}%，"
            f"新开门店数量较上年有所增加，社区商业网点覆盖面继续扩大。")
    return "\n".join(paragraphs)


def _find(text: str, snippet: str, occurrence: int = 1) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(snippet, start + 1)
    return start


def make_claim(docs: dict[str, str], doc: str, claim_id: str, snippet: str, occurrence: int = 1,
               **fields: object) -> dict[str, object]:
    """A claims-table row for ``snippet`` in ``doc``; offsets come from the text so they are right by construction."""
    start = _find(docs[doc], snippet, occurrence)
    row: dict[str, object] = dict.fromkeys(COLUMNS)
    value = fields.get("value")
    row.update(doc=doc, claim_id=claim_id, start=start, end=start + len(snippet), text=snippet, sentence=None,
               unit="percent", qualifier="exact", lower=value, upper=value, kind="growth", direction="up",
               projected=False, vague=False)
    row.update(fields)
    return row


def _claims(docs: dict[str, str]) -> list[dict[str, object]]:
    r, t, m = "retail.txt", "travel.txt", "markup.txt"
    claims = [
        make_claim(docs, r, "c-r-growth", "8.5%", value=8.5, basis="同比", metric="社会消费品零售总额",
                   period="今年前三季度"),
        make_claim(docs, r, "c-r-share", "120%", value=120.0, kind="share", direction=None, metric="线上占比"),
        make_claim(docs, r, "c-r-dining", "超15%", value=15, qualifier="over", upper=None, basis="较去年同期",
                   metric="餐饮收入"),
        make_claim(docs, r, "c-r-sales", "约3200亿元", value=3.2e11, unit="CNY", qualifier="approx", lower=NAN,
                   upper=NAN, kind="level", direction=None, metric="限额以上单位商品零售额",
                   attribution="据市统计局数据"),
        make_claim(docs, r, "c-r-target", "4500亿元", value=4.5e11, unit="CNY", qualifier="over", upper=None,
                   kind="level", direction=None, projected=True, metric="社会消费品零售总额", period="全年",
                   attribution="市商务局有关负责人表示"),
        make_claim(docs, r, "c-r-forecast", "9%左右", value=9, qualifier="approx", lower=None, upper=None,
                   projected=True, basis="同比", period="全年", attribution="市商务局有关负责人表示"),
        make_claim(docs, t, "c-t-trips", "8.26亿人次", value=8.26e8, unit="count", kind="level", direction=None,
                   metric="国内旅游出游", period="国庆假期", attribution="据文化和旅游部数据中心测算"),
        make_claim(docs, t, "c-t-trips-growth", "4.1%", value=4.1, basis="同比", period="国庆假期",
                   attribution="据文化和旅游部数据中心测算"),
        make_claim(docs, t, "c-t-revenue", "7008亿元", value=7.008e11, unit="CNY", kind="level", direction=None,
                   metric="国内旅游收入"),
        make_claim(docs, t, "c-t-revenue-growth", "5.9%", value=5.9, basis="同比", metric="国内旅游收入"),
        make_claim(docs, t, "c-t-spend", "约848元", value=848, unit="CNY", qualifier="approx", lower=None, upper=None,
                   kind="level", direction=None, metric="人均花费"),
        make_claim(docs, t, "c-t-inbound", "超过两倍", value=2, unit="times", qualifier="over", upper=None,
                   kind="multiple", metric="入境游订单量", attribution="多家平台数据显示"),
        make_claim(docs, m, "c-m-revenue", "5%", value=5, metric="营收", attribution="公司公告称"),
        make_claim(docs, m, "c-m-margin", "32%", value=32, kind="share", direction=None, metric="毛利率<i>",
                   attribution='<img src=x onerror="alert(1)">'),
    ]
    if "city.txt" in docs:
        for number, region in enumerate(REGIONS, start=1):
            text = f"{number + 3}.{number % 10}%"
            claims.append(make_claim(docs, "city.txt", f"c-city-{number:02d}", text, value=float(text[:-1]),
                                     basis="同比", metric="限额以上零售企业营业额",
                                     attribution=f"据{region}商务部门介绍"))
    return claims


def _spec(suite: str, position: int, type_: str, severity: str, why: str | None = None,
          **kwargs: object) -> ExpectationSpec:
    raw = {"type": type_, "kwargs": kwargs, "severity": severity}
    return ExpectationSpec(f"{suite}#{position}", suite, position, type_, kwargs, severity, why, raw)


def _validation(claims: list[dict[str, object]]) -> Validation:
    rows = {c["claim_id"]: c for c in claims}
    share = _spec("sanity", 1, "expect_column_values_to_be_between", "critical",
                  "A share of a whole cannot exceed 100%.", column="value", max_value=100)
    unit = _spec("sanity", 2, "expect_column_values_to_not_be_null", "critical", column="unit")
    qualifier = _spec("sanity", 3, "expect_column_values_to_be_in_set", "warning", column="qualifier")
    source = _spec("sanity", 4, "expect_column_values_to_not_be_null", "warning",
                   "A figure without a source cannot be checked.", column="attribution")
    missing = _spec("sources", 1, "expect_column_to_exist", "info", column="source_url")
    pair = _spec("sources", 2, "expect_forecast_to_agree_with_year_to_date", "info",
                 "A forecast far from the figures so far needs a reason in the text.")
    basis = _spec("sources", 3, "expect_column_values_to_match_regex", "info", column="basis", regex="^(同比|较)")
    unsourced = tuple(c for c in rows if not c.startswith("c-city") and rows[c]["attribution"] is None)
    outcomes = (
        Outcome(share, False, 4, 1, ("c-r-share",), "A share is at most 100%"),
        Outcome(unit, True, len(rows), 0, (), "Every claim has a unit"),
        Outcome(qualifier, True, len(rows), 0, (), "Qualifiers come from the known set"),
        Outcome(source, False, len(rows), len(unsourced), unsourced, "Every claim names its source"),
        Outcome(missing, False, 0, 0, (), "Claims link to a source URL", error="column 'source_url' does not exist"),
        Outcome(pair, False, 2, 2, ("c-r-growth", "c-r-forecast"), "Forecasts agree with the year so far"),
        Outcome(basis, True, 7, 0, (), "Comparisons name their basis"),
    )

    def finding(outcome: Outcome, claim_id: str, finding_id: str, message: str) -> Finding:
        row = rows[claim_id]
        return Finding(finding_id, str(row["doc"]), claim_id, int(row["start"]), int(row["end"]), str(row["text"]),
                       outcome.spec.suite, outcome.spec.type, outcome.spec.expectation_id, outcome.spec.severity,
                       message)

    findings = [finding(outcomes[0], "c-r-share", "f-share", "share 120 is above 100")]
    findings += [finding(outcomes[3], c, f"f-source-{c}", "no source named in the sentence") for c in unsourced]
    # One finding about two claims: both carry its finding_id, so each lists the other as related.
    findings += [finding(outcomes[5], c, "f-pair", "full-year forecast 9% against 8.5% so far")
                 for c in ("c-r-growth", "c-r-forecast")]
    suites = (Suite("sanity", "expectations/sanity.json", "1.2.0", (share, unit, qualifier, source)),
              Suite("sources", "expectations/sources.json", "7f3a9c21", (missing, pair, basis)))
    return Validation(suites, outcomes, tuple(findings), ())


def sample_documents(long: bool = False) -> dict[str, str]:
    docs = {"retail.txt": RETAIL, "travel.txt": TRAVEL, "markup.txt": MARKUP}
    if long:
        docs["city.txt"] = _long_text()  # sorts first, so the retail and travel claims start far down the page
    return docs


def sample_report(generated_at: str = GENERATED_AT, exit_status: int = 1, fail_on: str = "warning",
                  long: bool = False) -> ReportData:
    """Report data as `check run` would hand it over: three invented documents (four when ``long``)."""
    docs = sample_documents(long)
    claims = _claims(docs)
    return ReportData(generated_at=generated_at, tool_version="0.1.0", fail_on=fail_on, exit_status=exit_status,
                      documents=docs, claims=claims, validation=_validation(claims))


class _Elements(HTMLParser):
    """Collects, for every element with an id, its tag, attributes and the text directly inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.by_id: dict[str, tuple[str, dict[str, str | None]]] = {}
        self.text: dict[str, str] = {}
        self._open: list[str | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        element_id = attributes.get("id")
        if element_id:
            self.by_id[element_id] = (tag, attributes)
            self.text[element_id] = ""
        if tag not in ("meta", "input", "br", "img", "link"):
            self._open.append(element_id)

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1]:
            self.text[self._open[-1]] += data


def _parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


def _span(page: str, opening: str) -> str:
    """The span element that starts with ``opening``, up to its matching end tag."""
    start = page.index(opening)
    depth, position = 0, start
    for tag in re.finditer(r"<(/?)span\b[^>]*>", page[start:]):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            position = start + tag.end()
            break
    return page[start:position]


@pytest.fixture(scope="module")
def data() -> ReportData:
    return sample_report()


@pytest.fixture(scope="module")
def page(data: ReportData) -> str:
    return render_html(data)


def test_every_claim_is_highlighted_with_its_own_text(data: ReportData, page: str) -> None:
    elements = _parse(page)
    for claim in data.claims:
        tag, attributes = elements.by_id[f"claim-{claim['claim_id']}"]
        document = data.documents[str(claim["doc"])]
        assert tag == "mark"
        assert attributes["tabindex"] == "0"
        assert elements.text[f"claim-{claim['claim_id']}"] == document[int(claim["start"]):int(claim["end"])]
    assert page.count('<mark class="claim sev-') == len(data.claims) + 4  # and the four legend swatches


def test_paragraph_breaks_are_rendered_without_moving_offsets(page: str) -> None:
    retail = re.search(r'<article class="doc card" id="doc-\d+" aria-labelledby="[^"]+"><header[^>]*><h3[^>]*>'
                       r"retail\.txt</h3>.*?</article>", page, re.S)
    travel = re.search(r"<h3[^>]*>travel\.txt</h3>.*?</article>", page, re.S)
    assert retail and travel
    assert retail.group(0).count("<p data-offset=") == 3  # a headline and two paragraphs, split by U+3000 U+3000
    assert travel.group(0).count("<p data-offset=") == 4  # the blank line makes one break, not an empty paragraph
    assert "\u3000\u3000" not in retail.group(0)
    offsets = [int(o) for o in re.findall(r'<p data-offset="(\d+)">', retail.group(0))]
    assert [RETAIL[o] for o in offsets] == ["某", "今", "市"]


def test_text_from_documents_and_claims_is_escaped(page: str) -> None:
    assert page.count("<script") == 1  # only the page's own script
    assert '&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;' in page
    assert "&lt;b&gt;<span class=\"claim-wrap\">" in page  # the markup around 32% is text beside its highlight
    assert "<img" not in page and "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in page
    assert "毛利率<i>" not in page and "毛利率&lt;i&gt;" in page


def test_rendering_is_deterministic_except_for_the_timestamp() -> None:
    first, again = render_html(sample_report()), render_html(sample_report())
    assert first == again
    later = render_html(sample_report(generated_at="2025-01-02T03:04:05+00:00"))
    assert later != first
    assert first.replace(GENERATED_AT, "2025-01-02T03:04:05+00:00") == later


def test_the_page_loads_nothing_from_elsewhere(page: str) -> None:
    assert not re.search(r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@import|url\(", page, re.I)
    assert not re.search(r"<(?:img|iframe|object|embed|video|audio|source)\b", page, re.I)
    assert not re.search(r"\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|importScripts)\b", page)
    assert '<meta charset="utf-8">' in page
    assert '"PingFang SC"' in page and '"Microsoft YaHei"' in page and '"Noto Sans CJK SC"' in page


@pytest.mark.parametrize(("exit_status", "fail_on", "verdict", "says"), [
    (1, "warning", "FAILED", "failed at the failing severity"),
    (0, "critical", "PASSED", "Nothing failed at the failing severity (critical)"),
    (0, "never", "PASSED", "Reporting only"),
])
def test_the_banner_states_the_verdict(exit_status: int, fail_on: str, verdict: str, says: str) -> None:
    page = render_html(sample_report(exit_status=exit_status, fail_on=fail_on))
    label = re.search(r'<h1 id="verdict-label" class="verdict-label">(\w+)</h1>', page)
    assert label and label.group(1) == verdict
    assert says in page
    assert f"fail on <b>{fail_on}</b>" in page
    assert GENERATED_AT in page


def test_the_banner_counts_failures_findings_and_names_the_suites(page: str) -> None:
    summary = page[page.index('id="summary"'):page.index("</section>", page.index('id="summary"'))]
    failed = re.search(r"Failed expectations</span>(.*?)</div>", summary)
    findings = re.search(r"Findings</span>(.*?)</div>", summary)
    assert failed and findings
    assert re.findall(r"<b>(\d+)</b> (\w+)", failed.group(1)) == [("1", "critical"), ("1", "warning"), ("2", "info")]
    assert re.findall(r"<b>(\d+)</b> (\w+)", findings.group(1)) == [("1", "critical"), ("6", "warning"), ("2", "info")]
    assert "<b>3</b> documents" in summary and "<b>14</b> claims" in summary
    assert "<b>sanity</b> <code>1.2.0</code> 4 expectations" in summary
    assert "<b>sources</b> <code>7f3a9c21</code> 3 expectations" in summary
    assert "<b>sanity</b></td><td><code>1.2.0</code></td><td class=\"num\">4</td>" in page
    assert "<b>sources</b></td><td><code>7f3a9c21</code></td><td class=\"num\">3</td>" in page


def test_claims_are_coloured_by_their_worst_finding(page: str) -> None:
    classes = {key: attributes["class"] for key, (tag, attributes) in _parse(page).by_id.items() if tag == "mark"}
    assert classes["claim-c-r-share"] == "claim sev-critical"
    assert classes["claim-c-r-growth"] == "claim sev-warning"  # warning beats its info finding
    assert classes["claim-c-r-forecast"] == "claim sev-info"
    assert classes["claim-c-r-sales"] == "claim sev-ok"


def test_a_reading_shows_the_fields_findings_and_related_claims(page: str) -> None:
    reading = unescape(re.sub(r"<[^>]+>", "|", _span(page, '<span class="tip" role="tooltip" id="tip-c-r-growth">')))
    for expected in ("8.5", "percent", "[8.5, 8.5] exact", "growth", "up", "同比", "社会消费品零售总额",
                     "今年前三季度", "no source named in the sentence", "expect_column_values_to_not_be_null",
                     "full-year forecast 9% against 8.5% so far", "Related claims", "9%左右"):
        assert expected in reading, expected
    assert 'aria-describedby="tip-c-r-growth"' in page
    assert "[15, +∞) over" in unescape(_span(page, '<span class="tip" role="tooltip" id="tip-c-r-dining">'))


def test_expectations_are_listed_failed_first_and_link_their_claims(page: str) -> None:
    order = re.findall(r'data-expectation="([^"]+)"', page)
    assert order == ["sanity#1", "sanity#4", "sources#1", "sources#2", "sanity#2", "sanity#3", "sources#3"]
    assert ('<a class="outcome-title" href="#claim-c-r-share" data-claims="c-r-share"' in page)
    assert 'data-claims="c-r-growth c-r-forecast"' in page
    assert "column &#39;source_url&#39; does not exist" in page
    assert "A share of a whole cannot exceed 100%." in page


def test_the_claims_table_has_a_row_per_claim_linking_to_its_highlight(data: ReportData, page: str) -> None:
    table = page[page.index('id="claims-table"'):page.index("</table>", page.index('id="claims-table"'))]
    rows = re.findall(r'<tr data-severity="(\w+)" data-claim="([^"]+)">', table)
    assert len(rows) == len(data.claims)
    for _severity, claim_id in rows:
        assert f'href="#claim-{claim_id}" data-claims="{claim_id}"' in table
    assert ("critical", "c-r-share") in rows and ("ok", "c-t-trips") in rows
    assert 'id="claims-filter"' in page and 'id="claims-severity"' in page


def test_the_chart_counts_claims_by_kind_and_status(page: str) -> None:
    svg = re.search(r'<svg class="chart".*?</svg>', page, re.S)
    assert svg
    chart = svg.group(0)
    assert '<title id="chart-title">Claims by kind and status</title>' in chart
    assert "<title>share · critical: 1</title>" in chart and "<title>share · no finding: 1</title>" in chart
    assert "<title>growth · warning: 3</title>" in chart and "<title>growth · info: 1</title>" in chart
    assert "<title>level · warning: 2</title>" in chart and "<title>level · no finding: 3</title>" in chart
    totals = dict(re.findall(r'<text class="kind"[^>]*>(\w+)</text>.*?<text class="total[^"]*"[^>]*>(\d+)</text>',
                             chart))
    assert totals == {"share": "2", "growth": "6", "change": "0", "level": "5", "duration": "0", "multiple": "1",
                      "rank": "0", "other": "0"}
    assert "critical (1)" in chart and "no finding (7)" in chart


def test_overlapping_and_misplaced_claims_do_not_break_the_page() -> None:
    base = sample_report()
    overlapping = make_claim(base.documents, "retail.txt", "c-overlap", "8.5%，线上", value=8.5)
    outside = dict(overlapping, claim_id="c-outside", start=10_000, end=10_004)
    orphan = dict(overlapping, claim_id="c-orphan", doc="gone.txt")
    data = ReportData(base.generated_at, base.tool_version, base.fail_on, base.exit_status, base.documents,
                      [*base.claims, overlapping, outside, orphan], base.validation)
    page = render_html(data)
    elements = _parse(page)
    for claim_id in ("c-overlap", "c-outside", "c-orphan"):
        assert elements.by_id[f"claim-{claim_id}"][0] == "li"  # listed with an anchor, not highlighted
    assert elements.by_id["claim-c-r-growth"][0] == "mark"
    assert "2 claims not highlighted" in page and "whose document is not in the report" in page


def test_an_empty_report_renders() -> None:
    data = ReportData(GENERATED_AT, "0.1.0", "critical", 0, {"empty.txt": ""}, [], Validation((), (), (), ()))
    page = render_html(data)
    assert "PASSED" in page and "(empty document)" in page and "No expectations were run." in page


def test_support_summary_counts_what_stands_behind_the_figures() -> None:
    from checks.report.html import support_summary

    claims = [
        {"support_status": "supported", "source_kind": "official", "projected": False},
        {"support_status": "contradicted", "source_kind": "self", "projected": False},
        {"support_status": "unverifiable", "source_kind": "self", "projected": True},
        {"support_status": "unsupported", "source_kind": "none", "projected": False},
    ]
    assert support_summary(claims) == ("4 figures: 1 supported, 1 contradicted, 2 self-reported, 1 without a source, "
                                       "1 projected")


def test_a_large_corpus_shows_its_worst_documents_within_the_limits_and_counts_everything() -> None:
    from checks.report.page import Limits

    data = sample_report(long=True)
    worst = {f.claim_id for f in data.validation.findings if f.severity == "critical"}
    worst_docs = {c["doc"] for c in data.claims if c["claim_id"] in worst}
    page = render_html(data, Limits(documents=1, characters=10_000, claims=500, listed=2))
    elements = _parse(page)
    shown = [elements.text[key] for key in elements.by_id if re.fullmatch(r"doc-\d+-name", key)]
    assert len(shown) == 1 and shown[0] in worst_docs  # the one document shown is one with a critical finding
    assert "3 more documents, not shown here" in unescape(page)
    assert "and 1 more document: see claims.csv" in unescape(page)  # two are named, the third counted
    # Every link to a claim lands on an element of the page: claims not shown are named, not linked.
    targets = set(re.findall(r'href="#claim-([^"]+)"', page))
    assert targets and all(f"claim-{target}" in elements.by_id for target in targets)
    for attribute in re.findall(r'data-claims="([^"]*)"', page):
        assert all(f"claim-{claim_id}" in elements.by_id for claim_id in attribute.split())
    # The counts cover the whole corpus, not the part shown.
    assert f"{len(data.claims)} claims" in unescape(page)


def test_a_document_longer_than_the_limit_is_cut_with_a_note() -> None:
    from checks.report.page import Limits

    data = sample_report(long=True)
    page = unescape(render_html(data, Limits(documents=10, characters=60, claims=500)))
    assert re.search(r"The page shows the first \d+ characters of this document and its claims there; "
                     r"\d+ more claims? after them", page)


def test_a_page_from_a_claims_dataframe_is_the_page_from_its_rows() -> None:
    """A run hands the page its claims table as a DataFrame (read by column, rows made only for what is shown);
    the page is the one the same claims as row dicts give, byte for byte, including within tight limits."""
    import dataclasses

    import pandas as pd

    from checks.report.claimset import ClaimSet
    from checks.report.page import Limits
    from checks.report.tables import records

    sample = sample_report(long=True)
    frame = pd.DataFrame(sample.claims)
    rows = dataclasses.replace(sample, claims=records(frame))  # the rows as the page was given them before
    from_frame = dataclasses.replace(sample, claims=ClaimSet.of(frame))
    for limits in (None, Limits(documents=1, characters=10_000, claims=3, listed=2)):
        assert render_html(from_frame, limits) == render_html(rows, limits)
    claims = ClaimSet.of(frame)
    assert len(claims) == len(frame) and claims.rows([2, 0]) == [rows.claims[2], rows.claims[0]]
    assert claims.column("no such column") == [None] * len(frame)
