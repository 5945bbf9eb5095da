"""More pages read in held28 (session 38): an association's page titled "NAME : what it does –
Association" whose heading repeats the name, with a table of its funders and a list of coming
dates; an Italian press release whose projects are run by "Lo attua X" and whose lead gives their
period in a sentence of its own; a local paper's "X, a wider three-year programme which ..."; a
partnership's page where two provinces "(€ N) ... dragen bij"."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, org, project

ERDF = "https://w3id.org/migkg/id/fund/ERDF"
INTERREG = "https://w3id.org/migkg/id/fund/INTERREG"

# An association's own page about its project: the title's head is the project's name.
OWN_PAGE_FR = (
    "Accueil  Nos actions  Contact\n\n"
    "PASSERELLES\n"
    "Vers la formation après l'asile\n\n"
    "Depuis le 1er mars 2024, nous accompagnons des bénéficiaires de la protection internationale vers "
    "une formation qualifiante. L'action se poursuivra jusqu'au 28 février 2027. Passerelles a été "
    "retenu au titre de l'appel à projets du FAMI.\n\n"
    "Financement\n"
    "Financeur | Montant | Part\n"
    "Fonds Asile, Migration et Intégration (FAMI) | 210 000 € | 60 %\n"
    "Bordeaux Métropole | 35 000 € | 10 %\n"
    "Fonds propres et mécénat | 105 000 € | 30 %\n\n"
    "Prochaines dates\n"
    "• Réunion d'information : mardi 7 octobre 2025, 14 h, dans nos locaux\n"
    "• Forum emploi : 20 novembre 2025, Hôtel de Ville\n\n"
    "Contact : Horizons Aquitaine – 5, rue des Lois – 33000 Bordeaux\n"
)
OWN_TITLE = "Passerelles : vers la formation après l'asile – Horizons Aquitaine"


def test_a_title_whose_head_is_all_its_words_before_the_site_names_the_pages_project() -> None:
    ex = extractor(OWN_PAGE_FR, "fr", url="https://www.horizons-aquitaine.example.org/passerelles", title=OWN_TITLE)
    # (before: only the title's second head and later ones were read, and the bare title was both)
    p = project(ex, "Passerelles")
    assert AMIF in p.funders


def test_a_list_line_that_gives_an_events_day_is_no_project() -> None:
    ex = extractor(OWN_PAGE_FR, "fr", url="https://www.horizons-aquitaine.example.org/passerelles", title=OWN_TITLE)
    assert not [p.label for p in ex.projects if "Forum" in p.label or "Réunion" in p.label]


def test_a_payer_columns_capitalised_name_is_a_payer_and_own_funds_are_not() -> None:
    ex = extractor(OWN_PAGE_FR, "fr", url="https://www.horizons-aquitaine.example.org/passerelles", title=OWN_TITLE)
    p = project(ex, "Passerelles")
    # (before: "Bordeaux Métropole", a town before its head, was no name the shapes read)
    assert org("Bordeaux Métropole") in p.funders, names_of(ex, p.funders)
    assert not [n for n in names_of(ex, p.funders) if "propres" in n.lower()]


# A province's press release: the lead's second sentence gives the projects' period.
RELEASE_IT = (
    "Integrazione, via libera a due progetti FAMI\n\n"
    "Sono due i progetti ammessi al finanziamento del Fondo Asilo, Migrazione e Integrazione (FAMI) "
    "2021-2027 per i quali la Giunta ha approvato oggi i piani finanziari. I progetti si svolgeranno "
    "nel triennio 2024-2026.\n\n"
    "CASA APERTA\n"
    'Il primo progetto, "Casa aperta", facilita l\'accesso alla casa per i titolari di protezione. '
    "Lo attua la cooperativa sociale Il Tetto di Feltre. Il costo è di 300.000 euro.\n\n"
    "PAROLE VICINE\n"
    'Il secondo progetto, "Parole vicine", porta mediatori negli ambulatori. Lo realizza l\'Azienda '
    "sanitaria locale di Belluno, con 200.000 euro di risorse FAMI.\n"
)


def test_the_object_clitic_before_the_verb_then_who_runs_it() -> None:
    ex = extractor(RELEASE_IT, "it", url="https://www.provincia.example.it/comunicati/fami")
    # (before: "Lo attua X" was no cue of a runner: the projects had none)
    assert names_of(ex, project(ex, "Casa aperta").implementers) == {"Il Tetto di Feltre"}


def test_a_sentence_on_all_the_projects_in_the_lead_gives_their_years() -> None:
    ex = extractor(RELEASE_IT, "it", url="https://www.provincia.example.it/comunicati/fami")
    for name in ("Casa aperta", "Parole vicine"):
        p = project(ex, name)
        assert (p.start_year, p.end_year) == (2024, 2026), (name, p.start_year, p.end_year)


def test_a_name_apposed_to_an_indefinite_project_noun_with_its_adjectives_names_a_project() -> None:
    text = (
        "Conversation café helps new arrivals find their voice\n\n"
        "Every Tuesday the parish hall fills up with volunteers and newcomers.\n\n"
        "Talk Time is one strand of New Roots West, a wider three-year programme which also offers "
        "English classes. The programme was awarded €200,000 under the EU's Asylum, Migration and "
        "Integration Fund (AMIF). It is delivered by Kerry Integration Network.\n"
    )
    ex = extractor(text, "en", url="https://www.kerrynews.example.ie/news/talk-time")
    # (before: the noun's article had to stand right before it, "a programme which")
    p = project(ex, "New Roots West")
    assert AMIF in p.funders


def test_payers_each_with_their_sum_in_brackets_before_a_verb_of_giving() -> None:
    text = (
        "Over het project\n\n"
        "Grensbrug helpt nieuwkomers aan werk over de grens. Het project wordt gerealiseerd met steun van "
        "Interreg Vlaanderen-Nederland en het Europees Fonds voor Regionale Ontwikkeling (EFRO). Ook de "
        "Provincie Limburg (€ 150.000) en de Provincie Zeeland (€ 90.000) dragen bij. Het saldo brengen "
        "de partners zelf in.\n\n"
        "Grensbrug wordt getrokken door Stichting Grensbrug.\n"
    )
    ex = extractor(text, "nl", url="https://www.grensbrug.example.eu/over-het-project", title="Grensbrug")
    p = project(ex, "Grensbrug")
    payers = names_of(ex, p.funders)
    assert {"Provincie Limburg", "Provincie Zeeland"} <= payers, payers


def test_a_title_head_is_no_project_where_the_text_never_names_it() -> None:
    text = (
        "Success story\n"
        "A one-stop integration centre for the region\n\n"
        "Region: South Moravia\n"
        "Period: 2021-2023\n\n"
        "The centre gives newcomers advice on housing, work and schools in one place. It grew out of "
        'the project "Open Doors", funded by the Asylum, Migration and Integration Fund (AMIF) from '
        "2021 to 2023.\n"
    )
    title = "Success story: a one-stop integration centre for the region"
    ex = extractor(text, "en", url="https://cor.example.eu/success-stories/moravia", title=title)
    # the page's kind over its subtitle, never said in a sentence: no project of that name
    assert not [p.label for p in ex.projects if p.label.lower() == "success story"]


# A project's own site: the host spells the name the text calls the project's.
PROJECT_SITE_IT = (
    "IT | DE\n"
    "Home   Il progetto   Partner   Contatti\n\n"
    "MONTI APERTI – OFFENE BERGE\n"
    "Percorsi di inclusione per titolari di protezione nelle valli di confine\n\n"
    "Durata: dal 1° ottobre 2023 al 30 settembre 2026\n"
    "Programma: Interreg VI-A Italia-Austria 2021-2027\n\n"
    "Il progetto è guidato dalla Fondazione Valli Solidali, che coordina le attività.\n\n"
    'MONTI APERTI raccoglie l\'eredità di "Sentieri Comuni", un progetto finanziato dal Fondo Asilo, '
    "Migrazione e Integrazione (FAMI) tra il 2019 e il 2022, di cui la Prefettura di Belluno era capofila.\n\n"
    "Il progetto MONTI APERTI è cofinanziato dall'Unione europea – Interreg VI-A Italia-Österreich.\n"
)


def test_the_name_a_projects_own_host_spells_is_the_pages_project() -> None:
    ex = extractor(
        PROJECT_SITE_IT,
        "it",
        url="https://www.monti-aperti.eu/it/il-progetto/",
        title="Il progetto | MONTI APERTI – OFFENE BERGE",
    )
    # (before: the page's only project was the earlier one it names, run by "MONTI APERTI")
    p = project(ex, "MONTI APERTI")
    assert INTERREG in p.funders
    assert names_of(ex, p.implementers) == {"Fondazione Valli Solidali"}
    earlier = project(ex, "Sentieri Comuni")
    assert org("MONTI APERTI") not in earlier.implementers


def test_a_list_line_led_by_no_one_named_is_who_may_apply() -> None:
    text = (
        "AMIF – Integration Call for Proposals 2024\n\n"
        "The call invites proposals for projects that support the early integration of third-country "
        "nationals under the Asylum, Migration and Integration Fund (AMIF).\n\n"
        "Who can apply?\n"
        "• Community and voluntary organisations registered in Ireland\n"
        "• Partnerships of the above, led by one eligible lead applicant\n\n"
        "How to apply\n"
        "Applications must be made through the online system.\n"
    )
    ex = extractor(text, "en", url="https://www.agency.example.ie/amif-call-2024")
    assert not [p.label for p in ex.projects if "Partnerships" in p.label]


def test_a_news_item_on_a_new_call_is_a_call_page() -> None:
    text = (
        "Several member groups asked us about the new EU call that opened this week. The call is part "
        "of the Asylum, Migration and Integration Fund (AMIF) national programme.\n"
    )
    title = "Funding alert: new call for integration projects – what member groups need to know"
    ex = extractor(text, "en", url="https://www.network.example.ie/news/new-call", title=title)
    assert ex.ctx.is_call_page


def test_a_council_papers_subject_line_names_its_project() -> None:
    text = (
        "Vorlage - 2023/117\n\n"
        "Betreff:\tKofinanzierung des Projekts „Brücken in Arbeit“ im Rahmen des Asyl-, Migrations- und "
        "Integrationsfonds (AMIF 2021–2027)\n"
        "Status:\töffentlich\n"
        "Vorlage-Art:\tBeschlussvorlage\n\n"
        "Beschlussvorschlag:\n\n"
        "Die Stadt beteiligt sich an der Finanzierung des Vorhabens mit einem Eigenanteil von 90.000 €.\n"
    )
    ex = extractor(text, "de", url="https://buergerinfo.example-stadt.de/vorlage/2023-117")
    # (before: a table's row, which names no project; its first cell ends on a colon, a key)
    assert AMIF in project(ex, "Brücken in Arbeit").funders


def test_a_grant_cue_needs_a_list_of_names_after_it() -> None:
    text = (
        "Antragsteller gegenüber dem Bundesamt, das im AMIF als zuständige Behörde die EU-Mittel "
        "bewilligt und auszahlt, ist der Caritasverband Musterstadt e. V.; die Umsetzung vor Ort "
        "übernimmt das Caritas-Zentrum Musterstadt, beraten vom Diakonischen Werk Musterstadt.\n"
    )
    ex = extractor(text, "de")
    # names strewn over two clauses are no list of grantees: no project named after each
    assert not [p for p in ex.projects if p.rule == "find_granted_lists"], [p.label for p in ex.projects]


def test_a_german_payer_cell_is_not_a_name_by_its_capitals() -> None:
    text = (
        "Projekt „Neu in Musterstadt“\n\n"
        "Das Projekt wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) gefördert.\n\n"
        "Geldgeber | Betrag\n"
        "AMIF | 150.000 €\n"
        "Gemeinden | 20.000 €\n"
    )
    ex = extractor(text, "de")
    assert org("Gemeinden") not in {f for p in ex.projects for f in p.funders}


def test_a_list_items_first_sentence_names_what_the_next_says_is_run_by_someone() -> None:
    text = (
        "Answer: the projects in the region I am aware of are, under the Asylum, Migration and "
        "Integration Fund (AMIF):\n\n"
        "1. Harbour Homes (2019 to 2022). Delivered by Newport City Council, the project supported "
        "refugees leaving asylum accommodation. The AMIF grant was €410,000.\n"
        "2. Welcome Mentors (2017 to 2020). A peer mentoring scheme run by Refugee Voices Cymru in "
        "Swansea, with an AMIF contribution of €298,450.\n"
    )
    ex = extractor(text, "en", url="https://senedd.example.wales/wq/89412")
    # (before: the name ran on into the next sentence, "Welcome Mentors (2017 to 2020). A peer
    # mentoring scheme", and no project was made of it)
    p = project(ex, "Welcome Mentors")
    assert AMIF in p.funders
    assert (p.start_year, p.end_year) == (2017, 2020)
