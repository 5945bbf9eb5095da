"""The HTML loader: main text, title, canonical URL, date, language, publisher and kind."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dump_quads
from loader_samples import stored_text

from migkg.errors import InputError
from migkg.graph.store import GraphStore
from migkg.loaders.base import Input
from migkg.loaders.html import HTMLLoader, declared_charset, page_language
from migkg.loaders.inputs import read_inputs
from migkg.ontology import iris
from migkg.ontology.vocab import MKG

ARTICLE = """<!DOCTYPE html>
<html lang="fr-BE">
<head>
<meta charset="utf-8">
<title>Passerelle ouvre un deuxième guichet | Le Quotidien Exemple</title>
<link rel="canonical" href="https://exemple.be/actualites/passerelle-guichet">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Quotidien Exemple">
<meta property="article:published_time" content="2023-05-04T10:00:00+02:00">
</head>
<body>
<nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Passerelle ouvre un deuxième guichet</h1>
<p>Le projet Passerelle, financé par le Fonds Asile, Migration et Intégration, est mené
par l'asbl Exemple à Namur.</p>
<p>Il propose des cours de français et un accompagnement vers l'emploi pour une centaine
de personnes chaque année.</p>
<p>La coordinatrice explique que le financement européen couvre trois années d'activités.</p>
</article>
<footer>Tous droits réservés, Menu du pied de page</footer>
</body>
</html>
"""

PLAIN = """<html><head><title>Brug helpt nieuwkomers</title></head><body>
<div><p>Het project Brug wordt gefinancierd door het AMIF en geleid door de vzw Voorbeeld in Gent.
Op 3 januari 2021 kregen de eerste nieuwkomers er taallessen en hulp bij het zoeken naar werk.</p></div>
</body></html>
"""


def test_article_page(tmp_path: Path) -> None:
    path = tmp_path / "passerelle.html"
    path.write_text(ARTICLE, encoding="utf-8")
    [source] = HTMLLoader().load(Input.from_path(path))
    m = source.metadata
    assert m.title == "Passerelle ouvre un deuxième guichet"
    assert m.url == "https://exemple.be/actualites/passerelle-guichet"
    assert m.date == "2023-05-04"
    assert m.language == "fr"
    assert m.publisher == "Le Quotidien Exemple"
    assert m.kind == MKG.NewsArticle
    assert m.loader_version == "migkg.loaders.html 0.1.0"
    assert m.content_hash == iris.content_hash(path.read_bytes())
    assert source.iri == iris.source_iri(m.url, m.content_hash)
    text = stored_text(source)
    assert "financé par le Fonds Asile, Migration et Intégration" in text
    assert "Accueil" not in text and "pied de page" not in text


def test_plain_page(tmp_path: Path) -> None:
    path = tmp_path / "brug.htm"
    path.write_text(PLAIN, encoding="utf-8")
    [source] = HTMLLoader().load(Input.from_path(path))
    m = source.metadata
    assert m.title == "Brug helpt nieuwkomers"
    assert m.language == "nl"  # detected: the page declares none
    assert m.url is None
    assert m.date is None  # a date in the text is not the publication date
    assert m.kind == MKG.WebPage
    assert source.iri == iris.source_iri(path.resolve().as_uri(), m.content_hash)


def test_og_url_and_relative_canonical(tmp_path: Path) -> None:
    head = '<meta property="og:url" content="https://example.org/harbour">'
    page = ARTICLE.replace('<link rel="canonical" href="https://exemple.be/actualites/passerelle-guichet">', head)
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    assert HTMLLoader().load(Input.from_path(path))[0].metadata.url == "https://example.org/harbour"
    page = ARTICLE.replace("https://exemple.be/actualites/passerelle-guichet", "/actualites/passerelle")
    path.write_text(page, encoding="utf-8")
    assert HTMLLoader().load(Input.from_path(path))[0].metadata.url is None


def test_windows_1252_page(tmp_path: Path) -> None:
    page = ARTICLE.replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    )
    page = page.replace("trois années d'activités", "trois années d’activités et 240 000 €")
    path = tmp_path / "ancien.html"
    path.write_bytes(page.encode("cp1252"))
    [source] = HTMLLoader().load(Input.from_path(path))
    assert source.metadata.title == "Passerelle ouvre un deuxième guichet"
    assert "trois années d’activités et 240 000 €" in stored_text(source)


def test_declared_charset_and_language() -> None:
    assert declared_charset(b'<html><head><meta charset="ISO-8859-15">') == "ISO-8859-15"
    assert declared_charset(b"<?xml version='1.0' encoding='windows-1252'?><html>") == "windows-1252"
    assert declared_charset(b"<html><head><title>x</title>") is None
    assert page_language('<html xml:lang="de" lang="de-AT"><head>') == "de"
    assert page_language('<html><head><meta http-equiv="Content-Language" content="nl-BE">') == "nl"
    assert page_language('<html><head><meta property="og:locale" content="en_GB">') == "en"
    assert page_language("<html><head>") is None


def test_sniff() -> None:
    loader = HTMLLoader()
    assert loader.sniff(Input(name="<stdin>", data=b"\xef\xbb\xbf  <!doctype HTML><html>"))
    assert loader.sniff(Input(name="<stdin>", data=b"\n<HTML lang='fr'><body>"))
    assert loader.sniff(Input(name="<stdin>", data=b"<!-- saved page -->\n<html>"))
    assert not loader.sniff(Input(name="<stdin>", data=b"<rdf:RDF>"))
    assert not loader.sniff(Input(name="<stdin>", data=b"Le projet Passerelle"))


def test_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>Rien</title></head><body><nav>Menu</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text found in the HTML") as info:
        HTMLLoader().load(Input.from_path(path))
    assert info.value.name == str(path)


def test_reload_is_unchanged(store: GraphStore, tmp_path: Path) -> None:
    path = tmp_path / "passerelle.html"
    path.write_text(ARTICLE, encoding="utf-8")
    [first] = list(store.load_inputs(read_inputs([path])))
    assert first.status == "added"
    before = dump_quads(store)
    [again] = list(store.load_inputs(read_inputs([path])))
    assert again.status == "unchanged"
    assert dump_quads(store) == before
