"""Named queries: the who-funded-what contract, parameters bound as terms, the catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PREFIXES
from rdflib import Literal, URIRef

from migkg.errors import QueryError
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.queries.catalog import bind_params, get_query, list_queries, parse_param
from migkg.queries.results import format_results

CONTRACT_COLUMNS = "funder,project,implementer,start,end,amount_eur,source"


def csv_rows(store: GraphStore, name: str, **params: str) -> list[list[str]]:
    q, bindings = get_query(name).with_values(bind_params(get_query(name), params))
    text = format_results(store.query(q.text, bindings), "csv")
    lines = text.splitlines()
    return [line.split(",") for line in lines]


@pytest.fixture
def loaded(store: GraphStore, welcome_ttl: Path) -> tuple[GraphStore, str]:
    [result] = list(store.load_inputs([Input.from_path(welcome_ttl)]))
    return store, str(result.source)


def test_who_funded_what_columns_are_the_contract(loaded: tuple[GraphStore, str]) -> None:
    store, _ = loaded
    header, *_ = csv_rows(store, "who-funded-what")
    assert ",".join(header) == CONTRACT_COLUMNS


def test_who_funded_what_rows(loaded: tuple[GraphStore, str]) -> None:
    store, source = loaded
    _, *rows = csv_rows(store, "who-funded-what")
    # Two funders x two implementers. AMIF prints its code (from the reference data); the city,
    # which has only a French label, prints that; NGO A prints its English label. The amount is
    # AMIF's grant only; the file has no URL, so the source is its IRI. Sorted by funder.
    assert rows == [
        ["AMIF", "Welcome desk", "Help A", "2022", "2024", "150000.5", source],
        ["AMIF", "Welcome desk", "Hulp B", "2022", "2024", "150000.5", source],
        ["Ville de Test", "Welcome desk", "Help A", "2022", "2024", "", source],
        ["Ville de Test", "Welcome desk", "Hulp B", "2022", "2024", "", source],
    ]


def test_who_funded_what_without_implementer_gives_an_empty_cell(store: GraphStore, tmp_path: Path) -> None:
    ttl = tmp_path / "lonely.ttl"
    ttl.write_text(
        "@prefix mkg: <https://w3id.org/migkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        '<https://example.org/p> a mkg:Project ; rdfs:label "Lonely"@fr ;\n'
        "  mkg:fundedBy <https://w3id.org/migkg/id/fund/BMVI> .\n",
        encoding="utf-8",
    )
    list(store.load_inputs([Input.from_path(ttl)]))
    _, *rows = csv_rows(store, "who-funded-what")
    assert [r[:5] for r in rows] == [["BMVI", "Lonely", "", "", ""]]


def test_projects_of_binds_the_org_parameter(loaded: tuple[GraphStore, str]) -> None:
    store, _ = loaded
    _, *rows = csv_rows(store, "projects-of", org="https://example.org/ngo-b")
    assert [r[:3] for r in rows] == [["https://example.org/ngo-b", "implementer", "Welcome desk"]]
    _, *rows = csv_rows(store, "projects-of", org="https://example.org/city")
    assert [r[:3] for r in rows] == [["https://example.org/city", "funder", "Welcome desk"]]


def test_parameters_are_bound_not_pasted(loaded: tuple[GraphStore, str]) -> None:
    store, _ = loaded
    # Pasted into the text, this would close the pattern and change the query; bound, it is a string.
    hostile = '"> } } SELECT * WHERE { ?s ?p ?o } #'
    q = get_query("projects-of")
    bindings = bind_params(q, {"org": hostile})
    assert isinstance(bindings["org"], Literal)
    assert list(store.query(q.text, bindings)) == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://example.org/x", URIRef("https://example.org/x")),
        ("<https://example.org/x>", URIRef("https://example.org/x")),
        ("mkg:Project", URIRef("https://w3id.org/migkg/ontology#Project")),
        ("fund:AMIF", URIRef("https://w3id.org/migkg/id/fund/AMIF")),
        ('"Fedasil"@en', Literal("Fedasil", lang="en")),
        ("2022", Literal(2022)),
        ("Fedasil", Literal("Fedasil")),
    ],
)
def test_parse_param(raw: str, expected: object) -> None:
    assert parse_param(raw) == expected


def test_missing_and_unknown_parameters_are_named() -> None:
    q = get_query("projects-of")
    with pytest.raises(QueryError, match="needs --param org"):
        bind_params(q, {})
    with pytest.raises(QueryError, match="no parameter 'orgg'"):
        bind_params(q, {"org": "x", "orgg": "y"})


def test_every_named_query_is_documented_and_runs(store: GraphStore) -> None:
    queries = list_queries()
    assert {"who-funded-what", "funds", "projects-of", "evidence", "aggregates"} <= {q.name for q in queries}
    for q in queries:
        assert q.title, q.name
        assert "Example:" in q.description, q.name
        params = {name: "0.5" if name in q.value_params else "https://example.org/nothing" for name in q.params}
        bound, bindings = q.with_values(bind_params(q, params))
        list(store.query(bound.text, bindings))


def test_funds_query_lists_reference_funds(store: GraphStore) -> None:
    _, *rows = csv_rows(store, "funds")
    codes = {r[0] for r in rows}
    assert {"AMIF", "ISF", "BMVI", "ERDF", "ESF"} <= codes


def test_unknown_query_name() -> None:
    with pytest.raises(QueryError, match="no query named 'who-paid'"):
        get_query("who-paid")


def test_invalid_sparql_is_a_query_error(store: GraphStore) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        store.query("SELEC ?x WHERE {}")


@pytest.mark.parametrize("fmt", ["table", "tsv", "json"])
def test_other_result_formats(loaded: tuple[GraphStore, str], fmt: str) -> None:
    store, _ = loaded
    text = format_results(store.query(get_query("who-funded-what").text), fmt)
    assert "Welcome desk" in text


def test_aggregates_one_row_per_statement(store: GraphStore, tmp_path: Path) -> None:
    # Regression: an aggregate with no place joined with the label of every place in the store.
    article = tmp_path / "groups.txt"
    article.write_text(
        "URL: https://news.example.org/groups\nLANG: fr\n---\n"
        "En Wallonie, 22 projets sont financés par le FAMI pour 24 millions d'euros.\n\n"
        "Par ailleurs, 9 projets reçoivent le soutien du FAMI cette année.\n",
        encoding="utf-8",
    )
    list(store.load_inputs([Input.from_path(article)]))
    _, *rows = csv_rows(store, "aggregates")
    assert sorted((r[0], r[1], r[2], r[3]) for r in rows) == [
        ("AMIF", "22", "24000000", "Wallonia"),
        ("AMIF", "9", "", ""),
    ]


def _load_ttl(store: GraphStore, tmp_path: Path, name: str, body: str) -> str:
    path = tmp_path / f"{name}.ttl"
    path.write_text(PREFIXES + body, encoding="utf-8")
    [result] = list(store.load_inputs([Input.from_path(path)]))
    return str(result.source)


def test_who_funded_what_keeps_each_sources_years_a_pair(store: GraphStore, tmp_path: Path) -> None:
    # One project (its IRI is shared), two sources with different years: each row has its source's
    # pair, never 2021-2025, which no source states.
    body = """ex:p a mkg:Project ; rdfs:label "Welcome desk"@en ; mkg:fundedBy fund:AMIF ;
        mkg:period <https://w3id.org/migkg/id/period/{s}-{e}> .
    <https://w3id.org/migkg/id/period/{s}-{e}> a mkg:Period ;
        mkg:startYear "{s}"^^xsd:gYear ; mkg:endYear "{e}"^^xsd:gYear ."""
    a = _load_ttl(store, tmp_path, "a", body.format(s=2021, e=2024))
    b = _load_ttl(store, tmp_path, "b", body.format(s=2022, e=2025))
    _, *rows = csv_rows(store, "who-funded-what")
    assert sorted((r[3], r[4], r[6]) for r in rows) == sorted([("2021", "2024", a), ("2022", "2025", b)])


def test_who_funded_what_gives_a_fund_and_its_programme_one_row(store: GraphStore, tmp_path: Path) -> None:
    _load_ttl(
        store,
        tmp_path,
        "p",
        'ex:p a mkg:Project ; rdfs:label "Welcome desk"@en ; mkg:fundedBy fund:AMIF , fund:AMIF-2021-2027 .',
    )
    _, *rows = csv_rows(store, "who-funded-what")
    assert [r[0] for r in rows] == ["AMIF"]


def test_joint_aggregate_amount_is_the_statements_not_each_funders(store: GraphStore, tmp_path: Path) -> None:
    # "AMIF and ISF: 5 million for Malta": one statement, one amount, two funders.
    _load_ttl(
        store,
        tmp_path,
        "malta",
        """ex:agg a mkg:AggregateFunding ; mkg:aggregateFunder fund:AMIF , fund:ISF ; mkg:projectCount 4 ;
        mkg:amount 5000000 ; mkg:currency <http://publications.europa.eu/resource/authority/currency/EUR> ;
        mkg:locatedIn <http://publications.europa.eu/resource/authority/country/MLT> .""",
    )
    _, *rows = csv_rows(store, "aggregates")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("AMIF; ISF", "4", "5000000", "Malta")]
    [total] = store.query(
        "SELECT (SUM(?a) AS ?t) WHERE { ?agg a mkg:AggregateFunding ; mkg:amount ?a ; mkg:aggregateFunder ?f "
        "FILTER(?f = fund:AMIF || ?f = fund:ISF) }"
    )
    # Summing per funder would count it twice: per statement it is 5 million.
    [per_statement] = store.query("SELECT (SUM(?a) AS ?t) WHERE { ?agg a mkg:AggregateFunding ; mkg:amount ?a }")
    assert total["t"].value == "10000000" and per_statement["t"].value == "5000000"


def test_who_funded_what_never_takes_another_currency_as_euros(store: GraphStore, tmp_path: Path) -> None:
    _load_ttl(
        store,
        tmp_path,
        "chf",
        """ex:p a mkg:Project ; rdfs:label "Welcome desk"@en ; mkg:fundedBy fund:AMIF ; mkg:grant ex:g .
        ex:g a mkg:Grant ; mkg:grantFunder fund:AMIF ; mkg:grantFor ex:p ; mkg:amount 5000 ;
            mkg:currency <http://publications.europa.eu/resource/authority/currency/CHF> .""",
    )
    _, *rows = csv_rows(store, "who-funded-what")
    assert [r[5] for r in rows] == [""]


def test_who_funded_what_prints_the_total_where_no_funders_share_is_stated(store: GraphStore, tmp_path: Path) -> None:
    # Two funders, only the project's total cost stated: each row prints the total (the annotation
    # guideline's amount); where one funder's grant is stated, the rows print grants only.
    eur = "<http://publications.europa.eu/resource/authority/currency/EUR>"
    _load_ttl(
        store,
        tmp_path,
        "total",
        f"""ex:p a mkg:Project ; rdfs:label "Open fields"@en ; mkg:fundedBy fund:AMIF , fund:ESF ;
            mkg:totalCost ex:tc .
        ex:tc a mkg:MonetaryAmount ; mkg:amount 480000 ; mkg:currency {eur} .
        ex:q a mkg:Project ; rdfs:label "Quiet rooms"@en ; mkg:fundedBy fund:AMIF , fund:ESF ;
            mkg:totalCost ex:tq ; mkg:grant ex:gq .
        ex:tq a mkg:MonetaryAmount ; mkg:amount 300000 ; mkg:currency {eur} .
        ex:gq a mkg:Grant ; mkg:grantFunder fund:AMIF ; mkg:grantFor ex:q ; mkg:amount 200000 ;
            mkg:currency {eur} .""",
    )
    _, *rows = csv_rows(store, "who-funded-what")
    assert sorted((r[0], r[1], r[5]) for r in rows) == [
        ("AMIF", "Open fields", "480000"),
        ("AMIF", "Quiet rooms", "200000"),
        ("ESF", "Open fields", "480000"),
        ("ESF", "Quiet rooms", ""),
    ]


CONFIDENCE_TTL = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
ex:sure a mkg:Project ; rdfs:label "Sure" ; mkg:fundedBy <https://w3id.org/migkg/id/fund/AMIF> ;
  mkg:implementedBy ex:a .
ex:unsure a mkg:Project ; rdfs:label "Unsure" ; mkg:fundedBy <https://w3id.org/migkg/id/fund/AMIF> ;
  mkg:implementedBy ex:b .
ex:a rdfs:label "Org A" .
ex:b rdfs:label "Org B" .
ex:e1 a mkg:Evidence ; rdf:subject ex:sure ; rdf:predicate mkg:implementedBy ; rdf:object ex:a ;
  mkg:confidence "0.9"^^xsd:decimal .
ex:e2 a mkg:Evidence ; rdf:subject ex:unsure ; rdf:predicate mkg:implementedBy ; rdf:object ex:b ;
  mkg:confidence "0.4"^^xsd:decimal .
ex:e3 a mkg:Evidence ; rdf:subject ex:unsure ; rdf:predicate mkg:implementedBy ; rdf:object ex:b ;
  mkg:confidence "0.6"^^xsd:decimal .
"""


def test_who_funded_what_min_confidence_keeps_the_sure_rows(store: GraphStore, tmp_path: Path) -> None:
    ttl = tmp_path / "confidence.ttl"
    ttl.write_text(CONFIDENCE_TTL, encoding="utf-8")
    list(store.load_inputs([Input.from_path(ttl)]))
    # Default: every row. "Sure" is implemented at 0.9; "Unsure" at best 0.6 (its best evidence);
    # their funding facts have no evidence, so they count as certain.
    assert sorted(r[1] for r in csv_rows(store, "who-funded-what")[1:]) == ["Sure", "Unsure"]
    assert [r[1] for r in csv_rows(store, "who-funded-what", min_confidence="0.8")[1:]] == ["Sure"]
    assert sorted(r[1] for r in csv_rows(store, "who-funded-what", min_confidence="0.6")[1:]) == ["Sure", "Unsure"]


def test_min_confidence_takes_only_a_number(store: GraphStore) -> None:
    q = get_query("who-funded-what")
    with pytest.raises(QueryError, match="takes a number"):
        q.with_values(bind_params(q, {"min_confidence": '"0.8" } ?x ?y ?z'}))
