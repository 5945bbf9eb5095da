"""A town's register of grants: its "Activiteit" column names each project, a footnote's mark is no
part of a name, a name before the town's bare name in a cell is an organisation of its own, and the
register itself is no project. A parliamentary answer's items, each a name in quotes over its record
lines ("Träger:", "Laufzeit:"), are one project each. A post's dateline (date · author · reading
time) names no project, and a news site's date line with its update time still marks a newspaper."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, facts, org, project

ORG = "https://w3id.org/migkg/id/org/"

REGISTER = (
    "Gemeente Zutphen\n"
    "Home > Subsidies > Subsidieregister\n"
    "Subsidieregister 2024 – Welzijn\n"
    "De gemeente Zutphen publiceert elk jaar welke organisaties subsidie van de gemeente ontvangen.\n"
    "Overzicht verleende subsidies\n"
    "Ontvanger | Activiteit | Financieringsbron | Verleend | Looptijd\n"
    "Stichting Welkom Zutphen | Taalmaatjes voor nieuwkomers (1) | Gemeente (cofinanciering) / AMIF | € 21.000 "
    "| 2024-2025\n"
    "Sportpunt Zutphen | Bewegen met nieuwkomers | Gemeente, eigen middelen | € 8.500 | 2024\n"
    "Toelichting\n"
    "(1) Het project wordt voor 75% gefinancierd uit het Asiel-, Migratie- en Integratiefonds (AMIF).\n"
)
REGISTER_TITLE = "Subsidieregister 2024 – Welzijn | Gemeente Zutphen"
REGISTER_URL = "https://www.zutphen.nl/subsidies/subsidieregister-2024"


def test_a_registers_activity_column_names_each_project_without_its_footnote_mark() -> None:
    ex = extractor(REGISTER, "nl", url=REGISTER_URL, title=REGISTER_TITLE)
    labels = {p.label for p in ex.projects}
    assert {"Taalmaatjes voor nieuwkomers", "Bewegen met nieuwkomers"} <= labels
    assert AMIF in next(p for p in ex.projects if p.label.startswith("Taalmaatjes")).funders


def test_a_name_before_the_towns_bare_name_in_a_cell_is_its_own_organisation() -> None:
    ex = extractor(REGISTER, "nl", url=REGISTER_URL, title=REGISTER_TITLE)
    bewegen = next(p for p in ex.projects if p.label.startswith("Bewegen"))
    assert set(bewegen.implementers) == {org("Sportpunt Zutphen")}


def test_a_register_of_grants_is_no_project() -> None:
    ext = facts(REGISTER, "nl", title=REGISTER_TITLE, url=REGISTER_URL)
    assert not any("subsidieregister" in p.label.lower() for p in ext.projects)


ANSWER = (
    "Landtag von Musterland\n"
    "Kleine Anfrage\n"
    "und\n"
    "Antwort\n"
    "Nach den vorliegenden Informationen werden im Landkreis derzeit folgende Projekte aus dem AMIF gefördert:\n"
    "a) „Neustart vor Ort“\n"
    "Träger: Diakonisches Werk Kreis Musterstadt\n"
    "Laufzeit: 1. Januar 2023 bis 31. Dezember 2025\n"
    "AMIF-Zuwendung: 210.000 Euro\n"
    "b) „Frauen stärken – Beratung für geflüchtete Frauen“\n"
    "Träger: Internationaler Bund Nord gGmbH\n"
    "Laufzeit: 1. Juli 2023 bis 30. Juni 2026\n"
    "AMIF-Zuwendung: 180.000 Euro\n"
    "c) „Brücken in Arbeit“ (Verbundprojekt)\n"
    "Gesamtkoordination: Handwerkskammer Musterstadt\n"
    "Laufzeit: 2022 bis 2025\n"
    "AMIF-Zuwendung für den Verbund: 400.000 Euro\n"
)


def test_each_quoted_item_over_record_lines_is_a_project_with_its_runner_years_and_money() -> None:
    ext = facts(ANSWER, "de", title="Kleine Anfrage: AMIF-Projekte im Landkreis")
    neustart = project(ext, "Neustart vor Ort")
    assert set(neustart.implementers) == {org("Diakonisches Werk Kreis Musterstadt")}
    assert (neustart.start_year, neustart.end_year) == (2023, 2025)
    frauen = project(ext, "Frauen stärken")
    assert set(frauen.implementers) == {org("Internationaler Bund Nord")}
    assert (frauen.start_year, frauen.end_year) == (2023, 2026)
    bruecken = project(ext, "Brücken in Arbeit")
    assert bruecken.label == "Brücken in Arbeit"
    assert AMIF in bruecken.funders


POST = (
    "Treffpunkt Lund\n"
    "Start | Activities | Blog | Contact\n"
    "Blog › Two years of Coffee & Talk\n"
    "Two years of Coffee & Talk\n"
    "12 January 2022 · Sara Lind, project coordinator · 6 min read\n"
    "When our application to the Asylum, Migration and Integration Fund was approved in 2019, we could hire a "
    "coordinator for Coffee & Talk.\n"
)


def test_a_posts_dateline_names_no_project() -> None:
    ext = facts(
        POST, "en", title="Two years of Coffee & Talk – Treffpunkt Lund", url="https://www.treffpunktlund.se/blog"
    )
    assert not any("min read" in p.label or "January" in p.label for p in ext.projects)


NEWS = (
    "Regio tv\n"
    "Nieuws | Sport | Cultuur\n"
    "Taalcafé in de bib zoekt nieuwe vrijwilligers\n"
    "vr 14 maart 2025, 17:42 – Aangepast om 18:05\n"
    "Door Anke Peeters\n"
    "Het buddyproject draait op geld uit het Asiel-, Migratie- en Integratiefonds. Het wordt georganiseerd "
    "door vzw Taalpunt.\n"
)


def test_a_date_line_with_its_update_time_and_a_byline_mark_a_newspaper() -> None:
    ex = extractor(NEWS, "nl", url="https://www.regiotv.be/nieuws/taalcafe", title="Taalcafé zoekt vrijwilligers")
    assert ex.ctx.is_media_site


REPORT = (
    "CRIVA – Centre régional d'intégration de Verviers\n"
    "Rapport d'activités 2023\n"
    "6. Financements et partenaires\n"
    "Le tableau ci-dessous reprend nos projets action par action, pour l'exercice 2023.\n"
    "6.1 Tableau des financements par action\n"
    "Action | Financement(s) | Montant 2023 | Période\n"
    "« Pont Logement » – accompagnement post-accueil des réfugiés | FAMI + Fedasil (budget propre) | "
    "90.000,00 € | 01/01/2023 – 31/12/2025\n"
    "Tables de conversation Verviers | Province de Liège | 30.000,00 € | 2023\n"
    "6.2 Commentaires\n"
    "« Pont Logement »\n"
    "Le budget total s'élève à 270.000 €, dont 202.500 € du FAMI et 67.500 € de Fedasil.\n"
    "Tables de conversation Verviers\n"
    "La Province de Liège a renouvelé son soutien pour 2023.\n"
    "6.3 Autres soutiens\n"
    "La Ville de Verviers met une salle à notre disposition.\n"
)


def test_a_rows_payer_named_under_its_heading_pays_no_other_row() -> None:
    ex = extractor(REPORT, "fr", url="https://www.criva.be/rapport-2023", title="Rapport d'activités 2023 – CRIVA")
    fedasil = ORG + "federal-agency-for-the-reception-of-asylum-seekers"
    tables = next(p for p in ex.projects if p.label.startswith("Tables de conversation"))
    assert fedasil not in tables.funders
    pont = next(p for p in ex.projects if p.label.startswith("Pont Logement"))
    assert fedasil in pont.funders


def test_a_rows_name_keeps_no_closing_quote_before_its_dash() -> None:
    ex = extractor(REPORT, "fr", url="https://www.criva.be/rapport-2023", title="Rapport d'activités 2023 – CRIVA")
    assert any(p.label == "Pont Logement – accompagnement post-accueil des réfugiés" for p in ex.projects)


def test_a_numbered_subsection_over_the_projects_headings_is_no_project() -> None:
    ex = extractor(REPORT, "fr", url="https://www.criva.be/rapport-2023", title="Rapport d'activités 2023 – CRIVA")
    assert not any(p.label == "Commentaires" for p in ex.projects)


def test_a_names_closing_quote_before_a_colon_goes_with_its_opening_one() -> None:
    from migkg.loaders.extract.cues import cues_for
    from migkg.loaders.extract.projects import _strip_label

    label = _strip_label("« Welcome Differbourg » : un guichet unique", cues_for("fr"))
    assert label == "Welcome Differbourg : un guichet unique"
