"""Pages read in held48 (session 55): a project's name that holds its town's name ("Samen Starten
in Schiedam", „Ankommen in Halle – digital“); a fund the page names only in another project's
section, not the grant table's; a news story that quotes its project's name once; a budget's
chapter in brackets; a team's and an activities' heading; a runner's inflected name in a sentence
about a row; a later sentence that denies the money only where it says so; a body the project
receives money from; a partnership's lists under key headings; a town's co-funding line in the
record of a project another body runs."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL

HALLE_LIKE = (
    "Integration: Stadt übergibt Förderbescheide – Begegnungshaus wird digital\n\n"
    "Die Stadt Merseburg unterstützt in diesem Jahr acht Vereine mit insgesamt 96.000 Euro aus dem "
    "städtischen Integrationsfonds. Zugleich startet das Begegnungshaus der Stadt ein neues Projekt.\n\n"
    "Digitales Begegnungshaus\n"
    'Unter dem Titel „Ankommen in Merseburg – online" baut das Begegnungshaus ein mehrsprachiges '
    "Beratungsangebot auf. Das Projekt läuft vom 1. März 2024 bis zum 28. Februar 2027. Davon "
    "übernimmt der Asyl-, Migrations- und Integrationsfonds (AMIF) 75 Prozent, also 210.000 Euro.\n\n"
    "Integrationsfonds 2024: Beispiele aus der Förderung\n"
    "Aus dem städtischen Integrationsfonds werden 2024 unter anderem gefördert:\n"
    '• Kulturverein Saalebogen e.V.: „Lesepaten für Grundschulen" – 14.500 Euro\n'
    '• Nachbarschaftsnetz Süd e.V.: „Gartencafé International" – 9.000 Euro\n'
    "Das Land Sachsen-Anhalt fördert kommunale Integrationsarbeit über seine Richtlinie. Die in dieser "
    "Meldung genannten Projekte erhalten keine Landesmittel.\n"
)


def test_a_quoted_name_that_holds_its_towns_name_is_named() -> None:
    # (before: "Merseburg" in the quotes was the town's body, so "Unter dem Titel „...“" named nothing
    # and the headline's first word, "Integration", became the page's project)
    ext = facts(HALLE_LIKE, "de", title="Integration: Stadt übergibt Förderbescheide | Stadt Merseburg")
    p = project(ext, "Ankommen in Merseburg")
    assert AMIF in p.funders
    assert not [q for q in ext.projects if q.label == "Integration"]


def test_the_project_a_sentence_opens_on_is_the_one_named_last() -> None:
    # "Das Projekt läuft vom ..." follows the sentence naming „Ankommen in Merseburg – online“: the
    # grants listed after it in the same section are not given its years
    ext = facts(HALLE_LIKE, "de")
    assert (project(ext, "Ankommen in Merseburg").start_year, project(ext, "Ankommen in Merseburg").end_year) == (
        2024,
        2027,
    )
    lesepaten = project(ext, "Lesepaten")
    assert lesepaten.end_year != 2027


def test_a_town_fund_pays_its_list_and_a_denied_land_does_not() -> None:
    ext = facts(HALLE_LIKE, "de")
    cafe = project(ext, "Gartencafé")
    assert org("Stadt Merseburg") in cafe.funders
    assert AMIF not in cafe.funders
    assert not [f for f in cafe.funders if "sachsen-anhalt" in f]


WESTVELD_GRANTS = (
    "Gemeente Westveld\n"
    "Wonen en leven | Bestuur | Subsidies | Contact\n\n"
    "Verleende subsidies 2025: inburgering en taal\n\n"
    "Het college van burgemeester en wethouders heeft besloten over de aanvragen binnen het beleidsveld "
    "nieuwkomers. Hieronder vindt u een overzicht van de verleende subsidies.\n\n"
    "Aanvrager | Activiteit | Periode | Verleend bedrag\n"
    "Welzijn Westveld | Maatschappelijke begeleiding statushouders | 2025 | € 318.000\n"
    "Stichting Samen Westveld | Maatjesproject voor nieuwkomers | 2025 | € 21.400\n\n"
    "Europees gecofinancierd project: Thuis in Westveld\n\n"
    'Naast bovenstaande subsidies voert de gemeente zelf het project "Thuis in Westveld" uit. Het '
    "project geeft arbeidsmigranten voorlichting over wonen en zorg.\n\n"
    "Financiering Thuis in Westveld\n"
    "Het project wordt medegefinancierd door de Europese Unie uit het Europees Sociaal Fonds Plus (ESF+).\n"
)


def test_a_fund_said_only_of_another_project_does_not_pay_the_grant_table() -> None:
    # (before: the table had no caption, so its rows took the page's one fund, the ESF+ that the page
    # names only for the municipality's own project under its own headings)
    ext = facts(WESTVELD_GRANTS, "nl", url="https://www.gemeentewestveld.nl/subsidies/verleend-2025")
    row = project(ext, "Maatjesproject")
    assert ESF not in row.funders
    assert org("Gemeente Westveld") in row.funders
    assert ESF in project(ext, "Thuis in Westveld").funders


QUOTED_ONCE_FR = (
    "À Vierzon, des réfugiés apprennent le métier de boulanger\n\n"
    "Publié le 14/03/2024\n\n"
    "Depuis un an, un fournil du centre-ville accueille une dizaine de stagiaires. Comme lui, trente "
    "personnes sont déjà passées par « Pains d'ici et d'ailleurs » depuis le lancement du parcours, en "
    "janvier 2023. Le dispositif est prévu jusqu'à fin 2025.\n\n"
    "Sur les 210 000 euros prévus, 140 000 euros viennent du Fonds asile, migration et intégration (FAMI).\n\n"
    "« Il reste quelques places », glisse le chef formateur. L'association Relais Berry Solidaire porte "
    "le projet depuis le début.\n"
)


def test_a_news_story_names_its_project_by_the_one_name_it_quotes_once() -> None:
    ext = facts(QUOTED_ONCE_FR, "fr", title="À Vierzon, des réfugiés apprennent le métier de boulanger")
    labels = [p.label for p in ext.projects]
    assert "Pains d'ici et d'ailleurs" in labels
    # (what someone says, in quotes before "glisse ...", is no name)
    assert "Il reste quelques places" not in labels
    assert AMIF in project(ext, "Pains").funders


def test_a_call_page_quoting_a_name_once_names_no_project() -> None:
    # (a guard beside the rule that names a news story's project by its one quoted name)
    text = (
        "Appel à projets 2025 : intégration des primo-arrivants\n\n"
        "La préfecture lance un appel à projets. Les actions du type « Ateliers de français » sont "
        "éligibles au FAMI. Le projet doit démarrer avant le 1er mars 2025.\n"
    )
    ext = facts(text, "fr", title="Appel à projets 2025 : intégration des primo-arrivants")
    assert not [p for p in ext.projects if "Ateliers" in p.label]


ANSWER_NL = (
    "Antwoord 1\n"
    "Op dit moment gaat het om twee projecten.\n"
    "a) Samen Verder in Vlaardingen. Dit project wordt medegefinancierd door het Asiel-, Migratie- en "
    "Integratiefonds (AMIF). De gemeente Vlaardingen is aanvrager.\n"
    "b) Werkstart Nieuwkomers. Dit traject wordt uitgevoerd door Stichting Werkpad, en is onderdeel van "
    "de ESF+-aanvraag van de arbeidsmarktregio.\n\n"
    "Antwoord 3\n"
    "Samen Verder in Vlaardingen heeft een totale begroting van € 480.000. Daarvan wordt € 360.000 "
    "vergoed uit het AMIF. De resterende € 120.000 brengt de gemeente in uit de eigen begroting "
    "(programma Zorg en Welzijn). Werkstart Nieuwkomers heeft een begroting van € 300.000, waarvan "
    "€ 150.000 ESF+-subsidie.\n"
)


def test_a_list_lines_name_may_hold_its_town() -> None:
    # (a guard: on the page it was read from, the town's name in "Samen Starten in X." was the
    # town's body named elsewhere, and the line named no project; here the rule must keep it)
    ext = facts(ANSWER_NL, "nl")
    assert AMIF in project(ext, "Samen Verder").funders


def test_a_budget_chapter_in_brackets_is_no_project() -> None:
    ext = facts(ANSWER_NL, "nl")
    assert not [p for p in ext.projects if "Zorg en Welzijn" in p.label]


def test_a_projects_sentences_stop_at_one_that_opens_on_another_projects_name() -> None:
    # (a guard beside the rule that ends a project's follow-up sentences at another's name)
    ext = facts(ANSWER_NL, "nl")
    assert ESF not in project(ext, "Samen Verder").funders
    assert ESF in project(ext, "Werkstart").funders


PROJECT_PAGE_EN = (
    "New Arrivals Connect\n\n"
    "At a glance\n"
    "Project lead: Harbour Partnership\n"
    "Duration: 1 January 2024 – 31 December 2026\n"
    "EU contribution (AMIF, 75%): €261,450\n\n"
    "What we do\n"
    "• English language classes at beginner level, delivered by the Shannon Training Board.\n"
    "• Free advice on immigration status, provided by Doras Luimní.\n\n"
    "How is it funded?\n"
    "New Arrivals Connect is co-funded by the European Union under the Asylum, Migration and "
    "Integration Fund (AMIF).\n\n"
    "Meet the team\n"
    "Aoife Keane – Project Coordinator\n"
    "Tomasz Zielinski – Integration Worker\n"
)


def test_a_teams_lines_and_an_activities_lines_are_no_projects() -> None:
    ext = facts(PROJECT_PAGE_EN, "en", title="New Arrivals Connect | Harbour Partnership")
    labels = [p.label for p in ext.projects]
    assert not [x for x in labels if "Coordinator" in x or "Integration Worker" in x]
    assert not [x for x in labels if "English language classes" in x]


TABLE_THEN_GRANT_DE = (
    "Zu Frage 1:\n"
    "Folgende Projekte werden aus EU-Mitteln gefördert:\n\n"
    "Projekt\tTräger\tFonds\tLaufzeit\n"
    '„Ankommen in Lindenau"\tDiakonisches Werk an der Mulde gGmbH\tAMIF\t01.01.2023 – 31.12.2025\n'
    '„Frauen.Werkstatt"\tVerein Brückenschlag e.V.\tAMIF\t01.04.2024 – 31.03.2027\n\n'
    "Zu Frage 2:\n"
    "Die Stadt Grimma gewährt dem Diakonischen Werk an der Mulde für das Projekt „Ankommen in "
    'Lindenau" einen jährlichen Zuschuss von 40.000 Euro zur Kofinanzierung.\n'
)


def test_the_inflected_runner_a_row_sentence_names_is_no_payer() -> None:
    ext = extractor(TABLE_THEN_GRANT_DE, "de")
    row = next(p for p in ext.projects if "Lindenau" in p.label)
    payers = {ext.ctx.new_orgs[f].name if f in ext.ctx.new_orgs else f for f in row.funders}
    assert not [n for n in payers if "Diakonisch" in n]
    assert org("Stadt Grimma") in row.funders


def test_a_sentence_on_booked_money_denies_no_fund() -> None:
    text = (
        "Artikel 4\n"
        "De gemeenteraad neemt kennis van het project 'Kempen Onthaalt'. Dit project wordt gecoördineerd "
        "door de stad Geel en loopt van 2023 tot 2025. Het project wordt medegefinancierd door het "
        "Asiel-, Migratie- en Integratiefonds (AMIF). Voor het lokale luik is € 64.000 aan Europese "
        "middelen voorzien. Deze middelen staan los van de projectsubsidies in artikel 1 en worden niet "
        "op de budgetsleutel SAMENLEVEN geboekt.\n"
    )
    # (before: "Deze middelen ... niet" two sentences on read as "this fund is not taken part in")
    assert AMIF in project(facts(text, "nl"), "Kempen Onthaalt").funders


def test_a_country_not_taking_part_still_denies_its_fund() -> None:
    # (a guard beside the narrower reading of a later sentence's denial)
    text = (
        "Le projet « Pont Léman » est cofinancé par le Fonds asile, migration et intégration (FAMI). "
        "La Suisse ne participe pas à ce fonds.\n"
    )
    assert AMIF not in {f for p in facts(text, "fr").projects for f in p.funders}


def test_a_project_described_after_its_name_is_no_second_project() -> None:
    text = (
        "ARCIPELAGO è un progetto di rete che coinvolge i territori di Fano e Urbino. Il progetto è "
        "realizzato dal Comune di Fano ed è cofinanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI).\n"
    )
    labels = [p.label.lower() for p in facts(text, "it").projects]
    assert "progetto di rete" not in labels


def test_an_item_naming_its_project_in_quotes_before_its_runner() -> None:
    text = (
        "Antwoord 1\n"
        "Voor zover ons bekend gaat het om twee projecten.\n"
        'a) Het project "Roermond Verbindt" wordt uitgevoerd door de gemeente Roermond, in samenwerking '
        "met VluchtelingenWerk. Het wordt gefinancierd uit het AMIF.\n"
        "b) Werkfit Midden-Limburg wordt uitgevoerd door Stichting Werkpad en gefinancierd uit het ESF+.\n"
    )
    labels = [p.label for p in facts(text, "nl").projects]
    assert "Roermond Verbindt" in labels


def test_a_funds_programme_written_as_a_compound_is_no_project() -> None:
    text = (
        "Vraag 4\nWordt ook het Interreg-programma Deutschland-Nederland ingezet voor de integratie van "
        "nieuwkomers?\nAntwoord 4\nHet project Venlo Verbindt wordt gefinancierd door het AMIF.\n"
    )
    labels = [p.label for p in facts(text, "nl").projects]
    assert "Deutschland-Nederland" not in labels


def test_the_coordinator_heading_names_the_runner() -> None:
    text = (
        "SEEDLINK\n\nAbout the project\n"
        "SEEDLINK – Rural Inclusion of Third-Country Nationals – brings together five organisations.\n\n"
        "Key facts\nProgramme: Asylum, Migration and Integration Fund (AMIF) – Union Actions\n"
        "Start date: 1 February 2024\nEnd date: 31 January 2027\n\n"
        "What we do\n"
        "1. Map labour conditions in four rural municipalities (led by the University of Murcia).\n"
        "2. Train 80 cultural mediators.\n\n"
        "Partnership\nCoordinator\n• Fundación Murcia Acoge (Spain)\nBeneficiaries\n"
        "• Universidad de Murcia (Spain)\n• Consiglio Italiano per i Rifugiati – CIR (Italy)\n\n"
        "The grant agreement was signed with the European Commission, which monitors the project on "
        "behalf of the EU.\n"
    )
    ext = extractor(text, "en", title="SEEDLINK – About the project")
    labels = [p.label for p in ext.projects]
    assert not [x for x in labels if "behalf" in x]
    (p,) = [q for q in ext.projects if "SEEDLINK" in q.label]
    runners = {ext.ctx.new_orgs[o].name if o in ext.ctx.new_orgs else o for o in p.implementers}
    assert [n for n in runners if "Murcia Acoge" in n]
    assert not [n for n in runners if "University" in n or "Universidad" in n]


def test_money_received_from_a_body_is_its() -> None:
    text = (
        "Zwei Integrationsprojekte in Aalen gefördert\n\n"
        "Zwei Aalener Vorhaben zur Integration geflüchteter Menschen erhalten in den kommenden Jahren "
        "Fördermittel.\n\n"
        "„Brücke in Arbeit“ – Caritas Ostalb\n"
        "Unter dem Titel „Brücke in Arbeit“ begleiten Jobcoaches geflüchtete Menschen in Arbeit.\n"
        "Laufzeit: 01.10.2024 – 30.09.2027\n"
        "Gesamtkosten: 560.000 Euro\n"
        "davon Asyl-, Migrations- und Integrationsfonds (AMIF) der EU: 420.000 Euro (75 %)\n"
        "davon Kofinanzierung Stadt Aalen: 40.000 Euro\n\n"
        "Integrationsmanagement der Stadt Aalen\n"
        "Für das kommunale Integrationsmanagement erhält die Stadt Aalen vom Land Baden-Württemberg für "
        "die Jahre 2024 und 2025 Zuwendungen in Höhe von rund 380.000 Euro.\n"
    )
    ext = facts(text, "de")
    management = project(ext, "Integrationsmanagement")
    assert org("Land Baden-Württemberg") in management.funders
    assert AMIF not in management.funders and NATIONAL not in management.funders
    # (the town's co-funding line stands in the record of the project the Caritas runs)
    assert org("Stadt Aalen") in project(ext, "Brücke in Arbeit").funders
    assert org("Stadt Aalen") not in management.funders


def test_a_partners_line_with_its_role_after_a_dash_runs_no_second_project() -> None:
    text = (
        "ARCIPELAGO – Percorsi di inclusione nelle Marche\n\n"
        "ARCIPELAGO coinvolge i territori di Fano e Urbino. Il progetto è realizzato dal Comune di Fano, "
        "in qualità di capofila, in partenariato con il Comune di Urbino e la cooperativa sociale Onda "
        "Lunga.\n"
        "Durata: 1° gennaio 2024 – 31 dicembre 2026\n"
        "Costo complessivo: € 900.000,00\n\n"
        "Il partenariato\n"
        "Comune di Fano – capofila\n"
        "Coordina il progetto e gestisce lo sportello.\n\n"
        "Università di Urbino (UNIURB) – partner\n"
        "Cura il monitoraggio e la valutazione.\n\n"
        "Cooperativa sociale Onda Lunga – partner\n"
        "Gestisce i laboratori di lingua.\n\n"
        "Progetto cofinanziato dall'Unione europea – Fondo Asilo, Migrazione e Integrazione (FAMI). Del "
        "costo complessivo, € 675.000,00 sono a valere sulla quota comunitaria FAMI e € 225.000,00 "
        "costituiscono il cofinanziamento nazionale.\n"
    )
    ext = facts(text, "it", title="ARCIPELAGO – Percorsi di inclusione nelle Marche")
    assert not [p for p in ext.projects if "partner" in p.label.lower()]
    # (the line says the role: the pair decisions give a partner so named no project of its own)
    ex = extractor(text, "it")
    lined = [o for o in ex.ctx.orgs if ex.ctx.text[o.end : o.end + 12].startswith(" – partner")]
    assert lined and all(ex.ctx.is_named_as_partner(o) for o in lined)


LAND_GRANTS_DE = (
    "Freistaat fördert drei Integrationsprojekte in Plauen\n\n"
    "Drei Plauener Projekte können mit Geld vom Land planen. Die Mittel stammen aus der Förderrichtlinie "
    "Integrative Maßnahmen und werden vollständig aus Landesmitteln des Freistaates Sachsen bereitgestellt.\n\n"
    "Gefördert werden:\n\n"
    "1. „Brückenbauer Plauen“ – Sprach- und Kulturmittlung\n"
    "Träger: Caritasverband Vogtland e. V.\n"
    "Fördersumme: 98.500 Euro\n"
    "Laufzeit: 01.08.2024 – 31.12.2025\n\n"
    "2. „Nachbarschaftstreff Chrieschwitz“\n"
    "Träger: AWO Kreisverband Vogtland e. V.\n"
    "Fördersumme: 71.200 Euro\n"
    "Laufzeit: 01.09.2024 – 31.12.2025\n"
    "Die Stadt Plauen beteiligt sich zusätzlich mit 8.000 Euro Eigenmitteln.\n\n"
    "Weitere Angebote\n"
    "Seit 2023 läuft das Projekt „Elternlotsen Plauen“ des Kinderschutzbundes Plauen e. V. Es wird aus dem "
    "Asyl-, Migrations- und Integrationsfonds (AMIF) der Europäischen Union kofinanziert.\n"
)


def test_a_lead_that_says_the_land_pays_wholly_keeps_the_pages_fund_off_the_list() -> None:
    ext = facts(LAND_GRANTS_DE, "de")
    for words in ("Brückenbauer",), ("Nachbarschaftstreff",):
        p = project(ext, *words)
        assert AMIF not in p.funders, words
        assert org("Freistaat Sachsen") in p.funders, words
    assert AMIF in project(ext, "Elternlotsen").funders


def test_what_a_numbered_line_says_after_its_dash_is_no_runner_beside_a_runners_record_line() -> None:
    ex = extractor(LAND_GRANTS_DE, "de")
    p = next(q for q in ex.projects if "Brückenbauer" in q.label)
    runners = {ex.ctx.new_orgs[o].name if o in ex.ctx.new_orgs else o for o in p.implementers}
    assert not [n for n in runners if "Kulturmittlung" in n]
    assert [n for n in runners if "Caritasverband" in n]


PREFECTURE_GRANTS_FR = (
    "Intégration des étrangers primo-arrivants : 171 000 € pour quatre projets\n\n"
    "Les subventions suivantes sont attribuées par la préfecture du Morbihan sur les crédits du "
    "programme 104, après instruction des dossiers par la DDETS :\n\n"
    "• Ateliers sociolinguistiques à Vannes et Auray — association Mots Partagés : 36 000 €\n"
    "• « Cap Métiers », accompagnement vers l'emploi des réfugiés à Lorient — Coallia : 88 000 €\n"
    "• Parrainage et logement des jeunes réfugiés — Fondation Saint-Yves Accueil : 29 000 €\n"
    "• Permanences d'accès aux droits à Pontivy — CIDFF du Morbihan : 18 000 €\n"
)


def test_grant_lines_give_the_project_then_its_runner_after_a_dash() -> None:
    # (before: the lines named no project but one, and that one's runner was a town in its title)
    ext = extractor(PREFECTURE_GRANTS_FR, "fr")
    found = {}
    for p in ext.projects:
        (runner,) = p.implementers
        found[p.label] = ext.ctx.new_orgs[runner].name if runner in ext.ctx.new_orgs else runner
    assert found.get("Cap Métiers") == org("Coallia")  # (a body of the reference data)
    assert found.get("Permanences d'accès aux droits à Pontivy") == "CIDFF du Morbihan"
    assert found.get("Ateliers sociolinguistiques à Vannes et Auray", "").endswith("Mots Partagés")
    assert len(found) == 4
