"""Faults injected: `migkg load` killed with SIGKILL at random moments of a batch while a reader
queries the store. After each kill the store opens as it was left (every source whole, the union
consistent); loading the batch again then completes it: no document is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
from hostile import check_union, count

from migkg.graph.lock import PID_FILE, SNAPSHOTS
from migkg.graph.store import SOURCE_GRAPH_PREFIX, GraphStore
from migkg.ontology.vocab import MKG

REPO = Path(__file__).resolve().parents[2]
DOCUMENTS = 150
KILLS = 3
ENV = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def migkg(store: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "migkg.cli", "--store", str(store), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=ENV,
    )


def loading(store: Path) -> bool:
    snapshots = store / SNAPSHOTS
    return (store / PID_FILE).exists() and any(p.name.isdigit() and int(p.name) >= 2 for p in snapshots.glob("*"))


def complete_sources(store: Path) -> int:
    """The source graphs in the store, checking each is whole: it has its metadata (written last)."""
    with GraphStore(store) as opened:  # a writer: drops what an interrupted load left
        graphs = {
            g.value
            for g in opened.ox.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(SOURCE_GRAPH_PREFIX)
        }
        hash_quads = opened.ox.quads_for_pattern(None, ox.NamedNode(str(MKG.contentHash)), None, None)
        hashed = {q.graph_name.value for q in hash_quads if isinstance(q.graph_name, ox.NamedNode)}
        assert graphs <= hashed, graphs - hashed
        check_union(opened.ox)
        return len(graphs)


def test_kill_9_during_loads_loses_no_document(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    # Articles (written in batches) and RDF files (each written as it is read), in one folder.
    for i in range(DOCUMENTS):
        if i % 5 == 0:
            (docs / f"doc-{i:03d}.txt").write_text(
                f"URL: https://news.example.org/{i}\n---\nLe projet Accueil {i} est financé par le FAMI et mis en "
                "œuvre par Fedasil entre 2022 et 2024.\n",
                encoding="utf-8",
            )
        else:
            (docs / f"doc-{i:03d}.ttl").write_text(
                f'<https://example.org/p{i}> <http://www.w3.org/2000/01/rdf-schema#label> "Project {i}"@en .\n',
                encoding="utf-8",
            )
    store = tmp_path / "store"
    GraphStore(store).close()
    rng = random.Random(8)
    readers_ok = 0
    after_kill: list[int] = []
    for _ in range(KILLS):
        writer = migkg(store, "load", "-q", str(docs))
        deadline = time.monotonic() + 120
        # The writer snapshots the store when it opens, then every second of loading: a second
        # snapshot means documents are being written. Kill it then, somewhere in the batch.
        while not loading(store) and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        reader = migkg(store, "query", "--sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--format", "csv")
        time.sleep(rng.uniform(0.0, 1.0))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        count("faults injected (kill -9 during a load)")
        _out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0, err  # the reader read on, whatever happened to the writer
        readers_ok += 1
        after_kill.append(complete_sources(store))
    # The kills fell inside the batch: each left some documents loaded and some not.
    assert any(0 < n < DOCUMENTS for n in after_kill), after_kill
    count("concurrent readers", readers_ok)
    count("concurrent writers (killed)", KILLS)
    final = migkg(store, "load", "-q", str(docs))
    _, err = final.communicate(timeout=300)
    assert final.returncode == 0, err
    loaded = complete_sources(store)
    assert loaded == DOCUMENTS
    count("documents", DOCUMENTS)
    count("documents lost", DOCUMENTS - loaded)
