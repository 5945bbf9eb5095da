"""Query results as text: table, CSV, TSV or SPARQL JSON. CONSTRUCT results are written as Turtle."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pyoxigraph as ox

from migkg.errors import QueryError
from migkg.ontology.vocab import EXPORT_PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")


def term_text(term: Any) -> str:
    """A term's plain text, as CSV shows it: an IRI or a literal's lexical form; empty when unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term.value)


def solution_rows(solutions: ox.QuerySolutions) -> tuple[list[str], list[list[str]]]:
    columns = [v.value for v in solutions.variables]
    rows = [[term_text(sol[c]) for c in columns] for sol in solutions]
    return columns, rows


def format_results(result: Any, fmt: str = "table") -> str:
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"unknown result format {fmt!r} (choose from {', '.join(RESULT_FORMATS)})")
    if isinstance(result, ox.QueryBoolean):
        return (
            json.dumps({"head": {}, "boolean": bool(result)}) + "\n" if fmt == "json" else f"{bool(result)}\n".lower()
        )
    if isinstance(result, (ox.QueryTriples, list)):  # a list: a remote endpoint's triples
        return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=EXPORT_PREFIXES).decode("utf-8")
    if fmt == "json":  # the W3C SPARQL 1.1 JSON results format, exact term types included
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8") + "\n"
    columns, rows = solution_rows(result)
    if fmt in ("csv", "tsv"):
        return delimited(columns, rows, "," if fmt == "csv" else "\t")
    return text_table(columns, rows)


def delimited(columns: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    """CSV (or, with a tab, TSV) text: a header line, then one line per row."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buf.getvalue()


def text_table(columns: list[str], rows: list[list[str]], max_width: int = 60) -> str:
    """An aligned plain-text table with a row count; cells cut to `max_width` characters."""

    def cut(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cut(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
