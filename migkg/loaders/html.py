"""Web pages: trafilatura finds the main text (no menus, footers or comments) and the metadata.

The page's URL is its canonical link or og:url (the file's own location says nothing about where
the page lives); its date comes from the page's markup only (htmldate's guesses from dates in the
text are off: an article mentioning "3 January 2021" was not published then); its language is
`<html lang>` (or Content-Language, og:locale), else detected. The kind is a news article when the
page is dated and says it is an article (og:type), else a web page.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from migkg.errors import InputError, MigkgError
from migkg.loaders.articles import document_source
from migkg.loaders.base import Input, Source
from migkg.loaders.decode import check_size, clean_url, decode_text, detect_language, normalise_language
from migkg.loaders.document import Document
from migkg.ontology.vocab import MKG

# A page whose main text has fewer letters than this has no article (tag soup, an empty shell).
MIN_ARTICLE_LETTERS = 20
MAX_DEPTH = 255  # elements libxml2's HTML parser nests (without its "huge" option, which lifts every limit)
_HEAD_BYTES = 16 * 1024  # where `<meta charset>` must be, per the HTML standard (1024), with slack

_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\b(?:xml:)?lang\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][\w-]+)?)""", re.I)
_META_LANG = re.compile(
    r"""<meta\b(?=[^>]*?\b(?:http-equiv\s*=\s*["']?content-language|property\s*=\s*["']?og:locale)\b)"""
    r"""[^>]*?\bcontent\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][\w-]+)?)""",
    re.I,
)
_SNIFF = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_BOM = b"\xef\xbb\xbf"


class HTMLLoader:
    name: ClassVar[str] = "html"
    suffixes: ClassVar[tuple[str, ...]] = (".html", ".htm", ".xhtml")
    version: ClassVar[str] = "0.1.0"

    def sniff(self, inp: Input) -> bool:
        return bool(_SNIFF.match(inp.data[:4096].removeprefix(_BOM)))

    def load(self, inp: Input) -> list[Source]:
        check_size(inp.data, inp.name)
        html = decode_text(inp.data, inp.name, declared=declared_charset(inp.data))
        check_depth(html, inp.name)
        found = _extract(html, inp.name)
        text = (found.get("text") or "").strip()
        if sum(1 for c in text if c.isalpha()) < MIN_ARTICLE_LETTERS:
            raise InputError(inp.name, "no article text found in the HTML")
        date = found.get("date") or None
        doc = Document(
            text=text,
            name=inp.name,
            raw=inp.data,
            url=clean_url(found.get("url")),
            title=(found.get("title") or "").strip() or None,
            date=date,
            language=page_language(html) or normalise_language(found.get("language")) or detect_language(text),
            publisher=found.get("sitename") or found.get("hostname") or None,
            kind=MKG.NewsArticle if date and found.get("pagetype") == "article" else MKG.WebPage,
        )
        path_key = inp.path.resolve().as_uri() if inp.path is not None else None
        return [document_source(doc, f"migkg.loaders.html {self.version}", path_key)]


def check_depth(html: str, name: str) -> None:
    """Refuse a page nested deeper than libxml2's HTML parser reads (MAX_DEPTH elements): whatever
    lies deeper would be dropped without a word. A page with fewer tags than that cannot be that deep."""
    if html.count("<") <= MAX_DEPTH:
        return
    from lxml import etree

    parser = etree.HTMLParser(no_network=True)
    etree.fromstring(html, parser)
    if any("Excessive depth" in e.message for e in parser.error_log):
        raise InputError(
            name, f"elements nested deeper than {MAX_DEPTH}, the HTML parser's limit: the text below cannot be read"
        )


def _extract(html: str, name: str) -> dict[str, Any]:
    """trafilatura's main text and metadata as a dict; {} when it finds nothing."""
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml without its html-clean part, which jusText needs
        raise MigkgError(f"cannot read HTML: trafilatura is not usable ({exc})") from exc
    try:
        result = trafilatura.bare_extraction(
            html,
            url=None,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_recall=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # any parser failure on hostile markup is the input's fault, not a crash
        raise InputError(name, f"cannot parse the HTML ({type(exc).__name__}: {exc})") from exc
    if result is None:
        return {}
    return result if isinstance(result, dict) else result.as_dict()


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in `<meta charset>`, `http-equiv` Content-Type or `<?xml?>`."""
    head = data[:_HEAD_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return match.group(1).decode("ascii", "replace") if match else None


def page_language(html: str) -> str | None:
    """The language the page declares: `<html lang>`, else Content-Language or og:locale."""
    head = html[: _HEAD_BYTES * 4]
    for pattern in (_HTML_LANG, _META_LANG):
        match = pattern.search(head)
        if match and (language := normalise_language(match.group(1))):
            return language
    return None
