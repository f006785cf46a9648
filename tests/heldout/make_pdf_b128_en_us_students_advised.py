"""Render b128_en_us_students_advised.pdf: a US engineering professor's CV — centred name
and contact, letter-spaced capital section titles, appointments with the dates right-
aligned, and the advising record as numbered lists: "Students Advised (Primary Advisor)",
"Students Advised (Co-Advisor)", "Postdoctoral Scholars" and "Dissertation Committees"
(other advisors' students, whose committees the owner sat on), with a running foot
"Ortega-Nwosu — CV — page n of N".  Traps: a faculty search committee, an editorial
advisory board and its editor, a co-instructed course, a grant's co-PI, the references.

Run ``.venv/bin/python make_pdf_b128_en_us_students_advised.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Daniel Ortega-Nwosu"
CONTACT = [
    "Associate Professor, Department of Chemical Engineering",
    "Marlowe Institute of Technology, 77 Foundry Road, Marlowe, MA 00000",
    "dortega@marlowe.example  |  (000) 000-0000",
]
# (title, kind, rows): kind "dated" rows are (left, right-aligned dates);
# "numbered" rows are plain strings; "bullets" rows too.
SECTIONS: list[tuple[str, str, list]] = [
    (
        "EDUCATION",
        "dated",
        [
            ("Ph.D., Chemical Engineering, University of Calloway", "2012"),
            ("   Dissertation: Confined diffusion in zeolite membranes", ""),
            ("   Advisor: Susan Whitcombe-Hale", ""),
            ("B.S., Chemical Engineering, Universidad de San Lorenzo", "2007"),
        ],
    ),
    (
        "PROFESSIONAL APPOINTMENTS",
        "dated",
        [
            (
                "Associate Professor, Chemical Engineering, Marlowe Institute of Technology",
                "2019–present",
            ),
            (
                "Assistant Professor, Chemical Engineering, Marlowe Institute of Technology",
                "2014–2019",
            ),
            ("Postdoctoral Scholar, Department of Chemistry, Northfield University", "2012–2014"),
            ("   Advisor: Hiroshi Takemoto-Lange", ""),
        ],
    ),
    (
        "STUDENTS ADVISED (PRIMARY ADVISOR)",
        "numbered",
        [
            'Emily Kaczmarek, Ph.D. 2020, "Acid-site engineering in MFI frameworks" — now '
            "Senior Scientist, Halvard Chemicals",
            "Arjun Balasubramanian, Ph.D. 2022 — now Assistant Professor, Quarry State University",
            "Grace Mwangi-Ellison, Ph.D. candidate, 2021–present",
        ],
    ),
    (
        "STUDENTS ADVISED (CO-ADVISOR)",
        "numbered",
        [
            "Liang Wenbo, Ph.D. 2021 (co-advised with Prof. Meredith Caldwell)",
        ],
    ),
    (
        "POSTDOCTORAL SCHOLARS",
        "numbered",
        ["Dr. Ana Paula Ferreira, 2019–2021 — now at Brightwater National Laboratory"],
    ),
    (
        "DISSERTATION COMMITTEES",
        "numbered",
        [
            "Jacob Thornquist (Chemistry), Ph.D. 2018",
            "Hyejin Park (Materials Science and Engineering), Ph.D. 2020",
            "Oluwadamilare Fashola (Chemical Engineering), Ph.D. 2023",
        ],
    ),
    (
        "TEACHING",
        "bullets",
        [
            "ChE 310 Transport Phenomena (Fall 2015–2023; co-instructor since 2021: Prof. "
            "Meredith Caldwell)",
            "ChE 545 Adsorption and Membranes (graduate, Spring 2016–present)",
        ],
    ),
    (
        "GRANTS",
        "bullets",
        [
            'NSF CBET-0000000, "Hierarchical zeolite membranes", 2020–2024, $498,000. '
            "PI: D. Ortega-Nwosu; Co-PI: Meredith Caldwell",
        ],
    ),
    (
        "SERVICE",
        "bullets",
        [
            "Faculty Search Committee, Department of Chemical Engineering, 2021 "
            "(chair: Prof. Randall Okonjo-Pierce)",
            "Editorial Advisory Board, Industrial Catalysis Letters, 2022–present "
            "(Editor: Prof. Gunther Lindemann)",
        ],
    ),
    (
        "SELECTED PUBLICATIONS",
        "numbered",
        [
            "E. Kaczmarek, D. Ortega-Nwosu. Brønsted sites in strained frameworks. AIChE "
            "Journal of Separations 66 (2020) 1–12.",
            "L. Wenbo, M. Caldwell, D. Ortega-Nwosu. Permeation through defective films. "
            "J. Membr. Lett. 31 (2021) 88–97.",
            "D. Ortega-Nwosu, H. Takemoto-Lange. Single-file diffusion revisited. Phys. Chem. "
            "Lett. 5 (2014) 301–307.",
        ],
    ),
    (
        "REFERENCES",
        "bullets",
        ["Available upon request: Prof. Susan Whitcombe-Hale; Prof. Hiroshi Takemoto-Lange"],
    ),
]


class UsCv(FPDF):
    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Serif", "I", 8)
        self.cell(0, 5, f"Ortega-Nwosu — CV — page {self.page_no()} of {{nb}}", align="C")


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", cls=UsCv, format="Letter")
    pdf.alias_nb_pages()
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 8, NAME.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    for line in CONTACT:
        pdf.cell(0, 4.8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    for title, kind, rows in SECTIONS:
        pdf.ln(4)
        pdf.set_font("Serif", "B", 10)
        pdf.set_char_spacing(1.2)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)
        y = pdf.get_y()
        pdf.line(25, y, 190.9, y)
        pdf.ln(1)
        pdf.set_font("Serif", "", 10)
        for i, row in enumerate(rows, 1):
            if kind == "dated":
                left, dates = row
                y = pdf.get_y()
                pdf.cell(135, 5, left)
                pdf.set_xy(160, y)
                pdf.cell(30.9, 5, dates, align="R", new_x="LMARGIN", new_y="NEXT")
            elif kind == "numbered":
                y = pdf.get_y()
                pdf.set_xy(27, y)
                pdf.cell(7, 5, f"{i}.")
                pdf.set_xy(34, y)
                pdf.multi_cell(0, 5, row, new_x="LMARGIN", new_y="NEXT")
            else:
                y = pdf.get_y()
                pdf.set_xy(27, y)
                pdf.cell(5, 5, "•")
                pdf.set_xy(32, y)
                pdf.multi_cell(0, 5, row, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b128_en_us_students_advised.pdf").write_bytes(render())
