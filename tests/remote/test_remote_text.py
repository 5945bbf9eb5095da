"""The text work behind remote queries and serve: parameters bound by VALUES, SERVICE spotted,
Accept headers read, Graph Store URLs told from endpoints. No server needed."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from migkg.errors import QueryError, RemoteError
from migkg.graph.remote.endpoint import with_bindings
from migkg.graph.remote.push import graph_store_url
from migkg.graph.remote.serve import negotiate, uses_service

EX = "http://example.org/"


@pytest.fixture
def store() -> ox.Store:
    s = ox.Store()
    p = ox.NamedNode(EX + "p")
    for i, name in enumerate(['plain "quoted"', "{brace}", "x"]):
        s.add(ox.Quad(ox.NamedNode(f"{EX}s{i}"), p, ox.Literal(name), ox.DefaultGraph()))
    return s


def values(result: ox.QuerySolutions, var: str) -> list[str]:
    return sorted(str(row[var]) for row in result)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?s ?name WHERE { ?s <http://example.org/p> ?name }",
        # A comment and a string with braces before the group; a FILTER that reads the parameter.
        '# { not this }\nSELECT ?s ?name WHERE { ?s <http://example.org/p> ?o FILTER(?o = ?name || "}" = "{") }',
        # The outer group is a sub-SELECT: wrapped, still valid.
        "SELECT ?s ?name WHERE { SELECT ?s ?name WHERE { ?s <http://example.org/p> ?name } }",
    ],
)
def test_values_bind_like_substitution(store: ox.Store, query: str) -> None:
    for name in ('plain "quoted"', "{brace}"):
        expected = values(store.query(query, substitutions={ox.Variable("name"): ox.Literal(name)}), "s")
        rewritten = with_bindings(query, {"name": Literal(name)})
        assert values(store.query(rewritten), "s") == expected
        assert len(expected) == 1


def test_values_in_construct_bind_the_where_clause(store: ox.Store) -> None:
    query = "CONSTRUCT { ?s <http://example.org/q> ?name } WHERE { ?s <http://example.org/p> ?name }"
    triples = list(store.query(with_bindings(query, {"name": Literal("x")})))
    assert [str(t.subject) for t in triples] == [f"<{EX}s2>"]


def test_bad_iris_cannot_enter_the_query() -> None:
    with pytest.raises(QueryError):
        with_bindings("SELECT ?x WHERE { ?x ?p ?o }", {"x": URIRef("http://e.org/> } DROP ALL ; <x")})


@pytest.mark.parametrize(
    ("query", "calls"),
    [
        ("SELECT * { SERVICE <http://e.org/s> { ?s ?p ?o } }", True),
        ("select * { service silent <http://e.org/s> { ?s ?p ?o } }", True),
        ("SELECT ?service WHERE { ?service ?p ?o }", False),
        ('SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE <http://e.org/>', False),
        ("PREFIX service: <http://e.org/> SELECT * { ?s service:p ?o }", False),
        ("SELECT * { ?s <http://e.org/SERVICE> ?o }", False),
    ],
)
def test_service_spotted(query: str, calls: bool) -> None:
    assert uses_service(query) is calls


def test_negotiate() -> None:
    assert negotiate(None) == []
    assert negotiate("*/*") == []
    assert negotiate("text/csv;q=0.2, application/sparql-results+xml") == ["application/sparql-results+xml", "text/csv"]
    assert negotiate("text/html", "csv") == ["text/csv"]


@pytest.mark.parametrize(
    ("endpoint", "user", "expected"),
    [
        ("http://h:7878/query", False, "http://h:7878/store"),
        ("http://h:8890/sparql", True, "http://h:8890/sparql-graph-crud-auth"),
        ("http://h:8890/sparql", False, "http://h:8890/sparql-graph-crud"),
        ("http://h:3030/ds/sparql", False, "http://h:3030/ds/data"),
        ("http://h:3030/ds/query", False, "http://h:3030/ds/data"),
        ("http://h:7200/repositories/kg", False, "http://h:7200/repositories/kg/rdf-graphs/service"),
    ],
)
def test_graph_store_urls(endpoint: str, user: bool, expected: str) -> None:
    assert graph_store_url(endpoint, with_auth=user) == expected


def test_unknown_layout_asks_for_the_graph_store() -> None:
    with pytest.raises(RemoteError, match="--graph-store"):
        graph_store_url("http://h/some/where")
