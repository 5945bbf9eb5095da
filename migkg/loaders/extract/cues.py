"""Cue words per language (patterns/cues.toml), compiled once per language into regexes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from migkg.loaders.extract.amounts import base_lang, cue_regex, norm_cue

CUES_FILE = Path(__file__).resolve().parent.parent / "patterns" / "cues.toml"

LIST_KEYS = (
    "funded_by",
    "funding_verbs",
    "support_from",
    "within_fund",
    "implemented_by",
    "implementer_keys",
    "granted_to",
    "fund_keys",
    "start_keys",
    "end_keys",
    "receives",
    "partner_cues",
    "project_nouns",
    "project_title_keys",
    "code_keys",
    "duration_keys",
    "budget_keys",
    "national_funders",
    "legal_forms",
    "org_heads",
    "content_cues",
    "ordinals",
    "action_nouns",
    "quantifiers",
    "determiners",
    "share_by",
    "label_prefixes",
    "predicate_words",
    "name_connectors",
    "via_words",
    "relative_pronouns",
    "also_words",
    "of_words",
    "and_words",
    "clause_breaks",
    "ordinal_preps",
    "worth_of",
    "plural_nouns",
    "anaphora",
    "speaker_cues",
    "name_heads",
    "share_of",
    "programming_cues",
    "authority_cues",
    "not_project_words",
    "cycle_nouns",
    "continuation_cues",
    "authority_roles",
    "naming_words",
    "with_words",
)


@cache
def _raw() -> dict:
    with CUES_FILE.open("rb") as fh:
        return tomllib.load(fh)


def languages() -> list[str]:
    return [k for k in _raw() if k != "common"]


@dataclass(frozen=True, eq=False)
class Cues:
    """One language's cues (with [common]); with no known language, every language's."""

    lang: str | None
    words: dict[str, tuple[str, ...]]
    regex: dict[str, re.Pattern[str]]
    code_patterns: tuple[re.Pattern[str], ...]
    numbers: dict[str, int]  # number words -> value

    def words_set(self, key: str) -> frozenset[str]:
        return frozenset(norm_cue(w) for w in self.words[key])

    def has(self, key: str, word: str) -> bool:
        return norm_cue(word) in _normed(self, key)

    def find(self, key: str, text: str) -> list[re.Match[str]]:
        return list(self.regex[key].finditer(text))

    def search(self, key: str, text: str) -> re.Match[str] | None:
        return self.regex[key].search(text)


@cache
def cues_for(lang: str | None) -> Cues:
    raw = _raw()
    code = base_lang(lang)
    tables = [raw[code]] if code in raw else [raw[k] for k in languages()]
    common = raw.get("common", {})
    words: dict[str, tuple[str, ...]] = {}
    for key in LIST_KEYS:
        merged: list[str] = list(common.get(key, []))
        for t in tables:
            merged += t.get(key, [])
        words[key] = tuple(dict.fromkeys(merged))
    regex = {}
    for key, ws in words.items():
        flags = 0 if key in ("legal_forms", "name_heads") else re.IGNORECASE  # written capitalised
        regex[key] = re.compile(cue_regex(ws), flags)
    codes = tuple(re.compile(p) for p in common.get("code_patterns", []))
    numbers: dict[str, int] = {}
    for t in tables:
        numbers.update({norm_cue(k): int(v) for k, v in t.get("number_words", {}).items()})
    numbers_re = re.compile(cue_regex(numbers) if numbers else "(?!)", re.IGNORECASE)
    regex["number_words"] = numbers_re
    return Cues(lang=code if code in raw else None, words=words, regex=regex, code_patterns=codes, numbers=numbers)


@cache
def _normed(cues: Cues, key: str) -> frozenset[str]:
    return cues.words_set(key)


class MemoCues:
    """One document's view of the cues: the same `find`/`search` calls on the same text (every
    finder scans the same sentences) are answered once."""

    def __init__(self, cues: Cues) -> None:
        self._cues = cues
        self._found: dict[tuple[str, str], list[re.Match[str]]] = {}
        self.lang = cues.lang
        self.words = cues.words
        self.regex = cues.regex
        self.code_patterns = cues.code_patterns
        self.numbers = cues.numbers

    def has(self, key: str, word: str) -> bool:
        return self._cues.has(key, word)

    def find(self, key: str, text: str) -> list[re.Match[str]]:
        hit = self._found.get((key, text))
        if hit is None:
            hit = self._found[(key, text)] = self._cues.find(key, text)
        return hit

    def search(self, key: str, text: str) -> re.Match[str] | None:
        found = self.find(key, text)
        return found[0] if found else None
