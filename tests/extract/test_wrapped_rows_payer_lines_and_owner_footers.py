"""Pages read in held33 (session 43): a regional decision's ranked list whose rows wrap, a
prefecture's list with a column of the state's money and starred rows, an association's annual
report whose table gives each action's payers on lines of their own, a Land's records with a key
in brackets, a group's site whose first host label names its owner, a project page whose funders
stand on logo lines, a news story naming a project "of" its runner."""

from __future__ import annotations

from extract_helpers import AMIF, FUND, ORG, canonical, extractor, names, names_of

from migkg.loaders.extract.periods import find_periods

NATIONAL = FUND + "NATIONAL"


def euros(p: object) -> int | None:
    total = p.amounts.get(None)  # type: ignore[attr-defined]
    return int(total[0]) if total else None


# A region's ranked list: the second row's title cell runs onto the next line.
RANKED_LIST_IT = (
    "Determinazione dirigenziale n. 88 del 3 luglio 2025\n"
    'Approvazione della graduatoria del progetto FAMI "Marche Accoglie".\n'
    "ALLEGATO A - GRADUATORIA\n"
    "Pos. | Ente proponente | Titolo | Punteggio | Contributo\n"
    '1 | Comune di Fermo | "Porte aperte" - sportello di orientamento | 91,00 | € 64.000,00\n'
    '2 | Cooperativa sociale Il Mosaico | "Mani in pasta" - laboratori di cucina e lingua per\n'
    "famiglie straniere | 85,50 | € 52.300,00\n"
    '3 | Associazione Ponte Verde APS | "Parole in rete" - corsi serali di italiano | 77,00 | € 41.750,00\n'
)


def test_a_row_whose_title_wraps_onto_the_next_line_is_one_row_with_its_runner() -> None:
    ex = extractor(RANKED_LIST_IT, "it", url="https://www.regione.example.it/determina-88-2025")
    rows = [p for p in ex.projects if p.rule == "find_table_rows"]
    # (before: the wrapped row broke the table in two, and "Ente proponente" headed no column of
    # runners, so no row had one)
    assert len(rows) == 3, [(p.label, p.rule) for p in ex.projects]
    runners = {p.label.split(" - ")[0]: names_of(ex, p.implementers) for p in rows}
    assert runners["Mani in pasta"] == {"Cooperativa sociale Il Mosaico"}, runners
    assert runners["Porte aperte"] == {"Comune di Fermo"}, runners
    wrapped = next(p for p in rows if p.label.startswith("Mani in pasta"))
    assert "straniere" in wrapped.label
    assert euros(wrapped) == 52300 or AMIF in wrapped.amounts


def test_a_span_within_one_year_takes_its_year_for_both_ends() -> None:
    # "du 1er janvier au 31 décembre 2024": the first day's year is the last day's
    for text, lang in [
        ("Les actions se déroulent du 1er mars au 30 novembre 2025.", "fr"),
        ("Der Kurs läuft vom 1. März bis 31. Oktober 2025 in Ulm.", "de"),
        ("Il corso si svolge dal 1° marzo al 30 giugno 2025.", "it"),
    ]:
        found = [(m.start_year, m.end_year) for m in find_periods(text, lang)]
        assert found == [(2025, 2025)], (text, found)


# A prefecture's list: FAMI and the state's own money in two columns, two rows starred.
PREFECTURE_LIST_FR = (
    "Intégration des étrangers primo-arrivants : 3 projets retenus en 2025\n"
    "Le préfet de région annonce les projets retenus au titre de l'appel à projets régional, qui "
    "mobilise les crédits du FAMI et ceux du programme 104.\n"
    "Porteur | Projet | Montant FAMI | Montant État\n"
    "Association Relais Soleil | « Clés du logement » – accès au logement autonome * | 90 000 € | 30 000 €\n"
    "Centre social Horizon | Ateliers de français en soirée | 40 000 € | 20 000 €\n"
    "Mission locale du Pays Vert | « Cap Avenir » – parcours vers l'emploi des jeunes * | 60 000 € | 25 000 €\n"
    "Les projets se déroulent du 1er janvier au 31 décembre 2025. Les projets signalés par un "
    "astérisque (*) sont pluriannuels et se poursuivront jusqu'au 31 décembre 2027.\n"
)


def test_a_money_column_headed_by_the_state_pays_each_row_and_the_shares_add_up() -> None:
    ex = extractor(PREFECTURE_LIST_FR, "fr", url="https://www.pays-vert.gouv.fr/actualites/integration-2025")
    rows = {p.label: p for p in ex.projects if p.rule == "find_table_rows"}
    assert len(rows) == 3, [(p.label, p.rule) for p in ex.projects]
    for p in rows.values():
        # (before: "Montant État" was a sum without a payer, and the row's amount the FAMI's alone)
        assert {AMIF, NATIONAL} <= set(p.funders), (p.label, list(p.funders))
    housing = next(p for label, p in rows.items() if label.startswith("Clés du logement"))
    assert euros(housing) == 120000, housing.amounts
    assert int(housing.amounts[NATIONAL][0]) == 30000


def test_starred_rows_end_when_their_footnote_says_and_the_others_in_the_pages_year() -> None:
    ex = extractor(PREFECTURE_LIST_FR, "fr", url="https://www.pays-vert.gouv.fr/actualites/integration-2025")
    years = {p.label.split(" – ")[0]: (p.start_year, p.end_year) for p in ex.projects if p.rule == "find_table_rows"}
    # (before: every row took the footnote's "jusqu'au 31 décembre 2027" and no start)
    assert years["Ateliers de français en soirée"] == (2025, 2025), years
    assert years["Clés du logement"] == (2025, 2027), years
    assert years["Cap Avenir"] == (2025, 2027), years


WELSH_MATCH_EN = (
    "AMIF projects in the region\n"
    "Project\tLead organisation\tAMIF contribution\tRegional Government match\n"
    "Homes First – tenancy support\tNorthvale County Council\t€210,000\t€70,000\n"
    "Health Links – GP access for refugees\tRiverside Health Board\t€300,000\t€100,000\n"
)


def test_a_money_column_headed_by_a_named_government_is_that_bodys_not_the_states() -> None:
    # A guard: "Regional Government match" names a body of its own, which pays the rows
    ex = extractor(WELSH_MATCH_EN, "en", url="https://www.northvale.example.org/amif-projects")
    rows = [p for p in ex.projects if p.rule == "find_table_rows"]
    assert len(rows) == 2
    for p in rows:
        assert NATIONAL not in p.funders, (p.label, list(p.funders))
        assert "Regional Government" in names_of(ex, p.funders), (p.label, list(p.funders))


# An association's annual report: each action's other payers on lines with an empty first cell.
ANNUAL_REPORT_FR = (
    "Rapport d'activité 2024 – 3. Nos financements\n\n"
    "En 2024, nos produits ont atteint 640 000 €. Nous remercions nos financeurs.\n\n"
    "Tableau 3.2 – Financements par action (exercice 2024)\n"
    "Action\tFinanceur\tMontant 2024\tPart\n"
    "Passerelle Emploi\tFAMI (Union européenne)\t120 000 €\t60 %\n"
    "\tDépartement de l'Aisne\t50 000 €\t25 %\n"
    "\tVille de Laon\t30 000 €\t15 %\n"
    "\tTotal action\t200 000 €\t100 %\n"
    "Un Toit pour Tous\tFondation Saint-Martin\t40 000 €\t100 %\n\n"
    "Le Relais Aisne Solidaire – association loi 1901 – 5 rue des Tilleuls, 02000 Laon\n"
)


def test_lines_with_an_empty_first_cell_add_payers_and_a_total_to_the_action_above() -> None:
    ex = extractor(ANNUAL_REPORT_FR, "fr", url="https://www.relais-aisne-solidaire.fr/rapport-2024/financements")
    rows = {p.label: p for p in ex.projects if p.rule == "find_table_rows"}
    job = rows["Passerelle Emploi"]
    # (before: the lines under the action's were skipped: one payer, and the FAMI's sum for all)
    assert {"Département de l'Aisne", "Ville de Laon"} <= names_of(ex, job.funders), list(job.funders)
    assert AMIF in job.funders
    assert euros(job) == 200000, job.amounts
    roof = next(p for label, p in rows.items() if label.endswith("Toit pour Tous"))
    assert "Département de l'Aisne" not in names_of(ex, roof.funders), list(roof.funders)


def test_the_site_owner_runs_the_actions_of_its_financing_table() -> None:
    # (held before too: the lines under an action's, now read as its payers, take no runner's place)
    ex = extractor(ANNUAL_REPORT_FR, "fr", url="https://www.relais-aisne-solidaire.fr/rapport-2024/financements")
    rows = [p for p in ex.projects if p.rule == "find_table_rows"]
    assert rows
    for p in rows:
        assert names_of(ex, p.implementers) == {"Le Relais Aisne Solidaire"}, (p.label, list(p.implementers))


def test_a_name_before_a_dash_and_a_lower_case_kind_of_body_is_an_organisations() -> None:
    # "Le Relais Exil – association loi 1901 – 27 rue ...": a site's footer names its association
    # on a site whose host does not spell it
    found = names("Nous contacter\nLe Relais Aisne Solidaire – association loi 1901 – 5 rue des Tilleuls\n", "fr")
    # (before: no head noun, no host: no organisation)
    assert "Le Relais Aisne Solidaire" in found, found
    # A guard: a capitalised kind after the dash is the name's own part ("Nahraum – Verein für
    # Wohnen und Bildung" is one name, not "Nahraum")
    found = names("Träger ist Nahraum – Verein für Wohnen und Bildung in Schwaz.\n", "de")
    assert "Nahraum" not in found, found


def test_a_tables_numbered_caption_is_no_project() -> None:
    ex = extractor(ANNUAL_REPORT_FR, "fr", url="https://www.relais-aisne-solidaire.fr/rapport-2024/financements")
    assert not [p.label for p in ex.projects if p.label.startswith("Tableau")], [p.label for p in ex.projects]


# A Land's records: a key with words in brackets, a town's office after its name.
LAND_RECORDS_DE = (
    "Aktuelle Projekte im AMIF mit Landesbeteiligung\n\n"
    "Projektnummer: AMIF-24-0117 (Verbundprojekt)\n"
    "Projekt: Brückenschlag Alb – psychosoziale Beratung für Geflüchtete\n"
    "Zuwendungsempfänger (Verbundkoordination): Refugium Reutlingen e.V.\n"
    "Laufzeit: 01.01.2025 – 31.12.2027\n"
    "Gesamtausgaben: 1.200.000,00 €\n\n"
    "Projektnummer: AMIF-24-0131\n"
    "Projekt: Rückkehr mit Perspektive – unabhängige Rückkehrberatung\n"
    "Zuwendungsempfänger: Stadt Ulm, Amt für Migration und Integration\n"
    "Laufzeit: 01.04.2025 – 31.03.2028\n"
    "Gesamtausgaben: 640.000,00 €\n"
)


def test_a_record_key_with_words_in_brackets_still_names_the_runner() -> None:
    ex = extractor(LAND_RECORDS_DE, "de", url="https://www.land.example.de/amif-projekte")
    runners = {p.label.split(" – ")[0]: names_of(ex, p.implementers) for p in ex.projects}
    # (before: "Zuwendungsempfänger (Verbundkoordination)" was no key of runners)
    assert "Refugium Reutlingen e.V." in runners.get("Brückenschlag Alb", set()), runners


def test_a_towns_office_of_five_words_after_its_name_is_no_second_runner() -> None:
    ex = extractor(LAND_RECORDS_DE, "de", url="https://www.land.example.de/amif-projekte")
    runners = {p.label.split(" – ")[0]: canonical(ex, p.implementers) for p in ex.projects}
    # (before: "Amt für Migration und Integration", five words, ran the project beside the town)
    assert runners.get("Rückkehr mit Perspektive") == {"Stadt Ulm"}, runners


# A group's site: the body's own part named first in the host.
GROUP_SITE_FR = (
    "Réinstallation : deux projets cofinancés par le FAMI\n\n"
    "Depuis 2017, Adoma accueille des réfugiés réinstallés dans ses résidences.\n\n"
    "Projet HORIZON (FAMI 2014-2020)\n"
    "Période de réalisation : du 1er janvier 2017 au 31 décembre 2020\n"
    "Coût total du projet : 4 200 000 €\n\n"
    "Projet TREMPLIN (FAMI 2021-2027)\n"
    "Période de réalisation : du 1er janvier 2022 au 31 décembre 2025\n"
    "Coût total du projet : 6 100 000 €\n\n"
    "Le projet est cofinancé par l'Union européenne.\n"
)


def test_a_group_sites_first_host_label_that_spells_a_body_names_the_sites_owner() -> None:
    ex = extractor(GROUP_SITE_FR, "fr", url="https://adoma.groupe-habitat.fr/nos-missions/reinstallation")
    # (before: a one-word name the reference data knows never made its own site's owner)
    assert ex.ctx.site_owner == ORG + "adoma", ex.ctx.site_owner


def test_a_two_part_country_domains_first_label_names_no_owner_of_its_own() -> None:
    # A guard: innenministerium.gv.at is the ministry's own site, not a part of a group's
    ex = extractor(GROUP_SITE_FR, "fr", url="https://adoma.gv.at/nos-missions/reinstallation")
    assert ex.ctx.site_owner != ORG + "adoma", ex.ctx.site_owner


# A project page: its funders on logo lines under "mogelijk gemaakt door:".
LOGO_LINES_NL = (
    "Samen aan het werk – taal en werk voor nieuwkomers\n"
    "Met het project Samen aan het werk leren nieuwkomers Nederlands op de werkvloer.\n"
    "Looptijd: 1 januari 2024 – 31 december 2026\n"
    "Uitvoering: Stichting Taalhuis Oostkust\n\n"
    "Financiers\n"
    "Dit project wordt mogelijk gemaakt door:\n"
    "[logo] Medegefinancierd door de Europese Unie – Asiel-, Migratie- en Integratiefonds\n"
    "[logo] Stichting Fonds Dorpskracht\n"
    "[logo] Gemeente Zeewolde\n"
    "De EU-bijdrage uit het AMIF bedraagt € 210.000.\n"
)


def test_logo_lines_under_a_line_of_who_makes_the_project_possible_name_its_payers() -> None:
    ex = extractor(LOGO_LINES_NL, "nl", url="https://www.taalhuis-oostkust.nl/samen-aan-het-werk")
    assert len(ex.projects) == 1, [p.label for p in ex.projects]
    p = ex.projects[0]
    # (before: only the fund paid; the other logos were no payers)
    assert {"Stichting Fonds Dorpskracht", "Gemeente Zeewolde"} <= names_of(ex, p.funders), list(p.funders)
    assert AMIF in p.funders


def test_a_heading_mark_is_no_part_of_a_projects_label() -> None:
    text = "Nos projets\n\n■ Projet ESCALE (FAMI 2021-2027)\nPériode : du 1er janvier 2022 au 31 décembre 2024\n"
    ex = extractor(text, "fr", url="https://www.exemple-asso.fr/projets")
    assert not [p.label for p in ex.projects if p.label.startswith("■")], [p.label for p in ex.projects]


def test_a_project_named_of_a_body_is_that_bodys_and_its_name_stops_before_of() -> None:
    text = (
        "Los van de pilot staat het project Samen Sterk van Stichting De Brug Drenthe, dat sinds "
        "januari 2024 jongeren naar werk begeleidt. Dat project wordt gefinancierd uit het ESF+.\n"
    )
    ex = extractor(text, "nl", url="https://www.emmen.example.nl/nieuws/werkstart")
    labels = {p.label: names_of(ex, p.implementers) for p in ex.projects}
    # (before: "Samen Sterk van Stichting De Brug Drenthe" was the name, and no one ran it)
    assert labels.get("Samen Sterk") == {"Stichting De Brug Drenthe"}, labels


# A university's course page: the project's record, then the logos of who funds and who runs it.
LOGO_STRIP_IT = (
    'Master "Ponti" - mediazione nei servizi pubblici\n'
    'Il Master è realizzato nell\'ambito del progetto "PONTI - Percorsi di mediazione" (PROG-3001), '
    "finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027. Autorità di Gestione: "
    "Ministero dell'Interno - Dipartimento per le Libertà Civili e l'Immigrazione.\n"
    "Il progetto\n"
    "Capofila: Università degli Studi di Macerata\n"
    "Durata: dal 1° marzo 2024 al 31 dicembre 2026\n"
    "Budget complessivo del progetto: € 298.000,00\n"
    "Cofinanziato dall'Unione europea - Fondo Asilo, Migrazione e Integrazione | Ministero dell'Interno | "
    "Università degli Studi di Macerata\n"
)


def test_a_logo_strip_makes_neither_the_funds_authority_nor_the_runner_a_payer() -> None:
    ex = extractor(LOGO_STRIP_IT, "it", url="https://www.unimc.example.it/master-ponti")
    ponti = [p for p in ex.projects if p.label.startswith("PONTI")]
    assert len(ponti) == 1, [(p.label, list(p.funders)) for p in ex.projects]
    paid = canonical(ex, ponti[0].funders)
    # (before: the logos beside the fund's made the ministry, the fund's authority, and the
    # university, its runner, pay it)
    assert paid == {AMIF}, paid
    assert canonical(ex, ponti[0].implementers) == {"Università degli Studi di Macerata"}


def test_words_that_open_on_who_funds_name_no_project_and_no_body() -> None:
    ex = extractor(LOGO_STRIP_IT, "it", url="https://www.unimc.example.it/master-ponti")
    # (before: "Cofinanziato dall'Unione", cut at the logo's dash, was an organisation paying the
    # course's "Master" project)
    assert not [o.name for o in ex.ctx.orgs if o.name.startswith("Cofinanziato")]
    assert not [p.label for p in ex.projects if p.label.startswith("Cofinanziato")]


# An agency's news: a body named beside the project, and said to stand outside it.
OUTSIDE_THE_PROJECT_EN = (
    "Assisted voluntary return: a new phase launched in Vilnius\n\n"
    "The International Organization for Migration (IOM) today launched HOMEWARD, a three-year project "
    "that helps migrants who wish to return home to do so safely.\n\n"
    "HOMEWARD runs from 1 January 2024 to 31 December 2026. It is co-financed by the European Union's "
    "Asylum, Migration and Integration Fund (AMIF).\n\n"
    "Migrants can be referred by the Migration Department, the State Border Guard Service, NGOs and "
    "municipalities, or can contact IOM directly.\n\n"
    "Forced returns carried out by the State Border Guard Service are a separate measure and are not part "
    "of HOMEWARD, although the State Border Guard Service also receives AMIF support for its own return "
    "operations.\n\n"
    "For more information please contact:\n"
    "Media and Communications Unit, IOM Lithuania – press@iom.example.int\n"
)


def test_a_body_said_to_stand_outside_the_project_does_not_run_it() -> None:
    ex = extractor(OUTSIDE_THE_PROJECT_EN, "en", url="https://lithuania.iom.example.int/news/homeward")
    homeward = [p for p in ex.projects if p.label.startswith("HOMEWARD")]
    assert homeward, [p.label for p in ex.projects]
    runners = canonical(ex, homeward[0].implementers)
    # (before: the model read "the Border Guard also receives AMIF support" as the project's pair)
    assert "State Border Guard Service" not in runners, runners


def test_a_bodys_unit_then_the_body_after_a_comma_is_no_list_of_two() -> None:
    ex = extractor(OUTSIDE_THE_PROJECT_EN, "en", url="https://lithuania.iom.example.int/news/homeward")
    runners = {n for p in ex.projects for n in canonical(ex, p.implementers)}
    # (before: "Communications Unit, IOM Lithuania" was a list, the unit IOM's sibling and a runner)
    assert not [n for n in runners if "Communications Unit" in n], runners


# An adult school's course page: the course is an offer of a project its runner is named for.
COURSE_OF_A_PROJECT_DE = (
    "Volkshochschule Nordharz\n"
    "Startseite > Programm > Deutsch und Integration > Sprachcafé für Väter – Deutsch im Alltag\n"
    "Sprachcafé für Väter – Deutsch im Alltag\n"
    "Kursnummer: 25F1002\n"
    "Beginn: Di., 14.01.2025, 17:00 – 19:00 Uhr\n"
    "Dauer: 10 Termine (Di.)\n"
    "Kursort: VHS-Haus Wernigerode, Raum 1.12\n"
    "Kursleitung: Andrij Melnyk\n"
    "Entgelt: kostenfrei\n"
    "Sie möchten Deutsch für den Alltag üben? In diesem Kurs sprechen Sie über Arbeit, Schule und Ämter.\n"
    "Über das Projekt\n"
    "Der Kurs ist ein Angebot im Projekt „Brücken im Harz – Sprache und Arbeit“. Träger des Projekts ist "
    "der Caritasverband Harz e.V., der auch die Beratung übernimmt. Die VHS Nordharz ist "
    "Kooperationspartnerin und führt die Sprachkurse durch.\n"
    "Projektlaufzeit: 01.01.2024 – 31.12.2026\n"
    "Das Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert.\n"
    "Gefördert durch: Europäische Union – Asyl-, Migrations- und Integrationsfonds\n"
)
COURSE_TITLE = "Sprachcafé für Väter – Deutsch im Alltag | VHS Nordharz"


def test_a_course_the_page_calls_an_offer_of_a_project_is_no_project_of_its_own() -> None:
    ex = extractor(COURSE_OF_A_PROJECT_DE, "de", url="https://www.vhs-nordharz.de/kurse/25F1002", title=COURSE_TITLE)
    labels = [p.label for p in ex.projects if p.funders]
    # (before: the course's record was a project, and its runner the project's)
    assert not [label for label in labels if label.startswith("Sprachcafé")], labels
    assert [label for label in labels if label.startswith("Brücken im Harz")], labels


def test_a_sentence_that_opens_on_the_projects_runner_goes_on_about_the_project() -> None:
    ex = extractor(COURSE_OF_A_PROJECT_DE, "de", url="https://www.vhs-nordharz.de/kurse/25F1002", title=COURSE_TITLE)
    p = next(p for p in ex.projects if p.label.startswith("Brücken im Harz"))
    # (before: "Träger des Projekts ist ..." was no sentence of the project's; the site's owner ran it)
    assert canonical(ex, p.implementers) == {"Caritasverband Harz e.V."}, canonical(ex, p.implementers)
