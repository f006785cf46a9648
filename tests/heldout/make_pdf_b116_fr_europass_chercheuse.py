"""Render b116_fr_europass_chercheuse.pdf: a French Europass CV in the 2013–2019 layout
exported from the online editor — the blue Europass logo text at the top left, a left
column of grey labels right-aligned ("Informations personnelles", "Expérience
professionnelle", "Éducation et formation", "Compétences personnelles") against a thin
rule, and the dated entries on the right with the employer or institution on its own line
in blue.  The doctorate gives its directors and the jury with roles in one run; the
postdoc names its "responsable scientifique".  Traps: the "Références" block, a course
given with a colleague, a European project coordinator, the page footer with the
Europass copyright.

Run ``.venv/bin/python make_pdf_b116_fr_europass_chercheuse.py`` beside this file; the
people and places are fictional.
"""

from __future__ import annotations

from make_pdfs import HERE, new_pdf

NAME = "Nolwenn Le Gall-Sidibé"
LABEL_W = 52
BLUE = (14, 65, 148)
# (left label, [(date, title, institution, [details])])
BLOCKS: list[tuple[str, list[tuple[str, str, str, list[str]]]]] = [
    (
        "POSTE OCCUPÉ",
        [("", "Chargée de recherche INRAE", "", [])],
    ),
    (
        "EXPÉRIENCE PROFESSIONNELLE",
        [
            (
                "01/10/2021 – aujourd'hui",
                "Chargée de recherche (CRCN)",
                "INRAE, UMR Écologie des Sols et des Plantes (ESOP), Montadour (France)",
                ["Écologie microbienne des sols cultivés ; animation de l'axe « Rhizosphère »"],
            ),
            (
                "01/02/2019 – 30/09/2021",
                "Chercheuse post-doctorale",
                "Université de Lauterbrunn, Institut für Bodenökologie (Suisse)",
                [
                    "Projet FNS « Root exudates and drought », sous la responsabilité "
                    "scientifique du Pr Matthias Grünenfelder-Oyelowo",
                ],
            ),
            (
                "2016 – 2018",
                "Monitrice puis ATER",
                "Université de Brocéliande-Rennes Sud (France)",
                [
                    "TD d'écologie générale en L2 (96 h/an), en binôme avec Mme Florence Quéméner",
                ],
            ),
        ],
    ),
    (
        "ÉDUCATION ET FORMATION",
        [
            (
                "2015 – 2018",
                "Doctorat en écologie microbienne",
                "Université de Brocéliande-Rennes Sud, École doctorale EGAAL",
                [
                    "Thèse : « Communautés fongiques et pratiques culturales », soutenue le "
                    "6 décembre 2018",
                    "Directeur de thèse : Yannick Cozic ; co-directrice : Awa Diallo-Perrot",
                    "Jury : Bérénice Castagnède (rapportrice), Olivier Van Damme "
                    "(rapporteur), Sébastien Morvan-Taïeb (président), Laure Guézennec "
                    "(examinatrice)",
                ],
            ),
            (
                "2013 – 2015",
                "Master Biologie, Écologie, Évolution",
                "Université de Brocéliande-Rennes Sud",
                [
                    "Stage de M2 au Centre d'Écologie de Kerlouan, encadré par "
                    "Dr Goulven Le Bihan-Oumar",
                ],
            ),
        ],
    ),
    (
        "PROJETS",
        [
            (
                "2022 – 2026",
                "Projet européen SOILCARE-Horizon (coordinateur : Pr Henrik Andersen-Mba)",
                "",
                ["Responsable d'un lot de travail"],
            ),
        ],
    ),
    (
        "PUBLICATIONS CHOISIES",
        [
            (
                "",
                "N. Le Gall-Sidibé, Y. Cozic, A. Diallo-Perrot (2019). Fungal guilds under "
                "no-till. Soil Biology & Biochemistry 131: 12–24.",
                "",
                [],
            ),
            (
                "",
                "N. Le Gall-Sidibé, M. Grünenfelder-Oyelowo (2021). Exudates and drought "
                "legacy. New Phytologist 230: 1890–1903.",
                "",
                [],
            ),
        ],
    ),
    (
        "RÉFÉRENCES",
        [
            (
                "",
                "Pr Matthias Grünenfelder-Oyelowo (Université de Lauterbrunn) ; "
                "Dr Yannick Cozic (Université de Brocéliande-Rennes Sud)",
                "",
                [],
            ),
        ],
    ),
]


def render() -> bytes:
    pdf = new_pdf("Sans", "Sans-B", format="A4")
    pdf.set_margins(12, 12, 14)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*BLUE)
    pdf.cell(LABEL_W, 8, "europass", align="R")
    pdf.set_font("Sans", "", 15)
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(12 + LABEL_W + 4)
    pdf.cell(0, 8, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 8.5)
    pdf.set_x(12 + LABEL_W + 4)
    pdf.cell(0, 4.5, "Curriculum vitae", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(12 + LABEL_W + 4)
    pdf.cell(0, 4.5, "Nationalité : française  |  Sexe : féminin", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, entries in BLOCKS:
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*BLUE)
        top = pdf.get_y()
        pdf.multi_cell(LABEL_W, 4.6, label, align="R")
        pdf.set_draw_color(*BLUE)
        pdf.line(12 + LABEL_W + 4, top + 2.3, 196, top + 2.3)
        pdf.set_text_color(0, 0, 0)
        y = top + 5
        for date, title, where, details in entries:
            if date:
                pdf.set_xy(12, y)
                pdf.set_font("Sans", "", 8)
                pdf.set_text_color(*BLUE)
                pdf.multi_cell(LABEL_W, 4.4, date, align="R")
                pdf.set_text_color(0, 0, 0)
            pdf.set_xy(12 + LABEL_W + 4, y)
            pdf.set_font("Sans", "B" if date else "", 9)
            pdf.multi_cell(0, 4.6, title)
            y = pdf.get_y()
            if where:
                pdf.set_xy(12 + LABEL_W + 4, y)
                pdf.set_font("Sans", "", 8.5)
                pdf.multi_cell(0, 4.4, where)
                y = pdf.get_y()
            for line in details:
                pdf.set_xy(12 + LABEL_W + 4, y)
                pdf.set_font("Sans", "", 8.5)
                pdf.multi_cell(0, 4.4, line)
                y = pdf.get_y()
            y += 2
        pdf.set_y(y + 2)
    pdf.set_y(-14)
    pdf.set_font("Sans", "", 6.5)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(
        0,
        4,
        "© Union européenne, 2002-2026 | europass.cedefop.europa.eu        Page 1 / 1",
        align="R",
    )
    return bytes(pdf.output())


if __name__ == "__main__":
    (HERE / "b116_fr_europass_chercheuse.pdf").write_bytes(render())
