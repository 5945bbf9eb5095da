"""A transnational project's own site: its name in the title after a generic part, a record of key
facts, a consortium list and work packages (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, facts, org, project

TITLE = "About the project – HARVEST | Helping Arrivals in Rural Villages Settle"

PROJECT_PAGE = (
    "About the project\n\n"
    "HARVEST helps small towns welcome newcomers who settle in rural areas. The project runs pilots "
    "in four countries.\n\n"
    "Key facts\n"
    "Programme: Asylum, Migration and Integration Fund (AMIF) – Union actions\n"
    "Duration: 24 months (1 February 2024 – 31 January 2026)\n"
    "Total budget: € 980,000.00\n"
    "Coordinator: Asociación Tierra Nueva (Spain)\n\n"
    "The consortium\n\n"
    "HARVEST brings together four organisations from four countries:\n"
    "1. Asociación Tierra Nueva (ES) – lead partner, pilot in Aragón\n"
    "2. Centro Studi Valli (IT) – pilot in the Alpine valleys\n"
    "3. Vidéki Híd Egyesület (HU) – mapping and research\n"
    "4. Landelijk Welkom (NL) – peer learning\n\n"
    "Work packages\n"
    "WP1 – Project management (lead: Asociación Tierra Nueva)\n"
    "WP2 – Mapping rural reception (lead: Vidéki Híd Egyesület)\n\n"
    "HARVEST is funded by the European Union's Asylum, Migration and Integration Fund.\n"
)


def test_the_name_after_a_generic_title_part_is_the_project() -> None:
    # regression: "About the project – ROOTS | ..." (held8 813) labelled the project "About the project"
    p = project(facts(PROJECT_PAGE, "en", title=TITLE), "HARVEST")
    assert AMIF in p.funders
    assert list(p.implementers) == [org("Asociación Tierra Nueva")]
    assert (p.start_year, p.end_year) == (2024, 2026)


def test_a_consortium_list_is_no_list_of_grants() -> None:
    # "Asociación Tierra Nueva (ES) – lead partner, ...": the country code is no runner and the
    # partner no project of its own
    ext = facts(PROJECT_PAGE, "en", title=TITLE)
    runners = {o for p in ext.projects for o in p.implementers}
    assert not runners & {org("ES"), org("IT"), org("HU"), org("NL")}
    assert all(p.label != "Centro Studi Valli" for p in ext.projects)


def test_work_packages_are_no_projects() -> None:
    labels = [p.label for p in facts(PROJECT_PAGE, "en", title=TITLE).projects]
    assert not any(label.startswith("WP") for label in labels)
