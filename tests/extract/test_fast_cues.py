"""The cue regexes that finders run (`Cues.fast`) find exactly what the plain ones (`Cues.regex`,
`cue_regex` compiled) find: the same spans, the same text, in the same order, whatever the case of
the text, the characters around a cue, or the odd characters that match a letter when case is
ignored (the long s, the Kelvin sign, the dotted and dotless i)."""

from __future__ import annotations

import random
import re

import pytest

from migkg.loaders.extract.cues import cues_for, fast_cue_regex, languages

LANGUAGES = [None, *languages()]
ODD = "ſKİıßẞ'’ʼ\n\t -_.,0aéÉ"


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


def variants(word: str, rng: random.Random) -> str:
    """The word with its letters' case changed and now and then a character swapped for an odd one."""
    out = []
    for ch in word:
        roll = rng.random()
        out.append(ch.upper() if roll < 0.3 else ch.lower() if roll < 0.45 else rng.choice(ODD) if roll < 0.5 else ch)
    return "".join(out)


def texts_for(words: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(60):
        parts = [
            rng.choice(["", "x", "_", "1", " ", "\n", "é", "l'"])
            + variants(rng.choice(words), rng)
            + rng.choice(["", "s", " ", ".", "x", "\n"])
            for _ in range(rng.randint(1, 6))
        ]
        texts.append(rng.choice(["", " "]).join(parts))
    # Each word as it is written, at the start, inside a word, and after a space.
    texts += [w for w in words] + [f"a{w}" for w in words] + [f"x {w}s. {w.upper()} ({w})" for w in words]
    return texts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fast_regexes_find_what_the_plain_ones_find(lang: str | None) -> None:
    cues = cues_for(lang)
    keys = [*cues.words, "number_words"]
    for i, key in enumerate(keys):
        words = list(cues.numbers) if key == "number_words" else list(cues.words[key])
        if not words:
            continue
        plain, fast = cues.regex[key], cues.fast[key]
        assert fast is not plain, f"{key}: the cue regex was not rewritten"
        for text in texts_for(words, seed=i):
            assert spans(fast, text) == spans(plain, text), (key, text)
            found, expected = fast.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span()), (key, text)


def test_case_variants_come_from_the_regex_engine() -> None:
    """Under IGNORECASE "s" also matches the long s and "k" the Kelvin sign: the rewritten regex
    keeps them."""
    plain = re.compile(r"(?:(?<!\w)steun(?!\w)|(?<!\w)kosten(?!\w))", re.IGNORECASE)
    fast = fast_cue_regex(["steun", "kosten"], plain)
    text = "ſteun, STEUN, \u212aosten, xkosten, Kosten."
    assert spans(fast, text) == spans(plain, text)
    assert [m.group() for m in fast.finditer(text)] == ["ſteun", "STEUN", "\u212aosten", "Kosten"]


def test_a_pattern_of_another_form_is_kept_as_it_is() -> None:
    plain = re.compile(r"(?:(?<!\w)fund(?!\w))", re.IGNORECASE)
    assert fast_cue_regex(["grant"], plain) is plain  # not the regex of these words


def test_a_cue_class_without_words_matches_nothing() -> None:
    # a class one language has and another lacks ("expletives" is German's alone) must not match
    # the empty string everywhere in the others
    assert not cues_for("fr").words["expletives"]
    assert cues_for("fr").search("expletives", "la Wallonie prend en charge le solde") is None
    assert cues_for("de").search("expletives", "im Landkreis gibt es einen Aufruf") is not None
