"""Render b128_fr_dossier_candidature.pdf: the "dossier de candidature" a French maîtresse
de conférences sends for a professor's post — a cover block (concours, section, poste), a
numbered plan ("1. Curriculum vitae", "2. Encadrement doctoral", "3. Participation à des
jurys", "4. Responsabilités collectives"), a bordered table of the supervised theses with
its "Taux d'encadrement" column, jury participations grouped by role on run-in labels,
and a running head plus "n/2" on each page.  Traps: the CSI memberships, the comités de
sélection and their president, a master co-led with a colleague, an ANR coordinator.

Run ``.venv/bin/python make_pdf_b128_fr_dossier_candidature.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Maëlle Guérin-Nakamura"
HEAD = f"{NAME} — Dossier de candidature — Concours PR, section 27, poste n° 4321"
COVER = [
    "Concours de recrutement des professeurs des universités — session 2026",
    "Section CNU 27 (Informatique) — Poste n° 4321, Université de Roncevaux",
]
CV = [
    ("Fonction actuelle", ""),
    (
        "Depuis 2015",
        "Maîtresse de conférences, Université de Roncevaux ; Laboratoire d'Informatique de "
        "Roncevaux (LIRON, UMR 5402), équipe Graphes et Optimisation.",
    ),
    ("2013 – 2015", "ATER, Université de Pontbrieux."),
    ("Diplômes", ""),
    ("2022", "Habilitation à diriger des recherches, Université de Roncevaux."),
    (
        "2010 – 2013",
        "Doctorat d'informatique, Université de Pontbrieux, sous la direction de Sylvain "
        "Mercadier et Anne-Sophie Kervella. Soutenu le 2 décembre 2013 devant le jury : "
        "Bruno Castagnède (rapporteur), Lina Haddadi (rapportrice), Paul Ménétrier "
        "(président), Sylvain Mercadier et Anne-Sophie Kervella (directeurs).",
    ),
    ("2010", "Master d'informatique, Université de Pontbrieux."),
]
TABLE_HEAD = (
    "Doctorant·e",
    "Période",
    "Direction / co-encadrement",
    "Taux d'encadrement",
    "Soutenance, devenir",
)
THESES = [
    (
        "Yanis Bouchareb",
        "2016 – 2019",
        "Dir. : Hervé Lacombe ; co-encadrement : M. Guérin-Nakamura",
        "50 %",
        "Soutenue le 12/11/2019 ; MCF, Univ. de Lorient-Sud",
    ),
    (
        "Camille Oyelaran-Petit",
        "2018 – 2022",
        "Dir. : Hervé Lacombe ; co-encadrement : M. Guérin-Nakamura",
        "60 %",
        "Soutenue le 30/06/2022 ; ingénieure R&D",
    ),
    (
        "Hugo Stanislawski",
        "2022 –",
        "Directrice : M. Guérin-Nakamura (HDR)",
        "100 %",
        "En cours",
    ),
]
AFTER_TABLE = (
    "Taux d'encadrement cumulé : 2,1. Comités de suivi individuel (CSI) : membre du CSI de "
    "Pauline Arnaud (2021 – 2023) et de Ravi Coutinho (depuis 2023)."
)
JURYS = [
    (
        "Rapportrice",
        "thèse de Nicolas Ferrandez (Université de Lorient-Sud, 2021) ; thèse d'Elif Çelik "
        "(Université de Montvallon, 2023).",
    ),
    ("Examinatrice", "thèse de Gaspard Le Goff (Université de Pontbrieux, 2020)."),
    ("Présidente", "thèse de Salomé Berthier (Université de Roncevaux, 2024)."),
]
RESPONSABILITES = [
    "Membre de comités de sélection MCF (27e section, Université de Roncevaux, 2019 et 2021 ; "
    "présidés par Pr Hervé Lacombe).",
    "Co-responsable du master Optimisation et Données avec Julien Ramirez-Ostrowski (depuis 2020).",
    "Participante au projet ANR GRAPHOPT (2021 – 2025), coordinateur : Pr Bastien Leclair.",
]

PUBLICATIONS = [
    "[R1] Y. Bouchareb, M. Guérin-Nakamura, H. Lacombe. Coloration impropre des graphes "
    "planaires. Revue d'Optimisation Combinatoire 55 (2021), 301–330.",
    "[R2] C. Oyelaran-Petit, M. Guérin-Nakamura. Décompositions arborescentes et "
    "ordonnancement. Discrete Structures Letters 14 (2022), 1–22.",
    "[R3] M. Guérin-Nakamura, H. Stanislawski, P. Ménétrier. Algorithmes FPT pour le "
    "recouvrement de cycles. Actes de ROADEF-Sud 2024, 88–97.",
    "[R4] S. Mercadier, M. Guérin-Nakamura. Graphes parfaits et programmation linéaire. "
    "Mathématiques Discrètes Appliquées 9 (2014), 45–71.",
]


class Dossier(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, HEAD, border="B", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Sans", "", 7.5)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")


def title(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(30, 60, 110)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 9)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", cls=Dossier, format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(18, 12, 18)
    pdf.set_auto_page_break(True, margin=40)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    for line in COVER:
        pdf.cell(0, 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
    title(pdf, "1. Curriculum vitae")
    for left, right in CV:
        if not right:
            pdf.ln(1)
            pdf.set_font("Sans", "I", 9.5)
            pdf.cell(0, 5.5, left, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Sans", "", 9)
            continue
        y = pdf.get_y()
        pdf.cell(28, 4.8, left)
        pdf.set_xy(48, y)
        pdf.multi_cell(0, 4.8, right, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    title(pdf, "2. Encadrement doctoral")
    pdf.multi_cell(
        0,
        4.8,
        "Trois thèses encadrées, dont deux soutenues. Les taux d'encadrement sont ceux "
        "déclarés à l'école doctorale MathSTIC.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Sans", "", 8.2)
    with pdf.table(col_widths=(34, 22, 52, 22, 44), text_align="LEFT", line_height=5.2) as t:
        t.row(TABLE_HEAD)
        for row in THESES:
            t.row(row)
    pdf.set_font("Sans", "", 9)
    pdf.ln(2)
    pdf.multi_cell(0, 4.8, AFTER_TABLE, new_x="LMARGIN", new_y="NEXT")
    title(pdf, "3. Participation à des jurys")
    for label, text in JURYS:
        pdf.set_font("Sans", "B", 9)
        pdf.write(4.8, label + " : ")
        pdf.set_font("Sans", "", 9)
        pdf.write(4.8, text)
        pdf.ln(7)
    title(pdf, "4. Responsabilités collectives")
    for line in RESPONSABILITES:
        pdf.multi_cell(0, 4.8, "– " + line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    title(pdf, "5. Publications depuis 2014 (sélection)")
    for line in PUBLICATIONS:
        pdf.multi_cell(0, 4.8, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b128_fr_dossier_candidature.pdf").write_bytes(render())
