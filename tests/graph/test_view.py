"""The HTML view without a browser: self-contained, hostile strings escaped, cuts, caps, layout."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from view_samples import EX, IMG, SAMPLE, SCRIPT, sample_graph

from migkg.cli import main
from migkg.errors import MigkgError
from migkg.graph.view import PHYSICS_UP_TO, cut_network, render_html, safe_json, write_view

AMIF = "https://w3id.org/migkg/id/fund/AMIF"


def page_json(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="migkg-data">(.*?)</script>', html, re.S)
    assert m
    return json.loads(m.group(1))


@pytest.fixture
def sample(tmp_path: Path):
    store, g = sample_graph(tmp_path)
    yield store, g
    store.close()


def test_page_is_self_contained(sample) -> None:
    _store, g = sample
    html = render_html(g)
    # Nothing is loaded from anywhere: no external script, stylesheet, image or frame.
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert "default-src 'none'" in html
    assert "new vis.Network" in html  # vis-network itself is inlined
    assert html.lower().count("</script") == 3  # the data, vis-network and the page's own script: none ends early


def test_hostile_strings_are_only_json_text(sample) -> None:
    _store, g = sample
    html = render_html(g)
    assert IMG not in html and SCRIPT not in html  # neither appears as markup anywhere
    data = page_json(html)
    labels = {d["label"] for d in data["details"]}
    assert {IMG, SCRIPT} <= labels  # ... yet both come back exactly as text
    assert any(SCRIPT in e[0] for e in data["evidence"])
    # Only http(s) source URLs are kept as links; the javascript: one is dropped.
    urls = {e[5] for e in data["evidence"]}
    assert urls == {"https://news.example.org/desk", ""}
    # No vis-network tooltips (which may render HTML) carry data.
    assert not any("title" in n for n in data["nodes"]) and not any("title" in e for e in data["edges"])


def test_safe_json_escapes_what_could_end_a_script() -> None:
    text = safe_json({"a": "</script><!-- & \u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(text)
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029"}


def test_page_data_types_rows_and_evidence(sample) -> None:
    _store, g = sample
    data = page_json(render_html(g))
    assert len(data["nodes"]) == g.number_of_nodes() == 8  # 3 projects, 2 funders, 2 NGOs, a period
    assert len(data["edges"]) == g.number_of_edges()
    desk = next(d for d in data["details"] if d["iri"] == EX + "desk")
    assert [data["rows"][r] for r in desk["rows"]] == [["AMIF", "Welcome desk", "Help A", 2022, 2024, 150000.0]]
    [evidence] = [data["evidence"][k] for k in desk["evidence"]]
    # sentence, property, value, confidence, source label, link, subject
    assert evidence == [
        "Help A runs the welcome desk with AMIF money.",
        "implementedBy",
        "Help A",
        0.9,
        "https://news.example.org/desk",  # the source has no title: its URL names it
        "https://news.example.org/desk",
        "Welcome desk",
    ]
    assert data["options"]["physics"]["enabled"] is True  # small: laid out by the browser


def test_cut_by_fund_period_organisation_and_focus(sample) -> None:
    store, g = sample

    def short(sub: nx.MultiDiGraph) -> set[str]:
        return {n.removeprefix(EX).rsplit("/", 1)[-1] for n in sub}

    assert short(cut_network(g, store=store, fund="AMIF")) == {"AMIF", "desk", "ngo-a", "p2022"}
    assert short(cut_network(g, store=store, fund="Ville de Test")) == {"city", "shelter", "odd", "ngo-b"}
    assert short(cut_network(g, store=store, period="2026-2027")) == {"city", "shelter", "ngo-b"}
    assert short(cut_network(g, store=store, period="2023")) == {"AMIF", "desk", "ngo-a", "p2022"}
    assert short(cut_network(g, store=store, period="2022–2024")) == {"AMIF", "desk", "ngo-a", "p2022"}  # by label
    assert short(cut_network(g, store=store, organisation="HLPA")) == {"AMIF", "desk", "ngo-a", "p2022"}  # acronym
    assert short(cut_network(g, store=store, focus="Night shelter", depth=1)) == {"shelter", "city", "ngo-b"}
    assert short(cut_network(g, store=store, focus=EX + "ngo-b", depth=2)) == {"ngo-b", "shelter", "city"}
    assert len(cut_network(g, store=store, focus="Ville de Test", depth=2)) == 4
    with pytest.raises(MigkgError, match="no node"):
        cut_network(g, store=store, focus="Nobody")


def test_cap_says_what_was_left_out(sample, tmp_path: Path) -> None:
    _store, g = sample
    result = write_view(g, tmp_path / "capped.html", max_nodes=3)
    assert (result.nodes, result.left_out, result.total_nodes) == (3, 5, 8)
    assert "left out 5" in result.message and "--focus" in result.message
    assert len(page_json((tmp_path / "capped.html").read_text(encoding="utf-8"))["nodes"]) == 3


def test_large_graph_is_laid_out_in_python(tmp_path: Path) -> None:
    n = PHYSICS_UP_TO + 50
    g = nx.MultiDiGraph()
    for i in range(n):
        g.add_node(f"p{i}", type="project", label=f"Project {i}", names=[])
    g.add_node("f", type="fund", label="Fund", names=[])
    for i in range(n):
        g.add_edge("f", f"p{i}", key="funds", relation="funds")
    data = page_json(render_html(g))
    assert data["options"]["physics"] == {"enabled": False}
    assert all("x" in node and "y" in node for node in data["nodes"])
    xy = {(node["x"], node["y"]) for node in data["nodes"]}
    assert len(xy) == len(data["nodes"])  # no two nodes on top of each other


# A graph past PHYSICS_UP_TO with organisations shared between projects (the layout's neighbour order
# matters), built in an order that depends on the hash seed; its page written to argv[1].
LAYOUT_SCRIPT = """
import sys
import networkx as nx
from migkg.graph.view import render_html
g = nx.MultiDiGraph()
for i in set(range(400)):
    g.add_node(f"p{i}", type="project", label=f"Project {i}", names=[])
    g.add_edge(f"o{i % 37}", f"p{i}", key="implements", relation="implements")
    g.add_edge("f", f"p{i}", key="funds", relation="funds")
for n in {f"o{i}" for i in range(37)}:
    g.nodes[n].update(type="organisation", label=n, names=[])
g.nodes["f"].update(type="fund", label="Fund", names=[])
open(sys.argv[1], "w", encoding="utf-8").write(render_html(g))
"""


def test_the_layout_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"page-{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
        subprocess.run([sys.executable, "-c", LAYOUT_SCRIPT, str(out)], env=env, check=True)
        pages.append(page_json(out.read_text(encoding="utf-8")))
    assert pages[0]["pythonLayout"] and pages[0]["nodes"] == pages[1]["nodes"]


def test_cli_view(tmp_path: Path) -> None:
    ttl = tmp_path / "s.ttl"
    ttl.write_text(SAMPLE, encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "load", str(ttl)]).exit_code == 0
    out = tmp_path / "g.html"
    result = runner.invoke(main, ["--store", store, "view", "-o", str(out), "--fund", "AMIF"])
    assert result.exit_code == 0, result.output
    assert len(page_json(out.read_text(encoding="utf-8"))["nodes"]) == 4
    result = runner.invoke(main, ["--store", store, "view", "-o", str(out), "--max-nodes", "2"])
    assert result.exit_code == 0 and "left out 6" in result.stderr
    result = runner.invoke(main, ["--store", store, "view", "-o", str(out), "--focus", "Nobody"])
    assert result.exit_code == 1 and "no node" in result.stderr


@pytest.mark.parametrize("command", [["view"], ["network"], ["network", "stats"], ["network", "export"]], ids=" ".join)
def test_new_commands_have_help_with_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0 and "Example" in result.output
