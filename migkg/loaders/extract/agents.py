"""Organisations named as the payer of a funding cue, whatever their shape.

"Soutenu par le Fonds européen d'intégration et la Région wallonne", "trois associations soutenues
par la Diair", "Financement : Innoviris – appel Co-Create", "door de provincie X voor drie jaar
gesubsidieerd": the words a passive funding cue, the agent of a Dutch or German passive that ends
in a funding participle, or a funding record key govern name who pays. A fund or national money
there is skipped over; an organisation already found, or a region or a city (its government), is
a payer; any other name there (capitalised words, in French and Italian with an adjective after:
"Région wallonne") is an organisation, though no head noun or list says so (the "agent" rule).
The subjects of a funding verb are payers too ("Het ESF (40 %) en het Vlaams Cofinancieringsfonds
(60 %) subsidiëren"). Whether a payer funds a project is decided later, with the other candidates
(candidates.py, feature "payer").

German capitalises every noun ("gefördert durch Mittel des Landes"), so there only acronyms count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from migkg.loaders.extract.orgshape import AFTER_SAINT, fold, shapes_for
from migkg.ontology.vocab import MKG

if TYPE_CHECKING:
    from migkg.loaders.extract.context import Context

_COUNTRY = str(MKG.Country)
_REACH = 160  # characters after the cue that its list of payers may take
# (not a saint's abbreviation in a place's name: "vom Kanton St. Gallen")
_STOP = re.compile(rf"{AFTER_SAINT}[.;!?]\s|[.;!?]$|\n|\s[–—]\s|:")
_WORD = re.compile(r"[^\W_][\w'’.\-&+]*")
_PAREN = re.compile(r"\s*\([^()\n]{1,80}\)")
_SPACES = re.compile(r"\s*")
_CUE_LINE_END = re.compile(r"[ \t]*:?[ \t]*\n[ \t]*(?=\S)")
# A line that holds a short name only (up to six words, no full stop, no colon)
_NAME_LINE = re.compile(r"[ \t]*([^\W\d_](?:[^\S\n]*[^\s:;!?]+){0,5})(?<!\.)[ \t]*(?=\n|$)")
# "of the European Union" after a fund's name, in the five languages: the fund's, no payer of its own
_OF_THE_UNION = re.compile(
    r"\s*(?:de\s+l['’]\s*|der\s+|of\s+the\s+|van\s+de\s+|dell['’]\s*)"
    r"(?:Union\s+européenne|Europäischen\s+Union|European\s+Union|Europese\s+Unie|Unione\s+europea|UE|EU)\b",
    re.IGNORECASE,
)
# Languages whose names may end in a lower-case adjective of place after a capitalised head
# ("Région wallonne", "Regione Siciliana" is capitalised anyway).
_ADJECTIVE_AFTER = {"fr", "it"}


def _glue(ctx: Context) -> re.Pattern[str]:
    """What stands between two names of a list: a comma, "&", "/" or the language's "and"."""
    return _glue_for(tuple(ctx.cues.words.get("and_words", ())))


@cache
def _glue_for(and_words: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(["&", "/", ",", *[rf"\b{re.escape(w)}\b" for w in and_words]])
    return re.compile(rf"\s*(?:{alt})\s*", re.IGNORECASE)


def _skip_determiners(ctx: Context, pos: int, end: int) -> int:
    while pos < end:
        m = re.match(r"\s*([^\W\d_]+['’]?)", ctx.text[pos:end])
        if not m or not ctx.cues.has("determiners", m.group(1)):
            return pos
        pos += m.end()
    return pos


# A German Land's or city's adjective, capitalised before a body's name: "Niedersächsische",
# "Bayerischen", "Berliner".
_LAND_ADJECTIVE = re.compile(r"[ \t\u00a0]*[A-ZÄÖÜ][a-zäöüß]+(?:ische[nmrs]?|er)[ \t\u00a0]+(?=[A-ZÄÖÜ])")


def _mention_at(ctx: Context, pos: int) -> tuple[int, int, bool] | None:
    """The span of a fund, national money, organisation or place named from `pos`, if one is, and
    whether it is a payer's name: an organisation, or a region or a city (its government, as a
    payer: "la Région wallonne"); a country paying is national money, which the national cues read."""
    text = ctx.text
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    for m in ctx.funds:
        if m.start <= pos < m.end:
            return m.start, m.end, False
    for s, e in ctx._national_cues:
        if s <= pos < e:
            return s, e, False
    for o in ctx.orgs:
        if o.start <= pos < o.end:
            return o.start, o.end, True
    for p in ctx.places:
        if p.start <= pos < p.end:
            government = p.start == pos and p.text[:1].isupper() and _COUNTRY not in p.entity.classes
            return p.start, p.end, government
    return None


def _name_at(ctx: Context, pos: int, end: int) -> tuple[int, int] | None:
    """Capitalised words from `pos`, with inner connectors (and a trailing adjective in French or
    Italian), as a (start, end) span; None when no name starts there."""
    shapes = shapes_for(ctx.lang)
    words = list(_WORD.finditer(ctx.text, pos, end))
    if not words or ctx.text[pos : words[0].start()].strip():
        return None
    taken: list[re.Match[str]] = []
    for i, w in enumerate(words):
        if i and ctx.text[words[i - 1].end() : w.start()].strip():
            break  # punctuation between: the name ended
        word = w.group(0)
        following = words[i + 1].group(0) if i + 1 < len(words) else ""
        inner_connector = bool(taken) and word.lower() in shapes.connectors and following[:1].isupper()
        if word[:1].isupper() or (word[:1].isdigit() and taken) or inner_connector:
            taken.append(w)
        elif taken and ctx.lang in _ADJECTIVE_AFTER and len(taken) == 1 and not _continues(ctx, w.end(), end):
            taken.append(w)  # "la Région wallonne," : head and adjective, then the list goes on or ends
            break
        else:
            break
    if not taken:
        return None
    if shapes.nouns_capitalised and not all(_is_acronym(t.group(0)) for t in taken):
        return None
    first = taken[0].group(0)
    if first.lower() in shapes.stop_words or ctx.cues.has("determiners", first):
        return None
    cue = ctx.cues.search("funded_by", ctx.text[taken[0].start() : taken[0].start() + 40])
    if cue is not None and cue.start() == 0:
        return None  # "Avec le soutien de : Cofinancé par l'Union européenne": another cue, no name
    if all(fold(t.group(0)) in ctx.index.fund_words for t in taken):
        return None  # "the European Asylum, Migration and Integration Fund": a piece of a fund's name
    return taken[0].start(), taken[-1].end()


def _continues(ctx: Context, pos: int, end: int) -> bool:
    """Whether a lower-case word goes on after `pos` (a clause, not the end of a name)."""
    return re.match(r"[ \t\u00a0]+[^\W\d_]", ctx.text[pos:end]) is not None and not _glue(ctx).match(ctx.text, pos, end)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


def _cue_ends(ctx: Context) -> Iterator[tuple[int, str]]:
    """Where each funding cue ends, with its last word ("par": "soutenu par A et par B")."""
    for key in ("funded_by", "support_from"):
        for m in ctx.cues.find(key, ctx.text):
            yield m.end(), m.group(0).split()[-1]
            # "Avec le soutien de :" over "COCOF – Cohésion sociale | FAMI | Commune de X": a line
            # that ends on the cue, its payers on the next line, each between bars
            line = _CUE_LINE_END.match(ctx.text, m.end())
            if line is not None:
                next_end = ctx.text.find("\n", line.end())
                segment = ctx.text[line.end() : next_end if next_end >= 0 else len(ctx.text)]
                at = line.end()
                for part in segment.split("|"):
                    yield at + len(part) - len(part.lstrip()), ""
                    at += len(part) + 1
                # ("Gefördert durch:" over "Kanton X", "Stadt Y", "Z Stiftung": a payer on each line
                # that follows, up to a blank line or one that is no short name)
                while next_end >= 0:
                    after = _NAME_LINE.match(ctx.text, next_end + 1)
                    if after is None:
                        break
                    yield after.start(1), ""
                    next_end = after.end()
    # "door de provincie X voor drie jaar gesubsidieerd", "vom Land X mit 200.000 Euro gefördert": a
    # passive whose participle ends the clause (Dutch, German).
    if ctx.cues.words.get("split_agents"):
        for m in ctx.cues.find("split_agents", ctx.text):
            stop = _STOP.search(ctx.text, m.end(), m.end() + _REACH)
            clause = ctx.text[m.end() : stop.start() if stop else m.end() + _REACH]
            funding = ctx.cues.search("funding_participles", clause)
            running = ctx.cues.search("running_participles", clause)
            if _run_before(ctx).search(ctx.text, max(0, m.start() - 30), m.start()):
                continue  # "wordt geleid door Fedasil en betaald uit ...": the participle before its agent runs
            if funding and running and running.start() == funding.start():
                # "getragen": the costs are borne ("Die Kosten werden vom Land getragen"), or the
                # project is run ("Das Projekt wird vom Diakonischen Werk getragen"): money words
                # before the agent say which
                floor = max(0, m.start() - _REACH)
                opening = max((s.end() for s in _STOP.finditer(ctx.text, floor, m.start())), default=floor)
                before = ctx.text[opening : m.start()]
                if any(ctx.cues.search(key, before) for key in ("funding_words", "contribution_nouns", "cost_nouns")):
                    running = None
            if funding and not (running and running.start() <= funding.start()):
                # (not "vom Caritasverband X geleitet und aus dem AMIF kofinanziert": it runs it)
                yield m.end(), ""
            elif not funding and _fronted_funding(ctx, m.start()):
                yield m.end(), ""
    # "Financement : X", "Funding: X" at the start of a line: a record's payer.
    for m in re.finditer(r"^[ \t•*\-]*([^\W\d_][^:\n]{1,35}?)[ \t]*:", ctx.text, re.MULTILINE):
        if ctx.cues.has("fund_keys", m.group(1).strip()):
            yield m.end(), ""


def _fronted_funding(ctx: Context, at: int) -> bool:
    """Whether the sentence holding the split agent at `at` opens on a funding participle and its
    auxiliary ("Gefördert wird das Projekt durch das Bayerische Staatsministerium X"): the agent
    pays. Only the subject may stand between (a few words, no clause's end)."""
    if not ctx.cues.words.get("fronted_funds"):
        return False
    floor = max(0, at - 80)
    opening = max((s.end() for s in _STOP.finditer(ctx.text, floor, at)), default=floor)
    before = ctx.text[opening:at]
    cue = ctx.cues.search("fronted_funds", before)
    return cue is not None and not before[: cue.start()].strip() and len(before[cue.end() :].split()) <= 6


def _run_before(ctx: Context) -> re.Pattern[str]:
    """A running participle right before a split agent ("geleid door"), as Dutch sets it."""
    return _run_before_for(ctx.cues.regex["running_participles"].pattern)


@cache
def _run_before_for(participles: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:{participles})\s*$")


def subject_payers(ctx: Context) -> list[tuple[int, int]]:
    """The organisations that are the subject of a funding verb, also as a list: "Het ESF (40 %) en
    het Vlaams Cofinancieringsfonds (60 %) subsidiëren het project": only names, funds, their
    parentheses, determiners and list glue stand between each of them and the verb."""
    glue = _glue(ctx)
    out: list[tuple[int, int]] = []
    for cue in ctx.cues.find("funding_verbs", ctx.text):
        after = ctx.text[cue.end() : cue.end() + 60]
        if ctx.cues.words.get("partner_roles") and ctx.cues.search("partner_roles", after):
            continue  # "X supports T2T as an associated partner": a partner, no payer
        start = max(0, cue.start() - _REACH)
        clause_start = max((m.end() for m in _STOP.finditer(ctx.text, start, cue.start())), default=start)
        names = [o for o in ctx.orgs if clause_start <= o.start and o.end <= cue.start()]
        spans = sorted([(o.start, o.end) for o in names] + [(m.start, m.end) for m in ctx.funds])
        pos = cue.start()
        for o in sorted(names, key=lambda o: -o.start):
            between = ctx.text[o.end : pos]
            for a, b in spans:  # blank the funds and names in between
                if o.end <= a and b <= pos:
                    between = between[: a - o.end] + " " * (b - a) + between[b - o.end :]
            between = _PAREN.sub(" ", between)
            words = [w for w in glue.sub(" ", between).split() if not ctx.cues.has("determiners", w)]
            if words:
                break
            out.append((o.start, o.end))
            pos = o.start
    return out


def funding_agents(ctx: Context) -> list[tuple[int, int]]:
    """Spans of the names that funding cues give as payers: organisations found already, regions
    and cities, and names nothing else found."""
    glue = _glue(ctx)
    out: list[tuple[int, int]] = []
    thanks = {m.end() for m in ctx.cues.find("thanks_words", ctx.text)} if ctx.cues.words.get("thanks_words") else set()
    for cue_end, preposition in _cue_ends(ctx):
        thanked = cue_end in thanks
        again = re.compile(rf"\s*{re.escape(preposition)}\b", re.IGNORECASE) if preposition.isalpha() else None
        stop = _STOP.search(ctx.text, cue_end, cue_end + _REACH)
        end = stop.start() if stop else min(len(ctx.text), cue_end + _REACH)
        pos = cue_end
        while pos < end:
            pos = _skip_determiners(ctx, pos, end)
            known = _mention_at(ctx, pos)
            if known is None and (adjective := _LAND_ADJECTIVE.match(ctx.text, pos, end)):
                # "Gefördert durch das Niedersächsische Ministerium für ...": a Land's adjective
                # before the ministry's name
                known = _mention_at(ctx, adjective.end())
            if known is not None:
                if known[2]:
                    out.append((known[0], known[1]))
                pos = known[1]
            else:
                span = _name_at(ctx, _SPACES.match(ctx.text, pos, end).end(), end)
                if span is None or thanked:
                    # "grâce à Traversées, un dispositif ...": what a "thanks to" names is as often the
                    # project or the scheme that helped as the one who paid
                    break
                out.append(span)
                pos = span[1]
            paren = _PAREN.match(ctx.text, pos, end)
            if paren:
                pos = paren.end()  # "(FEI)", "(60 %)"
            union = _OF_THE_UNION.match(ctx.text, pos, end)
            if union:
                pos = union.end()  # "Fonds Asile, Migration et Intégration (FAMI) de l'Union européenne et Ville de X"
            g = glue.match(ctx.text, pos, end)
            if not g or g.end() == pos:
                break
            pos = g.end()
            repeated = again.match(ctx.text, pos, end) if again else None
            if repeated:
                pos = repeated.end()  # "funded by A and by B"
    return out
