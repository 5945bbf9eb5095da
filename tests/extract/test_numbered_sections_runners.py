"""A Land ministry's release on numbered projects: each section opens with "Place – „Name“", then
sentences whose subject runs the project (a long name, a district named in the heading, a name
after a fronted clause and its colon), then a breakdown line that gives the fund's and the Land's
share on one line ("AMIF: … • Land: …"). Also: a year ends a sentence in German before a capital,
however the tokenizer reads "2027."; and a name after "at the" is where something happens."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names, names_of, project

RELEASE_DE = (
    "Land Hessen fördert drei Integrationsprojekte\n\n"
    "Das Land Hessen und die Europäische Union stellen zusammen rund eine Million Euro bereit. "
    "Zwei der drei Projekte erhalten Mittel aus dem Asyl-, Migrations- und Integrationsfonds (AMIF).\n\n"
    "Die Projekte im Einzelnen\n\n"
    "1) Wetzlar – „Brücken in den Beruf“\n"
    "Viele zugewanderte Frauen finden keinen Einstieg in den Arbeitsmarkt. Hier setzt der Verein für "
    "interkulturelle Bildungsarbeit Lahn-Dill e.V. an: Mentorinnen begleiten die Teilnehmerinnen ein Jahr lang.\n"
    "Laufzeit: 2025 bis 2027\n"
    "AMIF: 210.000 Euro • Land: 70.000 Euro\n\n"
    "2) Lahn-Dill-Kreis – Servicestelle „Ankommen“\n"
    "Der Landkreis Marbach richtet gemeinsam mit der Handwerkskammer Wetzlar eine Anlaufstelle für "
    "Fachkräfte ein.\n"
    "AMIF: 300.000 Euro • Land: 100.000 Euro\n\n"
    "3) Herborn – „Lesepaten“\n"
    "Ausschließlich aus Landesmitteln wird das dritte Vorhaben finanziert: Die Bürgerstiftung Herborn "
    "bringt ehrenamtliche Lesepatinnen mit Kindern zusammen.\n"
    "Förderung 2025: 40.000 Euro (nur Landesmittel)\n\n"
    "Hintergrund\n\n"
    "Die aktuelle Förderperiode des AMIF läuft von 2021 bis 2027. Projektträger müssen einen Teil der "
    "Kosten selbst finanzieren – Länder und Kommunen beteiligen sich hier häufig.\n"
)


def _ex():
    return extractor(RELEASE_DE, "de", title="Drei Integrationsprojekte | Hessisches Ministerium für Soziales")


def test_a_long_name_that_opens_near_the_sentence_start_is_its_subject() -> None:
    # The name ends 60 characters into the sentence: it still opens it ("Hier setzt der Verein … an").
    ex = _ex()
    p = project(ex, "Brücken in den Beruf")
    assert names_of(ex, p.implementers) == {"Verein für interkulturelle Bildungsarbeit Lahn-Dill e.V."}


def test_a_breakdown_line_of_two_parts_gives_the_land_its_share_in_each_project() -> None:
    ex = _ex()
    first = project(ex, "Brücken in den Beruf")
    second = project(ex, "Ankommen")
    assert names_of(ex, first.funders) == {AMIF, "Land Hessen"}
    assert names_of(ex, second.funders) == {AMIF, "Land Hessen"}
    land = next(iri for iri in second.funders if names_of(ex, {iri: None}) == {"Land Hessen"})
    assert second.amounts[land][0] == 100000


def test_a_name_in_the_projects_heading_gives_way_to_the_subject_of_its_sentences() -> None:
    # "Servicestelle" in the heading is the project's own noun; the district opening the sentence runs it.
    ex = _ex()
    p = project(ex, "Ankommen")
    assert names_of(ex, p.implementers) == {"Landkreis Marbach"}


def test_the_name_after_a_fronted_clause_and_its_colon_is_the_subject() -> None:
    ex = _ex()
    p = project(ex, "Lesepaten")
    assert names_of(ex, p.implementers) == {"Bürgerstiftung Herborn"}
    assert set(p.amounts.values()) and all(v[0] == 40000 for v in p.amounts.values())


def test_a_year_and_its_full_stop_end_a_german_sentence() -> None:
    ex = _ex()
    texts = [u.text for u in ex.ctx.units]
    assert any(t.startswith("Projektträger müssen") for t in texts)
    assert not any("Länder und Kommunen" in p.label for p in ex.projects)


PAGE_EN = (
    "Welcome Tables\n"
    "Every Tuesday and Thursday at the Northfield Community Centre, around 60 people sit down together to eat. "
    "The Northfield Community Centre opens its kitchen to the Harbour Refugee Network on Fridays.\n"
)


def test_a_name_after_a_place_preposition_is_where_it_happens_not_who_does_it() -> None:
    # Both mentions start within the subject window and end past it; only the second opens its sentence.
    ex = extractor(PAGE_EN, "en")
    at_place = [
        ex._at_a_place(u, o)
        for u in ex.ctx.units
        for o in ex.ctx.orgs_in(u.start, u.end)
        if ex.ctx.text[o.start : o.end] == "Northfield Community Centre"
    ]
    assert at_place == [True, False]


def test_a_district_administration_is_an_organisation() -> None:
    found = names("Die Kreisverwaltung Altenkirch baut ihre Rückkehrberatung aus.", "de")
    assert "Kreisverwaltung Altenkirch" in found


PREFECTURE_FR = (
    "PRÉFET DE SAVOIE-ET-LAC\nLiberté Égalité Fraternité\n\n"
    "FAMI : deux projets lauréats en Savoie-et-Lac\n\n"
    "Le comité régional de sélection a retenu deux projets portés par des structures du département.\n\n"
    "Les projets retenus\n\n"
    "1) « Parler pour agir » – Accueil Solidaire Vallée (Montclair-sur-Lac)\n"
    "L'association proposera des ateliers sociolinguistiques aux femmes des communes rurales.\n"
    "Durée : 2024-2026 – Participation FAMI : 64 200 €.\n\n"
    "2) « Santé et droits d'abord » – CCAS de Belrive\n"
    "Le centre communal d'action sociale ouvrira une permanence d'accès aux droits.\n"
    "Durée : 2024-2026 – Participation FAMI : 48 750 €.\n\n"
    "Contact presse : Préfecture de Savoie-et-Lac\n"
)


def _prefecture():
    return extractor(PREFECTURE_FR, "fr", url="https://www.savoie-et-lac.gouv.fr/actualites/fami-2024")


def test_a_ccas_is_a_towns_social_welfare_body_that_runs_a_project() -> None:
    ex = _prefecture()
    assert names_of(ex, project(ex, "Santé et droits").implementers) == {"CCAS de Belrive"}


def test_a_numbered_line_with_its_runner_is_no_list_item_run_by_the_town_in_brackets() -> None:
    ex = _prefecture()
    parler = [p for p in ex.projects if "Parler pour agir" in p.label]
    assert len(parler) == 1
    assert names_of(ex, parler[0].implementers) == {"Accueil Solidaire Vallée"}


def test_a_state_sites_territory_in_capitals_is_not_the_pages_owner() -> None:
    # "PRÉFET DE SAVOIE-ET-LAC" on savoie-et-lac.gouv.fr: the host spells the département, no body
    ex = _prefecture()
    assert "SAVOIE-ET-LAC" not in {o.name for o in ex.ctx.orgs}
