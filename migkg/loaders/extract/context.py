"""One document's context: its layout, the funds, organisations, places and goals it names (from
the reference data, and new organisations from legal forms, role nouns and name heads), and its
periods and amounts, found once and looked up by position."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from urllib.parse import urlparse

from migkg.loaders.document import Document
from migkg.loaders.extract.agents import funding_agents, subject_payers
from migkg.loaders.extract.amounts import Amount, find_amounts
from migkg.loaders.extract.cues import Cues, MemoCues, cues_for
from migkg.loaders.extract.model import NATIONAL, NewOrganisation, OrgMention
from migkg.loaders.extract.names import Entity, NameIndex, NameMatch, NameMatcher
from migkg.loaders.extract.orgshape import (
    AFTER_SAINT,
    SHARE_WORD,
    ShapeName,
    _by_first_word,
    _words,
    find_org_names,
    fold,
    is_not_organisation,
    literal_starts,
    network_names,
    opens_with_head,
    shapes_for,
    spells,
    without_host_number,
)
from migkg.loaders.extract.periods import PeriodMention, find_periods
from migkg.loaders.extract.structure import BYLINE, Layout, Unit, layout, line_start, sentencizer
from migkg.ontology import iris
from migkg.ontology.vocab import MKG

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_OPENS = re.compile(r"\s*\(\s*")  # all that stands between a name and the parenthesis after it

_PUBLIC_AGENCY = str(MKG.PublicAgency)
_COUNTRY = str(MKG.Country)
# A ministry of the state, not of a region ("Bundesministerium für Inneres", "Ministry of Interior
# of the Slovak Republic", "Ministère fédéral ..."); a Land's, a region's or a city's is not.
_STATE_MINISTRY = re.compile(
    r"\b(?:bundesminist\w*|minist\w*\b.*\b(?:republic|republik|république|repubblica|federal|fédéral|federale|federaal|nationale?|nazionale))",
    re.IGNORECASE,
)
# A state's government by its node: "belgian-federal-government", "government-of-ireland".
# A clause or a sentence ends: "...; ", ". "
_CLAUSE_BREAK = re.compile(r"[.;!?](?=\s)")
_NATIONAL_GOVERNMENT = re.compile(r"/org/(?:[a-z]+-)?federal-government$|/org/government-of-[a-z-]+$")
_REGIONAL = re.compile(
    r"\b(?:land(?:es)?|region\w*|régional\w*|regional\w*|provin\w*|vlaams\w*|wallon\w*|gemeente|stad|stadt|comune"
    # Brussels' community commissions (COCOF, VGC, COCOM) are the region's, not the state's
    r"|community commission|commission communautaire|gemeenschapscommissie|gemeinschaftskommission)\b",
    re.IGNORECASE,
)


# A region's, a Land's, a province's or a département's government, by its name's head.
# How German common nouns end ("Integrationsprojekte", "Förderung", "Gemeinschaft"), unlike most
# names of states.
_GERMAN_NOUN_END = re.compile(r"(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|e|en|er|te|ten|mittel|nis|nisse)$")
# Which kind of government a regional money cue names, and the heads of that kind's names.
_COUNTY = re.compile(r"(?:Landkreis|Kreis)\b")
_MONEY_KINDS = [
    (re.compile(r"^(?:Landes|Land\b|Mittel\w* des Landes)"), re.compile(r"(?:Land|Freistaat|Freie)\b")),
    (re.compile(r"^Kreis|des (?:Land)?[Kk]reises"), _COUNTY),
    (re.compile(r"départem", re.I), re.compile(r"(?:Département|Departement|Conseil départemental)\b")),
    (re.compile(r"provinci", re.I), re.compile(r"Provin\w+\b")),
    (re.compile(r"région|regional|Region", re.I), re.compile(r"(?:Région|Regione|Region|Conseil régional)\b")),
]
# "Publié le 12/03/2025 à 18h15", "Veröffentlicht am": when a news article went out
_PUBLISHED = re.compile(r"(?:Publié|Published|Veröffentlicht|Gepubliceerd|Pubblicato)\b", re.I)
# A date alone on its line, when an article went out: "05 ottobre 2024", "Mittwoch, 5. März 2025", "12/03/2025".
# (its time may follow: "15 November 2024, 06:00", "12/03/2025 à 14h30")
_DATE_ALONE = re.compile(
    r"\s*(?:(?:[^\W\d]+,?\s+)?\d{1,2}\.?\s+[^\W\d]{3,}\.?\s+(?:19|20)\d\d"
    r"|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)"
    r"(?:,?\s*(?:à|um|alle|at|om|-|–)?\s*\d{1,2}[:h.]\d{2}(?:\s*Uhr)?)?\s*"
)
# "ce fonds", "this fund", "diesem Fonds", "questo fondo": a fund named again by a demonstrative
THIS_FUND = re.compile(r"(\w+)\s+(?:fonds|fund|funds|fondo|fondi|Fonds|crédits|credits|middelen|Mittel|Mitteln)\b")
_REGIONAL_GOVERNMENT = re.compile(
    r"(?:Land|Freistaat|Bundesland|Région|Region|Regione|Provin\w+|Département|Departement"
    r"|Conseil (?:départemental|régional)|Collectivité|Vlaamse (?:overheid|Regering)|Flemish Government"
    r"|Walloon Government|Gouvernement wallon)\b"
)


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


# The head of a federal state's government's name: "Land Hessen", "Freistaat Bayern".
@cache
def _state_after_sum(state_words: str) -> re.Pattern[str]:
    """The State named right after a sum, in brackets or as its giver ("68 000 € (État)", "54 000 €
    de l'État et ..."): one pattern per language's words for the State."""
    return re.compile(
        r"(?:€|\beur\b|\beuros?\b)\s*(?:\(\s*|(?:de\s+l['’]|van\s+het\s+|vom\s+|dello\s+|from\s+the\s+))("
        + state_words
        + r")(?=\s*[),;.]|\s+(?:et|en|und|e|and)\s)",
        re.I,
    )


# A news item's date, then a dash and its headline: "18.04.2024 – Eerste 'kustloket' opent"
_DATED_HEADLINE = re.compile(r"\s*\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\s+[–—-]\s")
_STATE_HEAD = re.compile(r"^(?:Land|Freistaat|Freie (?:und )?Hansestadt) ")
# A town's or a city's government, by its name's head ("Stad Gent", "Comune di Bari").
_MUNICIPAL_GOVERNMENT = re.compile(
    r"(?i:stad|gemeente|ville|commune|comune|città|stadt|gemeinde|markt|city|town|municipality|borough)\b(?! ?council)"
    r"|(?:[A-Z][\w'-]+ )+(?:City|County|Borough) Council\b"
)
# A copyright line's opening, with its year: "© 2024 ", "Copyright © 2023 ", "(c) 2022-2024 ".
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|Copyright)(?:\s*©)?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)?\s*", re.I)
# The head of a town's government's name, with the small word after it: "Comune di ", "Stad ".
_TOWN_HEAD = re.compile(
    r"^(?i:stad|gemeente|ville|commune|comune|città|stadt|gemeinde|markt|city|town|municipality|borough)"
    r"(?:\s+(?:de|di|d['’]|van|of|du))?\s*"
)
# The word before a town's name that makes it its government: "der Stadt Bielefeld".
_TOWN_WORD = r"(?i:stad|gemeente|ville|commune|comune|città|stadt|gemeinde|city|town|municipality)"
# A place's name: up to three capitalised words, hyphens inside ("Leidschendam-Voorburg", "Bergen op Zoom")
_PLACE_WORD = r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*"
_PLACE_LINKS = r"(?:op|aan|am|an|sur|sous|le|la|de|di)"  # "Bergen op Zoom", "Frankfurt am Main"
_PLACE_NAME = re.compile(rf"(?<![\w-]){_PLACE_WORD}(?:[ ]{_PLACE_LINKS}?[ ]?{_PLACE_WORD}){{0,2}}")


def _town_government_name(head: str, town: str) -> str | None:
    """The name of a town's government from the head a town's noun stands for: "Gemeente" ->
    "Gemeente X", "Ville de" -> "Ville de X", "*City Council" -> "X City Council"; None for a head
    of another kind of body ("Provincie", "*County Council")."""
    if head.endswith(("'", "’")):
        return None
    name = f"{town} {head[1:]}" if head.startswith("*") else f"{head} {town}"
    if not _MUNICIPAL_GOVERNMENT.match(name) or "County" in name:
        return None
    return name


# An e-mail or web address: the legal form in "info@tumult-vzw.be" names nothing.
_IN_ADDRESS = re.compile(r"@|://|^www\.|\.(?:be|com|org|net|eu|de|fr|nl|it|lu|at|ie)\b")


_MENU_SEPARATOR = re.compile(r"\s[|·›»]\s")


def _initials_of(short: str, name: str) -> bool:
    """Whether a short form's capitals are the initials of a name's first capitalised words ("JRS"
    of "Jesuit Refugee Service Malta")."""
    letters = "".join(c for c in short.split()[0] if c.isupper())
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", name) if w[:1].isupper())
    return len(letters) >= 2 and initials.startswith(letters)


def _same_words(a: str, b: str) -> bool:
    """Whether two names have the same words, up to their endings ("Internationalen Organisation
    für Migration", "Internationale Organisation für Migration")."""
    wa, wb = fold(a).split(), fold(b).split()
    return len(wa) == len(wb) and all(x[:6] == y[:6] for x, y in zip(wa, wb, strict=True))


def _in_menu(text: str, pos: int) -> bool:
    """Whether `pos` is on a site's menu line: three items or more between bars, none over three
    words ("Landratsamt | Bürgerservice | Kreis & Politik | Freizeit")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    items = _MENU_SEPARATOR.split(text[start : end if end >= 0 else len(text)])
    # (not a table's row, whose cells hold years and sums: "X | gemeente Den Haag | 2022 – 2025 | € 987.400")
    if sum(bool(re.search(r"\d", item)) for item in items) >= 2:
        return False
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items)


def _token_at(text: str, pos: int) -> str:
    """The run of non-space characters around `pos`."""
    a = pos
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = pos
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


# German books' and papers' quotes point inwards (»Halt geben«); the finders read « » as the
# opening and closing quotes, so such a pair is read as if written the French way.
_INWARD_QUOTES = re.compile(r"»(?=[^\W_])[^«»\n]{0,300}?[^\s«»]«")
_OUTWARD_QUOTES = re.compile(r"«(?=[^\W_])[^«»\n]{0,300}?[^\s«»]»")


def outward_quotes(text: str) -> str:
    """The text with inward-pointing guillemet pairs (»Name«) turned outward («Name»), character for
    character, so offsets stay true; a text that also pairs them outward is left as it is."""
    if "»" not in text or _OUTWARD_QUOTES.search(text):
        return text
    return _INWARD_QUOTES.sub(lambda m: "«" + m.group()[1:-1] + "»", text)


# A place right after a network's name, on its line: "Croix-Rouge Valais", "Caritas Piacenza".
_BRANCH_PLACE = re.compile(r"[^\S\n]+[A-ZÀ-Þ][\w'’-]{2,}(?![\w'’-])")
# (on the cue's line: "Subside communal" heading a column names no organisation of the row below)
_OF_THE = re.compile(r"[^\S\n\t]*(?:[a-zà-ÿ']{1,4}[^\S\n\t]+){0,2}")
_MINISTRY = re.compile(r"\bminist\w*", re.IGNORECASE)


def _is_state_ministry(name: str) -> bool:
    return bool(_STATE_MINISTRY.search(name)) and not _REGIONAL.search(name)


_MATCHERS: dict[tuple[int, str], NameMatcher] = {}


def reset_pipelines() -> None:
    """Drop the spaCy pipelines and phrase matchers; they are rebuilt on next use. spaCy's vocabulary
    keeps every string it has seen, so a long batch starts afresh now and then."""
    sentencizer.cache_clear()
    _MATCHERS.clear()


def name_matcher(lang: str) -> NameMatcher:
    """The phrase matcher of the active name index for a language, built once per index."""
    index = NameIndex.active()
    key = (id(index), lang)
    if key not in _MATCHERS:
        if len(_MATCHERS) > 16:
            _MATCHERS.clear()
        _MATCHERS[key] = NameMatcher(index, sentencizer(lang))
    return _MATCHERS[key]


# "of" after a staff role, before the body's name ("directrice du", "coordinator of the").
_STAFF_OF = re.compile(
    r"\s+(?:du|de la|de l['’]|des|de|d['’]|of the|of|van de|van het|van|della|dello|dell['’]|del|di)[ \t]*(?=[A-ZÀ-Þ])"
)
# After "coordinator at", "medewerker bij": maybe an article, then the employer's name.
_EMPLOYER_ARTICLE = r"\s+(?:(?:the|de|het|der|dem|la|le|l['’]|il|lo)\s+)?"
_STAFF_AT = re.compile(_EMPLOYER_ARTICLE + r"(?=[A-ZÀ-Þ])")
_STAFF_AT_END = re.compile(_EMPLOYER_ARTICLE)
# A line that opens with a name, then a comma and a street address.
_BEFORE_ADDRESS = re.compile(
    r"(?m)^[ \t]*([A-ZÀ-Þ][^,\n:|]{2,60}?),[ \t]+"
    r"(?:\d{1,4}[a-z]?,?[ \t]+(?:rue|avenue|boulevard|chaussée|place|quai|chemin|impasse|allée|route)\b"
    r"|(?:rue|avenue|boulevard|chaussée|via|viale|piazza|corso|largo)[ \t][^\n,]{2,40}?[ \t]\d{1,4}\b"
    r"|[A-ZÀ-Þ][\w.-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|straat|laan|plein|kade)[ \t]+\d{1,4}\b"
    r"|\d{1,4}[ \t]+[A-Z][\w ]{2,30}(?:Street|Road|Lane|Avenue|Square)\b)"
)


def _without_determiner(name: str, cues: Cues | MemoCues) -> str:
    """A name without the article that opens it ("Le Pont des Savoirs" -> "Pont des Savoirs")."""
    first, _, rest = name.partition(" ")
    return rest if rest and cues.has("determiners", first) else name


# A lower-case adjective of place ("liégeoise", "brestoise", "torinese") before a capitalised name.
_PLACE_ADJECTIVE = re.compile(r"[a-zà-ÿ]{3,}(?:oise|ois|aise|ais|ienne|ien|ese|ana|ano)\s+(?=[A-ZÀ-Þ])")


# The name after a head ("Stad Antwerpen", "Stadt St. Gallen": a saint's abbreviation is no full stop;
# "(?!{AFTER_SAINT})" holds where one of the look-behinds fails, right after such an abbreviation)
_HEADED_NAME = re.compile(
    rf"[^\S\t\n]*([^\W\d_](?:[^,.;:()\n\t|]|(?!{AFTER_SAINT})\.(?=[ \u00a0][^\W\d_a-z])){{1,60}})"
)


class Context:
    """Everything found in one document, with lookups by position."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = outward_quotes(doc.text)
        self.lang = (doc.language or "").split("-")[0].lower() or None
        self.cues = MemoCues(cues_for(self.lang))
        self.index = NameIndex.active()
        self.layout: Layout
        self.layout, spacy_doc = layout(self.text, self.lang)
        self.units = self.layout.units
        matches = name_matcher(self.lang or "xx")(spacy_doc, self.text)  # (the text spacy_doc was made of)
        # Every fund's name the text writes (its words are no organisation's), and those it says
        # pay: not "keine Förderung aus dem AMIF", "not funded by the ESF".
        self.fund_names = _one_fund_per_code([m for m in matches if m.entity.kind in ("fund", "national")], self)
        denied: list[NameMatch] = []
        for m in self.fund_names:
            before = denied[-1] if denied else None
            # "keine Förderung aus dem Asyl-, ...fonds (AMIF)": the short form shares its long form's fate
            short_form = before is not None and re.fullmatch(r"\s*\(\s*", self.text[before.end : m.start])
            if short_form or self._denied(m.start) or self._denied_after(m.start, m.end) or self._denied_next(m.end):
                denied.append(m)
        paying = _without_programme_bundles(self.fund_names, self.text)
        # (the funds a programme's name bundles: no payer, and what names them names no project)
        self.programme_funds = [m for m in self.fund_names if m not in paying]
        self.funds = [m for m in paying if m not in denied]
        self.places = [m for m in matches if m.entity.kind == "place"]
        self.goals = [m for m in matches if m.entity.kind == "goal"]
        self.orgs: list[OrgMention] = [
            OrgMention(m.entity.iri, m.start, m.end, m.text, True)
            for m in matches
            if m.entity.kind == "org" and not self._branch_name(m.start, m.end)
        ]
        self.new_orgs: dict[str, NewOrganisation] = {}
        self.shape_rules: dict[str, set[str]] = {}  # organisation -> how its name's shape found it
        self.payers: set[str] = set()  # organisations a funding cue names as payers
        self.payer_spans: list[tuple[int, int]] = []  # where a funding cue names them as its agent
        # Periods and amounts are read per unit, on demand: most sentences never need them.
        self._unit_periods: dict[int, list[PeriodMention]] = {}
        self._unit_money: dict[int, list[Amount]] = {}
        self._unit_euros: dict[int, list[Amount]] = {}  # the euro sums of `_unit_money`'s lists
        self._unit_starts = [u.start for u in self.units]
        # (not a fund's money the word joins with a hyphen: "die ESF-Plus-Mittel des Bundes", the
        # federal programme of the fund)
        fund_starts = {m.start for m in self.funds}

        def in_a_funds_compound(at: int) -> bool:
            if self.text[at - 1 : at] != "-":
                return False
            word = re.search(r"\S*$", self.text[max(0, at - 40) : at])
            return word is not None and at - len(word.group(0)) in fund_starts

        self._national_cues = [
            (m.start(), m.end())
            for m in self.cues.find("national_funders", self.text)
            if not in_a_funds_compound(m.start())
        ]
        if self.cues.words.get("state_words"):
            # "68 000 € (État)", "54 000 € de l'État", "€ 20.000 van het Rijk": the State after a sum pays it
            after_sum = _state_after_sum(self.cues.regex["state_words"].pattern)
            self._national_cues = sorted(self._national_cues + [m.span(1) for m in after_sum.finditer(self.text)])
        self._regional_cues = sorted(
            [(m.start(), m.end(), False) for m in self.cues.find("regional_money", self.text)]
            + [(m.start(), m.end(), True) for m in self.cues.find("municipal_money", self.text)]
        )
        self._regional_payers: tuple[int, list[tuple[str, int, int]]] = (-1, [])
        self._find_new_orgs()
        self._fold_units_into_bodies()
        # "co-financed by the Republic of Slovenia and the European Union": the state, named by its
        # formal name, pays from its own budget (the national money, no organisation)
        states = [o for o in self.orgs if (m := _STATE_NAME.fullmatch(o.name)) and self.is_country(m.group(1))]
        if states:
            self._national_cues = sorted(self._national_cues + [(o.start, o.end) for o in states])
            self.orgs = [o for o in self.orgs if o not in states]
        lands = [(s, e) for s, e in self._national_cues if self.a_lands_national_share(s, e)]
        self._national_cues = [c for c in self._national_cues if c not in lands]
        # (the Land's share is the Land's money: "Die nationale Kofinanzierung ... wird aus
        # Haushaltsmitteln der Freien und Hansestadt Hamburg bereitgestellt")
        self._regional_cues = sorted(self._regional_cues + [(s, e, False) for s, e in lands])
        self.funds = [
            m for m in self.funds if m.entity.iri != NATIONAL or not self.a_lands_national_share(m.start, m.end)
        ]

    def _fold_units_into_bodies(self) -> None:
        """A body's own unit named right after it, past a dash ("Ministero dell'Interno – Dipartimento
        per le Libertà civili e l'Immigrazione", "Regione X – Assessorato regionale della Famiglia") or,
        after a government, past a comma ("Land Tirol, Abteilung Gesellschaft und Arbeit"): the body
        itself, no organisation of its own."""
        ordered = sorted(self.orgs, key=lambda m: (m.start, -m.end))
        parent_of: dict[int, OrgMention] = {}
        for a, b in itertools.pairwise(ordered):
            gap = self.text[a.end : b.start]
            first = b.name.split()[0] if b.name.split() else ""
            # (the unit's head may stand outside the name read: "Land Tirol, Abteilung Gesellschaft
            # und Arbeit", whose name is read from "Gesellschaft")
            head = re.fullmatch(r"(\s*[,–—-]\s*)(\w+)[^\S\n]+", gap)
            if head is not None and self.cues.has("unit_heads", head.group(2)):
                gap, first = head.group(1), head.group(2)
            # (a body named in full or by its acronym, "OFII – Direction territoriale de X": not
            # "Prefettura - Ufficio Territoriale del Governo di X", the same body's two names)
            bare = len(a.name.split()) < 2 and not a.name.isupper()
            if a.iri == b.iri or not self.cues.has("unit_heads", first) or id(a) in parent_of or bare:
                continue
            dashed = re.fullmatch(r"[^\S\n]+[–—-][^\S\n]+", gap) is not None
            government = bool(
                _MUNICIPAL_GOVERNMENT.match(a.name) or _REGIONAL_GOVERNMENT.match(a.name) or _MINISTRY.search(a.name)
            )
            if dashed or (gap == ", " and government):
                parent_of[id(b)] = a
        if parent_of:
            self.orgs = [
                OrgMention(body.iri, o.start, o.end, o.name, body.known) if (body := parent_of.get(id(o))) else o
                for o in self.orgs
            ]

    def a_lands_national_share(self, start: int, end: int) -> bool:
        """Whether "die nationale Kofinanzierung" is said in a sentence that names a Land's
        government ("Die nationale Kofinanzierung ... stellt der Freistaat Sachsen bereit"): the
        share the fund leaves to the member state, which the Land pays from its own budget."""
        if not self.text[start:end].lower().startswith("national") or not self.cues.words.get("state_governments"):
            return False
        a = max(self.text.rfind(".", 0, start), self.text.rfind("\n", 0, start)) + 1
        ends = [i for i in (self.text.find(". ", end), self.text.find("\n", end)) if i >= 0]
        b = min(ends) if ends else len(self.text)
        return _STATE_INFLECTED.search(self.text[a:b]) is not None or (
            self.cues.search("state_governments", self.text[a:b]) is not None
        )

    def _branch_name(self, start: int, end: int) -> bool:
        """Whether a network's bare name ("Croix-Rouge", "Caritas") opens the name of one of its
        branches, a capitalised place after it ("Croix-Rouge Valais"): not the branch the bare name
        stands for in the reference data; the name's shape reads the branch."""
        name = self.text[start:end]
        if name.isupper() or fold(name) not in network_names():
            return False  # (an agency's country office, "IOM Belgium", is the agency)
        return bool(_BRANCH_PLACE.match(self.text, end))

    # -- lookups ------------------------------------------------------------------------------

    @functools.cached_property
    def title_names(self) -> list[NameMatch]:
        """The funds, organisations and places the document's title names."""
        title = self.doc.title or ""
        if not title:
            return []
        lang = self.lang or "xx"
        return name_matcher(lang)(sentencizer(lang).make_doc(title), title)

    @functools.cached_property
    def is_call_page(self) -> bool:
        """Whether the page is a call for proposals: its title or first heading says so, and not
        that it gives the call's results ("Results of the call", "lauréats de l'appel")."""
        heads = [self.doc.title or "", *(u.text for u in self.units[:4] if u.kind == "heading")]
        if any(self.cues.search("call_results", h) for h in heads):
            return False
        return any(self.cues.search("call_words", h) for h in heads)

    @functools.cached_property
    def is_funding_guide(self) -> bool:
        """Whether the page guides its readers to money: its title opens with a funding guide's words
        ("Fördermöglichkeiten für Integrationsprojekte - Stadt Weimar")."""
        kind = self.cues.search("funding_guides", self.doc.title or "")
        if kind is not None and kind.start() == 0:
            return True
        # (or its opening says so, of money: "This page explains where the money for support
        # services in the city comes from", "Auf dieser Seite hat die Koordinierungsstelle ... die
        # wichtigsten Förderprogramme zusammengestellt")
        for u in self.units[:8]:
            said = self.cues.search("guide_statements", u.text)
            if said is not None and said.start() == 0 and self._speaks_of_money(u.text):
                return True
        return False

    def _speaks_of_money(self, text: str) -> bool:
        """Whether a sentence speaks of money or funding ("the money", "Förderprogramme")."""
        return bool(
            self.cues.search("funding_words", text)
            or self.cues.search("programme_nouns", text)
            or re.search(r"\b(?:money|geld|argent|denaro|fonds|funds?|Förder\w*|financ\w*|finanz\w*)\b", text, re.I)
        )

    @functools.cached_property
    def site_owner(self) -> str | None:
        """The organisation whose site publishes the page (`_site_owner`), unless the text calls its
        name a project's ("TRAMES" over the menu of trames-lyon.fr, "le projet TRAMES"): that site is
        the project's own, and its organisation is one the text names, in a copyright line at least
        ("© 2024 vzw X" under the page of the project's own site)."""
        owner = self._site_owner()
        if owner is None or owner not in self.new_orgs or not self._names_a_project(owner):
            return owner
        return self._copyright_org(besides=owner)

    def _names_a_project(self, owner: str) -> bool:
        """Whether the text calls the site owner's name a project's (`site_owner`)."""
        nouns = self.cues.regex["project_nouns"].pattern
        name = re.escape(self.new_orgs[owner].name)
        for m in re.finditer(rf"(?<!\w)(?i:{nouns})[^\S\n]+{name}(?!\w)", self.text):
            # (not a body's name that holds the noun: "Träger ist der Verein Projekt Integrationshaus")
            if not any(o.start <= m.start() and m.end() <= o.end for o in self.orgs):
                return True
        # (or the text says a fund pays it, as a project is paid: "Humber Welcome was co-financed by
        # the European Union's Asylum, Migration and Integration Fund" on humber-welcome.org.uk)
        written = self.new_orgs[owner].name
        # (the sentences that open with the name: found by one search of the text, not one per unit)
        opening = {m.start() for m in re.finditer(rf"{name}\s", self.text)}
        if opening:
            for u in self.units:
                if u.kind != "sentence" or u.start not in opening:
                    continue
                said = self.cues.search("funded_by", u.text[len(written) : len(written) + 40])
                if (
                    said is not None
                    and word_count(u.text[len(written) : len(written) + said.start()]) <= 2
                    and any(f != NATIONAL for f, _a, _b in self.funders_in(u.start, u.end))
                ):
                    return True
        # (or the page's title does: "Le projet ALP'INSERTION – Interreg France-Suisse" on
        # alp-insertion.eu, whose text calls it by its name alone)
        return bool(re.match(rf"\s*(?:[^\W\d_]+['’]?\s*)?(?i:{nouns})[^\S\n]+{name}(?!\w)", self.doc.title or ""))

    @functools.cached_property
    def site_project_name(self) -> str | None:
        """The name the site's host spells where the text calls it a project's ("le projet TRAMES"
        on trames-lyon.fr): the project's own site, its name the project's (`site_owner` is None)."""
        owner = self._site_owner()
        if owner is None or self.site_owner is not None or owner not in self.new_orgs:
            return None
        return self.new_orgs[owner].name

    def _site_owner(self) -> str | None:
        """The organisation whose site publishes the page: one the reference data gives the site
        (`NameIndex.site_owner`), else one the text names as the site's host name spells it
        ("CPAS de Verviers" on cpasverviers.be, "Diakonie Hessen" on diakonie-hessen.de). Not a
        parliament, a council or a gazette ("Consiglio Regionale Marche", "Officiële
        bekendmakingen"): its site publishes questions, answers and decisions about others'
        projects, and runs none."""
        owner = self._site_host_org()
        if owner is None:
            return None
        entity = self.entity(owner)
        names = [o.name for o in self.orgs if o.iri == owner]
        names += [entity.label("en")] if entity is not None else []
        names += [self.new_orgs[owner].name] if owner in self.new_orgs else []
        return None if any(self.cues.search("legislatures", n) for n in names) else owner

    def _site_host_org(self) -> str | None:
        """`_site_owner`'s organisation, whatever its kind."""
        if self.is_media_site:
            return None  # a newspaper's site reports others' projects
        owner = self.index.site_owner(self.doc.url)
        if owner is not None:
            return owner.iri
        # "(Conselho Português para os Refugiados – CPR)" on cpr.pt: the short form the text gives a
        # body in brackets is the host's whole name (too short a label for the spellings below)
        host = (urlparse(self.doc.url).hostname or "").removeprefix("www.").split(".") if self.doc.url else []
        main = host[-2] if len(host) >= 2 else ""
        if 2 <= len(main) <= 6:
            for o in sorted(self.orgs, key=lambda m: m.start):
                if (
                    o.name.isupper()
                    and fold(o.name) == main
                    and re.search(rf"\([^()]*(?<!\w){re.escape(o.name)}\)", self.text)
                ):
                    return o.iri
        labels = _host_labels(self.doc.url)
        if not labels:
            return None
        # "Adoma" on adoma.cdc-habitat.fr: a body's own part of its group's site, the part named
        # first in the host, all of the name
        # (not a two-part country domain's first label: innenministerium.gv.at is the ministry's own)
        if len(host) >= 3 and len(host[0]) >= 4 and host[0] not in _GENERIC_LABELS and len(host[-2]) > 4:
            for o in sorted(self.orgs, key=lambda m: m.start):
                if "".join(re.findall(r"[a-z0-9]+", fold(o.name))) == host[0]:
                    return o.iri
        legal = re.compile(self.cues.regex["legal_forms"].pattern, re.I)  # "Stichting" opening a name
        for o in sorted(self.orgs, key=lambda m: m.start):
            # "Stichting Samen Verder Limburg" on samenverderlimburg.nl: the legal form is no part of the host
            spelt = _spells(o.name, labels, self.lang) or _spells(legal.sub(" ", o.name), labels, self.lang)
            # 'the association "Tilts" – Centre for Newcomers' on tilts-centre.lv: a short name, a dash,
            # then the name found; the host spells the two
            before = _SHORT_NAME_BEFORE.search(self.text, max(0, o.start - 40), o.start)
            spelt = spelt or (before is not None and _spells(f"{before.group(1)} {o.name}", labels, self.lang))
            if not o.known and spelt:
                return o.iri
        # "Tessere Società Cooperativa Sociale Onlus" on coopsocialetessere.it, which the text calls
        # "Tessere" alone: the name's first word closes the host's first label, its kind shortened
        # before it
        for o in sorted(self.orgs, key=lambda m: m.start):
            first = fold(o.name.split()[0]) if o.name.split() else ""
            if o.known or len(first) < 5 or not first.isalpha() or len(o.name.split()) < 3:
                continue
            alone = re.findall(rf"(?<![\w-]){re.escape(o.name.split()[0])}(?![\w-])", self.text)
            if len(alone) > 2 and any(lab.endswith(first) and 0 < len(lab) - len(first) <= 12 for lab in labels):
                return o.iri
        # "Neuland" alone on the page's first line on neuland-salzburg.at: the host's first part,
        # the town after it (orgshape's owner rule)
        firsts = {lab.split("-")[0] for lab in labels if "-" in lab}
        for o in self.orgs:
            if "owner" in self.shape_rules.get(o.iri, ()) and fold(o.name) in firsts:
                return o.iri
        # "Cap Emploi Femmes | Convivial" on convivial.be: the title's site part is the host's name,
        # and the text names that organisation (one word is enough when both say it).
        site = title_site_name(self.doc.title)
        if site:
            # "| Amersfoort.nl": the site's name with its top-level domain; "| Brugwerk vzw" on
            # brugwerk.be: its legal form is no part of the host's name

            def spelt(name: str) -> str:
                return "".join(re.findall(r"[a-z0-9]+", fold(legal.sub(" ", name))))

            site = re.sub(r"\.[a-z]{2,4}\s*$", "", site)
            # "Verein Miteinander – Associazione Insieme" on miteinander-meran.org: a name in two
            # languages, each opened by its head noun, which the host leaves out
            heads = re.compile(rf"^\s*(?:{self.cues.regex['org_heads'].pattern})\s+", re.I)
            whole = self.doc.title.rsplit(" | ", 1)[-1] if " | " in (self.doc.title or "") else site
            parts = [site, *(heads.sub("", part) for part in re.split(r"\s+[–—-]\s+", whole))]
            for written in dict.fromkeys(spelt(part) for part in parts):
                if written not in labels:
                    continue
                place = spelt(site.split()[-1]) if len(site.split()) >= 2 else ""
                for o in sorted(self.orgs, key=lambda m: m.start):
                    # (or all of it but the town it ends on: "Brughuis" for "| vzw Brughuis Genk" on
                    # brughuis-genk.be)
                    if spelt(self.text[o.start : o.end]) in (written, written.removesuffix(place) if place else None):
                        return o.iri
            # "| Caritas diocesana di Carpi" on caritascarpi.it, "| VluchtelingenWerk regio Zwolle" on
            # vwregiozwolle.nl: the host shortens the title's site name, which the text writes whole
            if abbreviates(labels, site) or abbreviates(labels, whole):
                # (or the part before a dash of what follows the bar: "| VluchtelingenWerk Zuidwest
                # Nederland – regio Zeeland" on vwzuidwest-zeeland.nl)
                named = {fold(site), fold(re.split(r"\s+[–—-]\s+", whole)[0])}
                for o in sorted(self.orgs, key=lambda m: m.start):
                    if fold(self.text[o.start : o.end]) in named:
                        return o.iri
        return self._header_and_footer_org()

    def _copyright_org(self, besides: str | None = None) -> str | None:
        """The organisation a copyright line names ("© 2024 vzw X – Molenstraat 12, 2400 Mol",
        "Copyright 2023 X e.V."), among the page's last lines: whose site it is; past the project's
        own name (`besides`: "© 2024 PASSAGES – Forum réfugiés"). Not a town's government (a town's
        site reports the grants it gives as often as its own projects)."""
        for u in self.units[-6:]:
            line = self.text[line_start(self.text, u.start) : u.end]
            mark = _COPYRIGHT.match(line)
            if mark is None:
                continue
            at = line_start(self.text, u.start) + mark.end()
            # (within a few words of the mark, past the project's name and a dash if it comes first)
            slack = 12 + (len(self.new_orgs[besides].name) + 3 if besides in self.new_orgs else 0)
            named = [o for o in self.orgs_in(at, u.end) if o.iri != besides and o.start - at <= slack]
            if len(named) >= 1 and not _MUNICIPAL_GOVERNMENT.match(named[0].name):
                return named[0].iri
        return None

    def town_of_the_header(self) -> str | None:
        """The town's government the page's first line names alone, when the site's host is that
        town's name ("Stad Oudenaarde" over the menu on oudenaarde.be, "Comune di Lecco" on
        comune.lecco.it): the town whose site it is."""
        if not self.units or self.is_media_site:
            return None
        first = self.units[0]
        head = next((o for o in self.orgs if o.start == first.start and o.end >= first.end - 1), None)
        if head is None or not _MUNICIPAL_GOVERNMENT.match(head.name):
            return None
        town = _TOWN_HEAD.sub("", head.name)
        labels = _host_labels(self.doc.url)
        spelt = {"".join(re.findall(r"[a-z0-9]+", fold(t))) for t in (town, town.translate(_GERMAN_SPELLING))}
        return head.iri if spelt & labels else None

    def _header_and_footer_org(self) -> str | None:
        """An organisation whose name is the page's first line and stands again in its last lines
        ("Fondazione X" over the menu, "Fondazione X – Piazza Duomo 15" under the text): the site's
        header and footer say whose site it is, whatever its host's name."""
        if len(self.units) < 6:
            return None
        first = self.units[0]
        head = next((o for o in self.orgs if o.start == first.start and o.end >= first.end - 1), None)
        if head is None:
            return None
        heads = self.cues.find("name_heads", head.name)
        if heads and heads[0].start() == 0:
            return None  # "Stad Lier", "Comune di X": a town's site reports the grants it gives as often as its own
        tail = self.units[-4:]
        # (the footer may write the name more fully: "Mappamondo Cooperativa Sociale Onlus" over the
        # menu, "Mappamondo Società Cooperativa Sociale Onlus – Via Venezia 41/b" under the text)
        words = set(fold(head.name).split())
        if any(
            o.iri == head.iri or words <= set(fold(o.name).split()) for u in tail for o in self.orgs_in(u.start, u.end)
        ):
            return head.iri
        return None

    @functools.cached_property
    def is_media_site(self) -> bool:
        """Whether a news outlet publishes the page: a media word in its host ("bresciaoggi.it",
        "toscana-notizie.it", "notele.be") or in the site part of its title ("| Cyprus Mail"), or a
        byline and a time of publishing ("Par Jean-Marc Delcourt", "Publié le 12/03/2025", "05 ottobre
        2024")."""
        # a byline and a time of publishing at the top: a newspaper's article, whatever its host
        # (read by lines: a sentencizer may split "14 mrt. 2024, 17:05" at its abbreviation)
        top = [line.strip() for line in self.text.split("\n")[:25] if line.strip()][:15]
        # (or on one line, cut by bars: "Par Claire Dupont | Publié le 18/02/2025 à 17h42 | Mis à jour ...")
        top += [cell.strip() for line in top if " | " in line for cell in line.split(" | ")]
        # (or a date, then when it was changed: "vr 14 maart 2025, 17:42 – Aangepast om 18:05")
        top += [line.split(" – ")[0].strip() for line in top if " – " in line]
        dated = any(_PUBLISHED.match(line) or _DATE_ALONE.fullmatch(line) for line in top)
        if dated and any(BYLINE.fullmatch(line) for line in top):
            return True
        media = {w.lower() for w in self.cues.words["media_words"]}
        host = (urlparse(self.doc.url).hostname or "") if self.doc.url else ""
        parts = [x for x in re.split(r"[.-]", host.lower())[:-1] if x not in ("www", "m")]
        parts += fold(title_site_name(self.doc.title)).split()
        return any(
            x in media or any((len(w) >= 4 and x.endswith(w)) or (len(w) >= 5 and x.startswith(w)) for w in media)
            for x in parts
        )

    def is_related_link(self, i: int) -> bool:
        """Whether unit i is one of the links a "Lire aussi :" / "Read more:" line lists under it (a
        run of short heading lines, or of titles with a colon, "Accueil des réfugiés: l'ONA cherche
        300 lits"): another page's title, no section of this one."""
        u = self.units[i]
        # (or a link's line of any kind, behind its arrow: "› Huisvesting ...: project Woonsprong")
        if u.kind not in ("heading", "kv") and not u.text.lstrip().startswith(("›", "→", "»")):
            return False
        j = i - 1
        while j >= 0 and i - j <= 8:
            text = self.units[j].text.rstrip(" :")
            said = self.cues.search("related_links", text)
            if said is not None and said.start() == 0 and said.end() == len(text):
                return True
            # (past a news box's dated headlines: "18.04.2024 – Eerste 'kustloket' opent in ...")
            # (and past the links above it: "› Kinrooi zoekt ..." over "› Dilsen-Stokkem opent ...")
            if (
                self.units[j].kind not in ("heading", "kv")
                and not _DATED_HEADLINE.match(text)
                and not text.lstrip().startswith(("›", "→", "»"))
            ):
                return False
            j -= 1
        return False

    def grant_cue(self, text: str) -> re.Match[str] | None:
        """The cue of a grant to a list of organisations in a sentence ("awarded to", "Begünstigte"),
        unless it says who may apply ("Typical beneficiaries are", "potentiële begunstigden")."""
        cue = self.cues.search("granted_to", text)
        return None if cue is None or self.prospective_before(text, cue.start()) else cue

    def prospective_before(self, text: str, at: int) -> bool:
        """Whether a word of who may apply ("Typical", "potentiële") stands right before `at`."""
        return self.cues.search("prospective_words", text[max(0, at - 25) : at]) is not None

    def unit_index(self, pos: int) -> int:
        """The index of the unit that holds (or last starts before) character `pos`."""
        return max(0, bisect.bisect_right(self._unit_starts, pos) - 1)

    def _units_over(self, a: int, b: int) -> range:
        first = max(0, bisect.bisect_right(self._unit_starts, a) - 1)
        last = bisect.bisect_left(self._unit_starts, b)
        return range(first, min(last, len(self.units)))

    def periods_in(self, a: int, b: int) -> list[PeriodMention]:
        """The periods written between a and b (found per unit, once)."""
        return self._per_unit(self._unit_periods, lambda text: find_periods(text, self.lang), a, b)

    def amounts_in(self, a: int, b: int) -> list[Amount]:
        """The euro amounts written between a and b (found per unit, once)."""
        out = []
        for i in self._units_over(a, b):
            euros = self._unit_euros.get(i)
            if euros is None:
                money = self._unit_items(self._unit_money, self._find_money, i)
                euros = self._unit_euros[i] = [am for am in money if am.currency == "EUR"]
            out += [am for am in euros if am.start >= a and am.end <= b]
        return out

    def money_in(self, a: int, b: int) -> list[Amount]:
        """The sums written between a and b in any currency (found per unit, once): who gives one
        pays, whatever the money ("Region Skåne contributes SEK 1.8 million")."""
        return self._per_unit(self._unit_money, self._find_money, a, b)

    def _find_money(self, text: str) -> list[Amount]:
        return find_amounts(text, self.lang)

    def _per_unit(self, cache: dict[int, list], finder: Callable[[str], list], a: int, b: int) -> list:
        """Mentions between a and b, found unit by unit with `finder` and shifted to document offsets."""
        out = []
        for i in self._units_over(a, b):
            out += [m for m in self._unit_items(cache, finder, i) if m.start >= a and m.end <= b]
        return out

    def _unit_items(self, cache: dict[int, list], finder: Callable[[str], list], i: int) -> list:
        """Unit i's mentions, found with `finder` on its first reading and kept in `cache`."""
        items = cache.get(i)
        if items is None:
            u = self.units[i]
            items = cache[i] = [
                dataclasses.replace(m, start=m.start + u.start, end=m.end + u.start)
                for m in finder(self.text[u.start : u.end])
            ]
        return items

    def in_span(self, items: list, a: int, b: int) -> list:
        return [x for x in items if x.start >= a and x.end <= b]

    def funders_in(self, a: int, b: int) -> list[tuple[str, int, int]]:
        """Funds and national money named between a and b, as (iri, start, end)."""
        out = [(m.entity.iri, m.start, m.end) for m in self.in_span(self.funds, a, b)]
        out += [(NATIONAL, s, e) for s, e in self._national_cues if s >= a and e <= b]
        if self._regional_cues:
            out += [(o, s, e) for o, s, e in self.regional_payers() if s >= a and e <= b]
        return sorted(out, key=lambda x: x[1])

    @functools.cached_property
    def _host_label_set(self) -> set[str]:
        """The words of the page's host that may spell a name (`_host_labels`), read once."""
        return _host_labels(self.doc.url) if self.doc.url else set()

    def municipal_money_in(self, a: int, b: int) -> bool:
        """Whether a town's own money is named between a and b ("fondi propri di bilancio comunale",
        "aus dem städtischen Haushalt")."""
        return any(municipal and a <= s and e <= b for s, e, municipal in self._regional_cues)

    def is_town_government(self, iri: str) -> bool:
        """Whether an organisation's name is a town's government's ("Comune di X", "Stadt X")."""
        return bool(_MUNICIPAL_GOVERNMENT.match(self._org_name(iri)))

    def regional_payers(self) -> list[tuple[str, int, int]]:
        """Each mention of a region's, a Land's or a province's own money ("aus Landesmitteln",
        "crédits départementaux") as (the government that pays it, start, end): the organisation
        named right after ("Landesmitteln des Ministeriums X"), else the page's one regional
        government ("Land X", "Région X", "Provincie X"), else the site's owner when it is a
        regional ministry. Unresolved mentions are left out: the state's money they are not."""
        if self._regional_payers[0] == len(self.orgs):
            return self._regional_payers[1]
        governments = list(dict.fromkeys(o.iri for o in self.orgs if _REGIONAL_GOVERNMENT.match(o.name)))
        # a county pays its own money ("aus Kreismitteln"), never a Land's
        kinds = governments + list(dict.fromkeys(o.iri for o in self.orgs if _COUNTY.match(o.name)))
        default = governments[0] if len(governments) == 1 else None
        # the page's town: the one it names, or the one it names most ("Commune de Schaerbeek" three
        # times, "Gemeente Schaarbeek" once in a bilingual footer)
        town = self._most_named({o.iri for o in self.orgs if _MUNICIPAL_GOVERNMENT.match(o.name)})
        if town is None:
            # a town's own site, whose host is the town's name ("Roeselare" on roeselare.be)
            places = {m.text for m in self.places}
            town = next(
                (o.iri for o in self.orgs if o.name in places and "owner" in self.shape_rules.get(o.iri, ())), None
            )
        if town is None and (labels := self._host_label_set):
            # (or the place the text names as a body whose name the host spells: "der Stadt
            # Bielefeld" on bielefeld.de)
            town = next(
                (
                    o.iri
                    for o in self.orgs
                    if re.sub(r"\W", "", fold(o.name)) in labels
                    and re.search(rf"{_TOWN_WORD}\s+{re.escape(o.name)}\b", self.text)
                ),
                None,
            )
        # not the cached `site_owner`: asked this early, it would miss the names found later
        owner = self._site_owner() if default is None else None
        if default is None and owner is not None:
            name = self._org_name(owner)
            if _MINISTRY.search(name) and not _is_state_ministry(name):
                default = owner
        if default is None and not governments:
            default = self._state_government()
        out = []
        for s, e, municipal in self._regional_cues:
            after = [o for o in self.orgs_in(e, e + 200) if o.start <= e + 20]
            # only an "of" and an article between ("des", "de la", "van de", "of the")
            named = after[0].iri if after and _OF_THE.fullmatch(self.text[e : after[0].start]) else None
            # a town's own money ("stadsmiddelen", "budget communal") is the page's one town's; a
            # Land's ("Landesmittel") the page's one Land, whatever other region it names
            payer = named or (town if municipal else self._government_of_kind(self.text[s:e], kinds) or default)
            if payer:
                out.append((payer, s, e))
        self._regional_payers = (len(self.orgs), out)
        return out

    def _government_of_kind(self, cue: str, governments: list[str]) -> str | None:
        """The page's one government of the kind a money cue names ("Landesmittel": a Land;
        "crédits départementaux": a département), if the page names one such, or names one such more
        than the others."""
        kind = next((heads for word, heads in _MONEY_KINDS if word.search(cue)), None)
        if kind is None:
            return None
        # (the one the page names most: "Landkreis Emmendingen" three times, a menu's "Kreis & Politik" twice)
        return self._most_named({g for g in governments if kind.match(self._org_name(g))})

    def _most_named(self, iris: set[str]) -> str | None:
        """Of these organisations, the one the page names, or names more often than any other."""
        counts = Counter(o.iri for o in self.orgs if o.iri in iris).most_common(2)
        if not counts:
            return None
        return counts[0][0] if len(counts) == 1 or counts[0][1] > counts[1][1] else None

    def _org_name(self, iri: str) -> str:
        """An organisation's name: the reference data's label, else the name it was minted with."""
        entity = self.entity(iri)
        return entity.label() if entity is not None else self.new_orgs[iri].name if iri in self.new_orgs else ""

    @functools.cached_property
    def _states_named(self) -> list[str]:
        """The state governments whose state the text names (asked again each time an organisation
        is added, and the text does not change)."""
        found = []
        for government in self.cues.words["state_governments"]:
            place = _STATE_HEAD.sub("", government)
            if re.search(rf"(?<![\w-])(?:{re.escape(place)}|{re.escape(place.upper())})(?![\w-])", self.text):
                found.append(government)
        return found

    def _state_government(self) -> str | None:
        """The government of the one federal state the page names ("in Mecklenburg-Vorpommern" on a
        page that speaks of "Landesmittel" without naming "das Land Mecklenburg-Vorpommern"): the
        payer of the Land's money, minted as "Land Mecklenburg-Vorpommern"."""
        found = self._states_named
        if len(found) != 1:
            return None
        name = found[0]
        iri = str(iris.organisation_iri(organisation_key(name, self.cues)))
        if self.entity(iri) is None:
            self.new_orgs.setdefault(iri, NewOrganisation(iri, name, MKG.Organisation))
        return iri

    def names_a_programme(self, o: OrgMention, start: int) -> bool:
        """Whether a name right after a fund's, from `start` on, is part of a programme's name (the
        region in "PR FSE+ Umbria 2021-2027"), not a payer of its own."""
        return any(0 <= o.start - e <= 2 for _f, _s, e in self.funders_in(start, o.start))

    def pays_on_fund_line(self, o: OrgMention, line: Unit, runners: Iterable[str]) -> bool:
        """Whether a name on a record line of who pays ("Financement : FAMI et Ville de
        Saint-Étienne") pays. Not the region a programme is named after ("PR FSE+ Umbria
        2021-2027") or whose programme passes the fund on ("Regione Emilia-Romagna – Programma FSE+
        2021-2027"); not a fund's authority ("Ministero dell'Interno, Autorità Responsabile"); not
        the body a running cue names ("progetto regionale coordinato dalla Regione X"); not the
        project's runner, unless the line gives its share ("City of X 20 % (EUR ...)")."""
        if o.iri in runners and not self.share_after(o, line.end):
            return False
        if self.names_a_programme(o, line.value_start) or self.near_authority_cue(o):
            return False
        after = self.text[o.end : line.end]
        nouns = self.cues.regex["programme_nouns"].pattern
        programme = re.match(rf"\s*[–—-]\s*(?:{nouns})(?!\w)", after, re.I)
        if programme is not None and self.funders_in(o.end + programme.end(), line.end):
            return False
        before = self.text[line.value_start : o.start]
        cues = self.cues.find("implemented_by", before)
        return not cues or bool(before[cues[-1].end() :].strip())

    def orgs_in(self, a: int, b: int) -> list[OrgMention]:
        return sorted(self.in_span(self.orgs, a, b), key=lambda o: o.start)

    def text_without_orgs(self, a: int, b: int) -> str:
        """The text from `a` to `b` with the organisations named in it blanked out (same length), to
        see what else stands between two names."""
        chars = list(self.text[a:b])
        for o in self.orgs_in(a, b):
            for i in range(max(0, o.start - a), min(len(chars), o.end - a)):
                chars[i] = " "
        return "".join(chars)

    def entity(self, iri: str) -> Entity | None:
        return self.index.entities.get(iri)

    def is_contact_heading(self, k: int, max_words: int | None = None) -> bool:
        """Whether unit k is a contact block's heading ("Contact", "Pressekontakt", "Get in touch"),
        of at most `max_words` words when given."""
        u = self.units[k]
        if u.kind != "heading" or (max_words is not None and word_count(u.text) > max_words):
            return False
        return self.cues.search("contact_words", u.text) is not None

    def is_unit_name(self, words: list[str]) -> bool:
        """Whether words name a body's own unit: at most five, a unit's head word first or last
        ("Referat für Migration", "Immigration Services", "Amt für Migration und Integration")."""
        return 0 < len(words) <= 5 and (self.cues.has("unit_heads", words[0]) or self.cues.has("unit_heads", words[-1]))

    def written_name(self, iri: str) -> str | None:
        """The name by which the text calls a reference organisation, as it writes it: the longest
        of its mentions that is one of the entity's names or acronyms (a full name over an acronym).
        None for a new organisation (its name is the one written) or one the text names otherwise
        (a site's owner, a name read in part)."""
        ent = self.entity(iri)
        if ent is None or ent.kind != "org":
            return None
        names = {n.casefold() for n in ent.names}
        forms = [" ".join(self.text[m.start : m.end].split()) for m in self.orgs if m.iri == iri]
        forms = [f for f in forms if f.casefold() in names or f in ent.acronyms]
        return max(forms, key=len, default=None)  # the first of the longest: max keeps the first

    def is_country(self, name: str) -> bool:
        """Whether the text names a country so ("Italie", "Poland")."""
        return any(m.text == name and _COUNTRY in m.entity.classes for m in self.places)

    def names_a_body(self, name: str) -> bool:
        """Whether the text writes the name with a legal form ("Stichting Taal doet Meer", "Neuland
        e.V.") or says what body it is ("X is een Utrechtse stichting", "X is a Cork charity"): an
        organisation's name, not a project's."""
        written = re.escape(name)
        legal = self.cues.regex["legal_forms"].pattern
        if re.search(
            rf"(?<![\w-])(?i:{legal})[ \t]+{written}(?![\w-])|(?<![\w-]){written},?[ \t]+(?:{legal})(?![\w.-])",
            self.text,
        ):
            return True
        heads = {h.split()[-1].split("'")[-1].lower() for h in self.cues.words["org_heads"]}
        articles = self.cues.words["indefinite_articles"]
        if not heads or not articles:
            return False
        said = re.compile(
            rf"(?<![\w-]){written}[ \t]+\w{{2,3}}[ \t]+(?i:{'|'.join(map(re.escape, articles))})[ \t]+"
            rf"(?:[\w'’-]+[ \t]+){{0,2}}(?i:{'|'.join(map(re.escape, sorted(heads)))})(?![\w-])"
        )
        return said.search(self.text) is not None

    def is_place(self, name: str) -> bool:
        """Whether the text names a place so ("Bruxelles", "Vlaanderen", "Italie"); not a town's
        government ("Ville de Namur", "Stad Gent": a name head makes it an organisation)."""
        folded = fold(name)
        if any(folded.startswith(" ".join(h)) for h in shapes_for(self.lang).prefix_heads):
            return False
        return any(m.text == name for m in self.places)

    @functools.cached_property
    def fund_units(self) -> set[int]:
        """The units that name a fund (not national money, not an organisation)."""
        return {self.unit_index(m.start) for m in self.funds if m.entity.kind == "fund"}

    def names_a_town(self, name: str) -> bool:
        """Whether the words are a place's name: a place the text names, or a town whose government
        the text or the reference data names with its name head ("Deventer" of "gemeente Deventer"):
        in "Taalcafé Plus (Deventer)" the place the project runs in, not who runs it."""
        if self.is_place(name):
            return True
        folded = fold(name)
        for o in self.orgs:
            ent = self.entity(o.iri)
            for label in [o.name, *(ent.labels.values() if ent is not None else ())]:
                # (a government's name head: "Gemeente", "Ville de", "Comune di", also written in
                # lower case, "de gemeenten Zwolle en Deventer"; not "Mission locale de Serrac", a
                # body named after its town)
                head = self.cues.find("name_heads", label[:1].upper() + label[1:])
                if head and head[0].start() == 0 and fold(label[head[0].end() :].strip()) == folded:
                    return True
        return False

    def is_fund(self, iri: str) -> bool:
        """One of the funds of the reference data (not national money, not an organisation)."""
        ent = self.entity(iri)
        return ent is not None and ent.kind == "fund"

    def is_eu_body(self, iri: str) -> bool:
        """One of the Union's own bodies (the Commission, its DGs): they pass its funds on."""
        ent = self.entity(iri)
        return ent is not None and ent.is_eu_body

    def is_implementer_org(self, iri: str) -> bool:
        """Whether the organisation may run a project: not one of the Union's bodies, nor a state's
        government as such ("de federale regering", "the Government of Ireland"), whose money is
        national money and whose departments run what it runs."""
        return not self.is_eu_body(iri) and not _NATIONAL_GOVERNMENT.search(iri) and not self.is_a_members_party(iri)

    @functools.cached_property
    def authority_orgs(self) -> frozenset[str]:
        """Organisations the text names in a fund's authority role ("Zuständige Behörde für den AMIF:
        Bundesamt für ...", "the Responsible Authority, the Department of Justice")."""
        return frozenset(m.iri for m in self.orgs if self.near_authority_cue(m))

    def joined_by_and(self, a: int, b: int) -> bool:
        """Whether the text from a to b is only "and" and an article ("e la", "and the"): what stands
        before it and the name after it are two parties."""
        return re.fullmatch(rf"\s*,?\s*{self.cues.then_article('and_words')}", self.text[a:b]) is not None

    def near_authority_cue(self, m: OrgMention) -> bool:
        """Whether an authority cue stands around the mention (60 characters before, 40 after), and
        one after it is not another's ("Das Integrationsbüro des Landkreises hat sich im
        Förderaufruf des BAMF beworben": the call is the BAMF's, the Landkreis applies)."""
        start = max(0, m.start - 60)
        for cue in self.cues.find("authority_cues", self.text[start : m.end + 40]):
            at = start + cue.start()
            if at < m.start and self.joined_by_and(start + cue.end(), m.start):
                continue  # "tra l'Autorità Responsabile e la Regione X": the other party
            if at < m.start and _CLAUSE_BREAK.search(self.text, start + cue.end(), m.start):
                continue  # "... all'Autorità di Gestione. Il Comune è beneficiario": another clause's subject
            if at < m.end or not any(at < o.start <= start + cue.end() + 20 for o in self.orgs):
                return True
        return False

    def is_national_body(self, iri: str) -> bool:
        """A state's agency (the reference data's public agencies): its subsidies are the state's
        money too (the annotation convention)."""
        ent = self.entity(iri)
        if ent is not None:
            # a region's government is no state agency: its money is its own, not the state's
            return _PUBLIC_AGENCY in ent.classes and not any(_REGIONAL.search(n) for n in ent.labels.values())
        new = self.new_orgs.get(iri)
        return new is not None and _is_state_ministry(new.name)

    def is_state_or_regional_body(self, iri: str) -> bool:
        """Whether the organisation is a government above the towns or one of its bodies: a state
        agency of the reference data, a ministry, a region's, a Land's or a province's government,
        or a body the text names in a fund's authority role. Such bodies pass money on or pay it;
        a town's government is none of them (towns run projects of their own)."""
        ent = self.entity(iri)
        if ent is not None and _PUBLIC_AGENCY in ent.classes:
            return True
        name = self._org_name(iri)
        return (
            bool(_MINISTRY.search(name) or _is_state_ministry(name) or _REGIONAL_GOVERNMENT.match(name))
            or iri in self.authority_orgs
        )

    def names_of(self, iri: str) -> set[str]:
        """An organisation's names, folded: the reference data's label or its minted name, and each
        name the text writes it with."""
        return {fold(self._org_name(iri)), *(fold(m.name) for m in self.orgs if m.iri == iri)}

    @functools.cached_property
    def fronted_runners(self) -> frozenset[int]:
        """Where the organisations start that a sentence opening with a running cue names as its
        runner: "A gestire lo sportello è la cooperativa sociale X", "Getragen wird „Name“ vom X"
        (the first name after the cue, in the same sentence)."""
        out = set()
        behind = self.cues.regex["behind_words"].pattern
        # "Achter 'Groene Handen' zit vzw X": behind the project's name (quoted or in capitals), a verb
        named = re.compile(
            rf"\s*(?i:{behind})\s+(?:[«“„\"'‘][^«»“”„\"'‘’\n]{{3,80}}[»“”\"'’]|(?:[A-ZÀ-Þ][\w-]*\s+){{1,4}}?)\s*,?\s*\w+\b"
        )
        for u in self.units:
            m = self.cues.search("fronted_runs", u.text[:40])
            if m is None and behind:
                m = named.match(u.text)
            if m is None or u.text[: m.start()].strip(" \"'«»“”„"):
                continue
            after = [o for o in self.orgs_in(u.start + m.end(), u.end) if o.start - (u.start + m.end()) <= 120]
            if after:
                out.add(after[0].start)
        out |= self._cleft_runners()
        out |= self._split_passive_runners()
        out |= self._keyed_copula_runners()
        return frozenset(out)

    def _keyed_copula_runners(self) -> set[int]:
        """Where the organisations start that a sentence opening with a runner's key names after its
        verb "to be": "Träger der Beratungsstellen im Netzwerk X sind der Caritasverband Y, das
        Diakonische Werk Z und der Kreisverband W", "Porteurs du projet sont l'asbl X et le CPAS Y"
        (every name of the list after the verb)."""
        out: set[int] = set()
        if not self.cues.words["implementer_keys"]:
            return out
        keys = self.cues.regex["implementer_keys"].pattern
        verbs = "|".join(re.escape(w) for w in [*self.cues.words["copulas"], *self.cues.words["plural_copulas"]])
        # (an article only before the key: "Typical beneficiaries are A, B and C" says who may apply)
        articles = self.cues.regex["determiners"].pattern
        opening = re.compile(rf"\s*(?:(?i:{articles})\s+)?(?i:{keys})\b[^.;:!?]{{0,80}}?\s(?i:{verbs})\s+")
        for u in self.units:
            m = opening.match(u.text)
            if u.kind != "sentence" or m is None:
                continue
            at = u.start + m.end()
            names = self.orgs_in(at, u.end)
            if not names or names[0].start - at > 25:
                continue
            out.add(names[0].start)
            joins = shapes_for(self.lang).coordinators
            for before, o in itertools.pairwise(names):
                # (the list goes on over commas, "and" and an article only: "A, das B und der C")
                glue = self.text[before.end : o.start].replace(",", " ").split()
                if len(glue) > 2 or not all(self.cues.has("determiners", w.lower()) or fold(w) in joins for w in glue):
                    break
                out.add(o.start)
        return out

    def _split_passive_runners(self) -> set[int]:
        """Where the organisation starts that a running participle's agent names with words between
        the two, in a sentence about the project: "Il sera mené de septembre 2024 à août 2026 par
        l'asbl X", "It is carried out over two years by X" (the cues write "mené par", "carried out
        by")."""
        # (each participle with its own agent's word: "mené ... par", not "realizzato ... di")
        pairs = {
            tuple(cue.rsplit(" ", 1))
            for cue in self.cues.words["implemented_by"]
            if " " in cue and self.cues.has("by_words", cue.rsplit(" ", 1)[1]) and len(cue.rsplit(" ", 1)[0]) >= 4
        }
        if not pairs:
            return set()
        alt = "|".join(
            rf"{re.escape(p)}(?:\s+[^\s,.;:!?()]+){{1,8}}?\s+{re.escape(b)}" for p, b in sorted(pairs, reverse=True)
        )
        split = re.compile(rf"(?<!\w)(?:{alt})\s+", re.I)
        # the sentence's subject is the project, by a pronoun or its noun ("Il sera mené ...", "The
        # programme is implemented jointly by ..."), not another thing ("ALPI APERTE, progetto
        # realizzato tra il 2019 e il 2021 dal X")
        anaphor = re.compile(rf"\s*(?:{self.cues.regex['anaphora'].pattern})\b", re.I)
        out: set[int] = set()
        for u in self.units:
            if not anaphor.match(u.text):
                continue
            for m in split.finditer(u.text):
                if self.cues.search("managing_participles", m.group(0)) or self.cues.search("funded_by", m.group(0)):
                    continue  # "le FAMI est géré en France par": who manages a fund, not who runs a project
                if self.funders_in(max(u.start, u.start + m.start() - 60), u.start + m.start()):
                    continue  # "Le FAMI est mis en œuvre en France par le ministère": the fund's manager
                end = u.start + m.end()
                after = [o for o in self.orgs_in(end, u.end) if o.start - end <= 20]
                if after:
                    out.add(after[0].start)
        return out

    def _cleft_runners(self) -> set[int]:
        """Where the organisation starts that a cleft sentence names as the one that runs: "C'est
        l'asbl X, née en 2016 ..., qui coordonne l'ensemble", "Es ist der Verein X, der ... leitet"."""
        out: set[int] = set()
        opener = self.cues.regex["cleft_openers"]
        if not self.cues.words["cleft_openers"]:
            return out
        relative = self.cues.regex["cleft_relatives"].pattern
        runs = self.cues.regex["runs_verbs"].pattern
        # (the name's own words may go on in lower case before the relative: "le Centre X de la
        # province de Namur qui pilote")
        tail = re.compile(rf"[\s,]+(?:[^\s,.;]+\s+){{0,5}}?(?i:{relative})\s+(?:\S+\s+){{0,3}}?(?i:{runs})\b")
        for u in self.units:
            # (after a short phrase set in front: "En coulisses, c'est le Centre X qui pilote l'ensemble")
            fronted = re.match(r"[^,.;:]{1,30},\s*", u.text)
            m = opener.match(u.text) or (opener.match(u.text, fronted.end()) if fronted else None)
            if m is None:
                continue
            names = [o for o in self.orgs_in(u.start + m.end(), u.end) if o.start - (u.start + m.end()) <= 25]
            if not names:
                continue
            rest = self.text[names[0].end : u.end]
            # the name's apposition between ("née en 2016 d'un collectif citoyen"), then the relative
            for comma in [0, *(c.end() for c in re.finditer(r",", rest[:160]))]:
                if tail.match(rest, max(0, comma - 1)):
                    out.add(names[0].start)
                    break
        return out

    def is_partner_mention(self, org: OrgMention) -> bool:
        """Whether a partner or support cue stands right before the organisation ("samen met X",
        "con il supporto di X"): it takes part or helps, it does not run the project."""
        before = self.text[max(0, org.start - 40) : org.start]
        cues = "(?:" + self.cues.regex["partner_cues"].pattern + "|" + self.cues.regex["support_from"].pattern + ")"
        # Up to two words between: an article and a role noun ("samen met de stichting X").
        return bool(re.search(cues + r"\s+(?:\S+\s+){0,2}$", before, re.I))

    def share_after(self, org: OrgMention, end: int) -> bool:
        """Whether a share or a sum follows the organisation's name in its part of a line, before
        `end` and the line's next part ("City of X 20 % (EUR 148,400); ..."): what it pays itself."""
        part = re.split(r"[;,]\s", self.text[org.end : end], maxsplit=1)[0]
        return bool(re.match(r"\s*(?:[:=–-]\s*)?\(?\d", part)) or bool(self.amounts_in(org.end, org.end + len(part)))

    def is_named_as_partner(self, org: OrgMention) -> bool:
        """Whether the organisation's clause says it takes part as a partner ("Onderzoekers van de
        Universiteit Antwerpen volgden het project als partner", "X joined as a partner", "X,
        partenaire du projet, ...")."""
        after = re.split(r"[.;!?](?:\s|$)", self.text[org.end : org.end + 90], maxsplit=1)[0]
        partner = self.cues.regex["partner_cues"].pattern
        role = r"\b(?:als|as|en tant que|comme|come|in qualità di)\s+(?:\w+\s+)?(?:" + partner + r")\b"
        # "le CPAS de La Louvière, partenaire du projet, qui oriente ...": the role in apposition
        # (not "la cooperativa Armonia, già partner di Terre Comuni, gestirà ...": another project's)
        apposed = r"^\s*,\s*(?:" + partner + r")\b"
        # ("COOSS Marche Onlus – partner" over what it does: a partnership's line, its role after a dash)
        dashed = r"^[ \t]*(?:\([^()]*\)[ \t]*)?[–—-][ \t]*(?:" + partner + r")[ \t]*(?:\n|$)"
        return bool(re.search(role, after, re.I) or re.search(apposed, after, re.I) or re.search(dashed, after, re.I))

    def is_named_as_employer(self, org: OrgMention) -> bool:
        """Whether the organisation is named as where someone works ("Fiona Doherty, coordinator at
        Mayo Intercultural Action, welcomed the news"): the clause is about the person."""
        before = self.text[max(0, org.start - 50) : org.start]
        return any(_STAFF_AT_END.fullmatch(before, m.end()) for m in self.cues.find("staff_at", before))

    @functools.cached_property
    def _ours(self) -> re.Pattern[str] | None:
        """A first-person possessive and up to two head words, right before a name."""
        if not self.cues.words.get("our_words"):
            return None
        return re.compile(r"\b(?:" + self.cues.regex["our_words"].pattern + r")\s+(?:[^\W\d]+\s+){0,2}$", re.I)

    def is_ours(self, iri: str) -> bool:
        """Whether the text names the organisation only as a part of its site's owner, after a
        first-person possessive and at most two head words ("Notre service Insertion
        socioprofessionnelle", "unser Fachdienst Migration"): the owner runs what it runs."""
        ours = self._ours
        if ours is None:
            return False
        mentions = [m for m in self.orgs if m.iri == iri]
        return bool(mentions) and all(ours.search(self.text[max(0, m.start - 40) : m.start]) for m in mentions)

    def is_speaker(self, org: OrgMention) -> bool:
        """Whether the text cites the organisation rather than says it acts: "estime le CGRA",
        "according to IOM"."""
        before = self.text[max(0, org.start - 30) : org.start]
        words = [w for w in before.split() if not self.cues.has("determiners", w)]
        tail = " ".join(words[-2:])
        return bool(re.search(self.cues.regex["speaker_cues"].pattern + r"\s*(?:l['’])?$", tail, re.I))

    # -- new organisations --------------------------------------------------------------------

    def add_org(self, name: str, start: int, end: int, *, shaped: bool = False) -> OrgMention | None:
        """An organisation named in the text: a known one if the span holds one, else a new one.
        `shaped`: the name was found by its shape, which may start with a lower-case head ("stad X")."""
        known = self.orgs_in(start, end)
        if known and not self._headed_other(start, known[0]):
            return known[0]
        cut = self._money_start_in(start, end)
        if cut is not None and name == self.text[start:end]:
            # "Association Accueil Nord 120.000 EUR" on a line of a table of grants: the sum is no
            # part of the name.
            name = self.text[start:cut].rstrip()
            end = start + len(name)
        name = _clean_name(name)
        credit = _PHOTO_CREDIT.fullmatch(name)
        if credit is not None and name == self.text[start:end]:
            # "Fotos: Stadt Salzburg/Wild": a photo's credit, the body before its photographer
            name = credit.group(1)
            end = start + len(name)
        words = name.split()
        while len(words) > 1 and self.cues.has("determiners", words[0]) and words[0].islower():
            words = words[1:]
        if len(words) > 1 and self.cues.has("determiners", words[0].lower()):
            # "Die Lore-Wendt-Stiftung wurde 1998 ...": a sentence's article before a name the text
            # writes without it elsewhere (not "De Lijn", which is written so)
            rest = fold(" ".join(words[1:]))
            same = next((o for o in self.orgs if fold(o.name) == rest), None)
            if same is not None:
                return same
        name = " ".join(words)
        if not _looks_like_name(name, self.cues) or self.funders_in(start, end) or self.cues.has("legal_forms", name):
            return None
        if self.cues.has("programme_nouns", name) or self.cues.has("project_nouns", name):
            return None  # "dal Programma regionale FSE+": a programme, no organisation
        if any(m.start < end and start < m.end for m in self.fund_names):
            return None  # "EU's Asylum" of "the EU's Asylum, Migration and Integration Fund": the fund's words
        if self.is_country(name):
            return None  # "Fundación Cepaim (Spain)": a partner's country, no organisation
        if len(words) == 1 and words[0].lower() in self.cues.numbers:
            return None  # "Otto per mille della Chiesa Valdese": a number word, no name
        if re.search(r"\d[.,]\d", name):
            return None  # "(Deliverable 2.1)", "(PDF, 1,2 Mo)": a document's number or size, no name
        funded = self.cues.search("funded_by", name)
        if funded is not None and funded.start() == 0:
            return None  # "Cofinanziato dall'Unione" of a logo's line: who funds, no name
        lower_start = bool(words) and words[0][:1].islower() and not shaped
        if is_not_organisation(name) or (lower_start and not self.cues.search("legal_forms", name)):
            return None  # "the European Union" funds, it runs nothing; "indien het OCMW" is a clause
        iri = str(iris.organisation_iri(organisation_key(name, self.cues)))
        cls = MKG.NonGovernmentalOrganisation if self.cues.search("legal_forms", name) else MKG.Organisation
        self.new_orgs.setdefault(iri, NewOrganisation(iri, name, cls))
        mention = OrgMention(iri, start, end, name, False)
        self.orgs.append(mention)
        return mention

    def add_whole_org(self, name: str, start: int, end: int) -> OrgMention | None:
        """The organisation a record's value names whole, where the shape of names found only part
        of it ("association Langues en partage": "Langues"; "Cardiff and Vale College": "Vale
        College"): the value's name, past a kind word before it, takes that part's place."""
        inner = self.orgs_in(start, end)
        if len(inner) != 1 or inner[0].known or (inner[0].start <= start and inner[0].end >= end):
            return self.add_org(name, start, end)
        words, at = name.split(), start
        while len(words) > 1 and self.cues.has("org_heads", words[0].lower()):
            at = self.text.index(words[1], at + len(words[0]))
            words = words[1:]
        part = inner[0]
        outside = self.text[at : part.start] + " " + self.text[part.end : end]
        if at > part.start or not outside.strip() or len(outside.split()) > 3 or re.search(r"[\d,;:()]", outside):
            return self.add_org(name, start, end)
        start = at
        self.orgs.remove(part)
        whole = self.add_org(" ".join(words), start, end)
        if whole is None:
            self.orgs.append(part)
            return part
        return whole

    def add_later_uses(
        self, org: OrgMention, *, alone: bool = False, written: str | None = None, bracketed: bool = True
    ) -> None:
        """The other places the text writes a new organisation's name as it was found ("Tissé
        Métisse" on a list line, then in "le projet de Tissé Métisse bénéficie ..."); `alone`: not
        where it opens a longer name or a quoted one ("Samen" of "Samen in X", then of '"Samen Sterk"');
        `written`: the name as written there, if not as found ("L'Escale Namuroise" of "L'Escale
        Namuroise asbl"); `bracketed`: also right before a bracket (not "Scan-R (Scan-R asbl)", a
        project named after its body)."""
        written = written or self.text[org.start : org.end]
        if len(written) < 4:
            return
        for start in literal_starts(self.text, written, bounded_by=""):  # (?<!\w)written(?!\w)
            end = start + len(written)
            if alone and (
                re.match(r"[^\S\n]+[A-ZÀ-Þ]", self.text[end : end + 3])
                or self.text[max(0, start - 1) : start] in ('"', "'", "«", "“", "„", "‘")
            ):
                continue
            if not bracketed and re.match(r"\s*\(", self.text[end : end + 3]):
                continue
            if start != org.start and not any(o.start < end and start < o.end for o in self.orgs):
                self.orgs.append(OrgMention(org.iri, start, end, org.name, org.known))

    def _headed_other(self, start: int, inner: OrgMention) -> bool:
        """Whether a name is another organisation than the one named inside it: a head word before
        a town's or a site's owner's name ("OCMW Leuven" on leuven.be, "CPAS de Liège")."""
        head = self.text[start : inner.start].strip()
        if not head or inner.known:
            return False
        if self.cues.has("name_heads", head) or _words(head) in shapes_for(self.lang).prefix_heads:
            return True
        # "Sportservice Doetinchem" in a table's cell on the town's site: a name of its own before
        # the town's bare name, which is where it sits
        written = self.text[inner.start : inner.end]
        town = self.new_orgs.get(inner.iri)
        return (
            len(written.split()) == 1
            and town is not None
            and fold(town.name) != fold(written)
            and len(head.split()) == 1
            and head[:1].isupper()
            and head.isalpha()
        )

    def _money_start_in(self, start: int, end: int) -> int | None:
        """The start of the first sum of money inside the span, past its first character (its
        currency may follow the span: "Nord 120.000 EUR")."""
        if not any(c.isdigit() for c in self.text[start:end]) and not _CURRENCY_WORD.search(self.text, start, end):
            return None  # no number, no currency: no sum (most names)
        for am in find_amounts(self.text[start : end + 24], self.lang):
            if 0 < am.start < end - start:
                return start + am.start
        return None

    def _find_new_orgs(self) -> None:
        # "Alto asbl", "refugio thüringen e.V.": a name written before its legal form.
        for m in self.cues.find("legal_forms", self.text):
            if self.orgs_in(m.start(), m.end()):
                continue
            if _IN_ADDRESS.search(_token_at(self.text, m.start())):
                continue  # "projecten@dewissel-vzw.be", "www.tumult-vzw.be": an address, no name
            before = self.text[max(0, m.start() - 3) : m.start()]
            if re.search(r"(?:^|\W)[lL]['’]$|(?:^|\W)[dD]['’]$", before) or self.cues.has(
                "determiners", (self.text[max(0, m.start() - 8) : m.start()].split() or [""])[-1]
            ):
                continue  # "l'asbl Passerelle", "de vzw Tumult": the form heads a name that follows
            prev = (self.text[max(0, m.start() - 20) : m.start()].split() or [""])[-1]
            # (on the same line: "Begünstigte/r: passage gGmbH" over the next record line ends there)
            heads_next = re.match(r"[^\S\n]+[A-ZÀ-Þ]", self.text[m.end() : m.end() + 3])
            if prev[:1].islower() and heads_next:
                continue  # "Achter X zit vzw Tuinwerk Limburg": a verb, then the form heading a name
            if self.lang == "nl" and re.fullmatch(r"[A-ZÀ-Þ]\w+se", prev):
                continue  # "de Antwerpse vzw De8", "een Brusselse vzw die ...": a town's adjective
            start = self._name_start(m.start())
            # "Der Caritasverband X e.V. bietet ...": the German article that opens a sentence, before
            # two words or more of the name, is none of it (not "Die Brücke e.V.", an article and a
            # word; nor Dutch and French names that open with theirs: "De Brug Kempen vzw")
            opening = re.match(r"([^\W\d_]+)\s+", self.text[start : m.start()])
            if (
                self.lang == "de"
                and opening
                and opening.group(1).istitle()
                and self.cues.has("determiners", opening.group(1).lower())
                and len(self.text[start + opening.end() : m.start()].split()) >= 2
            ):
                start += opening.end()
            article = (self.text[max(0, start - 12) : start].split() or [""])[-1]
            described = not re.search(r"[A-ZÀ-Þ]", self.text[start : m.start()])
            if described and self.cues.has("indefinite_articles", article):
                continue  # "une petite asbl eschoise": a kind of body described, no name
            # "Der Verein Brückenwerk Neuwied e.V.", "presentato dall'Associazione X APS": the head
            # noun after an article or other words is no part of the name (the one the head finder
            # reads after it), though the mention starts at the head ("...: Der Verein X e.V.
            # richtet ..." opens a clause). Not a head inside the name ("Il Faro Cooperativa Sociale
            # Onlus"), nor one that opens it alone ("Verein Brückenschlag e. V." in a table's cell).
            heads = [
                h
                for h in self.cues.regex["org_heads"].finditer(self.text, start, m.start())
                if re.match(r"\s+[A-ZÀ-Þ]", self.text[h.end() : h.end() + 2])
                and not re.search(r"(?<![\w'’])[A-ZÀ-Þ]", self.text[start : h.start()])
                and (re.search(r"[\s'’]", h.group(0)) or self._words_before_on_line(h.start()))
            ]
            named_from = start
            if heads:
                start, named_from = heads[-1].start(), heads[-1].end() + 1
            if named_from < m.start():
                self.add_org(self.text[named_from : m.end()], start, m.end())
        # "l'association Ikambere", "de vzw Tumult": a role noun, then the name, in the same cell
        # (not "Werkpunt Westkust vzw<tab>Duaal traject": a legal form ends one cell, a title opens the next).
        for m in self.cues.find("org_heads", self.text):
            seg = self.text[m.end() : m.end() + 80]
            # (a full stop between letters is part of the name: "Verein Menschen.Leben")
            name = re.match(r"[^\S\t\n]*([^\W\d_](?:[^,.;:()\n\t]|\.(?=[^\W\d_])){1,60})", seg)
            if not name:
                continue
            # "l'asbl liégeoise L'Envol", "l'associazione torinese Mondi Aperti": an adjective of
            # place between the form and the name
            adjective = _PLACE_ADJECTIVE.match(name.group(1))
            skip = adjective.end() if adjective else 0
            s = m.end() + name.start(1) + skip
            words = leading_name_words(name.group(1)[skip:], self.cues)
            if words:
                org = self.add_org(words, s, s + len(words))
                # ("Vzw Tussenstap uit X begeleidt ..." after the headline "Tussenstap start met
                # ..."): the name alone elsewhere, unless the text also writes it as a common word
                common = re.search(rf"(?<![\w.@/-]){re.escape(words.lower())}(?![\w@-])", self.text)
                if org is not None and not org.known and common is None:
                    self.add_later_uses(org, alone=True)
        # "Cap Langues Formation, organisme de formation installé à ...": a kind of organisation set
        # in apposition after a name in capitals
        for m in self.cues.find("apposed_kinds", self.text):
            comma = re.search(
                r"([^\W\d_])\s*,\s*(?:" + self.cues.regex["indefinite_articles"].pattern + r"\s+)?$",
                self.text[max(0, m.start() - 12) : m.start()],
                re.I,
            )
            if comma is None or self.text[m.end() : m.end() + 1].isalnum():
                continue
            end = m.start() - (12 if m.start() >= 12 else m.start()) + comma.start(1) + 1
            start = self._name_start(end)
            words = self.text[start:end].split()
            if len(words) >= 2 and all(w[:1].isupper() or self.cues.has("name_connectors", w) for w in words):
                self.add_org(self.text[start:end], start, end)
        # "le CPAS de Liège", "Stad Antwerpen", "la Regione Basilicata": the head is part of the name.
        heads = set(self.cues.words["name_heads"])
        shapes = shapes_for(self.lang)
        for m in self.cues.find("name_heads", self.text):
            name = _HEADED_NAME.match(self.text[m.end() : m.end() + 80])
            glued = self.text[m.end() - 1 : m.end()] in "'’"
            if not name or (name.start(1) == 0 and not glued):
                continue
            word_before = (self.text[max(0, m.start() - 12) : m.start()].split() or [""])[-1]
            if m.group(0)[:1].islower() and self.cues.has("place_prepositions", word_before):
                continue  # "en province de Liège", "in provincia di Cuneo": a place
            # (a gap of spaces ends the cell a name is in: "Ville de Cayenne      40 000,00 €")
            words = leading_name_words(re.split(r"\s{2,}", name.group(1), maxsplit=1)[0], self.cues)
            if words and shapes.place_prefix.match(fold(m.group(0))):
                # "im Landkreis Waldshut für Pflegeberufe", "het OCMW X en Y": a place's name ends
                # before a purpose or another name
                parts = words.split()
                cut = next((k for k, w in enumerate(parts) if k and fold(w) in shapes.place_name_ends), len(parts))
                words = " ".join(parts[:cut])
            if words:
                end = m.end() + name.start(1) + len(words)
                # "la Province du Brabant wallon": an adjective of place ends the name
                after = re.match(r"[^\S\n]+([^\W\d_]+)", self.text[end : end + 30])
                if after is not None and fold(after.group(1)) in shapes.place_adjectives:
                    end += after.end()
                # "des Landes Sachsen-Anhalt": a head in the genitive names the Land in the nominative
                head = m.group(0)
                nominative = next(
                    (
                        head[: -len(x)]
                        for x in ("es", "s")
                        if self.lang == "de" and head.endswith(x) and head[: -len(x)] in heads
                    ),
                    head,
                )
                if nominative == "Land" and not self._names_a_state(self.text[m.end() : end].strip()):
                    continue  # "fördert das Land Integrationsprojekte": German capitalises every noun
                if nominative == "Land":
                    # "gewährt das Land Schleswig-Holstein dem Kreis": the state's name ends the name
                    rest = self.text[m.end() + name.start(1) : end]
                    states = {_STATE_HEAD.sub("", g) for g in self.cues.words["state_governments"]}
                    state = next((x for x in sorted(states, key=len, reverse=True) if rest.startswith(x + " ")), None)
                    # (or a plural noun: "unterstützt das Land Baden-Württemberg Kommunen und Träger")
                    next_word = (rest[len(state) :].split() or [""])[0] if state is not None else ""
                    plural = fold(next_word) in {fold(p) for p, _ in shapes.plural_heads} | shapes.people_nouns
                    if state is not None and (re.match(r" [a-zäöüß]", rest[len(state) :]) or plural):
                        end = m.end() + name.start(1) + len(state)
                # ("Migrationszentrum für Stadt und Landkreis Göttingen e. V.": a longer name's part)
                if any(
                    o.start <= m.start()
                    and end <= o.end
                    and o.end - o.start > end - m.start()
                    and self._legal_form_ends(o)
                    for o in self.orgs
                ):
                    continue
                # "het lokaal bestuur van Maasmechelen": the head in lower case, a name after it
                self.add_org(nominative + self.text[m.end() : end], m.start(), end, shaped=True)

        self._find_shaped_orgs()
        self._find_title_site_org()
        self._find_office_holders()
        self._resolve_back_refs()
        self._find_funding_agents()
        self._find_staff_and_address_orgs()
        self._find_project_owners()
        self._find_record_runners()
        self._find_keyed_runner_names()
        self._drop_record_keys()
        self._drop_apposed_projects()
        self._find_initialisms()
        self._find_initialled_heads()

    def _words_before_on_line(self, pos: int) -> bool:
        """Whether words stand before `pos` on its line or in its table cell."""
        cell = max(self.text.rfind("\n", 0, pos), self.text.rfind("\t", 0, pos)) + 1
        return bool(self.text[cell:pos].strip())

    def _find_initialled_heads(self) -> None:
        """A new organisation's name written with its head's words as their initials, the rest as it
        stands: "l'ATS 19 di Fermo" of "Ambito Territoriale Sociale 19 di Fermo" (three capitalised
        words or more, then a number or a small word)."""
        seen: set[tuple[str, str]] = set()
        for o in list(self.orgs):
            if o.known:
                continue
            lead = re.match(r"((?:[A-ZÀ-Þ][^\W\d_]+\s+){3,5})(?=\d|[a-zà-ÿ])", o.name)
            if lead is None:
                continue
            short = "".join(w[0] for w in lead.group(1).split()) + " " + o.name[lead.end() :]
            if (short, o.iri) in seen:
                continue
            seen.add((short, o.iri))
            for start in literal_starts(self.text, short):
                end = start + len(short)
                if not any(m.start < end and start < m.end for m in self.orgs):
                    self.orgs.append(OrgMention(o.iri, start, end, o.name, False))

    def _find_initialisms(self) -> None:
        """A new organisation's initials written alone, never defined in parentheses: "vzw Kompas
        voor Jonge Nieuwkomers", then "KJN, zoals de organisatie in de buurt bekend staat,
        begeleidt ...". The capitals of its capitalised words, three or more, spelt as one word in
        capitals where no other name stands (a known body's acronym was found first; not a fund's)."""
        by_initials: dict[str, set[str]] = {}
        first: dict[str, OrgMention] = {}
        for o in self.orgs:
            if o.known or self.shape_rules.get(o.iri, set()) & {"acronym", "paren"}:
                continue  # (an acronym the text defines has its uses already)
            words = re.findall(r"[^\W\d_]+", o.name)
            capitalised = [w for w in words if w[:1].isupper()]
            if len(capitalised) < 3 or any(w.isupper() and len(w) > 1 for w in capitalised):
                continue  # (a name with an acronym in it is spelt otherwise)
            initials = "".join(w[0] for w in capitalised)
            by_initials.setdefault(initials, set()).add(o.iri)
            first.setdefault(o.iri, o)
        for initials, named in by_initials.items():
            if len(named) != 1 or is_stopword(initials.lower(), self.lang):
                continue  # (two names spelt alike: neither; "The Hague Embassy" spells "THE")
            (iri,) = named
            for start in literal_starts(self.text, initials, bounded_by="-"):
                end = start + len(initials)
                if _CAPITALS_BESIDE.search(self.text[max(0, start - 20) : start]) or _CAPITALS_AFTER.match(
                    self.text, end
                ):
                    continue  # a word of a line in capitals ("ABOUT THE PROJECT"), no name
                taken = any(o.start < end and start < o.end for o in self.orgs)
                if not taken and not any(f.start < end and start < f.end for f in self.fund_names):
                    org = first[iri]
                    self.orgs.append(OrgMention(iri, start, end, org.name, False))

    def _find_staff_and_address_orgs(self) -> None:
        """Names no other shape found, known by who heads them or by their street address."""
        # "Le Pont des Savoirs, 12 rue de Lorraine, Vandœuvre": a name on a line of its own before
        # its street address
        for m in _BEFORE_ADDRESS.finditer(self.text):
            name = m.group(1).strip()
            # (two words at least: "Selb, Ludwigstraße 5", "FIT-Wohnen, Steinergasse 3": a town's
            # office, a project's)
            if leading_name_words(name, self.cues) != name or not 2 <= word_count(name) <= 6 or self.is_place(name):
                continue
            if not self.orgs_in(m.start(1), m.start(1) + len(name)):
                org = self.add_org(name, m.start(1), m.start(1) + len(name))
                if org is not None:
                    self.add_later_uses(org)
        # "la directrice du Pont des Savoirs", "coordinator of the Hope Trust": a staff role, "of"
        # and the name of the body (not a place's: "le président de la Région", "maire de Lyon")
        # ... and "coordinator at Mayo Intercultural Action", "medewerker bij De Overstap": where
        # someone works is a body (a project has coordinators, no one works at it)
        employers = [_STAFF_AT.match(self.text, m.end()) for m in self.cues.find("staff_at", self.text)]
        for of in [_STAFF_OF.match(self.text, m.end()) for m in self.cues.find("staff_roles", self.text)] + employers:
            if of is None:
                continue
            clause = re.split(r"[.,;:!?()\n\t|«»\"“”]", self.text[of.end() : of.end() + 80], maxsplit=1)[0]
            words = leading_name_words(clause, self.cues)
            end = of.end() + len(words)
            if not words or word_count(words) > 6 or self.is_place(words) or self.orgs_in(of.end(), end):
                continue
            if words.isupper():
                continue  # "directeur du RABS": a short form, which its long form names
            if self.lang in ("en", "nl") and re.match(r"\s+[a-z]", self.text[end : end + 3]):
                continue  # "the director of the Ioannina shelter", "directeur van de Antwerpse organisatie"
            if word_count(words) == 1 and opens_with_head(words, self.lang):
                continue  # "vice-président du Département": the body's kind, said of one named elsewhere
            # ("du Pont des Savoirs": "Le Pont des Savoirs" without its article, after "de")
            name = next((o.name for o in self.orgs if _without_determiner(o.name, self.cues) == words), words)
            org = self.add_org(name, of.end(), of.end() + len(words))
            if org is not None:
                self.add_later_uses(org)

    def _find_project_owners(self) -> None:
        """The body a project's quoted name is said to be of, a name no shape found: "het project
        'Taal aan de Keukentafel' van Humanitas Twente", "il progetto «Ponti» di Caritas Ambrosiana"
        (capitalised words right after the "of"; not a place: "le projet « X » de Besançon")."""
        if not self.cues.words.get("project_owner_words"):
            return
        nouns = self.cues.regex["project_nouns"].pattern
        of = self.cues.regex["project_owner_words"].pattern
        word = r"[A-ZÀ-Þ][\w&.'’-]*"
        owned = re.compile(
            rf"(?i:\b(?:{nouns}))\s+[«“\"„‘']\s*[^«»“”\"„\n]{{3,80}}?\s*[»”“\"‘']\s+(?i:{of})\s*"
            rf"(?P<name>{word}(?:[ \u00a0]{word}){{0,4}})"
        )
        for m in owned.finditer(self.text):
            start, end = m.start("name"), m.end("name")
            name = m.group("name").rstrip(".")
            end = start + len(name)
            if self.orgs_in(start, end) or any(f.start < end and start < f.end for f in self.fund_names):
                continue
            if self.names_a_town(name) or is_stopword(name.split()[0].lower(), self.lang):
                continue
            self.add_org(name, start, end, shaped=True)

    def _find_record_runners(self) -> None:
        """The runner a record line names by its short form and its long one ("Träger: DANAIDA –
        Bildung und Treffpunkt für Frauen", "Implementing organisation: ARSIS – Association for the
        Social Support of Youth"): one organisation, written whole, which its short form names
        elsewhere; not the part of its long form a shape found ("Therapiezentrum")."""
        for u in self.units:
            if u.kind != "kv" or not self.cues.has("implementer_keys", u.key.lower()):
                continue
            m = _SHORT_DASH_LONG.match(self.text, u.start, u.end)
            if m is None or any(o.known for o in self.orgs_in(m.start(), m.end())):
                continue
            inside = [o for o in self.orgs if m.start() <= o.start and o.end <= m.end()]
            for o in inside:
                self.orgs.remove(o)
            org = self.add_org(m.group(0), m.start(), m.end())
            if org is None:
                self.orgs.extend(inside)
                continue
            short = m.group(1)
            # (its short form alone, found by its shape, is the same body)
            self.orgs[:] = [
                OrgMention(org.iri, o.start, o.end, org.name, False)
                if not o.known and o.iri != org.iri and self.text[o.start : o.end] == short
                else o
                for o in self.orgs
            ]
            for at in literal_starts(self.text, short, bounded_by="-"):
                end = at + len(short)
                if not any(o.start < end and at < o.end for o in self.orgs):
                    self.orgs.append(OrgMention(org.iri, at, end, org.name, False))

    def _legal_form_ends(self, o: OrgMention) -> bool:
        """Whether a mention's name ends with a legal form ("... e. V.", "... asbl"): one body's name,
        whatever other body's name it holds ("Integrationsmanagement der Stadt Ulm" holds the city's)."""
        words = self.text[o.start : o.end].split()
        return any(self.cues.has("legal_forms", " ".join(words[-k:])) for k in (1, 2, 3) if len(words) > k)

    def _find_keyed_runner_names(self) -> None:
        """A record line keyed by a runner's key whose whole value is a short name no shape found,
        or found only by its head ("Träger: Volontarius EO", "Träger: Sozialgenossenschaft La Strada
        – Der Weg"): the value names the runner, whole. (Not a list of bodies, a sentence, a place,
        or a value that holds a known body or a fund.)"""
        for u in self.units:
            if u.kind != "kv" or not self.cues.has("implementer_keys", u.key.lower()):
                continue
            if _PERSON_ROLE_KEY.search(fold(u.key)):
                continue  # "Projectleider: Sanne Verhoeven", "Koordination: ...": a person's role, as often
            value = u.text.strip()
            start = u.start + (len(u.text) - len(u.text.lstrip()))
            end = start + len(value)
            words = value.split()
            if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or re.search(r"[\d,;:()/|.!?]", value):
                continue
            if any(self.cues.has("and_words", w.lower()) or w == "&" for w in words):
                continue  # "Caritas und Diakonie": two bodies
            inside = self.orgs_in(start, end)
            if any(o.known for o in inside) or self.funders_in(start, end) or self.names_a_town(value):
                continue
            if len(inside) > 1 or (inside and (inside[0].start, inside[0].end) == (start, end)):
                continue
            headed = inside and (
                opens_with_head(self.text[start : inside[0].end], self.lang)
                or self.shape_rules.get(inside[0].iri, set()) & {"compound", "head"}
            )
            if inside and (inside[0].start != start or not headed):
                continue  # a body named inside the value: its own words say who
            if is_stopword(words[0].lower(), self.lang):
                continue
            if inside:
                self.orgs.remove(inside[0])
            org = self.add_org(value, start, end, shaped=True)
            if org is None:
                self.orgs.extend(inside)
                continue
            self.add_later_uses(org)

    def _drop_apposed_projects(self) -> None:
        """A name found by its shape that the text calls a project right after it ("CASA COMUNE, il
        progetto FAMI 2014-2020 guidato dal Comune di Perugia"): a project's name, no organisation."""
        nouns = self.cues.regex["project_nouns"].pattern
        # (a definite article: "la Région wallonne, ce projet pilote accompagne" opens a new clause)
        # (its quotes closed before the comma: '"Pisa Accoglie in Rete", il progetto presentato ...')
        apposed = re.compile(
            rf"[»”“\"’]?\s*,\s*(?:(?:il|lo|la|l['’]|le|the|het|de|das|der|die)\s*)?(?:{nouns})\b", re.I
        )

        def agent(o: OrgMention) -> bool:
            # "Led by Kent County Council, the scheme runs ...": who runs it, then the clause's subject
            before = self.text[max(0, o.start - 30) : o.start]
            keys = ("implemented_by", "partner_cues", "funded_by", "support_from")
            return any(m.end() >= len(before) - 12 for k in keys for m in self.cues.find(k, before))

        gone = {
            o.iri
            for o in self.orgs
            if o.iri in self.shape_rules and not o.known and apposed.match(self.text, o.end) and not agent(o)
        }
        if gone:
            self._forget(gone)

    def _find_title_site_org(self) -> None:
        """The site's name in the page title, when the host spells it (or writes it short) and the
        text writes it: "Nos actions – Escale Solidaire" on escale-solidaire-loire.fr, a name of no
        telling shape."""
        site = title_site_name(self.doc.title).strip()
        labels = _host_labels(self.doc.url)
        if not site or self.is_media_site or not labels:
            return
        # (or writes it short: "VluchtelingenWerk regio Zwolle" on vwregiozwolle.nl)
        if not _spells(site, labels, self.lang) and not abbreviates(labels, site):
            return
        if not site[:1].isupper() or word_count(site) > 5:
            return
        for m in re.finditer(rf"(?<!\w){re.escape(site)}(?!\w)", self.text):
            if not any(o.start < m.end() and m.start() < o.end for o in self.orgs):
                org = self.add_org(site, m.start(), m.end(), shaped=True)
                if org is not None:
                    self.add_later_uses(org)
                return

    def _names_a_state(self, name: str) -> bool:
        """Whether the words after "Land" name a federal state ("Land Hessen", "Land Tirol") or a
        place: not a common noun ("das Land Integrationsprojekte")."""
        states = {_STATE_HEAD.sub("", g) for g in self.cues.words["state_governments"]}
        first = name.split()[0]
        if first in states or name in states or self.is_place(name):
            return True
        # a name the lists do not hold ("Land Thalmark"), unless it ends like a common noun
        return not _GERMAN_NOUN_END.search(first)

    def _counted_before(self, start: int) -> bool:
        """Whether a number of two or more (a digit or the language's number word) stands right before
        `start`: what follows is a group counted, no one organisation's name."""
        before = re.search(r"([^\W_]+)\s+$", self.text[max(0, start - 20) : start])
        if before is None:
            return False
        word = before.group(1).lower()
        value = int(word) if word.isdigit() and len(word) <= 3 else self.cues.numbers.get(word)
        return value is not None and value >= 2

    def _find_shaped_orgs(self) -> None:
        """Names built like organisation names (orgshape): head nouns, acronym definitions, the
        page's owner. A span that overlaps a name already found keeps that one."""
        taken = [(o.start, o.end) for o in self.orgs]

        def free(a: int, b: int) -> bool:
            return not any(s < b and a < e for s, e in taken)

        shapes = find_org_names(self.text, self.lang, self.doc.url)
        if self.is_media_site:
            # "Compiled by Spectator staff" on spectator.sme.sk: the newspaper, no party to the funding
            shapes = [x for x in shapes if x.rule != "owner"]
        # "Leuven" (the owner of leuven.be) inside "OCMW Leuven": another organisation's name
        longer = [(x.start, x.end) for x in shapes]

        def add_uses(org: OrgMention, spans: Iterable[tuple[int, int]]) -> None:
            for a, b in spans:
                if any(s < a and b <= e for s, e in longer):
                    continue
                if any(s == a and e > b and self.text[s:e] == org.name for s, e in longer):
                    # "il Comune della Spezia è capofila" on comune.laspezia.it, whose owner the host
                    # calls "Comune": the organisation's whole name stands there, found as such
                    continue
                if free(a, b):
                    self.orgs.append(OrgMention(org.iri, a, b, self.text[a:b], org.known))
                    taken.append((a, b))

        funds = [(m.start, m.end) for m in self.fund_names]
        too_long: list[ShapeName] = []  # long forms of too many words to be read whole
        for shape in shapes:
            if not free(shape.start, shape.end) and shape.uses:
                # "the State Border Guard Service (SBGS)", a name already found: the acronym's
                # later uses ("SBGS contribution") are that organisation too; not the short form
                # before a long form that repeats it: "Scan-R (Scan-R asbl)" names a project after
                # it, while "l'ADDSEA (Association départementale du Doubs de ...)" is the association.
                named = next((o for o in self.orgs if o.start < shape.end and shape.start < o.end), None)
                if named is not None:
                    repeated = bool(shape.acronym) and shape.acronym.lower() in shape.name.lower()
                    add_uses(
                        named,
                        [
                            (a, b)
                            for a, b in shape.uses
                            if not (repeated and _OPENS.fullmatch(self.text[b : shape.start]))
                        ],
                    )
                continue
            if not free(shape.start, shape.end) and self._serves_a_place(shape.start, shape.end):
                # "Caritasverband für die Stadt Münster": an organisation named after the town it
                # serves is not the town; its name replaces the town's inside it.
                self.orgs = [o for o in self.orgs if not (shape.start <= o.start and o.end <= shape.end)]
                taken = [(a, b) for a, b in taken if not (shape.start <= a and b <= shape.end)]
            if not free(shape.start, shape.end) or any(s < shape.end and shape.start < e for s, e in funds):
                continue  # taken, or part of a fund's name ("Fonds Asile, Migration et Intégration")
            if shape.rule == "head" and self._titled_subject(shape.name):
                continue  # "CASA COMUNE – percorsi ... | Altre Strade": the page's project, not an organisation
            if shape.rule in ("head", "compound", "acronym") and self._counted_before(shape.start):
                continue  # "an vier Kommunale Integrationszentren", "three local councils": a counted group
            if shape.rule in ("head", "prefix", "compound") and _in_menu(self.text, shape.start):
                continue  # "Bürgerservice | Kreis & Politik | Freizeit": a site's menu item, no organisation
            our = self.cues.search("our_words", shape.name)
            if our is not None and our.start() == 0 and not _OUR_LADY.match(shape.name, our.end()):
                continue  # "Our Services", "Unsere Beratungsstelle": the page owner's own part, no other body
            if re.search(r"\d{5}", shape.name):
                continue  # "Registered Charity Number 20009034": a register's entry, no name
            if (
                shape.rule == "compound"
                and (role := self.cues.search("authority_roles", shape.name))
                and role.group(0) == shape.name
            ):
                continue  # "Bewilligungsbehörde ist das BAMF": a role a body holds, no body's name
            known = self._known_in_genitive(shape.name)
            if known is not None:
                # "des Bundeskanzleramts": a known organisation in the genitive
                self.orgs.append(OrgMention(known, shape.start, shape.end, shape.name, True))
                taken.append((shape.start, shape.end))
                continue
            if shape.rule == "paren" and any(_OPENS.fullmatch(self.text[e : shape.start]) for _, e in funds):
                continue  # "the Internal Security Fund (ISS)": the fund's own short form, however spelt
            if shape.rule in ("paren", "acronym") and self._party_of_a_member(shape.start):
                continue  # "het lid Bosman (NSC)": a member's party
            org = self.add_org(shape.name, shape.start, shape.end, shaped=True)
            if org is None:
                if shape.rule == "acronym" and shape.uses:
                    too_long.append(shape)
                continue
            taken.append((shape.start, shape.end))
            self.shape_rules.setdefault(org.iri, set()).add(shape.rule)
            add_uses(org, shape.uses)
        for shape in too_long:
            # "l'ADDSEA (Association départementale du Doubs de sauvegarde de l'enfant à l'adulte)":
            # the name its head found at the long form's start is what the acronym stands for
            named = next((o for o in self.orgs if o.start == shape.start), None)
            if named is not None:
                self.shape_rules.setdefault(named.iri, set()).add("acronym")
                add_uses(named, shape.uses)
        self._own_short_forms()
        self._short_names_of_longer()
        self._names_without_legal_form()

    def _short_names_of_longer(self) -> None:
        """A known name that opens the name of one other body the text names ("Croix-Rouge" on a
        page that names the "Croix-Rouge luxembourgeoise"; "Caritas" beside "Caritas Kärnten") is
        that body's short name here: the reference data's reading of the bare name is another
        body. Not when the text names two such bodies."""
        longer: dict[tuple[str, str], set[str]] = {}
        names = {(fold(o.name), o.iri) for o in self.orgs}
        for o in self.orgs:
            if not o.known:
                continue
            short = fold(o.name)
            longer[(o.iri, short)] = {
                iri for name, iri in names if iri != o.iri and name.startswith(short + " ") and len(name.split()) <= 4
            }
        moved = {key: next(iter(iris)) for key, iris in longer.items() if len(iris) == 1}
        if not moved:
            return

        def as_longer(o: OrgMention) -> OrgMention:
            iri = moved.get((o.iri, fold(o.name)))
            if iri is None:
                return o
            # (the longer body may be one the reference data knows, or one the text names)
            return dataclasses.replace(o, iri=iri, known=self.entity(iri) is not None)

        self.orgs = [as_longer(o) for o in self.orgs]

    def _names_without_legal_form(self) -> None:
        """A new organisation found with its legal form after its name ("L'Escale Namuroise asbl"
        over the menu, "Brückenhaus e. V.") is that body where the text writes its name without the
        form ("Le projet est coordonné par L'Escale Namuroise"): the same name. (Not a form that is a
        noun of the name: "Integration Foundation", "Stichting X" are named so.)"""
        forms = self.cues.regex["legal_forms"].pattern
        legal = re.compile(rf"^(.+?),?[ \t]+((?i:{forms}))$")
        bare_of: dict[str, OrgMention] = {}
        for o in self.orgs:
            if o.known:
                continue
            m = legal.match(" ".join(self.text[o.start : o.end].split()))
            if m is None or re.fullmatch(r"[A-Z][a-z]{3,}", m.group(2)):
                continue
            bare = m.group(1).strip()
            # (or an acronym: "CIDIS ETS", then "che CIDIS ha realizzato")
            long_enough = len(bare) >= 6 or (len(bare) >= 4 and bare.isupper() and bare.isalpha())
            if long_enough and not self.is_place(bare) and len(bare.split()) <= 6:
                bare_of.setdefault(bare, o)
        same: dict[str, OrgMention] = {}  # a folded bare name -> the body written with its form
        for bare, o in bare_of.items():
            words = bare.split()
            same[fold(bare)] = o
            if len(words) > 1 and self.cues.has("determiners", words[0].lower()):
                same[fold(" ".join(words[1:]))] = o  # "Le Relais Mosan asbl", then "le Relais Mosan"
            self.add_later_uses(o, written=bare, bracketed=False)
        self.orgs = [
            dataclasses.replace(x, iri=o.iri) if not x.known and x.iri != (o := same.get(fold(x.name), x)).iri else x
            for x in self.orgs
        ]

    def _own_short_forms(self) -> None:
        """A known organisation's short form in the parenthesis right after another name that it
        spells ("Jesuit Refugee Service Malta (JRS Malta)", "Bundesministerium für Inneres (BMI)")
        is that name's, here and wherever else the text uses it: the text defines its own short
        forms, the reference data's reading of them is another body's."""
        by_start = sorted(self.orgs, key=lambda o: o.start)
        moved: dict[tuple[str, str], str] = {}
        for named, short in itertools.pairwise(by_start):
            # (or a bare short form in brackets whose long form its shape rules could not reach
            # across the name's commas: "Department of Children, Equality, Disability, Integration
            # and Youth (DCEDIY)")
            bare = not short.known and "paren" in self.shape_rules.get(short.iri, ())
            if not (short.known or bare) or short.iri == named.iri:
                continue
            if not _OPENS.fullmatch(self.text[named.end : short.start]):
                continue
            close = self.text.find(")", short.end, short.end + 40)
            inside = self.text[short.start : close] if close >= 0 else ""
            if not inside or len(inside.split()) > 4 or not _initials_of(short.name, named.name):
                continue
            if any(o.iri == short.iri and o.known and len(o.name) > len(short.name) + 3 for o in self.orgs):
                continue  # the text names the known one in full too
            ent = self.entity(short.iri)
            if ent is not None and any(_same_words(named.name, n) for n in {*ent.names, *ent.labels.values()}):
                continue  # "Internationalen Organisation für Migration (IOM)": the known one, inflected
            moved[(short.iri, short.name.lower())] = named.iri
        if moved:
            self.orgs = [
                dataclasses.replace(o, iri=iri, known=False) if (iri := moved.get((o.iri, o.name.lower()))) else o
                for o in self.orgs
            ]

    def _titled_subject(self, name: str) -> bool:
        """Whether the page's title opens with this name and ends with another site's name ("CASA
        COMUNE – percorsi di autonomia | Altre Strade Cooperativa Sociale"): what the page is about."""
        parts = [x.strip() for x in re.split(r"\s[|–—-]\s", " ".join((self.doc.title or "").split()))]
        return len(parts) >= 3 and fold(parts[0]) == fold(name) and fold(parts[-1]) != fold(name)

    def _party_of_a_member(self, pos: int) -> bool:
        """Whether the parenthesis opening before `pos` follows a member of parliament's title and
        name ("het lid Bosman (", "MdB Anna Weber (")."""
        before = self.text[max(0, pos - 60) : pos]
        # (a surname's particles: "het lid Van der Veen (")
        m = re.search(
            r"(\S+)\s+(?:(?:[A-ZÀ-Þ][\w'’.-]*|van|der|den|de|von|di|da|du|le|la|ter|ten)\s+){0,3}[A-ZÀ-Þ][\w'’.-]*\s+\(\s*$",
            before,
        )
        return bool(m) and self.cues.has("member_titles", m.group(1))

    def is_a_members_party(self, iri: str) -> bool:
        """Whether the text names the organisation as a member of parliament's party ("Vragen van
        het lid Van der Veen (ChristenUnie)"): it asks, it runs and pays for nothing."""
        return any(o.iri == iri and self._party_of_a_member(o.start) for o in self.orgs)

    def _known_in_genitive(self, name: str) -> str | None:
        """The known organisation a German name in the genitive is ("Bundeskanzleramts",
        "Bundesministeriums des Innern und für Heimat": its first word's -s or -es taken off)."""
        if self.lang != "de":
            return None
        first, _, rest = name.partition(" ")
        if not re.search(r"[^\W\d_]{4}e?s$", first):
            return None
        for stem in (first[:-1], first[:-2]):
            iri = self.index.org_by_name.get(fold(" ".join(x for x in (stem, rest) if x)))
            if iri is not None:
                return iri
        return None

    def _serves_a_place(self, start: int, end: int) -> bool:
        """Whether the names found inside a longer name are all a town's or a region's, each after
        a connector, with more words before them than a connector ("Caritasverband für die Stadt
        Münster", "Welcome Centre for the City of Cork"), or right after a name-taking head of its own
        ("Jobcenter Landkreis Emmendingen"); not "Ville de Liège" itself."""
        inner = [o for o in self.orgs if o.start < end and start < o.end]
        if not inner or any(o.start < start or o.end > end for o in inner):
            return False
        prefixes = shapes_for(self.lang).prefix_heads
        connectors = shapes_for(self.lang).connectors
        for o in inner:
            words = _words(self.text[o.start : o.end])
            if not any(words[: len(p)] == p for p in prefixes):
                return False
            before = _words(self.text[start : o.start])
            if len(before) == 1 and (before[0],) in prefixes and before != words[:1]:
                continue  # "Jobcenter Landkreis Emmendingen": a body's head, then the county it serves
            if len(before) < 2 or before[-1] not in connectors or all(w in connectors for w in before):
                return False
        return True

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding `pos` starts: after the last line break or ". " before it."""
        return max(0, self.text.rfind("\n", 0, pos) + 1, self.text.rfind(". ", 0, pos) + 2)

    def _denied(self, pos: int) -> bool:
        """Whether the text denies the funding of the fund named at `pos`: a negation, then within
        four words a word of funding, then (in the same clause) the fund: "erhält keine Förderung
        aus EU-Fonds wie dem AMIF", "is not funded by the ESF", "ne sont pas financés par le FAMI";
        or a negation right before it ("geen AMIF-middelen"). Not "not only ... but also", not "n'est
        financé que par"."""
        cues = self.cues
        sentence = self._sentence_start(pos)
        if cues.search("ineligible_words", self.text[sentence:pos]):
            return True  # "non erano ammissibili spese già coperte da ... progetti FAMI": excluded
        apart = cues.find("separate_from", self.text[max(sentence, pos - 30) : pos])
        if (
            apart
            and not self.text[max(sentence, pos - 30) : pos][apart[-1].end() :].strip(" ,'’").count(" ") > 2
            # (not "Unabhängig vom AMIF-Projekt startet ...": apart from a project, not from the fund)
            and not re.match(
                r"[\w.+]+[-\s]?(?:" + cues.regex["project_nouns"].pattern + ")", self.text[pos : pos + 40], re.I
            )
        ):
            return True  # "Ces crédits sont distincts du Fonds asile, migration et intégration": apart from it
        start = max(sentence, pos - 90)
        window = self.text[start:pos]
        clause = re.split(r"[;:]|\s(?:" + cues.regex["contrast_words"].pattern + r")\s", window, flags=re.I)[-1]
        negs = [
            m
            for m in cues.find("negations", clause)
            if not re.match(r"\.?\s*\d|\.", clause[m.end() :])
            # (a capital inside the sentence is a name's word: "Premiers Pas est cofinancé par le FAMI")
            and not (m.group(0)[:1].isupper() and clause[: m.start()].strip())
        ]
        if not negs:
            return False  # "Project No. 12 funded by ...": a number, no negation
        rest = clause[negs[-1].end() :]
        if cues.search("only_words", rest):
            return False  # "not only by AMIF", "n'est financé que par le FAMI": only by it
        if len(rest.split()) <= 1:
            return True  # "geen AMIF-middelen", "kein AMIF"
        if re.search(r"[,()]", rest):
            return False  # "which is not yet open, is funded by": the negation is another clause's
        if cues.search("funding_words", " ".join(rest.split()[:4])):
            return True
        # ("il n'a pas été introduit dans le cadre des appels FAMI": not within the fund's calls)
        frame = cues.find("within_fund", rest)
        return len(rest.split()) <= 8 and bool(frame) and len(rest) - frame[-1].end() <= 20

    def _denied_after(self, start: int, end: int) -> bool:
        """Whether the fund named from `start` to `end`, the subject of its sentence, is said not to
        be used: "Les crédits FEDER du programme régional ne sont pas mobilisés", "EFRE-Mittel werden
        dafür nicht eingesetzt" (a negation, then within five words a word of funding or of using)."""
        cues = self.cues
        if len(self.text[self._sentence_start(start) : start].split()) > 4:
            return False  # the fund named inside a sentence about something else
        stops = [x for x in (self.text.find(". ", end), self.text.find("\n", end)) if x >= 0]
        clause = self.text[end : min(stops) if stops else len(self.text)]
        clause = re.split(r"[,;:()]|\s(?:" + cues.regex["contrast_words"].pattern + r")\s", clause, flags=re.I)[0]
        negs = [m for m in cues.find("negations", clause) if len(clause[: m.start()].split()) <= 8]
        if not negs:
            return False
        rest = " ".join(clause[negs[0].end() :].split()[:5])
        if cues.search("only_words", rest):
            return False  # "ne sont pas seulement", "n'est mobilisé que pour"
        return bool(cues.search("funding_words", rest) or cues.search("spent_words", rest))

    def _denied_next(self, pos: int) -> bool:
        """Whether one of the two sentences after the one naming a fund (at `pos`), in its line,
        denies taking part in it: "... cofinancées par le FAMI. La Suisse ne participe pas à ce
        fonds", "Ireland does not take part in this fund" (a quoted sentence may stand between)."""
        stop = self.text.find(". ", pos)
        line_end = self.text.find("\n", pos)
        for _ in range(2):
            if stop < 0 or 0 <= line_end <= stop:
                return False
            ends = [x for x in (self.text.find(". ", stop + 2), self.text.find("\n", stop + 2)) if x >= 0]
            following = self.text[stop + 2 : min(ends) if ends else len(self.text)]
            this_fund = THIS_FUND.search(following)
            if this_fund and self.cues.has("demonstratives", this_fund.group(1)):
                # (or the sentence opens with them: "Ces crédits européens ne sont pas mobilisés ici")
                said = following[: this_fund.start()] if following[: this_fund.start()].strip() else following
                negs = self.cues.find("negations", said)
                if not negs:
                    return False
                # (a negation of taking part or of paying: "ne participe pas à ce fonds", "ne sont pas
                # mobilisés"; not "Deze middelen ... worden niet op de budgetsleutel X geboekt", where
                # the money is booked)
                after = following[negs[0].end() :]  # (`said` opens `following`)
                near = " ".join(after.split()[:6])
                return bool(
                    THIS_FUND.search(after)
                    or self.cues.search("funding_words", near)
                    or self.cues.search("spent_words", near)
                )
            stop = min(ends) if ends else -1
        return False

    def _find_office_holders(self) -> None:
        """ "le préfet de Meurthe-et-Moselle a retenu huit projets", "PRÉFET DE L'ISÈRE" over a
        press release: the holder of a state office, named with the territory the office serves,
        stands for the office's body ("Préfecture de Meurthe-et-Moselle"), which the text may never
        name in full."""
        for entry in self.cues.words["office_holders"]:
            holder, _, body = (x.strip() for x in entry.partition(":"))
            pattern = re.compile(
                rf"(?<![\w-])(?i:{re.escape(holder)})[^\S\n]+"
                r"((?i:de la|de l['’]|du|des|de|d['’]|di|della|del|dell['’]))[^\S\n]*"
                r"([A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*)(?![\w-])"
            )
            for m in pattern.finditer(self.text):
                if any(o.start < m.end() and m.start() < o.end for o in self.orgs):
                    continue  # "la Préfecture du Bas-Rhin": found by its head
                place = m.group(2).title() if m.group(2).isupper() else m.group(2)
                preposition = m.group(1).lower().replace("’", "'")
                joint = "" if preposition.endswith("'") else " "
                self.add_org(f"{body} {preposition}{joint}{place}", m.start(), m.end(), shaped=True)

    def _resolve_back_refs(self) -> None:
        """ "la Ville soutient sur son budget propre ...", "das Land übernimmt 20 Prozent": a
        definite noun names the one organisation of its kind the text names in full ("Ville de
        Grenoble", "Land Steiermark"); not when a name follows it ("la Ville de Lyon") or a place
        preposition comes before it ("dans la ville"). On a town's own site, a town's noun names
        that town's government, written in full or not ("De gemeente voert het project uit" on
        leidschendam-voorburg.raadsinformatie.nl: "gemeente Leidschendam-Voorburg")."""
        refs = self.cues.words["back_refs"]
        if not refs or not self.orgs:
            return
        written = [(o.iri, self.text[o.start : o.end]) for o in self.orgs]
        town = self._site_town()
        for anaphor, heads_list in back_ref_entries(self.cues):
            created = None
            kinds = {
                iri
                for iri, name in written
                for h in heads_list
                if len(name) > len(h.lstrip("*")) + 1
                # "De stad Sint-Niklaas start ...": the head may be written in lower case
                # (the head a word of its own: "Land" heads "Land Vorarlberg", not "Landespressestelle")
                and (name.endswith(" " + h[1:]) if h.startswith("*") else _capitalised(name).startswith(h + " "))
            }
            town_name = _town_government_name(heads_list[0], town) if town and heads_list else None
            if town_name is not None:
                ours = {iri for iri in kinds if fold(town) in fold(self._org_name(iri))}
                # ("Roeselare", the owner of roeselare.be: the town's name is its government's)
                ours = ours or {o.iri for o in self.orgs if fold(o.name) == fold(town)}
                if ours:
                    kinds = ours
                else:
                    iri = str(iris.organisation_iri(organisation_key(town_name, self.cues)))
                    kinds = {iri}
                    if not any(o.iri == iri for o in self.orgs):
                        created = self.new_orgs.setdefault(iri, NewOrganisation(iri, town_name, MKG.Organisation))
            if len(kinds) != 1:
                continue
            (iri,) = kinds
            known = next((o.known for o in self.orgs if o.iri == iri), False)
            name = next((o.name for o in self.orgs if o.iri == iri), None) or self._org_name(iri)
            head_word = anaphor.split()[-1]
            # the article in either case: "La Région apporte ..." opens a sentence
            opening = f"[{anaphor[0].lower()}{anaphor[0].upper()}]{re.escape(anaphor[1:])}"
            pattern = re.compile(rf"(?<!\w){opening}(?!\w)", re.IGNORECASE if head_word.islower() else 0)
            for m in pattern.finditer(self.text):
                after = self.text[m.end() : m.end() + 40]
                if re.match(
                    r"\s+(?:de |d'|di |della |dello |del |dei |degli |delle |dell'|van |of )?[A-ZÀ-Þ]", after
                ) or re.match(r"[-'’]", after):
                    continue  # "la Ville de Lyon", "die Stadt Graz": a name, found as one or not
                word_before = (self.text[max(0, m.start() - 12) : m.start()].split() or [""])[-1]
                # ("Kofinanzierung durch den Landkreis": after a word of funding, the agent)
                funding_before = self.cues.search("contribution_nouns", self.text[max(0, m.start() - 30) : m.start()])
                # ("uitgevoerd door de stad": a runner's cue ends on the preposition)
                window = self.text[max(0, m.start() - 30) : m.start()]
                run_by = self.cues.search("implemented_by", window)
                if (
                    self.cues.has("place_prepositions", word_before)
                    and not funding_before
                    and not (run_by is not None and not window[run_by.end() :].strip())
                    and not self.cues.search("funding_participles", self.text[m.end() : m.end() + 25])
                ):
                    continue  # "dans la ville", "in der Stadt": a place; "door de stad gefinancierd" an agent
                if any(o.start < m.end() and m.start() < o.end for o in self.orgs):
                    continue
                s_, e_ = m.start() + len(anaphor) - len(head_word), m.end()
                self.orgs.append(OrgMention(iri, s_, e_, name, known))
            # The noun alone as a line's key: "- Région (fonds propres) : 183 720 €" in a breakdown, or
            # as the key of a line's second part ("AMIF: 312.000 Euro • Land: 104.000 Euro").
            if head_word[:1].isupper():
                keyed = re.compile(
                    rf"(?:^[ \t]*(?:[-–•*▪·][ \t]*)?|[ \t][•|·][ \t]*)({re.escape(head_word)})"
                    r"(?=[ \t]*(?:\([^()\n]*\))?[ \t]*:)",
                    re.M,
                )
                for m in keyed.finditer(self.text):
                    if not any(o.start < m.end(1) and m.start(1) < o.end for o in self.orgs):
                        self.orgs.append(OrgMention(iri, m.start(1), m.end(1), name, known))
            if created is not None and not any(o.iri == iri for o in self.orgs):
                del self.new_orgs[iri]  # (the town's noun is never written alone: no mention, no organisation)

    def _site_town(self) -> str | None:
        """The town a town's own site is about: a place the text writes as its host spells it
        ("Leidschendam-Voorburg" on leidschendam-voorburg.raadsinformatie.nl, "Kortrijk" on
        kortrijk.be), after a place's preposition or as a known place; no newspaper's."""
        if self.is_media_site or not self.doc.url:
            return None
        host = (urlparse(self.doc.url).hostname or "").removeprefix("www.").split(".")[:-1]
        keys = set()
        for label in host:
            if label in _GENERIC_LABELS:
                continue
            keys.add(label.replace("-", ""))
            keys |= {part for part in label.split("-") if len(part) >= 4}
        keys = {k for k in keys if len(k) >= 4 and not _MUNICIPAL_GOVERNMENT.fullmatch(k)}
        low = fold(self.text)
        if not any(k[:4] in low for k in keys):
            return None  # (the host's words are nowhere in the text: most pages)
        known_places = {fold(m.text) for m in self.places}
        for m in _PLACE_NAME.finditer(self.text):
            if "".join(re.findall(r"[a-z0-9]+", fold(m.group(0)))) not in keys:
                continue
            if m.group(0).isupper() or any(o.start <= m.start() < o.end and o.name != m.group(0) for o in self.orgs):
                continue  # "bij DUS-I" on dusi.nl: a body's short name; "Stichting Vluchtelingenwerk X": a name's part
            word_before = (self.text[max(0, m.start() - 12) : m.start()].split() or [""])[-1]
            if fold(m.group(0)) in known_places or self.cues.has("place_prepositions", word_before):
                return m.group(0)
        return None

    def named_only_as_payer(self, iri: str) -> bool:
        """Whether every mention of the organisation is where a funding cue names its payers ("Die
        Sprachbrücke wird vom Ministerium für X ... gefördert"): it pays, the text says nothing of
        it running anything."""
        mentions = [m for m in self.orgs if m.iri == iri]
        return bool(mentions) and all(self.named_as_payer(m) for m in mentions)

    def named_as_payer(self, mention: OrgMention) -> bool:
        """Whether this mention is where a funding cue names its agent, the payer."""
        return any(a <= mention.start < b for a, b in self.payer_spans)

    def _find_funding_agents(self) -> None:
        """The names a funding cue gives as payers ("soutenu par le FEI et la Région wallonne"):
        organisations (agents.py); a name nothing else found is one by the "agent" rule."""
        agents = funding_agents(self)
        for start, end in [*agents, *subject_payers(self)]:
            known = self.orgs_in(start, end)
            org = known[0] if known else self.add_org(self.text[start:end], start, end, shaped=True)
            if org is None:
                continue
            self.payers.add(org.iri)
            if (start, end) in agents:
                # (a funding cue's agent; not the subject of a funding verb, "X grants the subsidy to
                # the partner running project Y", which the rules may take for the runner and the
                # pair decisions correct)
                self.payer_spans.append((start, end))
            if not known:
                self.shape_rules.setdefault(org.iri, set()).add("agent")

    def drop_shaped_names(self, labels: set[str]) -> None:
        """Forget organisations known only by their shape whose name is a project's label: "Maison
        Ouverte" named as a project is the project."""
        names = {label.lower() for label in labels}
        # "REPAIR (Reunification Pathways for Integration)": the name and its spelt-out form each.
        for label in labels:
            paren = re.fullmatch(r"\s*(.+?)\s*\(([^()]+)\)\s*", label)
            if paren:
                names |= {paren.group(1).lower(), paren.group(2).lower()}
            # "Supported Independent Living (SIL) for unaccompanied minors": the name its short form
            # spells, and the short form, at the label's head
            head = re.match(r"\s*([^()]+?)\s*\(([^()]{2,12})\)", label)
            if head and spells(head.group(2), head.group(1).split()):
                names |= {head.group(1).lower(), head.group(2).lower()}
        self._forget({o.iri for o in self.orgs if o.iri in self.shape_rules and o.name.lower() in names})

    def _drop_record_keys(self) -> None:
        """A record line's key ("Looptijd:", "Budget:") names a field, not an organisation."""
        keys = set()
        for u in self.units:
            # (not the key of a payer's share: "Département de la Vendée : 18 500 €")
            if u.kind == "kv" and u.key and not _A_SUM_ALONE.fullmatch(u.text):
                at = self.text.rfind(u.key, 0, u.start)
                keys.add((at, at + len(u.key)))
        # (not a name the text also writes elsewhere: "CPAS de Huy : une cellule ..." over "le
        # président du CPAS de Huy")
        # (or opening it: "Implementing organisation:" read as "Implementing" and its head; not
        # "Kofinanzierung Land Steiermark:", which names who pays)
        keyed = {o.iri for o in self.orgs if not o.known and any(a == o.start and o.end <= b for a, b in keys)}
        # (a site's owner named before a colon is a person speaking: "Sammy Mahdi: “...”")
        elsewhere = {
            o.iri
            for o in self.orgs
            if not any(a == o.start and o.end <= b for a, b in keys) and self.shape_rules.get(o.iri) != {"owner"}
        }
        self._forget(keyed - elsewhere)

    def _forget(self, gone: set[str]) -> None:
        """Drop these organisations: their mentions, and the new ones' nodes (and the site's owner,
        if it is one of them: a name found to be a project's owns no site)."""
        if self.__dict__.get("site_owner") in gone:
            del self.__dict__["site_owner"]
        self.orgs = [o for o in self.orgs if o.iri not in gone]
        for iri in gone:
            self.new_orgs.pop(iri, None)
            self.shape_rules.pop(iri, None)
            self.payers.discard(iri)

    def _name_start(self, pos: int) -> int:
        """Where a name ending at `pos` starts: back over name-like words, at most six."""
        left = self.text[max(0, pos - 80) : pos]
        words = list(WORD.finditer(left))
        start = pos
        for taken, w in enumerate(reversed(words)):
            gap = left[w.end() : (start - (pos - len(left)))]
            # (a tab or a bar ends a table's cell: "Lotsen für Geflüchtete<tab>Brückenschlag e. V.")
            if any(ch in gap for ch in '\n\t|.,;:()•–—"«»“”') or taken >= 6:
                break
            if re.match(r"['’]\s", gap) or (taken and w.group(0).endswith(("'", "’"))):
                break  # "het project 'Werkwoord' van Kompas vzw": a quoted title's closing mark
            token = w.group(0)
            # "Le Pavé des Mots asbl", "Cuisine du Monde Brabant asbl": an article that joins two
            # capitalised words is the name's connector
            # ("MAISON DES LANGUES ASBL": in capitals, between words in capitals)
            before = words[-taken - 2].group(0) if len(words) > taken + 1 else ""
            in_caps = token.isupper() and before.isupper() and words[-taken].group(0).isupper()
            joins = (
                taken
                and (token.islower() or in_caps)
                and self.cues.has("name_connectors", token.lower())
                and before[:1].isupper()
            )
            # (an article after a connector inside the name: "Caritasverband für die Region X e. V.")
            before2 = words[-taken - 3].group(0) if len(words) > taken + 2 else ""
            after_connector = (
                taken
                and token.islower()
                and before.islower()
                and self.cues.has("name_connectors", before)
                and not self.cues.has("and_words", before)  # ("Stadt X und die Y Stiftung": two names)
                and before2[:1].isupper()
            )
            if (self.cues.has("determiners", token) or self.cues.has("quantifiers", token)) and not (
                joins or after_connector
            ):
                opening = left[: w.start()].rstrip(" ")
                if token[:1].isupper() and taken and (not opening or opening.endswith(("(", "\n", "\t", "•", ":"))):
                    start = pos - len(left) + w.start()  # "(De Brug vzw)": the article is part of the name
                break
            if (
                is_stopword(token, self.lang)
                and not (taken and self.cues.has("name_connectors", token))
                and not after_connector
            ):
                break
            if self.cues.has("implementer_keys", token.lower()) or self.cues.has("partner_cues", token.lower()):
                break  # "Träger Miteinander Northeim e.V.": a role's word before the name
            if re.fullmatch(r"(?:19|20)\d\d", token):
                break  # "© 2024 Atelier Babel asbl": a year before the name
            connector = self.cues.has("name_connectors", token.lower())
            # (Dutch and English names hold no lower-case words but their connectors; German, French
            # and Italian ones may: "Verein für interkulturelle Bildungsarbeit e.V.")
            lowered = token[:1].islower() and not connector and self.lang in ("nl", "en")
            if taken and lowered and self.text[start : start + 1].isupper():
                break  # "In de haven van X gaat Meerstem vzw": a verb before a name in capitals
            start = pos - len(left) + w.start()
        # "L'Entraide Lumière asbl" in a sentence: the elided article is the sentence's, not the
        # name's (at a line's or a bracket's opening it may be the name's, as "De Brug vzw" is)
        elided = _ELIDED_ARTICLE.match(self.text, start, pos)
        if (
            elided
            and not self.text[max(0, start - 3) : start].rstrip(" ").endswith(("(", "\n", "\t", "•", ":"))
            and start
        ):
            start = elided.end()
        # A connector ("de", "en") cannot start a name.
        while start < pos:
            first = WORD.match(self.text, start)
            if first and is_stopword(first.group(0), self.lang) and first.group(0).islower():
                nxt = WORD.search(self.text, first.end())
                start = nxt.start() if nxt and nxt.start() < pos else pos
            else:
                break
        return start


# A short form in capitals, a dash and the long form, up to a comma or a bracket: "ZEBRA –
# Interkulturelles Beratungs- und Therapiezentrum, Graz"
# Runner keys that as often name a person: "Projectleider", "Project leader", "Koordinator".
_PERSON_ROLE_KEY = re.compile(r"leid|lead|coordin|koordin|verantwoord|responsab|manager|contact|ansprech")
_SHORT_DASH_LONG = re.compile(
    r"([A-ZÀ-Þ][A-ZÀ-Þ0-9&]{1,11})[^\S\n]+[–—-][^\S\n]+[A-ZÀ-Þ][^,;()\n\t|]{3,80}?(?=\s*(?:[,;(\n\t|]|$))"
)
_ELIDED_ARTICLE = re.compile(r"(?:[lLdD]|[dD]ell|[aA]ll|[dD]all|[nN]ell|[sS]ull)['’](?=[^\W\d_])")

# Host labels that name no one: the web's and the states' own.
_GENERIC_LABELS = frozenset(
    {"www", "web", "site", "home", "gov", "gouv", "overheid", "gv", "europa", "eu", "info", "org"}
)


def abbreviates(labels: Iterable[str], name: str) -> bool:
    """Whether a host label writes a name short: each of the name's words (and each part of a
    compound written in capitals inside, "VluchtelingenWerk") whole, by its initial, or left out,
    in order, from the first word on, two words at least written ("caritascarpi" for "Caritas
    diocesana di Carpi", "vwregiozwolle" for "VluchtelingenWerk regio Zwolle")."""
    words = [fold(w) for part in name.split() for w in re.findall(r"[A-ZÀ-Þ]?[a-zà-ÿ0-9]+|[A-ZÀ-Þ]+", part)]
    words = [re.sub(r"[^a-z0-9]", "", w) for w in words]
    words = [w for w in words if w]
    if len(words) < 2:
        return False

    @functools.cache
    def fits(label: str, i: int, at: int, used: int) -> bool:
        if at == len(label):
            return used >= 2
        if i == len(words):
            return False
        w = words[i]
        return (
            (label.startswith(w, at) and fits(label, i + 1, at + len(w), used + 1))
            or (label[at] == w[0] and fits(label, i + 1, at + 1, used + 1))
            or (i > 0 and fits(label, i + 1, at, used))
        )

    return any(len(label) >= 6 and fits(label, 0, 0, 0) for label in labels)


# A state's formal name: "Republic of Slovenia", "Kingdom of the Netherlands", "Grand Duchy of
# Luxembourg", "République de Croatie", "Repubblica di Slovenia".
_STATE_NAME = re.compile(
    r"(?:(?:Federal )?Republic|Kingdom|Grand Duchy|République|Royaume|Grand-Duché|Repubblica|Regno|Republik|"
    r"Königreich|Koninkrijk|Republiek)\s+(?:of|de|du|d'|di|del|der)\s+(?:the\s+|la\s+)?([A-ZÀ-Þ][\w-]+)"
)


# A state government's name inflected after its article ("aus Haushaltsmitteln der Freien und
# Hansestadt Hamburg", "des Freistaates Sachsen", "des Landes Hessen"), which the cue list spells in
# the nominative.
_STATE_INFLECTED = re.compile(r"\b(?:Freien\s+(?:und\s+)?Hansestadt|Freistaate?s|Landes)\s+[A-ZÄÖÜ][\w-]+")


def _host_labels(url: str | None) -> set[str]:
    """The words of a page's host that may spell its owner's name: every label but the top-level
    domain and generic ones, with and without its hyphens ("diakonie-hessen" -> "diakoniehessen")."""
    host = (urlparse(url).hostname or "") if url else ""
    labels = host.split(".")[:-1]
    out: set[str] = set()
    labels += [bare for label in labels if (bare := without_host_number(label)) != label]
    for label in labels:
        if label in _GENERIC_LABELS or len(label) < 4:
            continue
        out |= {label.replace("-", ""), *(p for p in label.split("-") if len(p) >= 6)}
        # "vzwankerplaats.be", "ankerplaats-vzw.be": the legal form is no part of the name
        flat = label.replace("-", "")
        for form in _host_legal_forms():
            if flat.startswith(form) and len(flat) - len(form) >= 5:
                out.add(flat[len(form) :])
            if flat.endswith(form) and len(flat) - len(form) >= 5:
                out.add(flat[: -len(form)])
        if label.count("-") >= 1:
            out.add(label)  # "awo-kv-goettingen": its parts, read one by one (`_spells`)
            # "escale-solidaire-loire": the name, then the place it serves
            parts = label.split("-")
            out |= {k for n in range(2, len(parts)) if len(k := "".join(parts[:n])) >= 10}
    return out


@cache
def _host_legal_forms() -> tuple[str, ...]:
    """The legal forms of every language as a host writes them ("vzw", "asbl", "ev", "ggmbh")."""
    forms = {re.sub(r"[^a-z]", "", form.lower()) for form in cues_for(None).words["legal_forms"]}
    return tuple(sorted(f for f in forms if len(f) >= 2))


_GERMAN_SPELLING = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


# A one-word short name in quotes or not, then a spaced dash, right before a name.
_SHORT_NAME_BEFORE = re.compile(r"""(?<![\w'])["“„«]?([^\W\d_][\w'-]{1,30})["”»]?\s+[–—-]\s+$""")


def _spells_by_parts(words: list[str], label: str) -> bool:
    """Whether a hyphenated host label names the words in order, each part a whole word or a short
    form of one ("awo-kv-goettingen" for "AWO Kreisverband Göttingen e.V.": "kv" a word's initial),
    or a compound's first part ("caritas-regensburg" for "Caritasverband für die Diözese Regensburg")."""
    parts = label.split("-")
    if len(parts) < 2 or sum(len(p) >= 3 for p in parts) < 2:
        return False

    def names(word: str, part: str) -> bool:
        initial = len(part) <= 2 and word.startswith(part[0])
        return word == part or initial or (len(part) >= 5 and word.startswith(part))

    k = 0
    for part in parts:
        while k < len(words) and not names(words[k], part):
            k += 1
        if k == len(words):
            return False
        k += 1
    return True


def _spells(name: str, labels: set[str], lang: str | None) -> bool:
    """Whether a host label spells the organisation's name: all its words, or its words without
    the small ones ("cpasverviers" for "CPAS de Verviers"); or without its article ("Le Relais
    Exil Hauts-de-France" on relais-exil-hdf.org)."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    if _spells_as_written(name, words, labels, lang):
        return True
    return len(words) > 2 and is_stopword(words[0], lang) and _spells(name.split(None, 1)[1], labels, lang)


def _spells_as_written(name: str, words: list[str], labels: set[str], lang: str | None) -> bool:
    if len(words) < 2:
        # one word ("Caritas") is a brand many sites share; with its legal form it is one body's
        # ("Ankerplaats" on vzwankerplaats.be)
        flat = {label.replace("-", "") for label in labels}
        return bool(words) and any({form + words[0], words[0] + form} & flat for form in _host_legal_forms())
    full = "".join(words)
    content = "".join(w for w in words if not is_stopword(w, lang) and len(w) > 1)
    # "Le Pont des Langues" on pont-des-langues-roanne.fr: a host drops the name's article
    bare = "".join(words[1:]) if len(words) > 2 and is_stopword(words[0], lang) else full
    # "Les Ponts du Bocage" on lesponts-bocage.fr: the article kept, the inner small words dropped
    inner = words[0] + "".join(w for w in words[1:] if not is_stopword(w, lang) or len(w) <= 1)
    if {full, content, bare, inner} & {label.replace("-", "") for label in labels}:
        return True
    # "goettingen" for "Göttingen": German letters spelt out on the host
    spelt = re.findall(r"[a-z0-9]+", fold(name.translate(_GERMAN_SPELLING)))
    if {"".join(spelt), "".join(w for w in spelt if not is_stopword(w, lang) and len(w) > 1)} & labels:
        return True
    if any(_spells_by_parts(ws, lab) for lab in labels if "-" in lab for ws in (words, spelt)):
        return True
    # "caritaspiacenza" for "Caritas Diocesana di Piacenza-Bobbio": the first word, then some of the
    # later words in order
    return any(_spells_by_skipping(words, label.replace("-", "")) for label in labels)


_FUND_WORDS = frozenset({"fonds", "fund", "funds", "fondo", "fondi"})


def _spells_by_skipping(words: list[str], label: str) -> bool:
    """Whether a host label is the name's first word followed by one or more of its later words,
    whole and in order, skipping the others."""
    if len(words) < 3 or not label.startswith(words[0]) or len(label) < 8 or words[0] in _FUND_WORDS:
        return False  # (not "Fonds européens Affaires intérieures" on a funds' project database)
    rest = label[len(words[0]) :]
    taken = 0
    for w in words[1:]:
        if rest.startswith(w) and len(w) >= 3:
            rest = rest[len(w) :]
            taken += 1
    return not rest and taken >= 1


@cache
def _stopwords(lang: str | None) -> frozenset[str]:
    """spaCy's stop-word list for the language (a well-kept list; no model needed)."""
    from spacy.util import get_lang_class

    try:
        return frozenset(get_lang_class(lang or "en").Defaults.stop_words)
    except Exception:  # an unknown language: no stop words
        return frozenset()


# A word in capitals before or after a word: the words of a line written in capitals.
_CAPITALS_BESIDE = re.compile(r"[A-ZÀ-Þ]{2,}[^\S\n]+$")
_CAPITALS_AFTER = re.compile(r"[^\S\n]+[A-ZÀ-Þ]{2,}\b")
# "Our Lady of Lourdes Hospital": a name that opens with "Our"
_OUR_LADY = re.compile(r"\s+Lady\b")


def is_stopword(token: str, lang: str | None) -> bool:
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
    last = name.split()[-1] if name else ""
    if name.endswith(".") and "." not in last[:-1] and len(last) > 2:
        name = name[:-1]  # a full stop, not the end of "e.V.", "a.s.b.l." or "e. V."
    return re.sub(r"^(?:l['’]|d['’])", "", name)


# A record line's value that is a sum and nothing more ("18 500 €", "€ 40.000", "312.000 Euro").
_A_SUM_ALONE = re.compile(r"\s*(?:€|EUR)?\s*\d[\d .,\u00a0\u202f]*\s*(?:€|EUR|[Ee]uros?|Euro)?\s*[.;]?\s*")


# A language level of the European framework ("A2", "B1") or a range of levels or of pay grades
# ("A2-B1", "B1-B3", "C1/C2"): a level, never a body's name.
_LEVEL_CODE = re.compile(r"[A-C][12]|[A-E][1-5]\s*[-–/]\s*[A-E]?[1-5]")


def _looks_like_name(name: str, cues: Cues | MemoCues | None = None) -> bool:
    words = name.split()
    # (a ministry's list of portfolios runs longer: "ministère de la Famille, des Solidarités, du
    # Vivre-ensemble et de l'Accueil")
    # (small words do not count: "Centre d'information sur les droits des femmes et des familles de
    # l'Eure" has twelve words, six of them small)
    long = sum(len(re.sub(r"^\w{1,2}['’]", "", w)) > 3 for w in words)
    if not words or len(words) > 14 or long > (12 if "," in name else 9) or len(name) < 2:
        return False
    if name.rstrip().endswith(("!", "?")):
        return False  # "(EN BEDANKT!)" after a newsletter's item's title: an exclamation, no body
    if _LEVEL_CODE.fullmatch(name.strip()):
        return False  # "(B1-B3)" after a post, "(A2)" after a course: a pay grade or a language level
    return any(w[:1].isupper() for w in words) or bool(cues and cues.search("legal_forms", name))


def _opens_a_name(word: str, shapes) -> bool:
    """A word that starts an organisation's name of its own: a one-word head ("Stichting", "Verein")."""
    return fold(word.strip(",;:")) in _by_first_word(shapes.heads)


def back_ref_entries(cues: Cues | MemoCues) -> list[tuple[str, list[str]]]:
    """The pattern files' `back_refs` as (the definite noun, the heads of the names it stands for):
    "la Ville: Ville de, Ville d'" -> ("la Ville", ["Ville de", "Ville d'"]); a head opening with
    "*" ends the name instead ("de vzw: Vzw, *vzw")."""
    out = []
    for ref in cues.words["back_refs"]:
        anaphor, _, heads = ref.partition(":")
        out.append((anaphor, [h.strip() for h in heads.split(",") if h.strip()]))
    return out


def _one_fund_per_code(funds: list[NameMatch], ctx: Context) -> list[NameMatch]:
    """A grant's code names one fund: in "HOME/2020/ISFB/AG/EMAS/0142" the fund is ISF(B) and
    EMAS the kind of grant (emergency assistance), no second payer."""
    if len(funds) < 2:
        return funds  # one fund mention, nothing to drop
    spans = [m.span() for pattern in ctx.cues.code_patterns for m in pattern.finditer(ctx.text)]
    extra = set()
    for a, b in spans:
        inside = [k for k, m in enumerate(funds) if a <= m.start and m.end <= b]
        extra.update(inside[1:])
    return [m for k, m in enumerate(funds) if k not in extra]


# The funds a programme's name bundles ("PR Calabria FESR FSE+ 2021-2027", "programme régional
# FEDER-FSE+", "Programma regionale FESR-FSE+"): a word of a programme before them or just after.
_PROGRAMME_WORD = re.compile(r"(?i:\bprogramm\w*)|\b(?:PON|POR|PO|PR|OP)\b")
_BUNDLE_GLUE = re.compile(r"[ \t]*[-/–][ \t]*|[ \t]+")


def _without_programme_bundles(funds: list[NameMatch], text: str) -> list[NameMatch]:
    """Funds named side by side in a programme's name are that programme's, no payer of the page's
    projects: "a valere sul PR Calabria FESR FSE+ 2021-2027" over an avviso paid by the FSE+ alone
    (the programme's funds count where a sentence names one of them by itself)."""
    bundled: set[int] = set()
    for k in range(len(funds) - 1):
        a, b = funds[k], funds[k + 1]
        if a.entity.iri == b.entity.iri or not _BUNDLE_GLUE.fullmatch(text[a.end : b.start]):
            continue
        before = re.split(r"[.;:\n]", text[max(0, a.start - 40) : a.start])[-1]
        after = re.split(r"[.;:\n]", text[b.end : b.end + 15])[0]
        if _PROGRAMME_WORD.search(before) or _PROGRAMME_WORD.search(after):
            bundled.update((k, k + 1))
    return [m for k, m in enumerate(funds) if k not in bundled]


# The Union named in any of the five languages ("EU", "l'Union européenne", "de Europese Unie").
UNION_WORDS = re.compile(r"\b(?:EU|UE|Union|Unie|Unione)\b")
_CURRENCY_WORD = re.compile(r"(?<![^\W\d_])(?:EUR|USD|GBP|CHF)(?![^\W\d_])|[€$£]")


_TITLE_SITE = re.compile(r"\s[|–—-]\s+([^|–—-]{3,60})$")


def title_site_name(title: str | None) -> str:
    """The site's name after a page title's last separator ("Cap Emploi Femmes | Convivial"), or ""."""
    site = _TITLE_SITE.search(title or "")
    return site.group(1) if site else ""


# A photo's credit: a body's name of two words or more, a slash, the photographer's name
_PHOTO_CREDIT = re.compile(r"(\S.*\s\S+?)/[A-ZÀ-Þ][\w-]+")
_ELIDED_NAME = re.compile(r"(?:[dl]|dell|dall|all|nell|sull)['’][A-ZÀ-Þ]")


def leading_name_words(text: str, cues: Cues | MemoCues) -> str:
    """The leading capitalised words of `text` ("Ikambere", "Réso asbl"), with inner connectors."""
    out: list[str] = []
    words = text.split()[:7]
    shapes = shapes_for(cues.lang)
    for i, w in enumerate(words):
        following = words[i + 1 : i + 3]
        if out and fold(w) in shapes.coordinators and any(_opens_a_name(x, shapes) for x in following):
            break  # "Vereniging Samen Verder en Stichting Werkplaats Oost", "X und des Landkreises Y": two names
        if w[:1].isdigit() and (w.endswith("%") or SHARE_WORD.match(" ".join(following))):
            break  # "City of X 20 % (EUR ...)": a share after the name
        # ... and an elided connector glued to a capital: "Trait d'Union", "Casa dell'Accoglienza"
        # ... and a word between a word and itself: "Pas à Pas Cœur d'Hérault", "Hand in Hand"
        doubled = bool(out) and len(following) >= 1 and fold(following[0]) == fold(out[-1]) and w.islower()
        if (
            w[:1].isupper()
            or w[:1].isdigit()
            or doubled
            or (out and (cues.has("name_connectors", w) or _ELIDED_NAME.match(w)))
        ):
            possessive = re.fullmatch(r"(.+?)['’]s?", w)
            if possessive and len(w) > 2:
                out.append(possessive.group(1))  # "the City of Athens’ Curing the Limbo": the name ends
                break
            out.append(w)
        else:
            break
    while out and cues.has("name_connectors", out[-1]):
        out.pop()
    return " ".join(out)


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def words_of(text: str) -> str:
    """The text's words, lower-cased, one space apart: for comparing names written differently."""
    return " ".join(re.findall(r"[^\W_]+", text.lower()))
