"""Pages read in held31 (session 41): a parliamentary answer whose table has a "Project end date"
column; a news page whose last heading is "Read also"; a council's report numbered by its parts;
schemes written with their acronyms; a council decision that turns one application down; a
ministry's release numbering long project titles over record lines; an association's list whose
parentheses say who pays each project; a regional daily that names a course "baptisé « X »"."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, mention_names, names_of, project

# A written answer's table: the last column is a date, its header holds the word "Project".
END_DATE_COLUMN_EN = (
    "The following organisations were approved for funding under the Asylum, Migration and "
    "Integration Fund (AMIF), co-financed from the Exchequer:\n"
    "Organisation\tProject\tGrant approved\tProject end date\n"
    "Harbourside Family Centre\tWelcome Table\t€120,500\t31/12/2026\n"
    "Midlands Language Network\tTalk Together – conversation classes\t€88,000\t30/06/2025\n"
)


def test_a_column_headed_project_end_date_holds_no_project_names() -> None:
    ex = facts(END_DATE_COLUMN_EN, "en", url="https://www.td-office.example.ie/pq/amif-grants")
    labels = [p.label for p in ex.projects]
    # (before: "Project end date" was read as the project column, and each row's date its label)
    assert not any(label[:1].isdigit() for label in labels), labels
    assert any(label.startswith("Welcome Table") for label in labels), labels
    assert any(label.startswith("Talk Together") for label in labels), labels


END_DATE_COLUMN_FR = (
    "Les projets suivants sont cofinancés par le Fonds asile, migration et intégration (FAMI) :\n"
    "Porteur | Intitulé | Montant FAMI | Date de fin du projet\n"
    "Association Les Passeurs | Atelier Mots Croisés | 45 000 € | 31/12/2025\n"
    "CCAS de Valmont | Premiers Pas | 60 000 € | 30/06/2026\n"
)


def test_a_date_de_fin_du_projet_column_is_an_end_date() -> None:
    ex = facts(END_DATE_COLUMN_FR, "fr", url="https://www.prefecture.example.fr/fami-laureats")
    p = project(ex, "Premiers Pas")
    assert p.end_year == 2026
    assert not any(q.label[:1].isdigit() for q in ex.projects), [q.label for q in ex.projects]


# A news page announcing two projects: "Read also" over links is no heading of one of them.
READ_ALSO_EN = (
    "Two integration projects win EU backing\n\n"
    "A reading club network and a job mentoring scheme will share €400,000 from the Asylum, "
    "Migration and Integration Fund (AMIF), the ministry said on Thursday.\n\n"
    "Waiting for the call\n"
    "A third proposal was placed on a reserve list and may be funded later.\n\n"
    "Read also\n"
    "Housing: the new rent rules explained\n"
    "Reception centres at capacity\n"
)


def test_a_read_also_heading_is_no_project() -> None:
    ex = extractor(READ_ALSO_EN, "en", url="https://www.dailynews.example.lu/two-projects")
    labels = [p.label for p in ex.projects]
    # (before: "Read also" and the heading above it were read as the two projects announced)
    assert "Read also" not in labels, labels


# A council report's numbered parts ("1. Purpose of Report", "7. Financial implications").
REPORT_PARTS_EN = (
    "Report of the Director of Communities\n\n"
    "1. Purpose of Report\n"
    "1.1 To update the Board on the resettlement programmes in the borough since 2019.\n"
    "2. Background\n"
    "2.1 The Council has resettled refugee families since 2016 with funding from the Home Office.\n"
    "3. Funding\n"
    "3.1 A language and employment project was paid from the Asylum, Migration and Integration Fund "
    "(AMIF) between 2018 and 2021.\n"
    "4. Financial implications\n"
    "4.1 The tariff covers the cost of the programme in its first year.\n"
    "5. Legal implications\n"
    "5.1 There are none.\n"
    "6. Background papers\n"
    "6.1 Cabinet report, March 2016.\n"
)


def test_a_council_reports_numbered_parts_are_no_projects() -> None:
    ex = extractor(
        REPORT_PARTS_EN,
        "en",
        url="https://democracy.borough.example.gov.uk/report/123",
        title="Refugee resettlement programmes – update",
    )
    labels = {p.label for p in ex.projects}
    for part in ("Purpose of Report", "Financial implications", "Legal implications", "Background papers"):
        assert part not in labels, labels


REPORT_PARTS_NL = (
    "Collegevoorstel\n\n"
    "1. Samenvatting\n"
    "Het college verleent subsidie aan drie projecten voor statushouders, samen € 120.000.\n"
    "2. Toelichting\n"
    "Een van de projecten krijgt ook geld uit het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
    "3. Financiële consequenties\n"
    "De subsidie past binnen het budget voor integratie.\n"
)


def test_a_council_proposals_numbered_parts_are_no_projects_nl() -> None:
    ex = extractor(
        REPORT_PARTS_NL,
        "nl",
        url="https://raad.gemeente.example.nl/voorstel/42",
        title="Subsidie projecten statushouders",
    )
    labels = {p.label for p in ex.projects}
    assert "Toelichting" not in labels and "Financiële consequenties" not in labels, labels


# An acronym's long form that ends on a scheme's noun names a scheme, no body.
SCHEMES_EN = (
    "The Council joined the Vulnerable Persons Resettlement Scheme (VPRS) in 2016 and the Afghan "
    "Relocations and Assistance Policy (ARAP) in 2021. Its language project was funded by the Asylum, "
    "Migration and Integration Fund (AMIF).\n"
)


def test_an_acronyms_long_form_ending_on_scheme_or_policy_is_no_organisation() -> None:
    ex = extractor(SCHEMES_EN, "en", url="https://www.council.example.gov.uk/resettlement")
    names = mention_names(ex)
    assert "Vulnerable Persons Resettlement Scheme" not in names, names
    assert "Afghan Relocations and Assistance Policy" not in names, names


WORLD_FOOD_EN = (
    "Food vouchers were distributed by the World Food Programme (WFP) with funding from the EU's emergency support.\n"
)


def test_a_bodys_long_form_ending_on_programme_stays_an_organisation() -> None:
    # a guard: a body named a programme keeps its name
    ex = extractor(WORLD_FOOD_EN, "en", url="https://www.news.example.org/vouchers")
    assert any("World Food Programme" in n for n in mention_names(ex)), mention_names(ex)


# A council decision: grant these, turn that one down ("af te wijzen").
DECISION_NL = (
    "Besluit\n"
    "Het college besluit:\n"
    "1. subsidie te verlenen aan Stichting Samen Sterk voor het project 'Taalmaatjes' (€ 40.000);\n"
    "2. de aanvraag van Stichting De Brug voor het project 'Kookclub Wereldkeuken' (€ 25.000) af te "
    "wijzen, omdat het project zich niet richt op statushouders.\n\n"
    "Het project 'Taalmaatjes' wordt medegefinancierd uit het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
)


def test_an_application_a_decision_turns_down_is_no_funded_project() -> None:
    ex = facts(DECISION_NL, "nl", url="https://gemeente.example.nl/besluiten/2024-12")
    labels = [p.label for p in ex.projects]
    # (before: "af te wijzen", the decision's own words, was no rejection cue)
    assert not any("Kookclub" in label for label in labels), labels


# A release numbering its projects, each title long, each over its record lines.
NUMBERED_RECORDS_EN = (
    "The Deputy Minister signed the decisions including three projects in the national programme of "
    "the Border Management and Visa Instrument (BMVI). The projects included are the following:\n"
    "1. Procurement of twenty patrol boats with thermal cameras for the coast guard stations\n"
    "Beneficiary: Coast Guard Headquarters\n"
    "Fund: BMVI\n"
    "Budget: €4,200,000\n"
    "2. Upgrade of the national visa information system and biometric enrolment kits for 38 consular posts\n"
    "Beneficiary: Ministry of Foreign Affairs\n"
    "Fund: BMVI\n"
    "Budget: €3,150,000\n"
    "3. Training of border guards in document fraud detection\n"
    "Beneficiary: Police Academy\n"
    "Fund: BMVI\n"
    "Budget: €450,000\n"
)


def test_numbered_long_titles_over_record_lines_are_each_a_project() -> None:
    ex = extractor(NUMBERED_RECORDS_EN, "en", url="https://www.ministry.example.gr/press/bmvi")
    # (before: the second title's 16 words made the run a list of sentences, and only the first
    # and last were found)
    p = project(ex, "visa information system")
    assert names_of(ex, p.implementers) == {"Ministry of Foreign Affairs"}
    assert len([q for q in ex.projects if q.label.startswith(("Procurement", "Upgrade", "Training"))]) == 3


# An association's page of its projects: each line's parenthesis says who pays it.
PAYER_PARENS_DE = (
    "Über uns › Projekte\n\n"
    "Seit 1998 begleitet der Verein Brückenhaus in Graz geflüchtete Menschen.\n\n"
    "Aktuelle Projekte\n"
    "• LOTSE – Begleitung junger Geflüchteter in Ausbildung, seit 2022 (Sozialfonds Steiermark)\n"
    "• MITEINANDER – Deutsch für Eltern, 2023–2025 (kofinanziert aus Mitteln des Asyl-, Migrations- "
    "und Integrationsfonds der EU)\n"
    "• JOBSTART – Berufsorientierung, 2024–2026 (AMS Steiermark, ESF+)\n"
)


def test_a_lists_parentheses_that_name_a_fund_name_the_payers_of_every_line() -> None:
    ex = extractor(PAYER_PARENS_DE, "de", url="https://www.brueckenhaus.example.at/ueber-uns/projekte")
    lotse = project(ex, "LOTSE")
    mit = project(ex, "MITEINANDER")
    job = project(ex, "JOBSTART")
    # (before: "(Sozialfonds Steiermark)" was read as LOTSE's runner, and the lines whose
    # parenthesis named a fund gave no project)
    assert AMIF in mit.funders
    assert any(f.endswith("/ESF") for f in job.funders)
    assert "Sozialfonds Steiermark" in names_of(ex, lotse.funders)
    assert "Sozialfonds Steiermark" not in names_of(ex, lotse.implementers)


PAYER_PARENS_EN = (
    "Our projects\n\n"
    "We run the following projects:\n"
    "- Safe Harbour – supported flats for young refugees, 2023-2025 (co-funded by the Asylum, "
    "Migration and Integration Fund)\n"
    "- Open Kitchen – a social café, since 2021 (City Community Foundation)\n"
)


def test_a_lists_payer_parentheses_make_no_runner_en() -> None:
    ex = extractor(PAYER_PARENS_EN, "en", url="https://www.harbourhouse.example.ie/projects")
    kitchen = project(ex, "Open Kitchen")
    assert "City Community Foundation" not in names_of(ex, kitchen.implementers)
    assert AMIF in project(ex, "Safe Harbour").funders


# "Träger ist der Verein Projekt X" on X's own site (its header and footer name X): the body's name
# holds the project noun.
OWNER_NAMED_PROJEKT_DE = (
    "Lichthaus\n"
    "Über uns | Projekte | Spenden\n\n"
    "Seit 1998 begleitet das Lichthaus geflüchtete Menschen. Träger ist der Verein Projekt Lichthaus.\n\n"
    "Aktuelle Projekte\n"
    "• MITEINANDER – Deutsch für Eltern, 2023–2025 (kofinanziert aus Mitteln des Asyl-, Migrations- "
    "und Integrationsfonds der EU)\n"
    "• LOTSE – Begleitung junger Geflüchteter, seit 2022 (Sozialfonds Steiermark)\n\n"
    "Spenden Sie jetzt!\n"
    "Lichthaus | Annenstraße 12 | 8020 Graz\n"
    "Impressum | Datenschutz\n"
)


def test_a_body_named_verein_projekt_x_is_no_project_and_its_site_owner_runs_the_list() -> None:
    ex = extractor(OWNER_NAMED_PROJEKT_DE, "de", url="https://www.lichthaus.at/projekte")
    labels = [p.label for p in ex.projects]
    # (before: "Projekt Lichthaus" named a project "Lichthaus", so the site had no owner)
    assert "Lichthaus" not in labels, labels
    assert ex.ctx.site_owner is not None
    owner = ex.ctx.site_owner
    assert owner in project(ex, "MITEINANDER").implementers


# A daily's report: a course "baptisé « X »", its money in the next sentence of the paragraph.
BAPTISED_FR = (
    "Cette séance est la première d'un nouveau parcours baptisé « Lire, parler, avancer », qui doit "
    "accueillir 120 personnes en 2024 et 2025. Le dossier vient d'être validé : 180 000 euros du Fami, "
    "le Fonds asile, migration et intégration de l'Union européenne.\n\n"
    "L'association Accueil Pluriel coordonne le parcours.\n"
)


def test_a_course_named_with_a_naming_word_and_quotes_in_a_paragraph_about_money_is_a_project() -> None:
    ex = extractor(BAPTISED_FR, "fr", url="https://www.quotidien.example.fr/lire-parler")
    p = project(ex, "Lire, parler, avancer")
    assert AMIF in p.funders


BAPTISED_NO_MONEY_FR = (
    "La salle, baptisée « Espace Rencontre », accueille les ateliers du mardi.\n\n"
    "Le projet « Cap Emploi Réfugiés » est financé par le Fonds asile, migration et intégration (FAMI).\n"
)


def test_a_room_named_in_a_paragraph_without_money_is_no_project() -> None:
    # a guard: the naming words alone make no project
    ex = extractor(BAPTISED_NO_MONEY_FR, "fr", url="https://www.asso.example.fr/actualites")
    labels = [p.label for p in ex.projects]
    assert "Espace Rencontre" not in labels, labels


COURSE_CALLED_EN = (
    'The centre has opened a new course called "Words for Work" for 60 newly arrived women. It is '
    "paid with €95,000 from the Asylum, Migration and Integration Fund (AMIF).\n"
)


def test_a_course_called_quoted_name_is_a_project_en() -> None:
    ex = extractor(COURSE_CALLED_EN, "en", url="https://www.localpaper.example.ie/words-for-work")
    assert AMIF in project(ex, "Words for Work").funders


# A paywalled article's badge under the byline is no project's heading.
SUBSCRIBERS_FR = (
    "Deux associations se partagent 200 000 euros du Fami\n"
    "Par Jeanne Martin\n"
    "Abonnés\n"
    "L'association Accueil Pluriel, qui accompagne depuis 2016 les familles réfugiées, touche 120 000 "
    "euros du Fonds asile, migration et intégration (FAMI) pour son parcours « Premiers Mots ».\n"
)


def test_a_subscribers_badge_is_no_project() -> None:
    ex = extractor(SUBSCRIBERS_FR, "fr", url="https://www.quotidien.example.fr/deux-associations")
    assert "Abonnés" not in [p.label for p in ex.projects]


# An Interreg programme's own page: its ranking's projects are paid by the ERDF through it.
INTERREG_SITE_IT = (
    "Interreg Alpi-Mare\n"
    "Home | Il Programma | Bandi | Progetti\n"
    "Approvata la graduatoria dell'Avviso 1/2024\n"
    "Il Comitato di Sorveglianza ha selezionato due progetti, per un contributo del Fondo europeo di "
    "sviluppo regionale (FESR) di 1.200.000,00 euro.\n"
    "Acronimo | Titolo | Capofila | Costo totale (€) | di cui FESR (€)\n"
    "PONTI | Percorsi di inclusione lavorativa | Comune di Valmonte | 800.000,00 | 640.000,00\n"
    "CASA APERTA | Accoglienza dei minori stranieri | Cooperativa Il Faro | 700.000,00 | 560.000,00\n"
)


def test_an_interreg_programmes_own_page_pays_its_erdf_projects_through_interreg() -> None:
    ex = facts(INTERREG_SITE_IT, "it", url="https://www.alpimare-interreg.example.eu/news/graduatoria")
    paid = [p for p in ex.projects if any(f.endswith("/ERDF") for f in p.funders)]
    assert len(paid) == 2, [p.label for p in ex.projects]
    # (before: the rows had the ERDF only, the programme named over the menu paid nothing)
    assert all(any(f.endswith("/INTERREG") for f in p.funders) for p in paid)


ERDF_NEWS_EN = (
    "City news\n"
    "The new community centre in the harbour district was built with €2 million from the European "
    "Regional Development Fund (ERDF), the council said. The centre is run by Harbour Community Trust.\n"
)


def test_an_erdf_project_on_a_page_without_interreg_stays_erdf_only() -> None:
    # a guard: only an Interreg page's header or title adds the programme
    ex = facts(ERDF_NEWS_EN, "en", url="https://www.city.example.ie/news/centre")
    assert not any(f.endswith("/INTERREG") for p in ex.projects for f in p.funders)


# A record's "Lead Partner" line in German: the lead runs the project, it is no partner.
LEAD_PARTNER_DE = (
    "Projekt ATXX0042 – Pflege ohne Grenzen\n"
    "Programm\tInterreg VI-A Bayern–Österreich 2021–2027\n"
    "Lead Partner\tLandkreis Grenzau, Fachbereich Soziales\n"
    "Laufzeit\t01.03.2023 – 28.02.2026\n"
    "davon EFRE (80 %)\t640.000,00 EUR\n"
    "Kurzbeschreibung\n"
    "Das Projekt baut eine zweisprachige Anlaufstelle für zugewanderte Pflegekräfte auf.\n"
)


def test_a_lead_partner_record_line_names_the_runner_not_a_partner() -> None:
    ex = extractor(LEAD_PARTNER_DE, "de", url="https://www.landkreis-grenzau.example.de/projekte/atxx0042")
    p = project(ex, "Pflege ohne Grenzen")
    # (before: "Partner" inside the key made the Landkreis a partner, and no one ran the project)
    assert "Landkreis Grenzau" in names_of(ex, p.implementers)
    assert "Landkreis Grenzau" not in names_of(ex, p.partners)


# A project page's numbered activities, each with who coordinates it: the project's parts.
ACTIVITIES_IT = (
    "PONTI\n"
    "Percorsi di inclusione lavorativa per cittadini di paesi terzi\n"
    "Programma: Interreg VI-A Italia-Austria 2021-2027\n"
    "Il progetto è cofinanziato dal Fondo europeo di sviluppo regionale (FESR).\n"
    "Attività principali\n"
    "1. Studio di contesto e mappatura (coordinato da Università di Valmonte, 2024-2025)\n"
    "2. Sportello informativo bilingue (Comune di Valmonte)\n"
    "3. Formazione congiunta degli operatori (Cooperativa Il Faro)\n"
    "Partenariato\n"
    "Partner capofila: Comune di Valmonte\n"
)


def test_a_projects_numbered_activities_are_no_projects() -> None:
    ex = extractor(ACTIVITIES_IT, "it", url="https://www.ponti-project.example.eu/progetto")
    labels = [p.label for p in ex.projects]
    # (before: each activity was a project of the body in its parenthesis)
    assert not any(label.startswith(("Studio di contesto", "Sportello", "Formazione")) for label in labels), labels


# A project page's box of its latest news is no project.
PROJECT_NEWS_IT = (
    "INCLUDI\n"
    "Il progetto è cofinanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI) ed è guidato dal Comune "
    "di Valmonte.\n\n"
    "Notizie dal progetto\n"
    "20.02.2025 – Presentato il rapporto annuale\n"
    "05.11.2024 – Al via la formazione per operatori\n"
)


def test_a_project_pages_news_box_is_no_project() -> None:
    ex = extractor(PROJECT_NEWS_IT, "it", url="https://www.includi.example.it/progetto")
    assert "Notizie dal progetto" not in [p.label for p in ex.projects]
