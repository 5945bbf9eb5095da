"""Cycles and continuations: what a text says of a fund's projects as a whole, in a period.

"Si ce cycle 2022-2025 touche à sa fin, plusieurs projets AMIF se prolongeront en 2026 et 2027,
notamment dans la migration circulaire." names no project, yet it ties a fund (AMIF), two periods
(a cycle 2022-2025 and a continuation into 2026-2027) and a theme (circular migration, a legal
migration goal). Each becomes a statement of its own, so that a query for 2026-2027 finds it; the
projects of the same text whose years lie within a cycle are linked to that cycle.

A cycle: a cycle noun ("cycle", "cyclus", "Förderphase", "ciclo") right before a period range. A
continuation: a plural project noun and a continuation cue ("se prolongeront", "lopen door", "will
continue", "werden fortgesetzt", "proseguiranno") with a period after the cue. The cue words are
per-language data in patterns/cues.toml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from migkg.loaders.extract.model import NATIONAL, CycleFact, Evidence, ProjectFact

if TYPE_CHECKING:
    from migkg.loaders.extract.context import Context


def find_cycles(ctx: Context, doc_funders: list[str]) -> list[CycleFact]:
    """The cycles and continuations the text states, in text order."""
    cues = ctx.cues
    out: list[CycleFact] = []
    for u in ctx.units:
        if u.kind not in ("sentence", "heading", "item"):
            continue
        periods = [pm for pm in ctx.periods_in(u.start, u.end) if pm.kind == "range"]
        if not periods:
            continue
        funders = [f for f, _, _ in ctx.funders_in(u.start, u.end) if f != NATIONAL] or list(doc_funders)
        if not funders:
            continue
        goals = {m.entity.iri: Evidence(u.start, u.end, 0.5) for m in ctx.in_span(ctx.goals, u.start, u.end)}
        ev = Evidence(u.start, u.end, 0.6)
        for noun in cues.find("cycle_nouns", u.text):
            start = u.start + noun.end()
            # "ce cycle 2022-2025", "la phase 2021-2027 du programme": the period within three words.
            pm = next((p for p in periods if p.start - start >= 0 and _words_between(ctx, start, p.start) <= 3), None)
            if pm is not None and not any(c.kind == "cycle" and c.start_year == pm.start_year for c in out):
                out.append(CycleFact("cycle", ev, funders, pm.start_year, pm.end_year))
        for cue in cues.find("continuation_cues", u.text):
            nouns = [
                n for n in cues.find("project_nouns", u.text[: cue.start()]) if cues.has("plural_nouns", n.group(0))
            ]
            after = [p for p in periods if p.start >= u.start + cue.end()]
            if nouns and after:
                pm = after[0]
                previous = next((k for k in range(len(out) - 1, -1, -1) if out[k].kind == "cycle"), None)
                out.append(CycleFact("continuation", ev, funders, pm.start_year, pm.end_year, goals, previous))
                break
    return out


def link_projects(projects: list[ProjectFact], cycles: list[CycleFact]) -> None:
    """A project whose years lie within a cycle's period belongs to that cycle."""
    for p in projects:
        if p.start_year is None and p.end_year is None:
            continue
        start = p.start_year if p.start_year is not None else p.end_year
        end = p.end_year if p.end_year is not None else p.start_year
        for k, c in enumerate(cycles):
            if c.kind != "cycle" or c.start_year is None or c.end_year is None:
                continue
            if c.start_year <= start and end <= c.end_year and set(p.funders) & set(c.funders):
                p.cycles.append(k)


def _words_between(ctx: Context, a: int, b: int) -> int:
    return len(re.findall(r"\w+", ctx.text[a:b]))
