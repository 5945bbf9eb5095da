"""The query library: every named query on a small graph whose expected rows are stated here, reasoned
from the input; entity parameters given by name; `funds` one row per fund."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import migkg
from migkg.api import KnowledgeGraph, Rows
from migkg.errors import QueryError
from migkg.queries.catalog import get_query, list_queries

# Three projects, three organisations, a cycle and its continuation, two grants, two evidence nodes.
#   Welcome      AMIF (and its 2021-2027 programme), 2022-2025, Belgium, reception; run by Help NGO
#                with Testville as partner; a grant of EUR 1000 from the programme
#   Return desk  AMIF, 2024-2027, the Netherlands, return; run by Help NGO; no amount
#   Border kit   BMVI, ends 2025 (no start), no country; run by Border Police; a grant of EUR 500
#   Border Police is itself funded by ISF.
LIBRARY_TTL = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix fund: <https://w3id.org/migkg/id/fund/> .
@prefix goal: <https://w3id.org/migkg/id/goal/> .
@prefix eucountry: <http://publications.europa.eu/resource/authority/country/> .
@prefix eucurrency: <http://publications.europa.eu/resource/authority/currency/> .
@prefix ex: <https://example.org/> .
ex:p1 a mkg:Project ; rdfs:label "Welcome" ; mkg:fundedBy fund:AMIF-2021-2027 , fund:AMIF ;
    mkg:implementedBy ex:ngo ; mkg:partner ex:city ; mkg:period ex:per1 ; mkg:locatedIn eucountry:BEL ;
    mkg:pursuesGoal goal:reception ; mkg:grant ex:g1 .
ex:per1 a mkg:Period ; mkg:startYear "2022"^^xsd:gYear ; mkg:endYear "2025"^^xsd:gYear .
ex:g1 a mkg:Grant ; mkg:grantFunder fund:AMIF-2021-2027 ; mkg:grantFor ex:p1 ; mkg:amount 1000 ;
    mkg:currency eucurrency:EUR .
ex:p2 a mkg:Project ; rdfs:label "Return desk" ; mkg:fundedBy fund:AMIF ; mkg:implementedBy ex:ngo ;
    mkg:period ex:per2 ; mkg:locatedIn eucountry:NLD ; mkg:pursuesGoal goal:return .
ex:per2 a mkg:Period ; mkg:startYear "2024"^^xsd:gYear ; mkg:endYear "2027"^^xsd:gYear .
ex:p3 a mkg:Project ; rdfs:label "Border kit" ; mkg:fundedBy fund:BMVI ; mkg:implementedBy ex:police ;
    mkg:period ex:per3 ; mkg:grant ex:g3 .
ex:per3 a mkg:Period ; mkg:endYear "2025"^^xsd:gYear .
ex:g3 a mkg:Grant ; mkg:grantFunder fund:BMVI ; mkg:grantFor ex:p3 ; mkg:amount 500 ; mkg:currency eucurrency:EUR .
ex:ngo a mkg:NonGovernmentalOrganisation , mkg:Organisation ; rdfs:label "Help NGO" ;
    skos:prefLabel "Help NGO"@en , "Aide ONG"@fr ; mkg:acronym "HN" .
ex:city a mkg:LocalAuthority , mkg:Organisation ; rdfs:label "Testville" ; skos:prefLabel "Ville de Test"@fr .
ex:police a mkg:PublicAgency , mkg:Organisation ; rdfs:label "Border Police" ; mkg:fundedBy fund:ISF .
ex:twin1 a mkg:Organisation ; rdfs:label "Twin" .
ex:twin2 a mkg:Organisation ; rdfs:label "Twin" .
ex:cycle a mkg:FundingCycle , mkg:AggregateFunding ; mkg:aggregateFunder fund:AMIF ;
    mkg:startYear "2022"^^xsd:gYear ; mkg:endYear "2025"^^xsd:gYear .
ex:cont a mkg:Continuation , mkg:AggregateFunding ; mkg:aggregateFunder fund:AMIF ; mkg:continues ex:cycle ;
    mkg:period ex:per4 ; mkg:pursuesGoal goal:legal-migration .
ex:per4 a mkg:Period ; mkg:startYear "2026"^^xsd:gYear ; mkg:endYear "2027"^^xsd:gYear .
ex:e1 a mkg:Evidence ; rdf:subject ex:p1 ; rdf:predicate mkg:implementedBy ; rdf:object ex:ngo ;
    mkg:sentence "Help NGO runs Welcome." ; mkg:confidence 0.4 .
ex:e2 a mkg:Evidence ; rdf:subject ex:p2 ; rdf:predicate mkg:implementedBy ; rdf:object ex:ngo ;
    mkg:sentence "Help NGO also runs Return desk." ; mkg:confidence 0.9 .
"""

ARTICLE = (
    "LANG: fr\n---\n"
    "Le projet REPAIR (Reunification Pathways for Integration), financé par le FAMI, est mené par Fedasil "
    "entre 2023 et 2025.\n"
)
AMIF_2021 = "https://w3id.org/migkg/id/fund/AMIF-2021-2027"
AMIF_2021_NAME = "Asylum, Migration and Integration Fund 2021-2027"
NGO = "https://example.org/ngo"
POLICE = "https://example.org/police"


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    tmp = tmp_path_factory.mktemp("library")
    (tmp / "library.ttl").write_text(LIBRARY_TTL, encoding="utf-8")
    with migkg.open(memory=True) as graph:
        report = graph.load([tmp / "library.ttl"])
        assert report.ok, report
        yield graph


def rows(kg: KnowledgeGraph, query: str, lang: str = "en", /, **params: object) -> list[tuple]:
    result = kg.query(query, lang, params=params)
    assert isinstance(result, Rows)
    return [tuple("" if v is None else str(v) for v in r.values()) for r in result]


def source_of(kg: KnowledgeGraph) -> str:
    [src] = [s for s in kg.sources() if s.name and s.name.endswith("library.ttl")]
    return str(src.iri)


def test_projects_of_fund_by_code_and_by_programme(kg: KnowledgeGraph) -> None:
    amif = "https://w3id.org/migkg/id/fund/AMIF"
    # AMIF: Welcome (through its programme too: named) and Return desk (no programme stated).
    assert rows(kg, "projects-of-fund", fund="AMIF") == [
        (amif, "Return desk", "", "2024", "2027"),
        (amif, "Welcome", AMIF_2021_NAME, "2022", "2025"),
    ]
    # The 2021-2027 programme alone: Welcome only.
    assert rows(kg, "projects-of-fund", fund="fund:AMIF-2021-2027") == [
        (AMIF_2021, "Welcome", AMIF_2021_NAME, "2022", "2025")
    ]


def test_funders_of_an_organisation(kg: KnowledgeGraph) -> None:
    # Help NGO runs Welcome (AMIF and its programme: one funder) and Return desk (AMIF).
    assert rows(kg, "funders-of", org="Help NGO") == [(NGO, "AMIF", "implementer", "2")]
    # Testville is Welcome's partner; Border Police runs Border kit (BMVI) and is itself funded by ISF.
    assert rows(kg, "funders-of", org="Testville") == [("https://example.org/city", "AMIF", "partner", "1")]
    assert rows(kg, "funders-of", org="Border Police") == [
        (POLICE, "BMVI", "implementer", "1"),
        (POLICE, "ISF", "organisation", "0"),
    ]


def test_projects_active_in_and_ending_in_a_year(kg: KnowledgeGraph) -> None:
    # 2026: only Return desk (2024-2027). Border kit has no start: active until 2025.
    assert [r[1:4] for r in rows(kg, "projects-active-in", year=2026)] == [("Return desk", "2024", "2027")]
    assert [r[1] for r in rows(kg, "projects-active-in", year=2024)] == ["Border kit", "Return desk", "Welcome"]
    assert [r[1:4] for r in rows(kg, "projects-ending-in", year=2025)] == [
        ("Border kit", "", "2025"),
        ("Welcome", "2022", "2025"),
    ]
    assert rows(kg, "projects-ending-in", year=2026) == []


def test_what_continues_into_a_period(kg: KnowledgeGraph) -> None:
    # 2026: the continuation (its period 2026-2027, legal migration, continuing the 2022-2025 cycle) and Return
    # desk, begun in 2024 and ending in 2027; the cycle and Welcome end in 2025.
    assert rows(kg, "continues-into", year=2026) == [
        ("2026", "continuation", "AMIF", "https://example.org/cont", "2026", "2027", "Legal migration",
         "https://example.org/cycle"),
        ("2026", "project", "AMIF", "Return desk", "2024", "2027", "Return", ""),
    ]  # fmt: skip
    # 2025: the cycle (begun 2022) and the projects begun before 2025 that run through it.
    assert [r[1:4] for r in rows(kg, "continues-into", year=2025)] == [
        ("cycle", "AMIF", "https://example.org/cycle"),
        ("project", "AMIF", "Return desk"),
        ("project", "AMIF", "Welcome"),
    ]


def test_funding_per_fund_and_country_and_per_fund_and_year(kg: KnowledgeGraph) -> None:
    # Welcome's EUR 1000 comes from AMIF's programme and counts for AMIF; Return desk states no
    # amount; Border kit has no country.
    assert rows(kg, "funding-by-fund-country") == [
        ("AMIF", "BEL", "1", "1000", "0"),
        ("AMIF", "NLD", "1", "0", "1"),
        ("BMVI", "", "1", "500", "0"),
    ]
    # Years: a project's start year, else its end year (Border kit).
    assert rows(kg, "funding-by-fund-year") == [
        ("AMIF", "2022", "1", "1000", "0"),
        ("AMIF", "2024", "1", "0", "1"),
        ("BMVI", "2025", "1", "500", "0"),
    ]


def test_a_grant_reported_by_two_sources_is_summed_once(tmp_path: Path) -> None:
    # The same triples in two files: the union is a set, so the grant's EUR 1000 counts once.
    with migkg.open(memory=True) as graph:
        for name in ("a", "b"):
            (tmp_path / f"{name}.ttl").write_text(LIBRARY_TTL + f"ex:extra-{name} a mkg:Place .\n", encoding="utf-8")
        assert graph.load([tmp_path / "a.ttl", tmp_path / "b.ttl"]).ok
        assert rows(graph, "funding-by-fund-country")[0] == ("AMIF", "BEL", "1", "1000", "0")


def test_goals_per_fund(kg: KnowledgeGraph) -> None:
    assert rows(kg, "goals-per-fund") == [
        ("AMIF", "Reception of asylum seekers", "1", "0"),
        ("AMIF", "Return", "1", "0"),
        ("AMIF", "Legal migration", "0", "1"),
    ]
    assert [r[1] for r in rows(kg, "goals-per-fund", "fr")] == [
        "Accueil des demandeurs d'asile",
        "Retour",
        "Migration légale",
    ]


def test_organisations_together_and_partners(kg: KnowledgeGraph) -> None:
    # Help NGO and Testville share Welcome and its fund; Border Police shares nothing (BMVI, ISF).
    assert rows(kg, "organisations-together") == [("Testville", "Help NGO", "1", "1")]
    # By acronym: HN is Help NGO.
    assert rows(kg, "partners-of", org="HN") == [(NGO, "Testville", "partner", "implementer", "Welcome")]
    assert rows(kg, "partners-of", org="Border Police") == []


def test_names_of_an_organisation(kg: KnowledgeGraph) -> None:
    names = rows(kg, "names-of", entity=NGO)
    assert [r[1:] for r in names] == [
        ("HN", "", "acronym"),
        ("Help NGO", "", "display"),
        ("Help NGO", "en", "preferred"),
        ("Aide ONG", "fr", "preferred"),
    ]


def test_sources_of_an_entity_with_their_sentences(kg: KnowledgeGraph) -> None:
    source = source_of(kg)
    assert rows(kg, "sources-of", entity="Help NGO") == [
        (NGO, source, "", "", "Help NGO also runs Return desk."),
        (NGO, source, "", "", "Help NGO runs Welcome."),
    ]
    # Facts without sentences: the reference data is the source of AMIF's.
    assert ("https://w3id.org/migkg/id/source/reference", "") in {
        (r[1], r[4]) for r in rows(kg, "sources-of", entity="AMIF")
    }


def test_sources_loaded_since_a_date(kg: KnowledgeGraph) -> None:
    since = rows(kg, "sources-loaded-since", since="2000-01-01")
    mine = [r for r in since if r[1] == source_of(kg)]
    # The file names three projects and five organisations (the twins included).
    assert [(r[5], r[6]) for r in mine] == [("3", "5")]
    assert {"https://w3id.org/migkg/id/source/ontology", "https://w3id.org/migkg/id/source/reference"} <= {
        r[1] for r in since
    }
    assert rows(kg, "sources-loaded-since", since="2999") == []


def test_facts_below_a_confidence(kg: KnowledgeGraph) -> None:
    assert rows(kg, "low-confidence") == [
        ("0.4", "Welcome", "implementedBy", "Help NGO", "Help NGO runs Welcome.", source_of(kg))
    ]
    assert [r[0] for r in rows(kg, "low-confidence", below=1)] == ["0.4", "0.9"]


def test_evidence_and_entities_named_on_an_article(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    with migkg.open(memory=True) as graph:
        assert graph.load([tmp_path / "article.txt"]).ok
        [(_, repair, cls, label)] = rows(graph, "entities-named", name="REPAIR")
        assert cls.endswith("#Project") and "REPAIR" in label
        facts = {(r[2], r[3]) for r in rows(graph, "evidence", entity="REPAIR")}
        # The article says REPAIR is funded by AMIF and run by Fedasil, in one sentence.
        assert ("funded by", "Asylum, Migration and Integration Fund") in facts
        assert ("implemented by", "Federal Agency for the Reception of Asylum Seekers") in facts
        assert all("REPAIR" in r[4] for r in rows(graph, "evidence", entity=repair))


def test_funds_lists_each_fund_once(kg: KnowledgeGraph) -> None:
    # Regression: AMIF and the Cohesion Fund have two programmes each, and came out twice.
    funds = rows(kg, "funds")
    codes = [r[0] for r in funds if r[0]]
    assert len(codes) == len(set(codes))
    amif = next(r for r in funds if r[0] == "AMIF")
    # Welcome and Return desk, from one source; both programmes' EU identifiers, in one cell.
    assert amif[3:] == ("2", "1")
    assert amif[2].split() == [
        "http://publications.europa.eu/resource/authority/eu-programme/AMF",
        "http://publications.europa.eu/resource/authority/eu-programme/AMIF",
    ]
    assert len([r for r in funds if r[0] == "CF"]) == 1


def test_an_entity_parameter_takes_a_name_an_acronym_or_an_iri(kg: KnowledgeGraph) -> None:
    by_iri = rows(kg, "partners-of", org=NGO)
    assert rows(kg, "partners-of", org="Help NGO") == by_iri
    assert rows(kg, "partners-of", org="hn") == by_iri  # names are compared case-insensitively
    assert rows(kg, "partners-of", org=f"<{NGO}>") == by_iri


def test_an_unknown_name_is_a_clear_error(kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="--param org: no entity named 'Nobody'"):
        kg.query("partners-of", org="Nobody")


def test_an_ambiguous_name_lists_the_candidates(kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryError, match="names 2 entities") as info:
        kg.query("partners-of", org="Twin")
    assert "<https://example.org/twin1>" in str(info.value) and "<https://example.org/twin2>" in str(info.value)


def test_only_entity_parameters_are_resolved(kg: KnowledgeGraph) -> None:
    # `entities-named` takes a name as text: it is bound as a string, not turned into an entity.
    assert get_query("entities-named").entity_params == set()
    assert get_query("projects-of").entity_params == {"org"}
    assert rows(kg, "entities-named", name="Help NGO")[0][1] == NGO


def test_the_library_is_large_enough() -> None:
    assert len(list_queries()) >= 18
