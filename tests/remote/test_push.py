"""`migkg push` and `migkg query --endpoint` against real Oxigraph and Virtuoso servers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyoxigraph as ox
import requests
from remote_servers import Server, free_port, migkg

from migkg.graph.remote.endpoint import RemoteEndpoint
from migkg.graph.remote.push import GENID, PUSHED_GRAPH, UNION_GRAPH, store_graphs
from migkg.graph.store import GraphStore


def remote_quads(server: Server) -> set[tuple[str, str, str, str]]:
    """Every quad of the graphs migkg pushed, read back with SPARQL (terms in N-Triples form)."""
    endpoint = RemoteEndpoint(server.endpoint)
    graphs = [*endpoint.dataset()[1], UNION_GRAPH, PUSHED_GRAPH]
    values = " ".join(f"<{g}>" for g in graphs)
    rows = endpoint._run(f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}", ([], []))
    return {tuple(str(row[v]) for v in ("g", "s", "p", "o")) for row in rows}


def local_quads(store_path: Path) -> set[tuple[str, str, str, str]]:
    """The store's quads as push sends them: blank nodes as IRIs, the default graph as the union graph."""

    def term(t: object) -> str:
        return f"<{GENID}{t.value}>" if isinstance(t, ox.BlankNode) else str(t)

    with GraphStore(store_path, read_only=True) as store:
        out = set()
        for q in store.ox.quads_for_pattern(None, None, None, None):
            graph = f"<{UNION_GRAPH}>" if q.graph_name == ox.DefaultGraph() else str(q.graph_name)
            out.add((graph, term(q.subject), str(q.predicate), term(q.object)))
        return out


def push(store: Path, server: Server, *extra: str) -> None:
    args = ["push", "--endpoint", server.endpoint, "--graph-store", server.graph_store, *server.auth_args(), *extra]
    result = migkg(store, *args)
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("pushed 3 graph(s)"), result.stderr


def test_who_funded_what_gives_the_same_rows_remotely(seed_store: Path, server: Server) -> None:
    push(seed_store, server)
    local = migkg(seed_store, "query", "who-funded-what", "--format", "csv")
    remote = migkg(seed_store, "query", "who-funded-what", "--format", "csv", "--endpoint", server.endpoint)
    assert local.returncode == 0 and remote.returncode == 0, remote.stderr
    rows = list(csv.DictReader(io.StringIO(local.stdout)))
    # The article is about AMIF projects in Belgium: the comparison is over real rows, not two empty tables.
    assert rows and all(r["funder"] == "AMIF" for r in rows)
    assert remote.stdout == local.stdout


def test_push_sends_every_graph_and_the_union(seed_store: Path, oxigraph_server: Server) -> None:
    push(seed_store, oxigraph_server)
    remote = remote_quads(oxigraph_server)
    local = local_quads(seed_store)
    assert {q for q in remote if q[0] != f"<{PUSHED_GRAPH}>"} == local
    # The manifest names each of the store's graphs.
    with GraphStore(seed_store, read_only=True) as store:
        names = {f"<{g.value}>" for g in store_graphs(store)}
    listed = {q[3] for q in remote if q[0] == f"<{PUSHED_GRAPH}>" and q[2].endswith("#namedGraph>")}
    assert listed == names


def test_pushing_twice_changes_nothing(seed_store: Path, server: Server) -> None:
    push(seed_store, server)
    first = remote_quads(server)
    push(seed_store, server)
    assert remote_quads(server) == first
    # Small batches (a PUT, then POSTs) give the same graphs as one request per graph.
    push(seed_store, server, "--batch-size", "200")
    assert remote_quads(server) == first


def test_entity_parameters_are_resolved_remotely(seed_store: Path, oxigraph_server: Server) -> None:
    push(seed_store, oxigraph_server)
    args = ["query", "projects-of-fund", "--param", "fund=AMIF", "--format", "csv"]
    local = migkg(seed_store, *args)
    remote = migkg(seed_store, *args, "--endpoint", oxigraph_server.endpoint)
    assert local.returncode == 0, local.stderr
    assert len(local.stdout.splitlines()) > 1
    assert remote.stdout == local.stdout, remote.stderr


def test_bad_credentials_give_one_line_and_fail(seed_store: Path, virtuoso_server: Server) -> None:
    result = migkg(
        seed_store,
        *("push", "--endpoint", virtuoso_server.endpoint, "--user", "dba", "--password", "not-the-password"),
    )
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("migkg: ")
    assert "401" in lines[0] and "'dba'" in lines[0]


def test_no_credentials_for_a_server_that_asks_for_them(seed_store: Path, virtuoso_server: Server) -> None:
    args = ["push", "--endpoint", virtuoso_server.endpoint, "--graph-store", virtuoso_server.graph_store]
    result = migkg(seed_store, *args)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "--user" in result.stderr


def test_unreachable_server_gives_one_line_and_fails(seed_store: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    result = migkg(seed_store, "push", "--endpoint", url, "--retries", "1")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("migkg: cannot reach http://127.0.0.1:") and "refused" in result.stderr
    result = migkg(seed_store, "query", "who-funded-what", "--endpoint", url)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "cannot reach" in result.stderr


def test_retries_after_a_server_error(seed_store: Path, oxigraph_server: Server) -> None:
    """A 5xx is retried: a proxy in front of the Graph Store fails its first request, then passes."""
    import http.server
    import threading

    calls: list[str] = []

    class Flaky(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # the list of graphs pushed before, read as it is
            answer = requests.get(oxigraph_server.graph_store + self.path[len("/store") :], headers=dict(self.headers))
            self.send_response(answer.status_code)
            self.send_header("Content-Type", answer.headers.get("Content-Type", "text/plain"))
            self.send_header("Content-Length", str(len(answer.content)))
            self.end_headers()
            self.wfile.write(answer.content)

        def do_PUT(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"] or 0))
            calls.append(self.path)
            if len(calls) == 1:
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            target = oxigraph_server.graph_store + self.path[len("/store") :]
            answer = requests.put(target, data=body, headers={"Content-Type": self.headers["Content-Type"]})
            self.send_response(answer.status_code)
            self.send_header("Content-Length", "0")
            self.end_headers()

    proxy = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    try:
        store_url = f"http://127.0.0.1:{proxy.server_address[1]}/store"
        result = migkg(seed_store, "push", "--endpoint", oxigraph_server.endpoint, "--graph-store", store_url)
    finally:
        proxy.shutdown()
        proxy.server_close()
    assert result.returncode == 0, result.stderr
    assert calls[0] == calls[1]  # the failed request was sent again
    assert len(calls) == 6  # 3 graphs, the union, the manifest: 5 requests, one of them twice
