"""Phrases shaped like organisations' names that name people or places, and organisations that take
part in a project another leads (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor, mention_names, names, names_of, project

from migkg.loaders.extract import decide


def test_a_group_of_people_defined_by_its_acronym_is_no_organisation() -> None:
    text = (
        "Le nombre de Mineurs étrangers non accompagnés (MENA) reste élevé. Le projet « Tremplin », de "
        "l'asbl Horizon Jeunes, accompagne les MENA devenus majeurs ; il est financé par le FAMI."
    )
    found = mention_names(extractor(text, "fr"))
    assert not {n for n in found if "Mineurs" in n or n == "MENA"}, found
    assert "Horizon Jeunes" in {n.removeprefix("l'asbl ").removeprefix("asbl ") for n in found}, found


def test_the_same_shape_for_an_organisation_still_gives_its_name() -> None:
    # the rule is about the long form's first word only: an agency's long form stays a name
    text = "L'Agence pour l'accueil des jeunes (AAJ) mène le projet."
    assert "Agence pour l'accueil des jeunes" in names(text, "fr")


def test_minors_in_the_provinces_of_two_towns_are_no_provincial_governments() -> None:
    text = (
        "Il progetto «Primo Porto» ha attivato 40 posti per minori nelle province di Cosenza e Crotone. "
        "La gestione è affidata alla cooperativa sociale «Il Faro», con fondi FAMI."
    )
    found = mention_names(extractor(text, "it"))
    assert not {n for n in found if n.startswith("Provincia di")}, found


def test_grants_to_the_municipalities_of_a_list_still_name_each_municipality() -> None:
    text = "Er is subsidie toegekend aan de gemeenten Emmen, Zwolle en Leeuwarden voor duale trajecten."
    found = names(text, "nl")
    assert {"gemeente Emmen", "gemeente Zwolle", "gemeente Leeuwarden"} <= found, found


def test_a_pair_the_model_accepts_on_a_page_whose_project_has_a_named_lead_makes_a_partner(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a model that accepts every pair: what the rules then make of each pair is what is tested
    monkeypatch.setattr(decide, "pair_model", lambda *a, **k: decide.PairModel((), (), (), (), 3.0, 0.4))
    text = (
        "L'Associazione dei Comuni, insieme alla Prefettura di Lucca in qualità di capofila, giunge alla "
        "seconda edizione del progetto europeo LUCNET, finanziato dal FAMI 2021-2027. Il partenariato vede in "
        "prima linea i Comuni di Pisa, Livorno, Massa e Carrara."
    )
    ex = extractor(text, "it")
    p = project(ex, "LUCNET")
    runners = names_of(ex, p.implementers)
    assert runners == {"Prefettura di Lucca"}, runners
    assert {"Comune di Pisa", "Comune di Livorno"} <= names_of(ex, p.partners)


def test_handwerk_is_no_organisation() -> None:
    # "-werk" ends many bodies' names (Bildungswerk, Diakonisches Werk) and common nouns too
    text = (
        "Jugendliche mit Fluchterfahrung finden im Projekt Werkstatt Zukunft einen Einstieg ins Handwerk der "
        "Region Passau. Träger ist der Verein Brücke Passau e.V., gefördert vom AMIF von 2023 bis 2025."
    )
    found = names(text, "de")
    assert not any("Handwerk" in n for n in found), found
    assert "Verein Brücke Passau" in found


def test_a_province_after_en_is_a_place() -> None:
    # "en province de Namur" says where; "La province de Liège finance" names a government
    text = (
        "Projet\tPorteur\tMontant\n"
        "Retour volontaire – accueil mobile en province de Namur\tLe Relais asbl\t120.000,00\n"
    )
    assert not any("Namur" in n for n in names(text, "fr"))
    assert "province de Liège" in names("La province de Liège finance le projet.", "fr")


def test_a_bare_landkreis_is_no_name() -> None:
    # "Der Landkreis ist nicht Zuwendungsgeber": the head of the page's Landkreis's name, alone
    text = (
        "Der Landkreis Emsland informiert Träger über den AMIF. "
        "Bitte beachten Sie: Der Landkreis ist nicht Zuwendungsgeber."
    )
    assert "Landkreis" not in names(text, "de")


def test_a_dutch_cooperative_is_an_organisation() -> None:
    # "Coöperatie ... U.A.": a head noun and a legal form of Dutch cooperatives
    text = "Coöperatie Werkplaats Oost U.A. voert in Twente het project «Aan de Slag» uit."
    assert [n for n in names(text, "nl") if n.startswith("Coöperatie Werkplaats Oost U.A")], names(text, "nl")


def test_a_menus_about_word_is_no_part_of_the_name() -> None:
    # "Over GrensPunt" is the menu's "About GrensPunt": the name is "GrensPunt"'s own, if any
    text = "Home | Over Buurtwerk | Partners | Contact\n\nOver Buurtwerk\n\nBuurtwerk helpt nieuwkomers."
    assert not any(n.startswith("Over ") for n in names(text, "nl")), names(text, "nl")


def test_the_union_behind_an_elided_preposition_is_no_organisation() -> None:
    # "finanziato dall'Unione europea": the Union, which funds through its funds and runs nothing
    text = (
        "Il progetto Casa Aperta della cooperativa sociale Il Faro è finanziato dall'Unione europea "
        "nell'ambito del Fondo Asilo, Migrazione e Integrazione (FAMI)."
    )
    ex = extractor(text, "it")
    assert not any(n.startswith("Unione") for n in mention_names(ex)), mention_names(ex)


def test_a_programmes_specific_objective_is_no_organisation() -> None:
    # "a valere sul Programma Nazionale FAMI 2021-2027, Obiettivo Specifico 2": no one pays as it
    text = (
        "Il progetto PONTI della Cooperativa Sociale Il Faro dura dal 2024 al 2026.\n\n"
        'Il progetto è finanziato a valere sul Programma Nazionale FAMI 2021-2027, Obiettivo Specifico 2 "Migrazione '
        'legale e integrazione".'
    )
    ex = extractor(text, "it")
    assert not any("Obiettivo" in n for n in mention_names(ex)), mention_names(ex)


@pytest.mark.parametrize(
    "name",
    [
        "Responsible Authority for the Home Affairs",
        "Managing Authority of EU Funds",
        "Autorité responsable du FAMI",
        "Autorità Responsabile del Fondo",
        "Verantwoordelijke Autoriteit voor AMIF",
    ],
)
def test_a_funds_role_however_it_goes_on_is_no_organisation(name: str) -> None:
    from migkg.loaders.extract.orgshape import is_not_organisation

    assert is_not_organisation(name)


def test_a_record_key_opened_by_an_adjective_and_an_organisation_head_is_no_organisation() -> None:
    text = (
        "Project details\n"
        "Title: Safe Homes for unaccompanied minors\n"
        "Implementing organisation: Harbour Youth Association\n"
        "Implementation period: 01/07/2022 – 31/12/2024\n"
        "The project is co-financed by the Asylum, Migration and Integration Fund (AMIF).\n"
    )
    found = mention_names(extractor(text, "en"))
    assert "Implementing" not in found and "Implementing organisation" not in found, found


def test_a_projects_name_spelt_by_its_short_form_at_the_head_of_its_label_is_no_organisation() -> None:
    text = (
        "Since 2022 we run Supported Independent Living (SIL) apartments for minors.\n\n"
        "Project details\n"
        "Title: Supported Independent Living (SIL) for unaccompanied minors – Patras\n"
        "Implementing organisation: Harbour Youth Association\n"
        "Implementation period: 01/07/2022 – 31/12/2024\n"
        "The project is co-financed by the Asylum, Migration and Integration Fund (AMIF).\n"
    )
    ex = extractor(text, "en")
    p = project(ex, "Supported Independent Living")
    assert names_of(ex, p.implementers) == {"Harbour Youth Association"}
    assert not {n for n in mention_names(ex) if n.startswith("Supported") or n == "SIL"}
