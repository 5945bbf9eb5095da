"""Pages read in held43 and held44 (session 52): a town's table of grants whose footnotes say which
rows a fund also pays (and which only applied for one); a college decision whose paragraph over the
table speaks of one row's fund; record lines that name a partner after the runner; a press release's
dateline over its number; a Land's co-funding as a record key; a partnership table's coordinator; a
question's answer that a project was not put to the fund's calls; the German passive that fronts its
participle; support "as an associated partner"; work packages; a town in brackets after a project's
name; a list under a heading whose one item names a fund; a photo's credit; a heading that says what
is not part of the package."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, mention_names, org, project

from migkg.loaders.extract.cues import cues_for
from migkg.loaders.extract.projects import generic_heading

GRANTS_NL = (
    "Gemeente Noordhaven\n"
    "Verleende subsidies Meedoen Nieuwkomers 2025\n"
    "Op deze pagina ziet u welke organisaties in 2025 subsidie krijgen uit de regeling Meedoen Nieuwkomers.\n"
    "Organisatie\tActiviteit\tLooptijd\tBedrag\n"
    "Stichting Taalbrug\tTaalmaatjes Noord\t2025\t€ 64.000\n"
    "Werkpad Noordhaven\tStages voor statushouders *\t2025-2026\t€ 120.000\n"
    "Stichting Kookkring\tKookcafé Oost **\t2025\t€ 18.500\n"
    "Totaal\t\t\t€ 202.500\n"
    "* Dit project wordt daarnaast gefinancierd uit het Asiel-, Migratie- en Integratiefonds (AMIF). Het bedrag in "
    "de tabel is alleen de bijdrage van de gemeente.\n"
    "** Voor dit project is ook een bijdrage uit het Europees Sociaal Fonds Plus (ESF+) aangevraagd. Daarover is nog "
    "geen besluit genomen.\n"
)


def test_a_starred_footnote_pays_the_rows_with_as_many_stars_only() -> None:
    ext = facts(GRANTS_NL, "nl", title="Verleende subsidies Meedoen Nieuwkomers 2025 - Gemeente Noordhaven")
    # (before: the AMIF and the ESF of the footnotes joined every row of the table)
    assert AMIF in project(ext, "Stages voor statushouders").funders
    assert AMIF not in project(ext, "Taalmaatjes Noord").funders
    assert AMIF not in project(ext, "Kookcafé Oost").funders


def test_a_fund_only_applied_for_pays_no_row() -> None:
    ext = facts(GRANTS_NL, "nl", title="Verleende subsidies Meedoen Nieuwkomers 2025 - Gemeente Noordhaven")
    assert not any(ESF in p.funders for p in ext.projects)


def test_the_town_the_title_names_pays_the_grants_of_its_table() -> None:
    ext = facts(GRANTS_NL, "nl", title="Verleende subsidies Meedoen Nieuwkomers 2025 - Gemeente Noordhaven")
    town = org("Gemeente Noordhaven")
    # (before: no caption and no site owner, so the rows without a footnote had no payer at all)
    for label in ("Taalmaatjes Noord", "Stages voor statushouders", "Kookcafé Oost"):
        assert town in project(ext, label).funders, label


DECISION_NL = (
    "Stad Noordveld – Besluitenlijst college van burgemeester en schepenen\n"
    "Projectsubsidies 'Samen Leven' - Toekenning\n"
    "Op 2 mei 2025 lanceerde Stad Noordveld een projectoproep binnen het reglement 'Samen Leven'.\n"
    "Het Agentschap Integratie en Inburgering blijft verantwoordelijk voor het inburgeringstraject; deze oproep "
    "financiert geen lessen Nederlands.\n"
    "Project 3 betreft de cofinanciering door de stad van het project 'Stapsteen' van Kompas vzw. Het Asiel-, "
    "Migratie- en Integratiefonds draagt 150.000 euro bij; de stad legt daar 30.000 euro bij.\n"
    "Overzicht toegekende subsidies\n"
    "Nr\tAanvrager\tProject\tPeriode\tBedrag\n"
    "1\tDe Brug vzw\tBuddywerking – nieuwkomers en buren\t2025\t€ 21.000,00\n"
    "2\tHuis van Talen vzw\tTaalcafé – oefenen in de wijk\t2025\t€ 14.000,00\n"
    "3\tKompas vzw\tStapsteen – werkplekleren (stedelijke cofinanciering AMIF)\t2025 - 2027\t€ 10.000,00\n"
)


def test_a_paragraph_over_the_table_on_one_row_gives_its_fund_to_no_other_row() -> None:
    ext = facts(DECISION_NL, "nl")
    # (before: the AMIF the paragraph names for 'Stapsteen' paid every row)
    assert AMIF not in project(ext, "Buddywerking").funders
    assert AMIF not in project(ext, "Taalcafé").funders


def test_a_body_whose_clause_funds_nothing_pays_no_row() -> None:
    ext = facts(DECISION_NL, "nl")
    agency = "https://w3id.org/migkg/id/org/agency-for-integration-and-civic-integration"
    # (a guard: on the page read, "deze oproep financiert geen ..." after a semicolon made the
    # agency the granting subject of a table under a heading; this text passes before and after)
    assert not any(agency in p.funders for p in ext.projects)


RECORDS_DE = (
    "Pressemitteilung Nr.: 047/2025\n"
    "Magdeburg, den 18. März 2025\n"
    "Land unterstützt zwei Beratungsprojekte\n"
    "Zwei Projekte erhalten Geld aus dem Asyl-, Migrations- und Integrationsfonds (AMIF). Das Land stockt die "
    "EU-Förderung mit eigenen Mitteln auf. Die Stadt Wendburg koordiniert die Projekte über ihre "
    "Integrationsagentur (IA-WB).\n"
    "Die Projekte im Einzelnen:\n"
    "Rückkehrberatung Nord\n"
    "Träger: Caritasverband Wendburg e. V.\n"
    "Laufzeit: 01.01.2025 – 31.12.2027\n"
    "AMIF: 1,2 Mio. Euro\n"
    "Kofinanzierung Land: 400.000 Euro\n"
    "Jobcoaching Süd\n"
    "Träger: GrünWerk gGmbH, in Kooperation mit dem Jobcenter Wendburg\n"
    "Laufzeit: 01.04.2025 – 31.03.2028\n"
    "AMIF: 780.000 Euro\n"
    "Kofinanzierung Land: 260.000 Euro\n"
    "Ministerium für Inneres des Landes Sachsen-Anhalt\n"
)


def test_a_partner_after_the_runner_on_a_record_line_runs_nothing() -> None:
    ext = extractor(RECORDS_DE, "de")
    jobs = project(ext, "Jobcoaching Süd")
    # (before: "in Kooperation mit dem Jobcenter Wendburg" made the Jobcenter a second runner)
    assert {n for n in mention_names(ext) if "Jobcenter" in n}
    assert not any("jobcenter" in i for i in jobs.implementers)


def test_a_press_releases_dateline_names_no_project() -> None:
    ext = facts(RECORDS_DE, "de")
    # (a guard: on the page read, the dateline under the release's number was a record's title;
    # this text passes before and after)
    assert not any("März" in p.label for p in ext.projects)


def test_a_projects_noun_before_a_body_is_no_description() -> None:
    ext = facts(RECORDS_DE, "de")
    # (before: "die Projekte über ihre Integrationsagentur" was a project described by "über")
    assert not any("Integrationsagentur" in p.label for p in ext.projects)


def test_a_lands_co_funding_as_a_record_key_makes_the_land_a_payer() -> None:
    ext = facts(RECORDS_DE, "de")
    land = "https://w3id.org/migkg/id/org/land-sachsen-anhalt"
    # (before: "Kofinanzierung Land: 400.000 Euro" named no payer; the AMIF alone paid)
    for label in ("Rückkehrberatung Nord", "Jobcoaching Süd"):
        p = project(ext, label)
        assert AMIF in p.funders and land in p.funders, (label, list(p.funders))


PARTNERSHIP_DE = (
    "Brückenbau Emsland\n"
    "Verbund & Förderung\n"
    "Brückenbau – Berufliche Integration Geflüchteter im Emsland\n"
    "Projektlaufzeit: 01.04.2024 – 31.03.2027\n"
    "Die Verbundpartner\n"
    "Partner\tRolle\tTeilvorhaben\tStandort\n"
    "Diakonie Wendland\tVerbundkoordination\tFallmanagement\tLingen\n"
    "Handwerkskammer Wendland\tTeilvorhabenpartner\tPraktikumsbörse Handwerk\tMeppen\n"
    "Volkshochschule Wendland\tTeilvorhabenpartner\tSprachkurse B1/B2\tMeppen\n"
    "Das Verbundprojekt „Brückenbau“ wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert.\n"
)


def test_the_partnership_tables_coordinator_runs_the_project() -> None:
    ext = facts(PARTNERSHIP_DE, "de")
    runners = {i for p in ext.projects if AMIF in p.funders for i in p.implementers}
    # (before: "Verbundkoordination" was no lead role, and no row ran the project)
    assert org("Diakonie Wendland") in runners
    assert org("Volkshochschule Wendland") not in runners


ANSWER_FR = (
    "Question écrite n° 88\n"
    "Le « Point Accueil » évoqué en commission est une initiative du CPAS de Wendelle. Selon mes informations, "
    "il n'a pas été introduit dans le cadre des appels FAMI.\n"
)


def test_a_project_not_put_to_the_funds_calls_denies_the_fund() -> None:
    ex = extractor(ANSWER_FR, "fr")
    at = ANSWER_FR.index("FAMI.")
    # (before: a negation, then "dans le cadre des appels" before the fund, was no denial)
    assert ex.ctx._denied(at)


FRONTED_DE = (
    "Elternbrücke an Grundschulen\n"
    "Mehrsprachige Elternbegleiterinnen unterstützen im Projekt „Elternbrücke“ Familien an sechs Grundschulen. "
    "Träger ist Degrin – Begegnung in Vielfalt e.V. Gefördert wird das Projekt durch das Bayerische "
    "Staatsministerium des Innern, für Sport und Integration mit 84.500 Euro. Das Projekt endet am 31.12.2025.\n"
)


def test_a_fronted_funding_participle_makes_its_agent_the_payer() -> None:
    ext = extractor(FRONTED_DE, "de")
    payers = {o.name for o in ext.ctx.orgs if o.iri in ext.ctx.payers}
    # (before: "Gefördert wird das Projekt durch X": the participle before its agent, no payer)
    assert any("Staatsministerium des Innern" in n for n in payers), payers


PARTNER_EN = (
    "T3 – Towns Together\n"
    "Key facts\n"
    "Duration: 01/01/2024 – 31/12/2026\n"
    "Coordinator: Interface Nord GmbH\n"
    "What we do\n"
    "- Work package 1 – Management and coordination (lead: Interface Nord)\n"
    "- Work package 2 – Mapping of integration services in ten towns (lead: Migration Institute Nord)\n"
    "- Work package 3 – Peer visits for municipal staff (lead: City of Eastbury)\n"
    "The Northern Association of Towns supports T3 as an associated partner and spreads its results; it receives "
    "no part of the grant.\n"
    "T3 is funded by the European Union through the Asylum, Migration and Integration Fund (AMIF).\n"
)


def test_work_packages_are_no_projects() -> None:
    ext = facts(PARTNER_EN, "en")
    # (before: each work package of the list was a project of its own)
    assert not any("work package" in p.label.lower() for p in ext.projects)


def test_support_as_an_associated_partner_pays_nothing() -> None:
    ext = extractor(PARTNER_EN, "en")
    payers = {o.name for o in ext.ctx.orgs if o.iri in ext.ctx.payers}
    # (before: "supports T3 as an associated partner" made the association a payer)
    assert not any("Association of Towns" in n for n in payers), payers


PROVINCE_NL = (
    "Provincie steunt vier initiatieven voor statushouders\n"
    "Gedeputeerde Staten trekken € 300.000 uit voor vier projecten die statushouders helpen bij taal en werk.\n"
    "De projecten op een rij\n"
    "1. Taalcafé Plus (Veldwijk)\n"
    "Vluchtelingenwerk Oost Nederland breidt het taalcafé in de bibliotheek uit met oefenmiddagen. Provinciale "
    "bijdrage: € 85.000.\n"
    "2. Werkfit Hoorndam\n"
    "Travers Welzijn begeleidt statushouders naar werk. Het project ontvangt € 120.000 uit het Asiel-, Migratie- "
    "en Integratiefonds (AMIF).\n"
    "3. Buddy's voor jongeren (Veldwijk)\n"
    "Stichting Humanitas Veldwijk koppelt jongeren aan een buddy. De provincie draagt € 47.500 bij.\n"
    "Gemeenten blijven verantwoordelijk\n"
    "De gemeenten Hoorndam en Veldwijk blijven verantwoordelijk voor de inburgering van statushouders.\n"
)


def test_a_town_in_brackets_after_a_projects_name_runs_nothing() -> None:
    ext = facts(PROVINCE_NL, "nl")
    town = org("gemeente Veldwijk")
    # (before: "Taalcafé Plus (Veldwijk)" read the town in brackets as the project's runner)
    assert town not in project(ext, "Taalcafé Plus").implementers
    assert org("Vluchtelingenwerk Oost Nederland") in project(ext, "Taalcafé Plus").implementers


LIST_DE = (
    "Stadt Wendhagen\n"
    "Stadt fördert vier Integrationsprojekte mit 120.000 Euro\n"
    "Der Stadtsenat hat die Förderungen beschlossen. Insgesamt fließen 120.000 Euro aus dem Integrationsbudget der "
    "Stadt an vier Vereine.\n"
    "Die geförderten Projekte im Überblick\n"
    "– „Tandem Arbeit“ (Caritas Wendhagen): Mentoring für den Berufseinstieg. Das Projekt wird aus Mitteln des "
    "Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert. Die Stadt übernimmt 38.000 Euro.\n"
    "– „Sprachcafé Mitte“ (Diakoniewerk Wendhagen): wöchentliche Konversationsrunden. Förderung: 24.500 Euro.\n"
    "– „Dolmetsch-Pool“ (Verein Interkulturelles Dolmetschen Wendhagen): Laiendolmetscher für Schulen. "
    "Förderung: 57.500 Euro.\n"
    "Nicht Teil des Pakets\n"
    "Die Deutschkurse des Österreichischen Integrationsfonds werden vom Bund finanziert.\n"
    "Fotos: Stadt Wendhagen/Becker (honorarfrei bei Nennung)\n"
)


def test_a_fund_one_item_of_a_list_names_pays_not_the_items_beside_it() -> None:
    ext = facts(LIST_DE, "de")
    # (before: a list under a heading and no intro line had no siblings, and the AMIF of one item
    # was the page's fund for every item)
    assert AMIF not in project(ext, "Sprachcafé Mitte").funders
    assert AMIF not in project(ext, "Dolmetsch-Pool").funders


def test_a_photos_credit_names_the_body_without_its_photographer() -> None:
    ex = extractor(LIST_DE, "de")
    names = mention_names(ex)
    # (before: "Stadt Wendhagen/Becker" was the name of a body)
    assert not any("/" in n for n in names), names


def test_a_heading_on_what_is_not_part_of_the_package_names_no_project() -> None:
    ext = facts(LIST_DE, "de")
    # (before: "Nicht Teil des Pakets" was a heading project)
    assert not any("Nicht Teil" in p.label for p in ext.projects)
    # (a name that opens on a negation and says nothing of funding or parts stays a name)
    assert not generic_heading("Pas à pas vers l'emploi", cues_for("fr"))
