"""Relations: each project's funders, implementers, partners, years, amounts, goals and places,
taken from the nearest scope that states them (its own words, follow-up sentences, its section,
its list intro or paragraph, then the document)."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections import Counter
from decimal import Decimal

from migkg.loaders.extract.amounts import Amount, MoneyRole, SpanSet, find_money_roles, find_percentages, norm_cue
from migkg.loaders.extract.authorities import find_authorities
from migkg.loaders.extract.cofunders import cofunding_orgs
from migkg.loaders.extract.context import THIS_FUND, Context, OrgMention, leading_name_words, word_count, words_of
from migkg.loaders.extract.model import NATIONAL, Evidence, ProjectFact
from migkg.loaders.extract.orgshape import fold, is_word_char, literal_starts, opens_with_head, shapes_for, spells
from migkg.loaders.extract.payers import own_share_payers
from migkg.loaders.extract.periods import PeriodMention, find_periods, programming_periods, span_alone
from migkg.loaders.extract.structure import Unit, line_start

_BULLET = re.compile(r"[ \t]*(?:[-–•*▪◦·>]|\d{1,2}[.)])?[ \t]*")


def _text_start(text: str, pos: int) -> int:
    """Where the line `pos` is on begins, past its bullet and indent (a record line's key, a list
    line's first word)."""
    start = line_start(text, pos)
    m = _BULLET.match(text, start, pos)
    return m.end() if m else start


# Where a line goes on with another key and its value: "AMIF: 312.000 Euro • Land: 104.000 Euro".
_LINE_PART = re.compile(r"[ \t][•|·][ \t]+")


def _line_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A line's parts between separators that open a second "key: value" (one part if none)."""
    cuts = [m for m in _LINE_PART.finditer(text, a, b) if ":" in text[m.end() : b]]
    if not cuts:
        return [(a, b)]
    starts = [a, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), b]
    return list(zip(starts, ends, strict=True))


# "of" in the five languages, and the elided article: "et de la Région", "and of the Land"
_OF_WORDS = frozenset(
    {"de", "du", "des", "d", "l", "of", "van", "von", "vom", "di", "del", "della", "dell", "dal", "dalla"}
)


def _in_label(text: str, o: OrgMention, p: ProjectFact) -> bool:
    """Whether an organisation's mention is a word of the project's label, not only of its line."""
    return text[o.start : o.end] in p.label and p.label.strip() != text[o.start : o.end]


def _bullet_of(text: str, pos: int) -> str:
    """The bullet before a list line's text ("▪", "-", "1."; numbers read as one kind)."""
    return re.sub(r"\d+", "#", text[line_start(text, pos) : pos].strip())


def _abbreviates(short: str, word: str) -> bool:
    """Whether `short` is `word` cut short: the same first letter, its letters in order in `word`,
    at least two of them and fewer than the word's ("Stmk" of "Steiermark", "Dép" of "Département")."""
    short, word = fold(short), fold(word)
    if not 2 <= len(short) < len(word) or short[0] != word[0]:
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in short[1:])


def within_a_typo(a: str, b: str) -> bool:
    """Whether two names differ by a typo only: the words they share at the start ("gemeente",
    "stichting") left out, the rest is still 90% alike and long enough for a typo to be one:
    "refuigio"/"refugio" yes, "gemeente Genk"/"gemeente Gent", "Beta Werk"/"Zeta Werk" and "Valga
    Municipality"/"Valka Municipality" no."""
    from rapidfuzz import fuzz  # imported on first use: most documents never compare two names

    if fuzz.ratio(a, b) < 90:
        return False
    wa, wb = a.split(), b.split()
    k = 0
    while k < min(len(wa), len(wb)) - 1 and wa[k] == wb[k]:
        k += 1
    wa, wb = wa[k:], wb[k:]
    # ... and the words they share at the end ("Valga Municipality"/"Valka Municipality")
    while min(len(wa), len(wb)) > 1 and wa[-1] == wb[-1]:
        wa, wb = wa[:-1], wb[:-1]
    ra, rb = " ".join(wa), " ".join(wb)
    return ra == rb or (min(len(ra), len(rb)) >= 6 and fuzz.ratio(ra, rb) >= 90)


_DIGIT = re.compile(r"\d")
# A share of the budget after a contribution noun: "Quota di budget", "part du budget", "share of the budget".
_BUDGET_SHARE = re.compile(r"\s+(?:[^\W\d_]{1,4}\s+){0,2}budget\b", re.I)
_SUM_REACH = 120  # how far after a verb of giving its sum may end ("contributes EUR 20,000")
# a year, not a part of a number or a date's digits ("1.2023", "2023/24"); a sentence may end on it
_YEAR = re.compile(r"(?<![\d/.-])(?:199\d|20[0-3]\d)(?![\d/-]|\.\d)")


# Between a lead role and the name after it: a comma, a colon, an article ("capofila, la Regione X").
_LEAD_AFTER = re.compile(r"[\s,:]*(?:(?:la|le|l['’]|il|lo|the|de|het|der|die|das)\s*)?", re.IGNORECASE)
# Between an organisation and its verb of running the project: "X, qui porte le projet", "X, which
# coordinates the project", "X, die het project uitvoert".
_RUNNER_BEFORE = re.compile(r"[\s,]*(?:qui|which|that|who|die|dat|der|che)?\s*", re.IGNORECASE)
# An apposition between a name and its relative clause of running: "X, l'association arrageoise qui
# porte Ancrage", "X, a local charity which runs Y" (a few words, no sentence's end).
_APPOSED_RUNNER = re.compile(
    r"\s*,\s*(?:l['’]|la|le|une?|the|an?|de|het|een|der|die|das|eine?n?|il|lo|una?)\s*[^\W\d_]+(?:\s+[^\W\d_'’-]+){0,2}"
    r"\s*,?\s+(?:qui|which|who|that|die|dat|der|das|che)\s*",
    re.IGNORECASE,
)
# Words that give a lone year as the one a grant is for: "pour l'année 2024", "for the year 2024",
# "für das Jahr 2024", "per l'anno 2024", "voor het jaar 2024".
_FOR_THE_YEAR = re.compile(
    r"(?:pour|au titre de) l['’]année\s+$|\bfor the (?:financial )?year\s+$|\bfür das (?:Haushalts)?jahr\s+$"
    r"|\bper l['’](?:anno|annualità)\s+$|\bvoor het (?:werk)?jaar\s+$",
    re.IGNORECASE,
)
# "as" before a role the name follows: "come soggetto capofila, X", "en tant que chef de file, X".
_AS = re.compile(r"\b(?:come|as|als|en tant que|comme)\s+(?:\w+\s+)?$", re.IGNORECASE)
# Between a name and its lead role after it: "X, chef de file", "X in qualità di capofila", "X is the
# lead partner", "X als penvoerder", "X als Projektträger"; after the name's long form in
# parentheses: "Le Forem (Office wallon de ... l'emploi) est chef de file".
_LEAD_BEFORE = re.compile(
    r"[\s,)]*(?:(?:est|is|ist|è|en tant que|in qualità di|als|as|come|comme|qui est)\s+)?"
    r"(?:(?:le|la|l['’]|il|lo|the|de|het|der|die)\s*)?",
    re.IGNORECASE,
)


# A short form in brackets right after a name: "Samen Starten in Deventer (SSiD)".
_SHORT_AFTER = re.compile(r"\s*\(([^\W\d_][\w-]{1,11})\)")
# Between a fund and a passive "managed by": the fund is the subject ("le FAMI est géré par"), not
# one of two things the sentence says ("finanziato dal FAMI e gestito dal Consorzio X", "funded by
# AMIF, is run by X": X runs the project).
FUND_AS_SUBJECT = re.compile(
    r"\s*(?:(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*)?"  # "Programma regionale FSE+ 2021-2027 gestito dalla Regione"
    # (or its short form in brackets and a comma, no verb, between: "dal Fondo nazionale ... (FNPSA),
    # gestito dal Ministero"; not "le projet X, financé par le FAMI, est mené par Y")
    # (or words of where and for whom between the verb and its agent: "Het AMIF wordt in Nederland
    # namens het ministerie van X uitgevoerd door de RVO")
    r"(?:\)?\s*(?:\([^()]{1,20}\)\s*)?,\s*|(?:est|sont|is|are|wird|werden|wordt|worden|è|sono|viene|vengono)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,10})?",
    re.I,
)


# A clause set off by commas between a role and its verb: ", individuato con procedura ad evidenza
# pubblica, " (no full stop, no bracket, no line break inside).
_SET_OFF = r"\s*,[^,.;:()\n]{1,100},\s+"


def _quoted_in(text: str, name: str) -> bool:
    """Whether `text` writes `name` between quotes ("« Premiers Pas à Huy »", "„Name“")."""
    at = text.find(name)
    while at >= 0:
        before, after = text[:at].rstrip()[-1:], text[at + len(name) :].lstrip()[:1]
        if before and before in "«“\"„‚‘'" and after and after in "»”\"“‘’'":
            return True
        at = text.find(name, at + 1)
    return False


@functools.lru_cache(maxsize=16)
def _role_of_patterns(roles: str, of: str, det: str, copulas: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A runner's role and "of" before a project's name ("le porteur de ", "Träger von „"), and what
    may follow the name (a comma, a copula): compiled once per language."""
    role_of = re.compile(rf"(?<!\w)(?:{roles})\s+(?:{of})\s*(?:(?:{det})\s*)?[«“„\"]?\s*", re.I)
    after = re.compile(rf"\s*[»”“\"]?\s*(?:,|\s(?:{copulas})\s)\s*(?:(?:{det})\s*)?", re.I)
    return role_of, after


# A fund's noun: a heading that holds one names funds ("Autres fonds européens"), not how a project is paid
_FUND_NOUN = re.compile(r"\b(?:fonds|fund|funds|fondo|fondi)\b")


@functools.cache
def _plural_heads(lang: str | None) -> dict[str, str]:
    """A language's kinds of body in the plural, folded, with their singular ("gemeenten" ->
    "gemeente")."""
    return {fold(pl): fold(sg) for pl, sg in shapes_for(lang).plural_heads}


# A short phrase set before a sentence's subject ("Côté suisse, le projet ...", "In 2025, the
# project ..."): up to three words and a comma.
_FRONTED_PHRASE = r"(?:[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,2}\s*,\s*)?"


def _person_shaped(name: str, ctx: Context) -> bool:
    """Whether a name reads as a person's (two or three capitalised words, no kind of body, no
    article: "Claire Mabit", "Sanne Veldhuis") or as a lone short word ("Tel")."""
    name = name.strip(" .,;:!?")
    words = name.split()
    if len(words) == 1:
        return len(name) <= 4 and not name.isupper()
    if len(words) > 3 or ctx.cues.has("determiners", words[0].lower()):
        return False
    if any(ctx.cues.has("org_heads", w.lower()) or ctx.cues.has("name_heads", w.lower()) for w in words):
        return False
    return all(re.fullmatch(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ'’]+)*", w) for w in words)


# "attribués par", "granted by": the participle that names who grants a sum.
_GRANTED_BY = re.compile(
    r"(?i)(?:attribu|accord|octroy|vers)[ée]e?s?\s+par\s+(?:la\s+|le\s+|l['’]\s*)?$|granted\s+by\s+(?:the\s+)?$"
)
# The same before a body's long form, its acronym in brackets (the mention): "attribués par la direction
# départementale de l'emploi, du travail et des solidarités (", or the state's money passed "via" it.
_GRANTED_BY_LONG = re.compile(
    r"(?i)(?:(?:attribu|accord|octroy|vers)[ée]e?s?\s+par|\bvia)\s+(?:la\s+|le\s+|l['’]\s*)[^.;()]{0,100}\(\s*$"
)


class Relations:
    """Relation finding; mixed into `Extractor`."""

    ctx: Context
    projects: list[ProjectFact]
    doc_org_funders: dict[str, Evidence]
    doc_contributors: dict[str, Evidence]

    @functools.cached_property
    def own_share_payers(self) -> dict[str, Evidence]:
        """The bodies named with their own share or sum of a project's money (payers.py)."""
        return own_share_payers(self.ctx)

    @functools.cached_property
    def doc_funders(self) -> list[str]:
        """Funds the document ties to funding: named in its title, in a sentence with a funding
        cue or a project noun, or as the value of a record's fund key ("Fund: ESF")."""
        ctx, cues = self.ctx, self.ctx.cues
        found: list[str] = []
        found += [m.entity.iri for m in ctx.title_names if m.entity.kind == "fund"]
        if found:  # a title that names its fund says what the page is about; other funds are context
            return list(dict.fromkeys(found))
        for i, u in enumerate(ctx.units):
            if u.text.rstrip().endswith("?"):
                continue  # "Worden deze projecten ook gefinancierd uit het ISF?": asked, not said
            if cues.search("not_part_of", u.text) or self._denies_funding(u.start, u.end):
                continue  # "la Région, qui gère ... (Feder et FSE+), n'intervient pas dans ce projet"
            fs = [f for f, _, _ in ctx.funders_in(u.start, u.end) if f != NATIONAL]
            if fs and (
                cues.search("funded_by", u.text)
                or cues.search("project_nouns", u.text)
                or cues.search("support_from", u.text)
                or cues.search("within_fund", u.text)
                # "Le reste du financement vient de l'Europe, via le FAMI" (the page's money; not
                # "Les cours de l'Association X bénéficient d'un cofinancement du FAMI", one
                # organisation's)
                or (u.kind == "sentence" and cues.search("funding_words", u.text) and not self._org_before_fund(u))
                or (u.kind == "kv" and cues.has("fund_keys", u.key))
                or self._under_fund_key(i)
                # "Le budget, 312.000 euros, est couvert par l'Union via le FAMI": money beside the fund
                or (u.kind == "sentence" and ctx.amounts_in(u.start, u.end))
                or self._in_cost_breakdown(i)
                or self._in_cost_table(i)
                or self._sum_from_this_fund(i)
            ):
                found += fs
        return list(dict.fromkeys(found))

    def _org_before_fund(self, u: Unit) -> bool:
        """Whether an organisation is named before the unit's first fund: "Les cours de
        l'Association X bénéficient d'un cofinancement du FAMI" is one body's money (not "... wordt
        betaald uit het AMIF; ook de provincie Zeeland betaalt mee", a co-payer after the fund)."""
        ctx = self.ctx
        first = min((s for f, s, _e in ctx.funders_in(u.start, u.end) if f != NATIONAL), default=u.end)
        return any(o.start < first for o in ctx.orgs_in(u.start, u.end))

    def _denied_money(self, p: ProjectFact) -> bool:
        """Whether the project's own words, or a sentence that names it, deny it public or EU money
        ("Öffentliches Geld bekommt der Freundeskreis für die Tandems nicht", "Attenzione: il SAI
        non utilizza fondi europei" under its heading)."""
        ctx = self.ctx
        units = set(p.scope_units or [p.unit])
        # (its name's last word names it too: "Laupheimer Tandems", "für die Tandems")
        last = p.label.split()[-1]
        if len(last) >= 5 and last[:1].isupper() and len(p.label.split()) <= 4:
            last = last.lower()
            units |= {
                j
                for j, u in enumerate(ctx.units)
                if u.kind == "sentence" and last in u.text.lower() and not self._of_a_sequel(u.text, last)
            }
        return any(self._denies_public_money(ctx.units[j].start, ctx.units[j].end) for j in units)

    def _of_a_sequel(self, text: str, name_word: str) -> bool:
        """Whether a sentence names the project as what a sequel follows ("Een vervolg op Taal
        Verbindt met Europees geld staat voorlopig niet op de planning"): it speaks of the sequel."""
        at = text.lower().find(name_word)
        return any(m.start() < at for m in self.ctx.cues.find("sequel_nouns", text[: max(0, at)]))

    def _denies_public_money(self, a: int, b: int) -> bool:
        """Whether the words deny public or EU money ("Öffentliches Geld bekommt der Freundeskreis
        für die Tandems nicht", "il SAI non utilizza fondi europei"): the page's fund is not
        theirs."""
        cues = self.ctx.cues
        text = self.ctx.text[a:b]
        return bool(cues.find("negations", text)) and bool(
            cues.search("public_money", text) or cues.search("eu_money", text)
        )

    def _sum_from_this_fund(self, i: int) -> bool:
        """Whether the next sentence, in the unit's paragraph, gives a sum from "that fund" ('"Zonder
        het AMIF zou dit niet lukken", zegt X. "We krijgen via dat fonds ongeveer 186.000 euro"'):
        the fund the unit names is the one that pays."""
        ctx = self.ctx
        if i + 1 >= len(ctx.units):
            return False
        u, nxt = ctx.units[i], ctx.units[i + 1]
        if nxt.paragraph != u.paragraph or not ctx.amounts_in(nxt.start, nxt.end):
            return False
        return any(ctx.cues.has("demonstratives", m.group(1)) for m in THIS_FUND.finditer(nxt.text))

    def _in_cost_breakdown(self, i: int) -> bool:
        """Whether a list item gives a share of the cost the line over its list states ("Budget
        total : 250.000 €" over "- FAMI : 187.500 € (75 %)")."""
        ctx, units = self.ctx, self.ctx.units
        j = i
        while j >= 0 and units[j].kind == "item" and ctx.amounts_in(units[j].start, units[j].end):
            j -= 1
        if j >= 1 and self._financing_heading(units[j]):
            j -= 1
        return j >= 0 and i in self._cost_breakdown(j)

    def _in_cost_table(self, i: int) -> bool:
        """Whether a table's row gives a fund's share of the cost another row of its table states
        ("Totale projectkost | € 412.800" over "AMIF van de Europese Unie | € 309.600 (75%)"): the
        page's financing, cell by cell."""
        ctx, units = self.ctx, self.ctx.units
        u = units[i]
        if u.kind != "row" or not u.cells or not ctx.amounts_in(u.start, u.end):
            return False
        first = u.cells[0]
        if not any(f != NATIONAL for f, _s, _e in ctx.funders_in(*first)):
            return False
        run = [i]
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(units) and units[k].kind == "row" and len(units[k].cells) == len(u.cells):
                run.append(k)
                k += step
        for k in run:
            a, b = units[k].cells[0]
            cell = ctx.text[a:b].strip().lower()
            if k != i and ctx.amounts_in(units[k].start, units[k].end) and ctx.cues.search("budget_keys", cell):
                return True
        return False

    def _cost_breakdown(self, j: int) -> list[int]:
        """The items right under a line that states a sum, each giving a sum, in its paragraph: the
        sum's breakdown by payer ("Budget total du projet : 412.600 €" over "- FAMI : 309.450 €
        (75 %)", "- Wallonie : 103.150 € (25 %)")."""
        ctx, units = self.ctx, self.ctx.units
        u = units[j]
        if u.kind not in ("kv", "sentence") or not ctx.amounts_in(u.start, u.end):
            return []
        out = []
        k = j + 1
        para = u.paragraph
        if k + 1 < len(units) and self._financing_heading(units[k]):
            # (under a heading of the plan's own: "Coût total éligible : 412 860 €", then "Plan de
            # financement" over "• FAMI : 247 716 €")
            k, para = k + 1, units[k + 1].paragraph
        while (
            k < len(units)
            and units[k].kind == "item"
            and units[k].paragraph == para
            and ctx.amounts_in(units[k].start, units[k].end)
        ):
            out.append(k)
            k += 1
        return out

    def _apposed_authority(self, end: int, b: int) -> bool:
        """Whether a fund's role stands in apposition right after a name ending at `end`: "le
        ministère de l'Intérieur (Direction générale ...), autorité de gestion du programme"."""
        after = re.sub(r"^\s*\([^()]*\)", "", self.ctx.text[end:b])
        comma = re.match(r"\s*,\s*", after)
        if comma is None:
            return False
        role = self.ctx.cues.search("authority_roles", after[:60])
        return role is not None and role.start() - comma.end() <= 4

    def _financing_heading(self, u: Unit) -> bool:
        """A short heading that names how a project is paid: "Plan de financement", "Financing"."""
        return u.kind == "heading" and word_count(u.text) <= 4 and self.ctx.cues.search("fund_keys", u.text) is not None

    def _under_fund_key(self, i: int) -> bool:
        """A line of a list that a fund key introduces ("Funding:" over "- AMIF: EUR 600,000 (75 %)")."""
        j = self._list_intro(i)  # type: ignore[attr-defined]
        return j is not None and self.ctx.cues.has("fund_keys", self.ctx.units[j].text.strip().rstrip(":").strip())

    def find_org_funders(self) -> None:
        """Organisations that fund: "Fedasil financiert projecten", "financé par le gouvernement belge via Fedasil"."""
        ctx, cues = self.ctx, self.ctx.cues
        for u in ctx.units:
            if cues.search("not_part_of", u.text):
                continue  # "Cette activité ne relève pas de X : elle est soutenue par la Ville": another thing's payer
            for v in cues.find("funding_verbs", u.text):
                orgs = [o for o in ctx.orgs_in(u.start, u.start + v.start()) if u.start + v.start() - o.end <= 25]
                after = u.text[v.end() : v.end() + 60]
                if orgs and cues.search("project_nouns", after):
                    self.doc_org_funders.setdefault(orgs[-1].iri, Evidence(u.start, u.end, 0.7))
                    continue
                # The verb before its subject (Dutch and German word order: "Elk jaar financiert
                # Fedasil specifieke projecten", "Seit 2020 fördert das Land Projekte").
                verb_end = u.start + v.end()
                subject = [o for o in ctx.orgs_in(verb_end, verb_end + 80) if o.start - verb_end <= 12]
                if subject and re.fullmatch(
                    r"\s*(?:" + cues.regex["determiners"].pattern + r")?\s*", ctx.text[verb_end : subject[0].start]
                ):
                    rest = ctx.text[subject[0].end : subject[0].end + 60]
                    if cues.search("project_nouns", rest):
                        self.doc_org_funders.setdefault(subject[0].iri, Evidence(u.start, u.end, 0.7))
            for o in self._contributors(u.start, u.end):
                self.doc_org_funders.setdefault(o, Evidence(u.start, u.end, 0.7))
                self.doc_contributors.setdefault(o, Evidence(u.start, u.end, 0.7))
        for o, evs in self.breakdown_payers.items():
            self.doc_contributors.setdefault(o, evs[0])

    @functools.cached_property
    def _money_line_blocks(self) -> list[list[tuple[int, int]]]:
        """The page's runs of two or more lines that may break a project's money down, each line
        as (start, end): bulleted lines and "key : value" lines, mixed ("- FSE+ : 367 440 €" is a
        bulleted line, "- Région (fonds propres) : 183 720 €" a record line to the layout), and the
        rows of a two-column table ("FAMI<tab>268 190 €" over "Saint-Étienne Métropole<tab>30 000 €");
        a line of two parts is two lines ("AMIF: 312.000 Euro • Land: 104.000 Euro")."""
        return self._line_blocks(keyed_sentences=False)

    @functools.cached_property
    def _share_line_blocks(self) -> list[list[tuple[int, int]]]:
        """The money-line blocks, where a line the layout took for a sentence counts as a line too
        when it is a key and one sum ("Contributo FAMI (quota UE, 75%): € 556.738,95")."""
        return self._line_blocks(keyed_sentences=True)

    def _line_blocks(self, keyed_sentences: bool) -> list[list[tuple[int, int]]]:
        ctx = self.ctx
        units = ctx.units

        def is_line(u: Unit) -> bool:
            if u.kind in ("item", "kv") or (u.kind == "row" and len(u.cells) == 2):
                return True
            if not keyed_sentences or u.kind != "sentence" or "\n" in u.text:
                return False
            sums = ctx.amounts_in(u.start, u.end)
            key = u.text.split(":", 1)[0]
            return len(sums) == 1 and ":" in u.text and sums[0].start > u.start + len(key) and word_count(key) <= 12

        blocks = []
        i = 0
        while i < len(units):
            j = i
            while j < len(units) and is_line(units[j]):
                j += 1
            block = units[i:j]
            i = max(j, i + 1)
            lines = [part for u in block for part in _line_parts(ctx.text, _text_start(ctx.text, u.start), u.end)]
            if len(lines) >= 2:
                blocks.append(lines)
        return blocks

    @functools.cached_property
    def breakdown_payers(self) -> dict[str, list[Evidence]]:
        """Organisations on the lines of a breakdown of a project's money, beside a fund's line:
        "- Fonds Asile, Migration et Intégration (FAMI) : 291 720 €" over "- Département de
        l'Ardèche : 60 000 €" (each line an amount; the names before it pay it). Each payer with
        every line it opens: a page may break down the money of several projects."""
        ctx = self.ctx
        out: dict[str, list[Evidence]] = {}
        for lines in self._money_line_blocks:
            money = [ctx.amounts_in(a, b) for a, b in lines]
            # the fund opens its line ("FAMI : 291 720 €", "davon AMIF-Mittel: 513.000 Euro"), not a
            # beneficiary's line that names it
            fund_lines = [
                k
                for k, (a, b) in enumerate(lines)
                if money[k]
                and any(
                    m.entity.kind == "fund" and (m.start <= a + 3 or word_count(ctx.text[a : m.start]) <= 1)
                    for m in ctx.funds
                    if a <= m.start < b
                )
            ]
            # "Bijdrage Stad Kortrijk: € 40.000", "Kofinanzierung Land Steiermark: € 64.230,00": a
            # line that opens with a contribution noun gives its payer's share, fund line or not
            # (not a partner's share of the budget, what it gets: "Quota di budget ANCI Toscana: € 186.400")
            keyed = [
                k
                for k, (a, b) in enumerate(lines)
                if money[k]
                and (m := ctx.cues.search("contribution_nouns", ctx.text[a:b]))
                and m.start() == 0
                and not _BUDGET_SHARE.match(ctx.text, a + m.end())
            ]
            if not fund_lines and not keyed:
                continue
            for k, (a, b) in enumerate(lines):
                if k in fund_lines or not money[k] or word_count(ctx.text[a : money[k][0].start]) > 16:
                    continue
                if not fund_lines and k not in keyed:
                    continue
                for o in ctx.orgs_in(a, money[k][0].start):
                    # (not one the line gives the sum to: "d'attribuer à l'association X une
                    # subvention de 30 000 €")
                    if not ctx.is_eu_body(o.iri) and not self._given_to_before(a, o.start):
                        out.setdefault(o.iri, []).append(Evidence(a, b, 0.7))
        return out

    def _given_to_before(self, a: int, pos: int) -> bool:
        """Whether a word that gives to someone ("à", "aan", "to", "an", "al") stands right before
        pos, or before one word before it ("à l'association X", "to the city of X")."""
        given = self.ctx.cues.regex.get("given_to")
        if given is None:
            return False
        before = self.ctx.text[a:pos]
        return re.search(rf"(?<!\w)(?:{given.pattern})\s*(?:[^\W\d_]+['’]?\s*)?$", before, re.I) is not None

    def _group_payers(self, spans: list[tuple[int, int]], a: int, b: int) -> list[str]:
        """The bodies of one kind the project's own words name, when the words between a and b open
        on that kind in the plural as the subject of a paying verb ("De drie deelnemende gemeenten
        dragen samen de overige middelen bij" of a project run "in samenwerking met de gemeenten
        Woerden, Oudewater en Montfoort"): each of them pays."""
        ctx = self.ctx
        kind = self._paying_group_kind(ctx.text[a:b])
        if kind is None:
            return []
        members = [o.iri for x, y in spans for o in ctx.orgs_in(x, y) if fold(o.name).startswith(kind + " ")]
        members = list(dict.fromkeys(members))
        return members if len(members) >= 2 else []

    def _intro_lead(self, p: ProjectFact) -> OrgMention | None:
        """The body the lines over a list of projects say leads them ("La Regione Marche è capofila
        di due progetti finanziati dal FAMI ..." over "a) Progetto X ...", "b) ... Y"): the runner of
        each line's project that names none."""
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        j = p.unit
        if units[j].kind != "item":
            return None
        while j > 0 and units[j - 1].kind == "item":
            j -= 1
        for k in range(j - 1, max(-1, j - 4), -1):
            u = units[k]
            if u.kind == "heading":
                break
            for m in cues.find("lead_roles", u.text):
                after = u.text[m.end() : m.end() + 60]
                if not re.match(r"\s+(?:di|dei|of|de|du|des|van|von|für)\b", after, re.I):
                    continue
                if not cues.search("project_nouns", after):
                    continue
                named = [o for o in ctx.orgs_in(u.start, u.start + m.start()) if ctx.is_implementer_org(o.iri)]
                if named:
                    return named[-1]
        return None

    def _own_funds_after(self, pos: int) -> bool:
        """Whether words of the payers' own funds follow pos closely ("le solde en fonds propres")."""
        own = self.ctx.cues.search("own_funds", self.ctx.text[pos : pos + 40])
        return own is not None and self.ctx.text[pos : pos + own.start()].strip(" ,") == ""

    def _paying_group_kind(self, text: str) -> str | None:
        """The kind of body, in the singular, a sentence opens on in the plural as the subject of a
        paying verb ("De drie deelnemende gemeenten dragen ... bij" -> "gemeente")."""
        known = self._group_kinds.get(text, False)
        if known is not False:
            return known
        self._group_kinds[text] = kind = self._group_kind_of(text)
        return kind

    @functools.cached_property
    def _group_kinds(self) -> dict[str, str | None]:
        """`_paying_group_kind`'s answers by text (asked of one sentence once per project)."""
        return {}

    def _group_kind_of(self, text: str) -> str | None:
        cues = self.ctx.cues
        singular = _plural_heads(self.ctx.lang)
        words = re.findall(r"[^\W\d_][\w'’-]*|\d+", text[:120])[:6]
        at = next((k for k, w in enumerate(words[:4]) if fold(w) in singular), None)
        if at is None or any(w[:1].isupper() for w in words[1:at]) or at + 1 >= len(words):
            return None
        verb = words[at + 1]
        if not (cues.has("contributes", verb) or cues.has("funding_verbs", verb)):
            return None
        return singular[fold(words[at])]

    def _contributors(self, a: int, b: int) -> list[str]:
        """Organisations that give a sum of money between a and b: "Der Landkreis X beteiligt sich
        an dem Projekt mit 4.500 Euro", "the city contributes EUR 20,000" (the verb right after its
        subject, the sum after the verb), "45 mila euro della Fondazione X" (the sum, then whose).
        A sum in any currency will do: "Region Skåne contributes SEK 1.8 million"."""
        ctx = self.ctx
        out: list[str] = []
        places = [m for m in ctx.places if a <= m.start and m.end <= b and not ctx.is_country(m.text)]
        if not ctx.orgs_in(a, b) and not places:
            return out  # no name: no one gives anything (most sentences; read cheaply)
        remainders = ctx.cues.find("remainder_words", ctx.text[a:b])
        if not _DIGIT.search(ctx.text, a, b) and not remainders:
            return out  # no sum and no "the rest": no one gives one
        for v in ctx.cues.find("contributes", ctx.text[a:b]) if places else ():
            # "la Wallonie prenant en charge le solde": a region or a town that pays is its government
            for m in places:
                if 0 <= a + v.start() - m.end <= 2:
                    ctx.add_org(m.text, m.start, m.end)
        # "45 mila euro della Fondazione X", "20 000 euros de la Ville", "EUR 20,000 from the city"
        # (not "EUR 300,000 for the City of X", "120 000 euros pour la Ville": the body receives it)
        of = "(?:" + ctx.cues.regex["of_words"].pattern + "|" + ctx.cues.regex["share_by"].pattern + ")"
        det = "(?:" + ctx.cues.regex["determiners"].pattern + ")"
        for am in ctx.money_in(a, b):
            after = ctx.orgs_in(am.end, min(b, am.end + 40))
            if (
                after
                and re.fullmatch(rf"\s*{of}\s*(?:{det}\s*)?", ctx.text[am.end : after[0].start], re.I)
                and not self._for_gap(am.end, after[0].start)
                and after[0].iri not in out
                and not ctx.is_eu_body(after[0].iri)
            ):
                out.append(after[0].iri)
        # "Ook de Provincie X (€ 180.000) en de Provincie Y (€ 120.000) dragen bij": each payer with
        # its sum in brackets, the verb after them all
        verbs = [a + v.start() for v in ctx.cues.find("contributes", ctx.text[a:b])]
        for am in ctx.money_in(a, b) if verbs else ():
            if not re.search(r"\(\s*$", ctx.text[max(a, am.start - 3) : am.start]):
                continue
            if not re.match(r"\s*\)", ctx.text[am.end : am.end + 3]) or not any(v > am.end for v in verbs):
                continue
            named = [o for o in ctx.orgs_in(a, am.start) if 0 <= am.start - o.end <= 4]
            if named and named[-1].iri not in out and not ctx.is_eu_body(named[-1].iri):
                out.append(named[-1].iri)
        # The payer before its verb, the sum after ("the city contributes EUR 20,000"); or after its
        # verb or a passive "by", the sum or the rest before ("Weitere 95.000 Euro steuert das Land X
        # bei", "Den Rest trägt das Land X", "35 mila euro sono messi dal Comune di X").
        for key in ("contributes", "contributed_by"):
            for v in ctx.cues.find(key, ctx.text[a:b]):
                verb_start, verb_end = a + v.start(), a + v.end()
                there_is = ctx.cues.search("expletives", ctx.text[verb_start : verb_end + 6])
                if there_is is not None and there_is.start() == 0:
                    continue  # "im Landkreis gibt es einen Förderaufruf": no one gives
                if key == "contributes":
                    orgs = [o for o in ctx.orgs_in(a, verb_start) if verb_start - o.end <= 25]
                    if not orgs:
                        orgs = self._subject_of_joined_verb(a, verb_start)
                    # a sum after the verb, or the rest ("la Wallonie prenant en charge le solde")
                    # (not the project's bodies' own share: "apportent le solde en fonds propres")
                    rest_after = any(
                        0 <= a + r.start() - verb_end <= 12 and not self._own_funds_after(a + r.end())
                        for r in remainders
                    )
                    # the sum close after the verb, in its clause ("beteiligt sich ... mit 4.500 Euro")
                    summed_after = ctx.money_in(verb_end, min(b, verb_end + _SUM_REACH))
                    if orgs and (summed_after or rest_after):
                        # (and the ones "and" joins to it: "De Stad X en de Provincie Y legden
                        # samen de rest bij")
                        payers = [orgs[-1]]
                        for prev in reversed(ctx.orgs_in(a, payers[0].start)):
                            if prev.end > payers[-1].start or not ctx.joined_by_and(prev.end, payers[-1].start):
                                break
                            payers.append(prev)
                        out += [o.iri for o in reversed(payers) if o.iri not in out]
                        out += [o.iri for o in self._gapped_payers(verb_end, b) if o.iri not in out]
                after = ctx.orgs_in(verb_end, b)
                # the name right after the verb, and those a repeated "and by" adds ("couvert par des
                # crédits de l'État (61 920 €) et par le Conseil départemental (41 280 €)")
                first = [o for o in after if self._right_after(verb_end, o)][:1]
                joined = [o for o in after if o not in first and self._and_by_before(verb_end, o)]
                clause_start = max(a, verb_start - 60)
                # the sum or the rest in the payer's own sentence or clause
                breaks = list(re.finditer(r"[.;]\s", ctx.text[clause_start:verb_start]))
                if breaks:
                    clause_start += breaks[-1].end()
                summed = [am for am in ctx.money_in(clause_start, verb_start) if am.end <= verb_start]
                rest = any(clause_start <= a + r.start() and a + r.end() <= verb_start for r in remainders)
                for payer in [*first, *joined]:
                    if payer.iri in out or ctx.is_eu_body(payer.iri):
                        continue
                    if payer in first and any(0 <= payer.start - e <= 40 for _s, e in ctx._national_cues):
                        continue  # "national co-financing provided by the Government of X": the state's money
                    if rest and self._own_body_by_kind(payer):
                        continue  # (whatever sum an earlier clause gives another payer)
                    # (or its sum right after it, the verb before: "Aan X draagt de gemeente
                    # € 137.400 bij")
                    sum_after = any(0 <= am.start - payer.end <= 3 for am in ctx.money_in(payer.end, b))
                    if key == "contributes" and payer in first and not sum_after:
                        sum_after = self._own_sum_after(payer, b)
                    if summed or rest or (key == "contributes" and sum_after):
                        out.append(payer.iri)
        return out

    @functools.cached_property
    def _for_gap_pattern(self) -> re.Pattern[str] | None:
        cues = self.ctx.cues
        if not cues.words.get("grant_for"):
            return None
        return re.compile(rf"\s*{cues.then_article('grant_for')}")

    def _for_gap(self, a: int, b: int) -> bool:
        """Whether the words from a to b are a word of purpose and an article ("for the", "pour la",
        "voor de", "für den", "per il"): the name after them is whom the sum before them goes to."""
        pattern = self._for_gap_pattern
        return pattern is not None and pattern.fullmatch(self.ctx.text, a, b) is not None

    def _subject_of_joined_verb(self, a: int, verb_start: int) -> list[OrgMention]:
        """The subject of a giving verb joined by "and" to its clause's first verb: "La commune de X
        met à disposition un local et verse 12.000 euros", "The council hosts the desk and pays EUR
        9,000". The name opens the clause, no other name stands before the verb, a few words do."""
        ctx = self.ctx
        clause = max([a, *(a + m.end() for m in re.finditer(r"[.;:!?]\s", ctx.text[a:verb_start]))])
        names = ctx.orgs_in(clause, verb_start)
        if len(names) != 1:
            return []
        o = names[0]
        if not re.fullmatch(rf"\s*{ctx.cues.then_article()}", ctx.text[clause : o.start]):
            return []
        between = ctx.text[o.end : verb_start]
        and_end = re.search(rf"(?i:\b(?:{ctx.cues.regex['and_words'].pattern}))\s+$", between)
        if and_end is None or _DIGIT.search(between) or len(between.split()) > 10 or "," in between:
            return []
        return [o]

    def _own_sum_after(self, payer: OrgMention, b: int) -> bool:
        """Whether a sum follows a giving verb's subject set after it, a few words on, in its clause:
        "Beim Projekt X beteiligt sich das Land Y mit weiteren 9.000 Euro", "Daarnaast draagt de
        provincie Z met € 45.000 bij"."""
        ctx = self.ctx
        if fold(ctx.text[payer.start : payer.end]) != fold(payer.name):
            return False  # "beteiligt sich die Stadt": which town a bare noun means is another rule's guess
        sums = ctx.money_in(payer.end, min(b, payer.end + 60))
        if not sums:
            return False
        gap = ctx.text[payer.end : sums[0].start]
        return len(gap.split()) <= 3 and not re.search(r"[.;:,()]", gap) and not ctx.orgs_in(payer.end, sums[0].start)

    def _gapped_payers(self, after: int, b: int) -> list[OrgMention]:
        """The payers the verb's clause goes on to name with their own sums, the verb unsaid: "La
        Métropole a ajouté 30 000 euros et la Fondation de France 25 000 euros"."""
        ctx = self.ctx
        joined = re.compile(rf"\s*(?:,\s*)?{ctx.cues.then_article('and_words')}")
        out = []
        sums = ctx.money_in(after, b)
        for o in ctx.orgs_in(after, b):
            before = [am for am in sums if am.end <= o.start]
            if not before or not joined.fullmatch(ctx.text, before[-1].end, o.start):
                continue
            if any(0 <= am.start - o.end <= 3 for am in sums) and not ctx.is_eu_body(o.iri):
                out.append(o)
        return out

    def _own_body_by_kind(self, o: OrgMention) -> bool:
        """Whether a mention names a body by its kind alone, no government's ("den Rest trägt der
        Verein", "l'association prend en charge le solde"): the runner pays its own share, which is
        no funding (not "den Rest trägt das Land")."""
        ctx = self.ctx
        written = ctx.text[o.start : o.end].split()
        if not written or len(written) > 2 or fold(" ".join(written)) == fold(o.name):
            return False
        if ctx.is_national_body(o.iri) or ctx.cues.has("state_governments", o.name) or ctx.names_a_town(o.name):
            return False  # "die Kofinanzierung übernimmt der Freistaat": a government's money
        return not shapes_for(ctx.lang).place_prefix.match(fold(written[-1]))

    def _and_by_before(self, floor: int, o: OrgMention) -> bool:
        """Whether "and by" (and an article) stands right before the name, after `floor`: "... et par
        le Conseil départemental", "... and by the city"."""
        gap = self.ctx.text[max(floor, o.start - 30) : o.start]
        return bool(re.search(rf"(?<!\w){self.ctx.cues.then_article('and_words', 'by_words')}$", gap))

    def _listed_after_a_fund(self, o: OrgMention) -> bool:
        """Whether the organisation is named right after a fund, joined by "and" ("du Fonds Asile,
        Migration et Intégration (FAMI) et de la Région wallonne"): a co-funder, listed with it."""
        ctx = self.ctx
        ends = [m.end for m in ctx.funds if m.end <= o.start and o.start - m.end <= 40]
        if not ends:
            return False
        between = re.sub(r"\([^()]*\)", " ", ctx.text[max(ends) : o.start])
        words = [w for w in re.findall(r"[^\W\d_]+", between) if not ctx.cues.has("determiners", w)]
        joined = [w for w in words if ctx.cues.has("and_words", w)]
        return bool(joined) and all(w in joined or w.lower() in _OF_WORDS for w in words)

    def relate(self) -> None:
        ctx, cues = self.ctx, self.ctx.cues
        units = ctx.units
        doc_funds = self.doc_funders
        owner = ctx.site_owner
        lead_orgs = self._lead_orgs()
        named_in = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        defaulted: list[tuple[ProjectFact, str]] = []  # (a project, a fund it has as the page's)
        openings = {id(p): self._opening_with_name(p, set()) for p in self.projects}
        for p in self.projects:
            if p.fixed:
                continue
            if not p.implementers and (found := self._object_clause_runner(p)) is not None:
                org, u = found
                p.implementers[org.iri] = Evidence(u.start, u.end, 0.8)
            named_here = set(p.scope_units or [p.unit])
            own = sorted(
                named_here
                | self._opening_with_name(p, named_in - named_here)
                | self._item_block(p, named_in - named_here)
                | self._paragraph_led(p, named_in - named_here)
                | self._headed_section(p, named_in - named_here)
                | self._news_openings(p)
                | self._answers_about(p, named_in - named_here)
                | self._quoted_mentions(p, named_in - named_here)
                | self._apposed_mentions(p, named_in - named_here)
                | self._enclosing_item_block(p, named_in - named_here)
            )
            own = sorted({*own, *self._financing_section(own, named_in - named_here)})
            others_runners = {o for q in self.projects if q is not p for o in q.implementers} - set(p.implementers)
            # (the follow-ups stop at a sentence that opens with another project's name: "X heeft
            # een begroting van ... De resterende ... Y heeft een begroting van ...")
            reopened = {j for k, js in openings.items() if k != id(p) for j in js}
            scope = self._with_follow_ups(own, (named_in | reopened) - set(own), others_runners, p.unit, p.label)
            scope, paid_by_items = self._with_announced_items(scope, named_in - set(own))
            # (a line among its record's lines that reads as a sentence, its key too long for a key:
            # "Kofinanzierung Ministerium der Justiz und für Migration Baden-Württemberg: 120.000,00 EUR")
            held = set(scope)
            scope += [
                j + 1
                for j in sorted(held)
                if j + 1 < len(units)
                and j + 1 not in held
                and units[j].kind == "kv"
                and units[j + 1].kind == "sentence"
                and (
                    # (between two of them, or the last of a run under its money's heading:
                    # "con il sostegno della Fondazione X: € 25.000,00 (...)" under "Budget")
                    (j + 2 in held and units[j + 2].kind == "kv")
                    or (j + 2 >= len(units) or units[j + 2].kind == "heading")
                )
                and self._payers_money_line(units[j + 1])
            ]
            # a record line's key is its own words too ("davon EU-Mittel (AMIF): 1.381.500,00 Euro")
            spans = [
                (line_start(ctx.text, units[j].start) if units[j].kind == "kv" else units[j].start, units[j].end)
                for j in scope
            ]
            # Funders: the project's own words, its section heading, its paragraph, the document.
            explicit: dict[str, Evidence] = {}
            cued_payers: dict[str, Evidence] = {}
            for a, b in spans:
                if self._denies_funding(a, b) or self._stands_outside_this_project(a, b):
                    # "VCO INCLUDE non è finanziato dal PON Inclusione né dal ... FSE+"; "la Région,
                    # qui gère une partie des fonds européens (Feder et FSE+), n'intervient pas dans
                    # ce projet"
                    continue
                for f, _s, _e in ctx.funders_in(a, b):
                    explicit.setdefault(f, Evidence(a, b, 0.8))
                # "funded by ... via Fedasil", "co-funded by Fedasil"
                for fb in cues.find("funded_by", ctx.text[a:b]):
                    for o in self._funding_orgs(a + fb.end(), b):
                        explicit.setdefault(o.iri, Evidence(a, b, 0.75))
                # "Das Land Hessen unterstützt das Angebot ... mit 38.400 Euro": the subject of a
                # funding verb that gives a sum, in the project's own words
                for v in cues.find("funding_verbs", ctx.text[a:b]) if ctx.amounts_in(a, b) else ():
                    verb = a + v.start()
                    for o in ctx.orgs_in(a, verb):
                        if verb - o.end <= 25 and o.iri in ctx.payers and o.iri not in p.implementers:
                            explicit.setdefault(o.iri, Evidence(a, b, 0.75))
                # "Since 2016 the Scottish Government has funded the Refugee Doctors Programme": the
                # subject of a funding verb whose object is the project itself
                said_of = rf"\s+(?:(?:{cues.regex['determiners'].pattern})\s+)?{re.escape(p.label)}(?!\w)"
                for v in cues.find("funding_verbs", ctx.text[a:b]):
                    verb = a + v.start()
                    if not re.match(said_of, ctx.text[a + v.end() : b], re.I):
                        continue
                    for o in ctx.orgs_in(a, verb):
                        if verb - o.end <= 25 and o.iri not in p.implementers:
                            explicit.setdefault(o.iri, Evidence(a, b, 0.75))
                # "Avec le soutien de la Fondation de France et du Département de la Loire": the
                # payers a support cue opening a clause names, in the project's own words (not "...
                # insieme a 8 partner e il supporto di Regione X": one more partner of a list)
                for sf in cues.find("support_from", ctx.text[a:b]):
                    if ctx.text[a : a + sf.start()].rstrip()[-1:] not in ("", ",", ";", ":", "."):
                        continue
                    for o in ctx.orgs_in(a + sf.end(), b):
                        if o.iri in ctx.payers and o.iri not in p.implementers:
                            explicit.setdefault(o.iri, Evidence(a, b, 0.75))
                for o in self._contributors(a, b):
                    explicit.setdefault(o, Evidence(a, b, 0.75))
                for o in self._group_payers(spans, a, b):
                    explicit.setdefault(o, Evidence(a, b, 0.7))
                # "erhält die Stadt Ulm vom Land Baden-Württemberg ... Zuwendungen in Höhe von ...":
                # the body a verb of receiving says the money comes from, in the project's own words
                for o in self._received_from(a, b) if ctx.amounts_in(a, b) else ():
                    if o.iri not in p.implementers:
                        explicit.setdefault(o.iri, Evidence(a, b, 0.75))
                # "Die Sprachbrücke wird vom Ministerium für X ... gefördert": the payer a funding
                # cue names in the project's own words
                for o in ctx.orgs_in(a, b):
                    if o.iri not in p.implementers and ctx.named_as_payer(o):
                        cued_payers.setdefault(o.iri, Evidence(a, b, 0.75))
                # "d'une contribution du Canton du Valais (CHF 95 000)": a body named with its share
                for o, ev in self.own_share_payers.items():
                    if a <= ev.start < b and o not in p.implementers:
                        explicit.setdefault(o, Evidence(a, b, 0.75))
                # a line of the project's own breakdown of its money ("- Région : 183 720 €")
                for o, evs in self.breakdown_payers.items():
                    if any(ev.start < b and a < ev.end for ev in evs) and o not in p.implementers:
                        explicit.setdefault(o, Evidence(a, b, 0.75))
            # "Département de la Vendée : 18 500 €", "CAF de la Vendée (…) – appel à projets … : 12 000 €":
            # a line of the project's own that opens with a payer's name and ends on its sum
            for j in scope:
                if (payer := self._payer_line(units[j])) is not None and payer not in p.implementers:
                    explicit.setdefault(payer, Evidence(units[j].start, units[j].end, 0.75))
            # "Il est financé par :" over "• la Ville de X : 16 000 € ;": the first name of each item
            for j in paid_by_items:
                u = units[j]
                named = [o for o in ctx.orgs_in(u.start, u.end) if not ctx.is_eu_body(o.iri)]
                # (not a beneficiary's line under a fund: "FAMI : l'asbl X, 20 000 €")
                if named and not any(f != NATIONAL for f, _s, _e in ctx.funders_in(u.start, named[0].start)):
                    explicit.setdefault(named[0].iri, Evidence(u.start, u.end, 0.75))
            # "Financement : FAMI et Ville de Saint-Étienne": the payers a fund key's line names
            for j in scope:
                u = units[j]
                if u.kind == "kv" and cues.has("fund_keys", u.key.lower()):
                    for o in ctx.orgs_in(u.value_start, u.end):
                        if o.iri in ctx.payers and ctx.pays_on_fund_line(o, u, p.implementers):
                            explicit.setdefault(o.iri, Evidence(u.value_start, u.end, 0.75))
            if not any(ctx.is_fund(f) for f in explicit):
                # "Die Sprachbrücke wird vom Ministerium für X ... gefördert": the payer a funding
                # cue names in the project's own words, where they name no fund (beside a fund's
                # share, a body's money is the co-funding the pair decisions read)
                for o, ev in cued_payers.items():
                    explicit.setdefault(o, ev)
            state_money = False  # the state's budget named as a state agency's money only
            also_run = self._named_among_also_run(p)
            # its own words deny it public or EU money, or name it among what else a body runs
            denied = self._denied_money(p) or also_run
            if not explicit and not also_run:
                heading = units[p.unit].section
                # (not a heading on another of the page's projects: "ESF Plus und Land unterstützen
                # zusätzlich „Sprachbrücken Rostock“" over a list of the city's grants)
                if heading >= 0 and not self._heads_another_project(heading, p):
                    h = units[heading]
                    for f, _, _ in ctx.funders_in(h.start, h.end):
                        explicit.setdefault(f, Evidence(h.start, h.end, 0.65))
                    # A section headed by an organisation the text says funds projects ("Fedasil
                    # opvang" over "Elk jaar financiert Fedasil specifieke projecten"): its money.
                    for o in ctx.orgs_in(h.start, h.end):
                        if o.iri in self.doc_org_funders:
                            explicit.setdefault(o.iri, Evidence(h.start, h.end, 0.6))
                            if ctx.is_national_body(o.iri) and NATIONAL not in explicit:
                                explicit[NATIONAL] = Evidence(h.start, h.end, 0.6)
                                state_money = True
            if not explicit and not denied:
                para = units[p.unit].paragraph
                # A list item reads its list's intro and what precedes it, not what follows the list.
                intro = self._list_intro(p.unit)
                last = intro if intro is not None else len(units)
                # (not another project's own lines, nor what follows the next project named: a
                # heading's paragraph may hold the lines of the project before it, "Financement :
                # ... FAMI" over "« Femmes en mouvement »")
                others = named_in - set(own)
                last = min([last, *(j - 1 for j in others if j > p.unit)])
                for j, u in enumerate(units[: last + 1]):
                    if j in others:
                        continue
                    if u.paragraph == para and (
                        cues.search("funded_by", u.text) or cues.search("project_nouns", u.text)
                    ):
                        for f, _, _ in ctx.funders_in(u.start, u.end):
                            explicit.setdefault(f, Evidence(u.start, u.end, 0.6))
            if p.rule in ("find_beneficiary_items", "find_titled_grant_lines"):
                # a line of a list of grants is paid by whom the list's intro says pays, and by
                # what its own words add ("... cofinancé par le FSE")
                for f, ev in self._list_payers(p).items():
                    explicit.setdefault(f, ev)
            elif not denied and not any(ctx.is_fund(f) for f in explicit):
                # "Il contributo FAMI ammonta complessivamente a 1,2 milioni di euro, così ripartito:"
                # over the items: the fund whose money the intro shares out pays each item
                for f, ev in self._intro_fund_share(p).items():
                    explicit.setdefault(f, ev)
            if not any(ctx.is_fund(f) and f != NATIONAL for f in explicit):
                # "298.500 Euro aus EU-Mitteln und 70.000 Euro Landesmittel": the Union's money in
                # the project's own words is the page's fund
                # (not words that deny it: "il SAI non utilizza fondi europei")
                said = next(
                    (
                        (a, b)
                        for a, b in spans
                        if cues.search("eu_money", ctx.text[a:b]) and not self._denies_public_money(a, b)
                    ),
                    None,
                )
                fund = next((f for f in doc_funds if f != NATIONAL), None)
                if said is not None and fund is not None:
                    explicit.setdefault(fund, Evidence(said[0], said[1], 0.6))
            national_only = set(explicit) == {NATIONAL}
            if national_only and self._also_paid(explicit[NATIONAL]):
                # "l'action est également soutenue par l'État": the state's money beside the
                # page's fund, which pays too
                for f in doc_funds:
                    explicit.setdefault(f, Evidence(p.evidence.start, p.evidence.end, 0.45))
            if explicit and not denied and not any(ctx.is_fund(f) for f in explicit):
                # "Landesmittel: 134.000 Euro" under a lead that says the Land's money tops up the
                # AMIF's ("ergänzt die Förderung aus dem AMIF"): the fund pays it too
                for payers, funds in self._top_ups:
                    if payers & set(explicit):
                        for f, ev in funds.items():
                            explicit.setdefault(f, ev)
            # (a finder that read its payers said who pays; a lead that says the projects are paid
            # wholly by a government, "werden vollständig aus Landesmitteln bereitgestellt", leaves
            # the page's fund to the project its own words name)
            # (beside what its own words add: "Die Stadt beteiligt sich zusätzlich mit 12.000 Euro")
            paid_so = not p.funders and not denied and not any(ctx.is_fund(f) for f in explicit)
            wholly = self._wholly_paid_lead(p) if paid_so else {}
            for o, ev in wholly.items():
                explicit.setdefault(o, ev)
            if not explicit and not p.funders and not denied:
                sibling_funds = self._sibling_item_funds(p)
                for f in doc_funds:
                    if f not in sibling_funds and not self._said_in_others_only(p, f):
                        explicit.setdefault(f, Evidence(p.evidence.start, p.evidence.end, 0.45))
                        defaulted.append((p, f))
            if national_only or NATIONAL in explicit:
                for org, ev in self.doc_org_funders.items():
                    # a sum's giver pays for the project it is said of (`_add_contributors`), not
                    # for every project of the page; nor does one said to pay in another project's
                    # own words and not named in this one's
                    if ctx.unit_index(ev.start) in named_in - set(scope) and not any(
                        a <= m.start < b for m in ctx.orgs if m.iri == org for a, b in spans
                    ):
                        continue
                    if org not in self.doc_contributors or len(self.projects) == 1:
                        explicit.setdefault(org, ev)
            if state_money and NATIONAL not in p.funders:
                p.same_money.add(NATIONAL)
            p.funders = {**explicit, **p.funders}
            # The sentence after a list that speaks of all its projects ("They are co-financed ...
            # by national funds", "All three projects will be implemented between 2024 and 2027"):
            # its funders join each item's, its years are each item's if the item has none.
            group = self._list_follow_ups(p, named_in) + self._aforesaid_of_list(p) + self._aforesaid_of_all
            for j in self._list_runner_follow_ups(p, named_in):
                for f, _s, _e in ctx.funders_in(units[j].start, units[j].end):
                    p.funders.setdefault(f, Evidence(units[j].start, units[j].end, 0.7))
            for j in group:
                for f, fs, _e in ctx.funders_in(units[j].start, units[j].end):
                    if self._negated_before(units[j].start, fs):
                        continue  # "Die in dieser Meldung genannten Projekte erhalten keine Landesmittel."
                    p.funders.setdefault(f, Evidence(units[j].start, units[j].end, 0.7))
            # "Ogni progetto è finanziato per il 90 per cento con fondi europei e per il restante 10
            # per cento con risorse del bilancio regionale": a sentence of its own on all the page's
            # projects names payers of each
            for j in self._sentences_on_all if len(self.projects) >= 2 else ():
                # (opened by a word for all or each of them, not "Les projets cofinancés par le FSE+
                # sont publiés ...", which picks some projects by their fund)
                text = units[j].text
                if self._opens_on_all(text) and j not in named_in and cues.search("funding_words", text):
                    for f, _s, _e in ctx.funders_in(units[j].start, units[j].end):
                        if f not in p.implementers:
                            p.funders.setdefault(f, Evidence(units[j].start, units[j].end, 0.6))
            # Implementers: the lead role a sentence gives (on a page about one project), explicit
            # cues, then a sentence subject, then the site's owner or the lead org.
            by_role = [o for o in self._runner_by_role(p) if o.iri not in p.funders]
            if by_role:
                # "le porteur de Roue Libre, l'asbl X": a runner's role of the project, then the body
                p.implementers[by_role[0].iri] = Evidence(by_role[0].start, by_role[0].end, 0.8)
                p.led_by = by_role[0].iri
            elif p is self._page_project() and (lead := self._lead_role_org()) is not None:
                org, u = lead
                if org.iri not in p.funders:
                    p.implementers[org.iri] = Evidence(u.start, u.end, 0.8)
                    p.led_by = org.iri
            elif p is self._page_project() and len(self.projects) == 1:
                # "Le reste est pris en charge par la structure porteuse, La Vie Active": on a page
                # about one project, the body a runner's role names, wherever the text says it
                for u in units:
                    if u.kind != "sentence":
                        continue
                    named = [o for o in self._runners_by_role_words(u.start, u.end) if o.iri not in p.funders]
                    if named:
                        p.implementers[named[0].iri] = Evidence(u.start, u.end, 0.75)
                        break
            for a, b in spans:
                for o in ctx.orgs_in(a, b):
                    if o.start in ctx.fronted_runners and o.iri not in p.funders:
                        p.implementers.setdefault(o.iri, Evidence(a, b, 0.8))
                # "Il Comune è ente titolare del progetto; ... all'ente attuatore Cooperativa X"
                for o in self._runners_by_role_words(a, b):
                    if o.iri not in p.funders:
                        p.implementers.setdefault(o.iri, Evidence(a, b, 0.8))
                # "presentato dal Consorzio X, in qualità di capofila, insieme a Y": the lead runs it
                lead = self._lead_before_role(a, b) or self._lead_after_role(a, b)
                if lead is not None and lead.iri not in p.funders:
                    p.implementers.setdefault(lead.iri, Evidence(a, b, 0.8))
                for m in cues.find("implemented_by", ctx.text[a:b]):
                    if any(
                        FUND_AS_SUBJECT.fullmatch(ctx.text[e : a + m.start()])
                        for _f, _s, e in ctx.funders_in(a, a + m.start())
                    ):
                        continue  # "le FAMI est géré par le ministère": who manages the fund, not the project
                    if self._of_another_thing(a, a + m.start()):
                        continue  # "builds on material developed by X": who made something else
                    before = ctx.text[max(a, a + m.start() - 40) : a + m.start()]
                    # (or the fund named again by its noun, and where: "Het fonds wordt in
                    # Nederland beheerd door het ministerie")
                    managed_money = re.search(
                        rf"(?i:{cues.regex['funding_words'].pattern}|{cues.regex['fund_nouns'].pattern})"
                        rf"\s+(?i:{cues.regex['copulas'].pattern})\s+(?:[\w'’-]+\s+){{0,3}}$",
                        before,
                    )
                    if cues.search("managing_participles", m.group(0)) and managed_money:
                        continue  # "The funding is managed by the Ministry's Unit": who manages the money
                    found = self._funding_orgs(a + m.end(), b)[:1] or self._name_after(a + m.end(), b)
                    if found and self._apposed_authority(found[0].end, b):
                        continue  # "il est géré par le ministère ..., autorité de gestion du programme"
                    # (not one of the Union's bodies: "co-funded by the AMIF ..., managed by the
                    # European Commission's Directorate-General ...": it passes the fund on)
                    for o in [o for o in found if ctx.is_implementer_org(o.iri)]:
                        p.implementers.setdefault(o.iri, Evidence(a, b, 0.8))
                        if p.named_runner is None and o.iri not in p.funders and p.label in ctx.text[a:b]:
                            # "Porté par Coallia, le dispositif Cap Réfugiés 72 ...": the sentence that
                            # names the project says who runs it; the pair decisions add no other
                            # runner (not the site's owner)
                            p.named_runner = o.iri
                # "voor het project "Samen Vooruit" van Stichting X": whose the named project is
                for o in self._owner_after_name(p, a, b):
                    if o.iri not in p.funders:
                        p.implementers.setdefault(o.iri, Evidence(a, b, 0.75))
                # "le projet Tandem, lancé en janvier 2024 par le CAI": who launched it runs it (the
                # project's name right before; not "l'appel à projets lancé ... par la Diair")
                later = self._launched_by_later
                for m in later.finditer(ctx.text, a, b) if later is not None else ():
                    if fold(p.label) not in fold(ctx.text[max(a, m.start() - 60) : m.start()]):
                        continue
                    for o in self._name_after(m.end(), b)[:1]:
                        if o.iri not in p.funders:
                            p.implementers.setdefault(o.iri, Evidence(a, b, 0.75))
                leads = cues.find("lead_roles", ctx.text[a:b])
                for m in cues.find("partner_cues", ctx.text[a:b]):
                    if any(r.start() <= m.start() < r.end() for r in leads):
                        continue  # "Lead Partner: X": the lead, no partner
                    # "la Caritas e la cooperativa X sono partner": the names before "are partners"
                    for o in self._named_before_copula(a, a + m.start()):
                        if o.iri not in p.implementers and o.iri not in p.funders:
                            p.partners.setdefault(o.iri, Evidence(a, b, 0.7))
                    for o in ctx.orgs_in(a + m.end(), min(b, a + m.end() + 160)):
                        if o.iri not in p.implementers:
                            p.partners.setdefault(o.iri, Evidence(a, b, 0.7))
            self._drop_bare_item_runner(p, spans)
            for o in self._possessive_owners(p):
                if o not in p.funders or not p.implementers:
                    p.implementers.setdefault(o, Evidence(p.evidence.start, p.evidence.end, 0.75))
            if not p.implementers and (lead := self._intro_lead(p)) is not None and lead.iri not in p.funders:
                p.implementers[lead.iri] = Evidence(lead.start, lead.end, 0.75)
            if not p.implementers:
                in_label: tuple[str, Evidence] | None = None
                for j in scope:
                    u = units[j]
                    if u.kind == "kv" and cues.search("contact_words", u.key):
                        continue  # "Informatie bij: afdeling Werk en Inkomen": whom to ask, no subject
                    if cues.search("not_part_of", u.text):
                        continue  # "Het COA ... heeft geen rol in het project": its subject stands outside
                    subj = [
                        o
                        # (one that starts near the opening, however long its name: "Hier setzt der
                        # Verein für interkulturelle Frauenarbeit Kassel e.V. an")
                        for o in [
                            *(
                                o
                                for o in ctx.orgs_in(u.start, u.end)
                                if o.end <= u.start + 45 or (o.start < u.start + 45 and not self._at_a_place(u, o))
                            ),
                            *self._after_fronted_phrase(u),
                        ]
                        if ctx.is_implementer_org(o.iri)
                        and o.iri not in self.doc_contributors
                        # ("Die Sprachbrücke wird vom Ministerium für X ... gefördert": the agent of
                        # a funding cue pays, it is no subject that runs)
                        and not ctx.named_as_payer(o)
                        # ("Dank ook aan het OCMW X, die ons deelnemers doorstuurde": thanked, not running)
                        and not ctx.cues.search("gratitude_words", ctx.text[u.start : o.start])
                        # "Des ateliers sociolinguistiques (ASL) pour ...": a short form in
                        # parentheses stands beside a noun, it is no subject
                        # (but "le centre communal d'action sociale (CCAS) ouvrira": the short form of
                        # an organisation the words before it name is the subject)
                        and not (
                            ctx.text[o.start - 1 : o.start] == "("
                            and ctx.text[o.end : o.end + 1] == ")"
                            and not self._short_form_of_named(o)
                        )
                        # "Die Europäische Union und das BAMF übernehmen keine Haftung": the fund's
                        # authority, named as such elsewhere, runs none of its projects
                        and o.iri not in ctx.authority_orgs
                        and not ctx.is_named_as_partner(o)  # "X volgden het project als partner"
                        # ("• par la Région Normandie, pour 82 460 €": a payer's line of a breakdown)
                        and not (u.kind == "item" and self._by_payer_line(u, o))
                    ]
                    if subj and subj[0].iri not in p.funders and subj[0].iri not in p.partners:
                        if _in_label(ctx.text, subj[0], p):
                            # "Vogelsbergkreis – „Sprachpaten im ländlichen Raum“" over "Die
                            # Freiwilligenagentur Vogelsberg e.V. bringt ...": a name in the project's
                            # label says where it runs; the subject of its words runs it, if another
                            # ("Migration Information Centre IOM (MIC)" over "The Migration Information
                            # Centre provides ...": the project by its name, IOM runs it)
                            if in_label is None and j == p.unit:
                                in_label = (subj[0].iri, Evidence(u.start, u.end, 0.6))
                            continue
                        p.implementers[subj[0].iri] = Evidence(u.start, u.end, 0.6)
                        break
                if not p.implementers and in_label is not None:
                    p.implementers[in_label[0]] = in_label[1]
            if not p.implementers:
                # An organisation acting in the project's own sentence, neither funder nor partner.
                u = units[p.unit]
                acting = [
                    o
                    for o in ctx.orgs_in(u.start, u.end)
                    if ctx.is_implementer_org(o.iri)
                    and o.iri not in p.funders
                    and (o.iri not in p.partners or self._partner_elsewhere(p, o, u))
                    and not ctx.is_speaker(o)
                    and not ctx.is_partner_mention(o)
                    and o.iri not in self.doc_contributors
                    # (not one named with a fund: "soutenu par le FAMI et la Région wallonne")
                    and not self._listed_after_a_fund(o)
                    # (not a name inside the project's own: "Enhancing standards at the Ħal Far Open Centre")
                    and not _inside_label(ctx.text, o, p.label, u.start, u.end)
                ]
                if acting and u.kind == "sentence":
                    # The one named last before the project, its clause's subject ("lors d'une table
                    # ronde à l'OFII, Forum X a présenté le programme Y"), else the first after it.
                    before = [o for o in acting if o.end <= p.evidence.start]
                    chosen = before[-1] if before else acting[0]
                    # (a partner is acting only when named before the project, `_partner_elsewhere`)
                    p.partners.pop(chosen.iri, None)
                    p.implementers[chosen.iri] = Evidence(u.start, u.end, 0.5)
            if not p.implementers:
                # A list takes the organisation its intro line names: "partenariato con X per i seguenti progetti:".
                intro = self._list_intro(p.unit)
                if intro is not None:
                    iu = units[intro]
                    for o in ctx.orgs_in(iu.start, iu.end):
                        if ctx.is_implementer_org(o.iri) and o.iri not in p.funders:
                            p.implementers[o.iri] = Evidence(iu.start, iu.end, 0.6)
                            break
            if not p.implementers and len(self.projects) == 1:
                headed = self._headed_org_before(p)
                if headed is not None and headed.iri not in p.funders:
                    p.implementers[headed.iri] = Evidence(p.evidence.start, p.evidence.end, 0.5)
            if not p.implementers and p is self._page_project():
                # "Derrière le dispositif, Entrée Libre, une petite asbl eschoise ...": on a page
                # about one project, a running cue anywhere names its runner
                cued = self._page_runner_cued
                if cued is not None and cued.iri not in p.funders and cued.iri not in p.partners:
                    p.implementers[cued.iri] = Evidence(cued.start, cued.end, 0.6)
            if not p.implementers:
                # Not the Commission's portal that reports it: the Union's bodies run no project
                # the text does not say they run.
                site = owner if owner is not None and ctx.is_implementer_org(owner) else None
                # (nor the fund's authority: "the Department, which administers the fund")
                lead = (
                    lead_orgs[0]
                    if len(lead_orgs) == 1 and lead_orgs[0] not in ctx.authority_orgs | self._named_authorities
                    else None
                )
                fallback = site or lead
                # not an organisation the text says takes part in another of its projects
                partnering = {o for q in self.projects if q is not p for o in q.partners}
                # (nor one the page says pays beside the project's fund: "Les trois quarts sont
                # apportés par l'Union via le FAMI, le solde étant pris en charge par la Région
                # wallonne"; a payer of other money may run this project)
                paying = False
                if fallback in self.doc_org_funders and fallback != site:
                    ev = self.doc_org_funders[fallback]
                    paying = any(f in p.funders for f, _s, _e in ctx.funders_in(ev.start, ev.end))
                if (
                    fallback
                    and not paying
                    and fallback not in p.funders
                    and fallback not in p.partners
                    and fallback not in partnering
                ):
                    p.implementers[fallback] = Evidence(p.evidence.start, p.evidence.end, 0.4)
            # An organisation that funds the project runs it only if no one else is said to, or if
            # the project's own naming line says it does ("„Name“ – Stadt X", its rest paid by the
            # Stadt).
            for f in p.funders:
                if f in p.implementers and len(p.implementers) > 1 and f != p.named_runner:
                    del p.implementers[f]
            self.assign_years(p, spans + [(units[j].start, units[j].end) for j in group], named_in)
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
        self._drop_counted_defaults(defaulted, named_in)
        self._years_stated_for_all()

    def _years_stated_for_all(self) -> None:
        """A sentence that gives the projects' period unless their own words say otherwise ("Sauf
        mention contraire, les actions se dérouleront d'octobre 2023 à fin décembre 2024"): its
        one span is the years of each project that has none of its own."""
        ctx = self.ctx
        if ctx.cues.search("otherwise_stated", ctx.text) is None:
            return  # (most pages: one search of the whole text rather than one per sentence)
        for u in ctx.units:
            said = ctx.cues.search("otherwise_stated", u.text)
            if said is None or u.text[: said.start()].strip(" ,(") != "":
                continue
            spans = [pm for pm in ctx.periods_in(u.start, u.end) if pm.kind == "range" and pm.end_year]
            if len(spans) != 1:
                continue
            for p in self.projects:
                if p.start_year is None and p.end_year is None:
                    p.start_year, p.end_year = spans[0].start_year, spans[0].end_year
                    p.years_evidence = Evidence(u.start, u.end, 0.6)
            return

    def _object_clause_runner(self, p: ProjectFact) -> tuple[OrgMention, Unit] | None:
        """ "das neue Projekt „X“ an, das der Verein Y seit Anfang März umsetzt", "« X », que
        l'association Y porte depuis 2022", 'il progetto SAI "X" (30 posti), di cui il Comune è
        titolare': a relative clause on the project's name whose subject,
        right after the relative word, is an organisation, and whose verb says it runs something."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("object_relatives"):
            return None
        verbs = [cues.regex[k].pattern for k in ("runs_verbs", "carries_verbs") if cues.words.get(k)]
        # (a verb's particle may stand between the name and the comma: "setzt „X“ an, das ...")
        opener = re.compile(
            r"[»«“”\"'’]?(?:\s*\([^()\n]{0,80}\))?(?:\s+[^\W\d_]{1,5}){0,2}\s*,\s*(?i:"
            + cues.regex["object_relatives"].pattern
            + r")(?:\s+|(?<=['’]))"
        )
        runs = re.compile(r"\b(?i:" + "|".join(verbs) + r")\b")
        for j in sorted(set(p.scope_units or [p.unit])):
            u = ctx.units[j]
            for m in re.finditer(re.escape(p.label), ctx.text[u.start : u.end]):
                clause = opener.match(ctx.text, u.start + m.end())
                if clause is None:
                    continue
                a = clause.end()
                stop = re.search(r"[.;:!?]|,\s", ctx.text[a : u.end])
                b = a + stop.start() if stop else u.end
                subject = next(iter(ctx.orgs_in(a, b)), None)
                if subject is None or subject.start - a > 25 or ctx.funders_in(a, subject.start):
                    continue
                if runs.search(ctx.text, subject.end, b):
                    return subject, u
        return None

    def _drop_counted_defaults(self, defaulted: list[tuple[ProjectFact, str]], named_in: set[int]) -> None:
        """A fund the page says pays some of its projects, counted ("für drei der Projekte kommen
        weitere 1.171.500 Euro aus dem AMIF hinzu"), when that many name it in their own words:
        the others, which say nothing of it, are not paid by it as the page's fund."""
        ctx, cues = self.ctx, self.ctx.cues
        number = r"(?<!\w)(\d{1,2}|" + cues.regex["number_words"].pattern + r")\s+(?:[^\W\d]+\s+){0,2}?$"
        for f in {f for _p, f in defaulted}:
            counts = set()
            for j, u in enumerate(ctx.units):
                if j in named_in or f not in {g for g, _s, _e in ctx.funders_in(u.start, u.end)}:
                    continue
                for noun in cues.find("project_nouns", u.text):
                    m = re.search(number, u.text[: noun.start()], re.I)
                    if m and (cues.has("plural_nouns", noun.group(0)) or cues.has("same_plurals", noun.group(0))):
                        word = m.group(1)
                        counts.add(int(word) if word.isdigit() else cues.numbers.get(norm_cue(word)))
            own = [p for p in self.projects if f in p.funders and (p, f) not in defaulted]
            if len(counts) == 1 and len(own) in counts and len(own) < len(self.projects):
                for p, g in defaulted:
                    ev = p.funders.get(f)
                    if g == f and ev is not None and (ev.start, ev.end) == (p.evidence.start, p.evidence.end):
                        del p.funders[f]

    def _named_among_also_run(self, p: ProjectFact) -> bool:
        """Whether a project is named only in a sentence that says what else a body runs ("Sligo
        LEADER Partnership also delivers the Social Inclusion and Community Activation Programme
        (SICAP), the LEADER Rural Development Programme ..."): the body's other work, which the
        page's fund does not pay for being named there."""
        if set(p.scope_units or [p.unit]) != {p.unit}:
            return False
        ctx, cues = self.ctx, self.ctx.cues
        u = ctx.units[p.unit]
        if cues.search("also_words", u.text) is None:
            return False  # (most sentences: no "also", no other work)
        also, runs = cues.regex["also_words"].pattern, cues.regex["runs_verbs"].pattern
        near = rf"(?<!\w)(?:(?:{also})\s+(?:\w+\s+)?(?:{runs})|(?:{runs})\s+(?:\w+\s+)?(?:{also}))(?!\w)"
        for m in re.finditer(near, u.text, re.I):
            # (a body its subject, the project after: not "Welcome West, a programme which also offers")
            verb_at = u.start + m.start()
            subject = [o for o in ctx.orgs_in(u.start, verb_at) if verb_at - o.end <= 60]
            if subject and p.evidence.start >= u.start + m.end():
                return True
        return False

    def _payers_money_line(self, u: Unit) -> bool:
        """Whether a line names a payer and its sum, its words before the payer saying it gives
        money ("Kofinanzierung Ministerium X: 120.000,00 EUR", "con il sostegno della Fondazione X:
        € 25.000,00 (...)", "Cofinancement Région : ...")."""
        named = self.ctx.orgs_in(u.start, u.end)
        if not named or not self.ctx.amounts_in(named[0].end, u.end):
            return False
        head = self.ctx.text[u.start : named[0].start]
        if not head.strip() or word_count(head) > 5:
            return False
        cues = self.ctx.cues
        return bool(
            cues.search("funding_words", head)
            or cues.search("contribution_nouns", head)
            or cues.search("support_from", head)
        )

    def _payer_line(self, u: Unit) -> str | None:
        """The organisation a line opens with, when the line ends on a sum ("Fondation de France
        (appel « Vivre ensemble ») : 25 000 €"): a payer and its share. Not a sentence that goes on
        after its sum, not a fund's or the Union's line (the fund is read as a fund)."""
        ctx = self.ctx
        if u.kind in ("heading", "row"):
            return None  # (a table's rows say what each partner gets: tables.py reads them)
        a = line_start(ctx.text, u.start) if u.kind == "kv" else u.start
        sums = ctx.amounts_in(a, u.end)
        if not sums or len(ctx.text[sums[-1].end : u.end].strip(" .;,)")) > 0:
            return None
        named = ctx.orgs_in(a, sums[-1].start)
        if not named or word_count(ctx.text[a : named[0].start]) > 1 or word_count(ctx.text[a : sums[-1].start]) > 20:
            return None
        if ctx.is_eu_body(named[0].iri) or ctx.funders_in(a, named[0].start):
            return None
        return named[0].iri

    def _with_announced_items(self, scope: list[int], others: set[int]) -> tuple[list[int], list[int]]:
        """Add the items a sentence of the project's own announces with a funding cue and its colon
        ("Il est financé par :" over "• la Ville de X : 16 000 € ;"): they go on with it, and each
        names a payer (not "Partner di progetto:" over its partners)."""
        ctx = self.ctx
        units = ctx.units
        out = set(scope)
        paid_by: list[int] = []
        for j in scope:
            text = units[j].text.rstrip()
            if units[j].kind != "sentence" or not text.endswith(":"):
                continue
            if not any(not text[m.end() :].strip(" :") for m in ctx.cues.find("funded_by", text)):
                continue
            k = j + 1
            while k < len(units) and units[k].kind in ("item", "kv") and k not in others:
                out.add(k)
                paid_by.append(k)
                k += 1
        return sorted(out), paid_by

    def _at_a_place(self, u: Unit, o: OrgMention) -> bool:
        """Whether a place preposition comes right before the name, or before its article ("at the
        Easton Community Centre"): where something happens, not who does it."""
        words = self.ctx.text[max(u.start, o.start - 20) : o.start].split()[-2:]
        cues = self.ctx.cues
        if len(words) == 2 and cues.has("determiners", words[1].lower()):
            words = words[:1]
        return bool(words) and cues.has("place_prepositions", words[-1].lower())

    def _also_paid(self, ev: Evidence) -> bool:
        """Whether the words that name a payer say it pays as well as another ("also", "également")."""
        return self.ctx.cues.search("also_words", self.ctx.text[ev.start : ev.end]) is not None

    def assign_years(self, p: ProjectFact, spans: list[tuple[int, int]], named_in: set[int]) -> None:
        """Years: the project's own words, then the rest of its section (when the section is about
        it alone), then the document's lead, then a year in the title."""
        if p.start_year is not None or p.end_year is not None:
            return
        # (a span of years in its own words before a lone start said earlier in them: "In 2023, 31
        # people started the programme" over "The programme runs from January 2022 to December 2024")
        for a, b in spans:
            spanned = [pm for pm in self.ctx.periods_in(a, b) if pm.kind in ("range", "duration") and pm.end_year]
            # (a fund's programming period, named as such or not, is no project's own span)
            own_span = [pm for pm in spanned if (pm.start_year, pm.end_year) not in programming_periods()]
            if own_span and self._years_from(p, a, b, 0.7):
                return
        if len(self.projects) == 1 and self._years_under_a_dates_heading(p):
            return  # (before a lone end in its own words: "Het project is in 2024 verlengd tot ...")
        for k, (a, b) in enumerate(spans):
            if self._years_from(p, a, b, 0.7):
                if p.end_year is None and p.start_year is not None:
                    # "ces ateliers ont démarré en mars 2023. Le projet est soutenu ... jusqu'à fin 2024":
                    # the start in one sentence of its own words, the end in a later one
                    self._end_from(p, spans[k + 1 :])
                return
        units = self.ctx.units
        own = set(p.scope_units or [p.unit])
        heading = p.unit if units[p.unit].kind == "heading" else units[p.unit].section
        if self._span_said_of_the_project(p, own, heading, named_in):
            return
        # (and the sections of the other lines that name it: "Antwoord" under the question that
        # quoted its name first, "De gemeente voert het project X uit ... De looptijd is ...")
        label = fold(p.label)
        named_under = [units[j].section for j in sorted(own) if j != p.unit and label in fold(units[j].text)]
        for over in dict.fromkeys([heading, *named_under]):
            if over < 0:
                continue
            section = [j for j, u in enumerate(units) if u.section == over and j not in own]
            # A project whose name heads its section owns the section's units but those about
            # another project ("Januari 2022 tot en met december 2022." after a sentence that cites
            # an earlier project); any other only when no other project is named there.
            heads_it = units[p.unit].kind == "heading" or words_of(units[over].text) == words_of(p.label)
            if heads_it or not any(j in named_in for j in section):
                for j in section:
                    if j not in named_in and self._years_from(p, units[j].start, units[j].end, 0.55):
                        return
        if self._years_said_of_all(p, named_in):
            return
        self._years_from_lead(p)
        if p.start_year is None and p.end_year is None and len(self.projects) == 1:
            # A page about one project: "Het project loopt van 1 januari 2023 tot en met 31 december
            # 2025." under a heading of its own ("Looptijd en financiering") is its period.
            for j, u in enumerate(units):
                if (
                    u.kind == "sentence"
                    and j not in own
                    and self._opens_on_the_project(u.text)
                    and self._years_from(p, u.start, u.end, 0.5)
                ):
                    return

    def date_from_the_page(self, p: ProjectFact) -> None:
        """A project no words of its own date: the one span of dates its page gives on a line of its
        own ("Laufzeit: 01.07.2025 – 30.06.2028", "Dal 1° luglio 2023 al 31 dicembre 2025 (30
        mesi).") is its period; else the year its page's title gives ("24 projecten krijgen
        subsidies in 2023", "Integrationsförderung 2024") is the year its money is for, start and
        end; else the one year the headings above it give ("Projets soutenus en 2023") is its start
        (a project under such a heading often runs on past it)."""
        if p.start_year is not None or p.end_year is not None:
            return
        span = self._bare_span
        if span is None and self._title_year is not None:
            span = (self._title_year, self._title_year)
        if span is None and (year := self._heading_year(p.unit)) is not None:
            span = (year, None)
        if span is not None:
            p.start_year, p.end_year = span
            p.years_evidence = Evidence(p.evidence.start, p.evidence.end, 0.35)

    @functools.cached_property
    def _bare_span(self) -> tuple[int, int] | None:
        """The one span of years the page gives on lines that hold nothing else (a key's value, a
        "Duration | ..." line, a sentence of dates with its length in brackets), not a fund's
        programming period; none where the page gives another span (bare or not), or where a project
        has it already (read once, before `date_from_the_page` gives it to any project)."""
        bare: set[tuple[int, int]] = set()
        said: set[tuple[int | None, int | None]] = set()  # every span the page gives, bare or not
        for u in self.ctx.units:
            ranges = [pm for pm in self.ctx.periods_in(u.start, u.end) if pm.kind == "range"]
            if not ranges:
                continue  # (most lines; their periods are found once per unit)
            said |= {(pm.start_year, pm.end_year) for pm in ranges}
            words = _TRAILING_BRACKETS.sub("", u.text.strip().split(" | ")[-1])
            if (span := span_alone(words, self.ctx.lang)) is not None and span not in programming_periods():
                bare.add(span)
        if len(bare) != 1:
            return None
        span = bare.pop()
        if {s for s in said if s not in programming_periods()} != {span}:
            # (two spans on the page: "Förderzeitraum: 01.01.2024 – 31.12.2026" and "Die
            # Vorgängerprojekte liefen von 2019 bis 2022": whose is which is unsaid)
            return None
        # (the span of a project that has it already, by its own words: "Dal 1° ottobre 2024 al 30
        # settembre 2026" under the page's project is not the period of another it names in passing)
        return None if any((p.start_year, p.end_year) == span for p in self.projects) else span

    def _heading_year(self, i: int) -> int | None:
        """The one lone year the headings before unit i give, each of its own ("Projekte 2024"); none
        where they give two."""
        units = self.ctx.units
        years: set[int] = set()
        j = i if units[i].kind == "heading" else units[i].section
        while j >= 0:
            periods = self.ctx.periods_in(units[j].start, units[j].end)  # (found once per unit)
            if len(periods) == 1 and periods[0].kind == "year" and periods[0].start_year is not None:
                years.add(periods[0].start_year)
            j = units[j].section
        return years.pop() if len(years) == 1 else None

    def _years_under_a_dates_heading(self, p: ProjectFact) -> bool:
        """On a page of one project, the span its dates' heading gives ("Looptijd" over "1 januari
        2022 t/m 31 december 2024. Het project is in 2024 verlengd tot en met 30 juni 2025."): the
        first span under it, to the latest end said there."""
        ctx, units = self.ctx, self.ctx.units
        for h, head in enumerate(units):
            if head.kind != "heading" or not ctx.cues.has("duration_keys", head.text.strip(" :")):
                continue
            under = [k for k in range(h + 1, len(units)) if units[k].section == h and units[k].kind == "sentence"]
            for n, k in enumerate(under):
                spans = [pm for pm in ctx.periods_in(units[k].start, units[k].end) if pm.kind in ("range", "duration")]
                if not spans or not self._years_from(p, units[k].start, units[k].end, 0.6):
                    continue
                later = [
                    pm.end_year
                    for j in under[n + 1 :]
                    for pm in ctx.periods_in(units[j].start, units[j].end)
                    if pm.kind == "until" and pm.end_year is not None
                ]
                if later and p.end_year is not None and max(later) > p.end_year:
                    p.end_year = max(later)  # ("verlengd tot en met 30 juni 2025": extended)
                return True
        return False

    def _span_said_of_the_project(self, p: ProjectFact, own: set[int], heading: int, named_in: set[int]) -> bool:
        """A sentence that opens on the project itself ("Das Projekt läuft von Januar 2023 bis
        Dezember 2025", "De pilot loopt van 1 september 2023 tot en met 31 augustus 2025") and
        gives a span of years: the project's period, before the other years of its section or the
        page's lead (a participant's "seit Herbst 2022", "In 2023, 31 people started"). In the
        project's section, or anywhere on a page of one project; not a sentence naming another."""
        ctx, units = self.ctx, self.ctx.units
        one = len(self.projects) == 1
        for j, u in enumerate(units):
            if u.kind != "sentence" or j in own or j in named_in:
                continue
            if not (one or (heading >= 0 and u.section == heading)):
                continue
            if not self._opens_on_the_project(u.text):
                continue
            # ("Unter dem Titel „X“ baut ... auf. Das Projekt läuft vom ..." above a list of other
            # projects in the same section: the project named last before the sentence is its
            # subject)
            before = [k for k in named_in if k < j and (one or units[k].section == u.section)]
            if before and max(before) not in own:
                continue
            periods = [pm for pm in ctx.periods_in(u.start, u.end) if not self._is_programming_period(pm)]
            spans = [pm for pm in periods if pm.kind in ("range", "duration") and pm.end_year is not None]
            froms = [pm for pm in periods if pm.kind == "from"]
            ends = [pm for pm in periods if pm.kind == "until" and froms and pm.start >= froms[0].end]
            if (spans or ends) and self._years_from(p, u.start, u.end, 0.6):
                return True
        return False

    def _opens_on_the_project(self, text: str) -> bool:
        """Whether a sentence opens on a project already named ("Het project loopt ...", "Das
        Projekt läuft ...")."""
        return bool(self._anaphora_opening.match(text)) and bool(self.ctx.cues.search("project_nouns", text[:40]))

    def _end_from(self, p: ProjectFact, spans: list[tuple[int, int]]) -> None:
        """The first end ("jusqu'à fin 2024", "bis 2026", "sur la période 2023-2025" from its start
        year) in the spans, not before the start."""
        for a, b in spans:
            for pm in self.ctx.periods_in(a, b):
                ranged = pm.kind == "range" and pm.start_year == p.start_year
                if (pm.kind == "until" or ranged) and pm.end_year is not None and pm.end_year >= (p.start_year or 0):
                    p.end_year = pm.end_year
                    p.open_ended = False
                    return

    @functools.cached_property
    def _page_list_runs(self) -> list[list[int]]:
        """The page's lists (`_list_runs`), read once: the relations ask for them project by project."""
        return self._list_runs()  # type: ignore[attr-defined]

    def _list_payers(self, p: ProjectFact) -> dict[str, Evidence]:
        """Who pays a list of beneficiaries: the funds and the paying organisations of its intro line
        and the sentence before it ("la Ville soutient sur son budget propre les associations
        ... Il vous est proposé d'attribuer les subventions suivantes :")."""
        ctx, units = self.ctx, self.ctx.units
        intro = self._list_intro(p.unit)
        lines: list[int] = []
        if intro is None and units[p.unit].kind in ("sentence", "item"):
            # (lines without a bullet under a line that ends with a colon: "Gefördert werden 2024
            # unter anderem:" over "Diakonie X e.V. – „Sprachpaten“: ... – 38.400 Euro")
            intro, lines = next(((r[0] - 1, r) for r in self._page_list_runs if p.unit in r), (None, []))
        if intro is None:
            return {}
        out: dict[str, Evidence] = {}
        for j in range(intro, max(-1, intro - 2), -1):
            u = units[j]
            if u.kind == "heading" and j != intro:
                break
            for f, _s, _e in ctx.funders_in(u.start, u.end):
                out.setdefault(f, Evidence(u.start, u.end, 0.6))
            for o in ctx.orgs_in(u.start, u.end):
                if o.iri in ctx.payers and o.iri not in p.implementers:
                    out.setdefault(o.iri, Evidence(u.start, u.end, 0.6))
        if out:
            return out
        # "De deputatie van Vlaams-Brabant kent € 61.350 toe aan zeven projecten." a paragraph over
        # "Een jury selecteerde volgende projecten:": the sentence of its section that gives a sum to
        # projects names their payer
        for j in range(intro - 2, max(-1, intro - 8), -1):
            u = units[j]
            if u.kind == "heading":
                break
            # (or grants a subsidy to them: "kent een projectsubsidie toe aan drie lokale projecten")
            granted = ctx.amounts_in(u.start, u.end) or ctx.cues.search("funding_verbs", u.text)
            if u.kind != "sentence" or not granted:
                continue
            if not self._opens_on_projects_count(u.text):
                # "Insgesamt rund 214.000 Euro stellt das Land X dem Kreis ... zur Verfügung" over
                # the list: the body that gives a sum that covers all the list's grants
                if self._covers_the_list(u, p, lines):
                    for o in self._contributors(u.start, u.end):
                        if o not in p.implementers:
                            out.setdefault(o, Evidence(u.start, u.end, 0.6))
                    if out:
                        break
                continue
            for k, o in enumerate(ctx.orgs_in(u.start, u.end)):
                # (a payer, or the sentence's subject: "L'Agence fédérale ... (Fedasil) octroie cette
                # année 1,6 million d'euros de subsides à onze projets")
                subject = k == 0 and word_count(ctx.text[u.start : o.start]) <= 1
                if (o.iri in ctx.payers or subject) and o.iri not in p.implementers:
                    out.setdefault(o.iri, Evidence(u.start, u.end, 0.6))
            # (and the money it names: "412 500 € de crédits de l'État ... sont attribués ... à neuf
            # projets")
            for f, _s, _e in ctx.funders_in(u.start, u.end):
                out.setdefault(f, Evidence(u.start, u.end, 0.6))
            if out:
                # (a state agency's grants are the state's money: Fedasil's subsidies)
                if any(ctx.is_national_body(o) for o in out) and NATIONAL not in out:
                    out[NATIONAL] = Evidence(u.start, u.end, 0.6)
                break
        return out

    def _covers_the_list(self, u: Unit, p: ProjectFact, lines: list[int]) -> bool:
        """Whether a sentence gives a sum at least as large as the grants of the list p's line is
        in, added up (each line's first sum)."""
        ctx, units = self.ctx, self.ctx.units
        first, last = self._list_span(p.unit) or (p.unit, p.unit)
        run = set(lines) or set(range(first, last + 1))
        total = sum(
            (
                a.value
                for q in self.projects
                if q.unit in run
                for a in ctx.amounts_in(units[q.unit].start, units[q.unit].end)[:1]
            ),
            start=Decimal(0),
        )
        return total > 0 and any(a.value >= total for a in ctx.amounts_in(u.start, u.end))

    def _heads_another_project(self, heading: int, p: ProjectFact) -> bool:
        """Whether a heading names another of the page's projects by its label, and not `p`'s."""
        text = self.ctx.units[heading].text.lower()
        if p.label.lower() in text:
            return False
        return any(q is not p and len(q.label) >= 4 and q.label.lower() in text for q in self.projects)

    def _intro_fund_share(self, p: ProjectFact) -> dict[str, Evidence]:
        """The funds an item's list intro names beside the sum it shares out among the items ("Il
        contributo FAMI ammonta a 1,2 milioni di euro, così ripartito:"); none for an intro that
        names no sum or ends on anything but a colon."""
        ctx = self.ctx
        if ctx.units[p.unit].kind != "item" or (intro := self._list_intro(p.unit)) is None:
            return {}
        u = ctx.units[intro]
        if not u.text.rstrip().endswith(":") or not ctx.amounts_in(u.start, u.end):
            return {}
        return {f: Evidence(u.start, u.end, 0.6) for f, _s, _e in ctx.funders_in(u.start, u.end) if ctx.is_fund(f)}

    def _opens_on_projects_count(self, text: str) -> bool:
        """Whether a sentence speaks of a counted group of projects ("aan zeven projecten", "à 12
        projets", "für drei Projekte")."""
        cues = self.ctx.cues
        for noun in cues.find("project_nouns", text):
            if not cues.has("plural_nouns", noun.group(0)):
                continue
            before = text[: noun.start()].split()[-2:]
            if any(w.isdigit() or w.lower() in cues.numbers for w in before):
                return True
        return False

    def _list_span(self, i: int) -> tuple[int, int] | None:
        """The first and last line of the list unit `i` is a line of, when a line introduces it; or
        of the table it is a row of (its header row introduces it)."""
        kind = self.ctx.units[i].kind
        if kind not in ("item", "row") or (kind == "item" and self._list_intro(i) is None):
            return None
        return self._run_around(i)

    def _run_around(self, i: int) -> tuple[int, int]:
        """The first and last of the units of unit `i`'s kind on either side of it."""
        units = self.ctx.units
        kind = units[i].kind
        first = last = i
        while first > 0 and units[first - 1].kind == kind:
            first -= 1
        while last + 1 < len(units) and units[last + 1].kind == kind:
            last += 1
        return first, last

    def _item_run(self, i: int) -> tuple[int, int] | None:
        """The first and last of the list lines around item `i`, when there are two or more."""
        if self.ctx.units[i].kind != "item":
            return None
        first, last = self._run_around(i)
        return (first, last) if last > first else None

    def _headed_group_span(self, i: int) -> tuple[int, int] | None:
        """The first and last line of the list under a projects' heading that line `i` is in."""
        groups = self._headed_line_groups  # type: ignore[attr-defined]
        return next(((lines[0], lines[-1]) for lines in groups.values() if i in lines), None)

    def _said_in_others_only(self, p: ProjectFact, fund: str) -> bool:
        """Whether the text names a fund only in the sections of other projects, each with its own
        heading ("Europäische Mittel für den Arbeitsmarkt" over "Das Projekt „Arbeit statt Warten“
        ... wird vom ESF+ gefördert"), and p has a heading or a list's line of its own: the fund
        pays those, not p.
        (Their scopes as the finders drew them: their payers are not read yet.)"""
        ctx, units = self.ctx, self.ctx.units
        # (or a list's line of its own: "„Starke Mütter“ – Träger: ... Förderung: 312.000 Euro.")
        if units[p.unit].kind != "heading" and p.rule != "find_quoted_runner_lines":
            return False
        mentions = [ctx.unit_index(m.start) for m in ctx.funds if m.entity.iri == fund]
        if not mentions:
            return False
        own = set(p.scope_units)

        # (another's scope and the rest of the paragraph that names it: "Es wird vom ESF+ gefördert"
        # after "Nicht Gegenstand ... ist das Projekt „Arbeit statt Warten“")
        # (paragraphs are numbered in the text's order: the paragraph's units after it follow it)
        def own_words(q: ProjectFact) -> set[int]:
            para = units[q.unit].paragraph
            return {
                *q.scope_units,
                *itertools.takewhile(lambda j: units[j].paragraph == para, range(q.unit, len(units))),
            }

        others = [
            own_words(q)
            for q in self.projects  # type: ignore[attr-defined]
            if q is not p and not own & set(q.scope_units)
        ]
        return all(j not in own and units[j].section >= 0 and any(j in s for s in others) for j in mentions)

    def _sibling_item_funds(self, p: ProjectFact) -> set[str]:
        """Funds the text names only inside other lines of the list a project's line is in: "TER :
        9 000 € pour « Premier Emploi », cofinancé par le FSE" pays that line's project, not the
        lines beside it."""
        ctx, units = self.ctx, self.ctx.units
        # (a list under a heading and no intro line is a list too: "Die geförderten Projekte im
        # Überblick" over "– „Tandem Arbeit“ (Caritas Salzburg): ... aus Mitteln des AMIF
        # kofinanziert" and "– „Sprachcafé Itzling“ (...): ... Förderung: 24.500 Euro")
        span = self._list_span(p.unit) or self._item_run(p.unit) or self._headed_group_span(p.unit)
        if span is None:
            return set()
        first, last = span
        # (and in a sentence after the list on one other line's runner: "Le projet d'Habitat et
        # Humanisme Rhône bénéficie en outre d'un cofinancement ... (FAMI)" pays that line's project)
        others = {
            o
            for q in self.projects  # type: ignore[attr-defined]
            if q is not p and first <= q.unit <= last
            for o in q.implementers
            if o not in p.implementers
        }
        inside: set[str] = set()
        outside: set[str] = set()
        for j, u in enumerate(units):
            named = {o.iri for o in ctx.orgs_in(u.start, u.end)}
            of_another = j > last and bool(named & others) and not named & set(p.implementers)
            for f, _s, _e in ctx.funders_in(u.start, u.end):
                (inside if (first <= j <= last and j != p.unit) or of_another else outside).add(f)
        title = {m.entity.iri for m in ctx.title_names if m.entity.kind == "fund"}
        return inside - outside - title

    def _wholly_paid_lead(self, p: ProjectFact) -> dict[str, Evidence]:
        """The payers a sentence of the page's lead (before its first project) says the projects'
        money comes wholly from, when none of them is a fund ("Die Mittel ... werden vollständig aus
        Landesmitteln bereitgestellt": the Land pays them, not the fund the page names elsewhere)."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("wholly_words"):
            return {}
        first = min((q.unit for q in self.projects), default=len(ctx.units))
        for u in ctx.units[: min(first, p.unit)]:
            if u.kind != "sentence" or cues.search("wholly_words", u.text) is None:
                continue
            named = [f for f, _s, _e in ctx.funders_in(u.start, u.end)]
            if named and not any(ctx.is_fund(f) for f in named):
                return {f: Evidence(u.start, u.end, 0.6) for f in named if f not in p.implementers}
        return {}

    def _received_from(self, a: int, b: int) -> list[OrgMention]:
        """The bodies right after a "from" that follows a verb of receiving in its clause, between a
        and b ("erhält die Stadt X vom Land Y", "receives from the Z")."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("received_from"):
            return []
        out = []
        text = ctx.text[a:b]
        for v in cues.find("receives", text):
            clause = re.split(r"[.;:]\s", text[v.end() :], maxsplit=1)[0][:120]
            for o in ctx.orgs_in(a + v.end(), a + v.end() + len(clause)):
                before = ctx.text[a + v.end() : o.start]
                if re.search(rf"(?<!\w)(?:{cues.regex['received_from'].pattern})\s*$", before, re.I):
                    out.append(o)
        return out

    def _negated_before(self, start: int, pos: int) -> bool:
        """Whether a negation stands in the clause before `pos` (from `start`), within four words
        of it: "erhalten keine Landesmittel", "receive no State money"."""
        clause = re.split(r"[,;:]", self.ctx.text[start:pos])[-1]
        negs = self.ctx.cues.find("negations", clause)
        if not negs or self.ctx.cues.search("only_words", clause[negs[-1].start() :]):
            return False  # (not "ne sont financés que par l'État": only)
        return len(clause[negs[-1].end() :].split()) <= 4

    def _list_follow_ups(self, p: ProjectFact, named_in: set[int]) -> list[int]:
        """The sentences right after the list a project's item is in that speak of all the list's
        projects: "They are co-financed ...", "Alle drei Projekte laufen bis 2027.", "Ces six
        projets ..." (a group word, or a plural project noun after determiners and a count)."""
        units = self.ctx.units
        span = self._list_span(p.unit)
        if span is None:
            return []
        k = span[1]
        out = []
        other = False  # a sentence on something else came first
        # the next three sentences: "The amounts are the EU's share. The projects run from ..."
        for j in range(k + 1, min(k + 4, len(units))):
            u = units[j]
            if u.kind != "sentence" or u.section != units[p.unit].section or j in named_in:
                break
            if u.text.rstrip().endswith("?"):
                break  # "Et le FAMI ?": a question opens what comes next, on something else
            if self._speaks_of_all(u.text):
                out.append(j)
            elif self._speaks_of_all(u.text, grants=True) and not other:
                # "The grants ..." speaks of the list's grants only before any other subject
                # ("... 15 groups received grants. These grants are funded ...": those groups')
                out.append(j)
            elif out and not other and self._goes_on_of_all(u):
                # "All projects will run until 2027. AMIF co-finances 75 per cent, the remaining
                # 25 per cent from national funds.": the money of the same projects
                out.append(j)
            else:
                other = True
        return out

    def _aforesaid_of_list(self, p: ProjectFact) -> list[int]:
        """A later sentence on the list's projects by their count and a word for "mentioned above"
        ("Pour les trois projets précités, le solde de 25 % est couvert par un cofinancement
        national"): the count must be the number of the list's projects."""
        ctx, cues = self.ctx, self.ctx.cues
        span = self._list_span(p.unit)
        if span is None or not cues.words.get("aforesaid"):
            return []
        listed = {q.unit for q in self.projects if span[0] <= q.unit <= span[1]}
        out = []
        for j in range(max(listed) + 1, len(ctx.units)):
            u = ctx.units[j]
            said = cues.search("aforesaid", u.text)
            if said is None:
                continue
            before = u.text[: said.start()].split()[-3:]
            counts = [w for w in before if w.isdigit() or w.lower() in cues.numbers]
            value = [int(w) if w.isdigit() else cues.numbers[w.lower()] for w in counts]
            nouns = [n for n in cues.find("project_nouns", u.text) if cues.has("plural_nouns", n.group(0))]
            if value and value[-1] == len(listed) and nouns:
                out.append(j)
        return out

    @functools.cached_property
    def _aforesaid_of_all(self) -> list[int]:
        """Sentences after the last of several projects that speak of them all as the ones above
        ("Die nationale Kofinanzierung der oben aufgeführten Vorhaben wird aus Haushaltsmitteln der
        Freien und Hansestadt Hamburg bereitgestellt", "le cofinancement des projets précités"): the
        word for "mentioned above" right before or after a plural project noun, no count needed."""
        ctx, cues = self.ctx, self.ctx.cues
        if len(self.projects) < 2 or not cues.words.get("aforesaid"):
            return []
        last = max(j for p in self.projects for j in (p.scope_units or [p.unit]))
        plural = [n for k in ("plural_nouns", "same_plurals") for n in cues.words.get(k, ())]
        nouns = "|".join(re.escape(n) for n in sorted(plural, key=len, reverse=True))
        said = cues.regex["aforesaid"].pattern
        near = re.compile(rf"(?<!\w)(?:(?:{said})\s+(?:{nouns})|(?:{nouns})\s+(?:{said}))(?!\w)", re.I)
        units = ctx.units
        return [j for j in range(last + 1, len(units)) if units[j].kind == "sentence" and near.search(units[j].text)]

    def _of_another_thing(self, span_start: int, cue_start: int) -> bool:
        """Whether a role cue ("developed by", "géré par") follows a common noun of its sentence
        that is not the project's ("material developed by X", "les outils développés par Y"): who
        made that."""
        ctx, cues = self.ctx, self.ctx.cues
        before = ctx.text[max(span_start, cue_start - 40) : cue_start].split()
        if not before:
            return False
        word = before[-1]
        if not re.fullmatch(r"[^\W\d_]+", word) or not word.islower():
            return False  # a name, a quote's end, a comma: the project is what the cue is of
        # (not an auxiliary: "will be run by", "wordt gedragen door", "è gestito da")
        return not (
            len(word) < 5
            or cues.has("project_nouns", word)
            or cues.has("copulas", word)
            or cues.has("predicate_words", word)
        )

    def _headed_org_before(self, p: ProjectFact) -> OrgMention | None:
        """On a page of one project, the one organisation its paragraph introduces by a role noun
        before the sentence that names the project: "Genau diese Frauen will der Verein X
        erreichen. [...] Mit dem „Name“ ist nun ein Angebot dazugekommen."."""
        ctx = self.ctx
        units = ctx.units
        para = units[p.unit].paragraph
        heads = ctx.cues.regex["org_heads"].pattern
        found = {
            o.iri: o
            for j in range(p.unit - 1, -1, -1)
            if units[j].paragraph == para
            for o in ctx.orgs_in(units[j].start, units[j].end)
            if re.search(rf"(?:{heads})\s*$", ctx.text[max(0, o.start - 40) : o.start], re.I)
            and ctx.is_implementer_org(o.iri)
            and o.iri not in self.doc_contributors
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _after_fronted_phrase(self, u: Unit) -> list[OrgMention]:
        """The organisation right after a sentence's fronted phrase and its comma, its subject:
        "Avec 58 700 euros de crédits de l'État, l'Université X ouvre ...", "Dank der Förderung
        durch den AMIF kann der Verein X ..." is not (no comma, no name right after it). Or after a
        colon: "Ausschließlich aus Landesmitteln wird das dritte Vorhaben finanziert: Der Verein X
        richtet ... ein"."""
        ctx = self.ctx
        out: list[OrgMention] = []
        for sep in (", ", ": "):
            cut = u.text.find(sep, 0, 120)
            # (a clause before the colon, not a line's key: "Uitvoering: de Dienst X behandelt ...")
            if cut < 0 or (sep == ": " and word_count(u.text[:cut]) < 4):
                continue
            rest = u.text[cut + 2 :]
            det = re.match(r"(?:(?:" + ctx.cues.regex["determiners"].pattern + r")\s*)?", rest, re.I)
            bare = u.start + cut + 2
            at = bare + (det.end() if det else 0)
            out += [
                o
                for o in ctx.orgs_in(bare, at + 80)
                if o.start in (bare, at)
                # "À Saint-Brieuc, le centre communal d'action sociale (CCAS) ouvrira": the short
                # form the subject's own words define
                or (self._short_form_of_named(o) and re.fullmatch(r"[^,;:.()]{3,60}\(", ctx.text[at : o.start]))
            ]
        return out

    def _short_form_of_named(self, o: OrgMention) -> bool:
        """Whether a bare acronym in parentheses stands after the words of an organisation's name
        in lower case ("le centre communal d'action sociale (CCAS)"), not after a thing ("des
        ateliers sociolinguistiques (ASL)")."""
        ctx = self.ctx
        if ctx.text[o.start - 1 : o.start] != "(" or "paren" not in ctx.shape_rules.get(o.iri, ()):
            return False
        phrase = re.split(r"[,;:.()«»\"]", ctx.text[max(0, o.start - 80) : o.start - 1])[-1]
        words = re.sub(r"^\W*(?:\w+['’])?", "", phrase.strip()).split() if phrase.strip() else []
        while words and ctx.cues.has("determiners", words[0]):
            words = words[1:]
        return bool(words) and opens_with_head(" ".join(words), ctx.lang)

    def _goes_on_of_all(self, u: Unit) -> bool:
        """Whether a sentence after one on all of a list's projects goes on about their money: it
        names funds and no organisation."""
        ctx = self.ctx
        return bool(ctx.funders_in(u.start, u.end)) and not ctx.orgs_in(u.start, u.end)

    def _list_runner_follow_ups(self, p: ProjectFact, named_in: set[int]) -> list[int]:
        """The sentences right after the list a project's item is in that name its runner and no
        other item's: "Le projet d'ateliers de Tissé Métisse bénéficie également d'un cofinancement
        du FAMI" adds that fund to the project Tissé Métisse runs."""
        units, ctx = self.ctx.units, self.ctx
        span = self._list_span(p.unit) if p.implementers else None
        if span is None:
            return []
        first, last = span
        listed = [q for q in self.projects if first <= q.unit <= last]
        out = []
        for j in range(last + 1, min(last + 4, len(units))):
            u = units[j]
            if u.kind != "sentence" or u.section != units[p.unit].section or j in named_in:
                break
            named = {o.iri for o in ctx.orgs_in(u.start, u.end)}
            runs = [q for q in listed if named & set(q.implementers)]
            if len(runs) == 1 and runs[0] is p:
                out.append(j)
        return out

    def _opens_on_all(self, text: str) -> bool:
        """Whether a sentence opens with a word for all or each of the projects ("Tutti i progetti",
        "Ogni progetto", "They")."""
        return re.match(r"\s*(?:" + self.ctx.cues.regex["group_refs"].pattern + r")\b", text, re.I) is not None

    def _speaks_of_all(self, text: str, grants: bool = False) -> bool:
        """Whether a sentence opens on all of a list's projects (a group word, or determiners and a
        count before a plural project noun); with `grants`, before a plural noun of grants or sums."""
        cues = self.ctx.cues
        nouns = "grant_plurals" if grants else "plural_nouns"
        if self._opens_on_all(text):
            return True
        words = text.split()[:8]
        for n, w in enumerate(words):
            if cues.has(nouns, w.strip(",")):
                lead = words[:n]
                if lead and cues.has("demonstratives", lead[-1]):
                    # "The national co-financing of these projects ...": the list's projects
                    return True
                return 0 < n < 5 and all(
                    cues.has("determiners", x)
                    or cues.has("demonstratives", x)
                    or bool(cues.search("number_words", x))
                    or x.isdigit()
                    for x in lead
                )
        if not grants:
            # "Con il sostegno di Roma Capitale, che partecipa con ..., i progetti prenderanno avvio
            # il 1° gennaio 2025": the subject after an opening clause, the list's projects
            for m in re.finditer(r",\s+(\S+)\s+(\S+)", text):
                if cues.has("determiners", m.group(1)) and cues.has(nouns, m.group(2).strip(",")):
                    return True
        return False

    def _with_follow_ups(
        self,
        scope: list[int],
        others: set[int],
        others_runners: frozenset[str] | set[str] = frozenset(),
        named_at: int | None = None,
        label: str = "",
    ) -> list[int]:
        """Add the sentences that go on about the project: "Il est mené par X.", "Het project loopt
        tot 2025." (a sentence of the same paragraph that opens with an anaphora cue, the budget's
        name, or a fund after a sum, and names no other project: "Le projet B ..." after "Le projet
        A ..." is about B; one sentence naming no one may stand between), and the first sentence
        further down that opens with a definite project noun, with those that go on from it."""
        units, ctx = self.ctx.units, self.ctx
        kind = self._kind_opening(named_at, label)

        def goes_on(k: int, j: int) -> bool:
            return (
                k < len(units)
                and units[k].kind == "sentence"
                and units[k].paragraph == units[j].paragraph
                and k not in others
                and (
                    bool(self._anaphora_opening.match(units[k].text))
                    or bool(kind and kind.match(units[k].text))
                    or bool(self._its_runner_opening.match(units[k].text))
                    # ("L'ente attuatore, individuato con procedura ad evidenza pubblica, è la X")
                    or bool(self._set_off_role.match(units[k].text))
                    # (not "The national co-financing of these projects ...": the whole list's)
                    or (self._opens_with_its_money(units[k].text) and not self._speaks_of_all(units[k].text))
                    or self._opens_with_a_cost_share(units[k].text)
                    or self._pays_the_sum_before(k)
                    # ("De drie deelnemende gemeenten dragen samen de overige middelen bij")
                    or self._paying_group_kind(units[k].text) is not None
                )
                # "Le projet ... de Tissé Métisse" after a list is about the project Tissé Métisse runs
                and not any(o.iri in others_runners for o in ctx.orgs_in(units[k].start, units[k].end))
            )

        def says_nothing(k: int, j: int) -> bool:
            # "Er worden brugfiguren ingezet ..." between "Het project heet X" and "Het loopt nog tot
            # 2026 en krijgt steun uit het AMIF": a sentence of the paragraph naming no one and no fund
            u = units[k]
            return (
                u.kind == "sentence"
                and u.paragraph == units[j].paragraph
                and k not in others
                and not ctx.orgs_in(u.start, u.end)
                and not ctx.funders_in(u.start, u.end)
            )

        out = list(scope)
        for j in scope:
            k = j + 1
            while True:
                if goes_on(k, j):
                    out.append(k)
                    k += 1
                elif k + 1 < len(units) and says_nothing(k, j) and goes_on(k + 1, j):
                    out += [k, k + 1]
                    k += 2
                else:
                    break
        # "Het traject loopt van 2023 tot 2025 ..." a paragraph or two after "het traject ZorgStart":
        # a sentence opening with a definite project noun speaks of the last project named before
        # it, if no other project stands between (no heading either). From where the rules found its
        # name: a news article may write the name again further down ("X et Y sont portés par ...").
        last = named_at if named_at in out else max(out)
        while last + 1 in out:
            last += 1
        # (seven units on, not counting the items of a list: "se verra proposer :" over four items,
        # two more sentences, then "Le projet se déroulera de janvier 2025 à décembre 2026")
        seen = 0
        for k in range(last + 1, len(units)):
            u = units[k]
            if u.kind == "heading" and _PULL_QUOTE.fullmatch(u.text.strip()) and k not in others:
                continue  # "‘Geen tweede keus’": a news article's pull quote, no new section
            if u.kind == "heading" and k not in others and self._news_intertitle(u):
                continue  # "Europees geld" between a news story's paragraphs: the same story goes on
            if u.kind == "heading" or k in others:
                break
            if u.kind == "sentence" and self._quotes_another_name(u.text, label):
                break  # "Ook in Kampen startte de gemeente met 'Groen Werk'": "Dat project" after it is that one
            if u.kind != "item":
                seen += 1
            if seen >= 8:
                break
            if k in out:
                continue
            if u.kind == "sentence" and self._opens_with_project_noun(u.text):
                # (another project's runner named is that project's words; not when the sentence
                # says who delivers it, another: "The scheme is delivered by X, ... working with
                # the council")
                runner_named = self._runner_named_first(u)
                if any(o.iri in others_runners for o in ctx.orgs_in(u.start, u.end)) and (
                    runner_named is None or runner_named in others_runners
                ):
                    break
                out.append(k)
                j = k
                while goes_on(j + 1, j):
                    j += 1
                    out.append(j)
                # (and the next such sentence within reach: "The programme has a budget of ..."
                # then, two paragraphs on, "The scheme is delivered by X")
                seen = 0
        return sorted(set(out) | self._breakdown_items(out, others))

    def _apposed_kind(self, p: ProjectFact) -> re.Pattern[str] | None:
        """The opening "the <noun>" of a sentence about the project, where its quoted name was set
        beside that noun ("« Les Mots à la louche », l'atelier a démarré ...")."""
        text = self.ctx.units[p.unit].text
        at = text.find(p.label)
        if at < 0:
            return None
        det = self.ctx.cues.regex["determiners"].pattern
        m = re.match(rf"\s*[»”\"“']\s*,\s*(?:{det})\s*([^\W\d_]{{4,}})\b", text[at + len(p.label) :], re.I)
        if m is None or not m.group(1).islower():
            return None
        return re.compile(rf"\s*(?:{det})\s*{re.escape(m.group(1))}\b", re.I)

    def _kind_opening(self, named_at: int | None, label: str) -> re.Pattern[str] | None:
        """The opening of a sentence that speaks of the project by the kind of scheme its name was
        given with: 'il progetto SAI "Ostuni Terra d'Accoglienza"', then "Il SAI è finanziato dal
        ..." (a word in capitals right before the quoted name, after an article)."""
        if named_at is None or not label or not 0 <= named_at < len(self.ctx.units):
            return None
        text = self.ctx.units[named_at].text
        at = text.find(label)
        before = re.search(r"\b([A-Z]{2,6})\s*[«“„\"]\s*$", text[: max(at, 0)]) if at > 0 else None
        if before is None or self.ctx.cues.has("determiners", before.group(1).lower()):
            return None
        return re.compile(rf"\s*(?:{self.ctx.cues.regex['determiners'].pattern})\s+{before.group(1)}\b", re.I)

    def _runner_named_first(self, u: Unit) -> str | None:
        """The organisation an "implemented by" cue names first in the unit, if any."""
        ctx = self.ctx
        m = ctx.cues.search("implemented_by", u.text)
        if m is None:
            return None
        after = [o for o in ctx.orgs_in(u.start + m.end(), u.end) if o.start - (u.start + m.end()) <= 25]
        return after[0].iri if after else None

    def _breakdown_items(self, scope: list[int], others: set[int]) -> set[int]:
        """The breakdown by payer under a line of the project's that states its cost, up to a line
        another project names."""
        out: set[int] = set()
        for j in scope:
            for k in self._cost_breakdown(j):
                if k in others:
                    break
                out.add(k)
        return out

    def _possessive_owners(self, p: ProjectFact) -> list[str]:
        """The organisations whose possessive stands before the project's name: "the City of Athens’
        Curing the Limbo", "Caritas's New Roots" (the project is theirs: they run it)."""
        ctx = self.ctx
        label = p.label.strip(" \"'«»“”„")
        if len(label) < 4:
            return []
        out = []
        # "Congratulations to X, whose Welcome Table project ...": the organisation, then "whose"
        marks = self._possessive_marks
        for start in literal_starts(ctx.text, label):
            before = ctx.text[max(0, start - 30) : start]
            mark = marks.search(before)
            if not mark:
                continue
            at = start - (len(before) - mark.start())
            out += [o.iri for o in ctx.orgs_in(max(0, at - 120), at) if o.end == at and o.iri not in out]
        return out

    @functools.cached_property
    def _possessive_marks(self) -> re.Pattern[str]:
        """What ends the words before a possessor's project: "’s", "’", ", whose"."""
        whose = self.ctx.cues.regex["whose_words"].pattern
        return re.compile(rf"(?:['’]s?|,\s+(?:{whose})(?:\s+\w+)?)\s+(?:[«“\"„]\s*)?$", re.I)

    @functools.cached_property
    def _launched_by_later(self) -> re.Pattern[str] | None:
        """ "lancé en janvier 2024 par", "launched last spring by": a launch participle, a few words
        of when, then its agent's preposition (the agent follows)."""
        phrases = [w.split() for w in self.ctx.cues.words.get("launched_by", ())]
        pairs = sorted({(re.escape(" ".join(w[:-1])), re.escape(w[-1])) for w in phrases if len(w) >= 2})
        if not pairs:
            return None
        alternatives = "|".join(rf"{part}(?:\s+[^\s,;:.()]+){{1,4}}?\s+{by}" for part, by in pairs)
        return re.compile(rf"\b(?:{alternatives})\s+", re.I)

    @functools.cached_property
    def _anaphora_opening(self) -> re.Pattern[str]:
        # (and a German or Dutch compound of a project noun: "Das Kleinprojekt wird ...", "Het
        # pilootproject loopt ...")
        # (past a short phrase set before it: "Côté suisse, le projet bénéficie ...", "In 2025, the
        # project ...")
        return re.compile(
            r"\s*"
            + _FRONTED_PHRASE
            + r"(?:"
            + self.ctx.cues.regex["anaphora"].pattern
            + r"|(?:das|dieses|het|dit)\s+\w{3,}pro[jg]e[ck]t)\b",
            re.I,
        )

    @functools.cached_property
    def _its_runner_opening(self) -> re.Pattern[str]:
        """ "Träger des Projekts ist X", "Le porteur du projet est X": a sentence that opens with
        whoever runs the project it goes on about."""
        regex = self.ctx.cues.regex
        # (or a lead role, then "is": "Capofila è il Comune di X", "Chef de file est Y")
        # (or its subject, then "is" and the role: "Il Comune è ente titolare del progetto")
        keys = regex["implementer_keys"].pattern
        keys += "|" + regex["holder_keys"].pattern if "holder_keys" in regex else ""
        return re.compile(
            r"\s*(?:[^\W\d]+\s+)?(?:(?:[^\W\d]+\s+)?(?:" + regex["copulas"].pattern + r")\s+)?"
            r"(?:(?:" + keys + r")\s+(?:[^\W\d]+\s+){0,2}?"
            r"(?:" + regex["project_nouns"].pattern + r")\w*\b|(?:" + regex["lead_roles"].pattern + r")"
            r"(?:\s+[\w'’]+){0,3}?\s+(?:" + regex["copulas"].pattern + r")\s)",
            re.I,
        )

    def _pays_the_sum_before(self, k: int) -> bool:
        """ "... en kost in totaal 425.000 euro. De helft komt van het ESF, de rest betaalt de Vlaamse
        overheid.": a sentence naming a fund right after one that states a sum says who pays it."""
        ctx = self.ctx
        if k == 0:
            return False
        u, prev = ctx.units[k], ctx.units[k - 1]
        # (not one that names another thing the fund pays: 'l'avviso regionale "Includere"
        # finanziato dal FSE+')
        if re.search(r'[«“„"][^«»“”„"\n]{3,80}[»”“"]', u.text):
            return False
        return bool(prev.kind == "sentence" and ctx.funders_in(u.start, u.end) and ctx.amounts_in(prev.start, prev.end))

    @functools.cached_property
    def _project_noun_opening(self) -> re.Pattern[str]:
        r = self.ctx.cues.regex
        return re.compile(
            rf"\s*{_FRONTED_PHRASE}(?:{r['determiners'].pattern}|{r['demonstratives'].pattern})\s*"
            rf"({r['project_nouns'].pattern})\b",
            re.I,
        )

    def _enclosing_item_block(self, p: ProjectFact, others: set[int]) -> set[int]:
        """A newsletter's numbered item over a few sentences, the project named in one of them ("2.
        Nederlands leren tussen de containers" over "In de haven gaat X vzw ...", then "Het project
        'Name' kreeg ..."): the item and its sentences are the project's, when no other project's."""
        units = self.ctx.units
        if units[p.unit].kind != "sentence":
            return set()
        i = next((j for j in range(p.unit - 1, max(-1, p.unit - 8), -1) if units[j].kind != "sentence"), None)
        # (a headline: short, no clause's end: not a decision's "- la partecipazione ... ;")
        if i is None or i in others or word_count(units[i].text) > 10 or units[i].text.rstrip()[-1:] in ".;:,":
            return set()
        block = self._block_under_item(i, others)
        if p.unit not in block or block & others:
            return set()
        return {i, *block}

    def _apposed_mentions(self, p: ProjectFact, others: set[int]) -> set[int]:
        """The sentences that set a project noun with an indefinite article beside the project's
        name ("the heart of Proyecto Hilos ('Threads'), a training scheme that launched in March
        2023"): they say what it is, and its years."""
        if len(p.label) < 4 or self.ctx.text.count(p.label) < 2:
            return set()  # (named once: its own sentence is its scope already)
        cues = self.ctx.cues
        art = cues.regex["indefinite_articles"].pattern
        noun = cues.regex["project_nouns"].pattern
        apposed = re.compile(
            rf"{re.escape(p.label)}(?:\s*\([^()]*\))?,\s+(?i:{art})\s+(?:[\w-]+\s+){{0,3}}?(?i:{noun})\b"
        )
        return {
            j
            for j, u in enumerate(self.ctx.units)
            if j not in others and u.kind in ("sentence", "item") and p.label in u.text and apposed.search(u.text)
        }

    def _quoted_mentions(self, p: ProjectFact, others: set[int]) -> set[int]:
        """The lines that write the project's name in quotes, no other project's: "1. X start met
        'Name'" over the item that goes on about it, the name said again in its own words."""
        if len(p.label) < 4 or not _quoted_in(self.ctx.text, p.label):
            return set()
        units = self.ctx.units
        said = sorted(
            j
            for j, u in enumerate(units)
            if j not in others and u.kind in ("sentence", "item", "heading", "kv") and _quoted_in(u.text, p.label)
        )
        out = set(said)
        # ... and what a section says between two of them ("„X“ läuft" over its story, then
        # "Finanziert wird „X“ ..."): about it, when it names no other project
        for a, b in itertools.pairwise(sorted({*said, p.unit})):
            between = range(a + 1, b)
            if 0 < b - a <= 12 and units[a].section == units[b].section and not set(between) & others:
                out.update(j for j in between if units[j].kind == "sentence")
        return out

    @functools.cached_property
    def _questions(self) -> list[tuple[int, str]]:
        """The sentences that ask something, folded, by index."""
        return [
            (j, fold(u.text))
            for j, u in enumerate(self.ctx.units)
            if u.kind == "sentence" and u.text.rstrip().endswith("?")
        ]

    def _answers_about(self, p: ProjectFact, others: set[int]) -> set[int]:
        """The answer to a question that names the project, and no other ("Wat is de looptijd van
        Werkfit Utrecht-West?" over "Antwoord college" and "Het project loopt van 1 juli 2022 tot en
        met 30 juni 2025."): its lines up to the next question, said of it."""
        units = self.ctx.units
        if len(self.projects) < 2 or not self._questions:
            return set()
        name = fold(p.label)
        rivals = [fold(q.label) for q in self.projects if q is not p and len(q.label) >= 4]
        out: set[int] = set()
        definite = self._project_noun_opening
        for j, text in self._questions:
            if any(r in text for r in rivals):
                continue
            if name not in text:
                # (or "the project", of the project the answers before named last: "Wat zijn de
                # totale kosten van het project?" after the answer that named "Taal Werkt!")
                said = [m for m in re.finditer(definite.pattern.removeprefix(r"\s*"), text, re.I)]
                if not said or any(self.ctx.cues.has("plural_nouns", m.group(1)) for m in said):
                    continue
                if self._last_named_before(j) is not p:
                    continue
            # (up to the next question, or the heading after the answer's own: "Antwoord college"
            # over the answer, then "Vraag 4")
            headings = 0
            for k in range(j + 1, len(units)):
                if units[k].text.rstrip().endswith("?") or k in others:
                    break
                if units[k].kind == "heading":
                    headings += 1
                    if headings > 1 or (out and k - 1 in out):
                        break
                    continue
                out.add(k)
        return out

    def _denies_funding(self, a: int, b: int) -> bool:
        """Whether the words from a to b say funds do not pay: a negation right before a funding
        verb ("non è finanziato dal PON Inclusione né dal Programma regionale FSE+", "is not funded
        by")."""
        cues = self.ctx.cues
        text = self.ctx.text[a:b]
        for neg in cues.find("negations", text):
            if neg.group(0)[:1].isupper():
                continue  # ("Premiers Pas est cofinancé ...": a name's word)
            after = text[neg.end() : neg.end() + 30]
            cue = cues.search("funded_by", after) or cues.search("funding_verbs", after)
            # (not a quoted name's word: "« Premiers pas en Famenne », financé par la Province")
            if (
                cue is not None
                and word_count(after[: cue.start()]) <= 2
                and not re.search(r"[»”“\"]", after[: cue.start()])
            ):
                return True
        return False

    def _stands_outside_this_project(self, a: int, b: int) -> bool:
        """Whether the words from a to b set something apart from "this project" (by its noun, not
        another project's name: "elle n'intervient pas dans ce projet", not "it is not part of New
        Roots")."""
        cues = self.ctx.cues
        text = self.ctx.text[a:b]
        return any(self._project_noun_opening.match(text, m.end()) for m in cues.find("not_part_of", text))

    def _by_payer_line(self, u: Unit, o: OrgMention) -> bool:
        """Whether a list line opens with "by" and the organisation, then a sum ("• par la Région
        Normandie, pour 82 460 €")."""
        ctx = self.ctx
        det = ctx.cues.regex["determiners"].pattern
        opening = re.fullmatch(
            rf"\W*(?i:{ctx.cues.regex['share_by'].pattern})\s*(?:(?i:{det})\s*)?", ctx.text[u.start : o.start]
        )
        return opening is not None and bool(ctx.amounts_in(o.end, u.end))

    def _last_named_before(self, j: int) -> ProjectFact | None:
        """The project whose own words the text names last before unit j."""
        last: tuple[int, ProjectFact] | None = None
        for q in self.projects:
            at = max((k for k in (q.scope_units or [q.unit]) if k < j), default=-1)
            if at >= 0 and (last is None or at > last[0]):
                last = (at, q)
        return last[1] if last is not None else None

    def _news_openings(self, p: ProjectFact) -> set[int]:
        """On a news page about one project, the sentences that open on it by a definite project
        noun, under whatever sub-heading ("De proef wordt uitgevoerd door X" three sections after
        "In de pilot 'Taal Werkt Apeldoorn' ..."): the article's one subject."""
        ctx, cues = self.ctx, self.ctx.cues
        if len(self.projects) != 1 or not ctx.is_media_site:
            return set()
        # (or by the noun its name was set beside: 'Baptisé « Les Mots à la louche », l'atelier a
        # démarré ...', then "L'atelier est porté par l'Afeji")
        kind = self._apposed_kind(p)
        # (those that say who runs or pays it: the others may speak of another thing by its noun)
        return {
            j
            for j, u in enumerate(ctx.units)
            if u.kind == "sentence"
            and j > p.unit
            and (
                (
                    (self._opens_with_project_noun(u.text) or (kind is not None and kind.match(u.text)))
                    and (cues.search("implemented_by", u.text) or cues.search("funded_by", u.text))
                )
                or self._fronted_on_project(u)
            )
            and not self._names_another_before(j, p)
        }

    def _fronted_on_project(self, u: Unit) -> bool:
        """Whether a sentence opens with a running cue said of the project by its definite noun and
        names its runner ("Getragen wird das Projekt vom Caritasverband X"): the verb first, as
        German sets it."""
        ctx = self.ctx
        if not any(o.start in ctx.fronted_runners for o in ctx.orgs_in(u.start, u.end)):
            return False
        cue = ctx.cues.search("fronted_runs", u.text[:40])
        return cue is not None and self._opens_with_project_noun(u.text[cue.end() :])

    def _names_another_before(self, j: int, p: ProjectFact) -> bool:
        """Whether the sentence before names another thing in quotes ("In Sint-Truiden startte het
        OCMW met 'Pluk je Toekomst' ..." before "Dat project wordt gefinancierd ..."): the noun
        speaks of that one."""
        k = j - 1
        while k >= 0 and self.ctx.units[k].kind == "heading":
            k -= 1  # (over a pull quote: "‘Geen tweede keus’")
        if k < 0:
            return False
        before = self.ctx.units[k].text
        label = fold(p.label)
        names = [next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(before)]
        # (a name: short and capitalised; not someone's quoted words)
        return any(fold(n) != label and word_count(n) <= 5 and n[:1].isupper() for n in names)

    def _opens_with_project_noun(self, text: str) -> bool:
        """ "Het traject loopt ...", "Le projet est financé ...", "Das Projekt läuft ...": a definite
        article or a demonstrative, then a project noun in the singular."""
        cues = self.ctx.cues
        m = self._project_noun_opening.match(text)
        return (
            bool(m)
            and not cues.has("plural_nouns", m.group(1))
            and not cues.has("indefinite_articles", text.split()[0])
        )

    def _headed_section(self, p: ProjectFact, others: set[int]) -> set[int]:
        """A heading that names the project ("Werkmaatjes in de praktijk", "Cap Emploi") heads its
        section: the lines under it, up to the next heading or the first line another project names,
        are about it."""
        units = self.ctx.units
        label = fold(p.label).strip()
        if len(label) < 4:
            return set()
        out: set[int] = set()
        for h, u in enumerate(units):
            # (after its letter or number: "B. Werkfit statushouders (Stichting X)")
            heading = _ENUMERATOR.sub("", fold(u.text).strip())
            if u.kind != "heading" or h in others or not _opens_with_name(heading, label):
                continue
            numbered = heading != fold(u.text).strip()
            for j in range(h + 1, len(units)):
                if units[j].kind == "heading" or j in others:
                    break
                # (under "3.3 Espace Parole", the line "4. NOS PARTENAIRES" opens the next part)
                if numbered and units[j].kind == "item" and self._numbered_line(j):
                    break
                new_paragraph = j > h + 1 and units[j].paragraph != units[j - 1].paragraph
                if new_paragraph and self._opens_on_projects(units[j].text):
                    break  # "Projekte, die aus dem ISF gefördert werden, finden Sie ...": the page's, not its
                if j > h + 1 and self._opens_a_part(j):
                    break  # "Op vraag 3:" after the last part of an answer
                out.add(j)
            out.add(h)
        return out

    def _financing_section(self, own: list[int], others: set[int]) -> set[int]:
        """A short heading that says how a project is paid ("Finanzierung", "Financement",
        "Funding"), after the project's words with no other project named between, heads the
        project's money: the line under it, unless another project's."""
        units = self.ctx.units
        out: set[int] = set()
        for h in range(min(own, default=len(units)) + 1, len(units)):
            if h in others:
                break  # another project's words: a later section is no longer this one's
            heading = units[h].text.strip(" :").lower()
            # ("Finanzierung", "Plan de financement"; not "Autres fonds européens", the page's other funds)
            if (
                units[h].kind == "heading"
                and self.ctx.cues.has("fund_keys", heading)
                and not _FUND_NOUN.search(heading)
            ):
                # (its first line: not the quote, the contact line or the partners further down)
                first_line = line_start(self.ctx.text, units[h + 1].start) if h + 1 < len(units) else -1
                for j in range(h + 1, len(units)):
                    if units[j].kind == "heading" or j in others:
                        break
                    # (and the list right under it: "Total project budget: £1,240,000" over "- Match
                    # funding from Hull City Council: £155,000")
                    if line_start(self.ctx.text, units[j].start) != first_line and not (
                        units[j].kind == "item" and j - 1 in out
                    ):
                        break
                    out.add(j)
                out |= self._breakdown_sections(h + 1, others)
                break
        return out

    def _breakdown_sections(self, start: int, others: set[int]) -> set[int]:
        """The lines under a later heading that opens with a money key ("Plan de financement côté
        français" over "FEDER | 721 500 €", "Département de la Haute-Savoie | 111 000 €"), after the
        project's financing section with no other project named between: its breakdown."""
        units, cues = self.ctx.units, self.ctx.cues
        out: set[int] = set()
        for h in range(start, len(units)):
            if h in others:
                break
            u = units[h]
            if u.kind != "heading" or word_count(u.text) > 6:
                continue
            # (its key first, or after a word or two: "Plan de financement", "Finanzierungsplan")
            key = cues.search("fund_keys", u.text)
            if key is None or word_count(u.text[: key.start()]) > 2 or _FUND_NOUN.search(u.text.lower()):
                continue
            for j in range(h + 1, len(units)):
                # (through the table's header, "Poste | Montant")
                if (units[j].kind == "heading" and " | " not in units[j].text) or j in others:
                    break
                out.add(j)
        return out

    def _numbered_line(self, j: int) -> bool:
        """Whether a list line opens with a number ("4. NOS PARTENAIRES", "2) ...")."""
        u = self.ctx.units[j]
        return (
            re.match(
                r"\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s", self.ctx.text[line_start(self.ctx.text, u.start) : u.start + 1]
            )
            is not None
        )

    def _opens_on_projects(self, text: str) -> bool:
        """Whether a sentence's first words name projects in the plural ("Projekte, die ...",
        "Les projets retenus ...")."""
        return any(self.ctx.cues.has("plural_nouns", w.strip(",;:")) for w in text.split()[:5])

    def _paragraph_led(self, p: ProjectFact, others: set[int]) -> set[int]:
        """A paragraph that opens with a short line naming the project ("b) Progetto "Terre Giuste".",
        "Projet « Cap Emploi ».") is about it: its sentences up to another project's."""
        units = self.ctx.units
        i = p.unit
        u = units[i]
        if u.kind != "sentence" or word_count(u.text) > 8:
            return set()
        if i > 0 and units[i - 1].paragraph == u.paragraph and units[i - 1].kind == "sentence":
            return set()  # not the paragraph's first sentence
        out = set()
        for j in range(i + 1, min(i + 12, len(units))):
            if units[j].paragraph != u.paragraph or units[j].kind != "sentence" or j in others:
                break
            out.add(j)
        return out

    def _drop_bare_item_runner(self, p: ProjectFact, spans: list[tuple[int, int]]) -> None:
        """ "▪ Passerelle Métiers (Doubs)" over "Porté par l'association X, ...": where the lines under
        a list line say who runs its project (a runner cue, or the one organisation they name that
        could run it), the one bare word in the line's parenthesis is where it runs (a district, a
        town), not who: a name no one knows, of no organisation's shape."""
        ctx = self.ctx
        line = ctx.units[p.unit]
        if p.rule != "find_list_items" or line.kind != "item":
            return
        bare = [o for o, ev in p.implementers.items() if ev.start == line.start and self._bare_name(o)]
        if not bare:
            return
        said = [o for o, ev in p.implementers.items() if ev.start != line.start]
        if not said:
            below = {
                o.iri: Evidence(a, b, 0.7)
                for a, b in spans
                if not line.start <= a < line.end
                for o in ctx.orgs_in(a, b)
                if ctx.is_implementer_org(o.iri)
                and o.iri not in p.funders
                and o.iri not in p.implementers
                and o.iri not in self.doc_contributors
                and not ctx.is_speaker(o)
                and not ctx.is_partner_mention(o)
            }
            if len(below) != 1:
                return
            p.implementers.update(below)
        for o in bare:
            del p.implementers[o]

    def _bare_name(self, iri: str) -> bool:
        """A name of one word, not in capitals, that nothing says is an organisation's: no known
        organisation, no organisation's shape ("Doubs", "Saône-et-Loire")."""
        mentions = [m for m in self.ctx.orgs if m.iri == iri]
        return (
            bool(mentions)
            and all(" " not in m.name and not m.name.isupper() and not m.known for m in mentions)
            and not self.ctx.shape_rules.get(iri)
        )

    def _item_block(self, p: ProjectFact, others: set[int]) -> set[int]:
        """The lines under a list line that names a project, up to the list's next line: "▪ Title
        (Place)" over "Porté par X, ce parcours ...", "Coût total : ...", "- FSE+ : 367 440 €", then
        "▪ Next title". A line with another bullet (the breakdown's "-") is the project's own. The
        shape must repeat: the list's next line ends the block, or its previous line had one (then
        the last block is no longer than the one before it and two lines)."""
        return self._block_under_item(p.unit, others)

    def _block_under_item(self, i: int, others: set[int]) -> set[int]:
        """The lines under list line i up to the list's next line (`_item_block`)."""
        units, text = self.ctx.units, self.ctx.text
        u = units[i]
        if u.kind != "item" or word_count(u.text) > 14 or u.text.rstrip().endswith("."):
            return set()
        if i + 1 >= len(units) or units[i + 1].kind in ("item", "heading"):
            return set()  # a list of titles, one line after the other, has no lines under them
        bullet = _bullet_of(text, u.start)

        def sibling(j: int) -> bool:
            return units[j].kind == "item" and _bullet_of(text, units[j].start) == bullet

        block: list[int] = []
        ended = False
        for j in range(i + 1, min(i + 16, len(units))):
            if sibling(j):
                ended = True
                break
            if units[j].kind == "heading" or j in others:
                break
            block.append(j)
        if not ended:
            before = next(
                (j for j in range(i - 1, max(-1, i - 17), -1) if sibling(j) or units[j].kind == "heading"), None
            )
            if before is None or not sibling(before) or before == i - 1:
                return set()
            block = block[: i - before + 1]
        return set(block)

    @functools.cached_property
    def _its_money_opening(self) -> re.Pattern[str]:
        cues = self.ctx.cues
        keys = "|".join(k for k in (cues.regex["budget_keys"].pattern, cues.regex["duration_keys"].pattern) if k)
        # (or the key and a colon, "Budget : 12,6 millions ...", or the rest of the money, "Le solde,
        # soit 3,15 millions, provient du budget fédéral")
        keys = keys or "(?!)"
        rest = cues.regex["remainder_words"].pattern if "remainder_words" in cues.regex else "(?!)"
        det = cues.regex["determiners"].pattern
        return re.compile(rf"\s*(?:(?:{det})\s*(?:{keys})\b|(?:{keys})\s?:|(?:{rest})\b)", re.I)

    def _opens_with_its_money(self, text: str) -> bool:
        """ "Le budget, 312.000 euros sur deux ans, est ...", "Die Laufzeit beträgt ...", "Budget :
        ...", "Le solde ...": a sentence that opens with the definite name of a project's budget or
        duration, or with the rest of its money, goes on about the project before it."""
        return bool(self._its_money_opening.match(text))

    def _opens_with_a_cost_share(self, text: str) -> bool:
        """ "Drei Viertel der Kosten trägt der AMIF", "75 % du coût est pris en charge par ...": a
        sentence whose first few words are a share of the costs goes on about the project before it."""
        m = self.ctx.cues.search("cost_shares", text[:60])
        return m is not None and 1 <= word_count(text[: m.start()]) <= 3

    def _opening_with_name(self, p: ProjectFact, others: set[int]) -> set[int]:
        """The sentences that open with the project's name, wherever they stand: "New Roots began
        in January 2023 ...", "New Roots is run by X" (a news article names its subject again), or
        that write it again in quotes."""
        label = p.label.strip(" \"'«»“”„")
        if not label[:1].isupper() or not 1 <= word_count(label) <= 6 or len(label) < 4:
            return set()
        # (a name in two languages is written again by its first: "Fáilte Chláir – Clare Welcomes"
        # then "Fáilte Chláir is being run by ...")
        short = _DASHED_PART.split(label, maxsplit=1)[0].strip()
        shorts = {label + " "} | ({short + " "} if short != label and word_count(short) >= 2 else set())
        # (or by the short form the text gives it in brackets: "Samen Starten in Deventer (SSiD)",
        # then "SSiD loopt van 1 januari 2023 ...")
        at = self.ctx.text.find(label, p.evidence.start, p.evidence.end)
        bracket = _SHORT_AFTER.match(self.ctx.text, at + len(label)) if at >= 0 else None
        if bracket and spells(bracket.group(1), label.split()):
            shorts.add(bracket.group(1) + " ")
        # or that name it again in its quotes: "Le budget total de « Premiers Pas à Huy » s'élève à ..."
        # (found with string methods: a pattern per label would crowd the regex cache out)
        return {
            j
            for j, u in enumerate(self.ctx.units)
            if u.kind == "sentence"
            and j not in others
            and (u.text.startswith(tuple(shorts)) or (label in u.text and _quoted_in(u.text, label)))
        }

    def _name_after(self, pos: int, limit: int) -> list[OrgMention]:
        """A name right after a role cue ("run by the Irish Refugee Council"), as an organisation."""
        ctx = self.ctx
        # an article may stand first ("run by the X", "menée par l'association X"), nothing else
        det = ctx.cues.regex["determiners"].pattern
        m = re.match(rf"\s*(?:(?:{det})(?:\s+|(?<=['’])))?([^\W\d_][^,.;:()\n]{{1,70}})", ctx.text[pos:limit], re.I)
        if m and not m.group(1)[:1].isupper():
            # "georganiseerd door jeugdwerking Kleurrijk vzw": one common noun of its kind, then a
            # name found already
            kind = re.match(r"[^\W\d_]+\s+", m.group(1))
            at = pos + m.start(1) + kind.end() if kind else -1
            named = [o for o in ctx.orgs_in(at, limit) if o.start == at] if kind else []
            return named[:1]
        if not m:
            return []  # "run by two volunteers": not a name
        words = leading_name_words(m.group(1), ctx.cues)
        # "porté par Coallia en Sarthe": the name ends before where it works
        locatives = shapes_for(ctx.lang).locatives
        parts = words.split()
        cut = next((k for k, w in enumerate(parts) if k > 0 and w in locatives and parts[k - 1][:1].isupper()), None)
        if cut is not None:
            words = words[: words.index(" " + parts[cut] + " ")] if f" {parts[cut]} " in words else words
        if not words:
            return []
        org = ctx.add_org(words, pos + m.start(1), pos + m.start(1) + len(words))
        return [org] if org is not None else []

    def _funding_orgs(self, cue_end: int, limit: int) -> list[OrgMention]:
        """Organisations named as funders right after a funding cue: "funded by Fedasil", "financé
        par le gouvernement belge via Fedasil"; not any organisation later in the sentence."""
        out: list[OrgMention] = []
        national = [(a, b) for a, b in self.ctx._national_cues if cue_end <= a < limit]
        for o in self.ctx.orgs_in(cue_end, min(limit, cue_end + 90)):
            if any(a <= o.start < b for a, b in national):
                continue  # "le gouvernement belge": national money, already a funder as such
            # Articles and a role noun may stand between: "vom Verein X", "par l'association X",
            # "dalla cooperativa sociale X" (a role noun of several words); or, after the last one
            # taken, "and" ("financé par la Caf de X et la Fondation de France": both pay).
            since = out[-1].end if out else cue_end
            gap = self.ctx.cues.regex["org_heads"].sub(" ", self.ctx.text[since : o.start])
            words = [
                w
                for w in re.findall(r"[^\W\d_][\w'’-]*", gap)
                if not (self.ctx.cues.has("determiners", w) or self.ctx.cues.has("org_heads", w))
            ]
            if out and "(" in gap:
                continue  # "the Department of X (DCEDIY)": the same one's short form
            joined = bool(out) and all(self.ctx.cues.has("and_words", w) for w in words)
            first = not out and (len(words) == 0 or self.ctx.cues.has("via_words", words[-1]))
            if joined or first:
                out.append(o)
        return out

    def add_state_grantors(self, projects: list[ProjectFact]) -> None:
        """A French préfecture grants the state's own money ("le préfet du Rhône a retenu 23
        projets au titre du programme 104"): of each project the state pays, it is a payer beside
        the national money (the annotation convention, as for Fedasil's subsidies), and no runner.
        Not an Italian prefettura: it runs FAMI projects of its own; Italy's interior ministry
        grants the national asylum fund's money ("Il Ministero dell'Interno ha firmato il decreto
        che autorizza la prosecuzione dei progetti SAI"), named whole."""
        ctx = self.ctx
        heads = ctx.cues.words["state_grantors"]
        if not heads:
            return
        grantors = {o.iri for o in ctx.orgs if any(o.name.startswith(h + " ") for h in heads)}
        # (a head in capitals is a body's acronym, whole on its own: "via la DDETS")
        grantors |= {o.iri for o in ctx.orgs if any(h.isupper() and o.name == h for h in heads)}
        # (a body named whole grants the national fund's own projects, not a Union fund's national
        # share: "Ministero dell'Interno" of the SAI's, not of FAMI projects it manages)
        whole = {o.iri for o in ctx.orgs if any(" " in h and o.name == h for h in heads)}
        # ("le reste provient des crédits de l'État ..., attribués par la préfecture de la Savoie":
        # the state's money it grants, whatever fund pays the rest)
        granting = {
            o.iri
            for o in ctx.orgs
            if o.iri in grantors
            and (
                _GRANTED_BY.search(ctx.text[max(0, o.start - 24) : o.start]) is not None
                or _GRANTED_BY_LONG.search(ctx.text[max(0, o.start - 130) : o.start]) is not None
            )
        }
        # (a body known by its acronym, "la DDETS", grants where the text says it does, and only then:
        # "le reste provient de crédits de l'État attribués par la ... (DDETS)")
        by_acronym = {o.iri for o in ctx.orgs if any(h.isupper() and o.name.split()[:1] == [h] for h in heads)}
        acronyms_granting = granting & by_acronym
        grantors -= by_acronym
        granting -= by_acronym
        if not granting and not any(
            NATIONAL in p.funders and not any(ctx.is_fund(f) for f in p.funders) for p in projects
        ):
            # Only the national share of a fund's projects ("le cofinancement national" of FAMI
            # projects whose delegated authority is the préfecture): it grants nothing of its own.
            grantors = set()
            whole = set()
        for p in projects:
            if NATIONAL not in p.funders:
                continue
            state_only = not any(ctx.is_fund(f) for f in p.funders)
            for iri in grantors | acronyms_granting | (whole if state_only else set()):
                p.funders.setdefault(iri, p.funders[NATIONAL])
                p.implementers.pop(iri, None)
                p.partners.pop(iri, None)

    def _inflected_only(self, iri: str) -> bool:
        """Whether every mention of a new organisation written in full follows an article ("dem
        Trinationalen Eurodistrict"), which inflects a German name's adjectives."""
        det = self.ctx.cues.regex["determiners"].pattern
        full = [m for m in self.ctx.orgs if m.iri == iri and not m.name.isupper()]
        written = [m for m in full if self.ctx.text[m.start : m.end] == m.name]
        return bool(written) and all(
            re.search(rf"(?<!\w)(?:{det})\s+$", self.ctx.text[max(0, m.start - 12) : m.start], re.I) for m in written
        )

    def merge_similar_orgs(self) -> None:
        """One node per organisation: a new name within a typo of another ("refuigio"/"refugio"),
        or of a known name, is that organisation (rapidfuzz ratio >= 90 on what tells them apart)."""
        ctx = self.ctx
        new = list(ctx.new_orgs.values())
        known_names = {m.name.lower(): m.iri for m in ctx.orgs if m.known}
        alias: dict[str, str] = {}
        for k, org in enumerate(new):
            name = org.name.lower()
            target = next((iri for kn, iri in known_names.items() if within_a_typo(name, kn)), None)
            if target is None:
                target = next(
                    (o.iri for o in new[:k] if o.iri not in alias and within_a_typo(name, o.name.lower())),
                    None,
                )
            if target is not None and target != org.iri:
                alias[org.iri] = target
        # "mit dem Trinationalen Eurodistrict Basel", then "Leadpartner: Trinationaler Eurodistrict
        # Basel": of two spellings within a typo, the one no article inflects names the body
        for src, tgt in list(alias.items()):
            if tgt in ctx.new_orgs and self._inflected_only(tgt) and not self._inflected_only(src):
                alias = {k: (src if v == tgt else v) for k, v in alias.items() if k != src}
                alias[tgt] = src
        # "the City of X Immigration Services" beside "City of X": the body named with its own
        # unit is the body (the unit's head word first or last, at most four words)
        bodies = {m.name.lower(): m.iri for m in ctx.orgs}
        for org in new:
            if org.iri in alias:
                continue
            for body, iri in bodies.items():
                rest = org.name[len(body) :].split() if org.name.lower().startswith(body + " ") else []
                if iri != org.iri and ctx.is_unit_name(rest):
                    alias[org.iri] = alias.get(iri, iri)
                    break
        # "Brückenschlag" beside "Brückenschlag Neuwied": a name and the same with its town after
        # it are one body (the longer name's node); a town the text knows, or one whose government
        # it names ("Stadt Neuwied")
        prefix = shapes_for(ctx.lang).place_prefix
        towns = {
            fold(parts[1])
            for m in ctx.orgs
            if len(parts := m.name.split(None, 1)) == 2 and prefix.fullmatch(fold(parts[0]))
        }
        for org in new:
            if org.iri in alias:
                continue
            for other in new:
                rest = other.name[len(org.name) :].strip() if other.name.startswith(org.name + " ") else ""
                if (
                    other.iri != org.iri
                    and other.iri not in alias
                    and rest
                    and (ctx.is_place(rest) or fold(rest) in towns)
                ):
                    alias[org.iri] = other.iri
                    break
        # "Land Stmk." beside "Land Steiermark": a name written with one word cut short before a dot
        # (its letters in order in the other's word) is that name
        names_by_iri = {m.iri: m.name for m in ctx.orgs}
        for org in new:
            if org.iri in alias:
                continue
            if not any(m.iri == org.iri and ctx.text[m.end : m.end + 1] == "." for m in ctx.orgs):
                continue
            words = org.name.split()
            for iri, name in names_by_iri.items():
                full = name.split()
                if iri == org.iri or iri in alias or len(full) != len(words):
                    continue
                differ = [(a, b) for a, b in zip(words, full, strict=True) if fold(a) != fold(b)]
                if len(differ) == 1 and differ[0][0] == words[-1] and _abbreviates(*differ[0]):
                    alias[org.iri] = iri
                    break
        # ... and "City of X, Immigration Services": a unit's name right after its body's and a comma
        for a, b in itertools.pairwise(sorted(ctx.orgs, key=lambda m: m.start)):
            words = b.name.split()
            if (
                a.iri != b.iri
                and b.iri in ctx.new_orgs
                and b.iri not in alias
                and re.fullmatch(r"\s*,\s*", ctx.text[a.end : b.start])
                and ctx.is_unit_name(words)
            ):
                alias[b.iri] = alias.get(a.iri, a.iri)
        # "le CRIPEL, le Centre Régional pour l'Intégration des Personnes Étrangères": an acronym
        # and, set beside it, the long form it spells are one organisation (the acronym's node)
        det = ctx.cues.regex["determiners"].pattern
        apposed = re.compile(rf"\s*,\s*(?:(?:{det})\s*)?", re.I)
        mentions = sorted(ctx.orgs, key=lambda m: m.start)
        for a, b in itertools.pairwise(mentions):
            short = a.name.strip()
            if not (short.isupper() and 2 <= len(short) <= 8) or a.iri == b.iri or b.iri in alias or a.iri in alias:
                continue
            gap = apposed.match(ctx.text, a.end, b.start)
            # (the long form may stop before the acronym's last letter: "... Étrangères" of
            # "... ou d'origine étrangère de Liège")
            words = b.name.split()
            if (
                gap is not None
                and gap.end() == b.start
                and (spells(short, words) or (len(short) >= 4 and spells(short[:-1], words)))
            ):
                alias[b.iri] = a.iri
        if not alias:
            return
        for iri in alias:
            ctx.new_orgs.pop(iri, None)
        # The mentions too: later steps (the pair decision) read them, and must find the kept node.
        ctx.orgs = [dataclasses.replace(m, iri=alias.get(m.iri, m.iri)) for m in ctx.orgs]
        for old, new_iri in alias.items():
            if old in ctx.shape_rules:
                ctx.shape_rules.setdefault(new_iri, set()).update(ctx.shape_rules.pop(old))
        for p in self.projects:
            for rel in (p.implementers, p.partners, p.funders, p.amounts):
                for old, new_iri in alias.items():
                    if old in rel:
                        rel.setdefault(new_iri, rel.pop(old))

    @functools.cached_property
    def _page_runner_cued(self) -> OrgMention | None:
        """The first organisation named right after a running cue in the text's sentences
        ("Derrière le dispositif, Entrée Libre", "run by X"): not a fund's authority or manager, nor
        a payer."""
        ctx = self.ctx
        for u in ctx.units:
            if u.kind != "sentence":
                continue
            for m in ctx.cues.find("implemented_by", u.text):
                if ctx.cues.search("managing_participles", m.group(0)) or ctx.funders_in(u.start, u.start + m.start()):
                    continue  # "het ESF+, dat in Vlaanderen wordt beheerd door ESF Vlaanderen": the fund's manager
                after = [o for o in ctx.orgs_in(u.start + m.end(), u.end) if o.start - (u.start + m.end()) <= 4]
                if (
                    after
                    and ctx.is_implementer_org(after[0].iri)
                    and after[0].iri not in ctx.authority_orgs
                    and not ctx.named_as_payer(after[0])
                ):
                    return after[0]
        return None

    def _page_project(self) -> ProjectFact | None:
        """The project the page is about: its only one, or the one of several the page's title names
        ("À propos – TRAMES" over "le projet TRAMES" and a programme its runner ran before)."""
        if len(self.projects) == 1:
            return self.projects[0]
        title = self.ctx.doc.title or ""
        titled = [q for q in self.projects if re.search(rf"(?<!\w){re.escape(q.label)}(?!\w)", title, re.I)]
        return titled[0] if len(titled) == 1 else None

    def _lead_role_org(self) -> tuple[OrgMention, Unit] | None:
        """The organisation a sentence names in a project's lead role, with that sentence: right
        after the role ("come soggetto capofila, la Regione X") or right before it ("X, chef de file
        du projet", "il Ministero in qualità di capofila"). On a page about one project, it runs that
        project."""
        ctx = self.ctx
        page = self._page_project()
        label = page.label if page is not None else None
        for k, u in enumerate(ctx.units):
            if u.kind == "kv":
                continue  # record lines are read as records
            # (or a heading that is the role alone, "Lead Partner" over "Provincia di X – Servizio ...")
            role_heading = (
                u.kind == "heading"
                and (whole := ctx.cues.search("lead_roles", u.text.strip())) is not None
                and whole.group(0) == u.text.strip()
            )
            if (
                (u.text.rstrip().endswith(":") or role_heading)
                and word_count(u.text) <= 4
                and ctx.cues.search("lead_roles", u.text)
                and k + 1 < len(ctx.units)
                and (ctx.units[k + 1].kind == "item" or (role_heading and ctx.units[k + 1].section == k))
            ):
                # "Hoofdpartner (chef de file):" over "- Stad X – Dienst Welzijn": the line under it
                line = ctx.units[k + 1]
                opening = next(iter(ctx.orgs_in(line.start, line.end)), None)
                if opening is not None and opening.start - line.start <= 3:
                    return opening, line
            for role in ctx.cues.find("lead_roles", u.text):
                a, b = u.start + role.start(), u.start + role.end()
                # "X in qualità di capofila, Y e Z": the name the role is said of comes first.
                named = self._named_before_role(u.start, a)
                if named is not None:
                    return named, u
                # "come soggetto capofila, la Regione X": the role announced, then the name (its head
                # noun between: "ha come capofila la cooperativa sociale X").
                # "De huidige uitvoerder, Stichting X, werkt ...": the role opens the sentence.
                opens = len(ctx.text[u.start : a].split()) <= 2 and ctx.cues.search(
                    "determiners", ctx.text[u.start : a] or "-"
                )
                if _AS.search(ctx.text[max(u.start, a - 25) : a]) or opens:
                    after = [o for o in ctx.orgs_in(b, u.end) if self._right_after(b, o)]
                    if after:
                        return after[0], u
            # "A guidare il progetto è la cooperativa sociale X", "Derrière l'initiative, on retrouve
            # le X", "Behind the project is X": a running cue that opens the sentence, then the name.
            opening = ctx.cues.search("implemented_by", u.text[:60])
            if opening and not u.text[: opening.start()].strip():
                b = u.start + opening.end()
                after = [o for o in ctx.orgs_in(b, u.end) if self._right_after(b, o)]
                if after:
                    return after[0], u
            # "A gestire lo sportello è X", "Getragen wird „Name“ vom X": the cue, then words, then the name
            fronted = [o for o in ctx.orgs_in(u.start, u.end) if o.start in ctx.fronted_runners]
            if fronted:
                return fronted[0], u
            # "l'association X, qui porte le projet": a verb of running said of the project itself
            for verb in [*ctx.cues.find("runs_verbs", u.text), *ctx.cues.find("carries_verbs", u.text)]:
                a, b = u.start + verb.start(), u.start + verb.end()
                # ("qui met en œuvre le nouveau projet": an adjective may stand before the noun)
                # ("qui porte depuis le 1er mars 2023 le projet": a few words of when between; not
                # "l'évaluation porte sur le projet", which is what it is about)
                said_of_project = ctx.cues.search("project_nouns", verb.group(0)) or re.match(
                    r"(?!\s+sur\b)(?:\s+[^\s,.;:!?«»\"“”]+){0,6}?\s+(?:"
                    + ctx.cues.regex["determiners"].pattern
                    + r")\s+(?:[^\W\d_]{3,12}\s+)?(?:"
                    + ctx.cues.regex["project_nouns"].pattern
                    + r")\b",
                    ctx.text[b : b + 80],
                    re.I,
                )
                # ("La Vie Active, l'association arrageoise qui porte Ancrage": the page's project
                # by its name)
                said_of_project = said_of_project or (
                    label is not None and re.match(rf"\s+[«“\"]?\s*{re.escape(label)}(?!\w)", ctx.text[b : b + 80])
                )
                before = [o for o in ctx.orgs_in(max(u.start, a - 70), a) if o.end <= a]
                if not said_of_project or not before:
                    continue
                between = ctx.text[before[-1].end : a]
                close = len(between) <= 40 and _RUNNER_BEFORE.fullmatch(between)
                if close or _APPOSED_RUNNER.fullmatch(between):
                    return before[-1], u
        return None

    def _lead_before_role(self, a: int, b: int) -> OrgMention | None:
        """The organisation named right before a lead role in a span ("il Consorzio X, in qualità di
        capofila", "X, chef de file du projet")."""
        for role in self.ctx.cues.find("lead_roles", self.ctx.text[a:b]):
            named = self._named_before_role(a, a + role.start())
            if named is not None:
                return named
        return None

    @functools.cached_property
    def _runner_role_words(self) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """("is", the runner's role of "the project") and (the runner's role, then a name)."""
        regex = self.ctx.cues.regex
        if "holder_keys" not in regex:
            return None
        keys = regex["implementer_keys"].pattern + "|" + regex["holder_keys"].pattern
        det = regex["determiners"].pattern
        of = regex["of_words"].pattern
        of_the_project = re.compile(
            rf"(?:{regex['copulas'].pattern})\s+(?:[^\W\d_]+\s+)??((?:(?:{det})\s*)?(?:{keys})\s+(?:(?:{of})\s*)?(?:(?:{det})\s*)?"
            rf"(?:{regex['project_nouns'].pattern}))\b",
            re.I,
        )
        # (or after a comma: "par la structure porteuse, La Vie Active")
        named = re.compile(rf"(?<!\w)(?:(?:{det})\s*)?(?i:{keys})\s*,?\s+(?=[A-ZÀ-Þ])")
        return of_the_project, named

    @functools.cached_property
    def _set_off_role(self) -> re.Pattern[str]:
        """A runner's role, a clause between commas, then "is" (`_runners_by_role_words`)."""
        regex = self.ctx.cues.regex
        keys = regex["implementer_keys"].pattern + "|" + regex.get("holder_keys", regex["implementer_keys"]).pattern
        return re.compile(
            rf"(?<![\w'’])(?i:(?:{regex['determiners'].pattern})\s*)?(?i:{keys}){_SET_OFF}(?i:{regex['copulas'].pattern})\s+"
        )

    def _runners_by_role_words(self, a: int, b: int) -> list[OrgMention]:
        """The bodies a runner's role names in a span: the subject of "is the project's holder" ("Il
        Comune è ente titolare del progetto") and the name right after the role ("affidata all'ente
        attuatore Cooperativa sociale X")."""
        words = self._runner_role_words
        if words is None:
            return []
        of_the_project, named = words
        ctx = self.ctx
        out: list[tuple[OrgMention, bool]] = []  # (a body, whether words of its kind stand before it)
        for m in of_the_project.finditer(ctx.text, a, b):
            out += [(o, True) for o in self._named_before_copula(a, m.start(1))]
        kinds = ("org_heads", "organisation", "organisme", "organization", "organisatie", "organizzazione")
        det = ctx.cues.regex["determiners"].pattern
        for m in named.finditer(ctx.text, a, b):
            if ctx.cues.search("project_nouns", m.group(0)):
                continue  # "titolare del progetto SAI": the project's name follows, not its runner's
            key = re.sub(rf"^(?:(?:{det})\s*)?", "", m.group(0), flags=re.I).strip(" ,").lower()
            if ctx.cues.has("org_heads", key) or key in kinds:
                continue  # "de l'association Relais Numérique 14": a kind of body, no role in the project
            # (past the kind of body the name leaves out: "l'ente attuatore Cooperativa sociale X")
            found = [
                (o, o.start > m.end())
                for o in ctx.orgs_in(m.end(), min(b, m.end() + 80))
                if re.fullmatch(r"(?:[^\W\d_]+\s+){0,2}", ctx.text[m.end() : o.start]) and o.start - m.end() <= 25
            ][:1]
            # (or a name no rule read, set off by commas, after the role with its article: "la
            # structure porteuse, La Vie Active,"; not "gemeinnützige Träger, Vereine und ...", a list
            # of kinds, nor a person's name: "notre coordinatrice, Claire Mabit, au 02 41 ...")
            with_article = re.match(rf"(?:{det})\s*\S", m.group(0), re.I) is not None
            if not found and with_article and re.search(r",\s*$", m.group(0)):
                words = leading_name_words(ctx.text[m.end() : min(b, m.end() + 70)].split(",")[0], ctx.cues)
                if words and not _person_shaped(words, ctx):
                    found = [(o, True) for o in self._name_after(m.end(), b)]
            out += found
        # (the role, a clause between commas, then "is" and the name: "L'ente attuatore, individuato
        # con procedura ad evidenza pubblica, è la Cooperativa sociale X")
        for m in self._set_off_role.finditer(ctx.text, a, b):
            out += [(o, True) for o in ctx.orgs_in(m.end(), b) if self._right_after(m.end(), o)][:1]
        # (not a person a role names: "zegt projectleider Sanne Veldhuis"; nor a contact line's
        # word, "Projektleitung, Tel.")
        return [
            o
            for o, kind_before in out
            if ctx.is_implementer_org(o.iri)
            and not ctx.is_speaker(o)
            and (kind_before or not _person_shaped(o.name, ctx))
        ]

    def _quotes_another_name(self, text: str, label: str) -> bool:
        """Whether a sentence quotes a name of two words or more other than the project's."""
        for m in _QUOTED.finditer(text):
            name = next(g for g in m.groups() if g is not None)
            # (a name, not words someone said: up to five words, not opening the sentence)
            if m.start() == 0 or not 2 <= word_count(name) <= 5 or re.search(r"[.,;:!?]", name):
                continue
            if name[:1].isupper() and fold(name) not in fold(label):
                return True
        return False

    def _news_intertitle(self, u: Unit) -> bool:
        """Whether a heading is a news story's intertitle: on a newspaper's site, a few words naming
        no one and no fund, on a page that names one project only."""
        ctx = self.ctx
        return (
            ctx.is_media_site
            and len(self.projects) == 1
            and word_count(u.text) <= 5
            and not ctx.orgs_in(u.start, u.end)
            and not ctx.funders_in(u.start, u.end)
        )

    def _partner_elsewhere(self, p: ProjectFact, o: OrgMention, u: Unit) -> bool:
        """Whether the project's partner o is said a partner only outside unit u, and u names it
        before the project, as its sentence's subject ("Stichting X voert het project "Y" uit",
        then "Het college onderzoekt samen met Stichting X of een vervolg op "Y" mogelijk is")."""
        ev = p.partners.get(o.iri)
        return ev is not None and not (ev.start < u.end and u.start < ev.end) and o.end <= p.evidence.start

    def _named_before_copula(self, lo: int, at: int) -> list[OrgMention]:
        """The organisations named right before "is"/"are" ending at `at`, with those "and" joins
        to the last ("A e B sono partner", "A and B are partners"); none without the verb."""
        ctx, cues = self.ctx, self.ctx.cues
        verbs = rf"(?:{cues.regex['copulas'].pattern}|{cues.regex['plural_copulas'].pattern})"
        before = [o for o in ctx.orgs_in(lo, at) if o.end <= at]
        if not before or not re.fullmatch(rf"\s+(?i:{verbs})\s+", ctx.text[before[-1].end : at]):
            return []
        out = [before[-1]]
        for prev in reversed(before[:-1]):
            if not ctx.joined_by_and(prev.end, out[-1].start):
                break
            out.append(prev)
        return out

    def _lead_after_role(self, a: int, b: int) -> OrgMention | None:
        """The organisation a clause that opens with a lead role names after its verb "is":
        "Capofila è il Comune di X", "Chef de file du projet est l'association X", "Penvoerder is
        de stad X" (the role first, no word before it but an article)."""
        ctx, cues = self.ctx, self.ctx.cues
        copula = cues.regex["copulas"].pattern
        for role in cues.find("lead_roles", ctx.text[a:b]):
            start, end = a + role.start(), a + role.end()
            opening = re.split(r"[.;:!?]\s|,\s", ctx.text[a:start])[-1].strip()
            if opening and not cues.has("determiners", opening):
                continue
            verb = re.match(rf"(?:\s+[\w'’]+){{0,3}}?\s+(?:{copula})\s+", ctx.text[end:b], re.I)
            if verb is None:
                # (past a clause between commas: "L'ente attuatore, individuato con procedura ad
                # evidenza pubblica, è la Cooperativa X")
                verb = re.match(rf"{_SET_OFF}(?:{copula})\s+", ctx.text[end:b], re.I)
            if verb is None:
                continue
            after = [o for o in ctx.orgs_in(end + verb.end(), b) if self._right_after(end + verb.end(), o)]
            if after:
                return after[0]
        return None

    def _named_before_role(self, lo: int, at: int) -> OrgMention | None:
        """The organisation a lead role starting at `at` is said of, named right before it and not
        before `lo`: "X in qualità di capofila", "Le Forem (Office wallon de ... l'emploi) est chef
        de file" (past its long form)."""
        ctx = self.ctx
        before = [o for o in ctx.orgs_in(max(lo, at - 120), at) if o.end <= at]
        for o in reversed(before):
            if _LEAD_BEFORE.fullmatch(re.sub(r"\s*\([^()]{0,120}\)", "", ctx.text[o.end : at])):
                return o
        return None

    @functools.cached_property
    def _owned_by_opening(self) -> re.Pattern[str] | None:
        # (after the name's closing quote and a comma: "« Boussole », du Service Droit des Jeunes";
        # or a dash and a project noun with an article and up to two words: '"Gezond van start" –
        # een landelijk project van VluchtelingenWerk Nederland')
        cues = self.ctx.cues
        noun = (
            rf"|[\s»”“\"'’]*\s[–—-]\s+(?:[^\W\d_]+\s+){{1,3}}(?i:{cues.regex['project_nouns'].pattern})\s+"
            if cues.words.get("project_nouns")
            else ""
        )
        return self._cue_opening("owned_by", rf"(?:[\s»”“\"'’]*,?\s*{noun})")

    @functools.cached_property
    def _given_to_opening(self) -> re.Pattern[str] | None:
        return self._cue_opening("given_to", r"\s+")

    def _cue_opening(self, key: str, lead: str) -> re.Pattern[str] | None:
        """A cue list's words after `lead`, then the space (or the apostrophe) before a name; None
        where the language has no such list."""
        cues = self.ctx.cues
        if not cues.words.get(key):
            return None
        return re.compile(rf"{lead}(?:{cues.regex[key].pattern})(?:\s+|(?<=['’]))", re.I)

    @functools.cached_property
    def _role_of_ends(self) -> tuple[list[int], re.Pattern[str] | None]:
        """Where a runner's role "of" ends in the text ("le porteur de ", "Träger von „"), read once
        per page, and what may follow the project's name there (a comma, a copula)."""
        ctx, cues = self.ctx, self.ctx.cues
        if not cues.words.get("implementer_keys"):
            return [], None
        role_of, after = _role_of_patterns(
            cues.regex["implementer_keys"].pattern,
            cues.regex["of_words"].pattern,
            cues.regex["determiners"].pattern,
            cues.regex["copulas"].pattern,
        )
        return [m.end() for m in role_of.finditer(ctx.text)], after

    def _runner_by_role(self, p: ProjectFact) -> list[OrgMention]:
        """The body set after a runner's role of the project, anywhere in the text: "le porteur de
        Roue Libre, l'asbl Lire et Écrire", "Träger von „X“ ist der Verein Y"."""
        ctx = self.ctx
        name = p.label.strip()
        ends, after = self._role_of_ends
        if len(name) < 4 or after is None:
            return []
        for at in ends:
            if ctx.text[at : at + len(name)].lower() != name.lower():
                continue
            m = after.match(ctx.text, at + len(name))
            if m is None:
                continue
            found = [o for o in ctx.orgs_in(m.end(), m.end() + 80) if self._right_after(m.end(), o)]
            if found and ctx.is_implementer_org(found[0].iri):
                return found[:1]
        return []

    def _owner_after_name(self, p: ProjectFact, a: int, b: int) -> list[OrgMention]:
        """The organisation a genitive names right after the project's name in a span ("het project
        "Samen Vooruit" van Stichting X", "le projet « Cap » de l'association Y"), and the one a
        sum in the same sentence is given to ("een subsidie van € 45.000 aan Stichting Z voor het
        project "Werkfit""): whose the project is."""
        ctx = self.ctx
        opening = self._owned_by_opening
        name = p.label.strip()
        out: list[OrgMention] = []
        if opening is None or len(name) < 3:
            return out
        text = ctx.text
        at = text.find(name, a, b)
        if at < 0:
            return out
        after = opening.match(text, at + len(name), b)
        if after is not None:
            found = [o for o in ctx.orgs_in(after.end(), b) if self._right_after(after.end(), o)]
            out += found[:1]
        given = self._given_to_opening
        for m in ctx.amounts_in(a, b) if given is not None and not out else ():
            to = given.match(text, m.end, b)
            if to is None:
                continue
            found = [o for o in ctx.orgs_in(to.end(), b) if self._right_after(to.end(), o)]
            if found and found[0].end <= at:
                out.append(found[0])  # (the sum's receiver named before the project it is for)
                break
        return out

    def _right_after(self, pos: int, o: OrgMention) -> bool:
        """Whether a name follows `pos` with only an article or an organisation's head noun between
        ("la cooperativa sociale X", "le X")."""
        gap = self.ctx.text[pos : o.start]
        return bool(_LEAD_AFTER.fullmatch(gap)) or self.ctx.cues.has("org_heads", gap.strip(" ,:"))

    def _name_before_bracket(self, o: OrgMention) -> str | None:
        """The body whose name stands right before a mention in brackets: "the Refugee Facilities
        Administration of the Ministry of the Interior (SUZ)"."""
        ctx = self.ctx
        if ctx.text[o.start - 1 : o.start] != "(":
            return None
        return next(
            (m.iri for m in ctx.orgs_in(o.start - 100, o.start) if re.fullmatch(r"\s*\(", ctx.text[m.end : o.start])),
            None,
        )

    @functools.cached_property
    def _named_authorities(self) -> set[str]:
        """The bodies the text names in a fund's authority role ("The Funds and Programmes Division
        (FPD), within the ministry ..., is the Managing Authority for AMIF")."""
        return {o for _f, o, _ev in find_authorities(self.ctx, self.doc_funders)}

    def _lead_orgs(self) -> list[str]:
        """Implementing organisations named in the document's first paragraph that speaks of funds
        (not those it names as paying beside a fund: "door het AMIF en door de VVSG")."""
        ctx = self.ctx
        payers = cofunding_orgs(ctx)
        for u in ctx.units:
            if ctx.funders_in(u.start, u.end):
                para = [x for x in ctx.units if x.paragraph == u.paragraph]
                orgs = list(
                    dict.fromkeys(
                        o.iri
                        for x in para
                        # (not one a sentence sets apart: "Het COA ... heeft geen rol in het project")
                        if not ctx.cues.search("not_part_of", x.text)
                        for o in ctx.orgs_in(x.start, x.end)
                        if ctx.is_implementer_org(o.iri)
                        and not ctx.is_speaker(o)
                        and not ctx.is_partner_mention(o)
                        and not ctx.is_named_as_partner(o)
                        and o.iri not in payers
                        # (nor one the text says gives a sum: "Tours Métropole apporte 30 000 euros")
                        and o.iri not in self.doc_contributors
                    )
                )
                # (one body: "the Refugee Facilities Administration of the Ministry of the Interior
                # (SUZ)", its short form in brackets right after its name)
                shorts = {
                    o.iri
                    for x in para
                    for o in ctx.orgs_in(x.start, x.end)
                    if (before := self._name_before_bracket(o)) not in (None, o.iri) and before in orgs
                }
                orgs = [o for o in orgs if o not in shorts]
                if orgs:
                    return orgs
        return []

    def _years_from(self, p: ProjectFact, a: int, b: int, confidence: float) -> bool:
        periods = [pm for pm in self.ctx.periods_in(a, b) if pm.kind != "date"]
        ranked = sorted(
            periods,
            key=lambda pm: {"range": 0, "duration": 1, "from": 2, "until": 3, "year": 9}.get(pm.kind, 5),
        )
        launched = self._launch_year(a, b)
        history = [pm for pm in periods if pm.kind == "from" and self._a_bodys_history(p, a, pm.start)]
        if any(pm.start_year == launched for pm in history):
            launched = None  # ("since 1990" of the body that runs it: no start of the project's)
        for pm in ranked:
            if pm.kind == "year":
                continue
            if pm in history:
                continue  # "run by X, the NGO that has worked with migrants since 1990": the body's years
            if confidence < 0.9 and self._is_programming_period(pm):
                continue  # "la programmazione 2014-2020", "AMIF 2021-2027": the fund's period, not the project's
            p.start_year, p.end_year = pm.start_year, pm.end_year
            if pm.kind == "until" and launched is not None and launched <= (pm.end_year or launched):
                # "a démarré le 1er janvier 2023 et se terminera le 31 décembre 2026"; a start by one
                # date and an end by a later one ("dovranno essere avviate entro il 1° ottobre 2024 e
                # concluse entro il 31 marzo 2026"): the latest end
                p.start_year = launched
                p.end_year = max(q.end_year or 0 for q in periods if q.kind == "until") or pm.end_year
            if pm.kind == "from" and pm.end_year is None:
                # a start, then an end in the same words: one span ("avranno inizio a decorrere dal
                # 1° ottobre 2023 e dovranno concludersi entro il 30 giugno 2026")
                ends = [
                    q.end_year
                    for q in periods
                    if q.kind == "until" and q.start >= pm.end and (q.end_year or 0) >= (pm.start_year or 0)
                ]
                p.end_year = max(ends, default=None)
            p.open_ended = pm.kind == "from" and p.end_year is None  # "depuis 2022", "seit 2022"
            p.years_evidence = Evidence(a, b, confidence)
            return True
        if launched is not None:
            p.start_year, p.end_year = launched, None
            p.years_evidence = Evidence(a, b, confidence * 0.8)
            return True
        # "une subvention de 38 500 € accordée pour l'année 2024": a lone year its words give as the
        # one the money is for
        for pm in periods:
            if pm.kind == "year" and _FOR_THE_YEAR.search(self.ctx.text, max(a, pm.start - 25), pm.start):
                p.start_year = p.end_year = pm.start_year
                p.years_evidence = Evidence(a, b, confidence * 0.8)
                return True
        # "Beitrag: 18.500 Euro | Laufzeit: 2024": a lone year a duration's key gives
        keys = self.ctx.cues.regex["duration_keys"].pattern if self.ctx.cues.words.get("duration_keys") else None
        for pm in periods:
            before = self.ctx.text[max(a, pm.start - 25) : pm.start]
            if pm.kind == "year" and keys and re.search(rf"(?<!\w)(?:{keys})\s*:\s*$", before, re.I):
                p.start_year = p.end_year = pm.start_year
                p.years_evidence = Evidence(a, b, confidence * 0.8)
                return True
        return False

    def _launch_year(self, a: int, b: int) -> int | None:
        """ "lancé en mai 2016", "Début 2012, X lançait le projet", "Avviato il 31 luglio 2023": one
        year (alone or in a date) with a word of starting beside it, in one sentence, is the start."""
        text = self.ctx.text
        for m in self.ctx.cues.find("launch_words", text[a:b]):
            lo, hi = a + m.start(), a + m.end()
            before = re.split(r"[.;!?]\s", text[max(a, lo - 30) : lo])[-1]
            after = re.split(r"[.;!?]\s", text[hi : min(b, hi + 40)])[0]
            # not the year of an end cue that follows ("... et se terminera le 31 décembre 2026")
            after = re.split(r"\s(?:" + self.ctx.cues.regex["and_words"].pattern + r")\s", after, flags=re.I)[0]
            years = {int(y) for y in _YEAR.findall(before + " " + after)}
            if len(years) == 1:
                return years.pop()
        return None

    def _is_programming_period(self, pm: PeriodMention) -> bool:
        """A programming period named as such: after a programming cue or right after a fund."""
        if (pm.start_year, pm.end_year) not in programming_periods():
            return False
        before = self.ctx.text[max(0, pm.start - 40) : pm.start]
        if re.search(self.ctx.cues.regex["programming_cues"].pattern + r"\W{0,3}(?:\w+\W+){0,1}$", before, re.I):
            return True
        if re.search(r"(?i:\w*program(?:m|me|ma|mes|mi|ms|mmes)?)\W{1,3}$", before):
            return True  # "im Rahmen des Landesprogramms 2021–2027": a programme's whole period
        near = self.ctx.funders_in(max(0, pm.start - 60), pm.end)  # "FAMI 2021-2027" may be one fund name
        return any(f_start <= pm.start and pm.start - f_end <= 3 for _, f_start, f_end in near)

    @functools.cached_property
    def _title_year(self) -> int | None:
        """The one year a title ties funding to ("24 projects receive subsidies in 2023")."""
        title = self.ctx.doc.title or ""
        periods = find_periods(title, self.ctx.lang)
        if len(periods) == 1 and periods[0].kind == "year":
            # Not the year of a date in another language's words ("Koninklijk besluit ..., de 10
            # janvier 2021" on a bilingual page): the publication's date, not the projects' year.
            year = periods[0].start_year
            if any(pm.kind == "year" and pm.start_year == year for pm in find_periods(title, None)):
                return year
        return None

    def _a_bodys_history(self, p: ProjectFact, a: int, at: int) -> bool:
        """Whether the words before `at` (from a) set an organisation, then a relative clause that
        runs to it, with no word of the project between ("X, the NGO that has worked ... since",
        "l'association X, installée dans le quartier depuis", "X, die seit"): the body's history."""
        ctx = self.ctx
        named = [o for o in ctx.orgs_in(a, at) if at - o.end <= 90]
        if not named:
            return False
        between = ctx.text[named[-1].end : at]
        if p.label.lower() in between.lower() or ctx.cues.search("project_nouns", between):
            return False
        return (
            re.match(r",\s", between) is not None
            and re.search(
                r"(?i)(?<!\w)(?:that|which|who|qui|que|die|dat|welche[rs]?|che|installée?s?|active?s?)(?!\w)", between
            )
            is not None
        )

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
                periods = [
                    pm
                    for pm in ctx.periods_in(u.start, u.end)
                    if pm.kind in ("range", "until", "from") and not self._is_programming_period(pm)
                ]
                if periods:
                    return periods[0], u
        return None

    def _years_said_of_all(self, p: ProjectFact, named_in: set[int]) -> bool:
        """On a page of several projects, a sentence of its own that speaks of them all and gives a
        period ("Le attività prenderanno avvio nel mese di luglio 2024 e dovranno concludersi entro
        il 31 dicembre 2026."): their years, for a project whose own words give none."""
        if len(self.projects) < 2:
            return False
        # (after it; or in the lead, before the first project: "I progetti si svolgeranno nel
        # triennio 2024-2026." under the sentence that announces them)
        first = min(q.unit for q in self.projects)
        for j in self._sentences_on_all:
            u = self.ctx.units[j]
            # (the lead's sentence may count as the first project's opening words: it is all of theirs)
            if (j < first or (j not in named_in and j > p.unit)) and self._years_from(p, u.start, u.end, 0.45):
                return True
        return False

    @functools.cached_property
    def _top_ups(self) -> list[tuple[set[str], dict[str, Evidence]]]:
        """The sentences that say a government's own money tops up a fund's: the governments (or
        the state's money) and the funds each names: in the page's lead, before its first project
        (one project's own words say what pays that project alone)."""
        ctx = self.ctx
        out = []
        first = min((p.unit for p in self.projects), default=len(ctx.units))
        for u in ctx.units[:first]:
            if u.kind != "sentence" or ctx.cues.search("tops_up", u.text) is None:
                continue
            named = {f for f, _s, _e in ctx.funders_in(u.start, u.end)}
            funds = {f: Evidence(u.start, u.end, 0.5) for f in named if ctx.is_fund(f)}
            payers = named - set(funds)
            if funds and payers:
                out.append((payers, funds))
        return out

    @functools.cached_property
    def _sentences_on_all(self) -> list[int]:
        """The sentences that open on all of a page's projects ("Le attività ...", "Tous les projets ...")."""
        # (not one that gives each project its own of the payers it names: "Ils bénéficient, selon les
        # cas, d'un cofinancement européen au titre du FAMI ou d'une subvention de l'État")
        cues = self.ctx.cues
        return [
            j
            for j, u in enumerate(self.ctx.units)
            if u.kind == "sentence"
            and self._speaks_of_all(u.text)
            and not (cues.words.get("case_by_case") and cues.search("case_by_case", u.text))
        ]

    def _amounts_from(self, p: ProjectFact, a: int, b: int) -> None:
        """ "€ 5,139,366.07 (€ 3,854,524.55 by AMIF & € 1,284,841.52 by the national budget)": a
        total, then each funder's share; an amount alone goes to the project's only funder."""
        ctx, cues = self.ctx, self.ctx.cues
        # (not a sum said with the fund's whole programming period: "Il programma X dispone per il
        # periodo 2021-2027 di 150 milioni di euro")
        amounts = [am for am in ctx.amounts_in(a, b) if not self._in_a_programming_period(am.start)]
        if not amounts or self._opens_on_a_call(a, b):
            return
        ev = Evidence(a, b, 0.8)
        # "EU contribution: 1 225 306,00 € (50%)", "Total cost €636,000, EU €477,000": the EU's share
        # (the total is read below, with the funders' shares of it).
        p.take_costs([r for r in find_money_roles(ctx.text[a:b], ctx.lang) if r.role == "eu_contribution"], ev)
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

    def _names_a_programming_period(self, a: int, b: int) -> bool:
        """Whether the words a..b give a fund's whole programming period after a word of period ("per
        il periodo 2021-2027", "pour la période 2021-2027"): their sums are the fund's or its
        programme's, no project's (a fund's name with its years, "FAMI 2021-2027", says no period)."""
        ctx = self.ctx
        return any(
            (m.start_year, m.end_year) in programming_periods()
            and ctx.cues.search("duration_keys", ctx.text[max(a, m.start - 25) : m.start].lower()) is not None
            for m in ctx.periods_in(a, b)
        )

    def _in_a_programming_period(self, pos: int) -> bool:
        """Whether the sentence at `pos` gives a fund's whole programming period (`_names_a_programming_period`)."""
        j = self.ctx.unit_index(pos)
        if not 0 <= j < len(self.ctx.units):
            return False
        u = self.ctx.units[j]
        return self._names_a_programming_period(u.start, u.end)

    def _an_envelopes_sum(self, am: Amount) -> bool:
        """Whether an envelope's noun stands right before the sum ("een envelop van € 50 miljoen"):
        in a sentence of the page's, a budget line's whole; a project's own words may call its
        budget so ("Il bénéficie d'une enveloppe de 78 000 €"), which its own reading takes."""
        return self.ctx.cues.search("envelope_nouns", self.ctx.text[max(0, am.start - 30) : am.start]) is not None

    def _opens_on_a_call(self, a: int, b: int) -> bool:
        """Whether the words a..b are about a call for proposals, which they open with ("L'avviso
        Fami da cui nasce il progetto aveva una dotazione di 35 milioni", "Der Förderaufruf, aus dem
        das Projekt stammt, ist mit 10 Millionen Euro ausgestattet"): its sums are the call's."""
        head = self.ctx.text[a:b].lstrip()[:60]
        call = self.ctx.cues.search("call_words", head)
        return call is not None and call.start() <= 4

    def read_payer_shares(self) -> None:
        """A payer's own line of a breakdown gives its share ("Bijdrage Stad X: € 40.000"): the
        amount of each project it funds, where no other share of its is read: the line among the
        project's own words where it has several."""
        for o, evs in self.breakdown_payers.items():
            for p in self.projects:
                if o not in p.funders or o in p.amounts:
                    continue
                said = p.funders[o]
                own = [ev for ev in evs if ev.start < said.end and said.start < ev.end]
                ev = own[0] if own else evs[0] if len(evs) == 1 else None
                amounts = self.ctx.amounts_in(ev.start, ev.end) if ev is not None else []
                if amounts:
                    p.amounts[o] = (amounts[0].value, amounts[0].currency, ev)

    def read_fund_shares(self) -> None:
        """A fund's own line in the breakdown of a project's money gives the fund's share ("- Bijdrage
        uit het AMIF (75%): € 480.000" over "- Cofinanciering gemeente X: € 18.000"; "Contributo
        FAMI (quota UE, 75%): € 556.738,95" under "Costo totale del progetto: € 742.318,60"). The
        breakdown is the project's where one of its sums (a co-funder's share, its total) was read
        from one of its lines; a line there with one sum, a key of a few words before it and little
        after, that names one of the project's funds (or the state's money) without a share, or says
        it is the Union's share where the project has one Union fund without a share, gives it. Not
        a line another project's name or money was read from (a list of projects, each with its own
        sum, is no breakdown). A table's row too: a breakdown the page gives apart from the table."""
        ctx = self.ctx
        spans = {id(p): [p.evidence, *(ev for _v, _c, ev in p.amounts.values())] for p in self.projects}
        others = {id(p): [ev for q in self.projects if q is not p for ev in spans[id(q)]] for p in self.projects}
        for p in self.projects:
            unpaid = [
                f
                for f in p.funders
                if f not in p.amounts and f not in p.same_money and (ctx.is_fund(f) or f == NATIONAL)
            ]
            read = [ev for _v, _c, ev in p.amounts.values()]
            if not unpaid or not read:
                continue
            if None in p.amounts:
                self._share_of_the_total(p, unpaid)
            union_funds = [f for f in unpaid if f != NATIONAL]  # (the Union's share is theirs where one)
            for lines in self._share_line_blocks:
                if not any(a <= ev.start < b for a, b in lines for ev in read):
                    continue
                for a, b in lines:
                    amounts = ctx.amounts_in(a, b)
                    if len(amounts) != 1 or any(a <= ev.start < b for ev in read):
                        continue
                    if any(a < ev.end and ev.start < b for ev in others[id(p)]):
                        continue  # (another project's line: its name or its money is read from it)
                    if word_count(ctx.text[a : amounts[0].start]) > 10 or word_count(ctx.text[amounts[0].end : b]) > 6:
                        continue  # a breakdown's line is a key and its sum, not a project's sentence
                    named = {f for f, s, _e in ctx.funders_in(a, amounts[0].start) if f in p.funders}
                    if (
                        not named
                        and len(union_funds) == 1
                        and any(r.role == "eu_contribution" for r in find_money_roles(ctx.text[a:b], ctx.lang))
                    ):
                        named = set(union_funds)
                    if len(named) == 1 and (f := next(iter(named))) in unpaid:
                        p.amounts[f] = (amounts[0].value, amounts[0].currency, Evidence(a, b, 0.7))
                        unpaid.remove(f)
                        union_funds = [f for f in unpaid if f != NATIONAL]

    def _share_of_the_total(self, p: ProjectFact, unpaid: list[str]) -> None:
        """The share an "of which" clause gives right after the project's total ("Coût total :
        612.500 euros, dont 245.000 euros FSE+", "Gesamtbudget: 486.200 Euro, davon 364.650 Euro
        EU-Mittel", "Budget: € 296.400 (waarvan € 222.300 Europese bijdrage)"): the fund named after
        the share, before its clause ends, or the project's one Union fund where the words after the
        share speak of the Union's money. Taken from `unpaid` once read."""
        ctx = self.ctx
        value, _currency, ev = p.amounts[None]
        for total in ctx.amounts_in(ev.start, ev.end):
            m = self._share_of_after_sum.match(ctx.text, total.end, total.end + 20) if total.value == value else None
            share = ctx.amounts_in(m.end(), m.end() + 40)[:1] if m else []
            if not share or share[0].start - m.end() > 2 or share[0].value >= value:
                continue
            am = share[0]
            after = ctx.text[am.end : am.end + 60]
            stop = re.search(r"[.;)\n]|\s[–—]\s|,\s", after)
            end = am.end + (stop.start() if stop else len(after))
            later = ctx.amounts_in(am.end, end)
            end = later[0].start if later else end
            named = {f for f, _s, _e in ctx.funders_in(am.end, end) if f in unpaid}
            union_funds = [f for f in unpaid if f != NATIONAL]
            if not named and len(union_funds) == 1 and ctx.cues.search("eu_money", ctx.text[am.end : end]):
                named = set(union_funds)
            if len(named) == 1:
                f = named.pop()
                p.amounts[f] = (am.value, am.currency, Evidence(total.start, end, 0.7))
                unpaid.remove(f)
            return

    def read_page_costs(self) -> None:
        """A page about one project that states its costs apart from where it names the project
        ("The total cost of the project is €636,000 (477 000 euros of EU funds)"): a sentence that
        speaks of "the project" and gives a total cost or an EU share gives that project's."""
        projects = [p for p in self.projects if p.funders]
        if len(projects) != 1 or projects[0].amounts or projects[0].eu_share is not None:
            return
        p = projects[0]
        ctx, cues = self.ctx, self.ctx.cues
        for u in ctx.units:
            if not cues.search("anaphora", u.text):
                continue
            if p.take_costs(find_money_roles(u.text, ctx.lang), Evidence(u.start, u.end, 0.7)):
                return

    def read_page_shares(self) -> None:
        """A page about one project that says each payer's part in a sentence of its own, apart
        from where it names the project ("Les trois quarts, soit 159.300 euros, sont financés par
        le FAMI", "Die Stadt X beteiligt sich mit 25.000 Euro"): a sentence with one sum and one of
        the project's funders gives that funder's share, where no share of its was read."""
        projects = [p for p in self.projects if p.funders]
        if len(projects) != 1:
            return
        p = projects[0]
        ctx, cues = self.ctx, self.ctx.cues
        read = SpanSet((ev.start, ev.end) for _v, _c, ev in p.amounts.values())
        grouped = SpanSet((g.evidence.start, g.evidence.end) for g in self.aggregates)
        for u in ctx.units:
            if u.kind != "sentence" or cues.search("negations", u.text):
                continue
            if read.overlaps(u.start, u.end):
                continue  # its sums are read already, with the project's own words
            amounts = ctx.amounts_in(u.start, u.end)
            if len(amounts) != 1:
                continue
            if grouped.overlaps(u.start, u.end) or cues.search("plural_nouns", u.text):
                continue  # a sum of several projects, or of the fund's whole programme
            if self._opens_on_a_call(u.start, u.end) or self._an_envelopes_sum(amounts[0]):
                continue  # the call's envelope, or a budget line's ("een envelop van € 50 miljoen")
            if any(ctx.is_country(m.text) for m in ctx.in_span(ctx.places, u.start, u.end)):
                continue  # "Aus dem AMIF stehen Österreich rund 161 Mio. Euro zur Verfügung": a state's envelope
            if self._names_a_programming_period(u.start, u.end):
                continue  # "le FAMI dispose de 9,88 milliards d'euros pour la période 2021-2027": the fund's own
            named = {f for f, _s, _e in ctx.funders_in(u.start, u.end)}
            named |= {o.iri for o in ctx.orgs_in(u.start, u.end)}
            payers = [f for f in p.funders if f in named]
            rest = cues.search("remainder_words", u.text)
            if not payers and p.implementers and rest:
                # "Le solde, 130.000 euros, est pris en charge par l'État, via le ministère X": the
                # rest of the project's money, and who pays it
                # (a government's money, not the runner's own: "Le reste est pris sur les fonds
                # propres de l'association", "Den Rest trägt der Verein aus Spenden")
                said = [f for f, _s, _e in ctx.funders_in(u.start, u.end) if f not in p.implementers]
                for v in cues.find("via_words", u.text) if said else ():
                    after = ctx.orgs_in(u.start + v.end(), u.end)
                    if after and after[0].start - (u.start + v.end()) <= 8:
                        said.append(after[0].iri)  # (the ministry the state's money goes through)
                for f in dict.fromkeys(said):
                    if not ctx.is_eu_body(f):
                        p.funders.setdefault(f, Evidence(u.start, u.end, 0.55))
                payers = list(dict.fromkeys(said))
            if rest and NATIONAL in payers:
                payers = [NATIONAL]  # the state's share, whoever passes it on ("via le ministère X")
            if len(payers) == 1 and payers[0] not in p.amounts:
                am = amounts[0]
                p.amounts[payers[0]] = (am.value, am.currency, Evidence(u.start, u.end, 0.6))

    def read_clause_shares(self) -> None:
        """Each payer's part of a project's money, where the project's words break it down clause
        by clause ("Die Gesamtkosten betragen 742.000 Euro, davon 556.500 Euro aus dem AMIF",
        "l'AMIF paie 312.600 euros, la ville 104.200 euros", "75 % AMIF (459.360 €) · 20 %
        Freistaat Sachsen (122.496 €)", a financing table's rows): a payer and the one sum said
        with it, not the total, give that payer's share, where no share of its was read. A
        breakdown that gives one of the project's funders its share names the others who pay."""
        ctx = self.ctx
        funded = [p for p in self.projects if p.funders]
        grouped = SpanSet((g.evidence.start, g.evidence.end) for g in self.aggregates)

        def claimed(q: ProjectFact) -> set[int]:
            # (the units a project's words hold: where it is named and described, where its
            # funders were read)
            return {*q.scope_units, q.unit, *(ctx.unit_index(ev.start) for ev in q.funders.values())}

        # (how many projects hold each unit, kept as the loop gives funders to a project, so that
        # a project's own units are found without going over every other project)
        claims = {id(q): claimed(q) for q in funded}
        holders = Counter(j for js in claims.values() for j in js)
        for p in funded:
            if len(funded) == 1:
                units = range(len(ctx.units))
            else:
                # (its own words, and where its money was read; not what another project's words hold)
                mine = claims[id(p)]
                own = mine | {ctx.unit_index(ev.start) for _v, _c, ev in p.amounts.values()}
                units = sorted(i for i in own if 0 <= i < len(ctx.units) and holders[i] == (i in mine))
            said = [i for i in units if self._may_break_down_money(ctx.units[i], grouped)]
            # (a table's rows are one breakdown: each row a payer)
            for run in self._breakdowns(said):
                shares = [(i, *share) for i in run for share in self._clause_shares(p, ctx.units[i])]
                if any(payer in p.funders for _i, payer, _am, _ev in shares):
                    self._take_shares(p, shares)
                for i in run if shares and None not in p.amounts else ():
                    u = ctx.units[i]
                    stated = self._totals_in(u.start, u.end)
                    if len(stated) == 1 and None not in p.amounts:
                        p.amounts[None] = (stated[0].value, stated[0].currency, Evidence(u.start, u.end, 0.6))
            now = claimed(p)
            holders.subtract(claims[id(p)])
            holders.update(now)
            claims[id(p)] = now

    def _may_break_down_money(self, u: Unit, grouped: SpanSet) -> bool:
        """Whether unit u may give a project's payers their parts: not a heading, a count's sum, a
        call's words or a programme's for its whole period."""
        return not (
            u.kind == "heading"
            or grouped.overlaps(u.start, u.end)
            or self._opens_on_a_call(u.start, u.end)
            or self._names_a_programming_period(u.start, u.end)
        )

    def _breakdowns(self, units: list[int]) -> list[list[int]]:
        """The units in runs: a table's consecutive rows together, a record's consecutive lines
        together, any other unit alone."""
        runs: list[list[int]] = []
        for i in units:
            u = self.ctx.units[i]
            if runs and u.kind in ("row", "kv") and runs[-1][-1] == i - 1 and self.ctx.units[i - 1].kind == u.kind:
                runs[-1].append(i)
            else:
                runs.append([i])
        return runs

    def _take_shares(self, p: ProjectFact, shares: list[tuple[int, str, Amount, Evidence]]) -> None:
        total = p.amounts.get(None)
        for i, payer, am, ev in shares:
            if payer in p.amounts:
                continue
            if total is not None and am.value == total[0]:
                # the total restated, unless the line that gave it breaks the money down payer by
                # payer ("75 % AMIF (459.360 €) · 25 % Bund (153.120 €)"): then it was the first
                # payer's part, read for the whole
                u = self.ctx.units[i]
                # (or a funder's part the total was read from: "Für das Projekt gibt es 310.000 Euro aus
                # dem AMIF", one sum, no word of a total)
                read_for_the_whole = (
                    len(shares) == 1 and payer in p.funders and self._read_for_the_whole(payer, am, total[2])
                )
                if not read_for_the_whole and (
                    len(shares) < 2 or not (total[2].start < u.end and u.start < total[2].end)
                ):
                    continue
                del p.amounts[None]
                total = None
            p.funders.setdefault(payer, ev)
            p.amounts[payer] = (am.value, am.currency, ev)

    def _read_for_the_whole(self, payer: str, am: Amount, where: Evidence) -> bool:
        """Whether the sum a payer is said with is the one the project's total was read from, the
        payer named right after it and no word calling it a total ("Für das Projekt gibt es 310.000
        Euro aus dem AMIF"): the payer's part, taken for the whole where it was the only sum."""
        if not (where.start <= am.start < where.end) or not self._payer_right_after(am, payer):
            return False
        return am.start not in {t.start for t in self._totals_in(where.start, where.end)}

    def _payer_right_after(self, am: Amount, payer: str) -> bool:
        """Whether the payer is named right after the sum, a word of origin between ("310.000 Euro
        aus dem AMIF", "EUR 310,000 from the AMIF", "310.000 euro uit het AMIF")."""
        gap = self._money_from_gap
        if gap is None:
            return False
        return any(
            f == payer and gap.fullmatch(self.ctx.text, am.end, s)
            for f, s, _e in self.ctx.funders_in(am.end, am.end + 200)
        )

    @functools.cached_property
    def _money_from_gap(self) -> re.Pattern[str] | None:
        """A word of origin and an article between a sum and its payer's name ("aus dem", "from the"),
        None in a language without such words."""
        cues = self.ctx.cues
        if not cues.words.get("money_from"):
            return None
        # (an adjective or an owner may stand before the fund's name: "uit het Europese Asiel-, ...",
        # "aus dem EU-...", "from the EU's Asylum, ...")
        return re.compile(rf"\s*{cues.then_article('money_from')}(?:[^\W\d_][\w'’-]*\s+)?")

    @functools.cached_property
    def _page_in_euros(self) -> bool:
        """Whether the page writes a sum in euros."""
        return bool(self.ctx.amounts_in(0, len(self.ctx.text)))

    def _clause_shares(self, p: ProjectFact, u: Unit) -> list[tuple[str, Amount, Evidence]]:
        """(payer, sum, where) for each payer in unit u (a fund, public money, one of p's funders)
        and the sum it is said with: the two nearest each other, clause-wise ("davon 556.500 Euro
        aus dem AMIF", "l'AMIF paie 312.600 euros, la ville 104.200"), with no other payer or sum
        between; not the total. A record line's key is part of it ("Beitrag Stadt X: 40.000 €")."""
        ctx = self.ctx
        a = u.value_start if u.kind == "kv" else u.start
        # (a yearly rate is no part of the whole, nor does it stand between a payer and its part:
        # "Stad X legt daar 9.500 euro per jaar bij, samen 19.000 euro")
        yearly = re.compile(r"\s{0,2}(?:" + ctx.cues.regex["per_year"].pattern + r")(?!\w)", re.I)
        # (a part in another currency is its payer's all the same, "EUR 640,000 from the AMIF and USD
        # 250,000 from the United States Department of State", on a page that counts in euros: where
        # no sum is in euros, the readers of totals, which know euros only, read none of the page's
        # lines, and "Total: PLN 8,000,000 of which PLN 2,483,020 for X" would be split as parts)
        money = ctx.money_in(a, u.end)
        if any(am.currency != "EUR" for am in money) and not self._page_in_euros:
            return []
        amounts = [am for am in money if not yearly.match(ctx.text, am.end, min(u.end, am.end + 16))]
        if not amounts:
            return []
        # (a fund or public money named beside the project's own payers pays its part too: "of
        # which EUR 2,134,500 from AMIF and EUR 711,500 from the State Budget")
        payers = ctx.funders_in(a, u.end)
        # (and a body named beside its own sum in the breakdown: "Stadt X: 40.000 €", "la Province
        # de Y intervient à hauteur de 20.000 euros"; not the project's own runners or partners,
        # a fund's authority or a body of the Union's)
        authorities = {o for _f, o, _ev in self.authorities}
        payers += [
            (o.iri, o.start, o.end)
            for o in ctx.orgs_in(a, u.end)
            if o.iri in p.funders
            or not (o.iri in p.implementers or o.iri in p.partners or o.iri in authorities or ctx.is_eu_body(o.iri))
        ]
        roles = [r for r in find_money_roles(ctx.text[a : u.end], ctx.lang) if r.amount is not None]
        if not payers and not roles:
            return []
        totals = {am.start for am in self._totals_in(a, u.end, roles)}
        # (a sum a colon opens the breakdown of: "Le coût est de 398.600 euros : le FAMI y
        # contribue à hauteur de 298.950 euros")
        totals |= {
            am.start for am in amounts[:-1] if re.match(r"\s*(?:euros?|EUR|€)?\s*:", ctx.text[am.end : am.end + 10])
        }
        # (nor a payer's nought: "Comune di X | 0,00 €" pays nothing)
        parts = [am for am in amounts if am.start not in totals and am.value > 0 and not self._an_envelopes_sum(am)]
        ev = Evidence(u.start, u.end, 0.6)
        out = self._nearest_payers(u, a, amounts, parts, payers, ev)
        total = p.amounts.get(None)
        if total is not None and any(am.value == total[0] for _f, am, _ev in out) and len(out) < len(amounts):
            # the project's total restated beside its payers ("Le coût est de 398.600 euros : le
            # FAMI y contribue à hauteur de 298.950 euros"), not a payer's part: unless every sum
            # of the line is one payer's ("75 % AMIF (459.360 €) · 25 % Bund (153.120 €)")
            parts = [am for am in parts if am.value != total[0]]
            out = self._nearest_payers(u, a, amounts, parts, payers, ev)
        # "Cofinancement UE (75 %) : 765.480 €", "Cofinanziamento nazionale (25%): € 462.500": the
        # Union's part is the project's one fund's, the national part the state's
        paired = {am.start for _f, am, _ev in out}
        funds = [f for f in p.funders if ctx.is_fund(f)]
        for r in roles:
            am = next((x for x in parts if x.start == a + r.amount.start), None)
            if am is None or am.start in paired:
                continue
            if r.role == "eu_contribution" and len(funds) == 1:
                out.append((funds[0], am, ev))
            elif r.role == "national_contribution":
                out.append((NATIONAL, am, ev))
        return out

    def _nearest_payers(
        self,
        u: Unit,
        a: int,
        amounts: list[Amount],
        parts: list[Amount],
        payers: list[tuple[str, int, int]],
        ev: Evidence,
    ) -> list[tuple[str, Amount, Evidence]]:
        """Each payer with the one of `parts` it stands nearest, and that stands nearest it: next
        to each other (no other sum or payer between), with no strong clause break between, the
        fewest weak ones, then the fewest characters."""
        marks: list[tuple[int, int, str | None]] = [(am.start, am.end, None) for am in amounts]
        # (a country between a fund and a sum is the state the sum goes to: "Aus dem AMIF stehen
        # Österreich rund 150 Mio. Euro zur Verfügung", the state's envelope, no project's part)
        countries = [(m.start, m.end, _COUNTRY) for m in self.ctx.in_span(self.ctx.places, a, u.end)]
        marks += [c for c in countries if self.ctx.is_country(self.ctx.text[c[0] : c[1]])]
        marks = sorted(marks + [(s, e, f) for f, s, e in payers], key=lambda x: (x[0], x[1]))
        breaks = self._clause_breaks(u, a, [(s, e) for s, e, _f in marks])
        cost: dict[tuple[str, int], tuple[int, int]] = {}
        for (s1, e1, f1), (s2, _e2, f2) in itertools.pairwise(marks):
            if (f1 is None) == (f2 is None) or _COUNTRY in (f1, f2):
                continue
            payer, am_start = (f1, s2) if f1 is not None else (f2, s1)
            between = [strong for at, strong in breaks if e1 <= at < s2]
            if any(between) or (f2 is None and self._receives_between(e1, s2)):
                continue  # (a body before a sum it receives is no payer: "X erhält 200.000 Euro")
            key = (payer, am_start)
            cost[key] = min(cost.get(key, (len(between), s2 - e1)), (len(between), s2 - e1))
        out = []
        by_start = {am.start: am for am in parts}
        for (payer, am_start), c in cost.items():
            if am_start not in by_start:
                continue
            rivals = [c2 for (f2, a2), c2 in cost.items() if a2 == am_start and f2 != payer]
            others = [c2 for (f2, a2), c2 in cost.items() if f2 == payer and a2 != am_start and a2 in by_start]
            if all(c < c2 for c2 in rivals) and all(c < c2 for c2 in others):
                out.append((payer, by_start[am_start], ev))
        return out

    def _receives_between(self, a: int, b: int) -> bool:
        """Whether the words from a to b say the body before them receives what follows ("erhält",
        "attribué à")."""
        gap = self.ctx.text[a:b]
        return bool(self.ctx.cues.search("receives", gap) or self.ctx.cues.search("granted_to", gap))

    def _totals_in(self, a: int, b: int, roles: list[MoneyRole] | None = None) -> list[Amount]:
        """The sums the words from a to b call a total: after a total's word ("Gesamtkosten",
        "total value"), or before "of which" ("742.000 Euro, davon ..."). `roles`: the money roles
        of those words, where the caller has read them already."""
        ctx = self.ctx
        if roles is None:
            roles = find_money_roles(ctx.text[a:b], ctx.lang)
        named = {a + r.amount.start for r in roles if r.role == "total_cost" and r.amount}
        sums = ctx.amounts_in(a, b)
        share_of = self._share_of_after_sum
        return [am for am in sums if am.start in named or share_of.match(ctx.text, am.end, min(b, am.end + 20))]

    @functools.cached_property
    def _share_of_after_sum(self) -> re.Pattern[str]:
        """ "of which" right after a sum ("742.000 Euro, davon", "€ 296.400 (waarvan"), past the
        sum's currency where the sum does not hold it ("612.500 euros, dont")."""
        share_of = self.ctx.cues.regex["share_of"].pattern
        return re.compile(r"\s*(?:euros?|EUR|€)?\s*[,(–—-]?\s*(?:" + share_of + r")\b\s*", re.I)

    def _clause_breaks(self, u: Unit, a: int, kept: list[tuple[int, int]]) -> list[tuple[int, bool]]:
        """Where the clauses of unit u (from `a`) end, as (position, strong): a strong break (";",
        a spaced dot or bar, a sentence's end) parts a payer from a sum; a weak one (", ", "and")
        only puts them further apart. Outside brackets, outside the spans `kept` and the names (a
        fund's "Asylum, Migration and Integration Fund", a sum "1,2 Mio.")."""
        ctx = self.ctx
        names = [(o.start, o.end) for o in ctx.orgs_in(a, u.end)]
        names += [(m.start, m.end) for m in ctx.in_span(ctx.funds, a, u.end)]
        inside = SpanSet(kept + names)
        # (a table row's bars part its cells, which are one line's parts)
        bars = "·•" if u.kind == "row" else "·•|"
        breaks = re.compile(
            r"(;|\s[" + bars + r"]\s|[.!?]\s+(?=[A-ZÀ-Þ]))|,\s|\s(?i:" + ctx.cues.regex["and_words"].pattern + r")\s"
        )
        out, depth, last = [], 0, 0
        text = ctx.text[a : u.end]
        for m in breaks.finditer(text):
            depth += text.count("(", last, m.start()) - text.count(")", last, m.start())
            last = m.start()
            if depth <= 0 and not inside.overlaps(a + m.start(), a + m.end()):
                out.append((a + m.start(), m.group(1) is not None))
        return out

    def read_page_period(self) -> None:
        """A page's one period, for the projects that have none of their own: where the page gives
        one span of years (a range or a duration, not a fund's programming period) in its
        sentences and record lines, it is the period of its one funded project, or of the rows of
        its lists ("Die geförderten Projekte laufen vom 1. Januar 2024 bis 31. Dezember 2026" over
        a table of grants)."""
        ctx = self.ctx
        funded = [p for p in self.projects if p.funders]
        listed = ("find_table_rows", "find_beneficiary_headings")
        bare = [
            p for p in funded if p.start_year is None and p.end_year is None and (len(funded) == 1 or p.rule in listed)
        ]
        if not bare:
            return
        spans: dict[tuple[int, int], Unit] = {}
        for u in ctx.units:
            if u.kind in ("row", "heading"):
                continue
            for pm in ctx.periods_in(u.start, u.end):
                if pm.kind not in ("range", "duration") or pm.start_year is None or pm.end_year is None:
                    continue
                if (pm.start_year, pm.end_year) in programming_periods() or pm.end_year < pm.start_year:
                    continue
                spans.setdefault((pm.start_year, pm.end_year), u)
        if len(spans) != 1:
            return
        (((start, end), u),) = spans.items()
        for p in bare:
            p.start_year, p.end_year = start, end
            p.years_evidence = Evidence(u.start, u.end, 0.4)

    def settle_eu_shares(self) -> None:
        """The EU's share of a project goes to its one EU fund, when no share of that fund was read.
        A project with an EU share and no fund of its own ("EU share (75 %) | EUR 1,104,600.00" on a
        card of "AMIF project cards") is paid by the page's one fund."""
        page_funds = [f for f in self.doc_funders if (e := self.ctx.entity(f)) is not None and e.kind == "fund"]
        for p in self.projects:
            if p.eu_share is None:
                continue
            funds = [f for f in p.funders if (e := self.ctx.entity(f)) is not None and e.kind == "fund"]
            # (not a grant a body gives: "Daneben fördert das BAMF aus dem Bundeshaushalt ... Zuwendung
            # insgesamt 295.200 Euro" on a page about the AMIF)
            if not funds and len(page_funds) == 1 and set(p.funders) <= {NATIONAL}:
                p.funders[page_funds[0]] = p.eu_share[2]
                funds = page_funds
            if len(funds) == 1 and funds[0] not in p.amounts:
                p.amounts[funds[0]] = p.eu_share

    # -- run ----------------------------------------------------------------------------------


# A line's last words in brackets: "01/02/2023 – 31/01/2026 (36 months)"
_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)\s*\.?\s*$")


# A country's place among the marks of a unit's payers and sums (it parts them).
_COUNTRY = "\x00country"


# A heading's letter or number before its words: "A. ", "2) ", "IV. ", "3.1 "
_ENUMERATOR = re.compile(r"^(?:[a-z][.)]|\d{1,2}(?:\.\d{1,2})*[.)]?|[ivx]{1,4}[.)])\s+(?=\S)")


# A name in quotes, in any of the usual pairs.
_QUOTED = re.compile(
    r"«\s*([^«»\n]{2,60}?)\s*»|“([^“”\n]{2,60})”|„([^„“”\n]{2,60})[“”]|‘([^‘’\n]{2,60})’"
    r"|\"([^\"\n]{2,60})\"|(?<!\w)'([^'\n]{2,60})'(?!\w)"
)


# A heading that is only a quotation: a news article's pull quote ("‘Geen tweede keus’", "« Ce n'est
# pas de la charité »").
_PULL_QUOTE = re.compile(r"[«“„‘\"'][^«»“”„‘’\"\n]{2,80}[»”“’\"']")


_DASHED_PART = re.compile(r"\s[–—-]\s")


def _opens_with_name(text: str, name: str) -> bool:
    """Whether `text` opens with `name` as a whole word, as `re.match(re.escape(name) + r"(?!\\w)", text)`
    would say without a regex compiled per name."""
    return text.startswith(name) and not (len(text) > len(name) and is_word_char(text[len(name)]))


def _inside_label(text: str, o: OrgMention, label: str, a: int, b: int) -> bool:
    """Whether the mention lies inside where the text writes the project's label between a and b."""
    at = text.find(label, a, b) if len(label) > len(o.name) else -1
    return at >= 0 and at <= o.start and o.end <= at + len(label)
