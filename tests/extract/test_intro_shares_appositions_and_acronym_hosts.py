"""Pages read in held41 (session 51): a release whose list intro shares out a fund's sum ("Il
contributo FAMI ammonta a ..., così ripartito:") and whose next sentence gives the projects' dates
after an opening clause; start and end verbs with a day's date; a cooperative's name in lower case
("X società cooperativa sociale"); a runner in apposition ("X, l'association ... qui porte Y"); a
table whose rows name the state's money row by row; a guide's numbered sections that are funds; an
NGO's site whose host is its acronym; records followed by a sentence on "the projects listed
above"."""

from __future__ import annotations

import pytest
from extract_helpers import AMIF, extractor, facts, mention_names, names_of, org, project

from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.orgshape import find_org_names
from migkg.loaders.extract.periods import find_periods

RELEASE_IT = (
    "Comunicato stampa\n\n"
    "Tre progetti per i giovani stranieri\n\n"
    "Tre proposte presentate da enti del Terzo settore in partenariato con Comune di Valdoro sono state "
    "ammesse a finanziamento dal Ministero dell'Interno, Autorità di gestione del Programma nazionale FAMI "
    "2021-2027.\n"
    "Il contributo FAMI ammonta complessivamente a 900 mila euro, così ripartito:\n\n"
    '• "Ponte Lavoro" – capofila Orizzonte Chiaro società cooperativa sociale, in ATS con l\'Associazione '
    "Sole: tirocini – euro 400.000,00;\n"
    '• "Casa Aperta" – Associazione Porta Est: appartamenti in semi-autonomia – euro 300.000,00;\n'
    '• "Bussola" – Associazione Vela Blu: sportello di orientamento – euro 200.000,00.\n\n'
    "Con il sostegno di Comune di Valdoro, che partecipa con un cofinanziamento di 100 mila euro di risorse "
    "proprie del bilancio comunale, i progetti prenderanno avvio il "
    "1° marzo 2025 e si concluderanno il 28 febbraio 2027.\n"
)


def test_a_list_intro_that_shares_out_a_funds_sum_pays_each_item() -> None:
    ext = facts(RELEASE_IT, "it")
    for label in ("Ponte Lavoro", "Casa Aperta", "Bussola"):
        # (a guard beside the city's money the sentence after the list adds; the held41 page whose
        # intro alone named the fund had a shape this small text does not reproduce)
        assert AMIF in project(ext, label).funders, label


def test_a_sentence_on_the_projects_after_an_opening_clause_gives_their_years() -> None:
    ext = facts(RELEASE_IT, "it")
    for label in ("Ponte Lavoro", "Casa Aperta", "Bussola"):
        p = project(ext, label)
        assert (p.start_year, p.end_year) == (2025, 2027), label


def test_a_cooperatives_name_written_in_lower_case_is_a_name() -> None:
    ext = extractor(RELEASE_IT, "it")
    # (before: "società cooperativa sociale" in lower case after the name read as words of a sentence)
    assert "Orizzonte Chiaro società cooperativa sociale" in mention_names(ext)
    runners = names_of(ext, project(ext, "Ponte Lavoro").implementers)
    assert "Orizzonte Chiaro società cooperativa sociale" in runners, runners


@pytest.mark.parametrize(
    ("lang", "text", "years"),
    [
        ("it", "I progetti prenderanno avvio il 1° marzo 2025 e si concluderanno il 28 febbraio 2027.", (2025, 2027)),
        ("fr", "Le projet débutera le 1er avril 2024 et se terminera le 31 mars 2026.", (2024, 2026)),
        ("de", "Das Projekt startet am 1. Mai 2024 und endet am 30. April 2026.", (2024, 2026)),
        ("nl", "Het project start op 1 juni 2024 en eindigt op 31 mei 2026.", (2024, 2026)),
        ("en", "The project will start on 1 July 2024 and will end in June 2026.", (2024, 2026)),
    ],
)
def test_start_and_end_verbs_with_a_days_date_give_a_period(lang: str, text: str, years: tuple[int, int]) -> None:
    found = find_periods(text, lang)
    starts = [m.start_year for m in found if m.start_year is not None]
    ends = [m.end_year for m in found if m.end_year is not None]
    assert (min(starts), max(ends)) == years, found


NEWS_FR = (
    "Arras : un accompagnement pour les réfugiés\n\n"
    "Depuis janvier 2024, trente ménages sont suivis par le dispositif « Boussole ». Le dispositif coûte "
    "300 000 euros sur deux ans (2024-2025), dont 180 000 euros du Fonds asile, migration et intégration "
    "(FAMI).\n\n"
    "Dans le Ternois, l'association Horizon Clair organise aussi des cours de français.\n\n"
    "Pour Marie Leroy, cheffe de service à La Passerelle Verte, l'association arrageoise qui porte "
    "Boussole, l'enjeu est le logement.\n"
)


def test_a_name_in_apposition_to_the_body_that_carries_the_project_runs_it() -> None:
    ext = facts(NEWS_FR, "fr")
    # (before: "La Passerelle Verte" was no name, and the project had no runner)
    assert org("La Passerelle Verte") in project(ext, "Boussole").implementers


def test_a_place_before_a_clause_opening_on_an_association_is_no_name() -> None:
    names = {s.name for s in find_org_names(NEWS_FR, "fr")}
    assert "Ternois" not in names, names
    assert "La Passerelle Verte" in names, names


TABLE_FR = (
    "Communiqué de presse\n"
    "Intégration des primo-arrivants : quatre projets soutenus en 2024\n"
    "Deux sources de financement sont mobilisées : les crédits de l'État du programme 104 et le volet "
    "régional du programme national FAMI 2021-2027.\n"
    "Les projets retenus\n"
    "Porteur | Projet | Durée | Financement\n"
    "Association Alpha | Atelier de français | 2024-2025 | FAMI : 50 000 €\n"
    "Association Beta | Accès aux droits | 2024 | BOP 104 : 30 000 €\n"
    "Association Gamma | Emploi des jeunes | 2024-2026 | FAMI : 80 000 € ; BOP 104 : 20 000 €\n"
    "Association Delta | Cours du soir | 2024 | FAMI : 25 000 €\n"
    "Total : 205 000 €.\n"
)


def test_rows_that_name_the_states_money_row_by_row_take_no_page_share() -> None:
    ext = facts(TABLE_FR, "fr")
    # (before: the intro's "crédits de l'État" was added to every FAMI row)
    assert NATIONAL not in project(ext, "Atelier de français").funders
    assert NATIONAL not in project(ext, "Cours du soir").funders
    assert {AMIF, NATIONAL} <= set(project(ext, "Emploi des jeunes").funders)
    assert NATIONAL in project(ext, "Accès aux droits").funders


GUIDE_EN = (
    "Home / Community / Integration / Funding for newcomers\n"
    "Funding for newcomers\n"
    "Clubs and voluntary groups in County Ardmore often ask us which grants they can get for activities "
    "with people who came to live here from abroad. This page gives an overview. Ardmore County Council does "
    "not decide on the schemes below unless stated.\n"
    "1. Local Welcome Fund\n"
    "What is it?\n"
    "The Local Welcome Fund (LWF) is a national fund, financed by the Department of Integration. It supports "
    "small local projects that bring newcomers and neighbours together.\n"
    "How much?\n"
    "Grants range from €1,000 to €5,000. In 2024, 12 groups in County Ardmore received grants totalling "
    "€41,000.\n"
    "2. Asylum, Migration and Integration Fund (AMIF)\n"
    "The AMIF is the EU fund for the period 2021-2027 that co-finances projects on asylum and integration. "
    "The Department of Justice acts as the Responsible Authority.\n"
    "3. Other supports\n"
    "• The Council's Community Grants scheme can cover small costs of intercultural events.\n"
    "• LEADER funding through Ardmore Rural Partnership may support rural community facilities.\n"
    "Contact\n"
    "Ardmore County Council, County Buildings, Main Street\n"
)


def test_numbered_sections_that_name_funds_are_no_projects() -> None:
    ext = facts(GUIDE_EN, "en", title="Funding for newcomers", url="https://www.ardmorecoco.ie/funding-newcomers")
    labels = [p.label for p in ext.projects]
    # (before: "Other supports" was a project paid by the page's funds)
    assert "Other supports" not in labels, labels


REPORT_EN = (
    "Activity Report 2023\n"
    "The Lusitanian Refugee Council (Conselho Lusitano para os Refugiados – CLR) is a non-governmental "
    "organisation. The main funded projects are listed below.\n"
    "Project\tFunding\tPeriod\tApproved amount\n"
    "Legal aid for asylum seekers\tAsylum, Migration and Integration Fund\t2023 – 2025\t€ 400,000.00\n"
    "Language for work\tCalouste Gulbenkian Foundation\t2024 – 2025\t€ 50,000.00\n"
)


def test_an_ngos_site_whose_host_is_its_acronym_runs_its_listed_projects() -> None:
    ext = facts(REPORT_EN, "en", url="https://www.clr.pt/en/activity-report-2023")
    runners = set(project(ext, "Legal aid").implementers)
    # (before: a host label of three letters was never read as the owner's name)
    assert runners & {org("CLR"), org("Lusitanian Refugee Council")}, runners


RECORDS_DE = (
    "Liste der Vorhaben\n\n"
    "Vorhaben 1\n"
    "Begünstigte/r: Arbeit und Bildung Nord e. V.\n"
    "Bezeichnung des Vorhabens: Startklar – Beratung für Geflüchtete\n"
    "Beginn: 01.01.2023\n"
    "Ende: 31.12.2025\n"
    "Unionsbeitrag (ESF Plus): 400.000,00 EUR\n\n"
    "Vorhaben 2\n"
    "Begünstigte/r: Lernhaus Süd e. V.\n"
    "Bezeichnung des Vorhabens: Deutsch im Betrieb\n"
    "Beginn: 01.07.2023\n"
    "Ende: 30.06.2026\n"
    "Unionsbeitrag (ESF Plus): 300.000,00 EUR\n\n"
    "Hinweis zur Kofinanzierung\n"
    "Die nationale Kofinanzierung der oben aufgeführten Vorhaben wird aus Haushaltsmitteln der Freien "
    "und Hansestadt Hamburg bereitgestellt.\n"
)


def test_a_lands_budget_for_the_national_share_of_the_projects_above_is_no_state_money() -> None:
    ext = facts(RECORDS_DE, "de")
    # (the Land's own budget, inflected after its article, is not the state's)
    assert NATIONAL not in project(ext, "Startklar").funders
    assert NATIONAL not in project(ext, "Deutsch im Betrieb").funders


def test_a_sentence_on_the_projects_listed_above_names_payers_of_each() -> None:
    text = RECORDS_DE.replace(
        "aus Haushaltsmitteln der Freien und Hansestadt Hamburg bereitgestellt", "aus Bundesmitteln bereitgestellt"
    )
    ext = facts(text, "de")
    # (before: records are no list, and the sentence after them spoke of no one)
    assert NATIONAL in project(ext, "Startklar").funders
    assert NATIONAL in project(ext, "Deutsch im Betrieb").funders


def test_lower_case_names_with_a_legal_form_on_record_lines_run_their_records() -> None:
    ext = extractor(RECORDS_DE.replace("Arbeit und Bildung Nord e. V.", "nordwerk gGmbH"), "de")
    # (before: the next line's capital read as a name the legal form opened)
    assert "nordwerk gGmbH" in names_of(ext, project(ext, "Startklar").implementers)


def test_a_lands_budget_for_the_national_share_makes_the_land_a_payer() -> None:
    ext = facts(RECORDS_DE, "de")
    for label in ("Startklar", "Deutsch im Betrieb"):
        # (the Land's government, minted under its name in the nominative)
        assert org("Freie und Hansestadt Hamburg") in project(ext, label).funders, label


RELEASE_FR = (
    "Intégration des primo-arrivants : l'État soutient trois projets dans le Gers\n\n"
    "Trois projets ont été retenus. Ils bénéficient, selon les cas, d'un cofinancement européen au titre "
    "du Fonds Asile, Migration et Intégration (FAMI) ou d'une subvention de l'État.\n\n"
    "1. Des ateliers de français : le projet « Langue et Métier »\n"
    "Porté par Coallia, le projet « Langue et Métier » propose des ateliers à Auch.\n"
    "Durée : du 1er janvier 2024 au 31 décembre 2025\n"
    "Participation du FAMI : 90 000 €\n\n"
    "2. Un toit d'abord : le dispositif « Seuil »\n"
    "L'association Toit Gascon accompagne les réfugiés vers un logement. Le projet est cofinancé par le "
    "FAMI à hauteur de 60 000 € et par l'Agglomération Grand Auch, qui apporte 10 000 €. Il se déroulera "
    "en 2024 et 2025.\n\n"
    "3. « Voix de femmes » : un accompagnement des femmes isolées\n"
    "Le Centre d'information sur les droits des femmes et des familles du Gers (CIDFF 32) anime des "
    "groupes de parole.\n"
    "Ce projet ne mobilise pas de crédits européens : il est soutenu par une subvention de 20 000 € "
    "accordée pour l'année 2024 sur les crédits du programme 104 du budget de l'État.\n"
)


def test_a_sentence_that_gives_each_project_one_of_its_payers_gives_none_to_all() -> None:
    ext = facts(RELEASE_FR, "fr")
    # (before: "selon les cas ... FAMI ou ... l'État" gave the State to every project, and the FAMI
    # to the one that says it has no European money)
    assert NATIONAL not in project(ext, "Langue et Métier").funders
    assert NATIONAL not in project(ext, "Seuil").funders
    assert AMIF not in project(ext, "Voix de femmes").funders


def test_a_grant_for_the_year_gives_the_projects_year() -> None:
    p = project(facts(RELEASE_FR, "fr"), "Voix de femmes")
    assert (p.start_year, p.end_year) == (2024, 2024)


def test_a_long_form_with_small_words_before_an_acronym_with_a_departements_number_runs_the_project() -> None:
    ext = extractor(RELEASE_FR, "fr")
    runners = names_of(ext, project(ext, "Voix de femmes").implementers)
    assert "Centre d'information sur les droits des femmes et des familles du Gers" in runners, runners


def test_an_agglomeration_that_puts_in_a_sum_co_funds() -> None:
    ext = extractor(RELEASE_FR, "fr")
    assert "Agglomération Grand Auch" in names_of(ext, project(ext, "Seuil").funders)


def test_a_budget_lines_number_after_its_acronym_is_no_body() -> None:
    text = "Ces crédits relèvent du programme 104 « Intégration et accès à la nationalité française » (BOP 104)."
    assert not [s.name for s in find_org_names(text, "fr") if "BOP" in s.name or "programme" in s.name]


def test_a_cleft_sentences_opening_is_no_part_of_the_name() -> None:
    names = {s.name for s in find_org_names("C'est l'Association d'entraide du Val (AEV) qui le porte.", "fr")}
    assert "Association d'entraide du Val" in names, names
    assert not [n for n in names if n.startswith("C'est")], names
