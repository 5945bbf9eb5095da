"""`migkg serve`: a SPARQL 1.1 Protocol endpoint over a migkg store, with a query page that works
offline.

- `GET /` is the query page (no script, style or font from elsewhere); `GET /queries.json` lists the
  named queries it offers.
- `GET /query?query=...`, `POST /query` (a form with `query=`, or an `application/sparql-query` body):
  results as JSON, XML, CSV or TSV (CONSTRUCT: Turtle, N-Triples or RDF/XML) by the `Accept` header,
  or a `format=` parameter. `default-graph-uri` and `named-graph-uri` are honoured; the default graph is
  the store's union of all sources, as for `migkg query`, and migkg's prefixes need no declaring.
- `POST /update` (a form with `update=`, or an `application/sparql-update` body): refused (403) unless
  the server was started with `allow_update`.

Safe by default: bound to 127.0.0.1; the store opened read-only (a load may run meanwhile: each worker
sees the last committed state, looked at again at most once a second); `SERVICE` (a query that makes
the server fetch from another host) refused unless `allow_service`; each query runs in a worker
process that is killed after `timeout` seconds (answer 503); at most `max_rows` rows or triples are
sent (header `X-SPARQL-MaxRows` when some were left out).
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import queue
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from migkg.errors import MigkgError, StoreError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_TIMEOUT = 30.0  # seconds per query
DEFAULT_MAX_ROWS = 10_000
DEFAULT_WORKERS = 2
MAX_BODY = 10 * 1024 * 1024  # bytes of a POST
REFRESH_EVERY = 1.0  # seconds between two looks at whether the store changed
STARTUP = 120.0  # seconds a worker may take to open the store

# Result media types: for SELECT and ASK, and for CONSTRUCT and DESCRIBE.
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_FORMAT_PARAM = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "rdfxml": "application/rdf+xml",
}
_SOLUTION_CONTENT = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}


@dataclass(frozen=True)
class ServeOptions:
    store: Path
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    allow_update: bool = False
    allow_service: bool = False
    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    workers: int = DEFAULT_WORKERS


@dataclass
class Answer:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] | None = None


def _text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


# -- SPARQL text --------------------------------------------------------------------------------

_STRIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*',
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """Whether the text calls `SERVICE` (outside strings, IRIs and comments; `?service` is a variable)."""
    return _SERVICE.search(_STRIP.sub(" ", sparql)) is not None


def negotiate(accept: str | None, format_param: str | None = None) -> list[str]:
    """The media types the client takes, best first (`format=` wins over `Accept`); `*/*` is `[]`."""
    if format_param:
        media = _FORMAT_PARAM.get(format_param.lower(), format_param.lower())
        return [media]
    ranked = []
    for i, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                with contextlib.suppress(ValueError):
                    q = float(f[2:])
        if media and q > 0:
            ranked.append((-q, i, media))
    media_types = [m for _, _, m in sorted(ranked)]
    return [] if not media_types or media_types[0] in ("*/*", "application/*", "text/*") else media_types


# -- results, capped ------------------------------------------------------------------------------


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_cell(term: Any) -> str:
    if term is None:
        return ""
    text = f"_:{term.value}" if isinstance(term, ox.BlankNode) else str(term.value)
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _tsv_cell(term: Any) -> str:
    return "" if term is None else str(term).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def serialize_solutions(variables: list[str], rows: list[list[Any]], fmt: str) -> bytes:
    """SELECT results in the W3C JSON, XML, CSV or TSV results format."""
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}).encode("utf-8")
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
        results = []
        for row in rows:
            cells = "".join(
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            results.append(f"<result>{cells}</result>")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head><results>{''.join(results)}</results></sparql>\n"
        ).encode()
    if fmt == "csv":
        lines = [",".join(variables)] + [",".join(_csv_cell(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    lines = ["\t".join("?" + v for v in variables)] + ["\t".join(_tsv_cell(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def answer_query(store: ox.Store, job: dict[str, Any]) -> Answer:
    """Run one query over `store` and serialize at most `max_rows` rows (or triples)."""
    kwargs: dict[str, Any] = {"prefixes": job["prefixes"]}
    if job["default"]:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job["default"]]
    if job["named"]:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job["named"]]
    try:
        result = store.query(job["query"], **kwargs)
        accepted, cap = job["accept"], job["max_rows"]
        if isinstance(result, ox.QueryTriples):
            media = next((m for m in accepted if m in GRAPH_TYPES), None if accepted else "text/turtle")
            if media is None:
                return _text(406, "a CONSTRUCT or DESCRIBE gives RDF: ask for " + ", ".join(GRAPH_TYPES))
            triples = list(_take(result, cap + 1))
            body = ox.serialize(triples[:cap], format=GRAPH_TYPES[media], prefixes=job["prefixes"])
            return Answer(200, media + "; charset=utf-8", body, _cap_header(len(triples), cap))
        fmt = next((SOLUTION_TYPES[m] for m in accepted if m in SOLUTION_TYPES), None if accepted else "json")
        if fmt is None:
            return _text(406, "query results come as " + ", ".join(SOLUTION_TYPES))
        if isinstance(result, ox.QueryBoolean):
            if fmt in ("csv", "tsv"):
                return Answer(200, _SOLUTION_CONTENT[fmt], f"{'true' if result else 'false'}\n".encode())
            format_ = ox.QueryResultsFormat.JSON if fmt == "json" else ox.QueryResultsFormat.XML
            return Answer(200, _SOLUTION_CONTENT[fmt], result.serialize(format=format_))
        variables = [v.value for v in result.variables]
        rows = [[sol[v] for v in variables] for sol in _take(result, cap + 1)]
        body = serialize_solutions(variables, rows[:cap], fmt)
        return Answer(200, _SOLUTION_CONTENT[fmt], body, _cap_header(len(rows), cap))
    except SyntaxError as exc:
        return _text(400, f"invalid SPARQL: {exc}")
    except OSError as exc:
        return _text(500, f"the query failed: {exc}")


def _take(results: Any, n: int) -> Any:
    for i, item in enumerate(results):
        if i >= n:
            return
        yield item


def _cap_header(count: int, cap: int) -> dict[str, str] | None:
    return {"X-SPARQL-MaxRows": str(cap)} if count > cap else None


# -- workers: one query at a time each, killed on timeout -----------------------------------------


def _store_state(path: Path) -> tuple[Any, ...]:
    """Changes when the store's committed state may have: its newest snapshot, its files' times."""
    from migkg.graph import lock

    try:
        snaps = sorted(n for n in os.listdir(path / lock.SNAPSHOTS) if n.isdigit())
    except OSError:  # none yet, or the last reader's just removed
        snaps = []
    stamps = []
    for entry in os.scandir(path):
        if entry.name in ("CURRENT",) or entry.name.endswith((".log", ".sst")) or entry.name.startswith("MANIFEST"):
            with contextlib.suppress(OSError):
                stamps.append((entry.name, entry.stat().st_mtime_ns, entry.stat().st_size))
    return (snaps[-1] if snaps else None, tuple(sorted(stamps)))


def _open(path: Path, attempts: int = 5) -> Any:
    """The store's last committed state, for reading. Retried: two readers opening and closing
    private checkpoints at once can remove the folder from under each other."""
    from migkg.graph import lock

    for attempt in range(attempts):
        try:
            return lock.open_for_reading(path)
        except (OSError, StoreError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


def _worker_main(conn: Any, path: str) -> None:
    """A worker: opens the store for reading and answers jobs until its pipe closes."""
    store_path = Path(path)
    try:
        reading = _open(store_path)
    except (OSError, StoreError) as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", ""))
    state, looked = _store_state(store_path), time.monotonic()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            break
        if time.monotonic() - looked >= REFRESH_EVERY:
            now = _store_state(store_path)
            looked = time.monotonic()
            if now != state:
                try:
                    fresh = _open(store_path, attempts=2)
                except (OSError, StoreError):
                    fresh = None  # a writer that has not made its state readable yet: ask again later
                if fresh is not None:
                    reading.close()
                    reading, state = fresh, _store_state(store_path)
        answer = answer_query(reading.store, job)
        conn.send((answer.status, answer.content_type, answer.body, answer.headers))
    reading.close()


class _Worker:
    def __init__(self, path: Path) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_worker_main, args=(child, str(path)), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, seconds: float = STARTUP) -> None:
        """Until the worker has opened the store (not counted in any query's time)."""
        if not self.conn.poll(seconds):
            self.stop()
            raise StoreError(f"a query worker did not start within {seconds:g} s")
        state, message = self.conn.recv()
        if state != "ready":
            self.stop()
            raise StoreError(f"a query worker cannot open the store: {message}")

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.close()
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)


class WorkerPool:
    """`size` worker processes; a query that outlives `timeout` costs its worker (killed, replaced)."""

    def __init__(self, path: Path, size: int, timeout: float) -> None:
        self.path, self.timeout = path, timeout
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        workers = [_Worker(self.path) for _ in range(size)]
        self._all.update(workers)
        try:
            for worker in workers:
                worker.wait_ready()
        except StoreError:
            self.close()
            raise
        for worker in workers:
            self.idle.put(worker)

    def _add(self) -> None:
        """A new worker, in the background: the request that lost one is answered at once."""

        def start() -> None:
            worker = _Worker(self.path)
            with self._lock:
                self._all.add(worker)
            try:
                worker.wait_ready()
            except StoreError:
                with self._lock:
                    self._all.discard(worker)
                return
            self.idle.put(worker)

        threading.Thread(target=start, daemon=True).start()

    def run(self, job: dict[str, Any]) -> Answer:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return _text(503, f"busy: no worker was free within {self.timeout:g} s; try again")
        deadline = time.monotonic() + self.timeout
        try:
            worker.conn.send(job)
            while not worker.conn.poll(0.05):
                if not worker.process.is_alive() or time.monotonic() > deadline:
                    raise TimeoutError
            status, content_type, body, headers = worker.conn.recv()
        except (TimeoutError, EOFError, OSError):
            self._retire(worker)
            self._add()
            if time.monotonic() > deadline:
                return _text(503, f"the query ran longer than the {self.timeout:g} s allowed, and was stopped")
            return _text(500, "the query stopped its worker (out of memory?)")
        self.idle.put(worker)
        return Answer(status, content_type, body, headers)

    def _retire(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._all.discard(worker)

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.stop()


# -- the server ------------------------------------------------------------------------------------


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; `serve_forever()` runs it, `shutdown()` then `close()` stops it."""

    daemon_threads = True

    def __init__(self, options: ServeOptions) -> None:
        from migkg.graph.store import GraphStore
        from migkg.ontology.vocab import QUERY_PREFIXES

        self.options = options
        self.prefixes = dict(QUERY_PREFIXES)
        self.page = resources.files("migkg.graph.remote").joinpath("page.html").read_bytes()
        # The store must exist and carry migkg's data before the workers open it; with updates allowed
        # this process is its writer (loads wait), and each update is followed by a snapshot readers see.
        self.writer: GraphStore | None = None
        self.update_lock = threading.Lock()
        if options.allow_update:
            self.writer = GraphStore(options.store)
        else:
            GraphStore(options.store, read_only=True).close()
        try:
            super().__init__((options.host, options.port), _Handler)
        except OSError as exc:
            self._close_writer()
            raise MigkgError(f"cannot listen on {options.host}:{options.port} ({exc.strerror or exc})") from exc
        try:
            self.pool = WorkerPool(options.store, max(1, options.workers), options.timeout)
        except BaseException:
            self.server_close()
            self._close_writer()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def close(self) -> None:
        self.server_close()
        self.pool.close()
        self._close_writer()

    def _close_writer(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None

    def named_queries(self) -> bytes:
        from migkg.queries.catalog import list_queries

        items = [{"name": q.name, "title": q.title, "text": q.text} for q in list_queries()]
        return json.dumps(items).encode("utf-8")

    def update(self, text: str) -> Answer:
        if self.writer is None:
            return _text(403, "updates are refused: this endpoint is read-only (start it with --allow-update)")
        if not self.options.allow_service and uses_service(text):
            return _text(403, "SERVICE is refused: this endpoint does not fetch from other hosts")
        from migkg.graph import lock
        from migkg.graph.store import STAGING_PREFIX

        # The default graph is the union of the named graphs: rebuilt in the same transaction.
        rebuild = (
            "DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
            f'FILTER(!STRSTARTS(STR(?g), "{STAGING_PREFIX}")) }}'
        )
        with self.update_lock:
            try:
                self.writer.ox.update(f"{text}\n;\n{rebuild}", prefixes=self.prefixes)
            except SyntaxError as exc:
                return _text(400, f"invalid SPARQL update: {exc}")
            except OSError as exc:
                return _text(500, f"the update failed: {exc}")
            self.writer.ox.flush()
            lock.snapshot(self.writer.ox, self.options.store)
        return Answer(204, "text/plain", b"")


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "migkg"
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the CLI says where it listens; access logs are not this tool's job

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        if url.path in ("/", "/index.html"):
            self._send(Answer(200, "text/html; charset=utf-8", self.server.page))
        elif url.path == "/queries.json":
            self._send(Answer(200, "application/json", self.server.named_queries()))
        elif url.path in ("/query", "/sparql"):
            if "query" not in params:
                self._send(_text(400, "give the query as ?query=..."))
                return
            self._query(params["query"][0], params)
        elif url.path == "/update":
            self._send(_text(405, "an update is a POST"))
        else:
            self._send(_text(404, "not found: the query page is /, the endpoint /query"))

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._send(_text(413, f"give a Content-Length of at most {MAX_BODY} bytes"))
            self.close_connection = True
            return
        raw = self.rfile.read(length) if length else b""
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError:
            self._send(_text(400, "the request body is not UTF-8"))
            return
        if media == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            params["query"] = [body]
        elif media == "application/sparql-update":
            params["update"] = [body]
        if url.path not in ("/query", "/sparql", "/update"):
            self._send(_text(404, "not found: POST queries to /query, updates to /update"))
        elif "update" in params:
            self._send(self.server.update(params["update"][0]))
        elif "query" in params and url.path != "/update":
            self._query(params["query"][0], params)
        else:
            self._send(_text(400, "give a query (query=...) or an update (update=...)"))

    def _query(self, text: str, params: dict[str, list[str]]) -> None:
        options = self.server.options
        if not options.allow_service and uses_service(text):
            self._send(_text(403, "SERVICE is refused: this endpoint does not fetch from other hosts"))
            return
        accept = negotiate(self.headers.get("Accept"), (params.get("format") or [None])[0])
        job = {
            "query": text,
            "accept": accept,
            "default": params.get("default-graph-uri", []),
            "named": params.get("named-graph-uri", []),
            "prefixes": self.server.prefixes,
            "max_rows": options.max_rows,
        }
        try:
            for iri in job["default"] + job["named"]:
                ox.NamedNode(iri)
        except ValueError as exc:
            self._send(_text(400, f"not an IRI: {exc}"))
            return
        self._send(self.server.pool.run(job))

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if answer.content_type.startswith("text/html"):
            # The page's own inline script and style only: nothing from elsewhere, ever.
            self.send_header(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'unsafe-inline' 'self'; style-src 'unsafe-inline' 'self'",
            )
        for key, value in (answer.headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)


def start(options: ServeOptions) -> SparqlServer:
    """A started (not yet serving) server: call `serve_forever()`; `StoreError` if the store cannot be
    opened or the port is taken."""
    return SparqlServer(options)
