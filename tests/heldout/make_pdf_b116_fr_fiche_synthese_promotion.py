"""Render b116_fr_fiche_synthese_promotion.pdf: a French "Fiche individuelle de synthèse"
for a promotion (avancement de grade des enseignants-chercheurs, PR 1re classe) as the
establishment's form prints it — a boxed header (Nom d'usage / Prénom / Grade / Section
CNU), a "Parcours" table, the "Encadrement doctoral" as a table with the "taux
d'encadrement" and the co-encadrant's share, the thesis and HDR juries grouped by role with
a count ("Rapporteure (4) : …") and candidates' names with their university and year.
Traps: the comités de sélection (with their president), a CSI, a course shared with a
colleague, an ANR project's coordinator, the directeur de l'école doctorale.

Run ``.venv/bin/python make_pdf_b116_fr_fiche_synthese_promotion.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

HEADER = [
    ("Nom d'usage", "TCHAKOUNTÉ"),
    ("Prénom", "Maëlys"),
    ("Grade actuel", "Professeure des universités, 2e classe (depuis le 01/09/2018)"),
    ("Section CNU", "26 — Mathématiques appliquées et applications des mathématiques"),
    ("Établissement", "Université de Castelrouge"),
    ("Unité de recherche", "Institut de Mathématiques de Castelrouge (IMC, UMR 5871)"),
]
PARCOURS = [
    ("Période", "Fonction / diplôme", "Établissement"),
    ("2018 – ", "Professeure des universités", "Université de Castelrouge"),
    ("2016", "Habilitation à diriger des recherches", "Université de Castelrouge"),
    ("2010 – 2018", "Maîtresse de conférences", "Université de Castelrouge"),
    ("2009 – 2010", "Post-doctorat (équipe de Lars Ekström-Bakary)", "Université de Norrvik"),
    (
        "2006 – 2009",
        "Doctorat, sous la direction de Jean-Baptiste Courtois-Mbemba",
        "Université de Sainte-Aure",
    ),
]
ENCADREMENT = [
    ("Doctorant·e", "Période", "Taux d'encadrement", "Co-encadrement", "Devenir"),
    (
        "Lucas Brévanne",
        "2014 – 2017",
        "30 % (avant HDR)",
        "Thérèse Malandain (directrice, 70 %)",
        "MCF, Université de Lisière",
    ),
    ("Bastien Lhermitte", "2016 – 2019", "50 %", "Sylvain Orsini (50 %)", "Ingénieur, Ondalys"),
    ("Nadia Ferhat", "2018 – 2021", "100 %", "—", "MCF, Université de Valbonne-Est"),
    ("Wenjie Zhao", "2021 – ", "70 %", "Patrice Ondoua (30 %)", "thèse en cours"),
]
JURYS = [
    (
        "Rapporteure (4)",
        "Clément Haddad (Université de Lisière, 2019) ; Inès Vautrin (Université de "
        "Montferrand, 2021) ; Ahmed Boukhris (École polytechnique du Lac, 2022) ; "
        "Sofia Pereira-Lindholm (Université de Norrvik, 2024).",
    ),
    (
        "Examinatrice (2)",
        "Gaëtan Moulinier (Université de Sainte-Aure, 2020) ; Yao Kouadio (Université de "
        "Castelrouge, 2023).",
    ),
    ("Présidente (1)", "Romane Duclos-Akakpo (Université de Castelrouge, 2025)."),
    ("HDR, rapporteure (1)", "Fabrice Lemonnier (Université de Montferrand, 2023)."),
]
AUTRES = [
    "Membre de 5 comités de sélection (MCF 26), dont Université de Lisière 2022 "
    "(présidente : Pr Odile Sarrazin-Keita) et Université de Castelrouge 2024.",
    "Membre du comité de suivi individuel (CSI) de Hugo Tessier-Amadou (2022 – 2024).",
    "Enseignement : cours d'Analyse numérique en M1 (48 h), partagé avec Damien Rouquette.",
    "Participante au projet ANR MODULE (2020 – 2024, coordinateur : Pr Vincent Leclercq).",
    "Directrice adjointe de l'école doctorale ED 412 (directeur : Pr Émile Ravenscroft).",
]
PUBLIS = [
    "[1] M. Tchakounté, W. Zhao, P. Ondoua. Schémas volumes finis pour les écoulements "
    "diphasiques. ESAIM: M2AN 58 (2024) 1201–1230.",
    "[2] N. Ferhat, M. Tchakounté. Estimations a posteriori pour le problème de Stokes. "
    "Numerische Mathematik 147 (2021) 455–489.",
    "[3] B. Lhermitte, S. Orsini, M. Tchakounté. Décomposition de domaine sans recouvrement. "
    "SIAM J. Sci. Comput. 42 (2020) A1–A24.",
]


def box_title(pdf, text: str) -> None:
    pdf.ln(2.5)
    pdf.set_fill_color(220, 228, 240)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 6, text, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(0, 4, "Université de Castelrouge — Direction des ressources humaines")
    pdf.cell(0, 4, "Campagne 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "FICHE INDIVIDUELLE DE SYNTHÈSE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.cell(
        0,
        5,
        "Avancement de grade — Professeurs des universités (accès à la 1re classe)",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Sans", "", 9)
    with pdf.table(
        col_widths=(45, 133), text_align="LEFT", line_height=5, first_row_as_headings=False
    ) as grid:
        for label, value in HEADER:
            grid.row((label, value))
    box_title(pdf, "1. Parcours professionnel")
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(col_widths=(28, 90, 60), text_align="LEFT", line_height=4.6) as grid:
        for row in PARCOURS:
            grid.row(row)
    box_title(pdf, "2. Encadrement doctoral")
    pdf.set_font("Sans", "", 8)
    with pdf.table(col_widths=(32, 24, 28, 50, 44), text_align="LEFT", line_height=4.4) as grid:
        for row in ENCADREMENT:
            grid.row(row)
    pdf.set_font("Sans", "", 7.5)
    pdf.multi_cell(
        0,
        4,
        "Taux d'encadrement cumulé : 2,5 thèses soutenues. Prime d'encadrement doctoral et "
        "de recherche (PEDR) obtenue en 2019.",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    box_title(pdf, "3. Participation à des jurys de thèse et d'HDR (hors encadrement)")
    for role, text in JURYS:
        top = pdf.get_y()
        pdf.set_font("Sans", "B", 8.5)
        pdf.cell(38, 4.6, role + " :")
        pdf.set_xy(pdf.l_margin + 38, top)
        pdf.set_font("Sans", "", 8.5)
        pdf.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    box_title(pdf, "4. Responsabilités collectives et enseignement")
    pdf.set_font("Sans", "", 8.5)
    for text in AUTRES:
        pdf.multi_cell(0, 4.6, "• " + text, new_x="LMARGIN", new_y="NEXT")
    box_title(pdf, "5. Trois publications représentatives")
    for text in PUBLIS:
        pdf.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(3)
    pdf.set_font("Sans", "", 8)
    pdf.cell(0, 4, "Visa du directeur de l'unité : ____________    Date : ___/___/2026")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b116_fr_fiche_synthese_promotion.pdf").write_bytes(render())
