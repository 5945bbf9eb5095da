"""`migkg serve`, run as a user runs it, and asked with a real HTTP client."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from remote_servers import REPO

from migkg.graph.remote.serve import ServeOptions, start
from migkg.graph.store import GraphStore

FUNDS = "SELECT ?fund WHERE { ?fund a mkg:Fund } ORDER BY ?fund"
# Three scans of the store joined with each other: far more than the timeout allows.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def local_funds(store: Path) -> list[str]:
    with GraphStore(store, read_only=True) as s:
        return [row["fund"].value for row in s.query(FUNDS)]


class Running:
    def __init__(self, store: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        command = [sys.executable, "-m", "migkg.cli", "--store", str(store), "serve", "--port", "0", *args]
        self.process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env)
        line = self.process.stderr.readline()
        match = re.search(r"at (http://[^/ ]+/) ", line)
        if not match:
            self.stop()
            pytest.fail(f"migkg serve did not start: {line}{self.process.stderr.read()}")
        self.banner = line
        self.url = match.group(1)
        self.query = self.url + "query"

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)


@pytest.fixture(scope="module")
def served(seed_store: Path) -> Iterator[Running]:
    running = Running(seed_store, "--timeout", "2", "--max-rows", "3")
    yield running
    running.stop()


@pytest.fixture(scope="module")
def served_uncapped(seed_store: Path) -> Iterator[Running]:
    running = Running(seed_store, "--max-rows", "100000")
    yield running
    running.stop()


def test_get_and_post_give_the_rows_of_the_store(served_uncapped: Running, seed_store: Path) -> None:
    expected = local_funds(seed_store)
    assert len(expected) > 3  # AMIF, its programmes, BMVI, ISF... from the reference data
    get = requests.get(served_uncapped.query, params={"query": FUNDS}, timeout=30)
    post_form = requests.post(served_uncapped.query, data={"query": FUNDS}, timeout=30)
    post_body = requests.post(
        served_uncapped.query, data=FUNDS.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=30
    )
    for response in (get, post_form, post_body):
        assert response.status_code == 200, response.text
        assert response.headers["Content-Type"].startswith("application/sparql-results+json")
        data = response.json()
        assert data["head"]["vars"] == ["fund"]
        assert [b["fund"]["value"] for b in data["results"]["bindings"]] == expected
        assert all(b["fund"]["type"] == "uri" for b in data["results"]["bindings"])


def test_content_negotiation(served_uncapped: Running, seed_store: Path) -> None:
    expected = local_funds(seed_store)

    def ask(accept: str) -> requests.Response:
        response = requests.post(served_uncapped.query, data={"query": FUNDS}, headers={"Accept": accept}, timeout=30)
        assert response.status_code == 200, response.text
        return response

    csv_answer = ask("text/csv")
    assert csv_answer.headers["Content-Type"].startswith("text/csv")
    assert [r["fund"] for r in csv.DictReader(io.StringIO(csv_answer.text))] == expected

    tsv_answer = ask("text/tab-separated-values")
    assert tsv_answer.headers["Content-Type"].startswith("text/tab-separated-values")
    assert tsv_answer.text.splitlines() == ["?fund"] + [f"<{f}>" for f in expected]

    xml_answer = ask("application/sparql-results+xml")
    assert xml_answer.headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(xml_answer.content)
    assert [u.text for u in root.findall(".//r:result/r:binding/r:uri", ns)] == expected

    # Preferences by q-value; something no format fits is refused.
    assert ask("text/csv;q=0.5, text/tab-separated-values").headers["Content-Type"].startswith("text/tab")
    refused = requests.post(served_uncapped.query, data={"query": FUNDS}, headers={"Accept": "image/png"}, timeout=30)
    assert refused.status_code == 406


def test_updates_are_refused_by_default(served: Running) -> None:
    insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:p> <urn:test:b> } }"
    for url in (served.url + "update", served.query):
        response = requests.post(url, data={"update": insert}, timeout=30)
        assert response.status_code == 403
        assert "read-only" in response.text
    ask = requests.get(served.query, params={"query": "ASK { <urn:test:a> ?p ?o }"}, timeout=30)
    assert ask.json()["boolean"] is False


def test_updates_with_allow_update(seed_store: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    running = Running(store, "--allow-update")
    try:
        insert = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:p> <urn:test:b> } }"
        response = requests.post(running.url + "update", data={"update": insert}, timeout=30)
        assert response.status_code == 204, response.text
        # Seen in its graph and in the default graph, the union of all graphs, as for `migkg query`.
        # (both asked until the deadline: under load the server may answer one before the other sees the update)
        graph = "ASK { GRAPH <urn:test:g> { <urn:test:a> <urn:test:p> <urn:test:b> } }"
        deadline = time.monotonic() + 10
        while True:
            union = requests.get(running.query, params={"query": "ASK { <urn:test:a> <urn:test:p> ?o }"}, timeout=30)
            named = requests.get(running.query, params={"query": graph}, timeout=30)
            if (union.json()["boolean"] and named.json()["boolean"]) or time.monotonic() > deadline:
                break
            time.sleep(0.3)
        assert union.json()["boolean"] is True
        assert named.json()["boolean"] is True
    finally:
        running.stop()
    with GraphStore(store, read_only=True) as s:
        assert bool(s.query("ASK { GRAPH <urn:test:g> { <urn:test:a> <urn:test:p> <urn:test:b> } }"))


def test_service_is_refused(served: Running) -> None:
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    response = requests.post(served.query, data={"query": query}, timeout=30)
    assert response.status_code == 403
    assert "SERVICE" in response.text
    # A variable named ?service is no SERVICE call.
    fine = requests.post(served.query, data={"query": "SELECT ?service WHERE { ?service a mkg:Fund } LIMIT 1"})
    assert fine.status_code == 200


def test_a_long_query_times_out_and_the_server_goes_on(served: Running) -> None:
    started = time.monotonic()
    response = requests.post(served.query, data={"query": SLOW}, timeout=60)
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "2 s" in response.text
    assert elapsed < 15
    after = requests.get(served.query, params={"query": "ASK { ?s a mkg:Fund }"}, timeout=30)
    assert after.status_code == 200 and after.json()["boolean"] is True


def test_results_are_capped(served: Running, seed_store: Path) -> None:
    expected = local_funds(seed_store)
    response = requests.get(served.query, params={"query": FUNDS}, timeout=30)
    assert response.status_code == 200
    assert [b["fund"]["value"] for b in response.json()["results"]["bindings"]] == expected[:3]
    assert response.headers["X-SPARQL-MaxRows"] == "3"
    small = requests.get(served.query, params={"query": FUNDS + " LIMIT 2"}, timeout=30)
    assert "X-SPARQL-MaxRows" not in small.headers


def test_bound_to_loopback_by_default(served: Running, seed_store: Path) -> None:
    assert served.url.startswith("http://127.0.0.1:")
    server = start(ServeOptions(store=seed_store, port=0, workers=1))
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.close()


def test_the_query_page_is_served_and_works_offline(served: Running) -> None:
    page = requests.get(served.url, timeout=30)
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert "<textarea" in page.text and "fetch(" in page.text
    assert not re.search(r"https?://", page.text), "the page must reference nothing on the network"
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    names = [q["name"] for q in requests.get(served.url + "queries.json", timeout=30).json()]
    assert "who-funded-what" in names


def test_invalid_sparql_is_a_400(served: Running) -> None:
    response = requests.get(served.query, params={"query": "SELECT WHERE {"}, timeout=30)
    assert response.status_code == 400
    assert "invalid SPARQL" in response.text


def test_serves_while_a_load_runs_and_then_what_it_loaded(seed_store: Path, tmp_path: Path) -> None:
    """The server holds no lock: `migkg load` writes the same store meanwhile, and what it committed
    is served within a few seconds."""
    store = tmp_path / "store"
    shutil.copytree(seed_store, store)
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix mkg: <https://w3id.org/migkg/ontology#> .\n"
        '<https://example.org/p1> a mkg:Project ; <http://www.w3.org/2000/01/rdf-schema#label> "Served later"@en .\n',
        encoding="utf-8",
    )
    ask = 'ASK { ?p a mkg:Project ; rdfs:label "Served later"@en }'
    running = Running(store)
    try:
        assert requests.get(running.query, params={"query": ask}, timeout=30).json()["boolean"] is False
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        load = subprocess.run(
            [sys.executable, "-m", "migkg.cli", "--store", str(store), "load", "-q", str(extra)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert load.returncode == 0, load.stderr
        deadline = time.monotonic() + 15
        seen = False
        while not seen and time.monotonic() < deadline:
            seen = requests.get(running.query, params={"query": ask}, timeout=30).json()["boolean"]
            time.sleep(0.3)
        assert seen
    finally:
        running.stop()
