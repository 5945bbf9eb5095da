"""An Italian local paper's report of a district's project, co-funded by a region (texts written for
these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names, names_of, project

_NEWS = (
    "Cronache Fermane\nAttualità\n\n"
    'La novità è "Parole in cammino", il progetto che l\'Ambito territoriale sociale 19, di cui Fermo è '
    "capofila, avvierà il 1° ottobre 2024 e che proseguirà fino al 31 dicembre 2025. Il progetto è "
    "finanziato con risorse del Fami 2021-2027 e cofinanziato dalla Regione Marche, per un valore di circa "
    "120mila euro.\n"
)


def test_a_district_named_by_its_number_is_an_organisation() -> None:
    assert "Ambito territoriale sociale 19" in names(_NEWS, "it")


def test_cofinanziato_dalla_names_a_payer_beside_the_fund() -> None:
    ex = extractor(_NEWS, "it", url="https://www.cronachefermane.it/2024/06/19/parole-in-cammino/")
    p = project(ex, "Parole in cammino")
    assert AMIF in p.funders
    assert "Regione Marche" in names_of(ex, p.funders), names_of(ex, p.funders)
    assert names_of(ex, p.implementers) == {"Ambito territoriale sociale 19"}


def test_a_chronicles_masthead_is_a_newspapers_and_runs_nothing() -> None:
    ex = extractor(_NEWS, "it", url="https://www.cronachefermane.it/2024/06/19/parole-in-cammino/")
    assert ex.ctx.is_media_site
