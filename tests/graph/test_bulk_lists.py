"""The store's bulk path for lists of operations: N-Triples loaded from their bytes, in chunks, give the
store the parsed path gives; snapshots during a load are spaced by what they cost."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from conftest import dump_quads

from migkg.graph import lock
from migkg.graph import store as store_module
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.loaders.operations import OperationsLoader

LIST = (
    "Beneficiary name,Operation name,Start date,End date,Total cost,Fund,Union co-financing rate,Country\n"
    "Fedasil,Reception plus,2022-01-01,2024-12-31,100000,AMIF,75%,BE\n"
    '"Helping Hands asbl","Language cafés ""FR\\NL""",01/03/2022,30/06/2025,40000.50,AMIF,90,Belgium\n'
)
NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


def _load_list(tmp_path: Path, name: str) -> set[str]:
    path = tmp_path / "list.csv"
    path.write_text(LIST, encoding="utf-8")
    [source] = OperationsLoader().load(Input.from_path(path))
    with GraphStore(tmp_path / name) as store:
        result = store.add_source(source, now=NOW)
        assert result.status == "added"
        # The packaged graphs record when this store was made: not what is compared.
        packaged = ("<https://w3id.org/migkg/id/source/reference", "<https://w3id.org/migkg/id/source/ontology")
        return {q for q in dump_quads(store) if not (q.startswith(packaged) and "XMLSchema#dateTime>" in q)}


def test_lists_bulk_loaded_from_bytes_in_chunks_are_stored_as_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "BULK_CHUNK_BYTES", 300)  # a chunk of a few lines: many chunks
    loads: list[int] = []
    bulk_load = GraphStore._bulk_ntriples

    def counted(self: GraphStore, data: bytes, target: object) -> None:
        loads.append(len(data))
        bulk_load(self, data, target)

    monkeypatch.setattr(GraphStore, "_bulk_ntriples", counted)
    chunked = _load_list(tmp_path, "chunked")
    assert len(loads) == 1 and loads[0] > 10 * 300  # the bytes path was taken, in many chunks
    monkeypatch.setattr(store_module, "_plain_ntriples", lambda source, fmt: False)
    parsed = _load_list(tmp_path, "parsed")
    assert chunked == parsed
    # The union (default graph) holds each triple of the list's graph.
    named = {line.rsplit(" ", 2)[0] for line in parsed if line.count("<https://w3id.org/migkg/graph/source/")}
    union = {line.removesuffix(" .") for line in parsed}
    assert len(named) > 100 and named <= union


def test_snapshots_during_a_load_wait_for_their_cost(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "store") as store:
        folder = tmp_path / "store" / lock.SNAPSHOTS

        def newest() -> int:
            return max(int(p.name) for p in folder.iterdir() if p.name.isdigit())

        first = newest()
        store._snapshot_at, store._snapshot_cost = time.monotonic() - 5.0, 1.0  # 5 s ago, and it took 1 s
        store._snapshot(every=1.0)  # 1 s / 5 % = 20 s must pass first
        assert newest() == first
        store._snapshot()  # the end of a load: always
        assert newest() == first + 1
        store._snapshot_at, store._snapshot_cost = time.monotonic() - 5.0, 0.01
        # (the load started 5 s ago too: the budget counts from the load's start, and a fast host
        # reaches this line within 0.2 s of opening the store, when 5 % of it is under 0.01 s)
        store._load_started = time.monotonic() - 5.0
        store._snapshot(every=1.0)  # a cheap snapshot: once a second
        assert newest() == first + 2
