"""Numbered lists of projects: each numbered line names a project and often its runner, the lines
under it describe the project (its money, its years)."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL

LAND_RELEASE_DE = (
    "Land und EU fördern drei Projekte für Zugewanderte\n\n"
    "Drei Projekte erhalten Mittel aus dem Asyl-, Migrations- und Integrationsfonds (AMIF). Das Land "
    "Hessen beteiligt sich an der Kofinanzierung. Insgesamt fließen 900.000 Euro in die Vorhaben.\n\n"
    "Die Projekte im Überblick:\n\n"
    "1. „Brücken in den Beruf“ – Förderverein Werkstatt Nordstadt e. V.\n"
    "Das Projekt begleitet junge Geflüchtete in Betriebe der Region Nordhessen. Der Verein erhält "
    "dafür 210.000 Euro aus dem AMIF, das Land steuert 40.000 Euro bei. Laufzeit: 01.03.2025 bis "
    "28.02.2027.\n\n"
    "2. „Frauen stärken“ – Diakonisches Werk Kassel\n"
    "Für das Vorhaben sind 180.000 Euro aus EU-Mitteln und 30.000 Euro Landesmittel vorgesehen. Das "
    "Projekt läuft von 2025 bis 2026.\n\n"
    "3. „Willkommen im Rathaus“ – Stadt Kassel\n"
    "Die Stadt will Bürgerservice, Ausländerbehörde und Jobcenter für Neuzugewanderte verständlicher "
    "machen. Das Gesamtvolumen beträgt 400.000 Euro; davon übernimmt der AMIF 300.000 Euro, den Rest "
    "trägt die Stadt. Laufzeit: 2025 bis 2027.\n\n"
    "Hintergrund: Daneben fördert das Land Integrationsprojekte über den Europäischen Sozialfonds Plus "
    "(ESF+); diese sind nicht Gegenstand dieser Mitteilung.\n"
)
URL = "https://integration.hessen.example/presse/drei-projekte"
LAND = org("Land Hessen")


def test_a_numbered_line_ending_in_a_legal_form_with_a_full_stop_still_names_a_project() -> None:
    # "e. V." ends the first line with a full stop: a legal form, not the end of a sentence
    ext = facts(LAND_RELEASE_DE, "de", url=URL)
    werkstatt = project(ext, "Brücken in den Beruf")
    assert org("Förderverein Werkstatt Nordstadt") in werkstatt.implementers  # (its key leaves out "e. V.")
    assert set(werkstatt.funders) == {AMIF, LAND}  # "das Land steuert 40.000 Euro bei"
    assert (werkstatt.start_year, werkstatt.end_year) == (2025, 2027)


def test_a_page_that_announces_three_projects_and_names_three_has_no_fourth() -> None:
    ext = facts(LAND_RELEASE_DE, "de", url=URL)
    assert sorted(p.label for p in ext.projects) == ["Brücken in den Beruf", "Frauen stärken", "Willkommen im Rathaus"]


def test_eu_money_in_a_projects_own_words_is_the_pages_fund_and_land_money_the_pages_land() -> None:
    # "aus EU-Mitteln": the page's fund (not the ESF+ of its background note); "Landesmittel": the
    # Land the page names, though it names a region too ("Region Nordhessen")
    frauen = project(facts(LAND_RELEASE_DE, "de", url=URL), "Frauen stärken")
    assert set(frauen.funders) == {AMIF, LAND}
    assert ESF not in frauen.funders
    assert set(frauen.implementers) == {org("Diakonisches Werk Kassel")}


def test_the_runner_its_line_names_stays_its_runner_when_it_pays_the_rest() -> None:
    rathaus = project(facts(LAND_RELEASE_DE, "de", url=URL), "Willkommen im Rathaus")
    assert set(rathaus.implementers) == {org("Stadt Kassel")}
    assert AMIF in rathaus.funders


def test_common_german_nouns_after_land_or_ending_like_a_head_are_no_organisations() -> None:
    # German capitalises every noun: "das Land Integrationsprojekte", "Insgesamt", "Ausländerbehörde
    # und Jobcenter für Neuzugewanderte" (two offices in a list, not one name)
    names = {o.name for o in extractor(LAND_RELEASE_DE, "de", url=URL).ctx.orgs}
    assert "Insgesamt" not in names
    assert not [n for n in names if n.startswith("Land ") and n != "Land Hessen"]
    assert not [n for n in names if "Jobcenter" in n and "Ausländerbehörde" in n]


GRANTS_RELEASE_EN = (
    "Three organisations receive grants under the Asylum, Migration and Integration Fund\n\n"
    "Three organisations will share EUR 700,000 under the Asylum, Migration and Integration Fund (AMIF). "
    "The projects selected are:\n\n"
    "1. Harbour Legal Aid Foundation – 'Know Your Rights': legal aid for asylum seekers. Total budget: €250,000\n"
    "2. Northgate Youth Trust – 'First Steps': mentoring for young newcomers. Total budget: €200,000\n"
    "3. Island Women's Association – 'Open Doors': language classes with childcare. Total budget: €250,000\n\n"
    "All projects will be implemented between July 2025 and June 2028. AMIF co-finances 75 per cent of "
    "the eligible costs, with the remaining 25 per cent covered from national funds.\n\n"
    "Speaking for the organisations, the foundation's director welcomed the three-year horizon.\n"
)


def test_a_name_in_straight_single_quotes_after_the_runner_is_the_projects_label() -> None:
    ext = facts(GRANTS_RELEASE_EN, "en", url="https://press.example.gov/grants")
    assert sorted(p.label for p in ext.projects) == ["First Steps", "Know Your Rights", "Open Doors"]
    assert org("Harbour Legal Aid Foundation") in project(ext, "Know Your Rights").implementers


def test_the_sentence_after_one_on_all_projects_that_names_only_money_pays_them_all() -> None:
    # "All projects will be implemented ... AMIF co-finances 75 per cent ..., the remaining 25 per
    # cent covered from national funds": both sentences are of the three projects
    ext = facts(GRANTS_RELEASE_EN, "en", url="https://press.example.gov/grants")
    for p in ext.projects:
        assert set(p.funders) == {AMIF, NATIONAL}, (p.label, list(p.funders))
        assert (p.start_year, p.end_year) == (2025, 2028)


GUIDE_FR = (
    "FAMI : le fonds expliqué aux associations\n\n"
    "Sommaire\n"
    "1. Qu'est-ce que le FAMI ?\n"
    "2. Qui peut déposer un projet ?\n"
    "3. Comment fonctionne le cofinancement ?\n\n"
    "1. Qu'est-ce que le FAMI ?\n\n"
    "Le Fonds asile, migration et intégration (FAMI) est l'instrument financier de l'Union européenne qui "
    "soutient les États membres dans leurs politiques d'asile et d'intégration. Il est doté de 9,88 milliards "
    "d'euros pour 2021-2027.\n\n"
    "2. Qui peut déposer un projet ?\n\n"
    "Les associations, les collectivités et les établissements publics peuvent déposer un projet.\n\n"
    "3. Comment fonctionne le cofinancement ?\n\n"
    "Le FAMI finance au plus 75 % des dépenses éligibles d'un projet.\n"
)


def test_a_guides_numbered_questions_and_the_member_states_are_no_projects() -> None:
    ext = facts(GUIDE_FR, "fr", url="https://www.guide-fonds.example.fr/fiches/fami")
    assert [p.label for p in ext.projects] == []
