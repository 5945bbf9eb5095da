"""Cue words per language (patterns/cues.toml), compiled once per language into regexes."""

from __future__ import annotations

import array
import contextlib
import hashlib
import json
import os
import re
import sys
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from migkg.loaders.extract.amounts import base_lang, cue_regex, norm_cue
from migkg.loaders.regexcache import cache_dir, compile_cached

CUES_FILE = Path(__file__).resolve().parent.parent / "patterns" / "cues.toml"
MATCHING_CACHE_VERSION = 1  # of `_scan`'s answer kept on disk: raise it when `_scan` changes

LIST_KEYS = (
    "funded_by",
    "funding_verbs",
    "support_from",
    "thanks_words",
    "within_fund",
    "implemented_by",
    "implementer_keys",
    "granted_to",
    "prospective_words",
    "fund_keys",
    "start_keys",
    "launch_words",
    "end_keys",
    "receives",
    "split_agents",
    "funding_participles",
    "running_participles",
    "cost_nouns",
    "without_words",
    "activity_headings",
    "runs_verbs",
    "carries_verbs",
    "objective_labels",
    "partner_cues",
    "cooperation_nouns",
    "project_nouns",
    "project_title_keys",
    "description_keys",
    "code_keys",
    "duration_keys",
    "budget_keys",
    "national_funders",
    "regional_money",
    "municipal_money",
    "state_governments",
    "legal_forms",
    "org_heads",
    "apposed_kinds",
    "content_cues",
    "ordinals",
    "action_nouns",
    "quantifiers",
    "determiners",
    "indefinite_articles",
    "demonstratives",
    "page_words",
    "related_links",
    "otherwise_stated",
    "builds_on",
    "see_note",
    "share_by",
    "label_prefixes",
    "predicate_words",
    "name_connectors",
    "via_words",
    "relative_pronouns",
    "also_words",
    "tops_up",
    "of_words",
    "and_words",
    "per_year",
    "clause_breaks",
    "ordinal_preps",
    "worth_of",
    "plural_nouns",
    "same_plurals",
    "singular_articles",
    "anaphora",
    "speaker_cues",
    "staff_roles",
    "staff_at",
    "based_in",
    "name_of_phrases",
    "as_named",
    "under_name",
    "which_projects",
    "name_heads",
    "share_of",
    "programming_cues",
    "authority_cues",
    "not_project_words",
    "rejections",
    "pending_applications",
    "unfunded_statuses",
    "question_keys",
    "managing_participles",
    "managing_verbs",
    "cleft_openers",
    "cleft_relatives",
    "object_relatives",
    "case_by_case",
    "cycle_nouns",
    "continuation_cues",
    "authority_roles",
    "launches",
    "lead_roles",
    "launched_by",
    "programme_nouns",
    "naming_words",
    "with_words",
    "project_adjectives",
    "contribution_nouns",
    "total_rows",
    "contributes",
    "call_words",
    "call_results",
    "role_keys",
    "legislatures",
    "group_refs",
    "grant_plurals",
    "back_refs",
    "office_holders",
    "state_grantors",
    "sequel_nouns",
    "not_part_of",
    "offer_of",
    "publication_kinds",
    "overview_kinds",
    "funding_guides",
    "guide_statements",
    "own_funds",
    "state_words",
    "negations",
    "spent_words",
    "ineligible_words",
    "funding_words",
    "eu_money",
    "grant_for",
    "media_words",
    "copulas",
    "plural_copulas",
    "only_words",
    "contrast_words",
    "place_prepositions",
    "by_words",
    "fronted_runs",
    "fronted_funds",
    "partner_roles",
    "involved_keys",
    "separate_from",
    "project_owner_words",
    "received_from",
    "wholly_words",
    "holder_keys",
    "person_keys",
    "behind_words",
    "whose_words",
    "possessives",
    "our_words",
    "speaker_pronouns",
    "named_so",
    "aforesaid",
    "owned_by",
    "given_to",
    "purpose_leads",
    "public_money",
    "remainder_words",
    "cost_shares",
    "granted_columns",
    "payer_columns",
    "contributed_by",
    "expletives",
    "fund_nouns",
    "unit_heads",
    "gratitude_words",
    "member_titles",
    "contact_words",
    "status_words",
    "national_adjectives",
    "programme_scopes",
    "money_from",
    "below_words",
    "its_name",
    "envelope_nouns",
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
    # The same matches as `regex`, found faster (`fast_cue_regex`): what `find` and `search` run.
    fast: dict[str, re.Pattern[str]]

    def words_set(self, key: str) -> frozenset[str]:
        return frozenset(norm_cue(w) for w in self.words[key])

    def has(self, key: str, word: str) -> bool:
        return norm_cue(word) in _normed(self, key)

    def find(self, key: str, text: str) -> list[re.Match[str]]:
        return list(self.fast[key].finditer(text))

    def search(self, key: str, text: str) -> re.Match[str] | None:
        return self.fast[key].search(text)

    def then_article(self, *keys: str) -> str:
        """The pattern of the keys' words in a row, whitespace after each, then an optional article:
        "and the", "for the", "aus dem", "and by the". Case-insensitive; the caller anchors it."""
        return _then_article(self, keys)


@cache
def _then_article(cues: Cues, keys: tuple[str, ...]) -> str:
    words = "".join(rf"(?i:{cues.regex[k].pattern})\s+" for k in keys)
    return rf"{words}(?:(?i:{cues.regex['determiners'].pattern})\s*)?"


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
        regex[key] = compile_cached(cue_regex(ws), flags)
    codes = tuple(re.compile(p) for p in common.get("code_patterns", []))
    numbers: dict[str, int] = {}
    for t in tables:
        numbers.update({norm_cue(k): int(v) for k, v in t.get("number_words", {}).items()})
    numbers_re = re.compile(cue_regex(numbers) if numbers else "(?!)", re.IGNORECASE)
    regex["number_words"] = numbers_re
    fast = _FastRegexes({**words, "number_words": tuple(numbers)}, regex)
    return Cues(
        lang=code if code in raw else None, words=words, regex=regex, code_patterns=codes, numbers=numbers, fast=fast
    )


class _FastRegexes(dict[str, re.Pattern[str]]):
    """key -> `fast_cue_regex` of its words, built on first use (a document needs few of them)."""

    def __init__(self, words: dict[str, tuple[str, ...]], regex: dict[str, re.Pattern[str]]) -> None:
        super().__init__()
        self._words, self._regex = words, regex

    def __missing__(self, key: str) -> re.Pattern[str]:
        self[key] = fast = fast_cue_regex(self._words[key], self._regex[key])
        return fast


_LEFT_BOUND = r"(?<!\w)"


def fast_cue_regex(words: Iterable[str], original: re.Pattern[str]) -> re.Pattern[str]:
    r"""`original` (`cue_regex(words)` compiled) rewritten so that each alternative opens with one
    literal character: Python's regex engine then skips, at each position, every alternative whose
    first character is not there, and jumps to the positions where one is; with a left bound or
    IGNORECASE first, it tries each alternative at each position (the cue regexes took a sixth of
    an article's extraction). The left bound `(?<!\w)` moves after that character as
    `(?<!\w[\s\S])`; under IGNORECASE the alternative is repeated for each character its first one
    matches (found by the engine itself, `_matching_chars`), the rest keeping the flag in a group.
    The same matches, preferred in the same order (the repeats of one alternative exclude each
    other). A pattern not of the form expected is returned as it is."""
    split = _split_alternatives(words, original)
    if split is None:
        return original
    flags = original.flags & re.IGNORECASE
    chars = _matching_chars({first for _, first, _ in split}, flags)
    out = []
    for bound, first, rest in split:
        tail = (r"(?<!\w[\s\S])" if bound else "") + (f"(?i:{rest})" if flags and rest else rest)
        out += [re.escape(ch) + tail for ch in chars[first]]
    return compile_cached("(?:" + "|".join(out) + ")")


def _split_alternatives(words: Iterable[str], original: re.Pattern[str] | None) -> list[tuple[bool, str, str]] | None:
    """The alternatives of `cue_regex(words)` as (left bound?, first character's token, the rest);
    None when they do not make up `original` (when given) or one does not open with a one-character
    token."""
    alternatives = [cue_regex([w])[3:-1] for w in sorted(set(words), key=lambda w: (-len(w), w))]
    if not alternatives:
        return None
    if original is not None and (
        "(?:" + "|".join(alternatives) + ")" != original.pattern
        or original.groups
        or original.flags & ~(re.IGNORECASE | re.UNICODE)
    ):
        return None
    split = []
    for alt in alternatives:
        bound = alt.startswith(_LEFT_BOUND)
        body = alt.removeprefix(_LEFT_BOUND)
        if body.startswith("["):
            first = body[: body.find("]") + 1]
        elif body.startswith("\\"):
            first = body[:2]
        else:
            first = body[:1]
        if not first or first[0] in "()|" or (first[0] == "\\" and first[1:].isalnum()):
            return None
        split.append((bound, first, body[len(first) :]))
    return split


_MATCHING: dict[tuple[str, int], tuple[str, ...]] = {}


def _matching_chars(tokens: set[str], flags: int) -> dict[str, tuple[str, ...]]:
    """The characters each one-character regex token (a literal or a class) matches under `flags`,
    found by the regex engine itself over every code point (`_scan`): on first use for the first
    characters of every cue word of every language, so once per process."""
    if any((t, flags) not in _MATCHING for t in tokens):
        every_token = set(tokens)
        for table in _raw().values():
            for value in table.values():
                ws = value if isinstance(value, list) else list(value) if isinstance(value, dict) else []
                every_token |= {first for _, first, _ in _split_alternatives(map(str, ws), None) or []}
        missing = sorted(t for t in every_token if (t, flags) not in _MATCHING)
        for token, chars in _cached_scan(missing, flags).items():
            _MATCHING[token, flags] = chars
    return {t: _MATCHING[t, flags] for t in tokens}


def _cached_scan(tokens: list[str], flags: int) -> dict[str, tuple[str, ...]]:
    """`_scan`, kept on disk beside the compiled regexes (`migkg.loaders.regexcache`): 0.2 s of every
    start-up, before a `--jobs` worker can start. The answer depends only on the tokens, the flags
    and the regex engine, which make up its key: the Python build, the engine's and Unicode's
    versions."""
    import _sre
    import unicodedata

    try:
        build = [MATCHING_CACHE_VERSION, sys.version, _sre.MAGIC, unicodedata.unidata_version, flags, tokens]
        path = cache_dir() / f"matching-{hashlib.sha256(json.dumps(build).encode()).hexdigest()}.json"
    except (RuntimeError, KeyError):  # no home directory to keep a cache in
        return _scan(tokens, flags)
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if sorted(saved) == tokens and all(isinstance(c, str) and len(c) == 1 for cs in saved.values() for c in cs):
            return {t: tuple(saved[t]) for t in tokens}
    except (OSError, ValueError, AttributeError, TypeError):
        pass  # none yet, or damaged: scanned anew, and saved over
    found = _scan(tokens, flags)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f".{path.name}.{os.getpid()}")
        part.write_text(json.dumps({t: list(cs) for t, cs in found.items()}), encoding="utf-8")
        os.replace(part, path)
    return found


def _scan(tokens: list[str], flags: int) -> dict[str, tuple[str, ...]]:
    """The characters each token matches under `flags`, by the regex engine over every code point."""
    codes = array.array("I" if array.array("I").itemsize == 4 else "L", range(0xD800))
    codes.extend(range(0xE000, 0x110000))  # every code point but the surrogates
    every = codes.tobytes().decode("utf-32-le" if sys.byteorder == "little" else "utf-32-be")
    # One pass over them for all the tokens, then each token tried on what matched any of them.
    candidates = sorted(set(re.findall("|".join(tokens), every, flags))) if tokens else []
    out = {}
    for token in tokens:
        single = re.compile(token, flags)
        out[token] = tuple(ch for ch in candidates if single.fullmatch(ch))
    return out


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

    def then_article(self, *keys: str) -> str:
        return self._cues.then_article(*keys)
