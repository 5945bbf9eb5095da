"""The plain-text loader: header blocks, front matter, language, identity, and reloading."""

from __future__ import annotations

from pathlib import Path

from conftest import dump_quads
from loader_samples import DE, EN, NL, stored_text

from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.loaders.inputs import read_inputs
from migkg.loaders.text import TextLoader, split_header
from migkg.ontology import iris
from migkg.ontology.vocab import MKG

FR = (
    "Le projet Passerelle, financé par le FAMI, est mené par l’asbl Exemple à Namur. "
    "Il accompagne des personnes réfugiées vers l’emploi. Le financement européen couvre trois ans."
)

HEADER = (
    "URL: https://exemple.be/actualites/passerelle\n"
    "Title: Passerelle ouvre ses portes\n"
    "LANG: fr-BE\n"
    "date: 2023-05-04\n"
    "Source: Le Quotidien Exemple\n"
    "Author: ignored\n"
    "---\n"
)


def _load(path: Path):
    return TextLoader().load(Input.from_path(path))


def test_header_block_is_metadata(tmp_path: Path) -> None:
    path = tmp_path / "passerelle.txt"
    path.write_text(HEADER + FR + "\n", encoding="utf-8")
    [source] = _load(path)
    m = source.metadata
    assert m.url == "https://exemple.be/actualites/passerelle"
    assert m.title == "Passerelle ouvre ses portes"
    assert m.language == "fr"
    assert m.date == "2023-05-04"
    assert m.publisher == "Le Quotidien Exemple"
    assert m.kind == MKG.NewsArticle  # dated
    assert m.name == str(path)
    assert m.loader_version == "migkg.loaders.text 0.1.0"
    assert m.content_hash == iris.content_hash(path.read_bytes())
    assert source.iri == iris.source_iri(m.url, m.content_hash)  # identity by URL
    assert stored_text(source) == FR + "\n"  # the header is not part of the text


def test_markdown_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "brug.md"
    path.write_text(
        '---\ntitle: "Brug: een nieuwe start"\nurl: https://voorbeeld.be/brug\nlang: nl\n---\n\n# Brug\n\n' + NL,
        encoding="utf-8",
    )
    [source] = _load(path)
    assert source.metadata.title == "Brug: een nieuwe start"
    assert source.metadata.url == "https://voorbeeld.be/brug"
    assert source.metadata.language == "nl"
    assert source.metadata.date is None
    assert source.metadata.kind == MKG.WebPage
    assert stored_text(source).startswith("# Brug\n\n")  # Markdown itself is kept


def test_no_header(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(EN, encoding="utf-8")
    [source] = _load(path)
    m = source.metadata
    assert (m.url, m.title, m.date, m.publisher) == (None, None, None, None)
    assert m.language == "en"
    assert m.kind == MKG.WebPage
    assert source.iri == iris.source_iri(path.resolve().as_uri(), m.content_hash)  # identity by path
    assert stored_text(source) == EN


def test_split_header_needs_a_known_key_and_a_rule() -> None:
    assert split_header("Brüssel: Das Projekt beginnt.\n" + DE) == (
        {},
        "Brüssel: Das Projekt beginnt.\n" + DE,
    )
    assert split_header("Foo: bar\n---\n" + DE) == ({}, "Foo: bar\n---\n" + DE)
    assert split_header("TITLE: Brücke\n" + DE) == ({}, "TITLE: Brücke\n" + DE)  # no closing ---
    assert split_header("TITLE: Brücke\nHOSTNAME: beispiel.de\n---\n" + DE) == (
        {"title": "Brücke", "publisher": "beispiel.de"},
        DE,
    )


def test_front_matter_skips_other_yaml() -> None:
    text = "---\ntitle: Brug\ntags:\n  - migratie\n  - AMIF\n# opmerking\nlang: nl\n---\n" + NL
    assert split_header(text) == ({"title": "Brug", "language": "nl"}, NL)
    assert split_header("LANG:nl\n---\n" + NL) == ({"language": "nl"}, NL)


def test_header_url_that_is_not_a_url_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("URL: exemple.be/passerelle\nTITLE: Passerelle\n---\n" + FR, encoding="utf-8")
    [source] = _load(path)
    assert source.metadata.url is None
    assert source.metadata.title == "Passerelle"


def test_given_language_wins_over_detection(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("LANGUAGE: de\n---\n" + NL, encoding="utf-8")
    assert _load(path)[0].metadata.language == "de"


def test_languages_detected(tmp_path: Path) -> None:
    for code, text in {"fr": FR, "nl": NL, "en": EN, "de": DE}.items():
        path = tmp_path / f"{code}.txt"
        path.write_text(text, encoding="utf-8")
        assert _load(path)[0].metadata.language == code


def test_cp1252_file(tmp_path: Path) -> None:
    text = "Le FAMI verse 80 000 € au projet Passerelle ; c’est l’asbl Exemple qui le mène à Liège."
    path = tmp_path / "ancien.txt"
    path.write_bytes(("TITLE: Été à Liège\n---\n" + text).encode("cp1252"))
    [source] = _load(path)
    assert source.metadata.title == "Été à Liège"
    assert stored_text(source) == text


def test_stdin_is_identified_by_content() -> None:
    inp = Input(name="<stdin>", data=FR.encode("utf-8"))
    [source] = TextLoader().load(inp)
    assert source.metadata.name == "<stdin>"
    assert source.iri == iris.source_iri(None, iris.content_hash(inp.data))


def test_sniff() -> None:
    loader = TextLoader()

    def sniff(data: bytes) -> bool:
        return loader.sniff(Input(name="<stdin>", data=data))

    assert sniff(FR.encode())
    assert sniff(b"")  # so that it is reported as an empty document
    assert not sniff(b"<!DOCTYPE html><html></html>")
    assert not sniff(b'  {"text": "x"}')
    assert not sniff(b"[1, 2]")
    assert not sniff(b"@prefix ex: <https://example.org/> .")
    assert not sniff(b"# a comment\nPREFIX ex: <https://example.org/>\nex:a ex:b ex:c .")
    assert not sniff(b"<https://example.org/a> <https://example.org/b> <https://example.org/c> .")
    assert not sniff(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_reload_is_unchanged(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "passerelle.txt"
    path.write_text(HEADER + FR, encoding="utf-8")
    [first] = list(store.load_inputs(read_inputs([path])))
    assert first.status == "added"
    before = dump_quads(store)
    [again] = list(store.load_inputs(read_inputs([path])))
    assert again.status == "unchanged"
    assert again.source == first.source
    assert dump_quads(store) == before


def test_edited_file_replaces_the_old_version(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(EN, encoding="utf-8")
    [first] = list(store.load_inputs(read_inputs([path])))
    path.write_text(EN + " It opened in 2021.", encoding="utf-8")
    [second] = list(store.load_inputs(read_inputs([path])))
    assert second.status == "replaced"
    assert second.source == first.source
