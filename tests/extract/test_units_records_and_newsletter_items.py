"""A body named with its own unit ("City of X, Immigration Services"), a share after a payer's
name ("City of X 20 %"), a parliament's answer whose lettered lines name each beneficiary over its
record, a newsletter's numbered items that name their runner before their project, and the words
around names that say who is another party ("e la Regione X", "OCMW X en CVO Y", "Dank aan ...")."""

from __future__ import annotations

from extract_helpers import AMIF, ORG, extractor, facts, names_of, org, project

from migkg.loaders.extract.cues import cues_for
from migkg.loaders.extract.projects import generic_heading, not_a_project

CITY_PAGE = (
    "Welcome Steps – early help for newcomers\n"
    "Welcome Steps helps adults who have just moved to Norhaven find language classes and work. The project is "
    "coordinated by the City of Norhaven Integration Services with two local partners.\n"
    "Project in brief\n"
    "Project name: Welcome Steps\n"
    "Duration: 1 March 2024 – 28 February 2027\n"
    "Lead organisation: City of Norhaven, Integration Services\n"
    "Budget: EUR 500,000\n"
    "Funding: EU Asylum, Migration and Integration Fund (AMIF) 75 % (EUR 375,000); City of Norhaven 25 % "
    "(EUR 125,000)\n"
    "Finland's AMIF programme is managed by the Ministry of the Interior.\n"
    "Contact\n"
    "Project coordinator Liisa Korpela\n"
    "Integration Services, Satamakatu 4, 00100 Norhaven\n"
)


def test_a_body_named_with_its_unit_is_the_body_and_pays_its_share() -> None:
    ex = extractor(CITY_PAGE, "en", url="https://www.norhaven.example/welcome-steps", title="Welcome Steps")
    city = org("City of Norhaven")
    steps = project(ex, "Welcome Steps")
    # one body: the record's "City of X, Integration Services" and the sentence's "City of X
    # Integration Services" are the city
    assert set(steps.implementers) == {city}, steps.implementers
    # the funding line gives the city's own share: it pays, though it runs the project
    assert city in steps.funders and AMIF in steps.funders, steps.funders
    assert not any(o.name.endswith(" 25") for o in ex.ctx.orgs)


def test_a_contact_block_names_no_project_and_no_runner() -> None:
    ext = facts(CITY_PAGE, "en", url="https://www.norhaven.example/welcome-steps", title="Welcome Steps")
    labels = [p.label for p in ext.projects]
    assert not any("Korpela" in label for label in labels), labels
    assert all(org("Integration Services") not in p.implementers for p in ext.projects)


STARTPUNT = (
    "Startpunt: werk vanaf dag één\n"
    "Met de pilot Startpunt krijgen bewoners van het azc al tijdens de procedure les.\n"
    "Wat houdt de pilot in?\n"
    "Het Centraal Orgaan opvang asielzoekers (COA) is penvoerder van Startpunt. De gemeente Venhorst en "
    "Gilde Leerbedrijf doen als partners mee.\n"
    "Looptijd en financiering\n"
    "Startpunt loopt van 1 september 2024 tot en met 31 augustus 2026. De pilot wordt medegefinancierd door "
    "het Asiel-, Migratie- en Integratiefonds (AMIF). Het fonds wordt in Nederland beheerd door het "
    "Ministerie van Justitie en Veiligheid, dat de subsidie heeft toegekend.\n"
)


def test_a_fund_named_again_by_its_noun_is_managed_not_run_by_the_ministry() -> None:
    ex = extractor(STARTPUNT, "nl", url="https://www.gemeente-example.nl/startpunt", title="Startpunt")
    start = project(ex, "Startpunt")
    assert ORG + "ministry-of-justice-and-security" not in start.implementers, start.implementers
    assert ORG + "central-agency-for-the-reception-of-asylum-seekers" in start.implementers


def test_a_partner_of_the_pages_one_project_runs_no_second_one() -> None:
    ext = facts(STARTPUNT, "nl", url="https://www.gemeente-example.nl/startpunt", title="Startpunt")
    assert [p.label for p in ext.projects] == ["Startpunt"], [(p.label, p.implementers) for p in ext.projects]


KLEINE_ANFRAGE = (
    "Kleine Anfrage und Antwort der Landesregierung – AMIF-Projekte im Land\n"
    "2. Welche Projekte werden gefördert?\n"
    "Antwort:\n"
    "Die Landesregierung nennt die Projekte, deren Träger zugestimmt haben:\n"
    "a) Landeshauptstadt Hafenberg, Referat für Zuwanderung\n"
    "Projekttitel: „Ankommen in Hafenberg – Lotsen für Familien“\n"
    "Laufzeit: 01.04.2023 bis 31.03.2026\n"
    "Bewilligte AMIF-Mittel: 512.000,00 Euro\n"
    "b) Kreis Moorland, Fachdienst Ausländerangelegenheiten\n"
    "Projekttitel: „Perspektive Heimat – Rückkehrberatung“\n"
    "Laufzeit: 01.01.2024 bis 31.12.2026\n"
    "Bewilligte AMIF-Mittel: 274.900,00 Euro\n"
    "Ergänzend gewährt das Land Schleswig-Holstein dem Kreis für dieses Projekt 45.000,00 Euro.\n"
)


def test_a_lettered_line_over_a_record_names_its_runner() -> None:
    ex = extractor(KLEINE_ANFRAGE, "de", url="https://www.landtag.example/drucksache-1", title="Kleine Anfrage")
    lotsen = project(ex, "Ankommen in Hafenberg")
    assert names_of(ex, lotsen.implementers) == {"Landeshauptstadt Hafenberg"}, lotsen.implementers
    heimat = project(ex, "Perspektive Heimat")
    assert names_of(ex, heimat.implementers) == {"Kreis Moorland"}, heimat.implementers


def test_a_states_name_ends_before_the_dative_after_it() -> None:
    ex = extractor(KLEINE_ANFRAGE, "de", url="https://www.landtag.example/drucksache-1", title="Kleine Anfrage")
    names = {o.name for o in ex.ctx.orgs}
    assert "Land Schleswig-Holstein" in names, names
    assert not any("dem Kreis" in n for n in names), names


NEWSLETTER = (
    "Netwerk Nieuwe Buren\n"
    "Nieuwsbrief #7 – mei 2025\n"
    "------------------------------\n"
    "1. Huisvonk start met 'Thuis in Hoeveland'\n"
    "Een woning vinden is voor erkende vluchtelingen geen sinecure. Vzw Huisvonk uit Hoeveland begeleidt sinds "
    "maart nieuwkomers bij hun zoektocht. Het project 'Thuis in Hoeveland' loopt van 2025 tot 2027 en wordt voor "
    "75% gefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
    "------------------------------\n"
    "2. Nederlands leren op de werkvloer\n"
    "In de haven van Zeelo gaat Taalbrug vzw met taalcoaches de werkvloer op. Het project 'Praat op de kade' kreeg "
    "€ 90.000 van het Europees Sociaal Fonds Plus en loopt tot eind 2026.\n"
    "------------------------------\n"
    "Agenda\n"
    "• 4 juli 2025 – Lerend netwerk 'Wonen', Mechelen\n"
)


def test_a_newsletter_items_runner_is_named_before_its_project() -> None:
    ex = extractor(NEWSLETTER, "nl", url="https://www.nieuweburen-example.be/nieuwsbrief-7", title="Nieuwsbrief #7")
    thuis = project(ex, "Thuis in Hoeveland")
    assert set(thuis.implementers) == {org("Huisvonk")}, thuis.implementers
    kade = project(ex, "Praat op de kade")
    assert names_of(ex, kade.implementers) == {"Taalbrug vzw"}, kade.implementers


def test_a_verb_before_a_name_is_no_part_of_it() -> None:
    ex = extractor(NEWSLETTER, "nl", url="https://www.nieuweburen-example.be/nieuwsbrief-7", title="Nieuwsbrief #7")
    assert not any("gaat" in o.name for o in ex.ctx.orgs), [o.name for o in ex.ctx.orgs]


def test_a_newsletters_agenda_its_title_and_a_skip_link_name_no_project() -> None:
    ext = facts(NEWSLETTER, "nl", url="https://www.nieuweburen-example.be/nieuwsbrief-7", title="Nieuwsbrief #7")
    labels = {p.label for p in ext.projects}
    assert labels == {"Thuis in Hoeveland", "Praat op de kade"}, labels
    nl, de = cues_for("nl"), cues_for("de")
    assert generic_heading("Agenda", nl) and generic_heading("Ga direct naar de inhoud", nl)
    assert generic_heading("Veranstaltungen", de)
    assert not_a_project("Nieuwsbrief juni 2025 – Netwerk Nieuwe Buren", nl)
    assert not not_a_project("Thuis in Hoeveland", nl)


def test_the_other_party_of_an_agreement_with_the_authority_is_no_authority() -> None:
    text = (
        "Progetto FAMI «PONTI DI SALUTE»\n"
        "- la Regione Valdora, Direzione Sanità, ha presentato in qualità di capofila il progetto "
        "«PONTI DI SALUTE», finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027;\n"
        "- la convenzione di sovvenzione tra l'Autorità Responsabile e la Regione Valdora è stata sottoscritta "
        "il 19/01/2024.\n"
    )
    ex = extractor(text, "it", url="https://www.asl-example.it/delibera-1", title="Delibera")
    valdora = org("Regione Valdora")
    assert valdora not in ex.ctx.authority_orgs
    ponti = project(ex, "PONTI DI SALUTE")
    assert valdora in ponti.implementers, ponti.implementers


OSTEND_NOTE = (
    "Einde van 'Thuis aan Zee'\n"
    "Drie jaar lang koppelde vzw De Golfslag nieuwkomers aan buddy's. Het project werd voor 75 procent betaald "
    "door het Asiel-, Migratie- en Integratiefonds (AMIF): 150.000 euro op een totaal van 200.000 euro. De Stad "
    "Zeebrugge en de Provincie West-Vlaanderen legden samen de rest bij. Dank ook aan het OCMW Zeebrugge en CVO "
    "Horizon, die ons maand na maand nieuwe deelnemers doorstuurden.\n"
)


def test_bodies_joined_by_and_before_the_rest_both_pay() -> None:
    ex = extractor(OSTEND_NOTE, "nl", url="https://www.degolfslag-example.be/nieuws/1", title="Einde")
    thuis = project(ex, "Thuis aan Zee")
    assert {org("Stad Zeebrugge"), ORG + "province-of-west-flanders"} <= set(thuis.funders) or {
        org("Stad Zeebrugge"),
        org("Provincie West-Vlaanderen"),
    } <= set(thuis.funders), thuis.funders


def test_a_place_named_body_ends_at_and_and_thanked_bodies_run_nothing() -> None:
    ex = extractor(OSTEND_NOTE, "nl", url="https://www.degolfslag-example.be/nieuws/1", title="Einde")
    names = {o.name for o in ex.ctx.orgs}
    assert "OCMW Zeebrugge" in names and not any(n.startswith("OCMW") and "Horizon" in n for n in names), names
    thuis = project(ex, "Thuis aan Zee")
    assert org("OCMW Zeebrugge") not in thuis.implementers, thuis.implementers


def test_a_kind_noun_between_the_cue_and_the_name_leaves_the_runner() -> None:
    text = (
        "Huiswerkklas De Regenboog\n"
        "Twee avonden per week krijgen kinderen hulp bij hun huiswerk. Het project 'Klasbak' wordt "
        "georganiseerd door jeugdwerking Regenboog vzw en krijgt 8.400 euro van de stad Waasdonk.\n"
    )
    ex = extractor(text, "nl", url="https://www.waasdonk-example.be/subsidies", title="Subsidies")
    klasbak = project(ex, "Klasbak")
    assert names_of(ex, klasbak.implementers) == {"Regenboog vzw"}, klasbak.implementers


DISTRICT_RELEASE = (
    "Zwei neue Projekte für Neuzugewanderte\n"
    "Das Kommunale Integrationszentrum des Kreises startet zum 1. Juli 2024 das Projekt „Brückenlotsen Tal“.\n"
    "Auch der Caritasverband für die Region Bergland e. V. baut ein neues Angebot auf. Mit „Frauen.Stärken.Arbeit“ "
    "begleitet der Verband geflüchtete Frauen in Ausbildung und Beschäftigung. Das Vorhaben wird aus Mitteln des "
    "Europäischen Sozialfonds Plus (ESF Plus) gefördert.\n"
)


def test_a_name_with_stops_inside_stays_one_sentence_and_names_the_project() -> None:
    ex = extractor(DISTRICT_RELEASE, "de", url="https://www.kreis-example.de/presse/211", title="Pressemitteilung")
    assert any(u.text.startswith("Mit „Frauen.Stärken.Arbeit“ begleitet") for u in ex.ctx.units)
    assert any(p.label == "Frauen.Stärken.Arbeit" for p in ex.projects), [p.label for p in ex.projects]


def test_an_article_after_a_connector_belongs_to_the_name() -> None:
    ex = extractor(DISTRICT_RELEASE, "de", url="https://www.kreis-example.de/presse/211", title="Pressemitteilung")
    assert "Caritasverband für die Region Bergland e. V." in {o.name for o in ex.ctx.orgs}


def test_a_fronted_funding_participle_names_the_project_it_pays() -> None:
    text = (
        "Sprachkurse mit Kinderbetreuung\n"
        "Getragen wird das Angebot vom Verein Wegweiserinnen, der seit 2016 geflüchtete Frauen begleitet.\n"
        "Finanziert wird „Sprachecke“ aus Mitteln des EU-Asyl-, Migrations- und Integrationsfonds sowie vom "
        "Land Oberösterreich.\n"
    )
    ex = extractor(text, "de", url="https://www.zeitung-example.at/wels/1", title="Sprachkurse")
    ecke = project(ex, "Sprachecke")
    assert AMIF in ecke.funders, ecke.funders
    # "sowie vom Land": a payer listed with the fund, not a runner
    assert org("Land Oberösterreich") not in ecke.implementers, ecke.implementers


def test_the_verein_names_the_one_association_of_the_text() -> None:
    text = (
        "Auch auf der anderen Rheinseite\n"
        "Das Projekt wurde mit dem Integrationsnetz Oberrhein e.V. in Lörrach entwickelt. Der Verein führt seit "
        "1. Januar 2023 das Projekt «Pflegebrücke Oberrhein», das Geflüchtete im Landkreis Lörrach für "
        "Pflegeberufe qualifiziert. Es wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert.\n"
    )
    ex = extractor(text, "de", url="https://www.kanton-example.ch/news/1", title="Pflege")
    names = {o.name for o in ex.ctx.orgs}
    assert "Landkreis Lörrach" in names and not any("Pflegeberufe" in n for n in names), names
    bruecke = project(ex, "Pflegebrücke Oberrhein")
    assert set(bruecke.implementers) == {org("Integrationsnetz Oberrhein")}, bruecke.implementers


def test_a_swiss_canton_is_a_body() -> None:
    text = (
        "Pilotprojekt «Pflege-Einstieg»\n"
        "Der Kanton Aargau lanciert ein dreijähriges Pilotprojekt. Der Kanton Aargau trägt 380 000 Franken bei.\n"
    )
    ex = extractor(text, "de", url="https://www.ag-example.ch/news/1", title="Pflege-Einstieg")
    assert "Kanton Aargau" in {o.name for o in ex.ctx.orgs}
