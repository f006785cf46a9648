"""Render b92_fr_cv_detaille_jurys.pdf: a French "CV détaillé" (dossier de qualification) with
a numbered "Parcours" list, an "Encadrement doctoral" table whose long subject cells wrap over
several lines and whose "Encadrement" column tells the share and the director, and a
"Jurys de thèse" table with a "Rôle" column (rapporteur, examinateur, président du jury).

Run ``.venv/bin/python make_pdf_b92_fr_cv_detaille_jurys.py`` beside this file; the people
and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Héloïse Vandamme-Ouattara"
PARCOURS = [
    "Depuis sept. 2016 — Maîtresse de conférences, Université de Lorient-Scorff, laboratoire "
    "LIMAR (Laboratoire d'Informatique Maritime), équipe Optimisation.",
    "2014 – 2016 — Post-doctorante à l'Université de Genève-Rhône (Suisse), dans l'équipe du "
    "Pr Anselme Brügger-Diallo.",
    "2011 – 2014 — Doctorat d'informatique, Université de Quimper-Odet. Thèse dirigée par "
    "Pr Gaël Le Bihan-Morvan, co-encadrée par Dr Solène Abadie-Keita.",
    "2011 — Master 2 Recherche Opérationnelle, Université de Quimper-Odet.",
]
ENCADREMENT = [
    ("Doctorant·e", "Sujet", "Période", "Encadrement", "Devenir"),
    (
        "Baptiste Roudaut-Ngom",
        "Tournées de navires sous incertitude météorologique",
        "2017 – 2020",
        "Co-encadrante (50 %), direction : Pr Yannig Kerhervé",
        "MCF, Université de Vannes-Blavet",
    ),
    (
        "Leïla Ferchichi-Gourvès",
        "Ordonnancement robuste des escales portuaires",
        "2019 – 2023",
        "Directrice (100 %)",
        "Ingénieure R&D",
    ),
    (
        "Maël Tanguy-Oyono",
        "Apprentissage pour la planification d'éoliennes flottantes",
        "depuis 2023",
        "Co-directrice (40 %) avec Pr Anselme Brügger-Diallo (cotutelle)",
        "",
    ),
]
JURYS = [
    ("Date", "Candidat·e", "Établissement", "Rôle"),
    ("14/11/2024", "Clément Aubry-Sissoko", "Université de Brest-Iroise", "Rapporteure"),
    ("03/07/2023", "Nadia Bensalah-Pichon", "IMT Atlantique-Ouest", "Examinatrice"),
    ("09/12/2022", "Yohann Le Goff", "Université de Lorient-Scorff", "Présidente du jury"),
]
B = "**H. Vandamme-Ouattara**"
PUBLICATIONS = [
    f"[1] L. Ferchichi-Gourvès, {B}. Robust berth allocation under arrival uncertainty. "
    "European Journal of Operational Research 310(2), 2023.",
    f"[2] B. Roudaut-Ngom, {B}, Y. Kerhervé. Stochastic ship routing with weather windows. "
    "Transportation Science 55(4), 2021.",
    f"[3] {B}, A. Brügger-Diallo. Column generation for maritime inventory routing. "
    "Computers & Operations Research 84, 2017.",
    f"[4] {B}, S. Abadie-Keita, G. Le Bihan-Morvan. Heuristiques pour le routage de "
    "caboteurs. RAIRO Operations Research 48(3), 2014.",
]


def heading(pdf, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11.5)
    pdf.set_fill_color(230, 236, 244)
    pdf.cell(0, 7, text, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("Sans", "B", 16)
    pdf.cell(0, 8, NAME, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(
        0,
        5,
        "CV détaillé — Dossier de candidature à la qualification aux fonctions de "
        "professeur des universités (section 27)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    heading(pdf, "I. Parcours")
    pdf.set_font("Sans", "", 9.5)
    for line in PARCOURS:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    heading(pdf, "II. Encadrement doctoral")
    pdf.set_font("Sans", "", 8.3)
    with pdf.table(col_widths=(34, 52, 22, 48, 34), text_align="LEFT", line_height=4.4) as grid:
        for row in ENCADREMENT:
            grid.row(row)
    heading(pdf, "III. Jurys de thèse")
    pdf.set_font("Sans", "", 8.3)
    with pdf.table(col_widths=(24, 50, 64, 40), text_align="LEFT", line_height=4.4) as grid:
        for row in JURYS:
            grid.row(row)
    heading(pdf, "IV. Publications (revues internationales)")
    pdf.set_font("Sans", "", 9.5)
    for entry in PUBLICATIONS:
        pdf.multi_cell(0, 5, entry, markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b92_fr_cv_detaille_jurys.pdf").write_bytes(render())
