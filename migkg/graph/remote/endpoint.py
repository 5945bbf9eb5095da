"""A remote SPARQL endpoint that answers like the local store: `RemoteEndpoint.query` takes the same
SPARQL and bindings as `GraphStore.query` and gives pyoxigraph's result objects, so `migkg.api.run_query`
and the formatting of `migkg query` serve both.

Three things differ from a local query, and are made the same here:
- the dataset: after `migkg push`, the query's default graph is the pushed union graph and `GRAPH ?g`
  ranges over the pushed graphs (sent as the protocol's `default-graph-uri` and `named-graph-uri`);
  an endpoint migkg never pushed to is queried with its own default dataset;
- the prefixes migkg's queries use without declaring them are declared in the text;
- parameters: a remote endpoint has no variable substitution, so they are bound by a `VALUES` block
  at the start of the query's outer group, each term written in N-Triples syntax by pyoxigraph (which
  checks IRIs and escapes literals), so no text can change the query.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from rdflib.term import Node

from migkg.errors import QueryError, RemoteError
from migkg.graph.remote.http import Client, check
from migkg.graph.remote.push import PUSHED_GRAPH, SD, UNION_GRAPH
from migkg.graph.store import to_ox
from migkg.ontology.vocab import QUERY_PREFIXES

ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}


class RemoteTriples(list):
    """The triples of a remote CONSTRUCT or DESCRIBE (pyoxigraph's `QueryTriples` cannot be built)."""


@dataclass
class RemoteEndpoint:
    url: str
    client: Client = field(default_factory=Client)
    _dataset: tuple[list[str], list[str]] | None = None

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> RemoteEndpoint:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def dataset(self) -> tuple[list[str], list[str]]:
        """The default graph and named graphs migkg pushed here, or two empty lists (the server's own)."""
        if self._dataset is None:
            sparql = (
                f"SELECT ?g WHERE {{ GRAPH <{PUSHED_GRAPH}> {{ <{PUSHED_GRAPH}> <{SD}namedGraph> ?g }} }} ORDER BY ?g"
            )
            named = [str(row["g"].value) for row in self._select(sparql, ([], []))]
            self._dataset = ([UNION_GRAPH], named) if named else ([], [])
        return self._dataset

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Any:
        """Run `sparql` (migkg's prefixes predeclared, `bindings` bound) over the pushed dataset:
        `ox.QuerySolutions`, `ox.QueryBoolean`, or `RemoteTriples`."""
        text = with_bindings(_with_prefixes(sparql), bindings or {})
        return self._run(text, self.dataset())

    def _select(self, sparql: str, dataset: tuple[list[str], list[str]]) -> Any:
        return self._run(sparql, dataset)

    def _run(self, sparql: str, dataset: tuple[list[str], list[str]]) -> Any:
        form = {"query": sparql, "default-graph-uri": dataset[0], "named-graph-uri": dataset[1]}
        response = self.client.request("POST", self.url, data=form, headers={"Accept": ACCEPT})
        if response.status_code == 400:
            text = " ".join(response.text.split())[:300]
            raise QueryError(f"{self.url} rejected the query: {text}")
        check(response, "query")
        media = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if media in _RESULT_FORMATS:
            try:
                return ox.parse_query_results(response.content, format=_RESULT_FORMATS[media])
            except SyntaxError as exc:
                raise RemoteError(f"{self.url}: unreadable results ({exc})") from None
        if media in _GRAPH_FORMATS:
            try:
                return RemoteTriples(ox.parse(response.content, format=_GRAPH_FORMATS[media]))
            except SyntaxError as exc:
                raise RemoteError(f"{self.url}: unreadable RDF ({exc})") from None
        raise RemoteError(f"{self.url}: answered {media or 'no content type'}, not SPARQL results")


def _with_prefixes(sparql: str) -> str:
    """The query with migkg's prefixes declared first (a later declaration in its text wins), on its
    first line: a server's error then names the line of the query as the user wrote it."""
    declared = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in QUERY_PREFIXES.items())
    return f"{declared} {sparql}"


def with_bindings(sparql: str, bindings: Mapping[str, Node]) -> str:
    """`sparql` with each variable of `bindings` bound by a `VALUES` block opening the outer group
    pattern (so its FILTERs see the values, as with substitution); a group that is a sub-SELECT is
    wrapped in a group of its own first."""
    if not bindings:
        return sparql
    names = sorted(bindings)
    try:
        terms = " ".join(str(to_ox(bindings[n])) for n in names)
    except ValueError as exc:  # pyoxigraph checks IRIs: nothing that is not one reaches the text
        raise QueryError(f"cannot bind the parameters: {exc}") from None
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ ({terms}) }} "
    start = _outer_group(sparql)
    end = _matching(sparql, start)
    body = sparql[start + 1 : end]
    if _first_word(body).upper() == "SELECT":
        return f"{sparql[: start + 1]}{block}{{{body}}}{sparql[end:]}"
    return f"{sparql[: start + 1]}{block}{body}{sparql[end:]}"


def _scan(sparql: str) -> Any:
    """(index, char, depth) of each brace outside comments, strings and IRIs."""
    i, depth, n = 0, 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            i = sparql.find("\n", i)
            if i < 0:
                return
        elif c in "\"'":
            long = sparql.startswith(c * 3, i)
            quote = c * 3 if long else c
            i += len(quote)
            while i < n and not sparql.startswith(quote, i):
                i += 2 if sparql[i] == "\\" else 1
            i += len(quote) - 1
        elif c == "<" and _iri_at(sparql, i):
            i = sparql.index(">", i)
        elif c == "{":
            yield i, c, depth
            depth += 1
        elif c == "}":
            depth -= 1
            yield i, c, depth
        i += 1


def _iri_at(sparql: str, i: int) -> bool:
    end = sparql.find(">", i)
    return end > i and not any(ch in ' \t\n"{}|^`\\' for ch in sparql[i + 1 : end])


def _outer_group(sparql: str) -> int:
    """The `{` opening the query's outer group: the first at depth 0, after a CONSTRUCT template."""
    for i, c, depth in _scan(sparql):
        if c == "{" and depth == 0:
            before = sparql[:i].rstrip().upper()
            if before.endswith("CONSTRUCT"):
                continue
            return i
    raise QueryError("cannot bind parameters: the query has no group pattern")


def _matching(sparql: str, start: int) -> int:
    for i, c, depth in _scan(sparql):
        if i > start and c == "}" and depth == 0:
            return i
    raise QueryError("cannot bind parameters: unbalanced braces in the query")


def _first_word(text: str) -> str:
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return stripped.split()[0].split("{")[0]
    return ""
