"""How migkg mints IRIs: stable (same input, same IRI on every machine), safe (no spaces or
reserved characters) and readable where a name allows it.

Entities named by people (organisations, projects) get a slug of their normalised name, so the
same organisation found in two documents, or in two languages via the reference data, is one node.
Things with no natural name (grants, evidence, sources without a URL) get a short content hash.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from migkg.ontology.vocab import GRAPH_NS, ID_NS

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Words a cut slug does not end on ("...-refugees-and" reads as cut): en, fr, nl, de.
_TRAILING_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "for",
        "in",
        "of",
        "on",
        "the",
        "to",
        "au",
        "aux",
        "d",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l",
        "la",
        "le",
        "les",
        "het",
        "van",
        "voor",
        "dem",
        "den",
        "der",
        "des",
        "die",
        "fur",
        "und",
    ]
)


# Letters that do not decompose into an ASCII letter and accents: written out, not dropped
# ("Œuvre" is "oeuvre", "Straße" "strasse"; dropped, they made "uvre" and "strae").
_WRITTEN_OUT = str.maketrans(
    {
        "ß": "ss",
        "ẞ": "SS",
        "œ": "oe",
        "Œ": "OE",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
    }
)


def fold(text: str) -> str:
    """Lower-case ASCII form of a name: accents dropped, punctuation folded to single spaces."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_WRITTEN_OUT)).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", ascii_text.lower()).strip()


def slug(text: str, max_length: int = 60) -> str:
    """A URL-safe slug of a name, at most `max_length` characters, cut at a word boundary (never
    mid-word: `...-refugees-and-stateless`, not `...-and-stateles`); a first word longer than the
    limit is cut. A hash stands in for names with no ASCII letters or digits."""
    words = fold(text).split()
    kept: list[str] = []
    for word in words:
        if len("-".join([*kept, word])) > max_length:
            break
        kept.append(word)
    if len(kept) < len(words):
        while len(kept) > 1 and kept[-1] in _TRAILING_STOPWORDS:
            kept.pop()
    folded = "-".join(kept) or (words[0][:max_length] if words else "")
    return folded or short_hash(text)


def short_hash(*parts: str, length: int = 16) -> str:
    """A stable hex digest of the parts (joined unambiguously)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def content_hash(data: bytes) -> str:
    """The full SHA-256 of a document's bytes, as recorded in its metadata."""
    return hashlib.sha256(data).hexdigest()


def entity_iri(kind: str, local: str) -> URIRef:
    """`https://w3id.org/migkg/id/{kind}/{local}`; `local` must already be safe (see `slug`)."""
    return URIRef(f"{ID_NS}{kind}/{local}")


def organisation_iri(name: str) -> URIRef:
    return entity_iri("org", slug(name))


def fund_iri(code: str) -> URIRef:
    return entity_iri("fund", slug(code).upper())


def project_iri(label: str, code: str | None = None) -> URIRef:
    """Projects with an operation code are keyed by it; others by their label's slug plus a hash of
    the folded label, so long labels that share a prefix stay apart."""
    if code:
        return entity_iri("project", slug(code))
    return entity_iri("project", f"{slug(label, 48)}-{short_hash(fold(label), length=8)}")


def period_iri(start: int | None, end: int | None, *, open_ended: bool = False) -> URIRef:
    """`period/2021-2024`; a year not stated is `unknown`, an end the text says there is none `open`."""
    return entity_iri("period", f"{start or 'unknown'}-{end or ('open' if open_ended else 'unknown')}")


def source_iri(url: str | None, content_digest: str) -> URIRef:
    """A source is keyed by its URL when it has one (so a new version replaces the old), else by
    its content."""
    key = short_hash("url", url) if url else short_hash("content", content_digest)
    return URIRef(f"{ID_NS}source/{key}")


def source_graph(source: URIRef) -> URIRef:
    """The named graph holding a source's facts and metadata: one per source."""
    return URIRef(f"{GRAPH_NS}source/{str(source).rsplit('/', 1)[-1]}")


def hashed_iri(kind: str, *parts: str) -> URIRef:
    """IRIs for nodes with no name of their own (grants, evidence, aggregates)."""
    return entity_iri(kind, short_hash(*parts))
