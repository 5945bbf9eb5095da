"""Extracted facts as RDF: one grant node whoever reports it, each source's years kept as a pair,
programmes from the project's years, OWL-Time periods, countries and per-country national budgets."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, TIME, XSD

from migkg.loaders.document import Document
from migkg.loaders.extract.facts import document_country, programme_for, to_graph
from migkg.loaders.extract.model import NATIONAL, Evidence, Extraction, ProjectFact
from migkg.ontology.iris import period_iri, project_iri
from migkg.ontology.vocab import EU_COUNTRY, EU_CURRENCY, MKG

FUND = "https://w3id.org/migkg/id/fund/"
AMIF = FUND + "AMIF"
FEDASIL = "https://w3id.org/migkg/id/org/federal-agency-for-the-reception-of-asylum-seekers"
LIEGE = "https://w3id.org/migkg/id/place/liege"
TEXT = "The Welcome desk project is funded by AMIF with EUR 100,000 from 2021 to 2024."
EV = Evidence(0, len(TEXT), 0.8)


def doc(url: str | None = None) -> Document:
    return Document(text=TEXT, name="t.txt", raw=TEXT.encode(), url=url, title=None, language="en")


def project(**kwargs: object) -> ProjectFact:
    base: dict = {"label": "Welcome desk", "evidence": EV, "unit": 0, "funders": {AMIF: EV}}
    return ProjectFact(**(base | kwargs))


def graph(*projects: ProjectFact, source: str = "https://example.org/source/a", url: str | None = None) -> Graph:
    result = Extraction(projects=list(projects), aggregates=[], new_orgs={}, lang="en")
    return to_graph(result, doc(url), URIRef(source))


NODE = project_iri("Welcome desk")


# -- grants have an identity -------------------------------------------------------------------


def test_two_documents_reporting_one_grant_describe_one_grant_node() -> None:
    p = project(start_year=2021, end_year=2024, amounts={AMIF: (Decimal("100000"), "EUR", EV)})
    a = graph(p, source="https://example.org/source/a")
    b = graph(p, source="https://example.org/source/b")
    grants_a = set(a.subjects(RDF.type, MKG.Grant))
    grants_b = set(b.subjects(RDF.type, MKG.Grant))
    assert len(grants_a) == 1 and grants_a == grants_b
    # The merge of the two documents holds one amount for it: a sum counts it once.
    merged = a + b
    [grant] = grants_a
    assert list(merged.objects(grant, MKG.amount)) == [Literal(Decimal("100000"), datatype=XSD.decimal)]


def test_a_grant_currency_is_the_eu_currency_table_iri() -> None:
    g = graph(project(amounts={AMIF: (Decimal("5000"), "CHF", EV)}))
    [grant] = g.subjects(RDF.type, MKG.Grant)
    assert g.value(grant, MKG.currency) == EU_CURRENCY.CHF  # kept in its currency, never as euros


# -- periods: pairs, OWL-Time, missing end vs open-ended ----------------------------------------


def test_years_are_given_through_the_period_node_only() -> None:
    g = graph(project(start_year=2021, end_year=2024, years_evidence=EV))
    assert (NODE, MKG.startYear, None) not in g and (NODE, MKG.endYear, None) not in g
    assert g.value(NODE, MKG.period) == period_iri(2021, 2024)


def test_two_sources_with_different_years_give_two_pairs_never_a_cross_combination() -> None:
    merged = graph(project(start_year=2021, end_year=2024)) + graph(
        project(start_year=2022, end_year=2025), source="https://example.org/source/b"
    )
    pairs = {
        (int(str(merged.value(per, MKG.startYear))), int(str(merged.value(per, MKG.endYear))))
        for per in merged.objects(NODE, MKG.period)
    }
    assert pairs == {(2021, 2024), (2022, 2025)}


def test_period_carries_owl_time_instants() -> None:
    g = graph(project(start_year=2021, end_year=2024))
    per = period_iri(2021, 2024)
    begin, end = g.value(per, TIME.hasBeginning), g.value(per, TIME.hasEnd)
    assert (begin, RDF.type, TIME.Instant) in g
    assert g.value(begin, TIME.inXSDgYear) == Literal("2021", datatype=XSD.gYear)
    assert g.value(end, TIME.inXSDgYear) == Literal("2024", datatype=XSD.gYear)


def test_a_missing_end_year_is_not_an_open_ended_project() -> None:
    unknown = graph(project(start_year=2022))
    open_ended = graph(project(start_year=2022, open_ended=True))
    assert unknown.value(NODE, MKG.period) != open_ended.value(NODE, MKG.period)
    assert (None, MKG.openEnded, None) not in unknown
    assert open_ended.value(open_ended.value(NODE, MKG.period), MKG.openEnded) == Literal(True)


# -- programmes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "programme"),
    [
        (2021, 2024, "AMIF-2021-2027"),  # starts in 2021-2027
        (2016, 2018, "AMIF-2014-2020"),
        (2019, 2022, "AMIF-2014-2020"),  # ends within the eligibility years of 2014-2020
        (None, 2026, "AMIF-2021-2027"),  # too late for 2014-2020
        (None, 2022, None),  # could be either
        (None, None, None),
    ],
)
def test_the_projects_years_decide_its_programme(start: int | None, end: int | None, programme: str | None) -> None:
    assert programme_for(AMIF, start, end) == (FUND + programme if programme else None)


def test_a_project_is_funded_by_the_fund_and_its_programme() -> None:
    g = graph(project(start_year=2022, end_year=2024))
    assert set(g.objects(NODE, MKG.fundedBy)) == {URIRef(AMIF), URIRef(FUND + "AMIF-2021-2027")}


# -- countries and national budgets --------------------------------------------------------------


def test_country_from_the_projects_place() -> None:
    g = graph(project(places={LIEGE: EV}))
    assert EU_COUNTRY.BEL in set(g.objects(NODE, MKG.locatedIn))


def test_country_from_the_implementers_country() -> None:
    g = graph(project(implementers={FEDASIL: EV}))
    assert EU_COUNTRY.BEL in set(g.objects(NODE, MKG.locatedIn))


def test_country_from_the_documents_national_site_when_nothing_else_says() -> None:
    g = graph(project(), url="https://www.example.it/progetti/1")
    assert set(g.objects(NODE, MKG.locatedIn)) == {EU_COUNTRY.ITA}
    assert document_country(Extraction([], [], {}, "en"), "https://ec.europa.eu/x") is None


def test_a_national_sites_domain_outranks_an_implementer_the_reference_data_places_elsewhere() -> None:
    # (held36, session 49: a Slovak ministry's list, whose "Human Rights League" the reference data
    # reads as the Belgian league: every project's national budget was Belgium's)
    g = graph(project(funders={AMIF: EV, NATIONAL: EV}, implementers={FEDASIL: EV}), url="https://www.minv.sk/p")
    [budget] = [f for f in g.objects(NODE, MKG.fundedBy) if (f, RDF.type, MKG.NationalBudget) in g]
    assert g.value(budget, MKG.country) == EU_COUNTRY.SVK
    assert set(g.objects(NODE, MKG.locatedIn)) == {EU_COUNTRY.SVK}


def test_national_budgets_are_per_country() -> None:
    be = graph(project(funders={AMIF: EV, NATIONAL: EV}, implementers={FEDASIL: EV}))
    it = graph(project(funders={AMIF: EV, NATIONAL: EV}), url="https://www.example.it/p")
    [be_budget] = [f for f in be.objects(NODE, MKG.fundedBy) if (f, RDF.type, MKG.NationalBudget) in be]
    [it_budget] = [f for f in it.objects(NODE, MKG.fundedBy) if (f, RDF.type, MKG.NationalBudget) in it]
    assert be_budget != it_budget
    assert be.value(be_budget, MKG.country) == EU_COUNTRY.BEL
    assert it.value(it_budget, MKG.country) == EU_COUNTRY.ITA


def test_national_budget_without_a_country_stays_the_generic_one() -> None:
    g = graph(project(funders={NATIONAL: EV}))
    assert set(g.objects(NODE, MKG.fundedBy)) == {URIRef(NATIONAL)}


# -- money as fund analysts model it -------------------------------------------------------------


def money_graph(text: str, p: ProjectFact) -> Graph:
    d = Document(text=text, name="t.txt", raw=text.encode(), url=None, title=None, language="en")
    return to_graph(Extraction([p], [], {}, "en"), d, URIRef("https://example.org/source/a"))


def money(g: Graph, prop: URIRef) -> tuple[Decimal, URIRef] | None:
    node = g.value(NODE, prop)
    return None if node is None else (g.value(node, MKG.amount).toPython(), g.value(node, MKG.currency))


def grant_amounts(g: Graph) -> dict[str, Decimal]:
    return {
        str(g.value(gr, MKG.grantFunder)): g.value(gr, MKG.amount).toPython() for gr in g.subjects(RDF.type, MKG.Grant)
    }


def test_budget_with_shares_keeps_the_total_and_each_share() -> None:
    text = "Budget: € 5,139,366.07 (€ 3,854,524.55 by AMIF & € 1,284,841.52 by the national budget)"
    ev = Evidence(0, len(text), 0.8)
    p = project(
        funders={AMIF: ev, NATIONAL: ev},
        amounts={
            None: (Decimal("5139366.07"), "EUR", ev),
            AMIF: (Decimal("3854524.55"), "EUR", ev),
            NATIONAL: (Decimal("1284841.52"), "EUR", ev),
        },
    )
    g = money_graph(text, p)
    assert money(g, MKG.totalCost) == (Decimal("5139366.07"), EU_CURRENCY.EUR)
    assert money(g, MKG.euContribution) == (Decimal("3854524.55"), EU_CURRENCY.EUR)
    assert money(g, MKG.nationalContribution) == (Decimal("1284841.52"), EU_CURRENCY.EUR)
    assert grant_amounts(g)[AMIF] == Decimal("3854524.55")


def test_total_cost_is_not_the_funds_grant_when_the_eu_contribution_is_stated() -> None:
    text = "Total cost €636,000, EU €477,000"
    ev = Evidence(0, len(text), 0.8)
    # What the relations give: the first amount, unattributed, and one funder.
    p = project(amounts={None: (Decimal(636000), "EUR", ev)})
    g = money_graph(text, p)
    assert money(g, MKG.totalCost) == (Decimal(636000), EU_CURRENCY.EUR)
    assert money(g, MKG.euContribution) == (Decimal(477000), EU_CURRENCY.EUR)
    assert grant_amounts(g) == {AMIF: Decimal(477000)}


def test_eu_contribution_rate_is_the_cofinancing_rate() -> None:
    g = money_graph("EU contribution (50%)", project())
    assert g.value(NODE, MKG.cofinancingRate).toPython() == Decimal("0.5")


def test_an_amount_in_another_currency_keeps_its_currency() -> None:
    g = money_graph("Total cost: CHF 200,000", project())
    assert money(g, MKG.totalCost) == (Decimal(200000), EU_CURRENCY.CHF)


def test_a_period_is_labelled_like_the_programming_periods() -> None:
    assert graph(project(start_year=2021, end_year=2024)).value(period_iri(2021, 2024), RDFS.label) == Literal(
        "2021–2024"
    )
    assert graph(project(end_year=2025)).value(period_iri(None, 2025), RDFS.label) == Literal("?–2025")
