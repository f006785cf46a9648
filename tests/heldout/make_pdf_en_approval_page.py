"""Render ``en_approval_page.pdf``: the front matter of a US dissertation (title page, then
the committee's approval page with signature lines, then the acknowledgements).

Run ``.venv/bin/python tests/heldout/make_pdf_en_approval_page.py`` to rewrite the PDF; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

TITLE_PAGE = [
    "SEDIMENT TRANSPORT IN BRAIDED GLACIAL RIVERS",
    "",
    "A Dissertation",
    "Presented to the Faculty of the Graduate School",
    "of Wrenfield University",
    "in Partial Fulfillment of the Requirements for the Degree of",
    "Doctor of Philosophy",
    "",
    "by",
    "Halvard Mbatha-Quist",
    "May 2022",
]
APPROVAL = [
    ("", "The dissertation of Halvard Mbatha-Quist was reviewed and approved by the following:"),
    (
        "Temperance Oyewole-Barr",
        "Professor of Geosciences, Dissertation Advisor, Chair of Committee",
    ),
    ("Lionel Sarrazin", "Associate Professor of Civil Engineering"),
    ("Magdalena Kowalczyk-Reyes", "Professor of Geography, Outside Member"),
    ("Ezra Whitcombe", "Professor of Geosciences, Head of the Department of Geosciences"),
]
THANKS = (
    "I am grateful to my advisor, Temperance Oyewole-Barr, for her patience. I thank the"
    " members of my committee for their advice, and my lab mates for the field seasons."
)


def approval_pdf() -> bytes:
    pdf = new_pdf("Sans", format="Letter")
    pdf.set_font("Sans", "", 12)
    pdf.add_page()
    pdf.set_y(40)
    for line in TITLE_PAGE:
        pdf.cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.set_y(30)
    for name, role in APPROVAL:
        if name:
            pdf.ln(10)
            pdf.cell(0, 6, name, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, role, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 8, "ACKNOWLEDGMENTS", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, THANKS, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "en_approval_page.pdf").write_bytes(approval_pdf())
