"""Parallel reading (`load --jobs`), N-Quads shards (`migkg extract`) and the Dask recipe: each must
give the store a plain, one-process `migkg load` of the same documents gives."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from migkg.cli import main
from migkg.errors import BatchError, InputError
from migkg.graph.store import GraphStore, LoadResult
from migkg.loaders.inputs import read_inputs

# The load time differs from one load to the next; everything else must not.
STAMPS = {"https://w3id.org/migkg/ontology#loadedAt", "http://www.w3.org/ns/prov#endedAtTime"}

ARTICLE = {
    "fr": "Le projet {name}, financé par le Fonds Asile, Migration et Intégration (FAMI), est mené par l'asbl "
    "{ngo} entre {y1} et {y2}. Il bénéficie d'un budget de {amount}.000 euros.",
    "en": "The {name} project, funded by the Asylum, Migration and Integration Fund (AMIF), is run by {ngo} "
    "from {y1} to {y2}. It has a budget of EUR {amount},000.",
    "nl": "Het project {name} wordt gefinancierd door het AMIF en uitgevoerd door {ngo} vzw van {y1} tot {y2}.",
}


def write_documents(folder: Path, n: int = 9) -> list[Path]:
    """`n` short articles in three languages, and a JSON Lines file of two records (two sources)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    langs = sorted(ARTICLE)
    for i in range(n):
        lang = langs[i % len(langs)]
        body = ARTICLE[lang].format(name=f"Horizon {i}", ngo=f"Lumen Viva {i}", y1=2020 + i % 4, y2=2024, amount=i + 1)
        path = folder / f"{i:02d}-{lang}.txt"
        path.write_text(f"URL: https://news.example.org/{i}\nTITLE: Article {i}\nLANG: {lang}\n---\n{body}\n")
        paths.append(path)
    records = [
        {
            "url": f"https://records.example.org/{k}",
            "title": f"Record {k}",
            "language": "en",
            "text": ARTICLE["en"].format(name=f"Record {k}", ngo=f"Terra Nova {k}", y1=2021, y2=2023, amount=7),
        }
        for k in range(2)
    ]
    jsonl = folder / "records.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records))
    paths.append(jsonl)
    return paths


def graphs_of(store: GraphStore) -> dict[str, Graph]:
    """Every graph of the store (the default graph, the union, included) as an rdflib Graph, without
    the load-time stamps."""
    from migkg.graph.store import from_ox

    out: dict[str, Graph] = {}
    for q in store.ox.quads_for_pattern(None, None, None, None):
        if q.predicate.value in STAMPS:
            continue
        name = "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        out.setdefault(name, Graph()).add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
    return out


def assert_same_store(a: GraphStore, b: GraphStore) -> None:
    ga, gb = graphs_of(a), graphs_of(b)
    assert sorted(ga) == sorted(gb)
    for name in ga:
        assert isomorphic(ga[name], gb[name]), name


def plain_load(paths: list[Path]) -> tuple[GraphStore, list[LoadResult | InputError]]:
    store = GraphStore(None)
    return store, list(store.load_inputs(read_inputs(paths)))


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], GraphStore, list[LoadResult | InputError]]:
    """The documents, and the store and results a plain one-process load of them gives."""
    paths = write_documents(tmp_path_factory.mktemp("parallel") / "docs")
    store, results = plain_load(paths)
    return paths, store, results


def test_jobs_give_the_same_store_and_results_in_input_order(documents: tuple) -> None:
    paths, one, serial = documents
    two = GraphStore(None)
    parallel = list(two.load_inputs(read_inputs(paths), jobs=2))
    # 9 articles and 2 records: 11 sources, reported in the order of the inputs.
    assert [r.status for r in parallel] == ["added"] * 11
    assert [(r.name, r.source) for r in parallel] == [(r.name, r.source) for r in serial]
    assert_same_store(one, two)
    facts = graphs_of(two)[""]
    assert any("Lumen Viva 4" in str(o) for o in facts.objects())  # the facts were extracted, not lost
    # Loading again with workers changes nothing.
    assert {r.status for r in two.load_inputs(read_inputs(paths), jobs=2)} == {"unchanged"}


def test_worker_errors_are_the_same_one_line_input_errors(tmp_path: Path) -> None:
    paths = write_documents(tmp_path / "docs", n=3)
    empty = tmp_path / "docs" / "empty.txt"
    empty.write_text("")
    missing = tmp_path / "docs" / "missing.txt"
    odd = tmp_path / "docs" / "table.xyz"
    odd.write_text("a,b\n")
    batch = [paths[0], empty, missing, odd, paths[1]]
    _, serial = plain_load(batch)
    parallel = list(GraphStore(None).load_inputs(read_inputs(batch), jobs=2))
    errors = [str(r) for r in parallel if isinstance(r, InputError)]
    assert errors == [str(r) for r in serial if isinstance(r, InputError)]
    assert len(errors) == 3 and all("\n" not in e for e in errors)
    assert errors[0].startswith(str(empty))
    assert [isinstance(r, InputError) for r in parallel] == [False, True, True, True, False]


def test_jobs_strict_batch_is_all_or_nothing(tmp_path: Path) -> None:
    paths = write_documents(tmp_path / "docs", n=3)
    bad = tmp_path / "docs" / "empty.txt"
    bad.write_text("")
    store = GraphStore(None)
    before = len(store)
    with pytest.raises(BatchError):
        list(store.load_inputs(read_inputs([*paths, bad]), strict=True, jobs=2))
    assert len(store) == before


def test_load_jobs_on_the_command_line(tmp_path: Path) -> None:
    paths = write_documents(tmp_path / "docs", n=4)
    result = CliRunner().invoke(
        main, ["--store", str(tmp_path / "store"), "load", "--jobs", "2", str(tmp_path / "docs")]
    )
    assert result.exit_code == 0, result.output
    assert "6 added" in result.output  # 4 articles and 2 records
    with GraphStore(tmp_path / "store") as store:
        one, _ = plain_load(paths)
        assert_same_store(one, store)


def test_extract_shards_load_as_the_same_store(documents: tuple, tmp_path: Path) -> None:
    paths, one, _ = documents
    docs = str(paths[0].parent)
    runner = CliRunner()
    for out in ("a", "b"):
        result = runner.invoke(
            main, ["extract", docs, "--out", str(tmp_path / out), "--jobs", "2", "--loaded-at", "2026-01-02T03:04:05"]
        )
        assert result.exit_code == 0, result.output
    shards = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert shards == ["shard-000-0000.nq", "shard-001-0000.nq"]  # one per worker lane
    # Deterministic: the same inputs give the same bytes.
    for name in shards:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    # The shards carry each source's provenance, stamped with the time given.
    text = (tmp_path / "a" / shards[0]).read_text()
    assert '"2026-01-02T03:04:05+00:00"^^<http://www.w3.org/2001/XMLSchema#dateTime>' in text
    assert "contentHash" in text

    result = runner.invoke(main, ["--store", str(tmp_path / "store"), "load", str(tmp_path / "a")])
    assert result.exit_code == 0, result.output
    assert "11 added" in result.output
    with GraphStore(tmp_path / "store") as from_shards:
        assert_same_store(one, from_shards)
        stamp = URIRef("https://w3id.org/migkg/ontology#loadedAt")
        stamps = {q.object.value for q in from_shards.ox.quads_for_pattern(None, ox.NamedNode(stamp), None, None)}
        assert "2026-01-02T03:04:05Z" in stamps
        # The documents themselves are then already there; a shard again changes nothing.
        assert {r.status for r in from_shards.load_inputs(read_inputs(paths))} == {"unchanged"}
        assert {r.status for r in from_shards.load_inputs(read_inputs(sorted((tmp_path / "a").iterdir())))} == {
            "unchanged"
        }


def test_shard_replaces_an_older_version_of_a_source(tmp_path: Path) -> None:
    [old] = write_documents(tmp_path / "old", n=1)[:1]
    new = tmp_path / "new" / old.name
    new.parent.mkdir()
    new.write_text(old.read_text().replace("Horizon 0", "Horizon Zero"))  # same URL, other content
    runner = CliRunner()
    assert runner.invoke(main, ["extract", str(new), "--out", str(tmp_path / "shards")]).exit_code == 0
    store = GraphStore(None)
    list(store.load_inputs(read_inputs([old])))
    [result] = list(store.load_inputs(read_inputs(sorted((tmp_path / "shards").iterdir()))))
    assert result.status == "replaced"
    expected, _ = plain_load([new])
    assert_same_store(expected, store)


def test_extract_reports_bad_inputs_and_goes_on(tmp_path: Path) -> None:
    paths = write_documents(tmp_path / "docs", n=2)
    (tmp_path / "docs" / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "docs"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert f"migkg: {tmp_path / 'docs' / 'empty.txt'}: " in result.output
    assert "4 sources in 1 shard(s)" in result.output  # 2 articles, 2 records
    assert len(paths) == 3


def test_dask_recipe_on_a_local_cluster(documents: tuple, tmp_path: Path) -> None:
    """docs/dask.md: a bag over file names, `extract_to_nquads` mapped, text files out; they load as
    a plain `migkg load` of the documents."""
    try:
        import dask.bag as db
        from dask.distributed import Client, LocalCluster
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip("dask[bag] and distributed are not installed (pip install -e '.[test]')")
    from migkg.loaders.read import extract_to_nquads

    paths, one, _ = documents
    out = tmp_path / "nq"
    loaded_at = dt.datetime(2026, 1, 2, tzinfo=dt.UTC).isoformat()
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        bag = db.from_sequence([str(p) for p in paths], npartitions=2).map(extract_to_nquads, loaded_at=loaded_at)
        bag.to_textfiles(str(out / "*.nq"))
    files = sorted(out.iterdir())
    assert len(files) == 2
    store = GraphStore(None)
    results = list(store.load_inputs(read_inputs(files)))
    assert [r.status for r in results] == ["added"] * 11
    assert_same_store(one, store)


def test_batched_writes_give_the_same_store_as_one_transaction_per_input(
    documents: tuple, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New articles are gathered and written through the bulk loader; an input whose source is in
    the pending batch already (here the first article again) is written after the batch."""
    from migkg.graph import store as store_module

    paths, _, _ = documents
    batch = [*paths, paths[0]]
    monkeypatch.setattr(store_module, "BATCH_TRIPLES", 0)
    per_input = GraphStore(None)
    expected = [(r.name, r.status) for r in per_input.load_inputs(read_inputs(batch))]
    assert expected[-1][1] == "unchanged"
    monkeypatch.setattr(store_module, "BATCH_TRIPLES", 200)  # a few articles per batch
    monkeypatch.setattr(store_module, "BATCH_MIN_TRIPLES", 1)  # and always the bulk loader
    batched = GraphStore(None)
    assert [(r.name, r.status) for r in batched.load_inputs(read_inputs(batch))] == expected
    assert_same_store(per_input, batched)


def test_batched_writes_of_workers_text_give_the_same_store(documents: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    """With --jobs 2 the workers' N-Triples go to the bulk loader as text (`ntriples_with_union`):
    the same store as one process writing one transaction per input."""
    from migkg.graph import store as store_module

    paths, _, _ = documents
    batch = [*paths, paths[0]]
    monkeypatch.setattr(store_module, "BATCH_TRIPLES", 0)
    per_input = GraphStore(None)
    expected = [(r.name, r.status) for r in per_input.load_inputs(read_inputs(batch))]
    monkeypatch.setattr(store_module, "BATCH_TRIPLES", 200)
    monkeypatch.setattr(store_module, "BATCH_MIN_TRIPLES", 1)
    batched = GraphStore(None)
    assert [(r.name, r.status) for r in batched.load_inputs(read_inputs(batch), jobs=2)] == expected
    assert_same_store(per_input, batched)
