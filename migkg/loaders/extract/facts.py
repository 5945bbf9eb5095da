"""Extracted facts as RDF, in the migkg ontology: projects, grants, organisations, periods and
aggregate statements, and for every fact an mkg:Evidence node (a reified statement) with the
supporting sentence, its character offsets, a confidence and the extractor's version.

Facts shared by several documents get IRIs that do not depend on the document (projects, grants,
periods, instants), so that each source is evidence for the same node and the union counts it once.
What one source says about years stays a pair: a project's years are only given through its
mkg:period node, never as loose start and end years that other sources' years would combine with.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, TIME, XSD
from rdflib.term import Node

from migkg.loaders.document import Document
from migkg.loaders.extract.amounts import MoneyRole, find_money_roles
from migkg.loaders.extract.model import EXTRACTOR_VERSION, NATIONAL, CycleFact, Evidence, Extraction, ProjectFact
from migkg.ontology import closure, iris
from migkg.ontology.labels import acronym_of
from migkg.ontology.vocab import EU_COUNTRY, EU_CURRENCY, MKG

# An EU fund's programme may pay projects up to three years after its programming period ends
# (the n+3 eligibility rule of the 2014-2020 funds).
ELIGIBILITY_YEARS = 3


@dataclass(frozen=True)
class _Reference:
    """What facts need from the packaged reference data: funds' programmes with their years, the
    country of each place and organisation, and the names of countries."""

    programmes: dict[str, list[tuple[str, int, int]]]  # fund IRI -> (programme IRI, start, end)
    country_of: dict[str, str]  # place or organisation IRI -> country IRI
    country_names: dict[str, dict[str, str]]  # country IRI -> language -> name


@cache
def reference() -> _Reference:
    folder = resources.files("migkg.ontology") / "reference"
    data = b"\n".join((folder / f).read_bytes() for f in ("funds.ttl", "places.ttl", "organisations.ttl"))
    store = ox.Store()  # in memory: pattern look-ups, once per process
    store.load(data, format=ox.RdfFormat.TURTLE)

    def objects(s: object, p: URIRef) -> list:
        return [q.object for q in store.quads_for_pattern(s, ox.NamedNode(str(p)), None)]

    years: dict[str, tuple[int, int]] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(MKG.ProgrammingPeriod))):
        start, end = objects(q.subject, MKG.startYear), objects(q.subject, MKG.endYear)
        if start and end:
            years[q.subject.value] = (int(start[0].value), int(end[0].value))
    programmes: dict[str, list[tuple[str, int, int]]] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(str(MKG.programmeOf)), None):
        for period in objects(q.subject, MKG.programmingPeriod):
            if period.value in years:
                programmes.setdefault(q.object.value, []).append((q.subject.value, *years[period.value]))
    countries = {
        q.subject.value
        for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(MKG.Country)))
    }
    parent: dict[str, str] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(str(MKG.locatedIn)), None):
        parent.setdefault(q.subject.value, q.object.value)
    country_of: dict[str, str] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(str(MKG.country)), None):
        country_of[q.subject.value] = q.object.value
    for place in parent:
        node, seen = place, set()
        while node not in countries and node in parent and node not in seen:
            seen.add(node)
            node = parent[node]
        if node in countries:
            country_of.setdefault(place, node)
    for c in countries:
        country_of[c] = c
    names = {
        c: {
            q.object.language: q.object.value
            for q in store.quads_for_pattern(ox.NamedNode(c), ox.NamedNode(str(SKOS.prefLabel)), None)
            if q.object.language
        }
        for c in countries
    }
    return _Reference(programmes, country_of, names)


def programme_for(fund: str, start: int | None, end: int | None) -> str | None:
    """The programme of `fund` the project's years put it in, when they decide it: it starts within
    the programme's period and ends within the period or its eligibility years; None when no year
    is known, or when two programmes fit (only an end year in the overlap, say)."""
    if start is None and end is None:
        return None
    fits = [
        iri
        for iri, ps, pe in reference().programmes.get(fund, [])
        if (start is None or ps <= start <= pe)
        and (end is None or ps <= end <= pe + ELIGIBILITY_YEARS)
        and (start is None or end is None or start <= end)
    ]
    return fits[0] if len(fits) == 1 else None


def national_budget_iri(country: str) -> URIRef:
    """A country's own budget as a funder: fund/NATIONAL-<ISO 3166 alpha-3>."""
    return iris.entity_iri("fund", f"NATIONAL-{country.rsplit('/', 1)[-1]}")


def currency_iri(code: str) -> URIRef:
    """The EU Vocabularies currency authority IRI of an ISO 4217 code (EUR, USD, GBP, CHF, ...)."""
    return EU_CURRENCY[code.upper()]


class _Triples(list):
    """A list of triples with rdflib's `Graph.add` spelling: building an rdflib Graph per article
    costs more than the extraction itself, and the store only needs the triples."""

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self.append(triple)


class FactWriter:
    def __init__(self, doc: Document, source: URIRef, lang: str | None) -> None:
        self.g = _Triples()
        self.doc = doc
        self.source = source
        self.lang = lang

    def fact(self, s: URIRef, p: URIRef, o: URIRef | Literal, ev: Evidence | None) -> None:
        """Add a triple and, with evidence, its reified description."""
        self.g.add((s, p, o))
        if ev is None:
            return
        node = iris.hashed_iri("evidence", str(self.source), str(s), str(p), str(o))
        g = self.g
        g.add((node, RDF.type, MKG.Evidence))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
        g.add((node, MKG.evidenceOf, s))
        g.add((node, MKG.sentence, Literal(self.doc.text[ev.start : ev.end])))
        g.add((node, MKG.startOffset, Literal(ev.start)))
        g.add((node, MKG.endOffset, Literal(ev.end)))
        g.add((node, MKG.confidence, Literal(Decimal(str(round(ev.confidence, 2))), datatype=XSD.decimal)))
        g.add((node, MKG.extractorVersion, Literal(EXTRACTOR_VERSION)))
        g.add((node, MKG.derivedFrom, self.source))  # a sub-property of prov:wasDerivedFrom

    def year(self, value: int) -> Literal:
        return Literal(f"{value:04d}", datatype=XSD.gYear)

    def period(self, start: int | None, end: int | None, open_ended: bool = False) -> URIRef:
        """A period node with its years as OWL-Time instants. No end year means the end is not
        stated; an open-ended period ("since 2022") says so with mkg:openEnded."""
        node = iris.period_iri(start, end, open_ended=open_ended)
        g = self.g
        g.add((node, RDF.type, MKG.Period))
        # Labelled like the reference's programming periods ("2014–2020"); "?" is a year not stated.
        g.add((node, RDFS.label, Literal(f"{start or '?'}–{end or ('…' if open_ended else '?')}")))
        for year, year_prop, time_prop in ((start, MKG.startYear, TIME.hasBeginning), (end, MKG.endYear, TIME.hasEnd)):
            if year is None:
                continue
            g.add((node, year_prop, self.year(year)))
            instant = iris.entity_iri("instant", f"{year:04d}")
            g.add((node, time_prop, instant))
            g.add((instant, RDF.type, TIME.Instant))
            g.add((instant, TIME.inXSDgYear, self.year(year)))
        if open_ended:
            g.add((node, MKG.openEnded, Literal(True)))
        return node


_NATIONAL_LABELS = {"en": "National budget ({})", "fr": "Budget national ({})", "nl": "Nationale begroting ({})"}


def project_country(
    p: ProjectFact, doc_country: str | None, site: str | None = None
) -> tuple[str | None, Evidence | None]:
    """Where a project is: the country of its places, else of its national site's domain (`site`),
    else of its implementers, else the document's. None when they disagree or nothing says. (A
    national site's domain outranks the implementers: a Slovak ministry's "Human Rights League" is
    not the Belgian league the reference data spells so.)"""
    country_of = reference().country_of

    def located(found: dict[str, Evidence]) -> tuple[bool, str | None, Evidence | None]:
        """Whether `found` places the project at all, and the one country it agrees on."""
        countries = {country_of[x] for x in found if x in country_of}
        if len(countries) != 1:
            return bool(countries), None, None  # (places in two countries say none)
        country = countries.pop()
        ev = next(found[x] for x in found if country_of.get(x) == country)
        return True, country, Evidence(ev.start, ev.end, round(ev.confidence * 0.8, 2))

    said, country, ev = located(p.places)
    if said:
        return country, ev
    if site is not None:
        return site, Evidence(p.evidence.start, p.evidence.end, 0.3)
    said, country, ev = located(p.implementers)
    if said:
        return country, ev
    if doc_country is not None:
        return doc_country, Evidence(p.evidence.start, p.evidence.end, 0.3)
    return None, None


# Country-code top-level domains of the reference countries: a national site's document is about
# its country unless its text places things elsewhere. (.eu, .com, .org say nothing.)
_TLD_COUNTRY = {
    "at": "AUT", "be": "BEL", "bg": "BGR", "ch": "CHE", "cy": "CYP", "cz": "CZE", "de": "DEU", "dk": "DNK",
    "ee": "EST", "es": "ESP", "fi": "FIN", "fr": "FRA", "gr": "GRC", "hr": "HRV", "hu": "HUN", "ie": "IRL",
    "is": "ISL", "it": "ITA", "li": "LIE", "lt": "LTU", "lu": "LUX", "lv": "LVA", "mt": "MLT", "nl": "NLD",
    "no": "NOR", "pl": "POL", "pt": "PRT", "ro": "ROU", "se": "SWE", "si": "SVN", "sk": "SVK", "uk": "GBR",
}  # fmt: skip


def site_country(url: str | None) -> str | None:
    """The country of a national site's domain (".sk", ".be"); none for ".eu", ".com", ".org"."""
    host = (urlsplit(url).hostname or "") if url else ""
    code = _TLD_COUNTRY.get(host.rsplit(".", 1)[-1])
    return str(EU_COUNTRY[code]) if code else None


def document_country(result: Extraction, url: str | None = None) -> str | None:
    """The country a document is about: the one country its projects' places agree on, else the
    country of its site's domain, else the one its projects' implementers agree on."""
    country_of = reference().country_of
    places = {country_of[x] for p in result.projects for x in p.places if x in country_of}
    if places:
        return places.pop() if len(places) == 1 else None
    site = site_country(url)
    if site is not None:
        return site
    runners = {country_of[x] for p in result.projects for x in p.implementers if x in country_of}
    return runners.pop() if len(runners) == 1 else None


def national_budget(w: FactWriter, funder: str, country: str | None) -> URIRef:
    """National co-funding is a country's own budget: Belgium's is not Italy's. The generic
    fund/NATIONAL stands when the country is not known."""
    if funder != NATIONAL or country is None:
        return URIRef(funder)
    node = national_budget_iri(country)
    names = reference().country_names.get(country, {})
    w.g.add((node, RDF.type, MKG.NationalBudget))
    w.g.add((node, MKG.country, URIRef(country)))
    for lang, label in _NATIONAL_LABELS.items():
        if lang in names:
            w.g.add((node, SKOS.prefLabel, Literal(label.format(names[lang]), lang=lang)))
    return node


def grant_iri(project: URIRef, funder: URIRef, programme: str | None) -> URIRef:
    """A grant is who gives money to what (and from which programme, when known), whoever reports
    it: two documents about the same grant describe one node."""
    return iris.hashed_iri("grant", str(project), str(funder), programme or "")


def _is_eu_fund(funder: str) -> bool:
    return funder.startswith(iris.ID_NS + "fund/") and not funder.startswith(NATIONAL)


def money_roles(p: ProjectFact, text: str, lang: str | None, whole: bool) -> dict[str, MoneyRole]:
    """The money roles ("Total cost €636,000", "EU contribution (50%)") in the project's own words:
    the spans its amounts and its label were read from, or the whole text of a one-project page.
    Offsets are the document's; the first mention of each role wins."""
    spans = {(ev.start, ev.end) for _value, _cur, ev in p.amounts.values()} | {(p.evidence.start, p.evidence.end)}
    if whole:
        spans = {(0, len(text))}
    roles: dict[str, MoneyRole] = {}
    for a, b in sorted(spans):
        for r in find_money_roles(text[a:b], lang):
            roles.setdefault(r.role, replace(r, start=a + r.start, end=a + r.end))
    return roles


_ROLE_PROPERTIES = {
    "total_cost": MKG.totalCost,
    "eu_contribution": MKG.euContribution,
    "national_contribution": MKG.nationalContribution,
    "own_contribution": MKG.ownContribution,
}


def write_money(w: FactWriter, p: ProjectFact, node: URIRef, country: str | None, whole: bool) -> None:
    """Grants (who gives what) and the project's money as fund analysts read it: total cost, EU,
    national and own contributions as monetary amounts in their own currency, and the co-financing
    rate, each when the text states it."""
    roles = money_roles(p, w.doc.text, w.lang, whole)
    amounts = {(None if f is None else national_budget(w, f, country)): v for f, v in p.amounts.items()}
    total = amounts.pop(None, None)
    money: dict[str, tuple[Decimal, str, Evidence]] = {}
    for role, r in roles.items():
        if r.amount is not None:
            money[role] = (r.amount.value, r.amount.currency, Evidence(r.start, r.end, 0.7))
    if amounts and total is not None and total[0] >= sum(v for v, _c, _e in amounts.values()):
        # "Budget: € 5,139,366.07 (€ 3,854,524.55 by AMIF & € 1,284,841.52 by the national budget)":
        # the total and each funder's share.
        money.setdefault("total_cost", total)
        eu = [v for f, v in amounts.items() if _is_eu_fund(str(f))]
        national = [v for f, v in amounts.items() if str(f).startswith(NATIONAL)]
        if eu:
            money.setdefault("eu_contribution", (sum(v for v, _c, _e in eu), eu[0][1], eu[0][2]))
        if national:
            money.setdefault(
                "national_contribution", (sum(v for v, _c, _e in national), national[0][1], national[0][2])
            )
    paying = p.paying_funders()
    if total is not None and not amounts and len(paying) == 1:
        funder = national_budget(w, paying[0], country)
        stated_cost = "total_cost" in roles and roles["total_cost"].amount is not None
        if "eu_contribution" in money and _is_eu_fund(str(funder)):
            amounts[funder] = money["eu_contribution"]  # "Total cost €636,000, EU €477,000": the EU fund gives 477,000
        elif not (stated_cost and roles["total_cost"].amount.value == total[0]):  # type: ignore[union-attr]
            amounts[funder] = total  # one funder: the amount is its grant (unless it is the project's cost)
    if total is not None and not amounts:
        # "Il progetto ha un valore complessivo di 1.940.000,00 euro" with two payers and no one's
        # share: the project's amount, kept as its total (who-funded-what prints it when no funder's
        # share is stated)
        money.setdefault("total_cost", total)
    g = w.g
    for funder, (value, currency, ev) in amounts.items():
        programme = programme_for(str(funder), p.start_year, p.end_year)
        grant = grant_iri(node, funder, programme)
        g.add((grant, RDF.type, MKG.Grant))
        g.add((grant, MKG.grantFunder, funder))
        g.add((grant, MKG.grantFor, node))
        w.fact(grant, MKG.amount, Literal(value, datatype=XSD.decimal), ev)
        g.add((grant, MKG.currency, currency_iri(currency)))
        g.add((grant, MKG.derivedFrom, w.source))
        g.add((node, MKG.grant, grant))
    for role, (value, currency, ev) in money.items():
        prop = _ROLE_PROPERTIES[role]
        amount = iris.hashed_iri("amount", str(node), str(prop), str(value), currency)
        g.add((amount, RDF.type, MKG.MonetaryAmount))
        g.add((amount, MKG.amount, Literal(value, datatype=XSD.decimal)))
        g.add((amount, MKG.currency, currency_iri(currency)))
        w.fact(node, prop, amount, ev)
    rate = roles.get("cofinancing_rate") or roles.get("eu_contribution")
    if rate is not None and rate.rate is not None and 0 <= rate.rate.value <= 100:
        w.fact(
            node,
            MKG.cofinancingRate,
            Literal(rate.rate.fraction, datatype=XSD.decimal),
            Evidence(rate.start, rate.end, 0.7),
        )


def to_graph(result: Extraction, doc: Document, source: URIRef) -> Graph:
    """The facts as an rdflib Graph (for callers that want one; the loaders use `to_triples`)."""
    g = Graph()
    for t in to_triples(result, doc, source):
        g.add(t)
    return g


def to_triples(result: Extraction, doc: Document, source: URIRef) -> list[tuple[Node, Node, Node]]:
    w = FactWriter(doc, source, result.lang)
    g = w.g
    # Names are plain literals: a name found in a French text is not thereby French ("Crésam asbl",
    # "REPAIR"); the document's language is on the source (dcterms:language). Types include the
    # ontology superclasses (migkg.ontology.closure).
    doc_country = document_country(result, doc.url)
    site = site_country(doc.url)
    for org in result.new_orgs.values():
        node = URIRef(org.iri)
        for cls in closure.types_of(org.cls):
            g.add((node, RDF.type, cls))
        g.add((node, SKOS.prefLabel, Literal(org.name)))
        g.add((node, RDFS.label, Literal(org.name)))
        g.add((node, MKG.derivedFrom, source))
    for iri, name in result.written_names.items():
        g.add((URIRef(iri), MKG.nameInSource, Literal(name)))
    for p in result.projects:
        node = iris.project_iri(p.label, p.code)
        g.add((node, RDF.type, MKG.Project))
        w.fact(node, RDFS.label, Literal(p.label), p.evidence)
        g.add((node, SKOS.prefLabel, Literal(p.label)))
        if p.code:
            g.add((node, MKG.projectCode, Literal(p.code)))
        acronym = acronym_of(p.label)
        if acronym and acronym != p.code:
            g.add((node, MKG.acronym, Literal(acronym)))
        g.add((node, MKG.derivedFrom, source))
        country, country_evidence = project_country(p, doc_country, site)
        country_places = [country] if country is not None and country not in p.places else []
        funders = {national_budget(w, f, country): ev for f, ev in p.funders.items()}
        for f, ev in funders.items():
            w.fact(node, MKG.fundedBy, f, ev)
        for o, ev in p.implementers.items():
            w.fact(node, MKG.implementedBy, URIRef(o), ev)
        for o, ev in p.partners.items():
            w.fact(node, MKG.partner, URIRef(o), ev)
        for goal, ev in p.goals.items():
            w.fact(node, MKG.pursuesGoal, URIRef(goal), ev)
        for place, ev in p.places.items():
            w.fact(node, MKG.locatedIn, URIRef(place), ev)
        if p.start_year is not None or p.end_year is not None:
            period = w.period(p.start_year, p.end_year, p.open_ended)
            w.fact(node, MKG.period, period, p.years_evidence)
        for funder, ev in p.funders.items():
            programme = programme_for(funder, p.start_year, p.end_year)
            if programme is not None and programme not in p.funders:
                # The lasting fund stays (simple queries); its programme for the project's years too.
                w.fact(node, MKG.fundedBy, URIRef(programme), ev)
        for place in country_places:
            w.fact(node, MKG.locatedIn, URIRef(place), country_evidence)
        write_money(w, p, node, country, whole=len(result.projects) == 1)
        for k in p.cycles:
            w.fact(node, MKG.inCycle, cycle_iri(source, k), p.years_evidence or p.evidence)
    for k, a in enumerate(result.aggregates):
        node = iris.hashed_iri("aggregate", str(source), str(a.evidence.start), str(k))
        g.add((node, RDF.type, MKG.AggregateFunding))
        # A joint amount ("AMIF and ISF: 5 million") is the statement's, not each funder's: the
        # funders and the one amount hang off the same node, and queries read it once per node.
        place_country = reference().country_of.get(a.place) if a.place else None
        for f in a.funders:
            w.fact(node, MKG.aggregateFunder, national_budget(w, f, place_country or doc_country), a.evidence)
        w.fact(node, MKG.projectCount, Literal(a.count), a.evidence)
        if a.amount is not None:
            g.add((node, MKG.amount, Literal(a.amount.value, datatype=XSD.decimal)))
            g.add((node, MKG.currency, currency_iri(a.amount.currency)))
        if a.place:
            g.add((node, MKG.locatedIn, URIRef(a.place)))
        if a.start_year is not None:
            g.add((node, MKG.startYear, w.year(a.start_year)))
        if a.end_year is not None:
            g.add((node, MKG.endYear, w.year(a.end_year)))
        g.add((node, MKG.derivedFrom, source))
    for k, c in enumerate(result.cycles):
        write_cycle(w, k, c, doc_country)
    for fund, org, ev in result.authorities:
        w.fact(URIRef(fund), MKG.fundingAuthority, URIRef(org), ev)
    return list(dict.fromkeys(g))  # a set of triples, in a stable order


def cycle_iri(source: URIRef, index: int) -> URIRef:
    """A cycle or continuation is a statement of one document: keyed by the source and its place."""
    return iris.hashed_iri("cycle", str(source), str(index))


def write_cycle(w: FactWriter, index: int, c: CycleFact, doc_country: str | None) -> None:
    """A cycle ("ce cycle 2022-2025") or continuation ("se prolongeront en 2026 et 2027") as an
    aggregate statement: its fund, its period (a per-source mkg:period and the years), its goals."""
    node = cycle_iri(w.source, index)
    cls = MKG.FundingCycle if c.kind == "cycle" else MKG.Continuation
    for t in closure.types_of(cls):
        w.g.add((node, RDF.type, t))
    for f in c.funders:
        w.fact(node, MKG.aggregateFunder, national_budget(w, f, doc_country), c.evidence)
    if c.start_year is not None or c.end_year is not None:
        w.fact(node, MKG.period, w.period(c.start_year, c.end_year, False), c.evidence)
    if c.start_year is not None:
        w.g.add((node, MKG.startYear, w.year(c.start_year)))
    if c.end_year is not None:
        w.g.add((node, MKG.endYear, w.year(c.end_year)))
    for goal, ev in c.goals.items():
        w.fact(node, MKG.pursuesGoal, URIRef(goal), ev)
    if c.continues is not None:
        w.fact(node, MKG.continues, cycle_iri(w.source, c.continues), c.evidence)
    w.g.add((node, MKG.derivedFrom, w.source))
