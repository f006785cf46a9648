"""Render b128_en_latex_dates_split.pdf: a two-page LaTeX CV (a "tabularx" class) whose
left column holds only the dates, set in a separate narrow column well apart from the
entries, so that the text extraction reads the dates as a block of their own rather than
beside their entry; the entries carry pdfLaTeX ligatures ("ﬁ", "ﬂ", "ﬃ") and words
hyphenated at the line ends; every page repeats a running head "Curriculum Vitae — name"
and a foot "page n/2", and the supervision list breaks across the page.  Traps: the
referees, an editorial board with its editor-in-chief, a co-taught course, a grant's PI.

Run ``.venv/bin/python make_pdf_b128_en_latex_dates_split.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Ingrid Halvorsen-Mbeki"
SUB = [
    "Assistant Professor, Department of Mathematics, University of Stellwick",
    "ihm@stellwick.example  ·  https://halvorsen-mbeki.example.net",
]
# (section, [(dates, [lines of the entry])]); a line ending in "-" is a typesetter's break
SECTIONS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Appointments",
        [
            (
                "2021 – present",
                ["Assistant Professor, Department of Mathematics, University of Stellwick."],
            ),
            (
                "2018 – 2021",
                [
                    "Postdoctoral Fellow, Institute for Applied Analysis, Tarnow Polytechnic.",
                    "Host: Prof. Radomir Kowalczyk.",
                ],
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "2013 – 2018",
                [
                    "Ph.D. in Applied Mathematics, University of Brackwater.",
                    "Thesis: Eﬃcient preconditioners for ﬂuid–structure interaction.",
                    "Advisor: Prof. Hamid Sadeghi-Warren; co-advisor: Dr. Lucía Ferreyra.",
                    "Defence committee: Prof. Anneliese Wachter (external examiner), Prof.",
                    "Tobias Greenhalgh (internal examiner).",
                ],
            ),
            (
                "2011 – 2013",
                [
                    "M.Sc. in Mathematics (with distinction), University of Lyngmark.",
                    "Master's thesis supervised by Dr. Sigrun Aasland.",
                ],
            ),
            ("2008 – 2011", ["B.Sc. in Mathematics, University of Lyngmark."]),
        ],
    ),
    (
        "Supervision",
        [
            (
                "2022 – present",
                [
                    "Chen Jiayi, Ph.D. student, co-supervised with Prof. Oskar Brand-",
                    "vold (University of Stellwick).",
                ],
            ),
            ("2023 – present", ["Mateus Albuquerque-Ndlovu, Ph.D. student (main supervisor)."]),
            (
                "2020 – 2021",
                [
                    "Hanna Lindqvist, M.Sc. thesis at Tarnow Polytechnic (ﬁnite element",
                    "ﬂow solvers), jointly with R. Kowalczyk.",
                ],
            ),
        ],
    ),
    (
        "Teaching",
        [
            (
                "2022 – 2024",
                [
                    "MATH 342 Numerical Analysis II (co-taught with Dr. Petra Svobodová).",
                ],
            ),
        ],
    ),
    (
        "Grants",
        [
            (
                "2022 – 2025",
                [
                    'Stellwick Research Foundation, "Scalable solvers for ﬂuid ﬂows",',
                    "co-investigator (PI: Prof. Rainer Gottschalk).",
                ],
            ),
        ],
    ),
    (
        "Editorial boards",
        [
            (
                "2023 – present",
                [
                    "Associate editor, Journal of Computational Fluids (editor-in-chief:",
                    "Prof. Rainer Gottschalk).",
                ],
            ),
        ],
    ),
    (
        "Publications",
        [
            (
                "2024",
                [
                    "I. Halvorsen-Mbeki, Chen J., O. Brandvold. Block preconditioners for",
                    "thin elastic shells. SIAM-like J. Sci. Comput. 46 (2024).",
                ],
            ),
            (
                "2020",
                [
                    "R. Kowalczyk, I. Halvorsen-Mbeki. Deﬂation methods for coupled ﬂows.",
                    "Numer. Math. Tarnow 12 (2020).",
                ],
            ),
            (
                "2017",
                [
                    "I. Halvorsen-Mbeki, H. Sadeghi-Warren, L. Ferreyra. Robust",
                    "ﬁxed-point schemes for FSI. Comput. Mech. Lett. 9 (2017).",
                ],
            ),
        ],
    ),
    (
        "Referees",
        [
            (
                "",
                [
                    "Prof. Hamid Sadeghi-Warren (Brackwater) · Prof. Radomir Kowalczyk",
                    "(Tarnow) · Prof. Oskar Brandvold (Stellwick)",
                ],
            ),
        ],
    ),
]


class Cv(FPDF):
    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("Serif", "I", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, f"Curriculum Vitae — {NAME}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font("Serif", "", 8)
        self.cell(0, 5, f"page {self.page_no()}/{{nb}}", align="C")


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I", cls=Cv, format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(22, 16, 22)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Serif", "B", 18)
    pdf.cell(0, 9, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)
    for line in SUB:
        pdf.cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 6
    for section, entries in SECTIONS:
        if y > 250:
            pdf.add_page()
            y = 28
        pdf.set_xy(22, y)
        pdf.set_font("Serif", "B", 11.5)
        pdf.cell(0, 6, section)
        pdf.line(22, y + 6.5, 188, y + 6.5)
        y += 9
        for dates, lines in entries:
            # the date column, drawn on its own, far left of the entry
            pdf.set_font("Serif", "", 9)
            pdf.set_xy(22, y)
            pdf.cell(28, 4.6, dates, align="L")
            for line in lines:
                if y > 268:  # the entry goes on over the page break
                    pdf.add_page()
                    y = 28
                pdf.set_xy(64, y)
                pdf.set_font("Serif", "", 9.5)
                pdf.cell(124, 4.6, line)
                y += 4.6
            y += 2.2
        y += 3
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b128_en_latex_dates_split.pdf").write_bytes(render())
