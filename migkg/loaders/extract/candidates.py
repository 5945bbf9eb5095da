"""Candidate pairs: every funder a document names with every organisation it names, each described
by language-independent features (how close the two are, in which layout units, which cue classes
of the pattern files stand around the organisation, the rules' own verdict, the page's title and
owner). decide.py scores them with the learned model; training/train_pairs.py learns from them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from migkg.loaders.extract.model import NATIONAL, OrgMention
from migkg.loaders.extract.structure import PERSON
from migkg.ontology.vocab import MKG

if TYPE_CHECKING:
    from migkg.loaders.extract.pipeline import Extractor

_ORG_TYPES = {
    "public": str(MKG.PublicAgency),
    "ngo": str(MKG.NonGovernmentalOrganisation),
    "international": str(MKG.InternationalOrganisation),
    "eu": str(MKG.EUBody),
    "local": str(MKG.LocalAuthority),
}


@dataclass
class PairCandidate:
    """One funder and one organisation of a document, with what is known of them together."""

    funder: str
    org: str
    features: dict[str, float] = field(default_factory=dict)
    score: float = 0.0


def _cue_before(ctx, key: str, pos: int, width: int = 50) -> bool:
    text = ctx.text[max(0, pos - width) : pos]
    return any(m.end() >= len(text) - 25 for m in ctx.cues.find(key, text))


def _cue_after(ctx, key: str, pos: int, width: int = 40, within: int = 12) -> bool:
    text = ctx.text[pos : pos + width]
    return any(m.start() <= within for m in ctx.cues.find(key, text))


# Words of a coordination between the names of a list ("A, B en C", "A as well as B"), which a cue
# before the first name reaches over; any other word stops it, but for a few of the list's own
# (a plural head: "de gemeenten A, B en C").
_LIST_GLUE = re.compile(r"[\s,;:/&()'’\-–•*]+|\b(?:and|as well as|et|ainsi que|en|und|sowie|e|ed)\b", re.IGNORECASE)
_REACH_WORDS = 6
_LIST_RUN = re.compile(f"(?:{_LIST_GLUE.pattern})*", re.IGNORECASE)


# A comma, where a body sits, its place, a comma ("X, based in Y, receives"; "X, gevestigd in Y,
# ontvangt"; "X, con sede a Y, riceve"): the cue is group 1.
_APPOSITION = re.compile(r",[ \t]+((?:[^\W\d_]+[ \t]+){1,2}[a-zà-ÿ]{1,3})[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+){0,2},")


def _past_name_group(ctx, pos: int) -> int:
    """Past a parenthesis right after a name ("De stad X (afdeling Y) voert het project uit"), or
    past the rest of the list the name is in ("les CPAS (Anvers, Gand et Liège) offrent")."""
    m = re.match(r"\s*\([^()\n]{1,80}\)", ctx.text[pos : pos + 90])
    if m:
        return pos + m.end()
    # ("Déise Intercultural Network, based in Dungarvan, is awarded"): where it sits, in passing
    m = _APPOSITION.match(ctx.text, pos, pos + 60)
    if m and ctx.cues.has("based_in", m.group(1)):
        return m.end()
    rest = _LIST_RUN.match(ctx.text_without_orgs(pos, pos + 160))
    return pos + rest.end() if rest else pos


_CLAUSE_BREAK = re.compile(r"[,;:]\s")


def verb_of_subject(ctx, m: OrgMention, keys: tuple[str, ...]) -> re.Match[str] | None:
    """The verb of `keys` whose subject the mention is ("X received", "X (Malta) was awarded",
    "..., while aditus foundation received", "A, B and C will receive"), in the text after its
    name; None where the name does not open its clause or is the agent of a passive ("funded by
    the European Union's humanitarian aid (ECHO) and ran from 2022")."""
    units = ctx.units
    if not units:
        return None
    u = units[ctx.unit_index(m.start)]
    breaks = [u.start + k.end() for k in _CLAUSE_BREAK.finditer(u.text, 0, max(0, m.start - u.start))]
    opening = ctx.text[max([u.start, *breaks]) : m.start]
    if len(opening.split()) > 6 or any(ctx.cues.search(k, opening) for k in ("funded_by", "support_from")):
        return None
    verb_at = _past_name_group(ctx, m.end)
    for key in keys:
        for c in ctx.cues.find(key, ctx.text[verb_at : verb_at + 30]):
            if c.start() <= 12:
                return c
    return None


def cue_reaches(ctx, key: str, m: OrgMention, phrases_only: bool = False) -> bool:
    """Whether a cue of `key` governs this mention: it stands earlier in the mention's unit, and
    between the two there are only other organisation names, list glue and a few words. With
    `phrases_only`, only cues of several words count ("en partenariat avec", not "partenaires")."""
    units = ctx.units
    if not units:
        return False
    u = units[ctx.unit_index(m.start)]
    # The unit's cues are found once (memoised per unit text) and serve each of its mentions.
    found = [
        c
        for c in ctx.cues.find(key, u.text)
        if u.start + c.end() <= m.start and (not phrases_only or " " in c.group(0).strip())
    ]
    if key == "granted_to":
        # "Typical beneficiaries are A, B and C": who may apply, not whom a grant goes to
        found = [c for c in found if not ctx.prospective_before(u.text, c.start())]
    if not found:
        return False
    gap_start = u.start + found[-1].end()
    gap = ctx.text[gap_start : m.start]
    if re.search(r"[.!?]\s", gap):
        return False
    # Blank out the names between cue and mention, then the glue; count what is left.
    rest = _LIST_GLUE.sub(" ", ctx.text_without_orgs(gap_start, m.start)).split()
    return len(rest) <= _REACH_WORDS


def _in_person_line(ctx, m: OrgMention) -> bool:
    """Whether the mention stands in a line that opens on a person's title ("Ms Fatima Ali –
    Outreach Coordinator, MWAM"): the line says who works there."""
    units = ctx.units
    return bool(units) and bool(PERSON.match(units[ctx.unit_index(m.start)].text))


def listed_as_partner(ctx, org: str) -> bool:
    """Whether a partner cue governs a mention of the organisation, also further down its list ("en
    partenariat avec A, B, l'OFII, la Métropole de Lyon et le Département du Rhône")."""
    return any(cue_reaches(ctx, "partner_cues", m, phrases_only=True) for m in ctx.orgs if m.iri == org)


def title_site_part(title: str) -> str:
    """The part of a page title that names the site, not the page: a trailing "(site, date)" or
    what follows the last " | " or " - "."""
    title = " ".join(title.split())
    paren = re.search(r"\(([^()]*)\)\s*$", title)
    if paren and re.search(r"\b(?:19|20)\d\d\b", paren.group(1)):
        return paren.group(1)
    tail = re.split(r"\s[|–—-]\s", title)
    return tail[-1] if len(tail) > 1 else ""


def _org_profile(ctx, mentions: list[OrgMention], title_lower: str, site_lower: str) -> dict[str, float]:
    """What the document says of one organisation, whatever it is paired with."""
    units = ctx.units
    o = mentions[0].iri
    ent = ctx.entity(o)
    classes = ent.classes if ent else set()
    subject = project_unit = 0
    for m in mentions:
        u = units[ctx.unit_index(m.start)] if units else None
        if u is None:
            continue
        subject += m.start - u.start <= 45
        project_unit += bool(ctx.cues.search("project_nouns", u.text))
    rules = ctx.shape_rules.get(o, set())
    # where a verb whose subject the name is would stand: past its parenthesis or the rest of its list
    verb_at = [_past_name_group(ctx, m.end) for m in mentions]
    return {
        "impl_cue": float(
            any(_cue_before(ctx, "implemented_by", m.start) or m.start in ctx.fronted_runners for m in mentions)
        ),
        "impl_reach": float(any(cue_reaches(ctx, "implemented_by", m) for m in mentions)),
        "granted_reach": float(any(cue_reaches(ctx, "granted_to", m) for m in mentions)),
        "receives_after": float(any(_cue_after(ctx, "receives", pos, 30) for pos in verb_at)),
        "runs_after": float(any(_cue_after(ctx, "runs_verbs", pos, 30) for pos in verb_at)),
        # (not a team member's role before her organisation: "Ms X – Outreach Coordinator, MWAM")
        "impl_key": float(
            any(_cue_before(ctx, "implementer_keys", m.start, 30) for m in mentions if not _in_person_line(ctx, m))
        ),
        # "il Ministero dell'Interno in qualità di Capofila", "X, lead partner": the role after the name
        "impl_key_after": float(any(_cue_after(ctx, "implementer_keys", m.end, 40, within=20) for m in mentions)),
        "partner_cue": float(any(ctx.is_partner_mention(m) for m in mentions)),
        "speaker": float(any(ctx.is_speaker(m) for m in mentions)),
        "funded_by_before": float(any(_cue_before(ctx, "funded_by", m.start, 30) for m in mentions)),
        "payer": float(o in ctx.payers),
        "support_before": float(any(_cue_before(ctx, "support_from", m.start, 30) for m in mentions)),
        "funding_verb_after": float(any(_cue_after(ctx, "funding_verbs", m.end) for m in mentions)),
        "authority": float(any(ctx.near_authority_cue(m) for m in mentions)),
        # "Das Bundeskanzleramt hat ... einen Förderaufruf gestartet": the subject of a sentence
        # about a call for proposals issues it
        "authority_subject": float(
            any(
                m.start - u.start <= 45 and ctx.cues.search("authority_cues", u.text)
                for m in mentions
                if units and (u := units[ctx.unit_index(m.start)])
            )
        ),
        "mentions": math.log1p(len(mentions)),
        "first": min(m.start for m in mentions) / max(1, len(ctx.text)),
        "in_title": float(any(m.name.lower() in title_lower for m in mentions if len(m.name) > 2)),
        # named as the site that publishes the page ("(The Daily Courier, 31 December 2019)"): a
        # newspaper reports, an organisation's own site tells of its projects; the model weighs it
        "title_site": float(any(m.name.lower() in site_lower for m in mentions if len(m.name) > 2)),
        "known": float(ent is not None),
        "subject": math.log1p(subject),
        "project_unit": math.log1p(project_unit),
        # a parliament's site (dserver.bundestag.de) publishes answers about others' projects
        "owner": float("owner" in rules and not any(ctx.cues.search("legislatures", m.name) for m in mentions)),
        "acronym": float("acronym" in rules),
        "listed": float("list" in rules),
        "shaped": float(bool(rules)),
        **{f"type_{k}": float(iri in classes) for k, iri in _ORG_TYPES.items()},
    }


def candidates(ex: Extractor) -> list[PairCandidate]:
    """Every (funder, organisation) pair of the document, with its features. Funders are the funds
    and national money the document names (national money always: a state's budget is often
    implied) and every organisation it names (agencies, regions and cities fund too)."""
    ctx = ex.ctx
    units = ctx.units
    n_units = max(1, len(units))
    text_len = max(1, len(ctx.text))
    title_lower = (ctx.doc.title or "").lower()
    site_lower = title_site_part(ctx.doc.title or "").lower()

    fund_pos: dict[str, list[int]] = {}
    for m in ctx.funds:
        fund_pos.setdefault(m.entity.iri, []).append(m.start)
    for s, _e in ctx._national_cues:
        fund_pos.setdefault(NATIONAL, []).append(s)
    fund_pos.setdefault(NATIONAL, [])  # a state's budget is often implied (an agency's subsidies)
    title_funds = {m.entity.iri for m in ctx.title_names if m.entity.kind in ("fund", "national")}
    for f in title_funds:
        fund_pos.setdefault(f, [])

    org_mentions: dict[str, list[OrgMention]] = {}
    for o in ctx.orgs:
        org_mentions.setdefault(o.iri, []).append(o)
    profiles = {o: _org_profile(ctx, ms, title_lower, site_lower) for o, ms in org_mentions.items()}
    owner = ctx.site_owner
    if owner is not None and owner in profiles:
        profiles[owner]["owner"] = 1.0

    # The rules' verdicts.
    rule_impl: dict[tuple[str, str], float] = {}
    rule_partner: set[tuple[str, str]] = set()
    rule_funders: set[str] = set(ex.doc_org_funders)
    for p in ex.projects:
        rule_funders |= set(p.funders)
        for f in p.funders:
            for o, ev in p.implementers.items():
                rule_impl[(f, o)] = max(rule_impl.get((f, o), 0.0), ev.confidence)
            for o in p.partners:
                rule_partner.add((f, o))
    impl_any = {o for p in ex.projects for o in p.implementers}
    partner_any = {o for p in ex.projects for o in p.partners}

    positions = {**fund_pos, **{o: [m.start for m in ms] for o, ms in org_mentions.items()}}
    unit_sets = {k: {ctx.unit_index(s) for s in ps} for k, ps in positions.items()}
    para_sets = {k: {units[u].paragraph for u in us} for k, us in unit_sets.items()} if units else {}
    n_orgs, n_funds = len(org_mentions), len(fund_pos)
    fund_most = max((len(ps) for ps in fund_pos.values()), default=0)

    out: list[PairCandidate] = []
    # An organisation is a candidate funder when something says it funds: a funding cue or the rules.
    national = ctx._national_cues

    def named_as_national_money(o: str) -> bool:
        # "financé par le gouvernement belge": the state's money, a funder as NATIONAL already
        return all(any(a <= m.start < b for a, b in national) for m in org_mentions[o])

    # The Commission and its directorates pass the Union's funds on: where the text names a fund, the
    # fund pays (the annotation convention), however "financed by DG HOME" the text says it.
    names_a_fund = any(m.entity.kind == "fund" for m in ctx.funds)
    funding_orgs = [
        o
        for o, pr in profiles.items()
        if (
            o in rule_funders
            or pr["funded_by_before"]
            or pr["support_before"]
            or pr["funding_verb_after"]
            or pr["payer"]
        )
        and not named_as_national_money(o)
        and not (names_a_fund and ctx.is_eu_body(o))
    ]
    for f in [*fund_pos, *funding_orgs]:
        is_org = f in org_mentions
        fpos = positions.get(f, [])
        fu = unit_sets.get(f, set())
        f_profile = {f"f_{k}": v for k, v in profiles[f].items()} if is_org else {}
        for o, mentions in org_mentions.items():
            ou = unit_sets[o]
            same = f == o
            dist_units = 0 if same else min((abs(a - b) for a in ou for b in fu), default=n_units)
            dist_chars = 0 if same else min((abs(m.start - s) for m in mentions for s in fpos), default=text_len)
            feats = {
                "rule_conf": rule_impl.get((f, o), 0.0),
                "rule_pair": float((f, o) in rule_impl),
                "rule_impl_other_funder": float(o in impl_any and (f, o) not in rule_impl),
                "rule_partner": float((f, o) in rule_partner),
                "rule_partner_any": float(o in partner_any),
                "rule_funder": float(f in rule_funders),
                "org_rule_funder": float(o in rule_funders),
                "same_unit": math.log1p(len(ou & fu)),
                "same_para": math.log1p(len({units[u].paragraph for u in ou} & para_sets.get(f, set())))
                if units
                else 0.0,
                "dist_units": math.log1p(dist_units),
                "dist_chars": math.log1p(dist_chars) / 10,
                "funder_unseen": float(not fpos),
                "funder_mentions": math.log1p(len(fpos)),
                "funder_most": float(f in fund_pos and len(fpos) == fund_most > 0),
                "funder_in_title": float(f in title_funds or (is_org and profiles[f]["in_title"] > 0)),
                "funder_national": float(f == NATIONAL),
                "national_cue": float(bool(fund_pos.get(NATIONAL))),
                "funder_fund": float(not is_org and f != NATIONAL),
                "funder_org": float(is_org),
                "self": float(same),
                "n_orgs": math.log1p(n_orgs),
                "n_funds": math.log1p(n_funds),
                **{f"o_{k}": v for k, v in profiles[o].items()},
                **f_profile,
            }
            out.append(PairCandidate(f, o, feats))
    return out
