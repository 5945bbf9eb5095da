"""The `migkg` command: parses options, calls the library, turns migkg's errors into one-line
messages and exit codes (0 ok, 1 failed, 2 usage). No logic of its own lives here."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from migkg import __version__
from migkg.errors import BatchError, InputError, MigkgError

EXIT_FAILED = 1
_LANG_HELP = "Labels in this language (default: en), else the source's language, else any."


def _store(ctx: click.Context) -> Any:
    """Open the store once per command, lazily (so `--help` never touches the disk)."""
    from migkg.graph.store import GraphStore, default_store_path

    obj = ctx.ensure_object(dict)
    if "store" not in obj:
        path = obj.get("store_path") or default_store_path()
        obj["store"] = ctx.with_resource(GraphStore(path))
    return obj["store"]


def _fail(message: str) -> None:
    click.echo(f"migkg: {message}", err=True)


class MigkgGroup(click.Group):
    """Turns our exceptions into `migkg: message` on stderr and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MigkgError as exc:
            _fail(str(exc))
            ctx.exit(EXIT_FAILED)


@click.group(cls=MigkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path, file_okay=False),
    envvar="MIGKG_STORE",
    help="Store folder (default: $MIGKG_STORE, else ~/.local/share/migkg/store). Created on first use.",
)
@click.version_option(__version__, prog_name="migkg")
@click.pass_context
def main(ctx: click.Context, store_path: Path | None) -> None:
    """migkg: a knowledge graph of EU-funded migration projects.

    \b
    Example:
      migkg load examples/
      migkg query who-funded-what --format csv
    """
    ctx.ensure_object(dict)["store_path"] = store_path


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="All or nothing: if any input fails, load none of them.")
@click.option("--loader", "loader_name", help="Force a loader (rdf, text, html, json) instead of guessing by suffix.")
@click.option("--reference", is_flag=True, help="Load as reference data: its names are matched in articles.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.pass_context
def load(
    ctx: click.Context,
    paths: tuple[str, ...],
    strict: bool,
    loader_name: str | None,
    reference: bool,
    quiet: bool,
) -> None:
    """Load files, folders or - (stdin) into the store.

    Each input becomes one source with its own named graph. Loading the same content again changes
    nothing; a changed version replaces the old one. Bad inputs are named and skipped (exit code 1);
    with --strict the whole batch is all or nothing.

    \b
    Example:
      migkg load examples/seed-article.txt data/*.ttl
      cat page.html | migkg load --loader html -
    """
    from migkg.loaders.inputs import expand_paths, read_inputs
    from migkg.loaders.registry import supported_suffixes

    store = _store(ctx)
    items = expand_paths(paths, supported_suffixes())
    counts = {"added": 0, "replaced": 0, "unchanged": 0, "failed": 0}
    results = store.load_inputs(read_inputs(items), loader_name=loader_name, reference=reference, strict=strict)
    try:
        for result in _progress(results, len(items), quiet):
            if isinstance(result, InputError):
                counts["failed"] += 1
                _fail(str(result))
            else:
                counts[result.status] += 1
                if not quiet and len(items) == 1:
                    click.echo(f"{result.status}: {result.name} -> {result.source}", err=True)
    except BatchError as exc:
        _fail(f"--strict: nothing loaded, because {len(exc.failures)} of {len(items)} input(s) failed")
        ctx.exit(EXIT_FAILED)
    if not quiet:
        summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
        click.echo(f"{summary or 'nothing to load'}", err=True)
    if counts["failed"]:
        ctx.exit(EXIT_FAILED)


def _progress(results: Iterator[Any], total: int, quiet: bool) -> Iterator[Any]:
    if quiet or total < 2 or not sys.stderr.isatty():
        yield from results
        return
    from tqdm import tqdm

    yield from tqdm(results, total=total, unit="file", file=sys.stderr)


@main.command()
@click.argument("query", required=False)
@click.option("--sparql", help="Run this SPARQL text instead of a named query or .rq file.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query variable to an RDF term.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table", show_default=True)
@click.option("--list", "list_only", is_flag=True, help="List the named queries and exit.")
@click.option("--lang", default="en", show_default=True, help=_LANG_HELP)
@click.pass_context
def query(
    ctx: click.Context,
    query: str | None,
    sparql: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_only: bool,
    lang: str,
) -> None:
    """Run a named query, a .rq file, or --sparql TEXT over all graphs.

    Parameters are bound as RDF terms (never pasted into the text): an IRI, prefix:name, a Turtle
    literal such as '"Fedasil"@en', a number, or else a plain string.

    \b
    Example:
      migkg query who-funded-what --format csv
      migkg query who-funded-what --lang fr
      migkg query projects-of --param org=https://w3id.org/migkg/id/org/fedasil
      migkg query --sparql 'SELECT ?fund WHERE { ?fund a mkg:Fund }'
    """
    from migkg.queries.catalog import NamedQuery, bind_params, get_query, list_queries
    from migkg.queries.results import format_results

    if list_only:
        for q in list_queries():
            extra = f"  (params: {', '.join(q.params)})" if q.params else ""
            click.echo(f"{q.name:18} {q.title}{extra}")
        return
    if (query is None) == (sparql is None):
        raise click.UsageError("give a query name or .rq file, or --sparql TEXT (see --list)")
    named = NamedQuery.parse("sparql", sparql) if sparql is not None else get_query(query or "")
    named = named.with_lang(lang)
    raw: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        raw[name.strip()] = value
    bindings = bind_params(named, raw)
    result = _store(ctx).query(named.text, bindings)
    click.echo(format_results(result, fmt), nl=False)


@main.command()
@click.option("--format", "fmt", default="turtle", show_default=True, help="turtle, nt, trig, nquads or jsonld.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here instead of stdout.")
@click.option("--no-reference", is_flag=True, help="Leave out the shipped ontology and reference graphs.")
@click.option(
    "--profile",
    type=click.Choice(["schema"]),
    help="Also write the schema.org, FRAPO and EURIO types and properties the ontology aligns to.",
)
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Path | None, no_reference: bool, profile: str | None) -> None:
    """Export the store: deterministic, valid RDF.

    Turtle, N-Triples and JSON-LD hold the union of all graphs, sorted; TriG and N-Quads keep every
    source's named graph (use them to move a store: export, then load).

    \b
    Example:
      migkg export -o graph.ttl
      migkg export --format trig -o backup.trig
      migkg export --profile schema --format jsonld -o graph.jsonld
    """
    from migkg.graph.export import export as export_store
    from migkg.graph.export import get_format

    spec = get_format(fmt)
    store = _store(ctx)
    if output is None:
        export_store(store, spec, sys.stdout.buffer, include_reference=not no_reference, profile=profile)
        sys.stdout.buffer.flush()
        return
    tmp = output.with_name(output.name + ".part")
    try:
        with tmp.open("wb") as fh:
            export_store(store, spec, fh, include_reference=not no_reference, profile=profile)
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise MigkgError(f"{output}: cannot write ({exc.strerror or exc})") from exc


@main.command()
@click.option("--lang", default="en", show_default=True, help="Class names in this language (default: en).")
@click.pass_context
def stats(ctx: click.Context, lang: str) -> None:
    """Counts: triples, sources, entities per class, and where the store is.

    \b
    Example:
      migkg stats
    """
    info = _store(ctx).stats(lang)
    click.echo(f"store:    {info['store']}")
    click.echo(f"triples:  {info['quads']}")
    click.echo(f"sources:  {info['sources']}")
    click.echo("entities:")
    for cls, n in sorted(info["entities"].items()):
        click.echo(f"  {cls:34} {info['class_labels'].get(cls, ''):34} {n}")


@main.command()
@click.pass_context
def validate(ctx: click.Context) -> None:
    """Check the store against the SHACL shapes; exit code 1 if anything violates them.

    \b
    Example:
      migkg validate
    """
    from migkg.graph.validate import validate_store

    report = validate_store(_store(ctx))
    for v in report.violations:
        click.echo(str(v))
    if report.conforms:
        click.echo("conforms: the store satisfies every shape", err=True)
    else:
        errors = sum(v.severity == "Violation" for v in report.violations)
        _fail(f"{errors} violation(s), {len(report.violations) - errors} warning(s)")
        ctx.exit(EXIT_FAILED)


@main.command()
@click.argument("entity")
@click.option("--lang", default="en", show_default=True, help=_LANG_HELP)
@click.pass_context
def explain(ctx: click.Context, entity: str, lang: str) -> None:
    """Show the facts about an entity (a name, acronym, code, IRI or prefixed name such as
    project:..., organisation:..., fund:AMIF), each with its sentence and source.

    \b
    Example:
      migkg explain Fedasil
      migkg explain REPAIR --lang fr
      migkg explain fund:AMIF
      migkg explain https://w3id.org/migkg/id/fund/AMIF
    """
    from migkg.graph.explain import explain as explain_entity

    for iri, facts in explain_entity(_store(ctx), entity, lang).items():
        click.echo(f"{iri}  ({len(facts)} fact{'s' if len(facts) != 1 else ''} with evidence)")
        by_source: dict[str, list] = {}
        for f in facts:
            by_source.setdefault(f.source, []).append(f)
        for source, items in by_source.items():
            click.echo(f"  source: {source}")
            for f in items:
                where = f" [{f.start}-{f.end}]" if f.start is not None else ""
                conf = f" confidence {f.confidence}" if f.confidence else ""
                click.echo(f"    {f.subject} | {f.property} | {f.value}{conf}")
                click.echo(f"      “{f.sentence}”{where}")


@main.group(invoke_without_command=True)
@click.pass_context
def sources(ctx: click.Context) -> None:
    """List the loaded sources: ID, URL or file name, title, language, triples.

    \b
    Example:
      migkg sources
      migkg sources remove 3f2a9c1d0b7e6a55
    """
    if ctx.invoked_subcommand is not None:
        return
    from migkg.ontology.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

    for s in _store(ctx).sources():
        if s.graph in (ONTOLOGY_GRAPH, REFERENCE_GRAPH):
            continue
        where = s.url or s.name
        title = " ".join((s.title or "").split())[:60]
        click.echo(f"{s.id}  {where}  {title or '-'}  {s.language or '-'}  {s.triples}")


@sources.command("remove")
@click.argument("ident")
@click.pass_context
def sources_remove(ctx: click.Context, ident: str) -> None:
    """Remove a source (by ID, URL or file name) and every fact it brought.

    \b
    Example:
      migkg sources remove 3f2a9c1d0b7e6a55
    """
    info = _store(ctx).remove_source(ident)
    click.echo(f"removed {info.id} ({info.url or info.name})", err=True)


if __name__ == "__main__":
    main()
