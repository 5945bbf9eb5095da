"""`kg.view()` as Jupyter shows it: the page inside a sandboxed `<iframe srcdoc>` of a notebook-like page,
in Debian's chromium driven by Playwright, every request blocked. Skipped without them, as
tests/graph/test_view_browser.py is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import PREFIXES, WELCOME_DESK

import migkg

CHROMIUM = Path("/usr/bin/chromium")
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright's Python package is not installed (pip install playwright)"
)
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)"
)

HOSTILE_TTL = (
    PREFIXES
    + """
ex:hostile a mkg:Project ; rdfs:label "<img src=x onerror=alert(1)>\\"><script>alert(2)</script>"@en ;
    mkg:fundedBy fund:AMIF .
"""
)


def test_view_draws_inside_the_notebook_frame(tmp_path: Path) -> None:
    (tmp_path / "welcome.ttl").write_text(WELCOME_DESK, encoding="utf-8")
    (tmp_path / "hostile.ttl").write_text(HOSTILE_TTL, encoding="utf-8")
    with migkg.open(tmp_path / "store") as kg:
        assert kg.load([tmp_path / "welcome.ttl", tmp_path / "hostile.ttl"]).ok
        view = kg.view()
    notebook = tmp_path / "notebook.html"
    notebook.write_text(f"<!DOCTYPE html><html><body><div>{view._repr_html_()}</div></body></html>", encoding="utf-8")
    page_url = notebook.resolve().as_uri()
    errors: list[str] = []
    dialogs: list[str] = []
    requests: list[str] = []

    def route(r: Any) -> None:
        if r.request.url == page_url:
            r.continue_()
        else:
            requests.append(r.request.url)
            r.abort()

    def dialog(d: Any) -> None:
        dialogs.append(d.message)
        d.dismiss()

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("dialog", dialog)
            page.route("**/*", route)
            page.goto(page_url)
            frame = page.frame_locator("iframe")
            frame.locator("body[data-ready][data-stable]").wait_for(state="attached", timeout=20000)
            inner = next(f for f in page.frames if f != page.main_frame)
            drawn = inner.evaluate("migkgView.drawnCount()")
        finally:
            browser.close()
    assert drawn == view.nodes
    assert errors == []
    assert requests == []
    assert dialogs == []
