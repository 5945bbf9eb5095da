"""Pages read in held40 (session 50): a cross-border project's record whose "Hoofdpartner (chef de
file):" line stands over the lead partner's list line; a written answer whose paragraphs each open
with a project's title and its years as a sentence of their own; a local daily's cleft sentence on
the association "qui a déposé le dossier"; regional news where two municipalities that take part
each put in a sum."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

RECORD_NL = (
    "Home / Projecten / BRUGWERK\n\n"
    "BRUGWERK\n"
    "Taal en werk voor nieuwkomers in de grensregio\n\n"
    "Looptijd: 01/01/2024 – 31/12/2027\n"
    "Totaal budget: € 1.250.000,00\n\n"
    "Samenvatting\n"
    "BRUGWERK koppelt nieuwkomers aan een tandempartner op de werkvloer.\n\n"
    "Projectpartners\n\n"
    "Hoofdpartner (chef de file):\n"
    "- Stad Kortemark – Dienst Welzijn\n\n"
    "Partners:\n"
    "- Stad Wervik\n"
    "- Ville de Lannoy\n\n"
    "Financiering\n"
    "Het project wordt gesteund door het Europees Fonds voor Regionale Ontwikkeling via het "
    "Interreg-programma.\n"
)


def test_the_list_line_under_a_lead_partner_line_names_the_runner() -> None:
    ext = facts(
        RECORD_NL,
        "nl",
        title="BRUGWERK – Taal en werk voor nieuwkomers in de grensregio | Interreg Grensregio",
        url="https://www.interreg-grensregio.example.eu/projecten/brugwerk",
    )
    p = project(ext, "BRUGWERK")
    # (before: no runner, or the province the page names elsewhere)
    assert org("Stad Kortemark") in p.implementers, p.implementers


ANSWER_EN = (
    "The Minister's answer\n"
    "The Government is aware of the following AMIF-funded projects which were delivered in the region:\n\n"
    "Harbour Welcome Hub (2019 to 2021). Delivered in Portree by the Skye Refugee Network, it supported "
    "newly arrived families. It received approximately £210,000 from AMIF.\n\n"
    "Northern Lights ESOL (2017 to 2020). Highland Council ran this project for resettled refugees. It "
    "received AMIF funding of £312,000.\n\n"
    "Resettlement under the national scheme was not funded through AMIF.\n"
)


def test_paragraphs_that_open_with_a_title_sentence_each_name_a_project() -> None:
    ext = facts(ANSWER_EN, "en", url="https://www.parliament-answers.example.org/wa/2024-03-12")
    labels = [p.label for p in ext.projects]
    # (before: neither title made a project; they name no project noun)
    assert "Harbour Welcome Hub" in labels, labels
    assert "Northern Lights ESOL" in labels, labels
    p = project(ext, "Northern Lights ESOL")
    assert (p.start_year, p.end_year) == (2017, 2020)
    assert AMIF in p.funders


NEWS_FR = (
    "À Morlaix, « Tremplins » aide les réfugiés à décrocher un premier emploi\n\n"
    "Depuis six mois, une quarantaine de réfugiés sont accompagnés vers l'emploi par un dispositif "
    "baptisé « Tremplins ». Le Fonds asile, migration et intégration (FAMI) en couvre l'essentiel.\n\n"
    "À Morlaix, c'est l'association Le Phare morlaisien, connue pour son épicerie solidaire, qui a déposé "
    "le dossier et qui emploie l'équipe.\n"
)


def test_the_association_that_filed_the_application_runs_the_project() -> None:
    ext = facts(NEWS_FR, "fr", url="https://www.journal-du-trieux.example.fr/morlaix/tremplins")
    p = project(ext, "Tremplins")
    # (before: no runner; "qui a déposé le dossier" was no verb of running)
    assert p.implementers, [(q.label, q.implementers) for q in ext.projects]
    assert AMIF in p.funders


NEWS_NL = (
    "Statushouders in Almelo sneller aan het werk\n\n"
    "Het project Werkbrug Twente loopt sinds september 2023 en duurt tot eind 2026. Het Asiel-, Migratie- "
    "en Integratiefonds (AMIF) betaalt 684.000 euro van de totale begroting van 912.000 euro. De gemeente "
    "Almelo legt er zelf 150.000 euro bij, de resterende 78.000 euro komt van de gemeente Wierden.\n\n"
    "Werkbrug Twente wordt uitgevoerd door Stichting Nieuwland Oost, samen met de gemeenten Almelo en "
    "Wierden.\n"
)


def test_a_partner_that_puts_in_a_sum_funds_the_project() -> None:
    ext = facts(NEWS_NL, "nl", url="https://www.twentsekrant.example.nl/almelo/werkbrug")
    p = project(ext, "Werkbrug Twente")
    assert AMIF in p.funders
    # (before: the two municipalities were partners only, their sums nobody's)
    assert {org("gemeente Almelo"), org("gemeente Wierden")} <= set(p.funders), p.funders
