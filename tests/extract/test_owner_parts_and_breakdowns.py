"""A site owner's page about its own project: a footer line with the owner's long name is no
project heading, a project noun inside an organisation's name names no project, "notre service X"
is a part of the owner (the owner runs the project), and the items under the project's cost line
are the cost's breakdown by payer. Also: "le projet X, lancé en 2024 par Y" is run by Y."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL

OWNER_PAGE = (
    "Accueil > Nos services > Emploi\n"
    "\n"
    "Cap Métier – vers un premier emploi\n"
    "\n"
    "Vous habitez Florennes depuis peu et vous cherchez un travail ? Notre service Insertion "
    "professionnelle vous accompagne pas à pas.\n"
    "C'est pour cela que nous avons lancé « Cap Métier ». Ce projet s'adresse aux personnes arrivées depuis "
    "moins de trois ans.\n"
    "\n"
    "Durée et financement\n"
    "\n"
    "Cap Métier court du 1er mars 2024 au 28 février 2026.\n"
    "Budget total du projet : 250.000,00 €\n"
    "- Fonds Asile, Migration et Intégration (FAMI) : 187.500,00 € (75 %)\n"
    "- Province de Namur : 62.500,00 € (25 %)\n"
    "\n"
    "CPAS de Florennes – Centre Public d'Action Sociale\n"
    "Place Verte 3, 5620 Florennes\n"
)
URL = "https://www.cpasflorennes.be/emploi/cap-metier"
TITLE = "Cap Métier – vers un premier emploi | CPAS"


def test_a_footer_line_with_the_owners_long_name_names_no_project() -> None:
    ext = facts(OWNER_PAGE, "fr", title=TITLE, url=URL)
    assert not [p for p in ext.projects if "Action Sociale" in p.label]


def test_the_title_names_the_project_when_no_organisation_name_is_taken_for_one() -> None:
    ext = facts(OWNER_PAGE, "fr", title=TITLE, url=URL)
    assert [p.label for p in ext.projects] == ["Cap Métier"]


def test_the_items_under_the_cost_line_are_its_payers() -> None:
    ex = extractor(OWNER_PAGE, "fr", url=URL, title=TITLE)
    p = project(ex, "Cap Métier")
    assert AMIF in p.funders
    assert any(o.name.startswith("Province de Namur") and o.iri in p.funders for o in ex.ctx.orgs)


def test_our_service_runs_nothing_its_owner_does_not() -> None:
    ex = extractor(OWNER_PAGE, "fr", url=URL, title=TITLE)
    p = project(ex, "Cap Métier")
    owner = ex.ctx.site_owner
    assert owner is not None and "florennes" in owner
    assert set(p.implementers) == {owner}


def test_a_project_noun_inside_an_organisations_name_names_no_project() -> None:
    text = (
        "Le duo fait partie d'un accompagnement du Centre d'Action Interculturelle de Dinant (CAI). "
        "Il est financé par le FAMI.\n"
    )
    ex = extractor(text, "fr")
    # (the pair decisions may still name a project by its runner; no rule takes the name's word)
    assert not [p.label for p in ex.projects if p.rule != "decide_pairs"]


def test_a_project_launched_by_an_organisation_some_time_ago_is_run_by_it() -> None:
    text = (
        "Depuis l'automne, Karim et Louise font équipe dans le projet Passerelle, lancé en septembre 2023 par "
        "l'asbl Lien Solidaire. Les deux tiers du budget viennent du FAMI.\n"
    )
    ex = extractor(text, "fr")
    assert org("Lien Solidaire") in project(ex, "Passerelle").implementers


def test_a_call_launched_by_an_organisation_makes_it_no_runner() -> None:
    # the launch is said of the call, not of the project named in another sentence
    text = (
        "L'appel à projets lancé en janvier 2024 par la Direction de l'Intégration a retenu un projet. "
        "Le projet Passerelle de l'asbl Lien Solidaire est financé par le FAMI.\n"
    )
    ext = facts(text, "fr")
    runners = {o for p in ext.projects for o in p.implementers}
    assert org("Direction de l'Intégration") not in runners


GRANTS_RELEASE = (
    "Communiqué – Arlon, 12 mars 2025\n"
    "\n"
    "Le collège provincial de la Province de Luxembourg accorde 38.000 euros à quatre projets "
    "d'intégration locale.\n"
    "\n"
    "Il s'agit du premier appel « Vivre ensemble » de l'année. Douze dossiers ont été déposés. Un jury a "
    "retenu les projets suivants :\n"
    "• Commune de Bastogne – « Bienvenue à Bastogne » : accueil des nouveaux habitants – 9.500 €\n"
    "• asbl Les Sentiers – atelier de couture pour femmes réfugiées – 8.000 €\n"
    "• CPAS de Marche – « Table ouverte » : repas partagés – 10.500 €\n"
    "• Club Sportif Virton – football pour jeunes nouveaux arrivants – 10.000 €\n"
    "\n"
    "La Province finance au maximum 80 % des coûts de chaque projet.\n"
    "\n"
    "Par ailleurs, la Province mène son propre projet « Repères » avec 120.000 euros du Fonds Asile, "
    "Migration et Intégration (FAMI).\n"
)


def test_a_list_of_grants_is_paid_by_whom_the_sentence_giving_its_sum_to_the_projects_names() -> None:
    """The payer is named a paragraph over the list's intro ("accorde 38.000 euros à quatre
    projets"), not by the fund the page names for another project."""
    ex = extractor(GRANTS_RELEASE, "fr")
    province = next(o.iri for o in ex.ctx.orgs if o.name.startswith("Province de Luxembourg"))
    table = project(ex, "Table ouverte")
    assert province in table.funders
    assert AMIF not in table.funders


PROJECT_PAGE_WITH_PARTNER_ROLES = (
    "Projekte › BRÜCKE 24\n"
    "\n"
    "BRÜCKE 24\n"
    "Beratung für Geflüchtete im Mühlviertel\n"
    "\n"
    "Unsere Angebote im Überblick\n"
    "• Erstgespräche (Deutsch, Arabisch, Dari)\n"
    "• Workshops „Wohnen in Österreich“ (Mietrecht, Betriebskosten, Hausordnung)\n"
    "\n"
    "Laufzeit: 01.01.2024 – 31.12.2026\n"
    "Das Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert.\n"
    "\n"
    "Kooperationspartner\n"
    "- Volkshochschule Freistadt (Deutschkurse, Basisbildung)\n"
    "- Arbeitsmarktservice Freistadt (Zuweisungen, Beratung)\n"
)


def test_a_partner_line_with_its_part_in_brackets_and_a_line_with_a_bracketed_list_name_no_projects() -> None:
    """ "- Volkshochschule Freistadt (Deutschkurse, Basisbildung)": an organisation and its part in
    the project, not a project run by "Deutschkurse, Basisbildung"; "Erstgespräche (Deutsch,
    Arabisch, Dari)": the brackets list what, not who."""
    ext = facts(PROJECT_PAGE_WITH_PARTNER_ROLES, "de", title="BRÜCKE 24 | Verein Wegbegleiter")
    labels = [p.label for p in ext.projects]
    assert not [x for x in labels if x.startswith(("Volkshochschule", "Arbeitsmarktservice", "Erstgespräche"))]
    assert not [p for p in ext.projects for o in p.implementers if "deutschkurse" in o]


def test_lines_under_a_project_partners_heading_are_partners_not_projects() -> None:
    """ "Project partners" / "Associated organisations" over "• Name (native name), Country": each
    line is a member of the partnership; none is a project its bracket runs."""
    text = (
        "NORDIC BRIDGES\n"
        "NORDIC BRIDGES helps small towns welcome newcomers. The project is co-financed by the European "
        "Regional Development Fund through Interreg.\n"
        "\n"
        "Project partners\n"
        "• Lakeland Municipality (Järvi kommun), Finland\n"
        "• Northern Folk High School (Nordfolkhögskolan), Sweden\n"
        "\n"
        "Associated organisations\n"
        "• Swedish Rural Network (SLN)\n"
    )
    ext = facts(text, "en", title="NORDIC BRIDGES")
    assert [p.label for p in ext.projects] == ["NORDIC BRIDGES"]


def test_a_list_right_under_a_short_heading_of_partners_is_a_partner_list() -> None:
    text = (
        "NORDIC BRIDGES is co-financed by Interreg.\n"
        "\n"
        "Lead partner\n"
        "• Lakeland Municipality (Järvi kommun), Finland\n"
        "\n"
        "Associated organisations\n"
        "• Swedish Rural Network (SLN)\n"
    )
    ex = extractor(text, "en")
    items = [i for i, u in enumerate(ex.ctx.units) if u.kind == "item"]
    assert len(items) == 2 and all(ex._partner_list(i) for i in items)


COUNCIL_DECISION = (
    "Collegebesluit\n"
    "Het college besluit:\n"
    '1. in te stemmen met een cofinanciering van maximaal € 60.000 voor het project "Taal Thuis" van '
    "Stichting Buurtwerk Noordoost;\n"
    '2. in te stemmen met een subsidie van € 30.000 aan Stichting Leerwerk Oost voor het project "Fietsfit";\n'
    "\n"
    "Toelichting\n"
    "\n"
    "A. Taal Thuis (Stichting Buurtwerk Noordoost)\n"
    "Het project krijgt een bijdrage uit het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
    "\n"
    "B. Fietsfit (Stichting Leerwerk Oost)\n"
    "Het project krijgt een bijdrage uit het Europees Sociaal Fonds (ESF).\n"
)


def test_a_named_project_of_an_organisation_and_a_sum_given_to_one_are_theirs() -> None:
    """ "het project "Taal Thuis" van Stichting X": X runs it; "een subsidie van € 30.000 aan
    Stichting Y voor het project "Fietsfit"": Y runs it."""
    ex = extractor(COUNCIL_DECISION, "nl")
    assert set(project(ex, "Taal Thuis").implementers) == {org("Stichting Buurtwerk Noordoost")}
    assert set(project(ex, "Fietsfit").implementers) == {org("Stichting Leerwerk Oost")}


def test_a_lettered_heading_that_names_a_project_heads_its_section() -> None:
    """ "A. Taal Thuis (Stichting X)" over the sentence that names its fund: the project named in
    the decision takes the fund of its lettered section."""
    ex = extractor(COUNCIL_DECISION, "nl")
    assert set(project(ex, "Taal Thuis").funders) == {AMIF}
    assert set(project(ex, "Fietsfit").funders) == {ESF}


ANSWER_WITH_QUOTED_ITEMS = (
    "Réponse du ministre à la question n° 212 :\n"
    "\n"
    "1. Trois projets ont été retenus lors du dernier appel :\n"
    "\n"
    "- « Cap Avenir », porté par l'asbl Horizon Jeunes. Durée : 2024-2026. Budget total : 300.000 euros, dont "
    "225.000 euros FAMI.\n"
    "- « Racines », introduit par l'asbl Terre d'Écoute. Durée : 2024-2025. Budget total : 120.000 euros, dont "
    "90.000 euros FAMI.\n"
    "- « Boussole », du Service Jeunesse de Dinant, qui organise des permanences. Durée : 2024-2026. Budget "
    "total : 200.000 euros, dont 150.000 euros FAMI.\n"
    "\n"
    "2. Pour les trois projets précités, le solde de 25 % est couvert par un cofinancement national à charge du "
    "budget fédéral.\n"
)


def test_list_lines_opening_with_a_quoted_name_are_projects_run_by_whom_they_name() -> None:
    ex = extractor(ANSWER_WITH_QUOTED_ITEMS, "fr")
    assert {p.label for p in ex.projects} == {"Cap Avenir", "Racines", "Boussole"}
    runners = {p.label: {o.name for o in ex.ctx.orgs if o.iri in p.implementers} for p in ex.projects}
    assert runners["Cap Avenir"] == {"Horizon Jeunes"}
    assert runners["Racines"] == {"Terre d'Écoute"}
    assert runners["Boussole"] == {"Service Jeunesse de Dinant"}


def test_a_later_sentence_on_the_n_projects_mentioned_above_pays_each() -> None:
    """ "Pour les trois projets précités, le solde ... cofinancement national": the state pays each of
    the three listed projects, not only the fund their lines name."""
    ext = facts(ANSWER_WITH_QUOTED_ITEMS, "fr")
    assert len(ext.projects) == 3
    assert all(NATIONAL in p.funders and AMIF in p.funders for p in ext.projects)


def test_the_runner_named_with_the_project_blocks_the_site_owner() -> None:
    """ "Porté par Coallia en Sarthe, le dispositif X ...": Coallia (not "Coallia en Sarthe", not the
    département that publishes the newsletter) runs X."""
    text = (
        "Département de l'Orne\n"
        "La lettre des solidarités\n"
        "Porté par Solidarités Nouvelles en Orne, le dispositif Cap Emploi 61 propose un accompagnement vers "
        "l'emploi. Il est cofinancé par le Fonds asile, migration et intégration (FAMI). Le Département de l'Orne "
        "est associé au comité de pilotage.\n"
    )
    ex = extractor(text, "fr", url="https://www.orne.fr/actualites/lettre", title="La lettre des solidarités")
    p = project(ex, "Cap Emploi 61")
    assert {o.name for o in ex.ctx.orgs if o.iri in p.implementers} == {"Solidarités Nouvelles"}


def test_the_site_owners_name_line_in_full_names_no_project() -> None:
    text = (
        "Notre projet « Premier Pas » aide les familles à trouver un logement. Il est cofinancé par le FAMI.\n"
        "\n"
        "CPAS de Florennes – Centre public d'action sociale\n"
        "Place Verte 3, 5620 Florennes\n"
    )
    ext = facts(text, "fr", url="https://www.cpasflorennes.be/logement", title="Premier Pas | CPAS de Florennes")
    assert [p.label for p in ext.projects] == ["Premier Pas"]


PROJECT_BLOCKS_IT = (
    "Cosa facciamo › Progetti\n"
    "\n"
    "PROGETTI IN CORSO\n"
    "\n"
    "Parole Nuove\n"
    "\n"
    "Corsi di italiano per donne straniere, con servizio di baby-sitting.\n"
    "Periodo: 2024-2026\n"
    "Finanziamento: Fondo Asilo, Migrazione e Integrazione (FAMI) – € 180.000,00\n"
    "\n"
    "Serre Solidali\n"
    "\n"
    "Tirocini in orticoltura per persone migranti, in due aziende della pianura.\n"
    "Periodo: 2024-2025\n"
    "Con il contributo della Fondazione Banca del Monte di Lodi (€ 30.000)\n"
    "\n"
    "Caritas Diocesana di Lodi e Crema – via Roma 1, Lodi\n"
)


def test_a_payer_line_laid_out_as_a_heading_stays_in_its_projects_block() -> None:
    """ "Con il contributo della Fondazione X (€ 30.000)" on a line of its own, under a block's
    heading: the block says how it is paid, so its heading names a project like the others."""
    ex = extractor(PROJECT_BLOCKS_IT, "it")
    assert {p.label for p in ex.projects} == {"Parole Nuove", "Serre Solidali"}
    serre = project(ex, "Serre Solidali")
    assert {o.name for o in ex.ctx.orgs if o.iri in serre.funders} == {"Fondazione Banca del Monte di Lodi"}


def test_a_host_that_spells_the_first_word_and_a_later_word_of_a_name_is_its_owners() -> None:
    """caritaslodi.it for "Caritas Diocesana di Lodi e Crema": the first word, then a later one."""
    ex = extractor(PROJECT_BLOCKS_IT, "it", url="https://www.caritaslodi.it/progetti")
    owner = ex.ctx.site_owner
    assert owner is not None and owner == org("Caritas Diocesana di Lodi e Crema")


def test_a_list_the_partners_intro_divides_the_work_of_is_no_list_of_projects() -> None:
    """ "The partners divide the work as follows:" over "1. City of X (lead partner): coordination
    ...": each line is a partner's share of the one project, not a project of its own."""
    text = (
        "The City of Lakeside has been granted funding from the Asylum, Migration and Integration Fund (AMIF) "
        "for the project Bridges Home.\n"
        "\n"
        "The partners divide the work as follows:\n"
        "1. City of Lakeside (lead partner): coordination and family counsellors in two districts\n"
        "2. City of Hillford: parent groups in Hillford\n"
        "3. Lakeside Adult College: language studies with childcare\n"
    )
    ext = facts(text, "en")
    assert [p.label for p in ext.projects] == ["Bridges Home"]


def test_a_group_heading_with_a_year_heads_its_projects_blocks() -> None:
    """ "Programmes in 2024" over headed blocks that each say how they are paid: each block's
    heading names a project (the year says when, it is no number of the heading's own)."""
    text = (
        "Programmes in 2024\n"
        "\n"
        "Open Doors\n"
        "Open Doors helps refugees find work. It is co-funded by the Asylum, Migration and Integration Fund "
        "(AMIF).\n"
        "\n"
        "Women's Table\n"
        "A weekly meeting for migrant women. It is supported by the Harbour Community Trust with €9,000.\n"
    )
    ex = extractor(text, "en")
    assert {p.label for p in ex.projects} == {"Open Doors", "Women's Table"}


def test_a_fund_named_beside_a_word_for_funding_makes_the_titles_project() -> None:
    """ "Le reste du financement vient de l'Europe, via le FAMI": no funding verb or project noun
    in the sentence, but it says who pays; the title's quoted name is the page's project."""
    text = (
        "Il s'appelle « Le Relais » et il ne désemplit pas. Lancé en septembre 2023, le projet est porté par "
        "l'asbl Cap Liens, une association active dans l'alphabétisation.\n"
        "Depuis l'ouverture, plus de 300 personnes ont été reçues.\n"
        "Le reste du financement vient de l'Europe, via le Fonds Asile, Migration et Intégration (FAMI).\n"
    )
    ext = facts(text, "fr", title="Ixelles : « Le Relais » aide les nouveaux arrivants")
    assert [p.label for p in ext.projects] == ["Relais"]  # (the label drops a leading article)
    assert AMIF in ext.projects[0].funders


LOCAL_NEWS_EN = (
    "New scheme helps Kerry newcomers settle in\n"
    "\n"
    "By Aoife Breen\n"
    "3 March 2025, 07:30\n"
    "\n"
    "MORE than forty families who moved to Kerry in the past year are taking part in a new programme.\n"
    "Céad Míle Fáilte – Kerry Welcomes, as it has been named, pairs newcomers with local volunteers.\n"
    "It is being paid for with €210,000 under the EU's Asylum, Migration and Integration Fund (AMIF).\n"
    '"We are delighted," a volunteer told us.\n'
    "Céad Míle Fáilte is being run by Kerry County Council's Community Section.\n"
)


def test_a_byline_over_a_date_with_its_time_marks_a_news_site() -> None:
    ex = extractor(LOCAL_NEWS_EN, "en", url="https://www.kingdomcounty.ie/2025/kerry-welcomes")
    assert ex.ctx.is_media_site


def test_a_name_said_to_be_the_name_opens_a_project_and_its_first_part_names_it_again() -> None:
    """ "X – Y, as it has been named, pairs ...": X – Y is the project; "X is being run by Z"
    later names it again by its first part, and Z runs it."""
    ex = extractor(LOCAL_NEWS_EN, "en", url="https://www.kingdomcounty.ie/2025/kerry-welcomes")
    p = project(ex, "Céad Míle Fáilte")
    assert p.label == "Céad Míle Fáilte – Kerry Welcomes"
    assert AMIF in p.funders
    assert {o.name for o in ex.ctx.orgs if o.iri in p.implementers} == {"Kerry County Council"}


def test_a_headlines_quote_that_someone_said_names_no_project_the_texts_quoted_name_does() -> None:
    """ "Cham: „Hier kann ich endlich fragen“ – ..." is a woman's words; the text quotes the
    project's name twice ("zu „Gut ankommen“ gekommen", "Finanziert wird „Gut ankommen“")."""
    text = (
        "Samira ist eine von 90 Frauen, die seit Mai 2024 zu „Gut ankommen“ gekommen sind.\n"
        "„Hier kann ich endlich fragen“, sagt sie. Das Projekt bietet Beratung und Gruppentreffen.\n"
        "Finanziert wird „Gut ankommen“ aus dem Asyl-, Migrations- und Integrationsfonds (AMIF).\n"
    )
    ext = facts(text, "de", title="Cham: „Hier kann ich endlich fragen“ – Beratung für Frauen | Chamer Blatt")
    assert [p.label for p in ext.projects] == ["Gut ankommen"]


def test_a_headlines_quote_written_in_the_text_inside_longer_words_names_no_project() -> None:
    text = (
        "«Prima non capivo niente», racconta. «Ora capisco il capocantiere. E lui capisce me».\n"
        "Moussa è uno dei 40 iscritti a «Parole in cantiere», il percorso di italiano e lavoro. Il progetto dura "
        "due anni.\n"
        "Il corso «Parole in cantiere» è finanziato dal Fondo asilo, migrazione e integrazione (FAMI).\n"
    )
    ext = facts(text, "it", title="«Ora capisco il capocantiere»: italiano e lavoro - Gazzetta di Borgo")
    assert [p.label for p in ext.projects] == ["Parole in cantiere"]


RECORD_PAGE_EN = (
    "Skip to main content\n"
    "Who We Are   Our Work   Data and Resources   Take Action   Contact\n"
    "\n"
    "Safe Return Estonia\n"
    "\n"
    "Project at a glance\n"
    "Full title: Support to the voluntary return of third-country nationals from Estonia\n"
    "Implementing organization: Tallinn Return Office (International Organization for Migration)\n"
    "Implementation period: 1 January 2024 – 31 December 2026\n"
    "Funding: Asylum, Migration and Integration Fund (AMIF) – 75%; national budget – 25%\n"
    "\n"
    "Return counselling in the centres is carried out together with the Estonian Red Cross Society.\n"
)


def test_a_record_pages_full_title_names_its_project_and_chrome_lines_name_none() -> None:
    ext = facts(RECORD_PAGE_EN, "en", title="Safe Return Estonia | IOM")
    labels = [p.label for p in ext.projects]
    assert labels == ["Support to the voluntary return of third-country nationals from Estonia"]


def test_a_records_implementing_organisation_blocks_other_runners() -> None:
    """ "Implementing organization: X": X runs the project; an organisation it works "together
    with" is no runner the pair decisions may add."""
    ex = extractor(RECORD_PAGE_EN, "en", title="Safe Return Estonia | IOM")
    (p,) = ex.projects
    assert not [o for o in ex.ctx.orgs if o.iri in p.implementers and "Red Cross" in o.name]


NEWS_NL = (
    "Zwolle\n"
    "Nieuwkomers leren Nederlands op de werkvloer\n"
    "Door Sanne van Dijk\n"
    "14 mrt. 2024, 17:05\n"
    "\n"
    "In de pilot 'Werk en Woord' gaan deelnemers vanaf de eerste weken aan de slag bij een werkgever. Het "
    "geld komt uit het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
    "\n"
    "Twintig werkgevers\n"
    "Inmiddels doen twintig bedrijven mee, van logistiek tot zorg.\n"
    "\n"
    "‘Geen tweede keus’\n"
    "De proef wordt uitgevoerd door Stichting Samen Aan Het Werk, een organisatie uit Zwolle.\n"
    "\n"
    "Ook in Kampen startte de gemeente met 'Groen Werk', een opleiding in de tuinbouw.\n"
    "Dat project wordt uitgevoerd door Stichting Tuin en Toekomst.\n"
)


def test_a_news_page_about_one_project_reads_who_runs_it_under_a_later_sub_heading() -> None:
    """A byline with a lower-case particle over a date and time marks a news page; "De proef
    wordt uitgevoerd door X" two sub-headings after the project's name says who runs it; "Dat
    project ..." right after another quoted name speaks of that one."""
    ex = extractor(NEWS_NL, "nl", url="https://www.zwollekrant.nl/zwolle/nieuwkomers")
    assert ex.ctx.is_media_site
    p = project(ex, "Werk en Woord")
    runners = {o.name for o in ex.ctx.orgs if o.iri in p.implementers}
    assert runners == {"Stichting Samen Aan Het Werk"}


def test_a_compound_project_noun_after_an_indefinite_article_is_a_kind_not_a_name() -> None:
    """ "Ein Forschungs-Praxis-Projekt zur ...": what kind of project; the record names it."""
    text = (
        "Projekttitel: BRÜCKE – Integration im Tandem\n"
        "Ein Forschungs-Praxis-Projekt zur Verbesserung der Übergänge zwischen Behörden und Beratung.\n"
        "Das Projekt wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert.\n"
    )
    assert [p.label for p in facts(text, "de").projects] == ["BRÜCKE – Integration im Tandem"]


def test_a_heading_marked_as_a_link_names_no_project() -> None:
    text = (
        "Il FAMI 2021-2027 in breve\n"
        "Il Fondo asilo, migrazione e integrazione (FAMI) finanzia progetti di accoglienza e integrazione.\n"
        "\n"
        "Leggi anche:\n"
        "› Bandi aperti: migrazione e integrazione\n"
        "› FSE+ 2021-2027: la guida\n"
        "› Come si scrive un budget di progetto europeo\n"
        "Iscriviti alla newsletter di GuidaFondi\n"
        "Questo sito utilizza cookie tecnici.\n"
    )
    labels = [p.label for p in facts(text, "it").projects]
    assert not [x for x in labels if "budget" in x]


def test_the_titles_name_as_the_pages_top_heading_names_its_project_beside_an_earlier_one() -> None:
    """ "BRIDGE-UP – Europees project ... | vzw X" over the heading "BRIDGE-UP": the page's own
    project, though its text first names an earlier one ("ons buddyproject "Taalmaatjes"")."""
    text = (
        "Home › Projecten › BRIDGE-UP\n"
        "\n"
        "BRIDGE-UP\n"
        "Peer mentoring voor jonge nieuwkomers\n"
        "\n"
        "In BRIDGE-UP koppelen we jongeren aan een peer. Het project loopt drie jaar. "
        'Onze ervaring met het buddyproject "Taalmaatjes" leerde ons veel.\n'
        "\n"
        "Projectgegevens\n"
        "Programma\tAsiel-, Migratie- en Integratiefonds (AMIF)\n"
        "Looptijd\t1 januari 2024 – 31 december 2026\n"
    )
    ext = facts(text, "nl", title="BRIDGE-UP – Europees project peer mentoring | vzw Samen Verder")
    assert "BRIDGE-UP" in [p.label for p in ext.projects]


def test_an_about_us_heading_names_no_project() -> None:
    text = (
        'Over ons\n\nStichting Kompas helpt nieuwkomers. Ons project "Taalmaatjes" wordt gefinancierd door het AMIF.\n'
    )
    ext = facts(text, "nl", title="Over ons | Stichting Kompas")
    assert [p.label for p in ext.projects] == ["Taalmaatjes"]


def test_the_last_part_of_a_long_name_before_its_acronym_names_no_project() -> None:
    """ "... by the Department of Rural, Community and Youth Affairs (DRCYA)": "Community and Youth
    Affairs" after the last comma is the name's end, not what the department does."""
    from migkg.loaders.extract.decide import _clause_before

    text = (
        "The circle was funded by the Department of Rural, Community and Youth Affairs (DRCYA) with a grant "
        "of €9,000.\n"
    )
    ex = extractor(text, "en")
    (u,) = [u for u in ex.ctx.units if "DRCYA" in u.text]
    acronym = next(o for o in ex.ctx.orgs if o.name == "DRCYA")
    assert _clause_before(ex.ctx, acronym.iri, u) == ""


def test_a_numbered_section_heading_labels_the_pair_decisions_project_without_its_number() -> None:
    from migkg.loaders.extract.projects import SECTION_NUMBER

    assert SECTION_NUMBER.sub("", "3.1 FirstSteps to Work") == "FirstSteps to Work"
    assert SECTION_NUMBER.sub("", "2024 Annual Report") == "2024 Annual Report"


def test_a_predicate_after_an_organisations_head_is_no_part_of_its_name() -> None:
    """ "la Regione è Autorità di gestione": "è" ("is") is no "e" ("and"), and a copula ends the
    lower-case words a head takes after it."""
    from extract_helpers import names

    text = "Quanto al Programma regionale FSE+, di cui la Regione è Autorità di gestione, si precisa che.\n"
    assert not [n for n in names(text, "it") if "Autorit" in n]


def test_a_generic_word_of_the_project_names_none_but_a_name_ending_on_an_action_noun_does() -> None:
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import not_a_project

    assert not_a_project("Budget di progetto", cues_for("it"))
    assert not_a_project("Scheda del progetto", cues_for("it"))
    assert not_a_project("Toelichting per project", cues_for("nl"))
    assert not_a_project("Ist geöffnet", cues_for("de"))
    assert not not_a_project("Français en action", cues_for("fr"))
    assert not not_a_project("En route vers l'emploi", cues_for("fr"))


def test_a_funds_programme_named_with_its_period_or_region_is_no_project() -> None:
    """ "il FSE+ 2021-2027 della Toscana", "the Interreg Baltic Sea Region programme": where and when
    a fund runs, not a project it pays."""
    text = (
        "Il progetto Casa Aperta è cofinanziato dal Fondo asilo, migrazione e integrazione (FAMI). Le attività "
        "formative sono collegate al programma FSE+ 2021-2027 della Toscana.\n"
    )
    ex = extractor(text, "it")
    assert not [p.label for p in ex.projects if "FSE+" in p.label]
    assert ex._a_funds_programme("FSE+ 2021-2027 della Toscana")
    assert not ex._a_funds_programme("FSE+ Ponti 2024-2025")


def test_a_list_of_the_funds_objectives_names_no_project_but_a_quoted_name_in_one_does() -> None:
    text = (
        "Der AMIF fördert Maßnahmen in vier Bereichen:\n"
        "• Rückkehr (z. B. Rückkehrberatung, Reintegration)\n"
        "• Solidarität und Verantwortungsteilung (z. B. Resettlement, humanitäre Aufnahme)\n"
        "\n"
        "Beispiele für geförderte Vorhaben:\n"
        "• Spezifisches Ziel 3 (Rückkehr): „Heimweg Tirol“ – Projektträger Verein Rückenwind, Innsbruck\n"
        "• OS2 Migrazione legale e integrazione\n"
    )
    labels = [p.label for p in facts(text, "de").projects]
    assert labels == ["Heimweg Tirol"]
