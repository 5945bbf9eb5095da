"""Pages read in held49 (session 56): a reply in lettered parts, each a short heading over its
prose; a table's "Activity" column; a short form in brackets after a long name with commas; a
fund said only in another project's own section; a runner's key over a name no shape finds; a lone
year after a duration's key; a Land's adjective before its ministry; a place in brackets after an
item's title; a body's own share ("den Rest trägt der Verein"); a news story's one quoted name
whose head word is an organisation's; a payer the verb's clause adds with its own sum."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, facts, org, project

from migkg.loaders.extract.model import NATIONAL

COUNCIL_REPLY = (
    "Minutes of the Ordinary Meeting of Kilbarra County Council\n\n"
    "QUESTION 4\n"
    "Cllr. A. Byrne asked for a breakdown of the funding for newcomers in the county.\n\n"
    "Reply:\n"
    "The position is as follows:\n\n"
    "(a) Newcomer Support Team\n"
    "Kilbarra County Council set up its Newcomer Support Team in 2024. The team is funded by the "
    "Department of Rural, Community, Equality and Youth Affairs (DRCEYA) with €210,000 for the period "
    "2024 to 2026.\n\n"
    "(b) Community Welcome Fund 2024\n"
    "Three groups were successful under the Community Welcome Fund 2024, funded from the Exchequer:\n\n"
    "Organisation                      Activity                          Grant\n"
    "Kilbarra Family Hub               Family games evenings             €3,500\n"
    "Glenmore Community Centre         Shared allotment project          €4,000\n"
    'Riverside Men\'s Shed CLG          "Tools for All" repair nights     €2,800\n\n'
    "(c) Pathways to Work Kilbarra\n"
    "Kilbarra Partnership CLG has been awarded €198,000 under the Asylum, Migration and Integration "
    "Fund (AMIF) for Pathways to Work Kilbarra, which runs from 2024 to 2026. The Department of "
    "Justice administers the fund as Responsible Authority and does not itself contribute.\n\n"
    "(d) Housing\n"
    "The Council has refurbished four vacant homes since 2022.\n"
)


def test_lettered_parts_over_prose_name_their_projects() -> None:
    # (before: "(a) ..." lines were list items, no section headed; the reply's projects went unnamed
    # and the road programme of another answer took the fund)
    ext = facts(COUNCIL_REPLY, "en")
    team = project(ext, "Newcomer Support Team")
    assert org("Kilbarra County Council") in team.implementers
    pathways = project(ext, "Pathways to Work Kilbarra")
    assert AMIF in pathways.funders
    assert (pathways.start_year, pathways.end_year) == (2024, 2026)


def test_a_lettered_part_named_after_a_fund_or_a_topic_is_no_project() -> None:
    # (a guard for the lettered parts: before, no part was a heading at all)
    ext = facts(COUNCIL_REPLY, "en")
    labels = {p.label for p in ext.projects}
    assert "Community Welcome Fund 2024" not in labels
    assert "Housing" not in labels


def test_an_activity_column_names_each_rows_project() -> None:
    # (before: each row's project was "QUESTION 4 (group)", its label the section's)
    ext = facts(COUNCIL_REPLY, "en")
    games = project(ext, "Family games evenings")
    assert org("Kilbarra Family Hub") in games.implementers
    assert NATIONAL in games.funders
    # a name that opens on its quoted part keeps its opening quote
    assert any(p.label == '"Tools for All" repair nights' for p in ext.projects)


def test_a_short_form_after_a_long_name_with_commas_is_that_names() -> None:
    # "Department of Rural, Community, Equality and Youth Affairs (DRCEYA)": one body, not a second
    # one that the pair decisions may take for the team's runner
    ext = facts(COUNCIL_REPLY, "en")
    team = project(ext, "Newcomer Support Team")
    assert not [o for o in team.implementers if o.endswith("/drceya")]
    assert not [o for o in team.funders if o.endswith("/drceya")]


def test_an_activity_type_column_is_no_title() -> None:
    # (a guard for the "Activity" column: the Commission's "Activity type" holds codes, "PRC")
    text = (
        "Participants\n\n"
        "Role\tOrganisation\tCountry\tActivity type\tEU contribution\n"
        "Coordinator\tFUNDACION PUENTES ABIERTOS\tSpain\tPRC\tEUR 310 000,00\n"
        "Participant\tASSOCIAZIONE RETE ACCOGLIENZA\tItaly\tPRC\tEUR 190 000,00\n"
    )
    ext = facts(text, "en", title="OPEN-DOORS – job pathways for refugees")
    assert not [p for p in ext.projects if p.label == "PRC"]


CITY_GRANTS = (
    "Stadt Talgrund\n"
    "Startseite » Presse » Pressemitteilungen\n\n"
    "Pressemitteilung\n\n"
    "Stadtrat vergibt Beiträge für drei Integrationsprojekte\n\n"
    "Der Stadtrat hat drei Vereinen Beiträge von insgesamt 74.000 Euro zugesprochen. Die Mittel stammen "
    "aus dem Gemeindehaushalt 2025.\n\n"
    "Die geförderten Projekte im Überblick:\n\n"
    "Lernpaten am Nachmittag\n"
    "Träger: Lernwerk Talgrund\n"
    "Hausaufgabenhilfe für Kinder aus zugewanderten Familien in zwei Stadtteilen.\n"
    "Beitrag: 26.000 Euro | Laufzeit: 2025\n\n"
    "Nähcafé International\n"
    "Träger: Verein Brückenschlag\n"
    "Ein offener Treff mit Nähmaschinen und Sprachübungen für Frauen.\n"
    "Beitrag: 18.000 Euro | Laufzeit: 2025–2026\n\n"
    "Wohnlotsen\n"
    "Träger: Sozialgenossenschaft Hausanker – Wohnen und Leben\n"
    "Begleitung von Geflüchteten bei der Wohnungssuche.\n"
    "Beitrag: 30.000 Euro | Laufzeit: 2025–2026\n\n"
    "Europäische Mittel für den Arbeitsmarkt\n"
    "Nicht Teil des heutigen Beschlusses ist das Projekt „Werkstatt Zukunft“ der Genossenschaft Aufbruch. "
    "Es wird vom Europäischen Sozialfonds Plus (ESF+) im Rahmen des Landesprogramms 2021–2027 mit "
    "240.000 Euro gefördert. Das Projekt läuft bis Ende 2026.\n"
)


def test_a_fund_said_only_in_another_projects_section_pays_not_the_others() -> None:
    # (before: the ESF+ of „Werkstatt Zukunft“ was the page's fund, so each of the city's grants
    # took it, and the city's budget paid none of them)
    ext = facts(CITY_GRANTS, "de", title="Stadtrat vergibt Beiträge | Stadt Talgrund")
    naeh = project(ext, "Nähcafé International")
    assert ESF not in naeh.funders
    assert ESF in project(ext, "Werkstatt Zukunft").funders


def test_a_runners_key_over_a_name_no_shape_finds_names_the_runner() -> None:
    ext = facts(CITY_GRANTS, "de")
    assert org("Lernwerk Talgrund") in project(ext, "Lernpaten am Nachmittag").implementers
    # a name its head word alone was found by, written whole
    wohn = project(ext, "Wohnlotsen")
    assert org("Sozialgenossenschaft Hausanker") in wohn.implementers
    assert org("Sozialgenossenschaft") not in wohn.implementers


def test_a_lone_year_after_a_durations_key_is_the_projects() -> None:
    ext = facts(CITY_GRANTS, "de")
    lern = project(ext, "Lernpaten am Nachmittag")
    assert (lern.start_year, lern.end_year) == (2025, 2025)


def test_a_programmes_whole_period_is_not_the_projects() -> None:
    # "im Rahmen des Landesprogramms 2021–2027": the programme's period; the project ends in 2026
    ext = facts(CITY_GRANTS, "de")
    werk = project(ext, "Werkstatt Zukunft")
    assert werk.start_year != 2021
    assert werk.end_year == 2026


def test_a_project_named_apart_after_the_announced_ones_leaves_them_their_count() -> None:
    # (before: „Werkstatt Zukunft“, named under a heading of its own after the three, took one of
    # the three places, and the third heading named no project)
    ext = facts(CITY_GRANTS, "de")
    assert project(ext, "Wohnlotsen") is not None


def test_a_person_under_a_leaders_key_is_no_runner() -> None:
    # (a guard for the runner's key over a bare name)
    text = (
        "Startbaan Noord\n\n"
        "Het project Startbaan Noord helpt jonge statushouders naar werk. Het wordt uitgevoerd door "
        "Stichting Opstap en medegefinancierd door het AMIF.\n"
        "Projectleider: Femke Jansen\n"
    )
    ext = facts(text, "nl")
    assert org("Femke Jansen") not in project(ext, "Startbaan Noord").implementers


RELEASE_ITEMS = (
    "Land und EU fördern drei Integrationsprojekte\n\n"
    "Drei Projekte in Talstadt haben ihre Förderbescheide erhalten.\n\n"
    "Die Projekte im Überblick:\n\n"
    '• „Nachbarn im Viertel" (Oberau und Lindenfeld)\n'
    "Das Integrationszentrum für Stadt und Landkreis Talstadt e. V. baut in den Stadtteilen Oberau und "
    "Lindenfeld zwei Anlaufstellen auf. Davon stammen 210.000 Euro aus dem AMIF. Die Stadt Talstadt "
    "beteiligt sich mit 40.000 Euro, den Rest trägt der Verein.\n\n"
    "• Dolmetscherpool Talstadt\n"
    "Der Verein Sprachbrücke Talstadt baut einen Pool von Sprachmittlern auf. Gefördert durch das "
    "Thüringische Ministerium für Migration, Justiz und Verbraucherschutz mit 64.000 Euro.\n\n"
    "• Werkstart\n"
    "Die Volkshochschule Talstadt gGmbH verbindet Sprachkurse mit Praktika. Das Projekt wird aus Mitteln "
    "des ESF+ gefördert.\n"
)


def test_a_place_in_brackets_after_an_items_title_runs_nothing() -> None:
    # (before: "Oberau und Lindenfeld", unknown districts, was the project's runner)
    ext = facts(RELEASE_ITEMS, "de")
    nachbarn = project(ext, "Nachbarn im Viertel")
    assert not [o for o in nachbarn.implementers if "oberau" in o]
    # and the body whose name holds the county's runs it, not the county
    assert org("Integrationszentrum für Stadt und Landkreis Talstadt") in nachbarn.implementers
    assert org("Landkreis Talstadt") not in nachbarn.implementers


def test_a_runner_paying_the_rest_is_no_funder() -> None:
    ext = facts(RELEASE_ITEMS, "de")
    nachbarn = project(ext, "Nachbarn im Viertel")
    assert org("Integrationszentrum für Stadt und Landkreis Talstadt") not in nachbarn.funders
    assert org("Stadt Talstadt") in nachbarn.funders


def test_a_lands_adjective_before_its_ministry_keeps_the_ministry_a_payer() -> None:
    # "Gefördert durch das Thüringische Ministerium für ...": before, the adjective ended the scan
    ext = facts(RELEASE_ITEMS, "de")
    pool = project(ext, "Dolmetscherpool Talstadt")
    ministry = org("Ministerium für Migration, Justiz und Verbraucherschutz")
    assert ministry in pool.funders
    assert ministry not in pool.implementers


NEWS_STORY = (
    "À Lorient, des réfugiés apprennent le français en cuisine\n"
    "Par Marie Le Goff\n\n"
    "Au tableau, un mot du jour : « mise en place ». Lancé en mars 2024, l'« Atelier Saveurs » combine "
    "des cours de français et des stages en restauration.\n\n"
    "Le dispositif coûte 150 000 euros sur trois ans. Il est financé à 60 % par le Fonds asile, "
    "migration et intégration (FAMI). La Ville de Lorient a ajouté 20 000 euros et la Fondation "
    "de France 15 000 euros.\n\n"
    "L'association Escale Bretagne, qui porte le projet, accompagne depuis 2015 les personnes exilées.\n"
)


def test_a_news_storys_one_quoted_name_with_an_organisations_head_word_is_its_project() -> None:
    # (before: "Atelier" made "Atelier Saveurs" an organisation's name, and the quoted words
    # « mise en place » a second quoted name: no project was named)
    ext = facts(NEWS_STORY, "fr")
    atelier = project(ext, "Atelier Saveurs")
    assert AMIF in atelier.funders
    assert org("Escale Bretagne") in atelier.implementers


def test_a_payer_the_clause_adds_with_its_own_sum_pays_too() -> None:
    ext = facts(NEWS_STORY, "fr")
    atelier = project(ext, "Atelier Saveurs")
    assert org("Ville de Lorient") in atelier.funders
    assert org("Fondation de France") in atelier.funders


def test_a_runner_named_with_the_project_joins_the_pages_one_project() -> None:
    # "L'association X, qui porte le projet, ...": before, the pair decisions made a second
    # project of that sentence
    ext = facts(NEWS_STORY, "fr")
    assert [p.label for p in ext.projects] == ["Atelier Saveurs"]


DUTCH_ANSWER = (
    "Antwoord college\n"
    "Op dit moment lopen er twee projecten met Europese financiering:\n\n"
    "a. Samen Verder Oosthaven. Dit project wordt uitgevoerd door Stichting Nieuwe Buren en "
    "medegefinancierd uit het AMIF. Het project loopt van 1 september 2023 tot en met 31 augustus 2026.\n\n"
    "b. Werkroute Oosthaven. Deelnemers volgen taal op de werkvloer. Dit project wordt uitgevoerd door "
    "Werkbedrijf Oosthaven en gefinancierd uit het ESF+ voor 2024 en 2025.\n"
)


def test_items_lettered_with_a_stop_name_their_projects() -> None:
    # (before: "a." was no list mark; the label kept it, "A. Samen Verder Oosthaven", and the second
    # line named no project)
    ext = facts(DUTCH_ANSWER, "nl")
    assert not [p for p in ext.projects if p.label.startswith(("A.", "B."))]
    assert AMIF in project(ext, "Samen Verder Oosthaven").funders
    werk = project(ext, "Werkroute Oosthaven")
    assert ESF in werk.funders


def test_match_funding_a_body_provides_is_its_money() -> None:
    # (a guard: the page's funders' list named the council already; the phrase alone says so now)
    text = (
        "3.1 Open Doors to Work\n"
        "Open Doors to Work is our employability programme. The programme runs from January 2023 to "
        "December 2025 and is co-financed by the Asylum, Migration and Integration Fund (AMIF). "
        "Carlow County Council provides match funding of €48,000.\n\n"
        "3.2 Tea & Talk\n"
        "Tea & Talk ran from March to December 2023 and was funded by the Department of Children, "
        "Equality, Disability, Integration and Youth with a grant of €7,500.\n\n"
        "4. Our funders\n"
        "AMIF | Department of Children, Equality, Disability, Integration and Youth | Carlow County Council\n"
    )
    ext = facts(text, "en", title="Annual Report 2023 | Carlow Welcome Centre")
    assert org("Carlow County Council") in project(ext, "Open Doors to Work").funders
    assert not [p for p in ext.projects if "Tea" in p.label and org("Carlow County Council") in p.funders]


GLOSSED_TABLE = (
    "Geförderte Integrationsprojekte 2024\n\n"
    "Förderprogramme im Überblick\n\n"
    "• KOMM-IN Hessen – Landesprogramm des Landes Hessen zur Förderung der Integration. Die Bewilligung "
    "erfolgt über das Regierungspräsidium.\n"
    "• Integrationsfonds – städtische Mittel aus dem Haushalt der Stadt Bergtal für Projekte von Vereinen.\n\n"
    "Projektübersicht\n\n"
    "Nr.\tTräger\tProjekt\tFörderprogramm\tLaufzeit\tFördersumme\n"
    "1\tCaritasverband Bergtal e.V.\tLotsen im Quartier\tKOMM-IN Hessen\t2024\t31.200,00 €\n"
    "2\tKulturverein Anadolu e.V.\tFrauencafé Mitte\tIntegrationsfonds\t2024\t5.400,00 €\n"
)


def test_a_payers_cell_naming_a_glossed_programme_is_paid_by_the_glossed_body() -> None:
    # (before: "KOMM-IN Hessen" named no payer, so its row had none; "Integrationsfonds" was taken
    # for a body's name)
    ext = facts(GLOSSED_TABLE, "de")
    assert org("Land Hessen") in project(ext, "Lotsen im Quartier").funders
    frauen = project(ext, "Frauencafé Mitte")
    assert org("Stadt Bergtal") in frauen.funders
    assert org("Integrationsfonds") not in frauen.funders


ROW_SAID_AGAIN = (
    "Antwoord\n"
    "Op dit moment lopen er twee projecten met een bijdrage uit Europese fondsen:\n\n"
    "Project | Aanvrager / uitvoering | Fonds | Looptijd | EU-bijdrage\n"
    "Samen Sterk Zuid – maatjes voor statushouders | VluchtelingenWerk Oost | Asiel-, Migratie- en "
    "Integratiefonds (AMIF) | 2023 – 2025 | € 312.000\n"
    "Taal aan het Werk | Gemeente Havenstad | ESF+ | 2024 – 2025 | € 480.000\n\n"
    "Vraag 2\n"
    "Draagt de gemeente zelf ook bij?\n\n"
    "Antwoord\n"
    "Ja. Aan Samen Sterk Zuid draagt de gemeente € 104.000 bij uit het budget Participatie.\n"
)


def test_a_later_sentence_naming_a_rows_project_unquoted_adds_its_payer() -> None:
    # (before: only a quoted name tied a sentence to a row, and a payer after its verb needed its
    # sum before the verb)
    ext = facts(ROW_SAID_AGAIN, "nl")
    samen = project(ext, "Samen Sterk Zuid")
    assert org("Gemeente Havenstad") in samen.funders
    assert org("Gemeente Havenstad") not in project(ext, "Taal aan het Werk").funders


def test_a_state_that_takes_on_the_co_funding_is_no_runner_paying_its_share() -> None:
    # (a guard for the body's own share: "übernimmt der Freistaat" is a government's money)
    text = (
        "Land fördert Beratung in Unterkünften\n\n"
        "Traumasensible Beratung\n"
        "Refugio Talland e. V. baut mobile Beratungsteams auf. Das Projekt (Laufzeit 2024 bis 2026) hat "
        "ein Volumen von 400.000 Euro. 75 Prozent davon trägt der AMIF; die Kofinanzierung in Höhe von "
        "100.000 Euro übernimmt der Freistaat.\n\n"
        "Der Freistaat Thüringen unterstützt damit die Arbeit der Träger.\n"
    )
    ext = facts(text, "de")
    assert org("Freistaat Thüringen") in project(ext, "Traumasensible Beratung").funders


PLACE_HEADLINE = (
    "Accueil > Régions > Namur > Namur\n"
    "Namur : on apprend le français... en jardinant\n"
    "Par Julie Martin\n\n"
    "Le principe de « Graines de mots » est simple : apprendre le français en cultivant un potager. "
    "L'action est prévue pour 2024 et 2025 et dispose de 52.000 euros, couverts à 75 % par le Fonds "
    "Asile, Migration et Intégration (FAMI), partenaire du projet avec la commune.\n\n"
    "Reste l'avenir : le porteur de Graines de mots, l'asbl Terre d'Accueil Wavre, compte bien répondre "
    "au prochain appel.\n"
)


def test_a_news_storys_place_before_its_headline_is_no_project() -> None:
    # (a guard: a headline that opens on its place, "Tubize : on apprend ...", made the place the
    # page's project, and its one quoted name was never read)
    ext = facts(PLACE_HEADLINE, "fr", title="Namur : on apprend le français... en jardinant")
    assert not [p for p in ext.projects if p.label == "Namur"]
    assert AMIF in project(ext, "Graines de mots").funders


def test_the_body_set_after_a_runners_role_of_the_project_runs_it() -> None:
    ext = facts(PLACE_HEADLINE, "fr", title="Namur : on apprend le français... en jardinant")
    assert org("Terre d'Accueil Wavre") in project(ext, "Graines de mots").implementers


def test_a_compound_project_noun_names_the_project_after_it() -> None:
    # "Het partnerschapsproject Werkplek Lier werd goedgekeurd": before, only "project" itself
    # introduced a name, and the pair decisions made the town's body the page's project
    text = (
        "Stad Mortsel\n\n"
        "Europese steun voor nieuwkomers\n\n"
        "Het partnerschapsproject Taalwerf Rupel werd goedgekeurd binnen de ESF+-oproep en start op 1 "
        "januari 2024. Promotor is vzw Kringwerk Rupel. Het project loopt tot eind 2026 en krijgt "
        "€ 180.000 uit het Europees Sociaal Fonds Plus (ESF+).\n"
    )
    ext = facts(text, "nl")
    assert ESF in project(ext, "Taalwerf Rupel").funders
