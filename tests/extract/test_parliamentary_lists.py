"""A parliamentary answer that lists projects as lettered items, and what such pages also hold: a
fund's role named like a body, the answer's own heading, what a fund does not pay for, a document's
file type in parentheses."""

from __future__ import annotations

from extract_helpers import extractor, names_of, project

from migkg.loaders.extract.model import NATIONAL

ANSWER_EN = (
    "Parliamentary Questions\n\n"
    "QUESTION\n"
    "Hon. J. Borg asked the Minister for Home Affairs which reception projects were financed through the "
    "European Refugee Fund since 2012.\n\n"
    "ANSWER\n"
    "The Funds Division within the Ministry for European Affairs is the Responsible Authority for the fund. "
    "I am informed that the main projects were the following:\n\n"
    '(a) project MT/2012/ERF/2.1 "Refurbishment of the family wing at the Marsa Open Centre", implemented '
    "by the Agency for the Welfare of Asylum Seekers between March 2013 and June 2014. The total eligible cost "
    "was €640,000, of which 75% was co-financed by the ERF and 25% was covered by national funds.\n\n"
    '(b) project MT/2013/ERF/1.4 "Legal information sessions for asylum seekers", implemented by the Office '
    "of the Refugee Commissioner from January 2014 to December 2015, co-financed by the ERF.\n"
)


def _answer():
    return extractor(ANSWER_EN, "en", title="European Refugee Fund projects | Parliament")


def test_lettered_items_of_an_answer_are_its_projects_with_their_runners() -> None:
    # "(a) project MT/2012/ERF/2.1 "Title", implemented by X": a national programme's code, then the
    # quoted title; the place named in the title is no runner
    ex = _answer()
    marsa = project(ex, "Marsa Open Centre")
    assert names_of(ex, marsa.implementers) == {"Agency for the Welfare of Asylum Seekers"}
    assert (marsa.start_year, marsa.end_year) == (2013, 2014)
    assert NATIONAL in marsa.funders
    legal = project(ex, "Legal information sessions")
    assert names_of(ex, legal.implementers) == {"Office of the Refugee Commissioner"}


def test_a_funds_role_is_no_organisation_and_the_answer_heading_no_project() -> None:
    ex = _answer()
    assert not any("Responsible Authority" in o.name for o in ex.ctx.orgs)
    assert all(p.label.upper() != "ANSWER" for p in ex.projects), [p.label for p in ex.projects]


PROGRAMME_PAGE_FR = (
    "Le Fonds Asile, Migration et Intégration (FAMI) 2021-2027\n\n"
    "Le FAMI ne finance pas l'hébergement de base des demandeurs d'asile, qui reste à charge du budget "
    "fédéral.\n\n"
    "Documents\n"
    "Guide du bénéficiaire – version 2 (PDF)\n"
    "Règles d'éligibilité des dépenses (PDF)\n"
)


def test_what_a_fund_does_not_pay_for_is_no_project() -> None:
    ex = extractor(PROGRAMME_PAGE_FR, "fr")
    assert not any("hébergement" in p.label.lower() for p in ex.projects), [p.label for p in ex.projects]


def test_a_documents_file_type_in_parentheses_is_no_organisation() -> None:
    ex = extractor(PROGRAMME_PAGE_FR, "fr")
    assert "PDF" not in {o.name for o in ex.ctx.orgs}
