"""Project finders: the shapes in which texts name or describe projects (record pages, lists,
headings, named and described projects, enumerations, a page's title) and counted groups, which
become aggregate statements rather than projects."""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from collections.abc import Iterable
from functools import cache
from itertools import pairwise

from migkg.loaders.extract.amounts import base_lang, find_amounts, find_money_roles, norm_cue
from migkg.loaders.extract.candidates import verb_of_subject
from migkg.loaders.extract.context import (
    UNION_WORDS,
    Context,
    is_stopword,
    word_count,
    words_of,
)
from migkg.loaders.extract.cues import Cues, MemoCues, cues_for
from migkg.loaders.extract.model import NATIONAL, AggregateFact, Evidence, OrgMention, ProjectFact
from migkg.loaders.extract.orgshape import ends_with_head, fold, opens_with_head, shapes_for, spells
from migkg.loaders.extract.periods import all_months, names_a_day, programming_periods
from migkg.loaders.extract.relations import FUND_AS_SUBJECT
from migkg.loaders.extract.structure import (
    BRACKETED,
    BYLINE,
    KEYED_SHARE,
    PERSON,
    SURNAME_PARTICLES,
    Unit,
    is_lettered,
    is_record_key,
    line_start,
)

# A word of a person's name, in any alphabet's letters ("Bērziņa", "O'Neill", "Müller-Lüdenscheidt")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]+")
_QUOTED = re.compile(r"[«“\"‘'„]\s*([^«»“”\"‘’'„]{3,120}?)\s*[»”\"’'“]")
# The years a heading's project ran, in parentheses at its end: "(2019 – 2021)", "(september 2020 –
# juni 2022)", "(zomers 2022 en 2023)".
_HEADING_PERIOD = re.compile(r"\s*\([^()]{0,30}\b(?:19|20)\d\d\b[^()]{0,30}\)\s*$")
# A day's date: "30/06/2023", "01.03.2024", "30 juin 2023".
_ONE_DAY = re.compile(r"\b\d{1,2}(?:[./]\d{1,2}[./]|\.?\s+[^\W\d_]{3,}\.?\s+)(?:19|20)\d\d\b")
_YEAR4 = re.compile(r"\b(?:19|20)\d\d\b")
# What stands between a heading's opening years and the name after them ("2018 – 2020 | Name"),
# with a word for "until now" ("2024 – heden | Name").
# (or a spaced dash: "2012-2014 – Thuis in de Brugse Poort" in a history's timeline)
_PERIOD_SEPARATOR = re.compile(r"(?:\s*[-–]\s*[^\W\d_]{2,8})?\s*[|·:]\s*|\s+[–—-]\s+")
# The theme a grant sentence opens with: "Voor het thema Duale trajecten is er subsidie toegekend aan".
_THEME = re.compile(
    r"\b(?:thema|thème|theme|Thema|tema)\s+([^,]{3,80}?)\s+"
    r"(?:is|zijn|werd|werden|wurde|wurden|ont|a|has|have|è|sono|,)\b"
)
# A Dutch or German compound whose head is a plural project noun ("Integrationsprojekte", "taalprojecten",
# "AMIF-projecten").
_PLURAL_PROJECT_COMPOUND = re.compile(
    r"(?<![\w-])[\w-]{3,}?-?(?:projekte|projecten|initiativen|initiatieven)(?![\w-])", re.I
)
# A Dutch or German compound whose head is a project noun, right before a quoted name
# ("Patenschaftsprogramm „Dorfpaten“", "taalproject 'Praat Mee'", "Interreg-Kleinprojekt «X»").
# Not a funder's programme ("Landesprogramm „WIR – Vielfalt und Teilhabe“", "Bundesprogramm").
_NOT_A_PROJECT_PART = r"(?!(?:Landes|Bundes|Förder|Sonder|Rahmen|Regierungs|Kreis|Europa|EU-|Rijks|Subsidie))"
_SINGULAR_PROJECT_COMPOUND = re.compile(
    rf"(?<![\w-]){_NOT_A_PROJECT_PART}(?:(?:\w+-)+{_NOT_A_PROJECT_PART}\w*|\w{{3,}})"
    r"(?:programm|projekt|project|programma|vorhaben|angebot)\s+(?=[„“\"‚'«])",
    re.I,
)
# At most one word before an organisation's name opening a fact box's part ("Integrationsbüro Landkreis X").
_ONE_WORD_BEFORE = re.compile(r"\s*(?:[^\W\d_]+\s+)?")
# A name between paired quotes, which may hold an apostrophe ("« Programme d'accueil »").
# Capitalised words (maybe quoted) right before a comma at the end of a text: "aan Startbaan,"
_NAME_BEFORE_COMMA = re.compile(
    r"(?<![\w'’-])([«“\"„‘]?[^\W\d_a-z][\w'’&-]*(?:\s+(?:[^\W\d_a-z][\w'’&-]*|\d+[\w.]*))*[»”\"’]?),\s*$"
)
_PAIRED_QUOTES = re.compile(
    r"(?:«\s*([^«»]{3,120}?)\s*»|“([^“”]{3,120}?)”|„([^„“”\"\n]{3,120}?)[“”\"]|\"([^\"]{3,120}?)\"|‚([^‚‘’]{3,120}?)[‘’])"
)


# A line that opens with a quoted title, a spaced dash, who runs it and a colon (or a comma and a town,
# then the colon): "„Starke Mütter“ – Internationaler Bund (IB) Südwest gGmbH, Mannheim: ..."
_QUOTED_RUNNER_LINE = re.compile(
    r"^[ \t]*(?:«\s*(?P<q1>[^«»\n]{3,80}?)\s*»|“(?P<q2>[^“”\n]{3,80}?)”|„(?P<q3>[^„“”\"\n]{3,80}?)[“”\"]"
    r"|\"(?P<q4>[^\"\n]{3,80}?)\")[ \t]+[–—-][ \t]+"
    r"(?P<runner>[^\W\d_][^:\n]{2,100}?)(?:,[ \t]*[^\W\d_][\w\-. ]{1,30})?:[ \t]",
    re.M,
)

# A heading that opens on an arrow and a quoted name ("→ « Permis solidaire » - mobilité ..."): a
# project's heading, where an arrow before plain words marks a link
_ARROWED_QUOTED_NAME = re.compile(r"\s*[›→]\s*[«“„\"]")

# A quoted name right before a project noun ("The 'Bridges to Work' initiative"): the opening quote
# after a space or the line's start, the closing one after a letter
_QUOTED_BEFORE_NOUN = re.compile(
    r"(?:^|(?<=\s))(?:'([^'\n]{2,79}[\w.!?)])'|‘([^‘’\n]{2,79}[\w.!?)])’|\"([^\"\n]{2,79}[\w.!?)])\""
    r"|“([^“”\n]{2,79}[\w.!?)])”)\s+$"
)

# Quotation marks that open and close a quoted name (`_quoted_elsewhere`)
_OPENING_QUOTES = frozenset("«“\"‘„'")
_CLOSING_QUOTES = frozenset("»”\"’“'")

# Where a heading's lead name ends: "Werkbrug: van inburgering naar werk", "X – ..."
_HEADING_LEAD_END = re.compile(r"\s*:\s|\s[–—-]\s")

# For whom something is done: "on behalf of the EU", "au nom de l'État", "im Auftrag des Landes".
_ON_BEHALF = re.compile(
    r"\s+(?:on (?:its|their|his|her|our) behalf|on behalf of|au nom de|pour le compte de|im Auftrag|im Namen"
    r"|per conto d|a nome d|namens|in opdracht van)",
    re.I,
)

# A person's line in a team's list: a first and last name, a dash, the role ("Aoife Ryan –
# Project Coordinator").
_PERSON_AND_ROLE = re.compile(r"[A-ZÀ-Þ][^\W\d_]+(?:\s+[A-ZÀ-Þ][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?){1,2}\s+[–—-]\s+\S")

# What follows a quote of someone's words: a comma and a verb of saying before the speaker
# ("», glisse Karim", "“, sagt Maria", "\", zegt de 34-jarige") or its pronoun ("», sourit-il").
_SPEECH_TAG = re.compile(r"\s*[»“”\"']?\s*,\s*[a-zà-ÿ]+(?:-t)?(?:-(?:il|elle|ils|elles)\b|\s+\S)")

# Years opening a line before a separator: "2024–2025 · ", "Sinds 2023 | ".
_LEADING_PERIOD = re.compile(r"^\s*(?:[^\W\d_]+\s+)?(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\s*[·|•–—-]\s*")

# A line's last spaced dash, no other after it: "Name des Angebots – Träger e.V."
_LAST_SPACED_DASH = re.compile(r"\s[–—]\s(?!.*\s[–—]\s)")
# A line's last part, a quoted name after a dash: "Coallia – « Toit Durable 57 »" (a word or two in
# lower case may say what it names: "X – programme "Slovene for everyday life"").
_QUOTED_LAST = re.compile(
    rf"[ \t][–—-][ \t]*(?:[a-zà-ÿ][\w'’-]*[ \t]+){{0,2}}(?:{_PAIRED_QUOTES.pattern})[ \t]*[.:]?[ \t]*$"
)


def _quoted_name(label: str) -> str:
    """A heading's name in its quotes, when the quotes open it and stand alone or before a dash or
    a colon ("« Pas à Pas » – vers l'emploi" -> "Pas à Pas"); else the heading as it is."""
    quoted = _PAIRED_QUOTES.match(label)
    if quoted and (quoted.end() == len(label) or re.match(r"\s*[–—:-]\s", label[quoted.end() :])):
        return next(g for g in quoted.groups() if g is not None)
    return label


@cache
def _caps_name(connectors: tuple[str, ...], single: bool = False) -> re.Pattern[str]:
    """A name in capitals: "AVRR Belgium Support", "REPAIR", "Emergency Support to Integration and
    Accommodation"; lower-case connectors of every language may stand inside it."""
    inner = "|".join(re.escape(c) for c in sorted(set(connectors), key=len, reverse=True))
    up, word = "A-ZÀ-ÖØ-Þ", "A-Za-zÀ-ÖØ-öø-ÿĀ-ſ0-9.&+–-"
    return re.compile(
        rf"\b([{up}][{word}]*"
        rf"(?:[ \t]+(?:[{up}0-9][{word}]*|{inner}|-))*"
        rf"[ \t]*[{up}0-9][{word}]*"
        rf"|[{up}][{up}0-9]{{2,}}(?:[-][{word}]+)*"
        # With `single`, one capitalised word too: "Het project Kompas wordt ..." (after a project noun).
        + (rf"|[{up}][a-zà-ÿ]{{3,}}(?![ \t]+[{up}])" if single else "")
        + ")"
    )


_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,40}>")
# A name in straight single quotes at the start of a line's part ("aditus foundation – 'Rights Within
# Reach': free legal aid"): the closing quote followed by no letter, unlike an apostrophe.
_SINGLE_QUOTED = re.compile(r"\s*'([^'\n]{3,120}?)'(?!\w)")
_NUMBERED = re.compile(r"[ \t]*(\d{1,2})[.)][ \t]+")
# "▶ Action 1 – « Parler pour travailler »", "Projekt 2: ...": a numbered line that says what it numbers.
_NUMBERED_ACTION = re.compile(
    r"[ \t]*(?:[▶►▸➤•*][ \t]*)?(?:Action|Actie|Projet|Project|Projekt|Progetto|Azione|Maßnahme|Vorhaben)"
    r"[ \t]+(\d{1,2})[ \t]*[–—:-][ \t]*"
)
# "3.2 « Pas à Pas » – vers l'emploi": a report's numbered sub-section heading.
_SUBSECTION = re.compile(r"[ \t]*(\d{1,2})\.(\d{1,2})\.?[ \t]+(?=\S)")
# A line that only draws a rule between sections ("________", "-----", "* * *").
_RULE_LINE = re.compile(r"[ \t]*(?:[_\-=~*·.][ \t]*){5,}")


# What a download link says in its parenthesis: "(PDF, 240 KB)", "(docx, 1,2 Mo)".
_DOCUMENT_INFO = re.compile(r"\b(?:PDF|DOCX?|XLSX?|ODT|[KMG]B|[KMG]o)\b", re.IGNORECASE)


_BRACKETS = re.compile(r"\([^()]*\)")
# A town's government named by its noun alone, as its own site does ("50 % gemeente").
_THE_TOWN = re.compile(
    r"(?<![\w-])(?:gemeente|stad|commune|ville|stadt|gemeinde|comune|city|town)(?![\w-])(?!\s+[A-Z])"
)
# The keys of a page's notes, which are no record's lines ("Hinweis: ...", "NB: ...", "Let op: ...").
_NOTE_KEYS = frozenset(
    (
        "hinweis",
        "wichtig",
        "achtung",
        "tipp",
        "note",
        "nb",
        "n.b.",
        "please note",
        "important",
        "tip",
        "remarque",
        "attention",
        "à noter",
        "nota",
        "nota bene",
        "attenzione",
        "opmerking",
        "let op",
        "tip",
    )
)
_PAREN_END = re.compile(r"\s*\(([^()]{2,120})\)\s*[.;:,]?\s*$")
# Where a list line's head ends: "ORG – project", "ORG: project".
_LEAD_SEP = re.compile(r"\s[–—-]\s|:\s")
# A grant's line: its project, a spaced dash, who runs it, a colon and the sum ("Ateliers ... —
# association X : 38 000 €").
_TITLE_RUNNER_SUM = re.compile(r"^(.{6,200}?)\s[–—]\s([^–—:]{2,80}?)\s?:\s*(.{1,40})$")
_SPACED_DASH = re.compile(r"\s[–—]\s")
# Where the project's words end on such a line: its first sentence's end.
_LABEL_END = re.compile(r"[.;!?](?:\s|$)")
# A keyed sentence inside a line: "... hebdomadaires. Porteur : Centre social X." (the key is a
# word or two, capitalised, after a sentence's end, or after a dash that parts the line's fields:
# "Accueil des familles – Implementing body: Municipality of X – Budget: EUR 9.6 million").
_KEYED_SENTENCE = re.compile(r"(?:(?<=[.;])\s+|\s[–—]\s)([A-ZÀ-Þ][\w'’-]*(?:\s[\w'’-]+)?)\s?:\s+(?=\S)")
# A project's work package: "WP1 – ...", "WP 3: ...", "AP2 – ..." (Arbeitspaket), "LT1" (lot de travail).
_WORK_PACKAGE = re.compile(r"(?:WP|AP|LT)\s?\d{1,2}\b")
# A table's or a figure's caption by its number: "Tableau 4.1 – Répartition des financements",
# "Tabelle 2: Geförderte Projekte", "Figure 3"
_CAPTION = re.compile(
    r"(?i:tableau|table|tabel|tabelle|tabella|figure|figuur|abbildung|grafico|grafiek)\s+\d+(?:\.\d+)*\b"
)


def _quotes_with_nested(text: str) -> list[re.Match[str]]:
    """Every paired quote of a text, and those a quoted speech holds („... ‚Brückenschlag‘ schließt
    genau diese Lücke.“), in order."""
    out = []
    for m in _PAIRED_QUOTES.finditer(text):
        out.append(m)
        g = next(k for k in range(1, 6) if m.group(k) is not None)
        out += _PAIRED_QUOTES.finditer(text, m.start(g), m.end(g))
    return out


def _described_paren(text: str) -> re.Match[str] | None:
    """A list line that opens with a quoted or short name, its runner in parentheses, then a colon
    or a dash and a description: "„Sicher ankommen“ (Diakonie RWL e. V.): Gewaltschutzberatung und
    Schulungen ...". The parenthesis, as `_PAREN_END` gives one."""
    m = re.match(r"(.{3,90}?)\s*\(([^()]{2,120})\)\s*(?::|\s[-–—])\s+\S", text)
    if m and (_PAIRED_QUOTES.fullmatch(m.group(1).strip()) or word_count(m.group(1)) <= 6):
        return re.compile(r"\s*\(([^()]{2,120})\)").search(text, 0, m.end(2) + 1)
    return None


# A section's number before its heading's words: "3.1 FirstSteps to Work".
SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\S)")


@cache
def _name_then_predicate(predicates: tuple[str, ...]) -> re.Pattern[str]:
    """A sentence's opening name of one to four capitalised words, then an auxiliary ("est", "is")."""
    return re.compile(
        r"\s*((?:[A-ZÀ-Þ][\w'’\-]*|[A-Z0-9][A-Z0-9\-]+)(?:\s+[A-ZÀ-Þ0-9][\w'’\-]*){0,3})"
        rf"\s+(?:{'|'.join(re.escape(w) for w in predicates)})\s+"
    )


def only_a_date(label: str) -> bool:
    """Whether a label is only a date: a month's name and a year, maybe a day ("February 2024",
    "1er mars 2023", "März 2025")."""
    words = re.findall(r"[^\W\d_]+|\d+", label)
    if not 2 <= len(words) <= 4 or not re.fullmatch(r"(?:19|20)\d\d", words[-1]):
        return False
    named = [w for w in words[:-1] if not w.isdigit() and w.lower() not in ("er", "st", "nd", "rd", "th")]
    return len(named) == 1 and norm_cue(named[0]) in all_months()


# A page's chrome between its blocks: a reading time ("5 min di lettura", "3 min read"), a date
# line ("Pubblicato il 14/03/2024 – Ultima modifica 15/03/2024"), a menu or a language switcher
# ("ΕΛ | EN", "Projekte | Migration und Flucht").
_READING_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?|minuti|Minuten)\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b")


def page_chrome(line: str) -> bool:
    """Whether a line is a page's chrome (a reading time, a dated byline, a menu), not a heading
    that names what its section is about."""
    if _READING_TIME.search(line) or _NUMERIC_DATE.search(line) or names_a_day(line):
        return True
    items = [x for x in re.split(r"\s[|·]\s", line) if x.strip()]
    return len(items) >= 2 and all(len(x.split()) <= 3 for x in items)


_LAST_SPAN = re.compile(r"((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\W*$")


def _ends_on_a_programming_period(label: str) -> bool:
    """Whether a label ends on one of the EU's programming periods ("... 2021-2027")."""
    m = _LAST_SPAN.search(label)
    if m is None:
        return False
    start, end = int(m.group(1)), m.group(2)
    return (start, int(end) if len(end) == 4 else start // 100 * 100 + int(end)) in programming_periods()


def _purpose_leads(cues: Cues | MemoCues) -> str:
    """The words that lead what a sum is for ("for", "pour") or what is done with it ("to", "om")."""
    return "|".join(cues.regex[k].pattern for k in ("grant_for", "purpose_leads") if k in cues.regex)


_PATTERN_LANGUAGES = ("fr", "nl", "en", "de", "it")


@cache
def _stop_words(lang: str | None) -> frozenset[str]:
    """The stop words of spaCy's pipeline for a language (its function words: "von", "déjà", "and");
    every pattern language's where spaCy has none for it."""
    from spacy.util import get_lang_class

    code = base_lang(lang)
    langs = [code] if code in _PATTERN_LANGUAGES else list(_PATTERN_LANGUAGES)
    return frozenset(w for each in langs for w in get_lang_class(each).Defaults.stop_words)


def reads_as_a_description(label: str, lang: str | None, cues: Cues | MemoCues) -> bool:
    """Whether words read as a project described, not cut from a clause: two words or more, no
    figure ("Proef van ruim € 1,2 miljoen", "In de regel 75 % van de kosten"), no relative pronoun
    after the first word ("Progetto di cui la Prefettura"), not ending on a function word
    ("Projekt zum größten Teil von", "Dépenses déjà")."""
    if re.search(r"[\d%€]", label):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", label)
    if len(words) < 2 or any(cues.has("relative_pronouns", w) for w in words[1:]):
        return False
    last = re.split(r"['’]", words[-1].lower())[-1]
    return last not in _stop_words(lang)


def opens_on_a_function_word(label: str, lang: str | None, cues: Cues | MemoCues) -> bool:
    """Whether words open on a function word other than an article: "bij asiel, legale migratie"
    after "het fonds ondersteunt" is where the verb's object lies, not what is funded."""
    first = (re.findall(r"[^\W\d_]+", label) or [""])[0].lower()
    return first in _stop_words(lang) and not cues.has("determiners", first)


def _strip_label(label: str, cues: Cues | MemoCues) -> str:
    # (and a mark some sites set before their headings: "■ Phase 1 – Projet X", "► Projet Y")
    whole = " ".join(_TAG.sub(" ", label).split())
    label = whole.strip(" .,;:–—-•*'\"«»“”„‘’‚■▪►▶◆›→¹²³⁴⁵⁶⁷⁸⁹")
    # ("Ateliers « Parler pour agir »", "PROGETTO FAMI «PAROLE PONTE»": a name that ends on its
    # quoted part keeps the quote that closes it)
    ends = whole.rstrip(" .,;:")
    for opening, closing in (("«", "»"), ("„", "“"), ("“", "”")):
        if label.count(opening) > label.count(closing) and ends.endswith(closing):
            label += " »" if ends.endswith(" »") else closing
            break
    # '„Ankommen in OWL" – Erstorientierung ...', "Trait d'Union » – accompagnement ...": the name's
    # closing quote before the dash of its description, its opening one stripped
    closing = re.search(r'\s*[»”"“](?=\s+[–—-]\s|\s*:\s)', label)
    if closing and not re.search(r'[«“„"]', label[: closing.start()]):
        label = label[: closing.start()] + label[closing.end() :]
    # ('"Food from Home" cookery evenings': a name that opens on its quoted part keeps the quote
    # that opens it)
    starts = whole.lstrip(" .,;:–—-•*■▪►▶◆›→")
    for opening, closing in (("«", "»"), ("„", "“"), ("“", "”"), ('"', '"')):
        unpaired = label.count('"') % 2 == 1 if opening == '"' else label.count(closing) > label.count(opening)
        if starts.startswith(opening) and not label.startswith(opening) and unpaired:
            label = (opening + " " if starts.startswith(opening + " ") else opening) + label
            break
    # "Guichet communal de l'intégration (*)", "Sportief meedoen nieuwkomers (2)": a footnote's mark
    label = re.sub(r"\s*\((?:\*+|\d)\)$", "", label)
    # "Makers Without Borders (2024–2026)": the years the heading adds, no part of the name
    label = re.sub(r"(?<=\w)\s*\((?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\)$", "", label)
    label = SECTION_NUMBER.sub("", label)  # "3.1 SAFE – ...": its section's number
    label = re.sub(r"^(?:l['’]|d['’])", "", label)
    label = re.sub(r"(?<=\w)\.\s+\w+$", "", label)  # "Centre for Social Innovation. This": the next sentence's word
    words = label.split()
    while words and len(words) > 1 and (cues.has("determiners", words[0]) or cues.has("label_prefixes", words[0])):
        words = words[1:]
    label = " ".join(words)
    return label[:1].upper() + label[1:] if label else label


def _skip_spaces(text: str, pos: int) -> int:
    """The position of the first character at or after `pos` that is not white space."""
    return len(text) - len(text[pos:].lstrip())


def title_without_site(title: str) -> str:
    """A page title without a trailing "(site, date)" ("Info centre gets a million (The Daily,
    2019)") or " | Site" ("SAWT – Supporting Access to Work | Migrant Women Association")."""
    title = re.sub(r"\s*\([^()]*\)\s*$", "", " ".join(title.split()))
    return re.sub(r"\s+\|\s+[^|]*$", "", title)


def _split_outside_quotes(separator: str, text: str) -> list[str]:
    """The text split at each separator that stands outside a quoted name."""
    quoted = [m.span() for m in _PAIRED_QUOTES.finditer(text)]
    cuts = [m for m in re.finditer(separator, text) if not any(a < m.start() < b for a, b in quoted)]
    starts = [0, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), len(text)]
    return [text[a:b] for a, b in zip(starts, ends, strict=True)]


def title_name(title: str, cues: Cues | MemoCues) -> str:
    """A page title without its site, and without a generic part before or after a spaced dash
    ("About the project – ROOTS | Rural Openings ..." is "ROOTS")."""
    bare = title_without_site(title)
    site = title[len(bare) :].strip(" |")
    parts = [x for x in _split_outside_quotes(r"\s[–—-]\s", bare) if x.strip()]
    named = [x for x in parts if not generic_heading(x, cues)]
    if not named and site:
        # "About the project | MigraWork BSR – Local pathways ...": a project's own site
        return re.split(r"\s[–—-]\s", site)[0].strip()
    return " – ".join(named) if named and len(named) < len(parts) else bare


def _title_heads(title: str) -> list[str]:
    """A page title, then its head without the site's words: without a trailing "(site, date)",
    then a quoted name that opens the part after a colon or a dash ("Caen : « Objectif B1 », un
    parcours ..." -> "Objectif B1"), then the part before it ("Curing the Limbo 2018-2021: lessons
    shared" -> "Curing the Limbo 2018-2021"), then that head without its trailing years."""
    title = " ".join(title.split())
    out = [title]
    bare = title_without_site(title)
    out.append(bare)
    # (not inside a quoted name: 'Netzwerk „MiNa – Migrationsberatung Niederbayern“ geht in die
    # zweite Runde' names "MiNa – Migrationsberatung Niederbayern" whole)
    parts = _split_outside_quotes(r"\s*(?::|\s[–—|-]\s)\s*", bare)
    head = parts[0]
    # "Caen : « Objectif B1 », un parcours ...": a news title's place, then the project's quoted name
    quoted = _PAIRED_QUOTES.match(parts[1]) if len(parts) > 1 else None
    if quoted:
        out.append(next(g for g in quoted.groups() if g is not None))
    out.append(head)
    out.append(re.sub(r"[\s,(]*\b(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\)?$", "", head))
    # "ATCZ00214 INTEGRA Grenzraum": a project database's code before the name
    coded = re.match(r"[A-Z]{2,}[-_/]?\d{3,}[\s:–-]+(?=\S)", head)
    if coded:
        out.append(head[coded.end() :])
    # "About PATHS2HOME", "À propos de X", "Über X": a site's about page names its project
    about = _ABOUT.match(head)
    if about and head[about.end() :].strip():
        out.append(head[about.end() :].strip())
    # "Over het project | Kansrijk over de grens - Chancenreich über die Grenze", "Il progetto |
    # Approdi Estensi – percorsi ...": a project's own site's page about "the project" is titled
    # with the project's name as the site's
    about_it = _THE_PROJECT.fullmatch(head[about.end() :].strip() if about else head.strip())
    if about_it and title.startswith(bare):
        site = title[len(bare) :].strip(" |–—-")
        if site:
            out += [site, re.split(r"\s[–—|-]\s", site)[0]]
    return [t for t in dict.fromkeys(out) if t]


# "the project" in a site's "about" title, in each language
_THE_PROJECT = re.compile(
    r"(?:(?:het|the|das|le|du|il|lo|de|our|ons|unser|notre)\s+)?(?:project|projekt|projet|progetto|programme|program)",
    re.I,
)
_ABOUT = re.compile(r"(?:About|À propos de|A propos de|À propos du|Over|Über|Informazioni su|Il progetto)\s+", re.I)


# What an amount is written with: digits, currency signs and codes, scale words.
_AMOUNT_WORDS = re.compile(
    r"[\d.,' €$£%]+|\b(?:EUR|euros?|mio|mln|mrd|million[s]?|miljoen|millionen|milioni|milliard\w*|k)\b\.?", re.I
)


def _without_project_noun(label: str, cues: Cues | MemoCues) -> str:
    """A label without a project noun at its start or end ("the X project", "projet X")."""
    words = label.split()
    while words and cues.has("determiners", words[0]):
        words = words[1:]
    if len(words) > 1 and cues.has("project_nouns", words[-1]):
        words = words[:-1]
    elif len(words) > 1 and cues.has("project_nouns", words[0]):
        words = words[1:]
    return " ".join(words)


def _short_form_of(inner: str, title: str) -> bool:
    """Whether a parenthesis is the short form of the words before it: its capitals spell them
    ("Straftaten gegen Ältere Menschen (SÄM-Delikte)", "Geldautomatensprengungen (GAA)"), or it
    shares a long word's stem with them ("Kraftfahrzeugkriminalität (Kfz-Kriminalität)")."""
    words = title.split()
    if not words or len(inner.strip()) >= len(title.strip()):
        return False  # "Scan-R (Scan-R asbl)": a longer name is no short form
    if spells(inner, words):
        return True
    head = re.split(r"[-‐]", inner.strip())[0]
    if head != inner.strip() and spells(head, words):
        return True  # "(SÄM-Delikte)": the capitals before the hyphen spell the words
    stems = {w.casefold()[-8:] for w in re.findall(r"[^\W\d_]{8,}", title)}
    return any(w.casefold()[-8:] in stems for w in re.findall(r"[^\W\d_]{8,}", inner))


_RECORD_KEYS = ("implementer_keys", "budget_keys", "code_keys", "duration_keys", "start_keys", "end_keys", "fund_keys")


def _table_header(label: str) -> bool:
    """ "Bénéficiaire Montant subside Begunstigde Bedrag subsidie": a table's header row, its words
    the record keys of some language (pages are bilingual), all but one at most."""
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", label)
    every = cues_for(None)
    keys = sum(any(every.has(key, w) for key in _RECORD_KEYS) for w in words)
    return len(words) >= 3 and keys >= len(words) - 1


def is_page_word(text: str, cues: Cues | MemoCues) -> bool:
    """Whether the text is a web page's own word alone ("Article", "Accueil"), left over its text."""
    # (numbered: "Antwoord 2", "Question 3")
    return cues.has("page_words", re.sub(r"\s+\d{1,3}$", "", text.strip(" .:•*-")))


# What separates a post's date, author and reading time on one line.
_META_SEPARATOR = re.compile(r"\s[·|•]\s")
# "part of" in five languages: "Nicht Teil des Pakets", "Not part of the programme"
_PART_WORD = re.compile(r"\b(?:teil|part|partie|deel|parte)\b", re.I)
# A press release's dateline: a place, a comma, a date ("Limoges, le 22 mai 2024", "Mainz,
# 12.03.2024", "Dublin, May 3, 2024").
_DATELINE = re.compile(
    r"[^\d,]{2,40},\s*(?:[^\W\d_]{1,3}\s+)?"
    r"(?:\d{1,2}(?:er|\.|st|nd|rd|th)?\s*[^\W\d_]+\.?\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|[^\W\d_]+\s+\d{1,2},?\s+\d{4})"
)


def _opening_name_then(cues: Cues | MemoCues, after: str) -> re.Pattern[str]:
    """A name that opens a sentence, its long form maybe in parentheses ("MiHeal (Migrant Health
    ... Lab)"), a copula, then `after`: what the sentence says the name is ("a ... project") or
    who runs it ("run by ...")."""
    return re.compile(
        r"\s*(?P<name>[^\W\d_][^,.;:()\n]{1,60}?)(?:\s*\([^()\n]{2,80}\))?\s+(?:"
        + cues.regex["copulas"].pattern
        + r")\s+"
        + after,
        re.I,
    )


# A compound whose head is a project noun ("Patenschaftsprogramm", "buddyproject").
_PROJECT_COMPOUND_WORD = re.compile(r"\w{3,}(?:programm|projekt|project|programma|vorhaben|angebot)\b", re.I)


def _quoted_after_noun(text: str, at: int) -> re.Match[str] | None:
    """The quoted name right after a project noun, or after one or two capitalised words between
    them, a fund's or a system's short name ("il progetto SAI « Novara Accoglie »", "il progetto
    Fami "Parole in Comune"")."""
    gap = re.match(r"\s*(?:[A-ZÀ-Þ][\w+-]*\s+){0,2}", text[at:])
    for end in sorted({at + len(gap.group(0)), _skip_spaces(text, at)}):
        quoted = _PAIRED_QUOTES.match(text, end)
        if quoted is not None:
            return quoted
    return None


def _without_bracket(label: str) -> str:
    """A label without the words in brackets that end it ("Slí Nua (New Path)": "Slí Nua")."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", label).strip()


def project_anaphora(cues: Cues | MemoCues) -> list[str]:
    """The words that speak of one project already named ("le projet", "das Projekt", "het
    project"; not "le programme", a fund's programme on an overview page, nor a plural)."""
    return [
        w
        for w in cues.words.get("anaphora", ())
        if any(
            cues.has("project_nouns", t) and not cues.has("plural_nouns", t) and not cues.has("programme_nouns", t)
            for t in re.split(r"[\s'’]+", w)
        )
    ]


def generic_heading(text: str, cues: Cues | MemoCues) -> bool:
    """A section heading that names no project: a page's word, "About the project", "Le projet",
    "Partners", "Das Projekt im Überblick" (a determiner and a project noun, or a partner word)."""
    text = text.strip(" .:•*-")
    # "I partner", "Die Partner", "Les partenaires": an article before a partner or project word
    words = text.split()
    bare = " ".join(words[1:]) if len(words) > 1 and cues.has("determiners", words[0]) else text
    if any(is_page_word(x, cues) or cues.has("partner_cues", x) or cues.has("project_nouns", x) for x in {text, bare}):
        return True
    if cues.has("related_links", text):
        return True  # "Read also", "Lees ook": the links to other pages under it
    if (opening := cues.search("contact_words", text)) is not None and opening.start() == 0:
        return True  # "Ansprechperson im Projekt", "Contact": whom to ask, no name
    if cues.has("duration_keys", text):
        return True  # "Looptijd", "Laufzeit": the project's dates under it, no name
    if len(words) > 1 and is_page_word(words[0], cues) and _YEAR4.search(text) and len(words) <= 6:
        return True  # "Resultaten tot en met maart 2024", "Vervolg na 2025": a page's part, and when
    if _DATELINE.fullmatch(text):
        return True  # "Limoges, le 22 mai 2024": a press release's place and date
    if (
        len(words) > 1
        and cues.has("negations", words[0].lower())
        and (cues.search("funding_words", text) or _PART_WORD.search(text))
    ):
        return True  # "Nicht Teil des Pakets", "Not funded by the AMIF": what is not (not "Pas à pas")
    if words and words[0].lower() in {w.split()[0].lower() for w in cues.words["funded_by"]}:
        return True  # "Funded until end of 2025", "Gefördert durch den AMIF": how it is paid, no name
    det, noun = cues.regex["determiners"].pattern, cues.regex["project_nouns"].pattern
    if (
        re.search(rf"(?:^|\s)(?:{det})\s+(?:{noun})\b", text, re.I)
        and word_count(text) <= 5
        and not _PAIRED_QUOTES.search(text)
    ):
        return True  # (not 'Il progetto SAI "Novara Accoglie"': the quotes hold a name)
    # "Dreijähriges Projekt", "Neues Vorhaben": an inflected German adjective before the noun
    words = text.split()
    if len(words) == 2 and cues.has("project_nouns", words[1]) and cues.lang == "de" and _DE_ADJECTIVE.search(words[0]):
        return True
    # "CURRENT PROJECT", "Past projects", "Progetti conclusi": which of its projects, no name
    if (
        len(words) == 2
        and any(cues.has("project_nouns", w) or cues.has("plural_nouns", w) for w in words)
        and any(cues.has("which_projects", w.lower()) for w in words)
    ):
        return True
    # "Projektinhalt", "Projectbeschrijving": one compound word a project noun opens, a section's name
    if len(words) == 1 and cues.lang in ("de", "nl"):
        low = text.lower()
        if any(low.startswith(n.lower()) and len(low) >= len(n) + 4 for n in cues.words["project_nouns"]):
            return True
    # "Project summary", "Project at a glance": a project noun and a few lower-case words
    if 2 <= len(words) <= 4 and cues.has("project_nouns", words[0]) and all(w.islower() for w in words[1:]):
        return True
    # "Who We Are  Our Work  Take Action  Contact": a site's menu, its page words among others
    long_words = [w for w in words if len(w) > 3]
    return len(words) >= 5 and any(is_page_word(w, cues) for w in words) and all(w[:1].isupper() for w in long_words)


# A German adjective's strong endings after a stem ("dreijähriges", "neues", "gemeinsames").
_DE_ADJECTIVE = re.compile(r"[a-zäöüß]{3}(?:es|er|e)$")
# A capitalised name, a comma, then an indefinite article right before a project noun.
_APPOSED = re.compile(
    # (short words in lower case may join its words: "Taal op de Vloer", "Langue au Travail")
    r"(?:^|\s)((?:[A-ZÀ-Þ][\w+&'’.-]*)(?:(?:\s+[a-zà-ÿ'’]{1,4}){0,2}\s+(?:[A-ZÀ-Þ0-9][\w+&'’.-]*|\d+(?:\.\d+)?)){0,4}),\s+([^\W\d_]+)"
    # (up to two words that qualify the noun: "Welcome West, a wider three-year programme")
    r"(?:\s+[a-zà-ÿ0-9][\w'’-]*){0,2}\s+$"
)


# A short name in capitals and what it stands for in brackets: "SAI (Sistema di Accoglienza e Integrazione)".
_SPELT_OUT_ACRONYM = re.compile(r"([A-Z]{2,6})\s*\([^()]{8,}\)")
# A budget's line in brackets right before a programme noun: "de begroting voor het sociaal domein
# (programma Participatie)", "im Haushalt (Produkt Integration)": a budget's heading, no project.
_BUDGET_LINE = re.compile(r"\b(?:begroting|budget|bilancio|Haushalt\w*|Etat)\b[^()]{0,60}\(\s*$", re.I)
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,}")
# A name in capitals in hyphened parts ("ACCESS-LEX", "SAFE-HOME"): a project's short name.
_HYPHENED_CAPS = re.compile(r"[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)+")
# One word with a capital inside ("WegeFinden", "ReConnect"): a name, no common word
_INNER_CAPITAL = re.compile(r"[A-ZÀ-Þ][a-zà-ÿß]+[A-ZÀ-Þ][\wÀ-ÿ]*")

# An acronym, a spaced dash, then the first words of the long form it stands for, up to where a
# name read by its capitals starts ("REACH – Reintegration Assistance through " before "Community Hubs")
_SHORT_DASH_WORDS = re.compile(
    r"(?:^|\s)([A-Z][A-Z0-9]{2,})\s+[–—-]\s+([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]{2,8})){0,5}\s+)$"
)


# A quoted name, a comma, then an article right before a project noun ("«Terre Comuni», il progetto").
_QUOTED_APPOSED = re.compile(r"[«\"“„‘]\s*([^«»\"“”„‘’\n]{2,60}?)\s*[»\"”“’]\s*,\s+([^\W\d_]+'?)\s*$")


def _clause_start(text: str, pos: int) -> int:
    """Where the clause that ends at `pos` starts: after the last sentence stop, semicolon, colon or
    line break before it; not after an abbreviation's dot ("Der Caritasverband X e.V. bietet ...")."""
    start = 0
    for m in re.finditer(r"(\S*)[.;:]\s|\n", text[:pos]):
        word = m.group(1) or ""
        if m.group(0).rstrip()[-1:] == "." and re.fullmatch(r"(?:\w\.)+\w*|[A-ZÀ-Þ][a-zà-ÿ]{0,2}", word):
            continue  # "e.V.", "Dr.", "z.B.": an abbreviation, the sentence goes on
        start = m.end()
    return start


# A government's funding programme, named right before its quoted name ("Landesprogramm „WIR“",
# "Bundesprogramms „Demokratie leben!“"): it funds projects, it is none.
_GOVERNMENT_PROGRAMME = re.compile(r"\b(?:Landes|Bundes|Länder|Förder)programm(?:s|es|e|en)?\s*$")
# A list line's head, before its dash, colon, bracket or comma.
_ITEM_HEAD = re.compile(r"\s[–—-]\s|:|\(|,")
# A fund's specific objective by its number: "OS2", "Spezifisches Ziel 3", "Specific objective 1".
_OBJECTIVE = re.compile(
    r"(?:OS|SO)\s?\d\b|(?:Spezifisches Ziel|[Ss]pecific [Oo]bjective|Obiettivo specifico|Objectif spécifique"
    r"|Specifieke doelstelling)\s+\d"
)


def not_a_project(label: str, cues: Cues | MemoCues) -> bool:
    """Labels that name what is not a project: a fund or a national programme, a call for proposals,
    a press release; or a plural ("AMIF co-financed projects": a group)."""
    if cues.search("not_project_words", label):
        return True
    if cues.search("programming_cues", label):
        return True  # "2021–2027 multiannual financial framework": the Union's budget period
    role = cues.search("authority_roles", label)
    if role and role.start() == 0:
        return True  # "Managing authority: Ministry of X": who manages the fund
    if _DOCUMENT_INFO.search(label) and "(" in label:
        return True  # "Scheda progetto (PDF, 240 KB)": a download
    if re.search(r"\s[/>›|]\s.*\s[/>›|]\s", label):
        return True  # "Startseite / Beratung & Hilfe / Projekt ANKER": a breadcrumb, the path to the page
    if is_page_word(label, cues):
        return True
    if label.count("|") >= 2:
        return True  # "Accueil | Le projet | Partenaires | Contact": a site's menu
    parts = re.split(r"\s\|\s", label)
    if len(parts) == 2 and (is_page_word(parts[0], cues) or generic_heading(parts[0], cues)):
        return True  # "Projekte | Migration und Flucht": a site's section and its topic
    if sum(is_page_word(w, cues) for w in label.split()) >= 2:
        return True  # "Home   Il progetto   Partner   Sportelli   News   Contatti": a site's menu
    if re.search(r"[\w.-]@[\w-]+\.\w", label):
        return True  # "Want to partner with us on a project? Get in touch: hello@x.org": a contact line
    if _WORK_PACKAGE.match(label):
        return True  # "WP1 – Project management (lead: X)": a part of a project, not one
    if _CAPTION.match(label):
        return True  # "Tableau 4.1 – Répartition ...": a table's caption
    # "Projet cofinancé par l'Union européenne", "Co-funded by the European Union": the Union's
    # funding notice, not a project's name
    funded = cues.search("funded_by", label)
    if funded and UNION_WORDS.search(label[funded.end() :]) and len(label.split()) <= 8:
        return True
    if funded and funded.start() == 0:
        return True  # "Cofinanziato dall'Unione", cut at its logo's dash: no name opens on who funds it
    # "National budget", "Bundesmittel": a heading naming national money, not a project.
    national = cues.search("national_funders", label)
    if national and len(label.strip(" .:")) <= len(national.group(0)) + 2:
        return True
    # "EU- Projekt", "Le projet": nothing but a project noun and short words names no project (a
    # year does: "Projet 2024-2025").
    # A name of short words is one all the same ("Fil à Fil", "RIA"), when no project noun stands in it.
    tokens = re.findall(r"[^\W_]+", label)
    if not [w for w in tokens if len(w) > 3 and not cues.has("project_nouns", w)] and (
        any(cues.has("project_nouns", w) for w in tokens) or not any(w[:1].isupper() for w in tokens)
    ):
        return True
    words = label.split()
    if words and cues.has("plural_nouns", words[-1]):
        return True  # "AMIF co-financed projects": a group
    # "Europese subsidie voor integratie", "EU funding for integration": the Union's money and
    # what it is for
    opening = [w.lower() for w in words[:3]]
    if (
        len(opening) == 3
        and _EUROPEAN.fullmatch(opening[0])
        and cues.has("funding_words", opening[1])
        and cues.has("grant_for", opening[2])
    ):
        return True
    if any(_plural_of_same(cues, w, words[:k]) for k, w in enumerate(words)):
        return True  # "Die geförderten Vorhaben im Überblick": a group
    # "Scheda del progetto", "Budget di progetto", "Toelichting per project": a generic word of the
    # project's, the noun last after an article or "of"/"per", names none
    before = words[-2].lower() if len(words) >= 2 else ""
    if (
        2 <= len(words) <= 5
        and cues.has("project_nouns", words[-1])
        and (cues.has("determiners", before) or cues.has("of_words", before) or before in ("per", "pro", "par"))
        and not any(w[:1].isupper() for w in words[1:-1] if len(w) > 4)
    ):
        return True
    # "Ist geöffnet", "Wurde am 4": a clause's verb opens it, no name
    if words and cues.has("copulas", words[0].lower()):
        return True
    if (
        len(words) > 1
        and cues.has("plural_nouns", words[0])
        and (cues.has("and_words", words[1]) or words[1] in _fund_codes())
    ):
        return True  # "Progetti FAMI 2021-2027 in provincia di X", "Projecten en subsidies": a group
    if _table_header(label):
        return True
    # "Subsidies voor 26 projecten in 2018", "19 projets subsidiés": a counted group.
    for noun in cues.find("project_nouns", label):
        count = _COUNT_BEFORE.search(label[: noun.start()])
        plural = cues.has("plural_nouns", noun.group(0)) or cues.has("same_plurals", noun.group(0))
        if count and plural and not 1990 <= int(count.group(1)) <= 2099:
            return True
        # "Drei neue Projekte für Geflüchtete", "Two new projects": a number word counts them
        worded = re.search(
            r"(?<!\w)(" + cues.regex["number_words"].pattern + r")\s+(?:[^\W\d]+\s+)?$", label[: noun.start()], re.I
        )
        if worded and plural:
            return True
    return False


_ONE = frozenset({"one", "één"})
_EUROPEAN = re.compile(r"eu|eu-|europ\w*")


def names_a_group(text: str, cues: Cues | MemoCues) -> bool:
    """Whether a plural project noun stands in the text ("Drei neue Projekte", "Die geförderten
    Vorhaben im Überblick")."""
    for n in cues.find("project_nouns", text):
        if cues.has("plural_nouns", n.group(0)) or _plural_of_same(cues, n.group(0), text[: n.start()].split()):
            return True
    return False


def _plural_of_same(cues: Cues | MemoCues, word: str, before: list[str]) -> bool:
    """Whether a noun spelt alike in both numbers ("Vorhaben") is plural where it stands: with no
    article of the singular among the two words before it ("die geförderten Vorhaben", not "das
    vierte Vorhaben")."""
    if not cues.has("same_plurals", word):
        return False
    return not any(cues.has("singular_articles", w.lower()) for w in before[-2:])


_COMPLEMENT_BEFORE = re.compile(r"(?:\b[Dd][Ee]\s+|\b[Dd]['’]|\b[Oo][Ff]\s+)$")
_FIELD_BAR = re.compile(r"\s\|\s")
_FIELD = re.compile(r"[^|]+?(?=\s*\||\s*$)")
_BULLETS = ("•", "-", "*", "·", "▪", "–")
_LEAD_NAME = re.compile(r"([^\s–—:.(][^–—:.(]{1,58}?)\s+(?:[–—:]\s|\()")
_FIRST_CLAUSE = re.compile(r"[^:;.!?]+")


_PURPOSE_END = re.compile(r"[,;:(]|\.\s|\.$|\s[–—]\s")


def _purpose_label(ctx: Context, start: int, end: int) -> str | None:
    """What a grant is for, as a project's label: the words after "for" up to the clause's end, its
    period or a parenthesis, at most twelve words, without a leading determiner or trailing short
    words ("the provision of legal information and assistance to asylum seekers in detention")."""
    text = ctx.text[start:end]
    stop = _PURPOSE_END.search(text)
    text = text[: stop.start()] if stop else text
    periods = ctx.periods_in(start, start + len(text))
    if periods:
        text = text[: periods[0].start - start]
    words = text.split()[:12]
    while words and ctx.cues.has("determiners", words[0]):
        words = words[1:]
    while words and (len(words[-1]) <= 3 or ctx.cues.has("and_words", words[-1])):
        words = words[:-1]
    return " ".join(words) if len(words) >= 2 else None


def _named_lead(line: str) -> str | None:
    """The name a project's first line opens with: in quotes ("« Connexions » – médiation ..."), or
    a few words before a dash, a colon or a bracket ("MIPAC – Migrations et participation", "Vrouwen
    Vooruit (praatgroepen ...)"); None when it opens with no name."""
    line = line.strip(" •*-")
    quoted = _quoted_name(line)
    if quoted != line:
        return quoted
    lead = _LEAD_NAME.match(line)
    if lead and word_count(lead.group(1)) <= 6:
        return lead.group(1)
    return None


# A quoted name alone on a line, maybe its sum or years after a dash or colon: "«Borghi Aperti» – 1.120.000,00 €"
_QUOTED_TITLE_LINE = re.compile(r"[«“\"„]\s*([^«»“”\"„]{3,80}?)\s*[»”“\"](?:\s*[–—:-]\s*(.+))?")
# Small words, then capitalised ones: what may go on with a name ("… op de Werkvloer Westfriesland")
_NAME_GOES_ON = re.compile(r"((?:[ \t]+[a-zà-ÿ'’]+){1,3}(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)+)")


def _lead_name(line: str) -> str:
    """The name a project's first line opens with (`_named_lead`), else the line's first clause
    ("Mise en place d'un guichet « Bienvenue » ...: accueil ...")."""
    named = _named_lead(line)
    if named is not None:
        return named
    line = line.strip(" •*-")
    first = _FIRST_CLAUSE.match(line)
    return first.group(0).strip() if first else line


@cache
def _fund_codes() -> frozenset[str]:
    """The funds' acronyms as the reference data writes them ("AMIF", "FAMI", "FSE+")."""
    from migkg.loaders.extract.names import NameIndex

    return frozenset(a for e in NameIndex.packaged().entities.values() if e.kind == "fund" for a in e.acronyms)


def about_a_fund(ctx: Context, label: str) -> bool:
    """ "Over ESF+", "About AMIF", "Sur le FAMI": a heading about a fund the text names, no project;
    nor "Europäischer Rückkehrfonds: Behörde zieht Bilanz", a headline led by the fund's name."""
    lead = label.split(":", 1)[0].strip()
    if ":" in label and any(fold(m.text) == fold(lead) for m in ctx.fund_names):
        return True
    words = label.lower().split()
    if len(words) < 2 or not ctx.cues.has("label_prefixes", words[0]):
        return False
    rest = " ".join(w for w in words[1:] if not ctx.cues.has("determiners", w))
    return any(m.text.lower() == rest for m in ctx.fund_names)


def _names_organisations(intro: str, lang: str | None) -> bool:
    """Whether a list's intro line announces organisations: a group noun of the language's
    ("organisaties", "partenaires", "partners") stands in it before its colon."""
    nouns = shapes_for(lang).group_nouns
    head = intro.rsplit(":", 1)[0]
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", head, re.IGNORECASE) for n in nouns)


_COUNT_BEFORE = re.compile(r"(?<![\w.,])(\d{1,4})\s+(?:[^\W\d]+\s+){0,2}$")


class ProjectFinders:
    """The finders; mixed into `Extractor`, whose `ctx`, `projects` and `aggregates` they fill."""

    ctx: Context
    projects: list[ProjectFact]
    offers: set[str]  # (folded) labels of a project's activities (`drop_offers_of_named_projects`)
    beneficiary_items: set[int]
    record_pages: set[int]  # ids of the projects a record page's title names
    aggregates: list[AggregateFact]

    # -- helpers ------------------------------------------------------------------------------

    def add_project(
        self, label: str, start: int, end: int, unit: int, confidence: float, **kw: object
    ) -> ProjectFact | None:
        cues = self.ctx.cues
        label = _strip_label(label, cues)
        if not label or word_count(label) < 1 or len(label) < 3 or word_count(label) > 30:
            return None
        low = label.lower()
        if not_a_project(label, cues) or cues.has("and_words", label.split()[0]):
            return None  # ... or the rest of a sentence ("Und läuft vom 1. Mai ...")
        if find_amounts(label, self.ctx.lang) and word_count(_AMOUNT_WORDS.sub(" ", label)) <= 2:
            return None  # "Volumen: 2 Mio. €", "Budget : 1,2 million d'euros": a record line, not a name
        if only_a_date(label):
            return None  # "February 2024" of "from 1 March 2022 to 29 February 2024": a date
        if re.match(rf"(?i:{cues.regex['objective_labels'].pattern})\s*\d", label):
            return None  # "Specifieke doelstelling 2 – Legale migratie", "Misura 2.c": the fund's aims
        if _ends_on_a_programming_period(label):
            # "Beschäftigung Österreich & JTF 2021–2027", "Wallonie-Bruxelles 2021-2027": a fund's
            # programme named by its programming period, no project
            return None
        programme = cues.regex["programme_nouns"].pattern
        if re.fullmatch(rf"(?i:{programme})\s+(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d", label):
            # "Het programma 2021-2027 wordt beheerd door ...": the fund's programme, no project
            # (not "le projet 2024-2025", one of a body's projects by its years)
            return None
        # A name that is only a fund, a place or an organisation is not a project.
        for m in self.ctx.fund_names + self.ctx.places:
            if m.text.lower() == low:
                return None
        if any(m.text.lower().endswith(" " + low) for m in self.ctx.fund_names):
            return None  # "Interreg" of "le programme Interreg": the fund's name
        if self._a_funds_programme(label):
            return None
        if any(m.text in label for m in self.ctx.programme_funds):
            return None  # "Puglia FESR-FSE+ 2021-2027" of "Programma regionale ...": a programme of funds
        if self._fund_and_place(label):
            return None  # "ESF Plus Saarland 2021–2027": a fund's programme for a region
        # An organisation's name is no project's, unless only its shape made it an organisation
        # ("Family Tracing Service" may be either; the text's use decides), or a table's row names
        # it after its runner ("Praatcafé Egmont | vzw Praatcafé Egmont").
        named_after_runner = bool(kw.pop("named_after_runner", False))
        if not named_after_runner and any(
            o.name.lower() == low and o.iri not in self.ctx.shape_rules for o in self.ctx.orgs
        ):
            return None
        if cues.has("project_nouns", low):
            return None
        core = _without_project_noun(low, cues)
        for p in self.projects:
            if label.isupper() and f"({low})" in p.label.lower():
                return p  # "IIB", the short name a project's label defines ("Intensieve begeleiding (IIB)")
            if p.label.lower() == low or (kw.get("code") and p.code == kw.get("code")):
                return p
            if core and _without_project_noun(p.label.lower(), cues) == core:
                return p  # "Harbour Welcome project" is "Harbour Welcome"
            # "Slí Nua (New Path)" is "Slí Nua": the name, then its translation (not "Goed om te weten
            # (Stichting X)" beside "... (Stichting Y)": one theme, each beneficiary's project)
            bare = _without_bracket(low)
            if len(bare) >= 4 and (bare == p.label.lower()) != (_without_bracket(p.label.lower()) == low):
                return p
            if re.match(rf"{re.escape(low)}\s+[–—-]\s+\w", p.label.lower()) and word_count(label) >= 2:
                return p  # "Ankommen in OWL" is the name of "Ankommen in OWL – Erstorientierung ..."
            if re.match(rf"{re.escape(p.label.lower())}\s+[–—-]\s+\w", low) and word_count(p.label) >= 2:
                return p  # ... and the other way round: "Rotte Sicure – percorsi ..." after "Rotte Sicure"
        fact = ProjectFact(label=label, evidence=Evidence(start, end, confidence), unit=unit)
        fact.rule = sys._getframe(1).f_code.co_name  # the finder's name, for debugging and tests
        for k, v in kw.items():
            setattr(fact, k, v)
        self.projects.append(fact)
        return fact

    # -- finders ------------------------------------------------------------------------------

    def find_records(self) -> None:
        """Project pages: runs of `Code:`, `Project title:`, `Project leader:`, `Project duration:`,
        `Budget:` lines, in any order, make one project each."""
        ctx, cues = self.ctx, self.ctx.cues
        keyed = self._keyed_titles()
        runs: list[list[int]] = []
        for i, u in enumerate(ctx.units):
            if i in keyed:
                runs.append([i])  # 'Caritas im Norden: "FamilienWege Rostock"' opens a record
            elif u.kind == "kv" and u.key.strip().lower() in _NOTE_KEYS:
                continue  # "Hinweis: Das Land NRW stellt ... landesweit ... zur Verfügung": the page's note
            elif u.kind == "kv":
                last = runs[-1][-1] if runs and runs[-1] else None
                # (a new paragraph that repeats a key of the run opens another record: "Projet :"
                # after "Cofinancement UE (75 %) : 556.588,80 €")
                # (or a list's line between them: "b) Kreis X" over a second "Projekttitel:")
                again = (
                    last is not None
                    and (
                        u.paragraph != ctx.units[last].paragraph
                        or any(ctx.units[j].kind == "item" for j in range(last + 1, i))
                    )
                    and any(ctx.units[j].key.lower() == u.key.lower() for j in runs[-1])
                )
                if (
                    last is not None
                    and not again
                    and all(ctx.units[j].kind != "heading" and not self._quoted_item(j) for j in range(last + 1, i))
                ):
                    runs[-1].append(i)
                else:
                    runs.append([i])
        # A page of several records, each under a heading of its own ("Sichere Orte – ..." over
        # "Projektträger:", "Laufzeit:", "Fördersumme:"): the shape repeats, each heading names its
        # record's project whatever the page's title says.
        # (a card of one line that says who pays, its words between its heading and its line,
        # counts where another card has two: "Wohnstart" over what it does and "Gefördert durch:
        # Land X", beside "DEUTSCH.RAUM" over "Laufzeit:" and "Gefördert durch:")
        headed = [run for run in runs if self._record_heading(run) is not None]
        if headed:
            headed += [
                run
                for run in runs
                if run not in headed
                and len(run) == 1
                and cues.search("funded_by", ctx.units[run[0]].key)
                and self._record_heading(run, lines=1) is not None
                and self._over_record(run)[1]
            ]
        for run in runs:
            record: ProjectFact | None = None
            if run[0] in keyed:
                record = self._keyed_record(run, *keyed[run[0]])
                if record is not None:
                    self._read_record_lines(record, run[1:])
                continue
            # ("Projektnummer: AMIF-24-0117" over "Projekt: Brückenschlag Alb – ...": the line that
            # names the project gives its label, wherever it stands in the record)
            named = [i for i in run if cues.has("project_title_keys", ctx.units[i].key.lower())]
            for i in named[:1] + [i for i in run if i not in named[:1]]:
                u = ctx.units[i]
                key = u.key.lower()
                if cues.has("project_title_keys", key) or self._naming_key(key):
                    # A quoted name ends where its quotes do, whatever the line goes on to say.
                    quoted = re.match(r"\s*" + _QUOTED.pattern, u.text)
                    label = quoted.group(1) if quoted else u.text
                    record = self.add_project(label, u.start, u.end, i, 0.9)
                    break
                code_match = next((m for p in cues.code_patterns if (m := p.search(u.text))), None)
                if cues.has("code_keys", key) and code_match:
                    code = code_match.group(0)
                    title = ctx.doc.title or ""
                    label = code
                    if code in title:
                        rest = re.sub(r"^\s*[:–—-]\s*", "", title.split(code, 1)[1])
                        rest = rest.split(" (")[0] if " (" in rest else rest
                        label = f"{code}: {rest.strip()}" if rest.strip() else code
                    else:
                        # "Taal & Werk Deventer – Projectenbank AMIF 2021-2027 | DUS-I" over a record
                        # whose "Referentie" is the code: the title's name the text repeats
                        # (not a name the title gives an organisation: "BAMF - Projektdatenbank ...")
                        named = [
                            h
                            for h in _title_heads(title)
                            if word_count(h) <= 8
                            and not generic_heading(h, cues)
                            and h in ctx.text
                            and not any(fold(o.name) == fold(h) for o in ctx.orgs)
                            and not ctx.funders_in(ctx.text.find(h), ctx.text.find(h) + len(h))
                        ]
                        label = named[-1] if named else code
                        # ("LINGUE IN RETE ER – Formazione civico-linguistica" right over its lines,
                        # "Codice progetto: PROG-2387" among them: the heading names it)
                        heading = self._record_heading(run)
                        if heading is not None and not generic_heading(heading.text, cues) and len(headed) >= 2:
                            label = heading.text.strip()
                    record = self.add_project(label, u.start, u.end, i, 0.9, code=code)
                    if record is None and label != code:
                        record = self.add_project(code, u.start, u.end, i, 0.9, code=code)
                    if record is not None:
                        # The page's title names who runs it: "(Immigration Office / DVZ-OE – ...)".
                        for o in self._title_orgs():
                            record.implementers.setdefault(o, Evidence(u.start, u.end, 0.6))
                    break
            if record is None:
                record = self._record_under_title(run, many=len(headed) >= 2)
            if record is None:
                self._partnership_lines(run)
                continue
            self._read_record_lines(record, run)
            # (and the lines right after its own that give a payer's share: "Quota comunitaria FAMI
            # (50%): € 593.225,00", "Quota nazionale (50%): a carico del Fondo di rotazione ...")
            record.scope_units.extend(j for j in self._payer_lines_after(run[-1]) if j not in record.scope_units)
            if not record.implementers:
                self._runner_over_record(record, run)

    def _keyed_titles(self) -> dict[int, tuple[int, int, str]]:
        """Lines that give a body's name, a colon and a project's name in quotes, where a page lists
        two or more such ('Caritas im Norden: "FamilienWege Rostock"', then what it does and its
        "Laufzeit:"): each line's key runs the quoted project. The key's span and the label, by
        unit. (A quote after a speaker's name is a sentence: 'Lorenz: "Wer bei uns ..."'.)"""
        ctx = self.ctx
        found: dict[int, tuple[int, int, str]] = {}
        for i, u in enumerate(ctx.units):
            if u.kind != "kv" or not u.key[:1].isupper() or word_count(u.key) > 6:
                continue
            quoted = _PAIRED_QUOTES.fullmatch(u.text.strip())
            if quoted is None:
                continue
            label = next(g for g in quoted.groups() if g is not None).strip()
            if word_count(label) > 12 or re.search(r"[.!?…]\s|[.!?…]$", label):
                continue
            a = ctx.text.find(u.key, u.value_start, u.start)
            if a < 0 or is_record_key(u.key, ctx.lang) or PERSON.match(u.key) or ctx.funders_in(a, a + len(u.key)):
                continue
            found[i] = (a, a + len(u.key), label)
        return found if len(found) >= 2 else {}

    def _keyed_record(self, run: list[int], a: int, b: int, label: str) -> ProjectFact | None:
        """The project of a keyed title's line, run by the body its key names; the sentences
        between the line and its record lines describe it."""
        ctx = self.ctx
        u = ctx.units[run[0]]
        inside = [o for o in ctx.orgs_in(a, b) if o.start == a]
        org = inside[0] if inside else ctx.add_org(ctx.text[a:b], a, b, shaped=True)
        record = self.add_project(label, u.start, u.end, run[0], 0.9)
        if record is None:
            return None
        if org is not None and not ctx.is_fund(org.iri):
            record.implementers.setdefault(org.iri, Evidence(u.value_start, u.end, 0.9))
            record.named_runner = org.iri
        j = run[0] + 1
        while j < len(ctx.units) and ctx.units[j].paragraph == u.paragraph and ctx.units[j].kind in ("sentence", "kv"):
            if ctx.units[j].kind == "sentence":
                record.scope_units.append(j)
            j += 1
        return record

    def _runner_over_record(self, record: ProjectFact, run: list[int]) -> None:
        """A list's line right over a record that is only a body's name, with its unit or its town
        ("a) Kreis X, Fachdienst Y" over "Projekttitel:", "Laufzeit:", "Bewilligte Mittel:", as an
        answer to a parliament lists each beneficiary's project): that body runs it."""
        ctx = self.ctx
        j = run[0] - 1
        if j < 0 or ctx.units[j].kind != "item" or word_count(ctx.units[j].text) > 10:
            return
        u = ctx.units[j]
        if u.text.rstrip().endswith((".", "?", ":")):
            return
        named = ctx.orgs_in(u.start, u.end)
        if named and not ctx.text[u.start : named[0].start].strip() and not ctx.is_fund(named[0].iri):
            record.implementers[named[0].iri] = Evidence(u.start, u.end, 0.8)
            record.scope_units.append(j)

    def _partnership_lines(self, run: list[int]) -> None:
        """Record lines that only say who runs and who takes part ("Capofila: X – Perugia" over
        "Partner:"): the page's project's partnership, as a partnership table says it."""
        ctx, cues = self.ctx, self.ctx.cues
        keys = [ctx.units[i].key.lower() for i in run]
        if not any(cues.has("implementer_keys", k) for k in keys) or not all(
            cues.has("implementer_keys", k) or cues.has("partner_cues", k) for k in keys
        ):
            return
        for i in run:
            u = ctx.units[i]
            lead = cues.has("implementer_keys", u.key.lower())
            for org in self._record_orgs(u):
                self.partnership.append((org.iri, lead, Evidence(u.value_start, u.end, 0.85)))  # type: ignore[attr-defined]

    def find_partners_under_keys(self) -> None:
        """A role's key on a line of its own, its bodies on the lines under it ("Lead-Partner:" over
        "Landkreis Konstanz – Amt für Migration (DE)", "Projektpartner:" over "Stadt Konstanz (DE)",
        "Caritasverband Konstanz e.V. (DE)"): the page's project's partnership, the lead's key's
        body running it. Only where a lead's key stands so, and each line under a key opens with an
        organisation's name and says little else."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        found: list[tuple[str, bool, Evidence]] = []
        for i, u in enumerate(units):
            key = u.text.strip()
            if not key.endswith(":") or word_count(key) > 5:
                continue
            key = re.sub(r"\s*\([^()]*\)", "", key[:-1]).strip().lower()
            lead = cues.has("lead_roles", key) or cues.has("implementer_keys", key)
            if not lead and not cues.has("partner_cues", key):
                continue
            for j in range(i + 1, min(len(units), i + 15)):
                line = units[j]
                if line.kind == "kv" or word_count(line.text) > 12 or line.text.rstrip().endswith(":"):
                    break
                named = ctx.orgs_in(line.start, line.end)
                if not named:
                    # ("IHK Hochrhein-Bodensee (DE)": a name nothing else found, its country after it)
                    name = re.split(r"\s*[(,–]", line.text.strip(), maxsplit=1)[0]
                    at = ctx.text.find(name, line.start, line.end)
                    made = (
                        ctx.add_org(name, at, at + len(name), shaped=True) if name[:1].isupper() and at >= 0 else None
                    )
                    named = [made] if made is not None and word_count(name) <= 5 else []
                if not named or named[0].start - line.start > 1:
                    break
                found.append((named[0].iri, lead, Evidence(line.start, line.end, 0.8)))
                if lead:
                    break  # (one body leads: the lines under it are someone else's)
        if any(lead for _o, lead, _ev in found):
            self.partnership.extend(found)  # type: ignore[attr-defined]

    def _record_heading(self, run: list[int], lines: int = 2) -> Unit | None:
        """The heading right over a run of `lines` record lines or more ("Funding:", "Period:",
        "Coordinator:"), if there is one."""
        ctx = self.ctx
        j, described = self._over_record(run)
        if described > 8:
            return None
        if j < 0 or len(run) < lines:
            return None
        # (or a list's item that is a name in quotes: 'a) „Rückkehrberatung X“' over "Träger: ...")
        if ctx.units[j].kind != "heading" and not self._quoted_item(j):
            return None
        if sum(is_record_key(ctx.units[i].key, ctx.lang) for i in run) < lines:
            return None
        return ctx.units[j]

    def _quoted_item(self, j: int) -> bool:
        """Whether unit j is a list's item that is a name in quotes, maybe with a word in brackets
        ('a) „Perspektive Arbeit“ (Verbundprojekt)'): it names the record under it."""
        u = self.ctx.units[j]
        if u.kind != "item":
            return False
        quoted = _PAIRED_QUOTES.match(u.text.strip())
        return quoted is not None and bool(re.fullmatch(r"\s*(?:\([^()]{1,40}\))?\s*", u.text.strip()[quoted.end() :]))

    def _over_record(self, run: list[int]) -> tuple[int, int]:
        """Where a record's heading may stand, and how many sentences of its section describe it
        between heading and lines: past a status line ("Sprachcafé Nordstadt" over "laufend" over
        "Träger: ...") and a few sentences on what it does ("Welcome Tables" over them, then
        "Running: ...", "Funded by: ...", as a projects page describes each project)."""
        ctx = self.ctx
        j = run[0] - 1
        section = ctx.units[run[0]].section
        # (past the lines that say which fund and which of its objectives, set as headings:
        # "PROGETTO FAMI «PAROLE PONTE»" over "Fondo Asilo, Migrazione e Integrazione 2021-2027" over
        # "OS2 – Migrazione legale/Integrazione" over "Capofila: ...")
        while j > 0 and ctx.units[j].kind == "heading" and self._fund_line(j) and ctx.units[j - 1].kind == "heading":
            j -= 1
            section = ctx.units[j].section
        if j > 0 and self._record_status(j):
            j -= 1
            if ctx.units[j + 1].kind == "heading":
                section = ctx.units[j].section  # a status set as a heading opens no section of its own
        described = 0
        while j > section >= 0 and ctx.units[j].kind == "sentence" and ctx.units[j].section == section:
            j -= 1
            described += 1
        return j, described

    def _fund_line(self, j: int) -> bool:
        """Whether a line names a fund's objective ("OS2 – Migrazione legale/Integrazione") or the fund
        alone, with its years ("Fondo Asilo, Migrazione e Integrazione 2021-2027")."""
        ctx = self.ctx
        u = ctx.units[j]
        if _OBJECTIVE.match(u.text.strip()):
            return True
        rest = u.text
        for m in sorted(ctx.fund_names, key=lambda m: -m.start):
            if u.start <= m.start and m.end <= u.end:
                rest = rest[: m.start - u.start] + " " + rest[m.end - u.start :]
        rest = re.sub(r"\b(?:19|20)\d\d\b|[-–/()]", " ", rest)
        return rest.strip() != u.text.strip() and word_count(rest) == 0

    def _record_status(self, i: int) -> bool:
        """Whether a line is a record's status alone ("laufend", "afgerond", "in corso")."""
        u = self.ctx.units[i]
        if u.kind not in ("sentence", "heading"):
            return False
        if self.ctx.cues.has("status_words", u.text.strip(" .·•–-")):
            return True
        # or when it runs, alone: "Seit 2022", "2023 – 2025"
        return word_count(u.text) <= 4 and any(
            not self.ctx.text[u.start : m.start].strip() and not self.ctx.text[m.end : u.end].strip(" .")
            for m in self.ctx.periods_in(u.start, u.end)
        )

    def _record_under_title(self, run: list[int], many: bool = False) -> ProjectFact | None:
        """A project database's page: the heading right over the record lines names the project,
        when the page's title does too, or when the page has several records so headed (`many`)."""
        # on a page of several records, one of a single line is a record too ("Duration: since 2022")
        heading = self._record_heading(run, lines=1 if many else 2)
        if heading is None or _DATELINE.fullmatch(heading.text.strip()):
            # ("Magdeburg, den 18. März 2024" under "Pressemitteilung Nr.: 047/2024": a press
            # release's place and date, over its number)
            return None
        if any(self.ctx.cues.has(k, heading.text.strip(" :").lower()) for k in _RECORD_KEYS):
            return None  # "Budget" over "Costo totale del progetto:", "Quota comunitaria FAMI:": a key's section
        heads = [h.lower() for h in _title_heads(self.ctx.doc.title or "") if len(h) >= 3]
        at, described = self._over_record(run)
        # ("Focus – Atelier « Clés pour s'installer »" over its description and "Durée :", "Coût
        # total :": a heading that quotes a name over its record's lines names that project)
        titled = many or (not described and any(h in heading.text.lower() for h in heads))
        quoted = _PAIRED_QUOTES.search(heading.text) if heading.kind == "heading" and not titled else None
        if quoted is None and not titled:
            return None  # (described between heading and lines: only where the shape repeats)
        label = next(g for g in quoted.groups() if g is not None) if quoted else heading.text
        if heading.kind == "item":
            # 'a) „Perspektive Arbeit – ...“ (Verbundprojekt)': the name in its quotes
            quoted = _PAIRED_QUOTES.match(label.strip())
            label = next(g for g in quoted.groups() if g is not None) if quoted else label
        record = self.add_project(label, heading.start, heading.end, at, 0.85)
        if record is not None:
            # the sentences that describe it between its heading and its lines are its own words
            record.scope_units.extend(j for j in range(at + 1, run[0]) if self.ctx.units[j].kind == "sentence")
            if quoted is not None:
                record.scope_units.extend(self._payer_lines_after(run[-1]))
        return record

    def _payer_lines_after(self, last: int) -> list[int]:
        """The lines right after a record's that give a payer's share, a key too long for a record
        line ("Cofinancement État – BOP 104 « Intégration ... » : 26 800 €"): the record's own."""
        ctx = self.ctx
        units, out = ctx.units, []
        j = last + 1
        while j < len(units) and units[j].kind in ("sentence", "item") and ":" in units[j].text:
            u = units[j]
            paid = ctx.amounts_in(u.start, u.end) or (KEYED_SHARE.search(u.text) and ctx.funders_in(u.start, u.end))
            if not paid or u.text[: u.text.find(":")].count(" ") > 14:
                break
            out.append(j)
            j += 1
        return out

    def _naming_key(self, key: str) -> bool:
        """A key that introduces a project's name: "The project entitled", "Le projet intitulé"."""
        cues = self.ctx.cues
        naming = cues.search("naming_words", key)
        return (
            naming is not None
            and not key[naming.end() :].strip()
            and cues.search("project_nouns", key[: naming.start()]) is not None
            and word_count(key) <= 5
        )

    def _runner_key(self, key: str) -> bool:
        """Whether a record line's key names its runner: a runner's key, alone or with one word of
        the side it leads ("Chef de file suisse", "Lead partner Ireland")."""
        cues = self.ctx.cues
        if cues.has("implementer_keys", key):
            return True
        words = key.split()
        return (
            len(words) >= 2
            and cues.has("implementer_keys", " ".join(words[:-1]))
            and words[-1].isalpha()
            and not cues.has("partner_cues", words[-1])
            and not cues.has("implementer_keys", words[-1])
        )

    def _read_record_lines(self, record: ProjectFact, lines: list[int]) -> None:
        """A record's lines: who runs it, its duration or start and end dates, its budget."""
        ctx, cues = self.ctx, self.ctx.cues
        money_lines: list[Unit] = []
        for i in lines:
            u = ctx.units[i]
            key = u.key.lower()
            # (a key's words in brackets say no more of whom it names: "Zuwendungsempfänger
            # (Verbundkoordination)")
            named_as = BRACKETED.sub("", key).strip()
            record.scope_units.append(i)
            if self._runner_key(named_as):
                orgs = self._record_orgs(u)
                for org in orgs:
                    record.implementers[org.iri] = Evidence(u.value_start, u.end, 0.9)
                if orgs and record.named_runner is None:
                    # "Implementing organization: IOM": the record says who runs it; the pair
                    # decisions add no other runner
                    record.named_runner = orgs[0].iri
            elif cues.has("partner_cues", named_as):
                for org in self._record_orgs(u):
                    if org.iri not in record.implementers:
                        record.partners[org.iri] = Evidence(u.value_start, u.end, 0.85)
            elif cues.has("fund_keys", key):
                money_lines.append(u)
                # "Financiering: AMIF en Stad Gent": who pays beside the fund
                for o in ctx.orgs_in(u.value_start, u.end):
                    if ctx.pays_on_fund_line(o, u, record.implementers):
                        record.funders.setdefault(o.iri, Evidence(u.value_start, u.end, 0.85))
            elif cues.has("duration_keys", key):
                if not self._years_from(record, u.start, u.end, 0.9):
                    # "Förderzeitraum: 2022": one year alone, the project ran in it
                    alone = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", u.text)
                    if alone:
                        record.start_year = record.end_year = int(alone.group(1))
                        record.years_evidence = Evidence(u.start, u.end, 0.9)
            elif cues.has("start_keys", key) or cues.has("end_keys", key):
                year = re.search(r"\b(?:19|20)\d\d\b", u.text)
                if year is not None:
                    if cues.has("start_keys", key):
                        record.start_year = int(year.group(0))
                    else:
                        record.end_year = int(year.group(0))
                    record.years_evidence = Evidence(u.start, u.end, 0.9)
            # (a key's words in brackets stand between its cue and its sum: "Crédits État (BOP 104)")
            elif roles := find_money_roles(f"{self._money_key(u)}: {u.text}", ctx.lang):
                # "EU contribution: 1 225 306,00 € (50%)", "Total budget: 2 450 612,00 €"
                record.take_costs(roles, Evidence(u.start, u.end, 0.85))
                money_lines.append(u)
            elif cues.has("budget_keys", key):
                self._amounts_from(record, u.start, u.end)
                money_lines.append(u)
        if record.start_year is None and record.end_year is None:
            # a record with no line of its duration: the year its sum is for ("Crédits État : 22 500 €
            # (2024)", "Zuschuss: 40.000 Euro für das Jahr 2023") is the year it runs
            for u in money_lines:
                years = {int(y) for y in _YEAR4.findall(u.text)}
                if not self._years_from(record, u.start, u.end, 0.8) and len(years) == 1:
                    record.start_year = record.end_year = years.pop()
                    record.years_evidence = Evidence(u.start, u.end, 0.8)
                if record.start_year is not None:
                    break

    def _record_orgs(self, u: Unit) -> list:
        """The organisations a record line lists: "Caritas Österreich und Diakonie Österreich",
        "A, B, C" (each added as an organisation)."""
        ctx = self.ctx
        value = re.split(r"\s+\(|\s+[–—]\s+|;", u.text)[0]
        # ("Träger: GrünBau gGmbH, in Kooperation mit dem Jobcenter Dortmund": a partner after the cue
        # runs nothing the line names)
        cut = next((m for m in ctx.cues.find("partner_cues", value) if m.start() > 0 and " " in m.group(0)), None)
        if cut is not None:
            value = value[: cut.start()].rstrip(" ,")
        if PERSON.match(value):
            return []  # "Projektleitung: Mag.a Eva Hofstätter, MSc": a person, no organisation
        if u.kind == "kv" and ctx.cues.has("person_keys", u.key.lower()) and self._a_persons_name(u.start, value):
            return []  # "Projectleider: Sanne Verhoeven": a person, no organisation
        # "Betreuungs- und Unterstützungsleistungen": a compound's elided head joins, it lists nothing
        glue = re.compile(r"\s*,\s*|\s*&\s*|(?<![-‐])\s+" + ctx.cues.regex["and_words"].pattern + r"\s+")
        known = ctx.index.org_by_name
        out, at = [], 0
        for part in [*glue.finditer(value), None]:
            if part is not None:
                # "Agentschap Integratie en Inburgering": a name the reference data knows goes on
                # past the "and"
                first = u.start + at + len(value[at:]) - len(value[at:].lstrip())
                glued = u.start + part.start()
                if any(o.known and o.start == first and o.end > glued for o in ctx.orgs_in(first, u.end)):
                    continue
                # (nor a name the shapes read across it: "Bayerisches Landesamt für Asyl und
                # Rückführungen")
                if any(o.start < glued and o.end >= u.start + part.end() for o in ctx.orgs_in(first, u.end)):
                    continue
            if part is not None and part.group(0).strip() not in (",", ""):
                left = value[at : part.start()].strip()
                # "Arbeit & Leben gGmbH", "Solidarité & Logement asbl", "Habitat et Humanisme":
                # one word that names no organisation of its own (no acronym, no name the
                # reference data knows) before "&" or "and" is part of one name
                if len(left.split()) == 1 and fold(left) not in known and not left.isupper():
                    continue
            end = part.start() if part is not None else len(value)
            name = value[at:end].strip()
            if name and part is None and out and self._seat_after_name(value[:at], name):
                break  # "Brückenschlag Vorpommern e. V., Greifswald": the town it sits in
            if name and part is None and len(out) == 1 and self._unit_after_name(value[:at], name):
                break  # "City of X, Immigration Services": the body's own unit
            if name:
                lead = value.index(name, at)
                a, b = u.start + lead, u.start + lead + len(name)
                # "Internationale Organisatie voor Migratie (IOM)": the organisation the reference
                # data knows by the name and its short form, not a new one of the name alone
                referenced = next((o for o in ctx.orgs_in(a, u.end) if o.known and o.start == a), None)
                org = referenced or ctx.add_whole_org(name, a, b)
                if org is not None and org not in out:
                    out.append(org)
            if part is not None:
                at = part.end()
        return out

    def _a_persons_name(self, start: int, value: str) -> bool:
        """Whether a record's value is a person's name: two to four capitalised words (with a
        surname's particles: "Marieke van der Berg"), no organisation the reference data knows,
        no head or legal form of a body's name."""
        ctx = self.ctx
        # (up to the contact details after it: "Ieva Bērziņa, ieva.berzina@...")
        words = value.split(",")[0].strip(" .").split()
        capitalised = [w for w in words if w not in SURNAME_PARTICLES]
        return (
            2 <= len(capitalised) <= 4
            and all(_NAME_WORD.fullmatch(w) and w[:1].isupper() and not w.isupper() for w in capitalised)
            and not any(o.known for o in ctx.orgs_in(start, start + len(value) + 40))
            and ctx.cues.search("org_heads", value) is None
            and ctx.cues.search("legal_forms", value) is None
        )

    def _unit_after_name(self, before: str, name: str) -> bool:
        """Whether the last part of a record's list, after the one name before it and a comma, is
        that body's own unit: "Referat für Migration", "Immigration Services" (its first word a
        unit's, and no name the reference data knows)."""
        if not re.search(r",\s*$", before) or "," in before.rstrip()[:-1]:
            return False
        return (
            self.ctx.is_unit_name(name.split())
            and word_count(name) <= 5
            and fold(name) not in self.ctx.index.org_by_name
        )

    def _seat_after_name(self, before: str, name: str) -> bool:
        """Whether the last part of a record's list is the town the name before it sits in: one
        word after a comma, behind a name that ends in its legal form, or a place the text knows."""
        if not re.search(r",\s*$", before) or not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿß]+(?:-[A-ZÀ-Þ]?[a-zà-ÿß]+)*", name):
            return False
        if self.ctx.is_place(name):
            return True
        owner = re.sub(r"\s*,\s*$", "", before)
        if "," not in owner and word_count(owner) >= 2 and fold(name) not in self.ctx.index.org_by_name:
            return True  # "Verein Frauen aus allen Ländern, Innsbruck": one name of words, then a town
        return any(m.end() == len(owner) for m in self.ctx.cues.regex["legal_forms"].finditer(owner))

    def _title_orgs(self) -> list[str]:
        found = self.ctx.title_names
        return list(dict.fromkeys(m.entity.iri for m in found if m.entity.kind == "org" and not m.entity.is_eu_body))

    def find_keyed_heading_lists(self) -> None:
        """A partnership's lists under key headings: "Coordinator" over "• Federación X (Spain)",
        then "Beneficiaries" or "Partners" over more lines: the bodies the lines open with are the
        page's project's lead and its partners (as a partnership table says it). Read only where a
        runner's key heads one of the lists."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        found: list[tuple[str, bool, Evidence]] = []
        for h, u in enumerate(units):
            if u.kind != "heading" or word_count(u.text) > 3:
                continue
            key = u.text.strip(" :").lower()
            lead = cues.has("implementer_keys", key)
            if not lead and not cues.has("partner_cues", key.split()[0] if key else ""):
                continue
            for j in range(h + 1, len(units)):
                line = units[j]
                if line.section != h or line.kind != "item":
                    break
                # (a short line of a body's name, maybe read from a later word: "Federación Andalucía
                # Acoge (Spain)")
                named = ctx.orgs_in(line.start, line.end)
                org = named[0] if named and word_count(line.text) <= 12 and named[0].start - line.start <= 40 else None
                if org is None and lead:
                    # (a name the text does not know, under a runner's key: the line's words before
                    # its country in brackets, "Fundación Murcia Acoge (Spain)")
                    name = re.sub(r"\s*\([^()]*\)\s*$", "", line.text).strip(" •*-–·▪;,.")
                    if name[:1].isupper() and 1 < word_count(name) <= 6:
                        at = ctx.text.find(name, line.start, line.end)
                        org = ctx.add_org(name, at, at + len(name)) if at >= 0 else None
                if org is not None and not ctx.is_fund(org.iri):
                    found.append((org.iri, lead, Evidence(line.start, line.end, 0.8)))
        if any(lead for _o, lead, _ev in found):
            self.partnership.extend(found)  # type: ignore[attr-defined]

    def find_keyed_runner_items(self) -> None:
        """List items that tell what an action does, then who runs it in a keyed sentence of their
        own: "- Ateliers sociolinguistiques à Brive : 14 groupes hebdomadaires. Porteur : Centre
        social X.", "– Sprachcafé im Stadtteil Y, jeden Dienstag. Träger: Verein Z e. V." Each such
        item is a project; the key's organisation runs it."""
        ctx, cues = self.ctx, self.ctx.cues
        taken = {j for p in self.projects for j in p.scope_units}
        for i, u in enumerate(ctx.units):
            if u.kind != "item" or i in taken:
                continue
            for m in _KEYED_SENTENCE.finditer(u.text):
                key = m.group(1).strip().lower()
                words = key.split()
                # (a participle may follow the key: "Opérateur retenu :", "Träger vor Ort:")
                if not cues.has("implementer_keys", key) and not (
                    len(words) == 2 and cues.has("implementer_keys", words[0])
                ):
                    continue
                at = u.start + m.end()
                # (a name the shapes read right after the key, whatever dots it holds: "Verein X e. V.")
                org = next((o for o in ctx.orgs_in(at, u.end) if o.start - at <= 12), None)
                if org is None:
                    value = _LABEL_END.split(u.text[m.end() :], maxsplit=1)[0]
                    name = re.split(r",|\s[–—-]\s|\s\(", value, maxsplit=1)[0].strip()
                    org = ctx.add_org(name, at, at + len(name), shaped=True) if name else None
                title = self._item_title(u.text[: m.start() + 1])
                if org is None or not title:
                    break
                p = self.add_project(title, u.start, u.end, i, 0.8)
                if p is not None:
                    p.implementers.setdefault(org.iri, Evidence(u.start, u.end, 0.8))
                    p.scope_units.append(i)
                break

    def _item_title(self, text: str) -> str:
        """What a list item that describes an action calls it: its words before a colon
        ("Ateliers sociolinguistiques (ASL) à Brive : 14 groupes"), else its one quoted name
        ("Ateliers de français « Français pour l'emploi », à Tulle"), else its first clause."""
        head = re.split(r"\s?:\s", text, maxsplit=1)
        quoted = list(_PAIRED_QUOTES.finditer(text))
        # (not a fund's objective: "Spezifisches Ziel 3 (Rückkehr): „ReConnect“ – Projektträger: X")
        objective = len(head) == 2 and _OBJECTIVE.match(head[0]) is not None and len(quoted) == 1
        if len(head) == 2 and 1 <= word_count(head[0]) <= 10 and not objective:
            return head[0].strip()
        if len(quoted) == 1:
            return next(g for g in quoted[0].groups() if g is not None)
        first = _LABEL_END.split(text, maxsplit=1)[0]
        return re.split(r",|\s\(|\s[–—-]\s", first, maxsplit=1)[0].strip()

    def find_list_items(self) -> None:
        """List items: "Title (Organisation)", "Title lead by Organisation", or bare titles in a
        list that a line about projects introduces."""
        ctx, cues = self.ctx, self.ctx.cues
        # ("1) « Parler pour agir » – Solidarité Accueil Layon (Chalonnes-sur-Loire)": a numbered
        # section's line names its project and its runner already; the town in brackets runs nothing)
        numbered = {p.unit for p in self.projects if p.rule == "find_numbered_sections" and p.implementers}
        numbered |= {p.unit for p in self.projects if p.rule == "find_keyed_runner_items"}
        for i, u in enumerate(ctx.units):
            if u.kind != "item" or i in numbered or self._under_activities(u) or self._under_a_question(i):
                continue
            if i in self.footnote_units:  # type: ignore[attr-defined]
                continue  # "* Not AMIF. X was paid for by ...": a table's footnote
            if self._under_partners(u):
                continue  # "5. Cooperativa sociale X (Genova) – laboratori ...: € 348.350": a partner's share
            text = u.text
            if self._quoted_by(u, i):
                continue
            # "Rückkehr (z. B. Rückkehrberatung, Reintegration)", "OS2 Migrazione legale e
            # integrazione": a line of the fund's objectives, not a project (but "Spezifisches Ziel
            # 3 (Rückkehr): „ReConnect Austria“ – ..." names one in quotes)
            head = _ITEM_HEAD.split(text, maxsplit=1)[0].strip()
            if names_a_day(head) and re.fullmatch(r"[\d\s.]*[^\W\d_]+[\s.]*(?:(?:19|20)\d\d)?", head.strip(" –-")):
                continue  # "9 juli 2025: online informatiebijeenkomst": a call's timetable, no project
            when = re.split(r"[,;(]", text.split(":", 1)[1])[0] if ":" in text else ""
            if (names_a_day(when) and word_count(when) <= 4 and _YEAR4.search(when)) or _NUMERIC_DATE.fullmatch(
                when.strip()
            ):
                # "Forum emploi : 20 novembre 2025, Hôtel de Région": an event's day, no project
                # ("Antragsfrist: 15.11.2024 (Eingang bei der NBank)": a deadline)
                continue
            objective = _OBJECTIVE.match(head) is not None
            if objective or any(m.text.strip() == head for m in ctx.goals if u.start <= m.start < u.end):
                quoted = _PAIRED_QUOTES.search(text) if objective else None
                if quoted:
                    name = next(g for g in quoted.groups() if g is not None)
                    p = self.add_project(name, u.start, u.end, i, 0.8)
                    if p is not None:
                        p.scope_units.append(i)
                continue
            if i in self.beneficiary_items and any(i in (p.unit, *p.scope_units) for p in self.projects):
                continue
            if (named := self._item_named_first(u, listed=self._in_project_list(i))) is not None:
                # "• Werkroute Nieuwkomers. Namens de regio heeft de gemeente subsidie ontvangen uit
                # het ESF+ ...": a short name as the line's first sentence, then how it is paid
                p = self.add_project(named, u.start, u.end, i, 0.75)
                if p is not None:
                    p.scope_units.append(i)
                    continue
            colon = text.find(":")
            if colon > 0 and ctx.funders_in(u.start, u.start + colon) and find_amounts(text[colon:], ctx.lang):
                continue  # "• Europese Unie – AMIF (2021-2027): € 1.605.000 (75%)": a payer's share, no title
            if colon > 0 and find_amounts(text[colon:], ctx.lang) and ctx.orgs_in(u.start, u.start + colon):
                rest = _AMOUNT_WORDS.sub(" ", text[colon + 1 :])
                payer = re.sub(r"\([^()]*\)", " ", text[:colon])  # (what the brackets add: who, which budget)
                for o in ctx.orgs_in(u.start, u.start + colon):  # ("Autonome Provinz Bozen – Südtirol")
                    payer = payer.replace(ctx.text[o.start : o.end], " ")
                if word_count(re.sub(r"[\d.,\s€%()]+", " ", rest)) == 0 and word_count(payer) <= 2:
                    continue  # "- État (DDETS du Doubs, programme 104) : 61 240 €": a payer's share line
            paren = self._runner_paren(u)
            impl = cues.search("implemented_by", text)
            # (not "- un'agenzia sociale per la casa, gestita dalla cooperativa X;": a line in lower
            # case goes on from its list's intro, it tells what a project does)
            # (not a cue sentences further on, of the fund: '"Gezond van start" – een landelijk project
            # van X ... . Het AMIF wordt ... uitgevoerd door de RVO.')
            if impl and len(re.findall(r"[.!?]\s+(?=[A-ZÀ-Þ])", text[: impl.start()])) >= 2:
                impl = None
            if impl and any(
                FUND_AS_SUBJECT.fullmatch(ctx.text[e : u.start + impl.start()])
                for _f, _s, e in ctx.funders_in(u.start, u.start + impl.start())
            ):
                continue  # "- Il PR FSE+ 2021-2027 è gestito dalla Regione X": who manages a fund, no project
            if impl and impl.start() > 3 and (not text[:1].islower() or self._funded_lower_item(i)):
                # (the item's name is its first sentence: "Croeso Mentoring (2017 to 2020). A peer
                # mentoring scheme run by X")
                # (not an answer's paragraph of sentences, the cue in its third: "1. Voor het
                # integratieluik ... treedt X op ... . De oproep werd beheerd door ...")
                title = text[: impl.start()]
                parts = re.split(r"(?<=[)\w])\.\s+(?=[A-ZÀ-Þ])", title, maxsplit=1)
                if len(parts) == 2 and word_count(parts[0]) <= 8 and not re.search(r"[.!?]\s", parts[1]):
                    title = parts[0]
                # ("a. Het project Werkfit Utrecht-West. Dit project wordt uitgevoerd door ...": the name
                # after its article and noun)
                noun = re.match(
                    rf"\s*(?:(?:{cues.regex['determiners'].pattern})\s+)?(?:{cues.regex['project_nouns'].pattern})\s+(?=[A-ZÀ-Þ])",
                    title,
                    re.I,
                )
                if noun and word_count(title[noun.end() :]) >= 1:
                    title = title[noun.end() :]
                quoted = _PAIRED_QUOTES.search(title)
                if quoted and word_count(title[: quoted.start()] + title[quoted.end() :]) <= 4:
                    # 'Het project "Venlo Verbindt" wordt uitgevoerd door ...': the name in its quotes
                    title = next(g for g in quoted.groups() if g is not None)
                org_text = text[impl.end() :].strip(" .;")
                org_start = u.start + impl.end() + (len(text[impl.end() :]) - len(text[impl.end() :].lstrip()))
                # (not its sum after a colon: "porté par l'AFEJI Hauts-de-France : 68 000 € (État)")
                org = ctx.add_org(re.split(r"\.\[|\[|\s+\(|\s*:\s+(?=[€$\d])", org_text)[0], org_start, u.end)
                first = org_text.split()[0] if org_text.split() else ""
                # (a word of how many or which, not an article: "uitgevoerd door het OCMW" names one)
                vague = first.isalpha() and first.islower() and not cues.has("determiners", first)
                first = first.lower()
                if org is None and (vague or cues.has("indefinite_articles", first) or first in cues.numbers):
                    continue  # "Partnerships of the above, led by one eligible lead applicant": who may apply
                p = self.add_project(title, u.start, u.end, i, 0.85)
                if p is not None and org is not None:
                    p.implementers[org.iri] = Evidence(u.start, u.end, 0.85)
                if p is not None:
                    p.scope_units.append(i)
                continue
            if i in self.beneficiary_items:
                continue
            # "- « Boussole », du Service Droit des Jeunes de Namur, qui organise ...": a line that
            # opens with a short quoted name, then a comma or a dash, names its project
            opening = _PAIRED_QUOTES.match(text)
            if opening and re.match(r"\s*[,:–—-]", text[opening.end() :]):
                name = next(g for g in opening.groups() if g is not None)
                if word_count(name) <= 6 and not generic_heading(name, cues):
                    p = self.add_project(name, u.start, u.end, i, 0.75)
                    if p is not None:
                        p.scope_units.append(i)
                    continue
            if not paren and self._in_project_list(i) and (self._item_with_org(u, i) or self._title_then_runner(u, i)):
                continue
            if self._in_project_list(i) and self._dashed_runner_field(u, i):
                continue
            if paren and ctx.is_country(paren.group(1).strip()):
                continue  # "Fondazione ISMU (Italy)": a partnership's member and its country, no project
            if paren and _DOCUMENT_INFO.search(paren.group(1)):
                continue  # "Scheda progetto (PDF, 240 KB)": a download, no project
            if paren and ctx.is_place(paren.group(1).strip()):
                paren = None  # "Aquarelle asbl (Bruxelles) – ...": where, not who
            if paren and self._partner_list(i):
                continue  # "in partenariato con:" over "CPIA di Rovigo (Centro ...)": partners, no projects
            if paren and paren.start() > 2 and not text[:1].islower():
                # (a line that opens in lower case goes on from its list's intro: "die onder de Wet
                # inburgering vallen (B1-route of Z-route)" is a condition, not a title)
                inner = paren.group(1)
                title = text[: paren.start()]
                quoted = _PAIRED_QUOTES.fullmatch(title.strip())
                if quoted:  # „Sicher ankommen“ (Diakonie RWL e. V.): the name without its quotes
                    title = next(g for g in quoted.groups() if g is not None)
                inner_start = u.start + paren.start(1)
                code = next((m.group(0) for p in cues.code_patterns if (m := p.search(inner))), None)
                if code:
                    p = self.add_project(title, u.start, u.end, i, 0.85, code=None)
                    if p is not None:
                        p.scope_units.append(i)
                    continue
                if ctx.periods_in(inner_start, u.start + paren.end(1)):
                    pass  # "(2016-2017)": a period, not an organisation
                elif _short_form_of(inner, title):
                    pass  # "Geldautomatensprengungen (GAA)": the title's own short form
                elif _PAIRED_QUOTES.fullmatch(inner.strip()):
                    pass  # "Gewaltschutz und Früherkennung („SAFE NI“)": the project's quoted short name
                elif text[paren.end() :].lstrip().startswith(":") and self._org_line(
                    u.start, u.start + len(title.rstrip())
                ):
                    pass  # "• Land Hessen (WIR-Programm): 120.000 Euro": a payer's line, no title
                elif (self._payer_paren(u, paren) or self._payer_parens_list(i)) and self._titled_project_line(
                    i, title
                ):
                    # "ZUSAMMEN:WACHSEN – ..., 2023–2025 (kofinanziert aus Mitteln des AMIF ...)",
                    # and so "ANKER – ..., seit 2021 (Fonds Soziales Wien)" in the same list: who
                    # pays each line's project, not who runs it
                    p = self.add_project(title, u.start, u.end, i, 0.8)
                    if p is not None:
                        p.scope_units.append(i)
                        ev = Evidence(u.start, u.end, 0.8)
                        for f, _a, _b in ctx.funders_in(inner_start, inner_start + len(inner)):
                            p.funders.setdefault(f, ev)
                        for o in ctx.orgs_in(inner_start, inner_start + len(inner)):
                            p.funders.setdefault(o.iri, ev)
                    continue
                elif "," in inner and not ctx.orgs_in(inner_start, inner_start + len(inner)):
                    # "Workshops (Arbeitsrecht, Lohnzettel, Sozialversicherung)": what, not who
                    if self._org_line(u.start, u.start + len(title.rstrip())):
                        continue  # "- Volkshochschule Linz (Deutschkurse, Basisbildung)": a partner and its part
                elif (
                    ctx.names_a_town(inner.strip()) or self._placed_elsewhere(inner.strip(), inner_start)
                ) and not self._runner_key_under(i):
                    # "1. Taalcafé Plus (Deventer)" on a page that names "de gemeenten Zwolle en
                    # Deventer": where it runs; its lines say who runs it
                    p = self.add_project(title, u.start, u.end, i, 0.85)
                    if p is not None:
                        p.scope_units.append(i)
                    continue
                elif not ctx.funders_in(inner_start, inner_start + len(inner)):
                    keyed = self._runner_key_under(i)
                    # ("Lower Silesian Integration Network (Dolnośląska Sieć Integracji)" over "Lead:
                    # NOMADA.": the line under it says who runs it; the brackets hold the name's other
                    # language)
                    org = keyed or ctx.add_org(inner, inner_start, inner_start + len(inner))
                    if org is not None:
                        p = self.add_project(title, u.start, u.end, i, 0.85)
                        if p is not None:
                            p.implementers[org.iri] = Evidence(u.start, u.end, 0.85)
                            p.scope_units.append(i)
                        continue
            if (coded := self._quoted_coded_name(text)) is not None:
                # 'b) Piano regionale ... "PAROLE IN CAMMINO" (PROG-3140), realizzato ...': a quoted
                # name with its grant's code in brackets names the line's project
                p = self.add_project(coded[0], u.start, u.end, i, 0.8, code=coded[1])
                if p is not None:
                    p.scope_units.append(i)
                    continue
            if self._in_project_list(i) and (name := self._one_quoted_name(u)):
                # "• À Saint-Brieuc, le CCAS ouvrira un point d'accès ..., « Premiers pas », destiné
                # ...": a line of a list of projects with one short quoted name names its project
                p = self.add_project(name, u.start, u.end, i, 0.7)
                if p is not None:
                    p.scope_units.append(i)
                    continue
            # (a line that opens in lower case goes on from the intro: "Het nieuwe project:" over
            # "• breidt uit naar Leuven ...;" tells what one project does, it names none)
            if (
                self._in_project_list(i)
                and word_count(text) <= 14
                and not text.rstrip().endswith(".")
                and not text[:1].islower()
            ):
                p = self.add_project(text, u.start, u.end, i, 0.6)
                if p is not None:
                    p.scope_units.append(i)

    def _quoted_coded_name(self, text: str) -> tuple[str, str] | None:
        """The one quoted name a line gives right before a grant's code in brackets, and the code."""
        found = []
        for m in _PAIRED_QUOTES.finditer(text):
            bracket = re.match(r"\s*\(([^()]{3,40})\)", text[m.end() :])
            if bracket is None:
                continue
            inner = bracket.group(1).strip()
            if any(c.fullmatch(inner) for c in self.ctx.cues.code_patterns):
                found.append((next(g for g in m.groups() if g is not None), inner))
        return found[0] if len(found) == 1 else None

    def _item_named_first(self, u: Unit, listed: bool = False) -> str | None:
        """The name a list line opens with as a sentence of its own, when the words after it say how
        a fund pays ("Werkroute Nieuwkomers. Namens ... subsidie ontvangen uit het ESF+"), or in a
        list its intro says is of projects (`listed`: "lopen er twee projecten:" over "b.
        Taalmaatjes Woerden. Hierbij koppelt ..."): two to five words, capitalised, none of them a
        body's name or a fund's."""
        ctx, cues = self.ctx, self.ctx.cues
        m = re.match(r"\s*([A-ZÀ-Þ][\w'’&-]*(?:\s+[\w'’&-]+){1,4})\.\s+(?=[A-ZÀ-Þ])", u.text)
        if m is None:
            return None
        name = m.group(1)
        words = name.split()
        if not all(w[:1].isupper() or len(w) <= 3 for w in words) or any(
            cues.has("determiners", w.lower()) or cues.has("copulas", w.lower()) for w in words
        ):
            return None
        a, b = u.start + m.start(1), u.start + m.end(1)
        # (a town's name in it is where it runs: "Samen Starten in Schiedam. Dit project ...")
        bodies = [o for o in ctx.orgs_in(a, b) if not ctx.names_a_town(ctx.text[o.start : o.end])]
        if bodies or ctx.funders_in(a, b) or ctx.is_place(name) or generic_heading(name, cues):
            return None
        rest = u.text[m.end() :]
        paid = ctx.funders_in(u.start + m.end(), u.end) and (
            cues.search("funding_words", rest) or cues.search("receives", rest) or cues.search("within_fund", rest)
        )
        return name if paid or listed else None

    def _runner_key_under(self, i: int) -> OrgMention | None:
        """The organisation a record line right under list item `i` names under a runner's key
        ("Lead: NOMADA. Partners: ...", "Projektträger: X")."""
        units, cues = self.ctx.units, self.ctx.cues
        if (
            i + 1 >= len(units)
            or units[i + 1].kind != "kv"
            or not cues.has("implementer_keys", units[i + 1].key.lower())
        ):
            return None
        u = units[i + 1]
        named = self.ctx.orgs_in(u.start, u.end)
        return named[0] if named and named[0].start - u.start <= 3 else None

    def _one_quoted_name(self, u: Unit) -> str | None:
        """The one short quoted name a line holds, if it holds one only and it names no
        organisation, fund or section."""
        found = {next(g for g in m.groups() if g is not None): m for m in _PAIRED_QUOTES.finditer(u.text)}
        if len(found) != 1:
            return None
        name, m = next(iter(found.items()))
        a, b = u.start + m.start(), u.start + m.end()
        # (not '"ponte"' in "sei appartamenti "ponte"": a word in quotes, no name; nor a budget
        # line's "€ 6.500,00 ... cap. 11040/3 "Interventi ..."": a chapter's name after a sum)
        if not name[:1].isupper() or word_count(name) > 8 or generic_heading(name, self.ctx.cues):
            return None
        if self.ctx.amounts_in(u.start, a):
            return None
        if self.ctx.orgs_in(a, b) or self.ctx.funders_in(a, b):
            return None
        return name

    def _org_line(self, a: int, b: int) -> bool:
        """Whether the text between a and b (a list line's part) is one organisation's name alone."""
        head = self.ctx.text[a:b]
        lead = len(head) - len(head.lstrip(" •*-–·▪"))
        return any(o.start == a + lead and o.end >= b - 1 for o in self.ctx.orgs_in(a, b))

    def find_beneficiary_items(self) -> None:
        """A list whose lines each begin with who gets the money: "ASAMLA (Association santé migrants)
        – interprétariat en santé : 38 000 €", "2. Agency for the Welfare of Asylum Seekers (AWAS) –
        "Safe Reception": refurbishment ... – €2,300,000". Where most lines begin with an organisation
        the list's shape says every line does: each line's head runs the project its rest names (its
        quoted name, else its words up to the amount)."""
        ctx = self.ctx
        for run in self._list_runs():
            units = self._whole_lines(run)
            if self._partner_list(run[0]):
                continue  # "The consortium" over "1. Fundación Cepaim (ES) – lead partner, ...": partners
            heads = [(i, m) for i in run if (m := _LEAD_SEP.search(units[i].text, 2, 140))]
            led = [i for i, m in heads if self._org_at_head(units[i], m.start()) or self._named_grant(units[i], m)]
            # (two of three lines at least; or, from three lines on, most of them)
            if len(led) < 2 or (3 * len(led) < 2 * len(run) and not (len(led) >= 3 and 2 * len(led) > len(run))):
                continue
            if sum(self._opens_on_a_role(units[i].text[m.end() :]) for i, m in heads) >= 2:
                # "Stad X – partner, zorgt voor doorverwijzing": each body's role in the page's
                # project, as in a partnership's table (`attach_partnership`)
                for i, m in heads:
                    org = self._org_at_head(units[i], m.start())
                    role = units[i].text[m.end() :].strip().lower()
                    if org is None or not self._opens_on_a_role(role):
                        continue
                    partner_first = ctx.cues.search("partner_cues", role)
                    lead = bool(
                        (ctx.cues.search("lead_roles", role) or ctx.cues.search("implementer_keys", role))
                        and not (partner_first is not None and partner_first.start() == 0)
                    )
                    self.partnership.append((org.iri, lead, Evidence(units[i].start, units[i].end, 0.8)))  # type: ignore[attr-defined]
                continue
            for i, m in heads:
                u = units[i]
                head = u.text[: m.start()]
                if ctx.funders_in(u.start, u.start + len(head)) or ctx.cues.search("project_nouns", head):
                    continue
                org = self._org_at_head(u, m.start())
                if org is None:
                    name = re.sub(r"\s*\([^()]*\)\s*$", "", head).split(",")[0].strip()
                    if not name or word_count(name) > 6:
                        continue
                    org = ctx.add_org(name, u.start, u.start + len(name), shaped=True)
                    if org is not None:
                        ctx.add_later_uses(org)
                if org is None:
                    continue
                rest_start = m.end()
                rest = u.text[rest_start:]
                if self._restates_a_row(i, org.iri, rest):
                    continue
                quoted = _PAIRED_QUOTES.search(rest, 0, 60) or _SINGLE_QUOTED.match(rest)
                if quoted:
                    label = next(g for g in quoted.groups() if g is not None)
                else:
                    money = ctx.amounts_in(u.start + rest_start, u.end)
                    label = rest[: money[0].start - u.start - rest_start] if money else rest
                    label = _LABEL_END.split(label, maxsplit=1)[0].rstrip(" :–—-,(")
                    if money and word_count(label) < 3:
                        # "ADA : 12 000 € pour l'accompagnement juridique ...", "X – groupe local : 8 500 €
                        # pour la permanence ...": what the money is for names the project.
                        after = u.text[money[0].end - u.start :]
                        prefixes = ctx.cues.regex["label_prefixes"].pattern
                        purpose = re.match(r"\s*(?:" + prefixes + r")\s+(.+)", after, re.I)
                        if purpose:
                            label = _LABEL_END.split(purpose.group(1), maxsplit=1)[0].rstrip(" :–—-,(")
                p = self.add_project(label, u.start, u.end, i, 0.85)
                if p is None:
                    continue
                p.implementers.setdefault(org.iri, Evidence(u.start, u.end, 0.85))
                p.scope_units.append(i)
                self.beneficiary_items.add(i)

    def find_titled_grant_lines(self) -> None:
        """A list of grants whose lines give the project first, then who runs it after a dash, then
        the sum after a colon ("• Ateliers sociolinguistiques à Brest — association Langue et Partage
        : 38 000 €", "• « Cap Emploi » ... — Coallia : 95 000 €"): where most lines are so, each
        line's project is run by the body its dash names (a name the text does not know, of five
        words at most, after its kind's common noun: "association X")."""
        ctx = self.ctx
        for run in self._list_runs():
            units = self._whole_lines(run)
            if self._partner_list(run[0]):
                continue
            lines = []
            for i in run:
                u = units[i]
                m = _TITLE_RUNNER_SUM.match(u.text)
                # (one dash only: not a line of keyed fields, "X – Implementing body: Y – Budget: EUR 5
                # million – 200 places")
                if m is None or i in self.beneficiary_items or _SPACED_DASH.search(m.group(1) + " " + m.group(3)):
                    continue
                # (not "Galway City Partnership – New Communities Pathway: €520,000": the body first)
                head = (u.start + m.start(1), u.start + m.end(1))
                if self._org_line(*head) or ctx.funders_in(u.start + m.start(2), u.start + m.end(2)):
                    continue
                if ctx.amounts_in(u.start + m.start(3), u.end):
                    lines.append((i, m))
            if len(lines) < 2 or 3 * len(lines) < 2 * len(run):
                continue
            for i, m in lines:
                u = units[i]
                a, b = u.start + m.start(2), u.start + m.end(2)
                # ("Université de Pau et des Pays de l'Adour (UPPA)": its acronym after it)
                org = next((o for o in ctx.orgs_in(a, b) if not _BRACKETS.sub("", ctx.text[o.end : b]).strip()), None)
                if org is None:
                    # ("Atherbea, Bayonne": the body, then its town)
                    body, _c, town = m.group(2).partition(",")
                    words = (body if town.strip()[:1].isupper() and word_count(town) <= 3 else m.group(2)).split()
                    # ("association Langue et Partage": its kind's common noun before the name)
                    lead = 1 if len(words) > 1 and words[0].islower() else 0
                    name = " ".join(words[lead:])
                    if not name[:1].isupper() or word_count(name) > 5:
                        continue
                    at = ctx.text.find(name, a, b)
                    org = ctx.add_org(name, at, at + len(name)) if at >= 0 else None
                if org is None:
                    continue
                title = m.group(1).strip(" •*-·▪")
                quoted = _PAIRED_QUOTES.match(title)
                if quoted and word_count(title[quoted.end() :].strip(" ,")) > 0:
                    title = next(g for g in quoted.groups() if g is not None)  # « Cap Emploi », ...
                p = self.add_project(title, u.start, u.end, i, 0.8)
                if p is None:
                    continue
                p.implementers.setdefault(org.iri, Evidence(u.start, u.end, 0.8))
                p.scope_units.append(i)
                self.beneficiary_items.add(i)

    def _restates_a_row(self, i: int, org: str, rest: str) -> bool:
        """ "ARS – ateliers sociolinguistiques : 87 000 € de FAMI sur la période 2024-2026" under a
        table whose row "Accueil et Réinsertion Sociale (ARS) | Ateliers sociolinguistiques ... |
        58 000 €" names the same runner and a word of the same title: the line adds the fund, its
        sum and the years to that row's project; it names no project of its own."""
        ctx = self.ctx
        words = set(re.findall(r"\w{5,}", fold(rest)))
        rows = [
            p
            for p in self.projects
            if p.rule == "find_table_rows"
            and org in p.implementers
            and words & set(re.findall(r"\w{5,}", fold(p.label)))
        ]
        if len(rows) != 1:
            return False
        p, u = rows[0], ctx.units[i]
        ev = Evidence(u.start, u.end, 0.85)
        funds = [f for f, _s, _e in ctx.funders_in(u.start, u.end) if ctx.is_fund(f)]
        for f in funds:
            p.funders.setdefault(f, ev)
        money = ctx.amounts_in(u.start, u.end)
        if len(funds) == 1 and len(money) == 1 and money[0].currency == "EUR":
            p.amounts[funds[0]] = (money[0].value, "EUR", ev)
        spans = [pm for pm in ctx.periods_in(u.start, u.end) if pm.kind == "range"]
        if len(spans) == 1:
            p.start_year, p.end_year = spans[0].start_year, spans[0].end_year
        p.scope_units.append(i)
        self.beneficiary_items.add(i)
        return True

    def find_title_runner_items(self) -> None:
        """A list whose lines give a title, then who runs it, then the money, between spaced dashes:
        "Veilig Verder – Minor-Ndako vzw – € 412.560,00". Where most lines of a list have that
        shape, each line's second part is its runner (named as the text writes it) and its first
        the project."""
        ctx = self.ctx
        for run in self._list_runs():
            units = self._whole_lines(run)
            shaped = []
            for i in run:
                u = units[i]
                parts = [m for m in re.finditer(r"[^–—]+", u.text)] if _SPACED_DASH.search(u.text) else []
                parts = [m for m in parts if m.group(0).strip(" -")]
                if len(parts) != 3 or i in self.beneficiary_items:
                    continue
                last = parts[2]
                if not ctx.amounts_in(u.start + last.start(), u.start + last.end()):
                    continue
                if word_count(parts[1].group(0)) > 8 or ctx.funders_in(
                    u.start + parts[1].start(), u.start + parts[1].end()
                ):
                    continue
                shaped.append((i, parts))
            if len(shaped) < 2 or 3 * len(shaped) < 2 * len(run):
                continue
            for i, parts in shaped:
                u = units[i]
                a, b = u.start + parts[1].start(), u.start + parts[1].end()
                name = parts[1].group(0).strip()
                a += parts[1].group(0).index(name)
                inside = [o for o in ctx.orgs_in(a, b) if o.start - a <= 3]
                org = inside[0] if inside else ctx.add_org(name, a, a + len(name), shaped=True)
                if org is None:
                    continue
                if not inside:
                    ctx.add_later_uses(org)
                p = self.add_project(parts[0].group(0).strip(), u.start, u.end, i, 0.85)
                if p is None:
                    continue
                p.implementers.setdefault(org.iri, Evidence(u.start, u.end, 0.85))
                p.scope_units.append(i)
                self.beneficiary_items.add(i)

    def find_quoted_runner_lines(self) -> None:
        """Lines that each open with a quoted title, a spaced dash and who runs it, then a colon and
        what it does: "„Starke Mütter“ – Internationaler Bund Südwest gGmbH, Mannheim: Gruppenangebote
        ... Förderung: 312.000 Euro." Two such lines at least make a list of projects: each line's
        title is a project, the body after the dash runs it, and the line's sentences are its own."""
        ctx = self.ctx
        text = ctx.text
        lines = [m for m in _QUOTED_RUNNER_LINE.finditer(text)]
        if len(lines) < 2:
            return
        for m in lines:
            i = ctx.unit_index(m.start() + len(m.group(0)) - len(m.group(0).lstrip()))
            name = m.group("runner").strip()
            a = m.start("runner")
            inside = [o for o in ctx.orgs_in(a, m.end("runner")) if o.start - a <= 3]
            org = inside[0] if inside else ctx.add_org(name, a, a + len(name), shaped=True)
            if org is None:
                continue
            title = next(g for g in m.group("q1", "q2", "q3", "q4") if g is not None)
            line_end = text.find("\n", m.start())
            line_end = len(text) if line_end < 0 else line_end
            p = self.add_project(title.strip(), m.start(), line_end, i, 0.85)
            if p is None:
                continue
            p.rule = "find_quoted_runner_lines"
            p.implementers.setdefault(org.iri, Evidence(m.start(), line_end, 0.85))
            own = [j for j in range(i, len(ctx.units)) if ctx.units[j].start < line_end]
            p.scope_units = sorted({*p.scope_units, *own})

    def _whole_lines(self, run: list[int]) -> dict[int, Unit]:
        """A list's lines by index, each as the whole line it is: a record line's key is the
        body that opens it ("Université de Poitiers : DU Passerelle ... – 15 000 €")."""
        units, text = self.ctx.units, self.ctx.text

        def whole(u: Unit) -> Unit:
            return dataclasses.replace(u, kind="sentence", start=u.value_start, text=text[u.value_start : u.end])

        return {i: whole(units[i]) if units[i].kind == "kv" else units[i] for i in run}

    def _list_runs(self) -> list[list[int]]:
        """The lists the text introduces with a line of their own ("... les projets suivants :"):
        each list's lines, in order."""
        runs: dict[int, list[int]] = {}
        units, text = self.ctx.units, self.ctx.text
        for i, u in enumerate(units):
            if u.kind == "item" and (j := self._list_intro(i)) is not None:
                runs.setdefault(j, []).append(i)

        def opens_line(i: int) -> bool:
            return line_start(text, units[i].start) == units[i].start

        # Lines without a bullet after a line of their own that ends with a colon ("Three of the
        # approved projects are based in ...:" over "Nasc, Cork – "Connect to Work" – €412,650"): a
        # list too, up to the first unit that does not open a line.
        for j, intro in enumerate(units[:-1]):
            if intro.kind != "sentence" or not intro.text.rstrip().endswith(":") or not opens_line(j):
                continue
            lines = []
            for i in range(j + 1, len(units)):
                if units[i].kind != "sentence" or not opens_line(i) or units[i].section != intro.section:
                    break
                lines.append(i)
            if len(lines) >= 2 and j not in runs:
                runs[j] = lines
        for j, lines in self._headed_line_groups.items():
            runs.setdefault(j, lines)
        return list(runs.values())

    @functools.cached_property
    def _headed_line_groups(self) -> dict[int, list[int]]:
        """Lines with their sums under a heading that names the projects, in groups under headings
        of their themes ("Les projets retenus" over "Apprentissage du français" over "Le Toit du
        Monde : ateliers ... – 18 500 €", then "Accès à l'emploi" over more): one list, up to a
        line without a sum or a heading of another kind ("Un projet cofinancé par l'Europe"). Each
        list's lines by the heading over them."""
        ctx = self.ctx
        units, text = ctx.units, ctx.text

        def a_line(i: int) -> bool:
            u = units[i]
            at = u.value_start if u.kind == "kv" else u.start
            if u.kind == "item":
                return bool(ctx.amounts_in(u.start, u.end))
            return u.kind in ("sentence", "kv") and line_start(text, at) == at and bool(ctx.amounts_in(u.start, u.end))

        def describes(k: int) -> bool:
            # a sentence without a sum under an item's line and over the next one: what the item's
            # project does ("• X – Isard COS, Pau : 96 000 €" over "Des parcours intensifs ...")
            return (
                units[k].kind == "sentence"
                and units[k - 1].kind == "item"
                and not ctx.amounts_in(units[k].start, units[k].end)
                and k + 1 < len(units)
                and units[k + 1].kind == "item"
                and a_line(k + 1)
            )

        def a_theme(k: int) -> bool:
            u = units[k]
            return (
                u.kind == "heading"
                and word_count(u.text) <= 8
                and k + 1 < len(units)
                and a_line(k + 1)
                and not ctx.cues.search("project_nouns", u.text)
                and not ctx.funders_in(u.start, u.end)
            )

        out: dict[int, list[int]] = {}
        for j, head in enumerate(units[:-1]):
            if head.kind != "heading" or word_count(head.text) > 6 or not ctx.cues.search("project_nouns", head.text):
                continue
            lines, k = [], j + 1
            while k < len(units) and (a_line(k) or a_theme(k) or (lines and describes(k))):
                if a_line(k):
                    lines.append(k)
                k += 1
            if len(lines) >= 3:
                out[j] = lines
        return out

    def find_granted_lists(self) -> None:
        """A sentence that grants money to a list of organisations ("is er subsidie toegekend aan de
        gemeenten Arnhem, Utrecht en Rotterdam en daarnaast aan Werksaam Westfriesland"): one project
        for each, paid by the funds the sentence names, else by the fund the text named last before it
        (not the funds a title lists). Only where the sentence names three organisations or more after
        the cue and belongs to no project already found."""
        ctx = self.ctx
        taken = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence" or i in taken:
                continue
            cue = ctx.grant_cue(u.text)
            if cue is None:
                continue
            after = [o for o in ctx.orgs_in(u.start + cue.end(), u.end) if ctx.is_implementer_org(o.iri)]
            orgs = list({o.iri: o for o in after}.values())
            if len(orgs) < 3 or self._longest_list(after) < 3:
                continue  # (a list of them: not names strewn over a clause or two)
            # the funds the sentence names, else the fund the text named last before it
            funders = [f for f, _s, _e in ctx.funders_in(u.start, u.end)]
            if not funders:
                before = [m for m in ctx.funds if m.end <= u.start and m.entity.kind == "fund"]
                funders = [before[-1].entity.iri] if before else []
            if not funders:
                continue
            theme = _THEME.search(u.text[: cue.start()])
            what = theme.group(1).strip() if theme else ""
            ev = Evidence(u.start, u.end, 0.7)
            for o in orgs:
                # not "theme (name)": a parenthesis after a name reads as its spelt-out form
                p = self.add_project(f"{what} – {o.name}" if what else o.name, u.start, u.end, i, 0.7)
                if p is None or p.implementers:
                    continue
                p.implementers[o.iri] = ev
                for f in funders:
                    p.funders.setdefault(f, ev)
                p.scope_units.append(i)
                p.rule = "find_granted_lists"
                p.fixed = True  # its funder and runner are said: the relations and the model leave them

    def _longest_list(self, orgs: list[OrgMention]) -> int:
        """How many names the longest run of them joined by commas or "and" holds ("aan de gemeenten
        Arnhem, Utrecht en Rotterdam en daarnaast aan ...": three)."""
        ctx = self.ctx
        det = ctx.cues.regex["determiners"].pattern
        best = run = min(1, len(orgs))
        for prev, nxt in pairwise(orgs):
            comma = re.fullmatch(rf"\s*[,;]\s*(?:(?i:{det})\s+)?", ctx.text[prev.end : nxt.start]) is not None
            run = run + 1 if comma or ctx.joined_by_and(prev.end, nxt.start) else 1
            best = max(best, run)
        return best

    def _named_grant(self, u: Unit, sep: re.Match[str]) -> bool:
        """Whether a list line reads as a grant to someone the extractor does not know: a short
        capitalised name before the separator, then a quoted title and a sum ("Doras Luimní,
        Limerick – "Women Leading Change", a leadership programme – €305,400")."""
        head = u.text[: sep.start()]
        name = head.split(",")[0].strip()
        if not name[:1].isupper() or not 1 <= word_count(name) <= 6:
            return False
        if self.ctx.funders_in(u.start, u.start + len(head)) or self.ctx.cues.search("project_nouns", head):
            return False
        quoted = _PAIRED_QUOTES.search(u.text, sep.end(), sep.end() + 60)
        return quoted is not None and bool(self.ctx.amounts_in(u.start + sep.end(), u.end))

    def _org_at_head(self, u: Unit, head_end: int) -> OrgMention | None:
        """The organisation a list line begins with, up to its separator: "La Cimade, groupe local
        de Nantes", "ASAMLA (Association santé migrants de Loire-Atlantique)"."""
        orgs = self.ctx.orgs_in(u.start, u.start + head_end)
        if not orgs:
            return None
        first = orgs[0]
        before = self.ctx.text[u.start : first.start]
        if (
            before.strip()
            and not re.fullmatch(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9.&-]{1,15}\s*\(\s*", before)
            and not self.ctx.cues.has("org_heads", before.strip())
        ):
            return None  # the name stands later in the head ("Association X" is X): the head is something else
        return first

    def _quoted_by(self, u: Unit, i: int) -> bool:
        """ "« Le pari de la réciprocité » par JRS France :", "“Ambassad’Or” par Kabubu et Weavers
        (ex-Tissu Solidaire) :": a list line that opens with a quoted name, then "by" and the names
        of those who run it; whether it made a project."""
        ctx, cues = self.ctx, self.ctx.cues
        quoted = _PAIRED_QUOTES.match(u.text.lstrip())
        if not quoted:
            return False
        offset = len(u.text) - len(u.text.lstrip())
        # "«Thuis in Oldambt», een project van de gemeente Oldambt ...": "a project of" before "by"
        a_project = (
            r"(?:\s*,\s*(?:"
            + cues.regex["indefinite_articles"].pattern
            + r")\s+(?:[^\W\d_]+\s+)?(?:"
            + cues.regex["project_nouns"].pattern
            + r"))?"
        )
        by = re.match(
            a_project
            + r"\s+(?:"
            + cues.regex["by_words"].pattern
            + r")\s+(?:(?:"
            + cues.regex["determiners"].pattern
            + r")\s+)?",
            u.text[offset + quoted.end() :],
            re.I,
        )
        if not by:
            return False
        start = offset + quoted.end() + by.end()
        # the names end with the clause: a colon, a parenthesis, a dash, a sentence's end, a partner cue
        breaks = cues.regex["clause_breaks"].pattern
        tail = re.split(rf"\s*[:(;]|\s[–—-]\s|\.\s|\s(?:{breaks})\s", u.text[start:], maxsplit=1, flags=re.I)[0]
        names = [n.strip() for n in re.split(r",|\s(?:" + cues.regex["and_words"].pattern + r")\s", tail, flags=re.I)]
        runners = []
        pos = u.start + start
        for name in names:
            at = ctx.text.find(name, pos, u.end) if name else -1
            words = name.split()
            # "gemeente Oldambt": a head in lower case before a name is a name too
            named = bool(words) and (name[:1].isupper() or (len(words) > 1 and words[1][:1].isupper()))
            if at < 0 or not named or word_count(name) > 6:
                if runners:
                    break  # "X, een maatjesproject voor ...": the names have ended
                return False  # not a list of names
            org = ctx.add_org(name, at, at + len(name), shaped=True)
            if org is None:
                return False
            ctx.add_later_uses(org)
            runners.append(org)
            pos = at + len(name)
        label = next(g for g in quoted.groups() if g is not None)
        p = self.add_project(label, u.start, u.end, i, 0.8)
        if p is None:
            return False
        for org in runners:
            p.implementers.setdefault(org.iri, Evidence(u.start, u.end, 0.8))
        p.scope_units.append(i)
        if u.text.rstrip().endswith(":"):
            # the line announces its description: the sentences up to the next line are about it
            units = ctx.units
            j = i + 1
            while j < len(units) and units[j].kind == "sentence":
                p.scope_units.append(j)
                j += 1
        return True

    def _item_with_org(self, u: Unit, i: int) -> bool:
        """ "Operation of a Reception Centre with the X organisation. This project ...", "Greek
        lessons in partnership with the Y": in a list of projects, a line's project and the one
        organisation it is with, who runs it (no one else is named); whether it made a project."""
        ctx, cues = self.ctx, self.ctx.cues
        first_sentence = re.split(r"(?<=[.!?])\s", u.text, maxsplit=1)[0]
        link = re.search(
            r"\s(?:" + cues.regex["partner_cues"].pattern + "|" + cues.regex["with_words"].pattern + r")\s+",
            first_sentence,
        )
        if link is None or word_count(first_sentence[: link.start()]) < 3:
            return False
        orgs = ctx.orgs_in(u.start + link.end(), u.start + len(first_sentence))
        # A name in the project's own words is part of its title if only its shape made it one
        # ("Operation of a Reception Centre for ...").
        named_before = [o for o in ctx.orgs_in(u.start, u.start + link.start()) if o.iri not in ctx.shape_rules]
        if len(orgs) != 1 or named_before:
            return False
        tail = ctx.text[u.start + link.end() : orgs[0].start]
        if [w for w in tail.split() if not (cues.has("determiners", w) or re.search(r"['’]s$", w))]:
            return False  # "with the support of X", "with 40 volunteers from X": not who runs it
        p = self.add_project(first_sentence[: link.start()], u.start, u.end, i, 0.8)
        if p is None:
            return False
        p.scope_units.append(i)
        p.implementers.setdefault(orgs[0].iri, Evidence(u.start, u.end, 0.8))
        return True

    def _dashed_runner_field(self, u: Unit, i: int) -> bool:
        """ "• Integration pathways for ... in Lanzarote — Spanish Commission for Refugee Aid (CEAR)
        — 2023-2025 — EUR 1 579 340": in a list of projects, a line of fields split by dashes whose
        first field is the title (no organisation in it) and a later one an organisation alone, who
        runs it; whether it made a project. A short capitalised field where the lines beside it
        name their runners ("— Accem —") is a runner too."""
        ctx = self.ctx
        fields = self._dashed_fields(u)
        if len(fields) < 3:
            return False
        title = ctx.text[fields[0][0] : fields[0][1]].strip(" •*-·▪")
        if word_count(title) < 2 or [o for o in ctx.orgs_in(*fields[0]) if o.iri not in ctx.shape_rules]:
            return False
        k, runner = self._runner_field(fields)
        if runner is None:
            k = self._neighbours_runner_field(i)
            if not 0 < k < len(fields):
                return False
            start, end = fields[k]
            name = ctx.text[start:end]
            if word_count(name) > 5 or re.search(r"\d", name) or not name[:1].isupper() or ctx.is_place(name):
                return False
            runner = ctx.add_org(name, start, end)
            if runner is None:
                return False
        p = self.add_project(title, u.start, u.end, i, 0.8)
        if p is None:
            return False
        p.scope_units.append(i)
        p.implementers.setdefault(runner.iri, Evidence(u.start, u.end, 0.8))
        return True

    def _neighbours_runner_field(self, i: int) -> int:
        """The index of the field in which the list line above or below line `i` names its runner
        (0: neither does)."""
        units = self.ctx.units
        for j in (i - 1, i + 1):
            if 0 <= j < len(units) and units[j].kind == "item":
                k, _runner = self._runner_field(self._dashed_fields(units[j]))
                if k:
                    return k
        return 0

    def _dashed_fields(self, u: Unit) -> list[tuple[int, int]]:
        """A list line's fields between spaced dashes, as text offsets without their spaces."""
        out = []
        for m in re.finditer(r"[^–—]+?(?=\s[–—]\s|\s*$)", u.text):
            cell = m.group(0).strip(" –—")
            if cell:
                a = u.start + m.start() + m.group(0).find(cell)
                out.append((a, a + len(cell)))
        return out

    def _runner_field(self, fields: list[tuple[int, int]]) -> tuple[int, OrgMention | None]:
        """The first field after the title that is an organisation alone (its short form in
        brackets after it: "Spanish Red Cross (Cruz Roja Española)"), and its index; (0, None)."""
        ctx = self.ctx
        for k, (a, b) in enumerate(fields[1:], 1):
            name = re.sub(r"\s*\([^()]*\)$", "", ctx.text[a:b])
            if not name or ctx.funders_in(a, a + len(name)) or not self._org_line(a, a + len(name)):
                continue
            return k, next(o for o in ctx.orgs_in(a, a + len(name)) if o.start == a)
        return 0, None

    def _title_then_runner(self, u: Unit, i: int) -> bool:
        """ "Nicosia Integration Hub. The Municipality of Nicosia will set up ...", "Digitale
        Beratung. Der Verein X bietet ...": in a list of projects, a line whose first sentence is a
        short title and whose second opens with an organisation, its subject, who runs it."""
        ctx = self.ctx
        parts = re.split(r"(?<=[.!?])\s+", u.text, maxsplit=1)
        if len(parts) < 2 or not 2 <= word_count(parts[0]) <= 14:
            return False
        title_end = u.start + len(parts[0].rstrip(".!? "))
        in_title = ctx.orgs_in(u.start, u.start + len(parts[0]))
        # (a title its shape made a name, "Nicosia Integration Hub.", is still the title)
        if in_title and not (
            len(in_title) == 1
            and not in_title[0].known
            and (in_title[0].start, in_title[0].end) == (u.start, title_end)
        ):
            return False
        second = u.start + len(u.text) - len(parts[1])
        subject = next(iter(ctx.orgs_in(second, second + 60)), None)
        if subject is None or subject.iri in ctx.fronted_runners or ctx.funders_in(second, subject.start):
            return False
        # Before the name only an article and capitalised words its shape left out ("The Aliens
        # and Immigration Unit of ...", "Hope For Children ..."), not "With the support of X".
        lead = ctx.text[second : subject.start].split()
        if len(lead) > 4 or any(
            not (w[:1].isupper() or ctx.cues.has("determiners", w) or ctx.cues.has("and_words", w)) for w in lead
        ):
            return False
        p = self.add_project(parts[0].rstrip(".!? "), u.start, u.end, i, 0.8)
        if p is None:
            return False
        p.scope_units.append(i)
        p.implementers.setdefault(subject.iri, Evidence(u.start, u.end, 0.8))
        return True

    def _runner_paren(self, u: Unit) -> re.Match[str] | None:
        """The parenthesis of a list line that may hold who runs it: "Title (Organisation)", at the end
        or before a short tail ("– € 420,000")."""
        return _described_paren(u.text) or _PAREN_END.search(u.text) or self._paren_before_tail(u)

    def _payer_paren(self, u: Unit, paren: re.Match[str]) -> bool:
        """Whether a list line's parenthesis says who pays it: a fund, or a funding word
        ("(kofinanziert aus Mitteln des AMIF)", "(waff, ESF+)")."""
        a, b = u.start + paren.start(1), u.start + paren.end(1)
        return bool(self.ctx.funders_in(a, b)) or self.ctx.cues.search("funding_words", paren.group(1)) is not None

    def _names_a_fund(self, u: Unit) -> bool:
        """Whether a numbered line is a fund's name: a fund the text knows, or words ending on a
        fund's noun ("Community Integration Fund", "Fondo sociale regionale (FSR)")."""
        ctx = self.ctx
        if any(ctx.is_fund(f) and f != NATIONAL for f, _s, _e in ctx.funders_in(u.start, u.end)):
            return True
        words = re.sub(r"\([^()]*\)", " ", u.text).split()
        return bool(words) and ctx.cues.has("fund_nouns", words[-1].strip(".,:;"))

    def _under_activities(self, u: Unit) -> bool:
        """Whether a line stands under a heading of a project's activities or work packages."""
        h = u.section
        units = self.ctx.units
        return (
            h >= 0 and units[h].kind == "heading" and self.ctx.cues.has("activity_headings", units[h].text.strip(" :"))
        )

    def _under_partners(self, u: Unit) -> bool:
        """Whether a line stands under a heading of the partnership ("Partenariato e ripartizione del
        budget", "Partners", "Les partenaires"): a partner's line, no project of its own."""
        h = u.section
        units, cues = self.ctx.units, self.ctx.cues
        if h < 0 or units[h].kind != "heading" or word_count(units[h].text) > 6:
            return False
        first = units[h].text.split()[0].strip(" :")
        return cues.has("partner_cues", first.lower())

    def _under_a_question(self, i: int) -> bool:
        """Whether list item i stands under a line that asks about the page's project ("Für wen ist
        WegeFinden?", "Who can take part?"): its audience or its offer, no projects (not "Welche
        Projekte werden gefördert?")."""
        units = self.ctx.units
        j = i - 1
        while j >= 0 and units[j].kind == "item":
            j -= 1
        if j < 0 or units[j].kind not in ("heading", "sentence") or not units[j].text.rstrip().endswith("?"):
            return False
        return self.ctx.cues.search("project_nouns", units[j].text) is None

    def _titled_project_line(self, i: int, title: str) -> bool:
        """Whether list item i, its title before its parenthesis, is a line of a list of projects: a
        title of a few words, no sentence nor a key's line ("Taux de cofinancement FAMI : ..."),
        under a heading or an intro that speaks of projects ("Aktuelle Projekte"), on no call's page."""
        ctx = self.ctx
        if ctx.is_call_page or re.search(r":\s", title) or word_count(title) > 16 or self._ends_a_sentence(title):
            return False
        units = ctx.units
        h = units[i].section
        headed = h >= 0 and units[h].kind == "heading" and ctx.cues.search("project_nouns", units[h].text) is not None
        return headed or self._in_project_list(i)

    def _payer_parens_list(self, i: int) -> bool:
        """Whether the list item i is in holds, in the parenthesis of another of its lines, who pays
        that line: then each line's parenthesis names its payers."""
        units = self.ctx.units
        j = i
        while j > 0 and units[j - 1].kind == "item" and units[j - 1].section == units[i].section:
            j -= 1
        k = i
        while k + 1 < len(units) and units[k + 1].kind == "item" and units[k + 1].section == units[i].section:
            k += 1
        for m in range(j, k + 1):
            if m != i and (paren := self._runner_paren(units[m])) is not None and self._payer_paren(units[m], paren):
                return True
        return False

    def _paren_before_tail(self, u: Unit) -> re.Match[str] | None:
        """ "Safe Start (Vluchtelingenwerk) - € 420,000", "Maison Ouverte (asbl Le Pont), à Bruxelles":
        a parenthesis followed only by an amount, a period, a place or a few words."""
        m = re.search(r"\s*\(([^()]{2,120})\)\s*[-–—,;:]\s*(\S.{0,80})$", u.text)
        if not m:
            return None
        tail = (u.start + m.start(2), u.end)
        ctx = self.ctx
        if (
            ctx.amounts_in(*tail)
            or ctx.periods_in(*tail)
            or ctx.in_span(ctx.places, *tail)
            or word_count(m.group(2)) <= 4
        ):
            return m
        return None

    def _funded_lower_item(self, i: int) -> bool:
        """Whether a list line in lower case is a project of its own all the same: it names a fund
        and a sum, under an intro about projects ("Among the projects financed so far ... the
        following:" over "— the renovation of the Refugee Reception Centre, carried out by X ...
        with an AMIF contribution of EUR 4.2 million")."""
        ctx, u = self.ctx, self.ctx.units[i]
        j = self._list_intro(i)
        if j is None or not ctx.cues.search("project_nouns", ctx.units[j].text):
            return False
        funds = [f for f, _s, _e in ctx.funders_in(u.start, u.end) if ctx.is_fund(f)]
        return bool(funds) and bool(ctx.amounts_in(u.start, u.end))

    def _list_intro(self, i: int) -> int | None:
        """The line that introduces the list unit `i` is in ("... les projets suivants :")."""
        units = self.ctx.units
        if units[i].kind != "item":
            return None
        j = i - 1
        # (past the items above, and the sentences of each item's paragraph, which describe it; not
        # past an item that ends on a colon, which introduces the list under it: "2. ... Among the
        # projects financed so far, the Commission would like to point to the following:")
        while j >= 0 and (
            (units[j].kind == "item" and not units[j].text.rstrip().endswith(":"))
            or (units[j].kind == "sentence" and self._describes_item(j))
        ):
            j -= 1
        if j < 0 or not units[j].text.rstrip().endswith(":"):
            return None
        return j

    def _describes_item(self, j: int) -> bool:
        """Whether sentence j is in the paragraph a list's item opens, under it ("• De Klink vzw –
        'Praat mee!' – € 42.000" over what the project does): the item's own words. (Not a sentence
        after items inside a paragraph: "... die volgende projecten:", "1. ...;", "2. ....", "Die
        Mittel ..." goes on with the paragraph.)"""
        units = self.ctx.units
        k = j - 1
        while k >= 0 and units[k].kind == "sentence" and units[k].paragraph == units[j].paragraph:
            k -= 1
        if k < 0 or units[k].kind != "item" or units[k].paragraph != units[j].paragraph:
            return False
        if k == 0 or units[k - 1].paragraph != units[k].paragraph:
            return True
        # (a page without blank lines: an item that names a title, no sentence of its own, right
        # under its list's intro or under the last sentence about the item before it)
        if re.search(r"[.;,]\s*$", units[k].text):
            return False
        above = units[k - 1]
        return above.text.rstrip().endswith(":") or (above.kind == "sentence" and self._describes_item(k - 1))

    def _opens_on_a_role(self, rest: str) -> bool:
        """Whether the words after a list line's organisation open on its role in a project
        ("promotor, werft de vrijwilligers", "partner, levert ...", "capofila del progetto")."""
        cues = self.ctx.cues
        first = re.split(r"[,;:(]", rest.strip(), maxsplit=1)[0].strip().lower()
        return bool(first) and any(
            cues.has(key, first) for key in ("partner_cues", "lead_roles", "implementer_keys", "role_keys")
        )

    def _partner_list(self, i: int) -> bool:
        """Whether the line introducing the list ends with a partner cue ("in partenariato con:",
        "in Zusammenarbeit mit:", "partners:"): its lines are the project's partners."""
        j = self._list_intro(i)
        if j is not None:
            intro = self.ctx.units[j].text.rstrip().rstrip(":").rstrip()
            if any(m.end() == len(intro) for m in self.ctx.cues.find("partner_cues", intro)):
                return True
            if self.ctx.cues.has("role_keys", intro.lower()):
                return True  # "Rolverdeling:" over "• X – coördinatie, ...": each partner's task
            # "The partners divide the work as follows:": an intro whose subject is the partners
            words = [w for w in intro.split()[:3] if not self.ctx.cues.has("determiners", w)]
            if words and self.ctx.cues.has("partner_cues", words[0]):
                return True
            # ("Projectpartners zijn:", "Kooperationspartner sind:": a compound of the partner noun
            # and its verb; not "De projectpartners en hun rol:", each line a partner's task)
            if (
                words
                and len(intro.split()) <= 3
                and re.fullmatch(r"[^\W\d_]{3,}-?partner(?:s|n|innen)?", words[0], re.I)
            ):
                return True
            # "X is een samenwerking van verschillende organisaties:": the project's bodies
            groups = {fold(g) for g in shapes_for(self.ctx.lang).group_nouns}
            if self.ctx.cues.search("cooperation_nouns", intro) and any(fold(w) in groups for w in intro.split()):
                return True
        # under a heading that only says "partners" ("The consortium", "Die Partner")
        if j is None:
            h = self.ctx.units[i].section  # (a list right under its heading)
        else:
            h = self.ctx.units[j].section if self.ctx.units[j].kind != "heading" else j
        if h < 0:
            return False
        words = [w for w in self.ctx.units[h].text.split() if not self.ctx.cues.has("determiners", w)]
        if len(words) == 1 and self.ctx.cues.has("partner_cues", words[0]):
            return True
        # ("Project partners", "Lead partner", "Associated organisations": a short heading that ends
        # on a group of organisations)
        groups = {fold(g) for g in shapes_for(self.ctx.lang).group_nouns} | {"partner"}
        return 2 <= len(words) <= 3 and fold(words[-1]) in groups

    def _in_project_list(self, i: int) -> bool:
        """Whether the line introducing the list speaks of projects, and not of the organisations
        that run one ("ook andere organisaties stapten in het consortium om het project te
        realiseren:" over a list of names)."""
        j = self._list_intro(i)
        if j is None:
            return False
        intro = self.ctx.units[j].text
        nouns = self.ctx.cues.find("project_nouns", intro)
        # (not "Inhalt des Projekts:", "Le projet comprend :": one project's parts, it names one only)
        if not any(self.ctx.cues.has("plural_nouns", n.group(0)) for n in nouns):
            return False
        return not _names_organisations(intro, self.ctx.lang)

    def _opens_with_org(self, u: Unit) -> bool:
        """Whether a sentence opens with an organisation's name (past an article)."""
        return u.kind == "sentence" and any(o.start - u.start <= 4 for o in self.ctx.orgs_in(u.start, u.end))

    def _line_opening_org(self, start: int, end: int) -> OrgMention | None:
        """The organisation a list line opens with, before its dash: one found there, else the
        capitalised words up to the first dash ("Coallia – « ... »"), a name of at most five words."""
        ctx = self.ctx
        name = re.split(r"[ \t][–—-][ \t]", ctx.text[start:end], maxsplit=1)[0].strip()
        within = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        if ctx.is_place(name) or any(len(o.name) > len(name) and within.search(o.name) for o in ctx.orgs):
            # "1) Kassel – „Frauen.Stärken.Arbeit“" over "Verein für ... Kassel e.V.": the town where
            # it runs, which other bodies are named after; its runner is named below
            return None
        found = next((o for o in ctx.orgs_in(start, end) if o.start == start), None)
        if found is not None:
            return found
        bracket = re.search(r"\(([^()]+)\)$", name)
        if bracket is not None:
            # "Slovene Philanthropy (Slovenska filantropija)": the body by its name in its own
            # language, which the text knows as a body
            at = start + bracket.start(1)
            named = [o for o in ctx.orgs_in(at, at + len(bracket.group(1))) if o.start == at]
            if named and named[0].end == at + len(bracket.group(1)):
                return named[0]
            if bracket.group(1)[:1].isupper() and len(bracket.group(1).split()) <= 5:
                name = name[: bracket.start()].rstrip()  # (the name before it is the body's)
        name = re.sub(r"\s*\([^()]{2,12}\)$", "", name)  # (its short form after it: "(AANAV)")
        inner = ctx.orgs_in(start, start + len(name))
        if len(inner) == 1 and not inner[0].known and inner[0].end == start + len(name) and name[:1].isupper():
            # "Association d'aide aux nouveaux arrivants du Val (AANAV)", where its short form
            # spelt only the words from "aide": the line's whole name is the body's
            ctx.orgs.remove(inner[0])
            whole = ctx.add_org(name, start, start + len(name))
            if whole is None:
                ctx.orgs.append(inner[0])
            return whole or inner[0]
        if not name[:1].isupper() or len(name.split()) > 5 or re.search(r"[\d«»\"“”„:;,()]", name):
            return None
        return ctx.add_org(name, start, start + len(name))

    def find_numbered_sections(self) -> None:
        """Numbered sections after a line about projects: "De vier projecten in een oogopslag:" over
        "1. Oefenkansen Nederlands in de bib", its description and record lines, "2. ...": each
        numbered line names a project, the lines up to the next one describe it."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        numbered = []  # (unit, its number)
        said = {}  # unit -> where its name starts, past "Action 1 –"
        for i, u in enumerate(units):
            if u.kind not in ("item", "sentence", "heading"):
                continue
            at = line_start(ctx.text, u.start)
            if u.kind == "item" and (m := _NUMBERED.match(ctx.text, at)):
                numbered.append((i, int(m.group(1))))
            elif (m := _NUMBERED_ACTION.match(ctx.text, at)) and m.end() < u.end:
                numbered.append((i, int(m.group(1))))
                said[i] = m.end()
        ruled = any(u.kind == "sentence" and _RULE_LINE.fullmatch(u.text) for u in units)
        taken = {j for p in self.projects for j in p.scope_units}
        runs: list[list[int]] = []
        for i, n in numbered:
            if runs and n == len(runs[-1]) + 1 and i - runs[-1][-1] > 1:
                runs[-1].append(i)
            elif n == 1:
                runs.append([i])
        # (the numbers of a table's rows of projects: "N° | Projet | Porteur | ...")
        row_numbers = {
            int(first)
            for p in self.projects
            if p.rule == "find_table_rows" and (first := ctx.text[slice(*units[p.unit].cells[0])].strip()).isdigit()
        }

        def as_listed(i: int) -> str:
            return " ".join(re.sub(r"^\s*\d+[.)]?\s*", "", units[i].text).split()).lower()

        for run in runs:
            if len(run) < 2:
                continue
            if {as_listed(i) for i in run} <= {as_listed(i) for i, _n in numbered if i < run[0]}:
                # "On this page" over "1. Central government funding", "2. European funding", then
                # the same numbered lines over their sections: a guide's contents and its parts
                continue
            if len(row_numbers) >= 2 and set(range(1, len(run) + 1)) <= row_numbers:
                continue  # "Commentaires par projet" under the table: "1. ...", "2. ..." comment on its rows
            h = units[run[0]].section
            if h >= 0 and units[h].kind == "heading" and cues.has("partner_cues", units[h].text.strip(" :")):
                continue  # "Partners" over "1. CIAC Onlus – Italy (Parma)": the page's project's partners
            if self._under_activities(units[run[0]]):
                continue  # "Attività principali" over "1. Studio di contesto (coordinato da X)": its parts
            before = [u for u in units[max(0, run[0] - 2) : run[0]] if u.kind != "heading"]
            # the lines just before speak of projects, or the page's title does ("l'État soutient
            # trois projets" over an intro paragraph, then "1. « Name » - ..."), or each line does
            # ("Action 1 – ...")
            if (
                not any(cues.search("project_nouns", u.text) for u in before)
                and not cues.search("project_nouns", ctx.doc.title or "")
                and not all(i in said for i in run)
                and not self._sections_say_who_pays(run)
            ):
                continue
            # (not a council report's numbered parts: "1. Purpose of Report", "2. Need for a decision")
            parts = {i for i in run if generic_heading(units[i].text, cues)}
            # (three such parts say the others are parts too: "1. Aanleiding", "2. Besluit op de
            # aanvraag", "3. Inhoud van het project", "4. Financiën", "5. Overige aanvragen")
            if len(run) - len(parts) < 2 or len(parts) >= 3:
                continue
            # (not a guide to funding: "1. Community Integration Fund", "2. Asylum, Migration and
            # Integration Fund (AMIF)", "3. Other supports": most lines name a fund, not a project)
            if 2 * sum(self._names_a_fund(units[i]) for i in run) >= len(run):
                continue
            # (a line over its own record lines is a record's title, which may be long: "2. Upgrade of
            # the National Visa Information System (N.VIS) and biometric enrolment kits for ..." over
            # "Beneficiary: ...", "Fund: BMVI")
            recorded = all(i + 1 < len(units) and units[i + 1].kind == "kv" for i in run)
            if any(
                word_count(units[i].text) > (24 if recorded else 14)
                or self._ends_a_sentence(units[i].text)
                or units[i].text.rstrip().endswith("?")
                for i in run
            ):
                continue  # sentences or questions in a numbered list: themes, steps, a guide's parts
            ends = [*run[1:], None]
            for i, nxt in zip(run, ends, strict=True):
                last = nxt if nxt is not None else len(units)
                scope = [i]
                records = False  # the last section's record lines after its paragraph
                for j in range(i + 1, last):
                    # (the last section ends at its paragraph's end, or at the rule drawn under it,
                    # past the record lines right after its paragraph: "Träger: ...", "Laufzeit: ...")
                    ends_here = (
                        _RULE_LINE.fullmatch(units[j].text) if ruled else units[j].paragraph != units[i + 1].paragraph
                    )
                    if nxt is None and ends_here and not ruled and units[j].kind == "kv":
                        records = records or j == scope[-1] + 1
                    elif records:
                        break
                    if units[j].kind == "heading" or (nxt is None and ends_here and not records):
                        break
                    scope.append(j)
                if i in parts:
                    continue  # (the part still ends the section before it)
                if any(j in taken for j in scope):
                    continue  # "1. Apprentissage du français" over its actions, each a project: a theme
                u = units[i]
                # "Action 1 – « Parler pour travailler »": the name past what the line numbers
                base = said.get(i, u.start)
                line = ctx.text[base : u.end]
                # "1. Thuis in Apeldoorn (gemeente Apeldoorn) – 612.000 euro": the name before the
                # runner's parenthesis (the list-item reading takes the runner)
                paren = self._runner_paren(u) if base == u.start else None
                label = line[: paren.start()] if paren and paren.start() > 2 else line
                runner = None
                offset = len(line) - len(line.lstrip())
                named_last = _QUOTED_LAST.search(line) if base == u.start else None
                if named_last is not None and i + 1 < len(units) and self._opens_with_org(units[i + 1]):
                    # "Vogelsbergkreis – „Sprachpaten“" over "Die Freiwilligenagentur Vogelsberg
                    # e.V. bietet ...": the section's first sentence says who runs it
                    named_last = None
                opening_words = (
                    ctx.text[base + offset : base + named_last.start()].strip(" –—-").split() if named_last else []
                )
                if (
                    named_last is not None
                    and len(opening_words) == 1
                    and not any(o.start == base + offset for o in ctx.orgs_in(base + offset, base + named_last.start()))
                    and re.search(rf"(?<!\w){re.escape(opening_words[0].lower())}(?!\w)", ctx.text)
                ):
                    # "1. Logement – « Toit d'Abord »": a theme's one word, a common noun the text
                    # also writes in lower case ("l'accès au logement"), no body that runs it; the
                    # name in its quotes
                    label = next(g for g in named_last.groups() if g is not None)
                    named_last = None
                elif named_last is not None and (
                    first := self._line_opening_org(base + offset, base + named_last.start())
                ):
                    # "2. Coallia – « Toit Durable 57 »": who runs it first, the name in its quotes
                    # last (the other way round from the next reading)
                    label = next(g for g in named_last.groups() if g is not None)
                    runner = first
                elif quoted := _PAIRED_QUOTES.match(line, offset):
                    # "1. „Ankommen in der Pflege“ – Caritasverband X e. V.": the name in its quotes,
                    # who runs it after the dash
                    label = next(g for g in quoted.groups() if g is not None)
                    if dash := re.match(r"\s*[–—-]\s*", line[quoted.end() :]):
                        at = base + quoted.end() + dash.end()
                        # (a name the shapes did not read: "– Diakonie de La Tour")
                        runner = self._line_opening_org(at, u.end)
                elif (dash := _LAST_SPACED_DASH.search(line)) and dash.start() > offset:
                    # "3. Psychosoziale Beratung für Geflüchtete – Refugio Stuttgart e.V.": the name
                    # before the line's last dash, a body's whole name after it
                    at = base + dash.end()
                    found = next((o for o in ctx.orgs_in(at, u.end) if o.start == at), None)
                    if found is not None and not ctx.text[found.end : u.end].strip(" .;:"):
                        label, runner = line[offset : dash.start()], found
                if (
                    runner is not None
                    and not runner.known
                    and any(units[j].kind == "kv" and cues.has("implementer_keys", units[j].key.lower()) for j in scope)
                ):
                    # "1. „Brückenbauer Zwickau“ – Sprach- und Kulturmittlung" over "Träger: Caritasverband
                    # X": the words after the dash say what it does; its record line says who runs it
                    runner = None
                p = self.add_project(label, u.start, u.end, i, 0.75)
                if p is not None and runner is not None:
                    p.implementers.setdefault(runner.iri, Evidence(u.start, u.end, 0.75))
                    p.named_runner = runner.iri
                if p is not None:
                    p.scope_units = sorted(set(p.scope_units) | set(scope))
                    self._read_record_lines(p, [j for j in scope if units[j].kind == "kv"])

    def _sections_say_who_pays(self, run: list[int]) -> bool:
        """Whether most numbered sections of a run say how they are paid ("Les ASL sont financés
        par la Ville", "Le projet était cofinancé par le FAMI", "Soutenu par la Fondation de France"):
        an annual report's actions, each a project, under no line that calls them so."""
        ctx = self.ctx
        units = ctx.units
        # (not a newsletter's headlines over stories that name their projects: "Het project 'Taal
        # op de kaai' kreeg € 187.450")
        det, nouns = ctx.cues.regex["determiners"].pattern, ctx.cues.regex["project_nouns"].pattern
        named = re.compile(rf"(?<!\w)(?:{det})\s*(?:{nouns})\s+[«\"'“„‘]", re.I)
        paid = 0
        for i, nxt in zip(run, [*run[1:], None], strict=True):
            last = (
                nxt
                if nxt is not None
                else next((j for j in range(i + 1, len(units)) if units[j].kind == "heading"), len(units))
            )
            if any(named.search(units[j].text) for j in range(i, last)):
                return False
            if any(
                ctx.cues.search("funded_by", units[j].text) or ctx.cues.search("support_from", units[j].text)
                for j in range(i, last)
            ):
                paid += 1
        return paid >= 2 and 2 * paid > len(run)

    def find_numbered_subsections(self) -> None:
        """A report's numbered sub-sections in a part about its projects ("3. Nos actions" over "3.1
        Français langue étrangère", "3.2 « Pas à Pas » – vers l'emploi", "3.3 Espace Parole"; "onze
        projecten" over "4.1 ...", "4.2 Startklaar! - ..."): each sub-section that says how it is
        paid names a project, its lines (up to the next sub-section, or the next part) describe it."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        parts: dict[int, list[tuple[int, int, int]]] = {}  # part -> (unit, sub-section, where its name starts)
        for i, u in enumerate(units):
            if u.kind == "heading" and (m := _SUBSECTION.match(u.text)):
                parts.setdefault(int(m.group(1)), []).append((i, int(m.group(2)), m.end()))
        taken = {j for p in self.projects for j in p.scope_units}
        for run in parts.values():
            if len(run) < 2 or [n for _i, n, _at in run] != list(range(1, len(run) + 1)):
                continue
            first = run[0][0]
            if not any(cues.search("project_nouns", u.text) for u in units[max(0, first - 3) : first]):
                continue  # the part is about something else: the team, the accounts
            # ("5.1 Contexte", "5.2 Projets et actions", "5.3 Perspectives 2025": a chapter's outline;
            # the projects are the headings under the sub-section about them)
            if any(self._of_projects(units[i].text[at:]) for i, _n, at in run):
                continue
            for k, (i, _n, at) in enumerate(run):
                end = run[k + 1][0] if k + 1 < len(run) else len(units)
                scope = [i]
                for j in range(i + 1, end):
                    v = units[j]
                    # (the last one ends at the next heading, or at the next part's numbered line)
                    next_part = v.kind == "item" and _NUMBERED.match(ctx.text, line_start(ctx.text, v.start))
                    if k + 1 == len(run) and (v.kind == "heading" or next_part):
                        break
                    scope.append(j)
                if not self._says_how_paid(scope) or any(j in taken for j in scope):
                    continue
                # ("6.2 Commentaires" over "« Trait d'Union »", "Tables de conversation": the projects'
                # own headings, a section over them names none)
                if sum(units[j].kind == "heading" for j in scope[1:]) >= 2:
                    continue
                u = units[i]
                label = _quoted_name(u.text[at:].strip())  # "« Pas à Pas » – vers l'emploi"
                p = self.add_project(label, u.start + at, u.end, i, 0.7)
                if p is not None:
                    p.scope_units = sorted({*p.scope_units, *scope})
                    taken.update(scope)

    def _says_how_paid(self, lines: Iterable[int]) -> bool:
        """Whether any of these units names a payer or speaks of funding: a section about a project."""
        ctx, cues = self.ctx, self.ctx.cues
        return any(
            ctx.funders_in(ctx.units[k].start, ctx.units[k].end)
            or cues.search("funding_words", ctx.units[k].text)
            or cues.search("funded_by", ctx.units[k].text)
            # "Das KI Kreis X erhält 168.200 Euro für ...": a sum received
            or (cues.search("receives", ctx.units[k].text) and ctx.amounts_in(ctx.units[k].start, ctx.units[k].end))
            # "Ces cours existent grâce à la COCOF": a support cue before an organisation
            or any(
                ctx.orgs_in(ctx.units[k].start + m.end(), ctx.units[k].end)
                for m in cues.find("support_from", ctx.units[k].text)
            )
            for k in lines
        )

    def _ends_a_sentence(self, text: str) -> bool:
        """Whether a line ends with a full stop, not with an abbreviation's dot ("Verein X e. V.",
        "Y Ltd.")."""
        text = text.rstrip()
        if not text.endswith("."):
            return False
        last = text.split()[-1]
        if "." in last[:-1] or len(last) <= 2:
            return False
        return not self.ctx.cues.search("legal_forms", last)

    def find_listed_headings(self) -> None:
        """An organisation's page with a heading of its projects ("Nos projets", "Current projects",
        "Unsere Projekte") over headings of its own, each over prose that says how it is paid: each
        of those headings names a project, its section describes it. (Two at least; the list ends at
        a heading of the page's own words, "Bon à savoir", "Contact".)"""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        taken = {j for p in self.projects for j in p.scope_units}
        for i, u in enumerate(units):
            # (a year may say when: "Programmes in 2024", "Projets 2023"; a report numbers its
            # sections: "5.2 Projets et actions")
            unnumbered = SECTION_NUMBER.sub("", u.text, count=1)
            bare = re.sub(r"\b(?:19|20)\d\d\b", "", unnumbered)
            if u.kind != "heading" or word_count(unnumbered) > 4 or re.search(r"\d", bare):
                continue
            if not self._of_projects(u.text):
                continue
            numbered = unnumbered != u.text
            heads: dict[int, list[int]] = {}  # heading -> the lines under it
            pending: tuple[int, list[int]] | None = None  # the heading before and its lines
            for j in range(i + 1, len(units)):
                h = units[j]
                if h.kind != "heading":
                    if (
                        not heads
                        and h.section == i
                        and h.text.strip(" -*_")
                        and h.kind == "sentence"
                        and not self._intro_of_projects(j)
                    ):
                        break  # prose right under the group's heading: a section of its own
                    continue
                text = h.text.strip()
                if numbered and SECTION_NUMBER.match(text):
                    break  # "4.3 Perspectives 2025" after "4.2 Projets et actions": the next section
                if pending is not None and self._opens_with_support(text):
                    # "Con il contributo della Fondazione X (€ 45.000)" on a line of its own: the
                    # section's payer line, laid out like a heading
                    pj, lines = pending
                    lines.append(j)
                    if pj not in heads and self._says_how_paid(lines):
                        heads[pj] = lines
                    continue
                if (
                    text.endswith(("?", ":"))
                    or word_count(text) > 12
                    or generic_heading(text, cues)
                    or not_a_project(text, cues)
                    or cues.search("contact_words", text)
                    or names_a_group(text, cues)
                    or self._heads_on_a_fund(h)
                ):
                    break
                under = self._section_lines(j)
                prose = [k for k in under if units[k].kind != "row" and units[k].text.strip(" -*_")]
                if not prose or j in taken or any(k in taken for k in under):
                    break
                pending = (j, under)
                # (an action of the list paid by no one named is none; nor a section that says the
                # page's owner gets no money of the fund it names: "A note on the logos")
                denied = any(self._denies_fund_money(k) for k in under)
                if self._says_how_paid(under) and not denied:
                    heads[j] = under
            if len(heads) < 2:
                continue
            # the page's title names the organisation's service whose projects these are, none of them
            self.projects[:] = [p for p in self.projects if p.rule != "_title_project"]
            for j, under in heads.items():
                h = units[j]
                label = _quoted_name(h.text.strip())  # "« Forest Welcome » — un accompagnement sur mesure"
                p = self.add_project(label, h.start, h.end, j, 0.7)
                if p is not None:
                    p.scope_units = sorted({j, *under})
                    taken.update(p.scope_units)

    def find_lettered_headings(self) -> None:
        """A reply or report in lettered parts, each a short heading over its prose ("(a) Local
        Authority Integration Team (LAIT)" over "The LAIT is funded by ...", "(c) New Communities
        Employment Pathway" over "X has been awarded ... under the AMIF"): a part whose prose says how
        it is paid names a project. Not a part named after a fund or a call ("(b) Communities
        Integration Fund 2023": the grants under it are the projects), nor a one-word topic
        ("(d) Accommodation"), nor a part whose table's rows are projects already."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        lettered = [i for i, u in enumerate(units) if u.kind == "heading" and is_lettered(ctx.text, u.start)]
        if len(lettered) < 2:
            return
        taken = {j for p in self.projects for j in p.scope_units}
        for j in lettered:
            h = units[j]
            text = h.text.strip()
            # ("Werkfit Nieuwkomers (AMIF)": the fund in brackets says who pays, the name is before)
            tagged = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", text)
            if tagged and ctx.funders_in(h.start + tagged.start(2), h.start + tagged.end(2)):
                text = tagged.group(1)
            if (
                word_count(text) < 2
                or generic_heading(text, cues)
                or not_a_project(text, cues)
                or names_a_group(text, cues)
                or self._a_funds_programme(text)
                or any(m.start >= h.start and m.end <= h.start + len(text) for m in ctx.funds)
            ):
                continue
            # (a later line of the part another finder took keeps its project)
            under = [k for k in self._section_lines(j) if k not in taken]
            # (up to a short line that opens another part: "Op vraag 3:" after the last lettered part)
            opens_part = [n for n, k in enumerate(under) if n and self._opens_a_part(k)]
            under = under[: opens_part[0]] if opens_part else under
            if not under or under[0] != j + 1 or any(units[k].kind == "row" for k in under):
                continue
            # (a line that says who only administers the fund denies nothing of the part's own
            # money: "The Department of Justice ... does not itself contribute")
            if not self._says_how_paid([k for k in under if not self._denies_fund_money(k)]):
                continue
            p = self.add_project(_quoted_name(text), h.start, h.end, j, 0.7)
            if p is not None:
                p.scope_units = sorted({j, *under})
                taken.update(p.scope_units)

    def _placed_elsewhere(self, name: str, at: int) -> bool:
        """Whether the text writes `name` elsewhere after a preposition of place and at most two
        words ("in den Stadtteilen Grone und Holtenser Berg", "dans les quartiers X et Y"): where a
        project runs, however unknown the places, not who runs it."""
        if len(name) < 3:
            return False
        placed = re.compile(
            r"(?<!\w)(?:in|im|à|dans|nel|nei|nella|nelle|a)\s+(?:[^\W\d_]+\s+){0,2}" + re.escape(name) + r"(?!\w)",
            re.I,
        )
        return any(not m.start() <= at < m.end() for m in placed.finditer(self.ctx.text))

    def _money_key(self, u: Unit) -> str:
        """A record line's key as a money role reads it: its bracketed words dropped ("Crédits État
        (BOP 104)"); a fund's name alone is what the fund pays ("AMIF: 412.800 Euro | Land Kärnten:
        137.600 Euro | Gesamt: 550.400 Euro"), read as the Union's contribution."""
        key = BRACKETED.sub("", u.key).strip()
        ctx = self.ctx
        at = ctx.text.rfind(u.key, 0, u.start)
        fund = next((m for m in ctx.funds if m.start == at and m.end == at + len(key)), None)
        if fund is not None and fund.entity.kind == "fund" and find_amounts(u.text[:40], ctx.lang):
            return "EU" if ctx.lang not in ("fr", "it") else "UE"
        return key

    def _paid_from(self, u: Unit, at: int) -> bool:
        """Whether the words before `at` in unit u give a sum out of what follows ("subsidie € 45.000
        uit het", "a grant of €15,000 from the"): a payer's programme comes next, no project."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("money_from"):
            return False
        lead = re.search(rf"(?<!\w){cues.then_article('money_from')}$", u.text[:at])
        if lead is None:
            # "€ 137.550 ... uit de eigen begroting (programma Zorg en Welzijn)": the budget's
            # chapter in brackets after what the sum is paid out of
            lead = re.search(
                rf"(?<!\w){cues.then_article('money_from')}(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+\s*\(\s*$", u.text[:at]
            )
            return lead is not None and bool(ctx.amounts_in(u.start, u.start + lead.start()))
        start = u.start + lead.start()
        return any(start - a.end <= 40 for a in ctx.amounts_in(u.start, start))

    def _intro_of_projects(self, j: int) -> bool:
        """Whether unit j belongs to an intro paragraph whose last sentence points to the projects
        under it ("Hieronder lees je meer over de projecten die nu lopen.", "Our current projects:"):
        the group's lead, above the projects' own headings. Not on a call's page."""
        ctx = self.ctx
        if ctx.is_call_page:
            return False
        paragraph = [u for u in ctx.units if u.paragraph == ctx.units[j].paragraph and u.kind == "sentence"]
        last = paragraph[-1].text.strip() if paragraph else ""
        return self._of_projects(last) and (last.endswith(":") or ctx.cues.search("below_words", last) is not None)

    def _opens_with_support(self, text: str) -> bool:
        """Whether a line opens with a support or funding cue ("Con il contributo della ...", "Avec
        le soutien de ...", "Gefördert durch ..."), past the years it gives ("2024–2025 · Met steun
        van ...")."""
        cues = self.ctx.cues
        text = _LEADING_PERIOD.sub("", text)
        return any(
            (m := cues.search(key, text)) is not None and not text[: m.start()].strip()
            for key in ("support_from", "funded_by")
        )

    def _denies_fund_money(self, k: int) -> bool:
        """Whether unit k denies public, EU or a named fund's money ("Ponts Ouverts does not itself
        receive Interreg money"; not "... would not exist without the AMIF")."""
        ctx, cues = self.ctx, self.ctx.cues
        u = ctx.units[k]
        if self._denies_public_money(u.start, u.end):  # type: ignore[attr-defined]
            return True
        # (a negation in lower case: not the "Pas" of "Premiers Pas est cofinancé par le FAMI")
        return (
            any(m.group(0).islower() for m in cues.find("negations", u.text))
            and any(ctx.is_fund(f) for f, _s, _e in ctx.funders_in(u.start, u.end))
            and not cues.search("without_words", u.text)
        )

    def _of_projects(self, text: str) -> bool:
        """Whether a heading speaks of projects, all in the plural ("Les projets retenus", "Lopende
        projecten", "Unsere Projekte"): a group's heading over its projects."""
        cues = self.ctx.cues
        nouns = cues.find("project_nouns", text)
        # (a fund's programme may follow: "Projects under the AMIF National Programme 2021–2027")
        return (
            bool(nouns)
            and cues.has("plural_nouns", nouns[0].group(0))
            and all(cues.has("plural_nouns", n.group(0)) or cues.has("programme_nouns", n.group(0)) for n in nouns[1:])
        )

    def _add_payers(self, p: ProjectFact, a: int, b: int, ev: Evidence) -> None:
        """The funds and the organisations named between a and b pay project p: not its runners, not
        a body of the Union (the fund pays), not a region a programme is named after, not one a fund
        passes through ("ESF+ via arbeidsmarktregio X") or that manages it."""
        ctx = self.ctx
        for f, _s, _e in ctx.funders_in(a, b):
            p.funders.setdefault(f, ev)
        if ctx.municipal_money_in(a, b):
            # "Comune di X | ... | fondi propri di bilancio comunale": the town that runs it pays
            for o in p.implementers:
                if ctx.is_town_government(o):
                    p.funders.setdefault(o, ev)
        owner = ctx.site_owner
        if owner is not None and ctx.is_town_government(owner) and _THE_TOWN.search(ctx.text, a, b):
            # "50% ESF+ / 50% gemeente" on the town's own site: the town pays
            p.funders.setdefault(owner, ev)
        for o in ctx.orgs_in(a, b):
            if o.iri in p.implementers or ctx.is_eu_body(o.iri) or ctx.names_a_programme(o, a):
                continue
            before = ctx.text[a : o.start]
            if ctx.cues.search("via_words", before):
                continue
            if ctx.cues.search("managing_participles", before) and ctx.funders_in(a, o.start):
                continue  # ("AMIF, administered by the Home Office": the fund pays, its manager passes it on)
            if re.search(r"\(\s*$", before) and any(f != NATIONAL for f, _s, _e in ctx.funders_in(a, o.start)):
                continue  # ("FSE+ Emilia-Romagna 2021-2027 (Regione Emilia-Romagna)": the programme's manager)
            lead = ctx.cues.search("lead_roles", before[-40:])
            if lead is not None and re.fullmatch(r"\s*(?:[^\W\d_]+['’]?\s*){0,2}", before[-40:][lead.end() :]):
                # ("FAMI 2021-2027 – progetto regionale con capofila la Regione X": the fund's
                # project it leads, which the row's project is part of)
                p.implementers.setdefault(o.iri, ev)
                continue
            p.funders.setdefault(o.iri, ev)

    def find_celled_items(self) -> None:
        """A list of projects under a heading about them, each a bulleted line of fields split by
        bars: "• Werk in Zicht – werkplekken en taal | 2023 t/m 2025 | AMIF en gemeente X | samen met
        Y". The first field names the project (its lead name), the others say when, who pays and with
        whom; the page's owner runs them. (Two such lines at least under the heading.)"""
        ctx = self.ctx
        units = ctx.units
        groups: dict[int, list[int]] = {}
        for i, u in enumerate(units):
            if u.kind not in ("row", "item") or len(_FIELD_BAR.findall(u.text)) < 2:
                continue
            if u.kind == "row" and not u.text.lstrip().startswith(_BULLETS):
                continue  # a table's row: its header says what its cells are
            h = u.section
            if h >= 0 and units[h].kind == "heading" and self._of_projects(units[h].text):
                groups.setdefault(h, []).append(i)
        owner = ctx.site_owner
        for lines in groups.values():
            if len(lines) < 2:
                continue
            for i in lines:
                u = units[i]
                fields = [(m.start(), m.end()) for m in _FIELD.finditer(u.text)]
                a, b = fields[0]
                p = self.add_project(_lead_name(u.text[a:b]), u.start, u.end, i, 0.7)
                if p is None:
                    continue
                p.scope_units.append(i)
                if owner is not None:
                    p.implementers.setdefault(owner, Evidence(u.start, u.end, 0.7))
                for a, b in fields[1:]:
                    self._read_field(p, u.start + a, u.start + b)

    def _read_field(self, p: ProjectFact, a: int, b: int) -> None:
        """A list line's field after the project's name: partners after a partner cue ("samen met
        X"), else its funds and the organisations that pay ("gemeente X (welzijnssubsidie)"), not one
        that passes a fund on ("ESF+ via arbeidsmarktregio X")."""
        ctx = self.ctx
        ev = Evidence(a, b, 0.7)
        if ctx.cues.search("partner_cues", ctx.text[a:b]):
            for o in ctx.orgs_in(a, b):
                if o.iri not in p.implementers:
                    p.partners.setdefault(o.iri, ev)
            return
        self._add_payers(p, a, b, ev)

    def find_beneficiary_headings(self) -> None:
        """An official list of funded projects: under a heading about them ("Les projets retenus",
        "Geförderte Projekte"), a heading for each beneficiary ("REECH ENG HAND ASBL", "Ville de X")
        over prose that names its project and says how it is paid. The heading's organisation runs
        the project its first line names ("« Connexions » – ...", "MIPAC – ...", else that line's
        first clause). (Two at least; the list ends at the first heading that is none of those.)"""
        ctx = self.ctx
        units = ctx.units
        for i, u in enumerate(units):
            # (or a short line that ends on its colon: "Die Förderungen im Einzelnen:")
            intro = u.kind == "sentence" and u.text.rstrip().endswith(":") and word_count(u.text) <= 6
            if (u.kind != "heading" and not intro) or re.search(r"\d", u.text):
                continue
            if not intro and word_count(u.text) > 4:
                continue
            if not self._of_projects(u.text) and not (intro and self.ctx.cues.search("grant_plurals", u.text)):
                continue
            heads: list[tuple[int, OrgMention, list[int]]] = []
            for j in range(i + 1, len(units)):
                h = units[j]
                if h.kind != "heading":
                    if not heads and h.section == i and h.kind == "sentence":
                        break  # prose right under the group's heading: no list of beneficiaries
                    continue
                org = self._heading_org(h)
                under = self._section_lines(j)
                # (its first line names the project: not a record's "Duration: ..." under a project's name)
                named = bool(under) and units[under[0]].kind in ("sentence", "item")
                if org is None or not named or not self._says_how_paid(under):
                    break
                heads.append((j, org, under))
            if len(heads) < 2:
                continue
            for j, org, under in heads:
                first = units[under[0]]
                label = _lead_name(first.text)
                led = _named_lead(first.text) is not None
                quoted = next((m for k in under for m in _PAIRED_QUOTES.finditer(units[k].text)), None)
                if quoted is not None and not led and first.kind == "sentence" and re.search(r"[.!]\s*$", first.text):
                    # (prose that names the project in quotes: "Das KI X erhält 168.200 Euro für das
                    # Projekt „Sprachbrücken“", or in its next sentence)
                    label = next(g for g in quoted.groups() if g is not None)
                p = self.add_project(label, first.start, first.end, under[0], 0.7)
                if p is not None:
                    p.scope_units = sorted({j, *under})
                    p.implementers[org.iri] = Evidence(units[j].start, units[j].end, 0.85)
                    for k in under:  # its section's payers ("Contribution FAMI : 112.500,00 €")
                        for f, _s, _e in ctx.funders_in(units[k].start, units[k].end):
                            if f != org.iri:
                                p.funders.setdefault(f, Evidence(units[k].start, units[k].end, 0.85))

    def _heading_org(self, h: Unit) -> OrgMention | None:
        """The organisation a heading names as a whole ("Stadt X", "Y ASBL (YA)"), or one that opens
        or closes a heading in capitals ("LIGUE X DE PRÉVENTION ... (LIGUE Z)"), in a heading that is no
        project's name."""
        text = h.text.rstrip()
        if text.endswith(("?", ":")) or word_count(text) > 14:
            return None
        # (a project noun as a name's complement, "Ligue de prévention et d'action", heads nothing)
        if any(not _COMPLEMENT_BEFORE.search(text[: n.start()]) for n in self.ctx.cues.find("project_nouns", text)):
            return None
        end = h.start + len(re.sub(r"\s*\([^()]*\)$", "", text))
        orgs = self.ctx.orgs_in(h.start, h.end)
        if not text.isupper():
            orgs = [o for o in orgs if o.start == h.start and o.end >= end]
        edge = [o for o in orgs if o.start == h.start or o.end >= end]
        return max(edge, key=lambda o: o.end - o.start) if edge else None

    def _opens_a_part(self, k: int) -> bool:
        """Whether unit k is a short line of its own that ends on a colon, opening another part of
        the page ("Op vraag 3:", "Zu Frage 2:", "Réponse :")."""
        u = self.ctx.units[k]
        return (
            u.kind == "sentence"
            and word_count(u.text) <= 4
            and u.text.rstrip().endswith(":")
            and line_start(self.ctx.text, u.start) == u.start
        )

    def _section_lines(self, j: int) -> list[int]:
        """The units under heading `j` in its section (not the headings after it)."""
        units = self.ctx.units
        return [k for k in range(j + 1, len(units)) if units[k].section == j and units[k].kind != "heading"]

    def find_announced_headings(self) -> None:
        """A page that announces a number of projects ("Drei neue Projekte für Geflüchtete", "twee
        projecten") and then gives exactly that many headings, each over its own paragraphs ("MiA –
        Migrantinnen in Arbeit", "Thuis in de Wijk"): each heading names one of them, its section
        describes it."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        if len(units) < 4:
            return
        # (a line that announces the headings right under it wins: "Elf Projekte werden gefördert"
        # in the lead, then "Drei der geförderten Projekte im Überblick:")
        count_at, count = self._announced_count(intro_lines=True)
        if count is None:
            count_at, count = self._announced_count()
        uncounted = False
        if count is None:
            # ("Die Projekte im Überblick:" right over the headings: as many as follow one another)
            count_at = self._uncounted_intro()
            if count_at is None:
                return
            uncounted, count = True, 0
        titled = [p for p in self.projects if p.rule == "_title_project"]
        announced = count
        taken = {j for p in self.projects for j in p.scope_units}
        found = [fold(p.label) for p in self.projects if len(p.label) >= 4]
        heads = []
        contact_at = next(
            (
                i
                for i in range(count_at + 1, len(units))
                # (or a short line that ends on its colon: "Contact presse :" over a press office)
                if (units[i].kind == "heading" or units[i].text.rstrip().endswith(":"))
                and word_count(units[i].text) <= 3
                and cues.search("contact_words", units[i].text)
            ),
            None,
        )
        for i in range(count_at + 1, len(units)):
            u = units[i]
            if u.kind != "heading" or i in taken:
                continue
            text = u.text.strip()
            if text.endswith(("?", ":")) or generic_heading(text, cues) or word_count(text) > 12:
                continue
            if not_a_project(text, cues):
                continue  # "Communiqué de presse": the page's kind, no project
            if contact_at is not None and i > contact_at:
                break  # "Landratsamt Emmendingen, Pressestelle" under "Kontakt": whom to ask, then page chrome
            if len(re.findall(r"\d", text)) >= 4:
                continue  # "Telefon 0211 837-xxxx", "Düsseldorf, 19. März 2024": no project's name
            if BYLINE.fullmatch(text):
                continue  # "Von Katrin Böhme": who wrote the article
            if ctx.funders_in(u.start, u.end) and cues.search("funding_words", text):
                continue  # "Geld aus dem AMIF": how the money comes, no project's name
            if names_a_group(text, cues):
                continue  # "Drei neue Projekte für ...": the announcement itself
            if any(fold(text).startswith(label) for label in found):
                continue  # "Werkmaatjes in de praktijk": the section of a project named already
            nxt = units[i + 1] if i + 1 < len(units) else None
            if nxt is None or nxt.kind not in ("sentence", "kv", "item") or nxt.section != i:
                continue
            heads.append(i)
        if uncounted:
            # the headings that follow one another from the intro on, no other heading between
            run_on = []
            for h in heads:
                before = run_on[-1] if run_on else count_at
                if any(units[j].kind == "heading" for j in range(before + 1, h)):
                    break
                run_on.append(h)
            heads = run_on
            count = announced = len(heads)
            if count < 2:
                return

        # Those named already after the announcement (a list, a named project) are some of them.
        # Where none is named before the headings, one named inside a heading's section is that
        # heading's project ("Coallia accompagnera ... grâce au dispositif
        # « Cap Autonomie »" under "Vers l'autonomie des jeunes réfugiés"). Not the title's head,
        # which a title announcing several projects uses for their theme.
        def section_of(j: int) -> int | None:
            # (a heading is its own section's, not the one of the heading over it, where the layout
            # sets each heading in the section before)
            return j if j in heads else next((h for h in heads if units[j].section == h), None)

        # (not one known only by its owner, "the refugee programme of X": a heading may name it)
        named = [p for p in self.projects if p.unit > count_at and p not in titled and not p.by_owner]
        if not heads or any(p.unit < heads[0] for p in named):
            # a project named before the headings (a list, a sentence): every project named
            # already takes a heading's place
            count -= len(named)
            named = []
        else:
            # (not one named after the announced headings, under a heading of its own: "Nicht
            # Gegenstand des heutigen Beschlusses ist das Projekt „Arbeit statt Warten“")
            def apart(p: ProjectFact) -> bool:
                # (one after every heading of the run, under a heading no project's own)
                head = units[p.unit].section
                if head < 0 or units[head].kind != "heading" or head in taken:
                    return False
                return p.unit > heads[-1] and fold(p.label) not in fold(units[head].text)

            count -= len([p for p in named if section_of(p.unit) is None and not apart(p)])
        if count < 1 or len(heads) < count:
            return
        # the first that many (a page's later headings, "Kontakt" and the like, come after them)
        run = heads[:count]
        # (after the announcement's paragraph; a heading on the line right after its sentence,
        # with no blank line between, shares its paragraph's number)
        announcing = ctx.units[count_at]
        if not all(
            ctx.units[j].paragraph > announcing.paragraph
            or (announcing.kind == "sentence" and ctx.units[j].paragraph == announcing.paragraph)
            for j in run
        ):
            return
        added = 0
        for i in run:
            under = self._section_lines(i)
            inside = [p for p in named if section_of(p.unit) == i]
            if inside:
                # its project is named in its section already: the section describes that one
                added += 1
                if len(inside) == 1:
                    inside[0].scope_units = sorted({*inside[0].scope_units, *under})
                    # (and the heading's runner in brackets runs it: "FiA – Frauen in Arbeit
                    # (Wiesbadener Jugendwerkstatt GmbH)" over "Das Coaching-Programm ...")
                    paren = _PAREN_END.search(units[i].text.strip())
                    at = units[i].start + paren.start() if paren is not None and paren.start() > 2 else None
                    runner = next(iter(ctx.orgs_in(at, units[i].end)), None) if at is not None else None
                    if runner is not None and runner.iri not in inside[0].funders:
                        inside[0].implementers.setdefault(runner.iri, Evidence(units[i].start, units[i].end, 0.75))
                continue
            u = units[i]
            label = re.sub(r"\s*\((?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\)\s*$", "", u.text.strip())
            # "„Sprachcafé Mama lernt Deutsch“ (Internationaler Frauentreff Wetzlar e.V.)": the name,
            # in its quotes or not, then who runs it in parentheses
            runner = None
            paren = _PAREN_END.search(label)
            if paren is not None and paren.start() > 2:
                at = u.start + paren.start()
                runner = next((o for o in ctx.orgs_in(at, u.end)), None)
                if runner is not None:
                    label = label[: paren.start()].rstrip()
            if quoted := _PAIRED_QUOTES.fullmatch(label):
                label = next(g for g in quoted.groups() if g is not None)
            p = self.add_project(label, u.start, u.end, i, 0.7)
            if p is None:
                continue
            if runner is not None:
                p.implementers.setdefault(runner.iri, Evidence(u.start, u.end, 0.75))
                p.named_runner = runner.iri
            elif (launcher := self._launcher(count_at)) is not None:
                # "Casa da Partilha launches two AMIF projects ...": who launches them runs each
                p.implementers.setdefault(launcher, Evidence(announcing.start, announcing.end, 0.7))
            added += 1
            # (not the next heading: the layout sets each heading in the section of the one before)
            p.scope_units = sorted({i, *under})
        if titled and announced >= 2 and added == count == announced:
            # "Intégration des primo-arrivants : l'État soutient deux actions": the title's head is
            # the theme of the two, no project of its own
            self.projects[:] = [p for p in self.projects if p not in titled]

    def _uncounted_intro(self) -> int | None:
        """A line that ends on its colon, names projects in the plural and no number of them, right
        over a heading ("Die Projekte im Überblick:", "Les projets soutenus :"): where the headings
        under it start."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        for i, u in enumerate(units[:-1]):
            text = u.text.rstrip()
            if not text.endswith(":") or units[i + 1].kind != "heading" or word_count(text) > 8:
                continue
            nouns = cues.find("project_nouns", text)
            if any(cues.has("plural_nouns", n.group(0)) for n in nouns) and not re.search(r"\d", text):
                return i
        return None

    def _launcher(self, i: int) -> str | None:
        """The organisation that opens unit i as the subject of a launch verb ("Casa da Partilha
        launches two AMIF projects", "Caritas lance deux projets"), if one does."""
        ctx = self.ctx
        u = ctx.units[i]
        first = next(iter(ctx.orgs_in(u.start, u.end)), None)
        if first is None or ctx.text[u.start : first.start].strip() or not ctx.is_implementer_org(first.iri):
            return None
        verb = ctx.cues.search("launches", ctx.text[first.end : u.end])
        return first.iri if verb is not None and not ctx.text[first.end : first.end + verb.start()].strip() else None

    def find_announced_paragraphs(self) -> None:
        """A release that announces how many projects it presents ("le préfet a retenu trois
        nouvelles actions portées par des associations") and then gives that many paragraphs, each
        opening (past a place or a word of order: "À Saint-Quentin,", "Enfin, à Laon,") on the
        organisation that runs one, then its verb ("l'association X renforce ses ateliers ..."):
        each paragraph is a project and its opening organisation the runner. The project a
        paragraph names already keeps its name, else the verb's object names it."""
        ctx = self.ctx
        units = ctx.units
        count_at, count = self._announced_count()
        if count is None:
            return
        taken = {j: p for p in self.projects for j in (p.scope_units or [p.unit])}
        firsts = [
            i
            for i in range(count_at + 1, len(units))
            if units[i].paragraph > units[count_at].paragraph and units[i].paragraph != units[i - 1].paragraph
        ]
        opened: list[tuple[int, OrgMention]] = []
        for i in firsts:
            org = self._opening_runner(units[i])
            if org is None:
                break
            opened.append((i, org))
        if len(opened) < count or len(opened) > count + 1:
            return
        for i, org in opened[:count]:
            u = units[i]
            paragraph = [j for j in range(i, len(units)) if units[j].paragraph == u.paragraph]
            named = next((taken[j] for j in paragraph if j in taken), None)
            if named is not None:
                if not named.implementers:
                    named.implementers[org.iri] = Evidence(u.start, u.end, 0.75)
                continue
            rest = ctx.text[org.end : u.end]
            rest = re.sub(r"^\s*\([^()]*\)", "", rest)  # its short form: "(ALIM)"
            # the verb, then its object up to a bracket or the clause's end
            obj = re.match(r"\s+[^\W\d_]+\s*([^,;:.()]{6,120})", rest)
            if obj is None or not obj.group(1)[:1].islower() or re.match(r"\w+['’][A-ZÀ-Þ]", obj.group(1)):
                continue  # (not a name's words the organisation's mention left out)
            p = self.add_project(obj.group(1), u.start, u.end, i, 0.6)
            if p is None:
                continue
            p.scope_units.extend(paragraph)
            p.implementers.setdefault(org.iri, Evidence(u.start, u.end, 0.75))

    def find_titled_paragraphs(self) -> None:
        """An answer's paragraphs under "... the following AMIF-funded projects ...:", each opening
        with its project's title as a sentence of its own ("Grampian Welcome ESOL (2017 to 2020).",
        then "Aberdeen City Council ran this project ..."): each title names a project, its paragraph
        describes it. (Two such paragraphs at least, right under the line that announces them.)"""
        ctx = self.ctx
        units = ctx.units
        taken = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        for i, u in enumerate(units):
            if u.kind != "sentence" or not u.text.rstrip().endswith(":"):
                continue
            if not any(ctx.cues.has("plural_nouns", n.group(0)) for n in ctx.cues.find("project_nouns", u.text)):
                continue
            titled: list[tuple[int, str]] = []
            for j in range(i + 1, len(units)):
                v = units[j]
                if v.paragraph == units[j - 1].paragraph and j != i + 1:
                    continue  # the paragraph's own sentences
                title = self._title_sentence(v)
                if title is None:
                    break
                titled.append((j, title))
            if len(titled) < 2:
                continue
            for j, title in titled:
                paragraph = [k for k in range(j, len(units)) if units[k].paragraph == units[j].paragraph]
                if any(k in taken for k in paragraph):
                    continue  # a project its own words named already ("... Delivery Project (2018 to 2021).")
                p = self.add_project(title, units[j].start, units[j].end, j, 0.7)
                if p is not None:
                    p.scope_units.extend(paragraph)

    def _title_sentence(self, u: Unit) -> str | None:
        """The title a paragraph's first sentence is, alone with its period in brackets: "Family
        Reunion Integration Service (2019 to 2021)." (its words capitalised, a few short ones aside)."""
        if u.kind != "sentence":
            return None
        text = u.text.strip()
        quoted = _QUOTED_TITLE_LINE.fullmatch(text)
        if quoted is not None:
            # "«Borghi Aperti» – 1.120.000,00 €": a quoted name alone on its line, maybe with its sum
            # or its years after a dash
            rest = quoted.group(2) or ""
            for a in [*self.ctx.amounts_in(u.start, u.end), *self.ctx.periods_in(u.start, u.end)]:
                rest = rest.replace(self.ctx.text[a.start : a.end], " ")
            return quoted.group(1).strip() if not rest.strip(" ,;()") else None
        m = re.fullmatch(r"(.+?)(?:\s*\(([^()]*)\))?\.", text)
        if m is None:
            return None
        title, bracket = m.group(1).strip(), m.group(2)
        if bracket is not None and not self.ctx.periods_in(u.start, u.end):
            return None
        words = title.split()
        if not 2 <= len(words) <= 10 or any(len(w) > 3 and not w[:1].isupper() for w in words):
            return None
        if [o for o in self.ctx.orgs_in(u.start, u.start + len(title)) if o.iri not in self.ctx.shape_rules]:
            return None  # "Aberdeen City Council." : a body, no title
        return title

    def _opening_runner(self, u: Unit) -> OrgMention | None:
        """The organisation a paragraph's first sentence opens on as its subject, past phrases set
        in front of it ("À Saint-Quentin, l'association X ..."), if one that may run projects."""
        ctx = self.ctx
        if u.kind != "sentence":
            return None
        first = next(iter(ctx.orgs_in(u.start, u.end)), None)
        if first is None or not ctx.is_implementer_org(first.iri) or ctx.funders_in(u.start, first.start):
            return None
        before = ctx.text[u.start : first.start].split(",")
        # (each fronted phrase short; right before the name an article and a kind of body at most)
        if any(word_count(b) > 5 for b in before[:-1]) or word_count(before[-1]) > 2:
            return None
        if before[-1].strip()[:1].isupper():
            return None  # "Le Soissonnais accueille ...": a capitalised word that is not the name
        return first

    def _announced_count(self, intro_lines: bool = False) -> tuple[int, int | None]:
        """Where the page announces how many projects it presents, and how many: in its title or
        its first lines, a number or a number word before a plural project noun. `intro_lines`:
        in a line anywhere that ends on a colon, or a heading, with a heading right under it ("Drei
        der geförderten Projekte im Überblick:", "Zoom sur deux actions financées")."""
        ctx, cues = self.ctx, self.ctx.cues
        number = r"(?<!\w)(\d{1,2}|" + cues.regex["number_words"].pattern + r")\s+(?:[^\W\d]+\s+){0,2}?"
        direct = r"(?<!\w)(\d{1,2}|" + cues.regex["number_words"].pattern + r")\s+"
        # the lines first: a heading that repeats the title is where the announcement stands
        texts = [(i, u.text) for i, u in enumerate(ctx.units[:8])] + [(-1, ctx.doc.title or "")]
        if intro_lines:
            units = ctx.units
            texts = [
                (i, u.text)
                for i, u in enumerate(units[:-1])
                # (or a heading right over the headings, the first over prose: "Zoom sur deux actions
                # financées"; not a fact box's "3 lopende AMIF-projecten" over "10,67 miljoen euro")
                if units[i + 1].kind == "heading"
                and (
                    u.text.rstrip().endswith(":")
                    or (u.kind == "heading" and i + 2 < len(units) and units[i + 2].kind == "sentence")
                )
            ]
        for i, text in texts:
            # (a Dutch or German compound ends in the noun: "drei Integrationsprojekte", "twee taalprojecten")
            compounds = list(_PLURAL_PROJECT_COMPOUND.finditer(text)) if ctx.lang in ("de", "nl") else []
            for noun in [*cues.find("project_nouns", text), *compounds]:
                plural = noun.re is _PLURAL_PROJECT_COMPOUND or cues.has("plural_nouns", noun.group(0))
                # a noun whose plural is its singular ("Drei Vorhaben"): the number right before it
                m = re.search((number if plural else direct) + r"$", text[: noun.start()], re.I)
                if m:
                    word = m.group(1)
                    n = int(word) if word.isdigit() else cues.numbers.get(norm_cue(word))
                    if n is not None and 2 <= n <= 12:
                        return max(i, 0), n
        return -1, None

    def find_headings(self) -> None:
        """Headings that name a project: "Projet AMIF Accueil 2024-2025", "AVRR Belgium Support Project"."""
        ctx, cues = self.ctx, self.ctx.cues
        title = (ctx.doc.title or "").strip().lower()
        # "Scheda di progetto" over "Titolo | PONTI ...": a heading right over a record's lines names
        # the record's sheet; the record names its project
        recorded = {j for p in self.projects if p.rule == "find_records" for j in p.scope_units}
        # a beneficiary's heading in an official list names who runs the project, not the project
        beneficiaries = {p.scope_units[0] for p in self.projects if p.rule == "find_beneficiary_headings"}
        for i, u in enumerate(ctx.units):
            if u.kind != "heading" or u.text.strip().lower() == title or generic_heading(u.text, cues):
                continue
            if (u.text.lstrip()[:1] in ("›", "→", ">") and not _ARROWED_QUOTED_NAME.match(u.text)) or u.text.rstrip()[
                -1:
            ] in ("→", "»", "›"):
                continue  # "› Come si scrive un budget ...", "Mehr zum Projekt auf der Seite X →": a link
            if is_page_word(re.split(r"\s[–—|]\s", u.text, maxsplit=1)[0], cues):
                continue  # "Schede progetto – Immigrazione e asilo": the page's kind, then its topic
            if PERSON.match(u.text):
                continue  # "Ms Katya Grech – Project Officer, JRS Malta": a team member and her role
            if ctx.is_related_link(i):
                continue  # under "Leggi anche": another article's headline
            if self._under_contact_heading(i):
                continue  # "Contact" over "Project manager X": whom to call, no project
            if i + 1 in recorded or i in beneficiaries:
                continue
            parts = _META_SEPARATOR.split(u.text)
            if len(parts) >= 2 and any(only_a_date(part.strip()) for part in parts):
                continue  # "12 January 2022 · Lina Haddad, project coordinator · 7 min read": a post's dateline
            named_after = self._period_led_name(i)
            if named_after is None and self._status_line(i):
                continue  # "2017 – 2020 · action terminée": when a project ran, not its name
            if self._owner_name_line(u):
                continue  # "CPAS d'Herstal – Centre public d'action sociale": the site's owner, in full
            # (a noun inside an organisation's name is the name's: "Centre Public d'Action Sociale")
            nouns = [m for m in cues.find("project_nouns", u.text) if not self._in_org_name(u.start + m.start())]
            singular = [m for m in nouns if not cues.has("plural_nouns", m.group(0))]
            if nouns and cues.has("plural_nouns", nouns[0].group(0)):
                continue  # "Altri progetti dello stesso programma nel comune di Prato: 412": a group
            if singular and cues.has("status_words", u.text.replace(singular[0].group(0), " ").strip(" :·–-")):
                continue  # "PROJEKT ABGESCHLOSSEN", "Projet terminé": the page's project's state
            dated = not singular and self._dated_heading(i)
            if not singular and not dated:
                continue
            if singular and re.search(r"\d+\s+" + re.escape(singular[0].group(0)), u.text):
                continue
            if re.match(r"\s*\d[\d.,]*\s+[a-zà-ÿ]", u.text):
                continue  # "40 families took part in the "settling in" programme": a result's count
            if singular and ctx.amounts_in(u.start, u.end):
                continue  # "Landkreis beteiligt sich mit 118.500 Euro an EU-gefördertem Projekt": a headline
            if singular and self._indefinite_before(u.text, singular[0].start()):
                continue  # "Un projet transfrontalier pour faciliter l'accès aux soins": a headline, no name
            if singular and self._news_headline(u, singular[0].end()):
                continue  # "Athlone job scheme for refugees ... gets EU backing": a newspaper's headline
            label = re.sub(r"\s*\((?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\)\s*$", "", u.text)
            label = _HEADING_PERIOD.sub("", label) or label
            owned = self._copula_owned(u, singular[0]) if singular else None
            if owned is not None:
                # "Thuis in Lelystad is een project van Stichting Welzijn Lelystad" (a footer's line):
                # the name before the copula, its runner after the noun
                name, runner = owned
                p = self.add_project(name, u.start, u.end, i, 0.75)
                if p is not None:
                    p.scope_units.append(i)
                    p.implementers.setdefault(runner.iri, Evidence(u.start, u.end, 0.8))
                continue
            if named_after is not None:
                label = u.text[named_after:]  # "2018 – 2020 | Taalmaatjes Maastricht"
            elif singular and (quoted := _quoted_after_noun(u.text, singular[0].end())):
                # 'Minori stranieri non accompagnati, al via il progetto "Rotte Sicure"', 'Il progetto
                # SAI "Novara Accoglie"': the name in quotes
                label = next(g for g in quoted.groups() if g is not None)
            elif singular and (headline := self._headline_name(u.text, singular[0].end())):
                label = headline  # "Cross-border project Talent Bridge CZ–AT kicks off": the name in it
            if singular and self._names_a_found_project(u.text[singular[0].end() :]):
                continue  # "Dettaglio del cofinanziamento – progetto CONDIVIDERE": a section on a row's project
            p = self.add_project(label, u.start, u.end, i, 0.75)
            if p is None:
                continue
            p.scope_units.append(i)
            # The paragraph under the heading describes the project; under a heading known only by
            # its name and years, the whole section does (its funding is said in a later paragraph).
            first = ctx.units[i + 1].paragraph if i + 1 < len(ctx.units) else None
            for j in range(i + 1, len(ctx.units)):
                status = j == i + 1 and self._status_line(j)
                if (ctx.units[j].kind == "heading" and not status) or (ctx.units[j].paragraph != first and not dated):
                    break
                p.scope_units.append(j)

    def _names_a_found_project(self, after_noun: str) -> bool:
        """Whether the words after a heading's project noun are all of a found project's name or
        its lead part ("progetto CONDIVIDERE" for the row "CONDIVIDERE – Sportelli di orientamento")."""
        name = after_noun.strip(" :«»“”„\"'").casefold()
        if len(name) < 3:
            return False
        return any(
            (label := q.label.casefold()) == name or re.match(rf"{re.escape(name)}\s+[–—:-]\s", label) is not None
            for q in self.projects
        )

    def _copula_owned(self, u: Unit, noun: re.Match[str]) -> tuple[str, OrgMention] | None:
        """A line "X is een project van Y" (X, then a copula and an indefinite article before the
        project noun, then "of" and an organisation): X's name and Y."""
        cues = self.ctx.cues
        before = re.match(
            r"(.+?)\s+(?i:"
            + cues.regex["copulas"].pattern
            + r")\s+(?i:"
            + cues.regex["indefinite_articles"].pattern
            + r")\s+(?:[^\W\d_]+\s+)?$",
            u.text[: noun.start()],
        )
        of = re.match(r"\s+(?i:" + cues.regex["of_words"].pattern + r")\s+", u.text[noun.end() :])
        if before is None or of is None:
            return None
        at = u.start + noun.end() + of.end()
        runner = next((o for o in self.ctx.orgs_in(at, u.end) if o.start == at), None)
        if runner is None or not self.ctx.is_implementer_org(runner.iri):
            return None
        return before.group(1).strip(), runner

    def _indefinite_before(self, text: str, at: int) -> bool:
        """Whether the text opens with an indefinite article right before `at` ("Un projet ...",
        "A new project ...", "Ein Projekt ..."), an adjective maybe between; or with a demonstrative
        ("Dit project wordt medegefinancierd door ...", "Ce projet est cofinancé ..."): a sentence
        about the page's project, no name."""
        words = text[:at].split()
        cues = self.ctx.cues
        return 1 <= len(words) <= 2 and (
            cues.has("indefinite_articles", words[0]) or cues.has("demonstratives", words[0].lower())
        )

    def _under_contact_heading(self, i: int) -> bool:
        """Whether the line right above unit i is a contact block's heading ("Contact", "Kontakt",
        "Meet the team"), or another person's line under one ("Aoife Ryan – Project Coordinator")."""
        units = self.ctx.units
        j = i - 1
        while j >= 0 and units[j].kind == "heading" and _PERSON_AND_ROLE.match(units[j].text):
            j -= 1
        return j >= 0 and self.ctx.is_contact_heading(j, max_words=3)

    def _heads_on_a_fund(self, h: Unit) -> bool:
        """Whether a heading is about a fund itself: its name, maybe behind an article, then a comma,
        a colon, a dash or nothing ("Le FAMI, un levier européen", "Der AMIF – kurz erklärt")."""
        ctx = self.ctx
        lead = re.match(r"\s*(?:" + ctx.cues.regex["determiners"].pattern + r"\s*)?", h.text, re.I)
        at = h.start + (lead.end() if lead else 0)
        return any(
            m.start == at and re.match(r"\s*(?:[,:]|[–—-]\s|$)", ctx.text[m.end : h.end]) is not None for m in ctx.funds
        )

    def _a_funds_programme(self, label: str) -> bool:
        """Whether a label is a fund's programme: a fund's name, then where or when it runs ("FSE+
        2021-2027 della Toscana", "AMIF 2021-2027 voor België", "Interreg Baltic Sea Region",
        "Interreg VI-A Italia-Svizzera 2021-2027")."""
        low = label.lower()
        fund = next((m for m in self.ctx.fund_names if low.startswith(m.text.lower() + " ")), None)
        if fund is None:
            return False
        rest = label[len(fund.text) :]
        # (the fund's name may hold the period: "FAMI 2021-2027" du Grand-Duché)
        period = re.search(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", label)
        if period and int(period.group(2)) - int(period.group(1)) >= 6:
            return True  # a programming period, not a project's years
        if any(m.text.lower() in rest.lower() for m in self.ctx.places):
            return True
        return bool(re.search(r"\b(?:Programme|Program|Programm|Programma|Region|Regione|Région)\b", rest))

    def _owner_name_line(self, u: Unit) -> bool:
        """Whether a line opens with the site owner's name alone before a spaced dash: the owner's
        name line of a header or footer, whatever its long form after the dash says."""
        owner = self.ctx.site_owner
        if owner is None:
            return False
        dash = _SPACED_DASH.search(u.text)
        if dash is None:
            return False
        return any(o.iri == owner and o.start == u.start and o.end >= u.start + dash.start() for o in self.ctx.orgs)

    def _names_a_project(self, text: str) -> bool:
        """Whether a sentence names one of the projects found so far by its label."""
        low = text.lower()
        return any(len(p.label) >= 4 and p.label.lower() in low for p in self.projects)

    def _spells_the_acronym_before(self, text: str, at: int) -> bool:
        """Whether the words from `at` on spell, by their initials, the acronym a dash sets them
        after ("P.I.A.M. Onlus – Progetto Integrazione Accoglienza Migranti"): a body's long name."""
        before = re.search(r"(?:^|\s)((?:[A-Z]\.?){3,8})(?:\s+\w+)?\s*[–—-]\s*$", text[:at])
        if before is None:
            return False
        letters = before.group(1).replace(".", "")
        words = [w for w in re.findall(r"[^\W\d_][\w'’]*", text[at:]) if w[:1].isupper()][: len(letters)]
        return "".join(w[0] for w in words).upper() == letters

    def _in_org_name(self, pos: int) -> bool:
        """Whether a word at `pos` lies inside an organisation's name: one the reference data knows,
        or one found by its shape that opens with an organisation's head noun ("Centre Public
        d'Action Sociale") or ends with one after the word ("Central Project Management Agency"; not
        "Community Activation Programme", a name the shape rules took for an organisation's by its
        last word)."""
        ctx = self.ctx
        for o in ctx.orgs:
            if not o.start <= pos < o.end:
                continue
            name = ctx.text[o.start : o.end]
            # (past its acronym and a dash: "CAI – Centre d'Action Interculturelle ...")
            if o.known or opens_with_head(re.sub(r"^[A-Z]{2,6}\s*[–—-]\s*", "", name), ctx.lang):
                return True
            if ends_with_head(ctx.text[pos : o.end], ctx.lang):
                return True
        return False

    def find_headed_started_projects(self) -> None:
        """A short heading over a section whose first sentence says an organisation it names starts
        or runs "a project", and whose section says who pays: "Mentorat vers l'emploi" over
        "l'association locale X démarre en novembre 2024 un petit projet pilote de mentorat ... La
        Fondation Y soutient cette initiative avec 12.000 euros". The heading names that project (a
        newsletter's item, a news page's second story); its section describes it."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        title = (ctx.doc.title or "").strip().lower()
        taken = {j for p in self.projects for j in p.scope_units}
        for i, u in enumerate(units[:-1]):
            if u.kind not in ("heading", "kv") or i in taken or i + 1 in taken or u.text.strip().lower() == title:
                continue
            # "Wie es weitergeht: „Wurzeln & Flügel“" over "Das Nachfolgeprojekt läuft ... und wird aus
            # dem FAMI gefördert": the name the heading quotes, over a sentence opening on a project
            quoted = _PAIRED_QUOTES.search(u.text)
            name = next((g for g in quoted.groups() if g is not None), "") if quoted else ""
            if u.kind == "kv" and not (quoted and word_count(ctx.text[line_start(ctx.text, u.start) : u.end]) <= 10):
                continue  # (a record's line that quotes a name: "Wie es weitergeht: „Name“")
            named = bool(name) and 1 <= word_count(name) <= 6
            if not named and (
                not 1 <= word_count(u.text) <= 6
                or generic_heading(u.text, cues)
                or u.text.rstrip().endswith("?")
                # (a project noun's heading is `find_headings`'; an organisation's names who, not what)
                or cues.find("project_nouns", u.text)
                or ctx.orgs_in(u.start, u.end)
                or ctx.funders_in(u.start, u.end)
            ):
                continue
            section = []
            for j in range(i + 1, len(units)):
                if units[j].kind == "heading" or (j in taken and u.kind == "heading"):
                    break
                if j not in taken:
                    section.append(j)
            first = units[section[0]] if section else None
            if named:
                if (
                    first is not None
                    and first.kind == "sentence"
                    and self._opens_on_a_project(first.text)
                    and any(self._says_who_pays(units[j]) for j in section)
                ):
                    p = self.add_project(name, u.start + quoted.start(), u.start + quoted.end(), i, 0.7)
                    if p is not None:
                        p.scope_units += [i, *section]
                continue
            noun_at = self._a_project_noun(first.text) if first is not None and first.kind == "sentence" else None
            if first is None or noun_at is None:
                continue
            # (who starts it is named before it: its subject)
            runners = [o for o in ctx.orgs_in(first.start, first.start + noun_at) if not ctx.is_eu_body(o.iri)]
            if not runners or not any(self._says_who_pays(units[j]) for j in section):
                continue
            if any(self._denies_fund_money(j) for j in section):
                continue  # "A note on the logos" over "Ponts Ouverts does not itself receive Interreg money"
            # "... betreibt das Netzwerk seit 2024 ein zweites Projekt. „Ankommen im Job“ begleitet
            # ...": the name the next sentence opens with, in quotes, is the project's, not the heading
            after = units[section[1]] if len(section) > 1 and units[section[1]].kind == "sentence" else None
            opening = _PAIRED_QUOTES.match(after.text) if after is not None else None
            name = next((g for g in opening.groups() if g is not None), "") if opening else ""
            if after is not None and opening and 1 <= word_count(name) <= 6:
                p = self.add_project(name, after.start + opening.start(), after.start + opening.end(), section[1], 0.7)
            else:
                # ("Werkbrug: van inburgering naar werk" over "Met Werkbrug zet de stad ...": the
                # project named before by the heading's lead name, its section its own words)
                lead = _HEADING_LEAD_END.split(u.text, maxsplit=1)[0].strip()
                same = [q for q in self.projects if lead != u.text.strip() and fold(q.label) == fold(lead)]
                p = same[0] if len(same) == 1 else self.add_project(u.text, u.start, u.end, i, 0.7)
            if p is not None:
                p.scope_units += [i, *section]

    def _opens_on_a_project(self, text: str) -> bool:
        """ "Das Nachfolgeprojekt läuft ...", "Le projet démarre ...": a singular project noun, or a
        compound ending on one, among a sentence's first three words."""
        cues = self.ctx.cues
        nouns = [n.lower() for n in cues.words["project_nouns"] if " " not in n and not cues.has("plural_nouns", n)]
        plurals = [n.lower() for n in cues.words["plural_nouns"]]
        for word in text.split()[:3]:
            w = word.strip(",.:;").lower()
            if any(w.endswith(n) for n in nouns) and not any(w.endswith(n) for n in plurals):
                return True
        return False

    def _a_project_noun(self, text: str) -> int | None:
        """Where "un petit projet pilote", "een nieuw project", "ein Projekt" is: a singular project
        noun after an indefinite article (two words may stand between)."""
        cues = self.ctx.cues
        for noun in cues.find("project_nouns", text):
            if cues.has("plural_nouns", noun.group(0)):
                continue
            before = text[: noun.start()].split()[-3:]
            if any(cues.has("indefinite_articles", w.lower()) for w in before):
                return noun.start()
        return None

    def _says_who_pays(self, u: Unit) -> bool:
        """A fund, or a funding cue with a sum: "X soutient cette initiative avec 12.000 euros"."""
        ctx, cues = self.ctx, self.ctx.cues
        if any(f != NATIONAL for f, _s, _e in ctx.funders_in(u.start, u.end)):
            return True
        said = any(cues.search(k, u.text) for k in ("funded_by", "support_from", "funding_verbs"))
        return said and bool(ctx.amounts_in(u.start, u.end))

    def _dated_heading(self, i: int) -> bool:
        """A heading of a few words that ends with the years it ran, over text that speaks of a
        project or of its funding: "Samen Thuis (2019 – 2021)" over "Het project werd gefinancierd
        door het AMIF" (a page listing an organisation's projects under their names)."""
        ctx, cues = self.ctx, self.ctx.cues
        u = ctx.units[i]
        period = _HEADING_PERIOD.search(u.text)
        if period is not None and _ONE_DAY.search(period.group(0)) and len(_YEAR4.findall(period.group(0))) == 1:
            period = None  # "Résultats à mi-parcours (au 30/06/2023)": the day it was said, no years it ran
        named_after = self._period_led_name(i)  # "2018 – 2020 | Taalmaatjes Maastricht"
        # "PARLER POUR AGIR" over "2017 – 2020 · action terminée": the years on the line below (not
        # "Programmaperiode 2014-2020" over the headings of its projects)
        status = (
            period is None
            and not ctx.periods_in(u.start, u.end)
            and i + 1 < len(ctx.units)
            and self._status_line(i + 1)
            and self._period_led_name(i + 1) is None
        )
        if period is not None:
            named = u.text[: period.start()]
        else:
            named = u.text[named_after:] if named_after is not None else u.text
        if not (period or status or named_after is not None) or not 1 <= word_count(named) <= 8:
            return False
        sections = {i, i + 1} if status else {i}
        for j in range(i + 1 + status, min(i + 8 + status, len(ctx.units))):
            v = ctx.units[j]
            if v.kind == "heading" or v.section not in sections:
                break
            if cues.search("project_nouns", v.text) or cues.search("funded_by", v.text):
                return True
            if ctx.funders_in(v.start, v.end) or cues.search("support_from", v.text):
                return True
        return False

    def _status_line(self, i: int) -> bool:
        """A short line right under a heading that opens with when something ran: "2017 – 2020 ·
        action terminée", "depuis janvier 2021 · en cours" (not a record's "Laufzeit: 2023-2026",
        which a heading of the record's data may stand over)."""
        ctx = self.ctx
        u = ctx.units[i]
        if i == 0 or u.kind == "kv" or ctx.units[i - 1].kind != "heading" or word_count(u.text) > 10:
            return False
        return any(not ctx.text[u.start : m.start].strip() for m in ctx.periods_in(u.start, u.end))

    def _period_led_name(self, i: int) -> int | None:
        """Where the name starts in a heading that opens with the years it ran, a separator, then
        the name: "2018 – 2020 | Taalmaatjes Maastricht", "2024 – heden | Brug naar Werk"."""
        ctx = self.ctx
        u = ctx.units[i]
        if u.kind != "heading":
            return None
        for m in ctx.periods_in(u.start, u.end):
            if ctx.text[u.start : m.start].strip():
                continue
            sep = _PERIOD_SEPARATOR.match(ctx.text, m.end, u.end)
            if sep is not None and ctx.text[sep.end() : sep.end() + 1].isupper():
                return sep.end() - u.start
        return None

    def find_fact_box_lines(self) -> None:
        """A fact box's line per project, its parts split by semicolons: "Brückenbauerinnen: Träger
        Miteinander Northeim e.V., Partner Integrationsbüro; Laufzeit 03/2024–02/2027; gefördert aus
        AMIF und vom Land Niedersachsen." The key names the project (one the text names already, or
        a new one); a part opened by a runner's key says who runs it, one by a partner word who
        takes part, one with a funding cue who pays. The line says it all: its facts are fixed."""
        ctx, cues = self.ctx, self.ctx.cues
        for i, u in enumerate(ctx.units):
            if u.kind != "kv" or ";" not in u.text or not 1 <= word_count(u.key) <= 4 or not u.key[:1].isupper():
                continue
            if any(cues.has(k, u.key.lower()) for k in _RECORD_KEYS) or cues.has("partner_cues", u.key.lower()):
                continue
            parts = [(m.start() + u.start, m.end() + u.start) for m in re.finditer(r"[^;]+", u.text)]
            if any(word_count(ctx.text[a:b]) > 15 for a, b in parts):
                continue  # a box's parts are terse; this is a sentence of prose after a key
            runners: list[OrgMention] = []
            partners: list[OrgMention] = []
            payers: set[str] = set()
            for k, (a, b) in enumerate(parts):
                for piece in re.finditer(r"[^,]+", ctx.text[a:b]):
                    pa, pb = a + piece.start(), a + piece.end()
                    words = ctx.text[pa:pb].split()
                    head = words[0].lower() if words else ""
                    orgs = ctx.orgs_in(pa, pb)
                    # (one word may stand before the name: "Integrationsbüro Landkreis Northeim")
                    opens = bool(orgs) and _ONE_WORD_BEFORE.fullmatch(ctx.text, pa, orgs[0].start) is not None
                    if cues.has("implementer_keys", head) or (k == 0 and piece.start() == 0 and opens):
                        runners += orgs[:1]  # "Träger X", or the box's first part naming an organisation
                    elif cues.has("partner_cues", head):
                        partners += orgs
                if cues.search("funding_words", ctx.text[a:b]) or cues.search("funded_by", ctx.text[a:b]):
                    # (a part that says how it is paid: every name in it pays)
                    payers |= {f for f, _s, _e in ctx.funders_in(a, b)}
                    payers |= {o.iri for o in ctx.orgs_in(a, b)}
            if not runners or not (payers or ctx.periods_in(u.start, u.end)):
                continue
            key = fold(u.key.strip())
            p = next((q for q in self.projects if fold(q.label) == key), None)
            if p is None:
                p = self.add_project(u.key.strip(), u.value_start, u.end, i, 0.75)
            if p is None:
                continue
            ev = Evidence(u.value_start, u.end, 0.8)
            p.implementers = {o.iri: ev for o in runners}
            p.named_runner = runners[0].iri
            p.partners = {o.iri: ev for o in partners if o.iri not in p.implementers}
            if payers:
                p.funders = {f: ev for f in payers if f not in p.implementers}
            periods = ctx.periods_in(u.start, u.end)
            if periods:
                p.start_year, p.end_year = periods[0].start_year, periods[0].end_year
                p.years_evidence = ev
            p.fixed = True

    def find_network_projects_of_towns(self) -> None:
        """A town's project in a national network: a project noun, the network's acronym (an agency
        of the reference data, by its acronym or its long form in brackets after it), and the town's
        government ("il progetto SAI (Sistema di accoglienza e integrazione) del Comune di Rimini"):
        the town runs it."""
        ctx, cues = self.ctx, self.ctx.cues
        shape = re.compile(
            rf"[^\S\n]+([A-Z][A-Za-z]{{1,7}})(?![\w'’-])(?:[^\S\n]*\(([^()\n]*)\))?[^\S\n]*({cues.then_article('of_words')})"
        )
        for i, u in enumerate(ctx.units):
            if u.kind not in ("sentence", "item", "heading"):
                continue
            for noun in cues.find("project_nouns", u.text):
                if cues.has("plural_nouns", noun.group(0)):
                    continue
                m = shape.match(ctx.text, u.start + noun.end(), u.end)
                if m is None:
                    continue
                spans = [m.span(1), m.span(2)] if m.group(2) else [m.span(1)]
                if not any(
                    ctx.is_national_body(o.iri)
                    for a, b in spans
                    for o in ctx.orgs_in(a, b)
                    if (o.start, o.end) == (a, b)
                ):
                    continue
                town = next((o for o in ctx.orgs_in(m.end(), u.end) if o.start == m.end()), None)
                if town is None or not ctx.is_town_government(town.iri):
                    continue
                if re.search(rf"(?<!\w){re.escape(m.group(1))}[^\S\n]*[«“\"„]", ctx.text, re.I):
                    continue  # the page names the network's project ("il progetto SAI «X»"): that is its name
                label = f"{noun.group(0)} {m.group(1)} {m.group(3)}{ctx.text[town.start : town.end]}"
                p = self.add_project(label, u.start + noun.start(), u.end, i, 0.7)
                if p is not None:
                    p.implementers.setdefault(town.iri, Evidence(u.start, u.end, 0.75))
                    p.scope_units.append(i)
                break

    def find_funded_owned_names(self) -> None:
        """The object of a funding verb: a capitalised name and whose it is ("subsidieert de
        gemeente Heerlen onder meer het Taalcafé Heerlen-Noord van SCHUNCK Bibliotheek", "finances
        the Welcome Café of the Red Cross"): a project its owner runs."""
        ctx, cues = self.ctx, self.ctx.cues
        if ctx.lang == "de":
            return  # ("die Lernhilfe ... von der Stadtgemeinde" after "gefördert": "von" names the payer)
        det = cues.regex["determiners"].pattern
        of = cues.regex["of_words"].pattern
        name_then_of = re.compile(
            rf"(?i:{det})\s+([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){{0,4}})\s+(?i:{of})\s+(?:(?i:{det})\s+)?"
        )
        taken = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence" or i in taken:
                continue
            for v in cues.find("funding_verbs", u.text):
                m = name_then_of.search(u.text, v.end(), min(len(u.text), v.end() + 90))
                if m is None or not m.group(1)[:1].isupper():
                    continue
                a, b = u.start + m.start(1), u.start + m.end(1)
                if ctx.orgs_in(a, b) or ctx.funders_in(a, b) or ctx.is_place(m.group(1)):
                    continue
                owner = next((o for o in ctx.orgs_in(u.start + m.end(), u.end) if o.start == u.start + m.end()), None)
                if owner is None or not ctx.is_implementer_org(owner.iri):
                    continue
                p = self.add_project(m.group(1), a, u.end, i, 0.7)
                if p is not None:
                    p.implementers.setdefault(owner.iri, Evidence(u.start, u.end, 0.75))
                    p.scope_units.append(i)
                break

    def find_granted_quoted(self) -> None:
        """A sum given for a quoted name: "348.000 euro, va al Comune di X, per «Ancona Porta
        Aperta»", "riceve 214.000 euro per «Casa Ponte»", "erhält 80.000 Euro für „Name“": the name
        is a project's, its sentence says who gets the money."""
        ctx, cues = self.ctx, self.ctx.cues
        det = cues.regex["determiners"].pattern
        nouns = cues.regex["project_nouns"].pattern
        # (or a possessive before the quotes: "for its \"English for Life\" programme")
        lead = re.compile(rf"(?<!\w)(?:{cues.regex['grant_for'].pattern})\s+(?:(?:{det})\s*(?:(?:{nouns})\s+)?)?", re.I)
        for i, u in enumerate(ctx.units):
            if u.kind not in ("sentence", "item") or not ctx.amounts_in(u.start, u.end):
                continue
            for m in lead.finditer(ctx.text, u.start, u.end):
                quoted = _PAIRED_QUOTES.match(ctx.text, m.end(), u.end)
                # the sum before it in its clause ("348.000 euro, va al Comune di X, capofila ..., per")
                summed = ctx.amounts_in(max(u.start, m.start() - 100), m.start())
                if quoted is None or not summed or ";" in ctx.text[summed[-1].end : m.start()]:
                    continue
                label = next(g for g in quoted.groups() if g is not None)
                p = self.add_project(label, u.start, u.end, i, 0.75)
                if p is not None and i not in p.scope_units:
                    p.scope_units.append(i)

    def find_granted_purposes(self) -> None:
        """A sum an organisation receives for what the sentence says, with no name for it: "The
        Jesuit Refugee Service (Malta) received €420,000 for the provision of legal information ...",
        "X was awarded an AMIF grant of €1,485,000 for the strengthening of first-instance
        procedures" (a parliamentary answer's or a release's running text). One project per grant,
        labelled by its purpose, run by the organisation, paid by the funds its clause names, else
        by the fund the text named last before it."""
        ctx, cues = self.ctx, self.ctx.cues
        taken = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        # (or what it does with it: "X receives €186,000 to expand its classes", "om", "um ... zu")
        purpose = re.compile(rf"\s*(?:{_purpose_leads(cues)})\s+", re.I)
        # a capitalised name beside a project's noun: "the I Belong programme", "het project Thuis"
        nouns = cues.regex["project_nouns"].pattern
        named_thing = re.compile(rf"(?<!\w)(?:[A-Z][\w'’-]*\s+)+(?:{nouns})(?!\w)|(?<!\w)(?:{nouns})\s+[«\"“„]?[A-Z]")
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence" or i in taken or not ctx.amounts_in(u.start, u.end):
                continue
            mentions = ctx.orgs_in(u.start, u.end)
            for k, m in enumerate(mentions):
                verb = verb_of_subject(ctx, m, ("receives",)) if ctx.is_implementer_org(m.iri) else None
                if verb is None:
                    continue
                # the clause runs to the next organisation's name (". . ., while Y received ...")
                end = next((o.start for o in mentions[k + 1 :] if o.iri != m.iri), u.end)
                sums = ctx.amounts_in(m.end, end)
                lead = purpose.match(ctx.text, sums[0].end) if sums else None
                if lead is None and sums and not self._under_a_naming_heading(u):
                    # past whose money it is ("reçoit 48 000 € de crédits du BOP 104 pour ...", "62 500 €,
                    # soit 40 000 € du FAMI et 22 500 € du BOP 104, pour ..."): the payers named, no one else
                    for later in purpose.finditer(ctx.text, sums[0].end, min(end, sums[0].end + 100)):
                        gap = ctx.text[sums[0].end : later.start()]
                        payers = {f for f, _s, _e in ctx.funders_in(sums[0].end, later.start())}
                        if (
                            payers
                            and not re.search(r"[.;:!?]", gap)
                            and not [o for o in ctx.orgs_in(sums[0].end, later.start()) if o.iri not in payers]
                        ):
                            lead = later
                        break
                if lead is None:
                    continue
                start = lead.end()
                if not cues.has("grant_for", lead.group().strip()):
                    if named_thing.search(ctx.text, start, end):
                        continue  # "to run the third phase of the I Belong programme": named, the finders' call
                    # "to expand its English classes": the thing is the verb's object
                    verb = re.match(r"[^\W\d_]+\s+(\S+)\s+", ctx.text[start:end])
                    if verb and cues.has("determiners", verb.group(1)):
                        start += verb.end()
                label = _purpose_label(ctx, start, end)
                if label is None:
                    continue
                p = self.add_project(label, u.start, u.end, i, 0.6)
                if p is None or p.implementers:
                    continue
                ev = Evidence(m.start, end, 0.7)
                p.implementers[m.iri] = ev
                funds = [f for f, _s, _e in ctx.funders_in(m.start, end)]
                if not funds:
                    before = [f for f in ctx.funds if f.end <= u.start and f.entity.kind == "fund"]
                    funds = [before[-1].entity.iri] if before else []
                for f in funds:
                    p.funders.setdefault(f, ev)
                # "was awarded an AMIF grant of €1,485,000": the fund's share; else the sum is the total
                share = ctx.funders_in(m.end, sums[0].start)
                p.amounts.setdefault(share[0][0] if share else None, (sums[0].value, sums[0].currency, ev))
                periods = ctx.periods_in(m.start, end)
                if periods:
                    p.start_year, p.end_year = periods[0].start_year, periods[0].end_year
                    p.years_evidence = ev
                p.scope_units.append(i)

    def _under_a_naming_heading(self, u: Unit) -> bool:
        """Whether a short heading that may name a project stands over the unit ("Apprendre le
        français au travail" over "Le Diaconat de Tours reçoit 120 000 euros du FAMI pour des
        ateliers ..."): the heading's finders name the project the section tells of."""
        ctx = self.ctx
        if u.section < 0 or ctx.units[u.section].kind != "heading":
            return False
        heading = ctx.units[u.section].text
        return word_count(heading) <= 6 and not generic_heading(heading, ctx.cues)

    def find_sums_given_for(self) -> None:
        """A sum the sentence gives to an organisation, then what it is for, with no name for it:
        "The bulk of it, EUR 27.3 million, goes to the Ministry of X to expand reception capacity
        ...", "The remaining EUR 11.2 million was awarded to the UN refugee agency UNHCR, which will
        provide emergency accommodation ..." (a release on a grant split between its recipients).
        One project per recipient, labelled by its purpose, run by it, paid by the funds the
        sentence names, else by the fund the text named last before it."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("purpose_leads") or not cues.words.get("given_to"):
            return
        taken = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        # (a verb of up to three words may stand between the sum and the preposition: "goes to",
        # "was awarded to", "va al")
        given = re.compile(rf"[\s,]*(?:[^\W\d_]+\s+){{0,3}}?(?:{cues.regex['given_to'].pattern})\s+", re.I)
        # (what it is for, or what it does with it: "goes to X for a legal advice service", "to expand")
        lead = re.compile(rf"\s*,?\s*(?:{_purpose_leads(cues)})\s+(?=[^\W\d_]*[a-zà-ÿ])", re.I)
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence":
                continue
            # (a sentence another rule read a grant from may tell a second one: "A grant of €N goes
            # to X for ..., while Y is awarded €M for ...")
            claimed = {v for p in self.projects if i in p.scope_units for v, _c, _e in p.amounts.values()}
            if i in taken and not claimed:
                continue
            for amount in ctx.amounts_in(u.start, u.end):
                if amount.value in claimed:
                    continue
                to = given.match(ctx.text, amount.end, u.end)
                if to is None:
                    continue
                # the recipient right after it, maybe after a few words that say what it is ("the
                # UN refugee agency UNHCR")
                org = next((o for o in ctx.orgs_in(to.end(), u.end) if o.start - to.end() <= 30), None)
                if org is None or not ctx.is_implementer_org(org.iri) or ctx.is_fund(org.iri):
                    continue
                between = ctx.text[to.end() : org.start].split()
                if re.search(r"[,;:.()]", ctx.text[to.end() : org.start]) or (
                    between and not cues.has("determiners", between[-1]) and len(between[-1]) <= 5
                ):
                    continue  # (not "sono messi a disposizione dalla Regione": who gives it)
                end = org.end
                for o in ctx.orgs_in(org.end, u.end):
                    if o.iri != org.iri or ctx.text[end : o.start].strip(" ()"):
                        break
                    end = o.end  # "the UN refugee agency UNHCR": one body, named twice
                purpose = lead.match(ctx.text, end, u.end)
                if purpose is None:
                    continue
                label = _purpose_label(ctx, purpose.end(), u.end)
                if label is None:
                    continue
                p = self.add_project(label, u.start, u.end, i, 0.6)
                if p is None or p.implementers:
                    continue
                ev = Evidence(amount.start, u.end, 0.7)
                p.implementers[org.iri] = ev
                funds = [f for f, _s, _e in ctx.funders_in(u.start, u.end)]
                if not funds:
                    # the fund the section named last before it (not one of another section's: "Un
                    # soutien à l'asbl X" over a council's own subsidy)
                    before = [
                        f
                        for f in ctx.funds
                        if f.end <= u.start
                        and f.entity.kind == "fund"
                        and ctx.units[ctx.unit_index(f.start)].section == u.section
                    ]
                    funds = [before[-1].entity.iri] if before else []
                for f in funds:
                    p.funders.setdefault(f, ev)
                p.amounts.setdefault(None, (amount.value, amount.currency, ev))
                periods = ctx.periods_in(u.start, u.end)
                if periods:
                    p.start_year, p.end_year = periods[0].start_year, periods[0].end_year
                    p.years_evidence = ev
                p.scope_units.append(i)

    def find_org_led_paragraphs(self) -> None:
        """A written answer's paragraphs, each opening on a beneficiary, its town, a dash and its
        project: 'Doras CLG, Limerick – "Integration Hub Mid-West", a one-stop service ...', 'Nasc,
        Cork – a Family Reunification Support Service providing ...'. The quoted title, else the
        words after the article up to the clause's end, name the project the organisation runs."""
        ctx, cues = self.ctx, self.ctx.cues
        taken = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        articles = cues.regex["indefinite_articles"].pattern
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence" or i in taken or (i and ctx.units[i - 1].paragraph == u.paragraph):
                continue
            first = next(iter(ctx.orgs_in(u.start, u.end)), None)
            if first is None or first.start != u.start or not ctx.is_implementer_org(first.iri):
                continue
            # ", Limerick", ", the Migrant and Refugee Rights Centre, Cork" (its town, its long form),
            # then the dash
            m = re.match(r"(?:,[^–—\n]{1,60}?)?\s+[–—-]\s+", ctx.text[first.end : u.end])
            if m is None:
                continue
            at = first.end + m.end()
            quoted = _PAIRED_QUOTES.match(ctx.text, at, u.end)
            if quoted is not None:
                g = next(k for k in range(1, 6) if quoted.group(k) is not None)
                label = quoted.group(g)
            else:
                described = re.match(
                    rf"(?:{articles})\s+([^,;:.()]{{3,80}}?)(?=\s+(?:providing|offering|which|that|for|to|in)\b|[,;:.(])",
                    ctx.text[at : u.end],
                    re.I,
                )
                if described is None or not described.group(1)[:1].isupper():
                    continue
                label = described.group(1)
            p = self.add_project(label, u.start, u.end, i, 0.7)
            if p is None or p.implementers:
                continue
            p.implementers[first.iri] = Evidence(u.start, u.end, 0.75)
            p.named_runner = first.iri
            p.scope_units.append(i)

    def find_run_subjects(self) -> None:
        """A sentence that opens on a name, then says who runs it: "Traversées est porté par
        l'Eurométropole X", "Harbour Lines is run by the X Foundation". The name is the project, the
        organisation right after the cue its runner. The name must come back elsewhere in the text (a
        project the page is about, not a passing subject) and be no organisation, fund or place, nor
        open on a determiner ("Le projet est porté par"). (German puts the agent before the verb,
        "wird von Verein Y getragen": not read here.)"""
        ctx, cues = self.ctx, self.ctx.cues
        taken = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        predicates = cues.words.get("predicate_words", ())
        if not predicates or not cues.words.get("implemented_by"):
            return
        opening = _name_then_predicate(tuple(predicates))
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence" or i in taken:
                continue
            m = opening.match(u.text)
            if m is None:
                continue
            # (an adverb may come between: "is now run by", "wordt sinds 2023 gecoördineerd door")
            cue = cues.search("implemented_by", u.text[m.end() : m.end() + 50])
            if cue is None or not re.fullmatch(r"(?:[\w-]+\s+)?", u.text[m.end() : m.end() + cue.start()]):
                continue
            name, start = m.group(1), u.start + m.start(1)
            if cues.has("determiners", name.split()[0]):
                continue
            if ctx.orgs_in(start, start + len(name)) or ctx.funders_in(start, start + len(name)) or ctx.is_place(name):
                continue
            if ctx.text.count(name) < 2:
                continue
            if any(fold(name) in fold(p.label) for p in self.projects):
                continue  # "New Roots is led by X": a project the rules found already, with its own scope
            at = u.start + m.end() + cue.end()
            runner = next((o for o in ctx.orgs_in(at, u.end) if o.start - at <= 4), None)
            if runner is None:
                continue
            project = self.add_project(name, u.start, u.end, i, 0.7)
            if project is None:
                continue
            project.implementers.setdefault(runner.iri, Evidence(u.start, u.end, 0.75))
            project.scope_units.append(i)

    def _quoted_elsewhere(self, name: str, after: str) -> str | None:
        """The words that follow `name` in `after` where the text quotes the name with them (a name
        read up to its first word in lower case, quoted whole elsewhere), else None."""
        text = self.ctx.text
        at = text.find(name)
        while at >= 0:
            # (an opening quote right before it, a space between allowed; no pattern per name:
            # pages name many)
            opening = at - 2 if at >= 2 and text[at - 1] == " " else at - 1
            end = at + len(name)
            if opening >= 0 and text[opening] in _OPENING_QUOTES:
                close = next((k for k in range(end, min(len(text), end + 63)) if text[k] in _CLOSING_QUOTES), -1)
                rest = text[end:close] if close > end else ""
                rest = rest[:-1] if rest.endswith((" ", "\t")) else rest
                quoted = any(c in _OPENING_QUOTES or c in _CLOSING_QUOTES for c in rest)
                words = 2 <= len(rest) <= 61 and rest[0].isspace() and "\n" not in rest
                if words and not quoted and after.startswith(rest):
                    return rest
            at = text.find(name, at + 1)
        return None

    def find_named(self) -> None:
        """ "le projet REPAIR", "Projekt "StaRT - ..."", "the ESTIA programme", "X Project"."""
        ctx, cues = self.ctx, self.ctx.cues
        self._find_copula_named()
        self._find_run_by_named()
        self._find_name_said()
        self._find_name_as_called()
        self._find_its_name_quoted()
        self._find_named_so()
        self._find_called_quoted()
        self._find_our_quoted()
        self._find_our_apposed()
        self._find_our_named_paid()
        taken = {j for p in self.projects for j in p.scope_units}
        for i, u in enumerate(ctx.units):
            # (and a line whose key only says what the rest is about: "Betreff: Kofinanzierung des
            # Projekts „X“", "Objet : ...", a council's paper; a table's row when a tab parts them)
            first_cell = ctx.text[u.cells[0][0] : u.cells[0][1]] if u.kind == "row" and len(u.cells) == 2 else ""
            keyed = first_cell.rstrip().endswith(":")
            subject = (u.kind == "kv" and word_count(u.key) == 1 and word_count(u.text) >= 4) or keyed
            if (u.kind not in ("sentence", "item") and not subject) or i in taken or i in self.footnote_units:  # type: ignore[attr-defined]
                continue
            if ctx.is_related_link(i):
                continue  # under "Lees ook": another page's title
            text = u.text
            if ctx.lang in ("de", "nl"):
                # "Beim Patenschaftsprogramm „Dorfpaten“": a compound whose head is a project noun,
                # then the name in quotes
                for compound in _SINGULAR_PROJECT_COMPOUND.finditer(text):
                    quoted = _PAIRED_QUOTES.match(text, compound.end())
                    if quoted:
                        g = next(k for k in range(1, 6) if quoted.group(k) is not None)
                        s, e = u.start + quoted.start(g), u.start + quoted.end(g)
                        self._named(quoted.group(g), u, i, s, e, quoted=True)
            for noun in cues.find("project_nouns", text):
                word = noun.group(0)
                if self._in_org_name(u.start + noun.start()):
                    continue  # an organisation's word ("le Centre d'Action Interculturelle")
                if self._spells_the_acronym_before(text, noun.start()):
                    continue  # "P.I.A.M. Onlus – Progetto Integrazione Accoglienza Migranti": its long form
                before = text[: noun.start()].split()[-1:]
                if (
                    ctx.lang != "de"
                    and word[:1].isupper()
                    and before
                    and before[0][:1].isupper()
                    and not cues.has("determiners", before[0])
                    and not re.search(r"[.!?:]$", before[0])
                    and re.match(r" [A-ZÀ-Þ]\w", text[noun.end() :])
                ):
                    continue  # "the EU Action Plan on Integration": a word inside a title, no project noun
                # "le « Programme de réinstallation »": a quoted name that begins with a project noun.
                opening = re.search(r"[«“\"‘„]\s*$", text[: noun.start()])
                if opening and not cues.has("plural_nouns", word):
                    quoted = _PAIRED_QUOTES.match(text, opening.start())
                    if quoted:
                        g = next(k for k in range(1, 6) if quoted.group(k) is not None)
                        s, e = u.start + quoted.start(g), u.start + quoted.end(g)
                        self._named(quoted.group(g), u, i, s, e, quoted=True)
                        continue
                # "le projet 2024-2025", "projet pilote AMIF 2020-2021": a project known by its period.
                dated = re.match(
                    r"((?:\s+[^\W\d]{3,12}){0,2}?)\s+(?:[A-Z]{3,5}\s+)?((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\b",
                    text[noun.end() :],
                )
                # (not "il progetto finanziato dal FAMI 2014-2020": the fund's programming period)
                # (a fund's name may hold the period: "FAMI 2014-2020")
                fund_period = dated is not None and any(
                    u.start + noun.end() <= m.start < u.start + noun.end() + dated.start(2) for m in ctx.funds
                )
                if (
                    dated
                    and not fund_period
                    and not cues.has("plural_nouns", word)
                    and self._determined(text, noun.start())
                ):
                    end = noun.end() + dated.end()
                    p = self.add_project(text[noun.start() : end], u.start + noun.start(), u.end, i, 0.6)
                    if p is not None:
                        p.scope_units.append(i)
                    continue
                # "een project van Croix-Rouge": a project known by who runs it.
                # (an article may stand between: "a project of the IOM", "Projekt von unserem X";
                # not a counted one: "approved one project of the Customs Office", named later)
                before_noun = text[: noun.start()].split()[-1:]
                counted = bool(before_noun) and (
                    before_noun[0].isdigit()
                    or norm_cue(before_noun[0]) in cues.numbers
                    or before_noun[0].lower() in _ONE  # (the languages whose "one" is no article)
                )
                owner_org = None if counted else self._owner_right_after(u, noun.end())
                if owner_org is not None and not cues.has("plural_nouns", word):
                    p = self.add_project(
                        text[noun.start() : owner_org.end - u.start], u.start + noun.start(), u.end, i, 0.55
                    )
                    if p is not None:
                        p.scope_units.append(i)
                        p.implementers.setdefault(owner_org.iri, Evidence(u.start, u.end, 0.7))
                        p.by_owner = True
                    continue
                if cues.has("plural_nouns", word):
                    continue  # plural: a group
                # "the new regional programme Fundusze Europejskie dla Lubelskiego 2021-2027": a
                # fund's programme, its scope written before the noun
                scope_before = text[: noun.start()].split()[-1:]
                if (
                    scope_before
                    and cues.has("programme_scopes", scope_before[0].lower())
                    and cues.has("programme_nouns", word)
                ):
                    continue
                if cues.has("programme_nouns", word) and self._paid_from(u, noun.start()):
                    continue  # "subsidie € 45.000 uit het programma X": the payer's scheme
                if (
                    cues.has("programme_nouns", word)
                    and text[: noun.start()].endswith("(")
                    and cues.search("municipal_money", text[max(0, noun.start() - 40) : noun.start()])
                ):
                    continue  # "vanuit de gemeentelijke begroting (programma Sociaal Domein)": a budget's line
                if (
                    cues.has("programme_nouns", word)
                    and text[noun.start() - 1 : noun.start()] == "-"
                    and ctx.funders_in(u.start + max(0, noun.start() - 40), u.start + noun.end())
                ):
                    continue  # "het Interreg-programma Deutschland-Nederland": the fund's programme
                if cues.has("programme_nouns", word) and text[noun.start() - 1 : noun.start()] == "-":
                    stem = re.search(r"(\S+)-$", text[: noun.start()])
                    nouns = cues.regex["programme_nouns"].pattern
                    if stem and re.search(rf"(?:{nouns})\s+{re.escape(stem.group(1))}(?!\w)", ctx.text, re.I):
                        continue  # "vom KOMM-AN-Programm" where the text says "Förderprogramm KOMM-AN": a scheme
                if cues.has("programme_nouns", word) and any(
                    (m.start_year, m.end_year) in programming_periods() for m in ctx.periods_in(u.start, u.end)
                ):
                    continue  # "Il programma ALCOTRA dispone per il periodo 2021-2027 di ...": a fund's programme
                if _BUDGET_LINE.search(text, 0, noun.start()):
                    continue  # "gedekt binnen de begroting voor het sociaal domein (programma Participatie)"
                # "the project entitled: "X"", "le projet intitulé X": the name comes after the naming words.
                rest = noun.end()
                if re.match(r"['’]s\b", text[rest:]):
                    continue  # "one of the project's legal officers": what the project has, no name
                # "il progetto europeo LGNET", "le projet pilote REPAIR": an adjective before the name
                if cues.words.get("project_adjectives"):
                    adjectives = cues.regex["project_adjectives"].pattern
                    # (or joined by a hyphen: "un projet-pilote baptisé « X »")
                    adjective = re.match(r"(?:\s+|-)(" + adjectives + r")(?=\s)", text[rest:], re.I)
                    national = adjective is not None and cues.has("national_adjectives", adjective.group(1))
                    if national and cues.has("programme_nouns", word):
                        continue  # "il Programma nazionale «Sicurezza per la legalità»": a fund's programme
                    if adjective:
                        rest += adjective.end()
                # "Le dispositif, baptisé « X »": the naming words may stand in commas
                naming = re.match(r"\s*,?\s+" + cues.regex["naming_words"].pattern, text[rest:])
                final = None if naming else self._verb_final_name(text, rest)
                if final is not None:
                    # "Het project, dat officieel 'Praat Mee, Werk Mee' heet, krijgt ...": the
                    # naming verb last, as Dutch and German set it in a relative clause
                    a, b = final
                    self._named(text[a:b], u, i, u.start + a, u.start + b, quoted=True)
                    continue
                if naming:
                    rest += naming.end()
                    if re.fullmatch(r"(?:\s+\w+){0,3}\s*:\s*", text[rest:]) and self._name_on_next_line(i):
                        continue  # "The project is entitled as follows:" over a line that is the name
                after = text[rest : rest + 160]
                # "the project HOME/2020/ISFB/AG/EMAS/0142 “Urgent strengthening of ...”": a grant's
                # code, then its quoted title.
                code_at = len(after) - len(after.lstrip())
                coded = next((c for pat in cues.code_patterns if (c := pat.match(after, code_at))), None)
                title = _PAIRED_QUOTES.match(after, _skip_spaces(after, coded.end())) if coded else None
                if coded and title:
                    g = next(k for k in range(1, 6) if title.group(k) is not None)
                    code = " ".join(coded.group(0).split())
                    p = self.add_project(title.group(g), u.start + rest + title.start(g), u.end, i, 0.8, code=code)
                    if p is not None:
                        p.scope_units.append(i)
                    continue
                # « Elles bougent vers l'emploi »: paired quotes first, as a name may hold an apostrophe
                paired = _PAIRED_QUOTES.match(after, re.match(r"\s*[,:]?\s*", after).end())
                paired = paired or _quoted_after_noun(after, 0)
                if paired:
                    g = next(k for k in range(1, 6) if paired.group(k) is not None)
                    s, e = u.start + rest + paired.start(g), u.start + rest + paired.end(g)
                    self._named(paired.group(g), u, i, s, e, quoted=True)
                    continue
                m = re.match(r"\s*[,:]?\s*" + _QUOTED.pattern, after)
                if m:
                    name = m.group(1)
                    self._named(name, u, i, u.start + rest + m.start(1), u.start + rest + m.end(1), quoted=True)
                    continue
                m = re.match(r"\s+" + _caps_name(cues_for(None).words["name_connectors"], single=True).pattern, after)
                if m and not is_stopword(m.group(1).split()[0], ctx.lang):
                    name = m.group(1)
                    s = u.start + rest + m.start(1)
                    e = u.start + rest + m.end(1)
                    # "Het project heet Sleutel op zak.": after naming words, a few words in lower
                    # case that end the sentence end the name too
                    tail = re.match(r"((?:\s+[^\W\d_][\w'’-]*){1,3})\s*[.;]", after[m.end(1) :]) if naming else None
                    if tail is not None and tail.group(1).strip()[:1].islower():
                        name += tail.group(1)
                        e += len(tail.group(1))
                    elif (longer := self._quoted_elsewhere(name, after[m.end(1) :])) is not None:
                        # "het project Samen Sneller aan het Werk (SSaW)" where the text quotes 'Samen
                        # Sneller aan het Werk': the words in lower case that the quoted name holds
                        name += longer
                        e += len(longer)
                    # "REPAIR (Reunification Pathways for Integration)"
                    expansion = re.match(r"\s*\(([^()]{3,100})\)", text[rest + m.end(1) :])
                    if expansion:
                        name = f"{name} ({expansion.group(1)})"
                        e = u.start + rest + m.end(1) + expansion.end()
                    self._named(name, u, i, s, e)
                    continue
                before = text[max(0, noun.start() - 120) : noun.start()]
                # "The 'Bridges to Work' initiative", "the “Open Door” project": a quoted name right
                # before the noun
                quoted_before = _QUOTED_BEFORE_NOUN.search(before)
                q = next((k for k in range(1, 5) if quoted_before and quoted_before.group(k)), None)
                # (not 'A volunteer "Welcome Buddies" scheme': a kind of activity, after an indefinite article)
                lead_words = before[: quoted_before.start()].split()[-2:] if quoted_before else []
                kind_of = any(cues.has("indefinite_articles", w.lower()) for w in lead_words)
                if (
                    quoted_before
                    and q
                    and not kind_of
                    and quoted_before.group(q)[:1].isupper()
                    and not cues.has("plural_nouns", word)
                ):
                    s = u.start + noun.start() - len(before) + quoted_before.start(q)
                    self._named(quoted_before.group(q), u, i, s, s + len(quoted_before.group(q)), quoted=True)
                    continue
                # (a name before the noun may hold "to": "The Bridges to Work programme")
                connectors = (*cues_for(None).words["name_connectors"], "to")
                m = re.search(_caps_name(connectors).pattern + r"\s*$", before)
                # (not "Ein Forschungs-Praxis-Projekt zur ...": after an indefinite article, a kind of
                # project, no name)
                indefinite = m is not None and any(
                    cues.has("indefinite_articles", w)
                    for w in [*before[: m.start(1)].split()[-1:], *m.group(1).split()[:1]]
                )
                # (nor a sentence's end and the next one's article: "... Zuidwest Nederland. Het
                # project combineert ...")
                opens_anew = m is not None and re.search(r"[.!?]\s+\S+$", m.group(1)) is not None
                if (
                    m
                    and not indefinite
                    and not opens_anew
                    and (word[:1].isupper() or len(m.group(1).split()) >= 2 or m.group(1).isupper())
                ):
                    name_start = m.start(1)
                    first = re.match(r"[^\W\d_]+\s+", m.group(1))
                    if first and self._opener_in_lower_case(u, noun.start() - len(before) + name_start, first.group(0)):
                        # "Vom KOMM-AN-Programm zu unterscheiden ist ...": the sentence's first word,
                        # written in lower case elsewhere, is no part of the name
                        name_start += first.end()
                    name = before[name_start : m.end(1)]
                    if word[:1].isupper():
                        # "AVRR Belgium Support Project", "das Nachbarschafts-Projekt": as written
                        name = " ".join((before[name_start:] + word).split())
                    s = u.start + noun.start() - len(before) + name_start
                    self._named(name, u, i, s, u.start + noun.end())
        # (last: a name the other rules found keeps the unit they found it in)
        self._find_launched_quoted()

    def _opener_in_lower_case(self, u: Unit, at: int, word: str) -> bool:
        """Whether `word` opens unit u's sentence at offset `at` of its text and the text writes it
        in lower case elsewhere (a preposition or an article: "Vom", "Im", "Dal")."""
        if u.text[:at].strip():
            return False
        word = word.strip()
        return word[:1].isupper() and re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", self.ctx.text) is not None

    def _find_our_quoted(self) -> None:
        """ "Nos ateliers sociolinguistiques « Paroles d'ici », destinés aux ...", "our drop-in
        centre "Open Door" ...": a first-person possessive, a few words that say what it is, then
        a quoted name: the site owner's own activity, by its name."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("our_words"):
            return
        ours = re.compile(
            rf"(?<!\w)(?:{cues.regex['our_words'].pattern})\s+(?:[^\W\d][\w'’-]*\s+){{1,4}}?(?=[«“\"„])", re.I
        )
        for i, u in enumerate(ctx.units):
            if u.kind not in ("sentence", "item"):
                continue
            for m in ours.finditer(u.text):
                quoted = _PAIRED_QUOTES.match(u.text, m.end())
                if quoted is None or any(cues.has("copulas", w) for w in m.group(0).split()[1:]):
                    continue  # (not "our interview was simply "EU money"": what someone said)
                g = next(k for k in range(1, 6) if quoted.group(k) is not None)
                self._named(quoted.group(g), u, i, u.start + quoted.start(g), u.start + quoted.end(g), quoted=True)

    def _find_our_apposed(self) -> None:
        """ "we officially kicked off SKILLS2CARE, our new project co-funded by ...": a name set
        beside a first-person possessive and a project noun is the site owner's project."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("our_words"):
            return
        ours = re.compile(
            r"(?:^|\s)([A-ZÀ-Þ0-9][\w+&.-]*(?:\s+[A-ZÀ-Þ0-9][\w+&.-]*){0,3}),\s+(?i:"
            + cues.regex["our_words"].pattern
            + r")\s+(?:[^\W\d][\w-]*\s+){0,2}$"
        )
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence":
                continue
            for noun in cues.find("project_nouns", u.text):
                owned = ours.search(u.text[: noun.start()])
                if owned is None or cues.has("plural_nouns", noun.group(0)):
                    continue
                start = u.start + owned.start(1)
                name = owned.group(1)
                if ctx.orgs_in(start, start + len(name)) or ctx.funders_in(start, start + len(name)):
                    continue
                p = self.add_project(name, start, u.end, i, 0.7)
                if p is not None and i not in p.scope_units:
                    p.scope_units.append(i)
                break

    def _find_our_named_paid(self) -> None:
        """ "NEXT STEP builds on our Community Learning Hub in Marsa, which offered ... and was
        co-funded by the European Social Fund": a first-person possessive before a capitalised name
        and a clause after it that says which fund paid it: the site owner's own earlier or other
        project, by its name (its fund is its own, not the page's project's)."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("our_words"):
            return
        shapes = shapes_for(ctx.lang)
        small = "|".join(re.escape(w) for w in sorted(shapes.connectors | shapes.locatives) if w and w.isalpha())
        ours = re.compile(
            rf"(?<!\w)(?i:{cues.regex['our_words'].pattern})\s+"
            rf"([A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:{small})\s+)?[A-ZÀ-Þ][\w'’-]*){{1,5}})(?=,)"
        )
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence":
                continue
            for m in ours.finditer(u.text):
                rest = u.text[m.end() :]
                paid = cues.search("funded_by", rest) or cues.search("support_from", rest)
                if paid is None or not ctx.funders_in(u.start + m.end() + paid.end(), u.end):
                    continue
                start = u.start + m.start(1)
                name = m.group(1)
                # (a name only its shape made a body's is ours to name: "our Community Learning Hub")
                if any(o.known for o in ctx.orgs_in(start, start + len(name))) or ctx.funders_in(
                    start, start + len(name)
                ):
                    continue  # "our partner Caritas X, ...": a body, no project
                self._named(name, u, i, start, start + len(name), quoted=True)

    def _find_named_so(self) -> None:
        """ "Fáilte Chláir – Clare Welcomes, as it has been named, pairs newcomers with ...": a name
        that opens a sentence, then the words that say it is the name."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("named_so"):
            return
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence":
                continue
            said = cues.search("named_so", u.text)
            if said is None:
                continue
            name = u.text[: said.start()].strip()
            first = name.split()[0] if name else ""
            if not first[:1].isupper() or word_count(name) > 6 or cues.has("determiners", first):
                continue
            p = self.add_project(name, u.start, u.start + len(name), i, 0.75)
            if p is not None and i not in p.scope_units:
                p.scope_units.append(i)

    def _find_called_quoted(self) -> None:
        """ "un nouveau parcours baptisé « Parler, lire, travailler »", "a course called "X"": a noun
        in lower case, naming words, then a quoted name, in a sentence or its paragraph about money
        or a fund (not a room or an event named so in passing)."""
        ctx, cues = self.ctx, self.ctx.cues
        taken = {j for p in self.projects for j in p.scope_units}
        for i, u in enumerate(ctx.units):
            if u.kind not in ("sentence", "item") or i in taken:
                continue
            for naming in cues.find("naming_words", u.text):
                before = u.text[: naming.start()].rstrip(" ,").split()
                if not before or not before[-1].isalpha() or not before[-1].islower():
                    continue
                quoted = _PAIRED_QUOTES.match(u.text, _skip_spaces(u.text, naming.end()))
                if quoted is None:
                    continue
                name = next(g for g in quoted.groups() if g is not None)
                if not name[:1].isupper() or word_count(name) > 8:
                    continue
                if not self._paragraph_paid(u):
                    continue
                a = u.start + quoted.start()
                self._named(name, u, i, a, u.start + quoted.end(), quoted=True)
                break

    def _paragraph_paid(self, u: Unit) -> bool:
        """Whether the unit's paragraph names a fund or a sum: it speaks of money."""
        ctx = self.ctx
        return any(
            ctx.funders_in(v.start, v.end) or ctx.amounts_in(v.start, v.end)
            for v in ctx.units
            if v.paragraph == u.paragraph
        )

    def _find_launched_quoted(self) -> None:
        """ "È partito infatti "Salute senza barriere", il servizio di ...", "Gestartet ist nun „X“":
        a launch word, a word or two at most, then a quoted name, in a paragraph about money or a
        fund: the project that starts."""
        ctx, cues = self.ctx, self.ctx.cues
        taken = {j for p in self.projects for j in p.scope_units}
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence" or i in taken:
                continue
            for launch in cues.find("launch_words", u.text):
                gap = re.match(r"(?:\s+[^\W\d_]{2,10}){0,2}\s*(?=[«“„\"])", u.text[launch.end() :])
                if (
                    gap is None
                    or cues.search("programme_nouns", gap.group(0))
                    or cues.search("project_nouns", gap.group(0))
                ):
                    continue  # ("finanziate dal Programma nazionale «X»": the programme's name, no launch)
                quoted = _PAIRED_QUOTES.match(u.text, launch.end() + gap.end())
                if quoted is None:
                    continue
                name = next(g for g in quoted.groups() if g is not None)
                if not name[:1].isupper() or not 1 <= word_count(name) <= 6 or self._in_speech(u.text, launch.start()):
                    continue
                if any(fold(p.label).startswith(fold(name)) for p in self.projects):
                    break  # named already, where its own words stand
                if not self._paragraph_paid(u) and not self.doc_funders:
                    continue
                self._named(name, u, i, u.start + quoted.start(), u.start + quoted.end(), quoted=True)
                break

    def _find_copula_named(self) -> None:
        """ "PASSERELLES est un projet transfrontalier qui ...", "Kompas is een project van ...",
        "BRIDGE is a project that ...": a name that opens a sentence and is said to be a project."""
        ctx, cues = self.ctx, self.ctx.cues
        pattern = _opening_name_then(
            cues,
            r"(?:"
            + cues.regex["indefinite_articles"].pattern
            + "|"
            + cues.regex["possessives"].pattern  # "Home Ground is our three-year orientation programme"
            + r")\s+(?:[^\W\d_][\w-]*\s+){0,4}(?P<noun>"
            + cues.regex["project_nouns"].pattern
            + r")\b",
        )
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence":
                continue
            m = pattern.match(u.text)
            if not m or cues.has("plural_nouns", m.group("noun")) or word_count(m.group("name")) > 6:
                continue
            name = m.group("name")
            s = u.start + m.start("name")
            words = name.split()
            # "De Taalbus is een initiatief van X": the article before a capitalised name is not
            # the name's (but "Die Initiative ist ein Projekt ...": a project noun names nothing;
            # nor in German, which capitalises every noun: "Die Sozialpädagogin ist eine von ...")
            if (
                ctx.lang != "de"
                and len(words) >= 2
                and cues.has("determiners", words[0])
                and words[1][:1].isupper()
                and not any(cues.has("project_nouns", w) for w in words[1:])
            ):
                rest = name[len(words[0]) :].lstrip()
                at = s + len(name) - len(rest)
                if ctx.orgs_in(at, at + len(rest)):
                    continue  # "The Scottish Government is a member of ...": a body, no project
                s, name = at, rest
            first = name.split()[0]
            if not first[:1].isupper() or cues.has("determiners", first) or cues.has("demonstratives", first):
                continue  # "Le projet est un projet ...", "Ce programme est un ...": no name
            if cues.search("anaphora", first) and len(name.split()) == 1:
                continue  # "Il est un projet ..."
            if names_a_day(name):
                continue  # "Op 31 december is ons project X afgesloten": when, not what
            # (the sentence says it is a project: a name only its shape made an organisation's,
            # "MiHeal (Migrant Health Equity and Access Lab) is a ... project", is the project's)
            self._named(name, u, i, s, s + len(name), quoted=True)
            # "X is een project van de gemeente Venlo (penvoerder)": whose project it is runs it
            owner = self._owner_right_after(u, m.end("noun"))
            named = [p for p in self.projects if i in p.scope_units and fold(p.label) == fold(name)]
            if owner is not None and len(named) == 1:
                # (it may pay a share too: the gemeente that runs its project)
                named[0].implementers.setdefault(owner.iri, Evidence(u.start, u.end, 0.8))
                named[0].named_runner = named[0].named_runner or owner.iri

    def _fund_and_place(self, label: str) -> bool:
        """Whether a label is a fund's name, then a place and maybe years: a fund's programme for a
        region ("ESF Plus Saarland 2021–2027", "FAMI Piemonte")."""
        fund = next((m for m in self.ctx.fund_names if label.lower().startswith(m.text.lower() + " ")), None)
        if fund is None:
            return False
        rest = re.sub(r"\b(?:19|20)\d\d\b|[–—/-]", " ", label[len(fund.text) :]).strip()
        if not rest:
            return False
        if self.ctx.is_place(rest):
            return True
        # (a region the place list lacks, after a programme's noun: "aus dem Programm ESF Plus
        # Saarland 2021–2027")
        words = rest.split()
        if len(words) > 2 or not all(w[:1].isupper() for w in words):
            return False
        nouns = self.ctx.cues.regex["programme_nouns"].pattern
        return re.search(rf"(?:{nouns})\s+{re.escape(label)}", self.ctx.text, re.I) is not None

    def add_payers_said_of_owned_projects(self) -> None:
        """A sentence on "the project of X" names payers of the one project X runs: "Pour le projet
        de l'ONA, le solde de 310 000,00 € est pris en charge par le budget de l'État" under a
        table whose row gives the ONA's project."""
        ctx, cues = self.ctx, self.ctx.cues
        for u in ctx.units:
            if u.kind != "sentence":
                continue
            for noun in cues.find("project_nouns", u.text):
                if cues.has("plural_nouns", noun.group(0)) or not self._determined(u.text, noun.start()):
                    continue
                owner = self._owner_right_after(u, noun.end())
                runs = [p for p in self.projects if owner is not None and owner.iri in p.implementers]
                if len(runs) != 1:
                    continue
                for f, _s, _e in ctx.funders_in(u.start, u.end):
                    if f not in runs[0].implementers:
                        runs[0].funders.setdefault(f, Evidence(u.start, u.end, 0.7))

    def _owner_right_after(self, u: Unit, pos: int) -> OrgMention | None:
        """The organisation an "of" right after `pos` names, maybe after an article ("... project
        van de gemeente Venlo", "... projet de l'asbl X")."""
        ctx, cues = self.ctx, self.ctx.cues
        of = re.match(
            r"\s+(?:" + cues.regex["of_words"].pattern + r")\s*"
            r"(?:(?:" + cues.regex["determiners"].pattern + r")\s+)?",
            u.text[pos:],
            re.I,
        )
        if of is None:
            return None
        at = u.start + pos + of.end()
        return next((o for o in ctx.orgs_in(u.start, u.end) if at <= o.start <= at + 3), None)

    def _find_run_by_named(self) -> None:
        """ "Casa Comum is run by the Associação X", "Kompas wordt geleid door ...": a name that
        opens a sentence, said to be run by someone."""
        ctx, cues = self.ctx, self.ctx.cues
        run = _opening_name_then(cues, r"(?:" + cues.regex["implemented_by"].pattern + r")\s")
        for i, u in enumerate(ctx.units):
            m = run.match(u.text) if u.kind == "sentence" else None
            if m is None or word_count(m.group("name")) > 5:
                continue
            name = m.group("name")
            words = name.split()
            if any(not w[:1].isupper() for w in words if not cues.has("name_connectors", w)):
                continue  # "The project is run by", "Il progetto è realizzato da": no name
            opening = words[0]
            if cues.has("determiners", opening) or cues.has("demonstratives", opening) or cues.search("anaphora", name):
                continue
            if ctx.orgs_in(u.start + m.start("name"), u.start + m.end("name")) or names_a_day(name):
                continue
            s = u.start + m.start("name")
            self._named(name, u, i, s, s + len(name))

    def _find_name_said(self) -> None:
        """ "Cap Cuisine, c'est le nom de cet atelier d'insertion": a name said to be a thing's name."""
        ctx, cues = self.ctx, self.ctx.cues
        # (in quotes or not: '"Naast Elkaar", zo heet het project')
        naming = re.compile(
            r"\s*[«“\"„‘]?\s*(?P<name>[^\W\d_][^,.;:()\n«»“”\"„]{1,60}?)\s*[»”“\"‘’]?,?\s+(?:"
            + cues.regex["name_of_phrases"].pattern
            + r")\b",
            re.I,
        )
        opening = re.compile(r"\s*(?:" + cues.regex["name_of_phrases"].pattern + r")\b", re.I)
        for i, u in enumerate(ctx.units):
            if u.kind == "sentence" and i > 0 and opening.match(u.text):
                # '... sind eines von 48 „Laupheimer Tandems“. So heißt das Patenschaftsprogramm, mit
                # dem ...': the name the sentence before quotes last
                before = ctx.units[i - 1]
                quoted = list(_PAIRED_QUOTES.finditer(before.text)) if before.paragraph == u.paragraph else []
                head = u.text[:80]
                if quoted and (cues.find("project_nouns", head) or _PROJECT_COMPOUND_WORD.search(head)):
                    q = quoted[-1]
                    g = next(k for k in range(1, 6) if q.group(k) is not None)
                    s_, e_ = before.start + q.start(g), before.start + q.end(g)
                    if not ctx.orgs_in(s_, e_):
                        p = self.add_project(q.group(g), s_, u.end, i, 0.75)
                        if p is not None:
                            p.scope_units = sorted({*p.scope_units, i - 1, i})
                continue
            m = naming.match(u.text) if u.kind == "sentence" else None
            if m is None or word_count(m.group("name")) > 6:
                continue
            name = m.group("name")
            first, *rest = name.split()
            if not first[:1].isupper() or cues.has("demonstratives", first):
                continue
            if cues.has("determiners", first) and not (rest and rest[0][:1].isupper()):
                continue  # "Le dispositif, c'est le nom ...": no name ("La Marmite" is one)
            if ctx.orgs_in(u.start + m.start("name"), u.start + m.end("name")):
                continue  # a body's name, no project's
            s = u.start + m.start("name")
            # ("PONTI APERTI è il nome del progetto" under the title "Ponti Aperti": as the title writes it)
            title = ctx.doc.title or ""
            at = title.lower().find(name.lower())
            label = title[at : at + len(name)] if at >= 0 else name
            self._named(label, u, i, s, s + len(name))
            # ('De vzw X wil daar iets aan doen: ... "Naast Elkaar", zo heet het project.': the
            # sentence before, in its paragraph, says what it is and who runs it)
            p = next((p for p in self.projects if p.label == label and i in p.scope_units), None)
            if p is not None and i > 0 and ctx.units[i - 1].paragraph == u.paragraph:
                p.scope_units = sorted({*p.scope_units, i - 1})

    def _find_its_name_quoted(self) -> None:
        """ "Son nom, choisi par les premiers participants : « Parlons Métiers ».", "Its name:
        "Open Doors".": a sentence that opens with the thing's name as its subject and ends with
        the name in quotes."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("its_name"):
            return
        opening = re.compile(rf"\s*(?:{cues.regex['its_name'].pattern})(?!\w)", re.I)
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence" or not opening.match(u.text):
                continue
            last = next(reversed(list(_PAIRED_QUOTES.finditer(u.text))), None)
            if last is None or u.text[last.end() :].strip(" .!"):
                continue
            g = next(k for k in range(1, 6) if last.group(k) is not None)
            if word_count(last.group(g)) > 6:
                continue
            s_ = u.start + last.start(g)
            self._named(last.group(g), u, i, s_, s_ + len(last.group(g)), quoted=True)

    def _find_name_as_called(self) -> None:
        """ "de eerste deelnemers aan Startbaan, zoals de pilot heet", "joined Open Doors, as the
        scheme is called": the capitalised words right before the comma name the project."""
        ctx = self.ctx
        if not ctx.cues.words.get("as_named"):
            return
        for m in ctx.cues.find("as_named", ctx.text):
            before = ctx.text[max(0, m.start() - 80) : m.start()]
            said = _NAME_BEFORE_COMMA.search(before)
            if said is None or word_count(said.group(1)) > 5:
                continue
            name = said.group(1).strip("«»“”\"„‘’'")
            start = m.start() - len(before) + said.start(1)
            i = ctx.unit_index(m.start())
            if ctx.orgs_in(start, start + len(said.group(1))) or not name[:1].isupper():
                continue
            self._named(name, ctx.units[i], i, start, start + len(said.group(1)))
        # "Seit Januar läuft das Ganze unter dem Namen „Wortwechsel – Sprache und Begleitung“"
        for m in ctx.cues.find("under_name", ctx.text):
            quoted = _PAIRED_QUOTES.match(ctx.text, _skip_spaces(ctx.text, m.end()))
            if quoted is None:
                continue
            g = next(k for k in range(1, 6) if quoted.group(k) is not None)
            start, end = quoted.start(g), quoted.end(g)
            i = ctx.unit_index(start)
            # (a town's name in it is where it runs: „Ankommen in Halle – digital“ of the Stadt Halle)
            bodies = [o for o in ctx.orgs_in(start, end) if not ctx.names_a_town(ctx.text[o.start : o.end])]
            if word_count(quoted.group(g)) <= 10 and not bodies:
                self._named(quoted.group(g), ctx.units[i], i, start, end, quoted=True)

    def _name_on_next_line(self, i: int) -> bool:
        """The unit after unit `i` as a project's name, when it is a short line of its own; whether
        it became one."""
        units = self.ctx.units
        if i + 1 >= len(units):
            return False
        nxt = units[i + 1]
        name = nxt.text.strip().rstrip(".;")
        if not 2 <= word_count(name) <= 25 or nxt.kind not in ("sentence", "item", "heading"):
            return False
        before = len(self.projects)
        self._named(name, nxt, i + 1, nxt.start, nxt.start + len(name))
        if len(self.projects) == before:
            return False
        # "... approved one project pertaining to X, valued at ... The project is entitled as
        # follows:": the naming sentence speaks of a project introduced before it, whose sentences
        # are the named project's own.
        fact = self.projects[-1]
        cues = self.ctx.cues
        if cues.search("anaphora", units[i].text[:20]):
            taken = {j for p in self.projects[:-1] for j in p.scope_units}
            fact.scope_units.append(i)
            for j in range(i - 1, max(-1, i - 5), -1):
                if j in taken or units[j].kind != "sentence":
                    break
                fact.scope_units.append(j)
                head = units[j].text
                if cues.search("project_nouns", head) and not cues.search("anaphora", head):
                    break
        return True

    def _quoted_then_launched_by(self, u: Unit) -> tuple[str, OrgMention] | None:
        """A quoted name, then what it is and who launched or runs it ("Bienvenue à « La Passerelle
        », le nouvel espace langues et orientation lancé par le CPAS de Péruwelz"): the name is a
        project, the body its runner."""
        ctx = self.ctx
        apposed = self._apposed_then_runs_by
        if apposed is None:
            return None
        for m in _PAIRED_QUOTES.finditer(u.text):
            cue = apposed.match(u.text, m.end())
            if cue is None:
                continue
            at = u.start + cue.end()
            org = next((o for o in ctx.orgs_in(at, u.end) if o.start - at <= 8), None)
            name = next(g for g in m.groups() if g is not None)
            if org is not None and ctx.is_implementer_org(org.iri) and word_count(name) <= 6:
                return name, org
        return None

    @functools.cached_property
    def _apposed_then_runs_by(self) -> re.Pattern[str] | None:
        """What follows a quoted name set beside what it is and who launched or runs it: ", le
        nouvel espace ... lancé par " (compiled once per page)."""
        cues = self.ctx.cues
        by = [cues.regex["implemented_by"].pattern] if cues.words.get("implemented_by") else []
        launched = [re.escape(w) for w in sorted(cues.words.get("launched_by", ()), key=len, reverse=True)]
        if not by and not launched:
            return None
        det = cues.regex["determiners"].pattern
        alternatives = "|".join([*by, *launched])
        return re.compile(rf"\s*,\s*(?:{det})\s*(?:[^\W\d_][\w'’-]*\s+){{1,7}}?(?:{alternatives})\s+", re.I)

    def find_apposed_named(self) -> None:
        """ "Da qui è nata l'idea di CASA COMUNE, il progetto che la nostra cooperativa coordina",
        "Open Doors, the project that ...": a name set beside a definite project noun that a relative
        clause describes."""
        ctx, cues = self.ctx, self.ctx.cues
        taken = {j for p in self.projects for j in p.scope_units}
        relative = re.compile(r"\s*,?\s*(?:" + cues.regex["relative_pronouns"].pattern + r")\b", re.I)
        for i, u in enumerate(ctx.units):
            if u.kind != "sentence" or i in taken:
                continue
            # A sentence that opens by giving a name names what it goes on about.
            named = self._opening_name(u)
            if named is not None and not (ctx.orgs_in(*named) or ctx.funders_in(*named)):
                p = self.add_project(ctx.text[named[0] : named[1]], named[0], u.end, i, 0.7)
                if p is not None:
                    p.scope_units.append(i)
                continue
            if (described := self._quoted_then_launched_by(u)) is not None:
                name, org = described
                p = self.add_project(name, u.start, u.end, i, 0.7)
                if p is not None:
                    p.scope_units.append(i)
                    p.implementers.setdefault(org.iri, Evidence(u.start, u.end, 0.75))
                    continue
            for noun in cues.find("project_nouns", u.text):
                if cues.has("plural_nouns", noun.group(0)):
                    continue
                # "part of a wider three-year programme, Talking Together Tees, which started in
                # January": the noun (its article a few words before), its name between commas,
                # then a relative clause
                after = self._name_apposed_after(u.text, noun.end())
                article = any(cues.has("determiners", w.lower()) for w in u.text[: noun.start()].split()[-4:])
                if after is not None and article:
                    start, end = u.start + after[0], u.start + after[1]
                    name = u.text[after[0] : after[1]]
                    if not (ctx.orgs_in(start, end) or ctx.funders_in(start, end) or ctx.is_place(name)):
                        p = self.add_project(name, start, u.end, i, 0.7)
                        if p is not None:
                            p.scope_units.append(i)
                            break
                if relative.match(u.text, noun.end()) and (name := self._appositive_name(u, noun.start())):
                    # "Table Talk is one strand of Welcome West, a wider three-year programme which
                    # also offers ...": a name, then an indefinite project noun and a relative clause
                    p = self.add_project(name, u.start + noun.start(), u.end, i, 0.7)
                    if p is not None:
                        p.scope_units.append(i)
                        break
                if not self._determined(u.text, noun.start()):
                    continue
                quoted = _QUOTED_APPOSED.search(u.text[: noun.start()])
                if quoted is not None and self.ctx.cues.has("determiners", quoted.group(2)):
                    # «Terre Comuni», il progetto presentato ieri: quotes mark the name; no relative needed
                    name = quoted.group(1)
                    start = u.start + quoted.start(1)
                    end = start + len(name)
                    if not (self.ctx.orgs_in(start, end) or self.ctx.funders_in(start, end)):
                        p = self.add_project(name, start, u.end, i, 0.7)
                        if p is not None:
                            p.scope_units.append(i)
                        break
                if not relative.match(u.text, noun.end()):
                    continue
                name = self._appositive_name(u, noun.start(), definite=True)
                if name is not None:
                    p = self.add_project(name, u.start + noun.start(), u.end, i, 0.7)
                    if p is not None:
                        p.scope_units.append(i)
                    break

    def _name_apposed_after(self, text: str, pos: int) -> tuple[int, int] | None:
        """Where a capitalised name stands between commas right after position `pos`, a relative
        pronoun after it: ", Talking Together Tees, which"."""
        cues = self.ctx.cues
        m = re.match(
            r",\s+((?:[A-ZÀ-Þ][\w'’&.-]*)(?:\s+(?:[A-ZÀ-Þ][\w'’&.-]*|\d{1,4}|[a-zà-ÿ]{1,4})){0,6}?),\s*"
            r"(?:" + cues.regex["relative_pronouns"].pattern + r")\b",
            text[pos:],
        )
        last = m.group(1).split()[-1] if m is not None else ""
        if m is None or not (last[:1].isupper() or last.isdigit()):
            return None
        return pos + m.start(1), pos + m.end(1)

    def _opening_name(self, u: Unit) -> tuple[int, int] | None:
        """Where the quoted name stands in a sentence that opens by giving it, if it does:
        - naming words, the name, a comma: "Baptisés « Saveurs & Mots », ces ateliers ...",
          "Chiamato “Ponti di parole”, il percorso ...";
        - a funding participle and its auxiliary: "Finanziert wird „Sprachraum“ aus Mitteln des
          AMIF", "Gesubsidieerd wordt 'X' door ..." (the name of what is paid);
        - a with-word: "Mit „Frauen.Stärken.Arbeit“ begleitet der Verband ...", "Avec « X »,
          l'association ..." (what its subject does the work with)."""
        cues, text = self.ctx.cues, u.text
        quoted = None
        naming = cues.search("naming_words", text)
        if naming is not None and naming.start() == 0:
            quoted = _PAIRED_QUOTES.match(text, _skip_spaces(text, naming.end()))
            if quoted is not None and text[quoted.end() : quoted.end() + 1] != ",":
                quoted = None
        if quoted is None and cues.words.get("funding_participles"):
            paid = re.match(
                rf"(?i:{cues.regex['funding_participles'].pattern})\s+(?:wird|werden|wurde|wurden|wordt|worden|werd)\s+",
                text,
            )
            quoted = _PAIRED_QUOTES.match(text, paid.end()) if paid else None
        with_word = cues.search("with_words", text[:8]) if quoted is None else None
        if with_word is not None and with_word.start() == 0:
            quoted = _PAIRED_QUOTES.match(text, _skip_spaces(text, with_word.end()))
            if quoted is not None and not re.match(r"\s*,?\s*[^\W\d_]", text[quoted.end() :]):
                quoted = None
        if quoted is None:
            return None
        g = next(k for k in range(1, 6) if quoted.group(k) is not None)
        return u.start + quoted.start(g), u.start + quoted.end(g)

    def _verb_final_name(self, text: str, at: int) -> tuple[int, int] | None:
        """The quoted name of a relative clause right after a project noun that ends on a naming
        verb ("..., dat officieel 'X' heet,", "..., das offiziell „X“ heißt,"): its span in `text`."""
        cues = self.ctx.cues
        opening = re.match(
            rf"\s*,\s*(?:{cues.regex['determiners'].pattern}|{cues.regex['relative_pronouns'].pattern})\s+",
            text[at:],
            re.I,
        )
        if opening is None:
            return None
        # (up to two words before the name: "dat officieel 'X' heet")
        start = at + opening.end()
        for _ in range(3):
            quoted = _PAIRED_QUOTES.match(text, start) or _SINGLE_QUOTED.match(text, start)
            word = re.match(r"[^\W\d_]+\s+", text[start:])
            if quoted is not None or word is None:
                break
            start += word.end()
        if quoted is None:
            return None
        verb = re.match(rf"\s+(?:{cues.regex['naming_words'].pattern})\s*[,.;]", text[quoted.end() :], re.I)
        if verb is None:
            return None
        g = next(k for k in range(1, len(quoted.groups()) + 1) if quoted.group(k) is not None)
        return quoted.start(g), quoted.end(g)

    def _appositive_name(self, u: Unit, pos: int, definite: bool = False) -> str | None:
        """ "New Roots, a programme for ...", "Werkfit Twente, een traject dat ...": the name a
        project noun with an indefinite article at `pos` (in unit `u`) is set beside; not an
        organisation's or a country's name, nor a sentence's opening word."""
        m = _APPOSED.search(u.text[:pos])
        article = "determiners" if definite else "indefinite_articles"
        if m is None or not self.ctx.cues.has(article, m.group(2)):
            return None
        name = m.group(1)
        start = u.start + m.start(1)
        if self.ctx.orgs_in(start, start + len(name)) or self.ctx.funders_in(start, start + len(name)):
            return None
        # "REACH – Reintegration Assistance through Community Hubs, a partnership project": the
        # short name and the long one it stands for, a small word inside it
        spelt = _SHORT_DASH_WORDS.search(u.text[: m.start(1)])
        if spelt is not None and spelt.group(1)[0] == spelt.group(2)[0]:
            name = u.text[spelt.start(1) : m.end(1)]
        elif (
            short := re.search(r"(?:^|\s)([A-Z][A-Z0-9]{2,})\s+[–—-]\s+$", u.text[: m.start(1)])
        ) is not None and short.group(1)[0] == name[0]:
            # ("WELCOMM – Welcoming Communities in Central Europe, a two-year project": the whole long
            # name after the dash; the project a heading named by its short name already, if one did)
            if any(p.label == short.group(1) for p in self.projects):
                return None
            name = u.text[short.start(1) : m.end(1)]
        if fold(name.split()[0]) in shapes_for(self.ctx.lang).stop_words or self.ctx.is_country(name):
            return None
        return name

    def _determined(self, text: str, pos: int) -> bool:
        """Whether a determiner stands right before position `pos` ("le projet", "this project")."""
        before = text[:pos].split()
        return bool(before) and (self.ctx.cues.has("determiners", before[-1]))

    def _in_speech(self, text: str, pos: int) -> bool:
        """Whether position `pos` of a unit's text lies inside someone's quoted words: after an
        opening quote, or before a closing one, with no other quote mark between; the quote running
        six words or more ("« ... quand un projet de vie risque de capoter », explique X"). German
        opens with „ and closes with “; the other languages open with « or “ and close with » or ”."""
        opens, closes = ("„»", "“«") if self.ctx.lang == "de" else ("«“", "»”")
        marks = [k for k, ch in enumerate(text) if ch in opens or ch in closes]
        before = [k for k in marks if k < pos]
        after = [k for k in marks if k >= pos]
        if before and text[before[-1]] in opens:
            end = next((k for k in after if text[k] in closes), len(text))
            return word_count(text[before[-1] + 1 : end]) >= 6
        if not before and after and text[after[0]] in closes:
            # (a sentence that opens inside a quote begun in the one before: its closing mark alone)
            return word_count(text[: after[0]]) >= 6
        return False

    def _demonstrated(self, text: str, pos: int) -> bool:
        """Whether a demonstrative stands right before position `pos` ("dieses Projektes", "ce
        projet"): the text goes on about a project it has named, it names no new one."""
        before = text[:pos].split()
        return bool(before) and self.ctx.cues.has("demonstratives", before[-1])

    def _named(self, name: str, u: Unit, i: int, start: int, end: int, quoted: bool = False) -> None:
        name = name.strip()
        if not quoted and (more := _NAME_GOES_ON.match(self.ctx.text, start + len(name))) is not None:
            # "het project Taal op de Werkvloer Westfriesland": small words inside the name, which
            # the text spells whole by its acronym ("... Westfriesland (TWW)"), here or elsewhere
            # (or by every word's first letter: "Samen Starten in Deventer (SSiD)")
            whole = name + more.group(1)
            words = re.findall(r"[^\W\d_][\w'’-]*", whole)
            capitals = "".join(w[0] for w in words if w[0].isupper())
            firsts = "".join(w[0] for w in words)
            spelt = "|".join(re.escape(a) for a in {capitals, firsts} if len(a) >= 3)
            if spelt and re.search(re.escape(whole) + r"\s*\((?:" + spelt + r")\)", self.ctx.text):
                name, end = whole, start + len(whole)
            elif self._owner_right_after(u, start + len(whole) - u.start) is not None:
                # (or whose owner follows it: "het project Samen aan Tafel van Stichting X")
                name, end = whole, start + len(whole)
        if re.search(r"\b\d+\b", name) and self.ctx.cues.search("plural_nouns", name):
            return  # "Insgesamt 15 Projekte": a counted group
        # "ESTIA, the Emergency Support to Integration and Accommodation programme": one project.
        appos = re.search(
            r"\b([A-Z][A-Z0-9]{2,}),\s+" + self.ctx.cues.regex["determiners"].pattern + r"\s+$",
            self.ctx.text[max(0, start - 40) : start],
        )
        if appos and not self.ctx.funders_in(start - 40 + appos.start(1), start) and name != appos.group(1):
            name = f"{appos.group(1)} ({name})"
            start = start - 40 + appos.start(1) if start >= 40 else start
        if not quoted and (
            lead := next((o for o in self.ctx.orgs_in(start, end) if o.start == start and o.end < end), None)
        ):
            # "the Home Office for the New Roots Nottingham project": the payer named first, then
            # small words, then the name
            small = re.match(r"(?:\s+[a-zà-ÿ'’]+)+\s+(?=[A-ZÀ-Þ])", self.ctx.text[lead.end : end])
            if small is not None and self.ctx.text.startswith(name, start):
                cut = lead.end + small.end()
                name, start = name[cut - start :], cut
        if len(name) < 3 or (name.isupper() and len(name) < 4 and not any(c.isdigit() for c in name)):
            return
        if quoted and self.ctx.lang == "de" and name[:1].islower():
            return  # 'bescheinigt dem Projekt „hohe Übertragbarkeit“': words quoted, no name (German capitalises it)
        if self.ctx.funders_in(start, end) and word_count(name) <= 3:
            return  # "le projet FAMI": the fund, not a name
        # A name the text also reads as an organisation's is one, unless it is quoted after a project
        # noun ("het project ‘Brugwerk’") and only its shape made it an organisation.
        shaped = self.ctx.shape_rules
        # (a quoted name holds a town's name as a part: "het project 'Thuis in Turnhout'")
        if word_count(name) <= 3 and any(
            not quoted or (o.iri not in shaped and o.start <= start and o.end >= start + len(name))
            for o in self.ctx.orgs_in(start, end)
        ):
            return
        if not quoted and any(o.start < start < o.end and o.end == start + len(name) for o in self.ctx.orgs):
            return  # "der Verein Projekt Integrationshaus": the noun is the body's name's first word
        if not quoted and _ACRONYM.fullmatch(name) and any(o.name.startswith(name + " ") for o in self.ctx.orgs):
            return  # "progetto ANCI" beside "ANCI Toscana": the body's own short name, whose project it is
        owner = self._owner_ending(name, start) if not quoted else None
        if owner is not None:
            name = self.ctx.text[start : owner[0]]
        p = self.add_project(name, start, end, i, 0.8)
        if p is not None:
            p.scope_units.append(i)
            if owner is not None:
                p.implementers.setdefault(owner[1], Evidence(u.start, u.end, 0.7))

    def _owner_ending(self, name: str, start: int) -> tuple[int, str] | None:
        """Where a name stops before "of" and the organisation it ends on, and that organisation:
        "het project Vakkracht Drenthe van Alescon" is Alescon's project "Vakkracht Drenthe"."""
        ctx = self.ctx
        end = start + len(name)
        tail = next((o for o in ctx.orgs_in(start, end) if start < o.start and o.end >= end - 1), None)
        if tail is None:
            return None
        gap = ctx.text[start : tail.start]
        of = re.search(
            r"\s+(?:" + ctx.cues.regex["of_words"].pattern + r")\s*"
            r"(?:(?:" + ctx.cues.regex["determiners"].pattern + r")\s+)?$",
            gap,
            re.I,
        )
        if of is None or not gap[: of.start()].strip():
            return None
        return start + of.start(), tail.iri

    def _apposed_project_noun(self, tail: str) -> bool:
        """Whether the words after a name are only a comma and a project noun standing beside it
        (", l'iniziativa", ", the project")."""
        cues = self.ctx.cues
        words = [w for w in re.findall(r"[^\W\d_]+['’]?", tail) if not cues.has("determiners", w.replace("’", "'"))]
        return tail.lstrip().startswith(",") and len(words) == 1 and cues.has("project_nouns", words[0])

    def _opens_on_money(self, phrase: str) -> bool:
        """Whether a noun phrase's head, past its article, is a sum's or a contribution's noun ("Il
        contributo assegnato", "Le financement accordé", "The grant awarded")."""
        cues = self.ctx.cues
        words = re.findall(r"[^\W\d_]+", phrase)
        if not words:
            return False
        head = words[1] if len(words) >= 2 and cues.has("determiners", words[0].lower()) else words[0]
        return cues.has("contribution_nouns", head.lower()) or cues.has("cost_nouns", head.lower())

    def find_described(self) -> None:
        """Projects described rather than named: "les projets consacrés aux alternatives à la
        détention et au coaching individualisé", "X, également financé par l'AMIF", and the
        enumeration "Le premier portait sur X. Le deuxième soutenait Y."."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        # (a beneficiary's section in an official list describes the project its first line names)
        listed = {k for p in self.projects if p.rule == "find_beneficiary_headings" for k in p.scope_units}
        for i, u in enumerate(units):
            if u.kind != "sentence" or i in listed:
                continue
            text = u.text
            if text.rstrip().endswith("?"):
                continue  # "Sie planen ein Projekt für Geflüchtete ... ?": a question, no project described
            if cues.search("call_words", text):
                continue  # "the Department's fund ... supports local events, will open for applications": a call
            # "NP, (also) funded by FUND"
            for fb in cues.find("funded_by", text):
                funders = ctx.funders_in(u.start + fb.end(), u.start + fb.end() + 80)
                if not funders:
                    continue
                clause_start = _clause_start(text, fb.start())
                np = text[clause_start : fb.start()].strip(" ,")
                np = re.sub(r"[,\s]+" + cues.regex["also_words"].pattern + r"\s*$", "", np, flags=re.I)
                np = re.sub(r"^\W+", "", _TAG.sub(" ", np)).strip()
                quoted = list(_PAIRED_QUOTES.finditer(np))
                if len(quoted) == 1 and self._apposed_project_noun(np[quoted[0].end() :]):
                    # "... l'esperienza di «Umbria Plurale», l'iniziativa finanziata dal FAMI": the
                    # quoted name the noun stands beside
                    np = next(g for g in quoted[0].groups() if g is not None)
                    clause_start = text.find(np, clause_start)
                if not np or word_count(np) > 10 or word_count(np) < 1 or re.search(r"[\[\]]", np):
                    continue  # (nor an image's placeholder: "[logo UE] Cofinancé par l'Union européenne")
                first = np.split()[0].lower()
                if first.isdigit() or first in cues.numbers or cues.has("quantifiers", first):
                    continue
                if cues.search("project_nouns", np) and word_count(np) <= 3:
                    continue
                if re.search(r"\b\d+\b", np) or any(cues.has("predicate_words", w) for w in np.split()):
                    continue  # a counted group, or a clause rather than a noun phrase
                if cues.search("speaker_cues", np):
                    continue  # "..., the newswire reported": who tells it, not what is funded
                if word_count(np) == 1 and cues.search("funding_words", np):
                    continue  # "Kofinanziert aus Mitteln des AMIF": the verb's own first word, no project
                if self._opens_on_money(np):
                    continue  # "Il contributo assegnato, a valere sul FNPSA, ammonta a ...": the money
                if any(q.unit == i and q.label in np for q in self.projects):
                    continue  # "Parte a gennaio il progetto Radici, finanziato ...": Radici, named already
                if ctx.orgs_in(u.start + clause_start, u.start + fb.start()) or ctx.funders_in(
                    u.start + clause_start, u.start + fb.start()
                ):
                    continue
                if not reads_as_a_description(np, ctx.lang, cues):
                    continue
                p = self.add_project(np, u.start + clause_start, u.end, i, 0.6)
                if p is not None:
                    p.scope_units.append(i)
            # Generic project noun + content cue.
            for noun in cues.find("project_nouns", text):
                after = text[noun.end() :]
                cue = re.match(r"\s+" + cues.regex["content_cues"].pattern, after, re.I)
                if not cue or not self._determined(text, noun.start()) or self._demonstrated(text, noun.start()):
                    continue
                if _ON_BEHALF.match(text, noun.end()):
                    continue  # "which monitors the project on behalf of the EU": for whom, not what
                if self._in_speech(text, noun.start()):
                    continue  # someone's words: "« ... quand un projet de vie risque de capoter »"
                if any(
                    i in q.scope_units and text[noun.start() :].lower().startswith(q.label.lower())
                    for q in self.projects
                ):
                    continue  # "received €310,500 for a project on access to ...": the grant's project, read already
                if re.match(
                    r"\s*" + cues.regex["relative_pronouns"].pattern,
                    after[cue.end() :],
                    re.I,
                ):
                    continue
                content_start = noun.end() + cue.end()
                content = self._until_predicate(text[content_start:])
                if not content or word_count(content) > 14 or self._runs_into_fund(u.start + content_start, content):
                    continue
                # (the content's first two words: the pattern always matches, if only empty)
                lead = u.start + content_start
                lead_end = lead + re.match(r"\s*(?:\S+(?:\s+|$)){0,2}", content).end()  # type: ignore[union-attr]
                if any(lead <= o.start < lead_end for o in ctx.orgs):
                    # "koordiniert die Projekte über ihre Migrations- und Integrationsagentur": a
                    # body, not what they are about
                    continue
                name = self._appositive_name(u, noun.start())
                if name is not None:
                    p = self.add_project(name, u.start + noun.start(), u.end, i, 0.7)
                    if p is not None:
                        p.scope_units.append(i)
                    continue
                parts = self._split_coordination(content)
                lead = text[noun.start() : content_start].strip()
                for k, part in enumerate(parts):
                    label = f"{lead} {part}" if k == 0 else part
                    if not reads_as_a_description(label, ctx.lang, cues):
                        continue
                    p = self.add_project(label, u.start + noun.start(), u.end, i, 0.55)
                    if p is not None:
                        p.scope_units.append(i)
            # "le programme de réintégration après retour": a definite project noun and its object.
            for noun in cues.find("project_nouns", text):
                word = noun.group(0)
                of = re.match(r"\s+" + cues.regex["of_words"].pattern + r"\s*", text[noun.end() :], re.I)
                if _QUOTED_APPOSED.search(text[: noun.start()]):
                    continue  # "«Scuola Ponte», un progetto di mediazione": what the named one is
                if any(q.unit == i and q.label in text[: noun.start()] for q in self.projects):
                    continue  # "APPRODI è un progetto di rete che ...": what the project named before is
                if _ON_BEHALF.match(text, noun.end()):
                    continue  # "which monitors the project on behalf of the EU": for whom, not what
                if (
                    not of
                    or cues.has("plural_nouns", word)
                    or not self._determined(text, noun.start())
                    or self._demonstrated(text, noun.start())
                    or self._in_speech(text, noun.start())
                ):
                    continue
                obj_start = noun.end() + of.end()
                # (its owner maybe after an article: "een project van de gemeente Venlo")
                owned = self._owner_right_after(u, noun.end()) is not None
                if owned or ctx.funders_in(u.start + obj_start, u.start + obj_start + 40):
                    continue  # "le projet de Caritas" (an owner), "le programme du FAMI" (a fund)
                content = self._until_predicate(text[obj_start:])
                if self._runs_into_fund(u.start + obj_start, content):
                    continue
                if content and 1 <= word_count(content) <= 8 and content[:1].islower():
                    name = self._appositive_name(u, noun.start())
                    if name is None and not reads_as_a_description(
                        text[noun.start() : obj_start] + content, ctx.lang, cues
                    ):
                        continue
                    p = self.add_project(
                        name or text[noun.start() : obj_start] + content,
                        u.start + noun.start(),
                        u.end,
                        i,
                        0.7 if name else 0.55,
                    )
                    if p is not None:
                        p.scope_units.append(i)
            # "the Commission will subsidise EUR 141 million worth of X": what a funder pays for.
            named_here = any(i in q.scope_units for q in self.projects)
            if ctx.funders_in(u.start, u.end) and not named_here:
                for v in cues.find("funding_verbs", text):
                    # The subject must be a funder: "the Commission will subsidise ...", not "the project supports ...".
                    subject = (u.start, u.start + v.start())
                    if not (ctx.orgs_in(*subject) or ctx.funders_in(*subject)):
                        continue
                    # "Le FAMI ne finance pas l'accueil de base": what it does not pay for
                    near = text[max(0, v.start() - 12) : v.end() + 6]
                    if cues.search("negations", near) is not None:
                        continue
                    rest = text[v.end() :]
                    obj_start = v.end() + len(rest) - len(rest.lstrip())
                    # "EUR 141 million worth of X": the object follows the amount.
                    amount = next((a for a in ctx.amounts_in(u.start, u.end) if a.start == u.start + obj_start), None)
                    if amount is not None:
                        worth = re.match(
                            r"\s+" + cues.regex["worth_of"].pattern + r"\s+",
                            ctx.text[amount.end : amount.end + 30],
                            re.I,
                        )
                        if worth is None:
                            continue
                        obj_start = amount.end - u.start + worth.end()
                    content = self._until_predicate(text[obj_start:])
                    # "... with another EUR 118 million": the amount is not part of the object.
                    for am in ctx.amounts_in(u.start + obj_start, u.start + obj_start + len(content)):
                        content = content[: max(0, am.start - u.start - obj_start)]
                        content = re.sub(r"\s+\S+(?:\s+\S+)?\s*$", "", content) if content else content
                        break
                    if not content or not (2 <= word_count(content) <= 12) or cues.search("project_nouns", content):
                        continue
                    first = content.split()[0].lower()
                    if (
                        first.isdigit()
                        or cues.has("quantifiers", first)
                        or ctx.orgs_in(u.start + obj_start, u.start + obj_start + len(content))
                        or cues.search("speaker_cues", content)  # "... funds, the newswire reported"
                        # "– finanziert aus dem Staatshaushalt über das Förderprogramm ...": where the
                        # money comes from, not what it pays for
                        or ctx.funders_in(u.start + obj_start, u.start + obj_start + len(content))
                    ):
                        continue
                    if not reads_as_a_description(content, ctx.lang, cues) or opens_on_a_function_word(
                        content, ctx.lang, cues
                    ):
                        continue
                    p = self.add_project(content, u.start + obj_start, u.end, i, 0.5)
                    if p is not None:
                        p.scope_units.append(i)
            # "La première, intitulée « X », est portée par Y": the ordinal's named item
            named = re.match(
                rf"\s*(?:{cues.regex['ordinals'].pattern})\s*,?\s*(?:{cues.regex['naming_words'].pattern})\s*,?\s*",
                text,
                re.I,
            )
            quoted = _PAIRED_QUOTES.match(text, named.end()) if named else None
            if quoted is not None:
                g = next(k for k in range(1, 6) if quoted.group(k) is not None)
                self._named(quoted.group(g), u, i, u.start + quoted.start(g), u.start + quoted.end(g), quoted=True)
                continue
            # Enumeration: "Le premier portait sur X."
            m = re.match(
                r"\s*"
                + cues.regex["ordinals"].pattern
                + r"\s+(\S+)\s+(?:"
                + cues.regex["ordinal_preps"].pattern
                + r"\s+)?",
                text,
                re.I,
            )
            if m and not cues.has("project_nouns", m.group(1)):
                # (not "The second project works with children ...": the second of the projects a
                # page announced, described under its own heading; its verb names nothing)
                rest = text[m.end() :]
                obj = re.split(r"[,;.:]|\s+" + cues.regex["clause_breaks"].pattern + r"\s", rest, flags=re.I)[0]
                intro = self._enumeration_intro(i)  # "trois programmes ..." must announce the list
                p = self.add_project(obj, u.start, u.end, i, 0.55) if intro is not None else None
                if p is not None:
                    p.scope_units += [i, intro]
            # Action-noun coordination in a paragraph about projects or funds.
            self._action_nouns(i, u)

    def _runs_into_fund(self, start: int, content: str) -> bool:
        """Whether what follows a project noun runs into a fund's name ("das Projekt zum größten Teil
        aus dem Asyl-, Migrations- und Integrationsfonds"): who pays, not what the project is."""
        return any(start <= m.start <= start + len(content) + 2 for m in self.ctx.funds)

    def _action_nouns(self, i: int, u: Unit) -> None:
        ctx, cues = self.ctx, self.ctx.cues
        text = u.text
        m = re.match(
            r"\s*(?:" + cues.regex["determiners"].pattern + r"\s*)?" + cues.regex["action_nouns"].pattern,
            text,
            re.I,
        )
        if not m:
            return
        para = [x for x in ctx.units if x.paragraph == u.paragraph and x.kind == "sentence"]
        if not any(cues.search("project_nouns", x.text) or ctx.funders_in(x.start, x.end) for x in para):
            return
        subject = self._until_predicate(text)
        if not subject or word_count(subject) > 30:
            return
        for part in self._split_coordination(subject):
            if word_count(part) < 3:
                continue  # "cet accompagnement": an action noun alone names nothing
            action = re.match(
                r"\s*(?:" + cues.regex["determiners"].pattern + r"\s*)?" + cues.regex["action_nouns"].pattern,
                part,
                re.I,
            )
            # (not "le soutien du FAMI nous permet ...": the fund's money, no project)
            of_a_fund = action and any(m.text in part[action.end() : action.end() + 40] for m in ctx.fund_names)
            # (nor "Soutien de l'État : 38 500 €": the key of a payer's share)
            at = text.find(part)
            after = text[at + len(part) :] if at >= 0 else ""
            of_a_fund = of_a_fund or bool(re.match(r"\s*:\s*(?:€\s*)?\d", after))
            if (
                action
                and not of_a_fund
                and self._has_complement(part[action.end() :])
                and not self._of_the_project(part[action.end() :])
            ):
                p = self.add_project(part, u.start, u.end, i, 0.5)
                if p is not None:
                    p.scope_units.append(i)

    def _has_complement(self, rest: str) -> bool:
        """Whether an action noun goes on with its complement ("la modernisation du système", "die
        Stärkung der Aufnahme", "lo sviluppo dell'accoglienza"), not straight into a verb ("lo
        sviluppo avviene con ...": a sentence about how, no project)."""
        words = rest.split()
        if not words:
            return False
        first = words[0].lower()
        cues = self.ctx.cues
        return (
            cues.has("of_words", first)
            or cues.has("determiners", first)
            or bool(re.match(r"(?:dell|dall|nell|d|l|dello|degli|delle|dei|des|der|den)(?:['’]|$)", first))
        )

    def _of_the_project(self, rest: str) -> bool:
        """Whether an action noun's complement is the project itself ("lo sviluppo del progetto",
        "the implementation of the project", "de uitvoering van het project"): that is how the
        project is done, not another project. An indefinite one ("the development of a programme")
        may be a project of its own."""
        cues = self.ctx.cues
        words = [w.strip(',;:.!?()"«»').lower().replace("’", "'") for w in rest.split()[:3]]
        elided = re.match(r"([^\W\d]{1,5})'(.+)", words[0]) if words else None
        if elided and not cues.has("indefinite_articles", elided.group(1)):  # "dell'azione", "de l'action"
            return cues.has("project_nouns", elided.group(2))
        for k in (1, 2):
            if len(words) <= k or any(len(w) > 6 or cues.has("indefinite_articles", w) for w in words[:k]):
                return False
            noun = re.sub(r"^[^\W\d]{1,5}'", "", words[k])
            if cues.has("project_nouns", noun):
                return True
        return False

    def _until_predicate(self, text: str) -> str:
        """The noun phrase at the start of `text`, up to the verb that follows it (a heuristic: a
        punctuation mark, an auxiliary, or a French plural verb in -ent)."""
        out = []
        for w in re.finditer(r"\S+", text):
            token = w.group(0)
            bare = token.strip(',;:.!?()"«»').lower()
            if token.startswith("(") or self.ctx.cues.has("predicate_words", bare):
                break
            if self.ctx.lang == "fr" and bare.endswith("ent") and not bare.endswith("ment") and len(bare) > 4 and out:
                break
            out.append(token)
            if token.endswith((",", ";", ":", ".")) and not token.endswith("..."):
                out[-1] = token.rstrip(",;:.")
                # A comma may separate coordinated items: keep going while the next word is a determiner.
                nxt = text[w.end() :].lstrip().split(" ", 1)[0].lower()
                if token.endswith(",") and (self.ctx.cues.has("determiners", nxt) or nxt.startswith(("l'", "l’"))):
                    out[-1] += ","
                    continue
                break
        return " ".join(out).strip()

    def _split_coordination(self, text: str) -> list[str]:
        cues = self.ctx.cues
        # "X, Y et la Z" / "aux X et au Y": split at commas, and at "and" before a determiner or preposition.
        after = "(?=" + cues.regex["determiners"].pattern + "|" + cues.regex["label_prefixes"].pattern + ")"
        parts = re.split(r",\s+|\s+" + cues.regex["and_words"].pattern + r"\s+" + after, text, flags=re.I)
        return [p.strip() for p in parts if p and p.strip()]

    def _enumeration_intro(self, i: int) -> int | None:
        units = self.ctx.units
        cues = self.ctx.cues
        for j in range(i - 1, max(-1, i - 4), -1):
            text = units[j].text
            if (
                units[j].kind == "sentence"
                and cues.search("project_nouns", text)
                and (re.search(r"\b\d+\b", text) or cues.search("number_words", text))
            ):
                return j
        return None

    def read_orphan_records(self) -> None:
        """A page about one project whose record lines no finder read ("• Projektlaufzeit: ...",
        "• Fördersumme: ...", set apart from the sentence that names the project): they are that
        project's."""
        p = self.projects[0] if len(self.projects) == 1 else self._title_named_project()
        if p is None:
            return
        read = {j for q in self.projects for j in q.scope_units}
        units = self.ctx.units
        lines = [i for i, u in enumerate(units) if u.kind == "kv" and i not in read and not self.ctx.is_related_link(i)]
        if len(lines) < 2:
            return
        # a record's lines come in a block, or each says what it is ("Laufzeit: ..."); a lone "Ter
        # info: ..." or "Woordvoerder: ..." line is none of them
        self._read_record_lines(
            p,
            [
                i
                for i in lines
                if any(0 <= k < len(units) and units[k].kind == "kv" for k in (i - 1, i + 1))
                or is_record_key(units[i].key, self.ctx.lang)
            ],
        )

    def _title_named_project(self) -> ProjectFact | None:
        """The one project the page's title names ("EU-PROJEKT: ISF LUMEN" over a page that also
        lists the project's parts): the page is about it."""
        title = words_of(self.ctx.doc.title or "")
        named = [p for p in self.projects if len(p.label) >= 4 and words_of(p.label) in title]
        return named[0] if len(named) == 1 else None

    def add_payers_listed_under_a_cue(self) -> None:
        """A funding cue on a line of its own ("Gefördert durch:", "Avec le soutien de :") over
        lines that each name a payer, outside every other project's words: the payers of the
        project the page's title names ("Startklar Gastro | Verein X")."""
        ctx = self.ctx
        title = fold(title_without_site(ctx.doc.title or "")).strip()
        page_projects = [p for p in self.projects if title and fold(p.label) == title]
        if len(page_projects) != 1:
            return
        p = page_projects[0]
        others = {j for q in self.projects if q is not p for j in (q.scope_units or [q.unit])}
        for i, u in enumerate(ctx.units):
            said = u.text.strip().rstrip(":").strip()
            cue = ctx.cues.search("funded_by", said)
            if cue is None or cue.start() != 0 or cue.end() != len(said) or not u.text.rstrip().endswith(":"):
                continue
            for j in range(i + 1, min(i + 9, len(ctx.units))):
                v = ctx.units[j]
                if j in others or "\n\n" in ctx.text[ctx.units[j - 1].end : v.start]:
                    break
                named = [o for o in ctx.orgs_in(v.start, v.end) if ctx.named_as_payer(o)]
                if not named:
                    break
                if named[0].iri not in p.implementers:
                    p.funders.setdefault(named[0].iri, Evidence(v.start, v.end, 0.7))

    def find_title_project(self) -> None:
        """A page about one project, titled with its name ("Act in Time"): when nothing else names a
        project, the title does if the text repeats it and speaks of "a project" funded by a fund."""
        ctx = self.ctx
        self._complete_from_title()
        # (a title that opens with a name in quotes names the page's project, whatever else the
        # text names: "„Ankommen im Job“: Neues Integrationsprojekt startet ...", "Projekt „X“ – Verein")
        # (after a project noun: 'Projekt „Wegweiser“ – Brückenhaus Homburg e.V.')
        bare_title = title_without_site(ctx.doc.title or "").strip()
        noun = re.match(rf"(?:{ctx.cues.regex['project_nouns'].pattern})\s+(?=[«“„\"‘])", bare_title, re.I)
        quoted = _PAIRED_QUOTES.match(bare_title, noun.end() if noun else 0)
        repeated = False  # (a name the text repeats unquoted, followed by a comma, is no one's words)
        if quoted is None:
            # (or the one name it quotes at its end, which the text repeats unquoted: "À Marche, les
            # primo-arrivants ont désormais leur « Espace Langues & Citoyenneté »")
            ending = list(_PAIRED_QUOTES.finditer(bare_title))
            last = ending[-1] if len(ending) == 1 and not bare_title[ending[-1].end() :].strip(" .!?") else None
            said = next((g for g in last.groups() if g is not None), "") if last else ""
            body = ctx.text[ctx.units[3].start :] if len(ctx.units) > 3 else ""
            unquoted = rf"(?<![«“„\"‘])(?<![«“„\"‘]\s){re.escape(said)}(?!\s*[»”“\"’])"
            # (repeated unquoted, or set after a project noun: 'al progetto FAMI "INTRECCI"'; not a
            # quoted speech, „Wer gehen will, braucht einen Plan“)
            nouned = last is not None and re.search(
                rf"(?i:{ctx.cues.regex['project_nouns'].pattern})(?:\s+\S+){{0,2}}\s*$", bare_title[: last.start()]
            )
            if said[:1].isupper() and said in body and (re.search(unquoted, body) or nouned):
                quoted, repeated = last, True
        if quoted and self.doc_funders:
            name = next(g for g in quoted.groups() if g is not None)
            if (
                not any(p.label.lower() == name.lower() for p in self.projects)
                and word_count(name) <= 6
                and (repeated or not self._said_in_a_quote(name))
            ):
                self._title_project(name)
        if self.projects and any(m.entity.kind == "fund" for m in ctx.funds):
            # "LINK-UP – Europees project ... | vzw X" over the heading "LINK-UP" near the top: the
            # page's own project, whatever earlier project its text names ("ons buddyproject
            # "Werkmaatjes"")
            top = {fold(u.text.strip()) for u in ctx.units[:12] if u.kind == "heading"}
            # (or the key of a line set as a heading, a name in capitals: "OuderBrug: nieuwkomers en
            # school, dichter bij elkaar"; not a topic, "Retour volontaire : « ... »")
            top |= {
                fold(u.key.strip())
                for u in ctx.units[:12]
                if u.kind == "kv" and u.key and all(w[:1].isupper() for w in u.key.split())
            }
            # ("Le partenariat – PASS'AGE | Interreg ...": past the page's own word, the project's name)
            parts = re.split(r"\s[–—|-]\s", title_without_site(ctx.doc.title or ""))
            named_after = parts[1:2] if len(parts) >= 2 and generic_heading(parts[0], ctx.cues) else []
            # ("Das Projekt – RAZEM. Gemeinsam ankommen in ...": a long name's head before its full stop)
            named_after += [n.split(". ", 1)[0] for n in named_after if ". " in n and word_count(n) > 6]
            # "Il progetto ALPI INSIEME è cofinanziato ..." on alpi-insieme.eu: the name the host
            # spells is the project's, which the page is about, whatever earlier project it names
            name = ctx.site_project_name
            if name and not any(fold(p.label) == fold(name) for p in self.projects) and self._title_project(name):
                return
            heads = _title_heads(ctx.doc.title or "")
            # ("Trajectoires : vers l'emploi ... – Association" over the page's "TRAJECTOIRES" and,
            # right under it, "Vers l'emploi ...": the head before the colon names the project; the
            # heads list it once, as the title without its site's words)
            # (not on a newspaper's site: "Würzburg: Ein Wegweiser ..." over "Würzburg" is its dateline)
            alone = (
                heads[1:]
                if len(heads) == 2 and not ctx.is_media_site and self._head_over_subtitle(heads[1], heads[0])
                else []
            )
            for head in [*heads[2:], *alone, *named_after]:
                if (
                    (fold(head) in top or any(t.startswith(fold(head) + ". ") for t in top))
                    and 1 <= word_count(head) <= 6
                    and not re.search(r"\b(?:19|20)\d\d\b", head)  # (a report's: "Jaarverslag 2023")
                    and not generic_heading(head, ctx.cues)
                    and not any(fold(p.label) == fold(head) for p in self.projects)
                    # (a project's own site: "PATHS2HOME" on paths2home.eu is the project the host names)
                    and not any(
                        fold(o.name) == fold(head) and "owner" not in ctx.shape_rules.get(o.iri, ()) for o in ctx.orgs
                    )
                    and not any(m.text.lower() == head.lower() for m in ctx.fund_names + ctx.places)
                    # ("Integration: Stadt übergibt Förderbescheide": a fund's goal, the news' topic)
                    and not any(m.text.strip().lower() == head.lower() for m in ctx.goals)
                    # ("Onze projecten - Taal doet Meer" from "Stichting Taal doet Meer": the site's body)
                    and not ctx.names_a_body(head)
                    # ("Willebroek: anderstalige ouders ..." over the dateline "WILLEBROEK" and "in
                    # drie basisscholen in Willebroek": a town's name, no project's)
                    and not self._written_as_a_place(head)
                ):
                    self._title_project(head)
                    break
        if self.projects or not self.doc_funders:
            return
        heads = _title_heads(ctx.doc.title or "")
        named = title_name(ctx.doc.title or "", ctx.cues)
        trailing = (ctx.doc.title or "").rstrip().endswith(named)
        # (a project's own site: "Partnership – WELCOME BRIDGES" on welcomebridges.eu, a name only
        # the host made an organisation's, is the project's)
        legal = re.compile(rf"(?<!\w)(?:{ctx.cues.regex['legal_forms'].pattern})(?!\w)", re.I)
        if trailing and any(
            fold(o.name) == fold(named)
            and (ctx.shape_rules.get(o.iri) != {"owner"} or legal.search(named) or ctx.names_a_body(named))
            for o in ctx.orgs
        ):
            named = ""  # "Projecten en subsidies - Stichting X": the site's organisation, no project
        # (a title's words in quotes may be what someone said: „Hier darf ich einfach reden“)
        quoted_in_title = {
            next(g for g in m.groups() if g is not None) for m in _PAIRED_QUOTES.finditer(ctx.doc.title or "")
        }
        # (the name the host spells where the title calls it a project's: "Le projet ALP'INSERTION
        # – Interreg France-Suisse" on alp-insertion.eu, before the programme the title names)
        if ctx.site_project_name and self._title_project(ctx.site_project_name):
            return
        for title in [*heads, *([named] if named and named not in heads else [])]:
            if word_count(title) > 6 or generic_heading(title, ctx.cues):
                continue  # (not "About the project" of "About the project – ROOTS")
            if title in quoted_in_title and self._said_in_a_quote(title):
                return  # a headline's quote: the title names no project (the text's quotes may)
            if any(m.text.lower() == title.lower() for m in ctx.fund_names + ctx.places):
                continue  # a page titled "AMIF" or "Belgium" is about no one project
            if about_a_fund(ctx, title):
                continue  # "Europäischer Rückkehrfonds: Behörde zieht Bilanz": a headline about the fund
            if self._title_project(title):
                return

    def _news_headline(self, u: Unit, after_noun: int) -> bool:
        """Whether a heading is a newspaper's headline: on a news site, the page's title, long, with
        no name after its project noun (neither quoted nor in capitals)."""
        ctx = self.ctx
        if not ctx.is_media_site or word_count(u.text) <= 7:
            return False
        if not fold(ctx.doc.title or "").startswith(fold(u.text.strip())):
            return False
        rest = u.text[after_noun:]
        if re.search(r"[«“„\"‘']\s*[A-ZÀ-Þ]", u.text):
            return False  # ("New 'Laois Together' project to help ...": the headline quotes a name)
        return not _quoted_after_noun(u.text, after_noun) and not re.match(r"\s+[A-ZÀ-Þ]", rest)

    def _headline_name(self, text: str, after_noun: int) -> str | None:
        """The name a headline gives right after its project noun, when only a few words in lower
        case follow it ("Cross-border project Talent Bridge CZ–AT kicks off" -> "Talent Bridge
        CZ–AT"): the headline says what the named project does."""
        m = re.match(r"\s+" + _caps_name(cues_for(None).words["name_connectors"]).pattern, text[after_noun:])
        if m is None:
            return None
        rest = text[after_noun + m.end() :].split()
        if not 1 <= len(rest) <= 5 or not all(w[:1].islower() for w in rest):
            return None
        return m.group(1)

    def _written_as_a_place(self, word: str) -> bool:
        """Whether the text writes one word after a preposition of place ("in Willebroek",
        "à Tournai"): a place's name."""
        if word_count(word) != 1 or not re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ]+)*", word):
            return False  # (a town's name is written so; not "PATHS2HOME" of "refer to PATHS2HOME")
        ctx = self.ctx
        before = re.compile(rf"(?<![\w-])({ctx.cues.regex['place_prepositions'].pattern})\s+{re.escape(word)}(?![\w-])")
        return any(m.group(1).islower() for m in before.finditer(ctx.text))

    def _head_over_subtitle(self, head: str, title: str) -> bool:
        """Whether the page sets the title's head before its colon as a heading near its top, with
        the rest of the title right under it: the layout of a project's own page."""
        opened = re.match(re.escape(head) + r"\s*:\s*", title)
        if opened is None:
            return False
        # (and the text names it in its sentences, "Trajectoires a été retenu ...": not a page's
        # kind, "Success story" over "a one-stop integration centre ...")
        said = re.compile(rf"(?<!\w){re.escape(head)}(?!\w)", re.I)
        if not any(u.kind == "sentence" and said.search(u.text) for u in self.ctx.units):
            return False
        rest = fold(re.split(r"\s[–—|-]\s", title[opened.end() :])[0])
        units = self.ctx.units[:12]
        # (not a news page's headline written whole under its dateline: "Ciney" over "Ciney : le
        # CPAS lance ...", which reads as the key "Ciney" and its value)
        return any(
            u.kind == "heading"
            and fold(u.text.strip()) == fold(head)
            and fold(units[k + 1].text.strip()) == rest
            and units[k + 1].kind != "kv"
            for k, u in enumerate(units[:-1])
        )

    def _said_in_a_quote(self, words: str) -> bool:
        """Whether the text writes these words as part of someone's longer quoted words, a full
        stop or comma right after them («Ora capisco il capocantiere. E lui capisce me»): a
        headline's quote is what someone said, not a project's name."""
        if self.ctx.cues.words.get("speaker_pronouns") and any(
            self.ctx.cues.has("speaker_pronouns", w) for w in re.findall(r"[^\W\d_]+(?:['’])?", words)
        ):
            return True  # „Hier darf ich einfach reden“: someone speaks
        text = self.ctx.text
        at = text.find(words)
        while at >= 0:
            if text[at + len(words) : at + len(words) + 1] in (".", ",", ";", "!", "?"):
                return True
            at = text.find(words, at + 1)
        return False

    def find_quoted_owned(self) -> None:
        """A quoted name and whose it is, in a sentence about money or projects: 'i corsi serali "Il
        croato al lavoro" dell'Associazione Ponte-Most (14.800,00 euro)', 'le projet « Cap Emploi »
        de l'association X a reçu ...': a project, which the genitive's organisation runs (read by
        the relations, `_owner_after_name`)."""
        ctx, cues = self.ctx, self.ctx.cues
        opening = self._owned_by_opening  # type: ignore[attr-defined]
        if opening is None:
            return
        known = {fold(p.label) for p in self.projects}
        for i, u in enumerate(ctx.units):
            if u.kind not in ("sentence", "item"):
                continue
            text = u.text
            if not (
                ctx.amounts_in(u.start, u.end)
                or any(cues.search(k, text) for k in ("funding_words", "funding_verbs", "funded_by", "support_from"))
            ):
                continue
            for m in _PAIRED_QUOTES.finditer(ctx.text, u.start, u.end):
                name = next(g for g in m.groups() if g is not None).strip()
                if not name[:1].isupper() or not 1 <= word_count(name) <= 6 or re.search(r"[.!?;:]", name):
                    continue
                start = m.start() + m.group(0).index(name)
                if ctx.orgs_in(start, start + len(name)) or ctx.funders_in(start, start + len(name)):
                    continue
                before = ctx.text[max(u.start, m.start() - 30) : m.start()]
                if fold(name) in known or cues.search("call_words", before) or _GOVERNMENT_PROGRAMME.search(before):
                    continue  # (a call's name, or 'des Förderprogramms „X“ des Ministeriums': a funding line)
                after = opening.match(ctx.text, m.end(), u.end)
                if after is None:
                    continue
                owner = next(
                    (o for o in ctx.orgs_in(after.end(), u.end) if self._right_after(after.end(), o)),  # type: ignore[attr-defined]
                    None,
                )
                if owner is None or not ctx.is_implementer_org(owner.iri) or owner.iri in ctx.payers:
                    continue
                p = self.add_project(name, start, start + len(name), i, 0.7)
                if p is not None and i not in p.scope_units:
                    p.scope_units.append(i)

    def find_quoted_project(self) -> None:
        """A news page that names its one project only in quotes ("Mit „FrauenWege“ sollen ...",
        "„FrauenWege“ startete am 1. April 2024"): when nothing else names a project, a short name
        the text quotes twice or more is the project, on a page that names a fund."""
        ctx = self.ctx
        if not any(m.entity.kind == "fund" for m in ctx.funds):
            return
        # (beside named projects, one quoted in a section of its own: "À Liège, L'Envol lance
        # « Tandem Santé »" over "Avec « Tandem Santé », l'asbl ...", in a newsletter)
        taken = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        known = {fold(p.label) for p in self.projects}
        seen: dict[str, list[int]] = {}
        called: set[str] = set()
        for name, start, before in self._short_quoted_names(1):
            if ctx.cues.search("call_words", before):
                called.add(name)  # 'Avviso pubblico "Percorsi di inclusione"': a call's name
            if _GOVERNMENT_PROGRAMME.search(before):
                called.add(name)  # 'aus dem Landesprogramm „Integration vor Ort“': a government's funding line
            seen.setdefault(name, []).append(start)
        names = [
            n
            for n, starts in seen.items()
            if len(starts) >= 2
            and n not in called
            and not any(fold(n) in label for label in known)
            and not any(ctx.unit_index(s) in taken for s in starts)
            # (beside named projects, only one that heads a section of its own)
            and (not self.projects or any(ctx.units[ctx.unit_index(s)].kind == "heading" for s in starts))
        ]
        if len(names) != 1:
            return
        (name,) = names
        # (its heading, if one quotes it, not a table of contents' line over it)
        headed = [at for at in seen[name] if ctx.units[ctx.unit_index(at)].kind == "heading"]
        first = (headed or seen[name])[0]
        i = ctx.unit_index(first)
        p = self.add_project(name, first, first + len(name), i, 0.6)
        if p is not None:
            p.scope_units = sorted({ctx.unit_index(s) for s in seen[name]})

    def _short_quoted_names(self, least: int) -> list[tuple[str, int, str]]:
        """The names the text quotes: `least` to five words, capitalised, no sentence's stops, no
        organisation or fund in them; each with where it starts and the words before its quote."""
        ctx = self.ctx
        out = []
        for m in _quotes_with_nested(ctx.text):
            name = next(g for g in m.groups() if g is not None).strip()
            start = m.start() + m.group(0).index(name)
            if not name[:1].isupper() or not least <= word_count(name) <= 5 or re.search(r"[.!?,;:]", name):
                continue  # a quoted sentence, not a name
            # (a name its head word alone made an organisation's, quoted whole, is a name still:
            # "l'« Atelier Mobilité » combine trois modules")
            inside = [
                o
                for o in ctx.orgs_in(start, start + len(name))
                if o.known or (o.start, o.end) != (start, start + len(name)) or ctx.shape_rules.get(o.iri) != {"head"}
            ]
            if inside or ctx.funders_in(start, start + len(name)):
                continue
            out.append((name, start, ctx.text[max(0, m.start() - 30) : m.start()]))
        return out

    def find_quoted_once_project(self) -> None:
        """A news page on one project that quotes its name once ("46 personnes sont passées par
        « X » depuis ...") and speaks of it as "le projet" elsewhere: when no finder named a
        project, that one short name, where the page quotes no other (a heading in quotes is a pull
        quote of what someone said), on a page that names a fund."""
        ctx, cues = self.ctx, self.ctx.cues
        # (a news story's place its title opens on, "Tubize : on apprend le français ...", stood in
        # for the project no finder named: the quoted name replaces it)
        placed = [
            p
            for p in self.projects
            if p.rule == "_title_project" and (ctx.names_a_town(p.label) or ctx.is_place(p.label))
        ]
        if len(self.projects) > len(placed) or ctx.is_call_page:
            return  # (a call's page quotes the call's or its themes' names)
        if not any(m.entity.kind == "fund" for m in ctx.funds):
            return
        title = fold(title_without_site(ctx.doc.title or "").strip())
        if 0 < word_count(title) <= 6 and any(u.kind == "heading" and fold(u.text.strip()) == title for u in ctx.units):
            return  # a project's own page, titled and headed with its name: the pair decisions name it
        seen: dict[str, list[int]] = {}
        for name, start, before in self._short_quoted_names(2):
            if ctx.cues.search("call_words", before) or _GOVERNMENT_PROGRAMME.search(before):
                continue  # a call's name, a government's funding line
            seen.setdefault(name, []).append(start)
        the_project = project_anaphora(cues)
        if not any(
            re.search(rf"(?<!\w){re.escape(w)}(?!\w)", u.text, re.I)
            for u in ctx.units
            if u.kind == "sentence"
            for w in the_project
        ):
            return
        # (not words someone says: "« Il reste quelques places », glisse Karim", "Fietsen is
        # vrijheid", zegt ...; a sentence with its verb: „Eine Wohnung ist der Schlüssel“; nor a
        # heading in quotes, a pull quote: « Trois sur quatre en emploi »)
        names = [
            n
            for n, starts in seen.items()
            if not _SPEECH_TAG.match(ctx.text, ctx.text.find(n, starts[0]) + len(n) + 1)
            and not any(cues.has("copulas", w.lower()) for w in n.split())
            and not n[:1].islower()  # (« cédez le passage »: words quoted, no name)
            and not (len(starts) == 1 and ctx.units[ctx.unit_index(starts[0])].kind == "heading")
        ]
        # (the one name the page quotes, once, in a sentence: a list line's quoted name is one of
        # the page's activities, "2. Des ateliers « X »", or one of its projects no finder named)
        if len(names) != 1 or len(seen[names[0]]) != 1:
            return
        if ctx.units[ctx.unit_index(seen[names[0]][0])].kind != "sentence":
            return
        (name,) = names
        at = seen[name][0]
        i = ctx.unit_index(at)
        p = self.add_project(name, at, at + len(name), i, 0.55)
        if p is not None:
            p.scope_units = [i]
            self.projects[:] = [q for q in self.projects if q not in placed]

    def _complete_from_title(self) -> None:
        """A name the text read short, whose whole the title gives: "het project Direct aan de slag
        helpt ..." under the title "Direct aan de slag – taal en werk | Amersfoort.nl" is "Direct aan
        de slag", not "Direct" (lower-case words end a name the text reads by its capitals)."""
        text = self.ctx.text
        heads = [h for h in _title_heads(self.ctx.doc.title or "")[1:] if 1 < word_count(h) <= 8]
        for p in self.projects:
            if p.rule != "_named":
                continue
            for head in heads:
                if not head.lower().startswith(p.label.lower() + " "):
                    continue
                at = text.find(p.label, p.evidence.start, p.evidence.end)
                if at >= 0 and text[at : at + len(head)].lower() == head.lower():
                    p.label = text[at : at + len(head)]
                    break

    def _title_project(self, title: str) -> bool:
        ctx, cues = self.ctx, self.ctx.cues
        kind = cues.search("publication_kinds", title)
        if kind is not None and kind.start() == 0:
            return False  # "Jaarverslag Migratie 2023", "Explainer": the publication, no project
        if "?" in title:
            return False  # "Neu in Eupen? Integrationsparcours und Anlaufstellen": a headline's question
        mentions = [m.start() for m in re.finditer(re.escape(title), ctx.text, re.I)]
        found = sorted({i for i, u in enumerate(ctx.units) for pos in mentions if u.start <= pos < u.end})
        # (not a sentence that sets something apart from it: "Cette activité ne relève pas de
        # PASSERELLES Florival : elle est soutenue par la Ville")
        scope = [
            i for i in found if ctx.units[i].kind != "heading" and not cues.search("not_part_of", ctx.units[i].text)
        ]
        # (not another project's own sentence: "le CPAS avait mené un projet-pilote baptisé « X »")
        others = {j for p in self.projects for j in p.scope_units or [p.unit]}
        singular = [
            i
            for i, u in enumerate(ctx.units)
            if u.kind == "sentence"
            and (i not in others or title.lower() in u.text.lower() or not self._names_a_project(u.text))
            and any(not cues.has("plural_nouns", m.group(0)) for m in cues.find("project_nouns", u.text))
        ]
        records = [i for i, u in enumerate(ctx.units) if u.kind == "kv"]
        if not scope and found and len(records) >= 2:
            # A record page (a project database's page): the title stands as a heading over record
            # lines ("Start date:", "Fund:", "EU contribution:"), which are the project's own.
            scope, singular = found[:1], records
        elif scope and not singular and len(records) >= 2:
            # a project's page whose text speaks of it by its name only, over its fact sheet's
            # record lines ("Projektsteckbrief" over "Laufzeit:", "Gesamtbudget:")
            singular = records
        if not scope or not singular:
            return False
        u = ctx.units[scope[0]]
        p = self.add_project(title, u.start, u.end, scope[0], 0.5)
        if p is None:
            return False
        if singular is records:
            self._read_record_lines(p, records)
            self.record_pages.add(id(p))
        p.scope_units = sorted(set(p.scope_units) | set(scope) | set(singular[:2]))
        return True

    def merge_kinds_into_names(self) -> None:
        """A kind of project by its short name and what it stands for ("il progetto SAI (Sistema di
        Accoglienza e Integrazione) del Comune di X") beside the one project of that kind the page
        names ('il progetto SAI "Civitavecchia Accoglie"') is that project: its words are the named
        one's (before the projects' payers and runners are read)."""
        gone = []
        for p in self.projects:
            kind = _SPELT_OUT_ACRONYM.fullmatch(p.label)
            if kind is None:
                continue
            named = re.compile(rf"(?<!\w){kind.group(1)}\s+[«“\"„]([^«»“”\"„]{{3,60}})[»”\"“]")
            labels = {fold(m.group(1)) for m in named.finditer(self.ctx.text)}
            full = [q for q in self.projects if q is not p and q not in gone and fold(q.label) in labels]
            if len(labels) != 1 or len(full) != 1:
                continue
            self._fold_into(p, full[0], with_own_unit=True)
            gone.append(p)
        if gone:
            self.projects[:] = [p for p in self.projects if p not in gone]

    def merge_short_names(self) -> None:
        """ "REACH was led by IOM" beside "REACH – Reintegration Assistance through Community Hubs":
        a project known by a short name (in capitals, or one word with a capital inside:
        "WegeFinden") that opens another's full name ("NAME – ...")
        is that project; what its own words say joins the full name's (its payers, runners,
        partners, and its years and sums where the full name's have none)."""
        gone = []
        for p in self.projects:
            # (or a name the text writes in quotes: '"Approdi" è finanziato ...' beside the project
            # "Approdi – percorsi di autonomia ...")
            label = p.label
            short = _ACRONYM.fullmatch(label) or _HYPHENED_CAPS.fullmatch(label) or _INNER_CAPITAL.fullmatch(label)
            if not (short or self._written_quoted(label)):
                continue
            # (or whose name the text writes right before the short one in brackets: "« Retour et
            # réintégration durable » (R2D)")
            bracketed = rf"\s*[»”“\"']?\s*\(\s*{re.escape(label)}\s*\)"
            full = [
                q
                for q in self.projects
                if q is not p
                and q not in gone
                and (
                    re.match(rf"{re.escape(label)}\s+[–—-]\s+\w", q.label)
                    or re.search(re.escape(q.label) + bracketed, self.ctx.text)
                )
            ]
            if len(full) != 1:
                continue
            self._fold_into(p, full[0], guarded=True, carry=True)
            gone.append(p)
        if gone:
            self.projects[:] = [p for p in self.projects if p not in gone]

    def _fold_into(
        self, p: ProjectFact, q: ProjectFact, *, guarded: bool = False, carry: bool = False, with_own_unit: bool = False
    ) -> None:
        """Project p is q by another name: its payers, runners and words join q's.
        `guarded`: not a payer q has as a runner, nor a runner q has as a payer or where q's own record
        names who runs it ("Projektträger: X"); `carry`: its partners too, and its years and sums where
        q has none; `with_own_unit`: q's naming unit joins its words (a project found before its
        words were drawn)."""
        for f, ev in p.funders.items():
            if not (guarded and f in q.implementers):
                q.funders.setdefault(f, ev)
        for o, ev in p.implementers.items():
            if not (guarded and (o in q.funders or q.named_runner is not None)):
                q.implementers.setdefault(o, ev)
        if carry:
            q.partners = {o: ev for o, ev in {**p.partners, **q.partners}.items() if o not in q.implementers}
            if q.start_year is None and q.end_year is None:
                q.start_year, q.end_year = p.start_year, p.end_year
            if not q.amounts:
                q.amounts = dict(p.amounts)
        own = [q.unit] if with_own_unit else []
        q.scope_units = sorted({*q.scope_units, *own, *(p.scope_units or [p.unit])})

    def _written_quoted(self, name: str) -> bool:
        """Whether the text writes a name of one to three words alone in quotes ("«Approdi»")."""
        if not 1 <= word_count(name) <= 3:
            return False
        return any(
            next(g for g in m.groups() if g is not None).strip() == name for m in _PAIRED_QUOTES.finditer(self.ctx.text)
        )

    def add_payers_under_payer_keys(self) -> None:
        """A record page's lines under its key of who pays, on a line of its own, name its payers, long
        ones too ("Financeurs" over "Union européenne – Fonds Asile, Migration et Intégration ... :
        187 470 €", "État – DDETS de la Moselle, programme 104 : 62 490 €"): each line that gives a sum."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        records = [p for p in self.projects if id(p) in self.record_pages]
        lines_only = False
        if not records and len(self.projects) == 1:
            records, lines_only = list(self.projects), True
        if len(records) != 1:
            return
        p = records[0]
        keys = {i for i, u in enumerate(units) if u.kind == "heading" and cues.has("fund_keys", u.text.strip(" :"))}
        kinds = ("item", "kv", "heading") if lines_only else ("sentence", "item", "kv")
        for v in units:
            if v.section not in keys or v.kind not in kinds or not ctx.amounts_in(v.start, v.end):
                continue  # (a payer's line gives its sum; not "Das BM.I ist die Zuständige Behörde")
            opening = ctx.text[line_start(ctx.text, v.start) : v.end].lstrip(" •*·–-")
            if not opening[:1].isupper():
                continue  # a line that opens with its payer ("État – DDETS ..."), not "davon EU-Mittel aus dem AMIF"
            a = line_start(ctx.text, v.start) if lines_only and v.kind == "kv" else v.start
            self._add_payers(p, a, v.end, Evidence(a, v.end, 0.85))

    def drop_code_only_records(self) -> None:
        """A record that gives only a project's code ("Codice progetto: PROG-2871 – CUP: ...") on a
        page whose project the rules named otherwise: that project's code, no project of its own."""
        coded = [p for p in self.projects if any(c.fullmatch(p.label) for c in self.ctx.cues.code_patterns)]
        titled = [p for p in self.projects if p.rule == "_title_project"]
        if len(coded) != 1 or len(titled) != 1:
            return
        record, page = coded[0], titled[0]
        # (what the record says goes with the page's project, whose code it is)
        for k, ev in record.funders.items():
            page.funders.setdefault(k, ev)
        for k, ev in record.implementers.items():
            page.implementers.setdefault(k, ev)
        for k, amount in record.amounts.items():
            page.amounts.setdefault(k, amount)
        if page.start_year is None and page.end_year is None:
            page.start_year, page.end_year = record.start_year, record.end_year
        page.scope_units = sorted({*page.scope_units, *record.scope_units})
        page.code = page.code or record.label
        self.projects.remove(record)

    def drop_earlier_projects_built_on(self) -> None:
        """A project the page's own one grows out of ("Het project bouwt voort op de ervaringen met
        het Erasmus+-project „Taal op de werkvloer“ (2020-2022)"): named only after a cue of building
        on, in sentences that name no fund, beside another project; an earlier one, not reported
        funded here."""
        ctx = self.ctx
        if len(self.projects) < 2 or ctx.cues.search("builds_on", ctx.text) is None:
            return
        units = ctx.units
        folded = [fold(u.text) for u in units]

        def paid_there(j: int) -> bool:
            # (the sentence, or the next of its paragraph: "Ook dat project werd gesteund door het AMIF")
            # (or any words of money: "supported by the European Programme for ...", "met een
            # subsidie van de Provincie X": an earlier project the page reports paid)
            nxt = [units[j + 1]] if j + 1 < len(units) and units[j + 1].paragraph == units[j].paragraph else []
            return any(
                ctx.funders_in(v.start, v.end)
                or any(ctx.cues.search(k, v.text) for k in ("funded_by", "support_from", "funding_words"))
                for v in [units[j], *nxt]
            )

        for p in list(self.projects):
            name = fold(p.label)
            said = [j for j, text in enumerate(folded) if name in text]
            if not said or any(units[j].kind == "heading" for j in said):
                continue
            earlier = all(
                (cue := ctx.cues.search("builds_on", units[j].text)) is not None
                and name in fold(units[j].text[cue.end() :])
                and not paid_there(j)
                for j in said
            )
            if earlier and len(self.projects) > 1:
                self.projects.remove(p)

    def drop_offers_of_named_projects(self) -> None:
        """A page's record of a course or an event that one of its sentences calls an offer of a
        project it names ("Der Kurs ist ein Angebot im Projekt „Harz verbindet“", "Il Master è
        realizzato nell'ambito del progetto X"): the project named there is the page's; the course
        is one of its activities, no project of its own."""
        ctx = self.ctx
        for i, u in enumerate(ctx.units):
            offer = ctx.cues.search("offer_of", u.text) if u.kind == "sentence" else None
            if offer is None:
                continue
            named = [q for q in self.projects if q.unit == i and u.text.find(q.label[:12]) >= offer.end()]
            if len(named) != 1:
                continue
            records = ("find_records", "_record_under_title")
            dropped = [p for p in self.projects if p.rule in records and p.unit < named[0].unit]
            if len(dropped) == 1:
                self.projects.remove(dropped[0])
                self.offers.add(fold(dropped[0].label))

    def drop_owned_projects_named_again(self) -> None:
        """A project known only by whose it is ("het project van VluchtelingenWerk") where that body
        runs a project the page names ("VluchtelingenWerk Zuid-Nederland voert het project 'Samen
        Thuis in Brabant' uit"): the same project, said again; not one of its own."""
        names: dict[str, str] = {}
        for o in self.ctx.orgs:
            names.setdefault(o.iri, fold(o.name))
        runners = {names.get(o, "") for q in self.projects if not q.by_owner for o in q.implementers}
        for p in [p for p in self.projects if p.by_owner]:
            owners = [names.get(o, "") for o in p.implementers]
            if any(owner and runner.startswith(owner) for owner in owners for runner in runners):
                self.projects.remove(p)

    def add_payers_of_listed_lines(self) -> None:
        """The short lines under one that says who pays and ends on a colon ("Dit project wordt
        mogelijk gemaakt door:" over "[logo] VriendenLoterij Fonds", "[logo] Gemeente X"; "Avec le
        soutien de :" over a line per funder) each name a payer of the page's one project."""
        if len(self.projects) != 1:
            return
        p = self.projects[0]
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        for i, u in enumerate(units[:-1]):
            text = u.text.rstrip()
            if u.kind not in ("sentence", "heading", "kv") or not text.endswith(":") or word_count(text) > 10:
                continue
            if not (cues.search("funded_by", text) or cues.search("support_from", text)):
                continue
            for v in units[i + 1 :]:
                if (v.kind == "heading" and v.section != i) or word_count(v.text) > 10 or v.text.rstrip().endswith("."):
                    break
                ev = Evidence(v.start, v.end, 0.8)
                for o in ctx.orgs_in(v.start, v.end):
                    if o.iri not in p.implementers and o.iri not in p.partners and not ctx.is_eu_body(o.iri):
                        p.funders.setdefault(o.iri, ev)
                for f, _s, _e in ctx.funders_in(v.start, v.end):
                    if ctx.is_fund(f):
                        p.funders.setdefault(f, ev)

    def add_relative_runners(self) -> None:
        """An organisation that a relative clause says carries or runs "the project" ("Pour
        l'association X, qui porte le projet, ...", "der Verein X, der das Projekt trägt", "X,
        which runs the project"): the runner of the page's one project."""
        if len(self.projects) != 1:
            return
        p = self.projects[0]
        ctx, cues = self.ctx, self.ctx.cues
        verbs = [cues.regex[k].pattern for k in ("runs_verbs", "carries_verbs") if cues.words.get(k)]
        if not verbs or not cues.words.get("relative_pronouns"):
            return
        # (a lower-case word may end the name: "La Petite Reine clermontoise, qui porte le projet")
        clause = re.compile(
            r"(?:\s+[a-zà-ÿ-]{3,})?\s*,\s*(?i:"
            + cues.regex["relative_pronouns"].pattern
            + r")\s+(?i:"
            + "|".join(verbs)
            + r")\s+"
            r"(?i:" + cues.regex["determiners"].pattern + r")\s+(?i:" + cues.regex["project_nouns"].pattern + r")\b"
        )
        for o in ctx.orgs:
            if o.iri in p.funders or not ctx.is_implementer_org(o.iri) or not clause.match(ctx.text, o.end):
                continue
            j = ctx.unit_index(o.start)
            u = ctx.units[j]
            p.implementers.setdefault(o.iri, Evidence(u.start, u.end, 0.8))
            if p.named_runner is None:
                p.named_runner = o.iri

    def find_aggregates(self) -> None:
        """Counted groups: "22 projets", "9 Europese projecten gefinancierd door het AMIF"."""
        ctx, cues = self.ctx, self.ctx.cues
        for _i, u in enumerate(ctx.units):
            if u.kind not in ("sentence", "heading", "item"):
                continue
            for noun in cues.find("project_nouns", u.text):
                before = u.text[max(0, noun.start() - 40) : noun.start()]
                m = re.search(
                    r"(?<!\w)(\d{1,4}|" + cues.regex["number_words"].pattern + r")\s+(?:[^\W\d]+\s+){0,2}$",
                    before,
                    re.I,
                )
                if not m:
                    continue
                raw = m.group(1).lower()
                count = int(raw) if raw.isdigit() else cues.numbers.get(raw, 0)
                if count < 1:
                    continue
                if 1990 <= count <= 2099:
                    continue
                funders = [f for f, _, _ in ctx.funders_in(u.start, u.end)]
                if not funders and u.kind == "sentence":
                    funders = self.doc_funders  # a headline's count with no fund of its own is not a statement
                if any(a.count == count and a.funders == funders for a in self.aggregates):
                    break  # the same group told twice
                amounts = ctx.amounts_in(u.start, u.end)
                places = ctx.in_span(ctx.places, u.start, u.end)
                periods = [p for p in ctx.periods_in(u.start, u.end) if p.kind in ("range", "year")]
                agg = AggregateFact(
                    count=count,
                    evidence=Evidence(u.start, u.end, 0.6),
                    funders=list(dict.fromkeys(funders)),
                    amount=amounts[0] if amounts else None,
                    place=places[0].entity.iri if places else None,
                    start_year=periods[0].start_year if periods else None,
                    end_year=periods[0].end_year if periods else None,
                )
                if agg.funders:
                    self.aggregates.append(agg)
                break

    # -- relations ----------------------------------------------------------------------------
