"""The HTML report in a real headless Chromium: offline, interactive, keyboard-usable, readable without JavaScript.

Uses Debian's /usr/bin/chromium through the playwright package; never downloads a browser. Skipped when either is
missing, except under CI (the environment variable CI set), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn

import pytest

from checks.report.html import render_html
from tests.test_report_html import sample_report

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
REPORTS = Path(__file__).resolve().parents[1] / "reports"
VIEWPORT = {"width": 1280, "height": 800}


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI installs it, so this is an error there)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not Path(CHROMIUM).is_file() or not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Report:
    """An open report page and what it did: console errors, page errors and every request it made."""

    page: Any
    path: Path
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.requests, "the page itself should have been requested"
        assert all(url.startswith(("file:", "data:")) for url in self.requests), self.requests

    def in_viewport(self, selector: str) -> bool:
        return self.page.evaluate(
            """(selector) => { const box = document.querySelector(selector).getBoundingClientRect();
                 return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth; }""",
            selector)

    def visible_rows(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "#claims-table tbody tr", "rows => rows.filter(r => !r.hidden).map(r => r.dataset.claim)")


def _open(browser: Any, tmp_path: Path, javascript: bool = True) -> Iterator[Report]:
    path = tmp_path / "index.html"
    path.write_text(render_html(sample_report(long=True)), encoding="utf-8")
    context = browser.new_context(viewport=VIEWPORT, java_script_enabled=javascript)
    # Anything that is not a local file is refused outright, as well as recorded and failed below.
    context.route(lambda url: not url.startswith(("file:", "data:")), lambda route: route.abort())
    page = context.new_page()
    report = Report(page, path)
    page.on("console", lambda message: report.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: report.errors.append(str(error)))
    page.on("request", lambda request: report.requests.append(request.url))
    page.goto(path.as_uri())
    try:
        yield report
    finally:
        context.close()


@pytest.fixture
def report(browser: Any, tmp_path: Path) -> Iterator[Report]:
    yield from _open(browser, tmp_path)


def test_the_page_loads_offline_without_errors_and_looks_right(report: Report, tmp_path: Path) -> None:
    page = report.page
    assert page.title().startswith("checks report — FAILED")
    assert page.evaluate("document.documentElement.classList.contains('js')")
    assert page.locator("#verdict-label").inner_text() == "FAILED"
    assert page.locator("svg.chart").is_visible()
    assert page.locator("mark.claim").count() == 32 + 4  # every claim, and the legend's four swatches
    shot = tmp_path / "report-screenshot.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    if REPORTS.is_dir():  # git-ignored; lets a person look at what the test saw
        shutil.copyfile(shot, REPORTS / "report-screenshot.png")
    report.assert_clean()


def test_clicking_a_failed_expectation_brings_its_claim_into_view_and_marks_it(report: Report) -> None:
    page, target = report.page, "#claim-c-r-share"
    assert not report.in_viewport(target)  # the long document pushes it far down
    assert "flagged" not in (page.get_attribute(target, "class") or "")
    page.click('a.outcome-title[data-claims="c-r-share"]')
    page.wait_for_function("(s) => document.querySelector(s).classList.contains('flagged')", arg=target)
    assert report.in_viewport(target)
    assert page.evaluate("document.activeElement.id") == "claim-c-r-share"
    assert page.locator("#tip-c-r-share").is_visible()  # focused, so its reading and findings show
    outline = page.eval_on_selector(target, "el => getComputedStyle(el).outlineStyle")
    assert outline == "solid"

    # One claim link of another expectation: that claim is marked instead, the first one no longer.
    page.evaluate("window.scrollTo(0, 0)")
    page.click('#exp-2 .flag-list a[data-claims="c-t-revenue-growth"]')
    assert report.in_viewport("#claim-c-t-revenue-growth")
    assert "flagged" in page.get_attribute("#claim-c-t-revenue-growth", "class")
    assert "flagged" not in page.get_attribute(target, "class")
    report.assert_clean()


def test_an_expectation_about_several_claims_marks_them_all(report: Report) -> None:
    page = report.page
    page.click('a.outcome-title[data-claims="c-r-growth c-r-forecast"]')
    assert page.eval_on_selector_all("mark.claim.flagged", "els => els.map(e => e.id)") == [
        "claim-c-r-growth", "claim-c-r-forecast"]
    assert report.in_viewport("#claim-c-r-growth")
    report.assert_clean()


def test_the_filter_narrows_the_claims_table(report: Report) -> None:
    page = report.page
    assert len(report.visible_rows()) == 32
    page.fill("#claims-filter", "travel")
    assert report.visible_rows() == ["c-t-trips", "c-t-trips-growth", "c-t-revenue", "c-t-revenue-growth",
                                     "c-t-spend", "c-t-inbound"]
    assert page.locator("#claims-shown").inner_text() == "6 of 32 claims"
    page.fill("#claims-filter", "人均花费")  # Chinese text in any cell
    assert report.visible_rows() == ["c-t-spend"]
    page.fill("#claims-filter", "")
    page.select_option("#claims-severity", "critical")
    assert report.visible_rows() == ["c-r-share"]
    page.select_option("#claims-severity", "warning")
    page.fill("#claims-filter", "travel")
    assert report.visible_rows() == ["c-t-revenue", "c-t-revenue-growth", "c-t-spend"]
    page.fill("#claims-filter", "no such text")
    assert report.visible_rows() == [] and page.locator("#claims-empty").is_visible()
    report.assert_clean()


def test_clicking_a_header_sorts_the_claims_table(report: Report) -> None:
    page = report.page

    def values() -> list[float]:
        cells = page.eval_on_selector_all("#claims-table tbody tr td:nth-child(5)",
                                          "cells => cells.map(c => c.dataset.sort)")
        return [float(v) for v in cells]

    before = values()
    assert before != sorted(before)
    page.click("#claims-table thead th:nth-child(5) button")
    assert values() == sorted(before)
    assert page.get_attribute("#claims-table thead th:nth-child(5)", "aria-sort") == "ascending"
    page.click("#claims-table thead th:nth-child(5) button")
    assert values() == sorted(before, reverse=True)
    page.click("#claims-table thead th:nth-child(3) button")  # status: critical first
    first = page.eval_on_selector("#claims-table tbody tr", "row => row.dataset.claim")
    assert first == "c-r-share"
    report.assert_clean()


def test_keyboard_focus_on_a_claim_shows_its_reading(report: Report) -> None:
    page = report.page
    tip = page.locator("#tip-c-city-01")
    assert not tip.is_visible()
    # Click the heading of the figure's document, then Tab, as a keyboard user would, to its first figure
    page.locator("article.doc", has=page.locator("#claim-c-city-01")).locator("h3").click()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "claim-c-city-01":
            break
    assert page.evaluate("document.activeElement.id") == "claim-c-city-01"
    assert tip.is_visible()
    assert "据东城区商务部门介绍" in tip.inner_text() and "[4.1, 4.1] exact" in tip.inner_text()
    box, width = tip.bounding_box(), page.evaluate("document.documentElement.clientWidth")
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.hover("#claim-c-r-forecast")  # the mouse works too, and a related claim is listed
    assert page.locator("#tip-c-r-forecast").is_visible()
    assert "8.5%" in page.locator("#tip-c-r-forecast .tip-related").inner_text()
    report.assert_clean()


def test_the_page_reads_without_javascript(browser: Any, tmp_path: Path) -> None:
    for report in _open(browser, tmp_path, javascript=False):
        page = report.page
        assert page.locator("#verdict-label").inner_text() == "FAILED"
        assert not page.locator("#claims-filter").is_visible()  # controls that need the script are hidden
        assert len(report.visible_rows()) == 32
        page.locator("#claim-c-t-spend").focus()
        assert page.locator("#tip-c-t-spend").is_visible()  # the reading is CSS, not script
        page.click('a.outcome-title[data-claims="c-r-share"]')  # a plain anchor: the browser scrolls to it
        assert page.url.endswith("#claim-c-r-share")
        assert report.in_viewport("#claim-c-r-share")
        assert page.eval_on_selector("#claim-c-r-share", "el => getComputedStyle(el).outlineStyle") == "solid"
        report.assert_clean()
