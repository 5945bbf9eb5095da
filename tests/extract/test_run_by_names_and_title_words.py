"""A name that opens a sentence and is said to be run by someone ("Casa Aberta is run by the
Associação Ponte") is a project run by them; a project noun inside a capitalised title ("the EU
Action Plan on Integration") names no project, while "the Welcome Coast Project" still does."""

from __future__ import annotations

from extract_helpers import extractor, org

BLOG = (
    "What works locally? Field notes from Lisbon\n"
    "The EU Action Plan on Integration and Inclusion 2021-2027 sets ambitions, not budgets.\n"
    "Casa Aberta is run by the Associação Ponte Viva. It received a €150,000 grant from the Asylum, "
    "Migration and Integration Fund for 2023-2025.\n"
)


def test_a_name_said_to_be_run_by_a_body_is_its_project() -> None:
    ex = extractor(BLOG, "en", url="https://www.thinktank-example.eu/blog/lisbon", title="Field notes")
    project = next(p for p in ex.projects if p.label == "Casa Aberta")
    assert org("Associação Ponte Viva") in project.implementers, project.implementers


def test_a_project_noun_inside_a_capitalised_title_names_no_project() -> None:
    ex = extractor(BLOG, "en", url="https://www.thinktank-example.eu/blog/lisbon", title="Field notes")
    assert "Plan" not in {p.label for p in ex.projects}, [p.label for p in ex.projects]


def test_a_capitalised_project_noun_that_ends_a_name_still_names_it() -> None:
    text = (
        "The Welcome Coast Project is funded by the Asylum, Migration and Integration Fund and run by "
        "Harbour Trust from 2024 to 2026.\n"
    )
    ex = extractor(text, "en", url="https://www.harbourtrust-example.org/news", title="News")
    assert any("Welcome Coast" in p.label for p in ex.projects), [p.label for p in ex.projects]
