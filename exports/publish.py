"""One entry point for `genealogy export`: picks the writer and the default output path."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx

EXPORTS_DIRNAME = "exports"
RDF_SUFFIXES = {"ttl": "ttl", "jsonld": "jsonld", "nt": "nt", "nq": "nq", "trig": "trig"}


class ExportError(Exception):
    """An export the user asked for cannot be written (message is one line)."""


def exports_dir(workspace: Path) -> Path:
    path = Path(workspace) / EXPORTS_DIRNAME
    path.mkdir(parents=True, exist_ok=True)
    return path


def export_graph(
    graph: nx.MultiDiGraph,
    what: str,
    workspace: Path,
    *,
    output: Path | None = None,
    rdf_format: str = "ttl",
    style: str = "explorer",
    base: str | None = None,
    validate: bool = False,
) -> Path | None:
    """Write ``what`` (html, rdf, graphml, relations); return the path, None for stdout."""
    to_stdout = output is not None and str(output) == "-"
    if output is not None and not to_stdout:
        if output.is_dir():
            raise ExportError(f"{output} is a folder; give a file path with -o")
        output.parent.mkdir(parents=True, exist_ok=True)
    if what == "relations":
        from exports.relations import write_relations

        if to_stdout:
            write_relations(graph, sys.stdout)
            return None
        path = output or exports_dir(workspace) / "relations.jsonl"
        with open(path, "w", encoding="utf-8") as handle:
            write_relations(graph, handle)
        return path
    if to_stdout:
        raise ExportError(f"`export {what}` writes a file; give -o PATH")
    if what == "graphml":
        from exports.relations import write_graphml

        path = output or exports_dir(workspace) / "graph.graphml"
        write_graphml(graph, path)
        return path
    if what == "html":
        if style == "network":
            from exports.network import write_network

            path = output or exports_dir(workspace) / "network.html"
            write_network(graph, path)
        else:
            from exports.explorer import write_explorer

            path = output or exports_dir(workspace) / "explorer.html"
            write_explorer(graph, path)
        return path
    if what == "rdf":
        from exports.rdf import write_rdf

        path = output or exports_dir(workspace) / f"graph.{RDF_SUFFIXES[rdf_format]}"
        write_rdf(graph, path, rdf_format, base=base, validate=validate)
        return path
    raise ExportError(f"unknown export {what!r}")
