"""A ministry's page with a table of the projects a fund co-finances: the unit named as the fund's
responsible authority pays no row; the state's share said in the lead ("The national
contribution is covered by the state budget") is every row's; the ministry named only in the
header, the contact line and the copyright line runs no project of its own."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org

from migkg.loaders.extract.model import NATIONAL

PAGE = (
    "Republic of Atlantis\n"
    "Ministry of Home Affairs\n"
    "Home › European Funds › Projects\n"
    "Asylum, Migration and Integration Fund 2021-2027 – Projects\n"
    "The Funds Office of the Ministry of Home Affairs is the Responsible Authority for the Asylum, "
    "Migration and Integration Fund (AMIF) in the Republic of Atlantis.\n"
    "The projects listed below are co-financed by the European Union through AMIF under the Programme "
    "of Atlantis for the period 2021-2027. The EU co-financing rate is 75% of the eligible expenditure. "
    "The national contribution is covered by the state budget.\n"
    "Co-financed projects\n"
    "Project\tBeneficiary\tEU contribution\tPeriod\n"
    "Renovation of the Harbour Reception Centre\tAsylum Office\t€2,100,000.00\t01/2022 – 12/2024\n"
    "Language courses for refugees\tAdult Learning Service\t€640,000.00\t09/2023 – 06/2026\n"
    "The next call for proposals closes on 15 November 2024.\n"
    "Contact: Funds Office, Ministry of Home Affairs, Port Royal\n"
    "© Ministry of Home Affairs | Accessibility | Privacy\n"
)


def _ext():
    return facts(PAGE, "en", url="https://www.ministryofhomeaffairs.gov.at/funds/amif", title="AMIF projects")


def test_the_funds_authority_pays_no_row_of_its_table() -> None:
    payers = {f for p in _ext().projects for f in p.funders}
    assert org("Funds Office of the Ministry of Home Affairs") not in payers, payers


def test_the_state_share_said_over_the_table_is_every_rows() -> None:
    rows = [p for p in _ext().projects if "Harbour" in p.label or "Language courses" in p.label]
    assert len(rows) == 2, [p.label for p in _ext().projects]
    assert all(AMIF in p.funders and NATIONAL in p.funders for p in rows), [p.funders for p in rows]


def test_the_ministry_in_the_header_and_footer_runs_no_project_of_its_own() -> None:
    runners = {o for p in _ext().projects for o in p.implementers}
    assert org("Ministry of Home Affairs") not in runners, runners
