"""Render ``en_sidebar_cv.pdf``: an English CV whose first page has a shaded left sidebar
(name, contact, skills, languages, referees) beside the main column (education, positions,
supervision, publications), the layout of the popular two-column resume templates.

Run ``.venv/bin/python tests/heldout/make_pdf_en_sidebar_cv.py`` to rewrite the PDF; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, column, new_pdf, ruled_title

NAME = ["Rosalind", "Abernethy-Okoro"]
SIDEBAR: list[tuple[str, list[str]]] = [
    ("Contact", ["r.abernethy-okoro@tillmouth.ac.nz", "+64 4 555 0192", "Tillmouth, New Zealand"]),
    ("Skills", ["R, Stan, Python", "Bayesian hierarchical models", "Field survey design"]),
    ("Languages", ["English (native)", "Te reo Māori (conversational)", "French (B2)"]),
    (
        "Referees",
        [
            "Prof. Magnus Thorvaldsen-Rees",
            "Victoria University of Tarrant",
            "Dr. Philippa Oyenuga-Marsh",
            "Kaiwhenua Research Trust",
        ],
    ),
]
MAIN: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Education",
        [
            (
                "2012 - 2016",
                [
                    "PhD in Ecology, University of Kaimoana",
                    "Supervisors: Prof. Lachlan Feathersby and Dr. Moana Te Aroha-Whitfield",
                ],
            ),
            ("2008 - 2011", ["BSc (Hons) Zoology, Tillmouth University"]),
        ],
    ),
    (
        "Academic positions",
        [
            (
                "2020 - present",
                ["Senior Lecturer, School of Biological Sciences, Tillmouth University"],
            ),
            (
                "2016 - 2020",
                [
                    "Postdoctoral Fellow, Kaiwhenua Research Trust",
                    "Mentor: Dr. Philippa Oyenuga-Marsh",
                ],
            ),
        ],
    ),
    (
        "Supervision",
        [
            ("2021 - present", ["PhD: Tamati Rennick-Lowe (primary supervisor)"]),
            ("2022 - 2023", ["MSc: Ingrid Solvang-Mahuta"]),
        ],
    ),
    (
        "Publications",
        [
            (
                "2023",
                [
                    "Abernethy-Okoro R, Rennick-Lowe T, Feathersby L. Occupancy of kākā in "
                    "fragmented forest. Ecography 46: e06512.",
                ],
            ),
            (
                "2019",
                [
                    "Oyenuga-Marsh P, Abernethy-Okoro R. Camera traps and stoat control. "
                    "Journal of Applied Ecology 56: 1120-1131.",
                ],
            ),
        ],
    ),
]


def sidebar_cv() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(230, 236, 242)
    pdf.rect(0, 0, 66, 297, style="F")
    pdf.set_xy(8, 16)
    pdf.set_font("Sans", "B", 17)
    for part in NAME:
        pdf.set_x(8)
        pdf.cell(54, 8, part, new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 6
    for title, lines in SIDEBAR:
        pdf.set_xy(8, y)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(54, 6, title.upper())
        y += 8
        pdf.set_font("Sans", "", 8.5)
        y = column(pdf, 8, y, 54, 4.5, lines, 0.5)
        y += 5
    y = 16
    for title, entries in MAIN:
        ruled_title(pdf, 74, y, 126, title, 12)
        y += 10
        for when, lines in entries:
            pdf.set_font("Sans", "B", 9)
            pdf.set_xy(74, y)
            pdf.cell(126, 5, when)
            y += 5
            pdf.set_font("Sans", "", 9.5)
            y = column(pdf, 74, y, 126, 5, lines)
            y += 2
        y += 4
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "en_sidebar_cv.pdf").write_bytes(sidebar_cv())
