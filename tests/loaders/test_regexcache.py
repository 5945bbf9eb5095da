"""Compiled regexes kept on disk (`migkg.loaders.regexcache`): a pattern read back from the cache
is the pattern `re.compile` makes (patterns compare their compiled code), a damaged cache file is
compiled anew, and `precompiled_regexes` routes only big patterns through the cache. And the other
start-up saving: spaCy's words compute only the attributes the extractor reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from migkg.loaders import regexcache
from migkg.loaders.regexcache import compile_cached, precompiled_regexes

WORDS = [f"w{i:04d}[-‐]x{i % 7}" for i in range(400)]
PATTERN = r"(?P<word>" + "|".join(WORDS) + r")(?:\s+(?P<tail>\w+))?"
SAMPLES = ["w0012-x5 rest", "W0399‐X0", "nothing here", "w0400-x1"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    if regexcache._engine() is None:
        pytest.skip("not CPython's regex engine: the cache is not used")
    return tmp_path / "migkg" / "regex"


def refuse(pattern: str, flags: int = 0) -> re.Pattern[str]:
    raise AssertionError("compiled again instead of read from the cache")


def test_a_cached_pattern_is_the_compiled_one(cache: Path) -> None:
    first = compile_cached(PATTERN, re.IGNORECASE)
    assert len(list(cache.glob("*.sre"))) == 1
    again = compile_cached(PATTERN, re.IGNORECASE, compile=refuse)
    expected = re.compile(PATTERN, re.IGNORECASE)
    assert first == expected and again == expected
    assert again.groupindex == expected.groupindex and again.groups == expected.groups == 2
    for text in SAMPLES:
        found, wanted = again.match(text), expected.match(text)
        assert (found and (found.span(), found.groupdict())) == (wanted and (wanted.span(), wanted.groupdict()))


def test_other_flags_are_another_entry(cache: Path) -> None:
    compile_cached(PATTERN)
    assert compile_cached(PATTERN, re.IGNORECASE) == re.compile(PATTERN, re.IGNORECASE)
    assert len(list(cache.glob("*.sre"))) == 2


def test_a_damaged_file_is_compiled_anew(cache: Path) -> None:
    compile_cached(PATTERN)
    (path,) = cache.glob("*.sre")
    path.write_bytes(b'{"flags": 32}\n\x01\x02\x03\x04')
    assert compile_cached(PATTERN) == re.compile(PATTERN)
    assert compile_cached(PATTERN, compile=refuse) == re.compile(PATTERN)  # saved again, whole


def test_only_big_patterns_go_through_the_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "BIG", len(PATTERN))
    real = re.compile
    with precompiled_regexes():
        small = re.compile(r"\bsmall\b")
        big = re.compile(PATTERN)
    assert re.compile is real
    assert small == real(r"\bsmall\b") and big == real(PATTERN)
    assert len(list(cache.glob("*.sre"))) == 1


def test_the_pipelines_compute_only_the_word_attributes_the_extractor_reads() -> None:
    from spacy import attrs

    from migkg.loaders.extract.structure import sentencizer

    nlp = sentencizer("nl")
    assert set(nlp.vocab.lex_attr_getters) == {attrs.LOWER, attrs.NORM, attrs.IS_PUNCT, attrs.IS_SPACE}
    # The sentencizer still reads punctuation: "Dr." is no sentence end (a tokenizer exception), "." is.
    doc = nlp("Het project start in 2024. Dr. Peeters leidt het! Daarna volgt fase twee.")
    sentences = [s.text for s in doc.sents]
    assert sentences == ["Het project start in 2024.", "Dr. Peeters leidt het!", "Daarna volgt fase twee."]


def test_the_cue_tokens_matching_characters_kept_on_disk_are_the_scanned_ones(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `fast_cue_regex` asks the engine once per process (the characters each cue word's first
    token matches, 0.2 s) is kept beside the regexes; read back, or rescanned over a damaged file,
    it is what the scan gives."""
    from migkg.loaders.extract import cues

    tokens = sorted(["a", "[Ss]", "é", "\\.", "k"])
    scanned = cues._scan(tokens, re.IGNORECASE)
    assert "K" in scanned["k"] and "\u212a" in scanned["k"]  # the Kelvin sign, as the engine says
    assert cues._cached_scan(tokens, re.IGNORECASE) == scanned
    (saved,) = cache.glob("matching-*.json")
    with monkeypatch.context() as m:
        m.setattr(cues, "_scan", refuse)
        assert cues._cached_scan(tokens, re.IGNORECASE) == scanned  # read back, not scanned
    saved.write_text('{"a": ["ab"]}', encoding="utf-8")
    assert cues._cached_scan(tokens, re.IGNORECASE) == scanned
    assert cues._cached_scan(tokens, 0) == cues._scan(tokens, 0)  # other flags: another entry
    assert len(list(cache.glob("matching-*.json"))) == 2
