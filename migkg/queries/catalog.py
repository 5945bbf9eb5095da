"""Named SPARQL queries: `.rq` files shipped in this package, documented by their header comments.

A query's header is the `#` comment block at its top: the first line is its title, lines of the form
`# param: NAME  text` declare parameters. Parameters are bound as RDF terms through the engine's
variable substitution (SEP-0007), never pasted into the query text; Oxigraph requires a substituted
variable to be projected, so a query with a parameter lists it among its SELECT variables.

Label language: a query that picks labels by language holds `VALUES ?lang { "en" }` lines (inside
the subqueries that pick them, where a substituted variable would not reach). `with_lang("fr")` sets
them to another language; the tag is checked against the BCP 47 syntax (letters, digits, hyphens)
and only its primary subtag is written, so nothing else can enter the text that way.

Entity parameters: a parameter whose text contains the marker `[entity]` stands for an entity
(`# param: org  an organisation: an IRI, prefixed name or name [entity]`). Its value may then be a
name, acronym or code too, resolved as `migkg explain` resolves it (`migkg.api.bind_values`, which
has the store at hand); the other parameters are bound as they are written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import NamespaceManager
from rdflib.term import Node
from rdflib.util import from_n3

from migkg.errors import MigkgError, QueryError
from migkg.ontology.labels import language
from migkg.ontology.vocab import QUERY_PREFIXES

_PARAM = re.compile(r"^#\s*param:\s*(\w+)\s+(.*)$")
ENTITY_MARKER = "[entity]"  # in a parameter's text: its value may be a name (see the module's doc)
_LANG_VALUES = re.compile(r'VALUES \?lang \{ "[A-Za-z]*" \}')
# A numeric parameter with a default: `VALUES ?min_confidence { 0 }` (see `with_values`).
_VALUE_PARAM = re.compile(r"VALUES \?(\w+) \{ (-?\d+(?:\.\d+)?) \}")
_NUMERIC = {"http://www.w3.org/2001/XMLSchema#" + t for t in ("integer", "decimal", "double", "float")}
DEFAULT_LANG = "en"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    title: str = ""
    params: dict[str, str] = field(default_factory=dict)
    path: str = ""

    @classmethod
    def parse(cls, name: str, text: str, path: str = "") -> NamedQuery:
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line)
        title = header[0].lstrip("# ").strip() if header else ""
        params = {}
        for line in header:
            m = _PARAM.match(line)
            if m:
                params[m.group(1)] = m.group(2).strip()
        return cls(name=name, text=text, title=title, params=params, path=path)

    @property
    def uses_lang(self) -> bool:
        """Whether the query picks labels by language (see `with_lang`)."""
        return _LANG_VALUES.search(self.text) is not None

    def with_lang(self, tag: str | None) -> NamedQuery:
        """This query with its labels picked in language `tag` (default English); unchanged if it picks
        no labels by language. `QueryError` if `tag` is not a language tag."""
        try:
            primary = language(tag or DEFAULT_LANG)
        except MigkgError as exc:
            raise QueryError(str(exc)) from None
        return replace(self, text=_LANG_VALUES.sub(f'VALUES ?lang {{ "{primary}" }}', self.text))

    @property
    def entity_params(self) -> set[str]:
        """Parameters marked `[entity]`: their value may be a name, resolved to the entity it names."""
        return {name for name, text in self.params.items() if ENTITY_MARKER in text}

    @property
    def value_params(self) -> set[str]:
        """Numeric parameters with a default, written as `VALUES ?name { 0 }` lines: optional."""
        return {m.group(1) for m in _VALUE_PARAM.finditer(self.text) if m.group(1) in self.params}

    def with_values(self, bindings: dict[str, Node]) -> tuple[NamedQuery, dict[str, Node]]:
        """This query with its numeric parameters written into their `VALUES` lines (a substituted
        variable would have to be projected, and would not reach into subqueries), and the bindings
        left for substitution. Only numbers are written, so no text can enter the query this way."""
        text, rest = self.text, dict(bindings)
        for name in self.value_params & set(bindings):
            term = rest.pop(name)
            if not isinstance(term, Literal) or str(term.datatype) not in _NUMERIC:
                raise QueryError(f"query {self.name!r}: --param {name} takes a number, not {term.n3()}")
            number = str(term.toPython())
            if not re.fullmatch(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?", number):
                raise QueryError(f"query {self.name!r}: --param {name} takes a number, not {number}")
            text = re.sub(rf"VALUES \?{name} \{{ [^}}]* \}}", f"VALUES ?{name} {{ {float(number)!r} }}", text)
        return replace(self, text=text), rest

    @property
    def description(self) -> str:
        """The header without the leading `#`s."""
        lines = []
        for line in self.text.splitlines():
            if not line.startswith("#"):
                break
            lines.append(line[1:].removeprefix(" "))
        return "\n".join(lines).strip()


def list_queries() -> list[NamedQuery]:
    """The named queries shipped with migkg, sorted by name."""
    pkg = resources.files("migkg.queries")
    out = []
    for entry in pkg.iterdir():
        if entry.name.endswith(".rq"):
            out.append(NamedQuery.parse(entry.name[:-3], entry.read_text(encoding="utf-8"), entry.name))
    return sorted(out, key=lambda q: q.name)


def get_query(name_or_path: str) -> NamedQuery:
    """A named query, or a `.rq` file given by path."""
    for q in list_queries():
        if q.name == name_or_path:
            return q
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.exists():
        try:
            return NamedQuery.parse(path.stem, path.read_text(encoding="utf-8"), str(path))
        except OSError as exc:
            raise QueryError(f"{path}: cannot read the query ({exc.strerror})") from exc
        except UnicodeDecodeError:
            raise QueryError(f"{path}: not a UTF-8 text file") from None
    names = ", ".join(q.name for q in list_queries())
    raise QueryError(f"no query named {name_or_path!r} (named queries: {names}; or give a .rq file)")


def parse_param(value: str) -> Node:
    """An RDF term from the command line: `<iri>`, `prefix:local`, an absolute IRI, a Turtle literal
    (`"text"@fr`, `"2022"^^xsd:gYear`), a number, or else a plain string (also for text that only
    looks like one of these)."""
    text = value.strip()
    if re.fullmatch(r"[a-zA-Z][\w+.-]*://\S+|urn:\S+", text):
        return URIRef(text)
    if re.fullmatch(r"-?\d+", text):
        return Literal(int(text))
    if re.fullmatch(r"-?\d+\.\d+", text):
        return Literal(text, datatype=URIRef("http://www.w3.org/2001/XMLSchema#decimal"))
    if text.startswith(("<", '"')) or re.fullmatch(r"[a-zA-Z][\w-]*:[^\s/]+", text):
        nsm = NamespaceManager(Graph(bind_namespaces="none"))
        for prefix, ns in QUERY_PREFIXES.items():
            nsm.bind(prefix, ns)
        try:
            node = from_n3(text, nsm=nsm)
        except Exception:  # rdflib raises several types for text that is not N3: then it is a string
            node = None
        if isinstance(node, (URIRef, Literal)):
            return node
    return Literal(text)


def bind_params(query: NamedQuery, raw: dict[str, str]) -> dict[str, Node]:
    """Check the given parameters against the query's declared ones and turn them into terms."""
    unknown = sorted(set(raw) - set(query.params))
    if unknown and query.params:
        declared = ", ".join(query.params)
        raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r} (it takes: {declared})")
    missing = [p for p in query.params if p not in raw and p not in query.value_params]
    if missing:
        raise QueryError(f"query {query.name!r} needs --param {missing[0]}=VALUE ({query.params[missing[0]]})")
    return {name: parse_param(value) for name, value in raw.items()}
