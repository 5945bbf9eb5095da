"""A store written by another version of migkg is recognised on open: upgraded in place with a one-line
note (a writer), read as it is with a note (a reader), or refused when its format is newer or unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from migkg import __version__
from migkg.cli import main
from migkg.errors import StoreError
from migkg.graph.lock import PID_FILE
from migkg.graph.store import FORMAT_FILE, STORE_FORMAT, GraphStore
from migkg.ontology import closure
from migkg.ontology.vocab import ID, MKG, ONTOLOGY_GRAPH, REFERENCE_GRAPH

OLD = "migkg 0.0.1"
STALE = ox.Quad(
    ox.NamedNode(str(MKG) + "RetiredClass"),
    ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
    ox.NamedNode("http://www.w3.org/2002/07/owl#Class"),
    ox.NamedNode(str(ONTOLOGY_GRAPH)),
)
LOAD_TIMES = (str(MKG.loadedAt), "http://www.w3.org/ns/prov#endedAtTime")


def graph_lines(store: ox.Store, graph: object) -> set[str]:
    """A graph's triples as N-Triples lines, without the load times (each store has its own)."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(graph))).decode("utf-8")
    return {line for line in data.splitlines() if not any(f"<{p}>" in line for p in LOAD_TIMES)}


def make_old_store(path: Path) -> None:
    """A store as an earlier migkg left it: another ontology (one class more, another hash), and its
    version in the format file."""
    GraphStore(path).close()
    store = ox.Store(str(path))
    source = ox.NamedNode(str(ID["source/ontology"]))
    graph = ox.NamedNode(str(ONTOLOGY_GRAPH))
    for q in list(store.quads_for_pattern(source, ox.NamedNode(str(MKG.contentHash)), None, graph)):
        store.remove(q)
    store.add(ox.Quad(source, ox.NamedNode(str(MKG.contentHash)), ox.Literal("0" * 64), graph))
    store.add(STALE)
    store.add(ox.Quad(STALE.subject, STALE.predicate, STALE.object, ox.DefaultGraph()))  # in the union too
    store.flush()
    del store
    (path / FORMAT_FILE).write_text(json.dumps({"format": 1, "written_by": OLD}), encoding="utf-8")


def fresh_graphs(tmp_path: Path) -> tuple[set[str], set[str]]:
    with GraphStore(tmp_path / "fresh") as fresh:
        return graph_lines(fresh.ox, ONTOLOGY_GRAPH), graph_lines(fresh.ox, REFERENCE_GRAPH)


def test_a_new_store_records_its_format_and_version(tmp_path: Path) -> None:
    GraphStore(tmp_path / "s").close()
    record = json.loads((tmp_path / "s" / FORMAT_FILE).read_text(encoding="utf-8"))
    assert record == {"format": STORE_FORMAT, "written_by": f"migkg {__version__}"}


def test_an_older_ontology_is_upgraded_in_place_with_one_note(tmp_path: Path) -> None:
    ontology, reference = fresh_graphs(tmp_path)
    path = tmp_path / "old"
    make_old_store(path)
    with GraphStore(path) as store:
        assert store.notes == [
            f"{path} was written by {OLD}: upgraded in place to migkg {__version__} (its ontology reloaded; "
            "sources keep the facts extracted when they were loaded)"
        ]
        # The shipped ontology replaced the old one, in its graph and in the union: nothing mixed.
        assert graph_lines(store.ox, ONTOLOGY_GRAPH) == ontology
        assert graph_lines(store.ox, REFERENCE_GRAPH) == reference
        assert STALE not in store.ox
        assert ox.Quad(STALE.subject, STALE.predicate, STALE.object, ox.DefaultGraph()) not in store.ox
    assert json.loads((path / FORMAT_FILE).read_text(encoding="utf-8"))["written_by"] == f"migkg {__version__}"
    with GraphStore(path) as again:  # once upgraded, nothing more to say
        assert again.notes == []


def test_changed_reference_data_is_reloaded_without_duplicates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s"
    with GraphStore(path) as store:
        before = len(store.ox)
    # Another closure version changes the materialised reference graph's hash: what a new release does.
    monkeypatch.setattr(closure, "CLOSURE_VERSION", closure.CLOSURE_VERSION + "-next")
    (path / FORMAT_FILE).write_text(json.dumps({"format": 1, "written_by": OLD}), encoding="utf-8")
    with GraphStore(path) as store:
        assert len(store.notes) == 1
        assert "upgraded in place" in store.notes[0] and "reference data reloaded" in store.notes[0]
        assert len(store.ox) == before  # replaced, not added to: same graphs, same union


def test_a_reader_reads_an_older_store_as_it_is_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "old"
    make_old_store(path)
    with GraphStore(path, read_only=True) as store:
        [note] = store.notes
        assert note.startswith(f"{path} was written by {OLD}, whose ontology is not what migkg")
        assert "a writing command (such as `migkg load`) upgrades the store" in note
        assert STALE in store.ox  # read as it is, not mixed with this version's ontology
    assert json.loads((path / FORMAT_FILE).read_text(encoding="utf-8"))["written_by"] == OLD  # nothing written


@pytest.mark.parametrize("read_only", [False, True], ids=["writer", "reader"])
def test_a_newer_store_format_is_refused_and_left_alone(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "s"
    GraphStore(path).close()
    newer = json.dumps({"format": STORE_FORMAT + 1, "written_by": "migkg 9.0"})
    (path / FORMAT_FILE).write_text(newer, encoding="utf-8")
    with pytest.raises(StoreError) as caught:
        GraphStore(path, read_only=read_only)
    assert str(caught.value) == (
        f"{path} was written by migkg 9.0 in store format {STORE_FORMAT + 1}; migkg {__version__} reads "
        f"format {STORE_FORMAT} at most: upgrade migkg (pip install -U migkg) to open it"
    )
    assert (path / FORMAT_FILE).read_text(encoding="utf-8") == newer
    assert not (path / PID_FILE).exists()  # the lock was let go


@pytest.mark.parametrize("content", ["not json", "[1]", '{"format": "one"}', '{"written_by": "x"}', '{"format": 0}'])
def test_an_unknown_store_format_is_refused(tmp_path: Path, content: str) -> None:
    path = tmp_path / "s"
    GraphStore(path).close()
    (path / FORMAT_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match="unknown store format"):
        GraphStore(path)


def test_the_cli_prints_the_note_on_stderr_and_refuses_a_newer_store(tmp_path: Path, welcome_ttl: Path) -> None:
    path = tmp_path / "old"
    make_old_store(path)
    runner = CliRunner()
    reading = runner.invoke(main, ["--store", str(path), "stats"], catch_exceptions=False)
    assert reading.exit_code == 0
    assert reading.stderr.startswith(f"migkg: note: {path} was written by {OLD}, whose ontology is not what migkg")
    loading = runner.invoke(main, ["--store", str(path), "load", "-q", str(welcome_ttl)], catch_exceptions=False)
    assert loading.exit_code == 0
    assert loading.stderr == (
        f"migkg: note: {path} was written by {OLD}: upgraded in place to migkg {__version__} (its ontology "
        "reloaded; sources keep the facts extracted when they were loaded)\n"
    )
    (path / FORMAT_FILE).write_text(json.dumps({"format": STORE_FORMAT + 1}), encoding="utf-8")
    refused = runner.invoke(main, ["--store", str(path), "stats"], catch_exceptions=False)
    assert refused.exit_code == 1
    assert refused.stderr.startswith(f"migkg: {path} was written by another migkg in store format {STORE_FORMAT + 1}")
    assert "Traceback" not in refused.output


def test_the_api_returns_the_note(tmp_path: Path) -> None:
    import migkg

    path = tmp_path / "old"
    make_old_store(path)
    with migkg.open(path) as kg:
        assert len(kg.notes) == 1 and kg.notes[0].startswith(f"{path} was written by {OLD}: upgraded in place")


def test_a_newer_migkgs_ontology_is_never_replaced_by_an_older_one(tmp_path: Path) -> None:
    path = tmp_path / "newer"
    make_old_store(path)  # another ontology than this version's...
    (path / FORMAT_FILE).write_text(json.dumps({"format": 1, "written_by": "migkg 99.0"}), encoding="utf-8")
    with pytest.raises(StoreError) as caught:  # ...written by a newer migkg: not downgraded
        GraphStore(path)
    assert str(caught.value) == (
        f"{path} was written by migkg 99.0, newer than migkg {__version__}, with another ontology: upgrade "
        "migkg (pip install -U migkg) to write to it; reading commands read it as it is"
    )
    with GraphStore(path, read_only=True) as reader:
        assert STALE in reader.ox and len(reader.notes) == 1
