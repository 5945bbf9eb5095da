"""Learned decisions: which funder–implementer pairs of a document hold.

The rules propose (projects/relations: each project's funders and implementers); candidates.py
widens that to every funder the document names paired with every organisation it names, with
language-independent features; this module keeps the pairs a logistic model, trained on the
annotated corpus, scores at or above its threshold, and gives each a project. The score becomes the
confidence of the implementer fact.

The model is a small JSON file (`models/pairs.json`: feature names, scaling, weights, threshold,
calibration) written by `training/train_pairs.py`; applying it needs no machine-learning library.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from migkg.loaders.extract.authorities import CLOSE
from migkg.loaders.extract.candidates import PairCandidate, candidates, listed_as_partner, verb_of_subject
from migkg.loaders.extract.cofunders import cofunding_orgs
from migkg.loaders.extract.context import UNION_WORDS, organisation_key, title_site_name, word_count
from migkg.loaders.extract.model import NATIONAL, AggregateFact, Evidence, OrgMention, ProjectFact
from migkg.loaders.extract.orgshape import fold, spells
from migkg.loaders.extract.structure import PERSON, Unit

MODEL_FILE = Path(__file__).resolve().parent / "models" / "pairs.json"


# Raw scores: a rule's implementer is dropped below threshold * VETO; an accepted pair joins a project
# that already has an implementer only at CO_IMPLEMENTER or above.
VETO = 0.5
# The best pair of a document where none reaches the threshold is kept from threshold * SOLE_PAIR
# up, when the two are named in one paragraph (held out by publisher, pairs F1 0.540 -> 0.554 at
# 0.5; 0.615 -> 0.635 at 0.4 once listed names share a role; see BENCHMARKS.md).
SOLE_PAIR = 0.4
CO_IMPLEMENTER = 0.6
# A rule's funder at this confidence or more was said of its project (not the document's by default).
SAID = 0.6
# The confidence of a funder named beside a fund (cofunders.py): a rule's, not the model's.
COFUNDER = 0.6


def _is_org(ctx, iri: str) -> bool:
    ent = ctx.entity(iri)
    return ent is not None and ent.kind == "org"


@dataclass(frozen=True)
class PairModel:
    names: tuple[str, ...]
    means: tuple[float, ...]
    scales: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float
    calibration: tuple[tuple[float, float], ...] = ()  # (raw score, share right on held-out documents)

    def calibrated(self, raw: float) -> float:
        """The raw score as the share of held-out pairs scored like it that were right (a
        piecewise-linear, non-decreasing map fitted in training); the raw score without a table."""
        points = self.calibration
        if not points:
            return raw
        if raw <= points[0][0]:
            return points[0][1]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            if raw <= x1:
                return y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
        return points[-1][1]

    def score(self, feats: dict[str, float]) -> float:
        z = self.intercept
        for name, mean, scale, w in zip(self.names, self.means, self.scales, self.weights, strict=True):
            z += w * (feats.get(name, 0.0) - mean) / scale
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@cache
def pair_model(path: Path = MODEL_FILE) -> PairModel | None:
    """The shipped model, or None when there is none (the rules' pairs then stand as they are)."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return PairModel(
        tuple(data["features"]),
        tuple(data["means"]),
        tuple(data["scales"]),
        tuple(data["weights"]),
        float(data["intercept"]),
        float(data["threshold"]),
        tuple((float(x), float(y)) for x, y in data.get("calibration_map", [])),
    )


# the rules that read a list of grants, each line a project
_LIST_RULES = ("find_beneficiary_items", "find_titled_grant_lines")


class PairDecisions:
    """The learned decision step; mixed into `Extractor` after the rules have related projects."""

    ctx: object
    projects: list[ProjectFact]
    aggregates: list[AggregateFact]
    breakdown_payers: dict[str, list[Evidence]]  # the relations' (a breakdown of a project's money)
    turned_down_rows: set[int]  # the tables' (applications not funded)

    def decide_pairs(self) -> None:
        """Score every candidate pair; take the implementers the model rejects off the rules'
        projects, give the pairs it accepts a project (the nearest project of that funder, else a
        new one named by the document), and make the scores the facts' confidences."""
        model = pair_model()
        if model is None:
            return
        ctx = self.ctx
        scored = candidates(self)  # type: ignore[arg-type]
        for c in scored:
            c.score = model.score(c.features)
        score = {(c.funder, c.org): c.score for c in scored}
        threshold = model.threshold
        sure = model.calibrated
        # The rules' implementers: kept unless the model finds no funder they plausibly go with.
        for p in self.projects:
            for o in list(p.implementers) if not p.fixed else ():
                scores = [score[(f, o)] for f in p.funders if (f, o) in score]
                if not scores:
                    continue  # not named in the text (a site's owner): the rules' call stands
                best = max(scores)
                if best < threshold * VETO:
                    del p.implementers[o]
                else:
                    ev = p.implementers[o]
                    p.implementers[o] = Evidence(ev.start, ev.end, round(sure(best), 2))
        # (not a body the text sets outside the page's project: "Forced returns by the Border Guard
        # are not part of RECONNECT, although the Border Guard also receives AMIF support")
        outside = self._outside_the_projects()
        scored = [c for c in scored if c.org not in outside]
        accepted = sorted((c for c in scored if c.score >= threshold), key=lambda c: -c.score)
        # (a fund's authority the text names in its role is no pair of it: "AMIF, dat via het
        # ministerie van X wordt verdeeld")
        managers = self._sure_authorities()
        ruled = [o for p in self.projects for o in p.implementers]
        runners = {o for p in self.projects for o in p.implementers if not any((f, o) in managers for f in p.funders)}
        # Where the rules took a fund's authority for its project's runner ("AMIF, dat via het
        # ministerie van X wordt verdeeld"), the runner is still to find: one a cue says runs it
        # ("De dagelijkse uitvoering ligt bij X").
        demoted = bool(ruled) and not runners and not [c for c in accepted if (c.funder, c.org) not in managers]
        if (not accepted and not ruled) or demoted:
            # A page that names a fund and its organisations nearly always says who gets the money:
            # when no pair reaches the threshold, the best one named in a paragraph with its funder
            # stands if it is not far below it, or one a cue says runs it on a page of one fund
            # (where the fund is named far from the runner, there is no other it may be said of).
            # Said together, not in passing; and not a body quoted on the news ("estime le CGRA").
            one_fund = len(self.doc_funders) == 1  # type: ignore[attr-defined]
            near = [
                c
                for c in scored
                if (
                    (c.features.get("same_para", 0.0) > 0 and not demoted)
                    or ((one_fund or demoted) and c.features.get("o_impl_reach"))
                )
                and not c.features.get("o_speaker")
                # (where the best is the authority, the page names no runner: it stays unpaired)
                and not (demoted and (c.funder, c.org) in managers)
            ]
            # A fund's pair before an organisation's: an organisation said to pay beside a fund
            # co-funds the fund's project (`_add_contributors`), it does not replace the fund.
            near = [c for c in near if c.features.get("funder_fund")] or near
            best = max(near, key=lambda c: c.score, default=None)
            if best is not None and best.score >= threshold * SOLE_PAIR:
                accepted = [best]
        siblings = list_siblings(ctx)
        accepted = _with_cued_lists(siblings, scored, accepted, threshold * LIST_FLOOR)
        accepted = _closest_funds(_with_list_siblings(siblings, scored, accepted, threshold), _headline_only_funds(ctx))
        accepted = _with_grant_subjects(ctx, scored, accepted, threshold * GRANT_SUBJECT)
        before = {(c.funder, c.org) for c in accepted}
        accepted = _with_national_cofunding(ctx, scored, accepted)
        # The state's share the page states beside the Union's goes with every fund's pair, also
        # where the rules named only the fund for the organisation's project.
        shared = any(_states_share(ctx, ctx.unit_index(s)) for s, _e in ctx._national_cues)
        state_shares = {(c.funder, c.org) for c in accepted} - before if shared else set()
        for c in self._screened(accepted, state_shares):
            mentions = [m for m in ctx.orgs if m.iri == c.org]
            if not mentions:
                continue
            o_units = [ctx.unit_index(m.start) for m in mentions]
            ev_unit = ctx.units[o_units[0]] if ctx.units else None
            confidence = round(sure(c.score), 2)
            ev = Evidence(ev_unit.start, ev_unit.end, confidence) if ev_unit else Evidence(0, 0, confidence)
            if (c.funder, c.org) in state_shares:
                # the state's share the page states for its fund's projects: in each one the
                # organisation runs with a fund (a table's rows too: the page says it of them all)
                cofunded = [
                    p for p in self.projects if c.org in p.implementers and any(ctx.is_fund(f) for f in p.funders)
                ]
                if len(cofunded) > 1:
                    for p in cofunded:
                        p.funders.setdefault(NATIONAL, ev)
                    continue
            host = self._host_project(c, o_units)
            if host is None:
                continue
            # ("Werkfit | Gemeente X | ESF+ | ...": a row whose payer cell names its fund is paid so;
            # nor is it paid by the payer another row's cell names, "Bilancio comunale")
            named_payers = id(host) in getattr(self, "payer_named_rows", ())
            if named_payers and c.funder not in host.funders:
                continue
            if _runs_only(host, c.funder, c.org):
                # "X grants Y a subsidy to carry out project Z": the rules took the payer for Z's
                # runner; the model says whom it pays.
                del host.implementers[c.funder]
                if not host.amounts and ev_unit is not None:
                    self._amounts_from(host, ev_unit.start, ev_unit.end)  # type: ignore[attr-defined]
            host.funders.setdefault(c.funder, ev)
            if host.led_by is not None and c.org not in (host.led_by, c.funder):
                # "X in qualità di capofila, ... e i Comuni di A, B, C": the lead runs it, the others
                # take part
                host.partners.setdefault(c.org, ev)
            elif c.org != c.funder and host.named_runner in (None, c.org) and not self._pays_only(host, c.org):
                # (a project whose naming line says who runs it, "Name (Verein X)", gets no other runner;
                # nor one its own words say pays it, "Meath County Council provides match funding")
                host.implementers.setdefault(c.org, ev)
            if c.funder != NATIONAL and ctx.is_national_body(c.funder):
                # A national agency's subsidies are the state's money too (the annotation convention).
                host.add_state_money(ev)
        self._add_cofunders()
        self._add_contributors()
        self._add_own_shares()

    def _outside_the_projects(self) -> set[str]:
        """Organisations named in a sentence that says something is not part of a project it names
        ("... carried out by the Border Guard are a separate measure and are not part of X")."""
        ctx = self.ctx
        words = {fold(p.label.split()[0]) for p in self.projects if p.label.split()}
        out: set[str] = set()
        for u in ctx.units:
            if u.kind not in ("sentence", "item") or not ctx.cues.search("not_part_of", u.text):
                continue
            # (by its name, or by "the project" on a page of one: "Het COA ... heeft geen rol in het project")
            said_of_one = len(self.projects) == 1 and ctx.cues.search("project_nouns", u.text) is not None
            if not words & {fold(w) for w in re.findall(r"[\w'’-]+", u.text)} and not said_of_one:
                continue
            out |= {o.iri for o in ctx.orgs_in(u.start, u.end)}
        return out

    def _screened(
        self,
        accepted: list[PairCandidate],
        state_shares: frozenset[tuple[str, str]] | set[tuple[str, str]] = frozenset(),
    ) -> list[PairCandidate]:
        """The accepted pairs that may still become facts: not already stated, not a fund's own
        authority, not another fund than the one the text names for the organisation's project,
        not a partner, not an EU body the rules did not name."""
        ctx = self.ctx
        partners = {o for p in self.projects for o in p.partners}
        # A fund's authority named beside its role passes the fund's money on; it does not get it.
        authorities = self._sure_authorities()
        # ... nor the state's money that goes with the fund's ("cofinancé par l'État et l'UE").
        authorities |= {(NATIONAL, o) for _f, o in authorities}
        # Who pays for the projects the rules gave an organisation, when the text said it (not the
        # document's funds by default): another funder needs the organisation's own sentence.
        ruled: dict[str, set[str]] = {}
        for p in self.projects:
            said = {f for f, ev in p.funders.items() if ev.confidence >= SAID}
            for o in p.implementers if said else ():
                ruled.setdefault(o, set()).update(said)
        # where the text writes the projects' names of several words (the names of places in them
        # are no parties)
        named_spans = [
            (at, at + len(p.label))
            for p in self.projects
            if len(p.label.split()) >= 3
            for at in _occurrences(ctx.text, p.label)
        ]
        # A payer named only in one project's own words ("La Fondation X soutient cette initiative
        # avec 12.000 euros" under the project's heading) pays that project's runners, not the page's.
        scoped: dict[str, set[int]] = {}
        for funder in {c.funder for c in accepted if not ctx.is_fund(c.funder)} if len(self.projects) > 1 else ():
            named_at = {ctx.unit_index(m.start) for m in ctx.orgs if m.iri == funder}
            holders = [p for p in self.projects if named_at and named_at <= set(p.scope_units)]
            if len(holders) == 1:
                scoped[funder] = set(holders[0].scope_units)
        paying_others = {c.funder for c in accepted if c.funder != c.org}
        out = []
        for c in accepted:
            f = c.features
            if any(c.funder in p.funders and c.org in p.implementers for p in self.projects):
                continue
            if (
                c.funder in scoped
                and c.org != ctx.site_owner
                and not any(ctx.unit_index(m.start) in scoped[c.funder] for m in ctx.orgs if m.iri == c.org)
            ):
                continue
            if (c.funder, c.org) in authorities:
                continue
            if (
                not f["rule_pair"]
                and (c.org in paying_others or any(o == c.funder for _f, o in authorities))
                and any(c.org in p.funders for p in self.projects)
                and not any(c.org in p.implementers for p in self.projects)
            ):
                # "... administered by the Department of Justice as the Fund's Responsible Authority.
                # Louth County Council provides match funding": a payer that runs nothing gets no
                # money from the authority, nor runs with a fund where the model says it pays another
                continue
            if f.get("f_authority") and f.get("f_authority_subject") and f.get("funder_org") and not f["rule_pair"]:
                continue  # "DUS-I verleent de subsidies namens de minister": it passes a fund's money on
            if c.funder in self.authority_parents:  # type: ignore[attr-defined]
                continue  # "Ministry for European Funds – Funds and Programmes Division": an authority's logo
            if (
                c.org in ruled
                and c.funder not in ruled[c.org]
                and not f["same_unit"]
                and (c.funder, c.org) not in state_shares
            ):
                continue
            if not ctx.is_eu_body(c.org) and not ctx.is_implementer_org(c.org):
                continue  # "Met het project X wil de federale regering ...": the state's government runs nothing
            rows = self.turned_down_rows
            if rows and all(ctx.unit_index(m.start) in rows for m in ctx.orgs if m.iri == c.org):
                continue  # named only in a table of applications turned down
            if not f["rule_pair"] and self._denied_payer(c.org):
                continue  # "La Regione X ... ha espresso parere favorevole, ma non partecipa al finanziamento"
            named_as_partner = all(
                ctx.is_named_as_partner(m) or self._on_a_partner_or_team_line(m) for m in ctx.orgs if m.iri == c.org
            )
            if c.org in partners or (
                (f["o_partner_cue"] or listed_as_partner(ctx, c.org) or named_as_partner)
                and not (f["o_impl_cue"] or f["o_impl_key"] or f["o_impl_key_after"] or f["o_runs_after"])
            ):
                continue  # the text says it takes part; the rules' partner cues are reliable
            if (
                not f["rule_pair"]
                and ctx.named_only_as_payer(c.org)
                and not (f["o_impl_cue"] or f["o_impl_key"] or f["o_impl_key_after"] or f["o_runs_after"])
            ):
                continue  # "wird vom Ministerium für X ... gefördert": the body the text names paying runs nothing
            if f["o_type_eu"] and not f["rule_pair"]:
                continue  # the Union's own bodies run its funds; the rules' cues alone make one an implementer
            if c.org in ctx.authority_orgs and not f["rule_pair"] and ctx.is_fund(c.funder):
                continue  # "De FOD Binnenlandse Zaken beheert dat fonds": the fund's manager runs nothing
            if any(ctx.cues.search("legislatures", m.name) for m in ctx.orgs if m.iri == c.org):
                continue  # a parliament asks and answers about projects; it runs none
            if all(any(a <= m.start and m.end <= b for a, b in named_spans) for m in ctx.orgs if m.iri == c.org):
                continue  # "Refurbishment of the family wing at the Marsa Open Centre": part of a project's name
            out.append(c)
        return out

    def _add_cofunders(self) -> None:
        """An organisation named as paying beside a fund funds that fund's projects too."""
        ctx = self.ctx
        for org, funds in cofunding_orgs(ctx).items():
            mention = next(m for m in ctx.orgs if m.iri == org)
            u = ctx.units[ctx.unit_index(mention.start)]
            ev = Evidence(u.start, u.end, COFUNDER)
            # (a fund's authority named elsewhere on the page passes the fund on: "Autorità di
            # Gestione: Ministero dell'Interno" over the logos "FAMI | Ministero dell'Interno | X")
            if org in ctx.authority_orgs:
                continue
            logos = any(" | " in ctx.units[ctx.unit_index(m.start)].text for m in ctx.orgs if m.iri == org)
            for p in self.projects:
                # (nor does a project's runner pay it for its logo beside the fund's)
                if logos and org in p.implementers:
                    continue
                if p.implementers and funds & set(p.funders) and not p.fixed:
                    p.funders.setdefault(org, ev)
                    if ctx.is_national_body(org):
                        p.add_state_money(ev)

    def _add_contributors(self) -> None:
        """An organisation the text says gives a sum or the rest of the money ("Den Rest trägt das
        Land X", "35 mila euro sono messi dal Comune di X") funds the page's one funded project,
        beside its fund; on a page of several, the one named in the same paragraph."""
        ctx = self.ctx
        funded = [p for p in self.projects if p.implementers and not p.fixed and any(ctx.is_fund(f) for f in p.funders)]
        for org, ev in self.doc_contributors.items():
            if not funded:
                self._add_lead_co_payer(org, ev)
                continue
            para = ctx.units[ctx.unit_index(ev.start)].paragraph
            hosts = funded
            if len(funded) > 1:
                # of several, the one named in the payer's paragraph
                in_para = [u for u in ctx.units if u.paragraph == para]
                hosts = [
                    p
                    for p in funded
                    if any(ctx.units[j].paragraph == para for j in p.scope_units or [p.unit])
                    or (len(p.label) > 3 and any(p.label in u.text for u in in_para))
                ]
            # (a partner that puts in a sum co-funds: "De gemeente X legt er zelf 150.000 euro bij")
            if len(hosts) != 1 or org in hosts[0].implementers:
                continue
            p = hosts[0]
            if any(org in q.funders for q in self.projects if q is not p and q.rule in _LIST_RULES):
                continue  # (a list's giver the rules read: "214.000 Euro stellt das Land X ... zur Verfügung")
            funds = {f for f in p.funders if ctx.is_fund(f)}
            # said in a paragraph that names the project's fund ("... zu 75 Prozent aus dem AMIF
            # finanziert. Den Rest trägt das Land X"), not of some other money on the page; on a
            # page of one project, or right after such a paragraph ("... aus dem AMIF (AMIF)." over
            # "Rund 309.600 Euro kommen aus dem EU-Topf, das Land steuert 51.600 Euro bei")
            before = [u.paragraph for u in ctx.units if u.paragraph < para]
            previous = max(before, default=None) if len(self.projects) == 1 else None
            spans = [(u.start, u.end) for u in ctx.units if u.paragraph in (para, previous)]
            # a line of a breakdown of the money says so itself ("Bijdrage Stad X: € 40.000")
            if org in self.breakdown_payers or any(f in funds for a, b in spans for f, _s, _e in ctx.funders_in(a, b)):
                p.funders.setdefault(org, Evidence(ev.start, ev.end, COFUNDER))

    def _add_lead_co_payer(self, org: str, ev: Evidence) -> None:
        """A body the page's lead says gives the rest, in the sentence that names the projects' payer
        ("Den Großteil der Mittel stellt der Freistaat bereit; den Rest übernimmt der Landkreis X"),
        on a page whose projects no fund pays: it co-funds each project that payer pays."""
        ctx = self.ctx
        at = ctx.unit_index(ev.start)
        if any(p.unit <= at for p in self.projects):
            return  # (not in the lead: the words of one of the projects)
        u = ctx.units[at]
        beside = {o.iri for o in ctx.orgs_in(u.start, u.end)} - {org}
        for p in self.projects:
            if p.fixed or org in p.implementers or not p.implementers or not beside & set(p.funders):
                continue
            p.funders.setdefault(org, Evidence(ev.start, ev.end, COFUNDER))

    def _add_own_shares(self) -> None:
        """An organisation named with its own share of the money (payers.py) funds the project it
        runs; on a page about one funded project that names no one running it, it runs that project
        (one with its runner named is paid a share by another: "75 % AMIF · 20 % Freistaat X · 5 %
        Landkreis Y" on an association's project page)."""
        funded = [p for p in self.projects if p.funders and not p.fixed]
        for org, ev in self.own_share_payers.items():  # type: ignore[attr-defined]
            at = self.ctx.unit_index(ev.start)
            # (the share's words, and the line under them: "davon AMIF ...: 486.300 Euro (75 %)" over
            # "davon Kofinanzierung Stadt X: 45.000 Euro")
            lines = set(range(at, self.ctx.unit_index(max(ev.start, ev.end - 1)) + 2))
            said = [p for p in funded if lines & set(p.scope_units)]
            if len(said) == 1 and said[0].implementers and org not in said[0].implementers:
                # "davon Kofinanzierung Stadt Ulm: 45.000 Euro" in the record of a project another
                # body runs: the town co-funds that one, not the project of its own the page names
                said[0].funders.setdefault(org, ev)
                continue
            hosts = [p for p in funded if org in p.implementers]
            if not hosts and len(funded) == 1 and not funded[0].implementers:
                hosts = funded
            for p in hosts:
                p.implementers.setdefault(org, ev)
                p.funders.setdefault(org, ev)
            if not hosts and len(said) == 1 and said[0].implementers:
                # "Ce projet ... bénéficie d'un financement du FAMI, complété par une participation du
                # Département de X à hauteur de 35 000 euros": a share of the one project whose own
                # words name it, which another runs
                said[0].funders.setdefault(org, ev)

    def _sure_authorities(self) -> set[tuple[str, str]]:
        """(fund, organisation) for each authority the text names beside its role (`CLOSE`)."""
        return {(f, o) for f, o, ev in self.authorities if ev.confidence >= CLOSE}  # type: ignore[attr-defined]

    def _host_project(self, c: PairCandidate, o_units: list[int]) -> ProjectFact | None:
        """The project an accepted pair belongs to: the nearest project of that funder (or with no
        funder yet) that has no implementer or has this one; a project whose own words name the
        organisation, when the model is sure; else a new project (the pairs are the model's call; the
        project is only where they are told); None when the pair has no place."""
        # A table's rows hold what their columns say, and no more.
        pool = [
            p
            for p in self.projects
            if (c.funder in p.funders or not p.funders)
            and not p.fixed
            # (not a fund for one whose own words deny public money: "il SAI non utilizza fondi europei")
            and not (self.ctx.is_fund(c.funder) and c.funder not in p.funders and self._denied_money(p))  # type: ignore[attr-defined]
        ]
        if c.funder == NATIONAL:
            # the state's share goes with the fund's: to the project the organisation runs with a fund
            cofunded = [
                p
                for p in self.projects
                if c.org in p.implementers and not p.fixed and any(self.ctx.is_fund(f) for f in p.funders)
            ]
            if len(cofunded) == 1:
                return cofunded[0]
        if c.funder != NATIONAL and not self.ctx.is_fund(c.funder) and not any(c.funder in p.funders for p in pool):
            # a body that pays beside the fund pays into the one project the organisation runs ("la
            # Ville de X apporte 12 000 € au projet de l'association Y"), not into a new one
            runs = [p for p in self.projects if c.org in p.implementers and not p.fixed]
            if len(runs) == 1:
                return runs[0]
        rows = [p for p in self.projects if p.fixed and c.org in p.implementers]
        if len(rows) == 1 and not any(c.org in p.implementers for p in pool):
            # the organisation runs one table row and no other project the text names: the row is
            # its project, the text adds a payer ("het saldo wordt gedragen door X")
            return rows[0]
        named = [p for p in self.projects if p.rule != "decide_pairs"]
        if len(named) == 1 and named[0] in pool and not c.features.get("o_speaker"):
            # A page about one named project: the pairs the model accepts are its own (but for a
            # body quoted on it: "selon l'OIM, le projet X ...").
            return named[0]
        if (
            len(named) == 1
            and c.org not in named[0].implementers
            and any(self.ctx.is_named_as_partner(m) for m in self.ctx.orgs if m.iri == c.org)
        ):
            # A page about one named project that says the organisation takes part in it ("De
            # gemeente X en Y doen als partners mee"): it runs no second project of the page.
            return None
        if (
            len(named) == 1
            and c.funder in named[0].implementers
            and c.funder not in named[0].funders
            and not self._under_a_heading_of_projects(o_units[0])
        ):
            # A page about one named project whose runner the model would have pay a second, unnamed
            # one ("Het Sociaal Huis van Maaseik trekt het project. De taallessen worden gegeven door
            # Ligo ..."): the roles are the named project's (not under "Quelques projets soutenus",
            # the projects Fedasil pays beside its own)
            return None
        payer_units = [self.ctx.unit_index(m.start) for m in self.ctx.orgs if m.iri == c.funder]
        if payer_units and all(self.ctx.is_related_link(j) for j in payer_units):
            return None  # "Lees ook" over "› X opent nieuw Huis van het Kind": another page's title
        if len(named) == 1 and named[0].implementers and self._bystander(c.org, o_units):
            # A page about one named project whose runner the text says: the fund's authority, the
            # site's name in its header or a contact line is no runner of a second project of the page
            return None
        if pool:

            def distance(p: ProjectFact) -> int:
                units = p.scope_units or [p.unit]
                return min(abs(a - b) for a in units for b in o_units)

            def nearest_first(p: ProjectFact) -> tuple[int, int]:
                # Of two projects as near, the one named before the organisation: a text names a
                # project, then whom it pays ("... the project X:" over a table of beneficiaries).
                d = distance(p)
                return d, int(not any(0 <= b - a == d for a in p.scope_units or [p.unit] for b in o_units))

            # (a fund's authority the rules took for a runner runs nothing: the pipeline drops it)
            managers = {o for _f, o in self._sure_authorities()}
            free = [
                p
                for p in pool
                if not set(p.implementers) - managers or c.org in p.implementers or _runs_only(p, c.funder, c.org)
            ]
            if free:
                return min(free, key=nearest_first)
            near = [p for p in pool if distance(p) == 0]
            if not near:
                return self._new_project(c, o_units)
            if c.score >= CO_IMPLEMENTER:
                return near[0]  # a second implementer, named in the project's own words
        return self._new_project(c, o_units)

    def _pays_only(self, p: ProjectFact, org: str) -> bool:
        """Whether the rules read the organisation as a payer of the project, not its runner: of a
        project another body runs, or by words of matching money ("Meath County Council provides
        match funding of €50,000")."""
        if org not in p.funders or org in p.implementers or p.funders[org].confidence < 0.7:
            return False
        if org == self.ctx.site_owner:
            return False  # (a town's own letter on the project it runs and co-finances)
        if any(o != org for o in p.implementers):
            return True
        ev = p.funders[org]
        return self.ctx.cues.search("tops_up", self.ctx.text[ev.start : ev.end]) is not None

    def _under_a_heading_of_projects(self, i: int) -> bool:
        """Whether unit i stands under a heading that speaks of projects."""
        h = self.ctx.units[i].section
        return h >= 0 and self.ctx.cues.search("project_nouns", self.ctx.units[h].text) is not None

    def _on_a_partner_or_team_line(self, m: OrgMention) -> bool:
        """Whether the mention opens a line of a list of partners ("The University works with three
        partners:" over "1. Jesuit Refugee Service Malta (JRS Malta) – psychosocial support ..."), or
        stands in a team member's line ("Ms X – Project Officer, JRS Malta")."""
        i = self.ctx.unit_index(m.start)
        u = self.ctx.units[i]
        if u.kind == "item" and m.start - u.start <= 4 and self._partner_list(i):  # type: ignore[attr-defined]
            return True
        return bool(PERSON.match(u.text))

    def _denied_payer(self, org: str) -> bool:
        """Whether every sentence that names the organisation denies money ("ma non partecipa al
        finanziamento", "ne finance pas", "beteiligt sich nicht an der Finanzierung")."""
        ctx, cues = self.ctx, self.ctx.cues
        units = {ctx.unit_index(m.start) for m in ctx.orgs if m.iri == org}
        texts = [ctx.units[j].text for j in units]
        return bool(texts) and all(
            cues.search("negations", t) is not None and cues.search("funding_words", t) is not None for t in texts
        )

    def _bystander(self, org: str, o_units: list[int]) -> bool:
        """Whether an organisation is a fund's authority, the site's name in the page's header and
        nowhere else, or named only under a contact heading ("Pressekontakt", "Anmeldung und
        Kontakt"). (Not the site's owner as such: on its own site an organisation runs projects.)"""
        ctx = self.ctx
        authorities = {o for _f, o, _ev in self.authorities}  # type: ignore[attr-defined]
        if org in ctx.authority_orgs or org in authorities:
            return True
        site = fold(title_site_name(ctx.doc.title))
        only_in_headings = all(ctx.units[j].kind == "heading" for j in o_units)
        if site and only_in_headings and any(m.iri == org and fold(m.name) == site for m in ctx.orgs):
            return True  # "... – Ostbelgien Live": the site's name, in its header and nowhere else
        return self._in_contact_blocks(o_units)

    def _in_contact_blocks(self, o_units: list[int]) -> bool:
        """Whether every unit is under a contact heading ("Pressekontakt", "Anmeldung und Kontakt"),
        or under a heading right below one ("Contact" over "Project manager X" over an address)."""
        ctx = self.ctx

        def under_contact(j: int) -> bool:
            sec = ctx.units[j].section
            if sec < 0:
                return False
            return ctx.is_contact_heading(sec) or (
                word_count(ctx.units[sec].text) <= 6 and sec > 0 and ctx.is_contact_heading(sec - 1)
            )

        return all(under_contact(j) for j in o_units)

    def _says_the_project(self, u: Unit) -> bool:
        """Whether a sentence speaks of "the project" ("qui porte le projet", "das Projekt", "the
        project"): the one the page names, not a group, not a programme."""
        from migkg.loaders.extract.projects import project_anaphora

        cues = self.ctx.cues
        # (of two words at least: an article and the noun, not a pronoun)
        words = [
            w
            for w in project_anaphora(cues)
            if len(w.split()) > 1 and not any(cues.has("programme_nouns", t) for t in re.split(r"[\s'’]+", w))
        ]
        return u.kind == "sentence" and any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", u.text, re.I) for w in words)

    def _new_project(self, c: PairCandidate, o_units: list[int]) -> ProjectFact | None:
        """A project the text describes without a name the rules could read: labelled by the
        section heading over the organisation's first mention, else by the document's title."""
        from migkg.loaders.extract.projects import (
            SECTION_NUMBER,
            about_a_fund,
            generic_heading,
            not_a_project,
            only_a_date,
            page_chrome,
            title_name,
        )

        ctx = self.ctx
        if c.org == c.funder:
            return None  # a body paying its own way names no project of its own: it pays one named
        u = ctx.units[o_units[0]] if ctx.units else None
        if u is None or self._in_contact_blocks(o_units):
            return None  # (named only where the page says whom to call: it runs no project of its own)
        if any(p.rule == "find_table_rows" and p.implementers for p in self.projects) and all(
            ctx.units[j].kind in ("heading", "kv") or ctx.units[j].text.lstrip().startswith(("©", "(c)", "Copyright"))
            for j in o_units
        ):
            return None  # a table's page: one named only in its header, footer or contact line runs none of its own
        named = [p for p in self.projects if p.rule != "decide_pairs"]
        if len(named) == 1 and self._says_the_project(u):
            return named[0]  # "L'association X, qui porte le projet, ...": the page's one project
        _at, announced = self._announced_count()  # type: ignore[attr-defined]
        if announced is not None and len([p for p in self.projects if p.rule != "decide_pairs"]) == announced:
            return None  # "drei Integrationsprojekte" and the three named: the page has no other
        label = _clause_before(ctx, c.org, u)
        if (
            not label
            and u.section >= 0
            and not generic_heading(ctx.units[u.section].text, ctx.cues)
            and not ctx.is_related_link(u.section)
            # (not a news page's date line: "14th August 2019", nor its reading time or a menu)
            and not only_a_date(ctx.units[u.section].text)
            and not page_chrome(ctx.units[u.section].text)
        ):
            # (without its number: "3.1 FirstSteps to Work" is the project "FirstSteps to Work")
            label = SECTION_NUMBER.sub("", ctx.units[u.section].text)
        if not label and ctx.doc.title and "?" not in ctx.doc.title:
            # (not a headline's question: "Neu in Eupen? Integrationsparcours und Anlaufstellen")
            label = title_name(ctx.doc.title, ctx.cues)
            # "Cap'Femmes – Atelier Babel": the site's name after the dash
            head, dash, tail = label.rpartition(" – ")
            if dash and any(fold(organisation_key(o.name, ctx.cues)) == fold(tail) for o in ctx.orgs):
                label = head
        label = " ".join(label.split()).strip(" .,;:–—-•*'\"«»“”‘’")[:160]
        if not label or not_a_project(label, ctx.cues) or about_a_fund(ctx, label):
            # A named beneficiary of a project the text does not name ("subsidy granted to A, B
            # and C"): one project per beneficiary, labelled by what the sentence says it is for
            # and by the beneficiary (the annotation convention).
            # Not where the sentence names a project (the rules' call) or counts a group ("15
            # projects in Saxony"): neither names a beneficiary.
            counted = any(a.evidence.start < u.end and u.start < a.evidence.end for a in self.aggregates)
            named = any(o_units[0] in (p.scope_units or [p.unit]) for p in self.projects if p.rule != "decide_pairs")
            # An organisation paying itself has no beneficiary to name a project after, nor one
            # named as where someone works ("X, coordinator at Y, welcomed the news").
            employer = all(ctx.is_named_as_employer(m) for m in ctx.orgs_in(u.start, u.end) if m.iri == c.org)
            label = "" if counted or named or employer or c.org == c.funder else _beneficiary_label(ctx, c.org, u)
            if not label:
                return None
        names = ctx.names_of(c.org)
        if fold(label) in names and fold(u.text.strip(" .,;:|–—-•*")) in names and ctx.is_state_or_regional_body(c.org):
            # "Regione Toscana" over a page on the fund: a ministry, a region's government, a state
            # agency or a fund's authority first named by a line of its name alone (the site's
            # header) and labelling the project by that name alone (the header, or the beneficiary
            # with no theme) runs none; its page speaks of the fund it manages or pays into. (Not
            # a beneficiary named in a sentence, "... the Ministry for Health will be benefiting";
            # nor a town's government: towns run projects, "Integratie en inburgering: onze
            # projecten | Lokaal Bestuur Beringen".)
            return None
        lead = label.split(" – ")[0].lower()
        for p in self.projects:
            if p.label.lower() in (label.lower(), lead):
                return p  # "MiHeal – Bridging research and practice": the project named "MiHeal"
        if len([p for p in self.projects if p.rule != "decide_pairs" and p.funders and p.implementers]) >= 2:
            # a page whose rules read two projects or more whole, each with its payer and runner (a
            # list, a table, a release on its grants): a pair outside them is the page's talk of
            # the fund, its authority or its owner, not one more project (on the 32 folders read,
            # F1 mean 0.726 -> 0.732, false pairs 2781 -> 2658, true 2063 -> 2038)
            return None
        fact = ProjectFact(label=label, evidence=Evidence(u.start, u.end, 0.5), unit=o_units[0])
        fact.rule = "decide_pairs"
        fact.scope_units = [o_units[0]]
        named_in = {j for p in self.projects for j in (p.scope_units or [p.unit])}
        self.projects.append(fact)
        self.assign_years(fact, [(u.start, u.end)], named_in)  # type: ignore[attr-defined]
        self._amounts_from(fact, u.start, u.end)  # type: ignore[attr-defined]
        return fact


def _occurrences(text: str, part: str) -> list[int]:
    """Where `part` stands in `text` (string search: a pattern per name would crowd the regex cache)."""
    out, at = [], text.find(part)
    while at >= 0:
        out.append(at)
        at = text.find(part, at + 1)
    return out


def _runs_only(p: ProjectFact, funder: str, org: str) -> bool:
    """The project's one implementer is the organisation the model finds paying another one."""
    return org != funder and set(p.implementers) == {funder} and p.rule != "decide_pairs" and funder != p.named_runner


# A name listed with an accepted one ("A, B and C") shares its role from threshold * SIBLING up.
SIBLING = 0.4
_SIBLING_GLUE = re.compile(
    # an elided article ("et l'OIM") ends the gap with its apostrophe: no word boundary after it
    r"(?:[\s,;/&]|\b(?:and|as well as|et|ainsi que|en|und|sowie|e|ed|the|la|le|les|de|het|die|der|il)\b|\b[ld]['’])*",
    re.IGNORECASE,
)


def list_siblings(ctx) -> dict[str, dict[str, None]]:
    """Organisations named in one enumeration of a sentence ("A, B and C"): each with the others
    (only list glue between consecutive names), in the text's order: the pairs they add are
    decided in that order, so the first to give a project a funder gives its evidence whatever
    the process's string hashing (a set's order changed a fact's evidence from run to run)."""
    siblings: dict[str, dict[str, None]] = {}
    mentions = sorted(ctx.orgs, key=lambda m: m.start)
    run: list[OrgMention] = []

    def close() -> None:
        names = dict.fromkeys(m.iri for m in run)
        if len(names) > 1:
            for o in names:
                siblings.setdefault(o, {}).update((n, None) for n in names if n != o)

    for m in mentions:
        if run:
            gap = ctx.text[run[-1].end : m.start]
            same_unit = ctx.unit_index(run[-1].start) == ctx.unit_index(m.start)
            # ("Media and Communications Unit, IOM Poland": a body's unit, then the body, no list)
            unit_of = gap.strip() == "," and ctx.is_unit_name(run[-1].name.split())
            if not (same_unit and m.start >= run[-1].end and _SIBLING_GLUE.fullmatch(gap)) or unit_of:
                close()
                run = []
        run.append(m)
    close()
    return siblings


# A list a grant or running cue reaches stands from threshold * LIST_FLOOR up (its held-out figure is
# the same from 0.6 to 0.9: the lists it saves sit just under the threshold).
LIST_FLOOR = 0.8


def _with_cued_lists(
    siblings: dict[str, dict[str, None]], scored: list[PairCandidate], accepted: list[PairCandidate], floor: float
) -> list[PairCandidate]:
    """A list of three names or more that a grant or running cue reaches ("subsidie toegekend aan
    de gemeenten A, B en C") is decided as one: its best pair stands from `floor` up."""
    groups: list[list[str]] = []
    for o, others in siblings.items():
        group = [o, *others]
        if len(group) >= 3 and not any(set(group) == set(g) for g in groups):
            groups.append(group)
    by_org: dict[str, list[PairCandidate]] = {}
    for c in scored:
        by_org.setdefault(c.org, []).append(c)
    extra = []
    for group in groups:
        members = [c for o in group for c in by_org.get(o, [])]
        cues = ("o_granted_reach", "o_runs_after", "o_impl_reach")
        cued = any(c.features.get(k) for c in members for k in cues)
        best = max(members, key=lambda c: c.score, default=None)
        if cued and best is not None and best.score >= floor:
            extra.append(best)
    return _accept_also(scored, accepted, ((c.funder, c.org) for c in extra))


# An organisation said to receive a sum or to run a project in a sentence that names the sum (a
# parliamentary answer's running text: "the International Protection Agency was awarded an AMIF
# grant of €1,485,000 for ...") gets its best fund from threshold * GRANT_SUBJECT up.
GRANT_SUBJECT = 0.5


def _with_grant_subjects(
    ctx, scored: list[PairCandidate], accepted: list[PairCandidate], floor: float
) -> list[PairCandidate]:
    """The best fund pair of each organisation that is the subject of a receiving or running verb
    in a sentence with a sum ("X received €420,000 for ...", "X is implementing a project with a
    total eligible cost of €2,070,000") and has no pair accepted yet, from `floor` up."""
    granted: set[str] = set()
    for m in ctx.orgs:
        u = ctx.units[ctx.unit_index(m.start)] if ctx.units else None
        if u is None or u.kind != "sentence" or m.iri in granted:
            continue
        verb = verb_of_subject(ctx, m, ("receives", "runs_verbs"))
        if verb is not None and ctx.amounts_in(m.end, u.end):
            granted.add(m.iri)
    granted -= {c.org for c in accepted}  # (an organisation with a pair accepted has its payer)
    best: dict[str, PairCandidate] = {}
    for c in scored:
        if c.org in granted and ctx.is_fund(c.funder) and (c.org not in best or c.score > best[c.org].score):
            best[c.org] = c
    return _accept_also(scored, accepted, ((c.funder, c.org) for c in best.values()), floor)


def _with_list_siblings(
    siblings: dict[str, dict[str, None]], scored: list[PairCandidate], accepted: list[PairCandidate], threshold: float
) -> list[PairCandidate]:
    also = ((c.funder, o) for c in accepted for o in siblings.get(c.org, ()))
    return _accept_also(scored, accepted, also, threshold * SIBLING)


_THE_FUND = re.compile(r"\b(?:the|le|du|het|dem|des|il|dal|del)\s+(?:Fund|Fonds|Fondo)\b")
_SHARE = re.compile(r"\d\s?%|\d\s?(?:per ?cent|pour ?cent|procent|Prozent|per cento)", re.IGNORECASE)


def _states_share(ctx, i: int) -> bool:
    """Whether unit i, which names national money, gives its share beside the Union's: "The EU
    co-financing rate is 75%, with the remaining 25% covered by the state budget"."""
    u = ctx.units[i]
    text = u.text
    # "Het saldo van elk project wordt gedragen door de federale begroting", "The balance of eligible
    # costs is met from national Exchequer funding": the rest of a page's fund's projects (not where
    # it names whose: "Pour le projet de l'ONA, le solde est pris en charge par le budget de l'État")
    if ctx.fund_units and ctx.cues.search("remainder_words", text) and not ctx.orgs_in(u.start, u.end):
        return True
    if not _SHARE.search(text):
        return False
    # the Union's share is the fund's ("75 per cent from the Fund, with the remaining 25 per cent being
    # met from national funds")
    return any(UNION_WORDS.search(ctx.units[j].text) or _THE_FUND.search(ctx.units[j].text) for j in (i - 1, i))


def _with_national_cofunding(ctx, scored: list[PairCandidate], accepted: list[PairCandidate]) -> list[PairCandidate]:
    """ "Cofinancé par l'État et l'UE, via le FAMI": national money named in one sentence with a
    fund pays beside it, so it goes with every organisation that fund's money goes to."""
    units_with_funds = ctx.fund_units

    def beside_a_fund(i: int) -> bool:
        # its own sentence, or the next or previous line of a breakdown ("AMIF: EUR 1,077,187.80
        # (75 %)" over "State budget: EUR 359,062.60 (25 %)")
        if i in units_with_funds:
            return True
        u = ctx.units[i]
        if units_with_funds and _states_share(ctx, i):
            return True
        return u.kind in ("item", "kv", "row") and any(
            j in units_with_funds and ctx.units[j].kind == u.kind for j in (i - 1, i + 1)
        )

    if not any(beside_a_fund(ctx.unit_index(s)) for s, _e in ctx._national_cues):
        return accepted
    return _accept_also(scored, accepted, ((NATIONAL, c.org) for c in accepted if c.features.get("funder_fund")))


def _accept_also(
    scored: list[PairCandidate], accepted: list[PairCandidate], pairs: Iterable[tuple[str, str]], floor: float = 0.0
) -> list[PairCandidate]:
    """`accepted` and, after it, the candidates of `pairs` (funder, organisation) scored `floor` or
    more that it does not hold yet, each once."""
    by_pair = {(c.funder, c.org): c for c in scored}
    taken = {(c.funder, c.org) for c in accepted}
    extra = []
    for key in pairs:
        c = by_pair.get(key)
        if c is not None and key not in taken and c.score >= floor:
            taken.add(key)
            extra.append(c)
    return accepted + extra


def _headline_only_funds(ctx) -> set[str]:
    """Funds named only in the title, or in a first line that repeats it."""
    title = " ".join((ctx.doc.title or "").lower().split())
    where: dict[str, bool] = {}
    for m in ctx.funds:
        u = ctx.units[ctx.unit_index(m.start)] if ctx.units else None
        line = " ".join(u.text.lower().split()) if u is not None else ""
        headline = bool(title) and bool(line) and (line in title or title in line)
        where[m.entity.iri] = where.get(m.entity.iri, True) and headline
    return {f for f, only in where.items() if only}


def _closest_funds(accepted: list[PairCandidate], headline_only: set[str]) -> list[PairCandidate]:
    """Of the funds accepted with one organisation, the ones the text ties to it: when one is named
    in the organisation's sentence, those not even in its paragraph go; else, when one is named in
    the body, those named only in the title go (a title listing "AMIF, ISF, BMVI" over a page about
    one of them). National money and funding organisations are other kinds of funder, kept."""
    by_org: dict[str, list[PairCandidate]] = {}
    for c in accepted:
        if c.features.get("funder_fund"):
            by_org.setdefault(c.org, []).append(c)
    dropped: set[int] = set()
    for funds in by_org.values():
        if len(funds) < 2:
            continue
        if any(c.features["same_unit"] > 0 for c in funds):
            dropped |= {id(c) for c in funds if c.features["same_para"] == 0}
        else:
            in_title = {id(c) for c in funds if c.features["funder_unseen"] or c.funder in headline_only}
            if len(in_title) < len(funds):
                dropped |= in_title
    return [c for c in accepted if id(c) not in dropped]


_LABEL_PUNCT = " .,;:–—-•*'\"«»“”‘’()"


def _beneficiary_label(ctx, org: str, u) -> str:
    """ "<what the sentence says before the first beneficiary> – <the beneficiary>", at most
    `_THEME_WORDS` words of theme; the beneficiary's name alone when nothing stands before it."""
    mention = next((m for m in ctx.orgs if m.iri == org and u.start <= m.start < u.end), None)
    if mention is None:
        return ""
    first = min((m.start for m in ctx.orgs if u.start <= m.start < u.end), default=mention.start)
    before = re.split(r"[.;:!?\n]", ctx.text[u.start : first])[-1]
    words = [w for w in before.split()[-_THEME_WORDS:] if w.strip(_LABEL_PUNCT)]
    while words and (ctx.cues.has("determiners", words[-1]) or _GLUE_WORD.fullmatch(words[-1])):
        words.pop()  # "... aux côtés de la" – X: the theme ends on its own words
    theme = " ".join(words).strip(_LABEL_PUNCT)
    if mention.start == first and _kind_words_only(ctx, theme):
        # "L'association brestoise X proposera des ateliers sociolinguistiques ..., afin de": the
        # beneficiary is the subject, what it does follows its verb
        theme = _object_after_verb(ctx, ctx.text[mention.end : u.end])
        words = theme.split()
    if ctx.cues.search("speaker_cues", theme) or sum(len(w) >= 3 for w in words) < 2:
        theme = ""  # "Ian Borg announced that": who said it is no theme; "L'" is none either
    name = " ".join(mention.name.split()).strip(_LABEL_PUNCT)
    return f"{theme} – {name}" if theme else name


_THEME_WORDS = 12


def _kind_words_only(ctx, theme: str) -> bool:
    """Whether the words before a name only say what kind of body it is ("L'association
    brestoise", "De vzw", "") or where the sentence is ("À Brest,")."""
    rest = re.sub(r"^.*,", "", theme).strip()
    words = [w for w in rest.split() if not (ctx.cues.has("determiners", w) or re.fullmatch(r"\w+['’]", w))]
    text = " ".join(words)
    kind = ctx.cues.search("org_heads", text) or ctx.cues.search("apposed_kinds", text)
    return not words or (kind is not None and len(words) <= 2)


def _object_after_verb(ctx, after: str) -> str:
    """The words after a subject's verb up to the clause's end, without the verb and the article:
    "proposera des ateliers sociolinguistiques couplés à une garde d'enfants, afin de" gives
    "ateliers sociolinguistiques couplés à une garde d'enfants"."""
    clause = re.split(r"[,;:.!?()\n]", after, maxsplit=1)[0]
    words = clause.split()[1:]
    while words and (ctx.cues.has("determiners", words[0]) or _GLUE_WORD.fullmatch(words[0])):
        words = words[1:]
    words = words[:_THEME_WORDS]
    while words and (ctx.cues.has("determiners", words[-1]) or _GLUE_WORD.fullmatch(words[-1])):
        words.pop()
    return " ".join(words).strip(_LABEL_PUNCT)


_GLUE_WORD = re.compile(
    r"(?:and|the|of|to|by|with|et|de|du|des|la|le|les|l'|l’|d'|d’|à|au|aux|avec|par|en|van|het|aan|met|door|voor|"
    r"und|der|die|das|den|dem|des|von|mit|an|e|di|del|della|al|alla|con|da|il|lo|gli)",
    re.IGNORECASE,
)


# Cues that make a clause say who does what rather than what is done.
_NOT_A_DEED = ("implemented_by", "partner_cues", "funded_by", "speaker_cues", "support_from")


def _clause_before(ctx, org: str, u) -> str:
    """What an organisation named in parentheses does: the clause before "(ORG)" ("les victimes de
    mutilations génitales (GAMS)"), back to the previous comma, colon or semicolon."""
    for m in ctx.orgs:
        if m.iri != org or not u.start <= m.start < u.end:
            continue
        before = ctx.text[u.start : m.start]
        if not before.rstrip().endswith("("):
            continue
        clause = re.split(r"[,;:]", before.rstrip()[:-1])[-1].strip()
        if spells(ctx.text[m.start : m.end], clause.split()):
            continue  # "... la Fédération internationale de la Croix-Rouge (FICR)": the name, not a deed
        initials = "".join(w[0] for w in clause.split() if w[:1].isupper())
        short = ctx.text[m.start : m.end]
        if len(initials) >= 2 and short.isupper() and short.endswith(initials.upper()) and len(short) > len(initials):
            continue  # "Department of Children, ..., Integration and Youth (DCEDIY)": the name's last part
        clause_start = u.start + before.rstrip()[:-1].find(clause)
        if any(ctx.cues.search(key, clause) for key in _NOT_A_DEED) or ctx.orgs_in(clause_start, m.start):
            continue  # "est piloté par la X (Y)", "aux côtés des opérateurs de Z (Y)": who, not what
        if 2 <= len(clause.split()) <= 20:
            return clause
    return ""
