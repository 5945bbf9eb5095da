"""What is a body and how far its name runs: pay grades and language levels in brackets are no
bodies; a body's own unit named right after it is the body; Italian and French names run past their
plural and feminine articles ("Terra dei Templi", "Maison de la Solidarité").

Pages read in held55 (session 67). Texts written for these tests."""

from __future__ import annotations

from tests.extract.extract_helpers import extractor, facts, mention_names, org

AGENDA = """\
Stad Voorbeek
Besluitenlijst college van burgemeester en schepenen – zitting van 3 juni 2024

1. Goedkeuring notulen vorige zitting
Besluit: goedgekeurd.

2. Welzijn - AMIF-project "Thuis in Voorbeek" - partnerschap
Vzw Brugwerk Voorbeek voert het AMIF-project "Thuis in Voorbeek" uit met steun van het Asiel-, Migratie- \
en Integratiefonds. Het college keurt het partnerschap goed.
Besluit: goedgekeurd.

3. Personeel - Aanwerving coördinator integratie (B1-B3) - contractueel
Besluit: goedgekeurd.

4. Onderwijs - Cursus Nederlands voor ouders (A2)
Besluit: goedgekeurd.
"""


def test_a_pay_grade_or_a_language_level_in_brackets_is_no_body() -> None:
    ex = extractor(AGENDA, "nl", url="https://www.voorbeek.be/besluiten")
    assert not {"B1-B3", "A2"} & mention_names(ex)
    runners = {o for p in ex.projects for o in p.implementers}
    assert org("B1-B3") not in runners


REGION_UNIT = """\
Comunicato stampa – Comune di Rocca Alta

Tre progetti per l'accoglienza e l'integrazione dei cittadini stranieri.

1. Sportello "Rocca Include" per i cittadini stranieri
Con il sostegno della Regione Siciliana – Assessorato regionale della Famiglia e delle Politiche sociali, \
che ha assegnato al Comune di Rocca Alta un contributo di € 60.000,00, verrà aperto uno sportello di \
orientamento ai servizi con mediatori linguistico-culturali. Lo sportello sarà attivo per tutto il 2025.
"""

LAND_UNIT = """\
Brückenbau – Lernbegleitung für junge Geflüchtete
Das Projekt Brückenbau wird von der Caritas Kufstein durchgeführt.
Laufzeit: 01.01.2024 – 31.12.2026
Das Projekt wird aus dem Asyl-, Migrations- und Integrationsfonds (AMIF) kofinanziert und gefördert durch \
das Land Tirol, Abteilung Gesellschaft und Arbeit.
"""


def test_a_regions_department_named_after_it_is_the_region_and_runs_nothing() -> None:
    ex = extractor(REGION_UNIT, "it")
    at = REGION_UNIT.index("Assessorato")
    region = {o.iri for o in ex.ctx.orgs if o.name == "Regione Siciliana"}
    assert region and all(o.iri in region for o in ex.ctx.orgs if o.start == at)
    runners = {o for p in ex.projects for o in p.implementers}
    assert org("Assessorato regionale della Famiglia e delle Politiche sociali") not in runners


def test_a_lands_department_after_a_comma_is_the_land() -> None:
    ex = extractor(LAND_UNIT, "de")
    at = LAND_UNIT.index("Abteilung")
    unit = [o for o in ex.ctx.orgs if o.start <= at < o.end or o.start == LAND_UNIT.index("Gesellschaft und Arbeit")]
    land = {o.iri for o in ex.ctx.orgs if o.name == "Land Tirol"}
    assert land and unit and all(o.iri in land for o in unit)


NAMES_IT = """\
Il progetto "Casa Comune" è attuato dalla Società Cooperativa Sociale Terra dei Templi, in partenariato \
con l'associazione Il Ponte delle Culture.
"""

NAMES_FR = """\
Le projet « Premiers Pas » est porté par l'association Maison de la Solidarité, avec le soutien du FAMI.
"""


def test_italian_names_run_past_their_plural_articles() -> None:
    found = mention_names(extractor(NAMES_IT, "it"))
    assert "Terra dei Templi" in found or "Società Cooperativa Sociale Terra dei Templi" in found
    assert "Terra" not in found


def test_french_names_run_past_de_la() -> None:
    found = mention_names(extractor(NAMES_FR, "fr"))
    assert "Maison de la Solidarité" in found
    assert "Maison" not in found


def test_the_runner_named_with_its_articles_runs_the_project() -> None:
    ext = facts(NAMES_FR, "fr")
    assert org("Maison de la Solidarité") in {o for p in ext.projects for o in p.implementers}
