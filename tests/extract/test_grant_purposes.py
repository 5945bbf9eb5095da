"""A parliamentary answer's running text gives grants without names: "X received €N for the
provision of ...", "Y was awarded an AMIF grant of €N for the strengthening of ...". Each grant is
a project labelled by its purpose and run by the sentence's subject; two grants in one sentence
("..., while Z received €M for a project on ...") are two projects. A subject of a receiving or
running verb in a sentence with a sum is a runner even where the pair model doubts it, but not the
agent of a passive ("funded by ... (ECHO) and ran from 2022"). "75 per cent from the Fund, with the
remaining 25 per cent from national funds" is the state's share beside the fund's."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org, project

from migkg.loaders.extract.candidates import verb_of_subject
from migkg.loaders.extract.model import NATIONAL

ANSWER = (
    "Parliamentary Question 20417\n"
    "\n"
    "ANSWER\n"
    "\n"
    "The national programme under the Asylum, Migration and Integration Fund (AMIF) for 2021-2027 was "
    "adopted in 2022. Unless otherwise indicated, the projects below are co-financed at a rate of 75 per cent "
    "from the Fund, with the remaining 25 per cent being met from national funds.\n"
    "\n"
    "With regard to reception, the Reception Services Agency was awarded an AMIF grant of €2,150,000 for the "
    "refurbishment of two family units in Marsa, between 2023 and 2026.\n"
    "\n"
    "Two grants went to non-governmental organisations. The Kopin Foundation received €285,000 for the "
    "mentoring of young migrants leaving care from 2024 to 2026, while the Integra Association received "
    "€198,400 for a project on housing advice for recognised refugees, over the same period.\n"
)
URL = "https://parlament.example.mt/pq/20417"

KOPIN = org("Kopin Foundation")
INTEGRA = org("Integra Association")
AGENCY = org("Reception Services Agency")


def test_a_sum_received_for_a_purpose_is_a_project_named_by_it() -> None:
    ext = facts(ANSWER, "en", url=URL)
    mentoring = project(ext, "mentoring of young migrants")
    assert set(mentoring.implementers) == {KOPIN}
    assert AMIF in mentoring.funders
    assert (mentoring.start_year, mentoring.end_year) == (2024, 2026)


def test_two_grants_in_one_sentence_are_two_projects() -> None:
    ext = facts(ANSWER, "en", url=URL)
    housing = project(ext, "housing advice")
    assert set(housing.implementers) == {INTEGRA}
    assert not [p for p in ext.projects if KOPIN in p.implementers and INTEGRA in p.implementers]
    assert len([p for p in ext.projects if INTEGRA in p.implementers]) == 1  # no second "Project on housing"


def test_a_funds_grant_of_a_sum_is_the_funds_share() -> None:
    ext = facts(ANSWER, "en", url=URL)
    refurbishment = project(ext, "refurbishment of two family units")
    assert set(refurbishment.implementers) == {AGENCY}
    assert None not in refurbishment.amounts
    assert refurbishment.amounts[AMIF][0] == 2150000


def test_the_remaining_share_from_national_funds_beside_the_fund_pays_too() -> None:
    ext = facts(ANSWER, "en", url=URL)
    assert NATIONAL in project(ext, "mentoring of young migrants").funders


ECHO_REPORT = (
    "Safe Shelter\n"
    "\n"
    "The project is funded by the European Union's humanitarian aid (ECHO) and ran from March 2022 to June "
    "2023, with a total budget of EUR 1.6 million. The Ukrainian Relief Foundation ran two shelters with "
    "EUR 400,000 of it.\n"
)


def test_the_agent_of_a_passive_is_no_subject_of_the_next_verb() -> None:
    ex = extractor(ECHO_REPORT, "en")
    subjects = {m.name for m in ex.ctx.orgs if verb_of_subject(ex.ctx, m, ("runs_verbs",)) is not None}
    assert subjects == {"Ukrainian Relief Foundation"}, [m.name for m in ex.ctx.orgs]
