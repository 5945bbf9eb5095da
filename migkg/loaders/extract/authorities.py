"""Fund authorities: the organisation a text names in a fund's managing, responsible or delegated
role ("le SPF Intérieur, autorité responsable du FAMI", "Responsible authority: X"). It passes the
fund's money on; it is not the fund, not a funder of its own and not an implementer.

The role names are per-language data (`authority_roles` in patterns/cues.toml). The organisation is
the one named closest to the role's words in the same sentence or record line; the funds are those
the sentence names, else the document's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from migkg.loaders.extract.model import NATIONAL, Evidence

if TYPE_CHECKING:
    from migkg.loaders.extract.context import Context

REACH = 80  # characters between the role's words and the organisation's name
CLOSE_REACH = 30  # ... when the two are named side by side
CLOSE = 0.8


def find_authorities(ctx: Context, doc_funders: list[str]) -> list[tuple[str, str, Evidence]]:
    """(fund, organisation, evidence) for every authority the text names, in text order."""
    out: list[tuple[str, str, Evidence]] = []
    for u in ctx.units:
        roles = ctx.cues.find("authority_roles", u.text)
        if not roles:
            continue
        funds = [f for f, _, _ in ctx.funders_in(u.start, u.end) if f != NATIONAL] or list(doc_funders)
        for role in roles:
            a, b = u.start + role.start(), u.start + role.end()
            near = [
                o
                for o in ctx.orgs_in(max(u.start, a - REACH), min(u.end, b + REACH))
                if not (o.start < b and a < o.end)
            ]
            if not near:
                continue
            org = min(near, key=lambda o: min(abs(o.end - a), abs(o.start - b)))
            # Named right beside its role ("X wordt aangesteld als verantwoordelijke autoriteit",
            # "l'autorité responsable, X") is surer than somewhere in the sentence.
            gap = min(abs(org.end - a), abs(org.start - b))
            confidence = CLOSE if gap <= CLOSE_REACH else 0.6
            for f in funds:
                if (f, org.iri) not in {(x, y) for x, y, _ in out}:
                    out.append((f, org.iri, Evidence(u.start, u.end, confidence)))
    return out
