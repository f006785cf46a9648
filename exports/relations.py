"""The resolved graph's edges as claim-contract JSON lines, and as GraphML for Gephi.

``relations.jsonl`` has the fields of a claim (DESIGN.md) with canonical names, so
``shared/eval/score.py`` scores the graph exactly as it scores raw extraction; each line
adds the node ids, the conflict flag and how many claims support the edge.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import networkx as nx

from crawler.claims import CLAIM_FIELDS


def _best_claim(rows: list[dict]) -> dict:
    """The claim shown for an edge: highest confidence, then earliest source (stable)."""
    return min(rows, key=lambda r: (-r["confidence"], r["source"], r["claim_id"]))


def iter_relations(G: nx.MultiDiGraph, *, include_reference: bool = False) -> Iterator[dict]:
    """One claim-contract dict per edge, canonical names as subject and object.

    Edges taken from the curated alias file (``reference``) are left out unless asked:
    they are reference data, not something a page said.

    >>> from crawler.claims import Claim
    >>> from graph.build import build_graph
    >>> G = build_graph([Claim("Ada QUILL", "advisor_phd", "Zed Marlow", "a.html", "…", "t")])
    >>> row = next(iter_relations(G))
    >>> row["subject"], row["relation"], row["object"]
    ('Ada Quill', 'advisor_phd', 'Zed Marlow')
    """
    nodes = G.nodes
    for u, v, key, data in G.edges(keys=True, data=True):
        if data.get("reference") and not include_reference:
            continue
        rows = data.get("claims") or []
        best = _best_claim(rows) if rows else {}
        row = {
            "subject": nodes[u]["name"],
            "subject_kind": nodes[u]["kind"],
            "relation": key,
            "object": nodes[v]["name"],
            "object_kind": nodes[v]["kind"],
            "start": data.get("start"),
            "end": data.get("end"),
            "source": best.get("source"),
            "evidence": best.get("evidence"),
            "confidence": data.get("confidence"),
            "extractor": best.get("extractor"),
        }
        yield {
            **{name: row[name] for name in CLAIM_FIELDS},
            "subject_id": u,
            "object_id": v,
            "conflict": bool(data.get("conflict")),
            "support": len(rows),
        }


def write_relations(G: nx.MultiDiGraph, handle: TextIO, *, include_reference: bool = False) -> int:
    """Write :func:`iter_relations` as JSON lines; return the number of lines."""
    count = 0
    for row in iter_relations(G, include_reference=include_reference):
        handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += 1
    return count


def _scalar(value):
    """GraphML (and Gephi) take str/int/float/bool only: lists are joined, dicts flattened."""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list | tuple | set):
        return " | ".join(str(item) for item in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def graphml_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` with only scalar attributes, as GraphML readers require."""
    out = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        attrs = {"label": data.get("name", node)}
        for name, value in data.items():
            if name == "ids":
                attrs.update({f"id_{k}": str(v) for k, v in sorted(value.items())})
            elif name == "sources":
                attrs["n_sources"] = len(value)
            elif value is not None and name != "merges":
                attrs[name] = _scalar(value)
        out.add_node(node, **attrs)
    for u, v, key, data in G.edges(keys=True, data=True):
        rows = data.get("claims") or []
        attrs = {
            "relation": key,
            "confidence": float(data.get("confidence") or 0.0),
            "conflict": bool(data.get("conflict")),
            "n_claims": len(rows),
            "sources": " | ".join(sorted({r["source"] for r in rows})),
        }
        if data.get("start") is not None:
            attrs["start"] = int(data["start"])
        if data.get("end") is not None:
            attrs["end"] = int(data["end"])
        if data.get("conflict_reason"):
            attrs["conflict_reason"] = data["conflict_reason"]
        if rows:
            attrs["evidence"] = _best_claim(rows)["evidence"]
        out.add_edge(u, v, key=key, **attrs)
    return out


def write_graphml(G: nx.MultiDiGraph, path: str | Path) -> Path:
    """Write GraphML that Gephi opens (scalar attributes only)."""
    path = Path(path)
    nx.write_graphml_lxml(graphml_graph(G), path)
    return path
