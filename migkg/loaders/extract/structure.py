"""A document's layout: lines grouped into paragraphs, and each unit classified as a heading, a
list item, a `key: value` record line, a table row, or running text split into sentences.

Every unit keeps its character offsets in the document text, so every fact can point back to the
exact words that support it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

BULLET = re.compile(
    r"^[ \t]*(?:[•\-–—*·▪●◦►▸▶➤❯]|\d{1,2}[.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|[a-z]\)"
    r"|[a-h]\.(?=[ \t]+\S))[ \t]+"  # ("a. Samen Thuis in X. Dit project ...": a letter and a stop)
)
KEY_VALUE = re.compile(r"^[ \t]*([^\W\d][\w .'’/&()-]{1,40}?)[ \t]*:[ \t]+(\S.*)$")
# A record line whose key is a question: "Où ? Maison de quartier X", "Wann? Dienstags 9 bis 12 Uhr"
QUESTION_KEY = re.compile(r"^[ \t]*((?:[^\W\d_]+[ \t]){0,2}[^\W\d_]+)[ \t]?\?[ \t]+(\S.*)$")
DATE_LINE = re.compile(r"^\s*[\d/.:\-\s]+$")
# A person's title or honorific before a name ("Mag.a Eva Hofstätter", "Dr. Jan Peeters", "Mme Claire
# Martin"): a record line that opens with one names a person.
PERSON = re.compile(
    r"\s*(?:Dr|Mag|Prof|Dipl|Ing|Dott|Dott\.ssa|Mme|Mlle|Mr|Mrs|Ms|Dhr|Mevr|Frau|Herr|Sig|Sig\.ra)\b\.?(?:a\b)?\s+[A-ZÀ-Þ]"
)
# An article's byline: "Von Katrin Böhme", "By Jane Doe", "Par Claire Weydert", "di Francesca Rossi".
# A surname's particles, in lower case: "Marieke ten Hove", "Anne de Vries", "Lisa van der Berg".
SURNAME_PARTICLES = ("van", "de", "der", "den", "ten", "ter", "von", "zu", "di", "da", "del", "della", "le", "du")
BYLINE = re.compile(
    # (a surname's particle in lower case: "Door Marieke ten Hove", "Par Anne de Vries")
    r"(?:[Vv]on|[Bb]y|[Pp]ar|[Dd]oor|[Dd]i|[Dd]a)\s+[A-ZÀ-Þ][\w'’.-]+"
    r"(?:\s+(?:(?:" + "|".join(SURNAME_PARTICLES) + r")\s+)?[A-ZÀ-Þ][\w'’.-]+){0,3}"
    # the newsroom's: "Par la rédaction", "Redazione", "Door de redactie", "Von der Redaktion"
    r"|(?:(?:Par|Door|Von|By)\s+)?(?:la |de |der |the )?"
    r"(?:[Rr]édaction|[Rr]edazione|[Rr]edactie|[Rr]edaktion|[Ee]ditorial [Tt]eam)"
)
# A date with its year, then a time ("08 aprile 2025 16:20", "do 14 maart 2024 om 06.45
# uur", "Publié le 12/03/2025 à 18h15"): when an article went out, no heading; the line over it is
# its byline ("Lien Van den Bossche", "Redazione").
_DATE_AND_TIME = re.compile(r"^(?=.{0,80}$).*\b(?:19|20)\d\d\b.*\b\d{1,2}(?::\d{2}|h\d{2}|\.\d{2}\s*(?:uur|Uhr)\b)")
# A year on a line of its own, with its word: "Année 2024", "Jahr 2023" (a record's period, no heading).
_YEAR_LINE = re.compile(r"^\s*(?:Année|Year|Jahr|Anno|Jaar|Période|Periode|Zeitraum|Periodo)\s+(?:19|20)\d\d\s*$")
# A Markdown table's rule under its header ("|---|:---:|"): trafilatura writes HTML tables so.
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")

# words in brackets in a key, between its cue and its sum ("Crédits État (BOP 104)")
BRACKETED = re.compile(r"\s*\([^()]*\)")


@dataclass
class Unit:
    """A heading, list item, record line or sentence, with its offsets in the document text."""

    kind: str  # "heading", "item", "kv", "row", "sentence"
    start: int
    end: int
    text: str
    paragraph: int
    section: int  # index of the heading unit that governs this one, or -1
    key: str = ""  # for "kv": the key; text is then the value
    value_start: int = 0
    cells: list[tuple[int, int]] = field(default_factory=list)  # for "row": each cell's offsets


@dataclass
class Layout:
    text: str
    units: list[Unit] = field(default_factory=list)


# What the extractor reads of a word: its lower-case form (the name matcher) and the sentencizer's
# punctuation flag. spaCy computes twenty-odd attributes of every new word (its shape, whether it
# looks like a number or a URL ...), thousands of times while a pipeline builds its tokenizer's
# exceptions and the name matcher: 0.1 s of a load's start-up (1.75 s -> 1.65 s for the five
# languages), for nothing read here. The extracted facts are the same (checked on 369 documents).
_WORD_ATTRIBUTES = ("LOWER", "NORM", "IS_PUNCT", "IS_SPACE")


def _blank(lang: str) -> object:
    """`spacy.blank(lang)`, its words computing only `_WORD_ATTRIBUTES`."""
    import spacy
    from spacy import attrs
    from spacy.util import get_lang_class
    from spacy.vocab import create_vocab

    keep = {getattr(attrs, name) for name in _WORD_ATTRIBUTES}
    vocab = create_vocab(lang, get_lang_class(lang).Defaults)
    vocab.lex_attr_getters = {k: v for k, v in vocab.lex_attr_getters.items() if k in keep}
    return spacy.blank(lang, vocab=vocab)


@cache
def sentencizer(lang: str) -> object:
    """A blank spaCy pipeline for `lang` with the rule-based sentencizer (no model to download)."""
    import spacy

    from migkg.loaders.regexcache import precompiled_regexes

    # spaCy's French tokenizer compiles a 1.4 MB regex (1.8 s), and each language its affix patterns
    # (0.01-0.1 s each): their compiled code is cached on disk.
    with precompiled_regexes():
        try:
            nlp = _blank(lang)
        except (ImportError, KeyError, ValueError):  # a language spaCy has no tokenizer rules for
            nlp = _blank("xx")
        # An acronym glued to a word by a hyphen is two tokens ("AMIF-projecten", "FAMI-Projekt"), so
        # the fund's name is found in compounds as it is on its own.
        infixes = [*nlp.Defaults.infixes, r"(?<=[A-Z]{2})[-‐](?=[^\W\d_])"]
        nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    nlp.add_pipe("sentencizer")
    return nlp


def line_start(text: str, pos: int) -> int:
    """Where the line that `pos` is on begins."""
    return text.rfind("\n", 0, pos) + 1


# Three spaces or more between two words: a column's gap in a table copied as plain text.
_SPACED_CELLS = re.compile(r"\S\s{3,}\S")
_TWO_SPACED_CELLS = re.compile(r"\S {2}(?=\S)")


def row_cells(raw: str) -> list[tuple[int, int]]:
    """The cells of a line that may be a table row, as offsets in the line (stripped of spaces):
    cells split by tabs (a table copied from a page), or by pipes, with two pipes at least
    ("| a | b |" from trafilatura, "a | b | c"): one pipe is a title's "Page | Site"."""
    if "\t" in raw.strip():
        sep = "\t"
    elif raw.count("|") >= 2:
        sep = "|"
    elif _SPACED_CELLS.search(raw.strip()) and not raw[:1].isspace():
        # (not an indented line of a breakdown: "   dont FAMI        139 800 €")
        # "Rijksmiddelen ministerie van SZW          € 420.000": columns aligned with spaces
        cells = [(m.start(), m.end()) for m in re.finditer(r"\S+(?:\s{1,2}\S+)*", raw)]
        return cells if len(cells) >= 2 else []
    elif len(_TWO_SPACED_CELLS.findall(raw.strip())) >= 2 and not raw[:1].isspace():
        # "N.  Soggetto proponente  Titolo del progetto  Punteggio": three columns or more parted by
        # two spaces (a table the runs of rows with as many cells confirm)
        cells = [(m.start(), m.end()) for m in re.finditer(r"\S+(?: \S+)*", raw)]
        return cells if len(cells) >= 3 else []
    else:
        return []
    cells: list[tuple[int, int]] = []
    at = 0
    for part in raw.split(sep):
        a, b = at, at + len(part)
        at = b + 1
        lead = len(part) - len(part.lstrip())
        cells.append((a + lead, a + len(part.rstrip())))
    if sep == "|":
        # "| a | b |": the outer pipes open and close the row, they hold no cells
        if cells and cells[0][0] == cells[0][1]:
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
    return cells if len(cells) >= 2 else []


# A dash between spaces: the cell separator of a table written as plain lines ("Promotor – project
# – budget" over "Stad X – Project Y – € 254.000,00").
_DASH_SEPARATOR = re.compile(r" [–—-] ")
# A semicolon: the separator of a table exported as text ("Porteur ; Action ; Montant FAMI").
_SEMICOLON_SEPARATOR = re.compile(r"[ \t]*;[ \t]*")


def _separated_cells(
    lines: list[tuple[int, int, str]],
    cells: list[list[tuple[int, int]]],
    lang: str | None,
    separator: re.Pattern[str] = _DASH_SEPARATOR,
) -> set[int]:
    """Lines whose cells are split by dashes (or another `separator`), set in `cells`: a header
    (short cells, no figures) over two rows at least (one blank line may part them), with three
    cells each at least and as many each. A dash alone is a title's or a list item's ("Name – what
    it does"), and a bulleted or numbered line is a list's item: only the run's shape makes the
    lines a table.
    A row may hold more dashes than its header, in its widest column ("PROG-12 - Lingua Ponte -
    corsi serali - Comune di X - € 1.000" under "Codice - Titolo - Beneficiario - Importo"): its
    extra cells are that column's words (the title's, as the header's key says). A row that ends
    on a dash goes on on the next line; the lines whose row the next line ends are returned (read
    on that line, at negative offsets)."""
    split = [
        [] if cells[i] or BULLET.match(raw) else _split_cells(raw, separator) for i, (_s, _e, raw) in enumerate(lines)
    ]
    wraps = separator is _DASH_SEPARATOR
    joined: set[int] = set()
    i = 0
    while i < len(lines):
        n = len(split[i])
        header = lines[i][2]
        # (a header's cells name what the columns hold: no sum, no cell of figures; "Montant BOP 104")
        if (
            n < 3
            or any(_FIGURES_CELL.fullmatch(header[a:b]) or _MONEY_SIGN.search(header[a:b]) for a, b in split[i])
            or any(len(header[a:b].split()) > 8 for a, b in split[i])
        ):
            i += 1
            continue
        run = [i]
        j = i + 1
        if j + 1 < len(lines) and not lines[j][2].strip() and len(split[j + 1]) >= n:
            j += 1  # the header's blank line
        rows: dict[int, list[tuple[int, int]]] = {}
        wrapped: list[int] = []
        while j < len(lines):
            parts = split[j]
            raw = lines[j][2]
            if wraps and _ENDS_ON_A_DASH.search(raw) and j + 1 < len(lines) and lines[j + 1][2].strip():
                # ("PROG-7 - Titolo - descrizione -" over "Comune di X - € 402.000,00")
                shift = lines[j][0] - lines[j + 1][0]
                head = _split_cells(_ENDS_ON_A_DASH.sub("", raw), _DASH_SEPARATOR) or [(0, len(raw.rstrip(" -–—")))]
                tail = _split_cells(lines[j + 1][2], _DASH_SEPARATOR) or [(0, len(lines[j + 1][2].rstrip()))]
                parts = [(a + shift, b + shift) for a, b in head] + tail
                if len(parts) < n:
                    break
                wrapped.append(j)
                j += 1
            elif len(parts) < n:
                break
            rows[j] = parts
            run.append(j)
            j += 1
        if len(run) >= 3:
            _fold_extra_cells(lines, rows, n, _title_column(header, split[i], lang))
            for k in run:
                cells[k] = rows.get(k, split[k])
            joined.update(wrapped)
        i = j
    return joined


# A cell of figures alone, and money's signs: what a table's row holds, never its header.
_FIGURES_CELL = re.compile(r"[\d\s.,:/%()–-]+")
_MONEY_SIGN = re.compile(r"€|\bEUR\b|\d[\d .,]*\s*(?:euros?|k€)", re.I)

# A line ending on a dash after a space: its table row goes on on the next line.
_ENDS_ON_A_DASH = re.compile(r"\s+[–—-]\s*$")


def _title_column(header: str, cells: list[tuple[int, int]], lang: str | None) -> int | None:
    """The header's cell that says its column holds titles or descriptions ("Titolo", "Project")."""
    from migkg.loaders.extract.cues import cues_for

    cues = cues_for(lang)
    for k, (a, b) in enumerate(cells):
        key = header[a:b].strip().lower()
        if cues.search("project_title_keys", key) or cues.has("description_keys", key):
            return k
    return None


def _fold_extra_cells(
    lines: list[tuple[int, int, str]], rows: dict[int, list[tuple[int, int]]], n: int, title: int | None
) -> None:
    """Rows with more cells than their header's `n`, folded into `n`: the extra cells are the words
    of the `title` column, or else of the column whose cells run longest in the rows that have `n`
    (a title with a dash in it). Rows are keyed by their line; offsets may be negative (a row begun
    on the line before)."""
    if all(len(r) == n for r in rows.values()):
        return
    exact = [(k, r) for k, r in rows.items() if len(r) == n]
    if title is None and not exact:
        return

    def words(k: int, a: int, b: int) -> int:
        return len(lines[k][2][a:b].split()) if a >= 0 else 0  # (a row begun on the line before: not counted)

    widest = title if title is not None else max(range(n), key=lambda c: sum(words(k, *r[c]) for k, r in exact))
    for k, r in rows.items():
        extra = len(r) - n
        if extra > 0:
            rows[k] = [*r[:widest], (r[widest][0], r[widest + extra][1]), *r[widest + extra + 1 :]]


def _split_cells(raw: str, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    """A line's cells between the matches of `sep`, as offsets in the line (stripped of spaces)."""
    cells: list[tuple[int, int]] = []
    at = 0
    for m in [*sep.finditer(raw), None]:
        b = m.start() if m else len(raw)
        part = raw[at:b]
        lead = len(part) - len(part.lstrip())
        cells.append((at + lead, at + len(part.rstrip())))
        at = m.end() if m else b
    return cells if len(cells) >= 2 and all(a < b for a, b in cells) else []


# Three short lines without figures in a row: what a table flattened to one cell per line opens with.
_SHORT_LINES = re.compile(r"^[^\d\n]{2,60}\n[^\d\n]{2,60}\n[^\d\n]{2,60}$", re.M)
# A column's header that names a sum in euros ("AMIF-Mittel in Euro", "Importo (€)").
_IN_EUROS = re.compile(r"€|\bEUR\b|\bin euros?\b|\(euros?\)", re.I)


def _column_key(raw: str, lang: str | None) -> bool:
    """Whether a short line alone names a table's column: a record's key ("Laufzeit", "Importo",
    "Ente titolare / capofila": one of its parts), or a sum in euros ("AMIF-Mittel in Euro")."""
    line = raw.strip()
    if not line or len(line.split()) > 6 or line.endswith((".", ":")) or re.search(r"\d", line):
        return False
    return bool(_IN_EUROS.search(line)) or any(
        is_record_key(part.strip(), lang) for part in line.split("/") if part.strip()
    )


def _vertical_cells(
    lines: list[tuple[int, int, str]], cells: list[list[tuple[int, int]]], lang: str | None
) -> set[int]:
    """A table flattened to one cell per line: a header of three column keys or more, each on a
    line of its own ("Projekttitel", "Projektträger", "Laufzeit", "AMIF-Mittel in Euro"), over
    rows of as many lines each, two rows at least, in which the same two columns or more hold
    figures in every row (dates, sums). Each row, header included, is read on its last line (its
    cells on the lines before at negative offsets, set in `cells`); the other lines are returned,
    no rows of their own. The rows end at a blank line, at a line of prose, or at a row whose
    figures fall elsewhere."""
    folded: set[int] = set()
    i = 0
    while i < len(lines):
        k = 0
        while i + k < len(lines) and not cells[i + k] and _column_key(lines[i + k][2], lang):
            k += 1
        if k < 3 or (i > 0 and lines[i - 1][2].strip() and _column_key(lines[i - 1][2], lang)):
            i += max(k, 1)
            continue
        groups: list[int] = [i]  # each group's first line
        common: set[int] | None = None
        j = i + k
        while j + k <= len(lines):
            group = [lines[j + c][2] for c in range(k)]
            if any(not g.strip() or len(g.split()) > 30 or cells[j + c] for c, g in enumerate(group)):
                break
            if _column_key(group[0], lang):
                break  # (a second table's header)
            figures = {c for c, g in enumerate(group) if re.search(r"\d", g)}
            kept = figures if common is None else figures & common
            if len(kept) < 2:
                break
            common = kept
            groups.append(j)
            j += k
        if len(groups) < 3:  # the header and two rows
            i += k
            continue
        for g in groups:
            last = g + k - 1
            base = lines[last][0]
            row: list[tuple[int, int]] = []
            for c in range(k):
                start, _end, raw = lines[g + c]
                lead = len(raw) - len(raw.lstrip())
                row.append((start - base + lead, start - base + len(raw.rstrip())))
            cells[last] = row
            folded.update(range(g, last))
        i = j
    return folded


def _table_lines(lines: list[tuple[int, int, str]], lang: str | None = None) -> dict[int, list[tuple[int, int]]]:
    """The lines that are table rows, with their cells: runs of two lines or more (a Markdown
    rule between them aside) with as many cells each. A row whose first cell wraps onto two lines
    is read on its second line (its first cell's start a negative offset), its first line gets no
    cells. A header parted from its rows by one blank line is the table's all the same."""
    cells = [row_cells(raw) for _s, _e, raw in lines]
    joined = _separated_cells(lines, cells, lang)
    _separated_cells(lines, cells, lang, _SEMICOLON_SEPARATOR)
    folded = _vertical_cells(lines, cells, lang)
    out: dict[int, list[tuple[int, int]]] = {}
    run: list[int] = []

    def close() -> None:
        if len(run) >= 2:
            out.update((i, cells[i]) for i in run)
        run.clear()

    wrapped: list[int] = []
    for i, (_s, _e, raw) in enumerate(lines):
        if TABLE_RULE.match(raw) and run:
            continue
        if i in folded:
            out[i] = []  # a flattened row's line before its last: read on that one
            continue
        if i in joined and run:
            out[i] = []  # a row's first line: read on the next one
            continue
        if not raw.strip() and len(run) == 1 and i + 1 < len(lines) and len(cells[i + 1]) == len(cells[run[0]]):
            continue  # a blank line under the header
        if cells[i] and (not run or len(cells[i]) == len(cells[run[0]])):
            if wrapped and wrapped[-1] == i - 1:
                # the row's first cell opens on the line before: its start, from this line's
                start = lines[i - 1][0] + len(lines[i - 1][2]) - len(lines[i - 1][2].lstrip()) - lines[i][0]
                cells[i] = [(start, cells[i][0][1]), *cells[i][1:]]
            run.append(i)
            continue
        nxt = lines[i + 1][2] if i + 1 < len(lines) else ""
        nxt_cells = cells[i + 1] if i + 1 < len(lines) else []
        if (
            run
            and len(cells[i]) >= 2
            and nxt_cells
            and len(cells[i]) + len(nxt_cells) - 1 == len(cells[run[0]])
            and nxt.lstrip()[:1].islower()
        ):
            # "2 | Cooperativa X | "Lavoro in rete" - tirocini per donne" over "migranti | 84,00 |
            # € 79.950,00": a row whose middle cell wraps onto the next line; read on that line, its
            # cells before the wrap at negative offsets
            shift = lines[i][0] - lines[i + 1][0]
            before = [(a + shift, b + shift) for a, b in cells[i]]
            cells[i + 1] = [*before[:-1], (before[-1][0], nxt_cells[0][1]), *nxt_cells[1:]]
            out[i] = []
            continue
        if len(run) >= 2 and _continues_aligned_cells(raw, lines[run[0]][2], cells[run[0]]):
            # "politisch Verfolgte e. V.        Kinder und Jugendlicher" under a row of a table whose
            # columns are aligned with spaces: the row's cells go on (their first lines are read)
            out[i] = []
            continue
        if run and raw.strip() and len(nxt_cells) == len(cells[run[0]]) and nxt.lstrip()[:1].islower():
            # "Ressources – soutien psychologique" over "et psychosocial aux DPI ...<tab>Ligue ...":
            # a row's first cell wrapped onto two lines; the line is no row of its own
            wrapped.append(i)
            out[i] = []
            continue
        close()
        if cells[i]:
            run.append(i)
    close()
    return out


def _continues_aligned_cells(raw: str, header: str, columns: list[tuple[int, int]]) -> bool:
    """Whether a line goes on with the cells of the row above, in a table whose columns are
    aligned with spaces: fewer parts than the header, each starting where a column starts."""
    if not raw.strip() or "\t" in header or "|" in header or len(columns) < 3:
        return False
    parts = [m.start() for m in re.finditer(r"\S+(?:\s{1,2}\S+)*", raw)]
    starts = [a for a, _b in columns]
    return 0 < len(parts) < len(columns) and all(any(abs(p - a) <= 2 for a in starts) for p in parts)


_ENDS_ON_A_SUM = re.compile(r"\d[\d .,\u00a0\u202f]*\s*(?:€|EUR|[Ee]uros?|k€)\s*$|(?:€|EUR)\s*\d[\d .,\u00a0]*\s*$")
# An abbreviation of two letters or more with their dots at a line's end: "e.V.", "e. V.", "S.p.A.".
_LEGAL_FORM_END = re.compile(r"(?<!\w)(?:[^\W\d_]{1,2}\.\s?){2,}$")
# A sum under its key inside a line: "2017-2019 – budget : 86.400 € (FAMI : 64.800 €)" states facts.
_KEYED_SUM = re.compile(r"\w\s?:\s*(?:€|EUR)?\s*\d[\d .,\u00a0\u202f]*\s*(?:€|EUR\b|[Ee]uros?\b)")
# A share's key: "Quota nazionale (50%): a carico del Fondo di rotazione ..."
KEYED_SHARE = re.compile(r"\(\s*\d{1,3}(?:[.,]\d+)?\s*%\s*\)\s*:\s")


_HEADING_MARKS = frozenset({"»", "›", "►", "▶", "▸", "■", "▪︎", "◆", "→"})


def _marked_heading(lines: list[tuple[int, int, str]], i: int, mark: str) -> bool:
    """Whether a line set with a heading's mark ("▸", "►") stands as a heading: alone between blank
    lines, a few capitalised words without a full stop, over a paragraph of prose (not another
    marked line: a list)."""
    raw = lines[i][2].strip()
    words = raw[len(mark) :].split()
    if mark not in _HEADING_MARKS or not 1 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    if raw.endswith((".", ",", ";", ":")):
        return False
    before = lines[i - 1][2].strip() if i > 0 else ""
    after = lines[i + 1][2].strip() if i + 1 < len(lines) else ""
    if before or after:
        return False
    nxt = next((lines[k][2].strip() for k in range(i + 2, len(lines)) if lines[k][2].strip()), "")
    return len(nxt.split()) >= 8 and not nxt.startswith(mark)


_LETTERED = re.compile(r"[ \t]*(?:\(([a-h])\)|([a-h])[).])[ \t]+")
_ANY_LETTERED = re.compile(r"^[ \t]*(?:\([a-h]\)|[a-h][).])[ \t]", re.M)


def _lettered_headings(lines: list[tuple[int, int, str]]) -> set[int]:
    """The lines lettered "(a)" or "a)" that head a section of their own: a few capitalised words
    without a stop after a blank line, a paragraph of prose right under it, and another letter of
    the same run laid out the same way ("(a) Local Authority Integration Team" over "The Council
    established ...", then "(b) Communities Integration Fund" over its prose). A run of lettered
    lines over record lines ("a) „Projekt X“" over "Träger: ...") or one lettered sentence each
    stays a list."""

    def shaped(k: int) -> bool:
        m = _LETTERED.match(lines[k][2])
        if not m:
            return False
        words = lines[k][2][m.end() :].split()
        if not 1 <= len(words) <= 8 or not words[0][:1].isupper() or words[-1].endswith((".", ",", ";", ":")):
            return False
        if k > 0 and lines[k - 1][2].strip():
            return False
        below = lines[k + 1][2].strip() if k + 1 < len(lines) else ""
        return len(below.split()) >= 8 and below.endswith((".", ":")) and not KEY_VALUE.match(below)

    heads = {k for k in range(len(lines)) if shaped(k)}
    return heads if len(heads) >= 2 else set()


def is_lettered(text: str, pos: int) -> bool:
    """Whether the line holding `pos` opens with a letter in brackets ("(a) ", "b) ")."""
    return _LETTERED.match(text, line_start(text, pos)) is not None


def _is_heading(line: str, next_line: str | None) -> bool:
    words = line.split()
    if not words or len(words) > 14 or len(line) > 120:
        return False
    ends = line.rstrip()
    # (a name's legal form ends a heading, not a full stop: "CARITASVERBAND X E.V.")
    if ends.endswith((".", ",", ";", "!", "?", ":")) and not ends.endswith("...") and not _LEGAL_FORM_END.search(ends):
        return False
    if DATE_LINE.match(line) or _YEAR_LINE.match(line) or _ENDS_ON_A_SUM.search(line) or _KEYED_SUM.search(line):
        return False  # (a payer's line of a breakdown: "Fondation de France (appel X) : 25 000 €")
    if KEYED_SHARE.search(line):
        return False  # (or of its share: "Quota nazionale (50%): a carico del Fondo di rotazione")
    if _DATE_AND_TIME.match(line.strip()) or (next_line is not None and _DATE_AND_TIME.match(next_line.strip())):
        return False
    if BYLINE.fullmatch(line.strip()):
        return False  # "Par la rédaction", "Von Katrin Böhme": who wrote it
    # ("» Boussole – accompagner ...", "► Projets en cours": a marker some sites set before their headings)
    # (an arrow marks a link, "→ Scopri di più", unless a quoted name follows it: "→ « Permis
    # solidaire » - mobilité des réfugiés")
    marked = (
        words[0] in _HEADING_MARKS
        and len(words) > 1
        and (words[1][:1] in '«“„"' or (words[1][:1].isupper() and words[0] != "→"))
    )
    if marked and next_line is not None and next_line.split()[:1] == words[:1]:
        return False  # "› Story one" over "› Story two": a list of links, no heading
    if not (words[0][:1].isupper() or words[0][:1].isdigit() or words[0][:1] in "«\"“'‘„‚" or marked):
        return False
    if words[0][:1] in "„‚" and line.rstrip()[-1:] in '“”"‘’':
        return False  # „Die Frauen bringen enorm viel mit“: a quotation set between paragraphs, no heading
    return next_line is not None


_RECORD_KEYS = (
    "implementer_keys",
    "fund_keys",
    "start_keys",
    "end_keys",
    "project_title_keys",
    "code_keys",
    "duration_keys",
    "budget_keys",
)


def _record_tables(
    lines: list[tuple[int, int, str]], table_rows: dict[int, list[tuple[int, int]]], lang: str | None
) -> set[int]:
    """The rows of two-column tables that are a project's record ("Titolo | PONTI ...", "Codice |
    PROG-2871", "Durata | dal 1° marzo 2023 ..."): two first cells at least a key of the pattern
    files' lists (not only a sum's name, as in a breakdown of the money), and most first cells a
    record's key or three of them from the lists ("CUP", "Destinatari" are keys of no list)."""
    from migkg.loaders.extract.cues import cues_for

    cues = cues_for(lang)
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        # (a key's colon is no part of it: "Projekttitel:<tab>NEXT STEP")
        keys = [lines[i][2][slice(*table_rows[i][0])].strip().rstrip(" :") for i in run]
        listed = sum(any(cues.has(k, key.lower()) for k in _RECORD_KEYS) for key in keys)
        record = sum(is_record_key(k, lang) for k in keys)
        if len(run) >= 3 and listed >= 2 and (2 * record >= len(run) or listed >= 3):
            out.update(run)
        run.clear()

    for i in sorted(table_rows):
        if len(table_rows[i]) != 2 or (run and i != run[-1] + 1):
            close()
        if len(table_rows[i]) == 2:
            run.append(i)
    close()
    return out


def is_record_key(key: str, lang: str | None) -> bool:
    """Whether a bulleted "Key: value" line is a record's line (its key one of the pattern files'
    record keys), not a list item naming something ("• The X project: it aims to ...")."""
    from migkg.loaders.extract.amounts import find_money_roles
    from migkg.loaders.extract.cues import cues_for

    cues = cues_for(lang)
    if any(cues.has(k, key.lower()) for k in _RECORD_KEYS):
        return True
    return bool(find_money_roles(f"{BRACKETED.sub('', key)}: 1 000 EUR", lang))


def _value_under_key(units: list[Unit], line: str, lang: str | None) -> bool:
    """Whether `line` is the value of the heading right above it, a record's key on a line of its own."""
    if not units or units[-1].kind != "heading" or len(line.split()) > 12 or line.endswith((".", ":")):
        return False
    return is_record_key(units[-1].text.strip(), lang)


def _is_question_key(key: str, lang: str | None) -> bool:
    """Whether words before a question mark are a record's key ("Où", "Pour qui", "Wann")."""
    from migkg.loaders.extract.cues import cues_for

    return cues_for(lang).has("question_keys", key.strip().lower())


def _sentence_with_colon(kv: re.Match[str], lang: str | None) -> bool:
    """Whether a "Key: value" line is prose that uses a colon: its key opens with an article, as a
    sentence's subject does, and its value goes on for more sentences ("De bus kost geld: chauffeur,
    brandstof, docenten. Over drie jaar gerekend gaat het om ..."); no record's line."""
    from migkg.loaders.extract.cues import cues_for

    key, value = kv.group(1).strip(), kv.group(2).strip()
    words = key.split()
    if not words or not cues_for(lang).has("determiners", words[0].lower()) or is_record_key(key, lang):
        return False
    return re.search(r"[.!?]\s+[A-ZÀ-Þ]", value) is not None


def _titled_section(kv: re.Match[str], prose_before: bool, next_line: str | None, lang: str | None) -> bool:
    """Whether a "Name: what it is" line heads the paragraph under it ("VeerKracht: geestelijke
    gezondheid van kinderen en jongeren" between paragraphs of prose): a name, a short lower-case
    subtitle without a full stop, then a long line; not a record's line ("Doelgroep: ..." under a
    project's name)."""
    key, value = kv.group(1).strip(), kv.group(2).strip()
    # (German writes its nouns in capitals: "Jobcenter: Sprache und Beruf zusammen denken")
    subtitle = value[:1].islower() or (lang == "de" and value[:1].isupper())
    if not prose_before or not key[:1].isupper() or len(key.split()) > 3 or not subtitle:
        return False
    if len(value.split()) > 8 or value.endswith((".", ";", ",", ":", "!", "?")) or is_record_key(key, lang):
        return False
    return next_line is not None and len(next_line.split()) >= 20


_YEAR_STOP = re.compile(r"(?<![\d,/-])(?:19|20)\d\d\.[ \t]+(?=[A-ZÄÖÜÀ-Þ])")


def layout(text: str, lang: str | None) -> tuple[Layout, object]:
    """Split `text` into units; also return the spaCy Doc of the whole text (for name matching)."""
    nlp = sentencizer(lang or "xx")
    doc = nlp(text)
    out = Layout(text=text)
    # Lines with offsets.
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    paragraph = 0
    section = -1
    prev_blank = True
    nonblank = [i for i, (_, _, t) in enumerate(lines) if t.strip()]
    next_nonblank = dict(zip(nonblank, [*nonblank[1:], None], strict=False))
    # (an opening quote that only opens, left to the sentence before by the parser, opens the
    # sentence it stands before: 'bekommt. „Ankommen im Job“ begleitet')
    sentence_starts = [
        x - 1 if x >= 2 and text[x - 1] in "„«‚" and text[x - 2].isspace() else x
        for x in (s.start_char for s in doc.sents)
        # (not right after a stop glued to the word before: "„Frauen.Stärken.Arbeit“", "www.x.de")
        if not (x >= 2 and text[x - 1] in ".!?" and text[x - 2].isalpha() and text[x].isalpha())
    ]
    # A year ends a sentence before a capital ("läuft von 2021 bis 2027. Projektträger müssen"):
    # German's tokenizer keeps "2027." whole, as it would an ordinal ("1. Mai").
    after_years = [m.end() for m in _YEAR_STOP.finditer(text)]
    if after_years:
        sentence_starts = sorted({*sentence_starts, *after_years})
    tabled = (
        "\t" in text
        or "|" in text
        or "   " in text
        or _DASH_SEPARATOR.search(text)
        or " ; " in text
        or _SHORT_LINES.search(text)  # (a table flattened to one cell per line)
    )
    table_rows = _table_lines(lines, lang) if tabled else {}
    record_rows = _record_tables(lines, table_rows, lang) if table_rows else set()
    lettered_heads = _lettered_headings(lines) if _ANY_LETTERED.search(text) else set()
    for i, (start, _end, raw) in enumerate(lines):
        line = raw.strip()
        if not line or (TABLE_RULE.match(raw) and table_rows.get(i - 1)):
            prev_blank = prev_blank or not line
            continue
        if prev_blank:
            paragraph += 1
        prev_blank = False
        lead = len(raw) - len(raw.lstrip())
        s, e = start + lead, start + len(raw.rstrip())
        nxt = next_nonblank.get(i)
        nxt_line = lines[nxt][2] if nxt is not None else None
        # (a paragraph's last sentence may end in a quotation: "... darum kümmern.“")
        prose_before = (
            bool(out.units)
            and out.units[-1].kind == "sentence"
            and out.units[-1].text.rstrip("\"“”»«'’ ").endswith((".", "!", "?"))
        )
        if i in record_rows:
            # "Durata<tab>dal 1° marzo 2023 al 31 dicembre 2025": a record's line set as a table row
            (ka, kb), (va, vb) = [(start + a, start + b) for a, b in table_rows[i]]
            key = text[ka:kb].strip().rstrip(" :")
            out.units.append(Unit("kv", va, vb, text[va:vb], paragraph, section, key=key, value_start=ka))
            continue
        if i in table_rows:
            if not table_rows[i]:
                continue  # the first line of a wrapped row, read with its next line
            cells = [(start + a, start + b) for a, b in table_rows[i]]
            s = min(s, cells[0][0])
            out.units.append(Unit("row", s, e, text[s:e], paragraph, section, cells=cells))
            continue
        bullet = BULLET.match(raw)
        kv = KEY_VALUE.match(raw)
        item_kv = KEY_VALUE.match(raw[bullet.end() :]) if bullet else None
        if item_kv and is_record_key(item_kv.group(1), lang):
            # "• Projektlaufzeit: 01.06.2024 - 31.05.2027": a record line set as a bullet.
            ks = start + bullet.end()
            vs = ks + item_kv.start(2)
            key = item_kv.group(1).strip()
            out.units.append(Unit("kv", vs, e, text[vs:e], paragraph, section, key=key, value_start=ks))
        elif bullet and (_marked_heading(lines, i, bullet.group(0).strip()) or i in lettered_heads):
            # "▸ Tremplin Langues & Emploi" alone between blank lines, prose under it; "(a) X" over
            # its prose beside "(b) Y" over its own: a heading
            s2 = start + bullet.end()
            out.units.append(Unit("heading", s2, e, text[s2:e], paragraph, section))
            section = len(out.units) - 1
            paragraph += 1
        elif bullet:
            s2 = start + bullet.end()
            out.units.append(Unit("item", s2, e, text[s2:e], paragraph, section))
        elif (question := QUESTION_KEY.match(raw)) and _is_question_key(question.group(1), lang):
            vs = start + question.start(2)
            key = question.group(1).strip()
            out.units.append(Unit("kv", vs, e, text[vs:e], paragraph, section, key=key, value_start=s))
        elif (
            kv
            and len(kv.group(1).split()) <= 5
            and not _titled_section(kv, prose_before, nxt_line, lang)
            and not _sentence_with_colon(kv, lang)
        ):
            vs = start + kv.start(2)
            out.units.append(Unit("kv", vs, e, text[vs:e], paragraph, section, key=kv.group(1).strip(), value_start=s))
        elif _value_under_key(out.units, line, lang):
            # "Looptijd" on a line of its own over "1 september 2023 tot en met 31 augustus 2026": the
            # heading is the key of the line under it
            key = out.units[-1]
            value = Unit("kv", s, e, text[s:e], paragraph, section, key=key.text.strip(), value_start=key.start)
            out.units.append(value)
        elif _is_heading(line, lines[nxt][2] if nxt is not None else None):
            out.units.append(Unit("heading", s, e, text[s:e], paragraph, section))
            section = len(out.units) - 1
            paragraph += 1  # a heading stands alone
            prev_blank = True
        else:
            # Running text: the sentences that start within this line.
            # (no sentence opens in lower case: "Saveurs & Mots et En selle ! sont portés par ...")
            starts = [x for x in sentence_starts if s <= x < e and (x == s or not text[x].islower())]
            if not starts or starts[0] != s:
                starts = [s, *starts]
            bounds = [*starts[1:], e]
            for a, b in zip(starts, bounds, strict=True):
                seg = text[a:b].rstrip()
                if seg.strip():
                    out.units.append(Unit("sentence", a, a + len(seg), seg, paragraph, section))
    return out, doc
