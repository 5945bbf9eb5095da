"""The JSON loader: trafilatura-style records, one source each, identity by URL, and reloading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import dump_quads
from loader_samples import DE, EN, NL, stored_text

from migkg.errors import InputError
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.loaders.inputs import read_inputs
from migkg.loaders.jsonl import JSONLoader
from migkg.ontology import iris
from migkg.ontology.vocab import MKG

FR = (
    "Le projet Passerelle, financé par le FAMI, est mené par l’asbl Exemple à Namur. "
    "Il accompagne des personnes réfugiées vers l’emploi."
)

RECORDS = [
    {
        "url": "https://exemple.be/passerelle",
        "title": "Passerelle",
        "date": "2023-05-04",
        "text": FR,
        "hostname": "exemple.be",
        "sitename": "Le Quotidien Exemple",
        "language": "fr",
    },
    {"source": "https://voorbeeld.be/brug", "raw_text": NL, "title": "Brug"},
    {
        "url": "https://example.org/harbour",
        "text": EN,
        "raw_text": "ignored",
        "date": 2022,
        "pagetype": "page",
    },
    {"text": DE, "lang": "de", "hostname": "beispiel.de"},
]


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _canonical(record: dict) -> bytes:
    return json.dumps(record, sort_keys=True, ensure_ascii=False).encode()


def test_batch_gives_one_source_per_record(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "batch.jsonl", RECORDS)
    sources = JSONLoader().load(Input.from_path(path))
    assert [s.metadata.name for s in sources] == [f"{path}:{n}" for n in (1, 2, 3, 4)]
    fr, nl, en, de = (s.metadata for s in sources)
    assert (fr.url, fr.title, fr.date, fr.language, fr.publisher) == (
        "https://exemple.be/passerelle",
        "Passerelle",
        "2023-05-04",
        "fr",
        "Le Quotidien Exemple",
    )
    assert fr.kind == MKG.NewsArticle
    assert (nl.url, nl.title, nl.language, nl.kind) == (
        "https://voorbeeld.be/brug",
        "Brug",
        "nl",
        MKG.WebPage,
    )
    assert (en.date, en.language, en.kind) == ("2022", "en", MKG.WebPage)  # dated, but not an article
    assert (de.url, de.language, de.publisher) == (None, "de", "beispiel.de")
    for source, record in zip(sources, RECORDS, strict=True):
        assert source.metadata.content_hash == iris.content_hash(_canonical(record))
        assert source.metadata.loader_version == "migkg.loaders.json 0.1.0"
        # Identity by URL, else by content: never by the batch file's path.
        assert source.iri == iris.source_iri(source.metadata.url, source.metadata.content_hash)
    assert stored_text(sources[1]) == NL  # raw_text when there is no text
    assert stored_text(sources[2]) == EN  # text wins over raw_text


def test_url_wins_over_source_and_must_be_a_url(tmp_path: Path) -> None:
    records = [
        {"url": "https://a.example/1", "source": "https://b.example/1", "text": EN},
        {"url": "not a url", "source": "https://b.example/2", "text": EN + " Two."},
        {"source": "Le Soir", "text": EN + " Three."},
    ]
    sources = JSONLoader().load(Input.from_path(_jsonl(tmp_path / "b.ndjson", records)))
    assert [s.metadata.url for s in sources] == ["https://a.example/1", "https://b.example/2", None]


def test_single_object_json(tmp_path: Path) -> None:
    path = tmp_path / "brug.json"
    record = {"title": "Brug", "text": NL}
    path.write_text(json.dumps(record, indent=2), encoding="utf-8")
    [source] = JSONLoader().load(Input.from_path(path))
    assert source.metadata.name == str(path)
    assert source.metadata.language == "nl"
    # No URL: the file is its identity, so an edited version replaces the old one.
    assert source.iri == iris.source_iri(path.resolve().as_uri(), source.metadata.content_hash)


def test_json_list(tmp_path: Path) -> None:
    path = tmp_path / "two.json"
    path.write_text(json.dumps(RECORDS[:2]), encoding="utf-8")
    sources = JSONLoader().load(Input.from_path(path))
    assert [s.metadata.name for s in sources] == [f"{path}:record 1", f"{path}:record 2"]


def test_json_ld_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    path.write_text('{"@context": {"name": "http://schema.org/name"}, "name": "Passerelle"}', encoding="utf-8")
    with pytest.raises(InputError, match=r"looks like JSON-LD: rename it \.jsonld"):
        JSONLoader().load(Input.from_path(path))


def test_duplicate_records(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "dup.jsonl", [RECORDS[0], RECORDS[0]])
    assert len(JSONLoader().load(Input.from_path(path))) == 1
    other = dict(RECORDS[0], text=FR + " Autre version.")
    path = _jsonl(tmp_path / "dup.jsonl", [RECORDS[0], other])
    with pytest.raises(InputError, match="same URL as") as info:
        JSONLoader().load(Input.from_path(path))
    assert info.value.name == f"{path}:2"


def test_stdin_json_lines() -> None:
    data = "".join(json.dumps(r) + "\n" for r in RECORDS[:2]).encode()
    sources = JSONLoader().load(Input(name="<stdin>", data=data))
    assert [s.metadata.name for s in sources] == ["<stdin>:1", "<stdin>:2"]
    [single] = JSONLoader().load(Input(name="<stdin>", data=json.dumps(RECORDS[3]).encode()))
    assert single.iri == iris.source_iri(None, iris.content_hash(_canonical(RECORDS[3])))


def test_sniff() -> None:
    loader = JSONLoader()
    assert loader.sniff(Input(name="<stdin>", data=b'\n {"text": "x"}'))
    assert loader.sniff(Input(name="<stdin>", data=b"[{}]"))
    assert not loader.sniff(Input(name="<stdin>", data=b"<html>"))


def test_reload_is_unchanged(store: GraphStore, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "batch.jsonl", RECORDS)
    first = list(store.load_inputs(read_inputs([path])))
    assert [r.status for r in first] == ["added"] * 4
    before = dump_quads(store)
    again = list(store.load_inputs(read_inputs([path])))
    assert [r.status for r in again] == ["unchanged"] * 4
    assert dump_quads(store) == before
    # Reformatted (other key order and spacing): the same records, so still nothing to do.
    path.write_text("\n\n".join(json.dumps(dict(reversed(r.items())), indent=None) for r in RECORDS), encoding="utf-8")
    assert [r.status for r in store.load_inputs(read_inputs([path]))] == ["unchanged"] * 4
    assert dump_quads(store) == before


def test_changed_record_replaces_by_url(store: GraphStore, tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "batch.jsonl", RECORDS[:2])
    first = list(store.load_inputs(read_inputs([path])))
    _jsonl(path, [dict(RECORDS[0], title="Passerelle, deuxième année"), RECORDS[1]])
    second = list(store.load_inputs(read_inputs([path])))
    assert [r.status for r in second] == ["replaced", "unchanged"]
    assert [r.source for r in second] == [r.source for r in first]
