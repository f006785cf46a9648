# ruff: noqa: E501
"""Render b196_fr_europass_doctorante.pdf: a French doctoral candidate's CV in the Europass
layout — labels right-aligned in a narrow left column ("Dates", "Fonction ou poste occupé",
"Nom et adresse de l'employeur"), values in the right column, a thin vertical rule between
them and the Europass header on each page.  The thesis is not yet defended ("soutenance
prévue"); the M2 and L3 internships name their supervisors.  Traps: the comité de suivi
individuel, a course lecturer for the teaching, a grant's PI, the referees.

Run ``.venv/bin/python make_pdf_b196_fr_europass_doctorante.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Awa Diallo-Vermeulen"
BLOCKS = [
    (
        "Informations personnelles",
        [
            ("Nom / Prénom", "Diallo-Vermeulen Awa"),
            ("Courriel", "awa.diallo-vermeulen@univ-saint-avold.example"),
            ("Nationalité", "Française, sénégalaise"),
        ],
    ),
    (
        "Emploi recherché",
        [("", "Post-doctorat en chimie des matériaux (à partir de janvier 2027)")],
    ),
    (
        "Expérience professionnelle",
        [
            ("Dates", "Depuis octobre 2023"),
            (
                "Fonction ou poste occupé",
                "Doctorante contractuelle (soutenance prévue en décembre 2026)",
            ),
            (
                "Principales activités",
                "Thèse : « Électrolytes solides polymères pour batteries sodium-ion ». "
                "Directrice de thèse : Mme Corinne Haudebourg-Senghor. "
                "Co-directeur : M. Piotr Zawadzki-Morel.",
            ),
            (
                "Nom et adresse de l'employeur",
                "Institut de Chimie des Matériaux de Saint-Avold (ICMSA), "
                "UMR 7712, Université de Saint-Avold-Moselle",
            ),
            ("Dates", "Janvier – juin 2023"),
            (
                "Fonction ou poste occupé",
                "Stage de M2 au laboratoire Électrochimie et Interfaces de Valcourt "
                "(encadrant : Florent Mabiala-Dupuy)",
            ),
            ("Dates", "Mai – juillet 2021"),
            (
                "Fonction ou poste occupé",
                "Stage de L3, Société Lorraine des Céramiques Techniques, tuteur : Benoît Ancelin",
            ),
        ],
    ),
    (
        "Éducation et formation",
        [
            ("Dates", "2023 – 2026"),
            ("Intitulé du diplôme", "Doctorat de chimie (en cours), École doctorale SESAMES"),
            ("Organisme", "Université de Saint-Avold-Moselle"),
            ("Dates", "2021 – 2023"),
            ("Intitulé du diplôme", "Master Chimie et Sciences des Matériaux"),
            ("Organisme", "Université de Valcourt"),
            ("Dates", "2018 – 2021"),
            ("Intitulé du diplôme", "Licence de Chimie"),
            ("Organisme", "Université Cheikh Anta Diop de Thiès-Sud"),
        ],
    ),
    (
        "Encadrement de la thèse",
        [
            (
                "Comité de suivi individuel",
                "Ludivine Marchetti-Obono, Sébastien Grandjean (réunions 2024, 2025)",
            ),
            ("Financement", "ANR JCJC SODIUM-SOL (porteur : Théo Lindqvist-Amara)"),
        ],
    ),
    (
        "Publications",
        [
            (
                "2025",
                "A. Diallo-Vermeulen, P. Zawadzki-Morel, C. Haudebourg-Senghor, « Conductivité ionique de "
                "réseaux PEO réticulés », Journal des Matériaux pour l'Énergie, 12, 233-241.",
            ),
            (
                "2024",
                "F. Mabiala-Dupuy, A. Diallo-Vermeulen, « Passivation de l'aluminium en milieu sodium », "
                "Électrochimie Appliquée, 8, 17-25.",
            ),
        ],
    ),
    (
        "Enseignement",
        [
            (
                "2024 – 2026",
                "Vacations : TD de chimie générale en L1 (64 h), cours assuré par Mme Hélène Quéméner",
            ),
        ],
    ),
    (
        "Références",
        [
            ("", "Corinne Haudebourg-Senghor, professeure, Université de Saint-Avold-Moselle"),
            ("", "Florent Mabiala-Dupuy, maître de conférences, Université de Valcourt"),
            ("", "Ludivine Marchetti-Obono, directrice de recherche CNRS"),
        ],
    ),
]


class Europass(FPDF):
    def header(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(0, 51, 153)
        self.set_xy(10, 8)
        self.cell(60, 4, "europass", align="R")
        self.set_text_color(0, 0, 0)
        self.set_xy(10, 12)
        self.cell(60, 4, "Curriculum Vitae", align="R")
        self.set_y(20)

    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 7)
        self.cell(60, 4, f"Page {self.page_no()} - Curriculum vitae de", align="R")
        self.cell(0, 4, "  Diallo-Vermeulen Awa")


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", cls=Europass, format="A4")
    pdf.set_margins(10, 20, 14)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    LW, RX, RW = 60, 74, 210 - 74 - 14
    for title, rows in BLOCKS:
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10)
        pdf.set_xy(10, y)
        pdf.cell(LW, 5, title, align="R")
        pdf.set_y(y + 6)
        for label, value in rows:
            y = pdf.get_y()
            pdf.set_font("Sans", "", 8.5)
            pdf.set_xy(RX, y)
            pdf.multi_cell(RW, 4.4, value, new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            if label:
                pdf.set_xy(10, y)
                pdf.cell(LW, 4.4, label, align="R")
            pdf.line(71, y, 71, y2)
            pdf.set_y(y2 + 0.8)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b196_fr_europass_doctorante.pdf").write_bytes(render())
