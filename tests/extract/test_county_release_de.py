"""A county's press release on two projects: the county adds money of its own ("aus Kreismitteln"),
a Jobcenter and a Caritasverband "für den Landkreis" run them, the second project's section is headed
"Jobcenter: Sprache und Beruf zusammen denken" (a German subtitle in capitals), and the page's menu
and contact box name no organisation and no project (texts written for these tests)."""

from __future__ import annotations

from extract_helpers import extractor, names_of, project

RELEASE_DE = (
    "Landratsamt | Bürgerservice | Kreis & Politik | Wirtschaft & Verkehr | Freizeit\n"
    "EU-Geld für zwei Integrationsprojekte im Kreis\n"
    "Zwei Vorhaben aus dem Landkreis Auenfeld haben den Zuschlag aus dem Asyl-, Migrations- und "
    "Integrationsfonds (AMIF) bekommen. Empfänger sind der Caritasverband für den Landkreis Auenfeld e.V. "
    "und das Jobcenter Landkreis Auenfeld. Der Kreistag hatte beschlossen, die beiden Projekte mit zusammen "
    "110.500 Euro aus Kreismitteln zu unterstützen.\n"
    "Lotsen in zwölf Gemeinden\n"
    "Der Caritasverband baut ein Netz ehrenamtlicher Integrationslotsinnen und -lotsen auf. In zwölf "
    "Kreisgemeinden sollen Freiwillige gefunden, geschult und fachlich begleitet werden, die neu Zugewanderte "
    "zu Behörden, Schulen, Kinderärztinnen oder Vereinen begleiten. Zwei Koordinatorinnen halten das Netz zusammen.\n"
    "Jobcenter: Sprache und Beruf zusammen denken\n"
    "Beim Jobcenter heißt das neue Angebot „BerufsWege AU“. Es richtet sich vor allem an Frauen aus "
    "Drittstaaten, die schon länger im Kreis leben, aber bislang kaum Kontakt zum Arbeitsmarkt hatten, und "
    "verbindet ein Coaching mit berufsbezogenem Deutsch.\n"
    "Kontakt\n"
    "Landratsamt Auenfeld, Pressestelle\n"
    "presse@landkreis-auenfeld.de\n"
    "Zurück zur Übersicht\n"
)


def _ex():
    return extractor(RELEASE_DE, "de")


def test_a_name_for_the_county_it_serves_keeps_its_article() -> None:
    names = {o.name for o in _ex().ctx.orgs}
    assert "Caritasverband für den Landkreis Auenfeld e.V." in names
    assert "Jobcenter Landkreis Auenfeld" in names


def test_a_site_menu_names_no_organisation() -> None:
    assert "Kreis & Politik" not in {o.name for o in _ex().ctx.orgs}


def test_the_countys_own_money_is_the_county_named_on_the_page() -> None:
    ctx = _ex().ctx
    assert {ctx._org_name(o) for o, _s, _e in ctx.regional_payers()} == {"Landkreis Auenfeld"}


def test_a_german_subtitle_after_a_colon_heads_its_section_and_the_jobcenter_runs_it() -> None:
    ex = _ex()
    p = project(ex, "Sprache und Beruf")
    assert names_of(ex, p.implementers) == {"Jobcenter Landkreis Auenfeld"}


def test_headings_after_the_contact_heading_name_no_project() -> None:
    labels = {p.label for p in _ex().projects}
    assert not any("Pressestelle" in x or "Übersicht" in x for x in labels)
