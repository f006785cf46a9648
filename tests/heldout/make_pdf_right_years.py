"""Render ``en_cv_right_years.pdf``: a LaTeX-article-like academic CV (bold section titles,
each entry's years right-aligned on its first line, details indented below).

Run ``.venv/bin/python tests/heldout/make_pdf_right_years.py`` to rewrite the committed PDF;
the people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Rasmus Thorvaldsen-Okafor"
CONTACT = "Department of Linguistics, Harrowgate University · r.thorvaldsen@harrowgate.example.edu"
SECTIONS: list[tuple[str, list[tuple[str, str, list[str]]]]] = [
    (
        "Academic Positions",
        [
            ("Associate Professor, Harrowgate University", "2019–present", []),
            ("Assistant Professor, Harrowgate University", "2015–2019", []),
            (
                "Postdoctoral Researcher, Max Lindqvist Institute for Psycholinguistics",
                "2012–2015",
                ["Mentor: Dr. Solveig Hallgrimsdottir"],
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "Ph.D., Linguistics, University of Oystermouth",
                "2012",
                [
                    "Dissertation: Prosodic phrasing in Faroese",
                    "Committee: Gideon Featherstonehaugh (chair), Priya Venkataraman, "
                    "Aurelio Sanmartín",
                ],
            ),
            ("B.A., Linguistics and Philosophy, Keswick College", "2006", []),
        ],
    ),
    (
        "Students Supervised",
        [
            (
                "Leontine Abernathy-Quaye (PhD, co-supervised with Priya Venkataraman, "
                "now at Dunmore University)",
                "2016–2021",
                [],
            ),
            ("Bartholomew Ngata (PhD)", "2020–", []),
            ("Ffion Pritchard-Llewelyn (MA thesis)", "2022", []),
        ],
    ),
    (
        "Thesis Examination",
        [
            (
                "External examiner, PhD thesis of Corentin Aubriot, Université de Maubeuge-Sud",
                "2022",
                [],
            ),
        ],
    ),
    (
        "Publications",
        [
            (
                "Thorvaldsen-Okafor, R. & Abernathy-Quaye, L. Boundary tones in contact varieties. "
                "Journal of Phonetics 88.",
                "2021",
                [],
            ),
            (
                "Thorvaldsen-Okafor, R., Hallgrimsdottir, S. & Ngata, B. Eye-tracking prosody. "
                "Language and Speech 65(2).",
                "2022",
                [],
            ),
        ],
    ),
]


def right_years_cv() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", format="Letter")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 10, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9)
    pdf.cell(0, 6, CONTACT, align="C", new_x="LMARGIN", new_y="NEXT")
    for title, entries in SECTIONS:
        pdf.ln(4)
        pdf.set_font("Serif", "B", 12)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1.5)
        for what, years, details in entries:
            top = pdf.get_y()
            pdf.set_font("Serif", "", 10)
            pdf.set_x(pdf.l_margin)
            pdf.multi_cell(150, 5, what, new_x="LMARGIN", new_y="NEXT")
            bottom = pdf.get_y()
            pdf.set_xy(pdf.w - pdf.r_margin - 30, top)
            pdf.cell(30, 5, years, align="R")
            pdf.set_y(bottom)
            for line in details:
                pdf.set_x(pdf.l_margin + 8)
                pdf.multi_cell(142, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "en_cv_right_years.pdf").write_bytes(right_years_cv())
