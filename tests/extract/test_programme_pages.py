"""A fund's programme page (a ministry explaining its national AMIF programme) names no project:
"established by Regulation (EU) ..." is no organisation called "EU", "Typical beneficiaries are
A, B and C" says who may apply (no grant to each), "Managing authority: X" and "the 2021-2027
multiannual financial framework" are the fund's set-up, and a word "Project" inside an agency's
name ("Central Project Management Agency") names no project."""

from __future__ import annotations

from extract_helpers import extractor, facts, names

PROGRAMME_PAGE = (
    "Home › EU funds › Asylum, Migration and Integration Fund\n"
    "\n"
    "Asylum, Migration and Integration Fund 2021–2027\n"
    "\n"
    "The Asylum, Migration and Integration Fund (AMIF) is one of the home affairs funds of the 2021–2027 "
    "multiannual financial framework. AMIF was established by Regulation (EU) 2021/1147 of the European "
    "Parliament and of the Council.\n"
    "\n"
    "Who can apply?\n"
    "\n"
    "Public bodies and NGOs registered in Estonia may apply. Typical beneficiaries are the Police and "
    "Border Guard Board, the Social Insurance Board, the Integration Foundation and local governments.\n"
    "\n"
    "Calls for proposals are published on the website of the Central Project Management Agency.\n"
    "\n"
    "Management\n"
    "• Managing authority: Ministry of the Interior of Estonia (Funds Unit)\n"
    "• Audit authority: Ministry of Finance of Estonia\n"
)
TITLE = "Asylum, Migration and Integration Fund 2021–2027 | Ministry of the Interior of Estonia"
URL = "https://www.siseministeerium.example/en/eu-funds/amif"


def test_established_by_regulation_eu_is_no_organisation() -> None:
    # "EU" is spelt by the E of "established" and the u of "Regulation"; a two-letter short form
    # is two capitalised words' initials or none
    found = names(PROGRAMME_PAGE, "en", URL)
    assert not [n for n in found if "established" in n.lower()]


def test_two_capitalised_words_still_define_a_two_letter_acronym() -> None:
    text = "Die Kurse bietet die Volkshochschule Regensburg (VR) an. Die VR hat dafür Räume gemietet."
    assert "Volkshochschule Regensburg" in names(text, "de")


def test_typical_beneficiaries_are_no_grant_to_each() -> None:
    ext = facts(PROGRAMME_PAGE, "en", title=TITLE, url=URL)
    labels = [p.label for p in ext.projects]
    assert not [p for p in ext.projects if p.implementers], labels


def test_a_grant_list_still_gives_one_project_per_beneficiary() -> None:
    # the same sentence without "Typical": a grant to three named bodies
    text = PROGRAMME_PAGE.replace("Typical beneficiaries are", "Grants from the AMIF were awarded to").replace(
        " and local governments", ""
    )
    ext = facts(text, "en", title=TITLE, url=URL)
    run = {p.label for p in ext.projects if p.implementers}
    assert {"Police and Border Guard Board", "Social Insurance Board", "Integration Foundation"} <= run, run


def test_the_funds_set_up_names_no_project() -> None:
    ext = facts(PROGRAMME_PAGE, "en", title=TITLE, url=URL)
    labels = " ".join(p.label for p in ext.projects).lower()
    assert "managing authority" not in labels
    assert "financial framework" not in labels


def test_project_inside_an_agencys_name_names_no_project() -> None:
    ex = extractor(PROGRAMME_PAGE, "en", url=URL, title=TITLE)
    assert not [p for p in ex.projects if "Management Agency" in p.label]


CALL_NL = (
    "Nieuwe subsidieoproep AMIF\n"
    "Van 1 september tot en met 31 oktober 2025 staat een nieuwe oproep open binnen het Asiel-, Migratie- en "
    "Integratiefonds (AMIF). De Dienst Uitvoering Subsidies voert de oproep uit.\n"
    "Belangrijke data\n"
    "- 9 juli 2025: online informatiebijeenkomst (aanmelden via de website van de Dienst Uitvoering Subsidies)\n"
    "- 31 oktober 2025: sluiting van de oproep\n"
)


def test_a_calls_timetable_lines_name_no_project() -> None:
    ext = facts(CALL_NL, "nl", title="Nieuwe subsidieoproep AMIF")
    assert not [p for p in ext.projects if "juli" in p.label or "oktober" in p.label]


REGION_IT = (
    "Il Fondo Asilo, Migrazione e Integrazione (FAMI) è lo strumento finanziario con cui l'Unione europea "
    "sostiene gli Stati membri nella gestione dei flussi migratori.\n"
    "Gli obiettivi specifici del programma sono quattro:\n"
    "- Sistema europeo comune di asilo – rafforzamento dell'accoglienza e delle procedure\n"
    "- Rimpatrio – rimpatri volontari assistiti e misure di reintegrazione\n"
    "- Solidarietà – ricollocazione e reinsediamento\n"
    "La Regione del Veneto partecipa alla programmazione come capofila di progetti territoriali.\n"
)


def test_a_verb_after_a_heads_adjective_ends_the_name() -> None:
    assert not [n for n in names(REGION_IT, "it") if "sostiene" in n]


def test_the_funds_objectives_by_their_italian_names_are_no_projects() -> None:
    ext = facts(REGION_IT, "it")
    labels = [p.label for p in ext.projects]
    assert not [x for x in labels if x.startswith(("Sistema europeo", "Rimpatrio", "Solidarietà"))], labels


def test_a_quoted_short_name_in_a_list_lines_parenthesis_runs_nothing() -> None:
    text = (
        "Das Land fördert drei Vorhaben aus dem Asyl-, Migrations- und Integrationsfonds (AMIF):\n"
        "1. Psychosoziale Erstberatung für Geflüchtete („PSY NI“)\n"
        "2. Sprachmittlung in der Erstaufnahme („LINGUA NI“)\n"
    )
    ext = facts(text, "de")
    assert not [i for p in ext.projects for i in p.implementers if i.endswith(("/psy-ni", "/lingua-ni"))]


def test_a_documents_number_is_no_organisation() -> None:
    text = (
        "Der Kreis Borken unterstützt seit 2018 ein Beratungsangebot, das aus dem AMIF gefördert wird.\n"
        "Finanzierung bisher:\n"
        "– 2018 – 2022: AMIF 75 %, Kreis Borken 25 %\n"
        "– 2023 – 2024: Überbrückung ausschließlich aus Mitteln des Kreises (Drucksache 0312/2022), da kein "
        "AMIF-Aufruf erfolgte\n"
    )
    parties = {i for p in facts(text, "de").projects for i in (*p.funders, *p.implementers)}
    assert not [i for i in parties if "drucksache" in i], parties


def test_a_councils_minutes_and_draft_budget_amendment_are_no_projects() -> None:
    text = (
        "Procès-verbal de la séance publique du Conseil de l'action sociale du 12 mars 2024\n"
        "\n"
        "Vu le projet de modification budgétaire n° 2 présenté par le Bureau permanent ;\n"
        "Le Conseil approuve la convention relative au projet « Cap Langues », cofinancé par le Fonds Asile, "
        "Migration et Intégration (FAMI).\n"
    )
    labels = [p.label for p in facts(text, "fr").projects]
    assert not [label for label in labels if "Procès-verbal" in label or "modification" in label]
