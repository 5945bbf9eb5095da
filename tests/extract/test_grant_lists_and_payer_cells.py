"""Pages read in held39 and held40 (session 50): a city's release whose list gives each grant as
"Body – what it is: „Name“, ... – sum" (three lines of five begin with a body the extractor knows or
reads as a grant); written answers whose table has an "Overige financiering" column and a
"Financeurs" column of "FAMI, État, Département"; an association's page whose name line is
"OuderBrug: nieuwkomers en school, ..." under the title "Over ons project – OuderBrug"; an NGO's
news that names "the refugee programme of X" before its two announced headings."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, org, project

from migkg.loaders.extract.model import NATIONAL

GRANTS_DE = (
    "Stadt fördert fünf Integrationsprojekte\n\n"
    "Der Gemeinderat hat die Integrationsförderungen der Stadt Kornfeld für das Jahr 2024 beschlossen.\n\n"
    "Die Förderungen im Überblick:\n\n"
    "• LISA – Lernen im Stadtteil: „Hausaufgaben plus“, Lernbetreuung für Kinder – 41.000 Euro.\n"
    "• Caritasverband Kornfeld e.V.: „Nähstube“, ein offener Treff für Frauen – 22.000 Euro.\n"
    "• Kompass – Beratung für Zugewanderte: Sozialberatung in fünf Sprachen – 35.000 Euro.\n"
    "• Brückenbau – Verein für Jugendhilfe: „Anker“, Beratung für geflüchtete Jugendliche – 36.000 Euro.\n"
    "• Nordlicht – Kulturzentrum: Theaterwerkstatt für Familien – 18.500 Euro.\n"
)


def test_a_grant_list_whose_lines_mostly_begin_with_a_body_gives_each_line_its_runner() -> None:
    ext = extractor(GRANTS_DE, "de", url="https://www.kornfeld.example.de/presse/integrationsfoerderungen-2024")
    runners = {o for p in ext.projects for o in p.implementers}
    # (before: two lines of five read as grants, under the two thirds the list's shape asked for,
    # and no line made a project)
    assert {org("LISA"), org("Kompass"), org("Nordlicht")} <= runners, [(p.label, p.implementers) for p in ext.projects]
    assert len(ext.projects) == 5, [p.label for p in ext.projects]


ANSWER_NL = (
    "Antwoord 1\n"
    "Sinds 2022 hebben wij drie projecten ondersteund. Een overzicht:\n\n"
    "Project | Uitvoerder | Looptijd | Bijdrage | Overige financiering\n"
    "Werkstart Oost | Gemeente Veendorp | 2022 t/m 2024 | € 185.000 | ESF+ € 310.000\n"
    "Taal aan Tafel | Bibliotheek Westerhof | 2023-2025 | € 64.500 | geen\n"
    "Zorgbaan Noord | Stichting Zorgpad | 2023-2025 | € 120.000 | gemeente Veendorp € 40.000\n\n"
    "Antwoord 2\n"
    "Nee. Alleen de gemeente Kleindorp ontvangt AMIF-subsidie, voor een project waarbij wij niet betrokken zijn.\n"
)


def test_an_other_funding_column_says_which_rows_a_fund_pays() -> None:
    ext = facts(ANSWER_NL, "nl", url="https://www.provincie.example.nl/statenvragen/sv-2024-09")
    assert ESF in project(ext, "Werkstart Oost").funders
    assert org("Gemeente Veendorp") in project(ext, "Zorgbaan Noord").funders
    # (before: every row had the page's funds, the ESF and the AMIF an answer below names)
    for label in ("Werkstart Oost", "Zorgbaan Noord"):
        assert AMIF not in project(ext, label).funders, label
    assert ESF not in project(ext, "Zorgbaan Noord").funders
    # ("geen": no one else pays the row, which the page's funds do not either)
    assert "Taal aan Tafel" not in [p.label for p in ext.projects if ESF in p.funders or AMIF in p.funders]


RELEASE_FR = (
    "Intégration : trois projets soutenus dans le département\n\n"
    "La préfète a réuni les porteurs des projets retenus pour l'année 2023. Le Conseil départemental "
    "du Loiret-Sud cofinance l'un d'eux.\n\n"
    "Récapitulatif\n"
    "Porteur | Projet | Financeurs | Montant\n"
    "Centre social des Tilleuls | Parler au quotidien | État | 28 500 €\n"
    "Solidarité Accueil Brévent | Mobil'Avenir | FAMI, État, Département | 77 000 €\n"
    "Logis Solidaire | Accompagnement vers le logement | État | 35 000 €\n"
)


def test_the_state_and_the_departement_alone_in_a_payer_cell_are_payers() -> None:
    ext = facts(RELEASE_FR, "fr", url="https://www.loiret-sud.example.gouv.fr/communiques/integration-2023")
    p = project(ext, "Mobil'Avenir")
    assert AMIF in p.funders, p.funders
    # ("État": the State's budget; "Département": the one the page names in full)
    assert NATIONAL in p.funders, p.funders
    assert org("Conseil départemental du Loiret-Sud") in p.funders, p.funders
    assert NATIONAL in project(ext, "Parler au quotidien").funders


PAGE_NL = (
    "Stichting Brugwerk\n"
    "Home  Wie zijn we  Over ons project  Nieuws  Contact\n"
    "Over ons project\n"
    "OuderLink: nieuwkomers en school, dichter bij elkaar\n\n"
    "Met OuderLink zetten wij brugfiguren in op tien basisscholen. Zij begeleiden ouders naar het "
    "oudercontact.\n\n"
    "Budget en financiering\n"
    "OuderLink wordt gecofinancierd door de Europese Unie via het Asiel-, Migratie- en Integratiefonds "
    "(AMIF).\n\n"
    "Waar komen we vandaan?\n"
    "OuderLink bouwt voort op ons vorige project Taalkans (2019-2021), gesteund door de Koning "
    "Boudewijnstichting.\n"
)


def test_the_name_line_under_the_page_heading_names_the_titled_project() -> None:
    ext = facts(
        PAGE_NL,
        "nl",
        title="Over ons project – OuderLink | Stichting Brugwerk",
        url="https://www.brugwerk.example.be/over-ons-project",
    )
    labels = [p.label for p in ext.projects]
    # (before: only the earlier project "Taalkans" was found, and it took the AMIF)
    assert "OuderLink" in labels, labels
    assert AMIF in project(ext, "OuderLink").funders


NEWS_EN = (
    "Home › News\n"
    "Harbour Aid starts two projects for refugee families\n"
    "SOFIA, 12 February 2024 – Harbour Aid has started two new projects for refugees this winter.\n"
    '"Getting protection is only the beginning," says Maria Petrova, who coordinates the refugee '
    "programme of Harbour Aid.\n"
    "Bridges Home (Sofia)\n"
    "The larger of the two projects helps recognised refugees find work and a flat. It is co-financed by "
    "the Asylum, Migration and Integration Fund.\n"
    "Safe Corner (Harmanli)\n"
    "The second project opens a child-friendly space in the reception centre. It is funded by a private "
    "foundation.\n"
)


def test_a_programme_known_only_by_its_owner_takes_no_announced_headings_place() -> None:
    ex = extractor(NEWS_EN, "en", url="https://www.harbouraid.example.bg/news/two-projects")
    labels = [p.label for p in ex.projects]
    # (before: "the refugee programme of Harbour Aid" counted as one of the two, and neither heading
    # made a project)
    assert any(label.startswith("Bridges Home") for label in labels), labels
    assert any(label.startswith("Safe Corner") for label in labels), labels
    # (and the fund said only in the other's section pays not the one "a private foundation" funds:
    # named by no payer, it leaves the who-funded-what rows)
    corner = next(p for p in ex.projects if p.label.startswith("Safe Corner"))
    assert AMIF not in corner.funders
