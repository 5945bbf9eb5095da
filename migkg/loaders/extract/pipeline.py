"""The extractor: a Document in, an RDF graph of who-funded-what facts out, each fact with the
sentence that supports it.

Steps: lay the text out (headings, list items, record lines, sentences); find mentions (funds,
organisations and places from the reference data, new organisations from legal-form and role
cues, periods, amounts, project codes); find projects by the shape of the text (record pages,
lists "Title (Organisation)", headings, named projects, described projects, enumerations); then
give each project its funders, implementers, partners, years and amounts from the nearest scope
that states them: the project's own words, its sentence, its section, its paragraph, and last the
document. Counted groups ("22 projects in Wallonia") become aggregate statements, not projects.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from migkg.loaders.document import Document
from migkg.loaders.extract.amounts import Amount, find_amounts, find_percentages
from migkg.loaders.extract.cues import Cues, MemoCues, cues_for
from migkg.loaders.extract.names import Entity, NameIndex, NameMatcher
from migkg.loaders.extract.periods import PeriodMention, find_periods
from migkg.loaders.extract.structure import Layout, Unit, layout, sentencizer
from migkg.ontology import iris
from migkg.ontology.vocab import MKG

EXTRACTOR_VERSION = "migkg.extract 0.1.0"
NATIONAL = "https://w3id.org/migkg/id/fund/NATIONAL"

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_QUOTED = re.compile(r"[«“\"‘'„]\s*([^«»“”\"‘’'„]{3,120}?)\s*[»”\"’'“]")


@cache
def _caps_name(connectors: tuple[str, ...], single: bool = False) -> re.Pattern[str]:
    """A name in capitals: "AVRR Belgium Support", "REPAIR", "Emergency Support to Integration and
    Accommodation"; lower-case connectors of every language may stand inside it."""
    inner = "|".join(re.escape(c) for c in sorted(set(connectors), key=len, reverse=True))
    up, word = "A-ZÀ-ÖØ-Þ", "A-Za-zÀ-ÖØ-öø-ÿ0-9.&+-"
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
_PAREN_END = re.compile(r"\s*\(([^()]{2,120})\)\s*[.;:,]?\s*$")


# ---------------------------------------------------------------------------------------------
# Facts


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    confidence: float


@dataclass
class ProjectFact:
    label: str
    evidence: Evidence
    unit: int
    code: str | None = None
    funders: dict[str, Evidence] = field(default_factory=dict)
    implementers: dict[str, Evidence] = field(default_factory=dict)
    partners: dict[str, Evidence] = field(default_factory=dict)
    start_year: int | None = None
    end_year: int | None = None
    years_evidence: Evidence | None = None
    amounts: dict[str | None, tuple[Decimal, str, Evidence]] = field(default_factory=dict)
    scope_units: list[int] = field(default_factory=list)  # units that describe this project
    goals: dict[str, Evidence] = field(default_factory=dict)
    places: dict[str, Evidence] = field(default_factory=dict)
    by_owner: bool = False  # known only as "the project of X"
    rule: str = ""  # which finder found it (kept for debugging and tests)


@dataclass
class AggregateFact:
    count: int
    evidence: Evidence
    funders: list[str]
    amount: Amount | None = None
    place: str | None = None
    start_year: int | None = None
    end_year: int | None = None


@dataclass
class NewOrganisation:
    iri: str
    name: str
    cls: URIRef


@dataclass
class Extraction:
    projects: list[ProjectFact]
    aggregates: list[AggregateFact]
    new_orgs: dict[str, NewOrganisation]
    lang: str | None


# ---------------------------------------------------------------------------------------------
# Context


_MATCHERS: dict[tuple[int, str], NameMatcher] = {}


def _matcher(lang: str) -> NameMatcher:
    """The phrase matcher of the active name index for a language, built once per index."""
    index = NameIndex.active()
    key = (id(index), lang)
    if key not in _MATCHERS:
        if len(_MATCHERS) > 16:
            _MATCHERS.clear()
        _MATCHERS[key] = NameMatcher(index, sentencizer(lang))
    return _MATCHERS[key]


@dataclass
class OrgMention:
    iri: str
    start: int
    end: int
    name: str
    known: bool


class Context:
    """Everything found in one document, with lookups by position."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = (doc.language or "").split("-")[0].lower() or None
        self.cues = MemoCues(cues_for(self.lang))
        self.index = NameIndex.active()
        self.layout: Layout
        self.layout, spacy_doc = layout(self.text, self.lang)
        self.units = self.layout.units
        matches = _matcher(self.lang or "xx")(spacy_doc)
        self.funds = [m for m in matches if m.entity.kind in ("fund", "national")]
        self.places = [m for m in matches if m.entity.kind == "place"]
        self.goals = [m for m in matches if m.entity.kind == "goal"]
        self.orgs: list[OrgMention] = [
            OrgMention(m.entity.iri, m.start, m.end, m.text, True) for m in matches if m.entity.kind == "org"
        ]
        self.new_orgs: dict[str, NewOrganisation] = {}
        # Periods and amounts are read per unit, on demand: most sentences never need them.
        self._unit_periods: dict[int, list[PeriodMention]] = {}
        self._unit_amounts: dict[int, list[Amount]] = {}
        self._unit_starts = [u.start for u in self.units]
        self._national_cues = [(m.start(), m.end()) for m in self.cues.find("national_funders", self.text)]
        self._find_new_orgs()

    # -- lookups ------------------------------------------------------------------------------

    def _units_over(self, a: int, b: int) -> range:
        first = max(0, bisect.bisect_right(self._unit_starts, a) - 1)
        last = bisect.bisect_left(self._unit_starts, b)
        return range(first, min(last, len(self.units)))

    def periods_in(self, a: int, b: int) -> list[PeriodMention]:
        """The periods written between a and b (found per unit, once)."""
        return self._per_unit(self._unit_periods, lambda text: find_periods(text, self.lang), a, b)

    def amounts_in(self, a: int, b: int) -> list[Amount]:
        """The euro amounts written between a and b (found per unit, once)."""

        def euros(text: str) -> list[Amount]:
            return [am for am in find_amounts(text, self.lang) if am.currency == "EUR"]

        return self._per_unit(self._unit_amounts, euros, a, b)

    def _per_unit(self, cache: dict[int, list], finder: Callable[[str], list], a: int, b: int) -> list:
        """Mentions between a and b, found unit by unit with `finder` and shifted to document offsets."""
        out = []
        for i in self._units_over(a, b):
            if i not in cache:
                u = self.units[i]
                cache[i] = [
                    dataclasses.replace(m, start=m.start + u.start, end=m.end + u.start)
                    for m in finder(self.text[u.start : u.end])
                ]
            out += [m for m in cache[i] if m.start >= a and m.end <= b]
        return out

    def in_span(self, items: list, a: int, b: int) -> list:
        return [x for x in items if x.start >= a and x.end <= b]

    def funders_in(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """Funds and national money named between a and b, as (iri, start, end)."""
        out = [(m.entity.iri, m.start, m.end) for m in self.in_span(self.funds, a, b)]
        out += [(NATIONAL, s, e) for s, e in self._national_cues if s >= a and e <= b]
        return sorted(out, key=lambda x: x[1])

    def orgs_in(self, a: int, b: int) -> list[OrgMention]:
        return sorted(self.in_span(self.orgs, a, b), key=lambda o: o.start)

    def entity(self, iri: str) -> Entity | None:
        return self.index.entities.get(iri)

    def is_implementer_org(self, iri: str) -> bool:
        ent = self.entity(iri)
        return ent is None or not ent.is_eu_body

    def is_partner_mention(self, org: OrgMention) -> bool:
        """Whether a partner or support cue stands right before the organisation ("samen met X",
        "con il supporto di X"): it takes part or helps, it does not run the project."""
        before = self.text[max(0, org.start - 40) : org.start]
        cues = "(?:" + self.cues.regex["partner_cues"].pattern + "|" + self.cues.regex["support_from"].pattern + ")"
        return bool(re.search(cues + r"\s+(?:\S+\s+)?$", before, re.I))

    def is_speaker(self, org: OrgMention) -> bool:
        """Whether the text cites the organisation rather than says it acts: "estime le CGRA",
        "according to IOM"."""
        before = self.text[max(0, org.start - 30) : org.start]
        words = [w for w in before.split() if not self.cues.has("determiners", w)]
        tail = " ".join(words[-2:])
        return bool(re.search(self.cues.regex["speaker_cues"].pattern + r"\s*(?:l['’])?$", tail, re.I))

    # -- new organisations --------------------------------------------------------------------

    def add_org(self, name: str, start: int, end: int) -> OrgMention | None:
        """An organisation named in the text: a known one if the span holds one, else a new one."""
        known = self.orgs_in(start, end)
        if known:
            return known[0]
        name = _clean_name(name)
        words = name.split()
        while len(words) > 1 and self.cues.has("determiners", words[0]) and words[0].islower():
            words = words[1:]
        name = " ".join(words)
        if not _looks_like_name(name, self.cues) or self.funders_in(start, end) or self.cues.has("legal_forms", name):
            return None
        iri = str(iris.organisation_iri(organisation_key(name, self.cues)))
        cls = MKG.NonGovernmentalOrganisation if self.cues.search("legal_forms", name) else MKG.Organisation
        self.new_orgs.setdefault(iri, NewOrganisation(iri, name, cls))
        mention = OrgMention(iri, start, end, name, False)
        self.orgs.append(mention)
        return mention

    def _find_new_orgs(self) -> None:
        # "Alto asbl", "refugio thüringen e.V.": a name written before its legal form.
        for m in self.cues.find("legal_forms", self.text):
            if self.orgs_in(m.start(), m.end()):
                continue
            before = self.text[max(0, m.start() - 3) : m.start()]
            if re.search(r"(?:^|\W)[lL]['’]$|(?:^|\W)[dD]['’]$", before) or self.cues.has(
                "determiners", (self.text[max(0, m.start() - 8) : m.start()].split() or [""])[-1]
            ):
                continue  # "l'asbl Passerelle", "de vzw Tumult": the form heads a name that follows
            start = self._name_start(m.start())
            if start < m.start():
                self.add_org(self.text[start : m.end()], start, m.end())
        # "l'association Ikambere", "de vzw Tumult": a role noun, then the name.
        for m in self.cues.find("org_heads", self.text):
            seg = self.text[m.end() : m.end() + 80]
            name = re.match(r"\s*([^\W\d_][^,.;:()\n]{1,60})", seg)
            if not name:
                continue
            words = _leading_name_words(name.group(1), self.cues)
            if words:
                s = m.end() + name.start(1)
                self.add_org(words, s, s + len(words))
        # "le CPAS de Liège", "Stad Antwerpen", "la Regione Basilicata": the head is part of the name.
        for m in self.cues.find("name_heads", self.text):
            name = re.match(r"\s*([^\W\d_][^,.;:()\n]{1,60})", self.text[m.end() : m.end() + 80])
            glued = self.text[m.end() - 1 : m.end()] in "'’"
            if not name or (name.start(1) == 0 and not glued):
                continue
            words = _leading_name_words(name.group(1), self.cues)
            if words:
                end = m.end() + name.start(1) + len(words)
                self.add_org(self.text[m.start() : end], m.start(), end)

    def _name_start(self, pos: int) -> int:
        """Where a name ending at `pos` starts: back over name-like words, at most six."""
        left = self.text[max(0, pos - 80) : pos]
        words = list(_WORD.finditer(left))
        start = pos
        for taken, w in enumerate(reversed(words)):
            gap = left[w.end() : (start - (pos - len(left)))]
            if any(ch in gap for ch in '\n.,;:()•–—"«»“”') or taken >= 6:
                break
            token = w.group(0)
            if self.cues.has("determiners", token) or self.cues.has("quantifiers", token):
                opening = left[: w.start()].rstrip()
                if token[:1].isupper() and taken and (not opening or opening.endswith(("(", "\n", "•", ":"))):
                    start = pos - len(left) + w.start()  # "(De Brug vzw)": the article is part of the name
                break
            if _is_stopword(token, self.lang) and not (taken and self.cues.has("name_connectors", token)):
                break
            start = pos - len(left) + w.start()
        # A connector ("de", "en") cannot start a name.
        while start < pos:
            first = _WORD.match(self.text, start)
            if first and _is_stopword(first.group(0), self.lang) and first.group(0).islower():
                nxt = _WORD.search(self.text, first.end())
                start = nxt.start() if nxt and nxt.start() < pos else pos
            else:
                break
        return start


@cache
def _stopwords(lang: str | None) -> frozenset[str]:
    """spaCy's stop-word list for the language (a well-kept list; no model needed)."""
    from spacy.util import get_lang_class

    try:
        return frozenset(get_lang_class(lang or "en")().Defaults.stop_words)
    except Exception:  # an unknown language: no stop words
        return frozenset()


@cache
def _programming_periods() -> frozenset[tuple[int, int]]:
    """The EU programming periods of the reference data (2007-2013, 2014-2020, 2021-2027)."""
    from migkg.loaders.extract.names import packaged_reference

    quads = [q for chunk in packaged_reference() for q in ox.parse(chunk, format=ox.RdfFormat.TURTLE)]
    typed = {
        q.subject for q in quads if q.predicate.value == str(RDF.type) and q.object.value == str(MKG.ProgrammingPeriod)
    }
    years: dict[object, dict[str, int]] = {}
    for q in quads:
        if q.subject in typed and q.predicate.value in (str(MKG.startYear), str(MKG.endYear)):
            years.setdefault(q.subject, {})[q.predicate.value] = int(q.object.value[:4])
    return frozenset((y[str(MKG.startYear)], y[str(MKG.endYear)]) for y in years.values() if len(y) == 2)


def _is_stopword(token: str, lang: str | None) -> bool:
    return token.lower() in _stopwords(lang)


def organisation_key(name: str, cues: Cues | MemoCues) -> str:
    """What identifies a new organisation across documents: its name without its legal form, so
    "Réso asbl", "Réso ASBL" and "Réso" are one node (the label keeps the form as written)."""
    key = cues.regex["legal_forms"].sub(" ", name)
    key = re.sub(r"(?i)(?<!\w)(?:asbl|vzw|a\.s\.b\.l\.|v\.z\.w\.)(?!\w)", " ", key)
    key = " ".join(key.replace("()", " ").split()).strip(" ,.-–—")
    return key or name


def _clean_name(name: str) -> str:
    name = " ".join(name.split()).strip(" ,;:-–—'’\"«»“”")
    if name.endswith(".") and "." not in name.split()[-1][:-1]:
        name = name[:-1]  # a full stop, not the end of "e.V." or "a.s.b.l."
    return re.sub(r"^(?:l['’]|d['’])", "", name)


def _looks_like_name(name: str, cues: Cues | MemoCues | None = None) -> bool:
    words = name.split()
    if not words or len(words) > 9 or len(name) < 2:
        return False
    return any(w[:1].isupper() for w in words) or bool(cues and cues.search("legal_forms", name))


def _leading_name_words(text: str, cues: Cues | MemoCues) -> str:
    """The leading capitalised words of `text` ("Ikambere", "Réso asbl"), with inner connectors."""
    out: list[str] = []
    for w in text.split()[:7]:
        if w[:1].isupper() or w[:1].isdigit() or (out and cues.has("name_connectors", w)):
            out.append(w)
        else:
            break
    while out and cues.has("name_connectors", out[-1]):
        out.pop()
    return " ".join(out)


# ---------------------------------------------------------------------------------------------
# Labels


def _strip_label(label: str, cues: Cues | MemoCues) -> str:
    label = " ".join(_TAG.sub(" ", label).split()).strip(" .,;:–—-•*'\"«»“”‘’")
    label = re.sub(r"^(?:l['’]|d['’])", "", label)
    words = label.split()
    while words and len(words) > 1 and (cues.has("determiners", words[0]) or cues.has("label_prefixes", words[0])):
        words = words[1:]
    label = " ".join(words)
    return label[:1].upper() + label[1:] if label else label


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


# ---------------------------------------------------------------------------------------------
# Project finders


class Extractor:
    def __init__(self, doc: Document) -> None:
        self.ctx = Context(doc)
        self.projects: list[ProjectFact] = []
        self.aggregates: list[AggregateFact] = []
        self.doc_org_funders: dict[str, Evidence] = {}

    # -- helpers ------------------------------------------------------------------------------

    def add_project(
        self, label: str, start: int, end: int, unit: int, confidence: float, **kw: object
    ) -> ProjectFact | None:
        cues = self.ctx.cues
        label = _strip_label(label, cues)
        if not label or _word_count(label) < 1 or len(label) < 3 or _word_count(label) > 30:
            return None
        low = label.lower()
        # A name that is only a fund, a place or an organisation is not a project.
        for m in self.ctx.funds + self.ctx.places:
            if m.text.lower() == low:
                return None
        if any(o.name.lower() == low for o in self.ctx.orgs):
            return None
        if cues.has("project_nouns", low):
            return None
        for p in self.projects:
            if p.label.lower() == low or (kw.get("code") and p.code == kw.get("code")):
                return p
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
        runs: list[list[int]] = []
        for i, u in enumerate(ctx.units):
            if u.kind == "kv":
                if runs and runs[-1] and all(ctx.units[j].kind != "heading" for j in range(runs[-1][-1] + 1, i)):
                    runs[-1].append(i)
                else:
                    runs.append([i])
        for run in runs:
            record: ProjectFact | None = None
            for i in run:
                u = ctx.units[i]
                key = u.key.lower()
                if cues.has("project_title_keys", key):
                    record = self.add_project(u.text, u.start, u.end, i, 0.9)
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
                    record = self.add_project(label, u.start, u.end, i, 0.9, code=code)
                    if record is not None:
                        # The page's title names who runs it: "(Immigration Office / DVZ-OE – ...)".
                        for o in self._title_orgs():
                            record.implementers.setdefault(o, Evidence(u.start, u.end, 0.6))
                    break
            if record is None:
                continue
            for i in run:
                u = ctx.units[i]
                key = u.key.lower()
                record.scope_units.append(i)
                if cues.has("implementer_keys", key):
                    value = re.split(r"\s+\(|\s+[–—]\s+|;", u.text)[0]
                    org = ctx.add_org(value, u.start, u.start + len(value))
                    if org is not None:
                        record.implementers[org.iri] = Evidence(u.value_start, u.end, 0.9)
                elif cues.has("duration_keys", key):
                    self._years_from(record, u.start, u.end, 0.9)
                elif cues.has("budget_keys", key):
                    self._amounts_from(record, u.start, u.end)

    def _title_orgs(self) -> list[str]:
        title = self.ctx.doc.title or ""
        if not title:
            return []
        nlp = sentencizer(self.ctx.lang or "xx")
        found = _matcher(self.ctx.lang or "xx")(nlp.make_doc(title))
        return list(dict.fromkeys(m.entity.iri for m in found if m.entity.kind == "org" and not m.entity.is_eu_body))

    def find_list_items(self) -> None:
        """List items: "Title (Organisation)", "Title lead by Organisation", or bare titles in a
        list that a line about projects introduces."""
        ctx, cues = self.ctx, self.ctx.cues
        for i, u in enumerate(ctx.units):
            if u.kind != "item":
                continue
            text = u.text
            paren = _PAREN_END.search(text) or self._paren_before_tail(u)
            impl = cues.search("implemented_by", text)
            if impl and impl.start() > 3:
                title = text[: impl.start()]
                org_text = text[impl.end() :].strip(" .;")
                org_start = u.start + impl.end() + (len(text[impl.end() :]) - len(text[impl.end() :].lstrip()))
                org = ctx.add_org(re.split(r"\.\[|\[|\s+\(", org_text)[0], org_start, u.end)
                p = self.add_project(title, u.start, u.end, i, 0.85)
                if p is not None and org is not None:
                    p.implementers[org.iri] = Evidence(u.start, u.end, 0.85)
                if p is not None:
                    p.scope_units.append(i)
                continue
            if paren and paren.start() > 2:
                inner = paren.group(1)
                title = text[: paren.start()]
                inner_start = u.start + paren.start(1)
                code = next((m.group(0) for p in cues.code_patterns if (m := p.search(inner))), None)
                if code:
                    p = self.add_project(title, u.start, u.end, i, 0.85, code=None)
                    if p is not None:
                        p.scope_units.append(i)
                    continue
                if ctx.periods_in(inner_start, u.start + paren.end(1)):
                    pass  # "(2016-2017)": a period, not an organisation
                elif not ctx.funders_in(inner_start, inner_start + len(inner)):
                    org = ctx.add_org(inner, inner_start, inner_start + len(inner))
                    if org is not None:
                        p = self.add_project(title, u.start, u.end, i, 0.85)
                        if p is not None:
                            p.implementers[org.iri] = Evidence(u.start, u.end, 0.85)
                            p.scope_units.append(i)
                        continue
            if self._in_project_list(i) and _word_count(text) <= 14 and not text.rstrip().endswith("."):
                p = self.add_project(text, u.start, u.end, i, 0.6)
                if p is not None:
                    p.scope_units.append(i)

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
            or _word_count(m.group(2)) <= 4
        ):
            return m
        return None

    def _list_intro(self, i: int) -> int | None:
        """The line that introduces the list unit `i` is in ("... les projets suivants :")."""
        units = self.ctx.units
        if units[i].kind != "item":
            return None
        j = i - 1
        while j >= 0 and units[j].kind == "item":
            j -= 1
        if j < 0 or not units[j].text.rstrip().endswith(":"):
            return None
        return j

    def _in_project_list(self, i: int) -> bool:
        """Whether the line introducing the list speaks of projects."""
        j = self._list_intro(i)
        return j is not None and bool(self.ctx.cues.search("project_nouns", self.ctx.units[j].text))

    def find_headings(self) -> None:
        """Headings that name a project: "Projet AMIF Accueil 2024-2025", "AVRR Belgium Support Project"."""
        ctx, cues = self.ctx, self.ctx.cues
        title = (ctx.doc.title or "").strip().lower()
        for i, u in enumerate(ctx.units):
            if u.kind != "heading" or u.text.strip().lower() == title:
                continue
            nouns = cues.find("project_nouns", u.text)
            singular = [m for m in nouns if not cues.has("plural_nouns", m.group(0))]
            if not singular:
                continue
            if re.search(r"\d+\s+" + re.escape(singular[0].group(0)), u.text):
                continue
            label = re.sub(r"\s*\((?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\)\s*$", "", u.text)
            p = self.add_project(label, u.start, u.end, i, 0.75)
            if p is None:
                continue
            p.scope_units.append(i)
            # The paragraph under the heading describes the project.
            first = ctx.units[i + 1].paragraph if i + 1 < len(ctx.units) else None
            for j in range(i + 1, len(ctx.units)):
                if ctx.units[j].kind == "heading" or ctx.units[j].paragraph != first:
                    break
                p.scope_units.append(j)

    def find_named(self) -> None:
        """ "le projet REPAIR", "Projekt "StaRT - ..."", "the ESTIA programme", "X Project"."""
        ctx, cues = self.ctx, self.ctx.cues
        taken = {j for p in self.projects for j in p.scope_units}
        for i, u in enumerate(ctx.units):
            if u.kind not in ("sentence", "item") or i in taken:
                continue
            text = u.text
            for noun in cues.find("project_nouns", text):
                word = noun.group(0)
                # "le projet 2024-2025", "projet pilote AMIF 2020-2021": a project known by its period.
                dated = re.match(
                    r"((?:\s+[^\W\d]{3,12}){0,2}?)\s+(?:[A-Z]{3,5}\s+)?((?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)\b",
                    text[noun.end() :],
                )
                if dated and not cues.has("plural_nouns", word) and self._determined(text, noun.start()):
                    end = noun.end() + dated.end()
                    p = self.add_project(text[noun.start() : end], u.start + noun.start(), u.end, i, 0.6)
                    if p is not None:
                        p.scope_units.append(i)
                    continue
                # "een project van Croix-Rouge": a project known by who runs it.
                owner = re.match(r"\s+" + cues.regex["of_words"].pattern + r"\s*", text[noun.end() :], re.I)
                if owner and not cues.has("plural_nouns", word):
                    orgs = [
                        o
                        for o in ctx.orgs_in(u.start + noun.end(), u.start + noun.end() + owner.end() + 60)
                        if o.start == u.start + noun.end() + owner.end()
                    ]
                    if orgs:
                        p = self.add_project(
                            text[noun.start() : orgs[0].end - u.start], u.start + noun.start(), u.end, i, 0.55
                        )
                        if p is not None:
                            p.scope_units.append(i)
                            p.implementers.setdefault(orgs[0].iri, Evidence(u.start, u.end, 0.7))
                            p.by_owner = True
                        continue
                if cues.has("plural_nouns", word):
                    continue  # plural: a group
                after = text[noun.end() : noun.end() + 160]
                m = re.match(r"\s*[,:]?\s*" + _QUOTED.pattern, after)
                if m:
                    name = m.group(1)
                    self._named(name, u, i, u.start + noun.end() + m.start(1), u.start + noun.end() + m.end(1))
                    continue
                m = re.match(r"\s+" + _caps_name(cues_for(None).words["name_connectors"], single=True).pattern, after)
                if m and not _is_stopword(m.group(1).split()[0], ctx.lang):
                    name = m.group(1)
                    s = u.start + noun.end() + m.start(1)
                    e = u.start + noun.end() + m.end(1)
                    # "REPAIR (Reunification Pathways for Integration)"
                    expansion = re.match(r"\s*\(([^()]{3,100})\)", text[noun.end() + m.end(1) :])
                    if expansion:
                        name = f"{name} ({expansion.group(1)})"
                        e = u.start + noun.end() + m.end(1) + expansion.end()
                    self._named(name, u, i, s, e)
                    continue
                before = text[max(0, noun.start() - 120) : noun.start()]
                m = re.search(_caps_name(cues_for(None).words["name_connectors"]).pattern + r"\s*$", before)
                if m and (word[:1].isupper() or len(m.group(1).split()) >= 2 or m.group(1).isupper()):
                    name = m.group(1)
                    if word[:1].isupper():
                        name = f"{name} {word}"  # "AVRR Belgium Support Project"
                    s = u.start + noun.start() - len(before) + m.start(1)
                    self._named(name, u, i, s, u.start + noun.end())

    def _determined(self, text: str, pos: int) -> bool:
        """Whether a determiner stands right before position `pos` ("le projet", "this project")."""
        before = text[:pos].split()
        return bool(before) and (self.ctx.cues.has("determiners", before[-1]))

    def _named(self, name: str, u: Unit, i: int, start: int, end: int) -> None:
        name = name.strip()
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
        if len(name) < 3 or (name.isupper() and len(name) < 4 and not any(c.isdigit() for c in name)):
            return
        if self.ctx.funders_in(start, end) and _word_count(name) <= 3:
            return  # "le projet FAMI": the fund, not a name
        if self.ctx.orgs_in(start, end) and _word_count(name) <= 3:
            return
        p = self.add_project(name, start, end, i, 0.8)
        if p is not None:
            p.scope_units.append(i)

    def find_described(self) -> None:
        """Projects described rather than named: "les projets consacrés aux alternatives à la
        détention et au coaching individualisé", "X, également financé par l'AMIF", and the
        enumeration "Le premier portait sur X. Le deuxième soutenait Y."."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        for i, u in enumerate(units):
            if u.kind != "sentence":
                continue
            text = u.text
            # "NP, (also) funded by FUND"
            for fb in cues.find("funded_by", text):
                funders = ctx.funders_in(u.start + fb.end(), u.start + fb.end() + 80)
                if not funders:
                    continue
                clause_start = max(text.rfind(sep, 0, fb.start()) for sep in (". ", "; ", ": ", "\n")) + 1
                np = text[clause_start : fb.start()].strip(" ,")
                np = re.sub(r"[,\s]+" + cues.regex["also_words"].pattern + r"\s*$", "", np, flags=re.I)
                np = re.sub(r"^\W+", "", _TAG.sub(" ", np)).strip()
                if not np or _word_count(np) > 10 or _word_count(np) < 1:
                    continue
                first = np.split()[0].lower()
                if first.isdigit() or first in cues.numbers or cues.has("quantifiers", first):
                    continue
                if cues.search("project_nouns", np) and _word_count(np) <= 3:
                    continue
                if re.search(r"\b\d+\b", np) or any(cues.has("predicate_words", w) for w in np.split()):
                    continue  # a counted group, or a clause rather than a noun phrase
                if ctx.orgs_in(u.start + clause_start, u.start + fb.start()) or ctx.funders_in(
                    u.start + clause_start, u.start + fb.start()
                ):
                    continue
                p = self.add_project(np, u.start + clause_start, u.end, i, 0.6)
                if p is not None:
                    p.scope_units.append(i)
            # Generic project noun + content cue.
            for noun in cues.find("project_nouns", text):
                after = text[noun.end() :]
                cue = re.match(r"\s+" + cues.regex["content_cues"].pattern, after, re.I)
                if not cue or not self._determined(text, noun.start()):
                    continue
                if re.match(
                    r"\s*" + cues.regex["relative_pronouns"].pattern,
                    after[cue.end() :],
                    re.I,
                ):
                    continue
                content_start = noun.end() + cue.end()
                content = self._until_predicate(text[content_start:])
                if not content or _word_count(content) > 14:
                    continue
                parts = self._split_coordination(content)
                lead = text[noun.start() : content_start].strip()
                for k, part in enumerate(parts):
                    label = f"{lead} {part}" if k == 0 else part
                    p = self.add_project(label, u.start + noun.start(), u.end, i, 0.55)
                    if p is not None:
                        p.scope_units.append(i)
            # "le programme de réintégration après retour": a definite project noun and its object.
            for noun in cues.find("project_nouns", text):
                word = noun.group(0)
                of = re.match(r"\s+" + cues.regex["of_words"].pattern + r"\s*", text[noun.end() :], re.I)
                if not of or cues.has("plural_nouns", word) or not self._determined(text, noun.start()):
                    continue
                obj_start = noun.end() + of.end()
                if ctx.orgs_in(u.start + obj_start, u.start + obj_start + 3) or ctx.funders_in(
                    u.start + obj_start, u.start + obj_start + 40
                ):
                    continue  # "le projet de Caritas" (an owner), "le programme du FAMI" (a fund)
                content = self._until_predicate(text[obj_start:])
                if content and 1 <= _word_count(content) <= 8 and content[:1].islower():
                    p = self.add_project(
                        text[noun.start() : obj_start] + content, u.start + noun.start(), u.end, i, 0.55
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
                    if not content or not (2 <= _word_count(content) <= 12) or cues.search("project_nouns", content):
                        continue
                    first = content.split()[0].lower()
                    if (
                        first.isdigit()
                        or cues.has("quantifiers", first)
                        or ctx.orgs_in(u.start + obj_start, u.start + obj_start + len(content))
                    ):
                        continue
                    p = self.add_project(content, u.start + obj_start, u.end, i, 0.5)
                    if p is not None:
                        p.scope_units.append(i)
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
            if m:
                rest = text[m.end() :]
                obj = re.split(r"[,;.:]|\s+" + cues.regex["clause_breaks"].pattern + r"\s", rest, flags=re.I)[0]
                intro = self._enumeration_intro(i)  # "trois programmes ..." must announce the list
                p = self.add_project(obj, u.start, u.end, i, 0.55) if intro is not None else None
                if p is not None:
                    p.scope_units += [i, intro]
            # Action-noun coordination in a paragraph about projects or funds.
            self._action_nouns(i, u)

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
        if not subject or _word_count(subject) > 30:
            return
        for part in self._split_coordination(subject):
            if _word_count(part) < 3:
                continue  # "cet accompagnement": an action noun alone names nothing
            if re.match(
                r"\s*(?:" + cues.regex["determiners"].pattern + r"\s*)?" + cues.regex["action_nouns"].pattern,
                part,
                re.I,
            ):
                p = self.add_project(part, u.start, u.end, i, 0.5)
                if p is not None:
                    p.scope_units.append(i)

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

    def find_title_project(self) -> None:
        """A page about one project, titled with its name ("Act in Time"): when nothing else names a
        project, the title does if the text repeats it and speaks of "a project" funded by a fund."""
        ctx, cues = self.ctx, self.ctx.cues
        title = " ".join((ctx.doc.title or "").split())
        if self.projects or not title or _word_count(title) > 6 or not self.doc_funders:
            return
        if any(m.text.lower() == title.lower() for m in ctx.funds + ctx.places):
            return  # a page titled "AMIF" or "Belgium" is about no one project
        mentions = [m.start() for m in re.finditer(re.escape(title), ctx.text, re.I)]
        scope = sorted({i for i, u in enumerate(ctx.units) for pos in mentions if u.start <= pos < u.end})
        scope = [i for i in scope if ctx.units[i].kind != "heading"]
        singular = [
            i
            for i, u in enumerate(ctx.units)
            if u.kind == "sentence"
            and any(not cues.has("plural_nouns", m.group(0)) for m in cues.find("project_nouns", u.text))
        ]
        if not scope or not singular:
            return
        u = ctx.units[scope[0]]
        p = self.add_project(title, u.start, u.end, scope[0], 0.5)
        if p is not None:
            p.scope_units += sorted(set(scope) | set(singular[:2]))

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

    @functools.cached_property
    def doc_funders(self) -> list[str]:
        """Funds the document ties to funding: named in its title or in a sentence with a funding
        cue or a project noun."""
        ctx, cues = self.ctx, self.ctx.cues
        found: list[str] = []
        title = ctx.doc.title or ""
        if title:
            nlp = sentencizer(ctx.lang or "xx")
            found += [m.entity.iri for m in _matcher(ctx.lang or "xx")(nlp.make_doc(title)) if m.entity.kind == "fund"]
        if found:  # a title that names its fund says what the page is about; other funds are context
            return list(dict.fromkeys(found))
        for u in ctx.units:
            fs = [f for f, _, _ in ctx.funders_in(u.start, u.end) if f != NATIONAL]
            if fs and (
                cues.search("funded_by", u.text)
                or cues.search("project_nouns", u.text)
                or cues.search("support_from", u.text)
                or cues.search("within_fund", u.text)
            ):
                found += fs
        return list(dict.fromkeys(found))

    def find_org_funders(self) -> None:
        """Organisations that fund: "Fedasil financiert projecten", "financé par le gouvernement belge via Fedasil"."""
        ctx, cues = self.ctx, self.ctx.cues
        for u in ctx.units:
            for v in cues.find("funding_verbs", u.text):
                orgs = [o for o in ctx.orgs_in(u.start, u.start + v.start()) if u.start + v.start() - o.end <= 25]
                after = u.text[v.end() : v.end() + 60]
                if orgs and cues.search("project_nouns", after):
                    self.doc_org_funders.setdefault(orgs[-1].iri, Evidence(u.start, u.end, 0.7))

    def relate(self) -> None:
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        doc_funds = self.doc_funders
        owner = ctx.index.site_owner(ctx.doc.url)
        lead_orgs = self._lead_orgs()
        named_in = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        for p in self.projects:
            own = sorted(set(p.scope_units or [p.unit]))
            scope = self._with_follow_ups(own, named_in - set(own))
            spans = [(units[j].start, units[j].end) for j in scope]
            # Funders: the project's own words, its section heading, its paragraph, the document.
            explicit: dict[str, Evidence] = {}
            for a, b in spans:
                for f, _s, _e in ctx.funders_in(a, b):
                    explicit.setdefault(f, Evidence(a, b, 0.8))
                # "funded by ... via Fedasil", "co-funded by Fedasil"
                for fb in cues.find("funded_by", ctx.text[a:b]):
                    for o in self._funding_orgs(a + fb.end(), b):
                        explicit.setdefault(o.iri, Evidence(a, b, 0.75))
            if not explicit:
                heading = units[p.unit].section
                if heading >= 0:
                    h = units[heading]
                    for f, _, _ in ctx.funders_in(h.start, h.end):
                        explicit.setdefault(f, Evidence(h.start, h.end, 0.65))
            if not explicit:
                para = units[p.unit].paragraph
                # A list item reads its list's intro and what precedes it, not what follows the list.
                intro = self._list_intro(p.unit)
                last = intro if intro is not None else len(units)
                for u in units[: last + 1]:
                    if u.paragraph == para and (
                        cues.search("funded_by", u.text) or cues.search("project_nouns", u.text)
                    ):
                        for f, _, _ in ctx.funders_in(u.start, u.end):
                            explicit.setdefault(f, Evidence(u.start, u.end, 0.6))
            national_only = set(explicit) == {NATIONAL}
            if not explicit:
                for f in doc_funds:
                    explicit.setdefault(f, Evidence(p.evidence.start, p.evidence.end, 0.45))
            if national_only or NATIONAL in explicit:
                for org, ev in self.doc_org_funders.items():
                    explicit.setdefault(org, ev)
            p.funders = {**explicit, **p.funders}
            # Implementers: explicit, then a sentence subject, then the site's owner or the lead org.
            for a, b in spans:
                for m in cues.find("implemented_by", ctx.text[a:b]):
                    found = self._funding_orgs(a + m.end(), b)[:1] or self._name_after(a + m.end(), b)
                    for o in found:
                        p.implementers.setdefault(o.iri, Evidence(a, b, 0.8))
                for m in cues.find("partner_cues", ctx.text[a:b]):
                    for o in ctx.orgs_in(a + m.end(), min(b, a + m.end() + 160)):
                        if o.iri not in p.implementers:
                            p.partners.setdefault(o.iri, Evidence(a, b, 0.7))
            if not p.implementers:
                for j in scope:
                    u = units[j]
                    subj = [o for o in ctx.orgs_in(u.start, u.start + 45) if ctx.is_implementer_org(o.iri)]
                    if subj and subj[0].iri not in p.funders and subj[0].iri not in p.partners:
                        p.implementers[subj[0].iri] = Evidence(u.start, u.end, 0.6)
                        break
            if not p.implementers:
                # An organisation acting in the project's own sentence, neither funder nor partner.
                u = units[p.unit]
                acting = [
                    o
                    for o in ctx.orgs_in(u.start, u.end)
                    if ctx.is_implementer_org(o.iri)
                    and o.iri not in p.funders
                    and o.iri not in p.partners
                    and not ctx.is_speaker(o)
                    and not ctx.is_partner_mention(o)
                ]
                if acting and u.kind == "sentence":
                    p.implementers[acting[0].iri] = Evidence(u.start, u.end, 0.5)
            if not p.implementers:
                # A list takes the organisation its intro line names: "partenariato con X per i seguenti progetti:".
                intro = self._list_intro(p.unit)
                if intro is not None:
                    iu = units[intro]
                    for o in ctx.orgs_in(iu.start, iu.end):
                        if ctx.is_implementer_org(o.iri) and o.iri not in p.funders:
                            p.implementers[o.iri] = Evidence(iu.start, iu.end, 0.6)
                            break
            if not p.implementers:
                fallback = owner.iri if owner is not None else (lead_orgs[0] if len(lead_orgs) == 1 else None)
                if fallback and fallback not in p.funders and fallback not in p.partners:
                    p.implementers[fallback] = Evidence(p.evidence.start, p.evidence.end, 0.4)
            # An organisation that funds the project runs it only if no one else is said to.
            for f in p.funders:
                if f in p.implementers and len(p.implementers) > 1:
                    del p.implementers[f]
            # Years: the project's words, then its section heading, then the document's lead.
            if p.start_year is None and p.end_year is None:
                for a, b in spans:
                    if self._years_from(p, a, b, 0.7):
                        break
            if p.start_year is None and p.end_year is None:
                self._years_from_lead(p)
            if p.start_year is None and p.end_year is None:
                year = self._title_year
                if year is not None:
                    p.start_year = year
                    p.years_evidence = Evidence(p.evidence.start, p.evidence.end, 0.35)
            # Goals and places named in the project's own words (its label or its sentences).
            for a, b in spans:
                for m in ctx.in_span(ctx.goals, a, b):
                    p.goals.setdefault(m.entity.iri, Evidence(a, b, 0.5))
                for m in ctx.in_span(ctx.places, a, b):
                    p.places.setdefault(m.entity.iri, Evidence(a, b, 0.5))
            # Amounts in the project's own words.
            if not p.amounts:
                for a, b in spans:
                    self._amounts_from(p, a, b)

    def _with_follow_ups(self, scope: list[int], others: set[int]) -> list[int]:
        """Add the sentences that go on about the project: "Il est mené par X.", "Het project loopt
        tot 2025." (a sentence of the same paragraph that opens with an anaphora cue and names no
        other project: "Le projet B ..." after "Le projet A ..." is about B)."""
        units, cues = self.ctx.units, self.ctx.cues
        out = list(scope)
        for j in scope:
            k = j + 1
            while (
                k < len(units)
                and units[k].kind == "sentence"
                and units[k].paragraph == units[j].paragraph
                and k not in others
                and re.match(r"\s*" + cues.regex["anaphora"].pattern + r"\b", units[k].text, re.I)
            ):
                out.append(k)
                k += 1
        return sorted(set(out))

    def _name_after(self, pos: int, limit: int) -> list[OrgMention]:
        """A name right after a role cue ("run by the Irish Refugee Council"), as an organisation."""
        ctx = self.ctx
        m = re.match(r"\s*(?:\S+\s+)?([^\W\d_][^,.;:()\n]{1,70})", ctx.text[pos:limit])
        if not m:
            return []
        lead = ctx.text[pos : pos + m.start(1)].split()
        if lead and not ctx.cues.has("determiners", lead[0]):
            return []  # "run by two volunteers": not a name
        words = _leading_name_words(m.group(1), ctx.cues)
        if not words:
            return []
        org = ctx.add_org(words, pos + m.start(1), pos + m.start(1) + len(words))
        return [org] if org is not None else []

    def _funding_orgs(self, cue_end: int, limit: int) -> list[OrgMention]:
        """Organisations named as funders right after a funding cue: "funded by Fedasil", "financé
        par le gouvernement belge via Fedasil"; not any organisation later in the sentence."""
        out = []
        national = [(a, b) for a, b in self.ctx._national_cues if cue_end <= a < limit]
        for o in self.ctx.orgs_in(cue_end, min(limit, cue_end + 90)):
            if any(a <= o.start < b for a, b in national):
                continue  # "le gouvernement belge": national money, already a funder as such
            gap = self.ctx.text[cue_end : o.start]
            words = [w for w in gap.split() if not self.ctx.cues.has("determiners", w)]
            if len(words) == 0 or self.ctx.cues.has("via_words", words[-1]):
                out.append(o)
        return out

    def merge_similar_orgs(self) -> None:
        """One node per organisation: a new name within a typo of another ("refuigio"/"refugio"),
        or of a known name, is that organisation (rapidfuzz ratio >= 90)."""
        from rapidfuzz import fuzz

        ctx = self.ctx
        new = list(ctx.new_orgs.values())
        known_names = {m.name.lower(): m.iri for m in ctx.orgs if m.known}
        alias: dict[str, str] = {}
        for k, org in enumerate(new):
            name = org.name.lower()
            target = next((iri for kn, iri in known_names.items() if fuzz.ratio(name, kn) >= 90), None)
            if target is None:
                target = next(
                    (o.iri for o in new[:k] if o.iri not in alias and fuzz.ratio(name, o.name.lower()) >= 90),
                    None,
                )
            if target is not None and target != org.iri:
                alias[org.iri] = target
        if not alias:
            return
        for iri in alias:
            ctx.new_orgs.pop(iri, None)
        for p in self.projects:
            for rel in (p.implementers, p.partners, p.funders):
                for old, new_iri in alias.items():
                    if old in rel:
                        rel.setdefault(new_iri, rel.pop(old))

    def _lead_orgs(self) -> list[str]:
        """Implementing organisations named in the document's first paragraph that speaks of funds."""
        ctx = self.ctx
        for u in ctx.units:
            if ctx.funders_in(u.start, u.end):
                para = [x for x in ctx.units if x.paragraph == u.paragraph]
                orgs = list(
                    dict.fromkeys(
                        o.iri
                        for x in para
                        for o in ctx.orgs_in(x.start, x.end)
                        if ctx.is_implementer_org(o.iri) and not ctx.is_speaker(o) and not ctx.is_partner_mention(o)
                    )
                )
                if orgs:
                    return orgs
        return []

    def _years_from(self, p: ProjectFact, a: int, b: int, confidence: float) -> bool:
        periods = [pm for pm in self.ctx.periods_in(a, b) if pm.kind != "date"]
        ranked = sorted(
            periods,
            key=lambda pm: {"range": 0, "duration": 1, "from": 2, "until": 3, "year": 9}.get(pm.kind, 5),
        )
        for pm in ranked:
            if pm.kind == "year":
                continue
            if confidence < 0.9 and self._is_programming_period(pm):
                continue  # "la programmazione 2014-2020", "AMIF 2021-2027": the fund's period, not the project's
            p.start_year, p.end_year = pm.start_year, pm.end_year
            p.years_evidence = Evidence(a, b, confidence)
            return True
        return False

    def _is_programming_period(self, pm: PeriodMention) -> bool:
        """A programming period named as such: after a programming cue or right after a fund."""
        if (pm.start_year, pm.end_year) not in _programming_periods():
            return False
        before = self.ctx.text[max(0, pm.start - 40) : pm.start]
        if re.search(self.ctx.cues.regex["programming_cues"].pattern + r"\W{0,3}(?:\w+\W+){0,1}$", before, re.I):
            return True
        near = self.ctx.funders_in(max(0, pm.start - 60), pm.end)  # "FAMI 2021-2027" may be one fund name
        return any(f_start <= pm.start and pm.start - f_end <= 3 for _, f_start, f_end in near)

    @functools.cached_property
    def _title_year(self) -> int | None:
        """The one year a title ties funding to ("24 projects receive subsidies in 2023")."""
        title = self.ctx.doc.title or ""
        periods = find_periods(title, self.ctx.lang)
        if len(periods) == 1 and periods[0].kind == "year" and self.ctx.cues.search("project_nouns", title):
            return periods[0].start_year
        return None

    def _years_from_lead(self, p: ProjectFact) -> None:
        """A period stated for the projects of the document as a whole, in its first funding sentence."""
        if self._lead_period is not None:
            pm, u = self._lead_period
            p.start_year, p.end_year = pm.start_year, pm.end_year
            p.years_evidence = Evidence(u.start, u.end, 0.4)

    @functools.cached_property
    def _lead_period(self) -> tuple[PeriodMention, Unit] | None:
        """The first period in an early sentence about funded projects in the plural
        ("Plusieurs projets financés par le FAMI arrivent à leur terme fin 2025")."""
        ctx = self.ctx
        for u in ctx.units:
            nouns = [m.group(0) for m in ctx.cues.find("project_nouns", u.text)]
            plural = [n for n in nouns if ctx.cues.has("plural_nouns", n)]
            if u.kind == "sentence" and u.paragraph <= 16 and ctx.funders_in(u.start, u.end) and plural:
                periods = [pm for pm in ctx.periods_in(u.start, u.end) if pm.kind in ("range", "until", "from")]
                if periods:
                    return periods[0], u
        return None

    def _amounts_from(self, p: ProjectFact, a: int, b: int) -> None:
        """ "€ 5,139,366.07 (€ 3,854,524.55 by AMIF & € 1,284,841.52 by the national budget)": a
        total, then each funder's share; an amount alone goes to the project's only funder."""
        ctx, cues = self.ctx, self.ctx.cues
        amounts = ctx.amounts_in(a, b)
        if not amounts:
            return
        ev = Evidence(a, b, 0.8)
        # "1,2 miljoen euro, waarvan 75% door het AMIF en 25% door de stad": shares of the total.
        total = amounts[0]
        tail = ctx.text[total.end : b]
        if re.match(r"\s*,?\s*" + cues.regex["share_of"].pattern, tail, re.I):
            for pct in find_percentages(tail, ctx.lang):
                after = tail[pct.end : pct.end + 60]
                share = re.match(r"\s*" + cues.regex["share_by"].pattern, after, re.I)
                funders = ctx.funders_in(total.end + pct.end, total.end + pct.end + 60) if share else []
                if funders and funders[0][1] - (total.end + pct.end) <= 25:
                    value = (total.value * pct.value / 100).quantize(Decimal("0.01"))
                    p.amounts[funders[0][0]] = (value, total.currency, ev)
                    p.funders.setdefault(funders[0][0], ev)
            p.amounts.setdefault(None, (total.value, total.currency, ev))
            return
        for am in amounts:
            tail = ctx.text[am.end : am.end + 60]
            share = re.match(r"\s*" + cues.regex["share_by"].pattern, tail, re.I)
            if share:
                fs = ctx.funders_in(am.end, am.end + share.end() + 45)
                if fs:
                    p.amounts[fs[0][0]] = (am.value, am.currency, ev)
                    p.funders.setdefault(fs[0][0], ev)
                    continue
            p.amounts.setdefault(None, (am.value, am.currency, ev))

    # -- run ----------------------------------------------------------------------------------

    def run(self) -> Extraction:
        self.find_records()
        self.find_list_items()
        self.find_headings()
        self.find_named()
        self.find_described()
        self.find_title_project()
        self.find_aggregates()
        self.find_org_funders()
        self.relate()
        self.merge_similar_orgs()
        projects = [p for p in self.projects if p.funders]
        # "the project of X" where X runs a project named elsewhere in the text is that project.
        named_owners = {o for p in projects if not p.by_owner for o in p.implementers}
        projects = [p for p in projects if not (p.by_owner and set(p.implementers) & named_owners)]
        return Extraction(projects, self.aggregates, self.ctx.new_orgs, self.ctx.lang)


_RESET_EVERY = 2000  # documents between fresh spaCy pipelines
_extracted = [0]


def extract_facts(doc: Document) -> Extraction:
    """The facts of one document, before they become RDF."""
    _extracted[0] += 1
    if _extracted[0] % _RESET_EVERY == 0:
        # spaCy's vocabulary keeps every string it has seen: start afresh now and then, so memory
        # does not grow with the number of articles already read.
        sentencizer.cache_clear()
        _MATCHERS.clear()
    return Extractor(doc).run()


def extract(doc: Document, source: URIRef) -> Graph:
    """The RDF graph of one document's facts, each with its evidence."""
    from migkg.loaders.extract.facts import to_graph

    return to_graph(extract_facts(doc), doc, source)


def extract_triples(doc: Document, source: URIRef) -> list[tuple]:
    """The same facts as a list of triples: the loaders' fast path."""
    from migkg.loaders.extract.facts import to_triples

    return to_triples(extract_facts(doc), doc, source)
