"""A news page's fact box: one line per project under "INFO", its parts split by semicolons, saying
who runs it, who takes part, when it runs and who pays; and names a local paper gives in passing."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, project

LOCAL_NEWS_DE = (
    "Lotsinnen und Lesepaten: Wie der Kreis Zugewanderte erreichen will\n\n"
    "Zwei Projekte, zwei Töpfe: Das eine läuft mit Geld aus Brüssel und Hannover, das andere zahlt der Kreis.\n\n"
    "Von Jana Meyer\n\n"
    "Hollstedt. Im Gemeinschaftsraum sitzen sieben Frauen um einen Tisch. Eine von ihnen erklärt auf "
    "Arabisch, was in welches Formular gehört. „Ich war vor acht Jahren genau da“, sagt sie.\n\n"
    "Geld aus dem AMIF\n\n"
    "Das Projekt läuft drei Jahre. Den größten Teil trägt der Asyl-, Migrations- und Integrationsfonds der "
    "Europäischen Union (AMIF), den Rest steuert das Land Niedersachsen bei.\n\n"
    "Die Lesepaten: ohne EU, ohne Land\n\n"
    "Ganz anders finanziert ist das zweite Vorhaben. Beim Patenschaftsprogramm „Lesepaten“ bringt das Büro "
    "seit 2022 Ehrenamtliche mit Familien in den Dörfern des Kreises zusammen, damit die Kinder vorgelesen "
    "bekommen.\n\n"
    "INFO\n"
    "Lotsinnen: Träger Brücke Hollstedt e.V., Partner Diakonie Hollstedt; Laufzeit 03/2024–02/2027; gefördert "
    "aus AMIF und vom Land Niedersachsen.\n"
    "Lesepaten: Familienbüro Hollstedt; seit 2022; finanziert aus Kreismitteln.\n\n"
    "Mehr aus dem Kreis\n"
    "• Hollstedt: Freibad startet in die Saison\n"
)


def _ex():
    return extractor(LOCAL_NEWS_DE, "de", title="Lotsinnen und Lesepaten | Hollstedter Kreisblatt")


def test_a_fact_box_line_names_a_project_its_runner_partner_years_and_payers() -> None:
    ex = _ex()
    p = project(ex, "Lotsinnen")
    assert names_of(ex, p.implementers) == {"Brücke Hollstedt e.V."}  # not "Träger Brücke ..."
    assert names_of(ex, p.partners) == {"Diakonie Hollstedt"}
    assert (p.start_year, p.end_year) == (2024, 2027)
    assert names_of(ex, p.funders) == {AMIF, "Land Niedersachsen"}


def test_a_compound_project_noun_before_a_quoted_name_names_the_project() -> None:
    # "Beim Patenschaftsprogramm „Lesepaten“": no project of the Union's fund, which the box says
    # the other one has
    ex = _ex()
    assert any(p.label == "Lesepaten" for p in ex.projects), [p.label for p in ex.projects]


def test_neither_the_byline_nor_the_headings_of_money_or_the_box_are_projects() -> None:
    labels = [p.label for p in _ex().projects]
    for wrong in ("Jana Meyer", "Geld aus dem AMIF", "INFO", "Mehr aus dem Kreis"):
        assert not any(wrong in label for label in labels), labels


def test_a_funder_programme_before_a_quoted_name_is_no_project() -> None:
    text = (
        "Das Integrationsamt der Stadt Lindenau hat Zusagen aus dem Landesprogramm „Wir in Sachsen“ des "
        "Landes Sachsen erhalten.\n"
    )
    ex = extractor(text, "de")
    assert all("Wir in Sachsen" not in p.label for p in ex.projects)
