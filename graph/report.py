"""What ``genealogy stats`` tells: how much was read, what the graph became, what to check.

Figures come from the claims store (pages, claims, crawl errors) and from the built graph
(persons, organisations, edges per relation, merges, homonym flags, conflicts).  Without a
built graph the store's figures are still reported, with a hint to run ``genealogy build``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import networkx as nx

from crawler.claims import EntityKind, Relation
from crawler.store import ClaimStore
from graph.store import GraphNotBuilt, load_graph


@dataclass(slots=True)
class WorkspaceReport:
    """Counts and review lists for one workspace."""

    workspace: str
    pages: int
    claims: int
    graph_built: bool = False
    persons: int = 0
    organisations: int = 0
    edges: dict[str, int] = field(default_factory=dict)
    merges: list[dict] = field(default_factory=list)
    homonyms: list[dict] = field(default_factory=list)
    conflicts: list[dict] = field(default_factory=list)
    errors: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)

    def describe(self, conflicts: bool = False, errors: bool = False, merges: bool = False) -> str:
        """The human summary; each flag appends the matching review list."""
        lines = [
            f"workspace      {self.workspace}",
            f"pages          {self.pages}",
            f"claims         {self.claims}",
        ]
        if not self.graph_built:
            lines.append("graph          not built — run `genealogy build`")
        else:
            lines += [
                f"persons        {self.persons}",
                f"organisations  {self.organisations}",
                f"edges          {sum(self.edges.values())}",
            ]
            lines += [f"  {relation:20} {n}" for relation, n in self.edges.items()]
            lines += [
                f"merges         {len(self.merges)} persons named in several forms",
                f"homonyms       {len(self.homonyms)} names read in unrelated contexts",
                f"conflicts      {len(self.conflicts)} edges whose sources disagree",
            ]
        lines.append(f"errors         {len(self.errors)} URLs could not be read")
        if merges:
            lines.append("")
            lines.append("merges (canonical name ← forms merged):")
            for merge in self.merges:
                lines.append(f"  {merge['name']} ← " + " | ".join(merge["forms"]))
                lines += [f"      {why}" for why in merge["why"]]
            for homonym in self.homonyms:
                lines.append(f"  possible homonym: {homonym['name']} ({homonym['id']})")
        if conflicts:
            lines.append("")
            lines.append("conflicts:")
            for conflict in self.conflicts:
                lines.append(
                    f"  {conflict['subject']} —{conflict['relation']}→ {conflict['object']}:"
                    f" {conflict['reason']}"
                )
                lines += [f"      {source}" for source in conflict["sources"]]
        if errors:
            lines.append("")
            lines.append("errors:")
            for error in self.errors:
                lines.append(f"  {error['url']}  [{error['kind']}] {error['message']}")
        return "\n".join(lines)


def graph_report(G: nx.MultiDiGraph) -> dict:
    """Graph figures and review lists, as plain data."""
    person = EntityKind.PERSON.value
    persons = sum(1 for _, kind in G.nodes(data="kind") if kind == person)
    order = {relation.value: i for i, relation in enumerate(Relation)}
    counts = Counter(key for _, _, key in G.edges(keys=True))
    edges = {r: counts[r] for r in sorted(counts, key=lambda r: order.get(r, len(order)))}
    merges, homonyms = [], []
    for node, data in G.nodes(data=True):
        if data.get("kind") != person:
            continue
        forms = [form for form in data.get("aliases", ()) if form != data["name"]]
        if forms:
            merges.append(
                {"id": node, "name": data["name"], "forms": forms, "why": data.get("merges", [])}
            )
        if data.get("homonym"):
            homonyms.append({"id": node, "name": data["name"], "sources": data.get("sources", [])})
    conflicts = [
        {
            "subject": G.nodes[u]["name"],
            "relation": key,
            "object": G.nodes[v]["name"],
            "subject_id": u,
            "object_id": v,
            "reason": data.get("conflict_reason", ""),
            "sources": sorted({row["source"] for row in data.get("claims", ())}),
        }
        for u, v, key, data in G.edges(keys=True, data=True)
        if data.get("conflict")
    ]
    return {
        "persons": persons,
        "organisations": G.number_of_nodes() - persons,
        "edges": edges,
        "merges": merges,
        "homonyms": homonyms,
        "conflicts": conflicts,
    }


def workspace_report(workspace: str | Path) -> WorkspaceReport:
    """Everything ``genealogy stats`` prints for ``workspace``."""
    with ClaimStore(workspace) as store:
        report = WorkspaceReport(
            workspace=str(workspace),
            pages=store.count_pages(),
            claims=store.count_claims(),
            errors=store.errors(),
        )
    try:
        G = load_graph(workspace)
    except GraphNotBuilt:
        return report
    report.graph_built = True
    for name, value in graph_report(G).items():
        setattr(report, name, value)
    return report
