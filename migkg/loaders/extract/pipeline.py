"""The extractor: a Document in, an RDF graph of who-funded-what facts out, each fact with the
sentence that supports it.

Steps: lay the text out (headings, list items, record lines, sentences); find mentions (funds,
organisations and places from the reference data, new organisations from legal-form and role
cues, periods, amounts, project codes); find projects by the shape of the text (record pages,
lists "Title (Organisation)", headings, named projects, described projects, enumerations); then
give each project its funders, implementers, partners, years and amounts from the nearest scope
that states them: the project's own words, its sentence, its section, its paragraph, and last the
document. Counted groups ("22 projects in Wallonia") become aggregate statements, not projects.
"""

from __future__ import annotations

import re

from rdflib import Graph, URIRef

from migkg.loaders.document import Document
from migkg.loaders.extract.authorities import CLOSE, find_authorities, parents_of_authorities
from migkg.loaders.extract.context import Context, reset_pipelines
from migkg.loaders.extract.cycles import find_cycles, link_projects
from migkg.loaders.extract.decide import PairDecisions
from migkg.loaders.extract.model import (
    EXTRACTOR_VERSION,
    NATIONAL,
    AggregateFact,
    Evidence,
    Extraction,
    NewOrganisation,
    ProjectFact,
)
from migkg.loaders.extract.orgshape import fold
from migkg.loaders.extract.projects import ProjectFinders
from migkg.loaders.extract.relations import Relations
from migkg.loaders.extract.structure import line_start
from migkg.loaders.extract.tables import TableFinders

__all__ = [
    "EXTRACTOR_VERSION",
    "NATIONAL",
    "AggregateFact",
    "Context",
    "Evidence",
    "Extraction",
    "Extractor",
    "NewOrganisation",
    "ProjectFact",
    "extract",
    "extract_facts",
    "extract_triples",
]


class Extractor(TableFinders, ProjectFinders, Relations, PairDecisions):
    """One document's extraction: find projects, relate them, then let the learned model decide
    which funder-implementer pairs hold."""

    def __init__(self, doc: Document) -> None:
        self.ctx = Context(doc)
        self.projects: list[ProjectFact] = []
        self.aggregates: list[AggregateFact] = []
        self.doc_org_funders: dict[str, Evidence] = {}
        self.doc_contributors: dict[str, Evidence] = {}  # organisations the text says give a sum
        self.offers: set[str] = set()  # (folded) labels of a project's activities, no projects
        self.row_above: ProjectFact | None = None  # the last row's project, while a table is read
        self.authorities: list[tuple[str, str, Evidence]] = []
        self.authority_parents: set[str] = set()
        self.beneficiary_items: set[int] = set()
        self.record_pages: set[int] = set()
        self.caption_paid: set[int] = set()  # table rows paid by the funds over the table (ids)
        self.payer_named_rows: set[int] = set()  # table rows whose payer column named a payer (ids)
        self.turned_down_rows: set[int] = set()  # units of tables of applications not funded

    def run(self) -> Extraction:
        self.find_table_rows()
        self.find_records()
        self.find_keyed_heading_lists()
        self.find_keyed_runner_items()
        self.find_numbered_sections()
        self.find_numbered_subsections()
        self.find_beneficiary_items()
        self.find_titled_grant_lines()
        self.find_granted_lists()
        self.find_title_runner_items()
        self.find_quoted_runner_lines()
        self.find_celled_items()
        self.find_list_items()
        self.find_beneficiary_headings()
        self.find_headings()
        self.find_granted_quoted()
        self.find_network_projects_of_towns()
        self.find_funded_owned_names()
        self.find_granted_purposes()
        self.find_sums_given_for()
        self.find_org_led_paragraphs()
        self.find_named()
        self.find_described()
        self.find_apposed_named()
        self.find_quoted_owned()
        self.find_title_project()
        self.find_quoted_project()
        self.find_fact_box_lines()
        self.find_listed_headings()
        self.find_lettered_headings()
        self.find_announced_headings()
        self.find_announced_paragraphs()
        self.find_titled_paragraphs()
        self.find_headed_started_projects()
        self.find_run_subjects()
        self.find_quoted_once_project()
        self.read_orphan_records()
        self.drop_offers_of_named_projects()
        self.drop_earlier_projects_built_on()
        self.drop_code_only_records()
        self.find_aggregates()
        self.find_org_funders()
        self.drop_other_projects_funds_from_rows()
        self.add_page_payers_to_rows()
        self.add_follow_up_payers_to_rows()
        self.add_payers_of_described_rows()
        self.add_payers_said_of_rows()
        self.add_payers_of_financing_tables()
        self.add_page_money_and_years_to_rows()
        self.ctx.drop_shaped_names({p.label for p in self.projects})
        self.merge_kinds_into_names()
        self.relate()
        self.drop_owned_projects_named_again()
        self.add_payers_under_payer_keys()
        self.add_payers_of_listed_lines()
        self.add_relative_runners()
        self.find_partners_under_keys()
        self.attach_partnership()
        self.add_payers_said_of_owned_projects()
        self.add_payers_listed_under_a_cue()
        self.merge_summary_rows()
        self.merge_similar_orgs()
        # The funds' authorities: the pair decisions keep them from their funds, and they are facts.
        self.authorities = find_authorities(self.ctx, self.doc_funders)
        self.authority_parents = parents_of_authorities(self.ctx, self.authorities)
        # (what else a body runs, named in passing, is no project of the page's)
        self.projects = [p for p in self.projects if not self._also_run_unpaid(p)]
        named_by_rules = bool(self.projects)
        self.decide_pairs()
        if not named_by_rules:
            # the page's one project came from the pair decisions: its record lines are its own
            # ("EU-PROJEKT: X" over "Volumen: 2 Mio. €", "Laufzeit: 01/2023 - 12/2025"), and so is
            # the breakdown of its money in a table
            self.read_orphan_records()
            self.add_payers_of_financing_tables(sole=True)
            self.add_payers_of_listed_lines()
        self.read_page_costs()
        self.read_payer_shares()
        self.read_page_shares()
        self.read_clause_shares()
        self.read_fund_shares()
        self.read_page_period()
        self.settle_eu_shares()
        self.merge_short_names()
        # (nor the pair decisions' project named as the page's course, an offer of another project)
        projects = [
            p
            for p in self.projects
            if p.funders and not self._turned_down(p) and not any(fold(p.label).startswith(o) for o in self.offers)
        ]
        if self.ctx.is_call_page:
            # A call for proposals asks for projects and reports none (issue 9): a project only its
            # pairs made, or a heading with a project noun ("Allegato 2 – Piano finanziario"), is the
            # call's words.
            # So is the page's title ("Open call: adaptation and integration ... | Agency"), and so
            # are its numbered sections ("3. Soggetti ammessi", "5. Dotazione finanziaria").
            dropped = ("decide_pairs", "find_headings", "_title_project", "find_numbered_sections")
            projects = [p for p in projects if p.rule not in dropped]
        elif self.ctx.is_funding_guide:
            # A guide to funding ("Fördermöglichkeiten für Integrationsprojekte", "Funding for
            # integration projects – information for organisations") reports funds and schemes: its
            # numbered sections ("1. Integrationsfonds der Stadt Weimar"), its headings, a scheme it
            # calls by name ("the Community Grants scheme") and its title are no projects.
            dropped = ("decide_pairs", "find_headings", "_title_project", "find_numbered_sections", "_named")
            # (so are its numbered lines: "1. Integrationsfonds der Stadt Trier (Kleinprojekte)")
            projects = [p for p in projects if p.rule not in dropped and not self._numbered_list_line(p)]
        elif self._overview_page():
            # An explainer's or an annual report's chapter ("Explainer: the AMIF Thematic Facility",
            # "Jaarverslag Migratie 2023 – Hoofdstuk 8"): a project only the pair decisions made up
            # is the publication's subject, no project it reports; so is its title's ("Funding
            # guide: the AMIF in Malta – KOPIN": the site's name).
            projects = [p for p in projects if p.rule not in ("decide_pairs", "_title_project")]
        # "the project of X" where X runs a project named elsewhere in the text is that project.
        named_owners = {o for p in projects if not p.by_owner for o in p.implementers}
        for p in projects:
            if not p.by_owner:
                continue
            # what its words say is said of the one project its owner runs by name ("one project
            # of the Customs Office, valued at EUR 1.2 million" over "entitled as follows: X")
            runs = [q for q in projects if not q.by_owner and set(q.implementers) & set(p.implementers)]
            if len(runs) == 1:
                q = runs[0]
                # (the payers its own sentence names: "voor het project van Fedasil gebeurt dat met
                # middelen uit de federale begroting"; not those of the sentences after it)
                own = self.ctx.units[p.unit] if 0 <= p.unit < len(self.ctx.units) else None
                for f, ev in p.funders.items():
                    if f not in q.implementers and own is not None and own.start <= ev.start < own.end:
                        q.funders.setdefault(f, ev)
                if not q.amounts:
                    q.amounts = dict(p.amounts)
                if q.start_year is None and q.end_year is None:
                    q.start_year, q.end_year = p.start_year, p.end_year
        projects = [p for p in projects if not (p.by_owner and set(p.implementers) & named_owners)]
        self._add_the_sites_interreg(projects)
        self._add_interregs_source(projects)
        # (the projects nothing closer dates, a table's rows too: the page's one span of dates, the
        # year of its title or of the headings over them, "Geförderte Integrationsprojekte 2024")
        for p in projects:
            self.date_from_the_page(p)
        cycles = find_cycles(self.ctx, self.doc_funders)
        link_projects(projects, cycles)
        authorities = self.authorities
        # The Commission and its directorates pass the Union's funds on: where a project has a
        # fund, the fund pays, not they (the annotation convention), whatever rule named them.
        for p in projects:
            if any(self.ctx.is_fund(f) for f in p.funders):
                for f in [f for f in p.funders if self.ctx.is_eu_body(f)]:
                    del p.funders[f]
        self.add_state_grantors(projects)
        # An authority passes its fund's money on: it does not run that fund's projects (one named
        # beside its role or as launching the programme, even where no one else is said to).
        for fund, org, ev in authorities:
            for p in projects:
                if fund in p.funders and org in p.implementers and (len(p.implementers) > 1 or ev.confidence >= CLOSE):
                    del p.implementers[org]
        # A project's own name read as an organisation's ("Rete Approdi" by its head "Rete") runs
        # neither the project it names nor one the pair decisions labelled by it; a project the
        # rules named is the judge (a beneficiary's label is the beneficiary's name).
        named = {_name_part(p.label) for p in projects if p.rule != "decide_pairs"}
        for p in projects:
            if p.rule == "find_table_rows":
                continue  # (a row's runner is its column's: "Praatcafé Egmont | vzw Praatcafé Egmont")
            for o in [o for o in p.implementers if o in self.ctx.new_orgs]:
                name = fold(self.ctx.new_orgs[o].name)
                own_name = name in named and name in (_name_part(p.label), fold(p.label))
                if own_name or self._named_with_its_runner(p, o, name):
                    del p.implementers[o]
        # "Notre service Insertion socioprofessionnelle" on the CPAS's site: the CPAS runs it.
        owner = self.ctx.site_owner
        if owner is not None:
            for p in projects:
                for o in [o for o in p.implementers if o != owner and self.ctx.is_ours(o)]:
                    ev = p.implementers.pop(o)
                    if owner not in p.funders:
                        p.implementers.setdefault(owner, ev)
        # One named beside an authority's role ("Le SPF Intérieur, autorité responsable du FAMI, assure
        # le suivi") runs none of a project others are said to run.
        for p in projects:
            named = [o for o in p.implementers if o in self.ctx.authority_orgs]
            if named and len(named) < len(p.implementers):
                for o in named:
                    del p.implementers[o]
        named_orgs = {o for p in projects for o in (*p.funders, *p.implementers, *p.partners)}
        named_orgs |= {org for _fund, org, _ev in authorities}
        written = {o: name for o in sorted(named_orgs) if (name := self.ctx.written_name(o)) is not None}
        return Extraction(projects, self.aggregates, self.ctx.new_orgs, self.ctx.lang, cycles, authorities, written)

    def _also_run_unpaid(self, p: ProjectFact) -> bool:
        """Whether a project is named only among what else a body runs (`_named_among_also_run`) and
        its own sentence names none of its payers: the body's other work, no funded project."""
        if not self._named_among_also_run(p):
            return False
        u = self.ctx.units[p.unit]
        return not any(u.start <= ev.start < u.end for ev in p.funders.values())

    def _numbered_list_line(self, p: ProjectFact) -> bool:
        """Whether a list's line found the project and the line is numbered ("1. X")."""
        if p.rule != "find_list_items" or not 0 <= p.unit < len(self.ctx.units):
            return False
        u = self.ctx.units[p.unit]
        line = self.ctx.text[line_start(self.ctx.text, u.start) : u.end]
        return re.match(r"[ \t]*\d{1,2}[.)][ \t]", line) is not None

    def _overview_page(self) -> bool:
        """Whether the page's title opens with a kind of publication that surveys a field
        ("Explainer: ...", "Jaarverslag Migratie 2023 – ..."; not a newsletter's)."""
        kind = self.ctx.cues.search("overview_kinds", self.ctx.doc.title or "")
        return kind is not None and kind.start() == 0

    def _add_the_sites_interreg(self, projects: list[ProjectFact]) -> None:
        """An Interreg programme's own page ("Interreg Italia-Malta" over its menu, or in its title)
        pays its projects' regional fund money through the programme: a project the ERDF pays is
        the programme's too (the annotation gives both)."""
        ctx = self.ctx
        units = ctx.units[:2]
        header = [(f, a, b) for u in units for f, a, b in ctx.funders_in(u.start, u.end) if f == _INTERREG]
        if not header and not re.search(r"\binterreg\b", self.ctx.doc.title or "", re.I):
            return
        # (the evidence: the header's mention, else the page's first line under the title naming it)
        a, b = (header[0][1], header[0][2]) if header else (units[0].start, units[0].end) if units else (0, 0)
        for p in projects:
            if _ERDF in p.funders and _INTERREG not in p.funders:
                p.funders[_INTERREG] = Evidence(a, b, p.funders[_ERDF].confidence)

    def _add_interregs_source(self, projects: list[ProjectFact]) -> None:
        """ "davon Interreg-Förderung aus dem Europäischen Fonds für regionale Entwicklung (EFRE)":
        where a funding sentence names the ERDF as where the Interreg money comes from, a project
        Interreg pays is paid by the ERDF too (the annotation gives both)."""
        if not any(_INTERREG in p.funders and _ERDF not in p.funders for p in projects):
            return  # (most pages: no sentence to look for)
        ctx = self.ctx
        source = None
        for u in ctx.units:
            found = ctx.funders_in(u.start, u.end)
            interreg = [a for f, a, _b in found if f == _INTERREG]
            erdf = [(a, b) for f, a, b in found if f == _ERDF]
            if interreg and erdf and erdf[0][0] > interreg[0] and ctx.cues.search("funding_words", u.text):
                source = Evidence(u.start, u.end, 0.7)
                break
        if source is None:
            return
        for p in projects:
            if _INTERREG in p.funders and _ERDF not in p.funders:
                p.funders[_ERDF] = source

    def _named_with_its_runner(self, p: ProjectFact, org: str, name: str) -> bool:
        """Whether a project's label is an organisation's name followed by another runner's
        ("Migration Information Centre IOM (MIC)" run by IOM): the first name is the project's."""
        label = _name_part(p.label)
        if not label.startswith(name + " "):
            return False
        rest = label[len(name) :].strip()
        text = self.ctx.text
        others = {fold(text[m.start : m.end]) for m in self.ctx.orgs if m.iri in p.implementers and m.iri != org}
        others |= {fold(self.ctx.new_orgs[o].name) for o in p.implementers if o != org and o in self.ctx.new_orgs}
        return rest in others

    def _turned_down(self, p: ProjectFact) -> bool:
        """Whether the text says the project's application was turned down (or, in a table's row,
        awaits its decision), in the sentence that names it or the next one of its paragraph ("Ook
        de gemeente Epe diende een aanvraag in, voor een project rond huisvesting. Die werd
        afgewezen."): a project never funded."""
        units = self.ctx.units
        if not 0 <= p.unit < len(units):
            return False
        near = [units[p.unit]]
        nxt = units[p.unit + 1] if p.unit + 1 < len(units) else None
        # (the next sentence of its paragraph; not the next row of a table, another project's)
        if nxt is not None and nxt.paragraph == units[p.unit].paragraph and near[0].kind == nxt.kind == "sentence":
            near.append(nxt)
        # (a list's item under a heading that turns its items down: "Allegato C – Progetti non
        # ammissibili", as a table's rows under one)
        if near[0].kind == "item" and near[0].section >= 0 and units[near[0].section].kind == "heading":
            near.append(units[near[0].section])
        if near[0].kind == "row":
            # (a status cell: "Status" over "goedgekeurd", "afgewezen")
            text = self.ctx.text
            if any(self.ctx.cues.has("unfunded_statuses", text[a:b].strip(" .*()")) for a, b in near[0].cells):
                return True
        # ("AMIF-Antrag gestellt, Bewilligung steht aus", "... eingereicht. Eine Entscheidung steht
        # noch aus.": asked for, not granted)
        return any(
            self.ctx.cues.search("rejections", u.text) or self.ctx.cues.search("pending_applications", u.text)
            for u in near
        )


_INTERREG = "https://w3id.org/migkg/id/fund/INTERREG"
_ERDF = "https://w3id.org/migkg/id/fund/ERDF"


# A label's name, before a dash, a colon or a parenthesis ("Rete Approdi – percorsi di autonomia"):
# not a longer name that starts with it ("Doras Connect").
_NAME_END = re.compile(r"\s[–—-]\s|:|\(")


def _name_part(label: str) -> str:
    return fold(_NAME_END.split(label, maxsplit=1)[0])


_RESET_EVERY = 2000  # documents between fresh spaCy pipelines
_extracted = [0]


def extract_facts(doc: Document) -> Extraction:
    """The facts of one document, before they become RDF."""
    _extracted[0] += 1
    if _extracted[0] % _RESET_EVERY == 0:
        # spaCy's vocabulary keeps every string it has seen: start afresh now and then, so memory
        # does not grow with the number of articles already read.
        reset_pipelines()
    return Extractor(doc).run()


def extract(doc: Document, source: URIRef) -> Graph:
    """The RDF graph of one document's facts, each with its evidence."""
    from migkg.loaders.extract.facts import to_graph

    return to_graph(extract_facts(doc), doc, source)


def extract_triples(doc: Document, source: URIRef) -> list[tuple]:
    """The same facts as a list of triples: the loaders' fast path."""
    from migkg.loaders.extract.facts import to_triples

    return to_triples(extract_facts(doc), doc, source)
