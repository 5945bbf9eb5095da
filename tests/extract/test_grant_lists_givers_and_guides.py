"""Pages read in held54 (session 61): a county's release whose lines of grants have no bullet and
whose lead names the Land that gives the whole sum, with a separate AMIF project after them; a
préfecture's lauréats as bulleted "title – body, town : sum" lines, each over a sentence that
describes it, under a heading; an agency's release that gives "onze projets" their money in its
lead; a council's guide whose numbered contents list repeats its sections; a town's guide that says
so in its opening."""

from __future__ import annotations

from extract_helpers import extractor, facts, org, project, runners_of

from migkg.loaders.extract.model import NATIONAL

FUND = "https://w3id.org/migkg/id/fund/"
AMIF = FUND + "AMIF"

COUNTY_RELEASE = (
    "Pressemitteilung vom 03.03.2025\n"
    "Rund 180.000 Euro für Integrationsprojekte im Kreis Lindental\n"
    "Kreis Lindental. Auch in diesem Jahr können Angebote für Geflüchtete mit Landesgeld rechnen. "
    "Insgesamt rund 180.000 Euro stellt das Land Niedersachsen dem Kreis für das Jahr 2025 aus dem "
    "Programm Willkommen vor Ort zur Verfügung.\n"
    "Das Integrationsbüro des Kreises hat die Mittel an Träger aus dem Kreisgebiet weitergeleitet.\n"
    "Gefördert werden 2025 unter anderem:\n"
    "Diakonie Lindental e.V. – „Lesepaten“: Ehrenamtliche lesen mit Kindern – 42.000 Euro\n"
    "Sportbund Lindental e.V. – „Anpfiff“: Fußball für junge Geflüchtete – 31.500 Euro\n"
    "Bürgerstiftung Lindental – „Brücken in den Beruf“: Mentoring an Berufsschulen – 55.000 Euro\n"
    "Alle Maßnahmen laufen bis zum 31. Dezember 2025.\n"
    "Vom Willkommen-vor-Ort-Programm zu unterscheiden ist das Projekt „Arbeit im Blick“ des "
    "Caritasverbandes Lindental e.V. Es wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) "
    "der Europäischen Union kofinanziert.\n"
    "Hintergrund: Das Förderprogramm Willkommen-vor-Ort wird vom Land Niedersachsen aus Landesmitteln "
    "finanziert.\n"
)
COUNTY_URL = "https://www.kreis-lindental.example/presse/2025/willkommen"

PREFECTURE_LAUREATS = (
    "Intégration des primo-arrivants : 240 000 € pour les projets du département\n"
    "Au total, 240 000 € de crédits de l'État (programme 104) sont attribués cette année par la "
    "préfecture à six projets menés dans le département.\n"
    "Les principaux projets retenus\n"
    "• Français et métiers du bâtiment – Atelier Horizon, Mende : 64 000 €\n"
    "Des cours de français couplés à des stages sur les chantiers.\n"
    "• Permanences d'accès aux droits – Maison des Droits, Florac : 38 500 €\n"
    "Des permanences juridiques dans trois communes.\n"
    "• « Toit d'abord » – Habitat Cévenol, Marvejols : 71 000 €\n"
    "Un accompagnement vers le logement autonome de trente ménages.\n"
    "Un projet soutenu par le fonds européen\n"
    "Par ailleurs, le projet « Cap Langues » de l'association Lozère Accueil bénéficie d'un "
    "cofinancement du Fonds asile, migration et intégration (FAMI) à hauteur de 60 000 €.\n"
)
PREFECTURE_URL = "https://www.lozere.gouv.example/actualites/integration-2025"

AGENCY_RELEASE = (
    "Fedasil soutient douze projets pour les personnes vulnérables\n"
    "L'Agence fédérale pour l'accueil des demandeurs d'asile (Fedasil) octroie cette année 1,2 million "
    "d'euros de subsides à douze projets menés par des associations partenaires.\n"
    "Ces subsides sont financés sur le budget fédéral de Fedasil.\n"
    "Quelques projets soutenus\n"
    "• Ulmus asbl – soutien psychologique pour les résidents des centres : 140.000 €\n"
    "• Passage Jeunes asbl – accompagnement des jeunes qui quittent les centres à 18 ans : 96.000 €\n"
    "• Interlangue asbl – interprétariat social dans les centres : 88.500 €\n"
)
AGENCY_URL = "https://news.belgium.example/fr/fedasil-douze-projets"

COUNCIL_GUIDE = (
    "How support for newcomers is funded\n"
    "This page explains where the money for newcomers' services in the city comes from.\n"
    "On this page\n"
    "1. Central government funding\n"
    "2. European funding\n"
    "3. Council grants\n"
    "1. Central government funding\n"
    "Most support for refugees is paid for by central government through the Home Office.\n"
    "2. European funding\n"
    "Between 2014 and 2020 the Home Office ran the Asylum, Migration and Integration Fund (AMIF) "
    "in the UK. Several projects in the city received AMIF co-funding.\n"
    "3. Council grants\n"
    "The council's Community Grants offer up to £4,000 to community groups. The money comes from "
    "the council's own budget.\n"
)
COUNCIL_TITLE = "How support for newcomers is funded - Westmoor City Council"
COUNCIL_URL = "https://www.westmoor.gov.example/newcomers/funding"

TOWN_GUIDE = (
    "Stadt Bergheide\n"
    "Integration in Bergheide\n"
    "Auf dieser Seite hat die Integrationsstelle der Stadt Bergheide die wichtigsten Förderprogramme "
    "für Vereine zusammengestellt.\n"
    "1. Integrationsfonds der Stadt Bergheide (Kleinprojekte)\n"
    "Für Begegnungsfeste und Sprachcafés vergibt die Stadt Bergheide Zuschüsse aus ihrem "
    "Integrationsfonds, bis zu 1.000 Euro je Projekt.\n"
    "2. Asyl-, Migrations- und Integrationsfonds (AMIF)\n"
    "Zuständige Behörde für den AMIF ist das Bundesamt für Migration und Flüchtlinge.\n"
)
TOWN_TITLE = "Integration in Bergheide - Stadt Bergheide"
TOWN_URL = "https://www.bergheide.example/integration/foerderung"


def test_lines_without_bullets_are_paid_by_the_land_that_gives_their_whole_sum() -> None:
    # (before: each line had the AMIF, named only for the project after the list)
    ext = facts(COUNTY_RELEASE, "de", url=COUNTY_URL)
    land = org("Land Niedersachsen")
    for name in ("Lesepaten", "Anpfiff", "Brücken in den Beruf"):
        p = project(ext, name)
        assert land in p.funders
        assert AMIF not in p.funders


def test_the_lands_sum_is_no_co_funding_of_the_separate_amif_project() -> None:
    # (a guard: once "stellt ... zur Verfügung" gave the Land as a giver of a sum, it co-funded the
    # page's one AMIF project)
    ext = facts(COUNTY_RELEASE, "de", url=COUNTY_URL)
    p = project(ext, "Arbeit im Blick")
    assert AMIF in p.funders
    assert org("Land Niedersachsen") not in p.funders


def test_a_scheme_the_text_calls_a_programme_is_no_project_by_its_compound() -> None:
    # (before: "Vom Willkommen-vor-Ort-Programm" was a project, the preposition in its name)
    ext = facts(COUNTY_RELEASE, "de", url=COUNTY_URL)
    assert not [p for p in ext.projects if "programm" in p.label.lower()]


def test_a_prefectures_titled_lines_under_a_heading_are_each_a_project_of_their_body() -> None:
    # (before: only the quoted line was a project, run by the préfecture)
    ext = facts(PREFECTURE_LAUREATS, "fr", url=PREFECTURE_URL)
    assert org("Atelier Horizon") in project(ext, "Français et métiers du bâtiment").implementers
    assert org("Maison des Droits") in project(ext, "Permanences d'accès aux droits").implementers
    # ("Habitat Cévenol, Marvejols": the body, not its town)
    assert org("Habitat Cévenol") in project(ext, "Toit d'abord").implementers


def test_the_states_credits_the_lead_gives_the_six_projects_pay_each_line() -> None:
    ext = facts(PREFECTURE_LAUREATS, "fr", url=PREFECTURE_URL)
    for name in ("Français et métiers du bâtiment", "Toit d'abord"):
        p = project(ext, name)
        assert NATIONAL in p.funders
        assert AMIF not in p.funders
    assert AMIF in project(ext, "Cap Langues").funders


def test_the_agency_that_gives_twelve_projects_their_money_pays_each_line() -> None:
    # (a guard: the lines under a heading are now a list whose lead gives its payers; they must
    # keep the agency and the state's money, not take the page's default)
    ext = facts(AGENCY_RELEASE, "fr", url=AGENCY_URL)
    for name in ("Ulmus", "Passage Jeunes"):  # (the legal form is no part of the IRI)
        assert org(name) in runners_of(ext, NATIONAL)
    assert all(len(p.funders) == 2 for p in ext.projects)


def test_a_guides_contents_list_and_its_numbered_sections_are_no_projects() -> None:
    # (before: each numbered section was a project)
    ext = facts(COUNCIL_GUIDE, "en", title=COUNCIL_TITLE, url=COUNCIL_URL)
    assert not [p for p in ext.projects if "funding" in p.label.lower()]


def test_a_page_whose_opening_explains_where_money_comes_from_is_a_guide() -> None:
    # (before: the guide's title project was paid by every fund the page names)
    assert extractor(COUNCIL_GUIDE, "en", url=COUNCIL_URL, title=COUNCIL_TITLE).ctx.is_funding_guide
    assert facts(COUNCIL_GUIDE, "en", title=COUNCIL_TITLE, url=COUNCIL_URL).projects == []


def test_a_guides_numbered_fund_line_is_no_project() -> None:
    # (before: "Integrationsfonds der Stadt Bergheide" was a project of the city, paid by the AMIF)
    assert extractor(TOWN_GUIDE, "de", url=TOWN_URL, title=TOWN_TITLE).ctx.is_funding_guide
    assert facts(TOWN_GUIDE, "de", title=TOWN_TITLE, url=TOWN_URL).projects == []


def test_a_project_page_that_explains_its_project_is_no_guide() -> None:
    text = (
        "Projekt Sprachbrücke\n"
        "Diese Seite erklärt, wie das Projekt Sprachbrücke Familien beim Deutschlernen begleitet.\n"
        "Das Projekt wird vom Verein Nachbarn e.V. durchgeführt.\n"
    )
    assert not extractor(text, "de", url="https://www.nachbarn.example/sprachbruecke").ctx.is_funding_guide


CROSS_BORDER_RECORD = (
    "Interreg VI Alpenrhein-Bodensee-Hochrhein\n"
    "Seebrücke – Geflüchtete in Ausbildung am Untersee\n"
    "Projektnummer: ABH0999\n"
    "Kurzbeschreibung\n"
    "Das Projekt „Seebrücke“ bereitet Geflüchtete auf beiden Seiten der Grenze auf eine Ausbildung vor.\n"
    "Projektpartnerschaft\n"
    "Lead-Partner:\n"
    "Landkreis Seewald – Amt für Integration (DE)\n"
    "Projektpartner:\n"
    "Stadt Seewald (DE)\n"
    "Kammerbund Untersee (DE)\n"
    "Stadt Steinau (CH)\n"
    "Laufzeit\n"
    "01.01.2024 – 31.12.2026\n"
    "Finanzierung\n"
    "Gesamtkosten: 900.000,00 EUR\n"
    "Interreg-Förderung: 540.000,00 EUR (60 %)\n"
    "Kofinanzierung Ministerium der Justiz und für Migration Baden-Württemberg: 90.000,00 EUR\n"
    "Eigenmittel der Projektpartner: 270.000,00 EUR\n"
    "Ansprechperson im Projekt\n"
    "Dr. Jana Roth, Landratsamt Seewald\n"
)
CROSS_BORDER_URL = "https://www.interreg.example/projekte/abh0999-seebruecke"


def test_the_body_under_a_lead_partners_key_runs_the_project_and_those_under_partners_take_part() -> None:
    # (before: "Lead-Partner:" on a line of its own named no one, and the project had no runner)
    ext = facts(CROSS_BORDER_RECORD, "de", url=CROSS_BORDER_URL)
    p = project(ext, "Seebrücke")
    assert org("Landkreis Seewald") in p.implementers
    assert {org("Stadt Seewald"), org("Stadt Steinau")} <= set(p.partners)


def test_a_contact_heading_names_no_project() -> None:
    # (a guard: on a held page "Ansprechperson im Projekt" was a second project, and the partnership
    # then had no page project to go to)
    ext = facts(CROSS_BORDER_RECORD, "de", url=CROSS_BORDER_URL)
    assert not [p for p in ext.projects if "Ansprechperson" in p.label]


def test_a_co_funders_line_among_the_record_lines_pays_the_project() -> None:
    # (before: the line, too long a key for a record line, was no line of the project's)
    ext = facts(CROSS_BORDER_RECORD, "de", url=CROSS_BORDER_URL)
    p = project(ext, "Seebrücke")
    assert any("ministerium-der-justiz" in f for f in p.funders)


PROVINCE_MAP = (
    "Mappatura dei progetti per l'integrazione – aggiornamento 2024\n"
    "Tabella 1 – Progetti attivi al 30 giugno 2024\n"
    "N.\tTitolo del progetto\tEnte capofila\tFonte di finanziamento\tImporto\tPeriodo\n"
    "1\tLingua Ponte – corsi di italiano per adulti\tCooperativa sociale Arcobaleno Blu\tFAMI 2021-2027\t"
    "€ 240.000,00\t2023–2025\n"
    "2\tLavoro Vicino – tirocini per rifugiati\tCooperativa sociale Orizzonte Verde\tPR FSE+ Piemonte 2021-2027\t"
    "€ 96.500,00\t2024-2025\n"
    "3\tSportello Stranieri Valmora\tComune di Valmora\tfondi propri di bilancio comunale\t€ 18.000,00\t2024\n"
    "Note alla tabella\n"
    "(1) Il progetto Lingua Ponte è presentato dalla cooperativa in qualità di capofila a valere sul Fondo Asilo, "
    "Migrazione e Integrazione.\n"
    "(2) Il progetto della Rete Lavoro Vicino conta 40 tirocini.\n"
    "Tabella 2 – Sintesi per fonte di finanziamento\n"
    "Fonte\tN. progetti\tImporto complessivo\n"
    "FAMI\t1\t€ 240.000,00\n"
    "FSE+\t1\t€ 96.500,00\n"
    "Fondi comunali\t1\t€ 18.000,00\n"
)
PROVINCE_URL = "https://www.provincia.example.it/osservatorio/mappatura-2024"


def test_a_tables_notes_by_row_number_name_no_projects() -> None:
    # (before: "(1) Il progetto Lingua Ponte è ..." and "il progetto della Rete ..." were projects)
    ext = facts(PROVINCE_MAP, "it", url=PROVINCE_URL)
    assert len(ext.projects) == 3


def test_a_summary_by_source_pays_no_project_of_its_own() -> None:
    # (a guard: once the notes were no projects, "Fonte | N. progetti | Importo" gave every fund to
    # the last row)
    ext = facts(PROVINCE_MAP, "it", url=PROVINCE_URL)
    p = project(ext, "Sportello Stranieri Valmora")
    assert AMIF not in p.funders


def test_a_town_that_runs_a_row_paid_from_its_own_budget_pays_it() -> None:
    # (a guard: the town's money in the row's own cell, where the page names other towns' bodies too)
    ext = facts(PROVINCE_MAP, "it", url=PROVINCE_URL)
    p = project(ext, "Sportello Stranieri Valmora")
    assert org("Comune di Valmora") in p.funders
    assert org("Comune di Valmora") in p.implementers


COUNCIL_ANSWER = (
    "Schriftelijke vraag 2024/031\n\n"
    "Onderwerp: Externe middelen voor integratieprojecten in Kruibeke\n\n"
    "Antwoord\n\n"
    "Op vraag 1 en 2:\n\n"
    "Momenteel lopen er twee initiatieven met externe middelen.\n\n"
    "a) Buddywerking Nieuwkomers Kruibeke\n"
    "Vrijwilligers worden gekoppeld aan nieuwkomers. Uitvoerder is vzw Ontmoetingshuis De Poort. Het project "
    "ontvangt € 81.200 steun uit het Asiel-, Migratie- en Integratiefonds (AMIF) van de Europese Unie, voor de "
    "jaren 2023 en 2024.\n\n"
    "b) Lokaal opvanginitiatief (LOI)\n"
    "Het OCMW Kruibeke beheert sinds 2016 een lokaal opvanginitiatief voor verzoekers om internationale "
    "bescherming. De kosten worden vergoed door Fedasil op basis van een forfait per bezette plaats.\n\n"
    "Op vraag 3:\n\n"
    "Naast bovenstaande dossiers zet de gemeente eigen middelen in voor het lokaal integratiebeleid. Die uitgaven "
    "zitten in het meerjarenplan 2020-2025.\n\n"
    "Het nieuwe AMIF-programma 2021-2027 wordt in Vlaanderen pas gaandeweg opengesteld.\n\n"
    "Samengevat gaat het om ongeveer 300.000 euro aan externe projectmiddelen.\n"
)
COUNCIL_ANSWER_URL = "https://www.kruibeke.example/gemeenteraad/vragen/2024-031"


def test_a_lettered_part_ends_where_the_answer_to_the_next_question_opens() -> None:
    # (before: the LOI took the AMIF, the years and the sum of the answer to question 3)
    ext = facts(COUNCIL_ANSWER, "nl", url=COUNCIL_ANSWER_URL)
    p = project(ext, "Lokaal opvanginitiatief")
    assert AMIF not in p.funders
    assert p.start_year == 2016


def test_costs_reimbursed_by_an_agency_are_its_money() -> None:
    # (before: "vergoed door Fedasil" named no payer)
    ext = facts(COUNCIL_ANSWER, "nl", url=COUNCIL_ANSWER_URL)
    assert any("fedasil" in f or "federal-agency" in f for f in project(ext, "Lokaal opvanginitiatief").funders)


NEWS_STORY = (
    "Aux Tilleuls, le français s'apprend aussi à vélo\n"
    "Lancé en janvier 2023, le projet court jusqu'à fin 2024. Son budget total atteint 150 000 euros sur deux "
    "ans. L'essentiel, 90 000 euros, vient du Fonds asile, migration et intégration (Fami) de l'Union européenne ; "
    "le reste est apporté par la Ville de Montrieux.\n"
    "Le dispositif, baptisé « Roue Libre », est porté par l'association Atelier Tandem.\n"
)


def test_the_rest_brought_by_a_town_co_funds_the_project() -> None:
    # (before: "apporté par" was no cue, only its plural)
    ext = facts(NEWS_STORY, "fr", url="https://www.journal-du-centre.example/montrieux/roue-libre")
    assert org("Ville de Montrieux") in project(ext, "Roue Libre").funders


PILOT_STORY = (
    "À Verlaine, les primo-arrivants ont désormais leur « Maison des Langues »\n"
    "Le dispositif dispose d'un budget de 150.000 euros pour deux ans (2024-2025). L'essentiel, soit 112.500 "
    "euros, provient du Fonds Asile, Migration et Intégration de l'Union européenne (FAMI) ; la Région wallonne "
    "couvre le reste.\n"
    "En 2022, le CPAS avait mené un projet-pilote baptisé « Premiers pas à Verlaine », financé par la Province de "
    "Liège, qui avait permis à 20 personnes de suivre des cours.\n"
    "Pour la Maison des Langues, portée par le CPAS de Verlaine, la pédagogie est assurée avec Lire et Écrire.\n"
)
PILOT_URL = "https://www.gazette-hesbaye.example/verlaine/maison-des-langues"


def test_a_pilot_project_named_after_its_hyphened_noun_is_a_project_paid_by_its_own_payer() -> None:
    # (before: "projet-pilote baptisé" named nothing, and "pas" in its name read as a negation)
    ext = facts(PILOT_STORY, "fr", title=PILOT_STORY.split("\n")[0], url=PILOT_URL)
    assert org("Province de Liège") in project(ext, "Premiers pas à Verlaine").funders


def test_the_name_a_headline_quotes_at_its_end_and_the_text_repeats_is_the_pages_project() -> None:
    # (before: only a title that opens with the quoted name named the page's project)
    ext = facts(PILOT_STORY, "fr", title=PILOT_STORY.split("\n")[0], url=PILOT_URL)
    p = project(ext, "Maison des Langues")
    assert AMIF in p.funders
    # (the region that covers the rest co-funds it; the pilot's province does not)
    assert org("Région wallonne") in p.funders
    assert org("Province de Liège") not in p.funders


def test_what_else_a_body_also_runs_is_no_project_of_the_pages_fund() -> None:
    # (before: the programmes it also delivers were three projects paid by the AMIF)
    text = (
        "Common Ground Tullow\n"
        "Common Ground Tullow supports people who have come to live in Tullow from outside the EU.\n"
        "The project is delivered by Tullow LEADER Partnership.\n"
        "This project is co-funded by the European Union through the Asylum, Migration and Integration Fund "
        "(AMIF) 2021-2027.\n"
        "Tullow LEADER Partnership also delivers the Social Inclusion and Community Activation Programme and the "
        "Rural Social Scheme in the county.\n"
    )
    ext = facts(text, "en", url="https://www.tullowleader.example/programmes/common-ground")
    assert not [p for p in ext.projects if "Programme" in p.label or "Scheme" in p.label]


def test_a_supporters_line_under_the_budget_heading_pays_the_project() -> None:
    # (before: "con il sostegno della Fondazione X: € 25.000,00" was no line of the project's)
    text = (
        "SILA.RETE\n"
        "Progetto cofinanziato dall'Unione europea – Fondo Asilo, Migrazione e Integrazione 2021-2027\n"
        "Il progetto SILA.RETE è realizzato dal Comune di Sellia, in qualità di capofila.\n"
        "Budget\n"
        "Budget complessivo: € 848.200,00\n"
        "di cui contributo FAMI: € 823.200,00\n"
        "con il sostegno della Fondazione Silana: € 25.000,00 (mediazione nei quartieri)\n"
        "Partenariato\n"
        "Capofila: Comune di Sellia\n"
    )
    ext = facts(text, "it", title="SILA.RETE – Il progetto", url="https://www.silarete.example/progetto")
    assert org("Fondazione Silana") in project(ext, "SILA.RETE").funders


def test_a_pages_note_is_no_line_of_the_record_above_it() -> None:
    # (a guard: once "stellt ... zur Verfügung" gave a sum's giver, "Hinweis: Das Land X stellt
    # landesweit ... zur Verfügung", read as the last record's line, paid that record's project)
    text = (
        "Drei Integrationsprojekte erhalten Zusagen\n"
        "Die Projekte im Überblick:\n"
        "- „Elterncafé International“\n"
        "Träger: IBZ Lindenhaus e.V.\n"
        "Laufzeit: ab 1. August 2024\n"
        "Förderung: 35.000 Euro aus dem Haushalt der Stadt Lindenau\n"
        "Das Kommunale Integrationszentrum hat die Träger beraten.\n"
        "Hinweis: Das Land NRW stellt für KOMM-AN NRW in diesem Jahr landesweit rund 25 Mio. Euro zur Verfügung.\n"
    )
    ext = facts(text, "de", url="https://www.lindenau.example/presse/2024-integration")
    p = project(ext, "Elterncafé International")
    assert not any("land-nrw" in f for f in p.funders)


def test_an_acronyms_long_form_in_a_partner_line_names_no_project() -> None:
    # (before: "P.I.A.N. Onlus – Progetto Integrazione Accoglienza Nuovi" was a project of its own)
    text = (
        "Il progetto VELA è finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027 ed è "
        "realizzato dalla Provincia di Olmo.\n"
        "Partner:\n"
        "- Comune di Olmo\n"
        "- P.I.A.N. Onlus – Progetto Integrazione Accoglienza Nuovi\n"
    )
    ext = facts(text, "it", url="https://www.provincia.olmo.example/vela")
    assert not [p for p in ext.projects if "Integrazione Accoglienza" in p.label]


def test_a_bodys_word_after_its_acronym_and_a_dash_is_no_project_noun() -> None:
    # (before: "Action" in "CAI – Centre d'Action Interculturelle" named a project "Interculturelle")
    text = (
        "Le projet « Passerelles Hesbaye » est cofinancé par le Fonds Asile, Migration et Intégration (FAMI).\n"
        "Le projet en bref\n"
        "Porteur : CAI – Centre d'Action Interculturelle de la Province de Namur asbl\n"
        "Durée : du 1er janvier 2023 au 31 décembre 2025\n"
    )
    ext = facts(text, "fr", url="https://www.cai-hesbaye.example/passerelles")
    assert not [p for p in ext.projects if p.label == "Interculturelle"]


def test_a_rows_own_means_are_its_runners_money() -> None:
    # (before: "Risorse proprie SdS" named no payer, and the row was dropped)
    text = (
        "Progetti finanziati – Immigrazione\n"
        "Progetto\tFonte di finanziamento\tEnte titolare\tEnte gestore\tAnno\tImporto\n"
        "Sportello di mediazione\tRisorse proprie SdS\tSocietà della Salute Val d'Olmo\t"
        "Cooperativa sociale Pane Nostro (ente gestore)\t2025\t€ 74.800,00\n"
        "PRIMA – Percorsi di inclusione\tFAMI 2021-2027\tSocietà della Salute Val d'Olmo\t"
        "Cooperativa sociale Pane Nostro\t2024 – 2026\t€ 486.300,00\n"
    )
    ext = facts(text, "it", url="https://www.sdsvaldolmo.example/progetti")
    p = project(ext, "Sportello di mediazione")
    assert org("Società della Salute Val d'Olmo") in p.funders


def test_the_years_a_runner_has_worked_since_are_not_its_projects() -> None:
    # (before: "the NGO that has worked with migrants since 1990" gave the project 1990)
    text = (
        "The workshop is the heart of Proyecto Agujas ('Needles'), a training scheme that launched in March 2023 "
        "and is due to run until December 2025.\n"
        "The scheme receives €120,000 from the EU's Asylum, Migration and Integration Fund (AMIF).\n"
        "Proyecto Agujas is run by Cordoba Acoge, the NGO that has worked with migrants in the province since "
        "1991.\n"
    )
    ext = facts(text, "en", url="https://www.southern-press.example/cordoba-agujas")
    p = project(ext, "Agujas")
    assert (p.start_year, p.end_year) == (2023, 2025)


def test_a_long_name_after_a_headings_short_name_is_the_same_project() -> None:
    # (before: the long name alone was the project, apart from the short name the page calls it by;
    # on a held page, beside the heading's project, a second one run by the city that hosted its meeting)
    text = (
        "City of Lendava\n"
        "WELKOM\n"
        "The City of Lendava hosted the kick-off meeting of WELKOM – Welcoming Kommunities in Pannonia, a "
        "two-year transnational project that will test new ways to welcome newcomers.\n"
        "WELKOM brings together five organisations. The project is led by Pannonian Philanthropy, a local NGO.\n"
        "The project is co-funded by the Asylum, Migration and Integration Fund (AMIF).\n"
    )
    ext = facts(text, "en", title="WELKOM | City of Lendava", url="https://www.lendava.example/news/welkom")
    assert len(ext.projects) == 1
    assert "WELKOM" in ext.projects[0].label


def test_a_prefecture_that_grants_the_states_share_pays_beside_the_fund() -> None:
    # (before: a project the FAMI pays had no préfecture, whatever "attribués par" said)
    text = (
        "Le projet « Cuisine et Mots » est porté par l'association Trait d'Union Isère. Il est financé en partie "
        "par le Fonds asile, migration et intégration (FAMI) de l'Union européenne ; le reste provient des "
        "crédits de l'État consacrés à l'intégration des étrangers primo-arrivants, attribués par la préfecture "
        "de l'Isère.\n"
    )
    ext = facts(text, "fr", url="https://www.dauphine-libre.example/grenoble/cuisine-et-mots")
    p = project(ext, "Cuisine et Mots")
    assert {AMIF, NATIONAL} <= set(p.funders)
    assert any("prefecture" in f for f in p.funders)


def test_a_money_column_named_for_a_share_the_lead_says_whose_budget_pays_is_that_bodys() -> None:
    # (before: the "Vlaamse cofinanciering" column was no money column, and paid no row)
    text = (
        "Drie projecten goedgekeurd in streekoproep 'Nieuwkomers aan het werk'\n"
        "Het ESF-agentschap keurde drie projectvoorstellen goed. Samen krijgen ze 900.000 euro uit het Europees "
        "Sociaal Fonds Plus (ESF+). Daarbovenop komt Vlaamse cofinanciering uit de begroting van het "
        "departement Werk en Sociale Economie.\n"
        "Promotor | Project | Looptijd | ESF+ | Vlaamse cofinanciering\n"
        "OCMW Lede | WerkWinkel Lede | 01/04/2024 – 31/03/2026 | € 312.400,00 | € 208.266,67\n"
        "Stad Wetteren | Wetteren Werkt Meertalig | 01/04/2024 – 30/09/2026 | € 287.950,00 | € 191.966,67\n"
    )
    ext = facts(text, "nl", url="https://www.streekoverleg-schelde.example/nieuws/goedgekeurde-projecten")
    p = project(ext, "WerkWinkel Lede")
    assert any("werk-en-sociale-economie" in f for f in p.funders), p.funders


def test_the_body_the_lead_says_gives_the_rest_co_funds_each_project_the_state_pays() -> None:
    # (before: with no fund on the page, the county's rest went to no project)
    text = (
        "Drei Integrationsprojekte im Landkreis erhalten Förderbescheide\n\n"
        "Die Beigeordnete hat drei Zuwendungsbescheide an Träger der Integrationsarbeit übergeben. Die Vorhaben "
        "werden im Rahmen der Förderrichtlinie Integrative Maßnahmen des Freistaates Sachsen unterstützt. Den "
        "Großteil der Mittel stellt der Freistaat Sachsen bereit; den Rest übernimmt der Landkreis Muldental aus "
        "seinem Haushalt.\n\n"
        "Die geförderten Projekte im Überblick:\n\n"
        "Lotsenprojekt „Ankommen in Grimmau“\n"
        "Träger: Arbeiterwohlfahrt Kreisverband Muldental e. V.\n"
        "Ehrenamtliche Familienlotsen begleiten neu zugezogene Familien bei Behördengängen.\n"
        "Förderung: 84.300,00 Euro vom Freistaat Sachsen | Laufzeit: 01.08.2024 – 31.07.2026\n\n"
        "„Sprachcafé plus“ in Wurzach\n"
        "Träger: Internationales Begegnungszentrum Wurzach e. V.\n"
        "Das wöchentliche Sprachcafé wird um eine Hausaufgabenhilfe ergänzt.\n"
        "Förderung: 23.500,00 Euro vom Freistaat Sachsen | Laufzeit: bis 31.12.2024\n"
    )
    ext = facts(text, "de", url="https://www.landkreis-muldental.example/presse/pm-2024-187")
    p = project(ext, "Ankommen in Grimmau")
    assert org("Freistaat Sachsen") in p.funders, p.funders
    assert org("Landkreis Muldental") in p.funders, p.funders
