"""Render b128_en_word_supervision_table.pdf: a CV typed in a word processor and saved as
PDF — a plain name block, bold underlined headings, tab-aligned positions and a bordered
"Supervision" table (Student | Level | Years | Role | Co-supervisor(s) | Destination)
whose narrow cells wrap each row over two or three lines, so that a name, a role or a
co-supervisor is cut between lines.  Traps: teaching with its co-teacher, a grant led by
another PI, a hiring committee and its chair, the referees.

Run ``.venv/bin/python make_pdf_b128_en_word_supervision_table.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Dr Priyanka Raghunathan"
ADDRESS = [
    "Senior Lecturer in Environmental Engineering",
    "School of Civil Engineering, Harrowgate University, Harrowgate HG9 0ZZ",
    "p.raghunathan@harrowgate.example",
]
POSITIONS = [
    ("2020 – present", "Senior Lecturer, School of Civil Engineering, Harrowgate University"),
    ("2016 – 2020", "Lecturer, Department of Water Engineering, Castlemere University"),
    (
        "2014 – 2016",
        "Research Fellow, Hydrology Group, Institute of Water Research, Tessaly, "
        "with Prof. Nikolaos Varvaressos",
    ),
]
EDUCATION = [
    (
        "2010 – 2014",
        "PhD, Civil Engineering, Castlemere University. Thesis: 'Sediment transport in braided "
        "rivers'. Supervisors: Prof. Gerald Ashworth-Bello and Dr Fiona McTaggart.",
    ),
    ("2006 – 2010", "BTech, Civil Engineering, Indian Institute of Technology Varanagar"),
]
SUPERVISION_HEAD = ("Student", "Level", "Years", "Role", "Co-supervisor(s)", "Destination")
SUPERVISION = [
    (
        "Olumide Adeyemi-Clarke",
        "PhD",
        "2017 – 2021",
        "Principal supervisor",
        "Dr Hywel Pritchard-Jones (Castlemere)",
        "Lecturer, Univ. of Lagosia",
    ),
    (
        "Sofía Castellanos Ruiz",
        "PhD",
        "2021 – present",
        "Principal supervisor",
        "Prof. Bernadette O'Sullivan-Kaur",
        "—",
    ),
    (
        "Thomas Weatherby",
        "PhD",
        "2022 – present",
        "Second supervisor",
        "Prof. Alasdair Munro (principal)",
        "—",
    ),
    (
        "Lukas Brennecke",
        "MPhil",
        "2019 – 2020",
        "Sole supervisor",
        "—",
        "Environment Agency",
    ),
    (
        "Dr Yasmin Haddad",
        "Postdoc",
        "2021 – 2023",
        "Line manager / mentor",
        "—",
        "Research Fellow, Harrowgate",
    ),
]
TEACHING = [
    "CIV3021 Hydraulics (module leader, 2020 – present)",
    "CIV2010 Fluid Mechanics, co-taught with Dr Magnus Thorvaldsen (2016 – 2020)",
]
GRANTS = [
    "EPSRC-style Standard Grant 'Rivers in flux' (2021 – 2024), £410k; PI: Prof. Alasdair "
    "Munro, Co-I: P. Raghunathan",
]
SERVICE = [
    "Member, Lecturer appointment panel, School of Civil Engineering, 2023 (chair: Prof. "
    "Dorothea Lindsay-Abara)",
    "Reviewer for Water Resources Research and Journal of Hydraulic Research",
]
PUBLICATIONS = [
    "Adeyemi-Clarke, O., Raghunathan, P. and Pritchard-Jones, H. (2021) Bar migration in "
    "braided channels. Water Resources Letters, 57, 1–18.",
    "Raghunathan, P. and Varvaressos, N. (2016) Suspended sediment under ice. Hydrological "
    "Processes Review, 30, 211–224.",
    "Raghunathan, P., Ashworth-Bello, G. and McTaggart, F. (2014) Braiding index revisited. "
    "Earth Surface Dynamics Letters, 2, 45–60.",
]
REFEREES = [
    "Prof. Gerald Ashworth-Bello, Castlemere University",
    "Prof. Alasdair Munro, Harrowgate University",
]


def heading(pdf, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Sans", "BU", 10.5)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)


def tabbed(pdf, rows) -> None:
    for left, right in rows:
        x, y = pdf.get_x(), pdf.get_y()
        pdf.cell(32, 5, left)
        pdf.set_xy(x + 34, y)
        pdf.multi_cell(0, 5, right, new_x="LMARGIN", new_y="NEXT")


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    for line in ADDRESS:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Employment")
    tabbed(pdf, POSITIONS)
    heading(pdf, "Education")
    tabbed(pdf, EDUCATION)
    heading(pdf, "Supervision")
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(col_widths=(34, 15, 22, 26, 40, 33), text_align="LEFT", line_height=4.4) as t:
        t.row(SUPERVISION_HEAD)
        for row in SUPERVISION:
            t.row(row)
    pdf.set_font("Sans", "", 9.5)
    heading(pdf, "Teaching")
    for line in TEACHING:
        pdf.multi_cell(0, 5, "•  " + line, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Research funding")
    for line in GRANTS:
        pdf.multi_cell(0, 5, "•  " + line, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Service and committees")
    for line in SERVICE:
        pdf.multi_cell(0, 5, "•  " + line, new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "Selected publications")
    for i, line in enumerate(PUBLICATIONS, 1):
        pdf.multi_cell(0, 5, f"{i}.  {line}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    heading(pdf, "Referees")
    for line in REFEREES:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b128_en_word_supervision_table.pdf").write_bytes(render())
