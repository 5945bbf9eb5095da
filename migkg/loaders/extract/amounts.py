"""Find money amounts and percentages in multilingual text.

The cue words (currencies, scale words such as "millions"/"miljoen"/"Mio.", connectors such as
"d'"/"di", percent words) are data in ``patterns/amounts.toml``, keyed by language code; this
module only knows how numbers are written. Regexes are built from the data once, on first use.

Number separators (``parse_number``):

* Spaces (U+0020, U+00A0, U+202F, U+2009) and apostrophes only ever group thousands, in groups
  of three; a "." or "," after them is the decimal separator ("5 139 366,07").
* Both "." and "," present: the last one is the decimal separator, the other groups thousands
  ("5,139,366.07" and "5.139.366,07").
* One kind, several times: thousands ("1.234.567").
* One separator once, followed by 1-2 or 4+ digits: decimal ("6,5", "7.5", "1,25").
* One separator once, followed by exactly three digits: thousands ("12.000" and "12,000" are
  12000; "1,500 million" is 1500 million) -- except when (a) the integer part is "0", or
  (b) a scale word follows and the separator is the decimal separator of the language, so
  that French "1,500 million" is 1.5 million and English "2.125 million" 2.125 million. The
  language is the one of the scale word when that is unambiguous ("miljoen" is Dutch), else
  the ``lang`` argument; with neither, the thousands reading stands.

Matching of cue words is never restricted to ``lang``: missing a scale word would silently
change a value by a factor of a million, and the words do not collide across languages.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

__all__ = [
    "ROLES",
    "Amount",
    "MoneyRole",
    "Percentage",
    "SpanSet",
    "cue_regex",
    "currency_codes",
    "find_amounts",
    "find_money_roles",
    "find_percentages",
    "parse_number",
]

PATTERNS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "amounts.toml"

_APOSTROPHES = "'’ʼ"
# Characters that group thousands but can never be a decimal separator.
_GROUP_CHARS = " \u00a0\u202f\u2009'’"
# A number as written: space-grouped, dot/comma-grouped, or plain (with an optional decimal part).
# Groups are exactly three digits not followed by a fourth, so "2024 150 000" cannot merge.
_NUM = (
    r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3}(?!\d))+(?:[.,]\d+)?"
    r"|\d{1,3}(?:[.,]\d{3}(?!\d))+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
)

_DIGIT = re.compile(r"\d")  # what _NUM needs at least one of


@dataclass(frozen=True, slots=True)
class Amount:
    """A money mention; ``text == source[start:end]`` covers currency and scale word."""

    value: Decimal
    currency: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Percentage:
    """A percentage mention; ``value`` is as written (75 for "75 %"), see ``fraction``."""

    value: Decimal
    start: int
    end: int
    text: str

    @property
    def fraction(self) -> Decimal:
        """The share as a fraction of one (0.75 for "75 %")."""
        return self.value / 100


def cue_regex(words: Iterable[str], *, left_bound: bool = True) -> str:
    """Regex alternation for cue words: longest first, any whitespace, any apostrophe, bounded.

    Word-initial/final letters get ``(?<!\\w)``/``(?!\\w)`` so that "fin" does not match in
    "afin"; a word ending in an apostrophe or punctuation ("d'", "Mio.", "mi-") gets none.
    ``left_bound=False`` drops the left bound, for words glued to a number ("7.5m", "3bn").
    Returns a never-matching pattern for an empty list. Case handling is the caller's.
    """
    alts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        parts = []
        for piece in word.split():
            parts.append("".join("['’ʼ]" if ch in _APOSTROPHES else re.escape(ch) for ch in piece))
        pat = r"\s+".join(parts)
        if left_bound and word[0].isalnum():
            pat = r"(?<!\w)" + pat
        if word[-1].isalnum():
            pat += r"(?!\w)"
        alts.append(pat)
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


@lru_cache(maxsize=65536)  # the same words are looked up again and again (400,000 calls, 40,000 words)
def norm_cue(word: str) -> str:
    """Normalise a cue word for lookup: one space, plain apostrophe, casefolded."""
    word = " ".join(word.split())
    for ch in _APOSTROPHES[1:]:
        word = word.replace(ch, "'")
    return word.casefold()


def base_lang(lang: str | None) -> str | None:
    """Base language code: "fr-BE" or "FR_be" -> "fr"; None stays None."""
    if not lang:
        return None
    return re.split(r"[-_]", lang.strip())[0].lower() or None


_T = TypeVar("_T", Amount, Percentage)


@dataclass(frozen=True, slots=True)
class _Data:
    currencies: dict[str, str]  # norm_cue(word) -> ISO code
    word_currencies: frozenset[str]  # norm_cue keys that come from a language table
    scales: dict[str, int]  # exact one-letter keys and norm_cue(longer) keys -> multiplier
    scale_langs: dict[str, frozenset[str]]  # same keys -> languages that use the word
    decimal_sep: dict[str, str]  # lang -> "," or "."
    prefix_re: re.Pattern[str]
    suffix_re: re.Pattern[str]
    percent_re: re.Pattern[str]


def _scale_key(word: str) -> str:
    # One-letter abbreviations are case-sensitive ("m" vs "M"); the rest are not.
    return word if len(word) == 1 else norm_cue(word)


@cache
def _data() -> _Data:
    with PATTERNS_FILE.open("rb") as fh:
        raw = tomllib.load(fh)
    currencies: dict[str, str] = {}
    word_currencies: set[str] = set()
    scales: dict[str, int] = {}
    scale_langs: dict[str, set[str]] = {}
    decimal_sep: dict[str, str] = {}
    connectors: set[str] = set()
    percent_words: set[str] = set()
    for code, table in raw.items():
        for word, iso in table.get("currencies", {}).items():
            currencies.setdefault(norm_cue(word), iso)
            if code != "common":
                word_currencies.add(norm_cue(word))
        for iso in table.get("currency_codes", []):
            currencies.setdefault(norm_cue(iso), iso)
        for word, mult in table.get("scales", {}).items():
            key = _scale_key(word)
            scales.setdefault(key, int(mult))
            scale_langs.setdefault(key, set()).add(code)
        if "decimal_separator" in table:
            decimal_sep[code] = table["decimal_separator"]
        connectors.update(table.get("connectors", []))
        percent_words.update(table.get("percent_words", []))
    # Keep case-sensitive one-letter words out of the (?i:) group.
    raw_scales = {w for t in raw.values() for w in t.get("scales", {})}
    scale_pat = (
        f"(?:(?i:{cue_regex((w for w in raw_scales if len(w) > 1), left_bound=False)})"
        f"|{cue_regex((w for w in raw_scales if len(w) == 1), left_bound=False)})"
    )
    raw_curs = {w for t in raw.values() for w in t.get("currencies", {})}
    raw_curs |= {c for t in raw.values() for c in t.get("currency_codes", [])}
    cur_pat = _led_by_literals(raw_curs)
    conn_pat = f"(?i:{cue_regex(connectors)})"
    pct_pat = f"(?i:{cue_regex(percent_words)})"
    prefix = (
        rf"(?P<cur>{cur_pat})\s{{0,2}}(?P<num>{_NUM})(?!\d)(?P<dash>[.,][-–]{{1,2}})?"
        rf"(?:\s{{0,2}}(?P<scale>{scale_pat}))?"
    )
    suffix = (
        rf"(?<![\w.,])(?P<num>{_NUM})(?!\d)"
        rf"(?:\s{{0,2}}(?P<scale>{scale_pat})(?:\s{{0,3}}{conn_pat})?)?"
        rf"\s{{0,3}}(?P<cur>{cur_pat})"
    )
    percent = rf"(?<![\w.,])(?P<num>{_NUM})(?!\d)\s{{0,2}}{pct_pat}"
    return _Data(
        currencies=currencies,
        word_currencies=frozenset(word_currencies),
        scales=scales,
        scale_langs={k: frozenset(v) for k, v in scale_langs.items()},
        decimal_sep=decimal_sep,
        prefix_re=re.compile(prefix),
        suffix_re=re.compile(suffix),
        percent_re=re.compile(percent),
    )


def _led_by_literals(words: Iterable[str]) -> str:
    """`cue_regex(words)` matched case-insensitively, written so that each alternative opens with a
    literal character (`cues.fast_cue_regex`): the same matches, but the regex engine skips to the
    places where one can start instead of trying every word at every position (the currency and
    role cues were most of the money finders' time)."""
    from migkg.loaders.extract.cues import fast_cue_regex  # (cues imports this module)

    original = re.compile(cue_regex(words), re.IGNORECASE)
    fast = fast_cue_regex(words, original)
    return fast.pattern if fast is not original else f"(?i:{original.pattern})"


@cache
def currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of the currencies the patterns know ("EUR", "CHF", "HUF"...)."""
    return frozenset(code for code in _data().currencies.values() if re.fullmatch(r"[A-Z]{3}", code))


def parse_number(token: str, lang: str | None = None, *, scaled: bool = False) -> Decimal | None:
    """Parse a number as written in any of the supported conventions; None if malformed.

    ``scaled`` says a scale word follows; with ``lang`` it settles "1,500 million" (module doc).
    """
    t = token.strip()
    t = re.sub(r"[.,][-–]{1,2}$", "", t)  # Dutch "€ 150.000,-"
    if not t or not t[0].isdigit():
        return None
    if any(ch in _GROUP_CHARS for ch in t):
        m = re.fullmatch(r"(\d{1,3}(?:[ \u00a0\u202f\u2009'’]\d{3})+)(?:[.,](\d+))?", t)
        if not m:
            return None
        digits = re.sub(r"\D", "", m.group(1))
        return _dec(digits, m.group(2))
    seps = [ch for ch in t if ch in ".,"]
    if not seps:
        return _dec(t, None) if t.isdigit() else None
    if len(set(seps)) == 2:
        dec_sep = seps[-1]
        th_sep = "," if dec_sep == "." else "."
        m = re.fullmatch(rf"(\d{{1,3}}(?:{re.escape(th_sep)}\d{{3}})*){re.escape(dec_sep)}(\d+)", t)
        return _dec(m.group(1).replace(th_sep, ""), m.group(2)) if m else None
    sep = seps[0]
    if len(seps) > 1:
        m = re.fullmatch(rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})+", t)
        return _dec(t.replace(sep, ""), None) if m else None
    int_part, frac = t.split(sep)
    if not (int_part.isdigit() and frac.isdigit()):
        return None
    thousands = len(frac) == 3 and len(int_part) <= 3 and int_part != "0"
    if thousands and scaled and _data().decimal_sep.get(base_lang(lang) or "") == sep:
        thousands = False
    return _dec(int_part + frac, None) if thousands else _dec(int_part, frac)


def _dec(int_digits: str, frac_digits: str | None) -> Decimal | None:
    try:
        return Decimal(f"{int_digits}.{frac_digits}" if frac_digits else int_digits)
    except InvalidOperation:
        return None


def _tidy(value: Decimal) -> Decimal:
    # 6.5 * 1000000 is Decimal("6500000.0"); drop the spurious exponent digits.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _number_lang(scale_key: str | None, lang: str | None) -> str | None:
    """Language whose decimal separator applies: the scale word's if unambiguous, else lang."""
    data = _data()
    if scale_key:
        seps = {data.decimal_sep[c] for c in data.scale_langs.get(scale_key, ()) if c in data.decimal_sep}
        if len(seps) == 1:
            sep = seps.pop()
            return next(c for c, s in data.decimal_sep.items() if s == sep)
    return lang


class SpanSet:
    """Disjoint character spans kept sorted, for O(log n) overlap tests."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            if self._ends and start < self._ends[-1]:  # merge overlapping input spans
                self._ends[-1] = max(self._ends[-1], end)
            else:
                self._starts.append(start)
                self._ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with any span."""
        i = bisect_right(self._starts, start)
        return (i > 0 and self._ends[i - 1] > start) or (i < len(self._starts) and self._starts[i] < end)

    def add(self, start: int, end: int) -> None:
        """Add a span that overlaps none already present."""
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def _longest_leftmost(items: list[_T]) -> list[_T]:
    chosen: list[_T] = []
    spans = SpanSet()
    for it in sorted(items, key=lambda a: (a.start - a.end, a.start)):
        if not spans.overlaps(it.start, it.end):
            spans.add(it.start, it.end)
            chosen.append(it)
    return sorted(chosen, key=lambda a: a.start)


def find_amounts(text: str, lang: str | None = None) -> list[Amount]:
    """All money mentions in ``text``, sorted by start; overlaps resolved longest-leftmost.

    A number counts only next to a currency (symbol, ISO code or word); ``lang`` only settles
    the decimal separator of "1,500 million"-style numbers (see module docstring).
    """
    if not _DIGIT.search(text):
        return []  # every amount has a number: skip the currency regexes, slow on long text
    data = _data()
    found: list[Amount] = []
    for form, regex in (("prefix", data.prefix_re), ("suffix", data.suffix_re)):
        for m in regex.finditer(text):
            cur_key = norm_cue(m.group("cur"))
            scale = m.group("scale")
            scale_key = _scale_key(scale) if scale else None
            num = m.group("num")
            if form == "prefix" and cur_key in data.word_currencies and not scale and not re.search(r"[.,\s'’]", num):
                continue  # "Euro 2024" is a tournament, "euro 500.000" is money
            value = parse_number(num, _number_lang(scale_key, base_lang(lang)), scaled=bool(scale))
            iso = data.currencies.get(cur_key)
            if value is None or iso is None:
                continue
            if scale_key:
                value *= data.scales[scale_key]
            found.append(Amount(_tidy(value), iso, m.start(), m.end(), m.group(0)))
    return _longest_leftmost(found)


def find_percentages(text: str, lang: str | None = None) -> list[Percentage]:
    """All percentages ("75%", "75 %", "75 procent", "12,5 pour cent"), sorted by start."""
    if not _DIGIT.search(text):
        return []  # every percentage has a number
    found = []
    for m in _data().percent_re.finditer(text):
        value = parse_number(m.group("num"), base_lang(lang))
        if value is not None:
            found.append(Percentage(_tidy(value), m.start(), m.end(), m.group(0)))
    return _longest_leftmost(found)


# -- money roles --------------------------------------------------------------------------------

ROLES = ("total_cost", "eu_contribution", "national_contribution", "own_contribution", "cofinancing_rate")
# What may stand between a cue and its amount: punctuation, a percentage, and up to four short
# words ("of", "s'élève à", "bedraagt", "amounts to").
_GAP = re.compile(r"[\s:=(),–—-]*(?:[^\W\d]+['’]?\s*){0,4}?[\s:=(),–—-]*")
_TIGHT_GAP = re.compile(r"[\s:=]{0,3}")
_BEFORE = re.compile(
    r"\s+(?:of|from|de|du|des|d['’]|van|aus|der|di|da|dal|del)\s*(?:the\s+|l['’]|la\s+|le\s+|het\s+|de\s+)?", re.I
)
_RATE_AFTER = re.compile(r"\s*[(,]\s*")


@dataclass(frozen=True, slots=True)
class MoneyRole:
    """An amount or a rate said to be a project's total cost, EU, national or own contribution, or
    its co-financing rate: "Total cost €636,000", "EU contribution (50%)"."""

    role: str  # one of ROLES
    amount: Amount | None
    rate: Percentage | None
    start: int  # the cue's start
    end: int  # the end of the amount (or rate)


@dataclass(frozen=True, slots=True)
class _RoleCues:
    loose: re.Pattern[str]  # case-insensitive cues, longest first
    tight: re.Pattern[str]  # cues of three letters or fewer ("EU"), case-sensitive
    roles: dict[str, str]  # norm_cue(cue) -> role ("EU" and "eu" alike)


@cache
def _role_cues() -> _RoleCues:
    """One regex for all the role cues of every language, so a text is scanned once."""
    with PATTERNS_FILE.open("rb") as fh:
        raw = tomllib.load(fh)
    roles: dict[str, str] = {}
    loose, tight = [], []
    for table in raw.values():
        for role, words in table.get("roles", {}).items():
            for word in words:
                roles.setdefault(norm_cue(word), role)
                (tight if len(word) <= 3 else loose).append(word)
    return _RoleCues(re.compile(_led_by_literals(loose)), re.compile(cue_regex(tight)), roles)


def find_money_roles(text: str, lang: str | None = None) -> list[MoneyRole]:
    """The amounts and rates that a role cue names, in any language, sorted by start. A cue takes
    the amount bound to it by "of" before it ("477 000 euros of EU funds"), else the first amount
    after it when only a short gap (a few words, punctuation, a percentage) separates them; cues
    of three letters or fewer ("EU") only right before the amount. A percentage next to an EU
    contribution or a rate cue is the rate."""
    amounts = find_amounts(text, lang)
    percents = find_percentages(text, lang)
    if not amounts and not percents:
        return []
    data = _role_cues()
    found: list[MoneyRole] = []
    # Longest cue first at one place: "EU contribution" before "EU".
    cues = [(m.start(), m.end(), False) for m in data.loose.finditer(text)]
    cues += [(m.start(), m.end(), True) for m in data.tight.finditer(text)]
    taken = SpanSet()
    for start, end, tight in sorted(cues, key=lambda c: (c[0] - c[1], c[0])):
        if taken.overlaps(start, end):
            continue
        taken.add(start, end)
        role = data.roles[norm_cue(text[start:end])]
        amount = None
        if not tight:
            # "477 000 euros of EU funds": the amount comes first, bound to the cue by "of".
            amount = next((am for am in amounts if am.end <= start and _BEFORE.fullmatch(text[am.end : start])), None)
        rate = None
        if amount is None:
            rate = next((pc for pc in percents if pc.start >= end and _gap_ok(text[end : pc.start], tight)), None)
            after = rate.end if rate is not None else end
            amount = next((am for am in amounts if am.start >= after and _gap_ok(text[after : am.start], tight)), None)
        if amount is not None and rate is None:
            # "EU contribution: 1 225 306,00 € (50%)": the rate follows the amount.
            rate = next(
                (
                    pc
                    for pc in percents
                    if pc.start >= amount.end and _RATE_AFTER.fullmatch(text[amount.end : pc.start])
                ),
                None,
            )
        if amount is not None and amount.currency != "EUR":
            # "a total value of BGN 2,347,000 (approximately EUR 1.2 million)": the sum in euros
            amount = next(
                (
                    am
                    for am in amounts
                    if am.start >= amount.end
                    and am.currency == "EUR"
                    and _CONVERTED.fullmatch(text[amount.end : am.start])
                ),
                amount,
            )
        if role == "cofinancing_rate":
            amount = None
        elif role != "eu_contribution":
            rate = None
        if amount is None and rate is None:
            continue
        first = min(x.start for x in (amount, rate) if x is not None)
        last = max(x.end for x in (amount, rate) if x is not None)
        found.append(MoneyRole(role, amount, rate, min(start, first), max(end, last)))
    return sorted(found, key=lambda r: r.start)


# What opens a bracket that gives a sum converted: "(approximately ", "(ca. ", "(≈ ", "(soit ".
_CONVERTED = re.compile(r"\s*[(\[]\s*[≈~]?\s*(?:[^\W\d]+\.?\s+){0,2}")


def _gap_ok(gap: str, tight: bool) -> bool:
    return bool((_TIGHT_GAP if tight else _GAP).fullmatch(gap))
