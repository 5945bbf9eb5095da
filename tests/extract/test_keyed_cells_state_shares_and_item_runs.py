"""Pages read in held45 (session 53): a town's table whose cells name the grant's holder and the
body that carries it out ("Ente titolare: X; ente attuatore: Y"); a partner column that names a
runner by its key; a contract's list whose lines give the State's part in brackets ("(État)") and
whose intro sets the money apart from the fund ("distincts du FAMI"); a summary box "Auf einen
Blick"; "die Stadt" for a "Landeshauptstadt"; a role compound that names no body
("Bewilligungsbehörde"); a numbered line "Name – Träger e.V."; a page without blank lines whose
dashed items each open a paragraph; an article that opens a sentence before a name; the co-funding
as the fronted object; a French participle of contributing; the fund's own envelope for its whole
period; and a council letter's part headings."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, mention_names, names, org, project

from migkg.loaders.extract.cues import cues_for
from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.projects import generic_heading

HOLDERS_IT = (
    "Comune di Valdoria\n"
    "Progetti finanziati in materia di immigrazione\n"
    "Di seguito l'elenco dei progetti in corso.\n"
    "Progetto\tFonte di finanziamento\tSoggetti coinvolti\tDurata\tImporto\n"
    "SAI Valdoria Accoglie – 60 posti\tFondo nazionale per le politiche e i servizi dell'asilo – Ministero "
    "dell'Interno\tEnte titolare: Comune di Valdoria; ente attuatore: Cooperativa Sociale Il Faro Blu\t"
    "2024 – 2026\t€ 2.100.000,00\n"
    "LAVORO INSIEME – orientamento al lavoro\tFAMI 2021-2027\tCapofila: Regione Valdoria; partner: "
    "Associazione Ponti Aperti, Comune di Valdoria\t2023 – 2026\t€ 840.000,00\n"
)


def test_a_cell_keyed_holder_and_carrier_both_run_the_row() -> None:
    ext = facts(HOLDERS_IT, "it")
    sai = project(ext, "Valdoria Accoglie")
    # (before: "Soggetti coinvolti" was no column of organisations; the page's owner ran every row,
    # and the cooperative that carries the centre out ran nothing)
    assert org("Comune di Valdoria") in sai.implementers
    assert org("Cooperativa Sociale Il Faro Blu") in sai.implementers


def test_a_cell_keyed_partner_takes_part_and_does_not_run() -> None:
    ext = facts(HOLDERS_IT, "it")
    row = project(ext, "LAVORO INSIEME")
    assert org("Regione Valdoria") in row.implementers
    assert org("Associazione Ponti Aperti") in row.partners
    assert org("Associazione Ponti Aperti") not in row.implementers


CARRIERS_IT = (
    "Comune di Castelrocca\n"
    "Progetti finanziati\n"
    "N. | Progetto | Fonte di finanziamento | Titolare / capofila | Partner / ente attuatore | Periodo | Importo\n"
    "1 | Seconda accoglienza Casa Aurora | Fondo nazionale per l'accoglienza dei minori – Ministero "
    "dell'Interno | Comune di Castelrocca | Ente attuatore: Cooperativa sociale Girasole | anno 2025 | € 310.000,00\n"
    "2 | Castelrocca Include | FAMI 2021-2027 | Comune di Castelrocca | Associazione Mani Tese Sud; "
    "Università di Castelrocca | 2024 – 2026 | € 450.000,00\n"
)


def test_a_partner_column_keeps_the_lead_column_and_its_keyed_runner_runs() -> None:
    ext = facts(CARRIERS_IT, "it")
    # (before: the second column of organisations took the first one's place, so the partners ran
    # the rows and the town that holds them ran none)
    casa = project(ext, "Casa Aurora")
    assert org("Comune di Castelrocca") in casa.implementers
    assert org("Cooperativa sociale Girasole") in casa.implementers
    include = project(ext, "Castelrocca Include")
    assert set(include.implementers) == {org("Comune di Castelrocca")}
    assert org("Associazione Mani Tese Sud") in include.partners


CONTRACT_FR = (
    "Ville de Beaulac\n"
    "Communiqué de presse\n"
    "L'État et la Ville de Beaulac signent un contrat pour l'intégration des réfugiés\n"
    "L'État mobilise 150 000 € par an sur les crédits du programme 104. La Ville de Beaulac y consacre 40 000 € "
    "par an sur son budget propre.\n"
    "Ces crédits sont distincts du Fonds asile, migration et intégration (FAMI), dont l'appel à projets reste "
    "ouvert jusqu'au 31 mars.\n"
    "Pour la première année, trois actions ont été retenues :\n"
    "1. Ateliers de français pour parents, porté par l'AFPR Grand Beaulac : 38 000 € (État).\n"
    "2. Accompagnement vers le logement, porté par Habitat Pluriel : 52 000 €, dont 32 000 € de l'État et "
    "20 000 € de la Ville.\n"
    "3. Parrainage vers l'emploi, porté par l'association Cap Métiers : 18 000 € (Ville).\n"
    "4. Guichet unique pour les réfugiés, porté par l'association Point Accueil Beaulac : 30 000 €.\n"
)


def test_a_line_runner_stops_before_the_colon_of_its_sum() -> None:
    ext = extractor(CONTRACT_FR, "fr")
    # (before: "AFPR Grand Beaulac : 38 000 €" was the name of the body that runs the first action)
    assert "AFPR Grand Beaulac" in mention_names(ext)
    assert not any("000" in name for name in mention_names(ext))


def test_the_state_in_brackets_after_a_sum_is_the_national_money() -> None:
    ext = facts(CONTRACT_FR, "fr")
    assert NATIONAL in project(ext, "Ateliers de français").funders
    assert NATIONAL in project(ext, "logement").funders
    assert NATIONAL not in project(ext, "Parrainage").funders


def test_money_set_apart_from_the_fund_is_not_the_funds() -> None:
    # (before: each fund named after "distincts du", "los van het" was a fund that pays)
    fr = extractor(CONTRACT_FR, "fr")
    assert not any(m.entity.iri == AMIF for m in fr.ctx.funds)
    nl = extractor(
        "Antwoord van de minister\nLos van het AMIF heeft de stad aan Thuiswerk vzw een subsidie van € 60.000 "
        "toegekend voor het project 'Thuis in Noordstad'.\n",
        "nl",
    )
    assert not any(m.entity.iri == AMIF for m in nl.ctx.funds)


def test_a_fund_before_a_project_noun_is_not_set_apart() -> None:
    text = (
        "Landkreis Nordtal\n"
        "„Neu im Tal“: EU fördert Beratung für Geflüchtete\n"
        "Das Projekt „Neu im Tal“ des Diakonieverbands Nordtal wird aus dem Asyl-, Migrations- und "
        "Integrationsfonds (AMIF) gefördert.\n"
        "Unabhängig vom AMIF-Projekt startet bei der Volkshochschule Nordtal ein Sprachkurs.\n"
    )
    ext = facts(text, "de")
    # (a guard: "unabhängig vom AMIF-Projekt" sets the course apart from a project, not from the fund)
    assert AMIF in project(ext, "Neu im Tal").funders


def test_a_summary_box_heading_names_no_project() -> None:
    de, en, nl = cues_for("de"), cues_for("en"), cues_for("nl")
    # (before: "Auf einen Blick" over "Träger: ..." was read as the name of the page's project)
    assert generic_heading("Auf einen Blick", de)
    assert generic_heading("At a glance", en)
    assert generic_heading("In het kort", nl)
    assert not generic_heading("Ankommen im Quartier", de)


CITY_DE = (
    "Pressemitteilung\n"
    "Stadt fördert zwei Projekte für geflüchtete Menschen\n"
    "Die Landeshauptstadt Hannover unterstützt zwei neue Angebote für Geflüchtete. Das hat der Gemeinderat "
    "beschlossen.\n"
    "Die zwei Projekte im Überblick:\n"
    "1. „Frauencafé Mitte“ – Evangelischer Verein Neuberg e.V.\n"
    "Ein offener Treffpunkt für geflüchtete Frauen. Die Stadt finanziert das Angebot in den Jahren 2025 und 2026 "
    "mit 80.000 Euro.\n"
    "2. Psychosoziale Beratung für traumatisierte Geflüchtete – Refugium Neuberg e.V.\n"
    "Das Vorhaben wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert. Bewilligungsbehörde "
    "ist das Bundesamt für Migration und Flüchtlinge (BAMF). Die Stadt übernimmt den Eigenanteil von 50.000 Euro.\n"
)


def test_die_stadt_is_the_landeshauptstadt_the_text_names() -> None:
    ext = facts(CITY_DE, "de")
    city = org("Landeshauptstadt Hannover")
    # (before: "die Stadt" named no body, so the town paid for neither project)
    assert city in project(ext, "Frauencafé Mitte").funders
    assert city in project(ext, "Psychosoziale Beratung").funders


def test_a_role_compound_names_no_organisation() -> None:
    ext = extractor(CITY_DE, "de")
    # (before: "Bewilligungsbehörde" was a body of its own, and ran the AMIF project)
    assert "Bewilligungsbehörde" not in mention_names(ext)


def test_a_numbered_line_name_then_dash_then_a_whole_body_name() -> None:
    ext = facts(CITY_DE, "de")
    p = project(ext, "Psychosoziale Beratung")
    # (before: the whole line was the project's name, and it had no runner)
    assert "Refugium" not in p.label
    assert org("Refugium Neuberg") in p.implementers


ITEMS_DE = (
    "Stadt Lindhof\n"
    "Drei Integrationsprojekte in Lindhof gefördert\n"
    "Drei Lindhofer Integrationsprojekte erhalten Fördermittel. Die Bescheide liegen vor.\n"
    "Die Projekte im Überblick:\n"
    "– „Ankommen in Lindhof“\n"
    "Der Kulturverein Lindhof e.V. bietet Orientierungskurse an. Das Vorhaben läuft von 2024 bis 2026 und "
    "wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert.\n"
    "– „Stark im Viertel“\n"
    "Beim Nachbarschaftshaus Lindhof e.V. begleiten Mentorinnen geflüchtete Frauen. Das Land Niedersachsen "
    "fördert das Projekt mit 60.000 Euro.\n"
    "– Dolmetscherpool\n"
    "Der Flüchtlingsrat Lindhof e.V. baut seinen Pool aus Sprachmittlern aus.\n"
)


def test_dashed_items_each_over_its_paragraph_on_a_page_without_blank_lines() -> None:
    ext = facts(ITEMS_DE, "de")
    # (before: only the item right under the intro was a project; the others stood after a
    # sentence of the same paragraph and had no intro)
    labels = {p.label for p in ext.projects}
    assert any("Stark im Viertel" in label for label in labels), labels
    assert any("Dolmetscherpool" in label for label in labels), labels


def test_a_sentence_opening_article_is_no_part_of_the_name() -> None:
    ext = extractor(ITEMS_DE, "de")
    names = mention_names(ext)
    # (before: "Der Kulturverein Lindhof e.V." was the name)
    assert "Kulturverein Lindhof e.V." in names
    assert not any(name.startswith("Der ") for name in names)


def test_an_article_and_one_word_stay_a_name() -> None:
    ext = extractor("Neues Angebot\nDie Brücke e.V. bietet Kurse an.\n", "de")
    # (a guard: "Die Brücke" is the association's name, article and all)
    assert "Die Brücke e.V." in mention_names(ext)


def test_the_fronted_co_funding_names_its_payer() -> None:
    text = (
        "Stadt Eichtal\n"
        "EU fördert Orientierungskurse in Eichtal\n"
        "Das Projekt „Ankommen in Eichtal“ des Caritasverbands Eichtal e.V. läuft von 2024 bis 2027. Davon werden "
        "300.000 Euro aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) bereitgestellt. Die Kofinanzierung "
        "übernimmt die Stadt Eichtal mit 40.000 Euro.\n"
    )
    ext = facts(text, "de")
    # (before: the verb before its subject named no payer)
    assert org("Stadt Eichtal") in project(ext, "Ankommen in Eichtal").funders


PRESS_FR = (
    "Mons-Nord : un « Tremplin » vers l'emploi pour les réfugiés\n"
    "Une trentaine de réfugiés suivent depuis l'automne un parcours qui mêle cours de français et stages.\n"
    "Le projet court jusqu'au 31 août 2026. Son budget total atteint 400.000 euros. Le Fonds Asile, Migration et "
    "Intégration (FAMI) en finance 300.000 euros, soit 75 %, la Wallonie apportant les 100.000 euros restants.\n"
    "Pour rappel, le FAMI dispose de 9,88 milliards d'euros pour la période 2021-2027 à l'échelle de toute "
    "l'Union.\n"
    "Le projet « Tremplin » est porté par le Centre interculturel de Mons-Nord (CIMN).\n"
)


def test_a_french_participle_of_contributing_names_a_payer() -> None:
    ext = facts(PRESS_FR, "fr")
    # (before: "la Wallonie apportant les ... restants" named no payer)
    assert any(org("Wallonie") in p.funders or "wallon" in " ".join(p.funders) for p in ext.projects)


def test_the_funds_envelope_for_its_whole_period_is_no_share_of_the_project() -> None:
    ext = facts(PRESS_FR, "fr")
    # (before: the 9,88 billion became the FAMI's share of the project)
    for p in ext.projects:
        assert all(value < 10_000_000 for value, _c, _ev in p.amounts.values()), p.amounts


def test_a_council_letters_part_heading_names_no_project() -> None:
    nl = cues_for("nl")
    # (before: "Resultaten tot en met maart 2024" and "Vervolg na 2025" were projects of the letter)
    assert generic_heading("Resultaten tot en met maart 2024", nl)
    assert generic_heading("Vervolg na 2025", nl)
    assert generic_heading("Bijlagen", nl)
    assert not generic_heading("Samen aan de slag 2024", nl)


RECORD_NL = (
    "Stichting Nieuwe Start\n"
    "Werkstart Breeveld – jonge statushouders naar werk\n"
    "Werkstart Breeveld helpt jonge statushouders op weg naar werk en opleiding.\n"
    "Looptijd: 2023 - 2026\n"
    "Projectleider: Marieke van der Berg\n"
    "Het project wordt medegefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
)


def test_a_person_under_a_persons_key_runs_nothing() -> None:
    ext = extractor(RECORD_NL, "nl", title="Werkstart Breeveld | Stichting Nieuwe Start")
    # (before: "Marieke van der Berg" under "Projectleider:" was the body that runs the project)
    assert not any("Marieke" in name for name in mention_names(ext))


def test_a_news_box_of_dated_headlines_names_no_project() -> None:
    text = (
        "Over BRIDGE-NS\n"
        "BRIDGE-NS wordt gefinancierd door het Interreg North Sea-programma.\n"
        "Leadpartner\tStad Brugge (BE)\n"
        "Laatste nieuws\n"
        "18.04.2024 – Eerste loket opent in het stadhuis van Brugge\n"
        "10.10.2024 – BRIDGE-NS op de jaarconferentie van het Interreg North Sea-programma\n"
        "Alle nieuws »\n"
    )
    ext = facts(text, "nl")
    labels = [p.label for p in ext.projects]
    # (before: the last headline of the box was the project's name, and the province ran it)
    assert not any("jaarconferentie" in label for label in labels), labels
    assert org("Stad Brugge") in {o for p in ext.projects for o in p.implementers}


def test_an_apposed_name_with_small_words_and_a_dutch_relative() -> None:
    text = (
        "Nieuwkomers leren Nederlands op de werkvloer\n"
        "Samir is een van de deelnemers aan Taal op de Werf, een project waarbij werknemers taalles krijgen op "
        "hun werkplek.\n"
        "Het project wordt betaald met Europees geld uit het ESF+. Achter het project zit Werkbrug vzw.\n"
    )
    ext = facts(text, "nl")
    labels = [p.label for p in ext.projects]
    # (before: "waarbij" opened no relative clause, and the name stopped at its small words)
    assert "Taal op de Werf" in labels, labels


def test_a_programme_named_with_the_funds_whole_period_is_no_project() -> None:
    text = (
        "CIME – Accoglienza nelle valli di confine | Interreg ALPIMED\n"
        "Il progetto CIME è cofinanziato dal FESR nell'ambito del programma Interreg ALPIMED. Capofila: "
        "Comune di Valfonda.\n"
        "Il programma ALPIMED dispone per il periodo 2021-2027 di circa 150 milioni di euro di FESR.\n"
    )
    ext = facts(text, "it")
    # (before: "il programma ALPIMED" was a project, with the programme's envelope and period)
    assert not any(p.label == "ALPIMED" for p in ext.projects), [p.label for p in ext.projects]
    for p in ext.projects:
        assert all(value < 10_000_000 for value, _c, _ev in p.amounts.values()), p.amounts


def test_the_commissions_service_that_manages_a_fund_runs_nothing() -> None:
    text = (
        "CITY-LINK – newcomers and jobs in cities\n"
        "CITY-LINK is coordinated by Urbanet. The project is co-funded by the European Union's Asylum, Migration "
        "and Integration Fund (AMIF) under the 2023 call for transnational actions, managed by the European "
        "Commission's Directorate-General for Migration and Home Affairs (DG HOME).\n"
    )
    ext = facts(text, "en")
    dg = "https://w3id.org/migkg/id/org/directorate-general-for-migration-and-home-affairs"
    # (before: "managed by" the Commission's service made it the project's runner)
    assert not any(dg in p.implementers for p in ext.projects)


ROLES_IT = (
    "Comune di Portoselva\n"
    "Elenco dei progetti in materia di immigrazione\n"
    "N. | Progetto | Fonte di finanziamento | Ruolo del Comune / soggetti | Periodo | Importo complessivo\n"
    "1 | SAI Portoselva – categoria ordinari | Ministero dell'Interno – FNPSA | Ente titolare; ente attuatore: "
    "Cooperativa sociale Vela Nuova | 2023 – 2025 | € 1.900.000,00\n"
    "2 | RETE Sud – mediazione e orientamento | FAMI 2021-2027 | Partner; capofila: Regione Puglia | 2023 – 2025 | "
    "€ 2.600.000,00\n"
    "Comune di Portoselva – Piazza del Municipio 1 – 70000 Portoselva\n"
)


def test_a_role_column_gives_the_owners_role_then_the_others_by_their_keys() -> None:
    ext = facts(ROLES_IT, "it", url="https://www.comunediportoselva.it/progetti-immigrazione")
    owner, coop, region = org("Comune di Portoselva"), org("Cooperativa sociale Vela Nuova"), org("Regione Puglia")
    # (before: "Ruolo del Comune / soggetti" was no column of roles; the town ran every row)
    sai = project(ext, "SAI Portoselva")
    assert owner in sai.implementers and coop in sai.implementers
    rete = project(ext, "RETE Sud")
    assert region in rete.implementers
    assert owner not in rete.implementers and owner in rete.partners


def test_a_share_word_opens_no_body_name() -> None:
    # (before: "Quota Comune", a money column's header, was read as a body's name)
    assert "Quota Comune" not in names("Importo complessivo | Quota Comune | Quota Regione", "it")
    assert "Anteil Land" not in names("Gesamtkosten | Anteil Land | Anteil Stadt", "de")


TABLE_AND_NOTE_DE = (
    "Antwort der Verwaltung\n"
    "Im Stadtgebiet werden aktuell zwei Projekte aus dem AMIF gefördert:\n"
    "Projekt | Träger | Laufzeit | AMIF-Zuwendung\n"
    "Lotsen plus – Beratung in den Unterkünften | Diakonisches Werk Talheim e.V. | 2023 – 2025 | 400.000,00 €\n"
    "Heimatwege – Perspektivberatung | Caritasverband Talheim e.V. | 2023 – 2025 | 190.000,00 €\n"
    'Das Projekt „Lotsen plus" wird außerdem vom Freistaat Bayern (Bayerisches Staatsministerium des Innern, '
    "für Sport und Integration) mit 60.000 € kofinanziert.\n"
)


def test_a_sentence_after_a_table_names_a_rows_other_payer() -> None:
    ext = facts(TABLE_AND_NOTE_DE, "de")
    lotsen = project(ext, "Lotsen plus")
    # (before: the rows held only what their cells said)
    assert org("Freistaat Bayern") in lotsen.funders
    assert org("Freistaat Bayern") not in project(ext, "Heimatwege").funders
    # (the ministry in brackets is the Land's own department, no payer of its own)
    assert not any("staatsministerium" in f for f in lotsen.funders)


OVERVIEW_DE = (
    "Landeshauptstadt Mainz\n"
    "Pressemitteilung\n"
    "Mehr als eine Million Euro für Integrationsprojekte\n"
    "Drei Angebote für neu zugewanderte Menschen können auf gesicherte Finanzierung bauen.\n"
    "\n"
    "Die Projekte im Überblick:\n"
    "\n"
    "Ankommen und Orientieren (Caritasverband Mainz e. V.)\n"
    "Das Projekt begleitet Geflüchtete in den ersten zwei Jahren. Es wird aus dem Asyl-, Migrations- und "
    "Integrationsfonds (AMIF) kofinanziert.\n"
    "\n"
    "Sprachtreffs in den Stadtteilen (Bildungswerk Rhein gGmbH)\n"
    "Offene Sprachtreffs ergänzen die Integrationskurse. Das Land Rheinland-Pfalz fördert die Treffs mit 40.000 Euro.\n"
    "\n"
    "Hintergrund\n"
    "In Mainz leben Menschen aus mehr als 150 Nationen.\n"
)


def test_headings_under_an_uncounted_intro_each_name_a_project() -> None:
    ext = facts(OVERVIEW_DE, "de")
    # (before: the intro gave no number, so the headings under it were none of its projects)
    ankommen = project(ext, "Ankommen und Orientieren")
    assert org("Caritasverband Mainz e. V.") in ankommen.implementers or any(
        "caritasverband-mainz" in o for o in ankommen.implementers
    )
    assert any("bildungswerk-rhein" in o for o in project(ext, "Sprachtreffs").implementers)
    assert not any(p.label == "Hintergrund" for p in ext.projects)


def test_a_relative_clause_that_carries_the_project_names_its_runner() -> None:
    text = (
        "Vélo-école : des réfugiés apprennent le français en réparant des vélos\n"
        "Le principe de « Roue Libre » est simple : on apprend le français en réparant des vélos.\n"
        "Depuis janvier 2023, le projet dispose d'un budget de 86 000 euros, dont 48 000 euros apportés par l'Union "
        "européenne au titre du Fonds asile, migration et intégration (FAMI).\n"
        "La Ville de Vichette, elle, prête gratuitement le local de la rue Haute.\n"
        "Pour l'association Les Rayons Solidaires clermontois, qui porte le projet, l'enjeu est de trouver une "
        "suite.\n"
    )
    ext = facts(text, "fr")
    # (a guard: on the page read, "X clermontoise, qui porte le projet" made X no runner, and the
    # town that lends a room ran the project; this short text's pair decisions find X either way)
    assert org("Les Rayons Solidaires") in {o for p in ext.projects for o in p.implementers}


def test_a_footer_line_says_whose_project_it_is() -> None:
    text = (
        "Over het project\n"
        "Samen Sterk Zeewijk koppelt statushouders aan vrijwilligers. Het project wordt medegefinancierd door het "
        "Asiel-, Migratie- en Integratiefonds.\n"
        "\n"
        "Samen Sterk Zeewijk is een project van Stichting Welzijn Zeewijk\n"
        "Contact\n"
        "info@samensterkzeewijk.nl\n"
    )
    ext = facts(text, "nl")
    # (before: the whole line was the project's name, and "Samen Sterk Zeewijk" its runner)
    p = project(ext, "Samen Sterk Zeewijk")
    assert "Stichting" not in p.label
    assert org("Stichting Welzijn Zeewijk") in p.implementers


def test_a_theme_word_before_a_quoted_name_runs_nothing() -> None:
    text = (
        "La Ville de Nantelle soutient deux projets associatifs\n"
        "Le conseil municipal a adopté l'attribution de 43 000 € de subventions à deux projets en faveur des "
        "réfugiés.\n"
        "Les projets soutenus\n"
        "1. Logement – « Toit Commun »\n"
        "L'association Habitat Partagé 44 développe des colocations. Subvention municipale : 25 000 €. Le logement "
        "reste la première difficulté.\n"
        "2. Emploi – « Cap Métiers »\n"
        "L'association Tremplin 44 accompagne 60 réfugiés vers l'emploi. Subvention municipale : 18 000 €.\n"
    )
    ext = extractor(text, "fr")
    # (before: "Logement", the theme of the line, was the body that ran « Toit Commun »)
    assert "Logement" not in mention_names(ext)


def test_the_body_that_examined_the_file_is_an_authority() -> None:
    cues = cues_for("fr")
    # (before: "Le dossier européen a été instruit par la DDETS" made the DDETS the project's runner)
    assert cues.search("authority_cues", "Le dossier européen a été instruit par la DDETS de la Sarthe.")


GRANTS_AND_LINES_FR = (
    "Ville de Beaumarché\n"
    "Accueil des personnes exilées : la Ville soutient trois projets associatifs\n"
    "Le Conseil municipal a adopté l'attribution de subventions à trois structures.\n"
    "Les projets soutenus\n"
    "Porteur | Action | Subvention Ville de Beaumarché 2024\n"
    "AIDA – Association d'aide aux arrivants | « Maison des mots » : ateliers sociolinguistiques | 12 000 €\n"
    "Accueil Solidaire Beaumarché (ASB) | « Binômes » : parrainage de familles réfugiées | 8 000 €\n"
    "Centre social Les Tilleuls | « Cuisines partagées » : ateliers collectifs | 3 000 €\n"
    "Total | | 23 000 €\n"
    "Des financements complémentaires\n"
    "• La « Maison des mots » de l'AIDA est un projet pluriannuel. Elle est cofinancée par l'Union européenne au "
    "titre du Fonds asile, migration et intégration (FAMI) à hauteur de 40 000 €.\n"
    "• Les « Binômes » reçoivent également 10 000 € de l'État.\n"
)


def test_a_list_line_under_a_table_gives_its_fund_to_the_row_it_names_only() -> None:
    ext = facts(GRANTS_AND_LINES_FR, "fr")
    # (before: the FAMI the first line names paid every row, and the State paid none)
    assert AMIF in project(ext, "ateliers sociolinguistiques").funders
    assert AMIF not in project(ext, "Cuisines partagées").funders
    assert NATIONAL in project(ext, "parrainage").funders


ANSWER_NL = (
    "Beantwoording schriftelijke vragen\n"
    "Antwoord 1\n"
    "De gemeente is zelf aanvrager van één Europees project:\n"
    "• Werkpad Nieuwkomers. Namens de regio heeft de gemeente Zeeveld subsidie ontvangen uit het Europees Sociaal "
    "Fonds Plus (ESF+). Looptijd: 1 januari 2024 t/m 31 december 2025. De ESF+-bijdrage is € 300.000.\n"
    "Daarnaast lopen in onze gemeente projecten van maatschappelijke organisaties:\n"
    "• VluchtelingenWerk Oost-Nederland voert in Zeeveld het project 'Samen Thuis' uit. Dit project wordt "
    "gefinancierd uit het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
    "Antwoord 2\n"
    "Van het project van VluchtelingenWerk hebben wij geen cijfers op gemeenteniveau.\n"
)


def test_a_list_line_that_opens_with_a_name_then_says_how_it_is_paid() -> None:
    ext = facts(ANSWER_NL, "nl")
    # (before: the line's colon and sum made it a payer's share line, no project)
    assert "ESF" in " ".join(project(ext, "Werkpad Nieuwkomers").funders)


def test_a_project_known_by_its_owner_that_runs_a_named_one_is_that_one() -> None:
    ext = facts(ANSWER_NL, "nl")
    # (before: "het project van VluchtelingenWerk" was a second project, paid by every fund the page names)
    assert not any("VluchtelingenWerk" in p.label for p in ext.projects), [p.label for p in ext.projects]
