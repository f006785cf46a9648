"""Render b153_en_students_table_examined.pdf: an Australasian associate professor's
academic CV as a university's promotion template prints it — a header block with the name
and "Current appointment", numbered headings ("3. Research Supervision"), a ruled table of
the research students with the columns "Name | Level | Period | Co-supervisor | Now"
(the role of the owner given in the heading of each sub-table: principal, co-supervisor),
then a second table "Examination of Higher Degree Research Theses" (Candidate | University |
Degree | Year), publications in author–year style, and a running foot with the name, the
template's version and the page number.  Traps: the confirmation-of-candidature panels
(a follow-up committee), a course coordinated with a colleague, a Marsden-style grant
with its PI, the editorial board, the mentor in a leadership programme.

Run ``.venv/bin/python make_pdf_b153_en_students_table_examined.py`` beside this file;
the people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Associate Professor Hemi Te Rangi-Whitmore"
HEADER = [
    (
        "Current appointment",
        "Associate Professor, School of Biological Sciences, University of Waitaha (since 2019)",
    ),
    ("Research centre", "Centre for Freshwater Ecology, University of Waitaha"),
    ("ORCID", "0000-0002-5555-0101"),
]
CAREER = [
    "2019 – present  Associate Professor, School of Biological Sciences, University of Waitaha",
    "2014 – 2019  Senior Lecturer, School of Biological Sciences, University of Waitaha",
    "2011 – 2014  Postdoctoral Fellow, Aquatic Ecology Lab, Ōtāwhiti Institute of Technology, "
    "supervised by Dr Rosalind Carrow-Ikeda",
]
QUALS = [
    "2007 – 2011  PhD in Ecology, Kauri Bay University. Supervisors: Professor Anaru Pōtae and "
    "Dr Gwendolyn Fairweather",
    "2003 – 2006  BSc (Hons) in Zoology, Kauri Bay University",
]
PRINCIPAL = [
    (
        "Aroha Ngata-Lindgren",
        "PhD",
        "2016 – 2020",
        "Dr Malcolm Dewhurst",
        "Lecturer, Tasman University",
    ),
    ("Benedikt Vogelsang", "PhD", "2019 – 2023", "—", "Postdoc, Leibniz-like Inst."),
    ("Priya Chandrasekar", "PhD", "2022 – present", "Prof. Hyun-woo Kang", "—"),
    ("Mateo Ilić", "MSc", "2020 – 2021", "—", "Regional Council ecologist"),
]
CO = [
    (
        "Fetu Alapati",
        "PhD",
        "2017 – 2021",
        "Prof. Janine Broadbent (principal)",
        "Dept of Conservation",
    ),
    ("Océane Marchal", "PhD", "2023 – present", "Dr Kenji Watanabe-Reid (principal)", "—"),
]
EXAMINED = [
    ("Lachlan McKinnell", "Tasman University", "PhD", "2021"),
    ("Sina Faleolo", "Kauri Bay University", "PhD", "2023"),
    ("Ingrid Sørlie", "University of Nordhavn", "PhD (opponent)", "2024"),
]
SERVICE = [
    "Confirmation of candidature panels, School of Biological Sciences (2019 – ): e.g. for "
    "Tevita Havili (supervisor Dr Ruth Oyelowo) and Camille Desrosiers (supervisor Prof. "
    "Janine Broadbent).",
    "Course co-ordinator, BIOL 204 Freshwater Ecology, with Dr Ruth Oyelowo (2015 – ).",
    "Associate investigator, Fast-Start grant 'Eels in a warming river' (PI: Dr Malcolm "
    "Dewhurst), 2018 – 2021.",
    "Editorial board, New Zealand-ish Journal of Freshwater Research (2020 – ).",
    "Mentee, Women-in-Leadership programme (mentor: Professor Helena Vasquez-Moana), 2022.",
]
PUBS = [
    "Ngata-Lindgren, A., Te Rangi-Whitmore, H. and Dewhurst, M. (2020). Thermal refugia for "
    "juvenile eels. Freshwater Biology Letters 65: 1201–1214.",
    "Te Rangi-Whitmore, H. and Carrow-Ikeda, R. (2014). Invertebrate drift after floods. "
    "Aquatic Ecology Reports 48: 77–90.",
    "Te Rangi-Whitmore, H., Fairweather, G. and Pōtae, A. (2010). Macrophyte loss in shallow "
    "lakes. Journal of Lake Science 31: 402–417.",
]


class CV(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "H. Te Rangi-Whitmore — Academic CV (template v3.2)", align="L")
        self.set_x(-40)
        self.cell(20, 4, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def heading(pdf, text):
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(0, 60, 90)
    pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.8)


def table(pdf, head, rows, widths):
    pdf.set_font("Sans", "", 8)
    with pdf.table(
        col_widths=widths, text_align="LEFT", line_height=4.2, first_row_as_headings=False
    ) as t:
        r = t.row()
        for h in head:
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.set_font("Sans", "", 8.8)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", cls=CV, format="A4")
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.cell(0, 9, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.8)
    for label, value in HEADER:
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(38, 4.8, label)
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(0, 4.8, value, align="L", new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "1. Career History")
    for line in CAREER:
        pdf.multi_cell(0, 4.7, line, align="L", new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "2. Qualifications")
    for line in QUALS:
        pdf.multi_cell(0, 4.7, line, align="L", new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "3. Research Supervision")
    pdf.set_font("Sans", "I", 8.8)
    pdf.cell(0, 5, "3.1 As principal supervisor", new_x="LMARGIN", new_y="NEXT")
    head = ("Name", "Level", "Period", "Co-supervisor", "Now")
    table(pdf, head, PRINCIPAL, (40, 14, 26, 44, 46))
    pdf.ln(2)
    pdf.set_font("Sans", "I", 8.8)
    pdf.cell(0, 5, "3.2 As co-supervisor", new_x="LMARGIN", new_y="NEXT")
    table(pdf, head, CO, (40, 14, 26, 44, 46))
    heading(pdf, "4. Examination of Higher Degree Research Theses")
    table(pdf, ("Candidate", "University", "Degree", "Year"), EXAMINED, (50, 60, 36, 24))
    heading(pdf, "5. Service and Other Activities")
    for line in SERVICE:
        pdf.multi_cell(0, 4.6, "–  " + line, align="L", new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "6. Selected Publications")
    for line in PUBS:
        pdf.multi_cell(0, 4.6, line, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b153_en_students_table_examined.pdf").write_bytes(render())
