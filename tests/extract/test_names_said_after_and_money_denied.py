"""A name the next sentence says is the project's ('... 48 „Hofer Tandems“. So heißt das
Patenschaftsprogramm, mit dem der Verein X ...', '"Samen Sterk", zo heet het project'), the fund
a sum comes from "via dat fonds", and words that deny a project public money ("Öffentliches Geld
bekommt der Verein für die Tandems nicht", "il SAI non utilizza fondi europei"): the page's fund
is not that project's."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts

GERMAN_ARTICLE = (
    "Wenn aus Fremden Nachbarn werden\n"
    "Hof. Die beiden sind eines von derzeit 40 „Hofer Tandems“. So heißt das Patenschaftsprogramm, mit dem "
    "der Freundeskreis Asyl Hof e.V. seit 2016 Ehrenamtliche und geflüchtete Familien zusammenbringt.\n"
    "Öffentliches Geld bekommt der Freundeskreis für die Tandems nicht. Seit dem vergangenen Jahr hilft "
    "die Rosa-Stiftung aus Hof mit 5000 Euro.\n"
    "Bei der Jobsuche hilft die Caritas Hof mit dem Projekt „Job-Weg Oberfranken“, das aus dem Asyl-, "
    "Migrations- und Integrationsfonds der Europäischen Union finanziert wird.\n"
)


def test_a_quoted_name_the_next_sentence_says_is_the_programme_is_a_project() -> None:
    ext = extractor(GERMAN_ARTICLE, "de", url="https://www.frankenpost-example.de/hof/1", title="Nachbarn")
    assert "Hofer Tandems" in {p.label for p in ext.projects}, [p.label for p in ext.projects]


def test_words_that_deny_public_money_keep_the_pages_fund_from_the_project() -> None:
    ext = extractor(GERMAN_ARTICLE, "de", url="https://www.frankenpost-example.de/hof/1", title="Nachbarn")
    tandems = next(p for p in ext.projects if p.label == "Hofer Tandems")
    assert AMIF not in tandems.funders, tandems.funders
    job = next(p for p in ext.projects if "Job-Weg" in p.label)
    assert AMIF in job.funders, job.funders


def test_a_quoted_name_said_to_be_the_project_takes_the_sentence_before_and_that_funds_sum() -> None:
    text = (
        "Poperingse vzw koppelt bewoners aan buddy's\n"
        "De vzw Samen in Vleteren (SIV) wil daar iets aan doen: sinds september 2023 koppelt de vereniging "
        'bewoners aan een buddy. "Samen Sterk", zo heet het project.\n'
        '"Zonder het Asiel-, Migratie- en Integratiefonds van de Europese Unie zou dit niet lukken", zegt '
        'coördinator An Peeters. "We krijgen via dat fonds ongeveer 150.000 euro, tot eind 2025."\n'
    )
    ext = facts(text, "nl", url="https://www.regionieuws-example.be/vleteren/1", title="Buddy's")
    project = next((p for p in ext.projects if p.label == "Samen Sterk"), None)
    assert project is not None, [p.label for p in ext.projects]
    assert AMIF in project.funders, project.funders
    assert project.implementers, project.implementers
