"""Render b72_fr_negatif_responsabilites.pdf: the "responsabilités collectives" annex of a
French promotion file: hiring committees as a ruled table (with their chairs named),
thesis follow-up committees (CSI) naming each student's own directors, master's defence
juries, competitive-exam juries, teaching shared with colleagues, projects with their
coordinators and a guest-edited special issue with its co-editors.  None of these is a
supervision, a thesis jury or a co-authorship of the owner; only her post and her lab are
facts.  A running footer names her with "Page n sur N".

Run ``.venv/bin/python make_pdf_b72_fr_negatif_responsabilites.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Séverine Matagne-Okou"


class Annexe(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 7.5)
        self.cell(95, 5, f"{NAME} — Annexe 3 : responsabilités collectives")
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="R")


COMITES = [
    ("Année", "Poste", "Établissement", "Rôle"),
    (
        "2024",
        "MCF 27 n° 4521 (apprentissage)",
        "Université de Haute-Lys",
        "Vice-présidente (présidente : Pr Odile Vasseur-Kamga)",
    ),
    ("2023", "MCF 27 n° 0912", "Université d'Artois-Scarpe", "Membre extérieure"),
    (
        "2021",
        "PR 27 n° 4410",
        "INSA de Valenciennes-Escaut",
        "Membre (président : Pr Jean-Baptiste Orlowski)",
    ),
]
CSI = [
    "Comité de suivi individuel de Mathéo Dumoulin-Assogba (ED SPI 072, 2022 – 2024) ; "
    "directeur de thèse : Pr Didier Carpentier-Nyandwi.",
    "Comité de suivi individuel de Chloé Vanderhaegen (ED MADIS, depuis 2023) ; "
    "direction : Dr Amina Lahlou-Bertrand et Pr Florian Watteau.",
]
AUTRES_JURYS = [
    "Jury de soutenance des stages de M2 Informatique, Université de Haute-Lys (2019 – 2024), "
    "présidé par Pr Odile Vasseur-Kamga.",
    "Membre du jury de l'agrégation externe de mathématiques, option informatique (2022, "
    "2023), présidente : Pr Hélène Brassart-Diop.",
]
ENSEIGNEMENT = [
    "Responsable de l'UE « Apprentissage statistique » (M1), en binôme avec Dr Quentin "
    "Leroux-Mbemba.",
    "Intervenante dans le cours « Graphes et réseaux » (L3) de Pr Florian Watteau.",
]
PROJETS = [
    "ANR PRC ÉQUILIBRE (2021 – 2025), coordinateur : Pr Didier Carpentier-Nyandwi (Université "
    "d'Artois-Scarpe) ; responsable du partenaire Haute-Lys.",
    "Projet régional HAUTS-DATA (2020 – 2023), porteuse : Dr Amina Lahlou-Bertrand.",
]
EDITION = [
    "Co-éditrice, avec Pr Jean-Baptiste Orlowski et Dr Inès Fauquembergue, du numéro "
    "spécial « Apprentissage frugal » de la Revue d'Intelligence Artificielle (2023).",
]


def section(pdf: FPDF, title: str, items: list[str]) -> None:
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    for item in items:
        top = pdf.get_y()
        pdf.set_xy(13, top)
        pdf.cell(4, 5, "•")
        pdf.set_xy(18, top)
        pdf.multi_cell(0, 5, item, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", cls=Annexe, format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(
        0,
        5,
        "Maîtresse de conférences (section 27) depuis 2014, Université de "
        "Haute-Lys — Laboratoire d'Informatique de Haute-Lys (LIHL)",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(2)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 8, "Annexe 3 — Responsabilités collectives", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Comités de sélection", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(
        col_widths=(14, 48, 50, 68), width=180, text_align="LEFT", line_height=4.5
    ) as grid:
        for row in COMITES:
            grid.row(row)
    section(pdf, "Comités de suivi de thèse (CSI)", CSI)
    section(pdf, "Autres jurys", AUTRES_JURYS)
    section(pdf, "Enseignement", ENSEIGNEMENT)
    section(pdf, "Projets", PROJETS)
    section(pdf, "Édition", EDITION)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_fr_negatif_responsabilites.pdf").write_bytes(render())
