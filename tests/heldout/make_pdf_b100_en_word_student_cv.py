"""Render b100_en_word_student_cv.pdf: a PhD student's CV exported from Word — a header
block with the contact details behind tab stops, each section a borderless two-column table
(dates | entry) with the section title in capitals over a bottom border, the entries' labels
("Advisor:", "Mentor:", "Instructor:") in bold.  The master's thesis was "supervised by"
two people (advisor_other), a summer internship had a mentor; traps: a course's instructor,
a faculty hiring committee, the references block.

Run ``.venv/bin/python make_pdf_b100_en_word_student_cv.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Mateus Figueiredo Tavares"
HEADER = [
    ("Department of Computer Science", "mfigueiredo@northgate.example.edu"),
    ("Northgate Polytechnic University", "+1 (555) 010-4477"),
    ("44 Quarry Road, Northgate, OR 97000", "mateusft.example.io"),
]
SECTIONS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "EDUCATION",
        [
            (
                "Aug 2022 – present",
                [
                    "**Ph.D. in Computer Science**, Northgate Polytechnic University",
                    "**Advisor:** Prof. Hana Kobayashi-Reed",
                    "Research: verified compilation for embedded controllers",
                ],
            ),
            (
                "Sep 2019 – Jul 2021",
                [
                    "**M.Sc. in Informatics Engineering**, Universidade de Vila Serrana, "
                    "Portugal (final grade 18/20)",
                    "Master's thesis: “Refinement types for PLC programs”, supervised by "
                    "Prof. Joaquim Barros-Pinheiro and Dr. Inês Carvalhal",
                ],
            ),
            (
                "Sep 2016 – Jul 2019",
                [
                    "**B.Sc. in Computer Science**, Universidade de Vila Serrana, Portugal",
                ],
            ),
        ],
    ),
    (
        "RESEARCH EXPERIENCE",
        [
            (
                "Jun – Aug 2021",
                [
                    "**Research Intern**, Kestrel Embedded Systems Lab, Porto Alto",
                    "**Mentor:** Dr. Adaeze Nwachukwu — static analysis of timing "
                    "constraints in ladder logic",
                ],
            ),
            (
                "2018 – 2019",
                [
                    "**Undergraduate Research Assistant**, Formal Methods Group, "
                    "Universidade de Vila Serrana",
                ],
            ),
        ],
    ),
    (
        "PUBLICATIONS",
        [
            (
                "[C2]",
                [
                    "M. Figueiredo Tavares, H. Kobayashi-Reed. “A verified lowering pass for "
                    "IEC 61131-3 structured text.” In Proc. CAV 2024, pp. 210–231.",
                ],
            ),
            (
                "[C1]",
                [
                    "M. Figueiredo Tavares, I. Carvalhal, J. Barros-Pinheiro. “Refinement "
                    "types for ladder logic.” In Proc. FormaliSE 2022, pp. 12–22.",
                ],
            ),
            (
                "[W1]",
                [
                    "A. Nwachukwu, M. Figueiredo Tavares. “Timing lints for PLCs.” "
                    "Workshop on Industrial Formal Methods, 2021.",
                ],
            ),
        ],
    ),
    (
        "TEACHING",
        [
            (
                "Fall 2023",
                [
                    "**Teaching Assistant**, CS 4410 Operating Systems, Northgate "
                    "Polytechnic University",
                    "**Instructor:** Prof. Leopold Aranha-Stein (120 students)",
                ],
            ),
            (
                "Spring 2020",
                [
                    "**Tutor**, Programação Funcional (lecturer: Prof. Beatriz Coutinho)",
                ],
            ),
        ],
    ),
    (
        "SERVICE",
        [
            (
                "2024",
                [
                    "Graduate student representative, Faculty Hiring Committee in "
                    "Programming Languages, chaired by Prof. Rosalind Achterberg",
                ],
            ),
            ("2023 – 2024", ["Sub-reviewer for CAV, TACAS and FMICS"]),
        ],
    ),
    (
        "REFERENCES",
        [
            (
                "",
                [
                    "Available upon request:",
                    "Prof. Hana Kobayashi-Reed — Northgate Polytechnic University",
                    "Prof. Joaquim Barros-Pinheiro — Universidade de Vila Serrana",
                    "Prof. Osvaldo Quaresma-Lind — Universidade de Vila Serrana",
                ],
            ),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="Letter")
    pdf.set_margins(19, 16, 19)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 17)
    pdf.cell(0, 9, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    for left, right in HEADER:
        pdf.cell(110, 4.4, left)  # a tab stop at 11 cm
        pdf.cell(0, 4.4, right, new_x="LMARGIN", new_y="NEXT")
    for title, rows in SECTIONS:
        pdf.ln(3.5)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(31, 56, 100)
        pdf.cell(0, 6, title, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)
        pdf.set_font("Sans", "", 9)
        with pdf.table(
            col_widths=(32, 146),
            borders_layout="NONE",
            text_align="LEFT",
            line_height=4.6,
            first_row_as_headings=False,
            markdown=True,
            padding=(0.6, 1.2),
        ) as grid:
            for dates, lines in rows:
                grid.row((dates, "\n".join(lines)))
    pdf.set_y(-14)
    pdf.set_font("Sans", "", 7.5)
    pdf.set_text_color(128, 128, 128)
    pdf.cell(0, 4, "Mateus Figueiredo Tavares — CV (updated October 2026) — page 1", align="R")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b100_en_word_student_cv.pdf").write_bytes(render())
