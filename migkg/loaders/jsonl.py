"""Articles as JSON records, in the fields trafilatura writes (`trafilatura --json`).

A record has `text` (else `raw_text`), and may have `title`, `date`, `url` (else `source`; only an
http(s) URL or a URN counts), `language` (or `lang`), `sitename` (else `hostname`) as publisher,
and `pagetype`. A `.json` file holds one record or a list of them; `.jsonl`/`.ndjson` one record per
non-empty line; stdin is read as one JSON value if it parses as one, else as JSON Lines.

Each record is a source of its own. A record's content hash is taken of its canonical JSON, so
reformatting a file or reordering its keys changes nothing, and reloading it leaves the store as it
was. Batch records are identified by URL, else by content; a single-record `.json` file without a
URL by the file's path, so that editing it replaces the old version. The file loads whole or not at
all: every record is checked before any is extracted.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from migkg.errors import InputError
from migkg.loaders.articles import document_source
from migkg.loaders.base import Input, Source
from migkg.loaders.decode import (
    check_size,
    clean_url,
    decode_text,
    detect_language,
    normalise_language,
    normalise_text,
)
from migkg.loaders.document import Document
from migkg.ontology.vocab import MKG

LINE_SUFFIXES = (".jsonl", ".ndjson")
# Records per file: a file loads whole or not at all, so all its records' facts are in memory at once
# (RELIABILITY.md records the peak memory of a load). Larger scrapes load as several files.
MAX_RECORDS = 10_000
_BOM = b"\xef\xbb\xbf"


class JSONLoader:
    name: ClassVar[str] = "json"
    suffixes: ClassVar[tuple[str, ...]] = (".json", *LINE_SUFFIXES)
    version: ClassVar[str] = "0.1.0"

    def sniff(self, inp: Input) -> bool:
        return inp.data[:4096].removeprefix(_BOM).lstrip().startswith((b"{", b"["))

    def load(self, inp: Input) -> list[Source]:
        # A batch may hold many articles: the size limit applies to each record, not to the file.
        text = decode_text(inp.data, inp.name, max_bytes=None)
        if not text.strip():
            raise InputError(inp.name, "empty document")
        if inp.suffix in LINE_SUFFIXES:
            records, single = _lines(text, inp.name), False
        elif inp.suffix == ".json":
            records, single = _whole(text, inp.name)
        else:  # stdin: one JSON value, else JSON Lines
            try:
                records, single = _whole(text, inp.name)
            except InputError as exc:
                if not exc.problem.startswith("invalid JSON: Extra data"):
                    raise
                records, single = _lines(text, inp.name), False
        if not records:
            raise InputError(inp.name, "empty document (no records)")
        docs = [record_document(obj, name) for name, obj in records]  # all checked before any is extracted
        path_key = inp.path.resolve().as_uri() if single and inp.path is not None else None
        loader_version = f"migkg.loaders.json {self.version}"
        sources: list[Source] = []
        seen: dict[str, tuple[str, str]] = {}  # source IRI -> (record name, content hash)
        for doc in docs:
            source = document_source(doc, loader_version, path_key)
            earlier = seen.get(str(source.iri))
            if earlier is not None:
                if earlier[1] == source.metadata.content_hash:
                    continue  # the same record twice: once is enough
                raise InputError(doc.name, f"same URL as {earlier[0]}, with other content")
            seen[str(source.iri)] = (doc.name, source.metadata.content_hash)
            sources.append(source)
        return sources


def _check_count(n: int, name: str) -> None:
    if n > MAX_RECORDS:
        raise InputError(
            name,
            f"{n} records, over the limit of {MAX_RECORDS} per file: split it (a file loads whole or not at "
            "all, so its records are held in memory together)",
        )


def _lines(text: str, name: str) -> list[tuple[str, dict[str, Any]]]:
    """One record per non-empty line, each named `name:line`."""
    _check_count(sum(1 for line in text.split("\n") if line.strip()), name)
    records = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})") from None
        if not isinstance(obj, dict):
            raise InputError(where, "a record must be a JSON object")
        records.append((where, obj))
    return records


def _whole(text: str, name: str) -> tuple[list[tuple[str, dict[str, Any]]], bool]:
    """A file holding one record (named as the file) or a list (named `name:record N`), and whether
    it held a single record."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}:{exc.lineno}", f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    if isinstance(value, dict):
        _refuse_json_ld(value, name)
        return [(name, value)], True
    if isinstance(value, list):
        _check_count(len(value), name)
        records = []
        for i, item in enumerate(value, start=1):
            where = f"{name}:record {i}"
            if not isinstance(item, dict):
                raise InputError(where, "a record must be a JSON object")
            _refuse_json_ld(item, name)
            records.append((where, item))
        return records, False
    raise InputError(name, "not a JSON object or a list of objects")


def _refuse_json_ld(obj: dict[str, Any], name: str) -> None:
    # JSON-LD is RDF: the rdf loader reads it, by its own suffix.
    if "@context" in obj:
        raise InputError(name, "looks like JSON-LD: rename it .jsonld")


def record_document(obj: dict[str, Any], name: str) -> Document:
    """The Document of one record; `InputError` naming the record if it has no text."""
    try:
        raw = json.dumps(obj, sort_keys=True, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate escape ("\ud800", half an emoji cut by a scraper)
        obj = _scrub(obj)
        raw = json.dumps(obj, sort_keys=True, ensure_ascii=False).encode("utf-8")
    text = next((v for v in (obj.get("text"), obj.get("raw_text")) if isinstance(v, str) and v.strip()), None)
    if text is None:
        raise InputError(name, "record has no 'text' or 'raw_text'")
    check_size(raw, name)
    text = normalise_text(text)
    date = _string(obj.get("date"))
    pagetype = _string(obj.get("pagetype"))
    url = next((u for u in (clean_url(obj.get("url")), clean_url(obj.get("source"))) if u), None)
    return Document(
        text=text,
        name=name,
        raw=raw,
        url=url,
        title=_string(obj.get("title")),
        date=date,
        language=normalise_language(obj.get("language") or obj.get("lang")) or detect_language(text),
        publisher=_string(obj.get("sitename")) or _string(obj.get("hostname")),
        # Dated means news, unless the record says it is some other kind of page.
        kind=MKG.NewsArticle if date and pagetype in (None, "article") else MKG.WebPage,
    )


def _scrub(value: Any) -> Any:
    """The value with every lone surrogate in its strings replaced by U+FFFD, as a decoder would."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    return value


def _string(value: object) -> str | None:
    """A metadata value as a non-empty string (a year may come as a number), else None."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        return str(value).strip() or None
    return None
