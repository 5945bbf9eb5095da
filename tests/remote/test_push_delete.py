"""`migkg push` mirrors the store: a graph it pushed before whose source was removed since is deleted
from the server (unless --no-delete); a graph migkg did not push is never touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import requests
from remote_servers import Server, migkg
from test_push import local_quads, remote_quads

from migkg.graph.remote.push import PUSHED_GRAPH
from migkg.graph.store import GraphStore

ARTICLE = (
    "URL: https://news.example.org/harbour-lights\nTITLE: Harbour Lights\nLANG: en\n---\n"
    "The Harbour Lights project, funded by the Asylum, Migration and Integration Fund (AMIF), is run by "
    "Lumen Viva from 2022 to 2024. It has a budget of EUR 80,000.\n"
)
FOREIGN = "https://other.example.org/graph/not-from-migkg"


def push(store: Path, server: Server, *extra: str) -> str:
    args = ["push", "--endpoint", server.endpoint, "--graph-store", server.graph_store, *server.auth_args(), *extra]
    result = migkg(store, *args)
    assert result.returncode == 0, result.stderr
    return result.stderr


def remote_graph(server: Server, graph: str) -> requests.Response:
    """The graph as the server gives it (HTTP 404 or an empty body when it has no such graph)."""
    auth = requests.auth.HTTPDigestAuth(server.user, server.password or "") if server.user else None
    return requests.get(
        server.graph_store, params={"graph": graph}, headers={"Accept": "application/n-triples"}, auth=auth
    )


def exists(server: Server, graph: str) -> bool:
    response = remote_graph(server, graph)
    return response.status_code != 404 and bool(response.content.strip())


def listed(server: Server) -> set[str]:
    """The graphs the manifest on the server names."""
    return {q[3][1:-1] for q in remote_quads(server) if q[0] == f"<{PUSHED_GRAPH}>" and q[2].endswith("#namedGraph>")}


def store_with_article(seed_store: Path, tmp_path: Path) -> tuple[Path, str, str]:
    """A copy of the seed store with one more article: (its path, the article's source ID, its graph)."""
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    article = tmp_path / "harbour-lights.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    loaded = migkg(store, "load", str(article))
    assert loaded.returncode == 0, loaded.stderr
    with GraphStore(store, read_only=True) as opened:
        [info] = [s for s in opened.sources() if s.url == "https://news.example.org/harbour-lights"]
    return store, info.id, str(info.graph)


def put_foreign_graph(server: Server) -> None:
    """A graph someone else put on the server: migkg must leave it alone."""
    auth = requests.auth.HTTPDigestAuth(server.user, server.password or "") if server.user else None
    body = b"<https://other.example.org/a> <https://other.example.org/b> <https://other.example.org/c> .\n"
    response = requests.put(
        server.graph_store, params={"graph": FOREIGN}, data=body, headers={"Content-Type": "text/turtle"}, auth=auth
    )
    assert response.ok, response.text


def test_a_removed_source_is_deleted_from_the_server(seed_store: Path, server: Server, tmp_path: Path) -> None:
    store, ident, graph = store_with_article(seed_store, tmp_path)
    put_foreign_graph(server)
    push(store, server)
    assert exists(server, graph) and graph in listed(server)

    removed = migkg(store, "sources", "remove", ident)
    assert removed.returncode == 0, removed.stderr
    summary = push(store, server)
    assert "deleted 1 graph(s)" in summary
    assert not exists(server, graph)
    # The server now holds what the store holds, as after a first push; the other graph is untouched.
    assert remote_quads(server) - {q for q in remote_quads(server) if q[0] == f"<{PUSHED_GRAPH}>"} == local_quads(store)
    assert graph not in listed(server)
    assert exists(server, FOREIGN) and FOREIGN not in listed(server)
    # Pushing again changes nothing and deletes nothing.
    before = remote_quads(server)
    assert "deleted" not in push(store, server)
    assert remote_quads(server) == before and exists(server, FOREIGN)


def test_no_delete_keeps_the_graph_until_a_push_without_it(seed_store: Path, server: Server, tmp_path: Path) -> None:
    store, ident, graph = store_with_article(seed_store, tmp_path)
    push(store, server)
    assert migkg(store, "sources", "remove", ident).returncode == 0
    assert "kept 1 graph(s)" in push(store, server, "--no-delete")
    assert exists(server, graph) and graph in listed(server)  # still migkg's: listed as pushed
    assert "deleted 1 graph(s)" in push(store, server)
    assert not exists(server, graph) and graph not in listed(server)


def test_pushing_another_store_replaces_the_first(seed_store: Path, oxigraph_server: Server, tmp_path: Path) -> None:
    """One list of pushed graphs per server: the seed store pushed after a bigger one mirrors the seed."""
    store, _, graph = store_with_article(seed_store, tmp_path)
    push(store, oxigraph_server)
    push(seed_store, oxigraph_server)
    assert not exists(oxigraph_server, graph)
    assert {q for q in remote_quads(oxigraph_server) if q[0] != f"<{PUSHED_GRAPH}>"} == local_quads(seed_store)
