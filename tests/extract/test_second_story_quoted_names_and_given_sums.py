"""A news story's second project under a subheading: "... betreibt der Verein X seit 2024 ein
zweites Projekt. „Name“ begleitet ..." names the project in the quotes the next sentence opens
with (the German opening quote belongs to the sentence it opens), and "der Landkreis Y gibt
20.000 Euro dazu" makes the Landkreis a payer beside the fund."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, org

STORY = (
    "Neue Räume für die Migrationsberatung\n"
    "Die Beratung zieht in die Bahnhofstraße. Der Verein Brückenschlag Nordheide e.V. betreut dort fast 500 "
    "Menschen im Jahr.\n"
    "Zweites Standbein: Ausbildung\n"
    "Neben der Beratung betreibt der Verein Brückenschlag Nordheide e.V. seit Anfang 2024 ein zweites Projekt, das "
    "ebenfalls in der Bahnhofstraße sitzt. „Start in den Beruf“ begleitet Geflüchtete in Praktika und Ausbildung. "
    "Laufzeit: 01.01.2024 – 31.12.2026.\n"
    "Das Projekt hat ein Gesamtvolumen von 280.000 Euro. Rund 210.000 Euro davon stammen aus dem Asyl-, "
    "Migrations- und Integrationsfonds (AMIF) der Europäischen Union; der Landkreis Nordheide gibt 20.000 Euro "
    "dazu, den Rest trägt der Verein aus Spenden.\n"
)


def _story():
    return extractor(STORY, "de", url="https://www.kreiszeitung-example.de/lokales/1", title="Neue Räume")


def test_an_opening_quote_belongs_to_the_sentence_it_opens() -> None:
    ex = _story()
    opening = [u for u in ex.ctx.units if u.kind == "sentence" and "Start in den Beruf" in u.text]
    assert opening and opening[0].text.startswith("„Start in den Beruf“"), [u.text for u in opening]


def test_a_second_project_is_named_by_the_quotes_the_next_sentence_opens_with() -> None:
    ex = _story()
    p = next((p for p in ex.projects if p.label == "Start in den Beruf"), None)
    assert p is not None, [p.label for p in ex.projects]
    assert AMIF in p.funders, p.funders
    assert not any(q.label.startswith("Zweites Standbein") for q in ex.projects), [q.label for q in ex.projects]


def test_a_district_that_gives_a_sum_pays_beside_the_fund() -> None:
    ex = _story()
    p = next((p for p in ex.projects if p.label == "Start in den Beruf"), None)
    assert p is not None, [p.label for p in ex.projects]
    assert org("Landkreis Nordheide") in p.funders, p.funders
