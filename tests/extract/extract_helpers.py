"""What the extractor tests share: the IRIs they expect and small ways to run the extractor on a text."""

from __future__ import annotations

from collections.abc import Iterable

from migkg.loaders.document import Document
from migkg.loaders.extract.orgshape import find_org_names
from migkg.loaders.extract.pipeline import Extraction, Extractor, ProjectFact, extract_facts
from migkg.ontology.iris import organisation_iri

FUND = "https://w3id.org/migkg/id/fund/"
ORG = "https://w3id.org/migkg/id/org/"
AMIF, ESF = FUND + "AMIF", FUND + "ESF"
FEDASIL = ORG + "federal-agency-for-the-reception-of-asylum-seekers"
CARITAS = ORG + "caritas-international-belgium"
IOM = ORG + "international-organization-for-migration"
CGRS = ORG + "office-of-the-commissioner-general-for-refugees"
CROIX_ROUGE = ORG + "belgian-red-cross-french-speaking-community"
RED_CROSS_FLANDERS = ORG + "red-cross-flanders"


def org(name: str) -> str:
    """The IRI the extractor mints for an organisation it finds in a text."""
    return str(organisation_iri(name))


def facts(text: str, lang: str, title: str | None = None, url: str | None = None) -> Extraction:
    doc = Document(text=text, name="t.txt", raw=text.encode(), url=url, title=title, language=lang)
    return extract_facts(doc)


def extractor(text: str, lang: str, url: str | None = None, title: str | None = None) -> Extractor:
    """An extractor that has read the text: its context, projects and candidates are there to see."""
    ex = Extractor(Document(text=text, name="t.txt", raw=text.encode(), url=url, title=title, language=lang))
    ex.run()
    return ex


def project(ext: Extraction, *words: str) -> ProjectFact:
    """The one project whose label holds all `words` (case-insensitive)."""
    found = [p for p in ext.projects if all(w.lower() in p.label.lower() for w in words)]
    assert len(found) == 1, (words, [p.label for p in ext.projects])
    return found[0]


def names(text: str, lang: str, url: str | None = None) -> set[str]:
    """The organisation names the shape finder reads in a text."""
    return {s.name for s in find_org_names(text, lang, url)}


def runners_of(ext: Extraction | Extractor, funder: str) -> set[str]:
    """The IRIs of the organisations that run the projects `funder` pays."""
    return {o for p in ext.projects if funder in p.funders for o in p.implementers}


def canonical(ex: Extractor, iris: Iterable[str]) -> set[str]:
    """The names the extractor gives the organisations it found (one per body, however written)."""
    return {ex.ctx.new_orgs[i].name if i in ex.ctx.new_orgs else i for i in iris}


def names_of(ex: Extractor, iris: Iterable[str]) -> set[str]:
    """The names of these IRIs as the extractor read them (a fund's or a known body's IRI as it is)."""
    named = {o.iri: o.name for o in ex.ctx.orgs}
    return {named.get(i, i) for i in iris}


def mention_names(ex: Extractor) -> set[str]:
    """The names of every organisation the extractor found in the text."""
    return {o.name for o in ex.ctx.orgs}
