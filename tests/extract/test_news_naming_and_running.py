"""Regional news names a project in passing ("Het project, dat de naam X kreeg, ...") and says who
runs it with the work's noun ("De dagelijkse uitvoering ligt, net als bij de proef, bij Stichting
Y", a cue the pair model weighs); the German and English forms of the naming are read the same way."""

from __future__ import annotations

from extract_helpers import extractor, facts, org

from migkg.loaders.extract.candidates import cue_reaches

NEWS_NL = (
    "Nieuws\n"
    "Nieuwkomers in Oss krijgen een fietsmaatje\n"
    "\n"
    "Veel nieuwkomers in Oss kunnen nog niet fietsen. Een nieuw project koppelt hen aan een vrijwilliger.\n"
    "\n"
    "Het project, dat de naam Trapvast Oss kreeg, loopt tot eind 2026 en wordt betaald uit het Europese "
    "Asiel-, Migratie- en Integratiefonds (AMIF).\n"
    "\n"
    "De dagelijkse uitvoering ligt, net als bij de proef, bij Stichting Samen Onderweg. "
    '"We beginnen met veertig deelnemers", zegt de coördinator.\n'
)


def test_dat_de_naam_x_kreeg_names_the_project() -> None:
    ext = facts(NEWS_NL, "nl")
    assert "Trapvast Oss" in [p.label for p in ext.projects]


def test_de_uitvoering_ligt_bij_is_a_cue_of_who_runs_it() -> None:
    # (the pair model weighs it with the rest: a cue that reaches the name, over a short aside)
    ex = extractor(NEWS_NL, "nl")
    runner = [m for m in ex.ctx.orgs if m.name == "Stichting Samen Onderweg"]
    assert runner and cue_reaches(ex.ctx, "implemented_by", runner[0])


def test_the_naming_words_of_german_and_english_relative_clauses() -> None:
    de = "Das Projekt, das den Namen Brückenbau Kassel trägt, wird aus dem AMIF gefördert.\n"
    en = "The project, which was named Open Doors Cork, is co-funded by the AMIF.\n"
    assert "Brückenbau Kassel" in [p.label for p in extractor(de, "de").projects]
    assert "Open Doors Cork" in [p.label for p in extractor(en, "en").projects]


NEWS_EN = (
    "Council launches integration programme\n"
    "\n"
    "Welcome Tralee, as the initiative has been named, will offer English classes over the next three years.\n"
    "\n"
    "The programme has a total budget of €300,000. Of that, €225,000 is provided through the Asylum, "
    "Migration and Integration Fund (AMIF), with the Department of Rural Affairs, which administers the fund "
    "in Ireland, overseeing the grant.\n"
)


def test_as_the_initiative_has_been_named_names_it() -> None:
    assert "Welcome Tralee" in [p.label for p in facts(NEWS_EN, "en").projects]


def test_the_department_that_administers_the_fund_runs_nothing() -> None:
    ext = facts(NEWS_EN, "en")
    assert not [p for p in ext.projects if org("Department of Rural Affairs") in p.implementers]
