"""A page that lists a fund's projects and says the state's budget pays the rest of each ("Het saldo
van elk project wordt gedragen door de federale begroting"): national money beside the fund for every
runner, also for one that runs two of the projects; not where the sentence says whose rest it is
(texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import AMIF, extractor, names_of, runners_of

from migkg.loaders.extract.model import NATIONAL

PAGE = (
    "Begeleiding naar terugkeer: projecten met Europese steun\n\n"
    "Een deel van de terugkeerbegeleiding wordt uitgevoerd in projecten die het Asiel-, Migratie- en "
    "Integratiefonds (AMIF) van de Europese Unie cofinanciert.\n\n"
    "Overzicht van de lopende projecten\n\n"
    "Project\tUitvoerder\tLooptijd\tTotaal budget\twaarvan AMIF\n"
    "Woonbegeleiding na terugkeerbeslissing\tvzw Huis Ter Weg\t01/01/2023 – 31/12/2025\t400.000,00 €\t300.000,00 €\n"
    "Juridisch advies in de terugkeerwoningen\tvzw Huis Ter Weg\t01/03/2023 – 28/02/2026\t240.000,00 €\t180.000,00 €\n"
    "Psychosociale ondersteuning van jongeren\tvzw Brugwerk Gent\t01/01/2024 – 31/12/2026\t600.000,00 €\t450.000,00 €\n"
    "\n"
    "{rest}\n"
)


def national_runners(rest: str) -> tuple[set[str], set[str]]:
    ex = extractor(PAGE.format(rest=rest), "nl", url="https://www.terugkeer-example.be/nl/projecten")
    return names_of(ex, runners_of(ex, NATIONAL)), names_of(ex, runners_of(ex, AMIF))


def test_the_rest_of_each_project_from_the_state_budget_is_national_money_for_every_runner() -> None:
    national, fund = national_runners("Het saldo van elk project wordt gedragen door de federale begroting.")
    assert fund == {"vzw Huis Ter Weg", "vzw Brugwerk Gent"}, fund
    assert national == fund, national


@pytest.mark.parametrize(
    ("rest", "of_every_project"),
    [
        ("Het saldo van elk project wordt gedragen door de federale begroting.", True),
        ("Voor het project van vzw Brugwerk Gent wordt het saldo gedragen door de federale begroting.", False),
    ],
)
def test_the_rest_is_every_projects_unless_the_sentence_names_whose(rest: str, of_every_project: bool) -> None:
    from migkg.loaders.extract.decide import _states_share

    ex = extractor(PAGE.format(rest=rest), "nl", url="https://www.terugkeer-example.be/nl/projecten")
    ctx = ex.ctx
    (at,) = {ctx.unit_index(s) for s, _e in ctx._national_cues}
    assert _states_share(ctx, at) is of_every_project
