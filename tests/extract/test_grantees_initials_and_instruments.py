"""Who a line gives a sum to ("d'attribuer à l'association X une subvention de ..."), a new body's
initials used alone later ("BNT begeleidt ..."), and an acronym that stands for a contract or a
scheme, not a body ("Contrat d'accueil et d'intégration (CAI)")."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, mention_names, org, project

# A council's decisions, each item granting a sum to an association, with its money below it: the
# association is given the money, the council (and the fund) pay.
DECISIONS = (
    "Conseil départemental du Val-Clair – séance du 3 mars 2025\n"
    "Les associations ci-dessous mènent des actions pour les réfugiés cofinancées par le Fonds Asile, Migration "
    "et Intégration (FAMI) ; le Département apporte une part du cofinancement.\n"
    "Il est proposé au Conseil :\n"
    "1. d'allouer à l'association Horizons Partagés une subvention de 24 000 € pour le projet « Cap Emploi "
    "Exil », qui forme des réfugiés aux métiers du soin.\n"
    "   Durée : 2025-2026\n"
    "   Coût total : 200 000 €\n"
    "   FAMI : 120 000 € (60 %)\n"
    "   Participation du Département : 24 000 €\n"
    "2. d'allouer à l'association Toits Ouverts une subvention de 15 000 € pour le projet « Clés en main », "
    "un accompagnement vers le logement.\n"
    "   Durée : 2025\n"
    "   Coût total : 90 000 € dont FAMI 60 000 €\n"
    "   Participation du Département : 15 000 €\n"
)


def test_a_grant_lines_recipient_is_no_payer_of_the_breakdown() -> None:
    ex = extractor(DECISIONS, "fr", url="https://www.val-clair.example/seances/2025-03")
    for label, runner in (("Cap Emploi Exil", "Horizons Partagés"), ("Clés en main", "Toits Ouverts")):
        p = project(ex, label)
        # (before: the recipient opened a line of the breakdown with a sum, and was read as its payer)
        assert org(runner) not in p.funders, (label, p.funders)
        assert AMIF in p.funders, (label, p.funders)
        assert org(runner) in p.implementers, (label, p.implementers)


# A news item that names a new association in full once, then by its initials only.
NEWS = (
    "Jonge nieuwkomers krijgen een buddy in Oostmalle\n"
    "In Oostmalle start de vzw Brug voor Nieuwe Toekomst een begeleiding voor jongeren die achttien worden. "
    '"Op die leeftijd valt alle hulp weg", zegt coördinator Ine Claes.\n'
    "BNT, zoals iedereen de vereniging hier noemt, begeleidt de jongeren met een coach en een buddy. "
    "Het project Eigen Sleutel loopt van 2024 tot 2026 en wordt gefinancierd door het Asiel-, Migratie- en "
    "Integratiefonds (AMIF).\n"
)


def test_a_new_bodys_initials_written_alone_are_that_body() -> None:
    ex = extractor(NEWS, "nl", url="https://www.nieuwsvandekempen.example/buddy")
    brug = [m.iri for m in ex.ctx.orgs if m.name == "Brug voor Nieuwe Toekomst"]
    assert brug, [m.name for m in ex.ctx.orgs]
    at = NEWS.index("BNT,")
    # the capitals of its capitalised words: B, N, T
    assert any(m.start == at and m.iri == brug[0] for m in ex.ctx.orgs), [(m.name, m.start) for m in ex.ctx.orgs]


# An acronym defined for a contract (and one for a scheme): no organisation.
CONTRACT = (
    "Parcours Langue et Métier\n"
    "L'association Passeurs de Mots accompagne à Lorient les signataires du Contrat d'accueil et "
    "d'intégration (CAI) vers l'emploi. Le parcours, cofinancé par le FAMI, dure neuf mois. Les "
    "participants hébergés dans le Dispositif national d'accueil (DNA) y ont accès aussi.\n"
)


def test_an_acronym_for_a_contract_or_a_scheme_names_no_organisation() -> None:
    ex = extractor(CONTRACT, "fr", url="https://www.passeurs-de-mots.example/parcours")
    names = mention_names(ex)
    assert not any(n.startswith(("Contrat", "Dispositif")) for n in names), names
    assert "CAI" not in names and "DNA" not in names, names
    assert "Passeurs de Mots" in names or "L'association Passeurs de Mots" in names, names


# A charity's project page: its menu's "Our Services", a footer's register number and a contact block
# under "Get in touch", none of them a body or a project.
SERVICE_PAGE = (
    "Home / Our Services / Harbour Homes\n"
    "Harbour Homes – housing support\n"
    "Harbour Homes helps people with refugee status in Galway to find and keep a home.\n"
    "Funder: EU Asylum, Migration and Integration Fund (AMIF)\n"
    "Project lead: Westbay Housing Trust\n"
    "Our Advice Service also takes calls from landlords.\n"
    "Get in touch\n"
    "Westbay Housing Trust, The Old Mill, Quay Street\n"
    "Registered Charity Number 20031234\n"
)


def test_our_parts_register_numbers_and_contact_lines_name_nothing() -> None:
    ex = extractor(SERVICE_PAGE, "en", url="https://www.westbayhousing.example/harbour-homes")
    names = mention_names(ex)
    assert not any(n.startswith("Our ") for n in names), names
    assert not any("20031234" in n for n in names), names
    labels = [p.label for p in ex.projects]
    assert not any("Quay Street" in label for label in labels), labels


def test_our_lady_and_a_line_in_capitals_keep_their_readings() -> None:
    # "Our Lady of ..." is a name that opens with "Our"
    clinic = "The project is run by Our Lady of Mercy Centre in Galway and funded by AMIF.\n"
    names = mention_names(extractor(clinic, "en", url="https://www.drogheda-news.example/clinic"))
    assert "Our Lady of Mercy Centre" in names, names
    # "BNT" inside a line written in capitals is a word of that line, not the initials of "Brug voor
    # Nieuwe Toekomst" (its use in a sentence is)
    text = "NIEUWS BNT VANDAAG\n" + NEWS
    ex = extractor(text, "nl", url="https://www.nieuwsvandekempen.example/buddy")
    assert not any(m.start == text.index("BNT VANDAAG") for m in ex.ctx.orgs)
    assert any(m.start == text.index("BNT,") for m in ex.ctx.orgs)
