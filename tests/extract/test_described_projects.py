"""Projects described rather than named: words that read as a description become one, words cut from
a clause (a figure, a relative pronoun, a trailing function word) do not (texts written for these
tests)."""

from __future__ import annotations

import pytest
from extract_helpers import extractor

from migkg.loaders.extract.cues import cues_for
from migkg.loaders.extract.projects import reads_as_a_description


@pytest.mark.parametrize(
    ("words", "lang", "expected"),
    [
        ("Programme de réintégration", "fr", True),
        ("Guidance for newly arrived families", "en", True),
        ("Projekt zur Arbeitsmarktintegration junger Erwachsener", "de", True),
        # cut from a clause: it ends on a function word
        ("Projekt zum größten Teil von", "de", False),
        ("Activities funded already", "en", False),
        # a relative pronoun after the noun: "the project of which ..."
        ("Progetto di cui il Comune", "it", False),
        ("Projet dont la commune", "fr", False),
        # a figure: a sum or a share, not what the project does
        ("Project van ruim € 2 miljoen", "nl", False),
        ("In de regel 80 % van de kosten", "nl", False),
        # one word is no description
        ("Part", "en", False),
    ],
)
def test_words_read_as_a_description_only_when_no_clause_was_cut(words: str, lang: str, expected: bool) -> None:
    assert reads_as_a_description(words, lang, cues_for(lang)) is expected


def test_the_project_of_which_a_body_is_the_lead_is_no_project_of_that_name() -> None:
    text = (
        "Valbruna, nuovi corsi di italiano per le famiglie\n\n"
        "Partono a marzo i corsi di italiano per le famiglie arrivate in città. "
        "Il progetto di cui il Comune di Valbruna è capofila è finanziato dal Fondo Asilo, Migrazione e "
        "Integrazione (FAMI).\n"
    )
    ex = extractor(text, "it", url="https://www.valbruna-notizie-example.it/corsi-italiano")
    assert not [p.label for p in ex.projects if p.label.lower().startswith("progetto di cui")]
