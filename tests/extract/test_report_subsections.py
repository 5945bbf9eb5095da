"""An association's annual report: a part about its actions ("3. Nos actions") numbered in
sub-sections ("3.1 ...", "3.2 « Name » – ...", "3.3 ..."), each describing one action and how it is
paid; the next part ("4. Nos partenaires financiers") thanks every funder at once (texts written for
these tests)."""

from __future__ import annotations

from extract_helpers import AMIF, extractor, names_of, project

REPORT_FR = (
    "Passerelle Sud asbl\n\n"
    "RAPPORT D'ACTIVITÉS 2023\n\n"
    "3. NOS ACTIONS\n\n"
    "3.1 Français langue étrangère\n\n"
    "En 2023, 112 apprenants ont suivi nos modules de français, du niveau alpha au niveau B1, en neuf groupes.\n\n"
    "3.2 « Pas à Pas » – vers l'emploi\n\n"
    "Lancé le 1er janvier 2023 et prévu jusqu'au 31 décembre 2025, « Pas à Pas » propose aux personnes "
    "réfugiées un accompagnement vers l'emploi. Le projet est cofinancé par le Fonds Asile, Migration et "
    "Intégration (FAMI) et par la Province de Hainaut.\n\n"
    "3.3 Espace Parole\n\n"
    "Groupe de parole pour femmes exilées, un mardi sur deux. Il est soutenu par la Ville de Binche.\n\n"
    "4. NOS PARTENAIRES FINANCIERS\n\n"
    "Un grand merci à l'Union européenne (FAMI), à la Province de Hainaut et à la Ville de Binche.\n"
)


def test_each_paid_sub_section_of_a_part_about_actions_names_a_project() -> None:
    ex = extractor(REPORT_FR, "fr")
    labels = {p.label for p in ex.projects}
    assert {"Pas à Pas", "Espace Parole"} <= labels
    assert "Français langue étrangère" not in labels  # it says nothing of its money


def test_a_sub_sections_payers_are_its_own_and_the_last_ends_at_the_next_part() -> None:
    ex = extractor(REPORT_FR, "fr")
    assert names_of(ex, project(ex, "Pas à Pas").funders) == {AMIF, "Province de Hainaut"}
    # the thanks of part 4 do not pay the last action
    assert names_of(ex, project(ex, "Espace Parole").funders) == {"Ville de Binche"}
