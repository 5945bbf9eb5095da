"""Lists of operations: the tables managing authorities publish under Regulation (EU) 2021/1060,
Article 49(3) (AMIF, ISF and BMVI follow it too; the 2014-2020 lists under Regulation 1303/2013,
Article 115 are alike), as CSV (any delimiter and encoding) or XLSX.

Columns are found by their headers, in English, French, Dutch, German or Italian
(`patterns/operations.toml`), or named by the user (`columns` option, `migkg load --columns`). Every
row becomes a project with its fund, beneficiary, years, amounts, goal and place, resolved to the same
nodes the article extractor uses: reference organisations, funds, goals and places by their names,
other organisations by the key the extractor mints (`organisation_key`), so an organisation named in
an article and in a list is one node. Every fact has an `mkg:Evidence` node whose sentence is the row
and whose `mkg:sourceLine` is its line in the file.

A value that cannot be read (a date that is not a date, an amount that is not a number) stops the
file with an `InputError` naming file and line, unless `skip_bad_rows` is set: then each bad row is
reported as an `InputWarning` and the others load.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import re
import tomllib
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, ClassVar

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from migkg.errors import InputError, InputWarning, MigkgError
from migkg.loaders.base import Input, Source, SourceMetadata
from migkg.loaders.decode import decode_text
from migkg.loaders.document import Document
from migkg.ontology import closure, iris
from migkg.ontology.vocab import EU_COUNTRY, MKG

PATTERNS_FILE = Path(__file__).resolve().parent / "patterns" / "operations.toml"
FIELDS = (
    "beneficiary_name",
    "beneficiary_id",
    "operation_name",
    "operation_id",
    "purpose",
    "start_date",
    "end_date",
    "total_cost",
    "eu_contribution",
    "fund",
    "specific_objective",
    "cofinancing_rate",
    "location",
    "country",
    "intervention_type",
    "currency",
)
LANGUAGES = ("en", "fr", "nl", "de", "it")
HEADER_SCAN_ROWS = 30  # lists often open with a title block above the header row
MIN_HEADER_FIELDS = 3
LOADER_VERSION = "0.1.0"
CONFIDENCE = Decimal("1.0")  # an official list states it: no reading is involved


# -- the data file --------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Patterns:
    headers: dict[str, dict[str, list[str]]]  # field -> language -> folded phrases
    objective_codes: dict[str, dict[str, str]]  # fund code -> objective key -> goal notation
    objective_prefixes: tuple[str, ...]


@cache
def patterns() -> _Patterns:
    raw = tomllib.loads(PATTERNS_FILE.read_text(encoding="utf-8"))
    headers = {
        f: {lang: [iris.fold(p) for p in phrases] for lang, phrases in langs.items()}
        for f, langs in raw["headers"].items()
    }
    prefixes = sorted((iris.fold(w) for w in raw["objective_prefixes"]["words"]), key=len, reverse=True)
    return _Patterns(headers, raw["objective_codes"], tuple(prefixes))


# -- options ----------------------------------------------------------------------------------------


def parse_columns(text: str | None) -> dict[str, str]:
    """`field=Header,field=Header` as a mapping; `MigkgError` for an unknown field or a malformed pair."""
    if not text:
        return {}
    out: dict[str, str] = {}
    for part in text.split(","):
        if not part.strip():
            continue
        name, sep, header = part.partition("=")
        name = name.strip().replace("-", "_")
        if not sep or not header.strip():
            raise MigkgError(f"--columns: {part.strip()!r} is not FIELD=Header")
        if name not in FIELDS:
            raise MigkgError(f"--columns: unknown field {name!r} (fields: {', '.join(FIELDS)})")
        out[name] = header.strip()
    return out


# -- columns --------------------------------------------------------------------------------------


@dataclass
class Columns:
    """Which column holds which field, and the language the headers are in."""

    index: dict[str, int]
    lang: str
    headers: list[str]


def match_headers(cells: list[str], given: Mapping[str, str] | None = None) -> Columns:
    """The fields of a header row. A user-given header wins; else the phrase of the data file that
    the folded header equals (best) or starts with (next), the longest phrase first."""
    folded = [iris.fold(c) for c in cells]
    index: dict[str, int] = {}
    taken: set[int] = set()
    for name, header in (given or {}).items():
        key = iris.fold(header)
        if key in folded:
            index[name] = folded.index(key)
            taken.add(index[name])
    candidates: list[tuple[int, int, str, int, str]] = []  # (exact, phrase length, field, column, lang)
    for name, langs in patterns().headers.items():
        if name in index:
            continue
        for lang, phrases in langs.items():
            for phrase in phrases:
                for col, h in enumerate(folded):
                    if h == phrase:
                        candidates.append((1, len(phrase), name, col, lang))
                    elif h.startswith(phrase + " "):
                        candidates.append((0, len(phrase), name, col, lang))
    votes = dict.fromkeys(LANGUAGES, 0)
    for _exact, _length, name, col, lang in sorted(candidates, key=lambda c: (-c[0], -c[1], c[3])):
        if name in index or col in taken:
            if index.get(name) == col:
                votes[lang] += 1
            continue
        index[name] = col
        taken.add(col)
        votes[lang] += 1
    lang = max(LANGUAGES, key=lambda x: votes[x])  # ties: the first in LANGUAGES
    return Columns(index, lang, list(cells))


# -- reading tables -------------------------------------------------------------------------------


@dataclass
class Row:
    line: int  # 1-based line (CSV: the record's first physical line; XLSX: the sheet row)
    cells: list[Any]


def csv_dialects(text: str) -> list[Any]:
    """The dialects to try, best guess first: csv.Sniffer's on the sample (from the first line that
    holds a delimiter, as lists often open with a title line), then each common delimiter."""
    lines = text[:65536].split("\n")
    start = next((i for i, line in enumerate(lines) if any(d in line for d in ",;\t|")), 0)
    sample = "\n".join(lines[start:])
    found: list[Any] = []
    with contextlib.suppress(csv.Error):  # one column, or too little to tell: the candidates below
        found.append(csv.Sniffer().sniff(sample, delimiters=",;\t|"))
    for delimiter in ";,\t|":
        found.append(type("dialect", (csv.excel,), {"delimiter": delimiter}))
    return found


def csv_rows(text: str, dialect: Any = csv.excel) -> Iterator[Row]:
    """The records of a CSV text, each with the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    previous_end = 0
    for cells in reader:
        start = previous_end + 1
        previous_end = reader.line_num
        yield Row(start, cells)


def xlsx_rows(data: bytes, name: str) -> Iterator[Row]:
    """The rows of the first worksheet of an XLSX workbook, values as openpyxl reads them."""
    import openpyxl  # imported on first use: only lists need it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # a zip that is not a workbook, or a damaged one: say so, in one line
        raise InputError(name, f"not a readable XLSX workbook ({type(exc).__name__}: {exc})") from None
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield Row(number, list(values))
    finally:
        book.close()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


# -- values ---------------------------------------------------------------------------------------


class BadValueError(ValueError):
    """A cell that cannot be read as its field says."""


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d/%m/%y", "%d.%m.%y", "%Y%m%d")
_DATETIME_TAIL = re.compile(r"[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")


def parse_date(value: Any, header: str) -> dt.date | None:
    """A date as lists write it (ISO, day first with / . or -, an XLSX date); a bare year is the
    year's first day. None for an empty cell; `BadValueError` for anything else."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    if not text:
        return None
    if re.fullmatch(r"(19|20)\d\d", text):
        return dt.date(int(text), 1, 1)
    text = _DATETIME_TAIL.sub("", text)
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise BadValueError(f"{header} {_text(value)!r} is not a date")


_CURRENCY_WORDS = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "$": "USD", "£": "GBP", "chf": "CHF"}
_CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")


def parse_amount(value: Any, header: str, lang: str | None) -> tuple[Decimal, str | None] | None:
    """An amount and the currency written with it (None when none is): "1.234.567,89 €",
    "EUR 1,234,567.89", "1 234 567", an XLSX number. None for an empty cell, `BadValueError` otherwise."""
    from migkg.loaders.extract.amounts import parse_number  # the extractor's reading of every notation

    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise BadValueError(f"{header} {value!r} is not an amount")
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value)), None
    text = _text(value)
    if not text or text in {"-", "–"}:
        return None
    currency = None
    m = re.match(r"^(€|\$|£|[A-Za-z]{3,5})\s*(.*)$", text) or re.match(r"^(.*?)\s*(€|\$|£|[A-Za-z]{3,5})$", text)
    if m:
        sym, rest = (m.group(1), m.group(2)) if not m.group(1)[:1].isdigit() else (m.group(2), m.group(1))
        code = _CURRENCY_WORDS.get(sym.lower()) or (sym.upper() if _CURRENCY_CODE.match(sym.upper()) else None)
        if code is None:
            raise BadValueError(f"{header} {text!r} is not an amount")
        currency, text = code, rest.strip()
    negative = text.startswith("-")
    number = parse_number(text.lstrip("-").strip(), lang)
    if number is None:
        # A plain decimal with more places than the extractor's notations allow ("1234.5678").
        try:
            number = Decimal(text.lstrip("-"))
        except InvalidOperation:
            raise BadValueError(f"{header} {_text(value)!r} is not an amount") from None
        if not number.is_finite():
            raise BadValueError(f"{header} {_text(value)!r} is not an amount")
    if negative:
        raise BadValueError(f"{header} {_text(value)!r} is a negative amount")
    return number, currency


def parse_rate(value: Any, header: str, lang: str | None) -> Decimal | None:
    """A co-financing rate as a fraction of one: "75%", "75", "75,5 %", "0.75", an XLSX number."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
        percent = number > 1
    else:
        text = _text(value)
        if not text:
            return None
        percent = text.endswith("%")
        parsed = parse_amount(text.rstrip("%").strip(), header, lang)
        if parsed is None or parsed[1] is not None:
            raise BadValueError(f"{header} {text!r} is not a rate")
        number = parsed[0]
        percent = percent or number > 1
    fraction = number / 100 if percent else number
    if not 0 <= fraction <= 1:
        raise BadValueError(f"{header} {_text(value)!r} is not a rate between 0 and 100%")
    return fraction.normalize() if fraction != 0 else Decimal(0)


# -- names ----------------------------------------------------------------------------------------


@dataclass
class _Names:
    """The reference data's names by their folded form, per kind (org, fund, place, goal)."""

    by_kind: dict[str, dict[str, str]]
    fund_codes: dict[str, str]  # fund IRI -> code

    @staticmethod
    def of(index: Any) -> _Names:
        """The names of a NameIndex (the one the extractor uses), built once per index."""
        cached = _NAMES_CACHE.get(id(index))
        if cached is None or cached[0] is not index:
            cached = (index, _Names.build(index))
            _NAMES_CACHE.clear()
            _NAMES_CACHE[id(index)] = cached
        return cached[1]

    @classmethod
    def build(cls, index: Any) -> _Names:
        by_kind: dict[str, dict[str, str]] = {"org": {}, "fund": {}, "place": {}, "goal": {}, "national": {}}
        codes: dict[str, str] = {}
        for ent in index.entities.values():
            table = by_kind.setdefault(ent.kind, {})
            for name in (*ent.names, *ent.labels.values()):
                table.setdefault(iris.fold(name), ent.iri)
            for acronym in ent.acronyms:
                table.setdefault(iris.fold(acronym), ent.iri)
            if ent.code:
                codes[ent.iri] = ent.code
        return cls(by_kind, codes)

    def find(self, kind: str, name: str) -> str | None:
        return self.by_kind.get(kind, {}).get(iris.fold(name))


_NAMES_CACHE: dict[int, tuple[Any, _Names]] = {}

# -- N-Triples, written directly -------------------------------------------------------------------
# A list of 100,000 rows is some 14 million triples: building rdflib terms for them and converting
# those to Oxigraph's was most of this loader's time. Rows are written as N-Triples text instead,
# which the store's bulk path parses in Oxigraph; terms are the same as rdflib's would be (a decimal's
# lexical form is rdflib's `f"{value:f}"`, an integer's its digits). `test_operations_loader` compares
# a list's graph with the one written from rdflib terms.


def _iri(value: str) -> str:
    return f"<{value}>"


def _string(value: str) -> str:
    """A plain literal (xsd:string)."""
    if '"' in value or "\\" in value or "\n" in value or "\r" in value:
        value = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{value}"'


_XSD_DECIMAL, _XSD_INTEGER = _iri(str(XSD.decimal)), _iri(str(XSD.integer))


def _decimal(value: Decimal) -> tuple[str, str]:
    """An xsd:decimal literal and its lexical form."""
    lexical = f"{value:f}"
    return f'"{lexical}"^^{_XSD_DECIMAL}', lexical


def _term(term: Node) -> str:
    """An rdflib term (the few made by shared code: periods, currencies) in N-Triples."""
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, Literal):
        if term.language:
            return f"{_string(str(term))}@{term.language}"
        if term.datatype and term.datatype != XSD.string:
            return f"{_string(str(term))}^^{_iri(str(term.datatype))}"
        return _string(str(term))
    raise TypeError(f"cannot write {term!r} in a list's facts")


_TYPE, _LABEL, _PREF_LABEL = _iri(str(RDF.type)), _iri(str(RDFS.label)), _iri(str(SKOS.prefLabel))
_R_SUBJECT, _R_PREDICATE, _R_OBJECT = _iri(str(RDF.subject)), _iri(str(RDF.predicate)), _iri(str(RDF.object))
_IDENTIFIER, _DESCRIPTION, _SUBJECT = (
    _iri(str(DCTERMS.identifier)),
    _iri(str(DCTERMS.description)),
    _iri(str(DCTERMS.subject)),
)
_M = {
    name: _iri(str(MKG[name]))
    for name in [
        "Evidence",
        "evidenceOf",
        "sentence",
        "sourceLine",
        "confidence",
        "extractorVersion",
        "derivedFrom",
        "Project",
        "projectCode",
        "Fund",
        "fundedBy",
        "implementedBy",
        "period",
        "pursuesGoal",
        "locatedIn",
        "totalCost",
        "euContribution",
        "cofinancingRate",
        "MonetaryAmount",
        "amount",
        "currency",
        "Grant",
        "grantFunder",
        "grantFor",
        "grant",
    ]
}
_M_IRI = {name: str(MKG[name]) for name in _M}


# -- rows to facts --------------------------------------------------------------------------------


@dataclass
class Operation:
    """One row, read."""

    line: int
    text: str  # the row as "Header: value; ..." (the evidence sentence)
    name: str
    code: str | None = None
    beneficiary: str | None = None
    beneficiary_id: str | None = None
    purpose: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    total: tuple[Decimal, str | None] | None = None
    eu: tuple[Decimal, str | None] | None = None
    currency: str | None = None
    fund: str | None = None
    objective: str | None = None
    rate: Decimal | None = None
    location: str | None = None
    country: str | None = None
    intervention: str | None = None


def read_operation(row: Row, cols: Columns) -> Operation | None:
    """A row as an Operation; None for a blank row; `BadValueError` for a value that cannot be read."""

    def cell(name: str) -> Any:
        i = cols.index.get(name)
        return row.cells[i] if i is not None and i < len(row.cells) else None

    if not any(_text(c) for c in row.cells):
        return None
    header = {f: cols.headers[i] for f, i in cols.index.items()}
    name = _text(cell("operation_name"))
    if not name:
        raise BadValueError(f"no operation name ({header['operation_name']!r} is empty)")
    shown = [f"{cols.headers[i]}: {_text(row.cells[i])}" for i in sorted(cols.index.values()) if i < len(row.cells)]
    op = Operation(line=row.line, text="; ".join(s for s in shown if not s.endswith(": ")), name=name)
    for attr, f in (
        ("code", "operation_id"),
        ("beneficiary", "beneficiary_name"),
        ("beneficiary_id", "beneficiary_id"),
        ("purpose", "purpose"),
        ("fund", "fund"),
        ("objective", "specific_objective"),
        ("location", "location"),
        ("country", "country"),
        ("intervention", "intervention_type"),
        ("currency", "currency"),
    ):
        setattr(op, attr, _text(cell(f)) or None)
    op.start = parse_date(cell("start_date"), header.get("start_date", "start date"))
    op.end = parse_date(cell("end_date"), header.get("end_date", "end date"))
    if op.start and op.end and op.end < op.start:
        raise BadValueError(
            f"{header['end_date']} {op.end.isoformat()} is before {header['start_date']} {op.start.isoformat()}"
        )
    op.total = parse_amount(cell("total_cost"), header.get("total_cost", "total cost"), cols.lang)
    op.eu = parse_amount(cell("eu_contribution"), header.get("eu_contribution", "EU contribution"), cols.lang)
    op.rate = parse_rate(cell("cofinancing_rate"), header.get("cofinancing_rate", "rate"), cols.lang)
    if op.currency and not _CURRENCY_CODE.match(op.currency.upper()):
        raise BadValueError(f"{header['currency']} {op.currency!r} is not a currency code")
    return op


class RowWriter:
    """The facts of a list's rows, in the shapes the article extractor writes (`extract.facts`):
    projects, grants, monetary amounts, periods and organisations, each fact with an evidence node
    that names the row (its text and `mkg:sourceLine`). Written as N-Triples statements (`lines`)."""

    def __init__(self, source: URIRef, lang: str, loader_version: str) -> None:
        from migkg.loaders.extract.cues import MemoCues, cues_for
        from migkg.loaders.extract.facts import FactWriter
        from migkg.loaders.extract.names import NameIndex

        self.source = source
        self.lang = lang
        self.version = loader_version
        self.names = _Names.of(NameIndex.active())
        self.cues = MemoCues(cues_for(lang))
        # The extractor's writer, for its periods (OWL-Time instants and all), written once each.
        self.w = FactWriter(Document(text="", name="", raw=b""), source, lang)
        self.lines: list[str] = []
        self.seen_orgs: set[str] = set()
        self.source_text = str(source)
        self.source_term = _iri(self.source_text)
        self.confidence = _decimal(CONFIDENCE)[0]
        self.version_literal = _string(loader_version)
        self.line = ""  # the row's line number and text: the evidence of every fact of the row
        self.line_term = ""
        self.text_term = ""
        self._goals: dict[tuple[str, str | None], str | None] = {}
        self._periods: dict[tuple[int | None, int | None], str] = {}
        self._types: dict[URIRef, list[str]] = {}
        self._currencies: dict[str, str] = {}
        self.op: Operation | None = None

    def add(self, s: str, p: str, o: str) -> None:
        """A statement of N-Triples terms."""
        self.lines.append(f"{s} {p} {o} .\n")

    def fact(self, s: str, p: str, o: str, o_text: str) -> None:
        """A triple and its evidence: the row's text and line. `s` and `p` are IRIs, `o` a term
        in N-Triples and `o_text` its IRI or lexical form (what the evidence node's IRI hashes)."""
        s_term, p_term = _iri(s), _iri(p)
        node = _iri(iris.hashed_iri("evidence", self.source_text, self.line, s, p, o_text))
        m = _M
        self.lines.extend(
            (
                f"{s_term} {p_term} {o} .\n",
                f"{node} {_TYPE} {m['Evidence']} .\n",
                f"{node} {_R_SUBJECT} {s_term} .\n",
                f"{node} {_R_PREDICATE} {p_term} .\n",
                f"{node} {_R_OBJECT} {o} .\n",
                f"{node} {m['evidenceOf']} {s_term} .\n",
                f"{node} {m['sentence']} {self.text_term} .\n",
                f"{node} {m['sourceLine']} {self.line_term} .\n",
                f"{node} {m['confidence']} {self.confidence} .\n",
                f"{node} {m['extractorVersion']} {self.version_literal} .\n",
                f"{node} {m['derivedFrom']} {self.source_term} .\n",
            )
        )

    def link(self, s: str, p: str, o: str) -> None:
        """A fact whose object is a node."""
        self.fact(s, p, _iri(o), o)

    # -- resolution ---------------------------------------------------------------------------

    def _types_of(self, cls: URIRef) -> list[str]:
        if cls not in self._types:
            self._types[cls] = [_iri(str(c)) for c in closure.types_of(cls)]
        return self._types[cls]

    def currency(self, code: str) -> str:
        from migkg.loaders.extract.facts import currency_iri

        if code not in self._currencies:
            self._currencies[code] = _iri(str(currency_iri(code)))
        return self._currencies[code]

    def organisation(self, name: str, identifier: str | None) -> str:
        """A reference organisation by any of its names, else the node the extractor mints for the
        name (its legal form left out of the key, kept in the label)."""
        from migkg.loaders.extract.context import organisation_key

        known = self.names.find("org", name)
        if known is not None:
            node = known
        else:
            node = str(iris.organisation_iri(organisation_key(name, self.cues)))
            if node not in self.seen_orgs:
                cls = MKG.NonGovernmentalOrganisation if self.cues.search("legal_forms", name) else MKG.Organisation
                term, label = _iri(node), _string(name)
                for c in self._types_of(cls):
                    self.add(term, _TYPE, c)
                self.add(term, _PREF_LABEL, label)
                self.add(term, _LABEL, label)
                self.add(term, _M["derivedFrom"], self.source_term)
        self.seen_orgs.add(node)
        if identifier:
            self.add(_iri(node), _IDENTIFIER, _string(identifier))
        return node

    def fund(self, name: str) -> str:
        """A fund by its code, acronym or name in any language ("AMIF", "FAMI", "Asiel-, Migratie- en
        Integratiefonds"), also with a period after it ("AMIF 2021-2027"); else a fund of its own."""
        found = self.names.find("fund", name) or self.names.find("national", name)
        if found is None:
            bare = re.sub(r"[\s(]*\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d\)?\s*$", "", name).strip()
            found = self.names.find("fund", bare) if bare else None
        if found is not None:
            return found
        node = str(iris.fund_iri(name))
        term = _iri(node)
        self.add(term, _TYPE, _M["Fund"])
        self.add(term, _PREF_LABEL, _string(name))
        self.add(term, _M["derivedFrom"], self.source_term)
        return node

    def period(self, start: int | None, end: int | None) -> str:
        """The extractor's period node for these years; its triples written the first time only."""
        key = (start, end)
        if key not in self._periods:
            before = len(self.w.g)
            node = self.w.period(start, end)
            self.lines.extend(f"{_term(s)} {_term(p)} {_term(o)} .\n" for s, p, o in self.w.g[before:])
            del self.w.g[before:]
            self._periods[key] = str(node)
        return self._periods[key]

    def goal(self, objective: str, fund: str | None) -> str | None:
        key = (objective, fund)
        if key not in self._goals:  # objectives repeat on every row: read each once
            self._goals[key] = self._goal(objective, fund)
        return self._goals[key]

    def _goal(self, objective: str, fund: str | None) -> str | None:
        """The goal a specific objective names: by a goal's label in it ("SO1 - Common European
        Asylum System"), else by its number or letter for the fund (`objective_codes`)."""
        folded = iris.fold(objective)
        goals = self.names.by_kind.get("goal", {})
        best = None
        for name, iri in goals.items():
            longer = best is None or len(name) > len(best[0])
            if longer and len(name) > 3 and re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", folded):
                best = (name, iri)
        if best is not None:
            return best[1]
        key = folded
        for prefix in patterns().objective_prefixes:
            if key.startswith(prefix + " ") or (
                key.startswith(prefix) and key[len(prefix) : len(prefix) + 1].isdigit()
            ):
                key = key[len(prefix) :].strip()
                break
        key = key.split(" ")[0] if key else key
        code = self.names.fund_codes.get(fund) if fund is not None else None
        notation = patterns().objective_codes.get(code or "", {}).get(key)
        return str(iris.entity_iri("goal", notation)) if notation else None

    def country(self, value: str) -> str | None:
        from migkg.loaders.extract.facts import _TLD_COUNTRY  # the same ISO alpha-2 table

        code = value.strip().upper()
        if re.fullmatch(r"[A-Z]{3}", code) and code in _TLD_COUNTRY.values():
            return str(EU_COUNTRY[code])
        if re.fullmatch(r"[A-Z]{2}", code):
            alpha3 = _TLD_COUNTRY.get({"EL": "gr", "GB": "uk"}.get(code, code.lower()))
            return str(EU_COUNTRY[alpha3]) if alpha3 else None
        found = self.names.find("place", value)
        if found is None:
            return None
        from migkg.loaders.extract.facts import reference

        country = reference().country_of.get(found)
        return country if country == found else None

    # -- one row ------------------------------------------------------------------------------

    def write(self, op: Operation) -> None:
        from migkg.loaders.extract.facts import grant_iri, programme_for, reference

        self.op = op
        self.line = str(op.line)
        self.line_term = f'"{self.line}"^^{_XSD_INTEGER}'
        self.text_term = _string(op.text)
        m, mi = _M, _M_IRI
        node = str(iris.project_iri(op.name, op.code))
        term = _iri(node)
        name = _string(op.name)
        self.add(term, _TYPE, m["Project"])
        self.fact(node, _LABEL[1:-1], name, op.name)
        self.add(term, _PREF_LABEL, name)
        self.add(term, m["derivedFrom"], self.source_term)
        if op.code:
            self.add(term, m["projectCode"], _string(op.code))
        if op.purpose:
            self.add(term, _DESCRIPTION, _string(op.purpose))
        if op.intervention:
            self.add(term, _SUBJECT, _string(op.intervention))
        fund = self.fund(op.fund) if op.fund else None
        start = op.start.year if op.start else None
        end = op.end.year if op.end else None
        if fund is not None:
            self.link(node, mi["fundedBy"], fund)
            programme = programme_for(fund, start, end)
            if programme is not None:
                self.link(node, mi["fundedBy"], programme)
        else:
            programme = None
        implementer = self.organisation(op.beneficiary, op.beneficiary_id) if op.beneficiary else None
        if implementer is not None:
            self.link(node, mi["implementedBy"], implementer)
        if start is not None or end is not None:
            self.link(node, mi["period"], self.period(start, end))
        if op.objective:
            goal = self.goal(op.objective, fund)
            if goal is not None:
                self.link(node, mi["pursuesGoal"], goal)
        place = self.names.find("place", op.location) if op.location else None
        if place is not None:
            self.link(node, mi["locatedIn"], place)
        country = self.country(op.country) if op.country else None
        if country is None:
            country_of = reference().country_of
            country = country_of.get(place or "") or country_of.get(implementer or "")
        if country is not None and country != place:
            self.link(node, mi["locatedIn"], country)
        # Money: the total, the EU share (as stated, else total x rate), the rate; the EU share is
        # the fund's grant.
        currency = (op.currency or "").upper() or None
        eu = op.eu
        if eu is None and op.total is not None and op.rate is not None:
            eu = ((op.total[0] * op.rate).quantize(Decimal("0.01")).normalize(), op.total[1])
        for prop, amount in (("totalCost", op.total), ("euContribution", eu)):
            if amount is None:
                continue
            value, cur = amount[0], amount[1] or currency or "EUR"
            money = str(iris.hashed_iri("amount", node, mi[prop], str(value), cur))
            money_term = _iri(money)
            self.add(money_term, _TYPE, m["MonetaryAmount"])
            self.add(money_term, m["amount"], _decimal(value)[0])
            self.add(money_term, m["currency"], self.currency(cur))
            self.link(node, mi[prop], money)
        if op.rate is not None:
            rate, lexical = _decimal(op.rate)
            self.fact(node, mi["cofinancingRate"], rate, lexical)
        if eu is not None and fund is not None:
            grant = str(grant_iri(URIRef(node), URIRef(fund), programme))
            grant_term = _iri(grant)
            self.add(grant_term, _TYPE, m["Grant"])
            self.add(grant_term, m["grantFunder"], _iri(fund))
            self.add(grant_term, m["grantFor"], term)
            amount_term, lexical = _decimal(eu[0])
            self.fact(grant, mi["amount"], amount_term, lexical)
            self.add(grant_term, m["currency"], self.currency(eu[1] or currency or "EUR"))
            self.add(grant_term, m["derivedFrom"], self.source_term)
            self.add(term, m["grant"], grant_term)


# -- the loader -----------------------------------------------------------------------------------


@dataclass
class ReadList:
    """A list read: its operations, the bad rows (`InputError` each), and the header's language."""

    operations: list[Operation] = field(default_factory=list)
    bad: list[InputError] = field(default_factory=list)
    lang: str = "en"


def find_header(rows: Iterator[Row], columns: Mapping[str, str] | None) -> tuple[Columns | None, int]:
    """The header row's columns (the rows are read up to it), and how many rows were looked at."""
    scanned = 0
    for row in rows:
        scanned += 1
        found = match_headers([_text(c) for c in row.cells], columns)
        if "operation_name" in found.index and (len(found.index) >= MIN_HEADER_FIELDS or columns):
            return found, scanned
        if scanned >= HEADER_SCAN_ROWS:
            break
    return None, scanned


def read_list(inp: Input, columns: Mapping[str, str] | None = None) -> ReadList:
    """The operations of a CSV or XLSX list. `InputError` when no header row is found."""
    if inp.suffix == ".xlsx" or inp.data[:4] == b"PK\x03\x04":
        tables: Iterable[Iterator[Row]] = [xlsx_rows(inp.data, inp.name)]
    else:
        text = decode_text(inp.data, inp.name, max_bytes=None)
        tables = (csv_rows(text, d) for d in csv_dialects(text))
    cols, rows, scanned = None, iter(()), 0
    for table in tables:  # the first dialect whose rows hold a header row
        rows = table
        cols, scanned = find_header(rows, columns)
        if cols is not None:
            break
    if cols is None:
        if not scanned:
            raise InputError(inp.name, "empty list (no rows)")
        raise InputError(
            inp.name,
            "no header row with an operation name column found in the first "
            f"{scanned} rows; name the columns with --columns operation_name=Header,...",
        )
    missing = [f for f in (columns or {}) if f not in cols.index]
    if missing:
        raise InputError(inp.name, f"--columns: no column headed {columns[missing[0]]!r}")  # type: ignore[index]
    out = ReadList(lang=cols.lang)
    for row in rows:
        try:
            op = read_operation(row, cols)
        except BadValueError as exc:
            out.bad.append(InputError(f"{inp.name}:{row.line}", str(exc)))
            continue
        if op is not None:
            out.operations.append(op)
    return out


class OperationsLoader:
    """Lists of operations (.csv, .tsv, .xlsx). Options (`Input.options`): `columns` (field -> header)
    and `skip_bad_rows`."""

    name: ClassVar[str] = "operations"
    suffixes: ClassVar[tuple[str, ...]] = (".csv", ".tsv", ".xlsx")
    version: ClassVar[str] = LOADER_VERSION

    def sniff(self, inp: Input) -> bool:
        return False  # a table on stdin is named with --loader operations

    def load(self, inp: Input) -> list[Source]:
        options = inp.options or {}
        columns = options.get("columns") or {}
        if isinstance(columns, str):
            columns = parse_columns(columns)
        skip = bool(options.get("skip_bad_rows"))
        read = read_list(inp, columns)
        if read.bad and not skip:
            first, more = read.bad[0], len(read.bad) - 1
            tail = f" (and {more} more bad row{'s' if more != 1 else ''})" if more else ""
            raise InputError(
                first.name,
                f"{first.problem}{tail}; nothing loaded from this file (--skip-bad-rows loads the other rows)",
            )
        for bad in read.bad:
            warnings.warn(InputWarning(bad.name, f"{bad.problem}; row skipped"), stacklevel=2)
        if not read.operations:
            raise InputError(inp.name, "no operations in the list")
        loader_version = f"migkg.loaders.operations {self.version}"
        # The same file read with other options is another version of the source.
        extra = repr((sorted(columns.items()), skip)).encode() if columns or skip else b""
        meta = SourceMetadata(
            kind=MKG.ListOfOperations,
            name=inp.name,
            content_hash=iris.content_hash(inp.data + extra),
            loader_version=loader_version,
            language=read.lang,
        )
        source = Source.create(inp, meta)
        writer = RowWriter(source.iri, read.lang, loader_version)
        for op in read.operations:
            writer.write(op)
        # Handed over as N-Triples, so the store takes its bulk path (Oxigraph parses and bulk-loads
        # them, as for an RDF file): a list of 100,000 rows is some 14 million triples, which the
        # transactional path for extracted facts writes several times slower.
        source.rdf_data = "".join(dict.fromkeys(writer.lines)).encode("utf-8")
        source.rdf_format = "N_TRIPLES"
        return [source]
