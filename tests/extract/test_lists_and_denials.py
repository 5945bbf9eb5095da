"""Lists of grants and who pays them, organisations named again by a definite noun, funding the
text denies, and national money named as a republic's or a federation's budget."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, facts, org, project

from migkg.loaders.document import Document
from migkg.loaders.extract.context import Context
from migkg.loaders.extract.model import NATIONAL

CITY_GRANTS_FR = (
    "Ville de Montbrison – Délibération du conseil municipal\n\n"
    "Depuis 2020, la Ville de Montbrison accompagne les personnes exilées installées sur son territoire.\n\n"
    "Par ailleurs, la Ville soutient sur son budget propre les associations qui les accompagnent. "
    "Il est proposé d'attribuer pour 2025 les subventions suivantes :\n\n"
    "- Association Accueil Exilés Forez (AEF) : 9 000 € pour l'accompagnement juridique des demandeurs d'asile ;\n"
    "- Ateliers Parole Partagée : 4 500 € pour des cours de français pour adultes ;\n"
    "- Association Tremplin Forez : 7 000 € pour le projet « Cap Métier », cofinancé par le Fonds social européen.\n"
)


def test_the_city_named_again_as_la_ville_is_the_city() -> None:
    ex = extractor(CITY_GRANTS_FR, "fr", url="https://www.montbrison-example.fr/deliberations/2025-12")
    city = org("Ville de Montbrison")
    uses = [ex.ctx.text[o.start : o.end] for o in ex.ctx.orgs if o.iri == city]
    assert "Ville" in uses  # "la Ville soutient ..."


def test_a_definite_noun_after_a_place_preposition_is_a_place() -> None:
    text = "La Ville de Montbrison finance le projet. Les familles arrivent dans la Ville chaque semaine."
    ex = extractor(text, "fr")
    city = org("Ville de Montbrison")
    assert [ex.ctx.text[o.start : o.end] for o in ex.ctx.orgs if o.iri == city] == ["Ville de Montbrison"]


def test_a_list_of_grants_is_paid_by_whom_its_intro_says_and_a_lines_own_fund_is_that_lines() -> None:
    ex = extractor(CITY_GRANTS_FR, "fr", url="https://www.montbrison-example.fr/deliberations/2025-12")
    city = org("Ville de Montbrison")
    legal = project(ex, "accompagnement juridique")  # what the money is for names the project
    assert city in legal.funders and ESF not in legal.funders
    assert org("Accueil Exilés Forez") in legal.implementers
    french = project(ex, "cours de français")
    assert city in french.funders and ESF not in french.funders
    cap = project(ex, "Cap Métier")
    assert city in cap.funders and ESF in cap.funders


def _denied(text: str, lang: str) -> list[str]:
    ctx = Context(Document(text=text, name="t.txt", raw=text.encode(), language=lang))
    return [m.text for m in ctx.fund_names if m not in ctx.funds]


def test_funding_the_text_denies_names_no_funder() -> None:
    assert _denied("Anders als frühere Projekte erhält das Projekt keine Förderung aus dem AMIF.", "de") == ["AMIF"]
    assert _denied("The project is not funded by the European Social Fund.", "en") == ["European Social Fund"]
    assert _denied("Ces subventions ne sont pas financées par le FAMI.", "fr") == ["FAMI"]
    assert _denied("Het project krijgt geen AMIF-middelen.", "nl") == ["AMIF"]


def test_only_and_not_only_and_a_number_are_no_denials() -> None:
    assert _denied("Le projet n'est financé que par le FAMI.", "fr") == []
    assert _denied("It is funded not only by AMIF but also by the city.", "en") == []
    assert _denied("Project No. 12 funded by AMIF started in 2022.", "en") == []
    assert _denied("The shelter, which is not yet open, is funded by AMIF.", "en") == []


def test_a_page_that_denies_a_fund_gives_it_no_project() -> None:
    text = (
        "Wohnen Plus – Wohnungssuche für Asylberechtigte\n\n"
        "Das Projekt Wohnen Plus der Volkshilfe Linz hilft Asylberechtigten bei der Wohnungssuche.\n\n"
        "Laufzeit: 2024 bis 2026\n\n"
        "Anders als unsere früheren Projekte erhält Wohnen Plus keine Förderung aus dem Asyl-, Migrations- "
        "und Integrationsfonds (AMIF). Das Projekt wird zur Gänze aus Bundesmitteln finanziert.\n"
    )
    ex = extractor(text, "de", url="https://www.volkshilfe-linz-example.at/projekt")
    assert [p for p in ex.projects if "Wohnen Plus" in p.label]
    # neither the fund's name nor its short form in parentheses after it
    assert all(AMIF not in p.funders for p in ex.projects)


def test_a_republics_budget_is_national_money() -> None:
    text = (
        "The projects are co-financed 75 per cent by the European Union from the Asylum, Migration and "
        "Integration Fund (AMIF) and 25 per cent from the budget of the Republic of Slovenia."
    )
    ctx = Context(Document(text=text, name="t.txt", raw=text.encode(), language="en"))
    assert [f for f, _s, _e in ctx.funders_in(0, len(text))] == [AMIF, NATIONAL]


def test_national_money_on_the_line_beside_a_funds_line_of_a_breakdown_cofunds_the_project() -> None:
    text = (
        "Project: Welcome Services Kaunas\n\n"
        "The Kaunas Support Centre runs the project Welcome Services Kaunas from 2024 to 2026.\n\n"
        "Funding:\n"
        "- Asylum, Migration and Integration Fund (AMIF): EUR 600,000.00 (75 %)\n"
        "- State budget of the Republic of Lithuania: EUR 200,000.00 (25 %)\n"
    )
    ex = extractor(text, "en", url="https://www.kaunas-support-example.lt/projects/welcome")
    runs = [p for p in ex.projects if p.implementers]
    assert runs and all(AMIF in p.funders and NATIONAL in p.funders for p in runs)


def test_a_runner_named_after_a_fronted_cue_runs_the_project() -> None:
    text = (
        "Casa e lavoro per venti rifugiati\n\n"
        "Parte a gennaio il progetto Radici, finanziato con 400 mila euro dal Fondo Asilo, Migrazione e "
        "Integrazione (FAMI).\n\n"
        "A guidare il progetto è la cooperativa sociale Il Ponte, che da dieci anni gestisce centri di accoglienza.\n"
    )
    ex = extractor(text, "it", url="https://www.valle-notizie-example.it/cronaca/radici")
    radici = project(ex, "Radici")
    assert any("il-ponte" in o for o in radici.implementers), list(radici.implementers)


def test_an_organisation_that_has_the_lead_of_the_project_runs_it() -> None:
    text = (
        "Interreg-project Brugwerk\n\n"
        "Brugwerk is een Euregionaal Interreg-project voor nieuwkomers die werk zoeken over de grens.\n\n"
        "De Hogeschool Noorderzand heeft de leiding over dit project.\n"
    )
    ex = extractor(text, "nl", url="https://www.vluchtelingen-zuid-example.nl/projecten/brugwerk")
    (brugwerk,) = [p for p in ex.projects if p.funders]
    assert any("hogeschool-noorderzand" in o for o in brugwerk.implementers), list(brugwerk.implementers)


def test_a_funds_name_glued_to_the_noun_it_qualifies_is_the_fund() -> None:
    text = "Brugwerk is een Interreg-project. Das FAMI-Projekt läuft. De ESF+-subsidie loopt af."
    ctx = Context(Document(text=text, name="t.txt", raw=text.encode(), language="nl"))
    assert [m.text for m in ctx.fund_names] == ["Interreg", "FAMI", "ESF+"]


def test_a_heading_about_a_fund_names_no_project() -> None:
    text = (
        "Over AMIF\n\nHet Asiel-, Migratie- en Integratiefonds (AMIF) financiert projecten voor nieuwkomers. "
        "Stichting Nieuwland ontvangt AMIF-subsidie voor de begeleiding van statushouders.\n"
    )
    ex = extractor(text, "nl", url="https://www.example-agentschap.nl/amif")
    runs = [p for p in ex.projects if org("Stichting Nieuwland") in p.implementers]
    assert runs and all(p.label != "Over AMIF" for p in runs)


def test_a_project_whose_application_was_turned_down_is_no_project() -> None:
    # "Die werd afgewezen": the town applied, the fund said no; the sentence before names the project
    text = (
        "Drie projecten krijgen geld uit het AMIF. Stichting Wijkkracht Almelo krijgt 190.000 euro voor "
        "Buurtmaatjes Almelo, dat loopt tot 2026.\n\n"
        "Ook de gemeente Borne diende een aanvraag in, voor een project rond huisvesting van statushouders. "
        "Die werd afgewezen omdat de aanvraag te laat kwam."
    )
    ext = facts(text, "nl")
    assert org("gemeente Borne") not in {o for p in ext.projects for o in p.implementers}, [
        p.label for p in ext.projects
    ]


def test_a_rejected_row_does_not_reject_the_row_above() -> None:
    # a table row that says it was not funded is its own, not the previous row's
    text = (
        "Graduatoria dei progetti FAMI\n\n"
        "N. | Ente proponente | Progetto | Esito\n"
        "1 | Cooperativa Sociale Il Faro | PONTI | ammesso e finanziato\n"
        "2 | Associazione Porte Aperte | INSIEME | ammesso, non finanziato per esaurimento risorse\n"
    )
    ext = facts(text, "it", title="FAMI: graduatoria dei progetti")
    labels = {p.label for p in ext.projects}
    assert "PONTI" in labels and "INSIEME" not in labels, labels


def test_a_fund_named_in_a_question_funds_nothing() -> None:
    # a parliamentary question asks whether the ISF pays too; the answer says no: only the AMIF pays
    text = (
        "Vraag 3\nKunt u een voorbeeld geven?\n\nAntwoord 3\nHet project «Thuis Terug» van Stichting Keerpunt "
        "loopt van 2023 tot 2025. De AMIF-bijdrage bedraagt € 400.000.\n\n"
        "Vraag 4\nWordt dit project ook gefinancierd uit het Fonds voor Interne Veiligheid (ISF)?\n\n"
        "Antwoord 4\nNee."
    )
    ext = facts(text, "nl")
    assert set(project(ext, "Thuis Terug").funders) == {AMIF}


def test_a_lower_case_list_line_run_by_someone_is_an_activity_not_a_project() -> None:
    # the lines under "Cosa prevede" tell what the project does and who does each part
    text = (
        "Il progetto «Casa Aperta» del Comune di Fossano è finanziato dal FAMI.\n\n"
        "Cosa prevede\n"
        "- un'agenzia per la casa, gestita dalla cooperativa sociale Il Faro;\n"
        "- corsi di italiano serali, organizzati dai volontari di Porte Aperte.\n"
    )
    ext = facts(text, "it")
    assert not [p.label for p in ext.projects if p.label.lower().startswith(("un'agenzia", "corsi"))]


def test_a_fund_that_the_next_sentence_says_the_country_takes_no_part_in_pays_nothing() -> None:
    from extract_helpers import extractor

    ex = extractor(
        "Le programme d'intégration cantonal finance les cours de français de l'association Trait d'Union. "
        "Dans les États membres de l'UE, des actions comparables sont cofinancées par le Fonds Asile, "
        "Migration et Intégration (FAMI). La Suisse ne participe pas à ce fonds.\n",
        "fr",
    )
    assert not ex.ctx.funds  # both the long form and its acronym are denied
    assert len(ex.ctx.fund_names) == 2
