"""Checks on the hand-maintained reference data in migkg/ontology/reference/.

The article extractor matches names against these files (labels case-insensitively, acronyms
case-sensitively), so besides well-formedness the tests guard against ambiguity: a name or acronym that
points at two different nodes would make the matcher guess.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import SKOS

from migkg.ontology.iris import fund_iri, organisation_iri
from migkg.ontology.vocab import EU_COUNTRY, EU_PROGRAMME, ID, MKG, ONTOLOGY_NS

REFERENCE_DIR = Path(__file__).resolve().parents[2] / "migkg" / "ontology" / "reference"
FILES = ("funds.ttl", "goals.ttl", "places.ttl", "organisations.ttl")
ORG_CLASSES = (
    MKG.Organisation,
    MKG.PublicAgency,
    MKG.NonGovernmentalOrganisation,
    MKG.InternationalOrganisation,
    MKG.EUBody,
    MKG.LocalAuthority,
)
MAIN_LANGUAGES = ("en", "fr", "nl", "de")
WIKIDATA = "http://www.wikidata.org/entity/Q"
SDO_URL = URIRef("https://schema.org/url")
EMERGENCY = ID["fund/EU-EMERGENCY"]
NATIONAL = ID["fund/NATIONAL"]

EU_MEMBER_STATES = {
    "AUT", "BEL", "BGR", "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA", "GRC", "HRV", "HUN",
    "IRL", "ITA", "LTU", "LUX", "LVA", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "SWE",
}  # fmt: skip
OTHER_COUNTRIES = {"CHE", "GBR", "ISL", "LIE", "NOR"}

# (fund code, start year) -> eu-programme code, from the EU Vocabularies eu-programme table.
PROGRAMME_CODES = {
    ("AMIF", 2014): "AMF",
    ("AMIF", 2021): "AMIF",
    ("ISF", 2014): "ISF",
    ("ISF", 2021): "ISF_2021",
    ("BMVI", 2021): "BMVI",
    ("ERDF", 2014): "ERDF",
    ("ERDF", 2021): "ERDF_2021",
    ("ESF", 2014): "ESF",
    ("ESF", 2021): "ESF_PLUS",
    ("CF", 2014): "CF",
    ("CF", 2021): "CF_2021",
}


# --------------------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    return {name: Graph().parse(REFERENCE_DIR / name, format="turtle") for name in FILES}


@pytest.fixture(scope="module")
def graph(graphs: dict[str, Graph]) -> Graph:
    merged = Graph()
    for g in graphs.values():
        merged += g
    return merged


def instances(g: Graph, *classes: URIRef) -> set[URIRef]:
    return {s for cls in classes for s in g.subjects(RDF.type, cls) if isinstance(s, URIRef)}


def organisations(g: Graph) -> set[URIRef]:
    return instances(g, *ORG_CLASSES)


def funders(g: Graph) -> set[URIRef]:
    return instances(g, MKG.Fund, MKG.NationalBudget)


def labels(g: Graph, s: URIRef) -> list[Literal]:
    return [o for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(s, p) if isinstance(o, Literal)]


def acronyms(g: Graph, s: URIRef) -> list[Literal]:
    return [o for o in g.objects(s, MKG.acronym) if isinstance(o, Literal)]


def owners(g: Graph, subjects: set[URIRef]) -> tuple[dict[str, set], dict[str, set]]:
    """Who answers to each label (case-folded) and to each acronym (exact)."""
    by_label: dict[str, set] = defaultdict(set)
    by_acronym: dict[str, set] = defaultdict(set)
    for s in subjects:
        for label in labels(g, s):
            by_label[str(label).casefold()].add(s)
        for acronym in acronyms(g, s):
            by_acronym[str(acronym)].add(s)
    return by_label, by_acronym


def local_name(iri: URIRef) -> str:
    return str(iri).rsplit("/", 1)[-1]


# --------------------------------------------------------------------------------------------- files


@pytest.mark.parametrize("name", FILES)
def test_file_parses_and_documents_itself(name: str) -> None:
    path = REFERENCE_DIR / name
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), f"{name} must open with '#' comments (content, sources, how to extend)"
    assert len(Graph().parse(path, format="turtle")) > 0


@pytest.mark.parametrize("name", FILES)
def test_file_parses_with_a_strict_parser(name: str) -> None:
    pyoxigraph = pytest.importorskip("pyoxigraph")
    quads = list(pyoxigraph.parse(path=str(REFERENCE_DIR / name), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(Graph().parse(REFERENCE_DIR / name, format="turtle"))


def test_only_declared_mkg_terms_are_used(graph: Graph) -> None:
    declared = set(MKG.__annotations__)
    used = set()
    for triple in graph:
        for term in triple:
            if isinstance(term, Literal) and term.datatype is not None:
                term = term.datatype
            if isinstance(term, URIRef) and str(term).startswith(ONTOLOGY_NS):
                used.add(str(term)[len(ONTOLOGY_NS) :])
    assert used, "the reference data should use the mkg vocabulary"
    assert used <= declared, f"undeclared mkg terms: {sorted(used - declared)}"


def test_labels_are_clean(graph: Graph) -> None:
    for s, p, o in graph:
        if p in (SKOS.prefLabel, SKOS.altLabel, MKG.acronym):
            text = str(o)
            assert text == text.strip() and "  " not in text and text, (s, p, o)
            assert o.datatype is None, (s, p, o)


def test_typographic_apostrophes_have_an_ascii_twin(graph: Graph) -> None:
    for s in set(graph.subjects(SKOS.prefLabel, None)):
        assert not any("\u2019" in str(o) for o in graph.objects(s, SKOS.prefLabel)), s
        forms = {(str(label), label.language) for label in labels(graph, s)}
        for text, lang in forms:
            if "\u2019" in text:
                assert (text.replace("\u2019", "'"), lang) in forms, (s, text)


# --------------------------------------------------------------------------------------------- names


def test_organisations_and_funds_have_one_preflabel_per_language(graph: Graph) -> None:
    subjects = organisations(graph) | funders(graph)
    assert subjects
    for s in subjects:
        prefs = list(graph.objects(s, SKOS.prefLabel))
        assert all(isinstance(o, Literal) and o.language for o in prefs), s
        per_language = Counter(o.language for o in prefs)
        assert per_language.get("en") == 1, f"{s} needs exactly one English prefLabel"
        assert set(per_language.values()) == {1}, f"{s} has several prefLabels in one language"


def test_no_two_organisations_share_a_name_or_acronym(graph: Graph) -> None:
    by_label, by_acronym = owners(graph, organisations(graph))
    assert {k: v for k, v in by_label.items() if len(v) > 1} == {}
    assert {k: v for k, v in by_acronym.items() if len(v) > 1} == {}


def test_funders_and_organisations_never_share_a_name_or_acronym(graph: Graph) -> None:
    subjects = organisations(graph) | funders(graph)
    by_label, by_acronym = owners(graph, subjects)
    assert {k: v for k, v in by_label.items() if len(v) > 1} == {}
    assert {k: v for k, v in by_acronym.items() if len(v) > 1} == {}
    # A name of one node must not be an acronym of another (case-insensitive matching would mix them).
    for acronym, acronym_owners in by_acronym.items():
        other = by_label.get(acronym.casefold(), set()) - acronym_owners
        assert not other, (acronym, acronym_owners, other)


def test_goal_and_place_names_are_unambiguous(graph: Graph) -> None:
    for cls in (MKG.Goal, MKG.Place):
        by_label, by_acronym = owners(graph, instances(graph, cls))
        assert {k: v for k, v in by_label.items() if len(v) > 1} == {}, cls
        assert {k: v for k, v in by_acronym.items() if len(v) > 1} == {}, cls


@pytest.mark.parametrize("form", ["OE", "ONE", "FRA", "COA", "EC", "EP", "IND", "HCR", "OIM", "SAI"])
def test_short_ambiguous_forms_are_acronyms_only(graph: Graph, form: str) -> None:
    by_label, by_acronym = owners(graph, organisations(graph) | funders(graph))
    assert len(by_acronym.get(form, ())) == 1, f"{form} should be the acronym of exactly one node"
    assert form.casefold() not in by_label, f"{form} must not be a (case-insensitive) label"


@pytest.mark.parametrize(
    ("form", "is_acronym", "expected"),
    [
        ("Fedasil", False, "org/federal-agency-for-the-reception-of-asylum-seekers"),
        ("Agence fédérale pour l'accueil des demandeurs d'asile", False,
         "org/federal-agency-for-the-reception-of-asylum-seekers"),
        ("Agence fédérale pour l\u2019accueil des demandeurs d\u2019asile", False,
         "org/federal-agency-for-the-reception-of-asylum-seekers"),
        ("DVZ", True, "org/immigration-office"),
        ("DVZ-OE", True, "org/immigration-office"),
        ("Office des étrangers", False, "org/immigration-office"),
        ("CGRA", True, "org/office-of-the-commissioner-general-for-refugees"),
        ("CGVS", True, "org/office-of-the-commissioner-general-for-refugees"),
        ("IBZ", True, "org/federal-public-service-home-affairs"),
        ("SPF Intérieur", False, "org/federal-public-service-home-affairs"),
        ("POD MI", True, "org/federal-public-planning-service-social-integration"),
        ("mi-is", False, "org/federal-public-planning-service-social-integration"),
        ("EASO", True, "org/european-union-agency-for-asylum"),
        ("Frontex", False, "org/european-border-and-coast-guard-agency"),
        ("IOM Belgium and Luxembourg", False, "org/international-organization-for-migration"),
        ("HCR", True, "org/office-of-the-united-nations-high-commissioner-for-refugees"),
        ("FICR", True, "org/international-federation-of-red-cross-and-red-crescent"),
        ("Rode Kruis Vlaanderen", False, "org/red-cross-flanders"),
        ("Croix-Rouge de Belgique", False, "org/belgian-red-cross-french-speaking-community"),
        ("Artsen zonder Grenzen", False, "org/doctors-without-borders"),
        ("FAMI", True, "fund/AMIF"),
        ("Asiel-, Migratie- en Integratiefonds", False, "fund/AMIF"),
        ("Asyl, Migrations und Integrationsfonds", False, "fund/AMIF"),
        ("IGFV", True, "fund/BMVI"),
        ("Integrated Border Management Fund", False, "fund/BMVI"),
        ("FEDER", True, "fund/ERDF"),
        ("EFRO", True, "fund/ERDF"),
        ("FSE+", True, "fund/ESF"),
        ("Europees Sociaal Fonds Plus", False, "fund/ESF"),
        ("EVF", True, "fund/ERF"),
        ("Europees Integratiefonds", False, "fund/EIF"),
        ("Europees Terugkeerfonds", False, "fund/RF"),
        ("noodhulp", False, "fund/EU-EMERGENCY"),
        ("nationale cofinanciering", False, "fund/NATIONAL"),
    ],
)  # fmt: skip
def test_journalists_forms_resolve_to_one_node(graph: Graph, form: str, is_acronym: bool, expected: str) -> None:
    by_label, by_acronym = owners(graph, organisations(graph) | funders(graph))
    found = by_acronym.get(form, set()) if is_acronym else by_label.get(form.casefold(), set())
    assert found == {ID[expected]}


def test_organisation_iris_are_slugs_of_their_english_name(graph: Graph) -> None:
    for s in organisations(graph):
        english = next(o for o in graph.objects(s, SKOS.prefLabel) if o.language == "en")
        assert s == organisation_iri(str(english)), s


def test_organisation_links(graph: Graph) -> None:
    countries = instances(graph, MKG.Country)
    for s in organisations(graph):
        for country in graph.objects(s, MKG.country):
            assert country in countries, (s, country)
        for url in graph.objects(s, SDO_URL):
            assert isinstance(url, URIRef) and str(url).startswith("https://"), (s, url)
        for match in graph.objects(s, SKOS.exactMatch):
            assert str(match).startswith(WIKIDATA) and str(match)[len(WIKIDATA) :].isdigit(), (s, match)


def test_every_country_links_to_one_wikidata_item_of_its_own(graph: Graph) -> None:
    countries = instances(graph, MKG.Country)
    items = {c: [str(m) for m in graph.objects(c, SKOS.exactMatch)] for c in countries}
    assert all(len(v) == 1 and v[0].startswith(WIKIDATA) and v[0][len(WIKIDATA) :].isdigit() for v in items.values())
    assert len({v[0] for v in items.values()}) == len(countries)  # no two countries share an item
    assert items[EU_COUNTRY.BEL] == [WIKIDATA + "31"]  # Belgium is Q31


# --------------------------------------------------------------------------------------------- funds


def test_every_fund_has_a_code_except_emergency_assistance(graph: Graph) -> None:
    funds = instances(graph, MKG.Fund)
    assert EMERGENCY in funds
    for s in funds:
        codes = [str(o) for o in graph.objects(s, MKG.code)]
        if s == EMERGENCY:
            assert codes == []
        else:
            assert len(codes) == 1, s
            assert s == fund_iri(codes[0]), s
    assert {str(o) for o in graph.objects(None, MKG.code)} >= {
        "AMIF", "ISF", "BMVI", "ERDF", "ESF", "CF", "ERF", "EIF", "RF", "INTERREG"
    }  # fmt: skip


def test_national_budget(graph: Graph) -> None:
    assert (NATIONAL, RDF.type, MKG.NationalBudget) in graph
    assert list(graph.objects(NATIONAL, MKG.code)) == []


def test_programming_periods(graph: Graph) -> None:
    periods = instances(graph, MKG.ProgrammingPeriod)
    assert {local_name(p) for p in periods} >= {"2007-2013", "2014-2020", "2021-2027"}
    for p in periods:
        start = graph.value(p, MKG.startYear)
        end = graph.value(p, MKG.endYear)
        assert start.datatype == XSD.gYear and end.datatype == XSD.gYear, p
        assert local_name(p) == f"{start}-{end}"
        assert str(graph.value(p, RDFS.label)) == f"{start}\u2013{end}"


def test_programmes(graph: Graph) -> None:
    funds = instances(graph, MKG.Fund)
    periods = instances(graph, MKG.ProgrammingPeriod)
    found = {}
    for s in instances(graph, MKG.FundingProgramme):
        fund = graph.value(s, MKG.programmeOf)
        period = graph.value(s, MKG.programmingPeriod)
        assert fund in funds and period in periods, s
        start = int(str(graph.value(period, MKG.startYear)))
        assert local_name(s) == f"{local_name(fund)}-{local_name(period)}", s
        langs = Counter(o.language for o in graph.objects(s, SKOS.prefLabel))
        assert all(langs[lang] == 1 for lang in MAIN_LANGUAGES), s
        assert not list(graph.objects(s, SKOS.altLabel)) and not list(graph.objects(s, MKG.acronym)), s
        matches = list(graph.objects(s, SKOS.exactMatch))
        notations = [str(o) for o in graph.objects(s, SKOS.notation)]
        assert len(matches) == len(notations) <= 1, s
        for match in matches:
            assert str(match).startswith(str(EU_PROGRAMME)), (s, match)
            assert local_name(match) == notations[0], s
            found[(str(graph.value(fund, MKG.code)), start)] = notations[0]
    assert found == PROGRAMME_CODES


# --------------------------------------------------------------------------------------------- places


def test_countries(graph: Graph) -> None:
    countries = instances(graph, MKG.Country)
    assert {local_name(c) for c in countries} == EU_MEMBER_STATES | OTHER_COUNTRIES
    for c in countries:
        assert str(c).startswith(str(EU_COUNTRY)), c
        assert (c, RDF.type, MKG.Place) in graph
        assert str(graph.value(c, SKOS.notation)) == local_name(c)
        langs = Counter(o.language for o in graph.objects(c, SKOS.prefLabel))
        assert all(langs[lang] == 1 for lang in (*MAIN_LANGUAGES, "it")), c
        assert set(langs.values()) == {1}, c


def test_places_are_located_in_a_known_place(graph: Graph) -> None:
    places = instances(graph, MKG.Place)
    countries = instances(graph, MKG.Country)
    for p in places - countries:
        assert str(p).startswith(str(ID["place/"])), p
        assert "en" in {o.language for o in graph.objects(p, SKOS.prefLabel)}, p
        seen, current = set(), p
        while current not in countries:
            assert current not in seen, f"locatedIn cycle at {p}"
            seen.add(current)
            nxt = list(graph.objects(current, MKG.locatedIn))
            assert len(nxt) == 1 and nxt[0] in places, current
            current = nxt[0]


# --------------------------------------------------------------------------------------------- goals


def test_goals_form_a_skos_scheme(graph: Graph) -> None:
    scheme = ID["goal/amif-objectives"]
    assert (scheme, RDF.type, SKOS.ConceptScheme) in graph
    assert {o.language for o in graph.objects(scheme, SKOS.prefLabel)} >= set(MAIN_LANGUAGES)
    assert "2021/1147" in str(graph.value(scheme, URIRef("http://purl.org/dc/terms/source")))
    goals = instances(graph, MKG.Goal)
    expected = {
        "asylum", "legal-migration-integration", "return", "solidarity", "reception", "legal-migration",
        "integration", "resettlement", "border", "other",
    }  # fmt: skip
    assert {local_name(g) for g in goals} == expected
    tops = {local_name(g) for g in graph.subjects(SKOS.topConceptOf, scheme)}
    assert tops == {"asylum", "legal-migration-integration", "return", "solidarity", "border", "other"}
    assert set(graph.objects(scheme, SKOS.hasTopConcept)) == set(graph.subjects(SKOS.topConceptOf, scheme))
    for g in goals:
        assert (g, RDF.type, SKOS.Concept) in graph and (g, SKOS.inScheme, scheme) in graph
        assert str(graph.value(g, SKOS.notation)) == local_name(g)
        for prop in (SKOS.prefLabel, SKOS.definition):
            langs = Counter(o.language for o in graph.objects(g, prop))
            assert all(langs[lang] == 1 for lang in MAIN_LANGUAGES), (g, prop)
        for broader in graph.objects(g, SKOS.broader):
            assert broader in goals, g
    narrower = {local_name(g): local_name(graph.value(g, SKOS.broader)) for g in goals if graph.value(g, SKOS.broader)}
    assert narrower == {
        "reception": "asylum",
        "legal-migration": "legal-migration-integration",
        "integration": "legal-migration-integration",
        "resettlement": "solidarity",
    }
    assert {o.language for o in graph.objects(ID["goal/border"], SKOS.scopeNote)} >= set(MAIN_LANGUAGES)


# --------------------------------------------------------------------------------------------- ontology


def test_reference_data_conforms_to_the_shapes(graph: Graph) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    ontology_dir = REFERENCE_DIR.parent
    shapes, ontology = ontology_dir / "shapes.ttl", ontology_dir / "migkg.ttl"
    if not (shapes.exists() and ontology.exists()):
        pytest.skip("shapes.ttl or migkg.ttl not present")
    conforms, _, report = pyshacl.validate(
        graph,
        shacl_graph=Graph().parse(shapes, format="turtle"),
        ont_graph=Graph().parse(ontology, format="turtle"),
        inference="none",
    )
    assert conforms, report


def test_no_label_is_both_preferred_and_alternative(graph: Graph) -> None:
    # SKOS S13 (mkg:acronym is a sub-property of skos:altLabel).
    for s in set(graph.subjects(SKOS.prefLabel, None)):
        preferred = set(graph.objects(s, SKOS.prefLabel))
        alternative = set(graph.objects(s, SKOS.altLabel)) | set(graph.objects(s, MKG.acronym))
        assert not preferred & alternative, (s, preferred & alternative)


# --------------------------------------------------------------------------------------------- links

W3C_ORG = URIRef("http://www.w3.org/ns/org#subOrganizationOf")


def test_parent_bodies_are_known_organisations_without_cycles(graph: Graph) -> None:
    orgs = organisations(graph)
    parent = {}
    for child, mother in graph.subject_objects(W3C_ORG):
        assert child in orgs and mother in orgs, (child, mother)
        assert child not in parent, f"{child} has two parents"
        parent[child] = mother
    for child in parent:
        seen, node = {child}, parent[child]
        while node in parent:
            assert node not in seen, f"cycle through {node}"
            seen.add(node)
            node = parent[node]


def test_immigration_office_and_cgrs_are_within_fps_home_affairs(graph: Graph) -> None:
    home_affairs = organisation_iri("Federal Public Service Home Affairs")
    for body in ("Immigration Office", "Office of the Commissioner General for Refugees and Stateless Persons"):
        assert (organisation_iri(body), W3C_ORG, home_affairs) in graph
    dg_home = organisation_iri("Directorate-General for Migration and Home Affairs")
    assert (dg_home, W3C_ORG, organisation_iri("European Commission")) in graph


def test_fund_successions(graph: Graph) -> None:
    succ = {(local_name(a), local_name(b)) for a, b in graph.subject_objects(MKG.succeededBy)}
    # The SOLID funds became AMIF in 2014; ISF 2014-2020's two instruments went to BMVI and ISF 2021-2027.
    assert {("ERF", "AMIF"), ("EIF", "AMIF"), ("RF", "AMIF")} <= succ
    assert {("ISF-2014-2020", "BMVI-2021-2027"), ("ISF-2014-2020", "ISF-2021-2027")} <= succ
    funds = instances(graph, MKG.Fund, MKG.FundingProgramme)
    for a, b in graph.subject_objects(MKG.succeededBy):
        assert a in funds and b in funds, (a, b)
        # A successor is a programme of the same or a later period: never an older one.
        pa, pb = graph.value(a, MKG.programmingPeriod), graph.value(b, MKG.programmingPeriod)
        if pa is not None and pb is not None:
            assert str(pa) < str(pb), (a, b)
