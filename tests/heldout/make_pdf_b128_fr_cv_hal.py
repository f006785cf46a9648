"""Render b128_fr_cv_hal.pdf: a "CV HAL" as the open archive's CV page prints to PDF — a
banner with the name, the research identifiers (IdHAL, ORCID, IdRef), a free
"Présentation" paragraph, then the deposited publications grouped by document type with
their counts, each reference written the archive's way ("Auteur1, Auteur2, Auteur3, et
al.. Titre. Revue, 2023, 80 (4), pp.1-19. ⟨10.xxx⟩. ⟨hal-0xxxxxxx⟩"), a thesis reference
with its NNT, and the archive's footer and page counter on each page.  Traps: "et al.",
the book's editor "(dir.)", the archive's boilerplate and keywords.

Run ``.venv/bin/python make_pdf_b128_fr_cv_hal.py`` beside this file; the people and
places are fictional.
"""

from __future__ import annotations

from fpdf import FPDF
from make_pdfs import HERE, new_pdf

NAME = "Aurélie Montagne-Sy"
ROLE = "Chargée de recherche — INRAE, UMR Écologie des Forêts Méditerranéennes"
IDS = [
    "IdHAL : aurelie-montagne-sy",
    "ORCID : 0000-0000-0000-0000",
    "IdRef : 000000000",
]
PRESENTATION = (
    "Écologue forestière, je m'intéresse à la mortalité des arbres sous sécheresse. Après "
    "une thèse (2011-2014) à l'Université de Champlaurier, préparée sous la direction de "
    "Bernard Quémeneur et de Nadia Ferhat, j'ai été post-doctorante au Centre d'Écologie "
    "Fonctionnelle de Montbrison (2015-2017), dans l'équipe de Lars Øygarden. Depuis 2018, "
    "je suis chargée de recherche INRAE dans l'unité Écologie des Forêts Méditerranéennes "
    "(UMR EFM). J'y co-dirige avec Karim Belkacem la thèse de Jules Marchetti (depuis 2021)."
)
KEYWORDS = "Mots-clés : sécheresse · mortalité · chêne vert · modèles de survie · dendrochronologie"
GROUPS: list[tuple[str, list[str]]] = [
    (
        "Articles dans une revue",
        [
            "Jules Marchetti, Aurélie Montagne-Sy. Modèles de survie pour les peuplements "
            "mélangés. Écologie & Forêt, 2024, 12, pp.44-61. ⟨10.0000/ef.2024.012⟩. "
            "⟨hal-04512345⟩",
            "Aurélie Montagne-Sy, Jonas Weidmann, Karim Belkacem, et al.. Sécheresse et "
            "mortalité des chênes verts : vingt ans de placettes. Annales des Sciences "
            "Forestières du Sud, 2023, 80 (4), pp.1-19. ⟨10.0000/asfs.2023.041⟩. ⟨hal-04210987⟩",
            "Lars Øygarden, Aurélie Montagne-Sy, Ingeborg Skaret. Hydraulic failure in "
            "boreal conifers. Journal of Boreal Ecology, 2017, 33 (2), pp.200-215. "
            "⟨hal-01598765⟩",
        ],
    ),
    (
        "Communications dans un congrès",
        [
            "Aurélie Montagne-Sy, Bernard Quémeneur. Cavitation et dépérissement. Colloque "
            "national d'écologie, Oct 2013, Rennes, France. ⟨hal-00987654⟩",
        ],
    ),
    (
        "Chapitres d'ouvrage",
        [
            "Aurélie Montagne-Sy. Les forêts face au climat. Marc Delorme (dir.). Forêts de "
            "demain, Éditions du Lubéron, pp.55-78, 2021, 978-2-00-000000-0. ⟨hal-03345678⟩",
        ],
    ),
    (
        "Thèses",
        [
            "Aurélie Montagne-Sy. Dépérissement du chêne vert en limite d'aire. Sciences de "
            "l'environnement. Université de Champlaurier, 2014. Français. ⟨NNT : "
            "2014CHAM0032⟩. ⟨tel-01123456⟩",
        ],
    ),
]
FOOT = "https://cv.hal.science/aurelie-montagne-sy"


class HalCv(FPDF):
    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("Sans", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, FOOT, align="L")
        self.set_x(-40)
        self.cell(26, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", "Sans-I", cls=HalCv, format="A4")
    pdf.alias_nb_pages()
    pdf.set_margins(16, 12, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 4, "HAL open science  ·  CV HAL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(230, 238, 246)
    pdf.rect(16, pdf.get_y() + 1, 178, 24, style="F")
    pdf.set_text_color(20, 50, 90)
    pdf.set_xy(20, pdf.get_y() + 3)
    pdf.set_font("Sans", "B", 16)
    pdf.cell(0, 8, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, ROLE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("Sans", "", 7.5)
    pdf.cell(0, 5, "    ".join(IDS), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Présentation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 4.6, PRESENTATION, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "I", 8)
    pdf.multi_cell(0, 4.4, KEYWORDS, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11)
    total = sum(len(items) for _, items in GROUPS)
    pdf.cell(0, 6, f"Publications ({total})", new_x="LMARGIN", new_y="NEXT")
    for title, items in GROUPS:
        pdf.ln(2)
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_text_color(20, 50, 90)
        pdf.cell(0, 5, f"{title} ({len(items)})", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("Sans", "", 8.6)
        for item in items:
            pdf.set_x(20)
            pdf.multi_cell(0, 4.3, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
    pdf.ln(4)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(110, 110, 110)
    pdf.multi_cell(
        0,
        3.6,
        "Ce CV est généré automatiquement à partir des dépôts dans HAL. Mentions légales · "
        "Politique de confidentialité · Gestion des cookies · Accessibilité",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b128_fr_cv_hal.pdf").write_bytes(render())
