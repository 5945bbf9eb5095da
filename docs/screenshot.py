"""Take the README's screenshot of the view: the example article loaded into a temporary store,
drawn by `migkg view`, photographed by Debian's headless chromium (Playwright, requests blocked).

    python docs/screenshot.py            # writes docs/view.png

Needs `pip install playwright` and `apt-get install chromium` (as `.ci/run` does).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from migkg.graph.store import GraphStore
from migkg.graph.view import view
from migkg.loaders.inputs import expand_paths, read_inputs
from migkg.loaders.registry import supported_suffixes

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "seed-article-fr.txt"
OUTPUT = ROOT / "docs" / "view.png"
CHROMIUM = "/usr/bin/chromium"
CLICK = "https://w3id.org/migkg/id/org/federal-agency-for-the-reception-of-asylum-seekers"  # opens the panel


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="migkg-shot-") as tmp:
        store = GraphStore(Path(tmp) / "store")
        try:
            for result in store.load_inputs(read_inputs(expand_paths([str(ARTICLE)], supported_suffixes()))):
                if isinstance(result, Exception):
                    raise result
            page_path = Path(tmp) / "view.html"
            view(store, page_path)
        finally:
            store.close()
        url = page_path.as_uri()
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1400, "height": 820}, device_scale_factor=1)
            page.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
            page.goto(url)
            page.wait_for_selector("body[data-ready][data-stable]", state="attached", timeout=30000)
            index = page.evaluate(
                "iri => JSON.parse(document.getElementById('migkg-data').textContent)"
                ".details.findIndex(d => d.iri === iri)",
                CLICK,
            )
            pos = page.evaluate(f"migkgView.positionOf({index})")
            box = page.locator("#graph").bounding_box()
            page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
            page.wait_for_selector("#panel:not([hidden])")
            page.screenshot(path=str(OUTPUT))
            browser.close()
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
