"""`Cues.then_article`: one language's cue words in a row, then an optional article, the pattern that
the readers of "and the", "for the", "aus dem", "and by the" between two names or a sum and a name
anchor as they need."""

from __future__ import annotations

import re

import pytest

from migkg.loaders.extract.cues import cues_for


@pytest.mark.parametrize(
    ("lang", "keys", "text"),
    [
        ("en", ("and_words",), "and the "),
        ("en", ("and_words",), "AND "),
        ("en", ("and_words", "by_words"), "and by the "),
        ("fr", ("grant_for",), "pour la "),
        ("fr", ("and_words",), "et l'"),
        ("de", ("money_from",), "aus dem "),
        ("nl", ("grant_for",), "voor het "),
        ("it", ("and_words",), "e la "),
        ("en", (), "the "),
        ("en", (), ""),
    ],
)
def test_the_words_and_an_article_are_matched_whole(lang: str, keys: tuple[str, ...], text: str) -> None:
    assert re.fullmatch(cues_for(lang).then_article(*keys), text)


@pytest.mark.parametrize(
    ("lang", "keys", "text"),
    [
        ("en", ("and_words",), "the "),  # the article alone: no "and"
        ("en", ("and_words", "by_words"), "and the "),  # "by" left out
        ("en", ("and_words",), "andthe "),  # no space after the word
        ("de", ("money_from",), "aus einem großen "),  # a word after the article
        ("fr", ("grant_for",), "par la "),  # another cue's word
    ],
)
def test_other_words_are_not_matched(lang: str, keys: tuple[str, ...], text: str) -> None:
    assert re.fullmatch(cues_for(lang).then_article(*keys), text) is None


def test_the_pattern_is_built_once_per_language_and_keys() -> None:
    cues = cues_for("en")
    assert cues.then_article("and_words") is cues.then_article("and_words")
    assert cues.then_article("and_words") != cues_for("fr").then_article("and_words")
