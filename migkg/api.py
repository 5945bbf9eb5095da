"""The Python API, for notebooks and scripts: the same functions the `migkg` command calls.

    import migkg

    with migkg.open("./migkg-store") as kg:
        kg.load(["examples/seed-article-fr.txt"])
        rows = kg.who_funded_what(lang="fr")      # shows as a table in Jupyter
        df = rows.to_dataframe()                  # when pandas is installed
        kg.query("projects-of", org="https://w3id.org/migkg/id/org/fedasil")
        kg.view(focus="Fedasil", depth=2)         # the interactive page, inline in Jupyter

Nothing here prints or exits: problems are raised as the exceptions of `migkg.errors`. A store on
disk opened for writing is locked while it is open (by this process or by the `migkg` command), so
close it (or use `with`) before writing to it from elsewhere; `migkg.open(path, read_only=True)`
and the reading commands work meanwhile.
"""

from __future__ import annotations

import html
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, overload

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from migkg.errors import InputError, MissingDependencyError, QueryError, StoreError
from migkg.files import write_text_whole
from migkg.queries.catalog import DEFAULT_LANG, NamedQuery, bind_params, get_query, list_queries
from migkg.queries.results import delimited, term_text, text_table

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

    from migkg.graph.store import GraphStore, LoadResult
    from migkg.graph.view import ViewResult

StrPath = str | os.PathLike[str]
WHO_FUNDED_WHAT = "who-funded-what"
HTML_MAX_ROWS = 1000  # rows shown by `Rows._repr_html_`; the rest are counted, not drawn

# `open` is public too, but not in `__all__`: a star import must not hide the built-in `open`.
__all__ = [
    "KnowledgeGraph",
    "LoadReport",
    "Rows",
    "View",
    "bind_values",
    "load_items",
    "resolve_entity",
    "resolve_query",
    "run_query",
]


# -- queries: shared with `migkg query` ---------------------------------------------------------


def resolve_query(
    query: StrPath | None = None, *, sparql: str | None = None, lang: str | None = DEFAULT_LANG
) -> NamedQuery:
    """The query to run, its labels picked in `lang`: SPARQL text when `sparql` is given, else a
    named query or a `.rq` file (`QueryError` if there is no such query, or `lang` is no language tag)."""
    named = NamedQuery.parse("sparql", sparql) if sparql is not None else get_query(os.fspath(query or ""))
    return named.with_lang(lang)


def guess_query(text: StrPath) -> NamedQuery:
    """A named query, a `.rq` file, or else SPARQL text: text with a space or a brace that names
    neither a query nor a `.rq` file is SPARQL (so a typo in a name is still reported as one)."""
    if isinstance(text, os.PathLike):
        return get_query(os.fspath(text))
    if any(q.name == text for q in list_queries()) or text.endswith(".rq"):
        return get_query(text)
    if any(c.isspace() for c in text) or "{" in text:
        return NamedQuery.parse("sparql", text)
    return get_query(text)


def bind_values(query: NamedQuery, params: Mapping[str, Any], store: GraphStore | None = None) -> dict[str, Node]:
    """The query's parameters as RDF terms, checked against the ones it declares. Text is read as
    `migkg query --param NAME=VALUE` reads it (`migkg.queries.catalog.parse_param`: an IRI, a
    prefixed name, a Turtle literal, a number, else a plain string); rdflib terms are used as they
    are; int, float, Decimal and bool become typed literals. Nothing is ever pasted into the text.

    With a `store`, the text of an entity parameter (marked `[entity]` in the query's header) is
    resolved as `migkg explain` resolves it: an IRI or prefixed name, else the one entity with that
    name, acronym or code (`QueryError` when none has it, or several do: they are listed)."""
    terms: dict[str, Node] = {}
    for name, value in params.items():
        if isinstance(value, (URIRef, Literal, BNode)):
            terms[name] = value
        elif isinstance(value, (bool, int, float, Decimal)):
            terms[name] = Literal(value)
        elif not isinstance(value, str):
            raise QueryError(
                f"parameter {name!r}: cannot bind a {type(value).__name__} (give text, a number or an rdflib term)"
            )
    # Text is parsed and every name checked by the catalog, exactly as for the command line.
    text = {name: value if isinstance(value, str) else "" for name, value in params.items()}
    bound = bind_params(query, text)
    if store is not None:
        for name in query.entity_params & set(text) - set(terms):
            bound[name] = resolve_entity(store, name, text[name])
    return {**bound, **terms}


def resolve_entity(store: GraphStore, param: str, text: str) -> URIRef:
    """The entity a parameter's text names, as `migkg explain` finds it: `<iri>`, an absolute IRI or a
    prefixed name as it is, else the one entity whose label, acronym or code it is."""
    from migkg.graph.explain import resolve

    entities = resolve(store, text)
    if not entities:
        raise QueryError(
            f"--param {param}: no entity named {text!r} "
            "(give an IRI, or see `migkg query entities-named --param name=...`)"
        )
    if len(entities) > 1:
        # Several entities share the name: binding one silently would answer another question.
        listed = ", ".join(f"<{e}>" for e in entities)
        raise QueryError(f"--param {param}: {text!r} names {len(entities)} entities, give one of: {listed}")
    return entities[0]


def run_query(store: GraphStore, query: NamedQuery, params: Mapping[str, Any] | None = None) -> Any:
    """Run `query` over the store with `params` bound (see `bind_values`; entity parameters may be
    names): pyoxigraph's solutions, boolean or triples."""
    # Numeric parameters with a default are written into their VALUES lines; the rest substituted.
    query, bindings = query.with_values(bind_values(query, params or {}, store))
    return store.query(query.text, bindings)


# -- rows ---------------------------------------------------------------------------------------

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {
    _XSD + t
    for t in (
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
}


def term_value(term: Any) -> str | int | float | Decimal | bool | None:
    """A pyoxigraph term as a plain Python value: None when unbound; int, Decimal, float or bool for
    the XSD numbers and booleans; else the text CSV shows (an IRI, `_:id`, a literal's lexical form:
    years such as `xsd:gYear` stay text)."""
    if not isinstance(term, ox.Literal):
        return None if term is None else term_text(term)
    datatype, text = term.datatype.value, term.value
    try:
        if datatype in _INTEGER_TYPES:
            return int(text)
        if datatype == _XSD + "decimal":
            return Decimal(text)
        if datatype in (_XSD + "double", _XSD + "float"):
            return float(text)
    except (ValueError, InvalidOperation):
        return text  # an ill-typed literal: its text
    if datatype == _XSD + "boolean" and text in ("true", "false", "1", "0"):
        return text in ("true", "1")
    return text


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class Rows(Sequence[dict[str, Any]]):
    """Query results: a sequence of rows, each a dict from column name to a plain Python value
    (str, int, float, Decimal, bool, or None when unbound; see `term_value`).

    `columns` lists the columns in order; `to_csv()` gives the same text as `migkg query --format
    csv`; `to_dataframe()` a pandas DataFrame; in Jupyter the rows show as an HTML table."""

    def __init__(
        self, columns: Iterable[str], records: Iterable[Mapping[str, Any]], texts: Iterable[Sequence[str]] | None = None
    ) -> None:
        self.columns: list[str] = list(columns)
        self._records = [{c: r.get(c) for c in self.columns} for r in records]
        if texts is None:
            self._texts = [[_text(r[c]) for c in self.columns] for r in self._records]
        else:
            self._texts = [list(t) for t in texts]

    @classmethod
    def from_solutions(cls, solutions: ox.QuerySolutions) -> Rows:
        """Rows from pyoxigraph's SELECT results (consumes them)."""
        columns = [v.value for v in solutions.variables]
        records, texts = [], []
        for sol in solutions:
            terms = [sol[c] for c in columns]
            records.append({c: term_value(t) for c, t in zip(columns, terms, strict=True)})
            texts.append([term_text(t) for t in terms])
        return cls(columns, records, texts)

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, index: slice) -> Rows: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | Rows:
        if isinstance(index, slice):
            return Rows(self.columns, self._records[index], self._texts[index])
        return dict(self._records[index])

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (dict(r) for r in self._records)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rows):
            return NotImplemented
        return self.columns == other.columns and self._records == other._records

    __hash__ = None  # type: ignore[assignment]  # mutable-looking, compared by value

    def __repr__(self) -> str:
        return text_table(self.columns, self._texts)

    def to_csv(self, path: StrPath | None = None, *, delimiter: str = ",") -> str:
        """The rows as CSV (a tab `delimiter` gives TSV), exactly as `migkg query --format csv` prints
        them; also written to `path` when one is given."""
        text = delimited(self.columns, self._texts, delimiter)
        if path is not None:
            write_text_whole(Path(path), text)
        return text

    def to_dataframe(self) -> pd.DataFrame:
        """A pandas DataFrame with these columns (amounts stay `Decimal`, unbound values are None).
        `MissingDependencyError` when pandas is not installed."""
        try:
            import pandas as pd
        except ImportError:
            raise MissingDependencyError(
                "Rows.to_dataframe needs pandas, which is not installed (pip install pandas)"
            ) from None
        return pd.DataFrame.from_records(self._records, columns=self.columns)

    def _repr_html_(self) -> str:
        """An HTML table for Jupyter; every column name and value is escaped."""
        head = "".join(f"<th>{html.escape(c)}</th>" for c in self.columns)
        body = []
        for record in self._records[:HTML_MAX_ROWS]:
            cells = "".join(f"<td>{html.escape(_text(record[c]))}</td>" for c in self.columns)
            body.append(f"<tr>{cells}</tr>")
        n = len(self._records)
        note = f"{n} row{'s' if n != 1 else ''}"
        if n > HTML_MAX_ROWS:
            note += f", the first {HTML_MAX_ROWS} shown"
        return (
            f'<table class="migkg-rows"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table><p><small>{html.escape(note)}</small></p>"
        )


# -- loading: shared with `migkg load` ----------------------------------------------------------


def expand_inputs(paths: Iterable[StrPath]) -> list[str | Path]:
    """Files as given, folders replaced by the files below them that a loader reads, `-` for stdin."""
    from migkg.loaders.inputs import expand_paths
    from migkg.loaders.registry import supported_suffixes

    return expand_paths(paths, supported_suffixes())


def loader_options(columns: Mapping[str, str] | str | None = None, skip_bad_rows: bool = False) -> dict[str, Any]:
    """The loaders' options from `migkg load --columns field=Header,... --skip-bad-rows`
    (`MigkgError` for an unknown field)."""
    from migkg.loaders.operations import parse_columns

    options: dict[str, Any] = {}
    if columns:
        options["columns"] = (
            parse_columns(columns)
            if isinstance(columns, str)
            else parse_columns(",".join(f"{k}={v}" for k, v in columns.items()))
        )
    if skip_bad_rows:
        options["skip_bad_rows"] = True
    return options


def load_items(
    store: GraphStore,
    items: Iterable[str | Path],
    *,
    strict: bool = False,
    loader: str | None = None,
    reference: bool = False,
    jobs: int = 1,
    max_size: int | None = None,
    options: Mapping[str, Any] | None = None,
) -> Iterator[LoadResult | InputError]:
    """Load each input (see `expand_inputs`), yielding its result or its error; with `strict`, all or
    nothing (`BatchError` at the end when any failed); `jobs` processes read and extract, this one
    writes. A file larger than `max_size` bytes (default `migkg.loaders.inputs.MAX_INPUT_BYTES`, 100
    MiB) is refused. `options` go to the loaders (the list of operations loader reads `columns` and
    `skip_bad_rows`). See `GraphStore.load_inputs`."""
    from migkg.loaders.inputs import MAX_INPUT_BYTES, read_inputs

    inputs = read_inputs(items, max_bytes=MAX_INPUT_BYTES if max_size is None else max_size, options=options)
    return store.load_inputs(inputs, loader_name=loader, reference=reference, strict=strict, jobs=jobs)


@dataclass
class LoadReport:
    """What a load did: `results` (one `LoadResult` per source: added, replaced or unchanged) and
    `errors` (one `InputError` per input that failed; the others were loaded all the same)."""

    results: list[LoadResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def add(self, item: LoadResult | InputError) -> None:
        if isinstance(item, InputError):
            self.errors.append(item)
        else:
            self.results.append(item)

    @property
    def counts(self) -> dict[str, int]:
        """Sources added, replaced and unchanged, and inputs failed."""
        counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": len(self.errors)}
        for r in self.results:
            counts[r.status] += 1
        return counts

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.errors

    def summary(self) -> str:
        """`2 added, 1 failed`, or `nothing to load`."""
        return ", ".join(f"{n} {k}" for k, n in self.counts.items() if n) or "nothing to load"

    def __iter__(self) -> Iterator[LoadResult]:
        return iter(self.results)

    def __len__(self) -> int:
        return len(self.results)

    def __repr__(self) -> str:
        lines = [f"<LoadReport: {self.summary()}>"]
        lines += [f"  {e}" for e in self.errors]
        return "\n".join(lines)


# -- the view -----------------------------------------------------------------------------------


@dataclass
class View:
    """The network as one offline HTML page (`html`), written to `path` if one was given. In Jupyter
    it shows inline, in a sandboxed `<iframe srcdoc=...>`; `save(path)` writes it."""

    html: str
    path: Path | None
    nodes: int
    edges: int
    python_layout: bool
    left_out: int = 0
    message: str | None = None
    height: int = 640  # pixels, for the inline frame

    @classmethod
    def from_result(cls, html_text: str, result: ViewResult, path: Path | None) -> View:
        return cls(
            html=html_text,
            path=path,
            nodes=result.nodes,
            edges=result.edges,
            python_layout=result.python_layout,
            left_out=result.left_out,
            message=result.message,
        )

    def save(self, path: StrPath) -> Path:
        """Write the page to `path` (whole or not at all) and return it."""
        target = Path(path)
        write_text_whole(target, self.html)
        self.path = target
        return target

    def _repr_html_(self) -> str:
        # The page is an attribute value: escaped with quotes, so nothing in it can end the attribute.
        # The sandbox runs its scripts in an opaque origin, away from the notebook; links to sources
        # open in a new tab.
        return (
            f'<iframe srcdoc="{html.escape(self.html, quote=True)}" '
            'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
            f'title="migkg network" style="width:100%;height:{int(self.height)}px;border:1px solid #ccc">'
            "</iframe>"
        )

    def __repr__(self) -> str:
        where = f" at {self.path}" if self.path else ""
        return f"<View{where}: {self.nodes} nodes, {self.edges} edges>"


# -- the knowledge graph ------------------------------------------------------------------------


class KnowledgeGraph:
    """A migkg store, opened for Python: load, query, explain, and the network and its view.

    Use `migkg.open(path)`; close it with `close()` or a `with` block."""

    def __init__(self, store: GraphStore) -> None:
        self._store: GraphStore | None = store

    @property
    def store(self) -> GraphStore:
        """The underlying `GraphStore` (`StoreError` once closed)."""
        if self._store is None:
            raise StoreError("this knowledge graph is closed")
        return self._store

    @property
    def notes(self) -> list[str]:
        """One-line notes from opening the store (a stale lock replaced, a store of another migkg
        version upgraded or read as it is); the `migkg` command prints them on stderr."""
        return list(self.store.notes)

    @property
    def path(self) -> Path | None:
        """The store's folder, or None for a store in memory."""
        return self.store.path

    # -- writing ---------------------------------------------------------------------------------

    def load(
        self,
        paths: StrPath | Iterable[StrPath],
        strict: bool = False,
        loader: str | None = None,
        reference: bool = False,
        jobs: int = 1,
        max_size: int | None = None,
        columns: Mapping[str, str] | str | None = None,
        skip_bad_rows: bool = False,
    ) -> LoadReport:
        """Load files, folders (read recursively) or `-` (stdin), as `migkg load` does.

        Each input becomes a source with its own named graph; loading the same content again changes
        nothing. A bad input does not stop the batch: it is in the report's `errors`, and the store is
        as it was for it. With `strict`, all or nothing: `BatchError` and nothing loaded if any fails.
        `loader` forces a loader (`rdf`, `text`, `html`, `json`); `reference` loads reference data,
        whose names are then matched in articles. `jobs` processes read and extract; this one writes. A
        file larger than `max_size` bytes (default 100 MiB) is refused, as `migkg load --max-size` does.
        Lists of operations (.csv, .xlsx): `columns` names columns the headers do not
        (`{"operation_name": "Titel"}` or `"operation_name=Titel,..."`); `skip_bad_rows` loads a list's
        good rows and reports the bad ones as `InputWarning`s (`warnings.warn`), where by default a bad
        row stops its file."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        report = LoadReport()
        items = expand_inputs(paths)
        options = loader_options(columns, skip_bad_rows)
        loading = load_items(
            self.store,
            items,
            strict=strict,
            loader=loader,
            reference=reference,
            jobs=jobs,
            max_size=max_size,
            options=options,
        )
        for item in loading:
            report.add(item)
        return report

    # -- reading ---------------------------------------------------------------------------------

    def query(
        self,
        query: StrPath,
        /,
        lang: str = DEFAULT_LANG,
        params: Mapping[str, Any] | None = None,
        **named_params: Any,
    ) -> Rows | bool | Graph:
        """Run a named query (`migkg query --list`), a `.rq` file, or SPARQL text, over all graphs.

        Parameters are keywords (`kg.query("projects-active-in", year=2024)`), or a `params` mapping
        for names that clash with these arguments; they are bound as RDF terms, never pasted into the
        text (see `bind_values`). Labels are picked in `lang`. A SELECT gives `Rows`, an ASK a bool,
        a CONSTRUCT or DESCRIBE an rdflib `Graph`."""
        named = guess_query(query).with_lang(lang)
        result = run_query(self.store, named, {**(params or {}), **named_params})
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            from migkg.graph.store import from_ox

            graph = Graph()
            for t in result:
                graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
            return graph
        return Rows.from_solutions(result)

    def who_funded_what(self, lang: str = DEFAULT_LANG) -> Rows:
        """Who funded which project and who ran it: the columns `funder, project, implementer, start,
        end, amount_eur, source`, one row per (funder, project, implementer) and source, as `migkg
        query who-funded-what` gives them (`to_csv()` is that command's CSV). The values are typed:
        `start` and `end` are int years, `amount_eur` a Decimal, and what a source does not state
        (no implementer, no year, no amount) is None."""
        rows = cast(Rows, self.query(WHO_FUNDED_WHAT, lang))  # a SELECT query
        records = [
            {
                **r,
                "implementer": r["implementer"] or None,
                "start": _year(r["start"]),
                "end": _year(r["end"]),
                "amount_eur": _decimal(r["amount_eur"]),
            }
            for r in rows
        ]
        return Rows(rows.columns, records, rows._texts)

    def explain(self, entity: str, lang: str = DEFAULT_LANG) -> Rows:
        """The evidenced facts about an entity (a name, acronym, code, IRI or prefixed name), as
        `migkg explain` finds them: one row per fact, with the columns `entity, subject, property,
        value, sentence, start, end, confidence, source`. `MigkgError` if nothing has that name."""
        from migkg.graph.explain import explain as explain_entity

        records = []
        for iri, facts in explain_entity(self.store, entity, lang).items():
            for f in facts:
                records.append(
                    {
                        "entity": str(iri),
                        "subject": f.subject,
                        "property": f.property,
                        "value": f.value,
                        "sentence": f.sentence,
                        "start": f.start,
                        "end": f.end,
                        "confidence": _decimal(f.confidence),
                        "source": f.source,
                    }
                )
        columns = ["entity", "subject", "property", "value", "sentence", "start", "end", "confidence", "source"]
        return Rows(columns, records)

    def sources(self) -> list[Any]:
        """The loaded sources (`SourceInfo`: id, IRI, graph, name, URL, title, language, triples),
        the packaged ontology and reference data included."""
        return self.store.sources()

    # -- the network -----------------------------------------------------------------------------

    def network(self, *, documents: bool = False, evidence: bool = True, organisations: bool = False) -> nx.Graph:
        """The store as a networkx `MultiDiGraph` (`migkg.graph.network.build_network`): typed nodes
        keyed by IRI, edges keyed by relation. `documents` adds source documents and `reported by`
        edges; `evidence` puts the evidence sentences on the nodes; `organisations` gives the
        organisation–organisation graph of shared projects and funders instead."""
        from migkg.graph.network import build_network, organisation_graph

        graph = build_network(self.store, documents=documents, evidence=evidence)
        return organisation_graph(graph) if organisations else graph

    def view(
        self,
        path: StrPath | None = None,
        *,
        focus: str | None = None,
        depth: int = 1,
        fund: str | None = None,
        period: str | None = None,
        organisation: str | None = None,
        documents: bool = False,
        max_nodes: int | None = None,
    ) -> View:
        """The network as an interactive, offline HTML page, as `migkg view` writes it: shown inline
        in Jupyter, and written to `path` when one is given (else see `View.save`). `focus` and
        `depth` draw what lies near an entity; `fund`, `period` (`2025`, `2024-2027`) and
        `organisation` cut the graph first; at most `max_nodes` nodes are drawn (`View.message` says
        what was left out)."""
        from migkg.graph.view import DEFAULT_MAX_NODES
        from migkg.graph.view import view as write_page

        options = {
            "focus": focus,
            "depth": depth,
            "fund": fund,
            "period": period,
            "organisation": organisation,
            "documents": documents,
            "max_nodes": DEFAULT_MAX_NODES if max_nodes is None else max_nodes,
        }
        if path is not None:
            target = Path(path)
            result = write_page(self.store, target, **options)
            return View.from_result(target.read_text(encoding="utf-8"), result, target)
        with tempfile.TemporaryDirectory(prefix="migkg-view-") as tmp:
            page = Path(tmp) / "view.html"
            result = write_page(self.store, page, **options)
            return View.from_result(page.read_text(encoding="utf-8"), result, None)

    # -- lifecycle -------------------------------------------------------------------------------

    def close(self) -> None:
        """Flush and release the store (its lock too); closing twice is harmless."""
        if self._store is not None:
            store, self._store = self._store, None
            store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        if self._store is None:
            return "<KnowledgeGraph (closed)>"
        return f"<KnowledgeGraph {self._store.path or '(in memory)'}>"


def _decimal(value: Any) -> Decimal | None:
    if isinstance(value, Decimal) or value is None:
        return value
    try:
        return Decimal(str(value)) if str(value) else None
    except InvalidOperation:
        return None


def _year(value: Any) -> int | None:
    text = str(value or "")
    return int(text) if text.lstrip("-").isdigit() else None


def open(
    path: StrPath | None = None, *, memory: bool = False, read_only: bool = False, wait: float = 0.0
) -> KnowledgeGraph:
    """Open (or create) the store in folder `path`; without one, the store the command line uses:
    `$MIGKG_STORE`, else `$XDG_DATA_HOME/migkg/store` (`~/.local/share/migkg/store`). `memory` opens a
    fresh store in memory instead. The ontology and reference data are loaded on first use.
    `StoreError` if it cannot be opened; `StoreBusyError` when another process is writing it, after
    waiting up to `wait` seconds for it to end. `read_only` never writes and works while another
    process loads (it reads the last state that process committed); a missing store is an error then."""
    from migkg.graph.store import GraphStore, default_store_path

    if memory:
        return KnowledgeGraph(GraphStore(None))
    where = Path(path).expanduser() if path is not None else default_store_path()
    return KnowledgeGraph(GraphStore(where, read_only=read_only, wait=wait))
