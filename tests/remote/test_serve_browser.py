"""The query page of `migkg serve` in a real browser (Debian's chromium driven by Playwright): what
documents say is shown as text, never run, and the page asks nothing of any other host.

Skipped when Playwright's Python package or /usr/bin/chromium is missing, unless CI is set (`.ci/run`
installs both)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_serve import Running

from migkg.graph.store import GraphStore

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip("Debian's chromium is not installed at /usr/bin/chromium", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright's Python package is not installed")

SCRIPT = "</script><script>alert('script')</script>"
IMG = "<img src=x onerror=\"alert('img')\">"
LINK = "javascript:alert('link')"
HOSTILE = "\n".join(
    [
        "@prefix ex: <https://example.org/> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        *(f"ex:{k} rdfs:label {json.dumps(v)} ." for k, v in (("a", SCRIPT), ("b", IMG), ("c", LINK))),
    ]
)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.ttl").write_text(HOSTILE, encoding="utf-8")
    store = folder / "store"
    with GraphStore(store) as s:
        failed = [r for r in s.load_inputs(_inputs(folder / "hostile.ttl")) if isinstance(r, Exception)]
        assert not failed, failed
    running = Running(store)
    yield running
    running.stop()


def _inputs(path: Path) -> Any:
    from migkg.loaders.inputs import read_inputs

    return read_inputs([path])


def test_hostile_labels_show_as_text_and_run_nothing(hostile_server: Running) -> None:
    origin = hostile_server.url.rstrip("/")
    dialogs: list[str] = []
    elsewhere: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

            def route(r: Any) -> None:
                if r.request.url.startswith(origin):
                    r.continue_()
                else:  # the page must not ask any other host for anything
                    elsewhere.append(r.request.url)
                    r.abort()

            page.route("**/*", route)
            page.goto(hostile_server.url)
            page.fill("#query", "SELECT ?label WHERE { ?s rdfs:label ?label } ORDER BY ?label")
            page.click("#run")
            page.wait_for_selector("#results table td", timeout=20000)
            cells = page.locator("#results td").all_text_contents()
            assert {SCRIPT, IMG, LINK} <= set(cells)  # the characters as they are
            page.wait_for_timeout(300)
            assert page.locator("#results img, #results script, #results a").count() == 0
            assert dialogs == []
            assert page.url.startswith(origin)  # no navigation
            assert elsewhere == []
        finally:
            browser.close()
