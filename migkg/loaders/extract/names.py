"""The name index: every name, acronym and language form of the reference data's funds,
organisations and places, and a spaCy phrase matcher over them per language.

Names match case-insensitively (spaCy's LOWER attribute), acronyms case-sensitively (ORTH), so "OE"
finds the Office des étrangers but the French word "oe" in nothing. Overlapping matches keep the
longest, so "Comité international de la Croix-Rouge" is the ICRC, not the Red Cross.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from urllib.parse import urlparse

import pyoxigraph as ox

from migkg.ontology.vocab import MKG, SDO, SKOS

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

ORG_CLASSES = {
    str(MKG.Organisation),
    str(MKG.PublicAgency),
    str(MKG.NonGovernmentalOrganisation),
    str(MKG.InternationalOrganisation),
    str(MKG.EUBody),
    str(MKG.LocalAuthority),
}
FUND_CLASSES = {str(MKG.Fund), str(MKG.NationalBudget)}
PLACE_CLASSES = {str(MKG.Place), str(MKG.Country)}
GOAL_CLASSES = {str(MKG.Goal)}


_INTERNATIONAL = str(MKG.InternationalOrganisation)


@dataclass
class Entity:
    iri: str
    kind: str  # "fund", "national", "org", "place" or "goal"
    classes: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)  # language -> preferred label
    names: set[str] = field(default_factory=set)  # matched case-insensitively
    acronyms: set[str] = field(default_factory=set)  # matched as written
    hosts: set[str] = field(default_factory=set)  # web hosts of the organisation's site
    code: str | None = None

    def label(self, lang: str | None = None) -> str:
        for key in (lang, "en", ""):
            if key is not None and key in self.labels:
                return self.labels[key]
        return next(iter(self.labels.values()), self.iri.rsplit("/", 1)[-1])

    @property
    def is_eu_body(self) -> bool:
        return str(MKG.EUBody) in self.classes


class NameIndex:
    """Entities of the reference data by IRI, with their surface forms."""

    def __init__(self, entities: dict[str, Entity]) -> None:
        self.entities = entities

    @classmethod
    def from_turtle(cls, chunks: Iterable[bytes]) -> NameIndex:
        quads = [q for chunk in chunks for q in ox.parse(chunk, format=ox.RdfFormat.TURTLE)]
        types: dict[str, set[str]] = {}
        for q in quads:
            if q.predicate.value == RDF_TYPE and isinstance(q.subject, ox.NamedNode):
                types.setdefault(q.subject.value, set()).add(q.object.value)
        entities: dict[str, Entity] = {}
        for iri, classes in types.items():
            if str(MKG.FundingProgramme) in classes:
                continue  # programmes are found through their fund, then picked by period
            if classes & FUND_CLASSES:
                kind = "national" if str(MKG.NationalBudget) in classes else "fund"
            elif classes & ORG_CLASSES:
                kind = "org"
            elif classes & PLACE_CLASSES:
                kind = "place"
            elif classes & GOAL_CLASSES:
                kind = "goal"
            else:
                continue
            entities[iri] = Entity(iri=iri, kind=kind, classes=classes)
        for q in quads:
            ent = entities.get(q.subject.value) if isinstance(q.subject, ox.NamedNode) else None
            if ent is None:
                continue
            p, o = q.predicate.value, q.object
            if p == str(SKOS.prefLabel):
                ent.labels.setdefault(getattr(o, "language", None) or "", o.value)
                ent.names.add(o.value)
            elif p == str(SKOS.altLabel):
                ent.names.add(o.value)
            elif p == str(MKG.acronym):
                ent.acronyms.add(o.value)
            elif p == str(MKG.code):
                ent.code = o.value
                ent.acronyms.add(o.value)
            elif p == str(SDO.url):
                host = urlparse(o.value).hostname
                if host:
                    ent.hosts.add(host.removeprefix("www."))
        return cls(entities)

    @classmethod
    @cache
    def packaged(cls) -> NameIndex:
        """The index of the reference data shipped with migkg."""
        return cls.from_turtle(packaged_reference())

    @classmethod
    def active(cls) -> NameIndex:
        """The index the extractor uses now: the packaged one, or the one `use_index` set."""
        return _ACTIVE[0] if _ACTIVE else cls.packaged()

    @cached_property
    def fund_words(self) -> frozenset[str]:
        """The words of the funds' names and of national money's, folded: a name made of them only
        ("European Asylum" before ", Migration and Integration Fund") is a piece of a fund's name."""
        from migkg.loaders.extract.orgshape import TOKEN, fold

        return frozenset(
            fold(w)
            for ent in self.entities.values()
            if ent.kind in ("fund", "national")
            for name in (*ent.names, *ent.labels.values())
            for w in TOKEN.findall(name)
        )

    @cached_property
    def org_by_name(self) -> dict[str, str]:
        """Organisations by their folded names: a name written in another case ("des
        Bundeskanzleramts") is looked up here once its ending is taken off."""
        from migkg.loaders.extract.orgshape import fold

        return {fold(n): iri for iri, e in self.entities.items() if e.kind == "org" for n in e.names}

    def site_owner(self, url: str | None) -> Entity | None:
        """The organisation whose official site `url` is on (the longest matching host wins); else
        the international organisation whose country office's site it is, by the organisation's
        host name under another domain ("iom.bg", "iom-nederland.nl" for iom.int). Not national
        societies or branches: "caritas.at" is not Caritas Europa's caritas.eu."""
        host = (urlparse(url).hostname or "").removeprefix("www.") if url else ""
        if not host:
            return None
        best: tuple[int, Entity] | None = None
        for ent in self.entities.values():
            if ent.kind != "org":
                continue
            for h in ent.hosts:
                if (host == h or host.endswith("." + h)) and (best is None or len(h) > best[0]):
                    best = (len(h), ent)
        if best is not None:
            return best[1]
        name = host.split(".")[-2] if host.count(".") >= 1 else host
        for ent in self.entities.values():
            if ent.kind == "org" and _INTERNATIONAL in ent.classes:
                for h in ent.hosts:
                    label = h.split(".")[0]
                    if len(label) >= 3 and (name == label or name.startswith(label + "-")):
                        return ent
        return None


_ACTIVE: list[NameIndex] = []


def packaged_reference() -> list[bytes]:
    """The Turtle files of the reference data shipped with migkg, in a stable order."""
    ref = resources.files("migkg.ontology") / "reference"
    return [f.read_bytes() for f in sorted((f for f in ref.iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name)]


def use_index(index: NameIndex | None) -> None:
    """Match names against `index` from now on (None: the packaged reference data again). The store
    calls this with its users' own reference files added (`migkg load --reference FILE`)."""
    _ACTIVE.clear()
    if index is not None:
        _ACTIVE.append(index)


@dataclass(frozen=True)
class NameMatch:
    entity: Entity
    start: int  # character offsets in the document text
    end: int
    text: str


class NameMatcher:
    """Phrase matchers over one language's tokenizer."""

    def __init__(self, index: NameIndex, nlp: object) -> None:
        from spacy.matcher import PhraseMatcher

        self.index = index
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        for iri, ent in index.entities.items():
            names = [n for n in ent.names if len(n) > 2 or not n.isupper()]
            if names:
                self.lower.add(iri, list(nlp.tokenizer.pipe(names)))
            acronyms = sorted(ent.acronyms)
            if acronyms:
                self.exact.add(iri, list(nlp.tokenizer.pipe(acronyms)))

    def __call__(self, doc: object, text: str | None = None) -> list[NameMatch]:
        """The names in a spaCy Doc; `text` is the Doc's text when the caller has it (spaCy's
        `Doc.text` joins every token again, a tenth of the name matching's time)."""
        from spacy.util import filter_spans

        vocab = doc.vocab
        spans = []
        for matcher in (self.lower, self.exact):
            for match_id, start, end in matcher(doc):
                span = doc[start:end]
                span.label_ = vocab.strings[match_id]
                spans.append(span)
        out = []
        for span in filter_spans(spans):
            ent = self.index.entities[span.label_]
            out.append(NameMatch(ent, span.start_char, span.end_char, span.text))
        return self._with_compound_funds(doc.text if text is None else text, out)

    def _with_compound_funds(self, text: str, found: list[NameMatch]) -> list[NameMatch]:
        """A fund's one-word name glued to the word it qualifies, which the tokenizer keeps whole:
        "Interreg-project", "Interreg-Projekt", "FAMI-Projekt"."""
        if "-" not in text:
            return found
        extra = []
        for m in self._compound_fund_pattern.finditer(text):
            a, b = m.span(1)
            if not any(f.start < b and a < f.end for f in found):
                iri = self._one_word_funds[m.group(1).lower()]
                extra.append(NameMatch(self.index.entities[iri], a, b, m.group(1)))
        return sorted(found + extra, key=lambda n: n.start) if extra else found

    @cached_property
    def _one_word_funds(self) -> dict[str, str]:
        return {
            n.lower(): iri
            for iri, ent in self.index.entities.items()
            if ent.kind == "fund"
            for n in (*ent.names, *ent.acronyms)
            if re.fullmatch(r"[^\W\d_]{3,}\+?", n)
        }

    @cached_property
    def _compound_fund_pattern(self) -> re.Pattern[str]:
        names = sorted(self._one_word_funds, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in names) + r")-(?=[^\W\d_])", re.IGNORECASE)
