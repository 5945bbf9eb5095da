"""Golden graphs: short articles whose core facts are written here by hand in Turtle and compared
with what the extractor produces; their evidence; and the same articles end to end through the
store, the who-funded-what query and `migkg explain`."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDF, RDFS

from migkg.cli import main
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.loaders.document import Document
from migkg.loaders.extract.pipeline import extract
from migkg.ontology.iris import project_iri
from migkg.ontology.vocab import MKG
from migkg.queries.catalog import get_query
from migkg.queries.results import format_results

SOURCE = URIRef("https://example.org/source/golden")

PREFIXES = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix fund: <https://w3id.org/migkg/id/fund/> .
@prefix org: <https://w3id.org/migkg/id/org/> .
"""

CORE = {RDFS.label, MKG.fundedBy, MKG.implementedBy, MKG.startYear, MKG.endYear, MKG.period}

# ---------------------------------------------------------------------------------------------
# The articles and their expected core facts

FR_TEXT = (
    "À Liège, une nouvelle maison d'accueil ouvre ses portes aux jeunes réfugiés. "
    "Le projet TREMPLIN, financé par le FAMI, est mené par Fedasil entre 2023 et 2025. "
    "Il propose des cours de français et un suivi scolaire à une quarantaine d'adolescents. "
    "« Nous voulions un lieu ouvert sur le quartier », explique la directrice."
)
FR_EXPECTED = (
    PREFIXES
    + f"""
<{project_iri("TREMPLIN")}> a mkg:Project ;
    rdfs:label "TREMPLIN" ;
    mkg:fundedBy fund:AMIF , fund:AMIF-2021-2027 ;
    mkg:implementedBy org:federal-agency-for-the-reception-of-asylum-seekers ;
    mkg:period <https://w3id.org/migkg/id/period/2023-2025> .
<https://w3id.org/migkg/id/period/2023-2025> mkg:startYear "2023"^^xsd:gYear ; mkg:endYear "2025"^^xsd:gYear .
"""
)

EN_TEXT = (
    "Brussels – A free legal help desk for asylum seekers opens its doors this month. "
    "The LIFELINE project is funded by the Asylum, Migration and Integration Fund and run by "
    "Caritas International from 2024 to 2026. "
    "Volunteer lawyers will offer advice twice a week, a spokesperson said."
)
EN_EXPECTED = (
    PREFIXES
    + f"""
<{project_iri("LIFELINE")}> a mkg:Project ;
    rdfs:label "LIFELINE" ;
    mkg:fundedBy fund:AMIF , fund:AMIF-2021-2027 ;
    mkg:implementedBy org:caritas-international-belgium ;
    mkg:period <https://w3id.org/migkg/id/period/2024-2026> .
<https://w3id.org/migkg/id/period/2024-2026> mkg:startYear "2024"^^xsd:gYear ; mkg:endYear "2026"^^xsd:gYear .
"""
)

CASES = {
    "fr": (FR_TEXT, FR_EXPECTED, "FAMI"),
    "en": (EN_TEXT, EN_EXPECTED, "Asylum, Migration and Integration Fund"),
}


def make_doc(text: str, lang: str) -> Document:
    return Document(text=text, name="t.txt", raw=text.encode(), url=None, title=None, language=lang)


def core(g: Graph) -> Graph:
    """The project core of a graph: mkg:Project typing, label, funders, implementers, period and
    the period's years."""
    projects = set(g.subjects(RDF.type, MKG.Project))
    periods = set(g.objects(None, MKG.period))
    out = Graph()
    for s, p, o in g:
        if s in projects and (p in CORE or (p == RDF.type and o == MKG.Project)):
            out.add((s, p, o))
        if s in periods and p in (MKG.startYear, MKG.endYear):
            out.add((s, p, o))
    return out


def show(g: Graph) -> str:
    return "\n".join(sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in g))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_golden_core_graph(lang: str) -> None:
    text, expected_ttl, _ = CASES[lang]
    expected = Graph().parse(data=expected_ttl, format="turtle")
    actual = core(extract(make_doc(text, lang), SOURCE))
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        pytest.fail(f"extra:\n{show(only_actual)}\nmissing:\n{show(only_expected)}")


@pytest.mark.parametrize("lang", sorted(CASES))
def test_golden_funding_evidence(lang: str) -> None:
    text, _, written = CASES[lang]
    doc = make_doc(text, lang)
    g = extract(doc, SOURCE)
    funded = list(g.triples((None, MKG.fundedBy, None)))
    assert funded
    for s, p, o in funded:
        nodes = [
            n
            for n in g.subjects(RDF.type, MKG.Evidence)
            if (n, RDF.subject, s) in g and (n, RDF.predicate, p) in g and (n, RDF.object, o) in g
        ]
        assert len(nodes) == 1, (s, o)
        ev = nodes[0]
        start = int(g.value(ev, MKG.startOffset))
        end = int(g.value(ev, MKG.endOffset))
        sentence = str(g.value(ev, MKG.sentence))
        assert 0 <= start < end <= len(doc.text)
        assert sentence == doc.text[start:end]
        assert written in sentence
        confidence = g.value(ev, MKG.confidence).toPython()
        assert Decimal(0) <= Decimal(str(confidence)) <= Decimal(1)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_golden_every_evidence_matches_the_text(lang: str) -> None:
    text, _, _ = CASES[lang]
    doc = make_doc(text, lang)
    g = extract(doc, SOURCE)
    evidence = list(g.subjects(RDF.type, MKG.Evidence))
    assert evidence
    for ev in evidence:
        start, end = int(g.value(ev, MKG.startOffset)), int(g.value(ev, MKG.endOffset))
        assert str(g.value(ev, MKG.sentence)) == doc.text[start:end]
        assert 0 <= float(g.value(ev, MKG.confidence)) <= 1
        assert (g.value(ev, RDF.subject), g.value(ev, RDF.predicate), g.value(ev, RDF.object)) in g


def test_project_name_has_no_guessed_language_tag() -> None:
    # "TREMPLIN" is a name, not French: the document's language stays on the source.
    g = extract(make_doc(FR_TEXT, "fr"), SOURCE)
    assert (project_iri("TREMPLIN"), RDFS.label, Literal("TREMPLIN")) in g
    assert set(g.objects(project_iri("TREMPLIN"), RDFS.label)) == {Literal("TREMPLIN")}


# ---------------------------------------------------------------------------------------------
# End to end: a .txt file through the store and the who-funded-what query, per language

# The implementer is named as the article writes it (mkg:nameInSource): "Fedasil", "Caritas
# International", "IOM", not the reference data's English labels.
ARTICLES = {
    "fr": (
        "URL: https://example.org/fr/tremplin\nTITLE: Un nouveau lieu d'accueil à Liège\nLANG: fr\n---\n" + FR_TEXT,
        [
            {
                "funder": "AMIF",
                "project": "TREMPLIN",
                "implementer": "Fedasil",
                "start": "2023",
                "end": "2025",
                "source": "https://example.org/fr/tremplin",
            }
        ],
    ),
    "en": (
        "URL: https://example.org/en/lifeline\nTITLE: Legal help desk opens in Brussels\nLANG: en\n---\n" + EN_TEXT,
        [
            {
                "funder": "AMIF",
                "project": "LIFELINE",
                "implementer": "Caritas International",
                "start": "2024",
                "end": "2026",
                "source": "https://example.org/en/lifeline",
            }
        ],
    ),
    "nl": (
        "URL: https://example.org/nl/buren\nTITLE: Nieuwe buren in Mechelen\nLANG: nl\n---\n"
        "In Mechelen gaat volgende maand een nieuw initiatief van start. "
        "Het project ‘Nieuwe Buren’ wordt geleid door Vluchtweg vzw en van 2021 tot 2023 gefinancierd door het AMIF. "
        "Vrijwilligers koppelen nieuwkomers aan een buurtbewoner.",
        [
            {
                "funder": "AMIF",
                "project": "Nieuwe Buren",
                "implementer": "Vluchtweg vzw",
                "start": "2021",
                "end": "2023",
                "source": "https://example.org/nl/buren",
            }
        ],
    ),
    "de": (
        "URL: https://example.org/de/brueckenbau\nTITLE: Neues Angebot in Leipzig\nLANG: de\n---\n"
        "In Leipzig startet ein neues Angebot für geflüchtete Familien. "
        "Das Projekt „Brückenbau“ wird von 2023 bis 2025 aus Mitteln des AMIF gefördert und von der IOM durchgeführt. "
        "Geplant sind Sprachkurse und eine Beratung zu Behördengängen.",
        [
            {
                "funder": "AMIF",
                "project": "Brückenbau",
                "implementer": "IOM",
                "start": "2023",
                "end": "2025",
                "source": "https://example.org/de/brueckenbau",
            }
        ],
    ),
}


def load_text(tmp_path: Path, name: str, content: str) -> list[dict[str, str]]:
    """Load one .txt file into a store at tmp_path/s; the who-funded-what rows as dicts."""
    path = tmp_path / f"{name}.txt"
    path.write_text(content, encoding="utf-8")
    store = GraphStore(tmp_path / "s")
    try:
        results = list(store.load_inputs([Input.from_path(path)]))
        assert len(results) == 1 and not isinstance(results[0], Exception), results
        q = get_query("who-funded-what")
        rows = list(csv.DictReader(io.StringIO(format_results(store.query(q.text), "csv"))))
    finally:
        store.close()
    return rows


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_end_to_end_who_funded_what(tmp_path: Path, lang: str) -> None:
    content, expected = ARTICLES[lang]
    rows = load_text(tmp_path, lang, content)
    got = [{k: r[k] for k in ("funder", "project", "implementer", "start", "end", "source")} for r in rows]
    assert got == expected


def test_end_to_end_new_organisation_label(tmp_path: Path) -> None:
    # A new organisation's node carries its name as written.
    content, _ = ARTICLES["nl"]
    rows = load_text(tmp_path, "nl", content)
    assert {r["implementer"] for r in rows} == {"Vluchtweg vzw"}


def test_cli_explain_fedasil_shows_the_sentence(tmp_path: Path) -> None:
    content, _ = ARTICLES["fr"]
    load_text(tmp_path, "fr", content)
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "s"), "explain", "Fedasil"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "federal-agency-for-the-reception-of-asylum-seekers" in result.output
    assert re.search(r"implemented ?by", result.output, re.I)
    assert "Le projet TREMPLIN, financé par le FAMI, est mené par Fedasil entre 2023 et 2025." in result.output
    assert "https://example.org/fr/tremplin" in result.output
