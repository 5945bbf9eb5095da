"""Hostile inputs for the property-based suite (hypothesis strategies), and the checks every load
must pass: no traceback, one line per bad file naming it, exit code 1 when anything failed, the good
files loaded (none with --strict), the store unchanged for what failed, every IRI valid."""

from __future__ import annotations

import itertools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef

from migkg.cli import main
from migkg.ontology import iris

# No database folder (CI runs from a clean clone), no deadline (a load takes what it takes).
settings.register_profile(
    "migkg",
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
settings.load_profile("migkg")

# Figures for RELIABILITY.md (bench/reliability_record.py): inputs tried, and how many failed.
RECORD = os.environ.get("MIGKG_RELIABILITY_RECORD")
COUNTS: dict[str, int] = {}


def count(key: str, n: int = 1) -> None:
    COUNTS[key] = COUNTS.get(key, 0) + n
    if RECORD:
        Path(RECORD).write_text(json.dumps(COUNTS, sort_keys=True), encoding="utf-8")


# -- strategies -----------------------------------------------------------------------------------

# Words of many scripts and troublemakers: RTL marks, zero-width joiners, combining marks, emoji, and
# the cue words the extractor reacts to, so that it runs on something.
WORDS = [
    "projet", "financé", "par", "le", "FAMI", "AMIF", "Fedasil", "asbl", "vzw", "e.V.", "2022-2025", "€", "12.000",
    "Project title:", "Code:", "funded by", "the", "Ministry", "Stichting", "gemeente", "Comune di", "(", ")", "•",
    "Προσφυγικό", "Миграционный", "фонд", "مشروع", "الهجرة", "פרויקט", "प्रवासन", "移民", "基金", "プロジェクト",
    "이주", "โครงการ", "ქართული", "Ⅻ", "𝔄𝔐𝔍𝔉", "🇪🇺", "👩‍👩‍👧", "e\u0301", "\u202e", "\u200d", "\u200b", "\ufeff",
    "\u00a0", "«", "»", "„", "“", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\\", "{", "}",
    '"', "'", "`", "^", "|", "%00", "\t", "\n", "\n\n", "---", "URL:", "TITLE:", "LANG: xx",
]  # fmt: skip
SCRIPT_TEXT = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=400)
TEXT = st.one_of(SCRIPT_TEXT, ANY_TEXT, st.tuples(SCRIPT_TEXT, ANY_TEXT).map("\n".join))

# A name as a document may give it (a title, a URL, an organisation): any code point, and IRI breakers.
IRI_BREAKERS = ' <>"{}|\\^`\x00\x01\x1f\x7f\u0085\u2028\ufffe\uffff\ufdd0\U0010ffff#?%[]@:/'
NAME = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=60),
    st.text(st.sampled_from(IRI_BREAKERS + "ab1é"), max_size=30),
    st.tuples(st.sampled_from(["https://", "http://", "urn:x:", "HTTPS://ex.org/"]), st.text(max_size=40)).map("".join),
)

SUFFIXES = [
    ".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".ttl", ".nt", ".nq", ".trig", ".jsonld",
    ".rdf", ".owl", ".n3",
]  # fmt: skip

TAGS = [
    "html", "head", "body", "title", "meta", "link", "article", "main", "div", "p", "span", "a", "img", "script",
    "style", "table", "tr", "td", "ul", "li", "h1", "h2", "br", "svg", "math", "iframe", "template", "noscript",
    "textarea", "x-unknown", "!--", "![CDATA[",
]  # fmt: skip
ATTRS = ["href", "src", "onerror", "onload", "lang", "charset", "content", "property", "rel", "style", "class"]


@st.composite
def html_trees(draw: st.DrawFn, depth: int = 0) -> str:
    """A random HTML tree: nested elements with random attributes, text, and some tags left open."""
    if depth > 6 or draw(st.integers(0, 3)) == 0:
        return draw(TEXT).replace("\x00", "")
    tag = draw(st.sampled_from(TAGS))
    attrs = draw(st.lists(st.tuples(st.sampled_from(ATTRS), NAME), max_size=3))
    attr_text = "".join(f' {k}="{v}"' for k, v in attrs)
    children = draw(st.lists(html_trees(depth + 1), max_size=4))
    close = "" if draw(st.booleans()) and depth else f"</{tag}>"
    return f"<{tag}{attr_text}>{''.join(children)}{close}"


# Lone surrogates: JSON may escape them ("\\ud800"), and scrapers cut emoji in half.
SURROGATES = st.lists(st.one_of(TEXT, st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)), max_size=5).map(
    "".join
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | TEXT | NAME | SURROGATES,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=20,
)
RECORDS = st.fixed_dictionaries(
    {"text": TEXT | SURROGATES},
    optional={"url": NAME, "title": NAME, "date": NAME, "language": NAME, "hostname": NAME, "extra": JSON_VALUES},
)


@st.composite
def json_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """A .json file of any JSON value (records or not), or a .jsonl file of lines of any value."""
    if draw(st.booleans()):
        value = draw(st.one_of(JSON_VALUES, RECORDS, st.lists(RECORDS, max_size=3)))
        return ".json", json.dumps(value).encode("utf-8", "surrogatepass")
    lines = draw(st.lists(st.one_of(RECORDS, JSON_VALUES), min_size=1, max_size=4))
    suffix = draw(st.sampled_from([".jsonl", ".ndjson"]))
    return suffix, "\n".join(json.dumps(v) for v in lines).encode("utf-8", "surrogatepass")


TURTLE_BASE = """\
@prefix mkg: <https://w3id.org/migkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/> .
ex:p a mkg:Project ; rdfs:label "Accueil « Été »"@fr , "Welcome"@en ; mkg:startYear "2022"^^xsd:gYear ;
    mkg:fundedBy <https://w3id.org/migkg/id/fund/AMIF> ; ex:list ( 1 2.5 "three" ) ; ex:b [ ex:c true ] .
ex:q rdfs:label \"\"\"multi
line\"\"\" ; ex:n -12 .
"""
NQUADS_BASE = """\
<https://example.org/p> <http://www.w3.org/2000/01/rdf-schema#label> "Accueil"@fr <https://example.org/g1> .
<https://example.org/p> <https://example.org/n> "12"^^<http://www.w3.org/2001/XMLSchema#integer> .
_:b1 <https://example.org/c> <https://example.org/p> <https://example.org/g2> .
"""
SYNTAX = '<>"\\@.;,[]()_:#^ \n\t' + "aZ09é€\u0000\ufffe"


@st.composite
def rdf_edits(draw: st.DrawFn) -> tuple[str, bytes]:
    """A valid Turtle or N-Quads file with a few random edits: deletions, insertions, duplications."""
    suffix = draw(st.sampled_from([".ttl", ".nq", ".trig", ".nt"]))
    text = NQUADS_BASE if suffix in (".nq", ".nt") else TURTLE_BASE
    if suffix == ".nt":
        text = "\n".join(line.rsplit(" <https://example.org/g", 1)[0].rstrip(" .") + " ." for line in text.splitlines())
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["delete", "insert", "duplicate"]))
        if kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 20)) :]
        elif kind == "insert":
            text = text[:at] + draw(st.text(st.sampled_from(SYNTAX), min_size=1, max_size=6)) + text[at:]
        else:
            text = text[:at] + text[at : at + 30] + text[at:]
    return suffix, text.encode("utf-8")


# -- running a batch and checking it --------------------------------------------------------------

_serial = itertools.count()


@dataclass
class Outcome:
    exit_code: int
    lines: list[str]  # stderr lines
    failed: bool  # whether the hostile file was reported as failing


def named_quads(store: ox.Store) -> dict[str, bytes]:
    """Every named graph's triples as N-Triples, by graph (the same content dumps the same bytes)."""
    return {
        g.value: store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)
        for g in store.named_graphs()
        if isinstance(g, ox.NamedNode)
    }


# A triple of the default graph that no named graph states, or the other way round.
_UNION_BROKEN = """ASK {
  { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }
  UNION { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { ?s ?p ?o } }
}"""


def check_union(store: ox.Store) -> None:
    """The default graph is exactly the set of the named graphs' triples."""
    assert not store.query(_UNION_BROKEN)


def read(store_path: Path) -> ox.Store:
    """The store as the load left it: no writer runs now, so Oxigraph opens it read-only directly."""
    return ox.Store.read_only(str(store_path))


def good_file(folder: Path, n: int) -> tuple[Path, str]:
    """A plain article that loads, and the graph it goes to (keyed by its path: no URL)."""
    path = folder / f"good-{n}.txt"
    data = f"Le projet Accueil {n} est financé par le FAMI et mis en œuvre par Fedasil entre 2022 et 2024.\n"
    path.write_text(data, encoding="utf-8")
    graph = iris.source_graph(iris.source_iri(path.resolve().as_uri(), iris.content_hash(data.encode("utf-8"))))
    return path, str(graph)


def load_batch(store_path: Path, folder: Path, suffix: str, data: bytes, strict: bool, kind: str) -> Outcome:
    """Load [a good article, the hostile file] through the command line and check every promise."""
    n = next(_serial)
    folder.mkdir(parents=True, exist_ok=True)
    good, good_graph = good_file(folder, n)
    hostile = folder / f"hostile-{n}{suffix}"
    hostile.write_bytes(data)
    count(f"inputs:{kind}")
    before = named_quads(read(store_path))
    args = ["--store", str(store_path), "load", "-q", *(["--strict"] if strict else []), str(good), str(hostile)]
    result = CliRunner().invoke(main, args, catch_exceptions=False)  # a traceback fails the test
    lines = result.stderr.splitlines()
    assert "Traceback" not in result.output
    failed_lines = [line for line in lines if line.startswith(f"migkg: {hostile}")]
    assert all(line.startswith("migkg: ") for line in lines), lines
    assert not any(str(good) in line for line in lines), lines  # the good file never fails
    failed = bool(failed_lines)
    if failed:
        count(f"failed:{kind}")
    store = read(store_path)
    after = named_quads(store)
    check_union(store)
    check_iris(store, set(after) - set(before))
    del store
    if strict and failed:
        # One line for the bad file (a JSON Lines file may name its first bad line), one for the batch.
        assert len(failed_lines) == 1 and lines[-1].startswith("migkg: --strict: nothing loaded"), lines
        assert result.exit_code == 1
        assert after == before  # nothing at all (and the union, a function of them, is as it was)
        return Outcome(result.exit_code, lines, failed)
    assert result.exit_code == (1 if failed else 0), lines
    assert len(failed_lines) == (1 if failed else 0) and len(lines) == len(failed_lines), lines
    assert good_graph in after  # the good file loaded
    if failed:
        # The store is as it was but for the good file's graph (a file that loaded may replace
        # graphs: a dataset file's named graphs, a new version of a source).
        assert all(after.get(g) == quads for g, quads in before.items() if g != good_graph)
        assert set(after) - set(before) <= {good_graph}
    return Outcome(result.exit_code, lines, failed)


def check_iris(store: ox.Store, graphs: set[str]) -> None:
    """Every IRI in these graphs is valid (see `valid_iri`), and they round-trip through N-Triples:
    rdflib reads back what Oxigraph wrote, the same IRIs."""
    quads = [q for g in graphs for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))]
    seen = {t.value for q in quads for t in q.triple if isinstance(t, ox.NamedNode)}
    for iri in seen:
        assert valid_iri(iri), iri
    nt = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    parsed = Graph().parse(data=nt, format="nt")
    assert {str(t) for t in parsed.all_nodes() if isinstance(t, URIRef)} | {str(p) for p in parsed.predicates()} == seen
    count("iris checked", len(seen))


_BAD_IRI = re.compile(r"[\x00-\x20<>\"{}|\\^`\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udfff]")


def valid_iri(iri: str) -> bool:
    """No spaces, angle brackets, quotes, braces, controls or non-characters; a scheme; and Oxigraph
    (RFC 3987) and rdflib both take it."""
    if _BAD_IRI.search(iri) or not re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri):
        return False
    if any((ord(c) & 0xFFFE) == 0xFFFE for c in iri):  # U+xFFFE, U+xFFFF in every plane
        return False
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return URIRef(iri).n3() == f"<{iri}>"
