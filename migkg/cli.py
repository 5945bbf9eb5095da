"""The `migkg` command: parses options, calls the library, turns migkg's errors into one-line
messages and exit codes (0 ok, 1 failed, 2 usage). No logic of its own lives here."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from migkg import __version__
from migkg.errors import BatchError, InputError, InputWarning, MigkgError

EXIT_FAILED = 1
DEFAULT_WAIT = 60.0  # seconds, for `--wait` without a value
_LANG_HELP = "Labels in this language (default: en), else the source's language, else any."


def _store(ctx: click.Context, *, read_only: bool = False) -> Any:
    """Open the store once per command, lazily (so `--help` never touches the disk). Reading
    commands open it read-only: they work while another process loads."""
    from migkg.graph.store import GraphStore, default_store_path

    obj = ctx.ensure_object(dict)
    if "store" not in obj:
        path = obj.get("store_path") or default_store_path()
        store = GraphStore(path, read_only=read_only, wait=obj.get("wait") or 0.0)
        obj["store"] = ctx.with_resource(store)
        for note in store.notes:
            _fail(f"note: {note}")
    return obj["store"]


def _fail(message: str) -> None:
    click.echo(f"migkg: {message}", err=True)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


class MigkgGroup(click.Group):
    """Turns our exceptions into `migkg: message` on stderr and exit code 1."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """`--wait` without a number (before the command) waits DEFAULT_WAIT seconds: click would
        take the next word, the command's name, as its value."""
        if self.name == "main" or ctx.parent is None:
            args = list(args)
            for i, arg in enumerate(args):
                if arg in self.commands:
                    break
                if arg == "--wait" and (i + 1 == len(args) or not _is_number(args[i + 1])):
                    args.insert(i + 1, f"{DEFAULT_WAIT:g}")
                    break
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except MigkgError as exc:
            _fail(str(exc))
            ctx.exit(EXIT_FAILED)


def _jobs_option(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--jobs/-j`, shared by the commands that read with worker processes."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=0),
        default=1,
        show_default=True,
        help=f"Read and extract with this many processes (0: one per core); {what}.",
    )


@click.group(cls=MigkgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path, file_okay=False),
    envvar="MIGKG_STORE",
    help="Store folder (default: $MIGKG_STORE, else ~/.local/share/migkg/store). Created on first use.",
)
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=0.0,
    metavar="[SECONDS]",
    help=f"If another process is writing the store, wait up to SECONDS for it (default {DEFAULT_WAIT:g}).",
)
@click.version_option(__version__, prog_name="migkg")
@click.pass_context
def main(ctx: click.Context, store_path: Path | None, wait: float) -> None:
    """migkg: a knowledge graph of EU-funded migration projects.

    \b
    Example:
      migkg load examples/
      migkg query who-funded-what --format csv
      migkg --wait 120 load more/

    Reading commands work while a load runs (they see what it has committed); a second writer
    stops at once, or with --wait waits for the first to end.
    """
    obj = ctx.ensure_object(dict)
    obj["store_path"] = store_path
    obj["wait"] = wait


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--strict", is_flag=True, help="All or nothing: if any input fails, load none of them.")
@click.option("--loader", "loader_name", help="Force a loader (rdf, text, html, json) instead of guessing by suffix.")
@click.option("--reference", is_flag=True, help="Load as reference data: its names are matched in articles.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@_jobs_option("one process writes")
@click.option(
    "--max-size",
    default="100M",
    show_default=True,
    metavar="SIZE",
    help="Refuse files larger than this (100M, 1G, 512K): a file is read whole, so this bounds memory.",
)
@click.option(
    "--columns",
    metavar="FIELD=Header,...",
    help="Lists of operations: the columns their headers do not name, e.g. operation_name=Titel,fund=Programm "
    "(fields: beneficiary_name, beneficiary_id, operation_name, operation_id, purpose, start_date, end_date, "
    "total_cost, eu_contribution, fund, specific_objective, cofinancing_rate, location, country, "
    "intervention_type, currency).",
)
@click.option(
    "--skip-bad-rows",
    is_flag=True,
    help="Lists of operations: load the good rows of a list and warn about the bad ones.",
)
@click.pass_context
def load(
    ctx: click.Context,
    paths: tuple[str, ...],
    strict: bool,
    loader_name: str | None,
    reference: bool,
    quiet: bool,
    jobs: int,
    max_size: str,
    columns: str | None,
    skip_bad_rows: bool,
) -> None:
    """Load files, folders or - (stdin) into the store.

    Each input becomes one source with its own named graph. Loading the same content again changes
    nothing; a changed version replaces the old one. Bad inputs are named and skipped (exit code 1);
    with --strict the whole batch is all or nothing.

    \b
    Example:
      migkg load examples/seed-article.txt data/*.ttl
      cat page.html | migkg load --loader html -
      migkg load --jobs 2 articles/
      migkg load operations-2021-2027.xlsx --columns operation_name=Titel --skip-bad-rows
    """
    from migkg.loaders.forking import default_jobs, start_worker_server

    jobs = jobs or default_jobs()
    if jobs > 1:
        # Before the imports below (0.2 s): the fork server's seconds of warm-up, which the first
        # worker waits for, overlap with them and with opening the store.
        start_worker_server()
    import warnings

    from migkg.api import LoadReport, expand_inputs, load_items, loader_options
    from migkg.loaders.inputs import parse_size

    try:
        limit = parse_size(max_size)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--max-size") from None
    options = loader_options(columns, skip_bad_rows)
    store = _store(ctx)
    items = expand_inputs(paths)
    report = LoadReport()
    results = load_items(
        store,
        items,
        strict=strict,
        loader=loader_name,
        reference=reference,
        jobs=jobs,
        max_size=limit,
        options=options,
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", InputWarning)
        _load_results(ctx, results, report, items, quiet, caught)
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.errors:
        ctx.exit(EXIT_FAILED)


def _load_results(
    ctx: click.Context, results: Iterator[Any], report: Any, items: list[Any], quiet: bool, caught: list[Any]
) -> None:
    """Report each input's result as it comes, and the warnings (skipped rows) its loader gave."""
    try:
        for result in _progress(results, len(items), quiet):
            for w in caught:
                if isinstance(w.message, InputWarning):
                    click.echo(f"migkg: warning: {w.message}", err=True)
            caught.clear()
            report.add(result)
            if isinstance(result, InputError):
                _fail(str(result))
            elif not quiet and len(items) == 1:
                click.echo(f"{result.status}: {result.name} -> {result.source}", err=True)
    except BatchError as exc:
        _fail(f"--strict: nothing loaded, because {len(exc.failures)} of {len(items)} input(s) failed")
        ctx.exit(EXIT_FAILED)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path, file_okay=False),
    required=True,
    help="Folder for the shards (created; shards of an earlier run in it are replaced).",
)
@_jobs_option("one shard lane each")
@click.option("--loader", "loader_name", help="Force a loader (text, html, json) instead of guessing by suffix.")
@click.option(
    "--loaded-at",
    type=click.DateTime(formats=["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"]),
    help="The load time the shards record, in UTC (default: $SOURCE_DATE_EPOCH, else now).",
)
@click.option(
    "--with-reference",
    is_flag=True,
    help="Also write the ontology and reference data migkg's queries read (shard-reference.nq), for a "
    "triple store; `migkg load` leaves a store's own as they are.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[str, ...],
    out: Path,
    jobs: int,
    loader_name: str | None,
    loaded_at: Any,
    with_reference: bool,
    quiet: bool,
) -> None:
    """Extract documents into N-Quads shards, without a store.

    Each document's source graph (its facts and their provenance) goes to `shard-W-K.nq` files in
    --out, for a triple store's own bulk loader, or for `migkg load OUT` (the same store as loading
    the documents). The same inputs and --jobs give the same files. A triple store also needs the
    ontology and reference data: --with-reference (docs/dask.md).

    \b
    Example:
      migkg extract articles/ --out shards/ --jobs 2
      migkg load shards/
      migkg extract articles/ --out shards/ --with-reference   # for Virtuoso's bulk loader
    """
    from migkg.api import expand_inputs
    from migkg.loaders.inputs import read_inputs
    from migkg.loaders.read import REFERENCE_SHARD, Extracted, default_jobs, extract_shards

    items = expand_inputs(paths)
    jobs = jobs or default_jobs()
    written, errors, shards = 0, 0, set()
    results = extract_shards(
        read_inputs(items), out, jobs=jobs, loader_name=loader_name, loaded_at=loaded_at, with_reference=with_reference
    )
    for result in _progress(results, len(items), quiet):
        if isinstance(result, Extracted):
            written += result.sources
            if result.shard is not None:
                shards.add(result.shard)
        else:
            errors += 1
            _fail(str(result))
    if not quiet:
        failed = f", {errors} failed" if errors else ""
        reference = f", and the ontology and reference data in {REFERENCE_SHARD}" if with_reference else ""
        click.echo(f"{written} sources in {len(shards)} shard(s) in {out}{reference}{failed}", err=True)
    if errors:
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
@click.option("--endpoint", metavar="URL", help="Ask this remote SPARQL endpoint instead of the store (see `push`).")
@click.option("--user", help="With --endpoint: the user name, if the endpoint asks for one.")
@click.option("--password", envvar="MIGKG_PASSWORD", help="With --user: the password (default: $MIGKG_PASSWORD).")
@click.pass_context
def query(
    ctx: click.Context,
    query: str | None,
    sparql: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_only: bool,
    lang: str,
    endpoint: str | None,
    user: str | None,
    password: str | None,
) -> None:
    """Run a named query, a .rq file, or --sparql TEXT over all graphs.

    Parameters are bound as RDF terms (never pasted into the text): an IRI, prefix:name, a Turtle
    literal such as '"Fedasil"@en', a number, or else a plain string. A parameter that stands for an
    entity (`--list` marks it) also takes a name, acronym or code, found as `explain` finds it.

    \b
    Example:
      migkg query who-funded-what --format csv
      migkg query who-funded-what --lang fr
      migkg query projects-of --param org=Fedasil
      migkg query projects-of-fund --param fund=AMIF
      migkg query --sparql 'SELECT ?fund WHERE { ?fund a mkg:Fund }'
      migkg query who-funded-what --endpoint http://127.0.0.1:7878/query
    """
    from migkg.api import resolve_query, run_query
    from migkg.queries.catalog import list_queries
    from migkg.queries.results import format_results

    if list_only:
        for q in list_queries():
            names = [f"{p}=ENTITY" if p in q.entity_params else p for p in q.params]
            extra = f"  (params: {', '.join(names)})" if q.params else ""
            click.echo(f"{q.name:24} {q.title}{extra}")
        return
    if (query is None) == (sparql is None):
        raise click.UsageError("give a query name or .rq file, or --sparql TEXT (see --list)")
    named = resolve_query(query, sparql=sparql, lang=lang)
    raw: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        raw[name.strip()] = value
    if endpoint is None:
        result = run_query(_store(ctx, read_only=True), named, raw)
    else:
        from migkg.graph.remote.endpoint import RemoteEndpoint
        from migkg.graph.remote.http import Client

        with RemoteEndpoint(endpoint, Client(user, password)) as remote:
            result = run_query(remote, named, raw)
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
    store = _store(ctx, read_only=True)
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
    info = _store(ctx, read_only=True).stats(lang)
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

    report = validate_store(_store(ctx, read_only=True))
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

    for iri, facts in explain_entity(_store(ctx, read_only=True), entity, lang).items():
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


@main.group()
def network() -> None:
    """The store as a network of funds, organisations, projects, periods, goals and places.

    \b
    Example:
      migkg network stats
      migkg network export --format graphml -o migkg.graphml
    """


@network.command("stats")
@click.option("--top", default=10, show_default=True, help="How many organisations, funds and pairs to list.")
@click.option("--documents", is_flag=True, help="Count source documents as nodes (reported-by edges).")
@click.pass_context
def network_stats(ctx: click.Context, top: int, documents: bool) -> None:
    """The most central organisations and funds, connected components, and which organisations
    share projects or funders.

    Degree counts distinct neighbours; betweenness is exact up to 2,000 nodes, else estimated from a
    fixed sample.

    \b
    Example:
      migkg network stats --top 5
    """
    from migkg.graph.network import build_network
    from migkg.graph.network import network_stats as compute

    stats = compute(build_network(_store(ctx, read_only=True), documents=documents, evidence=False), top=top)
    click.echo("nodes:  " + ", ".join(f"{n} {t}" for t, n in stats.nodes.items()))
    click.echo("edges:  " + ", ".join(f"{n} {r}" for r, n in stats.edges.items()))
    sizes = stats.components
    click.echo(f"components: {len(sizes)} (largest {', '.join(map(str, sizes[:5])) or '-'} nodes)")
    note = " (betweenness estimated from a sample)" if stats.betweenness_sampled else ""
    for title, rows in (("organisations", stats.organisations), ("funds", stats.funds)):
        click.echo(f"most central {title}{note}:")
        click.echo(f"  {'degree':>6}  {'betweenness':>11}  name")
        for r in rows:
            click.echo(f"  {r.degree:>6}  {r.betweenness:>11.4f}  {r.label}")
    n_orgs, n_links = stats.organisation_graph_size
    click.echo(f"organisations working together: {n_orgs} organisations, {n_links} pairs")
    click.echo(f"  {'projects':>8}  {'funders':>7}  pair")
    for p in stats.organisation_pairs:
        click.echo(f"  {p.projects:>8}  {p.funders:>7}  {p.a} — {p.b}")


@network.command("export")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "json"]), default="graphml", show_default=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True, help="File to write.")
@click.option("--documents", is_flag=True, help="Add source documents as nodes with reported-by edges.")
@click.option("--no-evidence", is_flag=True, help="Leave the evidence sentences out of the node attributes.")
@click.option("--organisations", is_flag=True, help="Export the organisation–organisation graph instead.")
@click.pass_context
def network_export(
    ctx: click.Context, fmt: str, output: Path, documents: bool, no_evidence: bool, organisations: bool
) -> None:
    """Write the network for Gephi, Cytoscape or networkx: GraphML, GEXF or node-link JSON.

    Nodes are keyed by IRI with type, label, names, years, amounts, confidence and source count;
    edges carry their relation. In GraphML and GEXF, lists are joined with " | " and the evidence is
    a JSON string.

    \b
    Example:
      migkg network export --format gexf -o migkg.gexf
      migkg network export --format json --organisations -o orgs.json
    """
    from migkg.graph.network import build_network, export_network, organisation_graph

    graph = build_network(_store(ctx, read_only=True), documents=documents, evidence=not no_evidence)
    if organisations:
        graph = organisation_graph(graph)
    export_network(graph, fmt, output)
    click.echo(f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges", err=True)


@main.command("view")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("graph.html"),
    show_default=True,
    help="The HTML file to write.",
)
@click.option("--focus", metavar="ENTITY", help="Draw only what lies near this entity (a name or an IRI).")
@click.option("--depth", default=1, show_default=True, help="With --focus: how many steps away to go.")
@click.option("--fund", help="Keep the projects of this fund (name, code or IRI) and what they link to.")
@click.option("--period", help="Keep the projects active in these years (2025, 2024-2027) or this period.")
@click.option("--organisation", help="Keep the projects this organisation runs, joins or funds.")
@click.option("--documents", is_flag=True, help="Draw the source documents too (reported-by edges).")
@click.option(
    "--max-nodes",
    default=5000,
    show_default=True,
    help="Draw at most this many nodes, the most connected; say what was left out.",
)
@click.pass_context
def view_command(
    ctx: click.Context,
    output: Path,
    focus: str | None,
    depth: int,
    fund: str | None,
    period: str | None,
    organisation: str | None,
    documents: bool,
    max_nodes: int,
) -> None:
    """Write the network as one interactive HTML page that works offline.

    Colours and shapes per type, a legend, a search box, filters by type, fund, period and minimum
    confidence; a click on a node shows its names, years, amounts, who-funded-what rows and the
    evidence sentences with links to their sources. Above 300 nodes the layout is computed here and
    physics is off; above --max-nodes the least connected nodes are left out.

    \b
    Example:
      migkg view -o graph.html
      migkg view --focus Fedasil --depth 2 -o fedasil.html
      migkg view --fund AMIF --period 2024-2025 -o amif.html
    """
    from migkg.graph.view import view as write_page

    result = write_page(
        _store(ctx, read_only=True),
        output,
        focus=focus,
        depth=depth,
        fund=fund,
        period=period,
        organisation=organisation,
        documents=documents,
        max_nodes=max_nodes,
    )
    if result.message:
        click.echo(f"migkg: {result.message}", err=True)
    layout = "laid out in advance, physics off" if result.python_layout else "laid out in the browser"
    click.echo(f"wrote {output}: {result.nodes} nodes, {result.edges} edges ({layout})", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every network).")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (POST /update); the store is then locked.")
@click.option("--allow-service", is_flag=True, help="Let queries fetch from other hosts with SERVICE.")
@click.option(
    "--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds a query may run."
)
@click.option("--max-rows", default=10000, show_default=True, type=click.IntRange(min=1), help="Rows sent at most.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1), help="Queries run at once.")
@click.pass_context
def serve(
    ctx: click.Context,
    host: str,
    port: int,
    allow_update: bool,
    allow_service: bool,
    timeout: float,
    max_rows: int,
    workers: int,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint, with a query page that works offline.

    Queries at /query (GET or POST; JSON, XML, CSV or TSV by the Accept header), the page at /.
    Read-only unless --allow-update; loads may run meanwhile (served within seconds). SERVICE is
    refused unless --allow-service. Ctrl-C stops it.

    \b
    Example:
      migkg serve
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s a mkg:Fund }' http://127.0.0.1:7878/query
    """
    from migkg.graph.remote.serve import ServeOptions, start
    from migkg.graph.store import default_store_path

    options = ServeOptions(
        store=ctx.obj.get("store_path") or default_store_path(),
        host=host,
        port=port,
        allow_update=allow_update,
        allow_service=allow_service,
        timeout=timeout,
        max_rows=max_rows,
        workers=workers,
    )
    server = start(options)

    def stop(*_: object) -> None:
        raise KeyboardInterrupt  # SIGTERM stops it as Ctrl-C does: workers and store closed

    signal.signal(signal.SIGTERM, stop)
    mode = "read-write" if allow_update else "read-only"
    click.echo(f"migkg: serving {options.store} ({mode}) at {server.url} (SPARQL at {server.url}query)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


@main.command()
@click.option(
    "--endpoint", metavar="URL", required=True, help="The server's SPARQL endpoint (e.g. .../query, .../sparql)."
)
@click.option("--graph-store", metavar="URL", help="Its Graph Store URL, when it cannot be told from --endpoint.")
@click.option("--user", help="User name, if the server asks for one (Basic or Digest).")
@click.option("--password", envvar="MIGKG_PASSWORD", help="The password (default: $MIGKG_PASSWORD).")
@click.option("--batch-size", default=50000, show_default=True, type=click.IntRange(min=1), help="Triples per request.")
@click.option("--retries", default=4, show_default=True, type=click.IntRange(0), help="Retries on 5xx or no answer.")
@click.option(
    "--delete/--no-delete",
    default=True,
    show_default=True,
    help="Delete from the server the graphs migkg pushed before and the store no longer has (never others).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.pass_context
def push(
    ctx: click.Context,
    endpoint: str,
    graph_store: str | None,
    user: str | None,
    password: str | None,
    batch_size: int,
    retries: int,
    delete: bool,
    quiet: bool,
) -> None:
    """Upload the store to a triple store (SPARQL 1.1 Graph Store Protocol), replacing its graphs.

    Each source's named graph, the ontology and reference data, and their union (which `query
    --endpoint` uses as the default graph) are sent; pushing again sends the same and changes
    nothing. A graph pushed before whose source was since removed from the store is deleted from
    the server (--no-delete keeps it); graphs migkg did not push are never touched. Known Graph
    Store URLs: Oxigraph /query -> /store, Virtuoso /sparql -> /sparql-graph-crud-auth, Fuseki
    /DATASET/sparql -> /DATASET/data, GraphDB /repositories/R -> /repositories/R/rdf-graphs/service.

    \b
    Example:
      migkg push --endpoint http://127.0.0.1:7878/query
      migkg push --endpoint http://127.0.0.1:8890/sparql --user dba --password dba
      migkg query who-funded-what --endpoint http://127.0.0.1:8890/sparql
    """
    from migkg.graph.remote.http import Client
    from migkg.graph.remote.push import graph_store_url
    from migkg.graph.remote.push import push as push_store

    url = graph_store or graph_store_url(endpoint, with_auth=user is not None)
    client = Client(user, password, retries=retries)
    try:
        report = push_store(_store(ctx, read_only=True), url, client, batch_size=batch_size, delete=delete)
    finally:
        client.close()
    if not quiet:
        click.echo(report.summary(), err=True)


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

    for s in _store(ctx, read_only=True).sources():
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
