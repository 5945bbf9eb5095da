"""Fund authorities: the organisation a text names in a fund's managing, responsible or delegated
role ("le SPF Intérieur, autorité responsable du FAMI", "Responsible authority: X"). It passes the
fund's money on; it is not the fund, not a funder of its own and not an implementer.

The role names are per-language data (`authority_roles` in patterns/cues.toml). The organisation is
the one named closest to the role's words in the same sentence or record line; the funds are those
the sentence names, else the document's.

A ministry that launches a programme or a call for proposals ("le Ministère de l'intérieur et l'UE
ont lancé le programme", "das Bundeskanzleramt hat einen Förderaufruf gestartet", "progetti ...
promossi dal Ministero") is that programme's authority too: others run what it launches.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from migkg.loaders.extract.model import NATIONAL, Evidence

if TYPE_CHECKING:
    from migkg.loaders.extract.context import Context, OrgMention
    from migkg.loaders.extract.structure import Unit

REACH = 80  # characters between the role's words and the organisation's name
SUBJECT_REACH = 150  # characters between a launching ministry's name and its verb
CLOSE_REACH = 30  # ... when the two are named side by side
CLOSE = 0.8


def find_authorities(ctx: Context, doc_funders: list[str]) -> list[tuple[str, str, Evidence]]:
    """(fund, organisation, evidence) for every authority the text names, in text order."""
    out: list[tuple[str, str, Evidence]] = []
    for u in ctx.units:
        for org in _launching_ministries(ctx, u):
            funds = [f for f, _, _ in ctx.funders_in(u.start, u.end) if f != NATIONAL] or list(doc_funders)
            for f in funds:
                if (f, org) not in {(x, y) for x, y, _ in out}:
                    out.append((f, org, Evidence(u.start, u.end, CLOSE)))
        for f, org in [*_fund_managers(ctx, u), *_relative_managers(ctx, u, doc_funders)]:
            if (f, org) not in {(x, y) for x, y, _ in out}:
                out.append((f, org, Evidence(u.start, u.end, CLOSE)))
        roles = ctx.cues.find("authority_roles", u.text)
        if not roles:
            continue
        funds = [f for f, _, _ in ctx.funders_in(u.start, u.end) if f != NATIONAL] or list(doc_funders)
        for role in roles:
            a, b = u.start + role.start(), u.start + role.end()
            # (not one joined to the role by "and": "la convenzione tra l'Autorità Responsabile e
            # la Regione X" names the other party)
            # (nor one a lead role names between them: "responsabile nei confronti dell'Autorità di
            # Gestione è il capofila X" is the project's lead, answerable to the authority)
            # (a long name that starts within reach counts: "... ist das Bundesamt für Migration
            # und Flüchtlinge")
            near = [
                o
                # (its name's end within reach: "The Funds and Programmes Division (FPD), within the
                # ministry responsible for EU funds, is the Managing Authority")
                for o in ctx.orgs_in(u.start, u.end)
                if a - REACH <= o.end
                and o.start <= b + REACH
                and not (o.start < b and a < o.end)
                and not (ctx.joined_by_and(b, o.start) if o.start >= b else ctx.joined_by_and(o.end, a))
                and not ctx.cues.search("lead_roles", ctx.text[b : o.start] if o.start >= b else ctx.text[o.end : a])
                # (nor one in the sentence before: "Die Verantwortung liegt bei X. Die verantwortliche
                # Behörde für den AMIF, das Bundesministerium ...")
                # (or in the next: "... by the Responsible Authority; SUZ does not provide grants",
                # the name's own capital the next one's start)
                and not _SENTENCE_END.search(ctx.text[b : o.start + 1] if o.start >= b else ctx.text[o.end : a])
            ]
            if not near:
                continue
            org = min(near, key=lambda o: min(abs(o.end - a), abs(o.start - b)))
            # Named right beside its role ("X wordt aangesteld als verantwoordelijke autoriteit",
            # "l'autorité responsable, X") is surer than somewhere in the sentence.
            gap = min(abs(org.end - a), abs(org.start - b))
            # (or said to be it: "Zuständige Behörde für die Umsetzung des AMIF in Deutschland ist
            # das Bundesamt ...", the role the subject, the body after the copula)
            cues = ctx.cues
            said = org.start >= b and re.search(
                rf"(?i:{cues.regex['copulas'].pattern})\s+(?:(?i:{cues.regex['determiners'].pattern})\s+)?$",
                ctx.text[b : org.start],
            )
            confidence = CLOSE if gap <= CLOSE_REACH or said else 0.6
            for f in funds:
                if (f, org.iri) not in {(x, y) for x, y, _ in out}:
                    out.append((f, org.iri, Evidence(u.start, u.end, confidence)))
    return out


# A sentence's (or a clause's) end and the next one's start between a role and a name: "X. Die
# verantwortliche Behörde", "... by the Responsible Authority; SUZ does not provide grants"
_SENTENCE_END = re.compile(r"[.!?;]\s+[A-ZÀ-Þ]")

# A programming period after a programme's name: "2021-2027", "2021–2027"
_PERIOD = r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d"

# "Ministry for European Funds – Funds and Programmes Division": a body, a spaced dash, its part
_PART_DASH = re.compile(r"\s+[–—-]\s+")


def parents_of_authorities(ctx: Context, found: list[tuple[str, str, Evidence]]) -> set[str]:
    """The bodies a fund's authority is a part of, named right before it with a dash ("[logo]
    Ministry for European Funds – Funds and Programmes Division", where the division is the
    responsible authority): a logo line of the authority, in its parent's name, names no payer.
    (An authority itself may pay the state's share, which the text then says: "X, autorité
    responsable, cofinance ..."; its parent in a logo line says nothing of the kind.)"""
    sure = {o for _f, o, ev in found if ev.confidence >= CLOSE}
    if not sure:
        return set()
    # (the part's name as the text writes it anywhere: a name may be read once only)
    names = {m.name.lower() for m in ctx.orgs if m.iri in sure}
    out = set()
    for m in ctx.orgs:
        if m.iri in sure:
            continue
        dash = _PART_DASH.match(ctx.text, m.end)
        if dash is None:
            continue
        line_end = ctx.text.find("\n", dash.end())
        part = ctx.text[dash.end() : line_end if line_end >= 0 else len(ctx.text)].strip().lower()
        if part in names:
            out.add(m.iri)
    return out


# A ministry or a chancellery by its name, in the languages of the patterns.
_MINISTRY = re.compile(r"\b(?:minist\w*|\w*ministerium|\w*kanzleramt|chancell\w*|chancellerie)\b", re.IGNORECASE)


def _is_ministry(ctx: Context, mention: OrgMention) -> bool:
    ent = ctx.entity(mention.iri)
    return bool(_MINISTRY.search(mention.name) or (ent is not None and _MINISTRY.search(ent.label("en") or "")))


def _launching_ministries(ctx: Context, u: Unit) -> list[str]:
    """The ministries the sentence says launch a programme or a call: named before the launching
    verb ("X ... a lancé le programme") or right after its passive ("promossi dal X")."""
    cues = ctx.cues
    if not cues.search("programme_nouns", u.text):
        return []
    found: list[str] = []
    for v in cues.find("launches", u.text):
        verb = u.start + v.start()
        before = ctx.orgs_in(max(u.start, verb - SUBJECT_REACH), verb)
        found += [o.iri for o in before if o.end <= verb and _is_ministry(ctx, o)]
    for v in cues.find("launched_by", u.text):
        end = u.start + v.end()
        found += [o.iri for o in ctx.orgs_in(end, end + 120) if o.start - end <= 5 and _is_ministry(ctx, o)]
    return list(dict.fromkeys(found))


# The auxiliaries of a passive between a fund and its managing participle ("which is administered");
# not a noun ("the AMIF spend managed by the EU Funds Unit": the unit that spends it).
_AUXILIARY = r"(?i:is|are|was|were|being|est|sont|a été|è|sono|viene|vengono|wird|werden|wordt|worden)"


@functools.cache
def _managing_subject(managing: str, determiners: str) -> re.Pattern[str]:
    """What stands between a fund's manager and the fund it manages: " beheert het "."""
    return re.compile(rf"\s+(?i:{managing})\s+(?:(?i:{determiners})\s+)?")


def _fund_managers(ctx: Context, u: Unit) -> list[tuple[str, str]]:
    """(fund, organisation) where the sentence says who manages the fund right after naming it: "the
    EU's Asylum, Migration and Integration Fund (AMIF), which is administered in Ireland by the
    Department of ...", "le FAMI est géré en France par le ministère de l'Intérieur"; or the
    subject of a verb of managing the fund: "De FOD X beheert het AMIF in België"."""
    cues = ctx.cues
    if not cues.words["managing_participles"]:
        return []
    managed = cues.regex["managing_participles"].pattern
    by = cues.regex["by_words"].pattern
    relative = cues.regex["relative_pronouns"].pattern
    # (or after the fund's programme: "Portugal's AMIF national programme 2021-2027, which is
    # managed by the Secretaria-Geral ...")
    # (or after its period: "Fondo Asilo, Migrazione e Integrazione (FAMI) 2021-2027 gestito dal ...")
    programme = (
        rf"\)?(?:\s+{_PERIOD})?(?:(?:\s+[^\W\d_]+)?\s+(?i:{cues.regex['programme_nouns'].pattern})(?:\s+{_PERIOD})?)?"
    )
    tail = re.compile(
        rf"{programme}[\s,]*(?:(?i:{relative})\s+)?(?:{_AUXILIARY}\s+){{0,2}}(?i:{managed})\b(?:\s+[^\s,.;]+){{0,3}}?\s+(?i:{by})\s+"
    )
    # ("De FOD Binnenlandse Zaken beheert het AMIF in België": the subject of a verb of managing
    # whose object is the fund)
    managing = cues.regex["managing_verbs"].pattern if cues.words.get("managing_verbs") else None
    subject = _managing_subject(managing, cues.regex["determiners"].pattern) if managing else None
    out = []
    for f, s, e in ctx.funders_in(u.start, u.end):
        if f == NATIONAL:
            continue
        before = [o for o in ctx.orgs_in(u.start, s) if o.end <= s]
        if subject is not None and before and subject.fullmatch(ctx.text, before[-1].end, s):
            out.append((f, before[-1].iri))
            continue
        m = tail.match(ctx.text, e, u.end)
        if m is None:
            verb_last = _verb_last_manager(ctx, u, e, managed)
            if verb_last:
                out.append((f, verb_last))
            continue
        named = [o for o in ctx.orgs_in(m.end(), u.end) if o.start - m.end() <= 12]
        if named:
            out.append((f, named[0].iri))
    return out


def _verb_last_manager(ctx: Context, u: Unit, fund_end: int, managed: str) -> str | None:
    """The organisation a clause right after the fund's name ends on as its manager, the verb last
    ("Integrationsfonds (AMIF), den in Deutschland das Bundesamt für ... verwaltet")."""
    # (maybe past whose fund it is: "Integratiefonds (AMIF) van de Europese Unie, dat in Nederland
    # via het ministerie van X wordt verdeeld")
    opening = re.compile(r"\)?(?:\s+(?!\d)[^\s,.;:()]+){0,4}?\s*,\s+")
    m = opening.match(ctx.text, fund_end, u.end)
    if m is None:
        return None
    for o in ctx.orgs_in(m.end(), u.end):
        clause = ctx.text[m.end() : o.start]
        if re.search(r"[,.;:()]", clause) or len(clause.split()) > 5:
            return None
        if re.match(rf"\s*(?:{_AUXILIARY}\s+)?(?i:{managed})\b", ctx.text[o.end : u.end]):
            return o.iri
    return None


def _relative_managers(ctx: Context, u: Unit, doc_funders: list[str]) -> list[tuple[str, str]]:
    """(fund, organisation) where a relative clause right after the organisation's name says it
    manages the fund: "the Department of ..., which administers the fund in Ireland", "le SPF
    Intérieur, qui gère le fonds"."""
    relative = ctx.cues.regex["relative_pronouns"].pattern
    opening = re.compile(rf"[\s,]*(?i:{relative})\s+")
    # (German opens a relative clause with its article after a comma: "X, das den AMIF verwaltet")
    article = re.compile(rf"\s*,\s*(?:{ctx.cues.regex['determiners'].pattern})\s+")
    out = []
    for o in ctx.orgs_in(u.start, u.end):
        m = opening.match(ctx.text, o.end, u.end)
        if m is not None:
            role = ctx.cues.search("authority_cues", ctx.text[m.end() : min(u.end, m.end() + 40)])
            if role is not None and role.start() == 0:
                funds = [f for f, _, _ in ctx.funders_in(u.start, u.end) if f != NATIONAL] or list(doc_funders)
                out += [(f, o.iri) for f in funds]
                continue
        # or a fund's role further in the clause: "des Bundesamtes X, das den AMIF in Deutschland
        # als zuständige Behörde verwaltet", "the Department, which acts as responsible authority"
        m = m or article.match(ctx.text, o.end, u.end)
        if m is None:
            continue
        clause = re.split(r"[,.;:()]", ctx.text[m.end() : min(u.end, m.end() + 100)])[0]
        # (or its verb, the fund in the clause: "De FOD X, die het fonds in België beheert")
        at = m.end()
        managing = ctx.cues.search("managing_verbs", clause) is not None and (
            ctx.funders_in(at, at + len(clause)) or ctx.cues.search("fund_nouns", clause)
        )
        if ctx.cues.search("authority_roles", clause) is None and not managing:
            continue
        funds = [f for f, _, _ in ctx.funders_in(u.start, u.end) if f != NATIONAL] or list(doc_funders)
        out += [(f, o.iri) for f in funds]
    return out
