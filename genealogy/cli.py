"""The `genealogy` command line: thin Click commands over crawler, graph and exports.

Each command parses its options and calls one library function; user mistakes become one
line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

DEFAULT_WORKSPACE = "./genealogy-data"

workspace_option = click.option(
    "--workspace",
    "-w",
    type=click.Path(file_okay=False, path_type=Path),
    default=DEFAULT_WORKSPACE,
    show_default=True,
    help="Folder holding the claims store, the built graph and the exports.",
)


class UserError(click.ClickException):
    """A mistake the user can fix: printed as one line, exit status 1."""

    def show(self, file=None) -> None:
        click.echo(f"genealogy: error: {self.format_message()}", err=True, file=file)


def _existing_workspace(workspace: Path) -> Path:
    from crawler.store import STORE_FILENAME

    if not (workspace / STORE_FILENAME).exists():
        raise UserError(
            f"no claims store in {workspace} — run `genealogy crawl` or `genealogy extract` first"
        )
    return workspace


def _built_graph(workspace: Path):
    from graph.store import GraphNotBuilt, load_graph

    try:
        return load_graph(workspace)
    except GraphNotBuilt as error:
        raise UserError(str(error)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="academic-genealogy")
def main() -> None:
    """Build an academic genealogy graph from researchers' own pages.

    \b
    Typical session:
      genealogy crawl https://lab.example.org/~ada/      # read pages into claims
      genealogy build                                    # resolve people, build the graph
      genealogy export html                              # explorer page to open in a browser
      genealogy query --saved ancestors --person "Ada Quill"
    """


@main.command()
@click.argument("seeds", nargs=-1)
@click.option("--seeds-file", type=click.File("r"), help="File with one seed URL per line.")
@click.option("--max-pages", type=click.IntRange(min=1), default=None, help="Stop after N pages.")
@click.option("--max-pages-per-site", type=click.IntRange(min=1), default=200, show_default=True)
@click.option(
    "--depth",
    type=click.IntRange(min=0),
    default=3,
    show_default=True,
    help="Link depth followed from each seed within its site.",
)
@click.option(
    "--follow-people",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Follow links to people named in claims, up to N hops from the seeds.",
)
@click.option(
    "--frontier",
    metavar="redis://HOST:PORT/DB",
    default=None,
    help="Share the frontier with other workers through Redis.",
)
@click.option("--no-robots", is_flag=True, help="Ignore robots.txt (only for your own sites).")
@click.option(
    "--delay",
    type=click.FloatRange(min=0),
    default=None,
    help="Seconds between requests to one host (default from settings).",
)
@workspace_option
def crawl(
    seeds,
    seeds_file,
    max_pages,
    max_pages_per_site,
    depth,
    follow_people,
    frontier,
    no_robots,
    delay,
    workspace,
):
    """Crawl researchers' sites from SEEDS and store the claims read on every page.

    \b
    Example:
      genealogy crawl https://lab.example.org/~ada/ --depth 2 --follow-people 1
    """
    urls = list(seeds)
    if seeds_file:
        urls += [line.strip() for line in seeds_file if line.strip() and not line.startswith("#")]
    if not urls:
        raise UserError("give at least one seed URL (or --seeds-file)")
    from crawler.run import CrawlOptions, SeedError, run_crawl

    options = CrawlOptions(
        max_pages=max_pages,
        max_pages_per_site=max_pages_per_site,
        depth=depth,
        follow_people=follow_people,
        frontier=frontier,
        obey_robots=not no_robots,
        delay=delay,
    )
    try:
        summary = run_crawl(urls, workspace, options)
    except SeedError as error:
        raise UserError(str(error)) from None
    click.echo(summary.describe())


@main.command()
@click.argument("targets", nargs=-1, required=True)
@click.option("--jsonl", is_flag=True, help="Print claims as JSON lines instead of storing them.")
@workspace_option
def extract(targets, jsonl, workspace):
    """Read claims from files, site folders or single URLs, without crawling.

    A document no reader can open (a corrupt PDF) is skipped with a warning, and listed
    by `genealogy stats --errors` once stored.

    \b
    Examples:
      genealogy extract cv.pdf homepage.html --jsonl > claims.jsonl
      genealogy extract ./my-site/          # stored in the workspace like a crawl
    """
    from crawler.extract import ExtractionError, extract_targets
    from crawler.store import ClaimStore

    unreadable: list[tuple[str, str]] = []

    def skipped(source: str, reason: str) -> None:
        unreadable.append((source, reason))
        click.echo(f"genealogy: warning: {source}: {reason} (skipped)", err=True)

    try:
        documents = extract_targets(targets, on_unreadable=skipped)
        if jsonl:
            for _source, claims in documents:
                for claim in claims:
                    click.echo(claim.to_json())
            return
        with ClaimStore(workspace) as store:
            total = sum(store.replace_page(source, claims) for source, claims in documents)
            if unreadable:  # listed by `genealogy stats --errors`
                from crawler.faults import FaultKind  # (Scrapy's import: only when needed)

                for source, reason in unreadable:
                    store.record_error(source, str(FaultKind.EXTRACTION), reason)
    except ExtractionError as error:
        raise UserError(str(error)) from None
    skipped_note = f" ({len(unreadable)} unreadable, skipped)" if unreadable else ""
    click.echo(f"{total} claims stored in {workspace}{skipped_note}")


@main.command()
@click.option(
    "--shard",
    "shards",
    multiple=True,
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Merge this crawl worker's workspace into this one first (repeatable).",
)
@workspace_option
def build(shards, workspace):
    """Resolve persons and organisations and build the graph and its SPARQL store.

    \b
    Examples:
      genealogy build --workspace ./genealogy-data
      genealogy build --shard ./worker-a --shard ./worker-b   # after a multi-machine crawl
    """
    if shards:
        from crawler.shards import merge_shards

        try:
            pages, claims = merge_shards(workspace, list(shards))
        except FileNotFoundError as error:
            raise UserError(str(error)) from None
        click.echo(f"merged {pages} pages ({claims} claims) from {len(shards)} shards")
    _existing_workspace(workspace)
    from exports.sparql import rebuild_store
    from graph.build import build_workspace

    graph = build_workspace(workspace)
    rebuild_store(graph, workspace)
    click.echo(
        f"graph built: {graph.graph['persons']} persons, {graph.graph['organisations']}"
        f" organisations, {graph.number_of_edges()} edges → {workspace}"
    )


@main.command()
@click.argument("what", type=click.Choice(["html", "rdf", "graphml", "relations"]))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="Output file (default: the workspace's exports folder; '-' for stdout).",
)
@click.option(
    "--format",
    "rdf_format",
    type=click.Choice(["ttl", "jsonld", "nt", "nq", "trig"]),
    default="ttl",
    show_default=True,
    help="RDF serialisation (with `rdf`).",
)
@click.option(
    "--style",
    type=click.Choice(["explorer", "network"]),
    default="explorer",
    show_default=True,
    help="HTML page kind (with `html`).",
)
@click.option("--base", default=None, help="Base IRI for persons and organisations (with `rdf`).")
@click.option("--validate", is_flag=True, help="Check the RDF against the SHACL shapes.")
@workspace_option
def export(what, output, rdf_format, style, base, validate, workspace):
    """Export the built graph: html, rdf, graphml or relations (JSON lines).

    \b
    Examples:
      genealogy export html                        # exports/explorer.html
      genealogy export rdf --format jsonld --validate
      genealogy export relations -o - | python3 score.py /dev/stdin
    """
    graph = _built_graph(workspace)
    from exports.publish import ExportError, export_graph

    try:
        path = export_graph(
            graph,
            what,
            workspace,
            output=output,
            rdf_format=rdf_format,
            style=style,
            base=base,
            validate=validate,
        )
    except ExportError as error:
        raise UserError(str(error)) from None
    if path is not None:
        click.echo(f"wrote {path}")


@main.command()
@click.argument("sparql", required=False)
@click.option("--saved", "saved_name", metavar="NAME", help="Run a saved query (see --list).")
@click.option("--person", multiple=True, help="Person name bound into a saved query.")
@click.option("--list", "list_saved", is_flag=True, help="List saved queries and exit.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
)
@workspace_option
def query(sparql, saved_name, person, list_saved, output_format, workspace):
    """Ask the graph a SPARQL question: a query string, a .rq file, or a saved query.

    \b
    Examples:
      genealogy query --list
      genealogy query --saved ancestors --person "Ada Quill"
      genealogy query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from exports.sparql import QueryError, describe_saved_queries, run_cli_query

    if list_saved:
        for name, description in describe_saved_queries():
            click.echo(f"{name:28} {description}")
        return
    _existing_workspace(workspace)
    try:
        run_cli_query(
            workspace,
            sparql=sparql,
            saved=saved_name,
            persons=list(person),
            output_format=output_format,
            out=sys.stdout,
        )
    except QueryError as error:
        raise UserError(str(error)) from None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8765, show_default=True)
@workspace_option
def serve(host, port, workspace):
    """Serve the explorer and a read-only SPARQL endpoint over HTTP.

    \b
    Example:
      genealogy serve --port 8765     # then open http://127.0.0.1:8765/
    """
    from exports.serve import serve as serve_workspace

    _built_graph(workspace)
    serve_workspace(workspace, host=host, port=port)


@main.command()
@click.option("--conflicts", is_flag=True, help="List edges whose sources disagree.")
@click.option("--errors", is_flag=True, help="List URLs that could not be read, and why.")
@click.option("--merges", is_flag=True, help="List the surface forms merged into one person.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@workspace_option
def stats(conflicts, errors, merges, as_json, workspace):
    """Counts of pages, claims, persons, organisations and edges per relation.

    \b
    Example:
      genealogy stats --conflicts
    """
    _existing_workspace(workspace)
    from graph.report import workspace_report

    report = workspace_report(workspace)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(report.describe(conflicts=conflicts, errors=errors, merges=merges))


@main.command("import-ror")
@click.argument("dump", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--country",
    multiple=True,
    metavar="CC",
    help="Keep only organisations of this ISO country code (repeatable).",
)
@workspace_option
def import_ror(dump, country, workspace):
    """Extend the organisation aliases from a downloaded ROR data dump (zip or JSON).

    \b
    Example:
      genealogy import-ror v1.55-2024-10-31-ror-data.zip --country FR
    """
    from graph.ror import RorImportError
    from graph.ror import import_ror as import_ror_dump

    try:
        summary = import_ror_dump(dump, workspace, countries=country)
    except RorImportError as error:
        raise UserError(str(error)) from None
    click.echo(summary.describe())


if __name__ == "__main__":
    main()
