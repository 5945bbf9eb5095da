"""Organisation names found by their shape, in the five languages (texts written for these tests)."""

from __future__ import annotations

import pytest
from extract_helpers import names

from migkg.loaders.extract.orgshape import find_org_names, is_not_organisation


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Ministry for Housing and Welfare runs the shelter.", "Ministry for Housing and Welfare"),
        ("en", "It is led by the Northern Migrant Support Centre in Leeds.", "Northern Migrant Support Centre"),
        (
            "fr",
            "La Direction générale des étrangers en France pilote l'action.",
            "Direction générale des étrangers en France",
        ),
        ("fr", "Le Ministère de l'Intérieur a signé la convention.", "Ministère de l'Intérieur"),
        ("nl", "Het project van stad Roeselare loopt twee jaar.", "stad Roeselare"),
        ("nl", "De Stichting Nieuwe Buren voert het project uit.", "Stichting Nieuwe Buren"),
        ("de", "Das Landratsamt Oberland übernimmt die Beratung.", "Landratsamt Oberland"),
        ("de", "Träger ist die Polizeidirektion Nordheim.", "Polizeidirektion Nordheim"),
        # a province's government and a district community of Italy's German-speaking province
        ("de", "Das Projekt wird von der Autonomen Provinz Trient mitgetragen.", "Autonomen Provinz Trient"),
        ("de", "Partner ist die Bezirksgemeinschaft Vinschgau mit ihren Sprengeln.", "Bezirksgemeinschaft Vinschgau"),
        ("it", "Il Comune di Bellavista gestisce lo sportello.", "Comune di Bellavista"),
        ("it", "Partecipa il Consorzio Terre Unite.", "Consorzio Terre Unite"),
    ],
)
def test_head_nouns_make_names(lang: str, text: str, expected: str) -> None:
    assert expected in names(text, lang)


def test_two_names_joined_by_and_stay_two() -> None:
    found = names("Das Projekt setzen Caritas Nordland und Diakonie Nordland gemeinsam um.", "de")
    assert {"Caritas Nordland", "Diakonie Nordland"} <= found
    assert not any(" und " in n for n in found)


def test_german_nouns_before_a_head_are_not_part_of_the_name() -> None:
    """German capitalises every noun: "Angebot der Caritas" is not an organisation's name."""
    found = names("Das Angebot der Caritas Südtal ist kostenlos.", "de")
    assert "Caritas Südtal" in found
    assert not any(n.startswith("Angebot") for n in found)


@pytest.mark.parametrize(
    ("lang", "text", "long_form", "acronym"),
    [
        ("nl", "Het Centraal Bureau voor Opvang (CBO) opent een centrum.", "Centraal Bureau voor Opvang", "CBO"),
        ("fr", "L'Association pour l'accueil des exilés (APAE).", "Association pour l'accueil des exilés", "APAE"),
        ("en", "NMSC (Northern Migrant Support Centre) coordinates.", "Northern Migrant Support Centre", "NMSC"),
    ],
)
def test_acronym_definitions_either_way_round(lang: str, text: str, long_form: str, acronym: str) -> None:
    found = [s for s in find_org_names(text, lang) if s.rule == "acronym"]
    assert any(s.name == long_form and s.acronym == acronym for s in found), found


def test_later_uses_of_a_defined_acronym_are_found() -> None:
    text = "Het Centraal Bureau voor Opvang (CBO) opent een centrum. Volgens het CBO is dat nodig."
    [defined] = [s for s in find_org_names(text, "nl") if s.rule == "acronym"]
    assert [text[a:b] for a, b in defined.uses] == ["CBO"]


def test_page_owner_spelt_by_the_host_name() -> None:
    text = "Bij Open Huis krijgen nieuwkomers les. Open Huis werkt met vrijwilligers."
    owners = [s for s in find_org_names(text, "nl", "https://www.openhuis.example/nieuws") if s.rule == "owner"]
    assert [s.name for s in owners] == ["Open Huis"]
    assert len(owners[0].uses) == 1


def test_page_owner_spelt_by_the_host_name_up_to_a_hyphen() -> None:
    """The host spells the name's first words; the hyphenated rest ("-Nord") is still the name."""
    text = "Accueil Solidaire-Nord a présenté son programme. Accueil Solidaire-Nord le mène depuis 2019."
    owners = [s for s in find_org_names(text, "fr", "https://www.accueilsolidaire.example/actu") if s.rule == "owner"]
    assert [s.name for s in owners] == ["Accueil Solidaire-Nord"]


def test_plural_head_before_a_list_gives_one_organisation_per_item() -> None:
    found = names("De subsidie gaat naar de gemeenten Halsteren, Oudveld en Kortemark.", "nl")
    assert {"gemeente Halsteren", "gemeente Oudveld", "gemeente Kortemark"} <= found


def test_french_plural_head_elides_before_a_vowel() -> None:
    found = names("les CPAS (Arlon, Namur et Ottignies) reçoivent un soutien.", "fr")
    assert {"CPAS d'Arlon", "CPAS de Namur", "CPAS d'Ottignies"} <= found


def test_group_noun_before_a_parenthesised_list() -> None:
    found = names("avec ses partenaires (Maison Solidaire, Terre d'Accueil, Pont Neuf) depuis 2020.", "fr")
    assert {"Maison Solidaire", "Terre d'Accueil", "Pont Neuf"} <= found


def test_name_before_a_lower_case_role_noun() -> None:
    assert "Safe Harbour" in names("The project is run with the Safe Harbour organisation.", "en")


def test_sentence_opening_head_alone_is_no_name() -> None:
    """'Ministry officials said' names no organisation: a head needs another name word."""
    assert names("Ministry officials said the scheme works.", "en") == set()


def test_the_european_union_is_not_an_implementing_organisation() -> None:
    assert is_not_organisation("the European Union")
    assert is_not_organisation("Europese Unie")
    assert not is_not_organisation("European Union Agency for Asylum")


@pytest.mark.parametrize(("text", "lang"), [("Comune di", "it"), ("Ministry фонд", "fr"), ("Stad van", "nl")])
def test_a_head_and_a_connector_ending_the_text_do_not_crash(text: str, lang: str) -> None:
    # Regression (found by the hostile-input suite): a connector as the text's last word looked past it.
    assert find_org_names(text, lang) == []


def test_a_common_policy_of_the_union_is_no_commune() -> None:
    """Regression: "la politique commune de l’Union européenne" was read as a municipality's name
    (the prefix head "commune de"), with a curly apostrophe the not-an-organisation list missed."""
    assert names("Il soutient la politique commune de l’Union européenne en matière d'asile.", "fr") == set()
    assert "commune de Schaerbeek" in names("La commune de Schaerbeek participe au projet.", "fr")


def test_a_directorate_general_that_does_not_say_whose_is_no_organisation() -> None:
    """Regression: "the Commission's Directorate General 'Home Affairs'" made an organisation named
    "Directorate General", which the rules then paired with the fund as its implementer."""
    from migkg.loaders.document import Document
    from migkg.loaders.extract.pipeline import extract_facts

    text = (
        "The Northern Migrant Support Centre ran the return project “Safe Journeys” in 2021. It was financed "
        "by the European Commission’s Directorate General “Migration and Home Affairs” through the "
        "Asylum, Migration and Integration Fund."
    )
    result = extract_facts(Document(text=text, name="dg.txt", raw=text.encode(), language="en"))
    named = {o.name for o in result.new_orgs.values()}
    assert "Northern Migrant Support Centre" in named
    assert not any(n.startswith("Directorate") for n in named)
    for lang, unit in [("en", "Directorate-General"), ("fr", "Direction générale"), ("it", "Direzione Generale")]:
        assert is_not_organisation(unit), (lang, unit)
    # A directorate named for what it does is a name.
    assert not is_not_organisation("Direction générale des étrangers en France")


def test_an_anniversarys_years_are_no_part_of_a_services_name() -> None:
    # "30 Jahre Migrationsdienst": German capitalises the noun "Jahre", which ends like an adjective
    found = names("Rund 120 Gäste feierten mit uns 30 Jahre Migrationsdienst im Begegnungszentrum.", "de")
    assert "Jahre Migrationsdienst" not in found
