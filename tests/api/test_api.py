"""The Python API (`migkg.open`): loading, queries by name, file and text, parameters bound as terms,
rows as Python values, CSV, DataFrame and HTML, the view inline, and the same rows as the CLI."""

from __future__ import annotations

import csv
import io
import re
import sys
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import PREFIXES, WELCOME_DESK
from rdflib import Graph, URIRef

import migkg
from migkg.api import KnowledgeGraph, Rows, View
from migkg.cli import main
from migkg.errors import BatchError, MigkgError, MissingDependencyError, QueryError, StoreError

CONTRACT = ["funder", "project", "implementer", "start", "end", "amount_eur", "source"]
NGO_A = "https://example.org/ngo-a"
HOSTILE = "<script>alert(1)</script>"

# A project whose name is hostile markup, and an organisation named like a SPARQL fragment.
HOSTILE_TTL = (
    PREFIXES
    + f"""
ex:hostile a mkg:Project ; rdfs:label "{HOSTILE}"@en ; mkg:fundedBy fund:AMIF ; mkg:implementedBy ex:odd .
ex:odd a mkg:NonGovernmentalOrganisation ; skos:prefLabel "x\\" }} UNION {{ ?entity ?p ?o }} #"@en .
"""
)

QUERY_RQ = """\
# Organisations with a label in a language.
#
# param: lang_tag  a language tag, e.g. "en"
SELECT ?lang_tag ?org ?label WHERE {
  ?org a mkg:NonGovernmentalOrganisation ; skos:prefLabel ?label .
  FILTER(LANG(?label) = STR(?lang_tag) && STRSTARTS(STR(?org), "https://example.org/"))
}
ORDER BY ?org
"""


@pytest.fixture
def kg(tmp_path: Path) -> KnowledgeGraph:
    graph = migkg.open(tmp_path / "store")
    yield graph
    graph.close()


@pytest.fixture
def loaded(kg: KnowledgeGraph, tmp_path: Path) -> KnowledgeGraph:
    path = tmp_path / "welcome.ttl"
    path.write_text(WELCOME_DESK, encoding="utf-8")
    report = kg.load(path)
    assert report.ok, report
    return kg


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- open, load, close ------------------------------------------------------------------------


def test_open_is_exported_and_a_context_manager(tmp_path: Path) -> None:
    assert migkg.open is migkg.api.open
    assert migkg.KnowledgeGraph is KnowledgeGraph
    with migkg.open(tmp_path / "store") as kg:
        assert kg.path == tmp_path / "store"
        assert isinstance(kg.query("ASK { ?s a mkg:Fund }"), bool)
    with pytest.raises(StoreError, match="closed"):
        kg.query("funds")
    kg.close()  # twice is harmless
    with migkg.open(tmp_path / "store") as again:  # the lock was released
        assert again.query("ASK { ?s a mkg:Fund }") is True


def test_open_without_a_path_uses_the_cli_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MIGKG_STORE", str(tmp_path / "env-store"))
    with migkg.open() as kg:
        assert kg.path == tmp_path / "env-store"
    with migkg.open(memory=True) as kg:
        assert kg.path is None
        assert "in memory" in repr(kg)


def test_load_reports_results_and_errors(kg: KnowledgeGraph, tmp_path: Path) -> None:
    good = _write(tmp_path, "welcome.ttl", WELCOME_DESK)
    bad = _write(tmp_path, "bad.nt", "not n-triples\n")
    report = kg.load([good, str(bad)])
    assert report.counts == {"added": 1, "replaced": 0, "unchanged": 0, "failed": 1}
    assert report.summary() == "1 added, 1 failed"
    assert not report.ok
    assert [r.name for r in report] == [str(good)]
    assert "bad.nt" in str(report.errors[0])
    assert kg.load(good).summary() == "1 unchanged"


def test_strict_load_raises_and_loads_nothing(kg: KnowledgeGraph, tmp_path: Path) -> None:
    good = _write(tmp_path, "welcome.ttl", WELCOME_DESK)
    bad = _write(tmp_path, "bad.ttl", "nope")
    with pytest.raises(BatchError):
        kg.load([good, bad], strict=True)
    assert len(kg.who_funded_what()) == 0


def test_load_a_text_article(kg: KnowledgeGraph, tmp_path: Path) -> None:
    article = _write(
        tmp_path,
        "article.txt",
        "URL: https://example.org/news/1\nTITLE: Fedasil et le FAMI\nLANG: fr\n---\n"
        "Fedasil met en œuvre le projet REPAIR, financé par le FAMI entre 2024 et 2025.\n",
    )
    report = kg.load(article)
    assert report.counts["added"] == 1
    assert "https://example.org/news/1" in {s.url for s in kg.sources()}
    assert ("AMIF", "REPAIR") in {(r["funder"], r["project"]) for r in kg.who_funded_what()}
    facts = kg.explain("REPAIR")
    assert len(facts) >= 1
    assert all("REPAIR" in f["sentence"] and f["source"] == "https://example.org/news/1" for f in facts)
    assert all(isinstance(f["confidence"], Decimal) and isinstance(f["start"], int) for f in facts)


# -- queries ----------------------------------------------------------------------------------


def test_query_by_name_gives_rows_of_python_values(loaded: KnowledgeGraph) -> None:
    rows = loaded.query("who-funded-what")
    assert isinstance(rows, Rows)
    assert rows.columns == CONTRACT
    assert len(rows) == 4
    assert all(set(r) == set(CONTRACT) for r in rows)
    assert isinstance(rows[0], dict)
    assert isinstance(rows[1:3], Rows) and len(rows[1:3]) == 2


def test_query_by_rq_file_and_by_sparql_text(loaded: KnowledgeGraph, tmp_path: Path) -> None:
    rq = _write(tmp_path, "ngos.rq", QUERY_RQ)
    for query in (rq, str(rq)):
        rows = loaded.query(query, lang_tag="en")
        assert [r["org"] for r in rows] == [NGO_A]
        assert rows[0]["label"] == "Help A"
    text = "SELECT ?p WHERE { ?p a mkg:Project }"
    assert [r["p"] for r in loaded.query(text)] == ["https://example.org/welcome"]


def test_params_are_bound_as_terms(loaded: KnowledgeGraph) -> None:
    assert [r["entity"] for r in loaded.query("entities-named", name="help a")] == [NGO_A]
    by_iri = loaded.query("projects-of", org=NGO_A)
    assert len(by_iri) >= 1
    assert loaded.query("projects-of", org=URIRef(NGO_A)) == by_iri
    assert loaded.query("projects-of", params={"org": f"<{NGO_A}>"}) == by_iri
    assert len(loaded.query("projects-active-in", year=2023)) == 1
    assert len(loaded.query("projects-active-in", year="2030")) == 0


def test_a_sparql_looking_param_does_not_inject(loaded: KnowledgeGraph, tmp_path: Path) -> None:
    loaded.load(_write(tmp_path, "hostile.ttl", HOSTILE_TTL))
    injected = 'x" } UNION { ?entity ?p ?o } #'
    rows = loaded.query("entities-named", name=injected)
    # Only the organisation whose label is exactly that text: the text stayed one literal.
    assert [r["entity"] for r in rows] == ["https://example.org/odd"]
    assert rows[0]["name"] == injected
    assert len(loaded.query("entities-named", name="} #")) == 0


def test_param_errors(loaded: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="needs --param name"):
        loaded.query("entities-named")
    with pytest.raises(QueryError, match="no parameter 'nme'"):
        loaded.query("entities-named", name="x", nme="y")
    with pytest.raises(QueryError, match="cannot bind"):
        loaded.query("entities-named", name=object())
    with pytest.raises(QueryError, match="no query named"):
        loaded.query("who-funded-wat")
    with pytest.raises(QueryError, match="invalid SPARQL"):
        loaded.query("SELECT ?x WHERE { ?x")


def test_values_are_plain_python(kg: KnowledgeGraph) -> None:
    rows = kg.query(
        """SELECT ?i ?d ?f ?b ?y ?s ?iri ?none WHERE {
          VALUES (?i ?d ?f ?b ?y ?s ?iri ?none) {
            (42 12.50 "1.5e0"^^xsd:double true "2024"^^xsd:gYear "Aide"@fr <https://example.org/x> UNDEF)
          }
        }"""
    )
    row = rows[0]
    assert row == {
        "i": 42,
        "d": Decimal("12.50"),
        "f": 1.5,
        "b": True,
        "y": "2024",
        "s": "Aide",
        "iri": "https://example.org/x",
        "none": None,
    }
    assert type(row["i"]) is int
    assert rows.to_csv() == "i,d,f,b,y,s,iri,none\n42,12.5,1.5,true,2024,Aide,https://example.org/x,\n"


def test_ask_and_construct(loaded: KnowledgeGraph) -> None:
    assert loaded.query("ASK { ?p a mkg:Project }") is True
    graph = loaded.query("CONSTRUCT { ?p a mkg:Project } WHERE { ?p a mkg:Project }")
    assert isinstance(graph, Graph)
    assert len(graph) == 1


def test_who_funded_what_has_the_contract_columns_and_typed_values(loaded: KnowledgeGraph) -> None:
    rows = loaded.who_funded_what()
    assert rows.columns == CONTRACT
    amif = [r for r in rows if r["funder"] == "AMIF"]
    assert {r["implementer"] for r in amif} == {"Help A", "Hulp B"}
    assert all(r["amount_eur"] == Decimal("150000.50") for r in amif)
    assert all((r["start"], r["end"]) == (2022, 2024) for r in rows)
    assert all(r["amount_eur"] is None for r in rows if r["funder"] == "Ville de Test")
    header, *lines = list(csv.reader(io.StringIO(rows.to_csv())))
    assert header == CONTRACT
    assert len(lines) == 4
    assert {r["implementer"] for r in loaded.who_funded_what(lang="fr")} == {"Aide A", "Hulp B"}
    with pytest.raises(QueryError):
        loaded.who_funded_what(lang="not a tag")


def test_to_csv_writes_a_file(loaded: KnowledgeGraph, tmp_path: Path) -> None:
    out = tmp_path / "wfw.csv"
    text = loaded.who_funded_what().to_csv(out)
    assert out.read_text(encoding="utf-8") == text
    assert loaded.who_funded_what().to_csv(delimiter="\t").startswith("\t".join(CONTRACT))


def test_explain_gives_rows(loaded: KnowledgeGraph) -> None:
    rows = loaded.explain("Help A")
    assert rows.columns == [
        "entity", "subject", "property", "value", "sentence", "start", "end", "confidence", "source"
    ]  # fmt: skip
    assert len(rows) == 0  # plain RDF: no evidence sentences
    with pytest.raises(MigkgError, match="no entity is named"):
        loaded.explain("Nobody At All")


# -- rows in notebooks ------------------------------------------------------------------------


def test_repr_html_escapes_every_value(loaded: KnowledgeGraph, tmp_path: Path) -> None:
    loaded.load(_write(tmp_path, "hostile.ttl", HOSTILE_TTL))
    page = loaded.who_funded_what()._repr_html_()
    assert "<table" in page
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    odd = Rows([HOSTILE], [{HOSTILE: '"><img src=x onerror=alert(1)>'}])._repr_html_()
    assert "<script>" not in odd and "<img" not in odd
    assert "&quot;&gt;&lt;img" in odd


def test_to_dataframe(loaded: KnowledgeGraph) -> None:
    pytest.importorskip("pandas")
    frame = loaded.who_funded_what().to_dataframe()
    assert list(frame.columns) == CONTRACT
    assert len(frame) == 4
    assert frame.loc[frame["funder"] == "AMIF", "amount_eur"].sum() == Decimal("300001.00")
    empty = Rows(["a", "b"], []).to_dataframe()
    assert list(empty.columns) == ["a", "b"]


def test_to_dataframe_without_pandas(loaded: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # `import pandas` now raises ImportError
    with pytest.raises(MissingDependencyError, match="pip install pandas"):
        loaded.who_funded_what().to_dataframe()


# -- the network and the view -----------------------------------------------------------------


def test_network(loaded: KnowledgeGraph) -> None:
    graph = loaded.network()
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.nodes["https://example.org/welcome"]["type"] == "project"
    orgs = loaded.network(organisations=True)
    assert set(orgs) >= {NGO_A, "https://example.org/ngo-b"}


class _Frames(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.frames: list[dict[str, str | None]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "iframe":
            self.frames.append(dict(attrs))


def test_view_shows_inline_in_an_iframe_srcdoc(loaded: KnowledgeGraph, tmp_path: Path) -> None:
    loaded.load(_write(tmp_path, "hostile.ttl", HOSTILE_TTL))
    view = loaded.view()
    assert isinstance(view, View)
    assert view.path is None
    assert view.nodes >= 5 and view.edges >= 5
    assert view.html.lstrip().lower().startswith("<!doctype html>")
    assert not re.search(r"""\bsrc\s*=\s*["']?\s*(https?:)?//""", view.html)  # nothing fetched
    parser = _Frames()
    parser.feed(view._repr_html_())
    assert parser.tags == ["iframe"]  # the page is all inside the attribute
    (frame,) = parser.frames
    assert frame["srcdoc"] == view.html
    assert "src" not in frame
    assert "allow-same-origin" not in (frame["sandbox"] or "")
    assert HOSTILE not in view._repr_html_()


def test_view_writes_and_saves(loaded: KnowledgeGraph, tmp_path: Path) -> None:
    written = loaded.view(tmp_path / "graph.html", focus="Help A", depth=1)
    assert written.path == tmp_path / "graph.html"
    assert written.path.read_text(encoding="utf-8") == written.html
    whole = loaded.view()
    assert written.nodes < whole.nodes
    assert whole.save(tmp_path / "whole.html") == tmp_path / "whole.html"
    assert (tmp_path / "whole.html").read_text(encoding="utf-8") == whole.html
    assert whole.path == tmp_path / "whole.html"
    capped = loaded.view(max_nodes=2)
    assert capped.nodes == 2
    assert capped.left_out == whole.nodes - 2
    assert "left out" in (capped.message or "")


# -- the CLI and the API agree ----------------------------------------------------------------


def test_cli_and_api_give_the_same_rows(tmp_path: Path) -> None:
    store = tmp_path / "store"
    rq = _write(tmp_path, "ngos.rq", QUERY_RQ)
    sparql = "SELECT ?p ?y WHERE { ?p a mkg:Project ; mkg:startYear ?y }"
    with migkg.open(store) as kg:
        kg.load(_write(tmp_path, "welcome.ttl", WELCOME_DESK))
        kg.load(_write(tmp_path, "hostile.ttl", HOSTILE_TTL))
        expected = {
            "wfw": kg.who_funded_what().to_csv(),
            "wfw-fr": kg.query("who-funded-what", lang="fr").to_csv(),
            "named": kg.query("entities-named", name='x" } UNION { ?entity ?p ?o } #').to_csv(),
            "rq": kg.query(rq, lang_tag='"en"').to_csv(),
            "sparql": kg.query(sparql).to_csv(),
        }
    runner = CliRunner()

    def cli(*args: str) -> str:
        result = runner.invoke(main, ["--store", str(store), "query", *args, "--format", "csv"])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert cli("who-funded-what") == expected["wfw"]
    assert cli("who-funded-what", "--lang", "fr") == expected["wfw-fr"]
    assert cli("entities-named", "--param", 'name=x" } UNION { ?entity ?p ?o } #') == expected["named"]
    assert cli(str(rq), "--param", 'lang_tag="en"') == expected["rq"]
    assert cli("--sparql", sparql) == expected["sparql"]
    assert len(expected["wfw"].splitlines()) == 6  # a header and five rows
