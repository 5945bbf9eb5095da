"""An organisation its clause names as a partner after its name ("volgden het project als
partner") runs nothing; a town's adjective before a legal form is no organisation (texts written
for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor, facts, mention_names, org

from migkg.loaders.extract import decide
from migkg.loaders.extract.decide import PairModel

NEWS = (
    "Vier jaar lang hielp de Gentse vzw Overstap jonge nieuwkomers op weg naar werk. Het project "
    "Wegwijs is eind december afgelopen.\n\n"
    "Onderzoekers van de Hogeschool Gent volgden het project als partner op de voet. Het Europese "
    "Asiel-, Migratie- en Integratiefonds (AMIF) betaalde het project voor 410.000 euro.\n\n"
    "Voor het vervolg werkt Overstap samen met Kleurrijk, een Brusselse vzw die jongeren "
    "psychologisch begeleidt.\n"
)


def test_an_organisation_named_as_a_partner_after_its_name_runs_nothing() -> None:
    # regression: "Onderzoekers van de Universiteit Antwerpen volgden het project als partner"
    # (held8 808) made the university the runner
    ext = facts(NEWS, "nl")
    assert all(org("Hogeschool Gent") not in p.implementers for p in ext.projects)


def test_a_towns_adjective_before_a_legal_form_is_no_organisation() -> None:
    # "de Gentse vzw Overstap", "een Brusselse vzw die ...": the form heads the name after it, or
    # none at all
    names = mention_names(extractor(NEWS, "nl"))
    assert "Gentse vzw" not in names and "Brusselse vzw" not in names
    assert "Overstap" in names


def test_an_organisation_said_not_to_fund_gets_no_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    # regression: "La Regione Marche ... ha espresso parere favorevole sul progetto, ma non
    # partecipa al finanziamento" (held8 797) ran a project of its own
    text = (
        "Senigallia, nasce «Ponti»: italiano e tirocini per 80 rifugiati\n\n"
        "Il progetto «Ponti» costa 300.000 euro, finanziati dal Fondo asilo, migrazione e "
        "integrazione (Fami). Lo realizza la cooperativa sociale Il Faro.\n\n"
        "Lingua e lavoro\n\n"
        "La Regione Umbria, che coordina il tavolo per l'integrazione, ha espresso parere favorevole "
        "sul progetto, ma non partecipa al finanziamento.\n"
    )
    # every pair accepted: the denial alone keeps the region out
    model = PairModel((), (), (), (), 0.0, 0.4)
    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: model)
    ext = facts(text, "it")
    assert all(org("Regione Umbria") not in p.implementers for p in ext.projects)
    assert all(org("Regione Umbria") not in p.funders for p in ext.projects)


def test_a_partner_role_in_apposition_makes_a_partner_but_another_projects_does_not() -> None:
    from extract_helpers import extractor

    ctx = extractor(
        "Nous travaillons avec le CPAS de Valmont, partenaire du projet, qui oriente les bénéficiaires. "
        "L'association Armonia, déjà partenaire d'un autre projet, gère aussi un atelier.\n",
        "fr",
    ).ctx
    by_name = {o.name: o for o in ctx.orgs}
    assert ctx.is_named_as_partner(by_name["CPAS de Valmont"])
    assert not ctx.is_named_as_partner(by_name["Armonia"])
