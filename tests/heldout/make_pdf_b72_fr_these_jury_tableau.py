"""Render b72_fr_these_jury_tableau.pdf: the cover of a French doctoral thesis in the
"école universitaire" style: the thesis number, a vertical banner on the left edge, the
title, "Thèse présentée et soutenue à …, le …, par", then the jury as a table whose left
cell holds the member's name in capitals with the title and institution on a second line
and whose right cell holds the role ("Rapporteur & Examinateur", "Président"), and a
separate "Direction de la thèse" table; page 2 is the abstract page.

Run ``.venv/bin/python make_pdf_b72_fr_these_jury_tableau.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

JURY = [
    ("Anne-Sophie DELAUNAY-OKAFOR", "Professeure, Université de Tours-Plessis", "Présidente"),
    (
        "Grégoire MAILLOCHON",
        "Directeur de recherche, CNRS (LPCT Nancy-Seille)",
        "Rapporteur & Examinateur",
    ),
    (
        "Bénédicte OYONO-LAFARGE",
        "Professeure, Université de Limoges-Vienne",
        "Rapportrice & Examinatrice",
    ),
    (
        "Pierre-Yves CASTAGNÉ",
        "Maître de conférences HDR, Université de Sologne-Cher",
        "Examinateur",
    ),
]
DIRECTION = [
    ("Héloïse VANDENBUSSCHE", "Professeure, Université de Sologne-Cher", "Directrice de thèse"),
    ("Karim BENSAÏD-LOUVET", "Chargé de recherche, CNRS (ICMS)", "Co-encadrant de thèse"),
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_fill_color(99, 0, 60)
    pdf.rect(0, 0, 14, 297, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 16)
    with pdf.rotation(90, 9, 200):
        pdf.text(9, 200, "THÈSE DE DOCTORAT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8)
    pdf.set_xy(150, 12)
    pdf.cell(50, 4, "NNT : 2022SOLC0117", align="R")
    pdf.set_xy(24, 30)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(
        170,
        7.5,
        "Auto-assemblage de nanocristaux de pérovskites sous champ électrique",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_x(24)
    pdf.set_font("Sans", "I", 10)
    pdf.multi_cell(
        170,
        5,
        "Electric-field-driven self-assembly of perovskite nanocrystals",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(6)
    pdf.set_font("Sans", "", 9)
    for line in (
        "Thèse de doctorat de l'Université de Sologne-Cher",
        "École doctorale n° 571, Sciences chimiques : molécules, matériaux, instrumentation "
        "et biosystèmes (2MIB)",
        "Spécialité de doctorat : Chimie",
        "Graduate School : Chimie. Référent : Faculté des sciences de Sologne",
        "Thèse préparée dans l'Institut de Chimie Moléculaire de Sologne (Université de "
        "Sologne-Cher, CNRS), sous la direction d'Héloïse VANDENBUSSCHE, Professeure, "
        "et le co-encadrement de Karim BENSAÏD-LOUVET, Chargé de recherche",
    ):
        pdf.set_x(24)
        pdf.multi_cell(170, 4.6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_x(24)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(
        170,
        6,
        "Thèse soutenue à Vierzon, le 14 décembre 2022, par",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_x(24)
    pdf.set_font("Sans", "B", 16)
    pdf.cell(170, 9, "Lucie AMBROISE-TCHAMBA", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    for heading, rows in (("Composition du jury", JURY), ("Direction de la thèse", DIRECTION)):
        pdf.set_x(24)
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(99, 0, 60)
        pdf.cell(170, 6, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(99, 0, 60)
        for name, title, role in rows:
            top = pdf.get_y()
            pdf.line(24, top, 194, top)
            pdf.set_xy(24, top + 1)
            pdf.set_font("Sans", "B", 9)
            pdf.cell(110, 4.5, name)
            pdf.set_xy(24, top + 5.5)
            pdf.set_font("Sans", "", 8.5)
            pdf.cell(110, 4.5, title)
            pdf.set_xy(140, top + 3.2)
            pdf.set_font("Sans", "", 9)
            pdf.cell(54, 4.5, role)
            pdf.set_y(top + 11)
        pdf.line(24, pdf.get_y(), 194, pdf.get_y())
        pdf.ln(5)
    pdf.add_page()
    pdf.set_font("Sans", "B", 10)
    pdf.cell(
        0,
        6,
        "ÉCOLE DOCTORALE Sciences chimiques : molécules, matériaux, "
        "instrumentation et biosystèmes (2MIB)",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(
        0,
        4.6,
        "Titre : Auto-assemblage de nanocristaux de pérovskites sous champ "
        "électrique\nMots clés : pérovskites, auto-assemblage, nanocristaux, "
        "électrophorèse\nRésumé : Les nanocristaux de pérovskites d'halogénures de "
        "plomb s'organisent sous champ électrique en super-réseaux dont la "
        "symétrie dépend de la forme des ligands. Nous montrons, en suivant les "
        "travaux de Marcus et al., que la transition observée est du premier "
        "ordre.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_fr_these_jury_tableau.pdf").write_bytes(render())
