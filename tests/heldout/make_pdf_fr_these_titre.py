"""Render fr_these_titre.pdf: a French thesis title page (centred banner, jury in two columns).

Run ``.venv/bin/python make_pdf_fr_these_titre.py`` beside this file; the people and places
are fictional.  The jury is laid out the way thesis templates do: name and affiliation on
the left, role on the right, then the supervision lines under the jury.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

BANNER = [
    ("B", 14, "UNIVERSITÉ DE MONTBRISON-FOREZ"),
    ("", 10, "École doctorale Sciences, Ingénierie, Santé (ED 488)"),
    ("", 10, "Laboratoire de Génie des Procédés du Forez"),
    ("B", 20, "THÈSE"),
    ("", 11, "pour obtenir le grade de Docteur de l'Université de Montbrison-Forez"),
    ("", 11, "Spécialité : Génie des procédés"),
    ("", 11, "présentée et soutenue publiquement le 8 mars 2023 par"),
    ("B", 16, "Maëlys Ferrandin-Obame"),
    ("B", 13, "Séchage par micro-ondes de matrices végétales poreuses"),
]
JURY = [
    ("M. Hippolyte Casanova, Professeur, Université d'Annonay-Cance", "Président"),
    ("Mme Oriane Delbecq, Directrice de recherche, INRAE", "Rapportrice"),
    ("M. Karim Zerrouki-Lamothe, Professeur, IMT Lorraine-Meuse", "Rapporteur"),
    ("Mme Lydie Ancelin, Maîtresse de conférences, Université de Roanne-Loire", "Examinatrice"),
    ("M. Fabrice Montel-Aubry, Professeur, Université de Montbrison-Forez", "Directeur de thèse"),
    ("M. Jérémie Salgues, Ingénieur de recherche, Société Agrivap", "Invité"),
]
SUPERVISION = [
    "Directeur de thèse : Fabrice Montel-Aubry",
    "Co-encadrant : Jérémie Salgues",
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B")
    pdf.add_page()
    for style, size, text in BANNER:
        pdf.set_font("Sans", style, size)
        pdf.multi_cell(0, size * 0.6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Composition du jury :", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    for person, role in JURY:
        pdf.cell(140, 6, person)
        pdf.cell(0, 6, role, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 10)
    for line in SUPERVISION:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "fr_these_titre.pdf").write_bytes(render())
