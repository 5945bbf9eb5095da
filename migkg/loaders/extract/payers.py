"""Organisations named with their own part of a project's money: "Volumen: 2 Mio. € (90 % EU, 10 %
Landesamt X)", "Agency contribution – 1.6 million EUR", "la contribution de la Ville de X : 20 000
euros".

The annotation convention: a beneficiary's own contribution is funding when the text gives it as a
share or an amount of the project's money. The organisation that pays it is then a funder of the
project, and, as the one contributing to its own project, one of those who run it. The Union's own
bodies are left out: "EU contribution" is the fund's money, which they pass on.
"""

from __future__ import annotations

import re

from migkg.loaders.extract.amounts import find_amounts, find_percentages
from migkg.loaders.extract.model import Evidence, OrgMention

# How far a name may stand from the percentage before it ("10 % LKA", "10% by the X"), in characters.
_AFTER_SHARE = 12
# The text after a name where a contribution noun is looked for ("X contribution", "X's contribution",
# "X-Beitrag"); only an apostrophe-s, a hyphen or spaces may stand between the two.
_NOUN_WINDOW = 30
# How far the amount may stand after the contribution noun ("contribution – 1 665 650 Eur").
_AMOUNT_REACH = 40
_OF_REACH = 16  # "the contribution of the X", "la contribution de la X"


def own_share_payers(ctx) -> dict[str, Evidence]:
    """Each organisation named with its own share or amount of a project's money, with where."""
    out: dict[str, Evidence] = {}
    for o in ctx.orgs:
        if ctx.is_eu_body(o.iri) or o.iri in out:
            continue
        u = ctx.units[ctx.unit_index(o.start)] if ctx.units else None
        if u is None:
            continue
        if _after_a_share(ctx, o, u) or _with_contribution(ctx, o, u):
            out[o.iri] = Evidence(u.start, u.end, 0.7)
    return out


def _after_a_share(ctx, o: OrgMention, u) -> bool:
    """ "(90 % EU, 10 % LKA)": a percentage right before the name, in a unit that splits the money
    into two shares or more."""
    shares = find_percentages(u.text, ctx.lang)
    if len(shares) < 2:
        return False
    for pct in shares:
        start = u.start + pct.end
        if start <= o.start <= start + _AFTER_SHARE:
            gap = ctx.text[start : o.start]
            by = ctx.cues.regex["share_by"].pattern
            if re.fullmatch(r"[\s:]*(?:(?:" + by + r")\s*)?(?:" + _determiners(ctx) + r")?\s*", gap, re.I):
                return True
    return False


def _with_contribution(ctx, o: OrgMention, u) -> bool:
    """ "SBGS contribution – 1 665 650 Eur", "Beitrag der Stadt X: 20.000 Euro": a contribution
    noun right after the name, or before it with "of", and an amount close after the noun."""
    cues = ctx.cues
    after = ctx.text[o.end : min(u.end, o.end + _NOUN_WINDOW)]
    noun = cues.search("contribution_nouns", after)
    if noun is not None and re.fullmatch(r"['’]?s?\s*-?\s*", after[: noun.start()]):
        return _amount_after(ctx, o.end + noun.end())
    before = ctx.text[max(u.start, o.start - _OF_REACH - 25) : o.start]
    nouns = list(cues.find("contribution_nouns", before))
    if nouns:
        gap = before[nouns[-1].end() :]
        of = cues.regex["of_words"].pattern
        # (or right before the name, as a German or Dutch record line sets it: "davon Eigenanteil
        # Landkreis X (25 %)<tab>296.150,00 €")
        if re.fullmatch(r"\s*(?:(?:" + of + r")\s*)?(?:" + _determiners(ctx) + r")?\s*", gap, re.I):
            return _amount_after(ctx, o.end, any_currency=True)
    return False


def _amount_after(ctx, pos: int, any_currency: bool = False) -> bool:
    """An amount (or a percentage) within reach after `pos`, in the same sentence; with
    `any_currency`, in whatever money ("une contribution du Canton du Valais (CHF 95 000)")."""
    window = ctx.text[pos : pos + _AMOUNT_REACH]
    window = re.split(r"[.!?]\s", window)[0]
    if ctx.amounts_in(pos, pos + len(window)) or find_percentages(window, ctx.lang):
        return True
    return any_currency and bool(find_amounts(window, ctx.lang))


def _determiners(ctx) -> str:
    return ctx.cues.regex["determiners"].pattern
