"""Reading and extracting, apart from any store: an input in, its finished Sources out.

`read_sources` is the one function every path runs: `migkg load` in this process, `migkg load
--jobs N` in N worker processes (the store stays the single writer), `migkg extract` writing N-Quads
shards, and a Dask bag (`extract_to_nquads`, see docs/dask.md). It touches no store and no global
state but the extractor's name index, which `init_worker` sets from the store's user reference data.

Results always come back in input order, so a parallel load ends in the same store as a serial one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import os
import pickle
import traceback
import warnings
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef

from migkg.errors import InputError, MigkgError
from migkg.loaders.base import Input, Source
from migkg.loaders.forking import default_jobs as default_jobs  # re-exported: callers read it here
from migkg.loaders.forking import start_worker_server
from migkg.ontology.vocab import GRAPH_NS, MKG

USER_REFERENCE_PREFIX = GRAPH_NS + "reference/"
# Inputs read ahead per worker. The writer takes no result while it writes a batch (a bulk load and
# a snapshot: 0.5 to 1.5 s of wall time on two busy cores, while two workers read 60 to 150
# articles), so the workers need that much work queued not to stand idle; past IN_FLIGHT_BYTES of
# input data in flight, only IN_FLIGHT_MIN_PER_JOB each, so big files keep memory bounded. Answers
# wait compressed (`_run_task`): 128 articles' take about 1 MB.
IN_FLIGHT_PER_JOB = 128
IN_FLIGHT_MIN_PER_JOB = 4
IN_FLIGHT_BYTES = 64 * 1024 * 1024
# Inputs sent to a worker in one task: up to TASK_INPUTS small ones (articles of a few KB), up to
# TASK_BYTES of data, else one. Each task costs the parent's pool threads a round trip, which they
# make between the writer's own steps, so a worker given one article at a time waited for its next.
TASK_INPUTS = 4
TASK_BYTES = 16 * 1024
PACK_BYTES = 8 * 1024 * 1024  # answers above this size go back uncompressed (their transfer is no matter)
SHARD_BYTES = 64 * 1024 * 1024  # a shard's size before the next is begun: well under the input limit
SHARD_HEADER = b"# migkg shard 1: one complete source graph per block, metadata included\n"
REFERENCE_SHARD = "shard-reference.nq"  # `migkg extract --with-reference`: the ontology and reference data

Read = list[Source] | InputError  # what reading one input gives


def read_sources(inp: Input | InputError, *, loader_name: str | None = None, reference: bool = False) -> list[Source]:
    """The Sources of one input, by its registered loader (or `loader_name`); `reference` puts them
    in user reference graphs. Raises `InputError` naming the input when it cannot be read, whatever
    broke inside the loader."""
    from migkg.loaders.registry import loader_for  # loaders are found lazily, via entry points

    if isinstance(inp, InputError):
        raise inp
    sources = _read(loader_for(inp, loader_name), inp)
    if reference:
        sources = [as_user_reference(s) for s in sources]
    return sources


def read_or_error(inp: Input | InputError, loader_name: str | None = None, reference: bool = False) -> Read:
    """`read_sources`, with its `InputError` returned instead of raised (what a worker sends back)."""
    try:
        return read_sources(inp, loader_name=loader_name, reference=reference)
    except InputError as exc:
        return exc


def read_packed(inp: Input | InputError, loader_name: str | None = None, reference: bool = False) -> Read:
    """`read_or_error`, each source's facts turned into N-Triples here: what a worker sends the
    writer (pyoxigraph parses it there much faster than rdflib terms are unpickled)."""
    # The store's own conversions (the store imports this module).
    from migkg.graph.store import to_ox as _term
    from migkg.graph.store import triples_ntriples

    read = read_or_error(inp, loader_name, reference)
    if isinstance(read, InputError):
        return read
    for source in read:
        if not isinstance(source.facts, bytes) and source.rdf_format is None and source.nquads is None:
            text = triples_ntriples(source.facts)  # with a blank node, None: Oxigraph writes them
            if text is None:
                triples = [ox.Triple(_term(s), _term(p), _term(o)) for s, p, o in source.facts]
                text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            source.facts = text
    return read


def _read(loader: Any, inp: Input) -> list[Source]:
    """Run a loader; a bug in it becomes the input's error, so one odd document never stops a batch
    with a traceback (and the store stays as it was for that input)."""
    try:
        return loader.load(inp)
    except (InputError, MigkgError):
        raise
    except RecursionError as exc:
        raise InputError(inp.name, f"too deeply nested to read ({type(exc).__name__})") from exc
    except Exception as exc:  # reported per input, with what broke
        raise InputError(
            inp.name, f"could not be read by the {loader.name} loader ({type(exc).__name__}: {exc})"
        ) from exc


def as_user_reference(source: Source) -> Source:
    """Put a source in a user reference graph, whose names the extractor matches like the shipped ones."""
    local = str(source.graph).rsplit("/", 1)[-1]
    source.graph = URIRef(f"{USER_REFERENCE_PREFIX}{local}")
    source.metadata.kind = MKG.ReferenceData
    return source


def init_worker(user_reference: Sequence[bytes] | None = None) -> None:
    """Match names against the packaged reference data plus `user_reference` (N-Triples or Turtle
    chunks of the store's user reference graphs), in this process."""
    from migkg.loaders.extract.names import NameIndex, packaged_reference, use_index

    if not user_reference:
        use_index(None)
        return
    use_index(NameIndex.from_turtle([*packaged_reference(), *user_reference]))


# -- many inputs, in order ------------------------------------------------------------------------


def read_all(
    inputs: Iterable[Input | InputError],
    *,
    jobs: int = 1,
    loader_name: str | None = None,
    reference: bool = False,
    user_reference: Sequence[bytes] | None = None,
) -> Iterator[Read]:
    """Each input's Sources or its `InputError`, in input order. With `jobs` > 1, inputs are read
    and extracted by that many worker processes, at most `IN_FLIGHT_PER_JOB` each ahead of the
    consumer (fewer for big inputs), so memory stays bounded however many inputs there are."""
    if jobs <= 1:
        init_worker(user_reference)
        for inp in inputs:
            yield read_or_error(inp, loader_name, reference)
        return
    with worker_pool(jobs, user_reference) as pool:
        yield from ordered_map(pool, read_packed, inputs, jobs, loader_name, reference)


# One short text per language the extractor reads, to build its lazy parts before workers fork.
_WARM_UP = {
    "fr": "Le projet Essai, financé par le FAMI, est mené par Fedasil entre 2022 et 2024.",
    "nl": "Het project Proef wordt gefinancierd door het AMIF en uitgevoerd door Fedasil van 2022 tot 2024.",
    "en": "The Trial project, funded by AMIF, is run by Fedasil from 2022 to 2024.",
    "de": "Das Projekt Probe wird aus Mitteln des AMIF gefördert und von der Caritas von 2022 bis 2024 durchgeführt.",
    "it": "Il progetto Prova, finanziato dal FAMI, è realizzato dalla Caritas dal 2022 al 2024.",
}


def warm_up() -> None:
    """Build what the extractor builds on first use (a spaCy pipeline per language, the name index),
    so that worker processes forked afterwards share it instead of each building it again."""
    for lang, text in _WARM_UP.items():
        with contextlib.suppress(MigkgError):
            read_sources(Input(name=f"<{lang}>", data=f"LANG: {lang}\n---\n{text}\n".encode()), loader_name="text")


def worker_pool(jobs: int, user_reference: Sequence[bytes] | None = None) -> ProcessPoolExecutor:
    """`jobs` worker processes, forked by a fork server: never from a process that holds an open
    store and its threads, and each starting with the extractor imported and warmed up once
    (`migkg.loaders.warm`)."""
    start_worker_server()
    context = multiprocessing.get_context("forkserver")
    return ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=init_worker, initargs=(list(user_reference or []),)
    )


def ordered_map(pool: ProcessPoolExecutor, fn: Any, items: Iterable[Any], jobs: int, *args: Any) -> Iterator[Any]:
    """`fn(item, *args)` for each item in `pool` (of `jobs` workers), yielded in the items' order,
    with at most `IN_FLIGHT_PER_JOB` per job read and not yet consumed, or `IN_FLIGHT_MIN_PER_JOB`
    once the inputs among them hold `IN_FLIGHT_BYTES`. Small inputs go to a worker `TASK_INPUTS` at
    a time (see `_run_task`). The warnings `fn` issued in the worker (a list of operations' skipped
    rows, say) are issued again here, just before its result is yielded: where one process would
    have issued them; an exception it raised is raised here, at its item's turn. A worker that dies
    (killed, out of memory) is a `MigkgError`."""
    pending: deque[tuple[Future[Any], list[int]]] = deque()  # tasks submitted: their inputs' sizes
    answers: deque[tuple[Any, int]] = deque()  # the answers of the task being consumed, with sizes
    task: list[Any] = []  # items read, not yet submitted, and their sizes
    task_sizes: list[int] = []
    ahead = 0  # items read and not yet yielded
    in_flight = 0  # bytes of input data among them
    registry: dict[Any, Any] = {}  # the warnings already shown, as the module's own registry would hold

    def submit() -> None:
        nonlocal task, task_sizes
        pending.append((pool.submit(_run_task, fn, task, *args), task_sizes))
        task, task_sizes = [], []

    def result() -> Any:
        nonlocal ahead, in_flight
        if not answers:
            if not pending:
                submit()  # the oldest item waits in the task being gathered
            future, sizes = pending.popleft()
            answers.extend(zip(_answers(future.result()), sizes, strict=True))
        (ok, value, caught), size = answers.popleft()
        ahead -= 1
        in_flight -= size
        for w in caught:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno, registry=registry)
        if not ok:
            raise value
        return value

    try:
        for item in items:
            size = len(item.data) if isinstance(item, Input) else 0
            task.append(item)
            task_sizes.append(size)
            ahead += 1
            in_flight += size
            if len(task) >= TASK_INPUTS or sum(task_sizes) >= TASK_BYTES:
                submit()
            while ahead >= jobs * IN_FLIGHT_PER_JOB or (
                ahead >= jobs * IN_FLIGHT_MIN_PER_JOB and in_flight >= IN_FLIGHT_BYTES
            ):
                yield result()
        if task:
            submit()
        while ahead:
            yield result()
    except BrokenProcessPool as exc:
        raise MigkgError(f"a worker process stopped unexpectedly ({exc}); nothing after it was read") from exc
    finally:
        for future, _ in pending:
            future.cancel()


def _run_task(fn: Any, items: list[Any], *args: Any) -> tuple[bytes, bool]:
    """In a worker: `_recording_warnings(fn, item, *args)` for each item, or the exception it raised
    (with the worker's traceback as a note), pickled; compressed unless large. Compressed, an
    article's answer (some 45 KB of N-Triples) takes a tenth of the pipe back to the parent, so a
    worker seldom waits for the parent to read it before it can go on."""
    answers: list[tuple[bool, Any, list[_Warning]]] = []
    for item in items:
        try:
            value, caught = _recording_warnings(fn, item, *args)
            answers.append((True, value, caught))
        except Exception as exc:  # raised again in the parent, at this item's turn
            exc.add_note("".join(traceback.format_exception(exc)).rstrip())
            answers.append((False, exc, []))
    try:
        data = pickle.dumps(answers, pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that does not pickle goes as its text
        data = pickle.dumps([_picklable(answer) for answer in answers], pickle.HIGHEST_PROTOCOL)
    if len(data) > PACK_BYTES:
        return data, False
    return zlib.compress(data, 1), True


def _picklable(answer: tuple[bool, Any, list[_Warning]]) -> tuple[bool, Any, list[_Warning]]:
    ok, value, caught = answer
    if ok:
        return answer
    try:
        pickle.dumps(value)
    except Exception:
        value = MigkgError(f"{type(value).__name__}: {value}")
    return ok, value, caught


def _answers(packed: tuple[bytes, bool]) -> list[tuple[bool, Any, list[_Warning]]]:
    """What `_run_task` sent, as it was."""
    data, compressed = packed
    answers: list[tuple[bool, Any, list[_Warning]]] = pickle.loads(zlib.decompress(data) if compressed else data)
    return answers


@dataclass(frozen=True)
class _Warning:
    """A warning issued in a worker, as the parent issues it again."""

    message: Warning | str
    category: type[Warning]
    filename: str
    lineno: int


def _recording_warnings(fn: Any, item: Any, *args: Any) -> tuple[Any, list[_Warning]]:
    """`fn(item, *args)` in a worker, with every warning it issued (the parent's filters decide
    which are shown). A warning that would not survive the trip back goes as its text."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = fn(item, *args)
    out = []
    for w in caught:
        message: Warning | str = w.message
        try:
            pickle.loads(pickle.dumps(message))
        except Exception:  # a warning class that cannot be rebuilt from its pickle
            message = str(message)
        out.append(_Warning(message, w.category, w.filename, w.lineno))
    return value, out


# -- N-Quads: the same Sources as text a server's bulk loader reads --------------------------------


def source_nquads(source: Source, loaded_at: dt.datetime) -> bytes:
    """One source's graph as N-Quads: its facts and its metadata (PROV-O, stamped `loaded_at`), lines
    sorted so the same document always gives the same bytes. Loading it (a shard) gives the graph
    `migkg load` gives the document, with `loaded_at` as its load time."""
    from migkg.graph.store import to_ox as _term

    if source.nquads is not None:  # from a shard already
        return b"".join(sorted(set(source.nquads.splitlines(keepends=True))))
    if source.rdf_format is not None:
        raise InputError(
            source.metadata.name,
            "is RDF already: load it with `migkg load`, or give it to the server's bulk loader as it is",
        )
    graph = ox.NamedNode(str(source.graph))
    quads = [
        ox.Quad(_term(s), _term(p), _term(o), graph)
        for s, p, o in (*source.facts, *source.metadata_triples(loaded_at.replace(microsecond=0)))
    ]
    lines = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)
    return b"".join(sorted(set(lines)))


def stamp(when: dt.datetime | None = None) -> dt.datetime:
    """The load time written in shards: `when`, else `$SOURCE_DATE_EPOCH` (reproducible builds), else
    now; in UTC, to the second."""
    if when is None and os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        when = dt.datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), dt.UTC)
    when = when or dt.datetime.now(dt.UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).replace(microsecond=0)


def extract_to_nquads(path: str | os.PathLike[str], loaded_at: dt.datetime | str | None = None) -> str:
    """The N-Quads of every source a document file gives (see `source_nquads`), as text: the function
    a Dask bag maps over file names (docs/dask.md). `loaded_at` (a datetime or an ISO string) is the
    load time written, the same on every worker for the same bytes. Raises `InputError` when the file
    cannot be read."""
    when = stamp(dt.datetime.fromisoformat(loaded_at) if isinstance(loaded_at, str) else loaded_at)
    return nquads_block(Input.from_path(Path(path)), when).decode("utf-8")


def reference_nquads(loaded_at: dt.datetime | str | None = None) -> str:
    """The ontology and reference data, the graphs `migkg load` puts in every store and migkg's
    queries read, as a shard's text: what a triple store needs beside the shards of the documents
    (docs/dask.md). `loaded_at` as for `extract_to_nquads`. A store of the same migkg version has them
    already, so loading this shard into it changes nothing."""
    when = stamp(dt.datetime.fromisoformat(loaded_at) if isinstance(loaded_at, str) else loaded_at)
    return _reference_block(when).decode("utf-8")


def _reference_block(loaded_at: dt.datetime) -> bytes:
    from migkg.graph.store import packaged_sources

    return SHARD_HEADER + b"".join(source_nquads(s, loaded_at) for s in packaged_sources())


def nquads_block(inp: Input | InputError, loaded_at: dt.datetime, loader_name: str | None = None) -> bytes:
    """A shard's block for one input: `SHARD_HEADER` then the N-Quads of each of its sources. Raises
    `InputError`."""
    return SHARD_HEADER + b"".join(source_nquads(s, loaded_at) for s in read_sources(inp, loader_name=loader_name))


def _block_or_error(inp: Input | InputError, loaded_at: dt.datetime, loader_name: str | None) -> Any:
    """`nquads_block` with the graphs and hashes of its sources, or the input's `InputError` (a
    worker's answer)."""
    try:
        sources = read_sources(inp, loader_name=loader_name)
        data = SHARD_HEADER + b"".join(source_nquads(s, loaded_at) for s in sources)
    except InputError as exc:
        return exc
    return data, [(str(s.graph), s.metadata.content_hash, s.metadata.name) for s in sources]


@dataclass(frozen=True)
class Extracted:
    """One input written to a shard: its name, the shard, and how many sources it gave."""

    name: str
    shard: Path | None  # None: the same content as an earlier input, not written again
    sources: int


def extract_shards(
    inputs: Iterable[Input | InputError],
    out: Path,
    *,
    jobs: int = 1,
    loader_name: str | None = None,
    loaded_at: dt.datetime | None = None,
    shard_bytes: int = SHARD_BYTES,
    with_reference: bool = False,
) -> Iterator[Extracted | InputError]:
    """Read and extract each input (with `jobs` processes) and write its sources' graphs to N-Quads
    shards in `out`, no store involved: `shard-W-K.nq`, input i going to W = i mod `jobs`, a new K
    past `shard_bytes`. The same inputs and `jobs` give the same files (see `stamp` for the load time
    they carry). Shards an earlier run left in `out` are removed first. A source that an earlier
    input of the run gave with other content (the same URL) is an `InputError`: a shard holds one
    version of each source. `with_reference` also writes the ontology and reference data to
    `REFERENCE_SHARD` (see `reference_nquads`)."""
    when = stamp(loaded_at)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("shard-*.nq"):
        if _starts_with_header(old):
            old.unlink()
    if with_reference:
        part = out / (REFERENCE_SHARD + ".part")
        part.write_bytes(_reference_block(when))
        part.replace(out / REFERENCE_SHARD)
    lanes = max(jobs, 1)
    writers = [_ShardWriter(out, w, shard_bytes) for w in range(lanes)]
    seen: dict[str, tuple[str, str]] = {}  # graph -> (content hash, the input that gave it)
    if jobs > 1:
        pool = worker_pool(jobs)
        answers: Iterator[Any] = ordered_map(pool, _block_or_error, inputs, jobs, when, loader_name)
    else:
        pool = None
        init_worker(None)
        answers = (_block_or_error(inp, when, loader_name) for inp in inputs)
    try:
        for i, answer in enumerate(answers):
            if isinstance(answer, InputError):
                yield answer
                continue
            data, graphs = answer
            name = graphs[0][2] if graphs else ""
            clash = next(((g, seen[g]) for g, h, _ in graphs if g in seen and seen[g][0] != h), None)
            if clash is not None:
                yield InputError(name, f"gives source <{clash[0]}> with other content than {clash[1][1]}")
                continue
            if all(g in seen for g, _, _ in graphs):
                yield Extracted(name, None, 0)  # the same content again: nothing new to write
                continue
            for g, h, n in graphs:
                seen[g] = (h, n)
            yield Extracted(name, writers[i % lanes].write(data), len(graphs))
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        for w in writers:
            w.close()


class _ShardWriter:
    """One lane of shards: `shard-W-K.nq`, each started with `SHARD_HEADER`, the next begun once one
    passes its size; written under a temporary name, renamed when complete."""

    def __init__(self, out: Path, lane: int, limit: int) -> None:
        self.out, self.lane, self.limit = out, lane, limit
        self.number = 0
        self.file: Any = None
        self.path = Path()
        self.size = 0

    def write(self, block: bytes) -> Path:
        if self.file is not None and self.size + len(block) > self.limit:
            self.close()
            self.number += 1
        if self.file is None:
            self.path = self.out / f"shard-{self.lane:03d}-{self.number:04d}.nq"
            self.file = open(self.path.with_suffix(".nq.part"), "wb")  # noqa: SIM115  # closed by close()
            self.size = 0
        self.file.write(block)
        self.size += len(block)
        return self.path

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
            self.path.with_suffix(".nq.part").replace(self.path)
            self.file = None


def _starts_with_header(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SHARD_HEADER)) == SHARD_HEADER
    except OSError:
        return False
