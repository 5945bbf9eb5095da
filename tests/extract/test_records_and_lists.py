"""Project database pages under a title heading, EU shares, titles with a site's suffix, and cues
that reach over a list of names (texts written for these tests)."""

from __future__ import annotations

from decimal import Decimal

from extract_helpers import ESF, FUND, extractor, facts, org, project

from migkg.loaders.extract.candidates import candidates, cue_reaches
from migkg.loaders.extract.model import NATIONAL
from migkg.loaders.extract.projects import _title_heads

AMIF = FUND + "AMIF"
BMVI = FUND + "BMVI"

RECORD_PAGE = """Project explorer: EU projects near you

project info
Start date: 1 March 2019
End date: 28 February 2022
funding
Fund: European Social Fund (ESF)
Total budget: 800 000,00 €
EU contribution: 400 000,00 € (50%)

Welcome Workshops North

Objectives The workshops help newcomers find their first job in the region.
"""


def test_record_page_under_a_title_heading_is_one_project_with_its_dates_fund_and_eu_share() -> None:
    ext = facts(RECORD_PAGE, "en", title="Welcome Workshops North (Project explorer: EU projects near you)")
    p = project(ext, "Welcome Workshops North")
    assert (p.start_year, p.end_year) == (2019, 2022)  # the record's dates, not a programming period
    assert set(p.funders) == {ESF}  # "Fund:" names the fund that pays
    assert p.amounts[ESF][0] == Decimal("400000.00")  # the EU contribution is the fund's share
    assert p.amounts[None][0] == Decimal("800000.00")  # the total budget stays the total


def test_eu_share_in_prose_goes_to_the_projects_only_fund() -> None:
    text = (
        "The Border Guard runs the Liaison Points project (total cost EUR 600,000, of which EU contribution "
        "EUR 450,000), funded by the Border Management and Visa Instrument (BMVI)."
    )
    p = project(facts(text, "en"), "Liaison Points")
    assert BMVI in p.funders
    assert p.amounts[BMVI][0] == Decimal("450000")


def test_title_heads_drop_the_sites_suffix_and_a_subtitle() -> None:
    heads = _title_heads("Bridges to Work 2019-2022: what we learnt (City news – updates)")
    assert heads[0] == "Bridges to Work 2019-2022: what we learnt (City news – updates)"
    assert "Bridges to Work 2019-2022" in heads
    assert heads[-1] == "Bridges to Work"
    assert _title_heads("Act Now") == ["Act Now"]


def test_a_grant_cue_reaches_every_name_of_the_list_after_it() -> None:
    text = (
        "Het ministerie kende AMIF-subsidie toe. Voor het thema taal is subsidie toegekend aan "
        "Stichting Taalhuis Noord, Vereniging Samen Verder en Stichting Werkplaats Oost. "
        "Stichting Open Deur organiseert een debat."
    )
    ex = extractor(text, "nl")
    reached = [m.name for m in ex.ctx.orgs if cue_reaches(ex.ctx, "granted_to", m)]
    for name in ("Taalhuis Noord", "Samen Verder", "Werkplaats Oost"):
        assert any(name in r for r in reached), (name, reached)
    assert not any("Samen Verder" in r and "Werkplaats" in r for r in reached)  # "X en Stichting Y": two names
    assert not any("Open Deur" in r for r in reached)  # another sentence: the cue does not reach it


def test_a_cue_does_not_reach_past_other_words() -> None:
    text = (
        "De subsidie is toegekend aan projecten die volgens de jury van de provincie het meest "
        "vernieuwend waren, zoals bleek uit een evaluatie door Stichting Kijkglas."
    )
    ex = extractor(text, "nl")
    assert not any(cue_reaches(ex.ctx, "granted_to", m) for m in ex.ctx.orgs)


def test_national_money_is_always_a_candidate_funder() -> None:
    # No word of the text names a state budget, yet an agency's subsidies may be the state's money:
    # the model, not the candidate list, decides.
    text = "Stichting Taalhuis Noord voert het project Taal Thuis uit met steun van het AMIF."
    cands = candidates(extractor(text, "nl"))
    national = [c for c in cands if c.funder == NATIONAL]
    assert national and all(c.features["funder_unseen"] == 1.0 for c in national)
    assert any(c.funder == AMIF and c.org == org("Stichting Taalhuis Noord") for c in cands)


def test_a_record_line_with_an_amount_is_not_a_project(monkeypatch) -> None:
    # Regression: "Volumen: 2 Mio. € (Stiftung X)" named a project after the clause before the
    # organisation's parenthesis. A model that accepts every pair makes sure the pair is placed.
    from migkg.loaders.extract import decide

    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: decide.PairModel((), (), (), (), 3.0, 0.4))
    text = (
        "Der Fonds für die innere Sicherheit (ISF) fördert die Zusammenarbeit der Polizeien.\n"
        "\n"
        "Kurz gefasst\n"
        "- Volumen: 2 Mio. € (Stiftung Lichtblick)\n"
        "- Laufzeit: 2023 - 2025\n"
    )
    labels = [p.label for p in facts(text, "de").projects]
    assert not any("Volumen" in label for label in labels), labels


BULLETED_RECORD = (
    "Stadtteilmütter Nord\n\n"
    "  • Träger: Verein Brückenbau Nord\n"
    "  • Projektlaufzeit: 01.03.2023 - 28.02.2026\n"
    "  • Gesamtausgaben: 1,2 Mio. EUR\n"
    "  • Fördersumme: 0,9 Mio. EUR\n\n"
    "Der Verein Brückenbau Nord hat das Projekt Stadtteilmütter Nord entwickelt und eine Förderung aus dem AMIF "
    "erhalten.\n"
)


def test_bulleted_record_lines_are_read_as_the_pages_project() -> None:
    """Record lines set as bullets are record lines; on a page about one project they are that
    project's, though the sentence that names the project stands apart from them."""
    p = project(facts(BULLETED_RECORD, "de", title="Stadtteilmütter Nord"), "Stadtteilmütter Nord")
    assert (p.start_year, p.end_year) == (2023, 2026)
    assert p.amounts[None][0] == Decimal("1200000")  # Gesamtausgaben: the total
    assert p.amounts[AMIF][0] == Decimal("900000")  # Fördersumme: what the one fund grants


def test_a_bullet_naming_a_project_before_a_colon_stays_a_list_item() -> None:
    from migkg.loaders.extract.structure import layout

    units = layout("Projekte:\n • Das Projekt Sonnenweg: es hilft Familien.\n • Träger: Verein Nord\n", "de")[0].units
    assert [(u.kind, u.key) for u in units[1:]] == [("item", ""), ("kv", "Träger")]


def test_a_short_form_in_parentheses_is_not_an_organisation() -> None:
    """A list of crime areas, each with its short form: "(GAA)" spells the word before it and
    "(Kfz-Kriminalität)" shares its stem; neither names who runs anything."""
    text = (
        "Das Projekt Lumen Nord wird aus dem ISF gefördert. Schwerpunkte:\n"
        "- Geldautomatensprengungen (GAA): Polizeidirektion Nordheim\n"
        "- Kraftfahrzeugkriminalität (Kfz-Kriminalität): Polizei Südstadt\n"
    )
    ext = facts(text, "de")
    named = {o for p in ext.projects for o in p.implementers}
    assert org("GAA") not in named
    assert org("Kfz-Kriminalität") not in named


def test_a_longer_name_in_parentheses_is_not_the_titles_short_form() -> None:
    """Regression: "Scan-R (Scan-R asbl)", an organisation's full name after the project's, was
    taken for the title's short form (its capitals spell the title), which lost the organisation."""
    from migkg.loaders.extract.projects import _short_form_of

    assert _short_form_of("GAA", "Geldautomatensprengungen")  # its capitals spell the word
    assert _short_form_of("Kfz-Kriminalität", "Kraftfahrzeugkriminalität")  # a shared stem
    # regression: "(SÄM-Delikte)" after "Straftaten gegen Ältere Menschen" was read as an organisation
    assert _short_form_of("SÄM-Delikte", "Straftaten gegen Ältere Menschen")
    assert not _short_form_of("Scan-R asbl", "Scan-R")  # longer than the title
    assert not _short_form_of("Vluchtelingenwerk", "Safe Start")


def test_the_state_named_as_co_funder_is_national_money() -> None:
    text = "Ce programme est cofinancé par l'État et l'UE, via le FAMI. L'association Horizon Sud le met en œuvre."
    ext = extractor(text, "fr")
    assert ext.ctx._national_cues


def test_a_counted_group_is_no_projects_label() -> None:
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import not_a_project

    assert not_a_project("Subsidies voor 26 projecten in 2018", cues_for("nl"))
    assert not_a_project("19 projets subventionnés par le FAMI", cues_for("fr"))
    # A year before the noun is no count, and a number after a singular noun is part of a name.
    assert not not_a_project("Buurtwerk 2024 projecten Oost", cues_for("nl"))
    assert not not_a_project("Project 2 Werk", cues_for("nl"))


def test_a_beneficiary_label_drops_a_speaker_and_a_dangling_article(monkeypatch) -> None:
    from migkg.loaders.extract import decide

    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: decide.PairModel((), (), (), (), 0.0, 0.4))
    text = (
        "Results of the call for proposals\n\n"
        "The Minister announced that the Northern Language Agency and the Harbour Youth Council will get "
        "AMIF support.\n\n"
        "For the theme work placements support goes to the Eastbridge Training Foundation."
    )
    labels = {p.label for p in facts(text, "en", title="Results of the call for proposals").projects}
    assert "Northern Language Agency" in labels  # who announced it is no theme
    assert "For the theme work placements support goes – Eastbridge Training Foundation" in labels  # "to the" trimmed


def test_a_one_project_page_states_its_costs_apart_from_its_name() -> None:
    text = (
        "The Harbour Welcome project, funded by the Asylum, Migration and Integration Fund, is run by the "
        "Northern Migrant Support Centre.\n\n"
        "Volunteers meet new arrivals at the port.\n\n"
        "The total cost of the project is €800,000 (600 000 euros of EU funds)."
    )
    p = project(facts(text, "en"), "Harbour Welcome")
    assert p.amounts[None][0] == Decimal("800000")
    assert p.amounts[AMIF][0] == Decimal("600000")  # the EU share goes to the project's one fund


def test_a_name_and_the_same_name_with_project_are_one_project() -> None:
    """Regression: "The Harbour Welcome project, funded by ..." gave two projects, "Harbour Welcome"
    (its name) and "Harbour Welcome project" (its description)."""
    ext = facts("The Harbour Welcome project, funded by AMIF, is run by the Northern Migrant Support Centre.", "en")
    assert [p.label for p in ext.projects] == ["Harbour Welcome"]


def test_a_label_is_more_than_a_project_noun_and_short_words() -> None:
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import not_a_project

    assert not_a_project("EU- Projekt", cues_for("de"))
    assert not_a_project("Project", cues_for("en"))
    assert not not_a_project("Projet 2024-2025", cues_for("fr"))  # a year tells it apart
    assert not not_a_project("Projekt DIWA", cues_for("de"))


def test_a_label_does_not_run_into_the_next_sentence() -> None:
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import _strip_label

    assert _strip_label("Centre for Social Innovation. This", cues_for("en")) == "Centre for Social Innovation"
    assert _strip_label("Welcome Desk 2.0", cues_for("en")) == "Welcome Desk 2.0"


def test_an_organisations_own_long_name_before_its_acronym_is_no_deed() -> None:
    """ "(GAMS)" after "les victimes de mutilations génitales" tells what the organisation does; "(FICR)"
    after "la Fédération internationale de la Croix-Rouge" is only its name spelt out."""
    from migkg.loaders.extract.decide import _clause_before

    text = "Le projet est piloté par la Fédération internationale de la Croix-Rouge (FICR), avec le FAMI."
    ex = extractor(text, "fr")
    [ficr] = [m for m in ex.ctx.orgs if ex.ctx.text[m.start : m.end] == "FICR"]
    u = ex.ctx.units[ex.ctx.unit_index(ficr.start)]
    assert _clause_before(ex.ctx, ficr.iri, u) == ""
    text = "Le FAMI soutient l'aide aux victimes de mutilations génitales (GAMS) à Bruxelles."
    ex = extractor(text, "fr")
    [gams] = [m for m in ex.ctx.orgs if ex.ctx.text[m.start : m.end] == "GAMS"]
    u = ex.ctx.units[ex.ctx.unit_index(gams.start)]
    assert _clause_before(ex.ctx, gams.iri, u) == "Le FAMI soutient l'aide aux victimes de mutilations génitales"


def test_funds_in_the_plural_name_no_project() -> None:
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import not_a_project

    assert not_a_project("Europese fondsen Asiel en Migratie (2021-2027)", cues_for("nl"))
    assert not_a_project("EU home affairs funds 2021-2027", cues_for("en"))
    assert not_a_project("I fondi europei per la migrazione", cues_for("it"))


def test_table_header_row_is_no_project_label() -> None:
    """Regression: a bilingual table's header row ("Bénéficiaire Montant subside Begunstigde Bedrag
    subsidie") labelled the project of the rows under it."""
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import not_a_project

    nl = cues_for("nl")
    assert not_a_project("Bénéficiaire Montant subside Begunstigde Bedrag subsidie", nl)
    assert not_a_project("Beneficiary Amount Duration", cues_for("en"))
    assert not not_a_project("Budget et montant du projet Passerelle", cues_for("fr"))


def test_list_of_organisations_under_an_intro_about_a_project_is_no_list_of_projects() -> None:
    """Regression: "other organisations joined the consortium to carry out the project:" over a
    list of names made each name a project."""
    from extract_helpers import facts

    text = (
        "Het project Brug wordt gefinancierd door het ESF.\n\n"
        "Naast stad Lindeveld stapten ook andere organisaties in het consortium om het project te realiseren:\n\n"
        "  • Groep Noordwerk\n"
        "  • Randveld Advies\n"
        "  • Levenskracht\n"
    )
    labels = {p.label for p in facts(text, "nl").projects}
    assert not labels & {"Groep Noordwerk", "Randveld Advies", "Levenskracht"}, labels


CONSORTIUM_PAGE = """Bridges Home – Onward Settlement in Small Towns

Funding: Asylum, Migration and Integration Fund (AMIF), Union actions
Period: 01/02/2024 – 31/01/2026
Coordinator: University of Lakeside
Total budget: EUR 1,000,000.00
EU contribution: EUR 900,000.00 (90%)

The project tests settlement packages in four small towns.

Consortium
1. University of Lakeside (Poland) – coordinator
2. Fundación Horizonte (Spain)
3. Stichting Thuishaven (Netherlands)

Outputs so far
- Small towns mapping report (Deliverable 2.1), June 2024 [PDF]
"""


def test_consortium_members_with_their_country_are_no_projects_and_no_country_runs_anything() -> None:
    ext = facts(CONSORTIUM_PAGE, "en", title="Bridges Home – Onward Settlement in Small Towns – Lakeside")
    runners = {o for p in ext.projects for o in p.implementers}
    assert not {org("Poland"), org("Spain"), org("Netherlands")} & runners
    assert not [p for p in ext.projects if "Horizonte" in p.label or "Thuishaven" in p.label]


def test_record_lines_under_the_heading_the_title_names_are_that_projects() -> None:
    ext = facts(CONSORTIUM_PAGE, "en", title="Bridges Home – Onward Settlement in Small Towns – Lakeside")
    p = project(ext, "Bridges Home")
    assert (p.start_year, p.end_year) == (2024, 2026)
    assert AMIF in p.funders
    assert org("University of Lakeside") in p.implementers
    assert p.amounts[AMIF][0] == Decimal("900000.00")


def test_a_deliverables_number_in_parentheses_is_no_organisation() -> None:
    ext = extractor(CONSORTIUM_PAGE, "en", title="Bridges Home – Onward Settlement in Small Towns – Lakeside")
    assert not [o for o in ext.ctx.orgs if "Deliverable" in o.name]


CITY_PRESS_RELEASE_NL = """Stad Zandhoven trekt 300.000 euro uit voor drie projecten rond nieuwkomers

Het stadsbestuur ondersteunt de komende jaren drie projecten voor nieuwkomers.

De drie projecten in een oogopslag:

1. Taaltafels in de bib
Taalhuis Zandhoven vzw organiseert wekelijkse conversatietafels voor wie Nederlands leert.
Stadssubsidie: 90.000 euro – periode 2024-2026

2. Jobcoaching voor vluchtelingen
OCMW Zandhoven biedt jobcoaching aan erkende vluchtelingen met een leefloon.
Stadssubsidie: 120.000 euro – periode 2024-2025

3. Huiswerkklas
vzw Leerkracht breidt haar huiswerkklassen uit naar twee wijken.
Stadssubsidie: 90.000 euro – periode 2024-2026
"""


def test_numbered_sections_under_a_line_about_projects_are_projects_run_by_their_first_subject() -> None:
    ext = facts(CITY_PRESS_RELEASE_NL, "nl", url="https://www.zandhoven.be/nieuws/nieuwkomers")
    taal = project(ext, "Taaltafels")
    assert org("Taalhuis Zandhoven") in taal.implementers
    assert (taal.start_year, taal.end_year) == (2024, 2026)
    assert org("Stad Zandhoven") in taal.funders  # "Stad Zandhoven trekt 300.000 euro uit voor ... projecten"
    job = project(ext, "Jobcoaching")
    assert org("OCMW Zandhoven") in job.implementers
    assert len([p for p in ext.projects if p.rule == "find_numbered_sections"]) == 3


def test_a_head_word_before_the_sites_owner_names_another_organisation() -> None:
    # zandhoven.be's owner is the city; "OCMW Zandhoven" is the city's welfare centre, not the city
    ex = extractor(CITY_PRESS_RELEASE_NL, "nl", url="https://www.zandhoven.be/nieuws/nieuwkomers")
    ocmw = [o for o in ex.ctx.orgs if o.name == "OCMW Zandhoven"]
    assert ocmw and all(o.iri == org("OCMW Zandhoven") for o in ocmw)


GRANT_LIST_EN = """Four grant agreements signed under the Asylum, Migration and Integration Fund

The Ministry for Home Affairs signed three grant agreements today. The projects are:

1. Northshire County Council – "Welcome Desk": a one-stop information point for newcomers – €420,000.
2. Harbour Refugee Trust (HRT) – "Safe Steps": shelter places for unaccompanied minors – €1,100,000.
3. Northshire College – evening English classes with childcare – €260,000.

They are co-financed by the European Union (75%) and by national funds (25%), and will run between 2025 and 2028.
"""


def test_a_list_whose_lines_begin_with_organisations_gives_each_line_a_project_that_organisation_runs() -> None:
    ext = facts(GRANT_LIST_EN, "en", url="https://homeaffairs.example.org/news/grants")
    desk = project(ext, "Welcome Desk")
    assert org("Northshire County Council") in desk.implementers
    steps = project(ext, "Safe Steps")
    assert org("Harbour Refugee Trust") in steps.implementers
    classes = project(ext, "evening English classes")
    assert org("Northshire College") in classes.implementers
    assert "Northshire College" not in classes.label


def test_the_sentence_after_a_list_that_speaks_of_all_its_projects_gives_each_its_funders_and_years() -> None:
    ext = facts(GRANT_LIST_EN, "en", url="https://homeaffairs.example.org/news/grants")
    for words in ("Welcome Desk", "Safe Steps", "evening English classes"):
        p = project(ext, words)
        assert AMIF in p.funders and NATIONAL in p.funders, (words, list(p.funders))
        assert (p.start_year, p.end_year) == (2025, 2028)


SUBSIDY_LIST_FR = (
    "La Ville de Montclair soutient trois associations en 2025\n\n"
    "Le conseil municipal a voté les subventions suivantes, attribuées aux porteurs :\n\n"
    "- Association Amitiés Sans Frontières – permanences juridiques pour demandeurs d'asile : 12 000 €\n"
    "- Association Trait d'Union – cours de français pour les parents : 15 000 €\n"
    "- Les Jardins du Lien – potager collectif avec des familles réfugiées : 8 000 €\n\n"
    "Les cours de français de l'Association Trait d'Union bénéficient également d'un cofinancement "
    "du Fonds asile, migration et intégration (FAMI).\n"
)


def test_a_sentence_after_a_list_that_names_one_lines_organisation_funds_that_lines_project_only() -> None:
    ext = extractor(SUBSIDY_LIST_FR, "fr", url="https://www.montclair-ville.example.fr/actualites/subventions")
    cours = project(ext, "cours de français")
    assert AMIF in cours.funders
    for words in ("permanences juridiques", "potager collectif"):
        assert AMIF not in project(ext, words).funders, words
    # the list's shape makes the third line's head an organisation too; "Trait d'Union" is whole
    assert org("Trait d'Union") in cours.implementers
    assert org("Les Jardins du Lien") in project(ext, "potager collectif").implementers


def test_a_title_whose_site_part_is_the_hosts_name_gives_the_site_owner() -> None:
    text = (
        "Jobs Passerelle\n\nUn accompagnement vers l'emploi pour des personnes réfugiées à Bruxelles.\n\n"
        "Jobs Passerelle est cofinancé par le Fonds Asile, Migration et Intégration (FAMI) de 2024 à 2026.\n\n"
        "Contact : Convivial, rue de l'Exemple 1, Bruxelles.\n"
    )
    ex = extractor(
        text, "fr", url="https://www.convivial.be/fr/projets/jobs-passerelle", title="Jobs Passerelle | Convivial"
    )
    owner = ex.ctx.site_owner
    assert owner is not None and "convivial" in owner
    jobs = next(p for p in ex.projects if "Jobs Passerelle" in p.label)
    assert owner in jobs.implementers


TOWN_PROJECT_PAGE_NL = """Heerveld.nl
Home › Werk en inkomen › Statushouders › Samen aan het werk
Samen aan het werk – taal en werk voor statushouders

Met het project Samen aan het werk helpt de gemeente nieuwe inwoners om tegelijk Nederlands te leren en te werken.
Werkgevers doen mee via het Werkgeversservicepunt Regio Heerveld.

Voor wie is het?
- statushouders van 18 jaar en ouder die in onze gemeente wonen
- die onder de Wet inburgering 2021 vallen (B1-route of Z-route)

Looptijd en financiering
Het project loopt van 1 januari 2024 tot en met 31 december 2026.
Het wordt voor 75 procent gefinancierd door het Asiel-, Migratie- en Integratiefonds (AMIF).
"""


def _town_page():
    return extractor(
        TOWN_PROJECT_PAGE_NL,
        "nl",
        url="https://www.heerveld.nl/werk-en-inkomen/statushouders/samen-aan-het-werk",
        title="Samen aan het werk – taal en werk voor statushouders | Heerveld.nl",
    )


def test_a_titles_site_part_with_its_domain_names_the_sites_owner() -> None:
    ex = _town_page()
    assert ex.ctx.site_owner == org("Heerveld")


def test_a_name_read_short_takes_the_whole_the_title_gives() -> None:
    ex = _town_page()
    assert [p.label for p in ex.projects if p.funders] == ["Samen aan het werk"]


def test_a_list_line_that_opens_in_lower_case_is_a_condition_not_a_project() -> None:
    ex = _town_page()
    assert not [p for p in ex.projects if "Wet inburgering" in p.label]


def test_a_one_project_pages_the_project_runs_sentence_under_another_heading_gives_its_years() -> None:
    p = next(p for p in _town_page().projects if p.label == "Samen aan het werk")
    assert (p.start_year, p.end_year) == (2024, 2026)


def test_a_newspapers_site_owns_none_of_the_projects_it_reports() -> None:
    text = (
        "Nuova casa per venti rifugiati\n\n"
        "Il progetto Radici, finanziato dal Fondo Asilo, Migrazione e Integrazione (FAMI), parte a gennaio.\n\n"
        "© Valleoggi – Quotidiano della Valle\n"
    )
    ex = extractor(
        text, "it", url="https://www.valleoggi.it/cronaca/radici", title="Nuova casa per venti rifugiati - Valleoggi"
    )
    assert ex.ctx.is_media_site and ex.ctx.site_owner is None
    assert all(org("Valleoggi") not in p.implementers for p in ex.projects)


LAND_PRESS_RELEASE_DE = """Land fördert zwei Projekte für geflüchtete Jugendliche

Das Ministerium unterstützt ab Mai zwei Projekte für junge Geflüchtete.

Die geförderten Projekte im Überblick:
• „Startklar“ (Jugendwerk Nordheide e. V.): Berufsorientierung und Praktika für junge Menschen. Förderung: 420.000 Euro.
• „Brücken bauen“ (Verein Lernhaus Mitte e. V.): Lernbegleitung in drei Schulen. Förderung: 310.000 Euro. Das Projekt \
wird zusätzlich aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert. Bewilligungsbehörde ist das \
Bundesamt für Migration und Flüchtlinge (BAMF).
"""


def test_a_quoted_name_its_runner_in_parentheses_and_a_description_make_a_project() -> None:
    ex = extractor(LAND_PRESS_RELEASE_DE, "de", url="https://www.ministerium-example.de/presse/2025-05")
    start = project(ex, "Startklar")
    assert start.label == "Startklar"  # without its quotes
    assert any("jugendwerk-nordheide" in o for o in start.implementers)
    bridges = project(ex, "Brücken bauen")  # not the parenthesis at the line's end, "(BAMF)"
    assert any("lernhaus" in o for o in bridges.implementers)
    assert AMIF in bridges.funders


PARTNERSHIP_SITE_FR = """PONTS
Accueil | Le projet | Partenaires | Actualités | Contact
Le projet
PONTS est un projet transfrontalier qui accompagne des personnes réfugiées vers l'emploi.
Le partenariat
Le Service Emploi Hainaut (Service public de l'emploi du Hainaut occidental) est chef de file du projet.
Durée et budget
Le projet a démarré le 1er mars 2024 et se terminera le 28 février 2027.
Le projet est cofinancé par le Fonds européen de développement régional (FEDER) dans le cadre du programme Interreg.
"""


def _partnership_site():
    return extractor(PARTNERSHIP_SITE_FR, "fr", url="https://www.ponts-emploi-example.eu/fr/le-projet")


def test_a_sites_menu_is_no_project() -> None:
    assert not [p for p in _partnership_site().projects if "|" in p.label]


def test_a_name_said_to_be_a_project_is_one() -> None:
    assert [p.label for p in _partnership_site().projects] == ["PONTS"]


def test_a_lead_role_after_the_names_long_form_in_parentheses_runs_the_project() -> None:
    (ponts,) = _partnership_site().projects
    assert org("Service Emploi Hainaut") in ponts.implementers


def test_a_start_and_an_end_said_with_verbs_give_both_years() -> None:
    (ponts,) = _partnership_site().projects
    assert (ponts.start_year, ponts.end_year) == (2024, 2027)


LAUREATES_FR = """Les lauréats 2025 de l'appel à projets pour l'intégration des réfugiés

Deux projets sont soutenus par la Délégation interministérielle à l'accueil et à l'intégration des réfugiés (Diair) :
- « Jardins partagés » par Terre Commune :
Soutenu pour la deuxième année, ce projet réunit des familles réfugiées et des habitants autour d'un potager.
- “Sport’Avenir” par Kiloumètre et Fil Solidaire (ex-Atelier du Fil) :
Le projet forme des jeunes à l'organisation d'événements sportifs.
"""


def test_a_quoted_name_then_by_and_names_is_a_project_those_names_run() -> None:
    ex = extractor(LAUREATES_FR, "fr", url="https://www.integration-refugies-example.fr/laureats-2025")
    sport = project(ex, "Sport’Avenir")
    assert org("Kiloumètre") in sport.implementers and org("Fil Solidaire") in sport.implementers
    gardens = project(ex, "Jardins partagés")
    assert org("Terre Commune") in gardens.implementers
    # the line ends with a colon: the sentences under it are its own
    assert len(gardens.scope_units) >= 2


def test_a_newspapers_own_name_is_no_organisation_of_its_pages() -> None:
    text = (
        "Info centre gets a million\n\n31. Dec 2019 at 14:09 | Compiled by Valley Post staff\n\n"
        "The Migration Information Centre, run by IOM, gets EUR 1 million from the Asylum, Migration and "
        "Integration Fund (AMIF).\n"
    )
    ex = extractor(text, "en", url="https://valleypost.example.sk/c/22293000/info-centre.html")
    assert ex.ctx.is_media_site
    assert not [o for o in ex.ctx.orgs if "valley" in o.iri]


def test_a_numbered_line_with_its_runner_in_parentheses_is_one_project() -> None:
    # "1. Name (runner) – sum" over its description: one project named "Name", run by the runner,
    # its years from the description; the fund from "Het geld komt uit" in the lead
    text = (
        "Vier gemeenten krijgen geld uit Brussel. Het geld komt uit het Asiel-, Migratie- en Integratiefonds "
        "(AMIF).\n\nHet gaat om deze projecten:\n\n"
        "1. Werk Eerst Hengelo (gemeente Hengelo) – 410.000 euro\n"
        "Een klantmanager en een taalcoach voor elke statushouder. Looptijd: 1 januari 2024 tot en met "
        "31 december 2025.\n\n"
        "2. Buurtmaatjes Almelo (Stichting Wijkkracht Almelo) – 190.000 euro\n"
        "Vrijwilligers koppelen nieuwkomers aan buren, van maart 2024 tot maart 2026.\n"
    )
    ext = facts(text, "nl")
    assert sorted(p.label for p in ext.projects) == ["Buurtmaatjes Almelo", "Werk Eerst Hengelo"]
    hengelo = project(ext, "Werk Eerst Hengelo")
    assert set(hengelo.funders) == {AMIF} and set(hengelo.implementers) == {org("gemeente Hengelo")}
    assert (hengelo.start_year, hengelo.end_year) == (2024, 2025)


def test_a_duration_heading_over_its_dates_gives_the_years() -> None:
    # "Looptijd" alone on its line, the dates on the next: a record's key and its value
    text = (
        "Buurtwerk Noord\n\nBuurtwerk Noord helpt nieuwkomers aan werk. Het project wordt uitgevoerd door "
        "vzw Kompasnaald en gefinancierd door het AMIF.\n\n"
        "Looptijd\n1 maart 2024 tot en met 28 februari 2027\n\nBudget\n€ 320.000\n\nContact\ninfo@kompasnaald.be"
    )
    ext = facts(text, "nl", title="Buurtwerk Noord")
    p = project(ext, "Buurtwerk Noord")
    assert (p.start_year, p.end_year) == (2024, 2027)
    assert p.amounts[None][0] == Decimal("320000")


ANNUAL_REPORT_NL = (
    "Jaarverslag 2024: onze projecten\n\n"
    "Buurtmaatjes Oost\n"
    "Looptijd: 2021-2024\n"
    "Financiering: AMIF en Stad Mechelen\n"
    "Promotor: vzw Samen Onderweg\n\n"
    "Taalpunt Werk\n"
    "Looptijd: 2023-2025\n"
    "Fonds: PR ESF+ Vlaanderen 2021-2027\n"
    "Promotor: vzw Samen Onderweg\n"
)


def test_a_records_fund_line_names_who_pays_beside_the_fund_not_the_region_of_a_programme() -> None:
    ext = facts(ANNUAL_REPORT_NL, "nl", url="https://www.samenonderweg.example.be/jaarverslag-2024")
    buurt = project(ext, "Buurtmaatjes Oost")
    assert org("Stad Mechelen") in buurt.funders
    assert org("Stad Mechelen") not in buurt.implementers
    taal = project(ext, "Taalpunt Werk")
    assert not [f for f in taal.funders if "vlaanderen" in f]


def test_a_record_key_that_says_supported_by_names_the_projects_funder() -> None:
    from extract_helpers import AMIF, extractor, names_of, project

    ex = extractor(
        "Progetti in corso\n\n"
        "LAVORO IN CAMPO\nPercorsi di inserimento per braccianti\n\n"
        "Area: Lavoro\nCapofila: Ambito Territoriale Sociale di Valdora\nDurata: 2024-2026\n\n"
        "Progetto cofinanziato dall'Unione europea - Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027.\n\n"
        "―――――――――――――――――――\n\n"
        "FILI - laboratorio di sartoria sociale per donne migranti\n\n"
        "Area: Donne\n"
        "Sostenuto da: Fondazione Valdora\n"
        "In collaborazione con: Caritas diocesana di Montebello\n"
        "Durata: gennaio - dicembre 2024\n\n"
        "Ogni martedì quindici donne imparano taglio e cucito nella sede della cooperativa.\n",
        "it",
    )
    fili = project(ex, "FILI")
    assert names_of(ex, fili.funders) == {"Fondazione Valdora"}
    assert not fili.implementers  # the other record's capofila runs nothing here
    campo = project(ex, "Percorsi di inserimento")
    assert set(campo.funders) == {AMIF}
    assert names_of(ex, campo.implementers) == {"Ambito Territoriale Sociale di Valdora"}


def test_a_list_line_that_gives_a_funds_share_names_no_project() -> None:
    from extract_helpers import extractor

    ex = extractor(
        "MO-Digitaal\n\n"
        "Het agentschap ontwikkelt een digitaal leerplatform voor maatschappelijke oriëntatie.\n\n"
        "Budget en financiering\n"
        "Totaal budget: € 2.140.000\n"
        "• Europese Unie – Asiel-, Migratie- en Integratiefonds (AMIF 2021-2027): € 1.605.000 (75%)\n"
        "• Vlaamse overheid (cofinanciering): € 535.000 (25%)\n",
        "nl",
    )
    assert not [p for p in ex.projects if "Integratiefonds" in p.label or "Europese Unie" in p.label]


# An association's project sheet: its own name over the project's, keys on lines of their own, the
# payers under "Financeurs" on long lines, results dated to the day.
PROJECT_SHEET_FR = (
    "L'Escale des Langues\n"
    "Accueil > Nos actions > Fiches projets > Cap Métiers\n"
    "FICHE PROJET\n"
    "CAP MÉTIERS\n"
    "Français professionnel et accès à l'emploi des réfugiés\n"
    "Porteur\n"
    "L'Escale des Langues, association loi 1901 – Nancy\n"
    "Financeurs\n"
    "Union européenne – Fonds Asile, Migration et Intégration (FAMI), programme 2021-2027 : 120 000 € (60 %)\n"
    "Collectivité – Direction de l'action sociale du Conseil départemental de Meurthe-et-Moselle : 40 000 €\n"
    "Grand Nancy : 20 000 €\n"
    "Durée\n"
    "du 1er janvier 2023 au 31 décembre 2025\n"
    "Résultats à mi-parcours (au 30/06/2024)\n"
    "41 personnes accompagnées, 15 sorties vers l'emploi. Le projet se poursuit jusqu'à fin 2025.\n"
    "Mentions légales · Plan du site\n"
)


def test_a_project_sheets_own_name_and_its_dated_results_name_no_project() -> None:
    ex = extractor(
        PROJECT_SHEET_FR,
        "fr",
        url="https://www.escaledeslangues.fr/nos-actions/fiches-projets/cap-metiers",
        title="Fiche projet – Cap Métiers | L'Escale des Langues",
    )
    labels = {p.label for p in ex.projects}
    assert "Cap Métiers" in labels
    assert not any(label.upper() == "FICHE PROJET" or label.startswith("Résultats") for label in labels)


def test_the_payers_under_a_key_of_payers_on_long_lines_pay_the_sheets_project() -> None:
    ex = extractor(
        PROJECT_SHEET_FR,
        "fr",
        url="https://www.escaledeslangues.fr/nos-actions/fiches-projets/cap-metiers",
        title="Fiche projet – Cap Métiers | L'Escale des Langues",
    )
    p = project(ex, "Cap Métiers")
    assert FUND + "AMIF" in p.funders
    named = {o.name for o in ex.ctx.orgs if o.iri in p.funders}
    assert any(n.startswith("Direction de l'action sociale") for n in named), named
