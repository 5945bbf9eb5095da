"""Bad documents: each is named in one clear error, and the store is left exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import dump_quads

from migkg.cli import main
from migkg.errors import InputError
from migkg.graph.store import GraphStore, LoadResult
from migkg.loaders.inputs import read_inputs

FR = "Le projet Passerelle, financé par le FAMI, est mené par l’asbl Exemple à Namur. Il aide des réfugiés."
NL = "Het project Brug wordt gefinancierd door het AMIF en geleid door de vzw Voorbeeld in Gent."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(tmp: Path) -> Path:
        path = tmp / name
        path.write_bytes(data)
        return path

    return make


def _huge(tmp: Path) -> Path:
    path = tmp / "huge.txt"
    with path.open("wb") as f:
        line = (FR + "\n").encode()
        for _ in range(20 * 1024 * 1024 // len(line) + 1):
            f.write(line)
    return path


def _jsonl_bad_line_3(tmp: Path) -> Path:
    path = tmp / "batch.jsonl"
    good = [json.dumps({"text": FR, "url": "https://exemple.be/1"}), json.dumps({"text": NL})]
    path.write_text("\n".join([*good, '{"text": "Brücke", ', json.dumps({"text": NL + " Zwei."})]), encoding="utf-8")
    return path


def _json_without_text(tmp: Path) -> Path:
    path = tmp / "batch.jsonl"
    records = [{"text": FR}, {"title": "Brug", "raw_text": "   "}, {"text": NL}]
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return path


# (case, make the file, expected error name suffix, expected problem)
BAD = [
    ("empty", _write("empty.txt", b""), "empty.txt", "empty document"),
    ("whitespace", _write("blank.md", b"  \n\t\r\n   \n"), "blank.md", "empty document"),
    ("header only", _write("header.txt", b"TITLE: Passerelle\n---\n\n"), "header.txt", "empty document"),
    ("png as txt", _write("picture.txt", PNG), "picture.txt", "binary data, not text"),
    ("png as html", _write("picture.html", PNG), "picture.html", "binary data, not text"),
    (
        "unclosed html",
        _write("broken.html", b"<html><body><div><p>unclosed"),
        "broken.html",
        "no article text found",
    ),
    (
        "tag soup",
        _write("soup.htm", b"<<>><div><p><</b>&&&<table><tr><td>x</html><span></script><!-- <p"),
        "soup.htm",
        "no article text found",
    ),
    ("empty html", _write("empty.html", b""), "empty.html", "no article text found"),
    ("huge text", _huge, "huge.txt", "too large for an article (20 MiB; the limit is 5 MiB)"),
    ("invalid json line 3", _jsonl_bad_line_3, "batch.jsonl:3", "invalid JSON: "),
    ("record without text", _json_without_text, "batch.jsonl:2", "record has no 'text' or 'raw_text'"),
    ("json scalar", _write("n.json", b"42"), "n.json", "not a JSON object or a list of objects"),
    ("json-ld as json", _write("g.json", b'{"@context": {}, "@id": "x"}'), "g.json", "looks like JSON-LD"),
]


@pytest.mark.parametrize(("make", "where", "problem"), [case[1:] for case in BAD], ids=[case[0] for case in BAD])
def test_bad_document_is_named_and_changes_nothing(
    store: GraphStore, tmp_path: Path, make: Callable[[Path], Path], where: str, problem: str
) -> None:
    path = make(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(FR, encoding="utf-8")
    list(store.load_inputs(read_inputs([good])))
    before = dump_quads(store)
    results = list(store.load_inputs(read_inputs([path])))
    assert len(results) == 1
    [error] = results
    assert isinstance(error, InputError)
    assert error.name.endswith(where)
    assert str(path) in str(error)
    assert problem in error.problem
    assert dump_quads(store) == before


def test_wrong_encoding_loads(store: GraphStore, tmp_path: Path) -> None:
    # Latin-1 bytes in a file assumed to be UTF-8: decoded, not a crash.
    path = tmp_path / "latin1.txt"
    path.write_bytes(("TITLE: Été\n---\n" + FR.replace("’", "'")).encode("latin-1"))
    [result] = list(store.load_inputs(read_inputs([path])))
    assert isinstance(result, LoadResult)
    assert result.status == "added"
    [info] = [s for s in store.sources() if s.iri == result.source]
    assert info.title == "Été"
    assert info.language == "fr"


def test_bad_file_in_a_batch_does_not_stop_the_others(store: GraphStore, tmp_path: Path) -> None:
    bad = _write("empty.txt", b"")(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text(NL, encoding="utf-8")
    results = list(store.load_inputs(read_inputs([bad, good])))
    assert isinstance(results[0], InputError)
    assert isinstance(results[1], LoadResult) and results[1].status == "added"


@pytest.mark.parametrize(
    "make", [_write("picture.txt", PNG), _jsonl_bad_line_3, _write("broken.html", b"<html><body><p>x")]
)
def test_cli_names_the_bad_file(tmp_path: Path, make: Callable[[Path], Path]) -> None:
    path = make(tmp_path)
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "store"), "load", str(path)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("migkg:")]
    assert len(errors) == 1
    assert str(path) in errors[0]
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
