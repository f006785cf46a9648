"""Render fr_cv_sections.pdf: a French CV with ruled section titles and dates in a left column.

Run ``.venv/bin/python make_pdf_fr_cv_sections.py`` beside this file; the people and places
are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Clotilde Ravanel-Adjovi"
TAGLINE = "Maîtresse de conférences en informatique — Université de Guéret-Creuse"
SECTIONS = [
    (
        "Expérience professionnelle",
        [
            (
                "depuis 2016",
                [
                    "Maîtresse de conférences, Université de Guéret-Creuse",
                    "Membre de l'équipe Graphes et Optimisation du LIGC",
                ],
            ),
            ("2014–2016", ["ATER, Université d'Aubusson"]),
        ],
    ),
    (
        "Formation",
        [
            (
                "2011–2014",
                [
                    "Doctorat d'informatique, Université d'Aubusson",
                    "Directeur : Philibert Chassagne ; co-encadrante : Yasmina Ould-Brahim",
                ],
            ),
            ("2011", ["Master 2 Recherche Opérationnelle, Université d'Aubusson"]),
        ],
    ),
    (
        "Encadrement",
        [
            (
                "2019–2022",
                ["Thèse de Romain Delpeuch-Nzeza, co-encadrement (50 %) avec Philibert Chassagne"],
            ),
            ("2021", ["Stage de M2 de Elsa Morvan-Kieffer"]),
        ],
    ),
    (
        "Jurys de thèse",
        [
            ("2023", ["Examinatrice, thèse de Loïs Ferrandiz, Université de Tulle-Corrèze"]),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B")
    pdf.add_page()
    pdf.set_font("Sans", "B", 18)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 6, TAGLINE, new_x="LMARGIN", new_y="NEXT")
    for title, entries in SECTIONS:
        pdf.ln(3)
        pdf.set_font("Sans", "B", 12)
        pdf.cell(0, 7, title, border="B", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 10)
        for dates, lines in entries:
            pdf.cell(30, 5, dates)
            pdf.multi_cell(0, 5, lines[0], new_x="LMARGIN", new_y="NEXT")
            for line in lines[1:]:
                pdf.cell(30, 5, "")
                pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "fr_cv_sections.pdf").write_bytes(render())
