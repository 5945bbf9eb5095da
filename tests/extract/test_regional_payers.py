"""A region's, a Land's, a province's or a town's own money: that government funds (the annotation
convention), not the state; and sums given by a payer belong to the project they are said of
(texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, names, names_of, org, project

from migkg.loaders.extract.cues import cues_for
from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.projects import generic_heading

FLEMISH_GOVERNMENT = "https://w3id.org/migkg/id/org/flemish-government"


def test_a_region_named_beside_the_fund_that_pays_is_its_government() -> None:
    text = (
        "À Durbuy, le CPAS lance « Cap Avenir », un parcours de français et d'emploi. Financé par le fonds "
        "européen FAMI et par la Wallonie, le parcours – 212.000 euros sur deux ans, dont 159.000 euros "
        "d'argent européen – a été lancé en janvier 2024."
    )
    ex = extractor(text, "fr")
    funded = [p for p in ex.projects if AMIF in p.funders]
    assert funded, [p.label for p in ex.projects]
    assert all("Wallonie" in names_of(ex, p.funders) for p in funded), [names_of(ex, p.funders) for p in funded]


def test_a_place_where_the_fund_pays_is_no_payer() -> None:
    text = (
        "Le projet Cap Avenir est mené par l'asbl Pont Levant. Il est financé par le FAMI en Wallonie et "
        "à Bruxelles depuis 2024."
    )
    ex = extractor(text, "fr")
    cap = project(ex, "Cap Avenir")
    assert set(cap.funders) == {AMIF}, names_of(ex, cap.funders)


def test_a_sum_borne_by_a_fund_and_a_regional_government_is_paid_by_both_and_not_by_the_state() -> None:
    text = (
        "Het project Samen Sterk van vzw De Brug loopt van 2023 tot 2025. Het budget van 286.000 euro "
        "wordt gedragen door het Europees Sociaal Fonds Plus (ESF+) en de Vlaamse overheid."
    )
    ex = extractor(text, "nl")
    p = project(ex, "Samen Sterk")
    assert {ESF, FLEMISH_GOVERNMENT} <= set(p.funders), p.funders
    # a region's own money is the region's, not the state's (the annotation convention)
    assert NATIONAL not in p.funders


def test_the_rest_a_land_gives_in_the_sentence_after_the_projects_dates() -> None:
    text = (
        "Getragen wird das Projekt Lotsen vom Verein Miteinander Oberau. Es läuft von 2024 bis 2026. "
        "Drei Viertel der Kosten trägt der AMIF der EU, den Rest gibt das Land Hessen."
    )
    ex = extractor(text, "de")
    lotsen = project(ex, "Lotsen")
    assert {AMIF, org("Land Hessen")} <= set(lotsen.funders), names_of(ex, lotsen.funders)


def test_a_region_taking_on_the_balance_pays_it() -> None:
    text = (
        "Le potager-école de l'asbl Terre Commune, lancé en 2023, est financé à hauteur de 75 % par le "
        "FAMI, soit 138.000 euros sur un budget total de 184.000 euros, la Wallonie prenant en charge le solde."
    )
    ex = extractor(text, "fr")
    p = project(ex, "potager")
    assert "Wallonie" in names_of(ex, p.funders), names_of(ex, p.funders)


PROJECT_IN_FIGURES = (
    "Thuis in Lendelo\n"
    "Het project Thuis in Lendelo van vzw Brugwerk wordt medegefinancierd door het AMIF.\n"
    "In cijfers\n"
    "Looptijd: 1 september 2023 – 31 augustus 2026\n"
    "Totaal budget: € 312.480\n"
    "Europese bijdrage: € 234.360\n"
    "Bijdrage Stad Lendelo: € 40.000\n"
)


def test_a_record_line_opening_with_a_contribution_names_its_payer() -> None:
    ex = extractor(PROJECT_IN_FIGURES, "nl")
    p = project(ex, "Thuis")
    assert {AMIF, org("Stad Lendelo")} <= set(p.funders), names_of(ex, p.funders)
    assert org("Stad Lendelo") not in p.implementers


def test_there_is_a_call_in_the_county_gives_no_money() -> None:
    # "im Landkreis gibt es": "there is", no Landkreis giving the call's volume
    text = (
        "Das Projekt Brückenbau des Vereins Weitblick e.V. wird aus dem AMIF gefördert und läuft bis 2026.\n"
        "Für Vereine im Landkreis Oberau gibt es jährlich einen Förderaufruf „Integration vor Ort“ "
        "(Gesamtvolumen 2025: 60.000 Euro)."
    )
    ex = extractor(text, "de")
    p = project(ex, "Brückenbau")
    assert org("Landkreis Oberau") not in p.funders, names_of(ex, p.funders)


NUMBERED_PRESS_RELEASE = (
    "Accueil > Actualités > Communiqués de presse\n"
    "\n"
    "Intégration : l'État soutient trois projets dans le Valmont\n"
    "\n"
    "Valbourg, le 6 juin 2024\n"
    "\n"
    "Le préfet du Valmont a signé ce jeudi trois conventions de financement pour l'accompagnement des "
    "étrangers primo-arrivants.\n"
    "\n"
    "Apprendre le français et trouver un emploi : les besoins des personnes nouvellement arrivées sont "
    "multiples.\n"
    "\n"
    "1. « Parlons » - ateliers de français pour femmes\n"
    "Porté par l'association Trait d'Union Valbourg, ce projet propose des ateliers de français. La "
    "préfecture lui attribue une subvention de 42 000 € pour l'année 2024, sur les crédits de l'État.\n"
    "\n"
    "2. « Tremplin » - accompagnement vers l'emploi\n"
    "L'association Emploi Solidaire 99 accompagnera 120 réfugiés de 2024 à 2026. Le projet est cofinancé "
    "par le FAMI.\n"
    "\n"
    "3. Médiation interculturelle à Serrac\n"
    "Le centre communal d'action sociale (CCAS) de Serrac recrute un médiateur. L'État apporte 25 000 € ; "
    "la Communauté de communes du Haut-Serrac complète à hauteur de 10 000 €.\n"
)


def test_numbered_sections_on_a_page_whose_title_speaks_of_projects_are_projects() -> None:
    ex = extractor(NUMBERED_PRESS_RELEASE, "fr", title="Intégration : l'État soutient trois projets dans le Valmont")
    labels = [p.label for p in ex.projects]
    assert any("Parlons" in x for x in labels), labels
    assert any("Tremplin" in x for x in labels), labels
    assert any("Médiation" in x for x in labels), labels


def test_a_sum_given_in_one_section_pays_that_sections_project_only() -> None:
    ex = extractor(NUMBERED_PRESS_RELEASE, "fr", title="Intégration : l'État soutient trois projets dans le Valmont")
    payer = org("Communauté de communes du Haut-Serrac")
    mediation = project(ex, "Médiation")
    assert payer in mediation.funders, names_of(ex, mediation.funders)
    assert all(payer not in p.funders for p in ex.projects if p is not mediation)


def test_a_press_releases_dateline_names_no_project() -> None:
    cues = cues_for("fr")
    assert generic_heading("Valbourg, le 6 juin 2024", cues)
    assert generic_heading("Mainz, 12.03.2024", cues_for("de"))
    assert not generic_heading("Projet Alpha, 2022-2024", cues)


def test_a_state_grant_record_line_is_national_money() -> None:
    text = (
        "Les projets retenus\n"
        "1) Permis solidaire\n"
        "Porteur : association Route Libre\n"
        "L'association finance des heures de conduite pour des réfugiés.\n"
        "Subvention de l'État : 58 000 €\n"
        "2) Français au jardin\n"
        "Porteur : association Jardins Partagés\n"
        "Des ateliers de français dans un potager, de 2024 à 2025.\n"
        "Subvention de l'État : 38 500 €\n"
    )
    ex = extractor(text, "fr", title="Trois projets soutenus par l'État")
    p = project(ex, "Permis solidaire")
    assert NATIONAL in p.funders, p.funders


def test_landesmittel_of_a_named_ministry_are_that_ministrys_money_not_the_states() -> None:
    text = (
        "Projekt Anker\n"
        "Das Projekt Anker der AWO Kreisverband Oberau e.V. begleitet geflüchtete Frauen.\n"
        "Laufzeit: 01.01.2024 – 31.12.2026\n"
        "Förderung: 75 % aus dem Asyl-, Migrations- und Integrationsfonds (AMIF), 25 % aus Landesmitteln "
        "des Niedersächsischen Ministeriums für Soziales, Arbeit, Gesundheit und Gleichstellung\n"
    )
    ex = extractor(text, "de")
    p = project(ex, "Anker")
    found = names_of(ex, p.funders)
    assert AMIF in p.funders
    assert any("Ministeriums für Soziales" in n for n in found), found
    assert NATIONAL not in p.funders


def test_landesmittel_on_a_page_naming_one_land_are_that_lands() -> None:
    text = (
        "Das Land Thüringen und die EU fördern das Projekt Brücke des Vereins Treffpunkt Weimar e.V. "
        "Gefördert wird es von 2024 bis 2025 aus dem AMIF und aus Landesmitteln."
    )
    ex = extractor(text, "de")
    p = project(ex, "Brücke")
    assert {AMIF, org("Land Thüringen")} <= set(p.funders), names_of(ex, p.funders)
    assert NATIONAL not in p.funders


def test_a_site_owner_whose_title_name_carries_its_legal_form() -> None:
    # "| Brugwerk vzw" on brugwerk.be: the legal form is no part of the host's name
    text = (
        "Thuis in Lendelo\n"
        "Met Thuis in Lendelo helpen we erkende vluchtelingen aan een betaalbare woning.\n"
        "Dit project wordt uitgevoerd met de steun van het Asiel-, Migratie- en Integratiefonds.\n"
        "Brugwerk vzw · Stationsstraat 1 · 8500 Lendelo\n"
    )
    ex = extractor(
        text, "nl", url="https://www.brugwerk.be/projecten/thuis", title="Thuis in Lendelo – wonen | Brugwerk vzw"
    )
    owner = ex.ctx.site_owner
    assert owner is not None and owner == next(m.iri for m in ex.ctx.orgs if m.name == "Brugwerk vzw")


def test_a_payers_own_breakdown_line_gives_its_share() -> None:
    ex = extractor(PROJECT_IN_FIGURES, "nl")
    p = project(ex, "Thuis")
    assert p.amounts[org("Stad Lendelo")][0] == 40000


def test_a_quoted_name_set_beside_a_definite_project_noun_is_a_project() -> None:
    text = (
        "Ogni estate arrivano nel Saluzzese migliaia di lavoratori stagionali.\n"
        "Lo prevede «Campi Aperti», il progetto presentato ieri nella sala consiliare. Il progetto è "
        "finanziato con 786.500 euro dal Fondo Asilo Migrazione e Integrazione (FAMI) 2021-2027.\n"
        "Capofila è il Consorzio Valle Solidale, l'ente che gestisce i servizi socio-assistenziali.\n"
    )
    ex = extractor(text, "it")
    p = project(ex, "Campi Aperti")
    assert AMIF in p.funders


def test_federal_and_land_money_written_as_one_compound_is_the_states_too() -> None:
    # "aus Bundes- und Landesmitteln": "Bundesmitteln" with its ending shared
    text = (
        "Das Bund-Länder-Programm Starthilfe Plus wird von der Internationalen Organisation für Migration "
        "durchgeführt. Das Programm wird aus Bundes- und Landesmitteln finanziert.\n"
    )
    ex = extractor(text, "de")
    assert any(f == NATIONAL for f, _s, _e in ex.ctx.funders_in(0, len(ex.ctx.text)))


def test_a_record_lines_key_names_its_funder() -> None:
    # "davon nationale Mittel: 460.500,00 Euro": the key's words are the line's own words too
    text = (
        "Projekt Lotse – Erstberatung in Aufnahmezentren\n"
        "Das Projekt Lotse berät Asylsuchende in den Aufnahmezentren des Bundes.\n"
        "Eckdaten\n"
        "Projektträger: Verein Wegweiser\n"
        "Laufzeit: 01.03.2023 – 28.02.2026\n"
        "Gesamtkosten: 1.842.000,00 Euro\n"
        "davon EU-Mittel (AMIF): 1.381.500,00 Euro (75 %)\n"
        "davon nationale Mittel: 460.500,00 Euro (25 %)\n"
    )
    ex = extractor(text, "de", title="Projekt Lotse – Erstberatung in Aufnahmezentren")
    funded = [p for p in ex.projects if p.funders]
    assert funded
    assert all({AMIF, NATIONAL} <= set(p.funders) for p in funded), [p.funders for p in funded]


def test_a_project_leads_person_is_no_organisation() -> None:
    text = (
        "Projekt Lotse – Erstberatung\n"
        "\n"
        "Das Projekt Lotse setzt früher an.\n"
        "\n"
        "Eckdaten\n"
        "Projektträger: Verein Wegweiser\n"
        "Laufzeit: 01.03.2023 – 28.02.2026\n"
        "davon EU-Mittel (AMIF): 1.381.500,00 Euro (75 %)\n"
        "Projektleitung: Mag.a Eva Berger, MSc\n"
    )
    ex = extractor(text, "de")
    assert any(p.implementers for p in ex.projects)
    assert not any("Berger" in o.name or o.name == "MSc" for o in ex.ctx.orgs), [o.name for o in ex.ctx.orgs]


PRESS_RELEASE_WITH_SUBHEADS = (
    "Europese steun voor twee Lendelse projecten\n"
    "\n"
    "Lendelo haalt Europese middelen binnen voor twee projecten. Het gaat om het stedelijke project "
    "Werkmaatjes en om Taal op de Vloer van vzw Taalhuis.\n"
    "\n"
    "Werkmaatjes: een collega als gids\n"
    "\n"
    "Met Werkmaatjes koppelt de stad nieuwkomers aan een ervaren werknemer.\n"
    "\n"
    "Het project loopt van 1 januari 2025 tot 31 december 2027 en kost 416.800 euro. Het Asiel-, Migratie- "
    "en Integratiefonds (AMIF) betaalt 312.600 euro.\n"
    "\n"
    "Ter info: Vlaanderen beschikt voor de periode 2021-2027 over ruim 1 miljard euro aan ESF+-middelen.\n"
)


def test_a_lone_line_with_a_colon_is_no_line_of_the_pages_record() -> None:
    ex = extractor(PRESS_RELEASE_WITH_SUBHEADS, "nl")
    p = project(ex, "Werkmaatjes")
    assert ESF not in p.funders, p.funders
    assert (p.start_year, p.end_year) == (2025, 2027)


def test_the_section_under_a_heading_that_names_the_project_is_about_it() -> None:
    text = (
        "Twee nieuwe projecten voor nieuwkomers\n"
        "\n"
        "Lendelo start twee projecten. Het gaat om het project Werkmaatjes van vzw Kompasroos en om een "
        "taalcafé in de bibliotheek.\n"
        "\n"
        "Werkmaatjes in de praktijk\n"
        "\n"
        "Nieuwkomers krijgen een ervaren werknemer als gids.\n"
        "\n"
        "Het Asiel-, Migratie- en Integratiefonds (AMIF) betaalt 312.600 euro, van 2025 tot 2027.\n"
    )
    ex = extractor(text, "nl")
    p = project(ex, "Werkmaatjes")
    assert AMIF in p.funders and p.funders[AMIF].confidence >= 0.75, p.funders
    assert (p.start_year, p.end_year) == (2025, 2027)


def test_a_projects_own_name_read_as_an_organisation_runs_nothing() -> None:
    # "Rete" heads organisations' names in Italian ("Rete Antiviolenza"), and project names too
    text = (
        "È partito il progetto «Rete Ponti – percorsi di autonomia abitativa nel Fermano», finanziato dal "
        "Fondo Asilo, Migrazione e Integrazione (FAMI). La nostra cooperativa è uno dei partner del "
        "progetto, che ha come capofila l'Ambito Territoriale Sociale XX di Fermo.\n"
        "Rete Ponti nasce da un problema che conosciamo bene: senza casa è difficile tenersi un lavoro.\n"
    )
    ex = extractor(text, "it", title="Al via Rete Ponti – Cooperativa Sociale Il Faro")
    runners = {m.name for p in ex.projects for o in p.implementers for m in ex.ctx.orgs if m.iri == o}
    assert "Rete Ponti" not in runners, runners


def test_an_ambito_territoriale_is_an_organisation() -> None:
    names_found = names("Il capofila è l'Ambito Territoriale Sociale XX di Fermo, con tre comuni.", "it")
    assert any(n.startswith("Ambito Territoriale Sociale") for n in names_found), names_found


def test_a_heading_of_an_article_and_a_partner_word_names_no_project() -> None:
    assert generic_heading("I partner", cues_for("it"))
    assert generic_heading("Die Partner", cues_for("de"))


def test_a_relative_clause_after_a_head_is_no_part_of_a_name() -> None:
    found = names(
        "Il FAMI è lo strumento finanziario dell'Unione europea che sostiene gli Stati membri nella gestione "
        "dei flussi migratori.",
        "it",
    )
    assert not any("sostiene" in n for n in found), found


def test_a_programme_noun_alone_is_no_organisation() -> None:
    text = (
        "Il progetto Ponte Lavoro della Cooperativa Sociale Il Faro è finanziato dal Programma regionale "
        "FSE+ 2021-2027 e dura dal 2024 al 2026."
    )
    ex = extractor(text, "it")
    assert not any(o.name.lower() == "programma" for o in ex.ctx.orgs), [o.name for o in ex.ctx.orgs]


def test_a_label_opening_with_a_plural_project_noun_names_a_group() -> None:
    from migkg.loaders.extract.projects import not_a_project

    assert not_a_project("Progetti FAMI 2021-2027 in provincia di Valmonte", cues_for("it"))
    assert not_a_project("Projecten en subsidies", cues_for("nl"))
    assert not not_a_project("Progetto Ponte Lavoro", cues_for("it"))
    # regression: a plural noun with what the projects are about describes a project (the seed's)
    assert not not_a_project("Projets consacrés aux alternatives à la détention", cues_for("fr"))


ANNOUNCED_PROJECTS = (
    "Drei neue Projekte für Geflüchtete starten mit EU- und Landesmitteln\n"
    "\n"
    "Rund 1,35 Millionen Euro fließen in den kommenden Jahren in drei Projekte im Land.\n"
    "\n"
    "Ankommen in Waldstadt – Erstorientierung\n"
    "Der Caritasverband Waldstadt e.V. bietet Erstorientierungskurse an.\n"
    "AMIF: 456.300 Euro | Land: 60.000 Euro\n"
    "\n"
    "FiA – Frauen in Arbeit\n"
    "Das Diakonische Werk Oberau begleitet zugewanderte Frauen in Arbeit.\n"
    "AMIF: 612.000 Euro | Land: 85.000 Euro\n"
    "\n"
    "Perspektive Heimkehr – Beratung im Norden\n"
    "Der DRK-Kreisverband Nordheim e.V. baut eine Rückkehrberatung auf.\n"
    "AMIF: 210.000 Euro\n"
    "\n"
    "Hintergrund\n"
    "Über die Förderung aus dem AMIF entscheidet das Bundesamt für Migration und Flüchtlinge.\n"
    "\n"
    "Pressekontakt\n"
    "Telefon 06131 16-0000\n"
)


def test_as_many_headings_as_the_page_announces_projects_name_them() -> None:
    ex = extractor(ANNOUNCED_PROJECTS, "de", title="Drei neue Projekte für Geflüchtete")
    labels = sorted(p.label for p in ex.projects)
    assert labels == [
        "Ankommen in Waldstadt – Erstorientierung",
        "FiA – Frauen in Arbeit",
        "Perspektive Heimkehr – Beratung im Norden",
    ], labels


def test_projects_a_list_names_already_leave_the_pages_later_headings_alone() -> None:
    text = (
        "Land fördert zwei Projekte für geflüchtete Frauen\n"
        "\n"
        "Die geförderten Projekte im Überblick:\n"
        "• „Frauen stärken“ (Caritasverband Oberau e. V.): Coaching und Praktika, gefördert aus dem AMIF.\n"
        "• „Sicher ankommen“ (Diakonie Nordheim e. V.): Gewaltschutzberatung, gefördert aus dem AMIF.\n"
        "\n"
        "Hintergrund\n"
        "Die Förderung erfolgt über die Landesinitiative, die seit 2019 besteht.\n"
        "\n"
        "Pressestelle\n"
        "Telefon 0211 837-0000\n"
    )
    ex = extractor(text, "de", title="Land fördert zwei Projekte für geflüchtete Frauen")
    labels = [p.label for p in ex.projects]
    assert not any(x in ("Hintergrund", "Pressestelle") or x.startswith("Telefon") for x in labels), labels


def test_an_abbreviations_dot_does_not_end_the_clause_a_funding_cue_describes() -> None:
    # "e.V. bietet ...": the clause is the whole sentence, whose subject is an organisation
    ex = extractor("Der Caritasverband Waldstadt e.V. bietet Erstorientierungskurse an, gefördert aus dem AMIF.", "de")
    assert not any(p.label.lower().startswith("bietet") for p in ex.projects), [p.label for p in ex.projects]


def test_a_daily_or_a_local_weekly_is_a_news_site_that_runs_nothing() -> None:
    for url in ("https://www.lequotidien.lu/luxembourg/esch/", "https://www.valleypeople.ie/news/welcome-hub/"):
        ex = extractor("Le projet Cap Avenir est financé par le FAMI.", "fr", url=url)
        assert ex.ctx.is_media_site, url


def test_lower_case_city_back_reference() -> None:
    # "De stad Lokeren" opens the page; "van de stad" later is that city, though its head was written
    # in lower case
    text = (
        "De stad Lokeren start twee projecten voor nieuwkomers.\n\nSamen Thuis\n"
        "Het project wordt uitgevoerd door vzw Open Huis en koppelt nieuwkomers aan een buddy, van 2024 tot 2026.\n"
        "Budget: 150.000 euro, waarvan 100.000 euro uit het AMIF en 50.000 euro van de stad."
    )
    ex = extractor(text, "nl")
    p = project(ex, "Samen Thuis")
    assert {AMIF, org("Stad Lokeren")} <= set(p.funders), names_of(ex, p.funders)


def test_passive_agent_back_reference() -> None:
    # "door de stad gefinancierd": after "door" the city is the agent of the funding, not a place
    text = (
        "De stad Lokeren start twee projecten voor nieuwkomers.\n\nTaalcafé\n"
        "In vijf bibliotheken organiseert vzw Open Huis een taalcafé voor anderstaligen. Het project loopt "
        "in 2025 en wordt volledig door de stad gefinancierd (40.000 euro)."
    )
    ex = extractor(text, "nl")
    p = project(ex, "Taalcafé")
    assert set(p.funders) == {org("Stad Lokeren")}, names_of(ex, p.funders)


def test_city_money_compound() -> None:
    # "stadsmiddelen": the page's one city pays, as "Landesmittel" names the Land
    text = (
        "In Lokeren begeleidt vzw Open Huis nieuwkomers naar werk met het project Samen Thuis (2024-2026). "
        "Stad Lokeren is partner. Het project wordt betaald met middelen uit het AMIF en met stadsmiddelen."
    )
    ex = extractor(text, "nl")
    p = project(ex, "Samen Thuis")
    assert {AMIF, org("Stad Lokeren")} <= set(p.funders), names_of(ex, p.funders)
    assert NATIONAL not in p.funders


def test_landesmittel_on_a_page_that_names_one_state_are_that_lands() -> None:
    # no "Land Thüringen" written: the one state the page names pays its "Landesmittel", not the Bund
    text = (
        "Kleine Anfrage: AMIF-Projekte in Thüringen\n\nDas Projekt Brücken bauen der Hafenbrücke Erfurt e. V. "
        "wird von 2023 bis 2025 aus dem AMIF gefördert; die Kofinanzierung kommt aus Landesmitteln."
    )
    ex = extractor(text, "de")
    p = project(ex, "Brücken")
    assert {AMIF, org("Freistaat Thüringen")} <= set(p.funders), names_of(ex, p.funders)
    assert NATIONAL not in p.funders


LAND_RELEASE = (
    "Land fördert zwei Integrationsprojekte\n\n"
    "Die Landesregierung hat Förderungen für zwei Integrationsprojekte beschlossen.\n\n"
    "Sprachwerkstatt am Arbeitsplatz\n\n"
    "Der Verein Lernbrücke Dornbirn bietet Sprachcoaching direkt im Betrieb an. Laufzeit: 2024 bis 2026. "
    "Gesamtkosten: 300.000 Euro, davon 150.000 Euro aus dem AMIF und 60.000 Euro vom Land Tirol.\n\n"
    "Nachbarschaftscafé\n\n"
    "Der Verein Begegnung Imst lädt Familien ins Nachbarschaftscafé ein, von 2024 bis 2025. "
    "Das Land fördert das Vorhaben mit 40.000 Euro.\n\n"
    "Rückfragehinweis: Landespressestelle Tirol, presse@tirol.gv.at"
)


def test_two_headings_under_two_compound_projects_are_the_projects() -> None:
    # "zwei Integrationsprojekte": the compound announces two; the two headings after name them
    ext = facts(LAND_RELEASE, "de")
    assert {p.label for p in ext.projects} == {"Sprachwerkstatt am Arbeitsplatz", "Nachbarschaftscafé"}


def test_a_sum_vom_land_is_the_lands() -> None:
    ex = extractor(LAND_RELEASE, "de")
    p = project(ex, "Sprachwerkstatt")
    assert {AMIF, org("Land Tirol")} <= set(p.funders), names_of(ex, p.funders)


def test_das_land_is_the_land_not_its_press_office() -> None:
    # "Land" heads "Land Tirol" as a word of its own; "Landespressestelle Tirol" is another body
    ex = extractor(LAND_RELEASE, "de")
    refs = [o for o in ex.ctx.orgs if ex.ctx.text[o.start : o.end] == "Land"]
    assert refs and {o.iri for o in refs} == {org("Land Tirol")}


def test_a_heading_that_says_how_a_project_is_paid_names_no_project() -> None:
    # "Funded until end of 2025" over the paragraph on the money: a heading, not a project's name
    assert generic_heading("Funded until end of 2025", cues_for("en"))
    assert generic_heading("Gefördert durch den AMIF", cues_for("de"))
    assert not generic_heading("Fundraising for the Open Door", cues_for("en"))


def test_a_number_right_before_a_noun_whose_plural_is_its_singular_announces_projects() -> None:
    # "Zwei Vorhaben": "Vorhaben" is singular and plural; the number says how many
    text = LAND_RELEASE.replace(
        "Die Landesregierung hat Förderungen für zwei Integrationsprojekte beschlossen.",
        "Zwei Vorhaben erhalten Fördermittel des Landes.",
    ).replace("Land fördert zwei Integrationsprojekte", "Land fördert Integration")
    ext = facts(text, "de")
    assert {p.label for p in ext.projects} == {"Sprachwerkstatt am Arbeitsplatz", "Nachbarschaftscafé"}


def test_a_share_of_the_cost_covered_by_the_eu_fund_in_the_next_sentence_is_the_pages_fund() -> None:
    # The sentence goes on about the project (it opens with a share of the cost); "the EU fund" there
    # is the fund the page names, beside the national money.
    text = (
        "Three mentoring projects received money from the Asylum, Migration and Integration Fund this year.\n\n"
        "The Harbour Women Network has launched a mentoring project called Stepping Stones for migrant women. "
        "The project started in January and will run until December 2026. "
        "Seventy-five per cent of the cost is covered by the EU fund, with the remainder coming from national funds."
    )
    ex = extractor(text, "en")
    p = project(ex, "Stepping Stones")
    assert AMIF in p.funders, names_of(ex, p.funders)
