"""A projects page of cards: each project's name as a heading, a sentence on what it does, then
one or a few record lines ("Laufzeit:", "Gefördert durch:") and a "more" link. A card of one line
is a project too where another card of the page has two, and a line that only says since when it
runs ("Seit 2021") is the card's status, not its name."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, org

CARDS = (
    "Unsere Projekte\n\n"
    "Wir begleiten Menschen, die in Österreich Schutz gefunden haben, auf dem Weg in ein selbstständiges "
    "Leben.\n\n"
    "SPRACH.WERK\n"
    "Deutschkurse und Lernbegleitung für Schutzberechtigte in Wels, mit Kinderbetreuung.\n"
    "Laufzeit: 01.01.2024 – 31.12.2026\n"
    "Gefördert durch: Asyl-, Migrations- und Integrationsfonds der Europäischen Union (AMIF)\n"
    "Mehr erfahren ›\n\n"
    "Wohnbrücke\n"
    "Wir helfen anerkannten Flüchtlingen im Bezirk Wels-Land bei der Suche nach einer Wohnung.\n"
    "Seit 2021\n"
    "Gefördert durch: Land Oberösterreich\n"
    "Mehr erfahren ›\n\n"
    "Kontakt\n"
    "Fachbereich Integration, Volkshilfe Wels\n"
)


def _cards():
    return extractor(
        CARDS, "de", url="https://www.volkshilfe-wels-example.at/projekte", title="Unsere Projekte – Volkshilfe Wels"
    )


def test_each_card_of_a_projects_page_is_a_project() -> None:
    ex = _cards()
    labels = {p.label for p in ex.projects}
    assert {"SPRACH.WERK", "Wohnbrücke"} <= labels, labels


def test_a_card_of_one_line_is_paid_by_whom_its_line_names() -> None:
    ex = _cards()
    card = next(p for p in ex.projects if p.label == "Wohnbrücke")
    assert org("Land Oberösterreich") in card.funders, card.funders
    assert AMIF not in card.funders, card.funders
    assert card.start_year == 2021, card.start_year


def test_a_since_line_is_no_projects_name() -> None:
    ex = _cards()
    assert not any(p.label.startswith("Seit") for p in ex.projects), [p.label for p in ex.projects]
