"""What every resolved node is (a person or an organisation) and the graph attributes it
carries: one shape, so that the build adds both kinds of node the same way."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from crawler.claims import EntityKind


@dataclass(slots=True)
class EntityNode:
    """One resolved node: stable id, canonical name, every surface form, strong ids."""

    kind: ClassVar[EntityKind]

    id: str
    name: str
    aliases: list[str]
    ids: dict[str, str] = field(default_factory=dict)

    def node_attrs(self, sources: list[str]) -> dict:
        """The node's attributes in the graph shape ``graph.build`` documents."""
        return {
            "kind": self.kind.value,
            "name": self.name,
            "aliases": self.aliases,
            "ids": self.ids,
            "homonym": False,
            "sources": sources,
        }
