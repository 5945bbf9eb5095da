"""An organisation's page of its past projects, each under a heading of its name and years (texts
written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, ESF, extractor, names_of, project

_PAST_PROJECTS = (
    "Afgeronde projecten\n\n"
    "Hieronder vind je de projecten die we de voorbije jaren hebben afgerond.\n\n"
    "Thuis in de Stad (2019 – 2021)\n\n"
    "Met Thuis in de Stad koppelden we 60 jongeren aan een buddy uit de buurt.\n\n"
    "Het project werd gefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF), voor een bedrag "
    "van € 180.000. We werkten samen met het Agentschap Integratie en Inburgering en met het OCMW Aalst, "
    "dat jongeren doorverwees.\n\n"
    "Werkwoord (september 2020 – juni 2022)\n\n"
    "In Werkwoord volgden 30 nieuwkomers een traject werkplekleren bij bedrijven uit de regio.\n\n"
    "Het project kreeg steun van het Europees Sociaal Fonds (ESF). Het totale budget bedroeg € 120.000.\n\n"
    "Vragen? Mail naar projecten@brugwerk-vzw.be.\n"
)


def test_a_heading_of_a_name_and_its_years_over_a_funded_section_names_a_project() -> None:
    ex = extractor(_PAST_PROJECTS, "nl")
    thuis = project(ex, "Thuis in de Stad")
    assert AMIF in thuis.funders and (thuis.start_year, thuis.end_year) == (2019, 2021)
    werk = project(ex, "Werkwoord")
    assert ESF in werk.funders and (werk.start_year, werk.end_year) == (2020, 2022)


def test_a_partner_of_one_project_is_not_the_runner_another_project_falls_back_on() -> None:
    ex = extractor(_PAST_PROJECTS, "nl")
    runners = names_of(ex, project(ex, "Werkwoord").implementers)
    assert not {n for n in runners if "OCMW" in n}, runners


def test_a_legal_form_inside_an_e_mail_address_names_no_organisation() -> None:
    ex = extractor(_PAST_PROJECTS, "nl")
    assert not {o.name for o in ex.ctx.orgs if "@" in o.name or "brugwerk" in o.name.lower()}
