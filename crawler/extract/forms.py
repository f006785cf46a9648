"""Reporting forms saved as tables (a funder's "Collaborators and Other Affiliations"):
the owner is the row under a "Your Name:" header, and each coded row ("T: Family, Given |
Affiliation") is what the caption's legend says its letter means ("T: the individual's PhD
thesis advisees")."""

from __future__ import annotations

import re

from crawler.claims import Relation
from crawler.extract.dates import Period
from crawler.extract.documents import BlockKind
from crawler.extract.lexicon import LEXICON
from crawler.extract.organisations import OrgKind, find_organisations
from crawler.extract.owner import PageOwner
from crawler.extract.page import Page
from crawler.names import clean_name

# "G: The individual's PhD advisors; and T: All of the individual's PhD thesis advisees."
# (or "A = graduate advisor or postdoctoral sponsor; T = thesis advisee …", a type key)
_LEGEND = re.compile(
    r"(?<![\w'’])([A-Z])(?::|\s=)\s+([^:;=]{4,120}?)"
    r"(?=\s*(?:;|\.|$|\s(?:and\s+)?[A-Z](?::|\s=)))"
)
# ("A: | Family, Given | …": the code in a type column of its own)
_CODED_ROW = re.compile(r"^([A-Z]):\s*(?:\|\s*)?(.+)$")
_ADVISORS = LEXICON.pattern("LEGEND_ADVISORS")
_ADVISEES = LEXICON.pattern("LEGEND_ADVISEES")
_AFFILIATION_HEADER = re.compile(r"(?i)\baffiliation")
_POSTDOC = re.compile(r"(?i)\bpost-?doc")


def _cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.split(" | ")]


def coded_relations(page: Page) -> None:
    """A form's coded rows as the relations their legend names (advisors, advisees)."""
    blocks = [b for b in page.document.blocks if b.kind is BlockKind.ITEM]
    if not any(b.text[1:3] == ": " and b.text[:1].isupper() for b in blocks):
        return  # no coded row ("T: Family, Given | …")
    # (the legend may be a caption row or a paragraph under the tables: "Type key: A = …")
    legends = [b for b in page.document.blocks if "dvisee" in b.text or "dvisor" in b.text]
    if not legends:
        return  # (no legend can name a supervision: nothing to read)
    owner = page.owner.name if page.owner is not None else None
    codes: dict[str, Relation | str] = {}
    label = LEXICON.pattern("FORM_OWNER_LABELS")
    for block in legends:
        for code, meaning in _LEGEND.findall(block.text):
            if _ADVISEES.search(meaning):
                codes[code] = "advisee"
            elif _ADVISORS.search(meaning):
                codes[code] = "advisor"
    for index, block in enumerate(blocks):
        if owner is None and label.search(block.text) and index + 1 < len(blocks):
            row = _cells(blocks[index + 1].text)
            named = next((cell for cell in row if cell), "")
            owner = clean_name(named, surname_first="," in named) if named else None
            if owner is not None:
                page.owner = PageOwner(owner, 0.7, "form-owner")
                _owner_affiliation(page, block.text, row, blocks[index + 1].text)
    if owner is None or not codes:
        return
    # "A = graduate advisor or postdoctoral sponsor": an advisor whose affiliation is where
    # the page's postdoc line says the owner was a postdoc sponsored the postdoc.
    postdoc_lines = [
        line for line in page.document.text.split("\n") if _POSTDOC.search(line) and "|" in line
    ]
    for block in blocks:
        row = _CODED_ROW.match(block.text)
        role = codes.get(row.group(1)) if row else None
        if role is None:
            continue
        cells = _cells(row.group(2))
        person = clean_name(cells[0], surname_first="," in cells[0])
        if person is None:
            continue
        subject, advisor = (owner, person) if role == "advisor" else (person, owner)
        relation = Relation.ADVISOR_PHD
        where = cells[1] if len(cells) > 1 and len(cells[1]) > 5 else None
        if role == "advisor" and where and any(where in line for line in postdoc_lines):
            relation = Relation.ADVISOR_POSTDOC
        page.add(subject, relation, advisor, block.text, "supervision.form-code", 0.7)


def _owner_affiliation(page: Page, header: str, row: list[str], evidence: str) -> None:
    """ "Your Name: | Your Organizational Affiliation(s)" over "X, Y | University Z": the
    first institution in the cells after the name (the header's columns may be merged)."""
    if not _AFFILIATION_HEADER.search(header):
        return
    named = next((i for i, cell in enumerate(row) if cell), len(row))
    for cell in row[named + 1 :]:
        mentions = [
            m for m in find_organisations(cell, page.acronyms) if m.kind is OrgKind.INSTITUTION
        ]
        if mentions:
            page.add(
                page.owner.name,
                Relation.EMPLOYED_AT,
                mentions[0].name,
                evidence,
                "organisation.form-owner",
                0.6,
                Period(),
            )
            return
