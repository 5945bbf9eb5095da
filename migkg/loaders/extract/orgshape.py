"""Organisation names the reference data does not know, found by their shape.

Most organisations that run projects are in no list: a municipality, a foundation, a regional
labour office. Their names are still built like organisation names, in every language:

- a capitalised phrase around an organisation head noun: "Ministry for Health", "Civil Registry and
  Migration Department", "Hope for Children Foundation";
- a head that takes the name after it, even in lower case: "stad Mechelen", "comune di Palermo";
- a German compound ending in a head: "Landeskriminalamt", "Caritasverband";
- a long form defined by its acronym in parentheses, either way round: "Centraal Orgaan opvang
  asielzoekers (COA)", "CBAR (Comité belge d'aide aux réfugiés)", matched letter by letter as in
  Schwartz and Hearst's algorithm (PSB 2003); the acronym's later uses are the same organisation;
- the page's owner: a name or acronym in the text that spells the site's host name ("VBJK" on
  vbjk.be, "Refugee Council" on refugeecouncil.org.uk).

The head nouns, connectors and stop words are per-language data in patterns/organisations.toml.
The finder is deliberately generous: whether a name runs a project is decided later, from its
context; here it only has to be an organisation.
"""

from __future__ import annotations

import bisect
import re
import tomllib
import unicodedata
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlparse

from migkg.loaders.extract.amounts import currency_codes

PATTERNS_FILE = Path(__file__).resolve().parent.parent / "patterns" / "organisations.toml"

# A word: letters or digits, with inner apostrophes, hyphens, dots and ampersands ("l'Intérieur",
# "Sint-Katelijne-Waver", "e.V", "I.C.S"); a possessive "'s" ends it ("the Interior Ministry's
# funds": the name is "Interior Ministry", and a possessive joins no name to the next word).
TOKEN = re.compile(r"[^\W_](?:[\w&]|['’](?![sS]\b)(?=[^\W_])|[.\-](?=[^\W_]))*")
# What may stand between two words of one name: spaces, an "&", a dash without spaces; not a dash
# between spaces, which separates ("Crosscare – Migrant Information Hub, Dublin: €612,000"), nor a
# tab, which separates a flattened table's cells ("Caritas Pfalz<tab>Brückenjob Pflege"), nor a
# run of three spaces or more, which separates a menu's items ("Themen   Services   Ministerium").
# The words after a compound's part whose hyphen holds its head over ("Sprach- und Kulturvermittlung")
_SUSPENDING = frozenset({"und", "oder", "bzw", "sowie", "en", "of"})
_JOINS = re.compile(r"[ \u00a0]{0,2}(?:&[ \u00a0]{0,2})?|[-–]")
# (a département's number may follow a French body's acronym: "(CIDFF 27)", "(UDAF 2A)"; not a
# budget line's: "(BOP 104)")
ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,11})(?:[^\S\n]+(?:\d\d|97\d|2[AB]))?\s*\)")
ELIDED = re.compile(r"^[^\W\d_]{1,4}['’]([^\W\d_])")
# An elided article or preposition glued to the next word: "l'Université", "dell'Istituto".
# A saint's abbreviation, a place's first word ("St. Gallen", "Ste. Foy", "Sta. Maria"): its full stop
# ends no name and no clause
SAINT_ABBREVIATIONS = ("St", "Ste", "Sta")
AFTER_SAINT = "".join(rf"(?<!\b{s})" for s in SAINT_ABBREVIATIONS)  # a regex's look-behind: not after one
_ELIDED_PREFIX = re.compile(r"^(?:l|d|dell|nell|sull|all|dall|un|qu)'(?=[^\W\d_])")  # folded words
MAX_WORDS = 10
_ADJECTIVE = re.compile(r"(?:e|er|es|en|em|isch|ische|ischen|ischer|isches)$")  # German adjective endings


@dataclass(frozen=True)
class ShapeName:
    """An organisation name found by its shape: where it is, its name, and how it was found."""

    start: int
    end: int
    name: str
    rule: str  # "head", "prefix", "compound", "acronym", "owner"
    acronym: str | None = None
    uses: tuple[tuple[int, int], ...] = ()  # later uses of the acronym, as (start, end)


@dataclass(frozen=True)
class _Shapes:
    heads: tuple[tuple[str, ...], ...]
    prefix_heads: tuple[tuple[str, ...], ...]
    suffix_heads: tuple[str, ...]
    common_compounds: frozenset[str]  # common nouns that end like a head: "Handwerk", "Ehrenamt"
    plural_heads: tuple[tuple[str, str], ...]  # (plural, singular)
    post_heads: frozenset[str]
    group_nouns: tuple[str, ...]
    people_nouns: frozenset[str]
    locatives: frozenset[str]
    connectors: frozenset[str]
    coordinators: frozenset[str]
    stop_words: frozenset[str]
    tail_stops: frozenset[str]  # verbs that end a lower-case tail
    place_adjectives: frozenset[str]  # "wallonne", "siciliana": they end a government's name
    instrument_heads: frozenset[str]  # "Contrat", "Sistema": an acronym's long form that names no body
    instrument_endings: tuple[str, ...]  # "-beratung", "-programm": a compound naming a service or scheme
    apposed: re.Pattern[str] | None  # ", a small charity": a kind of body set beside a name
    kind_heads: frozenset[str]  # "Verein", "Träger": a kind of body, no name after a town's adjective
    place_prefix: re.Pattern[str]  # "stad", "comune": a place's name follows (folded text)
    purpose_words: frozenset[str]  # "für", "pour": a purpose after a place's name ends it
    project_words: frozenset[str]  # "project", "projet": a connector does not lead into a project's name
    place_name_ends: frozenset[str]  # the purpose words and every language's "and"
    tail: bool  # names take a lower-case tail after the head
    nouns_capitalised: bool  # every noun is capitalised: extend left over adjectives only


# Nouns of money given, which open a payer's line and never a body's name (folded).
_FUNDING_NOUNS = frozenset(
    {
        "cofinancement",
        "financement",
        "subvention",
        "cofinanciering",
        "financiering",
        "subsidie",
        "funding",
        "co-funding",
        "cofunding",
        "co-financing",
        "cofinancing",
        "kofinanzierung",
        "finanzierung",
        "forderung",
        "cofinanziamento",
        "finanziamento",
        "contributo",
        # the share of a sum a body gives ("Quota Comune", "Anteil Land", "Part Région")
        "quota",
        "anteil",
        "aandeel",
        "share",
    }
)

# A German adjective made of a town's name: "Grazer", "Greifswalder", "Kölner".
_TOWN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+er")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: how names are compared (memoised: words repeat)."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return text.lower().replace("’", "'")


def is_word_char(ch: str) -> bool:
    """Whether `\\w` of a str regex matches the character (the same test as the regex engine's)."""
    return ch.isalnum() or ch == "_"


def literal_starts(text: str, literal: str, *, bounded_by: str | None = None) -> list[int]:
    """Where `literal` occurs in `text`, left to right and not overlapping, as
    `re.finditer(re.escape(literal), text)` finds it: a name's uses found without compiling a
    regex per name (such patterns overflow `re`'s cache, which then compiles the cue patterns
    again). With `bounded_by`, an occurrence counts only where the characters either side are
    neither word characters nor in `bounded_by`, as `(?<![\\w-])literal(?![\\w-])` for "-"."""
    if not literal:
        raise ValueError("literal_starts needs a non-empty literal")
    out = []
    at = text.find(literal)
    while at >= 0:
        end = at + len(literal)
        if bounded_by is not None and (
            (at > 0 and (is_word_char(text[at - 1]) or text[at - 1] in bounded_by))
            or (end < len(text) and (is_word_char(text[end]) or text[end] in bounded_by))
        ):
            at = text.find(literal, at + 1)
            continue
        out.append(at)
        at = text.find(literal, end)
    return out


@cache
def _patterns() -> dict:
    with PATTERNS_FILE.open("rb") as fh:
        return tomllib.load(fh)


@cache
def network_names() -> frozenset[str]:
    """The bare names of networks with a branch in many places ("Caritas", "Croix-Rouge"), folded:
    the heads every language shares."""
    return frozenset(fold(h) for h in _patterns()["common"]["heads"])


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(t) for t in TOKEN.findall(phrase.replace("’", "'")))


def opens_with_head(name: str, lang: str | None) -> bool:
    """Whether a name opens with an organisation's head noun ("Centre Public d'Action Sociale",
    "Ville de Namur"), not only ends like one's."""
    shapes = shapes_for(lang)
    words = _words(name)
    return any(words[: len(h)] == h for h in (*shapes.heads, *shapes.prefix_heads))


def ends_with_head(name: str, lang: str | None) -> bool:
    """Whether a name ends with an organisation's head noun ("Central Project Management Agency")."""
    words = _words(name)
    return any(len(h) < len(words) and words[-len(h) :] == h for h in shapes_for(lang).heads)


@cache
def shapes_for(lang: str | None) -> _Shapes:
    """The shapes of one language plus the common ones; an unknown language gets all languages'
    heads (a name is a name), but only the common connectors."""
    raw = _patterns()
    every = [raw[k] for k in raw]  # names travel: "Volkshochschule Aachen" in a Dutch text
    langs = [lang] if lang in raw else [k for k in raw if k != "common"]
    tables = [raw["common"], *(raw[k] for k in langs)]

    def collect(key: str, source: list[dict] = tables) -> list[str]:
        return [v for t in source for v in t.get(key, [])]

    connectors = collect("connectors") if lang in raw else raw["common"]["connectors"]
    purpose = frozenset(fold(w) for w in raw["common"].get("purpose_words", []))
    plural: dict[str, str] = {}
    for table in tables:
        plural.update(table.get("plural_heads", {}))
    return _Shapes(
        heads=tuple(sorted({_words(h) for h in collect("heads", every)}, key=len, reverse=True)),
        prefix_heads=tuple(sorted({_words(h) for h in collect("prefix_heads", every)}, key=len, reverse=True)),
        suffix_heads=tuple(sorted({fold(s) for s in collect("suffix_heads", every)}, key=len, reverse=True)),
        common_compounds=frozenset(fold(w) for w in collect("common_compounds", every)),
        plural_heads=tuple(plural.items()),
        post_heads=frozenset(fold(w) for w in collect("post_heads")),
        group_nouns=tuple(collect("group_nouns")),
        people_nouns=frozenset(fold(w) for w in collect("people_nouns", every)),
        # (not a word that joins in the language: French "en" is Dutch "and", "AMIF en gemeente X")
        locatives=frozenset(fold(w) for w in raw["common"].get("locatives", []))
        - {fold(c) for c in collect("coordinators")},
        connectors=frozenset(fold(c) for c in connectors),
        coordinators=frozenset(fold(c) for c in collect("coordinators")),
        stop_words=frozenset(fold(s) for s in collect("stop_words")),
        tail_stops=frozenset(fold(s) for s in collect("tail_stops")),
        place_adjectives=frozenset(fold(s) for s in collect("place_adjectives")),
        instrument_heads=frozenset(fold(s) for s in raw["common"].get("instrument_heads", [])),
        instrument_endings=tuple(fold(s) for s in raw["common"].get("instrument_endings", [])),
        apposed=_apposed_regex(raw["common"].get("apposed_articles", []), raw["common"].get("apposed_kinds", [])),
        kind_heads=frozenset(fold(s) for s in collect("kind_heads")),
        place_prefix=re.compile(
            "(?:" + "|".join(re.escape(fold(w)) for w in raw["common"].get("place_prefixes", [])) + r")\b"
        ),
        purpose_words=purpose,
        project_words=frozenset(fold(w) for w in raw["common"].get("project_words", [])),
        place_name_ends=purpose | {fold(c) for k, t in raw.items() if k != "common" for c in t.get("coordinators", [])},
        tail=lang in raw["common"]["tail_languages"],
        nouns_capitalised=lang in raw["common"]["noun_capitalising"],
    )


class _Tokens:
    """The words of a text with their offsets, and whether a phrase may run from one to the next."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        self.ends = [e for _, e in self.spans]  # sorted: words do not overlap
        self.words = [text[a:b] for a, b in self.spans]
        # (Italian "è", "is", keeps its accent: folded it would be "e", "and", a name's connector)
        self.folded = [w.lower() if w in ("è", "È") else fold(w) for w in self.words]
        # Each word without an elided article before it: a head noun is found behind one
        # ("par l'Université de Lille"; the name itself drops the article, `_without_article`).
        self.bare = [_ELIDED_PREFIX.sub("", w) for w in self.folded]

    def __len__(self) -> int:
        return len(self.spans)

    def joined(self, i: int) -> bool:
        """Whether word i and word i+1 can belong to one name (nothing but spaces between them); the
        last word joins nothing."""
        if i + 1 >= len(self.spans):
            return False
        gap = self.text[self.spans[i][1] : self.spans[i + 1][0]]
        if gap in ("- ", "-\u00a0") and self.folded[i + 1] in _SUSPENDING:
            return True  # "Verein für Sprach- und Kulturvermittlung": a compound's first part, held over
        if gap in (". ", ".\u00a0") and self.words[i] in SAINT_ABBREVIATIONS and self.words[i + 1][:1].isupper():
            return True  # "Kanton St. Gallen", "Stadt St. Pölten": a saint's name in a place's
        return _JOINS.fullmatch(gap) is not None

    def capitalised(self, i: int) -> bool:
        w = self.words[i]
        if w[:1].isupper():
            return True
        m = ELIDED.match(w)  # "l'Intérieur", "dell'Interno"
        return bool(m and m.group(1).isupper())

    def caps_connector(self, i: int, shapes: _Shapes) -> bool:
        """Whether word i is a connector written in capitals between words in capitals: "MAISON DES
        LANGUES", "CARITASVERBAND FÜR DIE STADT X" (a name in a heading set in capitals)."""
        if not (0 < i < len(self.words) - 1) or self.folded[i] not in shapes.connectors:
            return False
        return all(len(w) > 1 and w.isupper() for w in self.words[i - 1 : i + 2])

    def sentence_initial(self, i: int) -> bool:
        if i == 0:
            return True
        gap = self.text[self.spans[i - 1][1] : self.spans[i][0]]
        return bool(re.search(r"[.!?:\n•]\s*$", gap)) or "\n" in gap

    def matches(self, i: int, phrase: tuple[str, ...]) -> bool:
        k = len(phrase)
        if i + k > len(self.folded) or self.bare[i] != phrase[0] or tuple(self.folded[i + 1 : i + k]) != phrase[1:]:
            return False
        return all(self.joined(j) for j in range(i, i + k - 1))


def _trim(tokens: _Tokens, a: int, b: int, shapes: _Shapes) -> tuple[int, int]:
    """Drop connectors and stop words at the ends of the word range [a, b)."""
    while a < b and (tokens.folded[a] in shapes.connectors or tokens.folded[a] in shapes.stop_words):
        a += 1
    while b > a and tokens.folded[b - 1] in shapes.connectors:
        b -= 1
    return a, b


# A percent sign or word: what follows a share's number ("20 %", "20 Prozent")
SHARE_WORD = re.compile(r"(?:%|per ?cent\b|procent\b|Prozent\b|pour ?cent\b|per cento\b)", re.I)
_SHARE_AFTER = re.compile(r"\s*" + SHARE_WORD.pattern, re.I)


def _a_share(tokens: _Tokens, i: int) -> bool:
    """Whether word i is a number that a percent sign or word follows: a share, no name's part."""
    return _SHARE_AFTER.match(tokens.text, tokens.spans[i][1]) is not None


# An article that, alone between two capitalised words, starts a new name rather than joining one
# (English and Dutch: "startte Welzijnszorg Kempen het Welkomstnetwerk Kempen", the subject, then the
# object; "Caritas der Diözese Graz-Seckau" joins in German, and the Dutch "Huis van het Nederlands"
# after its preposition).
_LONE_ARTICLES = frozenset({"the", "het"})


def _extend_right(tokens: _Tokens, b: int, shapes: _Shapes, limit: int, *, place: bool = False) -> int:
    """Past the head: capitalised words, and connectors followed by a capitalised word (not "and"
    after a place's name: `place`)."""
    while b < len(tokens) and b < limit and tokens.joined(b - 1):
        if place and (tokens.folded[b] in shapes.coordinators or tokens.folded[b] in shapes.purpose_words):
            break
        capitalised = tokens.capitalised(b) and not tokens.caps_connector(b, shapes)
        # (a number is a name's, "Stichting Vluchtelingenwerk 2000", not a share after it: "City
        # of X 20 % (EUR ...)")
        numbered = tokens.words[b][:1].isdigit() and tokens.capitalised(b - 1) and not _a_share(tokens, b)
        if capitalised or numbered:
            if tokens.folded[b] in shapes.stop_words and tokens.folded[b - 1] not in shapes.connectors:
                break
            b += 1
            continue
        # Up to two connectors ("de la", "of the") before the next capitalised word; "and" only
        # right before it ("Education and Employment", not "X and the Y", which is two names).
        k = b
        while k < len(tokens) and k < b + 2 and tokens.folded[k] in shapes.connectors and tokens.joined(k):
            k += 1
        if k - b == 1 and tokens.folded[b] in _LONE_ARTICLES:
            break  # "the United Kingdom the Home Office": an article alone joins no name's words
        if (
            place
            and k - b == 1
            and tokens.folded[b] in ("de", "het", "der", "die", "das")
            and not _is_head(tokens, b - 1, shapes)
        ):
            break  # "voert gemeente Maashorst de Wet inburgering uit": the town's name ends, an object follows
        coordinated = any(tokens.folded[j] in shapes.coordinators for j in range(b, k))
        # ("Oranje Fonds en Kansfonds": two funds, the second a compound named by its ending)
        # (or an acronym of its own: "Huis van het Nederlands Vlaams-Brabant en CAW Oost-Brabant")
        second_head = k < len(tokens) and (
            _is_head(tokens, k, shapes)
            or (tokens.capitalised(k) and _is_compound(tokens, k, shapes))
            or re.fullmatch(r"[A-Z]{3,6}", tokens.words[k]) is not None
        )
        if coordinated and (k - b > 1 or second_head):
            break
        if k > b and k < len(tokens) and tokens.capitalised(k) and tokens.joined(k - 1):
            # (not into a project's name: "Home Office for the New Roots Nottingham project")
            run = k + 1
            while run < len(tokens) and tokens.joined(run - 1) and tokens.capitalised(run):
                run += 1
            if run < len(tokens) and tokens.joined(run - 1) and tokens.folded[run] in shapes.project_words:
                break
            b = k + 1
            continue
        break
    return _complement_list(tokens, b, shapes)


def _complement_list(tokens: _Tokens, b: int, shapes: _Shapes) -> int:
    """Past a list of one-word complements after a head's connector: "Ministerium für Soziales,
    Arbeit, Gesundheit und Gleichstellung", "Department of Children, Equality, Disability,
    Integration and Youth" (not names of their own: no capitals only, no heads)."""
    if b < 2 or b >= len(tokens) or tokens.folded[b - 2] not in shapes.connectors:
        return b
    if tokens.folded[b - 2] in shapes.coordinators:
        return b

    def gap(k: int) -> str:
        return tokens.text[tokens.spans[k - 1][1] : tokens.spans[k][0]]

    def complement(k: int) -> bool:
        w = tokens.words[k]
        return tokens.capitalised(k) and not w.isupper() and not _is_head(tokens, k, shapes)

    def linked(k: int) -> int:
        # the complement at k, or after its own connectors ("des Solidarités", "de l'Accueil"):
        # where the complement ends, or 0
        j = k
        while j < len(tokens) and j < k + 2 and tokens.folded[j] in shapes.connectors and tokens.joined(j):
            if tokens.folded[j] in shapes.coordinators:
                return 0
            j += 1
        if j >= len(tokens) or not tokens.capitalised(j) or tokens.words[j].isupper():
            return 0
        # (a head after its connector is a complement too: "et de l'Accueil" starts no name)
        if j == k and not complement(j):
            return 0
        # and one lower-case word of the complement's before the next comma or "and" ("du Vivre
        # ensemble et de l'Accueil")
        nxt = j + 1
        if (
            j > k
            and nxt + 1 < len(tokens)
            and tokens.joined(j)
            and not tokens.capitalised(nxt)
            and tokens.folded[nxt] not in shapes.connectors
            and (tokens.folded[nxt + 1] in shapes.coordinators or re.fullmatch(r",[ \t]*", gap(nxt + 1)))
        ):
            return nxt + 1
        return j + 1

    k, items = b, 0
    while k < len(tokens) and items < 5 and re.fullmatch(r",[ \t]*", gap(k)) and (end := linked(k)):
        k, items = end, items + 1
    # the last one after "and" (an Oxford comma allowed): "..., Integration and Youth", "... et de
    # l'Accueil"
    if (
        items
        and k + 1 < len(tokens)
        and re.fullmatch(r",?[ \t]+", gap(k))
        and tokens.folded[k] in shapes.coordinators
        and (end := linked(k + 1))
    ):
        return end
    return b


@cache
def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, longest first: a token is tried only against its own phrases."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def _is_head(tokens: _Tokens, i: int, shapes: _Shapes) -> bool:
    word = tokens.bare[i]
    return any(tokens.matches(i, p) for p in _by_first_word(shapes.heads).get(word, ())) or any(
        tokens.matches(i, p) for p in _by_first_word(shapes.prefix_heads).get(word, ())
    )


def _is_compound(tokens: _Tokens, i: int, shapes: _Shapes) -> bool:
    """Whether word i is a one-word compound that names an organisation by its ending: "Kansfonds",
    "Landesamtes", "VSBfonds" (an acronym before the ending counts as its first part)."""
    w = tokens.folded[i]
    # (a German genitive ends in -s or -es: "des Caritasverbands", "des Landesamtes")
    stem = re.sub(r"e?s$", "", w) if shapes.nouns_capitalised else w
    if stem in shapes.common_compounds:
        return False
    word = tokens.words[i]
    for x in {w, stem}:
        for s in shapes.suffix_heads:
            if not x.endswith(s):
                continue
            first = word[: len(x) - len(s)]  # ("EU-Fonds" is the Union's funds: no acronym of a name)
            if len(x) > len(s) + 3 or (len(first) >= 2 and first.isalpha() and first.isupper()):
                return True
    return False


# Relative pronouns of the languages whose names take a lower-case tail (French, Italian).
_RELATIVES = frozenset({"che", "cui", "quale", "quali", "qui", "que", "dont", "lequel", "laquelle", "lesquels"})


_COPULAS = frozenset({"è", "sono", "era", "erano", "est", "sont", "etait", "is", "are", "was", "were", "ist", "sind"})


def _lower_tail(tokens: _Tokens, k: int, shapes: _Shapes) -> int:
    """After a head in a language that puts complements after it: lower-case words up to a
    capitalised one ("générale des étrangers en France"), else nothing."""
    j = k
    while j < len(tokens) and j < k + 5 and tokens.joined(j - 1):
        if tokens.capitalised(j):
            return j
        word = tokens.folded[j]
        if word in shapes.coordinators or word in _RELATIVES or word in _COPULAS or word in shapes.tail_stops:
            # "l'Unione europea che sostiene gli Stati": a relative clause; "la Regione è Autorità di
            # gestione", "l'Unione europea sostiene gli Stati": a predicate; not the name
            return k
        j += 1
    return k


# the Dutch "of" a name to the left of a head does not cross once two words stand after it ("Taalcafé X
# van Bibliotheek Y"); English names cross theirs ("Our Lady of Mercy Centre")
_OF_WORDS = frozenset({"van"})


def _extend_left(tokens: _Tokens, a: int, shapes: _Shapes, limit: int) -> int:
    """Before the head: capitalised words, and connectors between capitalised words."""
    a0 = a
    while a > 0 and a > limit and tokens.joined(a - 1):
        p = a - 1
        if tokens.folded[p] in _FUNDING_NOUNS:
            break  # "Cofinancement Union européenne – FAMI : 64 320 €": the money, then its payer
        if tokens.caps_connector(p, shapes) and tokens.joined(p - 1):
            a = p - 1  # "ASSOCIATION DE SOUTIEN AUX TRAVAILLEURS IMMIGRÉS ASBL"
            continue
        if tokens.capitalised(p) and tokens.folded[p] not in shapes.stop_words:
            if shapes.nouns_capitalised and not _ADJECTIVE.search(tokens.folded[p]):
                break
            a = p
            continue
        if tokens.folded[p] in _OF_WORDS and (a0 - a >= 1 or (a0 + 1 < len(tokens) and tokens.capitalised(a0 + 1))):
            # "Taalcafé Heerlen-Noord van SCHUNCK Bibliotheek", "... van Bibliotheek Venray": whose a
            # thing is, a name of two words or more after "van"
            break
        if (
            not shapes.nouns_capitalised
            and tokens.folded[p] not in shapes.coordinators
            and tokens.folded[p] in shapes.connectors
            and tokens.folded[p] not in _LONE_ARTICLES
            and p > 0
            and tokens.joined(p - 1)
            and tokens.capitalised(p - 1)
            and tokens.folded[p - 1] not in shapes.stop_words
            and not tokens.sentence_initial(p - 1)  # "Indien het OCMW ...": a clause, not a name
        ):
            a = p - 1
            continue
        break
    return a


# A legal form's short letters after a body's kind: "Onlus", "ETS", "APS", "ODV", "SCS" (not a
# district's number: "Ambito Territoriale Sociale XIX").
_LEGAL_LETTERS = re.compile(r"(?i:onlus)|ETS|APS|ODV|SCS|SRL|ARL|ONG")


def _only_kind_words(tokens: _Tokens, k: int, b: int, prefix_words: frozenset[str], shapes: _Shapes) -> bool:
    """Whether the words from k up to b (or to the first connector) are all words of a body's kind
    or its legal form ("Sociale", "Onlus"): no name follows the head."""
    for j in range(k, b):
        if tokens.folded[j] in shapes.connectors:
            return j > k  # "Cooperativa Sociale Onlus di Parma": where it is, past its kind
        if tokens.folded[j] in prefix_words or _LEGAL_LETTERS.fullmatch(tokens.words[j].strip(".")):
            continue
        return False
    return True


def _head_names(tokens: _Tokens, shapes: _Shapes) -> list[tuple[int, int, str]]:
    """Word ranges of names built around a head noun, a name-taking head, or a compound head."""
    out: list[tuple[int, int, str]] = []
    n = len(tokens)
    i = 0
    prefix_index = _by_first_word(shapes.prefix_heads)
    prefix_words = frozenset(w for phrase in shapes.prefix_heads for w in phrase)
    head_index = _by_first_word(shapes.heads)
    while i < n:
        found = None
        for phrase in prefix_index.get(tokens.bare[i], ()):
            if tokens.matches(i, phrase):
                k = i + len(phrase)
                # the name, or a district's number ("Ambito territoriale sociale 17")
                numbered = k < n and re.fullmatch(r"\d{1,3}", tokens.words[k]) is not None
                # (not a sum's first group: "une participation de Laval Agglomération de 10 000 €")
                numbered = numbered and not (k + 1 < n and re.fullmatch(r"\d{3}\W*|€|EUR|euros?", tokens.words[k + 1]))
                if k < n and tokens.joined(k - 1) and (tokens.capitalised(k) or numbered):
                    if not tokens.capitalised(i) and i > 0 and tokens.folded[i - 1] in shapes.locatives:
                        break  # "en province de Liège", "in provincia di Cuneo": a place
                    place = shapes.place_prefix.match(" ".join(phrase)) is not None
                    b = _extend_right(tokens, k + 1, shapes, i + MAX_WORDS, place=place)
                    if is_not_organisation(" ".join(tokens.words[k:b])):
                        break  # "la politique commune de l'Union européenne": no commune's name
                    a = i
                    if i > 0 and _only_kind_words(tokens, k, b, prefix_words, shapes):
                        # "Mappamondo Cooperativa Sociale Onlus": past the head, only words of its
                        # kind and legal form; the name stands before it
                        a = _extend_left(tokens, i, shapes, i - 4)
                    found = (a, b, "prefix")
                    break
        if found is None:
            for phrase in head_index.get(tokens.bare[i], ()):
                if tokens.matches(i, phrase) and tokens.capitalised(i):
                    k = i + len(phrase)
                    a = _extend_left(tokens, i, shapes, i - 6)
                    if shapes.tail and k < n and not tokens.capitalised(k):
                        k = _lower_tail(tokens, k, shapes)
                    b = _extend_right(tokens, k, shapes, a + MAX_WORDS)
                    # "la Région wallonne", "Province du Brabant wallon", "la Regione siciliana": an
                    # adjective of place, in lower case, ends a government's name
                    placed = b < n and tokens.joined(b - 1) and tokens.folded[b] in shapes.place_adjectives
                    b += placed
                    others = [j for j in range(a, b) if not i <= j < k and tokens.capitalised(j)]
                    # "ein Grazer Verein", "der Greifswalder Verein": a town's adjective and a kind
                    # of body name none
                    of_a_town = (
                        others == [i - 1]
                        and b == k
                        and fold(" ".join(phrase)) in shapes.kind_heads
                        and _TOWN_ADJECTIVE.fullmatch(tokens.words[i - 1]) is not None
                    )
                    if (others or placed) and not of_a_town:
                        found = (a, b, "head")
                    break
        if (
            found is None
            and tokens.folded[i] in shapes.post_heads
            and not tokens.capitalised(i)
            and i > 0
            and tokens.joined(i - 1)
            and tokens.capitalised(i - 1)
        ):
            a = _extend_left(tokens, i - 1, shapes, i - 6)
            found = (a, i, "post")
        # (a sentence's first word is capitalised anyway where nouns are not: "Vrijwilligerswerk is")
        if (
            found is None
            and tokens.capitalised(i)
            and len(tokens.folded[i]) >= 8
            and (shapes.nouns_capitalised or not tokens.sentence_initial(i))
        ) and _is_compound(tokens, i, shapes):
            a = _extend_left(tokens, i, shapes, i - 3)
            if i + 1 < n and tokens.folded[i + 1] in shapes.coordinators and tokens.joined(i):
                b = i + 1  # "Ausländerbehörde und Jobcenter-Schnittstellen": two things, not one name
            else:
                b = _extend_right(tokens, i + 1, shapes, a + MAX_WORDS)
            found = (a, b, "compound")
        if found is not None:
            a, b = _trim(tokens, found[0], found[1], shapes)
            if found[2] == "compound" and b == a + 1 and (tokens.folded[a],) in shapes.prefix_heads:
                b = a  # "der Landkreis", "das Bundesamt": the head of a name, alone; a back reference
            if b > a:
                out.append((a, b, found[2]))
                i = max(i + 1, b)
                continue
        i += 1
    return out


def _long_form(acronym: str, words: list[str]) -> int | None:
    """Schwartz-Hearst: how many of the last words spell the acronym (its letters in order, the first
    at a word's start), or None."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    if len(letters) < 2:
        return None
    text = " ".join(words).lower()
    s, li = len(text) - 1, len(letters) - 1
    while li >= 0:
        c = letters[li]
        while s >= 0 and (text[s] != c or (li == 0 and s > 0 and text[s - 1].isalnum())):
            s -= 1
        if s < 0:
            return None
        s -= 1
        li -= 1
    start = text.rfind(" ", 0, s + 1) + 1
    used = len(text[start:].split())
    # (the small words do not count: "Centre d'information sur les droits des femmes et des familles
    # de l'Eure (CIDFF)" spells five letters with twelve words, six of them small)
    content = sum(len(re.sub(r"^\w{1,2}['’]", "", w)) > 3 for w in text[start:].split())
    return used if used > 0 and content <= min(len(letters) + 5, len(letters) * 2) else None


def spells(short: str, words: list[str]) -> bool:
    """Whether the capitals of `short` spell the last of `words` (Schwartz-Hearst)."""
    capitals = "".join(c for c in short if c.isupper())
    return len(capitals) >= 2 and _long_form(capitals, words) is not None


def _spelt_from_a_start(tokens: _Tokens, a: int, b: int, acronym: str) -> bool:
    """Whether a two-letter acronym's capitals are those of its long form's capitalised words:
    "established by Regulation (EU)" spells E and U, but "EU" is no short form of it. Longer
    acronyms are trusted as Schwartz-Hearst finds them."""
    if len([c for c in acronym if c.isalnum()]) > 2:
        return True
    words = (tokens.words[j] for j in range(a, b) if tokens.capitalised(j))
    initials = "".join(next(c for c in w if c.isupper()) for w in words)
    return initials == acronym.upper()


def _scheme_compound(word: str, shapes: _Shapes) -> bool:
    """Whether a folded word is a compound whose last part is a scheme's noun ("Kantonalen
    Integrationsprogramms (KIP)", "integratieprogramma"): a scheme's name, no body's."""
    return any(
        len(word) >= len(head) + 4 and word.endswith((head, head + "s", head + "es"))
        for head in shapes.instrument_heads
        if len(head) >= 4
    )


def _mostly_capitals(acronym: str) -> bool:
    letters = [c for c in acronym if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 >= len(letters)


def _people(tokens: _Tokens, a: int, b: int, shapes: _Shapes) -> bool:
    """Whether the words from `a` to `b` open with a plural noun of people (one or two words)."""
    first = fold(tokens.words[a])
    two = f"{first} {fold(tokens.words[a + 1])}" if b - a > 1 else first
    return first in shapes.people_nouns or two in shapes.people_nouns


# A document's file type in parentheses after its title ("Guide du bénéficiaire (PDF)").
_FILE_TYPES = frozenset(
    {"PDF", "DOC", "DOCX", "XLS", "XLSX", "ODT", "ODS", "PPT", "PPTX", "RTF", "CSV", "ZIP", "MP3", "MP4"}
)


def _service_for(first: str, second: str, shapes: _Shapes) -> bool:
    """Whether a long form opens on a compound naming a service or a scheme, then whom it is for:
    "Migrationsberatung für erwachsene Zuwanderer", "Landesprogramm für ..." (but "Frauenberatung
    Weinviertel", a counselling centre's name, goes on with its place)."""
    word = fold(first)
    return fold(second) in shapes.purpose_words and any(word.endswith(e) for e in shapes.instrument_endings)


# An acronym a newspaper writes as a word: "Dihal", "Ofii", "Anef".
_TITLE_CASE_ACRONYM = re.compile(r"[A-Z][a-z]{3,5}")


def _acronym_names(text: str, tokens: _Tokens, shapes: _Shapes) -> list[ShapeName]:
    out: list[ShapeName] = []
    schemes: set[str] = set()
    for m in ACRONYM.finditer(text):
        acr = m.group(1).rstrip(".")
        # (a newspaper writes some acronyms as words: "la Délégation interministérielle à
        # l'hébergement et à l'accès au logement (Dihal)", "l'Office ... (Ofii)"; their long form
        # opens with a body's head)
        worded = _TITLE_CASE_ACRONYM.fullmatch(acr) is not None
        if acr in currency_codes():
            continue  # "Hungarian forint (HUF)", "Total cost (PLN)": a currency, no body
        if not worded and (sum(c.isupper() for c in acr) < 2 or acr.isdigit() or not _mostly_capitals(acr)):
            continue  # "(Kfz-Kriminalität)", "(SÄM-Delikte)": a short form of a thing, not an acronym
        # The words right before the parenthesis, in the same phrase.
        last = bisect.bisect_right(tokens.ends, m.start())
        before = range(max(0, last - 12), last)
        run: list[int] = []
        for j in reversed(before):
            if run and not tokens.joined(j):
                break
            if not run and not re.fullmatch(r"\s*", text[tokens.spans[j][1] : m.start()]):
                break
            run.insert(0, j)
        used = _long_form(acr, [tokens.words[j] for j in run]) if run else None
        if worded and (not used or used < 3 or not _is_head(tokens, run[-used], shapes)):
            continue  # "(Namur)", "(Chartres)": a place or a word in brackets, no body's short form
        if used == 1:
            continue  # one word spelled by its capitals ("Geldautomatensprengungen (GAA)"): a thing's short form
        # (or named after a scheme's noun: "the regional programme Fundusze Europejskie dla
        # Lubelskiego 2021-2027 (FEL)")
        first = run[-used] if used else 0
        # (or a project's: "het project Taal op de Werkvloer Westfriesland (TWW)")
        after_scheme = (
            bool(used)
            and first > 0
            and (
                fold(tokens.words[first - 1]) in shapes.instrument_heads
                or fold(tokens.words[first - 1]) in shapes.project_words
            )
        )
        # (a long form ending on a scheme's noun names a scheme: "Vulnerable Persons Resettlement
        # Scheme (VPRS)"; not a body named a programme: "World Food Programme (WFP)")
        last_word = fold(tokens.words[run[-1]]) if used else ""
        scheme_last = (
            last_word in shapes.instrument_heads and not last_word.startswith("program")
        ) or _scheme_compound(last_word, shapes)
        if used and (fold(tokens.words[first]) in shapes.instrument_heads or after_scheme or scheme_last):
            schemes.add(acr)  # "Programme départemental d'insertion (PDI)": a scheme, wherever its acronym stands
            continue
        if used:
            a, b = run[-used], run[-1] + 1
            a, b = _trim(tokens, a, b, shapes)
            if b > a and _people(tokens, a, b, shapes):
                continue  # "Mineurs étrangers non accompagnés (MENA)": people, no organisation
            if b > a and fold(tokens.words[a]) in shapes.instrument_heads:
                continue  # "Contrat d'intégration républicaine (CIR)": a contract, no organisation
            if b - a >= 2 and _service_for(tokens.words[a], tokens.words[a + 1], shapes):
                continue  # "Migrationsberatung für erwachsene Zuwanderer (MBE)": a service, no body
            if b > a and any(tokens.capitalised(j) for j in range(a, b)) and _spelt_from_a_start(tokens, a, b, acr):
                start, end = tokens.spans[a][0], tokens.spans[b - 1][1]
                out.append(ShapeName(start, end, text[start:end], "acronym", acr, _uses(text, acr, m.start())))
                continue
        # A bare acronym in parentheses after what someone does: "une aide juridique (CBAR)"; not a
        # document's file type ("Guide du bénéficiaire (PDF)")
        if sum(c.isupper() for c in acr) >= 3 and acr.isalpha() and acr.isupper() and acr not in _FILE_TYPES:
            out.append(ShapeName(m.start(1), m.start(1) + len(acr), acr, "paren", acr, _uses(text, acr, m.start())))
    # "ACR (Long Form)": the acronym before the parenthesis, its long form inside.
    # "ASAPI 87 (Association de Soutien ...)": a département's number may follow the acronym
    # "L'ASTI du Mans (Association de solidarité ...)": or its town, which the name takes along
    for m in re.finditer(
        r"\b([A-Z][A-Za-z0-9&\-]{1,9}(?:[ \t]\d{1,3})?)"
        r"((?:[ \t]+(?:du|de|des|di|del|della|van|von)[ \t]+[A-Z][\w'’-]+)?)"
        r"\s*\(([^()\n]{6,120})\)",
        text,
    ):
        acr, long = m.group(1), m.group(3).strip()
        if sum(c.isupper() for c in acr) < 2:
            continue
        words = long.split()
        used = _long_form(re.sub(r"[ \t]\d{1,3}$", "", acr), words)
        instrument = fold(words[0].split("'")[0]) in shapes.instrument_heads
        if used == len(words) and words[0][:1].isupper() and not instrument:
            start = m.start(3) + (len(m.group(3)) - len(m.group(3).lstrip()))
            uses = _uses(text, acr, -1)
            if m.group(2):
                # (this use with its town: "ASTI du Mans" is the subject the verb after the parenthesis has)
                uses = tuple((a, m.end(2)) if a == m.start(1) else (a, b) for a, b in uses)
            out.append(ShapeName(start, start + len(long), long, "acronym", acr, uses))
    return [n for n in out if not (n.rule == "paren" and n.acronym in schemes)]


# One item of a list of names: capitalised words ("Den Bosch", "'s-Hertogenbosch", "Bodegraven-Reeuwijk").
_ITEM = r"(?:'s-)?[^\W\d_a-z][\w'’\-]*(?:[ \t]+[^\W\d_a-z][\w'’\-]*){0,3}"


_ITEM_RE = re.compile(_ITEM)


@cache
def _list_separator(coordinators: frozenset[str]) -> re.Pattern[str] | None:
    """What stands between two items of a list: a comma, an "and" word, or both."""
    and_words = "|".join(re.escape(c) for c in sorted(coordinators, key=len, reverse=True) if c.isalpha())
    if not and_words:
        return None
    return re.compile(r"[ \t]*,[ \t]*(?:(?:" + and_words + r")[ \t]+)?|[ \t]+(?:" + and_words + r")[ \t]+")


def _list_items(segment: str, coordinators: frozenset[str]) -> list[tuple[int, int]]:
    """The names of a list at the start of `segment` ("Emmen, Den Bosch en Zwolle"), as offsets."""
    sep = _list_separator(coordinators)
    items = []
    pos = 0
    while True:
        m = _ITEM_RE.match(segment, pos)
        if not m:
            break
        items.append((m.start(), m.end()))
        s = sep.match(segment, m.end()) if sep else None
        if not s:
            break
        pos = s.end()
    return items


@cache
def _list_regexes(shapes: _Shapes) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """One regex for every plural head, one for every group noun (a text is scanned once for each)."""

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    plural = alternation([p for p, _ in shapes.plural_heads])
    group = alternation(list(shapes.group_nouns))
    plural_re = (
        re.compile(rf"(?<![\w-])({plural})(?![\w-])[ \t]*(?:\(|(?:van|de|d'|d’|of|di|der)[ \t]+)?[ \t]*", re.I)
        if plural
        else None
    )
    group_re = re.compile(rf"(?<![\w-])(?:{group})(?:[ \t]+\w+)?[ \t]*\(([^()\n]{{3,300}})\)", re.I) if group else None
    return plural_re, group_re


# Articles that make a head written alike in both numbers ("OCMW", "CPAS") a singular one.
_SINGULAR_ARTICLES = frozenset({"het", "le", "la", "l'", "the", "das", "der", "il", "lo", "un", "een", "a", "an"})


def _list_names(text: str, shapes: _Shapes) -> list[ShapeName]:
    """Names in lists: after a plural head ("de gemeenten Emmen, Utrecht en Zwolle", "les CPAS
    (Anvers, Gand, Liège)"), and in parentheses after a group noun ("opérateurs (Aurore, Coallia)")."""
    out: list[ShapeName] = []
    plural_re, group_re = _list_regexes(shapes)
    singulars = {fold(p): s for p, s in shapes.plural_heads}
    for m in plural_re.finditer(text) if plural_re else ():
        singular = singulars[fold(m.group(1))]
        before = fold(text[max(0, m.start() - 20) : m.start()]).split()[-2:]
        if before and (before[-1] in shapes.locatives or (len(before) == 2 and before[0] in shapes.locatives)):
            continue  # "nelle province di A e B", "in de gemeenten A en B": places
        if fold(m.group(1)) == fold(singular) and before and before[-1] in _SINGULAR_ARTICLES:
            continue  # "het OCMW Oostende en CVO Horito": one OCMW, then another body
        items = _list_items(text[m.end() : m.end() + 300], shapes.coordinators)
        if len(items) < 2:
            continue
        for a, b in items:
            start, end = m.end() + a, m.end() + b
            item = text[start:end]
            glue = "d'" if singular.endswith(" de") and item[:1].lower() in "aeiouyh" else None
            name = f"{singular[:-3]} {glue}{item}" if glue else f"{singular} {item}"
            out.append(ShapeName(start, end, name, "list"))
    if group_re:
        for m in group_re.finditer(text):
            parts = [(s.start(), s.end()) for s in re.finditer(r"[^,;]+", m.group(1))]
            names = []
            for a, b in parts:
                raw = m.group(1)[a:b]
                stripped = raw.strip()
                for c in sorted(shapes.coordinators, key=len, reverse=True):
                    if stripped.lower().startswith(c + " "):
                        stripped = stripped[len(c) + 1 :].strip()
                if stripped[:1].isupper() and len(stripped.split()) <= 5:
                    start = m.start(1) + a + raw.index(stripped)
                    names.append(ShapeName(start, start + len(stripped), stripped, "list"))
            if len(names) >= 2:
                out += names
    return out


def _uses(text: str, acronym: str, skip: int) -> tuple[tuple[int, int], ...]:
    return tuple(
        (at, at + len(acronym))
        for at in literal_starts(text, acronym, bounded_by="-")
        if not (skip - 2 <= at <= skip + 2)
    )


# The little words a host name leaves out of a name it spells ("du" of "Les Ponts du Bocage").
_HOST_SKIPS = re.compile(r"(?<![^\W\d_])(?:du|de|des|van|der|den|di|del|della|dei|of|und|and|et)(?![^\W\d_])")


def without_host_number(label: str) -> str:
    """A host label without the number a site may add to its name, its département's or a year
    ("horizons-partages25" -> "horizons-partages"), if five letters or more stay; else as it is."""
    bare = label.rstrip("0123456789-")
    return bare if len(bare) >= 5 else label


def _owner_names(text: str, tokens: _Tokens, url: str | None, shapes: _Shapes) -> list[ShapeName]:
    """A name or acronym that spells the site's host name: the page's owner."""
    host = (urlparse(url or "").hostname or "").removeprefix("www.")
    labels = [p for p in host.split(".")[:-1] if len(p) >= 3 and p not in ("com", "org", "gov", "gouv", "co")]
    if not labels:
        return []
    keys = {re.sub(r"[^a-z0-9]", "", fold(lab)) for lab in labels}
    keys |= {bare for k in keys if (bare := without_host_number(k)) != k}
    squeezed = re.sub(r"[^a-z0-9]", "", fold(text))
    # (a host may leave out a name's little words: "Les Ponts du Bocage" on lesponts-bocage.fr)
    loose_text = re.sub(r"[^a-z0-9]", "", _HOST_SKIPS.sub(" ", fold(text)))
    keys = {k for k in keys if k in squeezed or k in loose_text}
    if not keys:
        # the host's name is spelt nowhere in the text (but its first part may be)
        return _owner_before_place(text, tokens, labels, shapes)
    # "Aveyron" on aveyron.gouv.fr: a state's service site names the territory it serves in one word
    state_site = any(p in ("gouv", "gov", "gv") for p in host.split("."))
    for i in range(len(tokens)):
        if not tokens.capitalised(i) and not tokens.words[i].isupper():
            continue
        joined = loose = ""
        for k in range(i, min(i + 5, len(tokens))):
            if k > i and not tokens.joined(k - 1):
                break
            # "Forum réfugiés-Cosi" on forumrefugies.org: the host spells the name up to a hyphen.
            head = joined + re.sub(r"[^a-z0-9]", "", tokens.folded[k].split("-")[0])
            joined += re.sub(r"[^a-z0-9]", "", tokens.folded[k])
            if k == i or not _HOST_SKIPS.fullmatch(tokens.folded[k]):
                loose += re.sub(r"[^a-z0-9]", "", tokens.folded[k])
            if joined not in keys and loose in keys and k > i and tokens.capitalised(k):
                joined = loose
            if joined not in keys and head in keys and "-" in tokens.words[k] and k > i:
                joined = head
            # (in capitals too: "PRÉFET DE MAINE-ET-LOIRE" on maine-et-loire.gouv.fr; an acronym is a name)
            if joined in keys and k == i and state_site and not (tokens.words[i].isupper() and len(joined) <= 6):
                break
            if joined in keys and (k > i or (len(joined) <= 6 and tokens.words[i].isupper()) or k == i):
                start, end = tokens.spans[i][0], tokens.spans[k][1]
                name = text[start:end]
                uses = tuple((at, at + len(name)) for at in literal_starts(text, name, bounded_by="-") if at != start)
                return [ShapeName(start, end, name, "owner", None, uses)]
            if len(joined) >= max(len(x) for x in keys):
                break
    return _owner_before_place(text, tokens, labels, shapes)


# A name before a spaced dash and what it is ("Neuland – Verein für ..."); alone on its line
_NAME_BEFORE_DASH = re.compile(r"[ \t]+[–—-][ \t]")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")


def _owner_before_place(text: str, tokens: _Tokens, labels: list[str], shapes: _Shapes) -> list[ShapeName]:
    """The host's first hyphenated part, a one-word name on a line of its own among the page's first
    two, or opening a line before a spaced dash and what it is: "Neuland" on neuland-salzburg.at
    (the host adds the town); not a head noun ("stadt-graz.at"), nor a project's name a project's
    site writes under its heading ("APPRODI" on approdi-salerno.it)."""
    firsts = {fold(lab.split("-")[0]) for lab in labels if "-" in lab}
    firsts = {f for f in firsts if len(f) >= 5 and (f,) not in shapes.heads and (f,) not in shapes.prefix_heads}
    if not firsts:
        return []
    top = [m.start() for m in re.finditer(r"(?m)^[ \t]*\S", text)][:2]
    for i in range(len(tokens)):
        start, end = tokens.spans[i]
        if tokens.folded[i] not in firsts or not tokens.capitalised(i) or not (start == 0 or text[start - 1] == "\n"):
            continue
        dash = _NAME_BEFORE_DASH.match(text, end)
        # (what follows the dash is the kind of organisation it is: "Neuland – Verein für ...", not
        # a project's long name: "ROOTS – Rural Opportunities for Newcomers" on roots-northsea.eu)
        line_end = text.find("\n", dash.end()) if dash else -1
        words = _words(text[dash.end() : line_end if line_end >= 0 else None]) if dash else ()
        kind = any(words[: len(h)] == h for h in (*shapes.heads, *shapes.prefix_heads))
        if (dash and kind) or (start in top and _LINE_END.match(text, end)):
            return [ShapeName(start, end, text[start:end], "owner", None, ())]
    return []


def is_not_organisation(name: str) -> bool:
    """Names shaped like an organisation's that are not one of the kind projects are run by: the
    European Union itself, in every language (its institutions and bodies are in the reference data)."""
    folded = fold(" ".join(name.replace("’", "'").split())).removeprefix("the ")
    folded = re.sub(r"'s$", "", folded)  # "the European Union's (EU) external border"
    if _EU_FUND_NAME.search(folded):
        return True  # "Fonds européen Asile, ...": a European fund's name, however mangled, is a fund's
    if _SPECIFIC_OBJECTIVE.search(folded):
        return True  # "Obiettivo Specifico 2": a programme's objective, which funds nothing
    if _FUND_ROLE.search(folded):
        return True  # "Responsible Authority for the Home Affairs funds": a fund's role, no body's name
    if _EVENT_YEAR.search(folded):
        return True  # "Integration Forum 2024", "Fachtag Migration 2023": an event of that year
    if _DOCUMENT_NUMBER.search(folded):
        return True  # "Drucksache 0298/2022": a document's number, no body's name
    # (behind an elided article or preposition: "l'Union", "dall'Unione europea")
    bare = re.sub(r"^(?:[ld]|dall|dell|all|nell|sull)'", "", folded)
    # (and where it is said to be: "buiten de Europese Unie in Turnhout" names the Union, no body)
    located = re.split(r"\s(?:in|en|a|im|nel|nella)\s", bare, maxsplit=1)[0]
    return folded in _not_organisations() or bare in _not_organisations() or located in _not_organisations()


# A name whose last word is a year: an event's ("Integration Forum 2024"), not a body's.
_EVENT_YEAR = re.compile(r"\s(?:19|20)\d\d$")
_DOCUMENT_NUMBER = re.compile(r"\d+\s*/\s*(?:19|20)\d\d\b")
# A specific objective of a fund's programme ("Obiettivo Specifico 2", "Specific Objective 1").
_SPECIFIC_OBJECTIVE = re.compile(
    r"^(?:obiettivo specifico|specific objective|objectif specifique|specifieke doelstelling|spezifische[sn]? ziel)\b"
)
# A role in a fund's programme, however it goes on ("Managing Authority of EU Funds").
_FUND_ROLE = re.compile(
    r"^(?:(?:responsible|managing|audit|certifying|delegated) authority"
    r"|autorite (?:responsable|de gestion|d'audit|deleguee)|autorita (?:responsabile|di gestione|di audit|delegata)"
    r"|verantwoordelijke autoriteit|beheersautoriteit|auditautoriteit)\b"
)
# A fund of the Union named by its head noun and "European" (the funds are in the reference data).
_EU_FUND_NAME = re.compile(
    r"^(?:fonds europeen|europees fonds|europaischer? \S*fonds|european \S+(?: \S+)? fund|fondo europeo)\b"
)


@cache
def _not_organisations() -> frozenset[str]:
    return frozenset(fold(n) for n in _patterns()["common"].get("not_organisations", []))


def _apposed_regex(articles: list[str], kinds: list[str]) -> re.Pattern[str] | None:
    if not articles or not kinds:
        return None
    art = "|".join(re.escape(a) for a in articles)
    kind = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    # (two words at most between: "a small local charity"; or a spaced dash and the kind alone, in
    # lower case: "Le Relais Exil – association loi 1901", a site's footer; not "Nahraum – Verein für
    # Wohnen", one name)
    apposed = rf",[ \t]+(?:{art})[ \t]+(?:[^\W\d_][\w'’-]*[ \t]+){{0,2}}?(?i:{kind})\b"
    # "La Vie Active, l'association arrageoise qui porte ...": an elided article holds to its noun;
    # a relative clause after the kind says it is said of the name before (not "Dans le
    # Soissonnais, l'association Coallia met en place ...", a clause opening on a place)
    elided = rf",[ \t]+[lL]['’](?i:{kind})(?:[ \t]+[a-zà-ÿ][\w'’-]*){{0,2}}[ \t]*,?[ \t]+(?:qui|que|dont)\b"
    dashed = rf"[ \t]+[–—][ \t]+(?=[a-zà-ÿ])(?i:{kind})\b"
    return re.compile(f"{apposed}|{elided}|{dashed}")


# Articles a name may open with, written capitalised inside a sentence ("à La Vie Active").
_NAME_ARTICLES = frozenset({"La", "Le", "Les", "De", "Het", "Il", "Lo", "The"})


def _apposed_names(text: str, tokens: _Tokens, shapes: _Shapes) -> list[ShapeName]:
    """A capitalised name right before a comma, an article and a kind of body: "Skerne Valley
    Refugee Friends, a small charity which began in 2016", "Scalda, de Zeeuwse school voor mbo"."""
    if shapes.apposed is None:
        return []
    out: list[ShapeName] = []
    for m in shapes.apposed.finditer(text):
        last = bisect.bisect_right(tokens.ends, m.start()) - 1
        if last < 0 or tokens.spans[last][1] != m.start() or not tokens.capitalised(last):
            continue
        a, b = _trim(tokens, _extend_left(tokens, last, shapes, last - 6), last + 1, shapes)
        if b <= a or not tokens.capitalised(a) or tokens.folded[a] in shapes.stop_words:
            continue
        # ("Le Pont des Langues – association loi 1901" opening its line: the article is the
        # name's own, as the site's title writes it)
        if m.group(0)[:1] != "," and a > 0 and tokens.capitalised(a - 1) and tokens.joined(a - 1):
            line = text.rfind("\n", 0, tokens.spans[a - 1][0]) + 1
            if not text[line : tokens.spans[a - 1][0]].strip():
                a -= 1
        # ("cheffe de service à La Vie Active, l'association ...": a capitalised article inside a
        # sentence opens the name)
        if (
            m.group(0)[:1] == ","
            and a > 0
            and tokens.words[a - 1] in _NAME_ARTICLES
            and tokens.joined(a - 1)
            and not tokens.sentence_initial(a - 1)
        ):
            a -= 1
        start, end = tokens.spans[a][0], tokens.spans[b - 1][1]
        out.append(ShapeName(start, end, text[start:end], "apposed"))
    return out


def find_org_names(text: str, lang: str | None, url: str | None = None) -> list[ShapeName]:
    """Organisation names in `text` found by their shape, in text order. Names may overlap names the
    reference data knows: the caller keeps the known ones."""
    shapes = shapes_for(lang)
    tokens = _Tokens(text)
    found: list[ShapeName] = []
    for a, b, rule in _head_names(tokens, shapes):
        start, end = tokens.spans[a][0], tokens.spans[b - 1][1]
        found.append(ShapeName(start, end, text[start:end], rule))
    found += _acronym_names(text, tokens, shapes)
    found += _owner_names(text, tokens, url, shapes)
    found += _list_names(text, shapes)
    found += _apposed_names(text, tokens, shapes)
    return sorted((_without_article(_without_year(s)) for s in found), key=lambda s: (s.start, -s.end))


_LEADING_YEAR = re.compile(r"(?:19|20)\d\d\s+(?=\S)")


def _without_year(shape: ShapeName) -> ShapeName:
    """A year is no part of a name: "© 2024 Atelier Babel asbl" is "Atelier Babel asbl"."""
    m = _LEADING_YEAR.match(shape.name)
    if not m or m.end() == len(shape.name):
        return shape
    return replace(shape, start=shape.start + m.end(), name=shape.name[m.end() :])


_ELIDED_ARTICLE = re.compile(r"^(?:l|d|dell|nell|sull|all|dall|un|qu)['’](?=[^\W\d_])", re.IGNORECASE)


def _without_article(shape: ShapeName) -> ShapeName:
    """An elided article is not part of a name: "L'Association X" is "Association X"."""
    m = _ELIDED_ARTICLE.match(shape.name)
    if not m:
        return shape
    return replace(shape, start=shape.start + m.end(), name=shape.name[m.end() :])
