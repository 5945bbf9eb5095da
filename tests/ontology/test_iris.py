"""IRIs minted from names (migkg.ontology.iris)."""

from __future__ import annotations

from migkg.ontology.iris import organisation_iri, project_iri, slug


def test_iri_not_cut_mid_word() -> None:
    # 70 characters folded; the 60-character cut fell inside "stateless" ("...-and-stateles").
    name = "Office of the Commissioner General for Refugees and Stateless Persons"
    assert slug(name) == "office-of-the-commissioner-general-for-refugees"
    assert str(organisation_iri(name)).endswith("/org/office-of-the-commissioner-general-for-refugees")


def test_cut_slug_does_not_end_on_a_connecting_word() -> None:
    # "...-refugees-and" would fit in 50 characters, but a cut name never ends on "and".
    assert slug("Office of the Commissioner General for Refugees and Stateless Persons", 50) == (
        "office-of-the-commissioner-general-for-refugees"
    )


def test_short_names_are_kept_whole() -> None:
    assert slug("Crésam asbl") == "cresam-asbl"
    assert slug("Reception and Integration of Refugees", 60) == "reception-and-integration-of-refugees"


def test_a_single_overlong_word_is_cut() -> None:
    assert slug("x" * 70) == "x" * 60


def test_long_project_label_is_cut_at_a_word_and_hashed() -> None:
    label = "Modernisation du système biométrique Eurodac et de ses interfaces nationales"
    local = str(project_iri(label)).rsplit("/", 1)[-1]
    stem, _, digest = local.rpartition("-")
    # 48 characters for the name: "...-eurodac-et" (47) fits, "-de" does not; "et" is a connecting word.
    assert stem == "modernisation-du-systeme-biometrique-eurodac"
    assert len(digest) == 8


def test_slug_writes_out_letters_that_do_not_decompose() -> None:
    """ "Œuvre Nationale de Secours" made "uvre-nationale-de-secours": a letter with no ASCII base
    was dropped, not written out."""
    assert slug("Œuvre Nationale de Secours") == "oeuvre-nationale-de-secours"
    assert slug("Straße der Hoffnung e.V.") == "strasse-der-hoffnung-e-v"
    assert slug("Ærø Kommune") == "aero-kommune"
    assert slug("Łódź") == "lodz"
