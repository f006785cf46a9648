"""Render b153_en_job_market_references.pdf: an economics job-market candidate's CV as the
department's placement template prints it — the name and "Placement Director / Placement
Administrator" contact boxes side by side at the top, then "References" right away on the
first page as a two-by-two grid of referee cards (name, title, university, e-mail), then
education with the expected Ph.D. and the "Advisor" line, the job-market paper, working
papers with their co-authors, teaching and research assistance, and refereeing.  The
running head "Rustam Nazarov — Curriculum Vitae" and "Page n" sit on every page.  Traps:
the placement director and administrator, referees, teaching assistance for a professor,
journal refereeing, a grant's PI.

Run ``.venv/bin/python make_pdf_b153_en_job_market_references.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Rustam Nazarov"
LEFT = [
    "Department of Economics",
    "Wexford University",
    "r.nazarov@wexford.example",
    "rustamnazarov.example",
]
RIGHT = [
    "Placement Director: Prof. Richard Haverford-Lowe",
    "Placement Administrator: Janet Osei-Bonsu",
    "placement@econ.wexford.example",
]
REFERENCES = [
    [
        "Prof. Min-jun Seo (main advisor)",
        "Department of Economics",
        "Wexford University",
        "mseo@wexford.example",
    ],
    [
        "Prof. Lauren Ashby-Coleman",
        "Department of Economics",
        "Wexford University",
        "lashby@wexford.example",
    ],
    [
        "Prof. Tiago Mendonça",
        "School of Public Policy",
        "Wexford University",
        "tmendonca@wexford.example",
    ],
    [
        "Prof. Daniela Fuchs-Moreau",
        "Department of Economics",
        "Carrick College",
        "dfm@carrick.example",
    ],
]
SECTIONS = [
    (
        "Education",
        [
            ("2020 – 2026", "Ph.D. in Economics, Wexford University (expected May 2026)"),
            (
                "",
                "Advisor: Min-jun Seo. Dissertation Committee: Min-jun Seo (chair), Lauren "
                "Ashby-Coleman, Tiago Mendonça",
            ),
            ("2018 – 2020", "M.A. in Economics, Samarkand School of Economics"),
            ("2014 – 2018", "B.A. in Economics, National University of Tashkent-Yunusobod"),
        ],
    ),
    (
        "Fields",
        [("", "Primary: Development Economics, Labor Economics. Secondary: Applied Econometrics")],
    ),
    (
        "Job Market Paper",
        [
            (
                "",
                "“Remittances and the Timing of Migration: Evidence from Central Asian Labor "
                "Corridors”",
            )
        ],
    ),
    (
        "Working Papers",
        [
            (
                "",
                "“Informal Credit and Harvest Shocks” (with Tiago Mendonça and Aigerim "
                "Sultanbekova), 2025",
            ),
            ("", "“Border Closures and Household Labor Supply” (with Farhod Ismoilov), 2024"),
        ],
    ),
    (
        "Publications",
        [
            (
                "",
                "Nazarov, R., Sultanbekova, A. and Karimova, D. (2022) Cotton quotas and child "
                "schooling. Journal of Transition Economies Letters, 14(3), 211–236.",
            ),
        ],
    ),
    (
        "Teaching Experience",
        [
            (
                "2022 – 2024",
                "Teaching Fellow, ECON 1010 Principles of Microeconomics (for Prof. Gregory "
                "Albrecht-Pinto)",
            ),
            ("2021", "Teaching Assistant, ECON 2450 Development Economics (for Prof. Min-jun Seo)"),
        ],
    ),
    (
        "Research Experience",
        [
            (
                "2021 – 2023",
                "Research Assistant to Prof. Lauren Ashby-Coleman, NSF-funded project “Labor "
                "Mobility in Transition” (PI: Prof. Lauren Ashby-Coleman)",
            ),
            ("2019 – 2020", "Research Analyst, Centre for Economic Research Tashkent"),
        ],
    ),
    (
        "Fellowships and Awards",
        [
            (
                "",
                "Wexford Graduate Fellowship (2020 – 2025); Dissertation Completion Fellowship "
                "(2025)",
            )
        ],
    ),
    (
        "Refereeing",
        [("", "Journal of Development Studies Review; Economics of Transition Letters")],
    ),
    ("Languages", [("", "Uzbek (native), Russian (native), English (fluent), Tajik (basic)")]),
]


class CV(FPDF):
    def header(self):
        self.set_font("Serif", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Rustam Nazarov — Curriculum Vitae", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", "", 8)
        self.cell(0, 4, f"Page {self.page_no()}", align="R")


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", cls=CV, format="Letter")
    pdf.set_margins(22, 14, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = 215.9 - 44
    pdf.set_font("Serif", "B", 22)
    pdf.cell(0, 11, NAME.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_font("Serif", "", 9)
    for i, line in enumerate(LEFT):
        pdf.set_xy(22, y + i * 4.5)
        pdf.cell(W / 2, 4.5, line)
    for i, line in enumerate(RIGHT):
        pdf.set_xy(22 + W / 2, y + i * 4.5)
        pdf.cell(W / 2, 4.5, line, align="R")
    pdf.set_xy(22, y + 4 * 4.5 + 4)
    pdf.set_font("Serif", "B", 11.5)
    pdf.cell(0, 6, "REFERENCES", new_x="LMARGIN", new_y="NEXT")
    pdf.line(22, pdf.get_y(), 22 + W, pdf.get_y())
    pdf.ln(2)
    y = pdf.get_y()
    for k, card in enumerate(REFERENCES):
        cx = 22 + (k % 2) * (W / 2)
        cy = y + (k // 2) * 21
        for i, line in enumerate(card):
            pdf.set_xy(cx, cy + i * 4.4)
            pdf.set_font("Serif", "B" if i == 0 else "", 9)
            pdf.cell(W / 2, 4.4, line)
    pdf.set_xy(22, y + 44)
    for title, rows in SECTIONS:
        pdf.ln(2)
        pdf.set_font("Serif", "B", 11.5)
        pdf.cell(0, 6, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.line(22, pdf.get_y(), 22 + W, pdf.get_y())
        pdf.ln(1.5)
        for dates, text in rows:
            yy = pdf.get_y()
            pdf.set_font("Serif", "", 9.3)
            pdf.set_x(22)
            pdf.multi_cell(W - 30, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            if dates:
                pdf.set_xy(22 + W - 30, yy)
                pdf.cell(30, 4.6, dates, align="R")
                pdf.set_xy(22, y2)
            pdf.ln(0.8)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b153_en_job_market_references.pdf").write_bytes(render())
