"""Render b116_en_nsf_sciencv_biosketch.pdf: an NSF "Biographical Sketch" as SciENcv prints
it since 2023 — an identifying block (name, position title, organisation and location), a
"Professional Preparation" table with four columns (Organization and Location | Degree |
Receipt Date | Field of Study), "Appointments and Positions" with "YYYY - present" keys,
"Products" and "Synergistic Activities", followed by the former "Collaborators & Other
Affiliations" page: "Graduate Advisors and Postdoctoral Sponsors" and "Thesis Advisor and
Postgraduate-Scholar Sponsor" lists, then a collaborators table.  Traps: co-authors and
collaborators listed without papers, an editorial board, a program committee, a course the
PI teaches, the certification line.

Run ``.venv/bin/python make_pdf_b116_en_nsf_sciencv_biosketch.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Oyelaran, Temitope A."
IDENT = [
    ("NAME:", "Oyelaran, Temitope A."),
    ("ORCID iD:", "https://orcid.org/0000-0002-0000-0000"),
    ("POSITION TITLE:", "Associate Professor"),
    (
        "PRIMARY ORGANIZATION AND LOCATION:",
        "Westbury State University, Halden, Oregon, United States",
    ),
]
PREPARATION = [
    ("Organization and Location", "Degree (if applicable)", "Receipt Date", "Field of Study"),
    ("Lakeshore College, Duluth Heights, MN, USA", "BS", "05/2008", "Chemical Engineering"),
    ("University of Carrow, Carrow, RI, USA", "PHD", "08/2013", "Chemical Engineering"),
    (
        "Institute for Soft Interfaces, Bremerhaven-Nord, Germany",
        "Postdoctoral Fellow",
        "12/2015",
        "Colloid Science",
    ),
]
APPOINTMENTS = [
    (
        "2021 - present",
        "Associate Professor, Westbury State University, Department of "
        "Chemical and Biological Engineering, Halden, OR, United States",
    ),
    (
        "2016 - 2021",
        "Assistant Professor, Westbury State University, Department of "
        "Chemical and Biological Engineering, Halden, OR, United States",
    ),
    (
        "2013 - 2015",
        "Postdoctoral Fellow, Institute for Soft Interfaces, Bremerhaven-Nord, Germany",
    ),
]
PRODUCTS = [
    ("Products Most Closely Related to the Proposed Project", None),
    (
        "1.",
        "Oyelaran TA, Marchetti-Lund G, Thibodeaux C. Capillary bridges between soft "
        "spheres. Soft Matter. 2023; 19(7):1201-1213. DOI: 10.1039/d3sm00001",
    ),
    (
        "2.",
        "Thibodeaux C, Oyelaran TA. Drying fronts in dense suspensions. Physical Review "
        "Fluids. 2022; 7(4):044301.",
    ),
    ("Other Significant Products, Whether or Not Related to the Proposed Project", None),
    (
        "3.",
        "Nakashima R, Oyelaran TA, Brandvold E. Pickering emulsions at low ionic strength. "
        "Langmuir. 2020; 36(12):3310-3319.",
    ),
    (
        "4.",
        "Oyelaran TA, Vukovic-Haas D. Surfactant-free foams. Journal of Colloid and "
        "Interface Science. 2015; 455:1-9.",
    ),
]
SYNERGY = [
    "Associate Editor, Journal of Interfacial Engineering (2021 - present); member of the "
    "editorial board of Colloid Letters with Prof. Hannelore Stritt-Osei.",
    "Program committee co-chair, Gordon-style Summer Workshop on Soft Interfaces (2023), "
    "with Dr. Bartholomew Nwachukwu.",
    "Developed and teaches CHBE 342 Transport Phenomena (co-taught with Prof. Lucinda "
    "Ferreira-Nash); 2019 university teaching award.",
    "Faculty mentor, Halden Research Experiences for Undergraduates site (PI: Dr. Ingrid "
    "Sæther-Cole), 2018 - present.",
    "Co-founder of the Westbury Bridge to PhD program for first-generation students.",
]
CERT = (
    "Certification: I certify that the information provided is current, accurate, and "
    "complete. Certified by Oyelaran, Temitope A. in SciENcv on 2026-01-10."
)
COA_ADVISORS = [
    ("Type", "Name", "Organizational Affiliation", "Optional (email, department)"),
    ("A:", "Castellanos, Marco R.", "University of Carrow", "Chemical Engineering"),
    ("A:", "Vukovic-Haas, Dragana", "Institute for Soft Interfaces", "Colloid Science"),
]
COA_ADVISEES = [
    ("Type", "Name", "Organizational Affiliation", "Optional (email, department)"),
    ("T:", "Thibodeaux, Celeste", "Westbury State University", "PhD 2023"),
    ("T:", "Nakashima, Ryo", "Kessler Polymers Inc.", "PhD 2021"),
    ("P:", "Marchetti-Lund, Giulia", "Westbury State University", "Postdoc 2022 - present"),
]
COA_COLLABS = [
    ("Type", "Name", "Organizational Affiliation", "Last Active"),
    ("C:", "Brandvold, Erik", "Norrland Institute of Technology", "2020"),
    ("C:", "Achterberg, Femke", "Delta Fluids Laboratory", "2024"),
    ("C:", "Okwuosa, Chidinma", "Harbor City University", "2025"),
    ("C:", "Ramaswamy, Priyanka", "Sierra Verde University", "2023"),
]


def heading(pdf, text: str) -> None:
    pdf.ln(2)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5)


def table(pdf, rows, widths) -> None:
    pdf.set_font("Serif", "", 8.8)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6) as grid:
        for row in rows:
            grid.row(row)


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", format="Letter")
    pdf.set_margins(19, 16, 19)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Serif", "", 8)
    pdf.cell(0, 4, "OMB-3145-0058", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, "BIOGRAPHICAL SKETCH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 9.5)
    for label, value in IDENT:
        pdf.set_font("Serif", "B", 9.5)
        pdf.cell(pdf.get_string_width(label) + 2, 5.2, label)
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(0, 5.2, value, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Professional Preparation")
    table(pdf, PREPARATION, (70, 36, 24, 40))
    heading(pdf, "Appointments and Positions")
    for years, text in APPOINTMENTS:
        top = pdf.get_y()
        pdf.cell(30, 5, years)
        pdf.set_xy(pdf.l_margin + 30, top)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Products")
    for key, text in PRODUCTS:
        if text is None:
            pdf.set_font("Serif", "B", 9.5)
            pdf.cell(0, 5.5, key, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "", 9.5)
            continue
        top = pdf.get_y()
        pdf.cell(7, 5, key)
        pdf.set_xy(pdf.l_margin + 7, top)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Synergistic Activities")
    for number, text in enumerate(SYNERGY, 1):
        top = pdf.get_y()
        pdf.cell(7, 5, f"{number}.")
        pdf.set_xy(pdf.l_margin + 7, top)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Serif", "", 8)
    pdf.multi_cell(0, 4, CERT, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.cell(0, 7, "COLLABORATORS & OTHER AFFILIATIONS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9)
    pdf.cell(0, 5, f"Your Name: {NAME}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        0,
        5,
        "Your Organizational Affiliation, last 12 mo: Westbury State University",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    heading(pdf, "Table 3: Graduate Advisors and Postdoctoral Sponsors")
    table(pdf, COA_ADVISORS, (14, 50, 62, 44))
    heading(pdf, "Table 4: Thesis Advisor and Postgraduate-Scholar Sponsor")
    table(pdf, COA_ADVISEES, (14, 50, 62, 44))
    heading(pdf, "Table 2: Co-authors and Collaborators (last 48 months)")
    table(pdf, COA_COLLABS, (14, 50, 70, 36))
    pdf.ln(2)
    pdf.set_font("Serif", "", 7.5)
    pdf.multi_cell(
        0,
        3.8,
        "Type key: A = graduate advisor or postdoctoral sponsor; T = thesis advisee or "
        "postgraduate scholar sponsored; C = co-author or collaborator; E = editorial board.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b116_en_nsf_sciencv_biosketch.pdf").write_bytes(render())
