"""Render b72_en_cv_tables.pdf: a CV whose education, positions, supervision and thesis
examination sections are ruled tables (fpdf2's table API: a bold header row, cells that
wrap onto a second line), the publications a numbered list under them.

Run ``.venv/bin/python make_pdf_b72_en_cv_tables.py`` beside this file; the people and
places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Maximilian Adebayo-Kerr"
HEAD = [
    "Associate Professor of Computer Science",
    "School of Informatics, University of Lindqvarn",
    "Web: informatics.lindqvarn.example.ac.uk/~madebayo",
]
TABLES: list[tuple[str, tuple[float, ...], list[tuple[str, ...]]]] = [
    (
        "Education",
        (38, 62, 18, 62),
        [
            ("Degree", "Institution", "Year", "Advisor(s)"),
            (
                "Ph.D., Computer Science",
                "University of Westmarch",
                "2016",
                "Prof. Ilse Vandekerckhove and Dr. Tomasz Rydzewski",
            ),
            (
                "M.Sc., Artificial Intelligence",
                "Polytechnic of Eastvale",
                "2011",
                "Dr. Harriet Okafor (thesis advisor)",
            ),
            ("B.Eng., Software Engineering", "Eastvale Institute of Technology", "2009", "—"),
        ],
    ),
    (
        "Academic positions",
        (30, 55, 95),
        [
            ("Period", "Position", "Institution"),
            (
                "2022 – present",
                "Associate Professor",
                "School of Informatics, University of Lindqvarn",
            ),
            (
                "2017 – 2022",
                "Assistant Professor",
                "School of Informatics, University of Lindqvarn",
            ),
            (
                "2016 – 2017",
                "Postdoctoral Researcher",
                "Kestrel Research Institute, Machine Reasoning Group (host: Dr. Anand Raghavendra)",
            ),
        ],
    ),
    (
        "Research supervision",
        (46, 20, 28, 42, 44),
        [
            ("Student", "Level", "Years", "Co-supervisor", "First position"),
            (
                "Yusuf Demirtaş-Hale",
                "PhD",
                "2018 – 2022",
                "Dr. Carmen Illescas",
                "Lecturer, University of Pendle",
            ),
            ("Mei-Ling Abernathy", "PhD", "2020 –", "—", ""),
            ("Rasmus Okonjo-Lind", "PhD", "2023 –", "Prof. Ilse Vandekerckhove", ""),
            ("Dr. Fatou Ndiaye-Berg", "Postdoc", "2019 – 2021", "—", "Data scientist, Orvane"),
            ("Oskar Lindahl-Mbeki", "MSc", "2021", "—", ""),
        ],
    ),
    (
        "Thesis examination",
        (16, 50, 62, 52),
        [
            ("Year", "Candidate", "Institution", "Role"),
            ("2024", "Sander Wouters", "KU Leeuwenvoort", "External examiner"),
            ("2023", "Chiara Bellandi-Rossi", "Università di Trevisago", "Reviewer"),
            ("2021", "Hamza El-Ouazzani", "University of Lindqvarn", "Chair of the defence"),
        ],
    ),
]
PUBLICATIONS = [
    "Y. Demirtaş-Hale, C. Illescas and M. Adebayo-Kerr. Certified robustness of graph "
    "neural networks by abstract interpretation. In Proc. NeurIPS, 2022.",
    "M. Abernathy and M. Adebayo-Kerr. Counterexample-guided repair of decision forests. "
    "Journal of Automated Reasoning 67(2), 2023.",
    "F. Ndiaye-Berg, M. Adebayo-Kerr and A. Raghavendra. Proof-carrying data pipelines. "
    "In Proc. CAV, 2021.",
    "M. Adebayo-Kerr, I. Vandekerckhove and T. Rydzewski. Symbolic execution for "
    "probabilistic programs. In Proc. POPL, 2016.",
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    pdf.cell(0, 9, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    for line in HEAD:
        pdf.cell(0, 4.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    for title, widths, rows in TABLES:
        pdf.ln(5)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 8.5)
        with pdf.table(
            col_widths=widths,
            width=sum(widths),
            text_align="LEFT",
            line_height=4.5,
            first_row_as_headings=True,
        ) as table:
            for row in rows:
                table.row(row)
    pdf.ln(5)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Selected publications", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    for number, entry in enumerate(PUBLICATIONS, 1):
        top = pdf.get_y()
        pdf.set_xy(10, top)
        pdf.cell(8, 4.5, f"[{number}]")
        pdf.set_xy(18, top)
        pdf.multi_cell(180, 4.5, entry, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_en_cv_tables.pdf").write_bytes(render())
