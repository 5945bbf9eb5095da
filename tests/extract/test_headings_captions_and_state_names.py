"""Pages read in held42 (session 51): a city's release whose subtitle names another project's
funds over the city's list of grants; a college decision granting subsidies "uit eigen middelen van
de stad" on a page that names the AMIF for one row; a quoted title before "van X vzw"; a month
without its year opening a range ("entre avril et décembre 2024"); a préfecture's table of State
grants with a fund named after it for one of its rows only; a state named by its formal name as a
payer ("co-financed by the Republic of Slovenia")."""

from __future__ import annotations

import pytest
from extract_helpers import AMIF, ESF, extractor, facts, mention_names, org, project

from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.periods import find_periods

RELEASE_DE = (
    "Pressemitteilung\n"
    "Vier Integrationsprojekte erhalten städtische Förderung\n"
    "ESF Plus und Land unterstützen zusätzlich „Brückenschlag Nord“\n"
    "Die Stadt Wendhagen fördert im Haushaltsjahr 2025 vier Projekte freier Träger. Insgesamt stellt die "
    "Stadt dafür 90.000 Euro zur Verfügung.\n"
    "Gefördert werden:\n"
    "- Nachbarschaft Plus e.V.: „Elterncafé“ in Oststadt – 21.000 Euro\n"
    "- Lernwerk e.V.: „Hausaufgabenhilfe“ in Weststadt – 24.000 Euro\n"
    "- Treffpunkt Welt e.V.: „Frauentreff“ in Nordstadt – 25.000 Euro\n"
    "- Sportbund Wendhagen e.V.: „Sport verbindet“ – 20.000 Euro\n"
    "Zusätzlich startet am 1. September 2025 das Projekt „Brückenschlag Nord“ des Vereins Lernwerk. Das "
    "Vorhaben wird aus Mitteln des Europäischen Sozialfonds Plus (ESF Plus) gefördert.\n"
)


def test_a_heading_on_another_project_gives_its_funds_to_none_of_the_list() -> None:
    ext = facts(RELEASE_DE, "de")
    for label in ("Elterncafé", "Hausaufgabenhilfe", "Frauentreff", "Sport verbindet"):
        # (before: the subtitle on „Brückenschlag Nord“ was the section heading of the city's grants)
        assert ESF not in project(ext, label).funders, label


DECISION_NL = (
    "Stad Noordhoven – Publicatie besluiten\n"
    "Besluit\n"
    "Het project 'Werkstap' van Kompas vzw werd geselecteerd voor financiering uit het Asiel-, Migratie- "
    "en Integratiefonds (AMIF) ten belope van 80.000 euro.\n"
    "Artikel 1\n"
    "Het college kent de volgende projectsubsidies toe uit eigen middelen van de stad:\n"
    "Nr | Aanvrager | Project | Bedrag\n"
    "1 | vzw Taalhuis Noord | Taalcafé Noord – oefenkansen Nederlands | € 12.500\n"
    "2 | Al Noor vzw | Moeders in beweging | € 9.800\n"
    "3 | Kompas vzw | Werkstap (stedelijke cofinanciering) | € 20.000\n"
)


def test_a_caption_on_a_towns_own_money_adds_no_fund_of_the_page() -> None:
    ext = facts(DECISION_NL, "nl", url="https://www.noordhoven.be/besluiten/2025-03")
    # (before: the page's AMIF joined the town's own money on every row)
    assert AMIF not in project(ext, "Taalcafé Noord").funders
    assert AMIF not in project(ext, "Moeders in beweging").funders


def test_a_quoted_title_is_no_part_of_a_name_with_a_legal_form() -> None:
    # (before: "Werkstap' van Kompas vzw", the title's closing mark read as an apostrophe)
    ex = extractor("Het project 'Werkstap' van Kompas vzw loopt van 2025 tot 2026.", "nl")
    assert "Kompas vzw" in mention_names(ex), mention_names(ex)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les actions seront mises en œuvre entre avril et décembre 2024."),
        ("fr", "Les actions seront mises en œuvre d'avril à décembre 2024."),
        ("de", "Die Projekte laufen von April bis Dezember 2024."),
        ("en", "The projects run from April to December 2024."),
    ],
)
def test_a_month_without_its_year_opens_a_range_in_the_year_after_it(lang: str, text: str) -> None:
    found = [(m.start_year, m.end_year, m.kind) for m in find_periods(text, lang)]
    assert found == [(2024, 2024, "range")], found


TABLE_FR = (
    "Intégration des étrangers primo-arrivants : l'État soutient 4 projets dans l'Yonne\n"
    "Quatre projets sont retenus, pour un montant total de 200 000 €, sur les crédits du programme 104 "
    "du budget de l'État.\n"
    "Les projets retenus\n"
    "Porteur\tProjet\tSubvention 2024\n"
    "Association Alpha\t« Droits et autonomie » – accès aux droits\t38 000 €\n"
    "Association Beta\t« Français pour agir » – ateliers de français\t52 000 €\n"
    "Association Gamma\t« Clés numériques » – inclusion numérique\t21 000 €\n"
    "Association Delta\t« Tremplin BTP » – insertion dans le bâtiment\t89 000 €\n"
    "Un projet cofinancé par l'Union européenne\n"
    "Le projet « Tremplin BTP » bénéficie en outre d'un cofinancement du Fonds asile, migration et "
    "intégration (FAMI) à hauteur de 150 000 €. Ce cofinancement a été accordé dans le cadre du "
    "programme national FAMI 2021-2027.\n"
)


def test_a_fund_named_after_a_table_for_one_of_its_rows_pays_no_other_row() -> None:
    ext = facts(TABLE_FR, "fr", url="https://www.yonne.example.gouv.fr/actualites/integration")
    for label in ("Droits et autonomie", "Français pour agir", "Clés numériques"):
        # (before: the page's FAMI was every row's, the State's money none's)
        p = project(ext, label)
        assert AMIF not in p.funders, label
        assert NATIONAL in p.funders, label


def test_a_state_named_by_its_formal_name_pays_national_money() -> None:
    text = (
        "INTEGRA+\n"
        "Project details\n"
        "Duration: 1 March 2023 – 28 February 2026\n"
        "Project holder: Solidarity House\n"
        "Funding\n"
        "The project is co-financed by the Republic of Slovenia and the European Union from the Asylum, "
        "Migration and Integration Fund.\n"
        "Slovenia's programme runs until 2027.\n"
    )
    ext = facts(text, "en", url="https://www.solidarityhouse.example.si/integra")
    funders = {f for p in ext.projects for f in p.funders}
    # (before: "Republic of Slovenia" was an organisation that paid)
    assert NATIONAL in funders, funders
    assert org("Republic of Slovenia") not in funders


def test_a_project_databases_code_before_the_titles_name_is_no_part_of_it() -> None:
    text = (
        "Interreg Nordgrenze\n"
        "Projektdatenbank › Priorität 4 › NGX00321\n"
        "BRÜCKE Nord\n"
        "Grenzüberschreitende Arbeitsmarktintegration von Zugewanderten\n"
        "Projektnummer: NGX00321\n"
        "Laufzeit: 01.03.2023 – 28.02.2026\n"
        "Lead Partner: Bildungswerk Nord e.V.\n"
        "Dieses Projekt wird von der Europäischen Union aus dem Europäischen Fonds für regionale "
        "Entwicklung (EFRE) im Rahmen des Programms Interreg Nordgrenze gefördert.\n"
    )
    ext = facts(text, "de", title="NGX00321 BRÜCKE Nord – Interreg Nordgrenze")
    # (before: "NGX00321 BRÜCKE Nord" matched no heading, and the page had no project)
    assert [p.label for p in ext.projects] == ["BRÜCKE Nord"], [p.label for p in ext.projects]


def test_a_name_in_apposition_to_een_traject_is_a_project() -> None:
    text = (
        "Yonas is een van de veertien statushouders die meedoen aan Werkend Thuis, een traject waarin "
        "nieuwkomers tegelijk een vak en de taal leren. Daarvan komt 300.000 euro uit het Europese Asiel-, "
        "Migratie- en Integratiefonds (AMIF).\n"
    )
    assert "Werkend Thuis" in [p.label for p in facts(text, "nl").projects]
