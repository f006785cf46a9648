"""Extraction speed: median ms per 20 KB HTML page and per PDF page.

Pages are synthetic CVs of fictional people (sections, dated entries, a publication list)
padded to about 20 KB; the PDF is rendered with fpdf2.  Baselines measured in the same run:
trafilatura's main-text extraction alone on the same HTML (what a "use trafilatura" design
would pay before reading any fact), and pdfminer's bare text extraction on the same PDF.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from bench.rows import row

HTML_TARGET_MS = 5.0
PDF_TARGET_MS = 100.0
PAGES = {"smoke": 5, "default": 40, "large": 200}
PDF_PAGES = {"smoke": 2, "default": 5, "large": 20}
GIVEN = (
    "Ada",
    "Zed",
    "Mira",
    "Tomas",
    "Lena",
    "Ines",
    "Omar",
    "Julia",
    "Greta",
    "Ivo",
    "Nora",
    "Lars",
    "Hugo",
    "Léa",
    "Théo",
    "Camille",
    "Sophie",
    "Karim",
    "Sarah",
    "Dana",
)
FAMILY = (
    "Quill",
    "Marlow",
    "Okafor",
    "Ferreira",
    "Sorvik",
    "Calloway",
    "Haddad",
    "Brandt",
    "Holm",
    "Stan",
    "Pike",
    "Eriksen",
    "Lefranc",
    "Fontaine",
    "Garnier",
    "Besnard",
    "Roux",
    "Benali",
    "Colin",
    "Kirsch",
)
PLACES = (
    "University of Gullwick",
    "Brinemouth University",
    "Université de Castelroc",
    "Kestrel Institute of Technology",
    "École Normale Supérieure de Valmont",
)


def _person(rng: random.Random) -> str:
    return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"


def cv_lines(rng: random.Random, owner: str, publications: int) -> list[tuple[str, str]]:
    """(kind, text) lines of one synthetic CV: headings, entries, publications."""
    lines = [
        ("h1", owner),
        (
            "p",
            f"I am an assistant professor at {rng.choice(PLACES)} since {rng.randint(2015, 2024)}.",
        ),
    ]
    lines.append(("h2", "Education"))
    start = rng.randint(2005, 2015)
    lines.append(
        (
            "li",
            f"{start} – {start + 3} PhD in Mathematics, {rng.choice(PLACES)}. "
            f"Advisors: {_person(rng)} and {_person(rng)}",
        )
    )
    lines.append(
        (
            "li",
            f"Jury: {_person(rng)} (reviewer), {_person(rng)} (reviewer), "
            f"{_person(rng)} (president)",
        )
    )
    lines.append(("h2", "Experience"))
    for _ in range(3):
        year = rng.randint(2010, 2022)
        lines.append(
            (
                "li",
                f"{year} – {year + 2} Postdoctoral researcher, {rng.choice(PLACES)}, "
                f"working with {_person(rng)}",
            )
        )
    lines.append(("h2", "Publications"))
    for index in range(publications):
        authors = ", ".join([owner, *(_person(rng) for _ in range(rng.randint(1, 4)))])
        lines.append(
            (
                "li",
                f"{authors}. A study of frozen lakes, part {index}. Journal of "
                f"Fictional Mathematics, {rng.randint(2010, 2024)}.",
            )
        )
    lines.append(("h2", "Teaching"))
    lines.append(("p", "Lecture notes on linear algebra and graph theory. " * 4))
    return lines


def _markup(kind: str, text: str) -> str:
    """Theme-like markup around one line (al-folio/academicpages density of classes/links)."""
    if kind != "li":
        return f'<{kind} class="page__title font-weight-bold" id="s{len(text)}">{text}</{kind}>'
    return (
        '<li class="list-group-item"><div class="row"><div class="col-sm-2 abbr">'
        '<abbr class="badge rounded w-100">JFM</abbr></div><div class="col-sm-8">'
        f'<div class="title">{text}</div><div class="links">'
        '<a class="abstract btn btn-sm z-depth-0" role="button">Abs</a>'
        '<a href="https://example.org/paper.pdf" class="btn btn-sm z-depth-0" role="button"'
        ' rel="external nofollow noopener" target="_blank">PDF</a></div></div></div></li>'
    )


def html_page(rng: random.Random, size: int = 20_000) -> str:
    owner = _person(rng)
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{owner}</title><style>body{{font-family:serif}}</style></head><body>",
        "<nav><ul><li><a href='/'>Home</a></li><li><a href='/pubs'>Publications</a></li>"
        "</ul></nav><main>",
    ]
    publications = 10
    while True:
        body = []
        in_list = False
        for kind, text in cv_lines(random.Random(rng.random()), owner, publications):
            if kind == "li" and not in_list:
                body.append("<ul>")
                in_list = True
            if kind != "li" and in_list:
                body.append("</ul>")
                in_list = False
            body.append(_markup(kind, text))
        page = "".join(
            parts
            + body
            + ["</ul>" if in_list else "", "</main>", "<footer>© fictional</footer></body></html>"]
        )
        if len(page.encode()) >= size:
            return page
        publications += 1  # (by tens, the pages overshot to ~25 KB)


def pdf_document(rng: random.Random, pages: int) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=10)
    else:
        pdf.set_font("Helvetica", size=10)
    owner = _person(rng)
    pdf.add_page()
    while pdf.page_no() <= pages:
        for _kind, text in cv_lines(random.Random(rng.random()), owner, 12):
            if not font.exists():
                text = text.encode("latin-1", "replace").decode("latin-1")
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            if pdf.page_no() > pages:
                break
    return bytes(pdf.output())


def _median_ms(func, items) -> float:
    times = []
    for item in items:
        began = time.process_time()
        func(item)
        times.append((time.process_time() - began) * 1000)
    return statistics.median(times)


def run(size: str, workdir: Path) -> list[dict]:
    from crawler.extract import extract_document

    rng = random.Random(7)
    pages = [html_page(rng).encode() for _ in range(PAGES[size])]
    extract_document(pages[0], "https://example.org/warmup")  # imports, compiled patterns
    import crawler.reader_warmup  # noqa: F401  (the crawl's readers start warm and frozen)

    html_ms = _median_ms(lambda body: extract_document(body, "https://example.org/cv"), pages)
    try:
        import trafilatura

        baseline = _median_ms(lambda body: trafilatura.extract(body.decode()), pages)
    except ImportError:
        baseline = None
    rows = [
        row(
            "extract_ms_per_html_page",
            "ms",
            round(html_ms, 3),
            None if baseline is None else round(baseline, 3),
            "trafilatura.extract (main text only)",
            HTML_TARGET_MS,
            False,
            size,
            note=f"median of {len(pages)} synthetic 20 KB CV pages",
        )
    ]
    count = PDF_PAGES[size]
    try:
        body = pdf_document(rng, count)
    except ImportError:
        rows.append(
            row(
                "extract_ms_per_pdf_page",
                "ms",
                None,
                None,
                "pdfminer extract_text",
                PDF_TARGET_MS,
                False,
                size,
                note="fpdf2 not installed",
            )
        )
        return rows
    (workdir / "bench_extract_cv.pdf").write_bytes(body)
    runs = 3
    pdf_ms = (
        _median_ms(lambda b: extract_document(b, "https://example.org/cv.pdf"), [body] * runs)
        / count
    )
    from io import BytesIO

    from pdfminer.high_level import extract_text

    bare = _median_ms(lambda b: extract_text(BytesIO(b)), [body] * runs) / count
    rows.append(
        row(
            "extract_ms_per_pdf_page",
            "ms",
            round(pdf_ms, 3),
            round(bare, 3),
            "pdfminer extract_text (text only)",
            PDF_TARGET_MS,
            False,
            size,
            note=f"median of {runs} runs over a {count}-page synthetic CV",
        )
    )
    return rows


if __name__ == "__main__":
    import json
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for result in run(sys.argv[1] if len(sys.argv) > 1 else "smoke", Path(tmp)):
            print(json.dumps(result, ensure_ascii=False))
