"""Pages read in held29 (session 39): a prefecture's release whose numbered lines give the runner
first and the project's name last, in quotes; a written answer whose grants go "for its "Name"
programme"; an association's "our projects" page under an intro that points below, titled with
the association's name; a Q&A page on a party's site; a newspaper headline that describes a
project ("Un projet ...") before the lead names it; a council paper where a payer's name runs into
the project's ("the Home Office for the X project")."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names, names_of, project

# Numbered lines "N. Runner – « Name »", each over its description and record lines.
RUNNER_FIRST_FR = (
    "Le préfet a signé trois conventions de financement au titre du Fonds asile, migration et "
    "intégration (FAMI) avec des associations du département. Ces projets ont été retenus à l'issue "
    "de l'appel à projets régional.\n\n"
    "1. Association d'aide aux nouveaux arrivants du Val (AANAV) – « Premiers Pas Pro »\n"
    "Ateliers de français à visée professionnelle pour 80 réfugiés.\n"
    "Durée : du 1er janvier 2024 au 31 décembre 2025\n"
    "Coût total : 200 000 € – participation du FAMI : 150 000 € (75 %)\n\n"
    "2. Abrisol – « Toit Solide »\n"
    "Accompagnement vers le logement de 40 ménages.\n"
    "Durée : du 1er avril 2024 au 31 décembre 2025\n"
    "Coût total : 120 000 € – participation du FAMI : 90 000 €\n"
)


def test_a_numbered_line_that_names_its_runner_before_the_quoted_name() -> None:
    ex = extractor(RUNNER_FIRST_FR, "fr", url="https://www.prefecture.example.fr/communique")
    # (before: the label was the whole line, "Abrisol – « Toit Solide", and the association was
    # forgotten as an organisation because the label held its name)
    first = project(ex, "Premiers Pas Pro")
    assert names_of(ex, first.implementers) == {"Association d'aide aux nouveaux arrivants du Val"}
    second = project(ex, "Toit Solide")
    assert names_of(ex, second.implementers) == {"Abrisol"}
    assert AMIF in second.funders


# The same layout where the line opens with the town and the first sentence names the runner.
TOWN_FIRST_DE = (
    "Das Land fördert vier Integrationsprojekte mit Mitteln aus dem AMIF. Die Projekte im Überblick:\n\n"
    "1) Kassel – „Stark im Beruf“\n"
    "Der Verein Frauenwege Kassel e.V. begleitet geflüchtete Frauen in Arbeit.\n"
    "Laufzeit: 01.01.2025 – 31.12.2027\n\n"
    "2) Marburg – „Lesepaten“\n"
    "Die Bürgerstiftung Marburg bildet Ehrenamtliche zu Lesepaten aus.\n"
    "Laufzeit: 01.03.2025 – 28.02.2027\n"
)


def test_a_town_before_the_quoted_name_is_no_runner_when_the_section_names_one() -> None:
    ex = extractor(TOWN_FIRST_DE, "de", url="https://www.land.example.de/presse/amif")
    named = [p for p in ex.projects if "Stark im Beruf" in p.label]
    assert named, [p.label for p in ex.projects]
    runners = {n for p in named for n in names_of(ex, p.implementers)}
    assert "Kassel" not in runners, runners


# A written answer: each grant "for its "Name" programme".
ANSWER_EN = (
    "Two projects in the county currently receive funding from the Asylum, Migration and "
    "Integration Fund (AMIF):\n"
    '- Harbour Migrant Centre was awarded €210,000 under the 2016 call for its project "Open Doors", '
    "which offers employment supports.\n"
    '- Lakeside Training Board was awarded €140,500 under the 2017 call for its "Words at Work" '
    "programme, which combines English classes with work placements.\n"
)


def test_a_grant_for_its_quoted_programme_names_the_project() -> None:
    ex = extractor(ANSWER_EN, "en", url="https://www.parliament.example.ie/debates/answers")
    # (before: only "for its project "Open Doors"" was read; "for its "Words at Work" programme"
    # had a possessive and no noun between "for" and the quotes)
    p = project(ex, "Words at Work")
    assert AMIF in p.funders
    assert "Lakeside Training Board" in names_of(ex, p.implementers)


# An association's "our projects" page: an intro that points to the projects below, then a
# heading per project; the title ends with the association's name.
OUR_PROJECTS_NL = (
    "Home  Over ons  Onze projecten  Contact\n"
    "Onze projecten\n"
    "Huis van Taal is een Leidse stichting die sinds 2010 nieuwkomers helpt Nederlands te leren. "
    "Daarnaast werken we met projecten met een eigen financiering. Hieronder lees je meer over de "
    "projecten die nu lopen.\n"
    "Taalmaatjes Werk\n"
    "Statushouders oefenen met een getrainde vrijwilliger op de werkvloer.\n"
    "Looptijd: 2023 t/m 2025\n"
    "Dit project wordt medegefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
    "Voorleesbus Zuid\n"
    "Vrijwilligers lezen voor in de wijk en laten ouders zien hoe voorlezen werkt.\n"
    "2024–2025 · Met steun van het Oranje Fonds (€ 20.000)\n"
    "Afgeronde projecten\n"
    "Taalvrienden (2019–2021).\n"
    "Stichting Huis van Taal | Breestraat 1 | Leiden\n"
)
OUR_PROJECTS_TITLE = "Onze projecten - Huis van Taal"


def test_the_titles_site_part_that_the_text_calls_a_foundation_is_no_project() -> None:
    ex = extractor(OUR_PROJECTS_NL, "nl", url="https://www.huisvantaal.example.nl/projecten", title=OUR_PROJECTS_TITLE)
    assert not [p.label for p in ex.projects if p.label == "Huis van Taal"]


def test_headings_under_an_intro_that_points_below_are_the_pages_projects() -> None:
    ex = extractor(OUR_PROJECTS_NL, "nl", url="https://www.huisvantaal.example.nl/projecten", title=OUR_PROJECTS_TITLE)
    # (before: prose under the group's heading ended the list before its first project)
    assert AMIF in project(ex, "Taalmaatjes Werk").funders
    # (its payer line opens with its years: "2024–2025 · Met steun van ...")
    project(ex, "Voorleesbus Zuid")


def test_an_intro_that_does_not_point_below_still_ends_the_list() -> None:
    text = OUR_PROJECTS_NL.replace(
        "Hieronder lees je meer over de projecten die nu lopen.", "Wij geloven in de kracht van taal."
    )
    ex = extractor(text, "nl", url="https://www.huisvantaal.example.nl/projecten", title=OUR_PROJECTS_TITLE)
    assert not [p.label for p in ex.projects if p.label == "Voorleesbus Zuid"]


def test_a_sum_paid_out_of_a_named_programme_names_no_project() -> None:
    text = (
        "Samen Koken\n"
        "Buurtbewoners en nieuwkomers koken samen.\n"
        "Sinds 2023 | mogelijk gemaakt door de Provincie Zeeland (subsidie € 45.000 uit het programma "
        "Meedoen en Verbinden)\n"
    )
    ex = extractor(text, "nl", url="https://www.buurtwerk.example.nl/projecten")
    assert not [p.label for p in ex.projects if "Meedoen" in p.label]


# Questions and answers reposted on a party's site.
PARTY_QA_NL = (
    "Antwoorden op Kamervragen over Europees geld voor inburgering\n"
    "Vragen van het lid Van der Berg (Groen Links Oost) aan de minister over het Asiel-, Migratie- en "
    "Integratiefonds (AMIF).\n"
    "Vraag 1\n"
    "Hoeveel projecten zijn gehonoreerd?\n"
    "Antwoord 1\n"
    "In totaal zijn 41 projecten gehonoreerd. De Dienst Subsidies Nederland (DSN) voert de "
    "subsidieregeling namens het ministerie uit.\n"
)


def test_a_numbered_answer_heading_is_no_project() -> None:
    ex = extractor(PARTY_QA_NL, "nl", url="https://www.groenlinksoost.example.nl/nieuws/kamervragen")
    assert not [p.label for p in ex.projects if p.label.startswith(("Antwoord", "Vraag"))]


def test_a_members_party_in_brackets_runs_nothing() -> None:
    ex = extractor(PARTY_QA_NL, "nl", url="https://www.groenlinksoost.example.nl/nieuws/kamervragen")
    party = [o.iri for o in ex.ctx.orgs if o.name == "Groen Links Oost"]
    assert party, sorted({o.name for o in ex.ctx.orgs})
    assert ex.ctx.is_a_members_party(party[0])
    assert not any(party[0] in p.implementers for p in ex.projects)


def test_an_agency_that_runs_the_scheme_for_the_ministry_is_an_authority() -> None:
    ex = extractor(PARTY_QA_NL, "nl", url="https://www.groenlinksoost.example.nl/nieuws/kamervragen")
    agency = {o.iri for o in ex.ctx.orgs if o.name == "Dienst Subsidies Nederland"}
    assert agency and agency <= ex.ctx.authority_orgs


# A newspaper's headline describes the project; the lead names it.
HEADLINE_FR = (
    "Un projet transfrontalier pour soigner les personnes exilées\n"
    "Hôpitaux et associations s'associent pendant trois ans. Le projet, baptisé « Ponts Santé », a "
    "été lancé mercredi à Strasbourg avec le soutien du programme Interreg et du FEDER.\n"
)


def test_a_headline_opening_with_an_indefinite_article_is_no_projects_name() -> None:
    ex = extractor(HEADLINE_FR, "fr", url="https://www.journal.example.fr/sante/article")
    labels = [p.label for p in ex.projects]
    assert not [label for label in labels if label.lower().startswith("projet transfrontalier")], labels
    project(ex, "Ponts Santé")


def test_a_payers_name_does_not_run_into_the_projects_name() -> None:
    text = (
        "To approve the acceptance of £561,000 of AMIF grant from the Home Office for the Green "
        "Shoots Leeds project, which will run from 1 January 2020 to 31 December 2022.\n"
    )
    found = names(text, "en")
    assert not [n for n in found if "Green Shoots" in n], found


def test_an_article_alone_between_two_names_joins_neither() -> None:
    text = "In the United Kingdom the Home Office is the Responsible Authority for the fund.\n"
    found = names(text, "en")
    assert not [n for n in found if "Kingdom" in n and "Office" in n], found


# A city's newsletter: the project's quoted name holds the town's name.
NEWSLETTER_NL = (
    "Stad Kempenhout\n"
    "Stadsnieuws – mei 2024\n"
    "Wie zich vanuit een land buiten de Europese Unie in Kempenhout vestigt, krijgt vanaf juni een "
    "onthaaltraject. In het project 'Welkom in Kempenhout' krijgt elke nieuwkomer een onthaalgesprek "
    "aan het Sociaal Huis. Het project loopt van 1 juni 2024 tot 31 mei 2026 en heeft een budget van "
    "210.000 euro. Daarvan komt 157.500 euro uit het Europese Asiel-, Migratie- en Integratiefonds (AMIF).\n"
)


def test_a_quoted_project_name_that_holds_the_towns_name_is_a_project() -> None:
    ex = extractor(NEWSLETTER_NL, "nl", url="https://www.kempenhout.example.be/nieuws/stadsnieuws")
    # (before: the town inside the quotes made the name an organisation's)
    assert AMIF in project(ex, "Welkom in Kempenhout").funders


def test_the_union_said_to_be_in_a_town_is_no_organisation() -> None:
    ex = extractor(NEWSLETTER_NL, "nl", url="https://www.kempenhout.example.be/nieuws/stadsnieuws")
    found = {o.name for o in ex.ctx.orgs}
    assert not [n for n in found if n.startswith("Europese Unie")], found


# A newspaper's report that names the project in its last sentence.
REPORT_FR = (
    "Depuis la rentrée, une quinzaine de réfugiés suivent des cours de français pensés autour de "
    "l'embauche. Le dispositif, porté par l'association Accueil Sud, mise sur les stages en entreprise.\n"
    "Elle est financée à hauteur de 60 000 euros par le Fonds asile, migration et intégration (FAMI).\n"
    "L'action doit se poursuivre jusqu'en décembre 2025. Son nom, choisi par les participants eux-mêmes : "
    "« Mots au Travail ».\n"
)


def test_a_sentence_that_opens_with_its_name_and_ends_with_it_quoted_names_the_project() -> None:
    ex = extractor(REPORT_FR, "fr", url="https://www.journal-sud.example.fr/article")
    project(ex, "Mots au Travail")


def test_a_newspapers_place_before_the_headline_is_no_project() -> None:
    text = (
        "Kleinstadt\n"
        "Ein Wegweiser durch die Behörden\n"
        "Seit Sommer 2023 begleitet ein Team in Kleinstadt Geflüchtete durch Anträge. Geholfen hat "
        'dabei das Projekt "Wegweiser Süd", das aus dem Asyl-, Migrations- und Integrationsfonds '
        "gefördert wird.\n"
        "Getragen wird das Projekt vom Caritasverband Kleinstadt e.V. In Kleinstadt warten viele auf "
        "einen Termin.\n"
    )
    title = "Kleinstadt: Ein Wegweiser durch die Behörden – Caritas-Projekt läuft bis 2026"
    ex = extractor(text, "de", url="https://www.kleinstadt-zeitung.example.de/regional/artikel", title=title)
    labels = [p.label for p in ex.projects]
    # (before: the title's head over its subtitle read as a project's own page)
    assert "Kleinstadt" not in labels, labels
    # ("Getragen wird das Projekt vom X": the verb first, then the project by its noun)
    assert "Caritasverband Kleinstadt e.V." in names_of(ex, project(ex, "Wegweiser Süd").implementers)


# A Land's release: numbered lines '„Name“ – Runner', then a money line keyed by the fund.
LAND_DE = (
    "Das Land und die EU fördern zwei neue Integrationsprojekte mit Mitteln aus dem Asyl-, "
    "Migrations- und Integrationsfonds (AMIF). Die geförderten Projekte im Überblick:\n"
    "1. „Lotsinnen im Tal“ – Diakonie de La Vallée\n"
    "Geschulte Lotsinnen begleiten zugewanderte Familien. Laufzeit: 01.04.2024 – 31.03.2026.\n"
    "AMIF: 210.000 Euro | Land Bergland: 70.000 Euro | Gesamt: 280.000 Euro\n"
    "2. „WohnStart“ – Volkshilfe Bergland\n"
    "Beratung bei der Wohnungssuche. Laufzeit: 01.05.2024 – 30.04.2026.\n"
    "AMIF: 150.000 Euro | Land Bergland: 50.000 Euro | Gesamt: 200.000 Euro\n"
)


def test_a_runner_after_the_dash_that_the_shapes_did_not_read_is_the_runner() -> None:
    ex = extractor(LAND_DE, "de", url="https://www.bergland.example.at/presse/integration")
    # (before: "Diakonie de La Vallée" was no organisation, and the line gave no runner)
    assert names_of(ex, project(ex, "Lotsinnen im Tal").implementers) == {"Diakonie de La Vallée"}


def test_a_money_line_keyed_by_the_funds_name_gives_the_funds_share_and_the_total() -> None:
    ex = extractor(LAND_DE, "de", url="https://www.bergland.example.at/presse/integration")
    p = project(ex, "WohnStart")
    # (before: the fund's share was read as the project's whole amount, and "Gesamt" as nothing)
    shares = {k: v[0] for k, v in p.amounts.items()}
    assert shares.get(None) == 200000, shares
    assert shares.get(AMIF) == 150000, shares


def test_a_known_short_name_that_opens_a_longer_name_on_the_page_is_that_body() -> None:
    text = (
        "Croix-Rouge luxembourgeoise\n"
        "Accompagnement vers le logement des bénéficiaires de protection internationale hébergés dans "
        "les structures gérées par la Croix-Rouge. Le projet est cofinancé par le Fonds Asile, Migration "
        "et Intégration (FAMI).\n"
    )
    ex = extractor(text, "fr", url="https://www.croix-rouge.example.lu/projets/logement")
    iris = {o.iri for o in ex.ctx.orgs if o.name.startswith("Croix-Rouge")}
    # (before: the bare "Croix-Rouge" was the reference data's Belgian Red Cross)
    assert len(iris) == 1, sorted((o.name, o.iri) for o in ex.ctx.orgs)


# A release on two grants, each read whole by the rules, and a closing word from the city.
TWO_GRANTS_EN = (
    "Integration grants for the harbour and the lake\n"
    "The Department has approved funding under the Asylum, Migration and Integration Fund (AMIF):\n"
    '- Harbour Migrant Centre was awarded €210,000 for its project "Open Doors".\n'
    '- Lakeside Training Board was awarded €140,500 for its "Words at Work" programme.\n'
    "Lakeside Welcome Week\n"
    "Lakeside City Council welcomed the decision and will host the launch.\n"
)


def _candidate(ex, org_name: str):
    from migkg.loaders.extract.candidates import PairCandidate

    mention = next(o for o in ex.ctx.orgs if o.name == org_name)
    return PairCandidate(funder=AMIF, org=mention.iri), [ex.ctx.unit_index(mention.start)]


def test_a_pair_outside_two_whole_projects_makes_no_new_project() -> None:
    ex = extractor(TWO_GRANTS_EN, "en", url="https://www.news.example.ie/integration-grants")
    complete = [p for p in ex.projects if p.rule != "decide_pairs" and p.funders and p.implementers]
    assert len(complete) == 2, [(p.label, p.rule) for p in ex.projects]
    candidate, units = _candidate(ex, "Lakeside City Council")
    assert ex._new_project(candidate, units) is None


def test_a_pair_beside_one_whole_project_may_make_a_new_project() -> None:
    text = (
        "Integration grant for the harbour\n"
        "The Department has approved funding under the Asylum, Migration and Integration Fund (AMIF):\n"
        '- Harbour Migrant Centre was awarded €210,000 for its project "Open Doors".\n'
        "Lakeside Welcome Week\n"
        "Lakeside City Council welcomed the decision and will host the launch.\n"
    )
    ex = extractor(text, "en", url="https://www.news.example.ie/integration-grants")
    complete = [p for p in ex.projects if p.rule != "decide_pairs" and p.funders and p.implementers]
    assert len(complete) == 1, [(p.label, p.rule) for p in ex.projects]
    candidate, units = _candidate(ex, "Lakeside City Council")
    assert ex._new_project(candidate, units) is not None


def test_a_budget_lines_envelope_on_the_page_is_no_payers_share() -> None:
    text = (
        "Pilot Samen Verder: sneller meedoen in Dalstad\n"
        "Met de pilot Samen Verder proberen wij uit hoe we statushouders in de eerste twee jaar beter "
        "kunnen begeleiden. De gemeente Dalstad voert de regie.\n"
        "Financiering\n"
        "Samen Verder wordt mede gefinancierd door de Europese Unie uit het Asiel-, Migratie- en "
        "Integratiefonds (AMIF). De totale begroting is € 400.000.\n"
        "Let op: Rijksbegroting\n"
        "In de Rijksbegroting 2024 heeft het kabinet een envelop van € 50 miljoen gereserveerd voor "
        "het versnellen van de participatie van statushouders.\n"
    )
    ex = extractor(text, "nl", url="https://www.dalstad.example.nl/samen-verder")
    sums = {v[0] for p in ex.projects for v in p.amounts.values()}
    # (before: the state's budget line was read as the project's national share)
    assert 50_000_000 not in sums, sums


def test_a_breakdown_rows_body_is_a_payer_not_the_pair_decisions_runner() -> None:
    text = (
        "Brücke Talheim – Verein für Begegnung\n\n"
        "ANKOMMEN\n"
        "Mentoring für geflüchtete Frauen im Talheim\n\n"
        "Projektträger: Brücke Talheim, Zwettl\n"
        "Laufzeit: 01.01.2024 – 31.12.2026\n\n"
        "Das Projekt wird in Trägerschaft von Brücke Talheim umgesetzt und ist wie folgt finanziert:\n\n"
        "Asyl-, Migrations- und Integrationsfonds der EU (AMIF)\t€ 300.000,–\t75 %\n"
        "Bundeskanzleramt – Sektion Integration (Bundesmittel)\t€ 60.000,–\t15 %\n"
        "Land Niederösterreich, Abteilung Soziales\t€ 40.000,–\t10 %\n"
    )
    ex = extractor(text, "de", url="https://www.bruecke-talheim.example/projekte/ankommen")
    runners = {n for p in ex.projects for n in names_of(ex, p.implementers)}
    payers = {n for p in ex.projects for n in names_of(ex, p.funders)}
    # (before: the pair decisions' best pair made a row's payer the project's runner)
    assert "Land Niederösterreich" not in runners and "Bundeskanzleramt" not in runners, runners
    assert "Brücke Talheim" in runners, runners
    assert "Land Niederösterreich" in payers, payers
