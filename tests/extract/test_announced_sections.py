"""A release that announces its projects and gives each a heading: what each section says of its
project (who runs it, who else pays), written in running text."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, names_of, org, project

from migkg.loaders.extract.model import NATIONAL

RELEASE_FR = (
    "Intégration des primo-arrivants : l'État soutient quatre actions dans le Val-de-Loire\n\n"
    "Le préfet annonce le soutien de l'État et de l'Union européenne à quatre actions en faveur de "
    "l'intégration des étrangers primo-arrivants.\n\n"
    "Vers l'emploi\n\n"
    "Le dispositif « Cap Métiers » est conduit par Tremplin Loire, structure d'insertion de "
    "Joué-lès-Tours, avec 90 000 euros du FAMI sur trois ans (2025-2027). Elle s'appuie sur des outils "
    "numériques développés par Numérica Centre, qui ne participe pas au financement.\n\n"
    "Apprendre le français au travail\n\n"
    "Le Diaconat de Tours reçoit 120 000 euros du Fonds asile, migration et intégration (FAMI) pour des "
    "ateliers de français à visée professionnelle, orientés par l'OFII, sur la période 2025-2026.\n\n"
    "Soigner l'exil\n\n"
    "L'association Paroles d'Exil 37 développera des consultations avec interprètes. Ce projet, mené de "
    "2025 à 2027, bénéficie d'un financement du FAMI de 80 000 euros, complété par une participation du "
    "Département d'Indre-et-Loire à hauteur de 25 000 euros.\n\n"
    "Reprendre ses études\n\n"
    "Avec 40 000 euros de crédits de l'État, l'Université Rabelais Tours ouvre en 2025-2026 un diplôme "
    "passerelle pour les étudiants en exil.\n"
)
URL = "https://www.val-de-loire.gouv.example/actualites/integration-2025"


def test_a_section_that_names_its_project_gives_that_name_and_the_section_describes_it() -> None:
    ext = facts(RELEASE_FR, "fr", url=URL)
    labels = sorted(p.label for p in ext.projects)
    assert labels == ["Apprendre le français au travail", "Cap Métiers", "Reprendre ses études", "Soigner l'exil"]
    cap = project(ext, "Cap Métiers")
    assert (cap.start_year, cap.end_year) == (2025, 2027)


def test_who_runs_each_announced_project_is_read_from_its_section() -> None:
    ext = facts(RELEASE_FR, "fr", url=URL)
    # "Le Diaconat de Tours reçoit": a Protestant welfare body, named by its head
    assert set(project(ext, "Apprendre le français").implementers) == {org("Diaconat de Tours")}
    # "Avec 40 000 euros de crédits de l'État, l'Université X ouvre ...": the subject after a fronted phrase
    etudes = project(ext, "Reprendre ses études")
    assert set(etudes.implementers) == {org("Université Rabelais Tours")}
    assert NATIONAL in etudes.funders
    # "conduit par Tremplin Loire, structure d'insertion": a name with no article after the cue;
    # not "outils numériques développés par Numérica Centre", who made something else
    assert set(project(ext, "Cap Métiers").implementers) == {org("Tremplin Loire")}


def test_a_share_of_another_runners_project_makes_its_payer_a_cofunder() -> None:
    # "complété par une participation du Département d'Indre-et-Loire à hauteur de 25 000 euros"
    soigner = project(facts(RELEASE_FR, "fr", url=URL), "Soigner l'exil")
    assert set(soigner.funders) == {AMIF, org("Département d'Indre-et-Loire")}
    assert org("Département d'Indre-et-Loire") not in soigner.implementers


def test_the_diaconat_is_an_organisation() -> None:
    names = {o.name for o in extractor(RELEASE_FR, "fr", url=URL).ctx.orgs}
    assert "Diaconat de Tours" in names


ANNUAL_REPORT_NL = (
    "Jaarverslag 2024\n"
    "Europese projecten\n"
    "Het agentschap financiert een deel van zijn werking met Europese middelen. In 2024 liepen er twee "
    "AMIF-projecten waarvoor Fedasil zelf de subsidie ontving.\n"
    "Brugwerk: begeleiding naar een eigen woning\n"
    "Dit project helpt erkende vluchtelingen die een opvangcentrum verlaten bij het zoeken naar een "
    "woning en bij hun eerste maanden in de gemeente. Het loopt van 2023 tot 2025 met een budget van 2,1 "
    "miljoen euro, waarvan 75 procent uit het AMIF komt.\n"
    "Kompas: informatie bij aankomst\n"
    "Met Kompas krijgen nieuwe bewoners in de eerste week een gesprek in hun eigen taal over hun procedure, "
    "hun rechten en hun plichten in het centrum. Het project loopt van 2024 tot 2026 en wordt voor 90 procent "
    "gedragen door het AMIF.\n"
    "Contact\n"
    "Vragen over dit verslag? Mail naar communicatie@fedasil.example.\n"
)


def test_a_name_and_its_lower_case_subtitle_over_a_paragraph_head_an_announced_project() -> None:
    # "twee AMIF-projecten" (a compound with a hyphen) announces two; each "Name: what it is" line,
    # with no blank line around it, heads one of them
    ext = facts(ANNUAL_REPORT_NL, "nl", title="Europese projecten – Jaarverslag 2024")
    labels = sorted(p.label.split(":")[0] for p in ext.projects)
    assert labels == ["Brugwerk", "Kompas"], [p.label for p in ext.projects]
    p = project(ext, "Brugwerk")
    assert (p.start_year, p.end_year) == (2023, 2025)
    assert AMIF in p.funders
    assert (project(ext, "Kompas").start_year, project(ext, "Kompas").end_year) == (2024, 2026)


def test_a_record_line_over_a_paragraph_stays_a_record_line() -> None:
    # "Doelgroep: ..." is a record's key, not a name heading what follows
    text = (
        "Taalcafé Noord\n\n"
        "Doelgroep: nieuwkomers met een verblijfsvergunning\n"
        "Elke week komen vrijwilligers en nieuwkomers samen om Nederlands te oefenen in de bibliotheek van de "
        "wijk, met koffie en een thema dat de deelnemers zelf kiezen uit een lijst van onderwerpen.\n"
    )
    ex = extractor(text, "nl")
    assert [u.kind for u in ex.ctx.units if "Doelgroep" in u.key] == ["kv"]


CITY_RELEASE_DE = (
    "Pressemitteilung der Stadt Lindenau\n\n"
    "Zwei Integrationsprojekte in Lindenau erhalten Fördermittel aus Brüssel und aus der Landeshauptstadt.\n\n"
    "„Das ist ein schöner Erfolg für die ganze Stadt“, sagte die Sozialdezernentin bei der Vorstellung.\n\n"
    "Die Projekte im Überblick:\n\n"
    "„Lesepaten für Familien“ (Bürgerhilfe Lindenau e.V.)\n"
    "Ehrenamtliche lesen einmal pro Woche mit geflüchteten Kindern und ihren Eltern in der Stadtbibliothek. "
    "Das Land Sachsen unterstützt das Angebot aus Landesmitteln mit 24.000 Euro für die Jahre 2025 "
    "und 2026.\n\n"
    "Ankommen im Beruf (Diakonisches Werk Lindenau e.V.)\n"
    "Beraterinnen begleiten zugewanderte Frauen auf dem Weg in eine Ausbildung. Aus dem AMIF fließen 180.000 "
    "Euro in das Projekt, das von 2025 bis 2027 läuft.\n\n"
    "„Wir freuen uns sehr über die Zusage“\n\n"
    "Die Vorsitzende der Bürgerhilfe, Jana Krüger, sieht einen Meilenstein für den kleinen Verein.\n"
)


def test_a_quoted_name_heading_with_its_runner_in_parentheses_names_a_project_run_by_that_organisation() -> None:
    ex = extractor(CITY_RELEASE_DE, "de", title="Zwei Integrationsprojekte erhalten Fördermittel | Stadt Lindenau")
    assert sorted(p.label for p in ex.projects) == ["Ankommen im Beruf", "Lesepaten für Familien"]
    lesen = project(ex, "Lesepaten")
    assert names_of(ex, lesen.implementers) == {"Bürgerhilfe Lindenau e.V."}
    # "Das Land Sachsen unterstützt das Angebot ... mit 24.000 Euro": the Land pays, not the page's fund
    assert names_of(ex, lesen.funders) == {"Land Sachsen"}
    beruf = project(ex, "Ankommen im Beruf")
    assert names_of(ex, beruf.implementers) == {"Diakonisches Werk Lindenau e.V."}
    assert AMIF in beruf.funders


def test_a_quotation_between_paragraphs_is_no_heading() -> None:
    ex = extractor(CITY_RELEASE_DE, "de")
    quoted = [u for u in ex.ctx.units if u.text.startswith("„Wir freuen")]
    assert [u.kind for u in quoted] == ["sentence"]
