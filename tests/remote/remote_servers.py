"""Real servers on 127.0.0.1 for the remote tests, started once per session: an Oxigraph server, a
Virtuoso 7, and a store with the example article loaded. A missing binary skips its tests on a
user's machine, and fails them when CI is set (CI must really run them)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from migkg.api import expand_inputs, load_items
from migkg.graph.store import GraphStore

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "examples" / "seed-article-fr.txt"
VIRTUOSO_VSP = Path("/var/lib/virtuoso-opensource-7/vsp")


def need(binary: str, how: str) -> str:
    path = shutil.which(binary)
    if path is None:
        message = f"{binary} is not installed ({how})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float, log: Path) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server stopped (exit {process.returncode}): {log.read_text(errors='replace')[-2000:]}")
        try:
            requests.get(url, params={"query": "ASK {}"}, timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.3)
    pytest.fail(f"no answer from {url} within {seconds:g} s: {log.read_text(errors='replace')[-2000:]}")


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


@dataclass(frozen=True)
class Server:
    name: str
    endpoint: str  # SPARQL queries
    graph_store: str
    user: str | None = None
    password: str | None = None

    def auth_args(self) -> list[str]:
        return ["--user", self.user, "--password", self.password or ""] if self.user else []


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store on disk holding the example article (closed: open it read-only, or copy it)."""
    path = tmp_path_factory.mktemp("remote") / "store"
    with GraphStore(path) as store:
        results = list(load_items(store, expand_inputs([SEED])))
    assert all(not isinstance(r, Exception) for r in results), results
    return path


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    binary = need("oxigraph", "pip install oxigraph")
    folder = tmp_path_factory.mktemp("oxigraph")
    port = free_port()
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, "serve", "--location", str(folder / "data"), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(f"http://127.0.0.1:{port}/query", process, 30, log)
        yield Server("oxigraph", f"http://127.0.0.1:{port}/query", f"http://127.0.0.1:{port}/store")
    finally:
        stop(process)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
DirsAllowed = {dirs}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {vsp}
ServerThreads = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


@dataclass(frozen=True)
class Virtuoso:
    server: Server
    sql_port: int  # for isql-vt, on 127.0.0.1


@contextmanager
def start_virtuoso(folder: Path, dirs_allowed: Sequence[Path] = ()) -> Iterator[Virtuoso]:
    """A Virtuoso 7 with its database in `folder`, on 127.0.0.1; its bulk loader may read `dirs_allowed`."""
    binary = need("virtuoso-t", "apt-get install virtuoso-opensource")
    http_port, sql_port = free_port(), free_port()
    vsp = VIRTUOSO_VSP if VIRTUOSO_VSP.is_dir() else folder
    dirs = ", ".join([".", *(str(d) for d in dirs_allowed)])
    ini = folder / "virtuoso.ini"
    ini.write_text(
        VIRTUOSO_INI.format(d=folder, sql_port=sql_port, http_port=http_port, vsp=vsp, dirs=dirs), encoding="utf-8"
    )
    log = folder / "server.log"
    with log.open("wb") as out:
        command = [binary, "-c", str(ini), "+foreground"]
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=folder)
    try:
        wait_for(f"http://127.0.0.1:{http_port}/sparql", process, 120, log)
        base = f"http://127.0.0.1:{http_port}"
        yield Virtuoso(Server("virtuoso", f"{base}/sparql", f"{base}/sparql-graph-crud-auth", "dba", "dba"), sql_port)
    finally:
        stop(process)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with start_virtuoso(tmp_path_factory.mktemp("virtuoso")) as virtuoso:
        yield virtuoso.server


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest) -> Server:
    return request.getfixturevalue(f"{request.param}_server")


def migkg(store: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """The `migkg` command, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "migkg.cli", "--store", str(store), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
