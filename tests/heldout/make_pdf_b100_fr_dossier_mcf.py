"""Render b100_fr_dossier_mcf.pdf: a French "dossier de candidature" to a maître de
conférences position (section 32) as a young ATER writes it in Word — a cover block with
the Galaxie number and dotted tab leaders ("Date de soutenance ........ 28/11/2023"), the
thesis jury as a four-column table (Nom | Grade | Établissement | Rôle), the master's
internships "sous la responsabilité de" / "encadré par", a co-supervised M2 internship with
its share.  Traps: the thesis's comité de suivi, the teaching units' heads (responsable de
l'UE), the "lettres de recommandation" block.

Run ``.venv/bin/python make_pdf_b100_fr_dossier_mcf.py`` beside this file; the people and
places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Anouk Ravelojaona"
COVER = [
    ("Numéro de candidat Galaxie", "271845"),
    ("Qualification CNU", "section 32 (n° 24232718450)"),
    ("Situation actuelle", "ATER, Université de Belle-Rive (depuis le 1er sept. 2024)"),
    ("Laboratoire d'accueil", "Institut de Chimie Moléculaire de Belle-Rive (ICMBR)"),
]
THESE = [
    ("Intitulé", "Catalyse au fer pour la fonctionnalisation C–H des hétérocycles"),
    ("Établissement", "Université de Rochebrune, École doctorale Chimie et Vivant"),
    ("Période", "octobre 2020 – novembre 2023"),
    ("Date de soutenance", "28/11/2023"),
    ("Directeur de thèse", "Pr Olivier Château-Ndiaye"),
    ("Co-encadrante", "Dr Ludivine Paquet (CR CNRS)"),
]
JURY = [
    ("Nom", "Grade", "Établissement", "Rôle"),
    ("Annick Berthelot-Sow", "PR", "Université de Vauclair", "Rapportrice"),
    ("Stéphane Wojcik", "DR CNRS", "Institut Lavoisier-Est", "Rapporteur"),
    ("Isabelle Mercadier", "PR", "Université de Rochebrune", "Présidente du jury"),
    ("Tarik Bennani", "MCF", "Université de Sérignac", "Examinateur"),
    ("Olivier Château-Ndiaye", "PR", "Université de Rochebrune", "Directeur de thèse"),
    ("Ludivine Paquet", "CR CNRS", "Université de Rochebrune", "Co-encadrante"),
]
COMITE = (
    "Comité de suivi individuel de thèse : Dr Guy Lemarchand (Université de Sérignac) et "
    "Pr Rachida Amrani (Université de Rochebrune), réunions annuelles 2021 – 2023."
)
PARCOURS = [
    (
        "2020",
        "Master Chimie moléculaire, parcours Catalyse, Université de Rochebrune (mention "
        "Bien). Stage de M2 (6 mois) au Laboratoire de Synthèse Organique Sélective, sous "
        "la responsabilité de Dr Hervé Kouassi.",
    ),
    (
        "2019",
        "Stage de M1 (2 mois) à l'Université de Rochebrune, encadré par "
        "Dr Mélanie Fauré : « Ligands bipyridine chiraux ».",
    ),
    (
        "2018",
        "Licence de Chimie, Université d'Antananarivo-Ankatso (Madagascar).",
    ),
]
ENSEIGNEMENT = [
    (
        "2024 – 2025",
        "ATER (192 h éq. TD) : TD et TP de chimie organique en L2 (responsable de l'UE : "
        "Pr Marc-Antoine Vigneau) ; TP de spectroscopie en L3.",
    ),
    (
        "2020 – 2023",
        "Mission d'enseignement (64 h/an) : TP de chimie générale en L1, Université de Rochebrune.",
    ),
]
ENCADREMENT = (
    "Co-encadrement (30 %) du stage de M2 de Clémence Abidi (janvier – juin 2023), avec "
    "Dr Ludivine Paquet ; encadrement de deux stagiaires de L3 (2022)."
)
PUBLIS = [
    "[3] A. Ravelojaona, L. Paquet, O. Château-Ndiaye. Iron-catalysed C–H alkylation of "
    "indoles. ACS Catalysis 14, 2211–2220 (2024).",
    "[2] A. Ravelojaona, C. Abidi, L. Paquet. Photo-iron dual catalysis for azoles. "
    "Organic Letters 25, 8113–8118 (2023).",
    "[1] H. Kouassi, A. Ravelojaona. Selective oxidation of thioethers with a "
    "manganese salen. Tetrahedron Letters 68, 152940 (2021).",
]
RECO = (
    "Lettres de recommandation jointes au dossier : Pr Olivier Château-Ndiaye, "
    "Pr Isabelle Mercadier, Dr Hervé Kouassi."
)


def title(pdf, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(0, 84, 147)
    pdf.cell(0, 6.5, text, border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def leaders(pdf, rows) -> None:
    pdf.set_font("Sans", "", 9)
    for label, value in rows:
        dots = "." * max(3, int((62 - pdf.get_string_width(label)) / pdf.get_string_width(".")))
        pdf.cell(66, 5, f"{label} {dots}")
        pdf.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")


def dated(pdf, rows) -> None:
    pdf.set_font("Sans", "", 9)
    for year, text in rows:
        top = pdf.get_y()
        pdf.set_font("Sans", "B", 9)
        pdf.cell(24, 4.8, year)
        pdf.set_font("Sans", "", 9)
        pdf.set_xy(pdf.l_margin + 24, top)
        pdf.multi_cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("Sans", "", 8)
    pdf.cell(
        0,
        4,
        "Dossier de candidature — Poste MCF 32 n° 4127 — Session synchronisée 2027",
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.set_font("Sans", "B", 18)
    pdf.cell(0, 9, NAME.upper(), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(
        0,
        5,
        "Docteure en chimie — Attachée temporaire d'enseignement et de recherche",
        align="C",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    leaders(pdf, COVER)
    title(pdf, "1. Thèse de doctorat")
    leaders(pdf, THESE)
    pdf.ln(2)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "Composition du jury", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    with pdf.table(col_widths=(48, 22, 56, 44), text_align="LEFT", line_height=4.6) as grid:
        for row in JURY:
            grid.row(row)
    pdf.ln(2)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 4.8, COMITE, new_x="LMARGIN", new_y="NEXT")
    title(pdf, "2. Formation antérieure")
    dated(pdf, PARCOURS)
    title(pdf, "3. Activités d'enseignement")
    dated(pdf, ENSEIGNEMENT)
    title(pdf, "4. Encadrement")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 4.8, ENCADREMENT, new_x="LMARGIN", new_y="NEXT")
    title(pdf, "5. Production scientifique")
    pdf.set_font("Sans", "", 9)
    for entry in PUBLIS:
        pdf.multi_cell(0, 4.8, entry, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    title(pdf, "6. Recommandations")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 4.8, RECO, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b100_fr_dossier_mcf.pdf").write_bytes(render())
