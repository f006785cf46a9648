"""Render b72_fr_cv_detaille_promotion.pdf: the "CV détaillé" of a promotion file (maître
de conférences HDR applying for professeur): a running header with the candidate's name
and the file's title on every page, a "n/N" page number, numbered sections, the doctoral
supervision and the thesis juries as ruled tables (taux d'encadrement, rôle), the
master's interns as a bullet list, the publications with the candidate's name in bold.

Run ``.venv/bin/python make_pdf_b72_fr_cv_detaille_promotion.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Gwenaëlle PASQUIER-NDIAYE"


class Dossier(FPDF):
    def header(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(120, 4, f"{NAME} — Dossier de candidature, promotion PR (section CNU 60)")
        self.cell(0, 4, "CV détaillé", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("Sans", "", 8)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")


CURSUS = [
    "Depuis 2013 : Maîtresse de conférences (HDR depuis 2021), Université de Vierzon-Sologne, "
    "Institut de Mécanique et d'Énergétique de Sologne (IMES, UR 4418), équipe Fluides et "
    "Transferts",
    "2011 – 2013 : Post-doctorante, Technische Universität Kranichfeld (Allemagne), "
    "Lehrstuhl für Strömungsmechanik, auprès du Pr Ulrich Brandhorst-Yilmaz",
    "2008 – 2011 : Doctorat en mécanique des fluides, Université de Poitiers-Clain, sous la "
    "direction de Pr Bernard Lacombe-Sarr et de Dr Isaure Fontanel",
    "2021 : Habilitation à diriger des recherches, Université de Vierzon-Sologne",
    "2008 : Master 2 Mécanique et Énergétique, École nationale supérieure de Chasseneuil",
]
ENCADREMENT = [
    ("Doctorant·e", "Période", "Co-encadrement", "Taux", "Devenir"),
    (
        "Théo Rambaud-Keita",
        "2014 – 2017",
        "Pr Hervé Gallardin (dir.)",
        "50 %",
        "MCF, Univ. de Blois-Loire",
    ),
    (
        "Inès Oukacha-Bertin",
        "2016 – 2020",
        "Pr Hervé Gallardin (dir.)",
        "40 %",
        "Ingénieure, Safran-Fictif",
    ),
    (
        "Baptiste Le Corre-Amani",
        "2019 – 2022",
        "Dr Solenn Guivarc'h",
        "50 %",
        "Post-doc, TU Kranichfeld",
    ),
    ("Yasmine Belhadj-Morel", "depuis 2022", "—", "100 %", ""),
    (
        "Corentin Ávila-Marchal",
        "depuis 2024",
        "Pr Ulrich Brandhorst-Yilmaz (cotutelle)",
        "50 %",
        "",
    ),
]
POSTDOCS = [
    "Dr Aurélien Tchokouani-Piel, post-doctorant (2018 – 2020), projet ANR TURBOFLAM",
]
STAGES = [
    "Lisa Quéméner (M2 Mécanique, 2023), co-encadrée avec Dr Solenn Guivarc'h",
    "Noé Hartmann-Diallo (M2, 2020)",
    "Margaux Vidalenc (M1, 2019)",
]
JURYS = [
    ("Date", "Candidat·e", "Établissement", "Rôle"),
    ("12/2024", "Romain Delacroix-Nguyen", "Université de Tours-Plessis", "Rapportrice"),
    ("06/2023", "Salomé Arnaud-Tembo", "INSA de Chasseneuil", "Examinatrice"),
    ("11/2022", "Florent Ekwalla (HDR)", "Université de Vierzon-Sologne", "Présidente"),
    ("03/2022", "Victor Lemaire-Sy", "Université de Poitiers-Clain", "Examinatrice"),
]
PROJETS = [
    "ANR JCJC TURBOFLAM (2017 – 2021, 240 k€) : coordinatrice ; post-doctorant recruté : "
    "Aurélien Tchokouani-Piel.",
    "ANR PRCI SILLAGE (2022 – 2026) : partenaire ; coordinateur : Pr Ulrich "
    "Brandhorst-Yilmaz (TU Kranichfeld).",
    "Région Centre-Sologne, projet CALOR (2019 – 2022) : responsable scientifique.",
]
ENSEIGNEMENT = [
    "Mécanique des fluides (L3), 48 h éq. TD par an, cours partagé avec Pr Hervé Gallardin.",
    "Transferts thermiques (M1), responsable de l'UE depuis 2016.",
    "Turbulence (M2 Énergétique), 12 h de cours magistral, avec Dr Solenn Guivarc'h.",
]
B = "**G. Pasquier-Ndiaye**"
PUBLICATIONS = [
    f"[R12] C. Ávila-Marchal, {B}, U. Brandhorst-Yilmaz. Instabilités thermo-acoustiques "
    "d'une flamme prémélangée confinée. Journal of Fluid Mechanics 998, A12, 2025.",
    f"[R11] Y. Belhadj-Morel, {B}. Transferts pariétaux en écoulement pulsé. International "
    "Journal of Heat and Mass Transfer 221, 125101, 2024.",
    f"[R10] B. Le Corre-Amani, S. Guivarc'h, {B}. Modèle réduit de jet impactant. Physical "
    "Review Fluids 7, 064603, 2022.",
    f"[R9] I. Oukacha-Bertin, {B}, H. Gallardin. Convection mixte dans un canal chauffé. "
    "Experiments in Fluids 61, 155, 2020.",
    f"[R8] {B}, A. Tchokouani-Piel. Couches limites turbulentes sur paroi rugueuse. "
    "Comptes Rendus Mécanique 348, 401–415, 2020.",
    f"[R5] T. Rambaud-Keita, {B}, H. Gallardin. Sillage d'un cylindre chauffé. Journal of "
    "Fluid Mechanics 822, 201–229, 2017.",
    f"[R2] {B}, U. Brandhorst-Yilmaz. Tourbillons de Görtler en écoulement compressible. "
    "Physics of Fluids 25, 084101, 2013.",
    f"[R1] {B}, B. Lacombe-Sarr, I. Fontanel. Stabilité d'un jet plan chaud. Journal of Fluid "
    "Mechanics 680, 114–140, 2011.",
]


def heading(pdf: FPDF, text: str) -> None:
    pdf.ln(4)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(20, 60, 120)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)


def bullets(pdf: FPDF, items: list[str], glyph: str = "•") -> None:
    pdf.set_font("Sans", "", 9.5)
    for item in items:
        top = pdf.get_y()
        pdf.set_xy(14, top)
        pdf.cell(5, 5, glyph)
        pdf.set_xy(19, top)
        pdf.multi_cell(178, 5, item, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)


def table(pdf: FPDF, widths: tuple[float, ...], rows) -> None:
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(
        col_widths=widths, width=sum(widths), text_align="LEFT", line_height=4.6
    ) as grid:
        for row in rows:
            grid.row(row)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", cls=Dossier, format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 17)
    pdf.cell(0, 9, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(
        0,
        5,
        "Maîtresse de conférences HDR — Université de Vierzon-Sologne",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    heading(pdf, "1. Cursus et parcours professionnel")
    bullets(pdf, CURSUS)
    heading(pdf, "2. Encadrement doctoral")
    table(pdf, (42, 24, 52, 14, 58), ENCADREMENT)
    pdf.set_font("Sans", "", 8)
    pdf.cell(0, 5, "Taux d'encadrement déclaré à l'école doctorale.", new_x="LMARGIN", new_y="NEXT")
    heading(pdf, "3. Encadrement post-doctoral")
    bullets(pdf, POSTDOCS)
    heading(pdf, "4. Encadrement de stages de master")
    bullets(pdf, STAGES, "◦")
    heading(pdf, "5. Participation à des jurys de thèse et d'HDR")
    table(pdf, (20, 52, 70, 38), JURYS)
    heading(pdf, "6. Projets de recherche")
    bullets(pdf, PROJETS)
    heading(pdf, "7. Enseignement")
    bullets(pdf, ENSEIGNEMENT, "–")
    heading(pdf, "8. Publications dans des revues internationales à comité de lecture")
    pdf.set_font("Sans", "", 10)
    for entry in PUBLICATIONS:
        pdf.multi_cell(0, 5.4, entry, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b72_fr_cv_detaille_promotion.pdf").write_bytes(render())
