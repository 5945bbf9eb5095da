"""Many processes, one store: readers work while a `migkg load` runs, a second writer is told who
holds the store (or waits with --wait), and a stale lock is reported. Real processes, every wait
bounded."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from migkg.errors import StoreBusyError, StoreError
from migkg.graph.lock import PID_FILE, SNAPSHOTS
from migkg.graph.store import GraphStore

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 60  # seconds: no wait below can hang the suite longer than this

HEAD = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix fund: <https://w3id.org/migkg/id/fund/> .
@prefix ex: <https://example.org/> .
"""


def article(i: int) -> str:
    """One small source: a project funded by AMIF and run by its own organisation."""
    notes = "\n".join(f'ex:p{i} ex:note "note {j}" .' for j in range(20))
    return (
        HEAD
        + f'ex:p{i} a mkg:Project ; rdfs:label "Project {i}"@en ;\n'
        + f"    mkg:fundedBy fund:AMIF ; mkg:implementedBy ex:o{i} .\n"
        + f'ex:o{i} a mkg:NonGovernmentalOrganisation ; rdfs:label "Organisation {i}"@en .\n'
        + notes
        + "\n"
    )


def env() -> dict[str, str]:
    out = dict(os.environ)
    out["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)
    out.pop("MIGKG_STORE", None)
    return out


def migkg(store: Path, *args: str, wait: float | None = None) -> subprocess.CompletedProcess[str]:
    pre = ["--wait", str(wait)] if wait is not None else []
    return subprocess.run(
        [sys.executable, "-m", "migkg.cli", "--store", str(store), *pre, *args],
        capture_output=True,
        text=True,
        env=env(),
        timeout=TIMEOUT,
    )


def start(store: Path, *args: str, wait: float | str | None = None) -> subprocess.Popen[str]:
    """`wait="default"`: `--wait` with no number, before the command (60 seconds)."""
    pre = [] if wait is None else ["--wait"] if wait == "default" else ["--wait", str(wait)]
    return subprocess.Popen(
        [sys.executable, "-m", "migkg.cli", "--store", str(store), *pre, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env(),
    )


def wait_for(condition, what: str, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def counts(stats: str) -> tuple[int, int]:
    """Sources and projects, from `migkg stats`."""
    sources = int(stats.split("sources:")[1].split()[0])
    projects = int(stats.split("mkg:Project ")[1].split()[-1]) if "mkg:Project " in stats else 0
    return sources, projects


BASE_PROJECTS = 2  # the projects of the reference data


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(40):
        (folder / f"a{i:03d}.ttl").write_text(article(i), encoding="utf-8")
    return folder


@pytest.fixture
def running_load(tmp_path: Path, articles: Path):
    """A `migkg load` of the articles then of stdin, which the test keeps open: the load holds the
    store until `finish` is called. Yields (store, process, finish)."""
    store = tmp_path / "store"
    first = migkg(store, "load", "-q", str(articles / "a000.ttl"))
    assert first.returncode == 0, first.stderr
    assert counts(migkg(store, "stats").stdout) == (1, 1 + BASE_PROJECTS)
    writer = start(store, "load", "-q", "--loader", "rdf", str(articles), "-")
    wait_for(lambda: (store / PID_FILE).exists() and (store / SNAPSHOTS).exists(), "the writer's pid file")

    def finish() -> tuple[str, str]:
        out, err = writer.communicate(article(1000), timeout=TIMEOUT)
        return out, err

    try:
        yield store, writer, finish
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.communicate(timeout=TIMEOUT)


def test_readers_work_while_a_load_runs_and_a_second_writer_is_told_who_writes(running_load) -> None:
    store, writer, finish = running_load
    pid = writer.pid
    assert (store / PID_FILE).read_text().split()[0] == str(pid)
    readers = {
        "query": start(store, "query", "who-funded-what", "--format", "csv"),
        "stats": start(store, "stats"),
        "export": start(store, "export", "--format", "nt"),
        "sources": start(store, "sources"),
    }
    done = {name: p.communicate(timeout=TIMEOUT) for name, p in readers.items()}
    for name, p in readers.items():
        assert p.returncode == 0, (name, done[name][1])
    assert writer.poll() is None, "the load ended before the readers ran: the test proves nothing"

    # Each reader sees a committed state: every project it sees is whole (funder and implementer).
    rows = list(csv.DictReader(io.StringIO(done["query"][0])))
    assert rows and all(r["funder"] == "AMIF" and r["implementer"].startswith("Organisation") for r in rows)
    sources, projects = counts(done["stats"][0])
    assert sources >= 1 and projects - sources == BASE_PROJECTS  # one project per source, none half-loaded
    exported = done["export"][0]
    typed = [line for line in exported.splitlines() if "#type>" in line]
    projects_nt = {line.split()[0] for line in typed if line.startswith("<https://example.org/p")}
    assert projects_nt
    for p in projects_nt:
        assert f"{p} <https://w3id.org/migkg/ontology#implementedBy>" in exported

    second = migkg(store, "load", "-q", str(REPO / "examples" / "seed-article-fr.txt"))
    assert second.returncode == 1
    assert second.stderr.strip() == (
        f"migkg: {store} is being written by another migkg process (pid {pid}); try again when it ends, or use --wait"
    )

    waiting = start(store, "load", "-q", "--loader", "rdf", "-", wait="default")
    time.sleep(0.5)
    assert waiting.poll() is None  # still waiting for the lock
    _, err = finish()
    assert writer.returncode == 0, err
    _, err = waiting.communicate(article(2000), timeout=TIMEOUT)
    assert waiting.returncode == 0, err
    assert not (store / PID_FILE).exists() and not (store / SNAPSHOTS).exists()

    after = migkg(store, "stats")
    assert "sources:  42" in after.stdout  # 40 articles, the one on the first stdin, the waiting one


def test_a_second_writer_without_wait_gives_up_at_once_with_wait_zero(running_load) -> None:
    store, writer, finish = running_load
    t0 = time.monotonic()
    second = migkg(store, "load", "-q", "-", wait=0)
    assert second.returncode == 1 and f"(pid {writer.pid})" in second.stderr
    short = migkg(store, "load", "-q", "-", wait=0.5)
    assert short.returncode == 1 and "use --wait" in short.stderr
    assert time.monotonic() - t0 < TIMEOUT
    finish()


def test_a_stale_pid_file_is_reported_and_the_store_opens(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert migkg(store, "load", "-q", str(REPO / "examples" / "seed-article-fr.txt")).returncode == 0
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    (store / PID_FILE).write_text(f"{dead}\n", encoding="utf-8")

    reader = migkg(store, "stats")  # readers are not held up by a stale file
    assert reader.returncode == 0, reader.stderr
    writer = migkg(store, "sources", "remove", "nothing-like-this")
    assert writer.stderr.splitlines()[0] == (
        f"migkg: note: a previous migkg process (pid {dead}) ended without closing {store}; its lock was free, "
        "so the store opens as it was left (an interrupted load is dropped)"
    )
    assert not (store / PID_FILE).exists()  # replaced by ours, removed when we closed


def test_read_only_store_never_writes(tmp_path: Path) -> None:
    missing = tmp_path / "nothing"
    with pytest.raises(StoreError, match="there is no store at"):
        GraphStore(missing, read_only=True)
    assert not missing.exists()

    path = tmp_path / "store"
    GraphStore(path).close()
    with GraphStore(path, read_only=True) as ro:
        assert ro.sources()
        with pytest.raises(StoreError, match="read-only"):
            ro.remove_source("x")
        with pytest.raises(StoreError, match="read-only"):
            list(ro.load_inputs([]))
        with GraphStore(path, read_only=True) as other:  # readers share the store
            assert len(other) == len(ro)
    assert not (path / PID_FILE).exists()


def test_read_only_store_without_reference_asks_for_a_writing_command(tmp_path: Path) -> None:
    import pyoxigraph as ox

    path = tmp_path / "bare"
    ox.Store(str(path)).flush()
    with pytest.raises(StoreError, match="run a writing command first"):
        GraphStore(path, read_only=True)


def test_a_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with GraphStore(path):
        with pytest.raises(StoreBusyError, match="already open for writing in this process"):
            GraphStore(path)
        with GraphStore(path, read_only=True) as ro:  # a reader in the same process reads the snapshot
            assert ro.sources()
    with GraphStore(path) as again:
        assert again.sources()


def test_a_reader_opened_before_a_load_reads_on_while_it_writes(tmp_path: Path, articles: Path) -> None:
    """The reader reads its own checkpoint: the writer's compactions cannot take files from under it."""
    store = tmp_path / "store"
    assert migkg(store, "load", "-q", str(articles / "a000.ttl")).returncode == 0
    with GraphStore(store, read_only=True) as reader:
        before = len(reader)
        private = [p for p in (store / SNAPSHOTS).iterdir() if p.name.startswith(".reader-")]
        assert len(private) == 1
        loaded = migkg(store, "load", "-q", str(articles))
        assert loaded.returncode == 0, loaded.stderr
        assert len(reader) == before  # the state it opened, whole
        assert len(reader.sources()) == 3  # the ontology, the reference data, one article
    assert not (store / SNAPSHOTS).exists()
    with GraphStore(store, read_only=True) as later:
        assert len(later.sources()) == 2 + 40


def test_a_snapshot_a_reader_holds_is_not_removed(tmp_path: Path) -> None:
    from migkg.graph import lock

    path = tmp_path / "store"
    with GraphStore(path) as writer:
        first = sorted((path / SNAPSHOTS).iterdir())
        with GraphStore(path, read_only=True) as reader:  # holds the writer's newest snapshot
            lock.snapshot(writer.ox, path)
            lock.snapshot(writer.ox, path)
            assert all(p.exists() for p in first)  # held: kept
            assert reader.sources()
        lock.snapshot(writer.ox, path)
        assert not any(p.exists() for p in first)  # released: removed at the next snapshot


def test_reading_commands_create_no_store(tmp_path: Path) -> None:
    missing = tmp_path / "nothing"
    result = migkg(missing, "stats")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        f"migkg: there is no store at {missing} (a writing command such as `migkg load` creates it)"
    )
    assert not missing.exists()


def test_the_api_opens_read_only_next_to_a_writer(tmp_path: Path, welcome_ttl: Path) -> None:
    import migkg

    path = tmp_path / "store"
    with migkg.open(path) as kg:
        kg.load([welcome_ttl])
        with migkg.open(path, read_only=True) as reader:
            rows = reader.who_funded_what()  # the writer's snapshot, made when its load ended
            assert {r["project"] for r in rows} == {"Welcome desk"}
            with pytest.raises(StoreError, match="read-only"):
                reader.load([welcome_ttl])
        with pytest.raises(StoreBusyError):
            migkg.open(path, wait=0.2)


def test_reader_checkpoint_survives_the_snapshot_folder_vanishing_under_it(tmp_path: Path, monkeypatch) -> None:
    """Regression: a reader that closed (or a writer that pruned) removed the empty snapshot folder
    while another reader was about to checkpoint into it, and that reader failed."""
    from migkg.graph import lock

    path = tmp_path / "store"
    with GraphStore(path):
        pass
    real = lock.ox.Store.read_only
    removed = []

    class FolderGoesFirst:
        """The store as read, but the first checkpoint finds its folder just removed."""

        def __init__(self, location: str) -> None:
            self.inner = real(location)

        def backup(self, target: str) -> None:
            if not removed:
                removed.append(target)
                shutil.rmtree(Path(target).parent)
                raise OSError("No such file or directory")
            self.inner.backup(target)

    calls = []

    def read_only(location: str):  # the store itself first (to checkpoint it), then the checkpoint
        calls.append(location)
        return FolderGoesFirst(location) if len(calls) == 1 else real(location)

    monkeypatch.setattr(lock, "active_writer", lambda _path: None)

    monkeypatch.setattr(lock.ox.Store, "read_only", staticmethod(read_only))
    reading = lock.open_for_reading(path)
    try:
        assert removed  # the folder did vanish once
        assert len(reading.store) > 0  # and the reader still got the committed state
    finally:
        reading.close()


def test_a_writers_snapshot_survives_its_folder_going_while_it_checkpoints(tmp_path: Path) -> None:
    # regression: a fresh-clone CI run failed with "While mkdir: .../migkg-snapshots/.000000001.part.tmp:
    # No such file or directory": a pruner removed the empty snapshots folder between the writer
    # making it and checkpointing into it. The reader's checkpoint made the folder again; the
    # writer's did not.
    import pyoxigraph as ox

    from migkg.graph import lock

    class PrunedOnce:
        """A store whose first checkpoint finds its folder gone, as a pruner leaves it."""

        def __init__(self) -> None:
            self.real = ox.Store(str(tmp_path / "data"))
            self.calls = 0

        def backup(self, target: str) -> None:
            self.calls += 1
            if self.calls == 1:
                shutil.rmtree(Path(target).parent)
                raise OSError(f"IO error: No such file or directory: While mkdir: {target}.tmp")
            self.real.backup(target)

    store = PrunedOnce()
    made = lock.snapshot(store, tmp_path / "data")  # type: ignore[arg-type]
    assert store.calls == 2
    assert made == tmp_path / "data" / SNAPSHOTS / "000000001" and made.is_dir()
