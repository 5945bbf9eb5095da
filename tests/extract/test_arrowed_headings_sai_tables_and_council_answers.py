"""Pages read in held52 (session 59): a prefecture's release whose projects head their paragraphs
behind an arrow and a quoted name, with a period stated "unless otherwise said"; an Italian table of
SAI projects ("Ente titolare", "Finanziamento 2023-2025", "Comune di X / Cooperativa Y") and the
ministry that grants their national money; a project's own site titled "Over het project | Name";
an earlier project the page's builds on; a council's written answers (a counted list of two
projects, an answer under the question that names one, the participating municipalities that pay
the rest, a table's payer cell that sends to a note); a headline that names its project; a quoted
name right before the project noun."""

from __future__ import annotations

from extract_helpers import extractor, facts, mention_names, org, project

from migkg.loaders.extract.model import NATIONAL

FUND = "https://w3id.org/migkg/id/fund/"
AMIF, ESF, INTERREG = FUND + "AMIF", FUND + "ESF", FUND + "INTERREG"
INTERIOR_IT = "https://w3id.org/migkg/id/org/italian-ministry-of-the-interior"

PREFECTURE_RELEASE = (
    "Intégration : l'État retient trois projets dans le Cher\n"
    "Bourges, le 12 mars 2024\n"
    "Le préfet du Cher a retenu trois projets pour l'intégration des réfugiés. Ils recevront 120 000 "
    "euros de crédits de l'État (programme 104). Un des projets reçoit aussi le Fonds asile, migration "
    "et intégration (FAMI).\n"
    "Les projets retenus\n"
    "→ « Mots du travail » - français à visée professionnelle\n"
    "Porté par l'association Lettres Vives, ce projet propose des ateliers de français dans les "
    "entreprises du bassin de Vierzon.\n"
    "Soutien de l'État : 31 000 €.\n"
    "→ « Toit d'abord » - accès au logement\n"
    "L'association Habitat Berry accompagnera les familles vers un logement autonome avec les "
    "bailleurs du département.\n"
    "Soutien de l'État : 45 000 €, auquel s'ajoute une aide du FAMI de 30 000 €.\n"
    "→ « Route libre » - mobilité\n"
    "La Mission locale du Cher aidera une trentaine de jeunes à passer le permis de conduire, avec "
    "une participation de Vierzon Agglomération de 4 000 €.\n"
    "Soutien de l'État : 44 000 €.\n"
    "Sauf mention contraire, les actions se dérouleront de janvier 2024 à décembre 2025.\n"
    "Le FAMI, un outil européen\n"
    "Le Fonds asile, migration et intégration est un fonds de l'Union européenne, piloté en France par "
    "la Direction générale des étrangers en France.\n"
    "→ Lire le communiqué complet\n"
)


def test_an_arrow_before_a_quoted_name_heads_a_projects_paragraph() -> None:
    # (before: the arrowed lines were sentences, and "Soutien de l'État" was the one project found)
    ext = facts(PREFECTURE_RELEASE, "fr")
    assert org("Lettres Vives") in project(ext, "Mots du travail").implementers
    assert org("Mission locale du Cher") in project(ext, "Route libre").implementers
    assert not any(p.label.startswith(("Soutien", "→")) for p in ext.projects)


def test_the_states_support_is_national_money() -> None:
    assert NATIONAL in project(facts(PREFECTURE_RELEASE, "fr"), "Mots du travail").funders


def test_a_heading_about_the_fund_ends_the_list_of_projects() -> None:
    labels = [p.label for p in facts(PREFECTURE_RELEASE, "fr").projects]
    assert not any("outil européen" in label for label in labels)


def test_a_period_said_for_all_unless_otherwise_said_goes_to_each_without_its_own() -> None:
    ext = facts(PREFECTURE_RELEASE, "fr")
    for name in ("Mots du travail", "Toit d'abord", "Route libre"):
        p = project(ext, name)
        assert (p.start_year, p.end_year) == (2024, 2025), name


def test_a_towns_agglomeration_is_named_before_its_sum() -> None:
    found = mention_names(extractor(PREFECTURE_RELEASE, "fr"))
    assert "Vierzon Agglomération" in found
    assert not any(name.startswith("Agglomération de") for name in found)


def test_an_arrow_before_plain_words_stays_a_link() -> None:
    ex = extractor(PREFECTURE_RELEASE, "fr")
    link = next(u for u in ex.ctx.units if "Lire le communiqué" in u.text)
    assert link.kind != "heading"


SAI_TABLE = (
    "Accoglienza, confermati i progetti SAI della provincia\n"
    "Il Ministero dell'Interno ha firmato il decreto che autorizza la prosecuzione dei progetti del "
    "Sistema di accoglienza e integrazione (SAI) per il triennio 2023-2025, a valere sul Fondo "
    "nazionale per le politiche e i servizi dell'asilo (FNPSA).\n"
    "Ente titolare | Progetto | Posti | Finanziamento 2023-2025\n"
    "Comune di Valdora | Porte Aperte | 30 | € 1.620.000,00\n"
    "Comune di Monteluce | Nuove Radici | 12 | € 740.000,00\n"
    'Inoltre il progetto "Lingua Comune", finanziato dal FAMI, ha come capofila il Comune di Valdora.\n'
)


def test_a_holders_column_runs_the_rows_and_a_dated_funding_column_gives_their_sums() -> None:
    # (before: "Ente titolare" and "Finanziamento 2023-2025" were columns of nothing)
    ext = facts(SAI_TABLE, "it")
    p = project(ext, "Porte Aperte")
    assert org("Comune di Valdora") in p.implementers
    assert p.amounts and max(v for v, _c, _e in p.amounts.values()) == 1620000


def test_the_interior_ministry_grants_the_sais_national_money_not_a_funds() -> None:
    ext = facts(SAI_TABLE, "it")
    assert {NATIONAL, INTERIOR_IT} <= set(project(ext, "Nuove Radici").funders)
    assert INTERIOR_IT not in project(ext, "Lingua Comune").funders


MUNICIPAL_LIST = (
    "Progetti finanziati\n"
    "N. | Progetto | Fonte di finanziamento | Ente titolare / soggetto attuatore | Importo (€) | Periodo\n"
    "1 | SAI Borgoleone – Ordinari | FNPSA – Ministero dell'Interno | Comune di Borgoleone / "
    "Cooperativa sociale Il Ponte | 980.000,00 | 2023 – 2025\n"
    "2 | Casa dei popoli | Bilancio comunale | Comune di Borgoleone / Associazione Mille Voci APS | "
    "18.000,00 | 2024\n"
)


def test_a_cell_lists_its_bodies_between_spaced_slashes() -> None:
    ext = facts(MUNICIPAL_LIST, "it")
    runners = set(project(ext, "SAI Borgoleone").implementers)
    assert {org("Comune di Borgoleone"), org("Cooperativa sociale Il Ponte")} <= runners


def test_a_rows_payer_cell_keeps_the_payer_another_row_names_off_it() -> None:
    # (before: the pair model gave the SAI row the town the other row's cell says pays)
    ext = facts(MUNICIPAL_LIST, "it")
    assert org("Comune di Borgoleone") not in project(ext, "SAI Borgoleone").funders
    assert org("Comune di Borgoleone") in project(ext, "Casa dei popoli").funders


PROJECT_SITE = (
    "Over het project\n"
    "Samen over de brug\n"
    "Nieuwkomers aan het werk aan beide kanten van de grens\n"
    "Samen over de brug helpt statushouders aan werk bij werkgevers in de grensregio.\n"
    "In het kort\n"
    "Leadpartner: Gemeente Oldenhove\n"
    "Looptijd: 1 maart 2024 t/m 28 februari 2027\n"
    'Het project bouwt voort op de ervaringen met het project "Taal aan de band" (2019-2021), waarin '
    "twee scholen lesmateriaal uitwisselden.\n"
    "Samen over de brug is een samenwerking van zes partners. Projectpartners zijn:\n"
    "* Gemeente Berghoven\n"
    "* Beroepscollege Oost (Oldenhove)\n"
    "* Stadt Rheinfeld\n"
    "Het project wordt medegefinancierd door de Europese Unie in het kader van het INTERREG VI A-"
    "programma Deutschland-Nederland.\n"
)
PROJECT_SITE_TITLE = "Over het project | Samen over de brug - Gemeinsam über die Brücke"


def test_a_project_sites_about_page_is_titled_with_the_projects_name() -> None:
    ext = facts(PROJECT_SITE, "nl", title=PROJECT_SITE_TITLE, url="https://www.samenoverdebrug.eu/nl/over")
    p = project(ext, "Samen over de brug")
    assert INTERREG in p.funders and org("Gemeente Oldenhove") in p.implementers


def test_a_compound_partner_noun_introduces_partners_not_projects() -> None:
    ext = facts(PROJECT_SITE, "nl", title=PROJECT_SITE_TITLE, url="https://www.samenoverdebrug.eu/nl/over")
    assert not any("Beroepscollege" in p.label for p in ext.projects)


def test_an_earlier_project_the_page_builds_on_is_not_one_it_reports() -> None:
    ext = facts(PROJECT_SITE, "nl", title=PROJECT_SITE_TITLE, url="https://www.samenoverdebrug.eu/nl/over")
    assert not any("Taal aan de band" in p.label for p in ext.projects)


def test_an_earlier_project_the_page_says_was_paid_stays() -> None:
    text = PROJECT_SITE.replace(
        "waarin twee scholen lesmateriaal uitwisselden.", "dat met een subsidie van de Provincie Gelderland liep."
    )
    ext = facts(text, "nl", title=PROJECT_SITE_TITLE, url="https://www.samenoverdebrug.eu/nl/over")
    assert any("Taal aan de band" in p.label for p in ext.projects)


COUNCIL_ANSWERS = (
    "Gemeenteraad Lindendal > Documenten > Schriftelijke vragen\n"
    "Vraag 1\n"
    "Welke projecten voor statushouders lopen er in Lindendal?\n"
    "Antwoord college\n"
    "Er lopen twee projecten die wij hier noemen:\n"
    "a. Het project Werkroute Lindendal. Dit project wordt uitgevoerd door VluchtelingenWerk Rivierland, "
    "in samenwerking met de gemeenten Lindendal, Achterwaard en Polderveen.\n"
    "b. Taalvrienden Lindendal. Hierbij koppelt Welzijn Lindendal vrijwilligers aan nieuwkomers.\n"
    "Vraag 2\n"
    "Hoe worden deze projecten gefinancierd?\n"
    "Antwoord college\n"
    "Werkroute Lindendal is medegefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF). "
    "Het projectbudget bedraagt € 600.000, waarvan € 450.000 AMIF-subsidie. De drie deelnemende "
    "gemeenten dragen samen de overige middelen bij.\n"
    "Taalvrienden Lindendal wordt betaald uit de gemeentelijke begroting.\n"
    "Vraag 3\n"
    "Wat is de looptijd van Werkroute Lindendal?\n"
    "Antwoord college\n"
    "Het project loopt van 1 januari 2023 tot en met 31 december 2025.\n"
)


def test_each_line_of_a_counted_list_of_projects_names_one() -> None:
    # (before: "b. Taalvrienden Lindendal." said nothing of money on its own line, and was no project)
    ext = facts(COUNCIL_ANSWERS, "nl", url="https://www.raadsinformatie.nl/lindendal/vragen/12")
    p = project(ext, "Taalvrienden Lindendal")
    assert org("Welzijn Lindendal") in p.implementers


def test_a_list_lines_project_is_named_without_its_article_and_noun() -> None:
    ext = facts(COUNCIL_ANSWERS, "nl", url="https://www.raadsinformatie.nl/lindendal/vragen/12")
    assert any(p.label == "Werkroute Lindendal" for p in ext.projects)


def test_the_answer_to_a_question_naming_a_project_is_about_it() -> None:
    p = project(facts(COUNCIL_ANSWERS, "nl", url="https://www.raadsinformatie.nl/lindendal/vragen/12"), "Werkroute")
    assert (p.start_year, p.end_year) == (2023, 2025)


def test_the_participating_municipalities_that_pay_the_rest_each_pay() -> None:
    p = project(facts(COUNCIL_ANSWERS, "nl", url="https://www.raadsinformatie.nl/lindendal/vragen/12"), "Werkroute")
    assert {AMIF, org("gemeente Achterwaard"), org("gemeente Polderveen")} <= set(p.funders)


def test_a_town_council_runs_nothing() -> None:
    ext = facts(COUNCIL_ANSWERS, "nl", url="https://www.raadsinformatie.nl/lindendal/vragen/12")
    assert not any("gemeenteraad" in o for p in ext.projects for o in p.implementers)


SEE_NOTE_TABLE = (
    "Antwoord 1\n"
    "In 2024 lopen de volgende projecten:\n"
    "Project\tUitvoerder\tFinanciering\tBedrag 2024\n"
    "Taalpunt Eemhaven\tBibliotheek Eemland\tgemeentelijke middelen\t€ 30.000\n"
    "Werkstart-traject\tVluchtelingenWerk Midden\tzie toelichting\t€ 90.000\n"
    "Toelichting: het Werkstart-traject is door de gemeente Eemhaven gegund aan VluchtelingenWerk "
    "Midden. De kosten worden gedekt uit de rijksmiddelen voor de Wet inburgering 2021. Het Taalpunt "
    "wordt betaald uit eigen middelen van de gemeente.\n"
)


def test_a_payer_cell_that_sends_to_a_note_takes_the_notes_payers() -> None:
    # (before: the row named no payer and was dropped)
    p = project(facts(SEE_NOTE_TABLE, "nl"), "Werkstart-traject")
    assert NATIONAL in p.funders


EXPAT_NEWS = (
    "Cross-border project Welcome Link SK–HU kicks off\n"
    "The project Welcome Link SK–HU started on 1 March 2024. It is led by the Danube Mobility Centre "
    "and co-financed by the European Union through the Interreg Slovakia–Hungary programme.\n"
)


def test_a_headline_names_its_project_after_the_noun() -> None:
    ext = facts(EXPAT_NEWS, "en", title="Cross-border project Welcome Link SK–HU kicks off | Expat Centre")
    assert [p.label for p in ext.projects] == ["Welcome Link SK–HU"]


LOCAL_NEWS = (
    "Town job scheme for refugees gets EU backing as local employers sign up\n"
    "By Ann Reporter\n"
    "The 'Paths to Work' initiative will offer English classes and work placements in Carrowmore.\n"
    "The funding comes from the EU's Asylum, Migration and Integration Fund (AMIF).\n"
    "The Paths to Work programme is run by Carrowmore Integration Network CLG.\n"
)


def test_a_quoted_name_before_the_noun_names_the_project_not_the_headline() -> None:
    ext = facts(
        LOCAL_NEWS,
        "en",
        title="Town job scheme for refugees gets EU backing as local employers sign up - Carrowmore News",
        url="https://www.carrowmorenews.ie/news/job-scheme",
    )
    p = project(ext, "Paths to Work")
    assert AMIF in p.funders and any("carrowmore-integration-network" in o for o in p.implementers)
    assert not any("gets EU backing" in q.label for q in ext.projects)


REGIONAL_ANSWER = (
    "Consiglio Regionale Umbria\n"
    "RISPOSTA SCRITTA\n"
    "La Regione Umbria è capofila di due progetti finanziati dal Programma nazionale FAMI 2021-2027. Il "
    "Ministero, in qualità di Autorità di gestione, ha approvato i progetti.\n"
    'a) Progetto "UMBRIA CONNESSA - servizi per l\'integrazione" (PROG-4411). Il progetto terminerà '
    "il 30 giugno 2026.\n"
    'b) Piano regionale di formazione linguistica "PAROLE IN VIAGGIO" (PROG-4420), realizzato in '
    "partenariato con i CPIA di Perugia e di Terni, con un finanziamento FAMI di euro 812.000,00.\n"
    "Con risorse del bilancio regionale la Regione ha infine concesso all'ATS 4 di Todi un contributo "
    'di euro 20.000,00 per il progetto "Mediatori in rete".\n'
    "L'Ambito Territoriale Sociale 4 di Todi coordina i servizi sociali della zona.\n"
)


def test_a_quoted_name_before_its_grant_code_names_a_list_lines_project() -> None:
    ext = facts(REGIONAL_ANSWER, "it", url="https://www.consiglio.regione.umbria.it/atti/risposta-12")
    assert any(p.label == "PAROLE IN VIAGGIO" for p in ext.projects)


def test_the_lead_the_lines_over_a_list_name_runs_each_of_its_projects() -> None:
    ext = facts(REGIONAL_ANSWER, "it", url="https://www.consiglio.regione.umbria.it/atti/risposta-12")
    assert org("Regione Umbria") in project(ext, "PAROLE IN VIAGGIO").implementers
    assert org("Regione Umbria") in project(ext, "UMBRIA CONNESSA").implementers


def test_a_regional_councils_site_runs_nothing_and_a_head_written_as_initials_is_its_body() -> None:
    ext = facts(REGIONAL_ANSWER, "it", url="https://www.consiglio.regione.umbria.it/atti/risposta-12")
    runners = set(project(ext, "Mediatori in rete").implementers)
    assert runners == {org("Ambito Territoriale Sociale 4 di Todi")}


PROJECT_OWN_PAGE = (
    "PONTI FERRARESI\n"
    "Home | Il progetto | Partner | Contatti\n"
    "Il progetto\n"
    "Ponti Ferraresi – percorsi di autonomia per rifugiati\n"
    "Ponti Ferraresi accompagna verso l'autonomia le persone titolari di protezione internazionale.\n"
    "Capofila: ASP Servizi Sociali Ferrara\n"
    "Il progetto è cofinanziato dall'Unione europea nell'ambito del Fondo Asilo, Migrazione e "
    "Integrazione (FAMI) 2021-2027.\n"
    "Codice progetto: PROG-2999\n"
)


def test_an_about_page_titled_the_project_names_it_and_its_code_is_no_project() -> None:
    ext = facts(
        PROJECT_OWN_PAGE,
        "it",
        title="Il progetto | Ponti Ferraresi – percorsi di autonomia",
        url="https://www.pontiferraresi.it/il-progetto/",
    )
    assert len(ext.projects) == 1 and ext.projects[0].label.startswith("Ponti Ferraresi")
    assert AMIF in ext.projects[0].funders


GRANTS_REPORT = (
    "Geförderte Projekte 2024\n"
    "Träger | Projekt | Laufzeit | Stadt Marburg\n"
    "Caritasverband Marburg e. V. | Sprachtreff Mitte | 2024 | 5.000 €\n"
    "ZAQ gGmbH | Arbeitslotsen¹ | 2022–2024 | 8.000 €\n"
    '¹ Das Projekt „Arbeitslotsen" wird zusätzlich aus dem Europäischen Sozialfonds Plus (ESF+) gefördert.\n'
)


def test_a_superscript_number_ties_a_footnote_to_its_row() -> None:
    ext = facts(GRANTS_REPORT, "de")
    assert ESF in project(ext, "Arbeitslotsen").funders
    assert ESF not in project(ext, "Sprachtreff Mitte").funders
    assert not any("¹" in p.label for p in ext.projects)


LOCAL_SUBSIDY = (
    "Vraag 3\n"
    "Worden er ook lokale initiatieven ondersteund?\n"
    "Antwoord\n"
    "Ja. Uit de eigen gemeentelijke begroting subsidieert de gemeente Venray onder meer het Taalcafé "
    "Venray-Oost van Bibliotheek Venray, met een bijdrage van € 20.000 per jaar.\n"
)


def test_the_object_of_a_funding_verb_and_whose_it_is_name_a_project_and_its_runner() -> None:
    ext = facts(LOCAL_SUBSIDY, "nl")
    p = project(ext, "Taalcafé Venray-Oost")
    assert org("Bibliotheek Venray") in p.implementers and org("gemeente Venray") in p.funders


ASSOCIATION_PAGE = (
    "Our projects\n"
    "Harbour Voices\n"
    "Harbour Voices helped refugee families in Dunmore with English classes. It was delivered by "
    "Harbour Voices CLG and co-funded by the EU's Asylum, Migration and Integration Fund (AMIF).\n"
    "Results at a glance\n"
    "212 adults enrolled on ESOL classes\n"
    '40 families took part in the "settling in" programme\n'
    "Funding\n"
    "The project was co-funded (75%) by the Asylum, Migration and Integration Fund.\n"
)


def test_a_results_count_that_ends_on_a_project_noun_is_no_project() -> None:
    ext = facts(ASSOCIATION_PAGE, "en", title="Harbour Voices – Dunmore Welcome Centre")
    assert not any(p.label[:1].isdigit() for p in ext.projects)


PRESS_ARTICLE = (
    "Tournai : un « espace langues » pour les nouveaux arrivants\n"
    "Par Anne Dupont\n"
    "Bienvenue à « La Boussole », le nouvel espace langues et orientation lancé par le CPAS de Tournai.\n"
    "Le budget, 150.000 euros sur trois ans (2024-2026), est pris en charge à 75 % par le Fonds Asile, "
    "Migration et Intégration (FAMI).\n"
)


def test_a_quoted_name_set_beside_what_a_body_launched_names_its_project() -> None:
    ext = facts(
        PRESS_ARTICLE,
        "fr",
        title="Tournai : un « espace langues » pour les nouveaux arrivants",
        url="https://www.journal-hainaut.be/societe/tournai-espace-langues",
    )
    assert org("CPAS de Tournai") in project(ext, "Boussole").implementers
    assert not any(p.label == "Tournai" for p in ext.projects)
