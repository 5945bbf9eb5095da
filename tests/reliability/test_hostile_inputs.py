"""Hostile input at scale: hypothesis feeds every loader (text, HTML, JSON, JSON Lines, RDF) and the
extractor arbitrary text in every script, arbitrary bytes under every suffix, random HTML trees, JSON
values of every shape and edited Turtle and N-Quads. Each batch is [a good article, the hostile file],
loaded by `migkg load` (with or without --strict); `hostile.load_batch` checks every promise."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hostile import (
    NAME,
    SUFFIXES,
    TEXT,
    count,
    html_trees,
    json_files,
    load_batch,
    rdf_edits,
    valid_iri,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from migkg.graph.store import GraphStore
from migkg.loaders.decode import clean_url
from migkg.loaders.document import Document
from migkg.loaders.extract.pipeline import extract_triples
from migkg.ontology import iris
from migkg.ontology.vocab import ID

# Examples per test: the suite stays under a minute on two cores. MIGKG_HYPOTHESIS_EXAMPLES raises it
# for a longer hunt (bench/reliability_record.py).
EXAMPLES = int(os.environ.get("MIGKG_HYPOTHESIS_EXAMPLES", "6"))


@pytest.fixture(scope="module")
def shared_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store for the module's examples (a new store costs ~1 s); each example checks its own
    before and after."""
    path = tmp_path_factory.mktemp("reliability") / "store"
    GraphStore(path).close()
    return path


def folder(store: Path) -> Path:
    """A fresh folder for one example's files, next to the store (in pytest's temporary folder)."""
    return Path(tempfile.mkdtemp(prefix="inputs-", dir=store.parent))


@settings(max_examples=EXAMPLES)
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md"]), strict=st.booleans())
def test_text_in_every_script(shared_store: Path, text: str, suffix: str, strict: bool) -> None:
    load_batch(shared_store, folder(shared_store), suffix, text.encode("utf-8"), strict, "text")


@settings(max_examples=EXAMPLES * 2)
@given(data=st.binary(max_size=3000), suffix=st.sampled_from(SUFFIXES), strict=st.booleans())
def test_arbitrary_bytes_under_every_suffix(shared_store: Path, data: bytes, suffix: str, strict: bool) -> None:
    load_batch(shared_store, folder(shared_store), suffix, data, strict, "bytes")


@settings(max_examples=EXAMPLES)
@given(tree=html_trees(), suffix=st.sampled_from([".html", ".htm"]), strict=st.booleans())
def test_random_html_trees(shared_store: Path, tree: str, suffix: str, strict: bool) -> None:
    load_batch(shared_store, folder(shared_store), suffix, f"<!doctype html>{tree}".encode(), strict, "html")


@settings(max_examples=EXAMPLES)
@given(file=json_files(), strict=st.booleans())
def test_json_values_of_every_shape(shared_store: Path, file: tuple[str, bytes], strict: bool) -> None:
    load_batch(shared_store, folder(shared_store), file[0], file[1], strict, "json")


@settings(max_examples=EXAMPLES * 2)
@given(file=rdf_edits(), strict=st.booleans())
def test_edited_turtle_and_nquads(shared_store: Path, file: tuple[str, bytes], strict: bool) -> None:
    load_batch(shared_store, folder(shared_store), file[0], file[1], strict, "rdf")


@settings(max_examples=EXAMPLES * 6)
@given(text=TEXT, language=st.sampled_from(["fr", "nl", "en", "de", "it", None]))
def test_the_extractor_never_raises_and_mints_valid_iris(text: str, language: str | None) -> None:
    count("inputs:extractor")
    doc = Document(text=text, name="hostile.txt", raw=text.encode("utf-8", "replace"), language=language)
    for triple in extract_triples(doc, ID["source/hostile"]):
        for term in triple:
            if isinstance(term, str) and type(term).__name__ == "URIRef":
                assert valid_iri(str(term)), term


# -- IRIs minted from names that documents give ---------------------------------------------------


@settings(max_examples=EXAMPLES * 30)
@given(name=NAME)
def test_iris_minted_from_any_name_are_valid(name: str) -> None:
    count("inputs:names", 4)
    for iri in (iris.organisation_iri(name), iris.project_iri(name), iris.project_iri(name, code=name)):
        assert valid_iri(str(iri)), iri
    url = clean_url(name)
    if url is not None:
        assert valid_iri(url), url
        assert valid_iri(str(iris.source_iri(url, "0")))


@settings(max_examples=EXAMPLES)
@given(
    url=NAME,
    title=NAME,
    publisher=NAME,
    loader=st.sampled_from(["text", "html", "json"]),
    strict=st.booleans(),
)
def test_hostile_names_in_every_loader_give_valid_iris(
    shared_store: Path, url: str, title: str, publisher: str, loader: str, strict: bool
) -> None:
    one_line = [" ".join(v.split()) for v in (url, title, publisher)]
    body = "Le projet Accueil est financé par le FAMI et mis en œuvre par Fedasil entre 2022 et 2024."
    if loader == "text":
        head = "".join(f"{k}: {v}\n" for k, v in zip(("URL", "TITLE", "PUBLISHER"), one_line, strict=True))
        suffix, data = ".txt", f"{head}---\n{body}\n".encode("utf-8", "surrogatepass")
    elif loader == "html":
        import html

        u, t, p = (html.escape(v, quote=True) for v in one_line)
        suffix, data = (
            ".html",
            (
                f'<!doctype html><html><head><title>{t}</title><link rel="canonical" href="{u}">'
                f'<meta property="og:site_name" content="{p}"></head>'
                f"<body><article><p>{body}</p></article></body></html>"
            ).encode("utf-8", "surrogatepass"),
        )
    else:
        import json

        record = {"text": body, "url": url, "title": title, "hostname": publisher}
        suffix, data = ".json", json.dumps(record).encode("utf-8")
    load_batch(shared_store, folder(shared_store), suffix, data, strict, f"names:{loader}")


def test_a_json_record_with_a_lone_surrogate_loads(shared_store: Path) -> None:
    # A scraper's half emoji ("\ud83d" without its pair) failed the whole file with a UnicodeEncodeError.
    # It is read as U+FFFD, as a decoder reads a broken byte.
    record = '{"text": "Le projet Accueil \\ud83d est financé par le FAMI et Fedasil.", "title": "\\udfff"}'
    outcome = load_batch(shared_store, folder(shared_store), ".json", record.encode("utf-8"), False, "json")
    assert not outcome.failed, outcome.lines
