"""The synthetic world as a static website: homepages, CV PDFs and a thesis catalogue.

Pages are written under ``<dir>/<host>/~<login>/index.html`` (homepages, in three theme
styles: academicpages-like, hand-written, French) and ``<dir>/theses/p000123.html``
(catalogue records), with root-relative links between persons' pages, so one static server
on 127.0.0.1 serves the whole web and a crawler discovers it by following links.  A small
sample of homepages also links a CV PDF (fpdf2).  ``seeds.txt`` lists homepage paths and
``manifest.json`` maps every file to the claim source URL of the page it renders.

All text is the world's own (invented), always HTML-escaped.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from bench.lexicon import PHRASES, Language
from bench.world import BASE_URL, Mention, Page, PageKind, Theme, World, _PageWriter, fold_ascii

# One PDF CV every PDF_EVERY homepages, at most MAX_PDFS: PDFs are slow to write and rarer.
PDF_EVERY = 25
MAX_PDFS = 200
CATALOGUE_INDEX_SIZE = 200

ACADEMICPAGES_CSS = """
body{margin:0;font-family:-apple-system,BlinkMacSystemFont,"Roboto","Segoe UI","Helvetica Neue",
"Lucida Grande",Arial,sans-serif;color:#494e52;line-height:1.5}
.masthead{border-bottom:1px solid #f2f3f3;padding:1em 2em}.masthead__menu-item{display:inline;
margin-right:1em}.sidebar{float:left;width:240px;padding:2em;font-size:.85em}.page{margin-left:300px;
padding:2em;max-width:760px}.author__avatar img{border-radius:50%;max-width:110px}
.page__footer{clear:both;border-top:1px solid #f2f3f3;padding:1em 2em;font-size:.75em;color:#7a8288}
h2{border-bottom:1px solid #f2f3f3;font-size:1.25em;margin-top:2em}
"""

FRENCH_CSS = "body{font-family:Georgia,serif;max-width:52em;margin:2em auto}h2{color:#803}"


def _inline(statement_segments: list[str | Mention], links: dict[str, str]) -> str:
    """A statement as HTML: text escaped, mentions of persons with a page as links."""
    out = []
    for segment in statement_segments:
        if isinstance(segment, Mention):
            href = links.get(segment.entity)
            text = escape(segment.text)
            out.append(f'<a href="{escape(href)}">{text}</a>' if href else text)
        else:
            out.append(escape(segment))
    return "".join(out)


def _sections_html(page: Page, links: dict[str, str], heading: str = "h2") -> str:
    headings = PHRASES[page.language]["headings"]
    parts = []
    for key, statements in page.sections:
        parts.append(f"<{heading}>{escape(headings[key])}</{heading}>")
        if key == "position" or page.kind is PageKind.CATALOGUE:
            parts.extend(f"<p>{_inline(s.segments, links)}</p>" for s in statements)
        else:
            items = "".join(f"<li>{_inline(s.segments, links)}</li>" for s in statements)
            parts.append(f"<ul>{items}</ul>")
    return "\n".join(parts)


def _academicpages(page: Page, body: str, extra: str) -> str:
    name = escape(page.title)
    return f"""<!doctype html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<title>{name} - Homepage</title>
<meta name="description" content="Personal academic homepage of {name}.">
<meta property="og:type" content="website"><meta property="og:title" content="{name}">
<meta name="author" content="{name}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>{ACADEMICPAGES_CSS}</style>
</head>
<body>
<div class="masthead"><nav id="site-nav" class="greedy-nav">
<ul class="visible-links"><li class="masthead__menu-item masthead__menu-item--lg">
<a href="./">{name}</a></li><li class="masthead__menu-item"><a href="./#publications">
Publications</a></li><li class="masthead__menu-item"><a href="./#teaching">Teaching</a></li>
<li class="masthead__menu-item"><a href="./#cv">CV</a></li></ul></nav></div>
<div id="main" role="main">
<div class="sidebar sticky"><div itemscope itemtype="http://schema.org/Person">
<div class="author__avatar"><img src="data:," alt="{name}"></div>
<div class="author__content"><h3 class="author__name">{name}</h3>
<p class="author__bio">Researcher. Interested in mathematics and computing.</p></div>
<div class="author__urls-wrapper"><ul class="author__urls social-icons">
<li><i class="fas fa-fw fa-map-marker" aria-hidden="true"></i> Earth</li></ul></div>
</div></div>
<article class="page" itemscope itemtype="http://schema.org/CreativeWork">
<header><h1 class="page__title" itemprop="headline">About me</h1></header>
<section class="page__content" itemprop="text">
{body}
{extra}
</section></article></div>
<div class="page__footer"><footer>
<div class="page__footer-copyright">© {name}. Powered by Jekyll &amp; AcademicPages,
a fork of Minimal Mistakes.</div></footer></div>
</body></html>
"""


def _handwritten(page: Page, body: str, extra: str) -> str:
    name = escape(page.title)
    return f"""<html><head><title>{name}</title></head>
<body bgcolor="#ffffff">
<h1>{name}</h1>
<hr>
{body}
{extra}
<hr><address>Last modified: sometime.</address>
</body></html>
"""


def _french(page: Page, body: str, extra: str) -> str:
    name = escape(page.title)
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>{name} — Page personnelle</title>
<style>{FRENCH_CSS}</style></head>
<body><header><h1>{name}</h1><p>Page personnelle</p>
<nav><a href="./">Accueil</a> · <a href="./#publications">Publications</a> ·
<a href="./#enseignement">Enseignement</a></nav></header>
<main>
{body}
{extra}
</main>
<footer><p>Dernière mise à jour : voir le dépôt.</p></footer></body></html>
"""


THEMES = {Theme.ACADEMICPAGES: _academicpages, Theme.HANDWRITTEN: _handwritten}
THEMES[Theme.FRENCH] = _french


def _catalogue(page: Page, body: str, extra: str) -> str:
    title = escape(page.title)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{title} — Thesis catalogue</title></head>
<body><p><a href="/theses/">Thesis catalogue</a></p>
<h1>{title}</h1>
{body}
{extra}
</body></html>
"""


def render_html(page: Page, links: dict[str, str], extra: str = "") -> str:
    """One page of the world as HTML in its theme."""
    body = _sections_html(page, links)
    if page.kind is PageKind.CATALOGUE:
        return _catalogue(page, body, extra)
    return THEMES[page.theme](page, body, extra)


def _latin1(text: str) -> str:
    """Core PDF fonts are Latin-1; other letters lose their accent."""
    try:
        text.encode("latin-1")
        return text
    except UnicodeEncodeError:
        return fold_ascii(text).encode("latin-1", "replace").decode("latin-1")


def render_pdf(page: Page, path: Path) -> None:
    """The homepage's statements as a one- or two-page CV."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, _latin1(page.title), new_x="LMARGIN", new_y="NEXT")
    headings = PHRASES[page.language]["headings"]
    label = "Curriculum vitae" if page.language is Language.ENGLISH else "Curriculum vitæ"
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
    for key, statements in page.sections:
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(0, 9, _latin1(headings[key]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        for statement in statements:
            pdf.multi_cell(0, 5, _latin1(statement.text), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def write_site(world: World, directory: Path, max_pages: int | None = None) -> int:
    """Write the website under ``directory``; returns the number of HTML pages written.

    With ``max_pages``, homepages come first, then catalogue records, and links point only
    to pages that were written.
    """
    directory.mkdir(parents=True, exist_ok=True)
    planned: list[tuple[int, PageKind]] = [
        (p, PageKind.HOMEPAGE) for p in range(world.n) if world.homepage[p]
    ]
    planned += [(p, PageKind.CATALOGUE) for p in range(world.n) if world.catalogued[p]]
    if max_pages is not None:
        planned = planned[:max_pages]
    links: dict[str, str] = {}
    catalogue_links: dict[str, str] = {}
    for p, kind in planned:
        if kind is PageKind.HOMEPAGE:
            links[world.person_id(p)] = world.homepage_url(p).removeprefix(BASE_URL)
        else:
            catalogue_links[world.person_id(p)] = world.catalogue_url(p).removeprefix(BASE_URL)
    for entity, path in catalogue_links.items():
        links.setdefault(entity, path)
    manifest: list[dict] = []
    pdfs = 0
    for index, (p, kind) in enumerate(planned):
        page = _PageWriter(world, p, kind).page()
        extra = ""
        if kind is PageKind.HOMEPAGE:
            record = catalogue_links.get(world.person_id(p))
            if record:
                extra += f'<p><a href="{record}">Thesis record</a></p>'
            if index % PDF_EVERY == 0 and pdfs < MAX_PDFS:
                extra += '<p><a href="cv.pdf">CV (PDF)</a></p>'
        html_path = page.path + ("index.html" if page.path.endswith("/") else "")
        target = directory / html_path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_html(page, links, extra), encoding="utf-8")
        files = [html_path]
        if 'href="cv.pdf"' in extra:
            render_pdf(page, target.parent / "cv.pdf")
            files.append(page.path + "cv.pdf")
            pdfs += 1
        manifest.append({"source": page.source, "kind": kind.value, "files": files})
    _write_indexes(world, directory, planned, links, catalogue_links)
    seeds = [entry["files"][0].removesuffix("index.html") for entry in manifest]
    seeds = [s for s in seeds if s.endswith("/")]
    (directory / "seeds.txt").write_text("\n".join(seeds) + "\n", encoding="utf-8")
    (directory / "manifest.json").write_text(json.dumps(manifest, indent=0), encoding="utf-8")
    return len(manifest)


def _write_indexes(
    world: World,
    directory: Path,
    planned: list[tuple[int, PageKind]],
    links: dict[str, str],
    catalogue_links: dict[str, str],
) -> None:
    """A root page linking each university's people page, and the catalogue's index pages."""
    people: dict[str, list[int]] = {}
    for p, kind in planned:
        if kind is PageKind.HOMEPAGE:
            host = links[world.person_id(p)].strip("/").split("/")[0]
            people.setdefault(host, []).append(p)
    items = []
    for host, persons in sorted(people.items()):
        entries = "".join(
            f'<li><a href="{links[world.person_id(p)]}">{escape(world.name(p))}</a></li>'
            for p in persons
        )
        (directory / host).mkdir(parents=True, exist_ok=True)
        (directory / host / "index.html").write_text(
            f"<html><head><title>People</title></head><body><h1>People</h1><ul>{entries}"
            "</ul></body></html>",
            encoding="utf-8",
        )
        items.append(f'<li><a href="/{host}/">{escape(host)}</a></li>')
    records = sorted(catalogue_links.items())
    chunks = [
        records[i : i + CATALOGUE_INDEX_SIZE] for i in range(0, len(records), CATALOGUE_INDEX_SIZE)
    ]
    for number, chunk in enumerate(chunks):
        entries = "".join(
            f'<li><a href="{href}">{escape(world.name(int(e[1:])))}</a></li>' for e, href in chunk
        )
        following = (
            f'<a href="/theses/index-{number + 1}.html">next</a>'
            if number + 1 < len(chunks)
            else ""
        )
        name = "index.html" if number == 0 else f"index-{number}.html"
        (directory / "theses").mkdir(parents=True, exist_ok=True)
        (directory / "theses" / name).write_text(
            f"<html><head><title>Thesis catalogue</title></head><body><h1>Thesis catalogue</h1>"
            f"<ul>{entries}</ul>{following}</body></html>",
            encoding="utf-8",
        )
    if chunks:
        items.append('<li><a href="/theses/">Thesis catalogue</a></li>')
    (directory / "index.html").write_text(
        f"<html><head><title>World</title></head><body><h1>Universities</h1><ul>{''.join(items)}"
        "</ul></body></html>",
        encoding="utf-8",
    )
