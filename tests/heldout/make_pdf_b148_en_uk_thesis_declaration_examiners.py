"""Render b148_en_uk_thesis_declaration_examiners.pdf: a UK PhD thesis's first pages.

Run ``.venv/bin/python make_pdf_b148_en_uk_thesis_declaration_examiners.py`` beside this
file; the people and places are fictional.  A centred title page, then a page with the
supervisors and the examiners (internal and external), the declaration, and the
acknowledgements, the way a university LaTeX class sets them.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

TITLE = [
    ("B", 17, "Trust, Reciprocity and Informal Credit"),
    ("B", 17, "in Coastal Fishing Communities of Kerala"),
    ("", 12, ""),
    ("", 13, "Anjali Menon-Whitlock"),
    ("", 12, ""),
    ("I", 11, "A thesis submitted for the degree of Doctor of Philosophy"),
    ("", 11, "Department of Social Anthropology"),
    ("", 11, "Faculty of Humanities and Social Sciences"),
    ("", 11, "University of Aldermoor"),
    ("", 11, "September 2023"),
]
PANEL = [
    ("Supervisors:", "Dr Gwendolyn Pryce-Haddad (primary)"),
    ("", "Professor Emeka Nwachukwu"),
    ("Examiners:", "Dr Rhiannon Tudor-Blake (internal)"),
    ("", "Professor Sunil Varadarajan, University of Kestrelford (external)"),
    ("Viva voce:", "14 December 2023"),
]
DECLARATION = (
    "I, Anjali Menon-Whitlock, declare that this thesis is my own work and has not been "
    "submitted in any form for another degree or diploma at any university or other "
    "institution of tertiary education. Information derived from the published and "
    "unpublished work of others has been acknowledged in the text and a list of "
    "references is given. Chapter 5 draws on a paper co-written with Dr Farida Oyelowo, "
    "published in the Journal of Maritime Anthropology (2022)."
)
ACK = [
    "My first thanks go to my supervisors, Gwendolyn Pryce-Haddad and Emeka Nwachukwu. "
    "Gwendolyn read every draft, often twice, and Emeka kept asking what the economists "
    "would say. I could not have wished for a better pair.",
    "I am grateful to Rhiannon Tudor-Blake and Sunil Varadarajan for a viva that felt "
    "like a conversation, and to Dr Ciaran Muldoon, the chair of my annual progress "
    "reviews, for his steady advice.",
    "Fieldwork in Kerala was funded by the Aldermoor Doctoral Training Partnership and "
    "by a Leverhulme grant held by Professor Hilary Stanbridge. In Kochi I was hosted by "
    "Dr Thomas Kuriakose at the Centre for Coastal Studies, who opened many doors.",
    "Thanks to Professor Dorothea Lindqvist-Hart, Head of Department, and to Mandy "
    "Feather in the postgraduate office. To my parents, and to Owen: thank you.",
]


def render() -> bytes:
    pdf = new_pdf("Serif", "Serif-B", "Serif-I")
    pdf.add_page()
    pdf.ln(30)
    for style, size, text in TITLE:
        pdf.set_font("Serif", style, size)
        pdf.multi_cell(0, size * 0.6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.add_page()
    pdf.set_font("Serif", "", 11)
    for label, value in PANEL:
        pdf.set_font("Serif", "B", 11)
        pdf.cell(35, 7, label)
        pdf.set_font("Serif", "", 11)
        pdf.cell(0, 7, value, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 10, "Declaration", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    pdf.multi_cell(0, 6, DECLARATION, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 6, "Signed: Anjali Menon-Whitlock          Date: 29 September 2023")
    pdf.add_page()
    pdf.set_font("Serif", "B", 15)
    pdf.cell(0, 10, "Acknowledgements", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11)
    for para in ACK:
        pdf.multi_cell(0, 6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b148_en_uk_thesis_declaration_examiners.pdf").write_bytes(render())
