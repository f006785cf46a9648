"""Render ``en_nsf_biosketch.pdf``: a US funding-agency biographical sketch in the older
two-page format (Professional Preparation table, Appointments, Products, Synergistic
Activities, and "Collaborators & Other Affiliations" with its advisor and advisee lists).

Run ``.venv/bin/python tests/heldout/make_pdf_en_nsf_biosketch.py`` to rewrite the PDF; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

PREPARATION = [
    ("Oakhaven College", "Oakhaven, ME", "Geology", "B.S.", "2006"),
    ("University of Tressingham", "Tressingham, UK", "Geophysics", "Ph.D.", "2011"),
    ("Marlow Ocean Institute", "Marlow, CA", "Seismology", "Postdoc", "2011-2014"),
]
SECTIONS: list[tuple[str, list[str]]] = [
    (
        "(b) Appointments",
        [
            "2020 - present   Associate Professor, Department of Earth Sciences, Calderbrook"
            " University",
            "2014 - 2020   Assistant Professor, Department of Earth Sciences, Calderbrook"
            " University",
        ],
    ),
    (
        "(c) Products",
        [
            "Products most closely related to the proposed project",
            "1. Ndiaye-Holloway P, Ferrante L, Quaye K. Slow slip beneath the Calder margin."
            " Geophysical Research Letters. 2022; 49(3): e2021GL09551.",
            "2. Quaye K, Ndiaye-Holloway P. Tremor catalogues from dense nodal arrays. Journal"
            " of Geophysical Research: Solid Earth. 2021; 126: e2020JB02117.",
            "Other significant products",
            "3. Ndiaye-Holloway P, Brightwater J, Okafor-Denn S, et al. A decade of ocean-bottom"
            " seismometry on the Calder shelf. Seismological Research Letters. 2019; 90:"
            " 1544-1556.",
            "4. Abara R, Ndiaye-Holloway P. Repeating earthquakes and creep. Earth and Planetary"
            " Science Letters. 2014; 402: 87-95.",
        ],
    ),
    (
        "(d) Synergistic Activities",
        [
            "1. Co-organizer, with Dr. Hollis Vandermeer, of the 2023 Calder Margin Workshop.",
            "2. Guest editor (with Anneliese Korhonen-Marsh) of a special issue of Tectonophysics"
            " on slow earthquakes, 2021.",
            "3. Instructor for GEOS 310 (Seismology), co-taught with Prof. Declan Rourke,"
            " 2016-2022.",
            "4. Member of the Calderbrook University faculty search committee in geophysics"
            " (chair: Prof. Imelda Strand), 2022.",
        ],
    ),
    (
        "(e) Collaborators & Other Affiliations",
        [
            "Collaborators and Co-Editors: Jasper Brightwater (Northmarch Geological Survey);"
            " Simone Okafor-Denn (Pellworth University); Hollis Vandermeer (Calder Institute);"
            " Anneliese Korhonen-Marsh (University of Vaasby).",
            "Graduate Advisors and Postdoctoral Sponsors: Hamish Tollervey (University of"
            " Tressingham); Ruth Abara (Marlow Ocean Institute).",
            "Thesis Advisor and Postgraduate-Scholar Sponsor: Kwame Quaye (Ph.D. 2021, now at"
            " Northmarch Geological Survey); Teodora Vlasic (Ph.D. candidate); Lucia Ferrante"
            " (postdoctoral scholar, 2019-2021). Total graduate students advised: 2;"
            " postdoctoral scholars sponsored: 1.",
        ],
    ),
]


def biosketch() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="letter")
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "BIOGRAPHICAL SKETCH", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(0, 6, "NAME: Ndiaye-Holloway, Perpetua", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(
        0,
        5,
        "POSITION TITLE & INSTITUTION: Associate Professor, Department of Earth Sciences,"
        " Calderbrook University",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 6, "(a) Professional Preparation", new_x="LMARGIN", new_y="NEXT")
    widths = (55, 35, 30, 25, 30)
    pdf.set_font("Sans", "B", 8)
    for width, head in zip(
        widths, ("INSTITUTION", "LOCATION", "MAJOR/AREA", "DEGREE", "YEAR"), strict=True
    ):
        pdf.cell(width, 6, head, border=1)
    pdf.ln()
    pdf.set_font("Sans", "", 8.5)
    for row in PREPARATION:
        for width, value in zip(widths, row, strict=True):
            pdf.cell(width, 6, value, border=1)
        pdf.ln()
    pdf.ln(3)
    for title, lines in SECTIONS:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9)
        for line in lines:
            pdf.multi_cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(2)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "en_nsf_biosketch.pdf").write_bytes(biosketch())
