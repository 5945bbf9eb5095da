"""Pages read in held50 (session 57): a prefecture's list of grants in groups under theme
headings; a financing plan under a heading of its own; an activity the page sets apart from its
project; a fund's manager in apposition; small words inside a name its initials spell; a town's
budget line in brackets; who applied; a body's short form in brackets; an authority's role in
another clause; a quoted name beside "l'iniziativa"; a share's key with its percentage; a subsidy's
giver; national co-financing; the manager of a national fund; a body said to have no role; a
coordinator who is a person; a "Budget" heading over record lines."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL

PREFECTURE_GRANTS = (
    "Communiqué de presse\n"
    "Intégration des primo-arrivants : l'État soutient sept projets dans le Cher\n"
    "Dans le cadre de l'appel à projets départemental 2025, le préfet a retenu sept projets portés "
    "par des associations du département. Ils bénéficieront d'un soutien total de 96 300 € sur les "
    "crédits du programme 104 du budget de l'État.\n"
    "Les projets retenus\n"
    "Apprendre la langue\n"
    "Maison des Langues de Vierzon, association d'éducation populaire : ateliers de conversation "
    "pour les parents d'élèves – 14 200 €.\n"
    "Solidarité Sancerroise : « Mots du quotidien », cours du soir pour les salariés – 11 800 €.\n"
    "Se former et travailler\n"
    "Mission locale de Bourges : parrainage vers l'apprentissage des jeunes réfugiés – 19 500 €.\n"
    "Université d'Orléans : diplôme passerelle pour étudiants exilés – 16 000 €.\n"
    "Un projet cofinancé par l'Europe\n"
    "Le parrainage de la Mission locale de Bourges s'inscrit dans le projet « Cap Apprentis 18 », "
    "cofinancé par le Fonds asile, migration et intégration (FAMI) à hauteur de 38 000 €.\n"
)


def test_lines_under_theme_headings_are_one_list_of_grants() -> None:
    # (before: the lines stood under headings of their own, no list; only the FAMI project was found)
    ext = facts(PREFECTURE_GRANTS, "fr")
    univ = project(ext, "passerelle")
    assert org("Université d'Orléans") in univ.implementers
    assert NATIONAL in univ.funders
    assert org("Solidarité Sancerroise") in project(ext, "Mots du quotidien").implementers


def test_a_fund_said_of_one_lines_runner_after_the_list_pays_that_line_only() -> None:
    # (a guard: the fund the sentence after the list names is the Mission locale's)
    ext = facts(PREFECTURE_GRANTS, "fr")
    assert AMIF not in project(ext, "passerelle").funders
    assert AMIF not in project(ext, "Mots du quotidien").funders


ASSOCIATION_PAGE = (
    "TREMPLIN Sundgau\n"
    "Depuis 2024, notre association accompagne les réfugiés installés à Altkirch.\n"
    "Le projet en bref\n"
    "Intitulé : TREMPLIN Sundgau – parcours vers l'emploi des réfugiés\n"
    "Porteur : Sundgau Accueil (association de droit local)\n"
    "Durée : du 1er janvier 2024 au 31 décembre 2026\n"
    "Coût total éligible : 298 400 €\n"
    "Plan de financement\n"
    "• Fonds Asile, Migration et Intégration (FAMI) de l'Union européenne : 179 040 €\n"
    "• Collectivité européenne d'Alsace : 40 000 €\n"
    "Le FAMI en quelques mots\n"
    "Le FAMI soutient les actions des États membres. En France, il est géré par le ministère de "
    "l'Intérieur, autorité de gestion du programme national.\n"
    "Et aussi : l'atelier couture\n"
    "Cette activité ne relève pas de TREMPLIN Sundgau : elle est soutenue par la Ville d'Altkirch, "
    "qui nous verse une subvention annuelle de 2 500 €.\n"
)


def test_a_financing_plan_under_its_own_heading_pays_the_project() -> None:
    # (before: the heading cut the breakdown off the cost line; the page's funds came by default)
    ext = facts(ASSOCIATION_PAGE, "fr", title="TREMPLIN Sundgau – Sundgau Accueil")
    p = project(ext, "TREMPLIN Sundgau")
    assert AMIF in p.funders
    assert org("Collectivité européenne d'Alsace") in p.funders


def test_an_activity_set_apart_from_the_project_does_not_pay_it() -> None:
    ext = facts(ASSOCIATION_PAGE, "fr", title="TREMPLIN Sundgau – Sundgau Accueil")
    p = project(ext, "TREMPLIN Sundgau")
    assert not [f for f in p.funders if "altkirch" in f]


def test_a_funds_manager_in_apposition_runs_nothing() -> None:
    # (a guard: "il est géré par le ministère ..., autorité de gestion du programme national")
    ext = facts(ASSOCIATION_PAGE, "fr", title="TREMPLIN Sundgau – Sundgau Accueil")
    p = project(ext, "TREMPLIN Sundgau")
    assert not [o for o in p.implementers if "interior" in o or "interieur" in o]


COUNCIL_ANSWER = (
    "Gemeente Zutvelde\n"
    "Beantwoording schriftelijke vragen\n"
    "Vraag 1\n"
    "Welke projecten voor statushouders worden met Europees geld gefinancierd?\n"
    "Antwoord\n"
    "Op dit moment loopt één project: het project Samen Wonen in Zutvelde (SWiZ). Het wordt "
    "uitgevoerd door Stichting Thuis Oost.\n"
    "SWiZ loopt van 1 januari 2024 tot en met 31 december 2026. De totale begroting bedraagt "
    "€ 240.000. Daarvan komt € 180.000 uit het Asiel-, Migratie- en Integratiefonds (AMIF). De "
    "overige € 60.000 is cofinanciering vanuit de gemeentelijke begroting (programma Meedoen).\n"
    "Vraag 2\n"
    "Maakt de gemeente ook gebruik van het ESF+?\n"
    "Antwoord\n"
    'Ja. Voor 2024-2025 is in de regio een ESF+-plan ingediend onder de titel "Werkpad Oost". '
    "De aanvraag is gedaan door "
    "de gemeente Holtmark als centrumgemeente; Zutvelde neemt deel.\n"
)


def test_initials_that_spell_small_words_make_the_name_whole() -> None:
    # (before: "Samen Wonen", the name cut at "in"; "SWiZ loopt ..." spoke of no project)
    ext = facts(COUNCIL_ANSWER, "nl")
    p = project(ext, "Samen Wonen in Zutvelde")
    assert (p.start_year, p.end_year) == (2024, 2026)


def test_a_budget_line_in_brackets_is_no_project_and_the_rest_is_the_towns() -> None:
    ext = facts(COUNCIL_ANSWER, "nl", url="https://www.zutvelde.nl/antwoord")
    assert not [p for p in ext.projects if "Meedoen" in p.label]
    assert org("Gemeente Zutvelde") in project(ext, "Samen Wonen in Zutvelde").funders


def test_who_applied_runs_the_plan() -> None:
    ext = facts(COUNCIL_ANSWER, "nl")
    assert org("gemeente Holtmark") in project(ext, "Werkpad Oost").implementers


AGENCY_LIST = (
    "Projects co-financed by the European Union\n\n"
    "The Reception Facilities Service of the Ministry of Home Affairs (SPZ) implements a number of "
    "projects financed from European Union funds. Projects are co-financed 75 % from the Asylum, "
    "Migration and Integration Fund (AMIF) and 25 % from the state budget.\n\n"
    "A. Projects under the AMIF National Programme 2021–2027\n\n"
    "Project | Reg. No. | Period | Partner\n"
    "Integration Centre for the Lakeland Region | AMIF/4/02 | 01/2023 – 12/2025 | –\n"
    "Legal counselling in reception centres | AMIF/3/07 | 01/2024 – 12/2026 | –\n\n"
    "Note: Calls for proposals are published only by the Responsible Authority; SPZ does not "
    "provide grants to third parties.\n"
)


def test_a_table_of_an_agencys_projects_is_run_by_the_agency() -> None:
    # (before: the heading's "Programme" made it no heading of projects, and "Responsible
    # Authority; SPZ" made the agency the fund's authority: the rows had no runner)
    ext = facts(AGENCY_LIST, "en", url="https://www.spz.example/en/projects")
    rows = [project(ext, "Lakeland"), project(ext, "Legal counselling")]
    assert all(p.implementers for p in rows)


def test_a_short_form_in_brackets_is_the_same_lead_body() -> None:
    ex = extractor(AGENCY_LIST, "en")
    assert [o.rsplit("/", 1)[-1] for o in ex._lead_orgs()] == [  # type: ignore[attr-defined]
        org("Reception Facilities Service of the Ministry of Home Affairs").rsplit("/", 1)[-1]
    ]


MUNICIPAL_PAGE = (
    "Comune di Valdora\n"
    "INCONTRI – Rete per l'integrazione in Val d'Ora\n"
    "Il Comune di Valdora, in qualità di capofila, ha avviato il progetto INCONTRI, finanziato dal "
    "Fondo Asilo, Migrazione e Integrazione 2021-2027.\n"
    "Scheda del progetto\n"
    "Titolo: INCONTRI – Rete per l'integrazione in Val d'Ora\n"
    "Capofila: Comune di Valdora\n"
    "Durata: dal 1° marzo 2024 al 31 dicembre 2026\n"
    "Costo complessivo: € 820.000,00\n"
    "Quota comunitaria FAMI (50%): € 410.000,00\n"
    "Quota nazionale (50%): a carico del Fondo di rotazione per l'attuazione delle politiche comunitarie\n"
    "Partner di progetto\n"
    "1) ARCOBALENO ETS – sportelli di orientamento\n"
    "2) Università di Valdora – corsi di lingua\n"
    "Il progetto raccoglie l'esperienza di «Ponti Aperti», l'iniziativa finanziata dal FAMI "
    "2014-2020 che ARCOBALENO ha realizzato dal 2018 al 2021.\n"
)


def test_a_shares_key_is_no_heading_and_its_state_money_pays_the_record() -> None:
    # (before: "Quota nazionale (50%): ..." was a heading over the partners)
    ext = facts(MUNICIPAL_PAGE, "it", title="INCONTRI – Rete per l'integrazione in Val d'Ora")
    assert NATIONAL in project(ext, "INCONTRI").funders


def test_a_quoted_name_beside_a_project_noun_names_the_project() -> None:
    # (before: "Progetto raccoglie l'esperienza di «Ponti Aperti», l'iniziativa", run by no one)
    ext = facts(MUNICIPAL_PAGE, "it", title="INCONTRI – Rete per l'integrazione in Val d'Ora")
    p = project(ext, "Ponti Aperti")
    assert p.label == "Ponti Aperti"
    # (the body "ARCOBALENO ETS" names, by its name without its legal form)
    assert any(o.endswith("/arcobaleno") for o in p.implementers)


VERVIERS_STYLE = (
    "Entraide Herve asbl\n"
    "Passerelles Herve\n"
    "Un accompagnement vers l'emploi pour les personnes réfugiées du plateau de Herve\n"
    "Avec Passerelles Herve, notre asbl propose depuis le 1er janvier 2023 un accompagnement "
    "individuel aux bénéficiaires d'une protection internationale.\n"
    "En pratique\n"
    "Durée : du 1er janvier 2023 au 31 décembre 2025\n"
    "Budget total : 200.000,00 €\n"
    "Financement\n"
    "Passerelles Herve est cofinancé par l'Union européenne. Le Fonds Asile, Migration et "
    "Intégration (FAMI) prend en charge 75 % des dépenses éligibles, soit 150.000,00 €. Le solde, "
    "50.000,00 €, est couvert par un subside de la Wallonie.\n"
    "Avec le soutien de : Cofinancé par l'Union européenne | Wallonie\n"
)


def test_a_subsidys_giver_pays_and_a_cue_after_a_cue_is_no_name() -> None:
    # (before: "Cofinancé" was a payer's name, and the Wallonie of "un subside de la Wallonie" no one)
    ex = extractor(VERVIERS_STYLE, "fr", title="Passerelles Herve – Entraide Herve asbl")
    assert "Cofinancé" not in {o.name for o in ex.ctx.orgs}
    solde = VERVIERS_STYLE.index("la Wallonie.") + len("la ")
    assert [o.iri for o in ex.ctx.orgs if o.start == solde and o.iri in ex.ctx.payers]


def test_national_co_financing_said_by_its_own_sentence_pays() -> None:
    # (a guard: the sentence that opens with "Die nationale Kofinanzierung" goes on about the project)
    text = (
        "WEGE Kärnten\n"
        "Projektträger: Verein Brücke Kärnten\n"
        "Laufzeit: 01.01.2024 – 31.12.2026\n"
        "Finanzierung\n"
        "Das Projekt wird aus Mitteln des Asyl-, Migrations- und Integrationsfonds (AMIF) "
        "kofinanziert. Die nationale Kofinanzierung erfolgt durch das Bundesministerium für Inneres.\n"
    )
    ext = facts(text, "de", title="WEGE Kärnten – Verein Brücke Kärnten")
    assert NATIONAL in project(ext, "WEGE Kärnten").funders


def test_the_manager_of_a_national_fund_runs_nothing() -> None:
    text = (
        "Comunicato stampa\n"
        'È stata disposta la prosecuzione del progetto SAI "Valdora Accoglie" per il triennio '
        "2024-2026. Le risorse provengono dal Fondo nazionale per le politiche e i servizi "
        "dell'asilo (FNPSA), gestito dal Ministero dell'Interno. Il progetto è gestito dalla "
        "cooperativa sociale Stella Alpina.\n"
    )
    ext = facts(text, "it")
    p = project(ext, "Valdora Accoglie")
    assert not [o for o in p.implementers if "interior" in o]


def test_a_body_said_to_have_no_role_runs_nothing() -> None:
    text = (
        "Nieuwkomers leren Nederlands op de werkvloer\n"
        "Het is de tweede week van Taal op de Vloer, een proef waarbij statushouders vier dagen per "
        "week werken en één dag les krijgen. De kosten worden geraamd op 600.000 euro. Daarvan komt "
        "240.000 euro uit het Europees Sociaal Fonds Plus (ESF+).\n"
        "Het COA, dat statushouders aan gemeenten koppelt, heeft volgens de gemeente geen rol in het project.\n"
    )
    ext = facts(text, "nl")
    coa = [o for p in ext.projects for o in p.implementers if "reception-of-asylum-seekers" in o]
    assert not coa


def test_a_coordinator_who_is_a_person_runs_nothing() -> None:
    text = (
        "NORDIC WELCOME (NW)\n"
        "Project number: 101099999 — AMIF-2022-AG-CALL\n"
        "Duration: 1 March 2023 – 28 February 2025\n"
        "The project was funded by the Asylum, Migration and Integration Fund (AMIF).\n"
        "Contacts\n"
        "Project coordinator: Līga Ozoliņa, liga.ozolina@example.lv, +371 600 000 00\n"
    )
    ext = facts(text, "en", title="Nordic Welcome – Society Open Door")
    assert not [o for p in ext.projects for o in p.implementers if "liga" in o or "ozolin" in o]


def test_a_budget_heading_over_record_lines_names_no_project() -> None:
    # (a guard: a record's key over its money lines is no project's title)
    text = (
        "RADICE – Percorsi di autonomia\n"
        "Partenariato\n"
        "Capofila: Consorzio Sociale Valle Verde\n"
        "Durata: dal 1° marzo 2024 al 31 dicembre 2026\n"
        "Budget\n"
        "Costo totale del progetto: € 500.000,00\n"
        "Quota comunitaria FAMI (75%): € 375.000,00\n"
        "Cofinanziamento nazionale – Fondo di rotazione (25%): € 125.000,00\n"
    )
    ext = facts(text, "it", title="RADICE – Percorsi di autonomia | Cooperativa Valle Verde")
    assert "Budget" not in {p.label for p in ext.projects}


def test_an_authoritys_manager_gives_no_money_of_its_own() -> None:
    # (a guard: the authority's name is in the sentence before the council's, which pays)
    text = (
        "Meath Welcome Hub CLG – Annual Report 2023\n"
        "3.1 Open Doors to Work\n"
        "Open Doors to Work is our employability programme for refugees. The programme runs from "
        "January 2022 to December 2024. It is co-financed by the European Union under the Asylum, "
        "Migration and Integration Fund (AMIF), with an AMIF grant of €150,000 administered by the "
        "Department of Justice as the Fund's Responsible Authority in Ireland. Meath County Council "
        "provides match funding of €50,000.\n"
    )
    ext = facts(text, "en", title="Annual Report 2023 – Meath Welcome Hub CLG")
    p = project(ext, "Open Doors to Work")
    assert org("Meath County Council") in p.funders
    assert org("Meath County Council") not in p.implementers
    assert not [f for f in p.funders if "department-of-justice" in f]
