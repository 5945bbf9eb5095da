"""What the extractor finds, before it becomes RDF: projects, aggregate statements, new
organisations, and the evidence (character offsets and a confidence) behind each fact."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from rdflib import URIRef

from migkg.loaders.extract.amounts import Amount, MoneyRole

EXTRACTOR_VERSION = "migkg.extract 0.1.0"
NATIONAL = "https://w3id.org/migkg/id/fund/NATIONAL"


@dataclass(frozen=True)
class Evidence:
    start: int
    end: int
    confidence: float


@dataclass
class ProjectFact:
    label: str
    evidence: Evidence
    unit: int
    code: str | None = None
    funders: dict[str, Evidence] = field(default_factory=dict)
    implementers: dict[str, Evidence] = field(default_factory=dict)
    partners: dict[str, Evidence] = field(default_factory=dict)
    start_year: int | None = None
    end_year: int | None = None
    years_evidence: Evidence | None = None
    amounts: dict[str | None, tuple[Decimal, str, Evidence]] = field(default_factory=dict)
    eu_share: tuple[Decimal, str, Evidence] | None = None  # "EU contribution: ...", before its fund is known
    scope_units: list[int] = field(default_factory=list)  # units that describe this project
    goals: dict[str, Evidence] = field(default_factory=dict)
    places: dict[str, Evidence] = field(default_factory=dict)
    by_owner: bool = False  # known only as "the project of X"
    open_ended: bool = False  # the text says it has no end ("since 2022", "ongoing"), unlike a missing end year
    rule: str = ""  # which finder found it (kept for debugging and tests)
    cycles: list[int] = field(default_factory=list)  # indexes in Extraction.cycles of the cycles it belongs to
    # Funders named as another funder's money (NATIONAL beside a state agency's subsidy): they pay
    # nothing of their own, so an amount the project is given is the other one's.
    same_money: set[str] = field(default_factory=set)
    # Given whole by a table's row (its funder, runner, years and money in their columns): the
    # relations and the pair decisions leave it as it is.
    fixed: bool = False
    # Its runner as a lead role names it ("il Ministero in qualità di capofila", "lead partner"): the
    # other organisations of its page take part in it, the pair decisions add no runner beside it.
    led_by: str | None = None
    # Who runs it as the line that names it says ("1. „Name“ – Stadt X"): its runner even where it
    # pays a share too.
    named_runner: str | None = None

    def paying_funders(self) -> list[str]:
        """The funders that pay money of their own."""
        return [f for f in self.funders if f not in self.same_money]

    def add_state_money(self, ev: Evidence) -> None:
        """A state agency pays: the state's budget is named beside it (the annotation convention),
        as the agency's own money, unless the text named the state's budget already."""
        if NATIONAL not in self.funders:
            self.funders[NATIONAL] = ev
            self.same_money.add(NATIONAL)

    def take_costs(self, roles: list[MoneyRole], ev: Evidence) -> bool:
        """A total cost and an EU share from money roles, where the project has none yet (the EU's
        share goes to the project's fund once its funders are known: `settle_eu_shares`). Whether
        the roles held either."""
        took = False
        for r in roles:
            if r.amount is None:
                continue
            if r.role == "eu_contribution":
                self.eu_share = self.eu_share or (r.amount.value, r.amount.currency, ev)
                took = True
            elif r.role == "total_cost":
                self.amounts.setdefault(None, (r.amount.value, r.amount.currency, ev))
                took = True
        return took


@dataclass
class AggregateFact:
    count: int
    evidence: Evidence
    funders: list[str]
    amount: Amount | None = None
    place: str | None = None
    start_year: int | None = None
    end_year: int | None = None


@dataclass
class CycleFact:
    """Projects of a fund tied to a period as a whole: a cycle ("ce cycle 2022-2025") or a
    continuation ("plusieurs projets AMIF se prolongeront en 2026 et 2027, notamment dans la migration
    circulaire"), with the themes the sentence names."""

    kind: str  # "cycle" or "continuation"
    evidence: Evidence
    funders: list[str]
    start_year: int | None
    end_year: int | None
    goals: dict[str, Evidence] = field(default_factory=dict)
    continues: int | None = None  # for a continuation: the index of the cycle it follows in the same text


@dataclass
class NewOrganisation:
    iri: str
    name: str
    cls: URIRef


@dataclass
class Extraction:
    projects: list[ProjectFact]
    aggregates: list[AggregateFact]
    new_orgs: dict[str, NewOrganisation]
    lang: str | None
    cycles: list[CycleFact] = field(default_factory=list)
    authorities: list[tuple[str, str, Evidence]] = field(default_factory=list)  # (fund, organisation, evidence)
    # A reference organisation's name as this document writes it ("Rode Kruis Vlaanderen"), by IRI
    written_names: dict[str, str] = field(default_factory=dict)


@dataclass
class OrgMention:
    iri: str
    start: int
    end: int
    name: str
    known: bool
