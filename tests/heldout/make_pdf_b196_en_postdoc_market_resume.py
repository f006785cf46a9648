# ruff: noqa: E501
"""Render b196_en_postdoc_market_resume.pdf: a postdoc's two-page job-market résumé as a
word processor prints it — a coloured band with the name and a one-line contact strip, then
sections whose entries put "Role — Organisation" in bold on the left and the dates flush
right on the same line, with bulleted details ("Faculty mentor: …", "Thesis committee: …")
under them.  References sit last as a compact list of letter writers.  Traps: letter
writers, a course instructor, an award selection committee, a grant's PI.

Run ``.venv/bin/python make_pdf_b196_en_postdoc_market_resume.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Kwabena Asante-Moreno"
CONTACT = (
    "Postdoctoral Research Fellow · kasante@ashgrove.example · asante-moreno.example · +1 555 0142"
)
SECTIONS = [
    (
        "Appointments",
        [
            (
                "Postdoctoral Research Fellow — Center for Climate Data Science, Ashgrove Institute of Technology",
                "2024 – present",
                [
                    "Faculty mentor: Ingrid Solheim-Adeyemi",
                    "Funded by the Ashgrove Climate Futures Fellowship (PI: Marcus Delacroix-Obi)",
                ],
            ),
        ],
    ),
    (
        "Education",
        [
            (
                "Ph.D., Atmospheric Sciences — University of Carrow Bay",
                "2018 – 2024",
                [
                    "Dissertation: Subseasonal Predictability of West African Monsoon Onset",
                    "Advisor: Zhaoxi Liang",
                    "Thesis committee: Zhaoxi Liang (chair), Beatriz Ocampo-Reyes, Henrik Vasquez-Thorsen",
                ],
            ),
            (
                "M.Sc., Physics — Kumasi Institute of Science and Technology",
                "2016 – 2018",
                ["Master's thesis supervisor: Yaw Boateng-Kessie"],
            ),
            (
                "B.Sc., Physics (First Class) — Kumasi Institute of Science and Technology",
                "2012 – 2016",
                [],
            ),
        ],
    ),
    (
        "Research Experience",
        [
            (
                "Research Intern — NorthWind Energy Analytics",
                "Summer 2022",
                [
                    "Mentor: Dana Whitcombe-Ruiz",
                    "Probabilistic wind-ramp forecasts for grid operators",
                ],
            ),
            (
                "Visiting Researcher — Institut für Meteorologie, Universität Grauwald",
                "Oct – Dec 2023",
                ["Host: Jörg Pfeiffer-Nwosu"],
            ),
        ],
    ),
    (
        "Publications",
        [
            (
                "Asante-Moreno, K., Liang, Z., and Ocampo-Reyes, B. (2024). Soil-moisture memory and monsoon onset "
                "skill. Journal of Climate Dynamics Letters, 37, 1120–1139.",
                "",
                [],
            ),
            (
                "Asante-Moreno, K., Whitcombe-Ruiz, D., and Farouk, S. (2023). Ramp-event calibration with "
                "quantile mapping. Wind Energy Forecasting, 9, 44–61.",
                "",
                [],
            ),
            (
                "Asante-Moreno, K., Solheim-Adeyemi, I., and Tanaka-Oduya, R. (submitted). Machine-learned "
                "convective parameterisations under warming.",
                "",
                [],
            ),
        ],
    ),
    (
        "Teaching",
        [
            (
                "Teaching Assistant — ATMS 301 Atmospheric Thermodynamics, University of Carrow Bay",
                "2019 – 2020",
                ["Instructor: Olga Ivanchenko-Price"],
            ),
        ],
    ),
    (
        "Honors",
        [
            (
                "Outstanding Dissertation Award, Carrow Bay Graduate School",
                "2024",
                ["Selection committee chaired by Prof. Rupert Hollings-Nakamura"],
            ),
        ],
    ),
    (
        "References",
        [
            ("Zhaoxi Liang, Professor, University of Carrow Bay (Ph.D. advisor)", "", []),
            (
                "Ingrid Solheim-Adeyemi, Associate Professor, Ashgrove Institute of Technology",
                "",
                [],
            ),
            ("Beatriz Ocampo-Reyes, Senior Scientist, Carrow Bay Climate Observatory", "", []),
            (
                "Tomasz Wierzbicki-Lowe, Professor, Ashgrove Institute of Technology (teaching)",
                "",
                [],
            ),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    W = 210 - 36
    pdf.set_fill_color(24, 64, 104)
    pdf.rect(0, 0, 210, 30, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(18, 8)
    pdf.set_font("Sans", "B", 20)
    pdf.cell(W, 10, NAME)
    pdf.set_xy(18, 19)
    pdf.set_font("Sans", "", 8.5)
    pdf.cell(W, 5, CONTACT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(18, 36)
    for title, entries in SECTIONS:
        pdf.ln(2)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(24, 64, 104)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.line(18, pdf.get_y(), 18 + W, pdf.get_y())
        pdf.ln(1.5)
        for head, dates, bullets in entries:
            y = pdf.get_y()
            bold = bool(dates) or bool(bullets)
            pdf.set_font("Sans", "B" if bold else "", 9)
            pdf.multi_cell(W - 32, 4.6, head, new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            if dates:
                pdf.set_font("Sans", "I", 9)
                pdf.set_xy(18 + W - 32, y)
                pdf.cell(32, 4.6, dates, align="R")
                pdf.set_xy(18, y2)
            pdf.set_font("Sans", "", 9)
            for b in bullets:
                pdf.set_x(22)
                pdf.multi_cell(W - 4, 4.4, "• " + b, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b196_en_postdoc_market_resume.pdf").write_bytes(render())
