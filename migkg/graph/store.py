"""The embedded store: an rdflib `Dataset` over Oxigraph on disk, one named graph per source.

Writes go through pyoxigraph directly, where each call is one transaction: a source is parsed into
a private staging graph first (a parse error writes nothing), then a single SPARQL update moves it
over its target graph. A reader never sees half a source, and a failed load leaves the store as it
was. Staging graphs left by a crash are dropped when the store is next opened.

The default graph holds the union of the named graphs as one RDF graph (a set), kept up to date by
every write in the same transaction: a triple that three sources state is one triple there, so
queries count and sum it once. Oxigraph's own union default graph repeats it per graph (oxigraph
issue #1919, fixed after 0.5). Provenance stays in the named graphs (`GRAPH ?g`). A source's
removal takes out of the default graph only the triples no other named graph still states.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from itertools import chain, islice
from pathlib import Path
from typing import Any
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from oxrdflib.store import OxigraphStore
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Node

from migkg.errors import BatchError, InputError, MigkgError, QueryError, StoreError
from migkg.graph import lock, packaged
from migkg.loaders.base import Input, Source, SourceMetadata
from migkg.loaders.read import USER_REFERENCE_PREFIX, Read
from migkg.ontology import closure, iris
from migkg.ontology.vocab import (
    GRAPH_NS,
    ID,
    MKG,
    ONTOLOGY_GRAPH,
    PREFIXES,
    QUERY_PREFIXES,
    REFERENCE_GRAPH,
    curie,
)

STAGING_PREFIX = GRAPH_NS + "staging/"
SOURCE_GRAPH_PREFIX = GRAPH_NS + "source/"
ENV_VAR = "MIGKG_STORE"
# Seconds between two snapshots readers can open, during a load (and the longest a batch of new
# articles waits to be written). Each costs a flush and a checkpoint: every 2 s rather than every
# second saves about 5% of a load's CPU (BENCHMARKS.md, "Parallel reading").
SNAPSHOT_EVERY = 2.0
# ... and more when a snapshot is slow (a large store: the checkpoint, and removing the one before it):
# during a load, its snapshots take at most about this share of its time, counted from its start.
SNAPSHOT_SHARE = 0.05
BULK_CHUNK = 400_000  # quads per call of Oxigraph's bulk loader: its memory grows with what it is given
BULK_CHUNK_BYTES = 32 << 20  # the same, for N-Triples loaded from bytes (some 150,000 triples of a list)
# Articles whose sources are all new are written in batches of about this many triples by Oxigraph's
# bulk loader (0: one transaction per input); below BATCH_MIN_TRIPLES a batch is written by transactions,
# the bulk loader's fixed cost being higher. Each bulk load adds index files RocksDB compacts later: for
# 1,000 articles, batches of 100,000 triples take 5 s of CPU to write, 20,000 take 7 s.
BATCH_TRIPLES = 100_000
BATCH_MIN_TRIPLES = 5_000
FLUSH_EVERY = 100  # inputs between flushes of the store's write buffers: bounded memory in long batches
# The layout of a store on disk (graph names, the union in the default graph, the pid and snapshot
# files), recorded in FORMAT_FILE with the migkg version that last wrote the store. A store of a
# newer format is refused; an older one would be migrated here when a format 2 exists.
STORE_FORMAT = 1
FORMAT_FILE = "migkg-store.json"

LoadStatus = TypingLiteral["added", "replaced", "unchanged"]


_IN_BATCH: Any = object()  # stands for the results of an input in the batch, until it is written


def default_store_path() -> Path:
    """`$MIGKG_STORE`, else `$XDG_DATA_HOME/migkg/store` (`~/.local/share/migkg/store`)."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "migkg" / "store"


@dataclass(frozen=True)
class LoadResult:
    source: URIRef
    graph: URIRef
    name: str
    status: LoadStatus


@dataclass(frozen=True)
class SourceInfo:
    id: str
    iri: URIRef
    graph: URIRef
    name: str
    url: str | None
    title: str | None
    language: str | None
    kind: str
    triples: int


# ---------------------------------------------------------------------------------------------
# rdflib <-> pyoxigraph terms (oxrdflib has the same, but privately)


def to_ox(term: Node) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def from_ox(term: Any) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


DEFAULT = ox.DefaultGraph()


def with_union(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
    """Each quad, and its triple in the default graph (the union)."""
    for q in quads:
        yield q
        yield ox.Quad(q.subject, q.predicate, q.object, DEFAULT)


def _unshare(graph: str) -> str:
    """SPARQL that deletes from the union the triples of `graph` that no other (non-staging) named
    graph states; run before dropping or replacing `graph`."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} "
        f'FILTER(?h != <{graph}> && !STRSTARTS(STR(?h), "{STAGING_PREFIX}")) }} }}'
    )


def _share(graph: str) -> str:
    """SPARQL that adds the triples of `graph` to the union."""
    return f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"


def _staging_graph() -> ox.NamedNode:
    return ox.NamedNode(f"{STAGING_PREFIX}{uuid.uuid4().hex}")


@dataclass
class _Staged:
    """A parsed source waiting in staging graphs: target graph IRI -> its staging graph."""

    result: LoadResult
    moves: dict[str, ox.NamedNode]


def _canonical_graph(turtle_chunks: list[bytes], graph: URIRef) -> Graph:
    """Parse packaged Turtle with canonical blank-node labels (RDFC-1.0), prefixed by the graph's
    name so that two packaged graphs never share a blank node: exports stay identical across stores."""
    dataset = ox.Dataset()
    for chunk in turtle_chunks:
        for t in ox.parse(chunk, format=ox.RdfFormat.TURTLE, rename_blank_nodes=True):
            dataset.add(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    prefix = str(graph).rsplit("/", 1)[-1]
    out = Graph()
    for q in dataset:
        terms = [BNode(f"{prefix}-{t.value}") if isinstance(t, ox.BlankNode) else from_ox(t) for t in q.triple]
        out.add((terms[0], terms[1], terms[2]))
    return out


def graph_quads(graph: Iterable[tuple[Node, Node, Node]], target: ox.NamedNode) -> Iterator[ox.Quad]:
    for s, p, o in graph:
        yield ox.Quad(to_ox(s), to_ox(p), to_ox(o), target)


def graph_quads_with_union(graph: Iterable[tuple[Node, Node, Node]], target: ox.NamedNode) -> Iterator[ox.Quad]:
    """`graph_quads` and each triple in the default graph too (the union), converted once."""
    for s, p, o in graph:
        terms = (to_ox(s), to_ox(p), to_ox(o))
        yield ox.Quad(*terms, target)
        yield ox.Quad(*terms, DEFAULT)


def source_quads(source: Source, target: ox.NamedNode, loaded_at: dt.datetime) -> Iterator[ox.Quad]:
    """A source's facts and metadata as quads of `target` (a shard's graph: as it is)."""
    if source.nquads is not None:
        for q in ox.parse(source.nquads, format=ox.RdfFormat.N_QUADS, rename_blank_nodes=True):
            yield ox.Quad(q.subject, q.predicate, q.object, target)
        return
    if isinstance(source.facts, bytes):  # N-Triples from a worker process
        for q in ox.parse(source.facts, format=ox.RdfFormat.N_TRIPLES, rename_blank_nodes=True):
            yield ox.Quad(q.subject, q.predicate, q.object, target)
    else:
        yield from graph_quads(source.facts, target)
    yield from graph_quads(source.metadata_triples(loaded_at), target)


def source_quads_with_union(source: Source, target: ox.NamedNode, loaded_at: dt.datetime) -> Iterator[ox.Quad]:
    """`source_quads`, and each triple in the default graph too (the union), converted once."""
    if source.nquads is not None:
        for q in ox.parse(source.nquads, format=ox.RdfFormat.N_QUADS, rename_blank_nodes=True):
            yield ox.Quad(q.subject, q.predicate, q.object, target)
            yield ox.Quad(q.subject, q.predicate, q.object, DEFAULT)
        return
    if isinstance(source.facts, bytes):
        for q in ox.parse(source.facts, format=ox.RdfFormat.N_TRIPLES, rename_blank_nodes=True):
            yield ox.Quad(q.subject, q.predicate, q.object, target)
            yield q  # parsed into the default graph already: the union's copy, with no new object
    else:
        yield from graph_quads_with_union(source.facts, target)
    yield from graph_quads_with_union(source.metadata_triples(loaded_at), target)


def source_fact_quads_with_union(source: Source, target: ox.NamedNode) -> Iterator[ox.Quad]:
    """A source's facts (not its metadata) in `target` and in the union."""
    if isinstance(source.facts, bytes):
        for q in ox.parse(source.facts, format=ox.RdfFormat.N_TRIPLES, rename_blank_nodes=True):
            yield ox.Quad(q.subject, q.predicate, q.object, target)
            yield q
    else:
        yield from graph_quads_with_union(source.facts, target)


def ntriples_with_union(data: bytes, graph: str) -> bytes:
    """N-Triples as Oxigraph writes them (one triple a line, ending in ` .`) as N-Quads: each triple in
    `graph` and in the default graph (the union)."""
    in_graph = f" <{graph}> .\n".encode()
    out = []
    for line in data.split(b"\n"):
        line = line.rstrip()
        if line:
            out += (line[:-1].rstrip() + in_graph, line + b"\n")
    return b"".join(out)


def _statements(triples: Iterable[tuple[Node, Node, Node]], terms: dict[URIRef, str]) -> list[str] | None:
    """Each triple as `s p o` in N-Triples, each term written by Oxigraph (`to_ox`, which checks
    it), IRIs once per `terms` cache; None when one holds a blank node (Oxigraph's parsers would
    give it a new label)."""
    out = []
    for triple in triples:
        line = []
        for term in triple:
            if type(term) is URIRef:
                text = terms.get(term)
                if text is None:
                    text = terms[term] = str(ox.NamedNode(term))
            elif isinstance(term, BNode):
                return None
            else:
                text = str(to_ox(term))
            line.append(text)
        out.append(" ".join(line))
    return out


def triples_nquads_with_union(
    triples: Iterable[tuple[Node, Node, Node]], graph: str, terms: dict[URIRef, str] | None = None
) -> str | None:
    """rdflib triples as N-Quads text, each in `graph` and in the default graph (the union): what
    `graph_quads_with_union` gives, for Oxigraph's parser instead of one Python `Quad` per quad (a
    third less time to write an article's facts). None when a triple holds a blank node: those go
    as quads."""
    statements = _statements(triples, {} if terms is None else terms)
    if statements is None:
        return None
    in_graph = f" {ox.NamedNode(graph)} .\n"
    return "".join(f"{st}{in_graph}{st} .\n" for st in statements)


def triples_ntriples(triples: Iterable[tuple[Node, Node, Node]]) -> bytes | None:
    """rdflib triples as N-Triples, one a line as Oxigraph writes them (`ntriples_with_union` reads
    them so): what a worker sends the writer. None when a triple holds a blank node."""
    statements = _statements(triples, {})
    return None if statements is None else "".join(f"{st} .\n" for st in statements).encode()


def _plain_ntriples(source: Source, fmt: ox.RdfFormat) -> bool:
    """N-Triples in memory without blank nodes (`_:` nowhere, not even in a literal): what the lists
    of operations give, which Oxigraph can bulk-load as they are (it would not rename blank nodes)."""
    return fmt == ox.RdfFormat.N_TRIPLES and source.rdf_data is not None and b"_:" not in source.rdf_data


def _rdf_format(name: str) -> ox.RdfFormat:
    return getattr(ox.RdfFormat, name)


# ---------------------------------------------------------------------------------------------


class GraphStore:
    """A migkg store. `GraphStore(path)` opens (or creates) one on disk; `GraphStore(None)` is in memory."""

    def __init__(self, path: Path | str | None = None, *, read_only: bool = False, wait: float = 0.0) -> None:
        """`read_only`: never write; while another process writes the store, read the last state it
        committed (see `migkg.graph.lock`). A writer waits up to `wait` seconds for another writer
        to end, else raises `StoreBusyError`. `notes` holds one-line notes for the user (a stale lock)."""
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.notes: list[str] = []
        self._written_by: str | None = None  # the migkg version that last wrote the store (FORMAT_FILE)
        self._locked = False
        self._reading: lock.Reading | None = None
        self._snapshot_at = 0.0
        self._snapshot_cost = 0.0  # seconds the last snapshot took
        self._load_started = time.monotonic()  # the load under way (write_reads), and its snapshots' seconds
        self._snapshots_spent = 0.0
        if read_only:
            self._open_read_only()
        else:
            self._open_read_write(wait)
        self.dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)
        for prefix, ns in PREFIXES.items():
            self.dataset.bind(prefix, ns, replace=True)
        if read_only:
            self._check_reference()
            return
        try:
            self._refuse_downgrade()
            self._recover()
            upgraded = self.ensure_reference()
            self._record_format(upgraded)
            self._snapshot()
        except BaseException:
            self.close()
            raise

    def _open_read_write(self, wait: float) -> None:
        try:
            if self.path is None:
                self.ox = ox.Store()
                return
            if self.path.exists() and not self.path.is_dir():
                raise StoreError(f"{self.path}: not a directory, so not a migkg store")
            self.path.mkdir(parents=True, exist_ok=True)
            note = lock.acquire(self.path, self, wait)
            self._locked = True
            if note:
                self.notes.append(note)
            try:
                self._written_by = read_format(self.path)
            except StoreError:
                lock.release(self.path)
                self._locked = False
                raise
            try:
                self.ox = ox.Store(str(self.path))
            except OSError as exc:
                lock.release(self.path)
                self._locked = False
                if "lock" in str(exc).lower():
                    raise lock.busy(self.path, lock.writer_pid(self.path)) from exc
                raise
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({_first_line(exc)})") from exc

    def _open_read_only(self) -> None:
        if self.path is None:
            raise StoreError("a store in memory cannot be opened read-only")
        if not (self.path / "CURRENT").is_file():
            raise StoreError(f"there is no store at {self.path} (a writing command such as `migkg load` creates it)")
        self._written_by = read_format(self.path)
        try:
            self._reading = lock.open_for_reading(self.path)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the store ({_first_line(exc)})") from exc
        self.ox = self._reading.store

    def _differing_packaged(self) -> list[str]:
        """The packaged graphs the store holds in another version than this migkg ships."""
        return [
            shipped.label
            for shipped in _packaged_graphs()
            if self._stored_hash(shipped.iri, shipped.graph) not in (None, shipped.digest())
        ]

    def _refuse_downgrade(self) -> None:
        """A writer never replaces a newer migkg's ontology or reference data with its older ones."""
        written = _version_of(self._written_by)
        mine = _version_of(f"migkg {_package_version()}")
        if written is None or mine is None or written <= mine:
            return
        differ = self._differing_packaged()
        if differ:
            raise StoreError(
                f"{self.path} was written by {self._written_by}, newer than migkg {_package_version()}, with "
                f"another {' and '.join(differ)}: upgrade migkg (pip install -U migkg) to write to it; "
                "reading commands read it as it is"
            )

    def _check_reference(self) -> None:
        """A read-only store must have the ontology and reference data; when they are not the ones
        this version ships (another migkg wrote the store), it is read as it is, with a note."""
        differ = []
        for shipped in _packaged_graphs():
            stored = self._stored_hash(shipped.iri, shipped.graph)
            if stored is None:
                self.close()
                raise StoreError(
                    f"{self.path}: the store has no {shipped.label} yet; run a writing command first "
                    "(such as `migkg load`)"
                )
            if stored != shipped.digest():
                differ.append(shipped.label)
        if differ:
            verb = "are" if len(differ) > 1 else "is"
            self.notes.append(
                f"{self.path} was written by {self._written_by or 'another version of migkg'}, whose "
                f"{' and '.join(differ)} {verb} not what migkg {_package_version()} ships: read as it is; "
                "a writing command (such as `migkg load`) upgrades the store"
            )

    def _record_format(self, upgraded: list[str]) -> None:
        """Note what opening upgraded, and record the format and this version in FORMAT_FILE."""
        if self.path is None:
            return
        me = f"migkg {_package_version()}"
        before = self._written_by
        if upgraded:
            self.notes.append(
                f"{self.path} was written by {before or 'an earlier migkg'}: upgraded in place to {me} "
                f"(its {' and '.join(upgraded)} reloaded; sources keep the facts extracted when they were loaded)"
            )
        elif before is not None and before != me:
            self.notes.append(
                f"{self.path} was written by {before}: now by {me} (ontology and reference data unchanged)"
            )
        if before != me or not (self.path / FORMAT_FILE).is_file():
            write_format(self.path, me)

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; open it for writing to change it")

    def _snapshot(self, every: float = 0.0) -> None:
        """Let readers see the committed state (a writer on disk only). With `every` (during a load):
        at most once per `every` seconds, and no sooner than the last snapshot's cost allows under
        SNAPSHOT_SHARE. Readers see the state before or after a load, or one between two inputs."""
        if self.path is None or self.read_only:
            return
        started = time.monotonic()
        if every and (
            started - self._snapshot_at < every
            # the load's snapshots so far and this one (costing what the last did) within its share:
            # a snapshot costs more as the store grows, so the budget is kept over the whole load
            or self._snapshots_spent + self._snapshot_cost > SNAPSHOT_SHARE * (started - self._load_started)
        ):
            return
        lock.snapshot(self.ox, self.path)
        self._snapshot_at = time.monotonic()
        self._snapshot_cost = self._snapshot_at - started
        if every:
            self._snapshots_spent += self._snapshot_cost

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        """Flush and release the store's lock, so another process (or GraphStore) can open it."""
        if not hasattr(self, "ox"):
            return
        if not self.read_only:
            self.ox.flush()
        if hasattr(self, "dataset"):
            self.dataset.store.close()
            del self.dataset
        del self.ox
        gc.collect()  # rdflib's Dataset sits in reference cycles: collect it now, so the lock goes
        if self._reading is not None:
            self._reading.close()
            self._reading = None
        if self._locked and self.path is not None:
            lock.release(self.path)
            self._locked = False

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _recover(self) -> None:
        """Drop what an interrupted load left: staging graphs, and source graphs with no metadata
        (the metadata is written last)."""
        complete = {q.graph_name for q in self.ox.quads_for_pattern(None, to_ox(MKG.contentHash), None, None)}
        for g in list(self.ox.named_graphs()):
            if not isinstance(g, ox.NamedNode):
                continue
            if g.value.startswith(STAGING_PREFIX):
                self.ox.remove_graph(g)
            elif g.value.startswith(SOURCE_GRAPH_PREFIX) and g not in complete:
                self._drop([g])
        # A store written before the union was kept in the default graph: build it once.
        empty_union = next(self.ox.quads_for_pattern(None, None, None, DEFAULT), None) is None
        if empty_union and next(iter(self.ox.named_graphs()), None) is not None:
            self.ox.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    # -- reference data -----------------------------------------------------------------------

    def ensure_reference(self) -> list[str]:
        """Load (or refresh, when the packaged files changed) the ontology and the reference graph.
        Returns what was replaced (an older version's): `["ontology", "reference data"]` or less."""
        self._writable()
        replaced = []
        for shipped in _packaged_graphs():
            existing = self._stored_hash(shipped.iri, shipped.graph)
            if existing == shipped.digest():
                continue
            self.add_source(shipped.source())
            if existing is not None:
                replaced.append(shipped.label)
        return replaced

    def user_reference(self) -> list[bytes]:
        """The users' own reference graphs (`load --reference`) as N-Triples, whose names the
        extractor matches besides the shipped ones (`migkg.loaders.read.init_worker`)."""
        return [
            self.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=to_ox(g))
            for g in self.reference_graphs()
            if g != REFERENCE_GRAPH
        ]

    def reference_graphs(self) -> list[URIRef]:
        """The shipped reference graph and the ones users added with `load --reference`."""
        graphs = [REFERENCE_GRAPH]
        for g in self.ox.named_graphs():
            if isinstance(g, ox.NamedNode) and g.value.startswith(USER_REFERENCE_PREFIX):
                graphs.append(URIRef(g.value))
        return graphs

    # -- loading ------------------------------------------------------------------------------

    def _stored_hash(self, source: URIRef, graph: URIRef) -> str | None:
        for q in self.ox.quads_for_pattern(to_ox(source), to_ox(MKG.contentHash), None, to_ox(graph)):
            return q.object.value
        return None

    def add_source(self, source: Source, *, now: dt.datetime | None = None) -> LoadResult:
        """Add a source, replace an older version of it, or do nothing if the same content is there.

        Atomic: on any error the store is exactly as before, and an `InputError` names the input.
        """
        self._writable()
        if source.rdf_format is not None:
            return self._write_direct(source, now)
        if self._all_new_or_unchanged([source]):
            return self._write_new([source], now)[0]
        staged = self._stage(source, now)
        if isinstance(staged, _Staged):
            self._commit([staged])
            return staged.result
        return staged

    def _write_direct(self, source: Source, now: dt.datetime | None = None) -> LoadResult:
        """The bulk path for RDF files, written straight into the target graph by Oxigraph's bulk
        loader (a staging graph would cost a full copy to move). Failure-safe all the same: a new
        source's graph is dropped if its load fails; a replaced source's new version is fully parsed
        before the old one is dropped, so bad input never costs the old version. The metadata is
        written last and marks the graph complete: an interrupted load is dropped at the next open."""
        existing = self._stored_hash(source.iri, source.graph)
        if existing == source.metadata.content_hash:
            return LoadResult(source.iri, source.graph, source.metadata.name, "unchanged")
        loaded_at = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
        fmt = _rdf_format(source.rdf_format or "TURTLE")
        target = to_ox(source.graph)
        written: list[ox.NamedNode] = []
        try:
            if fmt.supports_datasets:
                # Parsed twice, never held: once to check it all and find its graphs (bad input stops
                # here), once to write.
                graphs = {q.graph_name for q in self._parse_dataset(source, target)}
                written = list(graphs)
                self._drop(written)
                self._bulk(with_union(self._parse_dataset(source, target)))
            else:
                if existing is not None:
                    for _ in self._parse_triples(source, fmt):  # validate before dropping the old version
                        pass
                    self._drop([target])
                written = [target]
                if _plain_ntriples(source, fmt):
                    self._bulk_ntriples(source.rdf_data, target)  # type: ignore[arg-type]
                else:
                    # Parsed once, written to the source's graph and to the union by the same bulk load.
                    self._bulk(self._parse_into(source, fmt, target))
            packaged.drop_repeated(self.ox, written, in_union=True)
            if str(source.graph).startswith(USER_REFERENCE_PREFIX):
                self._materialise(target)
            # The metadata goes last: it marks the graph complete.
            self.ox.extend(source_quads_with_union(source, target, loaded_at))
        except SyntaxError as exc:
            self._drop(written)
            raise InputError(source.metadata.name, _syntax_problem(source, exc)) from exc
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            self._drop(written)
            raise InputError(source.metadata.name, _first_line(exc)) from exc
        except BaseException:
            self._drop(written)
            raise
        return LoadResult(source.iri, source.graph, source.metadata.name, "added" if existing is None else "replaced")

    def _bulk(self, quads: Iterable[ox.Quad]) -> None:
        """Oxigraph's bulk loader, fed BULK_CHUNK quads at a time: given a whole large file at once, it
        holds it all in memory (2 GB for a million triples)."""
        it = iter(quads)
        while chunk := list(islice(it, BULK_CHUNK)):
            self.ox.bulk_extend(chunk)

    def _bulk_ntriples(self, data: bytes, target: ox.NamedNode) -> None:
        """N-Triples with no blank node (a list of operations), bulk-loaded by Oxigraph from the bytes
        into `target` and into the union, BULK_CHUNK_BYTES at a time (cut at line ends, which end
        statements in N-Triples): no Python object per triple. The target is written first, so a
        failure leaves no union triple that `_drop` of the target would not take back."""
        start = 0
        while start < len(data):
            end = data.find(b"\n", start + BULK_CHUNK_BYTES)
            end = len(data) if end < 0 else end + 1
            chunk = data[start:end]
            self.ox.bulk_load(chunk, format=ox.RdfFormat.N_TRIPLES, to_graph=target)
            self.ox.bulk_load(chunk, format=ox.RdfFormat.N_TRIPLES, to_graph=DEFAULT)
            start = end

    def _parse_triples(self, source: Source, fmt: ox.RdfFormat) -> Iterator[Any]:
        if source.rdf_data is not None:
            return ox.parse(source.rdf_data, format=fmt, rename_blank_nodes=True)
        return ox.parse(path=str(source.rdf_file), format=fmt, rename_blank_nodes=True)

    def _parse_into(self, source: Source, fmt: ox.RdfFormat, target: ox.NamedNode) -> Iterator[ox.Quad]:
        """A graph file's triples as quads of `target` and of the union."""
        for q in self._parse_triples(source, fmt):
            yield ox.Quad(q.subject, q.predicate, q.object, target)
            yield q  # parsed into the default graph already: the union's copy, with no new object

    def _parse_dataset(
        self, source: Source, default: ox.NamedNode, staging: _Staged | None = None
    ) -> Iterator[ox.Quad]:
        """A dataset file's quads; its default graph becomes `default`, and with `staging`, each named
        graph is redirected to a staging graph of its own."""
        fmt = _rdf_format(source.rdf_format or "TRIG")
        if source.rdf_data is not None:
            parsed = ox.parse(source.rdf_data, format=fmt, rename_blank_nodes=True)
        else:
            parsed = ox.parse(path=str(source.rdf_file), format=fmt, rename_blank_nodes=True)
        for q in parsed:
            g = q.graph_name
            if packaged.is_packaged_graph(g):
                continue  # the store's own ontology and reference data stay as they are
            if isinstance(g, ox.DefaultGraph):
                g = default
            elif isinstance(g, ox.NamedNode):
                if g.value.startswith(STAGING_PREFIX):
                    raise ValueError(f"graph name {g.value} is reserved for migkg")
                if staging is not None:
                    g = staging.moves.setdefault(g.value, _staging_graph())
            yield ox.Quad(q.subject, q.predicate, q.object, g)

    def _drop(self, graphs: Iterable[Any]) -> None:
        """Drop named graphs and what only they stated from the union, in one transaction."""
        ops = []
        for g in graphs:
            if self.ox.contains_named_graph(g):
                if not g.value.startswith(STAGING_PREFIX):  # staging graphs are not in the union
                    ops.append(_unshare(g.value))
                ops.append(f"DROP SILENT GRAPH <{g.value}>")
        if ops:
            self.ox.update(" ;\n".join(ops))

    def _stage(self, source: Source, now: dt.datetime | None = None) -> _Staged | LoadResult:
        """Parse a source into private staging graphs; nothing is visible until `_commit`."""
        existing = self._stored_hash(source.iri, source.graph)
        if existing == source.metadata.content_hash:
            return LoadResult(source.iri, source.graph, source.metadata.name, "unchanged")
        loaded_at = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
        staged = _Staged(
            result=LoadResult(
                source.iri, source.graph, source.metadata.name, "added" if existing is None else "replaced"
            ),
            moves={str(source.graph): _staging_graph()},
        )
        try:
            if source.rdf_format is not None:
                self._stage_rdf(source, staged)
                packaged.drop_repeated(self.ox, list(staged.moves.values()), in_union=False)
                if str(source.graph).startswith(USER_REFERENCE_PREFIX):
                    self._materialise(staged.moves[str(source.graph)])
            self.ox.extend(source_quads(source, staged.moves[str(source.graph)], loaded_at))
        except SyntaxError as exc:
            self._discard([staged])
            raise InputError(source.metadata.name, _syntax_problem(source, exc)) from exc
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            self._discard([staged])
            raise InputError(source.metadata.name, _first_line(exc)) from exc
        except BaseException:
            self._discard([staged])
            raise
        return staged

    def _all_new_or_unchanged(self, sources: list[Source]) -> bool:
        return all(
            s.rdf_format is None and self._stored_hash(s.iri, s.graph) in (None, s.metadata.content_hash)
            for s in sources
        )

    def _write_new(self, sources: list[Source], now: dt.datetime | None = None) -> list[LoadResult]:
        """New sources straight into their graphs: one `extend`, one transaction, no staging copy."""
        loaded_at = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
        results, quads = [], []
        for s in sources:
            if self._stored_hash(s.iri, s.graph) == s.metadata.content_hash:
                results.append(LoadResult(s.iri, s.graph, s.metadata.name, "unchanged"))
                continue
            quads.append(source_quads_with_union(s, to_ox(s.graph), loaded_at))
            results.append(LoadResult(s.iri, s.graph, s.metadata.name, "added"))
        try:
            self.ox.extend(chain.from_iterable(quads))
        except (OSError, ValueError) as exc:
            raise InputError(sources[0].metadata.name, _first_line(exc)) from exc
        return results

    def _write_batch(self, batch: list[tuple[str, list[Source]]]) -> list[list[LoadResult] | InputError]:
        """New sources of several inputs (name, sources), each source in no other input of the batch:
        their facts through Oxigraph's bulk loader (which writes index files directly: about twice
        as fast as a transaction for a batch this size), then their metadata in one transaction. The
        metadata marks a graph complete, so an interrupted batch is dropped at the next open; a
        failed one is dropped now, and each of its inputs gets the error."""
        loaded_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
        sources = [s for _, group in batch for s in group]
        targets = [to_ox(s.graph) for s in sources]
        try:
            terms: dict[URIRef, str] = {}
            if all(isinstance(s.facts, bytes) for s in sources):  # N-Triples from worker processes
                # As text to Oxigraph's parser: no Python object per quad (the writer's CPU is shared
                # with the workers). Serialised by Oxigraph in the worker, so valid: `lenient`.
                data = b"".join(ntriples_with_union(s.facts, str(s.graph)) for s in sources)  # type: ignore[arg-type]
                self.ox.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=True)
            elif (text := self._nquads_text(sources, lambda s: s.facts, terms)) is not None:
                # Facts of this process: as text too, each term written by Oxigraph, so `lenient`.
                self.ox.bulk_load(text.encode(), format=ox.RdfFormat.N_QUADS, lenient=True)
            else:
                self.ox.bulk_extend(
                    chain.from_iterable(
                        source_fact_quads_with_union(s, t) for s, t in zip(sources, targets, strict=True)
                    )
                )
            # The metadata in one transaction (`load` is one), as text when it can be.
            text = self._nquads_text(sources, lambda s: s.metadata_triples(loaded_at), terms)
            if text is not None:
                self.ox.load(text.encode(), format=ox.RdfFormat.N_QUADS)
            else:
                self.ox.extend(
                    chain.from_iterable(
                        graph_quads_with_union(s.metadata_triples(loaded_at), t)
                        for s, t in zip(sources, targets, strict=True)
                    )
                )
        except (OSError, ValueError) as exc:
            self._drop(targets)
            return [InputError(name, _first_line(exc)) for name, _ in batch]
        except BaseException:
            self._drop(targets)
            raise
        return [[LoadResult(s.iri, s.graph, s.metadata.name, "added") for s in group] for _, group in batch]

    @staticmethod
    def _nquads_text(sources: list[Source], triples: Any, terms: dict[URIRef, str]) -> str | None:
        """`triples_nquads_with_union` of `triples(source)` for each source, in its graph; None when
        one of them holds a blank node."""
        parts = []
        for s in sources:
            text = triples_nquads_with_union(triples(s), str(s.graph), terms)
            if text is None:
                return None
            parts.append(text)
        return "".join(parts)

    def _stage_all(self, sources: list[Source]) -> list[_Staged | LoadResult]:
        """Stage every source of one input, or none of them."""
        done: list[_Staged | LoadResult] = []
        try:
            for source in sources:
                done.append(self._stage(source))
        except BaseException:
            self._discard([s for s in done if isinstance(s, _Staged)])
            raise
        return done

    def _stage_rdf(self, source: Source, staged: _Staged) -> None:
        fmt = _rdf_format(source.rdf_format or "TURTLE")
        main = staged.moves[str(source.graph)]
        if fmt.supports_datasets:
            self.ox.extend(self._parse_dataset(source, main, staged))
        elif source.rdf_file is not None:
            self.ox.load(path=str(source.rdf_file), format=fmt, to_graph=main)
        else:
            self.ox.load(source.rdf_data, format=fmt, to_graph=main)

    def _materialise(self, graph: ox.NamedNode) -> None:
        """Users' reference data gets what the shipped one has: superclass types and one rdfs:label
        per named entity (migkg.ontology.closure), in the same graph."""
        wanted = {to_ox(RDF.type), to_ox(SKOS.prefLabel), to_ox(RDFS.label)}
        g = Graph()
        for q in self.ox.quads_for_pattern(None, None, None, graph):
            if q.predicate in wanted:
                g.add((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)))
        before = set(g)
        closure.materialise(g)
        self.ox.extend(with_union(graph_quads((t for t in g if t not in before), graph)))

    def _commit(self, staged: list[_Staged]) -> None:
        """Move every staged graph over its target in one SPARQL update: one transaction. The union
        loses what only the old versions stated, then gains the new versions."""
        ops = []
        targets = []
        for s in staged:
            for target, st in s.moves.items():
                ops += [_unshare(target), f"MOVE <{st.value}> TO <{target}>"]
                targets.append(target)
        ops += [_share(t) for t in targets]
        try:
            self.ox.update(" ;\n".join(ops))
        except BaseException:
            self._discard(staged)
            raise

    def _discard(self, staged: list[_Staged]) -> None:
        self._drop(g for s in staged for g in s.moves.values())

    def load_inputs(
        self,
        inputs: Iterable[Input | InputError],
        *,
        loader_name: str | None = None,
        reference: bool = False,
        strict: bool = False,
        jobs: int = 1,
    ) -> Iterator[LoadResult | InputError]:
        """Load each input with its registered loader and yield its result or its error, so a batch
        goes on past a bad file. With `strict`, nothing is committed unless every input loads: the
        whole batch lands in one transaction, or `BatchError` is raised and the store is unchanged.
        With `jobs` > 1, that many processes read and extract (`migkg.loaders.read.read_all`); this
        one writes, in input order, so the store ends as with one."""
        from migkg.loaders.read import read_all, start_worker_server

        self._writable()
        if jobs > 1:
            start_worker_server()  # its warm-up overlaps with reading the user reference data
        reads = read_all(
            inputs, jobs=jobs, loader_name=loader_name, reference=reference, user_reference=self.user_reference()
        )
        yield from self.write_reads(reads, strict=strict)

    def write_reads(self, reads: Iterable[Read], *, strict: bool = False) -> Iterator[LoadResult | InputError]:
        """The single writer: each input's finished Sources (or its `InputError`, passed on), in order;
        an input's sources land together or not at all. See `load_inputs`.

        Inputs whose sources are all new are gathered into batches (`_write_batch`, at most
        BATCH_TRIPLES triples or SNAPSHOT_EVERY seconds); the others are written one input per
        transaction, after the batch before them. Results come in input order all the same."""
        self._writable()
        self._load_started, self._snapshots_spent = time.monotonic(), 0.0
        pending: list[_Staged] = []
        failures: list[InputError] = []
        batch: list[tuple[str, list[Source]]] = []
        batch_graphs: set[URIRef] = set()
        batch_triples = 0
        batch_started = 0.0
        waiting: list[LoadResult | InputError] = []  # results of the batch's inputs and of those between

        def release() -> Iterator[LoadResult | InputError]:
            nonlocal batch, batch_graphs, batch_triples, waiting
            out = waiting
            if batch:
                results = iter(
                    self._write_batch(batch) if batch_triples >= BATCH_MIN_TRIPLES else self._write_few(batch)
                )
                merged: list[LoadResult | InputError] = []
                for item in out:
                    if item is not _IN_BATCH:
                        merged.append(item)
                        continue
                    written = next(results)
                    if isinstance(written, InputError):
                        failures.append(written)
                        merged.append(written)
                    else:
                        merged.extend(written)
                out = merged
            batch, batch_graphs, batch_triples, waiting = [], set(), 0, []
            yield from out

        try:
            for count, read in enumerate(reads, 1):
                if count % FLUSH_EVERY == 0:
                    self.ox.flush()  # RocksDB's write buffers otherwise grow with every article loaded
                if batch and (batch_triples >= BATCH_TRIPLES or time.monotonic() - batch_started >= SNAPSHOT_EVERY):
                    yield from release()
                self._snapshot(every=SNAPSHOT_EVERY)  # readers see what is committed so far
                if isinstance(read, InputError):
                    failures.append(read)
                    waiting.append(read)
                    continue
                sources = read
                if not strict and BATCH_TRIPLES and self._batchable(sources, batch_graphs):
                    if not batch:
                        batch_started = time.monotonic()
                    batch.append((sources[0].metadata.name if sources else "", sources))
                    batch_graphs.update(s.graph for s in sources)
                    batch_triples += sum(
                        len(s.facts) if not isinstance(s.facts, bytes) else s.facts.count(b"\n") for s in sources
                    )
                    waiting.append(_IN_BATCH)
                    continue
                yield from release()  # what came before is written first
                try:
                    if len(sources) == 1 and sources[0].rdf_format and not strict:
                        yield self._write_direct(sources[0])
                        continue
                    if not strict and self._all_new_or_unchanged(sources):
                        yield from self._write_new(sources)
                        continue
                    staged_or_done = self._stage_all(sources)
                except InputError as exc:
                    failures.append(exc)
                    yield exc
                    continue
                staged = [s for s in staged_or_done if isinstance(s, _Staged)]
                if strict:
                    pending.extend(staged)
                elif staged:
                    self._commit(staged)  # one input, one transaction, however many sources it holds
                for s in staged_or_done:
                    yield s.result if isinstance(s, _Staged) else s
            yield from release()
            if strict:
                if failures:
                    raise BatchError(failures, loaded=0)
                if pending:
                    self._commit(pending)
                pending = []
        finally:
            self._discard(pending)
            self._snapshot()

    def _batchable(self, sources: list[Source], batch_graphs: set[URIRef]) -> bool:
        """Whether an input can join the batch: articles' sources (not RDF files, not shards), none of
        them in the store or in the batch already."""
        return bool(sources) and all(
            s.rdf_format is None
            and s.nquads is None
            and s.graph not in batch_graphs
            and self._stored_hash(s.iri, s.graph) is None
            for s in sources
        )

    def _write_few(self, batch: list[tuple[str, list[Source]]]) -> list[list[LoadResult] | InputError]:
        """A batch too small for the bulk loader: one transaction per input, as `_write_new`."""
        out: list[list[LoadResult] | InputError] = []
        for _, sources in batch:
            try:
                out.append(self._write_new(sources))
            except InputError as exc:
                out.append(exc)
        return out

    # -- removal ------------------------------------------------------------------------------

    def remove_source(self, ident: str) -> SourceInfo:
        """Remove a source by its ID, IRI, URL or file name; raises `MigkgError` if none or several match."""
        self._writable()
        matches = [s for s in self.sources() if ident in (s.id, str(s.iri), s.url, s.name, str(s.graph))]
        if not matches:
            raise MigkgError(f"no source matches {ident!r} (see `migkg sources`)")
        if len(matches) > 1:
            raise MigkgError(f"{len(matches)} sources match {ident!r}; use the source ID")
        info = matches[0]
        if info.graph in (REFERENCE_GRAPH, ONTOLOGY_GRAPH):
            raise MigkgError(f"{ident}: the packaged ontology and reference data cannot be removed")
        self._drop([to_ox(info.graph)])
        self._snapshot()
        return info

    # -- reading ------------------------------------------------------------------------------

    def sources(self) -> list[SourceInfo]:
        rows = self.query(_SOURCES_QUERY)
        out = []
        for row in rows:
            iri = URIRef(row["src"].value)
            graph = URIRef(row["g"].value)
            out.append(
                SourceInfo(
                    id=str(iri).rsplit("/", 1)[-1],
                    iri=iri,
                    graph=graph,
                    name=_value(row["name"]) or "",
                    url=_value(row["url"]),
                    title=_value(row["title"]),
                    language=_value(row["lang"]),
                    kind=str(row["kind"].value).rsplit("#", 1)[-1],
                    triples=int(row["n"].value),
                )
            )
        return out

    def query(self, sparql: str, bindings: Mapping[str, Node] | None = None) -> Any:
        """Run SPARQL over the union of all graphs, a set: the default graph (named graphs stay
        reachable with GRAPH)."""
        subs = {ox.Variable(k): to_ox(v) for k, v in (bindings or {}).items()}
        try:
            return self.ox.query(sparql, prefixes=QUERY_PREFIXES, substitutions=subs)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {_first_line(exc)}") from exc
        except OSError as exc:
            raise QueryError(_first_line(exc)) from exc

    def __len__(self) -> int:
        """The quads of the named graphs (the union in the default graph is derived from them)."""
        return sum(1 for q in self.ox.quads_for_pattern(None, None, None, None) if q.graph_name != DEFAULT)

    def stats(self, lang: str | None = None) -> dict[str, Any]:
        """Counts; `class_labels` names each class in `lang` (default English, else any)."""
        from migkg.ontology.labels import language

        triples = int(next(iter(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value)
        per_class, class_labels = {}, {}
        wanted = {"lang": Literal(language(lang or "en"))}
        for row in self.query(_CLASS_COUNT_QUERY, wanted):
            per_class[curie(row["class"].value)] = int(row["n"].value)
            class_labels[curie(row["class"].value)] = row["label"].value[1:] if row["label"] else ""
        sources = [s for s in self.sources() if s.graph not in (REFERENCE_GRAPH, ONTOLOGY_GRAPH)]
        return {
            "store": str(self.path) if self.path else "(in memory)",
            "quads": triples,
            "sources": len(sources),
            "entities": per_class,
            "class_labels": class_labels,
        }


@dataclass(frozen=True)
class _PackagedGraph:
    """The ontology or the reference data as this version ships them."""

    iri: URIRef
    graph: URIRef
    label: str
    files: tuple[Any, ...]
    kind: URIRef
    materialised: bool = False  # superclass types and display labels added (migkg.ontology.closure)

    def chunks(self) -> list[bytes]:
        return [f.read_bytes() for f in self.files]

    def digest(self) -> str:
        """The materialised graph depends on the ontology too, so its bytes and the closure's
        version are part of the hash."""
        extra = [closure.ontology_bytes(), closure.CLOSURE_VERSION.encode()] if self.materialised else []
        return iris.content_hash(b"\n".join(self.chunks() + extra))

    def source(self) -> Source:
        meta = SourceMetadata(
            kind=self.kind,
            name=", ".join(f.name for f in self.files),
            content_hash=self.digest(),
            loader_version=f"migkg {_package_version()}",
        )
        facts = _canonical_graph(self.chunks(), self.graph)
        if self.materialised:
            closure.materialise(facts)
        return Source(iri=self.iri, graph=self.graph, metadata=meta, facts=facts)


def _packaged_graphs() -> list[_PackagedGraph]:
    ontology_dir = resources.files("migkg.ontology")
    ref_files = sorted(
        (f for f in (ontology_dir / "reference").iterdir() if f.name.endswith(".ttl")), key=lambda f: f.name
    )
    return [
        _PackagedGraph(
            ID["source/ontology"], ONTOLOGY_GRAPH, "ontology", (ontology_dir / "migkg.ttl",), MKG.RDFDocument
        ),
        _PackagedGraph(
            ID["source/reference"], REFERENCE_GRAPH, "reference data", tuple(ref_files), MKG.ReferenceData, True
        ),
    ]


def packaged_sources() -> list[Source]:
    """The ontology and the reference data as the sources every store holds (`ensure_reference`),
    which migkg's queries read: a triple store given shards needs them too (`reference_nquads`)."""
    return [shipped.source() for shipped in _packaged_graphs()]


def _version_of(written_by: str | None) -> Any:
    """The version in `migkg X.Y.Z`, comparable; None when there is none or it does not parse."""
    from packaging.version import InvalidVersion, Version

    if not written_by or not written_by.startswith("migkg "):
        return None
    try:
        return Version(written_by.removeprefix("migkg "))
    except InvalidVersion:
        return None


def read_format(path: Path) -> str | None:
    """The migkg version that last wrote the store at `path` (None when it has no FORMAT_FILE: new,
    or written before the file existed, which is format 1). `StoreError` when its format is newer
    than this migkg reads, or unknown."""
    file = path / FORMAT_FILE
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"{file}: cannot read ({exc.strerror or exc})") from exc
    try:
        record = json.loads(text)
        fmt, written_by = record["format"], str(record.get("written_by") or "another migkg")
    except (ValueError, TypeError, KeyError):
        raise StoreError(
            f"{path}: unknown store format ({FORMAT_FILE} is not what migkg writes); "
            f"migkg {_package_version()} reads store format {STORE_FORMAT}"
        ) from None
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
        raise StoreError(
            f"{path}: unknown store format {fmt!r}; migkg {_package_version()} reads format {STORE_FORMAT}"
        )
    if fmt > STORE_FORMAT:
        raise StoreError(
            f"{path} was written by {written_by} in store format {fmt}; migkg {_package_version()} reads "
            f"format {STORE_FORMAT} at most: upgrade migkg (pip install -U migkg) to open it"
        )
    return written_by


def write_format(path: Path, written_by: str) -> None:
    """Record the store's format and the version writing it, atomically."""
    tmp = path / f".{FORMAT_FILE}.{os.getpid()}"
    tmp.write_text(json.dumps({"format": STORE_FORMAT, "written_by": written_by}) + "\n", encoding="utf-8")
    os.replace(tmp, path / FORMAT_FILE)


def _value(term: Any) -> str | None:
    return None if term is None else term.value


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _syntax_problem(source: Source, exc: SyntaxError) -> str:
    """What is wrong with an RDF input, in one line."""
    text = _first_line(exc)
    if "LoadDocumentCallback" in text:  # Oxigraph's JSON-LD parser met a remote @context
        return (
            "its JSON-LD @context is a remote context, which migkg does not fetch (no network access at "
            "run time): put the context in the file"
        )
    return f"not valid {_format_label(source)}: {text}"


def _format_label(source: Source) -> str:
    return (source.rdf_format or "RDF").replace("_", "-").title().replace("Rdf-Xml", "RDF/XML")


def _package_version() -> str:
    from migkg import __version__

    return __version__


_SOURCES_QUERY = """
SELECT ?src ?g ?kind ?name ?url ?title ?lang (COUNT(*) AS ?n) WHERE {
  GRAPH ?g {
    ?src a mkg:SourceDocument ; mkg:contentHash ?hash .
    ?src a ?kind . FILTER(?kind != mkg:SourceDocument && STRSTARTS(STR(?kind), STR(mkg:)))
    OPTIONAL { ?src dcterms:identifier ?name }
    OPTIONAL { ?src schema:url ?url }
    OPTIONAL { ?src dcterms:title ?title }
    OPTIONAL { ?src dcterms:language ?lang }
  }
  # The most specific kind: superclass types are stated too (a ReferenceData is an RDFDocument).
  FILTER NOT EXISTS { GRAPH ?g { ?src a ?narrower } FILTER(?narrower != ?kind) ?narrower rdfs:subClassOf+ ?kind }
  GRAPH ?g { ?s ?p ?o }
}
GROUP BY ?src ?g ?kind ?name ?url ?title ?lang
ORDER BY ?name ?src
"""

# Superclass types are stated (migkg.ontology.closure), so mkg:Organisation counts every organisation.
# The class's label: in ?lang, else English, else any (a rank digit then the text; smallest wins).
_CLASS_COUNT_QUERY = """
SELECT ?lang ?class (COUNT(DISTINCT ?s) AS ?n) (MIN(?key) AS ?label) WHERE {
  ?s a ?class . FILTER(STRSTARTS(STR(?class), STR(mkg:)))
  OPTIONAL {
    ?class rdfs:label ?l .
    BIND(CONCAT(IF(LANGMATCHES(LANG(?l), ?lang), "0", IF(LANGMATCHES(LANG(?l), "en"), "1", "2")), STR(?l)) AS ?key)
  }
}
GROUP BY ?lang ?class ORDER BY ?class
"""
