"""Pages read in held51 (session 58): school and financial years; a table's "Funding source"
column and a fund's manager in it; a saint's abbreviation inside a place's name; a list of payers
under "Gefördert durch:"; a compound project noun before a quoted name; a "Finanzierung" heading;
a town's own site, whose "de gemeente" is that town's; a name quoted once and written without
quotes later; lines that each give a quoted title and its runner; comments numbered like a table's
rows; a row named after its runner; a partnership's list of bodies; an Italian project "di cui il
Comune è titolare" and the scheme it was named with."""

from __future__ import annotations

from extract_helpers import ESF, extractor, facts, mention_names, org, project

from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.periods import find_periods

FUND = "https://w3id.org/migkg/id/fund/"
AMIF, INTERREG = FUND + "AMIF", FUND + "INTERREG"


def test_school_and_financial_years_end_in_the_next_year() -> None:
    def spans(text: str, lang: str) -> list[tuple[int | None, int | None]]:
        return [(m.start_year, m.end_year) for m in find_periods(text, lang)]

    assert spans("Taalklas voor ouders, schooljaar 2024/2025.", "nl") == [(2024, 2025)]
    assert spans("Grant received for the financial years 2017/18 to 2020/21.", "en") == [(2017, 2021)]
    assert spans("Periode 2015/16 - 2018/19", "de") == [(2015, 2019)]
    # (a guard: a regulation's number and a URL's date path are no years' span)
    assert spans("Regulation (EU) 2021/1147 applies.", "en") == []


NEWPORT_LIKE_TABLE = (
    "Externally funded projects 2019/20 to 2022/23\n"
    "The table lists projects delivered in the borough with external grant funding.\n"
    "Ref\tProject\tLead organisation\tPartners\tFunding source\tPeriod\tGrant awarded\n"
    "1\tWelcome Skills Ashford\tAshford Borough Council\tAshford College\tEU Asylum, Migration and "
    "Integration Fund (AMIF), administered by the Home Office\tJan 2020 - Dec 2022\t€410,000.00\n"
    "2\tESOL Routes Kent\tAshford College\tAshford Borough Council\tEuropean Social Fund (ESF)\t"
    "2019 - 2022\t£150,000\n"
    "3\tResettlement support\tAshford Borough Council\t-\tUK resettlement tariff (Home Office)\t"
    "2016/17 - 2020/21\t£2.1m\n"
)


def test_a_funding_source_column_says_who_pays_each_row() -> None:
    # (before: the column was read as nothing, and every row had the page's first fund)
    ext = facts(NEWPORT_LIKE_TABLE, "en")
    assert set(project(ext, "ESOL Routes").funders) == {ESF}
    assert AMIF not in project(ext, "Resettlement support").funders


def test_the_manager_a_payer_cell_names_after_its_fund_pays_nothing() -> None:
    ext = facts(NEWPORT_LIKE_TABLE, "en")
    assert set(project(ext, "Welcome Skills").funders) == {AMIF}


def test_a_rows_financial_years_end_a_year_after_the_last_ones_first() -> None:
    p = project(facts(NEWPORT_LIKE_TABLE, "en"), "Resettlement support")
    assert (p.start_year, p.end_year) == (2016, 2021)


SWISS_TITLE = "Startklar Gastro | Verein Brückenbau Thurgau"
SWISS_PROJECT_PAGE = (
    "Verein Brückenbau Thurgau\n"
    "Projekte > Startklar Gastro\n"
    "Startklar Gastro\n"
    "Mit «Startklar Gastro» bereiten wir Geflüchtete auf eine Lehre in der Gastronomie vor.\n"
    "Projektdaten\n"
    "Trägerschaft: Verein Brückenbau Thurgau\n"
    "Laufzeit: 01.03.2024 – 28.02.2027\n"
    "Finanzierung\n"
    "Das Projekt wird im Rahmen des Kantonalen Integrationsprogramms (KIP) vom Kanton St. Gallen "
    "und vom Bund mitfinanziert.\n"
    "Über den See\n"
    "Im Interreg-Kleinprojekt «Küche ohne Grenzen» (Laufzeit 2024–2025) arbeiten die Caritas "
    "Vorarlberg als federführende Partnerin und der Verein Brückenbau Thurgau zusammen. Das "
    "Kleinprojekt wird aus dem Programm Interreg VI Alpenrhein-Bodensee-Hochrhein gefördert; die "
    "Gesamtkosten betragen EUR 36'400.\n"
    "Gefördert durch:\n"
    "Kanton St. Gallen – Amt für Soziales\n"
    "Stadt St. Gallen\n"
    "Hanna Muster Stiftung\n"
)


def test_a_saints_abbreviation_is_part_of_a_places_name() -> None:
    found = mention_names(extractor(SWISS_PROJECT_PAGE, "de"))
    assert {"Kanton St. Gallen", "Stadt St. Gallen"} <= found
    assert "Stadt St" not in found and "Kanton St" not in found


def test_the_state_as_an_agent_pays_national_money() -> None:
    p = project(facts(SWISS_PROJECT_PAGE, "de"), "Startklar Gastro")
    assert {NATIONAL, org("Kanton St. Gallen")} <= set(p.funders)


def test_each_line_under_gefoerdert_durch_names_a_payer() -> None:
    # (at the page's foot, after another project's section: the payers of the page's own project)
    ext = facts(SWISS_PROJECT_PAGE, "de", title=SWISS_TITLE)
    funders = project(ext, "Startklar Gastro").funders
    assert org("Stadt St. Gallen") in funders and any("hanna-muster" in f for f in funders)
    assert not any("hanna-muster" in f for f in project(ext, "Küche ohne Grenzen").funders)


def test_a_compound_project_noun_before_a_quoted_name_names_a_project() -> None:
    # (before: "Interreg-Kleinprojekt" was no project noun and Interreg went to the page's project)
    ext = facts(SWISS_PROJECT_PAGE, "de")
    small = project(ext, "Küche ohne Grenzen")
    assert INTERREG in small.funders
    assert org("Caritas Vorarlberg") in small.implementers
    assert INTERREG not in project(ext, "Startklar Gastro").funders


def test_a_scheme_named_by_its_acronym_is_no_organisation() -> None:
    assert "Kantonalen Integrationsprogramms" not in mention_names(extractor(SWISS_PROJECT_PAGE, "de"))


PAGE_WITH_OTHER_FUNDS = (
    "Atelier Passerelle\n"
    "Le projet « Atelier Passerelle » de l'association Trait d'Union accompagne les réfugiés vers l'emploi.\n"
    "Financement\n"
    "Le projet est cofinancé par le Fonds Asile, Migration et Intégration (FAMI).\n"
    "Vous êtes un CPAS ou un service d'accueil des primo-arrivants (SAPA) ? Contactez-nous.\n"
    "Autres fonds européens\n"
    "Le Fonds social européen (FSE+) soutient d'autres actions de la région.\n"
)


def test_only_the_first_line_under_a_financing_heading_is_the_projects() -> None:
    # (a guard: the contact line under it and the heading on other funds are not its words)
    p = project(facts(PAGE_WITH_OTHER_FUNDS, "fr"), "Atelier Passerelle")
    assert AMIF in p.funders
    assert ESF not in p.funders
    assert not any("sapa" in o for o in p.implementers)


COUNCIL_ANSWER = (
    "Raadsinformatie Waterdorp-Zuid\n"
    "Beantwoording schriftelijke vragen\n"
    "Vraag 1\n"
    "In de krant lazen wij dat het project 'Snel aan de Slag' Europese subsidie ontvangt. Klopt dat?\n"
    "Antwoord\n"
    "Dat klopt. De gemeente voert het project Snel aan de Slag uit samen met VluchtelingenWerk "
    "Zuid. Voor het project is subsidie toegekend uit het Asiel-, Migratie- en Integratiefonds "
    "(AMIF). De looptijd is 1 maart 2024 tot en met 28 februari 2027.\n"
    "Vraag 2\n"
    "Hoeveel statushouders wonen in Waterdorp-Zuid?\n"
    "Antwoord\n"
    "In 2023 zijn 64 statushouders in Waterdorp-Zuid gehuisvest. Daarnaast werkt de gemeente Den "
    "Bosch mee aan een regionaal traject.\n"
)
COUNCIL_URL = "https://waterdorp-zuid.raadsinformatie.nl/document/123/antwoord"


def test_the_town_a_council_site_is_about_runs_what_de_gemeente_runs() -> None:
    # (before: "de gemeente" was the one town named in full, another one)
    p = project(facts(COUNCIL_ANSWER, "nl", url=COUNCIL_URL), "Snel aan de Slag")
    assert set(p.implementers) == {org("Gemeente Waterdorp-Zuid")}
    assert AMIF in p.funders


def test_a_name_quoted_once_is_read_whole_where_it_stands_unquoted() -> None:
    ext = facts(COUNCIL_ANSWER, "nl", url=COUNCIL_URL)
    assert [p.label for p in ext.projects] == ["Snel aan de Slag"]
    p = project(ext, "Snel aan de Slag")
    assert (p.start_year, p.end_year) == (2024, 2027)


LAND_RELEASE = (
    "Pressemitteilung\n"
    "Land fördert drei Integrationsprojekte in Kehl\n"
    "Mit der Verwaltungsvorschrift Integration unterstützt das Land Baden-Württemberg Kommunen und freie "
    "Träger bei der Integration.\n"
    "Die geförderten Vorhaben im Überblick:\n"
    "„Mütter stark“ – Diakonie Kehl e. V.: Sprachkurse mit Kinderbetreuung. Landesförderung: 41.000 Euro.\n"
    "„Lernbrücke“ – Caritasverband Kehl e. V.: Hausaufgabenhilfe in der Grundschule. Landesförderung: "
    "28.000 Euro. Das Projekt erhält zusätzlich 9.000 Euro aus dem Europäischen Sozialfonds Plus.\n"
    "„Job-Tandem“ – Stadt Kehl: Begleitung in die Ausbildung. Landesförderung: 33.500 Euro.\n"
)


def test_lines_that_each_give_a_quoted_title_and_its_runner_are_projects() -> None:
    # (before: no project at all)
    ext = facts(LAND_RELEASE, "de")
    assert any("diakonie-kehl" in o for o in project(ext, "Mütter stark").implementers)
    assert org("Stadt Kehl") in project(ext, "Job-Tandem").implementers
    assert org("Land Baden-Württemberg") in project(ext, "Mütter stark").funders


def test_a_fund_one_lines_words_name_pays_that_line_only() -> None:
    ext = facts(LAND_RELEASE, "de")
    assert ESF in project(ext, "Lernbrücke").funders
    assert ESF not in project(ext, "Mütter stark").funders


def test_a_states_name_ends_before_a_plural_noun() -> None:
    found = mention_names(extractor(LAND_RELEASE, "de"))
    assert "Land Baden-Württemberg" in found
    assert "Land Baden-Württemberg Kommunen" not in found


CPAS_REPORT = (
    "Rapport annuel 2023 du CPAS de Fleurus\n"
    "Tableau 6.1 – Projets subventionnés\n"
    "N°\tProjet\tPorteur\tPartenaire(s)\tPouvoir subsidiant / fonds\tPériode\tMontant octroyé\n"
    "1\tParcours emploi Fleurus\tCPAS de Fleurus\tCPAS de Farciennes\tFAMI – Fonds Asile, Migration et "
    "Intégration\t2023-2025\t180.000,00 €\n"
    "2\tAteliers de conversation en français\tMaison des Langues de Fleurus\tCPAS de Fleurus\t"
    "Région wallonne\t2022-2024\t24.000,00 €\n"
    "Commentaires par projet\n"
    "1. Parcours emploi\n"
    "Le projet est cofinancé à 75 % par le Fonds Asile, Migration et Intégration.\n"
    "2. Conversation en français\n"
    "Ces ateliers sont organisés par la Maison des Langues dans nos locaux. Le financement (Fonds "
    "social européen plus et Wallonie) est géré directement par l'association.\n"
)
CPAS_TITLE = "Rapport annuel 2023 du CPAS – Projets subventionnés | Commune de Fleurus"


def test_sections_numbered_like_a_tables_rows_comment_on_them() -> None:
    # (before: each comment was a second project, with the page's funds)
    ext = facts(CPAS_REPORT, "fr", title=CPAS_TITLE)
    assert len(ext.projects) == 2


SUMMARY_TABLE = (
    "Antwoord\n"
    "Er lopen momenteel twee initiatieven met externe middelen.\n\n"
    "a) Lokaal opvanginitiatief (LOI)\n"
    "Het OCMW Lede beschikt over 18 opvangplaatsen. De werking wordt vergoed door Fedasil met federale "
    "middelen, via een dagprijs per bezette plaats.\n\n"
    "b) Babbelcafé Lede\n"
    "Vzw Babbelcafé Lede organiseert oefenmomenten Nederlands. De gemeente Lede ondersteunt de vzw met "
    "een nominatieve subsidie.\n\n"
    "Antwoord op vraag 3\n"
    "Initiatief | Uitvoerder | Partners | Financiering | Looptijd | Bedrag\n"
    "LOI | OCMW Lede | – | Fedasil (federaal) | doorlopend | 201.300 euro\n"
    "Babbelcafé Lede | vzw Babbelcafé Lede | – | gemeente Lede | 2023-2025 | 9.000 euro\n"
)


def test_a_row_named_by_the_short_form_a_section_gives_is_that_sections_project() -> None:
    ext = facts(SUMMARY_TABLE, "nl")
    loi = [p for p in ext.projects if "LOI" in p.label]
    assert len(loi) == 1


def test_a_row_named_after_its_runner_is_a_project() -> None:
    # (before: a name that is an organisation's was no project's, and the row was lost)
    rows = [p for p in facts(SUMMARY_TABLE, "nl").projects if p.label == "Babbelcafé Lede"]
    assert len(rows) == 1 and org("gemeente Lede") in rows[0].funders


PARTNERSHIP_PAGE = (
    "Thuis in Duinstad\n"
    "Thuis in Duinstad koppelt nieuwkomers aan een maatje uit de buurt.\n"
    "Wie werken er samen?\n"
    "Thuis in Duinstad is een samenwerking van verschillende organisaties in de stad:\n"
    "* Gemeente Duinstad – cofinancier en lid van de stuurgroep\n"
    "* Bibliotheek Duinstad – taalcafés en digitale vaardigheden\n"
    "* Sportbedrijf Duinstad – kennismaking met sport in de wijk\n"
    "Dit project wordt medegefinancierd door het Asiel-, Migratie- en Integratiefonds van de Europese Unie.\n"
    "Thuis in Duinstad is een project van Stichting Welzijn Duinstad.\n"
)


def test_the_bodies_a_partnership_lists_run_no_projects_of_their_own() -> None:
    # (a guard: with "Bibliotheek" a body's head, each line of the list looked like a grantee's)
    ext = facts(PARTNERSHIP_PAGE, "nl")
    assert [p.label for p in ext.projects] == ["Thuis in Duinstad"]


TOWN_NEWS = (
    "Europese steun voor Jobstap\n"
    "Nieuwkomers in Lokeren vinden sneller de weg naar een job.\n"
    "Jobstap: van inburgering naar werk\n"
    "Met Jobstap zet de stad een traject op voor erkende vluchtelingen.\n"
    "Het project loopt van 2025 tot 2027. Daarvan komt € 300.000 uit het Asiel-, Migratie- en "
    "Integratiefonds (AMIF). De FOD Binnenlandse Zaken beheert het AMIF in België en keurde het project goed.\n"
    "Jobstap wordt uitgevoerd door de stad samen met de VDAB.\n"
)


def test_de_stad_after_a_runners_cue_is_the_towns_government() -> None:
    ext = facts(
        TOWN_NEWS, "nl", title="Europese steun voor Jobstap | Stad Lokeren", url="https://www.lokeren.be/nieuws/jobstap"
    )
    assert len(ext.projects) == 1
    p = ext.projects[0]
    assert AMIF in p.funders
    assert p.implementers and all("lokeren" in o for o in p.implementers)


OSTUNI_LIKE_PAGE = (
    'Home / Amministrazione / Progetti / Progetto FAMI "RETI"\n'
    "RETI – Rete territoriale per l'inclusione dei braccianti stranieri\n"
    "Il Comune di Ceglie Alta è capofila del progetto RETI, che sostiene i lavoratori stranieri "
    "impiegati nelle aziende agricole del territorio.\n"
    "Scheda sintetica\n"
    "Titolo: RETI – Rete territoriale per l'inclusione dei braccianti stranieri\n"
    "Programma: Programma Nazionale FAMI 2021-2027\n"
    "Soggetto capofila: Comune di Ceglie Alta\n"
    "Importo complessivo: € 402.000,00\n"
    "Durata: dal 1° marzo 2024 al 31 dicembre 2026\n"
    "Autorità di Gestione: Ministero dell'Interno – Dipartimento per le Libertà Civili e l'Immigrazione\n"
    "Collegamenti con altri servizi\n"
    'RETI opera in raccordo con il progetto SAI "Ceglie Accoglie" (categoria ordinari, 20 posti), di '
    "cui il Comune è titolare e che è gestito dalla Cooperativa Sociale Il Faro. Il SAI è finanziato "
    "dal Ministero dell'Interno a valere sul Fondo Nazionale per le Politiche e i Servizi dell'Asilo.\n"
)
OSTUNI_URL = "https://www.comune.cegliealta.it/progetti/reti"


def test_a_project_di_cui_il_comune_e_titolare_is_the_towns() -> None:
    p = project(facts(OSTUNI_LIKE_PAGE, "it", url=OSTUNI_URL), "Ceglie Accoglie")
    assert org("Comune di Ceglie Alta") in p.implementers


def test_the_scheme_a_quoted_name_was_given_with_speaks_of_it_after_an_article() -> None:
    p = project(facts(OSTUNI_LIKE_PAGE, "it", url=OSTUNI_URL), "Ceglie Accoglie")
    assert any("ministero" in f or "interior" in f for f in p.funders)
