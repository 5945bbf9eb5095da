"""Names, types and labels: one labelling convention, superclass types stated, label choice by
language (`--lang`), and entities found by acronym, code or prefixed name."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from migkg.cli import main
from migkg.errors import QueryError
from migkg.graph.explain import explain, resolve
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.loaders.document import Document
from migkg.loaders.extract.facts import to_triples
from migkg.loaders.extract.model import Evidence, Extraction, NewOrganisation, ProjectFact
from migkg.ontology.iris import organisation_iri, project_iri
from migkg.ontology.vocab import MKG
from migkg.queries.catalog import bind_params, get_query
from migkg.queries.results import format_results

SOURCE = URIRef("https://example.org/source/names")
ORG = "https://w3id.org/migkg/id/org/"


def _triples(projects: list[ProjectFact], orgs: dict[str, NewOrganisation], lang: str = "nl") -> set:
    text = "x" * 200
    doc = Document(text=text, name="t.txt", raw=text.encode(), url=None, title=None, language=lang)
    return set(to_triples(Extraction(projects=projects, aggregates=[], new_orgs=orgs, lang=lang), doc, SOURCE))


# --- extracted names ----------------------------------------------------------------------------


def test_new_organisation_name_has_no_false_language_tag() -> None:
    # Found in a Dutch text, "Crésam asbl" is still not Dutch: a plain literal, as prefLabel and label.
    iri = str(organisation_iri("Crésam asbl"))
    triples = _triples([], {iri: NewOrganisation(iri, "Crésam asbl", MKG.NonGovernmentalOrganisation)})
    node = URIRef(iri)
    assert {o for s, p, o in triples if s == node and p == SKOS.prefLabel} == {Literal("Crésam asbl")}
    assert {o for s, p, o in triples if s == node and p == RDFS.label} == {Literal("Crésam asbl")}


def test_extracted_organisation_also_has_its_superclass_type() -> None:
    iri = str(organisation_iri("Crésam asbl"))
    triples = _triples([], {iri: NewOrganisation(iri, "Crésam asbl", MKG.NonGovernmentalOrganisation)})
    # migkg.ttl: NonGovernmentalOrganisation rdfs:subClassOf Organisation (and nothing above it in mkg:).
    assert {o for s, p, o in triples if s == URIRef(iri) and p == RDF.type} == {
        MKG.NonGovernmentalOrganisation,
        MKG.Organisation,
    }


def test_project_acronym_and_code_are_their_own_properties() -> None:
    ev = Evidence(0, 10, 0.8)
    named = ProjectFact(label="REPAIR (Reunification Pathways for Integration)", evidence=ev, unit=0)
    coded = ProjectFact(label="Coaching return", evidence=ev, unit=0, code="AMIF-060-086")
    triples = _triples([named, coded], {})
    named_iri = project_iri(named.label)
    assert (named_iri, MKG.acronym, Literal("REPAIR")) in triples
    assert (named_iri, SKOS.prefLabel, Literal(named.label)) in triples
    assert (project_iri(coded.label, coded.code), MKG.projectCode, Literal("AMIF-060-086")) in triples
    assert not [t for t in triples if t[1] == MKG.acronym and t[0] != named_iri]


# --- the store: reference data --------------------------------------------------------------------


def test_every_organisation_is_typed_organisation(store: GraphStore) -> None:
    # Each node of a subclass of mkg:Organisation is an mkg:Organisation too (20 of 145 were).
    subclass_nodes = store.query(
        """SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a ?c .
           VALUES ?c { mkg:PublicAgency mkg:NonGovernmentalOrganisation mkg:InternationalOrganisation
                       mkg:EUBody mkg:LocalAuthority } }"""
    )
    organisations = store.query("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a mkg:Organisation }")
    n_sub, n_org = int(next(iter(subclass_nodes))["n"].value), int(next(iter(organisations))["n"].value)
    assert n_sub > 100
    assert n_org == n_sub
    programmes = store.query("ASK { ?p a mkg:FundingProgramme . FILTER NOT EXISTS { ?p a mkg:Fund, mkg:Funder } }")
    assert not bool(programmes)


def test_reference_entities_have_one_rdfs_label_their_english_name(store: GraphStore) -> None:
    rows = store.query(
        """SELECT ?s (COUNT(DISTINCT ?l) AS ?n) (SAMPLE(?l) AS ?label) (SAMPLE(?en) AS ?english) WHERE {
             GRAPH mkgg:reference { ?s skos:prefLabel ?en FILTER(LANG(?en) = "en") OPTIONAL { ?s rdfs:label ?l } }
           } GROUP BY ?s"""
    )
    rows = list(rows)
    assert len(rows) > 200
    for row in rows:
        assert int(row["n"].value) == 1, row["s"]
        assert row["label"] == row["english"], row["s"]


# --- label choice by language ------------------------------------------------------------------

LABELS_TTL = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix fund: <https://w3id.org/migkg/id/fund/> .
@prefix org: <https://w3id.org/migkg/id/org/> .
@prefix ex: <https://example.org/> .
ex:doc a mkg:SourceDocument ; dcterms:language "nl" .
ex:p1 a mkg:Project ; rdfs:label "Terugkeer" ; mkg:fundedBy fund:AMIF ; mkg:implementedBy org:immigration-office .
ex:p2 a mkg:Project ; rdfs:label "Onthaal" ; mkg:fundedBy fund:AMIF ; mkg:implementedBy ex:vzw .
ex:vzw a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Accueil asbl"@fr , "Onthaal vzw"@nl .
"""


@pytest.fixture
def labelled(store: GraphStore, tmp_path: Path) -> GraphStore:
    path = tmp_path / "labels.ttl"
    path.write_text(LABELS_TTL, encoding="utf-8")
    list(store.load_inputs([Input.from_path(path)]))
    return store


def _implementers(store: GraphStore, lang: str | None) -> dict[str, str]:
    text = format_results(store.query(get_query("who-funded-what").with_lang(lang).text), "csv")
    rows = [line.split(",") for line in text.splitlines()[1:]]
    return {r[1]: r[2] for r in rows}


def test_immigration_office_is_named_in_english_not_alphabetically(labelled: GraphStore) -> None:
    # Its prefLabels are en, fr, nl, de; the alphabetically first is "Ausländeramt"@de.
    assert _implementers(labelled, None)["Terugkeer"] == "Immigration Office"
    assert _implementers(labelled, "fr")["Terugkeer"] == "Office des étrangers"
    assert _implementers(labelled, "de")["Terugkeer"] == "Ausländeramt"


def test_label_falls_back_to_the_source_language(labelled: GraphStore) -> None:
    # No English label: the source is Dutch, so the Dutch one, not the alphabetically first French one.
    assert _implementers(labelled, "en")["Onthaal"] == "Onthaal vzw"
    assert _implementers(labelled, "fr")["Onthaal"] == "Accueil asbl"


WRITTEN_PREFIXES = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix fund: <https://w3id.org/migkg/id/fund/> .
@prefix org: <https://w3id.org/migkg/id/org/> .
@prefix ex: <https://example.org/> .
"""

WRITTEN_NL = (
    WRITTEN_PREFIXES
    + """\
ex:nl a mkg:SourceDocument ; dcterms:language "nl" .
ex:buddy a mkg:Project ; rdfs:label "Buddywerking" ; mkg:fundedBy fund:AMIF ; mkg:implementedBy org:red-cross-flanders .
org:red-cross-flanders mkg:nameInSource "Rode Kruis-Vlaanderen" .
"""
)

# The same reference organisation in a second source that writes no name for it.
UNWRITTEN_FR = (
    WRITTEN_PREFIXES
    + """\
ex:fr a mkg:SourceDocument ; dcterms:language "fr" .
ex:accueil a mkg:Project ; rdfs:label "Accueil" ; mkg:fundedBy fund:AMIF ; mkg:implementedBy org:red-cross-flanders .
"""
)


@pytest.fixture
def written(store: GraphStore, tmp_path: Path) -> GraphStore:
    for name, text in (("nl.ttl", WRITTEN_NL), ("fr.ttl", UNWRITTEN_FR)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        list(store.load_inputs([Input.from_path(tmp_path / name)]))
    return store


def _implementers_with(store: GraphStore, lang: str | None, **params: str) -> dict[str, str]:
    query = get_query("who-funded-what").with_lang(lang)
    query, bindings = query.with_values(bind_params(query, params))
    rows = [line.split(",") for line in format_results(store.query(query.text, bindings), "csv").splitlines()[1:]]
    return {r[1]: r[2] for r in rows}


def test_who_funded_what_names_an_organisation_as_its_source_writes_it(written: GraphStore) -> None:
    # The Dutch source wrote "Rode Kruis-Vlaanderen" (an altLabel; the prefLabels are "Red Cross
    # Flanders"@en and "Rode Kruis Vlaanderen"@nl): its row says so whatever --lang asks. The French
    # source wrote no name: its row has the label --lang picks.
    named = _implementers_with(written, None)
    assert named == {"Buddywerking": "Rode Kruis-Vlaanderen", "Accueil": "Red Cross Flanders"}
    assert _implementers_with(written, "de")["Buddywerking"] == "Rode Kruis-Vlaanderen"
    assert _implementers_with(written, "de")["Accueil"] == "Rotes Kreuz Flandern"


def test_written_names_0_names_organisations_by_lang(written: GraphStore) -> None:
    assert _implementers_with(written, None, written_names="0") == {
        "Buddywerking": "Red Cross Flanders",
        "Accueil": "Red Cross Flanders",
    }
    assert _implementers_with(written, "nl", written_names="0")["Buddywerking"] == "Rode Kruis Vlaanderen"


def test_article_states_the_name_it_writes_for_a_reference_organisation(tmp_path: Path) -> None:
    # End to end: a Dutch article names the Flemish Red Cross in Dutch; who-funded-what repeats that
    # name, not the reference data's English label.
    article = tmp_path / "samen-thuis.txt"
    article.write_text(
        "Nieuw project voor nieuwkomers in Gent\n\nHet project Samen Thuis wordt uitgevoerd door Rode Kruis "
        "Vlaanderen. Het loopt van 2023 tot 2025 en wordt gefinancierd door het Asiel-, Migratie- en "
        "Integratiefonds (AMIF) van de Europese Unie.\n",
        encoding="utf-8",
    )
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "load", "-q", str(article)]).exit_code == 0
    out = runner.invoke(main, ["--store", store, "query", "who-funded-what", "--format", "csv"])
    assert out.exit_code == 0, out.output
    [row] = out.output.splitlines()[1:]
    assert row.split(",")[0] == "AMIF" and row.split(",")[2] == "Rode Kruis Vlaanderen"
    english = runner.invoke(
        main, ["--store", store, "query", "who-funded-what", "--format", "csv", "--param", "written_names=0"]
    )
    assert english.output.splitlines()[1].split(",")[2] == "Red Cross Flanders"


def test_lang_must_be_a_language_tag() -> None:
    with pytest.raises(QueryError, match="not a language tag"):
        get_query("who-funded-what").with_lang('en" } } DROP ALL #')


def test_cli_query_and_stats_take_lang(tmp_path: Path) -> None:
    path = tmp_path / "labels.ttl"
    path.write_text(LABELS_TTL, encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(main, ["--store", store, "load", "-q", str(path)]).exit_code == 0
    out = runner.invoke(main, ["--store", store, "query", "who-funded-what", "--format", "csv", "--lang", "nl"])
    assert out.exit_code == 0, out.output
    assert "Dienst Vreemdelingenzaken" in out.output
    assert out.output.splitlines()[0] == "funder,project,implementer,start,end,amount_eur,source"
    stats = runner.invoke(main, ["--store", store, "stats", "--lang", "fr"])
    assert stats.exit_code == 0, stats.output
    assert "organisation non gouvernementale" in stats.output
    bad = runner.invoke(main, ["--store", store, "query", "who-funded-what", "--lang", "e n"])
    assert bad.exit_code == 1 and "not a language tag" in bad.output


# --- explain: acronyms, codes, prefixed names ----------------------------------------------------

EXPLAIN_TEXT = (
    "Le projet REPAIR (Reunification Pathways for Integration), financé par le FAMI, est mené par Fedasil "
    "entre 2023 et 2025."
)


@pytest.fixture
def repair(store: GraphStore, tmp_path: Path) -> GraphStore:
    path = tmp_path / "repair.txt"
    path.write_text(f"LANG: fr\n---\n{EXPLAIN_TEXT}\n", encoding="utf-8")
    list(store.load_inputs([Input.from_path(path)]))
    return store


def test_explain_finds_a_project_by_its_acronym(repair: GraphStore) -> None:
    [entity] = resolve(repair, "REPAIR")
    assert entity == project_iri("REPAIR (Reunification Pathways for Integration)")
    facts = explain(repair, "repair")[entity]
    assert any(f.property == "funded by" for f in facts)


def test_explain_accepts_prefixed_names(repair: GraphStore) -> None:
    local = str(project_iri("REPAIR (Reunification Pathways for Integration)")).rsplit("/", 1)[-1]
    assert resolve(repair, f"project:{local}") == [URIRef(f"https://w3id.org/migkg/id/project/{local}")]
    assert resolve(repair, "fund:AMIF") == [URIRef("https://w3id.org/migkg/id/fund/AMIF")]
    assert resolve(repair, "organisation:immigration-office") == [URIRef(ORG + "immigration-office")]
    # org: is W3C ORG's prefix; as the data has no org:immigration-office there, the organisation is meant.
    assert resolve(repair, "org:immigration-office") == [URIRef(ORG + "immigration-office")]


def test_explain_labels_follow_lang(repair: GraphStore) -> None:
    entity = project_iri("REPAIR (Reunification Pathways for Integration)")
    en = {f.property for f in explain(repair, "REPAIR")[entity]}
    fr = {f.property for f in explain(repair, "REPAIR", "fr")[entity]}
    assert "funded by" in en and "financé par" in fr


def test_declared_inverses_are_stored_both_ways() -> None:
    # The ontology's owl:inverseOf pairs (only mkg:grant / mkg:grantFor) hold in both directions
    # in what the extractor writes: a project with one funder and an amount gets a grant.
    from decimal import Decimal

    from migkg.ontology.closure import ontology
    from migkg.ontology.vocab import OWL

    ev = Evidence(0, 10, 0.8)
    amif = "https://w3id.org/migkg/id/fund/AMIF"
    project = ProjectFact(label="Onthaal", evidence=ev, unit=0, funders={amif: ev})
    project.amounts[None] = (Decimal("1000"), "EUR", ev)
    triples = _triples([project], {})
    pairs = set(ontology().subject_objects(OWL.inverseOf))
    assert pairs
    used = 0
    for p, q in pairs:
        for s, pred, o in triples:
            if pred == p:
                used += 1
                assert (o, q, s) in triples, (s, p, o)
    assert used


def test_entities_named_gives_one_row_per_entity_with_its_most_specific_class(store: GraphStore) -> None:
    # Fedasil is a mkg:PublicAgency, and so also a mkg:Organisation: one row, the narrower class.
    rows = list(store.query(get_query("entities-named").text, {"name": Literal("Fedasil")}))
    assert [(r["entity"].value, r["class"].value, r["label"].value) for r in rows] == [
        (
            ORG + "federal-agency-for-the-reception-of-asylum-seekers",
            str(MKG.PublicAgency),
            "Federal Agency for the Reception of Asylum Seekers",
        )
    ]


USER_ORGS_TTL = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/> .
ex:cresam a mkg:NonGovernmentalOrganisation ; skos:prefLabel "Crésam"@fr , "Cresam"@en .
"""


@pytest.mark.parametrize("strict", [False, True])
def test_user_reference_data_gets_superclass_types_and_a_label(store: GraphStore, tmp_path: Path, strict: bool) -> None:
    path = tmp_path / "my-orgs.ttl"
    path.write_text(USER_ORGS_TTL, encoding="utf-8")
    list(store.load_inputs([Input.from_path(path)], reference=True, strict=strict))
    node = URIRef("https://example.org/cresam")
    assert bool(store.query("ASK { GRAPH ?g { ?o a mkg:Organisation } }", {"o": node}))
    labels = [r["l"] for r in store.query("SELECT ?o ?l WHERE { ?o rdfs:label ?l }", {"o": node})]
    assert [(x.value, x.language) for x in labels] == [("Cresam", "en")]
