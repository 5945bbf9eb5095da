"""Find project periods in multilingual text: year ranges, "until", "since", durations, years.

Cue words (months, "between ... and", "until", "since", duration words, ...) are data in
``patterns/periods.toml``, keyed by language code; this module only knows how dates and years
are written. Regexes are built from the data once per language, on first use.

With ``lang`` given only that language's cues (plus ``[common]``) are used, because short cue
words collide across languages (Dutch "en" = "and", French "en" = "in"; Italian "a", "da").
With ``lang=None`` (or an unknown code) every language is tried.

Rules that are not in the data:

* Years are 1990-2099. A range needs end >= start and a span of at most ``MAX_SPAN`` (15)
  years: "2019-2045" is a reference number or a far-off target, not a project period.
  Two bare years joined by "and" ("2026 et 2027") are a range only when the second is
  later and at most ``MAX_AND_GAP`` (10) years on.
* "2022/23" and "2022-23" are 2022-2023; "2022/2025" and "2021/1147" (a year, "/", 3-4 digits,
  the shape of EU act numbers) are rejected, as is "516/2014".
* A duration ("24 months from January 2023") ends in the year of its last month covered
  (December 2024); without a month the start is taken as January.
* A single full date ("17/12/2025", "17 décembre 2025") tied to no cue word is a publication
  date, not a period, and is dropped; a month-year or bare year becomes kind "year".
* A number that is part of a phone number, postal code ("2000 Antwerpen", "B-2000"), page
  range ("pp. 2010-2015"), identifier ("n° 2021"), amount or percentage is not a year.
* Overlaps: the longest mention wins, then the leftmost.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from migkg.loaders.extract.amounts import (
    SpanSet,
    base_lang,
    cue_regex,
    find_amounts,
    find_percentages,
    norm_cue,
)
from migkg.loaders.regexcache import compile_cached

__all__ = ["MAX_AND_GAP", "MAX_SPAN", "MAX_YEAR", "MIN_YEAR", "PeriodMention", "find_periods", "programming_periods"]

PATTERNS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "periods.toml"


@cache
def programming_periods() -> frozenset[tuple[int, int]]:
    """The EU programming periods of the reference data (2007-2013, 2014-2020, 2021-2027), as
    (start year, end year)."""
    import pyoxigraph as ox
    from rdflib.namespace import RDF

    from migkg.loaders.extract.names import packaged_reference
    from migkg.ontology.vocab import MKG

    quads = [q for chunk in packaged_reference() for q in ox.parse(chunk, format=ox.RdfFormat.TURTLE)]
    typed = {
        q.subject for q in quads if q.predicate.value == str(RDF.type) and q.object.value == str(MKG.ProgrammingPeriod)
    }
    years: dict[object, dict[str, int]] = {}
    for q in quads:
        if q.subject in typed and q.predicate.value in (str(MKG.startYear), str(MKG.endYear)):
            years.setdefault(q.subject, {})[q.predicate.value] = int(q.object.value[:4])
    return frozenset((y[str(MKG.startYear)], y[str(MKG.endYear)]) for y in years.values() if len(y) == 2)


MIN_YEAR, MAX_YEAR = 1990, 2099
MAX_SPAN = 15  # years between start and end of a range
MAX_AND_GAP = 10  # years between "2026" and "2027" in "2026 and 2027"

_YEAR = r"(?<!\d)(?:199\d|20\d\d)(?!\d)"
_YEAR_RE = re.compile(_YEAR)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MON = r"(?:0?[1-9]|1[0-2])"
# Preference among mentions of equal length (lower wins).
_RANK = {"range": 0, "duration": 1, "until": 2, "from": 3, "date": 4, "year": 5}


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period mention; ``text == source[start:end]``.

    ``kind`` is "range" (both years), "until" (end only), "from" (start only), "duration"
    (start + length, end computed) or "year" (a lone year: start_year == end_year).
    """

    start_year: int | None
    end_year: int | None
    kind: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Point:
    year: int
    month: int | None
    full_date: bool  # has a day
    end_marker: bool  # preceded by "fin"/"eind"/"end of"...


@dataclass(frozen=True, slots=True)
class _Lang:
    code: str
    months: dict[str, int]
    end_markers: frozenset[str]
    numbers: dict[str, int]
    units: dict[str, int]
    point_re: re.Pattern[str]
    regexes: tuple[tuple[str, re.Pattern[str]], ...]
    # For each regex, a part every match of it holds (its cue word or dash), or None: searched
    # first, as most units with a year hold none, and the regexes try a date at every position.
    needs: tuple[re.Pattern[str] | None, ...]


@dataclass(frozen=True, slots=True)
class _Data:
    langs: dict[str, _Lang]
    all_months: frozenset[str]
    bad_before: re.Pattern[str]
    bad_after: re.Pattern[str]
    name_before: re.Pattern[str]


def _point_pattern(t: dict[str, Any], named: bool) -> str:
    """A date or year, optionally qualified: "2022", "mars 2022", "1er janvier 2022", "fin 2025"."""

    def g(name: str, pat: str) -> str:
        return f"(?P<{name}>{pat})" if named else f"(?:{pat})"

    months = cue_regex(t["months"])
    ords = "|".join(re.escape(o) for o in sorted(t["ordinals"], key=len, reverse=True))
    ordinal = f"(?:{ords})?" if ords else ""
    conn = cue_regex(t["date_connectors"])
    day = rf"(?<!\d){_DAY}(?!\d)"
    iso = rf"{g('iy', _YEAR)}-{g('im', _MON)}-{g('id', _DAY)}(?!\d)"
    numeric = rf"{g('nd', day)}[./-]{g('nm', _MON)}[./-]{g('ny', _YEAR)}"
    textual = (
        rf"(?:{g('td', day)}{ordinal}\.?\s*(?:{conn}\s*)?)?"
        rf"{g('tm', months)}(?:\.\s*|,?\s+)(?:{conn}\s*)?{g('ty', _YEAR)}"
    )
    month_day = rf"{g('um', months)}\.?\s*{g('ud', day)}{ordinal},?\s+{g('uy', _YEAR)}"
    month = rf"(?<!\d){_MON}"
    month_year = rf"{g('mm', month)}[./]{g('my', _YEAR)}"
    qual = cue_regex(t["qualifiers"] + t["end_markers"])
    return (
        rf"(?:{g('q', qual)}[\s-]*)?"
        rf"(?:{iso}|{numeric}|{textual}|{month_day}|{month_year}|{g('y', _YEAR)})"
    )


def _build_lang(code: str, table: dict[str, Any], common: dict[str, Any]) -> _Lang:
    keys = [
        "ordinals",
        "date_connectors",
        "qualifiers",
        "end_markers",
        "range_from",
        "range_to",
        "between",
        "and",
        "until",
        "since",
        "duration_intro",
        "dashes",
    ]
    t: dict[str, Any] = {k: list(common.get(k, [])) + list(table.get(k, [])) for k in keys}
    t["months"] = {**common.get("months", {}), **table.get("months", {})}
    units = {norm_cue(k): int(v) for k, v in table.get("duration_units", {}).items()}
    numbers = {norm_cue(k): int(v) for k, v in table.get("number_words", {}).items()}

    P = _point_pattern(t, named=False)  # noqa: N806 - reads like the grammar symbol
    a, b = f"(?P<a>{P})", f"(?P<b>{P})"
    dash = "(?:" + "|".join(re.escape(d) for d in t["dashes"]) + ")"
    w = {k: cue_regex(t[k]) for k in keys if k != "dashes"}
    num = rf"(?P<n>\d{{1,3}}|{cue_regex(table.get('number_words', {}))})"
    unit = rf"(?P<u>{cue_regex(table.get('duration_units', {}))})"
    span = rf"(?:{w['duration_intro']}\s*)?{num}[\s-]*{unit}"
    ords = "|".join(re.escape(o) for o in sorted(t["ordinals"], key=len, reverse=True))
    day_month = rf"(?<!\d){_DAY}(?:{ords})?\.?\s*{cue_regex(t['months'])}"
    month_only = rf"{cue_regex(t['months'])}\.?"
    g = r"(?<!\w)"
    # (kind, regex, the part of it that every match holds, if one is worth searching for first)
    sources = [
        ("point", rf"{g}{a}", None),
        ("dash", rf"{g}{a}\s*{dash}\s*{b}", dash),
        # "2023/24", "2024/2025": a school or financial year, which ends in the next year
        ("short", rf"{g}(?P<y1>{_YEAR})(?:(?:{dash}|/)(?P<yy>\d\d)|/(?P<yyyy>{_YEAR}))(?!\d)", None),
        # "2016/17 - 2020/21", "2019/20 to 2022/23": such years from the first to the last
        (
            "shorts",
            rf"{g}(?P<y1>{_YEAR})/(?:\d\d|{_YEAR})\s*(?:{dash}|{w['range_to']})\s*"
            rf"(?P<y3>{_YEAR})/(?P<yy>\d\d|{_YEAR})(?!\d)",
            "/",
        ),
        ("pair", rf"{g}(?:{w['range_from']}\s*)?{a}\s*,?\s*{w['range_to']}\s*{b}", w["range_to"]),
        ("pair", rf"{g}{w['between']}\s*{a}\s*{w['and']}\s*{b}", w["between"]),
        # "du 1er janvier au 31 décembre 2024", "vom 1. März bis 31. Oktober 2025": a first day
        # without its year, which the last day's gives
        ("inyear", rf"{g}{w['range_from']}\s*{day_month}\s*,?\s*{w['range_to']}\s*{b}", w["range_to"]),
        # "entre avril et décembre 2024", "von April bis Dezember 2024": a first month without its year
        ("inyear", rf"{g}{w['range_from']}\s*{month_only}\s*{w['range_to']}\s*{b}", w["range_to"]),
        ("inyear", rf"{g}{w['between']}\s*{month_only}\s*{w['and']}\s*{b}", w["between"]),
        ("and", rf"{g}(?P<list>{_YEAR}(?:\s*,\s*{_YEAR})*)\s*,?\s*{w['and']}\s*(?P<b>{_YEAR})", w["and"]),
        ("until", rf"{g}{w['until']}\s*{a}", w["until"]),
        ("from", rf"{g}{w['since']}\s*{a}", w["since"]),
        ("duration", rf"{g}{span}\s*,?\s*{w['since']}\s*{a}", w["since"]),
        ("duration", rf"{g}{w['since']}\s*{a}\s*,?\s*{span}", w["since"]),
    ]
    return _Lang(
        code=code,
        months={norm_cue(k): int(v) for k, v in t["months"].items()},
        end_markers=frozenset(norm_cue(x) for x in t["end_markers"]),
        numbers=numbers,
        units=units,
        point_re=compile_cached(_point_pattern(t, named=True), re.IGNORECASE),
        regexes=tuple((kind, compile_cached(src, re.IGNORECASE)) for kind, src, _ in sources),
        # (under the regexes' own flag, so a part is found wherever a match holds it)
        needs=tuple(None if part is None else re.compile(part, re.IGNORECASE) for _, _, part in sources),
    )


@cache
def _data() -> _Data:
    with PATTERNS_FILE.open("rb") as fh:
        raw = tomllib.load(fh)
    common = raw.get("common", {})
    langs = {code: _build_lang(code, table, common) for code, table in raw.items() if code != "common"}

    def union(key: str) -> list[str]:
        return [x for table in raw.values() for x in table.get(key, [])]

    markers = cue_regex(union("page_markers") + union("number_markers"))
    # What may not stand right before a number for it to be a year: more digits (phone numbers,
    # "516/2014", the right half of a rejected range), a letter-dash ("B-2000"), "+", a marker.
    bad_before = (
        r"(?:\d[.,/]|/|\d[ \u00a0]?[-–—][ \u00a0]?|[^\W\d_]-|\d[ \u00a0]|\+|"
        rf"{markers}\s*)\Z"
    )
    # ... and right after: a decimal part, "/1147", "-2045" (a rejected range), a letter, "%".
    bad_after = r"\A(?:[.,/]\d|[-–—]\d|[ \u00a0][-–—][ \u00a0]?\d{4}(?!\d)|\w|[ \u00a0]?%)"
    return _Data(
        langs=langs,
        all_months=frozenset(m for lang in langs.values() for m in lang.months),
        bad_before=re.compile(bad_before, re.IGNORECASE),
        bad_after=re.compile(bad_after),
        name_before=re.compile(rf"{cue_regex(union('name_prefixes'))}\s*\Z", re.IGNORECASE),
    )


def _parse_point(lang: _Lang, s: str) -> _Point | None:
    m = lang.point_re.fullmatch(s)
    if not m:
        return None
    gd = m.groupdict()
    for yk, mk, dk in (
        ("iy", "im", "id"),
        ("ny", "nm", "nd"),
        ("ty", "tm", "td"),
        ("uy", "um", "ud"),
        ("my", "mm", None),
        ("y", None, None),
    ):
        if gd.get(yk):
            month_text = gd.get(mk) if mk else None
            if month_text is None:
                month = None
            elif month_text.isdigit():
                month = int(month_text)
            else:
                month = lang.months.get(norm_cue(month_text))
            q = gd.get("q")
            return _Point(
                year=int(gd[yk]),
                month=month,
                full_date=bool(dk and gd.get(dk)),
                end_marker=bool(q) and norm_cue(q) in lang.end_markers,
            )
    return None


def _range_ok(start: int, end: int, max_span: int = MAX_SPAN) -> bool:
    return MIN_YEAR <= start <= end <= MAX_YEAR and end - start <= max_span


def _interpret(kind: str, m: re.Match[str], lang: _Lang) -> tuple[str, int | None, int | None] | None:
    """(kind, start_year, end_year) for one regex match, or None when it is not a period."""
    gd = m.groupdict()
    pa = _parse_point(lang, gd["a"]) if gd.get("a") else None
    pb = _parse_point(lang, gd["b"]) if gd.get("b") and kind != "and" else None
    if kind == "point" and pa:
        if pa.full_date:
            return ("date", None, None)  # kept only to shadow the year inside it, then dropped
        return ("until", None, pa.year) if pa.end_marker else ("year", pa.year, pa.year)
    if kind in ("dash", "pair") and pa and pb:
        return ("range", pa.year, pb.year) if _range_ok(pa.year, pb.year) else None
    if kind == "inyear" and pb:
        return ("range", pb.year, pb.year)
    if kind == "short" and gd["yyyy"]:
        # ("2024/2025": one school or financial year; "2022/2025" is ambiguous, no span)
        y1, y2 = int(gd["y1"]), int(gd["yyyy"])
        return ("range", y1, y2) if y2 == y1 + 1 else None
    if kind in ("short", "shorts"):
        y1, y3 = int(gd["y1"]), int(gd.get("y3") or gd["y1"])
        yy = int(gd["yy"][-2:])
        y2 = y3 - y3 % 100 + yy
        if y2 <= y3:
            y2 += 100  # "1999/00"
        return ("range", y1, y2) if _range_ok(y1, y2) else None
    if kind == "and":
        years = [int(y) for y in re.findall(r"\d{4}", gd["list"])] + [int(gd["b"])]
        increasing = all(x < y for x, y in pairwise(years))
        if increasing and _range_ok(years[0], years[-1], MAX_AND_GAP):
            return ("range", years[0], years[-1])
        return None
    if kind == "until" and pa:
        return ("until", None, pa.year)
    if kind == "from" and pa:
        return ("from", pa.year, None)
    if kind == "duration" and pa:
        n_text = norm_cue(gd["n"])
        n = int(n_text) if n_text.isdigit() else lang.numbers.get(n_text)
        per = lang.units.get(norm_cue(gd["u"]))
        if not n or not per:
            return None
        # Index of the last month covered, counting months from year 0.
        last = pa.year * 12 + ((pa.month or 1) - 1) + n * per - 1
        end_year = last // 12
        return ("duration", pa.year, end_year) if _range_ok(pa.year, end_year) else None
    return None


def _bad_context(text: str, start: int, end: int, kind: str) -> bool:
    data = _data()
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    if text[start].isdigit():
        if data.bad_before.search(before):
            return True
        # Postal code: at a line start or after a comma, followed by a capitalised place name
        # ("2000 Antwerpen") or a Dutch postcode's letters ("2011 VA Haarlem").
        head = before.rstrip(" \t\u00a0")
        if (not head and start <= len(before)) or (head and head[-1] in "\n,;"):
            word = re.match(r"[ \u00a0]+([^\W\d_][\w'’-]*)", after)
            if word and word.group(1)[0].isupper() and norm_cue(word.group(1)) not in data.all_months:
                return True
    if text[end - 1].isdigit() and data.bad_after.search(after):
        return True
    return kind == "year" and bool(data.name_before.search(before))


def find_periods(text: str, lang: str | None = None) -> list[PeriodMention]:
    """All period mentions in ``text``, sorted by start; overlaps resolved longest-leftmost."""
    if not _YEAR_RE.search(text):
        return []  # every mention contains a year; skip the heavy regexes
    data = _data()
    code = base_lang(lang)
    langs = [data.langs[code]] if code in data.langs else list(data.langs.values())
    # Money and percentages are never periods ("2025 €", "2020 %").
    taken = SpanSet(
        [(a.start, a.end) for a in find_amounts(text, lang)] + [(p.start, p.end) for p in find_percentages(text, lang)]
    )

    cands: dict[tuple[int, int], tuple[str, int | None, int | None]] = {}
    present: dict[re.Pattern[str], bool] = {}  # whether the text holds a regex's needed part
    for lg in langs:
        for (kind, regex), need in zip(lg.regexes, lg.needs, strict=True):
            if need is not None:
                if need not in present:
                    present[need] = need.search(text) is not None
                if not present[need]:
                    continue  # no match can lack it
            for m in regex.finditer(text):
                s, e = m.span()
                got = _interpret(kind, m, lg)
                if got is None or _bad_context(text, s, e, got[0]):
                    continue
                if taken.overlaps(s, e):
                    continue
                prev = cands.get((s, e))
                if prev is None or _RANK[got[0]] < _RANK[prev[0]]:
                    cands[(s, e)] = got

    chosen: list[tuple[int, int, tuple[str, int | None, int | None]]] = []
    spans = SpanSet()
    by_preference = sorted(cands.items(), key=lambda it: (it[0][0] - it[0][1], it[0][0], _RANK[it[1][0]]))
    for (s, e), got in by_preference:
        if not spans.overlaps(s, e):
            spans.add(s, e)
            chosen.append((s, e, got))
    return [PeriodMention(sy, ey, kind, s, e, text[s:e]) for s, e, (kind, sy, ey) in sorted(chosen) if kind != "date"]


def span_alone(text: str, lang: str | None = None) -> tuple[int, int] | None:
    """The years of a text that is one span of dates and nothing else ("07/2024 – 06/2027", "Dal 1°
    luglio 2023 al 31 dicembre 2025"); None for any other text."""
    words = text.strip().strip(" .")
    periods = find_periods(words, lang) if words else []
    if len(periods) != 1 or periods[0].kind != "range" or len(periods[0].text) < len(words) - 3:
        return None
    start, end = periods[0].start_year, periods[0].end_year
    return (start, end) if start is not None and end is not None else None


def all_months() -> frozenset[str]:
    """The months' names and short forms in every language, folded as `norm_cue` folds them."""
    return _data().all_months


def names_a_day(text: str) -> bool:
    """Whether `text` holds a day of a month ("31 december", "le 1er mars", "am 3. Mai"): a date,
    which names no project or organisation."""
    words = re.findall(r"[^\W\d_]+|\d+", text)
    months = _data().all_months
    return any(w.isdigit() and len(w) <= 2 and norm_cue(n) in months for w, n in pairwise(words))
