"""Plain-text and Markdown articles.

A text may open with its metadata, in either of two forms, which is read and removed from the text:

    URL: https://example.org/news/1         ---
    TITLE: A title                          title: "A title"
    LANG: fr                                date: 2023-05-04
    ---                                     ---

(key: value lines closed by a `---` line, or a YAML-style front matter block between two `---`
lines). Keys are case-insensitive; URL, TITLE, LANG/LANGUAGE, DATE and PUBLISHER/SOURCE/HOSTNAME/
SITENAME are read, others ignored. Nothing else of Markdown is stripped: the extractor reads the
text as it is. The kind is a news article when the document gives a date, else a web page (the only
signal plain text has).
"""

from __future__ import annotations

import re
from typing import ClassVar

from migkg.errors import InputError
from migkg.loaders.articles import document_source
from migkg.loaders.base import Input, Source
from migkg.loaders.decode import clean_url, decode_text, detect_language, normalise_language
from migkg.loaders.document import Document
from migkg.ontology.vocab import MKG

# Header keys -> Document fields.
HEADER_KEYS: dict[str, str] = {
    "url": "url",
    "title": "title",
    "lang": "language",
    "language": "language",
    "date": "date",
    "publisher": "publisher",
    "source": "publisher",
    "hostname": "publisher",
    "sitename": "publisher",
}
_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9 _-]{0,39}):\s*(.*)")
_RULE = re.compile(r"-{3,}\s*")
MAX_HEADER_LINES = 40  # a header is short; this bounds the scan of a text that merely starts oddly

# What other loaders' sniffers take, or other formats plain text should not swallow (stdin).
_NOT_TEXT = re.compile(rb"(?:<|\{|\[|@prefix|@base|_:)", re.I)
_RDF_LINE = re.compile(rb"^[ \t]*(?:@prefix|@base|prefix[ \t]+[\w-]*:[ \t]*<|base[ \t]+<)", re.I | re.M)


class TextLoader:
    name: ClassVar[str] = "text"
    suffixes: ClassVar[tuple[str, ...]] = (".txt", ".md", ".text")
    version: ClassVar[str] = "0.1.0"

    def sniff(self, inp: Input) -> bool:
        """Text that no other loader would take: not markup, JSON or RDF, and no binary bytes. Empty
        input is taken too, so that it is reported as an empty document."""
        head = inp.data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        if not head:
            return True
        if _NOT_TEXT.match(head) or _RDF_LINE.search(head) or b"\x00" in head:
            return False
        return sum(1 for b in head if b < 32 and b not in b"\t\n\r\f") <= 0.01 * len(head)

    def load(self, inp: Input) -> list[Source]:
        text = decode_text(inp.data, inp.name)
        if not text.strip():
            raise InputError(inp.name, "empty document")
        fields, body = split_header(text)
        if not body.strip():
            raise InputError(inp.name, "empty document (a header and no text)")
        doc = Document(
            text=body,
            name=inp.name,
            raw=inp.data,
            url=clean_url(fields.get("url")),
            title=fields.get("title") or None,
            date=fields.get("date") or None,
            language=normalise_language(fields.get("language")) or detect_language(body),
            publisher=fields.get("publisher") or None,
            kind=MKG.NewsArticle if fields.get("date") else MKG.WebPage,
        )
        path_key = inp.path.resolve().as_uri() if inp.path is not None else None
        return [document_source(doc, f"migkg.loaders.text {self.version}", path_key)]


def split_header(text: str) -> tuple[dict[str, str], str]:
    """The metadata of a leading header block or front matter (field -> value), and the text after
    it. A block counts only if it is closed by `---` and names at least one known key; otherwise the
    whole text is the body. In front matter, YAML lines that are not `key: value` are skipped."""
    lines = text.split("\n")
    start = 1 if lines and _RULE.fullmatch(lines[0]) else 0  # front matter opens with `---`
    fields: dict[str, str] = {}
    known = False
    for i in range(start, min(len(lines), start + MAX_HEADER_LINES)):
        line = lines[i]
        if _RULE.fullmatch(line) and i > start:
            if not known:
                break
            return fields, "\n".join(lines[i + 1 :]).lstrip("\n")
        match = _FIELD.fullmatch(line.strip()) if not line[:1].isspace() else None
        if not match:
            if start and (not line.strip() or line[:1] in " \t-#"):
                continue  # front matter may hold YAML lists, nested values, comments: skipped
            break
        key = match.group(1).strip().lower()
        value = _unquote((match.group(2) or "").strip())
        if key in HEADER_KEYS:
            known = True
            if value and HEADER_KEYS[key] not in fields:
                fields[HEADER_KEYS[key]] = value
    return {}, text


def _unquote(value: str) -> str:
    """A YAML-style scalar without its quotes."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        inner = value[1:-1]
        return inner.replace("''", "'") if value[0] == "'" else inner.replace('\\"', '"')
    return value
