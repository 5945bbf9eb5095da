"""Pages read in held27 (session 37): a managing authority's list of approved projects written as
lines whose cells are split by dashes, its header parted from the rows by a blank line; and a
minister's release that tells each grant in a sentence of its own ("X will receive €N for "Y"", "X
is awarded €N to extend its service", "A grant of €N goes to X for a service", "X, based in Y, is
awarded €N for ..."), with a quote from someone who works at one of the grantees."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, mention_names, names_of, org, project

from migkg.loaders.document import Document
from migkg.loaders.extract.context import Context
from migkg.loaders.extract.model import NATIONAL

# A funding body's page: the rows are "runner – project – sum", under a header of the same shape.
APPROVED_NL = (
    "Oproep 512 – Goedgekeurde projecten\n\n"
    "De projecten worden gefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF). Ze lopen "
    "van 1 januari 2025 tot en met 31 december 2026.\n\n"
    "Promotor – project – toegekend bedrag\n\n"
    "Stad Aalst – Buurtbrug – € 120.000,00\n"
    "Vzw Open Deur Lier – Taal Thuis – € 95.500,00\n"
    "OCMW Temse – Welkom in Temse – € 80.000,00\n\n"
    "Vragen? Neem contact op met uw adviseur.\n"
)


def test_lines_split_by_dashes_under_a_header_of_their_shape_are_a_table_of_projects() -> None:
    ex = extractor(APPROVED_NL, "nl", url="https://www.fondsen.example.be/oproep-512")
    # (before: the header and the rows were three sentences; no project, no pair)
    for runner, name, amount in (
        ("Stad Aalst", "Buurtbrug", 120000),
        ("OCMW Temse", "Welkom in Temse", 80000),
    ):
        p = project(ex, name)
        assert names_of(ex, p.implementers) == {runner}, p.implementers
        assert AMIF in p.funders
        assert (p.start_year, p.end_year) == (2025, 2026)
        assert {int(v) for v, _c, _e in p.amounts.values()} == {amount}, p.amounts


def test_a_header_parted_from_its_rows_by_a_blank_line_still_heads_them() -> None:
    text = (
        "Promotor | project | bedrag\n\n"
        "Stad Aalst | Buurtbrug | € 120.000,00\n"
        "OCMW Temse | Welkom in Temse | € 80.000,00\n"
    )
    ctx = Context(Document(text=text, name="t.txt", raw=text.encode(), language="nl"))
    rows = [u for u in ctx.units if u.kind == "row"]
    assert [u.text.split(" |")[0] for u in rows] == ["Promotor", "Stad Aalst", "OCMW Temse"]


def test_dashed_lines_without_a_header_or_bulleted_are_no_table() -> None:
    text = (
        "Onze projecten\n\n"
        "• Buurtbrug – ontmoeting in de wijk – sinds 2023\n"
        "• Taal Thuis – taallessen aan huis – sinds 2024\n"
        "• Welkom in Temse – onthaal van nieuwkomers – sinds 2022\n\n"
        "Stad Aalst – Buurtbrug – € 120.000,00\n"
        "OCMW Temse – Welkom in Temse – € 80.000,00\n"
        "Vzw Open Deur Lier – Taal Thuis – € 95.500,00\n"
    )
    ctx = Context(Document(text=text, name="t.txt", raw=text.encode(), language="nl"))
    # a list's items stay items; rows whose first line holds figures have no header to say what they are
    assert not [u for u in ctx.units if u.kind == "row"]


# A minister's release: each grant in a sentence of its own, the period in the lead.
GRANTS_EN = (
    "Minister announces €900,000 for community integration projects\n\n"
    "Funding will run over three years, from May 2025 to April 2028.\n\n"
    "The Minister of State today announced funding for four projects under the EU's Asylum, Migration "
    "and Integration Fund (AMIF), with co-funding from the Exchequer.\n\n"
    'Among the grants, Kilkenny Welcome Action will receive €210,000 for "Open Doors", which will '
    "support women from migrant backgrounds into work. The Galway Refugee Support Council is awarded "
    "€260,000 to extend its housing advice service for people leaving direct provision.\n\n"
    "A grant of €150,000 goes to the Sligo Migrant Law Centre CLG for a legal advice service on family "
    "reunification, while Tralee Intercultural Network, based in Tralee, is awarded €120,000 for "
    "after-school homework clubs for teenagers.\n\n"
    'Aoife Byrne, coordinator at Kilkenny Welcome Action, welcomed the news: "Three years lets us plan."\n\n'
    "The Department of Justice acts as the Responsible Authority for AMIF in Ireland.\n"
)
URL = "https://www.govnews.example.ie/releases/amif-community-integration"


def test_where_someone_works_is_an_organisation() -> None:
    ex = extractor(GRANTS_EN, "en", url=URL)
    # ("Kilkenny Welcome Action": no head noun of an organisation; "coordinator at" says it employs people)
    assert "Kilkenny Welcome Action" in mention_names(ex)


def test_a_sum_received_to_do_something_names_a_project_by_the_verbs_object() -> None:
    ext = facts(GRANTS_EN, "en", url=URL)
    p = project(ext, "housing advice service")
    # (before: "is awarded" was no verb of receiving, and "to extend" no purpose)
    assert set(p.implementers) == {org("Galway Refugee Support Council")}
    assert not p.label.lower().startswith("extend"), p.label
    assert AMIF in p.funders


def test_a_grant_that_goes_to_a_body_for_a_service_names_a_project_it_runs() -> None:
    ex = extractor(GRANTS_EN, "en", url=URL)
    p = project(ex, "legal advice service")
    # (before: one grant a sentence; "for" did not lead a purpose after "goes to X")
    assert names_of(ex, p.implementers) == {"Sligo Migrant Law Centre CLG"}, p.implementers


def test_where_a_body_sits_said_in_passing_leaves_it_the_subject_of_its_verb() -> None:
    ext = facts(GRANTS_EN, "en", url=URL)
    p = project(ext, "homework clubs")
    assert set(p.implementers) == {org("Tralee Intercultural Network")}, p.implementers


def test_a_grant_for_a_quoted_name_is_run_by_its_recipient_and_a_quoted_employee_adds_no_project() -> None:
    ext = facts(GRANTS_EN, "en", url=URL)
    p = project(ext, "Open Doors")
    assert set(p.implementers) == {org("Kilkenny Welcome Action")}, p.implementers
    # the authority pays no project of its own to the grantee its quote names
    runs = [q.label for q in ext.projects if org("Kilkenny Welcome Action") in q.implementers]
    assert runs == ["Open Doors"], runs


def test_a_sum_received_to_run_a_named_programme_leaves_the_name_to_the_finders() -> None:
    text = (
        "The Integration Directorate will receive €1,200,000 from the AMIF to run the second phase of "
        "the New Horizons programme between 2025 and 2027.\n"
    )
    ext = facts(text, "en", url="https://www.homeaffairs.example.mt/news/grants")
    labels = [p.label for p in ext.projects]
    assert not any(label.lower().startswith(("second phase", "run ")) for label in labels), labels


# An association's annual report on its own site (whose host adds the département's number): numbered
# sections, each an action of the association that says who pays it, under no line that calls them
# projects.
REPORT_FR = (
    "Rapport d'activité 2024 (extraits)\n\n"
    "Le mot du président\n\n"
    "2024 a été une année riche pour Terres d'Accueil. Merci à nos bénévoles et à nos financeurs.\n\n"
    "Chiffres clés 2024\n"
    "312 personnes accompagnées | 40 bénévoles | 6 salariés\n\n"
    "1. Cafés de la langue\n\n"
    "Depuis 2019, nos cafés de la langue réunissent chaque semaine des adultes étrangers à Vesoul. "
    "Les cafés sont financés par la Ville de Vesoul.\n\n"
    "2. Cap Métiers (2022-2024)\n\n"
    "Lancé en 2022, Cap Métiers accompagnait des réfugiés vers l'emploi. Le projet était cofinancé par "
    "le Fonds Asile, Migration et Intégration (FAMI). Budget total : 210 000 €.\n\n"
    "3. Une chambre chez soi\n\n"
    "De 2021 à 2023, le dispositif a mis en relation des familles et des personnes réfugiées. Soutenu par "
    "la Fondation de France, il a permis 30 hébergements.\n\n"
    "Terres d'Accueil – association loi 1901 – 70000 Vesoul\n"
)
REPORT_URL = "https://www.terres-daccueil70.org/association/rapport-2024"


def test_a_host_that_adds_a_number_still_spells_the_pages_owner() -> None:
    without_footer = REPORT_FR.rpartition("Terres d'Accueil –")[0]
    ex = extractor(without_footer, "fr", url=REPORT_URL)
    # (before: "terresdaccueil70" spelt nothing in the text; the owner was no organisation)
    assert "Terres d'Accueil" in mention_names(ex)
    assert ex.ctx.site_owner == org("Terres d'Accueil")


def test_numbered_sections_that_each_say_who_pays_them_are_the_owners_projects() -> None:
    ex = extractor(REPORT_FR, "fr", url=REPORT_URL)
    p = project(ex, "Cap Métiers")
    assert names_of(ex, p.implementers) == {"Terres d'Accueil"}, p.implementers
    assert AMIF in p.funders
    cafes = project(ex, "Cafés de la langue")
    assert names_of(ex, cafes.implementers) == {"Terres d'Accueil"}, cafes.implementers
    assert names_of(ex, cafes.funders) == {"Ville de Vesoul"}, cafes.funders


def test_numbered_headlines_over_stories_that_name_their_projects_are_no_projects() -> None:
    text = (
        "Nieuwsbrief juni\n\n"
        "1. Buurtwerk start met 'Samen Wonen'\n\n"
        "Buurtwerk vzw begeleidt nieuwkomers naar een woning. Het project 'Samen Wonen' loopt van 2024 tot "
        "2026 en wordt gefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF).\n\n"
        "2. Taalcoaches in de haven\n\n"
        "Taalpunt vzw gaat met taalcoaches de werkvloer op. Het project 'Haventaal' wordt gefinancierd door "
        "het Europees Sociaal Fonds Plus.\n"
    )
    ext = facts(text, "nl", url="https://www.netwerk-nieuwkomers.example.be/nieuwsbrief")
    labels = {p.label for p in ext.projects}
    assert not any(label.startswith(("Buurtwerk start", "Taalcoaches in")) for label in labels), labels


# A national paper's story on a town's pilot: the pilot's name said mid-sentence, the fund and the
# ministry that distributes it in one paragraph, who carries it out in another.
PILOT_NL = (
    "Zwolle laat nieuwkomers vanaf dag één meedraaien in de zorg\n\n"
    "Door onze verslaggever 3 april 2024\n\n"
    "Amina (29) werkt sinds vorige week op een afdeling van een verpleeghuis in Zwolle. Zij is een van "
    "de eerste deelnemers aan Zorgstart, zoals de pilot heet.\n\n"
    "De proef kost in totaal 640.000 euro. Zo'n 480.000 euro daarvan komt uit het Asiel-, Migratie- en "
    "Integratiefonds (AMIF) van de Europese Unie, dat in Nederland via het ministerie van Justitie en "
    "Veiligheid wordt verdeeld. Zorgstart loopt tot eind 2025.\n\n"
    "Begeleiding\n\n"
    "De dagelijkse uitvoering ligt bij Stichting Welkom Overijssel, een kleine organisatie die al sinds "
    "2015 taalmaatjes koppelt aan nieuwkomers.\n"
)
PILOT_URL = "https://www.dagblad.example.nl/binnenland/zorgstart"


def test_a_name_said_to_be_the_pilots_mid_sentence_names_a_project() -> None:
    ext = facts(PILOT_NL, "nl", url=PILOT_URL)
    # (before: "zoals de pilot heet" after the name was no way of naming)
    p = project(ext, "Zorgstart")
    assert p.label == "Zorgstart"


def test_a_ministry_through_which_the_fund_is_distributed_is_its_authority() -> None:
    ex = extractor(PILOT_NL, "nl", url=PILOT_URL)
    managers = {(f, o) for f, o, _ev in ex.authorities}
    assert (AMIF, "https://w3id.org/migkg/id/org/ministry-of-justice-and-security") in managers, managers


def test_the_runner_a_cue_names_far_from_the_fund_runs_the_one_funds_project() -> None:
    ex = extractor(PILOT_NL, "nl", url=PILOT_URL)
    p = project(ex, "Zorgstart")
    # (before: the rules took the ministry for the runner; dropped as the fund's authority, the
    # project had none, and the cued runner's pair stayed under the model's threshold)
    assert names_of(ex, p.implementers) == {"Stichting Welkom Overijssel"}, p.implementers
    assert AMIF in p.funders


# Local news on an association's language café: the project's name given as what the work runs
# under, a generic heading, who stands behind it, and a Land that adds money to the fund's.
CAFE_DE = (
    "Im Nachbarschaftscafé wird Deutsch zur Alltagssprache\n"
    "Der Verein Lichtblick bringt Geflüchtete und Ehrenamtliche zusammen\n\n"
    "Von Anna Weber\n\n"
    "Hinter dem Angebot steht der Verein Lichtblick Bad Kreuznach, gegründet 2015 von einigen Nachbarn.\n\n"
    "Zweijähriges Projekt\n\n"
    "Seit März läuft das Ganze unter dem Namen „Sprachbrücke – Deutsch im Alltag“ und ist bis Ende 2026 "
    "finanziert. Den größten Teil, 90.000 Euro, trägt der Asyl-, Migrations- und Integrationsfonds der "
    "Europäischen Union, kurz AMIF. Das Land Rheinland-Pfalz legt über das Integrationsministerium "
    "18.000 Euro dazu.\n\n"
    "Die Stadt Bad Kreuznach stellt dem Verein die Räume zur Verfügung.\n"
)
CAFE_URL = "https://www.lokalzeitung.example.de/bad-kreuznach/sprachcafe"


def test_what_the_work_runs_under_a_quoted_name_is_the_project_and_a_generic_heading_is_none() -> None:
    ext = facts(CAFE_DE, "de", url=CAFE_URL)
    labels = [p.label for p in ext.projects]
    # (before: "Zweijähriges Projekt", the heading, was the project; the quoted name was not read)
    assert "Sprachbrücke – Deutsch im Alltag" in labels, labels
    assert not any(label.startswith("Zweijähriges") for label in labels), labels


def test_a_name_and_the_same_name_with_its_town_are_one_body_that_runs_the_project() -> None:
    ex = extractor(CAFE_DE, "de", url=CAFE_URL)
    p = project(ex, "Sprachbrücke")
    # ("Der Verein Lichtblick" in the lead, "der Verein Lichtblick Bad Kreuznach" behind the offer)
    assert len({o.iri for o in ex.ctx.orgs if o.name.startswith("Lichtblick")}) == 1
    assert names_of(ex, p.implementers) <= {"Lichtblick", "Lichtblick Bad Kreuznach"}, p.implementers
    assert p.implementers


def test_a_land_that_adds_a_sum_to_the_funds_is_a_funder() -> None:
    ex = extractor(CAFE_DE, "de", url=CAFE_URL)
    p = project(ex, "Sprachbrücke")
    assert AMIF in p.funders
    assert "Land Rheinland-Pfalz" in names_of(ex, p.funders), p.funders


# A prefecture's release: each association gets a sum from the fund or from the State's budget
# programme, said between the sum and what it is for.
PREFECTURE_FR = (
    "Intégration des réfugiés : l'État soutient trois associations\n\n"
    "Le préfet annonce l'attribution de 150 000 € à trois associations du département. Ces financements "
    "proviennent du Fonds asile, migration et intégration (FAMI) et des crédits de l'État inscrits au "
    "programme 104.\n\n"
    "L'ALIA de Vannes (Association pour le logement et l'insertion des arrivants) reçoit 40 000 € de crédits "
    "du BOP 104 pour ses permanences d'accès aux droits, au titre de l'année 2025.\n\n"
    "L'association Cap Avenir Morbihan se voit attribuer 60 000 €, soit 45 000 € du FAMI et 15 000 € du "
    "BOP 104, pour accompagner vers l'emploi trente jeunes réfugiés (2025-2026).\n"
)
PREFECTURE_URL = "https://www.morbihan.gouv.example.fr/actualites/integration-2025"


def test_the_states_budget_programme_for_integration_is_national_money() -> None:
    ex = extractor(PREFECTURE_FR, "fr", url=PREFECTURE_URL)
    p = project(ex, "permanences d'accès aux droits")
    # (before: "crédits du BOP 104" named no payer; the page's fund paid every grant)
    assert set(p.funders) == {NATIONAL}, p.funders


def test_an_acronym_with_its_town_before_its_long_form_is_one_body_the_subject_of_its_verb() -> None:
    ex = extractor(PREFECTURE_FR, "fr", url=PREFECTURE_URL)
    p = project(ex, "permanences d'accès aux droits")
    long_form = {o.iri for o in ex.ctx.orgs if o.name.startswith("Association pour le logement")}
    # (before: "ALIA de Vannes (...)" was no name; the grant had no runner and no project)
    assert long_form and set(p.implementers) == long_form, (p.implementers, long_form)
    assert "ALIA de Vannes" in {o.name for o in ex.ctx.orgs if o.iri in long_form}


def test_whose_money_a_sum_is_may_stand_between_it_and_what_it_is_for() -> None:
    ex = extractor(PREFECTURE_FR, "fr", url=PREFECTURE_URL)
    p = project(ex, "accompagner vers l'emploi")
    assert names_of(ex, p.implementers) == {"Cap Avenir Morbihan"}, p.implementers
    assert {AMIF, NATIONAL} <= set(p.funders), p.funders


# A transnational project's own site: its "Partnership" page, titled with the project's name, numbered
# partners under a "Partners" heading.
PARTNERSHIP_EN = (
    "OPEN HARBOURS\n"
    "Home   About   Partnership   Resources   Contact\n\n"
    "Partnership\n\n"
    "OPEN HARBOURS – Peer support for refugees in port towns – brings together four organisations from four "
    "EU Member States.\n\n"
    "The project runs from 1 March 2024 to 28 February 2027 and is co-funded by the European Union's "
    "Asylum, Migration and Integration Fund (AMIF).\n\n"
    "Lead partner\n\n"
    "Fundación Puerto Abierto – Spain (Cádiz)\n"
    "As coordinator of OPEN HARBOURS, Fundación Puerto Abierto is responsible for project management.\n\n"
    "Partners\n\n"
    "1. Porto Sicuro Onlus – Italy (Livorno)\n"
    "Porto Sicuro runs reception services in the province of Livorno.\n\n"
    "2. Hafenbrücke – Germany (Kiel)\n"
    "Hafenbrücke offers counselling to refugees in Schleswig-Holstein.\n\n"
    "3. Havenhuis – Belgium (Ostend)\n"
    "Havenhuis leads the evaluation.\n"
)


def test_numbered_partners_under_a_partners_heading_are_no_projects_and_the_sites_title_names_one() -> None:
    ext = facts(
        PARTNERSHIP_EN,
        "en",
        title="Partnership – OPEN HARBOURS",
        url="https://www.openharbours.example.eu/partnership/",
    )
    # (before: each numbered partner was a project of its own, and the title's name, which the
    # host spells, was read as the site's organisation)
    assert [p.label for p in ext.projects] == ["OPEN HARBOURS"], [p.label for p in ext.projects]
    assert AMIF in ext.projects[0].funders


# An association's "Our work" page: its current project under a heading that says which, past ones
# headed by their names and years, record lines under each.
OUR_WORK_EN = (
    "Our work\n\n"
    "CURRENT PROJECT\n\n"
    "Bike Kitchen (2024–2026)\n"
    "A repair workshop where refugees and neighbours fix bicycles together.\n\n"
    "- Duration: 1 January 2024 – 31 December 2026\n"
    "- Total budget: €120,000, of which €90,000 from the Asylum, Migration and Integration Fund (AMIF)\n"
    "- Co-funding: the Flemish Community Commission (VGC), through its welfare scheme\n\n"
    "PAST PROJECTS\n\n"
    "Garden Days (2019–2021)\n"
    "Gardening afternoons in two reception centres.\n\n"
    "- Duration: April 2019 – March 2021\n"
    "- Funded by a project grant of €40,000 from the King Baudouin Foundation\n\n"
    "Velo Atelier asbl – Rue de la Senne 12, 1000 Brussels\n"
)
OUR_WORK_URL = "https://www.veloatelier.example.be/our-work"


def test_the_years_a_heading_adds_to_a_name_are_no_part_of_it() -> None:
    ext = facts(OUR_WORK_EN, "en", url=OUR_WORK_URL)
    labels = sorted(p.label for p in ext.projects)
    # (not "Bike Kitchen (2024–2026)" beside "Bike Kitchen", nor "CURRENT PROJECT": held27 had both)
    assert labels == ["Bike Kitchen", "Garden Days"], labels
    assert (project(ext, "Bike Kitchen").start_year, project(ext, "Bike Kitchen").end_year) == (2024, 2026)


def test_a_co_funding_record_line_names_a_payer_not_a_runner() -> None:
    ex = extractor(OUR_WORK_EN, "en", url=OUR_WORK_URL)
    p = project(ex, "Bike Kitchen")
    vgc = {o.iri for o in ex.ctx.orgs if "Flemish Community Commission" in o.name or o.name == "VGC"}
    assert vgc and vgc <= set(p.funders), (p.funders, vgc)
    assert not vgc & set(p.implementers), p.implementers
