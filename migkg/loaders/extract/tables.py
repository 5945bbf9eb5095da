"""Tables of funded projects inside a page: a subsidy decision's "Beneficiary | Project | Duration |
EU funding" table, a parliamentary answer's list of grants, a ministry's list of operations.

A table's header says what each column holds, in the words of a project record's keys (the pattern
files' `implementer_keys`, `project_title_keys`, `duration_keys`, `budget_keys` ...); each row under
it is one project, run by the organisation in its beneficiary column, paid by the fund its money
column or its caption names, in the years of its duration column. The rows say all of that, so the
rest of the extractor leaves these projects as the table gives them (`ProjectFact.fixed`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, cached_property

from migkg.loaders.extract.amounts import currency_codes, find_money_roles
from migkg.loaders.extract.context import Context, back_ref_entries, title_site_name, word_count
from migkg.loaders.extract.cues import MemoCues, cues_for
from migkg.loaders.extract.model import NATIONAL, Evidence, OrgMention, ProjectFact
from migkg.loaders.extract.names import NameMatch
from migkg.loaders.extract.orgshape import fold
from migkg.loaders.extract.periods import find_periods, span_alone
from migkg.loaders.extract.projects import _PAIRED_QUOTES, _lead_name, title_without_site
from migkg.loaders.extract.relations import within_a_typo
from migkg.loaders.extract.structure import BRACKETED, Unit, line_start

# A key in brackets at a cell's part's end ("Cooperativa X (ente attuatore)").
_BRACKETED_KEY = re.compile(r"\(\s*([^()]{2,40}?)\s*\)\s*$")
# A name in quotation marks ("« Tremplin BTP 94 »", "„Sprachbrücken“").
_QUOTED_NAME = re.compile(r"[«“„\"]\s*([^»”“\"\n]{4,60}?)\s*[»”“\"]")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CURRENCY = re.compile(r"(?:€|\beur\b|\beuro\b|\beuros\b)", re.I)
# a cell's parts that could head a section about its row: a quoted title, the words around a dash
_CELL_PARTS = re.compile(r"\s+[–—-]\s+|[«»\"“”]")
# A cell that numbers its row: "2.2", "4.5b", "A.1", "12"
_NUMBER_CELL = re.compile(r"[A-Za-z]{0,2}[\s.]?\d+(?:[.\-/]\d+)*[a-z]?\.?")
# a header of sums in another currency ("Total eligible cost (HUF)", "Budget in $")
_OTHER_CURRENCY = re.compile(
    r"(?:\$|£|\b(?:" + "|".join(sorted(c.lower() for c in currency_codes() if c != "EUR")) + r")\b)", re.I
)
ROW_CONFIDENCE = 0.9


@dataclass(frozen=True)
class _RowNames:
    """A table's rows by their names: folded labels and quoted names, and the lead parts a sentence
    may write unquoted."""

    quoted: dict[str, ProjectFact]
    leads: list[tuple[str, ProjectFact]]
    numbered: dict[int, ProjectFact] = field(default_factory=dict)


@dataclass
class Column:
    role: str  # "org", "partner", "role", "title", "period", "start", "end", "money", "payer", "code", ""
    funders: list[str]  # for "money": the funds (or national money) its header names
    share: str  # for "money": "eu", "total" or "" (a sum the row's funder gives)
    granted: bool = False  # for "money": the sum granted ("Importo ammesso a finanziamento")
    # for "title": a description whose lead words name the project; for "org": the lead, then
    # its partners ("Lead / partners")
    lead: bool = False


# A payer's cell that says the money is the runner's own ("Risorse proprie SdS", "Eigenmittel").
_OWN_MEANS = re.compile(
    r"\s*(?i:risorse proprie|fondi propri|fonds propres|ressources propres|eigen middelen|eigenmittel|eigene mittel"
    r"|own (?:funds|resources))\b"
)

# "uit de begroting van", "from the budget of", "aus dem Haushalt des": whose budget pays.
_BUDGET_OF = re.compile(
    r"\s*(?i:uit de begroting van|from the budget of|aus dem haushalt (?:des|der)|sur le budget (?:de|du|des)"
    r"|dal bilancio (?:di|del|della))\s*(?:(?i:het|de|the|la|le|l['’])\s+)?"
)


def column_role(ctx: Context, start: int, end: int, of_projects: bool = False) -> Column:
    """What a header cell says its column holds; `of_projects`: the table lists projects (its
    heading says so), where a bare "Naam", "Nom", "Name" column holds their names."""
    cues = ctx.cues
    header = ctx.text[start:end]
    low = re.sub(r"\s+", " ", header.lower()).strip()
    core = re.sub(r"\s*\(.*?\)\s*", " ", low).strip()  # "total eligible costs (eur)" -> the words
    funders = [f for f, _s, _e in ctx.funders_in(start, end)]
    named = ctx.orgs_in(start, end)
    if cues.search("duration_keys", core) or cues.has("duration_keys", core):
        return Column("period", [], "")
    if _date_key(cues, "start_keys", core):
        return Column("start", [], "")
    if _date_key(cues, "end_keys", core):
        return Column("end", [], "")
    roles = {r.role for r in find_money_roles(f"{header}: 1 000 EUR", ctx.lang)}
    money = (
        funders
        or roles
        or _CURRENCY.search(low)
        or cues.search("budget_keys", core)
        or cues.search("national_funders", core)
        # "Toegekend", "Bewilligt": the sum granted, whatever its header leaves unsaid
        or (cues.search("granted_columns", core) and not cues.search("project_title_keys", core))
        # "Cofinanciering VGC", "Finanzierung Landkreis": a funding word and the organisation paying
        # ("davon Land Stmk.", "dont Région": the share of the total an organisation pays)
        or ((cues.search("funding_words", core) or cues.search("contribution_nouns", core)) and named)
        or (cues.search("share_of", core) and named)
    )
    # ("Vlaamse cofinanciering", whose payer the text names where it says whose budget it comes from)
    said_owner = (
        _budget_owner_said(ctx, header, start)
        if not money and (cues.search("funding_words", core) or cues.search("contribution_nouns", core))
        else None
    )
    money = money or bool(said_owner)
    if money and not _OTHER_CURRENCY.search(low):
        if not funders and cues.search("national_funders", core):
            funders = [NATIONAL]
        if not funders:
            # "Cofinanciering VGC", "Kofinanzierung Landkreis X": the organisation its header names pays
            funders = [o.iri for o in named]
        if not funders and any(cues.has("state_words", w) for w in core.split()[1:]):
            funders = [NATIONAL]  # "Montant État", "Bijdrage Rijk": the sum the state gives
        if not funders:
            # (read once: a text-wide search)
            funders = said_owner if said_owner is not None else _budget_owner_said(ctx, header, start)
        share = "eu" if "eu_contribution" in roles else "total" if "total_cost" in roles else ""
        granted = bool(cues.search("granted_columns", core))
        return Column("money", list(dict.fromkeys(funders)), share, granted)
    # ("Ruolo del Comune / soggetti", "Rolle der Stadt": the role a key's first word says)
    first_word = (core.split("/")[0].split() or [""])[0]
    if cues.has("role_keys", core) or cues.has("role_keys", first_word):
        return Column("role", [], "")
    # "Financier", "Fördergeber", "Finanziatore": a column of who pays each row
    if any(cues.has("fund_keys", part.strip()) for part in core.split("/")):  # ("Fonds / financier")
        return Column("payer", [], "")
    if of_projects and core in _NAME_COLUMNS:
        return Column("title", [], "")
    if cues.has("description_keys", core):
        return Column("description", [], "")
    # "Association", "Vereniging": a column headed by the kind of organisation its cells name
    # ("Lead / partners": the lead first, then its partners, in each cell)
    if "/" in core and cues.has("implementer_keys", core.split("/")[0].strip()):
        return Column("org", [], "", lead=True)
    # "Partner / ente attuatore": the partners first, a runner among them only where its cell says so
    if "/" in core and cues.has("partner_cues", core.split("/")[0].strip()):
        return Column("partner", [], "")
    if cues.search("implementer_keys", core) or cues.has("org_heads", core) or cues.has("involved_keys", core):
        return Column("org", [], "")
    # "Finanziamento 2023-2025", "Funding 2024": a funding word and the years its sums cover
    dated = re.sub(r"\b(?:19|20)\d\d(?:\s*[-–/]\s*(?:19|20)?\d\d)?\b", "", core).strip(" :-–()")
    if dated != core and dated and cues.has("fund_keys", dated):
        return Column("money", [], "")
    if cues.words.get("holder_keys") and cues.has("holder_keys", core):
        return Column("org", [], "")  # "Ente titolare": the body a project is granted to runs it
    if cues.search("partner_cues", core):
        return Column("partner", [], "")
    if cues.has("code_keys", core):
        return Column("code", [], "")
    if cues.search("project_title_keys", core):
        return Column("title", [], "")
    return Column("", [], "")


def _budget_owner_said(ctx: Context, header: str, at: int) -> list[str]:
    """The body whose budget the text says a money column's words come from ("Vlaamse
    cofinanciering" over a column, "Daarbovenop komt Vlaamse cofinanciering uit de begroting van
    het departement Werk en Sociale Economie" in the lead)."""
    words = header.strip()
    if word_count(words) < 2:
        return []
    for m in re.finditer(re.escape(words), ctx.text, re.I):
        if m.start() == at:
            continue
        after = ctx.text[m.end() : m.end() + 80]
        budget = _BUDGET_OF.match(after)
        if budget is None:
            continue
        named = ctx.orgs_in(m.end() + budget.end(), m.end() + budget.end() + 60)
        if named and named[0].start - (m.end() + budget.end()) <= 12:
            return [named[0].iri]
    return []


def _date_key(cues: MemoCues, key: str, core: str) -> bool:
    """Whether a header names a start or an end date: the key itself ("End date"), or a key of
    two words or more that opens or closes it ("Project end date", "Date de fin du projet"),
    which a project column's header ("Project") must not claim."""
    if cues.has(key, core):
        return True
    return any(" " in k and (core.startswith(k + " ") or core.endswith(" " + k)) for k in cues.words[key])


def _payer_name(cell: str) -> str | None:
    """The name a payer column's cell holds, when each of its words is capitalised ("Toulouse
    Métropole", "Grand Chambéry"); not "Fonds propres et mécénat", "Dons privés" (what is no body)."""
    name = BRACKETED.sub("", cell).strip(" .;:–-")
    words = name.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d", name):
        return None
    return name if all(w[:1].isupper() for w in words) else None


def _cell_euros(cell: str, lang: str | None) -> Decimal | None:
    """The sum in euros a cell of money holds: the cell whole ("€ 45.000"), or the one of its
    two forms in euros when it gives the sum converted in brackets ("€612,450 (£541,000)",
    "CHF 80 000 (EUR 74 000)")."""
    from migkg.loaders.operations import BadValueError, parse_amount

    outer = re.sub(r"\([^()]*\)", " ", cell).strip()
    forms = [cell] + ([outer, *re.findall(r"\(([^()]*)\)", cell)] if outer != cell.strip() else [])
    for form in forms:
        try:
            parsed = parse_amount(form.strip(), "", lang)
        except BadValueError:
            continue
        if parsed is not None and parsed[1] in (None, "EUR"):
            return parsed[0]
    return None


# A runner's key and name in brackets inside a cell: "(capofila: Regione Emilia-Romagna)".
@cache
def _role_words(lang: str | None) -> frozenset[str]:
    """The words of a role alone in a cell's part: a runner's, a holder's or a partner's key."""
    words = cues_for(lang).words
    keys = ("implementer_keys", "holder_keys", "partner_cues", "lead_roles")
    return frozenset(w.lower() for key in keys for w in words.get(key, ()))


def _first_part(key: str, by_name: dict) -> str | None:
    """The row name a quoted short name is the first part of ("migrationsberatung plus" for the
    row "Migrationsberatung plus – aufsuchende Beratung ..."), if it is one row's only."""
    found = [k for k in by_name if k.startswith(key + " ") and len(key.split()) >= 2]
    return found[0] if len(found) == 1 else None


# A cell's part that opens with its role's key: "ente attuatore: Cooperativa X"
_CELL_KEY = re.compile(r"\s*([^\W\d][\w' ]{2,30}?)\s*:\s*")
_KEYED_BRACKET = re.compile(r"\(\s*([^():]{3,30}?)\s?:\s*([^()]{3,80}?)\s*\)")
# A row's footnote mark: "« Toit & Parcours » – accès au logement *"
_STARRED = re.compile(r"(?<=\s)\*(?=\s|$)")
# A row's stars glued to its title or spaced ("Sandwell Cohesion Champions*", "X **"), before the
# next cell: the footnote that opens with as many stars is the row's
_ROW_STARS = re.compile(r"(?<=[\w)»”’\"\s])(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])(?=\s*(?:\||\t|$))")
# The stars a footnote's line opens with
_NOTE_STARS = re.compile(r"\*{1,3}(?!\*)|[¹²³⁴⁵⁶⁷⁸⁹](?=\s)")

_NAME_COLUMNS = frozenset({"naam", "nom", "name", "nome", "name des projekts"})


def _tables(units: list[Unit]) -> list[list[int]]:
    """Runs of row units, as unit indexes (the first is the header)."""
    runs: list[list[int]] = []
    for i, u in enumerate(units):
        if u.kind != "row":
            continue
        if runs and runs[-1][-1] == i - 1 and len(units[runs[-1][0]].cells) == len(u.cells):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [r for r in runs if len(r) >= 2]


class TableFinders:
    """Mixed into `Extractor`: projects from the rows of tables of funded projects."""

    ctx: Context
    projects: list[ProjectFact]
    partnership: list[tuple[str, bool, Evidence]]  # (organisation, in the lead role, where)
    turned_down_rows: set[int]
    footnote_units: set[int]  # a table's footnote under it ("* Not AMIF. X was paid for by ..."), no list line
    payer_named_rows: set[int]
    row_above: ProjectFact | None  # the last row's project, while a table is read
    # tables whose rows took the page's funds for want of a caption: (rows, funds, the page's
    # grant-maker when the rows do not name it)
    page_funded_runs: list[tuple[list[int], list[str], str | None]]

    def find_table_rows(self) -> None:
        """Each table of projects (its header names a project or a runner and money column): one
        project per row; a partnership table's rows wait for the page's project."""
        ctx = self.ctx
        self.partnership = []
        self.turned_down_rows = set()
        self.footnote_units = set()
        self.payer_named_rows = set()
        self.page_funded_runs = []
        for run in _tables(ctx.units):
            header = ctx.units[run[0]]
            h = header.section
            # ("Lopende projecten" over "Naam | Periode | Financier | Budget")
            of_projects = h >= 0 and ctx.units[h].kind == "heading" and self._of_projects(ctx.units[h].text)  # type: ignore[attr-defined]
            columns = [column_role(ctx, a, b, of_projects) for a, b in header.cells]
            columns = self._payer_columns_by_cells(run, columns)
            # ("Action | Description | Lead": a column of "2.2", "4.5" holds the actions' numbers)
            columns = [
                Column("code", [], "") if c.role == "title" and self._numbers_only(run, k) else c
                for k, c in enumerate(columns)
            ]
            # ("Beneficiary | Project | Implementation | ...": a column whose header says nothing of
            # time, each row's cell a span of dates, "07/2024 – 06/2027", gives the rows' periods)
            if not any(c.role in ("period", "start", "end") for c in columns):
                columns = [
                    Column("period", [], "") if c.role == "" and self._periods_only(run, k) else c
                    for k, c in enumerate(columns)
                ]
            roles = [c.role for c in columns]
            # ("Rôle | Organisation | Pays | Mission dans le projet": the partners of the page's
            # project, each with its task, not a project per row)
            if "role" in roles and "title" not in roles and ("partner" in roles or "org" in roles):
                self._read_partnership(run, columns)
                continue
            if "title" not in roles and "description" in roles:
                # "Action | Description | Lead / partners | Funding": the description's lead words
                # name each row's project ("Waterford Welcome Hub: a weekly drop-in ...")
                k = roles.index("description")
                columns[k] = Column("title", [], "", lead=True)
                roles[k] = "title"
            if "role" in roles and "title" not in roles and ("partner" in roles or "org" in roles):
                self._read_partnership(run, columns)
                continue
            if "title" not in roles and not ("org" in roles and ("money" in roles or "payer" in roles)):
                continue  # not a table of projects (a table of figures, of contacts ...)
            if self._turned_down_table(run[0]):
                # "Progetti ammessi e non finanziabili": applications, never funded; whom its rows
                # name gets nothing for being named there
                self.turned_down_rows.update(run)
                continue
            # (a column of who pays each row: a sentence far over the table that says its subject
            # gives money speaks of some rows at most, the payer cells say which)
            said = self._caption_funders(run[0], with_granting="payer" not in roles)
            caption = said or self._page_funds_for_rows(run)
            if not said and any(c.role == "money" and c.funders == [NATIONAL] for c in columns):
                # "Montant attribué (BOP 104)": the rows' money is the state's; a fund the page
                # names only after the table ("Deux projets cofinancés par ... le FAMI") pays the
                # rows it names there, not every row
                caption = self._page_funds_before(run[0])
            # (not a fund's authority the page names in its role: "The European Funds Unit ... is the
            # Responsible Authority for the AMIF" over the AMIF's projects passes the money on)
            caption = [f for f in caption if f not in ctx.authority_orgs]
            notes = self._footnotes(run)
            some_rows = self._funds_of_some_rows(run, notes)
            caption = [f for f in caption if f not in some_rows]
            if not said and "payer" in roles:
                # a column of who pays each row: the page's other payers are no row's by default
                caption = [f for f in caption if ctx.is_fund(f)]
            owner = ctx.site_owner
            # (or the town the title names: the maker of the grants; not over a column of who pays
            # each row, the rows say who pays them)
            granter = owner or self._town_of_title()
            if not caption and "org" in roles and "payer" not in roles and granter is not None:
                # A grant-maker's list of the grants it made ("Ente capofila | Contributo deliberato"
                # on a foundation's site) names no fund: the page's owner pays its rows.
                # (in the rows' cells of bodies: not "regio Amsterdam" after a body's name)
                if granter not in self._rows_bodies(run, columns):
                    caption = [granter]
            elif caption and "payer" not in roles and (borrowed := self._borrowed_funds(run, caption)):
                rows_named = self._rows_bodies(run, columns)
                maker = granter if not said and "org" in roles and granter not in rows_named else None
                self.page_funded_runs.append((run, borrowed, maker))
            # A list of an organisation's own projects names no one who runs them: the page's owner
            # does (as of a list of its projects' lines, `find_celled_items`).
            # So does one whose columns name each project's payers and no one who runs it ("Projet |
            # Financeur | Période | Montant" in an association's annual report).
            runner = owner if "org" not in roles and (of_projects or ("title" in roles and "payer" in roles)) else None
            if runner is None and "role" in roles and self._role_of_the_owner(run[0], roles.index("role"), owner):
                # "Progetto | Fonte | Ruolo del Comune | Soggetto attuatore" on the town's site: each
                # row's role cell says what the town is to it ("Ente titolare", "Partner")
                runner = owner
            self.row_above = None
            for i in run[1:]:
                self._read_row(i, columns, caption, runner)
            self._state_share_over(run)
            self._footnote_payers(run, notes)
            self._numbered_row_notes(run)

    def _town_of_title(self) -> str | None:
        """The town whose site the title names ("Verleende subsidies ... - Gemeente Amsterdam"), as
        the text names it, or whose government the page's first line names alone on a host of the
        town's name (`Context.town_of_the_header`): not the site's owner in general (a town's site
        reports the grants it gives as often as its own projects), but the maker of the grants a
        table lists."""
        ctx = self.ctx
        site = title_site_name(ctx.doc.title)
        heads = ctx.cues.find("name_heads", site) if site else []
        if not heads or heads[0].start() != 0:
            return ctx.town_of_the_header()
        return next((o.iri for o in ctx.orgs if fold(ctx.text[o.start : o.end]) == fold(site)), None)

    def _footnotes(self, run: list[int]) -> dict[str, list[int]]:
        """The lines under a table that open with stars ("* Dit project wordt daarnaast gefinancierd
        uit het AMIF ..." and "** Voor dit project is ook ESF+ aangevraagd ..." under the total):
        their units, by their stars (or a superscript number: "¹ Das Projekt ... wird zusätzlich aus
        dem ESF+ gefördert" under "Job-Lotsen für Geflüchtete¹"). Each is a footnote to the rows that
        bear the same mark."""
        ctx = self.ctx
        notes: dict[str, list[int]] = {}
        for j in range(run[-1] + 1, min(run[-1] + 9, len(ctx.units))):
            u = ctx.units[j]
            if u.kind == "heading" and notes:
                break
            # (the line's own stars, which the layout may have read as a bullet; every sentence of
            # the line is the note's)
            m = _NOTE_STARS.match(ctx.text[line_start(ctx.text, u.start) : u.end].lstrip())
            if m is not None:
                notes.setdefault(m.group(), []).append(j)
        return notes

    def _funds_of_some_rows(self, run: list[int], notes: dict[str, list[int]]) -> set[str]:
        """The funds the page names only in words on some of the table's rows, which pay those rows
        and not every one: in the footnotes to starred rows, or in the paragraphs on one row's
        project ("Project 5 betreft de cofinanciering door de stad van het project 'WerkKracht' ...
        Het fonds draagt 224.000 euro bij" over the table; "Le projet « Tremplin BTP 94 » de Coallia
        bénéficie en outre d'un cofinancement du FAMI" under it)."""
        ctx = self.ctx
        first = run[0]
        start = ctx.units[first].start
        noted = {j for units in notes.values() for j in units}
        # (the rows' quoted names: "Tremplin BTP 94" of "« Tremplin BTP 94 » – formation ..."; a
        # title cell's words before its dash, quoted where the page names them: 'WerkKracht' of
        # "WerkKracht – werkplekleren voor anderstalige nieuwkomers")
        # (each name with its row: "l'AIEM" and « Maison des langues » name one row, not two)
        quoted = {q.lower(): i for i in run for q in _QUOTED_NAME.findall(ctx.units[i].text)}
        leads = {
            lead.lower(): i
            for i in run
            for a, b in ctx.units[i].cells
            if 4 <= len(lead := re.split(r"\s[–—-]\s", ctx.text[a:b].strip(), maxsplit=1)[0]) <= 40
            and lead != ctx.text[a:b].strip()
        }

        def rows_named(text: str) -> int:
            low = text.lower()
            named = {i for n, i in quoted.items() if n in low}
            named |= {i for n, i in leads.items() if re.search(r"[«“„\"'‘]\s*" + re.escape(n), low)}
            return len(named)

        # (in the paragraph of a sentence that names the project: "Ce cofinancement a été accordé
        # dans le cadre du programme national FAMI" after it; over the table, a paragraph on one row)
        # (or a list's line under the table on one row: "• La « Maison des langues » de l'AIEM est
        # un projet ... Elle est cofinancée ... au titre du FAMI")
        paragraphs = {
            u.paragraph
            for u in ctx.units
            if u.kind in ("sentence", "item") and (n := rows_named(u.text)) and (u.start >= start or n == 1)
        }

        def of_some_rows(m: NameMatch, rows: set[int]) -> bool:
            j = ctx.unit_index(m.start)
            u = ctx.units[j]
            if j in noted or j in rows:
                return True
            if u.kind == "item" and u.start >= start:
                # (each line of such a list speaks of the row it names, the fund's too)
                k = j
                while k > first and ctx.units[k].kind != "item":
                    k -= 1
                return rows_named(ctx.units[k].text) == 1
            return j in noted or j in rows or (u.kind == "sentence" and u.paragraph in paragraphs)

        out = set()
        for f in self.doc_funders:  # type: ignore[attr-defined]
            said = [m for m in ctx.funds if m.entity.iri == f]
            # (a row's own cell: "WerkKracht – ... (stedelijke cofinanciering AMIF)", not every row's)
            rows = {j for m in said if (j := ctx.unit_index(m.start)) in run[1:]}
            if len(rows) == len(run) - 1:
                rows = set()
            if said and all(of_some_rows(m, rows) for m in said):
                out.add(f)
        return out

    def _role_of_the_owner(self, header: int, k: int, owner: str | None) -> bool:
        """Whether a table's role column is the site owner's, by its header: "Ruolo del Comune",
        "Rolle der Stadt", "Rôle de la Ville" on a town's own site."""
        ctx = self.ctx
        if owner is None or not ctx.is_town_government(owner):
            return False
        a, b = ctx.units[header].cells[k]
        return (
            re.search(r"(?i)\b(?:comune|stadt|gemeinde|ville|commune|gemeente|stad|city|town|council)\b", ctx.text[a:b])
            is not None
        )

    def _counts_projects(self, header: Unit) -> bool:
        """Whether a table's header has a column that counts projects ("N. progetti", "Number of
        projects", "Anzahl Projekte", "Aantal projecten", "Nombre de projets")."""
        cues = self.ctx.cues
        for a, b in header.cells[1:]:
            cell = self.ctx.text[a:b]
            if any(cues.has("plural_nouns", n.group(0)) for n in cues.find("project_nouns", cell)):
                return True
        return False

    def _numbered_row_notes(self, run: list[int]) -> None:
        """Lines under a table whose rows are numbered that open with a row's number in brackets
        ("(1) Il piano PETRA è presentato dalla Regione ...", "(2) Il progetto della Rete Novara conta
        64 posti"): notes on those rows, no list line or project of their own."""
        ctx, units = self.ctx, self.ctx.units
        numbers = {ctx.text[slice(*units[i].cells[0])].strip() for i in run[1:] if units[i].cells}
        numbers = {n for n in numbers if n.isdigit()}
        if len(numbers) < 2:
            return
        for j in range(run[-1] + 1, min(len(units), run[-1] + 30)):
            opening = re.match(r"\s*\((\d{1,2})\)\s", ctx.text[line_start(ctx.text, units[j].start) : units[j].end])
            if opening is not None and opening.group(1) in numbers:
                self.footnote_units.add(j)

    def _footnote_payers(self, run: list[int], notes: dict[str, list[int]]) -> None:
        """A footnote under the table that opens with the stars some of its rows bear ("Sandwell
        Cohesion Champions*" over "* Not AMIF. It was paid for by the X Fund ... from the national
        budget"): the payers it names pay those rows; no list line of its own. Not a fund it says
        was only applied for ("** Voor dit project is ook een bijdrage uit het ESF+ aangevraagd.
        Daarover is nog geen besluit genomen.")."""
        ctx = self.ctx
        for p in self.projects:
            if p.unit not in run or (star := _ROW_STARS.search(ctx.units[p.unit].text)) is None:
                continue
            note = notes.get(star.group(), [])
            self.footnote_units.update(note)
            whole = " ".join(ctx.units[j].text for j in note)
            pending = ctx.cues.search("pending_applications", whole) is not None
            for j in note:
                u = ctx.units[j]
                ev = Evidence(u.start, u.end, ROW_CONFIDENCE)
                named = ctx.funders_in(u.start, u.end)
                # ("* Not AMIF. ...": a fund the line says does not pay, wherever else it names it)
                denied = {f for f, s, _e in named if ctx.cues.search("negations", ctx.text[max(u.start, s - 12) : s])}
                for f, _s, _e in named:
                    if (ctx.is_fund(f) or f == NATIONAL) and f not in denied and not pending:
                        p.funders.setdefault(f, ev)
                for o in ctx.orgs_in(u.start, u.end):
                    if ctx.named_as_payer(o) and o.iri not in p.implementers and not pending:
                        p.funders.setdefault(o.iri, ev)

    def _numbers_only(self, run: list[int], k: int) -> bool:
        """Whether column `k` of a table's rows holds numbers or codes and no words ("2.2", "A.1")."""
        ctx = self.ctx
        cells = [ctx.units[i].cells[k] for i in run[1:] if k < len(ctx.units[i].cells)]
        texts = [ctx.text[a:b].strip() for a, b in cells if a < b]
        return bool(texts) and all(_NUMBER_CELL.fullmatch(t) for t in texts)

    def _periods_only(self, run: list[int], k: int) -> bool:
        """Whether column `k` of a table's rows holds one span of years in each cell and nothing else
        ("07/2024 – 06/2027", "2024-2026")."""
        ctx = self.ctx
        cells = [ctx.units[i].cells[k] for i in run[1:] if k < len(ctx.units[i].cells)]
        texts = [ctx.text[a:b].strip() for a, b in cells if a < b]
        return bool(texts) and all(span_alone(t, ctx.lang) is not None for t in texts)

    def merge_summary_rows(self) -> None:
        """A table that sums up the projects the page has described in sections of their own
        ("Financiering in één oogopslag" after "3. Huiswerkklassen in Lauwe en Rekkem" ...): a row
        with the same sum as a project named before the table, and a word of its name in that
        project's, is that project; so is one named by the section's short name for it. The section
        keeps its name; the row says who runs and who pays it."""
        rows = [p for p in self.projects if p.rule == "find_table_rows"]  # type: ignore[attr-defined]
        merged = []
        for r in rows:
            sums = {v for v, _c, _e in r.amounts.values()}
            words = {w for w in re.findall(r"\w{5,}", fold(r.label))}
            same = [
                q
                for q in self.projects  # type: ignore[attr-defined]
                if q.rule != "find_table_rows"
                and q.unit < r.unit
                and (
                    (
                        sums & {v for v, _c, _e in q.amounts.values()}
                        and words & set(re.findall(r"\w{5,}", fold(q.label)))
                    )
                    # (or the row's short name: the acronym the section gives it, "LOI" for
                    # "Lokaal opvanginitiatief (LOI)", or its words, "Opvang Oekraïne")
                    or re.search(rf"\(\s*{re.escape(r.label.strip())}\s*\)", q.label) is not None
                    or (len(words) >= 2 and words <= set(re.findall(r"\w{5,}", fold(q.label))))
                )
            ]
            if len(same) != 1:
                continue
            q = same[0]
            q.funders, q.implementers = dict(r.funders), dict(r.implementers)
            q.partners = {o: ev for o, ev in {**q.partners, **r.partners}.items() if o not in q.implementers}
            q.amounts = {**q.amounts, **r.amounts}
            if r.start_year is not None or r.end_year is not None:
                q.start_year, q.end_year = r.start_year, r.end_year
            q.fixed = True
            merged.append(r)
        if merged:
            self.projects[:] = [p for p in self.projects if p not in merged]  # type: ignore[attr-defined]

    def _payer_columns_by_cells(self, run: list[int], columns: list[Column]) -> list[Column]:
        """A column its header leaves unread but whose cells are sums, headed by a payer alone:
        "Département (PDI)", "État (BOP 104)" beside "FSE+" in a programming committee's table.
        The header names the organisation the page names in full ("Département du Doubs"), or
        the State (the state's money); each row with a sum in it is paid so."""
        ctx = self.ctx
        header = ctx.units[run[0]]
        out = list(columns)
        for k, (c, (a, b)) in enumerate(zip(columns, header.cells, strict=True)):
            if c.role or a >= b:
                continue
            cells = [ctx.units[i].cells[k] for i in run[1:] if k < len(ctx.units[i].cells)]
            filled = [(x, y) for x, y in cells if re.search(r"\d", ctx.text[x:y])]
            if len(filled) < 2 or sum(bool(ctx.amounts_in(x, y)) for x, y in filled) < 0.8 * len(filled):
                continue
            payer = self._header_payer(a, b)
            if payer is not None:
                out[k] = Column("money", [payer], "")
        return out

    def _header_payer(self, a: int, b: int, kinds_only: bool = False) -> str | None:
        """The payer a header cell names: an organisation; a definite noun's head alone
        ("Département") for the one organisation the page names in full with it; the State.
        `kinds_only`: the head alone or the State alone ("FAMI, État, Département" in a payer
        cell), no organisation the cell names."""
        ctx = self.ctx
        named = [o.iri for o in ctx.orgs_in(a, b) if not ctx.is_eu_body(o.iri)]
        if named and not kinds_only:
            return named[0]
        core = re.sub(r"\s*\(.*?\)\s*", " ", ctx.text[a:b]).strip()
        if ctx.cues.has("state_words", core.lower()):
            return NATIONAL
        # ("Anteil Landkreis p. a.": the head beside a contribution noun, among a few words)
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", core)]
        for anaphor, heads in back_ref_entries(ctx.cues):
            if fold(anaphor.split()[-1]) != fold(core) and not (
                len(words) <= 5 and fold(anaphor.split()[-1]) in words and ctx.cues.search("contribution_nouns", core)
            ):
                continue
            starts = [h + " " for h in heads if not h.startswith("*")]
            kinds = {o.iri for o in ctx.orgs if any(o.name.startswith(h) for h in starts)}
            if len(kinds) == 1:
                return kinds.pop()
        return None

    def _state_share_over(self, run: list[int]) -> None:
        """The state's share of all the rows, said in the sentences over the table ("The projects
        listed below are co-financed by the European Union through AMIF ... The national
        contribution is covered by the state budget."): each row a fund pays has it too."""
        ctx = self.ctx
        # (the lead's last sentences, maybe over the table's own heading; not past another table)
        over = []
        for j in range(run[0] - 1, max(-1, run[0] - 6), -1):
            kind = ctx.units[j].kind
            if kind == "row":
                break
            if kind == "sentence":
                over.append(j)
        # (the state's budget by name: "state budget", "nationale Kofinanzierung"; not a national
        # body the lead names, whose role the rows do not say)
        spans = [(ctx.units[j].start, ctx.units[j].end) for j in over]
        # (nor the share a Land's budget pays: "Die nationale Kofinanzierung stellt der Freistaat X bereit")
        if not any(
            m.entity.kind == "national"
            and any(a <= m.start < b for a, b in spans)
            and not ctx.a_lands_national_share(m.start, m.end)
            for m in ctx.fund_names
        ):
            return
        rows = set(run[1:])
        for p in self.projects:  # type: ignore[attr-defined]
            if p.rule == "find_table_rows" and p.unit in rows and any(ctx.is_fund(f) for f in p.funders):
                p.funders.setdefault(NATIONAL, p.evidence)

    def _turned_down_table(self, header: int) -> bool:
        """Whether the line over a table or its section's heading says its rows were turned down."""
        ctx = self.ctx
        over = [j for j in (header - 1, ctx.units[header].section) if 0 <= j < header]
        return any(ctx.cues.search("rejections", ctx.units[j].text) for j in over)

    def _read_partnership(self, run: list[int], columns: list[Column]) -> None:
        """A partnership's table ("Role | Partner | Country | Budget"): the organisations in the
        lead role run the page's project, the others take part (`attach_partnership`)."""
        ctx = self.ctx
        roles = [c.role for c in columns]
        who = roles.index("partner") if "partner" in roles else roles.index("org")
        role_col = roles.index("role")
        for i in run[1:]:
            u = ctx.units[i]
            a, b = u.cells[role_col]
            role = ctx.text[a:b]
            # (not "Partner – trekker werkpakket 3": a partner that leads one part of the work)
            partner_first = ctx.cues.search("partner_cues", role)
            lead = bool(
                (ctx.cues.search("lead_roles", role) or ctx.cues.search("implementer_keys", role))
                and not (partner_first is not None and partner_first.start() == 0)
            )
            for o in self._cell_orgs(u.cells[who], i):
                self.partnership.append((o.iri, lead, Evidence(u.start, u.end, ROW_CONFIDENCE)))

    def attach_partnership(self) -> None:
        """The partnership table's organisations go to the page's one project (a project page
        lists its own partners): its lead partners run it, the others are its partners."""
        open_projects = [p for p in self.projects if not p.fixed]
        if not self.partnership or len(open_projects) != 1:
            return
        p = open_projects[0]
        leads = [(o, ev) for o, lead, ev in self.partnership if lead]
        if leads:
            p.implementers = {o: ev for o, ev in leads}
            if len(leads) == 1 and p.named_runner is None:
                p.named_runner = leads[0][0]  # (the pair decisions give it no other runner)
        for o, lead, ev in self.partnership:
            if not lead and o not in p.implementers and o not in p.funders:
                p.partners[o] = ev

    def add_page_payers_to_rows(self) -> None:
        """A table whose rows name no payer of their own is paid as the page says: "Land und ESF
        Plus fördern vier neue Integrationsprojekte" over a table of four projects gives each row the
        Land beside the fund (the organisations the text says fund projects)."""
        rows = [p for p in self.projects if p.rule == "find_table_rows"]  # type: ignore[attr-defined]
        for p in self.projects:  # type: ignore[attr-defined]
            if p.rule != "find_table_rows" or id(p) not in self.caption_paid:  # type: ignore[attr-defined]
                continue
            for o, ev in self.doc_org_funders.items():  # type: ignore[attr-defined]
                if self._under_a_rows_heading(ev.start, rows):
                    continue  # "dont 70.780 € de Fedasil" under "« Trait d'Union »": that row's payer
                if o not in p.implementers and o not in p.partners and not self.ctx.is_eu_body(o):
                    p.funders.setdefault(o, ev)

    def drop_other_projects_funds_from_rows(self) -> None:
        """A fund the page names only in the sections of another project it names
        ("Naast bovenstaande subsidies voert de gemeente zelf het project „X“ uit" over "Financiering
        X" and "Bijdrage ESF+"), is that project's, not the rows': a table that took it for want of
        a caption loses it, and a grant list of bodies is then paid by the page's grant-maker."""
        units = self.ctx.units
        for run, funds, maker in self.page_funded_runs:
            end = units[run[-1]].end
            others = [q for q in self.projects if q.rule != "find_table_rows" and not run[0] <= q.unit <= run[-1]]  # type: ignore[attr-defined]
            if not others:
                continue
            foreign = [f for f in funds if self._said_only_of(f, end, others)]
            if not foreign:
                continue
            for p in self.projects:  # type: ignore[attr-defined]
                if p.rule != "find_table_rows" or not run[0] < p.unit <= run[-1]:
                    continue
                ev = next(iter(p.funders.values()), None)
                sums = [p.amounts.pop(f) for f in foreign if f in p.amounts]
                for f in foreign:
                    p.funders.pop(f, None)
                if not p.funders and maker is not None and ev is not None and maker not in p.implementers:
                    p.funders[maker] = ev
                    if sums:
                        p.amounts.setdefault(maker, sums[0])  # (the row's sum is the grant-maker's)
                elif sums:
                    p.amounts.setdefault(None, sums[0])

    def _rows_bodies(self, run: list[int], columns: list[Column]) -> set[str]:
        """The organisations a table's rows name in their cells of bodies."""
        return {
            o.iri
            for i in run[1:]
            for c, cell in zip(columns, self.ctx.units[i].cells, strict=False)
            if c.role == "org"
            for o in self._cell_orgs(cell, i)
        }

    def _borrowed_funds(self, run: list[int], caption: list[str]) -> list[str]:
        """The payers of a table's caption (funds and bodies) that nothing over the table names (its
        header, the line before it, its section's heading): the page's, taken for want of one said of
        the rows ("Vlaamse cofinanciering door de Vlaamse overheid" of another item's project on a
        town's list of decisions)."""
        ctx, units = self.ctx, self.ctx.units
        over = [run[0], run[0] - 1, units[run[0]].section]
        said = {f for j in over if j >= 0 for f, _s, _e in ctx.funders_in(units[j].start, units[j].end)}
        return [f for f in caption if f not in said]

    def _said_only_of(self, payer: str, after: int, others: list[ProjectFact]) -> bool:
        """Whether every mention of `payer` (a fund or a body) is in a section headed by one of
        `others`' names or holding the line that names one (before the table, or after it, `after`)."""
        ctx, units = self.ctx, self.ctx.units
        if ctx.is_fund(payer):
            starts = [m.start for m in ctx.funds if m.entity.iri == payer]
        else:
            starts = [m.start for m in ctx.orgs if m.iri == payer]
        if not starts:
            return False
        for at in starts:
            section = units[ctx.unit_index(at)].section
            if section < 0:
                return False
            head = fold(units[section].text)
            if not any(
                units[q.unit].section == section or q.unit == section or (len(q.label) >= 4 and fold(q.label) in head)
                for q in others
            ):
                return False
        return True

    def _under_a_rows_heading(self, pos: int, rows: list[ProjectFact]) -> bool:
        """Whether `pos` speaks of one row of a table: a row's own cell ("AMIF, Kofinanzierung Land
        NRW"), a line keyed by the name the row opens with ("Brücken bauen (AWO): ... trägt das Land"),
        or the section headed by that name (the text under "« Trait d'Union »")."""
        ctx = self.ctx
        u = ctx.units[ctx.unit_index(pos)]
        if u.kind == "row":
            return True
        heads = [u.key] if u.kind == "kv" else []
        if u.section >= 0:
            heads.append(ctx.units[u.section].text)
        for head in heads:
            name = fold(re.sub(r"\s*\([^()]*\)\s*$", "", head).strip(" :«»“”„\"'"))
            if len(name) >= 4 and any(fold(p.label).startswith(name) for p in rows):
                return True
        return False

    def add_page_money_and_years_to_rows(self) -> None:
        """What a page says of all its grants, for the rows of its tables: the state's share named
        in one sentence with the fund the rows are paid from ("a valere sulle risorse del FAMI e
        sulla quota di cofinanziamento nazionale"), and the years of a sentence on all its projects
        ("Le attività progettuali avranno una durata di 30 mesi, dal 1° gennaio 2024 al 30 giugno
        2026") for rows that give none."""
        ctx = self.ctx
        # (an official list with a heading per beneficiary is a table written out)
        listed = ("find_table_rows", "find_beneficiary_headings")
        rows = [p for p in self.projects if p.rule in listed]  # type: ignore[attr-defined]
        if len(rows) < 2:
            return
        said = [ctx.unit_index(s) for s, _e in ctx._national_cues]
        # (a sentence of the page, not a row: "ESF Plus und Bundesmittel" in a cell pays that row only)
        # (or in the sentence after the fund's, of its paragraph: "... le fonds prend en charge 75 %
        # des coûts éligibles ; les 25 % restants sont couverts par le budget de l'État")
        state = next((i for i in said if ctx.units[i].kind == "sentence" and self._with_a_fund(i)), None)
        if any(NATIONAL in p.funders for p in rows):
            # "FAMI : 137 000 €" in one row, "FAMI : 120 000 € ; BOP 104 : 40 000 €" in another: the
            # rows say which of them the state pays
            state = None
        for p in rows:
            paid_as_listed = (
                id(p) in self.caption_paid  # type: ignore[attr-defined]
                or id(p) in self.payer_named_rows
                or p.rule == "find_beneficiary_headings"
            )
            if state is not None and paid_as_listed and any(ctx.is_fund(f) for f in p.funders):
                u = ctx.units[state]
                p.funders.setdefault(NATIONAL, Evidence(u.start, u.end, ROW_CONFIDENCE))
            starred = _STARRED.search(ctx.units[p.unit].text) is not None
            if p.start_year is None and p.end_year is None:
                for j in self._sentences_on_all:  # type: ignore[attr-defined]
                    u = ctx.units[j]
                    if "(*)" in u.text:
                        continue  # (a footnote's: the starred rows', below)
                    if self._years_from(p, u.start, u.end, 0.6):  # type: ignore[attr-defined]
                        break
            if starred and p.rule == "find_table_rows":
                # "Les projets signalés par un astérisque (*) se poursuivront jusqu'au 31 décembre
                # 2026": the footnote's end for the rows that bear the mark
                note = next((u for u in ctx.units if u.kind == "sentence" and "(*)" in u.text), None)
                ends = [m.end_year for m in find_periods(note.text, ctx.lang) if m.end_year] if note else []
                if ends and (p.end_year is None or max(ends) > p.end_year):
                    p.end_year = max(ends)

    def _with_a_fund(self, i: int) -> bool:
        """Whether unit `i` names a fund or follows one that does in its paragraph."""
        units, funds = self.ctx.units, self.ctx.fund_units
        return i in funds or (i - 1 in funds and units[i - 1].paragraph == units[i].paragraph)

    def add_follow_up_payers_to_rows(self) -> None:
        """The sentence right after a table that speaks of all its rows ("Die Zuwendungen stammen zu
        60 Prozent aus dem ESF Plus und zu 40 Prozent aus Landesmitteln") names payers of each row,
        as after a list."""
        named_in = {j for p in self.projects for j in (p.scope_units or [p.unit])}  # type: ignore[attr-defined]
        by_name = self._rows_by_name([p for p in self.projects if p.rule == "find_table_rows"])  # type: ignore[attr-defined]
        for p in self.projects:  # type: ignore[attr-defined]
            if p.rule != "find_table_rows":
                continue
            for j in self._list_follow_ups(p, named_in):  # type: ignore[attr-defined]
                u = self.ctx.units[j]
                if self._rows_named(u, by_name):
                    continue  # "La « Maison des langues » de l'AIEM est cofinancée ...": one row's, not all
                for f, _s, _e in self.ctx.funders_in(u.start, u.end):
                    if f not in p.implementers and f not in p.partners:
                        p.funders.setdefault(f, Evidence(u.start, u.end, ROW_CONFIDENCE))

    def add_payers_of_financing_tables(self, sole: bool = False) -> None:
        """A table of where a project's money comes from ("Financier | Bedrag | Aandeel" under
        "Financiën", or rows of a payer and its sum under "... ist wie folgt finanziert:"): each
        row but the total names a payer of the project named last before it (`sole`: of the
        page's one project, wherever the pair decisions placed it)."""
        ctx = self.ctx
        for run in _tables(ctx.units):
            header = ctx.units[run[0]]
            a, b = header.cells[0]
            headed = ctx.cues.has("payer_columns", ctx.text[a:b].strip().lower())
            above = [] if headed else self._payer_rows(run)
            if not headed and above is None:
                continue
            if headed and self._counts_projects(header):
                continue  # "Fonte | N. progetti | Importo complessivo": a summary by source of many projects
            run = [*(above or []), *run]
            before = [p for p in self.projects if p.unit < run[0]]  # type: ignore[attr-defined]
            if sole and len(self.projects) == 1:  # type: ignore[attr-defined]
                before = list(self.projects)  # type: ignore[attr-defined]  # (the page's one project)
            if not before:
                continue
            p = max(before, key=lambda p: p.unit)
            for i in run[1:] if headed else run:
                u = ctx.units[i]
                # (a payer's line over the table: its words before its sum)
                a, b = u.cells[0] if u.cells else (u.start, min(m.start for m in ctx.amounts_in(u.start, u.end)))
                first = ctx.text[a:b].strip().lower()
                if not first or ctx.cues.has("total_rows", first.split()[0]):
                    continue
                sums = ctx.amounts_in(u.start, u.end)
                if sums and not any(m.value for m in sums):
                    continue  # "Comune | 0,00 € | 0,0": a payer the form lists, which gives nothing
                ev = Evidence(u.start, u.end, ROW_CONFIDENCE)
                for f, _s, _e in ctx.funders_in(a, b):
                    p.funders.setdefault(f, ev)
                named = ctx.orgs_in(a, b)
                # (not in German, whose every noun is capitalised: "Gemeinden", "Eigenmittel")
                if headed and not named and not ctx.funders_in(a, b) and ctx.lang != "de":
                    # "Toulouse Métropole | 40 000 €" under "Financeur": a payer's cell holds a name
                    # whose shape alone may not say it is a body's
                    payer = _payer_name(ctx.text[a:b])
                    if payer is not None:
                        at = a + ctx.text[a:b].index(payer)
                        named = [o for o in [ctx.add_org(payer, at, at + len(payer), shaped=True)] if o is not None]
                for o in named:
                    if o.iri in p.implementers:
                        # (a runner only the pair decisions gave, beside another: a breakdown's row
                        # gives it a sum, so it pays: "Land X, Abteilung Soziales | € 40.000,– | 10 %")
                        if not (sole and p.rule == "decide_pairs" and len(p.implementers) > 1):
                            continue
                        del p.implementers[o.iri]
                    if not ctx.is_eu_body(o.iri):
                        p.funders.setdefault(o.iri, ev)

    def _payer_rows(self, run: list[int]) -> list[int] | None:
        """Whether a table without a header is a breakdown of one project's money: each row a
        payer and its sum ("Asyl-, Migrations- und Integrationsfonds der EU (AMIF) | € 321.450,– |
        75 %", "Land Niederösterreich, Abteilung Soziales | € 42.860,– | 10 %"), under a line that
        says how the project is paid ("... ist wie folgt finanziert:"). None if not; else the
        lines of such rows between that line and the table, whose cells are one more or fewer ("FAMI
        (Union européenne)   214 905,00 €   75 %" over rows that give no share)."""
        ctx = self.ctx
        if len(run) < 2 or run[0] == 0:
            return None
        k = run[0] - 1
        above: list[int] = []
        while k > 0 and len(above) < 3 and self._breakdown_line(ctx.units[k]):
            above.insert(0, k)
            k -= 1
        intro = ctx.units[k]
        if not intro.text.rstrip().endswith(":") or not ctx.cues.search("funding_words", intro.text):
            return None
        for i in run:
            u = ctx.units[i]
            if len(u.cells) < 2:
                return None
            (a, b), (c, d) = u.cells[0], u.cells[1]
            first = ctx.text[a:b].strip().lower()
            if i == run[-1] and first and ctx.cues.has("total_rows", first.split()[0]):
                continue  # ("TOTAL | 286 540,00 €": the sum of the rows)
            payer = ctx.funders_in(a, b) or ctx.orgs_in(a, b)
            if not payer or not ctx.amounts_in(c, d):
                return None
        return above

    def _breakdown_line(self, u: Unit) -> bool:
        """Whether a line of its own names a payer, then a sum: a payer's row whose cells the
        table's rows do not share."""
        ctx = self.ctx
        if u.kind == "sentence" or u.text.rstrip().endswith(".") or len(u.text.split()) > 14:
            return False
        starts = [s for _f, s, _e in ctx.funders_in(u.start, u.end)] + [o.start for o in ctx.orgs_in(u.start, u.end)]
        sums = ctx.amounts_in(u.start, u.end)
        return bool(starts and sums) and min(starts) < min(m.start for m in sums)

    def add_payers_of_described_rows(self) -> None:
        """A section after a table about one of its rows, headed by the row's runner or its title
        ("Le Pavé des Mots – « Mots Passants »" after the row "Le Pavé des Mots asbl | « Mots
        Passants » – tables de conversation"), names funds that row has besides the table's payers
        ("Le projet est cofinancé ... au titre du FAMI")."""
        ctx = self.ctx
        rows = [p for p in self.projects if p.rule == "find_table_rows"]  # type: ignore[attr-defined]
        if len(rows) < 2:
            return
        keys = {id(p): self._row_keys(ctx.units[p.unit]) for p in rows}
        for j in range(max(p.unit for p in rows) + 1, len(ctx.units)):
            u = ctx.units[j]
            if u.kind != "heading":
                continue
            head = " ".join(re.findall(r"\w+", fold(u.text)))
            about = [p for p in rows if any(f" {k} " in f" {head} " for k in keys[id(p)])]
            if len(about) != 1:
                continue
            p = about[0]
            for k in range(j + 1, len(ctx.units)):
                v = ctx.units[k]
                if v.kind == "heading" or v.section != j:
                    break
                for f, _s, _e in ctx.funders_in(v.start, v.end):
                    if ctx.is_fund(f):
                        p.funders.setdefault(f, Evidence(v.start, v.end, ROW_CONFIDENCE))

    def add_payers_said_of_rows(self) -> None:
        """A sentence after a table that names one of its rows' projects in quotes and a body that
        pays for it ("Das Projekt „Migrationsberatung plus" wird außerdem vom Freistaat Bayern mit
        68.000 € kofinanziert", "Die Stadt X beteiligt sich an „Y" mit Eigenmitteln ..."): the body
        pays that row too."""
        ctx, cues = self.ctx, self.ctx.cues
        rows = [p for p in self.projects if p.rule == "find_table_rows"]  # type: ignore[attr-defined]
        if not rows:
            return
        by_name = self._rows_by_name(rows)
        for j in range(min(p.unit for p in rows) + 1, len(ctx.units)):
            u = ctx.units[j]
            if u.kind not in ("sentence", "item") or cues.search("negations", u.text):
                continue
            named = self._rows_named(u, by_name)
            if len({id(p) for p in named}) != 1:
                continue
            p = named[0]
            ev = Evidence(u.start, u.end, 0.75)
            # ("Elle est cofinancée ... au titre du FAMI", "reçoivent également 10 000 € de l'État")
            for f, _s, _e in ctx.funders_in(u.start, u.end):
                p.funders.setdefault(f, ev)
            if not (cues.search("funding_words", u.text) or cues.search("contributes", u.text)):
                continue
            before = None
            for o in ctx.orgs_in(u.start, u.end):
                # (not the body's own department in brackets after it: "vom Freistaat Bayern
                # (Bayerisches Staatsministerium des Innern ...)")
                bracketed = before is not None and ctx.text[before.end : o.start].strip() == "("
                before = o
                if bracketed or o.iri in p.implementers or o.iri in p.partners or not ctx.is_implementer_org(o.iri):
                    continue
                if not self._pays_in_its_sentence(u, o):
                    continue
                if ctx.near_authority_cue(o):
                    continue
                # (nor the row's runner, inflected: "gewährt dem Diakonischen Werk ... für „X“" of the
                # row's "Diakonisches Werk": who gets the grant)
                if any(
                    m.iri in p.implementers and within_a_typo(o.name.lower(), m.name.lower())
                    for m in ctx.orgs_in(ctx.units[p.unit].start, ctx.units[p.unit].end)
                ):
                    continue
                p.funders.setdefault(o.iri, ev)

    def _pays_in_its_sentence(self, u: Unit, o: OrgMention) -> bool:
        """Whether the sentence of line u that names o says someone pays, and not through o ("Der
        Freistaat X beteiligt sich über das Staatsministerium Y mit Landesmitteln"), nor names the
        project's partners ("Kooperationspartner im Netzwerk sind das Jobcenter X")."""
        ctx, cues = self.ctx, self.ctx.cues
        starts = [u.start, *(u.start + m.end() for m in re.finditer(r"[.!?]\s+(?=[A-ZÀ-Þ])", u.text))]
        a = max(x for x in starts if x <= o.start)
        ends = [x for x in starts if x > o.start]
        sentence = ctx.text[a : ends[0] if ends else u.end]
        if not (cues.search("funding_words", sentence) or cues.search("contributes", sentence)):
            return False
        first = sentence.split()[0].strip(",:") if sentence.split() else ""
        if cues.has("partner_cues", first.lower()) or cues.search("partner_cues", first):
            return False
        via = cues.search("via_words", ctx.text[max(a, o.start - 15) : o.start])
        return via is None

    def _rows_by_name(self, rows: list[ProjectFact]) -> _RowNames:
        """The table rows by their folded names: each row's label, and the names in quotes its
        cells give ("« Binômes » : parrainage ..." is "Binômes" too); and by the lead part of a
        label of two words or more, as a sentence may write it unquoted."""
        out = {fold(p.label): p for p in rows}
        for p in rows:
            for q in _QUOTED_NAME.findall(self.ctx.units[p.unit].text):
                out.setdefault(fold(q), p)
        leads = [
            (lead, p)
            for p in rows
            if len(lead := fold(re.split(r"\s[–—-]\s|:\s", p.label, maxsplit=1)[0]).strip()) >= 8
            and len(lead.split()) >= 2
        ]
        # (and by the number in its first cell: "Nr. | Projekt | ..." over "1 | „X“ | ...")
        numbered: dict[int, ProjectFact] = {}
        for p in rows:
            cells = self.ctx.units[p.unit].cells
            first = self.ctx.text[slice(*cells[0])].strip(" .") if cells else ""
            if first.isdigit() and len(first) <= 2:
                numbered.setdefault(int(first), p)
        return _RowNames(out, leads, numbered if len(numbered) >= 2 else {})

    def _rows_named(self, u: Unit, by_name: _RowNames) -> list[ProjectFact]:
        """The table rows whose names unit u writes in quotes (whole, or the first part of the row's)."""
        quoted = [
            by_name.quoted[key]
            for m in _QUOTED_NAME.finditer(u.text)
            if (key := fold(m.group(1))) in by_name.quoted or (key := _first_part(key, by_name.quoted)) is not None
        ]
        if quoted:
            return quoted
        # ("Projekt 1: Die Stadt X gewährt einen Zuschuss ..." under a table of numbered rows)
        if by_name.numbered:
            nouns = self.ctx.cues.regex["project_nouns"].pattern
            m = re.match(rf"\s*(?:{nouns})\s+(?:(?:Nr|No|N°|n\.)\.?\s*)?(\d{{1,2}})\s*:", u.text, re.I)
            if m is not None and int(m.group(1)) in by_name.numbered:
                return [by_name.numbered[int(m.group(1))]]
        # (or unquoted, by the lead part of a row's name of two words or more: "Aan Mienskip
        # Meitsje draagt de gemeente € 137.400 bij" of the row "Mienskip Meitsje – maatjes en ...")
        text = fold(u.text)
        return [p for lead, p in by_name.leads if lead in text and re.search(rf"(?<!\w){re.escape(lead)}(?!\w)", text)]

    def _row_keys(self, row: Unit) -> set[str]:
        """The names a row's cells give (two words or more, without a legal form), as folded words."""
        legal = self.ctx.cues.regex["legal_forms"]
        keys = set()
        for a, b in row.cells:
            cell = self.ctx.text[a:b]
            for part in [cell, *_CELL_PARTS.split(cell)]:
                words = re.findall(r"\w+", fold(legal.sub(" ", part)))
                if len(words) >= 2 and not any(w.isdigit() for w in words):
                    keys.add(" ".join(words))
        return keys

    def _caption_funders(self, first: int, with_granting: bool = True) -> list[str]:
        """The funds said over the table: in its section's heading or the line just before it
        ("Asylum, Migration and Integration Fund (AMIF)" over its table); none if nothing is said
        (the caller then takes the document's). `with_granting`: or the sentence over the table whose
        subject gives money (`_granting_subjects`)."""
        ctx = self.ctx
        u = ctx.units[first]
        before = [first - 1] if first > 0 else []
        for j in [*before, u.section]:
            if j < 0 or j >= first:
                continue
            found = [f for f, _s, _e in ctx.funders_in(ctx.units[j].start, ctx.units[j].end)]
            if found and all(f == NATIONAL for f in found):
                # "the sums include the national co-financing": the state's share of the page's fund
                # (not a town's own money: "kent ... toe uit eigen middelen van de stad" over its grants)
                found += self._page_funds_before(first)
            if found:
                return list(dict.fromkeys(found))
        lead = self._section_lead(first)
        if lead is not None:
            return lead
        granting = self._granting_subjects(first) if with_granting else []
        if granting:
            # with the funds the page names before the table ("Land und ESF Plus fördern vier
            # Projekte"), not one a row names for itself
            said_before = {m.entity.iri for m in ctx.funds if m.start < u.start}
            return granting + [f for f in self.doc_funders if f in said_before]  # type: ignore[attr-defined]
        return []

    def _page_funds_for_rows(self, run: list[int]) -> list[str]:
        """The page's funds a table with no caption of its own takes for its rows (less those of some
        rows only, `_funds_of_some_rows`, which the caller drops), with the state's money said of its
        projects over it."""
        ctx = self.ctx
        start = ctx.units[run[0]].start
        out = [f for f in self.doc_funders if not self._only_under_another_heading(f, run)]  # type: ignore[attr-defined]
        # "Neuf projets sont retenus ... sur les crédits du programme 104 du budget de l'État" over
        # the table: the state's money, said of the projects the rows list
        if NATIONAL not in out:
            for s, _e in ctx._national_cues:
                u = ctx.units[ctx.unit_index(s)]
                if s < start and u.kind == "sentence" and ctx.cues.search("project_nouns", u.text):
                    # (and a fund the page names only after the table pays the rows it names
                    # there, if any: "Et le FAMI ? Les projets cofinancés par le FAMI ne relèvent
                    # pas de cet appel", as under a column of the state's sums)
                    out = [*self._page_funds_before(run[0]), NATIONAL]
                    break
        return out

    def _only_under_another_heading(self, fund: str, run: list[int]) -> bool:
        """Whether the page names a fund only after the table, under a heading of its own
        ("Integration supports in Clare" under a table of a national scheme's grants, then "The
        Clare LAIT is co-funded by ... the AMIF"): the money of another section's project."""
        ctx = self.ctx
        units = ctx.units
        table_section = units[run[0]].section
        if any(m.entity.iri == fund for m in ctx.title_names):
            return False
        end = units[run[-1]].end
        for m in ctx.funds:
            if m.entity.iri != fund:
                continue
            if m.start < end:
                return False
            section = units[ctx.unit_index(m.start)].section
            if section < 0 or section == table_section:
                return False
        return any(m.entity.iri == fund for m in ctx.funds)

    def _page_funds_before(self, first: int) -> list[str]:
        """The page's funds named before the table's first row (not "A call under the BMVI is open"
        after it)."""
        before = {m.entity.iri for m in self.ctx.funds if m.start < self.ctx.units[first].start}
        return [f for f in self.doc_funders if f in before]  # type: ignore[attr-defined]

    def _section_lead(self, first: int) -> list[str] | None:
        """The payers a line of its own opening the table's section names with a money word
        ("Crédits du programme 104 (budget de l'État) – subventions attribuées par le préfet" over
        a paragraph on the call and the table of its grants): the section's table is paid so,
        state money included. None when that line is not such a caption."""
        ctx = self.ctx
        h = ctx.units[first].section
        k = h + 1
        while k < first and ctx.units[k].kind == "heading":
            k += 1  # ("Mis à jour le 12/07/2024" under the heading)
        if k >= first - 1:
            return None  # the line just before the table: read by the caller
        u = ctx.units[k]
        alone = not (k + 1 < len(ctx.units) and ctx.units[k + 1].paragraph == u.paragraph)
        if (
            not alone
            and u.kind == "sentence"
            and ctx.units[first - 1].paragraph == u.paragraph
            and ctx.units[first - 1].text.rstrip().endswith(":")
            and ctx.cues.search("funding_words", u.text)
        ):
            # the section's one paragraph, which the table's rows go on from ("Die MBE wird aus
            # Bundesmitteln gefördert; ... Für das Jahr 2023 wurden bewilligt:"): its first sentence
            # says who pays them
            alone = True
        if u.kind != "sentence" or not alone or not ctx.cues.search("funding_words", u.text):
            return None
        found = [f for f, _s, _e in ctx.funders_in(u.start, u.end)]
        if found and not any(ctx.is_fund(f) for f in found):
            # "€6.3 million in EU and national funds for five projects": the state's share of the
            # page's fund, as in a caption
            found += self._page_funds_before(first)
        return list(dict.fromkeys(found)) or None

    def _granting_subjects(self, first: int) -> list[str]:
        """The organisation a sentence over the table names as its subject and says gives money
        ("De gemeente Almelo maakt openbaar aan welke organisaties zij subsidie verleent" over a
        register of subsidies): it pays the rows. The nearest such sentence among the dozen lines
        over the table, whatever their sections, up to another table."""
        ctx = self.ctx
        for j in range(first - 1, max(-1, first - 13), -1):
            u = ctx.units[j]
            if u.kind == "row":
                break
            if u.kind != "sentence":
                continue
            # (the verb in the subject's clause, not denied: not "Het Agentschap X blijft
            # verantwoordelijk voor het inburgeringstraject; deze oproep financiert geen NT2-lessen")
            clause = re.split(r"[;:]", u.text, maxsplit=1)[0]
            verb = ctx.cues.search("funding_verbs", clause)
            if verb is None or ctx.cues.search("negations", clause[verb.end() : verb.end() + 12]):
                continue
            opening = [o for o in ctx.orgs_in(u.start, u.end) if o.start < u.start + 30 and not ctx.is_eu_body(o.iri)]
            if opening:
                return [opening[0].iri]
        return []

    def _read_row(self, i: int, columns: list[Column], caption: list[str], runner: str | None = None) -> None:
        ctx = self.ctx
        u = ctx.units[i]
        cell = {c.role: (a, b) for c, (a, b) in zip(columns, u.cells, strict=True) if c.role and c.role != "money"}
        text = {role: ctx.text[a:b].strip() for role, (a, b) in cell.items()}
        first = ctx.text[u.cells[0][0] : u.cells[0][1]].strip().lower()
        if not first:
            self._read_row_below(u, columns, cell)
            return
        self.row_above = None
        # ("Totaal beleidsveld": a total with what it totals)
        if ctx.cues.has("total_rows", first) or ctx.cues.has("total_rows", first.split()[0]):
            return  # "Summe", "Total": the table's sum, no project
        if self._not_granted(u, columns):
            return
        # ("Ente titolare / capofila | Ente attuatore / partner": the first column of bodies holds
        # the grant; a later one names who else runs the project where a key says so, or first
        # where its header names a runner before partners; its other bodies take part)
        org_columns = [(c, span) for c, span in zip(columns, u.cells, strict=True) if c.role == "org"]
        keyed_orgs = self._cell_orgs(org_columns[0][1], i, keyed=True) if org_columns else []
        later_orgs = []
        for c, span in org_columns[1:]:
            found = self._cell_orgs(span, i, keyed=True)
            # ("Ente gestore / partner": a column that names its runner first, unkeyed, then partners)
            unkeyed = [o for o, role in found if not role]
            later_orgs += [(o, "runner" if c.lead and unkeyed and o is unkeyed[0] else role) for o, role in found]
        # ("Capofila: Regione X; partner: Comune di Y": a key in the cell says who takes part only)
        orgs = [o for o, role in keyed_orgs if role != "partner"]
        ev = Evidence(u.start, u.end, ROW_CONFIDENCE)
        label = text.get("title", "")
        if label and any(c.role == "title" and c.lead for c in columns):
            whole = label.strip(" •*-")
            label = _lead_name(label)
            if label == whole:
                # (a long description's words before its dash or bracket: "Parcours d'accès au
                # logement ... (BPI) sur les bassins ... – du 1er janvier 2024 au 31 décembre 2025")
                label = re.split(r"\s[–—]\s|\s\(", label, maxsplit=1)[0].strip()
        if re.fullmatch(r"[«\"“„](.+)[»\"”“]", label):
            label = label[1:-1].strip()
        elif (quoted := _PAIRED_QUOTES.match(label)) and re.fullmatch(r"\s*\([^()]*\)\s*", label[quoted.end() :]):
            # '„Brücken bauen – Ankommen im Kreis X“ (Erstorientierung ...)': the name, not what it does
            label = next(g for g in quoted.groups() if g is not None)
        if not label:
            if not orgs:
                return
            label = f"{self._row_theme(i)} ({orgs[0].name})"
        # (a project named after its runner: "Praatcafé Egmont | vzw Praatcafé Egmont")
        after_runner = any(fold(o.name) == fold(label) for o in ctx.orgs_in(u.start, u.end))
        p = self.add_project(label, u.start, u.end, i, ROW_CONFIDENCE, named_after_runner=after_runner)  # type: ignore[attr-defined]
        if p is None or p.fixed:
            return
        p.fixed = True
        p.rule = "find_table_rows"
        p.scope_units = [i]
        lead_first = bool(org_columns) and org_columns[0][0].lead
        for o in orgs[:1] if lead_first else orgs:
            p.implementers[o.iri] = ev
        for o in orgs[1:] if lead_first else ():
            p.partners[o.iri] = ev
        for o, later_role in later_orgs:
            if later_role == "runner":
                p.implementers.setdefault(o.iri, ev)
            elif o.iri not in p.implementers:
                p.partners.setdefault(o.iri, ev)
        for o, role in keyed_orgs:
            if role == "partner" and o.iri not in p.implementers:
                p.partners[o.iri] = ev
        keyed = self._keyed_runner(u)
        if keyed is not None and not p.implementers:
            p.implementers[keyed.iri] = ev
        if "payer" in cell:
            self._add_payers(p, *cell["payer"], ev)  # type: ignore[attr-defined]
            self._add_glossed_payer(p, *cell["payer"], ev)
            # "Gemeente (cofinanciering) / AMIF": a kind of body alone, the one the page names
            a, b = cell["payer"]
            for part in re.finditer(r"[^,/;()+&]+", ctx.text[a:b]):
                head = self._header_payer(a + part.start(), a + part.end(), kinds_only=True)
                if head is not None and head not in p.implementers:
                    p.funders.setdefault(head, ev)
            if not p.funders and ctx.cues.search("see_note", ctx.text[a:b]):
                self._payers_in_note(p, i, ev)
            if p.funders:
                self.payer_named_rows.add(id(p))
        role = text.get("role", "").lower()
        # ("Partner; capofila: Regione X", "Ente titolare; ente attuatore: Cooperativa Y": the site
        # owner's role first, then the other bodies', each after its key)
        own_role = role.split(";")[0].strip()
        for o, keyed_role in self._cell_orgs(cell["role"], i, keyed=True) if ";" in role else []:
            if keyed_role == "runner" and o.iri not in p.funders:
                p.implementers.setdefault(o.iri, ev)
            elif keyed_role == "partner" and o.iri not in p.implementers:
                p.partners.setdefault(o.iri, ev)
        holder = bool(ctx.cues.words.get("holder_keys")) and ctx.cues.has("holder_keys", own_role)
        # (a holder runs what it co-funds: "Ente titolare" of an SAI project with "cofinanziamento
        # comunale 5%")
        # (or one that pays its share beside another payer: "FAMI (75 %) – CPAS de X (25 %)" in the
        # payer cell of a row of the CPAS's own projects)
        co_paying = runner in p.funders and len(p.funders) > 1
        if runner is not None and runner not in p.implementers and (runner not in p.funders or holder or co_paying):
            # ("Progetto | Ente finanziatore | Ruolo | Periodo" on a cooperative's report: where its
            # role is "partner", another body leads, one the row may name: "(capofila: Regione X)")
            if keyed is not None or ctx.cues.has("partner_cues", role) or ctx.cues.has("partner_cues", own_role):
                p.partners[runner] = ev
            elif not p.implementers or holder:
                p.implementers[runner] = ev
        for o, keyed_role in self._cell_orgs(cell["partner"], i, keyed=True) if "partner" in cell else []:
            if keyed_role == "runner":
                # ("Ente attuatore: Cooperativa X" in a partner column: the key says it runs the project)
                p.implementers.setdefault(o.iri, ev)
            elif o.iri not in p.implementers:
                p.partners[o.iri] = ev
        if "payer" in cell and len(p.implementers) >= 2 and _OWN_MEANS.match(ctx.text, *cell["payer"]):
            # "Risorse proprie SdS" in a payer's cell of a row whose holder has another body run it
            # ("Cooperativa X (ente gestore)"): the holder, the first body its row names, pays it
            # (a runner's own means alone, "eigen middelen uitvoerder", are no funder's share)
            p.funders.setdefault(next(iter(p.implementers)), ev)
        self._row_years(p, text, ev)
        self._row_money(p, u, columns, caption, ev)
        self.row_above = p

    def _payers_in_note(self, p: ProjectFact, i: int, ev: Evidence) -> None:
        """A row whose payer cell sends to a note ("zie toelichting"): the payers the note names in
        its sentences about the row ("het Werkfit-traject is door de gemeente gegund aan X. De kosten
        worden gedekt uit de rijksmiddelen ...", up to the sentence about another row)."""
        ctx = self.ctx
        units = ctx.units
        key = fold(p.label.split()[0]) if p.label.split() else ""
        if len(key) < 4:
            return
        others = {fold(q.label.split()[0]) for q in self.projects if q is not p and q.label.split()}  # type: ignore[attr-defined]
        others = {k for k in others if len(k) >= 4 and k != key}
        for u in units[i + 1 : i + 12]:
            at = fold(u.text).find(key)
            if u.kind == "row" or at < 0:
                continue
            a = u.start + at
            b = u.end
            for m in re.finditer(r"(?<=[.;])\s+(?=\S)", ctx.text[a:b]):
                if any(k in fold(ctx.text[a + m.end() : a + m.end() + 200].split(".")[0]) for k in others):
                    b = a + m.start()
                    break
            for f, _s, _e in ctx.funders_in(a, b):
                if f not in p.implementers:
                    p.funders.setdefault(f, ev)
            for o in ctx.orgs_in(a, b):
                if o.iri not in p.implementers and ctx.named_as_payer(o):
                    p.funders.setdefault(o.iri, ev)  # ("door de gemeente X gegund aan Y")
            return

    def _keyed_runner(self, u: Unit) -> OrgMention | None:
        """The organisation a row's cell names after a runner's key in brackets: "FAMI 2021-2027
        (capofila: Regione Emilia-Romagna)", "Otto per mille (chef de file : Association X)"."""
        ctx = self.ctx
        for m in _KEYED_BRACKET.finditer(ctx.text, u.start, u.end):
            if not ctx.cues.has("implementer_keys", m.group(1).strip().lower()):
                continue
            name = m.group(2).strip()
            return ctx.add_org(name, m.start(2), m.start(2) + len(name), shaped=True)
        return None

    @cached_property
    def _glosses(self) -> list[tuple[str, int, int]]:
        """The list lines that gloss a term ("• KOMM-AN NRW – Landesprogramm des Landes ..."): the
        folded term, and where the gloss's first sentence starts and ends; read once per page."""
        out = []
        for u in self.ctx.units:
            if u.kind != "item":
                continue
            gloss = re.match(r"\s*(.{2,40}?)\s+[–—-]\s+(\S.*)", u.text)
            if gloss is None:
                continue
            start = u.start + gloss.start(2)
            stop = re.search(r"[.;]\s", u.text[gloss.start(2) :])
            out.append((fold(gloss.group(1)), start, start + stop.start() if stop else u.end))
        return out

    def _add_glossed_payer(self, p: ProjectFact, a: int, b: int, ev: Evidence) -> None:
        """A payer's cell that names a programme the page glosses in a list line of its own ("KOMM-AN
        NRW" under "• KOMM-AN NRW – Landesprogramm des Landes Nordrhein-Westfalen ...",
        "Integrationsfonds" under "• Integrationsfonds – städtische Mittel aus dem Haushalt der Stadt
        X"): the body the gloss's first sentence names pays, not a body named after the programme."""
        ctx = self.ctx
        written = ctx.text[a:b].strip()
        if not written or any(ctx.is_fund(f) for f, _s, _e in ctx.funders_in(a, b)):
            return
        own = [o for o in ctx.orgs_in(a, b) if o.known or ctx.text[o.start : o.end].strip() != written]
        if own:
            return  # the cell names its payer itself
        for term, start, end in self._glosses:
            if term != fold(written):
                continue
            payer = next((o for o in ctx.orgs_in(start, end) if not ctx.is_eu_body(o.iri)), None)
            if payer is None or payer.iri in p.implementers:
                return
            for o in ctx.orgs_in(a, b):
                # ("Integrationsfonds": the programme, found by its shape; its sum is the payer's)
                p.funders.pop(o.iri, None)
                if o.iri in p.amounts:
                    p.amounts.setdefault(payer.iri, p.amounts.pop(o.iri))
            p.funders.setdefault(payer.iri, ev)
            return

    def _read_row_below(self, u: Unit, columns: list[Column], cell: dict[str, tuple[int, int]]) -> None:
        """A row with an empty first cell under a project's ("<tab>État – BOP 104 (DDETS du Nord)<tab>
        70 000 €", "<tab>Total action<tab>280 000 €"): another payer of the project above, or its
        total."""
        p = self.row_above
        if p is None or "payer" not in cell:
            return
        ctx = self.ctx
        a, b = cell["payer"]
        ev = Evidence(u.start, u.end, ROW_CONFIDENCE)
        payer = ctx.text[a:b].strip().lower()
        if payer and ctx.cues.has("total_rows", payer.split()[0]):
            sums = self._money_cells(u, columns)
            if sums:
                p.amounts[None] = (sums[0][1], "EUR", ev)
            self.row_above = None
            return
        self._add_payers(p, a, b, ev)  # type: ignore[attr-defined]

    def _not_granted(self, u: Unit, columns: list[Column]) -> bool:
        """Whether a row asked for money and got none: a sum in a column of money asked or planned,
        none (a dash, nothing) in the column of money granted ("Importo richiesto 780.000,00 |
        Importo ammesso a finanziamento –": eligible, not funded)."""
        text = self.ctx.text
        granted = [(a, b) for c, (a, b) in zip(columns, u.cells, strict=True) if c.role == "money" and c.granted]
        # (a column of the sums asked may say nothing of money but its cells: "Aangevraagd | € 12.000")
        asked = [
            (a, b)
            for c, (a, b) in zip(columns, u.cells, strict=True)
            if (c.role == "money" and not c.granted) or (not c.role and _CURRENCY.search(text[a:b]))
        ]
        return (
            bool(granted)
            and not any(any(ch.isdigit() for ch in text[a:b]) for a, b in granted)
            and any(any(ch.isdigit() for ch in text[a:b]) for a, b in asked)
        )

    def _cell_orgs(self, span: tuple[int, int], i: int, keyed: bool = False) -> list:
        """The organisations a cell names; with `keyed`, each with the role the key that opens its
        part gives: "runner" ("ente attuatore: Cooperativa X"), "partner" ("partner: Comune di Y"),
        or ""."""
        a, b = span
        if a >= b:
            return []
        ctx = self.ctx
        u = ctx.units[i]
        out: list = []
        roles: dict[str, str] = {}
        # "Città di Torino; Agenzia Piemonte Lavoro": a cell lists its organisations between semicolons
        # (or spaced slashes, under "Ente titolare / soggetto attuatore": "Comune di X / Cooperativa Y")
        cuts = [a, *(x for m in re.finditer(r";|\s/\s", ctx.text[a:b]) for x in (a + m.start(), a + m.end())), b]
        for s, e in zip(cuts[::2], cuts[1::2], strict=True):
            # ("Ente titolare: Comune di X; ente attuatore: Cooperativa Y": the keys name the roles)
            if ctx.text[s:e].strip().lower() in _role_words(ctx.lang):
                continue  # "Ente titolare; ...", "Partner; capofila: X": the page owner's role, no name
            key = _CELL_KEY.match(ctx.text, s, e)
            role = ""
            if key is not None:
                role = self._key_role(key.group(1))
                if role:
                    s = key.end()
            elif (after := _BRACKETED_KEY.search(ctx.text, s, e)) is not None:
                # "Cooperativa X (ente attuatore)", "Regione Y (capofila)": the key after the name
                role = self._key_role(after.group(1))
            for o in self._record_orgs(Unit("cell", s, e, ctx.text[s:e], u.paragraph, u.section)):  # type: ignore[attr-defined]
                if o not in out and not self._place_after_comma(o, s):
                    out.append(o)
                    roles[o.iri] = role
        if keyed:
            return [(o, roles[o.iri]) for o in out]
        return out

    def _key_role(self, key: str) -> str:
        """The role a cell's key gives the body it names: "runner", "partner", or ""."""
        cues = self.ctx.cues
        word = key.strip().lower()
        holder = bool(cues.words.get("holder_keys")) and cues.has("holder_keys", word)
        if holder or cues.has("implementer_keys", word):
            return "runner"
        return "partner" if cues.has("partner_cues", word) else ""

    def _place_after_comma(self, o: OrgMention, cell_start: int) -> bool:
        """Whether a cell's mention is a place after a comma that follows a body's name
        ("VluchtelingenWerk Nederland, regio Amsterdam"): where the body works, not a second body."""
        ctx = self.ctx
        before = ctx.text[cell_start : o.start]
        return "," in before and before.split(",")[0].strip() != "" and ctx.is_place(ctx.text[o.start : o.end])

    def _row_theme(self, i: int) -> str:
        ctx = self.ctx
        section = ctx.units[i].section
        if section >= 0:
            return ctx.units[section].text.strip()
        return title_without_site(ctx.doc.title or "") or "project"

    def _row_years(self, p: ProjectFact, text: dict[str, str], ev: Evidence) -> None:
        if "period" in text:
            years = [int(y) for y in _YEAR.findall(text["period"])]
            if years:
                p.start_year, p.end_year = years[0], years[-1]
                # ("2021/22 - 2022/23": school or financial years, the last one ending a year later)
                last = find_periods(text["period"], self.ctx.lang)[-1:]
                if last and last[0].end_year and last[0].end_year > years[-1]:
                    p.end_year = last[0].end_year
        for role in ("start", "end"):
            if role in text and (y := _YEAR.search(text[role])):
                setattr(p, f"{role}_year", int(y.group(0)))
        described = text.get("description") or text.get("title")
        if not (p.start_year or p.end_year) and described:
            # "Parcours ... – du 1er janvier 2024 au 31 décembre 2025": the one range a row's name or
            # description gives, where no column gives its years
            ranges = [m for m in find_periods(described, self.ctx.lang) if m.kind == "range"]
            if len(ranges) == 1:
                p.start_year, p.end_year = ranges[0].start_year, ranges[0].end_year
        if p.start_year or p.end_year:
            p.years_evidence = ev

    def _money_cells(self, u: Unit, columns: list[Column]) -> list[tuple[Column, Decimal]]:
        """The sums a row gives in its money columns, with their columns, in the row's order."""
        ctx = self.ctx
        shares: list[tuple[Column, Decimal]] = []
        for c, (a, b) in zip(columns, u.cells, strict=True):
            if c.role != "money" or a >= b:
                continue
            value = _cell_euros(ctx.text[a:b], ctx.lang)
            if value is not None:
                shares.append((c, value))
        return shares

    def _shares_inside_cells(self, p: ProjectFact, u: Unit, columns: list[Column]) -> dict[str, Decimal]:
        """The payers' shares a money cell gives after its first sum ("€ 486.250,00 (AMIF: €
        364.687,50)", "246.000,00 € (dont 184.500,00 € FAMI)"): each later sum with the one funder
        of the row named between it and the sum before, or right after it."""
        ctx = self.ctx
        out: dict[str, Decimal] = {}
        for c, (a, b) in zip(columns, u.cells, strict=True):
            if c.role != "money" or c.funders or a >= b:
                continue
            sums = ctx.amounts_in(a, b)
            for k in range(1, len(sums)):
                before = {f for f, _s, _e in ctx.funders_in(sums[k - 1].end, sums[k].start) if f in p.funders}
                after_end = sums[k + 1].start if k + 1 < len(sums) else b
                after = {f for f, _s, _e in ctx.funders_in(sums[k].end, after_end) if f in p.funders}
                named = before or after
                if len(named) == 1 and sums[k].currency == "EUR":
                    out.setdefault(next(iter(named)), sums[k].value)
        return out

    def _row_money(self, p: ProjectFact, u: Unit, columns: list[Column], caption: list[str], ev: Evidence) -> None:
        ctx = self.ctx
        shares = self._money_cells(u, columns)
        paying = list(dict.fromkeys(f for c, _v in shares for f in c.funders))
        # A column headed by a fund ("FSE+") says which rows that fund pays: a row with a dash in it
        # is paid by the others, and the table leaves the page's other funds out of its rows.
        if any(c.role == "money" and any(f != NATIONAL for f in c.funders) for c in columns):
            caption = []
        if any(c.role == "payer" for c in columns):
            # A column of who pays says which fund pays each row ("Fonds: AMIF", "ESF+", "–"); the
            # caption's other payers pay them all ("Landesmittel" over "Zusage Land").
            caption = [f for f in caption if not ctx.is_fund(f)]
        if not [f for f in paying if f != NATIONAL]:
            paying += [f for f in caption if f not in paying]  # "EU funding" names no fund: the caption's
            if id(p) not in self.payer_named_rows:
                # (a row whose payer column names its payers is paid as it says, not as the page)
                self.caption_paid.add(id(p))  # type: ignore[attr-defined]
        for f in paying:
            p.funders.setdefault(f, ev)
        if not p.funders:
            # (a grant list no caption pays, whose payer the page names elsewhere: the row's sum is
            # the project's)
            for c, value in shares:
                if not c.funders and c.share != "eu":
                    p.amounts.setdefault(None, (value, "EUR", ev))
            return
        funds = [f for f in p.funders if f != NATIONAL]
        inner = self._shares_inside_cells(p, u, columns)
        for f, value in inner.items():
            p.amounts.setdefault(f, (value, "EUR", ev))
        for c, value in shares:
            if inner and not c.funders and c.share != "eu":
                # "€ 486.250,00 (AMIF: € 364.687,50)": the cell's first sum is the project's total
                p.amounts.setdefault(None, (value, "EUR", ev))
                continue
            if c.funders:
                p.amounts[c.funders[0]] = (value, "EUR", ev)
            elif c.share == "eu":
                p.eu_share = (value, "EUR", ev)
            elif c.share == "total" or len(funds) != 1:
                p.amounts.setdefault(None, (value, "EUR", ev))
            else:
                p.amounts.setdefault(funds[0], (value, "EUR", ev))
        payers = [c.funders[0] for c, _v in shares if c.funders]
        if None not in p.amounts and len(payers) >= 2 and len(set(payers)) == len(shares):
            # "Montant FAMI | Montant État": each payer's share, and no total: the project's is their sum
            p.amounts[None] = (sum(v for _c, v in shares), "EUR", ev)
