"""Render b116_fr_annexe_theses_tableau.pdf: the "Annexe 2 — Encadrement doctoral" of a
French CNRS directeur de recherche application, a long landscape table of the supervised
theses (N° | Doctorant·e | Sujet | Période | Direction (taux) | Co-encadrement | Devenir)
that breaks across two pages with its heading row repeated, each page with a running head
and a "page n / 2" foot; the summary paragraph above it counts the theses, and a short
list of thesis juries follows the table.  Traps: the comité de suivi members in a footnote
to the table, the funding column with the ANR project's coordinator, a "Stagiaires"
paragraph that names only the host team's leader.

Run ``.venv/bin/python make_pdf_b116_fr_annexe_theses_tableau.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Arnaud Ferrandi-Takahashi"
HEAD = f"{NAME} — Candidature DR2, section 06 — Annexe 2 : encadrement doctoral"
SUMMARY = (
    "Depuis mon recrutement comme chargé de recherche CNRS en 2011 au Laboratoire "
    "d'Informatique de Valmorel (LIVAL, UMR 8214), j'ai encadré ou co-encadré 13 "
    "doctorant·e·s, dont 10 ont soutenu. Taux d'encadrement cumulé : 6,4. HDR soutenue en "
    "2017 à l'Université de Valmorel."
)
HEADER = ("N°", "Doctorant·e", "Sujet", "Période", "Direction (taux)", "Co-encadrement", "Devenir")
THESES = [
    (
        "1",
        "Mathis Garnier",
        "Vérification de protocoles",
        "2012–2015",
        "A. F.-T. (40 %)",
        "Dir. : Élodie Sarfati (60 %)",
        "MCF, Univ. de Pontclair",
    ),
    (
        "2",
        "Ayşe Korkmaz",
        "Typage graduel",
        "2013–2016",
        "A. F.-T. (50 %)",
        "Dir. : Élodie Sarfati (50 %)",
        "Ingénieure, Thales",
    ),
    (
        "3",
        "Julien Bréhat",
        "Sémantique des effets",
        "2014–2018",
        "A. F.-T. (30 %)",
        "Dir. : Paul-Henri Desrosiers (70 %)",
        "Post-doc, Univ. d'Édimbourg",
    ),
    (
        "4",
        "Nguyen Thi Lan",
        "Preuves de compilateurs",
        "2015–2018",
        "A. F.-T. (50 %)",
        "Dir. : Paul-Henri Desrosiers (50 %)",
        "CR Inria",
    ),
    (
        "5",
        "Samuel Okonkwo-Brun",
        "Logique de séparation",
        "2016–2019",
        "A. F.-T. (100 %)",
        "—",
        "MCF, Univ. de Valmorel",
    ),
    (
        "6",
        "Clara Weissmüller",
        "Analyse statique",
        "2017–2020",
        "A. F.-T. (50 %)",
        "Co-encadrant : Rémi Vasseur-Abena (50 %)",
        "Ingénieure, AdaCore",
    ),
    (
        "7",
        "Thibault Ramanantsoa",
        "Concurrence vérifiée",
        "2017–2021",
        "A. F.-T. (100 %)",
        "—",
        "Post-doc, MPI-SWS",
    ),
    (
        "8",
        "Inès Lakhdar",
        "Types dépendants",
        "2018–2021",
        "A. F.-T. (70 %)",
        "Co-encadrante : Marion Touzé (30 %)",
        "CR CNRS",
    ),
    (
        "9",
        "Pablo Etxeberria",
        "Synthèse de programmes",
        "2019–2022",
        "A. F.-T. (50 %)",
        "Co-directeur : Kenji Arakawa (50 %), Univ. de Kōbe-Nishi",
        "Ingénieur, Google",
    ),
    (
        "10",
        "Léa Montcalm",
        "Smart contracts",
        "2019–2023",
        "A. F.-T. (100 %)",
        "—",
        "ATER, Univ. de Pontclair",
    ),
    (
        "11",
        "Yohan Decaux",
        "Certification de noyaux",
        "2022–",
        "A. F.-T. (60 %)",
        "Co-encadrant : Rémi Vasseur-Abena (40 %)",
        "en cours",
    ),
    ("12", "Fatoumata Keïta", "Effets algébriques", "2023–", "A. F.-T. (100 %)", "—", "en cours"),
    (
        "13",
        "Oskar Lindahl",
        "Preuve et IA",
        "2024–",
        "A. F.-T. (50 %)",
        "Co-directrice : Marion Touzé (50 %)",
        "en cours",
    ),
]
FOOTNOTE = (
    "Financements : contrats doctoraux de l'ED MSTIC, CIFRE (thèses 2 et 6), ANR SECURPROG "
    "(thèses 7 et 8, coordinatrice : Pr Bénédicte Aubriot). Comités de suivi : Olivier "
    "Plantard et Ngozi Eze-Morel (thèses 10 à 13)."
)
JURYS = [
    "Rapporteur de 9 thèses, dont : Quentin Abadie (Univ. de Saint-Loup, 2021), "
    "Margaux Teyssier (ENS de Valmorel, 2023), Dario Consolini (Univ. de Trente-Nord, 2024).",
    "Examinateur de 5 thèses, dont : Hélène Brossard-Mensah (Univ. de Pontclair, 2022).",
]
STAGES = (
    "Stagiaires de M2 accueillis dans l'équipe Gallium-Val (responsable : Sophie "
    "Ardouin) : 11 depuis 2011."
)


class Annex(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, HEAD, border="B", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Sans", "", 7.5)
        self.cell(0, 5, f"page {self.page_no()} / {{nb}}", align="C")


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", cls=Annex, orientation="L", format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "Annexe 2 — Encadrement doctoral", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 4.8, SUMMARY, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(
        col_widths=(9, 36, 42, 20, 30, 70, 62),
        text_align="LEFT",
        line_height=10.5,
        repeat_headings=1,
    ) as grid:
        grid.row(HEADER)
        for row in THESES:
            grid.row(row)
    pdf.set_font("Sans", "", 7.5)
    pdf.multi_cell(0, 4, "A. F.-T. = " + NAME + ". " + FOOTNOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10)
    pdf.cell(0, 6, "Participation à des jurys de thèse", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    for text in JURYS:
        pdf.multi_cell(0, 4.8, "– " + text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 4.8, STAGES, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b116_fr_annexe_theses_tableau.pdf").write_bytes(render())
