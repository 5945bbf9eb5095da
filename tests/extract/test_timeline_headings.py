"""An organisation's history told as a timeline: each heading opens with the years, a spaced dash,
then the project's name ("2016-2018 – Taalmaatjes"), over the lines that say who paid. Each such
heading over funding words names a project that ran those years; one over no funding does not."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

HISTORY = (
    "vzw Het Veer\n"
    "Home  Wat doen we  Over ons  Contact\n"
    "Onze geschiedenis\n"
    "Hieronder vind je de belangrijkste mijlpalen, en wie ze mee mogelijk maakte.\n"
    "2010 – Het begin\n"
    "Een paar buren starten een praatcafé voor anderstalige nieuwkomers.\n"
    "2016-2018 – Buurtmaatjes\n"
    "Vrijwilligers oefenen Nederlands met pas erkende vluchtelingen. Met steun van het Asiel-, Migratie- en "
    "Integratiefonds (AMIF): € 120.000 over drie jaar.\n"
    "2021-2024 – Werkbrug\n"
    "Trajecten naar werk met taalcoaching op de werkvloer, gefinancierd door het Europees Sociaal Fonds.\n"
    "vzw Het Veer · Kerkstraat 3 · 9000 Gent\n"
)
URL = "https://www.hetveer-gent.be/over-ons/geschiedenis"


def test_a_timeline_heading_names_the_project_and_its_years() -> None:
    ext = facts(HISTORY, "nl", title="Onze geschiedenis | vzw Het Veer", url=URL)
    maatjes = project(ext, "Buurtmaatjes")
    assert AMIF in maatjes.funders
    assert (maatjes.start_year, maatjes.end_year) == (2016, 2018)
    assert set(maatjes.implementers) == {org("Het Veer")}
    werkbrug = project(ext, "Werkbrug")
    assert "https://w3id.org/migkg/id/fund/ESF" in werkbrug.funders
    assert (werkbrug.start_year, werkbrug.end_year) == (2021, 2024)


def test_a_timeline_heading_over_no_funding_is_no_project() -> None:
    ext = facts(HISTORY, "nl", title="Onze geschiedenis | vzw Het Veer", url=URL)
    assert all("begin" not in p.label.lower() for p in ext.projects)
