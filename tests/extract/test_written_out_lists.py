"""Lists of projects written out rather than set as tables: an official list of selected projects
with a heading per beneficiary (often in capitals) over prose that names the project and says how it
is paid, where the heading names who runs the project, not the project; and an organisation's own
list of projects as bulleted lines of fields split by bars (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of

NATIONAL = "https://w3id.org/migkg/id/fund/NATIONAL"

SELECTED_FR = (
    "Fonds Asile, Migration et Intégration : résultats de l'appel 2021\n\n"
    "Le comité de sélection a retenu trois projets. Le FAMI prend en charge 75 % des coûts éligibles "
    "de chaque projet. Les 25 % restants sont couverts par le budget de l'État au titre du "
    "cofinancement national.\n\n"
    "Projets sélectionnés\n\n"
    "MAISON DES LANGUES ASBL\n\n"
    "« Parlons-en » – tables de conversation pour adultes nouvellement arrivés à Namur.\n"
    "Durée : 2021-2022 | Coût total : 40.000,00 € | Contribution FAMI : 30.000,00 €\n\n"
    "COMMUNE DE GEMBLOUX\n\n"
    "Ouverture d'un point d'accueil pour les nouveaux habitants : permanences et visites de la commune.\n"
    "2021-2023 – budget : 52.000 € (FAMI : 39.000 €)\n\n"
    "ENTRAIDE FORMATION ASBL\n\n"
    "TREMPLIN – formation aux métiers de la logistique pour réfugiés reconnus.\n"
    "Du 1er mars 2021 au 28 février 2023 — 88.000 € / FAMI 66.000 €\n\n"
    "Contact\n\n"
    "Service des fonds européens\n"
)

SELECTED_DE = (
    "AMIF-Förderung 2024: ausgewählte Vorhaben im Land\n\n"
    "Geförderte Projekte\n\n"
    "CARITASVERBAND FÜR DIE STADT WEIDENAU E.V.\n\n"
    "„Brücken bauen“ – Lotsinnen begleiten geflüchtete Familien zu Kita und Schule.\n"
    "Laufzeit 2024-2026, gefördert aus dem AMIF mit 180.000 Euro.\n\n"
    "Stadt Weidenau\n\n"
    "Einrichtung einer Willkommensstelle im Bürgerbüro: Beratung in sechs Sprachen.\n"
    "Laufzeit 2024-2025, AMIF-Mittel: 95.000 Euro.\n\n"
    "Weitere Informationen\n"
)


def _runs(ex, words: str) -> set[str]:
    found = [p for p in ex.projects if words.lower() in p.label.lower()]
    assert len(found) == 1, (words, [p.label for p in ex.projects])
    return names_of(ex, found[0].implementers)


def test_each_beneficiary_heading_runs_the_project_its_first_line_names() -> None:
    ex = extractor(SELECTED_FR, "fr")
    labels = {p.label for p in ex.projects}
    assert {"Parlons-en", "TREMPLIN"} <= labels  # the quoted name, the name before the dash
    # the first clause where the line opens with no name
    assert any(label.startswith("Ouverture d'un point d'accueil") for label in labels)
    # the beneficiaries' headings are no projects
    assert not any(label.isupper() and "ASBL" in label for label in labels)
    assert _runs(ex, "Parlons-en") == {"MAISON DES LANGUES ASBL"}
    assert _runs(ex, "point d'accueil") == {"COMMUNE DE GEMBLOUX"}


def test_the_states_share_said_after_the_funds_pays_each_listed_project() -> None:
    ex = extractor(SELECTED_FR, "fr")
    listed = [p for p in ex.projects if p.rule == "find_beneficiary_headings"]
    assert len(listed) == 3
    for p in listed:
        assert {AMIF, NATIONAL} <= set(p.funders), p.label


def test_a_line_with_a_sum_under_its_key_is_no_heading() -> None:
    ex = extractor(SELECTED_FR, "fr")
    line = next(u for u in ex.ctx.units if u.text.startswith("2021-2023 – budget"))
    assert line.kind != "heading"


def test_german_list_of_funded_projects_by_beneficiary() -> None:
    ex = extractor(SELECTED_DE, "de")
    assert "Brücken bauen" in {p.label for p in ex.projects}
    brücken = next(p for p in ex.projects if p.label == "Brücken bauen")
    assert AMIF in brücken.funders
    assert any("CARITASVERBAND" in n for n in names_of(ex, brücken.implementers))
    assert _runs(ex, "Willkommensstelle") == {"Stadt Weidenau"}


# An organisation's own page listing its projects as bulleted lines of fields split by bars.
OWN_PROJECTS_NL = (
    "Over ons\n\n"
    "Stichting Brugwerk Hoorn begeleidt sinds 2016 nieuwkomers in Hoorn en omgeving. Bijna al ons werk "
    "draait op projectgeld; hieronder staat wie wat betaalt.\n\n"
    "Lopende projecten\n\n"
    "• Taal op de Vloer – taalcoaching op de werkplek voor statushouders | 2024 t/m 2026 | AMIF en "
    "gemeente Hoorn | begroting € 220.000 | samen met Horizon College\n"
    "• Fietsmaatjes (fietsles voor vrouwen die hier net wonen) | 2023–2025 | Oranje Fonds en Kansfonds\n"
    "• Geldzaken op Orde – hulp bij post en toeslagen | sinds 2021, doorlopend | gemeente Hoorn\n\n"
    "Contact\n\n"
    "info@brugwerkhoorn.nl\n"
)


def test_bulleted_lines_of_fields_under_a_heading_of_projects_are_projects_of_the_owner() -> None:
    ex = extractor(OWN_PROJECTS_NL, "nl", url="https://www.brugwerkhoorn.nl/over-ons/projecten")
    labels = {p.label for p in ex.projects}
    assert {"Taal op de Vloer", "Fietsmaatjes", "Geldzaken op Orde"} <= labels
    assert _runs(ex, "Taal op de Vloer") == {"Stichting Brugwerk Hoorn"}


def test_each_lines_fields_say_who_pays_it_and_with_whom() -> None:
    ex = extractor(OWN_PROJECTS_NL, "nl", url="https://www.brugwerkhoorn.nl/over-ons/projecten")
    taal = next(p for p in ex.projects if p.label == "Taal op de Vloer")
    assert names_of(ex, taal.funders) == {AMIF, "gemeente Hoorn"}
    assert names_of(ex, taal.partners) == {"Horizon College"}
    # the page's fund pays no line that names its own payers
    fiets = next(p for p in ex.projects if p.label == "Fietsmaatjes")
    assert names_of(ex, fiets.funders) == {"Oranje Fonds", "Kansfonds"}


def test_two_funds_in_coordination_the_second_a_compound_are_two_names() -> None:
    # regression: "Oranje Fonds en Kansfonds" was one organisation, and "VSBfonds" none
    from extract_helpers import names

    assert {"Oranje Fonds", "Kansfonds"} <= names("Betaald door het Oranje Fonds en Kansfonds.", "nl")
    assert "VSBfonds" in names("Met cofinanciering van het VSBfonds.", "nl")
    assert "EU-Fonds" not in names("Mittel aus dem EU-Fonds für Asyl.", "de")


def test_a_dutch_and_before_a_town_is_no_french_locative() -> None:
    # regression: "AMIF en gemeente Hoorn" read "en" as French "in": the town's council was a place
    from extract_helpers import names

    assert "gemeente Hoorn" in names("Betaald door het AMIF en gemeente Hoorn.", "nl")
