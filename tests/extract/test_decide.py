"""The learned decision step: candidate pairs, their features, the shipped model and how its verdicts
change the rules' projects (texts written for these tests)."""

from __future__ import annotations

import json
import math

import pytest
from extract_helpers import AMIF, facts, org, project

from migkg.loaders.document import Document
from migkg.loaders.extract import decide
from migkg.loaders.extract.decide import MODEL_FILE, PairModel, candidates, pair_model
from migkg.loaders.extract.pipeline import Extractor


def extractor(text: str, lang: str, url: str | None = None, title: str | None = None) -> Extractor:
    ex = Extractor(Document(text=text, name="t.txt", raw=text.encode(), url=url, title=title, language=lang))
    ex.run()
    return ex


def test_shipped_model_file_is_complete_and_consistent() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    n = len(data["features"])
    assert n == len(data["means"]) == len(data["scales"]) == len(data["weights"]) > 10
    assert all(s > 0 for s in data["scales"])
    assert 0 < data["threshold"] < 1
    assert data["cross_validation"]["scheme"] == "leave one publisher out"
    xs = [x for x, _ in data["calibration_map"]]
    ys = [y for _, y in data["calibration_map"]]
    assert xs == sorted(xs) and ys == sorted(ys), "calibration must be non-decreasing"


def test_model_score_is_the_logistic_of_the_scaled_weighted_sum() -> None:
    model = PairModel(("a", "b"), (1.0, 0.0), (2.0, 1.0), (0.5, -1.0), 0.25, 0.5)
    z = 0.25 + 0.5 * (3.0 - 1.0) / 2.0 - 1.0 * (1.0 - 0.0) / 1.0
    assert model.score({"a": 3.0, "b": 1.0}) == pytest.approx(1 / (1 + math.exp(-z)))
    assert model.score({}) == pytest.approx(1 / (1 + math.exp(-(0.25 - 0.5 * 0.5))))


def test_calibration_map_is_piecewise_linear_and_clipped() -> None:
    model = PairModel((), (), (), (), 0.0, 0.5, ((0.2, 0.1), (0.6, 0.5), (0.9, 0.9)))
    assert model.calibrated(0.0) == pytest.approx(0.1)
    assert model.calibrated(0.4) == pytest.approx(0.3)
    assert model.calibrated(0.75) == pytest.approx(0.7)
    assert model.calibrated(1.0) == pytest.approx(0.9)


def test_every_named_fund_is_paired_with_every_organisation() -> None:
    text = (
        "Het project Taalbrug wordt gefinancierd door het AMIF. "
        "De Stichting Nieuwe Buren voert het uit, samen met de gemeente Halsteren."
    )
    ex = extractor(text, "nl")
    pairs = {(c.funder, c.org) for c in candidates(ex)}
    # "Stichting" is a legal form: the node is keyed by the name without it.
    assert (AMIF, org("Nieuwe Buren")) in pairs
    assert (AMIF, org("gemeente Halsteren")) in pairs


def test_features_say_what_the_rules_and_cues_found() -> None:
    text = "The BRIDGE project, funded by AMIF, is run by the Northern Migrant Support Centre."
    ex = extractor(text, "en")
    [c] = [c for c in candidates(ex) if c.org == org("Northern Migrant Support Centre") and c.funder == AMIF]
    assert c.features["rule_pair"] == 1.0
    assert c.features["o_impl_cue"] == 1.0
    assert c.features["o_shaped"] == 1.0
    assert c.features["same_unit"] > 0


def test_an_organisation_the_rules_missed_gets_its_pair_from_the_model() -> None:
    """Nothing says "run by" here: the rules give no implementer, the model pairs the one
    organisation the funding sentence names as its subject."""
    text = (
        "Cohesion in Practice\n\n"
        "With support from the Asylum, Migration and Integration Fund, the Northern Migrant Support Centre "
        "offers language courses and job coaching to newly arrived refugees in 2024 and 2025."
    )
    ext = facts(text, "en")
    implementers = {o for p in ext.projects for o in p.implementers}
    assert org("Northern Migrant Support Centre") in implementers


def test_a_partner_named_after_a_partner_cue_is_not_made_an_implementer() -> None:
    text = (
        "Het project 'Samen Thuis' wordt gefinancierd door het AMIF. "
        "De stad werkt hiervoor samen met de Stichting Nieuwe Buren."
    )
    [p] = facts(text, "nl").projects
    assert org("Nieuwe Buren") not in p.implementers


def test_implementer_confidence_is_the_calibrated_score() -> None:
    text = "The BRIDGE project, funded by AMIF, is run by the Northern Migrant Support Centre."
    p = project(facts(text, "en"), "BRIDGE")
    ev = p.implementers[org("Northern Migrant Support Centre")]
    model = pair_model()
    assert model is not None
    assert 0.0 <= ev.confidence <= 1.0
    assert ev.confidence in {round(y, 2) for _, y in model.calibration} or model.calibration[0][1] <= ev.confidence


def test_without_a_model_the_rules_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The BRIDGE project, funded by AMIF, is run by the Northern Migrant Support Centre."
    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: None)
    p = project(facts(text, "en"), "BRIDGE")
    assert set(p.implementers) == {org("Northern Migrant Support Centre")}
    assert p.implementers[org("Northern Migrant Support Centre")].confidence == 0.8


def test_a_merged_organisation_name_is_not_left_untyped() -> None:
    """Regression: a name merged into a near-identical one ("Landkreises X" into "Landkreis X") kept
    its old node in the mentions the pair decision reads, so a project could be implemented by a
    node that was never written as an organisation."""
    from migkg.loaders.extract.names import NameIndex

    text = (
        "Beteiligung des Landkreises Nordtal\n\n"
        "Der Landkreis Nordtal beteiligt sich an dem AMIF-Projekt des Caritas-Zentrums Südstadt "
        "mit 4.500 Euro pro Jahr. Das Projekt wird aus dem AMIF gefördert."
    )
    ex = extractor(text, "de")
    known = set(NameIndex.active().entities)
    assert {m.iri for m in ex.ctx.orgs} <= known | set(ex.ctx.new_orgs)
    named = {o for p in ex.projects for o in (*p.implementers, *p.partners, *p.funders)}
    orgs = {iri for iri in named if "/id/org/" in iri}
    assert orgs <= known | set(ex.ctx.new_orgs)


def _flat_model(score: float, threshold: float) -> PairModel:
    """A model that scores every candidate the same: the logistic of its intercept."""
    return PairModel((), (), (), (), math.log(score / (1 - score)), threshold)


SOLE_TEXT = (
    "Stichting Taalhuis Noord and the Vereniging Samen Verder met in Utrecht. The Asylum, Migration and "
    "Integration Fund was discussed."
)


def _pairs(ext) -> set[tuple[str, str]]:
    return {(f, o) for p in ext.projects for f in p.funders for o in p.implementers}


def test_best_pair_of_a_page_stands_when_none_reaches_the_threshold_but_it_is_close(monkeypatch) -> None:
    # Every pair scores 0.3 against a threshold of 0.4: none passes, the best is within the floor.
    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: _flat_model(0.3, 0.4))
    assert len(_pairs(facts(SOLE_TEXT, "en", title="Language cafés for newcomers"))) == 1


def test_no_pair_when_the_best_is_far_below_the_threshold(monkeypatch) -> None:
    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: _flat_model(0.1, 0.4))
    assert _pairs(facts(SOLE_TEXT, "en", title="Language cafés for newcomers")) == set()
