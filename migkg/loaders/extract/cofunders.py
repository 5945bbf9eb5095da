"""Organisations that pay beside a fund: "soutenu par le FEI et la Région wallonne", "het ESF (40 %)
en het Vlaams Cofinancieringsfonds (60 %) subsidiëren het project", "durch den AMIF der
Europäischen Union und das Bundesministerium für Inneres kofinanziert".

An organisation coordinated with a fund in a sentence that says something is funded shares that
fund's projects as a funder (the annotation convention: a region's, a Land's or a ministry's own
money makes it a funder organisation). The Union's own bodies are left out: they pass a fund's money
on, which makes them authorities, not funders.
"""

from __future__ import annotations

import re

# What may stand between a fund and an organisation it is coordinated with, besides the "and" of
# the language and other names: articles, a share or an amount ("(40 %)", "voor 20.000 euro"), and
# a few words more ("der Europäischen Union", "door de").
_NUMBERS = re.compile(r"\(\s*[\d.,\s]+%\s*\)|[\d][\d.,\s]*(?:%|\b)")
_OTHER_WORDS = 4
# "gedragen door het ESF+ en de Vlaamse overheid": a sum borne by two payers is funded by both.
_FUNDING_KEYS = ("funded_by", "funding_verbs", "support_from", "contributed_by")
# Cues that open a clause of their own between the two names: the second is not in the first's list.
# ("vom Caritasverband X geleitet und aus dem AMIF kofinanziert": the runner, then the payer)
_CLAUSE_KEYS = (*_FUNDING_KEYS, "implemented_by", "running_participles", "partner_cues", "granted_to", "receives")


def cofunding_orgs(ctx) -> dict[str, set[str]]:
    """Each organisation named as paying beside a fund, with the funds it is named beside."""
    funds = [m for m in ctx.funds if m.entity.kind == "fund"]
    if not funds or not ctx.units:
        return {}
    by_unit: dict[int, list] = {}
    for f in funds:
        by_unit.setdefault(ctx.unit_index(f.start), []).append(f)
    out: dict[str, set[str]] = {}
    for place in ctx.places:
        # "financé par le FAMI et par la Wallonie": a region or a town that pays is its government
        ui = ctx.unit_index(place.start)
        if ui in by_unit and not ctx.is_country(place.text):
            text = ctx.units[ui].text
            if any(ctx.cues.search(key, text) for key in _FUNDING_KEYS) and any(
                _joined(ctx, f.end, place.start) for f in by_unit[ui] if f.end <= place.start
            ):
                ctx.add_org(place.text, place.start, place.end)
    for o in ctx.orgs:
        ui = ctx.unit_index(o.start)
        unit_funds = by_unit.get(ui)
        if not unit_funds or ctx.is_eu_body(o.iri):
            continue
        text = ctx.units[ui].text
        if not any(ctx.cues.search(key, text) for key in _FUNDING_KEYS) and not _under_a_cue_line(ctx, ui):
            continue
        for f in unit_funds:
            a, b = (f.end, o.start) if f.end <= o.start else (o.end, f.start)
            if a <= b and not _in_compound(ctx.text, f) and _coordinated(ctx, a, b):
                out.setdefault(o.iri, set()).add(f.entity.iri)
    return out


def _coordinated(ctx, a: int, b: int) -> bool:
    """Whether the text from `a` to `b` joins two names as one list: an "and", and besides it only
    articles, amounts, other names and a few words."""
    gap = ctx.text[a:b]
    # A sentence's end, a quotation or a comma outside parentheses ends the list ("... (FAMI) via le
    # ministère, par le FEAD, et par la Direction ...": another clause, another payer).
    if re.search(r"[.!?;]\s|\n|[«»“”\"„]", gap) or "," in re.sub(r"\([^()]*\)", "", gap):
        return False
    if any(ctx.cues.search(key, gap) for key in _CLAUSE_KEYS):
        return False  # "gefinancierd door het AMIF en uitgevoerd door Fedasil": another clause
    # (a line of payers set between bars: "COCOF – Cohésion sociale | FAMI | Commune de X")
    and_word = ctx.cues.search("and_words", gap) or re.search(r"\s\|\s", gap)
    if and_word is None:
        return False
    blank = ctx.text_without_orgs(a, b)
    rest = _NUMBERS.sub(" ", blank[: and_word.start()] + " " + blank[and_word.end() :])
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if not ctx.cues.has("determiners", w)]
    return len(words) <= _OTHER_WORDS


def _joined(ctx, a: int, b: int) -> bool:
    """Whether the text from `a` to `b` is only an "and" that adds a payer: "FAMI et par la
    Wallonie", "ESF+ en de provincie"; not "FAMI en Wallonie et à Bruxelles" (where, not who)."""
    gap = re.sub(r"\([^()]*\)", " ", ctx.text[a:b])
    regex = ctx.cues.regex
    by = "|".join(regex[k].pattern for k in ("share_by", "by_words") if k in regex)
    return bool(
        re.fullmatch(
            rf"[\s,]*(?:{regex['and_words'].pattern})\s+(?:(?:{by})\s+)?(?:(?:{regex['determiners'].pattern})\s*)?",
            gap,
            re.IGNORECASE,
        )
    )


def _in_compound(text: str, fund) -> bool:
    """ "ESF-oproep", "AMIF-Projekt": the fund's name is part of a word naming something else."""
    return fund.end < len(text) and (text[fund.end] == "-" or text[fund.end].isalnum())


def _under_a_cue_line(ctx, ui: int) -> bool:
    """Whether the unit is the line right under one that ends on a funding cue ("Avec le soutien de :"
    over the payers' line)."""
    if ui == 0:
        return False
    above = ctx.units[ui - 1].text.rstrip(" :\t")
    return any(
        (m := ctx.cues.search(key, above[-40:])) is not None and m.end() == len(above[-40:]) for key in _FUNDING_KEYS
    )
