"""Render ``fr_cv_colonnes.pdf``: a French CV in two columns (dates on the left, written
the way French CVs abbreviate them: "sept. 2021 – auj.", "depuis 2023"), inclusive
writing in the supervision and jury entries.

Run ``.venv/bin/python tests/heldout/make_pdf_fr_cv_colonnes.py`` to rewrite the committed
PDF; the people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Soizic Le Bihan-Kamara"
TAGLINE = "Maîtresse de conférences en biologie marine"
SECTIONS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    (
        "Postes occupés",
        [
            ("sept. 2021 – auj.", ["Maîtresse de conférences, Université de Penmarc'h"]),
            (
                "2019 – 2021",
                ["ATER, Université de Quimperlé-sur-Mer", "Accueillie par Gwenaëlle Morvezen"],
            ),
        ],
    ),
    (
        "Formation",
        [
            (
                "2015 – 2019",
                [
                    "Doctorat en océanographie biologique, Université de Quimperlé-sur-Mer",
                    "Directeur·rice·s de thèse : Yannick Kerhervé et Aminata Diallo-Roudaut",
                ],
            ),
            ("2013 – 2015", ["Master Sciences de la mer, Université de Lorient-Océan"]),
        ],
    ),
    (
        "Encadrement",
        [
            (
                "depuis 2023",
                ["Thèse de Malo Guéguen, co-dirigée avec Yannick Kerhervé (50 %)"],
            ),
            ("fév. – juil. 2024", ["Stage de M2 de Romane Pichavant"]),
        ],
    ),
    (
        "Jurys de thèse",
        [
            (
                "déc. 2024",
                ["Rapportrice de la thèse de Titouan Abgrall, Université de Brestois"],
            ),
        ],
    ),
]


def two_columns() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Sans", "B", 20)
    pdf.cell(0, 11, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 7, TAGLINE, new_x="LMARGIN", new_y="NEXT")
    for title, entries in SECTIONS:
        pdf.ln(3)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(0, 8, title.upper(), new_x="LMARGIN", new_y="NEXT")
        for when, lines in entries:
            top = pdf.get_y()
            pdf.set_font("Sans", "", 9)
            pdf.set_xy(10, top)
            pdf.cell(32, 5, when)
            pdf.set_font("Sans", "", 10)
            pdf.set_xy(46, top)
            for line in lines:
                pdf.set_x(46)
                pdf.multi_cell(150, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "fr_cv_colonnes.pdf").write_bytes(two_columns())
