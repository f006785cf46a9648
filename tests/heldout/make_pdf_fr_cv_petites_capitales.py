"""Render ``fr_cv_petites_capitales.pdf``: a French CV whose section headings are set in
faked small caps (capital initial at full size, the rest upper case at a smaller size,
drawn as separate runs), the way LaTeX ``\\textsc`` and many CV classes print them.

Run ``.venv/bin/python make_pdf_fr_cv_petites_capitales.py`` to rewrite the PDF; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

SECTIONS: list[tuple[str, list[str]]] = [
    (
        "Parcours professionnel",
        [
            "Depuis 2017   Maître de conférences, Université de Brocéliande-Rance,"
            " laboratoire IRMAR-B",
            "2015 - 2017   ATER, Université de Pontivy-Blavet",
        ],
    ),
    (
        "Formation",
        [
            "2015   Doctorat de mathématiques appliquées, Université de Pontivy-Blavet,",
            "       sous la direction de Guénolé Kervella-Adjovi et Anouk Dersoir",
            "2011   Master 2 Modélisation, École normale supérieure de Carnoët",
        ],
    ),
    (
        "Encadrement doctoral",
        [
            "2019 - 2022   Hermine Le Gall-Mensah (co-direction avec Anouk Dersoir, 50 %)",
            "Depuis 2023   Kilian Abgrall-Toure (directeur : Bastien Corlay ; co-encadrement 40 %)",
        ],
    ),
    (
        "Jurys de thèse",
        [
            "2021   Rapporteur, thèse de Solène Perrichot-Baldé, Université de Vannes-Morbihan",
        ],
    ),
    (
        "Publications",
        [
            "H. Le Gall-Mensah, Y. Trémeur-Oyono, A. Dersoir. Schémas volumes finis pour",
            "la houle côtière. ESAIM: M2AN, 2022.",
            "Y. Trémeur-Oyono, G. Kervella-Adjovi. Équations de Saint-Venant à fond variable.",
            "C. R. Math. Acad. Sci. Paris, 2014.",
        ],
    ),
]


def small_caps(pdf: FPDF, text: str) -> None:
    """Write ``text`` as fake small caps: each word's initial at 13 pt, the rest at 9.5 pt."""
    for i, word in enumerate(text.split()):
        if i:
            pdf.set_font("Sans", "B", 9.5)
            pdf.write(6, " ")
        pdf.set_font("Sans", "B", 13)
        pdf.write(6, word[0].upper())
        pdf.set_font("Sans", "B", 9.5)
        pdf.write(6, word[1:].upper())
    pdf.ln(8)


def main() -> None:
    pdf = new_pdf("Sans", "Sans-B")
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 10, "Yann Trémeur-Oyono", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(
        0, 6, "Maître de conférences en mathématiques appliquées", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.ln(4)
    for heading, lines in SECTIONS:
        small_caps(pdf, heading)
        pdf.set_font("Sans", "", 10)
        for line in lines:
            pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(HERE / "fr_cv_petites_capitales.pdf"))


if __name__ == "__main__":
    main()
