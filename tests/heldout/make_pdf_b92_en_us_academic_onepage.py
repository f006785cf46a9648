"""Render b92_en_us_academic_onepage.pdf: a one-page US "academic CV" of an early-career
economist — the years flush right on each line, "Dissertation Committee: A (chair), B, C"
under the Ph.D., papers "with" their co-authors, and a closing "References" block that
names the same professors again (references are not advisors).

Run ``.venv/bin/python make_pdf_b92_en_us_academic_onepage.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Callum Okafor-Lindqvist"
CONTACT = (
    "Department of Economics · Lakeshore College · 210 Founders Hall · okafor@lakeshore.example.edu"
)
SECTIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Academic Positions",
        [
            ("Assistant Professor of Economics, Lakeshore College", "2021–present"),
        ],
    ),
    (
        "Education",
        [
            ("Ph.D., Economics, Brookhaven State University", "2021"),
            (
                "Dissertation: “Essays on Household Liquidity and Local Labor Markets”. "
                "Dissertation Committee: Anneliese Vukovic (chair), Darnell Whitfield-Osei, "
                "Ingrid Haugland.",
                "",
            ),
            ("B.A., Economics and Mathematics, Carrow College, summa cum laude", "2015"),
        ],
    ),
    (
        "Publications",
        [
            (
                "“Payday Lending Bans and Labor Supply” (with Ingrid Haugland). Journal of "
                "Labor Economics 41(3): 711–748.",
                "2023",
            ),
            (
                "“Liquidity Shocks and Job Search” (with Priya Ramaswamy-Cole and Tomás "
                "Echeverría). American Economic Journal: Applied Economics 15(1): 1–33.",
                "2023",
            ),
        ],
    ),
    (
        "Working Papers",
        [
            ("“Minimum Wages and Household Debt” (with Darnell Whitfield-Osei)", ""),
        ],
    ),
    (
        "Teaching",
        [
            ("Intermediate Microeconomics (ECON 301), Lakeshore College", "2021–present"),
            (
                "Teaching Assistant for Prof. Harold Brandvold, Econometrics I, Brookhaven State "
                "University",
                "2017–2019",
            ),
        ],
    ),
    (
        "Fellowships",
        [("Dissertation Fellowship, Brookhaven State University", "2020–2021")],
    ),
    (
        "References",
        [
            (
                "Anneliese Vukovic, Professor of Economics, Brookhaven State University · "
                "Darnell Whitfield-Osei, Associate Professor of Economics, Brookhaven State "
                "University · Harold Brandvold, Professor of Economics, Brookhaven State "
                "University",
                "",
            ),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", format="Letter")
    pdf.set_auto_page_break(True, margin=12)
    pdf.add_page()
    pdf.set_font("Serif", "B", 16)
    pdf.cell(0, 8, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 8)
    pdf.cell(0, 4.5, CONTACT, align="C", new_x="LMARGIN", new_y="NEXT")
    for title, entries in SECTIONS:
        pdf.ln(2)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(0, 5.5, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y(), 205, pdf.get_y())
        pdf.ln(1)
        pdf.set_font("Serif", "", 9)
        for text, year in entries:
            top = pdf.get_y()
            if year:
                pdf.set_xy(175, top)
                pdf.cell(30, 4.6, year, align="R")
            pdf.set_xy(pdf.l_margin, top)
            pdf.multi_cell(160, 4.6, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b92_en_us_academic_onepage.pdf").write_bytes(render())
