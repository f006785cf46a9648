"""Render b72_en_phd_cover_committee.pdf: the cover of a Flemish doctoral dissertation in
English: the doctoral school and faculty at the top, the title, the candidate, then two
blocks side by side at one height — "Supervisors:" on the left, "Members of the
Examination Committee:" on the right, each name on its own line with its title and a
role after a comma — and the degree statement with the month of the defence; page 2
holds the acknowledgements.

Run ``.venv/bin/python make_pdf_b72_en_phd_cover_committee.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

SUPERVISORS = [
    "Prof. dr. ir. Wouter Desmet-Claes",
    "Prof. dr. Annelies Verhulst-Mbaye",
]
COMMITTEE = [
    "Prof. dr. ir. Hendrik Van Acker, chair",
    "Prof. dr. Sofie Geerts-Amrani",
    "Prof. dr. ir. Bart Lievens-Kamau",
    "Dr. Eline Desmedt",
    "(Flemish Institute for Technological Research)",
    "Prof. dr. Rasmus Holmqvist",
    "(Chalmers-Göta University of Technology)",
]
ACKNOWLEDGEMENTS = (
    "This dissertation would not exist without my supervisors, Wouter and Annelies, who let "
    "me wander and brought me back. I thank the members of the examination committee for "
    "their careful reading, and Prof. Lieselot Baeten-Okoro for the years of shared beam "
    "time at the Gentbrugge synchrotron. My office mates Pieter, Yara and Mathis kept the "
    "coffee machine running; the Research Foundation – Flanders funded this work "
    "(grant 1S55021N)."
)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Sans", "", 9)
    pdf.set_xy(20, 18)
    pdf.multi_cell(
        170,
        4.6,
        "KU Leuvenberg\nArenberg-Brabant Doctoral School\nFaculty of Engineering Science",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_xy(20, 70)
    pdf.set_font("Sans", "B", 18)
    pdf.multi_cell(
        170,
        8,
        "Membrane Crystallisation of Lithium Salts from Geothermal Brines",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_xy(20, 100)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(170, 7, "Jorinde Vanhaelewyn-Osei")
    top = 150
    pdf.set_font("Sans", "", 9.5)
    pdf.set_xy(20, top)
    pdf.cell(70, 5, "Supervisors:")
    for index, name in enumerate(SUPERVISORS, 1):
        pdf.set_xy(20, top + 5 * index)
        pdf.cell(70, 5, name)
    pdf.set_xy(100, top)
    pdf.cell(90, 5, "Members of the Examination Committee:")
    for index, name in enumerate(COMMITTEE, 1):
        pdf.set_xy(100, top + 5 * index)
        pdf.cell(90, 5, name)
    pdf.set_xy(100, top + 5 * (len(COMMITTEE) + 3))
    pdf.multi_cell(
        90,
        5,
        "Dissertation presented in partial fulfilment of the requirements "
        "for the degree of Doctor of Engineering Science (PhD): Chemical "
        "Engineering",
    )
    pdf.set_xy(100, 270)
    pdf.cell(90, 5, "September 2023")
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 10, "Acknowledgements", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5.5, ACKNOWLEDGEMENTS, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_en_phd_cover_committee.pdf").write_bytes(render())
