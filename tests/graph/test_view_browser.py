"""The HTML view in a real browser: Debian's chromium driven by Playwright, every request blocked.

Skipped when Playwright's Python package or /usr/bin/chromium is missing (`.ci/run` installs both;
Playwright's own browser download is not used).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from view_samples import EX, IMG, SCRIPT, sample_graph

from migkg.graph.view import write_view

CHROMIUM = Path("/usr/bin/chromium")
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright's Python package is not installed (pip install playwright)"
)
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield b
        b.close()


class Page:
    """A page of the view with what happened in it: console errors, dialogs, requests attempted."""

    def __init__(self, browser: Any, html: Path) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": 1400, "height": 900})
        page_url = html.resolve().as_uri()
        self.url = page_url
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.route("**/*", self._route(page_url))
        self.page.goto(page_url)
        self.page.wait_for_selector("body[data-ready][data-stable]", state="attached", timeout=20000)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def _route(self, page_url: str):
        def handle(route: Any) -> None:
            url = route.request.url
            if url == page_url:
                route.continue_()
            else:  # everything else is blocked, and recorded
                self.requests.append(url)
                route.abort()

        return handle

    def js(self, expression: str) -> Any:
        return self.page.evaluate(expression)

    def node_index(self, iri: str) -> int:
        return self.js(
            f"JSON.parse(document.getElementById('migkg-data').textContent).details.findIndex(d => d.iri === {iri!r})"
        )

    def click_node(self, iri: str) -> None:
        i = self.node_index(iri)
        pos = self.js(f"migkgView.positionOf({i})")
        box = self.page.locator("#graph").bounding_box()
        self.page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])


@pytest.fixture
def view(browser, tmp_path: Path):
    store, g = sample_graph(tmp_path)
    store.close()
    html = tmp_path / "view.html"
    write_view(g, html)
    page = Page(browser, html)
    yield page, g
    page.page.close()


def test_loads_offline_without_errors_and_draws_every_node(view) -> None:
    page, g = view
    assert page.errors == []
    assert page.requests == []
    assert page.js("migkgView.drawnCount()") == g.number_of_nodes()
    assert page.page.locator("#types input[type=checkbox]").count() == 4  # fund, organisation, project, period


def test_search_finds_a_node(view) -> None:
    page, _g = view
    page.page.fill("#search", "hlpa")  # NGO A's acronym, not its label
    assert page.page.locator("#results button").all_text_contents() == ["Help A (organisation)"]
    page.page.click("#results button")
    assert page.page.locator("#panel h3").text_content() == "Help A"


def test_filters_hide_nodes(view) -> None:
    page, g = view
    n = g.number_of_nodes()
    page.page.locator("#confidence").fill("0.5")  # NGO B's only edge has confidence 0.3
    assert page.js("migkgView.drawnCount()") == n - 1
    page.page.locator("#confidence").fill("0")
    page.page.uncheck("#types input[data-type=organisation]")
    assert page.js("migkgView.drawnCount()") == n - 3  # the city, Help A and NGO B
    page.page.check("#types input[data-type=organisation]")
    page.page.select_option("#fund", label="Asylum, Migration and Integration Fund")
    assert page.js("migkgView.drawnCount()") == 4  # AMIF, the desk, Help A, the desk's period
    page.page.select_option("#fund", label="Ville de Test")
    assert page.js("migkgView.drawnCount()") == 4  # the city, the shelter, the odd project, NGO B
    page.page.select_option("#fund", value="")
    page.page.select_option("#period", label="2022–2024")
    assert page.js("migkgView.drawnCount()") == 4  # only the desk overlaps: with AMIF, Help A, the period
    page.page.select_option("#period", value="")
    assert page.js("migkgView.drawnCount()") == n
    assert page.errors == []


def test_click_opens_the_panel_with_evidence(view) -> None:
    page, _g = view
    page.click_node(EX + "desk")
    panel = page.page.locator("#panel")
    assert panel.is_visible()
    assert panel.locator("h3").text_content() == "Welcome desk"
    assert "Help A runs the welcome desk with AMIF money." in panel.text_content()
    link = panel.locator(".evidence a")
    assert link.get_attribute("href") == "https://news.example.org/desk"
    assert "€150,000" in panel.text_content()  # the who-funded-what row's amount


def test_hostile_strings_run_nothing(view) -> None:
    page, _g = view
    page.click_node(EX + "ngo-b")
    panel = page.page.locator("#panel")
    assert panel.locator("h3").text_content() == IMG  # shown as the characters it is
    assert SCRIPT in panel.text_content()
    assert panel.locator("a").count() == 0  # the javascript: source is text, not a link
    page.page.fill("#search", "<img")
    page.page.click("#results button")
    page.page.fill("#search", "</script>")
    page.page.click("#results button")
    assert page.page.locator("#panel h3").text_content() == SCRIPT
    page.page.wait_for_timeout(300)
    assert page.page.locator("img").count() == 0
    assert page.dialogs == []
    assert page.errors == []
    # No navigation, and no request out: the javascript: source and the hostile labels went nowhere.
    assert page.page.url == page.url
    assert page.requests == []
