"""One document → claims: load, find the owner, run every rule per block, tidy the claims."""

from __future__ import annotations

import re

from crawler.claims import Claim, Relation
from crawler.extract import affiliations, relations
from crawler.extract.documents import Block, BlockKind, Document, load
from crawler.extract.lexicon import LEXICON
from crawler.extract.organisations import acronym_map
from crawler.extract.owner import find_owner
from crawler.extract.page import Page, scrub
from crawler.extract.publications import bibtex_entries, coauthor_claims, parse_entry
from crawler.extract.sections import SectionKind, section_kind
from crawler.extract.sites import SiteContext
from crawler.extract.templates import is_sample_entity, is_template_text
from crawler.names import clean_name, compatible, fold, parse_name

BLOCK_RULES = (
    relations.supervision,
    relations.student_list,
    relations.jury,
    affiliations.affiliations,
    affiliations.offer_contacts,
)
_AUTHOR_LABEL = re.compile(
    rf"^\s*(?:{'|'.join(re.escape(w) for w in LEXICON.AUTHOR_LABELS)})\s*[:：]\s*", re.I)
OFFER_MIN_WORDS = 3


def without_template_sections(blocks: list[Block]) -> list[Block]:
    """Drop theme sample content: blocks holding sample text, and whole sections where most
    blocks are samples (al-folio's sample CV puts "Supervisor: ..." beside its sample
    university), while a user's real entries mixed with leftovers are kept."""
    if not is_template_text("\n".join(b.text for b in blocks)):
        return blocks
    totals: dict[tuple, list[int]] = {}
    for block in blocks:
        if block.kind is not BlockKind.HEADING and block.section:
            counts = totals.setdefault(block.section, [0, 0])
            counts[0] += 1
            counts[1] += is_template_text(block.text)
    marked = {section for section, (total, samples) in totals.items() if samples * 2 >= total
              and samples}
    kept = []
    for block in blocks:
        path = (*block.section, block.text) if block.kind is BlockKind.HEADING else block.section
        if is_template_text(block.text) or any(path[: len(m)] == m for m in marked):
            continue
        kept.append(block)
    return kept


def publication_entries(document: Document) -> list[str]:
    """The texts of the page's publication entries (author lists, with titles and venues)."""
    blocks = [b for b in document.blocks if b.kind is not BlockKind.HEADING
              and section_kind(b) is SectionKind.PUBLICATIONS]
    labelled = [b for b in blocks if _AUTHOR_LABEL.match(b.text)]
    if labelled:
        return [_AUTHOR_LABEL.sub("", b.text.split("\n")[0]) for b in labelled]
    return [_authors_part(b.text) for b in blocks]


_EDITED = re.compile(r"(?:^|\s)(?:In|Dans)\s*:|\beds?\.|\((?:eds?|éds?)\.?\)|\bedited by\b|"
                     r"\bsous la direction de\b", re.I)


def _authors_part(entry: str) -> str:
    """An entry without its "In: Proceedings ..., eds. X and Y" tail: editors are not authors."""
    match = _EDITED.search(entry)
    return entry[: match.start()].strip() if match else entry


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-Þ]")


def _may_list_authors(text: str) -> bool:
    """Cheap pre-filter: an author list has a separator and two capitalised words."""
    return ("," in text or " and " in text or "&" in text or ";" in text or " et " in text) \
        and len(_CAPITALISED.findall(text, 0, 400)) >= 2


def _is_offer(document: Document) -> bool:
    hits = {m.group().lower() for m in LEXICON.pattern("OFFER").finditer(document.text[:20000])}
    return len(hits) >= OFFER_MIN_WORDS


def extract(body: bytes | str, source: str, *, content_type: str | None = None,
            site: SiteContext | None = None) -> list[Claim]:
    document = load(body, source, content_type, site.placeholders if site else None)
    document.blocks = without_template_sections(document.blocks)
    if document.bibtex is not None:
        entries = [e for e in bibtex_entries(document.bibtex) if not is_template_text(e.text)]
        owner = site.owner if site else None
        return tidy(coauthor_claims(entries, source, owner=owner), owner)
    entries = [e for e in (parse_entry(text) for text in publication_entries(document)
                           if _may_list_authors(text)) if e]
    author_lists = [list(entry.authors) for entry in entries]
    offer = _is_offer(document)
    owner = find_owner(document, site_owner=site.owner if site else None,
                       author_lists=author_lists, offer=offer)
    if owner is not None and is_sample_entity(owner.name):
        owner = None
    if owner is not None:
        owner = _accented(owner, document.text)
    page = Page(document, owner, acronym_map(document.text), offer)
    for block in document.blocks:
        for rule in BLOCK_RULES:
            rule(page, block)
    known = {c.object for c in page.claims if c.relation.family.value in ("supervision", "jury")}
    known |= {c.subject for c in page.claims if c.relation.family.value in ("supervision", "jury")}
    if owner is not None:
        known.add(owner.name)
    page.claims.extend(coauthor_claims(entries, source, owner=owner.name if owner else None,
                                       known=sorted(known)))
    return tidy(page.claims, owner.name if owner else None, document.text)


def _accented(owner, text: str):
    """An owner read without accents (e-mail) takes the accented form the page writes."""
    from crawler.extract.owner import PageOwner

    target = fold(owner.name)
    words = owner.name.split()
    pattern = r"\s+".join(r"[\w\-]{%d,%d}" % (max(1, len(w) - 1), len(w) + 1) for w in words)
    for match in re.finditer(pattern, text):
        if fold(match.group()) == target and match.group() != owner.name:
            return PageOwner(clean_name(match.group()) or owner.name, owner.confidence, owner.how)
    return owner


def tidy(claims: list[Claim], owner: str | None, text: str = "") -> list[Claim]:
    """Drop template samples and self-relations, resolve initials, merge duplicates.

    Within one page a fact stated twice keeps both evidences, the dated statement first.
    """
    full_names: dict[str, list[str]] = {}
    for claim in claims:
        for name in _persons(claim):
            parsed = parse_name(name)
            if parsed is not None and not parsed.initials_only and parsed.given:
                full_names.setdefault(parsed.family_key, []).append(name)
    kept: list[Claim] = []
    seen: set[tuple] = set()
    resolved: dict[str, str] = {}

    def resolve(name: str) -> str:
        if name not in resolved:
            resolved[name] = _resolve(name, full_names)
        return resolved[name]

    for claim in claims:
        if is_sample_entity(claim.subject) or is_sample_entity(claim.object):
            continue
        subject, obj = claim.subject, claim.object
        if claim.relation.subject_kind.value == "person":
            subject = resolve(subject)
        if claim.relation.object_kind.value == "person":
            obj = resolve(obj)
        if fold(subject) == fold(obj) or (
            claim.relation.object_kind.value == "person"
            and claim.relation is not Relation.COAUTHOR and compatible(subject, obj)
        ):
            continue
        evidence = scrub(claim.evidence)
        if (subject, obj, evidence) != (claim.subject, claim.object, claim.evidence):
            claim = Claim(subject, claim.relation, obj, claim.source, evidence,
                          claim.extractor, claim.confidence, claim.start, claim.end)
        if claim.key in seen:
            continue
        seen.add(claim.key)
        kept.append(claim)
    dated = {_triple(c) for c in kept if c.start is not None or c.end is not None}
    kept = [c for c in kept if c.start is not None or c.end is not None
            or _triple(c) not in dated]
    order = {}
    for index, claim in enumerate(kept):
        triple = _triple(claim)
        order.setdefault(triple, index)
    return sorted(kept, key=lambda c: (order[_triple(c)],
                                       -((c.start is not None) + (c.end is not None))))


def _triple(claim: Claim) -> tuple:
    subject, obj = claim.subject, claim.object
    if claim.relation is Relation.COAUTHOR and obj < subject:
        subject, obj = obj, subject
    return (subject, claim.relation, obj)


def _persons(claim: Claim) -> list[str]:
    names = []
    if claim.relation.subject_kind.value == "person":
        names.append(claim.subject)
    if claim.relation.object_kind.value == "person":
        names.append(claim.object)
    return names


def _resolve(name: str, full_names: dict[str, list[str]]) -> str:
    parsed = parse_name(name, allow_single=True)
    if parsed is None or not parsed.initials_only:
        return name
    fits = {full for full in full_names.get(parsed.family_key, []) if compatible(name, full)}
    return fits.pop() if len(fits) == 1 else name


def block_text(block: Block) -> str:
    return block.text
