"""No network at run time: every loader, the extractor, export, view, query, validate and the network
commands run with sockets blocked, on inputs that name remote things (links, images, canonical URLs, a
remote JSON-LD @context, an RDF/XML external entity, owl:imports), and nothing tries to connect."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile import count

from migkg.cli import main

ARTICLE = "Le projet Accueil est financé par le FAMI et mis en œuvre par Fedasil entre 2022 et 2024."
REMOTE = "http://203.0.113.7/"  # TEST-NET-3: never routable, so a real attempt could not succeed either

INPUTS = {
    "article.txt": f"URL: {REMOTE}news/1\nTITLE: Accueil\n---\n{ARTICLE}\n",
    "page.html": (
        f'<!doctype html><html lang="fr"><head><title>Accueil</title><link rel="canonical" href="{REMOTE}page">'
        f'<link rel="stylesheet" href="{REMOTE}style.css"><script src="{REMOTE}x.js"></script>'
        f'<meta http-equiv="refresh" content="0; url={REMOTE}"></head><body><article><p>{ARTICLE}</p>'
        f'<img src="{REMOTE}img.png"><iframe src="{REMOTE}frame"></iframe><a href="{REMOTE}more">plus</a>'
        "</article></body></html>"
    ),
    "records.jsonl": json.dumps({"text": ARTICLE, "url": f"{REMOTE}rec/1", "source": f"{REMOTE}rec"}) + "\n",
    "record.json": json.dumps({"raw_text": ARTICLE, "url": f"{REMOTE}rec/2"}),
    "data.ttl": (
        f"@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<{REMOTE}onto> owl:imports <{REMOTE}other.ttl> .\n"
        f'<{REMOTE}p> <http://www.w3.org/2000/01/rdf-schema#label> "p" .\n'
    ),
    "data.rdf": (
        f'<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [<!ENTITY ext SYSTEM "{REMOTE}entity.xml">]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">'
        f'<rdf:Description rdf:about="{REMOTE}q"><rdfs:label>&ext;</rdfs:label></rdf:Description></rdf:RDF>\n'
    ),
    "remote-context.jsonld": json.dumps({"@context": f"{REMOTE}context.jsonld", "@id": f"{REMOTE}a", "name": "x"}),
    "local.jsonld": json.dumps(
        {"@context": {"label": "http://www.w3.org/2000/01/rdf-schema#label"}, "@id": f"{REMOTE}b", "label": "b"}
    ),
}


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Block every way out: connecting a socket (TCP, UDP, Unix), resolving a name. Each attempt is
    recorded and fails."""
    attempts: list[str] = []

    def refuse(what: str):
        def blocked(*args: object, **kwargs: object) -> None:
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise OSError(f"network blocked by the test: {what}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


def test_the_blocker_blocks(no_network: list[str]) -> None:
    # The test would prove nothing if the blocker let urllib through.
    import urllib.request

    with pytest.raises(OSError):
        urllib.request.urlopen(f"{REMOTE}x", timeout=1)
    assert no_network


def test_every_command_runs_offline(tmp_path: Path, no_network: list[str]) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    for name, text in INPUTS.items():
        (inputs / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    runner = CliRunner()

    def run(*args: str) -> object:
        result = runner.invoke(main, ["--store", str(store), *args], catch_exceptions=False)
        count("offline commands")
        return result

    loaded = run("load", "-q", str(inputs))
    count("offline inputs", len(INPUTS))
    # The remote @context is not fetched, nor the external entity: those files fail, each on one line.
    assert loaded.exit_code == 1
    context_line, entity_line = sorted(loaded.stderr.splitlines(), reverse=True)
    assert context_line == (
        f"migkg: {inputs / 'remote-context.jsonld'}: its JSON-LD @context is a remote context, which migkg "
        "does not fetch (no network access at run time): put the context in the file"
    )
    assert entity_line.startswith(f"migkg: {inputs / 'data.rdf'}: not valid RDF/XML: <!ENTITY")
    names = run("sources").stdout
    for name in ("data.ttl", "local.jsonld"):
        assert name in names, names  # the RDF files, by file name
    assert names.count(REMOTE) >= 3  # the articles, by their URL (never visited)
    for fmt in ("turtle", "nt", "trig", "nquads", "jsonld"):
        assert run("export", "--format", fmt, "-o", str(tmp_path / f"out.{fmt}")).exit_code == 0
    assert run("query", "who-funded-what", "--format", "csv").exit_code == 0
    assert run("explain", "Fedasil").exit_code == 0
    assert run("stats").exit_code == 0
    assert run("network", "stats").exit_code == 0
    assert run("network", "export", "--format", "json", "-o", str(tmp_path / "net.json")).exit_code == 0
    assert run("view", "-o", str(tmp_path / "view.html")).exit_code == 0
    assert run("validate").exit_code in (0, 1)  # violations are allowed here; connections are not
    assert no_network == []
